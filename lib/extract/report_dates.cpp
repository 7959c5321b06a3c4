// The dates a report bears: the one under its signature and its web page's labelled dates.
// SPDX-License-Identifier: MIT
#include "extract/report_dates.hpp"

#include <algorithm>
#include <string>

#include "extract/period_resolve.hpp"
#include "grammar/period.hpp"
#include "segment/normalize.hpp"
#include "segment/organ_line.hpp"
#include "util/fast_format.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::extract {

namespace {

constexpr std::size_t kLastParagraphs = 6;     // signature, date, a note or two, chrome
constexpr std::size_t kMaxLineBytes = 40 * 3;  // two organs side by side and a date fit
constexpr std::size_t kMaxLabelLineBytes = 100 * 3;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads one to `most` ASCII digits at `at`.
int read_number(std::string_view s, std::size_t& at, std::size_t most) {
    int v = 0;
    std::size_t n = 0;
    while (at < s.size() && n < most && is_digit(s[at])) v = v * 10 + (s[at++] - '0'), ++n;
    return n ? v : -1;
}

// 2024-03-28, 2024/3/28, 2024.03.28: four digits, one separator twice, and no digit after.
bool numeric_date(std::string_view s, grammar::period_ast& ast, std::size_t& used) {
    std::size_t at = 0;
    if (s.size() < 8 || !is_digit(s[0])) return false;
    const int year = read_number(s, at, 4);
    if (at != 4 || at >= s.size()) return false;
    const char sep = s[at];
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++at;
    const int month = read_number(s, at, 2);
    if (month < 0 || at >= s.size() || s[at] != sep) return false;
    ++at;
    const int day = read_number(s, at, 2);
    if (day < 0 || (at < s.size() && is_digit(s[at]))) return false;
    ast = grammar::period_ast{};
    ast.shape = grammar::period_ast::date;
    ast.y1 = year;
    ast.m1 = month;
    ast.d1 = day;
    used = at;
    return true;
}

// A blank, or a line break: a paragraph joined across lines keeps its breaks in the text.
bool is_blank(char32_t c) { return util::is_space(c) || c == U'\n'; }

// Blanks (ASCII, U+3000, NBSP, line breaks) at both ends of `s` removed; `front` gets what
// went first.
std::string_view trim_blanks(std::string_view s, std::size_t* front = nullptr) {
    const char* b = s.data();
    const char* e = b + s.size();
    while (b < e) {
        const char* p = b;
        if (!is_blank(util::decode(p, e))) break;
        b = p;
    }
    while (e > b) {
        std::size_t n = 0;
        if (!is_blank(util::decode_before(b, e, &n))) break;
        e -= n;
    }
    if (front) *front = static_cast<std::size_t>(b - s.data());
    return {b, static_cast<std::size_t>(e - b)};
}

// Paragraph `p` as it stands in the report's text `text`, blanks between Han characters
// included (the paragraph's own text drops them: 来源:某办 发布时间 → 某办发布时间).
std::string_view source_of(const segment::Paragraph& p, std::string_view text) {
    return text.substr(p.source_start(), p.source_end() - p.source_start());
}

// A ReportDate for the `used` bytes at `at` of `text`.
ReportDate make_date(std::string_view text, std::size_t at, std::size_t used, const Date& d) {
    ReportDate r;
    r.date = d;
    r.iso = util::iso_date(d.year, d.month, d.day);
    r.text = std::string(text.substr(at, used));
    r.span.start = at;
    r.span.end = at + used;
    return r;
}

// A whole date at `at` of `text` that only blanks follow up to `end`.
std::optional<ReportDate> date_ending_line(std::string_view text, std::size_t at,
                                           std::size_t end) {
    Date d;
    std::size_t used = 0;
    const std::string_view rest = text.substr(at, end - at);
    if (!parse_full_date(rest, d, used) || !trim_blanks(rest.substr(used)).empty())
        return std::nullopt;
    return make_date(text, at, used, d);
}

// The label at `at` of `t` stands alone: at the start or after a blank or a separator
// (an empty label's colon too: 来源:时间:2023-02-28), not inside a word (公文生成日期,
// 发布时间 for the label 时间).
bool label_starts(std::string_view t, std::size_t at) {
    if (at == 0) return true;
    std::size_t n = 0;
    const char32_t before = util::decode_before(t.data(), t.data() + at, &n);
    return is_blank(before) || before == U'|' || before == U'｜' || before == U'】' ||
           before == U']' || before == U'）' || before == U')' || before == U'>' ||
           before == U'[' || before == U'【' || before == U':' || before == U'：';
}

// Every label ends with 时间 or 日期; these words before it make it a longer label, and
// those of kWrittenPrefixes the date the page was written, not published.
constexpr std::string_view kLabelPrefixes[] = {"成文", "印发", "发布", "发表", "公开"};
constexpr std::string_view kWrittenPrefixes[] = {"成文", "印发"};

}  // namespace

