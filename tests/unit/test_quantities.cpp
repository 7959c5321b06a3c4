// Units, scales, qualifiers, changes and per-capita figures, in the grammar and in sentences.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quantities.hpp"
#include "grammar/numeral.hpp"
#include "grammar/period.hpp"
#include "grammar/quantity.hpp"

#include "quantity_support.hpp"

using govreport::Indicator;
using govreport::IndicatorKind;
using govreport::Qualifier;
using govreport::Report;
using govreport::grammar::quantity_match;
using quantity_support::near;
using quantity_support::parse_text;

namespace {

// The one indicator whose text contains `core`; fails the test when there is not exactly one.
const Indicator& the_indicator(const Report& r, std::string_view core) {
    const auto found = quantity_support::indicators_with(r, core);
    INFO("looking for \"" << std::string(core) << "\" in:\n" << quantity_support::describe(r));
    REQUIRE(found.size() == 1);
    return *found.front();
}

std::string kind_of(const Indicator& i) { return govreport::to_string(i.kind); }
std::string qualifier_of(const Indicator& i) { return govreport::to_string(i.qualifier); }

// ---------------------------------------------------------------------------------------
// The units of issue 3, each after an Arabic number.

struct UnitCase {
    const char* surface;  ///< as written after the number
    const char* unit;     ///< canonical unit
    double scale;
    const char* kind;     ///< nullptr: the issue does not say
};

const UnitCase kUnits[] = {
    {"件", "件", 1, "count"},     {"个", "个", 1, "count"},     {"次", "次", 1, "count"},
    {"名", "名", 1, "count"},     {"人", "人", 1, "count"},     {"人次", "人次", 1, "count"},
    {"家", "家", 1, "count"},     {"条", "条", 1, "count"},     {"份", "份", 1, "count"},
    {"场", "场", 1, "count"},     {"场次", "场次", 1, "count"}, {"期", "期", 1, "count"},
    {"项", "项", 1, "count"},     {"户", "户", 1, "count"},     {"处", "处", 1, "count"},
    {"起", "起", 1, "count"},     {"批", "批", 1, "count"},     {"宗", "宗", 1, "count"},
    {"篇", "篇", 1, "count"},     {"元", "元", 1, "amount"},    {"万元", "元", 1e4, "amount"},
    {"亿元", "元", 1e8, "amount"}, {"平方米", "平方米", 1, nullptr},
    {"公里", "公里", 1, nullptr}, {"小时", "小时", 1, nullptr}, {"天", "天", 1, nullptr},
};

}  // namespace

TEST_CASE("quantities: every unit of the table, after Arabic and Chinese numbers", "[quantity]") {
    for (const UnitCase& u : kUnits) {
        for (const char* number : {"12", "12 ", "十二"}) {
            // 期 after a Chinese numeral is a phase (二期工程), not a count: Arabic only.
            if (std::strcmp(u.surface, "期") == 0 && std::strcmp(number, "十二") == 0) continue;
            const std::string input = std::string(number) + u.surface;
            INFO("input: \"" << input << "\"");
            quantity_match q;
            REQUIRE(govreport::grammar::parse_quantity(input, q));
            CHECK(q.value == 12);
            CHECK(q.scale == u.scale);
            CHECK(q.unit == u.unit);
            if (u.kind) CHECK(govreport::to_string(q.kind) == std::string(u.kind));
            CHECK(q.bytes == input.size());
        }
    }
}

TEST_CASE("quantities: 张 and 门 count after Arabic digits and 大类 after any number and 元 per month", "[quantity]") {
    struct Case {
        const char* text;
        const char* quantity;  ///< the indicator's text, or nullptr: none
        const char* unit;
        double value;
    };
    const Case cases[] = {
        {"张贴宣传海报35张。", "35张", "张", 35},
        {"新增养老床位2.5万张。", "2.5万张", "张", 25000},
        {"开设3门法治课程。", "3门", "门", 3},
        {"细化为3大类。", "3大类", "大类", 3},
        {"养老金提高到801元/月。", "801元/月", "元/月", 801},
        {"发放补助3000元/人。", "3000元/人", "元/人", 3000},
        {"分为五大类。", "五大类", "大类", 5},
        // Names, not counts: 四张清单, 两张网, 一门心思.
        {"建立四张清单。", nullptr, nullptr, 0},
        {"织密两张网。", nullptr, nullptr, 0},
        {"一门心思抓落实。", nullptr, nullptr, 0},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const Report r = parse_text(c.text);
        if (!c.quantity) {
            CHECK(r.indicators.empty());
            continue;
        }
        const Indicator& i = the_indicator(r, c.quantity);
        CHECK(i.unit == c.unit);
        CHECK(near(i.normalized, c.value));
        CHECK(kind_of(i) == (std::string_view(c.unit).substr(0, 3) == "元" ? "amount" : "count"));
    }
}

