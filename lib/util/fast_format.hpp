// Short texts the model holds per item (ids "i12", dates "2024-06-30") without a format string.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_FAST_FORMAT_HPP
#define GOVREPORT_UTIL_FAST_FORMAT_HPP

#include <cstddef>
#include <string>

#include <fmt/format.h>

namespace govreport::util {

/// Makes `id` `prefix` followed by the decimal `n`: what fmt::format("i{}", n) gives, through
/// fmt::format_int (an indicator id per number cost more than its grammar: issue 6), and
/// written into the item's string (a string built and moved in cost about fifty
/// instructions more per indicator).
inline void set_item_id(std::string& id, char prefix, std::size_t n) {
    const fmt::format_int digits(n);
    id.clear();
    id.push_back(prefix);
    id.append(digits.data(), digits.size());
}

/// "YYYY-MM-DD", as fmt::format("{:04}-{:02}-{:02}", …) gives it.
inline std::string iso_date(int year, int month, int day) {
    if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99)
        return fmt::format(FMT_STRING("{:04}-{:02}-{:02}"), year, month, day);
    const char text[10] = {static_cast<char>('0' + year / 1000),
                           static_cast<char>('0' + year / 100 % 10),
                           static_cast<char>('0' + year / 10 % 10),
                           static_cast<char>('0' + year % 10),
                           '-',
                           static_cast<char>('0' + month / 10),
                           static_cast<char>('0' + month % 10),
                           '-',
                           static_cast<char>('0' + day / 10),
                           static_cast<char>('0' + day % 10)};
    return std::string(text, sizeof text);
}

}  // namespace govreport::util

#endif
