// Cited documents: 《…》 titles, nested 〈…〉 entries, periods in titles, document numbers, issuers in front or in the title, the seed's 15 titles.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

using govreport::Document;
using govreport::Report;
using test_support::slice;

namespace {

constexpr const char* kQidong = "启东市人民政府2024年度法治政府建设情况报告";

Report parse_with(std::string_view body) {
    std::string text(kQidong);
    text += "\n\n";
    text += body;
    text += "\n";
    return govreport::parse(text);
}

const Document* doc_titled(const Report& r, std::string_view title) {
    for (const Document& d : r.documents)
        if (d.title == title) return &d;
    return nullptr;
}

std::size_t index_of(const Report& r, const Document* d) {
    return static_cast<std::size_t>(d - r.documents.data());
}

std::string iso(const std::optional<govreport::Date>& d) {
    if (!d) return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return buf;
}

std::string describe(const Report& r) {
    std::string s;
    for (const Document& d : r.documents) {
        s += "\n  " + d.id + " " + d.title + " | no=" + d.doc_number.value_or("-") +
             " | issuer=" + d.issuer.value_or("-") + " | " + d.period_start_iso + ".." +
             d.period_end_iso + " | nested_in=" +
             (d.nested_in == govreport::npos ? std::string("-") : std::to_string(d.nested_in));
    }
    return s.empty() ? " (none)" : s;
}

/// The period of a document: empty strings when it has none; the ISO strings and the dates agree.
std::pair<std::string, std::string> period_of(const Document& d) {
    CHECK(d.period_start_iso == iso(d.period_start));
    CHECK(d.period_end_iso == iso(d.period_end));
    CHECK(d.period_start.has_value() == d.period_end.has_value());
    return {d.period_start_iso, d.period_end_iso};
}

// Every mention is the bracketed title, exactly at its span.
void check_mentions(const Report& r, const Document& d) {
    REQUIRE_FALSE(d.mentions.empty());
    const bool nested = d.nested_in != govreport::npos;
    const std::string bracketed =
        nested ? "〈" + d.title + "〉" : "《" + d.title + "》";
    for (const auto& m : d.mentions) {
        INFO(d.id << " mention " << m.text);
        CHECK(m.text == bracketed);
        CHECK(slice(r.text, m.span) == m.text);
        CHECK(m.span.char_end - m.span.char_start == test_support::naive_code_points(m.text));
    }
}

}  // namespace

TEST_CASE("a title with its period in parentheses", "[documents]") {
    struct Row { const char* text; const char* title; const char* start; const char* end; };
    const Row rows[] = {
        {"围绕《法治政府建设实施纲要（2021-2025 年）》确立的目标任务。", "法治政府建设实施纲要（2021-2025 年）",
         "2021-01-01", "2025-12-31"},
        {"落实《全面深化法治领域改革纲要（2023-2027 年）》重点任务。", "全面深化法治领域改革纲要（2023-2027 年）",
         "2023-01-01", "2027-12-31"},
        {"根据《法治中国建设规划（2020—2025年）》部署。", "法治中国建设规划（2020—2025年）",
         "2020-01-01", "2025-12-31"},
        {"出台《启东市 2024 年法治政府建设工作要点》。", "启东市 2024 年法治政府建设工作要点",
         "2024-01-01", "2024-12-31"},
        {"形成《启东市 2024 上半年行政执法监督 +12345 数据分析报告》。",
         "启东市 2024 上半年行政执法监督 +12345 数据分析报告", "2024-01-01", "2024-06-30"},
        {"制定《法治赵县建设规划(2021—2025)》。", "法治赵县建设规划(2021—2025)",
         "2021-01-01", "2025-12-31"},
        {"印发《某某实施方案（2023-2025）》。", "某某实施方案（2023-2025）", "2023-01-01",
         "2025-12-31"},
        {"印发《某某方案（2025—2023）》。", "某某方案（2025—2023）", "", ""},  // backwards
        {"印发《某某方案（123—2023）》。", "某某方案（123—2023）", "", ""},
        {"认真落实《信访工作条例》。", "信访工作条例", "", ""},
        {"制定《启东市行政争议调处中心工作规则（试行）》。", "启东市行政争议调处中心工作规则（试行）", "", ""},
    };
    for (const Row& row : rows) {
        const Report r = parse_with(row.text);
        INFO("text: " << row.text);
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 1);
        const Document& d = r.documents[0];
        CHECK(d.id == "d1");
        CHECK(d.title == row.title);
        CHECK(d.nested_in == govreport::npos);
        CHECK_FALSE(d.doc_number.has_value());
        const auto period = period_of(d);
        CHECK(period.first == row.start);
        CHECK(period.second == row.end);
        REQUIRE(d.mentions.size() == 1);
        check_mentions(r, d);
    }
}

