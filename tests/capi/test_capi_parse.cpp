// C API: parse_buffer / parse_file, options (struct_size, strict, limits, year) and last_error.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <string>
#include <thread>

#include "capi/capi_fixture.hpp"

using capi_test::contains;
using capi_test::str;

namespace {

bool has_code(const govreport_report* r, const char* code) {
    for (std::size_t i = 0; i < govreport_report_diagnostic_count(r); ++i)
        if (str(govreport_diagnostic_code(govreport_report_diagnostic_at(r, i))) == code) return true;
    return false;
}

}  // namespace

TEST_CASE("parse_buffer parses a report", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse(capi_test::sample_report()) == GOVREPORT_OK);
    REQUIRE(r);
    CHECK(str(govreport_last_error_message()).empty());
    CHECK(str(govreport_report_title(r.get())) == "某市人民政府2024年度法治政府建设情况报告");
    CHECK(str(govreport_report_issuer(r.get())) == "某市人民政府");
    CHECK(govreport_report_year(r.get()) == 2024);
    CHECK(str(govreport_report_encoding(r.get())) == "utf-8");
    CHECK(r.text() == capi_test::sample_report());
    CHECK(govreport_report_section_count(r.get()) == 6);
    CHECK(govreport_report_measure_count(r.get()) == 7);
    CHECK(has_code(r.get(), "page_break_joined"));
}

TEST_CASE("parse_buffer with len 0 and NULL text is an empty report", "[capi]") {
    capi_test::Report r;
    REQUIRE(govreport_parse_buffer(nullptr, 0, nullptr, r.out()) == GOVREPORT_OK);
    REQUIRE(r);
    CHECK(govreport_report_section_count(r.get()) == 0);
    CHECK(govreport_report_measure_count(r.get()) == 0);
    CHECK(str(govreport_report_title(r.get())).empty());
    CHECK(govreport_report_issuer(r.get()) == nullptr);
    CHECK(govreport_report_year(r.get()) == 0);
    std::size_t len = 99;
    const char* text = govreport_report_text(r.get(), &len);
    REQUIRE(text != nullptr);
    CHECK(len == 0);
    CHECK(text[0] == '\0');
    CHECK(has_code(r.get(), "empty_input"));

    // A non-NULL pointer with len 0 is the same.
    capi_test::Report e;
    REQUIRE(govreport_parse_buffer("ignored", 0, nullptr, e.out()) == GOVREPORT_OK);
    CHECK(govreport_report_section_count(e.get()) == 0);
}

TEST_CASE("parse_buffer never reads past len and copies the input", "[capi]") {
    std::string buffer = "某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效";
    const std::size_t len = buffer.size();
    buffer += "XYZ不属于输入的内容";
    capi_test::Report r;
    REQUIRE(govreport_parse_buffer(buffer.data(), len, nullptr, r.out()) == GOVREPORT_OK);
    // The caller's buffer may go away after the parse.
    std::memset(&buffer[0], 'Q', buffer.size());
    buffer.clear();
    buffer.shrink_to_fit();
    std::size_t out_len = 0;
    const char* text = govreport_report_text(r.get(), &out_len);
    CHECK(out_len == len);
    CHECK(std::string_view(text, out_len) == "某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效");
    CHECK(text[out_len] == '\0');
    REQUIRE(govreport_report_section_count(r.get()) == 1);
    CHECK(str(govreport_section_title(govreport_report_section_at(r.get(), 0))) == "主要做法及成效");
    CHECK(str(govreport_report_title(r.get())) == "某市人民政府2024年度法治政府建设情况报告");
    // NULL out_len is allowed.
    CHECK(govreport_report_text(r.get(), nullptr) == text);
}

