// Paragraph segmentation and page-break repair (the "blocks" pass, as in cmark).
// SPDX-License-Identifier: MIT
#include "segment/paragraphs.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "grammar/marker.hpp"
#include "grammar/numeral.hpp"
#include "grammar/page_number.hpp"
#include "segment/normalize.hpp"
#include "segment/organ_line.hpp"
#include "util/huge_pages.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

// Pieces are sorted by offset (one per joined line); binary search keeps a paragraph made of
// thousands of page-broken lines linear overall. A paragraph of a few pieces (nearly every
// one that has more than one: a page break or a dropped space) is walked instead: the search
// cost some fifty instructions per offset, and the spans of a report ask for hundreds.
constexpr std::size_t kWalkedPieces = 8;

std::uint64_t Paragraph::to_source_searched(std::size_t at) const {
    const Piece* const first = pieces.begin();
    const Piece* const last = first + pieces.size();
    const Piece* it = first;
    if (pieces.size() <= kWalkedPieces) {
        while (it != last && it->offset + it->length < at) ++it;  // the first one lower_bound finds
    } else {
        it = std::lower_bound(first, last, at, [](const Piece& p, std::size_t x) {
            return p.offset + p.length < x;
        });
    }
    if (it == last) return source_end();
    return it->source + (at - it->offset);
}

std::uint64_t Paragraph::to_source_start_searched(std::size_t at) const {
    const Piece* const first = pieces.begin();
    const Piece* const last = first + pieces.size();
    const Piece* it = first;
    if (pieces.size() <= kWalkedPieces) {
        while (it != last && !(at < it->offset + it->length)) ++it;  // as upper_bound
    } else {
        it = std::upper_bound(first, last, at, [](std::size_t x, const Piece& p) {
            return x < p.offset + p.length;
        });
    }
    if (it == last) return source_end();
    return it->source + (at - it->offset);
}

