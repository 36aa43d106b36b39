#include "ReasonCodes.h"

namespace deck::mqtt {

namespace {
QString v3ConnackName(int code)
{
    switch (code) {
    case 0:
        return ReasonCodes::tr("Connection accepted");
    case 1:
        return ReasonCodes::tr("Unacceptable protocol version");
    case 2:
        return ReasonCodes::tr("Identifier rejected");
    case 3:
        return ReasonCodes::tr("Server unavailable");
    case 4:
        return ReasonCodes::tr("Bad user name or password");
    case 5:
        return ReasonCodes::tr("Not authorized");
    default:
        return ReasonCodes::tr("Unknown return code");
    }
}

QString v3ConnackExplanation(int code)
{
    switch (code) {
    case 0:
        return ReasonCodes::tr("The broker accepted the connection.");
    case 1:
        return ReasonCodes::tr("The broker does not speak this MQTT version. Try the other "
                               "protocol version (MQTT 5 or 3.1.1).");
    case 2:
        return ReasonCodes::tr("The broker refused the client identifier. Use another client "
                               "id (some brokers restrict its length or characters).");
    case 3:
        return ReasonCodes::tr("The broker is up but cannot serve clients right now. Retry "
                               "later or check the broker's log.");
    case 4:
        return ReasonCodes::tr("The broker refused the user name or password. Check the "
                               "credentials of this connection.");
    case 5:
        return ReasonCodes::tr("The broker refused this client. Check the credentials, the "
                               "client certificate or the broker's access rules.");
    default:
        return ReasonCodes::tr("The broker answered with a return code MQTT 3.1.1 does not "
                               "define.");
    }
}

QString v5Name(int code, PacketKind packet)
{
    switch (code) {
    case 0x00:
        if (packet == PacketKind::Suback)
            return ReasonCodes::tr("Granted QoS 0");
        if (packet == PacketKind::Disconnect)
            return ReasonCodes::tr("Normal disconnection");
        return ReasonCodes::tr("Success");
    case 0x01:
        return ReasonCodes::tr("Granted QoS 1");
    case 0x02:
        return ReasonCodes::tr("Granted QoS 2");
    case 0x04:
        return ReasonCodes::tr("Disconnect with Will Message");
    case 0x10:
        return ReasonCodes::tr("No matching subscribers");
    case 0x11:
        return ReasonCodes::tr("No subscription existed");
    case 0x18:
        return ReasonCodes::tr("Continue authentication");
    case 0x19:
        return ReasonCodes::tr("Re-authenticate");
    case 0x80:
        return ReasonCodes::tr("Unspecified error");
    case 0x81:
        return ReasonCodes::tr("Malformed Packet");
    case 0x82:
        return ReasonCodes::tr("Protocol Error");
    case 0x83:
        return ReasonCodes::tr("Implementation specific error");
    case 0x84:
        return ReasonCodes::tr("Unsupported Protocol Version");
    case 0x85:
        return ReasonCodes::tr("Client Identifier not valid");
    case 0x86:
        return ReasonCodes::tr("Bad User Name or Password");
    case 0x87:
        return ReasonCodes::tr("Not authorized");
    case 0x88:
        return ReasonCodes::tr("Server unavailable");
    case 0x89:
        return ReasonCodes::tr("Server busy");
    case 0x8A:
        return ReasonCodes::tr("Banned");
    case 0x8B:
        return ReasonCodes::tr("Server shutting down");
    case 0x8C:
        return ReasonCodes::tr("Bad authentication method");
    case 0x8D:
        return ReasonCodes::tr("Keep Alive timeout");
    case 0x8E:
        return ReasonCodes::tr("Session taken over");
    case 0x8F:
        return ReasonCodes::tr("Topic Filter invalid");
    case 0x90:
        return ReasonCodes::tr("Topic Name invalid");
    case 0x91:
        return ReasonCodes::tr("Packet Identifier in use");
    case 0x92:
        return ReasonCodes::tr("Packet Identifier not found");
    case 0x93:
        return ReasonCodes::tr("Receive Maximum exceeded");
    case 0x94:
        return ReasonCodes::tr("Topic Alias invalid");
    case 0x95:
        return ReasonCodes::tr("Packet too large");
    case 0x96:
        return ReasonCodes::tr("Message rate too high");
    case 0x97:
        return ReasonCodes::tr("Quota exceeded");
    case 0x98:
        return ReasonCodes::tr("Administrative action");
    case 0x99:
        return ReasonCodes::tr("Payload format invalid");
    case 0x9A:
        return ReasonCodes::tr("Retain not supported");
    case 0x9B:
        return ReasonCodes::tr("QoS not supported");
    case 0x9C:
        return ReasonCodes::tr("Use another server");
    case 0x9D:
        return ReasonCodes::tr("Server moved");
    case 0x9E:
        return ReasonCodes::tr("Shared Subscriptions not supported");
    case 0x9F:
        return ReasonCodes::tr("Connection rate exceeded");
    case 0xA0:
        return ReasonCodes::tr("Maximum connect time");
    case 0xA1:
        return ReasonCodes::tr("Subscription Identifiers not supported");
    case 0xA2:
        return ReasonCodes::tr("Wildcard Subscriptions not supported");
    default:
        return ReasonCodes::tr("Unknown reason code");
    }
}

QString v5Explanation(int code, PacketKind packet)
{
    switch (code) {
    case 0x00:
        switch (packet) {
        case PacketKind::Connack:
            return ReasonCodes::tr("The broker accepted the connection.");
        case PacketKind::Suback:
            return ReasonCodes::tr("The broker granted the subscription at QoS 0.");
        case PacketKind::Disconnect:
            return ReasonCodes::tr("The connection was closed normally.");
        default:
            return ReasonCodes::tr("The broker accepted the request.");
        }
    case 0x01:
        return ReasonCodes::tr("The broker granted the subscription at QoS 1.");
    case 0x02:
        return ReasonCodes::tr("The broker granted the subscription at QoS 2.");
    case 0x04:
        return ReasonCodes::tr("The client closed the connection and asked the broker to "
                               "publish its Last Will.");
    case 0x10:
        return ReasonCodes::tr("The broker accepted the message, but no client is "
                               "subscribed to its topic right now.");
    case 0x11:
        return ReasonCodes::tr("There was no such subscription to remove.");
    case 0x18:
    case 0x19:
        return ReasonCodes::tr("The broker asks for another step of enhanced "
                               "authentication.");
    case 0x80:
        return ReasonCodes::tr("The broker refused without saying why. Its log usually "
                               "tells more.");
    case 0x81:
        return ReasonCodes::tr("The broker could not parse a packet. This points to a "
                               "client or broker bug; capture a packet trace.");
    case 0x82:
        return ReasonCodes::tr("The broker saw a protocol violation. Capture a packet "
                               "trace and check the client and broker versions.");
    case 0x83:
        return ReasonCodes::tr("The broker refused for a reason of its own. Check the "
                               "broker's log or documentation.");
    case 0x84:
        return ReasonCodes::tr("The broker does not support MQTT 5. Connect with MQTT "
                               "3.1.1.");
    case 0x85:
        return ReasonCodes::tr("The broker refused the client identifier. Use another "
                               "client id.");
    case 0x86:
        return ReasonCodes::tr("The broker refused the user name or password. Check the "
                               "credentials of this connection.");
    case 0x87:
        switch (packet) {
        case PacketKind::Connack:
            return ReasonCodes::tr("The broker does not allow this client "
                                   "to connect. Check the credentials, "
                                   "the client certificate or the access "
                                   "rules.");
        case PacketKind::Suback:
            return ReasonCodes::tr("The broker's access rules do not allow "
                                   "this client to subscribe to this "
                                   "filter. Ask for read access or "
                                   "subscribe to a narrower filter.");
        case PacketKind::Puback:
        case PacketKind::Pubrec:
            return ReasonCodes::tr("The broker's access rules do not allow "
                                   "this client to publish to this topic. "
                                   "Ask for write access to it.");
        default:
            return ReasonCodes::tr("The broker's access rules refused this operation.");
        }
    case 0x88:
        return ReasonCodes::tr("The broker is not available. Retry later.");
    case 0x89:
        return ReasonCodes::tr("The broker is too busy. Retry later.");
    case 0x8A:
        return ReasonCodes::tr("The broker has banned this client. Contact the broker's "
                               "administrator.");
    case 0x8B:
        return ReasonCodes::tr("The broker is shutting down.");
    case 0x8C:
        return ReasonCodes::tr("The broker does not support the authentication method.");
    case 0x8D:
        return ReasonCodes::tr("The broker heard nothing within the keep alive time. "
                               "Check the network or lower the keep alive.");
    case 0x8E:
        return ReasonCodes::tr("Another client connected with the same client id and took "
                               "over this session. Give each client a unique id.");
    case 0x8F:
        return ReasonCodes::tr("The broker refused the topic filter. Check its syntax or "
                               "the broker's limits.");
    case 0x90:
        return ReasonCodes::tr("The broker refused the topic name. Check its syntax or "
                               "the broker's limits.");
    case 0x91:
        return ReasonCodes::tr("The packet identifier is already in use.");
    case 0x92:
        return ReasonCodes::tr("The broker did not know the packet identifier.");
    case 0x93:
        return ReasonCodes::tr("More messages were in flight than the receive maximum "
                               "allows.");
    case 0x94:
        return ReasonCodes::tr("The topic alias was invalid.");
    case 0x95:
        return ReasonCodes::tr("The packet is larger than the broker accepts. Send a "
                               "smaller payload or raise the broker's limit.");
    case 0x96:
        return ReasonCodes::tr("The client sends too fast for the broker. Slow down.");
    case 0x97:
        return ReasonCodes::tr("A quota set by the broker was exceeded.");
    case 0x98:
        return ReasonCodes::tr("An administrator disconnected this client.");
    case 0x99:
        return ReasonCodes::tr("The payload does not match its format indicator (it is "
                               "marked UTF-8 but is not).");
    case 0x9A:
        return ReasonCodes::tr("The broker does not support retained messages. Publish "
                               "without retain.");
    case 0x9B:
        return ReasonCodes::tr("The broker does not support this QoS. Use a lower QoS.");
    case 0x9C:
        return ReasonCodes::tr("The broker asks the client to use another server.");
    case 0x9D:
        return ReasonCodes::tr("The broker has moved permanently to another server.");
    case 0x9E:
        return ReasonCodes::tr("The broker does not support shared subscriptions.");
    case 0x9F:
        return ReasonCodes::tr("The client connects too often. Wait before reconnecting.");
    case 0xA0:
        return ReasonCodes::tr("The broker ended the connection at its maximum connect "
                               "time.");
    case 0xA1:
        return ReasonCodes::tr("The broker does not support subscription identifiers. "
                               "Subscribe without one.");
    case 0xA2:
        return ReasonCodes::tr("The broker does not support wildcard subscriptions. "
                               "Subscribe to exact topics.");
    default:
        return ReasonCodes::tr("The broker answered with a reason code MQTT 5 does not "
                               "define.");
    }
}
} // namespace

QString ReasonCodes::hex(int code)
{
    return QStringLiteral("0x%1")
        .arg(code, 2, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QStringLiteral("0X"), QStringLiteral("0x"));
}

QString ReasonCodes::name(int code, PacketKind packet, MqttVersion version)
{
    if (version == MqttVersion::V311) {
        switch (packet) {
        case PacketKind::Connack:
            return v3ConnackName(code);
        case PacketKind::Suback:
            if (code == 0x80)
                return tr("Failure");
            if (code >= 0 && code <= 2)
                return tr("Granted QoS %1").arg(code);
            return tr("Unknown return code");
        default:
            return tr("Success");
        }
    }
    return v5Name(code, packet);
}

QString ReasonCodes::explanation(int code, PacketKind packet, MqttVersion version)
{
    if (version == MqttVersion::V311) {
        switch (packet) {
        case PacketKind::Connack:
            return v3ConnackExplanation(code);
        case PacketKind::Suback:
            if (code == 0x80)
                return tr("The broker refused the subscription (MQTT 3.1.1 gives no reason; "
                          "access rules are the usual cause). Ask for read access or subscribe "
                          "to a narrower filter.");
            return tr("The broker granted the subscription at QoS %1.").arg(code);
        case PacketKind::Puback:
        case PacketKind::Pubrec:
            return tr("The broker acknowledged the message. MQTT 3.1.1 cannot report a refusal: "
                      "a broker that denies a publish usually drops it silently.");
        default:
            return tr("The broker accepted the request.");
        }
    }
    return v5Explanation(code, packet);
}

bool ReasonCodes::isFailure(int code, PacketKind packet, MqttVersion version)
{
    if (version == MqttVersion::V311) {
        if (packet == PacketKind::Connack)
            return code != 0;
        if (packet == PacketKind::Suback)
            return code == 0x80;
        return false;
    }
    return code >= 0x80;
}

} // namespace deck::mqtt
