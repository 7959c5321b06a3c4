// Definition of the Chinese numeral rule. Accepts, for example:
//   "三" → 3, "十一" → 11, "二十" → 20, "九十九" → 99, "一百零五" → 105, "两百" → 200.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_ORDINAL_DEF_HPP
#define GOVREPORT_GRAMMAR_ORDINAL_DEF_HPP

#include <boost/fusion/include/at_c.hpp>
#include <boost/optional.hpp>

#include "grammar/ordinal.hpp"

namespace govreport::grammar {

namespace ordinal_detail {

// Digits 1–9; 两 is the form used before classifiers and 百 (两百), never alone as an
// ordinal, but accepting it costs nothing.
struct digit_table : x3::symbols<int> {
    digit_table() {
        add("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)(
            "九", 9);
    }
};
inline const digit_table digit;

const auto zero = x3::lit("零") | x3::lit("〇");

// The forms are read from their first character on, never tried one after the other: as
// hundreds | tens | digit, "三项" read its 三 three times (issue 6).
const auto set_digit = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
// After d: 十[u] → d×10 + u (二十 → 20, 二十三 → 23).
const auto tens_after_digit = [](auto& ctx) {
    const auto& u = x3::_attr(ctx);
    x3::_val(ctx) = x3::_val(ctx) * 10 + (u ? *u : 0);
};
// 十[u] alone: 十 → 10, 十三 → 13.
const auto tens_alone = [](auto& ctx) {
    const auto& u = x3::_attr(ctx);
    x3::_val(ctx) = 10 + (u ? *u : 0);
};
// What may follow 百: 零五 → 5, 一十 → 10, 二十三 → 23, 十 → 10.
x3::rule<struct after_hundred_class, int> const after_hundred = "after_hundred";
x3::rule<struct tens_class, int> const tens = "tens";
const auto tens_def = digit[set_digit] >> (x3::lit("十") >> -digit)[tens_after_digit] |
                      (x3::lit("十") >> -digit)[tens_alone];
const auto after_hundred_def = (zero >> digit) | tens;
// After d: 百[after_hundred] → d×100 + x (一百 → 100, 一百零五 → 105, 一百一十 → 110).
const auto hundreds_after_digit = [](auto& ctx) {
    const auto& x = x3::_attr(ctx);
    x3::_val(ctx) = x3::_val(ctx) * 100 + (x ? *x : 0);
};
BOOST_SPIRIT_DEFINE(tens, after_hundred)

}  // namespace ordinal_detail

struct chinese_ordinal_class;
chinese_ordinal_type const chinese_ordinal_rule = "chinese_ordinal";

// d百[x] | d十[u] | d | 十[u].
const auto chinese_ordinal_rule_def =
    ordinal_detail::digit[ordinal_detail::set_digit] >>
        -((x3::lit("百") >> -ordinal_detail::after_hundred)[ordinal_detail::hundreds_after_digit] |
          (x3::lit("十") >> -ordinal_detail::digit)[ordinal_detail::tens_after_digit]) |
    (x3::lit("十") >> -ordinal_detail::digit)[ordinal_detail::tens_alone];
BOOST_SPIRIT_DEFINE(chinese_ordinal_rule)

}  // namespace govreport::grammar

#endif
