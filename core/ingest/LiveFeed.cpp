#include "LiveFeed.h"

#include <algorithm>

#include <QCoreApplication>

namespace deck {

LiveFeed::LiveFeed(size_t capacity)
    : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the live feed"))), m_ring(std::max<size_t>(1, capacity))
{
    m_snapshot.publish(std::make_shared<const Snapshot>());
}

std::shared_ptr<const LiveFeed::Snapshot> LiveFeed::snapshot() const
{
    return m_snapshot.get();
}

void LiveFeed::consume(const Message &message)
{
    m_ring[size_t(++m_sequence % m_ring.size())] = message;
}

void LiveFeed::cleared()
{
    std::fill(m_ring.begin(), m_ring.end(), Message());
    m_clearedAt = m_sequence;
    m_published = 0; // publish the empty feed at the next tick
}

void LiveFeed::tick(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    if (m_published == m_sequence && m_published != 0)
        return;
    // A copy of at most `capacity` messages (each shares its bytes with the network's buffer)
    // ten times a second, whatever the rate.
    auto snap = std::make_shared<Snapshot>();
    snap->lastSequence = m_sequence;
    const quint64 held = std::min<quint64>(m_sequence - m_clearedAt, m_ring.size());
    snap->messages.reserve(size_t(held));
    for (quint64 seq = m_sequence - held + 1; seq <= m_sequence; ++seq)
        snap->messages.push_back(m_ring[size_t(seq % m_ring.size())]);
    m_published = m_sequence;
    m_snapshot.publish(std::move(snap));
}

std::vector<Message> LiveFeed::Snapshot::since(quint64 after, quint64 *last) const
{
    if (last)
        *last = lastSequence;
    if (after >= lastSequence)
        return {};
    const quint64 fresh = std::min<quint64>(lastSequence - after, messages.size());
    return {messages.end() - qsizetype(fresh), messages.end()};
}

} // namespace deck
