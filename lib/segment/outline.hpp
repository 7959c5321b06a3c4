// The outline builder: sections, measures and structure diagnostics from the paragraphs.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_OUTLINE_HPP
#define GOVREPORT_SEGMENT_OUTLINE_HPP

#include <cstddef>
#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::segment {

/// Builds report.sections and report.measures from paragraphs [first, end) and appends
/// structure diagnostics (ordinal_skipped, ordinal_repeated, ordinal_out_of_order,
/// marker_nesting) to report.diagnostics. Spans are byte spans into the input; code-point
/// offsets are filled in later. Roles and statuses are assigned by assign_roles().
/// `scans`, when given, indexes the paragraphs in order and its set `set` holds
/// enumeration_scan_chars().
void build_outline(const std::vector<Paragraph>& paragraphs, std::size_t first, Report& report,
                   const util::ScanIndex* scans = nullptr, std::size_t set = 0);

/// Where the enumeration scan stops: the sentence ends that 一是/二是 items follow.
const util::CharSet& enumeration_scan_chars();

/// Sets the role of each level-1 section, the status of each measure, and reports a
/// missing statutory part (missing_part) or one found only below level 1 (part_embedded).
void assign_roles(Report& report);

}  // namespace govreport::segment

#endif
