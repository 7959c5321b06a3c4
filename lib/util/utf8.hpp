// UTF-8 helpers: decoding one code point, validation and repair, character classes.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_UTF8_HPP
#define GOVREPORT_UTIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace govreport::util {

/// Length of the well-formed UTF-8 sequence at `p` (1–4), or 0 if the bytes there are not
/// a well-formed sequence (overlong forms, surrogates and values above U+10FFFF included).
std::size_t utf8_sequence_length(const char* p, const char* end) noexcept;

/// Decodes the code point at `p` and advances `p`. Invalid bytes decode as U+FFFD and
/// advance by one byte, so a loop over decode() always terminates.
char32_t decode(const char*& p, const char* end) noexcept;

/// Decodes the code point that ends right before `p` (for looking backwards); U+FFFD if
/// the bytes before `p` are not a valid sequence. `begin` bounds the search.
char32_t decode_before(const char* begin, const char* p, std::size_t* length = nullptr) noexcept;

/// Appends the UTF-8 encoding of `c` to `out`.
void append_utf8(std::string& out, char32_t c);

/// Offset of the first invalid byte of `s`, or npos when `s` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// Copy of `s` in which each invalid byte is replaced with U+FFFD.
std::string repair_utf8(std::string_view s);

/// Number of code points in a valid UTF-8 string (counts lead bytes).
std::size_t count_code_points(std::string_view s) noexcept;

/// White space inside a line: ASCII blanks, NBSP, U+3000 and the other Unicode spaces,
/// the BOM (U+FEFF) that editors leave at the start of files.
bool is_space(char32_t c) noexcept;

/// Han ideographs and the CJK punctuation and full-width forms that surround them.
bool is_cjk(char32_t c) noexcept;

/// 。！？；： and their half-width forms: punctuation that ends a clause or sentence.
bool is_sentence_end(char32_t c) noexcept;

}  // namespace govreport::util

#endif
