// Batch mode: a thread pool over files, tables with a report_id column, a progress bar.
// SPDX-License-Identifier: MIT
#include "batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include <govreport/govreport.hpp>

#include "tables.hpp"

namespace govreport::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTables[] = {"sections", "measures", "indicators", "periods",
                                   "bodies",   "persons",  "documents"};
constexpr std::size_t kTableCount = sizeof kTables / sizeof kTables[0];

struct BatchOptions {
    std::vector<std::string> inputs;
    std::string out;
    unsigned jobs = 0;
};

struct Result {
    bool ok = false;
    std::string error;
    std::vector<std::string> report_row;
    Table tables[kTableCount];
    std::string json;
};

const char* kUsage =
    "Usage: govreport batch DIR|FILE… --out OUTDIR [--jobs N]\n\n"
    "Parse every report (*.txt, *.html, *.htm; any supported encoding) under the given\n"
    "directories or in the given files with N threads (default: all cores), and write\n"
    "reports.csv, sections.csv, measures.csv, indicators.csv, periods.csv, bodies.csv,\n"
    "persons.csv, documents.csv (UTF-8 with BOM, one row per item, a report_id column) and\n"
    "reports.jsonl to OUTDIR. A file that fails is reported and skipped.\n";

bool is_report_file(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".txt" || ext == ".html" || ext == ".htm";
}

// Files in a stable order: directories recursively, sorted, then the files given.
std::vector<std::string> collect(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(in, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file(ec) && is_report_file(it->path()))
                    found.push_back(it->path().string());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(in);
        }
    }
    return files;
}

Result parse_one(const std::string& path) {
    Result r;
    try {
        const Report report = govreport::parse_file(path);
        r.report_row = {path,
                        report.title,
                        report.issuer.value_or(""),
                        report.year ? std::to_string(*report.year) : "",
                        report.encoding,
                        report.source_format,
                        std::to_string(report.sections.size()),
                        std::to_string(report.measures.size()),
                        std::to_string(report.indicators.size()),
                        std::to_string(report.bodies.size()),
                        std::to_string(report.documents.size()),
                        std::to_string(report.diagnostics.size())};
        for (std::size_t i = 0; i < kTableCount; ++i) build_table(report, kTables[i], r.tables[i]);
        r.json = govreport::to_json(report);
        r.ok = true;
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}

class Progress {
public:
    Progress(std::size_t total) : total_(total), tty_(isatty(STDERR_FILENO) == 1) {}
    void step() {
        const std::size_t done = ++done_;
        if (!tty_) return;
        std::lock_guard<std::mutex> lock(mutex_);
        constexpr std::size_t kWidth = 30;
        const std::size_t filled = total_ ? done * kWidth / total_ : kWidth;
        fmt::print(stderr, FMT_STRING("\r[{:<30}] {}/{} files"), std::string(filled, '#'), done,
                   total_);
        if (done == total_) fmt::print(stderr, FMT_STRING("\n"));
        std::fflush(stderr);
    }

private:
    std::size_t total_;
    bool tty_;
    std::atomic<std::size_t> done_{0};
    std::mutex mutex_;
};

bool write_file(const fs::path& path, const std::string& bytes) {
    std::FILE* f = std::fopen(path.string().c_str(), "wb");
    if (!f) return false;
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
}

bool write_table(const fs::path& path, const Table& table) {
    std::FILE* f = std::fopen(path.string().c_str(), "wb");
    if (!f) return false;
    write_csv(f, table, /*bom=*/true);
    return std::fclose(f) == 0;
}

}  // namespace

