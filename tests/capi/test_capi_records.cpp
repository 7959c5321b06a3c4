// Tests for govreport_report_indicator_records: the same fields as the getters, and its errors.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "capi_fixture.hpp"

using capi_test::str;

namespace {

// Every field of `rec` against what the getters say of `x`.
void check_against_getters(const govreport_indicator_record& rec, const govreport_indicator* x) {
    CHECK(str(rec.id) == str(govreport_indicator_id(x)));
    CHECK(str(rec.text) == str(govreport_indicator_text(x)));
    CHECK(str(rec.value_text) == str(govreport_indicator_value_text(x)));
    CHECK(str(rec.unit) == str(govreport_indicator_unit(x)));
    CHECK(str(rec.metric) == str(govreport_indicator_metric(x)));
    CHECK(str(rec.per) == str(govreport_indicator_per(x)));
    double value = -1, normalized = -1, value_max = -1;
    CHECK(rec.has_value == govreport_indicator_value(x, &value));
    CHECK(rec.has_value == govreport_indicator_normalized(x, &normalized));
    if (rec.has_value) {
        CHECK(rec.value == value);
        CHECK(rec.normalized == normalized);
    } else {
        CHECK(rec.value == 0);
        CHECK(rec.normalized == 0);
    }
    CHECK(rec.has_value_max == govreport_indicator_value_max(x, &value_max));
    CHECK(rec.value_max == (rec.has_value_max ? value_max : 0));
    CHECK(rec.scale == govreport_indicator_scale(x));
    CHECK(rec.kind == static_cast<int32_t>(govreport_indicator_kind_of(x)));
    CHECK(rec.qualifier == static_cast<int32_t>(govreport_indicator_qualifier(x)));
    CHECK(rec.chinese_numeral == govreport_indicator_chinese_numeral(x));
    int up = -1;
    const char* basis = nullptr;
    int64_t from = -2;
    CHECK(rec.has_change == govreport_indicator_change(x, &up, &basis, &from));
    if (rec.has_change) {
        CHECK(rec.change_up == up);
        CHECK(str(rec.change_basis) == str(basis));
        CHECK(rec.change_from == from);
    } else {
        CHECK(rec.change_up == 0);
        CHECK(str(rec.change_basis).empty());
        CHECK(rec.change_from == -1);
    }
    CHECK(rec.measure == govreport_indicator_measure(x));
    CHECK(rec.period == govreport_indicator_period(x));
    CHECK(rec.section == govreport_indicator_section(x));
    govreport_span span{};
    govreport_indicator_span(x, &span);
    CHECK(rec.span.start == span.start);
    CHECK(rec.span.end == span.end);
    CHECK(rec.span.char_start == span.char_start);
    CHECK(rec.span.char_end == span.char_end);
}

}  // namespace

