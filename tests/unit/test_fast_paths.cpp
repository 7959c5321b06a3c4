// The speed paths of issue 6 against the plain code they replace: CharSet::find and the
// ScanIndex cursors (of the AVX2 and the portable pass) against a decode() loop, WordList and BigramSet against loops over their
// words, the space-byte pre-tests against is_space(), decimal_value against strtod, ids and
// dates against fmt, JSON escaping against a byte-by-byte escaper, title normalisation and
// role words against the code points and searches they replaced, the shared class table. (The two-character UTF-8
// validation is tested with the other validation tests, in test_utf8.cpp.)
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "export/json_writer.hpp"
#include "grammar/numeral.hpp"
#include "segment/normalize.hpp"
#include "segment/roles.hpp"
#include "json_reference.hpp"
#include "normalize_reference.hpp"
#include "test_support.hpp"
#include "util/bigram_set.hpp"
#include "util/char_set.hpp"
#include "util/fast_format.hpp"
#include "util/forward_count.hpp"
#include "util/scan_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/word_list.hpp"

namespace util = govreport::util;
using test_support::Lcg;

namespace {

// Characters of every UTF-8 length, punctuation the scans stop at, Han characters that share
// a bitmap word with members (一 and 丁, 市 and 布) and a few bad bytes.
const char* const kPieces[] = {"a", "7", " ", ":", "é", "×", "一", "丁", "二", "市", "布",
                               "，", "。", "《", "》", "\u3000", "０", "😀", "年", "今", "全"};
const char* const kBad[] = {"\x80", "\xFF", "\xE4\xB8", "\xC3", "\xED\xA0\x80", "\xE0\x80\x80"};

std::string random_text(Lcg& rng, std::size_t pieces, bool invalid) {
    return test_support::random_pieces(rng, kPieces, kBad, pieces, invalid, 6);
}

// The loop CharSet::find replaces.
std::size_t find_by_decoding(const util::CharSet& set, std::string_view t, std::size_t at) {
    while (at < t.size()) {
        const char* p = t.data() + at;
        if (set.contains(util::decode(p, t.data() + t.size()))) return at;
        at = static_cast<std::size_t>(p - t.data());
    }
    return t.size();
}

std::string encode(char32_t c) {
    std::string s;
    util::append_utf8(s, c);
    return s;
}

// Every offset a cursor stops at, in order (none past the text's end).
std::vector<std::size_t> all_stops(util::ScanIndex::Cursor cursor, std::size_t size) {
    std::vector<std::size_t> stops;
    for (std::size_t at = 0;;) {
        const std::size_t p = cursor.find(at);
        REQUIRE(p <= size);
        if (p == size) return stops;
        stops.push_back(p);
        at = p + 1;
    }
}

// Every offset CharSet::find stops at, stepping past each stop as it steps (three bytes from
// an E0–EF lead when they are in the text, one from an ASCII byte, else as decode() does).
std::vector<std::size_t> stops_by_find(const util::CharSet& set, std::string_view t) {
    std::vector<std::size_t> stops;
    for (std::size_t at = 0;;) {
        const std::size_t p = set.find(t, at);
        if (p >= t.size()) return stops;
        stops.push_back(p);
        const auto b0 = static_cast<unsigned char>(t[p]);
        if (b0 < 0x80) {
            at = p + 1;
        } else if ((b0 & 0xF0) == 0xE0 && p + 2 < t.size()) {
            at = p + 3;
        } else {
            const char* q = t.data() + p;
            util::decode(q, t.data() + t.size());
            at = static_cast<std::size_t>(q - t.data());
        }
    }
}

// Indexes `owned` with both passes of ScanIndex and requires, for every set, the same
// offsets from both and from CharSet::find. Returns how many offsets the sets kept.
std::size_t require_same_stops(const std::vector<std::string>& owned,
                               const std::vector<const util::CharSet*>& sets) {
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    const util::ScanIndex fast(texts, sets);
    const util::ScanIndex portable(texts, sets, util::ScanIndex::Pass::portable);
    std::size_t kept = 0;
    for (std::size_t t = 0; t < texts.size(); ++t)
        for (std::size_t s = 0; s < sets.size(); ++s) {
            INFO("text " << t << " (" << texts[t].size() << " bytes) set " << s);
            const std::vector<std::size_t> want =
                sets[s] ? stops_by_find(*sets[s], texts[t]) : std::vector<std::size_t>{};
            REQUIRE(all_stops(portable.cursor(t, s), texts[t].size()) == want);
            REQUIRE(all_stops(fast.cursor(t, s), texts[t].size()) == want);
            kept += want.size();
        }
    return kept;
}

}  // namespace

