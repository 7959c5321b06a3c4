// Quantity and period extraction over paragraphs: candidates, traps, context, links.
// SPDX-License-Identifier: MIT
#include "extract/quantities.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "extract/lexicon.hpp"
#include "extract/period_resolve.hpp"
#include "grammar/marker.hpp"
#include "grammar/numeral.hpp"
#include "grammar/period.hpp"
#include "grammar/quantity.hpp"
#include "segment/roles.hpp"
#include "util/char_set.hpp"
#include "util/fast_format.hpp"
#include "util/forward_count.hpp"
#include "util/huge_pages.hpp"
#include "util/scan_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/word_list.hpp"

namespace govreport::extract {

// Every character Extractor::paragraph() does something at: what starts a number or a
// period, brackets and quotes, clause and sentence ends. At all others it only steps on,
// and one bit test says so (issue 6).
const util::CharSet& quantity_scan_chars() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(U"0123456789０１２３４５６７８９");
        s.add_all(U"一二两三四五六七八九十百千〇零");  // 万 and 亿 only continue a numeral
        // Period words that do not start with a digit (is_period_lead()) are found at
        // their second character: 年 (全年, 今年…; 年 also leads 年底), 半 (上半年), and
        // the numerals already here (上一年, 前三季度, 第一季度). See kLeadsBefore.
        s.add_all(U"年半");
        return s;
    }();
    return set;
}

// Clause and sentence ends, 《》 and quotes: two thirds of the characters the scan used
// to stop at. They only change where a clause starts and whether the scan is inside a
// title or a quote, so a cursor of their own applies them in a tight loop where the scan
// next needs them (issue 6), instead of each going through the tests for numbers.
const util::CharSet& context_chars() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(U"。！？，；：,;:");  // sentence stops, then clause ends
        s.add_all(U"《》“”");          // context_mark() (quantities.hpp) tells all apart
        s.add_all(U"（）()");          // a figure in brackets measures the noun before them
        return s;
    }();
    return set;
}

namespace {

using segment::Paragraph;
using util::char_at;
using util::char_before;
using util::ends_with;
using util::starts_with;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_fullwidth_digit(std::string_view t, std::size_t at) {
    return at + 3 <= t.size() && static_cast<unsigned char>(t[at]) == 0xEF &&
           static_cast<unsigned char>(t[at + 1]) == 0xBC &&
           static_cast<unsigned char>(t[at + 2]) >= 0x90 &&
           static_cast<unsigned char>(t[at + 2]) <= 0x99;
}

// First characters of the period words that do not start with a digit.
inline constexpr util::CharSet kPeriodLeads = util::make_char_set(U"今全本去上明下来年前第");
bool is_period_lead(char32_t c) { return kPeriodLeads.contains(c); }
// Those the scan does not stop at. Their words are tried from the next character, which
// it does stop at (quantity_scan_chars()), as if it had stopped at them: 全, 上, 本 and 第
// are some 6,000 stops in the corpus (1.1 MB), nearly all of them in other words (全面,
// 上级, 本次, 第一批), and each stop cost the scan loop's tests (0.85 M instructions of
// the corpus parsed twice).
inline constexpr util::CharSet kLeadsBefore = util::make_char_set(U"今全本去上明下来前第");


// Skips white space backwards from `at`. (Always inlined: most calls find none, and a
// call for that cost 0.5 M instructions on the corpus parsed twice.)
__attribute__((always_inline)) inline std::size_t skip_space_back(std::string_view t, std::size_t at,
                                                                  std::size_t floor) {
    while (at > floor && util::may_end_space(static_cast<unsigned char>(t[at - 1]))) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(t.data() + floor, t.data() + at, &n);
        if (!util::is_space(c) || n == 0) break;
        at -= n;
    }
    return at;
}
std::size_t skip_space_fwd(std::string_view t, std::size_t at) {
    while (at < t.size() && util::may_start_space(static_cast<unsigned char>(t[at]))) {
        const char* p = t.data() + at;
        if (!util::is_space(util::decode(p, t.data() + t.size()))) break;
        at = static_cast<std::size_t>(p - t.data());
    }
    return at;
}

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && util::may_start_space(static_cast<unsigned char>(s.front()))) {
        const char* p = s.data();
        const char32_t c = util::decode(p, s.data() + s.size());
        if (!util::is_space(c)) break;
        s.remove_prefix(static_cast<std::size_t>(p - s.data()));
    }
    while (!s.empty() && util::may_end_space(static_cast<unsigned char>(s.back()))) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(s.data(), s.data() + s.size(), &n);
        if (!util::is_space(c) || n == 0) break;
        s.remove_suffix(n);
    }
    return s;
}

// Blanks off both ends. Nearly every string it sees has none: two byte tests say so
// inline, without the call and the loops (a metric is trimmed about ten times).
__attribute__((always_inline)) inline std::string_view trim(std::string_view s) {
    if (!util::may_start_with_space(s.data(), s.data() + s.size()) &&
        !util::may_end_with_space(s.data(), s.data() + s.size()))
        return s;
    return trim_blanks(s);
}

// The lexicon's word tables, indexed for look-ups at every metric (util/word_list.hpp).
const util::WordList& metric_leading() {
    static const util::WordList w(lexicon::kMetricLeading);
    return w;
}
const util::WordList& metric_trailing() {
    static const util::WordList w(lexicon::kMetricTrailing);
    return w;
}
const util::WordList& object_verbs() {
    static const util::WordList w(lexicon::kObjectVerbs);
    return w;
}
const util::WordList& verbs_after_percent() {
    static const util::WordList w(lexicon::kVerbsAfterPercent);
    return w;
}

// Whether `metric` names a rate already (合格率, 占比, 比例): no verb after the figure is
// added to it (合格率100%通过验收).
bool names_rate(std::string_view metric) {
    return util::ends_with(metric, "率") || util::ends_with(metric, "比") ||
           util::ends_with(metric, "比例") || util::ends_with(metric, "比重");
}

// 100%出庭应诉, 98%办结: the verb phrase right after a percentage that says what the rate
// is of (kVerbsAfterPercent first), up to eight Han characters and no more (the run of Han
// characters ends at the clause's punctuation, a digit or a bracket); or empty.
std::string_view verb_after_percent(std::string_view t, std::size_t e) {
    if (verbs_after_percent().prefix(t.substr(e)) == util::WordList::npos) return {};
    constexpr std::size_t kMaxChars = 8;
    std::size_t stop = e;
    for (std::size_t chars = 0; stop < t.size(); ++chars) {
        const char* p = t.data() + stop;
        const char32_t c = util::decode(p, t.data() + t.size());
        if (c < 0x4E00 || c > 0x9FFF) break;
        if (chars == kMaxChars) return {};  // a longer clause: no phrase of a rate
        stop = static_cast<std::size_t>(p - t.data());
    }
    return t.substr(e, stop - e);
}
// Whether `s` holds `n` code points or more (n > 0): its lead bytes counted until there
// are enough, inline (count_code_points() walks all of `s` in a call: 0.3 M instructions of
// the corpus parsed twice, at the two tests of metric_for()).
bool has_chars(std::string_view s, std::size_t n) {
    for (const char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80 && --n == 0) return true;
    return false;
}

const util::WordList& metric_protected() {
    static const util::WordList w(lexicon::kMetricProtected);
    return w;
}
const util::WordList& after_unit_stops() {
    static const util::WordList w(lexicon::kAfterUnitStops);
    return w;
}
const util::WordList& change_verbs() {
    static const util::WordList w = [] {
        std::vector<std::string_view> words;
        for (const lexicon::ChangeVerb& v : lexicon::kChangeVerbs) words.push_back(v.text);
        return util::WordList(std::move(words));
    }();
    return w;
}
const util::WordList& round_the_clock() {
    static const util::WordList w(lexicon::kRoundTheClock);
    return w;
}
const util::WordList& catch_phrases() {
    static const util::WordList w(lexicon::kCatchPhrases);
    return w;
}
const util::WordList& per_capita() {
    static const util::WordList w(lexicon::kPerCapita);
    return w;
}
const util::WordList& prefix_qualifiers() {
    static const util::WordList w = [] {
        std::vector<std::string_view> words;
        for (const lexicon::PrefixQualifier& pq : lexicon::kPrefixQualifiers) words.push_back(pq.text);
        return util::WordList(std::move(words));
    }();
    return w;
}

// A date at the front of `s` in Arabic digits: 2024年, 2024年度, 3月29日, 2024年3月 (the
// time of the sentence, not what its number counts: 2024年共召开党组会33次). Its length
// in bytes, or 0.
std::size_t leading_date(std::string_view s) {
    std::size_t at = 0;
    while (true) {
        std::size_t digits = 0;
        while (at + digits < s.size() && is_ascii_digit(s[at + digits])) ++digits;
        if (digits == 0 || digits > 4) return at;
        const std::string_view rest = s.substr(at + digits);
        std::size_t word = 0;
        for (std::string_view w : {"年度", "年", "月份", "月", "日", "号"})
            if (util::starts_with(rest, w)) {
                word = w.size();
                break;
            }
        if (word == 0) return at;
        at += digits + word;
    }
}

// Strips the words of a table from the front of `s` until none applies (the first word
// of the table that does, each time), unless a protected word starts it; and dates.
std::string_view strip_front(std::string_view s, const util::WordList& words) {
    const util::WordList& protected_words = metric_protected();
    for (bool again = true; again;) {
        again = false;
        s = trim(s);
        if (const std::size_t date = leading_date(s); date > 0 && date < s.size()) {
            s.remove_prefix(date);
            again = true;
            continue;
        }
        if (protected_words.starts_any(s)) break;
        const std::size_t w = words.prefix(s);
        if (w != util::WordList::npos) {
            s.remove_prefix(words[w].size());
            again = true;
        }
    }
    return s;
}
// The same from the back.
std::string_view strip_back(std::string_view s, const util::WordList& words) {
    for (bool again = true; again;) {
        again = false;
        s = trim(s);
        const std::size_t w = words.suffix(s);
        if (w != util::WordList::npos) {
            s.remove_suffix(words[w].size());
            again = true;
        }
    }
    return s;
}

