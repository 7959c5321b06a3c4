// C API getters: sections, measures, diagnostics, spans, strings and the version functions.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "capi/capi_fixture.hpp"

using capi_test::code_points;
using capi_test::slice;
using capi_test::str;

namespace {

struct SectionRow {
    const char* id;
    uint32_t level;
    const char* marker;
    govreport_marker_kind kind;
    int32_t ordinal;
    const char* heading;  // as in the input
    const char* title;    // normalised
    govreport_role role;
    int64_t parent;
};

struct MeasureRow {
    const char* marker;
    govreport_marker_kind kind;
    int32_t ordinal;
    const char* heading;
    const char* title;
    int64_t section;
    govreport_measure_status status;
};

// Spans agree with the text: bytes give the heading, code points count the prefix.
void check_span(std::string_view text, const govreport_span& s) {
    REQUIRE(s.start <= s.end);
    REQUIRE(s.end <= text.size());
    CHECK(s.char_start == code_points(text.substr(0, s.start)));
    CHECK(s.char_end == code_points(text.substr(0, s.end)));
}

void check_sections(const capi_test::Report& r, const std::vector<SectionRow>& rows) {
    const std::string_view text = r.text();
    REQUIRE(govreport_report_section_count(r.get()) == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SectionRow& e = rows[i];
        INFO("section " << i << " " << e.heading);
        const govreport_section* s = govreport_report_section_at(r.get(), i);
        REQUIRE(s != nullptr);
        CHECK(str(govreport_section_id(s)) == e.id);
        CHECK(govreport_section_level(s) == e.level);
        CHECK(str(govreport_section_marker(s)) == e.marker);
        CHECK(govreport_section_marker_kind(s) == e.kind);
        CHECK(govreport_section_ordinal(s) == e.ordinal);
        CHECK(str(govreport_section_title(s)) == e.title);
        CHECK(govreport_section_role(s) == e.role);
        CHECK(govreport_section_parent(s) == e.parent);
        govreport_span span{}, extent{};
        govreport_section_span(s, &span);
        govreport_section_extent(s, &extent);
        CHECK(slice(text, span) == e.heading);
        check_span(text, span);
        check_span(text, extent);
        CHECK(extent.start == span.start);
        CHECK(extent.end >= span.end);
        // Children point back at their parent and are out of range past the count.
        const std::size_t n = govreport_section_child_count(s);
        for (std::size_t c = 0; c < n; ++c) {
            const int64_t child = govreport_section_child_at(s, c);
            REQUIRE(child >= 0);
            const govreport_section* cs = govreport_report_section_at(r.get(), static_cast<std::size_t>(child));
            REQUIRE(cs != nullptr);
            CHECK(govreport_section_parent(cs) == static_cast<int64_t>(i));
            CHECK(govreport_section_level(cs) == e.level + 1);
        }
        CHECK(govreport_section_child_at(s, n) == -1);
        CHECK(govreport_section_child_at(s, SIZE_MAX) == -1);
    }
}

void check_measures(const capi_test::Report& r, const std::vector<MeasureRow>& rows) {
    const std::string_view text = r.text();
    REQUIRE(govreport_report_measure_count(r.get()) == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const MeasureRow& e = rows[i];
        INFO("measure " << i + 1 << " " << e.heading);
        const govreport_measure* m = govreport_report_measure_at(r.get(), i);
        REQUIRE(m != nullptr);
        CHECK(str(govreport_measure_id(m)) == "m" + std::to_string(i + 1));
        CHECK(str(govreport_measure_marker(m)) == e.marker);
        CHECK(govreport_measure_marker_kind(m) == e.kind);
        CHECK(govreport_measure_ordinal(m) == e.ordinal);
        CHECK(str(govreport_measure_title(m)) == e.title);
        CHECK_FALSE(str(govreport_measure_body(m)).empty());
        CHECK(govreport_measure_section(m) == e.section);
        CHECK(govreport_measure_status_of(m) == e.status);
        govreport_span span{}, extent{};
        govreport_measure_span(m, &span);
        govreport_measure_extent(m, &extent);
        CHECK(slice(text, span) == e.heading);
        check_span(text, span);
        check_span(text, extent);
        CHECK(extent.start == span.start);
        CHECK(extent.end >= span.end);
    }
}

}  // namespace

