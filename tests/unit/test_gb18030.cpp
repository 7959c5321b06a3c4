// The GB18030 table decoder and the encoding detection against iconv and the old detection.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/parse.hpp>

#include "input/decode.hpp"
#include "input/gb18030.hpp"
#include "input/iconv_convert.hpp"
#include "input/utf8_check.hpp"
#include "quantity_support.hpp"
#include "test_support.hpp"
#include "util/utf8.hpp"

namespace input = govreport::input;
using test_support::Lcg;

namespace {

// What iconv over the whole input gives: the reference for every conversion.
struct Converted {
    bool ok = false;
    std::string text;
    std::vector<std::size_t> replaced;
    std::size_t bad = 0;
    input::CharCounts counts;
};

Converted by_iconv(std::string_view in, bool strict) {
    Converted c;
    input::IconvToUtf8 conv("GB18030");
    c.ok = conv.run(in, 1, strict, c.text, c.replaced, c.bad);
    for (const char *p = c.text.data(), *e = p + c.text.size(); p < e;) {
        const char32_t ch = govreport::util::decode(p, e);
        if (ch < 0x80) continue;
        ++c.counts.wide;
        c.counts.han += govreport::util::is_cjk(ch);
    }
    return c;
}

Converted by_table(std::string_view in, bool strict) {
    Converted c;
    c.ok = input::gb18030_to_utf8(in, strict, c.text, c.replaced, c.bad, &c.counts);
    return c;
}

// The same result as iconv's: the same success, then the same text and replacements, or
// the same offset of the first invalid byte.
void require_same_result(const Converted& got, const Converted& want) {
    REQUIRE(got.ok == want.ok);
    if (!want.ok) {
        REQUIRE(got.bad == want.bad);
        return;
    }
    REQUIRE(got.text == want.text);
    REQUIRE(got.replaced == want.replaced);
}

// Both ways, strict and not: the same text, replacements, offset and counts; and the same
// results without counts (the forced GB18030's instance of the converter).
void require_same(std::string_view in) {
    INFO("input of " << in.size() << " bytes");
    for (bool strict : {false, true}) {
        INFO("strict " << strict);
        const Converted want = by_iconv(in, strict);
        const Converted got = by_table(in, strict);
        require_same_result(got, want);
        if (want.ok) {
            REQUIRE(got.counts.wide == want.counts.wide);
            REQUIRE(got.counts.han == want.counts.han);
        }
        Converted uncounted;
        uncounted.ok = input::gb18030_to_utf8(in, strict, uncounted.text, uncounted.replaced,
                                              uncounted.bad);
        INFO("without counts");
        require_same_result(uncounted, want);
    }
}

void append_code(std::string& s, unsigned a, unsigned b) {
    s.push_back(static_cast<char>(a));
    s.push_back(static_cast<char>(b));
}

// Random GB18030-like input: ASCII runs, two-byte codes, four-byte codes (81–FE 30–39
// 81–FE 30–39, assigned or not), stray high bytes, codes cut short.
std::string random_gb(Lcg& rng, std::size_t pieces) {
    std::string s;
    for (std::size_t k = 0; k < pieces; ++k) {
        const std::uint32_t kind = rng.below(100);
        if (kind < 15) {
            const std::uint32_t n = 1 + rng.below(12);
            for (std::uint32_t j = 0; j < n; ++j) s.push_back(static_cast<char>(rng.below(0x80)));
        } else if (kind < 80) {
            unsigned trail = 0x40 + rng.below(0xFF - 0x40);
            append_code(s, 0x81 + rng.below(0x7E), trail);
        } else if (kind < 88) {
            append_code(s, 0x81 + rng.below(0x7E), 0x30 + rng.below(10));
            append_code(s, 0x81 + rng.below(0x7E), 0x30 + rng.below(10));
        } else if (kind < 96) {
            s.push_back(static_cast<char>(0x80 + rng.below(0x80)));  // a lone high byte
        } else {
            append_code(s, 0x81 + rng.below(0x7E), 0x30 + rng.below(10));  // half a four-byte code
        }
    }
    return s;
}

// decode()'s choice for an input that is not valid UTF-8, as it was made before the
// table: most non-ASCII bytes in valid UTF-8 sequences → repaired UTF-8; otherwise
// GB18030 when the whole input converts and seven in ten of its characters are Han.
std::string old_choice(std::string_view in) {
    std::size_t high = 0, in_sequences = 0;
    const char* p = in.data();
    const char* end = p + in.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) { ++p; continue; }
        const std::size_t n = govreport::util::utf8_sequence_length(p, end);
        if (n == 0) { ++high; ++p; continue; }
        high += n;
        in_sequences += n;
        p += n;
    }
    if (high < 16 || in_sequences * 10 >= high * 9) return "utf-8";
    const Converted gb = by_iconv(in, true);
    if (gb.ok && (gb.counts.wide == 0 || gb.counts.han * 10 >= gb.counts.wide * 7))
        return "gb18030";
    return "utf-8";
}

}  // namespace

TEST_CASE("the GB18030 table is read off this machine's iconv", "[input][gb18030]") {
    // glibc on a little-endian host has what the table needs: without it every test below
    // would compare iconv with itself. Elsewhere (no GB18030 in iconv, a big-endian host)
    // the decoder is iconv alone, correct and slower.
#if defined(__GLIBC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    REQUIRE(input::gb18030_table_usable());
#else
    if (!input::gb18030_table_usable()) WARN("no GB18030 table here: iconv converts everything");
#endif
}

TEST_CASE("every two-byte GB18030 code converts as iconv converts it", "[input][gb18030]") {
    std::string all;
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail)
            if (trail != 0x7F) append_code(all, lead, trail);
    require_same(all);
    // Each code alone and between ASCII, as a report has them.
    for (unsigned lead = 0x81; lead <= 0xFE; lead += 5)
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
            std::string one = "a";
            append_code(one, lead, trail);
            one += "1";
            require_same(one);
        }
}

