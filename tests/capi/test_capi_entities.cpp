// C API for bodies, persons and cited documents: NULL and out-of-range arguments, mentions with spans, measure links, the seed through the C functions.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "capi/capi_fixture.hpp"

using capi_test::code_points;
using capi_test::slice;
using capi_test::str;

namespace {

// A small report of ours: organs resolved against 启东, two persons, cited documents.
const std::string& entities_report() {
    static const std::string text =
        "启东市人民政府2024年度法治政府建设情况报告\n\n"
        "2024年，在南通市委、市政府的坚强领导下，启东市人民政府围绕《法治政府建设实施纲要（2021-2025 年）》"
        "（中发〔2021〕33号）确立的目标任务扎实推进依法行政。现将有关情况汇报如下：\n\n"
        "一、推进法治政府建设的主要做法及成效\n\n"
        "1. 深化改革。根据市数据局提供的线索，市司法局牵头开展专项检查。\n\n"
        "2. 强化学法。市政府常务会议开展集体学法。\n\n"
        "三、2024年党政主要负责人履行第一责任人职责情况\n\n"
        "市委书记杨中坚主持召开专题会议。市委副书记、市长蔡毅多次组织召开市政府常务会议。"
        "认真落实《中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知》要求。\n";
    return text;
}

void check_span(std::string_view text, const govreport_span& s, std::string_view expected) {
    REQUIRE(s.start <= s.end);
    REQUIRE(s.end <= text.size());
    CHECK(slice(text, s) == expected);
    CHECK(s.char_start == code_points(text.substr(0, s.start)));
    CHECK(s.char_end == code_points(text.substr(0, s.end)));
}

bool zero(const govreport_span& s) {
    return s.start == 0 && s.end == 0 && s.char_start == 0 && s.char_end == 0;
}

govreport_span poisoned() {
    govreport_span s;
    s.start = s.end = s.char_start = s.char_end = 77;
    return s;
}

int64_t body_index(const govreport_report* r, std::string_view name) {
    const size_t n = govreport_report_body_count(r);
    for (size_t i = 0; i < n; ++i)
        if (str(govreport_body_name(govreport_report_body_at(r, i))) == name)
            return static_cast<int64_t>(i);
    return -1;
}

const govreport_person* person_named(const govreport_report* r, std::string_view name) {
    const size_t n = govreport_report_person_count(r);
    for (size_t i = 0; i < n; ++i) {
        const govreport_person* p = govreport_report_person_at(r, i);
        if (str(govreport_person_name(p)) == name) return p;
    }
    return nullptr;
}

int64_t document_index(const govreport_report* r, std::string_view title) {
    const size_t n = govreport_report_document_count(r);
    for (size_t i = 0; i < n; ++i)
        if (str(govreport_document_title(govreport_report_document_at(r, i))) == title)
            return static_cast<int64_t>(i);
    return -1;
}

std::vector<int64_t> measure_bodies(const govreport_measure* m) {
    std::vector<int64_t> out;
    const size_t n = govreport_measure_body_count(m);
    for (size_t i = 0; i < n; ++i) out.push_back(govreport_measure_body_at(m, i));
    return out;
}

}  // namespace

