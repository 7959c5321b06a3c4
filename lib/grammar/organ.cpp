// Instantiation of the organ-name rules and the national-body table.
// SPDX-License-Identifier: MIT
#include "grammar/organ_def.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "util/char_set.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(national_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organ_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(organ_sub_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_suffix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(meeting_word_type, iterator_type, context_type)

namespace {

// National bodies (DOMAIN.md §4.5), with the short forms reports use.
constexpr national_body kNational[] = {
    {"党中央", "党中央", "party_committee"},
    {"中共中央", "中国共产党中央委员会", "party_committee"},
    {"中共中央办公厅", "中共中央办公厅", "party_organ"},
    {"中办", "中共中央办公厅", "party_organ"},
    {"国务院", "国务院", "government"},
    {"国务院办公厅", "国务院办公厅", "government_department"},
    {"国办", "国务院办公厅", "government_department"},
    {"中央全面依法治国委员会", "中央全面依法治国委员会", "party_organ"},
    {"中央全面依法治国委员会办公室", "中央全面依法治国委员会办公室", "party_organ"},
    {"中央依法治国办", "中央全面依法治国委员会办公室", "party_organ"},
    {"全国人大常委会", "全国人民代表大会常务委员会", "peoples_congress"},
    {"全国人大", "全国人民代表大会", "peoples_congress"},
    {"全国政协", "中国人民政治协商会议全国委员会", "cppcc"},
    {"最高人民法院", "最高人民法院", "court"},
    {"最高法", "最高人民法院", "court"},
    {"最高人民检察院", "最高人民检察院", "procuratorate"},
    {"最高检", "最高人民检察院", "procuratorate"},
    {"中央纪委国家监委", "中央纪委国家监委", "supervisory_commission"},
    {"国家监委", "国家监察委员会", "supervisory_commission"},
    {"司法部", "司法部", "government_department"},
    {"公安部", "公安部", "government_department"},
    {"财政部", "财政部", "government_department"},
    {"国家发展改革委", "国家发展和改革委员会", "government_department"},
    {"国家市场监督管理总局", "国家市场监督管理总局", "government_department"},
    {"市场监管总局", "国家市场监督管理总局", "government_department"},
    {"国家数据局", "国家数据局", "government_department"},
};

template <class Rule, class Attr>
bool match(const Rule& rule, std::string_view text, Attr& attr, std::size_t& bytes) {
    iterator_type first = text.data();
    if (!x3::parse(first, text.data() + text.size(), rule, attr)) return false;
    bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

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

const KeyIndex& national_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_national_keys(add); });
    return index;
}
const KeyIndex& organ_word_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_organ_word_keys(add); });
    return index;
}
const KeyIndex& unit_suffix_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_unit_suffix_keys(add); });
    return index;
}
const KeyIndex& meeting_keys() {
    static const KeyIndex index([](auto add) { organ_detail::add_meeting_keys(add); });
    return index;
}

}  // namespace

const national_body* national_bodies(std::size_t& count) noexcept {
    count = sizeof kNational / sizeof kNational[0];
    return kNational;
}

bool match_national(std::string_view t, int& index, std::size_t& bytes) {
    return match(national_rule, t, index, bytes);
}
bool match_organ_word(std::string_view t, int& word, std::size_t& bytes) {
    return match(organ_word_rule, t, word, bytes);
}
bool match_organ_sub(std::string_view t, int& sub, std::size_t& bytes) {
    return match(organ_sub_rule, t, sub, bytes);
}
bool match_unit_suffix(std::string_view t, int& kind, std::size_t& bytes) {
    // The body scan asks at every character of a name; most start no suffix: one bit test
    // against the suffixes' first characters (read off the symbol table) before the table.
    static const util::CharSet leads = [] {
        util::CharSet set;
        organ_detail::add_unit_suffix_keys([&set](const std::string& key, int) { set.add_first(key); });
        return set;
    }();
    if (t.empty()) return false;
    const char* p = t.data();
    if (!leads.contains(util::decode(p, t.data() + t.size()))) return false;
    return match(unit_suffix_rule, t, kind, bytes);
}
bool match_meeting_word(std::string_view t, std::size_t& bytes) {
    x3::unused_type unused;
    return match(meeting_word_rule, t, unused, bytes);
}

bool match_national(std::string_view t, char32_t first, int& index, std::size_t& bytes) noexcept {
    return national_keys().find(t, first, index, bytes);
}
bool match_organ_word(std::string_view t, char32_t first, int& word, std::size_t& bytes) noexcept {
    return organ_word_keys().find(t, first, word, bytes);
}
bool match_unit_suffix(std::string_view t, char32_t first, int& kind, std::size_t& bytes) noexcept {
    return unit_suffix_keys().find(t, first, kind, bytes);
}
bool match_meeting_word(std::string_view t, char32_t first, std::size_t& bytes) noexcept {
    int unused = 0;
    return meeting_keys().find(t, first, unused, bytes);
}
std::u32string unit_suffix_leads() { return unit_suffix_keys().leads(); }
std::u32string organ_word_leads() { return organ_word_keys().leads(); }

}  // namespace govreport::grammar
