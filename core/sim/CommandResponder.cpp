#include "CommandResponder.h"

#include "mqtt/PahoSession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <iterator>

namespace deck::sim {

namespace {
const char *const kBehaviours[] = {"done", "reject", "fail", "late", "never", "twice"};
} // namespace

QString behaviourKey(CommandBehaviour behaviour)
{
    return QString::fromLatin1(kBehaviours[int(behaviour)]);
}

std::optional<CommandBehaviour> behaviourFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(kBehaviours)); ++i)
        if (key == QLatin1String(kBehaviours[i]))
            return CommandBehaviour(i);
    return std::nullopt;
}

CommandResponder::CommandResponder(mqtt::ConnectionOptions options,
                                   QList<QByteArray> devicePrefixes, QString env, QString tenant,
                                   QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_env(std::move(env)),
      m_tenant(std::move(tenant))
{
    for (int i = 0; i < devicePrefixes.size(); ++i) {
        const QByteArray &p = devicePrefixes[i];
        m_byPrefix.insert(p, i);
        m_byId.insert(QString::fromUtf8(p.mid(p.lastIndexOf('/') + 1)), i);
    }
}

CommandResponder::~CommandResponder() = default;

CommandBehaviour CommandResponder::behaviourOf(int index) const
{
    return m_fixed ? *m_fixed : CommandBehaviour(index % 6);
}

QStringList CommandResponder::start()
{
    m_session = std::make_unique<mqtt::PahoSession>();
    connect(m_session.get(), &mqtt::Session::connected, this, [this] {
        mqtt::Subscription stream, devices;
        stream.filter = QStringLiteral("%1/%2/+/+/+/command/+").arg(m_env, m_tenant);
        stream.qos = 1;
        devices.filter = QStringLiteral("devices/+/commands/+");
        devices.qos = 1;
        m_session->subscribe({stream, devices});
    });
    connect(m_session.get(), &mqtt::Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &r) {
                if (r.ok)
                    emit ready();
                else
                    m_problem = tr("the command responder could not subscribe: %1").arg(r.error);
            });
    connect(m_session.get(), &mqtt::Session::connectFailed, this,
            [this](const mqtt::ConnectResult &r) {
                m_problem = tr("the command responder could not connect: %1 %2")
                                .arg(r.codeName, r.explanation);
            });
    connect(m_session.get(), &mqtt::Session::messagesAvailable, this,
            &CommandResponder::onMessages);
    return m_session->open(m_options);
}

void CommandResponder::stop()
{
    if (m_session)
        m_session->close();
}

void CommandResponder::onMessages()
{
    std::vector<Message> messages;
    m_session->takeMessages(messages);
    for (const Message &m : messages)
        answer(m.topicBytes().toByteArray(), m.payloadCopy(), m.properties().responseTopic,
               m.properties().correlationData);
}

void CommandResponder::answer(const QByteArray &topic, const QByteArray &payload,
                              const QString &responseTopic, const QByteArray &correlation)
{
    const QList<QByteArray> levels = topic.split('/');
    int index = -1;
    QString ackTopic, resultTopic, deviceId;
    const QByteArray name = levels.last();
    if (levels.size() == 4 && levels[0] == "devices") {
        // devices/{id}/commands/{name}; the answers' own topics are not commands.
        if (name == "ack" || name == "result" || name == "response")
            return;
        deviceId = QString::fromUtf8(levels[1]);
        index = m_byId.value(deviceId, -1);
        ackTopic = QStringLiteral("devices/%1/commands/ack").arg(deviceId);
        resultTopic = QStringLiteral("devices/%1/commands/result").arg(deviceId);
    } else if (levels.size() == 7) {
        const QByteArray prefix = levels.mid(0, 5).join('/');
        index = m_byPrefix.value(prefix, -1);
        deviceId = QString::fromUtf8(levels[4]);
        ackTopic = QString::fromUtf8(prefix + "/ack/" + name);
        resultTopic = QString::fromUtf8(prefix + "/result/" + name);
    }
    if (index < 0)
        return; // not one of the simulated devices
    ++m_seen;
    if (!responseTopic.isEmpty())
        ackTopic = resultTopic = responseTopic;
    const QString id = QJsonDocument::fromJson(payload).object().value(QStringLiteral("command_id")).toString(
        QString::fromUtf8(correlation));
    const CommandBehaviour b = behaviourOf(index);
    QPointer<CommandResponder> self(this);
    auto later = [self](int ms, std::function<void()> f) {
        QTimer::singleShot(ms, [self, f] {
            if (self)
                f();
        });
    };
    auto send = [=](int ms, QString t, const char *status) {
        later(ms, [=] { self->reply(t, correlation, id, deviceId, status); });
    };
    switch (b) {
    case CommandBehaviour::Done:
        send(100, ackTopic, "accepted");
        send(200, resultTopic, "running");
        send(500, resultTopic, "done");
        break;
    case CommandBehaviour::Reject:
        send(100, ackTopic, "rejected");
        break;
    case CommandBehaviour::Fail:
        send(100, ackTopic, "accepted");
        send(200, resultTopic, "running");
        send(500, resultTopic, "failed");
        break;
    case CommandBehaviour::Late:
        send(m_lateSeconds * 1000, ackTopic, "accepted");
        send(m_lateSeconds * 1000 + 300, resultTopic, "done");
        break;
    case CommandBehaviour::Never:
        break;
    case CommandBehaviour::Twice:
        send(100, ackTopic, "accepted");
        send(150, ackTopic, "accepted");
        send(500, resultTopic, "done");
        send(550, resultTopic, "done");
        break;
    }
}

void CommandResponder::reply(const QString &topic, const QByteArray &correlation,
                             const QString &commandId, const QString &deviceId, const char *status)
{
    mqtt::OutgoingMessage m;
    m.topic = topic;
    m.qos = 1;
    m.payload = QJsonDocument(QJsonObject{{QStringLiteral("command_id"), commandId},
                                          {QStringLiteral("status"), QLatin1String(status)},
                                          {QStringLiteral("device_id"), deviceId},
                                          {QStringLiteral("ts"), QDateTime::currentDateTimeUtc()
                                                                     .toString(Qt::ISODateWithMs)}})
                    .toJson(QJsonDocument::Compact);
    if (m_options.version == mqtt::MqttVersion::V5 && !correlation.isEmpty())
        m.properties.correlationData = correlation;
    m_session->publish(m);
}

} // namespace deck::sim