TEST_CASE("CharSet::find stops where a decode() loop stops on valid text", "[utf8][speed]") {
    util::CharSet set;
    set.add_all(U"一二。《》:7×😀");
    Lcg rng(6);
    std::size_t stops = 0;
    for (int round = 0; round < 400; ++round) {
        const std::string s = random_text(rng, rng.below(60), /*invalid=*/false);
        INFO("round " << round << ": " << s);
        for (std::size_t at = 0; at < s.size();) {
            const std::size_t want = find_by_decoding(set, s, at);
            REQUIRE(set.find(s, at) == want);
            if (want == s.size()) break;
            ++stops;
            const char* p = s.data() + want;
            util::decode(p, s.data() + s.size());
            at = static_cast<std::size_t>(p - s.data());
        }
    }
    CHECK(stops > 1000);  // the inputs do reach members
}

TEST_CASE("ScanIndex cursors stop where CharSet::find stops", "[utf8][speed]") {
    // Three overlapping sets over many texts, valid and not, some empty.
    util::CharSet a, b, c;
    a.add_all(U"一。7");
    b.add_all(U"一市《》");
    c.add_all(U"😀×:");
    Lcg rng(10);
    std::vector<std::string> owned;
    for (int i = 0; i < 300; ++i) owned.push_back(random_text(rng, rng.below(50), i % 4 == 3));
    std::vector<std::string_view> texts(owned.begin(), owned.end());
    const util::ScanIndex index(texts, {&a, &b, &c});
    REQUIRE(index.texts() == texts.size());
    const util::CharSet* sets[] = {&a, &b, &c};
    std::size_t stops = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        for (std::size_t s = 0; s < 3; ++s) {
            INFO("text " << t << " set " << s << ": " << owned[t]);
            util::ScanIndex::Cursor cursor = index.cursor(t, s);
            // Walk as the scans do (forward, from each stop to the next character), and
            // once more from the start (a look back restarts the cursor).
            for (int pass = 0; pass < 2; ++pass) {
                for (std::size_t at = 0;;) {
                    const std::size_t want = sets[s]->find(texts[t], at);
                    REQUIRE(cursor.find(at) == want);
                    if (want >= texts[t].size()) break;
                    ++stops;
                    const char* p = texts[t].data() + want;
                    util::decode(p, texts[t].data() + texts[t].size());
                    at = static_cast<std::size_t>(p - texts[t].data());
                }
            }
        }
    }
    CHECK(stops > 1000);
    // Look-backs to any earlier character, as a scan could make them (valid texts: there
    // a character starts at every byte that is no continuation byte).
    for (std::size_t t = 0; t < texts.size(); ++t) {
        if (t % 4 == 3) continue;
        util::ScanIndex::Cursor cursor = index.cursor(t, 0);
        for (int i = 0; i < 40 && !texts[t].empty(); ++i) {
            std::size_t at = rng.below(static_cast<std::uint32_t>(texts[t].size()));
            while (at > 0 && (static_cast<unsigned char>(texts[t][at]) & 0xC0) == 0x80) --at;
            REQUIRE(cursor.find(at) == a.find(texts[t], at));
        }
    }
    // find_next() after a stop, mixed with find() jumps past a few characters (what a
    // quantity consumed), as the quantity scan walks; indexed and direct cursors alike.
    std::size_t next_steps = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        for (std::size_t s = 0; s < 3; ++s) {
            INFO("text " << t << " set " << s << ": " << owned[t]);
            util::ScanIndex::Cursor cursors[] = {
                index.cursor(t, s), util::ScanIndex::Cursor::direct(*sets[s], texts[t])};
            for (util::ScanIndex::Cursor& cursor : cursors) {
                std::size_t at = cursor.find(0);
                REQUIRE(at == sets[s]->find(texts[t], 0));
                while (at < texts[t].size()) {
                    const char* p = texts[t].data() + at;
                    util::decode(p, texts[t].data() + texts[t].size());
                    std::size_t after = static_cast<std::size_t>(p - texts[t].data());
                    if (rng.below(4) == 0) {  // consumed up to two characters more
                        for (std::uint32_t k = rng.below(3); k > 0 && after < texts[t].size(); --k) {
                            p = texts[t].data() + after;
                            util::decode(p, texts[t].data() + texts[t].size());
                            after = static_cast<std::size_t>(p - texts[t].data());
                        }
                        at = cursor.find(after);
                    } else {
                        at = cursor.find_next(after);
                        ++next_steps;
                    }
                    REQUIRE(at == sets[s]->find(texts[t], after));
                }
            }
        }
    }
    CHECK(next_steps > 1000);
    // The direct cursor (a stage run without an index) is CharSet::find itself.
    util::ScanIndex::Cursor direct = util::ScanIndex::Cursor::direct(a, texts[5]);
    CHECK(direct.find(0) == a.find(texts[5], 0));
}

