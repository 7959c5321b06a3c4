// Each diagnostic code on a minimal input, and the failures that throw govreport::Error.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

using govreport::Diagnostic;
using govreport::Report;
using govreport::Severity;
using govreport::Status;
using test_support::contains;
using test_support::slice;

namespace {

const std::string kTitle = "某市人民政府2024年度法治政府建设情况报告\n\n";
const std::string kPartTwo = "二、存在的不足\n\n基层执法力量相对薄弱。\n\n";
const std::string kPartThree =
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n";
const std::string kPartFour = "四、2025年工作安排\n\n持续推进法治政府建设。\n";

// A complete four-part report whose part 一 holds `part_one`.
std::string report_with(const std::string& part_one) {
    return kTitle + "一、主要做法及成效\n\n" + part_one + "\n\n" + kPartTwo + kPartThree + kPartFour;
}

std::vector<const Diagnostic*> find(const Report& r, std::string_view code) {
    std::vector<const Diagnostic*> out;
    for (const auto& d : r.diagnostics)
        if (d.code == code) out.push_back(&d);
    return out;
}

std::size_t warnings(const Report& r) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity != Severity::info;
    return n;
}

// Diagnostic spans lie in the text and their char offsets agree with the bytes.
void check_diagnostic_spans(const Report& r) {
    for (const auto& d : r.diagnostics) {
        INFO(d.code);
        CHECK_FALSE(d.message.empty());
        REQUIRE(d.span.start <= d.span.end);
        REQUIRE(d.span.end <= r.text.size());
        CHECK(d.span.char_start == test_support::naive_code_points(std::string_view(r.text).substr(0, d.span.start)));
        CHECK(d.span.char_end == test_support::naive_code_points(std::string_view(r.text).substr(0, d.span.end)));
    }
}

std::string dump(const Report& r) {
    std::string s;
    for (const auto& d : r.diagnostics)
        s += std::string(govreport::to_string(d.severity)) + " " + d.code + ": " + d.message + "\n";
    return s;
}

// The one diagnostic with `code`, which must be a warning at the bytes `at`.
void expect_one_warning(const Report& r, std::string_view code, std::string_view at,
                        std::size_t at_offset) {
    INFO("diagnostics:\n" << dump(r));
    const auto found = find(r, code);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::warning);
    CHECK(slice(r.text, found[0]->span) == at);
    CHECK(found[0]->span.start == at_offset);
    check_diagnostic_spans(r);
}

}  // namespace

TEST_CASE("a well-formed report has no warnings", "[diagnostics]") {
    const Report r = govreport::parse(report_with(
        "（一）加强组织领导\n\n1. 压实领导责任。全年研究部署3次。\n\n2. 健全工作机制。建立联席会议制度。\n\n"
        "（二）深化改革创新\n\n3. 深化放管服改革。全年取消许可事项5项。"));
    INFO("diagnostics:\n" << dump(r));
    CHECK(warnings(r) == 0);
    CHECK(r.sections.size() == 6);
    CHECK(r.measures.size() == 3);
}

TEST_CASE("ordinal_skipped", "[diagnostics]") {
    SECTION("（三） after （一）") {
        const std::string text = report_with(
            "（一）加强组织领导\n\n1. 压实领导责任。全年研究部署3次。\n\n"
            "（三）深化改革创新\n\n2. 深化放管服改革。全年取消许可事项5项。");
        expect_one_warning(govreport::parse(text), "ordinal_skipped", "（三）", text.find("（三）"));
    }
    SECTION("a list that begins at （二）") {
        const std::string text = report_with("（二）加强组织领导\n\n全年研究部署3次。");
        expect_one_warning(govreport::parse(text), "ordinal_skipped", "（二）", text.find("（二）"));
    }
    SECTION("3. after 1.") {
        const std::string text = report_with(
            "（一）加强组织领导\n\n1. 压实领导责任。全年研究部署3次。\n\n3. 健全工作机制。建立联席会议制度。");
        expect_one_warning(govreport::parse(text), "ordinal_skipped", "3.", text.find("3. 健全"));
    }
    SECTION("三、 after 一、") {
        const std::string text =
            kTitle + "一、主要做法及成效\n\n全年推进各项工作。\n\n" + kPartThree + kPartFour;
        const Report r = govreport::parse(text);
        expect_one_warning(r, "ordinal_skipped", "三、", text.find("三、"));
    }
    SECTION("三是 after 一是") {
        const std::string text =
            report_with("一是加强学习培训。全年组织学法12次。\n\n三是强化督察考核。全年开展督察2次。");
        expect_one_warning(govreport::parse(text), "ordinal_skipped", "三是", text.find("三是"));
    }
}

