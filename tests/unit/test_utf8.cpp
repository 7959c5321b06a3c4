// UTF-8 decoding, validation, repair and counting (lib/util), and CharIndex against a naive count.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"
#include "util/char_index.hpp"
#include "util/utf8.hpp"

namespace util = govreport::util;
using test_support::Lcg;

// The sources are compiled as UTF-8: every literal test input below depends on it.
static_assert(sizeof("法") == 4, "source files must be compiled as UTF-8");
static_assert(sizeof("（一）") == 10, "source files must be compiled as UTF-8");

namespace {

std::size_t seq_len(std::string_view s) { return util::utf8_sequence_length(s.data(), s.data() + s.size()); }

// Random text mixing 1- to 4-byte characters; with `invalid`, also stray bytes.
std::string random_text(Lcg& rng, std::size_t chars, bool invalid) {
    static const char* const pieces[] = {"a", " ", "7", "\n", "é", "·", "法", "治", "，", "。",
                                         "（", "\u3000", "😀", "\xF0\xA0\x80\x80"};
    static const char* const bad[] = {"\x80", "\xFF", "\xC0\xAF", "\xE6\xB3", "\xED\xA0\x80",
                                      "\xF4\x90\x80\x80", "\xFE"};
    return test_support::random_pieces(rng, pieces, bad, chars, invalid, 8);
}

// The plain reference for find_invalid_utf8: sequence by sequence.
std::size_t first_invalid_by_sequences(std::string_view s) {
    for (std::size_t at = 0; at < s.size();) {
        const std::size_t n = util::utf8_sequence_length(s.data() + at, s.data() + s.size());
        if (n == 0) return at;
        at += n;
    }
    return std::string_view::npos;
}

}  // namespace

TEST_CASE("the source charset is UTF-8", "[utf8]") {
    CHECK(sizeof("法") == 4);
    CHECK(std::string("法") == "\xE6\xB3\x95");
    CHECK(std::string("（") == "\xEF\xBC\x88");
}

