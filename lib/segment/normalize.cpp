// Title normalisation: spaces left by PDF line wrapping and half-width punctuation.
// SPDX-License-Identifier: MIT
#include "segment/normalize.hpp"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util/utf8.hpp"

namespace govreport::segment {

namespace {

char32_t full_width_of(char32_t c) {
    switch (c) {
        case U',': return U'，';
        case U';': return U'；';
        case U':': return U'：';
        case U'(': return U'（';
        case U')': return U'）';
        case U'!': return U'！';
        case U'?': return U'？';
        default: return 0;
    }
}

#ifdef __SSE2__
// Whether the 15 bytes at `p` (16 readable) are five Han characters as already_normal()
// steps over them: E4–E9 in lanes 0, 3, 6, 9 and 12, 80–BF in the others (lane 15 is not
// looked at). A lane is in [low, low + width] when its byte less `low` is at most `width`.
inline bool five_han(const char* p) noexcept {
    constexpr char L = static_cast<char>(0xE4), C = static_cast<char>(0x80);
    const __m128i low = _mm_setr_epi8(L, C, C, L, C, C, L, C, C, L, C, C, L, C, C, 0);
    const __m128i width = _mm_setr_epi8(5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F,
                                        0x3F, 5, 0x3F, 0x3F, static_cast<char>(0xFF));
    const __m128i d = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), low);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, width), d)) == 0xFFFF;
}
#endif

// True when normalize_title() has nothing to change: no blank, no line break, no half-width
// punctuation, and nothing decode() would replace. Most titles are like that, and a copy
// costs far less than the rewrite below (issue 6).
bool already_normal(std::string_view text) {
    const char* const e = text.data() + text.size();
    for (const char* p = text.data(); p < e;) {
#ifdef __SSE2__
        // Five at a time, while there are 16 bytes to load: this loop was 7 % of the outline.
        if (e - p >= 16 && five_han(p)) {
            p += 15;
            continue;
        }
#endif
        // A Han character (lead byte E4–E9 and two continuation bytes: U+4000–U+9FFF), most
        // of a title, is none of those: stepped over without decoding it.
        const auto* s = reinterpret_cast<const unsigned char*>(p);
        if (e - p >= 3 && s[0] - 0xE4u <= 0xE9u - 0xE4u && (s[1] & 0xC0u) == 0x80u &&
            (s[2] & 0xC0u) == 0x80u) {
            p += 3;
            continue;
        }
        const char32_t c = util::decode(p, e);
        if (util::is_space(c) || c == U'\n' || full_width_of(c) != 0 || c == 0xFFFD) return false;
    }
    return true;
}

}  // namespace

std::string normalize_title(std::string_view text) {
    if (already_normal(text)) return std::string(text);
    // Decoded as it goes, without a vector of code points (an allocation and a second pass
    // per title; measure titles with a blank, 一是 ……, are common in PDF text). The nearest
    // character on each side that is no is_space() one (a line break is one of those) is
    // what decides: the one before is kept, the one after read ahead only for half-width
    // punctuation.
    const char* const e = text.data() + text.size();
    auto next_solid = [e](const char* p) -> char32_t {
        while (p < e) {
            const char32_t c = util::decode(p, e);
            if (!util::is_space(c)) return c;
        }
        return 0;
    };
    std::string out;
    out.reserve(text.size());
    char32_t before = 0;  // the last character that is no is_space() one
    bool pending_space = false;
    for (const char* p = text.data(); p < e;) {
        const char32_t c = util::decode(p, e);
        if (util::is_space(c) || c == U'\n') {
            pending_space = true;
            if (c == U'\n') before = c;
            continue;
        }
        if (pending_space) {
            pending_space = false;
            // Keep a space only between two non-CJK words ("COVID 19"), never at the ends.
            if (before != 0 && !util::is_cjk(before) && !util::is_cjk(c) &&
                full_width_of(before) == 0 && full_width_of(c) == 0)
                out += ' ';
        }
        const char32_t fw = full_width_of(c);
        if (fw != 0 && (util::is_cjk(before) || util::is_cjk(next_solid(p)))) {
            util::append_utf8(out, fw);
        } else {
            util::append_utf8(out, c);
        }
        before = c;
    }
    return out;
}

}  // namespace govreport::segment
