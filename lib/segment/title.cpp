// Title detection and the issuer / year read from it.
// SPDX-License-Identifier: MIT
#include "segment/title.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/doc_number.hpp"
#include "grammar/marker.hpp"
#include "grammar/year.hpp"
#include "segment/normalize.hpp"
#include "segment/organ_line.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

namespace {

constexpr std::size_t kMaxTitleBytes = 100 * 3;  // about 100 Chinese characters
constexpr std::size_t kSearchParagraphs = 12;    // web chrome can precede the title

bool has_marker(std::string_view text) {
    grammar::marker_match m;
    return grammar::parse_marker(text, m);
}

bool ends_with_stop(std::string_view text) {
    const char* b = text.data();
    std::size_t n = 0;
    return util::is_sentence_end(util::decode_before(b, b + text.size(), &n));
}

std::string_view strip_suffix(std::string_view s, std::string_view suffix) {
    if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
        return s.substr(0, s.size() - suffix.size());
    return s;
}

// The issuer in a title that starts with its year ("2020年静海区法治政府建设情况报告",
// "2023年度南通市司法局法治政府建设年度报告"): what stands between the year and the subject
// of the report, if it ends as the name of a place or an organ does. `rest` is the title
// after "YYYY年". Nothing for "2023年度法治政府建设情况报告" (no issuer) or for text that
// names none ("2023年区五年法治政府建设工作情况报告": 区五年 is no name).
std::optional<std::string> issuer_after_year(std::string_view rest) {
    if (rest.substr(0, 3) == "度") rest.remove_prefix(3);  // 年度
    std::size_t subject = std::string_view::npos;
    for (std::string_view word : {"法治政府", "法治建设", "依法行政", "依法治"})
        subject = std::min(subject, rest.find(word));
    if (subject == std::string_view::npos || subject == 0) return std::nullopt;
    const std::string_view name = rest.substr(0, subject);
    constexpr std::size_t kMaxNameBytes = 30 * 3;
    if (name.size() > kMaxNameBytes) return std::nullopt;
    for (char c : name)  // a name holds no digit, Latin letter or punctuation
        if (static_cast<unsigned char>(c) < 0x80) return std::nullopt;
    if (name.find("年") != std::string_view::npos || name.find("关于") != std::string_view::npos)
        return std::nullopt;
    // Places end in their level (市, 区, 县, 旗…), organs in their kind (政府, 局, 委…).
    for (std::string_view end : {"省", "市", "区", "县", "旗", "盟", "州", "镇", "乡", "街道",
                                 "政府", "局", "厅", "委", "办", "会", "院", "署", "室", "中心",
                                 "队"})
        if (util::ends_with(name, end)) {
            // A level word alone (区, 本市) names no place: the text around must say which.
            if (name.size() <= 3 || name.substr(0, 3) == "本" || name.substr(0, 3) == "我" ||
                name.substr(0, 3) == "全")
                return std::nullopt;
            return std::string(name);
        }
    return std::nullopt;
}

// Issuer from a normalised title: the text in front of the year or of 关于.
std::optional<std::string> issuer_of(const std::string& title, std::size_t year_begin,
                                     std::size_t year_end, bool has_year) {
    std::string_view t = title;
    std::size_t cut = has_year ? year_begin : std::string_view::npos;
    const std::size_t about = t.find("关于");
    if (about != std::string_view::npos && about < cut) cut = about;
    if (cut != std::string_view::npos && cut > 0) {
        std::string_view issuer = strip_suffix(t.substr(0, cut), "关于");
        // 应急管理部发布2023年…: the verb is no part of the name.
        for (std::string_view verb : {"发布", "印发"}) issuer = strip_suffix(issuer, verb);
        if (!issuer.empty()) return std::string(issuer);
    }
    // "2020年静海区法治政府建设情况报告": the place or organ named after the year.
    if (has_year)
        if (std::optional<std::string> after = issuer_after_year(t.substr(year_end))) return after;
    // "2026年江苏省政府工作报告": the government named before 政府工作报告.
    std::string_view rest = has_year ? t.substr(year_end) : t;
    const std::size_t gov = rest.find("政府工作报告");
    if (gov != std::string_view::npos && gov > 0) {
        std::string_view place = strip_suffix(rest.substr(0, gov), "人民");
        return std::string(place) + "人民政府";
    }
    return std::nullopt;
}

// A delivery line, or a piece of one a line break cut: it opens with a date and 在
// (2025年3月21日在汉滨区第十九届), or names the congress or the meeting it was read at
// (人民代表大会第四次会议上).
bool is_delivery_line(std::string_view text) {
    if (text.find("人民代表大会") != std::string_view::npos || util::ends_with(text, "会议上"))
        return true;
    const std::size_t day = text.find("日在");
    if (day == std::string_view::npos || day > 14) return false;  // 2025年12月21日: 14 bytes
    return !text.empty() && text[0] >= '0' && text[0] <= '9';
}

// A subtitle such as "——2026年1月27日在海南省第七届人民代表大会第五次会议上" or
// "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）" gives the year and the
// government when the title itself ("政府工作报告") does not.
bool is_subtitle(const std::string& s) {
    // Dashes come in every form a typewriter, PDF or web page produces: —— — -- ---- －.
    for (std::string_view lead : {"—", "-", "―", "－", "（", "("})
        if (s.rfind(lead, 0) == 0) return true;
    // Without its dash: 2025年3月21日在汉滨区第十九届人民代表大会第四次会议上.
    return !s.empty() && s[0] >= '0' && s[0] <= '9' && is_delivery_line(s);
}

void complete_from_subtitle(const std::string& sub, TitleInfo& info) {
    if (!is_subtitle(sub) || sub.size() > kMaxTitleBytes) return;
    // The delivery line starts with its date ("——2026年1月26日在…"); a bulleted line of
    // the body starts with a dash too ("--从制度上…《…规定》于2024年1月1日正式施行"), and its
    // dates are other times.
    {
        std::size_t at = 0;
        for (bool again = true; again;) {
            again = false;
            for (std::string_view lead : {"—", "-", "―", "－", "（", "("})
                if (sub.compare(at, lead.size(), lead) == 0) {
                    at += lead.size();
                    again = true;
                }
        }
        const unsigned char first = at < sub.size() ? static_cast<unsigned char>(sub[at]) : 0;
        const bool date_first = (first >= '0' && first <= '9') || sub.compare(at, 3, "２") == 0 ||
                                sub.compare(at, 3, "在") == 0;
        if (!date_first) return;
    }
    if (!info.year) {
        int year = 0;
        std::size_t yb = 0, ye = 0;
        if (grammar::find_year(sub, year, yb, ye)) info.year = year;
    }
    // Delivered to a people's congress ("在海拉尔区第十四届人民代表大会…"): a government work
    // report, whatever the title says. The congress may be on the next line.
    const bool report = info.title.find("政府工作报告") != std::string::npos;
    const bool congress = sub.find("人民代表大会") != std::string::npos;
    if (info.issuer || !(report || congress)) return;
    const std::size_t at = sub.find("在");
    if (at == std::string::npos) return;
    std::string_view place = std::string_view(sub).substr(at + 3);
    const std::size_t ordinal = place.find("第");
    if (ordinal == std::string_view::npos || ordinal == 0) return;
    place = place.substr(0, ordinal);  // drop 第七届…
    if (place.size() <= 30 * 3) info.issuer = std::string(place) + "人民政府";
}

// complete_from_subtitle() for a paragraph, normalised only when it may be short enough to
// be a subtitle: normalising keeps every character that is not a blank, so a paragraph
// with more bytes than a title outside its blanks stays too long (the line after the title
// is often the first paragraph of the body, thousands of characters long).
void complete_from_paragraph(const Paragraph& p, TitleInfo& info) {
    if (solid_bytes(p.text, kMaxTitleBytes) > kMaxTitleBytes) return;
    complete_from_subtitle(normalize_title(p.text), info);
}

}  // namespace

