#pragma once

#include "MessageStage.h"
#include "util/Published.h"

#include <mutex>

namespace deck {

/// The live feed: the newest messages of every topic, in order, numbered from 1. A stage on the
/// connection's engine; it publishes an immutable snapshot at each notification, so that the
/// Messages page and the explorer's "follow latest" read it without any lock.
class LiveFeed : public MessageStage
{
public:
    struct Snapshot
    {
        quint64 lastSequence = 0;      ///< number of the newest message (0: none yet)
        std::vector<Message> messages; ///< the newest ones, oldest first, ending at lastSequence
        /// Messages numbered after `after` still held; `last` receives lastSequence.
        std::vector<Message> since(quint64 after, quint64 *last) const;
    };

    explicit LiveFeed(size_t capacity = 2000);

    std::shared_ptr<const Snapshot> snapshot() const;
    /// since() on the newest snapshot.
    std::vector<Message> since(quint64 after, quint64 *last) const { return snapshot()->since(after, last); }
    size_t capacity() const { return m_ring.size(); }

    void consume(const Message &message) override;
    void tick(qint64 nowMs) override;
    void cleared() override;

private:
    // Engine thread only
    std::vector<Message> m_ring;
    quint64 m_sequence = 0;
    quint64 m_published = 0;
    quint64 m_clearedAt = 0; // numbers up to this one were forgotten by a clear

    Published<Snapshot> m_snapshot;
};

} // namespace deck
