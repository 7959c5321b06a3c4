// Finding the report's title among the first paragraphs and reading issuer and year from it.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_TITLE_HPP
#define GOVREPORT_SEGMENT_TITLE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/paragraphs.hpp"

namespace govreport::segment {

struct TitleInfo {
    std::size_t paragraph = static_cast<std::size_t>(-1);  ///< index, or -1 if none
    /// The title's first paragraph: `paragraph`, or the organs' line above it when the
    /// title is a block of two lines (东安县应急管理局 / 2025年法治政府建设报告).
    std::size_t first_paragraph = static_cast<std::size_t>(-1);
    std::string title;                                      ///< normalised
    std::optional<std::string> issuer;
    std::optional<int> year;
};

/// Looks for the title among the paragraphs before the first structure marker: the first
/// short one that names a report (…报告), else the first short one without final
/// punctuation. Issuer: the organ named before the year or 关于 (启东市人民政府), or
/// "X人民政府" for "X政府工作报告". Year: the first YYYY年 in the title.
TitleInfo detect_title(const std::vector<Paragraph>& paragraphs);

/// The bytes of `text` outside its blanks and line breaks (what normalize_title() keeps of
/// them), counted up to the first character that takes the count past `limit`: whether a
/// paragraph may be short enough for a subtitle. Han characters are counted from their
/// bytes, without decoding them.
std::size_t solid_bytes(std::string_view text, std::size_t limit);

/// The same decoding every character: the reference the tests compare solid_bytes() with.
std::size_t solid_bytes_reference(std::string_view text, std::size_t limit);

}  // namespace govreport::segment

#endif
