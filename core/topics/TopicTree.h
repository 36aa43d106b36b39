#pragma once

#include "PayloadStore.h"
#include "StringPool.h"
#include "ingest/Message.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <limits>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace deck {

using NodeId = uint32_t;
constexpr NodeId kNoNode = 0xFFFFFFFFu;
constexpr NodeId kRootNode = 0;

/// Bounds on what the tree keeps besides each topic's last message.
struct HistoryLimits
{
    int messagesPerTopic = 20; ///< 0 = no history
    qint64 bytesPerTopic = 256 * 1024;
    qint64 totalBytes = 256LL * 1024 * 1024; ///< global budget over all topics
};

/// Why history entries were dropped; always visible, never silent.
struct EvictionCounters
{
    quint64 byTopicCount = 0;
    quint64 byTopicBytes = 0;
    quint64 byGlobalBudget = 0;
    quint64 total() const { return byTopicCount + byTopicBytes + byGlobalBudget; }
};

/// A node as a reader sees it. Times are milliseconds since the epoch (0 = never).
struct NodeInfo
{
    NodeId id = kNoNode;
    NodeId parent = kNoNode;
    QByteArray name;             ///< this level ("temperature")
    quint64 subtreeMessages = 0; ///< this node and everything below
    quint64 ownMessages = 0;     ///< published to exactly this topic
    int childCount = 0;
    bool isTopic = false; ///< received at least one message itself
    qint64 firstReceivedMs = 0;
    qint64 lastReceivedMs = 0;
    int lastQos = 0;
    bool lastRetained = false; ///< the last message came with the retain flag
    bool lastDuplicate = false;
    bool retainedCleared = false; ///< its retained value was deleted (until a new one is retained)
    bool holdsRetained = false;   ///< a retained value was seen and not cleared since
    int minPayload = 0;
    int maxPayload = 0;
    double avgPayload = 0;
    int lastPayloadSize = 0;
    int historyCount = 0;
};

/// One message kept for a reader: the last one of a topic, or one from its history.
struct StoredMessage
{
    QByteArray payload;
    int qos = 0;
    bool retained = false;
    bool duplicate = false;
    qint64 receivedAtMs = 0;
    std::shared_ptr<const mqtt::MessageProperties> properties;
};

/// Every topic seen in a session, one node per level, in compact arrays: interned level names,
/// 32-bit node ids that stay stable until clear(), per-node counters, and each topic's last
/// message (payload in an arena) with a bounded history.
///
/// Not thread-safe: the Engine owns it and serialises access. Written by hand because its
/// memory (about 200 bytes per topic with its last payload) is the product's edge: a tree of
/// std::unordered_map<std::string, std::unique_ptr<Node>> costs 850.
class TopicTree
{
public:
    explicit TopicTree(HistoryLimits limits = {});

    /// Counts the message against its topic and every ancestor, keeps its payload and
    /// properties as the topic's last message, and adds it to the history. Returns the node.
    /// Pass an rvalue when the caller is done with the message: the history then keeps it
    /// without touching its reference count.
    NodeId apply(Message message);

    NodeId find(std::string_view topic) const;
    NodeId findTopic(const QString &topic) const; ///< the same, from a QString
    NodeId child(NodeId parent, std::string_view name) const;
    /// Children in name order.
    std::vector<NodeId> children(NodeId node) const;
    int childCount(NodeId node) const;
    NodeId parent(NodeId node) const { return m_nodes[node].parent; }
    /// Unordered child iteration, for walks that must not allocate.
    NodeId firstChild(NodeId node) const { return m_nodes[node].firstChild; }
    NodeId nextSibling(NodeId node) const { return m_nodes[node].nextSibling; }
    std::string_view name(NodeId node) const
    {
        return m_names.view(m_nodes[node].name & kNameMask);
    }
    QByteArray topic(NodeId node) const;
    /// The interned name of a node and the pool itself, for searches that test each distinct
    /// level name once instead of once per node.
    uint32_t nameId(NodeId node) const { return m_nodes[node].name & kNameMask; }
    const StringPool &names() const { return m_names; }
    bool isValid(NodeId node) const { return node < m_nodes.size(); }

    NodeInfo info(NodeId node) const;
    quint64 subtreeMessages(NodeId node) const;
    bool hasLastMessage(NodeId node) const;
    StoredMessage lastMessage(NodeId node) const;
    /// Records that the retained value of `node` was deleted (an empty retained message was
    /// accepted by the broker), for subscribers that see the deletion as a live message.
    void markRetainedCleared(NodeId node);
    /// Topics at or below `node` that are known to hold a retained value on the broker.
    std::vector<NodeId> retainedTopicsUnder(NodeId node) const;
    /// Oldest first; includes the last message once a topic has had two.
    std::vector<StoredMessage> history(NodeId node) const;
    /// The last payload without copying; valid until the next apply().
    QByteArrayView lastPayloadView(NodeId node) const;

    size_t nodeCount() const { return m_nodes.size(); }
    size_t topicCount() const { return m_stats.size(); }
    quint64 historyBytes() const { return m_historyBytes; }
    quint64 historyEntries() const { return m_historyEntries; }
    const EvictionCounters &evictions() const { return m_evictions; }
    const HistoryLimits &limits() const { return m_limits; }
    /// Approximate heap bytes held (arrays, arena, history).
    size_t memoryBytes() const;

