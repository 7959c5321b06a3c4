// The yes-or-no UTF-8 check of the input: Keiser and Lemire's look-ups, 64 bytes per step.
// SPDX-License-Identifier: MIT
#include "input/utf8_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "util/utf8.hpp"
#include "util/utf8_avx2.hpp"

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#define GOVREPORT_UTF8_CHECK_AVX2 1
#endif

namespace govreport::input {

namespace {

#ifdef GOVREPORT_UTF8_CHECK_AVX2

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}

using util::utf8_avx2::block_errors;
using util::utf8_avx2::Tables;

// The search tests every block for an error to stop at it; a yes-or-no answer can gather
// the flags and test them once per kChunk bytes (binary or GB18030 input is still turned
// away early), two blocks per step: over a quarter fewer instructions on Chinese text.
__attribute__((target("avx2"))) bool valid_avx2(const unsigned char* p,
                                                const unsigned char* const end) noexcept {
    // The tables and masks of util::find_invalid_utf8's pass (util/utf8_avx2.hpp).
    Tables t = util::utf8_avx2::make_tables();
    const __m256i incomplete_max = t.incomplete_max;

    constexpr std::size_t kStep = 64;
    constexpr std::size_t kChunk = 1024;
    // Opaque to the compiler, so that it keeps them (in a register or on the stack, an operand
    // either way) instead of building them again at every step (three instructions each).
    __asm__("" : "+x"(t.third), "+x"(t.fourth), "+x"(t.high_bit));
    __m256i prev = _mm256_setzero_si256();
    __m256i error = _mm256_setzero_si256();
    // One step of 64 bytes at `q`. A macro rather than a lambda: a lambda's call operator
    // would be compiled without AVX2. Leads cut at the end of `prev` are looked for only
    // before ASCII (elsewhere the next block's flags hold them): in the loop that would be
    // one more register than AVX2 has, and the compiler reloaded the tables instead.
#define GOVREPORT_UTF8_CHECK_STEP(q)                                                          \
    do {                                                                                      \
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));          \
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>((q) + 32));   \
        if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) == 0) {                              \
            error = _mm256_or_si256(error, _mm256_subs_epu8(prev, incomplete_max));           \
        } else {                                                                              \
            error = _mm256_or_si256(error, _mm256_or_si256(block_errors(a, prev, t),          \
                                                           block_errors(b, a, t)));           \
        }                                                                                     \
        prev = b;                                                                             \
    } while (false)

    while (static_cast<std::size_t>(end - p) >= kStep) {
        const std::size_t whole = static_cast<std::size_t>(end - p) / kStep * kStep;
        const unsigned char* const stop = p + std::min(whole, kChunk);
        for (; p < stop; p += kStep) GOVREPORT_UTF8_CHECK_STEP(p);
        if (!_mm256_testz_si256(error, error)) return false;
    }
    if (p < end) {
        // The last bytes padded with NUL, which is ASCII: a sequence cut by the end is an
        // error as it would be before ASCII.
        unsigned char last[kStep] = {};
        std::memcpy(last, p, static_cast<std::size_t>(end - p));
        GOVREPORT_UTF8_CHECK_STEP(last);
    }
#undef GOVREPORT_UTF8_CHECK_STEP
    // A lead in the very last bytes has nothing after it.
    error = _mm256_or_si256(error, _mm256_subs_epu8(prev, incomplete_max));
    return _mm256_testz_si256(error, error) != 0;
}

#endif

}  // namespace

bool is_valid_utf8_reference(std::string_view s) noexcept {
    return util::find_invalid_utf8(s) == std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) noexcept {
#ifdef GOVREPORT_UTF8_CHECK_AVX2
    if (has_avx2()) {
        const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
        return valid_avx2(begin, begin + s.size());
    }
#endif
    return is_valid_utf8_reference(s);
}

}  // namespace govreport::input
