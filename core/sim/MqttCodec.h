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
QByteArray encodeDisconnect();
void appendRemainingLength(QByteArray &out, quint32 length);
void appendString(QByteArray &out, const QByteArray &s);

} // namespace deck::sim
