// Table-driven numeral tests: every numeric form of issue 3 and the traps in running text.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "grammar/units.hpp"

#include "quantity_support.hpp"

using govreport::IndicatorKind;
using govreport::Qualifier;
using govreport::grammar::numeral_match;
using govreport::grammar::quantity_match;
using quantity_support::near;

namespace {

// ---------------------------------------------------------------------------------------
// parse_numeral: one number at the start of the text.

struct NumeralCase {
    const char* input;
    bool ok;
    double value;
    const char* value_text;  ///< ASCII decimal as the grammar reports it; nullptr: not checked
    const char* consumed;    ///< the prefix of `input` the numeral is made of
    bool chinese;
};

// Expectations come from the forms of issue 3 and DOMAIN.md §5, not from the grammar.
const NumeralCase kNumerals[] = {
    // Arabic integers, as the seed writes them.
    {"995", true, 995, "995", "995", false},
    {"995件", true, 995, "995", "995", false},
    {"0", true, 0, "0", "0", false},
    {"7", true, 7, "7", "7", false},
    {"12", true, 12, "12", "12", false},
    {"100", true, 100, "100", "100", false},
    {"1427", true, 1427, "1427", "1427", false},
    {"5754件", true, 5754, "5754", "5754", false},
    {"22911", true, 22911, "22911", "22911", false},
    {"3672 件", true, 3672, "3672", "3672", false},
    {"2024 年", true, 2024, "2024", "2024", false},
    // Decimals.
    {"8122.21", true, 8122.21, "8122.21", "8122.21", false},
    {"8122.21 万元", true, 8122.21, "8122.21", "8122.21", false},
    {"60.25件", true, 60.25, "60.25", "60.25", false},
    {"94.6万次", true, 94.6, "94.6", "94.6", false},
    {"89.7%", true, 89.7, "89.7", "89.7", false},
    {"0.5", true, 0.5, "0.5", "0.5", false},
    {"3.14159", true, 3.14159, "3.14159", "3.14159", false},
    {"1.0", true, 1.0, "1.0", "1.0", false},
    {"100.00", true, 100, "100.00", "100.00", false},
    {"1.5倍", true, 1.5, "1.5", "1.5", false},
    {"3.78:1", true, 3.78, "3.78", "3.78", false},
    {"2.8 万条", true, 2.8, "2.8", "2.8", false},
    // A point with no digit after it ends the number (94.万 is a typo, not 94.0).
    {"94.万", true, 94, "94", "94", false},
    {"5.", true, 5, "5", "5", false},
    // Thousands separators: exactly three digits per group.
    {"1,487", true, 1487, "1487", "1,487", false},
    {"1,487名", true, 1487, "1487", "1,487", false},
    {"1,000", true, 1000, "1000", "1,000", false},
    {"12,345,678", true, 12345678, "12345678", "12,345,678", false},
    {"10,000.5", true, 10000.5, "10000.5", "10,000.5", false},
    {"1,050,000,000", true, 1050000000, "1050000000", "1,050,000,000", false},
    // …and no group that is a list or a clause break.
    {"3,4,5", true, 3, "3", "3", false},
    {"12,34", true, 12, "12", "12", false},
    {"1,2345", true, 1, "1", "1", false},
    {"5,其中", true, 5, "5", "5", false},
    // Full-width digits and point fold to ASCII.
    {"１２３", true, 123, "123", "１２３", false},
    {"１２３件", true, 123, "123", "１２３", false},
    {"２０２４", true, 2024, "2024", "２０２４", false},
    {"１２３．４５", true, 123.45, "123.45", "１２３．４５", false},
    {"０．５", true, 0.5, "0.5", "０．５", false},
    {"１.5", true, 1.5, "1.5", "１.5", false},
    // Chinese units.
    {"零", true, 0, "0", "零", true},
    {"〇", true, 0, "0", "〇", true},
    {"一", true, 1, "1", "一", true},
    {"二", true, 2, "2", "二", true},
    {"两", true, 2, "2", "两", true},
    {"三", true, 3, "3", "三", true},
    {"四", true, 4, "4", "四", true},
    {"五", true, 5, "5", "五", true},
    {"六", true, 6, "6", "六", true},
    {"七", true, 7, "7", "七", true},
    {"八", true, 8, "8", "八", true},
    {"九", true, 9, "9", "九", true},
    // Tens.
    {"十", true, 10, "10", "十", true},
    {"十一", true, 11, "11", "十一", true},
    {"十四", true, 14, "14", "十四", true},
    {"十九", true, 19, "19", "十九", true},
    {"二十", true, 20, "20", "二十", true},
    {"二十一", true, 21, "21", "二十一", true},
    {"三十五", true, 35, "35", "三十五", true},
    {"九十九", true, 99, "99", "九十九", true},
    // Hundreds.
    {"一百", true, 100, "100", "一百", true},
    {"一百零一", true, 101, "101", "一百零一", true},
    {"一百零五", true, 105, "105", "一百零五", true},
    {"一百一十", true, 110, "110", "一百一十", true},
    {"一百一十一", true, 111, "111", "一百一十一", true},
    {"一百二十三", true, 123, "123", "一百二十三", true},
    {"两百", true, 200, "200", "两百", true},
    {"二百", true, 200, "200", "二百", true},
    {"三百零八", true, 308, "308", "三百零八", true},
    {"六百五十", true, 650, "650", "六百五十", true},
    {"九百九十九", true, 999, "999", "九百九十九", true},
    {"一百〇五", true, 105, "105", "一百〇五", true},
    // Thousands.
    {"一千", true, 1000, "1000", "一千", true},
    {"两千", true, 2000, "2000", "两千", true},
    {"两千三百", true, 2300, "2300", "两千三百", true},
    {"一千零一", true, 1001, "1001", "一千零一", true},
    {"一千零五", true, 1005, "1005", "一千零五", true},
    {"一千零一十", true, 1010, "1010", "一千零一十", true},
    {"一千零十", true, 1010, "1010", "一千零十", true},
    {"一千一百", true, 1100, "1100", "一千一百", true},
    {"一千一百零一", true, 1101, "1101", "一千一百零一", true},
    {"一千两百", true, 1200, "1200", "一千两百", true},
    {"一千二百三十四", true, 1234, "1234", "一千二百三十四", true},
    {"三千零二十", true, 3020, "3020", "三千零二十", true},
    {"五千零五", true, 5005, "5005", "五千零五", true},
    {"两千零二十四", true, 2024, "2024", "两千零二十四", true},
    {"九千九百九十九", true, 9999, "9999", "九千九百九十九", true},
    // A Chinese numeral stops where the number stops.
    {"一百零五件", true, 105, "105", "一百零五", true},
    {"两千三百人", true, 2300, "2300", "两千三百", true},
    {"十四家", true, 14, "14", "十四", true},
    {"十四五", true, 14, "14", "十四", true},
    {"五心五法", true, 5, "5", "五", true},
    {"二十届三中全会", true, 20, "20", "二十", true},
    {"三分之一", true, 3, "3", "三", true},
    {"一千零", true, 1000, "1000", "一千", true},
    {"一百零", true, 100, "100", "一百", true},
    {"一一", true, 1, "1", "一", true},
    // Not numerals.
    {"", false, 0, nullptr, "", false},
    {"abc", false, 0, nullptr, "", false},
    {"。", false, 0, nullptr, "", false},
    {"-5", false, 0, nullptr, "", false},
    {".5", false, 0, nullptr, "", false},
    {"％5", false, 0, nullptr, "", false},
    {"第一", false, 0, nullptr, "", false},
    {"万", false, 0, nullptr, "", false},
    {"亿", false, 0, nullptr, "", false},
    {"百", false, 0, nullptr, "", false},
    {"千", false, 0, nullptr, "", false},
    {"个", false, 0, nullptr, "", false},
    {"点五", false, 0, nullptr, "", false},
    {"百分之十五", false, 0, nullptr, "", false},
};

// ---------------------------------------------------------------------------------------
// parse_quantity: a number with what makes it a quantity (unit, %, scale).

struct QuantityCase {
    const char* input;
    double value;
    std::optional<double> value_max;
    double scale;
    const char* unit;
    IndicatorKind kind;
    Qualifier qualifier;
    const char* consumed;
    const char* value_text;  ///< nullptr: not checked
};

constexpr auto K_count = IndicatorKind::count;
constexpr auto K_percent = IndicatorKind::percent;
constexpr auto K_pp = IndicatorKind::percentage_point;
constexpr auto K_amount = IndicatorKind::amount;
constexpr auto K_score = IndicatorKind::score;
constexpr auto K_ratio = IndicatorKind::ratio;
constexpr auto Q_none = Qualifier::none;
constexpr auto Q_least = Qualifier::at_least;
constexpr auto Q_most = Qualifier::at_most;
constexpr auto Q_approx = Qualifier::approx;
const std::optional<double> none;

const QuantityCase kQuantities[] = {
    // Counts.
    {"995件", 995, none, 1, "件", K_count, Q_none, "995件", "995"},
    {"995 件", 995, none, 1, "件", K_count, Q_none, "995 件", "995"},
    {"1,487名", 1487, none, 1, "名", K_count, Q_none, "1,487名", "1487"},
    {"１２３件", 123, none, 1, "件", K_count, Q_none, "１２３件", "123"},
    {"60.25件", 60.25, none, 1, "件", K_count, Q_none, "60.25件", "60.25"},
    {"两个", 2, none, 1, "个", K_count, Q_none, "两个", "2"},
    {"十四家", 14, none, 1, "家", K_count, Q_none, "十四家", "14"},
    {"一百零五件", 105, none, 1, "件", K_count, Q_none, "一百零五件", "105"},
    {"两千三百人", 2300, none, 1, "人", K_count, Q_none, "两千三百人", "2300"},
    {"〇件", 0, none, 1, "件", K_count, Q_none, "〇件", "0"},
    {"0件", 0, none, 1, "件", K_count, Q_none, "0件", "0"},
    {"3期", 3, none, 1, "期", K_count, Q_none, "3期", "3"},
    {"90分", 90, none, 1, "分", K_score, Q_none, "90分", "90"},
    {"1分", 1, none, 1, "分", K_score, Q_none, "1分", "1"},
    // Mixed: Arabic with 万 / 亿.
    {"2.8万", 2.8, none, 1e4, "", K_count, Q_none, "2.8万", "2.8"},
    {"1.2亿", 1.2, none, 1e8, "", K_count, Q_none, "1.2亿", "1.2"},
    {"3万余", 3, none, 1e4, "", K_count, Q_least, "3万余", "3"},
    {"2.8万条", 2.8, none, 1e4, "条", K_count, Q_none, "2.8万条", "2.8"},
    {"2.8 万条", 2.8, none, 1e4, "条", K_count, Q_none, "2.8 万条", "2.8"},
    {"94.6万次", 94.6, none, 1e4, "次", K_count, Q_none, "94.6万次", "94.6"},
    {"8122.21万元", 8122.21, none, 1e4, "元", K_amount, Q_none, "8122.21万元", "8122.21"},
    {"8122.21 万元", 8122.21, none, 1e4, "元", K_amount, Q_none, "8122.21 万元", "8122.21"},
    {"1.5亿元", 1.5, none, 1e8, "元", K_amount, Q_none, "1.5亿元", "1.5"},
    {"3万余人", 3, none, 1e4, "人", K_count, Q_least, "3万余人", "3"},
    {"20余万元", 20, none, 1e4, "元", K_amount, Q_least, "20余万元", "20"},
    {"十万人", 10, none, 1e4, "人", K_count, Q_none, "十万人", "10"},
    // Suffix qualifiers.
    {"20余家", 20, none, 1, "家", K_count, Q_least, "20余家", "20"},
    {"20 余家", 20, none, 1, "家", K_count, Q_least, "20 余家", "20"},
    {"100多人", 100, none, 1, "人", K_count, Q_least, "100多人", "100"},
    {"50%以上", 50, none, 1, "%", K_percent, Q_least, "50%以上", "50"},
    {"50％以上", 50, none, 1, "%", K_percent, Q_least, "50％以上", "50"},
    {"10人以下", 10, none, 1, "人", K_count, Q_most, "10人以下", "10"},
    {"100人左右", 100, none, 1, "人", K_count, Q_approx, "100人左右", "100"},
    // Percentages.
    {"89.7%", 89.7, none, 1, "%", K_percent, Q_none, "89.7%", "89.7"},
    {"15.5％", 15.5, none, 1, "%", K_percent, Q_none, "15.5％", "15.5"},
    {"100%", 100, none, 1, "%", K_percent, Q_none, "100%", "100"},
    {"0.5%", 0.5, none, 1, "%", K_percent, Q_none, "0.5%", "0.5"},
    {"１００％", 100, none, 1, "%", K_percent, Q_none, "１００％", "100"},
    {"百分之十五", 15, none, 1, "%", K_percent, Q_none, "百分之十五", "15"},
    {"百分之五十", 50, none, 1, "%", K_percent, Q_none, "百分之五十", "50"},
    {"百分之2.4", 2.4, none, 1, "%", K_percent, Q_none, "百分之2.4", "2.4"},
    // Percentage points.
    {"1.4个百分点", 1.4, none, 1, "percentage_point", K_pp, Q_none, "1.4个百分点", "1.4"},
    {"2个百分点", 2, none, 1, "percentage_point", K_pp, Q_none, "2个百分点", "2"},
    {"0.8个百分点", 0.8, none, 1, "percentage_point", K_pp, Q_none, "0.8个百分点", "0.8"},
    {"三个百分点", 3, none, 1, "percentage_point", K_pp, Q_none, "三个百分点", "3"},
    {"二十个百分点", 20, none, 1, "percentage_point", K_pp, Q_none, "二十个百分点", "20"},
    // Fractions: the denominator is written first; the value is the quotient.
    {"三分之一", 1.0 / 3, none, 1, nullptr, K_ratio, Q_none, "三分之一", "1/3"},
    {"三分之二", 2.0 / 3, none, 1, nullptr, K_ratio, Q_none, "三分之二", "2/3"},
    {"四分之三", 0.75, none, 1, nullptr, K_ratio, Q_none, "四分之三", "3/4"},
    {"二分之一", 0.5, none, 1, nullptr, K_ratio, Q_none, "二分之一", "1/2"},
    {"十分之一", 0.1, none, 1, nullptr, K_ratio, Q_none, "十分之一", "1/10"},
    // Ratios: the value is the quotient, the text keeps both terms.
    {"3.78:1", 3.78, none, 1, nullptr, K_ratio, Q_none, "3.78:1", "3.78:1"},
    {"1.5:1", 1.5, none, 1, nullptr, K_ratio, Q_none, "1.5:1", "1.5:1"},
    {"3:2", 1.5, none, 1, nullptr, K_ratio, Q_none, "3:2", "3:2"},
    // Ranges share the unit; the value is the lower end.
    {"10-20人", 10, 20.0, 1, "人", K_count, Q_none, "10-20人", "10-20"},
    {"10—20人", 10, 20.0, 1, "人", K_count, Q_none, "10—20人", "10-20"},
    {"10～20人", 10, 20.0, 1, "人", K_count, Q_none, "10～20人", "10-20"},
    {"10至20人", 10, 20.0, 1, "人", K_count, Q_none, "10至20人", "10-20"},
    {"10 - 20 人", 10, 20.0, 1, "人", K_count, Q_none, "10 - 20 人", "10-20"},
    {"三至五人", 3, 5.0, 1, "人", K_count, Q_none, "三至五人", "3-5"},
    {"3-5个工作日", 3, 5.0, 1, "个工作日", IndicatorKind::other, Q_none, "3-5个工作日", "3-5"},
    {"50-100万元", 50, 100.0, 1e4, "元", K_amount, Q_none, "50-100万元", "50-100"},
    // Multiples.
    {"1.5倍", 1.5, none, 1, "倍", K_ratio, Q_none, "1.5倍", "1.5"},
    {"2倍", 2, none, 1, "倍", K_ratio, Q_none, "2倍", "2"},
    {"两倍", 2, none, 1, "倍", K_ratio, Q_none, "两倍", "2"},
    // The quantity ends at its last suffix.
    {"5次集体学法", 5, none, 1, "次", K_count, Q_none, "5次", "5"},
    {"68条优化提升举措", 68, none, 1, "条", K_count, Q_none, "68条", "68"},
};

// Numbers that are not quantities at all, whatever their context.
const char* const kNotQuantities[] = {
    "995",        // a bare number measures nothing
    "三",         // a bare Chinese numeral neither
    "3.0版",      // a version
    "4.0 版本",   // a version
    "26 法",      // 袁法议事 26 法: a name
    "12345便民服务热线",
    "2024年",     // a year
    "2024年度",
    "十四五",     // the 14th Five-Year Plan
    "二十届",     // an ordinal of a congress
    "八五普法",   // the 8th law-popularisation plan
    "五心五法",   // a slogan
    "十分重视",   // 十分 means "very", not ten points
    "二期工程",   // phase two, not two issues
    "33号",       // a document number
    "第一",       // an ordinal
    "〔2021〕33号",
    "一二三",     // no number reads digit by digit
};

// ---------------------------------------------------------------------------------------
// Traps in running text: a sentence, a number in it that must not become an indicator
// (first occurrence), and optionally a real quantity of the same sentence that must.

struct TrapCase {
    const char* sentence;
    const char* trap;
    const char* control;  ///< nullptr: the sentence holds no indicator to check
};

const TrapCase kTraps[] = {
    {"与 12345 便民服务热线建立双向合作机制，累计共享线索 2.8 万条。", "12345", "2.8 万条"},
    {"全面实施“11111”创新工程，调处纠纷 300 件。", "11111", "300 件"},
    {"强化专兼职调解员“642”配置，配备调解员 45 名。", "642", "45 名"},
    {"积极发挥“1+1>2”的合力作用，化解矛盾 20 起。", "1+1>2", "20 起"},
    {"镇村培育合作“袁法议事 26 法”叫响调解联盟。", "26", nullptr},
    {"推广袁法议事 26 法工作经验。", "26", nullptr},
    {"在3.0版运行基础上，修订完成政务服务标准体系4.0版，自订标准转化率约90.6%。", "3.0",
     "90.6%"},
    {"在3.0版运行基础上，修订完成政务服务标准体系4.0版，自订标准转化率约90.6%。", "4.0",
     "90.6%"},
    {"出台“万事好通·益启企”4.0 版，提出68条举措。", "4.0", "68条"},
    {"“万事好通·益启企”成功升级至3.0版本。", "3.0", nullptr},
    {"新增发明专利授权995件，列南通各县市区第一。", "第一", "995件"},
    {"有效发明专利拥有量5754件，列南通各县市区第一方阵。", "第一", "5754件"},
    {"市政府召开第38次常务会议，审议文件 12 件。", "38次", "12 件"},
    {"全市营商环境排名全省第3位。", "3位", nullptr},
    {"深入学习贯彻党的二十届三中全会精神。", "二十", nullptr},
    {"深入学习贯彻党的二十届三中全会精神。", "三中", nullptr},
    {"把习近平法治思想作为“八五”普法首要内容。", "八五", nullptr},
    {"八五普法工作圆满收官。", "八五", nullptr},
    {"编制十四五规划，谋划项目 30 个。", "十四五", "30 个"},
    {"“十四五”时期法治政府建设成效明显。", "十四五", nullptr},
    {"根据国务院办公厅《关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）要求，清理文件 47 件。",
     "37号", "47 件"},
    {"落实中发〔2021〕33号文件，制定措施 10 条。", "33号", "10 条"},
    {"制定《启东市行政争议处理十项机制》等配套文件。", "十项", nullptr},
    {"形成《启东市 2024 上半年行政执法监督 +12345 数据分析报告》。", "12345", nullptr},
    {"贯彻落实《提升行政执法质量三年行动计划（2023-2025 年）》，培训 300 人次。", "三年",
     "300 人次"},
    {"制发《2024“万事好通·益启企”启东营商环境优化提升行动方案》，提出68条优化提升举措。",
     "2024", "68条"},
    {"2024 年，我市办理涉企免罚轻罚案件 3672 件。", "2024", "3672 件"},
    {"二〇二四年，全市受理行政复议案件 120 件。", "二〇二四", "120 件"},
    {"2025年2月6日召开专题会议，部署工作 6 项。", "6日", "6 项"},
    {"持续深化“一件事”改革，“一件事”改革清单拓展至134个。", "一件", "134个"},
    {"根据涉企柔性执法、轻微违法“首违不罚”四张清单，办理案件 3672 件。", "四张", "3672 件"},
    {"畅通政府联系服务群众“最后一公里”，开放窗口 20 个。", "一公里", "20 个"},
    {"探索“三调对接”机制，实现“只进一扇门、最多跑一地”。", "一扇", nullptr},
    {"5G基站建设加快，新建基站 300 座。", "5", "300 座"},
    // Arithmetic-like slogans are no measurement (DOMAIN.md §5.5): 7×24小时 means "always".
    {"提供7×24小时不打烊服务，受理诉求 500 件。", "24小时", "500 件"},
};

// A small report whose structure markers (一、 （一） 1. （1）) are not quantities.
const char kMarkerReport[] =
    "某市人民政府2024年度法治政府建设情况报告\n\n"
    "一、主要做法及成效\n\n"
    "（一）加强组织领导\n\n"
    "1. 提升依法行政能力。市政府常务会议开展 5 次集体学法。\n\n"
    "（1）完善制度。制定 3 项制度。\n\n"
    "二、存在的不足\n\n基层执法力量相对薄弱。\n\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n"
    "四、2025年工作安排\n\n持续推进法治政府建设。\n";

std::size_t case_count() {
    return std::size(kNumerals) + std::size(kQuantities) + std::size(kNotQuantities) +
           std::size(kTraps) + 4 /* markers */;
}

}  // namespace

