#include "BenchConsumer.h"

#include "ingest/Engine.h"
#include "fleet/FleetStage.h"
#include "ingest/LiveFeed.h"
#include "platform/ChildCpu.h"
#include "mqtt/PahoSession.h"

#include <mqtt/async_client.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>

namespace deck {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

namespace {
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field)))
                .trimmed()
                .split(' ')
                .first()
                .toLongLong();
    return 0;
}

void announceReady()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
}

/// Waits until `done()` or no progress in `idleMs` (after the first message).
template <typename Count, typename Done> void waitForLoad(Count count, Done done, int idleMs)
{
    quint64 last = count();
    qint64 lastChange = steadyNowNs();
    const qint64 start = lastChange;
    while (!done()) {
        QThread::msleep(1);
        QCoreApplication::processEvents();
        const quint64 now = count();
        if (now != last) {
            last = now;
            lastChange = steadyNowNs();
        } else if (steadyNowNs() - lastChange > qint64(idleMs) * 1000000 &&
                   (now > 0 || steadyNowNs() - start > 60LL * 1000000000)) {
            return;
        }
    }
}

/// A stage that wants every message and does nothing with it: the interface's own cost.
class IdleStage : public MessageStage
{
public:
    IdleStage() : MessageStage(QStringLiteral("idle")) {}
    void consume(const Message &) override {}
};

ConsumerReport runEngine(int port, int qos, quint64 expected, int idleMs,
                         const HistoryLimits &history, bool withStages, bool withFleet, bool mqtt5)
{
    ConsumerReport r;
    r.mode = withFleet    ? QStringLiteral("engine_fleet")
             : withStages ? QStringLiteral("engine")
                          : QStringLiteral("engine_nostages");
    mqtt::PahoSession session;
    mqtt::ConnectionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.reconnect.enabled = false;
    o.version = mqtt5 ? mqtt::MqttVersion::V5 : mqtt::MqttVersion::V311;
    EngineOptions engineOptions;
    engineOptions.history = history;
    Engine engine(session.messageQueue(), engineOptions);
    if (withStages) {
        engine.addStage(std::make_shared<LiveFeed>());
        engine.addStage(std::make_shared<IdleStage>());
    }
    if (withFleet) {
        // The load's topics are site-SS/area-AA/device-NNNNNN/telemetry/temp: a device per
        // site/area gives 10,000 devices among the 100,000 topics.
        const auto rules = fleet::DeviceRules::fromJson(
            R"({"rules":[{"name":"bench","prefix_levels":2,"id_level":1,"groups":{"site":0},
                "stale_after_seconds":300}]})",
            nullptr);
        engine.addStage(std::make_shared<fleet::FleetStage>(*rules));
    }
    engine.start();
    QEventLoop loop;
    bool subscribed = false;
    QObject::connect(&session, &mqtt::Session::connected, &loop, [&] {
        mqtt::Subscription s;
        s.filter = QStringLiteral("#");
        s.qos = qos;
        r.rssGrowthKb = -currentRssKb();
        const mqtt::Submitted sub = session.subscribe({s});
        if (!sub.ok()) {
            r.error = sub.error;
            loop.quit();
        }
    });
    QObject::connect(&session, &mqtt::Session::connectFailed, &loop,
                     [&](const mqtt::ConnectResult &c) {
                         r.error = c.explanation;
                         loop.quit();
                     });
    QObject::connect(&session, &mqtt::Session::subscribeFinished, &loop,
                     [&](quint64, const mqtt::SubscribeResult &s) {
                         subscribed = s.ok;
                         if (!s.ok)
                             r.error = QStringLiteral("subscription refused");
                         loop.quit();
                     });
    const QStringList errors = session.open(o);
    if (!errors.isEmpty()) {
        r.error = errors.join(QLatin1Char(' '));
        return r;
    }
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!subscribed) {
        if (r.error.isEmpty())
            r.error = QStringLiteral("no SUBACK within 15 s");
        return r;
    }
    announceReady();
    const double cpuAtReady = platform::ownCpuSeconds();
    // Polled every millisecond: an atomic read, as the Paho consumer's (counters() would take
    // the tree's lock a thousand times a second and charge it to the engine).
    waitForLoad([&] { return engine.appliedCount(); },
                [&] { return engine.appliedCount() >= expected; }, idleMs);
    r.doneAtNs = steadyNowNs();
    r.cpuSeconds = platform::ownCpuSeconds() - cpuAtReady;
    // Let the engine go idle (it then returns the burst's freed buffers to the system) before
    // reading the steady RSS; the peak is reported apart.
    QThread::msleep(300);
    const EngineCounters c = engine.counters();
    r.received = c.received;
    r.applied = c.applied;
    r.dropped = c.droppedAtQueue;
    r.topics = c.topics;
    r.rssGrowthKb += currentRssKb();
    r.peakRssKb = peakRssKb();
    return r;
}

