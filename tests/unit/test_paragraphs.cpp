// Paragraph segmentation and PDF page-break repair (lib/segment/paragraphs), with the byte map.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "grammar/marker.hpp"
#include "grammar/numeral.hpp"
#include "grammar/page_number.hpp"
#include "quantity_support.hpp"
#include "segment/paragraphs.hpp"
#include "test_support.hpp"
#include "util/utf8.hpp"

using govreport::segment::Join;
using govreport::segment::Paragraph;
using govreport::segment::split_paragraphs;

namespace {

// Every paragraph's pieces tile its text, in order, and each maps back to the same bytes
// of the input.
void check_pieces(std::string_view input, const std::vector<Paragraph>& ps) {
    std::uint64_t last_source_end = 0;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Paragraph& p = ps[i];
        INFO("paragraph " << i << ": " << p.text);
        REQUIRE_FALSE(p.pieces.empty());
        std::uint64_t offset = 0;
        for (const auto& piece : p.pieces) {
            CHECK(piece.offset == offset);
            CHECK(piece.source >= last_source_end);
            REQUIRE(piece.source + piece.length <= input.size());
            REQUIRE(piece.offset + piece.length <= p.text.size());
            CHECK(input.substr(piece.source, piece.length) ==
                  std::string_view(p.text).substr(piece.offset, piece.length));
            offset += piece.length;
            last_source_end = piece.source + piece.length;
        }
        CHECK(offset == p.text.size());
        CHECK(p.source_start() == p.pieces.front().source);
        CHECK(p.source_end() == p.pieces.back().source + p.pieces.back().length);
    }
}

// The paragraphs view `input`: callers keep it alive while they use them.
std::vector<Paragraph> split(std::string_view input, std::vector<Join>* joins = nullptr) {
    std::vector<Paragraph> ps = split_paragraphs(input, joins);
    check_pieces(input, ps);
    return ps;
}

// Lines of the seed around its page breaks (the PDF cut them mid-word or mid-sentence).
const std::string kKaoHe =
    "2. 不断强化法治督察考核。深化党对法治政府建设的全面领导，完善法治建设考核制度，"
    "加大法治考核权重占比，将所在考核指标的考核权";
const std::string kKaoHeNext = "重从1分提升至2分。以南通市委依法治市办来启开展综合督察为契机。";

const std::string kTan =
    "4.持续深化“放管服”改革。持续拓展管家服务，实施一体化集成办理、深化数据资源“一网共享”，探";
const std::string kTanNext = "索推动更深层次、更高水平的“减环节、减材料、减时限、减跑动”。";

const std::string kHui =
    "14.探索枫桥经验启东模式。健全完善矛盾纠纷多元化解“一站式”服务平台，"
    "“全国劳模于冬娟工作室”一室通解农家纠纷，“汇";
const std::string kHuiNext = "东老张调解室”化解重特大非警务矛盾，成效显著。";

}  // namespace

TEST_CASE("page breaks inside a word are joined", "[paragraphs]") {
    struct Case {
        const std::string& before;
        const std::string& after;
    };
    const Case cases[] = {{kKaoHe, kKaoHeNext}, {kTan, kTanNext}, {kHui, kHuiNext}};
    for (const Case& c : cases) {
        const std::string input = c.before + "\n\n" + c.after + "\n";
        INFO("input: " << input);
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 1);
        CHECK(ps[0].text == c.before + c.after);
        REQUIRE(ps[0].pieces.size() == 2);
        CHECK(ps[0].pieces[1].source == c.before.size() + 2);
        REQUIRE(joins.size() == 1);
        // The join is the removed line break.
        CHECK(joins[0].start == c.before.size());
        CHECK(joins[0].end == c.before.size() + 2);
    }
}

TEST_CASE("the seed's quoted name cut by a page break is whole again", "[paragraphs]") {
    const std::string input = kHui + "\n\n" + kHuiNext;  // no final newline
    const auto ps = split(input);
    REQUIRE(ps.size() == 1);
    CHECK(test_support::contains(ps[0].text, "“汇东老张调解室”"));
}