TEST_CASE("numerals: the table has at least 200 cases", "[numeral]") {
    const std::size_t n = case_count();
    INFO("numeral cases: " << n);
    REQUIRE(n >= 200);
}

TEST_CASE("numerals: parse_numeral reads Arabic and Chinese numbers", "[numeral]") {
    for (const NumeralCase& c : kNumerals) {
        INFO("input: \"" << c.input << "\"");
        numeral_match m;
        const bool ok = govreport::grammar::parse_numeral(c.input, m);
        CHECK(ok == c.ok);
        if (!ok || !c.ok) continue;
        CHECK(near(m.value, c.value));
        if (c.value_text) CHECK(m.value_text == c.value_text);
        CHECK(m.bytes == std::strlen(c.consumed));
        CHECK(m.chinese == c.chinese);
    }
}

TEST_CASE("numerals: the Arabic and Chinese entry points keep to their script", "[numeral]") {
    numeral_match m;
    CHECK_FALSE(govreport::grammar::parse_arabic_numeral("五", m));
    CHECK_FALSE(govreport::grammar::parse_chinese_number("5", m));
    REQUIRE(govreport::grammar::parse_arabic_numeral("1,487名", m));
    CHECK(m.value == 1487);
    CHECK_FALSE(m.chinese);
    REQUIRE(govreport::grammar::parse_chinese_number("两千三百人", m));
    CHECK(m.value == 2300);
    CHECK(m.chinese);
}

