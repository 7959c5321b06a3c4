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

    /// Index (in list order) of the first word `text` starts with, or npos. Always inlined,
    /// as suffix(): GCC left both calls at most of their hundred call sites, and most
    /// look-ups end at the two-byte filter (−0.68 M instructions of the corpus parsed
    /// twice; with ScanIndex::cursor() inline, 1.012 side by side).
    __attribute__((always_inline)) std::size_t prefix(std::string_view text) const noexcept {
        if (!may_start(text)) return npos;
        const char* p = text.data();
        const char32_t c = decode(p, text.data() + text.size());
        return first_match(first_, c, [&](std::string_view w) {
            return text.size() >= w.size() && same(text.data(), w);
        });
    }
    /// Index (in list order) of the first word `text` ends with, or npos.
    __attribute__((always_inline)) std::size_t suffix(std::string_view text) const noexcept {
        if (!may_end(text)) return npos;
        const char32_t c = decode_before(text.data(), text.data() + text.size());
        return first_match(last_, c, [&](std::string_view w) {
            return text.size() >= w.size() && same(text.data() + text.size() - w.size(), w);
        });
    }
    /// The longest word `text` starts with (its size), or 0.
    std::size_t longest_prefix(std::string_view text) const noexcept {
        if (!may_start(text)) return 0;
        const char* p = text.data();
        const char32_t c = decode(p, text.data() + text.size());
        std::size_t best = 0;
        const Bucket b = first_.buckets[c & kMask];
        for (std::uint32_t k = b.begin; k < b.end; ++k) {
            if (first_.keys[k].c != c) continue;
            const std::string_view w = words_[first_.keys[k].word];
            if (text.size() >= w.size() && same(text.data(), w)) best = std::max(best, w.size());
        }
        return best;
    }
    __attribute__((always_inline)) bool starts_any(std::string_view text) const noexcept {
        return prefix(text) != npos;
    }
    __attribute__((always_inline)) bool ends_any(std::string_view text) const noexcept {
        return suffix(text) != npos;
    }
    std::string_view operator[](std::size_t i) const noexcept { return words_[i]; }
    std::size_t size() const noexcept { return words_.size(); }