TEST_CASE("CharSet::find stays inside the text on invalid bytes", "[utf8][speed]") {
    util::CharSet set;
    set.add_all(U"一。");
    Lcg rng(7);
    for (int round = 0; round < 400; ++round) {
        const std::string s = random_text(rng, rng.below(40), /*invalid=*/true);
        for (std::size_t at = 0; at < s.size(); ++at) {
            const std::size_t found = set.find(s, at);
            REQUIRE(found >= at);
            REQUIRE(found <= s.size());
        }
    }
    CHECK(set.find("", 0) == 0);
    CHECK(set.find("\xE4", 0) == 1);  // a truncated lead byte at the end is no member
}

TEST_CASE("BigramSet never turns away the start of a word it holds", "[speed]") {
    util::BigramSet pairs;
    const std::vector<std::string_view> words = {"安徽", "重庆市", "新疆维吾尔自治区", "市", "中共",
                                                 "12345", "国务院", "A"};
    for (std::string_view w : words) pairs.add(w);
    pairs.add_single(U'“');
    for (std::string_view w : words) {
        const char* p = w.data();
        const char32_t a = util::decode(p, w.data() + w.size());
        const char32_t b = p < w.data() + w.size() ? util::decode(p, w.data() + w.size()) : U'x';
        INFO(w);
        CHECK(pairs.may_start(a, b));
    }
    CHECK(pairs.may_start(U'市', U'场'));   // a word of one character: anything may follow
    CHECK(pairs.may_start(U'“', 0));
    // And it does turn away the common words that share a first character.
    std::size_t rejected = 0;
    for (std::u32string_view pair : {U"安全", U"重要", U"新增", U"中心", U"国家", U"全面"})
        rejected += !pairs.may_start(pair[0], pair[1]);
    CHECK(rejected >= 5);  // a hash collision may let one through, never a word of the list out
}

TEST_CASE("the space-byte pre-tests never turn away a space", "[utf8][speed]") {
    std::size_t spaces = 0;
    for (char32_t c = 1; c < 0x110000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (!util::is_space(c)) continue;
        const std::string s = encode(c);
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(util::may_start_space(static_cast<unsigned char>(s.front())));
        CHECK(util::may_end_space(static_cast<unsigned char>(s.back())));
        ++spaces;
    }
    CHECK(spaces >= 18);
    // And they do turn away Han characters and letters (not CJK punctuation: 。 shares
    // its lead byte with U+3000, ， with U+FEFF).
    for (std::string_view c : {"法", "治", "年", "a"}) {
        CHECK_FALSE(util::may_start_space(static_cast<unsigned char>(c.front())));
    }
}

TEST_CASE("WordList answers as a loop over its words in list order", "[speed]") {
    // Words sharing first and last characters, one a prefix of another, characters that
    // fall into the same bucket (code points 1024 apart: 一 U+4E00 and 丁 U+4E01 differ by 1,
    // U+4A00 and U+4E00 by 1024). Three lists, for the three kinds of byte filter that turn
    // texts away before the look-up: a shortest word of one byte (one-byte keys), of two
    // bytes (the first two and the last two bytes), of three (a leading Han character's
    // second and third bytes). 乀 (U+4E40) shares the low twelve bits of 一 (U+4E00) with
    // 䀀 (U+4000): keys that pass the filter and still match no word.
    const std::vector<std::vector<std::string_view>> lists = {
        {"一是", "一", "一是二", "丁", "年底", "底", "\xE4\xA8\x80", "今年", "年", "：", "ab", "b"},
        {"ab", "是二", "\xC3\xA9" "a", "年底", "ba"},
        {"一是", "丁", "年底", "\xE4\xB9\x80年", "今年", "\xE4\xA8\x80"}};
    static const char* const pieces[] = {"一", "是", "二", "丁", "年", "底", "今", "\xE4\xA8\x80",
                                         "：", "a", "b", "法", "\xC3\xA9", "\xE4\xB9\x80",
                                         "\xE4\x80\x80"};
    constexpr std::uint32_t kPieces = sizeof pieces / sizeof pieces[0];
    for (const std::vector<std::string_view>& words : lists) {
        const util::WordList list{words};
        auto naive_prefix = [&](std::string_view t) {
            for (std::size_t i = 0; i < words.size(); ++i)
                if (t.substr(0, words[i].size()) == words[i]) return i;
            return util::WordList::npos;
        };
        auto naive_suffix = [&](std::string_view t) {
            for (std::size_t i = 0; i < words.size(); ++i)
                if (t.size() >= words[i].size() && t.substr(t.size() - words[i].size()) == words[i])
                    return i;
            return util::WordList::npos;
        };
        auto naive_longest = [&](std::string_view t) {
            std::size_t best = 0;
            for (std::string_view w : words)
                if (t.substr(0, w.size()) == w && w.size() > best) best = w.size();
            return best;
        };
        Lcg rng(8);
        std::size_t prefixes = 0, suffixes = 0;
        for (int round = 0; round < 6000; ++round) {
            std::string t;
            for (std::uint32_t i = 0, n = rng.below(5); i < n; ++i) t += pieces[rng.below(kPieces)];
            INFO("list of " << words.size() << " words, text " << t);
            REQUIRE(list.prefix(t) == naive_prefix(t));
            REQUIRE(list.suffix(t) == naive_suffix(t));
            REQUIRE(list.longest_prefix(t) == naive_longest(t));
            prefixes += list.prefix(t) != util::WordList::npos;
            suffixes += list.suffix(t) != util::WordList::npos;
        }
        CHECK(prefixes > 50);
        CHECK(suffixes > 50);
    }
    // No word (or only empty ones, which the list never matches): nothing matches.
    const util::WordList none{std::vector<std::string_view>{}};
    CHECK(none.prefix("一") == util::WordList::npos);
    CHECK(none.suffix("一") == util::WordList::npos);
    CHECK(none.longest_prefix("一") == 0);
}

