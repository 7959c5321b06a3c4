// C getters for the report, its sections, measures and diagnostics (borrowed, noexcept).
// SPDX-License-Identifier: MIT
#include "capi/convert.hpp"
#include "capi/guard.hpp"

namespace {

using govreport::Diagnostic;
using govreport::Measure;
using govreport::Section;

const Section* cast(const govreport_section* s) { return reinterpret_cast<const Section*>(s); }
const Measure* cast(const govreport_measure* m) { return reinterpret_cast<const Measure*>(m); }
const Diagnostic* cast(const govreport_diagnostic* d) {
    return reinterpret_cast<const Diagnostic*>(d);
}

using govreport::capi::copy_span;
using govreport::capi::index_or_minus_one;

}  // namespace

extern "C" {

/* ## Report */

GOVREPORT_EXPORT const char* govreport_report_title(const govreport_report* r) {
    return r ? r->report.title.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_report_issuer(const govreport_report* r) {
    return r && r->report.issuer ? r->report.issuer->c_str() : nullptr;
}

GOVREPORT_EXPORT int32_t govreport_report_year(const govreport_report* r) {
    return r && r->report.year ? *r->report.year : 0;
}

GOVREPORT_EXPORT const char* govreport_report_text(const govreport_report* r, size_t* out_len) {
    if (!r) {
        if (out_len) *out_len = 0;
        return nullptr;
    }
    if (out_len) *out_len = r->report.text.size();
    return r->report.text.c_str();
}

GOVREPORT_EXPORT const char* govreport_report_encoding(const govreport_report* r) {
    return r ? r->report.encoding.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_report_source_format(const govreport_report* r) {
    return r ? r->report.source_format.c_str() : nullptr;
}

GOVREPORT_EXPORT size_t govreport_report_issuer_body_count(const govreport_report* r) {
    return r ? r->report.issuer_bodies.size() : 0;
}

GOVREPORT_EXPORT int64_t govreport_report_issuer_body_index(const govreport_report* r, size_t i) {
    if (!r || i >= r->report.issuer_bodies.size()) return -1;
    return index_or_minus_one(r->report.issuer_bodies[i]);
}

namespace {

// The report's date `which` (its signing or its publication date), or null.
const govreport::ReportDate* report_date(const govreport_report* r,
                                         std::optional<govreport::ReportDate> govreport::Report::*which) {
    return r && (r->report.*which) ? &*(r->report.*which) : nullptr;
}

}  // namespace

GOVREPORT_EXPORT const char* govreport_report_signing_date(const govreport_report* r) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::signing_date);
    return d ? d->iso.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_report_signing_date_text(const govreport_report* r) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::signing_date);
    return d ? d->text.c_str() : nullptr;
}

GOVREPORT_EXPORT void govreport_report_signing_date_span(const govreport_report* r,
                                                         govreport_span* out) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::signing_date);
    copy_span(d ? &d->span : nullptr, out);
}

GOVREPORT_EXPORT const char* govreport_report_publication_date(const govreport_report* r) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::publication_date);
    return d ? d->iso.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_report_publication_date_text(const govreport_report* r) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::publication_date);
    return d ? d->text.c_str() : nullptr;
}

GOVREPORT_EXPORT void govreport_report_publication_date_span(const govreport_report* r,
                                                             govreport_span* out) {
    const govreport::ReportDate* d = report_date(r, &govreport::Report::publication_date);
    copy_span(d ? &d->span : nullptr, out);
}

/* ## Sections */

GOVREPORT_EXPORT size_t govreport_report_section_count(const govreport_report* r) {
    return r ? r->report.sections.size() : 0;
}

GOVREPORT_EXPORT const govreport_section* govreport_report_section_at(const govreport_report* r,
                                                                       size_t i) {
    if (!r || i >= r->report.sections.size()) return nullptr;
    return reinterpret_cast<const govreport_section*>(&r->report.sections[i]);
}

GOVREPORT_EXPORT const char* govreport_section_id(const govreport_section* s) {
    return s ? cast(s)->id.c_str() : nullptr;
}

GOVREPORT_EXPORT uint32_t govreport_section_level(const govreport_section* s) {
    return s ? static_cast<uint32_t>(cast(s)->level) : 0;
}

