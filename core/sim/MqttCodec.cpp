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

QByteArray encodeSubscribe(quint16 packetId, const QByteArray &filter, int qos)
{
    QByteArray body;
    body.append(char(packetId >> 8)).append(char(packetId & 0xFF));
    appendString(body, filter);
    body.append(char(qos & 0x03));
    QByteArray packet(1, char(0x82));
    appendRemainingLength(packet, quint32(body.size()));
    packet.append(body);
    return packet;
}

bool takePacket(QByteArray &buffer, Packet *packet, bool *malformed)
{
    *malformed = false;
    if (buffer.size() < 2)
        return false;
    quint32 length = 0, multiplier = 1;
    qsizetype at = 1;
    for (;; ++at) {
        if (at > 4) {
            *malformed = true; // more than 4 length bytes (MQTT 3.1.1 section 2.2.3)
            return false;
        }
        if (at >= buffer.size())
            return false;
        const quint8 byte = quint8(buffer[at]);
        length += (byte & 0x7F) * multiplier;
        multiplier *= 128;
        if (!(byte & 0x80))
            break;
    }
    const qsizetype start = at + 1;
    if (buffer.size() < start + qsizetype(length))
        return false;
    packet->type = quint8(buffer[0]) >> 4;
    packet->flags = quint8(buffer[0]) & 0x0F;
    packet->body = buffer.mid(start, qsizetype(length));
    buffer.remove(0, start + qsizetype(length));
    return true;
}

bool readPublish(const Packet &packet, QByteArray *topic, QByteArray *payload)
{
    if (packet.type != 3 || packet.body.size() < 2)
        return false;
    const qsizetype topicLength = (quint8(packet.body[0]) << 8) | quint8(packet.body[1]);
    const int qos = (packet.flags >> 1) & 0x03;
    const qsizetype payloadAt = 2 + topicLength + (qos > 0 ? 2 : 0);
    if (packet.body.size() < payloadAt)
        return false;
    *topic = packet.body.mid(2, topicLength);
    *payload = packet.body.mid(payloadAt);
    return true;
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