TEST_CASE("quantities: the metric is what the number counts", "[quantity]") {
    struct Case {
        const char* text;
        const char* quantity;  ///< the indicator's text
        const char* metric;
    };
    const Case cases[] = {
        {"新增发明专利授权995件，同比增长89.7%。", "995件", "新增发明专利授权"},
        {"新增发明专利授权995件，同比增长89.7%。", "89.7%", "新增发明专利授权"},
        {"行政机关负责人出庭应诉率达100%。", "100%", "行政机关负责人出庭应诉率"},
        {"涉企免罚轻罚案件216件，减免金额8122.21万元。", "216件", "涉企免罚轻罚案件"},
        {"涉企免罚轻罚案件216件，减免金额8122.21万元。", "8122.21万元", "减免金额"},
        {"全市共有律师事务所12家、执业律师120名。", "12家", "律师事务所"},
        {"全市共有律师事务所12家、执业律师120名。", "120名", "执业律师"},
        {"1487名执法人员全部完成培训。", "1487名", "执法人员"},
        // The noun after the unit: after 等 (a list of examples), after another figure
        // and 、 or 的, after a bare verb.
        {"组织县公安局等20余家主要行政执法部门开展培训。", "20余家", "主要行政执法部门"},
        {"保留城市管理、应急管理等5个领域的综合执法队伍。", "5个", "领域"},
        {"公布78个高频事项、48个毗邻区县公共服务事项。", "78个", "高频事项"},
        {"公布78个高频事项、48个毗邻区县公共服务事项。", "48个", "毗邻区县公共服务事项"},
        {"梳理27个部门单位的278项行政许可事项。", "278项", "行政许可事项"},
        {"完成178座燃煤锅炉拆改、25公里供热管线改造。", "178座", "燃煤锅炉拆改"},
        {"完成178座燃煤锅炉拆改、25公里供热管线改造。", "25公里", "供热管线改造"},
        {"经过两轮县机构改革领导小组组长会议研究。", "两轮", "县机构改革领导小组组长会议"},
        // 组织 ends a noun after 合作, 社会…, and is a verb elsewhere.
        {"19家龙头企业、67个专业合作组织带动发展。", "67个", "专业合作组织"},
        {"对 91 名新提任领导干部组织进行了法律法规知识考试。", "91 名", "新提任领导干部"},
        // A verb before the number: its object, after the unit, is what is counted.
        {"市政府常务会议开展 5 次集体学法。", "5 次", "集体学法"},
        {"全年共受理35件行政复议案件。", "35件", "行政复议案件"},
        {"全年累计培训1487人次。", "1487人次", "培训"},  // no object: the verb it is
        // A date in front is the time of the sentence, not part of what is counted.
        {"2024年共召开党组会33次。", "33次", "召开党组会"},
        {"2024年共开展3轮县委巡察。", "3轮", "县委巡察"},
        // A verb right after a rate says what it is of; a noun there does not.
        {"行政机关负责人100%出庭应诉。", "100%", "行政机关负责人出庭应诉"},
        {"政务服务事项98.5%网上可办，", "98.5%", "政务服务事项网上可办"},
        {"抽检合格率100%通过验收。", "100%", "抽检合格率"},  // a rate named already
        {"行政机关负责人出庭应诉率达100%。", "100%", "行政机关负责人出庭应诉率"},
        {"企业和个人享受15%所得税优惠。", "15%", "企业和个人享受"},
        {"行政复议案件100%办结并按时反馈当事人和相关单位。", "100%", "行政复议案件"},  // a longer clause
        // The words between two figures name the first one's thing; the second's follows it.
        {"编制包含27部法律法规规章273条法条的学法清单。", "27部", "法律法规规章"},
        {"编制包含27部法律法规规章273条法条的学法清单。", "273条", "法条"},
        // A figure in brackets measures the noun before them, not what a bracket closed.
        {"案件类警情（同比下降21.9%，降幅排名第一）、刑事立案数（同比下降13.4%）和破获刑事案件数（同比上升4.6%）。",
         "13.4%", "刑事立案数"},
        {"案件类警情（同比下降21.9%，降幅排名第一）、刑事立案数（同比下降13.4%）和破获刑事案件数（同比上升4.6%）。",
         "4.6%", "破获刑事案件数"},
        {"对11个乡镇（街道）党政主要负责人开展巡察，乡镇（街道）覆盖率100%。", "100%", "乡镇（街道）覆盖率"},
        {"共办理案件12件（其中行政复议8件，行政诉讼4件）。", "8件", "行政复议"},
        {"全年受理投诉35件(同比下降10%)。", "10%", "受理投诉"},
        {"案件类警情（同比下降21.9%）。", "21.9%", "案件类警情"},
        // The report's organ as the subject, and 均 (all) after rates, are no part of it.
        {"2024年，我局共开展“第一议题”学习34次。", "34次", "开展“第一议题”学习"},
        {"参与率、通过率均为100%。", "100%", "参与率、通过率"},
        {"居民人均可支配收入年均增长6.6%。", "6.6%", "居民人均可支配收入年均"},
        {"实现地区生产总值5696亿元。", "5696亿元", "地区生产总值"},
        {"地区生产总值同比(下同)增长4.5%。", "4.5%", "地区生产总值"},
        {"办理司法鉴定、仲裁案件同比分别增长5%、26%。", "26%", "办理司法鉴定、仲裁案件"},
        // Words that only lead up to a count (a clause ending in 的, a scope, a bare
        // preposition): the noun after its unit is what is counted.
        {"在对已出台的7个试点部门开展评估。", "7个", "试点部门"},
        {"另外全镇26个行政村全部聘请法律顾问。", "26个", "行政村"},
        {"面向全国30万新录用公务员开展培训。", "30万", "新录用公务员"},
        {"对26个市、县（区）开展督察。", "26个", "市"},
        {"省质监局对17类省级工业产品生产许可证实行简化审批。", "17类", "省级工业产品生产许可证实行简化审"},
        {"成功应对3次本地疫情。", "3次", "本地疫情"},
        {"分领域甄选并聘任27名交通运输行业指导员。", "27名", "交通运输行业指导员"},
        // …but not where an amount starts from, nor when nothing follows the unit.
        {"地区生产总值由2010年的162.4亿元增加到200亿元。", "162.4亿元", "地区生产总值"},
        {"全年办结的行政复议案件12件。", "12件", "办结的行政复议案件"},
    };
    for (const Case& c : cases) {
        INFO(c.text << " / " << c.quantity);
        const Report r = parse_text(c.text);
        CHECK(the_indicator(r, c.quantity).metric == c.metric);
    }
}

