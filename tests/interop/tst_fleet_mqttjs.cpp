// mqttdeck-cli fleet against devices played by MQTT.js (npm `mqtt`, tests/interop/devices.js), a
// client MQTT Deck did not write, on a real mosquitto (issue 12), under MQTT 3.1.1 and MQTT 5:
// - a device's retained online status with its firmware makes it online, its telemetry sets
//   last_seen (now, not the retained status's age);
// - SIGKILL (no DISCONNECT: the socket closes) fires its will at once: offline;
// - SIGSTOP (the socket stays open, no more PINGREQ) fires the will only after 1.5 x keepalive;
// - its return counts a reconnect; silent but connected it turns stale after its threshold; an
//   announced offline status makes it offline;
// - `--once` prints retained status with last_seen null; an MQTT 5 DISCONNECT with reason code
//   0x04 (Disconnect with Will Message) makes the broker publish the will: offline.

#include "Broker.h"
#include "Cli.h"
#include "InteropSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace deck::test;
using namespace deck::test::interop;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TstFleetMqttJs : public QObject
{
    Q_OBJECT
    Broker m_broker;

    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.tcpPort()); }

    /// devices.js with a will, a retained online status and telemetry every 300 ms; waits for
    /// its "online" (status acknowledged by the broker).
    std::unique_ptr<QProcess> device(const QString &id, int protocol, const QStringList &more = {})
    {
        QString error;
        auto p = startNode(QStringLiteral("devices.js"),
                           QStringList{QStringLiteral("--url"), url(), QStringLiteral("--id"), id,
                                       QStringLiteral("--protocol"), QString::number(protocol),
                                       QStringLiteral("--interval"), QStringLiteral("300")} +
                               more,
                           &error);
        if (!p) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        QByteArray seen;
        if (waitForJson(*p, said(QStringLiteral("online")), 10000, &seen).isEmpty()) {
            qWarning("devices.js %s never said online: %s %s", qPrintable(id), seen.constData(),
                     errorsOf(*p).constData());
            return nullptr;
        }
        return p;
    }

