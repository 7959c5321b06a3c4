// The outline builder: a stack of open headings over the paragraphs (cmark's block pass).
// SPDX-License-Identifier: MIT
#include "segment/outline.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "grammar/marker.hpp"
#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "segment/normalize.hpp"
#include "segment/outline_text.hpp"
#include "util/char_index.hpp"
#include "util/char_set.hpp"
#include "util/fast_format.hpp"
#include "util/huge_pages.hpp"
#include "util/scan_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

namespace outline_text {

namespace {

#ifdef __SSE2__
// Whether any of the 16 bytes at `p` is an ASCII digit (bytes from 80 read as negative).
inline bool has_digit16(const char* p) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    return _mm_movemask_epi8(digit) != 0;
}
#endif

// Does `lead` hold a number with a unit (995件, 50%)? Headings never do (DOMAIN.md §2.3).
// Tries the grammar at each digit that does not follow a digit.
bool states_quantity(std::string_view lead) {
    const std::size_t n = lead.size();
    for (std::size_t i = 0; i < n;) {
#ifdef __SSE2__
        // Most leads are Han text without a digit: 16 bytes without one at a time (1.6 % of
        // the outline went on this loop). The byte before the next block is no digit then.
        if (n - i >= 16 && !has_digit16(lead.data() + i)) {
            i += 16;
            continue;
        }
#endif
        for (const std::size_t block_end = std::min(n, i + 16); i < block_end; ++i) {
            if (lead[i] < '0' || lead[i] > '9' || (i > 0 && lead[i - 1] >= '0' && lead[i - 1] <= '9'))
                continue;
            grammar::quantity_match q;
            if (grammar::parse_quantity(lead.substr(i), q)) return true;
        }
    }
    return false;
}

// Whether `lead` is more than kMaxClauseLeadChars characters long and holds a clause end
// (，). Most leads are far shorter, or have no comma: a byte count and a search.
bool is_long_sentence(std::string_view lead) {
    constexpr std::size_t kMaxClauseLeadChars = 30;
    if (lead.size() <= kMaxClauseLeadChars) return false;
    if (lead.find("，") == std::string_view::npos && lead.find(',') == std::string_view::npos)
        return false;
    return lead.size() > 4 * kMaxClauseLeadChars ||
           util::count_lead_bytes(lead) > kMaxClauseLeadChars;
}

// Whether [from, stop) holds at most kMaxLeadChars characters. Bytes bound the count from
// both sides (a character has one to four), so only a lead of 61–240 bytes is counted.
// Counting lead bytes counts what a decode() loop steps over on valid UTF-8, which all
// paragraph text is (decoding the input repairs it); 16 at a time (one by one it cost 4 %
// of the outline).
bool within_lead_chars(std::string_view text, std::size_t from, std::size_t stop) {
    const std::size_t bytes = stop - from;
    if (bytes <= kMaxLeadChars) return true;
    if (bytes > 4 * kMaxLeadChars) return false;
    return util::count_lead_bytes(text.substr(from, bytes)) <= kMaxLeadChars;
}

}  // namespace

// `ends` finds the sentence ends (enumeration_scan_chars()) of `text`: the lead ends at the
// first one in [from, to), looked up instead of decoding the characters before it.
Lead split_lead(std::string_view text, std::size_t from, std::size_t to,
                util::ScanIndex::Cursor& ends) {
    const std::size_t stop = std::min(ends.find(from), to);
    // No sentence end: a heading line (long or not) with no body.
    if (stop >= to) return {from, trim_end(text, from, to), to, true};
    // A sentence end after more than kMaxLeadChars characters: a paragraph without a title.
    if (!within_lead_chars(text, from, stop)) return {from, from, from, false};
    const char* p = text.data() + stop;
    util::decode(p, text.data() + to);
    const std::size_t body = skip_space(text, static_cast<std::size_t>(p - text.data()), to);
    if (body >= to) return {from, stop, to, true};
    // A lead that reports a figure (全年办理案件995件。) is a sentence, not a title.
    if (states_quantity(text.substr(from, stop - from))) return {from, from, from, false};
    return {from, stop, body, false};
}

}  // namespace outline_text