TEST_CASE("numerals: the plain-digit fast path answers as the grammar does", "[numeral]") {
    // Every string of up to five pieces from an alphabet of what can start, continue, end
    // or follow a numeral, and runs of 14 to 17 digits (the fast path keeps 15 and fewer).
    const char* const pieces[] = {"0", "7", "9", ",", ".", "．", "５", "万", "a", " ", "\xEF"};
    constexpr std::size_t kPieces = std::size(pieces);
    std::size_t compared = 0;
    auto compare = [&](const std::string& text) {
        numeral_match fast, rule;
        const bool ok_fast = govreport::grammar::parse_arabic_numeral(text, fast);
        const bool ok_rule = govreport::grammar::parse_arabic_numeral_rule(text, rule);
        ++compared;
        if (ok_fast == ok_rule && (!ok_fast || (fast.bytes == rule.bytes &&
                                                fast.value_text == rule.value_text &&
                                                fast.value == rule.value && !fast.chinese)))
            return;
        INFO("input: \"" << text << "\"");
        CHECK(ok_fast == ok_rule);
        CHECK(fast.bytes == rule.bytes);
        CHECK(fast.value_text == rule.value_text);
        CHECK(fast.value == rule.value);
    };
    std::string text;
    std::size_t idx[5] = {};
    for (std::size_t len = 1; len <= 5; ++len) {
        std::fill(std::begin(idx), std::end(idx), 0);
        for (;;) {
            text.clear();
            for (std::size_t i = 0; i < len; ++i) text += pieces[idx[i]];
            compare(text);
            std::size_t i = 0;
            while (i < len && ++idx[i] == kPieces) idx[i++] = 0;
            if (i == len) break;
        }
    }
    for (std::size_t digits = 14; digits <= 17; ++digits)
        for (const char* tail : {"", "名", ".5", ",000"}) {
            compare(std::string(digits, '9') + tail);
            compare("1" + std::string(digits - 1, '0') + tail);
        }
    // Decimals with long parts on either side of the point (the fast path reads "8122.21"
    // whole): values past 2^53 and past 22 fraction digits take decimal_value's slow path.
    for (std::size_t whole = 1; whole <= 18; whole += 3)
        for (std::size_t fraction = 0; fraction <= 25; fraction += 2)
            for (const char* tail : {"", "万元", "．", ".", "５", ",5", "%"}) {
                compare(std::string(whole, '7') + "." + std::string(fraction, '3') + tail);
                compare("1" + std::string(whole - 1, '0') + "." + std::string(fraction, '9') + tail);
            }
    CHECK(compared > 170000);
}

