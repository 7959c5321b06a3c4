// The outline through govreport::parse: the seed's sections and measures, spans, variants.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <govreport/govreport.hpp>

#include "quantity_support.hpp"
#include "segment/normalize.hpp"
#include "segment/paragraphs.hpp"
#include "segment/roles.hpp"
#include "segment/title.hpp"
#include "test_support.hpp"

using govreport::MarkerKind;
using govreport::MeasureStatus;
using govreport::npos;
using govreport::Report;
using govreport::Role;
using govreport::Severity;
using test_support::contains;
using test_support::naive_code_points;
using test_support::slice;
using test_support::starts_with;

namespace {

// The seed's headings, read from the seed: marker and title exactly as written, the
// normalised title, the role (level 1) and the index of the parent section.
struct SectionRow {
    const char* id;
    int level;
    const char* marker;
    int ordinal;
    const char* heading;  // marker + title as in the input
    const char* title;    // normalised
    Role role;
    std::size_t parent;
};
const SectionRow kSeedSections[] = {
    {"s1", 1, "一、", 1, "一、推进法治政府建设的主要做法及成效", "推进法治政府建设的主要做法及成效",
     Role::achievements, npos},
    {"s1.1", 2, "（一）", 1, "（一）坚持擦亮思想航灯，法治政府工作合力进一步凝聚",
     "坚持擦亮思想航灯，法治政府工作合力进一步凝聚", Role::none, 0},
    {"s1.2", 2, "（二）", 2, "（二）加快转变政府职能，法治化营商环境不断优化",
     "加快转变政府职能，法治化营商环境不断优化", Role::none, 0},
    {"s1.3", 2, "（三）", 3, "（三）持续推进机制建设，依法行政能力水平不断提高",
     "持续推进机制建设，依法行政能力水平不断提高", Role::none, 0},
    {"s1.4", 2, "（四）", 4, "（四）全面加强监督制约，权力运行更加公开透明",
     "全面加强监督制约，权力运行更加公开透明", Role::none, 0},
    {"s1.5", 2, "（五）", 5, "（五）积极化解矛盾纠纷，社会环境更加和谐稳定",
     "积极化解矛盾纠纷，社会环境更加和谐稳定", Role::none, 0},
    {"s2", 1, "二、", 2, "二、2024年法治政府建设存在的主要不足", "2024年法治政府建设存在的主要不足",
     Role::shortcomings, npos},
    {"s3", 1, "三、", 3, "三、2024年党政主要负责人履行第一责任人职责情况",
     "2024年党政主要负责人履行第一责任人职责情况", Role::leadership_duty, npos},
    {"s4", 1, "四、", 4, "四、2025 年推进法治政府建设的工作安排", "2025年推进法治政府建设的工作安排",
     Role::plans, npos},
};

// The seed's measures: 1.–15. numbered across （一）–（五）, then 一是… in 三 and 四.
struct MeasureRow {
    const char* marker;   // as written, without the space after it
    const char* heading;  // marker, space and title exactly as in the input
    int ordinal;
    const char* title;
    std::size_t section;  // index into kSeedSections
    MeasureStatus status;
    MarkerKind kind;
    bool is_inline;
};
constexpr auto kDot = MarkerKind::arabic_dot;
constexpr auto kEnum = MarkerKind::enumeration;
constexpr auto kDone = MeasureStatus::done;
constexpr auto kPlanned = MeasureStatus::planned;
constexpr auto kOther = MeasureStatus::other;
const MeasureRow kSeedMeasures[] = {
    {"1.", "1. 提升依法行政能力和水平", 1, "提升依法行政能力和水平", 1, kDone, kDot, false},
    {"2.", "2. 不断强化法治督察考核", 2, "不断强化法治督察考核", 1, kDone, kDot, false},
    {"3.", "3.扎实推进政府职能转变", 3, "扎实推进政府职能转变", 2, kDone, kDot, false},
    {"4.", "4.持续深化“放管服”改革", 4, "持续深化“放管服”改革", 2, kDone, kDot, false},
    {"5.", "5. 稳步优化法治化营商环境", 5, "稳步优化法治化营商环境", 2, kDone, kDot, false},
    {"6.", "6. 坚持科学民主，切实提高决策水平", 6, "坚持科学民主，切实提高决策水平", 3, kDone, kDot, false},
    {"7.", "7.筑牢法治屏障，强化行政执法监督质效", 7, "筑牢法治屏障，强化行政执法监督质效", 3, kDone, kDot, false},
    {"8.", "8.强化精准施策，推进综合执法规范化建设", 8, "强化精准施策，推进综合执法规范化建设", 3, kDone, kDot, false},
    {"9.", "9. 主动接受人大、政协和社会各界监督", 9, "主动接受人大、政协和社会各界监督", 4, kDone, kDot, false},
    {"10.", "10. 切实加强司法、审计监督", 10, "切实加强司法、审计监督", 4, kDone, kDot, false},
    {"11.", "11. 加速政务公开提质增效", 11, "加速政务公开提质增效", 4, kDone, kDot, false},
    {"12.", "12. 深化行政复议体制改革", 12, "深化行政复议体制改革", 5, kDone, kDot, false},
    {"13.", "13.加大公共法律服务供给", 13, "加大公共法律服务供给", 5, kDone, kDot, false},
    {"14.", "14.探索枫桥经验启东模式", 14, "探索枫桥经验启东模式", 5, kDone, kDot, false},
    {"15.", "15.推进信访工作法治化", 15, "推进信访工作法治化", 5, kDone, kDot, false},
    {"一是", "一是坚持高位推动", 1, "坚持高位推动", 7, kDone, kEnum, false},
    {"二是", "二是强化责任担当", 2, "强化责任担当", 7, kDone, kEnum, false},
    {"三是", "三是加强督察考核", 3, "加强督察考核", 7, kDone, kEnum, false},
    {"一是", "一是深入学习贯彻习近平法治思想", 1, "深入学习贯彻习近平法治思想", 8, kPlanned, kEnum, true},
    {"二是", "二是科学编制和实施年度规范性文件、重大行政决策立项计划", 2,
     "科学编制和实施年度规范性文件、重大行政决策立项计划", 8, kPlanned, kEnum, true},
    {"三是", "三是持续优化法治化营商环境", 3, "持续优化法治化营商环境", 8, kPlanned, kEnum, true},
    {"四是", "四是深化行政执法体制改革", 4, "深化行政执法体制改革", 8, kPlanned, kEnum, true},
    {"五是", "五是深入推动法治政府领域改革任务", 5, "深入推动法治政府领域改革任务", 8, kPlanned, kEnum, true},
};

bool inside(const govreport::Span& inner, const govreport::Span& outer) {
    return outer.start <= inner.start && inner.end <= outer.end;
}

// Char offsets agree with the bytes: count the code points of the prefix.
void check_char_offsets(const std::string& text, const govreport::Span& s) {
    REQUIRE(s.end <= text.size());
    CHECK(s.char_start == naive_code_points(std::string_view(text).substr(0, s.start)));
    CHECK(s.char_end == naive_code_points(std::string_view(text).substr(0, s.end)));
}

// Spans, title spans and extents of every section and measure are consistent.
void check_spans(const Report& r) {
    for (const auto& s : r.sections) {
        INFO("section " << s.id << " " << s.title);
        const std::string_view heading = slice(r.text, s.span);
        CHECK(starts_with(heading, s.marker));
        CHECK(govreport::segment::normalize_title(slice(r.text, s.title_span)) == s.title);
        CHECK(inside(s.title_span, s.span));
        CHECK(s.title_span.end == s.span.end);
        CHECK(inside(s.span, s.extent));
        CHECK(s.span.start == s.extent.start);
        if (s.parent != npos) CHECK(inside(s.extent, r.sections[s.parent].extent));
        check_char_offsets(r.text, s.span);
        check_char_offsets(r.text, s.title_span);
        check_char_offsets(r.text, s.extent);
    }
    for (const auto& m : r.measures) {
        INFO("measure " << m.id << " " << m.title);
        const std::string_view heading = slice(r.text, m.span);
        CHECK(starts_with(heading, m.marker));
        if (!m.title.empty()) {
            CHECK(govreport::segment::normalize_title(slice(r.text, m.title_span)) == m.title);
            CHECK(m.title_span.end == m.span.end);
        }
        CHECK(inside(m.span, m.extent));
        CHECK(m.span.start == m.extent.start);
        if (m.section != npos) CHECK(inside(m.extent, r.sections[m.section].extent));
        check_char_offsets(r.text, m.span);
        check_char_offsets(r.text, m.extent);
    }
    for (const auto& d : r.diagnostics) check_char_offsets(r.text, d.span);
}

std::size_t count_code(const Report& r, std::string_view code) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.code == code;
    return n;
}

}  // namespace

