#pragma once

#include "PacketType.h"

#include <QByteArray>
#include <QList>

namespace deck::mqtt::packet {

/// How an MQTT 5 property's value is written (MQTT 5 section 2.2.2.2).
enum class PropertyType { Byte, TwoByte, FourByte, VarInt, Utf8, Utf8Pair, Binary };

/// One MQTT 5 property as it appeared on the wire. Numbers are in `number`; strings and binary
/// data in `bytes`; a user property's name in `bytes` and its value in `value`.
struct Property
{
    quint8 id = 0;
    quint32 number = 0;
    QByteArray bytes;
    QByteArray value;
    /// Authentication Data in a decoded packet: `bytes` holds as many '*' as the data had bytes.
    bool masked = false;

    bool operator==(const Property &o) const
    {
        return id == o.id && number == o.number && bytes == o.bytes && value == o.value &&
               masked == o.masked;
    }
    bool operator!=(const Property &o) const { return !(*this == o); }
};
using Properties = QList<Property>;

/// What the specification says of a property id.
struct PropertyInfo
{
    quint8 id = 0;
    PropertyType type = PropertyType::Byte;
    const char *name = nullptr; ///< snake_case of the specification's name ("topic_alias")
    quint32 packets = 0;        ///< bit n: allowed in packet type n; bit 0: in a will
    bool repeatable = false;    ///< User Property anywhere, Subscription Identifier in PUBLISH
};

/// The known property ids (0x01 … 0x2A); nullptr for an id MQTT 5 does not define.
const PropertyInfo *propertyInfo(quint8 id);
/// The bit of `PropertyInfo::packets` for the will properties of a CONNECT.
constexpr quint32 kWillProperties = 1u;

namespace PropertyId {
enum : quint8 {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQos = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};
}

/// The first property with that id, or nullptr.
const Property *findProperty(const Properties &properties, quint8 id);
/// A property holding a number (byte, two-byte, four-byte or varint by its id's type).
Property numberProperty(quint8 id, quint32 number);
/// A property holding a string or binary data.
Property bytesProperty(quint8 id, const QByteArray &bytes);
Property userProperty(const QByteArray &name, const QByteArray &value);

} // namespace deck::mqtt::packet
