// Definitions of the organ-name rules. Examples:
//   national: "党中央" "国务院办公厅" "国办" "中共中央办公厅" "中央依法治国办" "司法部"
//   organ_word (after 市/省/南通市…): "委" "政府" "人民政府" "人大常委会" "政协" "法院" "中院" "监委"
//   organ_sub (after 委 or 政府): "依法治市办" "全面依法治省委员会办公室" "办公室" "组织部" "理论中心组"
//   unit_suffix: "局" "委员会" "中心" "大队" "热线" "调解室" "工作室"     meeting: "常务会议" "学习会"
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_ORGAN_DEF_HPP
#define GOVREPORT_GRAMMAR_ORGAN_DEF_HPP

#include "grammar/organ.hpp"

namespace govreport::grammar {

namespace organ_detail {

struct national_symbols : x3::symbols<int> {
    national_symbols() {
        std::size_t n = 0;
        const national_body* t = national_bodies(n);
        for (std::size_t i = 0; i < n; ++i) add(std::string(t[i].surface), static_cast<int>(i));
    }
};
inline const national_symbols national_words;

struct organ_word_symbols : x3::symbols<int> {
    organ_word_symbols() {
        using w = organ_word;
        const auto i = [](w x) { return static_cast<int>(x); };
        add("委", i(w::party_committee))("党委", i(w::party_committee))(
            "政府", i(w::government))("人民政府", i(w::government))(
            "人大常委会", i(w::congress_standing))("人大", i(w::congress))(
            "政协", i(w::cppcc))("法院", i(w::court))("人民法院", i(w::court))(
            "中级人民法院", i(w::intermediate_court))("中院", i(w::intermediate_court))(
            "检察院", i(w::procuratorate))("人民检察院", i(w::procuratorate))(
            "监委", i(w::supervisory))("监察委员会", i(w::supervisory))(
            "纪委", i(w::discipline))("纪委监委", i(w::discipline));
    }
};
inline const organ_word_symbols organ_words;

struct organ_sub_symbols : x3::symbols<int> {
    organ_sub_symbols() {
        using s = organ_sub;
        const auto i = [](s x) { return static_cast<int>(x); };
        for (const char* x : {"省", "市", "县", "区", "州", "旗", "镇", "乡"}) {
            const std::string lvl = x;
            add("依法治" + lvl + "办", i(s::rule_of_law_office))(
                "全面依法治" + lvl + "委员会办公室", i(s::rule_of_law_office))(
                "全面依法治" + lvl + "办", i(s::rule_of_law_office))(
                "依法治" + lvl + "委", i(s::rule_of_law_committee))(
                "全面依法治" + lvl + "委员会", i(s::rule_of_law_committee))(
                "全面依法治" + lvl + "委", i(s::rule_of_law_committee));
        }
        add("办公室", i(s::office))("办公厅", i(s::office))("办", i(s::office))("组织部", i(s::department))(
            "宣传部", i(s::department))("统战部", i(s::department))(
            "政法委", i(s::department))("编办", i(s::department))("党校", i(s::department))(
            "巡察办", i(s::department))("理论学习中心组", i(s::study_group))(
            "理论中心组", i(s::study_group))("常委会", i(s::standing_committee));
    }
};
inline const organ_sub_symbols organ_subs;

struct unit_suffix_symbols : x3::symbols<int> {
    unit_suffix_symbols() {
        using k = unit_kind;
        const auto i = [](k x) { return static_cast<int>(x); };
        add("局", i(k::department))("厅", i(k::department))("委员会", i(k::department))(
            "委", i(k::department))("办公室", i(k::office))("办", i(k::office))(
            "中心", i(k::institution))("服务中心", i(k::institution))("馆", i(k::institution))(
            "所", i(k::institution))("站", i(k::institution))("院", i(k::institution))(
            "法院", i(k::other))("大队", i(k::enforcement))("支队", i(k::enforcement))(
            "中队", i(k::enforcement))("执法队", i(k::enforcement))("服务队", i(k::other))(
            "热线", i(k::platform))("平台", i(k::platform))("工作室", i(k::studio))(
            "调解室", i(k::studio))("管委会", i(k::department))("管理委员会", i(k::department))(
            "部", i(k::department))("处", i(k::department))("科", i(k::department));
    }
};
inline const unit_suffix_symbols unit_suffixes;

// After an organ, these make the whole a meeting (市政府常务会议), not a body.
struct meeting_symbols : x3::symbols<> {
    meeting_symbols() {
        add("常务会议")("常务会")("常委会议")("会议")("学习会")("全体会议")("办公会")("全会");
    }
};
inline const meeting_symbols meeting_words;

}  // namespace organ_detail

national_type const national_rule = "national_body";
organ_word_type const organ_word_rule = "organ_word";
organ_sub_type const organ_sub_rule = "organ_sub";
unit_suffix_type const unit_suffix_rule = "unit_suffix";
meeting_word_type const meeting_word_rule = "meeting_word";

const auto national_rule_def = organ_detail::national_words;
const auto organ_word_rule_def = organ_detail::organ_words;
const auto organ_sub_rule_def = organ_detail::organ_subs;
const auto unit_suffix_rule_def = organ_detail::unit_suffixes;
const auto meeting_word_rule_def = organ_detail::meeting_words;

BOOST_SPIRIT_DEFINE(national_rule, organ_word_rule, organ_sub_rule, unit_suffix_rule,
                    meeting_word_rule)

}  // namespace govreport::grammar

#endif