TEST_CASE("ordinal_repeated", "[diagnostics]") {
    SECTION("（一） twice") {
        const std::string text = report_with("（一）加强组织领导\n\n全年研究部署3次。\n\n（一）深化改革创新\n\n全年取消许可事项5项。");
        expect_one_warning(govreport::parse(text), "ordinal_repeated", "（一）", text.rfind("（一）"));
    }
    SECTION("2. twice") {
        const std::string text = report_with(
            "（一）加强组织领导\n\n1. 压实领导责任。全年研究部署3次。\n\n2. 健全工作机制。建立联席会议制度。\n\n"
            "2. 深化改革创新。取消许可事项5项。");
        expect_one_warning(govreport::parse(text), "ordinal_repeated", "2.", text.rfind("2. "));
    }
}

TEST_CASE("ordinal_out_of_order", "[diagnostics]") {
    const std::string text = report_with(
        "（一）加强组织领导\n\n全年研究部署3次。\n\n（二）深化改革创新\n\n全年取消许可事项5项。\n\n"
        "（三）强化执法监督\n\n全年开展执法检查9次。\n\n（二）推进政务公开\n\n全年公开信息120条。");
    expect_one_warning(govreport::parse(text), "ordinal_out_of_order", "（二）", text.rfind("（二）"));
}

TEST_CASE("marker_nesting", "[diagnostics]") {
    SECTION("（一） before any 一、 when 一、 is used later") {
        const std::string text = kTitle + "（一）先行部署法治工作\n\n全年研究部署3次。\n\n" +
                                 report_with("全年推进各项工作。").substr(kTitle.size());
        expect_one_warning(govreport::parse(text), "marker_nesting", "（一）", text.find("（一）"));
    }
    SECTION("（1） directly under 一、 when （一） is used elsewhere") {
        const std::string text = kTitle +
                                 "一、主要做法及成效\n\n（1）加强组织领导。全年研究部署3次。\n\n"
                                 "二、存在的不足\n\n（一）基层执法力量相对薄弱\n\n执法人员数量不足。\n\n" +
                                 kPartThree + kPartFour;
        expect_one_warning(govreport::parse(text), "marker_nesting", "（1）", text.find("（1）"));
    }
    SECTION("（1） under 一、 is fine when no （一） level exists") {
        const std::string text = report_with("（1）加强组织领导。全年研究部署3次。\n\n（2）深化改革创新。全年取消许可事项5项。");
        const Report r = govreport::parse(text);
        INFO("diagnostics:\n" << dump(r));
        CHECK(find(r, "marker_nesting").empty());
        CHECK(warnings(r) == 0);
    }
}

