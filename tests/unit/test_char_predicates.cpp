// Character predicates of issue 6's fifth round against what they replace: compile-time
// character sets against switch statements, the two-byte blank pre-tests against is_space(),
// the lead bytes of the short quantity rules against the rules.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "extract/quantities.hpp"
#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "util/char_set.hpp"
#include "util/utf8.hpp"

namespace util = govreport::util;

namespace {

std::string encode(char32_t c) {
    std::string s;
    util::append_utf8(s, c);
    return s;
}

// The switch is_chinese_numeral_char() was before it became a bit test.
bool numeral_by_switch(char32_t c) {
    switch (c) {
        case U'一': case U'二': case U'两': case U'三': case U'四': case U'五': case U'六':
        case U'七': case U'八': case U'九': case U'十': case U'百': case U'千': case U'万':
        case U'亿': case U'零': case U'〇':
            return true;
        default:
            return false;
    }
}

// A text's first or last character is a blank, as decoding it says.
bool starts_with_blank(std::string_view s) {
    if (s.empty()) return false;
    const char* p = s.data();
    return util::is_space(util::decode(p, s.data() + s.size()));
}
bool ends_with_blank(std::string_view s) {
    if (s.empty()) return false;
    std::size_t n = 0;
    const char32_t c = util::decode_before(s.data(), s.data() + s.size(), &n);
    return n != 0 && util::is_space(c);
}

}  // namespace

TEST_CASE("a compile-time CharSet holds what one built at run time holds", "[utf8][speed]") {
    constexpr std::u32string_view chars = U"今全本去上明下来年前第，。a\u3000";
    constexpr util::CharSet fixed = util::make_char_set(chars);
    util::CharSet built;
    built.add_all(chars);
    for (std::size_t w = 0; w < 0x10000 / 64; ++w) REQUIRE(fixed.word(w) == built.word(w));
    STATIC_REQUIRE(fixed.contains(U'年'));
    STATIC_REQUIRE_FALSE(fixed.contains(U'月'));
    STATIC_REQUIRE_FALSE(fixed.contains(0x1F600));  // beyond the BMP: never a member
}

TEST_CASE("is_chinese_numeral_char answers as its switch did for every code point",
          "[numeral][speed]") {
    std::size_t members = 0;
    for (char32_t c = 0; c < 0x110000; ++c) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        REQUIRE(govreport::grammar::is_chinese_numeral_char(c) == numeral_by_switch(c));
        members += numeral_by_switch(c) ? 1 : 0;
    }
    CHECK(members == 17);
}

TEST_CASE("the two-byte blank pre-tests never turn away a blank", "[utf8][speed]") {
    // Every code point alone, after a Han character and before one: the pre-tests may say
    // "maybe" for a non-blank, never "no" for a blank.
    std::size_t blanks = 0, sharper = 0;
    for (char32_t c = 1; c < 0x110000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string ch = encode(c);
        for (const std::string& s : {ch, "法" + ch, ch + "法"}) {
            const char* b = s.data();
            const char* e = b + s.size();
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " in a text of " << std::dec
                      << s.size() << " bytes");
            if (starts_with_blank(s)) REQUIRE(util::may_start_with_space(b, e));
            if (ends_with_blank(s)) REQUIRE(util::may_end_with_space(b, e));
        }
        if (util::is_space(c)) {
            ++blanks;
        } else if (util::may_start_space(static_cast<unsigned char>(ch.front())) &&
                   !util::may_start_with_space(ch.data(), ch.data() + ch.size())) {
            ++sharper;  // the one-byte test said "maybe", the two-byte one "no"
        }
    }
    CHECK(blanks >= 18);
    CHECK(sharper > 1000);
    // The CJK punctuation the one-byte tests let through: 。 and 、 share U+3000's lead
    // byte, ， and ； U+FEFF's.
    for (std::string_view s : {"。", "、", "，", "；", "《", "法"}) {
        CHECK_FALSE(util::may_start_with_space(s.data(), s.data() + s.size()));
        CHECK_FALSE(util::may_end_with_space(s.data(), s.data() + s.size()));
    }
    // Cut texts and empty ones: no read outside them.
    const std::string_view cut = "\xE3\x80";
    CHECK_FALSE(util::may_start_with_space(cut.data(), cut.data() + cut.size()));
    CHECK_FALSE(util::may_start_with_space(cut.data(), cut.data()));
    CHECK_FALSE(util::may_end_with_space(cut.data(), cut.data()));
    CHECK(util::may_start_with_space(" x", " x" + 2));
    CHECK(util::may_end_with_space("x\t", "x\t" + 2));
}