TEST_CASE("decimal_value gives what strtod gives", "[numeral][speed]") {
    REQUIRE(std::setlocale(LC_NUMERIC, "C") != nullptr);
    auto reference = [](const std::string& digits, int exponent) {
        const std::string text = digits + "e" + std::to_string(exponent);
        return std::strtod(text.c_str(), nullptr);
    };
    // Written cases: decimals that binary cannot hold, the scale words' exponents (万 4,
    // 亿 8), more digits than a double's 53 bits, shifts beyond 1e22.
    const std::vector<std::pair<std::string, int>> cases = {
        {"8122.21", 0}, {"16.4", 8}, {"0.1", 0}, {"89.7", 0}, {"1487", 0}, {"3.78", 4},
        {"0.3", 8}, {"123456789012345678", 0}, {"9007199254740993", 0}, {"1.5", 30},
        {"0.000000000000000000000001", 0}, {"12.", 4}, {".5", 0}, {"0", 8}, {"4.35", 12}};
    for (const auto& [digits, exponent] : cases) {
        INFO(digits << "e" << exponent);
        CHECK(govreport::grammar::decimal_value(digits, exponent) == reference(digits, exponent));
    }
    // Generated: up to 19 digits, a point anywhere, exponents 0 to 12.
    Lcg rng(9);
    for (int round = 0; round < 20000; ++round) {
        std::string digits;
        const std::uint32_t n = 1 + rng.below(19);
        const std::uint32_t point = rng.below(n + 2);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (i == point && i > 0) digits += '.';
            digits += static_cast<char>('0' + rng.below(10));
        }
        const int exponent = static_cast<int>(rng.below(13));
        INFO(digits << "e" << exponent);
        REQUIRE(govreport::grammar::decimal_value(digits, exponent) == reference(digits, exponent));
    }
}

TEST_CASE("item ids and ISO dates read as fmt::format writes them", "[speed]") {
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{9}, std::size_t{10},
                          std::size_t{8142}, std::size_t{18446744073709551615ull}}) {
        std::string id = "m12";  // an id there before is replaced
        govreport::util::set_item_id(id, 'i', n);
        CHECK(id == fmt::format("i{}", n));
    }
    const int dates[][3] = {{2024, 1, 1}, {2024, 12, 31}, {999, 6, 30}, {1, 2, 3}, {9999, 99, 99},
                            {10000, 1, 1}, {-5, 1, 1}, {2021, 0, 0}, {2021, 100, 7}};
    for (const auto& d : dates) {
        INFO(d[0] << "-" << d[1] << "-" << d[2]);
        CHECK(govreport::util::iso_date(d[0], d[1], d[2]) ==
              fmt::format("{:04}-{:02}-{:02}", d[0], d[1], d[2]));
    }
}

