#include "TopicTree.h"

#include "util/FastRange.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace deck {

namespace {
// Memory of one history entry beyond its topic and payload bytes: the Message, Paho's message
// object and its two heap strings, allocator overhead. Measured: 1M entries (100k topics, 10
// messages each) raised the peak RSS by ~580 MB, i.e. ~480 bytes besides topic and payload.
constexpr qint64 kHistoryOverhead = 480;
} // namespace

TopicTree::TopicTree(HistoryLimits limits) : m_limits(limits)
{
    clear();
}

void TopicTree::clear()
{
    m_names.clear();
    m_nodes.clear();
    m_nodes.shrink_to_fit();
    m_counts.clear();
    m_counts.shrink_to_fit();
    m_countHigh.clear();
    m_stats.clear();
    m_stats.shrink_to_fit();
    m_extras.clear();
    m_extras.shrink_to_fit();
    m_payloads.clear();
    m_index.assign(1024, kNoNode);
    m_index.shrink_to_fit();
    m_indexCount = 0;
    m_evictionCursor = 0;
    m_historyBytes = 0;
    m_historyEntries = 0;
    m_evictions = {};
    m_epochMs = kNoEpoch; // set by the first message: see tickOf
    m_nodes.push_back({kNoNode, m_names.intern({}), kNoNode, kNoNode, kNoNode});
    m_counts.push_back(0);
}

uint32_t TopicTree::tickOf(qint64 ms)
{
    // Times are kept as 10 ms ticks in 32 bits: about 497 days. The range is centred on the
    // first message's time, so that a replay (messages stamped with their capture's time) or a
    // clock behind the system's is kept as it is, not clamped to when the tree was created.
    if (m_epochMs == kNoEpoch)
        m_epochMs = ms - kHalfTickRangeMs;
    const qint64 ticks = (ms - m_epochMs) / 10;
    return ticks <= 0 ? 1 : uint32_t(std::min<qint64>(ticks + 1, 0xFFFFFFFFLL));
}

qint64 TopicTree::msOf(uint32_t tick) const
{
    return tick == 0 ? 0 : m_epochMs + qint64(tick - 1) * 10;
}

uint64_t TopicTree::pairHash(NodeId parent, std::string_view level)
{
    return std::hash<std::string_view>{}(level) ^ (uint64_t(parent) * 0x9E3779B97F4A7C15ull);
}

size_t TopicTree::indexSlot(uint64_t hash) const
{
    // Any table size (it grows by half rather than doubling): see StringPool::slotOf.
    return fastRange(hash, m_index.size());
}

NodeId TopicTree::lookupIndexed(NodeId parent, std::string_view level) const
{
    for (size_t i = indexSlot(pairHash(parent, level));; i = i + 1 == m_index.size() ? 0 : i + 1) {
        const NodeId c = m_index[i];
        if (c == kNoNode)
            return kNoNode;
        if (m_nodes[c].parent == parent && name(c) == level)
            return c;
    }
}

void TopicTree::indexInsert(NodeId child)
{
    auto place = [this](NodeId c) {
        size_t i = indexSlot(pairHash(m_nodes[c].parent, name(c)));
        while (m_index[i] != kNoNode)
            i = i + 1 == m_index.size() ? 0 : i + 1;
        m_index[i] = c;
    };
    if ((m_indexCount + 1) * 5 > m_index.size() * 4) { // keep the load under 4/5
        std::vector<NodeId> old(m_index.size() + m_index.size() / 2, kNoNode);
        old.swap(m_index);
        for (NodeId c : old)
            if (c != kNoNode)
                place(c);
    }
    place(child);
    ++m_indexCount;
}