TEST_CASE("missing_part names the missing statutory part", "[diagnostics]") {
    SECTION("no plans") {
        const Report r = govreport::parse(kTitle + "一、主要做法及成效\n\n全年推进各项工作。\n\n" +
                                          kPartTwo + kPartThree);
        INFO("diagnostics:\n" << dump(r));
        const auto found = find(r, "missing_part");
        REQUIRE(found.size() == 1);
        CHECK(found[0]->severity == Severity::warning);
        const std::string& msg = found[0]->message;
        CHECK((contains(msg, "plan") || contains(msg, "安排")));
        check_diagnostic_spans(r);
    }
    SECTION("no shortcomings") {
        const Report r = govreport::parse(kTitle + "一、主要做法及成效\n\n全年推进各项工作。\n\n" +
                                          "二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n" +
                                          "三、2025年工作安排\n\n持续推进法治政府建设。\n");
        INFO("diagnostics:\n" << dump(r));
        const auto found = find(r, "missing_part");
        REQUIRE(found.size() == 1);
        CHECK(found[0]->severity == Severity::warning);
        CHECK((contains(found[0]->message, "shortcoming") || contains(found[0]->message, "不足")));
    }
    SECTION("a complete report has none") {
        const Report r = govreport::parse(report_with("全年推进各项工作。"));
        CHECK(find(r, "missing_part").empty());
    }
    SECTION("a government work report has no statutory parts to miss") {
        const std::string body = "一、2025年工作回顾\n\n全年地区生产总值增长5%。\n\n二、2026年工作安排\n\n"
                                 "持续推进高质量发展。\n";
        const Report titled = govreport::parse("2026年浙江省政府工作报告\n\n" + body);
        CHECK(find(titled, "missing_part").empty());
        CHECK(find(titled, "part_embedded").empty());
        const Report untitled = govreport::parse("各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n\n" + body);
        CHECK(find(untitled, "missing_part").empty());
        // A 法治政府建设 report with the same parts misses its shortcomings and leaders' part.
        const Report law = govreport::parse(kTitle + body);
        CHECK(!find(law, "missing_part").empty());
    }
}

TEST_CASE("part_embedded: leadership only in a level-2 heading", "[diagnostics]") {
    const Report r = govreport::parse(kTitle +
                                      "一、主要做法及成效\n\n"
                                      "（一）党政主要负责人履行推进法治建设第一责任人职责\n\n主要负责同志认真履行职责。\n\n"
                                      "（二）加强组织领导\n\n全年研究部署3次。\n\n" +
                                      kPartTwo + "三、2025年工作安排\n\n持续推进法治政府建设。\n");
    INFO("diagnostics:\n" << dump(r));
    CHECK(find(r, "part_embedded").size() == 1);
    CHECK(find(r, "missing_part").empty());
    REQUIRE(r.roots().size() == 3);
    check_diagnostic_spans(r);
}

TEST_CASE("part_embedded: leadership only in a measure's title", "[diagnostics]") {
    const Report r = govreport::parse(kTitle +
                                      "一、主要做法及成效\n\n"
                                      "1.切实履行法治政府建设第一责任人职责。主要负责同志认真履行职责。\n\n"
                                      "2.加强组织领导。全年研究部署3次。\n\n" +
                                      kPartTwo + "三、2025年工作安排\n\n持续推进法治政府建设。\n");
    INFO("diagnostics:\n" << dump(r));
    CHECK(find(r, "part_embedded").size() == 1);
    CHECK(find(r, "missing_part").empty());
}

TEST_CASE("part_embedded: the leaders' duty told in the body of a 法治政府建设 report", "[diagnostics]") {
    const Report r = govreport::parse(kTitle +
                                      "一、主要做法及成效\n\n"
                                      "（一）加强领导。县长带头履行推进法治建设第一责任人职责，全年研究部署3次。\n\n" +
                                      kPartTwo + "三、2025年工作安排\n\n持续推进法治政府建设。\n");
    INFO("diagnostics:\n" << dump(r));
    CHECK(find(r, "part_embedded").size() == 1);
    CHECK(find(r, "missing_part").empty());
}

