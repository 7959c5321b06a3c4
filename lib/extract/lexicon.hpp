// Word tables the quantity extractor reads the context of a number with (DOMAIN.md §5).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_LEXICON_HPP
#define GOVREPORT_EXTRACT_LEXICON_HPP

#include <string_view>

#include <govreport/entities.hpp>

namespace govreport::extract::lexicon {

struct PrefixQualifier {
    std::string_view text;
    Qualifier qualifier;
    bool attached;  ///< part of the indicator's text (约90.6%), unlike 达 (达50%以上)
};

/// Words right before a number that qualify it; longest first.
inline constexpr PrefixQualifier kPrefixQualifiers[] = {
    {"不超过", Qualifier::at_most, true}, {"不少于", Qualifier::at_least, true},
    {"不低于", Qualifier::at_least, true}, {"不高于", Qualifier::at_most, true},
    {"超过", Qualifier::at_least, true},  {"至少", Qualifier::at_least, true},
    {"不到", Qualifier::at_most, true},   {"不足", Qualifier::at_most, true},
    {"大约", Qualifier::approx, true},    {"将近", Qualifier::approx, true},
    {"多达", Qualifier::reached, false},  {"达到", Qualifier::reached, false},
    {"约", Qualifier::approx, true},      {"近", Qualifier::approx, true},
    {"逾", Qualifier::at_least, true},    {"超", Qualifier::at_least, true},
    {"达", Qualifier::reached, false},
};

struct ChangeVerb {
    std::string_view text;
    bool up;
};

/// Verbs of change. Single characters such as 增 are left out: 新增 means "newly added".
inline constexpr ChangeVerb kChangeVerbs[] = {
    {"增长", true},  {"增加", true},  {"提高", true},  {"提升", true},  {"上升", true},
    {"增至", true},  {"翻番", true},  {"下降", false}, {"减少", false}, {"降低", false},
    {"压缩", false}, {"缩短", false}, {"压减", false}, {"下滑", false}, {"回落", false},
    {"降至", false},
};

/// Bases of comparison written right before a change verb.
inline constexpr std::string_view kBasisPrefixes[] = {"同比", "环比"};
/// Comparisons written 较…/比… (较去年底, 比上年); 比例 and 比重 are nouns, not comparisons.
inline constexpr std::string_view kComparisonWords[] = {"较", "比"};
inline constexpr std::string_view kNotComparisons[] = {"比例", "比重", "对比", "比率", "占比"};

/// The from-words (从, 由) and to-words (至, 到, 为) that link a from/to pair's values
/// (从1分提升至2分, 由A提高到B) are read from their characters and bytes in quantities.cpp
/// (from_word_at(), to_word_in()).
/// Verbs that join a pair's values with a to-word but change nothing by themselves
/// (从20.86天提速至6.44天); the change verbs above join them too (缩短到, 提升至).
inline constexpr std::string_view kPairVerbs[] = {"提速", "延长", "扩大", "缩减", "缩小", "拓展", "跃升",
                                                   "整合", "精简", "调整"};
/// Adverbs before a pair's verb (分别提高到, 均提升至).
inline constexpr std::string_view kPairAdverbs[] = {"分别", "均", "逐步", "进一步", "大幅"};
/// Words between a from-word and the first value that say it is the old value
/// (由原来的30个工作日): no part of what the pair measures.
inline constexpr std::string_view kFormerly[] = {"原来的", "原来", "原有的", "以前的", "过去的",
                                                  "上年的", "上年", "去年的", "去年", "原"};

/// Words stripped from the front of a metric: they count or time, they do not name.
inline constexpr std::string_view kMetricLeading[] = {
    "其中", "共计", "合计", "总计", "累计", "共有", "先后", "分别", "全年", "今年", "全市",
    "全区", "全县", "全省", "我市", "我区", "我县", "为全市", "共", "已", "、",
    // The report's own organ as the subject (我局共开展…, 本局): not what is counted.
    "我局", "我委", "我办", "我厅", "我镇", "我乡", "我街道", "本局",
    // 实现地区生产总值5696亿元: the verb of an outcome, before what it measures.
    "实现",
};
/// Words that start like a leading word but are not one (共享 is not 共 + 享).
inline constexpr std::string_view kMetricProtected[] = {"共享", "共同", "共建", "共治", "共商",
                                                        "已有"};
/// Words stripped from the end of a metric (the qualifier or link before the number).
inline constexpr std::string_view kMetricTrailing[] = {
    "达到", "多达", "共计", "合计", "累计", "分别", "共有", "超过", "不到", "不足", "大约",
    "将近", "达", "为", "约", "近", "逾", "超", "共", "有", "至", "到", "了", "、", "从", "由", "和", "及",
    "暨", "预计",
};
/// Verbs that take the counted thing as their object: a metric that ends in one
/// (市政府常务会议开展 5 次集体学法) names what is counted after the unit, if anything.
inline constexpr std::string_view kObjectVerbs[] = {
    "开展", "召开", "举办", "组织", "完成", "办理", "受理", "审查", "审核", "出台", "制定",
    "印发", "发放", "开通", "建成", "新建", "实施", "化解", "调解", "查处", "培训",
    "聘请", "选聘", "推出", "打造", "设立", "成立", "编制", "修订", "清理", "发布", "整改",
    "评选", "认定", "创建", "引进", "审议", "听取", "制发", "签订", "建立", "组建", "培育",
    "包含", "包括", "涵盖", "聘任", "应对", "参加", "参与", "接受", "旁听", "观看",
};
/// Verbs right after a percentage that say what the rate is of (行政机关负责人100%出庭应诉:
/// the rate of heads appearing in court): the metric is the noun before and the verb after.
inline constexpr std::string_view kVerbsAfterPercent[] = {
    "出庭", "应诉", "办结", "公开", "覆盖", "落实", "到位", "上线", "网上可办", "全程网办",
    "可办", "网办", "备案", "答复", "回复", "纳入", "达标", "参训", "参学", "通过", "持证",
    "审查", "审核", "录入", "接入", "入驻", "签约", "兑现", "整改", "送达", "化解",
};
/// Per-capita denominators at the start of a metric: 万人发明专利拥有量 is per 10,000 people.
inline constexpr std::string_view kPerCapita[] = {"每十万人", "每万人", "每千人", "每百人",
                                                  "十万人",   "万人",   "千人",   "人均"};

/// Catch-phrases that start with a numeral and a classifier but count nothing.
inline constexpr std::string_view kCatchPhrases[] = {
    "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "两个毫不动摇", "三个务必",
    "两个大局", "两个结合", "五位一体", "四个服务", "三项制度", "四张清单", "一件事",
    "一网通办", "一站式",   "一把手",   "一盘棋",   "一张网",   "一张图",   "一条龙",
};

/// Words after 24小时 that make it "round the clock" (24小时自助服务), not a duration.
inline constexpr std::string_view kRoundTheClock[] = {
    "自助", "服务", "在线", "值班", "值守", "不打烊", "不间断", "营业", "热线", "全天候",
    "无人", "便民", "政务", "智能", "客服", "咨询", "受理", "接警", "开放", "运行", "运转",
};

/// Where a metric read after the unit stops (1487 名执法人员全部完成 → 执法人员).
inline constexpr std::string_view kAfterUnitStops[] = {
    "全部", "均", "已", "开展", "完成", "配备", "建成", "参加", "参与", "通过", "实现", "获得",
    "进行", "提供", "形成", "组织", "纳入", "覆盖", "和", "及", "与", "的", "等", "在",
    "被", "将", "已经", "正在", "得到", "顺利", "明确", "成功", "积极", "研究", "审议", "带动",
    "推动", "暨", "作为", "成为", "担任", "之首", "之一", "之内", "之间",
};

}  // namespace govreport::extract::lexicon

#endif
