// Periods resolved to inclusive date ranges, relative words, and invalid_date diagnostics.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "extract/period_resolve.hpp"
#include "grammar/period.hpp"

#include "quantity_support.hpp"

using govreport::Granularity;
using govreport::Period;
using govreport::Report;
using govreport::grammar::period_ast;
using quantity_support::parse_text;

namespace {

constexpr int kReportYear = 2024;

std::string iso(const govreport::Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

struct PeriodCase {
    const char* input;
    const char* consumed;  ///< the period's text at the start of `input`
    const char* start;     ///< nullptr for a year end: any day of December (a day or a month)
    const char* end;
    const char* granularity;  ///< nullptr: not checked (year ends)
    bool relative;
};

// Relative words resolve against kReportYear.
const PeriodCase kPeriods[] = {
    // Years.
    {"2024 年", "2024 年", "2024-01-01", "2024-12-31", "year", false},
    {"2024年", "2024年", "2024-01-01", "2024-12-31", "year", false},
    {"2024年度", "2024年度", "2024-01-01", "2024-12-31", "year", false},
    {"2024 年度法治政府建设", "2024 年度", "2024-01-01", "2024-12-31", "year", false},
    {"2025 年，我市将", "2025 年", "2025-01-01", "2025-12-31", "year", false},
    {"2019年", "2019年", "2019-01-01", "2019-12-31", "year", false},
    // Ranges of years.
    {"2021-2025 年", "2021-2025 年", "2021-01-01", "2025-12-31", "range", false},
    {"2021—2025年", "2021—2025年", "2021-01-01", "2025-12-31", "range", false},
    {"2021至2025年", "2021至2025年", "2021-01-01", "2025-12-31", "range", false},
    {"2021年至2025年", "2021年至2025年", "2021-01-01", "2025-12-31", "range", false},
    {"2023-2027 年）", "2023-2027 年", "2023-01-01", "2027-12-31", "range", false},
    // Days.
    {"2025年2月6日", "2025年2月6日", "2025-02-06", "2025-02-06", "day", false},
    {"2025 年 2 月 6 日召开", "2025 年 2 月 6 日", "2025-02-06", "2025-02-06", "day", false},
    {"2024年2月29日", "2024年2月29日", "2024-02-29", "2024-02-29", "day", false},
    {"2024年12月31日", "2024年12月31日", "2024-12-31", "2024-12-31", "day", false},
    // Months and days in full-width digits, as some web pages type them.
    {"２０２５年２月６日", "２０２５年２月６日", "2025-02-06", "2025-02-06", "day", false},
    {"１２月３１日前", "１２月３１日", "2024-12-31", "2024-12-31", "day", true},
    {"１－１１月", "１－１１月", "2024-01-01", "2024-11-30", "range", true},
    {"2月6日", "2月6日", "2024-02-06", "2024-02-06", "day", true},
    // Months.
    {"2025年2月", "2025年2月", "2025-02-01", "2025-02-28", "month", false},
    {"2024年2月", "2024年2月", "2024-02-01", "2024-02-29", "month", false},
    {"2024年12月", "2024年12月", "2024-12-01", "2024-12-31", "month", false},
    {"2024年十二月", "2024年十二月", "2024-12-01", "2024-12-31", "month", false},
    {"3月，", "3月", "2024-03-01", "2024-03-31", "month", true},
    {"1-11月", "1-11月", "2024-01-01", "2024-11-30", "range", true},
    // Quarters.
    {"第一季度", "第一季度", "2024-01-01", "2024-03-31", "quarter", true},
    {"第二季度", "第二季度", "2024-04-01", "2024-06-30", "quarter", true},
    {"第三季度", "第三季度", "2024-07-01", "2024-09-30", "quarter", true},
    {"第四季度", "第四季度", "2024-10-01", "2024-12-31", "quarter", true},
    {"一季度", "一季度", "2024-01-01", "2024-03-31", "quarter", true},
    {"2024年一季度", "2024年一季度", "2024-01-01", "2024-03-31", "quarter", false},
    {"2025年第三季度", "2025年第三季度", "2025-07-01", "2025-09-30", "quarter", false},
    {"前三季度", "前三季度", "2024-01-01", "2024-09-30", "range", true},
    // Halves.
    {"上半年", "上半年", "2024-01-01", "2024-06-30", "half", true},
    {"下半年", "下半年", "2024-07-01", "2024-12-31", "half", true},
    {"2024年上半年", "2024年上半年", "2024-01-01", "2024-06-30", "half", false},
    {"2024 上半年行政执法", "2024 上半年", "2024-01-01", "2024-06-30", "half", false},
    {"2025年下半年", "2025年下半年", "2025-07-01", "2025-12-31", "half", false},
    // Relative years.
    {"今年", "今年", "2024-01-01", "2024-12-31", "year", true},
    {"全年", "全年", "2024-01-01", "2024-12-31", "year", true},
    {"去年", "去年", "2023-01-01", "2023-12-31", "year", true},
    {"上年", "上年", "2023-01-01", "2023-12-31", "year", true},
    {"明年", "明年", "2025-01-01", "2025-12-31", "year", true},
    // Year ends.
    {"去年底", "去年底", nullptr, "2023-12-31", nullptr, true},
    {"年底", "年底", nullptr, "2024-12-31", nullptr, true},
    {"2024年底", "2024年底", nullptr, "2024-12-31", nullptr, false},
};

// Well-formed expressions of days that do not exist.
const char* const kInvalid[] = {
    "2025年2月30日", "2024年2月30日", "2023年2月29日", "2025年4月31日", "2025年6月31日",
    "2025年13月",    "2025年0月",     "2月30日",       "2025年2月0日",  "2025-2021年",
};

// Not periods at all.
const char* const kNotPeriods[] = {
    "2024",       "十四五",  "第一责任人", "5次",   "三年行动计划", "年度规范性文件",
    "全面推进",   "上级政府", "12345",      "今后",  "下一步",       "",
    "两月",       "两日",  // 两 counts: 每两月1次
};

}  // namespace

TEST_CASE("periods: each form resolves to an inclusive range", "[period]") {
    for (const PeriodCase& c : kPeriods) {
        INFO("input: \"" << c.input << "\"");
        period_ast ast;
        std::size_t used = 0;
        const bool parsed = govreport::grammar::parse_period(c.input, ast, used);
        CHECK(parsed);
        if (!parsed) continue;
        CHECK(std::string_view(c.input).substr(0, used) == c.consumed);
        Period p;
        std::string why;
        const bool resolved = govreport::extract::resolve_period(ast, kReportYear, p, why);
        INFO("why: " << why);
        CHECK(resolved);
        if (!resolved) continue;
        if (c.start) {
            CHECK(iso(p.start) == c.start);
        } else {
            CHECK(p.start.year == p.end.year);
            CHECK(p.start.month == 12);
        }
        CHECK(iso(p.end) == c.end);
        if (c.granularity) CHECK(govreport::to_string(p.granularity) == std::string(c.granularity));
        CHECK(p.relative == c.relative);
    }
}

TEST_CASE("periods: impossible dates do not resolve", "[period]") {
    for (const char* input : kInvalid) {
        INFO("input: \"" << input << "\"");
        period_ast ast;
        std::size_t used = 0;
        // The grammar reads them (they are well formed); resolution refuses them.
        REQUIRE(govreport::grammar::parse_period(input, ast, used));
        CHECK(used == std::strlen(input));
        Period p;
        std::string why;
        CHECK_FALSE(govreport::extract::resolve_period(ast, kReportYear, p, why));
        CHECK_FALSE(why.empty());
    }
}

TEST_CASE("periods: words that are no period", "[period]") {
    for (const char* input : kNotPeriods) {
        INFO("input: \"" << input << "\"");
        period_ast ast;
        std::size_t used = 0;
        CHECK_FALSE(govreport::grammar::parse_period(input, ast, used));
    }
}

TEST_CASE("periods: relative words need a year to resolve", "[period]") {
    period_ast ast;
    std::size_t used = 0;
    REQUIRE(govreport::grammar::parse_period("去年底", ast, used));
    Period p;
    std::string why;
    CHECK_FALSE(govreport::extract::resolve_period(ast, 0, p, why));
    REQUIRE(govreport::grammar::parse_period("2024年", ast, used));
    CHECK(govreport::extract::resolve_period(ast, 0, p, why));
}

TEST_CASE("periods: two dates joined by 至 or a dash are one range", "[period]") {
    const Report r = parse_text(
        "本报告所列数据的期限为2022年1月1日至2022年12月31日。2023年1月至6月，办理案件5件。"
        "2021年3月—2022年5月开展专项行动。2024年12月至2024年1月有误。");
    INFO(quantity_support::describe(r));
    struct Want {
        const char* text;
        const char* start;
        const char* end;
    };
    for (const Want& w : {Want{"2022年1月1日至2022年12月31日", "2022-01-01", "2022-12-31"},
                          Want{"2023年1月至6月", "2023-01-01", "2023-06-30"},
                          Want{"2021年3月—2022年5月", "2021-03-01", "2022-05-31"}}) {
        INFO("period: " << w.text);
        const Period* found = nullptr;
        for (const Period& p : r.periods)
            if (p.text == w.text) found = &p;
        REQUIRE(found);
        CHECK(found->granularity == govreport::Granularity::range);
        CHECK(found->start_iso == w.start);
        CHECK(found->end_iso == w.end);
        CHECK(quantity_support::span_text(r, found->span) == w.text);
    }
    // The indicator of the sentence takes the range.
    const govreport::Indicator* five = nullptr;
    for (const auto& i : r.indicators)
        if (i.text == "5件") five = &i;
    REQUIRE(five);
    REQUIRE(five->period != govreport::npos);
    CHECK(r.periods[five->period].text == "2023年1月至6月");
    // A second date before the first joins nothing.
    std::size_t backwards = 0;
    for (const Period& p : r.periods) backwards += p.text == "2024年12月" || p.text == "2024年1月";
    CHECK(backwards == 2);
}

TEST_CASE("periods: 以来 runs to the report's year end, 每年 and 每月 say how often", "[period]") {
    const Report r = parse_text(
        "自2020年10月以来，共排查出挂案5起。2021年以来，全市推进改革。每年年底支付律师代理费用"
        "逾20万元，每年第一季度向区委报告。以每两月1次频次开展学习。", 2021);
    INFO(quantity_support::describe(r));
    const Period* since = nullptr;
    for (const Period& p : r.periods) {
        CHECK(p.text.find("底") == std::string::npos);   // 每年年底
        CHECK(p.text.find("季度") == std::string::npos);  // 每年第一季度
        CHECK(p.text.find("两月") == std::string::npos);  // 每两月
        if (p.text == "2020年10月以来") since = &p;
    }
    REQUIRE(since);
    CHECK(since->granularity == govreport::Granularity::range);
    CHECK(since->start_iso == "2020-10-01");
    CHECK(since->end_iso == "2021-12-31");
    const govreport::Indicator* five = nullptr;
    for (const auto& i : r.indicators)
        if (i.text == "5起") five = &i;
    REQUIRE(five);
    REQUIRE(five->period != govreport::npos);
    CHECK(r.periods[five->period].text == "2020年10月以来");
    // A day that starts a time: 起 after it, or 后 ending its clause (not 起草).
    const Report from = parse_text(
        "7月5日起实行新政，迁入人数同比增加40.12%。11月2日报告首例病例后，召开7次专题会议。"
        "8月1日起草方案3个。", 2021);
    INFO(quantity_support::describe(from));
    std::size_t days = 0;
    for (const Period& p : from.periods) {
        INFO(p.text);
        if (p.text == "7月5日" || p.text == "11月2日") CHECK(p.end_iso == "2021-12-31");
        if (p.text == "8月1日") CHECK(p.end_iso == "2021-08-01");
        days += p.text == "7月5日" || p.text == "11月2日" || p.text == "8月1日";
    }
    CHECK(days == 3);  // all three are periods
    // The report's own year stays a year: the default period of its figures.
    bool year = false;
    for (const Period& p : r.periods)
        year = year || (p.text == "2021年" && p.granularity == govreport::Granularity::year);
    CHECK(year);
}

TEST_CASE("periods: found in running text, with ISO dates", "[period]") {
    const Report r = parse_text(
        "2024 年，我市办理案件 3672 件。今年累计服务企业 933 家，有效发明专利拥有量5754件，"
        "较去年底增长15.5%。第一季度开展培训 3 次，上半年完成 6 项，明年将继续推进。");
    INFO(quantity_support::describe(r));
    struct Want {
        const char* text;
        const char* start;
        const char* end;
        bool relative;
    };
    const Want wants[] = {
        {"2024 年", "2024-01-01", "2024-12-31", false},
        {"今年", "2024-01-01", "2024-12-31", true},
        {"去年底", nullptr, "2023-12-31", true},
        {"第一季度", "2024-01-01", "2024-03-31", true},
        {"上半年", "2024-01-01", "2024-06-30", true},
        {"明年", "2025-01-01", "2025-12-31", true},
    };
    for (const Want& w : wants) {
        INFO("period: " << w.text);
        const Period* found = nullptr;
        for (const Period& p : r.periods)
            if (p.text == w.text) found = &p;
        REQUIRE(found);
        CHECK(quantity_support::span_text(r, found->span) == w.text);
        if (w.start) CHECK(found->start_iso == w.start);
        CHECK(found->end_iso == w.end);
        CHECK(found->start_iso == iso(found->start));
        CHECK(found->end_iso == iso(found->end));
        CHECK(found->relative == w.relative);
    }
    // Periods and indicators never share bytes.
    for (const Period& p : r.periods)
        CHECK(quantity_support::indicators_over(r, p.span.start, p.span.end).empty());
}

TEST_CASE("periods: a word the scan passes over at its first character is found from its second",
          "[period][speed]") {
    // The scan stops at 年, 半 and numerals, not at 全, 上, 前 or 第 (kLeadsBefore): their
    // words are tried from the next character, right after a figure too, never inside a
    // period already read, and 全面, 第一批, 本次 and 上级 stay no periods.
    const Report r = parse_text(
        "增长12%上半年完成6项。2021年上半年受理8件。全面推进，全年办结35件，上一年为30件，"
        "前三季度28件，第3季度9件，去年底达到40件，年底前完成。第一批试点，本次会议，上级部门。");
    INFO(quantity_support::describe(r));
    const char* const wants[] = {"上半年", "2021年上半年", "全年", "上一年", "前三季度",
                                 "第3季度", "去年底", "年底"};
    REQUIRE(r.periods.size() == std::size(wants));
    for (std::size_t i = 0; i < r.periods.size(); ++i) {
        CHECK(r.periods[i].text == wants[i]);
        CHECK(quantity_support::span_text(r, r.periods[i].span) == wants[i]);
    }
    CHECK(r.periods[0].start_iso == "2024-01-01");
    CHECK(r.periods[0].end_iso == "2024-06-30");
    CHECK(r.periods[4].end_iso == "2021-09-30");  // 前三季度 of the year the text speaks of
}

TEST_CASE("periods: a part about another year, and 全年 after a year, are that year's", "[period]") {
    // A 2023 work report looks back on 2022 in its first part: figures with no period of
    // their own, 全年 and bare months there are 2022's; its plans stay 2023's.
    const Report r = govreport::parse(
        "2023年政府工作报告\n\n一、2022年工作回顾\n过去的一年，全县地区生产总值完成107.2亿元。"
        "全年地区生产总值同比增长4.5%。3月启动改革。\n二、2023年工作安排\n全年地区生产总值增长6%。\n");
    INFO(quantity_support::describe(r));
    REQUIRE(r.year == std::optional<int>(2023));
    auto year_of = [&](std::string_view text) {
        for (const govreport::Indicator& i : r.indicators)
            if (i.text == text) return i.period < r.periods.size() ? r.periods[i.period].start.year : 0;
        return -1;  // no such indicator
    };
    CHECK(year_of("107.2亿元") == 2022);
    CHECK(year_of("4.5%") == 2022);
    CHECK(year_of("6%") == 2023);
    bool march = false;
    for (const Period& p : r.periods)
        if (p.text == "3月") march = p.start_iso == "2022-03-01";
    CHECK(march);
    // In one paragraph: 2022年，… 全年… is 2022; a target year further ahead is not 全年's.
    const Report same = govreport::parse(
        "某县2023年法治政府建设年度报告\n\n一、主要工作\n2022年，全县上下团结奋斗。全年地区生产总值增长4.5%。"
        "到2030年建成示范区。预计全年接待游客100万人次。\n");
    INFO(quantity_support::describe(same));
    std::vector<int> whole;
    for (const Period& p : same.periods)
        if (p.text == "全年") whole.push_back(p.start.year);
    CHECK(whole == std::vector<int>{2022, 2023});
    // A work report's 过去一年 part names no year: the one before the report's, as the
    // part writes it. Not so in a 法治政府 report, whose year is the one it looks back on.
    const std::string looking_back =
        "\n\n一、过去一年工作回顾\n2024年，我们坚持稳中求进。\n（一）经济运行稳中有进。新增市场主体"
        "158个。\n二、2025年工作安排\n地区生产总值增长6%左右。\n";
    const Report work = govreport::parse("汉滨区2025年政府工作报告" + looking_back);
    const Report annual = govreport::parse("汉滨区2025年法治政府建设年度报告" + looking_back);
    auto year_in = [](const Report& rep, std::string_view text) {
        for (const govreport::Indicator& i : rep.indicators)
            if (i.text == text) return i.period < rep.periods.size() ? rep.periods[i.period].start.year : 0;
        return -1;
    };
    CHECK(year_in(work, "158个") == 2024);
    CHECK(year_in(work, "6%左右") == 2025);
    CHECK(year_in(annual, "158个") == 2025);
    // No year under the heading: the one the report wrote before the part.
    const Report earlier = govreport::parse(
        "汉滨区2025年政府工作报告\n各位代表：2024年是不平凡的一年。\n一、过去一年工作回顾\n"
        "（一）经济运行稳中有进。新增市场主体158个。\n");
    CHECK(year_in(earlier, "158个") == 2024);
}

TEST_CASE("periods: relative words follow the report year of the title", "[period]") {
    const std::string text =
        "某市人民政府2022年度法治政府建设情况报告\n\n"
        "一、主要做法及成效\n\n今年办理行政复议案件 80 件，较去年底增长 5%。\n\n"
        "二、存在的不足\n\n基层执法力量相对薄弱。\n\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n"
        "四、2023年工作安排\n\n明年将持续推进法治政府建设。\n";
    const Report r = govreport::parse(text);
    INFO(quantity_support::describe(r));
    REQUIRE(r.year);
    CHECK(*r.year == 2022);
    bool this_year = false, last_end = false, next_year = false;
    for (const Period& p : r.periods) {
        if (p.text == "今年") this_year = p.start_iso == "2022-01-01" && p.end_iso == "2022-12-31";
        if (p.text == "去年底") last_end = p.end_iso == "2021-12-31";
        if (p.text == "明年") next_year = p.start_iso == "2023-01-01" && p.end_iso == "2023-12-31";
    }
    CHECK(this_year);
    CHECK(last_end);
    CHECK(next_year);
}

TEST_CASE("periods: an impossible date is an invalid_date diagnostic", "[period]") {
    for (const char* date : {"2025年2月30日", "2023年2月29日", "2025年4月31日"}) {
        const std::string sentence = std::string(date) + "召开专题会议，部署工作 6 项。";
        INFO("sentence: " << sentence);
        const Report r = parse_text(sentence);
        INFO(quantity_support::describe(r));
        const govreport::Diagnostic* diag = nullptr;
        for (const auto& d : r.diagnostics)
            if (d.code == "invalid_date") diag = &d;
        REQUIRE(diag);
        CHECK(quantity_support::span_text(r, diag->span) == date);
        for (const Period& p : r.periods) CHECK(p.text != date);
        // Its numbers are no indicators either; the real one still is.
        CHECK(quantity_support::indicators_over(r, 0, std::strlen(date)).empty());
        CHECK(quantity_support::indicators_with(r, "6 项").size() == 1);
    }
}

TEST_CASE("periods: a valid leap day is no diagnostic", "[period]") {
    const Report r = parse_text("2024年2月29日召开专题会议。");
    for (const auto& d : r.diagnostics) CHECK(d.code != "invalid_date");
    bool found = false;
    for (const Period& p : r.periods)
        found = found || (p.text == "2024年2月29日" && p.start_iso == "2024-02-29" &&
                          p.granularity == Granularity::day);
    CHECK(found);
}

TEST_CASE("periods: the plain-year fast path answers as the grammar does", "[period]") {
    // "2024年" then every character that may continue a period and some that may not,
    // alone and before a second one; then every position of the corpus.
    const char* const nexts[] = {"", " ", "\t", "\u3000", "\u00A0", "-", "~", "—", "–", "－",
                                 "～", "至", "到", "0", "1", "4", "5", "9", "一", "二", "两", "三",
                                 "四", "五", "九", "十", "百", "零", "〇", "上", "下", "第", "底",
                                 "末", "度", "，", "。", "年", "月", "季", "的", "全", "a", "\xE5",
                                 "份", "初", "半", "日", "１"};
    std::string text;
    for (const char* year : {"2024年", "1999年", "0000年", "2024 年", "２０２４年", "20245年"})
        for (const char* a : nexts) {
            for (const char* b : nexts) text += std::string(year) + a + b + "\n";
        }
    if (const auto files = quantity_support::corpus_files())
        for (const std::string& f : *files) text += test_support::read_file(f);
    std::size_t checked = 0, accepted = 0, differ = 0, first_differ = std::string::npos;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const std::string_view rest = std::string_view(text).substr(at);
        govreport::grammar::period_ast a, b;
        std::size_t an = 0, bn = 0;
        const bool x = govreport::grammar::parse_period(rest, a, an);
        const bool y = govreport::grammar::parse_period_rule(rest, b, bn);
        const bool same = x == y && (!x || (an == bn && a.shape == b.shape && a.y1 == b.y1 &&
                                            a.m1 == b.m1 && a.d1 == b.d1 && a.y2 == b.y2 &&
                                            a.m2 == b.m2 && a.part == b.part &&
                                            a.relative == b.relative &&
                                            a.is_relative == b.is_relative));
        if (!same && differ++ == 0) first_differ = at;
        accepted += x;
        ++checked;
    }
    INFO("first difference at byte " << first_differ << ": "
                                     << text.substr(first_differ == std::string::npos ? 0 : first_differ, 24));
    CHECK(differ == 0);
    CHECK(accepted > 2000);
    CHECK(checked > 100000);
}
