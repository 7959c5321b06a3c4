// Structure markers, Chinese ordinals and the year rule (lib/grammar), table-driven.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/marker.hpp"
#include "grammar/year.hpp"

using govreport::MarkerKind;
using govreport::grammar::marker_match;
using govreport::grammar::parse_chinese_ordinal;
using govreport::grammar::parse_enumeration;
using govreport::grammar::parse_marker;

namespace {

// The digits 1–9 as written in ordinals; index = value.
const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

// The standard spelling of n (1 ≤ n ≤ 99): 七, 十, 十三, 二十, 九十九.
std::string chinese_1_to_99(int n) {
    const int t = n / 10, u = n % 10;
    std::string s;
    if (t >= 2) s += kDigits[t];
    if (t >= 1) s += "十";
    if (u) s += kDigits[u];
    return s;
}

struct MarkerCase {
    const char* text;
    MarkerKind kind;
    int ordinal;
    std::size_t marker_bytes;
    std::size_t total_bytes;
};

}  // namespace

TEST_CASE("every marker style is recognised with exact byte counts", "[grammar]") {
    // Byte counts: CJK characters and full-width punctuation are 3 bytes, ASCII 1, U+3000 3.
    const MarkerCase cases[] = {
        // 一、 (GB/T 9704 level 1) and the common slips 一. 一． 一，
        {"一、推进法治政府建设", MarkerKind::chinese_comma, 1, 6, 6},
        {"一、 推进", MarkerKind::chinese_comma, 1, 6, 7},
        {"二、\u3000存在的不足", MarkerKind::chinese_comma, 2, 6, 9},
        {"十、其他", MarkerKind::chinese_comma, 10, 6, 6},
        {"十二、其他", MarkerKind::chinese_comma, 12, 9, 9},
        {"九十九、其他", MarkerKind::chinese_comma, 99, 12, 12},
        {"三．加强", MarkerKind::chinese_comma, 3, 6, 6},
        {"四.加强", MarkerKind::chinese_comma, 4, 4, 4},
        {"五，加强", MarkerKind::chinese_comma, 5, 6, 6},
        // （一） level 2, full- and half-width, inner spaces
        {"（一）坚持擦亮思想航灯", MarkerKind::chinese_paren, 1, 9, 9},
        {"(一)坚持", MarkerKind::chinese_paren, 1, 5, 5},
        {"（ 一 ）坚持", MarkerKind::chinese_paren, 1, 11, 11},
        {"（\u3000一\u3000）坚持", MarkerKind::chinese_paren, 1, 15, 15},
        {"(二) 加快", MarkerKind::chinese_paren, 2, 5, 6},
        {"（十二）加快", MarkerKind::chinese_paren, 12, 12, 12},
        // 1. level 3: half-width stop, full-width stop, 顿号, with and without a space
        {"1.提升", MarkerKind::arabic_dot, 1, 2, 2},
        {"1. 提升依法行政能力和水平", MarkerKind::arabic_dot, 1, 2, 3},
        {"1．提升", MarkerKind::arabic_dot, 1, 4, 4},
        {"1、提升", MarkerKind::arabic_dot, 1, 4, 4},
        {"1.  提升", MarkerKind::arabic_dot, 1, 2, 4},
        {"1.\t提升", MarkerKind::arabic_dot, 1, 2, 3},
        {"1.\u00A0提升", MarkerKind::arabic_dot, 1, 2, 4},      // NBSP is 2 bytes
        {"1．\u3000提升", MarkerKind::arabic_dot, 1, 4, 7},
        {"15.推进信访工作法治化", MarkerKind::arabic_dot, 15, 3, 3},
        {"10. 切实加强司法", MarkerKind::arabic_dot, 10, 3, 4},
        {"12．深化", MarkerKind::arabic_dot, 12, 5, 5},
        // （1） level 4
        {"（1）加强", MarkerKind::arabic_paren, 1, 7, 7},
        {"(1)加强", MarkerKind::arabic_paren, 1, 3, 3},
        {"(12) 加强", MarkerKind::arabic_paren, 12, 4, 5},
        {"（ 3 ）加强", MarkerKind::arabic_paren, 3, 9, 9},
        // 一是 enumeration
        {"一是坚持高位推动。", MarkerKind::enumeration, 1, 6, 6},
        {"五是深入推动", MarkerKind::enumeration, 5, 6, 6},
        {"十是加强", MarkerKind::enumeration, 10, 6, 6},
        {"十二是 加强", MarkerKind::enumeration, 12, 9, 10},
    };
    for (const MarkerCase& c : cases) {
        INFO("input: " << c.text);
        marker_match m;
        REQUIRE(parse_marker(c.text, m));
        CHECK(m.kind == c.kind);
        CHECK(m.ordinal == c.ordinal);
        CHECK(m.marker_bytes == c.marker_bytes);
        CHECK(m.total_bytes == c.total_bytes);
    }
}