TEST_CASE("utf8_sequence_length accepts well-formed and rejects ill-formed sequences", "[utf8]") {
    CHECK(seq_len("a") == 1);
    CHECK(seq_len(std::string_view("\0", 1)) == 1);
    CHECK(seq_len("é") == 2);
    CHECK(seq_len("法") == 3);
    CHECK(seq_len("😀") == 4);
    CHECK(seq_len("\xF4\x8F\xBF\xBF") == 4);  // U+10FFFF
    CHECK(seq_len("\xEF\xBF\xBD") == 3);      // U+FFFD

    CHECK(seq_len("") == 0);
    CHECK(seq_len("\x80") == 0);              // lone continuation byte
    CHECK(seq_len("\xC0\x80") == 0);          // overlong NUL
    CHECK(seq_len("\xC1\xBF") == 0);          // overlong
    CHECK(seq_len("\xE0\x80\x80") == 0);      // overlong 3-byte
    CHECK(seq_len("\xF0\x80\x80\x80") == 0);  // overlong 4-byte
    CHECK(seq_len("\xED\xA0\x80") == 0);      // surrogate U+D800
    CHECK(seq_len("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(seq_len("\xF5\x80\x80\x80") == 0);
    CHECK(seq_len("\xFF") == 0);
    CHECK(seq_len("\xE6\xB3") == 0);          // truncated 法
    CHECK(seq_len("\xE6\x41\x95") == 0);      // bad continuation
}

TEST_CASE("decode walks code points and replaces bad bytes one by one", "[utf8]") {
    const std::string s = "a法😀";
    const char* p = s.data();
    const char* e = s.data() + s.size();
    CHECK(util::decode(p, e) == U'a');
    CHECK(p == s.data() + 1);
    CHECK(util::decode(p, e) == U'法');
    CHECK(p == s.data() + 4);
    CHECK(util::decode(p, e) == U'😀');
    CHECK(p == e);

    const std::string bad = "\xFF\xE6\xB3x";
    p = bad.data();
    e = bad.data() + bad.size();
    CHECK(util::decode(p, e) == 0xFFFD);
    CHECK(p == bad.data() + 1);
    CHECK(util::decode(p, e) == 0xFFFD);
    CHECK(p == bad.data() + 2);
    CHECK(util::decode(p, e) == 0xFFFD);
    CHECK(p == bad.data() + 3);
    CHECK(util::decode(p, e) == U'x');
    CHECK(p == e);

    // A loop over garbage always ends, one step per byte at most.
    Lcg rng(7);
    for (int round = 0; round < 50; ++round) {
        std::string g;
        for (int i = 0; i < 200; ++i) g += static_cast<char>(rng.below(256));
        const char* q = g.data();
        std::size_t steps = 0;
        while (q < g.data() + g.size()) {
            util::decode(q, g.data() + g.size());
            ++steps;
        }
        CHECK(q == g.data() + g.size());
        CHECK(steps <= g.size());
    }
}

TEST_CASE("decode_before looks backwards", "[utf8]") {
    const std::string s = "a法😀";
    const char* b = s.data();
    std::size_t n = 0;
    CHECK(util::decode_before(b, b + s.size(), &n) == U'😀');
    CHECK(n == 4);
    CHECK(util::decode_before(b, b + 4, &n) == U'法');
    CHECK(n == 3);
    CHECK(util::decode_before(b, b + 1, &n) == U'a');
    CHECK(n == 1);
    // Bounded by `begin`: half of 法 is no character.
    CHECK(util::decode_before(b + 2, b + 4, &n) == 0xFFFD);
    const std::string bad = "ab\x80";
    CHECK(util::decode_before(bad.data(), bad.data() + bad.size(), &n) == 0xFFFD);
    CHECK(n >= 1);
}

// decode_before as it was before its three-byte fast path: step back over continuation
// bytes to a lead, decode forward, and accept only a character that ends at `p`.
static char32_t decode_before_by_stepping(const char* begin, const char* p, std::size_t* length) {
    if (p > begin && static_cast<unsigned char>(p[-1]) < 0x80) {
        *length = 1;
        return static_cast<unsigned char>(p[-1]);
    }
    const char* q = p;
    for (int i = 0; i < 4 && q > begin; ++i) {
        --q;
        if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80) break;
    }
    const char* r = q;
    const char32_t c = util::decode(r, p);
    if (r != p) {
        *length = p > begin ? 1 : 0;
        return 0xFFFD;
    }
    *length = static_cast<std::size_t>(p - q);
    return c;
}

TEST_CASE("decode_before's three-byte fast path answers as stepping back does", "[utf8][speed]") {
    auto compare = [](const std::string& t, std::size_t from) {
        for (std::size_t end = from; end <= t.size(); ++end) {
            std::size_t n_fast = 99, n_step = 99;
            const char32_t fast = util::decode_before(t.data() + from, t.data() + end, &n_fast);
            const char32_t step = decode_before_by_stepping(t.data() + from, t.data() + end, &n_step);
            if (fast == step && n_fast == n_step) continue;
            INFO("end " << end << " from " << from);
            CHECK(fast == step);
            CHECK(n_fast == n_step);
        }
    };
    // Every BMP code point and a few beyond, after an ASCII byte, a Han character and a
    // stray continuation byte, with every start.
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string one;
        util::append_utf8(one, c);
        for (const char* before : {"a", "\xE6\xB3\x95", "\x80", ""}) {
            const std::string t = before + one;
            compare(t, 0);
            compare(t, 1);
        }
    }
    // Random bytes, mostly from the three-byte ranges and continuation bytes.
    Lcg rng(2024);
    const unsigned char bytes[] = {0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xE0, 0xE1, 0xE6,
                                   0xED, 0xEF, 0xF0, 0xF4, 0xFF};
    for (int i = 0; i < 20000; ++i) {
        std::string t(rng.below(7), 'a');
        for (char& c : t) c = static_cast<char>(bytes[rng.below(sizeof bytes)]);
        compare(t, 0);
        if (!t.empty()) compare(t, 1);
    }
}

