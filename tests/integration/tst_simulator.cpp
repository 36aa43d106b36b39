// The demo's simulator (`mqttdeck-cli sim`) against a real mosquitto, seen by a subscriber as the
// console sees it: devices with retained online status and JSON telemetry, a Sparkplug B edge node
// (NBIRTH with names and aliases, NDATA with aliases only and a growing seq), and, when the
// process is killed, the wills: "offline" statuses and the NDEATH with the birth's bdSeq.

#include "Broker.h"
#include "Cli.h"
#include "SessionWaiter.h"
#include "payload/SparkplugB.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace deck;
using namespace deck::test;

class TstSimulator : public QObject
{
    Q_OBJECT

    static const Message *find(const std::vector<Message> &messages, const QString &suffix,
                               size_t from = 0)
    {
        for (size_t i = from; i < messages.size(); ++i)
            if (messages[i].topicString().endsWith(suffix))
                return &messages[i];
        return nullptr;
    }

private slots:
    void publishesAFleetAndASparkplugNode()
    {
        Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        SessionWaiter console;
        QVERIFY(console.connect(localOptions(broker.tcpPort())));
        QVERIFY(console.subscribe(QStringLiteral("#"), 1));

        QProcess sim;
        sim.start(cliPath(), {QStringLiteral("sim"), QStringLiteral("-h"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(broker.tcpPort()), QStringLiteral("--devices"),
                              QStringLiteral("2"), QStringLiteral("--rate"), QStringLiteral("2")});
        QVERIFY(sim.waitForStarted(5000));
        // 2 statuses, telemetry, NBIRTH and at least two NDATA.
        QTRY_VERIFY_WITH_TIMEOUT(console.messages().size() >= 12 && // the node starts after 4 s
                                     find(console.messages(), QStringLiteral("/NDATA/edge-01")),
                                 15000);
        QTest::qWait(1200); // a second NDATA
        const std::vector<Message> &got = console.messages();

        const Message *status = find(got, QStringLiteral("/status/connection"));
        QVERIFY(status);
        QCOMPARE(QJsonDocument::fromJson(status->payloadCopy())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("online"));
        const Message *telemetry = find(got, QStringLiteral("/telemetry/temperature"));
        QVERIFY(telemetry);
        QVERIFY(QJsonDocument::fromJson(telemetry->payloadCopy())
                    .object()
                    .contains(QStringLiteral("value")));

        const Message *birth = find(got, QStringLiteral("spBv1.0/acme-plant/NBIRTH/edge-01"));
        QVERIFY(birth);
        const payload::Decoded b = payload::decodeSparkplug(birth->payload());
        QVERIFY2(b.ok, qPrintable(b.error));
        const QJsonObject birthMetrics =
            b.value.toObject().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(birthMetrics.value(QStringLiteral("Inputs/Temperature"))
                     .toObject()
                     .value(QStringLiteral("alias"))
                     .toInt(),
                 1);
        QCOMPARE(birthMetrics.value(QStringLiteral("bdSeq"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 0);
        QCOMPARE(b.value.toObject().value(QStringLiteral("seq")).toInt(), 0);

        const Message *first = find(got, QStringLiteral("/NDATA/edge-01"));
        const Message *second =
            find(got, QStringLiteral("/NDATA/edge-01"), size_t(first - got.data()) + 1);
        QVERIFY(first && second);
        const payload::Decoded d1 = payload::decodeSparkplug(first->payload());
        const payload::Decoded d2 = payload::decodeSparkplug(second->payload());
        QVERIFY(d1.ok && d2.ok);
        QVERIFY(d1.value.toObject()
                    .value(QStringLiteral("metrics"))
                    .toObject()
                    .contains(QStringLiteral("alias 1")));
        // One seq for the node and its device: a DDATA (sensor-1) comes between two NDATA.
        QCOMPARE(d2.value.toObject().value(QStringLiteral("seq")).toInt(),
                 (d1.value.toObject().value(QStringLiteral("seq")).toInt() + 2) % 256);
        QVERIFY(find(got, QStringLiteral("/DBIRTH/edge-01/sensor-1")));
        QVERIFY(find(got, QStringLiteral("/DDATA/edge-01/sensor-1")));

        // Killed without DISCONNECT: every will fires.
        const size_t before = got.size();
        sim.kill();
        sim.waitForFinished(5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            find(console.messages(), QStringLiteral("/NDEATH/edge-01"), before), 15000);
        const Message *death = find(console.messages(), QStringLiteral("/NDEATH/edge-01"), before);
        const payload::Decoded nd = payload::decodeSparkplug(death->payload());
        QVERIFY(nd.ok);
        QCOMPARE(nd.value.toObject()
                     .value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("bdSeq"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 0); // matches the birth
        QTRY_VERIFY_WITH_TIMEOUT(
            find(console.messages(), QStringLiteral("/status/connection"), before), 15000);
        const Message *offline =
            find(console.messages(), QStringLiteral("/status/connection"), before);
        QCOMPARE(QJsonDocument::fromJson(offline->payloadCopy())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("offline"));
    }
};

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
