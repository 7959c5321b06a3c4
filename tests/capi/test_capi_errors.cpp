// C API: NULL arguments to every function, status strings, and the JSON export with govreport_free.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstring>
#include <set>
#include <string>

#include "capi/capi_fixture.hpp"

using capi_test::contains;
using capi_test::str;

namespace {

bool is_zero(const govreport_span& s) {
    return s.start == 0 && s.end == 0 && s.char_start == 0 && s.char_end == 0;
}

govreport_span garbage_span() { return govreport_span{1, 2, 3, 4}; }

}  // namespace

TEST_CASE("status strings", "[capi]") {
    CHECK(str(govreport_status_string(GOVREPORT_OK)) == "ok");
    CHECK(str(govreport_status_string(GOVREPORT_E_INVALID_ARGUMENT)) == "invalid argument");
    const govreport_status all[] = {GOVREPORT_OK, GOVREPORT_E_INVALID_ARGUMENT, GOVREPORT_E_IO,
                                    GOVREPORT_E_INVALID_ENCODING, GOVREPORT_E_TOO_LARGE,
                                    GOVREPORT_E_OUT_OF_MEMORY, GOVREPORT_E_INTERNAL};
    std::set<std::string> seen;
    for (govreport_status s : all) {
        const std::string text = str(govreport_status_string(s));
        INFO("status " << static_cast<int>(s));
        CHECK_FALSE(text.empty());
        CHECK(text != "unknown status");
        CHECK(seen.insert(text).second);  // all distinct
    }
    CHECK(str(govreport_status_string(static_cast<govreport_status>(1234))) == "unknown status");
    CHECK(str(govreport_status_string(static_cast<govreport_status>(-1))) == "unknown status");
    CHECK(govreport_last_error_message() != nullptr);
}

TEST_CASE("report getters with NULL", "[capi]") {
    CHECK(govreport_report_title(nullptr) == nullptr);
    CHECK(govreport_report_issuer(nullptr) == nullptr);
    CHECK(govreport_report_year(nullptr) == 0);
    std::size_t len = 42;
    CHECK(govreport_report_text(nullptr, &len) == nullptr);
    CHECK(len == 0);
    CHECK(govreport_report_text(nullptr, nullptr) == nullptr);
    CHECK(govreport_report_encoding(nullptr) == nullptr);
    CHECK(govreport_report_section_count(nullptr) == 0);
    CHECK(govreport_report_section_at(nullptr, 0) == nullptr);
    CHECK(govreport_report_measure_count(nullptr) == 0);
    CHECK(govreport_report_measure_at(nullptr, 0) == nullptr);
    CHECK(govreport_report_diagnostic_count(nullptr) == 0);
    CHECK(govreport_report_diagnostic_at(nullptr, 0) == nullptr);
}

TEST_CASE("section getters with NULL", "[capi]") {
    CHECK(govreport_section_id(nullptr) == nullptr);
    CHECK(govreport_section_level(nullptr) == 0);
    CHECK(govreport_section_marker(nullptr) == nullptr);
    CHECK(govreport_section_marker_kind(nullptr) == GOVREPORT_MARKER_NONE);
    CHECK(govreport_section_ordinal(nullptr) == 0);
    CHECK(govreport_section_title(nullptr) == nullptr);
    CHECK(govreport_section_role(nullptr) == GOVREPORT_ROLE_NONE);
    CHECK(govreport_section_parent(nullptr) == -1);
    CHECK(govreport_section_child_count(nullptr) == 0);
    CHECK(govreport_section_child_at(nullptr, 0) == -1);
    govreport_span s = garbage_span();
    govreport_section_span(nullptr, &s);
    CHECK(is_zero(s));
    s = garbage_span();
    govreport_section_extent(nullptr, &s);
    CHECK(is_zero(s));
    govreport_section_span(nullptr, nullptr);
    govreport_section_extent(nullptr, nullptr);
}

TEST_CASE("measure getters with NULL", "[capi]") {
    CHECK(govreport_measure_id(nullptr) == nullptr);
    CHECK(govreport_measure_section(nullptr) == -1);
    CHECK(govreport_measure_marker(nullptr) == nullptr);
    CHECK(govreport_measure_marker_kind(nullptr) == GOVREPORT_MARKER_NONE);
    CHECK(govreport_measure_ordinal(nullptr) == 0);
    CHECK(govreport_measure_title(nullptr) == nullptr);
    CHECK(govreport_measure_body(nullptr) == nullptr);
    CHECK(govreport_measure_status_of(nullptr) == GOVREPORT_STATUS_OTHER);
    govreport_span s = garbage_span();
    govreport_measure_span(nullptr, &s);
    CHECK(is_zero(s));
    s = garbage_span();
    govreport_measure_extent(nullptr, &s);
    CHECK(is_zero(s));
    govreport_measure_span(nullptr, nullptr);
    govreport_measure_extent(nullptr, nullptr);
}

TEST_CASE("diagnostic getters with NULL", "[capi]") {
    CHECK(govreport_diagnostic_severity(nullptr) == GOVREPORT_SEVERITY_INFO);
    CHECK(govreport_diagnostic_code(nullptr) == nullptr);
    CHECK(govreport_diagnostic_message(nullptr) == nullptr);
    govreport_span s = garbage_span();
    govreport_diagnostic_span(nullptr, &s);
    CHECK(is_zero(s));
    govreport_diagnostic_span(nullptr, nullptr);
}