TEST_CASE("append_utf8 round-trips through decode", "[utf8]") {
    const char32_t cps[] = {0x0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x6CD5, 0xFFFD,
                            0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    const std::size_t lengths[] = {1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4};
    for (std::size_t i = 0; i < sizeof cps / sizeof *cps; ++i) {
        std::string out;
        util::append_utf8(out, cps[i]);
        INFO("code point " << static_cast<unsigned long>(cps[i]));
        CHECK(out.size() == lengths[i]);
        const char* p = out.data();
        CHECK(util::decode(p, out.data() + out.size()) == cps[i]);
        CHECK(p == out.data() + out.size());
    }
}

TEST_CASE("find_invalid_utf8 and repair_utf8", "[utf8]") {
    CHECK(util::find_invalid_utf8("") == std::string_view::npos);
    CHECK(util::find_invalid_utf8("启东市 2024 年") == std::string_view::npos);
    CHECK(util::find_invalid_utf8("abc\xFF" "def") == 3);
    CHECK(util::find_invalid_utf8("法\xE6\xB3") == 3);  // truncated at the end
    CHECK(util::find_invalid_utf8("\xED\xA0\x80") == 0);

    CHECK(util::repair_utf8("启东 ok") == "启东 ok");
    CHECK(util::repair_utf8("a\xFF" "b") == "a\uFFFD" "b");
    // Each invalid byte is replaced.
    CHECK(util::repair_utf8("\xE6\xB3") == "\uFFFD\uFFFD");
    CHECK(util::repair_utf8("法\x80治") == "法\uFFFD治");

    Lcg rng(11);
    for (int round = 0; round < 100; ++round) {
        const std::string s = random_text(rng, 1 + rng.below(300), true);
        const std::string r = util::repair_utf8(s);
        INFO("round " << round);
        CHECK(test_support::valid_utf8(r));
        CHECK(util::find_invalid_utf8(r) == std::string_view::npos);
        CHECK((util::find_invalid_utf8(s) == std::string_view::npos) == test_support::valid_utf8(s));
        if (test_support::valid_utf8(s)) CHECK(r == s);
    }
}

TEST_CASE("count_code_points", "[utf8]") {
    CHECK(util::count_code_points("") == 0);
    CHECK(util::count_code_points("abc") == 3);
    CHECK(util::count_code_points("启东市") == 3);
    CHECK(util::count_code_points("a法😀") == 3);
    CHECK(util::count_code_points("1. 提升依法行政能力和水平") == 14);
}

TEST_CASE("character classes", "[utf8]") {
    CHECK(util::is_space(U' '));
    CHECK(util::is_space(U'\t'));
    CHECK(util::is_space(U'\r'));
    CHECK(util::is_space(0x3000));
    CHECK(util::is_space(0x00A0));
    CHECK(util::is_space(0xFEFF));
    CHECK_FALSE(util::is_space(U'法'));
    CHECK_FALSE(util::is_space(U'a'));

    CHECK(util::is_cjk(U'法'));
    CHECK(util::is_cjk(U'，'));
    CHECK(util::is_cjk(U'（'));
    CHECK(util::is_cjk(U'“'));
    CHECK_FALSE(util::is_cjk(U'a'));
    CHECK_FALSE(util::is_cjk(U'1'));

    for (char32_t c : {U'。', U'！', U'？', U'；', U'：', U'!', U'?', U';', U':'})
        CHECK(util::is_sentence_end(c));
    for (char32_t c : {U'，', U'、', U',', U'法', U'”', U'a'})
        CHECK_FALSE(util::is_sentence_end(c));
}

TEST_CASE("CharIndex agrees with a naive count", "[utf8]") {
    Lcg rng(2024);
    for (int round = 0; round < 60; ++round) {
        // Lengths on both sides of the 256-byte checkpoint stride, some several strides long.
        const bool invalid = round % 3 == 2;
        const std::string s = random_text(rng, rng.below(round < 30 ? 120 : 1500), invalid);
        const util::CharIndex index(s);
        INFO("round " << round << ", " << s.size() << " bytes");
        for (std::size_t at = 0; at <= s.size(); ++at) {
            const std::uint64_t expected = test_support::naive_code_points(std::string_view(s).substr(0, at));
            if (index.char_offset(at) != expected) {
                FAIL("byte offset " << at << ": got " << index.char_offset(at) << ", want " << expected);
            }
        }
        // Offsets past the end are clamped to the end.
        CHECK(index.char_offset(s.size() + 1000) == test_support::naive_code_points(s));

        govreport::Span span;
        span.start = s.size() / 3;
        span.end = s.size() - s.size() / 4;
        index.complete(span);
        CHECK(span.char_start == test_support::naive_code_points(std::string_view(s).substr(0, span.start)));
        CHECK(span.char_end == test_support::naive_code_points(std::string_view(s).substr(0, span.end)));
    }
}

TEST_CASE("CharIndex on valid text counts decoded code points", "[utf8]") {
    Lcg rng(99);
    const std::string s = random_text(rng, 2000, false);
    const util::CharIndex index(s);
    // Walk with decode(): an independent notion of "code point".
    std::uint64_t count = 0;
    const char* p = s.data();
    const char* e = s.data() + s.size();
    while (p < e) {
        REQUIRE(index.char_offset(static_cast<std::uint64_t>(p - s.data())) == count);
        util::decode(p, e);
        ++count;
    }
    CHECK(index.char_offset(s.size()) == count);
    CHECK(util::count_code_points(s) == count);

    const util::CharIndex empty("");
    CHECK(empty.char_offset(0) == 0);
    CHECK(empty.char_offset(5) == 0);
}

TEST_CASE("find_invalid_utf8 agrees with a byte-by-byte scan at every alignment", "[utf8]") {
    // The scanner skips ASCII eight bytes at a time and Han characters three at a time:
    // plant one bad byte (or a truncated or overlong sequence) after runs of every length.
    const std::string_view pieces[] = {"a", "1234567", "启", "东市", "\xC2\xA0", "\xF0\x9F\x98\x80"};
    const std::string_view bad[] = {"\xFF", "\x80", "\xE5\x90", "\xC0\xAF", "\xED\xA0\x80", ""};
    std::size_t checked = 0;
    for (std::size_t seed = 0; seed < 2000; ++seed) {
        std::string s;
        std::size_t x = seed * 2654435761u + 1;
        const std::size_t length = seed % 40;
        for (std::size_t i = 0; i < length; ++i) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            s += pieces[(x >> 33) % std::size(pieces)];
        }
        s += bad[seed % std::size(bad)];
        for (std::size_t i = 0; i < seed % 11; ++i) s += "x启";
        INFO("input of " << s.size() << " bytes, seed " << seed);
        REQUIRE(util::find_invalid_utf8(s) == first_invalid_by_sequences(s));
        ++checked;
    }
    CHECK(checked == 2000);
}

