// Which of a report's bodies are its issuer: one organ, or the two of a joint report.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_ISSUER_BODIES_HPP
#define GOVREPORT_EXTRACT_ISSUER_BODIES_HPP

#include <cstddef>
#include <vector>

#include <govreport/report.hpp>

namespace govreport::extract {

/// The bodies `report.issuer` names, in its order: the issuer is read as the words of
/// body mentions (or body names) one after the other, blanks and 、 between them
/// ignored (中共嘉兴市委嘉兴市人民政府 → 中共嘉兴市委员会, 嘉兴市人民政府). Two organs glued
/// together that are not a Party body and a government are the second under its parent
/// (鲤城区人民政府金龙街道办事处). Empty when words are left that name no body; for a
/// place alone (邻水县), its government when the text names it.
std::vector<std::size_t> issuer_bodies(const Report& report);

}  // namespace govreport::extract

#endif
