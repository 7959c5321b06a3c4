// Reading the issuer from the signature at the end of a report (静海区人民政府 / 2024年3月1日).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_SIGNATURE_HPP
#define GOVREPORT_SEGMENT_SIGNATURE_HPP

#include <optional>
#include <string>
#include <vector>

#include "segment/paragraphs.hpp"

namespace govreport::segment {

/// The organ that signs the report, from its last paragraphs: a short line without
/// punctuation that ends as an organ's name does (…人民政府, …司法局, …委员会), above or
/// below the date line and notes such as （此件公开发布）. Blanks are dropped, as in titles
/// ("中共某区委 某区人民政府" → "中共某区委某区人民政府"). Nothing when the report ends
/// with body text. For reports whose title names no issuer (2023年度法治政府建设情况报告).
std::optional<std::string> signature_issuer(const std::vector<Paragraph>& paragraphs);

}  // namespace govreport::segment

#endif
