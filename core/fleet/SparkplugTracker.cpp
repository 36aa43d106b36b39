#include "SparkplugTracker.h"

#include "payload/SparkplugB.h"
#include "payload/proto/sparkplug_b.pb.h" // generated in the build tree

namespace deck::fleet {

namespace {

using Kind = SparkplugEntity::Kind;
using State = SparkplugEntity::State;

enum class Type { NBirth, NDeath, DBirth, DDeath, NData, DData };

struct Topic
{
    Type type;
    QString typeName; // as on the wire, for the words of a problem
    QString group, node, device;
};

// spBv1.0/{group}/{type}/{node}[/{device}]; STATE, NCMD and DCMD describe no entity.
std::optional<Topic> parseTopic(std::string_view topic)
{
    std::vector<std::string_view> levels;
    size_t start = 0;
    while (levels.size() < 6) {
        const size_t slash = topic.find('/', start);
        levels.push_back(topic.substr(start, slash == std::string_view::npos ? slash : slash - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    if (levels.size() < 4 || levels.size() > 5 || levels[0] != "spBv1.0")
        return std::nullopt;
    for (const auto &level : levels)
        if (level.empty())
            return std::nullopt;
    const bool device = levels.size() == 5;
    static const std::pair<std::string_view, Type> nodeTypes[] = {
        {"NBIRTH", Type::NBirth}, {"NDEATH", Type::NDeath}, {"NDATA", Type::NData}};
    static const std::pair<std::string_view, Type> deviceTypes[] = {
        {"DBIRTH", Type::DBirth}, {"DDEATH", Type::DDeath}, {"DDATA", Type::DData}};
    for (const auto &[name, type] : device ? deviceTypes : nodeTypes) {
        if (levels[2] != name)
            continue;
        const auto text = [](std::string_view s) {
            return QString::fromUtf8(s.data(), qsizetype(s.size()));
        };
        return Topic{type, text(name), text(levels[1]), text(levels[3]),
                     device ? text(levels[4]) : QString()};
    }
    return std::nullopt;
}

std::optional<quint64> bdSeqOf(const payload::SparkplugRead &read)
{
    for (const auto &m : read.metrics)
        if (m.name && *m.name == u"bdSeq" && m.integer)
            return m.integer;
    return std::nullopt;
}

} // namespace

QString SparkplugEntity::id() const
{
    QString out = group + u'/' + node;
    if (kind == Kind::Device)
        out += u'/' + device;
    return out;
}

QStringList SparkplugEntity::flags() const
{
    QStringList out;
    if (seqGaps)
        out << QStringLiteral("seq_gap");
    if (unknownAliases)
        out << QStringLiteral("unknown_alias");
    if (dataBeforeBirth)
        out << QStringLiteral("data_before_birth");
    if (bdSeqMismatches)
        out << QStringLiteral("bdseq_mismatch");
    if (malformed)
        out << QStringLiteral("malformed");
    if (metricsDropped)
        out << QStringLiteral("metrics_dropped");
    return out;
}

SparkplugTracker::SparkplugTracker(Limits limits) : m_limits(limits) {}

void SparkplugTracker::clear()
{
    m_entities.clear();
    m_entitiesDropped = 0;
}

void SparkplugTracker::setState(SparkplugEntity &e, State state, qint64 ms)
{
    if (e.state == state)
        return;
    if (state == State::Online && e.state == State::Offline)
        ++e.reconnects;
    e.state = state;
    e.stateSinceMs = ms;
}

// seq is the node's: one counter 0–255 over NBIRTH, NDATA, DBIRTH, DDATA and DDEATH, which wraps
// (255 → 0 is the next message, not a gap). A birth starts it over.
void SparkplugTracker::checkSeq(SparkplugEntity &node, std::optional<quint64> seq, bool birth)
{
    if (!seq)
        return;
    if (*seq > 255) {
        ++node.seqGaps;
        node.lastProblem = tr("seq %1 is outside 0–255").arg(*seq);
        node.lastSeq = -1;
        return;
    }
    const int s = int(*seq);
    if (!birth && node.lastSeq >= 0) {
        const int expected = (node.lastSeq + 1) % 256;
        if (s != expected) {
            ++node.seqGaps;
            const int missing = (s - expected + 256) % 256;
            node.lastProblem =
                missing < 128
                    ? tr("seq %1 after %2: %n message(s) missing", nullptr, missing)
                          .arg(s)
                          .arg(node.lastSeq)
                    : tr("seq %1 after %2: out of order or repeated").arg(s).arg(node.lastSeq);
        }
    }
    node.lastSeq = s;
}

SparkplugEntity *SparkplugTracker::entity(Kind kind, const QString &group, const QString &node,
                                          const QString &device)
{
    SparkplugEntity key;
    key.kind = kind;
    key.group = group;
    key.node = node;
    key.device = device;
    QString id = key.id();
    auto it = m_entities.find(id);
    if (it != m_entities.end())
        return &it->second;
    if (m_entities.size() >= m_limits.maxEntities) {
        ++m_entitiesDropped;
        return nullptr;
    }
    return &m_entities.emplace(std::move(id), std::move(key)).first->second;
}

bool SparkplugTracker::apply(std::string_view topicText, QByteArrayView payload,
                             qint64 receivedMs, std::vector<QString> *changed)
{
    const std::optional<Topic> topic = parseTopic(topicText);
    if (!topic)
        return false;
    const bool deviceMessage = !topic->device.isEmpty();
    // Both entities must fit before either is created.
    const size_t missing =
        (m_entities.count(topic->group + u'/' + topic->node) == 0) +
        (deviceMessage &&
         m_entities.count(topic->group + u'/' + topic->node + u'/' + topic->device) == 0);
    if (m_entities.size() + missing > m_limits.maxEntities) {
        ++m_entitiesDropped;
        return false;
    }
    SparkplugEntity &node = *entity(Kind::Node, topic->group, topic->node, {});
    SparkplugEntity *device =
        deviceMessage ? entity(Kind::Device, topic->group, topic->node, topic->device) : nullptr;
    SparkplugEntity &self = device ? *device : node;
    std::vector<SparkplugEntity *> touched{&node};
    if (device)
        touched.push_back(device);
    const auto report = [&] {
        if (changed)
            for (const SparkplugEntity *e : touched)
                changed->push_back(e->id());
        return true;
    };
    node.lastSeenMs = receivedMs; // a device's messages travel on its node's connection
    self.lastSeenMs = receivedMs;

    payload::SparkplugRead read;
    if (!payload::readSparkplug(payload, read, qsizetype(m_limits.maxMetricsPerEntity))) {
        ++self.malformed;
        self.lastProblem = tr("%1 is not a Sparkplug B Protobuf payload (%n byte(s))", nullptr,
                              int(qMin<qsizetype>(payload.size(), INT_MAX)))
                               .arg(topic->typeName);
        return report();
    }
    const qint64 payloadMs = read.timestamp ? qint64(*read.timestamp) : 0;
    if (read.metricCount > qsizetype(read.metrics.size())) { // past the limit: not even read
        const qsizetype unread = read.metricCount - qsizetype(read.metrics.size());
        self.metricsDropped += quint64(unread);
        self.lastProblem = tr("%1 carries %n metric(s) past the limit of %2, not kept", nullptr,
                              int(unread))
                               .arg(topic->typeName)
                               .arg(m_limits.maxMetricsPerEntity);
    }
    const auto store = [&](SparkplugEntity &e, const QString &name,
                           const payload::SparkplugMetricRead &m, bool birth) {
        auto it = e.metrics.find(name);
        if (it == e.metrics.end()) {
            if (e.metrics.size() >= m_limits.maxMetricsPerEntity) {
                ++e.metricsDropped;
                e.lastProblem = tr("metric %1 not kept: %2 already has %n metric(s), the limit",
                                   nullptr, int(e.metrics.size()))
                                    .arg(name, e.id());
                return;
            }
            it = e.metrics.emplace(name, SparkplugMetric{}).first;
            it->second.name = name;
        }
        SparkplugMetric &metric = it->second;
        if (m.alias) {
            metric.alias = *m.alias;
            metric.hasAlias = true;
        }
        if (birth || m.datatype != 0) // data messages may leave the datatype to the birth
            metric.datatype = payload::sparkplugTypeName(m.datatype);
        metric.value = m.value;
        metric.timestampMs = m.timestamp ? qint64(*m.timestamp) : payloadMs;
    };
    // A birth declares the catalogue: names, aliases, datatypes, first values.
    const auto declare = [&](SparkplugEntity &e) {
        e.metrics.clear();
        e.aliases.clear();
        for (const auto &m : read.metrics) {
            if (!m.name || m.name->isEmpty())
                continue; // a birth names every metric; a nameless one cannot be resolved
            store(e, *m.name, m, true);
            if (m.alias && e.aliases.size() < m_limits.maxMetricsPerEntity)
                e.aliases[*m.alias] = *m.name;
        }
    };
    const auto born = [&](SparkplugEntity &e, const QString &birthType) {
        ++e.births;
        if (e.births > 1) {
            ++e.rebirths;
            e.lastRebirthCause =
                e.state == State::Online
                    ? tr("new %1 while online").arg(birthType)
                    : (e.state == State::Offline && !e.offlineCause.isEmpty()
                           ? tr("%1 after %2").arg(birthType, e.offlineCause)
                           : tr("%1 after an unknown state").arg(birthType));
        }
        declare(e);
        setState(e, State::Online, receivedMs);
        e.offlineCause.clear();
    };
    const auto goOffline = [&](SparkplugEntity &e, const QString &cause) {
        setState(e, State::Offline, receivedMs);
        e.offlineCause = cause;
    };

    switch (topic->type) {
    case Type::NBirth:
        node.bdSeq = bdSeqOf(read);
        checkSeq(node, read.seq, true);
        born(node, topic->typeName);
        break;
    case Type::NDeath: {
        const std::optional<quint64> bdSeq = bdSeqOf(read);
        if (node.bdSeq && bdSeq && *bdSeq != *node.bdSeq) {
            // The specification: a host must ignore an NDEATH whose bdSeq does not match the
            // current NBIRTH's. It is the will of an earlier session, delivered after the node
            // had already reconnected and been born again; the node is still online.
            ++node.bdSeqMismatches;
            node.lastProblem =
                tr("NDEATH with bdSeq %1 while the NBIRTH had %2: ignored, a death of an "
                   "earlier session")
                    .arg(*bdSeq)
                    .arg(*node.bdSeq);
            break;
        }
        goOffline(node, topic->typeName);
        node.lastSeq = -1;
        // The node's death is its devices' too.
        const QString prefix = node.id() + u'/';
        for (auto it = m_entities.lower_bound(prefix);
             it != m_entities.end() && it->first.startsWith(prefix); ++it) {
            SparkplugEntity &d = it->second;
            if (d.kind != Kind::Device || d.state == State::Offline)
                continue;
            goOffline(d, tr("NDEATH of its node"));
            touched.push_back(&d);
        }
        break;
    }
    case Type::DBirth:
        if (node.state != State::Online) {
            ++device->dataBeforeBirth;
            device->lastProblem = tr("DBIRTH before its node's NBIRTH");
        } else {
            checkSeq(node, read.seq, false);
        }
        born(*device, topic->typeName);
        break;
    case Type::DDeath:
        if (node.state == State::Online)
            checkSeq(node, read.seq, false);
        goOffline(*device, topic->typeName);
        break;
    case Type::NData:
    case Type::DData: {
        if (self.state != State::Online) {
            ++self.dataBeforeBirth;
            const QString birth = device ? QStringLiteral("DBIRTH") : QStringLiteral("NBIRTH");
            self.lastProblem = self.births == 0
                                   ? tr("%1 before any %2").arg(topic->typeName, birth)
                                   : tr("%1 while offline after %2, before a new %3")
                                         .arg(topic->typeName, self.offlineCause, birth);
        } else if (device && node.state != State::Online) {
            ++device->dataBeforeBirth;
            device->lastProblem = tr("%1 while its node is not born").arg(topic->typeName);
        }
        if (node.state == State::Online)
            checkSeq(node, read.seq, false);
        for (const auto &m : read.metrics) {
            QString name;
            if (m.name) {
                name = *m.name;
            } else if (m.alias) {
                const auto it = self.aliases.find(*m.alias);
                if (it != self.aliases.end()) {
                    name = it->second;
                } else if (self.state == State::Online) {
                    ++self.unknownAliases;
                    self.lastProblem = tr("%1: alias %2 is not in the catalogue of the last birth")
                                           .arg(topic->typeName)
                                           .arg(*m.alias);
                }
            }
            if (!name.isEmpty())
                store(self, name, m, false);
        }
        break;
    }
    }
    return report();
}

QByteArray SparkplugTracker::rebirthRequest(qint64 timestampMs)
{
    deck::sparkplug::Payload p;
    p.set_timestamp(quint64(timestampMs));
    deck::sparkplug::Metric *m = p.add_metrics();
    m->set_name("Node Control/Rebirth");
    m->set_timestamp(quint64(timestampMs));
    m->set_datatype(11); // Boolean
    m->set_boolean_value(true);
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace deck::fleet