TEST_CASE("JSON string escaping eight bytes at a time matches a byte-by-byte escaper",
          "[json][speed]") {
    // The reference: one decision per byte or sequence, as the writer did before issue 6.
    auto reference = [](std::string_view s) { return test_support::reference_json_string(s); };
    const std::string_view pieces[] = {"abcdefgh", "x", "\"", "\\", "\n", "\x01", "\x1f", "法治",
                                       "。", "\xE0\xA4\x85", "\xED\x9F\xBF", "\xE0\x80\xAF",
                                       "\xED\xA0\x80", "\xFF", "\xE5\x90", "😀", "~", " "};
    Lcg rng(12);
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        for (std::uint32_t i = 0, n = rng.below(16); i < n; ++i) s += pieces[rng.below(18)];
        std::string got;
        govreport::exporter::append_json_string(got, s);
        INFO("round " << round);
        REQUIRE(got == reference(s));
    }
}


TEST_CASE("normalize_title copies what needs no change and rewrites the rest as before",
          "[structure][speed]") {
    const char* const pieces[] = {"法治", "政府", "a", "COVID", "19", " ", "\u3000", "\n", ",",
                                  "(", ")", ":", "?", "（", "）", "，", "\uFFFD", "é", "😀"};
    const char* const bad[] = {"\x80", "\xE4\xB8", "\xFF"};
    Lcg rng(14);
    std::size_t copied = 0;
    for (int round = 0; round < 20000; ++round) {
        // Half the titles draw only from the pieces that need no change.
        const bool plain = round % 2 == 0;
        std::string s;
        if (plain) {
            for (std::uint32_t i = 0, n = rng.below(12); i < n; ++i) {
                const std::uint32_t k = rng.below(7);
                s += k < 4 ? pieces[k] : pieces[k + 9];  // 法治 政府 a COVID / （ ） ，
            }
        } else {
            s = test_support::random_pieces(rng, pieces, bad, rng.below(14), true, 8);
        }
        INFO("round " << round << ": " << s);
        const std::string got = govreport::segment::normalize_title(s);
        REQUIRE(got == normalize_reference::normalize_title(s));
        copied += got == s;
    }
    CHECK(copied > 10000);  // the copy-through path is taken
}

// classify_role() as it was: one search per word, groups in order; but a title that names
// its achievements before its shortcomings (主要举措、成效和不足) is about the achievements.
govreport::Role classify_role_reference(std::string_view t) {
    using govreport::Role;
    // Where the first of `words` starts in the title, or npos.
    auto first = [&](std::initializer_list<std::string_view> words) {
        std::size_t at = std::string_view::npos;
        for (std::string_view w : words) at = std::min(at, t.find(w));
        return at;
    };
    const std::size_t leadership =
        first({"党政主要负责人", "第一责任", "主要负责同志", "主要负责人履行", "一把手"});
    const std::size_t shortcomings =
        first({"存在的不足", "存在的问题", "存在问题", "不足", "短板", "问题与", "问题和", "差距"});
    const std::size_t plans =
        first({"工作安排", "打算", "思路", "工作计划", "主要安排", "下一步", "下一年度", "明年",
               "工作重点", "重点工作", "计划", "总体要求", "主要任务", "目标任务"});
    const std::size_t achievements =
        first({"做法", "成效", "举措", "成绩", "工作情况", "基本情况", "主要工作", "工作回顾", "进展",
               "建设情况", "开展情况", "主要情况", "工作总结", "发展成就"});
    constexpr std::size_t npos = std::string_view::npos;
    if (leadership != npos) return Role::leadership_duty;
    if (shortcomings != npos && achievements < shortcomings) return Role::achievements;
    if (shortcomings != npos) return Role::shortcomings;
    if (plans != npos) return Role::plans;
    if (achievements != npos) return Role::achievements;
    return Role::other;
}

TEST_CASE("classify_role finds the role words in one pass as the searches did", "[structure][speed]") {
    // Pieces of the role words, so that words form, half form and overlap.
    const char* const pieces[] = {"党政", "主要", "负责", "人", "第一", "责任人", "责任", "一把手", "同志", "履行",
                                  "存在", "的", "不足", "问题", "和", "与", "短板", "差距", "工作",
                                  "安排", "打算", "思路", "计划", "下一", "步", "年度", "明年",
                                  "重点", "总体要求", "任务", "目标", "做法", "成效", "举措",
                                  "成绩", "情况", "基本", "回顾", "进展", "建设", "开展", "，", "a", " "};
    const char* const bad[] = {"\xFF"};
    Lcg rng(15);
    int seen[8] = {};
    for (int round = 0; round < 20000; ++round) {
        const std::string s = test_support::random_pieces(rng, pieces, bad, rng.below(8), false, 1);
        INFO("round " << round << ": " << s);
        const govreport::Role want = classify_role_reference(s);
        REQUIRE(govreport::segment::classify_role(s) == want);
        ++seen[static_cast<int>(want) & 7];
    }
    for (govreport::Role r : {govreport::Role::leadership_duty, govreport::Role::shortcomings,
                              govreport::Role::plans, govreport::Role::achievements, govreport::Role::other})
        CHECK(seen[static_cast<int>(r) & 7] > 20);  // every outcome is reached
}

