// JSON writer: token sequencing, indentation and string escaping.
// SPDX-License-Identifier: MIT
#include "export/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

#include <fmt/compile.h>
#include <fmt/format.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "export/json_fast.hpp"
#include "util/utf8.hpp"

namespace govreport::exporter {

namespace {

#ifdef __SSE2__
// How many of the 16 bytes at `p` (14 to 16) a JSON string holds as they are, when they
// are ASCII other than controls, quotes and backslashes, and whole three-byte sequences
// U+1000–U+FFFF but the surrogates (leads E1–EC, EE–EF), a sequence cut by the block's end
// left out; 0 otherwise. Han text with ASCII digits and punctuation, sixteen bytes per test
// where the word tests take six: the strings of an indicator are mostly such, and mostly
// shorter than the vector scans pay for.
inline unsigned plain_block_sse2(const char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
    const unsigned high = mask(x);  // bytes from 0x80 up
    const unsigned escape =
        mask(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                       _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                          _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x)));
    const unsigned continuation = mask(_mm_cmpeq_epi8(
        _mm_and_si128(x, _mm_set1_epi8(static_cast<char>(0xC0))), _mm_set1_epi8(static_cast<char>(0x80))));
    const unsigned lead = mask(_mm_andnot_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE0))),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xED)))),
        _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8(static_cast<char>(0xF0))),
                       _mm_set1_epi8(static_cast<char>(0xE0)))));
    // A lead in the last two bytes starts a sequence the block cuts: the block ends before it.
    const unsigned length = lead & 0x8000u ? 15 : lead & 0x4000u ? 14 : 16;
    const unsigned in = (1u << length) - 1;
    const unsigned leads = lead & in, expected = (leads << 1 | leads << 2);
    const bool plain = (escape & in) == 0 && (high & in) == ((leads | continuation) & in) &&
                       (expected & ~in) == 0 && (continuation & in) == expected;
    return plain ? length : 0;
}
#endif

// The longest prefix of [p, end) that a JSON string holds as it is: ASCII other than
// controls, quotes and backslashes, and well-formed UTF-8 sequences (almost all of a
// report). Ends at the first byte to escape or replace.
const char* plain_prefix_scalar(const char* p, const char* const end) {
    while (p < end) {
#ifdef __SSE2__
        if (end - p >= 16) {
            if (const unsigned n = plain_block_sse2(p)) {
                p += n;
                continue;
            }
        }
#endif
        if (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            if ((x & fast::kHighs) == 0 && !fast::needs_escape(x)) {  // eight plain ASCII bytes
                p += 8;
                continue;
            }
            if (util::starts_two_plain_three_byte(x)) {  // two Han characters
                p += 6;
                continue;
            }
        }
        const unsigned c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            if (c < 0x20 || c == '"' || c == '\\') break;
            ++p;
            continue;
        }
        // U+1000–U+FFFF but the surrogates (lead E1–EC, EE–EF): Han characters and CJK
        // punctuation, tested here without the general check's steps.
        if (end - p >= 3 && c - 0xE1u <= 0xEFu - 0xE1u && c != 0xEDu &&
            ((static_cast<unsigned char>(p[1]) ^ 0x80u) |
             (static_cast<unsigned char>(p[2]) ^ 0x80u)) < 0x40u) {
            p += 3;
            continue;
        }
        const std::size_t n = util::utf8_sequence_length(p, end);
        if (n == 0) break;
        p += n;
    }
    return p;
}

#ifdef __SSE2__
// The first control character, quote or backslash of [p, end), sixteen bytes per step
// (SSE2 is part of x86-64: no dispatch). Bytes from 0x80 up never match.
const char* find_escape_sse2(const char* p, const char* const end) {
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                  last_control = _mm_set1_epi8(0x1F);
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
            _mm_cmpeq_epi8(_mm_min_epu8(x, last_control), x));  // x <= 0x1F, unsigned
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(static_cast<unsigned>(mask));
    }
    for (; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c == '"' || c == '\\') break;
    }
    return p;
}
#endif

// Strings from this size on are scanned in two vector passes (bytes to escape, then
// UTF-8 validity up to the first of them): the bodies and titles, 1.1 MB of a 2.27 MB
// report's 4.9 MB of JSON. Shorter ones are not worth the two calls.
constexpr std::ptrdiff_t kVectorScanFrom = 64;

