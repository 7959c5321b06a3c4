// The "govreport/1" JSON serialization of a Report.
// SPDX-License-Identifier: MIT
#include <govreport/parse.hpp>

#include <algorithm>

#include "export/compact_records.hpp"
#include "export/json_writer.hpp"
#include "util/fast_format.hpp"

namespace govreport {

namespace {

using exporter::JsonWriter;

void write_span(JsonWriter& w, const Span& s) {
    if (!w.pretty()) {  // the most frequent object: in place (compact_records.hpp)
        exporter::write_span_compact(w, s);
        return;
    }
    w.begin_object();
    w.key("start"); w.value(s.start);
    w.key("end"); w.value(s.end);
    w.key("char_start"); w.value(s.char_start);
    w.key("char_end"); w.value(s.char_end);
    w.end_object();
}

template <class Vec>
void write_id_list(JsonWriter& w, const std::vector<std::size_t>& indices, const Vec& items) {
    w.begin_array();
    for (std::size_t i : indices)
        if (i < items.size()) w.value(items[i].id);
    w.end_array();
}

void write_section(JsonWriter& w, const Report& r, const Section& s) {
    w.begin_object();
    w.key("id"); w.value(s.id);
    w.key("level"); w.value(s.level);
    w.key("marker"); w.value(s.marker);
    w.key("marker_kind"); w.value(to_string(s.marker_kind));
    w.key("ordinal"); w.value(s.ordinal);
    w.key("title"); w.value(s.title);
    if (s.level == 1 && s.parent == npos) {
        w.key("role"); w.value(to_string(s.role));
    }
    w.key("span"); write_span(w, s.span);
    w.key("title_span"); write_span(w, s.title_span);
    w.key("extent"); write_span(w, s.extent);
    w.key("measures"); write_id_list(w, s.measures, r.measures);
    w.key("children");
    w.begin_array();
    for (std::size_t c : s.children) write_section(w, r, r.sections[c]);
    w.end_array();
    w.end_object();
}

void write_measure(JsonWriter& w, const Report& r, const Measure& m) {
    w.begin_object();
    w.key("id"); w.value(m.id);
    w.key("section");
    if (m.section < r.sections.size()) w.value(r.sections[m.section].id); else w.null();
    w.key("marker"); w.value(m.marker);
    w.key("marker_kind"); w.value(to_string(m.marker_kind));
    w.key("ordinal"); w.value(m.ordinal);
    w.key("title"); w.value(m.title);
    w.key("body"); w.value(m.body);
    w.key("status"); w.value(to_string(m.status));
    w.key("inline"); w.value(m.is_inline);
    w.key("span"); write_span(w, m.span);
    w.key("title_span"); write_span(w, m.title_span);
    w.key("extent"); write_span(w, m.extent);
    w.key("indicators"); write_id_list(w, m.indicators, r.indicators);
    w.key("bodies"); write_id_list(w, m.bodies, r.bodies);
    w.end_object();
}

std::string iso_date(const Date& d) {
    return util::iso_date(d.year, d.month, d.day);
}

template <class Vec>
void write_ref(JsonWriter& w, std::size_t index, const Vec& items) {
    if (index < items.size()) w.value(items[index].id); else w.null();
}

void write_indicator(JsonWriter& w, const Report& r, const Indicator& x) {
    // Most of a report's objects: in place (compact_records.hpp). Both forms write the same
    // members in the same order (test_json_fast_paths.cpp compares them).
    if (!w.pretty() && exporter::write_indicator_compact(w, r, x)) return;
    w.begin_object();
    w.key("id"); w.value(x.id);
    w.key("text"); w.value(x.text);
    w.key("value"); if (x.has_value) w.value(x.value); else w.null();
    w.key("value_text"); w.value(x.value_text);
    w.key("value_max"); if (x.value_max) w.value(*x.value_max); else w.null();
    w.key("scale"); w.value(x.scale);
    w.key("normalized"); if (x.has_value) w.value(x.normalized); else w.null();
    w.key("unit"); w.value(x.unit);
    w.key("kind"); w.value(to_string(x.kind));
    w.key("qualifier"); if (x.qualifier == Qualifier::none) w.null(); else w.value(to_string(x.qualifier));
    w.key("change");
    if (x.change) {
        w.begin_object();
        w.key("direction"); w.value(x.change->up ? "up" : "down");
        w.key("basis"); if (x.change->basis.empty()) w.null(); else w.value(x.change->basis);
        w.key("from"); write_ref(w, x.change->from, r.indicators);
        w.end_object();
    } else {
        w.null();
    }
    w.key("metric"); w.value(x.metric);
    w.key("per"); if (x.per.empty()) w.null(); else w.value(x.per);
    w.key("chinese_numeral"); w.value(x.chinese_numeral);
    w.key("measure"); write_ref(w, x.measure, r.measures);
    w.key("period"); write_ref(w, x.period, r.periods);
    w.key("span"); write_span(w, x.span);
    w.key("section"); write_ref(w, x.section, r.sections);
    w.end_object();
}

void write_period(JsonWriter& w, const Period& p) {
    w.begin_object();
    w.key("id"); w.value(p.id);
    w.key("text"); w.value(p.text);
    w.key("start"); w.value(p.start_iso);
    w.key("end"); w.value(p.end_iso);
    w.key("granularity"); w.value(to_string(p.granularity));
    w.key("relative"); w.value(p.relative);
    w.key("span"); write_span(w, p.span);
    w.end_object();
}

void write_mentions(JsonWriter& w, const std::vector<Mention>& mentions) {
    w.begin_array();
    for (const Mention& m : mentions) {
        if (!w.pretty() && exporter::write_mention_compact(w, m)) continue;  // in place
        w.begin_object();
        w.key("text"); w.value(m.text);
        w.key("span"); write_span(w, m.span);
        w.end_object();
    }
    w.end_array();
}

void write_optional(JsonWriter& w, const std::optional<std::string>& s) {
    if (s) w.value(*s); else w.null();
}

void write_document(JsonWriter& w, const Report& r, const Document& d) {
    w.begin_object();
    w.key("id"); w.value(d.id);
    w.key("title"); w.value(d.title);
    w.key("doc_number"); write_optional(w, d.doc_number);
    w.key("issuer"); write_optional(w, d.issuer);
    w.key("period");
    if (d.period_start && d.period_end) {
        w.begin_object();
        w.key("start"); w.value(iso_date(*d.period_start));
        w.key("end"); w.value(iso_date(*d.period_end));
        w.end_object();
    } else {
        w.null();
    }
    w.key("nested_in"); write_ref(w, d.nested_in, r.documents);
    w.key("mentions"); write_mentions(w, d.mentions);
    w.end_object();
}

void write_body(JsonWriter& w, const Body& b) {
    w.begin_object();
    w.key("id"); w.value(b.id);
    w.key("name"); w.value(b.name);
    w.key("kind"); w.value(b.kind);
    w.key("level"); w.value(b.level);
    w.key("division_code"); if (b.division_code.empty()) w.null(); else w.value(b.division_code);
    w.key("mentions"); write_mentions(w, b.mentions);
    w.end_object();
}

void write_person(JsonWriter& w, const Report& r, const Person& h) {
    w.begin_object();
    w.key("id"); w.value(h.id);
    w.key("name"); w.value(h.name);
    w.key("title"); w.value(h.title);
    w.key("titles");
    w.begin_array();
    for (const std::string& t : h.titles) w.value(t);
    w.end_array();
    w.key("body"); write_ref(w, h.body, r.bodies);
    w.key("mentions"); write_mentions(w, h.mentions);
    w.end_object();
}

// "key": [ each item written by `write` ].
template <class Vec, class Write>
void write_array(JsonWriter& w, const char* key, const Vec& items, Write write) {
    w.key(key);
    w.begin_array();
    for (const auto& item : items) write(item);
    w.end_array();
}

void write_diagnostic(JsonWriter& w, const Diagnostic& d) {
    w.begin_object();
    w.key("severity"); w.value(to_string(d.severity));
    w.key("code"); w.value(d.code);
    w.key("message"); w.value(d.message);
    w.key("span"); write_span(w, d.span);
    w.end_object();
}

// A date the report bears, or null: {"date": "2024-03-01", "text": …, "span": …}.
void write_report_date(JsonWriter& w, const std::optional<ReportDate>& d) {
    if (!d) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("date"); w.value(d->iso);
    w.key("text"); w.value(d->text);
    w.key("span"); write_span(w, d->span);
    w.end_object();
}

// The whole document, in the order of the schema (docs/schema/govreport-1.schema.json).
void write_report(JsonWriter& w, const Report& r) {
    w.begin_object();
    w.key("format"); w.value("govreport/1");
    w.key("title"); w.value(r.title);
    w.key("issuer"); if (r.issuer) w.value(*r.issuer); else w.null();
    w.key("year"); if (r.year) w.value(*r.year); else w.null();
    w.key("encoding"); w.value(r.encoding);
    w.key("source_format"); w.value(r.source_format);
    w.key("title_span"); write_span(w, r.title_span);
    w.key("issuer_bodies");
    w.begin_array();
    for (std::size_t b : r.issuer_bodies) write_ref(w, b, r.bodies);
    w.end_array();
    w.key("signing_date"); write_report_date(w, r.signing_date);
    w.key("publication_date"); write_report_date(w, r.publication_date);

    w.key("sections");
    w.begin_array();
    for (std::size_t i : r.roots()) write_section(w, r, r.sections[i]);
    w.end_array();

    write_array(w, "measures", r.measures, [&](const Measure& m) { write_measure(w, r, m); });
    write_array(w, "indicators", r.indicators, [&](const Indicator& x) { write_indicator(w, r, x); });
    write_array(w, "bodies", r.bodies, [&](const Body& b) { write_body(w, b); });
    write_array(w, "persons", r.persons, [&](const Person& h) { write_person(w, r, h); });
    write_array(w, "documents", r.documents, [&](const Document& d) { write_document(w, r, d); });
    write_array(w, "periods", r.periods, [&](const Period& p) { write_period(w, p); });
    write_array(w, "diagnostics", r.diagnostics, [&](const Diagnostic& d) { write_diagnostic(w, d); });
    w.end_object();
}

}  // namespace

// Compact JSON of a report is about 2.2 times its text (the corpus: 2.1–2.4): room for
// that at once spares the buffer its doublings, each a copy into fresh pages.
constexpr std::size_t kJsonPerTextByte = 5;  // in halves: 2.5 times

std::string to_json(const Report& r, const JsonOptions& options) {
    // The document is appended in chunks to a string with room for all of it: no
    // zero-filled buffer, and no copy of the whole at the end.
    std::string out;
    out.reserve(r.text.size() / 2 * kJsonPerTextByte + 4096);
    JsonWriter w(options.pretty, out);
    w.reserve(std::min<std::size_t>(out.capacity(),
                                    (std::size_t{1} << 20) + (std::size_t{1} << 16)));
    write_report(w, r);
    if (options.pretty) w.raw("\n");
    w.finish();
    return out;
}

bool write_json(const Report& r, std::FILE* out, const JsonOptions& options) {
    if (!out) return false;
    JsonWriter w(options.pretty, out);
    // The writer drains to `out` in 1 MiB chunks: room for one chunk, or for the whole
    // document when it is smaller.
    w.reserve(std::min<std::size_t>(r.text.size() / 2 * kJsonPerTextByte + 4096,
                                    (std::size_t{1} << 20) + (std::size_t{1} << 16)));
    write_report(w, r);
    if (options.pretty) w.raw("\n");
    return w.finish();
}

}  // namespace govreport
