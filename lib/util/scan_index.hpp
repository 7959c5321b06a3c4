// ScanIndex: one pass over the paragraphs that finds the characters every scan stops at.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_UTIL_SCAN_INDEX_HPP
#define GOVREPORT_UTIL_SCAN_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "util/char_set.hpp"

namespace govreport::util {

/// The positions of the characters that belong to any of up to eight CharSets, per text,
/// each with the sets it belongs to. The extractors scan the same paragraphs for
/// different characters (numbers, title words, sentence ends): one classifying pass here
/// and a walk over its list per scan cost less than each scan testing every character
/// itself (issue 6). Cursor::find() answers exactly as CharSet::find() would.
class ScanIndex {
public:
    /// Classifies every character of every text: bit i of a position's class is set
    /// when the character is in sets[i].
    ScanIndex(const std::vector<std::string_view>& texts, const std::vector<const CharSet*>& sets);

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
            if (direct_) return direct_->find(text_, at);
            if (at < last_) next_ = first_;  // a look back: start over (the scans never do)
            last_ = at;
            while (next_ < end_ && ((events_[next_] >> 8) < at || (events_[next_] & bit_) == 0))
                ++next_;
            return next_ < end_ ? events_[next_] >> 8 : size_;
        }

    private:
        friend class ScanIndex;
        const std::uint32_t* events_ = nullptr;
        std::size_t first_ = 0, next_ = 0, end_ = 0, size_ = 0, last_ = 0;
        std::uint8_t bit_ = 0;
        const CharSet* direct_ = nullptr;  // texts of kMaxIndexed bytes and more are not indexed
        std::string_view text_;
    };

    /// Cursor over text `t` (its index in the constructor's list) for set `s`.
    Cursor cursor(std::size_t t, std::size_t s) const noexcept;
    std::size_t texts() const noexcept { return sizes_.size(); }

private:
    std::vector<std::string_view> texts_;
    std::vector<const CharSet*> sets_;
    // Offset in its text << 8 | the sets of the character there (one bit per set), text
    // after text. A paragraph of 16 MiB or more is scanned directly instead.
    static constexpr std::size_t kMaxIndexed = std::size_t{1} << 24;
    std::vector<std::uint32_t> events_;
    std::vector<std::size_t> begin_;   // first position of each text (and one past the last)
    std::vector<std::size_t> sizes_;   // each text's size
};

}  // namespace govreport::util

#endif