TEST_CASE("numerals: the one-digit Chinese fast path answers as the grammar does", "[numeral]") {
    // Every string of up to four pieces from Chinese digits, the other numeral characters,
    // and what follows a numeral (a classifier, a digit, a blank, a cut-off lead byte).
    const char* const pieces[] = {"一", "两", "二", "九", "十", "百", "千", "万",
                                  "亿", "零", "〇", "项", "5", " ", "\xE4"};
    constexpr std::size_t kPieces = std::size(pieces);
    std::size_t compared = 0, fast_cases = 0;
    std::string text;
    std::size_t idx[4] = {};
    for (std::size_t len = 1; len <= 4; ++len) {
        std::fill(std::begin(idx), std::end(idx), 0);
        for (;;) {
            text.clear();
            for (std::size_t i = 0; i < len; ++i) text += pieces[idx[i]];
            numeral_match fast, rule;
            const bool ok_fast = govreport::grammar::parse_chinese_number(text, fast);
            const bool ok_rule = govreport::grammar::parse_chinese_number_rule(text, rule);
            ++compared;
            if (ok_fast && fast.bytes == 3) ++fast_cases;
            if (!(ok_fast == ok_rule &&
                  (!ok_fast || (fast.bytes == rule.bytes && fast.value_text == rule.value_text &&
                                fast.value == rule.value && fast.chinese && rule.chinese)))) {
                INFO("input: \"" << text << "\"");
                CHECK(ok_fast == ok_rule);
                CHECK(fast.bytes == rule.bytes);
                CHECK(fast.value_text == rule.value_text);
                CHECK(fast.value == rule.value);
            }
            std::size_t i = 0;
            while (i < len && ++idx[i] == kPieces) idx[i++] = 0;
            if (i == len) break;
        }
    }
    CHECK(compared > 50000);
    CHECK(fast_cases > 1000);  // the fast path was taken, not only the rule
}

