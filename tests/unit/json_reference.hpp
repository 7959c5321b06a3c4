// The JSON string escaper the writer's fast paths are compared with: one decision per byte.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_JSON_REFERENCE_HPP
#define GOVREPORT_TESTS_JSON_REFERENCE_HPP

#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace test_support {

/// `s` as a JSON string literal, escaped one byte or UTF-8 sequence at a time as the writer
/// did before issue 6: ill-formed bytes become U+FFFD, controls \u00XX or their short forms.
inline std::string reference_json_string(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (std::size_t at = 0; at < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[at]);
        if (c >= 0x80) {
            const std::size_t n =
                govreport::util::utf8_sequence_length(s.data() + at, s.data() + s.size());
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                ++at;
            } else {
                out.append(s.data() + at, n);
                at += n;
            }
            continue;
        }
        ++at;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

}  // namespace test_support

#endif
