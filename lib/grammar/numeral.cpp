// Instantiation of the numeral rules and their string_view entry points.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "grammar/numeral_def.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(arabic_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_number_type, iterator_type, context_type)

namespace {

// Exact powers of ten: every one up to 1e22 is a double.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
// Digits are added to the integer only while it stays below this (then it stays below 2^53).
constexpr std::uint64_t kDigitLimit = (std::uint64_t{1} << 53) / 10;

// m × 10^shift where m is below 2^53 and |shift| at most 22: both are exact, so one IEEE
// multiplication or division rounds the exact decimal value correctly, which is what
// strtod returns (Clinger's fast path).
double scale_exact(std::uint64_t m, int shift) {
    const double v = static_cast<double>(m);
    return shift >= 0 ? v * kPow10[shift] : v / kPow10[-shift];
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

double plain_numeral::value(std::string_view text, int exponent) const {
    const int shift = exponent - fraction;
    if (exact && shift >= -22 && shift <= 22) return scale_exact(digits, shift);
    return decimal_value(text.substr(0, bytes), exponent);
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

bool read_plain_arabic(std::string_view text, plain_numeral& out) {
    // Most numerals are a run of ASCII digits ("995", "2024") followed by a byte that can
    // neither continue the run in the grammar (a thousands comma, a decimal point ". ．",
    // a full-width digit: ',' '.' or the lead byte EF) nor be part of it. The grammar's
    // answer is then the run itself: read it here, with its value, and skip the rule, the
    // fold and the conversion (test_numerals.cpp compares the two on every short string).
    // The digits go into one integer as decimal_value() adds them (while it stays below
    // kDigitLimit), so that plain_numeral::value() is decimal_value()'s answer.
    std::uint64_t m = 0;
    bool exact = true;
    auto add = [&](char ch) {
        if (m < kDigitLimit) m = m * 10 + static_cast<std::uint64_t>(ch - '0');
        else exact = false;
    };
    std::size_t n = 0;
    for (; n < text.size() && static_cast<unsigned>(text[n] - '0') <= 9u; ++n) add(text[n]);
    const unsigned char next = n < text.size() ? static_cast<unsigned char>(text[n]) : 0;
    if (next == '.') {
        // "8122.21", "94.6": a decimal point between runs of ASCII digits, a fifth of the
        // numerals. The grammar reads the same unless a full-width digit (lead byte EF)
        // follows, which would continue the fraction; with no digit after it ("94.万") the
        // point is not the numeral's.
        std::size_t f = n + 1;
        for (; f < text.size() && static_cast<unsigned>(text[f] - '0') <= 9u; ++f) add(text[f]);
        if (f < text.size() && static_cast<unsigned char>(text[f]) == 0xEF) return false;
        out.bytes = f > n + 1 ? f : n;
        out.fraction = static_cast<int>(out.bytes - std::min(out.bytes, n + 1));
    } else {
        // Up to 15 digits m is below 2^53 and exact as a double: the value decimal_value gives.
        if (next == ',' || next == 0xEF || n > 15) return false;
        out.bytes = n;
        out.fraction = 0;
    }
    out.digits = m;
    out.exact = exact;
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