private slots:
    void initTestCase()
    {
        const QString e = m_broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void lifecycleUnderWatch_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("mqtt311") << 4;
        QTest::newRow("mqtt5") << 5;
    }
    void lifecycleUnderWatch()
    {
        QFETCH(int, protocol);
        const QString id = QStringLiteral("js-%1").arg(protocol);
        const QString stopped = QStringLiteral("js-stopped-%1").arg(protocol);
        QProcess fleet;
        fleet.start(cliPath(),
                    {QStringLiteral("fleet"), QStringLiteral("-p"),
                     QString::number(m_broker.tcpPort()), QStringLiteral("--preset"),
                     QStringLiteral("devices"), QStringLiteral("--stale-after"),
                     QStringLiteral("3"), QStringLiteral("--watch"), QStringLiteral("--json")});
        QVERIFY(fleet.waitForStarted());
        QTest::qWait(1500); // connected and subscribed
        QByteArray seen;

        // Online, with its firmware and a last_seen of now (its telemetry is a sign of life).
        auto dev = device(id, protocol,
                          {QStringLiteral("--firmware"), QStringLiteral("2.4.1"),
                           QStringLiteral("--keepalive"), QStringLiteral("2")});
        QVERIFY(dev);
        QJsonObject o = waitForJson(fleet, fleetEntry(id, QStringLiteral("online")), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QCOMPARE(o.value(QStringLiteral("firmware")).toString(), QStringLiteral("2.4.1"));
        QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("devices"));
        const QDateTime lastSeen = QDateTime::fromString(
            o.value(QStringLiteral("last_seen")).toString(), Qt::ISODateWithMs);
        QVERIFY2(lastSeen.isValid(), qPrintable(json(o)));
        QVERIFY2(qAbs(lastSeen.msecsTo(QDateTime::currentDateTimeUtc())) < 10000,
                 qPrintable(json(o)));

        // Killed: no DISCONNECT, the socket closes, the broker publishes the will at once.
        QElapsedTimer killed;
        dev->kill();
        killed.start();
        o = waitForJson(fleet, fleetEntry(id, QStringLiteral("offline")), 6000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY2(killed.elapsed() < 3000,
                 qPrintable(QString::number(killed.elapsed()))); // < 1.5 x 2 s
        QCOMPARE(o.value(QStringLiteral("status")).toString(),
                 QStringLiteral("offline")); // the will
        dev->waitForFinished();

        // Back: online again, one reconnect, the firmware it says now.
        dev = device(id, protocol,
                     {QStringLiteral("--firmware"), QStringLiteral("2.5.0"),
                      QStringLiteral("--keepalive"), QStringLiteral("2")});
        QVERIFY(dev);
        o = waitForJson(fleet, fleetEntry(id, QStringLiteral("online")), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("firmware")).toString(), QStringLiteral("2.5.0"));

        // Silent but connected (MQTT.js keeps pinging): stale after its 3 s, not before.
        QElapsedTimer silent;
        tell(*dev, "silent");
        silent.start();
        o = waitForJson(fleet, fleetEntry(id, QStringLiteral("stale")), 8000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY2(silent.elapsed() >= 2500, qPrintable(QString::number(silent.elapsed())));

        // An announced exit: a retained offline status, then DISCONNECT.
        tell(*dev, "offline");
        o = waitForJson(fleet, fleetEntry(id, QStringLiteral("offline")), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY(dev->waitForFinished(5000));
        QCOMPARE(dev->exitCode(), 0);

        // Frozen (SIGSTOP): the socket stays open, no PINGREQ comes; the broker gives up after
        // 1.5 x its keepalive of 2 s and publishes the will.
        auto frozen =
            device(stopped, protocol, {QStringLiteral("--keepalive"), QStringLiteral("2")});
        QVERIFY(frozen);
        o = waitForJson(fleet, fleetEntry(stopped, QStringLiteral("online")), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QElapsedTimer stoppedAt;
        ::kill(pid_t(frozen->processId()), SIGSTOP);
        stoppedAt.start();
        o = waitForJson(fleet, fleetEntry(stopped, QStringLiteral("offline")), 12000, &seen);
        const qint64 tookMs = stoppedAt.elapsed();
        ::kill(pid_t(frozen->processId()), SIGCONT);
        frozen->kill();
        frozen->waitForFinished();
        QVERIFY2(!o.isEmpty(), seen.constData());
        // Its last message came at most 300 ms before SIGSTOP: not before 1.5 x 2 s = 3 s after
        // it; mosquitto 2.0 looks at keepalives every few seconds, hence the generous bound.
        QVERIFY2(tookMs >= 2500 && tookMs <= 9000, qPrintable(QString::number(tookMs)));
        fleet.kill();
        fleet.waitForFinished();
    }

    // --once reads retained status (last_seen null: a retained message is no sign of life now);
    // an MQTT 5 DISCONNECT with reason code 0x04 makes the broker publish the will.
    void onceAndDisconnectWithWill()
    {
        const QString prefix = QStringLiteral("prod/acme/lyon/line-01");
        auto dev =
            device(QStringLiteral("gw-js"), 5,
                   {QStringLiteral("--preset"), QStringLiteral("stream"),
                    QStringLiteral("--prefix"), prefix, QStringLiteral("--firmware"),
                    QStringLiteral("3.1.0"), QStringLiteral("--keepalive"), QStringLiteral("30")});
        QVERIFY(dev);
        tell(*dev, "silent");
        QByteArray seen;
        QVERIFY2(!waitForJson(*dev, said(QStringLiteral("silent")), 5000, &seen).isEmpty(),
                 seen.constData());
        QTest::qWait(400); // the last telemetry is delivered before the --once subscribes
        const QStringList once = {QStringLiteral("fleet"),
                                  QStringLiteral("-p"),
                                  QString::number(m_broker.tcpPort()),
                                  QStringLiteral("--preset"),
                                  QStringLiteral("stream"),
                                  QStringLiteral("--once"),
                                  QStringLiteral("--wait"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--json")};
        CliResult r = runCli(once);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QJsonObject gw = byId(r.out).value(QStringLiteral("gw-js"));
        QVERIFY2(!gw.isEmpty(), r.out.constData());
        QCOMPARE(gw.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QVERIFY2(gw.value(QStringLiteral("last_seen")).isNull(), qPrintable(json(gw)));
        QCOMPARE(gw.value(QStringLiteral("firmware")).toString(), QStringLiteral("3.1.0"));
        QCOMPARE(gw.value(QStringLiteral("reconnects")).toInt(), 0);
        QCOMPARE(gw.value(QStringLiteral("rule")).toString(), QStringLiteral("stream"));
        const QJsonObject groups = gw.value(QStringLiteral("groups")).toObject();
        QCOMPARE(groups.value(QStringLiteral("env")).toString(), QStringLiteral("prod"));
        QCOMPARE(groups.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(groups.value(QStringLiteral("site")).toString(), QStringLiteral("lyon"));
        QCOMPARE(groups.value(QStringLiteral("area")).toString(), QStringLiteral("line-01"));

        // DISCONNECT 0x04: a clean exit whose will the broker still publishes (JSON, retained).
        tell(*dev, "will");
        QVERIFY2(!waitForJson(*dev, said(QStringLiteral("closed")), 5000, &seen).isEmpty(),
                 QByteArray(seen + errorsOf(*dev)).constData());
        QVERIFY(dev->waitForFinished(5000));
        QTest::qWait(300);
        r = runCli(once);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        gw = byId(r.out).value(QStringLiteral("gw-js"));
        QCOMPARE(gw.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
        QCOMPARE(QJsonDocument::fromJson(gw.value(QStringLiteral("status")).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("offline"));
        QVERIFY(gw.value(QStringLiteral("last_seen")).isNull());
    }
};

QTEST_GUILESS_MAIN(TstFleetMqttJs)
#include "tst_fleet_mqttjs.moc"
