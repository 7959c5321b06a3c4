// The byte pre-tests and look-ups of the structure stage against the decode() loops they replace:
// leads, blanks and item starts of the outline, line trimming, marker prefixes, one-piece maps.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <govreport/report.hpp>

#include "grammar/marker.hpp"
#include "grammar/quantity.hpp"
#include "segment/normalize.hpp"
#include "segment/outline.hpp"
#include "segment/outline_text.hpp"
#include "segment/paragraphs.hpp"
#include "normalize_reference.hpp"
#include "quantity_support.hpp"
#include "test_support.hpp"
#include "util/scan_index.hpp"
#include "util/utf8.hpp"

namespace util = govreport::util;
namespace ot = govreport::segment::outline_text;
using test_support::Lcg;

namespace {

std::string encode(char32_t c) {
    std::string s;
    util::append_utf8(s, c);
    return s;
}

// The loops as they were, decoding every character.
std::size_t skip_space_reference(std::string_view t, std::size_t at, std::size_t to) {
    while (at < to) {
        const char* p = t.data() + at;
        if (!util::is_space(util::decode(p, t.data() + to))) break;
        at = static_cast<std::size_t>(p - t.data());
    }
    return at;
}

std::size_t trim_end_reference(std::string_view t, std::size_t from, std::size_t to) {
    while (to > from) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(t.data() + from, t.data() + to, &n);
        if (!util::is_space(c) || n == 0) break;
        to -= n;
    }
    return to;
}

bool states_quantity_reference(std::string_view lead) {
    for (std::size_t i = 0; i < lead.size(); ++i) {
        if (lead[i] < '0' || lead[i] > '9' || (i > 0 && lead[i - 1] >= '0' && lead[i - 1] <= '9'))
            continue;
        govreport::grammar::quantity_match q;
        if (govreport::grammar::parse_quantity(lead.substr(i), q)) return true;
    }
    return false;
}

// split_lead() as it was: decode up to the first sentence end, counting characters.
ot::Lead split_lead_reference(std::string_view text, std::size_t from, std::size_t to) {
    const char* b = text.data();
    std::size_t chars = 0;
    for (const char* p = b + from; p < b + to;) {
        const char* q = p;
        const char32_t c = util::decode(p, b + to);
        if (util::is_sentence_end(c)) {
            const std::size_t stop = static_cast<std::size_t>(q - b);
            const std::size_t body = skip_space_reference(text, static_cast<std::size_t>(p - b), to);
            if (body >= to) return {from, stop, to, true};
            if (states_quantity_reference(text.substr(from, stop - from))) return {from, from, from, false};
            return {from, stop, body, false};
        }
        if (++chars > ot::kMaxLeadChars) {
            for (const char* r = p; r < b + to;)
                if (util::is_sentence_end(util::decode(r, b + to))) return {from, from, from, false};
            return {from, trim_end_reference(text, from, to), to, true};
        }
    }
    return {from, trim_end_reference(text, from, to), to, true};
}


bool same(const ot::Lead& a, const ot::Lead& b) {
    return a.title_begin == b.title_begin && a.title_end == b.title_end &&
           a.body_begin == b.body_begin && a.standalone == b.standalone;
}

// Offsets of the character boundaries of valid UTF-8 `t`, its end included.
std::vector<std::size_t> boundaries(std::string_view t) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < t.size(); ++i)
        if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) at.push_back(i);
    at.push_back(t.size());
    return at;
}

// Sentence ends, blanks of every length, digits and units, characters of 1–4 bytes.
const char* const kLeadPieces[] = {"法", "治", "建设", "。", "！", "？", "；", "：", "!", "?",
                                   ";", ":", " ", "\u3000", "\u00A0", "\uFEFF", "\u2003", "995",
                                   "件", "%", "é", "😀", "，", "a", "、", "一是"};
const char* const kNoBad[] = {""};

}  // namespace