bool parse_full_date(std::string_view text, Date& date, std::size_t& used) {
    grammar::period_ast ast;
    std::size_t n = 0;
    if (!numeric_date(text, ast, n)) {
        if (!grammar::parse_period(text, ast, n)) return false;
        if (ast.shape != grammar::period_ast::date || ast.is_relative || ast.y1 == 0) return false;
    }
    Period p;
    std::string why;
    if (!resolve_period(ast, 0, p, why)) return false;
    date = p.start;
    used = n;
    return true;
}

std::optional<ReportDate> signing_date(const std::vector<segment::Paragraph>& paragraphs,
                                       std::string_view text) {
    const std::size_t first =
        paragraphs.size() > kLastParagraphs ? paragraphs.size() - kLastParagraphs : 0;
    // The trimmed line of paragraph i as it stands in the text, and where it starts.
    auto line_of = [&](std::size_t i, std::size_t& start) {
        std::size_t front = 0;
        const std::string_view line = trim_blanks(source_of(paragraphs[i], text), &front);
        start = paragraphs[i].source_start() + front;
        return line;
    };
    auto is_signature = [](std::string_view line) {
        return line.size() <= kMaxLineBytes && segment::is_organ_line(segment::normalize_title(line));
    };
    auto ends_sentence = [](std::string_view line) {
        std::size_t n = 0;
        return !line.empty() &&
               util::is_sentence_end(util::decode_before(line.data(), line.data() + line.size(), &n));
    };
    for (std::size_t i = paragraphs.size(); i-- > first;) {
        std::size_t start = 0;
        const std::string_view line = line_of(i, start);
        if (line.empty()) continue;
        if (line.size() > 4 * kMaxLineBytes) return std::nullopt;  // body text
        const std::size_t end = start + line.size();
        if (std::optional<ReportDate> d = date_ending_line(text, start, end)) {
            // A date alone stands under the signature or right after the body's last
            // sentence; not after a table's cells or a page's list of links (序号 / 1 /
            // 2023年12月5日).
            std::size_t j = i, above_start = 0;
            std::string_view above;
            while (j-- > 0 && (above = line_of(j, above_start)).empty()) {
            }
            if (!above.empty() && (is_signature(above) || ends_sentence(above) ||
                                   above.size() > kMaxLineBytes))
                return d;
            return std::nullopt;
        }
        // The organ and the date on one line (中共启东市委 启东市人民政府 2024 年 3 月 1 日):
        // the date after a run of blanks whose left part names organs.
        if (line.size() <= kMaxLineBytes) {
            const char* const b = line.data();
            const char* const e = b + line.size();
            for (const char* p = b; p < e;) {
                const char* const blank = p;
                if (!util::is_space(util::decode(p, e))) continue;
                const std::string_view organ = trim_blanks(line.substr(0, static_cast<std::size_t>(blank - b)));
                if (organ.empty() || !is_signature(organ)) continue;
                std::size_t after = 0;
                trim_blanks(line.substr(static_cast<std::size_t>(p - b)), &after);
                const std::size_t date_at = start + static_cast<std::size_t>(p - b) + after;
                if (std::optional<ReportDate> d = date_ending_line(text, date_at, end)) return d;
            }
        }
        // What stands under a signature is short and ends in no sentence mark.
        if (segment::normalize_title(line).size() > kMaxLineBytes || ends_sentence(line))
            return std::nullopt;
    }
    return std::nullopt;
}

