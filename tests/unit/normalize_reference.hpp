// normalize_title() as a plain rewrite of every title: the reference its fast paths are compared with.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_NORMALIZE_REFERENCE_HPP
#define GOVREPORT_TESTS_NORMALIZE_REFERENCE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace normalize_reference {

// The full-width form of the ASCII punctuation a title may mix with Han text, or 0.
inline char32_t full_width_of(char32_t c) {
    switch (c) {
        case U',': return U'，';
        case U';': return U'；';
        case U':': return U'：';
        case U'(': return U'（';
        case U')': return U'）';
        case U'!': return U'！';
        case U'?': return U'？';
        default: return 0;
    }
}

// Decode, then rewrite: blanks dropped (one space kept between two non-Han words), ASCII
// punctuation next to Han text made full-width.
inline std::string normalize_title(std::string_view text) {
    namespace util = govreport::util;
    std::vector<char32_t> cps;
    for (const char *p = text.data(), *e = p + text.size(); p < e;) cps.push_back(util::decode(p, e));
    auto prev_solid = [&](std::size_t i) -> char32_t {
        while (i > 0)
            if (!util::is_space(cps[--i])) return cps[i];
        return 0;
    };
    auto next_solid = [&](std::size_t i) -> char32_t {
        for (++i; i < cps.size(); ++i)
            if (!util::is_space(cps[i])) return cps[i];
        return 0;
    };
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (util::is_space(c) || c == U'\n') {
            pending_space = true;
            continue;
        }
        if (pending_space) {
            pending_space = false;
            const char32_t before = prev_solid(i);
            if (before != 0 && !util::is_cjk(before) && !util::is_cjk(c) &&
                full_width_of(before) == 0 && full_width_of(c) == 0)
                out += ' ';
        }
        const char32_t fw = full_width_of(c);
        util::append_utf8(out, fw != 0 && (util::is_cjk(prev_solid(i)) || util::is_cjk(next_solid(i))) ? fw : c);
    }
    return out;
}

}  // namespace normalize_reference

#endif