void TopicTree::promoteToIndex(NodeId parent)
{
    m_nodes[parent].name |= kIndexedBit;
    for (NodeId c = m_nodes[parent].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
        indexInsert(c);
}

NodeId TopicTree::child(NodeId parent, std::string_view level) const
{
    if (m_nodes[parent].name & kIndexedBit)
        return lookupIndexed(parent, level);
    for (NodeId c = m_nodes[parent].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
        if (name(c) == level)
            return c;
    return kNoNode;
}

NodeId TopicTree::childOrCreate(NodeId parent, std::string_view level)
{
    int siblings = 0;
    if (m_nodes[parent].name & kIndexedBit) {
        if (const NodeId c = lookupIndexed(parent, level); c != kNoNode)
            return c;
    } else {
        for (NodeId c = m_nodes[parent].firstChild; c != kNoNode; c = m_nodes[c].nextSibling) {
            if (name(c) == level)
                return c;
            ++siblings;
        }
    }
    const NodeId id = NodeId(m_nodes.size());
    m_nodes.push_back(
        {parent, m_names.intern(level), kNoNode, m_nodes[parent].firstChild, kNoNode});
    m_counts.push_back(0);
    m_nodes[parent].firstChild = id;
    if (m_nodes[parent].name & kIndexedBit)
        indexInsert(id);
    else if (siblings + 1 > kIndexAfter)
        promoteToIndex(parent);
    return id;
}

void TopicTree::addCount(NodeId node, uint64_t n)
{
    const uint32_t before = m_counts[node];
    m_counts[node] = uint32_t(before + n);
    if (m_counts[node] < before)
        ++m_countHigh[node];
}

quint64 TopicTree::subtreeMessages(NodeId node) const
{
    quint64 count = m_counts[node];
    if (const auto it = m_countHigh.find(node); it != m_countHigh.end())
        count += quint64(it->second) << 32;
    return count;
}

quint64 TopicTree::ownMessages(NodeId node) const
{
    quint64 own = subtreeMessages(node);
    for (NodeId c = m_nodes[node].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
        own -= subtreeMessages(c);
    return own;
}

TopicTree::Extra &TopicTree::extraFor(Stats &stats)
{
    if (stats.extra() == kNoExtra) {
        // 2^24 - 1 topics with properties or history at most; past that the oldest extras
        // would be shared, so stop: history and last properties are then not kept.
        if (m_extras.size() >= kNoExtra) {
            m_overflow = Extra(); // this tree's scratch: written to, never kept or shared
            return m_overflow;
        }
        stats.extraAndFlags = (stats.extraAndFlags & ~kNoExtra) | uint32_t(m_extras.size());
        m_extras.push_back(std::make_unique<Extra>());
    }
    return *m_extras[stats.extra()];
}

void TopicTree::HistoryRing::push(HistoryEntry &&entry, size_t limit)
{
    if (m_count == m_items.size()) {
        // Grow (in order) up to the limit; at the limit the caller has made room.
        const size_t capacity =
            std::max<size_t>(m_count + 1, std::min<size_t>(std::max<size_t>(4, m_items.size() * 2),
                                                           std::max<size_t>(limit, 1)));
        std::vector<HistoryEntry> items;
        items.reserve(capacity);
        for (uint32_t i = 0; i < m_count; ++i)
            items.push_back(std::move(m_items[(m_head + i) % m_items.size()]));
        items.resize(capacity);
        m_items.swap(items);
        m_head = 0;
    }
    m_items[(m_head + m_count) % m_items.size()] = std::move(entry);
    ++m_count;
}

NodeId TopicTree::apply(Message message)
{
    const std::string_view topic = message.topic();
    m_path.clear();
    NodeId node = kRootNode;
    m_path.push_back(node);
    for (size_t start = 0;;) {
        const size_t slash = topic.find('/', start);
        node = childOrCreate(node, topic.substr(start, slash == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : slash - start));
        m_path.push_back(node);
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    for (NodeId n : m_path)
        addCount(n, 1);

    const uint32_t tick = tickOf(message.receivedAtMs());
    const uint32_t size = uint32_t(message.payload().size());
    uint8_t flags = uint8_t(message.qos() & QosMask);
    if (message.isRetained())
        flags |= size == 0 ? RetainedCleared : Retained;
    if (message.isDuplicate())
        flags |= Duplicate;

    if (message.isRetained() && size > 0)
        flags |= HoldsRetained;
    if (message.isRetained() && size == 0)
        flags |= RetainedDeleted;
    if (m_nodes[node].stats == kNoNode) {
        m_nodes[node].stats = uint32_t(m_stats.size());
        Stats s{tick,
                tick,
                size,
                size,
                float(size),
                PayloadStore::kNone,
                kNoExtra | (uint32_t(flags) << 24)};
        s.payload = m_payloads.store(PayloadStore::kNone, message.payload());
        m_stats.push_back(s);
        if (message.hasProperties())
            extraFor(m_stats.back()).lastProperties = message.sharedProperties();
        return node;
    }
    Stats &s = m_stats[m_nodes[node].stats];
    const bool keepHistory = m_limits.messagesPerTopic > 0;
    if (keepHistory) // a history starts at the second message, from the first still in the arena
        startHistory(node, s);
    s.lastTick = tick;
    s.minSize = std::min(s.minSize, size);
    s.maxSize = std::max(s.maxSize, size);
    const quint64 own =
        m_nodes[node].firstChild == kNoNode ? subtreeMessages(node) : ownMessages(node);
    s.avgSize += (float(size) - s.avgSize) / float(own);
    // A live message says nothing about the retained value; only a retained one replaces it.
    if (!message.isRetained())
        flags |= s.flags() & (HoldsRetained | RetainedDeleted);
    s.setFlags(flags);
    s.payload = m_payloads.store(s.payload, message.payload());
    if (message.hasProperties())
        extraFor(s).lastProperties = message.sharedProperties();
    else if (s.extra() != kNoExtra)
        m_extras[s.extra()]->lastProperties.reset();
    if (keepHistory)
        recordHistory(s, std::move(message)); // last: it takes the message over
    return node;
}

void TopicTree::startHistory(NodeId node, Stats &stats)
{
    Extra &extra = extraFor(stats);
    if (!extra.history.empty())
        return;
    const QByteArrayView previous = m_payloads.view(stats.payload);
    const QByteArray topicBytes = topic(node);
    const Message first = Message::fromParts(
        topicBytes, previous.toByteArray(), stats.flags() & QosMask,
        stats.flags() & (Retained | RetainedCleared), stats.flags() & Duplicate,
        msOf(stats.lastTick),
        extra.lastProperties ? *extra.lastProperties : mqtt::MessageProperties());
    const qint64 cost = previous.size() + topicBytes.size() + kHistoryOverhead;
    extra.history.push(HistoryEntry{first, cost}, size_t(m_limits.messagesPerTopic));
    extra.historyBytes += cost;
    m_historyBytes += quint64(cost);
    ++m_historyEntries;
}

void TopicTree::recordHistory(Stats &stats, Message &&message)
{
    Extra &extra = extraFor(stats);
    const qint64 topicBytes = qint64(message.topic().size());
    const qint64 cost = message.payload().size() + topicBytes + kHistoryOverhead;
    while (int(extra.history.size()) >= m_limits.messagesPerTopic) {
        dropOldest(extra);
        ++m_evictions.byTopicCount;
    }
    extra.history.push(HistoryEntry{std::move(message), cost}, size_t(m_limits.messagesPerTopic));
    extra.historyBytes += cost;
    m_historyBytes += quint64(cost);
    ++m_historyEntries;
    while (extra.historyBytes > m_limits.bytesPerTopic && extra.history.size() > 1) {
        dropOldest(extra);
        ++m_evictions.byTopicBytes;
    }
    if (qint64(m_historyBytes) > m_limits.totalBytes)
        enforceGlobalBudget();
}

void TopicTree::dropOldest(Extra &extra)
{
    const qint64 cost = extra.history.front().cost;
    extra.history.popFront();
    extra.historyBytes -= cost;
    m_historyBytes -= quint64(cost);
    --m_historyEntries;
}

void TopicTree::enforceGlobalBudget()
{
    // Round robin over the topics that have a history, oldest entry of each first: fair and
    // O(1) in memory, unlike a global FIFO of every entry.
    size_t scanned = 0;
    while (qint64(m_historyBytes) > m_limits.totalBytes && scanned < m_extras.size() * 2) {
        if (m_evictionCursor >= m_extras.size())
            m_evictionCursor = 0;
        Extra &extra = *m_extras[m_evictionCursor++];
        ++scanned;
        if (extra.history.empty())
            continue;
        dropOldest(extra);
        ++m_evictions.byGlobalBudget;
    }
}

NodeId TopicTree::findTopic(const QString &topic) const
{
    const QByteArray utf8 = topic.toUtf8();
    return find(std::string_view(utf8.constData(), size_t(utf8.size())));
}

NodeId TopicTree::find(std::string_view topic) const
{
    NodeId node = kRootNode;
    for (size_t start = 0;;) {
        const size_t slash = topic.find('/', start);
        node =
            child(node, topic.substr(start, slash == std::string_view::npos ? std::string_view::npos
                                                                            : slash - start));
        if (node == kNoNode || slash == std::string_view::npos)
            return node;
        start = slash + 1;
    }
}

int TopicTree::childCount(NodeId node) const
{
    int n = 0;
    for (NodeId c = m_nodes[node].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
        ++n;
    return n;
}

std::vector<NodeId> TopicTree::children(NodeId node) const
{
    std::vector<NodeId> out;
    for (NodeId c = m_nodes[node].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
        out.push_back(c);
    std::sort(out.begin(), out.end(), [this](NodeId a, NodeId b) { return name(a) < name(b); });
    return out;
}

QByteArray TopicTree::topic(NodeId node) const
{
    std::vector<std::string_view> levels;
    for (NodeId n = node; n != kRootNode && n != kNoNode; n = m_nodes[n].parent)
        levels.push_back(name(n));
    QByteArray out;
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        if (it != levels.rbegin())
            out.append('/');
        out.append(it->data(), qsizetype(it->size()));
    }
    return out;
}

bool TopicTree::hasLastMessage(NodeId node) const
{
    return m_nodes[node].stats != kNoNode;
}

QByteArrayView TopicTree::lastPayloadView(NodeId node) const
{
    const uint32_t s = m_nodes[node].stats;
    return s == kNoNode ? QByteArrayView() : m_payloads.view(m_stats[s].payload);
}

NodeInfo TopicTree::info(NodeId node) const
{
    NodeInfo info;
    info.id = node;
    info.parent = m_nodes[node].parent;
    const std::string_view n = name(node);
    info.name = QByteArray(n.data(), qsizetype(n.size()));
    info.subtreeMessages = subtreeMessages(node);
    info.childCount = childCount(node);
    const uint32_t si = m_nodes[node].stats;
    if (si == kNoNode)
        return info;
    const Stats &s = m_stats[si];
    info.isTopic = true;
    info.ownMessages = ownMessages(node);
    info.firstReceivedMs = msOf(s.firstTick);
    info.lastReceivedMs = msOf(s.lastTick);
    info.lastQos = s.flags() & QosMask;
    info.lastRetained = s.flags() & Retained;
    info.lastDuplicate = s.flags() & Duplicate;
    info.retainedCleared = s.flags() & RetainedDeleted;
    info.holdsRetained = s.flags() & HoldsRetained;
    info.minPayload = int(s.minSize);
    info.maxPayload = int(s.maxSize);
    info.avgPayload = double(s.avgSize);
    info.lastPayloadSize = int(m_payloads.view(s.payload).size());
    info.historyCount = s.extra() == kNoExtra ? 0 : int(m_extras[s.extra()]->history.size());
    return info;
}

StoredMessage TopicTree::lastMessage(NodeId node) const
{
    StoredMessage out;
    const uint32_t si = m_nodes[node].stats;
    if (si == kNoNode)
        return out;
    const Stats &s = m_stats[si];
    out.payload = m_payloads.view(s.payload).toByteArray();
    out.qos = s.flags() & QosMask;
    out.retained = s.flags() & (Retained | RetainedCleared);
    out.duplicate = s.flags() & Duplicate;
    out.receivedAtMs = msOf(s.lastTick);
    if (s.extra() != kNoExtra)
        out.properties = m_extras[s.extra()]->lastProperties;
    return out;
}

void TopicTree::markRetainedCleared(NodeId node)
{
    if (!isValid(node) || m_nodes[node].stats == kNoNode)
        return;
    Stats &s = m_stats[m_nodes[node].stats];
    s.setFlags(uint8_t((s.flags() & ~HoldsRetained) | RetainedDeleted));
}

std::vector<NodeId> TopicTree::retainedTopicsUnder(NodeId node) const
{
    std::vector<NodeId> out;
    std::vector<NodeId> stack{node};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        const uint32_t si = m_nodes[n].stats;
        if (si != kNoNode && (m_stats[si].flags() & HoldsRetained))
            out.push_back(n);
        for (NodeId c = m_nodes[n].firstChild; c != kNoNode; c = m_nodes[c].nextSibling)
            stack.push_back(c);
    }
    return out;
}

std::vector<StoredMessage> TopicTree::history(NodeId node) const
{
    std::vector<StoredMessage> out;
    const uint32_t si = m_nodes[node].stats;
    if (si == kNoNode || m_stats[si].extra() == kNoExtra)
        return out;
    m_extras[m_stats[si].extra()]->history.forEach([&](const HistoryEntry &e) {
        StoredMessage m;
        m.payload = e.message.payloadCopy();
        m.qos = e.message.qos();
        m.retained = e.message.isRetained();
        m.duplicate = e.message.isDuplicate();
        m.receivedAtMs = e.message.receivedAtMs();
        m.properties = e.message.sharedProperties();
        out.push_back(std::move(m));
    });
    return out;
}

size_t TopicTree::memoryBytes() const
{
    return m_names.memoryBytes() + m_nodes.capacity() * sizeof(Node) +
           m_counts.capacity() * sizeof(uint32_t) + m_stats.capacity() * sizeof(Stats) +
           m_extras.capacity() * sizeof(void *) + m_extras.size() * sizeof(Extra) +
           m_payloads.memoryBytes() + m_index.capacity() * sizeof(NodeId) + m_historyBytes;
}

} // namespace deck
