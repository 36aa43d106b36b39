#pragma once

#include "Packet.h"
#include "mqtt/ReasonCodes.h"

#include <QByteArray>

#include <optional>

namespace deck::mqtt::packet {

/// Ready-made packets for the simulator, the load generator and the tests, which speak MQTT
/// on raw sockets: a simulator runs hundreds of device connections in one process, and Paho
/// creates threads per client and (1.3.12) waits ~2 s for each additional client's CONNACK.
QByteArray encodeConnect(const QByteArray &clientId, int keepAliveSeconds,
                         const std::optional<Will> &will = std::nullopt, bool cleanStart = true,
                         MqttVersion version = MqttVersion::V311);
QByteArray encodePublish(const QByteArray &topic, const QByteArray &payload, int qos = 0,
                         bool retain = false, quint16 packetId = 0,
                         MqttVersion version = MqttVersion::V311);
/// SUBSCRIBE to one filter.
QByteArray encodeSubscribe(quint16 packetId, const QByteArray &filter, int qos,
                           MqttVersion version = MqttVersion::V311);
QByteArray encodePingRequest();
QByteArray encodeDisconnect();

} // namespace deck::mqtt::packet