std::size_t solid_bytes_reference(std::string_view text, std::size_t limit) {
    std::size_t solid = 0;
    for (const char *c = text.data(), *e = c + text.size(); c < e && solid <= limit;) {
        const char* start = c;
        const char32_t cp = util::decode(c, e);
        if (!util::is_space(cp) && cp != U'\n') solid += static_cast<std::size_t>(c - start);
    }
    return solid;
}

std::size_t solid_bytes(std::string_view text, std::size_t limit) {
    std::size_t solid = 0;
    for (const char *c = text.data(), *e = c + text.size(); c < e && solid <= limit;) {
        // A well-formed Han character (E4–E9 and two continuation bytes, U+4000–U+9FFF),
        // most of the body paragraph that follows a title, is no blank: decoding each took
        // some fifty instructions.
        const auto* s = reinterpret_cast<const unsigned char*>(c);
        if (e - c >= 3 && s[0] - 0xE4u <= 0xE9u - 0xE4u && (s[1] & 0xC0u) == 0x80u &&
            (s[2] & 0xC0u) == 0x80u) {
            solid += 3;
            c += 3;
            continue;
        }
        const char* start = c;
        const char32_t cp = util::decode(c, e);
        if (!util::is_space(cp) && cp != U'\n') solid += static_cast<std::size_t>(c - start);
    }
    return solid;
}

