// Decoding with glibc's iconv: encodings are data, not hand-written tables.
// SPDX-License-Identifier: MIT
#include "input/decode.hpp"

#include <cerrno>
#include <iconv.h>

#include <fmt/format.h>

#include <govreport/parse.hpp>

#include "input/utf8_check.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::input {

namespace {

using util::starts_with;


// RAII for an iconv descriptor: one per call, since a descriptor keeps shift state and is
// not safe to share between threads.
class Converter {
public:
    Converter(const char* from) : cd_(iconv_open("UTF-8", from)) {
        if (cd_ == reinterpret_cast<iconv_t>(-1))
            throw Error(Status::internal, fmt::format(FMT_STRING("iconv cannot convert from {}"), from));
    }
    ~Converter() { iconv_close(cd_); }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;

    // Converts all of `in`. On an invalid or truncated sequence: strict → returns false
    // with its offset; otherwise writes U+FFFD, skips `unit` bytes and goes on.
    bool run(std::string_view in, std::size_t unit, bool strict, std::string& out,
             std::vector<std::size_t>& replaced, std::size_t& bad_offset) {
        out.clear();
        out.resize(in.size() * 3 / 2 + 16);
        char* src = const_cast<char*>(in.data());
        std::size_t src_left = in.size();
        std::size_t written = 0;
        while (src_left > 0) {
            char* dst = out.data() + written;
            std::size_t dst_left = out.size() - written;
            const std::size_t r = iconv(cd_, &src, &src_left, &dst, &dst_left);
            written = static_cast<std::size_t>(dst - out.data());
            if (r != static_cast<std::size_t>(-1)) break;
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
            iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
        }
        out.resize(written);
        return true;
    }

private:
    iconv_t cd_;
};

Decoded convert(std::string_view in, const char* from, const char* name, std::size_t unit,
                bool strict, std::size_t offset_base) {
    Decoded d;
    d.converted = true;
    d.encoding = name;
    Converter c(from);
    std::size_t bad = 0;
    if (!c.run(in, unit, strict, d.text, d.replaced, bad))
        throw Error(Status::invalid_encoding,
                    fmt::format(FMT_STRING("invalid {} at byte offset {}"), name, bad + offset_base),
                    bad + offset_base);
    return d;
}

// UTF-8 with a few bad bytes is still UTF-8: most of its non-ASCII bytes form valid
// sequences, while GB18030 text almost never does.
bool mostly_utf8(std::string_view in) {
    std::size_t high = 0, in_sequences = 0;
    const char* p = in.data();
    const char* end = p + in.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) { ++p; continue; }
        const std::size_t n = util::utf8_sequence_length(p, end);
        if (n == 0) { ++high; ++p; continue; }
        high += n;
        in_sequences += n;
        p += n;
    }
    // A few bytes prove nothing (a truncated 报告 reads as two GB18030 characters too).
    constexpr std::size_t kEvidence = 16;
    return high < kEvidence || in_sequences * 10 >= high * 9;
}

}  // namespace

Decoded decode(std::string_view input, Encoding forced, bool strict) {
    if (forced == Encoding::automatic) {
        if (starts_with(input, "\xEF\xBB\xBF")) forced = Encoding::utf8;
        else if (starts_with(input, "\xFF\xFE")) forced = Encoding::utf16le;
        else if (starts_with(input, "\xFE\xFF")) forced = Encoding::utf16be;
    }
    switch (forced) {
        case Encoding::utf16le: {
            const std::size_t bom = starts_with(input, "\xFF\xFE") ? 2 : 0;
            return convert(input.substr(bom), "UTF-16LE", "utf-16le", 2, strict, bom);
        }
        case Encoding::utf16be: {
            const std::size_t bom = starts_with(input, "\xFE\xFF") ? 2 : 0;
            return convert(input.substr(bom), "UTF-16BE", "utf-16be", 2, strict, bom);
        }
        case Encoding::gb18030:
            return convert(input, "GB18030", "gb18030", 1, strict, 0);
        case Encoding::utf8:
        case Encoding::automatic:
            break;
    }
    Decoded d;
    const bool bom = starts_with(input, "\xEF\xBB\xBF");
    d.encoding = bom ? "utf-8-bom" : "utf-8";
    // Nearly every input is valid: the yes-or-no check costs less than the search for the
    // first invalid byte, which only invalid input needs (for the offset reported below).
    if (is_valid_utf8(input)) return d;  // the input is the text: no copy
    const std::size_t bad = util::find_invalid_utf8(input);
    if (forced == Encoding::automatic && !mostly_utf8(input)) {
        // Not UTF-8: GB18030 (a superset of GBK and GB2312) if all of it converts.
        // Binary data can convert too: require mostly Han characters among the non-ASCII.
        try {
            Decoded gb = convert(input, "GB18030", "gb18030", 1, /*strict=*/true, 0);
            std::size_t wide = 0, han = 0;
            for (const char *p = gb.text.data(), *e = p + gb.text.size(); p < e;) {
                const char32_t c = util::decode(p, e);
                if (c < 0x80) continue;
                ++wide;
                han += util::is_cjk(c);
            }
            if (wide == 0 || han * 10 >= wide * 7) return gb;
        } catch (const Error&) {
        }
    }
    if (strict)
        throw Error(Status::invalid_encoding,
                    fmt::format(FMT_STRING("invalid UTF-8 at byte offset {}"), bad), bad);
    d.converted = true;
    d.text.reserve(input.size() + 16);
    const char* p = input.data();
    const char* end = p + input.size();
    while (p < end) {
        const std::size_t n = util::utf8_sequence_length(p, end);
        if (n == 0) {
            d.replaced.push_back(d.text.size());
            d.text += "\xEF\xBF\xBD";
            ++p;
        } else {
            d.text.append(p, n);
            p += n;
        }
    }
    return d;
}

}  // namespace govreport::input
