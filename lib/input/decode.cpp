// Decoding to UTF-8: detection, then GB18030 through its table, UTF-16 through iconv.
// SPDX-License-Identifier: MIT
#include "input/decode.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include <govreport/parse.hpp>

#include "input/gb18030.hpp"
#include "input/iconv_convert.hpp"
#include "input/utf8_check.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::input {

namespace {

using util::starts_with;

Error invalid(const char* name, std::size_t offset) {
    return Error(Status::invalid_encoding,
                 fmt::format(FMT_STRING("invalid {} at byte offset {}"), name, offset), offset);
}

Decoded convert(std::string_view in, const char* from, const char* name, std::size_t unit,
                bool strict, std::size_t offset_base) {
    Decoded d;
    d.converted = true;
    d.encoding = name;
    IconvToUtf8 c(from);
    std::size_t bad = 0;
    if (!c.run(in, unit, strict, d.text, d.replaced, bad)) throw invalid(name, bad + offset_base);
    return d;
}

// UTF-8 with a few bad bytes is still UTF-8: most of its non-ASCII bytes form valid
// sequences (nine in ten), while GB18030 text almost never does.
// `valid`: how many bytes at its start are known to be valid UTF-8 (they are whole
// sequences): the scan for bytes outside sequences starts after them.
bool mostly_utf8(std::string_view in, std::size_t valid) {
    // A few bytes prove nothing (a truncated 报告 reads as two GB18030 characters too).
    constexpr std::size_t kEvidence = 16;
    const char* p = in.data();
    const char* const end = p + in.size();
    // The non-ASCII bytes first, eight at a time (their top bits summed by one
    // multiplication): the answer is "no" as soon as the bytes outside sequences pass a
    // tenth of them, which GB18030 text does within its first lines, instead of at the end
    // of the report.
    std::size_t high = 0;
    const char* q = p;
    for (; end - q >= 8; q += 8) {
        std::uint64_t x;
        std::memcpy(&x, q, 8);
        high += (((x >> 7) & 0x0101010101010101ull) * 0x0101010101010101ull) >> 56;
    }
    for (; q < end; ++q) high += static_cast<unsigned char>(*q) >> 7;
    if (high < kEvidence) return true;
    std::size_t outside = 0;  // non-ASCII bytes in no valid sequence
    p += valid;
    while (p < end) {
        const auto* s = reinterpret_cast<const unsigned char*>(p);
        if (end - p >= 8) {
            // UTF-8 with a few bad bytes is read to its end: its Han characters two at a
            // time, its ASCII eight at a time.
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if (util::starts_two_plain_three_byte(x)) { p += 6; continue; }
            if ((x & 0x8080808080808080ull) == 0) { p += 8; continue; }
        }
        if (s[0] < 0x80) { ++p; continue; }
        // C2–F4 can lead a sequence; every other high byte is outside one (most of
        // GB18030's: the lead bytes B0–C1 and trail bytes 80–C1 of its Han characters).
        // (A branch-free version of this step measured slower.)
        const std::size_t n =
            s[0] >= 0xC2 && s[0] <= 0xF4 ? util::utf8_sequence_length(p, end) : 0;
        p += n != 0 ? n : 1;
        outside += n == 0;
        if (outside * 10 > high) return false;
    }
    return true;
}

// Copies `input` to `out` if it is valid UTF-8, a stretch at a time: each stretch is
// checked and then copied while its bytes are still in the first-level cache, so the input
// is read from memory once (checking all of it, then copying it, read a report larger than
// the second-level cache twice). False at the first stretch that is not valid, with `out`
// partly written.
bool copy_valid_utf8(std::string_view input, std::string& out) {
    constexpr std::size_t kStretch = std::size_t{16} << 10;
    out.reserve(input.size());
    for (std::size_t at = 0; at < input.size();) {
        std::size_t end = input.size() - at > kStretch ? at + kStretch : input.size();
        // Stretches end before the first byte of a sequence (at most three continuation
        // bytes back): text that is valid as a whole is then valid stretch by stretch, and
        // text that is not has a stretch that is not (one that starts with a fourth
        // continuation byte, if no first byte was found).
        for (int back = 0; back < 3 && end < input.size() &&
                           (static_cast<unsigned char>(input[end]) & 0xC0u) == 0x80u;
             ++back)
            --end;
        const std::string_view stretch = input.substr(at, end - at);
        if (!is_valid_utf8(stretch)) return false;
        out.append(stretch.data(), stretch.size());
        at = end;
    }
    return true;
}

}  // namespace

Decoded decode(std::string_view input, Encoding forced, bool strict, bool copy) {
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
        case Encoding::gb18030: {
            Decoded d;
            d.converted = true;
            d.encoding = "gb18030";
            std::size_t bad = 0;
            if (!gb18030_to_utf8(input, strict, d.text, d.replaced, bad))
                throw invalid("gb18030", bad);
            return d;
        }
        case Encoding::utf8:
        case Encoding::automatic:
            break;
    }
    Decoded d;
    const bool bom = starts_with(input, "\xEF\xBB\xBF");
    d.encoding = bom ? "utf-8-bom" : "utf-8";
    // Nearly every input is valid: the yes-or-no check costs less than the search for the
    // first invalid byte, which only invalid input needs (for the offset reported below).
    if (copy) {
        if (copy_valid_utf8(input, d.text)) {
            d.converted = true;
            return d;
        }
        d.text.clear();
    } else if (is_valid_utf8(input)) {
        return d;  // the input is the text: no copy
    }
    const std::size_t bad = util::find_invalid_utf8(input);
    if (forced == Encoding::automatic && !mostly_utf8(input, bad)) {
        // Not UTF-8: GB18030 (a superset of GBK and GB2312) if all of it converts.
        // Binary data can convert too: require mostly Han characters among the non-ASCII.
        // The conversion counts the characters it writes (no second pass over the text).
        Decoded gb;
        gb.converted = true;
        gb.encoding = "gb18030";
        CharCounts counts;
        std::size_t gb_bad = 0;
        try {
            if (gb18030_to_utf8(input, /*strict=*/true, gb.text, gb.replaced, gb_bad, &counts) &&
                (counts.wide == 0 || counts.han * 10 >= counts.wide * 7))
                return gb;
        } catch (const Error&) {  // no GB18030 in this iconv: the input is repaired UTF-8
        }
    }
    if (strict)
        throw Error(Status::invalid_encoding,
                    fmt::format(FMT_STRING("invalid UTF-8 at byte offset {}"), bad), bad);
    // Each invalid byte becomes U+FFFD (util::repair_utf8, character by character, is the
    // reference): the valid stretches between them are copied whole, found by the same
    // search that found the first invalid byte.
    d.converted = true;
    d.text.reserve(input.size() + 16);
    std::string_view rest = input;
    for (std::size_t at = bad; at != std::string_view::npos;
         at = util::find_invalid_utf8(rest)) {
        d.text.append(rest.data(), at);
        d.replaced.push_back(d.text.size());
        d.text += "\xEF\xBF\xBD";
        rest.remove_prefix(at + 1);
    }
    d.text.append(rest.data(), rest.size());
    return d;
}

}  // namespace govreport::input
