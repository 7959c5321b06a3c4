// Whether a short line names an organ (静海区人民政府, 南通市司法局): signatures, title blocks.
// SPDX-License-Identifier: MIT
#include "segment/organ_line.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

bool is_organ_line(std::string_view line) {
    if (line.size() < 4 * 3) return false;  // four characters at least: 市政府 names no place
    for (const char *p = line.data(), *e = p + line.size(); p < e;)
        if (!util::is_han(util::decode(p, e))) return false;
    for (std::string_view lead : {"本", "我", "全", "市", "区", "县", "省", "镇", "乡"})
        if (util::starts_with(line, lead)) return false;
    // 人民政府, 司法局, 委员会 and 管委会, 办公室, 办事处…
    for (std::string_view kind : {"政府", "局", "厅", "委", "办", "室", "院", "署", "处",
                                  "中心", "党组"})
        if (util::ends_with(line, kind)) return true;
    // 委员会, 管委会, 工会, 联合会, 协会: not a meeting's name (推进会, 座谈会, 动员会), which
    // a page's list of links puts above a date.
    for (std::string_view kind : {"员会", "委会", "工会", "联合会", "协会", "商会", "学会"})
        if (util::ends_with(line, kind) && !util::ends_with(line, "动员会")) return true;
    return false;
}

}  // namespace govreport::segment