void labelled_dates(const std::vector<segment::Paragraph>& paragraphs, std::size_t last,
                    std::string_view text, std::optional<ReportDate>& published,
                    std::optional<ReportDate>& written) {
    if (last > paragraphs.size()) last = paragraphs.size();
    // The value ends the field: the line ends, or a blank, a time or another label follows
    // (not 2023年12月31日前: a deadline in the body).
    auto ends_field = [](std::string_view after) {
        if (after.empty()) return true;
        const char* p = after.data();
        const char32_t c = util::decode(p, after.data() + after.size());
        return is_blank(c) || c == U'|' || c == U'｜' || c == U'[' || c == U'【' || c == U']' ||
               c == U'】';
    };
    for (std::size_t i = 0; i < last && !(published && written); ++i) {
        if (paragraphs[i].has_marker) break;  // the body has begun: its lines are no labels
        const std::size_t base = paragraphs[i].source_start();
        const std::string_view t = source_of(paragraphs[i], text);
        if (t.size() > kMaxLabelLineBytes) continue;
        // Each 时间 or 日期 in the line, and the label it ends (two searches a line, not one
        // per label: most of the lines looked at are the preamble's).
        for (std::size_t k = 0;; k += 6) {
            k = std::min(t.find("时间", k), t.find("日期", k));
            if (k == std::string_view::npos) break;
            std::size_t at = k;
            bool is_written = false;
            if (k >= 6)
                for (std::string_view prefix : kLabelPrefixes)
                    if (t.compare(k - 6, 6, prefix) == 0) {
                        at = k - 6;
                        for (std::string_view w : kWrittenPrefixes) is_written = is_written || prefix == w;
                    }
            std::optional<ReportDate>& slot = is_written ? written : published;
            if (slot || !label_starts(t, at)) continue;
            std::size_t after = k + 6;
            std::size_t blanks = 0;
            std::string_view rest = trim_blanks(t.substr(after), &blanks);
            after += blanks;
            // A colon of either width, or the bracket around the label of a disclosure
            // catalogue ([ 成文日期 ]2021-07-23, 【发布日期】).
            if (util::starts_with(rest, ":") || util::starts_with(rest, "]")) after += 1;
            else if (util::starts_with(rest, "：") || util::starts_with(rest, "】")) after += 3;
            else continue;
            rest = trim_blanks(t.substr(after), &blanks);
            after += blanks;
            // A table's label and value in cells of their own (成文日期: | 2025年04月15日 |).
            for (std::string_view bar : {"|", "｜"})
                if (util::starts_with(rest, bar)) {
                    after += bar.size();
                    rest = trim_blanks(t.substr(after), &blanks);
                    after += blanks;
                    break;
                }
            Date d;
            std::size_t used = 0;
            // The value on the label's line, or alone on the next (发表时间：⏎2026-02-09).
            if (!rest.empty()) {
                if (parse_full_date(rest, d, used) && ends_field(rest.substr(used)))
                    slot = make_date(text, base + after, used, d);
            } else if (i + 1 < paragraphs.size()) {
                std::size_t front = 0;
                const std::string_view value = trim_blanks(source_of(paragraphs[i + 1], text), &front);
                if (parse_full_date(value, d, used) && ends_field(value.substr(used)))
                    slot = make_date(text, paragraphs[i + 1].source_start() + front, used, d);
            }
        }
    }
}

}  // namespace govreport::extract
