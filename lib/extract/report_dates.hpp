// The dates a report bears: the one under its signature and its web page's labelled dates.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_REPORT_DATES_HPP
#define GOVREPORT_EXTRACT_REPORT_DATES_HPP

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"

namespace govreport::extract {

/// A whole calendar date at the start of `text`: 2024年3月1日 (blanks between the parts
/// allowed), 二〇二四年三月一日, 2024-03-28, 2024/3/28, 2024.03.28. Stores it and the
/// bytes it takes; false for anything else, an impossible date (2月30日) included.
bool parse_full_date(std::string_view text, Date& date, std::size_t& used);

/// The paragraphs are read as they stand in the report's `text` (blanks kept), and the
/// spans are offsets in it.
///
/// The date under the signature: among the report's last paragraphs, a line that holds
/// only a date, or an organ's name and then a date (静海区人民政府　2024年3月1日). Notes
/// and web chrome below it are passed over; a sentence of the body ends the search, as in
/// segment::signature_issuer().
std::optional<ReportDate> signing_date(const std::vector<segment::Paragraph>& paragraphs,
                                       std::string_view text);

/// The dates a web page labels near its top (up to `last` paragraphs): 发布时间, 发布日期,
/// 发表时间, 公开日期, 时间 and 日期 give the publication date, 成文日期 and 印发日期 the
/// date it was written; the first of each in the text counts. The label's value may stand
/// on the next line.
void labelled_dates(const std::vector<segment::Paragraph>& paragraphs, std::size_t last,
                    std::string_view text, std::optional<ReportDate>& published,
                    std::optional<ReportDate>& written);

}  // namespace govreport::extract

#endif
