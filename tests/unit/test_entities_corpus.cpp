// Properties of bodies, persons and documents on every corpus report, and level words resolved to the issuers of the 海拉尔区 and provincial reports.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

using govreport::Body;
using govreport::Document;
using govreport::Mention;
using govreport::Person;
using govreport::Report;
using govreport::Span;
using test_support::contains;
using test_support::slice;

namespace {

// ---------------------------------------------------------------------------------------
// The corpus

std::optional<std::string> corpus_dir() {
    const std::string shared =
        test_support::env("GOVREPORT_SHARED_DIR").value_or(test_support::source_dir() + "/../shared");
    const std::filesystem::path dir = std::filesystem::path(shared) / "corpus";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return dir.string();
}

#define GOVREPORT_CORPUS_OR_SKIP(var)                                                       \
    const std::optional<std::string> var = corpus_dir();                                    \
    if (!var) {                                                                              \
        WARN("corpus/ not found (set GOVREPORT_SHARED_DIR): skipped");                       \
        return;                                                                              \
    }

/// Every .txt file under `dir` (recursively), sorted.
std::vector<std::string> txt_files(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

bool is_gb18030_file(const std::string& path) {
    // corpus/README.md: the 海拉尔区 reports are GB18030, everything else UTF-8.
    return contains(path, "/hailar/");
}

/// GB18030 bytes as UTF-8, converted with iconv(3); nothing when they do not convert.
std::optional<std::string> gb18030_to_utf8(std::string_view in) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out;
    char* src = const_cast<char*>(in.data());  // iconv's interface is not const-correct
    std::size_t src_left = in.size();
    char buf[4096];
    bool ok = true;
    while (src_left > 0) {
        char* dst = buf;
        std::size_t dst_left = sizeof buf;
        const std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
        out.append(buf, sizeof buf - dst_left);
        if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) { ok = false; break; }
    }
    iconv_close(cd);
    if (!ok) return std::nullopt;
    return out;
}

/// A corpus file as UTF-8 text (the GB18030 ones converted here, as the brief asks).
std::string load_utf8(const std::string& path) {
    const std::string raw = test_support::read_file(path);
    if (!is_gb18030_file(path)) return raw;
    const auto utf8 = gb18030_to_utf8(raw);
    INFO(path);
    REQUIRE(utf8.has_value());
    return *utf8;
}

std::string short_name(const std::string& path) {
    return std::filesystem::path(path).parent_path().filename().string() + "/" +
           std::filesystem::path(path).filename().string();
}

// ---------------------------------------------------------------------------------------
// Properties

// Collects the violations of one property; the test shows the first few.
struct Violations {
    std::size_t count = 0;
    std::string examples;
    void add(const std::string& what) {
        if (++count <= 6) examples += "\n    " + what;
    }
};

const std::set<std::string> kKinds = {
    "government",  "government_department", "party_committee", "party_organ",
    "peoples_congress", "cppcc", "court", "procuratorate", "supervisory_commission",
    "public_institution", "enforcement_team", "service_platform", "mediation_studio", "other",
};
const std::set<std::string> kLevels = {"", "national", "province", "prefecture",
                                       "county", "township", "village"};

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string where(const Mention& m) {
    return "'" + m.text + "' @" + std::to_string(m.span.start) + "-" + std::to_string(m.span.end);
}

struct Checker {
    const Report& r;
    std::vector<std::uint64_t> cps;
    std::map<std::string, Violations> v;

    explicit Checker(const Report& report) : r(report), cps(test_support::code_point_index(report.text)) {}

    void mention(const char* what, const Mention& m) {
        const Span& s = m.span;
        if (s.start >= s.end || s.end > r.text.size()) {
            v["mention spans inside the text"].add(std::string(what) + " " + where(m));
            return;
        }
        if (slice(r.text, s) != m.text)
            v["mention span bytes equal its text"].add(std::string(what) + " " + where(m) +
                                                       " covers '" + std::string(slice(r.text, s)) + "'");
        if (s.char_start != cps[s.start] || s.char_end != cps[s.end])
            v["mention code points count the prefix"].add(std::string(what) + " " + where(m));
    }

