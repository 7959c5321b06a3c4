// Instantiation of the year rule and the search for the first year in a text.
// SPDX-License-Identifier: MIT
#include "grammar/year_def.hpp"

#include "grammar/numeral.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_number_type, iterator_type, context_type)

bool find_year(std::string_view text, int& year, std::size_t& begin, std::size_t& end) {
    const char* const base = text.data();
    const char* const last = base + text.size();
    for (const char* p = base; p < last; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        // ASCII or full-width digits, or 一 (E4 B8 80) and 二 (E4 BA 8C), which start the
        // years written in Chinese digits (二〇二四年).
        const bool chinese = c == 0xE4 && last - p >= 3 &&
                             ((static_cast<unsigned char>(p[1]) == 0xB8 &&
                               static_cast<unsigned char>(p[2]) == 0x80) ||
                              (static_cast<unsigned char>(p[1]) == 0xBA &&
                               static_cast<unsigned char>(p[2]) == 0x8C));
        const bool candidate = (c >= '0' && c <= '9') || c == 0xEF || chinese;
        if (!candidate) continue;
        // A year starts a digit run: skip digits that follow another digit, ASCII or
        // full-width (１２０２４年 holds no year 2024).
        if (p > base && p[-1] >= '0' && p[-1] <= '9') continue;
        // Nor a Chinese one after another Chinese digit (三二〇二三年 holds no year 2023).
        if (chinese && p - base >= 3) {
            const char* q = p - 3;
            const char32_t before = util::decode(q, p);
            if (before == U'○' || is_chinese_numeral_char(before)) continue;
        }
        if (p - base >= 3 && static_cast<unsigned char>(p[-3]) == 0xEF &&
            static_cast<unsigned char>(p[-2]) == 0xBC && static_cast<unsigned char>(p[-1]) >= 0x90 &&
            static_cast<unsigned char>(p[-1]) <= 0x99)
            continue;
        iterator_type first = p;
        int v = 0;
        if (x3::parse(first, last, year_rule, v) && v >= 1949 && v <= 2199) {
            year = v;
            begin = static_cast<std::size_t>(p - base);
            end = static_cast<std::size_t>(first - base);
            return true;
        }
    }
    return false;
}

}  // namespace govreport::grammar
