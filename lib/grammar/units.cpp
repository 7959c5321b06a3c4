// The unit and classifier table (DOMAIN.md §5.1). Add a unit here, nowhere else.
// SPDX-License-Identifier: MIT
#include "grammar/units.hpp"

namespace govreport::grammar {

namespace {

using K = IndicatorKind;

// 年 and 月 are not here: "3年" and "2月" are periods or durations the period grammar
// owns. 级 is left out on purpose (市镇两级 is a name, not a count), and 张 and 门 follow
// Arabic digits only: 四张清单 is a name, 宣传海报35张 and 3门课程 are counts.
constexpr unit_info kUnits[] = {
    // Counts of things, people, events.
    {"件", "件", K::count, false}, {"件次", "件次", K::count, false},
    {"个", "个", K::count, false}, {"个次", "个次", K::count, false},
    {"次", "次", K::count, false}, {"人次", "人次", K::count, false},
    {"名", "名", K::count, false}, {"人", "人", K::count, false},
    {"位", "位", K::count, false}, {"户", "户", K::count, false},
    {"户次", "户次", K::count, false}, {"家", "家", K::count, false},
    {"家次", "家次", K::count, false}, {"条", "条", K::count, false},
    {"份", "份", K::count, false}, {"场", "场", K::count, false},
    {"场次", "场次", K::count, false}, {"期", "期", K::count, true},
    {"项", "项", K::count, false}, {"处", "处", K::count, false},
    {"起", "起", K::count, false}, {"批", "批", K::count, false},
    {"批次", "批次", K::count, false}, {"宗", "宗", K::count, false},
    {"篇", "篇", K::count, false}, {"卷", "卷", K::count, false},
    {"轮", "轮", K::count, false}, {"部", "部", K::count, false},
    {"所", "所", K::count, false}, {"座", "座", K::count, false},
    {"支", "支", K::count, false}, {"套", "套", K::count, false},
    {"台", "台", K::count, false}, {"辆", "辆", K::count, false},
    {"艘", "艘", K::count, false}, {"架", "架", K::count, false},
    {"本", "本", K::count, false}, {"册", "册", K::count, false},
    {"间", "间", K::count, false}, {"栋", "栋", K::count, false},
    {"株", "株", K::count, false}, {"棵", "棵", K::count, false},
    {"头", "头", K::count, false}, {"只", "只", K::count, false},
    {"种", "种", K::count, false}, {"类", "类", K::count, false},
    {"例", "例", K::count, false}, {"块", "块", K::count, false},
    {"所次", "所次", K::count, false}, {"人日", "人日", K::count, false},
    {"张", "张", K::count, true}, {"门", "门", K::count, true},
    {"大类", "大类", K::count, false},
    // Money, and money per month, year, person… (养老金801元/月, 补助3000元/人).
    {"元", "元", K::amount, false}, {"美元", "美元", K::amount, false},
    {"欧元", "欧元", K::amount, false},
    {"元/月", "元/月", K::amount, false}, {"元/年", "元/年", K::amount, false},
    {"元/人", "元/人", K::amount, false}, {"元/天", "元/天", K::amount, false},
    {"元/亩", "元/亩", K::amount, false}, {"元/吨", "元/吨", K::amount, false},
    {"元/平方米", "元/平方米", K::amount, false}, {"元/人·月", "元/人·月", K::amount, false},
    // Rates and ratios.
    {"%", "%", K::percent, false}, {"％", "%", K::percent, false},
    {"‰", "‰", K::percent, false},
    {"个百分点", "percentage_point", K::percentage_point, false},
    {"百分点", "percentage_point", K::percentage_point, false},
    {"倍", "倍", K::ratio, false}, {"成", "成", K::ratio, false},
    // Scores.
    {"分", "分", K::score, true},
    // Time spans.
    {"小时", "小时", K::other, false}, {"分钟", "分钟", K::other, false},
    {"天", "天", K::other, false}, {"个工作日", "个工作日", K::other, false},
    {"工作日", "工作日", K::other, false}, {"个月", "个月", K::other, false},
    {"周", "周", K::other, false}, {"秒", "秒", K::other, false},
    // Areas, lengths, volumes, weights, energy, containers.
    {"平方米", "平方米", K::other, false}, {"平方公里", "平方公里", K::other, false},
    {"公里", "公里", K::other, false}, {"千米", "千米", K::other, false},
    {"米", "米", K::other, false}, {"亩", "亩", K::other, false},
    {"公顷", "公顷", K::other, false}, {"立方米", "立方米", K::other, false},
    {"吨", "吨", K::other, false}, {"千克", "千克", K::other, false},
    {"公斤", "公斤", K::other, false}, {"斤", "斤", K::other, false}, {"千瓦", "千瓦", K::other, false},
    {"千瓦时", "千瓦时", K::other, false}, {"度", "度", K::other, true},
    {"兆瓦", "兆瓦", K::other, false}, {"吉瓦", "吉瓦", K::other, false},
    {"标准箱", "标准箱", K::other, false}, {"床", "床", K::count, false},
    {"张床", "张床", K::count, false},
};

}  // namespace

const unit_info* unit_table(std::size_t& count) noexcept {
    count = sizeof kUnits / sizeof kUnits[0];
    return kUnits;
}

}  // namespace govreport::grammar