TEST_CASE("entity functions accept NULL and out-of-range indices", "[capi][entities]") {
    govreport_span s = poisoned();

    CHECK(govreport_report_body_count(nullptr) == 0);
    CHECK(govreport_report_body_at(nullptr, 0) == nullptr);
    CHECK(govreport_body_id(nullptr) == nullptr);
    CHECK(govreport_body_name(nullptr) == nullptr);
    CHECK(govreport_body_kind(nullptr) == nullptr);
    CHECK(govreport_body_level(nullptr) == nullptr);
    CHECK(govreport_body_division_code(nullptr) == nullptr);
    CHECK(govreport_body_mention_count(nullptr) == 0);
    CHECK(govreport_body_mention_text(nullptr, 0) == nullptr);
    govreport_body_mention_span(nullptr, 0, &s);
    CHECK(zero(s));
    CHECK(govreport_measure_body_count(nullptr) == 0);
    CHECK(govreport_measure_body_at(nullptr, 0) == -1);

    CHECK(govreport_report_person_count(nullptr) == 0);
    CHECK(govreport_report_person_at(nullptr, 0) == nullptr);
    CHECK(govreport_person_id(nullptr) == nullptr);
    CHECK(govreport_person_name(nullptr) == nullptr);
    CHECK(govreport_person_title(nullptr) == nullptr);
    CHECK(govreport_person_title_count(nullptr) == 0);
    CHECK(govreport_person_title_at(nullptr, 0) == nullptr);
    CHECK(govreport_person_body(nullptr) == -1);
    CHECK(govreport_person_mention_count(nullptr) == 0);
    CHECK(govreport_person_mention_text(nullptr, 0) == nullptr);
    s = poisoned();
    govreport_person_mention_span(nullptr, 0, &s);
    CHECK(zero(s));

    CHECK(govreport_report_document_count(nullptr) == 0);
    CHECK(govreport_report_document_at(nullptr, 0) == nullptr);
    CHECK(govreport_document_id(nullptr) == nullptr);
    CHECK(govreport_document_title(nullptr) == nullptr);
    CHECK(govreport_document_doc_number(nullptr) == nullptr);
    CHECK(govreport_document_issuer(nullptr) == nullptr);
    CHECK(govreport_document_period_start(nullptr) == nullptr);
    CHECK(govreport_document_period_end(nullptr) == nullptr);
    CHECK(govreport_document_nested_in(nullptr) == -1);
    CHECK(govreport_document_mention_count(nullptr) == 0);
    CHECK(govreport_document_mention_text(nullptr, 0) == nullptr);
    s = poisoned();
    govreport_document_mention_span(nullptr, 0, &s);
    CHECK(zero(s));

    capi_test::Report r;
    REQUIRE(r.parse(entities_report()) == GOVREPORT_OK);
    const size_t bodies = govreport_report_body_count(r.get());
    const size_t persons = govreport_report_person_count(r.get());
    const size_t documents = govreport_report_document_count(r.get());
    REQUIRE(bodies > 0);
    REQUIRE(persons > 0);
    REQUIRE(documents > 0);
    CHECK(govreport_report_body_at(r.get(), bodies) == nullptr);
    CHECK(govreport_report_person_at(r.get(), persons) == nullptr);
    CHECK(govreport_report_document_at(r.get(), documents) == nullptr);
    CHECK(govreport_report_body_at(r.get(), SIZE_MAX) == nullptr);

    const govreport_body* b = govreport_report_body_at(r.get(), 0);
    const size_t bm = govreport_body_mention_count(b);
    REQUIRE(bm > 0);
    CHECK(govreport_body_mention_text(b, bm) == nullptr);
    s = poisoned();
    govreport_body_mention_span(b, bm, &s);
    CHECK(zero(s));

    const govreport_person* p = govreport_report_person_at(r.get(), 0);
    CHECK(govreport_person_title_at(p, govreport_person_title_count(p)) == nullptr);
    CHECK(govreport_person_mention_text(p, govreport_person_mention_count(p)) == nullptr);
    s = poisoned();
    govreport_person_mention_span(p, govreport_person_mention_count(p), &s);
    CHECK(zero(s));

    const govreport_document* d = govreport_report_document_at(r.get(), 0);
    CHECK(govreport_document_mention_text(d, govreport_document_mention_count(d)) == nullptr);
    s = poisoned();
    govreport_document_mention_span(d, govreport_document_mention_count(d), &s);
    CHECK(zero(s));

    const govreport_measure* m = govreport_report_measure_at(r.get(), 0);
    REQUIRE(m != nullptr);
    CHECK(govreport_measure_body_at(m, govreport_measure_body_count(m)) == -1);
}

