// Responsible bodies and persons: organ names resolved against the issuer, titled persons.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_BODIES_HPP
#define GOVREPORT_EXTRACT_BODIES_HPP

#include <vector>

#include <govreport/report.hpp>

#include "segment/paragraphs.hpp"

namespace govreport::extract {

/// Fills report.bodies (one per canonical name, with every mention) and report.persons,
/// and links each measure to the bodies it mentions, actors first. Names inside 《》 are
/// not bodies; meetings (市政府常务会议) and places used alone (南通, 我市) are not either.
void extract_bodies(const std::vector<segment::Paragraph>& paragraphs, Report& report);

}  // namespace govreport::extract

#endif
