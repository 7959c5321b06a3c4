// Instantiation of the numeral rules and their string_view entry points.
// SPDX-License-Identifier: MIT
#include <cstdlib>

#include "grammar/numeral_def.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(arabic_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_number_type, iterator_type, context_type)

bool parse_arabic_numeral(std::string_view text, numeral_match& out) {
    iterator_type first = text.data();
    const iterator_type last = first + text.size();
    std::string digits;
    if (!x3::parse(first, last, arabic_numeral_rule, digits)) return false;
    out.value = std::strtod(digits.c_str(), nullptr);
    out.value_text = std::move(digits);
    out.chinese = false;
    out.bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

bool parse_chinese_number(std::string_view text, numeral_match& out) {
    iterator_type first = text.data();
    const iterator_type last = first + text.size();
    double value = 0;
    if (!x3::parse(first, last, chinese_number_rule, value)) return false;
    out.value = value;
    out.value_text = std::to_string(static_cast<long long>(value));
    out.chinese = true;
    out.bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

bool parse_numeral(std::string_view text, numeral_match& out) {
    return parse_arabic_numeral(text, out) || parse_chinese_number(text, out);
}

}  // namespace govreport::grammar
