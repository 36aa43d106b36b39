// Does one connection keep its throughput and latency while others in the same process cannot
// connect? (figures, not a test; issue 9). Paho C runs every client of a process on one send and
// one receive thread, so a connection stuck in its handshake could stall the others.
//
// A local mosquitto routes a paced load (default 20,000 msg/s into 1,000 topics) to a busy
// connection (a ConnectionContext subscribed to `#`), and a raw-socket prober publishes a
// timestamp every 5 ms that a stage on the busy connection turns into a latency. Three phases of
// the same load:
//   A  the busy connection alone;
//   B  plus a connection to a port that accepts TCP and never answers (no CONNACK) and one to a
//      closed port, both retrying;
//   C  plus three TLS connections to the silent port (the TLS handshake never completes).
// Prints, per phase and as the median of the runs: messages delivered per second, latency p50,
// p99 and max, and messages lost. The stuck connections time out after --connect-timeout
// seconds (default 2) and retry, so that every phase sees attempts start, fail and restart.
// Usage: connection_isolation [--rate N] [--topics N] [--seconds N] [--runs N]
// [--connect-timeout S]

#include "bench/LoadGenerator.h"
#include "bench/LocalBroker.h"
#include "connection/ConnectionManager.h"
#include "platform/LoopbackSocket.h"
#include "mqtt/packet/PacketBuilders.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace deck;
using deck::bench::median;
using deck::bench::percentile;
using deck::bench::waitFor;
using deck::platform::LoopbackSocket;

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// On the busy connection: the age of each probe message when the engine hands it over.
class LatencyStage : public MessageStage
{
public:
    LatencyStage() : MessageStage(QStringLiteral("latency"), StageFilter({"probe/latency"})) {}
    void consume(const Message &m) override
    {
        const qint64 sent = m.payload().toByteArray().toLongLong();
        std::lock_guard lock(m_mutex);
        m_ms.push_back(double(steadyNs() - sent) / 1e6);
    }
    std::vector<double> take()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_ms, {});
    }

private:
    std::mutex m_mutex;
    std::vector<double> m_ms;
};

