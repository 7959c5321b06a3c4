// JSON writer: token sequencing, indentation and string escaping.
// SPDX-License-Identifier: MIT
#include "export/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace govreport::exporter {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// True when one of the eight ASCII bytes of `x` must be escaped: a control character, a
// quote or a backslash (the classic "has a zero byte" tests, bytes below 0x80).
inline bool needs_escape(std::uint64_t x) {
    const std::uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
    return (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
            ((backslash - kOnes) & ~backslash)) & kHighs;
}

// Writes `s` as a JSON string literal through `out` (put(const char*, n) and put(char)).
template <class Out>
void escape_json(Out& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.put('"');
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
        // Copy runs that need no escaping at once: ASCII other than controls, quotes and
        // backslashes, and well-formed UTF-8 sequences (almost all of a report).
        const char* run = p;
        while (p < end) {
            if (end - p >= 8) {
                std::uint64_t x;
                std::memcpy(&x, p, 8);
                if ((x & kHighs) == 0 && !needs_escape(x)) {  // eight plain ASCII bytes
                    p += 8;
                    continue;
                }
                if (util::starts_two_plain_three_byte(x)) {  // two Han characters
                    p += 6;
                    continue;
                }
            }
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') break;
                ++p;
                continue;
            }
            const std::size_t n = util::utf8_sequence_length(p, end);
            if (n == 0) break;
            p += n;
        }
        out.put(run, static_cast<std::size_t>(p - run));
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
    out.put('"');
}

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
    const std::size_t used = cur_ ? static_cast<std::size_t>(cur_ - out_.data()) : 0;
    std::size_t capacity = out_.size() < 4096 ? 4096 : out_.size() * 2;
    while (capacity - used < n) capacity *= 2;
    out_.resize(capacity);
    cur_ = out_.data() + used;
    end_ = out_.data() + out_.size();
}

void JsonWriter::reserve(std::size_t bytes) {
    if (static_cast<std::size_t>(end_ - cur_) < bytes) grow(bytes);
}

std::string JsonWriter::take() {
    out_.resize(cur_ ? static_cast<std::size_t>(cur_ - out_.data()) : 0);
    cur_ = end_ = nullptr;
    return std::move(out_);
}

void JsonWriter::drain() {
    // 1 MiB chunks: few write calls, and the document never sits whole in memory.
    constexpr std::size_t kChunk = 1 << 20;
    if (!sink_ || !cur_) return;
    const std::size_t used = static_cast<std::size_t>(cur_ - out_.data());
    if (used < kChunk) return;
    if (std::fwrite(out_.data(), 1, used, sink_) != used) sink_failed_ = true;
    cur_ = out_.data();
}

bool JsonWriter::finish() {
    if (sink_ && cur_) {
        const std::size_t used = static_cast<std::size_t>(cur_ - out_.data());
        if (used && std::fwrite(out_.data(), 1, used, sink_) != used) sink_failed_ = true;
        cur_ = out_.data();
    }
    return !sink_failed_;
}

void JsonWriter::newline() {
    if (!pretty_) return;
    put('\n');
    for (std::size_t i = 0; i < has_items_.size(); ++i) put("  ", 2);
}

void JsonWriter::begin_object() {
    before_value();
    put('{');
    has_items_.push_back(false);
}

void JsonWriter::end_object() {
    const bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    put('}');
    drain();
}

void JsonWriter::begin_array() {
    before_value();
    put('[');
    has_items_.push_back(false);
}

void JsonWriter::end_array() {
    const bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    put(']');
    drain();
}

void JsonWriter::key(std::string_view name) {
    before_value();
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
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    escape_json(*this, s);
}

// Integers through fmt::format_int: no format string to interpret, one append.
void JsonWriter::value(std::int64_t v) {
    before_value();
    const fmt::format_int digits(v);
    put(digits.data(), digits.size());
}

void JsonWriter::value(std::uint64_t v) {
    before_value();
    const fmt::format_int digits(v);
    put(digits.data(), digits.size());
}

void JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        put("null", 4);
        return;
    }
    // Whole numbers print without a fraction (81222100, not 81222100.0); others as the
    // shortest decimal that reads back exactly.
    if (std::fabs(v) < 1e15 && v == std::floor(v)) {
        const fmt::format_int digits(static_cast<std::int64_t>(v));
        put(digits.data(), digits.size());
    } else {
        // The shortest decimal that reads back exactly.
        char buf[64];
        const auto r = fmt::format_to_n(buf, sizeof buf, FMT_STRING("{}"), v);
        put(buf, r.size);
    }
}

void JsonWriter::value(bool v) {
    before_value();
    if (v) put("true", 4); else put("false", 5);
}

void JsonWriter::null() {
    before_value();
    put("null", 4);
}

}  // namespace govreport::exporter