TEST_CASE("numerals: parse_quantity reads every numeric form", "[numeral][quantity]") {
    for (const QuantityCase& c : kQuantities) {
        INFO("input: \"" << c.input << "\"");
        quantity_match q;
        const bool ok = govreport::grammar::parse_quantity(c.input, q);
        CHECK(ok);
        if (!ok) continue;
        CHECK(near(q.value, c.value));
        CHECK(q.value_max.has_value() == c.value_max.has_value());
        if (q.value_max && c.value_max) CHECK(near(*q.value_max, *c.value_max));
        CHECK(q.scale == c.scale);
        if (c.unit) CHECK(q.unit == c.unit);
        CHECK(govreport::to_string(q.kind) == std::string(govreport::to_string(c.kind)));
        CHECK(govreport::to_string(q.qualifier) == std::string(govreport::to_string(c.qualifier)));
        CHECK(q.bytes == std::strlen(c.consumed));
        if (c.value_text) CHECK(q.value_text == c.value_text);
    }
}

TEST_CASE("numerals: numbers that are no quantity are rejected by the grammar", "[numeral]") {
    for (const char* input : kNotQuantities) {
        INFO("input: \"" << input << "\"");
        quantity_match q;
        CHECK_FALSE(govreport::grammar::parse_quantity(input, q));
    }
}