TEST_CASE("indicator records hold what the getters return, for every indicator of the seed",
          "[capi][records]") {
    GOVREPORT_CAPI_SEED_OR_SKIP(seed);
    capi_test::Report report;
    REQUIRE(report.parse_file(*seed) == GOVREPORT_OK);
    const std::size_t n = govreport_report_indicator_count(report.get());
    REQUIRE(n > 50);
    std::vector<govreport_indicator_record> records(n);
    records[0].struct_size = sizeof(govreport_indicator_record);
    REQUIRE(govreport_report_indicator_records(report.get(), 0, n, records.data()) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
    bool some_change = false;
    for (std::size_t i = 0; i < n; ++i) {
        INFO("indicator " << i);
        CHECK(records[i].struct_size == sizeof(govreport_indicator_record));
        check_against_getters(records[i], govreport_report_indicator_at(report.get(), i));
        some_change = some_change || records[i].has_change;
    }
    CHECK(some_change);  // the seed has 同比增长 figures
}

TEST_CASE("indicator records of a slice, and of every kind of value", "[capi][records]") {
    // Ranges, a change with a basis, a Chinese numeral and a qualifier in one text.
    capi_test::Report report;
    REQUIRE(report.parse("某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法和成效\n\n"
                         "1. 改革。新增专利授权995件，同比增长89.7%，培训10-20人，"
                         "约90.6%的案件办结，建成两个中心。\n") == GOVREPORT_OK);
    const std::size_t n = govreport_report_indicator_count(report.get());
    REQUIRE(n >= 4);
    // Records 1 … n-1 only, written from records[0] on.
    std::vector<govreport_indicator_record> records(n - 1);
    records[0].struct_size = sizeof(govreport_indicator_record);
    REQUIRE(govreport_report_indicator_records(report.get(), 1, n - 1, records.data()) ==
            GOVREPORT_OK);
    bool range = false, chinese = false, qualified = false;
    for (std::size_t i = 1; i < n; ++i) {
        INFO("indicator " << i);
        check_against_getters(records[i - 1], govreport_report_indicator_at(report.get(), i));
        range = range || records[i - 1].has_value_max;
        chinese = chinese || records[i - 1].chinese_numeral;
        qualified = qualified || records[i - 1].qualifier != GOVREPORT_QUALIFIER_NONE;
    }
    CHECK(range);
    CHECK(chinese);
    CHECK(qualified);
}

TEST_CASE("indicator records: bad arguments are errors with a message, never a write",
          "[capi][records]") {
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
    const std::size_t n = govreport_report_indicator_count(report.get());
    REQUIRE(n > 0);
    std::vector<govreport_indicator_record> records(n + 1);
    records[0].struct_size = sizeof(govreport_indicator_record);

    CHECK(govreport_report_indicator_records(nullptr, 0, 1, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(capi_test::contains(govreport_last_error_message(), "report is NULL"));
    CHECK(govreport_report_indicator_records(report.get(), 0, 1, nullptr) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(capi_test::contains(govreport_last_error_message(), "records is NULL"));
    // Past the end, also when first + count would wrap around.
    CHECK(govreport_report_indicator_records(report.get(), 0, n + 1, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(capi_test::contains(govreport_last_error_message(), "the report has"));
    CHECK(govreport_report_indicator_records(report.get(), n + 1, 0, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(govreport_report_indicator_records(report.get(), 1, SIZE_MAX, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    // A struct_size left at 0 (or any size under this version's).
    records[0].struct_size = 0;
    CHECK(govreport_report_indicator_records(report.get(), 0, 1, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(capi_test::contains(govreport_last_error_message(), "struct_size"));
    records[0].struct_size = offsetof(govreport_indicator_record, section) - 1;
    CHECK(govreport_report_indicator_records(report.get(), 0, 1, records.data()) ==
          GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(records[0].id == nullptr);  // nothing was written
    // Nothing to do: fine, even without records; so is the empty range at the end.
    CHECK(govreport_report_indicator_records(report.get(), 0, 0, nullptr) == GOVREPORT_OK);
    CHECK(govreport_report_indicator_records(report.get(), n, 0, nullptr) == GOVREPORT_OK);
    CHECK(std::string(govreport_last_error_message()).empty());
}

TEST_CASE("indicator records of the layout before section was appended", "[capi][records]") {
    // A caller built with the header before `section` passes that shorter size as the
    // stride: it gets every field it knows, and nothing is written past its records.
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
    const std::size_t n = govreport_report_indicator_count(report.get());
    REQUIRE(n >= 2);
    constexpr std::size_t kOld = offsetof(govreport_indicator_record, section);
    for (const std::size_t stride : {kOld, sizeof(govreport_indicator_record) - 1}) {
        INFO("stride " << stride);
        std::vector<unsigned char> buffer(stride * n + 64, 0xAB);
        govreport_indicator_record first{};
        first.struct_size = static_cast<uint32_t>(stride);
        std::memcpy(buffer.data(), &first, sizeof first.struct_size);
        REQUIRE(govreport_report_indicator_records(
                    report.get(), 0, n,
                    reinterpret_cast<govreport_indicator_record*>(buffer.data())) == GOVREPORT_OK);
        for (std::size_t i = 0; i < n; ++i) {
            govreport_indicator_record rec;
            std::memset(&rec, 0, sizeof rec);
            std::memcpy(&rec, buffer.data() + i * stride, kOld);  // the fields it knows
            rec.section = govreport_indicator_section(govreport_report_indicator_at(report.get(), i));
            CHECK(rec.struct_size == stride);
            check_against_getters(rec, govreport_report_indicator_at(report.get(), i));
            // The bytes after the old layout's fields are the caller's: untouched.
            for (std::size_t b = kOld; b < stride; ++b) CHECK(buffer[i * stride + b] == 0xAB);
        }
        for (std::size_t b = stride * n; b < buffer.size(); ++b) CHECK(buffer[b] == 0xAB);
    }
}

TEST_CASE("indicator records of a newer, longer layout: the stride is the caller's size",
          "[capi][records]") {
    // A caller compiled against a later header whose record has grown: the library fills
    // the part it knows of each record and leaves the rest alone.
    struct Longer {
        govreport_indicator_record known;
        std::uint64_t appended[3];
    };
    capi_test::Report report;
    REQUIRE(report.parse(capi_test::sample_report()) == GOVREPORT_OK);
    const std::size_t n = govreport_report_indicator_count(report.get());
    REQUIRE(n >= 2);
    std::vector<Longer> records(n);
    for (Longer& r : records) std::memset(r.appended, 0xAB, sizeof r.appended);
    records[0].known.struct_size = sizeof(Longer);
    REQUIRE(govreport_report_indicator_records(
                report.get(), 0, n, reinterpret_cast<govreport_indicator_record*>(records.data())) ==
            GOVREPORT_OK);
    for (std::size_t i = 0; i < n; ++i) {
        INFO("indicator " << i);
        CHECK(records[i].known.struct_size == sizeof(Longer));
        check_against_getters(records[i].known, govreport_report_indicator_at(report.get(), i));
        CHECK(records[i].appended[0] == 0xABABABABABABABABull);
        CHECK(records[i].appended[2] == 0xABABABABABABABABull);
    }
}