TEST_CASE("to_source and to_source_start at a piece boundary", "[paragraphs]") {
    const std::string input = kKaoHe + "\n\n" + kKaoHeNext;
    const auto ps = split(input);
    REQUIRE(ps.size() == 1);
    const Paragraph& p = ps[0];
    CHECK(p.to_source(0) == 0);
    CHECK(p.to_source_start(0) == 0);
    // The end of the first piece maps to its end; as a range start, to the next piece.
    CHECK(p.to_source(kKaoHe.size()) == kKaoHe.size());
    CHECK(p.to_source_start(kKaoHe.size()) == kKaoHe.size() + 2);
    CHECK(p.to_source(p.text.size()) == input.size());
    // Inside the second piece: shifted by the removed "\n\n".
    const std::size_t at = kKaoHe.size() + 3;
    CHECK(p.to_source(at) == at + 2);
    CHECK(input.substr(p.to_source_start(at), 3) == p.text.substr(at, 3));
}

TEST_CASE("a break right before a structure marker is not joined", "[paragraphs]") {
    const std::string before =
        "8.强化精准施策，推进综合执法规范化建设。根据涉企柔性执法清单明确整改工作要求，逐一销号，及时整改到位";
    const char* const markers[] = {
        "（二）加快转变政府职能，法治化营商环境不断优化",
        "(二)加快转变政府职能",
        "二、2024年法治政府建设存在的主要不足",
        "9. 主动接受人大、政协和社会各界监督。",
        "9.主动接受人大监督。",
        "（1）加强组织领导。",
        "①加强组织领导。",
        "三是持续优化法治化营商环境。",
    };
    for (const char* m : markers) {
        const std::string input = before + "\n\n" + m + "\n";
        INFO("input: " << input);
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == before);
        CHECK(ps[1].text == m);
        CHECK(joins.empty());
    }
}

TEST_CASE("a heading is never joined with the next paragraph", "[paragraphs]") {
    const char* const headings[] = {
        "一、推进法治政府建设的主要做法及成效",
        "二、2024年法治政府建设存在的主要不足",
        "三、2024年党政主要负责人履行第一责任人职责情况",
        "四、2025 年推进法治政府建设的工作安排",
        "（一）坚持擦亮思想航灯，法治政府工作合力进一步凝聚",
        "（五）积极化解矛盾纠纷，社会环境更加和谐稳定",
    };
    const std::string next =
        "2024年，我市在推进法治政府建设中取得了一定成效，但还存在一些不足，切实加以解决。";
    for (const char* h : headings) {
        const std::string input = std::string(h) + "\n\n" + next + "\n";
        INFO("input: " << input);
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == h);
        CHECK(ps[1].text == next);
        CHECK(joins.empty());
    }
}

TEST_CASE("a title line never continues the web-page chrome above it", "[paragraphs]") {
    // Lines without final punctuation, as a page break leaves them: the title must stay a
    // paragraph of its own, or the report takes the chrome's date and words as its own.
    const std::string chrome = "天津市静海区人民政府 2019年12月3日星期二";
    const std::string title = "静海区2023年度法治政府建设情况报告";
    const std::string source = "来源:静海区人民政府办公室 发布时间:2024-03-28 09:18";
    const std::string input = chrome + "\n\n" + title + "\n" + source + "\n\n" + title +
                              "\n\n2023年，静海区坚持以习近平法治思想为指导。\n";
    const auto ps = split(input);
    REQUIRE(ps.size() == 5);
    CHECK(ps[0].text == "天津市静海区人民政府 2019年12月3日星期二");
    CHECK(ps[1].text == title);
    CHECK(ps[3].text == title);
    // Nor does anything continue a breadcrumb, a menu or a line of labels.
    for (const char* top : {"当前位置: 首页 > 专题专栏 > 法治建设", "无障碍 简体| 繁体",
                            "今天是:2019年10月31日 星期三 农历十月初七"}) {
        INFO(top);
        const auto two = split(std::string(top) + "\n\n中共浚县县委  浚县人民政府\n");
        CHECK(two.size() == 2);
    }
    // The rest of a sentence cut by a page break still joins, 报告 or not.
    const std::string cut = "区政府常务会议审议了《静海区2022年度法治政府建设情况";
    const auto joined = split(cut + "\n\n报告》，并研究部署法治政府建设事项。\n");
    REQUIRE(joined.size() == 1);
}

