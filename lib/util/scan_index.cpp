// ScanIndex: the classifying pass and the cursors over its positions.
// SPDX-License-Identifier: MIT
#include "util/scan_index.hpp"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include "util/huge_pages.hpp"
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
// Room past that: a block of the AVX2 pass that starts before the stretch's end may classify
// up to seven characters past it, and it writes eight offsets for every set whatever it
// keeps. Before a block at p < end a set holds at most p - start offsets (one per byte at
// most), so its writes end below (end - start) + 7.
constexpr std::size_t kOverrun = 8;

// Records offset `at` for each set whose bit is in `c` (not 0): write cursors per set, with
// room made by the caller.
__attribute__((always_inline)) inline void keep(std::uint32_t** w, std::size_t at, unsigned c) {
    do {
        *w[static_cast<unsigned>(__builtin_ctz(c))]++ = static_cast<std::uint32_t>(at);
        c &= c - 1;
    } while (c);
}

// Classifies the one character at `at`, hands its offset and class byte (0: in no set) to
// `record`, and returns the offset after it: the steps of CharSet::find(), so that a cursor
// stops where it would. `three`: a three-byte step may start below it (three bytes can be
// read).
template <class Record>
__attribute__((always_inline)) inline std::size_t step(const unsigned char* s, std::size_t n,
                                                      std::size_t three, std::size_t at,
                                                      const std::uint8_t* classes,
                                                      Record&& record) {
    const unsigned b0 = s[at];
    if (b0 < 0x80) {
        record(at, classes[b0]);
        return at + 1;
    }
    if ((b0 & 0xF0u) == 0xE0u && at < three) {
        const unsigned code = ((b0 & 0x0Fu) << 12) | (((s[at + 1] ^ 0x80u) & 0xFFu) << 6) |
                              (s[at + 2] & 63u);
        record(at, classes[code]);
        return at + 3;
    }
    const char* const t = reinterpret_cast<const char*>(s);
    const char* p = t + at;
    const char32_t c = decode(p, t + n);
    record(at, c < 0x10000 ? classes[c] : 0u);
    return static_cast<std::size_t>(p - t);
}

// Classifies the characters of s[0, n) that start in [at, limit); returns where the next
// character starts. One character at a time, three-byte ones in a loop of their own.
std::size_t classify(const unsigned char* s, std::size_t n, std::size_t at, std::size_t limit,
                     const std::uint8_t* classes, std::uint32_t** w) {
    const std::size_t three = n < 2 ? 0 : n - 2;
    const std::size_t run_end = three < limit ? three : limit;
    const auto record = [w](std::size_t p, unsigned c) {
        if (c) keep(w, p, c);
    };
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
        at = step(s, n, three, at, classes, record);
    }
    return at;
}

#ifdef GOVREPORT_SCAN_AVX2
// Tables of the AVX2 pass, whose blocks are runs of up to eight characters of one length:
// three bytes (nearly every character of a report) or one (digits, mostly).
struct Blocks {
    // For each 8-bit mask of a block's lanes: the offsets from the block's start of the
    // lanes set in it, packed to the front ([0]: one-byte lanes, [1]: three-byte ones), and
    // the bytes they take in a list of offsets. Adding the block's offset gives the offsets
    // a set keeps.
    std::uint8_t offsets[2][256][8] = {};
    std::uint64_t bytes[256] = {};
    // For r bytes left in the text (32: 32 or more): the lanes whose three bytes end
    // before its end, and a bit that stops a run of one-byte characters at its end.
    std::uint8_t whole_three[33] = {};
    std::uint32_t stop_one[33] = {};
    // Read from first_lanes + 8 - r: r bytes FF then zeros, which keep the first r lanes.
    std::uint8_t first_lanes[24] = {};
    constexpr Blocks() {
        for (unsigned m = 0; m < 256; ++m)
            for (unsigned i = 0; i < 8; ++i)
                if (m >> i & 1u) {
                    const std::size_t k = bytes[m] / sizeof(std::uint32_t);
                    offsets[0][m][k] = static_cast<std::uint8_t>(i);
                    offsets[1][m][k] = static_cast<std::uint8_t>(3 * i);
                    bytes[m] += sizeof(std::uint32_t);
                }
        for (unsigned r = 0; r <= 32; ++r) {
            const unsigned three = r / 3 < 8 ? r / 3 : 8, one = r < 8 ? r : 8;
            whole_three[r] = static_cast<std::uint8_t>((1u << three) - 1);
            stop_one[r] = 1u << one;
        }
        for (unsigned i = 0; i < 8; ++i) first_lanes[i] = 0xFF;
    }
};
alignas(64) constexpr Blocks kBlocks;

