#include "JournalCommand.h"

#include "CliOutput.h"
#include "CommandCommand.h"
#include "commands/CommandBuilder.h"
#include "commands/CommandJournal.h"
#include "storage/Journal.h"

#include <QFileInfo>

#include <cstdio>

namespace deck::cli {

using namespace commands;

namespace {
void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}
void outLine(const QString &text)
{
    out(text.toUtf8() + '\n');
}
QString duration(qint64 fromMs, qint64 toMs)
{
    return fromMs > 0 && toMs >= fromMs ? QStringLiteral("%1 ms").arg(toMs - fromMs) : QStringLiteral("-");
}
} // namespace

QString JournalCommand::usage()
{
    return tr("Usage: mqttdeck-cli journal list [--journal FILE]\n"
              "       mqttdeck-cli journal show COMMAND_ID [--journal FILE]\n"
              "       mqttdeck-cli journal export --format csv|jsonl [--journal FILE]\n"
              "       mqttdeck-cli journal verify [--journal FILE]\n"
              "The command journal: every command sent (who, what, to whom, why, through which\n"
              "broker) and every step of each, in one hash-chained sequence.\n"
              "  list     the newest commands first: state, target, operator, time to ack and to\n"
              "           result\n"
              "  show     one command with its timeline and the payloads exchanged\n"
              "  export   every entry in chain order, as CSV or JSON lines, to stdout\n"
              "  verify   recomputes the chain: exit 0 when intact (and prints the last hash),\n"
              "           20 naming the first entry changed, removed or inserted\n"
              "  --journal FILE  default journal.sqlite in the data directory\n"
              "Exit codes: 0 done, 1 bad arguments or unknown command id, 6 the journal cannot be\n"
              "read (missing, not a journal), 20 the chain is broken.\n");
}

int JournalCommand::run(const QStringList &all)
{
    QStringList args = all;
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        std::fputs(qPrintable(usage()), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString action = args.takeFirst();
    QString path = storage::Journal::defaultPath(), format, id;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if ((a == QLatin1String("--journal") || a == QLatin1String("--format")) &&
            i + 1 < args.size())
            (a == QLatin1String("--journal") ? path : format) = args[++i];
        else if (action == QLatin1String("show") && id.isEmpty() && !a.startsWith(u'-'))
            id = a;
        else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\" or missing value. See mqttdeck-cli journal "
                                "--help.")
                                 .arg(a));
            return ExitUsage;
        }
    }
    const QStringList actions{QStringLiteral("list"), QStringLiteral("show"),
                              QStringLiteral("export"), QStringLiteral("verify")};
    if (!actions.contains(action)) {
        CliOutput::error(tr("mqttdeck-cli journal knows list, show, export and verify, not "
                            "\"%1\".")
                             .arg(action));
        return ExitUsage;
    }
    if (action == QLatin1String("show") && id.isEmpty()) {
        CliOutput::error(tr("journal show needs a command id (see journal list)."));
        return ExitUsage;
    }
    if (action == QLatin1String("export") && format != QLatin1String("csv") &&
        format != QLatin1String("jsonl")) {
        CliOutput::error(tr("journal export needs --format csv or --format jsonl."));
        return ExitUsage;
    }
    if (!QFileInfo::exists(path)) {
        CliOutput::error(tr("there is no journal at %1 (no command was sent with it).").arg(path));
        return ExitJournal;
    }
    CommandJournal journal;
    if (const storage::Status s = journal.open(path); !s) {
        CliOutput::error(s.error());
        return ExitJournal;
    }
    if (action == QLatin1String("verify")) {
        const storage::Result<ChainReport> r = journal.verify();
        if (!r) {
            CliOutput::error(r.error());
            return ExitJournal;
        }
        if (!r.value().intact) {
            CliOutput::error(tr("the journal %1 was tampered with: %2").arg(path, r.value().problem));
            return ExitJournalBroken;
        }
        outLine(tr("intact: %n entries, last hash %1", nullptr, int(r.value().entries))
                    .arg(r.value().headHash.isEmpty() ? tr("(none)") : r.value().headHash));
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        const storage::Result<QByteArray> r =
            format == QLatin1String("csv") ? journal.exportCsv() : journal.exportJsonLines();
        if (!r) {
            CliOutput::error(r.error());
            return ExitJournal;
        }
        out(r.value());
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        const storage::Result<QList<TrackedCommand>> r = journal.commands();
        if (!r) {
            CliOutput::error(r.error());
            return ExitJournal;
        }
        for (const TrackedCommand &c : r.value())
            outLine(tr("%1  %2  %3  %4  by %5  ack %6  result %7")
                        .arg(c.record.commandId, stateKey(c.state).leftJustified(9),
                             c.record.templateName, c.record.target, c.record.operatorName,
                             duration(c.sentMs, c.ackedMs), duration(c.sentMs, c.resultMs)));
        return ExitOk;
    }
    const storage::Result<TrackedCommand> r = journal.command(id);
    if (!r) {
        CliOutput::error(r.error());
        return ExitJournal;
    }
    const TrackedCommand &c = r.value();
    if (c.record.commandId.isEmpty()) {
        CliOutput::error(tr("the journal %1 has no command %2.").arg(path, id));
        return ExitUsage;
    }
    const CommandRecord &rec = c.record;
    outLine(tr("command    %1 (%2)").arg(rec.commandId, stateKey(c.state)));
    outLine(tr("template   %1, convention %2, QoS %3%4")
                .arg(rec.templateName, conventionKey(rec.convention))
                .arg(rec.qos)
                .arg(rec.retain ? tr(", retained (%1)").arg(rec.retainReason) : QString()));
    outLine(tr("target     %1").arg(rec.target));
    outLine(tr("topic      %1").arg(rec.topic));
    outLine(tr("payload    %1").arg(QString::fromUtf8(rec.payload)));
    outLine(tr("operator   %1 (OS user %2 on %3)").arg(rec.operatorName, rec.osUser, rec.host));
    outLine(tr("reason     %1").arg(rec.reason));
    outLine(tr("broker     %1, client id %2").arg(rec.broker, rec.clientId));
    outLine(tr("answers    %1").arg(rec.answerTopics().join(QStringLiteral(", "))));
    for (const CommandEvent &e : c.timeline) {
        QString line = QStringLiteral("  %1  %2").arg(CommandBuilder::isoTime(e.atMs), stateKey(e.to).leftJustified(9));
        if (e.kind != CommandEvent::Kind::Transition)
            line += QStringLiteral(" [%1]").arg(eventKindKey(e.kind));
        if (e.reasonCode >= 0)
            line += tr(" reason code %1").arg(e.reasonCode);
        if (!e.detail.isEmpty())
            line += QStringLiteral("  ") + e.detail;
        if (!e.payload.isEmpty())
            line += QStringLiteral("  ") + QString::fromUtf8(e.payload);
        outLine(line);
    }
    return ExitOk;
}

} // namespace deck::cli