TEST_CASE("find_invalid_utf8 two characters at a time: E0 and ED leads, errors at every offset",
          "[utf8][speed]") {
    // Valid three-byte characters of every lead class (E0 and ED included), and sequences
    // that look like them but are not: overlong E0, surrogates, a missing continuation.
    const std::string_view good[] = {"启", "东", "。", "\xE0\xA4\x85", "\xED\x9F\xBF", "a", "\xEF\xBC\x90"};
    const std::string_view bad[] = {"\xE0\x80\xAF", "\xED\xA0\x80", "\xE5\x90" "a", "\xE5" "a" "\x80",
                                    "\x80", "\xE5\x90\xC0"};
    Lcg rng(11);
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        const std::uint32_t n = rng.below(12);
        for (std::uint32_t i = 0; i < n; ++i) s += good[rng.below(7)];
        if (round % 2 == 0) s += bad[rng.below(6)];
        for (std::uint32_t i = 0, m = rng.below(6); i < m; ++i) s += good[rng.below(7)];
        INFO("round " << round);
        REQUIRE(util::find_invalid_utf8(s) == first_invalid_by_sequences(s));
    }
}

TEST_CASE("find_invalid_utf8 32 bytes at a time agrees with the portable scan on damaged text",
          "[utf8][speed]") {
    // Valid text with characters at the edges of every range (U+0080, U+07FF, U+0800, U+D7FF,
    // U+E000, U+FFFF, U+10000, U+10FFFF) and long Han runs, then damaged: bytes replaced
    // with leads, continuation bytes and bytes that never occur, bytes dropped or inserted,
    // the text cut short. Errors so land at every offset within and across 32-byte blocks.
    const std::string_view good[] = {"a", "7", "\n", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80",
                                     "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
                                     "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "启", "东", "，",
                                     "。", "市", "年", "全", "国"};
    const unsigned char damage[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                    0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0,
                                    0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};
    Lcg rng(32);
    std::size_t invalid = 0;
    for (int round = 0; round < 60000; ++round) {
        std::string s;
        const std::uint32_t chars = rng.below(round % 10 == 0 ? 400 : 60);
        const bool han = round % 3 != 0;  // mostly three-byte characters, as in a report
        for (std::uint32_t i = 0; i < chars; ++i)
            s += good[han && rng.below(4) != 0 ? 11 + rng.below(8) : rng.below(19)];
        const std::uint32_t hits = s.empty() ? 0 : rng.below(4);
        for (std::uint32_t h = 0; h < hits && !s.empty(); ++h) {
            const std::size_t at = rng.below(static_cast<std::uint32_t>(s.size()));
            const unsigned char b = rng.below(5) == 0 ? static_cast<unsigned char>(rng.below(256))
                                                      : damage[rng.below(24)];
            switch (rng.below(4)) {
                case 0: s[at] = static_cast<char>(b); break;
                case 1: s.insert(at, 1, static_cast<char>(b)); break;
                case 2: s.erase(at, 1); break;
                default: s.resize(at); break;
            }
        }
        INFO("round " << round << ", " << s.size() << " bytes");
        const std::size_t want = first_invalid_by_sequences(s);
        REQUIRE(util::find_invalid_utf8_portable(s) == want);
        REQUIRE(util::find_invalid_utf8(s) == want);
        invalid += want != std::string_view::npos;
    }
    CHECK(invalid > 20000);
}