TEST_CASE("a paragraph that ends a sentence is not joined", "[paragraphs]") {
    const std::string body =
        "10. 切实加强司法、审计监督。各级人民政府及其工作部门自觉接受司法监督，推进规范管理，对发现的案件线索及时进行移送处置";
    const std::string next = "文件。自成立以来，市行政争议调处中心已与南通开发区法院开展正式工作对接。";
    // 。！？；： end sentences or clauses; so does a closing quote after one of them.
    for (const char* end : {"。", "！", "？", "；", "：", "。”", "。）"}) {
        const std::string first = body + end;
        const std::string input = first + "\n\n" + next + "\n";
        INFO("ending: " << end);
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == first);
        CHECK(ps[1].text == next);
        CHECK(joins.empty());
    }
}

TEST_CASE("a page break after a comma is joined", "[paragraphs]") {
    // Seed line "6. 坚持科学民主，切实提高决策水平。加强立法民意征集，" + next page.
    const std::string first = "6. 坚持科学民主，切实提高决策水平。加强立法民意征集，";
    const std::string next = "畅通民众征集渠道，逐步形成一支较为稳定、参与立法的群众力量。";
    std::vector<Join> joins;
    const std::string input = first + "\n\n" + next + "\n";  // outlives the paragraphs
    const auto ps = split(input, &joins);
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].text == first + next);
    CHECK(joins.size() == 1);
}

TEST_CASE("a break before text that only looks like a marker is joined", "[paragraphs]") {
    // 2.8万条, 4.0版, 2024年 and 12345 start with digits but are no structure markers.
    const std::string before =
        "1. 压实领导责任。全年研究部署，推动各项任务落地落实，数据资源共享数量提升至";
    for (const char* next : {"2.8万条，成效显著。", "4.0版运行，成效显著。", "2024年底，成效显著。",
                             "12345便民服务热线，成效显著。", "十四五规划目标，成效显著。"}) {
        const std::string input = before + "\n\n" + next + "\n";
        INFO("input: " << input);
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 1);
        CHECK(ps[0].text == before + next);
        CHECK(joins.size() == 1);
    }
}

TEST_CASE("CRLF line ends", "[paragraphs]") {
    SECTION("separate paragraphs keep no carriage return") {
        const std::string a = "2024年，我市在推进法治政府建设中取得了一定成效。";
        const std::string b = "法治政府建设推进机制有待进一步完善。";
        const std::string input = a + "\r\n\r\n" + b + "\r\n";
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == a);
        CHECK(ps[1].text == b);
        CHECK(ps[1].pieces[0].source == a.size() + 4);
        CHECK(joins.empty());
    }
    SECTION("a page break across CRLF lines is joined without the CRs") {
        const std::string input = kKaoHe + "\r\n\r\n" + kKaoHeNext + "\r\n";
        std::vector<Join> joins;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 1);
        CHECK(ps[0].text == kKaoHe + kKaoHeNext);
        CHECK_FALSE(test_support::contains(ps[0].text, "\r"));
        REQUIRE(ps[0].pieces.size() == 2);
        CHECK(ps[0].pieces[1].source == kKaoHe.size() + 4);
        REQUIRE(joins.size() == 1);
        CHECK(joins[0].start == kKaoHe.size());
        CHECK(joins[0].end == kKaoHe.size() + 4);
    }
    SECTION("single CRLF between lines") {
        const std::string input = "第一行内容结束。\r\n第二行内容结束。\r\n";
        const auto ps = split(input);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == "第一行内容结束。");
        CHECK(ps[1].text == "第二行内容结束。");
    }
}

TEST_CASE("lines are trimmed and indentation is recorded", "[paragraphs]") {
    const std::string input =
        "\u3000\u30002024 年，在南通市委、市政府的坚强领导下推进法治建设。  \n"
        "  \t\n"
        "\xEF\xBB\xBF" "二、存在的不足\n";
    const auto ps = split(input);
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "2024 年，在南通市委、市政府的坚强领导下推进法治建设。");
    CHECK(ps[0].indented);
    CHECK(ps[0].pieces[0].source == 6);
    CHECK(ps[1].text == "二、存在的不足");
}