TEST_CASE("quantities: scales multiply into the normalized value", "[quantity]") {
    struct Case {
        const char* sentence;
        const char* core;
        double value, scale, normalized;
        const char* unit;
        const char* kind;
    };
    const Case cases[] = {
        {"涉及金额 8122.21 万元。", "8122.21 万元", 8122.21, 1e4, 81222100, "元", "amount"},
        {"累计共享执法类线索 2.8 万条。", "2.8 万条", 2.8, 1e4, 28000, "条", "count"},
        {"初步筛选形成执法类线索 1.3 万条。", "1.3 万条", 1.3, 1e4, 13000, "条", "count"},
        {"政府网站访问量 94.6 万次。", "94.6 万次", 94.6, 1e4, 946000, "次", "count"},
        {"全年完成投资 1.2亿元。", "1.2亿元", 1.2, 1e8, 120000000, "元", "amount"},
        {"财政投入 35.1亿元。", "35.1亿元", 35.1, 1e8, 3510000000.0, "元", "amount"},
        {"全省经济总量突破 20万亿元。", "20万亿元", 20, 1e12, 2e13, "元", "amount"},
        {"发放补贴 500 元。", "500 元", 500, 1, 500, "元", "amount"},
        {"服务群众 3万余人。", "3万余人", 3, 1e4, 30000, "人", "count"},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        const Indicator& i = the_indicator(r, c.core);
        CHECK(near(i.value, c.value));
        CHECK(i.scale == c.scale);
        CHECK(near(i.normalized, c.normalized));
        CHECK(i.unit == c.unit);
        CHECK(kind_of(i) == c.kind);
    }
}

TEST_CASE("quantities: a decimal times a scale is exact when the text is", "[quantity]") {
    // Regression of a bug other numeral libraries had: 16.4亿 read as 1639999999.9999998
    // (and printed 1639999999). A decimal with fewer places than the scale has zeros is an
    // integer; the normalized value must be that integer exactly.
    struct Case {
        const char* sentence;
        const char* core;
        double normalized;
    };
    const Case cases[] = {
        {"全年财政收入 16.4亿元。", "16.4亿元", 1640000000.0},
        {"发放补贴 0.57万元。", "0.57万元", 5700.0},
        {"累计共享线索 2.8 万条。", "2.8 万条", 28000.0},
        {"涉及金额 8122.21 万元。", "8122.21 万元", 81222100.0},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        const Indicator& i = the_indicator(r, c.core);
        CHECK(i.normalized == c.normalized);
    }
}

TEST_CASE("quantities: qualifiers before and after the number", "[quantity]") {
    struct Case {
        const char* sentence;
        const char* core;
        double value;
        const char* qualifier;
    };
    const Case cases[] = {
        // at_least: 以上 超过 逾 多 余
        {"培训执法人员100人以上。", "100人", 100, "at_least"},
        {"服务企业超过500家。", "500家", 500, "at_least"},
        {"惠及群众逾3万人。", "3万人", 3, "at_least"},
        {"全年培训100多人。", "100多人", 100, "at_least"},
        {"全市20余家政府部门邀请公众代表走进机关。", "20余家", 20, "at_least"},
        // approx: 约 近 左右
        {"全年受理案件约300件。", "300件", 300, "approx"},
        {"自订标准转化率约90.6%。", "90.6%", 90.6, "approx"},
        {"近200家企业参与评议。", "200家", 200, "approx"},
        {"参会人员100人左右。", "100人", 100, "approx"},
        // at_most: 以下 不到 不足
        {"每期培训班规模控制在30人以下。", "30人", 30, "at_most"},
        {"全年行政败诉案件不到10件。", "10件", 10, "at_most"},
        {"行政败诉率不足5%。", "5%", 5, "at_most"},
        // reached: 达 达到; but 达…以上 is a lower bound
        {"政府网站访问量达94.6万次。", "94.6万次", 94.6, "reached"},
        {"行政机关负责人出庭应诉率达到100%。", "100%", 100, "reached"},
        {"平均压缩度达50%以上。", "50%", 50, "at_least"},
        // none
        {"新增发明专利授权995件。", "995件", 995, ""},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        const Indicator& i = the_indicator(r, c.core);
        CHECK(near(i.value, c.value));
        CHECK(qualifier_of(i) == c.qualifier);
    }
}