TEST_CASE("circled markers ① to ⑳", "[grammar]") {
    const char* const circled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
                                   "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"};
    for (int i = 0; i < 20; ++i) {
        const std::string bare = std::string(circled[i]) + "加强";
        const std::string spaced = std::string(circled[i]) + " 加强";
        INFO("input: " << bare);
        marker_match m;
        REQUIRE(parse_marker(bare, m));
        CHECK(m.kind == MarkerKind::circled);
        CHECK(m.ordinal == i + 1);
        CHECK(m.marker_bytes == 3);
        CHECK(m.total_bytes == 3);
        marker_match s;
        REQUIRE(parse_marker(spaced, s));
        CHECK(s.ordinal == i + 1);
        CHECK(s.marker_bytes == 3);
        CHECK(s.total_bytes == 4);
    }
    marker_match m;
    CHECK_FALSE(parse_marker("㉑加强", m));  // the table stops at 20
}

TEST_CASE("texts that only look like markers are not markers", "[grammar]") {
    const char* const negatives[] = {
        "2.8万条",          // a decimal quantity
        "3.0版",            // a version
        "0.5%",
        "2024年",           // a year
        "2024.",            // four digits are a year or an amount, not an item number
        "2025 年，我市将",
        "十四五",           // a plan name
        "十四五规划",
        "12345便民服务热线",  // a hotline
        "11111创新工程",
        "推进法治政府建设",   // text starting with a plain character
        "是",
        "第一，",
        "一方面",
        "一",
        "（一",              // unclosed bracket
        "（甲）",
        "(a)",
        "《一、》",
        " 一、推进",         // no leading white space allowed
        "　（一）坚持",      // nor an ideographic space
        "",
    };
    for (const char* text : negatives) {
        INFO("input: '" << text << "'");
        marker_match m;
        m.kind = MarkerKind::circled;  // sentinel values: a failed match leaves them alone
        m.ordinal = -7;
        m.marker_bytes = 42;
        m.total_bytes = 43;
        CHECK_FALSE(parse_marker(text, m));
        CHECK(m.kind == MarkerKind::circled);
        CHECK(m.ordinal == -7);
        CHECK(m.marker_bytes == 42);
        CHECK(m.total_bytes == 43);
    }
}

TEST_CASE("Chinese ordinals 1 to 99, all of them", "[grammar]") {
    for (int t = 0; t <= 9; ++t) {
        for (int u = 0; u <= 9; ++u) {
            const int expected = 10 * t + u;
            if (expected == 0) continue;
            // Built from the digits: [t]十[u], with 一 dropped before 十.
            std::string s;
            if (t >= 2) s += kDigits[t];
            if (t >= 1) s += "十";
            if (u) s += kDigits[u];
            INFO("numeral: " << s << " expected " << expected);

            int value = 0;
            std::size_t consumed = 0;
            REQUIRE(parse_chinese_ordinal(s, value, consumed));
            CHECK(value == expected);
            CHECK(consumed == s.size());

            // Followed by text, the numeral stops where it ends.
            value = 0;
            consumed = 0;
            REQUIRE(parse_chinese_ordinal(s + "、推进", value, consumed));
            CHECK(value == expected);
            CHECK(consumed == s.size());

            // And every marker built on it carries the number.
            marker_match m;
            REQUIRE(parse_marker(s + "、标题", m));
            CHECK(m.kind == MarkerKind::chinese_comma);
            CHECK(m.ordinal == expected);
            CHECK(m.marker_bytes == s.size() + 3);

            marker_match p;
            REQUIRE(parse_marker("（" + s + "）标题", p));
            CHECK(p.kind == MarkerKind::chinese_paren);
            CHECK(p.ordinal == expected);
            CHECK(p.marker_bytes == s.size() + 6);

            marker_match h;
            REQUIRE(parse_marker("(" + s + ")标题", h));
            CHECK(h.kind == MarkerKind::chinese_paren);
            CHECK(h.ordinal == expected);
            CHECK(h.marker_bytes == s.size() + 2);

            marker_match e;
            REQUIRE(parse_enumeration(s + "是加强", e));
            CHECK(e.kind == MarkerKind::enumeration);
            CHECK(e.ordinal == expected);
            CHECK(e.marker_bytes == s.size() + 3);
        }
    }
    // The generator agrees with the helper used elsewhere.
    CHECK(chinese_1_to_99(99) == "九十九");
    CHECK(chinese_1_to_99(10) == "十");
    CHECK(chinese_1_to_99(21) == "二十一");
}

