// mqttdeck-cli: the headless face of MQTT Deck, on deck_core only.

#include "AclProbeCommand.h"
#include "BenchCommand.h"
#include "CertCommand.h"
#include "CheckCommand.h"
#include "DoctorCommand.h"
#include "CommandCommand.h"
#include "JournalCommand.h"
#include "FleetCommand.h"
#include "RetainedCommand.h"
#include "SparkplugCommand.h"
#include "CliOutput.h"
#include "PubCommand.h"
#include "SimCommand.h"
#include "SubCommand.h"
#include "TraceCommand.h"
#include "TraceLiveCommand.h"

#include "AllocatorTuning.h"
#include "BuildInfo.h"
#include "Translations.h"
#include "platform/RuntimeDir.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
QString mainUsage()
{
    return QCoreApplication::translate(
        "CliMain",
        "Usage: mqttdeck-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  sub     subscribe and print messages (flags as mosquitto_sub)\n"
        "  pub     publish messages (flags as mosquitto_pub)\n"
        "  fleet   the devices a broker's traffic shows: online, offline, stale\n"
        "  retained the retained values a broker keeps, and their anti-patterns\n"
        "  sparkplug rebirth: ask a Sparkplug B edge node to be born again\n"
        "  command send a command to a device and follow it through its ack and result\n"
        "  journal the command journal: list, show, export, verify\n"
        "  acl-probe what an identity may subscribe, read and publish, with evidence\n"
        "  check   the security acceptance checklist of a broker for one identity\n"
        "  doctor  dns, tcp, tls, connect, subscribe, round trip: where a connection breaks\n"
        "  cert    the broker's certificate chain and the client's, with warnings\n"
        "  sim     simulate a fleet of devices publishing to a broker\n"
        "  bench   measure the ingest path against a local mosquitto\n"
        "  trace   the packets of a connection both ways, as they cross (TCP, TLS); --decode:\n"
        "          decode raw MQTT packets from standard input, one JSON line each\n\n"
        "mqttdeck-cli COMMAND --help shows the options of a command.\n"
        "Exit codes: 0 done, 1 bad arguments, 2 could not connect, 3 refused by the broker,\n"
        "4 connection lost, 5 timed out (-W); command, journal, trace, acl-probe, check, doctor\n"
        "and cert add theirs (see their --help).\n");
}
} // namespace

int main(int argc, char *argv[])
{
    deck::tuneAllocator();
    deck::platform::ensureRuntimeDir(); // no Qt warning above --help
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqttdeck-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MQTT Deck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQTTDECK_VERSION));
    deck::installTranslations(app);

    QStringList args = app.arguments();
    args.removeFirst();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    QByteArrayList raw;
    for (int i = 2; i < argc; ++i)
        raw << QByteArray(argv[i]);
    if (command.isEmpty() || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        std::fputs(qPrintable(mainUsage()), command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? deck::cli::ExitUsage : deck::cli::ExitOk;
    }
    if (command == QLatin1String("--version")) {
        std::fputs(qPrintable(deck::BuildInfo::text(QStringLiteral("mqttdeck-cli"))), stdout);
        return 0;
    }
    if (command == QLatin1String("bench"))
        return deck::cli::BenchCommand::run(args);
    if (command == QLatin1String("sim"))
        return deck::cli::SimCommand::run(args);
    if (command == QLatin1String("trace") && args.contains(QLatin1String("--decode")))
        return deck::cli::TraceCommand::run(args);
    if (command == QLatin1String("journal"))
        return deck::cli::JournalCommand::run(args);
    if (command == QLatin1String("bench-consume"))
        return deck::cli::BenchCommand::runConsumer(args);
    std::unique_ptr<QObject> runner;
    int code = -1;
    if (command == QLatin1String("sub")) {
        auto *sub = new deck::cli::SubCommand;
        runner.reset(sub);
        code = sub->start(args);
    } else if (command == QLatin1String("fleet")) {
        auto *fleet = new deck::cli::FleetCommand;
        runner.reset(fleet);
        code = fleet->start(args);
    } else if (command == QLatin1String("retained")) {
        auto *retained = new deck::cli::RetainedCommand;
        runner.reset(retained);
        code = retained->start(args);
    } else if (command == QLatin1String("sparkplug")) {
        auto *sparkplug = new deck::cli::SparkplugCommand;
        runner.reset(sparkplug);
        code = sparkplug->start(args);
    } else if (command == QLatin1String("command")) {
        auto *cmd = new deck::cli::CommandCommand;
        runner.reset(cmd);
        code = cmd->start(args);
    } else if (command == QLatin1String("trace")) {
        auto *trace = new deck::cli::TraceLiveCommand;
        runner.reset(trace);
        code = trace->start(args);
    } else if (command == QLatin1String("acl-probe")) {
        auto *probe = new deck::cli::AclProbeCommand;
        runner.reset(probe);
        code = probe->start(args);
    } else if (command == QLatin1String("doctor")) {
        auto *doctor = new deck::cli::DoctorCommand;
        runner.reset(doctor);
        code = doctor->start(args);
    } else if (command == QLatin1String("cert")) {
        auto *cert = new deck::cli::CertCommand;
        runner.reset(cert);
        code = cert->start(args);
    } else if (command == QLatin1String("check")) {
        auto *check = new deck::cli::CheckCommand;
        runner.reset(check);
        code = check->start(args);
    } else if (command == QLatin1String("pub")) {
        auto *pub = new deck::cli::PubCommand;
        runner.reset(pub);
        code = pub->start(args, raw);
    } else {
        deck::cli::CliOutput::error(
            QCoreApplication::translate("CliMain",
                                        "unknown command \"%1\". Commands: sub, pub, fleet, retained, sparkplug, command, journal, trace, acl-probe, check, doctor, cert, sim, bench.")
                .arg(command));
        return deck::cli::ExitUsage;
    }
    if (code >= 0)
        return code;
    return app.exec();
}
