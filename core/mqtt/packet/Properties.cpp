#include "Properties.h"

namespace deck::mqtt::packet {

namespace {
constexpr quint32 bit(PacketType t)
{
    return 1u << quint8(t);
}
constexpr quint32 kPublishAndWill = bit(PacketType::Publish) | kWillProperties;
constexpr quint32 kAcks = bit(PacketType::Puback) | bit(PacketType::Pubrec) |
                          bit(PacketType::Pubrel) | bit(PacketType::Pubcomp);
constexpr quint32 kAll = 0xFFFEu | kWillProperties; // every packet but PINGREQ/PINGRESP (below)
constexpr quint32 kUser = kAll & ~(bit(PacketType::Pingreq) | bit(PacketType::Pingresp));

// MQTT 5 section 2.2.2.2, table "Properties".
const PropertyInfo kProperties[] = {
    {0x01, PropertyType::Byte, "payload_format_indicator", kPublishAndWill, false},
    {0x02, PropertyType::FourByte, "message_expiry_interval", kPublishAndWill, false},
    {0x03, PropertyType::Utf8, "content_type", kPublishAndWill, false},
    {0x08, PropertyType::Utf8, "response_topic", kPublishAndWill, false},
    {0x09, PropertyType::Binary, "correlation_data", kPublishAndWill, false},
    {0x0B, PropertyType::VarInt, "subscription_identifier",
     bit(PacketType::Publish) | bit(PacketType::Subscribe), false},
    {0x11, PropertyType::FourByte, "session_expiry_interval",
     bit(PacketType::Connect) | bit(PacketType::Connack) | bit(PacketType::Disconnect), false},
    {0x12, PropertyType::Utf8, "assigned_client_identifier", bit(PacketType::Connack), false},
    {0x13, PropertyType::TwoByte, "server_keep_alive", bit(PacketType::Connack), false},
    {0x15, PropertyType::Utf8, "authentication_method",
     bit(PacketType::Connect) | bit(PacketType::Connack) | bit(PacketType::Auth), false},
    {0x16, PropertyType::Binary, "authentication_data",
     bit(PacketType::Connect) | bit(PacketType::Connack) | bit(PacketType::Auth), false},
    {0x17, PropertyType::Byte, "request_problem_information", bit(PacketType::Connect), false},
    {0x18, PropertyType::FourByte, "will_delay_interval", kWillProperties, false},
    {0x19, PropertyType::Byte, "request_response_information", bit(PacketType::Connect), false},
    {0x1A, PropertyType::Utf8, "response_information", bit(PacketType::Connack), false},
    {0x1C, PropertyType::Utf8, "server_reference",
     bit(PacketType::Connack) | bit(PacketType::Disconnect), false},
    {0x1F, PropertyType::Utf8, "reason_string",
     bit(PacketType::Connack) | kAcks | bit(PacketType::Suback) | bit(PacketType::Unsuback) |
         bit(PacketType::Disconnect) | bit(PacketType::Auth),
     false},
    {0x21, PropertyType::TwoByte, "receive_maximum",
     bit(PacketType::Connect) | bit(PacketType::Connack), false},
    {0x22, PropertyType::TwoByte, "topic_alias_maximum",
     bit(PacketType::Connect) | bit(PacketType::Connack), false},
    {0x23, PropertyType::TwoByte, "topic_alias", bit(PacketType::Publish), false},
    {0x24, PropertyType::Byte, "maximum_qos", bit(PacketType::Connack), false},
    {0x25, PropertyType::Byte, "retain_available", bit(PacketType::Connack), false},
    {0x26, PropertyType::Utf8Pair, "user_property", kUser, true},
    {0x27, PropertyType::FourByte, "maximum_packet_size",
     bit(PacketType::Connect) | bit(PacketType::Connack), false},
    {0x28, PropertyType::Byte, "wildcard_subscription_available", bit(PacketType::Connack), false},
    {0x29, PropertyType::Byte, "subscription_identifier_available", bit(PacketType::Connack),
     false},
    {0x2A, PropertyType::Byte, "shared_subscription_available", bit(PacketType::Connack), false},
};
} // namespace

const PropertyInfo *propertyInfo(quint8 id)
{
    for (const PropertyInfo &info : kProperties) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const Property *findProperty(const Properties &properties, quint8 id)
{
    for (const Property &p : properties) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Property numberProperty(quint8 id, quint32 number)
{
    Property p;
    p.id = id;
    p.number = number;
    return p;
}

Property bytesProperty(quint8 id, const QByteArray &bytes)
{
    Property p;
    p.id = id;
    p.bytes = bytes;
    return p;
}

Property userProperty(const QByteArray &name, const QByteArray &value)
{
    Property p;
    p.id = PropertyId::UserProperty;
    p.bytes = name;
    p.value = value;
    return p;
}

} // namespace deck::mqtt::packet
