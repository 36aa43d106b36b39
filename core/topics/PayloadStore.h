#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace deck {

/// The last payload of every topic. Small payloads (up to kArenaLimit bytes) live in one arena
/// of 8-byte units, a 4-byte header each, and are overwritten in place when the next payload
/// fits; larger ones are kept as QByteArray. A topic's payload costs its size plus 4 bytes
/// instead of a heap allocation (~40 bytes of overhead) each.
class PayloadStore
{
public:
    using Ref = uint32_t;
    static constexpr Ref kNone = 0xFFFFFFFFu;
    static constexpr int kArenaLimit = 1024;

    /// Stores `bytes`, reusing `previous`'s space when it fits; returns the new reference.
    Ref store(Ref previous, QByteArrayView bytes);
    QByteArrayView view(Ref ref) const;
    void clear();

    /// Bytes held by payloads that are current, and by replaced arena slots not yet reused.
    quint64 liveBytes() const { return m_liveBytes; }
    quint64 garbageBytes() const { return m_garbageBytes; }
    size_t memoryBytes() const;

private:
    static constexpr Ref kLargeBit = 0x80000000u;
    void release(Ref ref);

    std::vector<uint64_t> m_arena; // 8-byte units; slot = header (len:16, units:16) + bytes
    std::vector<QByteArray> m_large;
    std::vector<Ref> m_freeLarge;
    quint64 m_liveBytes = 0;
    quint64 m_garbageBytes = 0;
};

} // namespace deck
