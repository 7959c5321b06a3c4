// RAII owners for C API results (a failing REQUIRE never leaks) and helpers for the C API tests.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_CAPI_FIXTURE_HPP
#define GOVREPORT_TESTS_CAPI_FIXTURE_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <govreport/govreport.h>

namespace capi_test {

/// Owns a govreport_report (DuckDB's CAPITester idea): whatever REQUIRE fails, the
/// destructor frees it.
class Report {
public:
    Report() = default;
    Report(const Report&) = delete;
    Report& operator=(const Report&) = delete;
    ~Report() { govreport_report_free(report_); }

    /// The out-parameter for a parse call; frees what was held before.
    govreport_report** out() {
        govreport_report_free(report_);
        report_ = nullptr;
        return &report_;
    }
    const govreport_report* get() const { return report_; }
    explicit operator bool() const { return report_ != nullptr; }

    govreport_status parse(std::string_view text, const govreport_parse_options* opts = nullptr) {
        return govreport_parse_buffer(text.data(), text.size(), opts, out());
    }
    govreport_status parse_file(const std::string& path, const govreport_parse_options* opts = nullptr) {
        return govreport_parse_file(path.c_str(), opts, out());
    }

    /// The report's text (what spans refer to).
    std::string_view text() const {
        std::size_t len = 0;
        const char* t = govreport_report_text(report_, &len);
        return t ? std::string_view(t, len) : std::string_view();
    }

private:
    govreport_report* report_ = nullptr;
};

/// Owns a buffer from govreport_report_to_json, released with govreport_free.
class Buffer {
public:
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() { govreport_free(data_); }
    char** out() {
        govreport_free(data_);
        data_ = nullptr;
        return &data_;
    }
    const char* get() const { return data_; }

private:
    char* data_ = nullptr;
};

inline std::string str(const char* s) { return s ? std::string(s) : std::string("<NULL>"); }

inline bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

/// The bytes of `text` a span covers ("<span out of range>" if it does not fit).
inline std::string_view slice(std::string_view text, const govreport_span& s) {
    if (s.start > s.end || s.end > text.size()) return "<span out of range>";
    return text.substr(static_cast<std::size_t>(s.start), static_cast<std::size_t>(s.end - s.start));
}

/// Code points of a UTF-8 prefix, counted independently of the library.
inline std::uint64_t code_points(std::string_view s) {
    std::uint64_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

inline std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return std::nullopt;
    return std::string(v);
}

inline bool file_exists(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The repository root (GOVREPORT_SOURCE_DIR, else from this header's path).
inline std::string source_dir() {
    if (auto dir = env("GOVREPORT_SOURCE_DIR")) return *dir;
    std::string here = __FILE__;
    const std::string tail = "/tests/capi/capi_fixture.hpp";
    if (here.size() > tail.size() && here.compare(here.size() - tail.size(), tail.size(), tail) == 0)
        return here.substr(0, here.size() - tail.size());
    return ".";
}

/// The seed in the shared corpus, or nothing (the caller then WARNs and skips).
inline std::optional<std::string> seed_path() {
    const std::string shared = env("GOVREPORT_SHARED_DIR").value_or(source_dir() + "/../shared");
    const std::string path = shared + "/corpus/seed/qidong-2024.txt";
    if (!file_exists(path)) return std::nullopt;
    return path;
}

#define GOVREPORT_CAPI_SEED_OR_SKIP(var)                                                    \
    const std::optional<std::string> var = capi_test::seed_path();                          \
    if (!var) {                                                                              \
        WARN("corpus/seed/qidong-2024.txt not found (set GOVREPORT_SHARED_DIR): skipped");   \
        return;                                                                              \
    }

/// A small four-part report of ours, shaped like the seed.
inline const std::string& sample_report() {
    static const std::string text =
        "某市人民政府 2024 年度法治政府建设情况报告\n\n"
        "2024年，某市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况汇报如下：\n\n"
        "一、推进法治政府建设的主要做法及成效\n\n"
        "（一）加强组织领导，压实工作责任\n\n"
        "1. 压实领导责任。市委常委会会议专题研究法治政府建设工作，推动各项任务落地落实，"
        "将法治建设纳入全市高质量发展综合考核的考核权\n\n"
        "重从1分提升至2分。\n\n"
        "2.健全工作机制。建立法治政府建设联席会议制度。\n\n"
        "（二）深化改革创新，优化营商环境\n\n"
        "3. 深化“放管服”改革。全年取消行政许可事项5项。\n\n"
        "二、2024年法治政府建设存在的主要不足\n\n"
        "基层执法力量相对薄弱。\n\n"
        "三、2024年党政主要负责人履行第一责任人职责情况\n\n"
        "一是坚持高位推动。市委、市政府高度重视法治建设。\n\n"
        "二是强化责任担当。主要负责同志认真履行职责。\n\n"
        "四、2025 年推进法治政府建设的工作安排\n\n"
        "2025年，我市将重点做好以下工作。一是深化示范创建。对标指标体系。二是提升执法质量。开展执法质效提升行动。\n";
    return text;
}

}  // namespace capi_test

#endif
