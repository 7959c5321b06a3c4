// Paragraph segmentation and page-break repair (the "blocks" pass, as in cmark).
// SPDX-License-Identifier: MIT
#include "segment/paragraphs.hpp"

#include <algorithm>
#include <cstring>

#include "grammar/marker.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

// Pieces are sorted by offset (one per joined line); binary search keeps a paragraph made of
// thousands of page-broken lines linear overall.
std::uint64_t Paragraph::to_source(std::size_t at) const {
    const auto it = std::lower_bound(pieces.begin(), pieces.end(), at, [](const Piece& p, std::size_t x) {
        return p.offset + p.length < x;
    });
    if (it == pieces.end()) return source_end();
    return it->source + (at - it->offset);
}

std::uint64_t Paragraph::to_source_start(std::size_t at) const {
    const auto it = std::upper_bound(pieces.begin(), pieces.end(), at, [](std::size_t x, const Piece& p) {
        return x < p.offset + p.length;
    });
    if (it == pieces.end()) return source_end();
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
void trim(const char* base, std::uint64_t& b, std::uint64_t& e) {
    while (b < e) {
        const char* p = base + b;
        const char32_t c = util::decode(p, base + e);
        if (!util::is_space(c)) break;
        b = static_cast<std::uint64_t>(p - base);
    }
    while (e > b) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(base + b, base + e, &n);
        if (!util::is_space(c) || n == 0) break;
        e -= n;
    }
}

std::vector<Line> split_lines(std::string_view input) {
    std::vector<Line> lines;
    const char* base = input.data();
    std::uint64_t at = 0;
    bool blank_before = false;
    while (at < input.size()) {
        const void* nl = std::memchr(base + at, '\n', input.size() - at);
        std::uint64_t end = nl ? static_cast<std::uint64_t>(static_cast<const char*>(nl) - base)
                               : input.size();
        std::uint64_t b = at, e = end;
        trim(base, b, e);
        if (b < e) {
            lines.push_back({b, e, b > at, blank_before});
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

bool starts_with_marker(std::string_view text) {
    grammar::marker_match m;
    return grammar::parse_marker(text, m);
}

// A stand-alone heading: a structure marker and a phrase with no sentence end in it.
bool is_heading(std::string_view text) {
    grammar::marker_match m;
    if (!grammar::parse_marker(text, m) || m.kind == MarkerKind::enumeration) return false;
    return text.find("。") == std::string_view::npos;
}

// Lines that look like a report's title: short and naming a report.
bool looks_like_title(std::string_view text) {
    return text.size() <= 240 && text.find("报告") != std::string_view::npos;
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view input, std::vector<Join>* joins) {
    const std::vector<Line> lines = split_lines(input);
    std::vector<Paragraph> out;
    out.reserve(lines.size());
    // A page-end line continues a paragraph that already has some length; a short line
    // without final punctuation is a title, a signature or web-page chrome.
    constexpr std::size_t kMinJoinBytes = 16 * 3;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        const std::string_view text = input.substr(line.start, line.end - line.start);
        if (!out.empty()) {
            Paragraph& prev = out.back();
            const bool may_join = !line.indented && prev.text.size() >= kMinJoinBytes &&
                                  !ends_sentence(prev.text) && !starts_with_marker(text) &&
                                  !is_heading(prev.text) &&
                                  !(out.size() <= 10 && looks_like_title(prev.text));
            if (may_join) {
                if (joins) joins->push_back({prev.source_end(), line.start});
                prev.pieces.push_back({line.start, prev.text.size(), text.size()});
                prev.text.append(text);
                continue;
            }
        }
        Paragraph p;
        p.text.assign(text);
        p.pieces.push_back({line.start, 0, text.size()});
        p.indented = line.indented;
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace govreport::segment
