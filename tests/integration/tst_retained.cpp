// Clearing retained values against a real mosquitto: the tree knows which topics hold one, the
// clearer deletes them and records it in the journal database, and a new subscriber then
// receives nothing. A journal that cannot be written stops the clear before anything is sent.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "ingest/Engine.h"
#include "mqtt/RetainedClearer.h"
#include "storage/Journal.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;
using deck::storage::Journal;
using deck::storage::RetainedClear;
using Outcome = deck::storage::RetainedClearTopic::Outcome;

namespace {
QList<RetainedClear> recorded(const QString &path)
{
    Journal journal;
    if (const deck::storage::Status s = journal.open(path); !s) {
        qWarning() << s.error();
        return {};
    }
    const auto clears = journal.retainedClears();
    return clears ? clears.value() : QList<RetainedClear>();
}
} // namespace

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
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        RetainedClearer clearer(&console.session(), journal);
        QSignalSpy done(&clearer, &RetainedClearer::finished);
        QVERIFY(clearer.start(topics).isEmpty());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toStringList().size(), 2);
        QVERIFY(done.first().at(1).toStringList().isEmpty());
        QCOMPARE(done.first().at(2).toString(), QString()); // recorded
        engine.markRetainedCleared(topics);
        QCOMPARE(engine.read([&](const TopicTree &t) {
            return t.retainedTopicsUnder(t.find("plant")).size();
        }),
                 size_t(1)); // line-2 keeps its value

        const QList<RetainedClear> clears = recorded(journal);
        QCOMPARE(clears.size(), 1);
        QVERIFY2(clears[0].broker.startsWith(QStringLiteral("tcp://127.0.0.1:")),
                 qPrintable(clears[0].broker));
        QVERIFY(clears[0].finishedMs >= clears[0].startedMs && clears[0].startedMs > 0);
        QCOMPARE(clears[0].topics.size(), 2);
        QCOMPARE(clears[0].topics[1].topic, QStringLiteral("plant/line-1/gw-2/status"));
        QCOMPARE(clears[0].topics[0].outcome, Outcome::Cleared);
        QCOMPARE(clears[0].topics[1].outcome, Outcome::Cleared);

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
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        RetainedClearer clearer(&offline, journal);
        const QString error = clearer.start({QStringLiteral("a/b")});
        QVERIFY2(error.contains(QStringLiteral("Not connected")), qPrintable(error));
        const QList<RetainedClear> clears = recorded(journal); // the attempt is on record
        QCOMPARE(clears.size(), 1);
        QCOMPARE(clears[0].topics.size(), 1);
        QCOMPARE(clears[0].topics[0].outcome, Outcome::Failed);
        QVERIFY2(clears[0].topics[0].detail.contains(QStringLiteral("Not connected")),
                 qPrintable(clears[0].topics[0].detail));
    }

    void unwritableJournalClearsNothing()
    {
        Broker broker;
        const QString e = broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        OutgoingMessage status;
        status.topic = QStringLiteral("plant/gw-1/status");
        status.payload = "online";
        status.qos = 1;
        status.retain = true;
        {
            SessionWaiter publisher;
            QVERIFY(publisher.connect(localOptions(broker.tcpPort())));
            QVERIFY(publisher.publish(status));
        }
        // A watcher sees the retained value, and would see the empty message that clears it.
        SessionWaiter watcher;
        QVERIFY(watcher.connect(localOptions(broker.tcpPort())));
        QVERIFY(watcher.subscribe(QStringLiteral("plant/#"), 1));
        QCOMPARE(watcher.waitForMessages(1).size(), size_t(1));

        SessionWaiter console;
        QVERIFY(console.connect(localOptions(broker.tcpPort())));
        QTemporaryDir dir;
        // A journal that is not SQLite (damaged), and one whose folder cannot be made (a file
        // is in the way): both refused in words; root cannot write past either.
        const QString junk = dir.filePath(QStringLiteral("journal.sqlite"));
        const QByteArray junkBytes(4096, 'x');
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junkBytes);
        }
        const QString blocked = junk + QStringLiteral("/journal.sqlite");
        for (const QString &journal : {junk, blocked}) {
            RetainedClearer clearer(&console.session(), journal);
            QSignalSpy done(&clearer, &RetainedClearer::finished);
            const QString error = clearer.start({status.topic});
            QVERIFY2(error.startsWith(QStringLiteral("Nothing was cleared, because it could not "
                                                     "be recorded: ")) &&
                         error.contains(QFileInfo(journal).absolutePath()),
                     qPrintable(error));
            QVERIFY2(journal != junk || error.contains(QStringLiteral("not an SQLite database")),
                     qPrintable(error));
            QTest::qWait(300);
            QCOMPARE(done.size(), 0);
        }
        QTest::qWait(300);
        QCOMPARE(watcher.messages().size(), size_t(1)); // no empty retained message came
        QFile f(junk);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junkBytes);
        SessionWaiter late;
        QVERIFY(late.connect(localOptions(broker.tcpPort())));
        QVERIFY(late.subscribe(QStringLiteral("plant/#"), 1));
        QCOMPARE(late.waitForMessages(1).at(0).payloadCopy(), QByteArray("online"));
    }
};

QTEST_GUILESS_MAIN(TstRetained)
#include "tst_retained.moc"
