// `govreport batch`: parse many reports with a thread pool and write tidy tables.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_BATCH_HPP
#define GOVREPORT_CLI_BATCH_HPP

namespace govreport::cli {

/// Runs `govreport batch DIR|FILES… --out OUTDIR [--jobs N]` with argv after "batch".
/// Returns the exit status: 0 when every report parsed, 1 when some failed (they are
/// reported and skipped), 2 on usage or output errors.
int run_batch(int argc, const char* const* argv);

}  // namespace govreport::cli

#endif
