// WordList: "does the text start (or end) with one of these words?" without comparing every word.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_WORD_LIST_HPP
#define GOVREPORT_UTIL_WORD_LIST_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "util/utf8.hpp"

namespace govreport::util {

/// A fixed list of UTF-8 words, indexed by their first and last code points. The
/// extractors ask at almost every character whether a stop word or a verb starts there;
/// comparing each of a list's 20–100 words cost a fifth of a parse (issue 6). Results are
/// exactly those of the loop over the list in its order: the first word that matches.
class WordList {
public:
    WordList(std::initializer_list<std::string_view> words) : words_(words) { index(); }
    explicit WordList(std::vector<std::string_view> words) : words_(std::move(words)) { index(); }
    template <std::size_t N>
    explicit WordList(const std::string_view (&words)[N]) : words_(words, words + N) { index(); }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// Index (in list order) of the first word `text` starts with, or npos.
    std::size_t prefix(std::string_view text) const noexcept {
        if (text.empty()) return npos;
        const char* p = text.data();
        const char32_t c = decode(p, text.data() + text.size());
        return first_match(by_first_, c, [&](std::string_view w) {
            return text.size() >= w.size() && text.compare(0, w.size(), w) == 0;
        });
    }
    /// Index (in list order) of the first word `text` ends with, or npos.
    std::size_t suffix(std::string_view text) const noexcept {
        if (text.empty()) return npos;
        const char32_t c = decode_before(text.data(), text.data() + text.size());
        return first_match(by_last_, c, [&](std::string_view w) {
            return text.size() >= w.size() && text.compare(text.size() - w.size(), w.size(), w) == 0;
        });
    }
    /// The longest word `text` starts with (its size), or 0.
    std::size_t longest_prefix(std::string_view text) const noexcept {
        if (text.empty()) return 0;
        const char* p = text.data();
        const char32_t c = decode(p, text.data() + text.size());
        std::size_t best = 0;
        if (!may_hold(c)) return 0;
        const auto range = std::equal_range(by_first_.begin(), by_first_.end(), Key{c, 0}, by_char);
        for (auto it = range.first; it != range.second; ++it) {
            const std::string_view w = words_[it->word];
            if (text.size() >= w.size() && text.compare(0, w.size(), w) == 0)
                best = std::max(best, w.size());
        }
        return best;
    }
    bool starts_any(std::string_view text) const noexcept { return prefix(text) != npos; }
    bool ends_any(std::string_view text) const noexcept { return suffix(text) != npos; }
    std::string_view operator[](std::size_t i) const noexcept { return words_[i]; }

private:
    struct Key {
        char32_t c;
        std::uint32_t word;
    };
    static bool by_char(const Key& a, const Key& b) noexcept { return a.c < b.c; }

    void index() {
        for (std::size_t i = 0; i < words_.size(); ++i) {
            const std::string_view w = words_[i];
            if (w.empty()) continue;
            const char* p = w.data();
            const char32_t first = decode(p, w.data() + w.size());
            const char32_t last = decode_before(w.data(), w.data() + w.size());
            by_first_.push_back({first, static_cast<std::uint32_t>(i)});
            by_last_.push_back({last, static_cast<std::uint32_t>(i)});
            mark(first);
            mark(last);
        }
        // Stable: within one character the words keep their list order.
        std::stable_sort(by_first_.begin(), by_first_.end(), by_char);
        std::stable_sort(by_last_.begin(), by_last_.end(), by_char);
    }
    void mark(char32_t c) noexcept { filter_[(c >> 6) & 15] |= std::uint64_t{1} << (c & 63); }
    bool may_hold(char32_t c) const noexcept {
        return (filter_[(c >> 6) & 15] >> (c & 63) & 1) != 0;
    }

    template <class Match>
    std::size_t first_match(const std::vector<Key>& keys, char32_t c, Match match) const noexcept {
        if (!may_hold(c)) return npos;
        const auto range = std::equal_range(keys.begin(), keys.end(), Key{c, 0}, by_char);
        for (auto it = range.first; it != range.second; ++it)
            if (match(words_[it->word])) return it->word;
        return npos;
    }

    std::vector<std::string_view> words_;
    std::vector<Key> by_first_, by_last_;
    // One bit per (code point mod 1024) of the first and last characters: most characters
    // of a text start no word of a list, and are turned away without a search.
    std::uint64_t filter_[16] = {};
};

}  // namespace govreport::util

#endif