TEST_CASE("seed: title, issuer and year", "[structure]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    CHECK(r.text == seed);
    CHECK(r.encoding == "utf-8");
    CHECK(r.title == "启东市人民政府2024年度法治政府建设情况报告");
    CHECK(slice(r.text, r.title_span) == "启东市人民政府 2024 年度法治政府建设 情况报告");
    REQUIRE(r.issuer.has_value());
    CHECK(*r.issuer == "启东市人民政府");
    REQUIRE(r.year.has_value());
    CHECK(*r.year == 2024);
}

TEST_CASE("a subtitle spaced out by PDF extraction still names the issuer", "[structure]") {
    // The subtitle has more bytes than a title may have, but not outside its blanks: it is
    // read (normalised) like a short one, while a long body paragraph after a title is not.
    std::string sub = "——2017年2月11日";
    const char* const chars[] = {"在", "海", "拉", "尔", "区", "第", "十", "四", "届",
                                 "人", "民", "代", "表", "大", "会"};
    for (const char* c : chars) sub += std::string(c) + "                  ";
    REQUIRE(sub.size() > 100 * 3);
    const std::string text = "政府工作报告\n" + sub + "\n一、过去一年的工作\n（一）经济运行稳中有进。全年完成目标。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.issuer.has_value());
    CHECK(*r.issuer == "海拉尔区人民政府");
    REQUIRE(r.year.has_value());
    CHECK(*r.year == 2017);
}

TEST_CASE("a title that starts with its year names the issuer after it", "[structure]") {
    struct Case {
        const char* title;
        std::optional<std::string> issuer;
    };
    const Case cases[] = {
        {"2020年静海区法治政府建设情况报告", "静海区"},
        {"2023 年度南通市司法局法治政府建设年度报告", "南通市司法局"},
        {"2023年静海区人民政府法治政府建设情况报告", "静海区人民政府"},
        {"2022年市卫健委依法行政工作报告", "市卫健委"},
        // No issuer in the title, or words that name none.
        {"2023年度法治政府建设情况报告", std::nullopt},
        {"2023年区五年法治政府建设工作情况报告", std::nullopt},
        {"2023年本市法治政府建设情况报告", std::nullopt},
        {"2023年全面推进依法行政工作报告", std::nullopt},
        // The forms read before still read the same.
        {"静海区2023年度法治政府建设情况报告", "静海区"},
        {"2026年江苏省政府工作报告", "江苏省人民政府"},
    };
    for (const Case& c : cases) {
        INFO(c.title);
        const Report r = govreport::parse(std::string(c.title) +
                                          "\n\n一、主要举措和成效\n（一）加强组织领导。全年召开会议3次。\n");
        CHECK(r.issuer == c.issuer);
    }
    // The issuer found this way resolves the level words of the text (区委 is 静海区's).
    const Report r = govreport::parse(std::string("2020年静海区法治政府建设情况报告\n\n") +
                                      "一、主要举措\n（一）加强领导。区委常委会研究部署法治政府建设工作。\n");
    bool resolved = false;
    for (const govreport::Body& b : r.bodies)
        if (b.division_code == "120118") resolved = true;
    CHECK(resolved);
}

TEST_CASE("a title without an issuer takes the organ that signs the report", "[structure]") {
    const std::string title = "2023年度法治政府建设情况报告\n\n";
    const std::string body = "一、主要举措和成效\n（一）加强组织领导。区委常委会研究部署法治政府建设工作。\n\n";
    struct Case {
        const char* ending;
        std::optional<std::string> issuer;
    };
    const Case cases[] = {
        {"静海区人民政府\n2024年3月1日\n", "静海区人民政府"},
        {"2024年3月1日\n南通市司法局\n", "南通市司法局"},
        // Two organs side by side, a note and web chrome under them.
        {"中共静海区委 静海区人民政府\n2024 年 3 月 1 日\n（此件公开发布）\n打印本页 关闭窗口\n",
         "中共静海区委静海区人民政府"},
        // Not signatures: chrome with a colon, a level word alone, body text at the end.
        {"主办：静海区人民政府办公室\n", std::nullopt},
        {"市政府\n2024年3月1日\n", std::nullopt},
        {"区司法局\n2024年3月1日\n", std::nullopt},
        {"下一步，我们将继续推进法治政府建设。\n", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.ending);
        const Report r = govreport::parse(title + body + c.ending);
        CHECK(r.issuer == c.issuer);
    }
    // The title's issuer wins over the signature's.
    const Report r = govreport::parse("启东市人民政府2024年度法治政府建设情况报告\n\n" + body +
                                      "南通市司法局\n2025年1月1日\n");
    CHECK(r.issuer == std::optional<std::string>("启东市人民政府"));
    // The signature's issuer resolves the level words of the text (区委 is 静海区's).
    const Report signed_report = govreport::parse(title + body + "静海区人民政府\n2024年3月1日\n");
    bool resolved = false;
    for (const govreport::Body& b : signed_report.bodies)
        if (b.name == "中共静海区委员会常务委员会" && b.division_code == "120118") resolved = true;
    CHECK(resolved);
}

