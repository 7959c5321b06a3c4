// Gazetteer (lib/util/gazetteer): codes, names, context resolution, tree shape, and the table against its TSV source.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"
#include "util/gazetteer.hpp"
#include "util/gazetteer_data.hpp"
#include "util/utf8.hpp"

namespace gz = govreport::gazetteer;
using gz::Level;

namespace {

// Row counts written by tools/gen_gazetteer.py (its last log line); regenerate both together.
constexpr std::size_t kRows = 45434;
constexpr std::size_t kProvinces = 34;     // 31 NBS + 台湾 香港 澳门
constexpr std::size_t kPrefectures = 333;  // 342 NBS minus 9 placeholders
constexpr std::size_t kCounties = 2974;    // 2978 NBS minus 4 repeated 直筒子市
constexpr std::size_t kTownships = 42093;  // 41352 NBS plus 741 older towns from xiangyuecn
constexpr std::size_t kSupplementary = 744;

const gz::Division& must_code(std::string_view code) {
    const gz::Division* d = gz::by_code(code);
    INFO("code " << code);
    REQUIRE(d != nullptr);
    return *d;
}

std::vector<std::string> codes_of(const std::vector<const gz::Division*>& ds) {
    std::vector<std::string> out;
    for (const gz::Division* d : ds) out.emplace_back(d->code());
    return out;
}

bool contains_code(const std::vector<const gz::Division*>& ds, std::string_view code) {
    return std::any_of(ds.begin(), ds.end(), [&](const gz::Division* d) { return d->code() == code; });
}

std::string code_or_null(const gz::Division* d) { return d ? std::string(d->code()) : std::string("null"); }

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return out;
        start = tab + 1;
    }
}

}  // namespace

TEST_CASE("启东 by name and code, with its ancestors", "[gazetteer]") {
    for (std::string_view name : {"启东", "启东市"}) {
        const auto found = gz::by_name(name);
        INFO(name);
        REQUIRE(codes_of(found) == std::vector<std::string>{"320681"});
    }
    const gz::Division& qidong = must_code("320681");
    CHECK(qidong.name() == "启东市");
    CHECK(qidong.short_name() == "启东");
    CHECK(qidong.level() == Level::county);
    CHECK_FALSE(qidong.supplementary());

    REQUIRE(qidong.parent() != nullptr);
    CHECK(qidong.parent()->code() == "3206");
    CHECK(qidong.parent()->name() == "南通市");
    CHECK(qidong.parent()->level() == Level::prefecture);

    const gz::Division* province = gz::ancestor(&qidong, Level::province);
    REQUIRE(province != nullptr);
    CHECK(province->code() == "32");
    CHECK(province->name() == "江苏省");
    CHECK(province->parent() == nullptr);
    CHECK(gz::ancestor(&qidong, Level::prefecture) == qidong.parent());
    CHECK(gz::ancestor(&qidong, Level::county) == &qidong);
    CHECK(gz::ancestor(&qidong, Level::township) == nullptr);
    CHECK(gz::ancestor(nullptr, Level::province) == nullptr);
}

TEST_CASE("吕四港镇 is a township of 启东市", "[gazetteer]") {
    const gz::Division& qidong = must_code("320681");
    const auto found = gz::by_name("吕四港镇");
    REQUIRE(found.size() == 1);
    const gz::Division* lvsi = found.front();
    CHECK(lvsi->code() == "320681110");
    CHECK(lvsi->level() == Level::township);
    CHECK(lvsi->short_name() == "吕四港");
    CHECK(lvsi->parent() == &qidong);
    CHECK(gz::by_name("吕四港") == found);

    CHECK(gz::is_descendant(lvsi, &qidong));
    CHECK(gz::is_descendant(lvsi, gz::by_code("32")));
    CHECK_FALSE(gz::is_descendant(&qidong, lvsi));
    CHECK_FALSE(gz::is_descendant(lvsi, lvsi));
    CHECK_FALSE(gz::is_descendant(lvsi, gz::by_code("3501")));
    CHECK_FALSE(gz::is_descendant(nullptr, &qidong));

    // 9 NBS towns, 9 NBS zones, and 近海 寅阳 启隆 (merged away before 2023).
    const auto kids = gz::children(&qidong);
    CHECK(kids.size() == 21);
    CHECK(contains_code(kids, "320681110"));
    CHECK(contains_code(kids, "320681400"));  // 启东经济开发区
    CHECK(std::is_sorted(kids.begin(), kids.end(),
                         [](const gz::Division* a, const gz::Division* b) { return a->code() < b->code(); }));
    for (const gz::Division* k : kids) CHECK(k->parent() == &qidong);
    CHECK(gz::children(lvsi).empty());
}