TEST_CASE("a document number right after the title", "[documents]") {
    struct Row { const char* text; const char* title; const char* number; };
    const Row rows[] = {
        {"贯彻《法治政府建设实施纲要（2021-2025年）》（中发〔2021〕33号）。",
         "法治政府建设实施纲要（2021-2025年）", "中发〔2021〕33号"},
        {"落实《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求。",
         "法治政府建设与责任落实督察工作规定", "厅字〔2019〕28号"},
        {"根据《关于加强行政执法的通知》（国发[2014]1号）开展。", "关于加强行政执法的通知", "国发[2014]1号"},
    };
    for (const Row& row : rows) {
        const Report r = parse_with(row.text);
        INFO("text: " << row.text);
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 1);
        CHECK(r.documents[0].title == row.title);
        CHECK(r.documents[0].doc_number == std::optional<std::string>(row.number));
        check_mentions(r, r.documents[0]);
    }
}

TEST_CASE("a number further on in the sentence belongs to no document", "[documents]") {
    // Only a number right after the title is its number ("对照中发〔2021〕33号" once was).
    const Report r = parse_with("学习《信访工作条例》，对照中发〔2021〕33号文件的各项要求，逐条抓好落实。");
    INFO("documents:" << describe(r));
    REQUIRE(r.documents.size() == 1);
    CHECK_FALSE(r.documents[0].doc_number.has_value());
}

TEST_CASE("an issuer written in front of the title or in it", "[documents]") {
    SECTION("国务院办公厅《…》") {
        const Report r = parse_with(
            "深入贯彻落实国务院办公厅《提升行政执法质量三年行动计划（2023-2025 年）》，建立动态调整机制。");
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 1);
        const Document& d = r.documents[0];
        CHECK(d.title == "提升行政执法质量三年行动计划（2023-2025 年）");
        CHECK(d.issuer == std::optional<std::string>("国务院办公厅"));
        CHECK(period_of(d) == std::make_pair(std::string("2023-01-01"), std::string("2025-12-31")));
    }
    SECTION("《中共中央办公厅、国务院办公厅关于…的通知》") {
        const Report r = parse_with(
            "认真落实《中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知》要求。");
        INFO("documents:" << describe(r));
        const Document* outer = doc_titled(r,
            "中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知");
        REQUIRE(outer);
        CHECK(outer->issuer == std::optional<std::string>("中共中央办公厅、国务院办公厅"));
    }
    SECTION("a verb or a subject in front is no issuer") {
        const char* texts[] = {
            "围绕《法治政府建设实施纲要（2021-2025 年）》确立的目标任务。",
            "落实南通市贯彻落实《全面深化法治领域改革纲要（2023-2027 年）》重点任务分工方案。",
            "认真落实《信访工作条例》。",
            "召开专题新闻发布会，制发《2024“万事好通·益启企”启东营商环境优化提升行动方案》。",
        };
        for (const char* t : texts) {
            const Report r = parse_with(t);
            INFO("text: " << t);
            INFO("documents:" << describe(r));
            REQUIRE(r.documents.size() == 1);
            CHECK_FALSE(r.documents[0].issuer.has_value());
        }
    }
}

