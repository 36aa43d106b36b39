#include "DoctorCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace deck::cli {

DoctorCommand::DoctorCommand(QObject *parent) : QObject(parent) {}

QString DoctorCommand::usage()
{
    return tr("Usage: mqttdeck-cli doctor [connection flags] [-t FILTER] [--json]\n"
              "Walks the connection as a support engineer would — dns, tcp, tls, connect,\n"
              "subscribe, roundtrip (a QoS 1 message published on a topic of the filter must\n"
              "come back) — and stops at the first step that fails, saying the likely cause and\n"
              "what to try. The message is never retained; by default its topic is the doctor's\n"
              "own (mqttdeck/doctor/<client id>).\n\n"
              "  -t, --topic FILTER   subscribe to FILTER and publish on a topic it matches\n"
              "  --json               one JSON object per step: step, ok, detail, ms, skipped\n\n"
              "Exit code: 0 when every step passed, 8 when one failed (it is the last printed);\n"
              "1 bad arguments.\n\n") +
           mqtt::ConnectionArguments::help();
}

int DoctorCommand::start(const QStringList &args)
{
    QString filter;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        if (a == QLatin1String("-t") || a == QLatin1String("--topic")) {
            if (!cursor.value(&filter))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli doctor --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (filter.isEmpty())
        filter = m_args.urlTopic;
    if (const QStringList errors = m_args.options.validate(); !errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    m_doctor = std::make_unique<diagnostics::ConnectionDoctor>(m_args.options, filter);
    connect(m_doctor.get(), &diagnostics::ConnectionDoctor::step, this, &DoctorCommand::print);
    connect(m_doctor.get(), &diagnostics::ConnectionDoctor::finished, this, [](bool passed) {
        // After the DISCONNECT went out (the session closes asynchronously).
        QTimer::singleShot(200, qApp, [passed] { QCoreApplication::exit(passed ? 0 : 8); });
    });
    m_doctor->start();
    return -1;
}

void DoctorCommand::print(const diagnostics::DoctorStep &s)
{
    const QString key = diagnostics::DoctorStep::key(s.kind);
    if (m_json) {
        QJsonObject o{{QStringLiteral("step"), key},
                      {QStringLiteral("ok"), s.ok},
                      {QStringLiteral("detail"), s.detail},
                      {QStringLiteral("ms"), s.ms}};
        if (s.skipped)
            o.insert(QStringLiteral("skipped"), true);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%s %-9s %s\n", s.ok ? (s.skipped ? "-" : "✓") : "✗", qPrintable(key),
                    qPrintable(s.detail));
    }
    std::fflush(stdout);
}

} // namespace deck::cli