TEST_CASE("a part that names achievements and shortcomings covers both", "[diagnostics]") {
    const Report r = govreport::parse(kTitle +
                                      "一、2024年推进法治政府建设主要举措、成效和不足\n\n全年研究部署3次。\n\n"
                                      "二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n认真履行。\n\n"
                                      "三、2025年工作安排\n\n持续推进法治政府建设。\n");
    INFO("diagnostics:\n" << dump(r));
    CHECK(r.sections[r.roots()[0]].role == govreport::Role::achievements);
    CHECK(find(r, "missing_part").empty());
    CHECK(find(r, "part_embedded").size() == 1);  // the shortcomings
}

TEST_CASE("a 第一责任人 that failed is a shortcoming, not the leaders' part", "[diagnostics]") {
    const Report r = govreport::parse(kTitle +
                                      "一、主要做法及成效\n\n全年研究部署3次。\n\n"
                                      "二、存在的不足\n\n个别单位履行第一责任人职责不到位。\n\n"
                                      "三、2025年工作安排\n\n持续推进法治政府建设。\n");
    INFO("diagnostics:\n" << dump(r));
    CHECK(find(r, "part_embedded").empty());
    CHECK(find(r, "missing_part").size() == 1);
}

TEST_CASE("empty_input", "[diagnostics]") {
    for (const char* text : {"", "\n", "\n\n\n", "   \t ", "\u3000\r\n\r\n", "\xEF\xBB\xBF\n"}) {
        INFO("input: '" << text << "'");
        const Report r = govreport::parse(text);
        CHECK(find(r, "empty_input").size() == 1);
        CHECK(r.sections.empty());
        CHECK(r.measures.empty());
        CHECK(r.title.empty());
        CHECK_FALSE(r.year.has_value());
        check_diagnostic_spans(r);
    }
    CHECK(find(govreport::parse(report_with("全年推进各项工作。")), "empty_input").empty());
}

TEST_CASE("invalid_utf8 is replaced and reported", "[diagnostics]") {
    const std::string text = kTitle + "一、主要做法\xFF及成效\n\n全年推进各项工作。\n";
    const Report r = govreport::parse(text);
    INFO("diagnostics:\n" << dump(r));
    CHECK(test_support::valid_utf8(r.text));
    CHECK(contains(r.text, "主要做法\uFFFD及成效"));
    const auto found = find(r, "invalid_utf8");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::warning);
    CHECK(slice(r.text, found[0]->span) == "\uFFFD");
    CHECK(found[0]->span.start == text.find('\xFF'));
    REQUIRE_FALSE(r.sections.empty());
    CHECK(r.sections[0].title == "主要做法\uFFFD及成效");
    check_diagnostic_spans(r);

    // Valid input has no such diagnostic.
    CHECK(find(govreport::parse(report_with("全年推进各项工作。")), "invalid_utf8").empty());
}

TEST_CASE("strict encoding throws with the offset", "[diagnostics]") {
    govreport::ParseOptions strict;
    strict.strict_encoding = true;
    const std::string text = kTitle + "一、主要做法\xFF及成效\n";
    const std::size_t bad = text.find('\xFF');
    try {
        (void)govreport::parse(text, strict);
        FAIL("parse did not throw");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == Status::invalid_encoding);
        CHECK(e.offset() == bad);
        CHECK(contains(e.what(), std::to_string(bad)));
    }
    // A truncated sequence at the very end, and a surrogate.
    for (const std::string& t : {std::string("报告\xE6\xB3"), std::string("ab\xED\xA0\x80")}) {
        try {
            (void)govreport::parse(t, strict);
            FAIL("parse did not throw");
        } catch (const govreport::Error& e) {
            CHECK(e.status() == Status::invalid_encoding);
            CHECK(e.offset() == (t[0] == 'a' ? 2u : 6u));
        }
    }
    // Valid text parses in strict mode.
    CHECK_NOTHROW(govreport::parse(report_with("全年推进各项工作。"), strict));
}