    void bodies() {
        std::set<std::string> names;
        std::vector<std::pair<const Mention*, const Body*>> all;
        for (std::size_t i = 0; i < r.bodies.size(); ++i) {
            const Body& b = r.bodies[i];
            if (b.id != "b" + std::to_string(i + 1)) v["body ids are b1, b2, …"].add(b.id);
            if (b.name.empty()) v["body names are not empty"].add(b.id);
            if (!names.insert(b.name).second) v["one body per name"].add(b.name);
            if (!kKinds.count(b.kind)) v["body kinds are documented"].add(b.name + " " + b.kind);
            if (!kLevels.count(b.level)) v["body levels are documented"].add(b.name + " " + b.level);
            const std::string& c = b.division_code;
            const bool code_ok =
                c.empty() ||
                (all_digits(c) &&
                 ((b.level == "province" && c.size() == 6 && c.compare(2, 4, "0000") == 0) ||
                  (b.level == "prefecture" && c.size() == 6 && c.compare(4, 2, "00") == 0 &&
                   c.compare(2, 4, "0000") != 0) ||
                  (b.level == "county" && c.size() == 6 && c.compare(4, 2, "00") != 0) ||
                  (b.level == "township" && c.size() == 9)));
            if (!code_ok) v["division codes fit the level"].add(b.name + " " + b.level + " " + c);
            if (b.level == "national" && !c.empty()) v["national bodies have no code"].add(b.name);
            if (b.mentions.empty()) v["every body is mentioned"].add(b.name);
            for (const Mention& m : b.mentions) {
                mention("body", m);
                all.emplace_back(&m, &b);
            }
        }
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.first->span.start < b.first->span.start;
        });
        for (std::size_t i = 1; i < all.size(); ++i)
            if (all[i].first->span.start < all[i - 1].first->span.end)
                v["body mentions do not overlap"].add(where(*all[i - 1].first) + " (" +
                                                      all[i - 1].second->name + ") and " +
                                                      where(*all[i].first) + " (" + all[i].second->name + ")");
        // Names inside 《》 are no bodies.
        for (const auto& [m, b] : all)
            for (const Document& d : r.documents)
                for (const Mention& dm : d.mentions)
                    if (dm.span.start <= m->span.start && m->span.end <= dm.span.end)
                        v["no body inside a cited title"].add(where(*m) + " (" + b->name + ") in " + dm.text);
    }

    void persons() {
        for (std::size_t i = 0; i < r.persons.size(); ++i) {
            const Person& p = r.persons[i];
            if (p.id != "h" + std::to_string(i + 1)) v["person ids are h1, h2, …"].add(p.id);
            if (p.name.empty() || p.titles.empty()) v["persons have a name and a title"].add(p.id);
            std::string joined;
            for (std::size_t k = 0; k < p.titles.size(); ++k) joined += (k ? "、" : "") + p.titles[k];
            if (p.title != joined) v["the title is its parts joined by 、"].add(p.name + " " + p.title);
            if (p.body != govreport::npos && p.body >= r.bodies.size())
                v["person bodies are valid indices"].add(p.name);
            if (p.mentions.empty()) v["every person is mentioned"].add(p.name);
            for (const Mention& m : p.mentions) {
                mention("person", m);
                if (!contains(m.text, p.name)) v["person mentions contain the name"].add(p.name + " " + where(m));
            }
        }
    }

    void documents() {
        std::set<std::string> titles;
        for (std::size_t i = 0; i < r.documents.size(); ++i) {
            const Document& d = r.documents[i];
            if (d.id != "d" + std::to_string(i + 1)) v["document ids are d1, d2, …"].add(d.id);
            if (d.title.empty()) v["titles are not empty"].add(d.id);
            if (!titles.insert(d.title).second) v["one document per title"].add(d.title);
            const bool nested = d.nested_in != govreport::npos;
            if (nested) {
                if (d.nested_in >= r.documents.size() || d.nested_in == i ||
                    r.documents[d.nested_in].nested_in != govreport::npos) {
                    v["nested_in names an outer document"].add(d.title);
                } else {
                    const Document& outer = r.documents[d.nested_in];
                    for (const Mention& m : d.mentions) {
                        bool inside = false;
                        for (const Mention& om : outer.mentions)
                            inside = inside || (om.span.start < m.span.start && m.span.end < om.span.end);
                        if (!inside) v["a nested mention lies inside its outer one"].add(where(m));
                    }
                }
            }
            const std::string bracketed = nested ? "〈" + d.title + "〉" : "《" + d.title + "》";
            if (d.mentions.empty()) v["every document is mentioned"].add(d.title);
            for (const Mention& m : d.mentions) {
                mention("document", m);
                if (m.text != bracketed) v["document mentions are the bracketed title"].add(where(m));
            }
            if (d.period_start.has_value() != d.period_end.has_value() ||
                d.period_start_iso.empty() == d.period_start.has_value() ||
                (d.period_start_iso > d.period_end_iso))
                v["document periods are ordered ranges"].add(d.title + " " + d.period_start_iso +
                                                             ".." + d.period_end_iso);
            if (d.doc_number && d.doc_number->empty()) v["document numbers are not empty"].add(d.title);
            if (d.issuer && d.issuer->empty()) v["issuers are not empty"].add(d.title);
        }
    }

    void measures() {
        for (const auto& m : r.measures) {
            std::set<std::size_t> seen;
            for (std::size_t b : m.bodies) {
                if (b >= r.bodies.size()) { v["measure bodies are valid indices"].add(m.id); continue; }
                if (!seen.insert(b).second) v["a measure lists a body once"].add(m.id + " " + r.bodies[b].name);
                bool inside = false;
                for (const Mention& bm : r.bodies[b].mentions)
                    inside = inside || (m.extent.start <= bm.span.start && bm.span.end <= m.extent.end);
                if (!inside) v["a measure's bodies are mentioned in it"].add(m.id + " " + r.bodies[b].name);
            }
        }
    }

    void run() {
        bodies();
        persons();
        documents();
        measures();
    }
};

