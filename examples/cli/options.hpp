// Command-line options of the govreport CLI: what to print and which input to read.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_OPTIONS_HPP
#define GOVREPORT_CLI_OPTIONS_HPP

#include <stdexcept>
#include <string>
#include <vector>

namespace govreport::cli {

/// What the CLI prints for a parsed report. New views (indicators, CSV, bodies,
/// documents) become new enumerators here plus one row in the flag table.
enum class Output { outline, json, indicators, bodies, documents, csv };

struct Options {
    Output output = Output::outline;
    bool pretty = false;   ///< indent the JSON
    std::string csv_table; ///< with Output::csv: which table (indicators, measures, …)
    bool help = false;
    bool version = false;
    /// Input paths, "-" meaning standard input. The single-report command takes exactly
    /// one; a list so that a future `batch` subcommand can reuse the parser.
    std::vector<std::string> inputs;
};

/// A malformed command line. The CLI prints what() on one line and exits with 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parses argv[1..argc). Throws UsageError for unknown options, a missing input or
/// extra inputs. --help and --version need no input.
Options parse_options(int argc, const char* const* argv);

/// The text printed by --help, generated from the same table parse_options() uses.
std::string help_text();

}  // namespace govreport::cli

#endif
