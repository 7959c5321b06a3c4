// The yes-or-no UTF-8 check of the input: Keiser and Lemire's look-ups, 64 bytes per step.
// SPDX-License-Identifier: MIT
#include "input/utf8_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "util/utf8.hpp"

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#define GOVREPORT_UTF8_CHECK_AVX2 1
#endif

namespace govreport::input {

namespace {

#ifdef GOVREPORT_UTF8_CHECK_AVX2

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}

// The three look-up tables of util::find_invalid_utf8's AVX2 pass (after Keiser and Lemire,
// "Validating UTF-8 in less than one instruction per byte", 2021), and its masks.
struct Tables {
    __m256i byte1_high, byte1_low, byte2_high, nibble, third, fourth, high_bit;
};

// The error flags of the 32 bytes `input`, `prev` being the 32 before them: the same
// instructions as util::find_invalid_utf8's block, without its test.
__attribute__((target("avx2"), always_inline)) inline __m256i block_errors(__m256i input, __m256i prev,
                                                                          const Tables& t) noexcept {
    const __m256i carried = _mm256_permute2x128_si256(prev, input, 0x21);
    const __m256i prev1 = _mm256_alignr_epi8(input, carried, 15);
    const __m256i prev2 = _mm256_alignr_epi8(input, carried, 14);
    const __m256i prev3 = _mm256_alignr_epi8(input, carried, 13);
    const __m256i special = _mm256_and_si256(
        _mm256_and_si256(
            _mm256_shuffle_epi8(t.byte1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), t.nibble)),
            _mm256_shuffle_epi8(t.byte1_low, _mm256_and_si256(prev1, t.nibble))),
        _mm256_shuffle_epi8(t.byte2_high, _mm256_and_si256(_mm256_srli_epi16(input, 4), t.nibble)));
    // Third bytes (after 111xxxxx two back) and fourth bytes (after 1111xxxx three back) must
    // be continuation bytes: there a "two continuations" flag is right.
    const __m256i must23 = _mm256_or_si256(
        _mm256_subs_epu8(prev2, t.third), _mm256_subs_epu8(prev3, t.fourth));
    return _mm256_xor_si256(_mm256_and_si256(must23, t.high_bit), special);
}

// The search tests every block for an error to stop at it; a yes-or-no answer can gather
// the flags and test them once per kChunk bytes (binary or GB18030 input is still turned
// away early), two blocks per step: over a quarter fewer instructions on Chinese text.
__attribute__((target("avx2"))) bool valid_avx2(const unsigned char* p,
                                                const unsigned char* const end) noexcept {
    constexpr char kTooShort = 1 << 0;
    constexpr char kTooLong = 1 << 1;
    constexpr char kOverlong3 = 1 << 2;
    constexpr char kTooLarge = 1 << 3;
    constexpr char kSurrogate = 1 << 4;
    constexpr char kOverlong2 = 1 << 5;
    constexpr char kTooLarge1000 = 1 << 6;
    constexpr char kOverlong4 = 1 << 6;
    constexpr char kTwoConts = static_cast<char>(1 << 7);
    constexpr char kCarry = kTooShort | kTooLong | kTwoConts;
    constexpr char kLarge = kCarry | kTooLarge | kTooLarge1000;
    constexpr char kCont8 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4;
    constexpr char kCont9 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge;
    constexpr char kContAB = kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge;
    Tables t{
        _mm256_setr_epi8(
            kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
            kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
            kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4,
            kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
            kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
            kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4),
        _mm256_setr_epi8(
            kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
            kCarry | kTooLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge,
            kLarge | kSurrogate, kLarge, kLarge,
            kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
            kCarry | kTooLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge,
            kLarge | kSurrogate, kLarge, kLarge),
        _mm256_setr_epi8(
            kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kCont8, kCont9, kContAB, kContAB, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kCont8, kCont9, kContAB, kContAB, kTooShort, kTooShort, kTooShort, kTooShort),
        _mm256_set1_epi8(0x0F), _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)),
        _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)), _mm256_set1_epi8(static_cast<char>(0x80))};
    // A lead in the last three bytes whose sequence cannot end inside the block.
    const __m256i incomplete_max = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1),
        static_cast<char>(0xC0 - 1));

    constexpr std::size_t kStep = 64;
    constexpr std::size_t kChunk = 1024;
    // Opaque to the compiler, so that it keeps them (in a register or on the stack, an operand
    // either way) instead of building them again at every step (three instructions each).
    __asm__("" : "+x"(t.third), "+x"(t.fourth), "+x"(t.high_bit));
    __m256i prev = _mm256_setzero_si256();
    __m256i error = _mm256_setzero_si256();
    // One step of 64 bytes at `q`. A macro rather than a lambda: a lambda's call operator
    // would be compiled without AVX2. Leads cut at the end of `prev` are looked for only
    // before ASCII (elsewhere the next block's flags hold them): in the loop that would be
    // one more register than AVX2 has, and the compiler reloaded the tables instead.
#define GOVREPORT_UTF8_CHECK_STEP(q)                                                          \
    do {                                                                                      \
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));          \
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>((q) + 32));   \
        if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) == 0) {                              \
            error = _mm256_or_si256(error, _mm256_subs_epu8(prev, incomplete_max));           \
        } else {                                                                              \
            error = _mm256_or_si256(error, _mm256_or_si256(block_errors(a, prev, t),          \
                                                           block_errors(b, a, t)));           \
        }                                                                                     \
        prev = b;                                                                             \
    } while (false)

    while (static_cast<std::size_t>(end - p) >= kStep) {
        const std::size_t whole = static_cast<std::size_t>(end - p) / kStep * kStep;
        const unsigned char* const stop = p + std::min(whole, kChunk);
        for (; p < stop; p += kStep) GOVREPORT_UTF8_CHECK_STEP(p);
        if (!_mm256_testz_si256(error, error)) return false;
    }
    if (p < end) {
        // The last bytes padded with NUL, which is ASCII: a sequence cut by the end is an
        // error as it would be before ASCII.
        unsigned char last[kStep] = {};
        std::memcpy(last, p, static_cast<std::size_t>(end - p));
        GOVREPORT_UTF8_CHECK_STEP(last);
    }
#undef GOVREPORT_UTF8_CHECK_STEP
    // A lead in the very last bytes has nothing after it.
    error = _mm256_or_si256(error, _mm256_subs_epu8(prev, incomplete_max));
    return _mm256_testz_si256(error, error) != 0;
}

#endif

}  // namespace

bool is_valid_utf8_reference(std::string_view s) noexcept {
    return util::find_invalid_utf8(s) == std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) noexcept {
#ifdef GOVREPORT_UTF8_CHECK_AVX2
    if (has_avx2()) {
        const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
        return valid_avx2(begin, begin + s.size());
    }
#endif
    return is_valid_utf8_reference(s);
}

}  // namespace govreport::input
