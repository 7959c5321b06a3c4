// Small helpers over UTF-8 string views shared by the extractors: prefixes, neighbours.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_TEXT_HPP
#define GOVREPORT_UTIL_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "util/utf8.hpp"

namespace govreport::util {

inline bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

inline bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

/// The code point that ends right before byte `at` (0 at the start of `t`).
inline char32_t char_before(std::string_view t, std::size_t at) {
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
