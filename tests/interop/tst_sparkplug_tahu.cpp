// MQTT Deck's Sparkplug B support against Eclipse Tahu's JavaScript implementation (npm
// `sparkplug-client` and `sparkplug-payload`, tests/interop/tahu_edge.js and tahu_payload.js),
// which MQTT Deck did not write, on a real mosquitto (issue 12):
// - our decoder reads a Tahu-encoded payload of every scalar datatype (negative integers in two's
//   complement, 64-bit values past 2^53, DateTime, bytes, null, properties, alias only) as Tahu
//   itself decodes it;
// - `fleet --once --json --preset sparkplug` shows Tahu's edge node and device with their ids,
//   kind, bdSeq, metrics by name with the data sent by alias resolved, and no flags;
// - `sparkplug rebirth` is answered by the Tahu node (which decodes our NCMD as
//   Node Control/Rebirth = true), and the fleet follows the rebirth without a flag;
// - Tahu's NDEATH, from stop() and from its will after SIGKILL, turns node and device offline
//   (its bdSeq matches the NBIRTH's: no bdseq_mismatch).

#include "Broker.h"
#include "Cli.h"
#include "InteropSupport.h"
#include "payload/BinaryDecoders.h"
#include "payload/SparkplugB.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>

using namespace deck::test;
using namespace deck::test::interop;

namespace {

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(v.isObject()
                                 ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

/// One of Tahu's decoded values against ours, by its Sparkplug datatype name.
bool sameValue(const QString &type, const QJsonValue &tahu, const QJsonValue &ours, QString *why)
{
    auto fail = [&] {
        *why = QStringLiteral("%1: Tahu %2, MQTT Deck %3").arg(type, json(tahu), json(ours));
        return false;
    };
    if (tahu.isNull())
        return ours.isNull() || fail();
    if (type == QLatin1String("Int64") || type == QLatin1String("UInt64")) {
        // Tahu: decimal text (a Long); ours: a number below 2^53, else text to stay exact.
        const QString mine =
            ours.isString() ? ours.toString() : QString::number(qint64(ours.toDouble()));
        return mine == tahu.toString() || fail();
    }
    if (type == QLatin1String("DateTime")) {
        const QDateTime t = QDateTime::fromString(ours.toString(), Qt::ISODateWithMs);
        return (t.isValid() && QString::number(t.toMSecsSinceEpoch()) == tahu.toString()) || fail();
    }
    if (type == QLatin1String("Bytes") || type == QLatin1String("File"))
        return ours.toString() == QStringLiteral("base64:") + tahu.toString() || fail();
    if (tahu.isDouble())
        return (ours.isDouble() && ours.toDouble() == tahu.toDouble()) || fail();
    return ours == tahu || fail();
}

} // namespace

class TstSparkplugTahu : public QObject
{
    Q_OBJECT
    Broker m_broker;
    std::unique_ptr<QProcess> m_edge; // tahu-1, from fleetSeesTahuNode to the end
    QByteArray m_edgeSeen;

    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.tcpPort()); }
    QStringList connection() const
    {
        return {QStringLiteral("-p"), QString::number(m_broker.tcpPort())};
    }
    std::unique_ptr<QProcess> startFleet(const QStringList &mode)
    {
        auto p = std::make_unique<QProcess>();
        p->start(cliPath(), QStringList{QStringLiteral("fleet")} + connection() +
                                QStringList{QStringLiteral("--preset"), QStringLiteral("sparkplug"),
                                            QStringLiteral("--json")} +
                                mode);
        p->waitForStarted();
        return p;
    }
    std::unique_ptr<QProcess> startEdge(const QString &node, const QStringList &more = {})
    {
        QString error;
        auto p = startNode(QStringLiteral("tahu_edge.js"),
                           QStringList{QStringLiteral("--url"), url(), QStringLiteral("--group"),
                                       QStringLiteral("interop"), QStringLiteral("--node"), node} +
                               more,
                           &error);
        if (!p)
            qWarning("%s", qPrintable(error));
        return p;
    }
    /// Waits for a `fleet --once` to end; its output by id.
    static QMap<QString, QJsonObject> onceResult(QProcess &fleet, QByteArray *out)
    {
        if (!QTest::qWaitFor([&] { return fleet.state() == QProcess::NotRunning; }, 30000))
            fleet.kill();
        *out = fleet.readAllStandardOutput();
        return byId(*out);
    }
    /// The node's or device's metrics as `fleet` shows them against what Tahu sent.
    static void compareMetrics(const QJsonObject &entry, const QJsonObject &sent, bool node)
    {
        const QJsonObject metrics = entry.value(QStringLiteral("metrics")).toObject();
        QJsonObject expected = sent;
        if (node)
            expected.insert(QStringLiteral("bdSeq"), 0); // added by sparkplug-client
        QCOMPARE(QStringList(metrics.keys()), QStringList(expected.keys()));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(
                metrics.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1: Tahu sent %2, fleet shows %3")
                               .arg(it.key(), json(it.value()), json(metrics.value(it.key())))));
    }

