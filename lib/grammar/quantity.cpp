// Instantiation of the quantity rules and the composition of one quantity from them.
// SPDX-License-Identifier: MIT
#include "grammar/quantity_def.hpp"

#include <cstdlib>

#include "grammar/key_index.hpp"
#include "grammar/marker_rules.hpp"
#include "grammar/numeral.hpp"
#include "grammar/units.hpp"
#include "util/char_set.hpp"
#include "util/utf8.hpp"

namespace govreport::grammar {

BOOST_SPIRIT_INSTANTIATE(unit_rule_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(scale_rule_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(approx_suffix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_suffix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(range_separator_type, iterator_type, context_type)

namespace {

// A cursor over the text: each step tries one rule and advances only when it matches.
struct Cursor {
    const char* at;
    const char* end;

    template <class Rule, class Attr>
    bool take(const Rule& rule, Attr& attr) {
        const char* p = at;
        if (!x3::parse(p, end, rule, attr)) return false;
        at = p;
        return true;
    }
    template <class Rule>
    bool take(const Rule& rule) {
        const char* p = at;
        if (!x3::parse(p, end, rule)) return false;
        at = p;
        return true;
    }
    /// take(rule, ...) where the bytes next can start one of its words (`leads`).
    template <class Rule, class... Attr>
    bool take_at(const RuleLeads& leads, const Rule& rule, Attr&... attr) {
        return leads.may_start(at, end) && take(rule, attr...);
    }
    bool take_literal(std::string_view lit) {
        if (static_cast<std::size_t>(end - at) < lit.size() ||
            std::string_view(at, lit.size()) != lit)
            return false;
        at += lit.size();
        return true;
    }
    // marker_space matches nothing unless a blank (ASCII blank, U+3000 E3 80 80, U+00A0
    // C2 A0) is next: other bytes skip the rule, called three times per candidate.
    void skip_space() {
        if (at < end && (*at == ' ' || *at == '\t' || static_cast<unsigned char>(*at) == 0xE3 ||
                         static_cast<unsigned char>(*at) == 0xC2))
            take(marker_space());
    }
    std::string_view rest() const { return {at, static_cast<std::size_t>(end - at)}; }
    /// match_unit() here: the unit's index in unit_table().
    bool take_unit(int& index) {
        std::size_t bytes = 0;
        if (!match_unit(rest(), index, bytes)) return false;
        at += bytes;
        return true;
    }
};

// The unit surfaces by first character (the look-up unit_rule makes through its search
// tree, whose branches mispredicted about five times per number).
const KeyIndex& unit_keys() {
    static const KeyIndex index([](auto add) {
        std::size_t count = 0;
        const unit_info* table = unit_table(count);
        for (std::size_t i = 0; i < count; ++i) add(std::string(table[i].surface), static_cast<int>(i));
    });
    return index;
}

}  // namespace

// What may stand right after the numerals of a quantity: the first character of a unit,
// 余/多, 分之, a range separator.
const util::CharSet& after_numerals() {
    static const util::CharSet set = [] {
        util::CharSet s;
        std::size_t count = 0;
        const unit_info* units = unit_table(count);
        for (std::size_t i = 0; i < count; ++i) s.add_first(units[i].surface);
        s.add_all(U"余多分-—–－~～至到");
        return s;
    }();
    return set;
}

namespace {

// A quantity in Chinese numerals (三项, 两个, 百分之十五, 三至五次) has one of
// after_numerals() among or right after its numerals (blanks between allowed). 进一步,
// 统一, 一是 and 一批 are far more common, and stop here without running the grammar. The
// check is loose on purpose (any numeral character followed by one will do): it must never
// turn away what the grammar would accept. It looks at most kLook characters ahead and
// leaves longer runs to the grammar: numerals and blanks alternating for megabytes (一　一　…)
// start a candidate at every numeral, and an unbounded look would make them quadratic.
bool chinese_quantity_possible(std::string_view text) {
    constexpr int kLook = 48;
    const util::CharSet& after = after_numerals();
    const char* p = text.data();
    const char* const end = p + text.size();
    for (int looked = 0; p < end; ++looked) {
        if (looked == kLook) return true;
        const char32_t c = util::decode(p, end);
        if (after.contains(c)) return true;
        if (!is_chinese_numeral_char(c) && !util::is_space(c)) return false;
    }
    return false;
}

}  // namespace

bool match_unit(std::string_view text, int& index, std::size_t& bytes) {
    if (text.empty()) return false;
    const char* p = text.data();
    const char32_t first = util::decode(p, text.data() + text.size());
    return unit_keys().find(text, first, index, bytes);
}

bool match_unit_rule(std::string_view text, int& index, std::size_t& bytes) {
    iterator_type first = text.data();
    if (!x3::parse(first, text.data() + text.size(), unit_rule, index)) return false;
    bytes = static_cast<std::size_t>(first - text.data());
    return true;
}

bool parse_quantity_rule(std::string_view text, quantity_match& out) {
    if (!text.empty() && static_cast<unsigned char>(text[0]) >= 0x80) {
        const char* p = text.data();
        if (is_chinese_numeral_char(util::decode(p, text.data() + text.size())) &&
            !chinese_quantity_possible(text))
            return false;
    }
    Cursor c{text.data(), text.data() + text.size()};
    quantity_match q;

    // 百分之十五: a percentage written in words.
    // 百分之十五 / 千分之三: a percentage or per mille written in words; 百分之百 is 100%.
    const bool percent_words = c.take_literal("百分之");
    const bool permille_words = !percent_words && c.take_literal("千分之");
    numeral_match n;
    if (percent_words && c.take_literal("百")) {
        n.value = 100;
        n.value_text = "100";
        n.chinese = true;
    } else {
        if (!parse_numeral(c.rest(), n)) return false;
        c.at += n.bytes;
    }
    q.value = n.value;
    // Moved, not copied: the numeral's text is only read again as the start of the
    // quantity's (the first `numeral_text` bytes) for the scaled value below.
    q.value_text = std::move(n.value_text);
    const std::size_t numeral_text = q.value_text.size();
    q.chinese = n.chinese;
    if (percent_words || permille_words) {
        q.unit = percent_words ? "%" : "‰";
        q.kind = IndicatorKind::percent;
    } else if (n.chinese && c.take_literal("分之")) {
        // 三分之一: the denominator comes first.
        numeral_match num;
        if (!parse_chinese_number(c.rest(), num) || n.value == 0) return false;
        c.at += num.bytes;
        q.value = num.value / n.value;
        q.value_text = num.value_text + "/" + q.value_text;
        q.unit = "fraction";
        q.kind = IndicatorKind::ratio;
    } else if (!n.chinese && (c.take_literal(":") || c.take_literal("∶"))) {
        // 3.78:1, a ratio.
        numeral_match rhs;
        if (!parse_arabic_numeral(c.rest(), rhs)) return false;
        c.at += rhs.bytes;
        if (rhs.value == 0) return false;
        q.value = n.value / rhs.value;  // 3.78:1 → 3.78, 3:2 → 1.5
        q.value_text += ":" + rhs.value_text;
        q.unit = "ratio";
        q.kind = IndicatorKind::ratio;
    } else {
        // 10-20人: a range keeps its upper end; both ends share the unit.
        Cursor r = c;
        r.skip_space();
        numeral_match hi;
        if (r.take_at(kRangeLeads, range_separator_rule)) {
            r.skip_space();
            if (parse_numeral(r.rest(), hi) && hi.chinese == n.chinese) {
                r.at += hi.bytes;
                q.value_max = hi.value;
                q.value_text += "-" + hi.value_text;
                c = r;
            }
        }
    }
    q.number_bytes = static_cast<std::size_t>(c.at - text.data());
    const char* number_end = c.at;

    if (q.unit.empty()) {
        Cursor s = c;
        s.skip_space();
        // 20余万元 and 3万余: 余/多 may stand before or after the scale word.
        bool approx = s.take_at(kApproxLeads, approx_suffix_rule);
        double scale = 1;
        if (s.take_at(kScaleLeads, scale_rule, scale)) q.scale = scale;
        approx = s.take_at(kApproxLeads, approx_suffix_rule) || approx;
        if (approx) q.qualifier = Qualifier::at_least;
        s.skip_space();
        int unit = -1;
        std::size_t count = 0;
        const unit_info* table = unit_table(count);
        if (s.take_unit(unit) && !(q.chinese && table[unit].arabic_only)) {
            q.unit = table[unit].unit;
            q.kind = table[unit].kind;
            c = s;
        } else if (q.scale != 1 && !q.chinese) {
            // 3万余 / 2.8万 with no unit after it: the scale alone makes it a quantity.
            c.at = number_end;
            c.skip_space();
            c.take_at(kApproxLeads, approx_suffix_rule);
            c.take_at(kScaleLeads, scale_rule, scale);
            c.take_at(kApproxLeads, approx_suffix_rule);
            q.kind = IndicatorKind::count;
        } else {
            return false;
        }
    }
    int qual = 0;
    if (c.take_at(kQualifierLeads, qualifier_suffix_rule, qual)) q.qualifier = static_cast<Qualifier>(qual);
    q.bytes = static_cast<std::size_t>(c.at - text.data());
    // value × scale from the decimal text, so that 16.4亿 is exactly 1640000000 (binary
    // floating point would give 1639999999.9999998).
    q.normalized = q.value * q.scale;
    if (q.scale != 1 && !q.chinese) {
        int exponent = 0;
        for (double s = q.scale; s >= 10; s /= 10) ++exponent;
        q.normalized = decimal_value(std::string_view(q.value_text).substr(0, numeral_text), exponent);
    }
    out = std::move(q);
    return true;
}

namespace {

using util::key3;

// What the quick path reads: the numeral, then the rules' words by their bytes.
enum class Quick { no, yes, unsure };

// A position in the text with the key3() of the character there (0 when fewer than three
// bytes are left or it is ASCII): each rule's words are told apart by comparing it, read
// once per position instead of once per rule.
struct Peek {
    const char* at;
    const char* end;
    std::uint32_t key = 0;

    Peek(const char* p, const char* e) : at(p), end(e) { read(); }
    void read() noexcept { key = end - at >= 3 ? key3(at) : 0; }
    void advance(std::size_t bytes) noexcept {
        at += bytes;
        read();
    }
    unsigned char byte() const noexcept { return at < end ? static_cast<unsigned char>(*at) : 0; }
    std::uint32_t next_key() const noexcept { return end - at >= 6 ? key3(at + 3) : 0; }
    // A marker_space blank (ASCII blank, U+3000, U+00A0).
    bool blank() const noexcept {
        const unsigned char b = byte();
        return b == ' ' || b == '\t' || key == key3("\u3000") ||
               (b == 0xC2 && end - at >= 2 && static_cast<unsigned char>(at[1]) == 0xA0);
    }
    // Past every blank here, as Cursor::skip_space() (marker_space) goes.
    void skip_blanks() noexcept {
        while (blank()) {
            const unsigned char b = byte();
            advance(b < 0x80 ? 1 : b == 0xC2 ? 2 : 3);
        }
    }
};

// The numeral at the start of `text` (not empty) when it is a plain Arabic one or one
// Chinese digit before no other numeral character: where parse_numeral needs no grammar.
// `chinese_digit` is 0 for an Arabic numeral.
bool quick_numeral(std::string_view text, plain_numeral& arabic, int& chinese_digit) {
    const unsigned char lead = static_cast<unsigned char>(text[0]);
    if (static_cast<unsigned>(lead - '0') <= 9u) {
        chinese_digit = 0;
        return read_plain_arabic(text, arabic);
    }
    const char* p = text.data();
    const char* const end = p + text.size();
    chinese_digit = chinese_digit_value(util::decode(p, end));
    if (chinese_digit == 0) return false;
    const char* q = p;
    if (q != end && is_chinese_numeral_char(util::decode(q, end))) return false;
    arabic.bytes = static_cast<std::size_t>(p - text.data());
    return true;
}

// Whether what follows a numeral may begin a shape the quick path leaves to the rules: a
// range separator (- ~ — – － ～ 至 到), a ratio colon (: ∶), 分之 after a Chinese numeral
// (after an Arabic one 分 is a unit: 85分, 30分钟). Blanks are skipped before: see
// range_after_blanks().
// The range separators are listed here and in range_after_blanks() on purpose: one switch
// per position, where calling range_after_blanks() and then testing the rest cost 0.37 M
// more instructions on a 2.27 MB sample.
bool rare_after_numeral(const Peek& p, bool chinese) noexcept {
    const unsigned char b = p.byte();
    if (b < 0x80) return b == '-' || b == '~' || b == ':';
    switch (p.key) {
        case key3("—"): case key3("–"): case key3("－"): case key3("～"): case key3("至"):
        case key3("到"): case key3("∶"):
            return true;
        case key3("分"):
            return chinese;
        default:
            return false;
    }
}

// After blanks (8122.21 万元, the spacing of text taken from PDFs) the rule path still
// looks for a range separator (10 - 20 人), but no longer for a ratio colon or 分之.
bool range_after_blanks(const Peek& p) noexcept {
    const unsigned char b = p.byte();
    if (b < 0x80) return b == '-' || b == '~';
    switch (p.key) {
        case key3("—"): case key3("–"): case key3("－"): case key3("～"): case key3("至"):
        case key3("到"):
            return true;
        default:
            return false;
    }
}

// 余 or 多: approx_suffix_rule.
bool take_approx(Peek& p) noexcept {
    if (p.key != key3("余") && p.key != key3("多")) return false;
    p.advance(3);
    return true;
}

// The longest scale word (万 亿 千万 百万 万亿): scale_rule, as a power of ten.
bool take_scale(Peek& p, int& exponent) noexcept {
    int e = 0;
    std::size_t bytes = 6;
    switch (p.key) {
        case key3("万"):
            e = p.next_key() == key3("亿") ? 12 : 4;
            bytes = e == 12 ? 6 : 3;
            break;
        case key3("亿"): e = 8; bytes = 3; break;
        case key3("千"): e = p.next_key() == key3("万") ? 7 : 0; break;
        case key3("百"): e = p.next_key() == key3("万") ? 6 : 0; break;
        default: return false;
    }
    if (e == 0) return false;
    exponent = e;
    p.advance(bytes);
    return true;
}

// The qualifier word (以上 以下 以内 左右 上下): qualifier_suffix_rule.
bool take_qualifier(Peek& p, Qualifier& qualifier) noexcept {
    Qualifier q = Qualifier::none;
    switch (p.key) {
        case key3("以"): {
            const std::uint32_t next = p.next_key();
            if (next == key3("上")) q = Qualifier::at_least;
            else if (next == key3("下") || next == key3("内")) q = Qualifier::at_most;
            break;
        }
        case key3("左"): if (p.next_key() == key3("右")) q = Qualifier::approx; break;
        case key3("上"): if (p.next_key() == key3("下")) q = Qualifier::approx; break;
        default: return false;
    }
    if (q == Qualifier::none) return false;
    qualifier = q;
    p.advance(6);
    return true;
}

// The unit at the position: match_unit() with the first character already known.
bool take_unit(Peek& p, int& index) {
    if (p.at == p.end) return false;
    const char* q = p.at;
    const char32_t first = util::decode(q, p.end);
    std::size_t bytes = 0;
    if (!unit_keys().find(std::string_view(p.at, static_cast<std::size_t>(p.end - p.at)), first,
                          index, bytes))
        return false;
    p.advance(bytes);
    return true;
}

// parse_quantity_rule for its usual shapes: a plain Arabic numeral or one Chinese digit,
// then [余|多] [scale] [余|多] unit [qualifier], or an Arabic numeral with a scale and no
// unit, blanks allowed where the rules skip them. Each step compares bytes where the rule
// path runs a rule, and no string is built before the quantity is known to be one. Unsure
// of anything else (ranges, ratios, fractions, percent words, long or comma numerals): the
// rule path decides those.
Quick quick_quantity(std::string_view text, quantity_match& out) {
    plain_numeral arabic;
    int chinese_digit = 0;
    if (text.empty() || !quick_numeral(text, arabic, chinese_digit)) return Quick::unsure;
    const bool chinese = chinese_digit != 0;
    Peek p(text.data() + arabic.bytes, text.data() + text.size());
    if (p.blank()) {
        p.skip_blanks();
        if (range_after_blanks(p)) return Quick::unsure;
    } else if (rare_after_numeral(p, chinese)) {
        return Quick::unsure;
    }

    bool approx = take_approx(p);
    int exponent = 0;
    take_scale(p, exponent);
    approx = take_approx(p) || approx;
    // Blanks may stand before the unit too; without a unit the quantity ends before them.
    const char* const before_blanks = p.at;
    p.skip_blanks();
    int unit = -1;
    std::size_t count = 0;
    const unit_info* table = unit_table(count);
    if (!take_unit(p, unit) || (chinese && table[unit].arabic_only)) {
        // 3万余 / 2.8万 with no unit after it: the scale alone makes it a quantity.
        if (exponent == 0 || chinese) return Quick::no;
        unit = -1;
        p.at = before_blanks;
        p.read();
    }
    Qualifier qualifier = approx ? Qualifier::at_least : Qualifier::none;
    take_qualifier(p, qualifier);

    static constexpr double kScales[] = {1e0, 1e1, 1e2, 1e3, 1e4,  1e5, 1e6,
                                         1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    if (chinese) {
        out.value = chinese_digit;
        // clear() and append: the general replace behind assign() cost about fifty
        // instructions more per quantity (a few bytes, in the string's own room).
        out.value_text.clear();
        out.value_text.push_back(static_cast<char>('0' + chinese_digit));
        out.normalized = chinese_digit * kScales[exponent];
    } else {
        out.value = arabic.value(text);
        out.value_text.clear();
        out.value_text.append(text.data(), arabic.bytes);
        // value × scale from the decimal text, as parse_quantity_rule computes it.
        out.normalized = exponent == 0 ? out.value : arabic.value(text, exponent);
    }
    out.chinese = chinese;
    out.value_max.reset();
    out.scale = kScales[exponent];
    out.unit = unit < 0 ? std::string_view() : table[unit].unit;
    out.kind = unit < 0 ? IndicatorKind::count : table[unit].kind;
    out.qualifier = qualifier;
    out.number_bytes = arabic.bytes;
    out.bytes = static_cast<std::size_t>(p.at - text.data());
    return Quick::yes;
}

}  // namespace

bool parse_quantity(std::string_view text, quantity_match& out) {
    // The quick path first, even before chinese_quantity_possible(): it answers as the rule
    // path does, and that check only turns away what the rule path would (一是, 进一步),
    // which the quick path does as fast by finding no unit.
    switch (quick_quantity(text, out)) {
        case Quick::yes: return true;
        case Quick::no: return false;
        case Quick::unsure: break;
    }
    return parse_quantity_rule(text, out);
}

}  // namespace govreport::grammar
