// Instantiation of the organ-name rules and the national-body table.
// SPDX-License-Identifier: MIT
#include "grammar/organ_def.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "grammar/key_index.hpp"
#include "util/char_set.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(national_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organ_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organ_sub_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_suffix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(meeting_word_type, iterator_type, context_type)

namespace {

// National bodies (DOMAIN.md §4.5), with the short forms reports use.
constexpr national_body kNational[] = {
    {"党中央", "中国共产党中央委员会", "party_committee"},  // one body with 中共中央
    {"中共中央", "中国共产党中央委员会", "party_committee"},
    {"中共中央办公厅", "中共中央办公厅", "party_organ"},
    {"中办", "中共中央办公厅", "party_organ"},
    {"国务院", "国务院", "government"},
    {"国务院办公厅", "国务院办公厅", "government_department"},
    {"国办", "国务院办公厅", "government_department"},
    // Offices of the State Council before 2018 (reports of 2016–2017 name them).
    {"国务院法制办", "国务院法制办公室", "government_department"},
    {"国务院法制办公室", "国务院法制办公室", "government_department"},
    {"国务院审改办", "国务院审改办", "government_department"},
    {"中央全面依法治国委员会", "中央全面依法治国委员会", "party_organ"},
    {"中央全面依法治国委员会办公室", "中央全面依法治国委员会办公室", "party_organ"},
    {"中央依法治国办", "中央全面依法治国委员会办公室", "party_organ"},
    {"中央依法治国委员会", "中央全面依法治国委员会", "party_organ"},
    {"全国人大常委会", "全国人民代表大会常务委员会", "peoples_congress"},
    {"全国人大", "全国人民代表大会", "peoples_congress"},
    {"全国政协", "中国人民政治协商会议全国委员会", "cppcc"},
    {"最高人民法院", "最高人民法院", "court"},
    {"最高法", "最高人民法院", "court"},
    {"最高人民检察院", "最高人民检察院", "procuratorate"},
    {"最高检", "最高人民检察院", "procuratorate"},
    {"中央纪委国家监委", "中央纪委国家监委", "supervisory_commission"},
    {"国家监委", "国家监察委员会", "supervisory_commission"},
    {"司法部", "司法部", "government_department"},
    {"公安部", "公安部", "government_department"},
    {"财政部", "财政部", "government_department"},
    {"国家发展改革委", "国家发展和改革委员会", "government_department"},
    // The Party centre's organisation department and the national law-popularisation office.
    // (中宣部 is left out: its first two characters begin too many words, 宣传 and the like,
    // for the body scan's filter of anchor starts.)
    {"中央组织部", "中共中央组织部", "party_organ"},
    {"中组部", "中共中央组织部", "party_organ"},
    {"全国普法办", "全国普法办公室", "government_department"},
    {"国家市场监督管理总局", "国家市场监督管理总局", "government_department"},
    {"市场监管总局", "国家市场监督管理总局", "government_department"},
    {"国家数据局", "国家数据局", "government_department"},
    // Ministries whose names start as a listed body's do (国…): the body scan already stops
    // there. Others (应急管理部, 教育部, 生态环境部…) start with characters that begin common
    // words (应急, 教育, 生态); stopping at all of them cost 3 % of the parse.
    {"国家卫生健康委", "国家卫生健康委员会", "government_department"},
    {"国家税务总局", "国家税务总局", "government_department"},
};

template <class Rule, class Attr>
bool match(const Rule& rule, std::string_view text, Attr& attr, std::size_t& bytes) {
    iterator_type first = text.data();
    if (!x3::parse(first, text.data() + text.size(), rule, attr)) return false;
    bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

const KeyIndex& national_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_national_keys(add); });
    return index;
}
const KeyIndex& organ_word_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_organ_word_keys(add); });
    return index;
}
const KeyIndex& unit_suffix_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_unit_suffix_keys(add); });
    return index;
}
const KeyIndex& meeting_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_meeting_keys(add); });
    return index;
}

}  // namespace

const national_body* national_bodies(std::size_t& count) noexcept {
    count = sizeof kNational / sizeof kNational[0];
    return kNational;
}

bool match_national(std::string_view t, int& index, std::size_t& bytes) {
    return match(national_rule, t, index, bytes);
}
bool match_organ_word(std::string_view t, int& word, std::size_t& bytes) {
    return match(organ_word_rule, t, word, bytes);
}
bool match_organ_sub(std::string_view t, int& sub, std::size_t& bytes) {
    return match(organ_sub_rule, t, sub, bytes);
}
bool match_unit_suffix(std::string_view t, int& kind, std::size_t& bytes) {
    // The body scan asks at every character of a name; most start no suffix: one bit test
    // against the suffixes' first characters (read off the symbol table) before the table.
    static const util::CharSet leads = [] {
        util::CharSet set;
        organ_detail::add_unit_suffix_keys([&set](const std::string& key, int) { set.add_first(key); });
        return set;
    }();
    if (t.empty()) return false;
    const char* p = t.data();
    if (!leads.contains(util::decode(p, t.data() + t.size()))) return false;
    return match(unit_suffix_rule, t, kind, bytes);
}
bool match_meeting_word(std::string_view t, std::size_t& bytes) {
    x3::unused_type unused;
    return match(meeting_word_rule, t, unused, bytes);
}

bool match_national(std::string_view t, char32_t first, int& index, std::size_t& bytes) noexcept {
    return national_keys().find(t, first, index, bytes);
}
bool match_organ_word(std::string_view t, char32_t first, int& word, std::size_t& bytes) noexcept {
    return organ_word_keys().find(t, first, word, bytes);
}
bool match_unit_suffix(std::string_view t, char32_t first, int& kind, std::size_t& bytes) noexcept {
    return unit_suffix_keys().find(t, first, kind, bytes);
}
bool match_meeting_word(std::string_view t, char32_t first, std::size_t& bytes) noexcept {
    int unused = 0;
    return meeting_keys().find(t, first, unused, bytes);
}
std::u32string unit_suffix_leads() { return unit_suffix_keys().leads(); }
std::u32string organ_word_leads() { return organ_word_keys().leads(); }

}  // namespace govreport::grammar
