// govreport::to_json: the "govreport/1" contract keys, escaping, invalid UTF-8 and pretty mode.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <string>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

using govreport::Report;
using test_support::Json;
using test_support::JsonReader;

namespace {

using Kind = Json::Kind;

const std::string kSample =
    "某市人民政府2024年度法治政府建设情况报告\n\n"
    "一、主要做法及成效\n\n（一）加强组织领导\n\n1. 压实领导责任。全年研究部署3次。\n\n"
    "2. 健全工作机制。建立联席会议制度，定期研究解决重点难点问题，推动各项任务落地落实，"
    "形成上下联动的工作格局和\n\n"
    "长效机制。\n\n"
    "二、存在的不足\n\n基层执法力量相对薄弱。\n\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。一是带头学法。二是带头决策。\n\n"
    "四、2025年工作安排\n\n持续推进法治政府建设。\n";

Json parse_json(const std::string& s) {
    try {
        return JsonReader::parse(s);
    } catch (const std::exception& e) {
        FAIL("invalid JSON (" << e.what() << "): " << s.substr(0, 2000));
    }
    return Json{};
}

void check_span(const Json& span, const govreport::Span& expected) {
    REQUIRE(span.is(Kind::object));
    for (const char* k : {"start", "end", "char_start", "char_end"}) {
        INFO("span member " << k);
        REQUIRE(span.has(k));
        CHECK(span.at(k).is_integer());
    }
    CHECK(static_cast<std::uint64_t>(span.at("start").as_int()) == expected.start);
    CHECK(static_cast<std::uint64_t>(span.at("end").as_int()) == expected.end);
    CHECK(static_cast<std::uint64_t>(span.at("char_start").as_int()) == expected.char_start);
    CHECK(static_cast<std::uint64_t>(span.at("char_end").as_int()) == expected.char_end);
}

void check_section(const Json& j, const Report& r, std::size_t index, std::set<std::string>& ids) {
    const auto& s = r.sections[index];
    INFO("section " << s.id);
    REQUIRE(j.is(Kind::object));
    CHECK(j.at("id").text == s.id);
    CHECK(ids.insert(s.id).second);
    CHECK(j.at("level").is_integer());
    CHECK(j.at("level").as_int() == s.level);
    CHECK(j.at("marker").text == s.marker);
    CHECK(j.at("ordinal").as_int() == s.ordinal);
    CHECK(j.at("title").text == s.title);
    if (s.level == 1) {
        REQUIRE(j.has("role"));
        const std::set<std::string> roles{"achievements", "shortcomings", "leadership_duty",
                                          "plans", "other"};
        CHECK(roles.count(j.at("role").text) == 1);
        CHECK(j.at("role").text == govreport::to_string(s.role));
    }
    check_span(j.at("span"), s.span);
    check_span(j.at("extent"), s.extent);
    const Json& children = j.at("children");
    REQUIRE(children.is(Kind::array));
    REQUIRE(children.size() == s.children.size());
    for (std::size_t i = 0; i < s.children.size(); ++i) check_section(children[i], r, s.children[i], ids);
}

}  // namespace

