// Instantiation of the period rule and its string_view entry point.
// SPDX-License-Identifier: MIT
#include "grammar/period_def.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(period_type, iterator_type, context_type)

bool parse_period(std::string_view text, period_ast& out, std::size_t& consumed) {
    iterator_type first = text.data();
    const iterator_type last = first + text.size();
    period_ast p;
    if (!x3::parse(first, last, period_rule, p)) return false;
    out = p;
    consumed = static_cast<std::size_t>(first - text.data());
    return true;
}

}  // namespace govreport::grammar
