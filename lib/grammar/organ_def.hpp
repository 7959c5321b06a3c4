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

// The keys of each table with their values, in the order they are added. The symbol tables
// below and the indexed look-ups of organ.cpp (match_organ_word(text, first, …) and the
// others) are both built from these lists, so they cannot disagree.

template <class Add>
void add_national_keys(Add add) {
    std::size_t n = 0;
    const national_body* t = national_bodies(n);
    for (std::size_t i = 0; i < n; ++i) add(std::string(t[i].surface), static_cast<int>(i));
}

template <class Add>
void add_organ_word_keys(Add add) {
    using w = organ_word;
    const auto i = [](w x) { return static_cast<int>(x); };
    add("委", i(w::party_committee));
    add("党委", i(w::party_committee));
    add("政府", i(w::government));
    add("人民政府", i(w::government));
    add("人大常委会", i(w::congress_standing));
    add("人民代表大会常务委员会", i(w::congress_standing));  // the full form, in recipients
    add("人大", i(w::congress));
    add("人民代表大会", i(w::congress));
    add("政协", i(w::cppcc));
    add("法院", i(w::court));
    add("人民法院", i(w::court));
    add("中级人民法院", i(w::intermediate_court));
    add("中院", i(w::intermediate_court));
    add("检察院", i(w::procuratorate));
    add("人民检察院", i(w::procuratorate));
    add("监委", i(w::supervisory));
    add("监察委员会", i(w::supervisory));
    add("纪委", i(w::discipline));
    add("纪委监委", i(w::discipline));
}

template <class Add>
void add_organ_sub_keys(Add add) {
    using s = organ_sub;
    const auto i = [](s x) { return static_cast<int>(x); };
    for (const char* x : {"省", "市", "县", "区", "州", "旗", "镇", "乡"}) {
        const std::string lvl = x;
        add("依法治" + lvl + "办", i(s::rule_of_law_office));
        add("依法治" + lvl + "委员会办公室", i(s::rule_of_law_office));
        add("全面依法治" + lvl + "委员会办公室", i(s::rule_of_law_office));
        add("全面依法治" + lvl + "办", i(s::rule_of_law_office));
        add("依法治" + lvl + "委", i(s::rule_of_law_committee));
        add("依法治" + lvl + "委员会", i(s::rule_of_law_committee));
        add("全面依法治" + lvl + "委员会", i(s::rule_of_law_committee));
        add("全面依法治" + lvl + "委", i(s::rule_of_law_committee));
    }
    add("办公室", i(s::office));
    add("办公厅", i(s::office));
    // The government's legal affairs office until 2018 (省政府法制办): an office of its own,
    // not the government.
    add("法制办", i(s::office));
    add("法制办公室", i(s::office));
    add("办", i(s::office));
    add("组织部", i(s::department));
    add("宣传部", i(s::department));
    add("统战部", i(s::department));
    add("政法委", i(s::department));
    add("编办", i(s::department));
    add("党校", i(s::department));
    add("巡察办", i(s::department));
    // Working committees of a Party committee (县委教育工委, 市直属机关工委): organs of
    // their own, not the committee.
    add("教育工委", i(s::department));
    add("教育工作委员会", i(s::department));
    add("机关工委", i(s::department));
    add("直属机关工委", i(s::department));
    add("直属机关工作委员会", i(s::department));
    add("理论学习中心组", i(s::study_group));
    add("理论中心组", i(s::study_group));
    add("常委会", i(s::standing_committee));
}

template <class Add>
void add_unit_suffix_keys(Add add) {
    using k = unit_kind;
    const auto i = [](k x) { return static_cast<int>(x); };
    add("局", i(k::department));
    add("厅", i(k::department));
    add("委员会", i(k::department));
    add("委", i(k::department));
    add("办公室", i(k::office));
    add("办", i(k::office));
    add("中心", i(k::institution));
    add("服务中心", i(k::institution));
    add("中心组", i(k::other));  // 街道理论学习中心组: a study group, not a centre
    add("馆", i(k::institution));
    add("所", i(k::institution));
    add("站", i(k::institution));
    add("院", i(k::institution));
    add("法院", i(k::other));
    add("大队", i(k::enforcement));
    add("支队", i(k::enforcement));
    add("中队", i(k::enforcement));
    add("执法队", i(k::enforcement));
    add("服务队", i(k::other));
    add("热线", i(k::platform));
    add("平台", i(k::platform));
    add("工作室", i(k::studio));
    add("调解室", i(k::studio));
    add("分局", i(k::department));  // 公安局增城区分局: 分 before 局 is no word here
    add("管委会", i(k::department));
    add("管理委员会", i(k::department));
    add("部", i(k::department));
    add("处", i(k::department));
    add("科", i(k::department));
}

// After an organ, these make the whole a meeting (市政府常务会议), not a body.
template <class Add>
void add_meeting_keys(Add add) {
    for (const char* m : {"常务会议", "常务会", "常委会议", "会议", "学习会", "全体会议", "办公会", "全会"})
        add(std::string(m), 0);
}

struct national_symbols : x3::symbols<int> {
    national_symbols() {
        add_national_keys([this](const std::string& key, int v) { add(key, v); });
    }
};
inline const national_symbols national_words;

struct organ_word_symbols : x3::symbols<int> {
    organ_word_symbols() {
        add_organ_word_keys([this](const std::string& key, int v) { add(key, v); });
    }
};
inline const organ_word_symbols organ_words;

struct organ_sub_symbols : x3::symbols<int> {
    organ_sub_symbols() {
        add_organ_sub_keys([this](const std::string& key, int v) { add(key, v); });
    }
};
inline const organ_sub_symbols organ_subs;

struct unit_suffix_symbols : x3::symbols<int> {
    unit_suffix_symbols() {
        add_unit_suffix_keys([this](const std::string& key, int v) { add(key, v); });
    }
};
inline const unit_suffix_symbols unit_suffixes;

struct meeting_symbols : x3::symbols<> {
    meeting_symbols() {
        add_meeting_keys([this](const std::string& key, int) { add(key); });
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