TEST_CASE("to_json has the contract keys and agrees with the model", "[json]") {
    const Report r = govreport::parse(kSample);
    const std::string out = govreport::to_json(r);
    const Json j = parse_json(out);
    REQUIRE(j.is(Kind::object));

    CHECK(j.at("format").text == "govreport/1");
    CHECK(j.at("title").is(Kind::string));
    CHECK(j.at("title").text == "某市人民政府2024年度法治政府建设情况报告");
    CHECK(j.at("issuer").text == "某市人民政府");
    CHECK(j.at("year").is_integer());
    CHECK(j.at("year").as_int() == 2024);
    CHECK(j.at("encoding").text == "utf-8");
    for (const char* k : {"sections", "measures", "indicators", "bodies", "persons", "documents",
                          "periods", "diagnostics"}) {
        INFO("member " << k);
        REQUIRE(j.has(k));
        CHECK(j.at(k).is(Kind::array));
    }

    // Sections: the roots at the top, sub-sections nested under "children".
    const Json& sections = j.at("sections");
    REQUIRE(sections.size() == r.roots().size());
    std::set<std::string> ids;
    for (std::size_t i = 0; i < sections.size(); ++i) check_section(sections[i], r, r.roots()[i], ids);
    CHECK(ids.size() == r.sections.size());

    const Json& measures = j.at("measures");
    REQUIRE(measures.size() == r.measures.size());
    REQUIRE(r.measures.size() == 4);
    const std::set<std::string> statuses{"done", "planned", "other"};
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const Json& m = measures[i];
        const auto& e = r.measures[i];
        INFO("measure " << e.id);
        CHECK(m.at("id").text == e.id);
        if (e.section == govreport::npos) {
            CHECK(m.at("section").is(Kind::null));
        } else {
            CHECK(m.at("section").text == r.sections[e.section].id);
        }
        CHECK(m.at("marker").text == e.marker);
        CHECK(m.at("ordinal").as_int() == e.ordinal);
        CHECK(m.at("title").text == e.title);
        CHECK(m.at("body").text == e.body);
        CHECK(statuses.count(m.at("status").text) == 1);
        CHECK(m.at("status").text == govreport::to_string(e.status));
        check_span(m.at("span"), e.span);
        check_span(m.at("extent"), e.extent);
        CHECK(m.at("indicators").is(Kind::array));
        CHECK(m.at("bodies").is(Kind::array));
    }
    CHECK(measures[0].at("section").text == "s1.1");
    CHECK(measures[0].at("status").text == "done");
    CHECK(measures[1].at("body").text == "建立联席会议制度，定期研究解决重点难点问题，推动各项任务落地落实，形成上下联动的工作格局和长效机制。");

    const Json& diagnostics = j.at("diagnostics");
    REQUIRE(diagnostics.size() == r.diagnostics.size());
    REQUIRE_FALSE(r.diagnostics.empty());  // the page-break join above
    const std::set<std::string> severities{"error", "warning", "info"};
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Json& d = diagnostics[i];
        INFO("diagnostic " << i);
        CHECK(severities.count(d.at("severity").text) == 1);
        CHECK(d.at("code").text == r.diagnostics[i].code);
        CHECK(d.at("message").text == r.diagnostics[i].message);
        check_span(d.at("span"), r.diagnostics[i].span);
    }
}

TEST_CASE("to_json writes null for an unknown issuer and year", "[json]") {
    const Report r = govreport::parse("");
    const Json j = parse_json(govreport::to_json(r));
    CHECK(j.at("format").text == "govreport/1");
    CHECK(j.at("title").text.empty());
    CHECK(j.at("issuer").is(Kind::null));
    CHECK(j.at("year").is(Kind::null));
    CHECK(j.at("sections").size() == 0);
    CHECK(j.at("diagnostics").size() >= 1);  // empty_input
}

TEST_CASE("to_json escapes quotes, backslashes and control characters", "[json]") {
    Report r;
    r.title = "a\"b\\c\nd\te\rf\x01g\x1fh\bi\fj/k";
    r.issuer = "\"quoted\"";
    const std::string out = govreport::to_json(r);
    const Json j = parse_json(out);  // the reader rejects raw control characters
    CHECK(j.at("title").text == r.title);
    CHECK(j.at("issuer").text == "\"quoted\"");
    CHECK(test_support::contains(out, "\\\""));
    CHECK(test_support::contains(out, "\\\\"));
    CHECK(test_support::contains(out, "\\n"));
    CHECK(test_support::contains(out, "\\t"));
    CHECK(test_support::contains(out, "\\u0001"));
    CHECK((test_support::contains(out, "\\u001f") || test_support::contains(out, "\\u001F")));
    for (unsigned char c : out) CHECK(c >= 0x20);

    // Every control character 0x00–0x1F survives a round trip.
    Report all;
    for (int c = 0; c < 0x20; ++c) all.title += static_cast<char>(c);
    all.title += "\x7F 法";
    CHECK(parse_json(govreport::to_json(all)).at("title").text == all.title);
}

