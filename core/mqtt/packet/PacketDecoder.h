#pragma once

#include "DecodeError.h"
#include "Packet.h"

#include <QByteArrayView>

namespace deck::mqtt::packet {

/// The fixed header of a packet: type, flags and how long it is.
struct FrameHeader
{
    PacketType type = PacketType::Reserved;
    quint8 flags = 0;
    qsizetype headerSize = 0; ///< the first byte and the remaining length field
    quint32 remainingLength = 0;
    qsizetype packetSize() const { return headerSize + qsizetype(remainingLength); }
};

enum class FrameStatus { Complete, NeedMore, Malformed };

/// Reads the fixed header at the front of `bytes`. NeedMore while the remaining length field is
/// incomplete; Malformed (with `error`) when it runs over 4 bytes or is not minimal. Complete says
/// only that the header is whole, not the packet.
FrameStatus readFrameHeader(QByteArrayView bytes, FrameHeader *header, DecodeError *error,
                            qint64 base = 0, MqttVersion version = MqttVersion::V5);

/// A packet decoded, or the rule it broke.
struct DecodeResult
{
    Packet packet;
    DecodeError error;
    /// The packet's bytes with its secrets overwritten by '*' (empty for a malformed CONNECT,
    /// whose secrets could not be located).
    QByteArray bytes;
    qint64 offset = 0; ///< where the packet starts in the stream
    bool ok() const { return !error.isError(); }
};

/// Decodes exactly one whole packet (`bytes` from its first byte to its last) read as MQTT
/// `version`. A CONNECT is read by the protocol level it names. Offsets in the error count
/// from `base`. Written by hand: no well-kept C++ library in Debian exposes MQTT packets (Paho
/// and mosquitto's libraries keep them internal); this one is fuzzed (tests/fuzz).
DecodeResult decodePacket(QByteArrayView bytes, MqttVersion version, qint64 base = 0);

/// The MQTT version a CONNECT's protocol level selects (5 → MQTT 5; 3 and 4 → 3.1.1 rules).
MqttVersion versionOfLevel(int protocolLevel);

} // namespace deck::mqtt::packet
