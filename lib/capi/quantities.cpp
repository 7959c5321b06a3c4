// C getters for indicators and periods (borrowed, noexcept).
// SPDX-License-Identifier: MIT
#include "capi/convert.hpp"
#include "capi/guard.hpp"

#include <cstdint>

namespace {

using govreport::Indicator;
using govreport::Period;

const Indicator* cast(const govreport_indicator* x) { return reinterpret_cast<const Indicator*>(x); }
const Period* cast(const govreport_period* p) { return reinterpret_cast<const Period*>(p); }

using govreport::capi::copy_span;
using govreport::capi::index_or_minus_one;

}  // namespace

extern "C" {

/* ## Indicators */

GOVREPORT_EXPORT size_t govreport_report_indicator_count(const govreport_report* r) {
    return r ? r->report.indicators.size() : 0;
}

GOVREPORT_EXPORT const govreport_indicator* govreport_report_indicator_at(const govreport_report* r,
                                                                           size_t i) {
    if (!r || i >= r->report.indicators.size()) return nullptr;
    return reinterpret_cast<const govreport_indicator*>(&r->report.indicators[i]);
}

GOVREPORT_EXPORT const char* govreport_indicator_id(const govreport_indicator* x) {
    return x ? cast(x)->id.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_indicator_text(const govreport_indicator* x) {
    return x ? cast(x)->text.c_str() : nullptr;
}

GOVREPORT_EXPORT int govreport_indicator_value(const govreport_indicator* x, double* out) {
    if (!x || !cast(x)->has_value) return 0;
    if (out) *out = cast(x)->value;
    return 1;
}

GOVREPORT_EXPORT int govreport_indicator_normalized(const govreport_indicator* x, double* out) {
    if (!x || !cast(x)->has_value) return 0;
    if (out) *out = cast(x)->normalized;
    return 1;
}

GOVREPORT_EXPORT int govreport_indicator_value_max(const govreport_indicator* x, double* out) {
    if (!x || !cast(x)->value_max) return 0;
    if (out) *out = *cast(x)->value_max;
    return 1;
}

GOVREPORT_EXPORT const char* govreport_indicator_value_text(const govreport_indicator* x) {
    return x ? cast(x)->value_text.c_str() : nullptr;
}

GOVREPORT_EXPORT double govreport_indicator_scale(const govreport_indicator* x) {
    return x ? cast(x)->scale : 0;
}

GOVREPORT_EXPORT const char* govreport_indicator_unit(const govreport_indicator* x) {
    return x ? cast(x)->unit.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_indicator_kind govreport_indicator_kind_of(const govreport_indicator* x) {
    return x ? static_cast<govreport_indicator_kind>(cast(x)->kind) : GOVREPORT_KIND_OTHER;
}

GOVREPORT_EXPORT const char* govreport_indicator_kind_string(govreport_indicator_kind kind) {
    if (kind < GOVREPORT_KIND_COUNT || kind > GOVREPORT_KIND_OTHER) return "other";
    return govreport::to_string(static_cast<govreport::IndicatorKind>(kind));
}

GOVREPORT_EXPORT govreport_qualifier govreport_indicator_qualifier(const govreport_indicator* x) {
    return x ? static_cast<govreport_qualifier>(cast(x)->qualifier) : GOVREPORT_QUALIFIER_NONE;
}

GOVREPORT_EXPORT const char* govreport_qualifier_string(govreport_qualifier q) {
    if (q < GOVREPORT_QUALIFIER_NONE || q > GOVREPORT_QUALIFIER_REACHED) return "";
    return govreport::to_string(static_cast<govreport::Qualifier>(q));
}

GOVREPORT_EXPORT const char* govreport_indicator_metric(const govreport_indicator* x) {
    return x ? cast(x)->metric.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_indicator_per(const govreport_indicator* x) {
    return x ? cast(x)->per.c_str() : nullptr;
}

GOVREPORT_EXPORT int govreport_indicator_chinese_numeral(const govreport_indicator* x) {
    return x && cast(x)->chinese_numeral ? 1 : 0;
}

GOVREPORT_EXPORT int govreport_indicator_change(const govreport_indicator* x, int* out_up,
                                                const char** out_basis, int64_t* out_from) {
    if (!x || !cast(x)->change) return 0;
    const govreport::Change& c = *cast(x)->change;
    if (out_up) *out_up = c.up ? 1 : 0;
    if (out_basis) *out_basis = c.basis.c_str();
    if (out_from) *out_from = index_or_minus_one(c.from);
    return 1;
}

GOVREPORT_EXPORT int64_t govreport_indicator_measure(const govreport_indicator* x) {
    return x ? index_or_minus_one(cast(x)->measure) : -1;
}

GOVREPORT_EXPORT int64_t govreport_indicator_period(const govreport_indicator* x) {
    return x ? index_or_minus_one(cast(x)->period) : -1;
}

GOVREPORT_EXPORT void govreport_indicator_span(const govreport_indicator* x, govreport_span* out) {
    copy_span(x ? &cast(x)->span : nullptr, out);
}

GOVREPORT_EXPORT int64_t govreport_indicator_section(const govreport_indicator* x) {
    return x ? index_or_minus_one(cast(x)->section) : -1;
}

/* ## Periods */

GOVREPORT_EXPORT size_t govreport_report_period_count(const govreport_report* r) {
    return r ? r->report.periods.size() : 0;
}

GOVREPORT_EXPORT const govreport_period* govreport_report_period_at(const govreport_report* r,
                                                                     size_t i) {
    if (!r || i >= r->report.periods.size()) return nullptr;
    return reinterpret_cast<const govreport_period*>(&r->report.periods[i]);
}

GOVREPORT_EXPORT const char* govreport_period_id(const govreport_period* p) {
    return p ? cast(p)->id.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_period_text(const govreport_period* p) {
    return p ? cast(p)->text.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_period_start(const govreport_period* p) {
    return p ? cast(p)->start_iso.c_str() : nullptr;
}

GOVREPORT_EXPORT const char* govreport_period_end(const govreport_period* p) {
    return p ? cast(p)->end_iso.c_str() : nullptr;
}

GOVREPORT_EXPORT govreport_granularity govreport_period_granularity(const govreport_period* p) {
    return p ? static_cast<govreport_granularity>(cast(p)->granularity)
             : GOVREPORT_GRANULARITY_YEAR;
}

GOVREPORT_EXPORT const char* govreport_granularity_string(govreport_granularity g) {
    if (g < GOVREPORT_GRANULARITY_YEAR || g > GOVREPORT_GRANULARITY_RANGE) return "";
    return govreport::to_string(static_cast<govreport::Granularity>(g));
}

GOVREPORT_EXPORT int govreport_period_relative(const govreport_period* p) {
    return p && cast(p)->relative ? 1 : 0;
}

GOVREPORT_EXPORT void govreport_period_span(const govreport_period* p, govreport_span* out) {
    copy_span(p ? &cast(p)->span : nullptr, out);
}

}  // extern "C"