TEST_CASE("without a title or a signature, the issuer is the organ the preamble names", "[structure]") {
    struct Case {
        const char* text;
        std::optional<std::string> issuer;
    };
    const Case cases[] = {
        {"2020年，长治市人力资源和社会保障局深入学习贯彻习近平法治思想。", "长治市人力资源和社会保障局"},
        {"2023年度，清城区民政局坚持以习近平新时代中国特色社会主义思想为指导。", "清城区民政局"},
        {"在市委、市政府和县委的正确领导下，息县人民政府坚持依法行政。", "息县人民政府"},
        {"巫山县司法局坚持以习近平法治思想为指导。现将县司法局2024年法治政府建设情况报告如下。",
         "巫山县司法局"},
        {"2024年，汤头街道在区委、区政府的坚强领导下，全面推进依法行政。", "汤头街道"},
        {"2021年是“十四五”开局之年。这一年，唐山市委、市政府以习近平法治思想为指导。", "唐山市委"},
        {"现将龙川县司法局2024年法治政府建设工作情况报告如下：", "龙川县司法局"},
        // A clause that opens with the year after a first one that names no author.
        {"根据中共中央《法治政府建设实施纲要（2021—2025年）》提出的要求，2023年，清波街道以深入学习贯彻为主线。",
         "清波街道"},
        {"2025年，中村乡法治政府建设工作在市委、市人民政府的正确领导下扎实推进。", "中村乡"},
        // A ministry's own report (原: its name before 2018), and more opening verbs.
        {"2017年，原环境保护部深入学习宣传贯彻党的十九大精神。", "环境保护部"},
        {"2021年，司法部坚持以习近平新时代中国特色社会主义思想为指导。", "司法部"},
        {"2022年增福镇组织开展行政执法检查220余次。", "增福镇"},
        {"2023年，中央宣传部深入部署。", std::nullopt},  // a national organ cited, no author
        // A place by its full name reports (a province's report without its title).
        {"2017年,山东省以习近平新时代中国特色社会主义思想为指导。", "山东省"},
        // No place in the organ, a preposition in front, or no organ at all.
        {"2022年，区政府坚持以习近平新时代中国特色社会主义思想为指导。", std::nullopt},
        {"现将市人社局2022年法治政府建设情况报告予以公开。", std::nullopt},
        {"根据中共中央办公厅、国务院办公厅印发的规定，现将有关情况报告如下。", std::nullopt},
        {"全年推进法治政府建设各项工作。", std::nullopt},
        {"2023年，中共中央办公厅、国务院办公厅印发《规定》。", std::nullopt},  // cited, national
        {"经开区管委会坚持依法行政。", "经开区管委会"},
        {"2024年，中共启东市委全面依法治市委员会办公室坚持统筹协调。",
         "中共启东市委全面依法治市委员会办公室"},
        // Since a year; a verb of citing ends the organ's name.
        {"2021年以来，宣城市公安局按照市委、市政府的工作部署，深入开展法治政府建设。",
         "宣城市公安局"},
        // A place alone gives way to an organ of it named later.
        {"2023年以来，下洋镇坚持依法行政。现将下洋镇人民政府2023年法治政府建设情况报告如下。",
         "下洋镇人民政府"},
        {"2023年以来，下洋镇坚持依法行政。现将县司法局2023年法治政府建设情况报告如下。", "下洋镇"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const Report r = govreport::parse(std::string(c.text) + "\n\n一、主要举措和成效\n全年学法12次。\n");
        CHECK(r.issuer == c.issuer);
    }
    // The preamble's organ resolves the level words (县委 is 息县's, 市委 信阳's).
    const Report r = govreport::parse(
        "在市委、市政府和县委的正确领导下，息县人民政府坚持依法行政。\n\n一、主要举措和成效\n"
        "县委常委会研究部署法治政府建设工作。\n");
    bool resolved = false;
    for (const govreport::Body& b : r.bodies)
        if (b.division_code == "411528") resolved = true;
    CHECK(resolved);
    // The signature wins over the preamble.
    const Report signed_report = govreport::parse(
        "2023年度法治政府建设情况报告\n\n2023年，巫山县司法局坚持依法行政。\n\n"
        "一、主要举措和成效\n全年学法12次。\n\n静海区人民政府\n2024年3月1日\n");
    CHECK(signed_report.issuer == std::optional<std::string>("静海区人民政府"));
}

TEST_CASE("a cover letter's number and book brackets around the title are no part of it", "[structure]") {
    const Report r = govreport::parse(
        "浙卫〔2024〕3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》\n\n"
        "省委、省政府：\n\n现将有关情况报告如下。\n");
    CHECK(r.title == "浙江省卫生健康委关于2023年度法治政府建设情况的报告");
    CHECK(r.issuer == std::optional<std::string>("浙江省卫生健康委"));
    CHECK(r.year == std::optional<int>(2023));
    // A title that cites a document keeps its brackets.
    const Report cited = govreport::parse("关于落实《法治政府建设实施纲要》情况的报告\n\n正文。\n");
    CHECK(cited.title == "关于落实《法治政府建设实施纲要》情况的报告");
}

TEST_CASE("a title on two lines: the organ line above it names the issuer", "[structure]") {
    const Report r = govreport::parse("中共青岛市交通运输局党组\n2022年度法治政府建设报告\n\n"
                                      "2022年，市交通运输局党组坚持依法行政。\n");
    CHECK(r.issuer == std::optional<std::string>("中共青岛市交通运输局党组"));
}

TEST_CASE("without a title, the year is the preamble's, not a cited title's or a date's", "[structure]") {
    const std::string body = "\n一、主要举措和成效\n（一）加强组织领导。全年召开会议3次。\n";
    struct Case {
        const char* preamble;
        int year;
    };
    const Case cases[] = {
        // A bulleted line starts with a dash, as a delivery subtitle does: not one.
        {"2023年，市市场监管局坚持依法行政。\n--《某某规定》于2024年1月1日正式施行。", 2023},
        {"按照《法治政府建设实施纲要（2021年—2025年）》要求，2023年，我局坚持依法行政。", 2023},
        {"自2024年1月1日起施行的条例，在2023年已开展宣传。", 2023},
        // Web-page labels first; the preamble's own colon ends it.
        {"- 发布机构: 古镛镇人民政府\n- 公文生成日期: 2025-02-07\n中共将乐县委员会,将乐县人民政府:\n"
         "2024年,古镛镇坚持依法行政。现将有关情况报告如下:", 2024},
        // The year 现将… reports on wins over an earlier clause's and a delivery line's.
        {"在县委的领导下,我镇在2023年工作基础上稳步提升。现将我镇2024年法治政府建设情况报告如下。", 2024},
        {"(2021年4月26日在杭州市第十三届人民代表大会常务委员会第三十五次会议上)\n杭州市人民政府\n"
         "2020年,全市各级行政机关深入学习。现将我市2020年法治政府建设有关情况报告如下:", 2020},
    };
    for (const Case& c : cases) {
        INFO(c.preamble);
        const Report r = govreport::parse(std::string(c.preamble) + body);
        CHECK(r.year == std::optional<int>(c.year));
    }
}

TEST_CASE("a delivery line without its dash, whole or cut, is no title", "[structure]") {
    const Report r = govreport::parse(
        "2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n汉滨区人民政府代区长 向诗兵\n"
        "各位代表:\n一、过去一年工作回顾\n2024年,我们完成投资189.4亿元。\n");
    CHECK(r.title.empty());
    CHECK(r.year == std::optional<int>(2025));  // the delivery line's year
    // The speaker's line names the government that reports, and 区人民政府 is it.
    CHECK(r.issuer == std::optional<std::string>("汉滨区人民政府"));
}

TEST_CASE("web-page chrome above the title is neither the title nor its issuer", "[structure]") {
    const std::string body = "\n\n一、主要举措和成效\n（一）加强组织领导。区委常委会研究部署法治政府建设工作。\n";
    // A breadcrumb and a menu entry that name a report, a line of labels and dates.
    const Report a = govreport::parse(
        "今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n\n您所在的位置:政务公开 > 工作报告\n\n"
        "2020年静海区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n" + body);
    CHECK(a.title == "2020年静海区法治政府建设情况报告");
    CHECK(a.year == std::optional<int>(2020));
    CHECK(a.issuer == std::optional<std::string>("静海区"));
    // A title block of two lines under a breadcrumb: the organs, then 关于…的报告.
    const Report b = govreport::parse(
        "当前位置: 首页 > 专题专栏 > 法治建设\n\n中共浚县县委  浚县人民政府\n"
        "关于2024年法治政府建设情况的报告\n\n发布时间:2025年03月28日 16:52 来源:浚县司法局" + body);
    // The two lines are the title, and its span covers both.
    CHECK(b.title == "中共浚县县委浚县人民政府关于2024年法治政府建设情况的报告");
    CHECK(test_support::slice(b.text, b.title_span) ==
          "中共浚县县委  浚县人民政府\n关于2024年法治政府建设情况的报告");
    CHECK(b.year == std::optional<int>(2024));
    CHECK(b.issuer == std::optional<std::string>("中共浚县县委浚县人民政府"));
    // The organs above a title that starts with its year, too; a verb is no part of a name.
    const Report d = govreport::parse("赵县人民政府\n2022年度法治政府建设情况报告" + body);
    CHECK(d.issuer == std::optional<std::string>("赵县人民政府"));
    CHECK(d.title == "赵县人民政府2022年度法治政府建设情况报告");
    const Report e = govreport::parse("应急管理部发布2023年法治政府建设年度报告" + body);
    CHECK(e.issuer == std::optional<std::string>("应急管理部"));
    // 政府工作报告 is a title (six characters), not a menu entry.
    const Report c = govreport::parse("政府工作报告" + body);
    CHECK(c.title == "政府工作报告");
}

TEST_CASE("a page's labelled cells and categories are no title, however many", "[structure]") {
    const std::string body =
        "\n\n2025年，在县委、县政府的坚强领导下，乡党委、政府深入推进法治政府建设。\n"
        "一、主要举措和成效\n（一）加强组织领导。乡党委研究部署法治政府建设工作。\n";
    // A dozen cells, one per line, some empty, one naming the genre (工作报告): the
    // title below them is found, and not joined with the paragraph after it.
    std::string cells;
    for (const char* cell : {"[ 索引号 ] 11500230008689762A/2026-00004", "[ 发文字号 ]",
                             "[ 主题分类 ] 公安、安全、司法、法制", "[ 体裁分类 ] 工作报告",
                             "[ 发布机构 ] 丰都县栗子乡人民政府", "[ 有效性 ]",
                             "[ 成文日期 ] 2026-01-22", "[ 发布日期 ] 2026-02-10"})
        cells += std::string(cell) + "\n";
    const Report a = govreport::parse("您当前所在位置:首页>政务公开>法治政府建设报告\n\n" + cells +
                                      cells + "\n丰都县栗子乡人民政府2025年法治政府建设情况报告" + body);
    CHECK(a.title == "丰都县栗子乡人民政府2025年法治政府建设情况报告");
    CHECK(a.issuer == std::optional<std::string>("丰都县栗子乡人民政府"));
    // A library's category line (报告/总结).
    const Report b = govreport::parse("文库 实用文档 报告/总结\n\n2020年衡阳市人民政府工作报告（全文）\n"
                                      "各位代表：\n现在，我代表市人民政府向大会报告工作。\n");
    CHECK(b.title == "2020年衡阳市人民政府工作报告（全文）");
    CHECK(b.issuer == std::optional<std::string>("衡阳市人民政府"));
    // A title in 【】 is still a title.
    const Report c = govreport::parse("【2024年某县司法局法治政府建设年度报告】" + body);
    CHECK(c.title == "【2024年某县司法局法治政府建设年度报告】");
}

TEST_CASE("a work report whose title names only the place is its government's", "[structure]") {
    const std::string body = "\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2019年工作回顾\n";
    CHECK(govreport::parse("武汉市2020年政府工作报告" + body).issuer ==
          std::optional<std::string>("武汉市人民政府"));
    CHECK(govreport::parse("成都市武侯区2024年政府工作报告" + body).issuer ==
          std::optional<std::string>("成都市武侯区人民政府"));
    // A 法治政府 report's place alone stays as written when nothing names its organ.
    CHECK(govreport::parse("静海区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n").issuer ==
          std::optional<std::string>("静海区"));
}

TEST_CASE("a cover letter above the title is no title, and 工作总结 ends one on two lines", "[structure]") {
    const Report r = govreport::parse(
        "中共湖州市委、湖州市人民政府:\n现将我局总结随文上报。\n特此报告。\n湖州市交通运输局\n"
        "2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n"
        "2024年湖州市交通运输局召开会议3次。\n一、主要举措和成效\n（一）加强组织领导。\n");
    CHECK(r.title == "2024年度交通运输法治政府建设工作总结");
    CHECK(r.year == std::optional<int>(2024));
    CHECK(r.issuer == std::optional<std::string>("湖州市交通运输局"));
    CHECK(test_support::slice(r.text, r.title_span) == "2024年度交通运输法治政府建设\n工作总结");
}

TEST_CASE("a run-in heading whose body lists 一是… 二是… is a section of those measures", "[structure]") {
    const std::string head = "邻水县2024年度法治政府建设情况报告\n\n一、主要举措和成效\n";
    // Inline after the run-in lead, or in the paragraphs after it: the same outline.
    for (const std::string& body :
         {std::string("（一）营商环境持续优化。一是打造高效政务环境。办理业务1200件。"
                      "二是打造公平市场环境。查处案件35件。\n（二）制度体系更加健全。审查文件12件。\n"),
          std::string("（一）营商环境持续优化。\n一是打造高效政务环境。办理业务1200件。\n"
                      "二是打造公平市场环境。查处案件35件。\n（二）制度体系更加健全。审查文件12件。\n")}) {
        INFO(body);
        const Report r = govreport::parse(head + body);
        REQUIRE(r.sections.size() == 2);
        CHECK(r.sections[1].marker == "（一）");
        CHECK(r.sections[1].title == "营商环境持续优化");
        REQUIRE(r.measures.size() == 3);
        CHECK(r.measures[0].marker == "一是");
        CHECK(r.measures[0].title == "打造高效政务环境");
        CHECK(r.measures[0].section == 1);
        CHECK(r.measures[1].marker == "二是");
        CHECK(r.measures[1].section == 1);
        CHECK(r.measures[2].marker == "（二）");  // no items: a measure of the part
        CHECK(r.measures[2].section == 0);
        // Each figure belongs to its item.
        REQUIRE(r.indicators.size() == 3);
        CHECK(r.indicators[0].measure == 0);
        CHECK(r.indicators[1].measure == 1);
        CHECK(r.indicators[2].measure == 2);
    }
    // One 一是 alone is a phrase, not a list: the heading stays a measure.
    const Report r = govreport::parse(head + "（一）营商环境持续优化。一是一非，坚持原则。\n");
    CHECK(r.sections.size() == 1);
    CHECK(r.measures.size() == 1);
}

TEST_CASE("every indicator knows its innermost section, measure or not", "[structure]") {
    const Report r = govreport::parse(
        std::string("古丈县司法局2024年度法治政府建设情况报告\n\n全年受理案件12件。\n一、主要做法及成效\n") +
        "（一）扎实推进全面依法治县\n组织70余名执法人员参加培训。\n"
        "（二）严格规范执法\n1.开展专项检查。检查企业20余家。\n二、存在的不足\n培训覆盖率仅80%。\n");
    REQUIRE(r.indicators.size() == 4);
    const auto section_of = [&](std::size_t i) -> std::string {
        const std::size_t s = r.indicators[i].section;
        return s < r.sections.size() ? r.sections[s].id : "none";
    };
    CHECK(section_of(0) == "none");  // before the first part
    CHECK(section_of(1) == "s1.1");  // a heading over plain paragraphs: no measure
    CHECK(r.indicators[1].measure == govreport::npos);
    CHECK(section_of(2) == "s1.2");  // in measure 1. of (二)
    REQUIRE(r.indicators[2].measure < r.measures.size());
    CHECK(r.measures[r.indicators[2].measure].section == r.indicators[2].section);
    CHECK(section_of(3) == "s2");
}

TEST_CASE("seed: four statutory parts and five level-2 headings", "[structure]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    REQUIRE(r.sections.size() == sizeof kSeedSections / sizeof *kSeedSections);
    CHECK(r.roots() == std::vector<std::size_t>{0, 6, 7, 8});
    for (std::size_t i = 0; i < r.sections.size(); ++i) {
        const auto& s = r.sections[i];
        const SectionRow& e = kSeedSections[i];
        INFO("section " << i << ": " << e.heading);
        CHECK(s.id == e.id);
        CHECK(s.level == e.level);
        CHECK(s.marker == e.marker);
        CHECK(s.marker_kind == (e.level == 1 ? MarkerKind::chinese_comma : MarkerKind::chinese_paren));
        CHECK(s.ordinal == e.ordinal);
        CHECK(s.title == e.title);
        CHECK(s.role == e.role);
        CHECK(s.parent == e.parent);
        // The span is the heading exactly as it stands in the text.
        CHECK(slice(r.text, s.span) == e.heading);
        CHECK(slice(r.text, s.title_span) == std::string(e.heading).substr(std::string(e.marker).size()));
    }
    CHECK(r.sections[0].children == std::vector<std::size_t>{1, 2, 3, 4, 5});
    for (std::size_t i : {6u, 7u, 8u}) CHECK(r.sections[i].children.empty());
    // The parts follow each other: a section's extent ends before the next part begins.
    CHECK(r.sections[0].extent.end <= r.sections[6].span.start);
    CHECK(r.sections[6].extent.end <= r.sections[7].span.start);
    CHECK(r.sections[7].extent.end <= r.sections[8].span.start);
    CHECK(r.sections[8].extent.end <= r.text.size());
    check_spans(r);
}

TEST_CASE("seed: 23 measures with markers, titles, sections and statuses", "[structure]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    REQUIRE(r.measures.size() == 23);
    REQUIRE(r.sections.size() == 9);
    for (std::size_t i = 0; i < r.measures.size(); ++i) {
        const auto& m = r.measures[i];
        const MeasureRow& e = kSeedMeasures[i];
        INFO("measure " << i + 1 << ": " << e.heading);
        CHECK(m.id == "m" + std::to_string(i + 1));
        CHECK(m.marker == e.marker);
        CHECK(m.marker_kind == e.kind);
        CHECK(m.ordinal == e.ordinal);
        CHECK(m.title == e.title);
        CHECK(m.section == e.section);
        CHECK(m.status == e.status);
        CHECK(m.is_inline == e.is_inline);
        CHECK(slice(r.text, m.span) == e.heading);
        CHECK(slice(r.text, m.title_span) == e.title);
        CHECK_FALSE(m.body.empty());
        CHECK_FALSE(contains(m.body, "\n\n"));
        // Each section lists the measures directly in it.
        const auto& listed = r.sections[e.section].measures;
        CHECK(std::find(listed.begin(), listed.end(), i) != listed.end());
    }
    // Bodies read on across the repaired page breaks…
    CHECK(contains(r.measures[1].body, "考核权重从1分提升至2分"));
    CHECK(contains(r.measures[3].body, "探索推动更深层次"));
    CHECK(contains(r.measures[5].body, "加强立法民意征集，畅通民众征集渠道"));
    CHECK(contains(r.measures[7].body, "及时整改到位"));
    CHECK(contains(r.measures[13].body, "“汇东老张调解室”"));
    CHECK(contains(r.measures[16].body, "全市各级党政主要负责人严格按照"));
    CHECK(contains(r.measures[19].body, "做好行政规范性文件备案审查"));
    // …and the extents reach into the continuation lines.
    CHECK(contains(slice(r.text, r.measures[1].extent), "重从1分提升至2分"));
    CHECK(contains(slice(r.text, r.measures[13].extent), "东老张调解室"));
    // Inline items end where the next one begins.
    for (std::size_t i = 18; i < 22; ++i) {
        INFO("inline item " << i + 1);
        CHECK_FALSE(contains(r.measures[i].body, r.measures[i + 1].marker + r.measures[i + 1].title));
        CHECK(r.measures[i].extent.end <= r.measures[i + 1].span.start);
    }
    CHECK(test_support::starts_with(r.measures[18].body, "坚持把习近平法治思想作为"));
    CHECK(r.measures[22].body == "落实南通市贯彻落实《全面深化法治领域改革纲要（2023-2027 年）》重点任务分工方案，统筹推动工作任务落地落实。");
    // Part 二 has no items.
    CHECK(r.sections[6].measures.empty());
}

TEST_CASE("seed: nine page-break joins and no warnings", "[structure][diagnostics]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    CHECK(count_code(r, "page_break_joined") == 9);
    for (const auto& d : r.diagnostics) {
        INFO(d.code << ": " << d.message);
        CHECK(d.severity == Severity::info);
        if (d.code == "page_break_joined") {
            // The span covers the removed line break and nothing else.
            const std::string_view gap = slice(r.text, d.span);
            CHECK_FALSE(gap.empty());
            CHECK(gap.find_first_not_of(" \t\r\n") == std::string_view::npos);
        }
    }
}

TEST_CASE("seed: a half-width rewrite gives the same structure", "[structure]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    std::string half = test_support::replace_all(seed, "（", "(");
    half = test_support::replace_all(half, "）", ")");
    half = test_support::replace_all(half, "，", ",");
    REQUIRE(half != seed);
    const Report a = govreport::parse(seed);
    const Report b = govreport::parse(half);
    CHECK(b.title == a.title);
    CHECK(b.issuer == a.issuer);
    CHECK(b.year == a.year);
    REQUIRE(b.sections.size() == a.sections.size());
    for (std::size_t i = 0; i < a.sections.size(); ++i) {
        INFO("section " << a.sections[i].id);
        CHECK(b.sections[i].id == a.sections[i].id);
        CHECK(b.sections[i].level == a.sections[i].level);
        CHECK(b.sections[i].ordinal == a.sections[i].ordinal);
        CHECK(b.sections[i].marker_kind == a.sections[i].marker_kind);
        CHECK(b.sections[i].title == a.sections[i].title);
        CHECK(b.sections[i].role == a.sections[i].role);
        CHECK(b.sections[i].parent == a.sections[i].parent);
    }
    CHECK(b.sections[1].marker == "(一)");
    REQUIRE(b.measures.size() == a.measures.size());
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
        INFO("measure " << a.measures[i].id);
        CHECK(b.measures[i].ordinal == a.measures[i].ordinal);
        CHECK(b.measures[i].marker_kind == a.measures[i].marker_kind);
        CHECK(b.measures[i].title == a.measures[i].title);
        CHECK(b.measures[i].section == a.measures[i].section);
        CHECK(b.measures[i].status == a.measures[i].status);
    }
    CHECK(count_code(b, "page_break_joined") == 9);
    check_spans(b);
}

TEST_CASE("a thematic report whose level-3 numbering restarts", "[structure]") {
    const std::string text = test_support::read_file(test_support::data_path("thematic-2024.txt"));
    const Report r = govreport::parse(text);
    CHECK(r.title == "某县人民政府2024年度法治政府建设情况报告");
    CHECK(r.issuer == std::optional<std::string>("某县人民政府"));
    CHECK(r.year == std::optional<int>(2024));

    REQUIRE(r.roots().size() == 5);
    const auto roots = r.roots();
    // Themes, not statutory parts: without an achievements part, those before the
    // shortcomings are the year's achievements (DOMAIN.md §1.3).
    CHECK(r.sections[roots[0]].role == Role::achievements);
    CHECK(r.sections[roots[1]].role == Role::achievements);
    CHECK(r.sections[roots[2]].role == Role::shortcomings);
    CHECK(r.sections[roots[3]].role == Role::leadership_duty);
    CHECK(r.sections[roots[4]].role == Role::plans);
    CHECK(r.sections[roots[0]].children.size() == 2);
    CHECK(r.sections[roots[1]].children.size() == 2);
    CHECK(r.sections.size() == 9);

    // 1. 2. | 1. 2. 3. | 1. | 1. — each list restarts under its own （n）.
    REQUIRE(r.measures.size() == 11);
    const int ordinals[] = {1, 2, 1, 2, 3, 1, 1, 1, 2, 1, 2};
    const char* const parents[] = {"s1.1", "s1.1", "s1.2", "s1.2", "s1.2", "s2.1", "s2.2",
                                   "s4",   "s4",   "s5",   "s5"};
    const char* const titles[] = {"压实领导责任", "健全工作机制", "深入学习习近平法治思想",
                                  "开展领导干部学法", "加强法治培训", "推行“一件事一次办”",
                                  "主动接受人大监督", "带头学法", "带头决策",
                                  "深化法治政府示范创建", "提升行政执法质量"};
    for (std::size_t i = 0; i < r.measures.size(); ++i) {
        const auto& m = r.measures[i];
        INFO("measure " << i + 1 << " " << m.marker << m.title);
        CHECK(m.ordinal == ordinals[i]);
        REQUIRE(m.section != npos);
        CHECK(r.sections[m.section].id == parents[i]);
        CHECK(m.title == titles[i]);
        CHECK(m.marker_kind == (i < 7 ? MarkerKind::arabic_dot : MarkerKind::enumeration));
        CHECK(m.status == (i >= 9 ? MeasureStatus::planned : MeasureStatus::done));
    }
    CHECK(r.measures[9].body == "对标示范指标体系，补齐短板。");
    CHECK(r.measures[10].body == "开展执法质效提升行动。");
    // Restarting lists are normal: no numbering diagnostics.
    for (const char* code : {"ordinal_skipped", "ordinal_repeated", "ordinal_out_of_order",
                             "marker_nesting"})
        CHECK(count_code(r, code) == 0);
    check_spans(r);
}

TEST_CASE("a 一是 item that opens with a long sentence of several clauses has no title", "[structure]") {
    const Report r = govreport::parse(
        "某街道2024年法治政府建设情况报告\n\n一、主要做法及成效\n\n"
        "一是坚持学法。全年学法12次。\n\n"
        "二是班子成员及全体干部积极学习《中华人民共和国宪法》《中华人民共和国民法典》等内容，严格按照法律法规开展日常工作。\n\n"
        "三是推进机构改革，完成挂牌。\n\n"
        "（一）以创建国家级生态县（区）和国家级森林城为抓手，强化生态建设，确保生态型城市建设取得新成效。全年植树。\n");
    REQUIRE(r.measures.size() >= 3);
    CHECK(r.measures[0].title == "坚持学法");
    CHECK(r.measures[1].title.empty());  // 50 characters and a comma: a sentence
    CHECK(r.measures[1].body.rfind("班子成员", 0) == 0);
    CHECK(r.measures[2].title == "推进机构改革，完成挂牌");  // two short clauses: a title
    // A numbered heading keeps its long title.
    bool long_heading = false;
    for (const auto& s : r.sections)
        long_heading = long_heading || s.title.rfind("以创建国家级生态县", 0) == 0;
    for (const auto& m : r.measures)
        long_heading = long_heading || m.title.rfind("以创建国家级生态县", 0) == 0;
    CHECK(long_heading);
}

TEST_CASE("inline 一是 items inside one paragraph", "[structure]") {
    const std::string text =
        "某市人民政府2024年度法治政府建设情况报告\n\n"
        "一、主要做法及成效\n\n全年推进法治政府建设各项工作。\n\n"
        "二、存在的不足\n\n基层执法力量相对薄弱。\n\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n"
        "四、2025年工作安排\n\n"
        "2025年，我市将重点做好以下工作。一是深化示范创建。对标指标体系，补齐短板。"
        "二是提升执法质量。开展执法质效提升行动。三是加强队伍建设。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.measures.size() == 3);
    const char* const titles[] = {"深化示范创建", "提升执法质量", "加强队伍建设"};
    const char* const bodies[] = {"对标指标体系，补齐短板。", "开展执法质效提升行动。", ""};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& m = r.measures[i];
        INFO("item " << i + 1);
        CHECK(m.marker_kind == MarkerKind::enumeration);
        CHECK(m.ordinal == static_cast<int>(i) + 1);
        CHECK(m.is_inline);
        CHECK(m.title == titles[i]);
        CHECK(m.body == bodies[i]);
        CHECK(m.status == MeasureStatus::planned);
        REQUIRE(m.section != npos);
        CHECK(r.sections[m.section].id == "s4");
        CHECK(slice(r.text, m.span) == m.marker + titles[i]);
    }
    CHECK(slice(r.text, r.measures[0].extent) == "一是深化示范创建。对标指标体系，补齐短板。");
    CHECK(slice(r.text, r.measures[2].extent) == "三是加强队伍建设。");
    CHECK(count_code(r, "missing_part") == 0);
    check_spans(r);
}

