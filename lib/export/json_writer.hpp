// A small streaming JSON writer into a string or a FILE* (compact or indented).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_JSON_WRITER_HPP
#define GOVREPORT_EXPORT_JSON_WRITER_HPP

#include <cassert>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "export/json_fast.hpp"

namespace govreport::exporter {

/// Writes JSON tokens in order; commas, colons and indentation are handled here so that
/// the report serializer reads like the format it produces.
class JsonWriter {
public:
    explicit JsonWriter(bool pretty) : pretty_(pretty) {}
    /// Writes to `sink` in chunks instead of keeping the whole document in memory.
    JsonWriter(bool pretty, std::FILE* sink) : pretty_(pretty), sink_(sink) {}
    /// Appends to `sink` in chunks (finish() appends the rest).
    JsonWriter(bool pretty, std::string& sink) : pretty_(pretty), string_sink_(&sink) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Writes a member name (the exporter's own: ASCII letters, digits and _); the next
    /// value call writes its value.
    void key(std::string_view name);
    /// The same for a name written as a literal (all of report_json.cpp's): its size is
    /// known where it is written, so quotes, name and colon are copied inline, without
    /// the calls a run-time size needs. An export writes a few hundred thousand of them.
    template <std::size_t N>
    void key(const char (&name)[N]) {
        constexpr std::size_t n = N - 1;  // without the terminating zero
        separate(n + 4);
        cur_[0] = '"';
        std::memcpy(cur_ + 1, name, n);
        std::memcpy(cur_ + 1 + n, "\": ", 3);
        cur_ += n + (pretty_ ? 4 : 3);
        state_ = kAfterKey;
    }

    void value(std::string_view s);  ///< a string, escaped (invalid UTF-8 → U+FFFD)
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::int64_t v);
    void value(std::uint64_t v);
    void value(int v) { value(static_cast<std::int64_t>(v)); }
    void value(double v);
    void value(bool v);
    void null();

    /// Whether this writer indents (the compact form's fast paths write in place instead).
    bool pretty() const { return pretty_; }
    /// For a fast path that writes a whole value in place, compact form only: the separator
    /// before the value and room for `max` bytes of it, written from the returned pointer
    /// without further checks; end_in_place() takes the end.
    char* begin_in_place(std::size_t max) {
        assert(!pretty_);
        separate(max);
        return cur_;
    }
    void end_in_place(char* end) {
        cur_ = end;
        drain();  // where end_object() drained: the same chunks reach the sink
    }

    /// Room for `bytes` more without growing (a writer without a sink).
    void reserve(std::size_t bytes);
    /// Bytes that fit before the buffer next grows (the tests place strings at its end).
    std::size_t room() const { return static_cast<std::size_t>(end_ - cur_); }
    /// Appends raw bytes (a final line end).
    void raw(std::string_view bytes) { put(bytes.data(), bytes.size()); }
    /// The document written so far (a writer without a sink).
    std::string take();
    /// Writes what is left to the sink (either kind); false if any write to a file failed.
    bool finish();

    // Appends bytes to the buffer: inline, since a document is made of a few million
    // small pieces (a library call per piece was a fifth of the export, issue 6).
    void put(const char* p, std::size_t n) {
        if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
        std::memcpy(cur_, p, n);
        cur_ += n;
    }
    void put(char c) {
        if (cur_ == end_) grow(1);
        *cur_++ = c;
    }

private:
    // Where the writer is: the next value or key follows the start of a container (or of
    // the document), a value (a comma first) or a key (nothing between).
    enum State : unsigned char { kFirst, kAfterValue, kAfterKey };

    // Separator before a value or key, with room for `need` bytes after it: the comma
    // after an earlier item (and the line break in the indented form). Inline: it precedes
    // every token. The compact form stores the comma whether or not it is due and keeps it
    // by advancing over it: no branch on the writer's state. Only one value at the top
    // level: a second one would follow a comma.
    void separate(std::size_t need) {
        if (pretty_) {
            separate_pretty(need);
            return;
        }
        if (static_cast<std::size_t>(end_ - cur_) < need + 1) grow(need + 1);
        *cur_ = ',';
        cur_ += state_ == kAfterValue;
        state_ = kAfterValue;
    }
    void separate_pretty(std::size_t need);
    void newline();
    void put_integer(std::int64_t v);  // in decimal, after separate(21)
    void drain();  // flush() once a chunk is written
    void flush();  // the written bytes to the sink
    void grow(std::size_t n);

    // Storage: [buf_, cur_) written, [cur_, end_) room. Not a std::string: its resize
    // zero-fills the room first (a megabyte per export).
    std::unique_ptr<char[]> buf_;
    char* cur_ = nullptr;
    char* end_ = nullptr;
    bool pretty_;
    std::FILE* sink_ = nullptr;
    std::string* string_sink_ = nullptr;
    bool sink_failed_ = false;
    State state_ = kFirst;
    std::size_t depth_ = 0;  // open containers
};

// In-place values for the compact fast paths (compact_records.hpp): each writes at `out`,
// with room claimed by the caller, and returns the end; the bytes are value()'s.

/// Room for any string of `n` bytes: \u00XX is the longest escape of one byte.
constexpr std::size_t string_room(std::size_t n) { return 6 * n + 2; }
/// Room for any number (the longest shortest decimal of a double is 24 bytes).
constexpr std::size_t kNumberRoom = 32;
/// `s` as value(std::string_view) writes it, by the scans and escapes.
char* put_escaped_in_place(char* out, std::string_view s);
/// `s` as value(std::string_view) writes it. Inline: the short ASCII strings (ids, kinds,
/// numbers as written) are tested and copied where they are written, with no call.
__attribute__((always_inline)) inline char* put_string_in_place(char* out, std::string_view s) {
    if (s.size() <= 16 && fast::put_short_ascii(out, s.data(), s.size())) return out + s.size() + 2;
    return put_escaped_in_place(out, s);
}
/// `v` as value(double) writes it.
char* put_double_in_place(char* out, double v);

/// Appends `s` as a JSON string literal (with quotes) to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace govreport::exporter

#endif