class Extractor {
public:
    Extractor(const std::vector<Paragraph>& ps, Report& r, const util::ScanIndex* scans,
              std::size_t set, std::size_t context_set)
        : ps_(ps), r_(r), scans_(scans), set_(set), context_set_(context_set) {}
    void run();

private:
    // Per-paragraph reading state.
    struct State {
        int book_depth = 0;
        std::size_t quote_open = std::string::npos;
        std::size_t clause_start = 0;
        std::size_t sentence_start = 0;
        std::size_t metric_floor = 0;  // end of the previous indicator in this clause
        std::size_t last_indicator = npos;  // previous indicator in this sentence
        std::size_t last_begin = 0;         // where its text starts in the paragraph
        std::size_t last_end = 0;           // … and ends
        std::size_t last_clause_start = 0;  // where its clause starts
        // The list of values joined by 、 or 和 that it ends (分别从771家、481家): the first
        // one's index and where its text starts.
        std::size_t run_first = npos;
        std::size_t run_begin = 0;
        // The next first value of a from/to pair of lists, and the end of that list.
        std::size_t pair_next = npos;
        std::size_t pair_end = 0;
        std::size_t sentence_indicators = 0;  // first indicator index of this sentence
        int year = 0;  // latest explicit year in the paragraph
        // The sentence's latest period outside 《》 (npos: none yet), the only one of its
        // periods an indicator reads: an index, not a vector grown in every paragraph.
        std::size_t last_period = npos;
        // Brackets of the sentence: how deep the scan is in them, where the outermost open
        // one starts (npos: none open), and where the metric may start after a closing one
        // whose opening one stands before the clause (…第一）、刑事立案数).
        int bracket_depth = 0;
        std::size_t bracket_open = std::string::npos;
        std::size_t bracket_floor = 0;
    };

    void paragraph(std::size_t pi);
    /// A period at `at`, where period_possible() holds.
    bool try_period(std::size_t pi, State& st, std::size_t at, std::size_t& next);
    void since_then(std::string_view t, Period& period, std::size_t& end) const;
    bool try_quantity(std::size_t pi, State& st, std::size_t at, std::size_t& next);
    bool is_trap(std::string_view t, std::size_t b, std::size_t e,
                 const grammar::quantity_match& q) const;
    void read_context(std::string_view t, const State& st, std::size_t b, Indicator& ind,
                      std::size_t& text_begin) const;
    std::string_view metric_for(std::string_view t, const State& st, std::size_t b,
                                std::size_t e, const Indicator& ind) const;
    bool from_to_pair(std::string_view t, State& st, std::size_t at, bool listed,
                      Indicator& ind, std::size_t& from, std::string_view& noun) const;
    Span span_of(const Paragraph& p, std::size_t b, std::size_t e) const;
    void link(std::size_t index);
    void end_run(std::size_t end);
    void finish_links();
    // A year's whole-year periods, in document order, and how many of them start at or
    // before the indicator last looked up (indicators come in document order, so the count
    // only grows: a step or two forward instead of a binary search per indicator).
    struct YearMentions {
        std::vector<std::size_t> periods;
        std::size_t seen = 0;
    };
    Role role_at(std::uint64_t at);
    /// The whole-year period the heading of the level-1 part around `at` names, when it is
    /// neither the report's year nor the next (一、2022年工作回顾 in a 2023 report); npos
    /// otherwise, and before the heading's end.
    std::size_t other_part_year(std::uint64_t at) {
        // Most calls fall in the part of the call before (one per paragraph and per figure).
        if (at >= part_begin_ && at < part_end_) {
            if (looking_) look_on();
            return part_year_;
        }
        looking_ = false;
        return find_part_year(at);
    }
    std::size_t find_part_year(std::uint64_t at);
    bool is_year_before(const Period& p) const;
    void look_on();
    // A 过去一年 part whose year is not found yet: the periods from look_from_ on are
    // still to be looked at.
    bool looking_ = false;
    std::size_t look_from_ = 0;
    // The part other_part_year() looked at last, after its heading, and its answer.
    std::uint64_t part_begin_ = 0, part_end_ = 0;
    std::size_t part_year_ = npos;
    bool work_report_ = false;  // segment::is_work_report()

    const std::vector<Paragraph>& ps_;
    Report& r_;
    const util::ScanIndex* scans_;  // the shared scan of parse(), or null: scan alone
    std::size_t set_;
    std::size_t context_set_;
    std::vector<std::size_t> roots_;  // top-level sections, for role_at
    std::size_t roots_seen_ = 0;      // how many start at or before the last look-up
    YearMentions year_mentions_[2];  // the report's year's whole-year periods, the next's
    // link()'s state: the first measure that does not end before the last indicator, and
    // the run of consecutive indicators in one measure that is not written yet.
    std::size_t measure_seen_ = 0;
    std::size_t run_start_ = 0, run_measure_ = npos;
    // The sections that start at or before the last indicator (sections_seen_ of them, in
    // document order) and, of those, the ones still open there, innermost last.
    std::size_t sections_seen_ = 0;
    std::vector<std::size_t> open_sections_;
    // Indicators with no whole-year period of their year before them, and that year (0 the
    // report's, 1 the next): they take the first one after them, known at the end.
    std::vector<std::pair<std::size_t, int>> period_after_;
    const util::CharSet& numeral_followers_ = grammar::after_numerals();  // numeral_word_in()
};

Span Extractor::span_of(const Paragraph& p, std::size_t b, std::size_t e) const {
    Span s;
    s.start = p.to_source_start(b);
    s.end = b == e ? s.start : p.to_source(e);
    return s;
}

void Extractor::run() {
    // Room for one indicator per 128 bytes of text, 1.5 times the density of the corpus's
    // densest report (a work report with one per 190 bytes): the vector seldom grows, and
    // growing it (copying every indicator into fresh pages) caused a fifth of the page
    // faults of a 20 MB parse. Room left unused is never touched: it costs address space,
    // not memory.
    std::size_t bytes = 0;
    for (const Paragraph& p : ps_) bytes += p.text.size();
    r_.indicators.reserve(r_.indicators.size() + bytes / 128);
    util::advise_huge_spare(r_.indicators);  // 360 bytes each: most of a large model's pages
    // Periods the same way: one per 512 bytes, 1.4 times the density of the corpus's
    // densest report (the seed, one per 730 bytes); growing moved every Period, four
    // strings each.
    r_.periods.reserve(r_.periods.size() + bytes / 512);
    util::advise_huge_spare(r_.periods);
    roots_ = r_.roots();
    work_report_ = segment::is_work_report(r_);
    for (std::size_t i = 0; i < ps_.size(); ++i) paragraph(i);
    finish_links();
}

// What a period can start with at a lead that is neither a digit nor a numeral: the
// relative words, halves and quarters of grammar/period_def.hpp. 全面, 上级, 年轻 and the
// like are far more common than 全年, 上年 and 年底, and are rejected here without
// running the grammar.
// `rest`: the text from the lead on. Out of line: the second-character test below turns
// away nine in ten leads first.
__attribute__((noinline)) bool starts_period_word(std::string_view rest) {
    static const util::WordList starts{
        "今年", "全年", "本年", "去年", "上年", "上一年", "上半年", "明年", "下一年", "下年",
        "下半年", "来年", "年底", "年末", "前三季度"};  // (第: may_start_period())
    return starts.starts_any(rest);
}

// `first` is the character at `at` (a period lead, three bytes long). Always inline in
// the scan loop (the compiler had made it a call once that loop grew).
__attribute__((always_inline)) inline bool may_start_period(std::string_view t, std::size_t at,
                                                          char32_t first) {
    // The second character of every word but 第 is one of these: one bit test turns away
    // 全面, 上级 and 本次 before the word list is looked at.
    static constexpr util::CharSet kSecond = util::make_char_set(U"年一半底末三");
    const std::string_view rest = t.substr(at);
    // 第 starts one period only, a quarter (第一季度, 第3季度: period_def.hpp's quarter_code):
    // its number and 季度 tested here, where the grammar ran at every 第一批, 第十四届…
    if (first == U'第') {
        std::string_view after = rest.substr(3);
        if (!after.empty() && after[0] >= '1' && after[0] <= '4') {
            after.remove_prefix(1);
        } else {
            bool numeral = false;
            for (std::string_view n : {"一", "二", "三", "四"})
                if (util::starts_with(after, n)) numeral = true;
            if (!numeral) return false;
            after.remove_prefix(3);
        }
        return util::starts_with(after, "季度");
    }
    const char* p = rest.data() + 3;
    const char* const end = rest.data() + rest.size();
    if (p >= end || !kSecond.contains(util::decode(p, end))) return false;
    return starts_period_word(rest);
}

// A period that starts with a Chinese numeral is a month, a day or a quarter (十二月,
// 二十六日, 一季度, 一至三月): after the numeral and blanks comes one of these. The
// numerals of 进一步, 一是, 两个 and 三项 are far more common and end here.
// The character after the run at `at` of characters `in_run` accepts and of blanks (0 at
// the end of `t`): one decoding per character.
template <class InRun>
char32_t after_run(std::string_view t, std::size_t at, InRun in_run) {
    const char* p = t.data() + at;
    const char* const end = t.data() + t.size();
    char32_t c = 0;
    while (p < end && in_run(c = util::decode(p, end))) c = 0;
    while (c != 0 && util::is_space(c)) c = p < end ? util::decode(p, end) : 0;
    return c;
}

// ○, O and Ｏ for years in Chinese digits written with them (二○二四年: ○ is no numeral).
inline constexpr util::CharSet kAfterNumeralPeriod = util::make_char_set(U"月日号季○OＯ-—–－~～至到");

// A year in Chinese digits at `at`: 一 or 二, three more digits, 年 (二〇二四年). Years of
// this kind are rare and 三年, 五年 and 一年来 common: only these four digits go on to the
// period grammar.
bool chinese_year_at(std::string_view t, std::size_t at) {
    static constexpr util::CharSet kDigits = util::make_char_set(U"〇○OＯ零一二三四五六七八九");
    const char* p = t.data() + at;
    const char* const end = t.data() + t.size();
    const char32_t first = util::decode(p, end);
    if (first != U'一' && first != U'二') return false;
    for (int i = 0; i < 3; ++i)
        if (p >= end || !kDigits.contains(util::decode(p, end))) return false;
    return p < end && util::decode(p, end) == U'年';
}

bool numeral_may_start_period(std::string_view t, std::size_t at) {
    const char32_t after = after_run(t, at, grammar::is_chinese_numeral_char);
    return kAfterNumeralPeriod.contains(after) || (after == U'年' && chinese_year_at(t, at));
}

