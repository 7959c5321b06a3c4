// Role keywords of the four statutory parts (督察工作规定 art. 25 and DOMAIN.md §1.3).
// SPDX-License-Identifier: MIT
#include "segment/roles.hpp"

#include <initializer_list>

namespace govreport::segment {

namespace {

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (text.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace

Role classify_role(std::string_view t) {
    // Order matters: a leadership heading may also say 情况, a shortcomings heading may
    // also say 下一步 ("存在的问题和下一步打算" is about shortcomings first).
    if (contains_any(t, {"党政主要负责人", "第一责任人", "主要负责同志", "主要负责人履行"}))
        return Role::leadership_duty;
    if (contains_any(t, {"存在的不足", "存在的问题", "存在问题", "不足", "短板", "问题与",
                         "问题和", "差距"}))
        return Role::shortcomings;
    if (contains_any(t, {"工作安排", "打算", "思路", "工作计划", "主要安排", "下一步", "下一年度",
                         "明年", "工作重点", "重点工作", "计划", "总体要求", "主要任务",
                         "目标任务"}))
        return Role::plans;
    if (contains_any(t, {"做法", "成效", "举措", "成绩", "工作情况", "基本情况", "主要工作",
                         "工作回顾", "进展"}))
        return Role::achievements;
    return Role::other;
}

}  // namespace govreport::segment
