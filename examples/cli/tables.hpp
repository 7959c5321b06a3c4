// Tabular views of a report: the indicator table for people, CSV tables for spreadsheets.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_TABLES_HPP
#define GOVREPORT_CLI_TABLES_HPP

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/report.hpp>

namespace govreport::cli {

/// A table: a header row and data rows of UTF-8 cells.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

/// The names accepted by --csv, in the order --help lists them.
const std::vector<std::string_view>& table_names();

/// Builds the named table of `report` (indicators, periods, measures, sections,
/// documents). Returns false for an unknown name.
bool build_table(const Report& report, std::string_view name, Table& out);

/// Appends one CSV record (every field quoted, CRLF) to `out`.
void append_csv_row(std::string& out, const std::vector<std::string>& cells);

/// Writes `table` as RFC 4180 CSV: every field quoted, CRLF line ends; `bom` prepends the
/// UTF-8 byte-order mark so spreadsheets read Chinese text correctly.
void write_csv(std::FILE* out, const Table& table, bool bom);

/// The human view of --indicators: metric, value, unit, qualifier and period per line,
/// columns aligned by display width (a Chinese character is two columns).
void print_indicators(std::FILE* out, const Report& report);

/// The view of --bodies: each body with kind, level, code and its mentions; then persons.
void print_bodies(std::FILE* out, const Report& report);

/// The view of --documents: each cited document with number, issuer, period and nesting.
void print_documents(std::FILE* out, const Report& report);

}  // namespace govreport::cli

#endif
