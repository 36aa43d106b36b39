#include "MqttCodec.h"

namespace deck::sim {

void appendRemainingLength(QByteArray &out, quint32 length)
{
    do {
        quint8 byte = length % 128;
        length /= 128;
        if (length > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (length > 0);
}

void appendString(QByteArray &out, const QByteArray &s)
{
    out.append(char((s.size() >> 8) & 0xFF));
    out.append(char(s.size() & 0xFF));
    out.append(s);
}

QByteArray encodeConnect(const QByteArray &clientId, int keepAliveSeconds, const Will &will,
                         bool cleanSession)
{
    QByteArray body;
    appendString(body, "MQTT");
    body.append(char(4)); // MQTT 3.1.1
    quint8 flags = cleanSession ? 0x02 : 0x00;
    if (!will.topic.isEmpty())
        flags |= 0x04 | quint8((will.qos & 0x03) << 3) | (will.retain ? 0x20 : 0x00);
    body.append(char(flags));
    body.append(char((keepAliveSeconds >> 8) & 0xFF)).append(char(keepAliveSeconds & 0xFF));
    appendString(body, clientId);
    if (!will.topic.isEmpty()) {
        appendString(body, will.topic);
        appendString(body, will.payload);
    }
    QByteArray packet(1, char(0x10));
    appendRemainingLength(packet, quint32(body.size()));
    packet.append(body);
    return packet;
}

QByteArray encodePublish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain,
                         quint16 packetId)
{
    QByteArray packet(1, char(0x30 | ((qos & 0x03) << 1) | (retain ? 1 : 0)));
    appendRemainingLength(packet, quint32(2 + topic.size() + (qos > 0 ? 2 : 0) + payload.size()));
    appendString(packet, topic);
    if (qos > 0)
        packet.append(char(packetId >> 8)).append(char(packetId & 0xFF));
    packet.append(payload);
    return packet;
}

QByteArray encodePingRequest()
{
    return QByteArray("\xC0\x00", 2);
}

QByteArray encodeDisconnect()
{
    return QByteArray("\xE0\x00", 2);
}

} // namespace deck::sim