// Writes the offsets of block lanes whose class byte (byte i of `classes`, bytes 8–15 zero)
// has bit K to `w` and moves `w` past them. `lanes`: the offsets of each mask's lanes from
// the block's start, `at`: that start in every lane. Always eight offsets are written: no
// branch on what the text holds, whose mispredicts cost more than the stores (kOverrun
// leaves room for them).
template <unsigned K>
__attribute__((target("avx2"), always_inline)) inline void pack(
    __m128i classes, const std::uint8_t (*lanes)[8], __m256i at, std::uint32_t*& w) {
    // Bit K of each byte to its top bit, then the top bits: the lanes in set K.
    const unsigned m =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_slli_epi64(classes, 7 - K)));
    const __m256i offsets =
        _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(lanes[m])));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(w), _mm256_add_epi32(at, offsets));
    // In bytes: one add from memory, where a count would take a load and a shift.
    w = reinterpret_cast<std::uint32_t*>(reinterpret_cast<char*>(w) + kBlocks.bytes[m]);
}

// The class byte of the code point in lane I of `code`.
template <int I>
__attribute__((target("avx2"), always_inline)) inline int class_of(const std::uint8_t* classes,
                                                                   __m256i code) {
    return classes[static_cast<std::uint32_t>(_mm256_extract_epi32(code, I))];
}

// Classifies one block of the AVX2 pass: the characters from `p` (text offset `at`, 32 bytes
// readable, `r` of them in the text) up to eight of them, the three-byte characters (24 bytes)
// before the first other one, their code points computed together, or else the one-byte
// characters before the first other one; then one look-up each, and the offsets each set
// keeps packed and stored. Returns the bytes classified, 0 if the first character is of
// neither kind.
template <unsigned... K>
__attribute__((target("avx2"), always_inline)) inline unsigned block(
    std::integer_sequence<unsigned, K...>, const unsigned char* p, std::size_t r,
    std::size_t at, const std::uint8_t* classes, std::uint32_t** w) {
    // Bytes 0–15 to the low half, 12–27 to the high one; then in each half the three bytes
    // b0 b1 b2 of character i to 32-bit lane i as b1 b2 b0 0 (little-endian).
    const __m256i halves = _mm256_setr_epi32(0, 1, 2, 3, 3, 4, 5, 6);
    const __m256i order = _mm256_setr_epi8(1, 2, 0, -1, 4, 5, 3, -1, 7, 8, 6, -1, 10, 11, 9, -1,
                                           1, 2, 0, -1, 4, 5, 3, -1, 7, 8, 6, -1, 10, 11, 9, -1);
    const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    // Lanes b1 ^ 80, b2, b0 ^ E0, 0: a lead (E0 to EF) leaves bits 20–31 clear.
    const __m256i x = _mm256_xor_si256(
        _mm256_shuffle_epi8(_mm256_permutevar8x32_epi32(bytes, halves), order),
        _mm256_set1_epi32(0xE00080));
    unsigned leads = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(
        _mm256_cmpeq_epi32(_mm256_srli_epi32(x, 20), _mm256_setzero_si256()))));
    if (r < 32) leads &= kBlocks.whole_three[r];
    const unsigned high = static_cast<unsigned>(_mm256_movemask_epi8(bytes));
    // The run: three-byte characters from a lead, one-byte ones from an ASCII byte (one of
    // the two is 0). The stop bits end both at eight characters and at the text's end.
    const unsigned run3 = static_cast<unsigned>(__builtin_ctz(~leads));
    const unsigned run1 = static_cast<unsigned>(__builtin_ctz(high | kBlocks.stop_one[r]));
    // The scalar formula lane by lane: (b0 & 0F) << 12 | ((b1 ^ 80) & FF) << 6 | b2 & 3F,
    // the last two with one multiply-add (14 bits: an add is an or), the first or-ed (it
    // overlaps bits of b1 ^ 80 when b1 is no continuation byte).
    const __m256i low = _mm256_maddubs_epi16(_mm256_and_si256(x, _mm256_set1_epi32(0x3FFF)),
                                             _mm256_set1_epi32(0x0140));
    const __m256i three_code = _mm256_or_si256(
        low, _mm256_and_si256(_mm256_srli_epi32(x, 4), _mm256_set1_epi32(0xF000)));
    // One-byte characters: the byte is the code; the first byte's top bit picks.
    const __m256i code =
        _mm256_blendv_epi8(_mm256_cvtepu8_epi32(_mm256_castsi256_si128(bytes)), three_code,
                           _mm256_broadcastb_epi8(_mm256_castsi256_si128(bytes)));
    // The class bytes side by side; lanes from the run on (their code points made of other
    // bytes, still below 0x10000) are cleared.
    const unsigned run = run3 + run1;
    __m128i c = _mm_cvtsi32_si128(class_of<0>(classes, code));
    c = _mm_insert_epi8(c, class_of<1>(classes, code), 1);
    c = _mm_insert_epi8(c, class_of<2>(classes, code), 2);
    c = _mm_insert_epi8(c, class_of<3>(classes, code), 3);
    c = _mm_insert_epi8(c, class_of<4>(classes, code), 4);
    c = _mm_insert_epi8(c, class_of<5>(classes, code), 5);
    c = _mm_insert_epi8(c, class_of<6>(classes, code), 6);
    c = _mm_insert_epi8(c, class_of<7>(classes, code), 7);
    c = _mm_and_si128(
        c, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kBlocks.first_lanes + 8 - run)));
    const __m256i start = _mm256_set1_epi32(static_cast<int>(at));
    const std::uint8_t(*const lanes)[8] = kBlocks.offsets[high & 1u];
    (pack<K>(c, lanes, start, w[K]), ...);
    return 3 * run3 + run1;
}

