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

#include <string>
#include <string_view>

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

// One or two full-width digits (３, １２, ０３): a month or a day of a date typed with them
// (２０２５年３月１日), as a value.
struct fullwidth_small_table : x3::symbols<int> {
    fullwidth_small_table() {
        static constexpr std::string_view kDigits[] = {"０", "１", "２", "３", "４",
                                                       "５", "６", "７", "８", "９"};
        for (int tens = 0; tens < 10; ++tens) {
            add(std::string(kDigits[tens]), tens);
            for (int units = 0; units < 10; ++units)
                add(std::string(kDigits[tens]) + std::string(kDigits[units]), tens * 10 + units);
        }
    }
};
inline const fullwidth_small_table fullwidth_small;

// Months and days: one or two ASCII or full-width digits, or a Chinese numeral (十二月,
// 二十六日) but 两, which counts (每两月, two months) and never names a month or a day.
x3::rule<struct small_number_class, int> const small_number = "small_number";
const auto small_number_def = (x3::uint_parser<int, 10, 1, 2>{} >> !x3::ascii::digit) |
                              (fullwidth_small >> !fullwidth_small) |
                              (!x3::lit("两") >> chinese_number);

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

// The shapes that start with a year read the year once, then try what follows it in the
// order the shapes are listed; so do those that start with a month. (As one rule per shape
// tried one after the other, "2024年" had its year read seven times: issue 6.) The lead
// sets the value afresh, and each follower fills in its fields in one action at its end,
// so a follower that fails leaves nothing behind (X3 does not roll attributes back).
const auto lead_year = [](auto& ctx) {
    P p;
    p.y1 = x3::_attr(ctx);
    x3::_val(ctx) = p;
};
const auto lead_month = [](auto& ctx) {
    P p;
    p.m1 = x3::_attr(ctx);
    p.is_relative = true;
    x3::_val(ctx) = p;
};
// An action that completes the value the lead started.
template <class F>
auto then(F f) {
    return [f](auto& ctx) { f(x3::_val(ctx), x3::_attr(ctx)); };
}

// After "2024" and blanks: 2021-2025年, 2025年2月6日, 2025年2月, 2024年上半年,
// 2024年一季度, 2024年底, 2024年.
const auto after_year =
    (-x3::lit("年") >> ws >> range_sep >> ws >> year_number >> ws >> year_suffix)[then(
        [](P& p, int y2) {
            p.shape = P::year_range;
            p.y2 = y2;
        })] |
    (x3::lit("年") >> ws >> small_number >> ws >> x3::lit("月") >> ws >> small_number >> ws >>
     day_suffix)[then([](P& p, const auto& a) {
        p.shape = P::date;
        p.m1 = at_c<0>(a);
        p.d1 = at_c<1>(a);
    })] |
    (x3::lit("年") >> ws >> small_number >> ws >> x3::lit("月") >>
     -(x3::lit("底") | x3::lit("末") | x3::lit("份") | x3::lit("初")))[then([](P& p, int m) {
        p.shape = P::year_month;
        p.m1 = m;
    })] |
    (-x3::lit("年") >> ws >> half_word)[then([](P& p, int half) {
        p.shape = P::half;
        p.part = half;
    })] |
    (x3::lit("年") >> ws >> -x3::lit("第") >> quarter_number >> x3::lit("季度"))[then(
        [](P& p, int quarter) {
            p.shape = P::quarter;
            p.part = quarter;
        })] |
    (x3::lit("年") >> (x3::lit("底") | x3::lit("末")))[then([](P& p, const auto&) {
        p.shape = P::year_end;
    })] |
    year_suffix[then([](P& p, const auto&) { p.shape = P::year; })];

x3::rule<struct year_led_class, P> const year_led = "year_led";
const auto year_led_def = year_number[lead_year] >> ws >> after_year;

// After "2" or "十二" and blanks: 2月6日, 1-11月, 1月底.
const auto after_month =
    (x3::lit("月") >> ws >> small_number >> ws >> day_suffix)[then([](P& p, int d) {
        p.shape = P::date;
        p.d1 = d;
    })] |
    (-x3::lit("月") >> range_sep >> small_number >> x3::lit("月") >> !x3::lit("份"))[then(
        [](P& p, int m2) {
            p.shape = P::month_range;
            p.m2 = m2;
        })] |
    (x3::lit("月") >> -(x3::lit("底") | x3::lit("末") | x3::lit("份") | x3::lit("初")))[then(
        [](P& p, const auto&) { p.shape = P::month; })];

x3::rule<struct month_led_class, P> const month_led = "month_led";
const auto month_led_def = small_number[lead_month] >> ws >> after_month;

template <class F>
auto make(F f) {
    return [f](auto& ctx) {
        P p;
        f(p, x3::_attr(ctx));
        x3::_val(ctx) = p;
    };
}

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

BOOST_SPIRIT_DEFINE(small_number, quarter_code, year_led, month_led, lone_quarter, lone_half,
                    relative)

}  // namespace period_detail

period_type const period_rule = "period";
// Longest forms first: a range before a year, a date before a month.
const auto period_rule_def = period_detail::year_led | period_detail::month_led |
                             period_detail::lone_quarter | period_detail::lone_half |
                             period_detail::relative;
BOOST_SPIRIT_DEFINE(period_rule)

}  // namespace govreport::grammar

#endif
