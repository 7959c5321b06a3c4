// Definitions of the quantity rules. Examples:
//   unit: "件" "场次" "个百分点" "％" "万元" is read as scale 万 + unit 元
//   scale: "万" "亿" "千万"        approx_suffix: "余" "多"
//   qualifier_suffix: "以上" "以下" "以内" "左右" "上下"    range_separator: "-" "—" "至" "～"
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_QUANTITY_DEF_HPP
#define GOVREPORT_GRAMMAR_QUANTITY_DEF_HPP

#include "grammar/quantity.hpp"
#include "grammar/units.hpp"

namespace govreport::grammar {

namespace quantity_detail {

struct unit_symbols : x3::symbols<int> {
    unit_symbols() {
        std::size_t n = 0;
        const unit_info* table = unit_table(n);
        for (std::size_t i = 0; i < n; ++i)
            add(std::string(table[i].surface), static_cast<int>(i));
    }
};
inline const unit_symbols unit_words;

struct scale_symbols : x3::symbols<double> {
    scale_symbols() { add("万", 1e4)("亿", 1e8)("千万", 1e7)("百万", 1e6)("万亿", 1e12); }
};
inline const scale_symbols scale_words;

struct qualifier_symbols : x3::symbols<int> {
    qualifier_symbols() {
        add("以上", static_cast<int>(Qualifier::at_least))("以下", static_cast<int>(Qualifier::at_most))(
            "以内", static_cast<int>(Qualifier::at_most))("左右", static_cast<int>(Qualifier::approx))(
            "上下", static_cast<int>(Qualifier::approx));
    }
};
inline const qualifier_symbols qualifier_words;

}  // namespace quantity_detail

unit_rule_type const unit_rule = "unit";
scale_rule_type const scale_rule = "scale";
approx_suffix_type const approx_suffix_rule = "approx_suffix";
qualifier_suffix_type const qualifier_suffix_rule = "qualifier_suffix";
range_separator_type const range_separator_rule = "range_separator";

const auto unit_rule_def = quantity_detail::unit_words;
const auto scale_rule_def = quantity_detail::scale_words;
const auto approx_suffix_rule_def = x3::lit("余") | x3::lit("多");
const auto qualifier_suffix_rule_def = quantity_detail::qualifier_words;
const auto range_separator_rule_def = x3::lit('-') | x3::lit("—") | x3::lit("–") | x3::lit("－") |
                                      x3::lit('~') | x3::lit("～") | x3::lit("至") | x3::lit("到");

BOOST_SPIRIT_DEFINE(unit_rule, scale_rule, approx_suffix_rule, qualifier_suffix_rule,
                    range_separator_rule)

}  // namespace govreport::grammar

#endif
