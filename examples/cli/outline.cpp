// Prints a report as an indented outline: header, sections with their measures, diagnostics.
// SPDX-License-Identifier: MIT
#include "outline.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace govreport::cli {
namespace {

constexpr std::size_t kIndentStep = 2;
// Long enough to recognise an untitled item (一是 inside a paragraph), short enough
// to keep the outline one line per item on a normal terminal.
constexpr std::size_t kExcerptChars = 28;

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;  // a stray continuation byte: step over it alone
}

bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// At most `max_chars` code points of `s` with whitespace runs (the text keeps the PDF's
// line breaks) folded into one space, and "…" when cut. Never splits a character.
std::string excerpt(std::string_view s, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        if (is_ascii_space(s[i])) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        const std::size_t len =
            std::min(utf8_length(static_cast<unsigned char>(s[i])), s.size() - i);
        if (chars + (pending_space ? 1 : 0) >= max_chars) {
            out += "…";
            return out;
        }
        if (pending_space) {
            out += ' ';
            ++chars;
            pending_space = false;
        }
        out.append(s.substr(i, len));
        ++chars;
        i += len;
    }
    return out;
}

// "1." + "提升…" reads best as "1. 提升…", while full-width markers ("一、", "（一）",
// "一是") already separate themselves from the words that follow.
std::string heading(std::string_view marker, std::string_view title) {
    std::string out(marker);
    if (!marker.empty() && !title.empty() && static_cast<unsigned char>(marker.back()) < 0x80)
        out += ' ';
    out.append(title);
    return out;
}

std::string measure_heading(const Measure& m) {
    // Inline enumeration items often have no run-in title: show the start of the body.
    const std::string title = m.title.empty() ? excerpt(m.body, kExcerptChars) : m.title;
    return heading(m.marker, title);
}

// 1-based line of a byte offset, for pointing a person at a diagnostic in an editor.
std::size_t line_of(const std::string& text, std::uint64_t offset) {
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(
                                        std::min<std::uint64_t>(offset, text.size()));
    return 1 + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
}

std::string plural(std::size_t n, std::string_view noun) {
    return fmt::format(FMT_STRING("{} {}{}"), n, noun, n == 1 ? "" : "s");
}

void print_measure(std::FILE* out, const Measure& m, std::size_t indent) {
    fmt::print(out, FMT_STRING("{:{}}{}  ({})\n"), "", indent, measure_heading(m),
               to_string(m.status));
}

void print_header(std::FILE* out, const Report& report) {
    fmt::print(out, FMT_STRING("{}\n"), report.title.empty() ? "(no title found)" : report.title);
    fmt::print(out, FMT_STRING("issuer: {}\n"), report.issuer ? *report.issuer : "unknown");
    if (report.year)
        fmt::print(out, FMT_STRING("year:   {}\n"), *report.year);
    else
        fmt::print(out, FMT_STRING("year:   unknown\n"));
    // The dates only when the report bears them (most PDFs' text has no date line).
    if (report.signing_date)
        fmt::print(out, FMT_STRING("signed: {} ({})\n"), report.signing_date->iso,
                   report.signing_date->text);
    if (report.publication_date)
        fmt::print(out, FMT_STRING("published: {}\n"), report.publication_date->iso);
}

void print_section(std::FILE* out, const Section& s, std::size_t indent) {
    const std::string title = s.title.empty() ? "(untitled)" : s.title;
    if (s.role != Role::none)
        fmt::print(out, FMT_STRING("{:{}}{}  [{}]\n"), "", indent, heading(s.marker, title),
                   to_string(s.role));
    else
        fmt::print(out, FMT_STRING("{:{}}{}\n"), "", indent, heading(s.marker, title));
}

std::size_t section_indent(const Section& s) {
    return kIndentStep * static_cast<std::size_t>(std::max(s.level, 1) - 1);
}

void print_sections(std::FILE* out, const Report& report) {
    // Sections and measures in document order, each measure under its innermost enclosing
    // section (Measure::section, as in the JSON), so every measure is shown exactly once
    // and a measure (二) after a section (一) of the same level stays after it.
    struct Entry {
        std::uint64_t start;
        bool is_section;
        std::size_t index;
    };
    std::vector<Entry> entries;
    entries.reserve(report.sections.size() + report.measures.size());
    for (std::size_t i = 0; i < report.sections.size(); ++i)
        entries.push_back({report.sections[i].span.start, true, i});
    bool outside = false;
    for (std::size_t i = 0; i < report.measures.size(); ++i) {
        entries.push_back({report.measures[i].span.start, false, i});
        outside = outside || report.measures[i].section >= report.sections.size();
    }
    // A section before the measures that start where it does (a run-in heading's items).
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.start != b.start ? a.start < b.start : a.is_section > b.is_section;
    });
    if (outside) {
        fmt::print(out, FMT_STRING("(outside any section)\n"));
        for (const Entry& e : entries)
            if (!e.is_section && report.measures[e.index].section >= report.sections.size())
                print_measure(out, report.measures[e.index], kIndentStep);
    }
    for (const Entry& e : entries) {
        if (e.is_section) {
            const Section& s = report.sections[e.index];
            print_section(out, s, section_indent(s));
            continue;
        }
        const Measure& m = report.measures[e.index];
        if (m.section < report.sections.size())
            print_measure(out, m, section_indent(report.sections[m.section]) + kIndentStep);
    }
}

void print_diagnostics(std::FILE* out, const Report& report) {
    if (report.diagnostics.empty()) return;
    fmt::print(out, FMT_STRING("\ndiagnostics:\n"));
    for (const Diagnostic& d : report.diagnostics)
        fmt::print(out, FMT_STRING("  {:<7}  line {:<4}  {}: {}\n"), to_string(d.severity),
                   line_of(report.text, d.span.start), d.code, d.message);
}

}  // namespace

void print_outline(std::FILE* out, const Report& report) {
    print_header(out, report);
    if (!report.sections.empty() || !report.measures.empty()) fmt::print(out, FMT_STRING("\n"));
    print_sections(out, report);
    fmt::print(out, FMT_STRING("\n{}, {}, {}\n"), plural(report.sections.size(), "section"),
               plural(report.measures.size(), "measure"),
               plural(report.diagnostics.size(), "diagnostic"));
    print_diagnostics(out, report);
}

}  // namespace govreport::cli
