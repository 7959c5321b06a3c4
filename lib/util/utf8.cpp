// UTF-8 decoding, validation, repair and the character classes the segmenter needs.
// SPDX-License-Identifier: MIT
#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace govreport::util {

char32_t decode_slow(const char*& p, const char* end) noexcept {
    const std::size_t n = utf8_sequence_length(p, end);
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    char32_t c;
    switch (n) {
        case 1: c = s[0]; break;
        case 2: c = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); break;
        case 3: c = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu); break;
        case 4:
            c = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                (s[3] & 0x3Fu);
            break;
        default: ++p; return 0xFFFD;
    }
    p += n;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

namespace {

// The portable validation from `p` (where a character starts: everything before it is
// valid) to `end`: the offset from `begin` of the first invalid byte, or npos.
std::size_t find_invalid_from(const unsigned char* const begin, const unsigned char* const end,
                              const unsigned char* p) noexcept {
    while (p < end) {
        unsigned b0 = p[0];
        if (b0 < 0x80) {
            // ASCII: the rest of its run eight bytes at a time (markup, numbers, line ends).
            ++p;
            for (std::uint64_t x; end - p >= 8; p += 8) {
                std::memcpy(&x, p, 8);
                if (x & 0x8080808080808080ull) break;
            }
            continue;
        }
        // Han characters and CJK punctuation (lead E1–EC, EE–EF): valid whenever the two
        // bytes after the lead are continuation bytes (10xxxxxx), tested together. A run
        // of them is nearly the whole of a report: a loop of its own.
        bool three = false;
        for (;;) {
            // Two characters per test where eight bytes can be read.
            for (std::uint64_t x; end - p >= 8; p += 6, three = true) {
                std::memcpy(&x, p, 8);
                if (!starts_two_plain_three_byte(x)) break;
            }
            if (end - p < 3) break;
            b0 = p[0];
            if (b0 - 0xE1u > 0xEFu - 0xE1u || b0 == 0xEDu) break;
            std::uint16_t tail;
            std::memcpy(&tail, p + 1, 2);
            if ((tail & 0xC0C0u) != 0x8080u) break;
            p += 3;
            three = true;
        }
        if (three) continue;
        const std::size_t n = utf8_sequence_length(reinterpret_cast<const char*>(p),
                                                   reinterpret_cast<const char*>(end));
        if (n == 0) return static_cast<std::size_t>(p - begin);
        p += n;
    }
    return std::string_view::npos;
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define GOVREPORT_UTF8_AVX2 1

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}

// Validation 32 bytes at a time with AVX2, after Keiser and Lemire, "Validating UTF-8 in less
// than one instruction per byte" (2021), as simdjson and simdutf implement it: three 16-entry
// tables, looked up by the high and low nibble of each byte's predecessor and by its own
// high nibble, flag every ill-formed pair of bytes (stray or missing continuation bytes,
// overlong forms, surrogates, values above U+10FFFF); a third or fourth byte that its lead
// requires is checked by position. The scalar loop took over four instructions per byte.
// Where a block holds an error, the portable loop finds its offset from the start of the
// character before the block: everything before that is known valid.
__attribute__((target("avx2"))) std::size_t find_invalid_avx2(const unsigned char* const begin,
                                                              const unsigned char* const end) noexcept {
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
    const __m256i byte1_high = _mm256_setr_epi8(
        kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
        kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
        kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4,
        kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
        kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
        kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);
    constexpr char kLarge = kCarry | kTooLarge | kTooLarge1000;
    const __m256i byte1_low = _mm256_setr_epi8(
        kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
        kCarry | kTooLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge,
        kLarge | kSurrogate, kLarge, kLarge,
        kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
        kCarry | kTooLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge, kLarge,
        kLarge | kSurrogate, kLarge, kLarge);
    constexpr char kCont8 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4;
    constexpr char kCont9 = kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge;
    constexpr char kContAB = kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge;
    const __m256i byte2_high = _mm256_setr_epi8(
        kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
        kCont8, kCont9, kContAB, kContAB, kTooShort, kTooShort, kTooShort, kTooShort,
        kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
        kCont8, kCont9, kContAB, kContAB, kTooShort, kTooShort, kTooShort, kTooShort);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    // A lead in the last three bytes whose sequence cannot end inside the block.
    const __m256i incomplete_max = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1),
        static_cast<char>(0xC0 - 1));

    const unsigned char* p = begin;
    __m256i prev = _mm256_setzero_si256();
    __m256i prev_incomplete = _mm256_setzero_si256();
    for (; end - p >= 32; p += 32) {
        const __m256i input = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        __m256i error;
        if (_mm256_movemask_epi8(input) == 0) {
            error = prev_incomplete;  // ASCII: only a sequence cut at the block's start
        } else {
            // The block shifted by one to three bytes, the previous block's last bytes first.
            const __m256i carried = _mm256_permute2x128_si256(prev, input, 0x21);
            const __m256i prev1 = _mm256_alignr_epi8(input, carried, 15);
            const __m256i prev2 = _mm256_alignr_epi8(input, carried, 14);
            const __m256i prev3 = _mm256_alignr_epi8(input, carried, 13);
            const __m256i special = _mm256_and_si256(
                _mm256_and_si256(
                    _mm256_shuffle_epi8(byte1_high,
                                        _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                    _mm256_shuffle_epi8(byte1_low, _mm256_and_si256(prev1, nibble))),
                _mm256_shuffle_epi8(byte2_high,
                                    _mm256_and_si256(_mm256_srli_epi16(input, 4), nibble)));
            // Third bytes (after 111xxxxx two back) and fourth bytes (after 1111xxxx three
            // back) must be continuation bytes: there a "two continuations" flag is right.
            const __m256i must23 = _mm256_or_si256(
                _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80))),
                _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80))));
            error = _mm256_xor_si256(
                _mm256_and_si256(must23, _mm256_set1_epi8(static_cast<char>(0x80))), special);
            prev_incomplete = _mm256_subs_epu8(input, incomplete_max);
        }
        if (!_mm256_testz_si256(error, error)) break;
        prev = input;
    }
    // The error's block, or the last bytes: the portable loop from the start of the character
    // that holds the byte before `p` (a sequence may have begun up to three bytes earlier).
    const unsigned char* from = p;
    if (from > begin) {
        --from;
        for (int i = 0; i < 3 && from > begin && (*from & 0xC0u) == 0x80u; ++i) --from;
    }
    return find_invalid_from(begin, end, from);
}
#endif

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) noexcept {
    const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
#ifdef GOVREPORT_UTF8_AVX2
    if (has_avx2()) return find_invalid_avx2(begin, begin + s.size());
#endif
    return find_invalid_from(begin, begin + s.size(), begin);
}

std::size_t find_invalid_utf8_portable(std::string_view s) noexcept {
    const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
    return find_invalid_from(begin, begin + s.size(), begin);
}

std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        const std::size_t n = utf8_sequence_length(p, end);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++p;
        } else {
            out.append(p, n);
            p += n;
        }
    }
    return out;
}

std::size_t count_code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

bool is_cjk(char32_t c) noexcept {
    return (c >= 0x2E80 && c <= 0x9FFF) ||   // radicals, CJK punctuation, kana, Han
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
           (c >= 0x20000 && c <= 0x3FFFF) ||  // Han extensions B–H
           c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||  // curly quotes
           c == 0x2014 || c == 0x2026 || c == 0x00B7;  // dash, ellipsis, middle dot
}

}  // namespace govreport::util
