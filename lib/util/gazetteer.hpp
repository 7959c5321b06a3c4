// Gazetteer: China's administrative divisions (NBS 2023 codes plus older township names), looked up by code and name.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_GAZETTEER_HPP
#define GOVREPORT_UTIL_GAZETTEER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

// The table is compiled in (lib/util/gazetteer_data.cpp, generated from lib/gazetteer/divisions.tsv
// by tools/gen_gazetteer.py): ~45,000 divisions down to township level, constant-initialised, so
// the first lookup costs nothing more than the next one. All functions are thread-safe.
//
// Shape of the tree (see third_party/gazetteer/README.md):
//  - NBS placeholder prefectures (北京 市辖区 1101, 省直辖县级行政区划 4190, …) are not divisions:
//    东城区's parent is 北京市 and 济源市's is 河南省, so those have no prefecture ancestor.
//  - Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) have their townships as
//    children; the repeated county row (441900 东莞市) is not a division.
//  - 台湾省, 香港特别行政区 and 澳门特别行政区 are provinces without children.
//  - supplementary() divisions are not in NBS 2023 (townships merged or renamed before 2023, e.g.
//    启东's 近海镇, which reports still mention); their codes are older NBS codes or, where NBS
//    2023 reuses that code, one in the unused 8xx township range.
namespace govreport::gazetteer {

enum class Level : std::uint8_t { province, prefecture, county, township };

/// One division: a record of the static table (12 bytes of offsets into one string pool).
/// Only the functions below hand them out, as pointers that stay valid for the program's
/// lifetime; a Division cannot be copied.
class Division {
public:
    /// For the generated table only: pool offset of the code digits (the full name follows
    /// them), parent row (kNoParent for a province), name bytes, short name position and
    /// bytes inside the name, level | 0x10 when supplementary.
    constexpr Division(std::uint32_t text, std::uint32_t parent, std::uint8_t name_bytes,
                       std::uint8_t short_start, std::uint8_t short_bytes, std::uint8_t kind) noexcept
        : text_(text), parent_(parent), name_bytes_(name_bytes), short_start_(short_start),
          short_bytes_(short_bytes), kind_(kind) {}
    Division(const Division&) = delete;
    Division& operator=(const Division&) = delete;

    /// GB/T 2260 style code: 2, 4, 6 or 9 digits by level ("32", "3206", "320681", "320681110").
    std::string_view code() const noexcept;
    /// Full name: 启东市, 吕四港镇, 恩施土家族苗族自治州.
    std::string_view name() const noexcept;
    /// The name without its type suffix (启东, 吕四港, 恩施); "" when there is none or it would
    /// be a single character (赵县) or an ancestor's name (海淀镇 under 海淀区).
    std::string_view short_name() const noexcept;
    Level level() const noexcept;
    /// nullptr for a province.
    const Division* parent() const noexcept;
    /// True when the division is not in NBS 2023 (added from the xiangyuecn data set).
    bool supplementary() const noexcept;
    /// Position in code order, 0 ≤ index() < size().
    std::size_t index() const noexcept;

private:
    std::uint32_t text_;
    std::uint32_t parent_;
    std::uint8_t name_bytes_;
    std::uint8_t short_start_;
    std::uint8_t short_bytes_;
    std::uint8_t kind_;
};

/// Number of divisions, and the i-th in code order (a parent comes before its descendants,
/// which follow it contiguously).
std::size_t size() noexcept;
const Division& at(std::size_t i) noexcept;

/// The characters that come right before `suffix` at the end of a full name, in code point
/// order: for "市", 东 (启东市) among them, for "街道" the character before 街道, for "自治区" the
/// one before 自治区. `suffix` is a name's last character, or 街道 or 自治区; empty otherwise.
/// Generated with the table, so asking costs no pass over the names.
std::u16string_view name_ends(std::string_view suffix) noexcept;

/// "320681" → 启东市. NBS codes that are not divisions here lead to the division standing for
/// them: "1101" and "110100" (北京 市辖区) → 北京市, "441900" → 东莞市. Zero-padded forms step up
/// a level at a time: "320600" and "320600000000" → 南通市, "320000" → 江苏省. nullptr when unknown.
const Division* by_code(std::string_view code) noexcept;

/// Every division whose full or short name is exactly `name`, in code order ("启东" and "启东市"
/// both give 启东市; "城关镇" gives ~100). Empty when none.
std::vector<const Division*> by_name(std::string_view name);

/// The division `name` most likely means, read in the context of `context` (e.g. a report's
/// issuer), or nullptr. A single candidate is returned whatever the context. Otherwise, in
/// order: the context itself; its nearest ancestor of that name; a candidate inside the
/// context; then inside the context's parent (siblings and their subtrees), grandparent, …;
/// finally anywhere. At the first of those scopes that holds any candidate, the answer is
/// that candidate if it is alone there, or the one of the highest level if all the others
/// are at least two levels lower (a city outranks a same-named town: 南通市 over 南通镇,
/// but 中山市 does not outrank 中山区); otherwise nullptr (ambiguous).
const Division* resolve(std::string_view name, const Division* context = nullptr);
/// resolve() for the divisions by_name() gave for a name, for a caller that needs both
/// (whether the name is known at all, and what it means here): one look-up, not two.
const Division* resolve_candidates(const std::vector<const Division*>& candidates,
                                   const Division* context = nullptr);

/// The nearest of `d` and its ancestors at `level` (启东市, prefecture → 南通市), or nullptr
/// (东城区 has no prefecture: see above).
const Division* ancestor(const Division* d, Level level) noexcept;

/// True when `d` lies strictly below `ancestor` (false for d == ancestor or null arguments).
bool is_descendant(const Division* d, const Division* ancestor) noexcept;

/// Direct children in code order; the provinces for nullptr.
std::vector<const Division*> children(const Division* d);

/// "province", "prefecture", "county", "township".
std::string_view level_name(Level level) noexcept;

}  // namespace govreport::gazetteer

#endif