TEST_CASE("bodies through the C API: canonical names, kinds, levels, codes and mentions", "[capi][entities]") {
    capi_test::Report r;
    REQUIRE(r.parse(entities_report()) == GOVREPORT_OK);
    const std::string_view text = r.text();
    REQUIRE(text == entities_report());

    struct Row { const char* name; const char* kind; const char* level; const char* code; const char* mention; };
    const Row rows[] = {
        {"中共南通市委员会", "party_committee", "prefecture", "320600", "南通市委"},
        {"南通市人民政府", "government", "prefecture", "320600", "市政府"},
        {"启东市人民政府", "government", "county", "320681", "启东市人民政府"},
        {"启东市数据局", "government_department", "county", "320681", "市数据局"},
        {"启东市司法局", "government_department", "county", "320681", "市司法局"},
    };
    const size_t n = govreport_report_body_count(r.get());
    for (const Row& row : rows) {
        INFO(row.name);
        const int64_t i = body_index(r.get(), row.name);
        REQUIRE(i >= 0);
        const govreport_body* b = govreport_report_body_at(r.get(), static_cast<size_t>(i));
        CHECK(str(govreport_body_id(b)) == "b" + std::to_string(i + 1));
        CHECK(str(govreport_body_kind(b)) == row.kind);
        CHECK(str(govreport_body_level(b)) == row.level);
        CHECK(str(govreport_body_division_code(b)) == row.code);
        const size_t mentions = govreport_body_mention_count(b);
        REQUIRE(mentions > 0);
        bool written = false;
        for (size_t k = 0; k < mentions; ++k) {
            const std::string words = str(govreport_body_mention_text(b, k));
            govreport_span s;
            govreport_body_mention_span(b, k, &s);
            check_span(text, s, words);
            written = written || words == row.mention;
        }
        CHECK(written);
    }
    // The meeting 市政府常务会议 is no mention; 南通市委、市政府's 市政府 is 南通's.
    const size_t meeting = text.find("市政府常务会议");
    REQUIRE(meeting != std::string_view::npos);
    for (size_t i = 0; i < n; ++i) {
        const govreport_body* b = govreport_report_body_at(r.get(), i);
        for (size_t k = 0; k < govreport_body_mention_count(b); ++k) {
            govreport_span s;
            govreport_body_mention_span(b, k, &s);
            INFO(str(govreport_body_name(b)) << " '" << str(govreport_body_mention_text(b, k)) << "'");
            CHECK((s.end <= meeting || s.start >= meeting + std::strlen("市政府常务会议")));
        }
    }
    // National bodies have no division code: NULL, not "".
    capi_test::Report national;
    REQUIRE(national.parse("启东市人民政府2024年度法治政府建设情况报告\n\n贯彻落实党中央决策部署。\n") == GOVREPORT_OK);
    const int64_t centre = body_index(national.get(), "中国共产党中央委员会");
    REQUIRE(centre >= 0);
    const govreport_body* c = govreport_report_body_at(national.get(), static_cast<size_t>(centre));
    CHECK(str(govreport_body_level(c)) == "national");
    CHECK(govreport_body_division_code(c) == nullptr);
}

TEST_CASE("measures list their bodies through the C API, actors first", "[capi][entities]") {
    capi_test::Report r;
    REQUIRE(r.parse(entities_report()) == GOVREPORT_OK);
    const int64_t justice = body_index(r.get(), "启东市司法局");
    const int64_t data = body_index(r.get(), "启东市数据局");
    REQUIRE(justice >= 0);
    REQUIRE(data >= 0);
    REQUIRE(govreport_report_measure_count(r.get()) >= 2);
    const govreport_measure* first = govreport_report_measure_at(r.get(), 0);
    const govreport_measure* second = govreport_report_measure_at(r.get(), 1);
    REQUIRE(str(govreport_measure_title(first)) == "深化改革");
    CHECK(measure_bodies(first) == std::vector<int64_t>{justice, data});
    CHECK(measure_bodies(second).empty());  // only a meeting there
}

