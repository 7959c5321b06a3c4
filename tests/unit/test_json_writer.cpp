// JsonWriter's string paths and string sink against a byte-by-byte escaper and the whole document.
// SPDX-License-Identifier: MIT
// The paths: short ASCII in place, the scalar scan, the vector scans of long strings, and
// append_json_string; at every length to 100, with every kind of byte at every position and
// at the end of the buffer's room.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_writer.hpp"
#include "json_reference.hpp"
#include "test_support.hpp"
#include "util/utf8.hpp"

using govreport::exporter::JsonWriter;
using test_support::Lcg;

namespace {

// One decision per byte or sequence: the escaper the fast paths must agree with.
std::string reference(std::string_view s) { return test_support::reference_json_string(s); }

// A string of exactly `length` bytes from `pieces` (the last gap filled with ASCII).
std::string text_of_length(Lcg& rng, const std::vector<std::string_view>& pieces,
                           std::size_t length) {
    std::string s;
    for (int tries = 0; s.size() < length && tries < 1000; ++tries) {
        const std::string_view piece =
            pieces[rng.below(static_cast<std::uint32_t>(pieces.size()))];
        if (s.size() + piece.size() <= length) s += piece;
    }
    s.resize(length, 'q');
    return s;
}

// `s` written as one value by a fresh writer, after `filler` bytes that leave `room` bytes
// of the first buffer (room > 4096: no filler).
std::string written(std::string_view s, std::size_t room = 5000) {
    JsonWriter w(false);
    w.reserve(1);
    const std::size_t before = w.room();
    std::string filler;
    if (room < before) filler.assign(before - room, 'x');
    w.raw(filler);
    if (room < before) REQUIRE(w.room() == room);
    w.value(s);
    std::string out = w.take();
    REQUIRE(out.compare(0, filler.size(), filler) == 0);
    return out.substr(filler.size());
}

std::string appended(std::string_view s) {
    std::string out = "[";
    govreport::exporter::append_json_string(out, s);
    return out.substr(1);
}

// Plain strings of one kind each: ASCII, Han, mixed with 2- and 4-byte characters.
const std::vector<std::vector<std::string_view>> kKinds = {
    {"a", "Z", "0", " ", "-", "~", ".", "abcdefgh"},
    {"法", "治", "。", "（", "亿", "元"},
    {"a", "7", "é", "×", "一", "，", "😀", "%", "\xE0\xA4\x85", "\xED\x9F\xBF", "\xEF\xBF\xBF",
     "\xF4\x8F\xBF\xBF"},
};

// Bytes put in place of one byte: each escape, ASCII, and every kind of ill-formed byte.
const unsigned char kSpecial[] = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, '"', '\\',
                                  ' ',  '/',  0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                  0xE5, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};

}  // namespace

TEST_CASE("JsonWriter strings of every length, with any byte anywhere, match a byte-by-byte "
          "escaper", "[json][speed]") {
    Lcg rng(6);
    for (std::size_t kind = 0; kind < kKinds.size(); ++kind) {
        for (std::size_t length = 0; length <= 100; ++length) {
            const std::string plain = text_of_length(rng, kKinds[kind], length);
            INFO("kind " << kind << ", length " << length);
            REQUIRE(written(plain) == reference(plain));
            REQUIRE(appended(plain) == reference(plain));
            for (std::size_t at = 0; at < length; ++at) {
                for (const unsigned char c : kSpecial) {
                    std::string s = plain;
                    s[at] = static_cast<char>(c);
                    INFO("byte " << int{c} << " at " << at);
                    const std::string want = reference(s);
                    REQUIRE(written(s) == want);
                    REQUIRE(appended(s) == want);
                }
            }
        }
    }
}

TEST_CASE("JsonWriter strings at the end of the buffer's room match a byte-by-byte escaper",
          "[json][speed]") {
    Lcg rng(7);
    std::vector<std::string> samples = {"", "\"", "\\\\", "\x01", "\xFF"};
    for (std::size_t length = 0; length <= 40; ++length)
        for (const auto& kind : kKinds) samples.push_back(text_of_length(rng, kind, length));
    samples.push_back(text_of_length(rng, kKinds[2], 70) + "\n" +
                      text_of_length(rng, kKinds[1], 70));
    for (const std::string& s : samples) {
        const std::string want = reference(s);
        for (std::size_t room = 0; room <= 48; ++room) {
            INFO("length " << s.size() << ", room " << room);
            REQUIRE(written(s, room) == want);
        }
    }
}

TEST_CASE("JsonWriter long strings with many escapes and ill-formed bytes match a "
          "byte-by-byte escaper", "[json][speed]") {
    Lcg rng(8);
    const char* const pieces[] = {"法治", "abcdefgh", "。", "\"", "\\", "\n", "\x80", "\xFF",
                                  "\xE5\x90", "😀", "é", "\xED\xA0\x80", "\xE0\x80\xAF"};
    for (int round = 0; round < 300; ++round) {
        std::string s;
        // Long runs of one piece and mixtures: the vector scans' blocks hold either.
        const std::size_t count = 1 + rng.below(400);
        const char* const run = pieces[rng.below(13)];
        for (std::size_t i = 0; i < count; ++i) s += rng.below(4) ? run : pieces[rng.below(13)];
        INFO("round " << round);
        const std::string want = reference(s);
        REQUIRE(written(s) == want);
        REQUIRE(appended(s) == want);
    }
    // A legacy-encoded text: almost every byte ill-formed, over several buffers.
    std::string gbk;
    for (int i = 0; i < 20000; ++i) gbk += static_cast<char>(0x81 + rng.below(0x7E));
    REQUIRE(written(gbk) == reference(gbk));
}

TEST_CASE("JsonWriter appends to a string sink in chunks the bytes it keeps whole",
          "[json]") {
    Lcg rng(9);
    std::vector<std::string> items;
    for (int i = 0; i < 40; ++i) items.push_back(std::string(rng.below(30), 'a') + "法治");
    for (const bool pretty : {false, true}) {
        std::string sunk = "prefix";
        JsonWriter whole(pretty), chunked(pretty, sunk);
        for (JsonWriter* w : {&whole, &chunked}) {
            // Over two 1 MiB chunks, drained at the ends of the inner arrays.
            w->begin_array();
            for (int i = 0; i < 3000; ++i) {
                w->begin_array();
                for (const std::string& item : items) w->value(item);
                w->value(std::uint64_t{12345});
                w->end_array();
            }
            w->end_array();
        }
        REQUIRE(chunked.finish());
        const std::string expected = whole.take();
        REQUIRE(expected.size() > (std::size_t{2} << 20));
        REQUIRE(sunk == "prefix" + expected);
    }
}