// numeral_word() with grammar::after_numerals() passed in: inline in the scan loop, which
// looks the set up once.
__attribute__((always_inline)) inline bool numeral_word_in(std::string_view t, std::size_t at,
                                                         const util::CharSet& follows) {
    constexpr int kLook = 16;
    const char* p = t.data() + at;
    const char* const end = t.data() + t.size();
    for (int looked = 0; looked < kLook && p < end; ++looked) {
        const char32_t c = util::decode(p, end);
        if (follows.contains(c)) return false;  // 千 (千米), 百 (百分点), 余, 分之, a unit
        if (grammar::is_chinese_numeral_char(c)) continue;
        return !util::is_space(c) && !kAfterNumeralPeriod.contains(c) &&
               !(c == U'年' && chinese_year_at(t, at));
    }
    return false;  // the text ends in the run, or a long run: left to the gates
}

}  // namespace

bool numeral_word(std::string_view t, std::size_t at) {
    return numeral_word_in(t, at, grammar::after_numerals());
}

namespace {

// A period that starts with digits is a year, a month or a quarter (2024年, 2021-2025,
// 2024 上半年, 6月, 1季度): after the digits and blanks comes one of these. 995件, 8122.21
// and 50% end here.
inline constexpr util::CharSet kAfterDigitsPeriod =
    util::make_char_set(U"年月日号季上下-—–－~～至到");

bool digits_may_start_period(std::string_view t, std::size_t at) {
    auto digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
    // ASCII digits, nearly every number, byte by byte before the decoding loop.
    while (at < t.size() && is_ascii_digit(t[at])) ++at;
    return kAfterDigitsPeriod.contains(after_run(t, at, digit));
}

// Whether a period may start at `at`, whose first character is `first`: the gates above.
// Inline in the scan loop, so that the 95 % of candidates that fail them cost no call.
__attribute__((always_inline)) inline bool period_possible(std::string_view t, std::size_t at,
                                                         char32_t first) {
    if (is_period_lead(first) && !may_start_period(t, at, first)) return false;
    if (grammar::is_chinese_numeral_char(first) && !numeral_may_start_period(t, at)) return false;
    if (((first >= U'0' && first <= U'9') || (first >= U'０' && first <= U'９')) &&
        !digits_may_start_period(t, at))
        return false;
    return true;
}

void Extractor::paragraph(std::size_t pi) {
    const std::string_view t = ps_[pi].text;
    State st;
    // In a part whose heading names another year than the report's (一、2022年工作回顾 in
    // a 2023 work report), 全年 and bare months are that year's.
    if (const std::size_t k = other_part_year(ps_[pi].source_start()); k != npos)
        st.year = r_.periods[k].start.year;
    std::size_t at = 0;
    // A structure marker (1. or （三）) is not a quantity.
    const Paragraph& para = ps_[pi];
    if (para.has_marker && para.marker.kind != MarkerKind::enumeration) at = para.marker.total_bytes;
    st.sentence_indicators = r_.indicators.size();

    util::ScanIndex::Cursor active = scans_ ? scans_->cursor(pi, set_)
                                            : util::ScanIndex::Cursor::direct(quantity_scan_chars(), t);
    // The context characters come from a cursor of their own: the ones before the scan's
    // next stop are applied just before it, in order, as if the scan had stopped at each.
    // Those inside what a period or quantity consumed are skipped, as the scan skips them.
    util::ScanIndex::Cursor marks = scans_ ? scans_->cursor(pi, context_set_)
                                           : util::ScanIndex::Cursor::direct(context_chars(), t);
    std::size_t mark_at = marks.find(at);
    auto apply_marks_before = [&](std::size_t stop) {
        while (mark_at < stop) {
            std::size_t bytes = 0;
            const ContextMark kind = context_mark(t.data() + mark_at, bytes);
            const std::size_t after = mark_at + bytes;
            // Clause ends (，；：), most of the marks, before the switch: its jump through a
            // table mispredicted more than this one test (1.014 in govreport_ab_compare).
            if (kind == ContextMark::clause_end) {
                st.clause_start = st.metric_floor = after;
                mark_at = marks.find_next(after);
                continue;
            }
            switch (kind) {
                case ContextMark::clause_end: break;  // above
                case ContextMark::sentence_stop:
                    st.sentence_start = st.clause_start = st.metric_floor = after;
                    st.quote_open = std::string::npos;
                    st.last_indicator = npos;
                    st.sentence_indicators = r_.indicators.size();
                    st.last_period = npos;
                    st.bracket_depth = 0;
                    st.bracket_open = std::string::npos;
                    break;
                case ContextMark::bracket_open:
                    if (st.bracket_depth++ == 0) st.bracket_open = mark_at;
                    break;
                case ContextMark::bracket_close:
                    // Unmatched, closing one opened before the clause, or one a figure
                    // stood in: what it closed is no part of the next metric.
                    if (st.bracket_depth == 0 || st.bracket_open < st.clause_start ||
                        st.bracket_open < st.metric_floor)
                        st.bracket_floor = after;
                    if (st.bracket_depth > 0 && --st.bracket_depth == 0)
                        st.bracket_open = std::string::npos;
                    break;
                case ContextMark::book_open: ++st.book_depth; break;
                case ContextMark::book_close: if (st.book_depth > 0) --st.book_depth; break;
                case ContextMark::quote_open: st.quote_open = mark_at; break;
                case ContextMark::quote_close: st.quote_open = std::string::npos; break;
            }
            mark_at = marks.find_next(after);
        }
    };
    auto skip_marks_before = [&](std::size_t from) {
        if (mark_at < from) mark_at = marks.find(from);
    };
    // `at` is where the scan goes on: after the character it stopped at (find_next()), or
    // after what a period or quantity consumed (find()).
    bool after_stop = false;
    // Where the scan last went on after what a period or quantity consumed (or began):
    // every character from there on is one it would have stopped at, had it been a stop.
    std::size_t scan_from = at;
    while ((at = after_stop ? active.find_next(at) : active.find(at)) < t.size()) {
        after_stop = false;
        apply_marks_before(at);
        // A character of quantity_scan_chars(), which the cursor has decoded and checked
        // already: an ASCII digit or a three-byte character (test_char_predicates.cpp).
        const unsigned char b = static_cast<unsigned char>(t[at]);
        const char32_t c = b < 0x80 ? b : util::decode_three(t.data() + at);
        const std::size_t after = at + (b < 0x80 ? 1 : 3);
        std::size_t next = after;
        // A period word whose first character (kLeadsBefore) stands right before this one:
        // tried first, as the scan did when it stopped at that character. No context mark
        // lies between them: the state is the one it had there.
        if (at >= scan_from + 3 && (static_cast<unsigned char>(t[at - 3]) & 0xF0) == 0xE0) {
            const char32_t lead = util::decode_three(t.data() + at - 3);
            if (kLeadsBefore.contains(lead) && may_start_period(t, at - 3, lead) &&
                try_period(pi, st, at - 3, next)) {
                at = scan_from = next;
                skip_marks_before(at);
                continue;
            }
        }

        const bool digit = is_ascii_digit(static_cast<char>(b)) || is_fullwidth_digit(t, at);
        // 万 and 亿 only continue a numeral; 百分之 and 千分之 start one.
        const bool numeral = grammar::is_chinese_numeral_char(c) && c != U'万' && c != U'亿';
        const bool period_lead = is_period_lead(c);
        if (digit || numeral || period_lead) {
            // Only a digit or a numeral looks back (is it the start of its number?).
            const char32_t prev = digit || numeral ? char_before(t, at) : 0;
            const bool prev_numeric = (prev < 0x80 && (is_ascii_digit(static_cast<char>(prev)) ||
                                                       prev == U'.' || is_ascii_alpha(static_cast<char>(prev)))) ||
                                      (prev >= U'０' && prev <= U'９') || prev == U'．';
            const bool cn = numeral && !grammar::is_chinese_numeral_char(prev);
            const bool number_start = (digit && !prev_numeric) || cn;
            // 进一步, 统一, 一是: a numeral in a word, which the period gate and the
            // quantity grammar would each walk to reject; one walk here instead.
            if (cn && numeral_word_in(t, at, numeral_followers_)) {
                at = after;
                after_stop = true;
                continue;
            }
            if ((number_start || period_lead) &&
                ((period_possible(t, at, c) && try_period(pi, st, at, next)) ||
                 (number_start && try_quantity(pi, st, at, next)))) {
                at = scan_from = next;
                skip_marks_before(at);
                continue;
            }
            if (digit && number_start) {
                // Skip the rest of a number that is no quantity (a year in 〔2021〕, 12345).
                while (next < t.size() && (is_ascii_digit(t[next]) || t[next] == '.')) ++next;
                at = scan_from = next;
                skip_marks_before(at);
                continue;
            }
        }
        at = after;
        after_stop = true;
    }
}

// Whether the day that ends at `end` of `t` is where a time starts: 起 right after it
// (7月5日起; not 起草, 起诉), or 后, 以后 or 以来 ending its clause (11月2日成都市报告首例
// 病例后，…).
bool starts_from_then(std::string_view t, std::size_t end) {
    const std::string_view rest = t.substr(end);
    if (starts_with(rest, "起")) {
        const char32_t next = rest.size() > 3 ? char_at(t, end + 3) : 0;
        return next != U'草' && next != U'诉' && next != U'点' && next != U'步';
    }
    constexpr std::size_t kMaxClauseBytes = 30 * 3;
    const std::string_view near = rest.substr(0, kMaxClauseBytes);  // (finds of the whole
    // paragraph's rest, for every date, cost 1 M instructions on the corpus parsed twice)
    const std::size_t stop =
        std::min({near.find("，"), near.find(","), near.find("。"), near.find("；")});
    if (stop == std::string_view::npos) return false;
    const std::string_view clause = near.substr(0, stop);
    return ends_with(clause, "后") || ends_with(clause, "以来");
}

// 自2020年10月以来 in a 2021 report: from then up to the end of the report's year (not
// 2021年以来 there, the report's year itself); so is 7月5日起实行… and 11月2日成都市报告首例
// 病例后，召开7次…: from that day on, not on it. `end` goes past 以来. Out of line: the
// scan loop it was inlined into ran 1 % slower.
__attribute__((noinline)) void Extractor::since_then(std::string_view t, Period& period,
                                                     std::size_t& end) const {
    if (starts_with(t.substr(end), "以来") &&
        (period.start.year < *r_.year ||
         (period.start.year == *r_.year && period.granularity != Granularity::year))) {
        period.end = Date{*r_.year, 12, 31};
        period.granularity = Granularity::range;
        end += std::string_view("以来").size();
    } else if (period.granularity == Granularity::day && period.start.year <= *r_.year &&
               starts_from_then(t, end)) {
        period.end = Date{*r_.year, 12, 31};
        period.granularity = Granularity::range;
    }
}

bool Extractor::try_period(std::size_t pi, State& st, std::size_t at, std::size_t& next) {
    const std::string_view t = ps_[pi].text;
    grammar::period_ast ast;
    std::size_t used = 0;
    if (!grammar::parse_period(t.substr(at), ast, used)) return false;
    // 每年年底, 每年第一季度, 每月15日: how often, not when (nor is its rest a period).
    const char32_t before = char_before(t, at);
    if (before == U'每' ||
        ((before == U'年' || before == U'月') && at >= 3 && char_before(t, at - 3) == U'每')) {
        next = at + used;
        return true;
    }
    // A lone month or quarter word needs a number in front of 月: "1月" yes, "年底" after a
    // word such as 安全 is not a period.
    // 全年 is the whole of the year the paragraph speaks of (2022年，…。全年地区生产总值增长
    // 4.5%), unless that is a target further ahead than the plans (到2020年… in a 2016
    // report); 今年 and 本年度 are the report's.
    const bool whole_year = ast.is_relative && ast.relative == 0 && ast.shape == 0 &&
                            starts_with(t.substr(at), "全年") && r_.year && st.year <= *r_.year + 1;
    const int context = ast.is_relative && ast.relative == 0 && st.year != 0 &&
                                (ast.shape != 0 || whole_year)
                            ? st.year
                            : (r_.year ? *r_.year : 0);
    Period period;
    std::string why;
    if (!resolve_period(ast, context, period, why)) {
        const Span span = span_of(ps_[pi], at, at + used);
        if (!ast.is_relative || ast.shape == grammar::period_ast::date) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.code = "invalid_date";
            d.message = fmt::format(FMT_STRING("not a valid period: {}"), why);
            d.span = span;
            r_.diagnostics.push_back(std::move(d));
            next = at + used;
            return true;
        }
        return false;
    }
    if (!ast.is_relative) st.year = ast.shape == grammar::period_ast::year_range ? st.year : ast.y1;
    // 2022年1月1日至2022年12月31日, 2023年1月至6月, 2021年3月—2022年5月: two dates joined
    // by 至 or a dash are one range from the first's start to the second's end.
    std::size_t end = at + used;
    if (ast.shape != grammar::period_ast::year_range)
        for (std::string_view joint : {"至", "到", "——", "—", "－", "～", "~", "-"}) {
            if (!starts_with(t.substr(end), joint)) continue;
            const std::size_t second_at = end + joint.size();
            grammar::period_ast second;
            std::size_t second_used = 0;
            Period until;
            std::string ignored;
            if (grammar::parse_period(t.substr(second_at), second, second_used) &&
                second.shape != grammar::period_ast::year_range &&
                resolve_period(second, st.year ? st.year : context, until, ignored) &&
                std::tie(until.end.year, until.end.month, until.end.day) >=
                    std::tie(period.start.year, period.start.month, period.start.day)) {
                period.end = until.end;
                period.granularity = Granularity::range;
                end = second_at + second_used;
                if (!second.is_relative) st.year = second.y1;
            }
            break;
        }
    if (r_.year && period.granularity != Granularity::range) since_then(t, period, end);
    used = end - at;
    const Span span = span_of(ps_[pi], at, end);
    util::set_item_id(period.id, 'p', r_.periods.size() + 1);
    period.start_iso = util::iso_date(period.start.year,
                                   period.start.month, period.start.day);
    period.end_iso = util::iso_date(period.end.year,
                                 period.end.month, period.end.day);
    period.span = span;
    period.text.append(r_.text.data() + span.start, span.end - span.start);  // (no temporary)
    const bool in_book = st.book_depth > 0;
    // 较去年底 / 比上年 / 同比 name the basis of a change, not the time the sentence is about.
    const char32_t lead = char_before(t, at);
    const bool basis = lead == U'较' || lead == U'比' || lead == U'与';
    if (!in_book && !basis) st.last_period = r_.periods.size();
    // The whole-year mentions of the report's year and of the next (what its plans speak
    // of): the only years default periods come from (link()).
    if (r_.year && period.granularity == Granularity::year) {
        const int k = period.start.year - *r_.year;
        if (k == 0 || k == 1) year_mentions_[k].periods.push_back(r_.periods.size());
    }
    r_.periods.push_back(std::move(period));
    next = at + used;
    return true;
}

