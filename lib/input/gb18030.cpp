// GB18030 (and GBK, GB2312) to UTF-8: a two-byte table read off iconv once, iconv for the rest.
// SPDX-License-Identifier: MIT
#include "input/gb18030.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>

#include <govreport/parse.hpp>

#include "input/iconv_convert.hpp"
#include "util/utf8.hpp"

namespace govreport::input {

namespace {

// Two-byte codes: a lead byte 81–FE, a trail byte 40–7E or 80–FE. The table has a slot
// for every trail 40–FE (7F's stays empty) so that a code's slot is one multiplication.
constexpr unsigned kLeadFirst = 0x81, kLeads = 0xFE - 0x81 + 1;
constexpr unsigned kTrailFirst = 0x40, kTrails = 0xFE - 0x40 + 1;

// Every two-byte code's UTF-8, ready to store: bytes 0–2 the character's two or three
// bytes, byte 3 their number, plus 0x80 when the character is util::is_cjk(). 0 where the
// code is not one (or iconv gives something else than one character from U+0080 to
// U+FFFF): iconv converts those.
struct Table {
    bool usable = false;
    std::vector<std::uint32_t> entries;
};

constexpr std::uint32_t kHanFlag = 0x80u << 24;

std::uint32_t entry_for(char32_t c) {
    std::uint32_t e = 0;
    if (c >= 0x800) {
        e = (0xE0u | (c >> 12)) | ((0x80u | ((c >> 6) & 0x3Fu)) << 8) |
            ((0x80u | (c & 0x3Fu)) << 16) | (3u << 24);
    } else {
        e = (0xC0u | (c >> 6)) | ((0x80u | (c & 0x3Fu)) << 8) | (2u << 24);
    }
    return util::is_cjk(c) ? e | kHanFlag : e;
}

// Reads the table off iconv: every two-byte code in one stream, each followed by a line
// feed (a byte no code contains, which GB18030 maps to itself), the codes iconv refuses
// skipped. The output split at its line feeds is then each code's UTF-8, exactly: a code
// that gives anything but one character from U+0080 to U+FFFF keeps an empty slot, and
// iconv converts it. If the stream does not split into one piece per code, the table is
// not used at all.
Table read_table() {
    Table t;
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    return t;  // the entries are stored as they lie in memory on little-endian hosts
#endif
    try {
        IconvToUtf8 conv("GB18030");
        // The fast path copies ASCII (and the line feeds below rely on it): GB18030 must
        // map it to itself.
        std::string ascii;
        for (int b = 0; b < 0x80; ++b) ascii.push_back(static_cast<char>(b));
        std::string out;
        std::vector<std::size_t> replaced;
        std::size_t bad = 0;
        if (!conv.run(ascii, 1, true, out, replaced, bad) || out != ascii) return t;

        // (Written in place: a push_back per byte cost a third of the table's reading.)
        constexpr std::size_t kCodes = std::size_t{kLeads} * (kTrails - 1);
        std::string codes(kCodes * 3, '\n');
        std::vector<std::uint32_t> slots(kCodes);  // the table slot of each code of `codes`
        std::size_t k = 0;
        for (unsigned lead = kLeadFirst; lead <= 0xFE; ++lead)
            for (unsigned trail = kTrailFirst; trail <= 0xFE; ++trail) {
                if (trail == 0x7F) continue;
                codes[3 * k] = static_cast<char>(lead);
                codes[3 * k + 1] = static_cast<char>(trail);
                slots[k++] = (lead - kLeadFirst) * kTrails + (trail - kTrailFirst);
            }
        std::string converted(codes.size() * 2 + 16, '\0');  // room for every code at once
        char* dst = converted.data();
        std::size_t room = converted.size();
        const char* src = codes.data();
        std::size_t left = codes.size();
        while (!conv.step(&src, &left, &dst, &room)) {
            const std::size_t at = static_cast<std::size_t>(src - codes.data());
            // A refusal is a code's, at its first byte: skip the code, keep its line feed.
            if (errno == E2BIG || at % 3 != 0 || left < 3) return t;
            src += 2;
            left -= 2;
            conv.reset();
        }
        t.entries.assign(std::size_t{kLeads} * kTrails, 0);
        const char* p = converted.data();
        const char* const end = dst;
        for (const std::uint32_t slot : slots) {
            // The piece up to the next line feed: nearly always one character and then it,
            // so a byte loop (a memchr call per piece cost more).
            const char* const piece = p;
            const char* piece_end = piece;
            while (piece_end < end && *piece_end != '\n') ++piece_end;
            if (piece_end == end) return Table{};
            p = piece_end + 1;
            if (piece == piece_end) continue;  // refused
            const char* q = piece;
            const char32_t c = util::decode(q, piece_end);
            if (q == piece_end && c >= 0x80 && c <= 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF))
                t.entries[slot] = entry_for(c);
        }
        if (p != end) return Table{};
        t.usable = true;
    } catch (const Error&) {
        t = Table{};
    }
    return t;
}

const Table& table() {
    static const Table t = read_table();
    return t;
}

void count_utf8(const char* p, const char* end, CharCounts& counts) {
    while (p < end) {
        const char32_t c = util::decode(p, end);
        if (c < 0x80) continue;
        ++counts.wide;
        counts.han += util::is_cjk(c);
    }
}

// Converts from `s` while the characters are ASCII or two-byte codes the table has; stops
// at the first other one (or at `end`). In a function of its own, on locals: inside the
// loop below, which also calls iconv, GCC kept the position and the counts in memory, a
// store and a load per character.
template <bool kCount>
inline void convert_run(const std::uint32_t* entries, const unsigned char*& from,
                        const unsigned char* end, char*& to, CharCounts& counts) {
    const unsigned char* s = from;
    char* o = to;
    std::size_t wide = 0, han = 0;
    while (s < end) {
        if (s[0] < 0x80) {
            std::uint64_t x;
            if (end - s >= 8 && (std::memcpy(&x, s, 8), (x & 0x8080808080808080ull) == 0)) {
                std::memcpy(o, &x, 8);  // eight ASCII bytes
                o += 8;
                s += 8;
            } else {
                *o++ = static_cast<char>(*s++);
            }
            continue;
        }
        if (end - s < 2) break;
        const unsigned lead = s[0] - kLeadFirst, trail = s[1] - kTrailFirst;
        if (lead >= kLeads || trail >= kTrails) break;
        const std::uint32_t e = entries[lead * kTrails + trail];
        if (e == 0) break;
        // Four bytes stored, two or three kept (the room has a margin).
        std::memcpy(o, &e, 4);
        o += (e >> 24) & 3u;
        if constexpr (kCount) {
            ++wide;
            han += e >> 31;
        }
        s += 2;
    }
    from = s;
    to = o;
    if constexpr (kCount) {
        counts.wide += wide;
        counts.han += han;
    }
}

// The conversion with the table. `kCount`: whether to count the output's characters (the
// detection does; a forced GB18030 does not pay for it).
template <bool kCount>
bool convert(const std::uint32_t* entries, std::string_view in, bool strict, std::string& out,
             std::vector<std::size_t>& replaced, std::size_t& bad_offset, CharCounts& counts) {
    const auto* const begin = reinterpret_cast<const unsigned char*>(in.data());
    const auto* const end = begin + in.size();
    // Room: convert_run() writes at most 1.5 times what it reads (three bytes for a
    // two-byte code); the slow path below makes room for itself first. So room for 1.5
    // times the input left, plus a margin, holds at every step.
    constexpr std::size_t kMargin = 32;
    out.resize(in.size() + in.size() / 2 + kMargin);
    char* o = out.data();
    const unsigned char* s = begin;
    std::optional<IconvToUtf8> conv;  // opened at the first character the table lacks
    for (;;) {
        convert_run<kCount>(entries, s, end, o, counts);
        if (s == end) break;
        // A four-byte code, a code the table lacks, or an invalid byte: iconv decides, on
        // at most eight bytes (a character has four) into at most 16.
        const std::size_t at = static_cast<std::size_t>(s - begin);
        const std::size_t left = static_cast<std::size_t>(end - s);
        const std::size_t w = static_cast<std::size_t>(o - out.data());
        const std::size_t need = left + left / 2 + 2 * kMargin;
        if (out.size() - w < need) out.resize(w + need);
        if (!conv) conv.emplace("GB18030");
        const char* src = in.data() + at;
        std::size_t src_left = std::min<std::size_t>(left, 8);
        char* dst = out.data() + w;
        std::size_t dst_left = 16;
        conv->step(&src, &src_left, &dst, &dst_left);
        const std::size_t used = static_cast<std::size_t>(src - (in.data() + at));
        if (used > 0) {
            if constexpr (kCount) count_utf8(out.data() + w, dst, counts);
            o = dst;
            s += used;
            continue;
        }
        // Nothing converted: an invalid or truncated sequence here, where iconv over the
        // whole input finds it too.
        if (strict) {
            bad_offset = at;
            out.resize(w);
            return false;
        }
        std::memcpy(out.data() + w, "\xEF\xBF\xBD", 3);
        replaced.push_back(w);
        if constexpr (kCount) ++counts.wide;  // U+FFFD: wide, not Han
        o = out.data() + w + 3;
        ++s;
        conv->reset();
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return true;
}

}  // namespace

bool gb18030_table_usable() { return table().usable; }

bool gb18030_to_utf8(std::string_view in, bool strict, std::string& out,
                     std::vector<std::size_t>& replaced, std::size_t& bad_offset,
                     CharCounts* counts) {
    const Table& t = table();
    CharCounts local;
    CharCounts& c = counts ? *counts : local;
    c = CharCounts{};
    if (!t.usable) {
        IconvToUtf8 conv("GB18030");
        if (!conv.run(in, 1, strict, out, replaced, bad_offset)) return false;
        if (counts) count_utf8(out.data(), out.data() + out.size(), c);
        return true;
    }
    return counts ? convert<true>(t.entries.data(), in, strict, out, replaced, bad_offset, c)
                  : convert<false>(t.entries.data(), in, strict, out, replaced, bad_offset, c);
}

}  // namespace govreport::input
