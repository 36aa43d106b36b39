#pragma once

#include "CommandEnd.h"

#include "connection/ConnectionContext.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>
#include <QTimer>

namespace deck::cli {

/// `mqttdeck-cli sparkplug rebirth`: asks an edge node for a rebirth (NCMD with
/// `Node Control/Rebirth` = true) and waits for its new NBIRTH.
class SparkplugCommand : public QObject
{
    Q_OBJECT
public:
    explicit SparkplugCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void request();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    std::shared_ptr<MessageStage> m_watcher;
    QString m_group, m_node;
    QTimer m_timeout;
    int m_timeoutSeconds = 10;
    qint64 m_sentAtMs = 0;
    CommandEnd m_end;
};

} // namespace deck::cli
