// PlaceIndex: entries grouped by first code point; a match compares only names of one group.
// SPDX-License-Identifier: MIT
#include "extract/place_index.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace govreport::extract {

namespace {
char32_t first_code_point(std::string_view s) noexcept {
    const char* p = s.data();
    return s.empty() ? 0 : util::decode(p, s.data() + s.size());
}
}  // namespace

void PlaceIndex::add(std::string_view name, int id) {
    if (name.empty()) return;
    entries_.push_back({first_code_point(name), name, id, entries_.size()});
    firsts_.add(entries_.back().first);
}

void PlaceIndex::seal() {
    // By first character, then name, then insertion order; then one entry per name.
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        if (a.first != b.first) return a.first < b.first;
        if (a.name != b.name) return a.name < b.name;
        return a.order < b.order;
    });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const Entry& a, const Entry& b) { return a.name == b.name; }),
                   entries_.end());
}

bool PlaceIndex::match(std::string_view text, int& id, std::size_t& bytes) const noexcept {
    const char32_t first = first_code_point(text);
    if (!firsts_.contains(first)) return false;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), first,
                               [](const Entry& e, char32_t c) { return e.first < c; });
    std::size_t best = 0;
    for (; it != entries_.end() && it->first == first; ++it) {
        const std::string_view n = it->name;
        if (n.size() > best && text.size() >= n.size() && text.compare(0, n.size(), n) == 0) {
            best = n.size();
            id = it->id;
        }
    }
    bytes = best;
    return best != 0;
}

}  // namespace govreport::extract
