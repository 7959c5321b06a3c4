// Conversions every C getter shares: model spans and indices into their C forms.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CAPI_CONVERT_HPP
#define GOVREPORT_CAPI_CONVERT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <govreport/govreport.h>
#include <govreport/span.hpp>

namespace govreport::capi {

/// `*in` into `*out` (zeroes when `in` is NULL); nothing when `out` is NULL.
inline void copy_span(const govreport::Span* in, govreport_span* out) noexcept {
    if (!out) return;
    *out = in ? govreport_span{in->start, in->end, in->char_start, in->char_end}
              : govreport_span{0, 0, 0, 0};
}

/// An optional string as the C API gives it: NULL when absent.
inline const char* optional_text(const std::optional<std::string>& s) noexcept {
    return s ? s->c_str() : nullptr;
}

/// An index of the model as the C API gives it: -1 for none (npos).
inline int64_t index_or_minus_one(std::size_t i) noexcept {
    return i == govreport::npos ? -1 : static_cast<int64_t>(i);
}

}  // namespace govreport::capi

#endif
