// Which of a report's bodies are its issuer: one organ, or the two of a joint report.
// SPDX-License-Identifier: MIT
#include "extract/issuer_bodies.hpp"

#include <string>
#include <string_view>

#include "extract/organ_names.hpp"
#include "segment/organ_line.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::extract {

namespace {

// `s` without its blanks: a title's issuer is read without them (segment::normalize_title),
// and PDF text leaves blanks inside a mention's words (启东市人民 政府).
std::string without_blanks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
        const char* const start = p;
        if (!util::is_space(util::decode(p, end))) out.append(start, p);
    }
    return out;
}

bool has_blank(std::string_view s) {
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end)
        if (util::is_space(util::decode(p, end))) return true;
    return false;
}

// The body whose words (its name, or a mention's words without blanks) start `rest`, the
// longest words first (中共嘉兴市委员会 before 中共嘉兴市委 where both are written); npos if
// none. `size` gets their bytes. Cheap tests first: a mention shorter than the best, with
// another first character, or the same words as the mention before (a body can be named
// thousands of times) is passed over.
std::size_t body_at(const Report& report, std::string_view rest, std::size_t& size) {
    std::size_t best = npos;
    size = 0;
    const std::string_view lead = rest.substr(0, 3);
    for (std::size_t b = 0; b < report.bodies.size(); ++b) {
        const Body& body = report.bodies[b];
        auto consider = [&](std::string_view words) {
            if (words.size() > size && util::starts_with(rest, words)) {
                best = b;
                size = words.size();
            }
        };
        consider(body.name);
        const std::string* last = nullptr;
        for (const Mention& m : body.mentions) {
            if (m.text.size() <= size || m.text.compare(0, 3, lead) != 0) continue;
            if (last && *last == m.text) continue;
            last = &m.text;
            if (has_blank(m.text)) consider(without_blanks(m.text));
            else consider(m.text);
        }
    }
    return best;
}

bool is_party(const Body& b) { return b.kind == "party_committee" || b.kind == "party_organ"; }

// Level characters: a place's name ends with one (上海市, 呼伦贝尔市), and a body's short
// words start with one (镇人民政府 in 仁和镇's report).
bool is_level_char(char32_t c) {
    switch (c) {
        case U'省': case U'市': case U'县': case U'区': case U'州': case U'盟': case U'旗':
        case U'镇': case U'乡': case U'街':
            return true;
        default:
            return false;
    }
}

// The government body whose division is `code` (not empty), or npos.
std::size_t government_of(const Report& report, std::string_view code) {
    if (code.empty()) return npos;
    for (std::size_t b = 0; b < report.bodies.size(); ++b)
        if (report.bodies[b].kind == "government" && report.bodies[b].division_code == code)
            return b;
    return npos;
}

// The government of `place` among the bodies: 券桥镇人民政府, 东湖街道办事处, or in the
// place's own report the words 镇人民政府 and 街道办事处 left unresolved. npos if none.
std::size_t government_named(const Report& report, std::string_view place) {
    const bool street = util::ends_with(place, "街道");
    std::string full(place), short_form;
    full += street ? "办事处" : "人民政府";
    // The level character (镇, 乡, 县, 区, 市) or 街道 and the organ's words.
    std::size_t n = 0;
    const char32_t last = util::decode_before(place.data(), place.data() + place.size(), &n);
    if (street) short_form = "街道办事处";
    else if (last == U'镇' || last == U'乡') short_form = std::string(place.substr(place.size() - n)) + "人民政府";
    for (std::size_t b = 0; b < report.bodies.size(); ++b) {
        const Body& body = report.bodies[b];
        if (body.name == full) return b;
        if (!short_form.empty() && body.name == short_form && body.division_code.empty()) return b;
    }
    return npos;
}

// At most this much of the issuer is passed over before a body's words: a place's name
// in front of a body named without it (上海市 before 嘉定区人民政府).
constexpr std::size_t kMaxPlaceBytes = 8 * 3;

}  // namespace

std::vector<std::size_t> issuer_bodies(const Report& report) {
    std::vector<std::size_t> found;
    if (!report.issuer || report.bodies.empty()) return found;
    const std::string issuer = without_blanks(*report.issuer);
    std::string_view rest = issuer;
    bool glued = false;  // the previous body's words end right where these start
    while (!rest.empty()) {
        std::size_t size = 0;
        std::size_t best = body_at(report, rest, size);
        std::size_t skipped = 0;
        // None at the start: a place's name may stand before the body's words, when it
        // ends with a level character or the words start with one.
        for (std::size_t at = util::next_char(rest, 0); best == npos && at <= kMaxPlaceBytes &&
                                                        at < rest.size();
             at = util::next_char(rest, at)) {
            const std::size_t b = body_at(report, rest.substr(at), size);
            if (b == npos) continue;
            std::size_t n = 0;
            const char32_t before = util::decode_before(rest.data(), rest.data() + at, &n);
            if (is_level_char(before) || is_level_char(util::char_at(rest, at))) {
                best = b;
                skipped = at;
            }
        }
        // 自治区党委和政府: the government of the place just named.
        if (best == npos && !found.empty())
            for (std::string_view word : {"人民政府", "政府"})
                if (util::starts_with(rest, word)) {
                    best = government_of(report, report.bodies[found.back()].division_code);
                    size = word.size();
                    break;
                }
        if (best == npos) break;
        // An organ glued to the one after it names that one's parent, not a second issuer:
        // 鲤城区人民政府金龙街道办事处 is the street office, 国家税务总局启东市税务局 the
        // local bureau. Only a Party body and a government one make a joint report
        // (中共嘉兴市委嘉兴市人民政府), in either order.
        if (glued && skipped == 0 && !is_party(report.bodies[found.back()]) &&
            !is_party(report.bodies[best]))
            found.pop_back();
        bool seen = false;
        for (std::size_t f : found) seen = seen || f == best;
        if (!seen) found.push_back(best);
        rest.remove_prefix(skipped + size);
        glued = !seen;
        for (std::string_view sep : {"、", "，", ",", "和", "与"})
            if (util::starts_with(rest, sep)) {
                rest.remove_prefix(sep.size());
                glued = false;
            }
    }
    // Words left that name no body (启东市人民政府国有资产监督管理委员会: the commission,
    // which is no body here): the issuer is not what was found.
    if (!rest.empty()) found.clear();
    // A place alone (券桥镇, 邻水县, 东湖街道): the report is its government's, when the
    // text names that government.
    if (found.empty() && rest == issuer && !segment::is_organ_line(issuer)) {
        std::size_t g = government_named(report, issuer);
        // 海东市乐都区共和乡: the place's own division, named with its parents, and the
        // government of that division (共和乡人民政府, 630202200).
        if (g == npos)
            g = government_of(report, division_code_of(division_of_issuer(issuer)));
        if (g != npos) found.push_back(g);
    }
    return found;
}

}  // namespace govreport::extract
