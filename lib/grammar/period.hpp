// Declaration of the period rule: years, ranges, dates, halves, quarters, relative words.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_PERIOD_HPP
#define GOVREPORT_GRAMMAR_PERIOD_HPP

#include <cstddef>
#include <string_view>

#include "grammar/config.hpp"

namespace govreport::grammar {

/// What a period expression says, before it is resolved against a year and validated.
/// Zero means "not written".
struct period_ast {
    enum shape_t {
        year = 0,        ///< 2024年, 2024年度
        year_range = 1,  ///< 2021-2025年
        year_month = 2,  ///< 2025年2月
        date = 3,        ///< 2025年2月6日, 2月6日
        half = 4,        ///< 上半年, 2024年下半年
        quarter = 5,     ///< 第一季度, 2024年一季度, 前三季度 (quarter = -3)
        year_end = 6,    ///< 2024年底, 去年底, 年底
        month = 7,       ///< 1月, 1月底
        month_range = 8, ///< 1-11月
    };
    int shape = year;
    int y1 = 0, m1 = 0, d1 = 0;
    int y2 = 0, m2 = 0;
    int part = 0;      ///< half 1–2, quarter 1–4, -3 for 前三季度
    int relative = 0;  ///< years relative to the report year (-1 去年, 0 今年, 1 明年)
    bool is_relative = false;
};

struct period_class;
using period_type = x3::rule<period_class, period_ast>;
BOOST_SPIRIT_DECLARE(period_type)

/// Recognises a period expression at the start of `text`; stores it and the bytes used.
bool parse_period(std::string_view text, period_ast& out, std::size_t& consumed);

/// The same through the grammar alone, without parse_period's fast path for a plain year
/// ("2024年，"): the reference the tests compare that path with.
bool parse_period_rule(std::string_view text, period_ast& out, std::size_t& consumed);

}  // namespace govreport::grammar

#endif