TEST_CASE("parse_buffer argument errors", "[capi]") {
    SECTION("NULL text with a length") {
        govreport_report* out = reinterpret_cast<govreport_report*>(&out);  // garbage to overwrite
        CHECK(govreport_parse_buffer(nullptr, 5, nullptr, &out) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK(out == nullptr);
        CHECK_FALSE(str(govreport_last_error_message()).empty());
    }
    SECTION("NULL out_report") {
        CHECK(govreport_parse_buffer("abc", 3, nullptr, nullptr) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK_FALSE(str(govreport_last_error_message()).empty());
    }
    SECTION("struct_size 0") {
        govreport_parse_options opts;
        govreport_parse_options_init(&opts);
        opts.struct_size = 0;
        govreport_report* out = reinterpret_cast<govreport_report*>(&out);
        CHECK(govreport_parse_buffer("abc", 3, &opts, &out) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK(out == nullptr);
        CHECK(contains(str(govreport_last_error_message()), "struct_size"));
    }
}

TEST_CASE("parse_file", "[capi]") {
    SECTION("a synthetic report of ours") {
        const std::string path = capi_test::source_dir() + "/tests/data/thematic-2024.txt";
        REQUIRE(capi_test::file_exists(path));
        capi_test::Report r;
        REQUIRE(r.parse_file(path) == GOVREPORT_OK);
        CHECK(str(govreport_last_error_message()).empty());
        CHECK(govreport_report_year(r.get()) == 2024);
        CHECK(govreport_report_section_count(r.get()) == 9);
        CHECK(r.text() == capi_test::read_file(path));
    }
    SECTION("a missing file is GOVREPORT_E_IO and the message names it") {
        const std::string path = capi_test::source_dir() + "/tests/data/no-such-report.txt";
        govreport_report* out = reinterpret_cast<govreport_report*>(&out);
        CHECK(govreport_parse_file(path.c_str(), nullptr, &out) == GOVREPORT_E_IO);
        CHECK(out == nullptr);
        CHECK(contains(str(govreport_last_error_message()), path));
    }
    SECTION("a directory cannot be read as a report") {
        const std::string path = capi_test::source_dir() + "/tests/data";
        capi_test::Report r;
        CHECK(r.parse_file(path) == GOVREPORT_E_IO);
        CHECK_FALSE(r);
        CHECK(contains(str(govreport_last_error_message()), path));
    }
    SECTION("NULL arguments") {
        govreport_report* out = reinterpret_cast<govreport_report*>(&out);
        CHECK(govreport_parse_file(nullptr, nullptr, &out) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK(out == nullptr);
        CHECK_FALSE(str(govreport_last_error_message()).empty());
        CHECK(govreport_parse_file("x.txt", nullptr, nullptr) == GOVREPORT_E_INVALID_ARGUMENT);
        CHECK_FALSE(str(govreport_last_error_message()).empty());
    }
    SECTION("the seed") {
        GOVREPORT_CAPI_SEED_OR_SKIP(seed);
        capi_test::Report r;
        REQUIRE(r.parse_file(*seed) == GOVREPORT_OK);
        CHECK(govreport_report_section_count(r.get()) == 9);
        CHECK(govreport_report_measure_count(r.get()) == 23);
        CHECK(str(govreport_report_issuer(r.get())) == "启东市人民政府");
    }
}

TEST_CASE("options: init, NULL and older callers", "[capi]") {
    govreport_parse_options opts;
    std::memset(&opts, 0xAB, sizeof opts);
    govreport_parse_options_init(&opts);
    CHECK(opts.struct_size == sizeof(govreport_parse_options));
    CHECK(opts.flags == 0);
    CHECK(opts.report_year == 0);
    CHECK(opts.reserved == 0);
    govreport_parse_options_init(nullptr);  // a no-op

    capi_test::Report r;
    CHECK(r.parse(capi_test::sample_report(), &opts) == GOVREPORT_OK);
    CHECK(r.parse(capi_test::sample_report(), nullptr) == GOVREPORT_OK);

    SECTION("an older caller's struct ends before max_input_bytes") {
        // Its struct has no max_input_bytes: whatever lies there must not be read.
        govreport_parse_options old;
        govreport_parse_options_init(&old);
        old.struct_size = static_cast<uint32_t>(offsetof(govreport_parse_options, max_input_bytes));
        old.max_input_bytes = 1;  // would make every input too large if it were read
        capi_test::Report o;
        CHECK(o.parse(capi_test::sample_report(), &old) == GOVREPORT_OK);
        CHECK(govreport_report_section_count(o.get()) == 6);
    }
    SECTION("an older caller with only struct_size and flags") {
        govreport_parse_options old;
        govreport_parse_options_init(&old);
        old.struct_size = static_cast<uint32_t>(offsetof(govreport_parse_options, report_year));
        old.flags = GOVREPORT_PARSE_STRICT_ENCODING;
        old.report_year = 1999;  // beyond its struct: ignored
        capi_test::Report o;
        const std::string no_year = "某市法治政府建设情况报告\n\n一、主要做法\xFF及成效\n";
        CHECK(o.parse(no_year, &old) == GOVREPORT_E_INVALID_ENCODING);  // flags were read
        CHECK(o.parse("某市法治政府建设情况报告\n", &old) == GOVREPORT_OK);
        CHECK(govreport_report_year(o.get()) == 0);  // report_year was not
    }
}

TEST_CASE("options: strict encoding", "[capi]") {
    const std::string text = "某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法\xFF及成效\n";
    const std::size_t bad = text.find('\xFF');
    govreport_parse_options opts;
    govreport_parse_options_init(&opts);
    opts.flags = GOVREPORT_PARSE_STRICT_ENCODING;
    govreport_report* out = reinterpret_cast<govreport_report*>(&out);
    CHECK(govreport_parse_buffer(text.data(), text.size(), &opts, &out) == GOVREPORT_E_INVALID_ENCODING);
    CHECK(out == nullptr);
    CHECK(contains(str(govreport_last_error_message()), std::to_string(bad)));

    // Without the flag the bad byte becomes U+FFFD and a diagnostic.
    capi_test::Report r;
    REQUIRE(r.parse(text) == GOVREPORT_OK);
    CHECK(has_code(r.get(), "invalid_utf8"));
    CHECK(contains(r.text(), "\uFFFD"));
}

TEST_CASE("options: max_input_bytes", "[capi]") {
    govreport_parse_options opts;
    govreport_parse_options_init(&opts);
    opts.max_input_bytes = 10;
    capi_test::Report r;
    CHECK(r.parse("01234567890", &opts) == GOVREPORT_E_TOO_LARGE);
    CHECK_FALSE(r);
    CHECK_FALSE(str(govreport_last_error_message()).empty());
    CHECK(r.parse("0123456789", &opts) == GOVREPORT_OK);

    const std::string path = capi_test::source_dir() + "/tests/data/thematic-2024.txt";
    opts.max_input_bytes = 100;
    CHECK(r.parse_file(path, &opts) == GOVREPORT_E_TOO_LARGE);
    CHECK_FALSE(r);

    // 0 means the default limit.
    opts.max_input_bytes = 0;
    CHECK(r.parse(capi_test::sample_report(), &opts) == GOVREPORT_OK);
}

TEST_CASE("options: report_year overrides the title's year", "[capi]") {
    govreport_parse_options opts;
    govreport_parse_options_init(&opts);
    opts.report_year = 2023;
    capi_test::Report r;
    REQUIRE(r.parse("某市法治政府建设情况报告\n\n一、主要做法及成效\n", &opts) == GOVREPORT_OK);
    CHECK(govreport_report_year(r.get()) == 2023);
    REQUIRE(r.parse(capi_test::sample_report(), &opts) == GOVREPORT_OK);
    CHECK(govreport_report_year(r.get()) == 2023);
    opts.report_year = 0;  // 0: from the text
    REQUIRE(r.parse(capi_test::sample_report(), &opts) == GOVREPORT_OK);
    CHECK(govreport_report_year(r.get()) == 2024);
}

TEST_CASE("last_error is cleared by a successful call", "[capi]") {
    CHECK(govreport_parse_buffer(nullptr, 1, nullptr, nullptr) == GOVREPORT_E_INVALID_ARGUMENT);
    REQUIRE_FALSE(str(govreport_last_error_message()).empty());
    capi_test::Report r;
    REQUIRE(r.parse("某市法治政府建设情况报告\n") == GOVREPORT_OK);
    CHECK(str(govreport_last_error_message()).empty());

    CHECK(govreport_parse_file(nullptr, nullptr, nullptr) == GOVREPORT_E_INVALID_ARGUMENT);
    REQUIRE_FALSE(str(govreport_last_error_message()).empty());
    capi_test::Buffer json;
    REQUIRE(govreport_report_to_json(r.get(), 0, json.out(), nullptr) == GOVREPORT_OK);
    CHECK(str(govreport_last_error_message()).empty());
}

TEST_CASE("the last error is per thread", "[capi]") {
    capi_test::Report r;
    REQUIRE(r.parse("某市法治政府建设情况报告\n") == GOVREPORT_OK);
    std::string other;
    std::thread t([&] {
        govreport_parse_buffer(nullptr, 1, nullptr, nullptr);
        other = str(govreport_last_error_message());
    });
    t.join();
    CHECK_FALSE(other.empty());
    CHECK(str(govreport_last_error_message()).empty());
}

TEST_CASE("parse_buffer from several threads at once", "[capi]") {
    const std::string& text = capi_test::sample_report();
    std::size_t counts[4] = {};
    std::thread threads[4];
    for (int i = 0; i < 4; ++i) {
        threads[i] = std::thread([&, i] {
            for (int k = 0; k < 20; ++k) {
                govreport_report* out = nullptr;
                if (govreport_parse_buffer(text.data(), text.size(), nullptr, &out) != GOVREPORT_OK) return;
                counts[i] += govreport_report_measure_count(out);
                govreport_report_free(out);
            }
        });
    }
    for (auto& t : threads) t.join();
    for (std::size_t c : counts) CHECK(c == 20 * 7);
}