TEST_CASE("sections, measures and spans of a sample report", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);
    const auto comma = GOVREPORT_MARKER_CHINESE_COMMA;
    const auto paren = GOVREPORT_MARKER_CHINESE_PAREN;
    check_sections(r, {
        {"s1", 1, "一、", comma, 1, "一、推进法治政府建设的主要做法及成效", "推进法治政府建设的主要做法及成效", GOVREPORT_ROLE_ACHIEVEMENTS, -1},
        {"s1.1", 2, "（一）", paren, 1, "（一）加强组织领导，压实工作责任", "加强组织领导，压实工作责任", GOVREPORT_ROLE_NONE, 0},
        {"s1.2", 2, "（二）", paren, 2, "（二）深化改革创新，优化营商环境", "深化改革创新，优化营商环境", GOVREPORT_ROLE_NONE, 0},
        {"s2", 1, "二、", comma, 2, "二、2024年法治政府建设存在的主要不足", "2024年法治政府建设存在的主要不足", GOVREPORT_ROLE_SHORTCOMINGS, -1},
        {"s3", 1, "三、", comma, 3, "三、2024年党政主要负责人履行第一责任人职责情况", "2024年党政主要负责人履行第一责任人职责情况", GOVREPORT_ROLE_LEADERSHIP_DUTY, -1},
        {"s4", 1, "四、", comma, 4, "四、2025 年推进法治政府建设的工作安排", "2025年推进法治政府建设的工作安排", GOVREPORT_ROLE_PLANS, -1},
    });
    const auto dot = GOVREPORT_MARKER_ARABIC_DOT;
    const auto en = GOVREPORT_MARKER_ENUMERATION;
    check_measures(r, {
        {"1.", dot, 1, "1. 压实领导责任", "压实领导责任", 1, GOVREPORT_STATUS_DONE},
        {"2.", dot, 2, "2.健全工作机制", "健全工作机制", 1, GOVREPORT_STATUS_DONE},
        {"3.", dot, 3, "3. 深化“放管服”改革", "深化“放管服”改革", 2, GOVREPORT_STATUS_DONE},
        {"一是", en, 1, "一是坚持高位推动", "坚持高位推动", 4, GOVREPORT_STATUS_DONE},  // the leaders' duty
        {"二是", en, 2, "二是强化责任担当", "强化责任担当", 4, GOVREPORT_STATUS_DONE},
        {"一是", en, 1, "一是深化示范创建", "深化示范创建", 5, GOVREPORT_STATUS_PLANNED},
        {"二是", en, 2, "二是提升执法质量", "提升执法质量", 5, GOVREPORT_STATUS_PLANNED},
    });
    // The page break inside measure 1 is repaired in its body.
    const govreport_measure* m1 = govreport_report_measure_at(r.get(), 0);
    CHECK(capi_test::contains(str(govreport_measure_body(m1)), "考核权重从1分提升至2分"));
}

TEST_CASE("the seed's sections and spans via the C API", "[capi]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report r;
    REQUIRE(r.parse_file(*seed) == GOVREPORT_OK);
    const auto comma = GOVREPORT_MARKER_CHINESE_COMMA;
    const auto paren = GOVREPORT_MARKER_CHINESE_PAREN;
    const auto none = GOVREPORT_ROLE_NONE;
    check_sections(r, {
        {"s1", 1, "一、", comma, 1, "一、推进法治政府建设的主要做法及成效", "推进法治政府建设的主要做法及成效", GOVREPORT_ROLE_ACHIEVEMENTS, -1},
        {"s1.1", 2, "（一）", paren, 1, "（一）坚持擦亮思想航灯，法治政府工作合力进一步凝聚", "坚持擦亮思想航灯，法治政府工作合力进一步凝聚", none, 0},
        {"s1.2", 2, "（二）", paren, 2, "（二）加快转变政府职能，法治化营商环境不断优化", "加快转变政府职能，法治化营商环境不断优化", none, 0},
        {"s1.3", 2, "（三）", paren, 3, "（三）持续推进机制建设，依法行政能力水平不断提高", "持续推进机制建设，依法行政能力水平不断提高", none, 0},
        {"s1.4", 2, "（四）", paren, 4, "（四）全面加强监督制约，权力运行更加公开透明", "全面加强监督制约，权力运行更加公开透明", none, 0},
        {"s1.5", 2, "（五）", paren, 5, "（五）积极化解矛盾纠纷，社会环境更加和谐稳定", "积极化解矛盾纠纷，社会环境更加和谐稳定", none, 0},
        {"s2", 1, "二、", comma, 2, "二、2024年法治政府建设存在的主要不足", "2024年法治政府建设存在的主要不足", GOVREPORT_ROLE_SHORTCOMINGS, -1},
        {"s3", 1, "三、", comma, 3, "三、2024年党政主要负责人履行第一责任人职责情况", "2024年党政主要负责人履行第一责任人职责情况", GOVREPORT_ROLE_LEADERSHIP_DUTY, -1},
        {"s4", 1, "四、", comma, 4, "四、2025 年推进法治政府建设的工作安排", "2025年推进法治政府建设的工作安排", GOVREPORT_ROLE_PLANS, -1},
    });
    const govreport_section* s1 = govreport_report_section_at(r.get(), 0);
    REQUIRE(govreport_section_child_count(s1) == 5);
    for (std::size_t c = 0; c < 5; ++c) CHECK(govreport_section_child_at(s1, c) == static_cast<int64_t>(c + 1));

    REQUIRE(govreport_report_measure_count(r.get()) == 23);
    const govreport_measure* m1 = govreport_report_measure_at(r.get(), 0);
    govreport_span span{};
    govreport_measure_span(m1, &span);
    CHECK(slice(r.text(), span) == "1. 提升依法行政能力和水平");
    CHECK(str(govreport_measure_title(m1)) == "提升依法行政能力和水平");
    const govreport_measure* m23 = govreport_report_measure_at(r.get(), 22);
    CHECK(str(govreport_measure_marker(m23)) == "五是");
    CHECK(govreport_measure_status_of(m23) == GOVREPORT_STATUS_PLANNED);
    CHECK(govreport_measure_section(m23) == 8);

    std::size_t joins = 0;
    for (std::size_t i = 0; i < govreport_report_diagnostic_count(r.get()); ++i) {
        const govreport_diagnostic* d = govreport_report_diagnostic_at(r.get(), i);
        CHECK(govreport_diagnostic_severity(d) == GOVREPORT_SEVERITY_INFO);
        joins += str(govreport_diagnostic_code(d)) == "page_break_joined";
    }
    CHECK(joins == 9);
}