TEST_CASE("split_lead finds the sentence end as the decode loop did", "[structure][speed]") {
    Lcg rng(61);
    std::vector<std::string> texts;
    for (int round = 0; round < 3000; ++round) {
        std::string s = test_support::random_pieces(rng, kLeadPieces, kNoBad, rng.below(140), false, 1);
        // Long runs without a sentence end: leads of 55–65 characters and 61–240 bytes.
        if (round % 3 == 0) {
            std::string run;
            for (std::uint32_t i = 0, n = 50 + rng.below(20); i < n; ++i) run += i % 7 ? "法" : "a";
            const std::vector<std::size_t> at = boundaries(s);  // text stays valid UTF-8
            s.insert(at[rng.below(static_cast<std::uint32_t>(at.size()))], run);
        }
        texts.push_back(std::move(s));
    }
    texts.push_back("");
    texts.push_back("。");
    texts.push_back(std::string(60, 'a') + "。正文");
    texts.push_back(std::string(61, 'a') + "。正文");
    texts.push_back(std::string(240, 'a') + "。");
    std::string sixty;
    for (int i = 0; i < 60; ++i) sixty += "法";
    texts.push_back(sixty + "。正文");
    texts.push_back(sixty + "法。正文");

    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const util::ScanIndex index(views, {&govreport::segment::enumeration_scan_chars()});
    std::size_t titled = 0, untitled = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const std::string_view text = texts[t];
        const std::vector<std::size_t> at = boundaries(text);
        for (int k = 0; k < 6; ++k) {
            std::size_t from = at[rng.below(static_cast<std::uint32_t>(at.size()))];
            std::size_t to = at[rng.below(static_cast<std::uint32_t>(at.size()))];
            if (from > to) std::swap(from, to);
            if (k == 0) from = 0, to = text.size();
            INFO("text " << t << " [" << from << ", " << to << "): " << text);
            const ot::Lead want = split_lead_reference(text, from, to);
            util::ScanIndex::Cursor direct =
                util::ScanIndex::Cursor::direct(govreport::segment::enumeration_scan_chars(), text);
            util::ScanIndex::Cursor indexed = index.cursor(t, 0);
            const ot::Lead got = ot::split_lead(text, from, to, direct);
            INFO("want " << want.title_begin << " " << want.title_end << " " << want.body_begin << " "
                         << want.standalone << ", got " << got.title_begin << " " << got.title_end
                         << " " << got.body_begin << " " << got.standalone);
            REQUIRE(same(got, want));
            REQUIRE(same(ot::split_lead(text, from, to, indexed), want));
            (want.title_end > want.title_begin ? titled : untitled) += 1;
        }
    }
    CHECK(titled > 1000);
    CHECK(untitled > 1000);
}

TEST_CASE("skip_space and trim_end stop where the decode loops stopped", "[structure][speed]") {
    const char* const bad[] = {"\x80", "\xE3\x80", "\xE3", "\xC2", "\xEF\xBB", "\xFF", "\xE2\x80"};
    Lcg rng(62);
    for (int round = 0; round < 20000; ++round) {
        const std::string s =
            test_support::random_pieces(rng, kLeadPieces, bad, rng.below(10), round % 2 == 1, 3);
        INFO("round " << round << ": " << s);
        for (std::size_t at = 0; at <= s.size(); ++at) {
            REQUIRE(ot::skip_space(s, at, s.size()) == skip_space_reference(s, at, s.size()));
            REQUIRE(ot::trim_end(s, 0, at) == trim_end_reference(s, 0, at));
            REQUIRE(ot::trim_end(s, at, s.size()) == trim_end_reference(s, at, s.size()));
        }
    }
}

TEST_CASE("may_start_item lets through every enumeration marker", "[structure][speed]") {
    govreport::grammar::marker_match m;
    std::size_t items = 0;
    for (char32_t c = 0x20; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        // Any first character, then what makes a numeral complete: 是 or 十是.
        for (const char* rest : {"是", "十是", "一是"}) {
            const std::string s = encode(c) + rest;
            if (!govreport::grammar::parse_enumeration(s, m)) continue;
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " then " << rest);
            REQUIRE(ot::may_start_item(s, 0));
            ++items;
        }
    }
    CHECK(items >= 11);
    // The ends of a text: nothing can start there.
    CHECK_FALSE(ot::may_start_item("", 0));
    CHECK_FALSE(ot::may_start_item("\xE4", 0));
    CHECK_FALSE(ot::may_start_item("是一", 6));
    // And it turns away the characters most sentences start with.
    for (std::string_view s : {"的", "我", "在", "是", "a", "，", "。"}) CHECK_FALSE(ot::may_start_item(s, 0));
}

