// Instantiation of the page-number line rule.
// SPDX-License-Identifier: MIT
#include "grammar/page_number_def.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(page_number_type, iterator_type, context_type)

bool is_page_number_line(std::string_view line) {
    iterator_type first = line.data();
    return x3::parse(first, line.data() + line.size(), page_number_rule);
}

}  // namespace govreport::grammar
