// Tests for the records of sections, measures, periods, diagnostics, bodies, persons and
// documents (govreport_report_*_records) and of mentions (govreport_*_mention_records): the
// same fields as the getters (index lists included, NULL where the getter gives NULL), and
// the errors of the indicator records.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "capi_fixture.hpp"

using capi_test::slice;
using capi_test::str;

namespace {

// A string field: the getter's text, and its very pointer (both are borrowed from the report).
void check_string(const char* got, const char* want) {
    CHECK(str(got) == str(want));
    CHECK(static_cast<const void*>(got) == static_cast<const void*>(want));
}

// A string field its getter may give as NULL (body division_code, document doc_number …):
// NULL exactly where the getter gives NULL, else the getter's very pointer.
void check_optional(const char* got, const char* want) {
    CHECK((got == nullptr) == (want == nullptr));
    check_string(got, want);
}

// A string field that is never NULL: the getter's very pointer, and not NULL.
void check_text(const char* got, const char* want) {
    CHECK(got != nullptr);
    check_string(got, want);
}

// A small report of ours with what the seed lacks: document numbers, a person whose title
// names no body, persons and documents mentioned more than once.
const std::string& entities_report() {
    static const std::string text =
        "启东市人民政府2024年度法治政府建设情况报告\n\n"
        "2024年，在南通市委、市政府的坚强领导下，启东市人民政府围绕《法治政府建设实施纲要（2021-2025 年）》"
        "（中发〔2021〕33号）确立的目标任务扎实推进依法行政。现将有关情况汇报如下：\n\n"
        "一、推进法治政府建设的主要做法及成效\n\n"
        "1. 深化改革。根据市数据局提供的线索，市司法局牵头开展专项检查，局长顾明同志带队。"
        "落实《法治政府建设实施纲要（2021-2025 年）》要求。\n\n"
        "2. 强化学法。市政府常务会议开展集体学法，市政府办公室印发《启东市 2024 年法治政府建设工作要点》。"
        "国务院办公厅印发《提升行政执法质量三年行动计划（2023-2025 年）》（国办发〔2023〕27号）。"
        "副市长王明出席会议。\n\n"
        "三、2024年党政主要负责人履行第一责任人职责情况\n\n"
        "市委书记杨中坚主持召开专题会议。市委副书记、市长蔡毅多次组织召开市政府常务会议。"
        "市长蔡毅强调依法决策，市委书记杨中坚带头学法，市长蔡毅亲自部署。"
        "认真落实《中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人职责规定〉的通知》"
        "要求，再次学习《法治政府建设实施纲要（2021-2025 年）》。市政府、市委多次研究。\n";
    return text;
}

std::string span_string(const govreport_span& s) {
    return "bytes [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ") chars [" +
           std::to_string(s.char_start) + ", " + std::to_string(s.char_end) + ")";
}

// A record's span against what the item's span getter gives.
template <class Item>
void check_span(const govreport_span& got, void (*getter)(const Item*, govreport_span*),
                const Item* x) {
    govreport_span want{};
    getter(x, &want);
    CHECK(span_string(got) == span_string(want));
}

// The indices an item's list getters give (children, a measure's bodies), in order.
template <class Item>
std::vector<int64_t> indices(const Item* x, size_t (*count)(const Item*),
                             int64_t (*at)(const Item*, size_t)) {
    std::vector<int64_t> out;
    for (std::size_t k = 0; k < count(x); ++k) out.push_back(at(x, k));
    return out;
}

// A borrowed index list against the indices the getters give, in order: NULL when empty.
void check_index_list(std::size_t count, const size_t* list, const std::vector<int64_t>& want) {
    REQUIRE(count == want.size());
    if (count == 0) {
        CHECK(list == nullptr);
        return;
    }
    REQUIRE(list != nullptr);
    std::vector<int64_t> got;
    for (std::size_t k = 0; k < count; ++k) got.push_back(static_cast<int64_t>(list[k]));
    CHECK(got == want);
}

// What every list's traits share: its record type, its name in messages, its count and
// its records function, whose names differ only by the item's name.
#define GOVREPORT_RECORD_LIST(kind, plural)                                                   \
    using Record = govreport_##kind##_record;                                                 \
    static constexpr const char* items = #plural;                                             \
    static constexpr const char* type = "govreport_" #kind "_record";                         \
    static std::size_t count(const govreport_report* r) {                                     \
        return govreport_report_##kind##_count(r);                                            \
    }                                                                                         \
    static govreport_status records(const govreport_report* r, std::size_t first,             \
                                    std::size_t count, Record* out) {                         \
        return govreport_report_##kind##_records(r, first, count, out);                       \
    }

// One type per list: its record, its records function and the getters to check a record by.
struct section_list {
    GOVREPORT_RECORD_LIST(section, sections);
    static const std::string& text() { return capi_test::sample_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_section* x = govreport_report_section_at(r, i);
        REQUIRE(x != nullptr);
        check_string(rec.id, govreport_section_id(x));
        check_string(rec.marker, govreport_section_marker(x));
        check_string(rec.title, govreport_section_title(x));
        CHECK(rec.level == govreport_section_level(x));
        CHECK(rec.marker_kind == static_cast<int32_t>(govreport_section_marker_kind(x)));
        CHECK(rec.ordinal == govreport_section_ordinal(x));
        CHECK(rec.role == static_cast<int32_t>(govreport_section_role(x)));
        CHECK(rec.parent == govreport_section_parent(x));
        check_index_list(rec.child_count, rec.children,
                         indices(x, govreport_section_child_count, govreport_section_child_at));
        check_span(rec.span, govreport_section_span, x);
        check_span(rec.extent, govreport_section_extent, x);
    }
};

struct measure_list {
    GOVREPORT_RECORD_LIST(measure, measures);
    static const std::string& text() { return capi_test::sample_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_measure* x = govreport_report_measure_at(r, i);
        REQUIRE(x != nullptr);
        check_string(rec.id, govreport_measure_id(x));
        check_string(rec.marker, govreport_measure_marker(x));
        check_string(rec.title, govreport_measure_title(x));
        check_string(rec.body, govreport_measure_body(x));
        CHECK(rec.marker_kind == static_cast<int32_t>(govreport_measure_marker_kind(x)));
        CHECK(rec.ordinal == govreport_measure_ordinal(x));
        CHECK(rec.status == static_cast<int32_t>(govreport_measure_status_of(x)));
        CHECK(rec.section == govreport_measure_section(x));
        check_index_list(rec.body_count, rec.bodies,
                         indices(x, govreport_measure_body_count, govreport_measure_body_at));
        // The indicators whose measure is this one, found from the indicators' side.
        std::vector<int64_t> indicators;
        for (std::size_t k = 0; k < govreport_report_indicator_count(r); ++k)
            if (govreport_indicator_measure(govreport_report_indicator_at(r, k)) ==
                static_cast<int64_t>(i))
                indicators.push_back(static_cast<int64_t>(k));
        check_index_list(rec.indicator_count, rec.indicators, indicators);
        check_span(rec.span, govreport_measure_span, x);
        check_span(rec.extent, govreport_measure_extent, x);
    }
};

struct period_list {
    GOVREPORT_RECORD_LIST(period, periods);
    static const std::string& text() { return capi_test::sample_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_period* x = govreport_report_period_at(r, i);
        REQUIRE(x != nullptr);
        check_string(rec.id, govreport_period_id(x));
        check_string(rec.text, govreport_period_text(x));
        check_string(rec.start, govreport_period_start(x));
        check_string(rec.end, govreport_period_end(x));
        CHECK(rec.granularity == static_cast<int32_t>(govreport_period_granularity(x)));
        CHECK(rec.relative == govreport_period_relative(x));
        check_span(rec.span, govreport_period_span, x);
    }
};

// A report of ours with diagnostics of several kinds: missing parts, invalid dates,
// skipped ordinals.
const std::string& diagnostics_report() {
    static const std::string text =
        "某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法和成效\n\n"
        "1. 改革。2024年2月30日召开会议。\n\n3. 落实。2023年13月完成。\n\n"
        "三、存在的不足\n\n有待加强。\n";
    return text;
}

struct diagnostic_list {
    GOVREPORT_RECORD_LIST(diagnostic, diagnostics);
    static const std::string& text() { return diagnostics_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_diagnostic* x = govreport_report_diagnostic_at(r, i);
        REQUIRE(x != nullptr);
        CHECK(rec.severity == static_cast<int32_t>(govreport_diagnostic_severity(x)));
        check_text(rec.code, govreport_diagnostic_code(x));
        check_text(rec.message, govreport_diagnostic_message(x));
        check_span(rec.span, govreport_diagnostic_span, x);
    }
};

struct body_list {
    GOVREPORT_RECORD_LIST(body, bodies);
    static const std::string& text() { return entities_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_body* x = govreport_report_body_at(r, i);
        REQUIRE(x != nullptr);
        check_text(rec.id, govreport_body_id(x));
        check_text(rec.name, govreport_body_name(x));
        check_text(rec.kind, govreport_body_kind(x));
        check_text(rec.level, govreport_body_level(x));
        check_optional(rec.division_code, govreport_body_division_code(x));
        CHECK(rec.mention_count == govreport_body_mention_count(x));
    }
};

struct person_list {
    GOVREPORT_RECORD_LIST(person, persons);
    static const std::string& text() { return entities_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_person* x = govreport_report_person_at(r, i);
        REQUIRE(x != nullptr);
        CHECK(rec.body == govreport_person_body(x));
        check_text(rec.id, govreport_person_id(x));
        check_text(rec.name, govreport_person_name(x));
        check_text(rec.title, govreport_person_title(x));
        CHECK(rec.title_count == govreport_person_title_count(x));
        CHECK(rec.mention_count == govreport_person_mention_count(x));
    }
};

struct document_list {
    GOVREPORT_RECORD_LIST(document, documents);
    static const std::string& text() { return entities_report(); }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_document* x = govreport_report_document_at(r, i);
        REQUIRE(x != nullptr);
        CHECK(rec.nested_in == govreport_document_nested_in(x));
        check_text(rec.id, govreport_document_id(x));
        check_text(rec.title, govreport_document_title(x));
        check_optional(rec.doc_number, govreport_document_doc_number(x));
        check_optional(rec.issuer, govreport_document_issuer(x));
        check_optional(rec.period_start, govreport_document_period_start(x));
        check_optional(rec.period_end, govreport_document_period_end(x));
        CHECK(rec.mention_count == govreport_document_mention_count(x));
    }
};

