#include "SimCommand.h"

#include "CliOutput.h"
#include "sim/CommandResponder.h"
#include "sim/FleetSimulator.h"
#include "sim/SparkplugEdge.h"

#include <QTimer>

#include <cmath>
#include <cstdio>

namespace deck::cli {

QString SimCommand::usage()
{
    return tr("Usage: mqttdeck-cli sim [-h HOST] [-p PORT] [--devices N] [--rate PER_SECOND]\n"
              "                        [--duration SECONDS] [--env ENV] [--tenant TENANT]\n"
              "                        [--no-sparkplug] [--command-behaviour MODE]\n"
              "                        [--late-seconds S] [--commands-v311] [--no-commands]\n"
              "Simulates a fleet under {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal}:\n"
              "one connection per device with a Last Will, a retained online status, JSON\n"
              "telemetry (temperature, humidity, power) at RATE messages per second per signal,\n"
              "an alarm event now and then, and a device that dies without DISCONNECT every 45 s\n"
              "(its will fires) and comes back. MQTT 3.1.1 over TCP.\n"
              "Beside it, a Sparkplug B edge node (spBv1.0/TENANT-plant/…/edge-01): NBIRTH with\n"
              "its metrics and aliases, NDEATH as its will, NDATA once a second with aliases only\n"
              "(--no-sparkplug leaves it out).\n"
              "Devices answer commands (stream: …/{asset}/command/NAME, answers on …/ack/NAME and\n"
              "…/result/NAME; devices: devices/gw-NNN/commands/NAME, answers on …/commands/ack\n"
              "and …/result; MQTT 5 request/response: on the command's response topic with its\n"
              "correlation data), from one MQTT 5 connection (--commands-v311: MQTT 3.1.1, no\n"
              "request/response). --command-behaviour: mixed (default: by device, gw-001 done,\n"
              "gw-002 reject, gw-003 fail, gw-004 late, gw-005 never, gw-006 twice, gw-007 done\n"
              "again…) or one of done, reject, fail, late, never, twice for every device; late\n"
              "answers come after --late-seconds (default 5).\n"
              "Defaults: localhost:1883, 40 devices, rate 1, until interrupted.\n");
}

int SimCommand::run(const QStringList &args)
{
    sim::FleetOptions o;
    o.host = QStringLiteral("localhost");
    int duration = 0;
    bool sparkplug = true, commands = true, commandsV311 = false;
    std::optional<sim::CommandBehaviour> behaviour;
    int lateSeconds = 5;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        }
        if (a == QLatin1String("--no-sparkplug")) {
            sparkplug = false;
            continue;
        }
        if (a == QLatin1String("--no-commands") || a == QLatin1String("--commands-v311")) {
            (a == QLatin1String("--no-commands") ? commands : commandsV311) =
                a != QLatin1String("--no-commands");
            continue;
        }
        if (a == QLatin1String("--command-behaviour") && i + 1 < args.size()) {
            const QString v = args.at(++i);
            behaviour = sim::behaviourFromKey(v);
            if (!behaviour && v != QLatin1String("mixed")) {
                CliOutput::error(tr("--command-behaviour: \"%1\" is not mixed, done, reject, "
                                    "fail, late, never or twice.")
                                     .arg(v));
                return ExitUsage;
            }
            continue;
        }
        if (i + 1 >= args.size()) {
            CliOutput::error(
                tr("unknown option \"%1\" or missing value. See mqttdeck-cli sim --help.").arg(a));
            return ExitUsage;
        }
        const QString v = args.at(++i);
        bool ok = true;
        if (a == QLatin1String("-h") || a == QLatin1String("--host"))
            o.host = v;
        else if (a == QLatin1String("-p") || a == QLatin1String("--port"))
            o.port = v.toInt(&ok);
        else if (a == QLatin1String("--devices"))
            o.devices = v.toInt(&ok);
        else if (a == QLatin1String("--rate"))
            o.messagesPerSecond = v.toDouble(&ok);
        else if (a == QLatin1String("--duration"))
            duration = v.toInt(&ok);
        else if (a == QLatin1String("--late-seconds")) {
            lateSeconds = v.toInt(&ok);
            ok = ok && lateSeconds >= 0 && lateSeconds <= 3600;
        }
        else if (a == QLatin1String("--env") || a == QLatin1String("--tenant")) {
            // One topic level each: a '/' or a wildcard would put every device's topics (and
            // its will) somewhere else, or make the broker refuse them all.
            const QByteArray bytes = v.toUtf8();
            if (v.isEmpty() || bytes.size() > 64 || v.contains(QLatin1Char('/')) ||
                v.contains(QLatin1Char('+')) || v.contains(QLatin1Char('#')) ||
                v.contains(QChar(0)) || v.contains(QChar::ReplacementCharacter)) {
                CliOutput::error(tr("%1 \"%2\" must be one topic level: 1 to 64 bytes of UTF-8, "
                                    "without '/', '+' or '#' (for example prod, or acme).")
                                     .arg(a, v.left(80)));
                return ExitUsage;
            }
            (a == QLatin1String("--env") ? o.environment : o.tenant) = v;
        }

