// Declarations of the numeral rules: Arabic (1,487 / 8122.21 / １２３) and Chinese (两千三百).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_NUMERAL_HPP
#define GOVREPORT_GRAMMAR_NUMERAL_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/range/iterator_range_core.hpp>

#include "grammar/config.hpp"
#include "util/char_set.hpp"

namespace govreport::grammar {

struct arabic_numeral_class;
struct chinese_number_class;
// The numeral as written: parse_arabic_numeral folds it into value_text afterwards, which
// costs less than building a string digit by digit inside the grammar (issue 6).
using arabic_numeral_type = x3::rule<arabic_numeral_class, boost::iterator_range<iterator_type>>;
using chinese_number_type = x3::rule<chinese_number_class, double>;
BOOST_SPIRIT_DECLARE(arabic_numeral_type, chinese_number_type)

/// A number as written and its value.
struct numeral_match {
    double value = 0;
    std::string value_text;  ///< ASCII decimal as written: "8122.21", "1487" (commas dropped)
    bool chinese = false;
    std::size_t bytes = 0;   ///< bytes consumed
};

/// Arabic numeral at the start of `text`: ASCII or full-width digits, thousands commas
/// (1,487), a decimal part with . or ．. False if `text` does not start with a digit.
bool parse_arabic_numeral(std::string_view text, numeral_match& out);

/// The same through the grammar alone, without parse_arabic_numeral's fast path for plain
/// digit runs: the reference the tests compare that path with.
bool parse_arabic_numeral_rule(std::string_view text, numeral_match& out);

/// Chinese numeral at the start of `text`: 五, 十四, 一百零五, 两千三百, 〇, and with 万 and
/// 亿 groups: 一万五千 (15000), 十万零五百 (100500); a bare 三万 stops before 万 (the scale).
bool parse_chinese_number(std::string_view text, numeral_match& out);

/// The same through the grammar alone, without parse_chinese_number's fast path for one
/// digit: the reference the tests compare that path with.
bool parse_chinese_number_rule(std::string_view text, numeral_match& out);

/// Either of the two.
bool parse_numeral(std::string_view text, numeral_match& out);

/// The double nearest to `digits` × 10^`exponent`, `digits` an ASCII decimal such as
/// "8122.21" (numeral_match::value_text of an Arabic numeral): the same value as strtod
/// gives for "8122.21e<exponent>", without a string to build or a general conversion.
double decimal_value(std::string_view digits, int exponent = 0);

/// Exact powers of ten: every one up to 1e22 is a double.
inline constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// A plain Arabic numeral as read_plain_arabic() reads it: its length, and its digits as one
/// integer with the count of them after the point, so that its value times any power of ten
/// needs no second pass over the text.
struct plain_numeral {
    std::size_t bytes = 0;
    std::uint64_t digits = 0;  ///< all digits, the point left out: 8122.21 → 812221
    int fraction = 0;          ///< digits after the point
    bool exact = true;         ///< at most 15 digits: `digits` is below 2^53, exact as a double

    /// The numeral × 10^exponent: decimal_value(`text`'s first `bytes`, exponent). Both the
    /// digits and the power of ten are exact, so one IEEE multiplication or division rounds
    /// the exact decimal value correctly, as strtod does (Clinger's fast path); decimal_value
    /// reads the text to the same answer, through strtod when the digits are too many.
    double value(std::string_view text, int exponent = 0) const {
        const int shift = exponent - fraction;
        if (!exact || shift < -22 || shift > 22) return decimal_value(text.substr(0, bytes), exponent);
        const double v = static_cast<double>(digits);
        return shift >= 0 ? v * kExactPow10[shift] : v / kExactPow10[-shift];
    }
};

/// parse_arabic_numeral's fast path without its string: a run of ASCII digits, with a
/// decimal part of ASCII digits, where the grammar reads the numeral as written (no
/// thousands comma, full-width digit or stop next, at most 15 digits before no point).
/// False when only the grammar can tell. `text` starts with an ASCII digit. Inline: the
/// quantity grammar calls it for nearly every number, and the call cost a fifth of it.
inline bool read_plain_arabic(std::string_view text, plain_numeral& out) {
    // Most numerals are a run of ASCII digits ("995", "2024") followed by a byte that can
    // neither continue the run in the grammar (a thousands comma, a decimal point ". ．",
    // a full-width digit: ',' '.' or the lead byte EF) nor be part of it. The grammar's
    // answer is then the run itself (test_numerals.cpp compares the two on every short
    // string). The digits go into one integer; past 15 of them it may wrap, and `exact`
    // sends value() to decimal_value().
    const auto digit = [&](std::size_t i) {
        return i < text.size() && static_cast<unsigned>(text[i] - '0') <= 9u;
    };
    std::uint64_t m = 0;
    std::size_t n = 0;
    for (; digit(n); ++n) m = m * 10 + static_cast<std::uint64_t>(text[n] - '0');
    const unsigned char next = n < text.size() ? static_cast<unsigned char>(text[n]) : 0;
    std::size_t digits = n;
    if (next == '.') {
        // "8122.21", "94.6": a decimal point between runs of ASCII digits, a fifth of the
        // numerals. The grammar reads the same unless a full-width digit (lead byte EF)
        // follows, which would continue the fraction; with no digit after it ("94.万") the
        // point is not the numeral's.
        std::size_t f = n + 1;
        for (; digit(f); ++f) m = m * 10 + static_cast<std::uint64_t>(text[f] - '0');
        if (f < text.size() && static_cast<unsigned char>(text[f]) == 0xEF) return false;
        out.bytes = f > n + 1 ? f : n;
        out.fraction = static_cast<int>(f - (n + 1));
        digits += f - (n + 1);
    } else {
        if (next == ',' || next == 0xEF || n > 15) return false;
        out.bytes = n;
        out.fraction = 0;
    }
    out.digits = m;
    out.exact = digits <= 15;
    return true;
}

/// The characters Chinese numerals are written with (一 … 九, 两, 十, 百, 千, 万, 亿, 零, 〇).
inline constexpr util::CharSet kChineseNumeralChars =
    util::make_char_set(U"一二两三四五六七八九十百千万亿零〇");

inline bool is_chinese_numeral_char(char32_t c) noexcept {
    return kChineseNumeralChars.contains(c);
}

/// The value of a Chinese digit 1–9 (二 and 两 are 2), else 0.
inline int chinese_digit_value(char32_t c) noexcept {
    switch (c) {
        case U'一': return 1;
        case U'二': case U'两': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return 0;
    }
}

}  // namespace govreport::grammar

#endif
