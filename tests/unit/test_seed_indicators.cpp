// The seed report's indicators, listed by hand: found with their values, traps left out.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "quantity_support.hpp"

using govreport::Indicator;
using govreport::Report;
using quantity_support::near;

namespace {

// One indicator of the seed. `context` is a phrase that occurs once in the seed and holds
// `core`, the number with its unit as written; the indicator's text must contain `core`
// (it may add a qualifier such as 约). Units are canonical; kind and qualifier as issue 3
// defines them ("" = none).
struct SeedIndicator {
    const char* context;
    const char* core;
    double value;
    double scale;
    const char* unit;
    const char* kind;
    const char* qualifier;
};

// Read off qidong-2024.txt, paragraph by paragraph (59 figures).
const SeedIndicator kSeed[] = {
    // 1. 提升依法行政能力和水平
    {"开展 5 次集体学法", "5 次", 5, 1, "次", "count", ""},
    // 2. 不断强化法治督察考核 (考核权重 from 1 to 2 points)
    {"重从1分提升", "1分", 1, 1, "分", "score", ""},
    {"提升至2分", "2分", 2, 1, "分", "score", ""},
    // 3. 扎实推进政府职能转变
    {"等5个领域", "5个", 5, 1, "个", "count", ""},
    // 4. 持续深化"放管服"改革
    {"拓展至134个", "134个", 134, 1, "个", "count", ""},
    {"压缩度达50%以上", "50%", 50, 1, "%", "rate_change", "at_least"},
    {"转化率约90.6%", "90.6%", 90.6, 1, "%", "percent", "approx"},
    {"两个南通地方标准", "两个", 2, 1, "个", "count", ""},
    // 5. 稳步优化法治化营商环境
    {"提出68条", "68条", 68, 1, "条", "count", ""},
    {"授权995件", "995件", 995, 1, "件", "count", ""},
    {"同比增长89.7%", "89.7%", 89.7, 1, "%", "rate_change", ""},
    {"拥有量5754件", "5754件", 5754, 1, "件", "count", ""},
    {"较去年底增长15.5%", "15.5%", 15.5, 1, "%", "rate_change", ""},
    {"拥有量达60.25件", "60.25件", 60.25, 1, "件", "ratio", "reached"},
    {"商标侵权案62件", "62件", 62, 1, "件", "count", ""},
    {"假冒专利案13件", "13件", 13, 1, "件", "count", ""},
    {"侵权纠纷案6件", "6件", 6, 1, "件", "count", ""},
    {"规范性文件47件", "47件", 47, 1, "件", "count", ""},
    {"政策性文件89件", "89件", 89, 1, "件", "count", ""},
    {"修订16件", "16件", 16, 1, "件", "count", ""},
    {"废止16件", "16件", 16, 1, "件", "count", ""},
    {"失效15件", "15件", 15, 1, "件", "count", ""},
    // 6. 坚持科学民主，切实提高决策水平
    {"规范性文件 6 件", "6 件", 6, 1, "件", "count", ""},
    {"报备率 100%", "100%", 100, 1, "%", "percent", ""},
    // 7. 筑牢法治屏障，强化行政执法监督质效
    {"线索 2.8 万条", "2.8 万条", 2.8, 1e4, "条", "count", ""},
    {"线索 1.3 万条", "1.3 万条", 1.3, 1e4, "条", "count", ""},
    {"数据 1427 条", "1427 条", 1427, 1, "条", "count", ""},
    // 8. 强化精准施策，推进综合执法规范化建设
    {"案件 3672 件", "3672 件", 3672, 1, "件", "count", ""},
    {"金额 8122.21 万元", "8122.21 万元", 8122.21, 1e4, "元", "amount", ""},
    {"对 116 条", "116 条", 116, 1, "条", "count", ""},
    {"检查指导 18 次", "18 次", 18, 1, "次", "count", ""},
    {"选取 23 家", "23 家", 23, 1, "家", "count", ""},
    {"意见书 23 份", "23 份", 23, 1, "份", "count", ""},
    {"全市 1487 名", "1487 名", 1487, 1, "名", "count", ""},
    // 9. 主动接受人大、政协和社会各界监督
    {"议案建议 402 件", "402 件", 402, 1, "件", "count", ""},
    {"提案 338 件", "338 件", 338, 1, "件", "count", ""},
    {"问题 231 件", "231 件", 231, 1, "件", "count", ""},
    // 10. 切实加强司法、审计监督
    {"应诉案件 60 件", "60 件", 60, 1, "件", "count", ""},
    {"诉讼 113 件", "113 件", 113, 1, "件", "count", ""},
    {"出庭应诉率 100%", "100%", 100, 1, "%", "percent", ""},
    // 11. 加速政务公开提质增效
    {"专题专栏 8 个", "8 个", 8, 1, "个", "count", ""},
    {"信息 22911 条", "22911 条", 22911, 1, "条", "count", ""},
    {"访问量达 94.6 万次", "94.6 万次", 94.6, 1e4, "次", "count", "reached"},
    {"本级依申请公开 208 件", "208 件", 208, 1, "件", "count", ""},
    {"文件 96 件", "96 件", 96, 1, "件", "count", ""},
    {"政策解读 55 条", "55 条", 55, 1, "条", "count", ""},
    {"调查 33 期", "33 期", 33, 1, "期", "count", ""},
    {"访谈 12 期", "12 期", 12, 1, "期", "count", ""},
    {"全市 20 余家", "20 余家", 20, 1, "家", "count", "at_least"},
    // 13. 加大公共法律服务供给
    {"全市 14 家", "14 家", 14, 1, "家", "count", ""},
    {"建设 23 个", "23 个", 23, 1, "个", "count", ""},
    {"以外的 12 个", "12 个", 12, 1, "个", "count", ""},
    {"全市 700 家", "700 家", 700, 1, "家", "count", ""},
    {"和 228 家", "228 家", 228, 1, "家", "count", ""},
    {"服务企业 933 家", "933 家", 933, 1, "家", "count", ""},
    {"法治体检 218 次", "218 次", 218, 1, "次", "count", ""},
    {"法治宣传 271 场次", "271 场次", 271, 1, "场次", "count", ""},
    // 15. 推进信访工作法治化
    {"等7个市群众", "7个", 7, 1, "个", "count", ""},
    // 三、 三是加强督察考核
    {"对 91 名", "91 名", 91, 1, "名", "count", ""},
};

// Numbers of the seed that are no indicator: (context, the number inside it).
struct SeedTrap {
    const char* context;
    const char* trap;
};

const SeedTrap kTraps[] = {
    // Hotlines, code names in quotes, arithmetic, names with numbers.
    {"与 12345 便民", "12345"},
    {"+12345 数据", "12345"},
    {"“11111”创新", "11111"},
    {"“642”配置", "642"},
    {"“1+1>2”", "1+1>2"},
    {"袁法议事 26 法", "26"},
    // Versions.
    {"在3.0版运行", "3.0"},
    {"体系4.0版", "4.0"},
    {"升级至3.0版本", "3.0"},
    {"益启企”4.0 版", "4.0"},
    // Ordinals and names of plans, plenums and slogans.
    {"县市区第一；", "第一"},
    {"县市区第一方阵", "第一"},
    {"第一责任人职责情况", "第一"},
    {"二十届三中全会", "二十届三中"},
    {"“八五”普法", "八五"},
    {"十项机制", "十项"},
    {"四张清单", "四张"},
    {"“一件事”改革清单", "一件"},
    {"最后一公里", "一公里"},
    {"三年行动", "三年"},
    {"一扇门", "一扇"},
    {"五心五法", "五心五法"},
    {"四联四化", "四联四化"},
    {"市镇两级", "两级"},
    {"“一站式”服务平台", "一站"},
    // Structure markers.
    {"1. 提升依法行政能力和水平", "1."},
    {"3.扎实推进", "3."},
    {"13.加大公共", "13."},
    {"15.推进信访", "15."},
    {"（五）积极化解", "（五）"},
    {"一、推进法治", "一、"},
    {"四、2025 年推进", "四、"},
    {"一是坚持高位", "一是"},
    {"五是深入推动", "五是"},
    // Years and periods.
    {"2024 年，在南通", "2024"},
    {"（2021-2025 年）", "2021-2025"},
    {"《启东市 2024 年法治", "2024"},
    {"2024 上半年", "2024"},
    {"（2023-2025 年）", "2023-2025"},
    {"（2023-2027 年）", "2023-2027"},
    {"2025 年，我市", "2025"},
    {"2024 年度行政执法", "2024"},
    {"二、2024年法治", "2024"},
};

// Readings that could go either way (一 + classifier as an article: "a", "every one"):
// extracting them is neither required nor counted against precision.
const SeedTrap kNeutral[] = {
    {"一支较为稳定", "一支"},
    {"每一名网格员", "一名"},
};

struct Located {
    std::size_t begin = std::string::npos;
    std::size_t end = std::string::npos;
};

Located locate(const std::string& text, const char* context, const char* inner) {
    Located l;
    const std::size_t c = text.find(context);
    if (c == std::string::npos) return l;
    const std::size_t i = std::string_view(context).find(inner);
    if (i == std::string_view::npos) return l;
    l.begin = c + i;
    l.end = l.begin + std::string_view(inner).size();
    return l;
}

bool covers(const Indicator& ind, const Located& l) {
    return ind.span.start <= l.begin && ind.span.end >= l.end;
}

bool values_match(const Indicator& ind, const SeedIndicator& e) {
    return near(ind.value, e.value) && ind.scale == e.scale &&
           near(ind.normalized, e.value * e.scale) && ind.unit == e.unit;
}

}  // namespace

