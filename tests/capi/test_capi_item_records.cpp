// Tests for govreport_report_section_records, _measure_records and _period_records: the same
// fields as the getters (index lists included), and the errors of the indicator records.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "capi_fixture.hpp"

using capi_test::str;

namespace {

// A string field: the getter's text, and its very pointer (both are borrowed from the report).
void check_string(const char* got, const char* want) {
    CHECK(str(got) == str(want));
    CHECK(static_cast<const void*>(got) == static_cast<const void*>(want));
}

std::string span_string(const govreport_span& s) {
    return "bytes [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ") chars [" +
           std::to_string(s.char_start) + ", " + std::to_string(s.char_end) + ")";
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

// One type per list: its record, its records function and the getters to check a record by.
struct section_list {
    using Record = govreport_section_record;
    static constexpr const char* items = "sections";
    static constexpr const char* type = "govreport_section_record";
    static std::size_t count(const govreport_report* r) { return govreport_report_section_count(r); }
    static govreport_status records(const govreport_report* r, std::size_t first,
                                    std::size_t count, Record* out) {
        return govreport_report_section_records(r, first, count, out);
    }
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
        std::vector<int64_t> children;
        for (std::size_t k = 0; k < govreport_section_child_count(x); ++k)
            children.push_back(govreport_section_child_at(x, k));
        check_index_list(rec.child_count, rec.children, children);
        govreport_span span{}, extent{};
        govreport_section_span(x, &span);
        govreport_section_extent(x, &extent);
        CHECK(span_string(rec.span) == span_string(span));
        CHECK(span_string(rec.extent) == span_string(extent));
    }
};

struct measure_list {
    using Record = govreport_measure_record;
    static constexpr const char* items = "measures";
    static constexpr const char* type = "govreport_measure_record";
    static std::size_t count(const govreport_report* r) { return govreport_report_measure_count(r); }
    static govreport_status records(const govreport_report* r, std::size_t first,
                                    std::size_t count, Record* out) {
        return govreport_report_measure_records(r, first, count, out);
    }
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
        std::vector<int64_t> bodies;
        for (std::size_t k = 0; k < govreport_measure_body_count(x); ++k)
            bodies.push_back(govreport_measure_body_at(x, k));
        check_index_list(rec.body_count, rec.bodies, bodies);
        // The indicators whose measure is this one, found from the indicators' side.
        std::vector<int64_t> indicators;
        for (std::size_t k = 0; k < govreport_report_indicator_count(r); ++k)
            if (govreport_indicator_measure(govreport_report_indicator_at(r, k)) ==
                static_cast<int64_t>(i))
                indicators.push_back(static_cast<int64_t>(k));
        check_index_list(rec.indicator_count, rec.indicators, indicators);
        govreport_span span{}, extent{};
        govreport_measure_span(x, &span);
        govreport_measure_extent(x, &extent);
        CHECK(span_string(rec.span) == span_string(span));
        CHECK(span_string(rec.extent) == span_string(extent));
    }
};

struct period_list {
    using Record = govreport_period_record;
    static constexpr const char* items = "periods";
    static constexpr const char* type = "govreport_period_record";
    static std::size_t count(const govreport_report* r) { return govreport_report_period_count(r); }
    static govreport_status records(const govreport_report* r, std::size_t first,
                                    std::size_t count, Record* out) {
        return govreport_report_period_records(r, first, count, out);
    }
    static void check(const govreport_report* r, std::size_t i, const Record& rec) {
        const govreport_period* x = govreport_report_period_at(r, i);
        REQUIRE(x != nullptr);
        check_string(rec.id, govreport_period_id(x));
        check_string(rec.text, govreport_period_text(x));
        check_string(rec.start, govreport_period_start(x));
        check_string(rec.end, govreport_period_end(x));
        CHECK(rec.granularity == static_cast<int32_t>(govreport_period_granularity(x)));
        CHECK(rec.relative == govreport_period_relative(x));
        govreport_span span{};
        govreport_period_span(x, &span);
        CHECK(span_string(rec.span) == span_string(span));
    }
};

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

TEMPLATE_TEST_CASE("item records of a slice are written from the first record on",
                   "[capi][records][item-records]", section_list, measure_list, period_list) {
    using Record = typename TestType::Record;
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
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
                   "[capi][records][item-records]", section_list, measure_list, period_list) {
    using Record = typename TestType::Record;
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
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
    rejects(r, n + 1, 0, records.data(),
            items + " [" + std::to_string(n + 1) + ", " + std::to_string(n + 1) + ") requested" + has);
    rejects(r, n + 1, 0, nullptr, items + " [" + std::to_string(n + 1) + ", ");
    // first + count wraps around: still past the end.
    rejects(r, 1, SIZE_MAX, records.data(), items + " [1, ");
    rejects(r, 1, SIZE_MAX, records.data(), has);
    rejects(r, SIZE_MAX, 1, records.data(), items + " [" + std::to_string(SIZE_MAX) + ", ");
    rejects(r, SIZE_MAX, SIZE_MAX, records.data(), has);
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
                   "[capi][records][item-records]", section_list, measure_list, period_list) {
    // A caller compiled against a later header whose record has grown by 24 bytes: each
    // record is filled up to this version's size and the rest of it is left alone.
    using Record = typename TestType::Record;
    struct Longer {
        Record known;
        unsigned char appended[24];
    };
    static_assert(sizeof(Longer) == sizeof(Record) + 24, "no padding around the appended bytes");
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
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
