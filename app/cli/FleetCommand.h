#pragma once

#include "CommandEnd.h"

#include "connection/ConnectionContext.h"
#include "fleet/FleetStage.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>
#include <QTimer>

namespace deck::cli {

/// `mqttdeck-cli fleet`: the fleet a broker's traffic shows (status topics, wills, heartbeats,
/// Sparkplug births and deaths), once after collecting for a while or as it changes.
class FleetCommand : public QObject
{
    Q_OBJECT
public:
    explicit FleetCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void printOnce();
    void printChanges();
    void printDevice(const fleet::Device &device);
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    std::shared_ptr<fleet::FleetStage> m_stage;
    QTimer m_wait;
    bool m_watch = false;
    bool m_json = false;
    quint64 m_printedGeneration = 0;
    CommandEnd m_end;
};

} // namespace deck::cli
