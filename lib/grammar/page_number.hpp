// Declaration of the page-number line rule: lines a PDF extraction leaves between pages.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_PAGE_NUMBER_HPP
#define GOVREPORT_GRAMMAR_PAGE_NUMBER_HPP

#include <string_view>

#include "grammar/config.hpp"

namespace govreport::grammar {

struct page_number_class;
using page_number_type = x3::rule<page_number_class>;
BOOST_SPIRIT_DECLARE(page_number_type)

/// True when the whole (trimmed) line is a page number: "— 3 —", "- 3 -", "第 3 页",
/// "第3页 共12页", "3/12", "3".
bool is_page_number_line(std::string_view line);

}  // namespace govreport::grammar

#endif
