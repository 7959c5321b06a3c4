// count_up_to: std::upper_bound for look-ups that come in order, by stepping from the last answer.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_FORWARD_COUNT_HPP
#define GOVREPORT_UTIL_FORWARD_COUNT_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace govreport::util {

/// How many of `list`'s items, sorted by key(item), have a key at or before `at`: what
/// std::upper_bound answers. `seen` is the answer for the previous look-up (0 for the
/// first). Keys looked up in document order (indicators against the parts and periods
/// before them) step forward from it, a step or two instead of a binary search; a key
/// that went back searches anew. Exact in every order.
template <class Key>
std::size_t count_up_to(const std::vector<std::size_t>& list, std::size_t seen, std::uint64_t at,
                        Key key) {
    if (seen > list.size() || (seen > 0 && key(list[seen - 1]) > at))
        seen = static_cast<std::size_t>(
            std::upper_bound(list.begin(), list.end(), at,
                             [&](std::uint64_t x, std::size_t i) { return x < key(i); }) -
            list.begin());
    while (seen < list.size() && key(list[seen]) <= at) ++seen;
    return seen;
}

}  // namespace govreport::util

#endif
