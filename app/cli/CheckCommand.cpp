#include "CheckCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "mqtt/TopicValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace deck::cli {

CheckCommand::CheckCommand(QObject *parent) : QObject(parent) {}

QString CheckCommand::usage()
{
    return tr("Usage: mqttdeck-cli check [connection flags] [--other-topic TOPIC]\n"
              "            [--command-topic TOPIC] [--own-topic TOPIC] [--oversize BYTES]\n"
              "            [--plain-port PORT] [--warn-days N] [observer flags] [--json]\n"
              "The security acceptance checks of a broker for the identity of the connection\n"
              "flags (typically a device's), each pass, fail, unknown or n/a with its evidence:\n"
              "  anonymous_refused        a CONNECT without credentials is refused\n"
              "  plaintext_closed         no plaintext MQTT listener beside TLS (--plain-port,\n"
              "                           default 1883); fails on a plain connection itself\n"
              "  wildcard_refused         '#' is not subscribable (nor delivering)\n"
              "  sys_refused              '$SYS/#' is not subscribable (nor delivering)\n"
              "  other_namespace_refused  publishing on --other-topic (another device's) refused\n"
              "  command_publish_refused  publishing on --command-topic refused\n"
              "  oversize_refused         a payload of --oversize bytes (default 1 MiB + 1) on\n"
              "                           --own-topic (default mqttdeck/check/<client id>) refused\n"
              "  certificate_valid        no certificate expires within --warn-days (default 30)\n"
              "Rights are tested as acl-probe does: by delivery through an observer when one is\n"
              "given, else from the broker's acknowledgements (\"unknown\" where they cannot tell).\n"
              "Nothing published is retained.\n\n") +
           ObserverArguments::help() +
           tr("  --json                one JSON object per check: check, result, title, evidence\n\n"
              "Exit codes: 0 every check passed (or n/a), 33 one failed, 34 none failed and some\n"
              "unknown, 1 bad arguments.\n\n") +
           mqtt::ConnectionArguments::help();
}

int CheckCommand::start(const QStringList &args)
{
    diagnostics::ChecklistSettings settings;
    int oversize = int(settings.oversizeBytes);
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        if (const auto o = m_observer.consume(a, cursor);
            o != ObserverArguments::Outcome::NotMine) {
            if (o == ObserverArguments::Outcome::Error)
                return ExitUsage;
        } else if (a == QLatin1String("--other-topic")) {
            if (!cursor.value(&settings.otherNamespaceTopic))
                return ExitUsage;
        } else if (a == QLatin1String("--command-topic")) {
            if (!cursor.value(&settings.commandTopic))
                return ExitUsage;
        } else if (a == QLatin1String("--own-topic")) {
            if (!cursor.value(&settings.ownTopic))
                return ExitUsage;
        } else if (a == QLatin1String("--oversize")) {
            if (!cursor.number(1, 256 * 1024 * 1024, &oversize))
                return ExitUsage;
        } else if (a == QLatin1String("--plain-port")) {
            if (!cursor.number(1, 65535, &settings.plainPort))
                return ExitUsage;
        } else if (a == QLatin1String("--warn-days")) {
            if (!cursor.number(0, 3650, &settings.warnDays))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli check --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    for (const QString &t : {settings.otherNamespaceTopic, settings.commandTopic, settings.ownTopic})
        if (!t.isEmpty())
            if (const QString e = mqtt::TopicValidator::checkTopicName(t); !e.isEmpty()) {
                CliOutput::error(tr("%1: %2").arg(t, e));
                return ExitUsage;
            }
    settings.oversizeBytes = oversize;
    if (const QString e = m_observer.options(m_args.options, &settings.observer); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    m_checklist = std::make_unique<diagnostics::SecurityChecklist>(m_args.options, settings);
    connect(m_checklist.get(), &diagnostics::SecurityChecklist::item, this, &CheckCommand::print);
    connect(m_checklist.get(), &diagnostics::SecurityChecklist::finished, this, [this] {
        const int code = m_failed > 0    ? int(ExitChecklistFailed)
                         : m_unknown > 0 ? int(ExitChecklistUnknown)
                                         : int(ExitOk);
        QTimer::singleShot(200, qApp, [code] { QCoreApplication::exit(code); });
    });
    m_checklist->start();
    return -1;
}

void CheckCommand::print(const diagnostics::ChecklistItem &item)
{
    using Result = diagnostics::ChecklistItem::Result;
    m_failed += item.result == Result::Fail;
    m_unknown += item.result == Result::Unknown;
    const QString result = diagnostics::ChecklistItem::resultKey(item.result);
    if (m_json) {
        const QJsonObject o{{QStringLiteral("check"), item.key},
                            {QStringLiteral("result"), result},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("evidence"), item.evidence}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%-7s %s\n        %s\n", qPrintable(result.toUpper()), qPrintable(item.title),
                    qPrintable(item.evidence));
    }
    std::fflush(stdout);
}

} // namespace deck::cli
