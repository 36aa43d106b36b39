// Last Will, persistent sessions (MQTT 5 session expiry, MQTT 3.1.1 clean session off) and
// automatic reconnection after a broker restart. A real mosquitto; the dying client is a real
// mqttdeck-cli process killed without DISCONNECT.

#include "Broker.h"
#include "Cli.h"
#include "SessionWaiter.h"

#include <QProcess>
#include <QSet>
#include <QTest>

#include <signal.h>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstSessions : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;

    /// Starts `mqttdeck-cli sub` with a will and waits until it is subscribed: a retained
    /// "ready" message is printed as soon as its subscription is in place.
    std::unique_ptr<QProcess> startClientWithWill(const QString &name,
                                                  const QStringList &extra = {})
    {
        SessionWaiter setup;
        if (!setup.connect(localOptions(m_broker->tcpPort())))
            return nullptr;
        OutgoingMessage ready;
        ready.topic = QStringLiteral("will/%1/ready").arg(name);
        ready.payload = "ready";
        ready.qos = 1;
        ready.retain = true;
        if (!setup.publish(ready))
            return nullptr;
        auto p = std::make_unique<QProcess>();
        p->start(cliPath(),
                 QStringList{
                     QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(m_broker->tcpPort()),
                     QStringLiteral("-t"), ready.topic, QStringLiteral("-q"), QStringLiteral("1"),
                     QStringLiteral("--will-topic"), QStringLiteral("will/%1/status").arg(name),
                     QStringLiteral("--will-payload"), QStringLiteral(R"({"state":"offline"})"),
                     QStringLiteral("--will-qos"), QStringLiteral("1")} +
                     extra);
        if (!p->waitForStarted(5000))
            return nullptr;
        (void)QTest::qWaitFor([&] { return p->canReadLine() || p->state() != QProcess::Running; },
                              10000);
        return p;
    }

private slots:
    void initTestCase()
    {
        m_broker = std::make_unique<Broker>();
        const QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void willFiresWhenTheClientDies()
    {
        SessionWaiter watcher;
        QVERIFY(watcher.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(watcher.subscribe(QStringLiteral("will/dies/status"), 1));
        auto client = startClientWithWill(QStringLiteral("dies"));
        QVERIFY(client);
        QVERIFY2(client->readLine().startsWith("ready"),
                 client->readAllStandardError().constData());
        ::kill(pid_t(client->processId()), SIGKILL); // no DISCONNECT: the socket just dies
        client->waitForFinished(3000);
        auto &got = watcher.waitForMessages(1, 10000);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].payloadCopy(), QByteArray(R"({"state":"offline"})"));
        QCOMPARE(got[0].qos(), 1);
    }

    void willDoesNotFireAfterACleanDisconnect()
    {
        SessionWaiter watcher;
        QVERIFY(watcher.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(watcher.subscribe(QStringLiteral("will/clean/status"), 1));
        auto client = startClientWithWill(QStringLiteral("clean"),
                                          {QStringLiteral("-C"), QStringLiteral("1")});
        QVERIFY(client);
        QVERIFY(client->waitForFinished(5000)); // -C 1: exits after the ready line, cleanly
        QCOMPARE(client->exitCode(), 0);
        QTest::qWait(1500);
        QCOMPARE(watcher.messages().size(), size_t(0));
    }

    void persistentSessionReceivesWhatWasMissed_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("MQTT 5, session expiry") << int(MqttVersion::V5);
        QTest::newRow("MQTT 3.1.1, clean session off") << int(MqttVersion::V311);
    }
    void persistentSessionReceivesWhatWasMissed()
    {
        QFETCH(int, version);
        ConnectionOptions o = localOptions(m_broker->tcpPort(), MqttVersion(version));
        o.clientId = QStringLiteral("persistent-%1").arg(version);
        o.cleanStart = false;
        if (version == int(MqttVersion::V5))
            o.sessionExpirySeconds = 300;
        const QString filter = QStringLiteral("persist/%1/#").arg(version);
        {
            SessionWaiter first;
            ConnectResult r;
            QVERIFY(first.connect(o, &r));
            QVERIFY(first.subscribe(filter, 1));
            first.close();
        }
        constexpr int kMissed = 200;
        {
            SessionWaiter publisher;
            QVERIFY(publisher.connect(localOptions(m_broker->tcpPort())));
            QList<OutgoingMessage> batch;
            for (int i = 0; i < kMissed; ++i) {
                OutgoingMessage m;
                m.topic = QStringLiteral("persist/%1/seq").arg(version);
                m.payload = QByteArray::number(i);
                m.qos = 1;
                batch << m;
            }
            QVERIFY2(publisher.publishAll(batch), qPrintable(publisher.lastError()));
        }
        SessionWaiter again;
        ConnectResult r;
        QVERIFY(again.connect(o, &r));
        QVERIFY2(r.sessionPresent,
                 "the broker must have kept the session (session expiry applied)");
        auto &got = again.waitForMessages(kMissed, 15000);
        QSet<QByteArray> seen;
        for (const Message &m : got)
            seen.insert(m.payloadCopy());
        QCOMPARE(seen.size(), kMissed); // none lost
        // Clean up the session so that a rerun starts fresh.
        again.close();
        ConnectionOptions clean = o;
        clean.cleanStart = true;
        clean.sessionExpirySeconds = 0;
        SessionWaiter cleaner;
        QVERIFY(cleaner.connect(clean));
    }

    void withoutSessionExpiryTheSessionEndsAtDisconnect()
    {
        // MQTT 5: clean start off but expiry 0 keeps nothing. Together with the test above this
        // proves the session expiry property really reaches the broker.
        ConnectionOptions o = localOptions(m_broker->tcpPort());
        o.clientId = QStringLiteral("no-expiry");
        o.cleanStart = false;
        o.sessionExpirySeconds = 0;
        {
            SessionWaiter first;
            QVERIFY(first.connect(o));
            QVERIFY(first.subscribe(QStringLiteral("noexp/#"), 1));
            first.close();
        }
        SessionWaiter again;
        ConnectResult r;
        QVERIFY(again.connect(o, &r));
        QVERIFY(!r.sessionPresent);
    }

    void reconnectsAndResubscribesAfterBrokerRestart()
    {
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(w.subscribe(QStringLiteral("restart/#"), 1));
        QSignalSpy lost(&w.session(), &Session::connectionLost);
        QSignalSpy reconnected(&w.session(), &Session::connected);
        QSignalSpy scheduled(&w.session(), &Session::reconnectScheduled);
        QSignalSpy resubscribed(&w.session(), &Session::subscribeFinished);
        const QString e = m_broker->restart(); // persistence off: the broker forgets everything
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(QTest::qWaitFor([&] { return reconnected.count() > 0; }, 20000));
        QCOMPARE(lost.count(), 1);
        QVERIFY(scheduled.count() >= 1);
        QVERIFY(!reconnected.first().first().value<ConnectResult>().sessionPresent);
        QVERIFY(QTest::qWaitFor([&] { return resubscribed.count() > 0; }, 10000));
        QVERIFY(resubscribed.first().at(1).value<SubscribeResult>().ok);
        QCOMPARE(w.session().state(), Session::State::Connected);

        OutgoingMessage m;
        m.topic = QStringLiteral("restart/after");
        m.payload = "still here";
        m.qos = 1;
        QVERIFY(w.publish(m)); // no-local is off: our own message comes back
        auto &got = w.waitForMessages(1);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].payloadCopy(), QByteArray("still here"));
    }
};

QTEST_GUILESS_MAIN(TstSessions)
#include "tst_sessions.moc"