// The plain prefix of [p, end) (see plain_prefix_scalar()), with the vector passes for a
// long rest. `escape` caches where the next byte to escape lies (at or after p, or end;
// at or before p: not known), so that a long text with many invalid bytes is not searched
// again after each.
const char* plain_prefix(const char* p, const char* const end, const char*& escape) {
#ifdef __SSE2__
    if (end - p >= kVectorScanFrom) {
        if (escape <= p) escape = find_escape_sse2(p, end);
        // A sequence cut by `escape` is ill-formed either way: the byte there is ASCII.
        const std::size_t bad =
            util::find_invalid_utf8(std::string_view(p, static_cast<std::size_t>(escape - p)));
        return bad == std::string_view::npos ? escape : p + bad;
    }
#else
    (void)escape;
#endif
    return plain_prefix_scalar(p, end);
}

// Escapes [p, end) through `out` (put(const char*, n) and put(char)), without quotes.
template <class Out>
void escape_body(Out& out, const char* p, const char* const end) {
    static constexpr char kHex[] = "0123456789abcdef";
    const char* escape = p;
    while (p < end) {
        const char* const plain = plain_prefix(p, end, escape);
        out.put(p, static_cast<std::size_t>(plain - p));
        p = plain;
        if (p >= end) break;
        const unsigned char c = static_cast<unsigned char>(*p);
        ++p;
        if (c >= 0x80) {  // not well-formed UTF-8
            out.put("\xEF\xBF\xBD", 3);
            continue;
        }
        switch (c) {
            case '"': out.put("\\\"", 2); break;
            case '\\': out.put("\\\\", 2); break;
            case '\n': out.put("\\n", 2); break;
            case '\r': out.put("\\r", 2); break;
            case '\t': out.put("\\t", 2); break;
            case '\b': out.put("\\b", 2); break;
            case '\f': out.put("\\f", 2); break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                out.put(esc, 6);
            }
        }
    }
}

// Writes `s` as a JSON string literal through `out`.
template <class Out>
void escape_json(Out& out, std::string_view s) {
    out.put('"');
    escape_body(out, s.data(), s.data() + s.size());
    out.put('"');
}

// Writes into room claimed before (the compact fast paths): no checks.
struct InPlaceOut {
    char* p;
    void put(const char* s, std::size_t n) {
        std::memcpy(p, s, n);
        p += n;
    }
    void put(char c) { *p++ = c; }
};

struct StringOut {
    std::string& s;
    void put(const char* p, std::size_t n) { s.append(p, n); }
    void put(char c) { s.push_back(c); }
};

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    StringOut o{out};
    escape_json(o, s);
}

void JsonWriter::grow(std::size_t n) {
    // Keep what is written, then at least double the room (1 MiB chunks with a sink).
    const std::size_t used = static_cast<std::size_t>(cur_ - buf_.get());
    const std::size_t size = static_cast<std::size_t>(end_ - buf_.get());
    std::size_t capacity = size < 4096 ? 4096 : size * 2;
    while (capacity - used < n) capacity *= 2;
    std::unique_ptr<char[]> bigger(new char[capacity]);  // uninitialised: written before read
    if (used) std::memcpy(bigger.get(), buf_.get(), used);
    buf_ = std::move(bigger);
    cur_ = buf_.get() + used;
    end_ = buf_.get() + capacity;
}

void JsonWriter::reserve(std::size_t bytes) {
    if (static_cast<std::size_t>(end_ - cur_) < bytes) grow(bytes);
}

std::string JsonWriter::take() {
    std::string out(buf_.get(), static_cast<std::size_t>(cur_ - buf_.get()));
    buf_.reset();
    cur_ = end_ = nullptr;
    return out;
}

void JsonWriter::flush() {
    const std::size_t used = static_cast<std::size_t>(cur_ - buf_.get());
    if (used == 0) return;
    if (string_sink_)
        string_sink_->append(buf_.get(), used);
    else if (std::fwrite(buf_.get(), 1, used, sink_) != used)
        sink_failed_ = true;
    cur_ = buf_.get();
}

