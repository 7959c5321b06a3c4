// The body and person scans' shortcuts against the slow paths they replace: the same bodies, persons and measure links on every corpus report and on texts built to hit their edges.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <govreport/govreport.hpp>

#include "extract/bodies.hpp"
#include "grammar/organ.hpp"
#include "segment/paragraphs.hpp"
#include "quantity_support.hpp"
#include "test_support.hpp"
#include "util/scan_index.hpp"
#include "util/utf8.hpp"

using govreport::Report;
namespace ex = govreport::extract;

namespace {

// ---------------------------------------------------------------------------------------
// Running the extractor both ways

// `r` without what extract_bodies() fills.
Report stripped(const Report& r) {
    Report out = r;
    out.bodies.clear();
    out.persons.clear();
    for (govreport::Measure& m : out.measures) m.bodies.clear();
    return out;
}

void check_same_mentions(const std::vector<govreport::Mention>& a,
                         const std::vector<govreport::Mention>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].span.start == b[i].span.start);
        CHECK(a[i].span.end == b[i].span.end);
        CHECK(a[i].text == b[i].text);
    }
}

// Everything extract_bodies() fills, compared field by field.
void check_same_entities(const Report& fast, const Report& slow) {
    REQUIRE(fast.bodies.size() == slow.bodies.size());
    for (std::size_t i = 0; i < fast.bodies.size(); ++i) {
        const govreport::Body& a = fast.bodies[i];
        const govreport::Body& b = slow.bodies[i];
        INFO("body " << i << ": " << a.name);
        CHECK(a.id == b.id);
        CHECK(a.name == b.name);
        CHECK(a.kind == b.kind);
        CHECK(a.level == b.level);
        CHECK(a.division_code == b.division_code);
        check_same_mentions(a.mentions, b.mentions);
    }
    REQUIRE(fast.persons.size() == slow.persons.size());
    for (std::size_t i = 0; i < fast.persons.size(); ++i) {
        const govreport::Person& a = fast.persons[i];
        const govreport::Person& b = slow.persons[i];
        INFO("person " << i << ": " << a.name);
        CHECK(a.id == b.id);
        CHECK(a.name == b.name);
        CHECK(a.title == b.title);
        CHECK(a.titles == b.titles);
        CHECK(a.body == b.body);
        check_same_mentions(a.mentions, b.mentions);
    }
    REQUIRE(fast.measures.size() == slow.measures.size());
    for (std::size_t i = 0; i < fast.measures.size(); ++i) {
        INFO("measure " << i);
        CHECK(fast.measures[i].bodies == slow.measures[i].bodies);
    }
}

struct Counts {
    std::size_t bodies = 0, persons = 0, person_mentions = 0, links = 0;
};

// Parses `text`, then extracts its bodies again with and without the shortcuts, alone and
// through a scan index as parse() does, and checks that all four agree with parse().
Counts check_both_ways(const std::string& text) {
    const Report parsed = govreport::parse(text);
    const auto paragraphs = govreport::segment::split_paragraphs(parsed.text, nullptr);
    Report alone_fast = stripped(parsed), alone_slow = stripped(parsed);
    ex::extract_bodies(paragraphs, alone_fast);
    ex::extract_bodies(paragraphs, alone_slow, nullptr, 0, 0, nullptr,
                       ex::BodyScan::without_shortcuts);
    check_same_entities(alone_fast, alone_slow);

    const ex::BodyAnchors anchors = ex::body_anchors(parsed);
    std::vector<std::string_view> texts;
    for (const auto& p : paragraphs) texts.push_back(p.text);
    const govreport::util::ScanIndex scans(texts, {&ex::title_lead_chars(), &anchors.starts});
    Report indexed_fast = stripped(parsed), indexed_slow = stripped(parsed);
    ex::extract_bodies(paragraphs, indexed_fast, &scans, 0, 1, &anchors);
    ex::extract_bodies(paragraphs, indexed_slow, &scans, 0, 1, &anchors,
                       ex::BodyScan::without_shortcuts);
    check_same_entities(indexed_fast, indexed_slow);
    check_same_entities(indexed_fast, alone_fast);

    Counts c;
    c.bodies = alone_fast.bodies.size();
    c.persons = alone_fast.persons.size();
    for (const auto& h : alone_fast.persons) c.person_mentions += h.mentions.size();
    for (const auto& m : alone_fast.measures) c.links += m.bodies.size();
    return c;
}

