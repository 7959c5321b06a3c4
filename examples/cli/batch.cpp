// Batch mode: a thread pool over files, tables with a report_id column, a progress bar.
// SPDX-License-Identifier: MIT
#include "batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <functional>
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

// What a worker hands back for one file: its rows already rendered as CSV records with the
// report id, and its JSON line, so that the main thread only writes bytes in input order
// (merging tables there kept 2 jobs from running twice as fast as 1).
struct Result {
    bool ok = false;
    std::string error;
    std::string report_csv;
    std::string csv[kTableCount];
    std::string jsonl;
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

// The ids of the issuer's bodies, blank-separated (b1 b2 for a joint report).
std::string issuer_ids(const Report& report) {
    std::string ids;
    for (std::size_t b : report.issuer_bodies) {
        if (!ids.empty()) ids += ' ';
        ids += report.bodies[b].id;
    }
    return ids;
}

// The division code of the first issuer body that has one: where the report comes from.
std::string issuer_division(const Report& report) {
    for (std::size_t b : report.issuer_bodies)
        if (!report.bodies[b].division_code.empty()) return report.bodies[b].division_code;
    return "";
}

Result parse_one(const std::string& path, const std::string& id) {
    Result r;
    try {
        const Report report = govreport::parse_file(path);
        append_csv_row(r.report_csv,
                       {id, path, report.title, report.issuer.value_or(""),
                        report.year ? std::to_string(*report.year) : "", report.encoding,
                        report.source_format, std::to_string(report.sections.size()),
                        std::to_string(report.measures.size()),
                        std::to_string(report.indicators.size()),
                        std::to_string(report.bodies.size()),
                        std::to_string(report.documents.size()),
                        std::to_string(report.diagnostics.size()), issuer_ids(report),
                        issuer_division(report), report.issuer_bodies.size() > 1 ? "true" : "false",
                        report.signing_date ? report.signing_date->iso : "",
                        report.publication_date ? report.publication_date->iso : ""});
        Table table;
        for (std::size_t i = 0; i < kTableCount; ++i) {
            table = Table{};
            build_table(report, kTables[i], table);
            for (auto& cells : table.rows) {
                cells.insert(cells.begin(), id);
                append_csv_row(r.csv[i], cells);
            }
        }
        // One JSON document per line, with the report id in front.
        r.jsonl = fmt::format(FMT_STRING("{{\"report_id\":\"{}\",\"report\":{}}}\n"), id,
                              govreport::to_json(report));
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

// Writes `head`, then every record, to a new file at `path`.
bool write_records(const fs::path& path, const std::string& head,
                   const std::vector<const std::string*>& records) {
    std::FILE* f = std::fopen(path.string().c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(head.data(), 1, head.size(), f) == head.size();
    for (const std::string* r : records)
        ok = std::fwrite(r->data(), 1, r->size(), f) == r->size() && ok;
    return std::fclose(f) == 0 && ok;
}

// A table file: BOM, the header with report_id in front, then the CSV records.
bool write_table(const fs::path& path, std::vector<std::string> header,
                 const std::vector<const std::string*>& records) {
    header.insert(header.begin(), "report_id");
    std::string head = "\xEF\xBB\xBF";
    append_csv_row(head, header);
    return write_records(path, head, records);
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
                results[i] = parse_one(files[i], fmt::format(FMT_STRING("r{}"), i + 1));
                progress.step();
            }
        });
    for (std::thread& t : pool) t.join();

    std::vector<const std::string*> report_rows, rows[kTableCount], json_lines;
    std::size_t failed = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const Result& r = results[i];
        if (!r.ok) {
            ++failed;
            fmt::print(stderr, FMT_STRING("govreport: {}: {} (skipped)\n"), files[i], r.error);
            continue;
        }
        report_rows.push_back(&r.report_csv);
        for (std::size_t t = 0; t < kTableCount; ++t) rows[t].push_back(&r.csv[t]);
        json_lines.push_back(&r.jsonl);
    }
    // The files are written by the same number of threads, one file each at a time: a
    // corpus's tables are several times its size, and writing them one after the other
    // was a fifth of a 2-job run, time the second core spent idle.
    const fs::path out(o.out);
    std::vector<std::function<bool()>> writes;
    writes.push_back([&] { return write_records(out / "reports.jsonl", "", json_lines); });
    writes.push_back([&] {
        return write_table(out / "reports.csv",
                           {"path", "title", "issuer", "year", "encoding", "format", "sections",
                            "measures", "indicators", "bodies", "documents", "diagnostics",
                            "issuer_bodies", "issuer_division_code", "joint", "signing_date",
                            "publication_date"},
                           report_rows);
    });
    for (std::size_t t = 0; t < kTableCount; ++t)
        writes.push_back([&, t] {
            Table empty_table;  // the header does not depend on the report
            build_table(Report{}, kTables[t], empty_table);
            return write_table(out / (std::string(kTables[t]) + ".csv"), empty_table.header,
                               rows[t]);
        });
    std::atomic<std::size_t> next_write{0};
    std::atomic<bool> ok{true};
    pool.clear();
    for (unsigned j = 0; j < jobs; ++j)
        pool.emplace_back([&] {
            for (std::size_t w; (w = next_write++) < writes.size();)
                if (!writes[w]()) ok = false;
        });
    for (std::thread& t : pool) t.join();
    if (!ok) {
        fmt::print(stderr, FMT_STRING("govreport: {}: cannot write the tables\n"), o.out);
        return 2;
    }
    fmt::print(stderr, FMT_STRING("govreport: {} reports parsed, {} failed, {} jobs; tables in {}\n"),
               files.size() - failed, failed, jobs, o.out);
    return failed ? 1 : 0;
}

}  // namespace govreport::cli