// One type per owner of mentions (body, person, document): its getters and its mention
// records function, whose names differ only by the owner's name.
#define GOVREPORT_MENTION_OWNER(kind)                                                        \
    struct kind##_mentions {                                                                 \
        using Item = govreport_##kind;                                                       \
        static constexpr const char* owner = #kind;                                          \
        static std::size_t count(const govreport_report* r) {                                \
            return govreport_report_##kind##_count(r);                                       \
        }                                                                                    \
        static const Item* at(const govreport_report* r, std::size_t i) {                    \
            return govreport_report_##kind##_at(r, i);                                       \
        }                                                                                    \
        static std::size_t mention_count(const Item* x) {                                    \
            return govreport_##kind##_mention_count(x);                                      \
        }                                                                                    \
        static const char* text(const Item* x, std::size_t k) {                              \
            return govreport_##kind##_mention_text(x, k);                                    \
        }                                                                                    \
        static void span(const Item* x, std::size_t k, govreport_span* out) {                \
            govreport_##kind##_mention_span(x, k, out);                                      \
        }                                                                                    \
        static govreport_status records(const Item* x, std::size_t first, std::size_t count, \
                                        govreport_mention_record* out) {                     \
            return govreport_##kind##_mention_records(x, first, count, out);                 \
        }                                                                                    \
    }