TEST_CASE("paragraph-initial 一是 items under a level-1 part", "[structure]") {
    const std::string text =
        "某市人民政府2024年度法治政府建设情况报告\n\n"
        "一、全面履行政府职能\n\n"
        "一是持续开展“放管服”改革。全年取消行政许可事项5项。\n\n"
        "二是优化营商环境。出台优化营商环境举措30条。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.measures.size() == 2);
    CHECK(r.measures[0].title == "持续开展“放管服”改革");
    CHECK(r.measures[0].body == "全年取消行政许可事项5项。");
    CHECK_FALSE(r.measures[0].is_inline);
    CHECK(r.measures[1].ordinal == 2);
    CHECK(r.measures[1].title == "优化营商环境");
    CHECK(slice(r.text, r.measures[1].span) == "二是优化营商环境");
    check_spans(r);
}

TEST_CASE("a level-1 heading that carries its items inline", "[structure]") {
    // DOMAIN.md §2.3: plans parts sometimes hold the whole content on the heading line.
    const std::string text =
        "某市人民政府2024年度法治政府建设情况报告\n\n"
        "一、主要做法及成效\n\n全年推进各项工作。\n\n"
        "二、存在的不足\n\n基层执法力量相对薄弱。\n\n"
        "三、党政主要负责人履行第一责任人职责情况\n\n主要负责同志认真履行职责。\n\n"
        "四、2025年工作安排。一是深化示范创建。对标指标体系。二是提升执法质量。开展执法质效提升行动。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.sections.size() == 4);
    CHECK(r.sections[3].title == "2025年工作安排");
    CHECK(r.sections[3].role == Role::plans);
    CHECK(slice(r.text, r.sections[3].span) == "四、2025年工作安排");
    REQUIRE(r.measures.size() == 2);
    CHECK(r.measures[0].title == "深化示范创建");
    CHECK(r.measures[0].body == "对标指标体系。");
    CHECK(r.measures[1].title == "提升执法质量");
    for (const auto& m : r.measures) {
        CHECK(m.section == 3);
        CHECK(m.status == MeasureStatus::planned);
    }
    check_spans(r);
}

