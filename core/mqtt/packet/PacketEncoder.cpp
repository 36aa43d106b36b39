#include "PacketEncoder.h"

namespace deck::mqtt::packet {

void appendVarInt(QByteArray &out, quint32 value)
{
    do {
        quint8 byte = value % 128;
        value /= 128;
        if (value > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (value > 0);
}

void appendTwoBytes(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xFF));
}

void appendString(QByteArray &out, const QByteArray &s)
{
    appendTwoBytes(out, quint16(s.size()));
    out.append(s);
}

void appendProperties(QByteArray &out, const Properties &properties)
{
    QByteArray body;
    for (const Property &p : properties) {
        appendVarInt(body, p.id);
        const PropertyInfo *info = propertyInfo(p.id);
        switch (info ? info->type : PropertyType::Binary) {
        case PropertyType::Byte:
            body.append(char(p.number));
            break;
        case PropertyType::TwoByte:
            appendTwoBytes(body, quint16(p.number));
            break;
        case PropertyType::FourByte:
            for (int shift = 24; shift >= 0; shift -= 8)
                body.append(char((p.number >> shift) & 0xFF));
            break;
        case PropertyType::VarInt:
            appendVarInt(body, p.number);
            break;
        case PropertyType::Utf8:
        case PropertyType::Binary:
            appendString(body, p.bytes);
            break;
        case PropertyType::Utf8Pair:
            appendString(body, p.bytes);
            appendString(body, p.value);
            break;
        }
    }
    appendVarInt(out, quint32(body.size()));
    out.append(body);
}

namespace {

void connectBody(QByteArray &body, const Packet &p)
{
    const ConnectFields &c = p.connect;
    const bool v5 = c.protocolLevel >= 5;
    appendString(body, c.protocolName);
    body.append(char(c.protocolLevel));
    quint8 flags = c.cleanStart ? 0x02 : 0x00;
    if (c.will)
        flags |= 0x04 | quint8((c.will->qos & 0x03) << 3) | (c.will->retain ? 0x20 : 0x00);
    if (c.password)
        flags |= 0x40;
    if (c.username)
        flags |= 0x80;
    body.append(char(flags));
    appendTwoBytes(body, c.keepAlive);
    if (v5)
        appendProperties(body, p.properties);
    appendString(body, c.clientId);
    if (c.will) {
        if (v5)
            appendProperties(body, c.will->properties);
        appendString(body, c.will->topic);
        appendString(body, c.will->payload);
    }
    if (c.username)
        appendString(body, *c.username);
    if (c.password)
        appendString(body, *c.password);
}

quint8 firstCode(const Packet &p)
{
    return p.reasonCodes.isEmpty() ? 0 : p.reasonCodes.first();
}

/// MQTT 5's optional reason code and properties.
void reasonAndProperties(QByteArray &body, const Packet &p)
{
    if (firstCode(p) == 0 && p.properties.isEmpty())
        return;
    body.append(char(firstCode(p)));
    if (!p.properties.isEmpty())
        appendProperties(body, p.properties);
}

} // namespace

QByteArray encodePacket(const Packet &p, MqttVersion version)
{
    const bool v5 = version == MqttVersion::V5;
    QByteArray body;
    switch (p.type) {
    case PacketType::Connect:
        connectBody(body, p);
        break;
    case PacketType::Connack:
        body.append(char(p.sessionPresent ? 1 : 0)).append(char(firstCode(p)));
        if (v5)
            appendProperties(body, p.properties);
        break;
    case PacketType::Publish:
        appendString(body, p.topic);
        if (p.qos() > 0)
            appendTwoBytes(body, p.packetId);
        if (v5)
            appendProperties(body, p.properties);
        body.append(p.payload);
        break;
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        appendTwoBytes(body, p.packetId);
        if (v5)
            reasonAndProperties(body, p);
        break;
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        appendTwoBytes(body, p.packetId);
        if (v5)
            appendProperties(body, p.properties);
        for (const Subscription &s : p.subscriptions) {
            appendString(body, s.filter);
            if (p.type == PacketType::Subscribe)
                body.append(char(s.options));
        }
        break;
    case PacketType::Suback:
    case PacketType::Unsuback:
        appendTwoBytes(body, p.packetId);
        if (v5)
            appendProperties(body, p.properties);
        if (v5 || p.type == PacketType::Suback) {
            for (quint8 code : p.reasonCodes)
                body.append(char(code));
        }
        break;
    case PacketType::Disconnect:
    case PacketType::Auth:
        if (v5)
            reasonAndProperties(body, p);
        break;
    default:
        break;
    }
    const int required = requiredFlags(p.type);
    QByteArray out(1, char((quint8(p.type) << 4) | (required >= 0 ? required : p.flags & 0x0F)));
    appendVarInt(out, quint32(body.size()));
    out.append(body);
    return out;
}

} // namespace deck::mqtt::packet
