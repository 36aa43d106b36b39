#pragma once

#include "MessageProperties.h"
#include "ReasonCodes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace deck::mqtt {

/// Subscription request for one filter.
struct Subscription
{
    QString filter;
    int qos = 0;
    // MQTT 5 subscription options
    bool noLocal = false;
    bool retainAsPublished = false;
    int retainHandling = 0;             ///< 0 send retained, 1 only on new subscription, 2 never
    quint32 subscriptionIdentifier = 0; ///< 0 = none
};

/// A message to publish.
struct OutgoingMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    MessageProperties properties; ///< MQTT 5 only
};

/// Result of handing a request to the session: an id that the matching finished signal carries,
/// or the reason the request was refused before anything was sent.
struct Submitted
{
    quint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Checks subscribe and publish requests against the MQTT rules and the protocol version before
/// anything is sent. Each check returns an empty string, or one sentence saying what is wrong.
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
public:
    static QString checkSubscriptions(const QList<Subscription> &subscriptions,
                                      MqttVersion version);
    static QString checkPublish(const OutgoingMessage &message, MqttVersion version);
};

} // namespace deck::mqtt
