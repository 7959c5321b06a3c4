// Role keywords of the four statutory parts (督察工作规定 art. 25 and DOMAIN.md §1.3).
// SPDX-License-Identifier: MIT
#include "segment/roles.hpp"

#include <array>
#include <cstddef>

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
        {Role::leadership_duty, {"党政主要负责人", "第一责任人", "主要负责同志", "主要负责人履行"}},
        {Role::shortcomings,
         {"存在的不足", "存在的问题", "存在问题", "不足", "短板", "问题与", "问题和", "差距"}},
        {Role::plans,
         {"工作安排", "打算", "思路", "工作计划", "主要安排", "下一步", "下一年度", "明年",
          "工作重点", "重点工作", "计划", "总体要求", "主要任务", "目标任务"}},
        {Role::achievements,
         {"做法", "成效", "举措", "成绩", "工作情况", "基本情况", "主要工作", "工作回顾", "进展"}},
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

}  // namespace

Role classify_role(std::string_view t) {
    // One pass over the title marks the groups with a word in it (a search per word read
    // the title thirty-five times); the first group in order wins.
    const auto& groups = role_words();
    const util::CharSet& leads = role_word_leads();
    bool found[4] = {};
    for (std::size_t at = 0; (at = leads.find(t, at)) < t.size();) {
        const std::string_view rest = t.substr(at);
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (!found[g] && groups[g].words.starts_any(rest)) found[g] = true;
        at = util::next_char(t, at);
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (found[g]) return groups[g].role;
    return Role::other;
}

}  // namespace govreport::segment