TEST_CASE("quantities: changes carry direction and basis", "[quantity]") {
    struct Case {
        const char* sentence;
        const char* core;
        double value;
        const char* unit;
        bool up;
        const char* basis;  ///< nullptr: not checked
        bool rate;          ///< kind rate_change expected
    };
    const Case cases[] = {
        {"新增发明专利授权995件，同比增长89.7%。", "89.7%", 89.7, "%", true, "同比", true},
        {"有效发明专利拥有量5754件，较去年底增长15.5%。", "15.5%", 15.5, "%", true, "较去年底", true},
        {"行政败诉率同比下降3.2个百分点。", "3.2个百分点", 3.2, "percentage_point", false, "同比", true},
        {"群众满意度提高1.4个百分点。", "1.4个百分点", 1.4, "percentage_point", true, nullptr, true},
        {"办件量环比下降5%。", "5%", 5, "%", false, "环比", true},
        {"跑动次数大幅压缩，平均压缩度达50%以上。", "50%", 50, "%", false, nullptr, true},
        {"财政收入比上年增长6.5%。", "6.5%", 6.5, "%", true, "比上年", true},
        {"受理案件120件，比上年减少12件。", "12件", 12, "件", false, "比上年", false},
        {"外贸进出口总额增长1.5倍。", "1.5倍", 1.5, "倍", true, nullptr, true},
        // A list of values after one verb (分别增长A、B) changes as its first does; a note
        // or 分别 between the basis and the verb is no part of the basis.
        {"城乡居民人均可支配收入分别增长4.8%、7.2%。", "7.2%", 7.2, "%", true, nullptr, true},
        {"刑事案件、命案起数分别下降27.3%、18.9%。", "18.9%", 18.9, "%", false, nullptr, true},
        {"地区生产总值同比(下同)增长4.5%。", "4.5%", 4.5, "%", true, "同比", true},
        {"办理司法鉴定、仲裁案件同比分别增长5%、26%。", "26%", 26, "%", true, "同比", true},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        const Indicator& i = the_indicator(r, c.core);
        CHECK(near(i.value, c.value));
        CHECK(i.unit == c.unit);
        REQUIRE(i.change.has_value());
        CHECK(i.change->up == c.up);
        if (c.basis) CHECK(i.change->basis == c.basis);
        if (c.rate) CHECK(kind_of(i) == "rate_change");
    }
}

TEST_CASE("quantities: a count next to a change is no change itself", "[quantity]") {
    const Report r = parse_text("新增发明专利授权995件，同比增长89.7%。");
    const Indicator& count = the_indicator(r, "995件");
    CHECK(kind_of(count) == "count");
    CHECK_FALSE(count.change.has_value());
}

TEST_CASE("quantities: a count changes only with the verb next to it and a rate with one anywhere in its clause",
          "[quantity]") {
    struct Case {
        const char* sentence;
        const char* core;
        bool change;  ///< a change is expected
        bool up;
    };
    const Case cases[] = {
        // Counts: the verb must end at most 6 bytes (two characters) before the number,
        // however long the clause in front of it.
        {"全年共受理各类行政复议案件比上年减少了12件。", "12件", true, false},
        {"全年共受理各类行政复议案件数量减少约为12件。", "12件", true, false},
        {"全年共受理各类行政复议案件数量减少大约为12件。", "12件", false, false},
        {"案件数量减少到全年共受理12件。", "12件", false, false},
        {"案件数量减少，全年共受理12件。", "12件", false, false},
        // Rates: a verb anywhere before them in the clause.
        {"群众满意度较上年提高并达到历史最高水平的98.5%。", "98.5%", true, true},
        {"外贸进出口总额增长幅度在全省各县市区中位居前列达到1.5倍。", "1.5倍", true, true},
        {"提高。满意度达到98.5%。", "98.5%", false, false},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        const Indicator& i = the_indicator(r, c.core);
        REQUIRE(i.change.has_value() == c.change);
        if (c.change) CHECK(i.change->up == c.up);
    }
}

