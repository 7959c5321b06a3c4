// C records: many items' fields in one call (govreport_report_*_records), for bindings
// whose every foreign call is expensive (ctypes: about a microsecond each).
// SPDX-License-Identifier: MIT
#include "capi/convert.hpp"
#include "capi/guard.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace {

using govreport::capi::copy_span;
using govreport::capi::fail;
using govreport::capi::index_or_minus_one;
using govreport::capi::optional_text;

// A borrowed index list: NULL when it is empty, as the header promises (an empty vector's
// data() may be anything).
const size_t* borrowed(const std::vector<std::size_t>& list) noexcept {
    static_assert(sizeof(std::size_t) == sizeof(size_t));
    return list.empty() ? nullptr : list.data();
}

// What every records function does around `fill`, once it has the list: checks the range
// and the records (nothing is written on an error), then writes items first … first +
// count - 1 of `all` at the caller's stride, records[0].struct_size. `items` names the
// list in messages ("indicators"), `owner` what holds it ("report"), `type` the record's C
// type. A caller's record may be longer than this version's (a newer header): the stride
// skips the fields this version does not know. It may be shorter, down to the record's
// first layout (first_size<Record>): it gets the fields of that layout.
template <class Record>
constexpr std::size_t first_size() {
    return sizeof(Record);
}
// The indicator record before `section` was appended.
template <>
constexpr std::size_t first_size<govreport_indicator_record>() {
    return offsetof(govreport_indicator_record, section);
}

template <class Record, class Item, class Fill>
govreport_status fill_list(const std::vector<Item>& all, const char* items, const char* owner,
                           const char* type, std::size_t first, std::size_t count,
                           Record* records, Fill&& fill) {
    if (first > all.size() || count > all.size() - first) {
        // first + count itself may wrap around: then the message says so.
        const std::string message =
            count > SIZE_MAX - first
                ? fmt::format(FMT_STRING("{} [{}, {} + {}) requested (past the largest "
                                         "size_t); the {} has {}"),
                              items, first, first, count, owner, all.size())
                : fmt::format(FMT_STRING("{} [{}, {}) requested; the {} has {}"), items, first,
                              first + count, owner, all.size());
        return fail(GOVREPORT_E_INVALID_ARGUMENT, message.c_str());
    }
    if (count == 0) return GOVREPORT_OK;
    if (!records) return fail(GOVREPORT_E_INVALID_ARGUMENT, "records is NULL");
    const std::uint32_t stride = records->struct_size;
    if (stride < first_size<Record>()) {
        const std::string message = fmt::format(
            FMT_STRING("records[0].struct_size is {}; {} takes {} bytes (set it to "
                       "sizeof({}))"),
            stride, type, sizeof(Record), type);
        return fail(GOVREPORT_E_INVALID_ARGUMENT, message.c_str());
    }
    // A shorter record, of the earlier layout, takes that layout's fields (never part of
    // a field: a stride between the two sizes gets the earlier layout).
    const std::size_t bytes = stride < sizeof(Record) ? first_size<Record>() : sizeof(Record);
    char* at = reinterpret_cast<char*>(records);
    for (std::size_t i = first; i < first + count; ++i, at += stride) {
        Record out{};
        out.struct_size = stride;
        fill(all[i], out);
        std::memcpy(at, &out, bytes);
    }
    return GOVREPORT_OK;
}

// A records function over one of the report's lists (`list`), behind the C API's guard.
template <class Record, class Item, class Fill>
govreport_status fill_records(const govreport_report* r,
                              const std::vector<Item> govreport::Report::*list,
                              const char* items, const char* type, std::size_t first,
                              std::size_t count, Record* records, Fill&& fill) noexcept {
    return govreport::capi::guarded([&]() -> govreport_status {
        if (!r) return fail(GOVREPORT_E_INVALID_ARGUMENT, "report is NULL");
        return fill_list(r->report.*list, items, "report", type, first, count, records, fill);
    });
}

void fill_mention(const govreport::Mention& x, govreport_mention_record& out) noexcept {
    out.text = x.text.c_str();
    copy_span(&x.span, &out.span);
}

