#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace deck::mqtt {

using UserProperties = QList<QPair<QString, QString>>;

/// The MQTT 5 properties a PUBLISH can carry, in both directions. Absent optional fields were
/// not present on the wire (which differs from a present zero).
struct MessageProperties
{
    std::optional<bool> payloadIsUtf8; ///< Payload Format Indicator (1 = UTF-8)
    std::optional<quint32> messageExpirySeconds;
    QString contentType;
    QString responseTopic;
    QByteArray correlationData;
    UserProperties userProperties;
    QList<quint32> subscriptionIdentifiers; ///< received only
    std::optional<quint16> topicAlias;      ///< received only

    bool isEmpty() const
    {
        return !payloadIsUtf8 && !messageExpirySeconds && contentType.isEmpty() &&
               responseTopic.isEmpty() && correlationData.isEmpty() && userProperties.isEmpty() &&
               subscriptionIdentifiers.isEmpty() && !topicAlias;
    }
};

} // namespace deck::mqtt
