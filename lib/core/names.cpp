// String names of the model's enumerations (the JSON vocabulary), the version and Error.
// SPDX-License-Identifier: MIT
#include <govreport/govreport_version.h>
#include <govreport/parse.hpp>

namespace govreport {

const char* to_string(Severity s) noexcept {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "info";
}

const char* to_string(Role r) noexcept {
    switch (r) {
        case Role::none: return "";
        case Role::achievements: return "achievements";
        case Role::shortcomings: return "shortcomings";
        case Role::leadership_duty: return "leadership_duty";
        case Role::plans: return "plans";
        case Role::other: return "other";
    }
    return "";
}

const char* to_string(MeasureStatus s) noexcept {
    switch (s) {
        case MeasureStatus::done: return "done";
        case MeasureStatus::planned: return "planned";
        case MeasureStatus::other: return "other";
    }
    return "other";
}

const char* to_string(MarkerKind k) noexcept {
    switch (k) {
        case MarkerKind::none: return "none";
        case MarkerKind::chinese_comma: return "chinese_comma";
        case MarkerKind::chinese_paren: return "chinese_paren";
        case MarkerKind::arabic_dot: return "arabic_dot";
        case MarkerKind::arabic_paren: return "arabic_paren";
        case MarkerKind::circled: return "circled";
        case MarkerKind::enumeration: return "enumeration";
    }
    return "none";
}

const char* to_string(IndicatorKind k) noexcept {
    switch (k) {
        case IndicatorKind::count: return "count";
        case IndicatorKind::percent: return "percent";
        case IndicatorKind::percentage_point: return "percentage_point";
        case IndicatorKind::amount: return "amount";
        case IndicatorKind::score: return "score";
        case IndicatorKind::rate_change: return "rate_change";
        case IndicatorKind::ratio: return "ratio";
        case IndicatorKind::other: return "other";
    }
    return "other";
}

const char* to_string(Qualifier q) noexcept {
    switch (q) {
        case Qualifier::none: return "";
        case Qualifier::at_least: return "at_least";
        case Qualifier::approx: return "approx";
        case Qualifier::at_most: return "at_most";
        case Qualifier::reached: return "reached";
    }
    return "";
}

const char* to_string(Granularity g) noexcept {
    switch (g) {
        case Granularity::year: return "year";
        case Granularity::half: return "half";
        case Granularity::quarter: return "quarter";
        case Granularity::month: return "month";
        case Granularity::day: return "day";
        case Granularity::range: return "range";
    }
    return "year";
}

const char* version_string() noexcept { return GOVREPORT_VERSION_STRING; }

Error::Error(Status status, const std::string& message, std::uint64_t offset)
    : std::runtime_error(message), status_(status), offset_(offset) {}

}  // namespace govreport