GOVREPORT_MENTION_OWNER(body);
GOVREPORT_MENTION_OWNER(person);
GOVREPORT_MENTION_OWNER(document);
#undef GOVREPORT_MENTION_OWNER

// Mention `k` of `x` against its record: the getter's very text pointer, and its span
// (which also covers that text in the report's text).
template <class M>
void check_mention(std::string_view report_text, const typename M::Item* x, std::size_t k,
                   const govreport_mention_record& rec) {
    INFO(M::owner << " mention " << k);
    check_text(rec.text, M::text(x, k));
    govreport_span span{};
    M::span(x, k, &span);
    CHECK(span_string(rec.span) == span_string(span));
    if (rec.text) CHECK(slice(report_text, rec.span) == std::string_view(rec.text));
}

// The item of the report with the most mentions.
template <class M>
const typename M::Item* most_mentioned(const govreport_report* r) {
    const typename M::Item* best = nullptr;
    for (std::size_t i = 0; i < M::count(r); ++i) {
        const typename M::Item* x = M::at(r, i);
        if (!best || M::mention_count(x) > M::mention_count(best)) best = x;
    }
    return best;
}

// All records of the list in one call, each checked against the getters.
template <class L>
std::vector<typename L::Record> checked_records(const govreport_report* r) {
    const std::size_t n = L::count(r);
    REQUIRE(n > 0);
    std::vector<typename L::Record> records(n);
    records[0].struct_size = sizeof(typename L::Record);
    REQUIRE(L::records(r, 0, n, records.data()) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    for (std::size_t i = 0; i < n; ++i) {
        INFO(L::items << " " << i);
        CHECK(records[i].struct_size == sizeof(typename L::Record));
        L::check(r, i, records[i]);
    }
    return records;
}

// `bytes` copied, to see that a failed call wrote nothing.
std::vector<unsigned char> snapshot(const void* p, std::size_t bytes) {
    const auto* b = static_cast<const unsigned char*>(p);
    return std::vector<unsigned char>(b, b + bytes);
}

}  // namespace