        else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli sim --help.").arg(a));
            return ExitUsage;
        }
        if (!ok || o.port <= 0 || o.port > 65535 || o.devices < 1 || o.devices > 5000 ||
            !std::isfinite(o.messagesPerSecond) || o.messagesPerSecond < 0 ||
            o.messagesPerSecond > 1000 || duration < 0) {
            CliOutput::error(
                tr("%1: \"%2\" is out of range (devices 1-5000, rate 0-1000, port 1-65535).")
                    .arg(a, v));
            return ExitUsage;
        }
    }
    sim::FleetSimulator simulator(o);
    simulator.start();
    QList<QByteArray> prefixes;
    for (int i = 0; i < o.devices; ++i)
        prefixes << simulator.deviceBase(i);
    mqtt::ConnectionOptions responderOptions;
    responderOptions.host = o.host;
    responderOptions.port = o.port;
    responderOptions.version = commandsV311 ? mqtt::MqttVersion::V311 : mqtt::MqttVersion::V5;
    responderOptions.clientId = QStringLiteral("sim-commands-%1").arg(QCoreApplication::applicationPid());
    sim::CommandResponder responder(responderOptions, prefixes, o.environment, o.tenant);
    responder.setFixedBehaviour(behaviour);
    responder.setLateSeconds(lateSeconds);
    QObject::connect(&responder, &sim::CommandResponder::ready, [] {
        std::fprintf(stderr, "%s\n", qPrintable(tr("sim: devices answer commands")));
    });
    if (commands)
        if (const QStringList errors = responder.start(); !errors.isEmpty()) {
            for (const QString &e : errors)
                CliOutput::error(e);
            return ExitUsage;
        }
    // A Sparkplug B edge node beside the JSON fleet (spBv1.0/acme-plant/…/edge-01).
    sim::SparkplugEdge edge(o.host, o.port, o.tenant + QStringLiteral("-plant"));
    // Births are not retained in Sparkplug (a host that starts later asks for a rebirth, which
    // this simulator does not answer yet): the node comes up a few seconds after the fleet, so
    // that the demo's console, started at the same time, sees its NBIRTH.
    if (sparkplug)
        QTimer::singleShot(4000, &edge, &sim::SparkplugEdge::start);
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("sim: %1 of %2 devices online, %3 messages published")
                                    .arg(simulator.connectedDevices())
                                    .arg(o.devices)
                                    .arg(simulator.published())));
    });
    report.start(5000);
    // No device accepted after 5 s (a closed port, a server that is not a broker, a broker that
    // closes at once or refuses): say why and stop, rather than simulate nothing in silence.
    QTimer::singleShot(5000, [&] {
        if (simulator.acceptedConnections() > 0)
            return;
        CliOutput::error(
            tr("no simulated device could connect: %1.")
                .arg(simulator.lastProblem().isEmpty()
                         ? tr("the broker at %1:%2 did not answer").arg(o.host).arg(o.port)
                         : simulator.lastProblem()));
        simulator.stop();
        edge.stop();
        QCoreApplication::exit(ExitConnectFailed);
    });
    if (duration > 0)
        QTimer::singleShot(duration * 1000, [&] {
            simulator.stop();
            edge.stop();
            responder.stop();
            QTimer::singleShot(300, [] { QCoreApplication::exit(ExitOk); });
        });
    return QCoreApplication::exec();
}

} // namespace deck::cli
