// The AVX2 UTF-8 validation block shared by util::find_invalid_utf8 and input::is_valid_utf8.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_UTF8_AVX2_HPP
#define GOVREPORT_UTIL_UTF8_AVX2_HPP

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define GOVREPORT_UTF8_AVX2_BLOCK 1
#include <immintrin.h>

namespace govreport::util::utf8_avx2 {

// After Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte" (2021),
// as simdjson and simdutf implement it: three 16-entry tables, looked up by the high and low
// nibble of each byte's predecessor and by its own high nibble, flag every ill-formed pair
// of bytes (stray or missing continuation bytes, overlong forms, surrogates, values above
// U+10FFFF); a third or fourth byte that its lead requires is checked by position.
struct Tables {
    __m256i byte1_high, byte1_low, byte2_high, nibble, third, fourth, high_bit;
    __m256i incomplete_max;  // a lead in the last three bytes whose sequence cannot end there
};

__attribute__((target("avx2"), always_inline)) inline Tables make_tables() noexcept {
    // One bit per kind of error, as in the paper.
    constexpr char kTooShort = 1 << 0;   // a lead not followed by a continuation byte
    constexpr char kTooLong = 1 << 1;    // a continuation byte after ASCII
    constexpr char kOverlong3 = 1 << 2;  // E0 80–9F
    constexpr char kTooLarge = 1 << 3;   // F4 90–BF, F5–FF
    constexpr char kSurrogate = 1 << 4;  // ED A0–BF
    constexpr char kOverlong2 = 1 << 5;  // C0, C1
    constexpr char kTooLarge1000 = 1 << 6;  // F5–FF 80–8F
    constexpr char kOverlong4 = 1 << 6;     // F0 80–8F
    constexpr char kTwoConts = static_cast<char>(1 << 7);  // a continuation byte after one
    constexpr char kCarry = kTooShort | kTooLong | kTwoConts;  // whatever the low nibble
    constexpr char kLarge = kCarry | kTooLarge | kTooLarge1000;
    constexpr char kCont8 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4;
    constexpr char kCont9 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge;
    constexpr char kContAB = kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge;
    return Tables{
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
        _mm256_set1_epi8(0x0F),
        _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)),
        _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)),
        _mm256_set1_epi8(static_cast<char>(0x80)),
        _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                         -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                         static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1),
                         static_cast<char>(0xC0 - 1))};
}

// The error flags of the 32 bytes `input`, `prev` being the 32 before them (zero at the
// start): all zero when every sequence that ends in `input` is well formed.
__attribute__((target("avx2"), always_inline)) inline __m256i block_errors(
    __m256i input, __m256i prev, const Tables& t) noexcept {
    // The block shifted by one to three bytes, the previous block's last bytes first.
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
    const __m256i must23 = _mm256_or_si256(_mm256_subs_epu8(prev2, t.third),
                                           _mm256_subs_epu8(prev3, t.fourth));
    return _mm256_xor_si256(_mm256_and_si256(must23, t.high_bit), special);
}

// The leads in the last three bytes of `input` whose sequences it cut (an error unless the
// next block continues them).
__attribute__((target("avx2"), always_inline)) inline __m256i incomplete(__m256i input,
                                                                        const Tables& t) noexcept {
    return _mm256_subs_epu8(input, t.incomplete_max);
}

}  // namespace govreport::util::utf8_avx2

#endif
#endif
