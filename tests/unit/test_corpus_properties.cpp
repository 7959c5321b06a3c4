// Indicator and period properties every correct parse has, on every report of the corpus.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "quantity_support.hpp"

using govreport::Indicator;
using govreport::Period;
using govreport::Report;

namespace {

// Collects the violations of one property in one file; the test shows the first few.
struct Violations {
    explicit Violations(const char* what) : property(what) {}

    const char* property;
    std::size_t count = 0;
    std::string examples;

    void add(const std::string& what) {
        if (++count <= 5) examples += "\n    " + what;
    }
};

std::string describe(const Indicator& i) {
    return i.id + " \"" + i.text + "\" @" + std::to_string(i.span.start) + "-" +
           std::to_string(i.span.end);
}

bool iso_matches(const std::string& iso, const govreport::Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return iso == buf;
}

struct Totals {
    std::size_t files = 0, skipped = 0, indicators = 0, periods = 0;
};

void check_report(const std::string& name, const Report& r, Totals& totals) {
    const std::string& text = r.text;
    const auto cps = test_support::code_point_index(text);
    const auto books = quantity_support::book_ranges(text);
    totals.indicators += r.indicators.size();
    totals.periods += r.periods.size();

    Violations span_text{"indicator span bytes == text"};
    Violations char_offsets{"indicator/period char offsets count code points"};
    Violations normalized{"normalized == value * scale"};
    Violations period_overlap{"no indicator overlaps a period"};
    Violations in_title{"no indicator inside a 《》 title"};
    Violations indicator_overlap{"indicators do not overlap each other"};
    Violations ranges{"value_max >= value; links in range"};
    Violations period_text{"period span bytes == text; start <= end; ISO dates"};

    auto check_chars = [&](const govreport::Span& s, const std::string& what) {
        if (s.end > text.size() || s.start > s.end) return;  // reported by the span checks
        if (s.char_start != cps[s.start] || s.char_end != cps[s.end]) char_offsets.add(what);
    };

    const Indicator* previous = nullptr;
    for (const Indicator& i : r.indicators) {
        if (quantity_support::span_text(r, i.span) != i.text || i.text.empty())
            span_text.add(describe(i));
        check_chars(i.span, describe(i));
        if (i.has_value && !quantity_support::near(i.normalized, i.value * i.scale))
            normalized.add(describe(i) + " value=" + std::to_string(i.value) +
                           " scale=" + std::to_string(i.scale) +
                           " normalized=" + std::to_string(i.normalized));
        for (const Period& p : r.periods)
            if (quantity_support::overlaps(i.span.start, i.span.end, p.span.start, p.span.end))
                period_overlap.add(describe(i) + " and period \"" + p.text + "\"");
        for (const auto& [b, e] : books)
            if (quantity_support::overlaps(i.span.start, i.span.end, b, e))
                in_title.add(describe(i) + " in " + text.substr(b, std::min<std::size_t>(e - b, 90)));
        if (previous && previous->span.end > i.span.start)
            indicator_overlap.add(describe(*previous) + " and " + describe(i));
        previous = &i;
        if (i.value_max && *i.value_max < i.value) ranges.add(describe(i) + " runs backwards");
        if (i.period != govreport::npos && i.period >= r.periods.size())
            ranges.add(describe(i) + " links a missing period");
        if (i.measure != govreport::npos && i.measure >= r.measures.size())
            ranges.add(describe(i) + " links a missing measure");
        if (i.change && i.change->from != govreport::npos && i.change->from >= r.indicators.size())
            ranges.add(describe(i) + " changes from a missing indicator");
    }
    for (const Period& p : r.periods) {
        const std::string what = p.id + " \"" + p.text + "\" " + p.start_iso + ".." + p.end_iso;
        if (quantity_support::span_text(r, p.span) != p.text || p.text.empty() ||
            !iso_matches(p.start_iso, p.start) || !iso_matches(p.end_iso, p.end) ||
            p.start_iso > p.end_iso)
            period_text.add(what);
        check_chars(p.span, what);
    }

    for (const Violations* v : {&span_text, &char_offsets, &normalized, &period_overlap, &in_title,
                                &indicator_overlap, &ranges, &period_text}) {
        INFO(name << ": " << v->property << " (" << v->count << " violations)" << v->examples);
        CHECK(v->count == 0);
    }
    // Every report of the corpus states figures; none found means the extractor broke.
    INFO(name);
    CHECK(!r.indicators.empty());
}

}  // namespace

TEST_CASE("corpus: indicator and period properties hold on every report", "[corpus][quantity][period]") {
    const auto files = quantity_support::corpus_files();
    if (!files || files->empty()) {
        WARN("shared corpus not found (set GOVREPORT_SHARED_DIR): skipped");
        return;
    }
    Totals totals;
    for (const std::string& path : *files) {
        const std::string bytes = test_support::read_file(path);
        std::string utf8;
        if (test_support::valid_utf8(bytes)) {
            utf8 = bytes;
        } else if (auto converted = quantity_support::gb18030_to_utf8(bytes)) {
            utf8 = std::move(*converted);  // the hailar reports are GB18030
        } else {
            WARN(path << ": neither UTF-8 nor GB18030, skipped");
            ++totals.skipped;
            continue;
        }
        ++totals.files;
        const Report r = govreport::parse(utf8);
        check_report(path.substr(path.find("corpus/")), r, totals);
    }
    WARN("corpus: " << totals.files << " files parsed, " << totals.skipped << " skipped, "
                    << totals.indicators << " indicators, " << totals.periods << " periods");
    CHECK(totals.files > 0);
}

TEST_CASE("corpus: GB18030 conversion round-trips the seed's characters", "[corpus]") {
    // The converter the corpus test relies on: 启东 2024 年 in GB18030 bytes.
    const std::string gb = "\xC6\xF4\xB6\xAB 2024 \xC4\xEA";
    const auto utf8 = quantity_support::gb18030_to_utf8(gb);
    REQUIRE(utf8);
    CHECK(*utf8 == "启东 2024 年");
    CHECK_FALSE(quantity_support::gb18030_to_utf8("\x81"));  // a truncated sequence
}