private slots:
    void initTestCase()
    {
        const QString e = m_broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void decodesTahuPayload()
    {
        QString error;
        const QByteArray out = runNode(QStringLiteral("tahu_payload.js"), {}, 20000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject sample = QJsonDocument::fromJson(out).object();
        const QByteArray bytes =
            QByteArray::fromBase64(sample.value(QStringLiteral("base64")).toString().toLatin1());
        const QJsonObject tahu = sample.value(QStringLiteral("decoded")).toObject();
        QVERIFY2(!bytes.isEmpty() && !tahu.isEmpty(), out.constData());

        const deck::payload::Decoded d = deck::payload::decodeSparkplug(bytes);
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY2(d.note.isEmpty(), qPrintable(d.note));
        const QJsonObject ours = d.value.toObject();
        QCOMPARE(QString::number(ours.value(QStringLiteral("seq")).toDouble()),
                 tahu.value(QStringLiteral("seq")).toString());
        QCOMPARE(QString::number(
                     QDateTime::fromString(ours.value(QStringLiteral("timestamp")).toString(),
                                           Qt::ISODateWithMs)
                         .toMSecsSinceEpoch()),
                 tahu.value(QStringLiteral("timestamp")).toString());

        const QJsonArray tahuMetrics = tahu.value(QStringLiteral("metrics")).toArray();
        const QJsonObject ourMetrics = ours.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(ourMetrics.size(), tahuMetrics.size());
        int compared = 0;
        for (const QJsonValue &v : tahuMetrics) {
            const QJsonObject t = v.toObject();
            const QString key =
                t.contains(QStringLiteral("name"))
                    ? t.value(QStringLiteral("name")).toString()
                    : QStringLiteral("alias %1").arg(t.value(QStringLiteral("alias")).toString());
            const QJsonObject m = ourMetrics.value(key).toObject();
            QVERIFY2(!m.isEmpty(),
                     qPrintable(key + QStringLiteral(" missing: ") + json(ourMetrics)));
            const QString type = t.value(QStringLiteral("type")).toString();
            QCOMPARE(m.value(QStringLiteral("datatype")).toString(), type);
            QString why;
            QVERIFY2(sameValue(type, t.value(QStringLiteral("value")),
                               m.value(QStringLiteral("value")), &why),
                     qPrintable(key + QStringLiteral(" — ") + why));
            if (t.contains(QStringLiteral("alias")))
                QCOMPARE(QString::number(m.value(QStringLiteral("alias")).toDouble()),
                         t.value(QStringLiteral("alias")).toString());
            if (t.contains(QStringLiteral("timestamp")))
                QVERIFY(sameValue(QStringLiteral("DateTime"), t.value(QStringLiteral("timestamp")),
                                  m.value(QStringLiteral("timestamp")), &why));
            const QJsonObject tahuProperties = t.value(QStringLiteral("properties")).toObject();
            const QJsonObject ourProperties = m.value(QStringLiteral("properties")).toObject();
            QCOMPARE(ourProperties.size(), tahuProperties.size());
            for (auto it = tahuProperties.begin(); it != tahuProperties.end(); ++it) {
                const QJsonObject p = it.value().toObject();
                QVERIFY2(sameValue(p.value(QStringLiteral("type")).toString(),
                                   p.value(QStringLiteral("value")), ourProperties.value(it.key()),
                                   &why),
                         qPrintable(key + u'.' + it.key() + QStringLiteral(" — ") + why));
            }
            ++compared;
        }
        QCOMPARE(compared, 20);

        // The tracker's reader (fleet) agrees with the decoder on the same bytes.
        deck::payload::SparkplugRead read;
        QVERIFY(deck::payload::readSparkplug(bytes, read, 100));
        QCOMPARE(read.metricCount, qsizetype(20));
        QCOMPARE(read.seq.value_or(0), quint64(7));
        for (const auto &m : read.metrics)
            if (m.name)
                QVERIFY2(m.value ==
                             ourMetrics.value(*m.name).toObject().value(QStringLiteral("value")),
                         qPrintable(*m.name));
    }

    void fleetSeesTahuNode()
    {
        auto fleet =
            startFleet({QStringLiteral("--once"), QStringLiteral("--wait"), QStringLiteral("5")});
        QTest::qWait(1500); // subscribed before the node is born (births are not retained)
        m_edge =
            startEdge(QStringLiteral("tahu-1"), {QStringLiteral("--data"), QStringLiteral("3")});
        QVERIFY(m_edge);
        QJsonObject born = waitForJson(*m_edge, said(QStringLiteral("born")), 10000, &m_edgeSeen);
        QVERIFY2(!born.isEmpty(), QByteArray(m_edgeSeen + errorsOf(*m_edge)).constData());
        QCOMPARE(born.value(QStringLiteral("bdseq")).toInt(), 0);
        const QJsonObject last = waitForJson(
            *m_edge,
            [](const QJsonObject &o) { return o.value(QStringLiteral("step")).toInt() == 3; },
            10000, &m_edgeSeen);
        QVERIFY2(!last.isEmpty(), m_edgeSeen.constData());

        QByteArray out;
        const auto entries = onceResult(*fleet, &out);
        QCOMPARE(fleet->exitCode(), 0);
        const QJsonObject node = entries.value(QStringLiteral("interop/tahu-1"));
        const QJsonObject device = entries.value(QStringLiteral("interop/tahu-1/sensor-1"));
        QVERIFY2(!node.isEmpty() && !device.isEmpty(), out.constData());
        QCOMPARE(node.value(QStringLiteral("kind")).toString(), QStringLiteral("node"));
        QCOMPARE(node.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(node.value(QStringLiteral("bdseq")).toInt(-1), 0);
        QCOMPARE(node.value(QStringLiteral("flags")).toArray(), QJsonArray());
        compareMetrics(node, last.value(QStringLiteral("node")).toObject(), true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(device.value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QCOMPARE(device.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(device.value(QStringLiteral("flags")).toArray(), QJsonArray());
        compareMetrics(device, last.value(QStringLiteral("device")).toObject(), false);
    }

    void rebirthAnsweredByTahu()
    {
        QVERIFY(m_edge);
        auto fleet =
            startFleet({QStringLiteral("--once"), QStringLiteral("--wait"), QStringLiteral("6")});
        QTest::qWait(1500);
        const CliResult r = runCli(
            QStringList{QStringLiteral("sparkplug"), QStringLiteral("rebirth")} + connection() +
            QStringList{QStringLiteral("--group"), QStringLiteral("interop"),
                        QStringLiteral("--node"), QStringLiteral("tahu-1"),
                        QStringLiteral("--timeout"), QStringLiteral("10")});
        QVERIFY2(r.finished && r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("NBIRTH from interop/tahu-1") && r.out.contains("bdSeq 0"),
                 r.out.constData());

        // Tahu decoded our NCMD as the specification's rebirth request.
        const QJsonObject ncmd =
            waitForJson(*m_edge, said(QStringLiteral("ncmd")), 5000, &m_edgeSeen);
        QVERIFY2(!ncmd.isEmpty(), m_edgeSeen.constData());
        const QJsonArray metrics = ncmd.value(QStringLiteral("metrics")).toArray();
        QCOMPARE(metrics.size(), 1);
        const QJsonObject rebirth = metrics.at(0).toObject();
        QCOMPARE(rebirth.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Node Control/Rebirth"));
        QCOMPARE(rebirth.value(QStringLiteral("type")).toString(), QStringLiteral("Boolean"));
        QCOMPARE(rebirth.value(QStringLiteral("value")), QJsonValue(true));
        QVERIFY(
            !waitForJson(*m_edge, said(QStringLiteral("rebirth")), 5000, &m_edgeSeen).isEmpty());

        // Data after the rebirth: the fleet, which saw only the new births, follows it unflagged.
        tell(*m_edge, "data");
        const QJsonObject last =
            waitForJson(*m_edge, said(QStringLiteral("data")), 5000, &m_edgeSeen);
        QVERIFY2(!last.isEmpty(), m_edgeSeen.constData());
        QByteArray out;
        const auto entries = onceResult(*fleet, &out);
        const QJsonObject node = entries.value(QStringLiteral("interop/tahu-1"));
        const QJsonObject device = entries.value(QStringLiteral("interop/tahu-1/sensor-1"));
        QVERIFY2(!node.isEmpty() && !device.isEmpty(), out.constData());
        QCOMPARE(node.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(node.value(QStringLiteral("flags")).toArray(), QJsonArray());
        QCOMPARE(device.value(QStringLiteral("flags")).toArray(), QJsonArray());
        compareMetrics(node, last.value(QStringLiteral("node")).toObject(), true);
        if (QTest::currentTestFailed())
            return;
        compareMetrics(device, last.value(QStringLiteral("device")).toObject(), false);
    }

    // NDEATH from stop() (sparkplug-client's publishDeath) and from the will after SIGKILL: node
    // and device offline, the death's bdSeq matching the birth's.
    void deathsFromTahu_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("stop") << false;
        QTest::newRow("SIGKILL, will") << true;
    }
    void deathsFromTahu()
    {
        QFETCH(bool, killed);
        const QString node =
            killed ? QStringLiteral("tahu-killed") : QStringLiteral("tahu-stopped");
        const QString id = QStringLiteral("interop/") + node;
        auto fleet = startFleet({QStringLiteral("--watch")});
        QTest::qWait(1500);
        QByteArray seen;
        auto edge = startEdge(node, {QStringLiteral("--data"), QStringLiteral("1")});
        QVERIFY(edge);
        QJsonObject o = waitForJson(
            *fleet, fleetEntry(id + QStringLiteral("/sensor-1"), QStringLiteral("online")), 10000,
            &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QByteArray edgeSeen;
        QVERIFY(!waitForJson(*edge, said(QStringLiteral("data")), 5000, &edgeSeen).isEmpty());
        if (killed) {
            edge->kill(); // the broker publishes the NDEATH registered as its will
        } else {
            tell(*edge, "stop");
            QVERIFY2(
                !waitForJson(*edge, said(QStringLiteral("stopped")), 5000, &edgeSeen).isEmpty(),
                QByteArray(edgeSeen + errorsOf(*edge)).constData());
        }
        edge->waitForFinished(5000);
        const qsizetype before = seen.size();
        o = waitForJson(*fleet, fleetEntry(id, QStringLiteral("offline")), 10000, &seen);
        QVERIFY2(!o.isEmpty(), seen.constData());
        QCOMPARE(o.value(QStringLiteral("bdseq")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("flags")).toArray(), QJsonArray());
        // Its device goes with it (printed before or after the node's line).
        const bool deviceOffline =
            byId(seen.mid(before))
                    .value(id + QStringLiteral("/sensor-1"))
                    .value(QStringLiteral("state")) == QStringLiteral("offline") ||
            !waitForJson(*fleet,
                         fleetEntry(id + QStringLiteral("/sensor-1"), QStringLiteral("offline")),
                         3000, &seen)
                 .isEmpty();
        QVERIFY2(deviceOffline, seen.constData());
        fleet->kill();
        fleet->waitForFinished();
    }

    void cleanupTestCase()
    {
        if (m_edge && m_edge->state() != QProcess::NotRunning) {
            m_edge->kill();
            m_edge->waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TstSparkplugTahu)
#include "tst_sparkplug_tahu.moc"
