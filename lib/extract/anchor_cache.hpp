// Body anchors shared between parses of reports whose issuer is the same place.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_ANCHOR_CACHE_HPP
#define GOVREPORT_EXTRACT_ANCHOR_CACHE_HPP

#include <memory>

#include <govreport/report.hpp>

#include "extract/bodies.hpp"

namespace govreport::extract {

/// body_anchors(report), built once for each of the last few places seen and shared after
/// that. The anchors depend only on the division the issuer names (its own places, its
/// neighbours', the provinces); building them is about a tenth of the parse of a 20 KB
/// report, which a document system parsing its own government's reports pays each time.
/// Thread-safe; the anchors returned are never changed.
std::shared_ptr<const BodyAnchors> shared_body_anchors(const Report& report);

}  // namespace govreport::extract

#endif