GOVREPORT_EXPORT const char* govreport_section_marker(const govreport_section* s) {
    return s ? cast(s)->marker.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_marker_kind govreport_section_marker_kind(const govreport_section* s) {
    return s ? static_cast<govreport_marker_kind>(cast(s)->marker_kind) : GOVREPORT_MARKER_NONE;
}

GOVREPORT_EXPORT int32_t govreport_section_ordinal(const govreport_section* s) {
    return s ? cast(s)->ordinal : 0;
}

GOVREPORT_EXPORT const char* govreport_section_title(const govreport_section* s) {
    return s ? cast(s)->title.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_role govreport_section_role(const govreport_section* s) {
    return s ? static_cast<govreport_role>(cast(s)->role) : GOVREPORT_ROLE_NONE;
}

GOVREPORT_EXPORT const char* govreport_role_string(govreport_role role) {
    switch (role) {
        case GOVREPORT_ROLE_ACHIEVEMENTS:
        case GOVREPORT_ROLE_SHORTCOMINGS:
        case GOVREPORT_ROLE_LEADERSHIP_DUTY:
        case GOVREPORT_ROLE_PLANS:
        case GOVREPORT_ROLE_OTHER:
            return govreport::to_string(static_cast<govreport::Role>(role));
        default:
            return "";
    }
}

GOVREPORT_EXPORT int64_t govreport_section_parent(const govreport_section* s) {
    return s ? index_or_minus_one(cast(s)->parent) : -1;
}

GOVREPORT_EXPORT size_t govreport_section_child_count(const govreport_section* s) {
    return s ? cast(s)->children.size() : 0;
}

GOVREPORT_EXPORT int64_t govreport_section_child_at(const govreport_section* s, size_t i) {
    if (!s || i >= cast(s)->children.size()) return -1;
    return static_cast<int64_t>(cast(s)->children[i]);
}

GOVREPORT_EXPORT void govreport_section_span(const govreport_section* s, govreport_span* out) {
    copy_span(s ? &cast(s)->span : nullptr, out);
}

GOVREPORT_EXPORT void govreport_section_extent(const govreport_section* s, govreport_span* out) {
    copy_span(s ? &cast(s)->extent : nullptr, out);
}

/* ## Measures */

GOVREPORT_EXPORT size_t govreport_report_measure_count(const govreport_report* r) {
    return r ? r->report.measures.size() : 0;
}

GOVREPORT_EXPORT const govreport_measure* govreport_report_measure_at(const govreport_report* r,
                                                                       size_t i) {
    if (!r || i >= r->report.measures.size()) return nullptr;
    return reinterpret_cast<const govreport_measure*>(&r->report.measures[i]);
}

GOVREPORT_EXPORT const char* govreport_measure_id(const govreport_measure* m) {
    return m ? cast(m)->id.c_str() : nullptr;
}

GOVREPORT_EXPORT int64_t govreport_measure_section(const govreport_measure* m) {
    return m ? index_or_minus_one(cast(m)->section) : -1;
}

GOVREPORT_EXPORT const char* govreport_measure_marker(const govreport_measure* m) {
    return m ? cast(m)->marker.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_marker_kind govreport_measure_marker_kind(const govreport_measure* m) {
    return m ? static_cast<govreport_marker_kind>(cast(m)->marker_kind) : GOVREPORT_MARKER_NONE;
}

GOVREPORT_EXPORT int32_t govreport_measure_ordinal(const govreport_measure* m) {
    return m ? cast(m)->ordinal : 0;
}

GOVREPORT_EXPORT const char* govreport_measure_title(const govreport_measure* m) {
    return m ? cast(m)->title.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_measure_body(const govreport_measure* m) {
    return m ? cast(m)->body.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_measure_status govreport_measure_status_of(const govreport_measure* m) {
    return m ? static_cast<govreport_measure_status>(cast(m)->status) : GOVREPORT_STATUS_OTHER;
}

GOVREPORT_EXPORT const char* govreport_measure_status_string(govreport_measure_status status) {
    switch (status) {
        case GOVREPORT_STATUS_DONE: return "done";
        case GOVREPORT_STATUS_PLANNED: return "planned";
        case GOVREPORT_STATUS_OTHER: return "other";
    }
    return "other";
}

GOVREPORT_EXPORT void govreport_measure_span(const govreport_measure* m, govreport_span* out) {
    copy_span(m ? &cast(m)->span : nullptr, out);
}

GOVREPORT_EXPORT void govreport_measure_extent(const govreport_measure* m, govreport_span* out) {
    copy_span(m ? &cast(m)->extent : nullptr, out);
}

/* ## Diagnostics */

GOVREPORT_EXPORT size_t govreport_report_diagnostic_count(const govreport_report* r) {
    return r ? r->report.diagnostics.size() : 0;
}

GOVREPORT_EXPORT const govreport_diagnostic* govreport_report_diagnostic_at(
    const govreport_report* r, size_t i) {
    if (!r || i >= r->report.diagnostics.size()) return nullptr;
    return reinterpret_cast<const govreport_diagnostic*>(&r->report.diagnostics[i]);
}

GOVREPORT_EXPORT govreport_severity govreport_diagnostic_severity(const govreport_diagnostic* d) {
    return d ? static_cast<govreport_severity>(cast(d)->severity) : GOVREPORT_SEVERITY_INFO;
}

GOVREPORT_EXPORT const char* govreport_severity_string(govreport_severity severity) {
    switch (severity) {
        case GOVREPORT_SEVERITY_ERROR: return "error";
        case GOVREPORT_SEVERITY_WARNING: return "warning";
        case GOVREPORT_SEVERITY_INFO: return "info";
    }
    return "info";
}

GOVREPORT_EXPORT const char* govreport_diagnostic_code(const govreport_diagnostic* d) {
    return d ? cast(d)->code.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_diagnostic_message(const govreport_diagnostic* d) {
    return d ? cast(d)->message.c_str() : nullptr;
}

GOVREPORT_EXPORT void govreport_diagnostic_span(const govreport_diagnostic* d,
                                                govreport_span* out) {
    copy_span(d ? &cast(d)->span : nullptr, out);
}

}  // extern "C"
