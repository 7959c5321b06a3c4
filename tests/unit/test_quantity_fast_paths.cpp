// parse_quantity's quick path and plain_numeral against the rule path they stand in for.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "quantity_support.hpp"
#include "test_support.hpp"

using govreport::grammar::quantity_match;

namespace {

// Same bits, or both absent: the quick path must give exactly the rule path's numbers.
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

bool same(const quantity_match& a, const quantity_match& b) {
    return same(a.value, b.value) && a.value_text == b.value_text && a.chinese == b.chinese &&
           a.value_max.has_value() == b.value_max.has_value() &&
           (!a.value_max || same(*a.value_max, *b.value_max)) && same(a.scale, b.scale) &&
           same(a.normalized, b.normalized) && a.unit == b.unit && a.kind == b.kind &&
           a.qualifier == b.qualifier && a.number_bytes == b.number_bytes && a.bytes == b.bytes;
}

// Compares parse_quantity with parse_quantity_rule on `text` and counts what it saw.
struct Comparer {
    std::size_t compared = 0, accepted = 0, differ = 0;
    std::string first_differ;

    void operator()(std::string_view text) {
        quantity_match quick, rule;
        const bool a = govreport::grammar::parse_quantity(text, quick);
        const bool b = govreport::grammar::parse_quantity_rule(text, rule);
        ++compared;
        accepted += a;
        if (a == b && (!a || same(quick, rule))) return;
        if (differ++ == 0) first_differ = std::string(text.substr(0, 40));
    }
};

// What starts a quantity: numerals the quick path reads and ones it leaves to the rules.
const char* const kHeads[] = {"1",  "12",   "3.5", "94.", "0.25", "123456789012345", "1234567890123456",
                              "1,000", "５", "2.8", "0",   "三",   "两",  "十",   "一百", "〇",
                              "百分之五", "九"};
// What may follow one: scale words, 余/多, units (and their pieces), qualifiers, range
// separators, ratio colons, blanks, cut-off lead bytes, digits and numerals.
const char* const kTails[] = {"万", "亿", "千", "百", "余", "多", "人", "次", "期", "分", "之", "%",
                              "％", "元", "米", "以", "上", "下", "内", "左", "右", "-", "至", "～",
                              ":",  "∶",  " ",  "\u3000", "\u00A0", "\xE4", "\xC2", "a", "5", "三",
                              "\t", "~",  "到", "—"};

}  // namespace

TEST_CASE("the quick quantity path answers as the rule path on every short tail", "[quantity]") {
    // Every head followed by every string of up to three tail pieces.
    Comparer compare;
    std::string text;
    constexpr std::size_t kTailCount = std::size(kTails);
    for (const char* head : kHeads) {
        compare(head);
        for (std::size_t a = 0; a < kTailCount; ++a)
            for (std::size_t b = 0; b <= kTailCount; ++b)
                for (std::size_t c = 0; c <= (b == kTailCount ? 0 : kTailCount); ++c) {
                    text = head;
                    text += kTails[a];
                    if (b < kTailCount) text += kTails[b];
                    if (c < kTailCount && b < kTailCount) text += kTails[c];
                    compare(text);
                }
    }
    INFO("first difference: \"" << compare.first_differ << "\"");
    CHECK(compare.differ == 0);
    CHECK(compare.compared > 600000);
    CHECK(compare.accepted > 100000);  // the quick path is taken, not only turned away
}

TEST_CASE("the quick quantity path answers as the rule path on random strings", "[quantity]") {
    // Up to eight pieces of heads and tails in any order, from a fixed seed.
    std::mt19937 rng(20240611);
    Comparer compare;
    std::string text;
    for (int i = 0; i < 200000; ++i) {
        text.clear();
        const int pieces = 1 + static_cast<int>(rng() % 8);
        for (int k = 0; k < pieces; ++k) {
            if (rng() % 3 == 0)
                text += kHeads[rng() % std::size(kHeads)];
            else
                text += kTails[rng() % std::size(kTails)];
        }
        compare(text);
    }
    INFO("first difference: \"" << compare.first_differ << "\"");
    CHECK(compare.differ == 0);
    CHECK(compare.accepted > 10000);
}

TEST_CASE("the quick quantity path answers as the rule path at every corpus position", "[quantity]") {
    const auto files = quantity_support::corpus_files();
    if (!files) {
        WARN("corpus not found (set GOVREPORT_SHARED_DIR): skipped");
        return;
    }
    Comparer compare;
    for (const std::string& f : *files) {
        const std::string text = test_support::read_file(f);
        for (std::size_t at = 0; at <= text.size(); ++at) compare(std::string_view(text).substr(at));
    }
    INFO("first difference: \"" << compare.first_differ << "\"");
    CHECK(compare.differ == 0);
    CHECK(compare.accepted > 5000);
}

TEST_CASE("plain_numeral values are decimal_value's at every power of ten", "[numeral]") {
    // Short and long whole and fraction parts (past 2^53 and past 22 fraction digits
    // decimal_value takes its slow path), times 10^0 to 10^12 as the scales give.
    std::size_t compared = 0, plain = 0;
    for (std::size_t whole = 1; whole <= 19; whole += 2)
        for (std::size_t fraction = 0; fraction <= 25; fraction += 3)
            for (const char* digit : {"1", "7", "9"})
                for (const char* tail : {"", "万", ".", "%"}) {
                    std::string text;
                    for (std::size_t i = 0; i < whole; ++i) text += digit;
                    if (fraction > 0) text += ".";
                    for (std::size_t i = 0; i < fraction; ++i) text += (i % 2 ? "3" : digit);
                    text += tail;
                    govreport::grammar::plain_numeral n;
                    if (!govreport::grammar::read_plain_arabic(text, n)) continue;
                    ++plain;
                    for (int e = 0; e <= 12; ++e) {
                        const std::string_view numeral = std::string_view(text).substr(0, n.bytes);
                        INFO("numeral " << numeral << " exponent " << e);
                        CHECK(same(n.value(text, e), govreport::grammar::decimal_value(numeral, e)));
                        ++compared;
                    }
                }
    CHECK(plain > 500);
    CHECK(compared > 7000);
}
