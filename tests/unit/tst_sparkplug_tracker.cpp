// The Sparkplug B lifecycle tracker, fed with payloads built by the generated Protobuf classes.

#include "fleet/SparkplugTracker.h"
#include "payload/SparkplugB.h"
#include "payload/proto/sparkplug_b.pb.h"

#include <QJsonObject>
#include <QtTest>

using deck::fleet::SparkplugEntity;
using deck::fleet::SparkplugTracker;
using State = SparkplugEntity::State;

namespace {

constexpr quint32 kInt32 = 3, kUInt64 = 8, kDouble = 10, kBoolean = 11, kString = 12;

// A payload under construction: metrics by name and alias (birth) or by alias only (data).
struct P
{
    deck::sparkplug::Payload p;
    explicit P(std::optional<quint64> seq = std::nullopt, quint64 timestamp = 1000)
    {
        p.set_timestamp(timestamp);
        if (seq)
            p.set_seq(*seq);
    }
    deck::sparkplug::Metric *add(const char *name, std::optional<quint64> alias, quint32 type)
    {
        auto *m = p.add_metrics();
        if (name)
            m->set_name(name);
        if (alias)
            m->set_alias(*alias);
        m->set_datatype(type);
        return m;
    }
    P &num(const char *name, std::optional<quint64> alias, double v)
    {
        add(name, alias, kDouble)->set_double_value(v);
        return *this;
    }
    P &int32(const char *name, std::optional<quint64> alias, qint32 v)
    {
        add(name, alias, kInt32)->set_int_value(quint32(v));
        return *this;
    }
    P &text(const char *name, std::optional<quint64> alias, const char *v)
    {
        add(name, alias, kString)->set_string_value(v);
        return *this;
    }
    P &bdSeq(quint64 v)
    {
        add("bdSeq", std::nullopt, kUInt64)->set_long_value(v);
        return *this;
    }
    QByteArray bytes() const
    {
        const std::string s = p.SerializeAsString();
        return QByteArray(s.data(), qsizetype(s.size()));
    }
};

const char *const kNBirth = "spBv1.0/plant/NBIRTH/edge1";
const char *const kNDeath = "spBv1.0/plant/NDEATH/edge1";
const char *const kNData = "spBv1.0/plant/NDATA/edge1";
const char *const kDBirth = "spBv1.0/plant/DBIRTH/edge1/pump";
const char *const kDDeath = "spBv1.0/plant/DDEATH/edge1/pump";
const char *const kDData = "spBv1.0/plant/DDATA/edge1/pump";

QByteArray nbirth(quint64 bdSeq, quint64 seq = 0)
{
    return P(seq).bdSeq(bdSeq).num("Temperature", 1, 21.5).int32("Level", 2, -4).bytes();
}

QByteArray dbirth(quint64 seq)
{
    return P(seq).num("Speed", 10, 1500).text("Mode", 11, "auto").bytes();
}

} // namespace

class TestSparkplugTracker : public QObject
{
    Q_OBJECT

    SparkplugTracker t;
    const SparkplugEntity &e(const char *id) const
    {
        const auto it = t.entities().find(QString::fromLatin1(id));
        if (it == t.entities().end())
            qFatal("no entity %s", id);
        return it->second;
    }
    bool has(const char *id) const { return t.entities().count(QString::fromLatin1(id)) > 0; }

private slots:
    void init() { t.clear(); }