/// Publishes "probe/latency" with the steady clock every 5 ms over a raw socket (not through
/// Paho: the prober must not share the threads under test).
class Prober
{
public:
    QString start(int port)
    {
        if (QString e = m_socket.connectTo(port); !e.isEmpty())
            return e;
        const QByteArray connect = mqtt::packet::encodeConnect("mqttdeck-prober", 60);
        char connack[4];
        if (!m_socket.sendAll(connect.constData(), size_t(connect.size())) ||
            !m_socket.receiveExactly(connack, 4))
            return QStringLiteral("the prober could not connect");
        m_thread = std::thread([this] {
            while (!m_stop) {
                const QByteArray p =
                    mqtt::packet::encodePublish("probe/latency", QByteArray::number(steadyNs()));
                if (!m_socket.sendAll(p.constData(), size_t(p.size())))
                    return;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        return {};
    }
    ~Prober()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    LoopbackSocket m_socket;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
};

struct Figures
{
    double rate = 0, p50 = 0, p99 = 0, max = 0;
    quint64 lost = 0;
    size_t probes = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double rate = 20000;
    int topics = 1000, seconds = 6, runs = 3;
    int stuckTimeout = 2; // the stuck connections' connect timeout: they fail and retry often
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString a = args[i];
        const int v = args[i + 1].toInt();
        if (a == QLatin1String("--rate"))
            rate = v;
        else if (a == QLatin1String("--topics"))
            topics = v;
        else if (a == QLatin1String("--seconds"))
            seconds = v;
        else if (a == QLatin1String("--runs"))
            runs = v;
        else if (a == QLatin1String("--connect-timeout") && v >= 1)
            stuckTimeout = v;
        else {
            std::fprintf(stderr, "usage: connection_isolation [--rate N] [--topics N] "
                                 "[--seconds N] [--runs N] [--connect-timeout S]\n");
            return 2;
        }
    }
    LocalBroker broker;
    if (const QString e = broker.start(); !e.isEmpty()) {
        std::fprintf(stderr, "connection_isolation: %s\n", qPrintable(e));
        return 1;
    }
    QTcpServer silent; // accepts TCP (the kernel completes the handshake), never answers
    silent.listen(QHostAddress::LocalHost);
    QTcpServer closing;
    closing.listen(QHostAddress::LocalHost);
    const int closedPort = closing.serverPort();
    closing.close();

    ConnectionManager connections;
    ConnectionSettings busy;
    busy.options.host = QStringLiteral("127.0.0.1");
    busy.options.port = broker.port();
    busy.options.reconnect.enabled = false;
    mqtt::Subscription all;
    all.filter = QStringLiteral("#");
    busy.subscriptions = {all};
    busy.feedCapacity = 2000;
    ConnectionContext *main = connections.create(busy);
    auto latency = std::make_shared<LatencyStage>();
    main->engine().addStage(latency);
    main->open();
    if (!waitFor([&] { return !main->session().activeSubscriptions().isEmpty(); }, 15000)) {
        std::fprintf(stderr, "connection_isolation: the busy connection did not subscribe\n");
        return 1;
    }
    Prober prober;
    if (const QString e = prober.start(broker.port()); !e.isEmpty()) {
        std::fprintf(stderr, "connection_isolation: %s\n", qPrintable(e));
        return 1;
    }
    auto stuck = [&](int port, mqtt::Transport transport) {
        ConnectionSettings s;
        s.options.host = QStringLiteral("127.0.0.1");
        s.options.port = port;
        s.options.transport = transport;
        s.options.connectTimeoutSeconds = stuckTimeout;
        s.options.reconnect.enabled = true;
        s.feedCapacity = 0;
        ConnectionContext *c = connections.create(s);
        c->open();
        return c;
    };

    // A stuck connection that gave up (a first attempt is not retried) is opened again at
    // once: Paho's threads see attempts start and fail during the whole phase.
    std::vector<ConnectionContext *> extra;
    QTimer again;
    QObject::connect(&again, &QTimer::timeout, [&] {
        for (ConnectionContext *c : extra)
            if (c->session().state() == mqtt::Session::State::Disconnected)
                c->open();
    });
    again.start(200);

    const char *names[] = {"A  busy connection alone",
                           "B  + no-CONNACK peer + closed port",
                           "C  + 3 TLS handshakes that never finish"};
    std::vector<Figures> figures[3];
    std::printf("connection isolation: %.0f msg/s into %d topics, %d s per phase, %d runs\n", rate,
                topics, seconds, runs);
    for (int run = 1; run <= runs; ++run) {
        for (ConnectionContext *c : extra)
            connections.remove(c);
        extra.clear();
        for (int phase = 0; phase < 3; ++phase) {
            if (phase == 1) {
                extra.push_back(stuck(silent.serverPort(), mqtt::Transport::Tcp));
                extra.push_back(stuck(closedPort, mqtt::Transport::Tcp));
            } else if (phase == 2) {
                for (int i = 0; i < 3; ++i)
                    extra.push_back(stuck(silent.serverPort(), mqtt::Transport::Tls));
            }
            waitFor([] { return false; }, 500); // let the attempts start
            latency->take();
            const quint64 before = main->engine().appliedCount();
            const quint64 probesBefore = latency->counters().delivered;
            auto loadApplied = [&] { // the load's messages only, not the prober's
                return main->engine().appliedCount() - before -
                       (latency->counters().delivered - probesBefore);
            };
            LoadSpec spec{broker.port(), quint64(rate * seconds), topics, 0, 60, rate};
            LoadGenerator gen(spec);
            gen.prepare();
            QString error;
            std::atomic<bool> finished{false};
            std::thread sender([&] {
                error = gen.run();
                finished = true;
            });
            waitFor([&] { return finished.load(); }, seconds * 10000);
            sender.join();
            waitFor([&] { return loadApplied() >= spec.messages; }, 10000); // lost: counted below
            if (!error.isEmpty()) {
                std::fprintf(stderr, "connection_isolation: %s\n", qPrintable(error));
                return 1;
            }
            const std::vector<double> lat = latency->take();
            Figures f;
            const quint64 got = loadApplied();
            f.lost = spec.messages > got ? spec.messages - got : 0;
            f.rate = double(got) / gen.sendSeconds();
            f.p50 = percentile(lat, 0.5);
            f.p99 = percentile(lat, 0.99);
            f.max = percentile(lat, 1.0);
            f.probes = lat.size();
            figures[phase].push_back(f);
            std::printf("run %d %-42s %8.0f msg/s  latency p50 %6.1f ms  p99 %6.1f ms  max %6.1f "
                        "ms  lost %llu (%zu probes)\n",
                        run, names[phase], f.rate, f.p50, f.p99, f.max,
                        (unsigned long long)f.lost, f.probes);
            std::fflush(stdout);
        }
    }
    std::printf("median of %d runs:\n", runs);
    double baseRate = 0, baseP99 = 0;
    for (int phase = 0; phase < 3; ++phase) {
        auto col = [&](double Figures::*m) {
            std::vector<double> v;
            for (const Figures &f : figures[phase])
                v.push_back(f.*m);
            return median(v);
        };
        quint64 lost = 0;
        for (const Figures &f : figures[phase])
            lost += f.lost;
        const double r = col(&Figures::rate), p99 = col(&Figures::p99);
        if (phase == 0) {
            baseRate = r;
            baseP99 = p99;
        }
        std::printf("  %-42s %8.0f msg/s (%.3f of A)  latency p50 %.1f ms, p99 %.1f ms (A: %.1f), "
                    "max %.1f ms; lost %llu\n",
                    names[phase], r, baseRate > 0 ? r / baseRate : 0, col(&Figures::p50), p99,
                    baseP99, col(&Figures::max), (unsigned long long)lost);
    }
    std::printf("states: ");
    for (ConnectionContext *c : connections.contexts())
        std::printf("%s:%d %s; ", qPrintable(c->settings().options.transport == mqtt::Transport::Tls
                                                  ? QStringLiteral("tls")
                                                  : QStringLiteral("tcp")),
                    c->settings().options.port,
                    qPrintable(mqtt::Session::stateName(c->session().state())));
    std::printf("\n");
    return 0;
}