TEST_CASE("too_large and the input limit", "[diagnostics]") {
    govreport::ParseOptions small;
    small.max_input_bytes = 10;
    try {
        (void)govreport::parse("01234567890", small);  // 11 bytes
        FAIL("parse did not throw");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == Status::too_large);
        CHECK(contains(e.what(), "10"));
    }
    CHECK_NOTHROW(govreport::parse("0123456789", small));  // exactly the limit

    // The default limit (64 MiB) takes an ordinary report.
    CHECK(govreport::ParseOptions{}.max_input_bytes == (64ull << 20));
    CHECK_NOTHROW(govreport::parse(report_with("全年推进各项工作。")));

    // parse_file applies the limit too.
    const std::string path = test_support::data_path("thematic-2024.txt");
    REQUIRE(test_support::file_exists(path));
    govreport::ParseOptions tiny;
    tiny.max_input_bytes = 100;
    try {
        (void)govreport::parse_file(path, tiny);
        FAIL("parse_file did not throw");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == Status::too_large);
    }
    CHECK(govreport::parse_file(path).sections.size() == 9);
}

TEST_CASE("parse_buffer gives what parse gives, whether it takes the buffer or converts it",
          "[diagnostics]") {
    // UTF-8 needs no conversion: the report takes the string's bytes as its text.
    const std::string utf8 = test_support::read_file(test_support::data_path("thematic-2024.txt"));
    std::string buffer = utf8;
    const Report taken = govreport::parse_buffer(std::move(buffer));
    CHECK(taken.text == utf8);
    CHECK(govreport::to_json(taken) == govreport::to_json(govreport::parse(utf8)));
    CHECK(taken.sections.size() == 9);

    // GB18030 and a BOM are converted: the text is the decoded copy, not the buffer.
    std::string gb = "\xC4\xB3\xCA\xD0\xC8\xCB\xC3\xF1\xD5\xFE\xB8\xAE\n";  // 某市人民政府
    govreport::ParseOptions gb18030;
    gb18030.encoding = govreport::Encoding::gb18030;
    const Report converted = govreport::parse_buffer(std::string(gb), gb18030);
    CHECK(converted.encoding == "gb18030");
    CHECK(converted.text == "某市人民政府\n");
    std::string bom = "\xEF\xBB\xBF" + report_with("全年办理案件995件。");
    CHECK(govreport::to_json(govreport::parse_buffer(std::string(bom))) ==
          govreport::to_json(govreport::parse(bom)));

    // Short strings (kept inside the string object) and empty input.
    CHECK(govreport::parse_buffer(std::string("短文")).text == "短文");
    CHECK(govreport::parse_buffer(std::string()).text.empty());

    // The size limit is checked before anything is taken.
    govreport::ParseOptions tiny;
    tiny.max_input_bytes = 10;
    std::string big = utf8;
    CHECK_THROWS_AS(govreport::parse_buffer(std::move(big), tiny), govreport::Error);
}

TEST_CASE("parse_file on a missing path throws io naming the path", "[diagnostics]") {
    const std::string path = test_support::source_dir() + "/tests/data/no-such-report.txt";
    try {
        (void)govreport::parse_file(path);
        FAIL("parse_file did not throw");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == Status::io);
        CHECK(contains(e.what(), path));
    }
}

TEST_CASE("the report_year option sets the year, over the title's", "[diagnostics]") {
    // parse.hpp: "Reporting year; overrides the year read from the title. 0 = take it
    // from the text."
    govreport::ParseOptions opts;
    opts.report_year = 2023;
    const Report without = govreport::parse("某市法治政府建设情况报告\n\n一、主要做法及成效\n", opts);
    CHECK(without.year == std::optional<int>(2023));
    const Report with = govreport::parse(report_with("全年推进各项工作。"), opts);
    CHECK(with.year == std::optional<int>(2023));
    CHECK(govreport::parse(report_with("全年推进各项工作。")).year == std::optional<int>(2024));
}
