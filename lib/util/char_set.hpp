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
    void add(char32_t c) noexcept {
        if (c < 0x10000) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    /// Adds every code point of `chars`.
    void add_all(std::u32string_view chars) noexcept {
        for (char32_t c : chars) add(c);
    }
    /// Adds the first code point of `utf8` (if any).
    void add_first(std::string_view utf8) noexcept {
        if (utf8.empty()) return;
        const char* p = utf8.data();
        add(decode(p, utf8.data() + utf8.size()));
    }
    bool contains(char32_t c) const noexcept {
        return c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1) != 0;
    }

private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

}  // namespace govreport::util

#endif