// Whether the ratio t[b, e) ("09:18", "15:36", "上午9:30") is a time of day: a web page's
// 发布时间:2024-03-28 09:18 or a meeting's hour. Minutes are two digits up to 59 and hours
// up to 24; an hour of one digit (1:20 is also a teacher-pupil ratio) counts as a time
// only after a date or a word of time, or with seconds after it (11:30:01).
bool is_clock_time(std::string_view t, std::size_t b, std::size_t e) {
    const std::string_view q = t.substr(b, e - b);
    const std::size_t colon = q.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || q.size() != colon + 3)
        return false;
    int hour = 0, minute = 0;
    for (std::size_t i = 0; i < q.size(); ++i) {
        if (i == colon) continue;
        if (!is_ascii_digit(q[i])) return false;
        (i < colon ? hour : minute) = (i < colon ? hour : minute) * 10 + (q[i] - '0');
    }
    if (hour > 24 || minute > 59) return false;
    if (colon == 2) return true;                                   // 09:18, 15:36
    if (e + 1 < t.size() && t[e] == ':' && is_ascii_digit(t[e + 1])) return true;  // seconds
    std::size_t before = b;
    while (before > 0 && t[before - 1] == ' ') --before;
    if (before > 0 && is_ascii_digit(t[before - 1])) return true;  // 2024-03-28 9:18
    std::string_view head = t.substr(0, before);
    if (util::ends_with(head, ":")) head.remove_suffix(1);  // 时间：8:30
    else if (util::ends_with(head, "：")) head.remove_suffix(3);
    for (std::string_view word : {"日", "上午", "下午", "晚上", "凌晨", "中午", "早上", "时间", "于"})
        if (util::ends_with(head, word)) return true;
    return false;
}

// 市委六届二次、三次、四次全会, 区人大二次会议: which session of a body, not a count of
// meetings. The list of such items (N次、N次…) ends in 全会 or 会议 and, written in
// Chinese numerals other than 两, or after 届, the numbers are ordinals (召开3次会议 and
// 召开两次会议 count meetings).
bool is_session_ordinal(std::string_view t, std::size_t b, std::size_t e,
                        const grammar::quantity_match& q) {
    // Back over the items before this one to what precedes the list.
    std::size_t first = b;
    while (first >= 3 && t.substr(first - 3, 3) == "、") {
        std::size_t k = first - 3;
        if (k < 3 || t.substr(k - 3, 3) != "次") break;
        k -= 3;
        std::size_t n = 0;
        while (k > 0 && (is_ascii_digit(t[k - 1]) ||
                         (k >= 3 && grammar::is_chinese_numeral_char(util::char_before(t, k))))) {
            k -= is_ascii_digit(t[k - 1]) ? 1 : 3;
            ++n;
        }
        if (n == 0) break;
        first = k;
    }
    if (util::char_before(t, first) == U'届') return true;
    // Forward over the items after this one to what follows the list.
    std::size_t last = e;
    while (last + 3 <= t.size() && t.substr(last, 3) == "、") {
        std::size_t k = last + 3, n = 0;
        while (k < t.size() && (is_ascii_digit(t[k]) || grammar::is_chinese_numeral_char(util::char_at(t, k)))) {
            k += is_ascii_digit(t[k]) ? 1 : 3;
            ++n;
        }
        if (n == 0 || t.substr(k, 3) != "次") break;
        last = k + 3;
    }
    const std::string_view rest = t.substr(last);
    const bool session = util::starts_with(rest, "全会") || util::starts_with(rest, "全体会议") ||
                         util::starts_with(rest, "会议");
    return session && q.chinese && !util::starts_with(t.substr(b), "两");
}

bool Extractor::is_trap(std::string_view t, std::size_t b, std::size_t e,
                        const grammar::quantity_match& q) const {
    // 一 + classifier is an article ("一支队伍", "一批"), not a count: the commonest trap,
    // told from the match alone, first.
    if (q.chinese && q.value == 1 && !q.value_max && q.kind == IndicatorKind::count) return true;
    const char32_t before = char_before(t, b);
    const char32_t after = char_at(t, e);
    if (before == U'第') return true;  // 第38次: an ordinal
    // 浏览:5072次, 阅读次数：88: a web page's counter, not the report's.
    if (before == U':' || before == U'：') {
        const std::string_view head = t.substr(0, b - (before == U':' ? 1 : 3));
        for (std::string_view label : {"浏览", "浏览量", "浏览次数", "阅读", "阅读量", "阅读次数",
                                       "点击", "点击量", "点击数", "访问量", "访问次数"})
            if (util::ends_with(head, label)) return true;
    }
    // 5G, G20, 1+N, 1+1>2: codes and arithmetic, never measurements.
    if (before == U'+' || before == U'＋' || after == U'+' || after == U'＋' ||
        before == U'×' || before == U'*' || before == U'x' || after == U'×' || after == U'*' ||
        (before < 0x80 && is_ascii_alpha(static_cast<char>(before))) ||
        (after < 0x80 && is_ascii_alpha(static_cast<char>(after))))
        return true;
    // (Units compared as views: a size test first, no call to compare a C string.)
    const std::string_view unit = q.unit;
    if (unit == std::string_view("周") && after == U'年') return true;  // 成立75周年: an anniversary
    // 15分钟公共法律服务圈, 10分钟便民生活圈: a programme's name, not a duration.
    if (unit == std::string_view("分钟")) {
        const std::string_view rest = t.substr(e, std::min<std::size_t>(t.size() - e, 10 * 3));
        std::size_t han = 0;
        while (han + 3 <= rest.size() && static_cast<unsigned char>(rest[han]) >= 0xE4 &&
               static_cast<unsigned char>(rest[han]) <= 0xE9)
            han += 3;
        if (rest.substr(0, han).find("圈") != std::string_view::npos) return true;
    }
    // 24小时自助服务, 24小时在线: round the clock, not a duration.
    if (unit == std::string_view("小时") && q.value == 24 && !q.value_max &&
        round_the_clock().starts_any(t.substr(e)))
        return true;
    if (unit == std::string_view("人") && after == U'制') {  // 3人制篮球场: a format
        const char32_t next = char_at(t, e + 3);  // 制 is three bytes
        if (next != U'定' && next != U'订' && next != U'作' && next != U'发' && next != U'度')
            return true;  // (抽调10人制定方案 counts people)
    }
    if (unit == std::string_view("次") && is_session_ordinal(t, b, e, q)) return true;
    if (before == U'前' && (unit == std::string_view("名") || unit == std::string_view("位")))
        return true;  // 前10名: a rank
    if (q.chinese) {
        if (catch_phrases().starts_any(t.substr(b))) return true;
        // 最后一公里, 最后一米: the last stretch of a service, not a distance.
        if (q.value == 1 && !q.value_max && before == U'后' && b >= 6 &&
            t.substr(b - 6, 6) == std::string_view("最后"))
            return true;
    }
    return false;
}

