// The generated gazetteer tables (defined in gazetteer_data.cpp by tools/gen_gazetteer.py --cpp).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_GAZETTEER_DATA_HPP
#define GOVREPORT_UTIL_GAZETTEER_DATA_HPP

#include <cstddef>
#include <cstdint>

#include "util/gazetteer.hpp"

namespace govreport::gazetteer::detail {

inline constexpr std::uint32_t kNoParent = 0xFFFFFFFFu;
inline constexpr std::uint8_t kLevelMask = 0x0F;
inline constexpr std::uint8_t kSupplementary = 0x10;

extern const std::size_t kDivisionCount;
extern const std::size_t kNameIndexSize;
extern const std::size_t kPoolSize;
extern const std::size_t kLevelCounts[4];  // by Level
extern const std::size_t kExtraCount;      // supplementary divisions

/// Each division's code digits immediately followed by its full name, in code order.
extern const char kPool[];
/// The divisions in code order (parents first, subtrees contiguous).
extern const Division kDivisions[];
/// row << 1 | (1: short name, 0: full name), sorted by the name's bytes, then by row.
extern const std::uint32_t kNameIndex[];

/// An NBS code that is not a division here (placeholder 市辖区 1101, repeated county 441900
/// 东莞市) and the row that stands for it (北京市, 东莞市).
struct CodeAlias {
    char code[8];
    std::uint32_t row;
};
extern const std::size_t kCodeAliasCount;
/// Sorted by code.
extern const CodeAlias kCodeAliases[];

/// The characters right before `suffix` at the end of full names: kNameEndChars[first] to
/// kNameEndChars[first + count - 1], in code point order.
struct NameEndRun {
    char suffix[10];  // one character, or 街道 or 自治区; NUL-terminated
    std::uint32_t first;
    std::uint32_t count;
};
extern const std::size_t kNameEndRunCount;
/// Sorted by suffix bytes.
extern const NameEndRun kNameEndRuns[];
extern const char16_t kNameEndChars[];

}  // namespace govreport::gazetteer::detail

#endif
