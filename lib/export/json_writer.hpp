// A small streaming JSON writer into a string or a FILE* (compact or indented).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_JSON_WRITER_HPP
#define GOVREPORT_EXPORT_JSON_WRITER_HPP

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace govreport::exporter {

/// Writes JSON tokens in order; commas, colons and indentation are handled here so that
/// the report serializer reads like the format it produces.
class JsonWriter {
public:
    explicit JsonWriter(bool pretty) : pretty_(pretty) {}
    /// Writes to `sink` in chunks instead of keeping the whole document in memory.
    JsonWriter(bool pretty, std::FILE* sink) : pretty_(pretty), sink_(sink) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Writes a member name; the next value call writes its value.
    void key(std::string_view name);

    void value(std::string_view s);  ///< a string, escaped (invalid UTF-8 → U+FFFD)
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::int64_t v);
    void value(std::uint64_t v);
    void value(int v) { value(static_cast<std::int64_t>(v)); }
    void value(double v);
    void value(bool v);
    void null();

    /// The document written so far (a writer without a sink).
    std::string take() { return std::move(out_); }
    std::string& buffer() { return out_; }
    /// Writes what is left to the sink; false if any write to it failed.
    bool finish();

private:
    void before_value();
    void newline();
    void drain();

    std::string out_;
    bool pretty_;
    std::FILE* sink_ = nullptr;
    bool sink_failed_ = false;
    // Per open container: has it written a member or element yet?
    std::vector<unsigned char> has_items_;  // not vector<bool>: read at every token
    bool after_key_ = false;
};

/// Appends `s` as a JSON string literal (with quotes) to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace govreport::exporter

#endif
