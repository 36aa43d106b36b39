#include "SubCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "ingest/MessageJson.h"
#include "mqtt/TopicValidator.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#include <cstdio>

namespace deck::cli {

SubCommand::SubCommand(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        CliOutput::error(tr("timed out after -W seconds."));
        finish(ExitTimeout);
    });
}

void SubCommand::connectSignals()
{
    mqtt::Session *session = &m_context->session();
    connect(session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        if (m_context->session().state() != mqtt::Session::State::Reconnecting)
            finish(ExitConnectFailed);
    });
    connect(session, &mqtt::Session::connectionLost, this,
            [this](const mqtt::DisconnectInfo &info) {
                CliOutput::lost(info);
                if (!m_args.options.reconnect.enabled)
                    finish(ExitConnectionLost);
            });
    connect(session, &mqtt::Session::reconnectScheduled, this, [](int delayMs, int attempt) {
        CliOutput::warning(
            tr("reconnecting in %1 s (attempt %2).").arg(delayMs / 1000.0, 0, 'f', 1).arg(attempt));
    });
    // Subscribing on connect (and restoring after a reconnection) is the context's policy.
    connect(m_context.get(), &ConnectionContext::problem, this, [this](const QString &text) {
        CliOutput::error(text);
        finish(ExitUsage);
    });
    connect(session, &mqtt::Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                if (CliOutput::subscribeOutcome(result))
                    return;
                const bool refused =
                    std::any_of(result.outcomes.cbegin(), result.outcomes.cend(),
                                [](const mqtt::SubscriptionOutcome &o) { return o.answered; });
                finish(refused ? ExitRefused : ExitConnectionLost);
            });
    connect(session, &mqtt::Session::closed, this, [this] {
        drainOutput();
        QCoreApplication::exit(ExitOk);
    });
}

QString SubCommand::usage()
{
    return tr("Usage: mqttdeck-cli sub -t FILTER [-t FILTER...] [options]\n"
              "Subscribes and prints one line per message.\n\n"
              "Subscription:\n"
              "  -t, --topic FILTER          topic filter (repeatable; + and # wildcards)\n"
              "  -q, --qos 0|1|2             requested QoS (default 0)\n"
              "      --no-local              MQTT 5: do not receive our own messages\n"
              "      --retain-as-published   MQTT 5: keep the retain flag as published\n"
              "      --retain-handling 0|1|2 MQTT 5: 0 send retained, 1 only if new, 2 never\n"
              "Output:\n"
              "  -v, --verbose               print \"topic payload\" (default: payload only)\n"
              "      --json                  one JSON object per line with QoS, retain, dup and "
              "every MQTT 5 property\n"
              "  -N                          no newline after the payload\n"
              "  -R                          skip retained messages (print only live ones)\n"
              "  -C, --count N               exit after N messages\n"
              "  -W, --timeout SECONDS       exit with code 5 if not done within SECONDS\n\n") +
           mqtt::ConnectionArguments::help();
}

int SubCommand::start(const QStringList &args)
{
    QStringList filters;
    int qos = 0;
    bool noLocal = false, rap = false;
    int retainHandling = 0;
    int timeoutSeconds = 0;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        QString v;
        int n = 0;
        if (a == QLatin1String("-t") || a == QLatin1String("--topic")) {
            if (!cursor.value(&v))
                return ExitUsage;
            filters << v;
        } else if (a == QLatin1String("-q") || a == QLatin1String("--qos")) {
            if (!cursor.number(0, 2, &qos))
                return ExitUsage;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
            m_format.verbose = true;
        } else if (a == QLatin1String("--json")) {
            m_format.json = true;
        } else if (a == QLatin1String("-N")) {
            m_format.noNewline = true;
        } else if (a == QLatin1String("-R")) {
            m_format.skipRetained = true;
        } else if (a == QLatin1String("-C") || a == QLatin1String("--count")) {
            if (!cursor.number(1, INT_MAX, &n))
                return ExitUsage;
            m_count = n;
        } else if (a == QLatin1String("-W") || a == QLatin1String("--timeout")) {
            if (!cursor.number(1, 86400 * 365, &timeoutSeconds))
                return ExitUsage;
        } else if (a == QLatin1String("--no-local")) {
            noLocal = true;
        } else if (a == QLatin1String("--retain-as-published")) {
            rap = true;
        } else if (a == QLatin1String("--retain-handling")) {
            if (!cursor.number(0, 2, &retainHandling))
                return ExitUsage;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli sub --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (!m_args.urlTopic.isEmpty())
        filters << m_args.urlTopic; // -L mqtt://host/filter
    if (filters.isEmpty()) {
        CliOutput::error(tr("no topic filter: give at least one with -t (for example -t '#')."));
        return ExitUsage;
    }
    for (const QString &f : std::as_const(filters)) {
        // Everything is checked before connecting: a bad filter must not cost a connection.
        if (QString e = mqtt::TopicValidator::checkTopicFilter(f); !e.isEmpty()) {
            CliOutput::error(e);
            return ExitUsage;
        }
        mqtt::Subscription s;
        s.filter = f;
        s.qos = qos;
        s.noLocal = noLocal;
        s.retainAsPublished = rap;
        s.retainHandling = retainHandling;
        s.subscriptionIdentifier = m_args.subscriptionIdentifier;
        m_subscriptions << s;
    }
    if (m_args.options.version == mqtt::MqttVersion::V311 &&
        (noLocal || rap || retainHandling != 0 || m_args.subscriptionIdentifier != 0)) {
        CliOutput::error(tr("--no-local, --retain-as-published, --retain-handling and "
                            "subscription identifiers need MQTT 5 (-V mqttv5)."));
        return ExitUsage;
    }
    ConnectionSettings settings;
    settings.options = m_args.options;
    settings.subscriptions = m_subscriptions;
    settings.retainAsPublished = false; // exactly what was asked
    settings.engine.keepTree = false;   // printing needs no tree
    settings.feedCapacity = 0;
    settings.retainedBoard = false;
    settings.fleet = false;
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);
    m_printer = std::make_shared<SubPrinter>(m_format, m_count, [this] {
        QMetaObject::invokeMethod(this, [this] { finish(ExitOk); }, Qt::QueuedConnection);
    });
    m_context->engine().addStage(m_printer);
    connectSignals();
    const QStringList errors = m_context->open();
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    if (timeoutSeconds > 0)
        m_timeout.start(timeoutSeconds * 1000);
    return -1;
}

void SubCommand::drainOutput()
{
    // Print what was received before the end: the engine and the printer run on their own
    // threads. Bounded, so that a stuck output cannot hold the exit for ever.
    if (!m_context)
        return;
    const Engine &engine = m_context->engine();
    for (int waited = 0; waited < 3000; waited += 5) {
        const EngineCounters c = engine.counters();
        const StageCounters p = m_printer->counters();
        if (c.queued <= 0 && c.applied >= p.delivered + p.dropped + p.queued && p.queued == 0)
            break;
        QThread::msleep(5);
    }
    std::fflush(stdout);
    if (const quint64 dropped = m_printer->counters().dropped; dropped > 0)
        CliOutput::warning(tr("%n message(s) were not printed: the output could not keep up.",
                              nullptr, int(std::min<quint64>(dropped, INT_MAX))));
}

void SubCommand::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (code == ExitOk && m_context->session().state() == mqtt::Session::State::Connected) {
        m_context->close(); // clean DISCONNECT; closed() prints what is left and ends
        return;
    }
    drainOutput();
    QCoreApplication::exit(code);
}

} // namespace deck::cli