TEST_CASE("to_json replaces invalid UTF-8", "[json]") {
    Report r;
    r.title = "a\xFF" "b\xE6\xB3";
    r.issuer = std::string("\xC0\x80", 2);
    const std::string out = govreport::to_json(r);
    CHECK(test_support::valid_utf8(out));
    const Json j = parse_json(out);
    CHECK(j.at("title").text == "a\uFFFD" "b\uFFFD\uFFFD");
    CHECK(j.at("issuer").text == "\uFFFD\uFFFD");

    // Through the parser (non-strict), the output is valid too.
    const Report p = govreport::parse("某市\xFE人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效\n");
    const std::string json = govreport::to_json(p);
    CHECK(test_support::valid_utf8(json));
    CHECK(parse_json(json).at("diagnostics").size() >= 1);
}

TEST_CASE("pretty mode indents and says the same thing", "[json]") {
    const Report r = govreport::parse(kSample);
    const std::string compact = govreport::to_json(r);
    govreport::JsonOptions pretty_opts;
    pretty_opts.pretty = true;
    const std::string pretty = govreport::to_json(r, pretty_opts);
    CHECK(compact.find('\n') == std::string::npos);
    CHECK(test_support::contains(pretty, "{\n  \"format\": \"govreport/1\""));
    CHECK(test_support::contains(pretty, "\n    {\n      \"id\": \"s1\""));
    CHECK(pretty.size() > compact.size());
    CHECK(parse_json(pretty) == parse_json(compact));
}

TEST_CASE("the seed exports as valid JSON with 9 sections and 23 measures", "[json]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    const Json j = parse_json(govreport::to_json(r));
    CHECK(j.at("sections").size() == 4);
    CHECK(j.at("sections")[0].at("children").size() == 5);
    CHECK(j.at("measures").size() == 23);
    CHECK(j.at("measures")[22].at("status").text == "planned");
    CHECK(j.at("measures")[0].at("section").text == "s1.1");
    CHECK(j.at("issuer").text == "启东市人民政府");
}

TEST_CASE("write_json streams the same bytes as to_json, compact and pretty", "[json]") {
    // Large enough for several 1 MiB chunks of the streaming writer.
    std::string big;
    while (big.size() < (3u << 20)) big += kSample + "\n\n";
    for (const std::string* text : {&kSample, static_cast<const std::string*>(&big)}) {
        const Report r = govreport::parse(*text);
        for (const bool pretty : {false, true}) {
            govreport::JsonOptions options;
            options.pretty = pretty;
            std::FILE* f = std::tmpfile();
            REQUIRE(f);
            REQUIRE(govreport::write_json(r, f, options));
            const long size = std::ftell(f);
            REQUIRE(size > 0);
            std::string streamed(static_cast<std::size_t>(size), '\0');
            std::rewind(f);
            REQUIRE(std::fread(streamed.data(), 1, streamed.size(), f) == streamed.size());
            std::fclose(f);
            INFO("pretty " << pretty << ", input " << text->size() << " bytes");
            CHECK(streamed == govreport::to_json(r, options));
        }
    }
}

TEST_CASE("write_json reports a missing or failing stream", "[json]") {
    const Report r = govreport::parse(kSample);
    CHECK_FALSE(govreport::write_json(r, nullptr));
    // A stream opened for reading only: every write fails.
    std::FILE* f = std::fopen("/dev/null", "r");
    REQUIRE(f);
    CHECK_FALSE(govreport::write_json(r, f));
    std::fclose(f);
}
