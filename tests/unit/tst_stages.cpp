// Message stages (issue 9): every wanted message reaches each stage in order and without loss;
// filters; a worker stage that blocks has its drops counted and never holds up the engine;
// ticks carry the injected clock's time; a clear reaches stages in order; a removed stage is
// never called again; the live feed's snapshots; the tree keeps times older than its creation.

#include "EngineWait.h"
#include "ingest/Engine.h"
#include "ingest/LiveFeed.h"

#include <QDateTime>
#include <QtTest>

#include <condition_variable>

using namespace deck;

namespace {

Message numbered(const QByteArray &topic, quint64 n, qint64 ms = 1000)
{
    return Message::fromParts(topic, QByteArray::number(n), 0, false, false, ms);
}

/// Records what it is given; optionally blocks in consume() until released.
class Recorder : public MessageStage
{
public:
    using MessageStage::MessageStage;
    std::vector<quint64> values; // stage thread only, read after the engine stopped
    std::vector<std::string> topics;
    std::atomic<int> ticks{0};
    std::atomic<qint64> lastTickMs{0};
    std::atomic<int> clears{0};
    std::atomic<quint64> consumed{0};
    std::atomic<bool> blocked{false};
    std::mutex mutex;
    std::condition_variable released;

    void consume(const Message &m) override
    {
        if (blocked) {
            std::unique_lock lock(mutex);
            released.wait(lock, [this] { return !blocked.load(); });
        }
        values.push_back(m.payload().toByteArray().toULongLong());
        topics.emplace_back(m.topic());
        ++consumed;
    }
    void tick(qint64 nowMs) override
    {
        lastTickMs = nowMs;
        ++ticks;
    }
    void cleared() override { ++clears; }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            blocked = false;
        }
        released.notify_all();
    }
};

bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace

