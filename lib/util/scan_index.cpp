// ScanIndex: the classifying pass and the cursors over its positions.
// SPDX-License-Identifier: MIT
#include "util/scan_index.hpp"

#include <cstdlib>
#include <new>

#include "util/utf8.hpp"

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#include <immintrin.h>
#define GOVREPORT_SCAN_AVX2 1
#endif

namespace govreport::util {

namespace {

// Bytes of a text classified per stretch. Before each stretch every set gets room for this
// many offsets (at most one per character, so one per byte): no test per kept character,
// and a long paragraph does not make room for all its bytes at once.
constexpr std::size_t kStretch = 16384;
// The eight-character step may start up to seven characters past the stretch's end.
constexpr std::size_t kOverrun = 8;

// Records offset `at` for each set whose bit is in `c` (not 0): write cursors per set, with
// room made by the caller.
__attribute__((always_inline)) inline void keep(std::uint32_t** w, std::size_t at, unsigned c) {
    do {
        *w[static_cast<unsigned>(__builtin_ctz(c))]++ = static_cast<std::uint32_t>(at);
        c &= c - 1;
    } while (c);
}

// Classifies the one character at `at` and returns the offset after it: the steps of
// CharSet::find(), so that a cursor stops where it would. `three`: a three-byte step may
// start below it (three bytes can be read).
__attribute__((always_inline)) inline std::size_t step(const unsigned char* s, std::size_t n,
                                                      std::size_t three, std::size_t at,
                                                      const std::uint8_t* classes,
                                                      std::uint32_t** w) {
    const unsigned b0 = s[at];
    if (b0 < 0x80) {
        if (const unsigned c = classes[b0]) keep(w, at, c);
        return at + 1;
    }
    if ((b0 & 0xF0u) == 0xE0u && at < three) {
        const unsigned code = ((b0 & 0x0Fu) << 12) | (((s[at + 1] ^ 0x80u) & 0xFFu) << 6) |
                              (s[at + 2] & 63u);
        if (const unsigned c = classes[code]) keep(w, at, c);
        return at + 3;
    }
    const char* const t = reinterpret_cast<const char*>(s);
    const char* p = t + at;
    const char32_t c = decode(p, t + n);
    if (c < 0x10000 && classes[c]) keep(w, at, classes[c]);
    return static_cast<std::size_t>(p - t);
}

// Classifies the characters of s[0, n) that start in [at, limit); returns where the next
// character starts. One character at a time, three-byte ones in a loop of their own.
std::size_t classify(const unsigned char* s, std::size_t n, std::size_t at, std::size_t limit,
                     const std::uint8_t* classes, std::uint32_t** w) {
    const std::size_t three = n < 2 ? 0 : n - 2;
    const std::size_t run_end = three < limit ? three : limit;
    while (at < limit) {
        while (at < run_end) {
            const unsigned b0 = s[at];
            if ((b0 & 0xF0u) != 0xE0u) break;
            const unsigned code = ((b0 & 0x0Fu) << 12) | (((s[at + 1] ^ 0x80u) & 0xFFu) << 6) |
                                  (s[at + 2] & 63u);
            if (const unsigned c = classes[code]) keep(w, at, c);
            at += 3;
        }
        if (at >= limit) break;
        at = step(s, n, three, at, classes, w);
    }
    return at;
}

#ifdef GOVREPORT_SCAN_AVX2
// The same with AVX2: eight three-byte characters (24 bytes) per step, their code points
// computed together; then one look-up each. Nearly every character of a report is a
// three-byte one, and the scalar loop spent about 24 instructions on each.
__attribute__((target("avx2"))) std::size_t classify_avx2(const unsigned char* s, std::size_t n,
                                                          std::size_t at, std::size_t limit,
                                                          const std::uint8_t* classes,
                                                          std::uint32_t** w) {
    const std::size_t three = n < 2 ? 0 : n - 2;
    // Bytes 0–15 to the low half, 12–27 to the high one; then in each half the three bytes
    // of character i to 32-bit lane i (little-endian: lead byte lowest), the fourth zero.
    const __m256i halves = _mm256_setr_epi32(0, 1, 2, 3, 3, 4, 5, 6);
    const __m256i lanes = _mm256_setr_epi8(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1,
                                           0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1);
    while (at < limit) {
        while (at < limit && n - at >= 32) {
            __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + at));
            v = _mm256_shuffle_epi8(_mm256_permutevar8x32_epi32(v, halves), lanes);
            const __m256i is_lead = _mm256_cmpeq_epi32(
                _mm256_and_si256(v, _mm256_set1_epi32(0xF0)), _mm256_set1_epi32(0xE0));
            const unsigned leads =
                static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(is_lead)));
            // The scalar formula lane by lane: (b0 & 0F) << 12 | ((b1 ^ 80) & FF) << 6 | b2 & 3F.
            const __m256i code = _mm256_or_si256(
                _mm256_or_si256(
                    _mm256_slli_epi32(_mm256_and_si256(v, _mm256_set1_epi32(0x0F)), 12),
                    _mm256_and_si256(
                        _mm256_srli_epi32(_mm256_xor_si256(v, _mm256_set1_epi32(0x8000)), 2),
                        _mm256_set1_epi32(0x3FC0))),
                _mm256_and_si256(_mm256_srli_epi32(v, 16), _mm256_set1_epi32(0x3F)));
            alignas(32) std::uint32_t codes[8];
            _mm256_store_si256(reinterpret_cast<__m256i*>(codes), code);
            if (leads == 0xFF) {
#pragma GCC unroll 8
                for (unsigned i = 0; i < 8; ++i)
                    if (const unsigned c = classes[codes[i]]) keep(w, at + 3 * i, c);
                at += 24;
                continue;
            }
            // The three-byte characters before the first other one.
            const unsigned run = static_cast<unsigned>(__builtin_ctz(~leads));
            for (unsigned i = 0; i < run; ++i)
                if (const unsigned c = classes[codes[i]]) keep(w, at + 3 * i, c);
            at += 3 * run;
            break;
        }
        if (at >= limit) break;
        at = step(s, n, three, at, classes, w);
    }
    return at;
}

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

}  // namespace