TEST_CASE("find_invalid_utf8 on every two-byte pair and many four-byte sequences at block edges",
          "[utf8][speed]") {
    // Each pair b1 b2 followed by a few third and fourth bytes, placed so that the sequence
    // starts in the last bytes of a 32-byte block or at the next block's start, after
    // ASCII or after Han text.
    const unsigned char thirds[] = {0x80, 0x8F, 0x90, 0xBF, 0x41, 0xC0};
    const unsigned char fourths[] = {0x80, 0x41, 0xE4};
    const std::string han = "启东市人民政府关于二〇二四年法治政府建设";  // 60 bytes
    std::size_t checked = 0;
    for (unsigned b1 = 0; b1 < 256; ++b1)
        for (unsigned b2 = 0; b2 < 256; ++b2)
            for (unsigned char b3 : thirds)
                for (unsigned char b4 : fourths)
                    for (std::size_t before = 28; before <= 32; ++before) {
                        // Han text before it when `before` is even, ASCII when odd.
                        std::string s = before % 2 == 0 ? std::string(before % 3, 'x') +
                                                              han.substr(0, before - before % 3)
                                                        : std::string(before, 'x');
                        s += static_cast<char>(b1);
                        s += static_cast<char>(b2);
                        s += static_cast<char>(b3);
                        s += static_cast<char>(b4);
                        s += han.substr(0, 33);
                        const std::size_t want = first_invalid_by_sequences(s);
                        if (util::find_invalid_utf8(s) != want)
                            FAIL("bytes " << b1 << " " << b2 << " " << int{b3} << " " << int{b4}
                                          << " after " << before);
                        ++checked;
                    }
    CHECK(checked == 256u * 256u * 18u * 5u);
}