ConsumerReport runPaho(int port, int qos, quint64 expected, int idleMs, bool mqtt5)
{
    ConsumerReport r;
    r.mode = QStringLiteral("paho");
    std::atomic<quint64> received{0};
    std::atomic<qint64> lastAt{0};
    ::mqtt::async_client client("tcp://127.0.0.1:" + std::to_string(port), "mqttdeck-bench-paho",
                                ::mqtt::create_options(mqtt5 ? MQTTVERSION_5 : MQTTVERSION_3_1_1),
                                nullptr);
    client.set_message_callback([&](::mqtt::const_message_ptr) {
        received.fetch_add(1, std::memory_order_relaxed);
        lastAt.store(steadyNowNs(), std::memory_order_relaxed);
    });
    try {
        ::mqtt::connect_options o;
        o.set_mqtt_version(mqtt5 ? MQTTVERSION_5 : MQTTVERSION_3_1_1);
        if (mqtt5)
            o.set_clean_start(true);
        else
            o.set_clean_session(true);
        client.connect(o)->wait();
        r.rssGrowthKb = -currentRssKb();
        client.subscribe("#", qos)->wait();
    } catch (const ::mqtt::exception &e) {
        r.error = QString::fromStdString(e.what());
        return r;
    }
    announceReady();
    const double cpuAtReady = platform::ownCpuSeconds();
    waitForLoad([&] { return received.load(); }, [&] { return received.load() >= expected; },
                idleMs);
    r.cpuSeconds = platform::ownCpuSeconds() - cpuAtReady;
    r.received = received.load();
    r.doneAtNs = lastAt.load();
    r.rssGrowthKb += currentRssKb();
    r.peakRssKb = peakRssKb();
    try {
        client.disconnect()->wait();
    } catch (const ::mqtt::exception &) {
    }
    return r;
}
} // namespace

qint64 currentRssKb()
{
    return statusKb("VmRSS:");
}

qint64 peakRssKb()
{
    return statusKb("VmHWM:");
}

ConsumerReport runBenchConsumer(const QString &mode, int port, int qos, quint64 expected,
                                int idleMs, const HistoryLimits &history, bool mqtt5)
{
    if (mode == QLatin1String("paho"))
        return runPaho(port, qos, expected, idleMs, mqtt5);
    return runEngine(port, qos, expected, idleMs, history,
                     mode != QLatin1String("engine_nostages"), mode == QLatin1String("engine_fleet"),
                     mqtt5);
}

QJsonObject ConsumerReport::toJson() const
{
    return QJsonObject{{QStringLiteral("mode"), mode},
                       {QStringLiteral("received"), qint64(received)},
                       {QStringLiteral("applied"), qint64(applied)},
                       {QStringLiteral("dropped"), qint64(dropped)},
                       {QStringLiteral("done_at_ns"), QString::number(doneAtNs)},
                       {QStringLiteral("cpu_seconds"), cpuSeconds},
                       {QStringLiteral("peak_rss_kb"), peakRssKb},
                       {QStringLiteral("rss_growth_kb"), rssGrowthKb},
                       {QStringLiteral("topics"), qint64(topics)},
                       {QStringLiteral("error"), error}};
}

ConsumerReport ConsumerReport::fromJson(const QJsonObject &o)
{
    ConsumerReport r;
    r.mode = o.value(QStringLiteral("mode")).toString();
    r.received = quint64(o.value(QStringLiteral("received")).toInteger());
    r.applied = quint64(o.value(QStringLiteral("applied")).toInteger());
    r.dropped = quint64(o.value(QStringLiteral("dropped")).toInteger());
    r.doneAtNs = o.value(QStringLiteral("done_at_ns")).toString().toLongLong();
    r.cpuSeconds = o.value(QStringLiteral("cpu_seconds")).toDouble(-1);
    r.peakRssKb = o.value(QStringLiteral("peak_rss_kb")).toInteger();
    r.rssGrowthKb = o.value(QStringLiteral("rss_growth_kb")).toInteger();
    r.topics = quint64(o.value(QStringLiteral("topics")).toInteger());
    r.error = o.value(QStringLiteral("error")).toString();
    return r;
}

} // namespace deck