TEST_CASE("four levels: a 1. heading with （1） items", "[structure]") {
    const std::string text =
        "某市人民政府2024年度法治政府建设情况报告\n\n"
        "一、主要做法及成效\n\n（一）加强组织领导\n\n"
        "1. 压实领导责任\n\n（1）明确分工。全年研究部署3次。\n\n（2）强化考核。细化考核指标。\n\n"
        "2. 健全工作机制。建立联席会议制度。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.sections.size() == 3);
    const auto& s3 = r.sections[2];
    CHECK(s3.id == "s1.1.1");
    CHECK(s3.level == 3);
    CHECK(s3.marker_kind == MarkerKind::arabic_dot);
    CHECK(s3.title == "压实领导责任");
    CHECK(slice(r.text, s3.span) == "1. 压实领导责任");
    REQUIRE(r.measures.size() == 3);
    CHECK(r.measures[0].marker == "（1）");
    CHECK(r.measures[0].marker_kind == MarkerKind::arabic_paren);
    CHECK(r.measures[0].title == "明确分工");
    CHECK(r.measures[0].section == 2);
    CHECK(r.measures[1].ordinal == 2);
    CHECK(r.measures[1].section == 2);
    CHECK(r.measures[2].marker == "2.");
    CHECK(r.measures[2].section == 1);
    for (const auto& m : r.measures) CHECK(m.status == MeasureStatus::done);
    for (const auto& d : r.diagnostics) CHECK(d.code.rfind("ordinal_", 0) != 0);
    check_spans(r);
}

