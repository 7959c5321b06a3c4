// Instantiation of the marker rules and the paragraph-start marker recogniser.
// SPDX-License-Identifier: MIT
#include "grammar/marker.hpp"

#include <cstring>

#include "grammar/marker_def.hpp"
#include "grammar/numeral.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(chinese_comma_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(chinese_paren_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arabic_dot_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arabic_paren_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(circled_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(enumeration_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(marker_space_type, iterator_type, context_type)

const chinese_comma_marker_type& chinese_comma_marker() { return chinese_comma_marker_rule; }
const chinese_paren_marker_type& chinese_paren_marker() { return chinese_paren_marker_rule; }
const arabic_dot_marker_type& arabic_dot_marker() { return arabic_dot_marker_rule; }
const arabic_paren_marker_type& arabic_paren_marker() { return arabic_paren_marker_rule; }
const circled_marker_type& circled_marker() { return circled_marker_rule; }
const enumeration_marker_type& enumeration_marker() { return enumeration_marker_rule; }
const marker_space_type& marker_space() { return marker_space_rule; }

namespace {

// Runs `rule` at the start of `text`; on success fills `out` (marker and the space after).
template <class Rule>
bool try_marker(const Rule& rule, MarkerKind kind, std::string_view text, marker_match& out) {
    iterator_type first = text.data();
    const iterator_type last = text.data() + text.size();
    int value = 0;
    if (!x3::parse(first, last, rule, value)) return false;
    const iterator_type marker_end = first;
    x3::parse(first, last, marker_space_rule);
    out.kind = kind;
    out.ordinal = value;
    out.marker_bytes = static_cast<std::size_t>(marker_end - text.data());
    out.total_bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

// A prefix of constant length: compared inline, byte by byte. The string_view comparison
// was an out-of-line call that cost as much as the rest of parse_marker (issue 6).
template <std::size_t N>
bool starts_with(std::string_view text, const char (&prefix)[N]) {
    return text.size() >= N - 1 && std::memcmp(text.data(), prefix, N - 1) == 0;
}

}  // namespace

bool parse_marker(std::string_view text, marker_match& out) {
    if (text.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(text[0]);
    // Dispatch on the first byte so that each paragraph costs one rule attempt or two.
    if (c == '(' || starts_with(text, "（")) {
        return try_marker(chinese_paren_marker_rule, MarkerKind::chinese_paren, text, out) ||
               try_marker(arabic_paren_marker_rule, MarkerKind::arabic_paren, text, out);
    }
    if (c >= '0' && c <= '9') {
        return try_marker(arabic_dot_marker_rule, MarkerKind::arabic_dot, text, out);
    }
    if (starts_with(text, "\xE2\x91") || starts_with(text, "\xE2\x92")) {
        return try_marker(circled_marker_rule, MarkerKind::circled, text, out);
    }
    if (c >= 0xE0) {
        // 一、 and 一是 start with a numeral character; most paragraphs start otherwise.
        const char* p = text.data();
        if (!is_chinese_numeral_char(util::decode(p, text.data() + text.size()))) return false;
        return try_marker(chinese_comma_marker_rule, MarkerKind::chinese_comma, text, out) ||
               try_marker(enumeration_marker_rule, MarkerKind::enumeration, text, out);
    }
    return false;
}

bool parse_enumeration(std::string_view text, marker_match& out) {
    // An item is numeral characters and 是. The outline asks after every sentence end, and
    // most sentences start otherwise: the grammar runs only when the numeral characters at
    // the start are followed by 是 (a run the grammar reads as its numeral is part of it).
    const char* p = text.data();
    const char* const end = p + text.size();
    const char* q = p;
    while (q < end) {
        const char* r = q;
        if (!is_chinese_numeral_char(util::decode(r, end))) break;
        q = r;
    }
    if (q == p || !starts_with(std::string_view(q, static_cast<std::size_t>(end - q)), "是"))
        return false;
    return try_marker(enumeration_marker_rule, MarkerKind::enumeration, text, out);
}

bool parse_chinese_ordinal(std::string_view text, int& value, std::size_t& consumed) {
    iterator_type first = text.data();
    const iterator_type last = text.data() + text.size();
    int v = 0;
    if (!x3::parse(first, last, chinese_ordinal(), v) || v < 1) return false;
    value = v;
    consumed = static_cast<std::size_t>(first - text.data());
    return true;
}

}  // namespace govreport::grammar
