// Document extraction: bracket matching with a stack, then the words around each title.
// SPDX-License-Identifier: MIT
#include "extract/documents.hpp"

#include <cstdint>
#include <iterator>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "grammar/doc_number.hpp"
#include "grammar/period.hpp"
#include "extract/period_resolve.hpp"
#include "util/char_set.hpp"
#include "util/fast_format.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/word_list.hpp"

namespace govreport::extract {

namespace {

using segment::Paragraph;
using util::ends_with;
using util::starts_with;

constexpr std::size_t kMaxIssuerBytes = 20 * 3;     // 中共中央办公厅、国务院办公厅 fits
constexpr std::size_t kDocNumberWindow = 12 * 3;    // 《…》（中发〔2021〕33号）
constexpr std::size_t kMaxTitleBytes = 200 * 3;     // the longest real titles are ~80 characters

// Verbs that introduce a citation; what follows them up to 《 may name its issuer.
constexpr std::string_view kCitingVerbs[] = {
    "深入贯彻落实", "认真贯彻落实", "贯彻落实", "认真落实", "严格执行", "严格按照", "贯彻", "落实",
    "根据", "按照", "依据", "对照", "围绕", "出台", "制发", "印发", "制定", "修订", "实施", "执行",
    "学习", "发布", "起草", "参照", "结合", "关于", "扎实推进",
};
// Verbs between an issuer and its document (国务院办公厅印发《…》).
constexpr std::string_view kIssuingVerbs[] = {"印发", "发布", "出台", "制定", "制发", "修订", "颁布",
                                              "下发"};
// Prepositions before an organ that cites or receives a document (对区人民法院《…》), and
// 与, which joins it to an earlier one (and 及: issuer_before() cuts after it; not 和, which
// starts 和平区).
constexpr std::string_view kPrepositions[] = {"对", "向", "经", "由", "将", "把", "从", "据", "与"};
// An issuer ends with an organ word.
constexpr std::string_view kIssuerEndings[] = {
    "办公厅", "办公室", "委员会", "人民政府", "政府", "中央", "国务院", "厅", "部", "委", "院", "办",
    "局", "署", "会",
};

// Whether `words` end with an organ's ending (kIssuerEndings).
bool ends_with_organ(std::string_view words) {
    for (std::string_view e : kIssuerEndings)
        if (ends_with(words, e)) return true;
    return false;
}

bool is_break(char32_t c) {
    return util::is_sentence_end(c) || c == U'，' || c == U'、' || c == U'“' || c == U'”' ||
           c == U'（' || c == U'）' || c == U'》' || c == U',' || util::is_space(c);
}

// Where the words before an issuer end: after the last occurrence of the first citing verb
// (in kCitingVerbs' order) that `s` holds, or npos when it holds none. One walk over the
// characters that can start a verb, where an rfind per verb walked `s` 27 times for
// every document. At each, the first verb of the list that starts there is enough: one
// that comes later in the list and starts there too (贯彻 in 贯彻落实) loses to it anyway.
std::size_t after_citing_verb(std::string_view s) {
    constexpr std::size_t kVerbs = std::size(kCitingVerbs);
    static_assert(kVerbs <= 32, "one bit per citing verb");
    static const util::WordList verbs(kCitingVerbs);
    static const util::CharSet leads = [] {
        util::CharSet set;
        for (std::string_view v : kCitingVerbs) set.add_first(v);
        return set;
    }();
    std::uint32_t found = 0;
    std::size_t last_end[kVerbs];
    for (std::size_t i = 0; (i = leads.find(s, i)) < s.size(); i = util::next_char(s, i))
        if (const std::size_t k = verbs.prefix(s.substr(i)); k != util::WordList::npos) {
            last_end[k] = i + kCitingVerbs[k].size();
            found |= std::uint32_t{1} << k;
        }
    return found ? last_end[__builtin_ctz(found)] : std::string_view::npos;
}

// The organ written right before 《 (国务院办公厅《…》), without the verb before it.
std::optional<std::string> issuer_before(std::string_view t, std::size_t open) {
    std::size_t from = open;
    while (from > 0 && open - from < kMaxIssuerBytes) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(t.data(), t.data() + from, &n);
        if (n == 0 || is_break(c)) break;
        from -= n;
    }
    // 中共中央、国务院《…》: organs joined by 、 issue together.
    while (from >= 3 && t.substr(from - 3, 3) == "、") {
        std::size_t before = from - 3;
        std::size_t start = before;
        while (start > 0 && before - start < kMaxIssuerBytes) {
            std::size_t n = 0;
            const char32_t c = util::decode_before(t.data(), t.data() + start, &n);
            if (n == 0 || is_break(c)) break;
            start -= n;
        }
        const std::string_view other = t.substr(start, before - start);
        if (other.empty() || !ends_with_organ(other)) break;
        from = start;
    }
    std::string_view s = t.substr(from, open - from);
    // 中共中央办公厅、国务院办公厅印发的《…》: the organs in front of the verb that issues it.
    if (ends_with(s, "的")) s.remove_suffix(3);
    for (std::string_view v : kIssuingVerbs)
        if (ends_with(s, v) && s.size() > v.size()) {
            s.remove_suffix(v.size());
            break;
        }
    while (!s.empty()) {
        const std::size_t cut = after_citing_verb(s);
        if (cut == std::string_view::npos) break;
        s = s.substr(cut);
    }
    // 党中央、国务院及山西省委全面依法治省委员会《…》: 及 joins the documents cited, and the
    // organs before it issued others.
    if (const std::size_t and_at = s.rfind("及"); and_at != std::string_view::npos)
        s.remove_prefix(and_at + std::string_view("及").size());
    // …精神和中共中央办公厅、国务院办公厅《…》, …和自治区党委、自治区人民政府印发的《…》:
    // 和 after words that name no organ, before a level word or a Party or national organ,
    // joins it to what came before (not 和平区: 平 follows; nor
    // 人力资源和社会保障局 or 住房和城乡建设局).
    {
        static constexpr util::CharSet kAfterAnd = util::make_char_set(U"自省市县区州旗中国党全");
        // (An organ before 和 issues with the one after it: 市委和市政府印发的《…》.)
        for (std::size_t at = s.rfind("和"); at != std::string_view::npos && at + 3 < s.size();
             at = at == 0 ? std::string_view::npos : s.rfind("和", at - 1))
            if (kAfterAnd.contains(util::char_at(s, at + 3))) {
                if (!ends_with_organ(s.substr(0, at))) s.remove_prefix(at + 3);
                break;
            }
    }
    // 对区人民法院《…》的批示: a preposition is not part of the organ's name.
    for (std::string_view p : kPrepositions)
        if (util::starts_with(s, p)) {
            s.remove_prefix(p.size());
            break;
        }
    // 现将我局《…》随文上报: the report's own organ, named by no name.
    if (util::starts_with(s, "现将")) s.remove_prefix(std::string_view("现将").size());
    if (util::starts_with(s, "我") || util::starts_with(s, "本")) return std::nullopt;
    if (s.size() < 2 * 3 || !ends_with_organ(s)) return std::nullopt;
    return std::string(s);
}

// "中共中央办公厅、国务院办公厅关于印发…的通知": the issuers named before 关于.
std::optional<std::string> issuer_in_title(std::string_view title) {
    const std::size_t about = title.find("关于");
    if (about == std::string_view::npos || about < 2 * 3) return std::nullopt;
    const std::string_view head = title.substr(0, about);
    if (!ends_with_organ(head)) return std::nullopt;
    return std::string(head);
}

class DocumentExtractor {
public:
    DocumentExtractor(Report& r) : r_(r) {}