void Extractor::read_context(std::string_view t, const State& st, std::size_t b, Indicator& ind,
                             std::size_t& text_begin) const {
    text_begin = b;
    const std::size_t end = skip_space_back(t, b, st.clause_start);
    const std::string_view before = t.substr(st.clause_start, end - st.clause_start);
    // The first qualifier of the list that ends `before` (the list puts longer words first).
    const std::size_t q = prefix_qualifiers().suffix(before);
    if (q != util::WordList::npos) {
        const lexicon::PrefixQualifier& pq = lexicon::kPrefixQualifiers[q];
        // 以上 after the number outranks 达 before it (达50%以上 is at_least).
        if (ind.qualifier == Qualifier::none || pq.qualifier != Qualifier::reached)
            if (ind.qualifier == Qualifier::none) ind.qualifier = pq.qualifier;
        if (pq.attached) text_begin = end - pq.text.size();
    } else if (ind.qualifier == Qualifier::none) {
        // 至少开展了3轮: 至少 before the verb of the count.
        // (少 from its bytes, E5 B0 91, at the ends of the last characters, then 至 before
        // it: a find per figure cost more.)
        constexpr std::size_t kMaxVerbChars = 3;
        for (std::size_t back = 3; back <= 3 * (kMaxVerbChars + 1) && back + 3 <= before.size();
             back += 3) {
            const char* p = before.data() + before.size() - back;
            if (static_cast<unsigned char>(p[0]) == 0xE5 && static_cast<unsigned char>(p[1]) == 0xB0 &&
                static_cast<unsigned char>(p[2]) == 0x91 && std::string_view(p - 3, 3) == "至") {
                ind.qualifier = Qualifier::at_least;
                break;
            }
        }
    }
}

// Where metric_after_unit() stops at once: clause and sentence ends, 、（《“, blanks
// (util::is_space) and ASCII digits.
const util::CharSet& after_unit_breaks() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(U"，；：,;:。！？、（《“0123456789");
        s.add_all(U" \t\r\f\v\u00A0\u1680\u202F\u205F\u3000\uFEFF");
        for (char32_t c = 0x2000; c <= 0x200B; ++c) s.add(c);
        return s;
    }();
    return set;
}
// The same, with the first characters of the stop words: one bit test tells the
// characters at which nothing happens (most of them) from the others.
const util::CharSet& after_unit_checks() {
    static const util::CharSet set = [] {
        util::CharSet s = after_unit_breaks();
        for (std::string_view w : lexicon::kAfterUnitStops) s.add_first(w);
        return s;
    }();
    return set;
}

// Whether `s` ends with 和, 及 or 与 (a conjunction before the number).
bool ends_with_conjunction(std::string_view s) {
    static_assert(sizeof("和") == 4 && sizeof("及") == 4 && sizeof("与") == 4);
    if (s.size() < 3) return false;
    const std::string_view tail = s.substr(s.size() - 3);
    return tail == "和" || tail == "及" || tail == "与";
}

// Whether `before` ends with a word that makes 组织 after it a noun (合作组织, 社会组织).
bool organization_noun(std::string_view before) {
    for (std::string_view w : {"合作", "社会", "党", "基层", "经济", "群团", "服务", "行业", "中介",
                               "自治", "公益", "志愿"})
        if (util::ends_with(before, w)) return true;
    return false;
}

// `s` without the words written between a basis and its change verb: a note in brackets
// (同比(下同)增长) or 分别 (同比分别增长5%、26%). 地区生产总值同比(下同) is
// 地区生产总值同比.
constexpr std::string_view kInsertsBeforeVerb[] = {"(下同)", "（下同）", "分别"};
std::string_view without_inserts(std::string_view s) {
    // Their last bytes: ')' , the last of ）(EF BC 89) and of 别 (E5 88 AB).
    if (s.empty()) return s;
    const unsigned char last = static_cast<unsigned char>(s.back());
    if (last != ')' && last != 0x89 && last != 0xAB) return s;
    for (std::string_view insert : kInsertsBeforeVerb)
        if (util::ends_with(s, insert)) return s.substr(0, s.size() - insert.size());
    return s;
}

// Where `m`, ending in 年的, has 由 or 从 with a year of digits after it (由2010年的,
// 从2020年的): the start of that tail, or npos.
std::size_t year_from_start(std::string_view m) {
    std::size_t k = m.size() - 6;  // before 年的
    std::size_t digits = 0;
    while (k > 0 && is_ascii_digit(m[k - 1])) --k, ++digits;
    if (digits != 4 || k < 3) return std::string_view::npos;
    const std::string_view lead = m.substr(k - 3, 3);
    return lead == "由" || lead == "从" ? k - 3 : std::string_view::npos;
}

// Whether `metric` ends with the name of a growth rate (增速, 增幅, 增长率), or with one and
// a verb of two characters at most (增速完成, 增幅达).
bool names_growth_rate(std::string_view metric) {
    // 增 among the last five characters, then 速, 幅 or 长率 (read from the bytes: three
    // rfinds per percentage cost more than the rest of this test).
    const auto han = [&](std::size_t k) {
        return k + 3 <= metric.size() && (static_cast<unsigned char>(metric[k]) & 0xF0) == 0xE0
                   ? util::decode_three(metric.data() + k)
                   : char32_t{0};
    };
    constexpr std::size_t kTail = 5 * 3;
    for (std::size_t k = metric.size() >= kTail ? metric.size() - kTail : metric.size() % 3;
         k + 6 <= metric.size(); k += 3) {
        if (han(k) != U'增') continue;
        const char32_t next = han(k + 3);
        if (next == U'速' || next == U'幅' || (next == U'长' && han(k + 6) == U'率')) return true;
    }
    return false;
}

// Where the from-word of a from/to pair stands in `lead`, the words of its clause before
// the pair's first value (评分从, 审批时限由原来的, 从法定平均办理时间): npos when none
// does in its last 16 characters. 从严, 从事, 由于, 自由 and the like are no from-words.
std::size_t from_word_at(std::string_view lead) {
    static constexpr util::CharSet kNotAfter =
        util::make_char_set(U"于此衷来严事业而中未不头重快宽轻优");
    static constexpr util::CharSet kNotBefore = util::make_char_set(U"自理经缘因服听随跟主");
    constexpr std::size_t kMaxChars = 16;
    std::size_t at = lead.size();
    for (std::size_t chars = 0; at > 0 && chars < kMaxChars; ++chars) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(lead.data(), lead.data() + at, &n);
        at -= n;
        if (c != U'从' && c != U'由') continue;
        const char* after = lead.data() + at + n;
        const char* const end = lead.data() + lead.size();
        if ((after < end && kNotAfter.contains(util::decode(after, end))) ||
            kNotBefore.contains(char_before(lead, at)))
            continue;
        return at;
    }
    return std::string_view::npos;
}

// Whether a to-word (至, 到, 为) stands at byte `k` of `s`, from its bytes (a comparison
// per word was a memcmp call per figure): the three bytes as one key, compared without a
// branch, as the callers combine the tests at several offsets. Where a text after a unit
// or a link holds one follows no pattern a predictor learns (1.007 side by side on the
// corpus for 0.09 M more instructions; cachegrind's simulation counted 19,000 fewer
// mispredicted branches). 1 or 0, an unsigned for the callers' bitwise or.
inline unsigned to_word_in(std::string_view s, std::size_t k) {
    if (k + 3 > s.size()) return 0;
    constexpr std::uint32_t kZhi = util::key3("至"), kDao = util::key3("到"), kWei = util::key3("为");
    const std::uint32_t key = util::key3(s.data() + k);
    return (key == kZhi) | (key == kDao) | (key == kWei);
}

// Whether `link`, the words between a from/to pair's two values, joins them, and where
// the noun after its to-word starts (link.size() when none follows):
// - a to-word after a change verb or nothing else: 至, 提升至, 分别提高到, 县（市）扩大到;
// - a verb and its to-word first, then the second value's own noun: 缩短到并联办理审批时间.
// 达到 is no link (、科技型中小企业达到2.8万家 is a figure of its own).
bool pair_link(std::string_view link, std::size_t& noun_at) {
    const auto to_word_at = [&](std::size_t k) { return to_word_in(link, k); };
    // Where a to-word can stand: last, or after a verb and an adverb of up to three
    // characters; most links (、, a clause) have none there.
    const unsigned last = link.size() >= 3 ? to_word_at(link.size() - 3) : 0;
    if (!(last | to_word_at(6) | to_word_at(9) | to_word_at(12) | to_word_at(15)))
        return false;
    auto pair_verb = [](std::string_view v) {
        for (const lexicon::ChangeVerb& c : lexicon::kChangeVerbs)
            if (v == c.text) return true;
        for (std::string_view c : lexicon::kPairVerbs)
            if (v == c) return true;
        return false;
    };
    std::size_t skip = 0;
    for (std::string_view adverb : lexicon::kPairAdverbs)
        if (util::starts_with(link, adverb)) {
            skip = adverb.size();
            break;
        }
    // The to-word last: what stands before it is a verb, or a noun and a verb.
    if (link.size() >= skip + 3 && to_word_at(link.size() - 3)) {
        const std::string_view before = link.substr(skip, link.size() - 3 - skip);
        noun_at = link.size();
        if (before.empty()) return true;
        static constexpr util::CharSet kOneCharVerbs = util::make_char_set(U"增降减升提扩");
        if (before.size() == 3) return kOneCharVerbs.contains(util::decode_three(before.data()));
        if (before.size() < 6 || before.find("、") != std::string_view::npos) return false;
        return pair_verb(before.substr(before.size() - 6));
    }
    // The verb and its to-word first, a noun after them.
    if (link.size() > skip + 9 && to_word_at(skip + 6) && pair_verb(link.substr(skip, 6))) {
        noun_at = skip + 9;
        return true;
    }
    return false;
}

