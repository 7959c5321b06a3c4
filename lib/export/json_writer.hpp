// A small streaming JSON writer over an fmt memory buffer (compact or indented).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_JSON_WRITER_HPP
#define GOVREPORT_EXPORT_JSON_WRITER_HPP

#include <cstdint>
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

    std::string take();
    fmt::memory_buffer& buffer() { return out_; }

private:
    void before_value();
    void newline();

    fmt::memory_buffer out_;
    bool pretty_;
    // Per open container: has it written a member or element yet?
    std::vector<bool> has_items_;
    bool after_key_ = false;
};

/// Appends `s` as a JSON string literal (with quotes) to `out`.
void append_json_string(fmt::memory_buffer& out, std::string_view s);

}  // namespace govreport::exporter

#endif
