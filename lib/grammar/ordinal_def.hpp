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

// [d]十[d]: 十 → 10, 十三 → 13, 二十 → 20, 二十三 → 23.
const auto tens_action = [](auto& ctx) {
    using boost::fusion::at_c;
    const auto& a = x3::_attr(ctx);
    const int t = at_c<0>(a) ? *at_c<0>(a) : 1;
    const int u = at_c<1>(a) ? *at_c<1>(a) : 0;
    x3::_val(ctx) = t * 10 + u;
};
x3::rule<struct tens_class, int> const tens = "tens";
const auto tens_def = (-digit >> x3::lit("十") >> -digit)[tens_action];

// What may follow 百: 零五 → 5, 一十 → 10, 二十三 → 23.
x3::rule<struct after_hundred_class, int> const after_hundred = "after_hundred";
const auto after_hundred_def = (zero >> digit) | tens;

// d百[零d | tens]: 一百 → 100, 一百零五 → 105, 一百一十 → 110.
const auto hundreds_action = [](auto& ctx) {
    using boost::fusion::at_c;
    const auto& a = x3::_attr(ctx);
    x3::_val(ctx) = at_c<0>(a) * 100 + (at_c<1>(a) ? *at_c<1>(a) : 0);
};
x3::rule<struct hundreds_class, int> const hundreds = "hundreds";
const auto hundreds_def =
    (digit >> x3::lit("百") >> -after_hundred)[hundreds_action];

BOOST_SPIRIT_DEFINE(tens, after_hundred, hundreds)

}  // namespace ordinal_detail

struct chinese_ordinal_class;
chinese_ordinal_type const chinese_ordinal_rule = "chinese_ordinal";
const auto chinese_ordinal_rule_def =
    ordinal_detail::hundreds | ordinal_detail::tens | ordinal_detail::digit;
BOOST_SPIRIT_DEFINE(chinese_ordinal_rule)

}  // namespace govreport::grammar

#endif
