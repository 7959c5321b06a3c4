// Definitions of the numeral rules. Examples:
//   arabic_numeral: "995" → "995", "1,487" → "1487", "8122.21" → "8122.21", "１２３" → "123",
//                   "94.6" (not "94." in "94.万"), never the "3" of "3,4,5" (a comma list)
//   chinese_number: "五" → 5, "十四" → 14, "一百零五" → 105, "两千三百" → 2300, "〇" → 0,
//                   "一万五千" → 15000, "十万零五百" → 100500 ("十万" alone is 十 + scale 万)
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_NUMERAL_DEF_HPP
#define GOVREPORT_GRAMMAR_NUMERAL_DEF_HPP

#include <boost/fusion/include/at_c.hpp>
#include <boost/optional.hpp>

#include "grammar/numeral.hpp"
#include "grammar/ordinal.hpp"

namespace govreport::grammar {

namespace numeral_detail {

namespace ascii = x3::ascii;

// Full-width digits and stop fold to ASCII in the attribute (value_text is ASCII).
struct fullwidth_digit_table : x3::symbols<char> {
    fullwidth_digit_table() {
        add("０", '0')("１", '1')("２", '2')("３", '3')("４", '4')("５", '5')("６", '6')(
            "７", '7')("８", '8')("９", '9');
    }
};
inline const fullwidth_digit_table fullwidth_digit;

const auto digit = ascii::digit | fullwidth_digit;
const auto decimal_point = x3::lit('.') >> x3::attr('.') | x3::lit("．") >> x3::attr('.');
// A thousands group: exactly three digits after the comma, then no further digit.
const auto thousands_group = x3::omit[x3::lit(',')] >> x3::repeat(3)[digit] >> !digit;

struct chinese_digit_table : x3::symbols<int> {
    chinese_digit_table() {
        add("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)(
            "九", 9);
    }
};
inline const chinese_digit_table chinese_digit;
const auto zero = x3::lit("零") | x3::lit("〇");

const chinese_ordinal_type below_thousand{"chinese_ordinal"};

// d千[零][below_thousand]: 两千 → 2000, 两千三百 → 2300, 一千零五 → 1005.
const auto thousands_action = [](auto& ctx) {
    using boost::fusion::at_c;
    const auto& a = x3::_attr(ctx);
    x3::_val(ctx) = at_c<0>(a) * 1000 + (at_c<1>(a) ? *at_c<1>(a) : 0);
};
x3::rule<struct chinese_thousands_class, int> const thousands = "chinese_thousands";
const auto thousands_def =
    (chinese_digit >> x3::lit("千") >> -(-zero >> below_thousand))[thousands_action];
x3::rule<struct chinese_zero_class, int> const zero_number = "chinese_zero";
const auto zero_number_def = zero >> x3::attr(0);
// Groups below 万 (0–9999), then 万 and 亿 groups built from them. A group needs something
// after its 万 or 亿 (一万五千 → 15000): a bare 十二万 is 12 with the scale word 万, as
// 12万 is, so the quantity grammar reads both alike. Each group is read once and then
// extended (yi_group | wan_group | below_wan read "三项" three times over, issue 6).
x3::rule<struct below_wan_class, double> const below_wan = "below_wan";
const auto below_wan_def = thousands | below_thousand | zero_number;
const auto set_group = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const auto extend_group = [](double unit) {
    return [unit](auto& ctx) { x3::_val(ctx) = x3::_val(ctx) * unit + x3::_attr(ctx); };
};
// below_wan [万 [零] below_wan]
x3::rule<struct below_yi_class, double> const below_yi = "below_yi";
const auto below_yi_def =
    below_wan[set_group] >> -(x3::lit("万") >> -zero >> below_wan)[extend_group(1e4)];
BOOST_SPIRIT_DEFINE(thousands, zero_number, below_wan, below_yi)

}  // namespace numeral_detail

arabic_numeral_type const arabic_numeral_rule = "arabic_numeral";
chinese_number_type const chinese_number_rule = "chinese_number";

const auto arabic_numeral_rule_def =
    x3::raw[+numeral_detail::digit >> *numeral_detail::thousands_group >>
            -(numeral_detail::decimal_point >> +numeral_detail::digit)];
// below_wan [亿 [零] below_yi | 万 [零] below_wan]
const auto chinese_number_rule_def =
    numeral_detail::below_wan[numeral_detail::set_group] >>
    -((x3::lit("亿") >> -numeral_detail::zero >> numeral_detail::below_yi)[numeral_detail::extend_group(1e8)] |
      (x3::lit("万") >> -numeral_detail::zero >> numeral_detail::below_wan)[numeral_detail::extend_group(1e4)]);

BOOST_SPIRIT_DEFINE(arabic_numeral_rule, chinese_number_rule)

}  // namespace govreport::grammar

#endif