// Classifies the character at `at` for the AVX2 pass, one of neither length (rare), without a
// branch per set; returns the offset after it. Out of line: the pass keeps its write cursors
// in registers, which a call on its hot path would make it keep in memory.
template <unsigned... K>
__attribute__((noinline)) std::size_t other(std::integer_sequence<unsigned, K...>,
                                            const unsigned char* s, std::size_t n,
                                            std::size_t at, const std::uint8_t* classes,
                                            std::uint32_t** w) {
    const auto record = [w](std::size_t p, unsigned c) {
        ((*w[K] = static_cast<std::uint32_t>(p), w[K] += c >> K & 1u), ...);
    };
    return step(s, n, n < 2 ? 0 : n - 2, at, classes, record);
}

// The same with AVX2 for sets 0 to sizeof...(K) - 1, block by block. Nothing branches on
// the text but the test for a character of neither length (rare): the branches on the class
// bytes, on the end of each run and in the scalar tail of each paragraph mispredicted about
// 2.5 times per block of eight characters.
template <unsigned... K>
__attribute__((target("avx2"))) std::size_t classify_avx2(
    std::integer_sequence<unsigned, K...> sets, const unsigned char* s, std::size_t n,
    std::size_t at, std::size_t limit, const std::uint8_t* classes, std::uint32_t** out) {
    std::uint32_t* w[sizeof...(K)] = {out[K]...};  // in registers: indexed by constants
    // Blocks that read 32 bytes of the text, then blocks that read a copy of its end.
    const std::size_t whole = n < 32 ? 0 : (n - 31 < limit ? n - 31 : limit);
    while (at < whole) {
        const unsigned bytes = block(sets, s + at, 32, at, classes, w);
        at += bytes;
        if (bytes == 0) {
            ((out[K] = w[K]), ...);
            at = other(sets, s, n, at, classes, out);
            ((w[K] = out[K]), ...);
        }
    }
    if (at < limit) {
        // The last 32 bytes of the text (or all of it) end at tail + 32, zeros after.
        alignas(32) unsigned char tail[64] = {};
        if (n >= 32)
            _mm256_store_si256(reinterpret_cast<__m256i*>(tail),
                               _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + n - 32)));
        else
            std::memcpy(tail + 32 - n, s, n);
        while (at < limit) {
            const unsigned bytes = block(sets, tail + 32 - (n - at), n - at, at, classes, w);
            at += bytes;
            if (bytes == 0) {
                ((out[K] = w[K]), ...);
                at = other(sets, s, n, at, classes, out);
                ((w[K] = out[K]), ...);
            }
        }
    }
    ((out[K] = w[K]), ...);
    return at;
}

// classify_avx2 for sets 0 to N - 1; kAvx2Passes[N - 1] is it.
template <unsigned N>
std::size_t classify_avx2_sets(const unsigned char* s, std::size_t n, std::size_t at,
                               std::size_t limit, const std::uint8_t* classes,
                               std::uint32_t** w) {
    return classify_avx2(std::make_integer_sequence<unsigned, N>(), s, n, at, limit, classes, w);
}
constexpr std::size_t (*kAvx2Passes[])(const unsigned char*, std::size_t, std::size_t,
                                       std::size_t, const std::uint8_t*, std::uint32_t**) = {
    classify_avx2_sets<1>, classify_avx2_sets<2>, classify_avx2_sets<3>, classify_avx2_sets<4>,
    classify_avx2_sets<5>, classify_avx2_sets<6>, classify_avx2_sets<7>, classify_avx2_sets<8>};

