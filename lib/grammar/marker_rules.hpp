// Declarations of the structure-marker rules (one rule per GB/T 9704 marker kind).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_MARKER_RULES_HPP
#define GOVREPORT_GRAMMAR_MARKER_RULES_HPP

#include "grammar/config.hpp"

namespace govreport::grammar {

// Each rule matches the marker only (no trailing white space); its attribute is the
// marker's number.
struct chinese_comma_marker_class;
struct chinese_paren_marker_class;
struct arabic_dot_marker_class;
struct arabic_paren_marker_class;
struct circled_marker_class;
struct enumeration_marker_class;
struct marker_space_class;

using chinese_comma_marker_type = x3::rule<chinese_comma_marker_class, int>;
using chinese_paren_marker_type = x3::rule<chinese_paren_marker_class, int>;
using arabic_dot_marker_type = x3::rule<arabic_dot_marker_class, int>;
using arabic_paren_marker_type = x3::rule<arabic_paren_marker_class, int>;
using circled_marker_type = x3::rule<circled_marker_class, int>;
using enumeration_marker_type = x3::rule<enumeration_marker_class, int>;
using marker_space_type = x3::rule<marker_space_class>;

BOOST_SPIRIT_DECLARE(chinese_comma_marker_type, chinese_paren_marker_type,
                     arabic_dot_marker_type, arabic_paren_marker_type, circled_marker_type,
                     enumeration_marker_type, marker_space_type)

const chinese_comma_marker_type& chinese_comma_marker();
const chinese_paren_marker_type& chinese_paren_marker();
const arabic_dot_marker_type& arabic_dot_marker();
const arabic_paren_marker_type& arabic_paren_marker();
const circled_marker_type& circled_marker();
const enumeration_marker_type& enumeration_marker();
/// White space between a marker and its text: ASCII blanks, U+3000, NBSP.
const marker_space_type& marker_space();

}  // namespace govreport::grammar

#endif