    void paragraph(const Paragraph& p, util::ScanIndex::Cursor brackets) {
        const std::string_view t = p.text;
        // Open 《 positions and the closed 〈〉 of the open 《: members, kept from one
        // paragraph to the next (a vector per paragraph was a fifth of a report's
        // short-lived allocations).
        std::vector<std::size_t>& books = books_;
        books.clear();
        inner_.clear();
        std::size_t angle_open = 0;        // the outermost open 〈 inside a 《
        std::size_t angle_depth = 0;       // 〈 nested in it count, but are no titles of their own
        std::vector<std::pair<std::size_t, std::size_t>>& inner = inner_;
        const char* const end = t.data() + t.size();
        // From one of 《》〈〉 to the next (issue 6).
        for (std::size_t at = 0; (at = brackets.find(at)) < t.size();) {
            const char* q = t.data() + at;
            const char32_t c = util::decode(q, end);
            const std::size_t after = static_cast<std::size_t>(q - t.data());
            if (c == U'《') {
                books.push_back(at);
                if (books.size() == 1) { angle_depth = 0; inner.clear(); }
            } else if (c == U'》' && !books.empty()) {
                const std::size_t open = books.back();
                books.pop_back();
                if (books.empty()) {
                    const std::size_t outer = add(p, open, after, npos);
                    for (const auto& [b, e] : inner) add(p, b, e, outer);
                    inner.clear();
                }
            } else if ((c == U'〈' || c == U'＜' || c == U'<') && !books.empty()) {
                // 〈〉, or ＜＞ and <> as some reports write them inside a title.
                if (angle_depth++ == 0) angle_open = at;
            } else if ((c == U'〉' || c == U'＞' || c == U'>') && angle_depth > 0) {
                if (--angle_depth == 0) inner.emplace_back(angle_open, after);
            }
            at = after;
        }
    }

private:
    // Adds the mention t[b, e) (brackets included); returns the document's index.
    std::size_t add(const Paragraph& p, std::size_t b, std::size_t e, std::size_t nested_in) {
        const std::string_view t = p.text;
        // 《》, 〈〉 and ＜＞ are three bytes each, < and > one.
        const std::size_t open_len = t[b] == '<' ? 1 : 3, close_len = t[e - 1] == '>' ? 1 : 3;
        if (e < b + open_len + close_len) return npos;
        const std::string_view title = t.substr(b + open_len, e - b - open_len - close_len);
        // A title is a line of words; a "title" of thousands of characters is unbalanced
        // brackets, and copying it per nesting level would be quadratic.
        if (title.empty() || title.size() > kMaxTitleBytes) return npos;
        Mention m;
        m.span.start = p.to_source_start(b);
        m.span.end = p.to_source(e);
        m.text = r_.text.substr(m.span.start, m.span.end - m.span.start);

        auto it = by_title_.find(title);
        std::size_t index;
        if (it == by_title_.end()) {
            index = r_.documents.size();
            Document d;
            util::set_item_id(d.id, 'd', index + 1);
            d.title = std::string(title);
            d.nested_in = nested_in;
            read_period(title, d);
            r_.documents.push_back(std::move(d));
            by_title_.emplace(title, index);
        } else {
            index = it->second;
        }
        Document& d = r_.documents[index];
        if (!d.issuer) d.issuer = nested_in == npos ? issuer_before(t, b) : std::nullopt;
        if (!d.issuer) d.issuer = issuer_in_title(title);
        if (!d.doc_number && nested_in == npos) {
            std::size_t from = e;
            while (from < t.size() && (t[from] == ' ' || starts_with(t.substr(from), "（") ||
                                       t[from] == '('))
                from += t[from] == ' ' || t[from] == '(' ? 1 : 3;
            std::size_t nb = 0, ne = 0;
            if (grammar::find_doc_number(t.substr(from), kDocNumberWindow, nb, ne))
                d.doc_number = std::string(t.substr(from + nb, ne - nb));
        }
        d.mentions.push_back(std::move(m));
        return index;
    }

