// Normalisation of short texts (titles): stray spaces and half-width punctuation.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_NORMALIZE_HPP
#define GOVREPORT_SEGMENT_NORMALIZE_HPP

#include <string>
#include <string_view>

namespace govreport::segment {

/// Removes white space next to a CJK character ("法治政府建设 情况报告" →
/// "法治政府建设情况报告", "2024 年" → "2024年"), collapses other white space to one
/// space, and turns half-width , ; : ( ) ! ? next to CJK text into their full-width
/// forms, so that a half-width rewrite of a report gives the same titles.
std::string normalize_title(std::string_view text);

}  // namespace govreport::segment

#endif
