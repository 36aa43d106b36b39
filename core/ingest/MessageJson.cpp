#include "MessageJson.h"

#include "mqtt/TopicValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deck {

namespace {
void putBytes(QJsonObject &obj, const QString &key, QByteArrayView bytes)
{
    const QByteArray copy = bytes.toByteArray();
    if (mqtt::TopicValidator::isValidUtf8(copy)) {
        obj.insert(key, QString::fromUtf8(copy));
        obj.insert(key + QStringLiteral("_encoding"), QStringLiteral("utf8"));
    } else {
        obj.insert(key, QString::fromLatin1(copy.toBase64()));
        obj.insert(key + QStringLiteral("_encoding"), QStringLiteral("base64"));
    }
}
} // namespace

QByteArray messageToJsonLine(const Message &message)
{
    QJsonObject obj;
    obj.insert(QStringLiteral("topic"), message.topicString());
    putBytes(obj, QStringLiteral("payload"), message.payload());
    obj.insert(QStringLiteral("payload_size"), qint64(message.payload().size()));
    obj.insert(QStringLiteral("qos"), message.qos());
    obj.insert(QStringLiteral("retain"), message.isRetained());
    obj.insert(QStringLiteral("dup"), message.isDuplicate());
    obj.insert(QStringLiteral("received_at"),
               QDateTime::fromMSecsSinceEpoch(message.receivedAtMs(), Qt::UTC)
                   .toString(Qt::ISODateWithMs));
    if (message.hasProperties()) {
        const mqtt::MessageProperties &p = message.properties();
        QJsonObject props;
        if (p.payloadIsUtf8)
            props.insert(QStringLiteral("payload_format_indicator"), *p.payloadIsUtf8 ? 1 : 0);
        if (p.messageExpirySeconds)
            props.insert(QStringLiteral("message_expiry_interval"),
                         qint64(*p.messageExpirySeconds));
        if (!p.contentType.isEmpty())
            props.insert(QStringLiteral("content_type"), p.contentType);
        if (!p.responseTopic.isEmpty())
            props.insert(QStringLiteral("response_topic"), p.responseTopic);
        if (!p.correlationData.isEmpty())
            putBytes(props, QStringLiteral("correlation_data"), p.correlationData);
        if (!p.userProperties.isEmpty()) {
            QJsonArray users;
            for (const auto &[name, value] : p.userProperties)
                users.append(QJsonArray{name, value});
            props.insert(QStringLiteral("user_properties"), users);
        }
        if (!p.subscriptionIdentifiers.isEmpty()) {
            QJsonArray ids;
            for (quint32 id : p.subscriptionIdentifiers)
                ids.append(qint64(id));
            props.insert(QStringLiteral("subscription_identifiers"), ids);
        }
        if (p.topicAlias)
            props.insert(QStringLiteral("topic_alias"), int(*p.topicAlias));
        obj.insert(QStringLiteral("properties"), props);
    }
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

} // namespace deck