void JsonWriter::drain() {
    // 1 MiB chunks: few write calls, and the document never sits whole in memory.
    constexpr std::size_t kChunk = 1 << 20;
    if ((sink_ || string_sink_) && static_cast<std::size_t>(cur_ - buf_.get()) >= kChunk) flush();
}

bool JsonWriter::finish() {
    if (sink_ || string_sink_) flush();
    return !sink_failed_;
}

void JsonWriter::newline() {
    if (!pretty_) return;
    put('\n');
    for (std::size_t i = 0; i < depth_; ++i) put("  ", 2);
}

void JsonWriter::separate_pretty(std::size_t need) {
    if (state_ == kAfterValue) put(',');
    if (state_ != kAfterKey && depth_ > 0) newline();
    state_ = kAfterValue;
    if (static_cast<std::size_t>(end_ - cur_) < need) grow(need);
}

void JsonWriter::begin_object() {
    separate(1);
    *cur_++ = '{';
    state_ = kFirst;
    ++depth_;
}

void JsonWriter::end_object() {
    const bool had = state_ == kAfterValue;
    --depth_;
    if (had) newline();
    put('}');
    state_ = kAfterValue;
    drain();
}

void JsonWriter::begin_array() {
    separate(1);
    *cur_++ = '[';
    state_ = kFirst;
    ++depth_;
}

void JsonWriter::end_array() {
    const bool had = state_ == kAfterValue;
    --depth_;
    if (had) newline();
    put(']');
    state_ = kAfterValue;
    drain();
}

void JsonWriter::key(std::string_view name) {
    separate(name.size() + 4);
    // Keys are the exporter's own names (report_json.cpp: ASCII letters and _): copied
    // with their quotes and colon in one append. Escaping them byte by byte, in four
    // appends, was a fifth of the export.
    assert(std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }));
    char buf[64];
    if (name.size() <= 60) {
        buf[0] = '"';
        name.copy(buf + 1, name.size());
        buf[name.size() + 1] = '"';
        buf[name.size() + 2] = ':';
        buf[name.size() + 3] = ' ';
        put(buf, name.size() + (pretty_ ? 4 : 3));
    } else {
        escape_json(*this, name);
        put(':');
        if (pretty_) put(' ');
    }
    state_ = kAfterKey;
}

void JsonWriter::value(std::string_view s) {
    const std::size_t n = s.size();
    const char* const p = s.data();
    // Room for the common case: the string as it is, between its quotes.
    separate(n + 2);
    // Most strings are short ASCII (ids, numbers, kinds: 58,000 of a report's 85,000, most
    // under 8 bytes): tested and copied in place as one or two words.
    if (n <= 16 && fast::put_short_ascii(cur_, p, n)) {
        cur_ += n + 2;
        return;
    }
    const char* escape = p;
    const char* const plain = plain_prefix(p, p + n, escape);
    if (plain == p + n) {
        cur_[0] = '"';
        std::memcpy(cur_ + 1, p, n);
        cur_[n + 1] = '"';
        cur_ += n + 2;
        return;
    }
    put('"');
    put(p, static_cast<std::size_t>(plain - p));
    escape_body(*this, plain, p + n);
    put('"');
}

void JsonWriter::put_integer(std::int64_t v) { cur_ = fast::signed_decimal(cur_, v); }

void JsonWriter::value(std::int64_t v) {
    separate(21);
    put_integer(v);
}

void JsonWriter::value(std::uint64_t v) {
    separate(20);
    cur_ = fast::decimal(cur_, v);
}

void JsonWriter::value(double v) {
    separate(kNumberRoom);
    cur_ = put_double_in_place(cur_, v);
}

