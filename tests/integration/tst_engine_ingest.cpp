// 100,000 messages through a real mosquitto into the engine: every one is accounted for
// (received = applied, nothing dropped), and the tree holds what was sent.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "ingest/Engine.h"

#include <QProcess>
#include <QTest>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstEngineIngest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;

    bool publishLines(int count, int topics, int qos, const QString &prefix)
    {
        QByteArray lines;
        lines.reserve(count * 64);
        for (int i = 0; i < count; ++i)
            lines += R"({"seq":)" + QByteArray::number(i) + R"(,"value":21.5,"unit":"C"})" + '\n';
        // mosquitto_pub -l: one message per line, all to one topic; several processes cover
        // several topics.
        const int perTopic = count / topics;
        QList<QProcess *> pubs;
        for (int t = 0; t < topics; ++t) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral("mosquitto_pub"),
                     {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                      QString::number(m_broker->tcpPort()), QStringLiteral("-q"),
                      QString::number(qos), QStringLiteral("-t"),
                      QStringLiteral("%1/device-%2/telemetry").arg(prefix).arg(t),
                      QStringLiteral("-l")});
            if (!p->waitForStarted())
                return false;
            const qsizetype from = t == 0 ? 0 : nthLine(lines, t * perTopic);
            const qsizetype to =
                t == topics - 1 ? lines.size() : nthLine(lines, (t + 1) * perTopic);
            p->write(lines.mid(from, to - from));
            p->closeWriteChannel();
            pubs << p;
        }
        bool ok = true;
        for (QProcess *p : pubs) {
            ok = ok && p->waitForFinished(60000) && p->exitCode() == 0;
            delete p;
        }
        return ok;
    }
    static qsizetype nthLine(const QByteArray &text, int n)
    {
        qsizetype pos = 0;
        for (int i = 0; i < n; ++i)
            pos = text.indexOf('\n', pos) + 1;
        return pos;
    }

private slots:
    void initTestCase()
    {
        m_broker = std::make_unique<Broker>();
        const QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void everyMessageIsAccountedFor_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("qos");
        QTest::newRow("100k QoS 0") << 100000 << 0;
        QTest::newRow("20k QoS 1") << 20000 << 1;
    }
    void everyMessageIsAccountedFor()
    {
        QFETCH(int, count);
        QFETCH(int, qos);
        const QString prefix = QStringLiteral("ingest-q%1").arg(qos);
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort())));
        Engine engine(w.session().messageQueue());
        engine.start();
        QVERIFY(w.subscribe(prefix + QStringLiteral("/#"), qos));
        QVERIFY(publishLines(count, 4, qos, prefix));
        QVERIFY2(deck::test::waitUntilApplied(engine, quint64(count), 60000),
                 qPrintable(
                     QStringLiteral("applied %1 of %2").arg(engine.counters().applied).arg(count)));
        QTest::qWait(200); // nothing more arrives
        const EngineCounters c = engine.counters();
        QCOMPARE(c.received, quint64(count));
        QCOMPARE(c.applied, quint64(count));
        QCOMPARE(c.droppedAtQueue, quint64(0));
        QCOMPARE(c.queued, qint64(0));
        QCOMPARE(c.topics, quint64(4));
        const quint64 inTree = engine.read([&](const TopicTree &t) {
            return t.info(t.find(prefix.toStdString())).subtreeMessages;
        });
        QCOMPARE(inTree, quint64(count));
        const QByteArray last = engine.read([&](const TopicTree &t) {
            const QString topic = prefix + QStringLiteral("/device-3/telemetry");
            return t.lastMessage(t.find(topic.toStdString())).payload;
        });
        const QByteArray expected = QByteArray(R"({"seq":)") + QByteArray::number(count - 1);
        QVERIFY2(last.startsWith(expected), last.constData());
    }
};

QTEST_GUILESS_MAIN(TstEngineIngest)
#include "tst_engine_ingest.moc"