TEST_CASE("quantities: from/to pairs link the new value to the old", "[quantity]") {
    SECTION("从1分提升至2分") {
        const Report r = parse_text("将所在考核指标的考核权重从1分提升至2分。");
        const Indicator& from = the_indicator(r, "1分");
        const Indicator& to = the_indicator(r, "2分");
        CHECK(kind_of(from) == "score");
        CHECK(kind_of(to) == "score");
        CHECK(from.value == 1);
        CHECK(to.value == 2);
        REQUIRE(to.change.has_value());
        CHECK(to.change->up);
        REQUIRE(to.change->from < r.indicators.size());
        CHECK(&r.indicators[to.change->from] == &from);
    }
    SECTION("由85%提高到92%") {
        const Report r = parse_text("案件办结率由85%提高到92%。");
        const Indicator& from = the_indicator(r, "85%");
        const Indicator& to = the_indicator(r, "92%");
        REQUIRE(to.change.has_value());
        CHECK(to.change->up);
        REQUIRE(to.change->from < r.indicators.size());
        CHECK(&r.indicators[to.change->from] == &from);
    }
    SECTION("从30天压缩至15天") {
        const Report r = parse_text("审批时限从30天压缩至15天。");
        const Indicator& from = the_indicator(r, "30天");
        const Indicator& to = the_indicator(r, "15天");
        REQUIRE(to.change.has_value());
        CHECK_FALSE(to.change->up);
        REQUIRE(to.change->from < r.indicators.size());
        CHECK(&r.indicators[to.change->from] == &from);
    }
}

// The first value of the pair `to` changes from, checked to be `from`.
void check_pair(const Report& r, const Indicator& from, const Indicator& to, bool up) {
    REQUIRE(to.change.has_value());
    CHECK(to.change->up == up);
    REQUIRE(to.change->from < r.indicators.size());
    CHECK(&r.indicators[to.change->from] == &from);
}

TEST_CASE("quantities: from/to pairs with words between, lists and a comma", "[quantity]") {
    SECTION("the from-word before the metric's noun, a verb that changes nothing alone") {
        const Report r = parse_text("审批事项从法定平均办理时间20.86天提速至6.44天。");
        const Indicator& from = the_indicator(r, "20.86天");
        const Indicator& to = the_indicator(r, "6.44天");
        check_pair(r, from, to, false);
        CHECK(from.metric == "审批事项法定平均办理时间");
        CHECK(to.metric == from.metric);  // not the verb 提速
    }
    SECTION("an old-value word after the from-word") {
        const Report r = parse_text("审批时限由原来的30个工作日缩短为3个工作日。");
        const Indicator& from = the_indicator(r, "30个工作日");
        const Indicator& to = the_indicator(r, "3个工作日");
        check_pair(r, from, to, false);
        CHECK(from.metric == "审批时限");
        CHECK(to.metric == "审批时限");
    }
    SECTION("the verb after the unit is no noun there") {
        const Report r = parse_text("评分从1分提升至2分。");
        CHECK(the_indicator(r, "1分").metric == "评分");
        CHECK(the_indicator(r, "2分").metric == "评分");
    }
    SECTION("across a comma, with the second value's own noun") {
        const Report r = parse_text("重大项目由原来串联办理审批时间240多天，缩短到并联办理审批时间92天。");
        const Indicator& from = the_indicator(r, "240多天");
        const Indicator& to = the_indicator(r, "92天");
        check_pair(r, from, to, false);
        CHECK(to.metric == "并联办理审批时间");
    }
    SECTION("lists pair in order") {
        const Report r = parse_text("外资研发中心、地区总部分别从771家、481家增加到1076家、636家。");
        check_pair(r, the_indicator(r, "771家"), the_indicator(r, "1076家"), true);
        check_pair(r, the_indicator(r, "481家"), the_indicator(r, "636家"), true);
        CHECK(the_indicator(r, "771家").metric == "外资研发中心、地区总部");
        const Report s = parse_text("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。");
        check_pair(s, the_indicator(s, "46503元"), the_indicator(s, "58794元"), true);
        check_pair(s, the_indicator(s, "16935元"), the_indicator(s, "23184元"), true);
        CHECK(the_indicator(s, "23184元").metric == "城乡居民人均可支配收入");
    }
    SECTION("the year of the second value is no noun") {
        const Report r = parse_text("地区生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。");
        const Indicator& to = the_indicator(r, "4.93万亿元");
        check_pair(r, the_indicator(r, "3.68万亿元"), to, true);
        CHECK(to.metric == "地区生产总值");
        const Report s = parse_text("常住人口由上年729万人增加到732万人。");
        CHECK(the_indicator(s, "729万人").metric == "常住人口");
        check_pair(s, the_indicator(s, "729万人"), the_indicator(s, "732万人"), true);
    }
    SECTION("no pair: 达到 after a listed figure, from-words inside words") {
        const Report r = parse_text("高新技术企业从0.94万家增加到1.55万家、科技型中小企业达到2.8万家。");
        const Indicator& other = the_indicator(r, "2.8万家");
        CHECK_FALSE(other.change.has_value());
        CHECK(other.metric == "科技型中小企业");
        // 从业 is a word: no from-word, so no pair (提高 is a change of its own).
        const Report s = parse_text("律师从业人员300人提高到350人。");
        const Indicator& raised = the_indicator(s, "350人");
        REQUIRE(raised.change.has_value());
        CHECK(raised.change->from == govreport::npos);
        const Report u = parse_text("律师人员从300人提高到350人。");  // the same with one
        REQUIRE(the_indicator(u, "350人").change.has_value());
        CHECK(the_indicator(u, "350人").change->from < u.indicators.size());
    }
}

