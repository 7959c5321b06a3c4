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
