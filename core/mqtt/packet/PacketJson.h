#pragma once

#include "DecodeError.h"
#include "Packet.h"

#include <QJsonObject>

namespace deck::mqtt::packet {

/// A decoded packet as one JSON object, for `mqttdeck-cli trace` and the trace export: `type`,
/// `size`, `packet_id` (null when the type has none), `reason_codes` (integers) and
/// `reason_names`, `properties` (MQTT 5, by snake_case name; user_property and
/// subscription_identifier as lists; binary as hex; authentication data masked), and the
/// type's own fields (PUBLISH: topic, qos, retain, dup, payload; CONNECT: its fields with the
/// password masked…). No secret is ever in it.
QJsonObject packetToJson(const Packet &packet, MqttVersion version);
QJsonObject propertiesToJson(const Properties &properties);
/// `error` (words), `rule` (the specification's reference), `offset`, and `type` when known.
QJsonObject errorToJson(const DecodeError &error);
/// The reason code's name as ReasonCodes gives it for that packet type, in the user's language.
QString reasonName(PacketType type, int code, MqttVersion version);

} // namespace deck::mqtt::packet
