// Reading the issuer from the preamble when neither title nor signature names it.
// SPDX-License-Identifier: MIT
#include "segment/preamble_issuer.hpp"

#include <algorithm>
#include <string_view>

#include "segment/organ_line.hpp"
#include "util/gazetteer.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

namespace {

using util::ends_with;
using util::starts_with;

constexpr std::size_t kParagraphs = 6;           // the preamble, after a few label lines
constexpr std::size_t kMaxOrganBytes = 24 * 3;   // 长治市人力资源和社会保障局 has 13
constexpr std::size_t kMaxLeadBytes = 40 * 3;    // 在市委、市政府和县委的正确领导下
constexpr int kSentences = 4;                     // of each paragraph

// Verbs that follow the organ opening a preamble sentence (…司法局坚持以…).
// (法治: 中村乡法治政府建设工作在…领导下.)
constexpr std::string_view kVerbs[] = {
    "坚持", "深入", "认真", "全面", "始终", "紧紧", "以", "在", "聚焦", "围绕", "深化", "持续",
    "扎实", "着力", "严格", "高度", "不断", "积极", "切实", "按照", "立足", "统筹", "牢固",
    "法治", "组织开展", "大力", "进一步",
};
// Words after 现将 that end the organ (现将县司法局2024年…, 现将我局关于…).
constexpr std::string_view kAfterOrgan[] = {"关于", "法治", "年度", "本年", "有关", "一年", "工作"};

// The run of Han characters at the start of `t`.
std::string_view han_run(std::string_view t) {
    const char* p = t.data();
    const char* const e = p + t.size();
    while (p < e) {
        const char* q = p;
        if (!util::is_han(util::decode(q, e))) break;
        p = q;
    }
    return t.substr(0, static_cast<std::size_t>(p - t.data()));
}

// `t` after an opening time (2020年，, 2021年以来，, 这一年，) and 在…领导下，, if any.
std::string_view after_opening(std::string_view t) {
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 4 && starts_with(t.substr(4), "年")) {
        t.remove_prefix(4 + 3);
        if (starts_with(t, "度")) t.remove_prefix(3);
        if (starts_with(t, "以来")) t.remove_prefix(6);  // 2021年以来，宣城市公安局…
    } else {
        for (std::string_view w : {"这一年", "一年来", "今年以来", "过去一年", "本年度"})
            if (starts_with(t, w)) {
                t.remove_prefix(w.size());
                break;
            }
    }
    for (std::string_view comma : {"，", ",", " "})
        if (starts_with(t, comma)) t.remove_prefix(comma.size());
    // 在市委、市政府和县委的正确领导下，息县人民政府坚持…
    if (starts_with(t, "在")) {
        const std::string_view lead = t.substr(0, kMaxLeadBytes);
        for (std::string_view end : {"下，", "下,"})
            if (const std::size_t k = lead.find(end); k != std::string_view::npos) {
                t.remove_prefix(k + end.size());
                break;
            }
    }
    return t;
}

// Whether `organ` is a ministry, which names no place (环境保护部, 生态环境部, 司法部: the
// opening of a ministry's own report), of three to eight characters.
bool is_ministry(std::string_view organ) {
    return ends_with(organ, "部") && organ.size() >= 3 * 3 && organ.size() <= 8 * 3 &&
           !starts_with(organ, "中共") && !starts_with(organ, "中央") && !starts_with(organ, "党");
}

// `organ` without 原 (former) in front: 原环境保护部 is 环境保护部 (renamed in 2018).
std::string_view without_former(std::string_view organ) {
    return starts_with(organ, "原") && organ.size() > 3 ? organ.substr(3) : organ;
}