TEST_CASE("persons through the C API", "[capi][entities]") {
    capi_test::Report r;
    REQUIRE(r.parse(entities_report()) == GOVREPORT_OK);
    const std::string_view text = r.text();
    REQUIRE(govreport_report_person_count(r.get()) == 2);

    const govreport_person* yang = person_named(r.get(), "杨中坚");
    const govreport_person* cai = person_named(r.get(), "蔡毅");
    REQUIRE(yang != nullptr);
    REQUIRE(cai != nullptr);
    CHECK(str(govreport_person_id(yang)) == "h1");
    CHECK(str(govreport_person_id(cai)) == "h2");
    CHECK(str(govreport_person_title(yang)) == "市委书记");
    REQUIRE(govreport_person_title_count(yang) == 1);
    CHECK(str(govreport_person_title_at(yang, 0)) == "市委书记");
    CHECK(str(govreport_person_title(cai)) == "市委副书记、市长");
    REQUIRE(govreport_person_title_count(cai) == 2);
    CHECK(str(govreport_person_title_at(cai, 0)) == "市委副书记");
    CHECK(str(govreport_person_title_at(cai, 1)) == "市长");

    const int64_t committee = body_index(r.get(), "中共启东市委员会");
    REQUIRE(committee >= 0);
    CHECK(govreport_person_body(yang) == committee);
    CHECK(govreport_person_body(cai) == committee);

    REQUIRE(govreport_person_mention_count(cai) == 1);
    CHECK(str(govreport_person_mention_text(cai, 0)) == "市委副书记、市长蔡毅");
    govreport_span s;
    govreport_person_mention_span(cai, 0, &s);
    check_span(text, s, "市委副书记、市长蔡毅");
    CHECK(s.start == text.find("市委副书记、市长蔡毅"));
}

TEST_CASE("documents through the C API: periods, numbers, issuers, nesting", "[capi][entities]") {
    capi_test::Report r;
    REQUIRE(r.parse(entities_report()) == GOVREPORT_OK);
    const std::string_view text = r.text();
    REQUIRE(govreport_report_document_count(r.get()) == 3);

    const int64_t outline = document_index(r.get(), "法治政府建设实施纲要（2021-2025 年）");
    REQUIRE(outline == 0);
    const govreport_document* d = govreport_report_document_at(r.get(), 0);
    CHECK(str(govreport_document_id(d)) == "d1");
    CHECK(str(govreport_document_doc_number(d)) == "中发〔2021〕33号");
    CHECK(govreport_document_issuer(d) == nullptr);
    CHECK(str(govreport_document_period_start(d)) == "2021-01-01");
    CHECK(str(govreport_document_period_end(d)) == "2025-12-31");
    CHECK(govreport_document_nested_in(d) == -1);
    REQUIRE(govreport_document_mention_count(d) == 1);
    CHECK(str(govreport_document_mention_text(d, 0)) == "《法治政府建设实施纲要（2021-2025 年）》");
    govreport_span s;
    govreport_document_mention_span(d, 0, &s);
    check_span(text, s, "《法治政府建设实施纲要（2021-2025 年）》");

    const int64_t outer = document_index(r.get(),
        "中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知");
    const int64_t inner = document_index(r.get(), "党政主要负责人履行推进法治建设第一责任人职责规定");
    REQUIRE(outer >= 0);
    REQUIRE(inner >= 0);
    const govreport_document* o = govreport_report_document_at(r.get(), static_cast<size_t>(outer));
    const govreport_document* in = govreport_report_document_at(r.get(), static_cast<size_t>(inner));
    CHECK(str(govreport_document_issuer(o)) == "中共中央办公厅、国务院办公厅");
    CHECK(govreport_document_doc_number(o) == nullptr);
    CHECK(govreport_document_period_start(o) == nullptr);
    CHECK(govreport_document_period_end(o) == nullptr);
    CHECK(govreport_document_nested_in(o) == -1);
    CHECK(govreport_document_nested_in(in) == outer);
    REQUIRE(govreport_document_mention_count(in) == 1);
    CHECK(str(govreport_document_mention_text(in, 0)) ==
          "〈党政主要负责人履行推进法治建设第一责任人职责规定〉");
    govreport_span si, so;
    govreport_document_mention_span(in, 0, &si);
    govreport_document_mention_span(o, 0, &so);
    check_span(text, si, "〈党政主要负责人履行推进法治建设第一责任人职责规定〉");
    CHECK(si.start > so.start);
    CHECK(si.end < so.end);
}

