// JSON writer: token sequencing, indentation and string escaping.
// SPDX-License-Identifier: MIT
#include "export/json_writer.hpp"

#include <cmath>

#include "util/utf8.hpp"

namespace govreport::exporter {

void append_json_string(fmt::memory_buffer& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        // Copy runs of plain bytes at once: most of a report needs no escaping.
        const char* run = p;
        while (p < end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
            ++p;
        }
        out.append(run, p);
        if (p >= end) break;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            const std::size_t n = util::utf8_sequence_length(p, end);
            if (n == 0) {
                out.append(std::string_view("\xEF\xBF\xBD"));
                ++p;
            } else {
                out.append(p, p + n);
                p += n;
            }
            continue;
        }
        ++p;
        switch (c) {
            case '"': out.append(std::string_view("\\\"")); break;
            case '\\': out.append(std::string_view("\\\\")); break;
            case '\n': out.append(std::string_view("\\n")); break;
            case '\r': out.append(std::string_view("\\r")); break;
            case '\t': out.append(std::string_view("\\t")); break;
            case '\b': out.append(std::string_view("\\b")); break;
            case '\f': out.append(std::string_view("\\f")); break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                out.append(esc, esc + 6);
            }
        }
    }
    out.push_back('"');
}

void JsonWriter::newline() {
    if (!pretty_) return;
    out_.push_back('\n');
    for (std::size_t i = 0; i < has_items_.size(); ++i) out_.append(std::string_view("  "));
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
}

void JsonWriter::key(std::string_view name) {
    before_value();
    append_json_string(out_, name);
    out_.push_back(':');
    if (pretty_) out_.push_back(' ');
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    append_json_string(out_, s);
}

void JsonWriter::value(std::int64_t v) {
    before_value();
    fmt::format_to(std::back_inserter(out_), FMT_STRING("{}"), v);
}

void JsonWriter::value(std::uint64_t v) {
    before_value();
    fmt::format_to(std::back_inserter(out_), FMT_STRING("{}"), v);
}

void JsonWriter::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        out_.append(std::string_view("null"));
        return;
    }
    // Whole numbers print without a fraction (81222100, not 81222100.0); others as the
    // shortest decimal that reads back exactly.
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        fmt::format_to(std::back_inserter(out_), FMT_STRING("{}"), static_cast<std::int64_t>(v));
    else
        fmt::format_to(std::back_inserter(out_), FMT_STRING("{}"), v);
}

void JsonWriter::value(bool v) {
    before_value();
    out_.append(v ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null() {
    before_value();
    out_.append(std::string_view("null"));
}

std::string JsonWriter::take() { return fmt::to_string(out_); }

}  // namespace govreport::exporter