namespace {

// Whether `rule` matches at the start of `text` (attribute of type Attr, discarded).
template <class Attr, class Rule>
bool rule_matches(const Rule& rule, const std::string& text) {
    const char* first = text.data();
    Attr attr{};
    return boost::spirit::x3::parse(first, text.data() + text.size(), rule, attr);
}

// Every character (and every two-character start built from a lead) that a rule matches
// at must pass its RuleLeads: the gate may let through what the rule then turns away,
// never turn away what the rule matches.
template <class Attr, class Rule>
void check_leads(const Rule& rule, const govreport::grammar::RuleLeads& leads, int expected) {
    int matched = 0;
    for (char32_t c = 1; c < 0x110000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        // The character, then each continuation the rules' words have (万亿, 以上, 左右…).
        for (std::string_view tail : {"", "上", "下", "内", "右", "万", "亿", "元"}) {
            const std::string text = encode(c) + std::string(tail);
            if (!rule_matches<Attr>(rule, text)) continue;
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " then " << tail);
            REQUIRE(leads.may_start(text.data(), text.data() + text.size()));
            if (tail.empty()) ++matched;
        }
    }
    CHECK(matched == expected);  // the characters that are words alone (or start longer ones)
}

}  // namespace

TEST_CASE("the short quantity rules match only where their lead bytes are", "[numeral][speed]") {
    namespace g = govreport::grammar;
    using unused = boost::spirit::x3::unused_type;
    // The rules as quantity.cpp instantiates them (a rule is named by its type).
    const g::range_separator_type range{"range_separator"};
    const g::approx_suffix_type approx{"approx_suffix"};
    const g::scale_rule_type scale{"scale"};
    const g::qualifier_suffix_type qualifier{"qualifier_suffix"};
    check_leads<unused>(range, g::kRangeLeads, 8);      // - ~ — – － ～ 至 到
    check_leads<unused>(approx, g::kApproxLeads, 2);    // 余 多
    check_leads<double>(scale, g::kScaleLeads, 2);      // 万 亿 (千 and 百 need 万 after them)
    check_leads<int>(qualifier, g::kQualifierLeads, 0);  // every word is two characters
    // And they do turn away what follows most numbers: a unit, a clause end.
    for (std::string_view s : {"件", "，", "元", "%", "人次", "个", "项"}) {
        CHECK_FALSE(g::kScaleLeads.may_start(s.data(), s.data() + s.size()));
        CHECK_FALSE(g::kQualifierLeads.may_start(s.data(), s.data() + s.size()));
        CHECK_FALSE(g::kRangeLeads.may_start(s.data(), s.data() + s.size()));
        CHECK_FALSE(g::kApproxLeads.may_start(s.data(), s.data() + s.size()));
    }
    const std::string_view cut = "\xE4";  // a lead byte at the end: no read past it
    CHECK_FALSE(g::kScaleLeads.may_start(cut.data(), cut.data() + cut.size()));
}

TEST_CASE("context_mark tells every context character's kind from its bytes", "[quantity][speed]") {
    using govreport::extract::ContextMark;
    // What the scan did with each character after decoding it.
    auto by_character = [](char32_t c, ContextMark& kind) {
        const std::u32string_view clause = U"，；：,;:", sentence = U"。！？";
        if (clause.find(c) != std::u32string_view::npos) kind = ContextMark::clause_end;
        else if (sentence.find(c) != std::u32string_view::npos) kind = ContextMark::sentence_stop;
        else if (c == U'《') kind = ContextMark::book_open;
        else if (c == U'》') kind = ContextMark::book_close;
        else if (c == U'“') kind = ContextMark::quote_open;
        else if (c == U'”') kind = ContextMark::quote_close;
        else if (c == U'（' || c == U'(') kind = ContextMark::bracket_open;
        else if (c == U'）' || c == U')') kind = ContextMark::bracket_close;
        else return false;
        return true;
    };
    const util::CharSet& marks = govreport::extract::context_chars();
    std::size_t members = 0;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        ContextMark expected{};
        const bool known = by_character(c, expected);
        INFO("code point " << static_cast<unsigned long>(c));
        REQUIRE(marks.contains(c) == known);  // the set holds exactly these characters
        if (!known) continue;
        ++members;
        const std::string text = encode(c) + "x";
        std::size_t bytes = 0;
        CHECK(govreport::extract::context_mark(text.data(), bytes) == expected);
        CHECK(bytes == text.size() - 1);
    }
    CHECK(members == 17);
}

TEST_CASE("the quantity scan stops only at ASCII digits and three-byte characters",
          "[quantity][speed]") {
    // The scan takes a stop's code point without decoding it again (decode_three()).
    const util::CharSet& stops = govreport::extract::quantity_scan_chars();
    std::size_t members = 0;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (!stops.contains(c)) continue;
        ++members;
        const std::string text = encode(c);
        INFO("code point " << static_cast<unsigned long>(c));
        if (c < 0x80) {
            CHECK((c >= U'0' && c <= U'9'));
        } else {
            REQUIRE(text.size() == 3);
            CHECK(util::decode_three(text.data()) == c);
        }
    }
    // Digits, full-width digits, numerals, 年 and 半: the set is not empty by mistake.
    CHECK(members > 30);
}
