// PlaceIndex: the longest place name (of one report's nearby divisions) at a position of the text.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_PLACE_INDEX_HPP
#define GOVREPORT_EXTRACT_PLACE_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "util/char_set.hpp"

namespace govreport::extract {

/// Place names a report may write bare before an organ (its province, prefecture, county,
/// their neighbours and every province), each with an id. Built once per parse from names
/// that live in the compiled-in gazetteer, so it stores views, not copies: a few hundred
/// entries and one sort, instead of the thousands of node allocations of a symbol trie,
/// which had made small reports a third slower per byte than large ones (issue 6).
class PlaceIndex {
public:
    /// Adds `name` (which must outlive the index) with `id`. A name added twice keeps its
    /// first id. Call seal() after the last add().
    void add(std::string_view name, int id);
    void seal();

    /// The longest name `text` starts with: its id and size in bytes.
    bool match(std::string_view text, int& id, std::size_t& bytes) const noexcept;
    /// The same, for a caller that has decoded the first code point of `text` (0 when
    /// `text` is empty).
    bool match(std::string_view text, char32_t first, int& id, std::size_t& bytes) const noexcept;
    /// False when no name starts with `first`: the test match() makes first, for callers
    /// that ask at many positions (inline: most answers are no).
    bool may_start(char32_t first) const noexcept { return firsts_.contains(first); }

private:
    struct Entry {
        char32_t first;  // first code point: the key the entries are grouped by
        std::string_view name;
        int id;
        std::size_t order;  // insertion order, for "the first id wins"
    };
    static constexpr char32_t kMask = 1023;  // buckets by first code point mod 1024
    struct Bucket {
        std::uint32_t begin = 0, end = 0;
    };
    std::vector<Entry> entries_;
    std::vector<Bucket> buckets_;  // ranges of entries_, filled by seal()
    util::CharSet firsts_;  // the first characters of all names: most positions stop here
};

}  // namespace govreport::extract

#endif
