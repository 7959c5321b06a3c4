// The input stage's shortcuts against the code they stand for: the UTF-8 check and repair.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/parse.hpp>

#include "input/decode.hpp"
#include "input/utf8_check.hpp"
#include "quantity_support.hpp"
#include "test_support.hpp"
#include "util/utf8.hpp"

namespace input = govreport::input;
using test_support::Lcg;

namespace {

// Bytes around every rule of the validator: ASCII, continuation bytes at the edges of the
// ranges that overlong forms, surrogates and values above U+10FFFF use, and every kind of lead.
const unsigned char kEdgeBytes[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                    0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                    0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};

// Checks one text: the fast answer is the search's.
void require_same(std::string_view s) {
    INFO("bytes " << s.size());
    REQUIRE(input::is_valid_utf8(s) == input::is_valid_utf8_reference(s));
}

}  // namespace

TEST_CASE("the UTF-8 check answers as the search for an invalid byte on every corpus report",
          "[input][speed][corpus]") {
    const auto files = quantity_support::corpus_files();
    if (!files) {
        WARN("corpus/ not found (set GOVREPORT_SHARED_DIR): skipped");
        return;
    }
    Lcg rng(71);
    std::size_t valid = 0, cut = 0;
    for (const std::string& path : *files) {
        INFO(path);
        const std::string text = test_support::read_file(path);
        REQUIRE(input::is_valid_utf8(text) == input::is_valid_utf8_reference(text));
        valid += input::is_valid_utf8(text);
        // Cut anywhere, often inside a character: an incomplete sequence at the end.
        for (int k = 0; k < 200 && !text.empty(); ++k) {
            const std::string_view part =
                std::string_view(text).substr(0, rng.below(static_cast<std::uint32_t>(text.size())));
            require_same(part);
            cut += !input::is_valid_utf8_reference(part);
        }
    }
    CHECK(valid >= 10);  // the GB18030 reports (hailar/) are not UTF-8
    CHECK(cut > 1000);
}

TEST_CASE("the UTF-8 check finds every kind of error at every place in a step", "[input][speed]") {
    // Chinese text, ASCII runs, two- and four-byte characters, and ill-formed pieces: cut
    // and overlong sequences, surrogates, values above U+10FFFF, stray continuation bytes.
    const char* const pieces[] = {"法", "治", "政府", "。", "a", "2024", " ", "\n", "é", "\u00A0",
                                  "😀", "\U0010FFFF", "\u3000", "abcdefghijklmnopqrstuvwxyz0123456789"};
    const char* const bad[] = {"\xFF", "\x80", "\xBF", "\xE6\xB3", "\xE6", "\xC0\xAF", "\xC1\xBF",
                               "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF",
                               "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
                               "\xF5\x80\x80\x80", "\xF0\x9F\x98", "\xC2", "\xE6\x41\x95"};
    Lcg rng(73);
    std::size_t invalid = 0;
    for (int round = 0; round < 4000; ++round) {
        const bool broken = round % 2 == 1;
        const std::string s = test_support::random_pieces(rng, pieces, bad, rng.below(round % 10 == 0 ? 900 : 90),
                                                          broken, 40);
        INFO("round " << round);
        require_same(s);
        invalid += !input::is_valid_utf8_reference(s);
    }
    CHECK(invalid > 1000);

    // One bad piece at every offset across the first steps, the 1,024-byte chunk and the tail.
    std::string han;
    while (han.size() < 1200) han += "法";
    for (const char* b : bad) {
        for (std::size_t at = 0; at <= han.size(); ++at) {
            std::string s = han;
            s.insert(at, b);
            INFO("bad piece at " << at);
            require_same(s);
            require_same(std::string_view(s).substr(0, at + 1));
        }
    }
}

TEST_CASE("the UTF-8 check agrees on every two bytes and edge third bytes at step edges",
          "[input][speed]") {
    // Every pair of bytes, then a third from the edges, placed so that they straddle the two
    // 32-byte halves of a step, two steps, or end the text (the padded tail).
    std::size_t checked = 0;
    for (unsigned b0 = 0; b0 < 256; ++b0) {
        for (unsigned b1 = 0; b1 < 256; ++b1) {
            for (unsigned char b2 : kEdgeBytes) {
                for (std::size_t before : {std::size_t{30}, std::size_t{62}, std::size_t{63}, std::size_t{125}}) {
                    std::string s(before, 'a');
                    s += static_cast<char>(b0);
                    s += static_cast<char>(b1);
                    s += static_cast<char>(b2);
                    if (before == 62) s += std::string(70, 'a');  // a step of ASCII after
                    const bool want = input::is_valid_utf8_reference(s);
                    if (input::is_valid_utf8(s) != want) {
                        INFO("bytes " << b0 << " " << b1 << " " << static_cast<unsigned>(b2)
                                      << " after " << before);
                        REQUIRE(input::is_valid_utf8(s) == want);
                    }
                    ++checked;
                }
            }
        }
    }
    CHECK(checked == 256u * 256u * sizeof(kEdgeBytes) * 4u);
}

