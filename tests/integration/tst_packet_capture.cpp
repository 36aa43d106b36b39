// The packet codec against implementations we did not write (issue 14): mosquitto_pub and
// mosquitto_sub talk to a real mosquitto through a capturing relay, and every byte both ways
// decodes to the packets the clients and the broker are known to send, with the fields their
// options set: CONNECT with will, credentials and MQTT 5 properties (password masked), PUBLISH
// at each QoS with its acks and their reason codes, SUBSCRIBE/SUBACK including the refusals of
// the dynamic-security plugin (0x87 under MQTT 5, 0x80 under 3.1.1), retained deliveries,
// DISCONNECT. Nothing is left over, nothing is malformed.

#include "Broker.h"
#include "CaptureRelay.h"
#include "mqtt/packet/Properties.h"
#include "mqtt/packet/StreamDecoder.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace deck::test;
using namespace deck::mqtt;
using namespace deck::mqtt::packet;

namespace {

QList<Packet> decodeStream(const QByteArray &bytes, MqttVersion version)
{
    StreamDecoder decoder(version);
    decoder.feed(bytes);
    QList<Packet> out;
    while (const std::optional<DecodeResult> r = decoder.take()) {
        if (!r->ok()) {
            qWarning("malformed at %lld: %s (%s)", r->error.offset, qPrintable(r->error.message()),
                     qPrintable(r->error.reference()));
            return {};
        }
        out.append(r->packet);
    }
    if (decoder.finish() || decoder.buffered() != 0)
        return {};
    return out;
}

QList<PacketType> typesOf(const QList<Packet> &packets)
{
    QList<PacketType> out;
    for (const Packet &p : packets)
        out.append(p.type);
    return out;
}

int runClient(const QString &program, const QStringList &args)
{
    // The relay runs on this thread's event loop: wait with it turning, not in waitForFinished.
    QProcess p;
    p.start(program, args);
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 15000)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return p.exitCode();
}

QStringList at(int port)
{
    return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(port)};
}

} // namespace

