#pragma once

#include "mqtt/ConnectionArguments.h"
#include "mqtt/PahoSession.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace deck::cli {

/// `mqttdeck-cli sub`: subscribe and print one line per message (mosquitto_sub's flags).
class SubCommand : public QObject
{
    Q_OBJECT
public:
    explicit SubCommand(QObject *parent = nullptr);
    /// Parses the arguments after "sub" and starts; returns an exit code when it cannot start,
    /// -1 when running (the event loop's exit code is the result).
    int start(const QStringList &args);
    static QString usage();

private:
    void onMessages();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    mqtt::PahoSession m_session;
    QList<mqtt::Subscription> m_subscriptions;
    std::vector<Message> m_batch;
    QTimer m_timeout;
    qint64 m_remaining = -1; ///< -C: messages still to print; -1 = unlimited
    bool m_json = false;
    bool m_verbose = false;
    bool m_skipRetained = false;
    bool m_noNewline = false;
    bool m_finishing = false;
};

} // namespace deck::cli
