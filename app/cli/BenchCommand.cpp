#include "BenchCommand.h"

#include "CliOutput.h"
#include "bench/LocalBroker.h"
#include "platform/ChildCpu.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace deck::cli {

namespace {
struct Options
{
    LoadSpec load;
    int runs = 3;
    bool json = false;
    QStringList consumers{QStringLiteral("mosquitto_sub"), QStringLiteral("paho"),
                          QStringLiteral("engine"), QStringLiteral("engine_nostages"),
                          QStringLiteral("cli_sub")};
    int history = 20;
    int idleMs = 10000;
    bool mqtt5 = false; ///< every consumer speaks the same version; 3.1.1 is mosquitto_sub's default
};

struct Measure
{
    quint64 received = 0;
    double rate = 0;
    qint64 peakRssKb = 0;
    qint64 rssGrowthKb = 0;
    quint64 applied = 0;
    quint64 dropped = 0;
    quint64 topics = 0;
    double cpuSeconds = -1; ///< the consumer process's user + system CPU for the load
    QString error;
    double cpuMicrosPerMessage() const
    {
        return cpuSeconds >= 0 && received > 0 ? cpuSeconds * 1e6 / double(received) : -1;
    }
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

bool waitForLine(QProcess &p, const QByteArray &line, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (p.canReadLine() && p.readLine().trimmed() == line)
            return true;
        if (p.state() != QProcess::Running)
            return false;
        p.waitForReadyRead(20);
    }
    return false;
}

Measure measureOnce(const QString &consumer, const Options &o, LoadGenerator &generator,
                    LocalBroker &broker)
{
    Measure m;
    QProcess p;
    const QString clientId = QStringLiteral("mqttdeck-bench-ref");
    // mosquitto_sub and `mqttdeck-cli sub` are measured as a user runs them: whole processes,
    // printing to /dev/null, done when they exit after the Nth message (-C); their CPU is what
    // the ended child used (RUSAGE_CHILDREN around its run).
    const bool wholeProcess =
        consumer == QLatin1String("mosquitto_sub") || consumer == QLatin1String("cli_sub");
    const double childCpuBefore = platform::endedChildrenCpuSeconds();
    if (wholeProcess) {
        const QStringList common{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("-p"), QString::number(broker.port()),
                                 QStringLiteral("-t"), QStringLiteral("#"),
                                 QStringLiteral("-q"), QString::number(o.load.qos),
                                 QStringLiteral("-C"), QString::number(o.load.messages),
                                 QStringLiteral("-i"), clientId, QStringLiteral("-V"),
                                 o.mqtt5 ? QStringLiteral("mqttv5") : QStringLiteral("mqttv311")};
        p.setStandardOutputFile(QProcess::nullDevice());
        if (consumer == QLatin1String("cli_sub"))
            p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("sub")} + common);
        else
            p.start(QStringLiteral("mosquitto_sub"), common);
        p.waitForStarted();
        bool ready = false;
        for (int waited = 0; waited < 10000 && !ready; waited += 10) {
            ready = broker.hasSubscribed(clientId);
            QThread::msleep(10);
        }
        if (!ready) {
            m.error = consumer == QLatin1String("cli_sub")
                          ? BenchCommand::tr("mqttdeck-cli sub did not subscribe: %1")
                                .arg(QString::fromUtf8(p.readAllStandardError()))
                          : BenchCommand::tr(
                                "mosquitto_sub did not subscribe (is mosquitto-clients installed?)");
            p.kill();
            p.waitForFinished();
            return m;
        }
    } else {
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("bench-consume"), QStringLiteral("--mode"), consumer,
                 QStringLiteral("--port"), QString::number(broker.port()), QStringLiteral("--qos"),
                 QString::number(o.load.qos), QStringLiteral("--count"),
                 QString::number(o.load.messages), QStringLiteral("--history"),
                 QString::number(o.history), QStringLiteral("--idle-ms"),
                 QString::number(o.idleMs), QStringLiteral("--mqtt5"),
                 o.mqtt5 ? QStringLiteral("1") : QStringLiteral("0")});
        p.waitForStarted();
        if (!waitForLine(p, "ready", 20000)) {
            m.error = BenchCommand::tr("the %1 subscriber did not start: %2")
                          .arg(consumer, QString::fromUtf8(p.readAllStandardError()));
            p.kill();
            p.waitForFinished();
            return m;
        }
    }
    const qint64 start = steadyNowNs();
    QString loadError;
    std::thread load([&] { loadError = generator.run(); });
    qint64 doneAt = 0;
    if (wholeProcess) {
        // -C N: it exits after the Nth message; poll finely for the moment it does.
        const qint64 deadline =
            start + qint64(o.idleMs) * 1000000 + qint64(o.load.messages) * 100000;
        while (p.state() == QProcess::Running && steadyNowNs() < deadline)
            p.waitForFinished(1);
        doneAt = steadyNowNs();
        if (p.state() == QProcess::Running) {
            p.kill();
            m.error = BenchCommand::tr("%1 did not receive every message").arg(consumer);
        } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m.error = BenchCommand::tr("%1 failed (exit code %2)").arg(consumer).arg(p.exitCode());
        } else {
            m.received = o.load.messages;
        }
        p.waitForFinished();
        const double childCpuAfter = platform::endedChildrenCpuSeconds();
        if (childCpuBefore >= 0 && childCpuAfter >= 0)
            m.cpuSeconds = childCpuAfter - childCpuBefore;
    } else {
        p.waitForFinished(-1);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        const ConsumerReport r =
            ConsumerReport::fromJson(QJsonDocument::fromJson(lines.last()).object());
        m.received = r.received;
        m.applied = r.applied;
        m.dropped = r.dropped;
        m.peakRssKb = r.peakRssKb;
        m.rssGrowthKb = r.rssGrowthKb;
        m.topics = r.topics;
        m.cpuSeconds = r.cpuSeconds;
        m.error = r.error;
        doneAt = r.doneAtNs;
    }
    load.join();
    if (!loadError.isEmpty())
        m.error = loadError;
    const double seconds = double(doneAt - start) / 1e9;
    m.rate = seconds > 0 ? double(m.received) / seconds : 0;
    return m;
}

