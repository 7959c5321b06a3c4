// The compact JSON fast paths (json_fast.hpp, compact_records.hpp) against the slow paths they replace.
// SPDX-License-Identifier: MIT
// Integers against std::to_string over every number below a million and every edge of a
// digit count; spans against the token calls; doubles against the writer's former
// formatting; whole documents: compact == the indented form (all token calls) without its
// whitespace.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <govreport/parse.hpp>

#include "export/compact_records.hpp"
#include "export/json_fast.hpp"
#include "export/json_writer.hpp"
#include "json_reference.hpp"
#include "test_support.hpp"

using govreport::Span;
using govreport::exporter::JsonWriter;
namespace fast = govreport::exporter::fast;
using test_support::Lcg;

namespace {

std::string decimal_of(std::uint64_t v) {
    char buf[24];
    return std::string(buf, fast::decimal(buf, v));
}

// The general routine, which decimal() keeps for numbers from 10^8 on, at any number.
std::string long_decimal_of(std::uint64_t v) {
    char buf[24];
    return std::string(buf, fast::long_decimal(buf, v));
}

// Numbers at every edge of a digit count and of a power of two, and the largest.
std::vector<std::uint64_t> edge_numbers() {
    std::vector<std::uint64_t> out = {0, 1, std::numeric_limits<std::uint64_t>::max(),
                                      std::numeric_limits<std::uint64_t>::max() - 1};
    for (std::uint64_t p = 1;; p *= 10) {
        for (std::uint64_t d = 0; d < 3; ++d) out.insert(out.end(), {p + d, p - d});
        if (p > std::numeric_limits<std::uint64_t>::max() / 10) break;
    }
    for (int bit = 0; bit < 64; ++bit) {
        const std::uint64_t p = std::uint64_t{1} << bit;
        out.insert(out.end(), {p, p - 1, p + 1});
    }
    return out;
}

// A 64-bit number of a random bit length (all digit counts, not mostly 19 or 20).
std::uint64_t random_number(Lcg& rng) {
    const std::uint64_t x = std::uint64_t{rng.next()} << 32 | rng.next();
    const unsigned bits = rng.below(65);
    return bits == 64 ? x : x & ((std::uint64_t{1} << bits) - 1);
}

// The span as the indented form writes it: one token call each (the slow path).
void span_by_tokens(JsonWriter& w, const Span& s) {
    w.begin_object();
    w.key("start"); w.value(s.start);
    w.key("end"); w.value(s.end);
    w.key("char_start"); w.value(s.char_start);
    w.key("char_end"); w.value(s.char_end);
    w.end_object();
}

// JsonWriter::value(double) before the fast path: floor() and fmt's run-time "{}".
std::string former_double(double v) {
    if (!std::isfinite(v)) return "null";
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return std::to_string(static_cast<long long>(v));
    return fmt::format("{}", v);
}

std::string writer_double(double v) {
    JsonWriter w(false);
    w.value(v);
    return w.take();
}

// The compact form of an indented document: its whitespace outside strings removed
// (inside them, line ends and controls are escaped).
std::string without_indentation(const std::string& pretty) {
    std::string out;
    bool in_string = false, escaped = false;
    for (const char c : pretty) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == ' ' || c == '\n') {
            continue;
        }
        out += c;
    }
    return out;
}

// A string from pieces of every kind the string paths tell apart: ASCII, Han, 2- and 4-byte
// characters, the leads E0 and ED, bytes to escape and ill-formed bytes.
std::string random_string(Lcg& rng, std::size_t pieces) {
    static const char* const kPieces[] = {
        "a", "7", "i12", "abcdefgh", " ", "法", "治", "。", "亿元", "é", "😀", "\xE0\xA4\x85",
        "\xED\x9F\xBF", "\xEF\xBF\xBF", "\"", "\\", "\n", "\x01", "\x1F", "\x7F", "\x80",
        "\xFF", "\xE5\x90", "\xED\xA0\x80", "\xE0\x80\xAF", "\xC0\xAF"};
    std::string s;
    for (std::size_t i = 0; i < pieces; ++i) {
        // Mostly Han and ASCII, as a report's strings are.
        const std::uint32_t k = rng.below(4) ? rng.below(9) : rng.below(26);
        s += kPieces[k];
    }
    return s;
}

