// SeriesRecorder: every message of a plotted topic becomes a point (sampled by its stage on the
// engine, none lost between polls however many arrive), non-numeric values are counted, the
// current value starts a series, CSV export, clear.

#include "EngineWait.h"
#include "charts/SeriesRecorder.h"

#include <QDateTime>
#include <QtTest>

using namespace deck;

class TestSeriesRecorder : public QObject
{
    Q_OBJECT
    static void publish(MessageQueue &q, const QByteArray &topic, const QByteArray &payload)
    {
        q.push(Message::fromParts(topic, payload, 0, false, false,
                                  QDateTime::currentMSecsSinceEpoch()));
    }

private slots:
    void recordsEveryMessageBetweenPolls()
    {
        auto queue = std::make_shared<MessageQueue>();
        Engine engine(queue);
        engine.start();
        SeriesRecorder recorder(&engine);
        QVERIFY(recorder.add(QStringLiteral("dev/1/t"), QStringLiteral("/v")));
        QString error;
        QVERIFY(!recorder.add(QStringLiteral("dev/1/t"), QStringLiteral("/v"), &error));
        QVERIFY(error.contains(QStringLiteral("already plotted")));
        QVERIFY(recorder.add(QStringLiteral("dev/1/raw"), QString()));

        QCOMPARE(recorder.poll(), 0); // nothing yet
        for (int i = 0; i < 5; ++i)
            publish(*queue, "dev/1/t", QByteArray(R"({"v":)") + QByteArray::number(i) + "}");
        publish(*queue, "dev/1/t", R"({"v":"n/a"})");
        publish(*queue, "dev/1/raw", "12.5");
        QVERIFY(deck::test::waitUntilApplied(engine, 7, 5000));
        QCOMPARE(recorder.poll(), 6);
        const PlotSeries &t = recorder.series()[0];
        QCOMPARE(t.points.size(), size_t(5));
        QCOMPARE(t.points.back().second, 4.0);
        QCOMPARE(t.skipped, quint64(1));
        QCOMPARE(recorder.series()[1].points.front().second, 12.5);

        // Far more messages than a topic's history keeps (20) between two polls: all sampled.
        for (int i = 0; i < 3000; ++i)
            publish(*queue, "dev/1/t", QByteArray(R"({"v":)") + QByteArray::number(100 + i) + "}");
        QVERIFY(deck::test::waitUntilApplied(engine, 3007, 5000));
        QCOMPARE(recorder.poll(), 3000);
        QCOMPARE(t.points.size(), size_t(3005));
        QCOMPARE(t.points.back().second, 3099.0);
        for (size_t i = 5; i < t.points.size(); ++i)
            QCOMPARE(t.points[i].second, double(100 + i - 5)); // in order, no gap

        const QByteArray csv = recorder.toCsv();
        QVERIFY(csv.startsWith("time,epoch_ms,topic,field,value\n"));
        QVERIFY(csv.contains(",\"dev/1/raw\",\"\",12.5\n"));
        QCOMPARE(csv.count('\n'), 1 + 5 + 3000 + 1);

        // After a clear the topic is found again when it comes back.
        engine.clear();
        QTRY_COMPARE(engine.counters().topics, quint64(0));
        publish(*queue, "dev/1/t", R"({"v":7})");
        QVERIFY(deck::test::waitUntilApplied(engine, 3008, 5000));
        QCOMPARE(recorder.poll(), 1);
        QCOMPARE(t.points.back().second, 7.0);

        // A series added later starts from the topic's current value, sampled once only.
        publish(*queue, "dev/2/raw", "42");
        QVERIFY(deck::test::waitUntilApplied(engine, 3009, 5000));
        QVERIFY(recorder.add(QStringLiteral("dev/2/raw"), QString()));
        QCOMPARE(recorder.series()[2].points.size(), size_t(1));
        QCOMPARE(recorder.series()[2].points.front().second, 42.0);
        publish(*queue, "dev/2/raw", "43");
        QVERIFY(deck::test::waitUntilApplied(engine, 3010, 5000));
        QCOMPARE(recorder.poll(), 1);
        QCOMPARE(recorder.series()[2].points.size(), size_t(2));
        QCOMPARE(recorder.series()[2].points.back().second, 43.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesRecorder)
#include "tst_seriesrecorder.moc"
