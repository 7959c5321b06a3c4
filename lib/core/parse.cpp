// The parse pipeline: input checks, UTF-8 repair, paragraphs, title, outline, roles, spans.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/stat.h>
#endif

#include <fmt/format.h>

#include <govreport/parse.hpp>

#include "extract/anchor_cache.hpp"
#include "extract/bodies.hpp"
#include "extract/issuer_bodies.hpp"
#include "input/decode.hpp"
#include "input/html.hpp"
#include "extract/documents.hpp"
#include "extract/quantities.hpp"
#include "extract/report_dates.hpp"
#include "grammar/numeral.hpp"
#include "grammar/year.hpp"
#include "segment/organ_line.hpp"
#include "segment/outline.hpp"
#include "segment/paragraphs.hpp"
#include "segment/preamble_issuer.hpp"
#include "segment/roles.hpp"
#include "segment/signature.hpp"
#include "segment/title.hpp"
#include "util/char_index.hpp"
#include "util/huge_pages.hpp"
#include "util/scan_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport {

namespace {

void add_diagnostic(Report& r, Severity sev, const char* code, std::string message, Span span) {
    Diagnostic d;
    d.severity = sev;
    d.code = code;
    d.message = std::move(message);
    d.span = span;
    r.diagnostics.push_back(std::move(d));
}

// The text the parser works on: decoded to UTF-8, the visible text of an HTML page, NUL
// bytes turned into spaces (they would cut C strings short). Offsets stay those of this text.
// `owned`, when not null, is the string `input` views: its buffer becomes the report's
// text when the input needs no conversion (`input` must not be read after that).
void take_text(std::string_view input, std::string* owned, const ParseOptions& options,
               bool html_name, Report& r) {
    // Without a buffer of its own the text is copied, by the check of its encoding.
    input::Decoded d =
        input::decode(input, options.encoding, options.strict_encoding, owned == nullptr);
    r.encoding = d.encoding;
    if (d.converted) r.text = std::move(d.text);
    else if (owned) r.text = std::move(*owned);
    else r.text.assign(input);
    const bool html = options.format == InputFormat::html ||
                      (options.format == InputFormat::automatic &&
                       (html_name || input::looks_like_html(r.text)));
    if (html) {
        r.text = input::html_to_text(r.text);
        r.source_format = "html";
        // Spans refer to the extracted text: find the replacement characters there.
        if (!d.replaced.empty()) {
            d.replaced.clear();
            for (std::size_t at = r.text.find("\xEF\xBF\xBD"); at != std::string::npos;
                 at = r.text.find("\xEF\xBF\xBD", at + 3))
                d.replaced.push_back(at);
        }
    }
    constexpr std::size_t kMaxReports = 20;
    std::size_t reported = 0;
    for (std::size_t i = 0; i < d.replaced.size() && reported < kMaxReports; ++i) {
        if (i > 0 && d.replaced[i] == d.replaced[i - 1] + 3) continue;  // one run, one report
        ++reported;
        Span s;
        s.start = d.replaced[i];
        s.end = d.replaced[i] + 3;
        const bool utf8 = r.encoding.rfind("utf-8", 0) == 0;
        add_diagnostic(r, Severity::warning, utf8 ? "invalid_utf8" : "invalid_encoding",
                       fmt::format(FMT_STRING("invalid {} bytes were replaced with U+FFFD"),
                                   r.encoding),
                       s);
    }

    std::size_t nul = r.text.find('\0');
    if (nul != std::string::npos) {
        Span s;
        s.start = nul;
        s.end = nul + 1;
        add_diagnostic(r, Severity::warning, "nul_bytes",
                       "NUL bytes in the input were read as spaces", s);
        for (; nul != std::string::npos; nul = r.text.find('\0', nul + 1)) r.text[nul] = ' ';
    }
}

// The report's year as a preamble states it ("2024 年，在…领导下"): the first year that is
// neither inside a cited title (《…纲要（2021—2025年）》) nor part of a date (自2024年1月1日
// 起施行): those name other times. 0 if there is none.
// A month in Chinese numerals at the start of `text` (一月, 十二月).
bool chinese_month_at(std::string_view text) {
    const char* p = text.data();
    const char* const end = p + text.size();
    for (int numerals = 0; p < end && numerals <= 2; ++numerals) {
        const char32_t c = util::decode(p, end);
        if (c == U'月') return numerals > 0;
        if (!grammar::is_chinese_numeral_char(c)) return false;
    }
    return p < end && util::decode(p, end) == U'月';
}

// The paragraphs after the title that make the preamble.
constexpr std::size_t kPreambleParagraphs = 6;

int preamble_year(std::string_view text) {
    for (std::size_t from = 0; from < text.size();) {
        int year = 0;
        std::size_t yb = 0, ye = 0;
        if (!grammar::find_year(text.substr(from), year, yb, ye)) return 0;
        const std::size_t at = from + yb, end = from + ye;
        const std::string_view before = text.substr(0, at);
        const std::size_t open = before.rfind("《");
        const bool in_title = open != std::string_view::npos &&
                              before.find("》", open) == std::string_view::npos;
        std::size_t next = end;
        while (next < text.size() && text[next] == ' ') ++next;
        // A month follows: in digits, or in Chinese numerals (二〇二四年一月一日).
        const bool in_date = next < text.size() &&
                             (std::isdigit(static_cast<unsigned char>(text[next])) != 0 ||
                              text.substr(next, 3) == "—" || text.substr(next, 1) == "-" ||
                              chinese_month_at(text.substr(next)));
        if (!in_title && !in_date) return year;
        from = end;
    }
    return 0;
}

// The year a preamble's 现将… sentence reports on (现将我市2020年法治政府建设有关情况报告
// 如下): the year the report is about, whatever a delivery line's date or an earlier
// clause (在2023年工作基础上) says. 0 if the sentence names none.
int reported_year(std::string_view text) {
    const std::size_t k = text.find("现将");
    if (k == std::string_view::npos) return 0;
    const std::string_view rest = text.substr(k + std::string_view("现将").size());
    const std::size_t stop = rest.find("报告");
    return stop == std::string_view::npos ? 0 : preamble_year(rest.substr(0, stop));
}

// One span's code-point offsets (a function, not a lambda: a lambda's call operator would
// be compiled without popcnt).
template <bool kBuiltinPopcount>
GOVREPORT_CHAR_INDEX_INLINE void complete_span(const util::CharIndex& index, Span& span) {
    index.complete_counted<kBuiltinPopcount>(span);
}

// Code-point offsets for every span of the report: two CharIndex queries each.
template <bool kBuiltinPopcount>
GOVREPORT_CHAR_INDEX_INLINE void complete_spans_with(Report& r, const util::CharIndex& index) {
    complete_span<kBuiltinPopcount>(index, r.title_span);
    if (r.signing_date) complete_span<kBuiltinPopcount>(index, r.signing_date->span);
    if (r.publication_date) complete_span<kBuiltinPopcount>(index, r.publication_date->span);
    for (Section& s : r.sections) {
        complete_span<kBuiltinPopcount>(index, s.span);
        complete_span<kBuiltinPopcount>(index, s.title_span);
        complete_span<kBuiltinPopcount>(index, s.extent);
    }
    for (Measure& m : r.measures) {
        complete_span<kBuiltinPopcount>(index, m.span);
        complete_span<kBuiltinPopcount>(index, m.title_span);
        complete_span<kBuiltinPopcount>(index, m.extent);
    }
    for (Diagnostic& d : r.diagnostics) complete_span<kBuiltinPopcount>(index, d.span);
    for (Indicator& i : r.indicators) complete_span<kBuiltinPopcount>(index, i.span);
    for (Period& p : r.periods) complete_span<kBuiltinPopcount>(index, p.span);
    for (Document& d : r.documents)
        for (Mention& m : d.mentions) complete_span<kBuiltinPopcount>(index, m.span);
    for (Body& b : r.bodies)
        for (Mention& m : b.mentions) complete_span<kBuiltinPopcount>(index, m.span);
    for (Person& h : r.persons)
        for (Mention& m : h.mentions) complete_span<kBuiltinPopcount>(index, m.span);
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
// The same compiled for the popcnt instruction: a query then counts with one instruction
// instead of a dozen (0.4 M of 0.75 M on a 2.27 MB sample).
__attribute__((target("popcnt"))) void complete_spans_popcnt(Report& r, const util::CharIndex& index) {
    complete_spans_with<true>(r, index);
}
#endif

void complete_spans(Report& r) {
    const util::CharIndex index(r.text);
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
    if (util::CharIndex::has_popcnt()) return complete_spans_popcnt(r, index);
#endif
    complete_spans_with<false>(r, index);
}

}  // namespace

namespace {

Report parse_input(std::string_view input, std::string* owned, const ParseOptions& options,
                   bool html_name) {
    if (input.size() > options.max_input_bytes)
        throw Error(Status::too_large,
                    fmt::format(FMT_STRING("input of {} bytes exceeds the limit of {} bytes"),
                                input.size(), options.max_input_bytes));
    Report r;
    take_text(input, owned, options, html_name, r);

    std::vector<segment::Join> joins;
    const std::vector<segment::Paragraph> paragraphs = segment::split_paragraphs(r.text, &joins);
    if (paragraphs.empty()) {
        add_diagnostic(r, Severity::warning, "empty_input", "the input holds no text", Span{});
    }

    const segment::TitleInfo title = segment::detect_title(paragraphs);
    std::size_t first_body = 0;
    if (title.paragraph != static_cast<std::size_t>(-1)) {
        const segment::Paragraph& p = paragraphs[title.paragraph];
        r.title = title.title;
        r.title_span.start = paragraphs[title.first_paragraph].source_start();
        r.title_span.end = p.source_end();
        first_body = title.paragraph + 1;
    } else if (!paragraphs.empty()) {
        add_diagnostic(r, Severity::info, "no_title", "no report title was found", Span{});
    }
    // A subtitle can name them when there is no title line.
    r.issuer = title.issuer;
    // No issuer in the title (2023年度法治政府建设情况报告): the organ that signs it. Nor a
    // signature (web pages and excerpts drop both lines): the organ the preamble names as
    // its author (2020年，长治市人力资源和社会保障局深入学习…). A title that names only
    // the place (静海区2023年度…报告) takes the organ of that place either names.
    const bool place_only = r.issuer && !segment::is_organ_line(*r.issuer);
    auto better = [&](std::optional<std::string> organ) {
        if (organ && (!r.issuer || (place_only && organ->find(*r.issuer) != std::string::npos)))
            r.issuer = std::move(organ);
    };
    if (!r.issuer || place_only) better(segment::signature_issuer(paragraphs));
    if (!r.issuer || (place_only && !segment::is_organ_line(*r.issuer)))
        better(segment::preamble_issuer(paragraphs, first_body));
    // A government work report is its government's (武汉市2020年政府工作报告 → 武汉市人民政府).
    if (r.issuer && !segment::is_organ_line(*r.issuer) && segment::is_work_report(r)) {
        for (std::string_view level : {"省", "市", "县", "区", "州", "旗", "盟"})
            if (util::ends_with(*r.issuer, level)) {
                r.issuer->append("人民政府");
                break;
            }
    }
    r.year = title.year;
    const std::size_t preamble_end = std::min(paragraphs.size(), first_body + kPreambleParagraphs);
    // A year the title line itself does not name (a delivery line's, 2021年4月26日在…会议上)
    // gives way to the one the preamble's 现将… sentence reports on.
    int unused_year = 0;
    std::size_t yb = 0, ye = 0;
    if (!(r.year && grammar::find_year(title.title, unused_year, yb, ye)))
        for (std::size_t i = first_body; i < preamble_end; ++i)
            if (const int year = reported_year(paragraphs[i].text)) {
                r.year = year;
                break;
            }
    // No year in the title: the preamble usually opens with it ("2024 年，在…领导下").
    // Web pages put a few lines of labels first (发布机构: …, 公文生成日期: 2025-02-07): a
    // colon within a label's length of the start. (The preamble's own colon ends it: 现将
    // 有关情况报告如下:.)
    constexpr std::size_t kMaxLabelBytes = 8 * 3 + 2;  // "- 公文生成日期"
    for (std::size_t i = first_body; !r.year && i < preamble_end; ++i) {
        const std::string_view text = paragraphs[i].text;
        const std::size_t colon = std::min(text.find(':'), text.find("："));
        if (colon != std::string_view::npos && colon <= kMaxLabelBytes) continue;
        if (const int year = preamble_year(text)) r.year = year;
    }
    // An explicit year from the caller wins: it corrects titles that name no or a wrong year.
    if (options.report_year > 0) r.year = options.report_year;
    // The dates the report bears: under its signature, and its web page's labels (which
    // stand around the title, before the body).
    r.signing_date = extract::signing_date(paragraphs, r.text);
    constexpr std::size_t kLabelParagraphs = 8;
    std::optional<ReportDate> written;
    extract::labelled_dates(paragraphs, first_body + kLabelParagraphs, r.text, r.publication_date,
                            written);
    if (!r.signing_date) r.signing_date = std::move(written);

    for (const segment::Join& j : joins) {
        Span s;
        s.start = j.start;
        s.end = j.end;
        add_diagnostic(r, Severity::info, "page_break_joined",
                       "a paragraph cut by a page break was joined with the next line", s);
    }

    // One classifying pass over the paragraphs for the scans that test characters against
    // sets (sets 0–5 below), instead of each testing every character itself.
    // Shared with the last parses of reports by the same place (extract/anchor_cache.hpp).
    const std::shared_ptr<const extract::BodyAnchors> shared_anchors =
        extract::shared_body_anchors(r);
    const extract::BodyAnchors& anchors = *shared_anchors;
    std::vector<std::string_view> texts;
    texts.reserve(paragraphs.size());
    for (const segment::Paragraph& p : paragraphs) texts.push_back(p.text);
    // The fixed sets are classified once per thread; the report's own (set 3, body anchors
    // with its place names) replaces the previous parse's when the anchors differ, which
    // parses of one place in a row never do. (Copying the 64 KiB table for each parse
    // cost about 5 % of a 20 KB report's.) Set 5: what changes the quantity scan's context
    // (clause ends, 《》, quotes).
    struct ThreadClasses {
        util::ScanIndex::Classes classes{
            {&segment::enumeration_scan_chars(), &extract::quantity_scan_chars(),
             &extract::title_lead_chars(), nullptr, &extract::document_scan_chars(),
             &extract::context_chars()}};
        std::shared_ptr<const extract::BodyAnchors> anchors;  // whose starts are set 3
    };
    thread_local ThreadClasses thread_classes;
    if (thread_classes.anchors != shared_anchors) {
        // The previous anchors stay alive until their characters are cleared from the table.
        thread_classes.classes.assign(3, anchors.starts);
        thread_classes.anchors = shared_anchors;
    }
    const util::ScanIndex scans(texts, thread_classes.classes);

    segment::build_outline(paragraphs, first_body, r, &scans, 0);
    segment::assign_roles(r);
    extract::extract_quantities(paragraphs, r, &scans, 1, 5);
    extract::extract_documents(paragraphs, r, &scans, 4);
    extract::extract_bodies(paragraphs, r, &scans, 2, 3, &anchors);
    r.issuer_bodies = extract::issuer_bodies(r);
    // Diagnostics in document order (report-wide ones, without a place, first).
    std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.start < b.span.start; });
    complete_spans(r);
    return r;
}

