// Section and Measure: the report's outline (headings) and its numbered / enumerated items.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SECTION_HPP
#define GOVREPORT_SECTION_HPP

#include <cstddef>
#include <string>
#include <vector>

#include <govreport/govreport_export.h>

#include "span.hpp"

namespace govreport {

/// The kind of structure marker a heading or item starts with (GB/T 9704 and practice).
enum class MarkerKind {
    none = 0,
    chinese_comma = 1,  ///< 一、 (also 一. 一． 一，)
    chinese_paren = 2,  ///< （一） or (一)
    arabic_dot = 3,     ///< 1. 1． 1、
    arabic_paren = 4,   ///< （1） or (1)
    circled = 5,        ///< ① … ⑳
    enumeration = 6,    ///< 一是 … 十是 (at paragraph start or inline)
};

/// The statutory part a level-1 section stands for, from its heading words.
enum class Role {
    none = 0,  ///< not a level-1 section
    achievements = 1,
    shortcomings = 2,
    leadership_duty = 3,
    plans = 4,
    other = 5,
};

/// A heading of the outline. Sections are stored flat in document order in
/// Report::sections; `parent` and `children` are indices into that vector.
struct Section {
    std::string id;        ///< "s1", "s1.2": 1-based positions in the tree
    int level = 1;         ///< depth in the tree, 1 = top
    std::string marker;    ///< the marker as written: "一、", "(一)"
    MarkerKind marker_kind = MarkerKind::none;
    int ordinal = 0;       ///< the marker's number: 一 → 1, （十二） → 12
    std::string title;     ///< heading text, whitespace and half-width punctuation normalised
    Role role = Role::none;  ///< level 1 only
    Span span;             ///< marker and title exactly as they stand in the text
    Span title_span;       ///< the title alone
    Span extent;           ///< the whole section: heading, body and sub-sections
    std::size_t parent = npos;
    std::vector<std::size_t> children;  ///< sub-sections
    std::vector<std::size_t> measures;  ///< measures directly in this section
};

enum class MeasureStatus { done = 0, planned = 1, other = 2 };

/// A numbered item or 一是-enumeration item: one thing the government did or will do.
struct Measure {
    std::string id;        ///< "m1", "m2", … in document order
    std::size_t section = npos;  ///< innermost enclosing section (index), npos if none
    std::string marker;    ///< "1.", "3.", "（1）", "一是" as written
    MarkerKind marker_kind = MarkerKind::none;
    int ordinal = 0;
    std::string title;     ///< the run-in lead clause ("提升依法行政能力和水平"), may be empty
    std::string body;      ///< the rest of the item, page breaks repaired
    MeasureStatus status = MeasureStatus::other;
    bool is_inline = false;  ///< an enumeration item inside a paragraph (not at its start)
    Span span;             ///< marker and title (marker alone when there is no title)
    Span title_span;
    Span extent;           ///< the whole item, body included
    std::vector<std::size_t> indicators;  ///< indices into Report::indicators
    std::vector<std::size_t> bodies;      ///< indices into Report::bodies, actors first
};

GOVREPORT_EXPORT const char* to_string(Role r) noexcept;           ///< "achievements", …; "" for none
GOVREPORT_EXPORT const char* to_string(MeasureStatus s) noexcept;  ///< "done", "planned", "other"
GOVREPORT_EXPORT const char* to_string(MarkerKind k) noexcept;     ///< "chinese_comma", …

}  // namespace govreport

#endif
