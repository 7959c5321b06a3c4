// CharIndex: checkpoints of code-point counts every 64 bytes.
// SPDX-License-Identifier: MIT
#include "util/char_index.hpp"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace govreport::util {

namespace {
// Code points in [p, end): bytes that are not continuation bytes (10xxxxxx). Eight bytes
// at a time: a continuation byte has bit 7 set and bit 6 clear.
inline std::uint64_t lead_bytes(const char* p, const char* end) noexcept {
    std::uint64_t n = 0;
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    for (; end - p >= 8; p += 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        // One 0/1 per byte, summed by a multiplication into the top byte (a popcount
        // without -mpopcnt is a library call).
        const std::uint64_t cont = (x & ~(x << 1) & kHigh) >> 7;
        n += 8 - ((cont * 0x0101010101010101ull) >> 56);
    }
    for (; p < end; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
}

#ifdef __SSE2__
// SSE2 is part of x86-64: sixteen bytes per instruction, without a CPU test. Counts the
// continuation bytes (10xxxxxx, -128 to -65 read as signed): -1 for each.
inline __m128i continuations16(const char* p) noexcept {
    return _mm_cmpgt_epi8(_mm_set1_epi8(-64),
                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}

// Sum of the bytes of `minus_counts`, which hold 0 to -4 (minus a count each).
inline unsigned sum_counts(__m128i minus_counts) noexcept {
    const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), minus_counts),
                                      _mm_setzero_si128());
    return static_cast<unsigned>(_mm_cvtsi128_si32(sums) +
                                 _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
}

// Lead bytes among the 64 bytes at `p`.
inline unsigned lead_bytes_64(const char* p) noexcept {
    return 64 - sum_counts(_mm_add_epi8(_mm_add_epi8(continuations16(p), continuations16(p + 16)),
                                        _mm_add_epi8(continuations16(p + 32),
                                                     continuations16(p + 48))));
}

// Lead bytes among the first `n` (< 64) of the 64 bytes at `p`: the continuation bytes at
// or after `n` are masked off by comparing their index with `n`.
inline unsigned lead_bytes_64_first(const char* p, unsigned n) noexcept {
    const __m128i limit = _mm_set1_epi8(static_cast<char>(n));
    auto before = [&](char first) {
        return _mm_cmpgt_epi8(limit, _mm_add_epi8(_mm_set1_epi8(first),
                                                  _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                                                                10, 11, 12, 13, 14, 15)));
    };
    const __m128i c0 = _mm_and_si128(continuations16(p), before(0));
    const __m128i c1 = _mm_and_si128(continuations16(p + 16), before(16));
    const __m128i c2 = _mm_and_si128(continuations16(p + 32), before(32));
    const __m128i c3 = _mm_and_si128(continuations16(p + 48), before(48));
    return n - sum_counts(_mm_add_epi8(_mm_add_epi8(c0, c1), _mm_add_epi8(c2, c3)));
}
#endif
}  // namespace

CharIndex::CharIndex(std::string_view text) : text_(text) {
    static_assert(kStride == 64, "the SIMD counts take 64-byte blocks");
    const std::size_t blocks = text.size() / kStride;
    checkpoints_.resize(blocks + 1);
    std::uint64_t* out = checkpoints_.data();
    std::uint64_t count = 0;
    *out++ = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
#ifdef __SSE2__
        count += lead_bytes_64(text.data() + b * kStride);
#else
        count += lead_bytes(text.data() + b * kStride, text.data() + (b + 1) * kStride);
#endif
        *out++ = count;
    }
}

std::uint64_t CharIndex::char_offset(std::uint64_t byte_offset) const noexcept {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const std::uint64_t block = byte_offset / kStride;
    const char* from = text_.data() + block * kStride;
#ifdef __SSE2__
    // The whole block can be read (it ends inside the text): count its first bytes at once.
    if ((block + 1) * kStride <= text_.size())
        return checkpoints_[block] +
               lead_bytes_64_first(from, static_cast<unsigned>(byte_offset % kStride));
#endif
    return checkpoints_[block] + lead_bytes(from, text_.data() + byte_offset);
}

void CharIndex::complete(Span& span) const noexcept {
    span.char_start = char_offset(span.start);
    span.char_end = char_offset(span.end);
}

}  // namespace govreport::util
