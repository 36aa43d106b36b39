#pragma once

#include "SubPrinter.h"
#include "connection/ConnectionContext.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace deck::cli {

/// `mqttdeck-cli sub`: subscribe and print one line per message (mosquitto_sub's flags). The
/// messages go through a connection context's engine (no tree) to a printing stage.
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
    void connectSignals();
    void drainOutput();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    std::shared_ptr<SubPrinter> m_printer;
    QList<mqtt::Subscription> m_subscriptions;
    QTimer m_timeout;
    qint64 m_count = -1; ///< -C: messages to print; -1 = unlimited
    SubPrinter::Format m_format;
    bool m_finishing = false;
};

} // namespace deck::cli
