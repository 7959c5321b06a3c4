// Turning a parsed period expression into a validated inclusive date range (Boost.Date_Time).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_PERIOD_RESOLVE_HPP
#define GOVREPORT_EXTRACT_PERIOD_RESOLVE_HPP

#include <string>

#include <govreport/entities.hpp>

#include "grammar/period.hpp"

namespace govreport::extract {

/// Resolves `ast` against `context_year` (the year relative words and bare months refer
/// to; 0 if unknown). Fills start, end, granularity and relative of `out`. Returns false
/// with a reason in `why` for impossible dates (2月30日, month 13) and for relative
/// expressions when no year is known.
bool resolve_period(const grammar::period_ast& ast, int context_year, Period& out,
                    std::string& why);

}  // namespace govreport::extract

#endif
