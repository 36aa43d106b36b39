#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace deck::fleet {

/// A metric's current value, named by the birth that declared it.
struct SparkplugMetric
{
    QString name;
    quint64 alias = 0;
    bool hasAlias = false;
    QString datatype;          // "Int32", "Boolean", … (from the birth when data omits it)
    QJsonValue value;
    qint64 timestampMs = 0;    // the metric's timestamp, else its payload's; 0 = none
};

/// An edge node or one of its devices, as its births, deaths and data describe it.
struct SparkplugEntity
{
    enum class Kind { Node, Device };
    enum class State { Unknown, Online, Offline };

    Kind kind = Kind::Node;
    QString group, node, device;
    /// "group/node" or "group/node/device".
    QString id() const;

    State state = State::Unknown;
    qint64 stateSinceMs = 0;
    qint64 lastSeenMs = 0;          // 0 = never
    QString offlineCause;           // "NDEATH", "DDEATH", "NDEATH of its node"
    std::optional<quint64> bdSeq;   // nodes: from the last NBIRTH
    int lastSeq = -1;               // nodes: the seq of the last message of the node or a device
    int births = 0, rebirths = 0, reconnects = 0;
    QString lastRebirthCause;       // in words: "after NDEATH", "new NBIRTH while online", …
    std::map<QString, SparkplugMetric> metrics; // by name, current values
    std::map<quint64, QString> aliases;         // the catalogue of the last birth

    // Flags: how often, and the newest in words.
    quint64 seqGaps = 0, unknownAliases = 0, dataBeforeBirth = 0, bdSeqMismatches = 0;
    quint64 malformed = 0;          // payloads that are not Sparkplug B Protobuf
    quint64 metricsDropped = 0;     // metrics past the per-entity limit, not stored
    QString lastProblem;

    /// The raised flags by name: seq_gap, unknown_alias, data_before_birth, bdseq_mismatch,
    /// malformed, metrics_dropped.
    QStringList flags() const;
};

/// Memory bounds: what lies past them is counted, not stored.
struct SparkplugLimits
{
    size_t maxEntities = 100000;
    size_t maxMetricsPerEntity = 10000;
};

/// Follows Sparkplug B edge nodes and devices from the messages on spBv1.0/…: online state from
/// births and deaths, the metric catalogue and current values by name, and what breaks the
/// specification's rules (sequence gaps, unknown aliases, data before birth, a death from
/// another session). Not thread-safe: one owner feeds it.
class SparkplugTracker
{
    Q_DECLARE_TR_FUNCTIONS(SparkplugTracker)
public:
    using Limits = SparkplugLimits;
    explicit SparkplugTracker(Limits limits = Limits());

    /// A message on any topic; non-Sparkplug topics (and STATE, NCMD, DCMD) are ignored
    /// (returns false). Returns true when an entity changed; `changed` receives their ids.
    bool apply(std::string_view topic, QByteArrayView payload, qint64 receivedMs,
               std::vector<QString> *changed = nullptr);

    const std::map<QString, SparkplugEntity> &entities() const { return m_entities; }
    /// Nodes and devices not tracked because the limit was reached.
    quint64 entitiesDropped() const { return m_entitiesDropped; }
    void clear();

    /// The NCMD payload that asks a node for a rebirth (the boolean metric
    /// `Node Control/Rebirth` = true), to publish on spBv1.0/{group}/NCMD/{node}.
    static QByteArray rebirthRequest(qint64 timestampMs);

private:
    SparkplugEntity *entity(SparkplugEntity::Kind kind, const QString &group, const QString &node,
                            const QString &device);
    void checkSeq(SparkplugEntity &node, std::optional<quint64> seq, bool birth);
    void setState(SparkplugEntity &e, SparkplugEntity::State state, qint64 ms);

    Limits m_limits;
    std::map<QString, SparkplugEntity> m_entities;
    quint64 m_entitiesDropped = 0;
};

} // namespace deck::fleet
