// Report metadata: the issuer's bodies, the signing and publication dates, Chinese-digit years.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include <govreport/govreport.hpp>

#include "extract/report_dates.hpp"
#include "grammar/year.hpp"
#include "test_support.hpp"

using govreport::Report;
using test_support::slice;

namespace {

const std::string kBody = "一、主要举措和成效\n（一）加强组织领导。区委常委会研究部署法治政府建设工作3次。\n\n";

// The names of the report's issuer bodies, in order.
std::vector<std::string> issuer_names(const Report& r) {
    std::vector<std::string> names;
    for (std::size_t b : r.issuer_bodies) names.push_back(r.bodies.at(b).name);
    return names;
}

std::optional<std::string> iso(const std::optional<govreport::ReportDate>& d) {
    if (!d) return std::nullopt;
    return d->iso;
}

}  // namespace

TEST_CASE("years written in Chinese digits are periods and title years", "[metadata][periods]") {
    const Report r = govreport::parse(
        "关于二〇二三年度法治政府建设情况的报告\n\n二○二四年二月，召开会议。到二〇三五年基本建成法治政府。"
        "一二三四年不是年份，三年行动也不是。\n");
    REQUIRE(r.year.has_value());
    CHECK(*r.year == 2023);
    std::vector<std::string> texts, starts;
    for (const govreport::Period& p : r.periods) {
        texts.push_back(p.text);
        starts.push_back(p.start_iso);
        CHECK(slice(r.text, p.span) == p.text);
    }
    CHECK(texts == std::vector<std::string>{"二〇二三年度", "二○二四年二月", "二〇三五年"});
    CHECK(starts == std::vector<std::string>{"2023-01-01", "2024-02-01", "2035-01-01"});

    int year = 0;
    std::size_t b = 0, e = 0;
    CHECK(govreport::grammar::find_year("二〇二四年度报告", year, b, e));
    CHECK(year == 2024);
    CHECK(!govreport::grammar::find_year("一二三四年", year, b, e));  // no year before 1900
}

TEST_CASE("parse_full_date reads whole dates only", "[metadata]") {
    struct Case {
        const char* text;
        const char* iso;  // nullptr: no date
        std::size_t used;
    };
    const Case cases[] = {
        {"2024年3月1日", "2024-03-01", 15},
        {"2024 年 3 月 1 日", "2024-03-01", 20},
        {"二〇二四年三月一日", "2024-03-01", 27},
        {"２０２４年３月１日", "2024-03-01", 27},  // full-width digits
        {"２０２４年１２月３１日", "2024-12-31", 33},
        {"２０２４年１２３月１日", nullptr, 0},
        {"2024-03-28 09:18", "2024-03-28", 10},
        {"2024/3/8", "2024-03-08", 8},
        {"2024.03.28", "2024-03-28", 10},
        {"2024年02月30日", nullptr, 0},  // no such day
        {"2024-13-01", nullptr, 0},
        {"2024年3月", nullptr, 0},  // a month, not a date
        {"3月1日", nullptr, 0},     // no year
        {"2024-03-281", nullptr, 0},
        {"12345", nullptr, 0},
        {"", nullptr, 0},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        govreport::Date d;
        std::size_t used = 0;
        const bool ok = govreport::extract::parse_full_date(c.text, d, used);
        CHECK(ok == (c.iso != nullptr));
        if (ok && c.iso) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
            CHECK(std::string(buf) == c.iso);
            CHECK(used == c.used);
        }
    }
}

