#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace deck::mqtt {

/// Checks topic names (publish) and topic filters (subscribe) against the MQTT rules before
/// anything reaches the network. Every check returns an empty string when the input is valid,
/// otherwise one sentence that says what is wrong and what to try.
class TopicValidator
{
    Q_DECLARE_TR_FUNCTIONS(TopicValidator)
public:
    /// A topic a message is published to: no wildcards, at least one character.
    static QString checkTopicName(const QByteArray &utf8);
    static QString checkTopicName(const QString &topic);
    /// A subscription filter: `+` alone in a level, `#` alone in the last level;
    /// `$share/{group}/{filter}` is checked as a shared subscription.
    static QString checkTopicFilter(const QByteArray &utf8);
    static QString checkTopicFilter(const QString &filter);
    /// Shared by topic checks and the MQTT string fields (client id, user name, properties):
    /// well-formed UTF-8, no NUL, at most 65,535 bytes.
    static QString checkMqttString(const QByteArray &utf8, const QString &what);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace deck::mqtt
