// CharSet: a bitmap over the Basic Multilingual Plane for one-lookup "can a match start here?" gates.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_CHAR_SET_HPP
#define GOVREPORT_UTIL_CHAR_SET_HPP

#include <array>
#include <cstdint>
#include <string_view>

#include "util/utf8.hpp"

namespace govreport::util {

/// A set of BMP code points (8 KiB). The extractors try their rules only where the
/// current character can start one: testing one bit is far cheaper than the symbol-table
/// look-ups and literal comparisons it saves at every other character (issue 6).
class CharSet {
public:
    constexpr void add(char32_t c) noexcept {
        if (c < 0x10000) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    /// Adds every code point of `chars`.
    constexpr void add_all(std::u32string_view chars) noexcept {
        for (char32_t c : chars) add(c);
    }
    /// Adds the first code point of `utf8` (if any).
    void add_first(std::string_view utf8) noexcept {
        if (utf8.empty()) return;
        const char* p = utf8.data();
        add(decode(p, utf8.data() + utf8.size()));
    }
    /// Bits 64·i to 64·i+63 of the set (code point c is bit c & 63 of word c >> 6).
    constexpr std::uint64_t word(std::size_t i) const noexcept { return bits_[i]; }
    constexpr bool contains(char32_t c) const noexcept {
        return c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1) != 0;
    }

    /// Offset of the first character at or after `at` (a character boundary) that is in
    /// the set, or `t.size()`. On valid UTF-8 (all paragraph text is: decoding repairs
    /// it) it steps exactly as a loop over decode() would, but tests a three-byte
    /// character straight from its bytes: bits 12–15 and 6–11 of the code point pick the
    /// bitmap word, bits 0–5 the bit. The scans skip the nine characters in ten that start
    /// nothing this way instead of decoding each (issue 6). On invalid bytes it may stop
    /// or not where decode() would see U+FFFD, and never reads outside `t`.
    std::size_t find(std::string_view t, std::size_t at) const noexcept {
        const auto* const s = reinterpret_cast<const unsigned char*>(t.data());
        const std::size_t n = t.size();
        const std::size_t three = n < 2 ? 0 : n - 2;  // at < three: three bytes from at
        for (;;) {
            // Three-byte characters, nearly every character of a report, in a tight loop.
            // A byte that is no continuation byte still indexes inside the bitmap's first
            // 1024 words: (lead & 0x0F) << 6 | (byte ^ 0x80) stays below 0x400.
            while (at < three) {
                const unsigned b0 = s[at];
                if ((b0 & 0xF0u) != 0xE0u) break;
                const unsigned word = ((b0 & 0x0Fu) << 6) | ((s[at + 1] ^ 0x80u) & 0xFFu);
                if ((bits_[word] >> (s[at + 2] & 63u)) & 1) return at;
                at += 3;
            }
            if (at >= n) return n;
            const unsigned b0 = s[at];
            if (b0 < 0x80) {
                if ((bits_[b0 >> 6] >> (b0 & 63)) & 1) return at;
                ++at;
                continue;
            }
            const char* q = t.data() + at;
            if (contains(decode(q, t.data() + n))) return at;
            at = static_cast<std::size_t>(q - t.data());
        }
    }

private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

/// A set built at compile time: a predicate over a handful of characters becomes one bit
/// test in read-only data, where a switch over them compiled to a chain of compares whose
/// outcome the branch predictor could not learn (the characters vary at every call).
constexpr CharSet make_char_set(std::u32string_view chars) noexcept {
    CharSet s;
    s.add_all(chars);
    return s;
}

}  // namespace govreport::util

#endif
