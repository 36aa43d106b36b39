#pragma once

#include <QtGlobal>

namespace deck::mqtt::packet {

/// The control packet types of MQTT 3.1.1 and 5 (the high nibble of the first byte). 0 is
/// reserved in both versions; AUTH (15) exists only in MQTT 5.
enum class PacketType : quint8 {
    Reserved = 0,
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15,
};

/// The name as the specification writes it ("SUBACK"); a protocol term, never translated.
const char *packetTypeName(PacketType type);
/// The fixed-header flags a packet type must carry (PUBLISH's are free: returns -1).
int requiredFlags(PacketType type);
/// True for the packets that always carry a packet identifier (PUBLISH: only at QoS 1 and 2).
bool carriesPacketId(PacketType type, int qos);

} // namespace deck::mqtt::packet
