// Declaration of the quantity rules and the recogniser of one quantity at a position.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_QUANTITY_HPP
#define GOVREPORT_GRAMMAR_QUANTITY_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <govreport/entities.hpp>

#include "grammar/config.hpp"

namespace govreport::grammar {

struct unit_rule_class;
struct scale_rule_class;
struct approx_suffix_class;
struct qualifier_suffix_class;
struct range_separator_class;
using unit_rule_type = x3::rule<unit_rule_class, int>;  // index into unit_table()
using scale_rule_type = x3::rule<scale_rule_class, double>;
using approx_suffix_type = x3::rule<approx_suffix_class>;
using qualifier_suffix_type = x3::rule<qualifier_suffix_class, int>;  // a Qualifier value
using range_separator_type = x3::rule<range_separator_class>;
BOOST_SPIRIT_DECLARE(unit_rule_type, scale_rule_type, approx_suffix_type, qualifier_suffix_type,
                     range_separator_type)

/// One quantity as the grammar reads it, before context (qualifier words in front,
/// change verbs, metric) is added by the extractor.
struct quantity_match {
    double value = 0;
    std::string value_text;           ///< "8122.21", "1/3", "3.78:1"
    bool chinese = false;
    std::optional<double> value_max;  ///< upper end of a range: 10-20人
    double scale = 1;                 ///< 1e4 for 万, 1e8 for 亿
    double normalized = 0;            ///< value × scale, computed from the decimal text
    std::string unit;                 ///< canonical unit, "" when only a scale word follows
    IndicatorKind kind = IndicatorKind::count;
    Qualifier qualifier = Qualifier::none;  ///< from 余/多/以上/以下/左右 after the number
    std::size_t number_bytes = 0;     ///< the numeral (and its range) only
    std::size_t bytes = 0;            ///< everything up to the end of the last suffix
};

/// Reads a quantity at the start of `text`: [百分之] numeral [分之 numeral | : numeral]
/// [- numeral] [万|亿] [余|多] [unit] [以上|以下|左右|以内]. A quantity needs a unit, a
/// percent sign or a scale word; a Chinese numeral needs a unit. False when there is none.
bool parse_quantity(std::string_view text, quantity_match& out);

}  // namespace govreport::grammar

#endif
