// The table of units and classifiers a quantity may carry, and of the scale words.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_UNITS_HPP
#define GOVREPORT_GRAMMAR_UNITS_HPP

#include <cstddef>
#include <string_view>

#include <govreport/entities.hpp>

namespace govreport::grammar {

/// One unit as written and what it means.
struct unit_info {
    std::string_view surface;  ///< as written: "场次", "个百分点", "％"
    std::string_view unit;     ///< canonical: "场次", "percentage_point", "%"
    IndicatorKind kind;
    bool arabic_only;          ///< 十分 ("very") is no score, 二期 (phase two) no count
};

/// All units, in no particular order (the grammar takes the longest match).
const unit_info* unit_table(std::size_t& count) noexcept;

}  // namespace govreport::grammar

#endif