TEST_CASE("empty and blank inputs give no paragraphs", "[paragraphs]") {
    for (const char* input : {"", "\n", "\n\n\n", "   \n\t\n", "\u3000\n", "\r\n\r\n"}) {
        std::vector<Join> joins;
        CHECK(split_paragraphs(input, &joins).empty());
        CHECK(joins.empty());
    }
    // A null joins pointer is allowed.
    const std::string input = kKaoHe + "\n\n" + kKaoHeNext;
    const auto ps = split_paragraphs(input, nullptr);
    CHECK(ps.size() == 1);
}

TEST_CASE("the seed's nine page breaks are repaired and nothing else is joined", "[paragraphs]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    std::vector<Join> joins;
    const auto ps = split(seed, &joins);
    CHECK(joins.size() == 9);

    // The last characters before and the first after each break, read from the seed.
    const std::pair<const char*, const char*> breaks[] = {
        {"的考核权", "重从1分"},       {"“一网共享”，探", "索推动"},
        {"加强立法民意征集，", "畅通民众"}, {"及时整改", "到位。"},
        {"任中经济", "责任审计"},       {"等配套", "文件。自成立以来"},
        {"一室通解农家纠纷，“汇", "东老张调解室”"}, {"全市各级党政主要负", "责人严格按照"},
        {"全过程管控，做好", "行政规范性文件备案审查"},
    };
    for (const auto& b : breaks) {
        const std::string before = b.first, after = b.second;
        INFO("break: " << before << " | " << after);
        const std::size_t at = seed.find(before + "\n\n" + after);
        REQUIRE(at != std::string::npos);
        const std::uint64_t start = at + before.size();
        bool found = false;
        for (const Join& j : joins) found = found || (j.start == start && j.end == start + 2);
        CHECK(found);
        // And the paragraph holding it reads on across the break.
        bool joined = false;
        for (const Paragraph& p : ps) joined = joined || test_support::contains(p.text, before + after);
        CHECK(joined);
    }
    // The structure lines stay paragraphs of their own.
    for (const char* heading : {"一、推进法治政府建设的主要做法及成效",
                                "（三）持续推进机制建设，依法行政能力水平不断提高",
                                "四、2025 年推进法治政府建设的工作安排"}) {
        bool alone = false;
        for (const Paragraph& p : ps) alone = alone || p.text == heading;
        CHECK(alone);
    }
}

TEST_CASE("every form of page number is a page break and lines that only start like one are text",
          "[paragraphs]") {
    // Each alternative of the page-number rule, with each of its dashes: the line goes and
    // the sentence cut around it is joined.
    for (const char* page : {"— 3 —", "-3-", "－ 12 －", "– 7 –", "―5―", "—— 8 ——", "第 3 页",
                             "第3页 共12页", "3/12", "3 / 12", "3／12", "12", "0001"}) {
        INFO(page);
        std::vector<Join> joins;
        const std::string input = kKaoHe + "\n" + page + "\n" + kKaoHeNext;
        const auto ps = split(input, &joins);
        REQUIRE(ps.size() == 1);
        CHECK(ps[0].text == kKaoHe + kKaoHeNext);
        CHECK(joins.size() == 1);
    }
    // Lines that start with a digit, a dash or 第 and are no page number stay.
    for (const char* line : {"第三章：总则", "— 以上为摘要 —", "12345", "3/12的人", "第3页面",
                             "-", "—", "第", "7 月", "―"}) {
        INFO(line);
        const std::string input = kKaoHe + "。\n" + line + "\n" + kKaoHeNext;
        const auto ps = split(input);
        bool found = false;
        for (const Paragraph& p : ps) found = found || p.text.find(line) != std::string::npos;
        CHECK(found);
    }
}

TEST_CASE("every kind of white space is trimmed from both ends of a line", "[paragraphs]") {
    for (const char* space : {" ", "\t", "\r", "\f", "\v", "\u00A0", "\u1680", "\u2000", "\u2005",
                              "\u200A", "\u200B", "\u202F", "\u205F", "\u3000", "\uFEFF"}) {
        INFO("space " << space);
        const std::string s = space;
        const std::string input = s + s + "法治政府建设" + s + "\n" + s + "二、不足" + s + s + "\n";
        const auto ps = split(input);
        REQUIRE(ps.size() == 2);
        CHECK(ps[0].text == "法治政府建设");
        CHECK(ps[1].text == "二、不足");
        CHECK(ps[0].pieces[0].source == 2 * s.size());
    }
    // Characters next to the spaces' ranges stay.
    const auto ps = split("\u2010法治\u200C\n\u3001二\u00A1\n");
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].text == "\u2010法治\u200C");
    CHECK(ps[1].text == "\u3001二\u00A1");
}

