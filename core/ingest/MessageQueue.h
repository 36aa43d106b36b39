#pragma once

#include "Message.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace deck {

/// The hand-off between the network thread (one producer) and one consumer (the engine, or the
/// CLI). The producer never blocks on the consumer: push() takes an uncontended lock for an
/// append and reports whether the queue was empty, so that the consumer is woken once per batch
/// rather than once per message. The queue is bounded (messages and bytes): past the bound a
/// message is dropped and counted, never silently.
class MessageQueue
{
public:
    MessageQueue() = default;

    /// Returns true when the queue was empty before this push (the consumer needs a wake-up).
    bool push(Message &&message);
    /// Moves every queued message to the end of `out`; returns how many were moved.
    qsizetype drain(std::vector<Message> &out);
    /// Blocks until a message is queued or `timeout` passes; true when messages are waiting.
    bool waitForMessages(std::chrono::milliseconds timeout);
    /// Wakes a consumer blocked in waitForMessages (shutdown).
    void wakeUp();
    qsizetype size() const;

    /// Set by a consumer that drains on its own schedule (the Engine): the producer then skips
    /// its per-batch wake-up of the session's thread.
    void setSelfDraining(bool on) { m_selfDraining.store(on, std::memory_order_relaxed); }
    bool isSelfDraining() const { return m_selfDraining.load(std::memory_order_relaxed); }

    /// Bounds; 0 = unbounded. Defaults: 4 million messages, 1 GiB of payload.
    void setLimits(qsizetype maxMessages, qint64 maxPayloadBytes);

    /// Messages offered by the network, kept or not; never reset.
    quint64 offeredTotal() const
    {
        return m_pushed.load(std::memory_order_relaxed) + droppedTotal();
    }
    /// Messages accepted into the queue.
    quint64 pushedTotal() const { return m_pushed.load(std::memory_order_relaxed); }
    quint64 droppedTotal() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Message> m_items;
    std::vector<Message> m_spare; // recycled buffer so that steady state does not allocate
    qsizetype m_maxMessages = 4 * 1024 * 1024;
    qint64 m_maxBytes = 1024LL * 1024 * 1024;
    bool m_wakeRequested = false;
    std::atomic<bool> m_selfDraining{false};
    std::atomic<qint64> m_bytes{0};
    std::atomic<quint64> m_pushed{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace deck
