// Structure markers at the start of a paragraph: 一、 （一） 1. （1） ① 一是, and Chinese ordinals.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_MARKER_HPP
#define GOVREPORT_GRAMMAR_MARKER_HPP

#include <cstddef>
#include <string_view>

#include <govreport/section.hpp>

namespace govreport::grammar {

/// A marker recognised at the start of a text.
struct marker_match {
    MarkerKind kind = MarkerKind::none;
    int ordinal = 0;
    std::size_t marker_bytes = 0;  ///< the marker itself ("1." or "（一）")
    std::size_t total_bytes = 0;   ///< the marker plus the white space after it
};

/// Recognises a structure marker at the very start of `text` (no leading space allowed):
/// 一、 一. 一． 一，(chinese_comma) · （一） (一) (chinese_paren) · 1. 1． 1、 (arabic_dot,
/// not followed by a digit, so 2.8万 is no marker) · （1） (1) (arabic_paren) · ①–⑳
/// (circled) · 一是 (enumeration). Returns false and leaves `out` alone if there is none.
bool parse_marker(std::string_view text, marker_match& out);

/// Parses a Chinese numeral from 1 to 999 at the start of `text` (一 二 两 三 … 十 十一
/// 二十 九十九 一百零五 〇/零 inside). Stores the value and the bytes consumed.
/// Returns false if `text` does not start with one.
bool parse_chinese_ordinal(std::string_view text, int& value, std::size_t& consumed);

/// Recognises an enumeration marker (一是 … 二十是) at the start of `text`.
bool parse_enumeration(std::string_view text, marker_match& out);

}  // namespace govreport::grammar

#endif
