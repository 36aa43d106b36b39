#include "PayloadStore.h"

#include <cstring>

namespace deck {

namespace {
uint32_t unitsFor(qsizetype size)
{
    return uint32_t((size + 4 + 7) / 8);
}
} // namespace

QByteArrayView PayloadStore::view(Ref ref) const
{
    if (ref == kNone)
        return {};
    if (ref & kLargeBit)
        return m_large[ref & ~kLargeBit];
    const char *slot = reinterpret_cast<const char *>(m_arena.data() + ref);
    uint32_t header;
    std::memcpy(&header, slot, 4);
    return {slot + 4, qsizetype(header & 0xFFFF)};
}

void PayloadStore::release(Ref ref)
{
    if (ref == kNone)
        return;
    if (ref & kLargeBit) {
        m_liveBytes -= quint64(m_large[ref & ~kLargeBit].size());
        m_large[ref & ~kLargeBit] = QByteArray();
        m_freeLarge.push_back(ref);
        return;
    }
    const QByteArrayView old = view(ref);
    m_liveBytes -= quint64(old.size());
    uint32_t header;
    std::memcpy(&header, m_arena.data() + ref, 4);
    m_garbageBytes += (header >> 16) * 8;
}

PayloadStore::Ref PayloadStore::store(Ref previous, QByteArrayView bytes)
{
    if (bytes.size() <= kArenaLimit) {
        const uint32_t needed = unitsFor(bytes.size());
        if (previous != kNone && !(previous & kLargeBit)) {
            uint32_t header;
            std::memcpy(&header, m_arena.data() + previous, 4);
            if ((header >> 16) >= needed) { // fits: overwrite in place
                m_liveBytes += quint64(bytes.size()) - (header & 0xFFFF);
                header = (header & 0xFFFF0000u) | uint32_t(bytes.size());
                char *slot = reinterpret_cast<char *>(m_arena.data() + previous);
                std::memcpy(slot, &header, 4);
                if (!bytes.isEmpty())
                    std::memcpy(slot + 4, bytes.data(), size_t(bytes.size()));
                return previous;
            }
        }
        release(previous);
        const Ref ref = Ref(m_arena.size());
        m_arena.resize(m_arena.size() + needed);
        const uint32_t header = (needed << 16) | uint32_t(bytes.size());
        char *slot = reinterpret_cast<char *>(m_arena.data() + ref);
        std::memcpy(slot, &header, 4);
        if (!bytes.isEmpty())
            std::memcpy(slot + 4, bytes.data(), size_t(bytes.size()));
        m_liveBytes += quint64(bytes.size());
        return ref;
    }
    release(previous);
    Ref ref;
    if (!m_freeLarge.empty()) {
        ref = m_freeLarge.back();
        m_freeLarge.pop_back();
        m_large[ref & ~kLargeBit] = bytes.toByteArray();
    } else {
        ref = Ref(m_large.size()) | kLargeBit;
        m_large.push_back(bytes.toByteArray());
    }
    m_liveBytes += quint64(bytes.size());
    return ref;
}

void PayloadStore::clear()
{
    m_arena.clear();
    m_arena.shrink_to_fit();
    m_large.clear();
    m_large.shrink_to_fit();
    m_freeLarge.clear();
    m_liveBytes = 0;
    m_garbageBytes = 0;
}

size_t PayloadStore::memoryBytes() const
{
    size_t large = 0;
    for (const QByteArray &b : m_large)
        large += size_t(b.capacity());
    return m_arena.capacity() * 8 + large + m_large.capacity() * sizeof(QByteArray);
}

} // namespace deck
