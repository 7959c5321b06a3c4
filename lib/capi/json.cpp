// C entry point for the JSON export.
// SPDX-License-Identifier: MIT
#include <cstdlib>
#include <cstring>

#include "capi/guard.hpp"

extern "C" {

GOVREPORT_EXPORT govreport_status govreport_report_to_json(const govreport_report* report,
                                                           uint32_t flags, char** out_json,
                                                           size_t* out_len) {
    using govreport::capi::fail;
    return govreport::capi::guarded([&]() -> govreport_status {
        if (out_json) *out_json = nullptr;
        if (out_len) *out_len = 0;
        if (!report) return fail(GOVREPORT_E_INVALID_ARGUMENT, "report is NULL");
        if (!out_json) return fail(GOVREPORT_E_INVALID_ARGUMENT, "out_json is NULL");
        govreport::JsonOptions options;
        options.pretty = (flags & GOVREPORT_JSON_PRETTY) != 0;
        const std::string json = govreport::to_json(report->report, options);
        // malloc, so that govreport_free (free) releases it; callers never see new[].
        char* buf = static_cast<char*>(std::malloc(json.size() + 1));
        if (!buf) return fail(GOVREPORT_E_OUT_OF_MEMORY, "out of memory for the JSON buffer");
        std::memcpy(buf, json.data(), json.size() + 1);
        *out_json = buf;
        if (out_len) *out_len = json.size();
        return GOVREPORT_OK;
    });
}

}  // extern "C"