TEST_CASE("Arabic item numbers 1 to 999", "[grammar]") {
    for (int n = 1; n <= 999; ++n) {
        const std::string digits = std::to_string(n);
        INFO("number " << n);
        marker_match m;
        REQUIRE(parse_marker(digits + ".加强", m));
        CHECK(m.kind == MarkerKind::arabic_dot);
        CHECK(m.ordinal == n);
        CHECK(m.marker_bytes == digits.size() + 1);
        marker_match p;
        REQUIRE(parse_marker("（" + digits + "）加强", p));
        CHECK(p.kind == MarkerKind::arabic_paren);
        CHECK(p.ordinal == n);
        CHECK(p.marker_bytes == digits.size() + 6);
        // A digit after the stop makes it a decimal number.
        marker_match d;
        CHECK_FALSE(parse_marker(digits + ".5倍", d));
    }
}

TEST_CASE("Chinese ordinals 100 to 999 (samples) and rejects", "[grammar]") {
    struct Sample {
        const char* text;
        int value;
    };
    const Sample samples[] = {
        {"一百", 100},     {"一百零五", 105},  {"一百〇八", 108},    {"一百一十", 110},
        {"一百二十三", 123}, {"两百", 200},     {"两百零一", 201},    {"三百二十一", 321},
        {"五百", 500},     {"七百零七", 707},  {"九百九十", 990},    {"九百九十九", 999},
        {"两", 2},
    };
    for (const Sample& s : samples) {
        INFO("numeral: " << s.text);
        int value = 0;
        std::size_t consumed = 0;
        REQUIRE(parse_chinese_ordinal(s.text, value, consumed));
        CHECK(value == s.value);
        CHECK(consumed == std::string(s.text).size());
    }
    const char* const rejects[] = {"", "零", "〇", "是", "abc", "第一", "百"};
    for (const char* r : rejects) {
        INFO("input: " << r);
        int value = -1;
        std::size_t consumed = 99;
        CHECK_FALSE(parse_chinese_ordinal(r, value, consumed));
    }
}

TEST_CASE("parse_enumeration accepts only 一是-style markers", "[grammar]") {
    marker_match m;
    REQUIRE(parse_enumeration("三是加强督察考核。", m));
    CHECK(m.kind == MarkerKind::enumeration);
    CHECK(m.ordinal == 3);
    CHECK(m.marker_bytes == 6);
    CHECK(m.total_bytes == 6);

    marker_match n;
    CHECK_FALSE(parse_enumeration("一、推进", n));
    CHECK_FALSE(parse_enumeration("1.提升", n));
    CHECK_FALSE(parse_enumeration("是", n));
    CHECK_FALSE(parse_enumeration("要是", n));
    CHECK_FALSE(parse_enumeration("", n));
}

TEST_CASE("find_year finds the first YYYY年", "[grammar]") {
    using govreport::grammar::find_year;
    int year = 0;
    std::size_t b = 0, e = 0;

    // The seed's title, with its stray spaces.
    const std::string title = "启东市人民政府 2024 年度法治政府建设 情况报告";
    REQUIRE(find_year(title, year, b, e));
    CHECK(year == 2024);
    CHECK(title.substr(b, e - b) == "2024 年");

    REQUIRE(find_year("2024年", year, b, e));
    CHECK(year == 2024);
    CHECK(b == 0);
    CHECK(e == 7);

    REQUIRE(find_year("二、2024年法治政府建设存在的主要不足", year, b, e));
    CHECK(year == 2024);
    CHECK(b == 6);

    const std::string fw = "某市２０２５年工作安排";
    REQUIRE(find_year(fw, year, b, e));
    CHECK(year == 2025);
    CHECK(fw.substr(b, e - b) == "２０２５年");

    // A range: the first year directly followed by 年 is the one found.
    REQUIRE(find_year("（2021-2025 年）", year, b, e));
    CHECK(year == 2025);

    CHECK_FALSE(find_year("12024年", year, b, e));  // five digits are no year
    CHECK_FALSE(find_year("1948年", year, b, e));   // out of range
    CHECK_FALSE(find_year("2200年", year, b, e));
    CHECK_FALSE(find_year("2024", year, b, e));     // no 年
    CHECK_FALSE(find_year("第2024号", year, b, e));
    CHECK_FALSE(find_year("", year, b, e));
}

TEST_CASE("find_year: a longer full-width digit run is no year", "[grammar]") {
    // The ASCII path refuses a year inside a longer digit run ("12024年"); the full-width
    // path should do the same, but it starts a match at every full-width digit.
    using govreport::grammar::find_year;
    int year = 0;
    std::size_t b = 0, e = 0;
    CHECK_FALSE(find_year("１２０２４年", year, b, e));
}
