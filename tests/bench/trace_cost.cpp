// What the packet trace costs (issue 14): the same work through a PahoSession without and with
// the trace relay, against a local mosquitto — N QoS 1 publishes to a topic the session is
// subscribed to, until every PUBACK and every delivery came back (each packet crosses the relay:
// PUBLISH out, PUBACK in, PUBLISH in, PUBACK out) — median of R runs each, interleaved; and the
// codec's own cost, decoding a stream of PUBLISH packets. Run by hand on a quiet machine:
//   build/tests/bench/trace_cost [N] [R]

#include "BenchStats.h"
#include "bench/LocalBroker.h"
#include "mqtt/PahoSession.h"
#include "mqtt/packet/PacketBuilders.h"
#include "mqtt/packet/StreamDecoder.h"
#include "mqtt/trace/TraceBuffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace deck;
namespace dm = deck::mqtt;
using deck::bench::median;
using deck::bench::waitFor;

namespace {

/// Milliseconds for `count` publishes and their deliveries, or -1 on failure.
double run(int port, int count, bool traced, quint64 *tracedPackets)
{
    dm::PahoSession session;
    std::shared_ptr<dm::trace::TraceBuffer> buffer;
    if (traced) {
        buffer = std::make_shared<dm::trace::TraceBuffer>(size_t(count) * 4 + 100);
        session.setTrace(buffer);
    }
    dm::ConnectionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.reconnect.enabled = false;
    bool connected = false;
    QObject::connect(&session, &dm::Session::connected, [&] { connected = true; });
    if (!session.open(options).isEmpty() || !waitFor([&] { return connected; }, 10000))
        return -1;
    bool subscribed = false;
    QObject::connect(&session, &dm::Session::subscribeFinished,
                     [&](quint64, const dm::SubscribeResult &) { subscribed = true; });
    session.subscribe({dm::Subscription{QStringLiteral("bench/trace"), 1}});
    if (!waitFor([&] { return subscribed; }, 10000))
        return -1;
    int acked = 0;
    QObject::connect(&session, &dm::Session::publishFinished,
                     [&](quint64, const dm::PublishResult &r) { acked += r.ok ? 1 : 0; });
    std::vector<Message> received;
    qsizetype deliveries = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i)
        session.publish({QStringLiteral("bench/trace"), QByteArray(64, 'x'), 1, false, {}});
    const bool done = waitFor(
        [&] {
            deliveries += session.takeMessages(received);
            received.clear();
            return acked == count && deliveries >= count;
        },
        60000, 1);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    session.close();
    waitFor([&] { return session.state() == dm::Session::State::Disconnected; }, 3000);
    if (buffer) {
        // Everything crossed the relay and decoded: 4 packets per publish, none malformed.
        waitFor([&] { return buffer->total() >= quint64(count) * 4 + 5; }, 3000);
        *tracedPackets = buffer->total();
        for (const dm::trace::TraceEvent &e : buffer->take()) {
            if (!e.closed && !e.decoded.ok())
                return -1;
        }
    }
    return done ? ms : -1;
}

double decodeNsPerPacket(int packets)
{
    QByteArray stream;
    for (int i = 0; i < packets; ++i)
        stream +=
            dm::packet::encodePublish("site/line-2/gw-7/telemetry/temperature", QByteArray(64, 'x'),
                                      1, false, quint16(1 + i % 60000), dm::MqttVersion::V5);
    std::vector<double> samples;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer clock;
        clock.start();
        dm::packet::StreamDecoder decoder(dm::MqttVersion::V5);
        decoder.feed(stream);
        int n = 0;
        while (const auto p = decoder.take())
            n += p->ok() ? 1 : 0;
        samples.push_back(double(clock.nsecsElapsed()) / n);
    }
    return median(samples);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 2000;
    const int runs = argc > 2 ? atoi(argv[2]) : 7;
    LocalBroker broker;
    if (const QString e = broker.start(); !e.isEmpty()) {
        std::fprintf(stderr, "trace_cost: %s\n", qPrintable(e));
        return 1;
    }
    std::vector<double> off, on;
    quint64 packets = 0;
    for (int r = 0; r < runs; ++r) {
        off.push_back(run(broker.port(), count, false, nullptr));
        on.push_back(run(broker.port(), count, true, &packets));
        if (off.back() < 0 || on.back() < 0) {
            std::fprintf(stderr, "trace_cost: a run failed\n");
            return 1;
        }
    }
    const double mOff = median(off), mOn = median(on);
    std::printf("%d QoS 1 publishes, each delivered back: median of %d runs\n", count, runs);
    std::printf("  trace off: %8.1f ms (%.1f us per publish)\n", mOff, 1000 * mOff / count);
    std::printf("  trace on:  %8.1f ms (%.1f us per publish), %llu packets traced\n", mOn,
                1000 * mOn / count, static_cast<unsigned long long>(packets));
    std::printf("  cost of the trace: %+.1f %%\n", 100 * (mOn - mOff) / mOff);
    std::printf("decoding alone: %.0f ns per 110-byte PUBLISH (median of 5 x 100,000)\n",
                decodeNsPerPacket(100000));
    return 0;
}