TEST_CASE("the seed's bodies, persons and documents via the C API", "[capi][entities]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(path);
    capi_test::Report r;
    REQUIRE(r.parse_file(*path) == GOVREPORT_OK);
    const std::string_view text = r.text();

    for (const char* name : {"启东市人民政府", "中共启东市委员会", "中共南通市委员会", "南通市人民政府",
                             "中共南通市委全面依法治市委员会办公室",
                             "中共江苏省委全面依法治省委员会办公室", "启东市数据局", "中国共产党中央委员会",
                             "启东市人民政府办公室", "启东市行政争议调处中心", "倪伯苍名人调解工作室",
                             "汇东老张调解室", "国务院办公厅"}) {
        INFO(name);
        CHECK(body_index(r.get(), name) >= 0);
    }
    const govreport_body* jiangsu = govreport_report_body_at(
        r.get(), static_cast<size_t>(std::max<int64_t>(0, body_index(r.get(), "中共江苏省委全面依法治省委员会办公室"))));
    CHECK(str(govreport_body_level(jiangsu)) == "province");
    CHECK(str(govreport_body_division_code(jiangsu)) == "320000");

    // Every mention of every entity is found at its span.
    for (size_t i = 0; i < govreport_report_body_count(r.get()); ++i) {
        const govreport_body* b = govreport_report_body_at(r.get(), i);
        for (size_t k = 0; k < govreport_body_mention_count(b); ++k) {
            govreport_span s;
            govreport_body_mention_span(b, k, &s);
            check_span(text, s, str(govreport_body_mention_text(b, k)));
        }
    }
    REQUIRE(govreport_report_person_count(r.get()) == 2);
    for (size_t i = 0; i < 2; ++i) {
        const govreport_person* p = govreport_report_person_at(r.get(), i);
        govreport_span s;
        govreport_person_mention_span(p, 0, &s);
        check_span(text, s, str(govreport_person_mention_text(p, 0)));
    }
    CHECK(person_named(r.get(), "杨中坚") != nullptr);
    CHECK(person_named(r.get(), "蔡毅") != nullptr);

    REQUIRE(govreport_report_document_count(r.get()) == 15);
    for (size_t i = 0; i < 15; ++i) {
        const govreport_document* d = govreport_report_document_at(r.get(), i);
        govreport_span s;
        govreport_document_mention_span(d, 0, &s);
        check_span(text, s, str(govreport_document_mention_text(d, 0)));
    }
    CHECK(govreport_document_nested_in(govreport_report_document_at(r.get(), 11)) == 10);
    const govreport_document* plan = govreport_report_document_at(r.get(), 13);
    CHECK(str(govreport_document_title(plan)) == "提升行政执法质量三年行动计划（2023-2025 年）");
    CHECK(str(govreport_document_issuer(plan)) == "国务院办公厅");
    CHECK(str(govreport_document_period_start(plan)) == "2023-01-01");
    CHECK(str(govreport_document_period_end(plan)) == "2025-12-31");

    // The JSON carries the same entities.
    capi_test::Buffer json;
    size_t len = 0;
    REQUIRE(govreport_report_to_json(r.get(), 0, json.out(), &len) == GOVREPORT_OK);
    const std::string_view j(json.get(), len);
    for (const char* s : {"\"bodies\"", "\"persons\"", "\"documents\"", "中共启东市委员会", "杨中坚",
                          "市委副书记、市长", "党政主要负责人履行推进法治建设第一责任人职责规定"})
        CHECK(capi_test::contains(j, s));
}
