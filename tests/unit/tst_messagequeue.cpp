#include "ingest/MessageQueue.h"

#include <QElapsedTimer>

#include <QTest>

#include <thread>

using deck::Message;
using deck::MessageQueue;

class TstMessageQueue : public QObject
{
    Q_OBJECT
private slots:
    void wakesOncePerBatch()
    {
        MessageQueue q;
        QVERIFY(q.push(Message::fromParts("a", "1")));
        QVERIFY(!q.push(Message::fromParts("a", "2")));
        std::vector<Message> out;
        QCOMPARE(q.drain(out), 2);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(QByteArray(out[1].payload().data(), out[1].payload().size()), QByteArray("2"));
        QVERIFY(q.push(Message::fromParts("a", "3"))); // empty again: wake again
        QCOMPARE(q.drain(out), 1);
        QCOMPARE(out.size(), size_t(3)); // appended, not replaced
        QCOMPARE(q.pushedTotal(), quint64(3));
    }
    void concurrentProducerLosesNothing()
    {
        MessageQueue q;
        constexpr int n = 200000;
        std::thread producer([&] {
            for (int i = 0; i < n; ++i)
                q.push(Message::fromParts("t", QByteArray::number(i)));
        });
        std::vector<Message> out;
        out.reserve(n);
        // Drain while the producer runs, then once more after it ended: a lost message shows as
        // a short count (a failure), not as a loop waiting for the test's timeout.
        QElapsedTimer clock;
        clock.start();
        while (out.size() < size_t(n) && clock.elapsed() < 20000)
            q.drain(out);
        producer.join();
        q.drain(out);
        QCOMPARE(out.size(), size_t(n));
        QCOMPARE(q.droppedTotal(), quint64(0));
        for (int i = 0; i < n; i += 9973) // order preserved
            QCOMPARE(QByteArray(out[size_t(i)].payload().data(), out[size_t(i)].payload().size()),
                     QByteArray::number(i));
    }
    void boundedDropsAreCounted()
    {
        MessageQueue q;
        q.setLimits(3, 0);
        for (int i = 0; i < 5; ++i)
            q.push(Message::fromParts("t", "x"));
        QCOMPARE(q.size(), 3);
        QCOMPARE(q.pushedTotal(), quint64(3));
        QCOMPARE(q.droppedTotal(), quint64(2));
        QCOMPARE(q.offeredTotal(), quint64(5));
        std::vector<Message> out;
        q.drain(out);
        q.setLimits(0, 10); // byte bound
        q.push(Message::fromParts("t", QByteArray(8, 'a')));
        q.push(Message::fromParts("t", QByteArray(8, 'b')));
        QCOMPARE(q.size(), 1);
        QCOMPARE(q.droppedTotal(), quint64(3));
    }
    void waitWakesOnPush()
    {
        MessageQueue q;
        QVERIFY(!q.waitForMessages(std::chrono::milliseconds(10)));
        std::thread producer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            q.push(Message::fromParts("t", "x"));
        });
        QVERIFY(q.waitForMessages(std::chrono::milliseconds(5000)));
        producer.join();
    }
    void messageKeepsItsBytes()
    {
        deck::mqtt::MessageProperties props;
        props.contentType = QStringLiteral("application/json");
        props.userProperties.append({QStringLiteral("k"), QStringLiteral("v")});
        Message m =
            Message::fromParts("site/a", QByteArray("\x00\xff", 2), 1, true, false, 42, props);
        Message copy = m;
        m = Message();
        QCOMPARE(copy.topicString(), QStringLiteral("site/a"));
        QCOMPARE(copy.payload().size(), 2);
        QCOMPARE(copy.qos(), 1);
        QVERIFY(copy.isRetained());
        QCOMPARE(copy.properties().contentType, QStringLiteral("application/json"));
        QVERIFY(!Message::fromParts("a", "b").hasProperties());
    }
};

QTEST_GUILESS_MAIN(TstMessageQueue)
#include "tst_messagequeue.moc"