bool parse(const QStringList &args, Options &o)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto number = [&](qint64 min, qint64 max, qint64 *out) {
            bool ok = false;
            if (i + 1 < args.size())
                *out = args.at(++i).toLongLong(&ok);
            if (!ok || *out < min || *out > max) {
                CliOutput::error(BenchCommand::tr("%1 expects a number between %2 and %3.")
                                     .arg(a)
                                     .arg(min)
                                     .arg(max));
                return false;
            }
            return true;
        };
        qint64 n = 0;
        if (a == QLatin1String("--messages") || a == QLatin1String("-n")) {
            if (!number(1, 100000000, &n))
                return false;
            o.load.messages = quint64(n);
        } else if (a == QLatin1String("--topics")) {
            if (!number(1, 10000000, &n))
                return false;
            o.load.topics = int(n);
        } else if (a == QLatin1String("--qos") || a == QLatin1String("-q")) {
            if (!number(0, 1, &n))
                return false;
            o.load.qos = int(n);
        } else if (a == QLatin1String("--payload")) {
            if (!number(16, 1024, &n))
                return false;
            o.load.payloadBytes = int(n);
        } else if (a == QLatin1String("--runs")) {
            if (!number(1, 20, &n))
                return false;
            o.runs = int(n);
        } else if (a == QLatin1String("--history")) {
            if (!number(0, 1000, &n))
                return false;
            o.history = int(n);
        } else if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--mqtt5")) {
            o.mqtt5 = true;
        } else if (a == QLatin1String("--consumers") && i + 1 < args.size()) {
            o.consumers = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
            const QStringList known{QStringLiteral("mosquitto_sub"), QStringLiteral("paho"),
                                    QStringLiteral("engine"), QStringLiteral("engine_nostages"),
                                    QStringLiteral("engine_fleet"), QStringLiteral("cli_sub")};
            for (const QString &c : std::as_const(o.consumers))
                if (!known.contains(c)) {
                    CliOutput::error(BenchCommand::tr("--consumers: unknown consumer \"%1\"; "
                                                      "choose among %2.")
                                         .arg(c, known.join(QStringLiteral(", "))));
                    return false;
                }
            if (o.consumers.isEmpty()) {
                CliOutput::error(BenchCommand::tr("--consumers needs at least one of %1.")
                                     .arg(known.join(QStringLiteral(", "))));
                return false;
            }
        } else {
            CliOutput::error(
                BenchCommand::tr("unknown option \"%1\". See mqttdeck-cli bench --help.").arg(a));
            return false;
        }
    }
    return true;
}
} // namespace

