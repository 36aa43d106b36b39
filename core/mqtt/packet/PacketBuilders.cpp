#include "PacketBuilders.h"

#include "PacketEncoder.h"

namespace deck::mqtt::packet {

QByteArray encodeConnect(const QByteArray &clientId, int keepAliveSeconds,
                         const std::optional<Will> &will, bool cleanStart, MqttVersion version)
{
    Packet p;
    p.type = PacketType::Connect;
    p.connect.protocolLevel = quint8(version);
    p.connect.keepAlive = quint16(keepAliveSeconds);
    p.connect.clientId = clientId;
    p.connect.cleanStart = cleanStart;
    p.connect.will = will;
    return encodePacket(p, version);
}

QByteArray encodePublish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain,
                         quint16 packetId, MqttVersion version)
{
    Packet p;
    p.type = PacketType::Publish;
    p.flags = publishFlags(qos, retain);
    p.topic = topic;
    p.payload = payload;
    p.packetId = packetId;
    return encodePacket(p, version);
}

QByteArray encodeSubscribe(quint16 packetId, const QByteArray &filter, int qos, MqttVersion version)
{
    Packet p;
    p.type = PacketType::Subscribe;
    p.packetId = packetId;
    p.subscriptions = {Subscription{filter, quint8(qos & 0x03)}};
    return encodePacket(p, version);
}

QByteArray encodePingRequest()
{
    return QByteArray("\xC0\x00", 2);
}

QByteArray encodeDisconnect()
{
    return QByteArray("\xE0\x00", 2);
}

} // namespace deck::mqtt::packet
