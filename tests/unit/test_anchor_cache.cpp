// The shared body anchors: the same as body_anchors() builds, one object per recent place.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <govreport/govreport.hpp>

#include "extract/anchor_cache.hpp"
#include "extract/bodies.hpp"
#include "extract/organ_names.hpp"

namespace ex = govreport::extract;
using govreport::Report;

namespace {

Report with_issuer(const char* issuer) {
    Report r;
    if (issuer) r.issuer = issuer;
    return r;
}

// What the extractors read of the anchors, compared with a freshly built set.
void check_same(const ex::BodyAnchors& shared, const ex::BodyAnchors& built) {
    CHECK(shared.issuer == built.issuer);
    CHECK(shared.places == built.places);
    for (char32_t c = 0; c < 0x10000; c += 1) {
        if (shared.starts.contains(c) != built.starts.contains(c)) {
            INFO("code point " << static_cast<unsigned long>(c));
            CHECK(shared.starts.contains(c) == built.starts.contains(c));
        }
    }
    int id_a = -1, id_b = -1;
    std::size_t bytes_a = 0, bytes_b = 0;
    for (const auto* d : built.places) {
        const std::string name(d->name());
        CHECK(shared.index.match(name + "人民政府", id_a, bytes_a) ==
              built.index.match(name + "人民政府", id_b, bytes_b));
        CHECK(id_a == id_b);
        CHECK(bytes_a == bytes_b);
    }
}

}  // namespace

TEST_CASE("shared body anchors are those body_anchors builds, once per place", "[bodies][speed]") {
    const char* const issuers[] = {"启东市人民政府", "南通市人民政府", nullptr, "海门区人民政府",
                                   "启东市司法局", "江苏省人民政府"};
    for (const char* issuer : issuers) {
        INFO("issuer " << (issuer ? issuer : "(none)"));
        const Report r = with_issuer(issuer);
        const std::shared_ptr<const ex::BodyAnchors> a = ex::shared_body_anchors(r);
        REQUIRE(a);
        check_same(*a, ex::body_anchors(r));
        // Asked again, the same object; another report of the same place shares it too.
        CHECK(ex::shared_body_anchors(r) == a);
    }
    // 启东市人民政府 and 启东市司法局 name the same place: one set of anchors.
    CHECK(ex::shared_body_anchors(with_issuer("启东市人民政府")) ==
          ex::shared_body_anchors(with_issuer("启东市司法局")));
    CHECK(ex::shared_body_anchors(with_issuer("启东市人民政府")) !=
          ex::shared_body_anchors(with_issuer("南通市人民政府")));
    // More places than the cache keeps: the oldest are built anew, still the same anchors.
    const char* const more[] = {"北京市人民政府", "上海市人民政府", "天津市人民政府",
                                "重庆市人民政府", "杭州市人民政府", "苏州市人民政府",
                                "无锡市人民政府", "常州市人民政府", "扬州市人民政府"};
    for (const char* issuer : more) ex::shared_body_anchors(with_issuer(issuer));
    const Report qidong = with_issuer("启东市人民政府");
    check_same(*ex::shared_body_anchors(qidong), ex::body_anchors(qidong));
}

TEST_CASE("shared body anchors are safe to ask for from many threads", "[bodies][threads]") {
    const char* const issuers[] = {"启东市人民政府", "南通市人民政府", "海门区人民政府",
                                   "如东县人民政府", "北京市人民政府", nullptr};
    std::vector<std::thread> threads;
    std::vector<int> ok(6, 0);
    for (int t = 0; t < 6; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const Report r = with_issuer(issuers[(t + i) % 6]);
                const auto a = ex::shared_body_anchors(r);
                ok[t] += a && a->issuer == ex::body_anchors(r).issuer;
            }
        });
    for (std::thread& th : threads) th.join();
    for (int t = 0; t < 6; ++t) CHECK(ok[t] == 50);
}

TEST_CASE("an issuer's name asked again gives the place division_of_issuer reads from it", "[bodies][speed]") {
    // More names than the cache remembers, several per place, each asked in turns: the
    // remembered places (and those resolved anew after a name was dropped) are always
    // the one read from the name, and the anchors are that place's.
    const char* const issuers[] = {
        "启东市人民政府", "中共启东市委", "启东市司法局", "南通市人民政府", "中共南通市委",
        "海门区人民政府", "如东县人民政府", "江苏省人民政府", "北京市人民政府", "上海市人民政府",
        "天津市人民政府", "重庆市人民政府", "杭州市人民政府", "苏州市人民政府", "无锡市人民政府",
        "常州市人民政府", "扬州市人民政府", "海拉尔区人民政府", "不是地名的机关", ""};
    for (int round = 0; round < 3; ++round) {
        for (const char* issuer : issuers) {
            INFO("round " << round << " issuer " << issuer);
            const Report r = with_issuer(issuer);
            const std::shared_ptr<const ex::BodyAnchors> a = ex::shared_body_anchors(r);
            REQUIRE(a);
            CHECK(a->issuer == ex::division_of_issuer(issuer));
            CHECK(ex::shared_body_anchors(r)->issuer == a->issuer);
        }
    }
    CHECK(ex::shared_body_anchors(with_issuer("启东市人民政府"))->issuer != nullptr);
    CHECK(ex::shared_body_anchors(with_issuer("不是地名的机关"))->issuer == nullptr);
}
