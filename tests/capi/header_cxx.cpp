// header_cxx.cpp: the C header and the C++ headers compile together in C++17 with -Werror.
// SPDX-License-Identifier: MIT
#include <govreport/govreport.h>
#include <govreport/govreport.hpp>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

// The C++ enums promise the numbers of the C enums; a drift would silently mistranslate.
static_assert(static_cast<int>(govreport::Status::ok) == GOVREPORT_OK, "Status::ok");
static_assert(static_cast<int>(govreport::Status::invalid_argument) ==
                  GOVREPORT_E_INVALID_ARGUMENT, "Status::invalid_argument");
static_assert(static_cast<int>(govreport::Status::io) == GOVREPORT_E_IO, "Status::io");
static_assert(static_cast<int>(govreport::Status::invalid_encoding) ==
                  GOVREPORT_E_INVALID_ENCODING, "Status::invalid_encoding");
static_assert(static_cast<int>(govreport::Status::too_large) == GOVREPORT_E_TOO_LARGE,
              "Status::too_large");
static_assert(static_cast<int>(govreport::Status::out_of_memory) == GOVREPORT_E_OUT_OF_MEMORY,
              "Status::out_of_memory");
static_assert(static_cast<int>(govreport::Status::internal) == GOVREPORT_E_INTERNAL,
              "Status::internal");
static_assert(static_cast<int>(govreport::Role::plans) == GOVREPORT_ROLE_PLANS, "Role::plans");
static_assert(static_cast<int>(govreport::Role::other) == GOVREPORT_ROLE_OTHER, "Role::other");
static_assert(static_cast<int>(govreport::MarkerKind::enumeration) ==
                  GOVREPORT_MARKER_ENUMERATION, "MarkerKind::enumeration");
static_assert(static_cast<int>(govreport::MeasureStatus::planned) == GOVREPORT_STATUS_PLANNED,
              "MeasureStatus::planned");

namespace {

constexpr std::string_view sample =
    "某市人民政府2024年度法治政府建设情况报告\n"
    "\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n"
    "（一）提升依法行政能力\n"
    "1. 加强学习培训。全年组织专题学习12次。\n"
    "二、存在的不足和原因\n"
    "四、2025年度推进法治政府建设的主要安排\n"
    "一是加强学习。二是完善制度。\n";

int run() {
    if (std::strcmp(govreport::version_string(), govreport_version_string()) != 0) {
        std::fprintf(stderr, "C++ and C version strings differ\n");
        return 1;
    }

    // The same text through both APIs must give the same outline size.
    const govreport::Report report = govreport::parse(sample);
    govreport_report* c_report = nullptr;
    if (govreport_parse_buffer(sample.data(), sample.size(), nullptr, &c_report) != GOVREPORT_OK) {
        std::fprintf(stderr, "C parse failed: %s\n", govreport_last_error_message());
        return 1;
    }
    const std::size_t c_sections = govreport_report_section_count(c_report);
    govreport_report_free(c_report);
    if (c_sections != report.sections.size()) {
        std::fprintf(stderr, "C API has %zu sections, C++ API %zu\n", c_sections,
                     report.sections.size());
        return 1;
    }

    const std::string json = govreport::to_json(report);
    if (json.find("\"format\"") == std::string::npos) {
        std::fprintf(stderr, "to_json output lacks the format key\n");
        return 1;
    }
    std::printf("govreport %s (C++): %zu sections, %zu bytes of JSON\n",
                govreport::version_string(), report.sections.size(), json.size());
    return 0;
}

}  // namespace

int main() {
    try {
        return run();
    } catch (const govreport::Error& e) {
        std::fprintf(stderr, "govreport::Error (status %d): %s\n", static_cast<int>(e.status()),
                     e.what());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "exception: %s\n", e.what());
    }
    return 1;
}
