// Definition of the page-number line rule. Accepts "— 3 —", "-3-", "－ 12 －", "第 3 页",
// "第3页 共12页", "3/12", "3 / 12", "12".
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_PAGE_NUMBER_DEF_HPP
#define GOVREPORT_GRAMMAR_PAGE_NUMBER_DEF_HPP

#include "grammar/marker_rules.hpp"
#include "grammar/page_number.hpp"

namespace govreport::grammar {

namespace page_number_detail {
const marker_space_type ws{"marker_space"};
const auto dash = x3::lit("—") | x3::lit("–") | x3::lit('-') | x3::lit("－") | x3::lit("―");
const auto page = x3::uint_parser<unsigned, 10, 1, 4>{};
const auto dashed = +dash >> ws >> page >> ws >> +dash;
const auto chinese = x3::lit("第") >> ws >> page >> ws >> x3::lit("页") >>
                     -(ws >> x3::lit("共") >> ws >> page >> ws >> x3::lit("页"));
const auto fraction = page >> ws >> (x3::lit('/') | x3::lit("／")) >> ws >> page;
}  // namespace page_number_detail

page_number_type const page_number_rule = "page_number";
const auto page_number_rule_def =
    (page_number_detail::dashed | page_number_detail::chinese | page_number_detail::fraction |
     page_number_detail::page) >>
    page_number_detail::ws >> x3::eoi;
BOOST_SPIRIT_DEFINE(page_number_rule)

}  // namespace govreport::grammar

#endif
