#include "StringPool.h"

#include "util/FastRange.h"

#include <functional>

namespace deck {

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    m_offsets.assign(1, 0);
    m_offsets.shrink_to_fit();
    m_slots.assign(1024, 0);
    m_slots.shrink_to_fit();
}

uint64_t StringPool::hash(std::string_view text)
{
    return std::hash<std::string_view>{}(text);
}

size_t StringPool::slotOf(uint64_t h) const
{
    // Maps the hash onto any table size (not only powers of two): the table grows by half,
    // which at a million names saves ~3 bytes per name over doubling.
    return fastRange(h, m_slots.size());
}

uint32_t StringPool::find(std::string_view text) const
{
    for (size_t i = slotOf(hash(text));; i = i + 1 == m_slots.size() ? 0 : i + 1) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            return kNone;
        if (view(slot - 1) == text)
            return slot - 1;
    }
}

uint32_t StringPool::intern(std::string_view text)
{
    size_t i = slotOf(hash(text));
    for (;; i = i + 1 == m_slots.size() ? 0 : i + 1) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            break;
        if (view(slot - 1) == text)
            return slot - 1;
    }
    const uint32_t id = uint32_t(size());
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(uint32_t(m_bytes.size()));
    m_slots[i] = id + 1;
    if (size() * 5 > m_slots.size() * 4) // keep the load under 4/5
        grow();
    return id;
}

void StringPool::grow()
{
    std::vector<uint32_t> slots(m_slots.size() + m_slots.size() / 2, 0);
    m_slots.swap(slots);
    for (uint32_t id = 0; id < size(); ++id) {
        size_t i = slotOf(hash(view(id)));
        while (m_slots[i] != 0)
            i = i + 1 == m_slots.size() ? 0 : i + 1;
        m_slots[i] = id + 1;
    }
}

size_t StringPool::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t) +
           m_slots.capacity() * sizeof(uint32_t);
}

} // namespace deck