namespace {

// 10^0 to 10^15, exact in a double.
constexpr double kTens[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// The decimal m / 10^k that reads back as |v| (not whole, finite) with the fewest
// fractional digits k, found as fmt's shortest decimal would be but without its general
// machinery (dragonbox, a few hundred instructions): the numbers of a report are written
// with one or two decimals (8122.21, 5.2). m / 10^k with m < 10^15 converts exactly, and
// the division rounds as reading the decimal does, so "reads back" is a comparison; the
// candidates for each k are the integers next to |v| * 10^k, which is off by under one.
// Gives up (false) unless exactly one candidate of the fewest digits reads back (fmt
// would then pick the nearest), and from 15 significant digits or for |v| < 10^-3
// (fmt's exponent form begins below 10^-4).
bool shortest_fraction(double a, std::uint64_t& m, int& k) {
    if (!(a >= 1e-3)) return false;
    for (k = 1; k <= 15; ++k) {
        const double scaled = a * kTens[k];
        if (scaled >= 1e14) return false;
        const auto near = static_cast<std::uint64_t>(scaled + 0.5);
        int hits = 0;
        for (const std::uint64_t c : {near - 1, near, near + 1}) {
            if (static_cast<double>(c) / kTens[k] == a) {
                ++hits;
                m = c;
            }
        }
        if (hits == 1) return true;
        if (hits > 1) return false;
    }
    return false;
}

// Writes v (not whole, finite) as fmt's "{}" does when shortest_fraction() finds it: the
// plain form, with k fractional digits. nullptr when it gives up.
char* short_fraction(char* out, double v) {
    std::uint64_t m = 0;
    int k = 0;
    if (!shortest_fraction(std::fabs(v), m, k)) return nullptr;
    if (v < 0) *out++ = '-';
    out = fast::decimal(out, m / fast::kPowersOfTen[k]);
    *out++ = '.';
    std::uint64_t fraction = m % fast::kPowersOfTen[k];
    for (int i = k; i > 0; --i) {  // k digits, zeros first
        out[i - 1] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    return out + k;
}

}  // namespace

char* put_double_in_place(char* out, double v) {
    if (!std::isfinite(v)) return fast::literal(out, "null");
    // Whole numbers print without a fraction (81222100, not 81222100.0). Tested by a round
    // trip through int64 (exact below 1e15) instead of floor(), a library call.
    if (std::fabs(v) < 1e15) {
        const auto whole = static_cast<std::int64_t>(v);
        if (static_cast<double>(whole) == v) return fast::signed_decimal(out, whole);
    }
    // Otherwise the shortest decimal that reads back exactly: a few fractional digits for
    // most numbers of a report, else fmt's writer, formatted in place (the compiled format
    // calls it directly, where the run-time "{}" was parsed and format_to_n wrapped it).
    if (char* const end = short_fraction(out, v)) return end;
    return fmt::format_to(out, FMT_COMPILE("{}"), v);
}

#ifdef __SSE2__
namespace {

// Copies n <= 16 bytes as at most two overlapping words: no call for a size known only
// at run time.
inline void copy_short(char* out, const char* p, std::size_t n) {
    if (n >= 8) {
        std::uint64_t a, b;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
        std::memcpy(out, &a, 8);
        std::memcpy(out + n - 8, &b, 8);
    } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        std::memcpy(out, &a, 4);
        std::memcpy(out + n - 4, &b, 4);
    } else {
        for (std::size_t i = 0; i < n; ++i) out[i] = p[i];
    }
}

// For n <= 16: writes `"s"` at `out` when the n bytes at `p` are plain (see
// plain_block_sse2()), tested as one block padded with spaces; false, with nothing
// written, otherwise. An indicator's text and unit ("995件", "万元": 16,000 strings of the
// 2.27 MB sample) are short Han text, which took the scans' calls and steps.
inline bool put_short_plain(char* out, const char* p, std::size_t n) {
    char block[16];
    std::memset(block, ' ', sizeof block);  // plain ASCII after the string
    copy_short(block, p, n);
    if (plain_block_sse2(block) < n) return false;  // a sequence cut by the end: not plain
    out[0] = '"';
    copy_short(out + 1, p, n);
    out[n + 1] = '"';
    return true;
}

}  // namespace
#endif

char* put_escaped_in_place(char* out, std::string_view s) {
#ifdef __SSE2__
    if (s.size() <= 16 && put_short_plain(out, s.data(), s.size())) return out + s.size() + 2;
#endif
    InPlaceOut o{out};
    escape_json(o, s);
    return o.p;
}

void JsonWriter::value(bool v) {
    separate(5);
    if (v) {
        std::memcpy(cur_, "true", 4);
        cur_ += 4;
    } else {
        std::memcpy(cur_, "false", 5);
        cur_ += 5;
    }
}

void JsonWriter::null() {
    separate(4);
    std::memcpy(cur_, "null", 4);
    cur_ += 4;
}

}  // namespace govreport::exporter