int run_batch(int argc, const char* const* argv) {
    BatchOptions o;
    for (int i = 0; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            fmt::print(FMT_STRING("{}"), kUsage);
            return 0;
        }
        if (a == "--out" || a == "--jobs") {
            if (i + 1 >= argc) {
                fmt::print(stderr, FMT_STRING("govreport: batch: {} needs a value\n"), a);
                return 2;
            }
            const std::string v = argv[++i];
            if (a == "--out") {
                o.out = v;
            } else {
                try {
                    o.jobs = static_cast<unsigned>(std::stoul(v));
                } catch (const std::exception&) {
                    fmt::print(stderr, FMT_STRING("govreport: batch: --jobs needs a number, got '{}'\n"), v);
                    return 2;
                }
            }
        } else if (a.size() > 1 && a[0] == '-') {
            fmt::print(stderr, FMT_STRING("govreport: batch: unknown option '{}'\n"), a);
            return 2;
        } else {
            o.inputs.emplace_back(a);
        }
    }
    if (o.inputs.empty() || o.out.empty()) {
        fmt::print(stderr, FMT_STRING("govreport: batch: needs inputs and --out OUTDIR (see "
                                      "'govreport batch --help')\n"));
        return 2;
    }
    const std::vector<std::string> files = collect(o.inputs);
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (ec) {
        fmt::print(stderr, FMT_STRING("govreport: {}: cannot create directory: {}\n"), o.out,
                   ec.message());
        return 2;
    }
    unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));

    // Workers take the next file from a shared counter; results keep the input order.
    std::vector<Result> results(files.size());
    std::atomic<std::size_t> next{0};
    Progress progress(files.size());
    std::vector<std::thread> pool;
    for (unsigned j = 0; j < jobs; ++j)
        pool.emplace_back([&] {
            for (std::size_t i; (i = next++) < files.size();) {
                results[i] = parse_one(files[i]);
                progress.step();
            }
        });
    for (std::thread& t : pool) t.join();

    Table reports;
    reports.header = {"report_id", "path",     "title",    "issuer",     "year",
                      "encoding",  "format",   "sections", "measures",   "indicators",
                      "bodies",    "documents", "diagnostics"};
    Table tables[kTableCount];
    std::string jsonl;
    std::size_t failed = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        Result& r = results[i];
        if (!r.ok) {
            ++failed;
            fmt::print(stderr, FMT_STRING("govreport: {}: {} (skipped)\n"), files[i], r.error);
            continue;
        }
        const std::string id = fmt::format(FMT_STRING("r{}"), i + 1);
        std::vector<std::string> row{id};
        row.insert(row.end(), r.report_row.begin(), r.report_row.end());
        reports.rows.push_back(std::move(row));
        for (std::size_t t = 0; t < kTableCount; ++t) {
            if (tables[t].header.empty()) {
                tables[t].header = {"report_id"};
                tables[t].header.insert(tables[t].header.end(), r.tables[t].header.begin(),
                                        r.tables[t].header.end());
            }
            for (auto& cells : r.tables[t].rows) {
                cells.insert(cells.begin(), id);
                tables[t].rows.push_back(std::move(cells));
            }
        }
        // One JSON document per line, with the report id and path in front.
        jsonl += fmt::format(FMT_STRING("{{\"report_id\":\"{}\",\"report\":{}}}\n"), id, r.json);
    }
    const fs::path out(o.out);
    bool ok = write_table(out / "reports.csv", reports) && write_file(out / "reports.jsonl", jsonl);
    for (std::size_t t = 0; t < kTableCount; ++t) {
        if (tables[t].header.empty()) {  // no report parsed: still write the header
            Report empty;
            build_table(empty, kTables[t], tables[t]);
            tables[t].header.insert(tables[t].header.begin(), "report_id");
        }
        ok = write_table(out / (std::string(kTables[t]) + ".csv"), tables[t]) && ok;
    }
    if (!ok) {
        fmt::print(stderr, FMT_STRING("govreport: {}: cannot write the tables\n"), o.out);
        return 2;
    }
    fmt::print(stderr, FMT_STRING("govreport: {} reports parsed, {} failed, {} jobs; tables in {}\n"),
               files.size() - failed, failed, jobs, o.out);
    return failed ? 1 : 0;
}

}  // namespace govreport::cli
