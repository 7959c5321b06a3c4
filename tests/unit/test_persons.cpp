// Persons named with a title (市委书记杨中坚, 市委副书记、市长蔡毅), and names that are no persons (studio brands, 习近平法治思想, roles).
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

using govreport::Person;
using govreport::Report;
using test_support::contains;
using test_support::slice;

namespace {

constexpr const char* kQidong = "启东市人民政府2024年度法治政府建设情况报告";
constexpr const char* kHailar = "海拉尔区人民政府2024年度法治政府建设情况报告";
constexpr const char* kShenzhen = "深圳市人民政府2024年度法治政府建设情况报告";

Report parse_with(std::string_view title, std::string_view body) {
    std::string text(title);
    text += "\n\n";
    text += body;
    text += "\n";
    return govreport::parse(text);
}

const Person* person_named(const Report& r, std::string_view name) {
    for (const Person& p : r.persons)
        if (p.name == name) return &p;
    return nullptr;
}

std::string describe(const Report& r) {
    std::string s;
    for (const Person& p : r.persons) {
        s += "\n  " + p.id + " " + p.name + " title '" + p.title + "' [";
        for (const auto& t : p.titles) s += t + ";";
        s += "]";
        for (const auto& m : p.mentions) s += " '" + m.text + "'";
    }
    return s.empty() ? " (none)" : s;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? std::string(sep) : "") + parts[i];
    return s;
}

/// The name of the body a person's first title belongs to, or "" when none is linked.
std::string body_name(const Report& r, const Person& p) {
    if (p.body == govreport::npos) return "";
    REQUIRE(p.body < r.bodies.size());
    return r.bodies[p.body].name;
}

// Every mention's bytes are its text, it contains the name, and it lies in the text.
void check_mentions(const Report& r, const Person& p) {
    REQUIRE_FALSE(p.mentions.empty());
    for (const auto& m : p.mentions) {
        INFO(m.text);
        CHECK(slice(r.text, m.span) == m.text);
        CHECK(contains(m.text, p.name));
        CHECK(m.span.char_end - m.span.char_start ==
              test_support::naive_code_points(m.text));
    }
}

struct PersonCase {
    const char* issuer_title;
    const char* text;
    const char* name;
    const char* title;                  ///< as written, parts joined by 、
    std::vector<std::string> titles;
    const char* mention_start;          ///< the mention begins with this (title + name)
    const char* body;                   ///< body of the first title, nullptr: not checked
};

}  // namespace

TEST_CASE("titled persons: single and compound titles, names of two and three characters", "[persons]") {
    const PersonCase cases[] = {
        {kQidong, "市委书记杨中坚主持召开专题会议，研究部署法治建设工作。", "杨中坚", "市委书记",
         {"市委书记"}, "市委书记杨中坚", "中共启东市委员会"},
        {kQidong, "市委副书记、市长蔡毅多次组织召开市政府常务会议。", "蔡毅", "市委副书记、市长",
         {"市委副书记", "市长"}, "市委副书记、市长蔡毅", "中共启东市委员会"},
        {kQidong, "局长顾明事同志出席会议并讲话。", "顾明事", "局长", {"局长"}, "局长顾明事", nullptr},
        {kShenzhen, "省委副书记、市委书记王伟中主持召开专题会议。", "王伟中", "省委副书记、市委书记",
         {"省委副书记", "市委书记"}, "省委副书记、市委书记王伟中", nullptr},
        {kHailar, "区政府高度重视，区长张三出席会议。", "张三", "区长", {"区长"}, "区长张三",
         "海拉尔区人民政府"},
        {kQidong, "市政府召开专题会议，市长蔡毅主持会议。", "蔡毅", "市长", {"市长"}, "市长蔡毅",
         "启东市人民政府"},
        // The deputy prefix stands before the level word and belongs to the title.
        {kQidong, "市政府召开专题会议，副市长张三出席会议。", "张三", "副市长", {"副市长"},
         "副市长张三", "启东市人民政府"},
        {kQidong, "市政府召开专题会议，常务副市长王五主持会议。", "王五", "常务副市长",
         {"常务副市长"}, "常务副市长王五", "启东市人民政府"},
    };
    for (const PersonCase& c : cases) {
        const Report r = parse_with(c.issuer_title, c.text);
        INFO("text: " << c.text);
        INFO("persons:" << describe(r));
        REQUIRE(r.persons.size() == 1);
        const Person& p = r.persons[0];
        CHECK(p.id == "h1");
        CHECK(p.name == c.name);
        CHECK(p.title == c.title);
        CHECK(p.titles == c.titles);
        CHECK(p.title == join(p.titles, "、"));
        check_mentions(r, p);
        CHECK(test_support::starts_with(p.mentions[0].text, c.mention_start));
        if (c.body) CHECK(body_name(r, p) == c.body);
    }
}