bool has_avx2() noexcept {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

}  // namespace

void ScanIndex::Positions::grow(std::size_t more) {
    std::size_t grown = capacity * 2;
    if (grown < size + more) grown = size + more;
    const std::size_t bytes = grown * sizeof(std::uint32_t);
#if defined(__linux__)
    // A large first block starts on a 2 MiB boundary, so that the huge pages advised for
    // it (ScanIndex's constructor) cover the offsets written first, not only those past
    // the block's first boundary, which a report's sets seldom reach. (Linux only, where
    // the advice is given; glibc's realloc takes aligned_alloc's blocks.)
    constexpr std::size_t kHuge = kHugePageBytes;
    void* const bigger =
        !data && bytes >= kHugePageAdviceMin
            ? std::aligned_alloc(kHuge, (bytes + kHuge - 1) & ~(kHuge - 1))
            : std::realloc(data.get(), bytes);
#else
    void* const bigger = std::realloc(data.get(), bytes);
#endif
    if (!bigger) throw std::bad_alloc();
    data.release();
    data.reset(static_cast<std::uint32_t*>(bigger));
    capacity = grown;
}

ScanIndex::Classes::Classes(const std::vector<const CharSet*>& sets)
    : table_(0x10000, 0), sets_(sets) {
    if (sets_.size() > kMaxSets) sets_.resize(kMaxSets);
    for (std::size_t i = 0; i < sets_.size(); ++i)
        if (const CharSet* const set = sets_[i]) {
            sets_[i] = nullptr;  // not a replacement: nothing to forget in the empty table
            assign(i, *set);
        }
}

void ScanIndex::Classes::assign(std::size_t i, const CharSet& set) {
    if (i >= kMaxSets) return;
    if (sets_.size() <= i) sets_.resize(i + 1, nullptr);
    const std::uint8_t bit = static_cast<std::uint8_t>(1u << i);
    if (const CharSet* const old = sets_[i])  // replacing a set: forget its characters first
        for (char32_t c = 0; c < 0x10000; c += 64)
            for (std::uint64_t word = old->word(c >> 6); word; word &= word - 1)
                table_[c + static_cast<char32_t>(__builtin_ctzll(word))] &= static_cast<std::uint8_t>(~bit);
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
    // Sets after the last that is not null keep nothing: the AVX2 pass leaves them out.
    std::size_t used = nsets;
    while (used > 0 && !sets_[used - 1]) --used;
#ifdef GOVREPORT_SCAN_AVX2
    const bool avx2 = pass == Pass::fastest && has_avx2();
    static_assert(sizeof kAvx2Passes / sizeof kAvx2Passes[0] == kMaxSets);
    const auto classify_sets = used ? kAvx2Passes[used - 1] : nullptr;
#else
    (void)pass;
#endif
    sizes_.reserve(texts.size());
    for (std::size_t i = 0; i < nsets; ++i) begin_[i].reserve(texts.size() + 1);
    // A first guess that holds every set of a report (a set stops at one character in
    // twenty or fewer): growing from small blocks copied them, a megabyte per parse.
    std::size_t bytes = 0, longest = 0;
    for (std::string_view t : texts) {
        bytes += t.size();
        if (t.size() > longest) longest = t.size();
    }
    // (Room for a stretch past the guess: the longest text's, if shorter. A small report
    // then asks for a few kilobytes per set, not 64 KiB.)
    const std::size_t stretch = longest < kStretch ? longest : kStretch;
    for (std::size_t i = 0; i < nsets; ++i) {
        pos_[i].reserve_more(bytes / 16 + stretch + kOverrun);
        advise_huge_pages(pos_[i].data.get() + pos_[i].size,
                          (pos_[i].capacity - pos_[i].size) * sizeof(std::uint32_t));
    }
    for (std::string_view t : texts) {
        for (std::size_t i = 0; i < nsets; ++i) begin_[i].push_back(pos_[i].size);
        sizes_.push_back(t.size());
        if (std::uint64_t{t.size()} >= kMaxIndexed) continue;  // see cursor()
        if (used == 0) continue;                                 // no set keeps anything
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
            at = avx2 ? classify_sets(s, n, at, limit, classes, w)
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

std::size_t ScanIndex::Cursor::find_direct(std::size_t at) const noexcept {
    return direct_->find(text_, at);
}


}  // namespace govreport::util