TEST_CASE("numerals: traps in running text are not indicators", "[numeral][quantity]") {
    for (const TrapCase& c : kTraps) {
        const std::string sentence = c.sentence;
        INFO("sentence: " << sentence << "\ntrap: " << c.trap);
        const govreport::Report r = quantity_support::parse_text(sentence);
        INFO(quantity_support::describe(r));
        const std::size_t at = r.text.find(c.trap);
        REQUIRE(at != std::string::npos);
        CHECK(quantity_support::indicators_over(r, at, at + std::strlen(c.trap)).empty());
        if (c.control) {
            INFO("control: " << c.control);
            CHECK_FALSE(quantity_support::indicators_with(r, c.control).empty());
        }
    }
}

TEST_CASE("numerals: structure markers are not indicators", "[numeral][quantity]") {
    const govreport::Report r = quantity_support::parse_text(kMarkerReport);
    INFO(quantity_support::describe(r));
    for (const char* marker : {"一、主要", "（一）加强", "1. 提升", "（1）完善"}) {
        INFO("marker: " << marker);
        const std::size_t at = r.text.find(marker);
        REQUIRE(at != std::string::npos);
        // The marker itself: everything before the first Chinese character of the title.
        const std::size_t len = std::string_view(marker).size() - 6;
        CHECK(quantity_support::indicators_over(r, at, at + len).empty());
    }
    CHECK(quantity_support::indicators_with(r, "5 次").size() == 1);
    CHECK(quantity_support::indicators_with(r, "3 项").size() == 1);
}