// Every .txt file of the shared corpus, sorted (none when it is missing).
std::vector<std::string> corpus_files() {
    return quantity_support::corpus_files().value_or(std::vector<std::string>{});
}

// The words body_anchors() puts in its PairBytes, built again from what it keeps: the
// national bodies as written, 中共, the level words of two characters or more, and the
// names (and the short names above townships) of its places.
std::vector<std::string_view> anchor_words(const ex::BodyAnchors& a) {
    std::vector<std::string_view> words = {"中共", "自治区", "街道"};
    std::size_t count = 0;
    const govreport::grammar::national_body* table = govreport::grammar::national_bodies(count);
    for (std::size_t i = 0; i < count; ++i) words.push_back(table[i].surface);
    for (const auto* d : a.places) {
        words.push_back(d->name());
        if (d->level() != govreport::gazetteer::Level::township && d->short_name().size() >= 6)
            words.push_back(d->short_name());
    }
    return words;
}

// The reference for PairBytes::may_start(): whether one of `words` starts at `at`.
bool word_starts_at(const std::vector<std::string_view>& words, std::string_view text,
                    std::size_t at) {
    for (std::string_view w : words)
        if (text.substr(at, w.size()) == w) return true;
    return false;
}

// Whether the eight bytes at `at` are one of `words`' keys in PairBytes::may_start(): the
// first eight bytes of a word of eight bytes or more, the first six of a shorter one.
bool word_key_at(const std::vector<std::string_view>& words, std::string_view text,
                 std::size_t at) {
    for (std::string_view w : words) {
        const std::size_t key = w.size() >= 8 ? 8 : 6;
        if (w.size() >= 6 && text.substr(at, key) == w.substr(0, key)) return true;
    }
    return false;
}

