// item_id: the model's item ids ("i1", "b12", …) without a format string per item.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_ITEM_ID_HPP
#define GOVREPORT_UTIL_ITEM_ID_HPP

#include <cstddef>
#include <string>

#include <fmt/format.h>

namespace govreport::util {

/// `prefix` followed by the decimal `n`: what fmt::format("i{}", n) gives, through
/// fmt::format_int (an indicator id per number cost more than its grammar: issue 6).
inline std::string item_id(char prefix, std::size_t n) {
    const fmt::format_int digits(n);
    std::string id(1, prefix);
    id.append(digits.data(), digits.size());
    return id;
}

}  // namespace govreport::util

#endif
