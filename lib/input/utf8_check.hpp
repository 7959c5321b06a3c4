// Whether an input is valid UTF-8, the question decode() asks of every input first.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_INPUT_UTF8_CHECK_HPP
#define GOVREPORT_INPUT_UTF8_CHECK_HPP

#include <string_view>

namespace govreport::input {

/// True when `s` is valid UTF-8: util::find_invalid_utf8(s) == npos, the reference the
/// tests compare it with. Nearly every input is valid, and decode() needs the offset of
/// the first invalid byte only when there is one: this pass answers yes or no alone, 64
/// bytes per step with AVX2 where the CPU has it, and so costs less than the search.
bool is_valid_utf8(std::string_view s) noexcept;

/// The same through the search (util::find_invalid_utf8) whatever the CPU: the answer
/// without AVX2, and what the tests compare is_valid_utf8() with.
bool is_valid_utf8_reference(std::string_view s) noexcept;

}  // namespace govreport::input

#endif
