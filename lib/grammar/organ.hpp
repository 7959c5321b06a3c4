// Declarations of the organ-name rules: national bodies, level words, organ words, suffixes.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_ORGAN_HPP
#define GOVREPORT_GRAMMAR_ORGAN_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/config.hpp"

namespace govreport::grammar {

/// What an organ word after a place or level word makes of it (市 + 委 → party committee).
enum class organ_word {
    party_committee,   // 委 党委
    government,        // 政府 人民政府
    congress_standing, // 人大常委会
    congress,          // 人大
    cppcc,             // 政协
    court,             // 法院 人民法院
    intermediate_court,// 中级人民法院 中院
    procuratorate,     // 检察院 人民检察院
    supervisory,       // 监委 监察委员会
    discipline,        // 纪委 纪委监委
};

/// What follows 委 or 政府 inside one organ's name (市委 + 依法治市办).
enum class organ_sub {
    rule_of_law_office,     // 依法治市办 全面依法治市委员会办公室
    rule_of_law_committee,  // 依法治市委 全面依法治市委员会
    office,                 // 办公室 办
    department,             // 组织部 宣传部 统战部 政法委 编办 党校
    study_group,            // 理论学习中心组 理论中心组
    standing_committee,     // 常委会
};

/// A department or unit ending: 局 委员会 中心 大队 热线 工作室 …; the kind it gives.
enum class unit_kind { department, office, institution, enforcement, platform, studio, other };

struct national_class;
struct organ_word_class;
struct organ_sub_class;
struct unit_suffix_class;
struct meeting_word_class;
using national_type = x3::rule<national_class, int>;       // index into national_bodies()
using organ_word_type = x3::rule<organ_word_class, int>;   // an organ_word
using organ_sub_type = x3::rule<organ_sub_class, int>;     // an organ_sub
using unit_suffix_type = x3::rule<unit_suffix_class, int>; // a unit_kind
using meeting_word_type = x3::rule<meeting_word_class>;
BOOST_SPIRIT_DECLARE(national_type, organ_word_type, organ_sub_type, unit_suffix_type,
                     meeting_word_type)

struct national_body {
    std::string_view surface;  ///< as written: 国办
    std::string_view name;     ///< canonical: 国务院办公厅
    std::string_view kind;     ///< JSON kind
};
const national_body* national_bodies(std::size_t& count) noexcept;

/// Matches `rule` at the start of `text`; stores its attribute and the bytes used.
bool match_national(std::string_view text, int& index, std::size_t& bytes);
bool match_organ_word(std::string_view text, int& word, std::size_t& bytes);
bool match_organ_sub(std::string_view text, int& sub, std::size_t& bytes);
bool match_unit_suffix(std::string_view text, int& kind, std::size_t& bytes);
bool match_meeting_word(std::string_view text, std::size_t& bytes);

/// The same matches for a caller that has decoded the first code point of `text` (`first`,
/// 0 when `text` is empty). The body scan asks at thousands of positions; these look among
/// the few keys of that character (built from the rules' key lists, so the answers are the
/// rules', longest key first) instead of walking the search tree byte by byte, and most
/// positions end at an empty bucket. (A sub is asked only after 委 or 政府: the rule is
/// cheaper there than building an index of its sixty keys.)
bool match_national(std::string_view text, char32_t first, int& index, std::size_t& bytes) noexcept;
bool match_organ_word(std::string_view text, char32_t first, int& word, std::size_t& bytes) noexcept;
bool match_unit_suffix(std::string_view text, char32_t first, int& kind, std::size_t& bytes) noexcept;
bool match_meeting_word(std::string_view text, char32_t first, std::size_t& bytes) noexcept;

/// The first characters of the unit suffixes (局, 中, 大 …), for the body scan's
/// per-character tests.
std::u32string unit_suffix_leads();
/// The first characters of the organ words (委, 政, 人 …).
std::u32string organ_word_leads();

}  // namespace govreport::grammar

#endif
