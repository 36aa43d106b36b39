#include "PacketType.h"

namespace deck::mqtt::packet {

const char *packetTypeName(PacketType type)
{
    static const char *const names[] = {"RESERVED",  "CONNECT",  "CONNACK",     "PUBLISH",
                                        "PUBACK",    "PUBREC",   "PUBREL",      "PUBCOMP",
                                        "SUBSCRIBE", "SUBACK",   "UNSUBSCRIBE", "UNSUBACK",
                                        "PINGREQ",   "PINGRESP", "DISCONNECT",  "AUTH"};
    return names[quint8(type) & 0x0F];
}

int requiredFlags(PacketType type)
{
    switch (type) {
    case PacketType::Publish:
        return -1;
    case PacketType::Pubrel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        return 0x2; // MQTT 3.1.1 section 2.2.2, MQTT 5 section 2.1.3
    default:
        return 0;
    }
}

bool carriesPacketId(PacketType type, int qos)
{
    switch (type) {
    case PacketType::Publish:
        return qos > 0;
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
    case PacketType::Subscribe:
    case PacketType::Suback:
    case PacketType::Unsubscribe:
    case PacketType::Unsuback:
        return true;
    default:
        return false;
    }
}

} // namespace deck::mqtt::packet