TEST_CASE("diagnostics through the C API", "[capi]") {
    capi_test::Report r;
    const std::string text = "某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效\n\n"
                             "（一）加强组织领导\n\n（三）深化改革创新\n";
    REQUIRE(r.parse(text) == GOVREPORT_OK);
    const std::size_t n = govreport_report_diagnostic_count(r.get());
    REQUIRE(n > 0);
    bool skipped = false;
    for (std::size_t i = 0; i < n; ++i) {
        const govreport_diagnostic* d = govreport_report_diagnostic_at(r.get(), i);
        REQUIRE(d != nullptr);
        CHECK_FALSE(str(govreport_diagnostic_code(d)).empty());
        CHECK_FALSE(str(govreport_diagnostic_message(d)).empty());
        const govreport_severity sev = govreport_diagnostic_severity(d);
        CHECK((sev == GOVREPORT_SEVERITY_ERROR || sev == GOVREPORT_SEVERITY_WARNING ||
               sev == GOVREPORT_SEVERITY_INFO));
        govreport_span span{};
        govreport_diagnostic_span(d, &span);
        check_span(r.text(), span);
        if (str(govreport_diagnostic_code(d)) == "ordinal_skipped") {
            skipped = true;
            CHECK(sev == GOVREPORT_SEVERITY_WARNING);
            CHECK(slice(r.text(), span) == "（三）");
        }
    }
    CHECK(skipped);
    CHECK(govreport_report_diagnostic_at(r.get(), n) == nullptr);
}

TEST_CASE("out-of-range indices give NULL or -1", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);
    const std::size_t sections = govreport_report_section_count(r.get());
    const std::size_t measures = govreport_report_measure_count(r.get());
    const std::size_t diagnostics = govreport_report_diagnostic_count(r.get());
    CHECK(govreport_report_section_at(r.get(), sections) == nullptr);
    CHECK(govreport_report_section_at(r.get(), SIZE_MAX) == nullptr);
    CHECK(govreport_report_measure_at(r.get(), measures) == nullptr);
    CHECK(govreport_report_measure_at(r.get(), SIZE_MAX) == nullptr);
    CHECK(govreport_report_diagnostic_at(r.get(), diagnostics) == nullptr);
    CHECK(govreport_report_diagnostic_at(r.get(), SIZE_MAX) == nullptr);
    const govreport_section* leaf = govreport_report_section_at(r.get(), sections - 1);
    REQUIRE(leaf != nullptr);
    CHECK(govreport_section_child_count(leaf) == 0);
    CHECK(govreport_section_child_at(leaf, 0) == -1);
}

TEST_CASE("enum strings", "[capi]") {
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_ACHIEVEMENTS)) == "achievements");
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_SHORTCOMINGS)) == "shortcomings");
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_LEADERSHIP_DUTY)) == "leadership_duty");
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_PLANS)) == "plans");
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_OTHER)) == "other");
    CHECK(str(govreport_role_string(GOVREPORT_ROLE_NONE)) == "");
    CHECK(govreport_role_string(static_cast<govreport_role>(77)) != nullptr);

    CHECK(str(govreport_measure_status_string(GOVREPORT_STATUS_DONE)) == "done");
    CHECK(str(govreport_measure_status_string(GOVREPORT_STATUS_PLANNED)) == "planned");
    CHECK(str(govreport_measure_status_string(GOVREPORT_STATUS_OTHER)) == "other");
    CHECK(govreport_measure_status_string(static_cast<govreport_measure_status>(77)) != nullptr);

    CHECK(str(govreport_severity_string(GOVREPORT_SEVERITY_ERROR)) == "error");
    CHECK(str(govreport_severity_string(GOVREPORT_SEVERITY_WARNING)) == "warning");
    CHECK(str(govreport_severity_string(GOVREPORT_SEVERITY_INFO)) == "info");
    CHECK(govreport_severity_string(static_cast<govreport_severity>(77)) != nullptr);

    // The frozen enumerator values.
    CHECK(GOVREPORT_ROLE_PLANS == 4);
    CHECK(GOVREPORT_MARKER_ENUMERATION == 6);
    CHECK(GOVREPORT_STATUS_OTHER == 2);
    CHECK(GOVREPORT_SEVERITY_INFO == 2);
    CHECK(GOVREPORT_E_INTERNAL == 6);
}