TEST_CASE("repaired UTF-8 is util::repair_utf8's, with the offset of every U+FFFD",
          "[input][speed]") {
    // decode() copies the valid stretches between invalid bytes whole; util::repair_utf8
    // goes character by character. Pieces of every sequence length, and bad bytes of every
    // kind: stray continuation bytes, cut sequences, overlong forms, surrogates, F5–FF.
    const char* const pieces[] = {"法", "治", "，", "a", "12", "\r\n", "é", "𠀀", "  ", "。"};
    const char* const bad[] = {"\x80", "\xBF", "\xE6\xB3", "\xF0\x9F\x98", "\xC0\x80",
                               "\xED\xA0\x80", "\xF5", "\xFF", "\xC2", "\xE0\x80\x80"};
    Lcg rng(8);
    std::size_t repaired = 0;
    for (int k = 0; k < 3000; ++k) {
        const std::string in = test_support::random_pieces(
            rng, pieces, bad, 1 + rng.below(200), true, 2 + rng.below(40));
        INFO("input " << k);
        const input::Decoded d = input::decode(in, govreport::Encoding::utf8, false);
        if (!d.converted) {
            REQUIRE(govreport::util::find_invalid_utf8(in) == std::string_view::npos);
            continue;
        }
        ++repaired;
        REQUIRE(d.text == govreport::util::repair_utf8(in));
        std::vector<std::size_t> want;  // where repair_utf8 put its U+FFFDs
        std::string out;
        for (const char *p = in.data(), *end = p + in.size(); p < end;) {
            const std::size_t n = govreport::util::utf8_sequence_length(p, end);
            if (n == 0) {
                want.push_back(out.size());
                out += "\xEF\xBF\xBD";
                ++p;
            } else {
                out.append(p, n);
                p += n;
            }
        }
        REQUIRE(d.replaced == want);
    }
    CHECK(repaired > 2500);
}

TEST_CASE("a copying decode checks the text stretch by stretch as the whole-text check does",
          "[input][speed]") {
    // decode(…, copy) checks 16 KiB stretches cut before a sequence's first byte; a bad byte
    // near a cut (or a cut inside four and more continuation bytes) must be found there as
    // anywhere else. Inputs of 20–70 KB, valid or with a few bad bytes placed at and around
    // the cuts.
    const char* const pieces[] = {"法", "治", "，", "a", "12", "\r\n", "é", "𠀀", "  ", "。"};
    const char* const bad[] = {"\x80", "\xBF\x80\x80\x80", "\xE6\xB3", "\xF0\x9F\x98", "\xC0\x80",
                               "\xED\xA0\x80", "\xF5", "\xFF", "\xC2", "\xE0\x80\x80"};
    constexpr std::size_t kStretch = std::size_t{16} << 10;
    Lcg rng(27);
    std::size_t valid = 0, repaired = 0;
    for (int k = 0; k < 120; ++k) {
        std::string in = test_support::random_pieces(rng, pieces, bad, 8000 + rng.below(16000),
                                                      false, 1);
        // Half of them get bad bytes, each within a few bytes of a cut.
        if (k % 2 == 1)
            for (std::size_t cut = kStretch; cut + 8 < in.size(); cut += kStretch) {
                const std::string b = bad[rng.below(static_cast<std::uint32_t>(std::size(bad)))];
                in.insert(cut - 4 + rng.below(8), b);
            }
        INFO("input " << k << ", " << in.size() << " bytes");
        const input::Decoded whole = input::decode(in, govreport::Encoding::automatic, false);
        const input::Decoded copied =
            input::decode(in, govreport::Encoding::automatic, false, /*copy=*/true);
        REQUIRE(copied.converted);
        REQUIRE(copied.encoding == whole.encoding);
        REQUIRE(copied.text == (whole.converted ? whole.text : in));
        REQUIRE(copied.replaced == whole.replaced);
        (whole.converted ? repaired : valid) += 1;
        // Strict decoding refuses the same inputs at the same offset either way.
        std::size_t whole_at = 0, copied_at = 0;
        bool whole_refused = false, copied_refused = false;
        try {
            (void)input::decode(in, govreport::Encoding::utf8, true);
        } catch (const govreport::Error& e) {
            whole_refused = true;
            whole_at = e.offset();
        }
        try {
            (void)input::decode(in, govreport::Encoding::utf8, true, /*copy=*/true);
        } catch (const govreport::Error& e) {
            copied_refused = true;
            copied_at = e.offset();
        }
        REQUIRE(copied_refused == whole_refused);
        REQUIRE(copied_at == whole_at);
    }
    CHECK(valid == 60);
    CHECK(repaired > 50);
}
