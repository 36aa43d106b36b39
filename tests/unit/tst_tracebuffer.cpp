// The trace's bounded buffer (issue 14): it keeps the newest events up to its capacity and
// counts every one it had to give up; take() hands everything over, oldest first. An event's
// JSON line carries time, direction and connection, and a close says which side closed.

#include "mqtt/packet/PacketDecoder.h"
#include "mqtt/trace/TraceBuffer.h"

#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace deck::mqtt;
using namespace deck::mqtt::trace;

namespace {
TraceEvent ping(int n)
{
    TraceEvent e;
    e.timeUs = 1'700'000'000'000'000LL + n;
    e.connection = n;
    e.decoded = packet::decodePacket(QByteArray::fromHex("c000"), MqttVersion::V5);
    return e;
}
} // namespace

class TstTraceBuffer : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheNewestAndCountsTheRest()
    {
        TraceBuffer buffer(3);
        for (int i = 0; i < 5; ++i)
            buffer.append(ping(i));
        QCOMPARE(buffer.discarded(), 2u);
        QCOMPARE(buffer.total(), 5u);
        const std::vector<TraceEvent> got = buffer.take();
        QCOMPARE(got.size(), size_t(3));
        QCOMPARE(got.front().connection, 2);
        QCOMPARE(got.back().connection, 4);
        QVERIFY(buffer.take().empty());
        buffer.append(ping(9));
        QCOMPARE(buffer.take().size(), size_t(1));
        QCOMPARE(buffer.discarded(), 2u);
    }
    void concurrentWritersLoseNothingUnderCapacity()
    {
        TraceBuffer buffer(100000);
        std::thread a([&] {
            for (int i = 0; i < 20000; ++i)
                buffer.append(ping(i));
        });
        std::thread b([&] {
            for (int i = 0; i < 20000; ++i)
                buffer.append(ping(i));
        });
        size_t taken = 0;
        while (taken < 40000)
            taken += buffer.take().size();
        a.join();
        b.join();
        QCOMPARE(taken, size_t(40000));
        QCOMPARE(buffer.discarded(), 0u);
    }
    void jsonLine()
    {
        TraceEvent e = ping(1);
        e.direction = Direction::In;
        QJsonObject o = traceEventToJson(e);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("PINGREQ"));
        QCOMPARE(o.value(QStringLiteral("dir")).toString(), QStringLiteral("in"));
        QCOMPARE(o.value(QStringLiteral("connection")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
        e.closed = true;
        e.direction = Direction::Out;
        o = traceEventToJson(e);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("CLOSED"));
        QCOMPARE(o.value(QStringLiteral("dir")).toString(), QStringLiteral("out"));
    }
};

QTEST_GUILESS_MAIN(TstTraceBuffer)
#include "tst_tracebuffer.moc"