// A mention records function: `owner` is the C item ("body"), NULL or one of the report's.
template <class Owner>
govreport_status fill_mentions(const Owner* item, const char* owner, std::size_t first,
                               std::size_t count, govreport_mention_record* records) noexcept {
    return govreport::capi::guarded([&]() -> govreport_status {
        if (!item) {
            const std::string message = fmt::format(FMT_STRING("{} is NULL"), owner);
            return fail(GOVREPORT_E_INVALID_ARGUMENT, message.c_str());
        }
        return fill_list(item->mentions, "mentions", owner, "govreport_mention_record", first,
                         count, records, fill_mention);
    });
}

void fill_indicator(const govreport::Indicator& x, govreport_indicator_record& out) noexcept {
    out.has_value = x.has_value ? 1 : 0;
    out.has_value_max = x.value_max ? 1 : 0;
    out.has_change = x.change ? 1 : 0;
    out.change_up = x.change && x.change->up ? 1 : 0;
    out.chinese_numeral = x.chinese_numeral ? 1 : 0;
    out.kind = static_cast<int32_t>(x.kind);
    out.qualifier = static_cast<int32_t>(x.qualifier);
    out.value = x.has_value ? x.value : 0;
    out.normalized = x.has_value ? x.normalized : 0;
    out.value_max = x.value_max ? *x.value_max : 0;
    out.scale = x.scale;
    out.id = x.id.c_str();
    out.text = x.text.c_str();
    out.value_text = x.value_text.c_str();
    out.unit = x.unit.c_str();
    out.metric = x.metric.c_str();
    out.per = x.per.c_str();
    out.change_basis = x.change ? x.change->basis.c_str() : "";
    out.change_from = x.change ? index_or_minus_one(x.change->from) : -1;
    out.measure = index_or_minus_one(x.measure);
    out.period = index_or_minus_one(x.period);
    copy_span(&x.span, &out.span);
    out.section = index_or_minus_one(x.section);
}

void fill_section(const govreport::Section& x, govreport_section_record& out) noexcept {
    out.level = static_cast<uint32_t>(x.level);
    out.marker_kind = static_cast<int32_t>(x.marker_kind);
    out.ordinal = x.ordinal;
    out.role = static_cast<int32_t>(x.role);
    out.parent = index_or_minus_one(x.parent);
    out.id = x.id.c_str();
    out.marker = x.marker.c_str();
    out.title = x.title.c_str();
    out.child_count = x.children.size();
    out.children = borrowed(x.children);
    copy_span(&x.span, &out.span);
    copy_span(&x.extent, &out.extent);
}

void fill_measure(const govreport::Measure& x, govreport_measure_record& out) noexcept {
    out.marker_kind = static_cast<int32_t>(x.marker_kind);
    out.ordinal = x.ordinal;
    out.status = static_cast<int32_t>(x.status);
    out.section = index_or_minus_one(x.section);
    out.id = x.id.c_str();
    out.marker = x.marker.c_str();
    out.title = x.title.c_str();
    out.body = x.body.c_str();
    out.body_count = x.bodies.size();
    out.bodies = borrowed(x.bodies);
    out.indicator_count = x.indicators.size();
    out.indicators = borrowed(x.indicators);
    copy_span(&x.span, &out.span);
    copy_span(&x.extent, &out.extent);
}

void fill_diagnostic(const govreport::Diagnostic& x, govreport_diagnostic_record& out) noexcept {
    out.severity = static_cast<int32_t>(x.severity);
    out.code = x.code.c_str();
    out.message = x.message.c_str();
    copy_span(&x.span, &out.span);
}

void fill_period(const govreport::Period& x, govreport_period_record& out) noexcept {
    out.granularity = static_cast<int32_t>(x.granularity);
    out.relative = x.relative ? 1 : 0;
    out.id = x.id.c_str();
    out.text = x.text.c_str();
    out.start = x.start_iso.c_str();
    out.end = x.end_iso.c_str();
    copy_span(&x.span, &out.span);
}

void fill_body(const govreport::Body& x, govreport_body_record& out) noexcept {
    out.id = x.id.c_str();
    out.name = x.name.c_str();
    out.kind = x.kind.c_str();
    out.level = x.level.c_str();
    out.division_code = x.division_code.empty() ? nullptr : x.division_code.c_str();
    out.mention_count = x.mentions.size();
}