// Whether `organ` names its place: an organ line (四 Han characters or more, an organ's
// ending, no level word in front), or a town or street (汤头街道, 贤庠镇).
bool names_issuer(std::string_view organ) {
    if (organ.empty() || organ.size() > kMaxOrganBytes) return false;
    if (is_ministry(organ)) return true;
    // 中共中央办公厅、国务院办公厅印发…: national organs cited, not the author of a local report.
    for (std::string_view national : {"中共中央", "中央", "党中央", "国务院", "全国", "最高", "国家"})
        if (starts_with(organ, national)) return false;
    if (is_organ_line(organ)) return true;
    if (organ.size() < 3 * 3) return false;
    for (std::string_view lead : {"本", "我", "全", "各", "市", "区", "县", "省", "镇", "乡", "街"})
        if (starts_with(organ, lead)) return false;
    if (ends_with(organ, "街道") || ends_with(organ, "镇") || ends_with(organ, "乡")) return true;
    // A province, city or county by its full name (2017年，山东省以…): the place reports.
    for (std::string_view level : {"省", "市", "县", "区", "自治区", "自治州", "盟", "旗"})
        if (ends_with(organ, level)) return !gazetteer::by_name(organ).empty();
    return false;
}

// The organ opening `t` before one of kVerbs, or empty. After an opening time
// (`opened`), also the first of a list of organs (这一年，唐山市委、市政府以…).
std::string_view organ_before_verb(std::string_view t, bool opened) {
    // 根据中共中央办公厅、国务院办公厅…: a sentence that opens with a preposition or a verb
    // names no author.
    // (经过 and 经研究, not 经: 经开区管委会 opens zone reports.)
    for (std::string_view w : {"根据", "按照", "依据", "为", "对", "经过", "经研究", "由", "据",
                               "贯彻", "落实", "认真", "全面", "坚持", "深入", "围绕"})
        if (starts_with(t, w)) return {};
    const std::string_view run = han_run(t);
    for (std::size_t at = 2 * 3; at < run.size() && at <= kMaxOrganBytes; at += 3)
        for (std::string_view v : kVerbs)
            // 市委全面依法治市委员会办公室: 全面 inside the organ's name.
            // (依法治市: 法治 inside the name too.)
            if (starts_with(run.substr(at), v) &&
                !(v == "全面" && starts_with(run.substr(at + v.size()), "依法治")) &&
                !(v == "法治" && starts_with(run.substr(at - 3), "依")))
                return run.substr(0, at);
    if (opened && starts_with(t.substr(run.size()), "、")) return run;
    return {};
}

// The organ after 现将 in `t`, or empty.
std::string_view organ_after_xianjiang(std::string_view t) {
    const std::size_t k = t.find("现将");
    if (k == std::string_view::npos) return {};
    const std::string_view run = han_run(t.substr(k + std::string_view("现将").size()));
    std::size_t end = run.size();
    for (std::string_view w : kAfterOrgan)
        end = std::min(end, run.find(w));
    return run.substr(0, end);
}

}  // namespace

std::optional<std::string> preamble_issuer(const std::vector<Paragraph>& paragraphs,
                                           std::size_t first) {
    // A place alone (2023年以来，下洋镇坚持…) gives way to an organ of it named later
    // (现将下洋镇人民政府…).
    std::optional<std::string> place;
    auto answer = [&](std::string_view organ) {
        if (!names_issuer(organ)) return false;
        if (is_organ_line(organ) || is_ministry(organ)) {
            if (place && organ.find(*place) == std::string_view::npos) return true;
            place = std::string(organ);
            return true;
        }
        if (!place) place = std::string(organ);
        return false;
    };
    const std::size_t last = std::min(paragraphs.size(), first + kParagraphs);
    for (std::size_t i = first; i < last; ++i) {
        const std::string_view text = paragraphs[i].text;
        const std::string_view opened = after_opening(text);
        if (answer(without_former(organ_before_verb(opened, opened.size() != text.size()))))
            return place;
        if (answer(organ_after_xianjiang(text))) return place;
        // A later sentence or clause that opens with a time (2021年…开局之年。这一年，唐山市委…;
        // 根据…要求，2023年，清波街道以…).
        std::size_t at = 0;
        for (int sentence = 0; sentence < kSentences;) {
            const std::size_t stop = std::min({text.find("。", at), text.find("，", at),
                                               text.find(",", at)});
            if (stop == std::string_view::npos) break;
            if (text.compare(stop, 3, "。") == 0) ++sentence;
            at = stop + (text[stop] == ',' ? 1 : 3);
            const std::string_view rest = text.substr(at);
            const std::string_view after_time = after_opening(rest);
            if (after_time.size() == rest.size()) continue;
            if (answer(without_former(organ_before_verb(after_time, true)))) return place;
        }
    }
    return place;
}

}  // namespace govreport::segment
