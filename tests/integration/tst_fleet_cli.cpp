// mqttdeck-cli fleet against a real mosquitto, with devices played by mosquitto's own clients
// (issue 12): a device killed without DISCONNECT turns offline through its will within 1.5 x
// its keepalive; its return counts a reconnect; a silent device turns stale after its threshold;
// --once prints retained status with last_seen null (retained status is not a sign of life);
// `retained` lists retained topics with their anti-patterns; `sparkplug rebirth` is answered.

#include "Broker.h"
#include "Cli.h"
#include "sim/SparkplugEdge.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace deck::test;

namespace {

bool mosquittoPub(int port, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("mosquitto_pub"),
            QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                        QString::number(port)} +
                args);
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

/// Reads JSON lines from a running `fleet --watch` until one matches.
QJsonObject waitForLine(QProcess &p, const std::function<bool(const QJsonObject &)> &wanted,
                        int timeoutMs, QByteArray *seen)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine();
            *seen += line;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (wanted(o))
                return o;
        }
        p.waitForReadyRead(50);
    }
    return {};
}

auto device(const char *id, const char *state)
{
    return [id, state](const QJsonObject &o) {
        return o.value(QStringLiteral("id")).toString() == QLatin1String(id) &&
               o.value(QStringLiteral("state")).toString() == QLatin1String(state);
    };
}

} // namespace

