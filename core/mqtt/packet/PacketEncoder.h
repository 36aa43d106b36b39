#pragma once

#include "Packet.h"
#include "mqtt/ReasonCodes.h"

#include <QByteArray>

namespace deck::mqtt::packet {

/// The bytes of `packet` as MQTT `version` writes them (a CONNECT by its own protocol level).
/// Writes what it is given, without judging it: the decoder is the one that checks. Under MQTT 5
/// a publish ack, DISCONNECT or AUTH with reason code 0 and no properties is written in its
/// short form.
QByteArray encodePacket(const Packet &packet, MqttVersion version);

void appendVarInt(QByteArray &out, quint32 value);
void appendTwoBytes(QByteArray &out, quint16 value);
/// Two-byte length, then the bytes (UTF-8 strings and binary data alike).
void appendString(QByteArray &out, const QByteArray &s);
void appendProperties(QByteArray &out, const Properties &properties);

} // namespace deck::mqtt::packet
