#include "StringPool.h"

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
    m_mask = m_slots.size() - 1;
}

uint64_t StringPool::hash(std::string_view text)
{
    return std::hash<std::string_view>{}(text);
}

uint32_t StringPool::find(std::string_view text) const
{
    for (size_t i = hash(text) & m_mask;; i = (i + 1) & m_mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            return kNone;
        if (view(slot - 1) == text)
            return slot - 1;
    }
}

uint32_t StringPool::intern(std::string_view text)
{
    size_t i = hash(text) & m_mask;
    for (;; i = (i + 1) & m_mask) {
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
    if (size() * 4 > m_slots.size() * 3) // keep the load under 3/4
        grow();
    return id;
}

void StringPool::grow()
{
    std::vector<uint32_t> slots(m_slots.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (uint32_t id = 0; id < size(); ++id) {
        size_t i = hash(view(id)) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = id + 1;
    }
    m_slots.swap(slots);
    m_mask = mask;
}

size_t StringPool::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t)
           + m_slots.capacity() * sizeof(uint32_t);
}

} // namespace deck