void ScanIndex::Positions::reserve_more(std::size_t more) {
    if (capacity - size >= more) return;
    std::size_t grown = capacity * 2;
    if (grown < size + more) grown = size + more;
    void* const bigger = std::realloc(data.get(), grown * sizeof(std::uint32_t));
    if (!bigger) throw std::bad_alloc();
    data.release();
    data.reset(static_cast<std::uint32_t*>(bigger));
    capacity = grown;
}

ScanIndex::Classes::Classes(const std::vector<const CharSet*>& sets)
    : table_(0x10000, 0), sets_(sets) {
    if (sets_.size() > kMaxSets) sets_.resize(kMaxSets);
    for (std::size_t i = 0; i < sets_.size(); ++i)
        if (sets_[i]) assign(i, *sets_[i]);
}

void ScanIndex::Classes::assign(std::size_t i, const CharSet& set) {
    if (i >= kMaxSets) return;
    if (sets_.size() <= i) sets_.resize(i + 1, nullptr);
    const std::uint8_t bit = static_cast<std::uint8_t>(1u << i);
    if (sets_[i])  // replacing a set: forget its characters first
        for (std::uint8_t& c : table_) c &= static_cast<std::uint8_t>(~bit);
    sets_[i] = &set;
    for (char32_t c = 0; c < 0x10000; c += 64) {
        std::uint64_t word = set.word(c >> 6);
        for (; word; word &= word - 1)
            table_[c + static_cast<char32_t>(__builtin_ctzll(word))] |= bit;
    }
}

ScanIndex::ScanIndex(const std::vector<std::string_view>& texts, const Classes& table, Pass pass)
    : texts_(texts), sets_(table.sets_) {
    const std::size_t nsets = sets_.size();
    const std::uint8_t* const classes = table.table_.data();
#ifdef GOVREPORT_SCAN_AVX2
    const bool avx2 = pass == Pass::fastest && has_avx2();
#else
    (void)pass;
#endif
    sizes_.reserve(texts.size());
    for (std::size_t i = 0; i < nsets; ++i) begin_[i].reserve(texts.size() + 1);
    // A first guess that holds every set of a report (a set stops at one character in
    // twenty or fewer): growing from small blocks copied them, a megabyte per parse.
    std::size_t bytes = 0;
    for (std::string_view t : texts) bytes += t.size();
    for (std::size_t i = 0; i < nsets; ++i) pos_[i].reserve_more(bytes / 16 + kStretch + kOverrun);
    for (std::string_view t : texts) {
        for (std::size_t i = 0; i < nsets; ++i) begin_[i].push_back(pos_[i].size);
        sizes_.push_back(t.size());
        if (std::uint64_t{t.size()} >= kMaxIndexed) continue;  // see cursor()
        const auto* const s = reinterpret_cast<const unsigned char*>(t.data());
        const std::size_t n = t.size();
        for (std::size_t at = 0; at < n;) {
            const std::size_t limit = n - at > kStretch ? at + kStretch : n;
            std::uint32_t* w[kMaxSets] = {};
            for (std::size_t i = 0; i < nsets; ++i) {
                pos_[i].reserve_more(limit - at + kOverrun);
                w[i] = pos_[i].data.get() + pos_[i].size;
            }
#ifdef GOVREPORT_SCAN_AVX2
            at = avx2 ? classify_avx2(s, n, at, limit, classes, w)
                      : classify(s, n, at, limit, classes, w);
#else
            at = classify(s, n, at, limit, classes, w);
#endif
            for (std::size_t i = 0; i < nsets; ++i)
                pos_[i].size = static_cast<std::size_t>(w[i] - pos_[i].data.get());
        }
    }
    for (std::size_t i = 0; i < nsets; ++i) begin_[i].push_back(pos_[i].size);
}

ScanIndex::Cursor ScanIndex::cursor(std::size_t t, std::size_t s) const noexcept {
    Cursor c;
    c.size_ = sizes_[t];
    if (std::uint64_t{c.size_} >= kMaxIndexed) {
        c.direct_ = sets_[s];
        c.text_ = texts_[t];
        return c;
    }
    c.pos_ = pos_[s].data.get();
    c.first_ = c.next_ = begin_[s][t];
    c.end_ = begin_[s][t + 1];
    return c;
}

}  // namespace govreport::util