TEST_CASE("a lead that states a quantity is no title", "[structure]") {
    // DOMAIN.md §2.3: the lead is a title only if it is short "and has no digits-plus-unit
    // quantities"; otherwise the item has no title.
    const std::string text = "某市人民政府2024年度法治政府建设情况报告\n"
                             "一、主要做法及成效\n（一）加强组织领导\n"
                             "1. 全年办理行政复议案件995件。其中调解结案120件。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.measures.size() == 1);
    CHECK(r.measures[0].title.empty());
    CHECK(starts_with(r.measures[0].body, "全年办理行政复议案件995件。"));
}

TEST_CASE("a run-in heading gives a title and a body", "[structure]") {
    const std::string heading = "1. 提升依法行政能力和水平";
    const std::string body = "部署全市各级领导干部集中学法工作，建立常态化学习机制。";
    const std::string text = "某市人民政府2024年度法治政府建设情况报告\n"
                             "一、主要做法及成效\n"
                             "（一）加强组织领导\n" +
                             heading + "。" + body + "\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.measures.size() == 1);
    const auto& m = r.measures[0];
    CHECK(m.marker == "1.");
    CHECK(m.marker_kind == MarkerKind::arabic_dot);
    CHECK(m.ordinal == 1);
    CHECK(m.title == "提升依法行政能力和水平");
    CHECK(m.body == body);
    CHECK(slice(r.text, m.span) == heading);
    CHECK(slice(r.text, m.title_span) == "提升依法行政能力和水平");
    CHECK(slice(r.text, m.extent) == heading + "。" + body);
    REQUIRE(m.section != npos);
    CHECK(r.sections[m.section].title == "加强组织领导");
    CHECK(m.status == MeasureStatus::done);
    check_spans(r);
}