namespace {

struct Line {
    std::uint64_t start;  // trimmed content
    std::uint64_t end;
    bool indented;
    bool blank_before;
};

// Trims white space (ASCII, U+3000, NBSP, BOM, …) from both ends of [b, e).
// Bytes that cannot start (end) a space end the loop without decoding: nearly every line
// starts with a Han character and ends with one or with 。, which the lead byte alone
// (E3, as for U+3000) did not turn away.
// Inline: a call per line cost a fifth of the trimming (the loops keep many registers).
__attribute__((always_inline)) inline void trim(const char* base, std::uint64_t& b, std::uint64_t& e) {
    while (b < e) {
        // U+3000 (E3 80 80), the ideographic space that indents the paragraphs of most
        // reports, stepped over from its bytes: it is a blank, as decode() and is_space()
        // would find.
        if (e - b >= 3 && base[b] == '\xE3' && base[b + 1] == '\x80' && base[b + 2] == '\x80') {
            b += 3;
            continue;
        }
        if (!util::may_start_with_space(base + b, base + e)) break;
        const char* p = base + b;
        const char32_t c = util::decode(p, base + e);
        if (!util::is_space(c)) break;
        b = static_cast<std::uint64_t>(p - base);
    }
    while (e > b) {
        if (!util::may_end_with_space(base + b, base + e)) break;
        std::size_t n = 0;
        const char32_t c = util::decode_before(base + b, base + e, &n);
        if (!util::is_space(c) || n == 0) break;
        e -= n;
    }
}

// A whole report on one line (…如下：一、… （一）… 1. …): lines longer than this are cut
// before the structure markers they hold.
constexpr std::uint64_t kLongLine = 4000;

// Where a part's heading ends inside a one-line report: after the words
// that end the statutory headings (成效, 不足, 情况, 安排…) within its first 40 characters,
// when what follows is not punctuation. 0 when there is no such place.
std::uint64_t heading_end(std::string_view input, std::uint64_t from, std::uint64_t e) {
    static constexpr std::string_view kEnds[] = {"主要做法及成效", "成效", "主要不足", "不足",
                                                 "职责情况", "情况", "工作安排", "安排",
                                                 "打算", "思路", "计划"};
    constexpr int kMaxChars = 40;
    const char* base = input.data();
    std::uint64_t at = from;
    for (int chars = 0; at < e && chars < kMaxChars; ++chars) {
        for (std::string_view w : kEnds) {
            if (input.substr(at, w.size()) != w) continue;
            const std::uint64_t end = at + w.size();
            const char* p = base + end;
            const char32_t next = end < e ? util::decode(p, base + e) : 0;
            if (next != 0 && !util::is_sentence_end(next) && next != U'，' && next != U'、' &&
                next != U'）' && next != U'”')
                return end;
        }
        const char* p = base + at;
        util::decode(p, base + e);
        at = static_cast<std::uint64_t>(p - base);
    }
    return 0;
}

// Cuts a long line before each marker that continues its numbering: the next 一、, the
// first or next （一）, 1. (which may run on), （1）. A marker out of sequence is text.
void split_long_line(std::string_view input, std::uint64_t b, std::uint64_t e, bool indented,
                     std::vector<Line>& lines) {
    int last[7] = {};  // last ordinal seen per MarkerKind
    std::uint64_t start = b;
    const char* base = input.data();
    // The character before `at` when the last step decoded it (it ends at `at`): looking
    // back again at every character cost as much as the rest of the loop. U+FFFD may stand
    // for bad bytes, which decode_before() reads otherwise: then it looks back itself.
    char32_t prev = 0;
    std::uint64_t prev_end = b;
    for (std::uint64_t at = b; at < e;) {
        const char* p = base + at;
        const char32_t c = util::decode(p, base + e);
        const std::uint64_t next = static_cast<std::uint64_t>(p - base);
        // Of the Han characters only numerals (一、 一是) can start a marker: parse_marker
        // turns the others away, but only after a call that cost as much as this loop.
        const bool candidate = (c >= U'0' && c <= U'9') || c == U'(' || c == U'（' ||
                               (c >= 0x4E00 && c <= 0x9FFF && grammar::is_chinese_numeral_char(c)) ||
                               (c >= U'①' && c <= U'⑳');
        // Most characters start no marker: the character before matters only for one that may.
        if (!candidate || at < start) {
            prev = c;
            prev_end = next;
            at = next;
            continue;
        }
        const char32_t before = at == b ? 0
                                : prev_end == at && prev != 0xFFFD
                                    ? prev
                                    : util::decode_before(base + b, base + at);
        prev = c;
        prev_end = next;
        const bool boundary_ok = !(before >= U'0' && before <= U'9') && before != U'第';
        grammar::marker_match m;
        if (boundary_ok && grammar::parse_marker(input.substr(at, e - at), m) &&
            m.kind != MarkerKind::enumeration) {
            const int k = static_cast<int>(m.kind);
            bool shallower_seen = false;
            for (int j = 1; j < k; ++j) shallower_seen = shallower_seen || last[j] > 0;
            const bool in_sequence = m.ordinal == last[k] + 1 || (m.ordinal == 1 && shallower_seen);
            if (in_sequence) {
                std::uint64_t cut_end = at;
                trim(base, start, cut_end);
                if (start < cut_end) lines.push_back({start, cut_end, indented, false});
                start = at;
                last[k] = m.ordinal;
                // A heading runs straight into its first paragraph on such a line: cut
                // after the words that end a part's heading (…存在的主要不足|2024年，我市…).
                if (k == static_cast<int>(MarkerKind::chinese_comma)) {
                    const std::uint64_t end = heading_end(input, at + m.total_bytes, e);
                    if (end != 0) {
                        lines.push_back({start, end, indented, false});
                        start = end;
                        while (start < e && base[start] == ' ') ++start;
                    }
                }
                for (int deeper = k + 1; deeper < 6; ++deeper)
                    if (deeper != 3) last[deeper] = 0;  // 1. may run on across （一）
                at += m.marker_bytes;
                continue;
            }
        }
        at = next;
    }
    std::uint64_t tail_end = e;
    trim(base, start, tail_end);
    if (start < tail_end) lines.push_back({start, tail_end, indented, false});
}

std::vector<Line> split_lines(std::string_view input) {
    std::vector<Line> lines;
    // Room for lines of 64 bytes on average (reports average hundreds): growing the vector
    // copied it each time, 4 % of the stage. Pages of it that stay unused are never touched;
    // past 64 Ki lines (1.5 MB) it grows as before, so that a huge input reserves no more.
    constexpr std::size_t kMaxReserved = std::size_t{1} << 16;
    lines.reserve(std::min<std::size_t>(input.size() / 64 + 16, kMaxReserved));
    util::advise_huge_spare(lines);
    const char* base = input.data();
    std::uint64_t at = 0;
    bool blank_before = false;
    while (at < input.size()) {
        const void* nl = std::memchr(base + at, '\n', input.size() - at);
        std::uint64_t end = nl ? static_cast<std::uint64_t>(static_cast<const char*>(nl) - base)
                               : input.size();
        std::uint64_t b = at, e = end;
        trim(base, b, e);
        // A page number between pages ("— 3 —") is a page break, like a blank line.
        if (b < e && !(may_be_page_number(input.substr(b, e - b)) &&
                       grammar::is_page_number_line(input.substr(b, e - b)))) {
            if (e - b > kLongLine) {
                split_long_line(input, b, e, b > at, lines);
            } else {
                lines.push_back({b, e, b > at, blank_before});
            }
            blank_before = false;
        } else {
            blank_before = true;
        }
        at = end + 1;
    }
    return lines;
}

// Does the paragraph end a sentence? Closing quotes and brackets count when the
// character before them does (…工作。” ends, “汇 does not).
bool ends_sentence(std::string_view text) {
    const char* b = text.data();
    const char* e = b + text.size();
    std::size_t n = 0;
    char32_t c = util::decode_before(b, e, &n);
    if (c == U'”' || c == U'’' || c == U'）' || c == U')' || c == U'」' || c == U'』' ||
        c == U'》') {
        c = util::decode_before(b, e - n, &n);
    }
    return util::is_sentence_end(c) || c == U'…' || c == U'.';
}

// parse_marker() behind its inline pre-test.
inline bool marker_at_start(std::string_view text, grammar::marker_match& m) {
    return may_start_marker(text) && grammar::parse_marker(text, m);
}

bool starts_with_marker(std::string_view text) {
    grammar::marker_match m;
    return marker_at_start(text, m);
}

// A stand-alone heading: a structure marker and a phrase with no sentence end in it.
bool is_heading(std::string_view text) {
    grammar::marker_match m;
    if (!marker_at_start(text, m) || m.kind == MarkerKind::enumeration) return false;
    return text.find("。") == std::string_view::npos;
}

// Lines that look like a report's title: short and naming a report.
bool looks_like_title(std::string_view text) {
    return text.size() <= 240 && text.find("报告") != std::string_view::npos;
}

// A line that starts a report's title: it names a report and ends without punctuation
// (the rest of a sentence cut by a page break ends with its full stop). A web page puts
// its chrome above the title ("天津市静海区人民政府 2019年12月3日星期二", "来源:…"): the
// title must not continue it, or the report takes that year and that issuer.
bool starts_title(std::string_view text) {
    return looks_like_title(text) && !ends_sentence(text);
}


// add_piece() for a paragraph that has a piece already: the pieces copied into `joined`.
void add_joined_piece(Paragraph& p, std::string_view input, std::uint64_t piece, std::uint64_t n) {
    p.pieces.push_back({piece, p.text.size(), n});
    if (!p.joined) {
        // The second piece. Room for it and as much again: the pieces after a dropped space
        // follow on the same line, and a copy of the text sized to it grew at the first.
        p.joined = std::make_shared<std::string>();
        p.joined->reserve(2 * (p.text.size() + n));
        p.joined->append(p.text);
    }
    p.joined->append(input.data() + piece, n);  // amortised: many pieces stay linear
    p.text = *p.joined;
}

// Adds input[piece, piece + n) to the paragraph's text: a view of the input while the
// paragraph is one piece, else the pieces copied into `joined`. The first piece, nearly
// every paragraph's only one, is added inline: the call with the joining path's register
// saves cost more than the work.
inline void add_piece(Paragraph& p, std::string_view input, std::uint64_t piece, std::uint64_t n) {
    if (!p.pieces.empty()) return add_joined_piece(p, input, piece, n);
    p.pieces.push_back({piece, p.text.size(), n});
    p.text = input.substr(piece, n);
}

// The spaces of the input in increasing order, each found by one memchr that runs on past
// the lines without one: most lines hold none, and a search per line cost 0.4 M on a
// 2.27 MB sample, mostly in setting the search up.
class SpaceFinder {
public:
    explicit SpaceFinder(std::string_view input) : input_(input) {}