// The government a speaker's line names (汉滨区人民政府代区长 向诗兵 → 汉滨区人民政府):
// 人民政府 after a place of two to eight characters, then 区长, 市长, 县长… (代, 副 before).
std::optional<std::string> speaker_government(std::string_view text) {
    constexpr std::string_view kGovernment = "人民政府";
    const std::size_t at = text.find(kGovernment);
    if (at == std::string_view::npos || at < 2 * 3 || at > 8 * 3 || text.size() > kMaxTitleBytes)
        return std::nullopt;
    std::string_view title = text.substr(at + kGovernment.size());
    for (std::string_view acting : {"代理", "代", "常务副", "副"})
        if (util::starts_with(title, acting)) {
            title.remove_prefix(acting.size());
            break;
        }
    for (std::string_view head : {"省长", "市长", "区长", "县长", "州长", "旗长", "主席", "镇长", "乡长"})
        if (util::starts_with(title, head)) {
            const std::string_view place = text.substr(0, at);
            for (const char *p = place.data(), *e = p + place.size(); p < e;)
                if (!util::is_han(util::decode(p, e))) return std::nullopt;
            return std::string(text.substr(0, at + kGovernment.size()));
        }
    return std::nullopt;
}

// Web-page chrome, never the title: a breadcrumb (您所在的位置:政务公开 > 工作报告), a line
// of labels (来源:… 发布时间:…, 今天是:…), a menu entry naming a report (工作报告), a
// labelled cell ([ 体裁分类 ] 工作报告) or a category (文库 实用文档 报告/总结).
// A title holds no colon of either width.
bool is_chrome(std::string_view text) {
    if (has_chrome_marks(text) || text.find("：") != std::string_view::npos) return true;
    if (text.find("报告/") != std::string_view::npos || text.find("/报告") != std::string_view::npos)
        return true;
    // A cell's label in brackets: what follows it is the cell's value.
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"},
                                      {"【", "】"}}) {
        constexpr std::size_t kMaxLabelBytes = 8 * 3;
        const std::size_t end = text.find(close);
        if (util::starts_with(text, open) && end != std::string_view::npos && end <= kMaxLabelBytes)
            text.remove_prefix(end + close.size());
    }
    if (solid_bytes(text, 3) == 0) return true;  // an empty cell: [ 发文字号 ]
    constexpr std::size_t kMinReportTitleBytes = 6 * 3;  // 政府工作报告
    return text.find("报告") != std::string_view::npos &&
           solid_bytes(text, kMinReportTitleBytes) < kMinReportTitleBytes;
}

// The paragraphs the title is looked for in (`limit`): the first kSearchParagraphs that are
// not chrome, and the chrome among them (a page's cells, one per line, can be a dozen).
// Bit i of `known` says is_chrome() was asked of paragraph i, bit i of `chrome` its answer:
// detect_title() reads them instead of asking again (a dozen searches per short line).
struct SearchRange {
    std::size_t limit = 0;
    std::uint64_t known = 0, chrome = 0;
    bool is_chrome_at(std::size_t i, std::string_view text) const {
        return (known >> i & 1u) ? (chrome >> i & 1u) != 0 : is_chrome(text);
    }
};
constexpr std::size_t kMaxChromeParagraphs = 24;
static_assert(kSearchParagraphs + kMaxChromeParagraphs <= 64, "a bit per paragraph searched");

SearchRange search_range(const std::vector<Paragraph>& paragraphs) {
    SearchRange range;
    std::size_t i = 0, chrome = 0;
    for (; i < paragraphs.size() && i - chrome < kSearchParagraphs; ++i)
        if (chrome < kMaxChromeParagraphs && paragraphs[i].text.size() <= kMaxTitleBytes) {
            range.known |= std::uint64_t{1} << i;
            if (is_chrome(paragraphs[i].text)) {
                range.chrome |= std::uint64_t{1} << i;
                ++chrome;
            }
        }
    range.limit = i;
    return range;
}