TEST_CASE("section records hold what the getters return for every section of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<section_list>(report.get());
    bool parent = false, leaf = false;
    for (const govreport_section_record& rec : records) {
        parent = parent || rec.child_count > 0;
        leaf = leaf || rec.child_count == 0;
    }
    CHECK(parent);  // the seed's parts have sub-sections
    CHECK(leaf);
}

TEST_CASE("measure records hold what the getters return for every measure of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<measure_list>(report.get());
    bool bodies = false, no_bodies = false, indicators = false, no_indicators = false;
    std::size_t linked = 0;
    for (const govreport_measure_record& rec : records) {
        bodies = bodies || rec.body_count > 0;
        no_bodies = no_bodies || rec.body_count == 0;
        indicators = indicators || rec.indicator_count > 0;
        no_indicators = no_indicators || rec.indicator_count == 0;
        linked += rec.indicator_count;
    }
    CHECK(bodies);
    CHECK(no_bodies);
    CHECK(indicators);
    CHECK(no_indicators);
    // Every indicator that names a measure is listed by it (no indicator is lost or doubled).
    std::size_t in_a_measure = 0;
    for (std::size_t k = 0; k < govreport_report_indicator_count(report.get()); ++k)
        in_a_measure += govreport_indicator_measure(govreport_report_indicator_at(report.get(), k)) >= 0;
    CHECK(linked == in_a_measure);
}

TEST_CASE("period records hold what the getters return for every period of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<period_list>(report.get());
    bool relative = false;
    for (const govreport_period_record& rec : records) relative = relative || rec.relative;
    CHECK(relative);  // 今年, 去年底 …
}

TEST_CASE("diagnostic records hold what the getters return for every diagnostic",
          "[capi][records][item-records]") {
    capi_test::Report report;
    REQUIRE(report.parse(diagnostics_report()) == GOVREPORT_OK);
    const auto records = checked_records<diagnostic_list>(report.get());
    std::set<std::string> codes;
    for (const govreport_diagnostic_record& rec : records) codes.insert(rec.code);
    CHECK(codes == std::set<std::string>{"invalid_date", "missing_part", "ordinal_skipped"});
}

TEST_CASE("body records hold what the getters return for every body of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<body_list>(report.get());
    bool several = false, coded = false, uncoded = false;
    for (const govreport_body_record& rec : records) {
        several = several || rec.mention_count >= 2;  // 市政府 again and again
        coded = coded || rec.division_code != nullptr;
        uncoded = uncoded || rec.division_code == nullptr;  // 党中央, the mediation studios
    }
    CHECK(several);
    CHECK(coded);
    CHECK(uncoded);
}

TEST_CASE("person records hold what the getters return for every person of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<person_list>(report.get());
    CHECK(!records.empty());  // 市委书记杨中坚, 市委副书记、市长蔡毅
    bool two_titles = false;
    for (const govreport_person_record& rec : records) two_titles = two_titles || rec.title_count >= 2;
    CHECK(two_titles);
}

TEST_CASE("document records hold what the getters return for every document of the seed",
          "[capi][records][item-records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const auto records = checked_records<document_list>(report.get());
    bool issuer = false, period = false, no_period = false, nested = false, no_number = false;
    for (const govreport_document_record& rec : records) {
        issuer = issuer || rec.issuer != nullptr;
        period = period || rec.period_start != nullptr;
        no_period = no_period || rec.period_start == nullptr;
        nested = nested || rec.nested_in >= 0;  // 〈…〉 inside 《…》
        no_number = no_number || rec.doc_number == nullptr;
    }
    CHECK(issuer);
    CHECK(period);
    CHECK(no_period);
    CHECK(nested);
    CHECK(no_number);
}

