// Gazetteer lookups: binary searches over the generated tables, and context-aware name resolution.
// SPDX-License-Identifier: MIT
#include "util/gazetteer.hpp"

#include <algorithm>
#include <cstring>

#include "util/gazetteer_data.hpp"

namespace govreport::gazetteer {

namespace {

using detail::kDivisions;

constexpr std::size_t kCodeLength[] = {2, 4, 6, 9};  // by Level

std::string_view name_key(std::uint32_t entry) noexcept {
    const Division& d = kDivisions[entry >> 1];
    return (entry & 1u) ? d.short_name() : d.name();
}

const Division* find_code(std::string_view code) noexcept {
    const Division* begin = kDivisions;
    const Division* end = kDivisions + detail::kDivisionCount;
    // Codes sort as strings: a parent's code is a prefix of its children's, so this order is
    // also the table's (parents first).
    const Division* it = std::lower_bound(begin, end, code, [](const Division& d, std::string_view c) {
        return d.code() < c;
    });
    if (it != end && it->code() == code) return it;
    const detail::CodeAlias* abegin = detail::kCodeAliases;
    const detail::CodeAlias* aend = detail::kCodeAliases + detail::kCodeAliasCount;
    const detail::CodeAlias* a = std::lower_bound(abegin, aend, code, [](const detail::CodeAlias& x, std::string_view c) {
        return std::string_view(x.code) < c;
    });
    return (a != aend && std::string_view(a->code) == code) ? &kDivisions[a->row] : nullptr;
}

bool all_digits(std::string_view s) noexcept {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool in_scope(const Division* d, const Division* scope) noexcept {
    return d == scope || is_descendant(d, scope);
}

// The candidate a scope settles on: the only one, or the one of the highest level when every
// other is at least two levels lower (a city over a same-named town); nullptr if ambiguous.
const Division* pick(const std::vector<const Division*>& candidates) noexcept {
    if (candidates.size() == 1) return candidates.front();
    const Division* best = nullptr;
    bool tie = false;
    for (const Division* c : candidates) {
        if (best == nullptr || c->level() < best->level()) {
            best = c;
            tie = false;
        } else if (c->level() == best->level()) {
            tie = true;
        }
    }
    if (best == nullptr || tie) return nullptr;
    const auto top = static_cast<int>(best->level());
    for (const Division* c : candidates) {
        if (c != best && static_cast<int>(c->level()) < top + 2) return nullptr;
    }
    return best;
}

}  // namespace

std::string_view Division::code() const noexcept {
    return {detail::kPool + text_, kCodeLength[kind_ & detail::kLevelMask]};
}

std::string_view Division::name() const noexcept {
    return {detail::kPool + text_ + kCodeLength[kind_ & detail::kLevelMask], name_bytes_};
}

std::string_view Division::short_name() const noexcept {
    return {detail::kPool + text_ + kCodeLength[kind_ & detail::kLevelMask] + short_start_, short_bytes_};
}

Level Division::level() const noexcept { return static_cast<Level>(kind_ & detail::kLevelMask); }

const Division* Division::parent() const noexcept {
    return parent_ == detail::kNoParent ? nullptr : &kDivisions[parent_];
}

bool Division::supplementary() const noexcept { return (kind_ & detail::kSupplementary) != 0; }

std::size_t Division::index() const noexcept { return static_cast<std::size_t>(this - kDivisions); }

std::size_t size() noexcept { return detail::kDivisionCount; }

const Division& at(std::size_t i) noexcept { return kDivisions[i]; }

std::u16string_view name_ends(std::string_view suffix) noexcept {
    for (std::size_t i = 0; i < detail::kNameEndRunCount; ++i) {
        const detail::NameEndRun& run = detail::kNameEndRuns[i];
        if (suffix == run.suffix) return {detail::kNameEndChars + run.first, run.count};
    }
    return {};
}

const Division* by_code(std::string_view code) noexcept {
    if (code.empty() || code.size() > 12 || !all_digits(code)) return nullptr;
    for (;;) {
        if (code.size() == 2 || code.size() == 4 || code.size() == 6 || code.size() == 9) {
            if (const Division* d = find_code(code)) return d;
        }
        // GB/T 2260 writes every level with six digits (320600 南通市) and NBS with twelve:
        // drop one level of zero padding and try again.
        std::size_t shorter = 0;
        switch (code.size()) {
            case 12: shorter = 9; break;
            case 9: shorter = 6; break;
            case 6: shorter = 4; break;
            case 4: shorter = 2; break;
            default: return nullptr;
        }
        if (code.find_first_not_of('0', shorter) != std::string_view::npos) return nullptr;
        code = code.substr(0, shorter);
    }
}

std::vector<const Division*> by_name(std::string_view name) {
    std::vector<const Division*> out;
    if (name.empty()) return out;
    const std::uint32_t* begin = detail::kNameIndex;
    const std::uint32_t* end = detail::kNameIndex + detail::kNameIndexSize;
    const std::uint32_t* lo = std::lower_bound(begin, end, name, [](std::uint32_t e, std::string_view n) {
        return name_key(e) < n;
    });
    // Equal names are neighbours, and few: walked over, not found by a second binary search.
    const std::uint32_t* hi = lo;
    while (hi != end && name_key(*hi) == name) ++hi;
    out.reserve(static_cast<std::size_t>(hi - lo));
    // Entries with equal names are in row order, i.e. code order.
    for (const std::uint32_t* it = lo; it != hi; ++it) out.push_back(&kDivisions[*it >> 1]);
    return out;
}

const Division* resolve(std::string_view name, const Division* context) {
    return resolve_candidates(by_name(name), context);
}

const Division* resolve_candidates(const std::vector<const Division*>& candidates,
                                   const Division* context) {
    if (candidates.empty()) return nullptr;
    if (candidates.size() == 1) return candidates.front();
    if (context != nullptr) {
        if (std::find(candidates.begin(), candidates.end(), context) != candidates.end()) return context;
        for (const Division* a = context->parent(); a != nullptr; a = a->parent()) {
            if (std::find(candidates.begin(), candidates.end(), a) != candidates.end()) return a;
        }
        std::vector<const Division*> inside;
        for (const Division* scope = context; scope != nullptr; scope = scope->parent()) {
            inside.clear();
            for (const Division* c : candidates) {
                if (in_scope(c, scope)) inside.push_back(c);
            }
            // The nearest scope with any candidate decides: a farther one must not break a
            // tie between two places that are both close to the context.
            if (!inside.empty()) return pick(inside);
        }
    }
    return pick(candidates);
}

const Division* ancestor(const Division* d, Level level) noexcept {
    for (; d != nullptr; d = d->parent()) {
        if (d->level() == level) return d;
    }
    return nullptr;
}

bool is_descendant(const Division* d, const Division* ancestor) noexcept {
    if (d == nullptr || ancestor == nullptr) return false;
    for (const Division* p = d->parent(); p != nullptr; p = p->parent()) {
        if (p == ancestor) return true;
    }
    return false;
}

std::vector<const Division*> children(const Division* d) {
    const Division* end = kDivisions + detail::kDivisionCount;
    if (d == nullptr) {
        // Every parse asks for the provinces: find them once, not in 45,000 rows each time.
        static const std::vector<const Division*> provinces = [end] {
            std::vector<const Division*> out;
            for (const Division* it = kDivisions; it != end; ++it)
                if (it->parent() == nullptr) out.push_back(it);
            return out;
        }();
        return provinces;
    }
    // A subtree follows its root contiguously (every code in it starts with the root's):
    // after each child, jump over the child's own subtree by binary search instead of
    // reading a province's thousands of townships. The search stays inside the parent's
    // subtree, and a township (no level below it) is a subtree of one row, found with no
    // search: the body scan asks for the children of a few dozen places per report.
    auto subtree_end = [](const Division* root, const Division* bound) {
        if (root->level() == Level::township) return root + 1;
        // The root's code has 2, 4 or 6 digits: compared in one load of that size. A
        // shorter code than the root's is followed by its name in the pool, whose bytes
        // are no digits: it differs, as the code cut short would.
        const char* const prefix = root->code().data();
        const std::size_t n = root->code().size();
        return std::partition_point(root + 1, bound, [prefix, n](const Division& x) {
            const char* const c = x.code().data();
            return n == 2   ? std::memcmp(c, prefix, 2) == 0
                   : n == 4 ? std::memcmp(c, prefix, 4) == 0
                            : std::memcmp(c, prefix, 6) == 0;
        });
    };
    std::vector<const Division*> out;
    out.reserve(32);  // most have fewer children: one allocation, not one per doubling
    const Division* const last = subtree_end(d, end);
    for (const Division* it = d + 1; it != last;) {
        if (it->parent() == d) {
            out.push_back(it);
            it = subtree_end(it, last);
        } else {
            ++it;  // not expected (children come first in their subtree); stays correct
        }
    }
    return out;
}

std::string_view level_name(Level level) noexcept {
    switch (level) {
        case Level::province: return "province";
        case Level::prefecture: return "prefecture";
        case Level::county: return "county";
        case Level::township: return "township";
    }
    return "";
}

}  // namespace govreport::gazetteer