TEST_CASE("an issuer before the verb that issues the document, and without a preposition", "[documents]") {
    struct Case {
        const char* text;
        const char* issuer;
    };
    const Case cases[] = {
        {"严格执行中共中央办公厅、国务院办公厅印发《党政主要负责人履行推进法治建设第一责任人职责规定》。",
         "中共中央办公厅、国务院办公厅"},
        {"国务院出台《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》。", "国务院"},
        {"3月1日，省政府办公厅印发《关于进一步推动经济运行回升向好的若干政策措施》。",
         "省政府办公厅"},
        {"对区人民法院《关于转发司法建议的报告》作出批示。", "区人民法院"},
        {"根据中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》开展工作。",
         "中共中央办公厅、国务院办公厅"},
        {"按照党中央、国务院及山西省委全面依法治省委员会《山西省贯彻落实规定》执行。",
         "山西省委全面依法治省委员会"},
        {"落实和平区人民政府《关于加强行政执法的通知》。", "和平区人民政府"},
        {"及时落实区政府办公室下发《关于加强行政执法的通知》要求。", "区政府办公室"},
    };
    for (const Case& c : cases) {
        const Report r = parse_with(c.text);
        INFO("text: " << c.text);
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 1);
        CHECK(r.documents[0].issuer == std::optional<std::string>(c.issuer));
    }
    // A verb with no organ before it names no issuer (召开发布会，制发《…》 above).
    const Report r = parse_with("研究印发《某某工作方案》。");
    REQUIRE(r.documents.size() == 1);
    CHECK_FALSE(r.documents[0].issuer.has_value());
}

TEST_CASE("an issuer after 和 or a citing verb such as 推进", "[documents]") {
    const Report a = parse_with("贯彻党中央精神和中共中央办公厅、国务院办公厅《关于加强法治建设的意见》。");
    REQUIRE(a.documents.size() == 1);
    CHECK(a.documents[0].issuer == std::optional<std::string>("中共中央办公厅、国务院办公厅"));
    const Report b = parse_with("扎实推进党中央、国务院《法治政府建设实施纲要》落实。");
    REQUIRE(b.documents.size() == 1);
    CHECK(b.documents[0].issuer == std::optional<std::string>("党中央、国务院"));
    // 和 before a level word joins too; inside a department's name it does not.
    const Report c = parse_with("贯彻会议精神和自治区党委、自治区人民政府印发的《广西法治政府建设实施方案》。"
                                "市人力资源和社会保障局印发《工作规则》。和平区人民政府印发《和平区规定》。"
                                "根据市委和市政府印发的《某市法治政府建设实施方案》。");
    REQUIRE(c.documents.size() == 4);
    CHECK(c.documents[0].issuer == std::optional<std::string>("自治区党委、自治区人民政府"));
    CHECK(c.documents[1].issuer == std::optional<std::string>("市人力资源和社会保障局"));
    CHECK(c.documents[2].issuer == std::optional<std::string>("和平区人民政府"));
    CHECK(c.documents[3].issuer == std::optional<std::string>("市委和市政府"));  // joint
    // The report's own organ (现将我局《…》) names no issuer.
    const Report d = parse_with("现将我局《2024年度交通运输法治政府建设工作总结》随文上报。");
    REQUIRE(d.documents.size() == 1);
    CHECK(!d.documents[0].issuer);
}

TEST_CASE("titles nested in ＜＞ or <> as in 〈〉", "[documents]") {
    const Report r = parse_with("制发《鲁山县贯彻落实<全面深化法治领域改革纲要(2023-2027年)>重要任务举措分工方案》"
                                "和《关于落实＜法治政府建设实施纲要（2021-2025年）＞的方案》。");
    INFO("documents:" << describe(r));
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[1].title == "全面深化法治领域改革纲要(2023-2027年)");
    CHECK(r.documents[1].nested_in == 0);
    CHECK(r.documents[3].title == "法治政府建设实施纲要（2021-2025年）");
    CHECK(r.documents[3].nested_in == 2);
    // Outside a title, < and > are nothing.
    CHECK(parse_with("满意度>95%，投诉<3件。").documents.empty());
}