TEST_CASE("quantities: a rate a verb leads to is a level, a growth rate's name makes a change", "[quantity]") {
    // 提高到, 降至: the share it reached, which went up or down.
    const Report r = parse_text("地方税占比提高到64.9%。全省行政机关败诉率降至3.39%。");
    const Indicator& share = the_indicator(r, "64.9%");
    CHECK(kind_of(share) == "percent");
    REQUIRE(share.change.has_value());
    CHECK(share.change->up);
    const Indicator& lost = the_indicator(r, "3.39%");
    CHECK(kind_of(lost) == "percent");
    REQUIRE(lost.change.has_value());
    CHECK_FALSE(lost.change->up);
    // 增加值 (value added) is a noun, not a change; 增长 is one.
    const Report s = parse_text("高新技术产业增加值占经济总量比重达24.5%。地区生产总值增长8%以上。");
    const Indicator& weight = the_indicator(s, "24.5%");
    CHECK(kind_of(weight) == "percent");
    CHECK_FALSE(weight.change.has_value());
    CHECK(kind_of(the_indicator(s, "8%以上")) == "rate_change");
    // 增 and 降 alone before a rate change it, with the word that modifies them; 新增 adds.
    const Report w = parse_text("地区生产总值预计增8%以上，CPI微降0.1%，新增企业占比9%。");
    const Indicator& gdp = the_indicator(w, "8%以上");
    CHECK(kind_of(gdp) == "rate_change");
    REQUIRE(gdp.change.has_value());
    CHECK(gdp.change->up);
    CHECK(gdp.metric == "地区生产总值");
    const Indicator& cpi = the_indicator(w, "0.1%");
    REQUIRE(cpi.change.has_value());
    CHECK_FALSE(cpi.change->up);
    CHECK(cpi.metric == "CPI");
    CHECK_FALSE(the_indicator(w, "9%").change.has_value());
    // 增速, 增幅: the percentage is the growth.
    const Report u = parse_text("规模以上工业增加值增速完成9.7%。");
    const Indicator& growth = the_indicator(u, "9.7%");
    CHECK(kind_of(growth) == "rate_change");
    REQUIRE(growth.change.has_value());
    CHECK(growth.change->up);
}

TEST_CASE("quantities: the noun after the unit after quotes, 暨, 各 and with its bracket", "[quantity]") {
    const Report r = parse_text(
        "启动“有案不立”“插手经济纠纷”三个专项整治。部党组召开6次部党组会暨12次学习会。"
        "两个科室和司法所各1名工作人员作为联络员。名列全国31个省(区、市)之首。覆盖6个县（市、区）。");
    CHECK(the_indicator(r, "三个").metric == "专项整治");
    CHECK(the_indicator(r, "6次").metric == "部党组会");
    CHECK(the_indicator(r, "12次").metric == "学习会");
    CHECK(the_indicator(r, "1名").metric == "工作人员");
    CHECK(the_indicator(r, "31个").metric == "省(区、市)");
    CHECK(the_indicator(r, "6个").metric == "县（市、区）");
    // A bracket that names no alternatives does not end the noun.
    const Report s = parse_text("全市11个乡镇(街道)党政主要负责人述法。");
    CHECK(the_indicator(s, "11个").metric.rfind("乡镇(街道)党政主要负责人", 0) == 0);
}

TEST_CASE("quantities: 至少, 不少于 and 不低于 are lower bounds", "[quantity]") {
    const Report r = parse_text("每名中心组成员至少开展了3轮研讨发言。城镇新增就业不少于28万人，"
                                "农民满意度不低于80%，至少5次。");
    CHECK(qualifier_of(the_indicator(r, "3轮")) == "at_least");
    CHECK(qualifier_of(the_indicator(r, "不少于28万人")) == "at_least");
    CHECK(qualifier_of(the_indicator(r, "不低于80%")) == "at_least");
    CHECK(qualifier_of(the_indicator(r, "至少5次")) == "at_least");
    // 参加 takes what is counted as its object.
    const Report s = parse_text("每名干部至少参加2次法治培训。");
    CHECK(the_indicator(s, "2次").metric == "法治培训");
}

TEST_CASE("quantities: round the clock and the last stretch are no figures", "[quantity]") {
    const Report r = parse_text("车管24小时自助服务，公园24小时开放，切实打通便民服务最后一公里。"
                                "审批时限压缩至24小时，全程1公里。");
    for (const Indicator& i : r.indicators) {
        INFO(i.text);
        CHECK(i.text != "一公里");
    }
    std::size_t hours = 0;
    for (const Indicator& i : r.indicators) hours += i.text == "24小时";
    CHECK(hours == 1);  // 压缩至24小时 is a duration
    CHECK(the_indicator(r, "1公里").value == 1);
}

TEST_CASE("quantities: per-capita figures are ratios, 万 there is no scale", "[quantity]") {
    const Report r = parse_text("万人发明专利拥有量达60.25件。");
    const Indicator& i = the_indicator(r, "60.25件");
    CHECK(i.value == 60.25);
    CHECK(i.scale == 1);
    CHECK(near(i.normalized, 60.25));
    CHECK(i.unit == "件");
    CHECK(kind_of(i) == "ratio");
    CHECK(qualifier_of(i) == "reached");
    CHECK(i.per == "万人");
}