    /// The first space at or after `at`, or the input's size.
    std::uint64_t next(std::uint64_t at) {
        // The last answer holds while `at` lies between where that search started and it.
        if (at < from_ || at > next_) {
            const void* s = std::memchr(input_.data() + at, ' ', input_.size() - at);
            from_ = at;
            next_ = s ? static_cast<std::uint64_t>(static_cast<const char*>(s) - input_.data())
                      : input_.size();
        }
        return next_;
    }

private:
    std::string_view input_;
    std::uint64_t from_ = 1, next_ = 0;  // nothing searched yet
};

// append_line() for a line with a space in it.
__attribute__((noinline)) void append_spaced_line(Paragraph& p, std::string_view input,
                                                  std::uint64_t b, std::uint64_t e,
                                                  SpaceFinder& spaces) {
    const char* base = input.data();
    std::uint64_t piece = b;
    for (std::uint64_t at = b; at < e;) {
        // Only spaces matter here: jump to the next one.
        at = spaces.next(at);
        if (at >= e) break;
        std::uint64_t run = at;
        while (run < e && base[run] == ' ') ++run;
        // A Han character is three bytes and starts with E4–E9: a run without such a lead
        // after it or a continuation byte before it (2024 年, words of Latin letters) stays,
        // without decoding the characters around it.
        const bool may_drop = run - at <= 2 && run < e && at - piece >= 3 &&
                              static_cast<unsigned char>(base[run]) - 0xE4u <= 0xE9u - 0xE4u &&
                              (static_cast<unsigned char>(base[at - 1]) & 0xC0u) == 0x80u;
        if (may_drop) {
            std::size_t n = 0;
            const char32_t before = util::decode_before(base + piece, base + at, &n);
            const char* q = base + run;
            const char32_t after = util::decode(q, base + e);
            const bool han_before = before >= 0x4E00 && before <= 0x9FFF;
            const bool han_after = after >= 0x4E00 && after <= 0x9FFF;
            if (n > 0 && han_before && han_after) {
                add_piece(p, input, piece, at - piece);
                piece = run;
            }
        }
        at = run;
    }
    add_piece(p, input, piece, e - piece);
}

// Appends input[b, e) to the paragraph, leaving out the spaces that PDF line wrapping put
// between two Chinese characters (深入贯 彻落实): the pieces keep the map to the input.
// Most lines hold no space, which the space search's last answer tells: they are added
// here, inline, without the call and the loop.
inline void append_line(Paragraph& p, std::string_view input, std::uint64_t b, std::uint64_t e,
                        SpaceFinder& spaces) {
    if (spaces.next(b) >= e) return add_piece(p, input, b, e - b);
    append_spaced_line(p, input, b, e, spaces);
}

// A signature (中共静海区委　　静海区人民政府) ends no sentence, and its blanks can make it
// long enough to look cut by a page break: the date and notes under it are lines of their
// own. Short lines only: the test normalises the line.
bool is_signature_line(std::string_view text) {
    constexpr std::size_t kMaxSignatureBytes = 60 * 3;
    return text.size() <= kMaxSignatureBytes && is_organ_line(normalize_title(text));
}

}  // namespace