TEST_CASE("the title scan's byte filter: titles at a paragraph's end and after other widths", "[persons]") {
    // persons() tests a title lead from its eight bytes when it can and skips those the
    // filter turns away in a loop of its own; near the end, and at other widths, it decodes.
    struct Case {
        const char* text;
        const char* name;  // the person expected (nullptr: none)
        const char* title;
    };
    const Case cases[] = {
        {"市长蔡毅", "蔡毅", "市长"},              // the whole paragraph: twelve bytes
        {"副市长王强", "王强", "副市长"},
        {"Aé局长顾明事同志", "顾明事", "局长"},    // after ASCII and a two-byte character
        {"全市局长", nullptr, nullptr},            // a title lead within the last eight bytes
        {"市", nullptr, nullptr},
        {"", nullptr, nullptr},
    };
    for (const Case& c : cases) {
        const Report r = parse_with(kQidong, c.text);
        INFO(c.text << "; persons:" << describe(r));
        if (!c.name) {
            CHECK(r.persons.empty());
            continue;
        }
        const Person* p = person_named(r, c.name);
        REQUIRE(p != nullptr);
        CHECK(p->title == c.title);
    }
}

TEST_CASE("a person's body is the organ of the first title", "[persons]") {
    // 市委副书记 comes first, so 蔡毅's body is the Party committee, not the government.
    const Report r = parse_with(kQidong,
        "市委、市政府高度重视。市委副书记、市长蔡毅多次组织召开市政府常务会议。");
    INFO("persons:" << describe(r));
    const Person* p = person_named(r, "蔡毅");
    REQUIRE(p);
    CHECK(body_name(r, *p) == "中共启东市委员会");
}

TEST_CASE("a title that names no organ takes the organ written before it", "[persons]") {
    // 局长 alone says whose director only through the organ in front of it.
    const Report r = parse_with(kQidong,
        "市司法局局长宋周伟就法治政府建设工作作汇报。市长蔡毅讲话。");
    INFO("persons:" << describe(r));
    const Person* song = person_named(r, "宋周伟");
    REQUIRE(song);
    CHECK(song->title == "市司法局局长");
    CHECK(body_name(r, *song) == "启东市司法局");
    REQUIRE(song->mentions.size() == 1);
    CHECK(song->mentions[0].text == "市司法局局长宋周伟");
    const Person* cai = person_named(r, "蔡毅");  // followed by 讲话
    REQUIRE(cai);
    CHECK(body_name(r, *cai) == "启东市人民政府");
    // Later in a list of titles, the organ may be written out: 副市长、公安某分局局长.
    const Report chain = parse_with(kQidong, "副市长、市公安局开发区分局局长言清出席会议。");
    const Person* yan = person_named(chain, "言清");
    REQUIRE(yan);
    CHECK(yan->title == "副市长、市公安局开发区分局局长");
    REQUIRE(yan->titles.size() == 2);
    CHECK(yan->titles[1] == "市公安局开发区分局局长");
    // Without an organ in front, the title stays alone and names no body.
    const Report alone = parse_with(kQidong, "会上，局长宋周伟就有关工作作汇报。");
    const Person* p = person_named(alone, "宋周伟");
    REQUIRE(p);
    CHECK(p->title == "局长");
    CHECK(p->body == govreport::npos);
}

