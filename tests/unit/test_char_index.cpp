// CharIndex (lib/util/char_index): every kernel and every byte offset against a naive count.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "test_support.hpp"
#include "util/char_index.hpp"

namespace util = govreport::util;
using test_support::Lcg;
using Kernel = util::CharIndex::Kernel;

namespace {

// Random bytes weighted towards UTF-8's shapes: ASCII, lead bytes and continuation bytes,
// valid or not (CharIndex counts the bytes that are not 10xxxxxx, whatever follows them).
std::string random_bytes(Lcg& rng, std::size_t n) {
    static const unsigned char kinds[] = {0x20, 0x61, 0x80, 0xA5, 0xBF, 0xC3, 0xE4, 0xE6,
                                          0xF0, 0xFF, 0x00, 0x7F, 0xC0, 0x9C};
    std::string s(n, '\0');
    for (char& c : s) {
        const std::uint32_t r = rng.below(4);
        c = static_cast<char>(r == 0 ? rng.below(256) : kinds[rng.below(sizeof kinds)]);
    }
    return s;
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
// A query compiled for the popcnt instruction, as parse()'s complete_spans_popcnt runs it.
__attribute__((target("popcnt"))) std::uint64_t offset_with_popcnt(const util::CharIndex& index,
                                                                     std::uint64_t at) {
    return index.char_offset_counted<true>(at);
}
#endif

// Every offset of `s` (and some past its end, which clamp) with every kernel and every way
// of counting the bits of a block.
void check_all_offsets(const std::string& s) {
    for (const Kernel kernel : {Kernel::fastest, Kernel::sse2, Kernel::scalar}) {
        const util::CharIndex index(s, kernel);
        std::uint64_t expected = 0;
        for (std::size_t at = 0; at <= s.size(); ++at) {
            if (index.char_offset(at) != expected)
                FAIL("kernel " << static_cast<int>(kernel) << ", " << s.size() << " bytes, offset "
                               << at << ": got " << index.char_offset(at) << ", want " << expected);
            if (index.char_offset_counted<true>(at) != expected ||
                index.char_offset_counted<false>(at) != expected)
                FAIL("builtin or bit-parallel count, offset " << at);
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
            if (util::CharIndex::has_popcnt() && offset_with_popcnt(index, at) != expected)
                FAIL("popcnt count, offset " << at);
#endif
            if (at < s.size()) expected += (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
        }
        REQUIRE(index.char_offset(s.size() + 1) == expected);
        REQUIRE(index.char_offset(~std::uint64_t{0}) == expected);
    }
}

}  // namespace

TEST_CASE("CharIndex: every length up to five blocks, every offset, every kernel", "[char_index]") {
    static const char* const pieces[] = {"a", "法", "é", "😀", "。", "\u3000"};
    static const char* const bad[] = {"\x80", "\xE6\xB3"};
    Lcg rng(7);
    for (std::size_t n = 0; n <= 5 * 64 + 1; ++n) {
        check_all_offsets(random_bytes(rng, n));
        check_all_offsets(test_support::random_pieces(rng, pieces, bad, n / 2, n % 2 == 1, 8));
    }
}

TEST_CASE("CharIndex: all-continuation and all-lead blocks", "[char_index]") {
    for (std::size_t n : {0, 1, 63, 64, 65, 127, 128, 129, 1000}) {
        check_all_offsets(std::string(n, '\x80'));
        check_all_offsets(std::string(n, 'a'));
        check_all_offsets(std::string(n, '\xBF'));
        check_all_offsets(std::string(n, '\xC0'));
    }
}

TEST_CASE("CharIndex: long text and spans", "[char_index]") {
    Lcg rng(11);
    const std::string s = random_bytes(rng, 20000);
    check_all_offsets(s);
    const util::CharIndex index(s);
    govreport::Span span;
    span.start = 777;
    span.end = 19999;
    index.complete(span);
    CHECK(span.char_start == test_support::naive_code_points(std::string_view(s).substr(0, 777)));
    CHECK(span.char_end == test_support::naive_code_points(std::string_view(s).substr(0, 19999)));
}

TEST_CASE("count_lead_bytes agrees with a naive count at every length", "[char_index]") {
    Lcg rng(13);
    // Past 255 blocks of 16 (4080 bytes) the byte lanes are summed and started again.
    for (std::size_t n = 0; n <= 300; ++n) {
        const std::string s = random_bytes(rng, n);
        REQUIRE(util::count_lead_bytes(s) == test_support::naive_code_points(s));
    }
    for (std::size_t n : {4079, 4080, 4081, 4096, 8160, 8161, 10000}) {
        const std::string s = random_bytes(rng, n);
        REQUIRE(util::count_lead_bytes(s) == test_support::naive_code_points(s));
        REQUIRE(util::count_lead_bytes(std::string(n, '\x80')) == 0);
        REQUIRE(util::count_lead_bytes(std::string(n, '\xE6')) == n);
    }
}
