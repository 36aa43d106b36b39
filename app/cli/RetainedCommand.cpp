#include "RetainedCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "mqtt/TopicValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace deck::cli {

RetainedCommand::RetainedCommand(QObject *parent) : QObject(parent)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &RetainedCommand::print);
}

QString RetainedCommand::usage()
{
    return tr("Usage: mqttdeck-cli retained [connection flags] [-t FILTER]... [--wait SECONDS]\n"
              "                             [--large BYTES] [--json]\n"
              "Lists the retained values the broker keeps under the filters (default '#'), with\n"
              "their anti-patterns: retained_command (a reconnecting device would replay it),\n"
              "retained_telemetry, large (over --large bytes, default 16384). Publishes nothing.\n\n"
              "  -t, --topic FILTER   where to look (repeatable)\n"
              "  --wait SECONDS       how long to collect after subscribing (default 2)\n"
              "  --json               one JSON object per topic per line: topic, size, qos, flags\n\n") +
           mqtt::ConnectionArguments::help();
}

int RetainedCommand::start(const QStringList &args)
{
    QStringList filters;
    int waitSeconds = 2, large = 16 * 1024;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        QString v;
        if (a == QLatin1String("-t") || a == QLatin1String("--topic")) {
            if (!cursor.value(&v))
                return ExitUsage;
            filters << v;
        } else if (a == QLatin1String("--wait")) {
            if (!cursor.number(0, 3600, &waitSeconds))
                return ExitUsage;
        } else if (a == QLatin1String("--large")) {
            if (!cursor.number(1, 256 * 1024 * 1024, &large))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli retained --help.").arg(a));
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
        filters << m_args.urlTopic;
    if (filters.isEmpty())
        filters << QStringLiteral("#");
    ConnectionSettings settings;
    settings.options = m_args.options;
    for (const QString &f : std::as_const(filters)) {
        if (const QString e = mqtt::TopicValidator::checkTopicFilter(f); !e.isEmpty()) {
            CliOutput::error(e);
            return ExitUsage;
        }
        mqtt::Subscription s;
        s.filter = f;
        s.qos = 1;
        settings.subscriptions << s;
    }
    // Without "retain as published" only what the broker sends from its store is retained.
    settings.retainAsPublished = false;
    settings.engine.keepTree = false;
    settings.feedCapacity = 0;
    settings.fleet = false;
    settings.retainedBoard = false; // its own board below, with --large
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);
    m_board = std::make_shared<fleet::RetainedBoard>(large);
    m_context->engine().addStage(m_board);
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
            [this, waitSeconds](quint64, const mqtt::SubscribeResult &result) {
                if (!CliOutput::subscribeOutcome(result)) {
                    finish(ExitRefused);
                    return;
                }
                m_wait.start(waitSeconds * 1000);
            });
    connect(m_context.get(), &ConnectionContext::problem, this, [this](const QString &text) {
        CliOutput::error(text);
        finish(ExitUsage);
    });
    m_end.watch(this, session);
    if (const QStringList errors = m_context->open(); !errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    return -1;
}

void RetainedCommand::print()
{
    // After the next notification: what arrived last is in the snapshot.
    QTimer::singleShot(250, this, [this] {
        const auto snap = m_board->snapshot();
        for (const auto &e : snap->entries) {
            QByteArray line;
            if (m_json) {
                line = QJsonDocument(QJsonObject{{QStringLiteral("topic"), e->topic},
                                                 {QStringLiteral("size"), e->size},
                                                 {QStringLiteral("qos"), e->qos},
                                                 {QStringLiteral("flags"),
                                                  QJsonArray::fromStringList(e->flags)}})
                           .toJson(QJsonDocument::Compact);
            } else {
                line = QStringLiteral("%1  %2 B  QoS %3%4")
                           .arg(e->topic)
                           .arg(e->size)
                           .arg(e->qos)
                           .arg(e->flags.isEmpty() ? QString()
                                                   : QStringLiteral("  ") +
                                                         e->flags.join(QStringLiteral(", ")))
                           .toUtf8();
            }
            line += '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        }
        if (!m_json)
            std::printf("%s\n", qPrintable(tr("%n retained topic(s)", nullptr,
                                               int(snap->entries.size()))));
        if (snap->dropped > 0)
            CliOutput::warning(tr("%1 more retained topics were not listed (the limit is "
                                  "200,000).")
                                   .arg(snap->dropped));
        std::fflush(stdout);
        finish(ExitOk);
    });
}

void RetainedCommand::finish(int code)
{
    m_end.finish(code, m_context ? &m_context->session() : nullptr);
}

} // namespace deck::cli
