#include "PahoConvert.h"

#include <MQTTProperties.h>

namespace deck::mqtt::paho {

namespace {
QString lenString(const MQTTLenString &s)
{
    return s.data ? QString::fromUtf8(s.data, s.len) : QString();
}
QByteArray lenBytes(const MQTTLenString &s)
{
    return s.data ? QByteArray(s.data, s.len) : QByteArray();
}
std::string std8(const QString &s)
{
    return s.toStdString();
}
} // namespace

MessageProperties toMessageProperties(const ::mqtt::properties &props)
{
    MessageProperties out;
    const MQTTProperties &c = props.c_struct();
    for (int i = 0; i < c.count; ++i) {
        const MQTTProperty &p = c.array[i];
        switch (p.identifier) {
        case MQTTPROPERTY_CODE_PAYLOAD_FORMAT_INDICATOR:
            out.payloadIsUtf8 = p.value.byte == 1;
            break;
        case MQTTPROPERTY_CODE_MESSAGE_EXPIRY_INTERVAL:
            out.messageExpirySeconds = p.value.integer4;
            break;
        case MQTTPROPERTY_CODE_CONTENT_TYPE:
            out.contentType = lenString(p.value.data);
            break;
        case MQTTPROPERTY_CODE_RESPONSE_TOPIC:
            out.responseTopic = lenString(p.value.data);
            break;
        case MQTTPROPERTY_CODE_CORRELATION_DATA:
            out.correlationData = lenBytes(p.value.data);
            break;
        case MQTTPROPERTY_CODE_USER_PROPERTY:
            out.userProperties.append({lenString(p.value.data), lenString(p.value.value)});
            break;
        case MQTTPROPERTY_CODE_SUBSCRIPTION_IDENTIFIER:
            out.subscriptionIdentifiers.append(p.value.integer4);
            break;
        case MQTTPROPERTY_CODE_TOPIC_ALIAS:
            out.topicAlias = p.value.integer2;
            break;
        default:
            break;
        }
    }
    return out;
}

::mqtt::properties fromMessageProperties(const MessageProperties &props)
{
    using ::mqtt::property;
    ::mqtt::properties out;
    if (props.payloadIsUtf8)
        out.add(property(property::PAYLOAD_FORMAT_INDICATOR, *props.payloadIsUtf8 ? 1 : 0));
    if (props.messageExpirySeconds)
        out.add(property(property::MESSAGE_EXPIRY_INTERVAL, int32_t(*props.messageExpirySeconds)));
    if (!props.contentType.isEmpty())
        out.add(property(property::CONTENT_TYPE, std8(props.contentType)));
    if (!props.responseTopic.isEmpty())
        out.add(property(property::RESPONSE_TOPIC, std8(props.responseTopic)));
    if (!props.correlationData.isEmpty())
        out.add(property(property::CORRELATION_DATA, props.correlationData.toStdString()));
    for (const auto &[name, value] : props.userProperties)
        out.add(property(property::USER_PROPERTY, std8(name), std8(value)));
    return out;
}

UserProperties toDisplayPairs(const ::mqtt::properties &props)
{
    UserProperties out;
    const MQTTProperties &c = props.c_struct();
    for (int i = 0; i < c.count; ++i) {
        const MQTTProperty &p = c.array[i];
        const QString name = QString::fromLatin1(MQTTPropertyName(p.identifier));
        switch (MQTTProperty_getType(p.identifier)) {
        case MQTTPROPERTY_TYPE_BYTE:
            out.append({name, QString::number(p.value.byte)});
            break;
        case MQTTPROPERTY_TYPE_TWO_BYTE_INTEGER:
            out.append({name, QString::number(p.value.integer2)});
            break;
        case MQTTPROPERTY_TYPE_FOUR_BYTE_INTEGER:
        case MQTTPROPERTY_TYPE_VARIABLE_BYTE_INTEGER:
            out.append({name, QString::number(p.value.integer4)});
            break;
        case MQTTPROPERTY_TYPE_BINARY_DATA:
            out.append({name, QString::fromLatin1(lenBytes(p.value.data).toHex())});
            break;
        case MQTTPROPERTY_TYPE_UTF_8_ENCODED_STRING:
            out.append({name, lenString(p.value.data)});
            break;
        case MQTTPROPERTY_TYPE_UTF_8_STRING_PAIR:
            out.append(
                {name, lenString(p.value.data) + QLatin1Char('=') + lenString(p.value.value)});
            break;
        default:
            break;
        }
    }
    return out;
}

QString reasonString(const ::mqtt::properties &props)
{
    const MQTTProperties &c = props.c_struct();
    for (int i = 0; i < c.count; ++i)
        if (c.array[i].identifier == MQTTPROPERTY_CODE_REASON_STRING)
            return lenString(c.array[i].value.data);
    return {};
}

} // namespace deck::mqtt::paho