TEST_CASE("span getters with a NULL out pointer do not crash", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);
    govreport_section_span(govreport_report_section_at(r.get(), 0), nullptr);
    govreport_section_extent(govreport_report_section_at(r.get(), 0), nullptr);
    govreport_measure_span(govreport_report_measure_at(r.get(), 0), nullptr);
    govreport_measure_extent(govreport_report_measure_at(r.get(), 0), nullptr);
    govreport_diagnostic_span(govreport_report_diagnostic_at(r.get(), 0), nullptr);
    SUCCEED("no crash");
}

TEST_CASE("free functions accept NULL", "[capi]") {
    govreport_report_free(nullptr);
    govreport_free(nullptr);
    govreport_parse_options_init(nullptr);
    SUCCEED("no crash");
}

TEST_CASE("to_json with NULL arguments", "[capi]") {
    char* json = reinterpret_cast<char*>(&json);  // garbage that must be overwritten
    std::size_t len = 42;
    CHECK(govreport_report_to_json(nullptr, 0, &json, &len) == GOVREPORT_E_INVALID_ARGUMENT);
    CHECK(json == nullptr);
    CHECK(len == 0);
    CHECK_FALSE(str(govreport_last_error_message()).empty());
    CHECK(contains(str(govreport_last_error_message()), "report"));

    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);
    CHECK(govreport_report_to_json(r.get(), 0, nullptr, &len) == GOVREPORT_E_INVALID_ARGUMENT);
    CHECK_FALSE(str(govreport_last_error_message()).empty());
    CHECK(govreport_report_to_json(r.get(), 0, nullptr, nullptr) == GOVREPORT_E_INVALID_ARGUMENT);
}

TEST_CASE("to_json and govreport_free", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);

    capi_test::Buffer compact;
    std::size_t len = 0;
    REQUIRE(govreport_report_to_json(r.get(), 0, compact.out(), &len) == GOVREPORT_OK);
    REQUIRE(compact.get() != nullptr);
    CHECK(len == std::strlen(compact.get()));
    const std::string c = compact.get();
    CHECK(c.front() == '{');
    CHECK(c.back() == '}');
    CHECK(contains(c, "\"format\":\"govreport/1\""));
    CHECK(contains(c, "\"title\":\"某市人民政府2024年度法治政府建设情况报告\""));
    CHECK(contains(c, "\"issuer\":\"某市人民政府\""));
    CHECK(contains(c, "\"year\":2024"));
    CHECK(contains(c, "\"encoding\":\"utf-8\""));
    for (const char* key : {"\"sections\":[", "\"measures\":[", "\"indicators\":[", "\"bodies\":[",
                            "\"persons\":[", "\"documents\":[", "\"periods\":[", "\"diagnostics\":[",
                            "\"role\":\"achievements\"", "\"status\":\"planned\"", "\"char_start\":"})
        CHECK(contains(c, key));
    CHECK(c.find('\n') == std::string::npos);

    // Balanced brackets outside strings.
    int depth = 0;
    bool in_string = false, escaped = false, went_negative = false;
    for (char ch : c) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (ch == '\\') escaped = true;
            else if (ch == '"') in_string = false;
            continue;
        }
        if (ch == '"') in_string = true;
        else if (ch == '{' || ch == '[') ++depth;
        else if (ch == '}' || ch == ']') went_negative |= --depth < 0;
    }
    CHECK(depth == 0);
    CHECK_FALSE(in_string);
    CHECK_FALSE(went_negative);

    capi_test::Buffer pretty;
    REQUIRE(govreport_report_to_json(r.get(), GOVREPORT_JSON_PRETTY, pretty.out(), nullptr) == GOVREPORT_OK);
    const std::string p = pretty.get();
    CHECK(contains(p, "\n  \"format\": \"govreport/1\""));
    CHECK(p.size() > c.size());
    // Same content once the layout is removed (no string in this report holds a space
    // next to a newline, so dropping indentation and newlines is enough).
    std::string squeezed;
    bool in_str = false, esc = false;
    for (char ch : p) {
        if (in_str) {
            squeezed += ch;
            if (esc) esc = false;
            else if (ch == '\\') esc = true;
            else if (ch == '"') in_str = false;
            continue;
        }
        if (ch == '"') in_str = true;
        if (ch == ' ' || ch == '\n') continue;
        squeezed += ch;
    }
    CHECK(squeezed == c);
}

TEST_CASE("an unknown JSON flag is ignored and an empty report exports", "[capi]") {
    capi_test::Report r;
    REQUIRE(govreport_parse_buffer(nullptr, 0, nullptr, r.out()) == GOVREPORT_OK);
    capi_test::Buffer json;
    std::size_t len = 0;
    REQUIRE(govreport_report_to_json(r.get(), 1u << 30, json.out(), &len) == GOVREPORT_OK);
    const std::string j = json.get();
    CHECK(contains(j, "\"issuer\":null"));
    CHECK(contains(j, "\"year\":null"));
    CHECK(contains(j, "\"sections\":[]"));
    CHECK(contains(j, "empty_input"));
}