TEST_CASE("PieceList keeps its pieces in order, inline or not, through copies", "[paragraphs]") {
    using govreport::segment::Piece;
    using govreport::segment::PieceList;
    PieceList list;
    CHECK(list.empty());
    CHECK(list.begin() == list.end());
    std::vector<Piece> expected;
    for (std::uint64_t i = 0; i < 9; ++i) {
        const Piece p{100 + i, 10 * i, i + 1};
        list.push_back(p);
        expected.push_back(p);
        REQUIRE(list.size() == expected.size());
        // A copy made at each size (one inline piece, then the vector) reads the same.
        const PieceList copy = list;
        for (const PieceList* l : {static_cast<const PieceList*>(&list), &copy}) {
            std::size_t k = 0;
            for (const Piece& q : *l) {
                CHECK(q.source == expected[k].source);
                CHECK(q.offset == expected[k].offset);
                CHECK(q.length == expected[k].length);
                ++k;
            }
            CHECK(k == expected.size());
            CHECK((*l)[i].source == 100 + i);
            CHECK(l->front().source == 100);
            CHECK(l->back().source == 100 + i);
        }
    }
}

TEST_CASE("only numeral Han characters start a marker, as the long-line cut assumes",
          "[paragraphs][speed]") {
    // split_long_line() asks parse_marker only at Han characters that are numerals: every
    // other one, whatever follows it, must be no marker.
    govreport::grammar::marker_match m;
    std::size_t numerals = 0;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) {
        std::string first;
        govreport::util::append_utf8(first, c);
        const bool numeral = govreport::grammar::is_chinese_numeral_char(c);
        numerals += numeral;
        for (const char* rest : {"、", "是", "十是", "．", "，", "一、", "百零五、", ""}) {
            const std::string s = first + rest + "法治";
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " then " << rest);
            if (!numeral) REQUIRE_FALSE(govreport::grammar::parse_marker(s, m));
        }
    }
    CHECK(numerals >= 10);
}

TEST_CASE("spaces between Han characters are left out wherever they fall in the input",
          "[paragraphs][speed]") {
    // split_paragraphs finds the spaces with one search that runs on across lines without
    // any: every line, with spaces or not, must come out as the rule says. Each line ends a
    // sentence, so that none is joined with the next.
    // Han characters at both ends of U+4E00–U+9FFF and their neighbours with the same lead
    // bytes (U+4DFF, U+A000), digits, a Han character cut short.
    const char* const pieces[] = {"法", "治", " ", "  ", "   ", "a", "，", "建设", "\u4DFF", "\u4E00",
                                  "\u9FFF", "\uA000", "2024", "\xE6\xB3"};
    auto is_han = [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; };
    test_support::Lcg rng(65);
    for (int round = 0; round < 300; ++round) {
        std::string input;
        std::vector<std::string> want;
        for (std::uint32_t l = 0, lines = 1 + rng.below(12); l < lines; ++l) {
            std::string line = "法";
            for (std::uint32_t i = 0, n = rng.below(round % 3 == 0 ? 200 : 12); i < n; ++i)
                line += pieces[rng.below(rng.below(3) == 0 ? 14 : 2)];
            line += "。";
            input += line + (l % 2 ? "\r\n" : "\n");
            // The rule: a run of one or two spaces between two Han characters goes.
            std::string expected;
            for (std::size_t at = 0; at < line.size();) {
                if (line[at] != ' ') {
                    expected += line[at++];
                    continue;
                }
                std::size_t run = at;
                while (run < line.size() && line[run] == ' ') ++run;
                const char32_t before = govreport::util::decode_before(line.data(), line.data() + at);
                const char* q = line.data() + run;
                const char32_t after = govreport::util::decode(q, line.data() + line.size());
                if (!(run - at <= 2 && is_han(before) && is_han(after))) expected.append(line, at, run - at);
                at = run;
            }
            want.push_back(expected);
        }
        INFO("round " << round << ": " << input);
        const auto ps = split_paragraphs(input, nullptr);
        check_pieces(input, ps);
        REQUIRE(ps.size() == want.size());
        for (std::size_t i = 0; i < ps.size(); ++i) REQUIRE(ps[i].text == want[i]);
    }
}