TEST_CASE("近海, 寅阳 and 启隆 are older towns of 启东 that resolve in its context", "[gazetteer]") {
    const gz::Division& qidong = must_code("320681");
    // 近海 is also a 街道 in 吉林: ambiguous alone, settled by the issuer.
    CHECK(gz::by_name("近海").size() >= 2);
    CHECK(gz::resolve("近海") == nullptr);
    const gz::Division* jinhai = gz::resolve("近海", &qidong);
    REQUIRE(jinhai != nullptr);
    CHECK(jinhai->code() == "320681117");
    CHECK(jinhai->name() == "近海镇");
    CHECK(jinhai->supplementary());
    CHECK(jinhai->parent() == &qidong);
    // From a sibling town too.
    CHECK(gz::resolve("近海", gz::by_code("320681110")) == jinhai);
    for (std::string_view name : {"寅阳", "启隆镇"}) {
        const gz::Division* d = gz::resolve(name, &qidong);
        INFO(name);
        REQUIRE(d != nullptr);
        CHECK(d->parent() == &qidong);
        CHECK(d->supplementary());
    }
}

TEST_CASE("城关镇 is ambiguous alone and resolves through a county", "[gazetteer]") {
    CHECK(gz::by_name("城关镇").size() > 50);
    CHECK(gz::resolve("城关镇") == nullptr);

    const gz::Division& wuhe = must_code("340322");  // 五河县, 安徽 蚌埠
    CHECK(wuhe.name() == "五河县");
    for (std::string_view name : {"城关镇", "城关"}) {
        INFO(name);
        CHECK(code_or_null(gz::resolve(name, &wuhe)) == "340322100");
        // A sibling township of the context finds it through their county.
        CHECK(code_or_null(gz::resolve(name, gz::by_code("340322101"))) == "340322100");
    }
    // 蚌埠 holds two (五河县's and 固镇县's): the nearest scope with candidates is ambiguous,
    // and a farther one must not decide.
    CHECK(gz::resolve("城关镇", gz::by_code("3403")) == nullptr);
}

TEST_CASE("南通 means the prefecture from 启东, the town from 闽侯", "[gazetteer]") {
    const auto found = gz::by_name("南通");
    CHECK(contains_code(found, "3206"));
    CHECK(contains_code(found, "350121106"));  // 南通镇, 福建 福州 闽侯县

    const gz::Division* from_qidong = gz::resolve("南通", gz::by_code("320681"));
    REQUIRE(from_qidong != nullptr);
    CHECK(from_qidong->code() == "3206");
    CHECK(from_qidong->level() == Level::prefecture);
    CHECK(code_or_null(gz::resolve("南通", gz::by_code("320681110"))) == "3206");
    CHECK(code_or_null(gz::resolve("南通", gz::by_code("350121"))) == "350121106");
    // Without context a city outranks a same-named town.
    CHECK(code_or_null(gz::resolve("南通")) == "3206");
    // The context itself and its ancestors come first.
    CHECK(code_or_null(gz::resolve("启东", gz::by_code("320681"))) == "320681");
    CHECK(code_or_null(gz::resolve("江苏", gz::by_code("320681110"))) == "32");
}

TEST_CASE("海拉尔区 in 呼伦贝尔, 内蒙古", "[gazetteer]") {
    const gz::Division& hailar = must_code("150702");
    CHECK(hailar.name() == "海拉尔区");
    CHECK(hailar.short_name() == "海拉尔");
    CHECK(hailar.level() == Level::county);
    REQUIRE(hailar.parent() != nullptr);
    CHECK(hailar.parent()->code() == "1507");
    CHECK(hailar.parent()->name() == "呼伦贝尔市");
    CHECK(hailar.parent()->short_name() == "呼伦贝尔");
    const gz::Division* province = gz::ancestor(&hailar, Level::province);
    REQUIRE(province != nullptr);
    CHECK(province->name() == "内蒙古自治区");
    CHECK(province->short_name() == "内蒙古");

    CHECK(codes_of(gz::by_name("海拉尔区")) == std::vector<std::string>{"150702"});
    CHECK(gz::resolve("海拉尔") == &hailar);
    CHECK(gz::resolve("海拉尔区", gz::by_code("32")) == &hailar);  // unique: any context
    // 海拉尔东路街道 (呼和浩特) is another place, not a name of the district.
    CHECK_FALSE(contains_code(gz::by_name("海拉尔"), "150102001"));
    CHECK(contains_code(gz::children(&hailar), "150702001"));  // 正阳街道
}