TEST_CASE("an item whose first sentence is long has no title", "[structure]") {
    // DOMAIN.md §2.3: the lead is a title only if it is short; a long first sentence is
    // body text.
    const std::string sentence =
        "在重要民生实事项目起草编制工作中积极听取和吸纳人大代表政协委员的意见建议并通过座谈会调研走访"
        "网络征集等多种方式广泛收集社会各界对政府工作的意见和建议持续推动各项工作高质量发展取得新成效";
    const std::string text = "某市人民政府2024年度法治政府建设情况报告\n"
                             "一、主要做法及成效\n"
                             "（一）加强组织领导\n"
                             "1. " + sentence + "。全年办理建议86件。\n";
    const Report r = govreport::parse(text);
    REQUIRE(r.measures.size() == 1);
    const auto& m = r.measures[0];
    CHECK(m.title.empty());
    CHECK(starts_with(m.body, sentence));
    CHECK(slice(r.text, m.span) == "1.");
}

TEST_CASE("normalize_title removes PDF spaces and widens half-width punctuation", "[structure]") {
    using govreport::segment::normalize_title;
    CHECK(normalize_title("启东市人民政府 2024 年度法治政府建设 情况报告") ==
          "启东市人民政府2024年度法治政府建设情况报告");
    CHECK(normalize_title("2025 年推进法治政府建设的工作安排") == "2025年推进法治政府建设的工作安排");
    CHECK(normalize_title("坚持擦亮思想航灯,法治政府工作合力进一步凝聚") ==
          "坚持擦亮思想航灯，法治政府工作合力进一步凝聚");
    CHECK(normalize_title("理论学习中心组(党组)学习") == "理论学习中心组（党组）学习");
    CHECK(normalize_title("  加强组织领导\u3000") == "加强组织领导");
    CHECK(normalize_title("COVID  19") == "COVID 19");
    CHECK(normalize_title("") == "");
}