TitleInfo detect_title(const std::vector<Paragraph>& paragraphs) {
    TitleInfo info;
    std::size_t fallback = static_cast<std::size_t>(-1);
    const SearchRange range = search_range(paragraphs);
    const std::size_t limit = range.limit;
    bool after_cover = false;  // right after a cover letter's 特此报告。, its signature
    std::string cover_organ;   // the organ that signs the cover letter
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string_view text = paragraphs[i].text;
        if (has_marker(text)) break;  // the body has started
        // A cover letter (中共湖州市委、湖州市人民政府: … 特此报告。 / 湖州市交通运输局 /
        // 2025年1月15日) above the title: nothing in it or under it is the title.
        if (util::ends_with(text, "特此报告。") || text == std::string_view("特此报告")) {
            fallback = static_cast<std::size_t>(-1);
            after_cover = true;
            continue;
        }
        // A title never holds a full stop: "政府工作报告。记者…摄" is a photo caption.
        if (text.size() > kMaxTitleBytes || ends_with_stop(text) ||
            text.find("。") != std::string::npos)
            continue;
        if (range.is_chrome_at(i, text)) continue;
        if (after_cover) {
            int year = 0;
            std::size_t yb = 0, ye = 0;
            const std::string line = normalize_title(text);
            if (is_organ_line(line)) {  // the letter's signature
                if (cover_organ.empty()) cover_organ = line;
                continue;
            }
            if (grammar::find_year(line, year, yb, ye) && yb == 0 && util::ends_with(line, "日"))
                continue;  // and its date
            after_cover = false;
        }
        if (text.find("报告") != std::string::npos) {
            info.paragraph = i;
            break;
        }
        // 2024年度交通运输法治政府建设 / 工作总结: a summary's title, its last line.
        if (util::ends_with(text, "工作总结")) {
            info.paragraph = i;
            break;
        }
        // Neither a subtitle nor the speaker's line (海拉尔区人民政府代区长 杨国宏), nor a
        // delivery line without its dash, whole or cut (2025年3月21日在汉滨区第十九届 /
        // 人民代表大会第四次会议上).
        const bool speaker = text.find("人民政府") != std::string::npos &&
                             (text.find("长") != std::string::npos);
        if (fallback == static_cast<std::size_t>(-1) && text.size() >= 4 * 3 &&
            !is_subtitle(normalize_title(text)) && !speaker && !is_delivery_line(text))
            fallback = i;
    }
    if (info.paragraph == static_cast<std::size_t>(-1)) info.paragraph = fallback;
    if (info.paragraph == static_cast<std::size_t>(-1)) {
        // No title, but maybe a subtitle ("—2017年2月11日在海拉尔区第十四届人民代表大会…"),
        // or the speaker's line (汉滨区人民政府代区长 向诗兵).
        for (std::size_t i = 0; i < limit && !info.issuer; ++i)
            complete_from_paragraph(paragraphs[i], info);
        for (std::size_t i = 0; i < limit && !info.issuer; ++i) {
            if (has_marker(paragraphs[i].text)) break;
            info.issuer = speaker_government(paragraphs[i].text);
        }
        return info;
    }

    info.title = normalize_title(paragraphs[info.paragraph].text);
    // 浙卫〔2024〕3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》: a cover letter's
    // number in front, and the title in book brackets.
    std::size_t number_begin = 0, number_end = 0;
    if (grammar::find_doc_number(info.title, 12 * 3, number_begin, number_end) &&
        number_begin == 0 && util::starts_with(std::string_view(info.title).substr(number_end), "《"))
        info.title.erase(0, number_end);
    if (util::starts_with(info.title, "《") && util::ends_with(info.title, "》") &&
        info.title.size() > 6 && info.title.find("《", 3) == std::string::npos)
        info.title = info.title.substr(3, info.title.size() - 6);
    int year = 0;
    std::size_t yb = 0, ye = 0;
    const bool has_year = grammar::find_year(info.title, year, yb, ye);
    if (has_year) info.year = year;
    info.issuer = issuer_of(info.title, yb, ye, has_year);
    // A title block of two lines: the organs, then "关于2024年法治政府建设情况的报告" or
    // "2022年度法治政府建设情况报告".
    // The two lines are the title, and its span covers both.
    info.first_paragraph = info.paragraph;
    if (!info.issuer && info.paragraph > 0) {
        const std::string above = normalize_title(paragraphs[info.paragraph - 1].text);
        if (above.size() <= kMaxTitleBytes && is_organ_line(above)) {
            info.issuer = above;
            info.title.insert(0, above);
            info.first_paragraph = info.paragraph - 1;
        } else if (info.title.size() <= 4 * 3 && above.size() <= kMaxTitleBytes &&
                   above.find("。") == std::string::npos && !is_chrome(above)) {
            // 2024年度交通运输法治政府建设 / 工作总结: the title's first line is above its
            // genre word (工作总结, 工作报告).
            info.title.insert(0, above);
            info.first_paragraph = info.paragraph - 1;
            if (!info.year && grammar::find_year(info.title, year, yb, ye)) info.year = year;
        }
    }
    // A title that names no issuer: the organ that signed the cover letter above it.
    if (!info.issuer && !cover_organ.empty() && info.first_paragraph > 0) info.issuer = cover_organ;
    if (info.paragraph + 1 < paragraphs.size())
        complete_from_paragraph(paragraphs[info.paragraph + 1], info);
    for (std::size_t i = 0; i < limit && !info.issuer; ++i)
        complete_from_paragraph(paragraphs[i], info);
    return info;
}

}  // namespace govreport::segment
