// BigramSet: "can a word of the list start with these two characters?" in one bit test.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_BIGRAM_SET_HPP
#define GOVREPORT_UTIL_BIGRAM_SET_HPP

#include <array>
#include <cstdint>
#include <string_view>

#include "util/char_set.hpp"
#include "util/utf8.hpp"

namespace govreport::util {

/// The first two code points of a list of words, hashed into 64 Ki bits, and the words of
/// one code point. may_start(a, b) is false only when no word starts with a then b: a
/// filter that never turns away a match. Common characters start place names (安 of 安徽,
/// 重 of 重庆, 新 of 新疆): the character after them rules out nearly every such
/// position without a look-up in the names (issue 6).
class BigramSet {
public:
    void add(std::string_view word) noexcept {
        const char* p = word.data();
        const char* const end = p + word.size();
        if (p == end) return;
        const char32_t first = decode(p, end);
        if (p == end) {
            single_.add(first);  // a word of one character: any character may follow
            return;
        }
        const std::uint32_t h = hash(first, decode(p, end));
        bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
    /// Marks `c` as a word of its own (any character may follow it).
    void add_single(char32_t c) noexcept { single_.add(c); }

    bool may_start(char32_t first, char32_t second) const noexcept {
        if (single_.contains(first)) return true;
        const std::uint32_t h = hash(first, second);
        return ((bits_[h >> 6] >> (h & 63)) & 1) != 0;
    }

private:
    static std::uint32_t hash(char32_t a, char32_t b) noexcept {
        const std::uint64_t x = (std::uint64_t{a} << 32 | b) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::uint32_t>(x >> 48);  // 16 bits
    }

    std::array<std::uint64_t, 1024> bits_{};
    CharSet single_;
};

}  // namespace govreport::util

#endif