// An indicator with each optional member drawn: values, ranges, changes, references that
// lead somewhere or nowhere, strings with bytes to escape.
govreport::Indicator random_indicator(Lcg& rng, std::size_t index) {
    govreport::Indicator x;
    x.id = rng.below(10) ? "i" + std::to_string(index + 1) : random_string(rng, 3);
    x.text = random_string(rng, rng.below(12));
    x.has_value = rng.below(5) != 0;
    x.value = static_cast<double>(rng.below(1000000)) / (rng.below(2) ? 100.0 : 1.0);
    x.value_text = rng.below(8) ? std::to_string(rng.below(100000)) : random_string(rng, 4);
    if (rng.below(3) == 0) x.value_max = x.value + rng.below(100) / 3.0;
    x.scale = rng.below(3) == 0 ? 1e4 : rng.below(2) ? 1.0 : 1e8;
    x.normalized = x.value * x.scale;
    x.unit = random_string(rng, rng.below(3));
    x.kind = static_cast<govreport::IndicatorKind>(rng.below(8));
    x.qualifier = static_cast<govreport::Qualifier>(rng.below(5));
    if (rng.below(3) == 0) {
        govreport::Change c;
        c.up = rng.below(2) != 0;
        c.basis = rng.below(2) ? random_string(rng, 2) : "";
        c.from = rng.below(3) ? rng.below(static_cast<std::uint32_t>(index + 1)) : govreport::npos;
        x.change = c;
    }
    x.metric = random_string(rng, rng.below(20));
    x.per = rng.below(4) ? "" : random_string(rng, 2);
    x.chinese_numeral = rng.below(2) != 0;
    x.measure = rng.below(3) ? rng.below(4) : govreport::npos;  // 3 measures: 3 leads nowhere
    x.period = rng.below(3) ? rng.below(3) : govreport::npos;
    x.span = {random_number(rng), random_number(rng), random_number(rng), random_number(rng)};
    return x;
}

}  // namespace

TEST_CASE("fast::decimal writes every number below a million as std::to_string does",
          "[json][fast]") {
    for (std::uint64_t v = 0; v < 1000000; ++v) {
        if (decimal_of(v) != std::to_string(v) || long_decimal_of(v) != std::to_string(v)) {
            FAIL_CHECK(v << " -> " << decimal_of(v));
            break;
        }
    }
}

TEST_CASE("fast::decimal writes the edges of every digit count and random numbers",
          "[json][fast]") {
    for (const std::uint64_t v : edge_numbers()) {
        INFO(v);
        CHECK(decimal_of(v) == std::to_string(v));
        CHECK(long_decimal_of(v) == std::to_string(v));
        CHECK(fast::decimal_digits(v) == static_cast<int>(std::to_string(v).size()));
    }
    Lcg rng(6);
    for (int i = 0; i < 1000000; ++i) {
        const std::uint64_t v = random_number(rng);
        if (decimal_of(v) != std::to_string(v)) {
            FAIL_CHECK(v << " -> " << decimal_of(v));
            break;
        }
    }
}

TEST_CASE("fast::div100 divides every four-digit group by 100", "[json][fast]") {
    for (std::uint32_t x = 0; x < 10000; ++x) REQUIRE(fast::div100(x) == x / 100);
}

TEST_CASE("write_span_compact writes the bytes of the token calls", "[json][fast]") {
    const std::vector<std::uint64_t> edges = edge_numbers();
    Lcg rng(14);
    for (int i = 0; i < 20000; ++i) {
        Span s;
        for (std::uint64_t* field : {&s.start, &s.end, &s.char_start, &s.char_end})
            *field = i % 2 ? edges[rng.below(static_cast<std::uint32_t>(edges.size()))]
                           : random_number(rng);
        // First in an array (no comma), after a value (a comma), after a key (none).
        JsonWriter slow(false), quick(false);
        for (JsonWriter* w : {&slow, &quick}) {
            w->begin_array();
            for (int k = 0; k < 2; ++k) {
                if (w == &slow) span_by_tokens(*w, s);
                else govreport::exporter::write_span_compact(*w, s);
            }
            w->begin_object();
            w->key("span");
            if (w == &slow) span_by_tokens(*w, s);
            else govreport::exporter::write_span_compact(*w, s);
            w->end_object();
            w->end_array();
        }
        const std::string expected = slow.take(), got = quick.take();
        if (got != expected) {
            FAIL_CHECK(got << "\n!=\n" << expected);
            break;
        }
    }
}