TEST_CASE("the signing date is the date line under the signature", "[metadata]") {
    const std::string title = "启东市人民政府2023年度法治政府建设情况报告\n\n";
    struct Case {
        const char* ending;
        std::optional<std::string> date;
        const char* text;
    };
    const Case cases[] = {
        {"启东市人民政府\n2024年3月1日\n", "2024-03-01", "2024年3月1日"},
        {"启东市人民政府\n\n二〇二四年三月一日\n", "2024-03-01", "二〇二四年三月一日"},
        {"中共启东市委 启东市人民政府\n2024 年 3 月 1 日\n（此件公开发布）\n打印本页 关闭窗口\n",
         "2024-03-01", "2024 年 3 月 1 日"},
        {"启东市人民政府　　2024年3月1日\n", "2024-03-01", "2024年3月1日"},
        // A signature long with its blanks is no line a page break cut: the date and the
        // note under it stay lines of their own.
        {"中共启东市委　　　　启东市人民政府\n\n二〇二四年三月一日\n\n（此件公开发布）\n", "2024-03-01",
         "二〇二四年三月一日"},
        {"　　2024年2月28日　\n", "2024-02-28", "2024年2月28日"},
        {"启东市人民政府\n２０２４年３月１日\n", "2024-03-01", "２０２４年３月１日"},
        // Not a signing date: a date inside a sentence, body text after it, a bad date,
        // words before the date that are no organ.
        {"下一步，我们将在2024年3月1日前完成。\n", std::nullopt, nullptr},
        {"2024年3月1日\n下一步，我们将继续推进法治政府建设。\n", std::nullopt, nullptr},
        {"启东市人民政府\n2024年2月30日\n", std::nullopt, nullptr},
        {"截至 2024年3月1日\n", std::nullopt, nullptr},
    };
    for (const Case& c : cases) {
        INFO(c.ending);
        const Report r = govreport::parse(title + kBody + c.ending);
        CHECK(iso(r.signing_date) == c.date);
        if (r.signing_date && c.text) {
            CHECK(r.signing_date->text == c.text);
            CHECK(slice(r.text, r.signing_date->span) == c.text);
            CHECK(r.signing_date->span.char_end > r.signing_date->span.char_start);
        }
        CHECK(!r.publication_date);
    }
}

TEST_CASE("a web page's labels give the publication date and the date written",
          "[metadata]") {
    const std::string title = "静海区人民政府2023年度法治政府建设情况报告\n";
    struct Case {
        std::string top;
        std::optional<std::string> published;
        std::optional<std::string> signed_on;
    };
    const Case cases[] = {
        {"来源:静海区人民政府办公室 发布时间:2024-03-28 09:18\n", "2024-03-28", std::nullopt},
        {"发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n", "2026-02-09", std::nullopt},
        {"时间：2026-02-02\n", "2026-02-02", std::nullopt},
        {"成文日期：2024年03月20日\n发布日期：2024年03月28日\n", "2024-03-28", "2024-03-20"},
        // A disclosure catalogue's bracketed labels, a line that names a 工作报告 and is
        // no title.
        {"[ 索引号 ]11500229711623327X/2021-00118 [ 发布机构 ]静海区人民政府 [ 成文日期 ]2021-07-23 "
         "[ 发布日期 ]2021-07-24 [ 体裁分类 ]工作报告\n",
         "2021-07-24", "2021-07-23"},
        {"【发布日期】2024-03-28\n", "2024-03-28", std::nullopt},
        // An empty label glued to the next one.
        {"来源:时间:2023-02-28\n", "2023-02-28", std::nullopt},
        // A table's label and value in cells of their own; an empty cell gives nothing.
        {"文号 | 成文日期: | 2025年04月15日 | |\n有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |\n",
         "2025-04-15", "2025-04-15"},
        {"成文日期: | | 发布日期: | |\n", std::nullopt, std::nullopt},
        // 公文生成日期 is no label of ours; a label with no whole date gives nothing.
        {"公文生成日期: 2025-02-07\n", std::nullopt, std::nullopt},
        {"发布时间：2024年3月\n", std::nullopt, std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.top);
        const Report r = govreport::parse(c.top + title + "\n" + kBody);
        CHECK(r.title == "静海区人民政府2023年度法治政府建设情况报告");
        CHECK(iso(r.publication_date) == c.published);
        CHECK(iso(r.signing_date) == c.signed_on);
        if (r.publication_date) CHECK(slice(r.text, r.publication_date->span) == r.publication_date->text);
    }
    // The signature's date wins over a 成文日期 label.
    const Report r = govreport::parse("成文日期：2024-03-20\n" + title + "\n" + kBody +
                                      "静海区人民政府\n2024年3月1日\n");
    CHECK(iso(r.signing_date) == std::optional<std::string>("2024-03-01"));
}

