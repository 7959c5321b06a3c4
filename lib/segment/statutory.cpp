// Roles of the level-1 parts, measure statuses, and the statutory-completeness check.
// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "segment/outline.hpp"
#include "segment/roles.hpp"

namespace govreport::segment {

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

MeasureStatus status_for(Role role) {
    switch (role) {
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
        } else if (role != Role::other) {
            embedded[static_cast<int>(role)] = true;
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
