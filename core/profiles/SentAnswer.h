#pragma once

#include "mqtt/ConnectionOptions.h"
#include "mqtt/Results.h"

#include <QCoreApplication>
#include <QString>

namespace deck::profiles {

/// The broker's answer to a sent message as stored: codes, not sentences ("ok:5:16",
/// "refused:5:135", "qos0", "waiting", "failed:<library text>"), put into words when shown, in
/// the language of the window of the day (a French window no longer shows English answers
/// stored the week before). Rows stored as sentences by earlier versions are shown as they are.
class SentAnswer
{
    Q_DECLARE_TR_FUNCTIONS(SentAnswer)
public:
    static QString waiting();
    static QString qos0();
    static QString fromResult(const mqtt::PublishResult &result, mqtt::MqttVersion version);
    /// In words, in the current language.
    static QString text(const QString &stored);
    /// Whether the broker (or the library) said no.
    static bool isRefusal(const QString &stored);
};

} // namespace deck::profiles