TEST_CASE("quantities: percentage points and fractions are no percentages", "[quantity]") {
    // Two bugs users reported against other numeral libraries.
    {
        const Report r = parse_text("高新技术产业产值占比提高20个百分点。");
        const Indicator& i = the_indicator(r, "20个百分点");
        CHECK(i.unit == "percentage_point");
        CHECK(i.unit != "%");
    }
    {
        const Report r = parse_text("受理案件约占全市的十分之一。");
        const Indicator& i = the_indicator(r, "十分之一");
        CHECK(near(i.value, 0.1));
        CHECK(kind_of(i) != "percent");
        CHECK(i.unit != "%");
    }
}

TEST_CASE("quantities: a team format (3人制) counts no people", "[quantity]") {
    const Report r = parse_text("建成250个社区健身路径或3人制篮球场，组织5人制足球赛。");
    REQUIRE(r.indicators.size() == 1);
    CHECK(r.indicators[0].text == "250个");
    CHECK(parse_text("参赛运动员共3人。").indicators.size() == 1);
    CHECK(parse_text("抽调10人制定工作方案。").indicators.size() == 1);  // 制定: people
    // 15分钟公共法律服务圈 is a programme; 15分钟办结 a duration.
    CHECK(parse_text("打造15分钟公共法律服务圈，建成10分钟便民生活圈。").indicators.empty());
    CHECK(parse_text("平均15分钟办结。").indicators.size() == 1);
}

TEST_CASE("quantities: a web page's counters are no figures of the report", "[quantity]") {
    const Report r = parse_text("浏览:5072次 时间:2022-12-07 阅读次数：88次 点击量: 120\n全年召开会议12次。");
    INFO(quantity_support::describe(r));
    REQUIRE(r.indicators.size() == 1);
    CHECK(r.indicators[0].text == "12次");
}

TEST_CASE("quantities: times of day are no ratios", "[quantity]") {
    // Web pages put 发布时间:2024-03-28 09:18 above every report; meetings have hours.
    for (const char* text : {"发布时间:2024-03-28 09:18", "更新时间:2021/03/29 11:30:01",
                             "会议于15:36召开。", "上午9:30召开会议。", "2024年3月28日 9:18发布。",
                             "时间：8:30", "2026年02月10日 07时41分"}) {
        INFO(text);
        const Report r = parse_text(text);
        CHECK(r.indicators.empty());
    }
    // Ratios stay ratios, two-digit ones included.
    struct Case {
        const char* text;
        const char* ratio;
        double value;
    };
    for (const Case& c : {Case{"生师比达1:20。", "1:20", 0.05}, Case{"配比为3:2。", "3:2", 1.5},
                          Case{"比例为3.78:1。", "3.78:1", 3.78}, Case{"男女比例12:5。", "12:5", 2.4},
                          Case{"比例为1∶30。", "1∶30", 1.0 / 30}}) {
        INFO(c.text);
        const Report r = parse_text(c.text);
        const Indicator& i = the_indicator(r, c.ratio);
        CHECK(i.unit == "ratio");
        CHECK(near(i.value, c.value));
    }
}

TEST_CASE("quantities: sessions of a body are ordinals, meetings held are counts", "[quantity]") {
    for (const char* text : {"贯彻市委六届二次、三次、四次全会精神。", "区人大二次会议审议报告。",
                             "按照区委十四届七次全委会议部署。", "十四届5次全会召开。"}) {
        INFO(text);
        CHECK(parse_text(text).indicators.empty());
    }
    struct Case {
        const char* text;
        const char* quantity;
        double value;
    };
    for (const Case& c : {Case{"全年召开3次会议。", "3次", 3}, Case{"召开两次会议。", "两次", 2},
                          Case{"连续五次荣获全国文明城市。", "五次", 5},
                          Case{"召开常务会议12次。", "12次", 12}}) {
        INFO(c.text);
        const Report r = parse_text(c.text);
        CHECK(the_indicator(r, c.quantity).value == c.value);
    }
}

TEST_CASE("quantities: Chinese numerals above 9999 are read whole or not at all", "[quantity]") {
    // Reading only the tail of 一万五千人 gives 5000 people: worse than finding nothing.
    struct Case {
        const char* sentence;
        const char* text;
        const char* tail;
        double normalized;
    };
    const Case cases[] = {
        {"一万五千人参与志愿服务。", "一万五千人", "五千人", 15000},
        {"两万三千人参加培训。", "两万三千人", "三千人", 23000},
        {"惠及群众十万零五百户。", "十万零五百户", "五百户", 100500},
    };
    for (const Case& c : cases) {
        INFO("sentence: " << c.sentence);
        const Report r = parse_text(c.sentence);
        INFO(quantity_support::describe(r));
        for (const Indicator& i : r.indicators) CHECK(i.text != c.tail);
        const auto found = quantity_support::indicators_with(r, c.text);
        CHECK(found.size() == 1);
        if (found.size() == 1) CHECK(found.front()->normalized == c.normalized);
    }
}

