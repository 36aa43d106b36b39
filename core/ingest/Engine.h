#pragma once

#include "MessageQueue.h"
#include "MessageStage.h"
#include "StageHost.h"
#include "util/Clock.h"
#include "topics/TopicTree.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace deck {

struct EngineOptions
{
    HistoryLimits history;
    int notifyIntervalMs = 100; ///< cadence of changed(); readers never hear per message
    int sliceMicros = 2000;     ///< longest hold of the tree's write lock while applying
    /// False for consumers that need only stages (the CLI's sub): no tree is built.
    bool keepTree = true;
    /// The time stages are ticked with; the wall clock when null.
    std::shared_ptr<Clock> clock;
};

/// Where every message went. `received == applied + queued + droppedAtQueue` at any instant
/// (up to the messages in the engine's hands while the snapshot is taken).
struct EngineCounters
{
    quint64 received = 0;        ///< offered by the network to the hand-off queue
    quint64 droppedAtQueue = 0;  ///< refused by the queue's bound (engine too far behind)
    quint64 applied = 0;         ///< counted into the tree
    qint64 queued = 0;           ///< received, not yet applied
    double appliedPerSecond = 0; ///< smoothed over about two seconds
    EvictionCounters historyEvictions;
    quint64 topics = 0;
    quint64 nodes = 0;
    quint64 historyBytes = 0;
    quint64 treeBytes = 0;
    quint64 clears = 0;
    std::vector<StageCounters> stages; ///< each registered stage's delivery and drops
    quint64 stageDrops() const
    {
        quint64 n = 0;
        for (const StageCounters &s : stages)
            n += s.dropped;
        return n;
    }
};

/// What changed since the last notification: new children (by parent), a clear, and the
/// counters. Values of existing nodes are not listed: readers refresh what they show.
struct EngineChange
{
    quint64 generation = 0;
    bool cleared = false;
    std::vector<NodeId> parentsWithNewChildren;
    EngineCounters counters;
};

/// Smoothed message rates of one node, messages per second.
struct NodeRates
{
    double subtree = 0;
    double own = 0;
};

/// One connection's message pipeline, on its own thread: takes what the network queued, applies
/// it to the topic tree in time-budgeted slices (the tree is the engine's first stage, the only
/// one that runs under the tree's write lock), then hands each slice to the registered
/// MessageStages, in order, after the lock is released; and tells readers what changed at a
/// fixed cadence (never per message). All public methods are thread-safe; signals are delivered
/// in the thread the Engine lives in.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(std::shared_ptr<MessageQueue> queue, EngineOptions options = {},
                    QObject *parent = nullptr);
    ~Engine() override;

    void start();
    void stop();

    /// Registers a stage; it sees the messages of the slices applied from now on.
    void addStage(std::shared_ptr<MessageStage> stage);
    /// Unregisters; when it returns the stage is no longer called.
    void removeStage(const MessageStage *stage);
    const Clock &clock() const { return *m_clock; }

    /// Runs `reader` with the tree locked for reading (applying waits meanwhile: keep it short).
    template <typename F> auto read(F &&reader) const
    {
        std::shared_lock lock(m_treeMutex);
        return reader(static_cast<const TopicTree &>(m_tree));
    }
    EngineCounters counters() const;
    /// Messages applied so far (one atomic read: for polling; counters() takes the tree's lock).
    quint64 appliedCount() const { return m_applied.load(std::memory_order_relaxed); }
    /// The last message of `topic`, if the tree holds one.
    std::optional<StoredMessage> lastMessage(const QString &topic) const;
    /// Forgets every topic and its statistics; the connection and the accounting stay.
    void clear();
    /// Marks these topics' retained values as deleted (after RetainedClearer succeeded).
    void markRetainedCleared(const QStringList &topics);
    /// Nodes whose rates readers want (visible rows); rates of other nodes are not computed.
    void setWatched(std::vector<NodeId> nodes);
    NodeRates rates(NodeId node) const;

signals:
    void changed(const deck::EngineChange &change);

private:
    void run();
    void applySlice(std::vector<Message> &batch, size_t &next);
    void tick(bool force);
    void updateRates(double seconds);

    std::shared_ptr<MessageQueue> m_queue;
    EngineOptions m_options;
    std::shared_ptr<Clock> m_clock;
    StageHost m_stages;
    mutable std::shared_mutex m_treeMutex;
    TopicTree m_tree;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_clearRequested{false};
    std::atomic<quint64> m_applied{0};
    std::atomic<quint64> m_clears{0};

    // Engine thread only
    std::vector<NodeId> m_newParents;
    bool m_clearedSinceTick = false;
    quint64 m_generation = 0;
    qint64 m_lastTickNs = 0;
    qint64 m_lastRateNs = 0;
    quint64 m_appliedAtRate = 0;
    quint64 m_appliedAtTrim = 0;

    mutable std::mutex m_rateMutex;
    std::vector<NodeId> m_watched;
    struct RateState
    {
        quint64 subtreeAt = 0;
        quint64 ownAt = 0;
        NodeRates rates;
        bool primed = false; // one full interval measured
    };
    std::unordered_map<NodeId, RateState> m_rates;
    double m_appliedRate = 0;
};

} // namespace deck

Q_DECLARE_METATYPE(deck::EngineChange)
