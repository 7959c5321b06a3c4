// Diagnostic: a recoverable problem found while parsing (never a failure of the parse).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_DIAGNOSTIC_HPP
#define GOVREPORT_DIAGNOSTIC_HPP

#include <string>

#include <govreport/govreport_export.h>

#include "span.hpp"

namespace govreport {

enum class Severity { error = 0, warning = 1, info = 2 };

/// One diagnostic. `code` is a stable machine-readable identifier (snake_case, e.g.
/// "ordinal_skipped"); `message` is an English sentence for people.
struct Diagnostic {
    Severity severity = Severity::warning;
    std::string code;
    std::string message;
    Span span;
};

/// "error", "warning" or "info".
GOVREPORT_EXPORT const char* to_string(Severity s) noexcept;

}  // namespace govreport

#endif
