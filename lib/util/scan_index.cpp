// ScanIndex: the classifying pass and the cursors over its positions.
// SPDX-License-Identifier: MIT
#include "util/scan_index.hpp"

#include "util/utf8.hpp"

namespace govreport::util {

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

ScanIndex::ScanIndex(const std::vector<std::string_view>& texts, const Classes& table)
    : texts_(texts), sets_(table.sets_) {
    const std::size_t nsets = sets_.size();
    const std::uint8_t* const classes = table.table_.data();
    sizes_.reserve(texts.size());
    for (std::size_t i = 0; i < nsets; ++i) begin_[i].reserve(texts.size() + 1);
    for (std::string_view t : texts) {
        for (std::size_t i = 0; i < nsets; ++i) begin_[i].push_back(pos_[i].size());
        sizes_.push_back(t.size());
        if (std::uint64_t{t.size()} >= kMaxIndexed) continue;  // see cursor()
        const auto* const s = reinterpret_cast<const unsigned char*>(t.data());
        const std::size_t n = t.size();
        const std::size_t three = n < 2 ? 0 : n - 2;  // at < three: three bytes from at
        auto keep = [&](std::size_t at, unsigned c) {
            for (; c; c &= c - 1) pos_[__builtin_ctz(c)].push_back(static_cast<std::uint32_t>(at));
        };
        // The steps of CharSet::find(), so that a cursor stops where it would.
        for (std::size_t at = 0; at < n;) {
            while (at < three) {
                const unsigned b0 = s[at];
                if ((b0 & 0xF0u) != 0xE0u) break;
                const unsigned code = ((b0 & 0x0Fu) << 12) | (((s[at + 1] ^ 0x80u) & 0xFFu) << 6) |
                                      (s[at + 2] & 63u);
                if (const unsigned c = classes[code]) keep(at, c);
                at += 3;
            }
            if (at >= n) break;
            const unsigned b0 = s[at];
            if (b0 < 0x80) {
                if (const unsigned c = classes[b0]) keep(at, c);
                ++at;
                continue;
            }
            const char* p = t.data() + at;
            const char32_t c = decode(p, t.data() + n);
            if (c < 0x10000 && classes[c]) keep(at, classes[c]);
            at = static_cast<std::size_t>(p - t.data());
        }
    }
    for (std::size_t i = 0; i < nsets; ++i) begin_[i].push_back(pos_[i].size());
}

ScanIndex::Cursor ScanIndex::cursor(std::size_t t, std::size_t s) const noexcept {
    Cursor c;
    c.size_ = sizes_[t];
    if (std::uint64_t{c.size_} >= kMaxIndexed) {
        c.direct_ = sets_[s];
        c.text_ = texts_[t];
        return c;
    }
    c.pos_ = pos_[s].data();
    c.first_ = c.next_ = begin_[s][t];
    c.end_ = begin_[s][t + 1];
    return c;
}

}  // namespace govreport::util