QString BenchCommand::usage()
{
    return tr(
        "Usage: mqttdeck-cli bench [--messages N] [--topics T] [--qos 0|1] [--payload BYTES]\n"
        "                          [--runs R] [--history N] [--consumers LIST] [--mqtt5] [--json]\n"
        "Starts a local mosquitto (unlimited queues), publishes N messages over T topics\n"
        "from a raw-socket load generator, and measures on the same load, one after the\n"
        "other: mosquitto_sub (reference), a bare Paho C++ callback, MQTT Deck's engine\n"
        "(session + engine + topic tree + live feed + an idle stage), the same engine without\n"
        "stages (the stage interface's cost is the difference) and mqttdeck-cli sub -t '#'\n"
        "printing to /dev/null. Prints medians of R runs: rates, and the CPU time (user +\n"
        "system) each consumer's process spent per message. All speak MQTT 3.1.1\n"
        "(mosquitto_sub's default), or MQTT 5 with --mqtt5.\n"
        "Defaults: 1000000 messages, 100000 topics, QoS 0, 60-byte payloads, 3 runs,\n"
        "history of 20 messages per topic.\n");
}

int BenchCommand::run(const QStringList &args)
{
    Options o;
    o.load.messages = 1000000;
    o.load.topics = 100000;
    if (args.contains(QStringLiteral("--help"))) {
        std::fputs(qPrintable(usage()), stdout);
        return ExitOk;
    }
    if (!parse(args, o))
        return ExitUsage;
    LocalBroker broker;
    if (QString e = broker.start(); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitConnectFailed;
    }
    o.load.port = broker.port();
    LoadGenerator generator(o.load);
    generator.prepare();

    std::map<QString, std::vector<Measure>> results;
    for (int run = 0; run < o.runs; ++run)
        for (const QString &consumer : std::as_const(o.consumers)) {
            const Measure m = measureOnce(consumer, o, generator, broker);
            if (!m.error.isEmpty())
                CliOutput::warning(tr("run %1, %2: %3").arg(run + 1).arg(consumer, m.error));
            if (!o.json)
                std::fprintf(stderr, "  run %d %-16s %10.0f msg/s  received %llu  CPU %.2f us/msg\n",
                             run + 1, qPrintable(consumer), m.rate, (unsigned long long)m.received,
                             m.cpuMicrosPerMessage());
            results[consumer].push_back(m);
        }

    auto med = [&](const QString &c, auto field) {
        std::vector<double> v;
        for (const Measure &m : results[c])
            v.push_back(double(field(m)));
        return median(v);
    };
    const double ref =
        med(QStringLiteral("mosquitto_sub"), [](const Measure &m) { return m.rate; });
    const double paho = med(QStringLiteral("paho"), [](const Measure &m) { return m.rate; });
    const double rate = med(QStringLiteral("engine"), [](const Measure &m) { return m.rate; });
    const double received =
        med(QStringLiteral("engine"), [](const Measure &m) { return m.received; });
    const double applied =
        med(QStringLiteral("engine"), [](const Measure &m) { return m.applied; });
    const double dropped =
        med(QStringLiteral("engine"), [](const Measure &m) { return m.dropped; });
    const double peak = med(QStringLiteral("engine"), [](const Measure &m) { return m.peakRssKb; });
    const double growth =
        med(QStringLiteral("engine"), [](const Measure &m) { return m.rssGrowthKb; });
    const double topics = med(QStringLiteral("engine"), [](const Measure &m) { return m.topics; });
    const double lost = double(o.load.messages) - applied;
    auto cpu = [&](const char *c) { // -1: not measured
        return results[QString::fromLatin1(c)].empty()
                   ? -1.0
                   : med(QString::fromLatin1(c),
                         [](const Measure &m) { return m.cpuMicrosPerMessage(); });
    };
    auto rateOf = [&](const char *c) {
        return med(QString::fromLatin1(c), [](const Measure &m) { return m.rate; });
    };
    const double cpuRef = cpu("mosquitto_sub"), cpuPaho = cpu("paho"), cpuEngine = cpu("engine"),
                 cpuBare = cpu("engine_nostages"), cpuCli = cpu("cli_sub"),
                 cpuFleet = cpu("engine_fleet");
    const double fleetRate = rateOf("engine_fleet");
    const double bareRate = rateOf("engine_nostages"), cliRate = rateOf("cli_sub");
    auto ratio = [](double a, double b) { return a > 0 && b > 0 ? a / b : 0.0; };
    const double perTopic = topics > 0 ? growth * 1024.0 / topics : 0;

    QJsonObject out{{QStringLiteral("sent"), qint64(o.load.messages)},
                    {QStringLiteral("topics"), o.load.topics},
                    {QStringLiteral("qos"), o.load.qos},
                    {QStringLiteral("mqtt_version"), o.mqtt5 ? QStringLiteral("5") : QStringLiteral("3.1.1")},
                    {QStringLiteral("runs"), o.runs},
                    {QStringLiteral("received"), qint64(received)},
                    {QStringLiteral("applied"), qint64(applied)},
                    {QStringLiteral("dropped_at_queue"), qint64(dropped)},
                    {QStringLiteral("lost"), qint64(lost)},
                    {QStringLiteral("rate"), qRound64(rate)},
                    {QStringLiteral("reference_rate"), qRound64(ref)},
                    {QStringLiteral("ratio"), ref > 0 ? rate / ref : 0.0},
                    {QStringLiteral("paho_rate"), qRound64(paho)},
                    {QStringLiteral("paho_ratio"), ref > 0 ? paho / ref : 0.0},
                    {QStringLiteral("engine_vs_paho"), paho > 0 ? rate / paho : 0.0},
                    {QStringLiteral("engine_nostages_rate"), qRound64(bareRate)},
                    {QStringLiteral("cli_sub_rate"), qRound64(cliRate)},
                    {QStringLiteral("cli_sub_vs_paho"), ratio(cliRate, paho)},
                    {QStringLiteral("cpu_us_per_message"),
                     QJsonObject{{QStringLiteral("mosquitto_sub"), cpuRef},
                                 {QStringLiteral("paho"), cpuPaho},
                                 {QStringLiteral("engine"), cpuEngine},
                                 {QStringLiteral("engine_nostages"), cpuBare},
                                 {QStringLiteral("engine_fleet"), cpuFleet},
                                 {QStringLiteral("cli_sub"), cpuCli}}},
                    {QStringLiteral("engine_cpu_vs_paho"), ratio(cpuEngine, cpuPaho)},
                    {QStringLiteral("engine_fleet_rate"), qRound64(fleetRate)},
                    {QStringLiteral("engine_fleet_vs_paho"), ratio(fleetRate, paho)},
                    {QStringLiteral("fleet_stage_us_per_message"),
                     cpuFleet >= 0 && cpuEngine >= 0 ? cpuFleet - cpuEngine : -1.0},
                    {QStringLiteral("stage_cost_us_per_message"),
                     cpuEngine >= 0 && cpuBare >= 0 ? cpuEngine - cpuBare : -1.0},
                    {QStringLiteral("peak_rss_kb"), qRound64(peak)},
                    {QStringLiteral("rss_bytes_per_topic"), perTopic}};
    if (o.json) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf(
            "%s",
            qPrintable(tr("MQTT Deck ingest benchmark (median of %1 runs)\n"
                          "  load              %2 messages, %3 topics, QoS %4, %5-byte payloads, MQTT %10\n"
                          "  sent              %2\n"
                          "  received          %6\n"
                          "  applied           %7\n"
                          "  lost              %8 (dropped at the hand-off queue: %9)\n")
                           .arg(o.runs)
                           .arg(o.load.messages)
                           .arg(o.load.topics)
                           .arg(o.load.qos)
                           .arg(o.load.payloadBytes)
                           .arg(qint64(received))
                           .arg(qint64(applied))
                           .arg(qint64(lost))
                           .arg(qint64(dropped))
                           .arg(o.mqtt5 ? QStringLiteral("5") : QStringLiteral("3.1.1"))));
        std::printf(
            "%s",
            qPrintable(
                tr("  engine rate       %1 msg/s\n"
                   "  mosquitto_sub     %2 msg/s   (reference)\n"
                   "  bare Paho C++     %3 msg/s\n"
                   "  ratio             %4 of mosquitto_sub (Paho alone: %5; engine/Paho: %6)\n"
                   "  peak RSS          %7 KiB\n"
                   "  RSS per topic     %8 bytes\n")
                    .arg(qRound64(rate))
                    .arg(qRound64(ref))
                    .arg(qRound64(paho))
                    .arg(ref > 0 ? rate / ref : 0.0, 0, 'f', 3)
                    .arg(ref > 0 ? paho / ref : 0.0, 0, 'f', 3)
                    .arg(paho > 0 ? rate / paho : 0.0, 0, 'f', 3)
                    .arg(qRound64(peak))
                    .arg(perTopic, 0, 'f', 1)));
        auto us = [](double v) {
            return v < 0 ? tr("n/a") : QStringLiteral("%1 µs").arg(v, 0, 'f', 2);
        };
        auto difference = [](double a, double b) { // may be negative: noise between runs
            return a < 0 || b < 0 ? tr("n/a") : QStringLiteral("%1 µs").arg(a - b, 0, 'f', 2);
        };
        std::printf(
            "%s",
            qPrintable(
                tr("  CPU per message   (user + system of the consumer's process, median)\n"
                   "    mosquitto_sub   %1\n"
                   "    bare Paho C++   %2\n"
                   "    engine          %3   (engine/Paho: %4; target <= 1.10)\n"
                   "    engine, no stage %5  (stage interface: %6 per message; rate with "
                   "stages / without: %7)\n"
                   "    mqttdeck-cli sub %8  (rate %9 msg/s; sub/Paho: %10; target >= 0.95)\n")
                    .arg(us(cpuRef), us(cpuPaho), us(cpuEngine))
                    .arg(ratio(cpuEngine, cpuPaho), 0, 'f', 3)
                    .arg(us(cpuBare), difference(cpuEngine, cpuBare))
                    .arg(ratio(rate, bareRate), 0, 'f', 3)
                    .arg(us(cpuCli))
                    .arg(qRound64(cliRate))
                    .arg(ratio(cliRate, paho), 0, 'f', 3)));
        if (cpuFleet >= 0)
            std::printf("%s",
                        qPrintable(tr("    engine + fleet  %1  (fleet stage, 10,000 devices: %2 per "
                                      "message; rate %3 msg/s, fleet/Paho: %4)\n")
                                       .arg(us(cpuFleet), difference(cpuFleet, cpuEngine))
                                       .arg(qRound64(fleetRate))
                                       .arg(ratio(fleetRate, paho), 0, 'f', 3)));
    }
    return lost > 0 ? ExitRefused : ExitOk;
}

int BenchCommand::runConsumer(const QStringList &args)
{
    QString mode = QStringLiteral("engine");
    int port = 1883, qos = 0, idleMs = 10000;
    quint64 count = 0;
    HistoryLimits history;
    bool mqtt5 = false;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString a = args.at(i), v = args.at(i + 1);
        if (a == QLatin1String("--mode"))
            mode = v;
        else if (a == QLatin1String("--port"))
            port = v.toInt();
        else if (a == QLatin1String("--qos"))
            qos = v.toInt();
        else if (a == QLatin1String("--count"))
            count = v.toULongLong();
        else if (a == QLatin1String("--history"))
            history.messagesPerTopic = v.toInt();
        else if (a == QLatin1String("--idle-ms"))
            idleMs = v.toInt();
        else if (a == QLatin1String("--mqtt5"))
            mqtt5 = v == QLatin1String("1");
    }
    const ConsumerReport r = runBenchConsumer(mode, port, qos, count, idleMs, history, mqtt5);
    std::printf("%s\n", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return r.error.isEmpty() ? ExitOk : ExitConnectFailed;
}

} // namespace deck::cli