TEST_CASE("A class table given a set later classifies as one built with it", "[utf8][speed]") {
    util::CharSet a, b, c;
    a.add_all(U"一二。");
    b.add_all(U"市年7");
    c.add_all(U"《》😀:");
    Lcg rng(16);
    std::vector<std::string> owned;
    for (int i = 0; i < 200; ++i) owned.push_back(random_text(rng, rng.below(40), i % 3 == 0));
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    const util::ScanIndex whole(texts, {&a, &b, &c});
    util::ScanIndex::Classes later({&a, nullptr, &a});
    later.assign(1, b);
    later.assign(2, c);  // replaces a: its characters must be forgotten
    const util::ScanIndex assembled(texts, later);
    std::size_t stops = 0;
    for (std::size_t t = 0; t < texts.size(); ++t)
        for (std::size_t s = 0; s < 3; ++s) {
            util::ScanIndex::Cursor x = whole.cursor(t, s), y = assembled.cursor(t, s);
            for (std::size_t at = 0;;) {
                const std::size_t want = x.find(at);
                REQUIRE(y.find(at) == want);
                if (want >= texts[t].size()) break;
                ++stops;
                at = want + 1;
                while (at < texts[t].size() && (static_cast<unsigned char>(texts[t][at]) & 0xC0) == 0x80) ++at;
            }
        }
    CHECK(stops > 500);
}

TEST_CASE("A class table whose set is replaced many times classifies as a fresh one", "[utf8][speed]") {
    // As parse() does per thread: set 3 replaced by each report's anchors in turn.
    Lcg rng(23);
    const char32_t pool[] = {U'一', U'市', U'年', U'7', U'《', U'》', U'😀', U':', U'区', U'县', U'a'};
    std::vector<util::CharSet> sets(12);
    for (util::CharSet& set : sets)
        for (char32_t ch : pool)
            if (rng.below(2)) set.add(ch);
    util::CharSet fixed;
    fixed.add_all(U"市7");
    std::vector<std::string> owned;
    for (int i = 0; i < 60; ++i) owned.push_back(random_text(rng, rng.below(40), false));
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    util::ScanIndex::Classes reused({&fixed, nullptr});
    for (int round = 0; round < 30; ++round) {
        const util::CharSet& now = sets[rng.below(static_cast<std::uint32_t>(sets.size()))];
        reused.assign(1, now);
        const util::ScanIndex a(texts, reused), b(texts, {&fixed, &now});
        for (std::size_t t = 0; t < texts.size(); ++t)
            for (std::size_t s = 0; s < 2; ++s) {
                util::ScanIndex::Cursor x = a.cursor(t, s), y = b.cursor(t, s);
                for (std::size_t at = 0; at <= texts[t].size(); ++at)
                    if ((static_cast<unsigned char>(at < texts[t].size() ? texts[t][at] : 0) & 0xC0) != 0x80)
                        REQUIRE(x.find(at) == y.find(at));
            }
    }
}