TEST_CASE("joint issuers in front of the title", "[documents]") {
    // Known bug: the issuer stops at 、 and keeps only the last organ (国务院).
    const Report r = parse_with("依据中共中央、国务院《法治中国建设规划（2020—2025年）》开展工作。");
    INFO("documents:" << describe(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].issuer == std::optional<std::string>("中共中央、国务院"));
}

TEST_CASE("nested 〈…〉 titles are their own entries, linked to the outer one", "[documents]") {
    SECTION("one nested title") {
        const Report r = parse_with(
            "认真落实《中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知》要求。");
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 2);
        const Document* outer = doc_titled(r,
            "中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知");
        const Document* inner = doc_titled(r, "党政主要负责人履行推进法治建设第一责任人职责规定");
        REQUIRE(outer);
        REQUIRE(inner);
        CHECK(outer->nested_in == govreport::npos);
        CHECK(inner->nested_in == index_of(r, outer));
        check_mentions(r, *outer);
        check_mentions(r, *inner);
        REQUIRE(inner->mentions.size() == 1);
        REQUIRE(outer->mentions.size() == 1);
        CHECK(inner->mentions[0].text ==
              "〈党政主要负责人履行推进法治建设第一责任人职责规定〉");
        // The inner mention lies inside the outer one.
        CHECK(inner->mentions[0].span.start > outer->mentions[0].span.start);
        CHECK(inner->mentions[0].span.end < outer->mentions[0].span.end);
        // Ids in order: the outer title first.
        CHECK(r.documents[0].id == "d1");
        CHECK(r.documents[1].id == "d2");
    }
    SECTION("two nested titles in one notice") {
        const Report r = parse_with("落实国务院办公厅《关于印发〈行政执法公示办法〉和〈行政执法全过程记录办法〉的通知》。");
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 3);
        const Document* outer = doc_titled(r, "关于印发〈行政执法公示办法〉和〈行政执法全过程记录办法〉的通知");
        const Document* a = doc_titled(r, "行政执法公示办法");
        const Document* b = doc_titled(r, "行政执法全过程记录办法");
        REQUIRE(outer);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->nested_in == index_of(r, outer));
        CHECK(b->nested_in == index_of(r, outer));
        CHECK(outer->issuer == std::optional<std::string>("国务院办公厅"));
        for (const Document& d : r.documents) check_mentions(r, d);
    }
}

TEST_CASE("a title cited twice is one document with two mentions", "[documents]") {
    const Report r = parse_with(
        "围绕《法治政府建设实施纲要（2021-2025 年）》确立的目标任务。再次对照《法治政府建设实施纲要（2021-2025 年）》查找差距。");
    INFO("documents:" << describe(r));
    REQUIRE(r.documents.size() == 1);
    const Document& d = r.documents[0];
    REQUIRE(d.mentions.size() == 2);
    CHECK(d.mentions[0].span.start < d.mentions[1].span.start);
    check_mentions(r, d);
}

TEST_CASE("adjacent titles, empty and unclosed brackets", "[documents]") {
    SECTION("《A》《B》") {
        const Report r = parse_with(
            "《重大项目政务服务工作规范》《一般工业项目“拿地即开工”工作规范》两个南通地方标准顺利通过审核。");
        INFO("documents:" << describe(r));
        REQUIRE(r.documents.size() == 2);
        CHECK(r.documents[0].title == "重大项目政务服务工作规范");
        CHECK(r.documents[1].title == "一般工业项目“拿地即开工”工作规范");
        for (const Document& d : r.documents) check_mentions(r, d);
    }
    SECTION("《》 names nothing") {
        const Report r = parse_with("印发《》通知。");
        INFO("documents:" << describe(r));
        CHECK(r.documents.empty());
    }
    SECTION("an unclosed 《 names nothing") {
        const Report r = parse_with("印发《未闭合的标题，继续推进工作。");
        INFO("documents:" << describe(r));
        CHECK(r.documents.empty());
    }
    SECTION("a stray 》 and 〈〉 outside 《》") {
        const Report r = parse_with("推进工作》取得成效，〈说明〉如下。");
        INFO("documents:" << describe(r));
        CHECK(r.documents.empty());
    }
}