TEST_CASE("parse_marker compares its byte prefixes only inside the text", "[grammar][speed]") {
    govreport::grammar::marker_match m;
    // Every prefix of a marker shorter than the marker is none.
    for (std::string_view full : {"（一）", "(2)", "①", "⑳", "⒈", "一、", "三是", "12."}) {
        for (std::size_t n = 0; n < full.size(); ++n) {
            INFO(full << " cut at " << n);
            const std::string cut(full.substr(0, n));  // its own buffer: nothing to read after
            CHECK_FALSE(govreport::grammar::parse_marker(cut, m));
        }
    }
    REQUIRE(govreport::grammar::parse_marker("（一）", m));
    CHECK(m.kind == govreport::MarkerKind::chinese_paren);
    REQUIRE(govreport::grammar::parse_marker("⑳", m));
    CHECK(m.ordinal == 20);
    // Lead bytes shared with the markers' first bytes but another character.
    CHECK_FALSE(govreport::grammar::parse_marker("（", m));
    CHECK_FALSE(govreport::grammar::parse_marker("\xEF\xBC\x89一）", m));  // ）
    CHECK_FALSE(govreport::grammar::parse_marker("\xE2\x90\xA0", m));
}

TEST_CASE("a one-piece paragraph maps offsets as the piece search did", "[paragraphs][speed]") {
    const std::string input = "\u3000\u3000法治政府建设。\n";
    const auto ps = govreport::segment::split_paragraphs(input, nullptr);
    REQUIRE(ps.size() == 1);
    const auto& p = ps[0];
    REQUIRE(p.pieces.size() == 1);
    const std::uint64_t start = p.source_start();
    CHECK(start == 6);
    for (std::size_t at = 0; at <= p.text.size(); ++at) {
        CHECK(p.to_source(at) == start + at);
        CHECK(p.to_source_start(at) == start + at);
    }
    // Past the end: the end, as the searches gave for an offset past the last piece.
    CHECK(p.to_source(p.text.size() + 5) == p.source_end());
    CHECK(p.to_source_start(p.text.size() + 5) == p.source_end());
}

TEST_CASE("lines are trimmed as the decode loops trimmed them", "[paragraphs][speed]") {
    // Blanks of every kind, and characters that share a blank's lead or last byte (。 、 “ ”
    // ， and the rest of E3 80 xx, E2 80 xx and EF BC xx) next to them.
    const char* const blanks[] = {" ", "\t", "\r", "\u3000", "\u00A0", "\uFEFF", "\u2003", "\u200B"};
    // U+3000 is stepped over from its bytes: E3 80 cut short and E3 80 81 (、) stop there.
    const char* const inner[] = {"法", "治", "。", "、", "“", "”", "，", "《", "a", "é", "\u3001",
                                 "\xE3\x80"};
    Lcg rng(63);
    for (int round = 0; round < 4000; ++round) {
        std::string line;
        std::string lead, body, tail;
        for (std::uint32_t i = 0, n = rng.below(3); i < n; ++i) lead += blanks[rng.below(8)];
        for (std::uint32_t i = 0, n = 1 + rng.below(5); i < n; ++i) body += inner[rng.below(12)];
        for (std::uint32_t i = 0, n = rng.below(3); i < n; ++i) tail += blanks[rng.below(8)];
        line = lead + body + tail;
        INFO("round " << round << ": " << line);
        std::size_t b = skip_space_reference(line, 0, line.size());
        const std::size_t e = trim_end_reference(line, b, line.size());
        const std::string input = line + "\n";  // the paragraphs view it
        const auto ps = govreport::segment::split_paragraphs(input, nullptr);
        REQUIRE(ps.size() == 1);
        REQUIRE(ps[0].text == std::string_view(line).substr(b, e - b));
        CHECK(ps[0].indented == (b > 0));
    }
}

TEST_CASE("normalize_title steps over Han characters only when they are well formed",
          "[structure][speed]") {
    using govreport::segment::normalize_title;
    CHECK(normalize_title("法治政府建设情况") == "法治政府建设情况");
    CHECK(normalize_title("") == "");
    // E4–E9 leads without their continuation bytes, or cut off at the end, are repaired.
    CHECK(normalize_title("法\xE6\xB2") == "法\uFFFD\uFFFD");
    CHECK(normalize_title("\xE4\x41\x42") == "\uFFFD" "AB");
    CHECK(normalize_title("\xE9\xBF") == "\uFFFD\uFFFD");
    // A blank after a Han character is still seen.
    CHECK(normalize_title("法治\u3000政府") == "法治政府");
}

