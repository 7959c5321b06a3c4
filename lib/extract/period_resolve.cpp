// Period resolution: validate first (Boost dates throw on bad fields), then build ranges.
// SPDX-License-Identifier: MIT
#include "extract/period_resolve.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <fmt/format.h>

namespace govreport::extract {

namespace {

namespace bg = boost::gregorian;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

bool valid_year(int y) { return y >= kMinYear && y <= kMaxYear; }

Date to_date(const bg::date& d) {
    return Date{static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day())};
}

// First and last day of month m of year y (both already validated).
bg::date month_start(int y, int m) { return bg::date(y, m, 1); }
bg::date month_end(int y, int m) { return month_start(y, m).end_of_month(); }

}  // namespace

bool resolve_period(const grammar::period_ast& a, int context_year, Period& out,
                    std::string& why) {
    using P = grammar::period_ast;
    int y = a.y1;
    if (a.is_relative) {
        if (context_year == 0) {
            why = "a relative period needs a report year";
            return false;
        }
        y = context_year + a.relative;
    }
    if (!valid_year(y) || (a.shape == P::year_range && !valid_year(a.y2))) {
        why = fmt::format(FMT_STRING("year {} is out of range"), a.shape == P::year_range ? a.y2 : y);
        return false;
    }
    auto check_month = [&](int m) {
        if (m >= 1 && m <= 12) return true;
        why = fmt::format(FMT_STRING("month {} does not exist"), m);
        return false;
    };
    out.relative = a.is_relative;
    switch (a.shape) {
        case P::year:
            out.granularity = Granularity::year;
            out.start = {y, 1, 1};
            out.end = {y, 12, 31};
            return true;
        case P::year_range:
            if (a.y2 < a.y1) {
                why = fmt::format(FMT_STRING("range {}-{} runs backwards"), a.y1, a.y2);
                return false;
            }
            out.granularity = Granularity::range;
            out.start = {a.y1, 1, 1};
            out.end = {a.y2, 12, 31};
            return true;
        case P::year_end:
            // 年底: the last day of the year.
            out.granularity = Granularity::day;
            out.start = out.end = {y, 12, 31};
            return true;
        case P::half:
            out.granularity = Granularity::half;
            out.start = a.part == 1 ? Date{y, 1, 1} : Date{y, 7, 1};
            out.end = a.part == 1 ? Date{y, 6, 30} : Date{y, 12, 31};
            return true;
        case P::quarter:
            if (a.part == -3) {  // 前三季度
                out.granularity = Granularity::range;
                out.start = {y, 1, 1};
                out.end = {y, 9, 30};
                return true;
            }
            out.granularity = Granularity::quarter;
            out.start = to_date(month_start(y, a.part * 3 - 2));
            out.end = to_date(month_end(y, a.part * 3));
            return true;
        case P::year_month:
        case P::month:
            if (!check_month(a.m1)) return false;
            out.granularity = Granularity::month;
            out.start = to_date(month_start(y, a.m1));
            out.end = to_date(month_end(y, a.m1));
            return true;
        case P::month_range:
            if (!check_month(a.m1) || !check_month(a.m2)) return false;
            if (a.m2 < a.m1) {
                why = fmt::format(FMT_STRING("months {}-{} run backwards"), a.m1, a.m2);
                return false;
            }
            out.granularity = Granularity::range;
            out.start = to_date(month_start(y, a.m1));
            out.end = to_date(month_end(y, a.m2));
            return true;
        case P::date: {
            if (!check_month(a.m1)) return false;
            const int last = bg::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(y), static_cast<unsigned short>(a.m1));
            if (a.d1 < 1 || a.d1 > last) {
                why = fmt::format(FMT_STRING("{}月{}日 does not exist in {}"), a.m1, a.d1, y);
                return false;
            }
            out.granularity = Granularity::day;
            out.start = out.end = to_date(bg::date(y, a.m1, a.d1));
            return true;
        }
        default:
            why = "unknown period shape";
            return false;
    }
}

}  // namespace govreport::extract
