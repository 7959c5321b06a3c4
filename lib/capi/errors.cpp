// Status texts, the thread-local last-error message, version functions and options init.
// SPDX-License-Identifier: MIT
#include <cstdlib>
#include <cstring>
#include <string>

#include "capi/guard.hpp"

namespace govreport::capi {

namespace {
// One message per thread: valid until the next govreport_ call on that thread.
thread_local std::string t_last_error;
}  // namespace

void set_last_error(const char* message) noexcept {
    try {
        t_last_error.assign(message);
    } catch (...) {
        t_last_error.clear();  // no memory for the message: an empty one is still safe
    }
}

govreport_status fail(govreport_status status, const char* message) noexcept {
    set_last_error(message);
    return status;
}

const char* last_error() noexcept { return t_last_error.c_str(); }

}  // namespace govreport::capi

extern "C" {

GOVREPORT_EXPORT uint32_t govreport_version(void) { return GOVREPORT_VERSION; }

GOVREPORT_EXPORT const char* govreport_version_string(void) { return GOVREPORT_VERSION_STRING; }

GOVREPORT_EXPORT uint32_t govreport_abi_version(void) { return GOVREPORT_ABI_VERSION; }

GOVREPORT_EXPORT const char* govreport_status_string(govreport_status status) {
    switch (status) {
        case GOVREPORT_OK: return "ok";
        case GOVREPORT_E_INVALID_ARGUMENT: return "invalid argument";
        case GOVREPORT_E_IO: return "input/output error";
        case GOVREPORT_E_INVALID_ENCODING: return "invalid encoding";
        case GOVREPORT_E_TOO_LARGE: return "input too large";
        case GOVREPORT_E_OUT_OF_MEMORY: return "out of memory";
        case GOVREPORT_E_INTERNAL: return "internal error";
    }
    return "unknown status";
}

GOVREPORT_EXPORT const char* govreport_last_error_message(void) {
    return govreport::capi::last_error();
}

GOVREPORT_EXPORT void govreport_parse_options_init(govreport_parse_options* opts) {
    if (!opts) return;
    std::memset(opts, 0, sizeof *opts);
    opts->struct_size = sizeof *opts;
    opts->max_input_bytes = govreport::ParseOptions{}.max_input_bytes;
}

GOVREPORT_EXPORT void govreport_free(void* ptr) { std::free(ptr); }

}  // extern "C"
