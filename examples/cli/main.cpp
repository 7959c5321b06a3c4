// govreport: command-line front end of the library (outline or JSON of one report).
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <govreport/govreport.hpp>

#include "batch.hpp"
#include "heap.hpp"
#include "input.hpp"
#include "options.hpp"
#include "outline.hpp"
#include "tables.hpp"

namespace govreport::cli {
// The report of the one file this process parses, kept until exit: the process ends right
// after printing it, and freeing hundreds of thousands of strings one by one (6–12 ms of a
// 0.25 s `--json` run on 21.6 MB) only hands back memory the system takes back at exit
// anyway. Held by a variable of external linkage, whose store the compiler keeps, so that
// leak checkers see the report as reachable.
const Report* report_kept_until_exit = nullptr;
}  // namespace govreport::cli

namespace {

// Exit statuses: scripts tell "the text is bad" (1) from "you called me wrong or the
// file is not there" (2), like grep and diff do.
constexpr int kExitOk = 0;
constexpr int kExitParseError = 1;
constexpr int kExitUsage = 2;

// Every error is one line on stderr starting with "govreport: ", so it can be grepped.
template <typename... Args>
void error_line(fmt::format_string<Args...> format, Args&&... args) {
    fmt::print(stderr, FMT_STRING("govreport: {}\n"),
               fmt::format(format, std::forward<Args>(args)...));
}

// Streams the document: a report of 20 MB makes about 45 MB of JSON, which need not sit
// in memory beside the report.
bool print_json(const govreport::Report& report, bool pretty) {
    govreport::JsonOptions json_options;
    json_options.pretty = pretty;
    std::fflush(stdout);
    if (!govreport::write_json(report, stdout, json_options)) return false;
    // One document per line of output: the pretty form ends with a newline already.
    if (!pretty) std::fputc('\n', stdout);
    return std::fflush(stdout) == 0;
}

int run(const govreport::cli::Options& options) {
    namespace cli = govreport::cli;
    const std::string& path = options.inputs.front();
    const std::string name = cli::display_name(path);

    std::string text;
    try {
        text = cli::read_input(path);
    } catch (const cli::InputError& e) {
        error_line(FMT_STRING("{}: {}"), name, e.what());
        return kExitUsage;
    }
    // A large report's strings fault in 2 MiB pages: a tenth to a sixth of the time of
    // `--json` on 2 to 20 MB went to the system's 4 KiB faults (bench/README.md, ninth round).
    (void)cli::prepare_heap(text.size());

    try {
        // A saved web page is HTML even when it does not start like one.
        govreport::ParseOptions parse_options;
        const std::size_t dot = path.rfind('.');
        const std::string ext = dot == std::string::npos ? "" : path.substr(dot);
        if (ext == ".html" || ext == ".htm") parse_options.format = govreport::InputFormat::html;
        // The report takes the buffer as its text (no second copy of a large report).
        auto parsed = std::make_unique<const govreport::Report>(
            govreport::parse_buffer(std::move(text), parse_options));
        const govreport::Report& report = *parsed;
        std::string().swap(text);  // whatever is left of it; peak memory counts
        switch (options.output) {
            case cli::Output::json:
                if (!print_json(report, options.pretty)) {
                    error_line(FMT_STRING("cannot write the output"));  // as for the other views
                    return kExitUsage;
                }
                break;
            case cli::Output::indicators: cli::print_indicators(stdout, report); break;
            case cli::Output::bodies: cli::print_bodies(stdout, report); break;
            case cli::Output::documents: cli::print_documents(stdout, report); break;
            case cli::Output::csv: {
                cli::Table table;
                cli::build_table(report, options.csv_table, table);
                cli::write_csv(stdout, table, /*bom=*/true);
                break;
            }
            case cli::Output::outline: cli::print_outline(stdout, report); break;
        }
        cli::report_kept_until_exit = parsed.release();
    } catch (const govreport::Error& e) {
        error_line(FMT_STRING("{}: {}"), name, e.what());
        return e.status() == govreport::Status::io ? kExitUsage : kExitParseError;
    } catch (const std::bad_alloc&) {
        error_line(FMT_STRING("{}: out of memory"), name);
        return kExitParseError;
    }
    return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    namespace cli = govreport::cli;
    try {
        if (argc > 1 && std::string_view(argv[1]) == "batch")
            return cli::run_batch(argc - 2, argv + 2);
        cli::Options options;
        try {
            options = cli::parse_options(argc, argv);
        } catch (const cli::UsageError& e) {
            error_line(FMT_STRING("{} (see 'govreport --help')"), e.what());
            return kExitUsage;
        }
        if (options.help) {
            fmt::print(FMT_STRING("{}"), cli::help_text());
            return kExitOk;
        }
        if (options.output == cli::Output::csv) {
            bool known = false;
            for (std::string_view t : cli::table_names()) known = known || t == options.csv_table;
            if (!known) {
                error_line(FMT_STRING("unknown table '{}' for --csv (see 'govreport --help')"),
                           options.csv_table);
                return kExitUsage;
            }
        }
        if (options.version) {
            fmt::print(FMT_STRING("govreport {}\n"), govreport::version_string());
            return kExitOk;
        }
        const int status = run(options);
        if (std::fflush(stdout) != 0) {
            error_line(FMT_STRING("cannot write the output"));
            return kExitUsage;
        }
        return status;
    } catch (const std::exception& e) {
        // A bug in the CLI or the library: still one line on stderr, never an abort.
        error_line(FMT_STRING("internal error: {}"), e.what());
        return kExitParseError;
    }
}
