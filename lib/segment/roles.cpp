// Role keywords of the four statutory parts (督察工作规定 art. 25 and DOMAIN.md §1.3).
// SPDX-License-Identifier: MIT
#include "segment/roles.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "util/char_set.hpp"
#include "util/text.hpp"
#include "util/word_list.hpp"

namespace govreport::segment {

namespace {

struct RoleWords {
    Role role;
    util::WordList words;
};

// Order matters: a leadership heading may also say 情况, a shortcomings heading may also
// say 下一步 ("存在的问题和下一步打算" is about shortcomings first).
const std::array<RoleWords, 4>& role_words() {
    static const std::array<RoleWords, 4> groups{{
        // 第一责任 covers 第一责任人 and “第一责任”; 党政一把手 is the plain word for them.
        {Role::leadership_duty, {"党政主要负责人", "第一责任", "主要负责同志", "主要负责人履行", "一把手"}},
        {Role::shortcomings,
         {"存在的不足", "存在的问题", "存在问题", "不足", "短板", "问题与", "问题和", "差距"}},
        {Role::plans,
         {"工作安排", "打算", "思路", "工作计划", "主要安排", "下一步", "下一年度", "明年",
          "工作重点", "重点工作", "计划", "总体要求", "主要任务", "目标任务"}},
        {Role::achievements,
         {"做法", "成效", "举措", "成绩", "工作情况", "基本情况", "主要工作", "工作回顾", "进展",
          // 一、2024年法治政府建设情况, 一、2019年推进法治政府建设情况 (DOMAIN.md §1.3)
          "建设情况", "开展情况", "主要情况", "工作总结", "发展成就"}},
    }};
    return groups;
}

// The first characters of every word above: the other characters start none.
const util::CharSet& role_word_leads() {
    static const util::CharSet set = [] {
        util::CharSet s;
        for (const RoleWords& g : role_words())
            for (std::size_t i = 0; i < g.words.size(); ++i) s.add_first(g.words[i]);
        return s;
    }();
    return set;
}

// Every word of the four groups in one list, by first character: at a character that starts
// a word, one bucket holds the words of all groups that start with it (asking each group's
// list decoded the character and looked it up four times; classify_role cost 1,100
// instructions per heading).
struct RoleIndex {
    struct Entry {
        char32_t first;
        std::uint32_t group;
        std::string_view word;
    };
    // By bucket (the first character's low six bits), then group and list order: a bucket
    // holds the words of one first character or a few.
    std::vector<Entry> entries;
    struct Bucket {
        std::uint16_t begin = 0, end = 0;
    };
    std::array<Bucket, 64> buckets;
    util::CharSet leads;  // the first characters
};

// Whether `text` starts with `word`: the words are a few bytes long, shorter than a call.
bool starts_with_word(std::string_view text, std::string_view word) noexcept {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (text[i] != word[i]) return false;
    return true;
}

const RoleIndex& role_index() {
    static const RoleIndex index = [] {
        RoleIndex x;
        const auto& groups = role_words();
        for (std::uint32_t g = 0; g < groups.size(); ++g) {
            for (std::size_t i = 0; i < groups[g].words.size(); ++i) {
                const std::string_view w = groups[g].words[i];
                const char* p = w.data();
                x.entries.push_back({util::decode(p, w.data() + w.size()), g, w});
                x.leads.add_first(w);
            }
        }
        std::stable_sort(x.entries.begin(), x.entries.end(), [](const RoleIndex::Entry& a, const RoleIndex::Entry& b) {
            return (a.first & 63) < (b.first & 63);
        });
        for (std::size_t k = 0; k < x.entries.size(); ++k) {
            RoleIndex::Bucket& b = x.buckets[x.entries[k].first & 63];
            if (b.begin == b.end) b.begin = static_cast<std::uint16_t>(k);
            b.end = static_cast<std::uint16_t>(k + 1);
        }
        return x;
    }();
    return index;
}

// The role of a title from the groups it has words of (`found`) and where each group's
// first word starts: the first group in order, except that a title which names its
// achievements before its shortcomings (主要举措、成效和不足) is about the achievements.
Role role_of_groups(const bool (&found)[4], const std::size_t (&first_at)[4]) {
    constexpr std::size_t kShortcomings = 1, kAchievements = 3;  // role_words()' order
    const auto& groups = role_words();
    if (found[kShortcomings] && found[kAchievements] && !found[0] &&
        first_at[kAchievements] < first_at[kShortcomings])
        return Role::achievements;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (found[g]) return groups[g].role;
    return Role::other;
}

}  // namespace

Role classify_role(std::string_view t) {
    // One pass over the title marks the groups with a word in it; the first group in order
    // wins. A word matches only where the title's character is its first one.
    const RoleIndex& index = role_index();
    const util::CharSet& leads = index.leads;
    bool found[4] = {};
    std::size_t first_at[4] = {};  // where each group's first word starts
    const char* const end = t.data() + t.size();
    for (std::size_t at = 0; (at = leads.find(t, at)) < t.size();) {
        const char* p = t.data() + at;
        const char32_t c = util::decode(p, end);
        const std::string_view rest = t.substr(at);
        const RoleIndex::Bucket b = index.buckets[c & 63];
        for (std::size_t k = b.begin; k < b.end; ++k) {
            const RoleIndex::Entry& e = index.entries[k];
            if (e.first == c && starts_with_word(rest, e.word) && !found[e.group]) {
                found[e.group] = true;
                first_at[e.group] = at;
            }
        }
        at = static_cast<std::size_t>(p - t.data());
    }
    return role_of_groups(found, first_at);
}

bool mentions_shortcomings(std::string_view t) {
    const util::WordList& words = role_words()[1].words;  // Role::shortcomings
    for (std::size_t at = 0; at < t.size(); at = util::next_char(t, at))
        if (words.starts_any(t.substr(at))) return true;
    return false;
}

Role classify_role_reference(std::string_view t) {
    // One pass over the title marks the groups with a word in it (a search per word read
    // the title thirty-five times); the first group in order wins.
    const auto& groups = role_words();
    const util::CharSet& leads = role_word_leads();
    bool found[4] = {};
    std::size_t first_at[4] = {};
    for (std::size_t at = 0; (at = leads.find(t, at)) < t.size();) {
        const std::string_view rest = t.substr(at);
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (!found[g] && groups[g].words.starts_any(rest)) {
                found[g] = true;
                first_at[g] = at;
            }
        at = util::next_char(t, at);
    }
    return role_of_groups(found, first_at);
}

}  // namespace govreport::segment
