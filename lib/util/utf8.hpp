// UTF-8 helpers: decoding one code point, validation and repair, character classes.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_UTF8_HPP
#define GOVREPORT_UTIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace govreport::util {

// The decoders and is_space() are inline: the extractors call them at nearly every
// character, and an out-of-line call through the shared library's PLT cost a fifth of a
// parse (perf, issue 6).

/// Length of the well-formed UTF-8 sequence at `p` (1–4), or 0 if the bytes there are not
/// a well-formed sequence (overlong forms, surrogates and values above U+10FFFF included).
inline std::size_t utf8_sequence_length(const char* p, const char* end) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    const std::ptrdiff_t avail = end - p;
    if (avail <= 0) return 0;
    const unsigned char c = s[0];
    if (c < 0x80) return 1;
    auto cont = [&](int i) { return i < avail && (s[i] & 0xC0) == 0x80; };
    if (c >= 0xE0 && c <= 0xEF) {  // first: Han characters and CJK punctuation
        if (avail < 3 || !cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;  // overlong
        if (c == 0xED && s[1] >= 0xA0) return 0;  // surrogates
        return 3;
    }
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;  // overlong
        if (c == 0xF4 && s[1] >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

/// True when the eight bytes `x` (loaded from memory in order) start with two well-formed
/// three-byte characters whose leads are neither E0 nor ED (those two need the general
/// check): 1110xxxx 10xxxxxx 10xxxxxx, twice. Validation and JSON escaping take the Han
/// text of a report two characters per test this way (issue 6). Little-endian hosts only;
/// elsewhere always false, and the callers fall back to one character at a time.
inline bool starts_two_plain_three_byte(std::uint64_t x) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if ((x & 0x0000C0C0F0C0C0F0ull) != 0x00008080E08080E0ull) return false;
    const unsigned low0 = x & 0x0Fu, low1 = (x >> 24) & 0x0Fu;
    return low0 != 0 && low0 != 0xD && low1 != 0 && low1 != 0xD;
#else
    (void)x;
    return false;
#endif
}

/// The general case of decode(): any sequence length, invalid bytes.
char32_t decode_slow(const char*& p, const char* end) noexcept;

/// Decodes the code point at `p` and advances `p`. Invalid bytes decode as U+FFFD and
/// advance by one byte, so a loop over decode() always terminates.
__attribute__((always_inline)) inline char32_t decode(const char*& p, const char* end) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    const std::ptrdiff_t avail = end - p;
    if (avail > 0 && s[0] < 0x80) {  // ASCII
        ++p;
        return s[0];
    }
    // U+1000–U+FFFF without the surrogates (lead E1–EC, EE–EF): Han characters and CJK
    // punctuation, almost every other character of a report. No overlong form exists here.
    if (avail >= 3) {
        const unsigned b0 = s[0], b1 = s[1] ^ 0x80u, b2 = s[2] ^ 0x80u;
        // Both continuation bytes are 10xxxxxx exactly when (b1 | b2) < 0x40 after the flip.
        if (b0 - 0xE1u <= 0xEFu - 0xE1u && b0 != 0xEDu && (b1 | b2) < 0x40u) {
            p += 3;
            return ((b0 & 0x0Fu) << 12) | (b1 << 6) | b2;
        }
    }
    return decode_slow(p, end);
}

/// The code point of the three-byte character at `p`, known to be a valid one (a scan
/// found it through a CharSet whose members are all three bytes long): no checks.
inline char32_t decode_three(const char* p) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
}

/// Decodes the code point that ends right before `p` (for looking backwards); U+FFFD if
/// the bytes before `p` are not a valid sequence. `begin` bounds the search.
/// Always inline, as decode() is: with its three-byte path the compiler had made it a call.
__attribute__((always_inline)) inline char32_t decode_before(const char* begin, const char* p,
                                                             std::size_t* length = nullptr) noexcept {
    if (p > begin && static_cast<unsigned char>(p[-1]) < 0x80) {  // ASCII
        if (length) *length = 1;
        return static_cast<unsigned char>(p[-1]);
    }
    // A three-byte character ends nearly every word looked back at: read straight from its
    // bytes when they pass decode()'s fast-path checks (the step back below would stop at
    // the same lead byte and decode the same three bytes).
    if (p - begin >= 3) {
        const auto* s = reinterpret_cast<const unsigned char*>(p - 3);
        const unsigned b0 = s[0], b1 = s[1] ^ 0x80u, b2 = s[2] ^ 0x80u;
        if (b0 - 0xE1u <= 0xEFu - 0xE1u && b0 != 0xEDu && (b1 | b2) < 0x40u) {
            if (length) *length = 3;
            return ((b0 & 0x0Fu) << 12) | (b1 << 6) | b2;
        }
    }
    // Step back over at most three continuation bytes to the lead byte.
    const char* q = p;
    for (int i = 0; i < 4 && q > begin; ++i) {
        --q;
        if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80) break;
    }
    const char* r = q;
    const char32_t c = decode(r, p);
    if (r != p) {
        if (length) *length = p > begin ? 1 : 0;
        return 0xFFFD;
    }
    if (length) *length = static_cast<std::size_t>(p - q);
    return c;
}

/// Appends the UTF-8 encoding of `c` to `out`.
void append_utf8(std::string& out, char32_t c);