// The marks are > ＞ | ｜ : 索引号 发布机构 主题分类, looked for in one walk: a find() per
// mark found the lead byte of 索, 发 or 主 at every sixth character or so of a Chinese line
// and compared there (1.3 k instructions per head line of the seed).
bool has_chrome_marks(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned b = s[i];
        if (b < 0x80) {
            if (b == '>' || b == '|' || b == ':') return true;
            ++i;
            continue;
        }
        // Stepping over a three-byte character whole, only where it is one: the walk answers
        // as the searches do on any bytes (a test compares them on GB18030 files too).
        if ((b & 0xF0u) != 0xE0u || i + 3 > n || (s[i + 1] & 0xC0u) != 0x80u ||
            (s[i + 2] & 0xC0u) != 0x80u) {
            ++i;  // no multi-byte mark starts here
            continue;
        }
        const std::string_view rest = text.substr(i);
        switch (util::key3(rest.data())) {
            case util::key3("＞"): case util::key3("｜"): return true;
            case util::key3("索"): if (util::starts_with(rest, "索引号")) return true; break;
            case util::key3("发"): if (util::starts_with(rest, "发布机构")) return true; break;
            case util::key3("主"): if (util::starts_with(rest, "主题分类")) return true; break;
            default: break;
        }
        i += 3;
    }
    return false;
}

