#include "EngineWait.h"
#include "ingest/Engine.h"

#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace deck;

class TstEngine : public QObject
{
    Q_OBJECT
private slots:
    void appliesEverythingAndAccountsForIt()
    {
        auto queue = std::make_shared<MessageQueue>();
        Engine engine(queue);
        QSignalSpy changed(&engine, &Engine::changed);
        engine.start();
        constexpr int kMessages = 200000;
        std::thread producer([&] {
            for (int i = 0; i < kMessages; ++i)
                queue->push(Message::fromParts(QByteArray("site/") + QByteArray::number(i % 100) +
                                                   "/dev/" + QByteArray::number(i % 1000),
                                               QByteArray::number(i)));
        });
        producer.join();
        QVERIFY(deck::test::waitUntilApplied(engine, kMessages, 20000));
        const EngineCounters c = engine.counters();
        QCOMPARE(c.received, quint64(kMessages));
        QCOMPARE(c.applied, quint64(kMessages));
        QCOMPARE(c.queued, qint64(0));
        QCOMPARE(c.droppedAtQueue, quint64(0));
        QCOMPARE(c.topics, quint64(1000));
        QCOMPARE(engine.read([](const TopicTree &t) { return t.info(kRootNode).subtreeMessages; }),
                 quint64(kMessages));
        // Notifications are coalesced: a handful, not one per message.
        QVERIFY(changed.wait(1000));
        QVERIFY(changed.count() < 100);
        bool sawRootChildren = false;
        for (const auto &args : std::as_const(changed)) {
            const auto change = args.first().value<EngineChange>();
            for (NodeId p : change.parentsWithNewChildren)
                sawRootChildren |= p == kRootNode;
        }
        QVERIFY(sawRootChildren);
    }

    void dropsAtTheQueueBoundAreVisible()
    {
        auto queue = std::make_shared<MessageQueue>();
        queue->setLimits(1000, 0);
        Engine engine(queue); // not started: nothing drains
        for (int i = 0; i < 1500; ++i)
            queue->push(Message::fromParts("a/b", "x"));
        const EngineCounters c = engine.counters();
        QCOMPARE(c.received, quint64(1500));
        QCOMPARE(c.droppedAtQueue, quint64(500));
        QCOMPARE(c.queued, qint64(1000)); // the gap is shown, not hidden
        engine.start();
        QVERIFY(deck::test::waitUntilApplied(engine, 1000, 5000));
        QCOMPARE(engine.counters().queued, qint64(0));
    }

    void clearKeepsTheAccounting()
    {
        auto queue = std::make_shared<MessageQueue>();
        Engine engine(queue);
        engine.start();
        for (int i = 0; i < 100; ++i)
            queue->push(Message::fromParts("a/" + QByteArray::number(i), "x"));
        QVERIFY(deck::test::waitUntilApplied(engine, 100, 5000));
        QSignalSpy changed(&engine, &Engine::changed);
        engine.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &args : std::as_const(changed))
                    if (args.first().value<EngineChange>().cleared)
                        return true;
                return false;
            },
            5000));
        QCOMPARE(engine.counters().topics, quint64(0));
        QCOMPARE(engine.counters().applied, quint64(100));
        queue->push(Message::fromParts("b", "y"));
        QVERIFY(deck::test::waitUntilApplied(engine, 101, 5000));
        QCOMPARE(engine.counters().topics, quint64(1));
    }

    void ratesOfWatchedNodes()
    {
        auto queue = std::make_shared<MessageQueue>();
        Engine engine(queue);
        engine.start();
        queue->push(Message::fromParts("hot/topic", "x"));
        QVERIFY(deck::test::waitUntilApplied(engine, 1, 5000));
        const NodeId hot = engine.read([](const TopicTree &t) { return t.find("hot/topic"); });
        engine.setWatched({hot});
        std::atomic<bool> stop{false};
        std::thread producer([&] {
            while (!stop) {
                for (int i = 0; i < 100; ++i)
                    queue->push(Message::fromParts("hot/topic", "x"));
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        QTest::qWait(2600);
        stop = true;
        producer.join();
        const NodeRates r = engine.rates(hot);
        QVERIFY2(r.subtree > 1000 && r.subtree < 20000, qPrintable(QString::number(r.subtree)));
        QCOMPARE(r.own, r.subtree);
        QVERIFY(engine.counters().appliedPerSecond > 1000);
    }
};

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
