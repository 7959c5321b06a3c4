// Conversion to UTF-8 through glibc's iconv, the whole input in one stream.
// SPDX-License-Identifier: MIT
#include "input/iconv_convert.hpp"

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

#include <govreport/parse.hpp>

namespace govreport::input {

IconvToUtf8::IconvToUtf8(const char* from) : cd_(iconv_open("UTF-8", from)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1))
        throw Error(Status::internal,
                    fmt::format(FMT_STRING("iconv cannot convert from {}"), from));
}

IconvToUtf8::~IconvToUtf8() { iconv_close(cd_); }

bool IconvToUtf8::step(const char** src, std::size_t* src_left, char** dst,
                       std::size_t* dst_left) {
    // iconv's prototype takes char** for the input it never writes.
    char* in = const_cast<char*>(*src);
    const std::size_t r = iconv(cd_, &in, src_left, dst, dst_left);
    *src = in;
    return r != static_cast<std::size_t>(-1);
}

void IconvToUtf8::reset() { iconv(cd_, nullptr, nullptr, nullptr, nullptr); }

bool IconvToUtf8::run(std::string_view in, std::size_t unit, bool strict, std::string& out,
                      std::vector<std::size_t>& replaced, std::size_t& bad_offset) {
    out.clear();
    out.resize(in.size() * 3 / 2 + 16);
    const char* src = in.data();
    std::size_t src_left = in.size();
    std::size_t written = 0;
    while (src_left > 0) {
        char* dst = out.data() + written;
        std::size_t dst_left = out.size() - written;
        const bool done = step(&src, &src_left, &dst, &dst_left);
        written = static_cast<std::size_t>(dst - out.data());
        if (done) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2 + 16);
            continue;
        }
        // EILSEQ or EINVAL: an invalid or incomplete sequence at src.
        const std::size_t at = static_cast<std::size_t>(src - in.data());
        if (strict) {
            bad_offset = at;
            return false;
        }
        if (out.size() - written < 3) out.resize(out.size() * 2 + 16);
        out.replace(written, 3, "\xEF\xBF\xBD");
        replaced.push_back(written);
        written += 3;
        const std::size_t skip = std::min(unit, src_left);
        src += skip;
        src_left -= skip;
        reset();
    }
    out.resize(written);
    return true;
}

}  // namespace govreport::input
