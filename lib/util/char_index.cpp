// CharIndex: checkpoints of code-point counts every 64 bytes.
// SPDX-License-Identifier: MIT
#include "util/char_index.hpp"

#include <cstring>

namespace govreport::util {

namespace {
// Code points in [p, end): bytes that are not continuation bytes (10xxxxxx). Eight bytes
// at a time: a continuation byte has bit 7 set and bit 6 clear.
inline std::uint64_t lead_bytes(const char* p, const char* end) noexcept {
    std::uint64_t n = 0;
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    for (; end - p >= 8; p += 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        // One 0/1 per byte, summed by a multiplication into the top byte (a popcount
        // without -mpopcnt is a library call).
        const std::uint64_t cont = (x & ~(x << 1) & kHigh) >> 7;
        n += 8 - ((cont * 0x0101010101010101ull) >> 56);
    }
    for (; p < end; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
}
}  // namespace

CharIndex::CharIndex(std::string_view text) : text_(text) {
    checkpoints_.reserve(text.size() / kStride + 2);
    std::uint64_t count = 0;
    checkpoints_.push_back(0);
    for (std::size_t at = 0; at + kStride <= text.size(); at += kStride) {
        count += lead_bytes(text.data() + at, text.data() + at + kStride);
        checkpoints_.push_back(count);
    }
}

std::uint64_t CharIndex::char_offset(std::uint64_t byte_offset) const noexcept {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const std::uint64_t block = byte_offset / kStride;
    const char* from = text_.data() + block * kStride;
    return checkpoints_[block] + lead_bytes(from, text_.data() + byte_offset);
}

void CharIndex::complete(Span& span) const noexcept {
    span.char_start = char_offset(span.start);
    span.char_end = char_offset(span.end);
}

}  // namespace govreport::util
