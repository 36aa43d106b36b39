// SeriesRecorder: every message of a plotted topic becomes a point (read from the topic's
// history between polls), non-numeric values are counted, CSV export, clear.

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
        SeriesRecorder recorder;
        QVERIFY(recorder.add(QStringLiteral("dev/1/t"), QStringLiteral("/v")));
        QString error;
        QVERIFY(!recorder.add(QStringLiteral("dev/1/t"), QStringLiteral("/v"), &error));
        QVERIFY(error.contains(QStringLiteral("already plotted")));
        QVERIFY(recorder.add(QStringLiteral("dev/1/raw"), QString()));

        QCOMPARE(recorder.poll(engine), 0); // nothing yet
        for (int i = 0; i < 5; ++i)
            publish(*queue, "dev/1/t", QByteArray(R"({"v":)") + QByteArray::number(i) + "}");
        publish(*queue, "dev/1/t", R"({"v":"n/a"})");
        publish(*queue, "dev/1/raw", "12.5");
        QVERIFY(deck::test::waitUntilApplied(engine, 7, 5000));
        QCOMPARE(recorder.poll(engine), 6);
        const PlotSeries &t = recorder.series()[0];
        QCOMPARE(t.points.size(), size_t(5));
        QCOMPARE(t.points.back().second, 4.0);
        QCOMPARE(t.skipped, quint64(1));
        QCOMPARE(recorder.series()[1].points.front().second, 12.5);

        // More messages than the history keeps (20) between two polls: the missing are counted.
        for (int i = 0; i < 30; ++i)
            publish(*queue, "dev/1/t", QByteArray(R"({"v":)") + QByteArray::number(100 + i) + "}");
        QVERIFY(deck::test::waitUntilApplied(engine, 37, 5000));
        recorder.poll(engine);
        QCOMPARE(t.points.back().second, 129.0);
        QCOMPARE(t.missed, quint64(10));

        const QByteArray csv = recorder.toCsv();
        QVERIFY(csv.startsWith("time,epoch_ms,topic,field,value\n"));
        QVERIFY(csv.contains(",\"dev/1/raw\",\"\",12.5\n"));
        QCOMPARE(csv.count('\n'), 1 + 5 + 20 + 1);

        // After a clear the topic is found again when it comes back.
        engine.clear();
        QTRY_COMPARE(engine.counters().topics, quint64(0));
        publish(*queue, "dev/1/t", R"({"v":7})");
        QVERIFY(deck::test::waitUntilApplied(engine, 38, 5000));
        QCOMPARE(recorder.poll(engine), 1);
        QCOMPARE(t.points.back().second, 7.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesRecorder)
#include "tst_seriesrecorder.moc"