TEST_CASE("seed: every listed indicator is found with its values", "[seed][quantity]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(text);
    const Report r = govreport::parse(text);
    REQUIRE(r.year);
    REQUIRE(*r.year == 2024);
    REQUIRE(std::size(kSeed) >= 50);

    std::vector<bool> matched_extracted(r.indicators.size(), false);
    std::vector<bool> neutral_extracted(r.indicators.size(), false);
    std::size_t found = 0;
    for (const SeedIndicator& e : kSeed) {
        INFO("expected: " << e.core << " in \"" << e.context << "\"");
        const Located l = locate(r.text, e.context, e.core);
        REQUIRE(l.begin != std::string::npos);
        std::vector<std::size_t> hits;
        for (std::size_t i = 0; i < r.indicators.size(); ++i)
            if (covers(r.indicators[i], l)) hits.push_back(i);
        CHECK(hits.size() == 1);
        if (hits.size() != 1) continue;
        const Indicator& ind = r.indicators[hits.front()];
        INFO("extracted: " << ind.id << " \"" << ind.text << "\" value=" << ind.value
                           << " scale=" << ind.scale << " normalized=" << ind.normalized
                           << " unit=" << ind.unit << " kind=" << govreport::to_string(ind.kind)
                           << " qualifier=" << govreport::to_string(ind.qualifier));
        CHECK(test_support::contains(ind.text, e.core));
        const bool ok = values_match(ind, e);
        CHECK(ok);
        CHECK(std::string(govreport::to_string(ind.kind)) == e.kind);
        CHECK(std::string(govreport::to_string(ind.qualifier)) == e.qualifier);
        if (ok) {
            ++found;
            matched_extracted[hits.front()] = true;
        }
    }
    for (const SeedTrap& n : kNeutral) {
        const Located l = locate(r.text, n.context, n.trap);
        REQUIRE(l.begin != std::string::npos);
        for (std::size_t i = 0; i < r.indicators.size(); ++i)
            if (quantity_support::overlaps(r.indicators[i].span.start, r.indicators[i].span.end,
                                           l.begin, l.end))
                neutral_extracted[i] = true;
    }

    std::size_t true_positive = 0, false_positive = 0;
    std::string spurious;
    for (std::size_t i = 0; i < r.indicators.size(); ++i) {
        if (matched_extracted[i]) ++true_positive;
        else if (!neutral_extracted[i]) {
            ++false_positive;
            spurious += " \"" + r.indicators[i].text + "\"";
        }
    }
    const double recall = static_cast<double>(found) / static_cast<double>(std::size(kSeed));
    const double precision =
        true_positive + false_positive == 0
            ? 0.0
            : static_cast<double>(true_positive) / static_cast<double>(true_positive + false_positive);
    char line[200];
    std::snprintf(line, sizeof line,
                  "seed indicators: recall %zu/%zu = %.3f, precision %zu/%zu = %.3f",
                  found, std::size(kSeed), recall, true_positive, true_positive + false_positive,
                  precision);
    WARN(line << (spurious.empty() ? "" : "; not on the list:") << spurious);
    REQUIRE(recall >= 0.95);
    REQUIRE(precision >= 0.9);
}

