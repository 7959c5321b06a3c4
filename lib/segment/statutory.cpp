// Roles of the level-1 parts, measure statuses, and the statutory-completeness check.
// SPDX-License-Identifier: MIT
#include <string_view>

#include <fmt/format.h>

#include "segment/outline.hpp"
#include "segment/roles.hpp"

namespace govreport::segment {

bool is_work_report(const Report& report) {
    // (向大会报告 stands in the opening address: only the text's first lines are read.)
    constexpr std::size_t kOpeningBytes = 2048;
    return report.title.find("政府工作报告") != std::string::npos ||
           (report.title.empty() &&
            std::string_view(report.text).substr(0, kOpeningBytes).find("向大会报告") !=
                std::string_view::npos);
}

namespace {

struct Required {
    Role role;
    const char* words;
};
// The four parts the 督察工作规定 requires of every report (the fifth, 其他需要报告的情况,
// is optional).
constexpr Required kRequired[] = {
    {Role::achievements, "the main measures and results of the year (主要举措和成效)"},
    {Role::shortcomings, "the shortcomings (存在的不足)"},
    {Role::leadership_duty,
     "how the principal leaders performed their duty as first responsible person "
     "(党政主要负责人履行第一责任人职责)"},
    {Role::plans, "the plans for the next year (下一年度工作安排)"},
};

// Whether `text` tells how leaders performed their duty as first responsible persons:
// 履行 shortly before a 第一责任人 (省长毛伟明带头履行推进法治建设第一责任人职责), and no
// failing after it (个别单位第一责任人职责履行不到位 is a shortcoming).
bool tells_leaders_duty(std::string_view text) {
    constexpr std::string_view kDuty = "第一责任人";
    constexpr std::size_t kNear = 12 * 3;
    for (std::size_t at = text.find(kDuty); at != std::string_view::npos;
         at = text.find(kDuty, at + kDuty.size())) {
        const std::size_t from = at > kNear ? at - kNear : 0;
        const std::string_view before = text.substr(from, at - from);
        const std::string_view after = text.substr(at + kDuty.size(), kNear);
        if (before.find("履行") != std::string_view::npos &&
            after.find("不到位") == std::string_view::npos &&
            after.find("不够") == std::string_view::npos &&
            after.find("不力") == std::string_view::npos)
            return true;
    }
    return false;
}

MeasureStatus status_for(Role role) {
    switch (role) {
        // What the principal leaders did in the year is done as much as the achievements.
        case Role::leadership_duty:
        case Role::achievements: return MeasureStatus::done;
        case Role::plans: return MeasureStatus::planned;
        default: return MeasureStatus::other;
    }
}

}  // namespace

void assign_roles(Report& report) {
    bool present[8] = {};
    bool embedded[8] = {};
    for (Section& s : report.sections) {
        const Role role = classify_role(s.title);
        if (s.parent == npos) {
            s.role = role;
            present[static_cast<int>(role)] = true;
            // 一、主要举措、成效和不足: the shortcomings are told in the achievements part.
            if (role == Role::achievements && mentions_shortcomings(s.title))
                embedded[static_cast<int>(Role::shortcomings)] = true;
        } else if (role != Role::other) {
            embedded[static_cast<int>(role)] = true;
        }
    }
    // 2.切实履行法治政府建设第一责任人职责。: the leaders' part embedded as a measure. Only
    // asked when no section holds it, and only of titles that say 责 (负责, 责任, 职责) or
    // 一把手.
    const int leaders = static_cast<int>(Role::leadership_duty);
    if (!present[leaders] && !embedded[leaders])
        for (const Measure& m : report.measures) {
            const std::string_view title = m.title;
            if (title.find("责") == std::string_view::npos &&
                title.find("一把手") == std::string_view::npos)
                continue;
            if (classify_role(title) == Role::leadership_duty) {
                embedded[leaders] = true;
                break;
            }
        }
    // A 法治政府建设 report whose body tells how its leaders performed their duty as first
    // responsible persons (省长毛伟明带头履行推进法治建设第一责任人职责) covers the part inside
    // another; the search over the text is made only when nothing else held it.
    const bool rule_of_law = report.title.empty() || report.title.find("法治") != std::string::npos;
    if (rule_of_law && !present[leaders] && !embedded[leaders])
        embedded[leaders] = tells_leaders_duty(report.text);
    // Thematic level-1 parts (一、坚持以习近平法治思想为引领，…; DOMAIN.md §1.3) name no part:
    // in a 法治政府建设 report (or one without a title) without an achievements part, those
    // before the shortcomings and plans are the year's achievements. 其他需要报告的情况
    // stays other. (A government work report's themes are often the coming year's tasks,
    // under a heading the outline does not number.)
    if (rule_of_law && !present[static_cast<int>(Role::achievements)]) {
        for (Section& s : report.sections) {
            if (s.parent != npos) continue;
            if (s.role == Role::shortcomings || s.role == Role::plans) break;
            if (s.role == Role::other && s.title.find("其他") == std::string::npos) {
                s.role = Role::achievements;
                present[static_cast<int>(Role::achievements)] = true;
            }
        }
    }
    for (Measure& m : report.measures) {
        std::size_t s = m.section;
        while (s != npos && report.sections[s].parent != npos) s = report.sections[s].parent;
        m.status = s == npos ? MeasureStatus::other : status_for(report.sections[s].role);
    }
    // An empty input has no parts to miss: empty_input says it all.
    for (const Diagnostic& d : report.diagnostics)
        if (d.code == "empty_input") return;
    // The four statutory parts do not apply to a government work report.
    if (is_work_report(report)) return;
    for (const Required& r : kRequired) {
        const int k = static_cast<int>(r.role);
        if (present[k]) continue;
        Diagnostic d;
        if (embedded[k]) {
            d.severity = Severity::info;
            d.code = "part_embedded";
            d.message = fmt::format(FMT_STRING("the report covers {} only inside another part"),
                                    r.words);
        } else {
            d.severity = Severity::warning;
            d.code = "missing_part";
            d.message = fmt::format(FMT_STRING("the report has no part on {}"), r.words);
        }
        report.diagnostics.push_back(std::move(d));
    }
}

}  // namespace govreport::segment