class TstPacketCapture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_broker.start().isEmpty(), qPrintable(m_broker.log())); }

    void mosquittoPubV5()
    {
        CaptureRelay relay(m_broker.tcpPort());
        const QStringList args =
            at(relay.port()) + QStringList{QStringLiteral("-V"),
                                           QStringLiteral("mqttv5"),
                                           QStringLiteral("-i"),
                                           QStringLiteral("capture-pub-5"),
                                           QStringLiteral("-u"),
                                           QStringLiteral("alice"),
                                           QStringLiteral("-P"),
                                           QStringLiteral("s3cret-pw"),
                                           QStringLiteral("-k"),
                                           QStringLiteral("33"),
                                           QStringLiteral("-q"),
                                           QStringLiteral("1"),
                                           QStringLiteral("-t"),
                                           QStringLiteral("capture/v5"),
                                           QStringLiteral("-m"),
                                           QStringLiteral("hello"),
                                           QStringLiteral("--will-topic"),
                                           QStringLiteral("capture/will"),
                                           QStringLiteral("--will-payload"),
                                           QStringLiteral("gone"),
                                           QStringLiteral("--will-qos"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--will-retain"),
                                           QStringLiteral("-D"),
                                           QStringLiteral("connect"),
                                           QStringLiteral("session-expiry-interval"),
                                           QStringLiteral("60"),
                                           QStringLiteral("-D"),
                                           QStringLiteral("connect"),
                                           QStringLiteral("user-property"),
                                           QStringLiteral("site"),
                                           QStringLiteral("paris"),
                                           QStringLiteral("-D"),
                                           QStringLiteral("publish"),
                                           QStringLiteral("message-expiry-interval"),
                                           QStringLiteral("120"),
                                           QStringLiteral("-D"),
                                           QStringLiteral("publish"),
                                           QStringLiteral("user-property"),
                                           QStringLiteral("k"),
                                           QStringLiteral("v")};
        QCOMPARE(runClient(QStringLiteral("mosquitto_pub"), args), 0);
        QTRY_VERIFY(relay.allClosed());
        QCOMPARE(relay.connections().size(), 1);
        const auto &c = relay.connections().first();
        QVERIFY(c.fromClient.contains("s3cret-pw")); // on the wire, in clear

        const QList<Packet> sent = decodeStream(c.fromClient, MqttVersion::V5);
        QCOMPARE(typesOf(sent), (QList<PacketType>{PacketType::Connect, PacketType::Publish,
                                                   PacketType::Disconnect}));
        const ConnectFields &connect = sent[0].connect;
        QCOMPARE(int(connect.protocolLevel), 5);
        QCOMPARE(connect.clientId, QByteArray("capture-pub-5"));
        QCOMPARE(int(connect.keepAlive), 33);
        QCOMPARE(connect.username.value_or(QByteArray()), QByteArray("alice"));
        QCOMPARE(connect.password.value_or(QByteArray()), QByteArray("*********"));
        QVERIFY(connect.will);
        QCOMPARE(connect.will->topic, QByteArray("capture/will"));
        QCOMPARE(connect.will->payload, QByteArray("gone"));
        QCOMPARE(connect.will->qos, 1);
        QVERIFY(connect.will->retain);
        const Property *expiry =
            findProperty(sent[0].properties, PropertyId::SessionExpiryInterval);
        QVERIFY(expiry);
        QCOMPARE(expiry->number, 60u);
        QVERIFY(sent[0].properties.contains(userProperty("site", "paris")));

        const Packet &publish = sent[1];
        QCOMPARE(publish.topic, QByteArray("capture/v5"));
        QCOMPARE(publish.payload, QByteArray("hello"));
        QCOMPARE(publish.qos(), 1);
        QVERIFY(publish.packetId != 0);
        QVERIFY(!publish.retain() && !publish.dup());
        QCOMPARE(findProperty(publish.properties, PropertyId::MessageExpiryInterval)->number, 120u);
        QVERIFY(publish.properties.contains(userProperty("k", "v")));
        QCOMPARE(sent[2].reasonCodes, QList<quint8>{0});

        const QList<Packet> answers = decodeStream(c.fromBroker, MqttVersion::V5);
        QCOMPARE(typesOf(answers), (QList<PacketType>{PacketType::Connack, PacketType::Puback}));
        QCOMPARE(answers[0].reasonCodes, QList<quint8>{0});
        QVERIFY(!answers[0].sessionPresent);
        QCOMPARE(answers[1].packetId, publish.packetId);
        QCOMPARE(answers[1].reasonCodes, QList<quint8>{0x10}); // no matching subscribers
    }

    void mosquittoPubV311Qos2()
    {
        CaptureRelay relay(m_broker.tcpPort());
        QCOMPARE(runClient(QStringLiteral("mosquitto_pub"),
                           at(relay.port()) +
                               QStringList{QStringLiteral("-V"), QStringLiteral("mqttv311"),
                                           QStringLiteral("-q"), QStringLiteral("2"),
                                           QStringLiteral("-r"), QStringLiteral("-t"),
                                           QStringLiteral("capture/v3/retained"),
                                           QStringLiteral("-m"), QStringLiteral("kept")}),
                 0);
        QTRY_VERIFY(relay.allClosed());
        const auto &c = relay.connections().first();
        const QList<Packet> sent = decodeStream(c.fromClient, MqttVersion::V311);
        QCOMPARE(typesOf(sent), (QList<PacketType>{PacketType::Connect, PacketType::Publish,
                                                   PacketType::Pubrel, PacketType::Disconnect}));
        QCOMPARE(int(sent[0].connect.protocolLevel), 4);
        QVERIFY(sent[0].connect.cleanStart);
        QVERIFY(!sent[0].connect.username && !sent[0].connect.password && !sent[0].connect.will);
        QCOMPARE(sent[1].qos(), 2);
        QVERIFY(sent[1].retain());
        QCOMPARE(sent[2].packetId, sent[1].packetId);
        QVERIFY(sent[3].reasonCodes.isEmpty());
        const QList<Packet> answers = decodeStream(c.fromBroker, MqttVersion::V311);
        QCOMPARE(typesOf(answers),
                 (QList<PacketType>{PacketType::Connack, PacketType::Pubrec, PacketType::Pubcomp}));
        QCOMPARE(answers[0].reasonCodes, QList<quint8>{0});
        QCOMPARE(answers[1].packetId, sent[1].packetId);
        QCOMPARE(answers[2].packetId, sent[1].packetId);
    }

    void mosquittoSubReceivesRetained_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v5") << QStringLiteral("mqttv5");
        QTest::newRow("v3.1.1") << QStringLiteral("mqttv311");
    }
    void mosquittoSubReceivesRetained()
    {
        QFETCH(QString, version);
        const MqttVersion v =
            version == QLatin1String("mqttv5") ? MqttVersion::V5 : MqttVersion::V311;
        const QString topic = QStringLiteral("capture/sub/") + version;
        QCOMPARE(runClient(QStringLiteral("mosquitto_pub"),
                           at(m_broker.tcpPort()) +
                               QStringList{QStringLiteral("-q"), QStringLiteral("1"),
                                           QStringLiteral("-r"), QStringLiteral("-t"), topic,
                                           QStringLiteral("-m"), QStringLiteral("21.5")}),
                 0);
        CaptureRelay relay(m_broker.tcpPort());
        QCOMPARE(runClient(QStringLiteral("mosquitto_sub"),
                           at(relay.port()) +
                               QStringList{QStringLiteral("-V"), version, QStringLiteral("-q"),
                                           QStringLiteral("1"), QStringLiteral("-C"),
                                           QStringLiteral("1"), QStringLiteral("-W"),
                                           QStringLiteral("10"), QStringLiteral("-t"),
                                           QStringLiteral("capture/sub/#")}),
                 0);
        QTRY_VERIFY(relay.allClosed());
        const auto &c = relay.connections().first();
        const QList<Packet> sent = decodeStream(c.fromClient, v);
        QCOMPARE(typesOf(sent), (QList<PacketType>{PacketType::Connect, PacketType::Subscribe,
                                                   PacketType::Puback, PacketType::Disconnect}));
        QCOMPARE(sent[1].subscriptions.size(), 1);
        QCOMPARE(sent[1].subscriptions[0].filter, QByteArray("capture/sub/#"));
        QCOMPARE(sent[1].subscriptions[0].qos(), 1);
        const QList<Packet> answers = decodeStream(c.fromBroker, v);
        QCOMPARE(typesOf(answers),
                 (QList<PacketType>{PacketType::Connack, PacketType::Suback, PacketType::Publish}));
        QCOMPARE(answers[1].packetId, sent[1].packetId);
        QCOMPARE(answers[1].reasonCodes, QList<quint8>{1});
        const Packet &delivery = answers[2];
        QCOMPARE(delivery.topic, topic.toUtf8());
        QCOMPARE(delivery.payload, QByteArray("21.5"));
        QVERIFY(delivery.retain());
        QCOMPARE(delivery.qos(), 1);
        QCOMPARE(sent[2].packetId, delivery.packetId);
        // Leave nothing behind.
        runClient(QStringLiteral("mosquitto_pub"),
                  at(m_broker.tcpPort()) + QStringList{QStringLiteral("-r"), QStringLiteral("-n"),
                                                       QStringLiteral("-t"), topic});
    }

    void deniedSubscription_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("code");
        QTest::newRow("v5 0x87") << QStringLiteral("mqttv5") << 0x87;
        QTest::newRow("v3.1.1 0x80") << QStringLiteral("mqttv311") << 0x80;
    }
    void deniedSubscription()
    {
        QFETCH(QString, version);
        QFETCH(int, code);
        Broker broker(Broker::deviceAcl(QStringLiteral("dev-1"), QStringLiteral("pw-1"),
                                        QStringLiteral("devices/dev-1")));
        QVERIFY2(broker.start().isEmpty(), qPrintable(broker.log()));
        CaptureRelay relay(broker.tcpPort());
        runClient(QStringLiteral("mosquitto_sub"),
                  at(relay.port()) +
                      QStringList{QStringLiteral("-V"), version, QStringLiteral("-u"),
                                  QStringLiteral("dev-1"), QStringLiteral("-P"),
                                  QStringLiteral("pw-1"), QStringLiteral("-t"),
                                  QStringLiteral("devices/dev-1/#"), QStringLiteral("-t"),
                                  QStringLiteral("other/#"), QStringLiteral("-E")});
        QTRY_VERIFY(relay.allClosed());
        const MqttVersion v =
            version == QLatin1String("mqttv5") ? MqttVersion::V5 : MqttVersion::V311;
        const auto &c = relay.connections().first();
        const QList<Packet> answers = decodeStream(c.fromBroker, v);
        QVERIFY(answers.size() >= 2);
        QCOMPARE(answers[1].type, PacketType::Suback);
        QCOMPARE(answers[1].reasonCodes, (QList<quint8>{0, quint8(code)}));
        const QList<Packet> sent = decodeStream(c.fromClient, v);
        QVERIFY(sent.size() >= 2);
        QCOMPARE(sent[1].subscriptions.size(), 2);
        QCOMPARE(answers[1].packetId, sent[1].packetId);
    }

private:
    Broker m_broker;
};

QTEST_GUILESS_MAIN(TstPacketCapture)
#include "tst_packet_capture.moc"