/// Offset of the first invalid byte of `s`, or npos when `s` is valid UTF-8. With AVX2 where
/// the CPU has it (32 bytes per step), else find_invalid_utf8_portable().
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// The same without SIMD: the fallback, which the tests compare with the AVX2 path.
std::size_t find_invalid_utf8_portable(std::string_view s) noexcept;

/// Copy of `s` in which each invalid byte is replaced with U+FFFD.
std::string repair_utf8(std::string_view s);

/// Number of code points in a valid UTF-8 string (counts lead bytes).
std::size_t count_code_points(std::string_view s) noexcept;

/// White space inside a line: ASCII blanks, NBSP, U+3000 and the other Unicode spaces,
/// the BOM (U+FEFF) that editors leave at the start of files.
inline bool is_space(char32_t c) noexcept {
    if (c < 0x80) return c == U' ' || c == U'\t' || c == U'\r' || c == U'\f' || c == U'\v';
    return c == 0x00A0 || c == 0x1680 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF || (c >= 0x2000 && c <= 0x200B);
}

/// The three bytes at `s` as one number (a Han character or CJK punctuation mark, from the
/// text or from a UTF-8 literal): the scans compare a character with several by a switch
/// on it, without decoding.
constexpr std::uint32_t key3(const char* s) noexcept {
    return std::uint32_t{static_cast<unsigned char>(s[0])} << 16 |
           std::uint32_t{static_cast<unsigned char>(s[1])} << 8 | static_cast<unsigned char>(s[2]);
}

/// False when the byte `b` cannot be the first byte of an is_space() character: the
/// trimming loops test it before decoding (almost every character there is a Han one).
inline bool may_start_space(unsigned char b) noexcept {
    return b == ' ' || (b >= '\t' && b <= '\r' && b != '\n') || b == 0xC2 ||
           (b >= 0xE1 && b <= 0xE3) || b == 0xEF;
}

/// False when the byte `b` cannot be the last byte of an is_space() character.
inline bool may_end_space(unsigned char b) noexcept {
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r' && b != '\n');
    return b <= 0x8B || b == 0x9F || b == 0xA0 || b == 0xAF || b == 0xBF;
}

/// False when the text in [p, end) cannot start with an is_space() character. Sharper than
/// may_start_space(): it also looks at the second byte (and the third after E3, the lead
/// byte of 、。《》 and most CJK punctuation), so that trimming loops decode almost only
/// real blanks. Every multi-byte blank starts C2 A0, E1 9A, E2 80, E2 81, E3 80 80 or EF BB.
inline bool may_start_with_space(const char* p, const char* end) noexcept {
    if (p >= end) return false;
    const unsigned char b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) return b0 == ' ' || (b0 >= '\t' && b0 <= '\r' && b0 != '\n');
    if (end - p < 2) return false;
    const unsigned char b1 = static_cast<unsigned char>(p[1]);
    switch (b0) {
        case 0xC2: return b1 == 0xA0;
        case 0xE1: return b1 == 0x9A;
        case 0xE2: return b1 == 0x80 || b1 == 0x81;
        case 0xE3: return b1 == 0x80 && end - p >= 3 && static_cast<unsigned char>(p[2]) == 0x80;
        case 0xEF: return b1 == 0xBB;
        default: return false;
    }
}
/// False when the text in [begin, p) cannot end with an is_space() character: the last
/// byte as may_end_space() tests it, then the bytes before it (C2 A0; E1 9A 80; E2 80 xx;
/// E2 81 9F; E3 80 80; EF BB BF), so that 。 and 、 (E3 80 82, E3 80 81) are turned away.
inline bool may_end_with_space(const char* begin, const char* p) noexcept {
    if (p <= begin) return false;
    const unsigned char b = static_cast<unsigned char>(p[-1]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r' && b != '\n');
    if (!may_end_space(b) || p - begin < 2) return false;
    const unsigned char b1 = static_cast<unsigned char>(p[-2]);
    if (b1 == 0xC2) return b == 0xA0;
    if (p - begin < 3) return false;
    const unsigned char b2 = static_cast<unsigned char>(p[-3]);
    switch (b1) {
        case 0x80: return b2 == 0xE2 || (b2 == 0xE3 && b == 0x80);
        case 0x81: return b2 == 0xE2;
        case 0x9A: return b2 == 0xE1;
        case 0xBB: return b2 == 0xEF;
        default: return false;
    }
}

/// Han ideographs: the unified block, extension A, the compatibility block and the
/// extensions beyond the BMP (not punctuation; is_cjk() holds those too).
inline bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/// Han ideographs and the CJK punctuation and full-width forms that surround them.
/// Inline: the GB18030 detection asks it of every character of a report.
inline bool is_cjk(char32_t c) noexcept {
    return (c >= 0x2E80 && c <= 0x9FFF) ||   // radicals, CJK punctuation, kana, Han
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
           (c >= 0x20000 && c <= 0x3FFFF) ||  // Han extensions B–H
           c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||  // curly quotes
           c == 0x2014 || c == 0x2026 || c == 0x00B7;  // dash, ellipsis, middle dot
}

/// 。！？；： and their half-width forms: punctuation that ends a clause or sentence.
inline bool is_sentence_end(char32_t c) noexcept {
    switch (c) {
        case U'。': case U'！': case U'？': case U'；': case U'：':
        case U'!': case U'?': case U';': case U':':
            return true;
        default:
            return false;
    }
}

}  // namespace govreport::util

#endif
