// Prepares the process heap for one large parse: grown once and marked for huge pages.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CLI_HEAP_HPP
#define GOVREPORT_CLI_HEAP_HPP

#include <cstddef>

namespace govreport::cli {

/// The smallest input for which prepare_heap() does anything (1 MiB). From there on the
/// heap's 4 KiB faults are a tenth of a `--json` run (2 MB: 3,630 faults, 2,100 of them
/// the parse's, against 1,500–1,800 in all with the heap prepared, and 4–10 ms less of
/// about 47 ms); below it they cost a millisecond or less, and 2 MiB pages would mostly
/// hold room the parse never uses.
inline constexpr std::size_t kHeapPreparationMin = std::size_t{1} << 20;

/// Before parsing an input of `input_bytes` (the CLI's single-file path only): on glibc and
/// Linux, grows the main heap by four times the input, keeps it (no trimming), and
/// advises transparent huge pages over it, so that the report's hundreds of thousands of
/// small strings fault 2 MiB at a time instead of 4 KiB. A hint: where anything is not as
/// expected (another allocator, a heap that is not contiguous, THP off), it changes nothing
/// but the allocator's thresholds. Returns whether the advice was given.
/// The process is the CLI's: the library itself never changes the allocator's settings.
bool prepare_heap(std::size_t input_bytes);

}  // namespace govreport::cli

#endif