TEST_CASE("中山 is ambiguous without context", "[gazetteer]") {
    const auto found = gz::by_name("中山");
    CHECK(found.size() >= 5);
    CHECK(contains_code(found, "4420"));    // 中山市 (prefecture level, no counties)
    CHECK(contains_code(found, "210202"));  // 中山区, 大连
    // A prefecture and a county share the name: no level preference across one level.
    CHECK(gz::resolve("中山") == nullptr);
    CHECK(code_or_null(gz::resolve("中山", gz::by_code("2102"))) == "210202");
    CHECK(code_or_null(gz::resolve("中山", gz::by_code("44"))) == "4420");
    CHECK(code_or_null(gz::resolve("中山市")) == "4420");

    // 直筒子市: townships hang from the prefecture; the repeated county code leads to it.
    const gz::Division& zhongshan = must_code("4420");
    const auto kids = gz::children(&zhongshan);
    REQUIRE_FALSE(kids.empty());
    for (const gz::Division* k : kids) CHECK(k->level() == Level::township);
    CHECK(gz::by_code("442000") == &zhongshan);
    CHECK(gz::by_code("442000001") != nullptr);
    CHECK(gz::by_code("442000001")->parent() == &zhongshan);
    CHECK(gz::ancestor(kids.front(), Level::county) == nullptr);
    CHECK(codes_of(gz::by_name("东莞")) == std::vector<std::string>{"371122110", "4419"});
    CHECK(code_or_null(gz::resolve("东莞")) == "4419");
}

TEST_CASE("The four municipalities and code forms", "[gazetteer]") {
    const std::pair<const char*, const char*> cities[] = {
        {"11", "北京市"}, {"12", "天津市"}, {"31", "上海市"}, {"50", "重庆市"}};
    for (const auto& [code, name] : cities) {
        const gz::Division& d = must_code(code);
        CHECK(d.name() == name);
        CHECK(d.level() == Level::province);
        CHECK(d.parent() == nullptr);
        CHECK(gz::resolve(std::string(name).substr(0, 6)) == &d);  // 北京, 天津, …
    }
    // 东城区 hangs from 北京市 directly: NBS 市辖区 (1101) is not a division.
    const gz::Division& dongcheng = must_code("110101");
    CHECK(dongcheng.name() == "东城区");
    CHECK(dongcheng.parent() == gz::by_code("11"));
    CHECK(gz::ancestor(&dongcheng, Level::prefecture) == nullptr);
    CHECK(gz::by_code("1101") == gz::by_code("11"));
    CHECK(gz::by_code("5002") == gz::by_code("50"));  // 重庆 县
    CHECK(gz::by_code("4190") == gz::by_code("41"));  // 河南 省直辖县级行政区划
    CHECK(gz::by_code("1102") == nullptr);
    CHECK(gz::by_code("110100") == gz::by_code("11"));
    CHECK(gz::by_code("110000") == gz::by_code("11"));
    CHECK(gz::by_code("320600") == gz::by_code("3206"));
    CHECK(gz::by_code("320681000000") == &must_code("320681"));
    CHECK(gz::by_code("320681110000") == gz::by_code("320681110"));
    CHECK(gz::by_code("410000") == gz::by_code("41"));
    // 省直辖县级市: 济源市 hangs from 河南省.
    CHECK(must_code("419001").parent() == gz::by_code("41"));

    for (std::string_view bad : {"", "3", "32068", "3206811", "32a681", "320681110000000", "99"}) {
        INFO("'" << bad << "'");
        CHECK(gz::by_code(bad) == nullptr);
    }
    CHECK(gz::by_name("").empty());
    CHECK(gz::resolve("不存在的地方") == nullptr);
}

