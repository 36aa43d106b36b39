// Publish/subscribe at every QoS, retained delivery, MQTT 5 properties and subscription
// options, unsubscribe, and bad input refused before anything is sent. A real mosquitto.

#include "Broker.h"
#include "SessionWaiter.h"

#include <QTest>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstPubSub : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;

    OutgoingMessage message(const QString &topic, const QByteArray &payload, int qos = 0,
                            bool retain = false)
    {
        OutgoingMessage m;
        m.topic = topic;
        m.payload = payload;
        m.qos = qos;
        m.retain = retain;
        return m;
    }

private slots:
    void initTestCase()
    {
        m_broker = std::make_unique<Broker>();
        const QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void qosMatrix_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("publishQos");
        QTest::addColumn<int>("subscribeQos");
        for (int v : {int(MqttVersion::V5), int(MqttVersion::V311)})
            for (int p = 0; p <= 2; ++p)
                for (int s = 0; s <= 2; ++s)
                    QTest::newRow(
                        qPrintable(QStringLiteral("v%1 pub%2 sub%3").arg(v).arg(p).arg(s)))
                        << v << p << s;
    }
    void qosMatrix()
    {
        QFETCH(int, version);
        QFETCH(int, publishQos);
        QFETCH(int, subscribeQos);
        // One client publishes and receives its own messages: in Paho C 1.3.12 a second client
        // in the same process waits ~2 s for its CONNACK, which 18 rows would pay for nothing.
        SessionWaiter sub;
        SessionWaiter &pub = sub;
        QVERIFY(sub.connect(localOptions(m_broker->tcpPort(), MqttVersion(version))));
        SubscribeResult sr;
        const QString topic =
            QStringLiteral("qos/%1/%2/%3").arg(version).arg(publishQos).arg(subscribeQos);
        QVERIFY(sub.subscribe(topic, subscribeQos, &sr));
        QCOMPARE(sr.outcomes.size(), 1);
        QCOMPARE(sr.outcomes[0].code, subscribeQos); // mosquitto grants what was asked
        QList<PublishResult> results;
        constexpr int kCount = 20;
        QList<OutgoingMessage> batch;
        for (int i = 0; i < kCount; ++i)
            batch << message(topic, QByteArray::number(i), publishQos);
        QVERIFY2(pub.publishAll(batch, &results), qPrintable(pub.lastError()));
        QCOMPARE(results.size(), kCount);
        QCOMPARE(results.last().qos, publishQos);
        auto &got = sub.waitForMessages(kCount);
        QCOMPARE(got.size(), size_t(kCount));
        for (int i = 0; i < kCount; ++i) {
            QCOMPARE(got[size_t(i)].payloadCopy(), QByteArray::number(i)); // in order, none lost
            QCOMPARE(got[size_t(i)].qos(), std::min(publishQos, subscribeQos));
            QVERIFY(!got[size_t(i)].isRetained());
        }
    }

    void retainedDeliveryAndClearing()
    {
        SessionWaiter pub;
        QVERIFY(pub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(pub.publish(
            message(QStringLiteral("site/gw-1/status"), R"({"state":"online"})", 1, true)));

        SessionWaiter late;
        QVERIFY(late.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(late.subscribe(QStringLiteral("site/+/status"), 1));
        auto &got = late.waitForMessages(1);
        QCOMPARE(got.size(), size_t(1));
        QVERIFY(got[0].isRetained());
        QCOMPARE(got[0].topicString(), QStringLiteral("site/gw-1/status"));

        // An empty retained message clears it: a later subscriber gets nothing.
        QVERIFY(pub.publish(message(QStringLiteral("site/gw-1/status"), QByteArray(), 1, true)));
        SessionWaiter later;
        QVERIFY(later.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(later.subscribe(QStringLiteral("site/+/status"), 1));
        QTest::qWait(300);
        QCOMPARE(later.messages().size(), size_t(0));
    }

    void v5PropertiesRoundTrip()
    {
        SessionWaiter sub, pub;
        QVERIFY(sub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(pub.connect(localOptions(m_broker->tcpPort())));
        Subscription s;
        s.filter = QStringLiteral("props/#");
        s.qos = 1;
        s.subscriptionIdentifier = 42;
        QVERIFY(sub.subscribe(QList<Subscription>{s}));
        OutgoingMessage m = message(QStringLiteral("props/cmd"), R"({"action":"reboot"})", 1);
        m.properties.contentType = QStringLiteral("application/json");
        m.properties.payloadIsUtf8 = true;
        m.properties.messageExpirySeconds = 120;
        m.properties.responseTopic = QStringLiteral("props/reply");
        m.properties.correlationData = "cmd-0001";
        m.properties.userProperties = {
            {QStringLiteral("requested_by"), QStringLiteral("operator-7")},
            {QStringLiteral("site"), QStringLiteral("paris")}};
        QVERIFY(pub.publish(m));
        auto &got = sub.waitForMessages(1);
        QCOMPARE(got.size(), size_t(1));
        const MessageProperties &p = got[0].properties();
        QCOMPARE(p.contentType, QStringLiteral("application/json"));
        QCOMPARE(p.payloadIsUtf8.value_or(false), true);
        QVERIFY(p.messageExpirySeconds.has_value());
        QVERIFY(*p.messageExpirySeconds <= 120 && *p.messageExpirySeconds >= 118);
        QCOMPARE(p.responseTopic, QStringLiteral("props/reply"));
        QCOMPARE(p.correlationData, QByteArray("cmd-0001"));
        QCOMPARE(p.userProperties.size(), 2);
        QCOMPARE(p.userProperties[0].second, QStringLiteral("operator-7"));
        QCOMPARE(p.subscriptionIdentifiers, QList<quint32>{42});
    }

    void noLocalAndRetainHandling()
    {
        SessionWaiter self;
        QVERIFY(self.connect(localOptions(m_broker->tcpPort())));
        Subscription noLocal;
        noLocal.filter = QStringLiteral("nolocal/a");
        noLocal.qos = 1;
        noLocal.noLocal = true;
        Subscription normal;
        normal.filter = QStringLiteral("nolocal/b");
        normal.qos = 1;
        normal.retainHandling = 2; // never send retained
        SubscribeResult r;
        QVERIFY2(self.subscribe(QList<Subscription>{noLocal, normal}, &r),
                 qPrintable(self.lastError()));
        QCOMPARE(r.outcomes.size(), 2);
        QVERIFY(self.publish(message(QStringLiteral("nolocal/a"), "mine", 1)));
        QVERIFY(self.publish(message(QStringLiteral("nolocal/b"), "also mine", 1)));
        auto &got = self.waitForMessages(1);
        QTest::qWait(200);
        QCOMPARE(got.size(), size_t(1)); // the no-local filter did not echo our message
        QCOMPARE(got[0].topicString(), QStringLiteral("nolocal/b"));

        // retain handling 2: a retained message is not sent at subscription time.
        QVERIFY(self.publish(message(QStringLiteral("rh/x"), "kept", 1, true)));
        SessionWaiter other;
        QVERIFY(other.connect(localOptions(m_broker->tcpPort())));
        Subscription never;
        never.filter = QStringLiteral("rh/#");
        never.retainHandling = 2;
        QVERIFY(other.subscribe(QList<Subscription>{never}));
        QTest::qWait(300);
        QCOMPARE(other.messages().size(), size_t(0));
        QVERIFY(self.publish(message(QStringLiteral("rh/x"), QByteArray(), 1, true)));
    }

    void pubackReasonSuccess()
    {
        SessionWaiter pub;
        QVERIFY(pub.connect(localOptions(m_broker->tcpPort())));
        PublishResult r;
        QVERIFY(pub.publish(message(QStringLiteral("acked/here"), "x", 1), &r));
        QVERIFY(r.ok);
        QCOMPARE(r.qos, 1);
        // mosquitto 2.0.11 answers 0x00 even without subscribers (0x10 is optional).
        QVERIFY(r.code == 0x00 || r.code == 0x10);
        QVERIFY(!r.explanation.isEmpty());
    }

    void unsubscribeStopsDelivery()
    {
        SessionWaiter sub, pub;
        QVERIFY(sub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(pub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(sub.subscribe(QStringLiteral("unsub/#"), 1));
        QVERIFY(pub.publish(message(QStringLiteral("unsub/a"), "1", 1)));
        QCOMPARE(sub.waitForMessages(1).size(), size_t(1));
        QSignalSpy done(&sub.session(), &Session::unsubscribeFinished);
        const Submitted s = sub.session().unsubscribe({QStringLiteral("unsub/#")});
        QVERIFY(s.ok());
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().at(1).value<UnsubscribeResult>().ok);
        QVERIFY(sub.session().activeSubscriptions().isEmpty());
        QVERIFY(pub.publish(message(QStringLiteral("unsub/a"), "2", 1)));
        QTest::qWait(300);
        QCOMPARE(sub.messages().size(), size_t(1));
    }

    void binaryAndLargePayloads()
    {
        SessionWaiter sub, pub;
        QVERIFY(sub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(pub.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(sub.subscribe(QStringLiteral("bin/#"), 1));
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        const QByteArray large(5 * 1024 * 1024, 'x');
        QVERIFY(pub.publish(message(QStringLiteral("bin/all-bytes"), binary, 1)));
        QVERIFY(pub.publish(message(QStringLiteral("bin/large"), large, 1)));
        auto &got = sub.waitForMessages(2, 20000);
        QCOMPARE(got.size(), size_t(2));
        QCOMPARE(got[0].payloadCopy(), binary);
        QCOMPARE(got[1].payload().size(), large.size());
    }

    void badInputIsRefusedBeforeSending()
    {
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort())));
        for (const QString &topic : {QString(), QStringLiteral("a/+/b"), QStringLiteral("a/#")}) {
            const Submitted s = w.session().publish(message(topic, "x"));
            QVERIFY(!s.ok());
            QCOMPARE(s.id, quint64(0));
        }
        OutgoingMessage invalidUtf8 = message(QStringLiteral("a/b"), "\xff\xfe");
        invalidUtf8.properties.payloadIsUtf8 = true;
        QVERIFY(w.session().publish(invalidUtf8).error.contains(QStringLiteral("UTF-8")));
        Subscription bad;
        bad.filter = QStringLiteral("a/#/b");
        QVERIFY(w.session().subscribe({bad}).error.contains(QStringLiteral("last level")));
        bad.filter = QStringLiteral("a/b+");
        QVERIFY(!w.session().subscribe({bad}).ok());
        OutgoingMessage qos3 = message(QStringLiteral("a/b"), "x", 3);
        QVERIFY(w.session().publish(qos3).error.contains(QStringLiteral("QoS")));
        // Still connected and working after refusals.
        QCOMPARE(w.session().state(), Session::State::Connected);
        QVERIFY(w.publish(message(QStringLiteral("a/b"), "fine", 1)));
    }

    void v5OptionsRefusedUnderV311()
    {
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort(), MqttVersion::V311)));
        OutgoingMessage m = message(QStringLiteral("a/b"), "x");
        m.properties.contentType = QStringLiteral("text/plain");
        QVERIFY(w.session().publish(m).error.contains(QStringLiteral("MQTT 5")));
        Subscription s;
        s.filter = QStringLiteral("a/#");
        s.noLocal = true;
        QVERIFY(w.session().subscribe({s}).error.contains(QStringLiteral("MQTT 5")));
    }

    void notConnectedSaysSo()
    {
        PahoSession s;
        QVERIFY(s.publish(message(QStringLiteral("a/b"), "x"))
                    .error.contains(QStringLiteral("Not connected")));
    }
};

QTEST_GUILESS_MAIN(TstPubSub)
#include "tst_pubsub.moc"
