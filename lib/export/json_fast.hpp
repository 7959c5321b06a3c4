// In-place pieces of the compact JSON fast paths: literals, short ASCII strings, integers.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXPORT_JSON_FAST_HPP
#define GOVREPORT_EXPORT_JSON_FAST_HPP

#include <cstdint>
#include <cstring>

namespace govreport::exporter::fast {

// Each writes at `out`, which has room enough (the caller claimed it at once), and returns
// the end of what it wrote.

/// Copies a literal without its terminating zero: a size known where it is written, so a
/// few stores instead of a call.
template <std::size_t N>
inline char* literal(char* out, const char (&text)[N]) {
    std::memcpy(out, text, N - 1);
    return out + N - 1;
}

/// 10^0 to 10^19, every power of ten a 64-bit integer holds.
inline constexpr std::uint64_t kPowersOfTen[20] = {
    1ull,           10ull,           100ull,           1000ull,           10000ull,
    100000ull,      1000000ull,      10000000ull,      100000000ull,      1000000000ull,
    10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull,
    1000000000000000ull, 10000000000000000ull, 100000000000000000ull, 1000000000000000000ull,
    10000000000000000000ull};

/// The number of decimal digits of v (1 for 0): a guess from its bit length, then one
/// comparison, where a loop of comparisons took a dozen instructions per number.
inline int decimal_digits(std::uint64_t v) {
    const std::uint64_t w = v | 1;  // 0 has the digits of 1
    const int bits = 64 - __builtin_clzll(w);
    const int guess = bits * 1233 >> 12;  // floor(bits * log10(2)): digits - 1, or one less
    return guess + 1 - (w < kPowersOfTen[guess]);
}

/// "00" to "99": digits are written two per division.
struct DigitPairs {
    char text[200];
    constexpr DigitPairs() : text() {
        for (int i = 0; i < 100; ++i) {
            text[2 * i] = static_cast<char>('0' + i / 10);
            text[2 * i + 1] = static_cast<char>('0' + i % 10);
        }
    }
};
inline constexpr DigitPairs kDigitPairs{};

/// x / 100 for x < 43,700 as a multiplication and a shift (the divisions of four-digit
/// groups, cheaper than the 64-bit division by a constant).
inline std::uint32_t div100(std::uint32_t x) { return x * 5243u >> 19; }

/// v in decimal (at most 20 bytes), any v: four digits per 64-bit division, then two pairs
/// from them in 32-bit arithmetic.
inline char* long_decimal(char* out, std::uint64_t v) {
    char* const end = out + decimal_digits(v);
    char* p = end;
    while (v >= 10000) {
        const auto four = static_cast<std::uint32_t>(v % 10000);
        v /= 10000;
        const std::uint32_t high = div100(four);
        p -= 4;
        std::memcpy(p, kDigitPairs.text + 2 * high, 2);
        std::memcpy(p + 2, kDigitPairs.text + 2 * (four - 100 * high), 2);
    }
    auto rest = static_cast<std::uint32_t>(v);  // below 10000
    if (rest >= 100) {
        const std::uint32_t high = div100(rest);
        p -= 2;
        std::memcpy(p, kDigitPairs.text + 2 * (rest - 100 * high), 2);
        rest = high;
    }
    if (rest >= 10) {
        p -= 2;
        std::memcpy(p, kDigitPairs.text + 2 * rest, 2);
    } else {
        *--p = static_cast<char>('0' + rest);
    }
    return end;
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// True when one of the eight ASCII bytes of `x` must be escaped: a control character, a
// quote or a backslash (the classic "has a zero byte" tests, bytes below 0x80).
inline bool needs_escape(std::uint64_t x) {
    const std::uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
    return (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
            ((backslash - kOnes) & ~backslash)) & kHighs;
}

// For n <= 16: writes `"s"` at `out` (room for n + 2) when the n bytes at `p` are plain
// ASCII, loading and storing them as at most two overlapping words; false, with nothing
// written, otherwise. Always inline: its callers write most strings through it, and a
// call costs as much as the test.
__attribute__((always_inline)) inline bool put_short_ascii(char* out, const char* p, std::size_t n) {
    if (n >= 8) {
        std::uint64_t a, b;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
        if (((a | b) & kHighs) != 0 || needs_escape(a) || needs_escape(b)) return false;
        std::memcpy(out + 1, &a, 8);
        std::memcpy(out + n - 7, &b, 8);
    } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        const std::uint64_t x = a | std::uint64_t{b} << 32;
        if ((x & kHighs) != 0 || needs_escape(x)) return false;
        std::memcpy(out + 1, &a, 4);
        std::memcpy(out + n - 3, &b, 4);
    } else if (n > 0) {
        // First, middle and last byte (some the same), the other five bytes spaces.
        const unsigned char c0 = static_cast<unsigned char>(p[0]),
                            c1 = static_cast<unsigned char>(p[n / 2]),
                            c2 = static_cast<unsigned char>(p[n - 1]);
        const std::uint64_t x = c0 | c1 << 8 | c2 << 16 | (kOnes * ' ') << 24;
        if ((x & kHighs) != 0 || needs_escape(x)) return false;
        out[1] = static_cast<char>(c0);
        out[1 + n / 2] = static_cast<char>(c1);
        out[n] = static_cast<char>(c2);
    }
    out[0] = '"';
    out[n + 1] = '"';
    return true;
}

/// v < 10000 in decimal (one to four digits).
inline char* small_decimal(char* out, std::uint32_t v) {
    if (v < 100) {
        if (v < 10) {
            *out = static_cast<char>('0' + v);
            return out + 1;
        }
        std::memcpy(out, kDigitPairs.text + 2 * v, 2);
        return out + 2;
    }
    const std::uint32_t high = div100(v), low = v - 100 * high;
    if (high < 10) {
        *out = static_cast<char>('0' + high);
        std::memcpy(out + 1, kDigitPairs.text + 2 * low, 2);
        return out + 3;
    }
    std::memcpy(out, kDigitPairs.text + 2 * high, 2);
    std::memcpy(out + 2, kDigitPairs.text + 2 * low, 2);
    return out + 4;
}

/// v < 10000 as exactly four digits (zeros first).
inline char* four_digits(char* out, std::uint32_t v) {
    const std::uint32_t high = div100(v);
    std::memcpy(out, kDigitPairs.text + 2 * high, 2);
    std::memcpy(out + 2, kDigitPairs.text + 2 * (v - 100 * high), 2);
    return out + 4;
}

/// v in decimal (at most 20 bytes). The numbers of a report (offsets, counts) are below
/// 10^8: written as one or two four-digit groups in 32-bit arithmetic, with no digit count
/// first; larger ones by long_decimal().
inline char* decimal(char* out, std::uint64_t v) {
    if (v < 10000) return small_decimal(out, static_cast<std::uint32_t>(v));
    if (v < 100000000) {
        const auto x = static_cast<std::uint32_t>(v);
        const std::uint32_t high = x / 10000;
        return four_digits(small_decimal(out, high), x - 10000 * high);
    }
    return long_decimal(out, v);
}

/// v in decimal (at most 21 bytes), with a minus sign when negative.
inline char* signed_decimal(char* out, std::int64_t v) {
    if (v < 0) *out++ = '-';
    // The magnitude in unsigned arithmetic: -v overflows for the least int64.
    const auto magnitude = static_cast<std::uint64_t>(v);
    return decimal(out, v < 0 ? 0 - magnitude : magnitude);
}

}  // namespace govreport::exporter::fast

#endif
