// Canonical organ names from a place and organ words (DOMAIN.md §4.2–4.4).
// SPDX-License-Identifier: MIT
#include "extract/organ_names.hpp"

#include <initializer_list>
#include <utility>
#include <vector>

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::extract {

namespace {

using grammar::organ_sub;
using grammar::organ_word;
using grammar::unit_kind;
using util::ends_with;


std::string_view level_of(const gazetteer::Division* d) {
    return d ? gazetteer::level_name(d->level()) : std::string_view();
}

// Common shortenings of departments' names (DOMAIN.md §4.3) and the full forms they stand
// for: one body whichever a report writes (省市场监管局 and 广东省市场监督管理局). Only
// forms with one full form everywhere (文广旅局 has several, 交通局 is a name of its own).
constexpr std::pair<std::string_view, std::string_view> kDepartmentShortenings[] = {
    {"市场监管局", "市场监督管理局"},   {"市监局", "市场监督管理局"},
    {"发改委", "发展和改革委员会"},     {"发展改革委", "发展和改革委员会"},
    {"发改局", "发展和改革局"},         {"卫健委", "卫生健康委员会"},
    {"卫生健康委", "卫生健康委员会"},   {"人社局", "人力资源和社会保障局"},
    {"人社厅", "人力资源和社会保障厅"}, {"住建局", "住房和城乡建设局"},
    {"住建厅", "住房和城乡建设厅"},     {"住建委", "住房和城乡建设委员会"},
    {"自规局", "自然资源和规划局"},     {"资规局", "自然资源和规划局"},
    {"教体局", "教育体育局"},           {"应急局", "应急管理局"},
    {"医保局", "医疗保障局"},           {"退役军人局", "退役军人事务局"},
    {"工信局", "工业和信息化局"},       {"工信厅", "工业和信息化厅"},
    {"国资委", "国有资产监督管理委员会"}, {"民宗局", "民族宗教事务局"},
    {"人防办", "人民防空办公室"},       {"科技局", "科学技术局"},
    {"科技厅", "科学技术厅"},
    // A Party committee's working committees (县委教育工委).
    {"教育工委", "教育工作委员会"},     {"机关工委", "直属机关工作委员会"},
    {"直属机关工委", "直属机关工作委员会"},
};

// The full form of a department's name written short, or `unit` itself.
std::string_view full_department_name(std::string_view unit) {
    for (const auto& [short_form, full] : kDepartmentShortenings)
        if (unit == short_form) return full;
    return unit;
}

// The level character inside 依法治市办 / 全面依法治省委员会: what comes after 依法治.
std::string_view rule_of_law_level(std::string_view sub) {
    const std::string_view key = "依法治";
    const std::size_t at = sub.find(key);
    if (at == std::string_view::npos || at + key.size() + 3 > sub.size()) return {};
    return sub.substr(at + key.size(), 3);
}

}  // namespace

const gazetteer::Division* division_of_level(std::string_view level,
                                             const gazetteer::Division* issuer) {
    if (!issuer) return nullptr;
    auto up_to = [&](std::string_view suffix) -> const gazetteer::Division* {
        for (const gazetteer::Division* d = issuer; d; d = d->parent())
            if (ends_with(d->name(), suffix)) return d;
        return nullptr;
    };
    if (level == "市") return up_to("市");
    if (level == "省") return gazetteer::ancestor(issuer, gazetteer::Level::province);
    if (level == "自治区") return up_to("自治区");
    if (level == "州") return up_to("州");
    if (level == "县" || level == "区" || level == "旗") {
        if (ends_with(issuer->name(), level)) return issuer;
        // A town's or street's 县委 and 区政府 are those of its county (栟茶镇 → 如东县).
        const gazetteer::Division* county = issuer->parent();
        if (issuer->level() == gazetteer::Level::township && county &&
            ends_with(county->name(), level))
            return county;
        return nullptr;
    }
    if (level == "镇" || level == "乡" || level == "街道")
        return ends_with(issuer->name(), level) ? issuer : nullptr;
    return nullptr;
}

const gazetteer::Division* division_of_issuer(std::string_view issuer) {
    // "中共淮北市烈山区委" and "启东市人民政府": skip a party prefix, then try the
    // longest leading run of characters that names a division.
    if (issuer.substr(0, 6) == "中共") issuer.remove_prefix(6);
    // Names may be chained from the top: 呼伦贝尔市海拉尔区人民政府. Take the longest
    // division name at the front, then look for one of its descendants right after it.
    const gazetteer::Division* best = nullptr;
    constexpr std::size_t kMaxBytes = 16 * 3;
    std::size_t from = 0;
    for (bool found = true; found && from < issuer.size();) {
        found = false;
        std::size_t taken = from;
        const gazetteer::Division* step = nullptr;
        // 鲤城区人民政府金龙街道办事处: a street office or town named after its county's
        // government is that county's street or town. The government's words are skipped
        // before any look-up: 人民 is also the short name of 人民街道 (广州市越秀区), which
        // 广东省人民政府 was taken for.
        if (best)
            for (std::string_view organ : {"人民政府", "政府"})
                if (issuer.substr(from, organ.size()) == organ) {
                    from += organ.size();
                    break;
                }
        for (std::size_t end = from; end < issuer.size() && end - from <= kMaxBytes;) {
            const char* p = issuer.data() + end;
            util::decode(p, issuer.data() + issuer.size());
            end = static_cast<std::size_t>(p - issuer.data());
            const std::string_view name = issuer.substr(from, end - from);
            // 人民 starts 人民法院 and 人民代表大会 as well: never a division after another.
            if (best && name == "人民") continue;
            const std::vector<const gazetteer::Division*> candidates = gazetteer::by_name(name);
            const gazetteer::Division* d = gazetteer::resolve_candidates(candidates, best);
            if (d && (!best || gazetteer::is_descendant(d, best))) {
                step = d;
                taken = end;
            } else if (!best && !d && !candidates.empty()) {
                // 四季青街道 names three streets: the issuer is one of them, not 四季镇
                // (四季, a shorter name at its front).
                step = nullptr;
                taken = end;
            }
        }
        if (step) {
            best = step;
            from = taken;
            found = true;
        }
    }
    // 广州市公安局增城区分局: a branch named after a division below the one in front, after
    // the organ's words.
    if (best && from < issuer.size()) {
        const std::string_view rest = issuer.substr(from);
        for (const gazetteer::Division* child : gazetteer::children(best)) {
            if (child->name().size() >= 3 * 3 && rest.find(child->name()) != std::string_view::npos)
                return child;
            // 南京市公安局玄武分局: the short name, right before 分局.
            const std::string_view short_name = child->short_name();
            if (short_name.size() >= 2 * 3 &&
                rest.find(std::string(short_name) + "分局") != std::string_view::npos)
                return child;
        }
    }
    return best;
}

namespace {
std::optional<OrganName> build_organ(const OrganParts& o);
}

std::string division_code_of(const gazetteer::Division* place) {
    // GB/T 2260 codes have six digits (江苏省 320000, 南通市 320600); townships keep the
    // nine-digit NBS statistical code.
    std::string code = place ? std::string(place->code()) : std::string();
    if (!code.empty() && code.size() < 6) code.append(6 - code.size(), '0');
    return code;
}

std::optional<OrganName> canonical_organ(const OrganParts& o) {
    // Without a place the name stays empty; the kind is still known from the organ words,
    // and the level from the level word (省教育厅, 乡党委, 街道工委) except 市 and 州, which
    // name prefectures and county-level cities alike.
    std::optional<OrganName> n = build_organ(o);
    if (n && !o.place) {
        n->name.clear();
        const std::string_view w = o.level_word;
        if (w == "省" || w == "自治区") n->level = "province";
        else if (w == "县" || w == "区" || w == "旗") n->level = "county";
        else if (w == "乡" || w == "镇" || w == "街道") n->level = "township";
    }
    return n;
}

namespace {

std::optional<OrganName> build_organ(const OrganParts& o) {
    const std::string_view P = o.place ? o.place->name() : std::string_view();
    OrganName n;
    // The name from its pieces, sized once: built with operator+, each name was two or
    // three strings allocated and copied (a fifth of the cost of a new body).
    const auto name = [&n](std::initializer_list<std::string_view> pieces) {
        std::size_t size = 0;
        for (std::string_view p : pieces) size += p.size();
        n.name.clear();
        n.name.reserve(size);
        for (std::string_view p : pieces) n.name.append(p);
    };
    n.level = level_of(o.place);
    n.code = division_code_of(o.place);
    if (o.word) {
        switch (*o.word) {
            case organ_word::party_committee:
                n.kind = "party_committee";
                name({"中共", P, "委员会"});
                if (o.sub) {
                    n.kind = "party_organ";
                    switch (*o.sub) {
                        case organ_sub::rule_of_law_office:
                            name({"中共", P, "委全面依法治", rule_of_law_level(o.sub_text),
                                  "委员会办公室"});
                            break;
                        case organ_sub::rule_of_law_committee:
                            name({"中共", P, "委全面依法治", rule_of_law_level(o.sub_text),
                                  "委员会"});
                            break;
                        case organ_sub::office:
                            // The official form: 中共江苏省委办公厅, 中共启东市委办公室.
                            name({"中共", P, "委", o.sub_text == "办公厅" ? "办公厅" : "办公室"});
                            break;
                        case organ_sub::study_group:
                            name({"中共", P, "委员会理论学习中心组"});
                            break;
                        case organ_sub::standing_committee:
                            name({"中共", P, "委员会常务委员会"});
                            break;
                        case organ_sub::department:
                            name({"中共", P, "委员会", full_department_name(o.sub_text)});
                            break;
                    }
                }
                return n;
            case organ_word::government:
                n.kind = "government";
                name({P, "人民政府"});
                if (o.sub == organ_sub::office) {
                    n.kind = "government_department";
                    // 办公厅 of a province, 法制办公室 (法制办, before 2018), else 办公室.
                    const std::string_view office =
                        o.sub_text == "办公厅"                          ? "办公厅"
                        : util::starts_with(o.sub_text, "法制办") ? "法制办公室"
                                                                  : "办公室";
                    name({P, "人民政府", office});
                }
                return n;
            case organ_word::congress_standing:
                n.kind = "peoples_congress";
                name({P, "人民代表大会常务委员会"});
                return n;
            case organ_word::congress:
                n.kind = "peoples_congress";
                name({P, "人民代表大会"});
                return n;
            case organ_word::cppcc:
                n.kind = "cppcc";
                name({"中国人民政治协商会议", P, "委员会"});
                return n;
            case organ_word::court: n.kind = "court"; name({P, "人民法院"}); return n;
            case organ_word::intermediate_court:
                n.kind = "court";
                name({P, "中级人民法院"});
                return n;
            case organ_word::procuratorate:
                n.kind = "procuratorate";
                name({P, "人民检察院"});
                return n;
            case organ_word::supervisory:
                n.kind = "supervisory_commission";
                name({P, "监察委员会"});
                return n;
            case organ_word::discipline:
                n.kind = "supervisory_commission";
                name({"中共", P, "纪律检查委员会"});
                return n;
        }
    }
    if (o.unit) {
        // A street's 工委 (Beijing writes 街道工委) is its 党工委: one body, named so.
        const bool street_committee = o.unit_text == "工委" && o.place &&
                                      o.place->level() == gazetteer::Level::township;
        const bool department = *o.unit == unit_kind::department || *o.unit == unit_kind::office;
        name({P, street_committee ? std::string_view("党工委")
                 : department     ? full_department_name(o.unit_text)
                                  : o.unit_text});
        switch (*o.unit) {
            case unit_kind::department:
            case unit_kind::office: n.kind = "government_department"; break;
            case unit_kind::institution: n.kind = "public_institution"; break;
            case unit_kind::enforcement: n.kind = "enforcement_team"; break;
            case unit_kind::platform: n.kind = "service_platform"; break;
            case unit_kind::studio: n.kind = "mediation_studio"; break;
            case unit_kind::other:
                n.kind = ends_with(o.unit_text, "法院") ? "court" : "other";
                break;
        }
        if (n.kind == "other" && o.unit_text.find("执法") != std::string_view::npos)
            n.kind = "enforcement_team";
        // 街道党工委, 开发区党工委: the Party's working committee, not a department; so is
        // a 工委 (街道工委, 机关工委: Beijing's streets write it so).
        if (ends_with(o.unit_text, "工委") || ends_with(o.unit_text, "党委"))
            n.kind = "party_organ";
        return n;
    }
    return std::nullopt;
}

}  // namespace

std::optional<OrganName> resolved_organ(const OrganParts& parts) {
    if (!parts.place) return std::nullopt;
    return canonical_organ(parts);
}

}  // namespace govreport::extract
