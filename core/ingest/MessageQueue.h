#pragma once

#include "Message.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>
#include <vector>

namespace deck {

/// The hand-off between the network thread (one producer) and the consumer (engine, CLI, GUI).
/// The producer never blocks on the consumer: push() only takes an uncontended lock for an
/// append, and reports whether the queue was empty so that the producer wakes the consumer once
/// per batch instead of once per message. The consumer takes everything at once with drain().
class MessageQueue
{
public:
    /// Returns true when the queue was empty before this push (the consumer needs a wake-up).
    bool push(Message &&message);
    /// Moves every queued message to the end of `out`; returns how many were moved.
    qsizetype drain(std::vector<Message> &out);
    qsizetype size() const;
    /// Messages ever pushed; never reset, so that received and consumed can be compared.
    quint64 pushedTotal() const { return m_pushed.load(std::memory_order_relaxed); }

private:
    mutable std::mutex m_mutex;
    std::vector<Message> m_items;
    std::vector<Message> m_spare; // recycled buffer so that steady state does not allocate
    std::atomic<quint64> m_pushed{0};
};

} // namespace deck
