// Responsible bodies and persons: organ names resolved against the issuer, titled persons.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_EXTRACT_BODIES_HPP
#define GOVREPORT_EXTRACT_BODIES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <govreport/report.hpp>

#include "extract/place_index.hpp"
#include "segment/paragraphs.hpp"
#include "util/gazetteer.hpp"
#include "util/bigram_set.hpp"
#include "util/char_set.hpp"
#include "util/scan_index.hpp"

namespace govreport::extract {

/// True when the bytes `eight` (loaded in memory order on a little-endian host) start with
/// a 1 that does not start 12345, the only anchor that starts with a 1: the body scan skips
/// such a position without decoding it (a report writes thousands of numbers).
inline bool lone_one(std::uint64_t eight) noexcept {
    constexpr std::uint64_t kHotline = 0x3534333231ull;  // "12345", little-endian
    return (eight & 0xFF) == '1' && (eight & 0xFFFFFFFFFFull) != kHotline;
}

/// True when the bytes `eight` (loaded in memory order on a little-endian host) start with
/// a character that util::decode() reads on its three-byte path: lead E1–EC or EE–EF, two
/// continuation bytes.
inline bool plain_three_byte_lead(std::uint64_t eight) noexcept {
    // After the form test the lead is E0–EF: bit (lead & 15) of 0xDFFE is 0 for E0 and ED
    // only (one shift instead of two comparisons).
    return (eight & 0xC0C0F0) == 0x8080E0 && ((0xDFFEu >> (eight & 0xF)) & 1) != 0;
}

/// The code point of the plain three-byte character at the front of `eight`.
inline char32_t three_byte_code_point(std::uint64_t eight) noexcept {
    // The second byte's six bits shifted down by 8 and up by 6 in one shift by 2.
    return static_cast<char32_t>(((eight & 0x0F) << 12) | ((eight >> 2) & 0xFC0) |
                                 ((eight >> 16) & 0x3F));
}

/// The first two characters of a list of words, exactly, keyed by their six bytes: for
/// words that start with two plain three-byte characters (Han characters and CJK
/// punctuation, nearly every character of a report). The scans test a position from its
/// bytes without decoding it: one multiplication and a comparison or two. Words that start
/// with another character (12345) are not held: no such position is tested here. Words
/// that start with a three-byte character but not with two make the set irregular(): the
/// scans then test every position the slow way.
class PairBytes {
public:
    void add(std::string_view word);
    /// Builds the table; call after the last add().
    void seal();
    bool irregular() const noexcept { return irregular_; }
    /// `eight`: the eight bytes at a position (loaded in memory order on a little-endian
    /// host) that starts with a plain three-byte character (lead E1–EC or EE–EF). A
    /// position whose second character is not one matches no key.
    bool contains(std::uint64_t eight) const noexcept {
        const std::uint64_t key = eight & kSixBytes;
        for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
            const std::uint64_t k = slots_[i];
            if (k == key) return true;
            if (k == 0) return false;
        }
    }
    /// contains(), or true for a few positions in a thousand that it would turn away: a
    /// bit per hash of the key, no probe loop. For the scans whose slower tests are exact
    /// anyway: one load and no branch instead of the probes, whose two data-dependent
    /// branches were a tenth of the body scan's mispredicts.
    bool may_contain(std::uint64_t eight) const noexcept { return may_contain_product(product(eight)); }
    /// The product may_contain() hashes the six bytes of a position with, shifted to the
    /// top of the word (no mask): its bits 32–39 depend on the first three bytes only (the
    /// first character), which a caller may hash as well with no second multiplication.
    static std::uint64_t product(std::uint64_t eight) noexcept { return (eight << 16) * kMul; }
    bool may_contain_product(std::uint64_t product) const noexcept {
        const std::size_t bit = static_cast<std::size_t>(product >> (64 - kFilterLog2));
        return ((filter_[bit >> 6] >> (bit & 63)) & 1) != 0;
    }
    static constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    /// Whether the eight bytes may start one of the words by more than their first two
    /// characters: the first eight bytes of each word of eight bytes or more, the first six
    /// of the shorter ones. Also a filter (it never turns away a position a word starts at,
    /// and lets through about one in thirty others), for the positions may_contain() lets
    /// through: most of those start a common word that shares only two characters with a
    /// word of the set (建设 with 建设街道, 国家 with 国家发展和改革委员会). The eight bytes
    /// must all be the text's.
    bool may_start(std::uint64_t eight) const noexcept {
        // The top bits of the products: the only ones every byte of the key reaches.
        const auto a = static_cast<std::size_t>(((eight & kSixBytes) * kShortMul) >> starts_shift_);
        const auto b = static_cast<std::size_t>((eight * kLongMul) >> starts_shift_);
        return (((starts_[a >> 6] >> (a & 63)) | (starts_[b >> 6] >> (b & 63))) & 1) != 0;
    }

private:
    static constexpr std::uint64_t kSixBytes = 0xFFFFFFFFFFFFull;
    // may_start()'s hashes of the six-byte and of the eight-byte keys (odd, and other than
    // slot()'s: its bits do not follow the slots').
    static constexpr std::uint64_t kShortMul = 0xC2B2AE3D27D4EB4Full;
    static constexpr std::uint64_t kLongMul = 0xFF51AFD7ED558CCDull;
    std::size_t slot(std::uint64_t key) const noexcept {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & mask_;
    }
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint64_t> slots_{0};  // open addressing; 0 is no key (no lead byte is 0)
    std::size_t mask_ = 0;
    // may_contain()'s bits: a fixed number, read with a shift and no mask (64 per key up
    // to a thousand keys; a report's anchors are a few hundred). Set by seal().
    static constexpr unsigned kFilterLog2 = 16;
    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((std::size_t{1} << kFilterLog2) / 64);
    std::vector<std::uint64_t> short_keys_, long_keys_;  // may_start()'s keys, until seal()
    std::vector<std::uint64_t> starts_{0};  // may_start()'s bits: at least 64 per key
    unsigned starts_shift_ = 58;  // 64 - log2 of the bits
    bool irregular_ = false;
};

