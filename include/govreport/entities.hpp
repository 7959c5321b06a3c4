// Indicators, periods, bodies, persons and cited documents: the model's entity lists.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_ENTITIES_HPP
#define GOVREPORT_ENTITIES_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <govreport/govreport_export.h>

#include "span.hpp"

namespace govreport {

/// A calendar date without Boost: year, month (1-12), day (1-31).
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

enum class Granularity { year = 0, half = 1, quarter = 2, month = 3, day = 4, range = 5 };

/// A period the text speaks of (2024 年, 2021-2025 年, 上半年, 去年底), as an inclusive range.
struct Period {
    std::string id;  ///< "p1", …
    std::string text;
    Date start;
    Date end;
    std::string start_iso;  ///< start as "YYYY-MM-DD"
    std::string end_iso;    ///< end as "YYYY-MM-DD"
    Granularity granularity = Granularity::year;
    bool relative = false;  ///< resolved against the report year (今年, 去年底, 明年)
    Span span;
};

enum class IndicatorKind {
    count = 0, percent = 1, percentage_point = 2, amount = 3, score = 4,
    rate_change = 5, ratio = 6, other = 7,
};
enum class Qualifier { none = 0, at_least = 1, approx = 2, at_most = 3, reached = 4 };

struct Change {
    bool up = true;          ///< direction: up or down
    std::string basis;       ///< "同比", "较去年底", … (may be empty)
    std::size_t from = npos; ///< index of the indicator this one changes from
};

/// A quantity that measures something (995件, 8122.21 万元, 同比增长89.7%).
struct Indicator {
    std::string id;  ///< "i1", …
    std::string text;
    bool has_value = true;   ///< false for non-numeric quantities
    double value = 0;
    std::string value_text;  ///< the decimal as written ("8122.21", "10-20", "1/3")
    std::optional<double> value_max;  ///< upper end of a range (10-20人 → 20)
    double scale = 1;        ///< 1, 1e4 (万), 1e8 (亿)
    double normalized = 0;   ///< value × scale
    std::string unit;
    IndicatorKind kind = IndicatorKind::count;
    Qualifier qualifier = Qualifier::none;
    std::optional<Change> change;
    std::string metric;      ///< what the number measures
    std::string per;         ///< denominator of a per-capita figure ("万人"), else empty
    bool chinese_numeral = false;
    std::size_t measure = npos;
    std::size_t period = npos;
    Span span;
    /// The innermost section whose extent holds it, measure or not (npos: before the first
    /// section). Since 0.4.
    std::size_t section = npos;
};

/// Where a body, person or document is mentioned, with the words used there.
struct Mention {
    std::string text;
    Span span;
};

/// A responsible body (organ): 启东市人民政府, 市数据局, 12345 便民服务热线.
struct Body {
    std::string id;  ///< "b1", …
    std::string name;           ///< canonical name
    std::string kind;           ///< government, government_department, party_committee, …
    std::string level;          ///< national, province, prefecture, county, township, village
    std::string division_code;  ///< GB/T 2260 code ("320681"; 9 digits for townships), or empty
    std::vector<Mention> mentions;
};

/// A person named with a title: 市委副书记、市长蔡毅.
struct Person {
    std::string id;  ///< "h1", …
    std::string name;
    std::string title;
    std::vector<std::string> titles;
    std::size_t body = npos;
    std::vector<Mention> mentions;
};

/// A cited document: every 《…》 title, nested 〈…〉 titles as their own entries.
struct Document {
    std::string id;  ///< "d1", …
    std::string title;
    std::optional<std::string> doc_number;
    std::optional<std::string> issuer;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    std::string period_start_iso;  ///< "YYYY-MM-DD", empty without a period
    std::string period_end_iso;
    std::size_t nested_in = npos;
    std::vector<Mention> mentions;
};

GOVREPORT_EXPORT const char* to_string(IndicatorKind k) noexcept;  ///< "count", "percent", …
GOVREPORT_EXPORT const char* to_string(Qualifier q) noexcept;  ///< "at_least", …; "" for none
GOVREPORT_EXPORT const char* to_string(Granularity g) noexcept;  ///< "year", "half", …

}  // namespace govreport

#endif
