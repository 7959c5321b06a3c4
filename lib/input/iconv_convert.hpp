// Conversion to UTF-8 through glibc's iconv, the whole input in one stream.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_INPUT_ICONV_CONVERT_HPP
#define GOVREPORT_INPUT_ICONV_CONVERT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <iconv.h>

namespace govreport::input {

/// An iconv descriptor from `from` to UTF-8. One per conversion: a descriptor keeps shift
/// state and is not safe to share between threads.
class IconvToUtf8 {
public:
    /// Throws govreport::Error(Status::internal) when iconv knows no such encoding.
    explicit IconvToUtf8(const char* from);
    ~IconvToUtf8();
    IconvToUtf8(const IconvToUtf8&) = delete;
    IconvToUtf8& operator=(const IconvToUtf8&) = delete;

    /// Converts all of `in` into `out`. On an invalid or truncated sequence: `strict` →
    /// returns false with its offset in `bad_offset`; otherwise writes U+FFFD (its offset
    /// in `out` goes to `replaced`), skips `unit` bytes and goes on.
    bool run(std::string_view in, std::size_t unit, bool strict, std::string& out,
             std::vector<std::size_t>& replaced, std::size_t& bad_offset);

    /// One iconv() call: converts from `*src` into `*dst` as far as both buffers allow,
    /// advancing them. Returns false with errno set (EILSEQ, EINVAL or E2BIG) when it
    /// stopped before the end of the input.
    bool step(const char** src, std::size_t* src_left, char** dst, std::size_t* dst_left);

    /// Forgets the shift state (after a skipped invalid sequence).
    void reset();

private:
    iconv_t cd_;
};

}  // namespace govreport::input

#endif
