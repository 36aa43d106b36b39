#pragma once

#include <cstddef>
#include <cstdint>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace deck {

/// The high 64 bits of a 64×64 product from four 32×32 products: for compilers with neither
/// __int128 nor an intrinsic (kept outside fastRange so that a test can compare it).
inline uint64_t mulHigh64Portable(uint64_t x, uint64_t y)
{
    const uint64_t a = x >> 32, b = x & 0xFFFFFFFFu;
    const uint64_t c = y >> 32, d = y & 0xFFFFFFFFu;
    const uint64_t bd = b * d, ad = a * d, bc = b * c, ac = a * c;
    const uint64_t mid = (bd >> 32) + (ad & 0xFFFFFFFFu) + (bc & 0xFFFFFFFFu);
    return ac + (ad >> 32) + (bc >> 32) + (mid >> 32);
}

/// Maps a 64-bit hash onto [0, n) for any n (not only powers of two) with one multiplication:
/// the high half of the 128-bit product hash × n (Lemire's "fast range"). The hash tables that
/// use it grow by half rather than doubling, which saves memory at a million entries.
inline size_t fastRange(uint64_t hash, size_t n)
{
#if defined(_MSC_VER) && !defined(__clang__) && defined(_M_X64)
    return size_t(__umulh(hash, uint64_t(n))); // MSVC has no __int128
#elif defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 u128;
    return size_t((static_cast<u128>(hash) * n) >> 64);
#else
    return size_t(mulHigh64Portable(hash, uint64_t(n)));
#endif
}

} // namespace deck