namespace {

using namespace outline_text;

int rank_of(MarkerKind k) {
    switch (k) {
        case MarkerKind::chinese_comma: return 1;
        case MarkerKind::chinese_paren: return 2;
        case MarkerKind::arabic_dot: return 3;
        case MarkerKind::arabic_paren: return 4;
        case MarkerKind::circled: return 5;
        default: return 0;
    }
}
constexpr int kRanks = 6;
// Room made for a section's first child or measure: most sections have a handful.
constexpr std::size_t kFirstRoom = 8;

struct EnumItem {
    std::size_t begin = 0;       // marker start in the paragraph text
    std::size_t text_begin = 0;  // after the marker and its space
    grammar::marker_match match;
};

// The length of the sentence end (a character of enumeration_scan_chars()) that starts with
// byte `lead`.
constexpr std::size_t sentence_end_bytes(char lead) {
    return static_cast<unsigned char>(lead) < 0x80 ? 1 : 3;
}

inline Span source_span(const Paragraph& p, std::size_t b, std::size_t e) {
    Span s;
    s.start = p.to_source_start(b);
    s.end = b == e ? s.start : p.to_source(e);
    return s;
}

class OutlineBuilder {
public:
    OutlineBuilder(const std::vector<Paragraph>& ps, Report& r, const util::ScanIndex* scans,
                   std::size_t set)
        : ps_(ps), r_(r), scans_(scans), set_(set) {}
    void run(std::size_t first);

private:
    struct Open {
        int rank;
        std::size_t section;
    };
    struct Classified {
        grammar::marker_match m;
        int rank = 0;
        Lead lead;
        bool is_section = false;
        bool enum_start = false;
        bool inline_items = false;  // 一是… 二是… in the body after a run-in lead
    };

    void classify(std::size_t first);
    void process(std::size_t i);
    void pop_to(int rank);
    void check_ranked(const Paragraph& p, const Classified& c);
    void add_section(const Paragraph& p, const Classified& c);
    void add_ranked_measure(const Paragraph& p, const Classified& c);
    bool scan_enumerations(const Paragraph& p, std::size_t from);
    void find_enumerations(const Paragraph& p, std::size_t from, util::ScanIndex::Cursor ends);
    void absorb(const Paragraph& p);
    void flush_absorbed();
    util::ScanIndex::Cursor sentence_ends(const Paragraph& p) const;
    Measure& new_measure();
    void reserve_outline();
    int& last_sibling(std::size_t parent, int rank);
    void warn(const char* code, std::string message, Span span);

