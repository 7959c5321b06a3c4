// Responsible bodies and persons: organ names resolved against the issuer, titled persons.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_BODIES_HPP
#define GOVREPORT_EXTRACT_BODIES_HPP

#include <vector>

#include <govreport/report.hpp>

#include "extract/place_index.hpp"
#include "segment/paragraphs.hpp"
#include "util/gazetteer.hpp"
#include "util/bigram_set.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::extract {

/// Fills report.bodies (one per canonical name, with every mention) and report.persons,
/// and links each measure to the bodies it mentions, actors first. Names inside 《》 are
/// not bodies; meetings (市政府常务会议) and places used alone (南通, 我市) are not either.
/// The anchors of a report's body scan: the places its bodies are named after (the
/// issuer's division, its ancestors, children and neighbours, the provinces) and the
/// characters a body can start with. extract_bodies() builds them itself unless given
/// those parse() built its scan index with.
struct BodyAnchors {
    const gazetteer::Division* issuer = nullptr;
    std::vector<const gazetteer::Division*> places;
    PlaceIndex index;      // place names (and short names) → index into places
    util::CharSet starts;  // first characters of every anchor, and 《》
    util::BigramSet pairs;  // their first two characters
};
BodyAnchors body_anchors(const Report& report);

/// `scans`, when given, indexes the paragraphs in order; its set `title_set` holds
/// title_lead_chars() and its set `start_set` the starts of `anchors` (then not null).
void extract_bodies(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                    const util::ScanIndex* scans = nullptr, std::size_t title_set = 0,
                    std::size_t start_set = 0, const BodyAnchors* anchors = nullptr);

/// Where the person scan stops: the characters a title can start with.
const util::CharSet& title_lead_chars();

}  // namespace govreport::extract

#endif