TEST_CASE("ScanIndex keeps the same positions eight characters at a time as one at a time",
          "[utf8][speed]") {
    // Long runs of three-byte characters (leads E0 to EF), so that the eight-character step
    // runs, broken by ASCII, two- and four-byte characters and bad bytes at every position;
    // some texts longer than one stretch (16 KiB) of the pass.
    const char* const han[] = {"一", "丁", "二", "市", "布", "，", "。", "《", "》", "年", "今",
                               "全", "\u0800", "\u0FFF", "\uD7FF", "\uE000", "\uFFFD", "０",
                               "\u3000", "國", "\u1000"};
    const char* const other[] = {"a", "7", " ", ":", "é", "×", "😀", "\x80", "\xFF", "\xE4\xB8",
                                 "\xC3", "\xED\xA0\x80", "\xE0\x80\x80", "\xEF\xBF"};
    util::CharSet a, b, c, d;
    a.add_all(U"一。7\uFFFD");
    b.add_all(U"一市《》\u0800");
    c.add_all(U"😀×:\uD7FF\uE000");
    d.add_all(U"\u0FFF\u1000０國年");
    Lcg rng(61);
    std::vector<std::string> owned;
    for (int i = 0; i < 400; ++i) {
        const std::size_t chars = i % 50 == 0 ? 9000 : rng.below(i % 2 ? 60 : 600);
        const std::uint32_t other_every = 2 + rng.below(i % 3 ? 40 : 6);
        std::string s;
        for (std::size_t k = 0; k < chars; ++k)
            s += rng.below(other_every) == 0 ? other[rng.below(i % 4 == 3 ? 14 : 7)]
                                             : han[rng.below(21)];
        owned.push_back(std::move(s));
    }
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    const std::vector<const util::CharSet*> sets = {&a, &b, nullptr, &c, &d};
    const util::ScanIndex fast(texts, sets);
    const util::ScanIndex portable(texts, sets, util::ScanIndex::Pass::portable);
    std::size_t stops = 0;
    for (std::size_t t = 0; t < texts.size(); ++t)
        for (std::size_t s : {0u, 1u, 3u, 4u}) {
            INFO("text " << t << " set " << s);
            util::ScanIndex::Cursor x = fast.cursor(t, s), y = portable.cursor(t, s);
            for (std::size_t at = 0;;) {
                const std::size_t want = sets[s]->find(texts[t], at);
                REQUIRE(x.find(at) == want);
                REQUIRE(y.find(at) == want);
                if (want >= texts[t].size()) break;
                ++stops;
                const char* p = texts[t].data() + want;
                util::decode(p, texts[t].data() + texts[t].size());
                at = static_cast<std::size_t>(p - texts[t].data());
            }
        }
    CHECK(stops > 20000);
}

TEST_CASE("ScanIndex packs each eight-character block's offsets at every lane and alignment",
          "[utf8][speed]") {
    // Eight characters whose lane i is kept when bit i of the mask is set, for every mask,
    // after 0 to 8 other characters (so that the blocks fall elsewhere) and before 0 to 12
    // (so that the pass reaches the end of the text in every way): three-byte characters
    // and one-byte ones. 一 is in three sets at once, 二 and 7 in one.
    util::CharSet a, b, c, d;
    a.add_all(U"一7");
    b.add_all(U"一二");
    c.add_all(U"一:");
    d.add_all(U"7");
    for (const bool ascii : {false, true}) {
        const std::string kept = ascii ? "7" : "一", other = ascii ? "a" : "丁";
        const std::string second = ascii ? ":" : "二";
        std::vector<std::string> owned;
        for (unsigned before = 0; before <= 8; ++before)
            for (unsigned mask = 0; mask < 256; ++mask) {
                std::string s;
                for (unsigned i = 0; i < before; ++i) s += other;
                for (unsigned i = 0; i < 8; ++i)
                    s += mask >> i & 1u ? kept : (mask >> ((i + 3) & 7) & 1u) ? second : other;
                for (unsigned i = 0; i < (mask + before) % 13; ++i) s += other;
                owned.push_back(std::move(s));
            }
        INFO((ascii ? "one-byte" : "three-byte") << " characters");
        CHECK(require_same_stops(owned, {&a, &b, &c, &d}) > 9 * 256 * 4);
    }
}

TEST_CASE("ScanIndex keeps every character of dense text across stretch boundaries",
          "[utf8][speed]") {
    // Every character in every set, so that each block keeps all eight lanes and writes as
    // far as the room made per stretch allows; texts a little shorter and longer than one
    // and two stretches (16 KiB), the three-byte ones shifted by 0 to 2 ASCII bytes so that
    // a stretch ends inside a character.
    util::CharSet all;
    all.add_all(U"一9");
    std::vector<std::string> owned;
    for (std::size_t bytes : {16384u - 25u, 16384u - 1u, 16384u, 16385u, 16384u + 23u,
                              32768u + 2u, 32768u + 24u})
        for (unsigned shift = 0; shift < 3; ++shift) {
            std::string s(shift, '9');
            while (s.size() + 3 <= bytes) s += "一";
            owned.push_back(s);
            if (shift == 0) owned.push_back(std::string(bytes, '9'));
        }
    const std::size_t kept = require_same_stops(owned, {&all, &all, &all, &all, &all, &all});
    std::size_t chars = 0;
    for (const std::string& s : owned) chars += util::count_code_points(s);
    CHECK(kept == 6 * chars);
}

TEST_CASE("ScanIndex keeps every character of 17 MB of dense text in tables grown from huge-page blocks",
          "[utf8][speed]") {
    // 17 texts of 1 MiB: the first guess of a table's size (a sixteenth of the bytes, 4.25
    // MB of offsets) is large enough to start on a 2 MiB boundary (aligned_alloc), and a set
    // that keeps every character outgrows it, so the block is then grown with realloc.
    util::CharSet all;
    all.add_all(U"一9");
    std::vector<std::string> owned;
    for (int i = 0; i < 17; ++i) {
        std::string s;
        s.reserve(std::size_t{1} << 20);
        while (s.size() + 4 <= (std::size_t{1} << 20)) s += i % 2 ? "一9" : "9一";
        owned.push_back(std::move(s));
    }
    std::size_t chars = 0;
    for (const std::string& s : owned) chars += util::count_code_points(s);
    CHECK(require_same_stops(owned, {&all, nullptr}) == chars);
}