TEST_CASE("JsonWriter::value(double) writes what floor() and fmt's run-time format wrote",
          "[json][fast]") {
    std::vector<double> values = {0.0, -0.0, 1.0, -1.0, 0.5, 1e15, -1e15, 1e15 - 1, -(1e15 - 1),
                                  999999999999999.5, 1e16, 1e300, 1e-300, 5e-324, 0.1, 0.3,
                                  8122.21, 81222100.0, 81222099.99999999, 2.5e-5, 1234.5678,
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::lowest(),
                                  std::numeric_limits<double>::min(),
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::quiet_NaN()};
    Lcg rng(3);
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = std::uint64_t{rng.next()} << 32 | rng.next();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        values.push_back(v);  // any double, NaNs and denormals included
        // Decimals as a report writes them, and their values in 万 and 亿.
        const double written = static_cast<double>(rng.below(10000000)) / 100.0;
        values.insert(values.end(), {written, -written, written * 1e4, written * 1e8,
                                     static_cast<double>(rng.below(1000000)) * 1e9});
    }
    for (const double v : values) {
        const std::string expected = former_double(v), got = writer_double(v);
        if (got != expected) {
            FAIL_CHECK(fmt::format("{} -> {} != {}", v, got, expected));
            break;
        }
    }
}

TEST_CASE("JsonWriter::value(double) writes decimals of up to six places, their neighbours "
          "and their values in 万 and 亿 as fmt's shortest form", "[json][fast]") {
    // The fractions short_fraction() writes itself, and the doubles next to them (17
    // digits: fmt's), every one of up to six places below 100,000 / 10^places.
    const double tens[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    for (int places = 1; places <= 6; ++places) {
        for (int i = 0; i < 100000; ++i) {
            const double v = i / tens[places];
            for (const double x : {v, -v, std::nextafter(v, 0.0), std::nextafter(v, 1e300),
                                   v * 1e4, v * 1e8, v + 123456789.0, v * 3.0}) {
                const std::string expected = former_double(x), got = writer_double(x);
                if (got != expected) {
                    FAIL_CHECK(fmt::format("{} -> {} != {}", x, got, expected));
                    return;
                }
            }
        }
    }
}

TEST_CASE("Compact JSON (fast paths) is the indented JSON (token calls) without whitespace",
          "[json][fast]") {
    // Ours, every report of the shared corpus (when there), and one with bytes to escape.
    std::vector<std::string> texts = {
        test_support::read_file(test_support::data_path("thematic-2024.txt")),
        "\xEF\xBB\xBF\u67d0\u5e02\\2024\"\t\u5e74\u62a5\u544a\x01\n\n\u4e00\u3001\u5de5\u4f5c\n"
        "\u5b8c\u6210\u6295\u8d44 8122.21 \u4e07\u5143\xFF\uff0c\u589e\u957f 5.2%\u3002\n"};
    if (const auto seed = test_support::seed_path()) {
        const auto corpus = std::filesystem::path(*seed).parent_path().parent_path();
        for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus))
            if (entry.is_regular_file() && entry.path().extension() == ".txt")
                texts.push_back(test_support::read_file(entry.path().string()));
    }
    for (const std::string& text : texts) {
        const govreport::Report r = govreport::parse(text);
        govreport::JsonOptions pretty;
        pretty.pretty = true;
        const std::string compact = govreport::to_json(r);
        INFO("input of " << text.size() << " bytes");
        CHECK(compact == without_indentation(govreport::to_json(r, pretty)));
    }
}

