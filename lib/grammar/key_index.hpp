// KeyIndex: the keys of a symbol table by first character, for look-ups that answer as the
// table's x3::symbols rule does without walking its search tree.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_GRAMMAR_KEY_INDEX_HPP
#define GOVREPORT_GRAMMAR_KEY_INDEX_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace govreport::grammar {

// The keys of a symbol table by first code point, longest first within one code point:
// the first key that `text` starts with is the one x3::symbols' longest match finds (a key
// added twice keeps its first value there, and here).
class KeyIndex {
public:
    template <class AddKeys>
    explicit KeyIndex(AddKeys add_keys) {
        add_keys([this](const std::string& key, int value) {
            if (key.empty()) return;
            for (const Key& k : keys_)
                if (k.text == key) return;
            const char* p = key.data();
            const char32_t first = util::decode(p, key.data() + key.size());
            keys_.push_back({first, value, static_cast<std::size_t>(p - key.data()), key});
        });
        std::sort(keys_.begin(), keys_.end(), [](const Key& a, const Key& b) {
            if ((a.first & kMask) != (b.first & kMask)) return (a.first & kMask) < (b.first & kMask);
            if (a.first != b.first) return a.first < b.first;
            return a.text.size() > b.text.size();
        });
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            Bucket& b = buckets_[keys_[i].first & kMask];
            if (b.begin == b.end) b.begin = static_cast<std::uint16_t>(i);
            b.end = static_cast<std::uint16_t>(i + 1);
        }
    }

    bool find(std::string_view text, char32_t first, int& value, std::size_t& bytes) const noexcept {
        const Bucket b = buckets_[first & kMask];
        for (std::uint16_t k = b.begin; k < b.end; ++k) {
            const Key& key = keys_[k];
            const std::size_t size = key.text.size();
            if (key.first != first || size > text.size()) continue;
            // The first character is `first`: compare the bytes after it, inline (the keys
            // are a few bytes long, shorter than a call to memcmp).
            const char* const k_bytes = key.text.data();
            // Keys of one first character often share the second (国家监委, 国家数据局): the
            // last byte tells most of them apart at once.
            if (k_bytes[size - 1] != text[size - 1]) continue;
            std::size_t i = key.lead_bytes;
            while (i < size && k_bytes[i] == text[i]) ++i;
            if (i != size) continue;
            value = key.value;
            bytes = key.text.size();
            return true;
        }
        return false;
    }
    std::u32string leads() const {
        std::u32string out;
        for (const Key& k : keys_)
            if (out.find(k.first) == std::u32string::npos) out += k.first;
        return out;
    }

private:
    static constexpr char32_t kMask = 63;
    struct Key {
        char32_t first;
        int value;
        std::size_t lead_bytes;  // of the first character
        std::string text;
    };
    struct Bucket {
        std::uint16_t begin = 0, end = 0;  // the tables hold tens of keys
    };
    std::vector<Key> keys_;  // by bucket, code point, then longest first
    std::array<Bucket, kMask + 1> buckets_{};
};

}  // namespace govreport::grammar

#endif