void fill_person(const govreport::Person& x, govreport_person_record& out) noexcept {
    out.body = index_or_minus_one(x.body);
    out.id = x.id.c_str();
    out.name = x.name.c_str();
    out.title = x.title.c_str();
    out.title_count = x.titles.size();
    out.mention_count = x.mentions.size();
}

void fill_document(const govreport::Document& x, govreport_document_record& out) noexcept {
    out.nested_in = index_or_minus_one(x.nested_in);
    out.id = x.id.c_str();
    out.title = x.title.c_str();
    out.doc_number = optional_text(x.doc_number);
    out.issuer = optional_text(x.issuer);
    out.period_start = x.period_start ? x.period_start_iso.c_str() : nullptr;
    out.period_end = x.period_end ? x.period_end_iso.c_str() : nullptr;
    out.mention_count = x.mentions.size();
}

}  // namespace

extern "C" {

GOVREPORT_EXPORT govreport_status govreport_report_indicator_records(
    const govreport_report* r, size_t first, size_t count, govreport_indicator_record* records) {
    return fill_records(r, &govreport::Report::indicators, "indicators",
                        "govreport_indicator_record", first, count, records, fill_indicator);
}

GOVREPORT_EXPORT govreport_status govreport_report_section_records(
    const govreport_report* r, size_t first, size_t count, govreport_section_record* records) {
    return fill_records(r, &govreport::Report::sections, "sections", "govreport_section_record",
                        first, count, records, fill_section);
}

GOVREPORT_EXPORT govreport_status govreport_report_measure_records(
    const govreport_report* r, size_t first, size_t count, govreport_measure_record* records) {
    return fill_records(r, &govreport::Report::measures, "measures", "govreport_measure_record",
                        first, count, records, fill_measure);
}

GOVREPORT_EXPORT govreport_status govreport_report_diagnostic_records(
    const govreport_report* r, size_t first, size_t count, govreport_diagnostic_record* records) {
    return fill_records(r, &govreport::Report::diagnostics, "diagnostics",
                        "govreport_diagnostic_record", first, count, records, fill_diagnostic);
}

GOVREPORT_EXPORT govreport_status govreport_report_period_records(
    const govreport_report* r, size_t first, size_t count, govreport_period_record* records) {
    return fill_records(r, &govreport::Report::periods, "periods", "govreport_period_record",
                        first, count, records, fill_period);
}

GOVREPORT_EXPORT govreport_status govreport_report_body_records(
    const govreport_report* r, size_t first, size_t count, govreport_body_record* records) {
    return fill_records(r, &govreport::Report::bodies, "bodies", "govreport_body_record", first,
                        count, records, fill_body);
}

GOVREPORT_EXPORT govreport_status govreport_report_person_records(
    const govreport_report* r, size_t first, size_t count, govreport_person_record* records) {
    return fill_records(r, &govreport::Report::persons, "persons", "govreport_person_record",
                        first, count, records, fill_person);
}

GOVREPORT_EXPORT govreport_status govreport_report_document_records(
    const govreport_report* r, size_t first, size_t count, govreport_document_record* records) {
    return fill_records(r, &govreport::Report::documents, "documents",
                        "govreport_document_record", first, count, records, fill_document);
}

GOVREPORT_EXPORT govreport_status govreport_body_mention_records(
    const govreport_body* b, size_t first, size_t count, govreport_mention_record* records) {
    return fill_mentions(reinterpret_cast<const govreport::Body*>(b), "body", first, count,
                         records);
}

GOVREPORT_EXPORT govreport_status govreport_person_mention_records(
    const govreport_person* h, size_t first, size_t count, govreport_mention_record* records) {
    return fill_mentions(reinterpret_cast<const govreport::Person*>(h), "person", first, count,
                         records);
}

GOVREPORT_EXPORT govreport_status govreport_document_mention_records(
    const govreport_document* d, size_t first, size_t count, govreport_mention_record* records) {
    return fill_mentions(reinterpret_cast<const govreport::Document*>(d), "document", first,
                         count, records);
}

}  // extern "C"
