// JSON writer: token sequencing, indentation and string escaping.
// SPDX-License-Identifier: MIT
#include "export/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "util/utf8.hpp"

namespace govreport::exporter {

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        // Copy runs that need no escaping at once: ASCII other than controls, quotes and
        // backslashes, and well-formed UTF-8 sequences (almost all of a report).
        const char* run = p;
        while (p < end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') break;
                ++p;
                continue;
            }
            // Han characters and CJK punctuation (lead E1–EC, EE–EF, two continuation
            // bytes): well-formed without the general check.
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
        out.append(run, p);
        if (p >= end) break;
        const unsigned char c = static_cast<unsigned char>(*p);
        ++p;
        if (c >= 0x80) {  // not well-formed UTF-8
            out.append("\xEF\xBF\xBD");
            continue;
        }
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                out.append(esc, 6);
            }
        }
    }
    out.push_back('"');
}

void JsonWriter::drain() {
    // 1 MiB chunks: few write calls, and the document never sits whole in memory.
    constexpr std::size_t kChunk = 1 << 20;
    if (!sink_ || out_.size() < kChunk) return;
    if (std::fwrite(out_.data(), 1, out_.size(), sink_) != out_.size()) sink_failed_ = true;
    out_.clear();
}

bool JsonWriter::finish() {
    if (sink_ && !out_.empty()) {
        if (std::fwrite(out_.data(), 1, out_.size(), sink_) != out_.size()) sink_failed_ = true;
        out_.clear();
    }
    return !sink_failed_;
}

void JsonWriter::newline() {
    if (!pretty_) return;
    out_.push_back('\n');
    out_.append(2 * has_items_.size(), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!has_items_.empty()) {
        if (has_items_.back()) out_.push_back(',');
        has_items_.back() = true;
        newline();
    }
}

void JsonWriter::begin_object() {
    before_value();
    out_.push_back('{');
    has_items_.push_back(false);
}

void JsonWriter::end_object() {
    const bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    out_.push_back('}');
    drain();
}

void JsonWriter::begin_array() {
    before_value();
    out_.push_back('[');
    has_items_.push_back(false);
}

void JsonWriter::end_array() {
    const bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    out_.push_back(']');
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
    if (name.size() <= 60) {
        char buf[64];
        buf[0] = '"';
        name.copy(buf + 1, name.size());
        buf[name.size() + 1] = '"';
        buf[name.size() + 2] = ':';
        buf[name.size() + 3] = ' ';
        out_.append(buf, name.size() + (pretty_ ? 4 : 3));
    } else {
        append_json_string(out_, name);
        out_.push_back(':');
        if (pretty_) out_.push_back(' ');
    }
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    append_json_string(out_, s);
}

// Integers through fmt::format_int: no format string to interpret, one append.
void JsonWriter::value(std::int64_t v) {
    before_value();
    const fmt::format_int digits(v);
    out_.append(digits.data(), digits.size());
}

void JsonWriter::value(std::uint64_t v) {
    before_value();
    const fmt::format_int digits(v);
    out_.append(digits.data(), digits.size());
}

void JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        out_.append("null");
        return;
    }
    // Whole numbers print without a fraction (81222100, not 81222100.0); others as the
    // shortest decimal that reads back exactly.
    if (std::fabs(v) < 1e15 && v == std::floor(v)) {
        const fmt::format_int digits(static_cast<std::int64_t>(v));
        out_.append(digits.data(), digits.size());
    } else {
        fmt::format_to(std::back_inserter(out_), FMT_STRING("{}"), v);
    }
}

void JsonWriter::value(bool v) {
    before_value();
    out_.append(v ? "true" : "false");
}

void JsonWriter::null() {
    before_value();
    out_.append("null");
}

}  // namespace govreport::exporter
