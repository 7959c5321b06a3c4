// Reading the issuer from the signature at the end of a report (静海区人民政府 / 2024年3月1日).
// SPDX-License-Identifier: MIT
#include "segment/signature.hpp"

#include <cstddef>
#include <string_view>

#include "segment/normalize.hpp"
#include "segment/organ_line.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

namespace {

constexpr std::size_t kLastParagraphs = 5;     // signature, date, a note or two, chrome
constexpr std::size_t kMaxLineBytes = 40 * 3;  // two organs side by side fit

}  // namespace

std::optional<std::string> signature_issuer(const std::vector<Paragraph>& paragraphs) {
    const std::size_t first =
        paragraphs.size() > kLastParagraphs ? paragraphs.size() - kLastParagraphs : 0;
    for (std::size_t i = paragraphs.size(); i-- > first;) {
        const std::string_view text = paragraphs[i].text;
        if (text.size() > 4 * kMaxLineBytes) return std::nullopt;  // body text: no signature
        const std::string line = normalize_title(text);
        if (line.empty()) continue;
        if (line.size() > kMaxLineBytes) return std::nullopt;
        if (is_organ_line(line)) return line;
        // A sentence of the body ends the search; other short lines are passed over: the
        // date (2024年3月1日), notes (（此件公开发布）) and web chrome (打印本页 关闭窗口)
        // stand under the signature.
        const char* const b = line.data();
        std::size_t n = 0;
        if (util::is_sentence_end(util::decode_before(b, b + line.size(), &n))) return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace govreport::segment