TEST_CASE("every GB18030 report of the corpus converts as iconv converts it",
          "[input][gb18030][corpus]") {
    const auto files = quantity_support::corpus_files();
    if (!files) {
        WARN("corpus/ not found (set GOVREPORT_SHARED_DIR): skipped");
        return;
    }
    std::size_t gb = 0;
    Lcg rng(18030);
    for (const std::string& path : *files) {
        const std::string bytes = test_support::read_file(path);
        if (input::decode(bytes, govreport::Encoding::automatic, false).encoding != "gb18030")
            continue;
        INFO(path);
        ++gb;
        require_same(bytes);
        // Cut anywhere, often inside a character.
        for (int k = 0; k < 20; ++k)
            require_same(std::string_view(bytes).substr(
                0, rng.below(static_cast<std::uint32_t>(bytes.size()))));
    }
    CHECK(gb == 8);  // the hailar/ reports
}

TEST_CASE("random GB18030 with four-byte codes, stray bytes and cut codes converts as iconv",
          "[input][gb18030]") {
    Lcg rng(2005);
    for (int k = 0; k < 3000; ++k) require_same(random_gb(rng, 1 + rng.below(40)));
    require_same("");
    require_same("\x81");          // a lead byte at the end
    require_same("\x81\x30\x81");  // three bytes of a four-byte code
    require_same("\x80\xFF");      // never a character
    require_same("\x81\x30\x81\x30\xE9\xA1\xB9");  // U+0080 in four bytes, then 项
}

TEST_CASE("a forced GB18030 reports an invalid byte at its offset", "[input][gb18030]") {
    const std::string in = "\xCF\xEE\xC4\xBF\x80\xCF\xEE";  // 项目, a stray 80, 项
    const input::Decoded d = input::decode(in, govreport::Encoding::gb18030, false);
    CHECK(d.text == "项目\xEF\xBF\xBD项");
    CHECK(d.replaced == std::vector<std::size_t>{6});
    try {
        input::decode(in, govreport::Encoding::gb18030, true);
        FAIL("a strict decode accepted a stray byte");
    } catch (const govreport::Error& e) {
        CHECK(e.status() == govreport::Status::invalid_encoding);
        CHECK(e.offset() == 4);
    }
}

TEST_CASE("the detection chooses as it did before the table, at and around its thresholds",
          "[input][gb18030]") {
    // UTF-8 text (Han, and two- and four-byte characters) with GB18030 codes mixed in, in
    // every proportion: the share of
    // non-ASCII bytes outside UTF-8 sequences crosses the one-tenth threshold, and the
    // Han share of the GB18030 reading crosses seven in ten.
    const std::string utf8_han = "法治政府建设年度报告";
    Lcg rng(9704);
    std::size_t gb = 0, utf8 = 0;
    for (int k = 0; k < 2000; ++k) {
        std::string in;
        const std::uint32_t foreign = rng.below(101);  // percent of pieces in GB18030
        // Half the inputs have only clean GB2312 Han characters (B0–F7, A1–FE) and ASCII
        // as their GB18030 pieces, so that the whole input can convert.
        const bool clean = rng.below(2) == 0;
        const std::uint32_t pieces = 4 + rng.below(60);
        for (std::uint32_t j = 0; j < pieces; ++j) {
            if (rng.below(100) < foreign) {
                if (clean) {
                    if (rng.below(5) == 0) in += "2024";
                    else append_code(in, 0xB0 + rng.below(0xF8 - 0xB0), 0xA1 + rng.below(0xFF - 0xA1));
                } else {
                    in += random_gb(rng, 1 + rng.below(3));
                }
            } else if (rng.below(8) == 0) {
                in += rng.below(2) ? "\xF0\xA0\x80\x80" : "\xC3\xA9\xC2\xB7";  // 𠀀; é·
            } else {
                const std::size_t at = 3 * rng.below(10);
                in += utf8_han.substr(at, 3 * (1 + rng.below(3)));
            }
        }
        if (input::is_valid_utf8(in)) continue;
        INFO("input " << k);
        const input::Decoded d = input::decode(in, govreport::Encoding::automatic, false);
        const std::string want = old_choice(in);
        REQUIRE(d.encoding == want);
        if (want == "gb18030") {
            ++gb;
            REQUIRE(d.text == by_iconv(in, true).text);
        } else {
            ++utf8;
        }
    }
    // Both answers come up often enough to show the thresholds were crossed.
    CHECK(gb > 100);
    CHECK(utf8 > 100);
}

TEST_CASE("UTF-8 with a few stray bytes stays UTF-8 even when it also reads as GB18030 Han",
          "[input][gb18030]") {
    // 𠠠 (U+20820, F0 A0 A0 A0) and àà (U+00E0, C3 A0 twice) read as GB18030 Han too,
    // pair by pair; one stray GB18030 character (B0 A1, 啊) makes the input invalid UTF-8. Every
    // byte of the UTF-8 characters lies in a valid sequence: nine in ten and more.
    for (const std::string ch : {"\xF0\xA0\xA0\xA0", "\xC3\xA0\xC3\xA0"}) {
        std::string in;
        for (int k = 0; k < 30; ++k) in += ch;
        in += "\xB0\xA1";
        INFO("character bytes " << ch.size());
        REQUIRE(old_choice(in) == "utf-8");
        CHECK(by_iconv(in, true).ok);  // so only the share of valid sequences decides
        const input::Decoded d = input::decode(in, govreport::Encoding::automatic, false);
        CHECK(d.encoding == "utf-8");
    }
}
