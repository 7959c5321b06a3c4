// The CLI's default view: a report as an indented outline for a person at a terminal.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_OUTLINE_HPP
#define GOVREPORT_CLI_OUTLINE_HPP

#include <cstdio>

#include <govreport/govreport.hpp>

namespace govreport::cli {

/// Prints title, issuer and year, then every section indented by level with its
/// measures under it, then the counts and the diagnostics.
void print_outline(std::FILE* out, const Report& report);

}  // namespace govreport::cli

#endif
