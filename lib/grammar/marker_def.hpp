// Definitions of the structure-marker rules. Examples each rule accepts:
//   chinese_comma: "一、" "十二、" "三．" "四." "五，"      chinese_paren: "（一）" "(二)" "（ 三 ）"
//   arabic_dot:    "1." "12．" "3、" (not "2.8", a decimal)  arabic_paren: "（1）" "(12)"
//   circled:       "①" … "⑳"                                enumeration:  "一是" "十二是"
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_MARKER_DEF_HPP
#define GOVREPORT_GRAMMAR_MARKER_DEF_HPP

#include "grammar/marker_rules.hpp"
#include "grammar/ordinal.hpp"

namespace govreport::grammar {

namespace marker_detail {

namespace ascii = x3::ascii;

// Full- and half-width brackets: PDF extraction and hand typing mix them freely.
const auto open_paren = x3::lit("（") | x3::lit("(");
const auto close_paren = x3::lit("）") | x3::lit(")");
const auto inner_space = *(x3::lit(' ') | x3::lit("\u3000"));

// The separator after 一: 顿号 is the standard; the others are common slips.
const auto comma_separator = x3::lit("、") | x3::lit("．") | x3::lit('.') | x3::lit("，");
// After 1: a stop (half- or full-width) or a 顿号; ASCII ',' is too often a list.
const auto dot_separator = x3::lit('.') | x3::lit("．") | x3::lit("、");

// Arabic ordinals are 1–3 digits: longer runs are years (2024.) or amounts.
const auto arabic_number = x3::uint_parser<int, 10, 1, 3>{};

struct circled_table : x3::symbols<int> {
    circled_table() {
        add("①", 1)("②", 2)("③", 3)("④", 4)("⑤", 5)("⑥", 6)("⑦", 7)("⑧", 8)("⑨", 9)(
            "⑩", 10)("⑪", 11)("⑫", 12)("⑬", 13)("⑭", 14)("⑮", 15)("⑯", 16)("⑰", 17)(
            "⑱", 18)("⑲", 19)("⑳", 20);
    }
};
inline const circled_table circled;

// A handle on the numeral rule defined and instantiated in ordinal.cpp: X3 finds the
// definition by the rule's ID type, so a local copy avoids cross-TU static init order.
const chinese_ordinal_type numeral{"chinese_ordinal"};

}  // namespace marker_detail

using namespace marker_detail;

chinese_comma_marker_type const chinese_comma_marker_rule = "chinese_comma_marker";
chinese_paren_marker_type const chinese_paren_marker_rule = "chinese_paren_marker";
arabic_dot_marker_type const arabic_dot_marker_rule = "arabic_dot_marker";
arabic_paren_marker_type const arabic_paren_marker_rule = "arabic_paren_marker";
circled_marker_type const circled_marker_rule = "circled_marker";
enumeration_marker_type const enumeration_marker_rule = "enumeration_marker";
marker_space_type const marker_space_rule = "marker_space";

const auto chinese_comma_marker_rule_def = numeral >> comma_separator;
const auto chinese_paren_marker_rule_def =
    open_paren >> inner_space >> numeral >> inner_space >> close_paren;
// "2.8万" and "3.78:1" start with digits and a dot too: a digit after the dot means a
// decimal number, never a marker.
const auto arabic_dot_marker_rule_def = arabic_number >> dot_separator >> !ascii::digit;
const auto arabic_paren_marker_rule_def =
    open_paren >> inner_space >> arabic_number >> inner_space >> close_paren;
const auto circled_marker_rule_def = circled;
const auto enumeration_marker_rule_def = numeral >> x3::lit("是");
const auto marker_space_rule_def =
    *(ascii::blank | x3::lit("\u3000") | x3::lit("\u00A0"));

BOOST_SPIRIT_DEFINE(chinese_comma_marker_rule, chinese_paren_marker_rule,
                    arabic_dot_marker_rule, arabic_paren_marker_rule, circled_marker_rule,
                    enumeration_marker_rule, marker_space_rule)

}  // namespace govreport::grammar

#endif
