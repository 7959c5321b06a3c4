// Body anchors shared between parses of reports whose issuer is the same place.
// SPDX-License-Identifier: MIT
#include "extract/anchor_cache.hpp"

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

#include "extract/organ_names.hpp"
#include "util/gazetteer.hpp"

namespace govreport::extract {

namespace {

// A few places, the most recent first: a batch over many places misses (and pays no
// more than the look-up), one system's reports, or one place's across years, hit.
constexpr std::size_t kPlaces = 8;

struct Cache {
    std::mutex mutex;
    std::vector<std::pair<const gazetteer::Division*, std::shared_ptr<const BodyAnchors>>> places;
};

Cache& cache() {
    static Cache c;
    return c;
}

}  // namespace

std::shared_ptr<const BodyAnchors> shared_body_anchors(const Report& report) {
    const gazetteer::Division* const place =
        report.issuer ? division_of_issuer(*report.issuer) : nullptr;
    Cache& c = cache();
    {
        const std::lock_guard<std::mutex> lock(c.mutex);
        const auto hit = std::find_if(c.places.begin(), c.places.end(),
                                      [place](const auto& e) { return e.first == place; });
        if (hit != c.places.end()) {
            std::rotate(c.places.begin(), hit, hit + 1);  // most recent first
            return c.places.front().second;
        }
    }
    // Built outside the lock: other threads parse on meanwhile.
    auto built = std::make_shared<const BodyAnchors>(body_anchors(report));
    const std::lock_guard<std::mutex> lock(c.mutex);
    if (c.places.size() == kPlaces) c.places.pop_back();
    c.places.insert(c.places.begin(), {place, built});
    return built;
}

}  // namespace govreport::extract
