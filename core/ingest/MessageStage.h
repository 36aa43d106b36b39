#pragma once

#include "Message.h"
#include "topics/TopicFilter.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace deck {

/// Which topics a stage wants: all, none, or those matching any of a list of filters.
class StageFilter
{
public:
    static StageFilter all();
    static StageFilter none();
    /// Each filter must be valid (mqtt::TopicValidator::checkTopicFilter).
    explicit StageFilter(const std::vector<QByteArray> &filters);

    bool wantsAll() const { return m_all; }
    bool wantsNothing() const { return !m_all && m_filters.empty(); }
    bool matches(std::string_view topic) const
    {
        if (m_all)
            return true;
        for (const TopicFilter &f : m_filters)
            if (f.matches(topic))
                return true;
        return false;
    }

private:
    StageFilter() = default;
    bool m_all = false;
    std::vector<TopicFilter> m_filters;
};

/// Where a stage's messages went. `delivered + dropped + queued` = every message it wanted.
struct StageCounters
{
    QString name;
    bool worker = false;
    quint64 delivered = 0; ///< handed to consume()
    quint64 dropped = 0;   ///< refused by the stage's bounded queue (it fell behind)
    quint64 queued = 0;    ///< waiting for the stage's thread
};

/// A consumer of one connection's messages (the pattern of Wireshark's tap listeners): it is
/// registered on that connection's Engine, declares the topics it wants, and receives every
/// wanted message in the order received and without loss, slice by slice, after the tree's write
/// lock is released. Stages publish what readers need as immutable snapshots or deltas (see
/// Published), so that models never lock the stage.
///
/// Delivery:
/// - Inline: consume() runs on the engine thread. For cheap stages (the live feed, chart
///   series, fleet state, command tracking); a slow inline stage slows the engine, whose own
///   bounded hand-off queue then counts the drops.
/// - Worker: the stage has its own thread and a bounded queue (`maxQueued` messages). The engine
///   never waits for it; when the queue is full the slice's wanted messages are dropped and
///   counted in `dropped` (shown to the user), never silently. For stages that may block (the
///   CLI writing to a pipe, a database, a file).
class MessageStage
{
public:
    enum class Delivery { Inline, Worker };

    /// `name` is shown to users (in the counters, when the stage drops): mark it with
    /// QT_TRANSLATE_NOOP("Stage", …) so that it is shown translated.
    explicit MessageStage(QString name, StageFilter filter = StageFilter::all(),
                          Delivery delivery = Delivery::Inline, size_t maxQueued = 200000);
    virtual ~MessageStage();
    MessageStage(const MessageStage &) = delete;
    MessageStage &operator=(const MessageStage &) = delete;

    const QString &name() const { return m_name; }
    Delivery delivery() const { return m_delivery; }
    size_t maxQueued() const { return m_maxQueued; }
    /// Thread-safe; takes effect from the next slice.
    void setFilter(StageFilter filter);
    std::shared_ptr<const StageFilter> filter() const { return std::atomic_load(&m_filter); }

    /// One wanted message. Inline: engine thread; Worker: the stage's thread. Never concurrently.
    virtual void consume(const Message &message) = 0;
    /// After the wanted messages of one slice (a good place to publish a delta).
    virtual void sliceEnd() {}
    /// At the engine's notification cadence with the connection clock's time: time-outs,
    /// staleness, publishing a snapshot. Same thread as consume().
    virtual void tick(qint64 nowMs) { Q_UNUSED(nowMs); }
    /// The connection's data was cleared: forget what came from earlier messages. Delivered in
    /// order with the messages (a worker sees it after what was queued before the clear).
    virtual void cleared() {}

    StageCounters counters() const;

private:
    friend class StageHost;
    const QString m_name;
    const Delivery m_delivery;
    const size_t m_maxQueued;
    std::shared_ptr<const StageFilter> m_filter;
    std::atomic<quint64> m_delivered{0};
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_queued{0};
};

} // namespace deck
