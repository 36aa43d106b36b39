#include "Engine.h"

#include "AllocatorTuning.h"

#include <QThread>

#include <algorithm>
#include <chrono>

namespace deck {

namespace {
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
constexpr double kRateSmoothing = 0.5; // EWMA weight of the last second
} // namespace

Engine::Engine(std::shared_ptr<MessageQueue> queue, EngineOptions options, QObject *parent)
    : QObject(parent), m_queue(std::move(queue)), m_options(options),
      m_clock(options.clock ? options.clock : Clock::system()), m_tree(options.history)
{
    qRegisterMetaType<EngineChange>();
    m_queue->setSelfDraining(true);
}

void Engine::addStage(std::shared_ptr<MessageStage> stage)
{
    m_stages.add(std::move(stage));
}

void Engine::removeStage(const MessageStage *stage)
{
    m_stages.remove(stage);
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void Engine::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_queue->wakeUp();
    m_thread.join();
}

void Engine::clear()
{
    m_clearRequested = true;
    m_queue->wakeUp();
}

void Engine::markRetainedCleared(const QStringList &topics)
{
    std::unique_lock lock(m_treeMutex);
    for (const QString &topic : topics)
        m_tree.markRetainedCleared(m_tree.find(topic.toStdString()));
}

void Engine::setWatched(std::vector<NodeId> nodes)
{
    std::lock_guard lock(m_rateMutex);
    m_watched = std::move(nodes);
}

NodeRates Engine::rates(NodeId node) const
{
    std::lock_guard lock(m_rateMutex);
    const auto it = m_rates.find(node);
    return it == m_rates.end() ? NodeRates() : it->second.rates;
}

std::optional<StoredMessage> Engine::lastMessage(const QString &topic) const
{
    return read([&](const TopicTree &t) -> std::optional<StoredMessage> {
        const NodeId n = t.findTopic(topic);
        if (n == kNoNode || !t.hasLastMessage(n))
            return std::nullopt;
        return t.lastMessage(n);
    });
}

EngineCounters Engine::counters() const
{
    EngineCounters c;
    // Read applied before received so that queued is never negative.
    c.applied = m_applied.load();
    c.droppedAtQueue = m_queue->droppedTotal();
    c.received = m_queue->offeredTotal();
    c.queued = qint64(c.received - c.droppedAtQueue) - qint64(c.applied);
    c.clears = m_clears.load();
    c.stages = m_stages.counters();
    {
        std::lock_guard lock(m_rateMutex);
        c.appliedPerSecond = m_appliedRate;
    }
    std::shared_lock lock(m_treeMutex);
    c.historyEvictions = m_tree.evictions();
    c.topics = m_tree.topicCount();
    c.nodes = m_tree.nodeCount();
    c.historyBytes = m_tree.historyBytes();
    c.treeBytes = m_tree.memoryBytes();
    return c;
}

void Engine::run()
{
    std::vector<Message> batch;
    m_lastTickNs = m_lastRateNs = nowNs();
    bool busy = false;
    while (!m_stop) {
        if (busy) {
            // Messages are flowing: collect for a millisecond instead of being woken for every
            // few of them. Each wake-up is a context switch on the network thread's core
            // (measured: a quarter of the CPU at 60k msg/s).
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        } else {
            if (m_applied.load() - m_appliedAtTrim > 100000) {
                releaseFreeMemory(); // idle after a burst: give its freed buffers back
                m_appliedAtTrim = m_applied.load();
            }
            const qint64 untilTick =
                m_lastTickNs + qint64(m_options.notifyIntervalMs) * 1000000 - nowNs();
            m_queue->waitForMessages(
                std::chrono::milliseconds(std::max<qint64>(1, untilTick / 1000000)));
        }
        if (m_clearRequested.exchange(false)) {
            std::unique_lock lock(m_treeMutex);
            m_tree.clear();
            m_newParents.clear();
            m_clearedSinceTick = true;
            ++m_clears;
            {
                std::lock_guard rateLock(m_rateMutex);
                m_rates.clear();
            }
            lock.unlock();
            m_stages.clear(); // in order: the stages forget before the next slice reaches them
        }
        m_queue->drain(batch);
        busy = !batch.empty();
        for (size_t next = 0; next < batch.size() && !m_stop;) {
            applySlice(batch, next);
            tick(false); // keep the cadence even while a long batch is applied
        }
        batch.clear();
        if (batch.capacity() > 65536)
            batch.shrink_to_fit(); // after a backlog, do not keep its buffer for ever
        tick(false);
    }
    tick(true);
}

void Engine::applySlice(std::vector<Message> &batch, size_t &next)
{
    const size_t end = batch.size();
    size_t i = next;
    if (m_options.keepTree) {
        std::unique_lock lock(m_treeMutex);
        const qint64 deadline = nowNs() + qint64(m_options.sliceMicros) * 1000;
        while (i < end) {
            // Check the clock every 256 messages: a clock read costs ~20 ns.
            const size_t chunkEnd = std::min(end, i + 256);
            for (; i < chunkEnd; ++i) {
                const size_t nodesBefore = m_tree.nodeCount();
                m_tree.apply(batch[i]); // a copy shares the network's buffer: no bytes move
                for (size_t n = nodesBefore; n < m_tree.nodeCount(); ++n)
                    m_newParents.push_back(m_tree.parent(NodeId(n))); // deduplicated at the tick
            }
            if (nowNs() > deadline)
                break;
        }
    } else {
        i = std::min(end, i + 4096); // no tree: slices only bound the stages' batches
    }
    // The stages, after the write lock is released: readers of the tree are not held up.
    m_stages.dispatch(batch.data() + next, batch.data() + i);
    m_clock->observe(batch[i - 1].receivedAtMs());
    m_applied.fetch_add(i - next);
    next = i;
}

void Engine::tick(bool force)
{
    const qint64 now = nowNs();
    if (!force && now - m_lastTickNs < qint64(m_options.notifyIntervalMs) * 1000000)
        return;
    m_lastTickNs = now;
    if (now - m_lastRateNs >= 1000000000LL) {
        updateRates(double(now - m_lastRateNs) / 1e9);
        m_lastRateNs = now;
    }
    EngineChange change;
    change.generation = ++m_generation;
    change.cleared = m_clearedSinceTick;
    m_clearedSinceTick = false;
    std::sort(m_newParents.begin(), m_newParents.end());
    m_newParents.erase(std::unique(m_newParents.begin(), m_newParents.end()), m_newParents.end());
    change.parentsWithNewChildren.swap(m_newParents);
    m_newParents.clear();
    m_newParents.shrink_to_fit(); // a burst of new topics must not keep its scratch memory
    m_stages.tick(m_clock->nowMs()); // before the notification: readers find fresh snapshots
    change.counters = counters();
    emit changed(change);
}

void Engine::updateRates(double seconds)
{
    const quint64 applied = m_applied.load();
    std::vector<NodeId> watched;
    {
        std::lock_guard lock(m_rateMutex);
        const double rate = double(applied - m_appliedAtRate) / seconds;
        m_appliedRate = m_appliedRate == 0
                            ? rate
                            : kRateSmoothing * rate + (1 - kRateSmoothing) * m_appliedRate;
        watched = m_watched;
    }
    m_appliedAtRate = applied;
    std::vector<std::pair<quint64, quint64>> counts;
    counts.reserve(watched.size() + 1);
    watched.push_back(kRootNode);
    {
        std::shared_lock lock(m_treeMutex);
        for (NodeId n : watched) {
            if (!m_tree.isValid(n)) {
                counts.push_back({0, 0});
                continue;
            }
            const NodeInfo info = m_tree.info(n);
            counts.push_back({info.subtreeMessages, info.ownMessages});
        }
    }
    std::lock_guard lock(m_rateMutex);
    std::unordered_map<NodeId, RateState> next;
    for (size_t i = 0; i < watched.size(); ++i) {
        RateState state;
        if (const auto it = m_rates.find(watched[i]); it != m_rates.end()) {
            state = it->second;
            const double subtree = double(counts[i].first - state.subtreeAt) / seconds;
            const double own = double(counts[i].second - state.ownAt) / seconds;
            // The first measurement is taken as it is: smoothing from zero would show a newly
            // visible row's rate at half its value for seconds.
            const double keep = state.primed ? 1 - kRateSmoothing : 0;
            state.rates.subtree = (1 - keep) * subtree + keep * state.rates.subtree;
            state.rates.own = (1 - keep) * own + keep * state.rates.own;
            state.primed = true;
        }
        state.subtreeAt = counts[i].first;
        state.ownAt = counts[i].second;
        next[watched[i]] = state;
    }
    m_rates.swap(next);
}

} // namespace deck
