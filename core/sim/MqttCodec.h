#pragma once

#include <QByteArray>

namespace deck::sim {

/// Minimal MQTT 3.1.1 packet encoding for simulated devices and load generators. Written by
/// hand: a simulator runs hundreds of device connections in one process, and Paho creates
/// threads per client and (1.3.12) waits ~2 s for each additional client's CONNACK.
struct Will
{
    QByteArray topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
};

QByteArray encodeConnect(const QByteArray &clientId, int keepAliveSeconds, const Will &will = {},
                         bool cleanSession = true);
QByteArray encodePublish(const QByteArray &topic, const QByteArray &payload, int qos = 0,
                         bool retain = false, quint16 packetId = 0);
QByteArray encodePingRequest();
/// SUBSCRIBE to one filter (MQTT 3.1.1).
QByteArray encodeSubscribe(quint16 packetId, const QByteArray &filter, int qos);

/// One control packet read from a stream.
struct Packet
{
    quint8 type = 0;  ///< the high nibble of the first byte (3 = PUBLISH)
    quint8 flags = 0; ///< the low nibble
    QByteArray body;  ///< after the remaining length
};
/// Takes the first whole packet off the front of `buffer`; false while it is incomplete.
/// `malformed` is set (and false returned) when the remaining length is longer than 4 bytes.
bool takePacket(QByteArray &buffer, Packet *packet, bool *malformed);
/// The topic and payload of a PUBLISH packet (MQTT 3.1.1); false when it is not one or too short.
bool readPublish(const Packet &packet, QByteArray *topic, QByteArray *payload);
QByteArray encodeDisconnect();
void appendRemainingLength(QByteArray &out, quint32 length);
void appendString(QByteArray &out, const QByteArray &s);

} // namespace deck::sim
