// Report: the structured model of one annual report, as returned by govreport::parse.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_REPORT_HPP
#define GOVREPORT_REPORT_HPP

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "entities.hpp"
#include "section.hpp"
#include "span.hpp"

namespace govreport {

/// A date the report bears (the one under its signature, or its web page's publication
/// date), where it stands.
struct ReportDate {
    Date date;
    std::string iso;   ///< "2024-03-01"
    std::string text;  ///< as written: "2024年3月1日", "二〇二四年三月一日", "2024-03-28"
    Span span;
};

/// Everything govreport knows about one report. Immutable once parse() returns it; all
/// spans refer to `text`.
struct Report {
    std::string text;      ///< the UTF-8 text the parser worked on (spans refer to it)
    std::string encoding = "utf-8";  ///< the input's encoding as detected or forced
    std::string source_format = "text";  ///< "text" or "html" (then `text` is the page's text)
    std::string title;     ///< normalised title, empty if none was found
    Span title_span;
    std::optional<std::string> issuer;  ///< 启东市人民政府
    std::optional<int> year;            ///< reporting year: 2024
    /// The bodies that issue the report, as `issuer` names them, indices into `bodies`:
    /// one, or two for a joint report (中共嘉兴市委 and 嘉兴市人民政府); for a place alone
    /// (邻水县) its government when the text names it; empty when the issuer is unknown or
    /// names no body.
    std::vector<std::size_t> issuer_bodies;
    /// The date under the signature (2024年3月1日), or a web page's 成文日期 / 印发日期 label.
    std::optional<ReportDate> signing_date;
    /// A web page's publication date (发布时间:2024-03-28 09:18; 发布日期, 发表时间, 公开日期,
    /// 时间, 日期 labels before the body).
    std::optional<ReportDate> publication_date;

    std::vector<Section> sections;  ///< flat, document order; tree via parent/children
    std::vector<Measure> measures;  ///< document order
    std::vector<Indicator> indicators;
    std::vector<Body> bodies;
    std::vector<Person> persons;
    std::vector<Document> documents;
    std::vector<Period> periods;
    std::vector<Diagnostic> diagnostics;

    /// Indices of the top-level sections, in order.
    std::vector<std::size_t> roots() const {
        std::vector<std::size_t> r;
        for (std::size_t i = 0; i < sections.size(); ++i)
            if (sections[i].parent == npos) r.push_back(i);
        return r;
    }
};

}  // namespace govreport

#endif
