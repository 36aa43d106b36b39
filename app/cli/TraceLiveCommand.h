#pragma once

#include "connection/ConnectionContext.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>
#include <QTimer>

namespace deck::cli {

/// `mqttdeck-cli trace [connection flags] [-t FILTER]... [--publish TOPIC PAYLOAD]...
/// [--duration S] [--json]`: connects through the packet trace (a relay in the process between
/// the MQTT library and the broker), subscribes and publishes as asked, and prints every packet
/// both ways as it crosses, until --duration has passed; then disconnects cleanly.
class TraceLiveCommand : public QObject
{
    Q_OBJECT
public:
    explicit TraceLiveCommand(QObject *parent = nullptr);
    /// An exit code when it cannot start, -1 when running.
    int start(const QStringList &args);
    static QString usage();

private:
    void print();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    QList<mqtt::OutgoingMessage> m_publishes;
    QTimer m_printTimer;
    QTimer m_duration;
    bool m_json = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};

} // namespace deck::cli
