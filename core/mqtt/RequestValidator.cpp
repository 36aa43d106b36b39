#include "Requests.h"

#include "TopicValidator.h"

namespace deck::mqtt {

QString RequestValidator::checkSubscriptions(const QList<Subscription> &subscriptions,
                                             MqttVersion version)
{
    if (subscriptions.isEmpty())
        return tr("No topic filter to subscribe to. Enter at least one filter.");
    const bool v5 = version == MqttVersion::V5;
    const quint32 identifier = subscriptions.first().subscriptionIdentifier;
    for (const Subscription &s : subscriptions) {
        if (QString e = TopicValidator::checkTopicFilter(s.filter); !e.isEmpty())
            return e;
        if (s.qos < 0 || s.qos > 2)
            return tr("The QoS %1 for \"%2\" is invalid: use 0, 1 or 2.").arg(s.qos).arg(s.filter);
        if (!v5 && (s.noLocal || s.retainAsPublished || s.retainHandling != 0 ||
                    s.subscriptionIdentifier != 0))
            return tr("No local, retain as published, retain handling and subscription "
                      "identifiers are MQTT 5 options. Connect with MQTT 5 or remove them.");
        if (s.retainHandling < 0 || s.retainHandling > 2)
            return tr("Retain handling must be 0 (send retained), 1 (only for a new "
                      "subscription) or 2 (never).");
        if (s.subscriptionIdentifier > 268435455u)
            return tr("A subscription identifier must be between 1 and 268,435,455.");
        if (s.subscriptionIdentifier != identifier)
            return tr("MQTT 5 carries one subscription identifier per SUBSCRIBE: subscribe "
                      "to filters with different identifiers separately.");
        if (s.noLocal && s.filter.startsWith(QLatin1String("$share/")))
            return tr("No local cannot be used on a shared subscription (%1).").arg(s.filter);
    }
    return {};
}

QString RequestValidator::checkPublish(const OutgoingMessage &message, MqttVersion version)
{
    if (QString e = TopicValidator::checkTopicName(message.topic); !e.isEmpty())
        return e;
    if (message.qos < 0 || message.qos > 2)
        return tr("The QoS %1 is invalid: use 0, 1 or 2.").arg(message.qos);
    const bool v5 = version == MqttVersion::V5;
    const MessageProperties &p = message.properties;
    if (!v5 && !p.isEmpty())
        return tr("Message properties (content type, expiry, response topic, correlation "
                  "data, user properties) need MQTT 5. Connect with MQTT 5 or remove them.");
    if (p.payloadIsUtf8.value_or(false) && !TopicValidator::isValidUtf8(message.payload))
        return tr("The payload is marked as UTF-8 text (payload format indicator) but is not "
                  "valid UTF-8. Fix the payload or drop the indicator.");
    if (!p.responseTopic.isEmpty())
        if (QString e = TopicValidator::checkTopicName(p.responseTopic); !e.isEmpty())
            return tr("Response topic: %1").arg(e);
    for (const auto &[name, value] : p.userProperties)
        for (const QString &s : {name, value})
            if (QString e = TopicValidator::checkMqttString(s.toUtf8(), tr("user property"));
                !e.isEmpty())
                return e;
    return {};
}

} // namespace deck::mqtt