TEST_CASE("the issuer's bodies: one organ, or the two of a joint report", "[metadata][bodies]") {
    struct Case {
        const char* title;
        std::vector<std::string> bodies;
    };
    const Case cases[] = {
        {"启东市人民政府2024年度法治政府建设情况报告", {"启东市人民政府"}},
        {"中共嘉兴市委 嘉兴市人民政府关于2023年度法治建设工作情况的报告",
         {"中共嘉兴市委员会", "嘉兴市人民政府"}},
        {"南通市司法局2024年度法治政府建设情况报告", {"南通市司法局"}},
        // A city's name before a district organ named without it.
        {"上海市嘉定区人民政府2022年度法治政府建设情况报告", {"嘉定区人民政府"}},
        // A street office under its district government is one issuer, not two.
        {"鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告", {"金龙街道办事处"}},
        // A place alone issues no body of its own words; its government does when the text
        // names it.
        {"邻水县2024年度法治政府建设情况报告", {}},
    };
    for (const Case& c : cases) {
        INFO(c.title);
        const Report r = govreport::parse(std::string(c.title) + "\n\n" + kBody);
        CHECK(issuer_names(r) == c.bodies);
    }
}

TEST_CASE("the issuer bodies of a place alone and of 党委和政府", "[metadata][bodies]") {
    // The place's government, when the text names it: in full or, unresolved, as 镇人民政府.
    const Report county = govreport::parse("邻水县2024年度法治政府建设情况报告\n\n" + kBody +
                                           "县政府出台规范性文件4件。\n");
    CHECK(issuer_names(county) == std::vector<std::string>{"邻水县人民政府"});
    const Report town = govreport::parse("三都镇2025年法治政府建设工作报告\n\n"
                                         "一、主要举措\n镇人民政府印发普法方案。\n");
    CHECK(issuer_names(town) == std::vector<std::string>{"镇人民政府"});
    const Report unnamed = govreport::parse("三都镇2025年法治政府建设工作报告\n\n" + kBody);
    CHECK(issuer_names(unnamed).empty());
    // A place named with its parents: its government, by the place's code.
    const Report nested = govreport::parse("海东市乐都区共和乡2022年度法治政府建设工作报告\n\n" + kBody +
                                           "共和乡政府印发普法方案。\n");
    CHECK(issuer_names(nested) == std::vector<std::string>{"共和乡人民政府"});
    // 自治区党委和政府: the Party committee and the government of the place just named.
    const Report joint = govreport::parse(
        "2022年，宁夏回族自治区党委和政府全面学习贯彻习近平法治思想。自治区政府建立会前学法制度。\n\n" +
        kBody);
    CHECK(joint.issuer == std::optional<std::string>("宁夏回族自治区党委和政府"));
    CHECK(issuer_names(joint) ==
          std::vector<std::string>{"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府"});
}

TEST_CASE("a title that names only the place takes the organ that signs", "[metadata][structure]") {
    const std::string title = "静海区2023年度法治政府建设情况报告\n\n";
    const Report signed_report = govreport::parse(title + kBody + "静海区人民政府\n2024年3月1日\n");
    CHECK(signed_report.issuer == std::optional<std::string>("静海区人民政府"));
    CHECK(issuer_names(signed_report) == std::vector<std::string>{"静海区人民政府"});
    // Joint signatures too; another place's organ is no issuer of this report.
    const Report joint = govreport::parse(title + kBody + "中共静海区委 静海区人民政府\n2024年3月1日\n");
    CHECK(joint.issuer == std::optional<std::string>("中共静海区委静海区人民政府"));
    CHECK(issuer_names(joint) == std::vector<std::string>{"中共静海区委员会", "静海区人民政府"});
    const Report other = govreport::parse(title + kBody + "南通市司法局\n2024年3月1日\n");
    CHECK(other.issuer == std::optional<std::string>("静海区"));
    // The preamble's organ of the place.
    const Report preamble = govreport::parse(
        "下洋镇2023年法治政府建设年度报告\n\n现将下洋镇人民政府2023年法治政府建设工作汇报如下：\n\n" + kBody);
    CHECK(preamble.issuer == std::optional<std::string>("下洋镇人民政府"));
}