    void birthPutsNodeOnlineWithMetricsByName()
    {
        std::vector<QString> changed;
        QVERIFY(t.apply(kNBirth, nbirth(3), 5000, &changed));
        QCOMPARE(changed, std::vector<QString>{QStringLiteral("plant/edge1")});
        const auto &n = e("plant/edge1");
        QCOMPARE(n.kind, SparkplugEntity::Kind::Node);
        QCOMPARE(n.state, State::Online);
        QCOMPARE(n.stateSinceMs, 5000);
        QCOMPARE(n.lastSeenMs, 5000);
        QCOMPARE(n.bdSeq, std::optional<quint64>(3));
        QCOMPARE(n.births, 1);
        QCOMPARE(n.rebirths, 0);
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).value.toDouble(), 21.5);
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).alias, 1u);
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).datatype, QStringLiteral("Double"));
        QCOMPARE(n.metrics.at(QStringLiteral("Level")).value.toDouble(), -4.0); // Int32 in two's complement
        QVERIFY(n.flags().isEmpty());
    }

    void birthMetricWithoutANameIsNotStored() // found by fuzz_sparkplug_tracker
    {
        t.apply(kNBirth, P(0).num("", 5, 1).num("Kept", 6, 2).bytes(), 1);
        QCOMPARE(e("plant/edge1").metrics.size(), 1u);
        QCOMPARE(e("plant/edge1").metrics.count(QStringLiteral("Kept")), 1u);
    }

    void nonSparkplugTopicsAreIgnored()
    {
        QVERIFY(!t.apply("devices/a/status", "online", 1));
        QVERIFY(!t.apply("spBv1.0/STATE/host1", R"({"online":true})", 1));
        QVERIFY(!t.apply("spBv1.0/plant/NCMD/edge1", SparkplugTracker::rebirthRequest(1), 1));
        QVERIFY(!t.apply("spBv1.0/plant/NBIRTH/edge1/extra", nbirth(0), 1)); // a node type, 5 levels
        QVERIFY(!t.apply("spBv1.0/plant/DBIRTH/edge1", dbirth(0), 1));       // a device type, 4
        QVERIFY(!t.apply("spBv1.0/plant/NBIRTH/edge1/pump/extra", nbirth(0), 1)); // 6 levels
        QVERIFY(!t.apply("spBv1.0//NBIRTH/edge1", nbirth(0), 1));
        QVERIFY(t.entities().empty());
    }

    void dataByAliasOnlyIsResolvedByName()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        QVERIFY(t.apply(kNData, P(1).num(nullptr, 1, 22.75).int32(nullptr, 2, 9).bytes(), 2));
        const auto &n = e("plant/edge1");
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).value.toDouble(), 22.75);
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).datatype, QStringLiteral("Double"));
        QCOMPARE(n.metrics.at(QStringLiteral("Level")).value.toDouble(), 9.0);
        QCOMPARE(n.metrics.size(), 3u); // bdSeq, Temperature, Level: no "alias 1" entry
        QCOMPARE(n.unknownAliases, 0u);
        QCOMPARE(n.seqGaps, 0u);
    }

    void seqGapIsFlagged()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        t.apply(kNData, P(1).num(nullptr, 1, 1).bytes(), 2);
        t.apply(kNData, P(2).num(nullptr, 1, 2).bytes(), 3);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
        t.apply(kNData, P(4).num(nullptr, 1, 4).bytes(), 4);
        const auto &n = e("plant/edge1");
        QCOMPARE(n.seqGaps, 1u);
        QCOMPARE(n.lastSeq, 4);
        QCOMPARE(n.lastProblem, QStringLiteral("seq 4 after 2: 1 message(s) missing"));
        QCOMPARE(n.flags(), QStringList{QStringLiteral("seq_gap")});
        // A device's messages count in the node's sequence: DBIRTH 5 and DDATA 7 miss 6.
        t.apply(kDBirth, dbirth(5), 5);
        QCOMPARE(e("plant/edge1").seqGaps, 1u);
        t.apply(kDData, P(7).num(nullptr, 10, 1).bytes(), 6);
        QCOMPARE(e("plant/edge1").seqGaps, 2u);
    }

    void seqWrapsWithoutAGap()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        for (int s = 1; s <= 300; ++s)
            t.apply(kNData, P(quint64(s % 256)).num(nullptr, 1, s).bytes(), 1 + s);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
        QCOMPARE(e("plant/edge1").lastSeq, 300 % 256);
        QCOMPARE(e("plant/edge1").metrics.at(QStringLiteral("Temperature")).value.toDouble(), 300.0);
        // 255 → 1 after a wrap is a gap of one.
        t.apply(kNData, P(255).bytes(), 400);
        t.apply(kNData, P(1).bytes(), 401);
        QCOMPARE(e("plant/edge1").seqGaps, 2u); // 44 → 255, then 255 → 1
        QCOMPARE(e("plant/edge1").lastProblem, QStringLiteral("seq 1 after 255: 1 message(s) missing"));
    }

    void unknownAliasIsFlagged()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        t.apply(kNData, P(1).num(nullptr, 1, 30).num(nullptr, 99, 5).bytes(), 2);
        const auto &n = e("plant/edge1");
        QCOMPARE(n.unknownAliases, 1u);
        QCOMPARE(n.metrics.at(QStringLiteral("Temperature")).value.toDouble(), 30.0);
        QCOMPARE(n.metrics.size(), 3u); // alias 99 not stored
        QVERIFY(n.lastProblem.contains(QStringLiteral("alias 99")));
        QCOMPARE(n.flags(), QStringList{QStringLiteral("unknown_alias")});
    }

    void dataBeforeBirthIsFlagged()
    {
        t.apply(kNData, P(5).num("Temperature", std::nullopt, 1).bytes(), 1);
        QCOMPARE(e("plant/edge1").dataBeforeBirth, 1u);
        QCOMPARE(e("plant/edge1").state, State::Unknown);
        QCOMPARE(e("plant/edge1").lastProblem, QStringLiteral("NDATA before any NBIRTH"));
        QCOMPARE(e("plant/edge1").seqGaps, 0u);

        t.apply(kNBirth, nbirth(0, 0), 2);
        QCOMPARE(e("plant/edge1").dataBeforeBirth, 1u);
        t.apply(kDData, P(1).num(nullptr, 10, 1).bytes(), 3); // a device never born
        QCOMPARE(e("plant/edge1/pump").dataBeforeBirth, 1u);
        QCOMPARE(e("plant/edge1/pump").unknownAliases, 0u); // no catalogue yet: not an alias issue
        QCOMPARE(e("plant/edge1/pump").flags(), QStringList{QStringLiteral("data_before_birth")});
        QCOMPARE(e("plant/edge1").dataBeforeBirth, 1u);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
        t.apply(kDBirth, dbirth(2), 4);
        t.apply(kDData, P(3).num(nullptr, 10, 1).bytes(), 5);
        QCOMPARE(e("plant/edge1/pump").dataBeforeBirth, 1u);

        // A device born before its node: the birth and the data after it are flagged.
        t.apply("spBv1.0/plant/DBIRTH/edge9/valve", dbirth(0), 6);
        QCOMPARE(e("plant/edge9/valve").dataBeforeBirth, 1u);
        QCOMPARE(e("plant/edge9/valve").lastProblem, QStringLiteral("DBIRTH before its node's NBIRTH"));
        t.apply("spBv1.0/plant/DDATA/edge9/valve", P(1).num(nullptr, 10, 1).bytes(), 7);
        QCOMPARE(e("plant/edge9/valve").dataBeforeBirth, 2u);
        QCOMPARE(e("plant/edge9/valve").metrics.at(QStringLiteral("Speed")).value.toDouble(), 1.0);
    }

    void deathWithMatchingBdSeqTakesNodeAndDevicesOffline()
    {
        t.apply(kNBirth, nbirth(7, 0), 1);
        t.apply(kDBirth, dbirth(1), 2);
        t.apply("spBv1.0/plant/DBIRTH/edge1/valve", dbirth(2), 3);
        t.apply("spBv1.0/plant/NBIRTH/edge2", nbirth(1, 0), 4); // another node: untouched
        t.apply("spBv1.0/plant/DBIRTH/edge2/pump", dbirth(1), 5);
        std::vector<QString> changed;
        QVERIFY(t.apply(kNDeath, P().bdSeq(7).bytes(), 10, &changed));
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (std::vector<QString>{QStringLiteral("plant/edge1"),
                                                QStringLiteral("plant/edge1/pump"),
                                                QStringLiteral("plant/edge1/valve")}));
        QCOMPARE(e("plant/edge1").state, State::Offline);
        QCOMPARE(e("plant/edge1").stateSinceMs, 10);
        QCOMPARE(e("plant/edge1").offlineCause, QStringLiteral("NDEATH"));
        QCOMPARE(e("plant/edge1/pump").state, State::Offline);
        QCOMPARE(e("plant/edge1/valve").state, State::Offline);
        QCOMPARE(e("plant/edge1/valve").stateSinceMs, 10);
        QCOMPARE(e("plant/edge2").state, State::Online);
        QCOMPARE(e("plant/edge2/pump").state, State::Online);
        QCOMPARE(e("plant/edge1").bdSeqMismatches, 0u);
        // Data after the death is data before the next birth.
        t.apply(kNData, P(1).num(nullptr, 1, 1).bytes(), 11);
        QCOMPARE(e("plant/edge1").dataBeforeBirth, 1u);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
    }

    void deathWithOtherBdSeqIsFlaggedAndIgnored()
    {
        t.apply(kNBirth, nbirth(8, 0), 1);
        t.apply(kDBirth, dbirth(1), 2);
        QVERIFY(t.apply(kNDeath, P().bdSeq(7).bytes(), 10)); // the will of the previous session
        const auto &n = e("plant/edge1");
        QCOMPARE(n.state, State::Online);
        QCOMPARE(n.stateSinceMs, 1);
        QCOMPARE(n.bdSeqMismatches, 1u);
        QCOMPARE(n.flags(), QStringList{QStringLiteral("bdseq_mismatch")});
        QVERIFY(n.lastProblem.contains(QStringLiteral("bdSeq 7")));
        QCOMPARE(e("plant/edge1/pump").state, State::Online);
        QCOMPARE(n.lastSeq, 1); // the node's sequence goes on
        t.apply(kNData, P(2).bytes(), 11);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
    }

    void deviceBirthAndDeath()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        std::vector<QString> changed;
        QVERIFY(t.apply(kDBirth, dbirth(1), 2, &changed));
        QVERIFY(std::find(changed.begin(), changed.end(), QStringLiteral("plant/edge1/pump")) !=
                changed.end());
        const auto &d = e("plant/edge1/pump");
        QCOMPARE(d.kind, SparkplugEntity::Kind::Device);
        QCOMPARE(d.id(), QStringLiteral("plant/edge1/pump"));
        QCOMPARE(d.state, State::Online);
        QCOMPARE(d.metrics.at(QStringLiteral("Mode")).value.toString(), QStringLiteral("auto"));
        t.apply(kDData, P(2).num(nullptr, 10, 1750).bytes(), 3);
        QCOMPARE(e("plant/edge1/pump").metrics.at(QStringLiteral("Speed")).value.toDouble(), 1750.0);
        QCOMPARE(e("plant/edge1").metrics.count(QStringLiteral("Speed")), 0u); // a device's metric is its own
        t.apply(kDDeath, P(3).bytes(), 4);
        QCOMPARE(e("plant/edge1/pump").state, State::Offline);
        QCOMPARE(e("plant/edge1/pump").offlineCause, QStringLiteral("DDEATH"));
        QCOMPARE(e("plant/edge1").state, State::Online);
        QCOMPARE(e("plant/edge1").lastSeq, 3);
        QCOMPARE(e("plant/edge1").seqGaps, 0u);
        t.apply(kDBirth, dbirth(4), 5);
        QCOMPARE(e("plant/edge1/pump").state, State::Online);
        QCOMPARE(e("plant/edge1/pump").reconnects, 1);
        QCOMPARE(e("plant/edge1/pump").rebirths, 1);
        QCOMPARE(e("plant/edge1/pump").lastRebirthCause, QStringLiteral("DBIRTH after DDEATH"));
    }

    void rebirthWhileOnlineIsCounted()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        t.apply(kNData, P(1).num(nullptr, 1, 1).bytes(), 2);
        QCOMPARE(e("plant/edge1").rebirths, 0);
        // A new NBIRTH (answering a rebirth request) restarts seq: not a gap.
        t.apply(kNBirth, P(0).bdSeq(0).num("Pressure", 1, 2.5).bytes(), 3);
        const auto &n = e("plant/edge1");
        QCOMPARE(n.births, 2);
        QCOMPARE(n.rebirths, 1);
        QCOMPARE(n.reconnects, 0);
        QCOMPARE(n.lastRebirthCause, QStringLiteral("new NBIRTH while online"));
        QCOMPARE(n.seqGaps, 0u);
        // The new catalogue replaces the old one: alias 1 is now Pressure.
        QCOMPARE(n.metrics.count(QStringLiteral("Temperature")), 0u);
        t.apply(kNData, P(1).num(nullptr, 1, 3.5).bytes(), 4);
        QCOMPARE(e("plant/edge1").metrics.at(QStringLiteral("Pressure")).value.toDouble(), 3.5);
    }

    void reconnectIsCounted()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        t.apply(kNDeath, P().bdSeq(0).bytes(), 2);
        QCOMPARE(e("plant/edge1").reconnects, 0);
        t.apply(kNBirth, nbirth(1, 0), 3);
        const auto &n = e("plant/edge1");
        QCOMPARE(n.state, State::Online);
        QCOMPARE(n.stateSinceMs, 3);
        QCOMPARE(n.reconnects, 1);
        QCOMPARE(n.rebirths, 1);
        QCOMPARE(n.lastRebirthCause, QStringLiteral("NBIRTH after NDEATH"));
        QCOMPARE(n.bdSeq, std::optional<quint64>(1));
        QCOMPARE(n.offlineCause, QString());
    }

    void malformedPayloadIsCountedWithoutCrash()
    {
        t.apply(kNBirth, nbirth(0, 0), 1);
        // Field 2 (metrics) announced as 100 bytes long with 3 present; then a wrong wire type.
        QVERIFY(t.apply(kNData, QByteArray::fromHex("1264010203"), 2));
        QVERIFY(t.apply(kDData, QByteArray::fromHex("ffffffffffffffffffffff"), 3));
        QCOMPARE(e("plant/edge1").malformed, 1u);
        QCOMPARE(e("plant/edge1/pump").malformed, 1u);
        QCOMPARE(e("plant/edge1").lastProblem,
                 QStringLiteral("NDATA is not a Sparkplug B Protobuf payload (5 byte(s))"));
        QCOMPARE(e("plant/edge1").state, State::Online);
        QCOMPARE(e("plant/edge1").metrics.at(QStringLiteral("Temperature")).value.toDouble(), 21.5);
    }

    void memoryIsBounded()
    {
        SparkplugTracker small({/*maxEntities*/ 3, /*maxMetricsPerEntity*/ 2});
        QVERIFY(small.apply(kNBirth, nbirth(0, 0), 1)); // bdSeq, Temperature; Level dropped
        QCOMPARE(small.entities().at(QStringLiteral("plant/edge1")).metrics.size(), 2u);
        QCOMPARE(small.entities().at(QStringLiteral("plant/edge1")).metricsDropped, 1u);
        QVERIFY(small.apply(kDBirth, dbirth(1), 2));
        QVERIFY(small.apply("spBv1.0/plant/NBIRTH/edge2", nbirth(0, 0), 3));
        QVERIFY(!small.apply("spBv1.0/plant/NBIRTH/edge3", nbirth(0, 0), 4));
        QVERIFY(!small.apply("spBv1.0/plant/DBIRTH/edge2/x", dbirth(1), 5));
        QCOMPARE(small.entities().size(), 3u);
        QCOMPARE(small.entitiesDropped(), 2u);
        QVERIFY(small.apply("spBv1.0/plant/NDATA/edge2", P(1).bytes(), 6)); // known: still tracked
        // Data naming metrics the birth did not declare: kept up to the limit only.
        QVERIFY(small.apply(kDData, P(2).num("Extra", std::nullopt, 1).bytes(), 7));
        const auto &d = small.entities().at(QStringLiteral("plant/edge1/pump"));
        QCOMPARE(d.metrics.size(), 2u);
        QCOMPARE(d.metrics.count(QStringLiteral("Extra")), 0u);
        QCOMPARE(d.metricsDropped, 1u);
        QCOMPARE(d.flags(), QStringList{QStringLiteral("metrics_dropped")});
    }

    void rebirthRequestDecodesToTheBooleanMetric()
    {
        const QByteArray bytes = SparkplugTracker::rebirthRequest(1700000000000);
        const auto d = deck::payload::decodeSparkplug(bytes);
        QVERIFY2(d.ok, qPrintable(d.error));
        const QJsonObject m = d.value.toObject()[QStringLiteral("metrics")]
                                  .toObject()[QStringLiteral("Node Control/Rebirth")]
                                  .toObject();
        QCOMPARE(m[QStringLiteral("datatype")].toString(), QStringLiteral("Boolean"));
        QCOMPARE(m[QStringLiteral("value")], QJsonValue(true));
        QCOMPARE(d.value.toObject()[QStringLiteral("metrics")].toObject().size(), 1);
        QVERIFY(!d.value.toObject().contains(QStringLiteral("seq")));
    }
};

QTEST_GUILESS_MAIN(TestSparkplugTracker)
#include "tst_sparkplug_tracker.moc"