class TstFleetCli : public QObject
{
    Q_OBJECT
    Broker m_broker;

private slots:
    void initTestCase()
    {
        const QString e = m_broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void willStaleAndReconnect()
    {
        const int port = m_broker.tcpPort();
        QProcess fleet;
        fleet.start(cliPath(), {QStringLiteral("fleet"), QStringLiteral("-p"),
                                QString::number(port), QStringLiteral("--preset"),
                                QStringLiteral("devices"), QStringLiteral("--stale-after"),
                                QStringLiteral("3"), QStringLiteral("--watch"),
                                QStringLiteral("--json")});
        QVERIFY(fleet.waitForStarted());
        QTest::qWait(1500); // connected and subscribed

        // A device: a mosquitto_sub with a will (keepalive 5 s, its minimum), then its retained
        // "online".
        QProcess dev;
        dev.start(QStringLiteral("mosquitto_sub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(port), QStringLiteral("-t"), QStringLiteral("devices/d1/cmd"),
                   QStringLiteral("-k"), QStringLiteral("5"), QStringLiteral("-i"),
                   QStringLiteral("d1"), QStringLiteral("--will-topic"),
                   QStringLiteral("devices/d1/status"), QStringLiteral("--will-payload"),
                   QStringLiteral("offline"), QStringLiteral("--will-retain"),
                   QStringLiteral("--will-qos"), QStringLiteral("1")});
        QVERIFY(dev.waitForStarted());
        QTest::qWait(500);
        QVERIFY(mosquittoPub(port, {QStringLiteral("-t"), QStringLiteral("devices/d1/status"),
                                    QStringLiteral("-m"), QStringLiteral("online"),
                                    QStringLiteral("-r"), QStringLiteral("-q"),
                                    QStringLiteral("1")}));
        QByteArray seen;
        QJsonObject o = waitForLine(fleet, device("d1", "online"), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY(o.value(QStringLiteral("last_seen")).isString()); // a live status

        // Killed (SIGKILL: no DISCONNECT): the broker fires the will.
        QElapsedTimer killed;
        dev.kill();
        killed.start();
        o = waitForLine(fleet, device("d1", "offline"), 9000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY2(killed.elapsed() <= 7500, qPrintable(QString::number(killed.elapsed()))); // 1.5 x 5 s
        dev.waitForFinished();

        // It comes back: online again, one reconnect.
        QVERIFY(mosquittoPub(port, {QStringLiteral("-t"), QStringLiteral("devices/d1/status"),
                                    QStringLiteral("-m"), QStringLiteral("online"),
                                    QStringLiteral("-r")}));
        o = waitForLine(fleet, device("d1", "online"), 5000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 1);

        // Then silent: stale after its 3 s, not before.
        QElapsedTimer silent;
        silent.start();
        o = waitForLine(fleet, device("d1", "stale"), 8000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QVERIFY2(silent.elapsed() >= 2500, qPrintable(QString::number(silent.elapsed())));
        fleet.kill();
        fleet.waitForFinished();
    }

    void oncePrintsRetainedStatusWithoutLastSeen()
    {
        const int port = m_broker.tcpPort();
        QVERIFY(mosquittoPub(port, {QStringLiteral("-t"),
                                    QStringLiteral("prod/acme/lyon/line-01/gw-9/status"),
                                    QStringLiteral("-m"),
                                    QStringLiteral(R"({"state":"online","firmware":"2.0.1"})"),
                                    QStringLiteral("-r")}));
        const CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("-p"),
                                    QString::number(port), QStringLiteral("--once"),
                                    QStringLiteral("--wait"), QStringLiteral("1"),
                                    QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QJsonObject gw;
        for (const QByteArray &line : r.out.split('\n'))
            if (QJsonDocument::fromJson(line).object().value(QStringLiteral("id")) ==
                QStringLiteral("gw-9"))
                gw = QJsonDocument::fromJson(line).object();
        QVERIFY2(!gw.isEmpty(), r.out.constData());
        QCOMPARE(gw.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QVERIFY(gw.value(QStringLiteral("last_seen")).isNull());
        QCOMPARE(gw.value(QStringLiteral("firmware")).toString(), QStringLiteral("2.0.1"));
        QCOMPARE(gw.value(QStringLiteral("groups")).toObject().value(QStringLiteral("site")).toString(),
                 QStringLiteral("lyon"));

        // Bad input is said in words, exit code 1.
        const CliResult bad = runCli({QStringLiteral("fleet"), QStringLiteral("--once"),
                                      QStringLiteral("--watch")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("--once"), bad.err.constData());
    }

    // mqttdeck-cli retained: every retained topic with its anti-patterns; a cleared one is gone.
    void retainedAntiPatterns()
    {
        const int port = m_broker.tcpPort();
        auto retain = [&](const QString &topic, const QString &payload) {
            return mosquittoPub(port, {QStringLiteral("-t"), topic, QStringLiteral("-m"), payload,
                                       QStringLiteral("-r")});
        };
        QVERIFY(retain(QStringLiteral("board/acme/gw-1/command/reboot"), QStringLiteral("{}")));
        QVERIFY(retain(QStringLiteral("board/acme/gw-1/telemetry/temp"), QStringLiteral("21")));
        QVERIFY(retain(QStringLiteral("board/acme/gw-1/status"), QStringLiteral("online")));
        QVERIFY(retain(QStringLiteral("board/acme/gw-1/config"), QString(20000, QLatin1Char('x'))));
        QVERIFY(retain(QStringLiteral("board/acme/gw-2/status"), QStringLiteral("online")));
        QVERIFY(mosquittoPub(port, {QStringLiteral("-t"), QStringLiteral("board/acme/gw-2/status"),
                                    QStringLiteral("-n"), QStringLiteral("-r")})); // cleared
        const CliResult r = runCli({QStringLiteral("retained"), QStringLiteral("-p"),
                                    QString::number(port), QStringLiteral("-t"),
                                    QStringLiteral("board/#"), QStringLiteral("--wait"),
                                    QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QMap<QString, QJsonObject> byTopic;
        for (const QByteArray &line : r.out.split('\n'))
            if (!line.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                byTopic.insert(o.value(QStringLiteral("topic")).toString(), o);
            }
        QCOMPARE(byTopic.size(), 4);
        auto flags = [&](const char *topic) {
            QStringList out;
            for (const QJsonValue &v : byTopic.value(QLatin1String(topic)).value(QStringLiteral("flags")).toArray())
                out << v.toString();
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(flags("board/acme/gw-1/command/reboot"), QStringLiteral("retained_command"));
        QCOMPARE(flags("board/acme/gw-1/telemetry/temp"), QStringLiteral("retained_telemetry"));
        QCOMPARE(flags("board/acme/gw-1/status"), QString());
        QCOMPARE(flags("board/acme/gw-1/config"), QStringLiteral("large"));
        QCOMPARE(byTopic.value(QStringLiteral("board/acme/gw-1/config")).value(QStringLiteral("size")).toInt(),
                 20000);
        QVERIFY(!byTopic.contains(QStringLiteral("board/acme/gw-2/status")));
    }

    // mqttdeck-cli sparkplug rebirth against the simulator's edge node, which answers NCMD
    // Node Control/Rebirth with a new NBIRTH; a node that is not there times out (exit 5).
    void rebirthIsRequestedAndAnswered()
    {
        deck::sim::SparkplugEdge edge(QStringLiteral("127.0.0.1"), m_broker.tcpPort(),
                                      QStringLiteral("plant"), QStringLiteral("edge-7"));
        edge.start();
        QTRY_VERIFY_WITH_TIMEOUT(edge.published() > 0, 5000); // born
        auto run = [&](const QString &node, int timeout) {
            QProcess p;
            p.start(cliPath(), {QStringLiteral("sparkplug"), QStringLiteral("rebirth"),
                                QStringLiteral("-p"), QString::number(m_broker.tcpPort()),
                                QStringLiteral("--group"), QStringLiteral("plant"),
                                QStringLiteral("--node"), node, QStringLiteral("--timeout"),
                                QString::number(timeout)});
            p.waitForStarted();
            // The edge lives in this thread: keep the event loop turning while the CLI runs.
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000))
                p.kill();
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [code, out, err] = run(QStringLiteral("edge-7"), 5);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("NBIRTH from plant/edge-7") && out.contains("bdSeq 0"), out.constData());
        QCOMPARE(edge.rebirths(), 1);
        std::tie(code, out, err) = run(QStringLiteral("absent"), 1);
        QCOMPARE(code, 5);
        QVERIFY2(err.contains("no NBIRTH from plant/absent within 1 s"), err.constData());
        QCOMPARE(edge.rebirths(), 1);
        edge.stop();
    }

    // The simulator's node has a device (aliases resolved by name) and skips a seq on demand:
    // `fleet --once --json` shows the device's metric by name and the node's seq_gap.
    void sparkplugDeviceAndSeqGap()
    {
        deck::sim::SparkplugEdge edge(QStringLiteral("127.0.0.1"), m_broker.tcpPort(),
                                      QStringLiteral("line"), QStringLiteral("edge-9"));
        QProcess p;
        p.start(cliPath(), {QStringLiteral("fleet"), QStringLiteral("-p"),
                            QString::number(m_broker.tcpPort()), QStringLiteral("--preset"),
                            QStringLiteral("sparkplug"), QStringLiteral("--once"),
                            QStringLiteral("--wait"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(800); // subscribed before the node is born
        edge.start();
        QTest::qWait(1500);
        edge.skipNextSeq();
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(p.exitCode(), 0);
        QMap<QString, QJsonObject> byId;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                byId.insert(o.value(QStringLiteral("id")).toString(), o);
            }
        const QJsonObject node = byId.value(QStringLiteral("line/edge-9"));
        const QJsonObject device = byId.value(QStringLiteral("line/edge-9/sensor-1"));
        QCOMPARE(node.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(node.value(QStringLiteral("kind")).toString(), QStringLiteral("node"));
        QVERIFY2(node.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("seq_gap")),
                 QJsonDocument(node).toJson().constData());
        QCOMPARE(device.value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QCOMPARE(device.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QVERIFY2(device.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("Inputs/Vibration")).isDouble(),
                 QJsonDocument(device).toJson().constData());
        QVERIFY(!device.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("unknown_alias")));
        edge.stop();
    }
};

QTEST_GUILESS_MAIN(TstFleetCli)
#include "tst_fleet_cli.moc"
