// The quantity and period extractor: indicators and periods of every paragraph, linked.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_QUANTITIES_HPP
#define GOVREPORT_EXTRACT_QUANTITIES_HPP

#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::extract {

/// Fills report.periods and report.indicators from the paragraphs (sections and measures
/// must already be built), links each indicator to its measure and to the period its
/// sentence speaks of, and reports impossible dates (invalid_date). Byte spans only; the
/// caller completes code-point offsets.
void extract_quantities(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                        const util::ScanIndex* scans = nullptr, std::size_t set = 0,
                        std::size_t context_set = 0);

/// The characters the quantity scan stops at (set `set` of the ScanIndex given to
/// extract_quantities, built over the paragraphs in order).
const util::CharSet& quantity_scan_chars();
/// The characters that change its context: clause and sentence ends, 《》 and quotes
/// (set `context_set` of that ScanIndex).
const util::CharSet& context_chars();

}  // namespace govreport::extract

#endif