TEST_CASE("a bureau's titles in the bureau's own report name the bureau", "[persons]") {
    const Report r = parse_with("南京市司法局2024年度法治政府建设情况报告",
        "局党委书记、局长张明主持召开会议。局党组书记王强、副局长李明出席。县委书记赵华讲话。");
    INFO("persons:" << describe(r));
    const Person* zhang = person_named(r, "张明");
    REQUIRE(zhang);
    CHECK(zhang->title == "局党委书记、局长");
    REQUIRE(zhang->titles.size() == 2);
    CHECK(zhang->titles[0] == "局党委书记");
    CHECK(body_name(r, *zhang) == "南京市司法局");
    const Person* wang = person_named(r, "王强");
    REQUIRE(wang);
    CHECK(wang->title == "局党组书记");
    CHECK(body_name(r, *wang) == "南京市司法局");
    const Person* li = person_named(r, "李明");
    REQUIRE(li);
    CHECK(body_name(r, *li) == "南京市司法局");
    // Other titles are not the bureau's, and in a government's report 局长 names no body.
    const Person* zhao = person_named(r, "赵华");
    REQUIRE(zhao);
    CHECK(zhao->body == govreport::npos);
    const Report gov = parse_with(kQidong, "会上，局党委书记宋周伟作汇报。");
    const Person* song = person_named(gov, "宋周伟");
    REQUIRE(song);
    CHECK(song->title == "局党委书记");
    CHECK(song->body == govreport::npos);
}

TEST_CASE("words after a title that start with a surname are no names", "[persons][traps]") {
    const Report r = parse_with(kQidong, "开展法治建设书记项目。落实书记责任。市长蔡毅讲话。");
    INFO("persons:" << describe(r));
    REQUIRE(r.persons.size() == 1);
    CHECK(r.persons[0].name == "蔡毅");
}

TEST_CASE("a role after a title is no name (由局长任组长)", "[persons][traps]") {
    const Report r = parse_with(kQidong, "成立由局长任组长的领导小组，由书记、主任任组长。市长蔡毅讲话。");
    INFO("persons:" << describe(r));
    REQUIRE(r.persons.size() == 1);
    CHECK(r.persons[0].name == "蔡毅");
    // 任 and a title: 主任任副主任 (the director serves as deputy director).
    const Report s = parse_with(kQidong, "办公室由党政综合办主任任副主任。市长蔡毅讲话。");
    INFO("persons:" << describe(s));
    REQUIRE(s.persons.size() == 1);
    CHECK(s.persons[0].name == "蔡毅");
}

TEST_CASE("an acting head keeps 代 in the title and the organ of the title", "[persons]") {
    const Report r = govreport::parse(
        "汉滨区2025年政府工作报告\n汉滨区人民政府代区长 向诗兵\n各位代表：\n区委书记张三主持会议。\n");
    INFO("persons:" << describe(r));
    const govreport::Person* acting = nullptr;
    for (const govreport::Person& p : r.persons)
        if (p.name == "向诗兵") acting = &p;
    REQUIRE(acting);
    CHECK(acting->title == "代区长");
    REQUIRE(acting->body < r.bodies.size());
    CHECK(r.bodies[acting->body].name == "汉滨区人民政府");
}

TEST_CASE("one person per name, with every mention", "[persons]") {
    const Report r = parse_with(kQidong,
        "市委副书记、市长蔡毅主持召开专题会议。市委书记杨中坚带头学法。市委副书记、市长蔡毅多次组织召开会议。");
    INFO("persons:" << describe(r));
    REQUIRE(r.persons.size() == 2);
    const Person* cai = person_named(r, "蔡毅");
    const Person* yang = person_named(r, "杨中坚");
    REQUIRE(cai);
    REQUIRE(yang);
    CHECK(cai->mentions.size() == 2);
    CHECK(yang->mentions.size() == 1);
    check_mentions(r, *cai);
    check_mentions(r, *yang);
    REQUIRE(cai->mentions.size() == 2);
    CHECK(cai->mentions[0].span.start < cai->mentions[1].span.start);
    // Ids in order of first mention.
    CHECK(r.persons[0].id == "h1");
    CHECK(r.persons[0].name == "蔡毅");
    CHECK(r.persons[1].id == "h2");
}

