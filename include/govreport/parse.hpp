// The C++ entry points: parse text or a file into a Report, export it as JSON.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_PARSE_HPP
#define GOVREPORT_PARSE_HPP

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

#include <govreport/govreport_export.h>

#include "report.hpp"

namespace govreport {

/// Failure statuses; the numbers are those of the C enum govreport_status.
enum class Status {
    ok = 0,
    invalid_argument = 1,
    io = 2,
    invalid_encoding = 3,
    too_large = 4,
    out_of_memory = 5,
    internal = 6,
};

/// Thrown by parse() and parse_file() for the failures that produce no report.
/// Recoverable problems in the text are never errors: they are Report::diagnostics.
class GOVREPORT_EXPORT Error : public std::runtime_error {
public:
    Error(Status status, const std::string& message, std::uint64_t offset = 0);
    Status status() const noexcept { return status_; }
    /// Byte offset in the input the failure refers to (invalid encoding), else 0.
    std::uint64_t offset() const noexcept { return offset_; }

private:
    Status status_;
    std::uint64_t offset_;
};

/// The input's character encoding; values are those of the C GOVREPORT_ENCODING_* macros.
enum class Encoding { automatic = 0, utf8 = 1, gb18030 = 2, utf16le = 3, utf16be = 4 };

/// What the input is; values are those of the C GOVREPORT_FORMAT_* macros.
enum class InputFormat { automatic = 0, text = 1, html = 2 };

struct ParseOptions {
    /// Reporting year; overrides the year read from the title. 0 = take it from the text.
    int report_year = 0;
    /// Inputs larger than this fail with Status::too_large.
    std::uint64_t max_input_bytes = 64ull << 20;
    /// Fail on invalid input bytes instead of replacing them with U+FFFD and a diagnostic.
    bool strict_encoding = false;
    /// automatic: a BOM decides, else UTF-8 when valid, else GB18030 when it converts.
    Encoding encoding = Encoding::automatic;
    /// automatic: HTML when the text starts like an HTML page (or the file ends in .html).
    InputFormat format = InputFormat::automatic;
};

/// Parses UTF-8 text. Throws govreport::Error (or std::bad_alloc).
GOVREPORT_EXPORT Report parse(std::string_view text, const ParseOptions& options = {});

/// The same, taking `text`'s bytes as the report's text (Report::text) when they need no
/// conversion, instead of copying them: for a caller that has read a large file into a
/// string and needs it no more. `text` is left in a valid but unspecified state.
GOVREPORT_EXPORT Report parse_buffer(std::string&& text, const ParseOptions& options = {});

/// Reads and parses a file. Throws govreport::Error with Status::io if it cannot be read.
GOVREPORT_EXPORT Report parse_file(const std::string& path, const ParseOptions& options = {});

struct JsonOptions {
    bool pretty = false;  ///< indent with two spaces, one member per line
};

/// The report as JSON in the "govreport/1" format (see docs/schema/govreport-1.schema.json).
GOVREPORT_EXPORT std::string to_json(const Report& report, const JsonOptions& options = {});

/// Writes the same document to `out` in chunks, so that the whole JSON text never sits in
/// memory next to the report (the CLI's --json). Returns false if a write failed.
GOVREPORT_EXPORT bool write_json(const Report& report, std::FILE* out,
                                 const JsonOptions& options = {});

/// Version of the library, "MAJOR.MINOR.PATCH".
GOVREPORT_EXPORT const char* version_string() noexcept;

}  // namespace govreport

#endif