    // The first explicit period in the title: （2021-2025 年）, 2024 年.
    void read_period(std::string_view title, Document& d) {
        for (std::size_t at = 0; at < title.size(); ++at) {
            const unsigned char c = static_cast<unsigned char>(title[at]);
            if (!(c >= '0' && c <= '9')) continue;
            if (at > 0 && title[at - 1] >= '0' && title[at - 1] <= '9') continue;
            grammar::period_ast ast;
            std::size_t used = 0;
            if (!grammar::parse_period(title.substr(at), ast, used) || ast.is_relative) continue;
            Period p;
            std::string why;
            if (!resolve_period(ast, 0, p, why)) continue;
            d.period_start = p.start;
            d.period_end = p.end;
            d.period_start_iso = util::iso_date(p.start.year,
                                             p.start.month, p.start.day);
            d.period_end_iso = util::iso_date(p.end.year,
                                           p.end.month, p.end.day);
            return;
        }
        // 《法治赵县建设规划（2021—2025）》: years in brackets without 年.
        int first = 0, last = 0;
        if (bracketed_years(title, first, last)) {
            d.period_start = Date{first, 1, 1};
            d.period_end = Date{last, 12, 31};
            d.period_start_iso = util::iso_date(first, 1, 1);
            d.period_end_iso = util::iso_date(last, 12, 31);
        }
    }

    // Whether `title` ends with two years in brackets, "（2021—2025）" or "(2021-2025)",
    // the first not after the second; they are stored in `first` and `last`.
    static bool bracketed_years(std::string_view title, int& first, int& last) {
        std::string_view s = title;
        if (util::ends_with(s, "）")) s.remove_suffix(3);
        else if (util::ends_with(s, ")")) s.remove_suffix(1);
        else return false;
        const auto year_at_end = [&](int& year) {
            if (s.size() < 4) return false;
            year = 0;
            for (std::size_t i = s.size() - 4; i < s.size(); ++i) {
                if (s[i] < '0' || s[i] > '9') return false;
                year = year * 10 + (s[i] - '0');
            }
            s.remove_suffix(4);
            return year >= 1949 && year <= 2199;
        };
        if (!year_at_end(last)) return false;
        bool dash = false;
        for (std::string_view sep : {"—", "－", "–", "-", "~", "～", "至"})
            if (!dash && util::ends_with(s, sep)) {
                s.remove_suffix(sep.size());
                dash = true;
            }
        if (!dash || !year_at_end(first) || first > last) return false;
        return util::ends_with(s, "（") || util::ends_with(s, "(");
    }

    Report& r_;
    // Titles as they stand in the paragraphs' text, which outlives the extractor: a
    // look-up builds no string.
    std::unordered_map<std::string_view, std::size_t> by_title_;
    std::vector<std::size_t> books_;
    std::vector<std::pair<std::size_t, std::size_t>> inner_;
};

}  // namespace

const util::CharSet& document_scan_chars() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(U"《》〈〉＜＞<>");
        return s;
    }();
    return set;
}

void extract_documents(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                       const util::ScanIndex* scans, std::size_t set) {
    // Room for one document per two brackets of the scan (each takes at least a 《 and a
    // 》): growing the list moved every document, a few times per report.
    if (scans) report.documents.reserve(report.documents.size() + scans->count(set) / 2);
    DocumentExtractor x(report);
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        x.paragraph(paragraphs[i], scans ? scans->cursor(i, set)
                                         : util::ScanIndex::Cursor::direct(document_scan_chars(),
                                                                           paragraphs[i].text));
}

}  // namespace govreport::extract
