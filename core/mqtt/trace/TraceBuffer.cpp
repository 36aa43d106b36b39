#include "TraceBuffer.h"

#include "mqtt/packet/PacketJson.h"

#include <QDateTime>

namespace deck::mqtt::trace {

QJsonObject traceEventToJson(const TraceEvent &e)
{
    QJsonObject o = e.closed ? QJsonObject{{QStringLiteral("type"), QStringLiteral("CLOSED")}}
                    : e.decoded.ok() ? packet::packetToJson(e.decoded.packet, e.version)
                                     : packet::errorToJson(e.decoded.error);
    o.insert(QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("dir"),
             e.direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in"));
    o.insert(QStringLiteral("connection"), e.connection);
    if (!e.closed && e.decoded.ok())
        o.insert(QStringLiteral("offset"), e.decoded.offset);
    return o;
}

TraceBuffer::TraceBuffer(size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

void TraceBuffer::append(TraceEvent event)
{
    std::lock_guard lock(m_mutex);
    if (m_events.size() >= m_capacity) {
        m_events.pop_front();
        ++m_discarded;
    }
    m_events.push_back(std::move(event));
    ++m_total;
}

std::vector<TraceEvent> TraceBuffer::take()
{
    std::lock_guard lock(m_mutex);
    std::vector<TraceEvent> out(std::make_move_iterator(m_events.begin()),
                                std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}

quint64 TraceBuffer::discarded() const
{
    std::lock_guard lock(m_mutex);
    return m_discarded;
}

quint64 TraceBuffer::total() const
{
    std::lock_guard lock(m_mutex);
    return m_total;
}

} // namespace deck::mqtt::trace