TEST_CASE("normalize_title's five-character step agrees with the plain rewrite", "[structure][speed]") {
    using govreport::segment::normalize_title;
    // Han characters at both ends of E4–E9 (U+4000, U+9FFF), their neighbours outside it
    // (E3 and EA leads), bytes cut short, blanks and half-width punctuation.
    const char* const pieces[] = {"法", "治", "\u4000", "\u9FFF", "\u3FFF", "\uA000", "。", "，",
                                  " ", "\u3000", ",", "(", "a", "1", "é", "😀", "\n"};
    const char* const bad[] = {"\xE6\xB3", "\xE6", "\x80", "\xE4\x41", "\xE9\xC0\x80", "\xFF"};
    Lcg rng(64);
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        // Mostly runs of Han characters, so that the 16-byte step is taken at every offset.
        for (std::uint32_t i = 0, n = rng.below(40); i < n; ++i)
            s += rng.below(4) != 0 ? (rng.below(2) ? "法" : "治")
                 : (round % 2 && rng.below(6) == 0) ? bad[rng.below(6)]
                                                    : pieces[rng.below(17)];
        INFO("round " << round << ": " << s);
        REQUIRE(normalize_title(s) == normalize_reference::normalize_title(s));
    }
}

TEST_CASE("split_lead finds quantities at every offset of a 16-byte block", "[structure][speed]") {
    // A digit just before, at or after each block boundary, after a digit or not.
    for (std::size_t pad = 0; pad < 40; ++pad) {
        for (const char* number : {"995件", "9", "50%", "3.5万元", "a1", "１２"}) {
            for (std::size_t han = 0; han < 3; ++han) {
                std::string lead(pad, 'a');
                for (std::size_t i = 0; i < han; ++i) lead += "法";
                lead += number;
                for (const char* tail : {"", "法治", "7"}) {
                    const std::string text = lead + tail + "。正文";
                    INFO(text);
                    util::ScanIndex::Cursor ends =
                        util::ScanIndex::Cursor::direct(govreport::segment::enumeration_scan_chars(), text);
                    REQUIRE(same(ot::split_lead(text, 0, text.size(), ends),
                                 split_lead_reference(text, 0, text.size())));
                }
            }
        }
    }
}

TEST_CASE("every sentence end the enumeration scan steps over is ASCII or three bytes long",
          "[structure][speed]") {
    // find_enumerations() steps over a sentence end by its lead byte alone: one byte below
    // 80, else three.
    const govreport::util::CharSet& ends = govreport::segment::enumeration_scan_chars();
    std::size_t found = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if ((c >= 0xD800 && c <= 0xDFFF) || !ends.contains(c)) continue;
        const std::string s = encode(c);
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        REQUIRE(s.size() == (static_cast<unsigned char>(s[0]) < 0x80 ? 1u : 3u));
        ++found;
    }
    CHECK(found == 9);
}

namespace {

// The texts the outline scans: every paragraph of every corpus report (none when the corpus
// is missing), copied so that they outlive the reports' buffers.
std::vector<std::string> corpus_paragraph_texts() {
    std::vector<std::string> out;
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{})) {
        const std::string text = test_support::read_file(path);
        for (const govreport::segment::Paragraph& p : govreport::segment::split_paragraphs(text, nullptr))
            out.emplace_back(p.text);
    }
    return out;
}

// The sentence ends find_enumerations() stops at, walked as it walked them before: a search
// (find) from the end of the blanks after each one.
std::vector<std::size_t> sentence_end_walk_reference(std::string_view text,
                                                     util::ScanIndex::Cursor ends) {
    std::vector<std::size_t> out;
    for (std::size_t at = 0; (at = ends.find(at)) < text.size();) {
        out.push_back(at);
        const char* p = text.data() + at;
        util::decode(p, text.data() + text.size());
        at = skip_space_reference(text, static_cast<std::size_t>(p - text.data()), text.size());
    }
    return out;
}

// The walk as find_enumerations() does it now: the cursor's next position after each one.
std::vector<std::size_t> sentence_end_walk(std::string_view text, util::ScanIndex::Cursor ends) {
    std::vector<std::size_t> out;
    for (std::size_t end = ends.find(0); end < text.size();) {
        out.push_back(end);
        const std::size_t after = end + (static_cast<unsigned char>(text[end]) < 0x80 ? 1 : 3);
        end = ends.find_next(after);
    }
    return out;
}

}  // namespace

