// Body anchors shared between parses of reports whose issuer is the same place.
// SPDX-License-Identifier: MIT
#include "extract/anchor_cache.hpp"

#include <algorithm>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "extract/organ_names.hpp"
#include "util/gazetteer.hpp"

namespace govreport::extract {

namespace {

// A few places, the most recent first: a batch over many places misses (and pays no
// more than the look-up), one system's reports, or one place's across years, hit.
constexpr std::size_t kPlaces = 8;
// The places of the last few issuers' names: division_of_issuer() tries a gazetteer
// look-up at every prefix of the name (a tenth of the body stage of a 20 KB report), and a
// name asked again is compared instead. Twice the places: several names per place
// (启东市人民政府, 中共启东市委, 启东市司法局).
constexpr std::size_t kIssuers = 2 * kPlaces;

using Anchors = std::shared_ptr<const BodyAnchors>;

struct Cache {
    std::mutex mutex;
    std::vector<std::pair<const gazetteer::Division*, Anchors>> places;
    std::vector<std::pair<std::string, const gazetteer::Division*>> issuers;
};

Cache& cache() {
    static Cache c;
    return c;
}

// Moves entry `hit` of `list` to its front (most recent first).
template <class List>
void to_front(List& list, typename List::iterator hit) {
    std::rotate(list.begin(), hit, hit + 1);
}

// The anchors of `place` if cached (made most recent), else null. Call under the lock.
Anchors cached_anchors(Cache& c, const gazetteer::Division* place) {
    const auto hit = std::find_if(c.places.begin(), c.places.end(),
                                  [place](const auto& e) { return e.first == place; });
    if (hit == c.places.end()) return nullptr;
    to_front(c.places, hit);
    return c.places.front().second;
}

}  // namespace

std::shared_ptr<const BodyAnchors> shared_body_anchors(const Report& report) {
    Cache& c = cache();
    const gazetteer::Division* place = nullptr;
    bool resolved = !report.issuer;  // no issuer: no place
    {
        const std::lock_guard<std::mutex> lock(c.mutex);
        if (report.issuer) {
            const std::string& name = *report.issuer;
            const auto hit = std::find_if(c.issuers.begin(), c.issuers.end(),
                                          [&name](const auto& e) { return e.first == name; });
            if (hit != c.issuers.end()) {
                place = hit->second;
                resolved = true;
                to_front(c.issuers, hit);
            }
        }
        if (resolved)
            if (Anchors hit = cached_anchors(c, place)) return hit;
    }
    // Resolved and built outside the lock: other threads parse on meanwhile.
    if (!resolved) {
        place = division_of_issuer(*report.issuer);
        const std::lock_guard<std::mutex> lock(c.mutex);
        if (c.issuers.size() == kIssuers) c.issuers.pop_back();
        c.issuers.insert(c.issuers.begin(), {*report.issuer, place});
        if (Anchors hit = cached_anchors(c, place)) return hit;
    }
    auto built = std::make_shared<const BodyAnchors>(body_anchors(report));
    const std::lock_guard<std::mutex> lock(c.mutex);
    if (c.places.size() == kPlaces) c.places.pop_back();
    c.places.insert(c.places.begin(), {place, built});
    return built;
}

}  // namespace govreport::extract
