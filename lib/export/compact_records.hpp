// The compact form of the report's most frequent objects, written in place after one check.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_COMPACT_RECORDS_HPP
#define GOVREPORT_EXPORT_COMPACT_RECORDS_HPP

#include <cassert>
#include <string>
#include <string_view>

#include <govreport/entities.hpp>
#include <govreport/report.hpp>
#include <govreport/span.hpp>

#include "export/json_fast.hpp"
#include "export/json_writer.hpp"

namespace govreport::exporter {

/// Writes the members of one compact object at a cursor, into room claimed once for all of
/// them: keys come with their punctuation as literals (",\"text\":"), and no value checks
/// the room or the writer's state.
class InPlace {
public:
    explicit InPlace(char* at) : p_(at) {}
    char* end() const { return p_; }

    // Every member always inline: a call per member is what the fast paths save, and the
    // compiler outlines them once a file has a few callers.
#define GOVREPORT_INLINE __attribute__((always_inline))
    template <std::size_t N>
    GOVREPORT_INLINE void raw(const char (&text)[N]) { p_ = fast::literal(p_, text); }
    GOVREPORT_INLINE void string(std::string_view s) { p_ = put_string_in_place(p_, s); }
    GOVREPORT_INLINE void number(double v) { p_ = put_double_in_place(p_, v); }
    GOVREPORT_INLINE void integer(std::uint64_t v) { p_ = fast::decimal(p_, v); }
    GOVREPORT_INLINE void null() { raw("null"); }
    GOVREPORT_INLINE void boolean(bool v) {
        if (v) raw("true"); else raw("false");
    }
    /// An id, or null (a reference that leads nowhere).
    GOVREPORT_INLINE void id_or_null(const std::string* id) {
        if (id) string(*id); else null();
    }
    /// {"start":…,"end":…,"char_start":…,"char_end":…}
    GOVREPORT_INLINE void span(const Span& s) {
        raw("{\"start\":");
        integer(s.start);
        raw(",\"end\":");
        integer(s.end);
        raw(",\"char_start\":");
        integer(s.char_start);
        raw(",\"char_end\":");
        integer(s.char_end);
        raw("}");
    }

#undef GOVREPORT_INLINE

private:
    char* p_;
};

/// Room for span(): its keys and four numbers of at most 20 digits.
constexpr std::size_t kSpanRoom = sizeof "{\"start\":,\"end\":,\"char_start\":,\"char_end\":}" - 1 + 4 * 20;

/// A span as a value (compact writers only). A report has two spans per indicator and more
/// (14,000 in a 2.27 MB report): ten token calls each, with ten capacity checks, were a
/// quarter of the export.
inline void write_span_compact(JsonWriter& w, const Span& s) {
    InPlace out(w.begin_in_place(kSpanRoom));
    out.span(s);
    w.end_in_place(out.end());
}

/// The most string bytes an object is written in place with: its room is six times that
/// (the longest escape), claimed before a byte is written. A longer text (none in a report
/// so far) takes the token calls, which grow the buffer as the escapes come.
constexpr std::size_t kInPlaceStringBytes = 1 << 14;

/// A mention, {"text":…,"span":{…}}, as a value (compact writers only): 1,664 of them in
/// the 2.27 MB sample, five token calls and a span each. False, with nothing written, for
/// a text over kInPlaceStringBytes.
inline bool write_mention_compact(JsonWriter& w, const Mention& m) {
    if (m.text.size() > kInPlaceStringBytes) return false;
    InPlace out(w.begin_in_place(sizeof "{\"text\":,\"span\":}" - 1 + string_room(m.text.size()) +
                                 kSpanRoom));
    out.raw("{\"text\":");
    out.string(m.text);
    out.raw(",\"span\":");
    out.span(m.span);
    out.raw("}");
    w.end_in_place(out.end());
    return true;
}

/// The id of items[index], or none when the index leads nowhere.
template <class Vec>
const std::string* id_at(const Vec& items, std::size_t index) {
    return index < items.size() ? &items[index].id : nullptr;
}

/// An indicator as a value (compact writers only), the members of report_json.cpp's
/// write_indicator() in its order. Indicators are most of a report's JSON (8,142 objects
/// of 22 members in the 2.27 MB sample): one capacity check per object instead of one
/// per key and value, and no separator logic. False, with nothing written, for strings
/// over kInPlaceStringBytes.
inline bool write_indicator_compact(JsonWriter& w, const Report& r, const Indicator& x) {
    const std::string_view kind = to_string(x.kind);
    const std::string_view qualifier = to_string(x.qualifier);
    const std::string* from = x.change ? id_at(r.indicators, x.change->from) : nullptr;
    const std::string* measure = id_at(r.measures, x.measure);
    const std::string* period = id_at(r.periods, x.period);
    const std::string* section = id_at(r.sections, x.section);
    // Keys and punctuation (under 320 bytes), three numbers, a span, and string_room() of
    // each of the 13 strings, summed as one product (string_room() is linear).
    const std::size_t string_bytes =
        x.id.size() + x.text.size() + x.value_text.size() + x.unit.size() + kind.size() +
        qualifier.size() + x.metric.size() + x.per.size() + (from ? from->size() : 0) +
        (measure ? measure->size() : 0) + (period ? period->size() : 0) +
        (x.change ? x.change->basis.size() : 0) + (section ? section->size() : 0);
    if (string_bytes > kInPlaceStringBytes) return false;
    const std::size_t room =
        340 + 3 * kNumberRoom + kSpanRoom + string_room(string_bytes) + 12 * string_room(0);
    char* const start = w.begin_in_place(room);
    InPlace out(start);
    out.raw("{\"id\":");
    out.string(x.id);
    out.raw(",\"text\":");
    out.string(x.text);
    out.raw(",\"value\":");
    if (x.has_value) out.number(x.value); else out.null();
    out.raw(",\"value_text\":");
    out.string(x.value_text);
    out.raw(",\"value_max\":");
    if (x.value_max) out.number(*x.value_max); else out.null();
    out.raw(",\"scale\":");
    out.number(x.scale);
    out.raw(",\"normalized\":");
    if (x.has_value) out.number(x.normalized); else out.null();
    out.raw(",\"unit\":");
    out.string(x.unit);
    out.raw(",\"kind\":");
    out.string(kind);
    out.raw(",\"qualifier\":");
    if (x.qualifier == Qualifier::none) out.null(); else out.string(qualifier);
    out.raw(",\"change\":");
    if (x.change) {
        if (x.change->up) out.raw("{\"direction\":\"up\""); else out.raw("{\"direction\":\"down\"");
        out.raw(",\"basis\":");
        if (x.change->basis.empty()) out.null(); else out.string(x.change->basis);
        out.raw(",\"from\":");
        out.id_or_null(from);
        out.raw("}");
    } else {
        out.null();
    }
    out.raw(",\"metric\":");
    out.string(x.metric);
    out.raw(",\"per\":");
    if (x.per.empty()) out.null(); else out.string(x.per);
    out.raw(",\"chinese_numeral\":");
    out.boolean(x.chinese_numeral);
    out.raw(",\"measure\":");
    out.id_or_null(measure);
    out.raw(",\"period\":");
    out.id_or_null(period);
    out.raw(",\"span\":");
    out.span(x.span);
    out.raw(",\"section\":");
    out.id_or_null(section);
    out.raw("}");
    assert(static_cast<std::size_t>(out.end() - start) <= room);
    w.end_in_place(out.end());
    return true;
}

}  // namespace govreport::exporter

#endif