void check_report(const std::string& name, const Report& r) {
    Checker c(r);
    c.run();
    for (const auto& [property, found] : c.v) {
        INFO(name << ": " << property << ": " << found.count << " violation(s)" << found.examples);
        CHECK(found.count == 0);
    }
}

}  // namespace

TEST_CASE("entity properties hold on every corpus report", "[entities][corpus]") {
    GOVREPORT_CORPUS_OR_SKIP(dir);
    const std::vector<std::string> files = txt_files(*dir);
    REQUIRE(files.size() >= 20);
    std::size_t bodies = 0, persons = 0, documents = 0, mentions = 0;
    for (const std::string& path : files) {
        const std::string name = short_name(path);
        INFO(name);
        const Report r = govreport::parse(load_utf8(path));
        check_report(name, r);
        bodies += r.bodies.size();
        persons += r.persons.size();
        documents += r.documents.size();
        for (const Body& b : r.bodies) mentions += b.mentions.size();
        for (const Person& p : r.persons) mentions += p.mentions.size();
        for (const Document& d : r.documents) mentions += d.mentions.size();
    }
    // Government reports are full of organs and cited documents.
    CHECK(bodies >= files.size() * 5);
    CHECK(documents >= files.size());
    CHECK(mentions > bodies + documents);
    (void)persons;
}

TEST_CASE("a GB18030 report gives the same entities as its iconv conversion", "[entities][corpus]") {
    GOVREPORT_CORPUS_OR_SKIP(dir);
    const std::vector<std::string> files = txt_files(*dir + "/gov-work-reports/hailar");
    if (files.empty()) {
        WARN("corpus/gov-work-reports/hailar not found: skipped");
        return;
    }
    for (const std::string& path : files) {
        INFO(short_name(path));
        const Report converted = govreport::parse(load_utf8(path));
        const Report raw = govreport::parse(test_support::read_file(path));  // detected
        REQUIRE(raw.bodies.size() == converted.bodies.size());
        for (std::size_t i = 0; i < raw.bodies.size(); ++i) {
            CHECK(raw.bodies[i].name == converted.bodies[i].name);
            CHECK(raw.bodies[i].mentions.size() == converted.bodies[i].mentions.size());
        }
        REQUIRE(raw.persons.size() == converted.persons.size());
        for (std::size_t i = 0; i < raw.persons.size(); ++i)
            CHECK(raw.persons[i].name == converted.persons[i].name);
        REQUIRE(raw.documents.size() == converted.documents.size());
        for (std::size_t i = 0; i < raw.documents.size(); ++i)
            CHECK(raw.documents[i].title == converted.documents[i].title);
        // Spans of the detected parse refer to its own (converted) text.
        check_report(short_name(path) + " (detected)", raw);
    }
}

// ---------------------------------------------------------------------------------------
// Level words resolve to the issuer (the issue's done-when): 区政府 in 海拉尔区's reports,
// 省政府 / 自治区政府 in the provincial ones.

namespace {

struct Expect {
    const char* words;  ///< a mention as written
    std::string name;   ///< the body it must be
};

/// Checks every mention written exactly as one of `expect` and returns how many resolved
/// to the issuer's own government (the first entry).
std::size_t check_resolved(const std::string& file, const Report& r, const std::vector<Expect>& expect) {
    std::size_t own = 0;
    for (const Body& b : r.bodies)
        for (const Mention& m : b.mentions)
            for (const Expect& e : expect)
                if (m.text == e.words) {
                    INFO(file << ": " << where(m) << " is " << b.name);
                    CHECK(b.name == e.name);
                    own += &e == &expect.front() && b.name == e.name;
                }
    return own;
}

}  // namespace