TEST_CASE("ScanIndex classifies the ends of texts and bad bytes as CharSet::find does",
          "[utf8][speed]") {
    // Texts of every length up to 70 bytes ending in a cut three-byte character or not, and
    // leads followed by bytes that are no continuation bytes: E1 C0 80 is U+1000 to the scans
    // ((1 << 12) | (0x40 << 6)), not U+2000, and E3 41 42 is U+3042, not U+6042. Set c holds
    // U+0000, which the zeros after the end of a text must not add.
    util::CharSet a, b, c;
    a.add_all(U"\u1000\u3042一7");
    b.add_all(U"\u2000\u6042\uFFFD。");
    c.add_all(U"一。a\u1000");
    c.add(0);
    const char* const pieces[] = {"一", "。", "丁", "7", "a", "\xE1\xC0\x80", "\xE3\x41\x42",
                                  "\xEF\xFF\xFF", "é", "😀", "\xE4\xB8", "\x80"};
    Lcg rng(73);
    std::vector<std::string> owned;
    for (std::size_t bytes = 0; bytes <= 70; ++bytes)
        for (const char* end : {"", "\xE4", "\xE4\xB8", "一", "7"})
            for (int round = 0; round < 6; ++round) {
                std::string s;
                while (s.size() < bytes) s += pieces[rng.below(round < 2 ? 4 : 12)];
                if (round == 5) s += '\0';
                s += end;
                owned.push_back(std::move(s));
            }
    CHECK(require_same_stops(owned, {&a, &b, &c}) > 2000);
    // Null sets in the middle and at the end keep nothing; one set and eight sets.
    CHECK(require_same_stops(owned, {&a, nullptr, &b, nullptr}) > 1000);
    CHECK(require_same_stops(owned, {&c}) > 500);
    CHECK(require_same_stops(owned, {&a, &b, &c, &a, &b, &c, &a, &b}) > 5000);
}

TEST_CASE("count_up_to answers as std::upper_bound for keys in any order", "[speed]") {
    Lcg rng(31);
    std::size_t forward = 0;
    for (int round = 0; round < 200; ++round) {
        // Sorted keys with repeats, looked up through a list of indices as the extractor does.
        std::vector<std::uint64_t> keys(rng.below(12));
        for (std::uint64_t& k : keys) k = rng.below(40);
        std::sort(keys.begin(), keys.end());
        std::vector<std::size_t> list(keys.size());
        for (std::size_t i = 0; i < list.size(); ++i) list[i] = i;
        const auto key = [&](std::size_t i) { return keys[i]; };
        std::size_t seen = 0;
        std::uint64_t at = 0;
        for (int q = 0; q < 60; ++q) {
            // Mostly forward by a little, sometimes back: the order of indicators, and worse.
            if (rng.below(8) == 0) at = rng.below(45);
            else { at += rng.below(4); ++forward; }
            const auto want = static_cast<std::size_t>(
                std::upper_bound(keys.begin(), keys.end(), at) - keys.begin());
            seen = govreport::util::count_up_to(list, seen, at, key);
            INFO("round " << round << " look-up " << q << " at " << at);
            REQUIRE(seen == want);
        }
    }
    CHECK(forward > 5000);
}

TEST_CASE("rfind_word finds what string_view::rfind finds", "[speed]") {
    // Texts and words over a few bytes, so that partial and overlapping matches abound.
    const char alphabet[] = {'a', 'b', '\xE8', '\xBE', '\x83'};  // 较 is E8 BE 83
    Lcg rng(77);
    std::size_t found = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s(rng.below(14), 'a'), w(1 + rng.below(4), 'a');
        for (char& c : s) c = alphabet[rng.below(5)];
        for (char& c : w) c = alphabet[rng.below(5)];
        const std::size_t want = std::string_view(s).rfind(w);
        INFO("s " << s << " w " << w);
        REQUIRE(govreport::util::rfind_word(s, w) == want);
        found += want != std::string_view::npos;
    }
    CHECK(found > 2000);
    CHECK(govreport::util::rfind_word("比较较", "较") == 6);
    CHECK(govreport::util::rfind_word("ab", "") == std::string_view("ab").rfind(""));
}
