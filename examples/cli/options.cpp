// Parses the govreport CLI's command line from one table of flags (parse and --help agree).
// SPDX-License-Identifier: MIT
#include "options.hpp"

#include <iterator>
#include <string_view>

#include <fmt/format.h>

namespace govreport::cli {
namespace {

// One row per flag: adding --indicators, --csv, --bodies or --documents is one row here
// (plus the view that prints it), and --help stays in sync because it reads this table.
struct Flag {
    std::string_view long_name;   // "--json"
    std::string_view short_name;  // "-h", or empty
    std::string_view help;
    void (*apply)(Options&);
    std::string_view value_name = {};  // "TABLE" for a flag that takes a value
    void (*apply_value)(Options&, std::string_view) = nullptr;
};

constexpr Flag kFlags[] = {
    {"--json", "", "print the report as govreport/1 JSON instead of the outline",
     [](Options& o) { o.output = Output::json; }},
    {"--pretty", "", "indent the JSON (implies --json)",
     [](Options& o) {
         o.output = Output::json;
         o.pretty = true;
     }},
    {"--indicators", "", "print the quantities as a table (metric, value, unit, change, qualifier, period)",
     [](Options& o) { o.output = Output::indicators; }},
    {"--bodies", "", "print the bodies (canonical name, kind, level, code, mentions) and persons",
     [](Options& o) { o.output = Output::bodies; }},
    {"--documents", "", "print the cited documents (title, number, issuer, period, nesting)",
     [](Options& o) { o.output = Output::documents; }},
    {"--csv", "", "write one table as CSV (UTF-8 with BOM, every field quoted): indicators, "
                  "periods, measures, sections, bodies, persons, documents",
     nullptr, "TABLE",
     [](Options& o, std::string_view table) {
         o.output = Output::csv;
         o.csv_table = std::string(table);
     }},
    {"--help", "-h", "show this help and exit", [](Options& o) { o.help = true; }},
    {"--version", "", "print the library version and exit",
     [](Options& o) { o.version = true; }},
};

const Flag* find_flag(std::string_view arg) {
    for (const Flag& f : kFlags)
        if (arg == f.long_name || (!f.short_name.empty() && arg == f.short_name)) return &f;
    return nullptr;
}

}  // namespace

Options parse_options(int argc, const char* const* argv) {
    Options opts;
    bool options_ended = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        // "-" alone is the conventional name of standard input, not an option.
        if (options_ended || arg == "-" || arg.empty() || arg.front() != '-') {
            opts.inputs.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        // --csv=indicators and --csv indicators are the same.
        const std::size_t eq = arg.find('=');
        const std::string_view name = arg.substr(0, eq);
        const Flag* flag = find_flag(name);
        if (flag == nullptr) throw UsageError(fmt::format(FMT_STRING("unknown option '{}'"), arg));
        if (flag->apply_value) {
            std::string_view value;
            if (eq != std::string_view::npos) {
                value = arg.substr(eq + 1);
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                throw UsageError(fmt::format(FMT_STRING("option '{}' needs a {}"), name,
                                             flag->value_name));
            }
            flag->apply_value(opts, value);
        } else {
            if (eq != std::string_view::npos)
                throw UsageError(fmt::format(FMT_STRING("option '{}' takes no value"), name));
            flag->apply(opts);
        }
    }
    if (opts.help || opts.version) return opts;
    if (opts.inputs.empty())
        throw UsageError("no input file given (use - to read standard input)");
    if (opts.inputs.size() > 1)
        throw UsageError(fmt::format(FMT_STRING("expected one input file, got {}"),
                                     opts.inputs.size()));
    return opts;
}

std::string help_text() {
    std::string out;
    auto it = std::back_inserter(out);
    fmt::format_to(it, FMT_STRING("Usage: govreport [OPTIONS] FILE|-\n\n"
                                  "Parse a Chinese government annual report (UTF-8 text) and print\n"
                                  "its outline: title, issuer, year, the sections with their roles,\n"
                                  "the measures under each section, and the diagnostics.\n"
                                  "FILE '-' reads standard input.\n\nOptions:\n"));
    for (const Flag& f : kFlags) {
        std::string names =
            f.short_name.empty() ? fmt::format(FMT_STRING("    {}"), f.long_name)
                                 : fmt::format(FMT_STRING("{}, {}"), f.short_name, f.long_name);
        if (!f.value_name.empty()) names += fmt::format(FMT_STRING(" {}"), f.value_name);
        fmt::format_to(it, FMT_STRING("  {:<16}  {}\n"), names, f.help);
    }
    fmt::format_to(it, FMT_STRING("\nMany reports at once: govreport batch DIR|FILE… --out OUTDIR "
                                  "[--jobs N]\n(see 'govreport batch --help').\n"));
    fmt::format_to(it, FMT_STRING("\nExit status: 0 on success, 1 if the input cannot be parsed,\n"
                                  "2 on a usage error or when the input cannot be read.\n"));
    return out;
}

}  // namespace govreport::cli