    /// Forgets everything (ids are reused afterwards).
    void clear();

private:
    static constexpr uint32_t kIndexedBit = 0x80000000u; // in Node::name: children are indexed
    static constexpr uint32_t kNameMask = 0x7FFFFFFFu;
    struct Node // 20 bytes
    {
        uint32_t parent;
        uint32_t name; // StringPool id, plus kIndexedBit
        uint32_t firstChild;
        uint32_t nextSibling;
        uint32_t stats; // index into m_stats, or kNoNode
    };
    struct Stats // 28 bytes per topic
    {
        uint32_t firstTick; // 10 ms units since m_epochMs
        uint32_t lastTick;
        uint32_t minSize;
        uint32_t maxSize;
        float avgSize;
        PayloadStore::Ref payload;
        uint32_t extraAndFlags; // low 24 bits: index into m_extras (kNoExtra = none); high 8: flags
        uint32_t extra() const { return extraAndFlags & kNoExtra; }
        uint8_t flags() const { return uint8_t(extraAndFlags >> 24); }
        void setFlags(uint8_t f)
        {
            extraAndFlags = (extraAndFlags & kNoExtra) | (uint32_t(f) << 24);
        }
    };
    static constexpr uint32_t kNoExtra = 0x00FFFFFFu;
    struct HistoryEntry
    {
        Message message; // shares the network buffer: no copy
        qint64 cost;
    };
    /// A topic's recent messages, oldest first, in one buffer that grows up to the limit and
    /// is then reused in place: no allocation per message (std::deque allocates a block every
    /// few pushes).
    class HistoryRing
    {
    public:
        bool empty() const { return m_count == 0; }
        size_t size() const { return m_count; }
        HistoryEntry &front() { return m_items[m_head]; }
        void popFront()
        {
            m_items[m_head] = HistoryEntry();
            m_head = (m_head + 1) % uint32_t(m_items.size());
            --m_count;
        }
        void push(HistoryEntry &&entry, size_t limit);
        template <typename F> void forEach(F &&f) const
        {
            for (uint32_t i = 0; i < m_count; ++i)
                f(m_items[(m_head + i) % m_items.size()]);
        }

    private:
        std::vector<HistoryEntry> m_items;
        uint32_t m_head = 0;
        uint32_t m_count = 0;
    };
    struct Extra // only for topics with MQTT 5 properties or a history
    {
        std::shared_ptr<const mqtt::MessageProperties> lastProperties;
        HistoryRing history;
        qint64 historyBytes = 0;
    };
    enum Flag : uint8_t {
        QosMask = 0x03,
        Retained = 0x04,
        Duplicate = 0x08,
        RetainedCleared = 0x10,
        HoldsRetained = 0x20, // sticky: set by a retained value, reset by an empty retained message
        RetainedDeleted =
            0x40, // sticky: the retained value was deleted, until a new one is retained
    };

    NodeId childOrCreate(NodeId parent, std::string_view level);
    void indexInsert(NodeId child);
    void promoteToIndex(NodeId parent);
    NodeId lookupIndexed(NodeId parent, std::string_view level) const;
    size_t indexSlot(uint64_t hash) const;
    quint64 ownMessages(NodeId node) const;
    void addCount(NodeId node, uint64_t n);
    void startHistory(NodeId node, Stats &stats);
    void recordHistory(Stats &stats, Message &&message);
    void dropOldest(Extra &extra);
    void enforceGlobalBudget();
    Extra &extraFor(Stats &stats);
    uint32_t tickOf(qint64 ms);
    qint64 msOf(uint32_t tick) const;
    static uint64_t pairHash(NodeId parent, std::string_view level);

    HistoryLimits m_limits;
    static constexpr qint64 kNoEpoch = std::numeric_limits<qint64>::min();
    static constexpr qint64 kHalfTickRangeMs = (qint64(1) << 31) * 10; // see tickOf
    qint64 m_epochMs = kNoEpoch;
    StringPool m_names;
    std::vector<Node> m_nodes;
    std::vector<uint32_t> m_counts;                   // subtree message count (low 32 bits)
    std::unordered_map<NodeId, uint32_t> m_countHigh; // high bits, for the rare node past 2^32
    std::vector<Stats> m_stats;
    std::vector<std::unique_ptr<Extra>> m_extras;
    Extra m_overflow; ///< what extraFor() hands out once m_extras is full (was a static, shared
                      ///< by every tree of the process)
    PayloadStore m_payloads;

    // Children of busy parents (more than kIndexAfter) are found through one open-addressing
    // table keyed by (parent, name); the others by walking the short sibling list.
    static constexpr int kIndexAfter = 12;
    std::vector<NodeId> m_index; // slots hold child ids, kNoNode = empty
    size_t m_indexCount = 0;

    std::vector<NodeId> m_path;  // scratch: the nodes of the topic being applied
    size_t m_evictionCursor = 0; // round robin over m_extras for the budget
    quint64 m_historyBytes = 0;
    quint64 m_historyEntries = 0;
    EvictionCounters m_evictions;
};

} // namespace deck
