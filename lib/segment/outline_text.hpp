// Text steps of the outline builder (leads, blanks, item starts), declared for their tests.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_OUTLINE_TEXT_HPP
#define GOVREPORT_SEGMENT_OUTLINE_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "util/scan_index.hpp"
#include "util/utf8.hpp"

namespace govreport::segment::outline_text {

/// A run-in lead longer than this is a sentence, not a heading (DOMAIN.md §2.3 says about
/// 30 characters; real reports go up to about 50).
constexpr std::size_t kMaxLeadChars = 60;

/// The heading part of a marked paragraph: up to the first sentence end.
struct Lead {
    std::size_t title_begin = 0;
    std::size_t title_end = 0;   ///< == title_begin when the item has no title
    std::size_t body_begin = 0;  ///< == end when there is no body
    bool standalone = false;     ///< a heading line with no body text
};

/// The end of the blanks (util::is_space) at `at`, at most `to`: the loop.
inline std::size_t skip_space_loop(std::string_view text, std::size_t at, std::size_t to) {
    const char* b = text.data();
    while (util::may_start_with_space(b + at, b + to)) {
        const char* p = b + at;
        if (!util::is_space(util::decode(p, b + to))) break;
        at = static_cast<std::size_t>(p - b);
    }
    return at;
}

/// The end of the blanks (util::is_space) at `at`, at most `to`. The outline asks after
/// every sentence end, where a Han character follows nearly always: its lead byte (E4–E9)
/// starts no blank (those start C2, E1, E2, E3, EF or are ASCII), so that one test, inlined,
/// answers without the loop (which the compiler kept out of line: a call per sentence).
inline std::size_t skip_space(std::string_view text, std::size_t at, std::size_t to) {
    if (at < to && static_cast<unsigned char>(text[at]) - 0xE4u <= 0xE9u - 0xE4u) return at;
    return skip_space_loop(text, at, to);
}

/// `to` less the blanks before it, at least `from` (the same byte test, from the end).
inline std::size_t trim_end(std::string_view text, std::size_t from, std::size_t to) {
    const char* b = text.data();
    while (util::may_end_with_space(b + from, b + to)) {
        std::size_t n = 0;
        const char32_t c = util::decode_before(b + from, b + to, &n);
        if (!util::is_space(c) || n == 0) break;
        to -= n;
    }
    return to;
}

/// The lead of the item text [from, to) of `text` (valid UTF-8, as all paragraph text is):
/// its title up to the first sentence end within kMaxLeadChars characters, unless that
/// states a quantity, and the body after it. `ends` is a cursor over `text` for
/// enumeration_scan_chars().
Lead split_lead(std::string_view text, std::size_t from, std::size_t to,
                util::ScanIndex::Cursor& ends);

/// False when no enumeration marker (grammar::parse_enumeration) can start at `at`: its
/// number starts with 一 … 九, 两 or 十, whose first two bytes are E4 B8–BA or E5 85, 8D, 9B.
/// Most sentences start otherwise and are turned away before the character is decoded.
/// Inline: it is asked after every sentence end.
inline bool may_start_item(std::string_view text, std::size_t at) {
    if (at + 1 >= text.size()) return false;
    const auto b0 = static_cast<unsigned char>(text[at]);
    const auto b1 = static_cast<unsigned char>(text[at + 1]);
    if (b0 == 0xE4) return b1 >= 0xB8 && b1 <= 0xBA;
    return b0 == 0xE5 && (b1 == 0x85 || b1 == 0x8D || b1 == 0x9B);
}

}  // namespace govreport::segment::outline_text

#endif