    const std::vector<Paragraph>& ps_;
    Report& r_;
    const util::ScanIndex* scans_;  // the shared scan of parse(), or null: scan alone
    std::size_t set_;
    std::vector<Classified> cls_;
    std::vector<Open> stack_;
    std::size_t measure_ = npos;   // the item that takes in continuation paragraphs
    bool measure_ranked_ = false;  // it is a numbered item (not an enumeration)
    bool measure_absorbs_ = false;
    int enum_counter_ = 0;
    // The last ordinal of each rank among the children of each section (last_child_, by
    // section index) and among the top-level headings; kNoSibling before the first. Asked
    // for every numbered paragraph: a std::map keyed by (section, rank) took three walks.
    static constexpr int kNoSibling = std::numeric_limits<int>::min();
    using Ordinals = std::array<int, kRanks>;
    static constexpr Ordinals kNoSiblings = {kNoSibling, kNoSibling, kNoSibling,
                                             kNoSibling, kNoSibling, kNoSibling};
    std::vector<Ordinals> last_child_;
    Ordinals last_root_ = kNoSiblings;
    int last_of_rank_[kRanks] = {};
    bool rank_used_[kRanks] = {};
    std::size_t root_count_ = 0;
    std::uint64_t last_end_ = 0;
    // Texts absorbed into measure absorbed_into_ and not yet appended to its body.
    std::size_t absorbed_into_ = npos;
    std::vector<std::string_view> absorbed_;
    // The items find_enumerations() found in the paragraph at hand: one vector for the whole
    // outline, since a vector per paragraph grew (and was freed) again for each one.
    std::vector<EnumItem> items_;
};

void OutlineBuilder::run(std::size_t first) {
    classify(first);
    reserve_outline();
    for (std::size_t i = first; i < ps_.size(); ++i) {
        process(i);
        last_end_ = ps_[i].source_end();
    }
    measure_ = npos;
    pop_to(0);
    flush_absorbed();
}

void OutlineBuilder::classify(std::size_t first) {
    const std::size_t n = ps_.size();
    cls_.assign(n, Classified{});
    for (std::size_t i = first; i < n; ++i) {
        Classified& c = cls_[i];
        if (!ps_[i].has_marker) continue;
        c.m = ps_[i].marker;
        if (c.m.kind == MarkerKind::enumeration) {
            c.enum_start = true;
            continue;
        }
        c.rank = rank_of(c.m.kind);
        util::ScanIndex::Cursor ends = sentence_ends(ps_[i]);
        c.lead = split_lead(ps_[i].text, c.m.total_bytes, ps_[i].text.size(), ends);
        if (!c.lead.standalone) {
            find_enumerations(ps_[i], c.lead.body_begin, ends);  // counts from 一是 (no items yet)
            c.inline_items = items_.size() >= 2;
        }
        rank_used_[c.rank] = true;
    }
    // A marked paragraph is a heading (section) when it is a top-level part, when deeper
    // markers follow it before the next marker of its level, when it stands alone and is a
    // （一）-level heading, or when it introduces 一是-items: in the paragraphs after it, or
    // inline after its run-in lead ("（一）营商环境持续优化。一是…。二是…。"), each of them
    // a measure (DOMAIN.md §7.2). Otherwise it is a measure.
    std::size_t next_ranked = n, next_enum = n;
    for (std::size_t i = n; i-- > first;) {
        Classified& c = cls_[i];
        if (c.rank) {
            const bool children = next_ranked < n && cls_[next_ranked].rank > c.rank;
            const bool enumerates = next_enum < next_ranked;
            c.is_section = c.rank == 1 || children || enumerates || c.inline_items ||
                           (c.lead.standalone && c.rank <= 2);
            next_ranked = i;
        }
        if (c.enum_start) next_enum = i;
    }
}

// Room for the sections and for the measures that start a paragraph, counted from the
// classification: growing the vectors moved every Section and Measure each time.
void OutlineBuilder::reserve_outline() {
    std::size_t sections = 0, measures = 0;
    for (const Classified& c : cls_) {
        sections += c.is_section;
        measures += (c.rank && !c.is_section) || c.enum_start;
    }
    r_.sections.reserve(r_.sections.size() + sections);
    // Items inside a paragraph (…；二是…) come on top and are not counted: room for half as
    // many again, so that the vector rarely grows.
    r_.measures.reserve(r_.measures.size() + measures + measures / 2 + 8);
    util::advise_huge_spare(r_.sections);
    util::advise_huge_spare(r_.measures);
    last_child_.reserve(r_.sections.size() + sections);
}

int& OutlineBuilder::last_sibling(std::size_t parent, int rank) {
    if (parent == npos) return last_root_[rank];
    if (parent >= last_child_.size()) last_child_.resize(parent + 1, kNoSiblings);
    return last_child_[parent][rank];
}

void OutlineBuilder::process(std::size_t i) {
    const Paragraph& p = ps_[i];
    const Classified& c = cls_[i];
    if (c.rank) {
        measure_ = npos;
        pop_to(c.rank);
        check_ranked(p, c);
        if (c.is_section) {
            add_section(p, c);
            enum_counter_ = 0;
            if (!c.lead.standalone) scan_enumerations(p, c.lead.body_begin);
        } else {
            add_ranked_measure(p, c);
        }
        return;
    }
    const bool section_text = !stack_.empty() && (measure_ == npos || !measure_ranked_);
    if (section_text && scan_enumerations(p, 0)) return;
    if (measure_ != npos && measure_absorbs_) absorb(p);
}

void OutlineBuilder::pop_to(int rank) {
    while (!stack_.empty() && stack_.back().rank >= rank) {
        r_.sections[stack_.back().section].extent.end = last_end_;
        stack_.pop_back();
    }
}

void OutlineBuilder::warn(const char* code, std::string message, Span span) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = code;
    d.message = std::move(message);
    d.span = span;
    r_.diagnostics.push_back(std::move(d));
}