class TstStages : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageInOrderThrough200k()
    {
        auto queue = std::make_shared<MessageQueue>();
        EngineOptions options;
        options.notifyIntervalMs = 20;
        Engine engine(queue, options);
        auto inlineAll = std::make_shared<Recorder>(QStringLiteral("inline"));
        auto workerAll = std::make_shared<Recorder>(QStringLiteral("worker"), StageFilter::all(),
                                                    MessageStage::Delivery::Worker, 1000000);
        auto onlyB = std::make_shared<Recorder>(QStringLiteral("b only"),
                                                StageFilter({QByteArray("dev/b/#")}));
        engine.addStage(inlineAll);
        engine.addStage(workerAll);
        engine.addStage(onlyB);
        engine.start();
        const quint64 total = 200000;
        // Pushed from another thread while the engine applies, as the network would.
        std::thread producer([&] {
            for (quint64 i = 1; i <= total; ++i)
                queue->push(numbered(i % 4 == 0 ? "dev/b/x" : "dev/a/x", i));
        });
        producer.join();
        QVERIFY(deck::test::waitUntilApplied(engine, total, 30000));
        QVERIFY(waitFor([&] { return workerAll->counters().delivered == total; }));
        engine.stop();
        for (Recorder *r : {inlineAll.get(), workerAll.get()}) {
            QCOMPARE(quint64(r->values.size()), total);
            for (quint64 i = 0; i < total; ++i)
                if (r->values[i] != i + 1)
                    QFAIL(qPrintable(QStringLiteral("%1: message %2 arrived as %3")
                                         .arg(r->name())
                                         .arg(i + 1)
                                         .arg(r->values[i])));
            QCOMPARE(r->counters().dropped, quint64(0));
        }
        QCOMPARE(quint64(onlyB->values.size()), total / 4);
        for (size_t i = 0; i < onlyB->values.size(); ++i)
            QCOMPARE(onlyB->values[i], quint64(4 * (i + 1)));
        QCOMPARE(onlyB->counters().delivered, total / 4);
        // The tree is the first stage: it holds what every stage saw.
        QCOMPARE(engine.counters().topics, quint64(2));
    }

    void aBlockedWorkerCountsItsDropsAndHoldsUpNothing()
    {
        auto queue = std::make_shared<MessageQueue>();
        Engine engine(queue);
        auto slow = std::make_shared<Recorder>(QStringLiteral("slow"), StageFilter::all(),
                                               MessageStage::Delivery::Worker, 1000);
        auto fast = std::make_shared<Recorder>(QStringLiteral("fast"));
        slow->blocked = true;
        engine.addStage(slow);
        engine.addStage(fast);
        engine.start();
        const quint64 total = 50000;
        for (quint64 i = 1; i <= total; ++i)
            queue->push(numbered("t", i));
        // The engine and the inline stage go on while the worker is stuck.
        QVERIFY(deck::test::waitUntilApplied(engine, total, 20000));
        QCOMPARE(fast->consumed.load(), total);
        StageCounters c = slow->counters();
        QVERIFY2(c.dropped > 0, "a stuck stage must drop, and say so");
        QVERIFY(c.queued <= 1000);
        QCOMPARE(c.delivered + c.dropped + c.queued, total); // every message accounted for
        QCOMPARE(engine.counters().stageDrops(), c.dropped);  // shown with the counters
        slow->release();
        QVERIFY(waitFor([&] { return slow->counters().queued == 0; }));
        c = slow->counters();
        QCOMPARE(c.delivered + c.dropped, total);
        engine.stop();
        // What it did get is in order (a gap where slices were dropped, never a reordering).
        QVERIFY(std::is_sorted(slow->values.begin(), slow->values.end()));
        QCOMPARE(quint64(slow->values.size()), c.delivered);
    }

    void ticksCarryTheInjectedClockAndClearsArriveInOrder()
    {
        auto queue = std::make_shared<MessageQueue>();
        auto clock = std::make_shared<ManualClock>(1'700'000'000'000);
        EngineOptions options;
        options.notifyIntervalMs = 10;
        options.clock = clock;
        Engine engine(queue, options);
        auto stage = std::make_shared<Recorder>(QStringLiteral("s"));
        auto worker = std::make_shared<Recorder>(QStringLiteral("w"), StageFilter::all(),
                                                 MessageStage::Delivery::Worker);
        engine.addStage(stage);
        engine.addStage(worker);
        engine.start();
        QVERIFY(waitFor([&] { return stage->lastTickMs == 1'700'000'000'000; }));
        clock->advance(60'000);
        QVERIFY(waitFor([&] { return stage->lastTickMs == 1'700'000'060'000; }));
        QVERIFY(waitFor([&] { return worker->lastTickMs == 1'700'000'060'000; }));

        queue->push(numbered("a", 1));
        QVERIFY(deck::test::waitUntilApplied(engine, 1, 5000));
        engine.clear();
        QVERIFY(waitFor([&] { return stage->clears == 1 && worker->clears == 1; }));
        queue->push(numbered("a", 2));
        QVERIFY(deck::test::waitUntilApplied(engine, 2, 5000));
        QVERIFY(waitFor([&] { return worker->consumed == 2; }));

        // Removed: never called again.
        engine.removeStage(stage.get());
        engine.removeStage(worker.get());
        queue->push(numbered("a", 3));
        QVERIFY(deck::test::waitUntilApplied(engine, 3, 5000));
        const int ticks = stage->ticks;
        QTest::qWait(50);
        QCOMPARE(stage->consumed.load(), quint64(2));
        QCOMPARE(worker->consumed.load(), quint64(2));
        QCOMPARE(stage->ticks.load(), ticks);
        engine.stop();
    }

    void messageTimeClockFollowsTheMessages()
    {
        auto queue = std::make_shared<MessageQueue>();
        auto clock = std::make_shared<MessageTimeClock>();
        EngineOptions options;
        options.clock = clock;
        Engine engine(queue, options);
        engine.start();
        const qint64 capture = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC)
                                   .toMSecsSinceEpoch();
        queue->push(numbered("r", 1, capture));
        queue->push(numbered("r", 2, capture + 5000));
        QVERIFY(deck::test::waitUntilApplied(engine, 2, 5000));
        QCOMPARE(clock->nowMs(), capture + 5000);
        queue->push(numbered("r", 3, capture + 1000)); // an older one never moves it back
        QVERIFY(deck::test::waitUntilApplied(engine, 3, 5000));
        QCOMPARE(clock->nowMs(), capture + 5000);
        // The tree keeps a replay's times (they are long before the tree was created).
        const auto last = engine.lastMessage(QStringLiteral("r"));
        QVERIFY(last);
        QVERIFY2(qAbs(last->receivedAtMs - (capture + 1000)) < 10,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(last->receivedAtMs, Qt::UTC)
                                .toString(Qt::ISODateWithMs)));
        engine.stop();
    }

    void liveFeedSnapshots()
    {
        auto queue = std::make_shared<MessageQueue>();
        EngineOptions options;
        options.notifyIntervalMs = 10;
        Engine engine(queue, options);
        auto feed = std::make_shared<LiveFeed>(5);
        engine.addStage(feed);
        engine.start();
        for (quint64 i = 1; i <= 12; ++i)
            queue->push(numbered("f", i));
        QVERIFY(deck::test::waitUntilApplied(engine, 12, 5000));
        QVERIFY(waitFor([&] { return feed->snapshot()->lastSequence == 12; }));
        const auto snap = feed->snapshot(); // immutable: kept while more arrive
        quint64 last = 0;
        std::vector<Message> fresh = snap->since(9, &last);
        QCOMPARE(last, quint64(12));
        QCOMPARE(fresh.size(), size_t(3));
        QCOMPARE(fresh.front().payload(), QByteArrayView("10"));
        QCOMPARE(snap->since(0, &last).size(), size_t(5)); // only the capacity is kept
        queue->push(numbered("f", 13));
        QVERIFY(waitFor([&] { return feed->snapshot()->lastSequence == 13; }));
        QCOMPARE(snap->lastSequence, quint64(12));
        engine.clear();
        QVERIFY(waitFor([&] { return feed->snapshot()->messages.empty(); }));
        QCOMPARE(feed->snapshot()->lastSequence, quint64(13)); // numbers go on after a clear
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TstStages)
#include "tst_stages.moc"
