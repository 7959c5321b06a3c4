// Small helpers over UTF-8 string views shared by the extractors: prefixes, neighbours.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_TEXT_HPP
#define GOVREPORT_UTIL_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "util/utf8.hpp"

namespace govreport::util {

// Byte comparison inline: the words compared are a few bytes (one to four characters),
// shorter than the call to memcmp that string_view's == makes for a size known only at
// run time. Extractors test several such words at every candidate.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

inline bool starts_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && same_bytes(s.data(), p.data(), p.size());
}

inline bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && same_bytes(s.data() + s.size() - p.size(), p.data(), p.size());
}

/// The last offset at which `w` (not empty) occurs in `s`, or npos: string_view::rfind,
/// whose loop calls memcmp at every offset. Here one byte test turns away the offsets
/// where the word's first byte is not, and the rest compares inline.
inline std::size_t rfind_word(std::string_view s, std::string_view w) {
    if (w.empty() || w.size() > s.size()) return w.empty() ? s.size() : std::string_view::npos;
    const char first = w[0];
    for (std::size_t at = s.size() - w.size() + 1; at-- > 0;)
        if (s[at] == first && same_bytes(s.data() + at + 1, w.data() + 1, w.size() - 1))
            return at;
    return std::string_view::npos;
}

/// The code point that ends right before byte `at` (0 at the start of `t`).
__attribute__((always_inline)) inline char32_t char_before(std::string_view t, std::size_t at) {
    return at == 0 ? 0 : decode_before(t.data(), t.data() + at);
}

/// The code point that starts at byte `at` (0 at the end of `t`).
inline char32_t char_at(std::string_view t, std::size_t at) {
    if (at >= t.size()) return 0;
    const char* p = t.data() + at;
    return decode(p, t.data() + t.size());
}

/// The byte offset of the code point after the one at `at`.
inline std::size_t next_char(std::string_view t, std::size_t at) {
    const char* p = t.data() + at;
    decode(p, t.data() + t.size());
    return static_cast<std::size_t>(p - t.data());
}

}  // namespace govreport::util

#endif
