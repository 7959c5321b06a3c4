// PlaceIndex: entries grouped by first code point; a match compares only names of one group.
// SPDX-License-Identifier: MIT
#include "extract/place_index.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "util/utf8.hpp"

namespace govreport::extract {

namespace {
char32_t first_code_point(std::string_view s) noexcept {
    const char* p = s.data();
    return s.empty() ? 0 : util::decode(p, s.data() + s.size());
}

// Whether the `n` bytes at `a` and `b` are equal, for n ≥ 4 (a name has two characters at
// least): compared as words, the last one overlapping the one before (a byte at a time,
// the loop over a name's bytes was two fifths of a match).
bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    if (n < 8) {
        std::uint32_t x, y, u, v;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        std::memcpy(&u, a + n - 4, 4);
        std::memcpy(&v, b + n - 4, 4);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    for (std::size_t i = 0; i + 8 < n; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y) return false;
    }
    std::uint64_t x, y;
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
}
}  // namespace

void PlaceIndex::add(std::string_view name, int id) {
    if (name.empty()) return;
    entries_.push_back({first_code_point(name), name, id, entries_.size()});
    firsts_.add(entries_.back().first);
}

void PlaceIndex::seal() {
    // By bucket of the first character, the character, the longest name first (match()
    // stops at the first name that fits: the longest), the name, then insertion order;
    // then one entry per name (equal names are neighbours: same character and size).
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        if ((a.first & kMask) != (b.first & kMask)) return (a.first & kMask) < (b.first & kMask);
        if (a.first != b.first) return a.first < b.first;
        if (a.name.size() != b.name.size()) return a.name.size() > b.name.size();
        if (a.name != b.name) return a.name < b.name;
        return a.order < b.order;
    });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const Entry& a, const Entry& b) { return a.name == b.name; }),
                   entries_.end());
    buckets_.assign(kMask + 1, Bucket{});
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        Bucket& b = buckets_[entries_[i].first & kMask];
        if (b.begin == b.end) b.begin = static_cast<std::uint32_t>(i);
        b.end = static_cast<std::uint32_t>(i + 1);
    }
}

bool PlaceIndex::match(std::string_view text, int& id, std::size_t& bytes) const noexcept {
    return match(text, first_code_point(text), id, bytes);
}

bool PlaceIndex::match(std::string_view text, char32_t first, int& id,
                       std::size_t& bytes) const noexcept {
    if (!firsts_.contains(first) || buckets_.empty()) return false;
    // The bucket of the first character: its names and the few of other characters
    // that share it (a binary search over all names cost more than the comparisons).
    const Bucket b = buckets_[first & kMask];
    for (std::uint32_t k = b.begin; k < b.end; ++k) {
        const Entry& e = entries_[k];
        const std::string_view n = e.name;
        if (e.first != first || n.size() > text.size()) continue;
        // The names of one character share their first bytes: the last byte tells most of
        // them apart, then the rest is compared inline (a name is a few bytes, less than a
        // call to memcmp, which was half the cost of a match).
        if (n.back() != text[n.size() - 1]) continue;
        if (n.size() < 4 ? n != text.substr(0, n.size()) : !same_bytes(n.data(), text.data(), n.size()))
            continue;
        // The longest of the character's names that fits (they come longest first).
        id = e.id;
        bytes = n.size();
        return true;
    }
    bytes = 0;
    return false;
}

}  // namespace govreport::extract
