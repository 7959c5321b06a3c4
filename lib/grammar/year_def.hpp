// Definition of the year rule. Accepts "2024年", "2024 年", "2024年度", "２０２４年", "二〇二四年".
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_YEAR_DEF_HPP
#define GOVREPORT_GRAMMAR_YEAR_DEF_HPP

#include "grammar/marker_rules.hpp"
#include "grammar/year.hpp"

namespace govreport::grammar {

namespace year_detail {

struct fullwidth_digit_table : x3::symbols<int> {
    fullwidth_digit_table() {
        add("０", 0)("１", 1)("２", 2)("３", 3)("４", 4)("５", 5)("６", 6)("７", 7)("８", 8)(
            "９", 9);
    }
};
inline const fullwidth_digit_table fullwidth_digit;

// Years written digit by digit in Chinese numerals, as dates under a signature often are
// (二〇二四年三月一日; the white circle ○, the letter O and its full-width Ｏ stand for 〇
// in many texts).
struct chinese_digit_table : x3::symbols<int> {
    chinese_digit_table() {
        add("〇", 0)("○", 0)("O", 0)("Ｏ", 0)("零", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)(
            "七", 7)("八", 8)("九", 9);
    }
};
inline const chinese_digit_table chinese_digit;

const auto fold_digits = [](auto& ctx) {
    int v = 0;
    for (int d : x3::_attr(ctx)) v = v * 10 + d;
    x3::_val(ctx) = v;
};
// Named rules with an int attribute each: X3 mis-deduces the attribute of an alternative
// between a bare sequence and an action-decorated repeat (STYLE.md pitfall 14).
x3::rule<struct ascii_year_class, int> const ascii_year = "ascii_year";
const auto ascii_year_def = x3::uint_parser<int, 10, 4, 4>{} >> !x3::ascii::digit;
x3::rule<struct fullwidth_year_class, int> const fullwidth_year = "fullwidth_year";
const auto fullwidth_year_def = x3::repeat(4)[fullwidth_digit][fold_digits] >> !fullwidth_digit;
// Only a plausible year: four numerals in a row are otherwise a name or a list (一二三四).
const auto fold_chinese_year = [](auto& ctx) {
    int v = 0;
    for (int d : x3::_attr(ctx)) v = v * 10 + d;
    x3::_val(ctx) = v;
    x3::_pass(ctx) = v >= 1900 && v <= 2199;
};
x3::rule<struct chinese_year_class, int> const chinese_year = "chinese_year";
const auto chinese_year_def = x3::repeat(4)[chinese_digit][fold_chinese_year] >> !chinese_digit;
BOOST_SPIRIT_DEFINE(ascii_year, fullwidth_year, chinese_year)
const marker_space_type space{"marker_space"};

}  // namespace year_detail

year_number_type const year_number_rule = "year_number";
const auto year_number_rule_def =
    year_detail::ascii_year | year_detail::fullwidth_year | year_detail::chinese_year;
year_type const year_rule = "year";
const auto year_rule_def = year_number_rule >> year_detail::space >> x3::lit("年");
BOOST_SPIRIT_DEFINE(year_number_rule, year_rule)

}  // namespace govreport::grammar

#endif
