// CharIndex: per 64-byte block, the code points before it and a bit per lead byte.
// SPDX-License-Identifier: MIT
#include "util/char_index.hpp"

#include "util/huge_pages.hpp"

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define GOVREPORT_CHAR_INDEX_AVX2 1
#include <immintrin.h>
#endif
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace govreport::util {

namespace {

using Block = CharIndex::Block;

// Bit i set when p[i] (i < n ≤ 64) is not a continuation byte (10xxxxxx).
std::uint64_t lead_mask_scalar(const char* p, unsigned n) noexcept {
    std::uint64_t mask = 0;
    for (unsigned i = 0; i < n; ++i)
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) mask |= std::uint64_t{1} << i;
    return mask;
}

unsigned popcount_portable(std::uint64_t x) noexcept {
    unsigned n = 0;
    for (; x; x &= x - 1) ++n;
    return n;
}

// Fills `blocks` full blocks from `p`, then returns the count after them.
std::uint64_t fill_scalar(const char* p, std::size_t blocks, Block* out) noexcept {
    std::uint64_t count = 0;
    for (std::size_t b = 0; b < blocks; ++b, p += 64) {
        const std::uint64_t leads = lead_mask_scalar(p, 64);
        out[b] = {count, leads};
        count += popcount_portable(leads);
    }
    return count;
}

#ifdef __SSE2__
// SSE2 is part of x86-64: sixteen bytes per compare, without a CPU test. Continuation bytes
// are -128 to -65 read as signed: -1 in their lanes.
inline __m128i continuations16(const char* p) noexcept {
    return _mm_cmpgt_epi8(_mm_set1_epi8(-64), _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}

// Bit i set when p[i] (i < 16) is a continuation byte.
inline std::uint64_t continuation_mask16(const char* p) noexcept {
    return static_cast<std::uint16_t>(_mm_movemask_epi8(continuations16(p)));
}

std::uint64_t fill_sse2(const char* p, std::size_t blocks, Block* out) noexcept {
    std::uint64_t count = 0;
    for (std::size_t b = 0; b < blocks; ++b, p += 64) {
        const std::uint64_t leads = ~(continuation_mask16(p) | continuation_mask16(p + 16) << 16 |
                                      continuation_mask16(p + 32) << 32 | continuation_mask16(p + 48) << 48);
        out[b] = {count, leads};
        count += popcount_portable(leads);
    }
    return count;
}
#endif

#ifdef GOVREPORT_CHAR_INDEX_AVX2
bool has_avx2_popcnt() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return yes;
}

// The same with 32 bytes per compare and the popcnt instruction: a 2 MB report took 1.35 M
// instructions with SSE2 and a bit-parallel popcount.
__attribute__((target("avx2,popcnt"))) std::uint64_t fill_avx2(const char* p, std::size_t blocks,
                                                               Block* out) noexcept {
    const __m256i limit = _mm256_set1_epi8(-64);
    std::uint64_t count = 0;
    for (std::size_t b = 0; b < blocks; ++b, p += 64) {
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
        const std::uint64_t cont_lo = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(limit, lo)));
        const std::uint64_t cont_hi = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(limit, hi)));
        const std::uint64_t leads = ~(cont_lo | cont_hi << 32);
        out[b] = {count, leads};
        count += static_cast<std::uint64_t>(__builtin_popcountll(leads));  // popcnt here
    }
    return count;
}
#endif

std::uint64_t fill(const char* p, std::size_t blocks, Block* out, CharIndex::Kernel kernel) noexcept {
#ifdef GOVREPORT_CHAR_INDEX_AVX2
    if (kernel == CharIndex::Kernel::fastest && has_avx2_popcnt()) return fill_avx2(p, blocks, out);
#endif
#ifdef __SSE2__
    if (kernel != CharIndex::Kernel::scalar) return fill_sse2(p, blocks, out);
#endif
    (void)kernel;
    return fill_scalar(p, blocks, out);
}

}  // namespace

std::size_t count_lead_bytes(std::string_view s) noexcept {
    const char* p = s.data();
    const char* const end = p + s.size();
    std::size_t continuations = 0;
#ifdef __SSE2__
    // Each compare adds -1 per continuation byte to a byte lane: at most 255 rounds before
    // the lanes are summed (psadbw of their negation).
    while (end - p >= 16) {
        __m128i minus = _mm_setzero_si128();
        for (int round = 0; round < 255 && end - p >= 16; ++round, p += 16)
            minus = _mm_add_epi8(minus, continuations16(p));
        const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), minus), _mm_setzero_si128());
        continuations += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                         static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    }
#endif
    for (; p < end; ++p) continuations += (static_cast<unsigned char>(*p) & 0xC0) == 0x80;
    return s.size() - continuations;
}

bool CharIndex::has_popcnt() noexcept {
#ifdef GOVREPORT_CHAR_INDEX_AVX2
    static const bool yes = __builtin_cpu_supports("popcnt");
    return yes;
#else
    return false;
#endif
}

CharIndex::CharIndex(std::string_view text, Kernel kernel)
    : size_(text.size()), blocks_(new Block[text.size() / kStride + 1]) {  // not zeroed: all written
    // A quarter of the text's size: 5.4 MB and 1,300 page faults of 4 KiB for 21.6 MB.
    advise_huge_pages(blocks_.get(), (text.size() / kStride + 1) * sizeof(Block));
    const std::size_t full = text.size() / kStride;
    const std::uint64_t count = fill(text.data(), full, blocks_.get(), kernel);
    const unsigned rest = static_cast<unsigned>(text.size() % kStride);
    blocks_[full] = {count, lead_mask_scalar(text.data() + full * kStride, rest)};
}

}  // namespace govreport::util