// Whether the text after a unit starts with a pair's verb and to-word (1分提升至2分;
// 46503元和16935元分别提高到).
bool starts_with_to_phrase(std::string_view rest) {
    // A to-word after a verb and no adverb, 均, 分别 or 进一步: from the bytes first, as
    // most texts after a unit have none there.
    if (!(to_word_in(rest, 6) | to_word_in(rest, 9) | to_word_in(rest, 12) |
          to_word_in(rest, 15)))
        return false;
    std::size_t size = 9;
    for (std::string_view adverb : lexicon::kPairAdverbs)
        if (util::starts_with(rest, adverb)) {
            size += adverb.size();
            break;
        }
    std::size_t noun_at = 0;
    return rest.size() >= size && pair_link(rest.substr(0, size), noun_at);
}

// The metric of a pair's first value without the from-word and an old-value word
// (审批时限由原来的 → 审批时限; 市本级审批事项从法定平均办理时间 → 市本级审批事项法定平均
// 办理时间); `m` itself when it holds no from-word.
std::string without_from_word(std::string_view m) {
    const std::size_t k = from_word_at(m);
    if (k == std::string_view::npos) return std::string(m);
    std::string_view rest = m.substr(k + 3);
    for (std::string_view w : lexicon::kFormerly)
        if (util::starts_with(rest, w)) {
            rest.remove_prefix(w.size());
            break;
        }
    std::string out(m.substr(0, k));
    out.append(rest.data(), rest.size());
    const std::string_view kept = strip_back(out, metric_trailing());  // …分别从
    return kept.empty() ? std::string(m) : std::string(kept);
}

// Whether the words `m` before a count only lead up to the noun after its unit: they end
// in 的 (已出台的) or a preposition (省质监局对), in a scope (全镇, 全国, 全市范围内), in 各
// (科室和司法所各), or are a preposition alone (为, 针对).
constexpr std::string_view kCountScopes[] = {"全国", "全省", "全市", "全州", "全盟", "全县",
                                             "全区", "全镇", "全乡", "全村", "全街道", "全系统",
                                             "全市范围内", "全区范围内"};
constexpr std::string_view kCountPrepositions[] = {"对", "向", "给", "为", "针对", "面向"};
// The last characters of those words: one test turns away nearly every metric.
constexpr util::CharSet kCountLeadEnds = util::make_char_set(U"的国省市州盟县区镇乡村道统内对向给为各");
bool leads_to_counted_noun(std::string_view m) {
    if (m.size() < 3) return false;
    const char* const end = m.data() + m.size();
    std::size_t n = 0;
    const char32_t last = util::decode_before(m.data(), end, &n);
    if (!kCountLeadEnds.contains(last)) return false;
    // 已出台的; 省质监局对17类… (a preposition ends the words before the count).
    if (last == U'的') return m.size() > 3;
    if (last == U'对' || last == U'向') return true;
    if (last == U'各') return m.size() > 3;  // 科室和司法所各1名工作人员: each has
    for (std::string_view scope : kCountScopes)
        if (util::ends_with(m, scope)) return true;
    for (std::string_view preposition : kCountPrepositions)
        if (m == preposition) return true;
    return false;
}

// 1487 名执法人员全部完成培训: the thing counted can follow the unit.
std::string_view metric_after_unit(std::string_view t, std::size_t e) {
    std::size_t stop = skip_space_fwd(t, e);
    const std::size_t start = stop;
    // 评分从1分提升至2分: the pair's verb follows the unit, not a noun.
    if (starts_with_to_phrase(t.substr(start))) return {};
    std::size_t chars = 0;
    // 县机构改革领导小组组长会议 has 13 characters: ten cut it inside a word.
    constexpr std::size_t kMaxChars = 16;
    const util::CharSet& checks = after_unit_checks();
    const util::CharSet& breaks = after_unit_breaks();
    const util::WordList& stops = after_unit_stops();
    while (stop < t.size() && chars < kMaxChars) {
        const char* p = t.data() + stop;
        const char32_t c = util::decode(p, t.data() + t.size());
        // 6个县（市、区）, 31个省(区、市), 13个中外合作办学机构（项目）: a bracket of a few
        // characters ends the noun (ASCII ones only when they list alternatives: 乡镇(街道)
        // 党政主要负责人 goes on).
        if ((c == U'（' || c == U'(') && stop > start) {
            constexpr std::size_t kMaxBracketBytes = 6 * 3;
            const std::string_view inside = t.substr(stop, kMaxBracketBytes + 3);
            const std::size_t close = inside.find(c == U'(' ? ")" : "）");
            if (close != std::string_view::npos &&
                inside.substr(0, close).find("，") == std::string_view::npos &&
                (c == U'（' || inside.substr(0, close).find("、") != std::string_view::npos)) {
                stop += close + (c == U'(' ? 1 : 3);
                break;
            }
        }
        // 组织 is a verb (91 名新提任领导干部组织进行考试) except as the end of the nouns
        // 合作组织, 社会组织, 党组织… (67个专业合作组织).
        if (checks.contains(c) &&
            (breaks.contains(c) ||
             (stops.starts_any(t.substr(stop)) &&
              !(util::starts_with(t.substr(stop), "组织") &&
                organization_noun(t.substr(start, stop - start))))))
            break;
        stop = static_cast<std::size_t>(p - t.data());
        ++chars;
    }
    return t.substr(start, stop - start);
}

// A view of the text, or of the sentence's previous metric: the caller copies it into the
// indicator, with no string in between.
std::string_view Extractor::metric_for(std::string_view t, const State& st, std::size_t b,
                                       std::size_t e, const Indicator& ind) const {
    // Drop a change phrase (同比增长, 较去年底增长) when it is what ends the metric; keep
    // it when a noun follows it (平均压缩度达50%: the metric is 平均压缩度).
    auto drop_change = [&](std::string_view s) {
        if (!ind.change) return s;
        const std::size_t v = change_verbs().suffix(s);
        if (v == util::WordList::npos) {
            // 预计增8%: the verb of one character (try_quantity()).
            if (ind.kind == IndicatorKind::rate_change && (ends_with(s, "增") || ends_with(s, "降"))) {
                s.remove_suffix(3);
                // 年均递增, 微降: with the word that modifies it.
                for (std::string_view modifier : {"递", "微", "略", "小"})
                    if (ends_with(s, modifier)) s.remove_suffix(3);
                if (ends_with(s, "年均")) s.remove_suffix(6);  // how it changes, not what
            }
            return s;
        }
        s.remove_suffix(lexicon::kChangeVerbs[v].text.size());
        s = without_inserts(s);  // 同比(下同)增长, 同比分别增长
        if (!ind.change->basis.empty() && ends_with(s, ind.change->basis))
            s.remove_suffix(ind.change->basis.size());
        return s;
    };
    // (Once per metric: each accessor is a call and a guard test, up to four times.)
    const util::WordList& leading = metric_leading();
    const util::WordList& trailing = metric_trailing();
    std::size_t floor = std::max({st.clause_start, st.metric_floor, st.bracket_floor});
    // A figure in brackets: 12件（其中行政复议8件） counts what the bracket names before it;
    // 刑事立案数（同比下降13.4%） what stands before the bracket, when the bracket names
    // nothing but the change.
    if (st.bracket_open != std::string::npos && st.bracket_open >= floor) {
        const std::size_t inside = st.bracket_open + (t[st.bracket_open] == '(' ? 1 : 3);
        const std::string_view in = drop_change(trim(t.substr(inside, b > inside ? b - inside : 0)));
        if (!strip_back(strip_front(in, leading), trailing).empty())
            floor = inside;
        else if (st.bracket_open <= st.metric_floor && st.last_indicator != npos)
            return r_.indicators[st.last_indicator].metric;  // 受理投诉35件（同比下降10%）
        else
            b = st.bracket_open;
    }
    std::string_view m = b > floor ? t.substr(floor, b - floor) : std::string_view{};
    // ）和破获刑事案件数: a conjunction after a closing bracket joins the figures, not words.
    if (floor == st.bracket_floor && floor > st.clause_start)
        for (std::string_view conjunction : {"、", "和", "及", "与"})
            if (starts_with(m, conjunction)) m.remove_prefix(conjunction.size());
    // A metric made only of cited titles (《…》《…》两个标准) names nothing itself.
    // `trimmed` is trim(m) until the change phrase is dropped below: trimmed once, not
    // at each of the three tests that read it.
    std::string_view trimmed = trim(m);
    while (starts_with(trimmed, "《")) {
        const std::size_t close = m.find("》");
        if (close == std::string_view::npos) break;
        m = m.substr(close + 3);
        trimmed = trim(m);
    }
    // 700 家规上工业企业和 228 家规上服务企业: a metric ending in a conjunction is the
    // previous figure's noun; this figure's noun follows its own unit.
    // The noun after the unit is looked for only when it can be the answer: after a
    // conjunction, for a short metric or none (most metrics are long enough without it).
    std::optional<std::string_view> after_unit;
    auto after = [&] {
        if (!after_unit) after_unit = metric_after_unit(t, e);
        return *after_unit;
    };
    // (One comparison of the last three bytes: the three words are three bytes each.)
    if (ends_with_conjunction(trimmed) && !after().empty()) return after();
    // 启动“有案不立”“插手经济纠纷”三个专项整治: quoted names are examples of what the count
    // counts, which follows its unit.
    if (ind.kind == IndicatorKind::count && ends_with(trimmed, "”") && !after().empty())
        return after();
    // 公安局、交警大队等20余家执法部门: what 等 closes is a list of examples; the noun
    // after the unit is what is counted. So after another figure of the clause when the
    // words between end in 、 or 的 (78个高频事项、48个公共服务事项; 27个部门的278项许可事项).
    const bool after_figure = st.metric_floor > st.clause_start;  // then floor is metric_floor
    if ((ends_with(trimmed, "等") ||
         (after_figure && (ends_with(trimmed, "、") || ends_with(trimmed, "的")))) &&
        !after().empty())
        return after();
    // (Most figures have no change: drop_change() is called only for those that do.)
    m = ind.change ? drop_change(trimmed) : trimmed;
    m = strip_back(m, trailing);
    // strip_back() leaves nothing it would strip again: it runs anew only when a step in
    // between took something off (each step only shortens the view, so its size says).
    std::size_t size = m.size();
    if (ind.change) {
        m = drop_change(m);
        if (m.size() != size) m = strip_back(m, trailing);
        size = m.size();
    }
    m = strip_front(m, leading);
    if (m.size() != size) m = strip_back(m, trailing);
    // 地区生产总值由2010年的162.4亿元: the year a from/to pair starts at is no part of
    // what it measures.
    if (util::ends_with(m, "年的")) {
        const std::size_t cut = year_from_start(m);
        if (cut != std::string_view::npos) m = strip_back(m.substr(0, cut), trailing);
    }
    // 参与率、通过率均为100%: 均 (all of them) after a rate or an amount; 年均, 人均 and 平均
    // are words.
    if (util::ends_with(m, "均") && m.size() > 3) {
        static constexpr util::CharSet kBeforeAll = util::make_char_set(U"率额数费量值");
        const char* const mb = m.data();
        std::size_t n = 0;
        if (kBeforeAll.contains(util::decode_before(mb, mb + m.size() - 3, &n))) m.remove_suffix(3);
    }
    // 编制包含27部法律法规规章273条法条: the words between two figures named the first one's
    // thing (after its unit); this one's, a count, follows its own unit. (最快10分钟办理:
    // a time is followed by what it takes, not by what it counts.)
    if (after_figure && ind.kind == IndicatorKind::count && st.last_indicator != npos &&
        r_.indicators[st.last_indicator].metric == m && !after().empty())
        return after();
    // 开展 5 次集体学法, 共受理35件行政复议案件: a verb before the number, its object after.
    if (object_verbs().suffix(m) != util::WordList::npos && has_chars(after(), 2))
        return after();
    // A scope word or a bare verb (全市, 对, 提出) says less than the noun after the unit.
    // (Three code points take at most twelve bytes: longer metrics skip the count.)
    if (m.size() <= 12 && !has_chars(m, 4) && has_chars(after(), 2)) return after();
    // Words that only lead up to what a count counts: 已出台的7个试点部门 and 在内的五个
    // 专项小组 (a clause ending in 的 qualifies the noun after the unit), 另外全镇26个
    // 行政村 and 面向全国30万新录用公务员 (a scope), 对26个市、县 (a preposition).
    // (Counts only: 由2010年的162.4亿元增加到… is where an amount starts from.)
    if (ind.kind == IndicatorKind::count && leads_to_counted_noun(m) && !after().empty())
        return after();
    if (!m.empty()) return m;
    if (!after().empty()) return after();
    // 同比增长89.7%: the change measures what the sentence's previous figure measured.
    if (st.last_indicator != npos) return r_.indicators[st.last_indicator].metric;
    return {};
}