TEST_CASE("seed: none of the traps is an indicator", "[seed][quantity]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(text);
    const Report r = govreport::parse(text);
    for (const SeedTrap& t : kTraps) {
        INFO("trap: " << t.trap << " in \"" << t.context << "\"");
        const Located l = locate(r.text, t.context, t.trap);
        REQUIRE(l.begin != std::string::npos);
        const auto over = quantity_support::indicators_over(r, l.begin, l.end);
        std::string seen;
        for (const Indicator* ind : over) seen += " \"" + ind->text + "\"";
        INFO("extracted:" << seen);
        CHECK(over.empty());
    }
    // Nothing inside a cited title either.
    for (const auto& [b, e] : quantity_support::book_ranges(r.text)) {
        const auto over = quantity_support::indicators_over(r, b, e);
        INFO("title: " << r.text.substr(b, e - b));
        CHECK(over.empty());
    }
}

TEST_CASE("seed: the periods the text speaks of", "[seed][period]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(text);
    const Report r = govreport::parse(text);
    struct Want {
        const char* context;
        const char* period;
        const char* end;
        bool relative;
    };
    const Want wants[] = {
        {"2024 年，在南通", "2024 年", "2024-12-31", false},
        {"开展 2024 年度行政执法", "2024 年度", "2024-12-31", false},
        {"较去年底增长", "去年底", "2023-12-31", true},
        {"今年未发现", "今年", "2024-12-31", true},
        {"今年累计服务", "今年", "2024-12-31", true},
        {"全年共向同级", "全年", "2024-12-31", true},
        {"2025 年，我市将", "2025 年", "2025-12-31", false},
        {"四、2025 年推进", "2025 年", "2025-12-31", false},
    };
    for (const Want& w : wants) {
        INFO("period: " << w.period << " in \"" << w.context << "\"");
        const Located l = locate(r.text, w.context, w.period);
        REQUIRE(l.begin != std::string::npos);
        const govreport::Period* found = nullptr;
        for (const auto& p : r.periods)
            if (p.span.start == l.begin && p.span.end == l.end) found = &p;
        REQUIRE(found);
        CHECK(found->text == w.period);
        CHECK(found->end_iso == w.end);
        CHECK(found->relative == w.relative);
    }
    // No impossible date in the seed.
    for (const auto& d : r.diagnostics) CHECK(d.code != "invalid_date");
}