TEST_CASE("classify_role reads the statutory parts from heading words", "[structure]") {
    using govreport::segment::classify_role;
    CHECK(classify_role("推进法治政府建设的主要做法及成效") == Role::achievements);
    CHECK(classify_role("2024年度主要举措和成效") == Role::achievements);
    CHECK(classify_role("2019年推进法治政府建设情况") == Role::achievements);  // DOMAIN.md §1.3
    CHECK(classify_role("2024年度法治政府建设情况") == Role::achievements);   // department reports
    CHECK(classify_role("工作开展情况") == Role::achievements);
    CHECK(classify_role("党政主要负责人履行推进法治建设第一责任人职责情况") == Role::leadership_duty);
    CHECK(classify_role("党政一把手切实履行推进法治建设“第一责任”") == Role::leadership_duty);
    CHECK(classify_role("2024年法治政府建设存在的主要不足") == Role::shortcomings);
    CHECK(classify_role("存在的问题和原因") == Role::shortcomings);
    CHECK(classify_role("2024年党政主要负责人履行第一责任人职责情况") == Role::leadership_duty);
    CHECK(classify_role("2025年推进法治政府建设的工作安排") == Role::plans);
    CHECK(classify_role("下一年度工作打算") == Role::plans);
    CHECK(classify_role("坚持党的全面领导") == Role::other);
    CHECK(classify_role("其他需要报告的情况") == Role::other);
    // Achievements named before shortcomings: the part is about the achievements.
    CHECK(classify_role("2022年推进法治政府建设主要举措、成效和不足") == Role::achievements);
    CHECK(classify_role("存在的不足和主要做法") == Role::shortcomings);
    CHECK(classify_role("存在的问题及下一步工作打算") == Role::shortcomings);
    CHECK(classify_role("2023年度法治政府建设主要情况") == Role::achievements);
}

TEST_CASE("thematic level-1 parts before the shortcomings are the achievements", "[structure]") {
    const Report r = govreport::parse(
        "某县司法局2024年度法治政府建设情况报告\n\n"
        "一、坚持以习近平法治思想为引领，全面强化统筹部署\n\n（一）加强学习。全年学法12次。\n\n"
        "二、强化依法执政，狠抓关键少数\n\n（一）落实述法。开展述法5次。\n\n"
        "三、其他需要报告的情况\n\n无。\n\n"
        "四、存在的不足\n\n基层力量薄弱。\n\n"
        "五、下一步工作安排\n\n持续推进。\n");
    const auto roots = r.roots();
    REQUIRE(roots.size() == 5);
    CHECK(r.sections[roots[0]].role == Role::achievements);
    CHECK(r.sections[roots[1]].role == Role::achievements);
    CHECK(r.sections[roots[2]].role == Role::other);  // 其他需要报告的情况
    CHECK(r.sections[roots[3]].role == Role::shortcomings);
    CHECK(r.sections[roots[4]].role == Role::plans);
    REQUIRE(r.measures.size() == 2);
    for (const auto& m : r.measures) CHECK(m.status == MeasureStatus::done);
    for (const auto& d : r.diagnostics) CHECK(d.message.find("主要举措和成效") == std::string::npos);
    // With a part of achievements of its own, a theme stays other.
    const Report classic = govreport::parse(
        "某县司法局2024年度法治政府建设情况报告\n\n"
        "一、主要做法及成效\n\n全年学法12次。\n\n"
        "二、坚持以习近平法治思想为引领\n\n开展述法5次。\n\n"
        "三、存在的不足\n\n基层力量薄弱。\n");
    REQUIRE(classic.roots().size() == 3);
    CHECK(classic.sections[classic.roots()[1]].role == Role::other);
}

TEST_CASE("classify_role's one index answers as the word list of each group", "[structure][speed][corpus]") {
    using govreport::segment::classify_role;
    using govreport::segment::classify_role_reference;
    std::size_t checked = 0, roles = 0;
    auto check = [&](std::string_view t) {
        const Role want = classify_role_reference(t);
        INFO("title: " << t);
        REQUIRE(classify_role(t) == want);
        roles += want != Role::other;
        ++checked;
    };
    // Every paragraph of the corpus, and its first 60 bytes (headings are short).
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{})) {
        const std::string input = test_support::read_file(path);
        for (const govreport::segment::Paragraph& p : govreport::segment::split_paragraphs(input, nullptr)) {
            check(p.text);
            check(p.text.substr(0, 60));
        }
    }
    // Words of several groups in one heading (the first group in order wins), words cut
    // short or run together, characters that start a word but not here, bytes cut short.
    const char* const pieces[] = {"党政主要负责人", "第一责任人", "主要负责同志", "存在的不足", "存在问题",
                                  "不足", "短板", "问题与", "差距", "工作安排", "打算", "思路", "下一步",
                                  "明年", "计划", "做法", "成效", "工作情况", "进展", "主要", "工作",
                                  "存在", "问题", "下一", "法治", "政府", "，", "2024年", "\xE5\xB7",
                                  "\xE6"};
    const char* const none[] = {""};
    test_support::Lcg rng(83);
    for (int round = 0; round < 20000; ++round)
        check(test_support::random_pieces(rng, pieces, none, rng.below(8), false, 1));
    CHECK(checked > 20000);
    CHECK(roles > checked / 4);
}

TEST_CASE("solid_bytes counts Han characters from their bytes as the decode loop did", "[structure][speed][corpus]") {
    using govreport::segment::solid_bytes;
    using govreport::segment::solid_bytes_reference;
    std::size_t checked = 0;
    auto check = [&](std::string_view t) {
        for (std::size_t limit : {std::size_t{0}, std::size_t{7}, std::size_t{300}, std::size_t{100000}}) {
            INFO("limit " << limit << ": " << t);
            REQUIRE(solid_bytes(t, limit) == solid_bytes_reference(t, limit));
            ++checked;
        }
    };
    for (const std::string& path : quantity_support::corpus_files().value_or(std::vector<std::string>{})) {
        const std::string input = test_support::read_file(path);
        for (const govreport::segment::Paragraph& p : govreport::segment::split_paragraphs(input, nullptr))
            check(p.text);
    }
    // Han characters at the ends of E4–E9 and just outside, blanks of every kind, line
    // breaks, punctuation, bytes cut short or ill-formed.
    const char* const pieces[] = {"法", "\u4000", "\u9FFF", "\u3FFF", "\uA000", " ", "\t", "\n", "\u3000",
                                  "\u00A0", "\uFEFF", "\u2003", "，", "。", "a", "1", "é", "😀",
                                  "\xE6\xB3", "\xE4\x41", "\x80", "\xE9\xC0\x80"};
    const char* const none[] = {""};
    test_support::Lcg rng(97);
    for (int round = 0; round < 5000; ++round)
        check(test_support::random_pieces(rng, pieces, none, rng.below(120), false, 1));
    CHECK(checked > 20000);
}
