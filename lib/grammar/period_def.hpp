// Definition of the period rule. Examples it accepts:
//   "2024 年" "2024年度" "2021-2025 年" "2021—2025年" "2021至2025年" "2021年至2025年"
//   "2025年2月6日" "2025年2月" "2024年上半年" "2024 上半年" "2024年一季度" "2024年底"
//   "2月6日" "1月底" "1-11月" "第一季度" "前三季度" "上半年" "今年" "全年" "去年底" "明年"
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_PERIOD_DEF_HPP
#define GOVREPORT_GRAMMAR_PERIOD_DEF_HPP

#include <boost/fusion/include/at_c.hpp>
#include <boost/optional.hpp>

#include "grammar/marker_rules.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/period.hpp"
#include "grammar/year.hpp"

namespace govreport::grammar {

namespace period_detail {

using boost::fusion::at_c;
using P = period_ast;

const year_number_type year_number{"year_number"};
const marker_space_type ws{"marker_space"};
const chinese_ordinal_type chinese_number{"chinese_ordinal"};

// Ranges are written with every dash PDF extraction produces, or with 至/到.
const auto range_sep = x3::lit('-') | x3::lit("—") | x3::lit("–") | x3::lit("－") | x3::lit('~') |
                       x3::lit("～") | x3::lit("至") | x3::lit("到");

// Months and days: one or two ASCII digits, or a Chinese numeral (十二月, 二十六日).
x3::rule<struct small_number_class, int> const small_number = "small_number";
const auto small_number_def = (x3::uint_parser<int, 10, 1, 2>{} >> !x3::ascii::digit) | chinese_number;

struct half_table : x3::symbols<int> {
    half_table() { add("上半年", 1)("下半年", 2); }
};
inline const half_table half_word;

struct quarter_table : x3::symbols<int> {
    quarter_table() { add("一", 1)("二", 2)("三", 3)("四", 4)("1", 1)("2", 2)("3", 3)("4", 4); }
};
inline const quarter_table quarter_number;

// Words whose year is the report year plus an offset; the value encodes offset and shape.
enum : int { rel_year = 0, rel_year_end = 100 };
struct relative_table : x3::symbols<int> {
    relative_table() {
        add("今年", rel_year + 0)("全年", rel_year + 0)("本年度", rel_year + 0)("本年", rel_year + 0)(
            "去年", rel_year - 1)("上年", rel_year - 1)("上一年", rel_year - 1)(
            "去年底", rel_year_end - 1)("去年末", rel_year_end - 1)("上年底", rel_year_end - 1)(
            "上年末", rel_year_end - 1)("今年底", rel_year_end + 0)("年底", rel_year_end + 0)(
            "年末", rel_year_end + 0)("明年", rel_year + 1)("下一年度", rel_year + 1)(
            "下年度", rel_year + 1)("来年", rel_year + 1);
    }
};
inline const relative_table relative_word;

const auto year_suffix = x3::lit("年") >> -x3::lit("度");
const auto day_suffix = x3::lit("日") | x3::lit("号");

template <class F>
auto make(F f) {
    return [f](auto& ctx) {
        P p;
        f(p, x3::_attr(ctx));
        x3::_val(ctx) = p;
    };
}

// Each shape is its own rule that builds the whole value in one action at its end, so a
// failed alternative leaves nothing behind (X3 does not roll attributes back).
x3::rule<struct year_range_class, P> const year_range = "year_range";
const auto year_range_def =
    (year_number >> ws >> -x3::lit("年") >> ws >> range_sep >> ws >> year_number >> ws >>
     year_suffix)[make([](P& p, const auto& a) {
        p.shape = P::year_range;
        p.y1 = at_c<0>(a);
        p.y2 = at_c<1>(a);
    })];

x3::rule<struct full_date_class, P> const full_date = "full_date";
const auto full_date_def = (year_number >> ws >> x3::lit("年") >> ws >> small_number >> ws >>
                            x3::lit("月") >> ws >> small_number >> ws >> day_suffix)[make(
    [](P& p, const auto& a) {
        p.shape = P::date;
        p.y1 = at_c<0>(a);
        p.m1 = at_c<1>(a);
        p.d1 = at_c<2>(a);
    })];

x3::rule<struct year_month_class, P> const year_month = "year_month";
const auto year_month_def =
    (year_number >> ws >> x3::lit("年") >> ws >> small_number >> ws >> x3::lit("月") >>
     -(x3::lit("底") | x3::lit("末") | x3::lit("份") | x3::lit("初")))[make([](P& p, const auto& a) {
        p.shape = P::year_month;
        p.y1 = at_c<0>(a);
        p.m1 = at_c<1>(a);
    })];

x3::rule<struct year_half_class, P> const year_half = "year_half";
const auto year_half_def =
    (year_number >> ws >> -x3::lit("年") >> ws >> half_word)[make([](P& p, const auto& a) {
        p.shape = P::half;
        p.y1 = at_c<0>(a);
        p.part = at_c<1>(a);
    })];

x3::rule<struct year_quarter_class, P> const year_quarter = "year_quarter";
const auto year_quarter_def = (year_number >> ws >> x3::lit("年") >> ws >> -x3::lit("第") >>
                               quarter_number >> x3::lit("季度"))[make([](P& p, const auto& a) {
    p.shape = P::quarter;
    p.y1 = at_c<0>(a);
    p.part = at_c<1>(a);
})];

x3::rule<struct year_end_class, P> const year_end = "year_end";
const auto year_end_def =
    (year_number >> ws >> x3::lit("年") >> (x3::lit("底") | x3::lit("末")))[make(
        [](P& p, int y) {
            p.shape = P::year_end;
            p.y1 = y;
        })];

x3::rule<struct plain_year_class, P> const plain_year = "plain_year";
const auto plain_year_def = (year_number >> ws >> year_suffix)[make([](P& p, int y) {
    p.shape = P::year;
    p.y1 = y;
})];

x3::rule<struct month_day_class, P> const month_day = "month_day";
const auto month_day_def =
    (small_number >> ws >> x3::lit("月") >> ws >> small_number >> ws >> day_suffix)[make(
        [](P& p, const auto& a) {
            p.shape = P::date;
            p.m1 = at_c<0>(a);
            p.d1 = at_c<1>(a);
            p.is_relative = true;
        })];

x3::rule<struct month_range_class, P> const month_range = "month_range";
const auto month_range_def =
    (small_number >> ws >> -x3::lit("月") >> range_sep >> small_number >> x3::lit("月") >>
     !x3::lit("份"))[make([](P& p, const auto& a) {
        p.shape = P::month_range;
        p.m1 = at_c<0>(a);
        p.m2 = at_c<1>(a);
        p.is_relative = true;
    })];

x3::rule<struct lone_month_class, P> const lone_month = "lone_month";
const auto lone_month_def =
    (small_number >> ws >> x3::lit("月") >>
     -(x3::lit("底") | x3::lit("末") | x3::lit("份") | x3::lit("初")))[make([](P& p, int m) {
        p.shape = P::month;
        p.m1 = m;
        p.is_relative = true;
    })];

// 第一季度 → 1 … 第四季度 → 4; 前三季度 → -3 (January to September).
x3::rule<struct quarter_code_class, int> const quarter_code = "quarter_code";
const auto quarter_code_def =
    (x3::lit("前三季度") >> x3::attr(-3)) | (-x3::lit("第") >> quarter_number >> x3::lit("季度"));

x3::rule<struct lone_quarter_class, P> const lone_quarter = "lone_quarter";
const auto lone_quarter_def = quarter_code[make([](P& p, int q) {
        p.shape = P::quarter;
        p.part = q;
        p.is_relative = true;
    })];

x3::rule<struct lone_half_class, P> const lone_half = "lone_half";
const auto lone_half_def = half_word[make([](P& p, int h) {
    p.shape = P::half;
    p.part = h;
    p.is_relative = true;
})];

x3::rule<struct relative_class, P> const relative = "relative";
const auto relative_def = relative_word[make([](P& p, int code) {
    const bool end = code >= rel_year_end - 1;
    p.shape = end ? P::year_end : P::year;
    p.relative = end ? code - rel_year_end : code - rel_year;
    p.is_relative = true;
})];

BOOST_SPIRIT_DEFINE(small_number, quarter_code, year_range, full_date, year_month, year_half, year_quarter,
                    year_end, plain_year, month_day, month_range, lone_month, lone_quarter,
                    lone_half, relative)

}  // namespace period_detail

period_type const period_rule = "period";
// Longest forms first: a range before a year, a date before a month.
const auto period_rule_def = period_detail::year_range | period_detail::full_date |
                             period_detail::year_month | period_detail::year_half |
                             period_detail::year_quarter | period_detail::year_end |
                             period_detail::plain_year | period_detail::month_day |
                             period_detail::month_range | period_detail::lone_month |
                             period_detail::lone_quarter | period_detail::lone_half |
                             period_detail::relative;
BOOST_SPIRIT_DEFINE(period_rule)

}  // namespace govreport::grammar

#endif
