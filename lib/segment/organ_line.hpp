// Whether a short line names an organ (静海区人民政府, 南通市司法局): signatures, title blocks.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_SEGMENT_ORGAN_LINE_HPP
#define GOVREPORT_SEGMENT_ORGAN_LINE_HPP

#include <string_view>

namespace govreport::segment {

/// Whether `line` (normalised: no blanks) is the name of an organ or of several side by
/// side: four Han characters or more and nothing else (主办：… is web chrome), ending in an
/// organ's kind (人民政府, 司法局, 委员会, 办公室…), not starting with a level word or 本/我/全
/// (市政府, 区司法局 say which organ only to a reader who knows the issuer).
bool is_organ_line(std::string_view line);

}  // namespace govreport::segment

#endif
