#include "DecodeError.h"

#include "Properties.h"

namespace deck::mqtt::packet {

namespace {
// The conformance statement (or, where the specification numbers none, the section) of each
// rule, MQTT 5.0 first, then MQTT 3.1.1 (OASIS Standards of 2019 and 2014).
struct Reference
{
    Rule rule;
    const char *v5;
    const char *v311;
};
const Reference kReferences[] = {
    {Rule::RemainingLengthTooLong, "MQTT 5.0 §1.5.5", "MQTT 3.1.1 §2.2.3"},
    {Rule::VarIntNotMinimal, "MQTT-1.5.5-1", "MQTT 3.1.1 §2.2.3"},
    {Rule::PacketTooLarge, "MQTT 5.0 §3.1.2.11.4", "MQTT 3.1.1 §2.2.3"},
    {Rule::Truncated, "MQTT 5.0 §2.1.4", "MQTT 3.1.1 §2.2.3"},
    {Rule::StreamTruncated, "MQTT 5.0 §2.1.4", "MQTT 3.1.1 §2.2.3"},
    {Rule::TrailingBytes, "MQTT 5.0 §2.1.4", "MQTT 3.1.1 §2.2.3"},
    {Rule::ReservedPacketType, "MQTT 5.0 §2.1.2", "MQTT 3.1.1 §2.2.1"},
    {Rule::ReservedFlags, "MQTT-2.1.3-1", "MQTT-2.2.2-1"},
    {Rule::PublishQos3, "MQTT-3.3.1-4", "MQTT-3.3.1-4"},
    {Rule::DupWithQos0, "MQTT-3.3.1-2", "MQTT-3.3.1-2"},
    {Rule::TopicWildcard, "MQTT-3.3.2-2", "MQTT-3.3.2-2"},
    {Rule::TopicEmpty, "MQTT 5.0 §3.3.2.1", "MQTT-4.7.3-1"},
    {Rule::InvalidUtf8, "MQTT-1.5.4-1", "MQTT-1.5.3-1"},
    {Rule::NullCharacter, "MQTT-1.5.4-2", "MQTT-1.5.3-2"},
    {Rule::PacketIdZero, "MQTT-2.2.1-3", "MQTT-2.3.1-1"},
    {Rule::ProtocolName, "MQTT-3.1.2-1", "MQTT-3.1.2-1"},
    {Rule::ProtocolLevel, "MQTT-3.1.2-2", "MQTT-3.1.2-2"},
    {Rule::ConnectReservedFlag, "MQTT-3.1.2-3", "MQTT-3.1.2-3"},
    {Rule::WillFlagsWithoutWill, "MQTT-3.1.2-11", "MQTT-3.1.2-13"},
    {Rule::WillQos3, "MQTT-3.1.2-12", "MQTT-3.1.2-14"},
    {Rule::PasswordWithoutUsername, "MQTT 5.0 §3.1.2.9", "MQTT-3.1.2-22"},
    {Rule::ConnackReservedFlags, "MQTT-3.2.2-1", "MQTT 3.1.1 §3.2.2.1"},
    {Rule::NoTopicFilters, "MQTT-3.8.3-2", "MQTT-3.8.3-3"},
    {Rule::SubscriptionOptions, "MQTT-3.8.3-5", "MQTT-3-8.3-4"},
    {Rule::NoReasonCodes, "MQTT 5.0 §3.9.3", "MQTT 3.1.1 §3.9.3"},
    {Rule::ReturnCodeNotAllowed, "MQTT 5.0 §3.9.3", "MQTT-3.9.3-2"},
    {Rule::UnknownProperty, "MQTT 5.0 §2.2.2.2", "MQTT 5.0 §2.2.2.2"},
    {Rule::PropertyNotAllowed, "MQTT 5.0 §2.2.2.2", "MQTT 5.0 §2.2.2.2"},
    {Rule::DuplicateProperty, "MQTT 5.0 §2.2.2.2", "MQTT 5.0 §2.2.2.2"},
    {Rule::PropertyValue, "MQTT 5.0 §3 (the property's section)", "MQTT 5.0 §3"},
};

QString propertyName(int id)
{
    const PropertyInfo *info = propertyInfo(quint8(id));
    return info ? QString::fromLatin1(info->name)
                : QStringLiteral("0x%1").arg(id, 2, 16, QLatin1Char('0'));
}
} // namespace

QString DecodeError::reference() const
{
    if (rule == Rule::NoTopicFilters && type == PacketType::Unsubscribe)
        return QStringLiteral("MQTT-3.10.3-2"); // the same number in both versions
    for (const Reference &r : kReferences) {
        if (r.rule == rule)
            return QString::fromUtf8(version == MqttVersion::V5 ? r.v5 : r.v311);
    }
    return {};
}

QString DecodeError::message() const
{
    return DecodeErrorText::message(*this);
}

QString DecodeErrorText::message(const DecodeError &e)
{
    const QString type = QString::fromLatin1(packetTypeName(e.type));
    switch (e.rule) {
    case Rule::None:
        return {};
    case Rule::RemainingLengthTooLong:
        return tr("The length field runs over more than 4 bytes.");
    case Rule::VarIntNotMinimal:
        return tr("A length or number is written with more bytes than it needs.");
    case Rule::PacketTooLarge:
        return tr("The packet announces %1 bytes, more than this decoder accepts.").arg(e.value);
    case Rule::Truncated:
        return tr("The %1 packet ends before its fields do (truncated, or a length inside it is "
                  "too long).")
            .arg(type);
    case Rule::StreamTruncated:
        return tr("The stream ends inside this %1 packet: it announced more bytes than came.")
            .arg(type);
    case Rule::TrailingBytes:
        return tr("The %1 packet has bytes left after its last field.").arg(type);
    case Rule::ReservedPacketType:
        return tr("Packet type %1 is reserved in this MQTT version.").arg(e.value);
    case Rule::ReservedFlags:
        return tr("The %1 packet's fixed-header flags are 0x%2; they must be 0x%3.")
            .arg(type)
            .arg(e.value & 0x0F, 0, 16)
            .arg(requiredFlags(e.type), 0, 16);
    case Rule::PublishQos3:
        return tr("The PUBLISH packet has QoS 3 (both QoS bits set).");
    case Rule::DupWithQos0:
        return tr("The PUBLISH packet has DUP set at QoS 0.");
    case Rule::TopicWildcard:
        return tr("The PUBLISH topic contains a wildcard (+ or #).");
    case Rule::TopicEmpty:
        return tr("The PUBLISH topic is empty (and no topic alias stands for it).");
    case Rule::InvalidUtf8:
        return tr("A string is not valid UTF-8.");
    case Rule::NullCharacter:
        return tr("A string contains the character U+0000.");
    case Rule::PacketIdZero:
        return tr("The %1 packet has packet identifier 0; it must not be zero.").arg(type);
    case Rule::ProtocolName:
        return tr("The CONNECT's protocol name is not MQTT.");
    case Rule::ProtocolLevel:
        return tr("The CONNECT asks for protocol level %1; 3, 4 (3.1.1) and 5 are known.")
            .arg(e.value);
    case Rule::ConnectReservedFlag:
        return tr("The CONNECT's reserved flag (bit 0) is set.");
    case Rule::WillFlagsWithoutWill:
        return tr("The CONNECT sets a will QoS or retain without a will.");
    case Rule::WillQos3:
        return tr("The CONNECT's will has QoS 3.");
    case Rule::PasswordWithoutUsername:
        return tr("The CONNECT has a password without a user name.");
    case Rule::ConnackReservedFlags:
        return tr("The CONNACK's reserved acknowledge flags are set.");
    case Rule::NoTopicFilters:
        return tr("The %1 packet has no topic filter.").arg(type);
    case Rule::SubscriptionOptions:
        return tr("The subscription options 0x%1 use reserved bits, QoS 3 or retain handling 3.")
            .arg(e.value, 2, 16, QLatin1Char('0'));
    case Rule::NoReasonCodes:
        return tr("The %1 packet has no reason code.").arg(type);
    case Rule::ReturnCodeNotAllowed:
        return tr("SUBACK return code 0x%1 is not one of 0, 1, 2 and 0x80.")
            .arg(e.value, 2, 16, QLatin1Char('0'));
    case Rule::UnknownProperty:
        return tr("Property id 0x%1 is not defined by MQTT 5.")
            .arg(e.value, 2, 16, QLatin1Char('0'));
    case Rule::PropertyNotAllowed:
        return tr("The property %1 is not allowed in a %2 packet.")
            .arg(propertyName(e.value), type);
    case Rule::DuplicateProperty:
        return tr("The property %1 appears more than once.").arg(propertyName(e.value));
    case Rule::PropertyValue:
        return tr("The property %1 has a value it may not take.").arg(propertyName(e.value));
    }
    return {};
}

} // namespace deck::mqtt::packet