TEST_CASE("names inside studio brands and 习近平法治思想 are no persons", "[persons][traps]") {
    const char* texts[] = {
        "市级建成“倪伯苍名人调解工作室”“刘姐姐家事调解工作室”“老班长调解工作室”等品牌工作室。",
        "“全国劳模于冬娟工作室”一室通解农家纠纷，“汇东老张调解室”化解重特大非警务矛盾。",
        "坚持以习近平法治思想为指导，深入学习贯彻习近平法治思想。",
        "积极听取和吸纳人大代表、政协委员的意见建议，把每一名网格员培养成调解员。",
        "市委、市政府主要负责同志认真履行推进法治建设第一责任人职责。",
        "镇村培育合作“袁法议事 26 法”叫响崇启海一体化调解联盟。",
    };
    for (const char* t : texts) {
        const Report r = parse_with(kQidong, t);
        INFO("text: " << t);
        INFO("persons:" << describe(r));
        CHECK(r.persons.empty());
    }
}

TEST_CASE("meetings and places after a title word are no names", "[persons][traps]") {
    // Known bugs (found on the provincial reports): a title word followed by two or three
    // characters and a word from the after-name list is taken for title + name.
    const char* texts[] = {
        "推进城市副中心建设。",         // 市副 + 中心
        "出席上合组织成员国部长会议。", // 部长 + 会议
        "习近平总书记都及时作出重要指示。",  // 总书记 + 都及时
        "主持召开市委常委会会议。",     // 市委常委 + 会会议
    };
    for (const char* t : texts) {
        const Report r = parse_with(kQidong, t);
        INFO("text: " << t);
        INFO("persons:" << describe(r));
        CHECK(r.persons.empty());
    }
}

TEST_CASE("the seed names exactly two persons, with their titles", "[persons][seed]") {
    GOVREPORT_LOAD_SEED_OR_SKIP(seed);
    const Report r = govreport::parse(seed);
    INFO("persons:" << describe(r));
    REQUIRE(r.persons.size() == 2);

    const Person* yang = person_named(r, "杨中坚");
    const Person* cai = person_named(r, "蔡毅");
    REQUIRE(yang);
    REQUIRE(cai);
    CHECK(yang->title == "市委书记");
    CHECK(yang->titles == std::vector<std::string>{"市委书记"});
    CHECK(cai->title == "市委副书记、市长");
    CHECK(cai->titles == std::vector<std::string>{"市委副书记", "市长"});
    CHECK(yang->id == "h1");  // 杨中坚 comes first in the text
    CHECK(cai->id == "h2");
    for (const Person* p : {yang, cai}) {
        INFO(p->name);
        REQUIRE(p->mentions.size() == 1);
        check_mentions(r, *p);
        CHECK(body_name(r, *p) == "中共启东市委员会");
    }
    CHECK(yang->mentions[0].text == "市委书记杨中坚");
    CHECK(cai->mentions[0].text == "市委副书记、市长蔡毅");
    CHECK(yang->mentions[0].span.start == r.text.find("市委书记杨中坚"));
    CHECK(cai->mentions[0].span.start == r.text.find("市委副书记、市长蔡毅"));

    // Both are in part 三 (the first-responsible-person part).
    const govreport::Section* duty = nullptr;
    for (const auto& s : r.sections)
        if (s.parent == govreport::npos && s.role == govreport::Role::leadership_duty) duty = &s;
    REQUIRE(duty);
    for (const Person* p : {yang, cai}) {
        CHECK(p->mentions[0].span.start >= duty->extent.start);
        CHECK(p->mentions[0].span.end <= duty->extent.end);
    }

    // Brand names, honorifics and 习近平 are no persons.
    for (const Person& p : r.persons)
        for (const char* not_a_person : {"倪伯苍", "于冬娟", "刘姐姐", "老张", "老班长", "习近平"}) {
            INFO(p.name);
            CHECK_FALSE(contains(p.name, not_a_person));
        }
}