TEST_CASE("Short names strip suffixes and ethnic names", "[gazetteer]") {
    CHECK(must_code("4228").name() == "恩施土家族苗族自治州");
    CHECK(must_code("4228").short_name() == "恩施");
    // Its seat would repeat the prefecture's short name: none.
    CHECK(must_code("422801").name() == "恩施市");
    CHECK(must_code("422801").short_name().empty());
    CHECK(must_code("45").short_name() == "广西");
    CHECK(must_code("81").name() == "香港特别行政区");
    CHECK(must_code("81").short_name() == "香港");
    CHECK(must_code("320671").short_name().empty());  // 南通经济技术开发区
    CHECK(gz::level_name(Level::prefecture) == "prefecture");
}

TEST_CASE("Table sizes match the generated counts", "[gazetteer]") {
    namespace detail = gz::detail;
    CHECK(gz::size() == kRows);
    CHECK(detail::kDivisionCount == kRows);
    CHECK(detail::kLevelCounts[0] == kProvinces);
    CHECK(detail::kLevelCounts[1] == kPrefectures);
    CHECK(detail::kLevelCounts[2] == kCounties);
    CHECK(detail::kLevelCounts[3] == kTownships);
    CHECK(detail::kExtraCount == kSupplementary);
    CHECK(kProvinces + kPrefectures + kCounties + kTownships == kRows);

    std::size_t levels[4] = {0, 0, 0, 0};
    std::size_t extra = 0;
    std::size_t shorts = 0;
    for (std::size_t i = 0; i < gz::size(); ++i) {
        const gz::Division& d = gz::at(i);
        ++levels[static_cast<int>(d.level())];
        extra += d.supplementary() ? 1 : 0;
        shorts += d.short_name().empty() ? 0 : 1;
        REQUIRE(d.index() == i);
    }
    CHECK(levels[0] == kProvinces);
    CHECK(levels[1] == kPrefectures);
    CHECK(levels[2] == kCounties);
    CHECK(levels[3] == kTownships);
    CHECK(extra == kSupplementary);
    CHECK(detail::kNameIndexSize == kRows + shorts);
    CHECK(gz::children(nullptr).size() == kProvinces);
    CHECK(gz::detail::kCodeAliasCount == 13);  // 9 placeholder prefectures, 4 repeated counties
}

TEST_CASE("Table invariants: code order, parents, short names inside names, sorted name index", "[gazetteer]") {
    const std::size_t code_length[] = {2, 4, 6, 9};
    for (std::size_t i = 0; i < gz::size(); ++i) {
        const gz::Division& d = gz::at(i);
        INFO(d.code() << " " << d.name());
        REQUIRE(d.code().size() == code_length[static_cast<int>(d.level())]);
        REQUIRE_FALSE(d.name().empty());
        if (i > 0) REQUIRE(gz::at(i - 1).code() < d.code());
        if (const gz::Division* p = d.parent()) {
            REQUIRE(p->index() < i);
            REQUIRE(p->level() < d.level());
            REQUIRE(d.code().substr(0, p->code().size()) == p->code());
        } else {
            REQUIRE(d.level() == Level::province);
        }
        if (!d.short_name().empty()) {
            REQUIRE(d.short_name() != d.name());
            REQUIRE(d.name().find(d.short_name()) != std::string_view::npos);
        }
    }
    for (std::size_t i = 0; i < gz::detail::kCodeAliasCount; ++i) {
        const std::string_view code = gz::detail::kCodeAliases[i].code;
        INFO("alias " << code);
        if (i > 0) REQUIRE(std::string_view(gz::detail::kCodeAliases[i - 1].code) < code);
        REQUIRE(gz::detail::kCodeAliases[i].row < gz::size());
        REQUIRE(gz::by_code(code) == &gz::at(gz::detail::kCodeAliases[i].row));
        REQUIRE(gz::by_code(code)->code() != code);
    }
    // The binary search assumes std::string_view's order; check the generator produced it.
    auto key = [](std::uint32_t e) {
        const gz::Division& d = gz::at(e >> 1);
        return (e & 1u) ? d.short_name() : d.name();
    };
    for (std::size_t i = 1; i < gz::detail::kNameIndexSize; ++i) {
        const std::uint32_t a = gz::detail::kNameIndex[i - 1];
        const std::uint32_t b = gz::detail::kNameIndex[i];
        INFO(key(a) << " / " << key(b));
        REQUIRE(key(a) <= key(b));
        if (key(a) == key(b)) REQUIRE((a >> 1) < (b >> 1));
    }
}

