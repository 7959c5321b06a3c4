// Declaration of the year rule ("2024 年", "2024年度") used for titles and preambles.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_YEAR_HPP
#define GOVREPORT_GRAMMAR_YEAR_HPP

#include <cstddef>
#include <string_view>

#include "grammar/config.hpp"

namespace govreport::grammar {

struct year_class;
struct year_number_class;
/// "2024年" / "2024 年度": a year followed by 年.
using year_type = x3::rule<year_class, int>;
/// Four ASCII or full-width digits not followed by a fifth: "2024", "２０２４"; or four
/// Chinese digits that make a year from 1900 to 2199: "二〇二四".
using year_number_type = x3::rule<year_number_class, int>;
BOOST_SPIRIT_DECLARE(year_type, year_number_type)

/// Finds the first "YYYY年" (spaces allowed before 年, years 1949–2199; "二〇二四年" too) in `text`.
/// Stores the year and the byte range of the whole match; false if there is none.
bool find_year(std::string_view text, int& year, std::size_t& begin, std::size_t& end);

}  // namespace govreport::grammar

#endif
