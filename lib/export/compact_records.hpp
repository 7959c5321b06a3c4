// The compact form of the report's most frequent objects, written in place after one check.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_COMPACT_RECORDS_HPP
#define GOVREPORT_EXPORT_COMPACT_RECORDS_HPP

#include <govreport/span.hpp>

#include "export/json_fast.hpp"
#include "export/json_writer.hpp"

namespace govreport::exporter {

/// {"start":…,"end":…,"char_start":…,"char_end":…} as a value (compact writers only). A
/// report has two spans per indicator and more (14,000 in a 2.27 MB report): ten token
/// calls each, with ten capacity checks, were a quarter of the export.
inline void write_span_compact(JsonWriter& w, const Span& s) {
    constexpr std::size_t kMax =
        sizeof "{\"start\":,\"end\":,\"char_start\":,\"char_end\":}" - 1 + 4 * 20;
    char* p = w.begin_in_place(kMax);
    p = fast::literal(p, "{\"start\":");
    p = fast::decimal(p, s.start);
    p = fast::literal(p, ",\"end\":");
    p = fast::decimal(p, s.end);
    p = fast::literal(p, ",\"char_start\":");
    p = fast::decimal(p, s.char_start);
    p = fast::literal(p, ",\"char_end\":");
    p = fast::decimal(p, s.char_end);
    *p++ = '}';
    w.end_in_place(p);
}

}  // namespace govreport::exporter

#endif
