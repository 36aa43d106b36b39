#include "SparkplugCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "fleet/SparkplugTracker.h"
#include "mqtt/TopicValidator.h"
#include "payload/SparkplugB.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <cstdio>

namespace deck::cli {

namespace {

/// Watches the node's topics (engine thread) and tells the command, in its thread, what came.
class NodeWatcher : public MessageStage
{
public:
    NodeWatcher(QByteArray filter, QObject *target,
                std::function<void(QByteArray type, qint64 at, QByteArray payload)> seen)
        : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the rebirth watch")),
                       StageFilter({filter})),
          m_target(target), m_seen(std::move(seen))
    {
    }
    void consume(const Message &m) override
    {
        // spBv1.0/{group}/{TYPE}/{node}
        const QList<QByteArray> levels = m.topicBytes().toByteArray().split('/');
        if (levels.size() != 4)
            return;
        QMetaObject::invokeMethod(
            m_target,
            [seen = m_seen, type = levels[2], at = m.receivedAtMs(),
             payload = m.payload().toByteArray()] { seen(type, at, payload); },
            Qt::QueuedConnection);
    }

private:
    QObject *m_target;
    std::function<void(QByteArray, qint64, QByteArray)> m_seen;
};

bool validLevel(const QString &s)
{
    return !s.isEmpty() && !s.contains(QLatin1Char('/')) && !s.contains(QLatin1Char('+')) &&
           !s.contains(QLatin1Char('#'));
}

} // namespace

SparkplugCommand::SparkplugCommand(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        CliOutput::error(tr("no NBIRTH from %1/%2 within %3 s after the rebirth request. Is the "
                            "node connected, and does it subscribe to its NCMD topic?")
                             .arg(m_group, m_node)
                             .arg(m_timeoutSeconds));
        finish(ExitTimeout);
    });
}

QString SparkplugCommand::usage()
{
    return tr("Usage: mqttdeck-cli sparkplug rebirth [connection flags] --group G --node N\n"
              "                                     [--timeout SECONDS]\n"
              "Asks a Sparkplug B edge node for a rebirth (NCMD spBv1.0/G/NCMD/N with the metric\n"
              "Node Control/Rebirth = true) and waits for its new NBIRTH: exit 0 when it comes in\n"
              "time (default 10 s), 5 when it does not, 3 when the broker refuses the request.\n"
              "MQTT Deck never publishes spBv1.0/STATE/...: it is not a primary host.\n\n") +
           mqtt::ConnectionArguments::help();
}

int SparkplugCommand::start(const QStringList &args)
{
    QStringList rest = args;
    if (rest.isEmpty() || rest.first() == QLatin1String("--help")) {
        std::fputs(qPrintable(usage()), rest.isEmpty() ? stderr : stdout);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.takeFirst() != QLatin1String("rebirth")) {
        CliOutput::error(tr("mqttdeck-cli sparkplug knows one action: rebirth. See --help."));
        return ExitUsage;
    }
    ArgumentCursor cursor(rest, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        if (a == QLatin1String("--group")) {
            if (!cursor.value(&m_group))
                return ExitUsage;
        } else if (a == QLatin1String("--node")) {
            if (!cursor.value(&m_node))
                return ExitUsage;
        } else if (a == QLatin1String("--timeout")) {
            if (!cursor.number(1, 3600, &m_timeoutSeconds))
                return ExitUsage;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(
                tr("unknown option \"%1\". See mqttdeck-cli sparkplug --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (!validLevel(m_group) || !validLevel(m_node)) {
        CliOutput::error(tr("--group and --node must each be one topic level (not empty, no /, "
                            "+ or #)."));
        return ExitUsage;
    }
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    ConnectionSettings settings;
    settings.options = m_args.options;
    mqtt::Subscription node;
    node.filter = QStringLiteral("spBv1.0/%1/+/%2").arg(m_group, m_node);
    settings.subscriptions = {node};
    settings.retainAsPublished = false;
    settings.engine.keepTree = false;
    settings.feedCapacity = 0;
    settings.retainedBoard = false;
    settings.fleet = false;
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);
    m_watcher = std::make_shared<NodeWatcher>(
        node.filter.toUtf8(), this, [this](const QByteArray &type, qint64 at, const QByteArray &p) {
            if (type != "NBIRTH" || m_sentAtMs == 0 || at < m_sentAtMs || m_end.finishing())
                return;
            payload::SparkplugRead read;
            const bool ok = payload::readSparkplug(p, read, 10000);
            QString bdSeq = tr("unknown");
            for (const auto &m : read.metrics)
                if (m.name && *m.name == QLatin1String("bdSeq") && m.integer)
                    bdSeq = QString::number(*m.integer);
            std::printf("%s\n",
                        qPrintable(tr("NBIRTH from %1/%2 %3 ms after the request (bdSeq %4, %5 "
                                      "metrics)%6")
                                       .arg(m_group, m_node)
                                       .arg(at - m_sentAtMs)
                                       .arg(bdSeq)
                                       .arg(read.metricCount)
                                       .arg(ok ? QString() : tr("; its payload is not valid Sparkplug B"))));
            std::fflush(stdout);
            finish(ExitOk);
        });
    m_context->engine().addStage(m_watcher);
    mqtt::Session *session = &m_context->session();
    connect(session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        finish(ExitConnectFailed);
    });
    connect(session, &mqtt::Session::connectionLost, this, [this](const mqtt::DisconnectInfo &i) {
        CliOutput::lost(i);
        finish(ExitConnectionLost);
    });
    connect(session, &mqtt::Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                if (!CliOutput::subscribeOutcome(result)) {
                    finish(ExitRefused);
                    return;
                }
                request();
            });
    connect(session, &mqtt::Session::publishFinished, this,
            [this](quint64, const mqtt::PublishResult &r) {
                if (!r.ok) {
                    CliOutput::error(tr("the rebirth request was not delivered: %1")
                                         .arg(r.codeName.isEmpty()
                                                  ? r.error
                                                  : r.codeName + QStringLiteral(". ") +
                                                        r.explanation));
                    finish(ExitRefused);
                }
            });
    m_end.watch(this, session);
    if (const QStringList errors = m_context->open(); !errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    return -1;
}

void SparkplugCommand::request()
{
    mqtt::OutgoingMessage m;
    m.topic = QStringLiteral("spBv1.0/%1/NCMD/%2").arg(m_group, m_node);
    m.payload = fleet::SparkplugTracker::rebirthRequest(QDateTime::currentMSecsSinceEpoch());
    m.qos = 1; // the broker's answer says whether it was accepted (Sparkplug allows QoS 0 or 1)
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    if (const mqtt::Submitted s = m_context->session().publish(m); !s.ok()) {
        CliOutput::error(s.error);
        finish(ExitRefused);
        return;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("rebirth requested on %1; waiting up to %2 s for the NBIRTH…")
                                .arg(m.topic)
                                .arg(m_timeoutSeconds)));
    m_timeout.start(m_timeoutSeconds * 1000);
}

void SparkplugCommand::finish(int code)
{
    if (!m_end.finishing())
        m_timeout.stop();
    m_end.finish(code, m_context ? &m_context->session() : nullptr);
}

} // namespace deck::cli