TEST_CASE("The compiled table is lib/gazetteer/divisions.tsv row for row", "[gazetteer]") {
    const std::string path = test_support::source_dir() + "/lib/gazetteer/divisions.tsv";
    REQUIRE(test_support::file_exists(path));
    std::istringstream in(test_support::read_file(path));
    std::string line;
    bool header = true;
    std::size_t row = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            CHECK(line == "code\tparent\tlevel\tname\tshort_name\torigin");
            header = false;
            continue;
        }
        const auto f = split_tabs(line);
        INFO(line);
        REQUIRE(f.size() == 6);
        REQUIRE(row < gz::size());
        const gz::Division& d = gz::at(row);
        REQUIRE(d.code() == f[0]);
        REQUIRE(gz::by_code(f[0]) == &d);
        REQUIRE((d.parent() ? std::string(d.parent()->code()) : std::string()) == f[1]);
        REQUIRE(gz::level_name(d.level()) == f[2]);
        REQUIRE(d.name() == f[3]);
        REQUIRE(d.short_name() == f[4]);
        REQUIRE(d.supplementary() == (f[5] == "extra"));
        ++row;
    }
    CHECK(row == gz::size());
}

TEST_CASE("children() of every division are exactly the rows whose parent it is", "[gazetteer]") {
    // children() jumps over subtrees by binary search; one pass over the table, grouping
    // rows by parent, is the plain definition it must agree with.
    std::vector<std::vector<const gz::Division*>> expected(gz::size());
    std::vector<const gz::Division*> roots;
    for (std::size_t i = 0; i < gz::size(); ++i) {
        const gz::Division& d = gz::at(i);
        if (d.parent()) expected[d.parent()->index()].push_back(&d);
        else roots.push_back(&d);
    }
    CHECK(gz::children(nullptr) == roots);
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < gz::size(); ++i)
        if (gz::children(&gz::at(i)) != expected[i]) ++mismatches;
    CHECK(mismatches == 0);
}

// The generated lists behind the body extractor's level-word gate: every full name's
// next-to-last character is in its last character's list (and 街道's, 自治区's), and
// nothing else is.
TEST_CASE("Name-end lists hold exactly the characters before each name's suffix", "[gazetteer]") {
    CHECK(gz::name_ends("市").find(u'东') != std::u16string_view::npos);     // 启东市
    CHECK(gz::name_ends("街道").find(u'龙') != std::u16string_view::npos);   // 金龙街道
    CHECK(gz::name_ends("自治区").find(u'古') != std::u16string_view::npos); // 内蒙古自治区
    CHECK(gz::name_ends("市").find(u'全') == std::u16string_view::npos);     // no 全市
    CHECK(gz::name_ends("").empty());
    CHECK(gz::name_ends("政府").empty());

    // Rebuild the lists from the names and compare.
    std::map<std::string, std::set<char16_t>> rebuilt;
    for (std::size_t i = 0; i < gz::size(); ++i) {
        const std::string_view bytes = gz::at(i).name();
        std::u32string name;
        for (const char* p = bytes.data(); p < bytes.data() + bytes.size();)
            name += govreport::util::decode(p, bytes.data() + bytes.size());
        const std::size_t n = name.size();
        if (n < 2) continue;
        const auto utf8 = [](char32_t c) {
            std::string s;
            govreport::util::append_utf8(s, c);
            return s;
        };
        if (name.compare(n - 2, 2, U"街道") == 0) {
            if (n > 2) rebuilt["街道"].insert(static_cast<char16_t>(name[n - 3]));
            continue;
        }
        if (n > 3 && name.compare(n - 3, 3, U"自治区") == 0)
            rebuilt["自治区"].insert(static_cast<char16_t>(name[n - 4]));
        rebuilt[utf8(name[n - 1])].insert(static_cast<char16_t>(name[n - 2]));
    }
    REQUIRE(rebuilt.size() == gz::detail::kNameEndRunCount);
    for (const auto& [suffix, befores] : rebuilt) {
        INFO(suffix);
        const std::u16string_view listed = gz::name_ends(suffix);
        CHECK(std::u16string(listed) == std::u16string(befores.begin(), befores.end()));
    }
}