bool html_file_name(const std::string& path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == "html" || ext == "htm" || ext == "xhtml";
}

}  // namespace

Report parse(std::string_view input, const ParseOptions& options) {
    return parse_input(input, nullptr, options, false);
}

Report parse_buffer(std::string&& text, const ParseOptions& options) {
    return parse_input(text, &text, options, false);
}

Report parse_file(const std::string& path, const ParseOptions& options) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw Error(Status::io, fmt::format(FMT_STRING("{}: cannot open file: {}"), path,
                                            std::strerror(errno)));
    std::string data;
    // A regular file's size is known: one allocation instead of doubling and copying.
#if defined(__unix__) || defined(__APPLE__)
    struct stat st {};
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        static_cast<std::uint64_t>(st.st_size) <= options.max_input_bytes)
        data.reserve(static_cast<std::size_t>(st.st_size) + 1);
#endif
    util::advise_huge_spare(data);  // the file becomes the report's text
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        data.append(buf, n);
        if (data.size() > options.max_input_bytes) {
            std::fclose(f);
            throw Error(Status::too_large,
                        fmt::format(FMT_STRING("{}: file exceeds the limit of {} bytes"), path,
                                    options.max_input_bytes));
        }
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed)
        throw Error(Status::io, fmt::format(FMT_STRING("{}: cannot read file"), path));
    // The file's bytes become the report's text: no second copy of a large report.
    return parse_input(data, &data, options, html_file_name(path));
}

}  // namespace govreport
