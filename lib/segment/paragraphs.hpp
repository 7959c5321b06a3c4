// Paragraph segmentation with PDF page-break repair, keeping a map back to the input.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_PARAGRAPHS_HPP
#define GOVREPORT_SEGMENT_PARAGRAPHS_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/marker.hpp"
#include "grammar/numeral.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

/// False when grammar::parse_marker(text) is false for sure, from the first bytes alone: a
/// text that starts with a Han character (E4–E9) that is no numeral, with an ASCII character
/// other than ( and the digits, or with four digits (a year: 2024年, where the arabic_dot
/// rule reads three at most). Most paragraphs start so, and parse_marker turns them away
/// only after a call (a year only after running that rule). Inline: asked of every
/// paragraph; tests compare it with parse_marker.
inline bool may_start_marker(std::string_view text) noexcept {
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text[0]);
    const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (c < 0x80) {
        if (c == '(') return true;
        if (c < '0' || c > '9') return false;
        return !(text.size() >= 4 && digit(1) && digit(2) && digit(3));
    }
    if (c - 0xE4u <= 0xE9u - 0xE4u && text.size() >= 3 &&
        (static_cast<unsigned char>(text[1]) & 0xC0u) == 0x80u &&
        (static_cast<unsigned char>(text[2]) & 0xC0u) == 0x80u)
        return grammar::is_chinese_numeral_char(util::decode_three(text.data()));
    return true;  // （, ①, 〇 and the rest: parse_marker decides
}

/// False when `line` cannot be a page number (grammar::is_page_number_line, whose rule in
/// grammar/page_number_def.hpp starts with a digit, a dash - — – － ― or 第). Most lines
/// start otherwise and so skip the grammar, which cost a seventh of the segmentation. After
/// digits only a blank, a slash or the end may come (12, 3 / 12), after 第 a blank or a digit
/// (第 3 页): so the numbered paragraphs (1. 提升…) and years (2024年…) skip it too. Tests
/// compare it with the grammar.
inline bool may_be_page_number(std::string_view line) noexcept {
    if (line.empty()) return false;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(line[i]); };
    const auto digit = [](unsigned char b) { return b >= '0' && b <= '9'; };
    const unsigned char c = byte(0);
    if (digit(c)) {
        std::size_t i = 1;
        while (i < line.size() && digit(byte(i))) ++i;
        if (i == line.size()) return true;
        const unsigned char next = byte(i);  // a blank (also U+3000, NBSP) or / or ／
        return next == ' ' || next == '\t' || next == '/' || next == 0xE3 || next == 0xC2 ||
               next == 0xEF;
    }
    if (c == '-') return true;
    if (line.size() < 3) return false;
    const unsigned char c1 = byte(1);
    const unsigned char c2 = byte(2);
    if (c == 0xE2) return c1 == 0x80 && c2 >= 0x93 && c2 <= 0x95;  // – — ―
    if (c == 0xEF) return c1 == 0xBC && c2 == 0x8D;                 // －
    if (c != 0xE7 || c1 != 0xAC || c2 != 0xAC) return false;        // 第
    if (line.size() < 4) return false;
    const unsigned char next = byte(3);
    return digit(next) || next == ' ' || next == '\t' || next == 0xE3 || next == 0xC2;
}

/// A run of input bytes that belongs to a paragraph's text.
struct Piece {
    std::uint64_t source = 0;  ///< offset in the input
    std::uint64_t offset = 0;  ///< offset in Paragraph::text
    std::uint64_t length = 0;
};

/// A paragraph's pieces. Nearly every paragraph is one piece (a line without a page break
/// or a removed space): that one is kept inline, and a paragraph costs no allocation for
/// its map (issue 6). The interface is the part of std::vector the stages use.
class PieceList {
public:
    void push_back(const Piece& p) {
        if (size_ == 0) {
            one_ = p;
        } else {
            if (size_ == 1) {
                more_.reserve(4);
                more_.push_back(one_);
            }
            more_.push_back(p);
        }
        ++size_;
    }
    const Piece* begin() const noexcept { return size_ <= 1 ? &one_ : more_.data(); }
    const Piece* end() const noexcept { return begin() + size_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    const Piece& operator[](std::size_t i) const noexcept { return begin()[i]; }
    const Piece& front() const noexcept { return *begin(); }
    const Piece& back() const noexcept { return begin()[size_ - 1]; }

private:
    Piece one_;
    std::vector<Piece> more_;  // all pieces once there are two or more
    std::size_t size_ = 0;
};

/// One paragraph: the trimmed text of one line, or of several lines when a page break
/// split a sentence. `text` is exactly the concatenation of the pieces' input bytes, so
/// every offset in it maps back to the input.
struct Paragraph {
    /// The paragraph's text: a view of the input when it is one piece (nearly always: no
    /// copy of the report is made, issue 6), else of `joined`.
    std::string_view text;
    /// The pieces put together, for a paragraph of several; shared, so that a copy of the
    /// paragraph views the same bytes and a move leaves `text` valid.
    std::shared_ptr<std::string> joined;
    PieceList pieces;
    bool indented = false;  ///< the first line started with white space
    /// The structure marker the text starts with (grammar::parse_marker), read once here
    /// for the stages that each need it (outline, quantities); `has_marker` says if any.
    bool has_marker = false;
    grammar::marker_match marker;

    std::uint64_t source_start() const { return pieces.front().source; }
    std::uint64_t source_end() const { return pieces.back().source + pieces.back().length; }
    /// Input offset of text offset `at` (0 ≤ at ≤ text.size()); an offset at the end of
    /// a piece maps to the end of that piece, not to the start of the next one.
    std::uint64_t to_source(std::size_t at) const {
        return pieces.size() == 1 ? one_piece_source(at) : to_source_searched(at);
    }
    /// Like to_source, but an offset at a piece boundary maps to the start of the next
    /// piece (use it for the start of a range).
    std::uint64_t to_source_start(std::size_t at) const {
        return pieces.size() == 1 ? one_piece_source(at) : to_source_start_searched(at);
    }

private:
    // A paragraph of one piece (nearly all) has no boundary to decide: both maps are the
    // piece's start plus `at`, clamped to its end as the searches clamp past the last piece.
    std::uint64_t one_piece_source(std::size_t at) const {
        const Piece& p = pieces.front();
        return p.source + (at < p.length ? at : p.length);
    }
    std::uint64_t to_source_searched(std::size_t at) const;
    std::uint64_t to_source_start_searched(std::size_t at) const;
};

/// Where a page break was repaired: the input range of the removed line break.
struct Join {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
};

/// Whether `text` has the marks of web-page chrome: a breadcrumb (当前位置: 首页 > 专题专栏),
/// a menu (简体| 繁体), labels and times (来源:… 发布时间:… 09:18), a disclosure catalogue's
/// labels ([ 索引号 ]… [ 发布机构 ]…). ASCII colons only: a report's own lines use the
/// full-width one.
bool has_chrome_marks(std::string_view text);

/// Splits `input` into paragraphs (non-empty lines, trimmed) and joins a paragraph with
/// the next one when a PDF page break cut it: the first does not end a sentence, is not a
/// heading or a title, and the second does not start with a structure marker.
/// The paragraphs' texts view `input` (a paragraph of several pieces views its own copy):
/// `input` must outlive them.
std::vector<Paragraph> split_paragraphs(std::string_view input, std::vector<Join>* joins);

}  // namespace govreport::segment

#endif
