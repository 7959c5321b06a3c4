// C entry points that create and destroy reports.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstring>
#include <memory>

#include "capi/guard.hpp"

namespace govreport::capi {
const char* last_error() noexcept;
}

namespace {

using govreport::capi::fail;
using govreport::capi::guarded;

// Reads the caller's options: only the bytes their struct has (older callers have a
// shorter struct), over our defaults.
bool read_options(const govreport_parse_options* in, govreport::ParseOptions& out) {
    govreport_parse_options o;
    govreport_parse_options_init(&o);
    if (in) {
        if (in->struct_size < sizeof(uint32_t) * 2) return false;
        std::memcpy(&o, in, std::min<std::size_t>(in->struct_size, sizeof o));
    }
    out.report_year = o.report_year;
    if (o.max_input_bytes != 0) out.max_input_bytes = o.max_input_bytes;
    out.strict_encoding = (o.flags & GOVREPORT_PARSE_STRICT_ENCODING) != 0;
    if (o.encoding > GOVREPORT_ENCODING_UTF16BE || o.format > GOVREPORT_FORMAT_HTML) return false;
    out.encoding = static_cast<govreport::Encoding>(o.encoding);
    out.format = static_cast<govreport::InputFormat>(o.format);
    return true;
}

}  // namespace

extern "C" {

GOVREPORT_EXPORT govreport_status govreport_parse_buffer(const char* text, size_t len,
                                                         const govreport_parse_options* opts,
                                                         govreport_report** out_report) {
    return guarded([&]() -> govreport_status {
        if (!out_report) return fail(GOVREPORT_E_INVALID_ARGUMENT, "out_report is NULL");
        *out_report = nullptr;
        if (!text && len != 0)
            return fail(GOVREPORT_E_INVALID_ARGUMENT, "text is NULL but len is not 0");
        govreport::ParseOptions options;
        if (!read_options(opts, options))
            return fail(GOVREPORT_E_INVALID_ARGUMENT,
                        "invalid options: struct_size not set (call govreport_parse_options_init()), "
                        "or an unknown encoding or format");
        auto handle = std::make_unique<govreport_report>();
        handle->report = govreport::parse(std::string_view(text ? text : "", len), options);
        *out_report = handle.release();
        return GOVREPORT_OK;
    });
}

GOVREPORT_EXPORT govreport_status govreport_parse_file(const char* path,
                                                       const govreport_parse_options* opts,
                                                       govreport_report** out_report) {
    return guarded([&]() -> govreport_status {
        if (!out_report) return fail(GOVREPORT_E_INVALID_ARGUMENT, "out_report is NULL");
        *out_report = nullptr;
        if (!path) return fail(GOVREPORT_E_INVALID_ARGUMENT, "path is NULL");
        govreport::ParseOptions options;
        if (!read_options(opts, options))
            return fail(GOVREPORT_E_INVALID_ARGUMENT,
                        "invalid options: struct_size not set (call govreport_parse_options_init()), "
                        "or an unknown encoding or format");
        auto handle = std::make_unique<govreport_report>();
        handle->report = govreport::parse_file(path, options);
        *out_report = handle.release();
        return GOVREPORT_OK;
    });
}

GOVREPORT_EXPORT void govreport_report_free(govreport_report* report) { delete report; }

}  // extern "C"
