// The boundary guard: no exception crosses into C; failures become a status and a message.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_CAPI_GUARD_HPP
#define GOVREPORT_CAPI_GUARD_HPP

#include <exception>
#include <new>
#include <string>

#include <govreport/govreport.h>
#include <govreport/parse.hpp>

namespace govreport::capi {

/// Sets the calling thread's detailed error message ("" clears it).
void set_last_error(const char* message) noexcept;

/// Records `message` and returns `status`.
govreport_status fail(govreport_status status, const char* message) noexcept;

/// Runs `body` (which returns a govreport_status) and turns every exception into a status:
/// govreport::Error → its own status, bad_alloc → OUT_OF_MEMORY, anything else → INTERNAL.
template <class F>
govreport_status guarded(F&& body) noexcept {
    try {
        set_last_error("");
        return body();
    } catch (const Error& e) {
        return fail(static_cast<govreport_status>(e.status()), e.what());
    } catch (const std::bad_alloc&) {
        return fail(GOVREPORT_E_OUT_OF_MEMORY, "out of memory");
    } catch (const std::exception& e) {
        try {
            const std::string msg = std::string("internal error: ") + e.what();
            return fail(GOVREPORT_E_INTERNAL, msg.c_str());
        } catch (...) {
            return fail(GOVREPORT_E_INTERNAL, "internal error");
        }
    } catch (...) {
        return fail(GOVREPORT_E_INTERNAL, "internal error: unknown exception");
    }
}

}  // namespace govreport::capi

/// The opaque report handle of the C API.
struct govreport_report {
    govreport::Report report;
};

#endif