TEST_CASE("metadata traps from the review of the change", "[metadata]") {
    // A document number in ASCII brackets is no web-page chrome.
    const Report numbered =
        govreport::parse("浙卫[2024]3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》\n\n" + kBody);
    CHECK(numbered.title == "浙江省卫生健康委关于2023年度法治政府建设情况的报告");
    CHECK(numbered.year == std::optional<int>(2023));
    // Issuers whose words are not all bodies' words name no body; two glued organs that
    // are not a Party body and a government are one organ under its parent.
    const Report commission = govreport::parse(
        "启东市人民政府国有资产监督管理委员会2024年度法治政府建设情况报告\n\n" + kBody);
    CHECK(issuer_names(commission).empty());
    const Report tax = govreport::parse("国家税务总局启东市税务局2024年度法治政府建设情况报告\n\n" + kBody);
    CHECK(issuer_names(tax).size() <= 1);
    const Report reversed = govreport::parse(
        "邻水县人民政府 中共邻水县委2024年度法治政府建设情况报告\n\n" + kBody);
    CHECK(issuer_names(reversed) == std::vector<std::string>{"邻水县人民政府", "中共邻水县委员会"});
    // A table's last cell or a list of links is no signature's date.
    const std::string title = "启东市人民政府2023年度法治政府建设情况报告\n\n";
    const Report table = govreport::parse(title + kBody + "附件\n2023年度重点工作\n序号\n完成时间\n1\n2023年12月5日\n");
    CHECK(!table.signing_date);
    const Report links = govreport::parse(title + kBody + "相关链接\n启东市召开法治政府建设推进会\n2023-03-30\n");
    CHECK(!links.signing_date);
    // Organs and a spaced date on one line.
    const Report one_line = govreport::parse(title + kBody + "中共启东市委 启东市人民政府 2024 年 3 月 1 日\n");
    CHECK(iso(one_line.signing_date) == std::optional<std::string>("2024-03-01"));
    // A label in the body, and a deadline, are no publication dates.
    const Report deadline = govreport::parse(
        "启东市人民政府2023年度法治政府建设情况报告\n\n一、主要举措和成效\n（一）开展专项督察\n"
        "时间：2023年12月31日前，完成自查。\n");
    CHECK(!deadline.publication_date);
    const Report before_body = govreport::parse("时间：2023年12月31日前完成\n" + title + kBody);
    CHECK(!before_body.publication_date);
}

TEST_CASE("Chinese-digit years: O and Ｏ for 〇, no year inside a longer run", "[metadata][periods]") {
    for (const char* date : {"二O二四年三月一日", "二Ｏ二四年三月一日", "二○二四年三月一日"}) {
        INFO(date);
        const Report r = govreport::parse(std::string("启东市人民政府2023年度法治政府建设情况报告\n\n") +
                                          kBody + "启东市人民政府\n" + date + "\n");
        CHECK(iso(r.signing_date) == std::optional<std::string>("2024-03-01"));
    }
    int year = 0;
    std::size_t b = 0, e = 0;
    CHECK(!govreport::grammar::find_year("三二〇二三年", year, b, e));
    CHECK(!govreport::grammar::find_year("一二〇二三年度", year, b, e));
    // A date in Chinese numerals in the preamble is not the report's year.
    const Report r = govreport::parse("法治政府建设情况报告\n\n自二〇二四年一月一日起，《条例》施行。2023年，我市坚持依法行政。\n");
    CHECK(r.year == std::optional<int>(2023));
}