TEST_CASE("put_string_in_place writes what value() and a byte-by-byte escaper write",
          "[json][fast]") {
    Lcg rng(21);
    for (int i = 0; i < 100000; ++i) {
        const std::string s = random_string(rng, rng.below(30));
        std::vector<char> room(govreport::exporter::string_room(s.size()));
        const char* const end = govreport::exporter::put_string_in_place(room.data(), s);
        JsonWriter w(false);
        w.value(s);
        const std::string got(static_cast<const char*>(room.data()), end), expected = w.take();
        if (got != expected || got != test_support::reference_json_string(s)) {
            FAIL_CHECK("string of " << s.size() << " bytes: " << got << " != " << expected);
            break;
        }
    }
}

TEST_CASE("put_string_in_place: short strings of every kind, with any byte anywhere, match a "
          "byte-by-byte escaper", "[json][fast]") {
    // Every length around the short paths (16 bytes), each byte replaced in turn by each
    // kind of byte: quotes, controls, ill-formed and lead bytes that a block test could miss.
    const std::vector<std::vector<std::string>> kinds = {
        {"a", "7", " ", "%"},
        {"法", "治", "。", "亿", "元", "件"},
        {"a", "7", "é", "一", "，", "😀", "\xE0\xA4\x85", "\xED\x9F\xBF", "\xEF\xBF\xBF"}};
    const unsigned char special[] = {0x00, 0x01, 0x0A, 0x1F, '"', '\\', ' ', 0x7F, 0x80,
                                     0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xE5, 0xEC, 0xED,
                                     0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    Lcg rng(23);
    for (const auto& kind : kinds) {
        for (std::size_t length = 0; length <= 20; ++length) {
            for (int sample = 0; sample < 8; ++sample) {
                std::string plain;
                while (plain.size() < length) {
                    const std::string& piece = kind[rng.below(static_cast<std::uint32_t>(kind.size()))];
                    if (plain.size() + piece.size() <= length) plain += piece;
                    else plain += 'q';
                }
                std::vector<std::string> strings = {plain};
                for (std::size_t at = 0; at < length; ++at)
                    for (const unsigned char c : special) {
                        strings.push_back(plain);
                        strings.back()[at] = static_cast<char>(c);
                    }
                for (const std::string& s : strings) {
                    std::vector<char> room(govreport::exporter::string_room(s.size()));
                    const char* const end =
                        govreport::exporter::put_string_in_place(room.data(), s);
                    const std::string got(static_cast<const char*>(room.data()), end);
                    if (got != test_support::reference_json_string(s)) {
                        FAIL_CHECK("string of " << s.size() << " bytes: " << got);
                        return;
                    }
                }
            }
        }
    }
}

TEST_CASE("Compact indicators and mentions (in place) are the indented ones without whitespace",
          "[json][fast]") {
    Lcg rng(22);
    for (int round = 0; round < 200; ++round) {
        govreport::Report r;
        for (int i = 0; i < 3; ++i) {
            govreport::Measure m;
            m.id = "m" + std::to_string(i + 1);
            r.measures.push_back(m);
        }
        for (int i = 0; i < 2; ++i) {
            govreport::Period p;
            p.id = "p" + std::to_string(i + 1);
            r.periods.push_back(p);
        }
        for (std::size_t i = 0; i < 20; ++i) r.indicators.push_back(random_indicator(rng, i));
        if (round % 50 == 0) {  // strings too long to be written in place: the token calls
            r.indicators[3].metric = random_string(rng, 6000);
            r.indicators[5].text.assign(govreport::exporter::kInPlaceStringBytes + 1, 'x');
        }
        govreport::Body b;
        b.id = "b1";
        for (int i = 0; i < 5; ++i)
            b.mentions.push_back({random_string(rng, i == 4 && round % 50 == 0 ? 6000 : rng.below(10)),
                                  {random_number(rng), random_number(rng), random_number(rng),
                                   random_number(rng)}});
        r.bodies.push_back(b);
        govreport::JsonOptions pretty;
        pretty.pretty = true;
        INFO("round " << round);
        REQUIRE(govreport::to_json(r) == without_indentation(govreport::to_json(r, pretty)));
    }
}
