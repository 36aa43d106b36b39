#pragma once

#include "mqtt/ConnectionArguments.h"
#include "mqtt/PahoSession.h"

#include <QObject>
#include <QSet>

namespace deck::cli {

/// `mqttdeck-cli pub`: publish one or more messages and report the broker's answer
/// (mosquitto_pub's flags).
class PubCommand : public QObject
{
    Q_OBJECT
public:
    explicit PubCommand(QObject *parent = nullptr);
    /// `raw` holds the same arguments as bytes: -m passes binary payloads through unchanged.
    int start(const QStringList &args, const QByteArrayList &raw);
    static QString usage();

private:
    void publishAll();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    mqtt::PahoSession m_session;
    QList<mqtt::OutgoingMessage> m_messages;
    QSet<quint64> m_outstanding;
    int m_exitCode = 0;
    bool m_quiet = false;
    bool m_finishing = false;
    qint64 m_brokerMaximumPacket = 0; ///< from the CONNACK (MQTT 5), 0 when not announced
};

} // namespace deck::cli
