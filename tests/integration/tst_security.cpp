// Refusals a support engineer must see with their reason: bad credentials (CONNACK), a refused
// subscription (SUBACK 0x87 / 0x80) and a refused publish (PUBACK 0x87) from mosquitto's
// dynamic-security plugin. A real mosquitto.

#include "Broker.h"
#include "SessionWaiter.h"

#include <QTest>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstSecurity : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_passwords;
    std::unique_ptr<Broker> m_dynsec;

    ConnectionOptions device(MqttVersion v) const
    {
        ConnectionOptions o = localOptions(m_dynsec->tcpPort(), v);
        o.username = QStringLiteral("device-7");
        o.password = QStringLiteral("device-pw");
        return o;
    }

private slots:
    void initTestCase()
    {
        Broker::Options pw;
        pw.allowAnonymous = false;
        pw.users = {{QStringLiteral("alice"), QStringLiteral("s3cret")}};
        m_passwords = std::make_unique<Broker>(pw);
        const QString e = m_passwords->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));

        m_dynsec = std::make_unique<Broker>(Broker::deviceAcl(QStringLiteral("device-7"),
                                                              QStringLiteral("device-pw"),
                                                              QStringLiteral("tenant/device-7")));
        const QString e2 = m_dynsec->start();
        QVERIFY2(e2.isEmpty(), qPrintable(e2));
    }

    void rightCredentialsConnect_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v5") << int(MqttVersion::V5);
        QTest::newRow("v311") << int(MqttVersion::V311);
    }
    void rightCredentialsConnect()
    {
        QFETCH(int, version);
        ConnectionOptions o = localOptions(m_passwords->tcpPort(), MqttVersion(version));
        o.username = QStringLiteral("alice");
        o.password = QStringLiteral("s3cret");
        SessionWaiter w;
        QVERIFY2(w.connect(o), qPrintable(w.lastError()));
    }

    void refusedCredentialsSayWhy_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("v5 wrong password")
            << int(MqttVersion::V5) << QStringLiteral("alice") << QStringLiteral("nope");
        QTest::newRow("v5 anonymous") << int(MqttVersion::V5) << QString() << QString();
        QTest::newRow("v311 wrong password")
            << int(MqttVersion::V311) << QStringLiteral("alice") << QStringLiteral("nope");
        QTest::newRow("v311 anonymous") << int(MqttVersion::V311) << QString() << QString();
    }
    void refusedCredentialsSayWhy()
    {
        QFETCH(int, version);
        QFETCH(QString, user);
        QFETCH(QString, password);
        ConnectionOptions o = localOptions(m_passwords->tcpPort(), MqttVersion(version));
        o.username = user;
        o.password = password;
        SessionWaiter w;
        ConnectResult r;
        QVERIFY(!w.connect(o, &r));
        QVERIFY2(
            r.gotConnack,
            qPrintable(QStringLiteral("the refusal comes from the broker's CONNACK; got %1 %2 %3")
                           .arg(r.code)
                           .arg(r.explanation, r.detail)));
        if (version == int(MqttVersion::V5))
            QVERIFY2(r.code == 0x86 || r.code == 0x87, qPrintable(ReasonCodes::hex(r.code)));
        else
            QVERIFY2(r.code == 4 || r.code == 5, qPrintable(ReasonCodes::hex(r.code)));
        QVERIFY(!r.codeName.isEmpty());
        QVERIFY2(r.explanation.contains(QStringLiteral("credentials")), qPrintable(r.explanation));
        QCOMPARE(w.session().state(),
                 Session::State::Disconnected); // no reconnect loop on a refusal
    }

    void refusedSubscriptionV5()
    {
        SessionWaiter w;
        QVERIFY2(w.connect(device(MqttVersion::V5)), qPrintable(w.lastError()));
        Subscription allowed;
        allowed.filter = QStringLiteral("tenant/device-7/#");
        allowed.qos = 1;
        Subscription denied;
        denied.filter = QStringLiteral("tenant/#");
        denied.qos = 1;
        SubscribeResult r;
        QVERIFY(!w.subscribe(QList<Subscription>{allowed, denied}, &r));
        QCOMPARE(r.outcomes.size(), 2);
        QVERIFY(r.outcomes[0].granted);
        QCOMPARE(r.outcomes[0].code, 1);
        QVERIFY(!r.outcomes[1].granted);
        QCOMPARE(r.outcomes[1].code, 0x87);
        QCOMPARE(r.outcomes[1].codeName, QStringLiteral("Not authorized"));
        QVERIFY(r.outcomes[1].explanation.contains(QStringLiteral("subscribe")));
        // Only the granted filter is restored on reconnection.
        QCOMPARE(w.session().activeSubscriptions().size(), 1);
    }

    void refusedSubscriptionV311()
    {
        SessionWaiter w;
        QVERIFY(w.connect(device(MqttVersion::V311)));
        SubscribeResult r;
        QVERIFY(!w.subscribe(QStringLiteral("tenant/#"), 1, &r));
        QCOMPARE(r.outcomes.size(), 1);
        QCOMPARE(r.outcomes[0].code, 0x80);
        QCOMPARE(r.outcomes[0].codeName, QStringLiteral("Failure"));
        QVERIFY(r.outcomes[0].explanation.contains(QStringLiteral("MQTT 3.1.1 gives no reason")));
    }

    void refusedPublishV5()
    {
        SessionWaiter w;
        QVERIFY(w.connect(device(MqttVersion::V5)));
        OutgoingMessage m;
        m.topic = QStringLiteral("tenant/device-8/command/reboot"); // another device's namespace
        m.payload = R"({"command_id":"cmd-1"})";
        m.qos = 1;
        PublishResult r;
        QSignalSpy lost(&w.session(), &Session::connectionLost);
        QSignalSpy reconnected(&w.session(), &Session::connected);
        QVERIFY(!w.publish(m, &r));
        QCOMPARE(r.code, 0x87);
        QCOMPARE(r.codeName, QStringLiteral("Not authorized"));
        QVERIFY(r.explanation.contains(QStringLiteral("publish")));
        QVERIFY(r.error.isEmpty()); // a broker answer, not a client failure

        // Paho C 1.3.12 closes the connection after a refused PUBACK; the session says why and
        // reconnects by itself.
        QVERIFY(QTest::qWaitFor([&] { return reconnected.count() > 0; }, 10000));
        QCOMPARE(lost.count(), 1);
        QVERIFY(lost.first().first().value<DisconnectInfo>().explanation.contains(
            QStringLiteral("refuses a publish")));
        m.topic = QStringLiteral("tenant/device-7/telemetry");
        QVERIFY2(w.publish(m, &r), qPrintable(w.lastError()));
        QCOMPARE(w.session().state(), Session::State::Connected);
    }

    void refusedPublishV311IsSilent()
    {
        // MQTT 3.1.1 has no way to refuse a publish: the broker acknowledges and drops it. The
        // result says so instead of claiming success.
        SessionWaiter w;
        QVERIFY(w.connect(device(MqttVersion::V311)));
        OutgoingMessage m;
        m.topic = QStringLiteral("tenant/device-8/command/reboot");
        m.payload = "x";
        m.qos = 1;
        PublishResult r;
        QVERIFY(w.publish(m, &r));
        QVERIFY(r.explanation.contains(QStringLiteral("cannot report a refusal")));
    }
};

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
