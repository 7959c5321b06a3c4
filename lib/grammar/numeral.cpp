// Instantiation of the numeral rules and their string_view entry points.
// SPDX-License-Identifier: MIT
#include <cstdint>
#include <cstdlib>
#include <string>

#include "grammar/numeral_def.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(arabic_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_number_type, iterator_type, context_type)

namespace {

// Digits are added to the integer only while it stays below this (then it stays below 2^53).
constexpr std::uint64_t kDigitLimit = (std::uint64_t{1} << 53) / 10;

// m × 10^shift where m is below 2^53 and |shift| at most 22: both are exact, so one IEEE
// multiplication or division rounds the exact decimal value correctly, which is what
// strtod returns (Clinger's fast path).
double scale_exact(std::uint64_t m, int shift) {
    const double v = static_cast<double>(m);
    return shift >= 0 ? v * kExactPow10[shift] : v / kExactPow10[-shift];
}

}  // namespace

double decimal_value(std::string_view digits, int exponent) {
    std::uint64_t m = 0;
    int fraction = -1;  // digits after the point, -1 before one
    bool fast = !digits.empty();
    for (char ch : digits) {
        if (ch == '.' && fraction < 0) {
            fraction = 0;
        } else if (ch >= '0' && ch <= '9' && m < kDigitLimit) {
            m = m * 10 + static_cast<std::uint64_t>(ch - '0');
            if (fraction >= 0) ++fraction;
        } else {
            fast = false;
            break;
        }
    }
    const int shift = exponent - (fraction < 0 ? 0 : fraction);
    if (fast && shift >= -22 && shift <= 22) return scale_exact(m, shift);
    const std::string text = std::string(digits) + "e" + std::to_string(exponent);
    return std::strtod(text.c_str(), nullptr);
}

namespace {

// The ASCII decimal of a numeral as the grammar matched it: thousands commas dropped,
// full-width digits (０–９, EF BC 90–99) and stop (．, EF BC 8E) folded to ASCII.
void fold_numeral(std::string_view written, std::string& out) {
    // A loop, not find_first_of: the numeral is a few bytes, shorter than two library calls.
    bool plain = true;
    for (char ch : written) plain = plain && ch != ',' && ch != '\xEF';
    if (plain) {  // plain ASCII digits
        out.assign(written);
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < written.size(); ++i) {
        const unsigned char b = static_cast<unsigned char>(written[i]);
        if (b == ',') continue;
        if (b == 0xEF && i + 2 < written.size()) {  // the grammar matched nothing else here
            const unsigned char low = static_cast<unsigned char>(written[i + 2]);
            out.push_back(low == 0x8E ? '.' : static_cast<char>('0' + (low - 0x90)));
            i += 2;
            continue;
        }
        out.push_back(static_cast<char>(b));
    }
}

}  // namespace

bool parse_arabic_numeral_rule(std::string_view text, numeral_match& out) {
    iterator_type first = text.data();
    const iterator_type last = first + text.size();
    boost::iterator_range<iterator_type> written;
    if (!x3::parse(first, last, arabic_numeral_rule, written)) return false;
    fold_numeral(std::string_view(written.begin(), written.size()), out.value_text);
    out.value = decimal_value(out.value_text);
    out.chinese = false;
    out.bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

bool parse_arabic_numeral(std::string_view text, numeral_match& out) {
    // Only an ASCII digit or a full-width one (lead byte EF) can start one: Chinese
    // numerals, tried next by parse_numeral, leave here without entering the grammar.
    if (text.empty()) return false;
    const unsigned char lead = static_cast<unsigned char>(text[0]);
    if (static_cast<unsigned>(lead - '0') > 9u) {
        if (lead != 0xEF) return false;
        return parse_arabic_numeral_rule(text, out);
    }
    plain_numeral plain;
    if (!read_plain_arabic(text, plain)) return parse_arabic_numeral_rule(text, out);
    out.value_text.assign(text.data(), plain.bytes);
    out.value = plain.value(text);
    out.chinese = false;
    out.bytes = plain.bytes;
    return true;
}

bool parse_chinese_number_rule(std::string_view text, numeral_match& out) {
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

bool parse_chinese_number(std::string_view text, numeral_match& out) {
    // 三项, 两个, 五年: most Chinese numerals are one digit before a character that is no
    // numeral. The grammar then reads the digit alone (no 十, 百, 千 or group follows), so
    // its value is the digit's, without running the rule (test_numerals.cpp compares the
    // two on every short string).
    const char* p = text.data();
    const char* const end = p + text.size();
    if (p < end && static_cast<unsigned char>(*p) >= 0x80) {
        const int d = chinese_digit_value(util::decode(p, end));
        if (d != 0) {
            const char* q = p;
            if (q == end || !is_chinese_numeral_char(util::decode(q, end))) {
                out.value = d;
                out.value_text.assign(1, static_cast<char>('0' + d));
                out.chinese = true;
                out.bytes = static_cast<std::size_t>(p - text.data());
                return true;
            }
        }
    }
    return parse_chinese_number_rule(text, out);
}

bool parse_numeral(std::string_view text, numeral_match& out) {
    return parse_arabic_numeral(text, out) || parse_chinese_number(text, out);
}

}  // namespace govreport::grammar
