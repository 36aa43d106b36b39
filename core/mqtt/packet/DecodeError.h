#pragma once

#include "PacketType.h"
#include "mqtt/ReasonCodes.h"

#include <QCoreApplication>
#include <QString>

namespace deck::mqtt::packet {

/// The rules of the specifications a malformed packet can break.
enum class Rule {
    None,
    RemainingLengthTooLong,  ///< a variable byte integer of more than 4 bytes
    VarIntNotMinimal,        ///< more bytes than the value needs
    PacketTooLarge,          ///< over the decoder's maximum packet size
    Truncated,               ///< a field runs past the end of the packet (or of its properties)
    StreamTruncated,         ///< the stream ended inside a packet
    TrailingBytes,           ///< bytes left after the packet's last field
    ReservedPacketType,      ///< type 0, or AUTH under MQTT 3.1.1
    ReservedFlags,           ///< fixed-header flags other than the type's
    PublishQos3,             ///< both QoS bits set
    DupWithQos0,             ///< DUP set on a QoS 0 PUBLISH
    TopicWildcard,           ///< + or # in a PUBLISH topic
    TopicEmpty,              ///< empty topic (and, under MQTT 5, no topic alias)
    InvalidUtf8,             ///< ill-formed UTF-8 or a UTF-16 surrogate
    NullCharacter,           ///< U+0000 in a UTF-8 string
    PacketIdZero,            ///< packet identifier 0 where one is required
    ProtocolName,            ///< CONNECT's protocol name is not MQTT (or MQIsdp at level 3)
    ProtocolLevel,           ///< a protocol level the decoder does not know
    ConnectReservedFlag,     ///< CONNECT flags bit 0
    WillFlagsWithoutWill,    ///< will QoS or retain without the will flag
    WillQos3,                ///< will QoS 3
    PasswordWithoutUsername, ///< MQTT 3.1.1
    ConnackReservedFlags,    ///< CONNACK acknowledge flags bits 1-7
    NoTopicFilters,          ///< SUBSCRIBE / UNSUBSCRIBE without a filter
    SubscriptionOptions,     ///< reserved bits, QoS 3 or retain handling 3
    NoReasonCodes,           ///< SUBACK / UNSUBACK without a reason code
    ReturnCodeNotAllowed,    ///< MQTT 3.1.1 SUBACK return code other than 0, 1, 2, 0x80
    UnknownProperty,         ///< an id MQTT 5 does not define
    PropertyNotAllowed,      ///< a property that packet may not carry
    DuplicateProperty,       ///< a property given twice that may appear once
    PropertyValue,           ///< a value the property may not take
};

/// Where and why a packet was refused. `offset` counts bytes from the start of the stream (or of
/// the packet when one packet was decoded on its own).
struct DecodeError
{
    Rule rule = Rule::None;
    qint64 offset = -1;
    PacketType type = PacketType::Reserved; ///< when the first byte was read
    int value = -1;                         ///< the property id, the flags, the level… per rule
    MqttVersion version = MqttVersion::V5;

    bool isError() const { return rule != Rule::None; }
    /// One sentence in the user's language: what is wrong.
    QString message() const;
    /// The specification's rule: a conformance statement ("MQTT-3.3.1-4") or a section
    /// ("MQTT 5.0 §2.2.2.2"), for the version the packet was read as.
    QString reference() const;
};

class DecodeErrorText
{
    Q_DECLARE_TR_FUNCTIONS(PacketDecoder)
public:
    static QString message(const DecodeError &error);
};

} // namespace deck::mqtt::packet