void OutlineBuilder::check_ranked(const Paragraph& p, const Classified& c) {
    const Span at = source_span(p, 0, c.m.marker_bytes);
    const std::string_view marker = p.text.substr(0, c.m.marker_bytes);  // for the warnings
    const int ord = c.m.ordinal;

    if (stack_.empty()) {
        if (c.rank > 1 && rank_used_[1])
            warn("marker_nesting",
                 fmt::format(FMT_STRING("marker {} stands outside any top-level part"), marker),
                 at);
    } else {
        const int parent_rank = stack_.back().rank;
        // Reported once per heading: a whole list that skips a level is one problem.
        const bool first_child = last_sibling(stack_.back().section, c.rank) == kNoSibling;
        if (first_child && c.rank > parent_rank + 1 && rank_used_[parent_rank + 1])
            warn("marker_nesting",
                 fmt::format(FMT_STRING("marker {} skips a level of numbering used elsewhere in "
                                        "the report"),
                             marker),
                 at);
    }

    const std::size_t parent = stack_.empty() ? npos : stack_.back().section;
    int& last_ordinal = last_sibling(parent, c.rank);
    if (last_ordinal == kNoSibling) {
        // Numbering may restart at 1 or run on from the previous block (the seed numbers
        // 1.–15. across （一）–（五）).
        const int run_on = last_of_rank_[c.rank] + 1;
        if (ord != 1 && ord != run_on)
            warn("ordinal_skipped",
                 run_on == 1 ? fmt::format(FMT_STRING("marker {} begins a list: expected 1"), marker)
                             : fmt::format(FMT_STRING("marker {} begins a list: expected 1 or {}"),
                                           marker, run_on),
                 at);
    } else {
        const int last = last_ordinal;
        if (ord == last)
            warn("ordinal_repeated",
                 fmt::format(FMT_STRING("marker {} repeats the previous number"), marker), at);
        else if (ord < last)
            warn("ordinal_out_of_order",
                 fmt::format(FMT_STRING("marker {} comes after number {}"), marker, last), at);
        else if (ord > last + 1)
            warn("ordinal_skipped",
                 fmt::format(FMT_STRING("marker {} skips from {} to {}"), marker, last, ord), at);
    }
    last_ordinal = ord;
    last_of_rank_[c.rank] = ord;
}

void OutlineBuilder::add_section(const Paragraph& p, const Classified& c) {
    Section s;
    const std::size_t parent = stack_.empty() ? npos : stack_.back().section;
    s.parent = parent;
    s.level = static_cast<int>(stack_.size()) + 1;
    const std::size_t index = r_.sections.size();
    if (parent == npos) {
        util::set_item_id(s.id, 's', ++root_count_);
    } else {
        Section& ps = r_.sections[parent];
        // Room for a few at the first: growing from one to the usual handful took three
        // allocations per heading.
        if (ps.children.empty()) ps.children.reserve(kFirstRoom);
        ps.children.push_back(index);
        // "{parent}.{n}" without a format string (as util::set_item_id does).
        const fmt::format_int n(ps.children.size());
        s.id.reserve(ps.id.size() + 1 + n.size());
        s.id.append(ps.id).append(1, '.').append(n.data(), n.size());
    }
    s.marker = p.text.substr(0, c.m.marker_bytes);
    s.marker_kind = c.m.kind;
    s.ordinal = c.m.ordinal;
    s.title = normalize_title(
        std::string_view(p.text).substr(c.lead.title_begin, c.lead.title_end - c.lead.title_begin));
    const std::size_t heading_end = c.lead.title_end > c.lead.title_begin ? c.lead.title_end
                                                                           : c.m.marker_bytes;
    s.span = source_span(p, 0, heading_end);
    s.title_span = source_span(p, c.lead.title_begin, c.lead.title_end);
    s.extent.start = p.source_start();
    s.extent.end = p.source_end();
    r_.sections.push_back(std::move(s));
    stack_.push_back({c.rank, index});
}

