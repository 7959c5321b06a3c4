// Instantiation of the numeral rules and their string_view entry points.
// SPDX-License-Identifier: MIT
#include <cstdint>
#include <cstdlib>
#include <string>

#include "grammar/numeral_def.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(arabic_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_number_type, iterator_type, context_type)

double decimal_value(std::string_view digits, int exponent) {
    // Exact powers of ten: every one up to 1e22 is a double.
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    constexpr std::uint64_t kExact = std::uint64_t{1} << 53;
    std::uint64_t m = 0;
    int fraction = -1;  // digits after the point, -1 before one
    bool fast = !digits.empty();
    for (char ch : digits) {
        if (ch == '.' && fraction < 0) {
            fraction = 0;
        } else if (ch >= '0' && ch <= '9' && m < kExact / 10) {
            m = m * 10 + static_cast<std::uint64_t>(ch - '0');
            if (fraction >= 0) ++fraction;
        } else {
            fast = false;
            break;
        }
    }
    const int shift = exponent - (fraction < 0 ? 0 : fraction);
    // Both m and the power of ten are exact, so one IEEE multiplication or division
    // rounds the exact decimal value correctly: what strtod returns (Clinger's fast path).
    if (fast && shift >= -22 && shift <= 22) {
        const double v = static_cast<double>(m);
        return shift >= 0 ? v * kPow10[shift] : v / kPow10[-shift];
    }
    const std::string text = std::string(digits) + "e" + std::to_string(exponent);
    return std::strtod(text.c_str(), nullptr);
}

bool parse_arabic_numeral(std::string_view text, numeral_match& out) {
    iterator_type first = text.data();
    const iterator_type last = first + text.size();
    std::string digits;
    if (!x3::parse(first, last, arabic_numeral_rule, digits)) return false;
    out.value = decimal_value(digits);
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