TEST_CASE("may_start_marker turns away only texts that parse_marker finds no marker in",
          "[paragraphs][speed][corpus]") {
    // The pre-test is exact where it says no: parse_marker (the reference) must agree. Where
    // it says yes, parse_marker decides; the texts below also check that it says no often.
    using govreport::segment::may_start_marker;
    govreport::grammar::marker_match m;
    std::size_t turned_away = 0, markers = 0, checked = 0;
    auto check = [&](std::string_view t) {
        const bool marker = govreport::grammar::parse_marker(t, m);
        if (!may_start_marker(t)) {
            INFO("text: " << t);
            REQUIRE_FALSE(marker);
            ++turned_away;
        }
        markers += marker;
        ++checked;
    };
    // Every character position of every corpus paragraph.
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{})) {
        const std::string input = test_support::read_file(path);
        for (const Paragraph& p : split_paragraphs(input, nullptr))
            for (std::size_t at = 0; at < p.text.size(); ++at)
                if ((static_cast<unsigned char>(p.text[at]) & 0xC0) != 0x80) check(p.text.substr(at));
    }
    // Digits of every count before every separator, brackets, numerals and their neighbours,
    // bytes cut short or ill-formed.
    const char* const heads[] = {"", "1", "12", "123", "1234", "12345", "0", "9", "(", "（", "①",
                                 "〇", "一", "十二", "两", "法", "\xE4", "\xE4\x41", "\xE6\xB3",
                                 "\xE9\xBF\xC0", "\xC2\xA0", "a", " ", "-", "２"};
    const char* const tails[] = {"", ".", "．", "、", "，", ",", "是", "）", ")", "1.", "0、",
                                 "5.8", "年", "一）", "1）", " 。", "法治"};
    for (const char* h : heads)
        for (const char* t1 : tails)
            for (const char* t2 : tails) check(std::string(h) + t1 + t2);
    test_support::Lcg rng(81);
    for (int round = 0; round < 20000; ++round)
        check(test_support::random_pieces(rng, heads, tails, 1 + rng.below(4), true, 2));
    CHECK(turned_away > checked / 4);
    CHECK(markers > 1000);
}

namespace {

// The searches to_source() and to_source_start() made for every paragraph of several pieces
// before the few-piece walk: the reference it is compared with.
std::uint64_t to_source_reference(const Paragraph& p, std::size_t at) {
    const auto it = std::lower_bound(p.pieces.begin(), p.pieces.end(), at,
                                     [](const auto& piece, std::size_t x) { return piece.offset + piece.length < x; });
    return it == p.pieces.end() ? p.source_end() : it->source + (at - it->offset);
}

std::uint64_t to_source_start_reference(const Paragraph& p, std::size_t at) {
    const auto it = std::upper_bound(p.pieces.begin(), p.pieces.end(), at,
                                     [](std::size_t x, const auto& piece) { return x < piece.offset + piece.length; });
    return it == p.pieces.end() ? p.source_end() : it->source + (at - it->offset);
}

}  // namespace

TEST_CASE("paragraphs of a few pieces map offsets as the piece search did", "[paragraphs][speed][corpus]") {
    std::vector<std::string> inputs;
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{}))
        inputs.push_back(test_support::read_file(path));
    // Lines cut by page breaks and spaces between Han characters: from two pieces to twenty,
    // on both sides of the walk's limit (eight).
    test_support::Lcg rng(89);
    for (int round = 0; round < 200; ++round) {
        std::string input = "法治政府建设的主要做法，";
        for (std::uint32_t i = 0, n = 1 + rng.below(20); i < n; ++i) {
            input += rng.below(2) ? "推进 依法行政" : "加强法治建设";
            input += rng.below(3) == 0 ? "，\n" : "";
        }
        inputs.push_back(input + "。\n");
    }
    std::size_t paragraphs = 0, walked = 0, searched = 0;
    for (const std::string& input : inputs) {
        for (const Paragraph& p : split_paragraphs(input, nullptr)) {
            if (p.pieces.size() < 2) continue;
            ++paragraphs;
            (p.pieces.size() <= 8 ? walked : searched) += 1;
            INFO("paragraph of " << p.pieces.size() << " pieces: " << p.text);
            for (std::size_t at = 0; at <= p.text.size() + 2; ++at) {
                REQUIRE(p.to_source(at) == to_source_reference(p, at));
                REQUIRE(p.to_source_start(at) == to_source_start_reference(p, at));
            }
        }
    }
    CHECK(walked > 50);
    CHECK(searched > 20);
}

