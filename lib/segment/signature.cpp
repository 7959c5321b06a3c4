// Reading the issuer from the signature at the end of a report (静海区人民政府 / 2024年3月1日).
// SPDX-License-Identifier: MIT
#include "segment/signature.hpp"

#include <cstddef>
#include <string_view>

#include "segment/normalize.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace govreport::segment {

namespace {

constexpr std::size_t kLastParagraphs = 5;     // signature, date, a note or two, chrome
constexpr std::size_t kMaxLineBytes = 40 * 3;  // two organs side by side fit

bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Whether the line names an organ: Han characters only (no punctuation: 主办：… is chrome),
// ending in an organ's kind.
bool names_organ(std::string_view line) {
    if (line.size() < 4 * 3) return false;  // four characters at least: 市政府 names no place
    for (const char *p = line.data(), *e = p + line.size(); p < e;)
        if (!is_han(util::decode(p, e))) return false;
    // Level words alone (市政府, 区委) or 本/我 say which organ only to a reader who knows.
    for (std::string_view lead : {"本", "我", "全", "市", "区", "县", "省", "镇", "乡"})
        if (util::starts_with(line, lead)) return false;
    // 人民政府, 司法局, 委员会 and 管委会, 办公室, 办事处…
    for (std::string_view kind : {"政府", "局", "厅", "委", "会", "办", "室", "院", "署", "处",
                                  "中心"})
        if (util::ends_with(line, kind)) return true;
    return false;
}

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
        if (names_organ(line)) return line;
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