// Whether the value at `at` is the second of a from/to pair (从1分提升至2分; 审批时限由
// 原来的30个工作日缩短为3个工作日; across a comma when the verb opens the clause: 由原来…
// 240多天，缩短到并联办理审批时间92天). Its first value is the first of the list of values
// just before the link (分别从771家、481家增加到1076家、636家), or, for a value listed after a
// second one (`listed`), the next of that list. Then `ind` changes from `from`, and `noun`
// is what the link names after its verb, if anything.
bool Extractor::from_to_pair(std::string_view t, State& st, std::size_t at, bool listed,
                             Indicator& ind, std::size_t& from, std::string_view& noun) const {
    if (st.last_indicator == npos) return false;
    if (listed && st.pair_next != npos) {
        if (st.pair_next >= st.pair_end) return false;
        from = st.pair_next++;
    } else {
        st.pair_next = npos;
        std::string_view link;
        std::size_t noun_at = 0;
        if (st.last_begin >= st.clause_start) {
            link = trim(t.substr(st.metric_floor, at - st.metric_floor));
            if (!pair_link(link, noun_at)) return false;
        } else if (st.last_end <= st.clause_start && st.clause_start - st.last_end <= 4) {
            // One clause mark between them (，or ,), and the verb first in this clause.
            link = trim(t.substr(st.clause_start, at - st.clause_start));
            if (!starts_with_to_phrase(link)) return false;  // most clauses: a test of bytes
            const std::string_view mark = trim(t.substr(st.last_end, st.clause_start - st.last_end));
            if (mark != std::string_view("，") && mark != std::string_view(",")) return false;
            if (!pair_link(link, noun_at)) return false;
        } else {
            return false;
        }
        if (st.run_begin < st.last_clause_start) return false;
        const std::string_view lead =
            t.substr(st.last_clause_start, st.run_begin - st.last_clause_start);
        if (from_word_at(lead) == std::string_view::npos) return false;
        noun = trim(link.substr(noun_at));
        // 增长到2025年的4.93万亿元: the year is when, not what.
        if (noun.size() >= 7 && is_ascii_digit(noun[0]) && noun.substr(4, 3) == "年")
            noun = noun.substr(7);
        if (starts_with(noun, "底") || starts_with(noun, "末")) noun.remove_prefix(3);
        if (starts_with(noun, "的")) noun.remove_prefix(3);
        from = st.run_first;
        st.pair_next = from + 1;
        st.pair_end = st.last_indicator + 1;
    }
    const Indicator& first = r_.indicators[from];
    if (first.unit != ind.unit) return false;
    Change ch;
    ch.up = ind.value >= first.value;
    ch.from = from;
    ind.change = ch;
    return true;
}

bool Extractor::try_quantity(std::size_t pi, State& st, std::size_t at, std::size_t& next) {
    const Paragraph& p = ps_[pi];
    const std::string_view t = p.text;
    grammar::quantity_match q;
    if (!grammar::parse_quantity(t.substr(at), q)) return false;
    const std::size_t e = at + q.bytes;
    // 07时41分 (a web page's 2026年02月10日 07时41分): minutes, not a score.
    const bool minutes = q.kind == IndicatorKind::score && char_before(t, at) == U'时';
    if (minutes || (q.kind == IndicatorKind::ratio && is_clock_time(t, at, e))) {
        next = e;  // the minutes too: 18 of 09:18 is no number of its own
        return true;
    }
    // Numbers inside 《》 are part of a title; inside quotes they are names (“11111”工程).
    if (st.book_depth > 0 || st.quote_open != std::string::npos || is_trap(t, at, e, q)) {
        next = at + q.number_bytes;
        return true;
    }

    // Built in place: the vector has room (run()), and moving a finished indicator in cost
    // more than a fifth of what filling it does.
    Indicator& ind = r_.indicators.emplace_back();
    ind.has_value = true;
    ind.value = q.value;
    ind.value_text = std::move(q.value_text);  // q is done with
    ind.value_max = q.value_max;
    ind.scale = q.scale;
    ind.normalized = q.normalized;
    // The new indicator's strings are empty: appending copies the bytes (and allocates
    // past 15), where assigning runs the general replace, about a hundred instructions
    // more per string (three per indicator).
    ind.unit.append(q.unit.data(), q.unit.size());
    ind.kind = q.kind;
    ind.qualifier = q.qualifier;
    ind.chinese_numeral = q.chinese;

    std::size_t text_begin = at;
    read_context(t, st, at, ind, text_begin);

    // Change: a change verb in the clause before the number (同比增长89.7%, 压缩度达50%).
    const std::size_t floor = std::max(st.clause_start, st.metric_floor);
    const std::string_view clause = t.substr(floor, at - floor);
    // The last occurrence of every change verb, in one pass over the clause (an rfind per
    // verb rescanned the clause sixteen times).
    constexpr std::size_t kVerbs = std::size(lexicon::kChangeVerbs);
    // The index of 增加 among them (增加值 is no change).
    constexpr std::size_t kValueAddedVerb = [] {
        std::size_t k = 0;
        while (lexicon::kChangeVerbs[k].text != std::string_view("增加")) ++k;
        return k;
    }();
    const util::WordList& verbs = change_verbs();
    // Forward from one verb's first character to the next; the last hit of a verb wins.
    static const util::CharSet verb_leads = [] {
        util::CharSet set;
        for (const lexicon::ChangeVerb& v : lexicon::kChangeVerbs) set.add_first(v.text);
        return set;
    }();
    // A rate changes with a verb anywhere in the clause; a count only when the verb ends at
    // most 6 bytes before it, so for a count only the clause's last bytes can hold a verb
    // that matters: the scan starts there, at the character boundary at or before them
    // (the last occurrence of each verb there is its last in the clause, or none counts).
    const bool rate = q.kind == IndicatorKind::percent ||
                      q.kind == IndicatorKind::percentage_point ||
                      std::string_view(ind.unit) == std::string_view("倍");
    constexpr std::size_t kMaxGap = 6;
    constexpr std::size_t kMaxVerbBytes = [] {
        std::size_t most = 0;
        for (const lexicon::ChangeVerb& v : lexicon::kChangeVerbs) most = std::max(most, v.text.size());
        return most;
    }();
    std::size_t from = 0;
    if (!rate && clause.size() > kMaxGap + kMaxVerbBytes) {
        from = clause.size() - kMaxGap - kMaxVerbBytes;
        while (from > 0 && (static_cast<unsigned char>(clause[from]) & 0xC0) == 0x80) --from;
    }
    // A bit per verb found: most clauses hold none, and the loop below visits only those.
    static_assert(kVerbs <= 32, "one bit per change verb");
    std::uint32_t found = 0;
    std::size_t last_at[kVerbs];
    for (std::size_t i = from; (i = verb_leads.find(clause, i)) < clause.size();) {
        const std::size_t v = verbs.prefix(clause.substr(i));
        // 工业增加值 (value added) is a noun.
        if (v != util::WordList::npos &&
            !(v == kValueAddedVerb && i + 9 <= clause.size() &&
              util::decode_three(clause.data() + i + 6) == U'值')) {
            last_at[v] = i;
            found |= std::uint32_t{1} << v;
        }
        i = util::next_char(clause, i);
    }
    for (; found; found &= found - 1) {  // in the verbs' order, as a loop over all of them
        const auto vi = static_cast<std::size_t>(__builtin_ctz(found));
        const lexicon::ChangeVerb& v = lexicon::kChangeVerbs[vi];
        const std::size_t vat = last_at[vi];
        const std::size_t gap = clause.size() - (vat + v.text.size());
        if (!rate && gap > kMaxGap) continue;  // a count changes only when the verb is next to it
        Change ch;
        ch.up = v.up;
        const std::string_view head = without_inserts(clause.substr(0, vat));
        for (std::string_view basis : lexicon::kBasisPrefixes)
            if (ends_with(head, basis)) ch.basis = std::string(basis);
        if (ch.basis.empty()) {
            for (std::string_view cmp : lexicon::kComparisonWords) {
                const std::size_t cat = util::rfind_word(head, cmp);
                if (cat == std::string_view::npos) continue;
                bool noun = false;
                for (std::string_view n : lexicon::kNotComparisons)
                    if (head.substr(cat, n.size()) == n ||
                        (cat >= 3 && head.substr(cat - 3, n.size()) == n))
                        noun = true;
                if (!noun) ch.basis = std::string(head.substr(cat));
                break;
            }
        }
        ind.change = ch;
        // 占比提高到64.9%, 降至3%: the rate the verb leads to, not the size of its change.
        if (rate && !to_word_in(v.text, v.text.size() - 3) &&  // 降至, 增至
            !to_word_in(clause, vat + v.text.size()))             // 提高到
            ind.kind = IndicatorKind::rate_change;
        break;
    }
    // 预计增8%以上, 降3%: 增 and 降 alone right before a rate change it (新增 adds things).
    if (rate && !ind.change && at > floor) {
        const std::size_t b = skip_space_back(t, at, floor);
        const char32_t verb = b > floor ? char_before(t, b) : 0;
        if ((verb == U'增' || verb == U'降') && !(b >= floor + 6 && char_before(t, b - 3) == U'新')) {
            Change ch;
            ch.up = verb == U'增';
            ind.change = ch;
            ind.kind = IndicatorKind::rate_change;
        }
    }
    // A value listed after the clause's previous one: 、, 和 or 及 between them.
    char32_t joint = 0;
    if (st.last_indicator != npos && st.last_begin >= st.clause_start &&
        at - st.metric_floor <= 8) {  // a joining word and a few blanks at most
        const std::string_view between = trim(t.substr(st.metric_floor, at - st.metric_floor));
        if (between.size() == 3 && (static_cast<unsigned char>(between[0]) & 0xF0) == 0xE0)
            joint = util::decode_three(between.data());
    }
    const bool listed = joint == U'、' || joint == U'和' || joint == U'及';
    // 分别增长4.8%、7.2%: a value listed after a changed one, with nothing but 、 between,
    // changes as that one does.
    if (!ind.change && joint == U'、') {
        const Indicator& prev = r_.indicators[st.last_indicator];
        if (prev.change && prev.change->from == npos && prev.unit == ind.unit) {
            ind.change = prev.change;
            if (rate && prev.kind == IndicatorKind::rate_change) ind.kind = IndicatorKind::rate_change;
        }
    }
    // From/to pair: 从1分提升至2分, 由原来的30个工作日缩短为3个工作日 — this value is
    // where the sentence's previous one went.
    std::string_view pair_noun;  // the noun after the link's to-word, if any
    std::size_t pair_from = npos;
    const bool pair = from_to_pair(t, st, at, listed, ind, pair_from, pair_noun);

    const Span span = span_of(p, text_begin, e);
    ind.span = span;
    ind.text.append(r_.text.data() + span.start, span.end - span.start);
    const std::string_view metric = metric_for(t, st, text_begin, e, ind);
    ind.metric.append(metric.data(), metric.size());
    // 行政机关负责人100%出庭应诉: a noun before the rate and its verb after it.
    // (The metric is a view of the text before the number, not the noun after the unit nor
    // the previous indicator's metric: compared as addresses, which the views may not share.)
    const auto address = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p); };
    if (ind.unit == std::string_view("%") && !metric.empty() && !names_rate(metric) &&
        address(metric.data()) >= address(t.data()) &&
        address(metric.data() + metric.size()) <= address(t.data() + text_begin))
        if (const std::string_view verb = verb_after_percent(t, e); !verb.empty())
            ind.metric.append(verb.data(), verb.size());
    // 工业增加值增速完成9.7%, 增幅达5%: the metric names a growth rate, whose size the
    // percentage is.
    if (rate && !ind.change && names_growth_rate(ind.metric)) {
        Change ch;
        ch.up = ind.value >= 0;
        ind.change = ch;
        ind.kind = IndicatorKind::rate_change;
    }
    if (const std::size_t per = per_capita().prefix(ind.metric); per != util::WordList::npos) {
        ind.per = std::string(lexicon::kPerCapita[per]);
        if (ind.kind == IndicatorKind::count) ind.kind = IndicatorKind::ratio;
    }
    if (pair) {
        // Both values measure one thing: the first's, named before it (its from-word
        // dropped), unless the second names its own after the to-word.
        Indicator& first = r_.indicators[pair_from];
        first.metric = without_from_word(first.metric);
        if (pair_noun.empty()) ind.metric = first.metric;
        else ind.metric.assign(pair_noun.data(), pair_noun.size());
    }
    util::set_item_id(ind.id, 'i', r_.indicators.size());
    // The sentence's explicit period: the latest one before the number.
    if (st.last_period != npos) ind.period = st.last_period;
    link(r_.indicators.size() - 1);
    st.last_indicator = r_.indicators.size() - 1;
    if (!listed) {
        st.run_first = st.last_indicator;
        st.run_begin = text_begin;
    }
    st.last_begin = text_begin;
    st.last_end = e;
    st.last_clause_start = st.clause_start;
    st.metric_floor = e;
    next = e;
    return true;
}