TEST_CASE("version macros equal the runtime functions", "[capi]") {
    CHECK(govreport_version() == static_cast<uint32_t>(GOVREPORT_VERSION));
    CHECK(govreport_version() == static_cast<uint32_t>((GOVREPORT_VERSION_MAJOR << 16) |
                                                       (GOVREPORT_VERSION_MINOR << 8) |
                                                       GOVREPORT_VERSION_PATCH));
    CHECK(str(govreport_version_string()) == GOVREPORT_VERSION_STRING);
    CHECK(str(govreport_version_string()) ==
          std::to_string(GOVREPORT_VERSION_MAJOR) + "." + std::to_string(GOVREPORT_VERSION_MINOR) +
              "." + std::to_string(GOVREPORT_VERSION_PATCH));
    CHECK(govreport_abi_version() == static_cast<uint32_t>(GOVREPORT_ABI_VERSION));
}

TEST_CASE("report metadata: issuer bodies, signing and publication dates", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse("发布时间:2024-03-28 09:18\n"
                    "中共静海区委 静海区人民政府关于2023年度法治政府建设情况的报告\n\n"
                    "一、主要举措和成效\n区委常委会研究法治工作3次。\n\n"
                    "中共静海区委 静海区人民政府\n二〇二四年三月一日\n") == GOVREPORT_OK);
    const std::string_view text = r.text();
    // The two bodies of the joint issuer, in its order.
    REQUIRE(govreport_report_issuer_body_count(r.get()) == 2);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < 2; ++i) {
        const int64_t b = govreport_report_issuer_body_index(r.get(), i);
        REQUIRE(b >= 0);
        names.push_back(str(govreport_body_name(govreport_report_body_at(r.get(), static_cast<size_t>(b)))));
    }
    CHECK(names == std::vector<std::string>{"中共静海区委员会", "静海区人民政府"});
    CHECK(govreport_report_issuer_body_index(r.get(), 2) == -1);
    // The dates, as ISO strings and as written, with their spans.
    CHECK(str(govreport_report_signing_date(r.get())) == "2024-03-01");
    govreport_span span{};
    CHECK(str(govreport_report_signing_date_text(r.get())) == "二〇二四年三月一日");
    govreport_report_signing_date_span(r.get(), &span);
    CHECK(slice(text, span) == "二〇二四年三月一日");
    check_span(text, span);
    CHECK(str(govreport_report_publication_date(r.get())) == "2024-03-28");
    CHECK(str(govreport_report_publication_date_text(r.get())) == "2024-03-28");
    govreport_report_publication_date_span(r.get(), &span);
    CHECK(slice(text, span) == "2024-03-28");
    govreport_report_publication_date_span(r.get(), nullptr);  // out may be NULL

    // None of them: NULL, zeroes and 0.
    capi_test::Report bare;
    REQUIRE(bare.parse("2023年度法治政府建设情况报告\n\n全年学法12次。\n") == GOVREPORT_OK);
    CHECK(govreport_report_issuer_body_count(bare.get()) == 0);
    CHECK(govreport_report_issuer_body_index(bare.get(), 0) == -1);
    CHECK(govreport_report_signing_date(bare.get()) == nullptr);
    span = govreport_span{1, 2, 3, 4};
    CHECK(govreport_report_publication_date_text(bare.get()) == nullptr);
    govreport_report_publication_date_span(bare.get(), &span);
    CHECK((span.start == 0 && span.end == 0 && span.char_start == 0 && span.char_end == 0));
    // NULL reports.
    CHECK(govreport_report_issuer_body_count(nullptr) == 0);
    CHECK(govreport_report_issuer_body_index(nullptr, 0) == -1);
    CHECK(govreport_report_signing_date(nullptr) == nullptr);
    CHECK(govreport_report_signing_date_text(nullptr) == nullptr);
    span = govreport_span{1, 2, 3, 4};
    govreport_report_signing_date_span(nullptr, &span);
    CHECK(span.end == 0);
    CHECK(govreport_report_publication_date(nullptr) == nullptr);
}