TEST_CASE("numerals: match_unit answers as unit_rule does at every position", "[numeral][quantity]") {
    // match_unit looks the units up by first character; unit_rule walks x3::symbols' tree.
    // Every pair of units side by side, every unit cut short by a byte, and the corpus.
    std::size_t count = 0;
    const govreport::grammar::unit_info* table = govreport::grammar::unit_table(count);
    REQUIRE(count > 40);
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view a = table[i].surface;
        text += std::string(a.substr(0, a.size() - 1)) + " ";
        for (std::size_t j = 0; j < count; ++j) text += std::string(a) + std::string(table[j].surface);
    }
    if (const auto files = quantity_support::corpus_files())
        for (const std::string& f : *files) text += test_support::read_file(f);
    std::size_t checked = 0, matched = 0, differ = 0, first_differ = std::string::npos;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        const std::string_view rest = std::string_view(text).substr(at);
        int a = -1, b = -1;
        std::size_t an = 0, bn = 0;
        const bool x = govreport::grammar::match_unit(rest, a, an);
        const bool y = govreport::grammar::match_unit_rule(rest, b, bn);
        if (x != y || (x && (a != b || an != bn))) {
            if (differ++ == 0) first_differ = at;
        }
        matched += x;
        ++checked;
    }
    INFO("first difference at byte " << first_differ);
    CHECK(differ == 0);
    CHECK(matched > count * count);  // every pair's first unit at least
    CHECK(checked > 100000);
}
