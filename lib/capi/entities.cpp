// C getters for bodies, persons and cited documents (borrowed, noexcept).
// SPDX-License-Identifier: MIT
#include "capi/convert.hpp"
#include "capi/guard.hpp"

namespace {

using govreport::Body;
using govreport::Document;
using govreport::Mention;
using govreport::Person;

const Body* cast(const govreport_body* b) { return reinterpret_cast<const Body*>(b); }
const Person* cast(const govreport_person* h) { return reinterpret_cast<const Person*>(h); }
const Document* cast(const govreport_document* d) { return reinterpret_cast<const Document*>(d); }

using govreport::capi::index_or_minus_one;
using govreport::capi::optional_text;

const char* mention_text(const std::vector<Mention>* ms, size_t i) {
    return ms && i < ms->size() ? (*ms)[i].text.c_str() : nullptr;
}

void mention_span(const std::vector<Mention>* ms, size_t i, govreport_span* out) {
    govreport::capi::copy_span(ms && i < ms->size() ? &(*ms)[i].span : nullptr, out);
}

}  // namespace

extern "C" {

/* ## Bodies */

GOVREPORT_EXPORT size_t govreport_report_body_count(const govreport_report* r) {
    return r ? r->report.bodies.size() : 0;
}
GOVREPORT_EXPORT const govreport_body* govreport_report_body_at(const govreport_report* r, size_t i) {
    if (!r || i >= r->report.bodies.size()) return nullptr;
    return reinterpret_cast<const govreport_body*>(&r->report.bodies[i]);
}
GOVREPORT_EXPORT const char* govreport_body_id(const govreport_body* b) {
    return b ? cast(b)->id.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_body_name(const govreport_body* b) {
    return b ? cast(b)->name.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_body_kind(const govreport_body* b) {
    return b ? cast(b)->kind.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_body_level(const govreport_body* b) {
    return b ? cast(b)->level.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_body_division_code(const govreport_body* b) {
    return b && !cast(b)->division_code.empty() ? cast(b)->division_code.c_str() : nullptr;
}
GOVREPORT_EXPORT size_t govreport_body_mention_count(const govreport_body* b) {
    return b ? cast(b)->mentions.size() : 0;
}
GOVREPORT_EXPORT const char* govreport_body_mention_text(const govreport_body* b, size_t i) {
    return mention_text(b ? &cast(b)->mentions : nullptr, i);
}
GOVREPORT_EXPORT void govreport_body_mention_span(const govreport_body* b, size_t i,
                                                  govreport_span* out) {
    mention_span(b ? &cast(b)->mentions : nullptr, i, out);
}
GOVREPORT_EXPORT size_t govreport_measure_body_count(const govreport_measure* m) {
    return m ? reinterpret_cast<const govreport::Measure*>(m)->bodies.size() : 0;
}
GOVREPORT_EXPORT int64_t govreport_measure_body_at(const govreport_measure* m, size_t i) {
    if (!m) return -1;
    const auto& bodies = reinterpret_cast<const govreport::Measure*>(m)->bodies;
    return i < bodies.size() ? static_cast<int64_t>(bodies[i]) : -1;
}

/* ## Persons */

GOVREPORT_EXPORT size_t govreport_report_person_count(const govreport_report* r) {
    return r ? r->report.persons.size() : 0;
}
GOVREPORT_EXPORT const govreport_person* govreport_report_person_at(const govreport_report* r,
                                                                     size_t i) {
    if (!r || i >= r->report.persons.size()) return nullptr;
    return reinterpret_cast<const govreport_person*>(&r->report.persons[i]);
}
GOVREPORT_EXPORT const char* govreport_person_id(const govreport_person* h) {
    return h ? cast(h)->id.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_person_name(const govreport_person* h) {
    return h ? cast(h)->name.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_person_title(const govreport_person* h) {
    return h ? cast(h)->title.c_str() : nullptr;
}
GOVREPORT_EXPORT size_t govreport_person_title_count(const govreport_person* h) {
    return h ? cast(h)->titles.size() : 0;
}
GOVREPORT_EXPORT const char* govreport_person_title_at(const govreport_person* h, size_t i) {
    return h && i < cast(h)->titles.size() ? cast(h)->titles[i].c_str() : nullptr;
}
GOVREPORT_EXPORT int64_t govreport_person_body(const govreport_person* h) {
    return h ? index_or_minus_one(cast(h)->body) : -1;
}
GOVREPORT_EXPORT size_t govreport_person_mention_count(const govreport_person* h) {
    return h ? cast(h)->mentions.size() : 0;
}
GOVREPORT_EXPORT const char* govreport_person_mention_text(const govreport_person* h, size_t i) {
    return mention_text(h ? &cast(h)->mentions : nullptr, i);
}
GOVREPORT_EXPORT void govreport_person_mention_span(const govreport_person* h, size_t i,
                                                    govreport_span* out) {
    mention_span(h ? &cast(h)->mentions : nullptr, i, out);
}

/* ## Documents */

GOVREPORT_EXPORT size_t govreport_report_document_count(const govreport_report* r) {
    return r ? r->report.documents.size() : 0;
}
GOVREPORT_EXPORT const govreport_document* govreport_report_document_at(const govreport_report* r,
                                                                         size_t i) {
    if (!r || i >= r->report.documents.size()) return nullptr;
    return reinterpret_cast<const govreport_document*>(&r->report.documents[i]);
}
GOVREPORT_EXPORT const char* govreport_document_id(const govreport_document* d) {
    return d ? cast(d)->id.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_document_title(const govreport_document* d) {
    return d ? cast(d)->title.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_document_doc_number(const govreport_document* d) {
    return d ? optional_text(cast(d)->doc_number) : nullptr;
}
GOVREPORT_EXPORT const char* govreport_document_issuer(const govreport_document* d) {
    return d ? optional_text(cast(d)->issuer) : nullptr;
}
GOVREPORT_EXPORT const char* govreport_document_period_start(const govreport_document* d) {
    return d && cast(d)->period_start ? cast(d)->period_start_iso.c_str() : nullptr;
}
GOVREPORT_EXPORT const char* govreport_document_period_end(const govreport_document* d) {
    return d && cast(d)->period_end ? cast(d)->period_end_iso.c_str() : nullptr;
}
GOVREPORT_EXPORT int64_t govreport_document_nested_in(const govreport_document* d) {
    return d ? index_or_minus_one(cast(d)->nested_in) : -1;
}
GOVREPORT_EXPORT size_t govreport_document_mention_count(const govreport_document* d) {
    return d ? cast(d)->mentions.size() : 0;
}
GOVREPORT_EXPORT const char* govreport_document_mention_text(const govreport_document* d,
                                                             size_t i) {
    return mention_text(d ? &cast(d)->mentions : nullptr, i);
}
GOVREPORT_EXPORT void govreport_document_mention_span(const govreport_document* d, size_t i,
                                                      govreport_span* out) {
    mention_span(d ? &cast(d)->mentions : nullptr, i, out);
}

}  // extern "C"
