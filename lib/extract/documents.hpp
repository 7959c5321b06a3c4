// Cited documents: every 《…》 title and nested 〈…〉, with period, number and issuer.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_DOCUMENTS_HPP
#define GOVREPORT_EXTRACT_DOCUMENTS_HPP

#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::extract {

/// Fills report.documents: one document per distinct title, each mention with its span
/// (the title with its brackets); a 〈…〉 inside a 《…》 is its own document, nested_in the
/// outer one. Linear in the text, whatever the brackets (unclosed 《 are dropped).
/// `scans`, when given, indexes the paragraphs in order and its set `set` holds
/// document_scan_chars().
void extract_documents(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                       const util::ScanIndex* scans = nullptr, std::size_t set = 0);

/// Where the document scan stops: 《》〈〉.
const util::CharSet& document_scan_chars();

}  // namespace govreport::extract

#endif
