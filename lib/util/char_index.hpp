// CharIndex: turns byte offsets into code-point offsets without a table per byte.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_CHAR_INDEX_HPP
#define GOVREPORT_UTIL_CHAR_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include <govreport/span.hpp>

// The queries are inlined into their callers, also into one compiled for popcnt.
#ifdef __GNUC__
#define GOVREPORT_CHAR_INDEX_INLINE __attribute__((always_inline)) inline
#else
#define GOVREPORT_CHAR_INDEX_INLINE inline
#endif

namespace govreport::util {

/// Code-point offsets for a UTF-8 text (a code point per byte that is not a continuation
/// byte 10xxxxxx). For every 64-byte block it keeps the count before the block and a bit per
/// byte that starts a code point (25 % of the text's size): a query is one popcount.
/// (Counting the block's bytes with SSE2 at every query cost 60 instructions, two per span:
/// 1.7 M of a 111 M parse; the per-byte table before that cost 8 bytes per byte, issue 6.)
class CharIndex {
public:
    /// How the blocks are counted; all give the same index. `fastest` picks AVX2 when the
    /// CPU has it, else SSE2 where compiled in; the others exist for the tests.
    enum class Kernel { fastest, sse2, scalar };

    explicit CharIndex(std::string_view text, Kernel kernel = Kernel::fastest);

    std::uint64_t char_offset(std::uint64_t byte_offset) const noexcept {
        return char_offset_counted<kCompiledPopcnt>(byte_offset);
    }
    /// Fills char_start and char_end of `span` from its byte offsets.
    void complete(Span& span) const noexcept { complete_counted<kCompiledPopcnt>(span); }

    /// char_offset() counting with __builtin_popcountll (kBuiltin) or bit-parallel. The
    /// builtin is one instruction where the popcnt instruction may be used: inlined into a
    /// function compiled for it (target("popcnt"), see has_popcnt()); elsewhere without
    /// -mpopcnt it is a library call, slower than the bit-parallel sum.
    template <bool kBuiltin>
    GOVREPORT_CHAR_INDEX_INLINE std::uint64_t char_offset_counted(std::uint64_t byte_offset) const noexcept {
        if (byte_offset > size_) byte_offset = size_;
        const Block& b = blocks_[byte_offset / kStride];
        const std::uint64_t below = (std::uint64_t{1} << (byte_offset % kStride)) - 1;
        const std::uint64_t leads = b.leads & below;
        if constexpr (kBuiltin) return b.before + builtin_popcount(leads);
        else return b.before + popcount(leads);
    }
    template <bool kBuiltin>
    GOVREPORT_CHAR_INDEX_INLINE void complete_counted(Span& span) const noexcept {
        span.char_start = char_offset_counted<kBuiltin>(span.start);
        span.char_end = char_offset_counted<kBuiltin>(span.end);
    }
    /// Whether the CPU has the popcnt instruction (x86 with GCC or Clang; false elsewhere).
    static bool has_popcnt() noexcept;

    struct Block {
        std::uint64_t before;  ///< code points before the block
        std::uint64_t leads;   ///< bit i: byte i of the block starts a code point
    };

private:
    static constexpr unsigned kStride = 64;
#ifdef __POPCNT__
    static constexpr bool kCompiledPopcnt = true;
#else
    static constexpr bool kCompiledPopcnt = false;
#endif

    // Bits set in `x`, bit-parallel: a dozen instructions, less than the builtin's library
    // call without -mpopcnt.
    static unsigned popcount(std::uint64_t x) noexcept {
        x = x - ((x >> 1) & 0x5555555555555555ull);
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
        return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
    }
    GOVREPORT_CHAR_INDEX_INLINE static unsigned builtin_popcount(std::uint64_t x) noexcept {
#ifdef __GNUC__
        return static_cast<unsigned>(__builtin_popcountll(x));
#else
        return popcount(x);
#endif
    }

    std::uint64_t size_;
    std::unique_ptr<Block[]> blocks_;  // size_ / 64 + 1: the last is partial or empty
};

/// Code points in `s`: the bytes that are not continuation bytes (10xxxxxx), 16 at a time
/// with SSE2 (util::count_code_points() tests them one by one).
std::size_t count_lead_bytes(std::string_view s) noexcept;

}  // namespace govreport::util

#endif