// ---------------------------------------------------------------------------------------
// The seed's 15 titles (DOMAIN.md §0), read from it in order.

namespace {

struct SeedDoc {
    const char* title;
    const char* start;   ///< period start, "" for none, nullptr: not checked
    const char* end;
    const char* issuer;  ///< nullptr: none; "?" not checked
    int nested_in;       ///< index into the table, or -1
};

const char* const kNested =
    "中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知";

const SeedDoc kSeedDocs[] = {
    {"法治政府建设实施纲要（2021-2025 年）", "2021-01-01", "2025-12-31", nullptr, -1},
    {"启东市 2024 年法治政府建设工作要点", "2024-01-01", "2024-12-31", "?", -1},
    {"重大项目政务服务工作规范", "", "", nullptr, -1},
    {"一般工业项目“拿地即开工”工作规范", "", "", nullptr, -1},
    // "2024" without 年 before a quote: not checked.
    {"2024“万事好通·益启企”启东营商环境优化提升行动方案", nullptr, nullptr, nullptr, -1},
    {"启东市 2024 上半年行政执法监督 +12345 数据分析报告", "2024-01-01", "2024-06-30", nullptr, -1},
    {"启东市行政争议调处中心工作规则（试行）", "", "", nullptr, -1},
    {"启东市行政争议调处工作规定", "", "", nullptr, -1},
    {"启东市行政争议处理十项机制", "", "", nullptr, -1},
    {"信访工作条例", "", "", nullptr, -1},
    {kNested, "", "", "中共中央办公厅、国务院办公厅", -1},
    {"党政主要负责人履行推进法治建设第一责任人职责规定", "", "", "?", 10},
    {"启东市党政主要负责人履行推进法治建设第一责任人职责清单", "", "", nullptr, -1},
    {"提升行政执法质量三年行动计划（2023-2025 年）", "2023-01-01", "2025-12-31", "国务院办公厅", -1},
    {"全面深化法治领域改革纲要（2023-2027 年）", "2023-01-01", "2027-12-31", nullptr, -1},
};

}  // namespace

TEST_CASE("the seed's 15 cited documents with the nested one", "[documents][seed]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    INFO("documents:" << describe(r));
    REQUIRE(r.documents.size() == std::size(kSeedDocs));
    for (std::size_t i = 0; i < std::size(kSeedDocs); ++i) {
        const SeedDoc& e = kSeedDocs[i];
        const Document& d = r.documents[i];
        INFO("document " << i << ": " << e.title);
        CHECK(d.id == "d" + std::to_string(i + 1));
        CHECK(d.title == e.title);
        CHECK_FALSE(d.doc_number.has_value());  // the seed cites no numbers
        if (e.start) {
            const auto period = period_of(d);
            CHECK(period.first == e.start);
            CHECK(period.second == e.end);
        }
        if (!e.issuer) CHECK_FALSE(d.issuer.has_value());
        else if (std::string_view(e.issuer) != "?")
            CHECK(d.issuer == std::optional<std::string>(e.issuer));
        if (e.nested_in < 0) CHECK(d.nested_in == govreport::npos);
        else CHECK(d.nested_in == static_cast<std::size_t>(e.nested_in));
        REQUIRE(d.mentions.size() == 1);
        check_mentions(r, d);
    }
    // Mentions in document order, the nested one inside its outer mention.
    for (std::size_t i = 1; i < r.documents.size(); ++i)
        CHECK(r.documents[i - 1].mentions[0].span.start < r.documents[i].mentions[0].span.start);
    const auto& inner = r.documents[11].mentions[0].span;
    const auto& outer = r.documents[10].mentions[0].span;
    CHECK(inner.start > outer.start);
    CHECK(inner.end < outer.end);
}