TEST_CASE("海拉尔区's reports resolve 区政府, 区委, 市委, 市政府 and 自治区 organs", "[entities][resolution]") {
    GOVREPORT_CORPUS_OR_SKIP(dir);
    const std::vector<std::string> files = txt_files(*dir + "/gov-work-reports/hailar");
    if (files.empty()) {
        WARN("corpus/gov-work-reports/hailar not found: skipped");
        return;
    }
    const std::vector<Expect> expect = {
        {"区政府", "海拉尔区人民政府"},
        {"区人民政府", "海拉尔区人民政府"},
        {"区委", "中共海拉尔区委员会"},
        {"区人大", "海拉尔区人民代表大会"},
        {"区政协", "中国人民政治协商会议海拉尔区委员会"},
        {"市委", "中共呼伦贝尔市委员会"},
        {"市政府", "呼伦贝尔市人民政府"},
        {"自治区政府", "内蒙古自治区人民政府"},
        {"自治区党委", "中共内蒙古自治区委员会"},
    };
    for (const std::string& path : files) {
        const std::string name = short_name(path);
        INFO(name);
        const Report r = govreport::parse(load_utf8(path));
        CHECK(r.issuer.has_value());
        if (r.issuer) CHECK(contains(*r.issuer, "海拉尔区人民政府"));
        // Every report speaks of 区政府 ("我代表区政府…"); each must be the issuer.
        CHECK(r.text.find("区政府") != std::string::npos);
        CHECK(check_resolved(name, r, expect) >= 1);
    }
}

TEST_CASE("provincial reports resolve 省政府 / 自治区政府 and 省委 / 自治区党委 to their issuers", "[entities][resolution]") {
    GOVREPORT_CORPUS_OR_SKIP(dir);
    // The issuer of each file, from corpus/README.md's table.
    const std::pair<const char*, const char*> provinces[] = {
        {"beijing", "北京市"},   {"guangdong", "广东省"}, {"guizhou", "贵州省"},
        {"hainan", "海南省"},    {"hebei", "河北省"},     {"hubei", "湖北省"},
        {"jiangsu", "江苏省"},   {"neimenggu", "内蒙古自治区"}, {"ningxia", "宁夏回族自治区"},
        {"shanghai", "上海市"},  {"sichuan", "四川省"},   {"xinjiang", "新疆维吾尔自治区"},
        {"xizang", "西藏自治区"}, {"zhejiang", "浙江省"},
    };
    std::size_t seen = 0;
    for (const auto& [file, place] : provinces) {
        const std::string path = *dir + "/gov-work-reports/provinces-2026/" + file + "-2026.txt";
        if (!test_support::file_exists(path)) continue;
        ++seen;
        INFO(file);
        const Report r = govreport::parse(load_utf8(path));
        const std::string P = place;
        const std::string gov = P + "人民政府";
        const std::string party = "中共" + P + "委员会";
        std::vector<Expect> expect;
        const bool municipality = test_support::starts_with(P.substr(P.size() - 3), "市");
        if (municipality) {  // 北京市, 上海市: they write the name in full
            expect = {{"市政府", gov}, {"市人民政府", gov}, {"市委", party}};
        } else if (contains(P, "自治区")) {
            expect = {{"自治区政府", gov}, {"自治区人民政府", gov}, {"自治区党委", party}};
        } else {
            expect = {{"省政府", gov}, {"省人民政府", gov}, {"省委", party}};
        }
        // Count mentions of the issuer's government written with a level word only.
        std::size_t own = 0;
        for (const Expect& e : expect) {
            std::vector<Expect> one = {e};
            own += check_resolved(file, r, one) * (e.name == gov);
        }
        // Provinces and regions write 我代表省人民政府 / 自治区人民政府 at least once.
        if (!municipality) CHECK(own >= 1);
        CHECK(r.issuer == std::optional<std::string>(gov));
        bool issuer_body = false;
        for (const Body& b : r.bodies) issuer_body = issuer_body || (b.name == gov && b.kind == "government");
        CHECK(issuer_body);
    }
    if (seen == 0) WARN("corpus/gov-work-reports/provinces-2026 not found: skipped");
}
