// Declaration of the quantity rules and the recogniser of one quantity at a position.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_QUANTITY_HPP
#define GOVREPORT_GRAMMAR_QUANTITY_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <govreport/entities.hpp>

#include "grammar/config.hpp"
#include "util/char_set.hpp"

namespace govreport::grammar {

struct unit_rule_class;
struct scale_rule_class;
struct approx_suffix_class;
struct qualifier_suffix_class;
struct range_separator_class;
using unit_rule_type = x3::rule<unit_rule_class, int>;  // index into unit_table()
using scale_rule_type = x3::rule<scale_rule_class, double>;
using approx_suffix_type = x3::rule<approx_suffix_class>;
using qualifier_suffix_type = x3::rule<qualifier_suffix_class, int>;  // a Qualifier value
using range_separator_type = x3::rule<range_separator_class>;
BOOST_SPIRIT_DECLARE(unit_rule_type, scale_rule_type, approx_suffix_type, qualifier_suffix_type,
                     range_separator_type)

/// The first bytes of every word a short quantity rule matches (quantity_def.hpp lists the
/// words): parse_quantity() tries the rule only where one of their first characters is
/// next. After most numbers comes a unit, and comparing a character's bytes with a few
/// turns the other rules away for less than their own first comparisons cost (issue 6). tests/unit/test_char_predicates.cpp checks that no
/// rule matches anywhere else.
struct RuleLeads {
    std::string_view ascii;        ///< one-byte words' bytes ('-', '~')
    std::uint32_t firsts[6] = {};  ///< the others' first characters: their three bytes
    std::size_t count = 0;         ///< firsts in use

    bool may_start(const char* p, const char* end) const noexcept {
        if (p >= end) return false;
        const unsigned char b0 = static_cast<unsigned char>(*p);
        if (b0 < 0x80) {
            for (char a : ascii)
                if (static_cast<unsigned char>(a) == b0) return true;
            return false;
        }
        if (end - p < 3) return false;
        const std::uint32_t key = std::uint32_t{b0} << 16 |
                                  std::uint32_t{static_cast<unsigned char>(p[1])} << 8 |
                                  static_cast<unsigned char>(p[2]);
        for (std::size_t i = 0; i < count; ++i)
            if (firsts[i] == key) return true;
        return false;
    }
};
// - ~ — – － ～ 至 到
inline constexpr RuleLeads kRangeLeads{
    "-~", {0xE28094, 0xE28093, 0xEFBC8D, 0xEFBD9E, 0xE887B3, 0xE588B0}, 6};
// 余 多
inline constexpr RuleLeads kApproxLeads{"", {0xE4BD99, 0xE5A49A}, 2};
// 万 (万亿) 亿 千 (千万) 百 (百万)
inline constexpr RuleLeads kScaleLeads{"", {0xE4B887, 0xE4BABF, 0xE58D83, 0xE799BE}, 4};
// 以 (以上 以下 以内) 左 (左右) 上 (上下)
inline constexpr RuleLeads kQualifierLeads{"", {0xE4BBA5, 0xE5B7A6, 0xE4B88A}, 3};

/// One quantity as the grammar reads it, before context (qualifier words in front,
/// change verbs, metric) is added by the extractor.
struct quantity_match {
    double value = 0;
    std::string value_text;           ///< "8122.21", "1/3", "3.78:1"
    bool chinese = false;
    std::optional<double> value_max;  ///< upper end of a range: 10-20人
    double scale = 1;                 ///< 1e4 for 万, 1e8 for 亿
    double normalized = 0;            ///< value × scale, computed from the decimal text
    /// Canonical unit, "" when only a scale word follows. It views static storage (the unit
    /// table or a literal): a match outlives the text it was read from, and no string is
    /// built for a unit the extractor may still turn away.
    std::string_view unit;
    IndicatorKind kind = IndicatorKind::count;
    Qualifier qualifier = Qualifier::none;  ///< from 余/多/以上/以下/左右 after the number
    std::size_t number_bytes = 0;     ///< the numeral (and its range) only
    std::size_t bytes = 0;            ///< everything up to the end of the last suffix
};

/// The longest unit or classifier of unit_table() at the start of `text`: its index there
/// and its length in bytes. Answers as unit_rule does, by first character instead of
/// through the rule's search tree (test_numerals.cpp compares the two at every position).
bool match_unit(std::string_view text, int& index, std::size_t& bytes);
/// The same through unit_rule (x3::symbols): the reference for the tests.
bool match_unit_rule(std::string_view text, int& index, std::size_t& bytes);

/// What may stand among or right after the numerals of a quantity: the first character of
/// every unit, 余/多, 分之 and the range separators. A Chinese numeral with none of them
/// among or after its characters starts no quantity.
const util::CharSet& after_numerals();

/// Reads a quantity at the start of `text`: [百分之] numeral [分之 numeral | : numeral]
/// [- numeral] [万|亿] [余|多] [unit] [以上|以下|左右|以内]. A quantity needs a unit, a
/// percent sign or a scale word; a Chinese numeral needs a unit. False when there is none.
bool parse_quantity(std::string_view text, quantity_match& out);

/// The same through the rules for every step after the numeral, without parse_quantity's
/// quick path for the usual shapes: the reference the tests compare that path with, and
/// what parse_quantity falls back to for the rest.
bool parse_quantity_rule(std::string_view text, quantity_match& out);

}  // namespace govreport::grammar

#endif