// A page break never cuts a line of chrome (has_chrome_marks()), so nothing continues it.
std::vector<Paragraph> split_paragraphs(std::string_view input, std::vector<Join>* joins) {
    const std::vector<Line> lines = split_lines(input);
    std::vector<Paragraph> out;
    out.reserve(lines.size());
    util::advise_huge_spare(out);
    SpaceFinder spaces(input);
    // A page-end line continues a paragraph that already has some length; a short line
    // without final punctuation is a title, a signature or web-page chrome.
    constexpr std::size_t kMinJoinBytes = 16 * 3;
    std::size_t head_chrome = 0;  // lines of chrome among the first paragraphs
    constexpr std::size_t kMaxChromeBytes = 100 * 3;  // a line of labels, not a paragraph
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        const std::string_view text = input.substr(line.start, line.end - line.start);
        if (!out.empty()) {
            Paragraph& prev = out.back();
            const bool may_join = !line.indented && prev.text.size() >= kMinJoinBytes &&
                                  !ends_sentence(prev.text) && !starts_with_marker(text) &&
                                  !is_heading(prev.text) &&
                                  !(out.size() <= 10 + head_chrome && (looks_like_title(prev.text) ||
                                                         starts_title(text) ||
                                                         (prev.text.size() <= kMaxChromeBytes &&
                                                          has_chrome_marks(prev.text)))) &&
                                  !is_signature_line(prev.text);
            if (may_join) {
                if (joins) joins->push_back({prev.source_end(), line.start});
                append_line(prev, input, line.start, line.end, spaces);
                continue;
            }
        }
        // Built in place: a paragraph moved into the vector cost a copy of its piece map.
        Paragraph& p = out.emplace_back();
        append_line(p, input, line.start, line.end, spaces);
        p.indented = line.indented;
        // The title is looked for among the first ten paragraphs after the page's chrome
        // (a page can put a dozen cells, [ 成文日期 ] 2026-01-22, one per line, above it).
        if (out.size() <= 10 + head_chrome + 1 && p.text.size() <= kMaxChromeBytes &&
            (util::starts_with(p.text, "[") || util::starts_with(p.text, "【") ||
             has_chrome_marks(p.text)))
            ++head_chrome;
    }
    for (Paragraph& p : out) p.has_marker = marker_at_start(p.text, p.marker);
    return out;
}

}  // namespace govreport::segment