std::size_t Extractor::find_part_year(std::uint64_t at) {
    if (!r_.year) return npos;
    role_at(at);  // moves roots_seen_ on to the part around `at`
    if (roots_seen_ == 0) return npos;
    const std::size_t root = roots_[roots_seen_ - 1];
    const Section& s = r_.sections[root];
    // Inside the part, after its heading (whose periods are found once it is scanned).
    if (at >= s.extent.end || at < s.title_span.end) return npos;
    part_begin_ = s.title_span.end;
    part_end_ = s.extent.end;
    part_year_ = npos;
    // Periods are in document order: the first that starts in the heading's title.
    const auto first = std::lower_bound(
        r_.periods.begin(), r_.periods.end(), s.title_span.start,
        [](const Period& p, std::uint64_t v) { return p.span.start < v; });
    for (auto it = first; it != r_.periods.end() && it->span.start < s.title_span.end; ++it)
        if (it->granularity == Granularity::year && !it->relative) {
            const int k = it->start.year - *r_.year;
            if (k != 0 && k != 1) part_year_ = static_cast<std::size_t>(it - r_.periods.begin());
            return part_year_;
        }
    // 一、过去一年工作回顾 in a work report: the year before the one it is read in, as the
    // report wrote it before the part (各位代表：2024年是…), or else as the part does once
    // the scan finds it there (2024年，我们…; look_on()).
    if (work_report_ && s.title.find("过去一年") != std::string::npos) {
        for (auto it = r_.periods.begin(); it != r_.periods.end(); ++it)
            if (is_year_before(*it)) {
                part_year_ = static_cast<std::size_t>(it - r_.periods.begin());
                return part_year_;
            }
        looking_ = true;
        look_from_ = r_.periods.size();
    }
    return part_year_;
}

bool Extractor::is_year_before(const Period& p) const {
    return p.granularity == Granularity::year && !p.relative && p.start.year == *r_.year - 1;
}

// The periods found since the last look (each is looked at once): the first of the year
// before the report's answers for the part.
void Extractor::look_on() {
    for (; look_from_ < r_.periods.size(); ++look_from_)
        if (is_year_before(r_.periods[look_from_])) {
            part_year_ = look_from_;
            looking_ = false;
            return;
        }
}

Role Extractor::role_at(std::uint64_t at) {
    // Top-level parts are in document order with disjoint extents.
    roots_seen_ = util::count_up_to(roots_, roots_seen_, at,
                                    [&](std::size_t i) { return r_.sections[i].extent.start; });
    if (roots_seen_ == 0) return Role::none;
    const Section& s = r_.sections[roots_[roots_seen_ - 1]];
    return at < s.extent.end ? s.role : Role::none;
}

// Links indicator `index`, just made, while it is still in the cache (a sweep over all
// of them afterwards read each one again from memory: 1.7 % of the corpus's parse):
// its measure, and its default period when its sentence names none.
void Extractor::link(std::size_t index) {
    Indicator& ind = r_.indicators[index];
    const std::uint64_t at = ind.span.start;
    // Measures are in document order with disjoint extents, indicators in document order:
    // a forward sweep finds each. The indicators of one measure are consecutive: each
    // measure's list is written once its run ends, in one allocation (a push_back per
    // indicator reallocated each list three or four times).
    std::size_t& m = measure_seen_;
    while (m < r_.measures.size() && r_.measures[m].extent.end <= at) ++m;
    if (m < r_.measures.size() && r_.measures[m].extent.start <= at) {
        ind.measure = m;
        if (m != run_measure_) {
            end_run(index);
            run_start_ = index;
            run_measure_ = m;
        }
    } else {
        end_run(index);
        run_measure_ = npos;
    }
    // Its section: sections are in document order, each extent inside its parent's.
    while (sections_seen_ < r_.sections.size() && r_.sections[sections_seen_].extent.start <= at) {
        const Section& s = r_.sections[sections_seen_];
        while (!open_sections_.empty() && r_.sections[open_sections_.back()].extent.end <= s.extent.start)
            open_sections_.pop_back();
        open_sections_.push_back(sections_seen_++);
    }
    while (!open_sections_.empty() && r_.sections[open_sections_.back()].extent.end <= at)
        open_sections_.pop_back();
    if (!open_sections_.empty()) ind.section = open_sections_.back();
    // The default period: the nearest whole-year mention of the report's year (of the next
    // in the plans) before the indicator, else the first after it. Every period that
    // starts before it is found already: the scan is in document order.
    if (ind.period != npos || !r_.year) return;
    if (const std::size_t k = other_part_year(at); k != npos) {
        ind.period = k;  // the year its part's heading names (一、2022年工作回顾)
        return;
    }
    // (A work report's plans are for the year it is read in, its own.)
    const Role role = role_at(at);
    const int k = role == Role::plans && !work_report_ ? 1 : 0;
    YearMentions& year = year_mentions_[k];
    year.seen = util::count_up_to(year.periods, year.seen, at,
                                  [&](std::size_t i) { return r_.periods[i].span.start; });
    if (year.seen > 0) ind.period = year.periods[year.seen - 1];
    else period_after_.emplace_back(index, k);
}

// Writes the list of indicators of the run that ends before indicator `end`, if any.
void Extractor::end_run(std::size_t end) {
    if (run_measure_ == npos) return;
    std::vector<std::size_t>& list = r_.measures[run_measure_].indicators;
    list.reserve(list.size() + (end - run_start_));
    for (std::size_t k = run_start_; k < end; ++k) list.push_back(k);
}

// What link() leaves to the end: the last run, and the periods after their indicators.
void Extractor::finish_links() {
    end_run(r_.indicators.size());
    run_measure_ = npos;
    for (const auto& [index, k] : period_after_)
        if (!year_mentions_[k].periods.empty())
            r_.indicators[index].period = year_mentions_[k].periods.front();
}

}  // namespace

void extract_quantities(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                        const util::ScanIndex* scans, std::size_t set,
                        std::size_t context_set) {
    Extractor(paragraphs, report, scans, set, context_set).run();
}

}  // namespace govreport::extract