/// Fills report.bodies (one per canonical name, with every mention) and report.persons,
/// and links each measure to the bodies it mentions, actors first. Names inside 《》 are
/// not bodies; meetings (市政府常务会议) and places used alone (南通, 我市) are not either.
/// The anchors of a report's body scan: the places its bodies are named after (the
/// issuer's division, its ancestors, children and neighbours, the provinces) and the
/// characters a body can start with. extract_bodies() builds them itself unless given
/// those parse() built its scan index with.
struct BodyAnchors {
    const gazetteer::Division* issuer = nullptr;
    std::vector<const gazetteer::Division*> places;
    PlaceIndex index;      // place names (and short names) → index into places
    util::CharSet starts;  // first characters of every anchor, and 《》
    util::BigramSet pairs;  // their first two characters
    PairBytes pair_bytes;   // the same pairs of three-byte characters, exactly
};
BodyAnchors body_anchors(const Report& report);

/// How extract_bodies() works: with every shortcut (the default), or through the slow
/// paths that some of them replaced (lone 1s and title starts tested, measures linked
/// through lists), which the tests compare with the shortcuts.
enum class BodyScan { fast, without_shortcuts };

/// `scans`, when given, indexes the paragraphs in order; its set `title_set` holds
/// title_lead_chars() and its set `start_set` the starts of `anchors` (then not null).
void extract_bodies(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                    const util::ScanIndex* scans = nullptr, std::size_t title_set = 0,
                    std::size_t start_set = 0, const BodyAnchors* anchors = nullptr,
                    BodyScan scan = BodyScan::fast);

/// Where the person scan stops: the characters a title can start with.
const util::CharSet& title_lead_chars();

}  // namespace govreport::extract

#endif