// Appends a measure to the current section, makes it the current one and returns it to
// be filled in place (built aside, each was moved in).
Measure& OutlineBuilder::new_measure() {
    const std::size_t index = r_.measures.size();
    Measure& m = r_.measures.emplace_back();
    util::set_item_id(m.id, 'm', index + 1);
    m.section = stack_.empty() ? npos : stack_.back().section;
    if (m.section != npos) {
        std::vector<std::size_t>& measures = r_.sections[m.section].measures;
        if (measures.empty()) measures.reserve(kFirstRoom);  // as for children
        measures.push_back(index);
    }
    measure_ = index;
    return m;
}

void OutlineBuilder::add_ranked_measure(const Paragraph& p, const Classified& c) {
    Measure& m = new_measure();
    const std::string_view text = p.text;
    m.marker = p.text.substr(0, c.m.marker_bytes);
    m.marker_kind = c.m.kind;
    m.ordinal = c.m.ordinal;
    m.title = normalize_title(text.substr(c.lead.title_begin, c.lead.title_end - c.lead.title_begin));
    m.body = text.substr(c.lead.body_begin);
    const std::size_t heading_end = c.lead.title_end > c.lead.title_begin ? c.lead.title_end
                                                                           : c.m.marker_bytes;
    m.span = source_span(p, 0, heading_end);
    m.title_span = source_span(p, c.lead.title_begin, c.lead.title_end);
    m.extent = source_span(p, 0, text.size());
    measure_ranked_ = true;
    measure_absorbs_ = true;
    enum_counter_ = 0;
}

// Fills items_ with the items of `paragraph` from `from` on; `ends` is a fresh cursor over
// its sentence ends.
void OutlineBuilder::find_enumerations(const Paragraph& paragraph, std::size_t from,
                                       util::ScanIndex::Cursor ends) {
    const std::string_view text = paragraph.text;
    items_.clear();
    int expected = enum_counter_ + 1;
    auto try_at = [&](std::size_t at, bool paragraph_start) {
        // Of the sentences may_start_item() lets through, most start with another character
        // (中, 为, 主…): they leave without running the grammar.
        if (!grammar::is_chinese_numeral_char(util::char_at(text, at))) return;
        EnumItem item;
        if (!grammar::parse_enumeration(text.substr(at), item.match)) return;
        // Inline items must continue the count (一是 … 二是 …); at a paragraph start any
        // number opens an item and a wrong one is reported by the caller.
        if (!paragraph_start && item.match.ordinal != expected) return;
        item.begin = at;
        item.text_begin = at + item.match.total_bytes;
        items_.push_back(item);
        expected = item.match.ordinal + 1;
    };
    if (may_start_item(text, from)) try_at(from, from == 0);
    // Items follow sentence ends: jump from one to the next instead of decoding the rest.
    // Each step takes the cursor's next sentence end (find_next): the blanks skipped after
    // one hold no other, so it is the one find() would look for, without its look back and
    // walk (a quarter of the enumeration scan).
    for (std::size_t end = ends.find(from); end < text.size();) {
        // Stepped over undecoded: a sentence end is ASCII or three bytes long (a test checks
        // every character of enumeration_scan_chars()).
        const std::size_t after = end + sentence_end_bytes(text[end]);
        const std::size_t at = skip_space(text, after, text.size());
        if (may_start_item(text, at)) try_at(at, false);
        end = ends.find_next(after);
    }
}

