#pragma once

#include "mqtt/ConnectionOptions.h"
#include "mqtt/Session.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace deck::sim {

/// How a simulated device answers a command.
enum class CommandBehaviour {
    Done,   ///< accepted, running, done
    Reject, ///< rejected
    Fail,   ///< accepted, running, failed
    Late,   ///< accepted and done, but only after lateSeconds
    Never,  ///< no answer at all
    Twice   ///< every answer sent twice (a duplicate ack and a duplicate result)
};
QString behaviourKey(CommandBehaviour behaviour);
std::optional<CommandBehaviour> behaviourFromKey(const QString &key);

/// The simulated fleet's answers to commands, on one connection of its own (MQTT 5, so that
/// request/response works; 3.1.1 when asked): it subscribes to the stream convention's
/// {env}/{tenant}/+/+/+/command/+ and the devices convention's devices/+/commands/+ and answers
/// for the device the topic names (a simulated device's prefix, or devices/gw-NNN), on
/// …/ack/{name} and …/result/{name}, devices/{id}/commands/ack and …/result, or — when the
/// command carries a response topic — there, with its correlation data. Each device's behaviour
/// is `fixed` when set, otherwise by its index: gw-001 done, gw-002 reject, gw-003 fail,
/// gw-004 late, gw-005 never, gw-006 twice, gw-007 done again, and so on.
class CommandResponder : public QObject
{
    Q_OBJECT
public:
    /// `devicePrefixes[i]` is the topic prefix of device i ("prod/acme/paris/line-01/gw-001").
    CommandResponder(mqtt::ConnectionOptions options, QList<QByteArray> devicePrefixes,
                     QString env, QString tenant, QObject *parent = nullptr);
    ~CommandResponder() override;

    void setFixedBehaviour(std::optional<CommandBehaviour> behaviour) { m_fixed = behaviour; }
    void setLateSeconds(int seconds) { m_lateSeconds = seconds; }
    CommandBehaviour behaviourOf(int deviceIndex) const;

    /// Connects and subscribes; errors (invalid options) in words.
    QStringList start();
    void stop();
    quint64 commandsSeen() const { return m_seen; }
    /// The last connection problem, in words (empty: none).
    QString lastProblem() const { return m_problem; }

signals:
    void ready(); ///< subscribed: commands are answered from now on

private:
    void onMessages();
    void answer(const QByteArray &topic, const QByteArray &payload, const QString &responseTopic,
                const QByteArray &correlation);
    void reply(const QString &topic, const QByteArray &correlation, const QString &commandId,
               const QString &deviceId, const char *status);

    mqtt::ConnectionOptions m_options;
    std::unique_ptr<mqtt::Session> m_session;
    QHash<QByteArray, int> m_byPrefix;
    QHash<QString, int> m_byId;
    QString m_env, m_tenant;
    std::optional<CommandBehaviour> m_fixed;
    int m_lateSeconds = 5;
    quint64 m_seen = 0;
    QString m_problem;
};

} // namespace deck::sim