namespace {

// Calls `check` with every line of the corpus, and with the rest of it from every
// character of its first 40 bytes (the lines' heads, where the tested predicates look).
template <class Check>
void for_each_corpus_line_rest(Check&& check) {
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{})) {
        const std::string input = test_support::read_file(path);
        for (std::size_t at = 0; at < input.size();) {
            std::size_t end = input.find('\n', at);
            if (end == std::string::npos) end = input.size();
            const std::string_view line = std::string_view(input).substr(at, end - at);
            for (std::size_t k = 0; k < line.size() && k < 40; ++k)
                if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) check(line.substr(k));
            at = end + 1;
        }
    }
}

}  // namespace

TEST_CASE("may_be_page_number turns away only lines the page-number rule rejects",
          "[paragraphs][speed][corpus]") {
    // The pre-test is exact where it says no; the page-number grammar is the reference.
    using govreport::segment::may_be_page_number;
    std::size_t turned_away = 0, page_numbers = 0, checked = 0;
    auto check = [&](std::string_view line) {
        const bool page = govreport::grammar::is_page_number_line(line);
        if (!may_be_page_number(line)) {
            INFO("line: " << line);
            REQUIRE_FALSE(page);
            ++turned_away;
        }
        page_numbers += page;
        ++checked;
    };
    // Every line of the corpus, and the rest of it from every character of its first 40 bytes.
    for_each_corpus_line_rest(check);
    // Page numbers of every form and lines that start like them.
    const char* const heads[] = {"1", "12", "123", "1234", "12345", "-", "—", "–", "―", "－", "第", "共", "",
                                 "\xE7\xAC"};
    const char* const parts[] = {"", " ", "\t", "\u3000", "\u00A0", "/", "／", "页", "年", ".", "、", "3",
                                 "12", "—", "-", "共", "第", "法", "\xEF\xBC", "\xE3"};
    for (const char* h : heads)
        for (const char* a : parts)
            for (const char* b : parts)
                for (const char* c : parts) check(std::string(h) + a + b + c);
    CHECK(turned_away > checked / 4);
    CHECK(page_numbers > 100);
}

TEST_CASE("has_chrome_marks answers as a search for each mark does", "[paragraphs][speed][corpus]") {
    // The reference: the search per mark that the one walk replaced.
    const auto reference = [](std::string_view text) {
        for (std::string_view mark : {">", "＞", "|", "｜", ":", "索引号", "发布机构", "主题分类"})
            if (text.find(mark) != std::string_view::npos) return true;
        return false;
    };
    std::size_t checked = 0, marked = 0;
    auto check = [&](std::string_view text) {
        INFO("text: " << text);
        const bool want = reference(text);
        CHECK(govreport::segment::has_chrome_marks(text) == want);
        marked += want;
        ++checked;
    };
    const char* const cases[] = {
        "当前位置: 首页 > 专题专栏", "首页＞专题", "简体| 繁体", "简体｜繁体", "来源：市政府", "索引号",
        "[ 索引号 ] 0001", "索引", "发布机构：市司法局", "发布时间：2025", "发布机", "主题分类",
        "主题", "法治政府建设报告", "", "a", "\xE5\x8F", "\xE4\xB8\xBB\xE9\xA2", "报告：", "2025年3月"};
    for (const char* c : cases) check(c);
    // Every line of the corpus, from every character of its first 40 bytes (GB18030 files
    // too: their bytes are no UTF-8).
    for_each_corpus_line_rest(check);
    CHECK(checked > 20);
    CHECK(marked > 8);
}
