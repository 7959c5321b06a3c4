// UTF-8 decoding, validation, repair and the character classes the segmenter needs.
// SPDX-License-Identifier: MIT
#include "util/utf8.hpp"
#include "util/utf8_avx2.hpp"

#include <cstdint>
#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace govreport::util {

char32_t decode_slow(const char*& p, const char* end) noexcept {
    const std::size_t n = utf8_sequence_length(p, end);
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    char32_t c;
    switch (n) {
        case 1: c = s[0]; break;
        case 2: c = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); break;
        case 3: c = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu); break;
        case 4:
            c = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                (s[3] & 0x3Fu);
            break;
        default: ++p; return 0xFFFD;
    }
    p += n;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

namespace {

// The portable validation from `p` (where a character starts: everything before it is
// valid) to `end`: the offset from `begin` of the first invalid byte, or npos.
std::size_t find_invalid_from(const unsigned char* const begin, const unsigned char* const end,
                              const unsigned char* p) noexcept {
    while (p < end) {
        unsigned b0 = p[0];
        if (b0 < 0x80) {
            // ASCII: the rest of its run eight bytes at a time (markup, numbers, line ends).
            ++p;
            for (std::uint64_t x; end - p >= 8; p += 8) {
                std::memcpy(&x, p, 8);
                if (x & 0x8080808080808080ull) break;
            }
            continue;
        }
        // Han characters and CJK punctuation (lead E1–EC, EE–EF): valid whenever the two
        // bytes after the lead are continuation bytes (10xxxxxx), tested together. A run
        // of them is nearly the whole of a report: a loop of its own.
        bool three = false;
        for (;;) {
            // Two characters per test where eight bytes can be read.
            for (std::uint64_t x; end - p >= 8; p += 6, three = true) {
                std::memcpy(&x, p, 8);
                if (!starts_two_plain_three_byte(x)) break;
            }
            if (end - p < 3) break;
            b0 = p[0];
            if (b0 - 0xE1u > 0xEFu - 0xE1u || b0 == 0xEDu) break;
            std::uint16_t tail;
            std::memcpy(&tail, p + 1, 2);
            if ((tail & 0xC0C0u) != 0x8080u) break;
            p += 3;
            three = true;
        }
        if (three) continue;
        const std::size_t n = utf8_sequence_length(reinterpret_cast<const char*>(p),
                                                   reinterpret_cast<const char*>(end));
        if (n == 0) return static_cast<std::size_t>(p - begin);
        p += n;
    }
    return std::string_view::npos;
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define GOVREPORT_UTF8_AVX2 1

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}

// Validation 32 bytes at a time with AVX2 (util/utf8_avx2.hpp, after Keiser and Lemire).
// The scalar loop took over four instructions per byte. Where a block holds an error, the
// portable loop finds its offset from the start of the character before the block:
// everything before that is known valid.
__attribute__((target("avx2"))) std::size_t find_invalid_avx2(const unsigned char* const begin,
                                                              const unsigned char* const end) noexcept {
    const utf8_avx2::Tables t = utf8_avx2::make_tables();
    const unsigned char* p = begin;
    __m256i prev = _mm256_setzero_si256();
    __m256i prev_incomplete = _mm256_setzero_si256();
    for (; end - p >= 32; p += 32) {
        const __m256i input = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        __m256i error;
        if (_mm256_movemask_epi8(input) == 0) {
            error = prev_incomplete;  // ASCII: only a sequence cut at the block's start
        } else {
            error = utf8_avx2::block_errors(input, prev, t);
            prev_incomplete = utf8_avx2::incomplete(input, t);
        }
        if (!_mm256_testz_si256(error, error)) break;
        prev = input;
    }
    // The error's block, or the last bytes: the portable loop from the start of the character
    // that holds the byte before `p` (a sequence may have begun up to three bytes earlier).
    const unsigned char* from = p;
    if (from > begin) {
        --from;
        for (int i = 0; i < 3 && from > begin && (*from & 0xC0u) == 0x80u; ++i) --from;
    }
    return find_invalid_from(begin, end, from);
}
#endif

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) noexcept {
    const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
#ifdef GOVREPORT_UTF8_AVX2
    if (has_avx2()) return find_invalid_avx2(begin, begin + s.size());
#endif
    return find_invalid_from(begin, begin + s.size(), begin);
}

std::size_t find_invalid_utf8_portable(std::string_view s) noexcept {
    const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
    return find_invalid_from(begin, begin + s.size(), begin);
}

std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        const std::size_t n = utf8_sequence_length(p, end);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++p;
        } else {
            out.append(p, n);
            p += n;
        }
    }
    return out;
}

std::size_t count_code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

}  // namespace govreport::util