private:
    // Before any decoding, two bytes turn away most texts: a word can start the text only
    // if the text's bytes at `probe_` and `probe_ + 1` are those of one of the words, and end
    // it only if its last two bytes are (one byte where a word has only one). For a Han
    // character these are the low twelve bits of its code point: the metrics and clauses
    // looked up seldom start or end with a word of a list, and most look-ups ended only
    // after decoding a character and probing its bucket. A 4,096-bit set per end.
    static constexpr std::size_t kKeys = 4096;
    struct KeySet {
        std::uint64_t bits[kKeys / 64] = {};
        void add(unsigned k) noexcept { bits[k >> 6] |= std::uint64_t{1} << (k & 63); }
        bool has(unsigned k) const noexcept { return bits[k >> 6] >> (k & 63) & 1u; }
    };
    // The key of bytes a (first) and b: six bits of each, all of a when it is alone.
    static unsigned key(unsigned char a, unsigned char b) noexcept {
        return (static_cast<unsigned>(a & 0x3Fu) << 6) | (b & 0x3Fu);
    }
    static unsigned key(unsigned char a) noexcept { return a; }
    // Exact: false only where no word can match (the tests compare with a loop).
    bool may_start(std::string_view text) const noexcept {
        if (text.size() < start_bytes_) return false;  // shorter than every word
        const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + probe_;
        return start_keys_.has(two_bytes_ ? key(b[0], b[1]) : key(b[0]));
    }
    bool may_end(std::string_view text) const noexcept {
        if (text.size() < end_bytes_) return false;
        const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + text.size();
        return end_keys_.has(two_bytes_ ? key(b[-2], b[-1]) : key(b[-1]));
    }

    // Words are found through their first (or last) code point modulo kBuckets: the
    // bucket gives the range of keys to look at, nearly always empty or one or two words.
    // A binary search per look-up cost more than the comparisons it led to.
    static constexpr std::uint32_t kBuckets = 1024;
    static constexpr std::uint32_t kMask = kBuckets - 1;
    struct Key {
        char32_t c;
        std::uint32_t word;
    };
    struct Bucket {
        std::uint16_t begin = 0, end = 0;  // the lists hold tens of words, never 65,536
    };
    struct Index {
        std::vector<Key> keys;  // by bucket, then list order
        std::vector<Bucket> buckets = std::vector<Bucket>(kBuckets);
    };

    // Inline byte comparison: the words are a few bytes long, shorter than a call.
    static bool same(const char* text, std::string_view w) noexcept {
        for (std::size_t i = 0; i < w.size(); ++i)
            if (text[i] != w[i]) return false;
        return true;
    }

    void index() {
        index_keys();
        for (std::size_t i = 0; i < words_.size(); ++i) {
            const std::string_view w = words_[i];
            if (w.empty()) continue;
            const char* p = w.data();
            const char32_t first = decode(p, w.data() + w.size());
            const char32_t last = decode_before(w.data(), w.data() + w.size());
            first_.keys.push_back({first, static_cast<std::uint32_t>(i)});
            last_.keys.push_back({last, static_cast<std::uint32_t>(i)});
        }
        seal(first_);
        seal(last_);
    }
    // The byte filters. At the start: the second and third bytes (a leading Han
    // character's low twelve bits) when every word has three, else the first one or two;
    // at the end: the last two bytes, or the last one when a word has only one.
    void index_keys() {
        std::size_t shortest = static_cast<std::size_t>(-1);
        for (std::string_view w : words_)
            if (!w.empty()) shortest = std::min(shortest, w.size());
        if (shortest == static_cast<std::size_t>(-1)) {  // no word: nothing matches
            start_bytes_ = end_bytes_ = static_cast<std::size_t>(-1);
            return;
        }
        two_bytes_ = shortest >= 2;
        probe_ = shortest >= 3 ? 1 : 0;
        end_bytes_ = two_bytes_ ? 2 : 1;
        start_bytes_ = probe_ + end_bytes_;
        for (std::string_view w : words_) {
            if (w.empty()) continue;
            const auto* b = reinterpret_cast<const unsigned char*>(w.data());
            start_keys_.add(two_bytes_ ? key(b[probe_], b[probe_ + 1]) : key(b[probe_]));
            const auto* e = b + w.size();
            end_keys_.add(two_bytes_ ? key(e[-2], e[-1]) : key(e[-1]));
        }
    }
    static void seal(Index& x) {
        // Stable: within one bucket the words keep their list order.
        std::stable_sort(x.keys.begin(), x.keys.end(), [](const Key& a, const Key& b) {
            return (a.c & kMask) < (b.c & kMask);
        });
        for (std::size_t k = 0; k < x.keys.size(); ++k) {
            Bucket& b = x.buckets[x.keys[k].c & kMask];
            if (b.begin == b.end) b.begin = static_cast<std::uint16_t>(k);
            b.end = static_cast<std::uint16_t>(k + 1);
        }
    }

    template <class Match>
    std::size_t first_match(const Index& x, char32_t c, Match match) const noexcept {
        const Bucket b = x.buckets[c & kMask];
        for (std::uint32_t k = b.begin; k < b.end; ++k)
            if (x.keys[k].c == c && match(words_[x.keys[k].word])) return x.keys[k].word;
        return npos;
    }

    std::vector<std::string_view> words_;
    Index first_, last_;
    KeySet start_keys_, end_keys_;
    std::size_t probe_ = 0, start_bytes_ = 1, end_bytes_ = 1;
    bool two_bytes_ = false;  // keys of two bytes (every word has two or more)
};

}  // namespace govreport::util

#endif
