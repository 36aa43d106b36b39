#pragma once

#include "mqtt/packet/PacketDecoder.h"

#include <QJsonObject>

#include <deque>
#include <mutex>
#include <vector>

namespace deck::mqtt::trace {

enum class Direction {
    Out, ///< the client sent it (towards the broker)
    In,  ///< the broker sent it
};

/// One packet of a traced connection, decoded (or refused) as it crossed the relay. The packet
/// is in its display form: secrets masked, in `decoded.bytes` too.
struct TraceEvent
{
    qint64 timeUs = 0; ///< wall clock, microseconds since the epoch, when its last byte came
    Direction direction = Direction::Out;
    int connection = 0; ///< which TCP connection of the session (0, then 1 after a reconnect…)
    MqttVersion version = MqttVersion::V5; ///< how it was read
    packet::DecodeResult decoded;
    /// Not a packet: the TCP connection ended, closed by the client (Out) or the broker (In).
    bool closed = false;
};

/// The JSON line of an event: packetToJson (or errorToJson) with `time` (ISO 8601, ms), `dir`
/// ("out"/"in"), `connection` and `offset` in that direction's stream; the end of a connection
/// is `{"type":"CLOSED","dir":…}`, `dir` naming the side that closed it.
QJsonObject traceEventToJson(const TraceEvent &event);

/// The bounded hand-off between a relay's thread and its readers: the oldest events give way to
/// new ones once `capacity` are waiting, and are counted. Thread-safe.
class TraceBuffer
{
public:
    explicit TraceBuffer(size_t capacity = 20000);
    void append(TraceEvent event);
    /// Everything waiting, oldest first; the buffer is empty afterwards.
    std::vector<TraceEvent> take();
    quint64 discarded() const;
    quint64 total() const; ///< appended since creation
    size_t capacity() const { return m_capacity; }

private:
    mutable std::mutex m_mutex;
    std::deque<TraceEvent> m_events;
    size_t m_capacity;
    quint64 m_discarded = 0;
    quint64 m_total = 0;
};

} // namespace deck::mqtt::trace
