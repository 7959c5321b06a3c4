// Canonical names of organs: 市 + 委 in 启东市's report is 中共启东市委员会.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_ORGAN_NAMES_HPP
#define GOVREPORT_EXTRACT_ORGAN_NAMES_HPP

#include <optional>
#include <string>
#include <string_view>

#include "grammar/organ.hpp"
#include "util/gazetteer.hpp"

namespace govreport::extract {

/// An organ as read from the text: where it is (a division, or none when the level word
/// could not be resolved), what it is, and the words after the place. The words are views
/// of the text, which must outlive the parts: the body scan makes parts at thousands of
/// candidates and names an organ from them once.
struct OrganParts {
    const gazetteer::Division* place = nullptr;
    std::optional<grammar::organ_word> word;    ///< 委, 政府, 人大常委会 …
    std::optional<grammar::organ_sub> sub;      ///< 依法治市办, 办公室 … after 委 or 政府
    std::string_view sub_text;                  ///< the sub as written ("依法治省办")
    std::optional<grammar::unit_kind> unit;     ///< a department or unit (数据局, 调处中心)
    std::string_view unit_text;                 ///< its name after the place ("数据局")
    /// The bare level word written for the place (省, 镇, 街道), which gives the level when
    /// the place itself is unknown; empty otherwise.
    std::string_view level_word;
};

/// The kind and level are constants (views of string literals and of
/// gazetteer::level_name()): the body scan copies them only into a new Body.
struct OrganName {
    std::string name;        ///< 中共启东市委员会
    std::string_view kind;   ///< party_committee, government, …
    std::string_view level;  ///< national, province, prefecture, county, township, or ""
    std::string code;        ///< the place's division code, or ""
};

/// The canonical name, kind and level of an organ; nullopt when the words name no organ.
/// Without a place only the kind is filled (name, level and code stay empty).
std::optional<OrganName> canonical_organ(const OrganParts& parts);

/// The code a body at `place` carries: GB/T 2260's six digits (江苏省 320000, 南通市
/// 320600), a township's nine-digit NBS code; empty for no place.
std::string division_code_of(const gazetteer::Division* place);

/// canonical_organ() when the place is known, else nullopt.
std::optional<OrganName> resolved_organ(const OrganParts& parts);

/// The division a bare level word means in a report by `issuer`: 市 → the issuer if its
/// name ends with 市, else its nearest ancestor that does; 省 → the province; 县/区/镇/乡 →
/// the issuer when it is one; 县/区/旗 in a township's report → its county when it is one.
/// nullptr when the word names no single division.
const gazetteer::Division* division_of_level(std::string_view level,
                                             const gazetteer::Division* issuer);

/// The issuer's division from its name ("启东市人民政府" → 启东市): the longest leading part
/// of the name that is a known division.
const gazetteer::Division* division_of_issuer(std::string_view issuer);

}  // namespace govreport::extract

#endif