TEST_CASE("entity records of a report of ours cover document numbers and a person without a body",
          "[capi][records][item-records]") {
    // What the seed has none of: its documents carry no 〔…〕号, its persons all have a body.
    capi_test::Report report;
    REQUIRE(report.parse(entities_report()) == GOVREPORT_OK);
    const auto documents = checked_records<document_list>(report.get());
    const auto persons = checked_records<person_list>(report.get());
    const auto bodies = checked_records<body_list>(report.get());
    std::size_t numbers = 0;
    bool issuer = false, no_issuer = false, nested = false, several = false;
    for (const govreport_document_record& rec : documents) {
        numbers += rec.doc_number != nullptr;
        issuer = issuer || rec.issuer != nullptr;
        no_issuer = no_issuer || rec.issuer == nullptr;
        nested = nested || rec.nested_in >= 0;
        several = several || rec.mention_count >= 3;
    }
    CHECK(numbers == 2);  // 中发〔2021〕33号, 国办发〔2023〕27号
    CHECK(documents[0].doc_number != nullptr);
    CHECK(str(documents[0].doc_number) == "中发〔2021〕33号");
    CHECK(issuer);
    CHECK(no_issuer);
    CHECK(nested);
    CHECK(several);
    bool bodiless = false, with_body = false, repeated = false;
    for (const govreport_person_record& rec : persons) {
        bodiless = bodiless || rec.body == -1;  // 局长顾明: which 局 is not said
        with_body = with_body || rec.body >= 0;
        repeated = repeated || rec.mention_count >= 2;
    }
    CHECK(bodiless);
    CHECK(with_body);
    CHECK(repeated);
    bool coded = false, uncoded = false;
    for (const govreport_body_record& rec : bodies) {
        coded = coded || rec.division_code != nullptr;
        uncoded = uncoded || rec.division_code == nullptr;  // 国务院办公厅
    }
    CHECK(coded);
    CHECK(uncoded);
}

TEMPLATE_TEST_CASE("item records of a slice are written from the first record on",
                   "[capi][records][item-records]", section_list, measure_list, period_list,
                   diagnostic_list, body_list, person_list, document_list) {
    using Record = typename TestType::Record;
    capi_test::Report report;
    REQUIRE(report.parse(TestType::text()) == GOVREPORT_OK);
    const std::size_t n = TestType::count(report.get());
    REQUIRE(n >= 3);
    // Items 1 … n-2 into records 0 … n-3; the last two records stay as they were.
    std::vector<Record> records(n);
    std::memset(records.data(), 0x5A, n * sizeof(Record));
    records[0].struct_size = sizeof(Record);
    const auto tail = snapshot(&records[n - 2], 2 * sizeof(Record));
    REQUIRE(TestType::records(report.get(), 1, n - 2, records.data()) == GOVREPORT_OK);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        INFO(TestType::items << " " << i);
        CHECK(records[i - 1].struct_size == sizeof(Record));
        TestType::check(report.get(), i, records[i - 1]);
    }
    CHECK(snapshot(&records[n - 2], 2 * sizeof(Record)) == tail);
}

