// Span: where a model element sits in the parsed text, in UTF-8 bytes and in code points.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SPAN_HPP
#define GOVREPORT_SPAN_HPP

#include <cstddef>
#include <cstdint>

namespace govreport {

/// A half-open range [start, end) of the text the parser worked on (the caller's input
/// for UTF-8 input). `start`/`end` are byte offsets, `char_start`/`char_end` code-point
/// offsets (what Python's `str` and editors index by).
struct Span {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    std::uint64_t char_start = 0;
    std::uint64_t char_end = 0;

    bool empty() const noexcept { return start == end; }
    std::uint64_t size() const noexcept { return end - start; }
};

inline bool operator==(const Span& a, const Span& b) noexcept {
    return a.start == b.start && a.end == b.end && a.char_start == b.char_start &&
           a.char_end == b.char_end;
}
inline bool operator!=(const Span& a, const Span& b) noexcept { return !(a == b); }

/// Index value meaning "no element" in the index fields of the model.
inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

}  // namespace govreport

#endif
