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

/// The end of the blanks (util::is_space) at `at`, at most `to`. Inline, and the byte test
/// turns away what cannot be a blank undecoded: the outline asks after every sentence end,
/// where a Han character follows nearly always.
inline std::size_t skip_space(std::string_view text, std::size_t at, std::size_t to) {
    const char* b = text.data();
    while (util::may_start_with_space(b + at, b + to)) {
        const char* p = b + at;
        if (!util::is_space(util::decode(p, b + to))) break;
        at = static_cast<std::size_t>(p - b);
    }
    return at;
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

/// False when no enumeration marker (grammar::parse_enumeration) can start at `at`.
bool may_start_item(std::string_view text, std::size_t at);

}  // namespace govreport::segment::outline_text

#endif