TEMPLATE_TEST_CASE("item records: bad arguments are errors with a message and never a write",
                   "[capi][records][item-records]", section_list, measure_list, period_list,
                   diagnostic_list, body_list, person_list, document_list) {
    using Record = typename TestType::Record;
    capi_test::Report report;
    REQUIRE(report.parse(TestType::text()) == GOVREPORT_OK);
    const govreport_report* r = report.get();
    const std::size_t n = TestType::count(r);
    REQUIRE(n > 0);
    const std::string items = TestType::items;
    const std::string has = "; the report has " + std::to_string(n);
    std::vector<Record> records(n + 1);
    std::memset(records.data(), 0x5A, records.size() * sizeof(Record));
    records[0].struct_size = sizeof(Record);

    // Each call fails with `message` in the last error and leaves every record as it was.
    auto rejects = [&](const govreport_report* rep, std::size_t first, std::size_t count,
                       Record* out, const std::string& message) {
        INFO("[" << first << " + " << count << ") struct_size " << records[0].struct_size);
        const auto before = snapshot(records.data(), records.size() * sizeof(Record));
        CHECK(TestType::records(rep, first, count, out) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK_THAT(std::string(govreport_last_error_message()), Catch::Contains(message));
        CHECK(snapshot(records.data(), records.size() * sizeof(Record)) == before);
    };
    rejects(nullptr, 0, 1, records.data(), "report is NULL");
    rejects(r, 0, 1, nullptr, "records is NULL");
    rejects(r, 0, n + 1, records.data(),
            items + " [0, " + std::to_string(n + 1) + ") requested" + has);
    CHECK_THAT(std::string(govreport_last_error_message()), !Catch::Contains("past the largest"));
    rejects(r, n + 1, 0, records.data(),
            items + " [" + std::to_string(n + 1) + ", " + std::to_string(n + 1) + ") requested" + has);
    rejects(r, n + 1, 0, nullptr, items + " [" + std::to_string(n + 1) + ", ");
    // first + count wraps around: still past the end.
    rejects(r, 1, SIZE_MAX, records.data(), items + " [1, ");
    rejects(r, 1, SIZE_MAX, records.data(), has);
    rejects(r, SIZE_MAX, 1, records.data(), items + " [" + std::to_string(SIZE_MAX) + ", ");
    rejects(r, SIZE_MAX, SIZE_MAX, records.data(), has);
    rejects(r, 1, SIZE_MAX, records.data(), "(past the largest size_t)");
    rejects(r, n + 1, SIZE_MAX, nullptr, "(past the largest size_t)");
    // A struct_size left at 0, or under this version's size.
    const std::string takes = "; " + std::string(TestType::type) + " takes " +
                              std::to_string(sizeof(Record)) + " bytes";
    records[0].struct_size = 0;
    rejects(r, 0, 1, records.data(), "records[0].struct_size is 0" + takes);
    records[0].struct_size = sizeof(Record) - 1;
    rejects(r, 0, n, records.data(),
            "records[0].struct_size is " + std::to_string(sizeof(Record) - 1) + takes);
    rejects(r, n - 1, 1, records.data(), "sizeof(" + std::string(TestType::type) + ")");

    // Nothing to do: fine, even without records; so is the empty range at the end.
    CHECK(TestType::records(r, 0, 0, nullptr) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    rejects(nullptr, 0, 0, nullptr, "report is NULL");  // but a report is still needed
    CHECK(TestType::records(r, n, 0, nullptr) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    const auto before = snapshot(records.data(), records.size() * sizeof(Record));
    CHECK(TestType::records(r, n, 0, records.data()) == GOVREPORT_OK);  // the bad size unread
    CHECK(snapshot(records.data(), records.size() * sizeof(Record)) == before);
}

TEMPLATE_TEST_CASE("item records of a newer longer layout: the stride is the caller's size",
                   "[capi][records][item-records]", section_list, measure_list, period_list,
                   diagnostic_list, body_list, person_list, document_list) {
    // A caller compiled against a later header whose record has grown by 24 bytes: each
    // record is filled up to this version's size and the rest of it is left alone.
    using Record = typename TestType::Record;
    struct Longer {
        Record known;
        unsigned char appended[24];
    };
    static_assert(sizeof(Longer) == sizeof(Record) + 24, "no padding around the appended bytes");
    capi_test::Report report;
    REQUIRE(report.parse(TestType::text()) == GOVREPORT_OK);
    const std::size_t n = TestType::count(report.get());
    REQUIRE(n >= 2);
    // One record more than asked for: it must stay untouched as a whole.
    std::vector<Longer> records(n + 1);
    std::memset(records.data(), 0xCD, records.size() * sizeof(Longer));
    records[0].known.struct_size = sizeof(Longer);
    const auto spare = snapshot(&records[n], sizeof(Longer));
    REQUIRE(TestType::records(report.get(), 0, n, reinterpret_cast<Record*>(records.data())) ==
            GOVREPORT_OK);
    const std::vector<unsigned char> pattern(sizeof records[0].appended, 0xCD);
    for (std::size_t i = 0; i < n; ++i) {
        INFO(TestType::items << " " << i);
        CHECK(records[i].known.struct_size == sizeof(Longer));
        TestType::check(report.get(), i, records[i].known);
        CHECK(snapshot(records[i].appended, sizeof records[i].appended) == pattern);
    }
    CHECK(snapshot(&records[n], sizeof(Longer)) == spare);
}

TEMPLATE_TEST_CASE("mention records hold what the getters return for every item of the seed",
                   "[capi][records][mention-records]", body_mentions, person_mentions,
                   document_mentions) {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const govreport_report* r = report.get();
    const std::size_t n = TestType::count(r);
    REQUIRE(n > 0);
    std::size_t most = 0, total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        INFO(TestType::owner << " " << i);
        const typename TestType::Item* x = TestType::at(r, i);
        REQUIRE(x != nullptr);
        const std::size_t m = TestType::mention_count(x);
        most = std::max(most, m);
        total += m;
        // All of its mentions in one call (none needs no records at all).
        std::vector<govreport_mention_record> records(m == 0 ? 1 : m);
        records[0].struct_size = sizeof(govreport_mention_record);
        REQUIRE(TestType::records(x, 0, m, m == 0 ? nullptr : records.data()) == GOVREPORT_OK);
        CHECK(std::string(govreport_last_error_message()).empty());
        for (std::size_t k = 0; k < m; ++k) {
            CHECK(records[k].struct_size == sizeof(govreport_mention_record));
            check_mention<TestType>(report.text(), x, k, records[k]);
        }
    }
    CHECK(total >= n);  // every item is there because it is mentioned
    if (std::string(TestType::owner) == "body") CHECK(most >= 2);  // 市政府, 市委
}

TEMPLATE_TEST_CASE("mention records of a slice are written from the first record on",
                   "[capi][records][mention-records]", body_mentions, person_mentions,
                   document_mentions) {
    capi_test::Report report;
    REQUIRE(report.parse(entities_report()) == GOVREPORT_OK);
    const typename TestType::Item* x = most_mentioned<TestType>(report.get());
    REQUIRE(x != nullptr);
    const std::size_t n = TestType::mention_count(x);
    REQUIRE(n >= 3);
    // Mentions 1 … n-2 into records 0 … n-3; the last two records stay as they were.
    std::vector<govreport_mention_record> records(n);
    std::memset(records.data(), 0x5A, n * sizeof(govreport_mention_record));
    records[0].struct_size = sizeof(govreport_mention_record);
    const auto tail = snapshot(&records[n - 2], 2 * sizeof(govreport_mention_record));
    REQUIRE(TestType::records(x, 1, n - 2, records.data()) == GOVREPORT_OK);
    for (std::size_t k = 1; k + 1 < n; ++k) {
        CHECK(records[k - 1].struct_size == sizeof(govreport_mention_record));
        check_mention<TestType>(report.text(), x, k, records[k - 1]);
    }
    CHECK(snapshot(&records[n - 2], 2 * sizeof(govreport_mention_record)) == tail);
    // The last mention alone.
    govreport_mention_record last;
    std::memset(&last, 0x5A, sizeof last);
    last.struct_size = sizeof last;
    REQUIRE(TestType::records(x, n - 1, 1, &last) == GOVREPORT_OK);
    check_mention<TestType>(report.text(), x, n - 1, last);
}

TEMPLATE_TEST_CASE("mention records: bad arguments are errors with a message and never a write",
                   "[capi][records][mention-records]", body_mentions, person_mentions,
                   document_mentions) {
    using Record = govreport_mention_record;
    capi_test::Report report;
    REQUIRE(report.parse(entities_report()) == GOVREPORT_OK);
    const typename TestType::Item* x = most_mentioned<TestType>(report.get());
    REQUIRE(x != nullptr);
    const std::size_t n = TestType::mention_count(x);
    REQUIRE(n >= 2);
    const std::string owner = TestType::owner;
    const std::string has = "; the " + owner + " has " + std::to_string(n);
    std::vector<Record> records(n + 1);
    std::memset(records.data(), 0x5A, records.size() * sizeof(Record));
    records[0].struct_size = sizeof(Record);

    auto rejects = [&](const typename TestType::Item* item, std::size_t first, std::size_t count,
                       Record* out, const std::string& message) {
        INFO("[" << first << " + " << count << ") struct_size " << records[0].struct_size);
        const auto before = snapshot(records.data(), records.size() * sizeof(Record));
        CHECK(TestType::records(item, first, count, out) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK_THAT(std::string(govreport_last_error_message()), Catch::Contains(message));
        CHECK(snapshot(records.data(), records.size() * sizeof(Record)) == before);
    };
    rejects(nullptr, 0, 1, records.data(), owner + " is NULL");
    CHECK(std::string(govreport_last_error_message()) == owner + " is NULL");
    rejects(nullptr, 0, 0, nullptr, owner + " is NULL");  // an item is needed even for nothing
    rejects(x, 0, 1, nullptr, "records is NULL");
    rejects(x, 0, n + 1, records.data(),
            "mentions [0, " + std::to_string(n + 1) + ") requested" + has);
    CHECK(std::string(govreport_last_error_message()) ==
          "mentions [0, " + std::to_string(n + 1) + ") requested" + has);
    rejects(x, n + 1, 0, records.data(),
            "mentions [" + std::to_string(n + 1) + ", " + std::to_string(n + 1) + ") requested" + has);
    rejects(x, n + 1, 0, nullptr, "mentions [" + std::to_string(n + 1) + ", ");
    rejects(x, n, 1, records.data(),
            "mentions [" + std::to_string(n) + ", " + std::to_string(n + 1) + ") requested" + has);
    // first + count wraps around: still past the end, and the message says why.
    rejects(x, 1, SIZE_MAX, records.data(), "mentions [1, 1 + " + std::to_string(SIZE_MAX) + ")");
    rejects(x, 1, SIZE_MAX, records.data(), "(past the largest size_t)" + has);
    rejects(x, SIZE_MAX, 1, records.data(), "mentions [" + std::to_string(SIZE_MAX) + ", ");
    rejects(x, SIZE_MAX, SIZE_MAX, nullptr, "(past the largest size_t)" + has);
    // A struct_size left at 0, or one byte short.
    const std::string takes = "; govreport_mention_record takes " + std::to_string(sizeof(Record)) +
                              " bytes (set it to sizeof(govreport_mention_record))";
    records[0].struct_size = 0;
    rejects(x, 0, 1, records.data(), "records[0].struct_size is 0" + takes);
    records[0].struct_size = sizeof(Record) - 1;
    rejects(x, 0, n, records.data(),
            "records[0].struct_size is " + std::to_string(sizeof(Record) - 1) + takes);
    rejects(x, n - 1, 1, records.data(), takes);

    // Nothing to do: fine, even without records (and the bad struct_size is not read).
    CHECK(TestType::records(x, 0, 0, nullptr) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    CHECK(TestType::records(x, n, 0, nullptr) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    const auto before = snapshot(records.data(), records.size() * sizeof(Record));
    CHECK(TestType::records(x, 1, 0, records.data()) == GOVREPORT_OK);
    CHECK(snapshot(records.data(), records.size() * sizeof(Record)) == before);
    // And a good call after the errors clears the message.
    rejects(x, 0, n + 1, records.data(), has);
    records[0].struct_size = sizeof(Record);
    CHECK(TestType::records(x, 0, n, records.data()) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    for (std::size_t k = 0; k < n; ++k) check_mention<TestType>(report.text(), x, k, records[k]);
}

TEMPLATE_TEST_CASE("mention records of a newer longer layout: the stride is the caller's size",
                   "[capi][records][mention-records]", body_mentions, person_mentions,
                   document_mentions) {
    using Record = govreport_mention_record;
    struct Longer {
        Record known;
        unsigned char appended[24];
    };
    static_assert(sizeof(Longer) == sizeof(Record) + 24, "no padding around the appended bytes");
    capi_test::Report report;
    REQUIRE(report.parse(entities_report()) == GOVREPORT_OK);
    const typename TestType::Item* x = most_mentioned<TestType>(report.get());
    REQUIRE(x != nullptr);
    const std::size_t n = TestType::mention_count(x);
    REQUIRE(n >= 2);
    std::vector<Longer> records(n + 1);
    std::memset(records.data(), 0xCD, records.size() * sizeof(Longer));
    records[0].known.struct_size = sizeof(Longer);
    const auto spare = snapshot(&records[n], sizeof(Longer));
    REQUIRE(TestType::records(x, 0, n, reinterpret_cast<Record*>(records.data())) == GOVREPORT_OK);
    const std::vector<unsigned char> pattern(sizeof records[0].appended, 0xCD);
    for (std::size_t k = 0; k < n; ++k) {
        CHECK(records[k].known.struct_size == sizeof(Longer));
        check_mention<TestType>(report.text(), x, k, records[k].known);
        CHECK(snapshot(records[k].appended, sizeof records[k].appended) == pattern);
    }
    CHECK(snapshot(&records[n], sizeof(Longer)) == spare);
}
