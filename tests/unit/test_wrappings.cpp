// The seed in every wrapping a user meets (encodings, BOM, CRLF, HTML, page numbers, one line)
// gives the same sections, measures and indicators as the clean seed (issue 5).
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <iconv.h>

#include <string>
#include <tuple>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

namespace {

using govreport::Report;
using test_support::contains;
using test_support::replace_all;
using test_support::slice;

// What must not change: the outline, the measures and the quantities (values, not offsets).
struct Shape {
    std::vector<std::tuple<int, int, std::string, std::string>> sections;
    std::vector<std::tuple<int, std::string, std::string>> measures;
    std::vector<std::tuple<double, std::string, double, std::string>> indicators;
};

Shape shape(const Report& r) {
    Shape s;
    for (const auto& x : r.sections)
        s.sections.emplace_back(x.level, x.ordinal, x.title, govreport::to_string(x.role));
    for (const auto& m : r.measures)
        s.measures.emplace_back(m.ordinal, m.title, govreport::to_string(m.status));
    for (const auto& i : r.indicators)
        s.indicators.emplace_back(i.value, i.unit, i.normalized, govreport::to_string(i.kind));
    return s;
}

std::string convert(const std::string& in, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(in.size() * 4 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    std::size_t src_left = in.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    REQUIRE(r != static_cast<std::size_t>(-1));
    out.resize(out.size() - dst_left);
    return out;
}

std::string each_line(const std::string& text, const std::string& before, const std::string& after) {
    std::string out;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t nl = text.find('\n', at);
        const std::string line = text.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
        out += before + line + after;
        if (nl == std::string::npos) break;
        at = nl + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("the seed gives one shape whatever its wrapping", "[wrappings][encoding]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report clean = govreport::parse(seed);
    const Shape expected = shape(clean);
    REQUIRE(expected.measures.size() == 23);
    REQUIRE(expected.indicators.size() >= 50);

    std::string pages;  // a page number every 12 lines, as PDF extraction leaves them
    {
        std::size_t line = 0, at = 0;
        while (at < seed.size()) {
            const std::size_t nl = seed.find('\n', at);
            const std::size_t end = nl == std::string::npos ? seed.size() : nl + 1;
            pages += seed.substr(at, end - at);
            if (++line % 12 == 0) pages += "\n— " + std::to_string(line / 12) + " —\n\n";
            at = end;
        }
    }
    struct Variant {
        const char* name;
        std::string bytes;
        const char* encoding;
        const char* format;
    };
    const std::vector<Variant> variants = {
        {"GB18030", convert(seed, "GB18030"), "gb18030", "text"},
        {"UTF-16LE with BOM", "\xFF\xFE" + convert(seed, "UTF-16LE"), "utf-16le", "text"},
        {"UTF-16BE with BOM", "\xFE\xFF" + convert(seed, "UTF-16BE"), "utf-16be", "text"},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" + seed, "utf-8-bom", "text"},
        {"CRLF", replace_all(seed, "\n", "\r\n"), "utf-8", "text"},
        {"HTML page",
         "<!DOCTYPE html><html><head><title>t</title><script>var x = '一、';</script></head>"
         "<body><nav>首页 | 打印</nav>" + each_line(seed, "<p>", "</p>\n") +
             "<footer>版权所有</footer></body></html>",
         "utf-8", "html"},
        {"half-width punctuation",
         replace_all(replace_all(replace_all(seed, "（", "("), "）", ")"), "，", ","), "utf-8",
         "text"},
        {"page numbers", pages, "utf-8", "text"},
        {"all on one line", replace_all(seed, "\n", ""), "utf-8", "text"},
        {"all on one line with spaces", replace_all(seed, "\n", " "), "utf-8", "text"},
    };
    for (const Variant& v : variants) {
        INFO("variant: " << v.name);
        const Report r = govreport::parse(v.bytes);
        CHECK(r.encoding == v.encoding);
        CHECK(r.source_format == v.format);
        const Shape s = shape(r);
        CHECK(s.sections == expected.sections);
        CHECK(s.measures == expected.measures);
        CHECK(s.indicators == expected.indicators);
    }
}

TEST_CASE("forced and strict encodings", "[wrappings][encoding]") {
    const std::string text = "启东市人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效\n\n1. 办理案件995件。\n";
    govreport::ParseOptions gb;
    gb.encoding = govreport::Encoding::gb18030;
    const Report r = govreport::parse(convert(text, "GB18030"), gb);
    CHECK(r.encoding == "gb18030");
    CHECK(r.title == "启东市人民政府2024年度法治政府建设情况报告");
    REQUIRE(r.indicators.size() == 1);
    CHECK(r.indicators[0].text == "995件");
    // Spans refer to the UTF-8 text the parser worked on, which the report exposes.
    CHECK(slice(r.text, r.indicators[0].span) == "995件");

    // Strict GB18030 with an invalid byte: an error naming the offset of that byte.
    govreport::ParseOptions strict = gb;
    strict.strict_encoding = true;
    const std::string bad = convert("一、主要做法", "GB18030") + "\x80" + convert("及成效", "GB18030");
    try {
        (void)govreport::parse(bad, strict);
        FAIL("no error");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == govreport::Status::invalid_encoding);
        CHECK(e.offset() == bad.find('\x80'));
    }
    // Not strict: U+FFFD and a diagnostic instead.
    const Report lenient = govreport::parse(bad, gb);
    CHECK(contains(lenient.text, "\xEF\xBF\xBD"));
    bool reported = false;
    for (const auto& d : lenient.diagnostics) reported = reported || d.code == "invalid_encoding";
    CHECK(reported);
}

TEST_CASE("HTML input: scripts and navigation are dropped, entities decoded", "[wrappings][html]") {
    const std::string page =
        "<html><head><style>p{}</style><script>document.write('一、假标题');</script></head><body>"
        "<div class=nav><nav>网站首页 &gt; 政务公开</nav></div>"
        "<h1>某县人民政府2024年度法治政府建设情况报告</h1>"
        "<p>一、主要做法及成效</p><p>1. 办理复议案件&nbsp;12件&amp;调解5件。</p>"
        "<footer>主办单位</footer></body></html>";
    const Report r = govreport::parse(page);
    CHECK(r.source_format == "html");
    CHECK(r.title == "某县人民政府2024年度法治政府建设情况报告");
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].title == "主要做法及成效");
    CHECK_FALSE(contains(r.text, "假标题"));
    CHECK_FALSE(contains(r.text, "网站首页"));
    CHECK(contains(r.text, "&调解"));
    REQUIRE(r.measures.size() == 1);
    for (const auto& i : r.indicators) CHECK(slice(r.text, i.span) == i.text);
    // The same text given as plain text is not taken for HTML.
    govreport::ParseOptions text_only;
    text_only.format = govreport::InputFormat::text;
    CHECK(govreport::parse(page, text_only).source_format == "text");
}

TEST_CASE("HTML input with nothing in it is an empty report, not an error", "[wrappings][html]") {
    // libxml2 gives no document at all for these (found by the fuzzer: empty input forced
    // to HTML was reported as out of memory).
    govreport::ParseOptions html;
    html.format = govreport::InputFormat::html;
    for (const std::string& page : {std::string(), std::string("   \n"), std::string("<!-- -->"),
                                   std::string("<html></html>")}) {
        INFO("page: '" << page << "'");
        const Report r = govreport::parse(page, html);
        CHECK(r.source_format == "html");
        CHECK(r.sections.empty());
        bool empty = false;
        for (const auto& d : r.diagnostics) empty = empty || d.code == "empty_input";
        CHECK(empty);
    }
}
