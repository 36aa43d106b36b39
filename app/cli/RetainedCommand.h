#pragma once

#include "CommandEnd.h"

#include "connection/ConnectionContext.h"
#include "fleet/RetainedBoard.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>
#include <QTimer>

namespace deck::cli {

/// `mqttdeck-cli retained`: every retained value under the filters, with its anti-patterns.
class RetainedCommand : public QObject
{
    Q_OBJECT
public:
    explicit RetainedCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void print();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    std::shared_ptr<fleet::RetainedBoard> m_board;
    QTimer m_wait;
    bool m_json = false;
    CommandEnd m_end;
};

} // namespace deck::cli
