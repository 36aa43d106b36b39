#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace deck {

/// Interned topic-level names: each distinct name is stored once, in one byte arena, and named
/// by a 32-bit id. Written by hand because no Qt or standard container stores millions of short
/// strings in ~20 bytes each (a std::unordered_set<std::string> costs ~70).
class StringPool
{
public:
    static constexpr uint32_t kNone = 0xFFFFFFFFu;

    StringPool();
    uint32_t intern(std::string_view text);
    uint32_t find(std::string_view text) const;
    std::string_view view(uint32_t id) const
    {
        return {m_bytes.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id])};
    }
    size_t size() const { return m_offsets.size() - 1; }
    size_t memoryBytes() const;
    void clear();

private:
    static uint64_t hash(std::string_view text);
    void grow();
    size_t slotOf(uint64_t h) const;

    std::vector<char> m_bytes;
    std::vector<uint32_t> m_offsets; // name i spans m_offsets[i]..m_offsets[i+1]
    std::vector<uint32_t> m_slots;   // open addressing; id + 1, 0 = empty
};

} // namespace deck