TEST_CASE("the enumeration scan steps to the sentence end a search after the blanks finds",
          "[structure][speed][corpus]") {
    // No sentence end is a blank: so the blanks skipped after one hold no other.
    const govreport::util::CharSet& set = govreport::segment::enumeration_scan_chars();
    for (char32_t c = 0; c < 0x10000; ++c)
        if (set.contains(c)) REQUIRE_FALSE(util::is_space(c));

    std::vector<std::string> texts = corpus_paragraph_texts();
    const std::size_t from_corpus = texts.size();
    Lcg rng(67);
    for (int round = 0; round < 3000; ++round)
        texts.push_back(test_support::random_pieces(rng, kLeadPieces, kNoBad, rng.below(80), false, 1));
    texts.push_back("");
    texts.push_back("。 　 。");
    texts.push_back("；\u3000\u3000；; ;");
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const util::ScanIndex index(views, {&set});
    std::size_t stops = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const std::string_view text = texts[t];
        INFO("text " << t << ": " << text);
        const std::vector<std::size_t> want =
            sentence_end_walk_reference(text, util::ScanIndex::Cursor::direct(set, text));
        REQUIRE(sentence_end_walk(text, index.cursor(t, 0)) == want);
        REQUIRE(sentence_end_walk(text, util::ScanIndex::Cursor::direct(set, text)) == want);
        stops += want.size();
    }
    CHECK(stops > 3000);
    if (from_corpus == 0) WARN("corpus/ not found (set GOVREPORT_SHARED_DIR): synthetic texts only");
}

namespace {

bool same_span(const govreport::Span& a, const govreport::Span& b) {
    return a.start == b.start && a.end == b.end;
}

// The outline's sections, measures and diagnostics, field by field.
void require_same_outline(const govreport::Report& a, const govreport::Report& b) {
    REQUIRE(a.sections.size() == b.sections.size());
    for (std::size_t i = 0; i < a.sections.size(); ++i) {
        const govreport::Section& x = a.sections[i];
        const govreport::Section& y = b.sections[i];
        INFO("section " << i);
        REQUIRE(x.id == y.id);
        REQUIRE(x.level == y.level);
        REQUIRE(x.marker == y.marker);
        REQUIRE(x.ordinal == y.ordinal);
        REQUIRE(x.title == y.title);
        REQUIRE(same_span(x.span, y.span));
        REQUIRE(same_span(x.title_span, y.title_span));
        REQUIRE(same_span(x.extent, y.extent));
        REQUIRE(x.parent == y.parent);
        REQUIRE(x.children == y.children);
        REQUIRE(x.measures == y.measures);
    }
    REQUIRE(a.measures.size() == b.measures.size());
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
        const govreport::Measure& x = a.measures[i];
        const govreport::Measure& y = b.measures[i];
        INFO("measure " << i);
        REQUIRE(x.id == y.id);
        REQUIRE(x.section == y.section);
        REQUIRE(x.marker == y.marker);
        REQUIRE(x.ordinal == y.ordinal);
        REQUIRE(x.is_inline == y.is_inline);
        REQUIRE(x.title == y.title);
        REQUIRE(x.body == y.body);
        REQUIRE(same_span(x.span, y.span));
        REQUIRE(same_span(x.title_span, y.title_span));
        REQUIRE(same_span(x.extent, y.extent));
    }
    REQUIRE(a.diagnostics.size() == b.diagnostics.size());
    for (std::size_t i = 0; i < a.diagnostics.size(); ++i) {
        INFO("diagnostic " << i);
        REQUIRE(a.diagnostics[i].code == b.diagnostics[i].code);
        REQUIRE(a.diagnostics[i].message == b.diagnostics[i].message);
        REQUIRE(same_span(a.diagnostics[i].span, b.diagnostics[i].span));
    }
}

}  // namespace

TEST_CASE("the outline is the same through the scan index and through direct searches",
          "[structure][speed][corpus]") {
    std::vector<std::string> inputs;
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{}))
        inputs.push_back(test_support::read_file(path));
    // Items inline and at paragraph starts, out of order, after blanks, under every rank.
    inputs.push_back("一、总体情况\n（一）领导\n一是加强学习。 二是完善制度；三是 推进。五是考核。\n"
                     "二是重复。\n1. 建立机制。一是甲。二是乙！\n（1）细则。\n二、存在的不足\n"
                     "一是 短板。二是差距。二是重复。一是回头。\n三、下一步打算\n①一项。②二项。");
    const std::vector<const govreport::util::CharSet*> sets = {&govreport::segment::enumeration_scan_chars()};
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        INFO("input " << k);
        const std::vector<govreport::segment::Paragraph> ps =
            govreport::segment::split_paragraphs(inputs[k], nullptr);
        std::vector<std::string_view> texts;
        for (const govreport::segment::Paragraph& p : ps) texts.push_back(p.text);
        const util::ScanIndex scans(texts, sets);
        govreport::Report indexed, direct;
        govreport::segment::build_outline(ps, 0, indexed, &scans, 0);
        govreport::segment::build_outline(ps, 0, direct);
        require_same_outline(indexed, direct);
        if (k + 1 == inputs.size()) CHECK(indexed.measures.size() >= 8);
    }
}
