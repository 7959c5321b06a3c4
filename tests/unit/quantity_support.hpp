// Helpers of the quantity, period, corpus and peer tests (sentences, 《》, GB18030, peers).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_UNIT_QUANTITY_SUPPORT_HPP
#define GOVREPORT_TESTS_UNIT_QUANTITY_SUPPORT_HPP

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <govreport/govreport.hpp>

#include "test_support.hpp"

namespace quantity_support {

// ---------------------------------------------------------------------------------------
// Numbers

/// Equality of doubles up to a relative 1e-9 (values come from decimal text, so an exact
/// comparison would test the rounding of the platform, not the grammar).
inline bool near(double a, double b) {
    if (a == b) return true;
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return std::fabs(a - b) <= 1e-9 * std::max(scale, 1.0);
}

// ---------------------------------------------------------------------------------------
// Parsing

/// Parses `text` as a report of `year` (the year relative periods resolve against).
inline govreport::Report parse_text(std::string_view text, int year = 2024) {
    govreport::ParseOptions options;
    options.report_year = year;
    return govreport::parse(text, options);
}

inline std::string_view span_text(const govreport::Report& r, const govreport::Span& s) {
    return test_support::slice(r.text, s);
}

inline bool overlaps(std::uint64_t b1, std::uint64_t e1, std::uint64_t b2, std::uint64_t e2) {
    return b1 < e2 && b2 < e1;
}

/// Indicators whose span overlaps the bytes [b, e) of the report text.
inline std::vector<const govreport::Indicator*> indicators_over(const govreport::Report& r,
                                                                std::uint64_t b,
                                                                std::uint64_t e) {
    std::vector<const govreport::Indicator*> out;
    for (const auto& ind : r.indicators)
        if (overlaps(ind.span.start, ind.span.end, b, e)) out.push_back(&ind);
    return out;
}

/// The indicators whose text contains `core` (e.g. "89.7%"), in document order.
inline std::vector<const govreport::Indicator*> indicators_with(const govreport::Report& r,
                                                                std::string_view core) {
    std::vector<const govreport::Indicator*> out;
    for (const auto& ind : r.indicators)
        if (test_support::contains(ind.text, core)) out.push_back(&ind);
    return out;
}

/// Describes every indicator of a report on one line each (for INFO on failure).
inline std::string describe(const govreport::Report& r) {
    std::string s;
    for (const auto& ind : r.indicators) {
        s += ind.id + " \"" + ind.text + "\" value=" + std::to_string(ind.value) +
             " scale=" + std::to_string(ind.scale) + " unit=" + ind.unit +
             " kind=" + govreport::to_string(ind.kind) +
             " qualifier=" + govreport::to_string(ind.qualifier) + "\n";
    }
    for (const auto& p : r.periods)
        s += p.id + " \"" + p.text + "\" " + p.start_iso + ".." + p.end_iso + " " +
             govreport::to_string(p.granularity) + (p.relative ? " relative" : "") + "\n";
    return s.empty() ? "(no indicators, no periods)" : s;
}

// ---------------------------------------------------------------------------------------
// 《》 titles

/// Byte ranges [open, close_end) of every matched 《…》 in `text`, nested ones included.
/// An unmatched 《 is dropped: it opens no title, so it should not swallow the rest.
inline std::vector<std::pair<std::size_t, std::size_t>> book_ranges(std::string_view text) {
    static constexpr std::string_view open = "《", close = "》";
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::vector<std::size_t> stack;
    for (std::size_t at = 0; at < text.size();) {
        if (text.compare(at, open.size(), open) == 0) {
            stack.push_back(at);
            at += open.size();
        } else if (text.compare(at, close.size(), close) == 0) {
            if (!stack.empty()) {
                out.emplace_back(stack.back(), at + close.size());
                stack.pop_back();
            }
            at += close.size();
        } else {
            ++at;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Encodings

/// Converts GB18030 bytes to UTF-8 with glibc iconv; nothing if the input is not GB18030.
inline std::optional<std::string> gb18030_to_utf8(std::string_view in) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(in.size() * 2 + 16, '\0');
    char* src = const_cast<char*>(in.data());  // iconv's interface is not const-correct
    std::size_t src_left = in.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    bool ok = true;
    while (src_left > 0) {
        if (iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) {
            const std::size_t used = out.size() - dst_left;
            out.resize(out.size() * 2);
            dst = out.data() + used;
            dst_left = out.size() - used;
            continue;
        }
        ok = false;  // EILSEQ or EINVAL: not GB18030
        break;
    }
    iconv_close(cd);
    if (!ok) return std::nullopt;
    out.resize(out.size() - dst_left);
    return out;
}

/// Drops a UTF-8 byte order mark (some peer files start with one).
inline std::string_view strip_bom(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    return s;
}

/// The code points of UTF-8 `s` (well-formed input assumed; a stray byte reads as itself).
inline std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    for (std::size_t at = 0; at < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[at]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t i = 1; i < n && at + i < s.size(); ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(s[at + i]) & 0x3F);
        out.push_back(cp);
        at += n;
    }
    return out;
}

/// Code points [first, last] (inclusive, as Recognizers-Text counts) of UTF-8 `s`.
inline std::string code_point_slice(std::string_view s, std::size_t first, std::size_t last) {
    std::size_t cp = 0, b = std::string_view::npos, e = s.size();
    for (std::size_t at = 0; at < s.size(); ++at) {
        if ((static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) continue;
        if (cp == first) b = at;
        if (cp == last + 1) {
            e = at;
            break;
        }
        ++cp;
    }
    if (b == std::string_view::npos || b > e) return {};
    return std::string(s.substr(b, e - b));
}

// ---------------------------------------------------------------------------------------
// Shared material

/// The ../shared directory (GOVREPORT_SHARED_DIR when CTest runs us), if it exists.
inline std::optional<std::string> shared_dir() {
    const std::string dir = test_support::env("GOVREPORT_SHARED_DIR")
                                .value_or(test_support::source_dir() + "/../shared");
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
    return dir;
}

/// Every .txt file under shared/corpus, sorted, or nothing when the corpus is missing.
inline std::optional<std::vector<std::string>> corpus_files() {
    const auto shared = shared_dir();
    if (!shared) return std::nullopt;
    const std::filesystem::path root = std::filesystem::path(*shared) / "corpus";
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) return std::nullopt;
    std::vector<std::string> out;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".txt")
            out.push_back(it->path().string());
    std::sort(out.begin(), out.end());
    return out;
}

/// A file under shared/peers, or nothing when it is missing.
inline std::optional<std::string> peer_file(const std::string& relative) {
    const auto shared = shared_dir();
    if (!shared) return std::nullopt;
    const std::string path = *shared + "/peers/" + relative;
    if (!test_support::file_exists(path)) return std::nullopt;
    return path;
}

/// Reads a peer JSON file (the strict reader of test_support, after the BOM).
inline test_support::Json read_json(const std::string& path) {
    const std::string bytes = test_support::read_file(path);
    return test_support::JsonReader::parse(strip_bom(bytes));
}

}  // namespace quantity_support

#endif
