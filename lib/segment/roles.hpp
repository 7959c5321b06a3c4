// Classification of level-1 parts into the statutory roles from their heading words.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_ROLES_HPP
#define GOVREPORT_SEGMENT_ROLES_HPP

#include <string_view>

#include <govreport/report.hpp>
#include <govreport/section.hpp>

namespace govreport::segment {

/// The statutory part a heading names: 主要做法及成效 → achievements, 存在的不足 →
/// shortcomings, 党政主要负责人…第一责任人 → leadership_duty, 工作安排/打算/思路/计划 →
/// plans, anything else → other.
Role classify_role(std::string_view title);

/// Whether `title` holds a word of the shortcomings part (不足, 存在的问题…), whatever role
/// it is given: 主要举措、成效和不足 is the achievements part and the shortcomings' too.
bool mentions_shortcomings(std::string_view title);

/// Whether `report` is a government work report (政府工作报告 in its title; untitled, the
/// one read to the congress: 向大会报告工作 in its opening), a sister genre: its year is the
/// year it is delivered in, and it looks back on the year before.
bool is_work_report(const Report& report);

/// classify_role() as it was written first: each group's word list asked at every
/// character that starts a word. The reference the tests compare classify_role() with.
Role classify_role_reference(std::string_view title);

}  // namespace govreport::segment

#endif