TEST_CASE("quantities: full-width digits in running text", "[quantity]") {
    const Report r = parse_text("办理案件１２３件，满意率达99.5％以上。");
    const Indicator& count = the_indicator(r, "１２３件");
    CHECK(count.value == 123);
    CHECK(count.value_text == "123");
    const Indicator& rate = the_indicator(r, "99.5％");
    CHECK(rate.unit == "%");
    CHECK(qualifier_of(rate) == "at_least");
}

TEST_CASE("quantities: words with numeral characters are no numbers", "[quantity]") {
    // 统一零售价 was read as a number by another library.
    for (const char* sentence : {"实行统一零售价格，规范市场秩序。", "一切为了人民群众。",
                                 "组建四川籍务工人员服务队。", "坚持一张蓝图绘到底。",
                                 "做到万无一失。", "打造千家万户的幸福工程。"}) {
        INFO("sentence: " << sentence);
        const Report r = parse_text(sentence);
        INFO(quantity_support::describe(r));
        CHECK(r.indicators.empty());
    }
}

TEST_CASE("quantities: every indicator of a sentence is consistent", "[quantity]") {
    const Report r = parse_text(
        "2024 年，我市办理涉企免罚轻罚案件 3672 件，涉及金额 8122.21 万元；累计共享执法类线索 2.8 "
        "万条，报备率 100%，同比增长89.7%，提升至2分，服务企业20余家。");
    REQUIRE(r.indicators.size() >= 6);
    for (const Indicator& i : r.indicators) {
        INFO(i.id << " \"" << i.text << "\"");
        CHECK(quantity_support::span_text(r, i.span) == i.text);
        CHECK(near(i.normalized, i.value * i.scale));
        CHECK(i.has_value);
    }
}

TEST_CASE("quantities: long runs of digits and numerals parse in linear time", "[quantity]") {
    // Another library was reported slow on long numbers; a report with a table of figures
    // dumped into one line must not stall.
    std::string text = "数据：";
    text += std::string(200000, '7');
    text += "件；";
    for (int i = 0; i < 20000; ++i) text += "一二三四五六七八九十百千";
    text += "件。";
    for (int i = 0; i < 20000; ++i) text += "1,234,";
    text += "5件。";
    const auto t0 = std::chrono::steady_clock::now();
    const Report r = parse_text(text);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO("parse took " << seconds << " s for " << text.size() << " bytes");
    CHECK(seconds < 10.0);
    for (const Indicator& i : r.indicators) CHECK(quantity_support::span_text(r, i.span) == i.text);
}

TEST_CASE("quantities: a numeral numeral_word() passes over starts neither a period nor a quantity", "[quantity]") {
    // The scan skips such numerals without trying the period and quantity grammars: they
    // must reject every one. Checked at every Chinese numeral of the corpus and of words
    // made of numerals, blanks and what follows them; the gate must also fire often.
    std::string text =
        "进一步统一一是一批二是三项两个一个百分之十五千米百分点三至五次十二月二十六日一季度"
        "一 项两　个三\u00A0人十余人一万五千元三分之一一、二、三，一。一《一》一“一”一5一";
    for (const char* lead : {"一", "两", "十", "二十", "三百", "零", "〇", "千", "万", "亿"})
        for (const char* next : {"是", "项", "月", "日", "季", "至", "-", "余", "多", "分", "元",
                                 "个", "批", "步", "流", " ", "，", "。", "5", "a", "年", "\xE4"})
            text += std::string("，") + lead + next + "下";
    if (const auto files = quantity_support::corpus_files())
        for (const std::string& f : *files) text += test_support::read_file(f);
    std::size_t words = 0, wrong = 0, first_wrong = std::string::npos;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char* p = text.data() + at;
        if ((static_cast<unsigned char>(*p) & 0xC0) == 0x80) continue;  // not a character start
        const char32_t c = govreport::util::decode(p, text.data() + text.size());
        if (!govreport::grammar::is_chinese_numeral_char(c)) continue;
        if (!govreport::extract::numeral_word(text, at)) continue;
        ++words;
        const std::string_view rest = std::string_view(text).substr(at);
        quantity_match q;
        govreport::grammar::period_ast period;
        std::size_t used = 0;
        if (govreport::grammar::parse_quantity(rest, q) ||
            govreport::grammar::parse_period(rest, period, used)) {
            if (wrong++ == 0) first_wrong = at;
        }
    }
    INFO("first numeral passed over that starts something, at byte " << first_wrong << ": "
         << text.substr(first_wrong == std::string::npos ? 0 : first_wrong, 18));
    CHECK(wrong == 0);
    CHECK(words > 1000);
    // And it leaves the numbers alone.
    for (const char* number : {"三项", "两个", "十余人", "千米", "百分之十五", "十二月", "一季度",
                               "三至五次", "一 项", "三分之一", "二十六日"})
        CHECK_FALSE(govreport::extract::numeral_word(number, 0));
}