bool OutlineBuilder::scan_enumerations(const Paragraph& p, std::size_t from) {
    // One cursor: the search walks a copy, the leads below start again from its start.
    util::ScanIndex::Cursor ends = sentence_ends(p);
    find_enumerations(p, from, ends);
    const std::vector<EnumItem>& items = items_;
    if (items.empty()) return false;
    measure_ = npos;
    const std::string_view text = p.text;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const EnumItem& it = items[k];
        const std::size_t end =
            trim_end(text, it.text_begin, k + 1 < items.size() ? items[k + 1].begin : text.size());
        Lead lead = split_lead(text, it.text_begin, end, ends);
        // A long lead of several clauses after 一是 (二是班子成员及全体干部积极学习…等内容，
        // 严格按照法律法规开展日常工作。) is a sentence: DOMAIN.md §2.3 puts run-in titles at
        // about 30 characters, and two clauses of a title fit in that. (Numbered headings,
        // （七）以创建国家级生态县（区）和国家级森林城为抓手，强化生态建设…, run longer.)
        if (lead.title_end > lead.title_begin &&
            is_long_sentence(text.substr(lead.title_begin, lead.title_end - lead.title_begin)))
            lead = Lead{it.text_begin, it.text_begin, it.text_begin, false};
        const int ord = it.match.ordinal;
        const Span at = source_span(p, it.begin, it.begin + it.match.marker_bytes);
        std::string marker(text.substr(it.begin, it.match.marker_bytes));
        if (ord != enum_counter_ + 1 && !(ord == 1 && it.begin == 0)) {
            if (ord <= enum_counter_)
                warn(ord == enum_counter_ ? "ordinal_repeated" : "ordinal_out_of_order",
                     fmt::format(FMT_STRING("item {} comes after item {}"), marker, enum_counter_),
                     at);
            else
                warn("ordinal_skipped",
                     fmt::format(FMT_STRING("item {} skips from {} to {}"), marker, enum_counter_,
                                 ord),
                     at);
        }
        enum_counter_ = ord;

        Measure& m = new_measure();
        m.marker = std::move(marker);
        m.marker_kind = MarkerKind::enumeration;
        m.ordinal = ord;
        m.is_inline = it.begin != 0;
        m.title = normalize_title(text.substr(lead.title_begin, lead.title_end - lead.title_begin));
        m.body = text.substr(lead.body_begin, end > lead.body_begin ? end - lead.body_begin : 0);
        const std::size_t heading_end =
            lead.title_end > lead.title_begin ? lead.title_end : it.begin + it.match.marker_bytes;
        m.span = source_span(p, it.begin, heading_end);
        m.title_span = source_span(p, lead.title_begin, lead.title_end);
        m.extent = source_span(p, it.begin, end);
    }
    measure_ranked_ = false;
    // Only an item that opens its paragraph runs on into the following paragraphs.
    measure_absorbs_ = items.back().begin == 0;
    return true;
}

util::ScanIndex::Cursor OutlineBuilder::sentence_ends(const Paragraph& p) const {
    return scans_ ? scans_->cursor(static_cast<std::size_t>(&p - ps_.data()), set_)
                  : util::ScanIndex::Cursor::direct(enumeration_scan_chars(), p.text);
}

// The texts are collected and appended at once (flush_absorbed): appended one by one, a
// long body was copied again each time it outgrew its buffer.
void OutlineBuilder::absorb(const Paragraph& p) {
    if (absorbed_into_ != measure_) {
        flush_absorbed();
        absorbed_into_ = measure_;
    }
    absorbed_.push_back(p.text);
    r_.measures[measure_].extent.end = p.source_end();
}

// Appends the absorbed texts to their measure's body, one line each, into one allocation.
void OutlineBuilder::flush_absorbed() {
    if (absorbed_into_ == npos) return;
    std::string& body = r_.measures[absorbed_into_].body;
    std::size_t size = body.size();
    for (std::string_view t : absorbed_) size += 1 + t.size();
    body.reserve(size);
    for (std::string_view t : absorbed_) {
        if (!body.empty()) body += '\n';
        body += t;
    }
    absorbed_.clear();
    absorbed_into_ = npos;
}

}  // namespace

const util::CharSet& enumeration_scan_chars() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(U"。！？；：!?;:");  // util::is_sentence_end()
        return s;
    }();
    return set;
}

void build_outline(const std::vector<Paragraph>& paragraphs, std::size_t first, Report& report,
                   const util::ScanIndex* scans, std::size_t set) {
    OutlineBuilder(paragraphs, report, scans, set).run(first);
}

}  // namespace govreport::segment
