// Clearing retained values against a real mosquitto: the tree knows which topics hold one, the
// clearer deletes them and keeps a journal, and a new subscriber then receives nothing.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "ingest/Engine.h"
#include "mqtt/RetainedClearer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstRetained : public QObject
{
    Q_OBJECT
private slots:
    void clearRetainedUnderANode()
    {
        Broker broker;
        const QString e = broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        {
            SessionWaiter publisher;
            QVERIFY(publisher.connect(localOptions(broker.tcpPort())));
            QList<OutgoingMessage> batch;
            for (const char *t : {"plant/line-1/gw-1/status", "plant/line-1/gw-2/status",
                                  "plant/line-2/gw-3/status"}) {
                OutgoingMessage m;
                m.topic = QString::fromLatin1(t);
                m.payload = R"({"state":"online"})";
                m.qos = 1;
                m.retain = true;
                batch << m;
            }
            OutgoingMessage live;
            live.topic = QStringLiteral("plant/line-1/gw-1/telemetry");
            live.payload = "21.5";
            batch << live;
            QVERIFY(publisher.publishAll(batch));
        }

        SessionWaiter console;
        QVERIFY(console.connect(localOptions(broker.tcpPort())));
        Engine engine(console.session().messageQueue());
        engine.start();
        QVERIFY(console.subscribe(QStringLiteral("plant/#"), 1));
        QVERIFY(deck::test::waitUntilApplied(engine, 3, 5000));
        QStringList topics;
        engine.read([&](const TopicTree &t) {
            for (NodeId n : t.retainedTopicsUnder(t.find("plant/line-1")))
                topics << QString::fromUtf8(t.topic(n));
            return 0;
        });
        topics.sort();
        QCOMPARE(topics, (QStringList{QStringLiteral("plant/line-1/gw-1/status"),
                                      QStringLiteral("plant/line-1/gw-2/status")}));

        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("clears.jsonl"));
        RetainedClearer clearer(&console.session(), journal);
        QSignalSpy done(&clearer, &RetainedClearer::finished);
        QVERIFY(clearer.start(topics).isEmpty());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toStringList().size(), 2);
        QVERIFY(done.first().at(1).toStringList().isEmpty());
        engine.markRetainedCleared(topics);
        QCOMPARE(engine.read([&](const TopicTree &t) {
            return t.retainedTopicsUnder(t.find("plant")).size();
        }),
                 size_t(1)); // line-2 keeps its value

        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray record = f.readAll();
        QVERIFY(record.contains("plant/line-1/gw-2/status"));
        QVERIFY(record.contains("\"broker\":\"tcp://127.0.0.1:"));

        SessionWaiter late;
        QVERIFY(late.connect(localOptions(broker.tcpPort())));
        QVERIFY(late.subscribe(QStringLiteral("plant/line-1/#"), 1));
        QTest::qWait(400);
        QCOMPARE(late.messages().size(), size_t(0)); // nothing retained any more
    }

    void notConnectedClearsNothingAndSaysWhy()
    {
        PahoSession offline;
        QTemporaryDir dir;
        RetainedClearer clearer(&offline, dir.filePath(QStringLiteral("clears.jsonl")));
        const QString error = clearer.start({QStringLiteral("a/b")});
        QVERIFY2(error.contains(QStringLiteral("Not connected")), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("clears.jsonl")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(
            f.readAll().contains("\"failed\":[\"a/b: Not connected")); // the attempt is on record
    }
};

QTEST_GUILESS_MAIN(TstRetained)
#include "tst_retained.moc"