// Text full of near misses of `words`: each word whole, cut to its first two or three
// characters, and carried on by other characters, between organ words and punctuation.
std::string near_misses(const std::vector<std::string_view>& words, std::uint64_t seed) {
    const char* const after[] = {"建设", "委", "政府", "司法局", "人民政府", "工作", "，", "。",
                                 "的", "发展", "a", "街道", "区"};
    test_support::Lcg rng(seed);
    std::string text;
    for (std::string_view w : words) {
        const std::size_t cut = 6 + 3 * rng.below(2);
        text += w.substr(0, std::min(w.size(), cut));
        text += after[rng.below(std::size(after))];
        text += w;
        text += after[rng.below(std::size(after))];
        if (rng.below(8) == 0) text += "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("lone_one: a 1 that does not start 12345, from every first byte and four more",
          "[bodies][speed]") {
    // Every first byte, and the next four bytes from the hotline's digits and others
    // (other digits, a space, a lead and a continuation byte), against a comparison of the
    // bytes with "12345". The three bytes after those five never matter.
    const unsigned char tail_bytes[] = {'1', '2', '3', '4', '5', '0', '6', ' ', 0xE4, 0x80, 0x00};
    std::size_t tested = 0, lone = 0;
    for (unsigned b0 = 0; b0 < 256; ++b0)
        for (unsigned char b1 : tail_bytes)
            for (unsigned char b2 : tail_bytes)
                for (unsigned char b3 : tail_bytes)
                    for (unsigned char b4 : tail_bytes)
                        for (unsigned char rest : {0x00, 0xFF}) {
                            const unsigned char bytes[8] = {static_cast<unsigned char>(b0), b1, b2,
                                                            b3, b4, rest, rest, rest};
                            std::uint64_t x = 0;
                            std::memcpy(&x, bytes, 8);
                            const bool slow =
                                b0 == '1' && std::memcmp(bytes, "12345", 5) != 0;
                            ++tested;
                            lone += slow;
                            if (ex::lone_one(x) != slow) {
                                INFO("bytes " << b0 << " " << int{b1} << " " << int{b2} << " "
                                              << int{b3} << " " << int{b4});
                                CHECK(ex::lone_one(x) == slow);
                            }
                        }
    CHECK(tested == 256u * 11 * 11 * 11 * 11 * 2);
    CHECK(lone == 11u * 11 * 11 * 11 * 2 - 2);
}

TEST_CASE("plain_three_byte_lead and three_byte_code_point read three bytes as util::decode does",
          "[bodies][speed]") {
    // Every lead byte from E0 to EF with every pair of bytes after it (and bytes that do not
    // make a three-byte form): the byte tests of the scans against decode()'s own reading.
    std::size_t plain = 0;
    for (unsigned b0 = 0xC0; b0 < 0x100; ++b0)
        for (unsigned b1 = 0; b1 < 0x100; ++b1)
            for (unsigned b2 = 0x70; b2 < 0xD0; ++b2) {
                const unsigned char bytes[8] = {static_cast<unsigned char>(b0),
                                                static_cast<unsigned char>(b1),
                                                static_cast<unsigned char>(b2), 0xE4, 0xB8, 0xAD, 0, 0};
                std::uint64_t x = 0;
                std::memcpy(&x, bytes, 8);
                const bool form = (b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80;
                const bool expected = form && b0 != 0xE0 && b0 != 0xED;
                if (ex::plain_three_byte_lead(x) != expected) {
                    INFO(b0 << " " << b1 << " " << b2);
                    CHECK(ex::plain_three_byte_lead(x) == expected);
                }
                if (!expected) continue;
                ++plain;
                const char* p = reinterpret_cast<const char*>(bytes);
                const char32_t c = govreport::util::decode(p, p + 3);
                if (ex::three_byte_code_point(x) != c) {
                    INFO(b0 << " " << b1 << " " << b2);
                    CHECK(ex::three_byte_code_point(x) == c);
                }
            }
    CHECK(plain == 14u * 64 * 64);
}

TEST_CASE("the shortcuts find the same bodies, persons and links on every corpus report",
          "[bodies][speed][corpus]") {
    const std::vector<std::string> files = corpus_files();
    if (files.empty()) {
        WARN("corpus/ not found (set GOVREPORT_SHARED_DIR): skipped");
        return;
    }
    Counts all;
    for (const std::string& path : files) {
        INFO(path);
        const Counts c = check_both_ways(test_support::read_file(path));
        all.bodies += c.bodies;
        all.persons += c.persons;
        all.links += c.links;
    }
    // The comparison means something only when there is something to compare.
    CHECK(all.bodies >= files.size() * 5);
    CHECK(all.persons >= 5);
    CHECK(all.links >= files.size() * 5);
}

TEST_CASE("the shortcuts find the same hotlines among numbers with 1s", "[bodies][speed]") {
    // 1s everywhere: alone, before each prefix of 12345, in 12345 itself, at a paragraph's
    // last bytes (where the scan reads no eight bytes), after other characters.
    const char* const pieces[] = {"1", "12", "123", "1234", "12345", "112345", "12345 ",
                                  "便民服务热线", "政务服务便民热线", "热线", "，", "市", "区",
                                  "共受理", "件", "a", "11", "。"};
    test_support::Lcg rng(12345);
    std::string body;
    for (int paragraph = 0; paragraph < 300; ++paragraph) {
        for (std::uint32_t i = 0, n = 1 + rng.below(12); i < n; ++i)
            body += pieces[rng.below(std::size(pieces))];
        body += "\n";
    }
    const std::string text = "启东市人民政府2024年度法治政府建设情况报告\n\n" + body;
    const Counts c = check_both_ways(text);
    CHECK(c.bodies >= 3);  // the hotline's names
}

TEST_CASE("the shortcuts find the same persons among titles and their near misses",
          "[bodies][speed]") {
    // Every title the person scan reads (a deputy prefix, a level word and a title core,
    // or a title alone), each followed by a name and by words that are no name, and the
    // same words cut short or carried on by other characters (区委的, 自治区党委, 省人民).
    const char* const deputies[] = {"", "副", "常务副"};
    const char* const levels[] = {"自治区", "街道", "省", "市", "县", "区", "州", "旗", "镇", "乡"};
    const char* const cores[] = {"委副书记", "委书记", "委常委", "委秘书长", "常务副", "副", "长",
                                 "人大常委会主任", "人大常委会副主任", "政协主席", "政协副主席",
                                 "纪委书记", "监委主任", "法院院长", "检察院检察长",
                                 // near misses: other words after the same first characters
                                 "委的", "人民政府", "党委", "政府", "委员会", "人大", "纪委"};
    const char* const alone[] = {"局长", "副局长", "主任", "副主任", "院长", "副院长", "检察长",
                                 "部长", "副部长", "秘书长", "党组书记", "总书记", "书记", "副书记",
                                 "处长", "科长", "所长", "站长", "队长", "书记处", "主任委员"};
    const char* const after[] = {"王建国主持", "李明同志", "张伟、", "陈", "会议", "，", "强调",
                                 "杨中坚在"};
    std::string body;
    std::size_t k = 0;
    for (const char* d : deputies)
        for (const char* l : levels)
            for (const char* c : cores) {
                body += std::string(d) + l + c + after[k++ % std::size(after)];
                body += (k % 7 == 0) ? "\n" : "。";
            }
    body += "\n";
    for (const char* a : alone)
        for (const char* f : after) body += std::string(a) + f + "。";
    body += "\n市委书记、市长蔡毅主持\n区委副书记、区长";  // a title list, a paragraph's end
    body += "\n";
    for (const char* title : {"启东市人民政府2024年度法治政府建设情况报告", "海拉尔区人民政府2024年度法治政府建设情况报告",
                              "内蒙古自治区人民政府2024年度法治政府建设情况报告"}) {
        INFO(title);
        const Counts c = check_both_ways(std::string(title) + "\n\n" + body);
        CHECK(c.persons >= 5);
        CHECK(c.person_mentions >= 100);
    }
}

TEST_CASE("no body anchor or title lead starts with E0 or ED: the scans between them test only the form of three bytes",
          "[bodies][speed]") {
    // paragraph()'s loop between anchors reads a three-byte character from its form alone
    // ((x & 0xC0C0F0) == 0x8080E0), without turning away the leads E0 and ED as decode()'s
    // plain three-byte path does: the two tests agree at every position that loop sees
    // when no anchor character lies in U+0800–U+0FFF or U+D000–U+DFFF. Checked for the
    // anchors of every issuer below and every corpus report, and at every position the
    // anchor scan stops at in text full of such characters (Hangul, Devanagari).
    std::vector<std::string> texts = {
        "启东市人民政府2024年度法治政府建设情况报告\n\n市司法局한국어और市委、市政府\n",
        "海拉尔区人民政府2024年度法治政府建设情况报告\n\n区政府\xE0\xA4\x85\xED\x95\x9C区委\n",
        "内蒙古自治区人民政府2024年度法治政府建设情况报告\n\n自治区党委\n"};
    for (const std::string& path : corpus_files()) texts.push_back(test_support::read_file(path));
    std::size_t stops = 0;
    for (const std::string& text : texts) {
        const Report r = govreport::parse(text);
        const ex::BodyAnchors anchors = ex::body_anchors(r);
        for (char32_t c = 0x800; c < 0x1000; ++c) REQUIRE_FALSE(anchors.starts.contains(c));
        for (char32_t c = 0xD000; c < 0xE000; ++c) REQUIRE_FALSE(anchors.starts.contains(c));
        for (const auto& p : govreport::segment::split_paragraphs(r.text, nullptr)) {
            for (std::size_t at = anchors.starts.find(p.text, 0); at < p.text.size();) {
                const auto b0 = static_cast<unsigned char>(p.text[at]);
                CHECK(b0 != 0xE0);
                CHECK(b0 != 0xED);
                ++stops;
                const std::size_t bytes = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
                at = anchors.starts.find(p.text, at + bytes);  // the next character
            }
        }
    }
    CHECK(stops > 100);
    // The same for the title leads the person scan stops at (a fixed set).
    for (char32_t c = 0x800; c < 0x1000; ++c) CHECK_FALSE(ex::title_lead_chars().contains(c));
    for (char32_t c = 0xD000; c < 0xE000; ++c) CHECK_FALSE(ex::title_lead_chars().contains(c));
}

TEST_CASE("PairBytes::may_start turns away no position an anchor starts at", "[bodies][speed][pairs]") {
    // paragraph() skips a position whose first two characters start an anchor when
    // may_start() says its first eight bytes start none (建设 before 建设街道): checked against
    // a comparison with every word, at every position of near misses of the anchors of
    // three issuers and of every corpus report.
    std::vector<std::string> texts;
    for (const char* title : {"启东市人民政府2024年度法治政府建设情况报告",
                              "海拉尔区人民政府2024年度法治政府建设情况报告",
                              "内蒙古自治区人民政府2024年度法治政府建设情况报告"})
        texts.push_back(std::string(title) + "\n\n");
    for (const std::string& path : corpus_files()) texts.push_back(test_support::read_file(path));
    std::size_t starts = 0, others = 0, keys = 0, false_hits = 0;
    for (std::size_t k = 0; k < texts.size(); ++k) {
        const Report r = govreport::parse(texts[k]);
        const ex::BodyAnchors a = ex::body_anchors(r);
        const std::vector<std::string_view> words = anchor_words(a);
        const std::string text = near_misses(words, k) + texts[k];
        for (std::size_t at = 0; at + 8 <= text.size(); ++at) {
            std::uint64_t x = 0;
            std::memcpy(&x, text.data() + at, 8);
            if (!a.pair_bytes.contains(x)) continue;  // may_start() is asked after may_contain()
            const bool start = word_starts_at(words, text, at);
            starts += start;
            others += !start;
            if (start) {
                INFO("report " << k << " at byte " << at);
                CHECK(a.pair_bytes.may_start(x));
            } else if (word_key_at(words, text, at)) {
                ++keys;  // 建设街 of 建设街区: a filter of eight bytes lets it through
            } else {
                false_hits += a.pair_bytes.may_start(x);
            }
        }
    }
    CHECK(starts > 1000);
    CHECK(others - keys > 1000);
    CHECK(false_hits * 10 < others - keys);  // by construction about one in thirty
}

TEST_CASE("the shortcuts find the same bodies among near misses of the anchors", "[bodies][speed]") {
    // Words that share their first two characters with an anchor, or all but its last, next
    // to the anchors themselves and the organ words after them: paragraph()'s test of the
    // first eight bytes turns away the first and never the second.
    for (const char* title : {"启东市人民政府2024年度法治政府建设情况报告",
                              "海拉尔区人民政府2024年度法治政府建设情况报告"}) {
        INFO(title);
        const Report r = govreport::parse(std::string(title) + "\n\n");
        const std::string text = std::string(title) + "\n\n" +
                                 near_misses(anchor_words(ex::body_anchors(r)), 7) + "\n";
        const Counts c = check_both_ways(text);
        CHECK(c.bodies >= 50);
    }
}
