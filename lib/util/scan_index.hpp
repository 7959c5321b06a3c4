// ScanIndex: one pass over the paragraphs that finds the characters every scan stops at.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_SCAN_INDEX_HPP
#define GOVREPORT_UTIL_SCAN_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "util/char_set.hpp"

namespace govreport::util {

/// For each of up to eight CharSets, the positions of its characters in each of a list of
/// texts. The extractors scan the same paragraphs for different characters (numbers,
/// title words, sentence ends, body anchors): one classifying pass here, then a walk over
/// its own positions per scan, cost less than each scan testing every character itself
/// (issue 6). Cursor::find() answers exactly as CharSet::find() would.
class ScanIndex {
public:
    /// Which of the sets each BMP code point belongs to: one byte per code point (64 KiB),
    /// so that the pass makes one look-up per character whatever the number of sets.
    /// Filling it costs about as much as classifying a 20 KB report: sets that never
    /// change are classified once (a static Classes) and copied for each parse.
    class Classes {
    public:
        /// Classifies the code points against `sets` (at most eight; a null set is empty).
        explicit Classes(const std::vector<const CharSet*>& sets);
        /// Makes `set` set number `i` (replacing what was there): a set that varies per
        /// parse, such as the report's place names. `set` must outlive the ScanIndex and
        /// stay unchanged while it is set `i`: replacing it clears the table's bits of its
        /// members only, not of all 65,536 code points.
        void assign(std::size_t i, const CharSet& set);

    private:
        friend class ScanIndex;
        std::vector<std::uint8_t> table_;
        std::vector<const CharSet*> sets_;
    };

    /// How the pass reads the texts: eight characters at a time with AVX2 where the CPU
    /// has it (the default), or one at a time (the portable loop, which the tests compare).
    enum class Pass { fastest, portable };

    /// Classifies every character of every text against all the sets at once.
    ScanIndex(const std::vector<std::string_view>& texts, const std::vector<const CharSet*>& sets,
              Pass pass = Pass::fastest)
        : ScanIndex(texts, Classes(sets), pass) {}
    /// The same with the classes already built.
    ScanIndex(const std::vector<std::string_view>& texts, const Classes& classes,
              Pass pass = Pass::fastest);

    /// The characters of one text in one set, in order.
    class Cursor {
    public:
        /// A cursor without an index: CharSet::find over `text` (stages run alone).
        static Cursor direct(const CharSet& set, std::string_view text) noexcept {
            Cursor c;
            c.direct_ = &set;
            c.text_ = text;
            c.size_ = text.size();
            return c;
        }
        /// Offset of the first character at or after `at` (a character boundary) in the
        /// set, or the text's size: CharSet::find(text, at).
        std::size_t find(std::size_t at) noexcept {
            if (__builtin_expect(direct_ != nullptr, 0)) return find_direct(at);
            if (next_ != first_ && at <= pos_[next_ - 1]) next_ = first_;  // a look back
            while (next_ < end_ && pos_[next_] < at) ++next_;
            return next_ < end_ ? pos_[next_] : size_;
        }

        /// The character after the one the last find() or find_next() returned (not the
        /// text's size), which ends at `after`: find(after), without its look back and its
        /// walk. A scan that goes on right after the character it stopped at (most stops)
        /// needs only the next offset of the list.
        std::size_t find_next(std::size_t after) noexcept {
            if (__builtin_expect(direct_ != nullptr, 0)) return find_direct(after);
            ++next_;
            return next_ < end_ ? pos_[next_] : size_;
        }

    private:
        friend class ScanIndex;
        // CharSet::find for a cursor without an index. Out of line and cold: a call on the
        // scans' hot path, even one never taken, made the compiler keep their cursors and
        // counters on the stack instead of in registers.
        __attribute__((noinline, cold)) std::size_t find_direct(std::size_t at) const noexcept;
        const std::uint32_t* pos_ = nullptr;
        std::size_t first_ = 0, next_ = 0, end_ = 0, size_ = 0;
        const CharSet* direct_ = nullptr;  // texts of kMaxIndexed bytes and more are not indexed
        std::string_view text_;
    };

    /// Cursor over text `t` (its index in the constructor's list) for set `s`. Inline: the
    /// scans ask for one per paragraph and set, and the call cost as much as the copy.
    Cursor cursor(std::size_t t, std::size_t s) const noexcept {
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
    std::size_t texts() const noexcept { return sizes_.size(); }
    /// How many characters of set `s` all the indexed texts hold (texts too long to index
    /// count none): a first guess at how many items a scan will find.
    std::size_t count(std::size_t s) const noexcept { return pos_[s].size; }

private:
    // Offsets fit 32 bits: a paragraph of 4 GiB or more is scanned directly instead.
    static constexpr std::uint64_t kMaxIndexed = std::uint64_t{1} << 32;
    static constexpr std::size_t kMaxSets = 8;
    std::vector<std::string_view> texts_;
    std::vector<const CharSet*> sets_;
    // Offsets of one set, text after text. A plain array rather than a vector: the pass
    // makes room once per stretch of text and then writes through raw pointers, without
    // push_back's capacity test at every kept character. Grown with realloc, which can
    // move large blocks without copying them.
    struct Free {
        void operator()(std::uint32_t* p) const noexcept { std::free(p); }
    };
    struct Positions {
        std::unique_ptr<std::uint32_t[], Free> data;
        std::size_t size = 0;
        std::size_t capacity = 0;
        /// Makes room for `more` offsets after the first `size`. Inline when there is room
        /// (nearly always: the first block holds a report's set), as the pass asks for
        /// every set at every paragraph.
        void reserve_more(std::size_t more) {
            if (capacity - size < more) grow(more);
        }
        void grow(std::size_t more);
    };
    Positions pos_[kMaxSets];                    // per set: offsets, text after text
    std::vector<std::size_t> begin_[kMaxSets];   // per set: first offset of each text, and the end
    std::vector<std::size_t> sizes_;             // each text's size
};

}  // namespace govreport::util

#endif
