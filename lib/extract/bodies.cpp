// Body and person extraction: anchors (national names, places, level words), organ tails,
// resolution against the issuer, mentions, persons with titles, and measure links.
// SPDX-License-Identifier: MIT
#include "extract/bodies.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "extract/organ_names.hpp"
#include "extract/place_index.hpp"
#include "grammar/organ.hpp"
#include "util/char_set.hpp"
#include "util/fast_format.hpp"
#include "util/scan_index.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/word_list.hpp"

namespace govreport::extract {

namespace {

using segment::Paragraph;
namespace gz = gazetteer;
using util::char_at;
using util::char_before;
using util::ends_with;
using util::next_char;
using util::starts_with;



// Level words that stand for "the 市 / 省 / 县 … this report is about".
constexpr std::string_view kLevelWords[] = {"自治区", "街道", "省", "市", "县", "区", "州",
                                            "旗",     "镇",   "乡"};
// First characters of the level words.
constexpr std::u32string_view kLevelLeads = U"自街省市县区州旗镇乡";
// The index of `lead` in kLevelLeads (its level word's in kLevelWords), or npos: a switch
// tells the ten apart in a few comparisons, where find() walked them (−0.1 M instructions
// on the corpus parsed twice).
constexpr std::size_t level_index(char32_t lead) noexcept {
    switch (lead) {
        case U'自': return 0;
        case U'街': return 1;
        case U'省': return 2;
        case U'市': return 3;
        case U'县': return 4;
        case U'区': return 5;
        case U'州': return 6;
        case U'旗': return 7;
        case U'镇': return 8;
        case U'乡': return 9;
        default: return std::u32string_view::npos;
    }
}
constexpr bool level_index_follows_leads() noexcept {
    for (std::size_t i = 0; i < kLevelLeads.size(); ++i)
        if (level_index(kLevelLeads[i]) != i) return false;
    return kLevelLeads.size() == std::size(kLevelWords);
}
static_assert(level_index_follows_leads(), "level_index() gives each lead its place in kLevelLeads");
// First characters of the standalone titles (局长, 主任, 书记 …).
constexpr std::u32string_view kTitleLeads = U"局副主院检部秘党总书处科所站队";
// Characters before a level word that make it part of another word (全市, 城市, 上市;
// 团区委, the Youth League's; 社区党委 and 景区, 片区, 小区: no district's. 园区 is a
// development zone's, read by zone_head_before()).
constexpr std::u32string_view kNotBeforeLevel = U"全我本各该城都超上门股楼夜菜县区省市镇乡街地州直辖跨同等团社景片小";
// Those of them that make words with 市 only (都市, 超市, 门市, 股市, 楼市, 夜市, 菜市):
// before another level word they may end a place's name (三都镇, 鼓楼街道, 夜郎镇).
constexpr util::CharSet kNotBeforeCityOnly = util::make_char_set(U"都超门股楼夜菜");
// Characters after one that do (市场, 市民, 区域, 县级, 区镇, 乡村, 区三级).
constexpr std::u32string_view kNotAfterLevel = U"场民值域级区县镇村内外属管情容貌面井里城份略街亲土别块间两三";
// As an organ, 市长 is not 市 + 长: titles are read by persons(), not as bodies.
constexpr std::u32string_view kTitleAfterLevel = U"长";

// Where a department's name cannot go on: function words and common verbs.
constexpr std::string_view kNameStops[] = {
    "的", "和", "与", "及", "在", "对", "为", "将", "把", "被", "等", "是", "了", "向", "从",
    "到", "并", "以", "于", "也", "还", "均", "都", "已", "要", "就", "不", "开展", "召开",
    "组织", "推动", "推进", "建立", "出台", "印发", "制定", "完成", "参加", "举办", "实施",
    "加强", "深化", "落实", "高度", "主要", "领导", "带头", "重视", "进行", "通过", "形成",
    "发出", "发布", "提供", "开设", "设置", "负责", "同志", "书记", "主任", "成立", "建成",
    "打造", "积极", "认真", "坚持", "全面", "持续", "切实", "深入", "联合", "共同", "牵头",
    "正式", "顺利", "成功", "已经", "先后", "相继", "依法", "主动", "部门", "单位", "部署",
    "部分", "届", "次会", "充分", "发挥", "争创", "申建", "按照", "根据", "依照", "围绕",
    "结合", "立足", "贯彻", "全体", "会同", "配合", "协同",
};
constexpr std::size_t kMaxNameChars = 12;
// Characters that make a following 部/局/科/处/所/站/院/委/厅 part of a common word: 干部,
// 全部, 布局, 东部, 全委 (a plenary meeting), 学院, 客厅.
constexpr std::u32string_view kNotBeforeUnit =
    U"干全布格结当分东西南北内外上下中大一各总场住之对难好出到来去学研地方数相局开闭客";
// A one-character suffix followed by these characters starts another word: 科室, 处理,
// 所有, 部署, 委员, 站点, 院校; or a rank (街道实职科长, 所长).
constexpr std::string_view kNotAfterUnit[] = {
    "科室", "科技", "科学", "科研", "科大", "处理", "处置", "处罚", "处分", "所有", "所在", "所属",
    "所得", "所以", "所长", "科长", "处长", "站点", "站位", "站长", "院校", "院士", "部分", "部署", "部门", "部位", "局面",
    "局势", "局部", "委员", "办理", "办法", "办事", "办好", "队伍", "队员", "厅堂", "馆藏",
};

// Verbs after a body that make it the actor of its clause.
constexpr std::string_view kActionVerbs[] = {
    "主持", "召开", "组织", "出台", "制发", "印发", "推动", "开展", "建立", "组建", "部署",
    "审议", "研究", "听取", "牵头", "建设", "推进", "高度重视", "坚持", "深化", "制定", "发布",
    "参加", "处理", "办理", "对接", "合作", "来启", "开展", "落实", "完善", "加强", "印发",
};

// Meetings are convened: 召开市委常委会 is a meeting, not the standing committee.
constexpr std::string_view kConvene[] = {"召开", "通过", "经", "提交", "提请"};

bool is_punct_stop(char32_t c) {
    return c < 0x80 || util::is_sentence_end(c) || util::is_space(c) || c == U'，' ||
           c == U'、' || c == U'“' || c == U'”' || c == U'《' || c == U'》' || c == U'（' ||
           c == U'）' || c == U'〈' || c == U'〉' || (c >= U'０' && c <= U'９');
}

// Titles that end a person's title (市委书记杨中坚, 市长蔡毅).
struct TitleWord {
    std::string_view text;
    std::string_view organ;  // the organ the title belongs to, after the level word
};
constexpr TitleWord kTitleCores[] = {
    {"委副书记", "委"}, {"委书记", "委"}, {"委常委", "委"}, {"委秘书长", "委"},
    {"常务副", "政府"}, {"副", "政府"}, {"长", "政府"},
    {"人大常委会主任", "人大常委会"}, {"人大常委会副主任", "人大常委会"},
    {"政协主席", "政协"}, {"政协副主席", "政协"}, {"纪委书记", "纪委"},
    {"监委主任", "监委"}, {"法院院长", "法院"}, {"检察院检察长", "检察院"},
};
// Titles written without a level word; the body they belong to is not known (but for a
// bureau's titles in a bureau's own report: persons()).
constexpr std::string_view kStandaloneTitles[] = {
    "局长", "副局长", "主任", "副主任", "院长", "副院长", "检察长", "部长", "副部长", "秘书长",
    "党组书记", "总书记", "书记", "副书记", "处长", "科长", "所长", "站长", "队长",
    "局党委书记", "局党委副书记", "局党组书记", "局党组副书记", "局党组成员", "局党委委员",
};
// Common surnames (the 百家姓 most in use): a person's name starts with one, which keeps
// words such as 会议 or 都及时 after a title from being taken for names.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    U"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    U"郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    U"焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    U"蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    U"全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    U"荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹"
    U"井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
    U"赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝"
    U"智幸奉植衡富尧闭由言";

// A person's name: two or three Han characters, then one of these or punctuation.
constexpr std::string_view kAfterName[] = {
    "主持", "多次", "同志", "带头", "出席", "强调", "指出", "表示", "要求", "参加", "率队", "调研",
    "召开", "亲自", "专题", "到", "深入", "一行", "在", "对", "为", "等", "作", "听取", "带领",
    "先后", "分别", "担任", "任", "代表", "批示", "部署", "研究", "审定", "签发", "组织",
    "就", "讲话", "汇报", "介绍", "通报", "宣读", "致辞", "发言", "传达", "带队", "督导",
    "走访", "陪同", "指导", "提出", "牵头", "作了", "解读", "总结", "点评",
};

// The byte tests below read eight bytes as one little-endian word.
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kFastBytes = true;
#else
constexpr bool kFastBytes = false;
#endif


// t.substr(pos) for pos <= t.size(), which the scans below know: std::string_view::substr
// checks and may throw, and stayed an out-of-line call in the loops.
inline std::string_view from(std::string_view t, std::size_t pos) noexcept {
    return {t.data() + pos, t.size() - pos};
}
// t.substr(pos, n) for pos + n <= t.size(), likewise.
inline std::string_view piece(std::string_view t, std::size_t pos, std::size_t n) noexcept {
    return {t.data() + pos, n};
}

// util::char_at(), reading a three-byte character from its bytes (char_at() was an
// out-of-line call). Always inlined: GCC left it a call of thirty instructions in tail()
// and level_word(), more than the read itself. The text is the paragraphs' (valid UTF-8:
// decoding repairs it), where the form of the bytes is test enough: a three-byte
// character reads as decode() reads it whatever its lead, E0 and ED included.
__attribute__((always_inline)) inline char32_t char_at3(std::string_view t, std::size_t at) noexcept {
    if (at + 3 <= t.size()) {
        const auto* s = reinterpret_cast<const unsigned char*>(t.data() + at);
        if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
            return static_cast<char32_t>(((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) |
                                         (s[2] & 0x3Fu));
    }
    return char_at(t, at);
}

// util::char_before(), reading a three-byte character before `at` from its bytes
// (decode_before() was an out-of-line call). Always inlined, and on valid UTF-8, as
// char_at3().
__attribute__((always_inline)) inline char32_t char_before3(std::string_view t, std::size_t at) noexcept {
    if (at >= 3) {
        const auto* s = reinterpret_cast<const unsigned char*>(t.data() + at - 3);
        if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
            return static_cast<char32_t>(((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) |
                                         (s[2] & 0x3Fu));
    }
    return char_before(t, at);
}

// Whether `eight` (bytes loaded as one little-endian word) starts with two characters of
// three bytes each, by their form alone: paragraph text is valid UTF-8 (decoding repairs
// it), where three_byte_code_point() reads such a character as decode() does whatever
// its lead (E0 and ED included), with fewer tests than util::starts_two_plain_three_byte().
inline bool two_three_byte_forms(std::uint64_t eight) noexcept {
    return (eight & 0xC0C0F0C0C0F0ull) == 0x8080E08080E0ull;
}

// What the scans below ask of a character: one look-up in one table for all of these.
enum CharClass : std::uint8_t {
    kNameEnd = 1 << 0,           // is_punct_stop() or a one-character word of kNameStops
    kNameStopLead = 1 << 1,      // the first character of a longer word of kNameStops
    kUnitLead = 1 << 2,          // the first character of a unit suffix
    kBeforeUnitWord = 1 << 3,    // kNotBeforeUnit
    kBeforeLevelWord = 1 << 4,   // kNotBeforeLevel
    kAfterLevelWord = 1 << 5,    // kNotAfterLevel
    kLevelLead = 1 << 6,         // kLevelLeads
    kSurname = 1 << 7,           // kSurnames
};

// The classes of every BMP code point (64 KiB), built once per process.
struct CharClasses {
    std::uint8_t bits[0x10000];
};
const CharClasses& char_classes() {
    static const CharClasses table = [] {
        CharClasses t{};
        const auto mark = [&t](std::u32string_view chars, std::uint8_t bit) {
            for (char32_t c : chars)
                if (c < 0x10000) t.bits[c] |= bit;
        };
        // is_punct_stop() holds only for ASCII and for characters of these ranges (NBSP,
        // the Ogham space, general punctuation, CJK punctuation, the BOM, full-width
        // forms): asking it there, not at all 65,536 code points, keeps this cheap.
        constexpr std::pair<char32_t, char32_t> kPunctBlocks[] = {
            {0, 0x100},       {0x1680, 0x1681}, {0x2000, 0x2070},
            {0x3000, 0x3020}, {0xFEFF, 0xFF00}, {0xFF00, 0xFF20}};
        for (const auto& [lo, hi] : kPunctBlocks)
            for (char32_t c = lo; c < hi; ++c)
                if (is_punct_stop(c)) t.bits[c] |= kNameEnd;
        // A one-character stop word ends a name wherever it stands, as punctuation does;
        // the longer ones need a look at the next character.
        for (std::string_view w : kNameStops) {
            const char* p = w.data();
            const char32_t first = util::decode(p, w.data() + w.size());
            mark(std::u32string(1, first), p == w.data() + w.size() ? kNameEnd : kNameStopLead);
        }
        mark(grammar::unit_suffix_leads(), kUnitLead);
        mark(kNotBeforeUnit, kBeforeUnitWord);
        mark(kNotBeforeLevel, kBeforeLevelWord);
        mark(kNotAfterLevel, kAfterLevelWord);
        mark(kLevelLeads, kLevelLead);
        mark(kSurnames, kSurname);
        return t;
    }();
    return table;
}

// A word list of one field of a table's rows (kTitleCores' texts, kMinistries' surfaces).
template <class Row, std::size_t N>
util::WordList words_of(const Row (&rows)[N], std::string_view Row::*field) {
    std::vector<std::string_view> words;
    words.reserve(N);
    for (const Row& row : rows) words.push_back(row.*field);
    return util::WordList(std::move(words));
}

// The word lists of the scans, built once per process; the extractor holds references so
// that its loops do not test a static guard at every character.
const util::WordList& name_stop_words() {
    static const util::WordList list(kNameStops);
    return list;
}
// The stop words of two characters, exactly, from their bytes; null when a longer one (or
// one the bytes cannot tell) would make the pair only a hint.
const PairBytes* name_stop_pairs() {
    static const std::optional<PairBytes> set = []() -> std::optional<PairBytes> {
        PairBytes b;
        for (std::string_view w : kNameStops) {
            if (w.size() > 6) return std::nullopt;
            if (w.size() == 6) b.add(w);
        }
        b.seal();
        if (b.irregular()) return std::nullopt;
        return b;
    }();
    return set ? &*set : nullptr;
}

const util::WordList& not_after_unit_words() {
    static const util::WordList list(kNotAfterUnit);
    return list;
}
const util::WordList& action_verb_words() {
    static const util::WordList list(kActionVerbs);
    return list;
}
const util::WordList& convene_words() {
    static const util::WordList list(kConvene);
    return list;
}
const util::WordList& after_name_words() {
    static const util::WordList list(kAfterName);
    return list;
}
const util::WordList& title_core_words() {
    static const util::WordList list = words_of(kTitleCores, &TitleWord::text);
    return list;
}
const util::WordList& standalone_title_words() {
    static const util::WordList list(kStandaloneTitles);
    return list;
}
// The first two characters of every title (persons() looks for titles first).
const util::BigramSet& title_pairs() {
    static const util::BigramSet set = [] {
        util::BigramSet b;
        b.add("常务");  // 常务副县长
        for (std::string_view lw : kLevelWords) {
            b.add("副" + std::string(lw));  // 副市长
            for (const TitleWord& tw : kTitleCores) b.add(std::string(lw) + std::string(tw.text));
        }
        for (std::string_view w : kStandaloneTitles) b.add(w);
        return b;
    }();
    return set;
}

// title_pairs(), exactly, from the bytes: all titles start with two Han characters.
const PairBytes& title_pair_bytes() {
    static const PairBytes set = [] {
        PairBytes b;
        b.add("常务");
        for (std::string_view lw : kLevelWords) {
            b.add("副" + std::string(lw));
            for (const TitleWord& tw : kTitleCores) b.add(std::string(lw) + std::string(tw.text));
        }
        for (std::string_view w : kStandaloneTitles) b.add(w);
        b.seal();
        return b;
    }();
    return set;
}

// The first four characters of every title (市委书记; 市委副书记: 市委副书), and the titles
// of two and three characters whole (市长, 副市长), hashed into 64 Ki bits. Most positions
// whose first two characters start a title start none (区委的, 省人民, 市政府, 自治区党委):
// the next two say so before title_at() reads the level word and both title lists. A
// filter: it never turns away a title; the few other positions it lets through,
// title_at() turns away.
class TitleStarts {
public:
    /// Adds the title made of `parts` (two characters or more in all).
    void add(std::initializer_list<std::string_view> parts) noexcept {
        char32_t c[4] = {0, 0, 0, 0};  // the first four characters; 0: a shorter title
        std::size_t n = 0;
        for (std::string_view part : parts)
            for (const char* p = part.data(); n < 4 && p < part.data() + part.size();)
                c[n++] = util::decode(p, part.data() + part.size());
        const std::uint32_t h = hash(c[0], c[1], c[2], c[3]);
        bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
    /// Whether a title may start with `a`, `b`, `c`, `d` (0 past the end of the text).
    bool may_start(char32_t a, char32_t b, char32_t c, char32_t d) const noexcept {
        return test(hash(a, b, 0, 0)) || test(hash(a, b, c, 0)) || test(hash(a, b, c, d));
    }

private:
    static std::uint32_t hash(char32_t a, char32_t b, char32_t c, char32_t d) noexcept {
        const std::uint64_t abc = (std::uint64_t{a} << 42) ^ (std::uint64_t{b} << 21) ^ c;
        const std::uint64_t x = (abc * 0x9E3779B97F4A7C15ull) ^ d;
        return static_cast<std::uint32_t>((x * 0xC2B2AE3D27D4EB4Full) >> 48);  // 16 bits
    }
    bool test(std::uint32_t h) const noexcept { return ((bits_[h >> 6] >> (h & 63)) & 1) != 0; }
    std::array<std::uint64_t, 1024> bits_{};
};

// Every title title_at() can read: a deputy prefix (none, 副, 常务副), a level word and a
// title core, or a title that stands alone.
const TitleStarts& title_starts() {
    static const TitleStarts set = [] {
        TitleStarts s;
        for (std::string_view deputy : {"", "副", "常务副"})
            for (std::string_view lw : kLevelWords)
                for (const TitleWord& tw : kTitleCores) s.add({deputy, lw, tw.text});
        for (std::string_view w : kStandaloneTitles) s.add({w});
        return s;
    }();
    return set;
}

// Whether `set` holds a character of one or two bytes in UTF-8 (below U+0800), or of two
// bytes (U+0080–U+07FF) when `from` is 0x80.
bool below_u800(const util::CharSet& set, char32_t from = 0) noexcept {
    std::uint64_t any = 0;
    for (std::size_t i = from / 64; i < 0x800 / 64; ++i) any |= set.word(i);
    return any != 0;
}

// Whether `set` holds a character whose UTF-8 starts with E0 or ED (U+0800–U+0FFF,
// U+D000–U+DFFF): the only three-byte forms plain_three_byte_lead() turns away. No body
// anchor or title lead does, and on paragraph text (valid UTF-8) the scans stop only at
// their characters: the loops between them test only the form of the bytes.
bool starts_e0_or_ed(const util::CharSet& set) noexcept {
    std::uint64_t any = 0;
    for (std::size_t i = 0x800 / 64; i < 0x1000 / 64; ++i) any |= set.word(i);
    for (std::size_t i = 0xD000 / 64; i < 0xE000 / 64; ++i) any |= set.word(i);
    return any != 0;
}


// The characters paragraph()'s byte test leaves to the slower tests: the book-title
// brackets and the anchors of one character (市, “), which BodyAnchors::pairs holds as
// singles and pair_bytes not at all. A filter on the three bytes of a character: 256 bits
// by a hash of them and one bit test. The hash is bits 32–39 of PairBytes::product() of
// the position, which depend on its first three bytes only: one multiplication serves
// both filters of the byte test. It never turns a stop away; the few other characters it
// lets through take the slower tests, which are exact.
struct StopFilter {
    std::uint64_t bits[4] = {};
    static unsigned hash(std::uint64_t product) noexcept {
        return static_cast<unsigned>(product >> 32) & 0xFF;
    }
    bool may_hold(std::uint64_t product) const noexcept {
        const unsigned h = hash(product);
        return ((bits[h >> 6] >> (h & 63)) & 1) != 0;
    }
};
const StopFilter& byte_test_stop_filter() {
    static const StopFilter filter = [] {
        StopFilter f;
        std::string utf8;
        for (std::string_view w : kLevelWords)
            if (w.size() == 3) utf8 += w;
        utf8 += "“《》部署";
        for (std::size_t i = 0; i + 3 <= utf8.size(); i += 3) {
            std::uint64_t x = 0;
            std::memcpy(&x, utf8.data() + i, 3);
            const unsigned h = StopFilter::hash(PairBytes::product(x));
            f.bits[h >> 6] |= std::uint64_t{1} << (h & 63);
        }
        return f;
    }();
    return filter;
}

// Where the name of a mediation studio quoted at `after` (right after a “) ends: the ”
// that closes it, when the name ends with 工作室 or 调解室; npos otherwise. Out of line: a
// report quotes thousands of words and names few studios, and paragraph()'s loop is
// lighter without the search inlined (−0.07 M instructions on the corpus parsed twice).
__attribute__((noinline)) std::size_t studio_close(std::string_view t, std::size_t after) noexcept {
    // Look only a studio name's length ahead: unclosed quotes must not make the scan
    // quadratic.
    constexpr std::size_t kMaxStudioBytes = 20 * 3;
    const std::size_t window =
        piece(t, after, std::min(kMaxStudioBytes + 3, t.size() - after)).find("”");
    if (window == std::string_view::npos) return window;
    const std::string_view inside = piece(t, after, window);
    return ends_with(inside, "工作室") || ends_with(inside, "调解室") ? after + window
                                                                   : std::string_view::npos;
}

// Bytes of a deputy or acting prefix before a level word in a title (副市长, 常务副县长,
// 代区长), or 0.
std::size_t deputy_prefix(std::string_view title) {
    if (starts_with(title, "常务副")) return std::string_view("常务副").size();
    if (starts_with(title, "副")) return std::string_view("副").size();
    if (starts_with(title, "代")) return std::string_view("代").size();  // acting: 代区长
    return 0;
}

// Characters that can start a title (persons() looks for titles first).
const util::CharSet& title_leads() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(kLevelLeads);
        s.add_all(kTitleLeads);
        s.add(U'常');  // 常务副市长
        return s;
    }();
    return set;
}

// First characters of the national bodies' names as written (国务院, 国办, 最高法 …).
const util::CharSet& national_leads() {
    static const util::CharSet set = [] {
        util::CharSet s;
        std::size_t count = 0;
        const grammar::national_body* table = grammar::national_bodies(count);
        for (std::size_t i = 0; i < count; ++i) s.add_first(table[i].surface);
        return s;
    }();
    return set;
}

// First characters of the organ words (委, 政府, 人大 …) after a place or level word.
const util::CharSet& organ_word_leads() {
    static const util::CharSet set = [] {
        util::CharSet s;
        s.add_all(grammar::organ_word_leads());
        return s;
    }();
    return set;
}

// The first two characters of the national bodies' names as written (国务, 国办, 市场 …):
// 市 starts 市场监管总局, and most 市 start no national body.
const util::BigramSet& national_pairs() {
    static const util::BigramSet set = [] {
        util::BigramSet b;
        std::size_t count = 0;
        const grammar::national_body* table = grammar::national_bodies(count);
        for (std::size_t i = 0; i < count; ++i) b.add(table[i].surface);
        return b;
    }();
    return set;
}

// State Council ministries and the audit office, as written and by their canonical names
// (DOMAIN.md §4.5). They are found from their last character, 部 or 署, looking back:
// their first characters (应急, 教育, 生态, 人社) begin common words, and a scan that
// stopped at all of them cost 3 % of the parse; 部 and 署 are rarer. 司法部, 公安部 and
// 财政部 are national bodies found from the front (grammar/organ.cpp).
struct Ministry {
    std::string_view surface, name;
};
constexpr Ministry kMinistries[] = {
    {"人力资源和社会保障部", "人力资源和社会保障部"}, {"人力资源社会保障部", "人力资源和社会保障部"},
    {"人社部", "人力资源和社会保障部"},           {"住房和城乡建设部", "住房和城乡建设部"},
    {"住房城乡建设部", "住房和城乡建设部"},       {"住建部", "住房和城乡建设部"},
    {"工业和信息化部", "工业和信息化部"},         {"工信部", "工业和信息化部"},
    {"文化和旅游部", "文化和旅游部"},             {"文旅部", "文化和旅游部"},
    {"退役军人事务部", "退役军人事务部"},         {"科学技术部", "科学技术部"},
    {"科技部", "科学技术部"},                     {"应急管理部", "应急管理部"},
    {"生态环境部", "生态环境部"},                 {"自然资源部", "自然资源部"},
    {"农业农村部", "农业农村部"},                 {"交通运输部", "交通运输部"},
    {"外交部", "外交部"},                         {"国防部", "国防部"},
    {"教育部", "教育部"},                         {"民政部", "民政部"},
    {"水利部", "水利部"},                         {"商务部", "商务部"},
    {"审计署", "审计署"},
    // Names of before 2018 that reports of those years use (DOMAIN.md §4.4: kept as written).
    {"环境保护部", "环境保护部"},                 {"国土资源部", "国土资源部"},
    {"农业部", "农业部"},                         {"文化部", "文化部"},
};
// After 部 or 署, characters that make it part of another word: 民政部门, 教育部分, 部署.
constexpr util::CharSet kNotAfterMinistry = util::make_char_set(U"门分位署队件");

const util::WordList& ministry_words() {
    static const util::WordList list = words_of(kMinistries, &Ministry::surface);
    return list;
}

// Bytes of the words of a development zone's name that end right before `at` (a 区):
// 高新 of 高新区, 经济技术开发 of 经济技术开发区; 0 if none.
std::size_t zone_head_before(std::string_view t, std::size_t at) {
    // Longer heads first: the first that matches is taken.
    static constexpr std::string_view kZoneHeads[] = {
        "经济技术开发", "高新技术产业开发", "高新技术开发", "综合保税", "高新", "经开", "开发",
        "保税", "综保", "自贸", "示范", "试验", "工业园", "产业园", "园"};
    const std::string_view before = t.substr(0, at);
    for (std::string_view head : kZoneHeads)
        if (ends_with(before, head)) return head.size();
    return 0;
}

// Whether the 和 at `at` joins the two halves of a department's name (人力资源和社会保障局,
// 住房和城乡建设局, 自然资源和规划局) rather than two organs or words (市委和市政府).
bool joins_department_name(std::string_view t, std::size_t at) {
    static constexpr std::string_view kBefore[] = {"资源", "住房", "规划", "文化", "工业", "发展",
                                                   "卫生", "教育", "科技", "农业", "商务", "广电"};
    static constexpr std::string_view kAfter[] = {"社会", "城乡", "自然", "旅游", "信息", "改革",
                                                  "计划", "体育", "工业", "农村", "投资", "规划"};
    if (at < 6) return false;
    const std::string_view before = t.substr(at - 6, 6), after = t.substr(at + 3, 6);
    return std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore) &&
           std::find(std::begin(kAfter), std::end(kAfter), after) != std::end(kAfter);
}

// The next-to-last characters of the ministries (障 of 人力资源和社会保障部, 计 of 审计署):
// most 部 and 署 of a report follow others (干部, 全部, 内部, 统一部署), and are turned
// away before the look-back.
const util::CharSet& ministry_next_to_last() {
    static const util::CharSet set = [] {
        util::CharSet s;
        for (const Ministry& m : kMinistries) {
            const char* const b = m.surface.data();
            std::size_t n = 0, k = 0;
            util::decode_before(b, b + m.surface.size(), &n);
            s.add(util::decode_before(b, b + m.surface.size() - n, &k));
        }
        return s;
    }();
    return set;
}

// Characters that can start a body whatever the report: national bodies, 中共, level
// words, the 12345 hotline and quoted studio names, and the book-title brackets; and the
// last characters of the ministries (部, 署), which paragraph() looks back from.
// body_anchors() adds the places.
util::CharSet fixed_body_starts() {
    util::CharSet s;
    std::size_t count = 0;
    const grammar::national_body* table = grammar::national_bodies(count);
    for (std::size_t i = 0; i < count; ++i) s.add_first(table[i].surface);
    s.add_first("中共");
    s.add_all(kLevelLeads);
    s.add(U'1');
    s.add(U'“');
    s.add(U'《');  // paragraph() tracks book titles: no body is found inside one
    s.add(U'》');
    s.add(U'部');
    s.add(U'署');
    return s;
}

// The children of one place, for child_place_at(): the list, and the first two
// characters of their full names hashed into 512 bits. Most places are followed by an
// organ's words (南通市司法局), which start no child's name: one bit says so before the
// scan for a name's end, and a name found is compared with the few children instead of
// looked up among the gazetteer's 90,000 names (a vector and two binary searches, a
// quarter of places_under()'s cost).
class ChildPlaces {
public:
    explicit ChildPlaces(const gz::Division* parent)
        : parent_(parent), township_(parent->level() == gz::Level::township) {
        if (township_) return;  // no children asked for
        children_ = gz::children(parent);
        for (const gz::Division* c : children_)
            if (c->name().size() >= 6) set(bits(c->name().data()));
    }
    const gz::Division* parent() const noexcept { return parent_; }
    // Kept here: asked at each place, Division::level() is an out-of-line call.
    bool township() const noexcept { return township_; }
    /// False when no child's full name starts with the six bytes at `p`.
    bool may_start(const char* p) const noexcept {
        const unsigned h = bits(p);
        return ((starts_[h >> 6] >> (h & 63)) & 1) != 0;
    }
    /// The first child named `name` (in code order, as gz::by_name() gives them), or null.
    const gz::Division* named(std::string_view name) const noexcept {
        for (const gz::Division* c : children_)
            if (c->name() == name) return c;
        return nullptr;
    }

private:
    static unsigned bits(const char* p) noexcept {
        std::uint64_t six = 0;
        std::memcpy(&six, p, 6);
        return static_cast<unsigned>((six * 0x9E3779B97F4A7C15ull) >> 55);  // 9 bits
    }
    void set(unsigned h) noexcept { starts_[h >> 6] |= std::uint64_t{1} << (h & 63); }
    const gz::Division* parent_;
    bool township_;
    std::vector<const gz::Division*> children_;
    std::array<std::uint64_t, 8> starts_{};
};

// The child of `parent` (its children `kids`) whose full name `t` continues with at `pos`
// (重庆市 + 长寿区司法局, 长沙市天心区 + 坡子街街道办事处), and its bytes in `n`; nullptr
// when none. Read only after a place that is followed by no level word, so that a place
// written with its parents names the last of them.
const gz::Division* child_place_at(std::string_view t, std::size_t pos, const ChildPlaces& kids,
                                   std::size_t& n) {
    if (kids.township() || t.size() < pos + 6 || !kids.may_start(t.data() + pos)) return nullptr;
    // A division's name ends with one of these within a few characters (长寿区, 坡子街街道):
    // each one found ends a name to look up.
    static constexpr util::CharSet kNameEnds = util::make_char_set(U"区县市镇乡道旗州盟");
    constexpr std::size_t kMaxChildBytes = 8 * 3;
    const std::string_view rest = t.substr(pos);
    const std::size_t limit = std::min(rest.size(), kMaxChildBytes);
    auto han_at = [&](std::size_t k) {
        if ((static_cast<unsigned char>(rest[k]) & 0xF0) != 0xE0) return char32_t{0};
        const char32_t c = char_at3(rest, k);
        return c >= 0x4E00 && c <= 0x9FFF ? c : char32_t{0};
    };
    // 、阿拉善盟, ）自由贸易试验区: no name follows; nor 各县市区 (全 starts 全州县).
    static constexpr util::CharSet kNotFirst = util::make_char_set(U"各本我该等和与及");
    if (const char32_t first = han_at(0); !first || kNotFirst.contains(first)) return nullptr;
    int looked = 0;  // names looked up: two at most (市中区 ends at its second)
    for (std::size_t k = 3; k + 3 <= limit && looked < 2; k += 3) {
        const char32_t c = han_at(k);
        if (!c) break;
        if (!kNameEnds.contains(c) || (c == U'道' && char_at3(rest, k - 3) != U'街')) continue;
        ++looked;
        const std::string_view name = rest.substr(0, k + 3);
        if (const gz::Division* d = kids.named(name)) {
            n = name.size();
            return d;
        }
    }
    return nullptr;
}

// A hash of bytes, eight at a time (std::hash of a view was a call of twice the cost
// for the names of a few dozen bytes hashed here).
inline std::uint64_t bytes_hash(std::string_view s) noexcept {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 32;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * kMul;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

// Indices of items by a hash of their keys (open addressing, at most half full). The keys
// stay with the items: find() asks `same(index)` whether the item at an index has the key
// looked up, for the slots whose hash is the key's.
class HashedIndices {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    template <class Same>
    std::size_t find(std::uint64_t hash, Same same) const noexcept {
        if (slots_.empty()) return npos;
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == npos) return npos;
            if (s.hash == hash && same(s.index)) return s.index;
        }
    }
    /// Adds `index` under `hash` (the caller has found no item with its key).
    void insert(std::uint64_t hash, std::size_t index) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        place(hash, index);
        ++used_;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::size_t index = npos;
    };
    void place(std::uint64_t hash, std::size_t index) noexcept {
        std::size_t i = hash & mask_;
        while (slots_[i].index != npos) i = (i + 1) & mask_;
        slots_[i] = {hash, index};
    }
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 64 : 2 * slots_.size());
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const Slot& s : old)
            if (s.index != npos) place(s.hash, s.index);
    }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0, used_ = 0;
};

class BodyExtractor {
public:
    BodyExtractor(const std::vector<Paragraph>& ps, Report& r, const util::ScanIndex* scans,
                  std::size_t title_set, std::size_t start_set, const BodyAnchors* anchors,
                  bool shortcuts)
        : ps_(ps),
          r_(r),
          scans_(scans),
          title_set_(title_set),
          start_set_(start_set),
          own_(anchors ? std::nullopt : std::optional<BodyAnchors>(body_anchors(r))),
          anchors_(anchors ? *anchors : *own_),
          shortcuts_(shortcuts) {}
    void run();

private:
    // Views, not strings: most bodies found are mentions of one already seen, and add()
    // copies these only for a new one (a string per mention was a third of add()).
    struct Found {
        std::size_t begin = 0, end = 0;  // paragraph text
        OrganParts parts;
        std::string_view fallback;  // the name as written (paragraph text or a constant)
        std::string_view kind;      // for fixed bodies (national, studio, hotline)
        std::string_view level;
        const gz::Division* division = nullptr;  // for fixed bodies of a known place
        bool fixed = false;
    };

    void paragraph(std::size_t pi);
    void bare_units(std::size_t pi);
    // The bytes of `s` from `pos` that name places under `where`, each the child of the one
    // before (长寿区, 天心区坡子街街道); `where` becomes the last of them. None before a
    // level or organ word (南通市委).
    std::size_t places_under(std::string_view s, std::size_t pos, const gz::Division*& where) {
        std::size_t n = 0;
        for (std::size_t m = 0;; n += m) {
            const char32_t c = char_at3(s, pos + n);  // read once for both tests
            if ((classes(c) & kLevelLead) || organ_word_leads_.contains(c)) break;
            const gz::Division* child = child_place_at(s, pos + n, children_of(where), m);
            if (!child) break;
            where = child;
        }
        return n;
    }
    // Adds the organ `parts` written at [begin, end) of paragraph pi's text `t`, named as
    // written when its place is unknown; returns what was added.
    Found add_written(std::size_t pi, std::string_view t, std::size_t begin, std::size_t end,
                      OrganParts parts) {
        Found f;
        f.begin = begin;
        f.end = end;
        f.parts = std::move(parts);
        f.fallback = piece(t, begin, end - begin);
        add(pi, f);
        return f;
    }
    // Departments listed after one found at `where` that ends at `end`, their place left
    // out (市发展改革委、国土资源局、规划局): added as that place's. Returns where the list
    // ends.
    std::size_t listed_departments(std::size_t pi, std::string_view t, std::size_t end,
                                   const gz::Division* where);
    // Where a bare 办事处 starts after a street's Party organ f ending at `end` (清波街道
    // 党工委、办事处), with a 、, 和 or 及 between: the street's office. 0 if none.
    static std::size_t street_office_after(std::string_view t, std::size_t end, const Found& f,
                                           const gz::Division* where);
    // Whether an organ's word (委, 政府, 人大常委会…) starts at `pos`.
    bool organ_word_at(std::string_view t, std::size_t pos) const {
        int w = 0;
        std::size_t n = 0;
        const char32_t first = char_at3(t, pos);
        return organ_word_leads_.contains(first) &&
               grammar::match_organ_word(from(t, pos), first, w, n);
    }
    // Out of line: inlined into paragraph(), its per-character loop kept its variables on
    // the stack (a fifth more instructions per character).
    __attribute__((noinline)) bool tail(std::string_view t, std::size_t pos, OrganParts& o,
                                        std::size_t& end) const;
    // `lead` is the character at `at`, `lead_end` the offset after it and `next` the
    // character there (0 at the end): the body scan has decoded them already. Inlined:
    // as a call its saving and restoring of registers was a third of its cost.
    __attribute__((always_inline)) bool level_word(std::string_view t, std::size_t at,
                                                   char32_t lead, std::size_t lead_end,
                                                   char32_t next, std::string_view& word,
                                                   bool in_title) const;
    bool level_word(std::string_view t, std::size_t at, std::string_view& word,
                    bool in_title = false) const;
    const gz::Division* level_division(char32_t lead, std::string_view level);
    std::size_t add(std::size_t pi, const Found& f);
    std::size_t body_of(const Found& f);  // the index of f's body in r_.bodies, added if new
    void persons(std::size_t pi);
    /// A division named by the Han characters right before the level word at `at`
    /// (南京 + 市), which the report's anchors do not hold; `begin` is set to its start.
    /// nullptr with `named` set: the gazetteer holds several places of that name and the
    /// report says not which (东湖街道, 三都镇); `begin` is set all the same.
    const gz::Division* place_before_level(std::string_view t, std::size_t at,
                                           std::string_view level, std::size_t& begin,
                                           bool& named);
    void make_mentions();  // the bodies' mentions from refs_, before link_measures()
    void link_measures();
    // Links the bodies of refs_[begin, end), mentions inside measure `measure`.
    void link_run(std::size_t measure, std::size_t begin, std::size_t end);
    // link_measures() as it was, with a list of actors and one of others per measure: the
    // slow path the tests compare it with.
    void link_measures_by_lists();

    std::uint8_t classes(char32_t c) const noexcept { return c < 0x10000 ? classes_.bits[c] : 0; }

    const std::vector<Paragraph>& ps_;
    Report& r_;
    const util::ScanIndex* scans_;  // the shared scan of parse(), or null: scan alone
    std::size_t title_set_, start_set_;
    // The report's anchors: those parse() built its scan index with, or our own (none
    // when given: an empty BodyAnchors is 24 KiB to clear at every parse).
    std::optional<BodyAnchors> own_;
    const BodyAnchors& anchors_;
    // Whether the shortcuts run (BodyScan::fast) or the slow paths they replaced, which
    // the tests compare them with.
    const bool shortcuts_;
    const gz::Division* const issuer_ = anchors_.issuer;
    // bare_units() reads only a town's or a street's report (asked once, not at each
    // paragraph through an out-of-line call).
    const bool township_issuer_ = issuer_ && issuer_->level() == gz::Level::township;
    const PlaceIndex& places_ = anchors_.index;
    const util::CharSet& starts_ = anchors_.starts;  // first characters of every anchor
    const std::vector<const gz::Division*>& place_list_ = anchors_.places;
    // The constant sets and lists, held here so the scans skip the static guard at every
    // character.
    const CharClasses& classes_ = char_classes();
    const util::CharSet& national_leads_ = national_leads();
    const util::CharSet& organ_word_leads_ = organ_word_leads();
    const util::BigramSet& national_pairs_ = national_pairs();
    const util::CharSet& title_leads_ = title_leads();
    const util::BigramSet& title_pairs_ = title_pairs();
    const PairBytes& title_pair_bytes_ = title_pair_bytes();
    const TitleStarts& title_starts_ = title_starts();
    // persons() tests positions from their bytes unless a title lead needs more.
    const bool title_byte_tests_ = kFastBytes && !title_pair_bytes_.irregular() &&
                                   !starts_e0_or_ed(title_leads_) && !below_u800(title_leads_);
    const StopFilter& byte_test_stops_ = byte_test_stop_filter();
    // paragraph() tests positions from their bytes unless some anchor needs more.
    const bool byte_tests_ = kFastBytes && !anchors_.pair_bytes.irregular() &&
                             !starts_e0_or_ed(anchors_.starts) && !below_u800(anchors_.starts, 0x80);
    const util::WordList& name_stops_ = name_stop_words();
    const PairBytes* const name_stop_pairs_ = name_stop_pairs();
    const util::WordList& not_after_unit_ = not_after_unit_words();
    const util::WordList& action_verbs_ = action_verb_words();
    const util::WordList& convene_ = convene_words();
    const util::WordList& after_name_ = after_name_words();
    const util::WordList& title_cores_ = title_core_words();
    const util::WordList& standalone_titles_ = standalone_title_words();
    const util::WordList& ministry_words_ = ministry_words();
    // The reporting department's Party group and committee (中共南京市司法局党组) and the
    // last character of its name (局): set by run() when the issuer is a department.
    std::string own_group_, own_committee_;
    char32_t own_unit_ = 0;
    const util::CharSet& ministry_ends_ = ministry_next_to_last();
    // division_of_level() of each level word (by its index in kLevelWords), asked once.
    std::array<const gz::Division*, std::size(kLevelWords)> level_places_{};
    std::array<bool, std::size(kLevelWords)> level_known_{};
    // The bodies by canonical name, and the body of an organ already seen by its place and
    // its words as written (the same words at the same place always name the same organ,
    // so the canonical name is built once, not at every mention). Both hash into slots of
    // indices and compare with keys kept where they are: the names in r_.bodies, the
    // words in seen_ as views of the paragraphs, which outlive the extractor. (A std::map
    // of names and an unordered_map of views cost a string and a node per body, and a
    // fifth of a small report's body stage.)
    HashedIndices by_name_;
    struct Seen {
        const gz::Division* place;
        std::string_view words;
        std::size_t body;
    };
    std::vector<Seen> seen_;
    HashedIndices by_words_;  // indices into seen_
    static std::uint64_t words_hash(const gz::Division* place, std::string_view words) noexcept {
        return bytes_hash(words) ^ (reinterpret_cast<std::uintptr_t>(place) * 0x9E3779B97F4A7C15ull);
    }
    // The index in r_.bodies of the body named `name` (its hash `hash`), or npos.
    std::size_t body_named(std::string_view name, std::uint64_t hash) const noexcept {
        return by_name_.find(hash, [&](std::size_t i) { return r_.bodies[i].name == name; });
    }
    // The children of the places places_under() has looked under, built on first use, by
    // a hash of the place (a report names a few dozen: a walk over the list cost more than
    // the filter saved).
    std::vector<ChildPlaces> child_places_;
    HashedIndices child_places_by_parent_;
    const ChildPlaces& children_of(const gz::Division* parent) {
        std::uint64_t h = reinterpret_cast<std::uintptr_t>(parent) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 32;
        const std::size_t k = child_places_by_parent_.find(
            h, [&](std::size_t i) { return child_places_[i].parent() == parent; });
        if (k != HashedIndices::npos) return child_places_[k];
        child_places_by_parent_.insert(h, child_places_.size());
        return child_places_.emplace_back(parent);
    }
    std::map<std::string, std::size_t> persons_by_name_;
    // persons()'s titles of one person, kept from paragraph to paragraph (a vector made and
    // freed at each paragraph, most of which name no one).
    std::vector<std::pair<std::size_t, std::size_t>> titles_;
    // Every mention found, in order; make_mentions() turns them into the bodies' mentions
    // once their numbers are known (pushed one by one, their vectors grew and moved them
    // about five times each).
    struct MentionRef {
        std::size_t body;
        std::uint64_t start, end;  // input offsets
        bool actor;
    };
    std::vector<MentionRef> refs_;
    bool refs_unordered_ = false;  // bare_units() added some after later ones
    // place_before_level()'s answers by name: the division, or nullptr and whether the
    // gazetteer holds the name at all (several places of that name). The names are views
    // of the paragraphs, hashed into slots of indices as by_words_ (an unordered_map of
    // strings made a string for each name asked and a node for each name).
    struct PlaceAnswer {
        std::string_view name;
        const gz::Division* division = nullptr;
        bool named = false;
    };
    std::vector<PlaceAnswer> place_answers_;
    HashedIndices place_memo_;  // indices into place_answers_
};

inline bool BodyExtractor::level_word(std::string_view t, std::size_t at, char32_t lead,
                                      std::size_t lead_end, char32_t next,
                                      std::string_view& word, bool in_title) const {
    // Most characters start no level word: one table look-up instead of ten comparisons.
    if (!(classes(lead) & kLevelLead)) return false;
    // Each level word has a first character of its own: only one can start here.
    std::string_view w(t.data() + at, lead_end - at);  // 省 市 县 区 州 旗 镇 乡
    char32_t after = next;
    if (lead == U'自' || lead == U'街') {
        w = lead == U'自' ? kLevelWords[0] : kLevelWords[1];  // 自治区, 街道
        if (!starts_with(from(t, at), w)) return false;
        after = char_at3(t, at + w.size());
    }
    // 区管委会: 管 starts no organ after a level word (市管干部, 区管单位) but 管委会; nor
    // 民 (市民) but 民政 (市民政局; 市民政务服务中心 is the citizens').
    const std::string_view rest = from(t, at + w.size());  // what follows the level word
    if (after && (classes(after) & kAfterLevelWord) &&
        !(after == U'管' && starts_with(rest, "管委会")) &&
        !(after == U'民' && starts_with(rest, "民政") && !starts_with(rest, "民政务")))
        return false;
    // 杭州市, 苏州市: 州 ends a city's short name, and the level word is the 市 after it. (A
    // 州 alone, 、州市场监管局 in a prefecture's report, is its own level word.)
    if (lead == U'州' && after == U'市') {
        const char32_t before = char_before3(t, at);
        if (before >= 0x4E00 && before <= 0x9FFF && !(classes(before) & kBeforeLevelWord))
            return false;
    }
    if (!in_title) {
        if (after && kTitleAfterLevel.find(after) != std::u32string_view::npos) return false;
        const char32_t before = char_before3(t, at);
        // 会同省发展改革委, 协同市司法局: 同 ends a verb there, not 同省 (the same province).
        const bool with = before == U'同' && (char_before3(t, at - 3) == U'会' ||
                                               char_before3(t, at - 3) == U'协');
        if (before && (classes(before) & kBeforeLevelWord) && !with &&
            !(lead != U'市' && kNotBeforeCityOnly.contains(before))) {
            // 各州市 (prefectures and cities) is a word, 杭州市 a city: 州 ends its short name
            // when a Han character that may end a name comes before it.
            if (!(before == U'州' && lead == U'市')) return false;
            const char32_t first = char_before3(t, at - 3);
            if (first < 0x4E00 || first > 0x9FFF || (classes(first) & kBeforeLevelWord))
                return false;
        }
    }
    word = w;
    return true;
}

std::size_t BodyExtractor::listed_departments(std::size_t pi, std::string_view t, std::size_t end,
                                             const gz::Division* where) {
    while (starts_with(from(t, end), "、")) {
        const std::size_t pos = end + std::string_view("、").size();
        // A level word or a place starts a body the scan finds itself (市财政局、市税务局).
        const char32_t first = char_at3(t, pos);
        if (!util::is_han(first) || (classes(first) & kLevelLead) || places_.may_start(first))
            return end;
        OrganParts parts;
        std::size_t stop = 0;
        // Departments and offices only: a list's 文化中心 or 图书馆 is seldom the place's.
        if (!tail(t, pos, parts, stop) || parts.word ||
            (parts.unit != grammar::unit_kind::department && parts.unit != grammar::unit_kind::office) ||
            stop - pos < 2 * 3)
            return end;
        // The name ends the item: a list mark, the clause's end, or a word no name goes on
        // with (等, 和, 积极…) follows.
        const char32_t next = char_at3(t, stop);
        if (stop < t.size() && next != U'、' && next != U'，' && next != U'。' && next != U'；' &&
            next != U',' && !name_stops_.starts_any(from(t, stop)))
            return end;
        parts.place = where;
        add_written(pi, t, pos, stop, std::move(parts));
        end = stop;
    }
    return end;
}

std::size_t BodyExtractor::street_office_after(std::string_view t, std::size_t end, const Found& f,
                                              const gz::Division* where) {
    if (!where || where->level() != gz::Level::township) return 0;
    const std::string_view organ = piece(t, f.begin, end - f.begin);
    if (!ends_with(organ, "工委") && !ends_with(organ, "党委")) return 0;
    const std::string_view rest = from(t, end);
    for (std::string_view join : {"、", "和", "及"})
        if (starts_with(rest, join) && starts_with(rest.substr(join.size()), "办事处"))
            return end + join.size();
    return 0;
}

bool BodyExtractor::level_word(std::string_view t, std::size_t at, std::string_view& word,
                               bool in_title) const {
    if (at >= t.size()) return false;
    const char* p = t.data() + at;
    const char32_t lead = util::decode(p, t.data() + t.size());
    if (!(classes(lead) & kLevelLead)) return false;
    const std::size_t lead_end = static_cast<std::size_t>(p - t.data());
    return level_word(t, at, lead, lead_end, char_at3(t, lead_end), word, in_title);
}

const gz::Division* BodyExtractor::level_division(char32_t lead, std::string_view level) {
    // Level words have first characters of their own, in the order of kLevelWords.
    const std::size_t i = level_index(lead);
    if (i >= level_places_.size()) return division_of_level(level, issuer_);
    if (!level_known_[i]) {
        level_places_[i] = division_of_level(level, issuer_);
        level_known_[i] = true;
    }
    return level_places_[i];
}

bool BodyExtractor::tail(std::string_view t, std::size_t pos, OrganParts& o,
                         std::size_t& end) const {
    int w = 0;
    std::size_t n = 0;
    // The first character from one load of its bytes when they have the form of a
    // three-byte character (test enough on valid UTF-8, as below): char_at3() tests them
    // one by one (−0.07 M instructions on the corpus parsed twice).
    std::uint64_t head = 0;
    const char32_t first = kFastBytes && pos + 8 <= t.size() &&
                                   (std::memcpy(&head, t.data() + pos, 8), (head & 0xC0C0F0) == 0x8080E0)
                               ? three_byte_code_point(head)
                               : char_at3(t, pos);
    if (organ_word_leads_.contains(first) && grammar::match_organ_word(from(t, pos), first, w, n)) {
        o.word = static_cast<grammar::organ_word>(w);
        end = pos + n;
        int s = 0;
        std::size_t m = 0;
        if ((*o.word == grammar::organ_word::party_committee ||
             *o.word == grammar::organ_word::government) &&
            grammar::match_organ_sub(from(t, end), s, m)) {
            o.sub = static_cast<grammar::organ_sub>(s);
            o.sub_text = t.substr(end, m);
            end += m;
        }
        return true;
    }
    // A department or unit: name characters up to the longest unit suffix in reach. Each
    // character is decoded once; its classes say which of the tests below can hold.
    std::size_t best = 0;
    int best_kind = 0;
    std::size_t j = pos;
    const char* const text_end = t.data() + t.size();
    for (std::size_t chars = 0; j < t.size() && chars <= kMaxNameChars; ++chars) {
        char32_t c;
        std::size_t next;
        std::uint64_t x = 0;
        // Paragraph text is valid UTF-8 (decoding repairs it): the form of a three-byte
        // character is test enough, its code point read from the bytes is decode()'s for
        // leads E0 and ED too (−0.1 M instructions on the corpus parsed twice).
        const bool read = kFastBytes && j + 8 <= t.size() &&
                          (std::memcpy(&x, t.data() + j, 8), (x & 0xC0C0F0) == 0x8080E0);
        if (read) {
            c = three_byte_code_point(x);  // decode()'s three-byte path, from the bytes
            next = j + 3;
        } else {
            const char* p = t.data() + j;
            c = util::decode(p, text_end);
            next = static_cast<std::size_t>(p - t.data());
        }
        const std::uint8_t cls = classes(c);
        // Most characters of a name are none of these: one test for the three.
        if (!(cls & (kNameEnd | kNameStopLead | kUnitLead))) {
            j = next;
            continue;
        }
        if ((cls & kNameEnd) && !(c == U'和' && joins_department_name(t, j))) break;
        if (cls & kNameStopLead) {
            // The longer stop words have two characters: from the bytes when read.
            if (read && name_stop_pairs_ ? name_stop_pairs_->contains(x)
                                         : name_stops_.starts_any(from(t, j)))
                break;
        }
        // The longest suffix wins: at 法 in 法院 (a court) and at 院 the end is the same.
        // A one-character suffix after a word-final character is a word (干部, 布局).
        // Only 管委会 and 管理委员会 name an organ with no words before them (区管委会).
        if ((chars >= 1 || c == U'管') && (cls & kUnitLead)) {
            int k = 0;  // set here, not at every character: their addresses are taken
            std::size_t m = 0;
            if (grammar::match_unit_suffix(from(t, j), c, k, m)) {
                bool word = false;
                if (m == 3) {
                    word = (classes(char_before3(t, j)) & kBeforeUnitWord) != 0;
                    word = word || not_after_unit_.starts_any(from(t, j));
                    // 社科 (厦门市社科知识大赛) is social science; 人社局 is a bureau.
                    word = word || (c == U'科' && char_before3(t, j) == U'社');
                }
                if (j + m > best && !word) {
                    best = j + m;
                    best_kind = k;
                }
            }
        }
        j = next;
    }
    if (best == 0) return false;
    o.unit = static_cast<grammar::unit_kind>(best_kind);
    o.unit_text = t.substr(pos, best - pos);
    end = best;
    return true;
}

std::size_t BodyExtractor::body_of(const Found& f) {
    // A body already seen: by its words at its place, or (below) by its name.
    std::uint64_t seen_hash = 0;
    if (!f.fixed) {
        seen_hash = words_hash(f.parts.place, f.fallback);
        const std::size_t k = by_words_.find(seen_hash, [&](std::size_t i) {
            return seen_[i].place == f.parts.place && seen_[i].words == f.fallback;
        });
        if (k != HashedIndices::npos) return seen_[k].body;
    }
    // The canonical name, looked up as a view; the body's strings are made (or moved
    // from the organ's name) only for a new body.
    std::optional<OrganName> organ = f.fixed ? std::nullopt : resolved_organ(f.parts);
    // The place is unknown (no issuer, or 区 in a city's report): keep the words.
    const std::string_view name = organ ? std::string_view(organ->name) : f.fallback;
    const std::uint64_t name_hash = bytes_hash(name);
    std::size_t index = body_named(name, name_hash);
    if (index == HashedIndices::npos) {
        index = r_.bodies.size();
        Body& b = r_.bodies.emplace_back();
        util::set_item_id(b.id, 'b', index + 1);
        if (f.fixed) {
            b.name = f.fallback;
            b.kind = f.kind;
            b.level = f.level;
            b.division_code = division_code_of(f.division);
        } else if (organ) {
            b.name = std::move(organ->name);
            b.kind = organ->kind;
            b.level = organ->level;
            b.division_code = std::move(organ->code);
        } else {
            b.name = f.fallback;
            const auto guess = canonical_organ(f.parts);
            b.kind = guess ? guess->kind : std::string_view("other");
            if (guess) b.level = guess->level;  // 省教育厅: province, the province unknown
        }
        by_name_.insert(name_hash, index);
    }
    if (!f.fixed) {
        by_words_.insert(seen_hash, seen_.size());
        seen_.push_back({f.parts.place, f.fallback, index});
    }
    return index;
}

std::size_t BodyExtractor::add(std::size_t pi, const Found& f) {
    const Paragraph& p = ps_[pi];
    const std::size_t index = body_of(f);
    // An actor opens its clause or is followed by an action verb.
    const std::string_view t = p.text;
    const char32_t before = char_before3(t, f.begin);
    bool actor = f.begin == 0 || util::is_sentence_end(before) || before == U'，' || before == U'、';
    actor = actor || action_verbs_.starts_any(from(t, f.end));
    refs_.push_back({index, p.to_source_start(f.begin), p.to_source(f.end), actor});
    return index;
}

// 由司法所牵头, 平安办司法所配合: in a town's or a street's own report, a 司法所 written
// without its place is that place's, and so are its offices (平安办, 综治办, 党政办, 党政综合办,
// 法治工作办公室). (A county's are many: 各司法所 there names none; nor does 乡镇司法所 or
// 基层司法所, which the test of the character before turns away, as it does 街道司法所, which
// the scan has found with its level word.)
void BodyExtractor::bare_units(std::size_t pi) {
    if (!township_issuer_) return;
    static constexpr util::CharSet kBefore =
        util::make_char_set(U"由和与及、，,；;。：:（(“同办是向对在将把为经立");
    struct Unit {
        std::string_view text;
        grammar::unit_kind kind;
    };
    static constexpr Unit kUnits[] = {
        {"司法所", grammar::unit_kind::institution},  // as 街道司法所 is
        {"平安办", grammar::unit_kind::office},
        {"综治办", grammar::unit_kind::office},
        {"党政办", grammar::unit_kind::office},
        {"党政综合办", grammar::unit_kind::office},
        {"法治工作办公室", grammar::unit_kind::office},
    };
    const std::string_view t = ps_[pi].text;
    for (const Unit& unit : kUnits)
        for (std::size_t at = t.find(unit.text); at != std::string_view::npos;
             at = t.find(unit.text, at + unit.text.size())) {
            const char32_t before = at > 0 ? util::char_before(t, at) : 0;
            if (before >= 0x4E00 && !kBefore.contains(before)) continue;
            // 党政办公室 is a longer name than 党政办, which it does not mean here.
            if (util::starts_with(t.substr(at + unit.text.size()), "公室")) continue;
            OrganParts parts;
            parts.place = issuer_;
            parts.unit = unit.kind;
            parts.unit_text = piece(t, at, unit.text.size());
            add_written(pi, t, at, at + unit.text.size(), std::move(parts));
            refs_unordered_ = true;
        }
}

void BodyExtractor::make_mentions() {
    std::vector<std::size_t> counts(r_.bodies.size());
    for (const MentionRef& ref : refs_) ++counts[ref.body];
    for (std::size_t i = 0; i < counts.size(); ++i)
        r_.bodies[i].mentions.reserve(r_.bodies[i].mentions.size() + counts[i]);
    for (const MentionRef& ref : refs_) {
        Mention& m = r_.bodies[ref.body].mentions.emplace_back();
        m.span.start = ref.start;
        m.span.end = ref.end;
        m.text = r_.text.substr(ref.start, ref.end - ref.start);
    }
}

void BodyExtractor::paragraph(std::size_t pi) {
    const std::string_view t = ps_[pi].text;
    const char* const text_end = t.data() + t.size();
    int book_depth = 0;
    std::size_t last_end = std::string::npos;
    std::size_t found_end = std::string::npos;  // where the last body found ends
    // Where tail() last found no organ: a place whose name ends with its level word
    // (南通市) is tried at its first character and again at the level word, and the words
    // after both are the same (one call in fourteen, which fails again: −0.2 M instructions
    // on the corpus parsed twice).
    std::size_t no_tail = std::string::npos;
    const gz::Division* last_place = nullptr;
    std::size_t at = 0;
    // Nothing below can match at a character that starts no anchor: the scan jumps
    // between anchors and book-title brackets (starts_ holds both).
    util::ScanIndex::Cursor anchors = scans_ ? scans_->cursor(pi, start_set_)
                                             : util::ScanIndex::Cursor::direct(starts_, t);
    // `stepped`: the scan goes on right after the character it stopped at, and the next
    // stop is the next offset of the cursor's list (find_next()); else it goes on after
    // what a body consumed (find()).
    bool stepped = false;
    for (;;) {
        at = stepped ? anchors.find_next(at) : anchors.find(at);
        stepped = false;
        // Two three-byte characters here (nearly always): their bytes say whether they can
        // start an anchor, without decoding. The slower tests below see only the positions
        // that may (and those near the end, book-title brackets, other characters). The
        // others, two in three, are skipped in a loop of their own, which keeps what it
        // needs in registers.
        std::uint64_t x = 0;
        bool decoded = false;  // x holds the bytes at `at`, a position the filters let through
        if (byte_tests_) {
            while (at + 8 <= t.size()) {
                std::memcpy(&x, t.data() + at, 8);
                // The anchors' first characters are ASCII (1) or plain three-byte ones
                // (byte_tests_ says so), and the scan stops at them only: a stop that is
                // not ASCII is a three-byte character (one test of a bit, not of the form
                // of three bytes: −0.1 M instructions on the corpus parsed twice).
                if ((x & 0x80) == 0) {
                    // A 1 starts an anchor only in 12345: the thousands of other 1s of a
                    // report's numbers are skipped here instead of decoded below.
                    if (!shortcuts_ || !lone_one(x)) break;
                    at = anchors.find_next(at + 1);  // the stop after this one
                    continue;
                }
                // Filters all: the tests after them are exact. Most positions whose first
                // two characters start an anchor start none (建设 before 建设街道): the
                // first eight bytes say so (the slow path without the shortcuts tests them).
                // The depth of book titles is asked after the pair filter, which turns away
                // nearly every position (−0.06 M instructions on the corpus parsed twice).
                const std::uint64_t product = PairBytes::product(x);
                if (byte_test_stops_.may_hold(product) ||
                    (anchors_.pair_bytes.may_contain_product(product) && book_depth == 0 &&
                     (!shortcuts_ || anchors_.pair_bytes.may_start(x)))) {
                    decoded = true;
                    break;
                }
                at = anchors.find_next(at + 3);
            }
        }
        if (at >= t.size()) break;
        // The character here and the next one are decoded once, for every test below
        // (from the bytes already read when they are plain three-byte ones).
        char32_t c = 0, c2 = 0;
        std::size_t after = 0;
        if (decoded) {
            c = three_byte_code_point(x);
            after = at + 3;
            // (The form of three bytes is test enough on valid UTF-8, as in tail().)
            c2 = ((x >> 24) & 0xC0C0F0) == 0x8080E0 ? three_byte_code_point(x >> 24)
                                                    : char_at3(t, after);
        } else {
            const char* cp = t.data() + at;
            c = util::decode(cp, text_end);
            after = static_cast<std::size_t>(cp - t.data());
            c2 = char_at3(t, after);
        }
        if (c == U'《') { ++book_depth; at = after; stepped = true; continue; }
        if (c == U'》') { if (book_depth > 0) --book_depth; at = after; stepped = true; continue; }
        if (book_depth > 0) { at = after; stepped = true; continue; }  // inside a title only 《》 count
        // 局党组, 委党委: the Party group or committee of the department that reports,
        // written after the last character of its name alone (or after 我 or 本).
        if (c == U'党' && (c2 == U'组' || c2 == U'委') && at >= 3) {
            const std::string& name = c2 == U'组' ? own_group_ : own_committee_;
            if (!name.empty() && char_before3(t, at) == own_unit_) {
                std::size_t begin = at - 3;
                const char32_t before = char_before3(t, begin);
                if (before == U'我' || before == U'本') begin -= 3;
                const bool alone = begin == 0 || !(before >= 0x4E00 && before <= 0x9FFF) ||
                                   before == U'我' || before == U'本';
                const std::size_t floor = found_end == std::string::npos ? 0 : std::min(found_end, at);
                if (alone && begin >= floor && after + 3 <= t.size()) {
                    Found f;
                    f.begin = begin;
                    f.end = after + 3;  // 党 and 组 or 委
                    f.fixed = true;
                    f.fallback = name;
                    f.kind = "party_organ";
                    f.level = issuer_ ? gz::level_name(issuer_->level()) : "";
                    f.division = issuer_;  // 局党组 of 厦门市生态环境局: 350200
                    add(pi, f);
                    found_end = f.end;
                    last_end = std::string::npos;
                    at = f.end;
                    continue;
                }
            }
        }
        // 应急管理部, 审计署: a ministry ends here (kMinistries). Not one that starts inside
        // a body already found, nor after a level word (a local organ's words).
        if ((c == U'部' || c == U'署') && !kNotAfterMinistry.contains(c2) &&
            ministry_ends_.contains(char_before3(t, at))) {
            // (A body found ends at or before the scan: `at` never goes back.)
            const std::size_t floor = found_end == std::string::npos ? 0 : std::min(found_end, at);
            const std::size_t k = ministry_words_.suffix(piece(t, floor, after - floor));
            if (k != util::WordList::npos) {
                const std::size_t begin = after - kMinistries[k].surface.size();
                if (!(classes(char_before3(t, begin)) & kLevelLead)) {
                    Found f;
                    f.begin = begin;
                    f.end = after;
                    f.fixed = true;
                    f.fallback = kMinistries[k].name;
                    f.kind = "government_department";
                    f.level = "national";
                    add(pi, f);
                    found_end = after;
                    last_end = std::string::npos;
                    at = after;
                    continue;
                }
            }
        }
        // Most anchor characters start no anchor here (安全, 重要, 全面): the next one says so.
        // (The byte test let through singles, pairs that pairs holds and a few false hits,
        // which the exact tests below turn away as they would any position.)
        if (!decoded && !anchors_.pairs.may_start(c, c2)) { at = after; stepped = true; continue; }

        // “倪伯苍名人调解工作室”: a named studio in quotes.
        if (c == U'“') {
            const std::size_t close = studio_close(t, after);
            if (close != std::string_view::npos) {
                Found f;
                f.begin = after;
                f.end = close;
                f.fixed = true;
                f.fallback = piece(t, after, close - after);
                f.kind = "mediation_studio";
                f.level = issuer_ ? gz::level_name(issuer_->level()) : "";
                add(pi, f);
                found_end = f.end;
                at = close + 3;
                continue;
            }
            // Nothing else starts with a quote (national names, places and level words
            // start with Han characters): most quotes in a report end here.
            if (!places_.may_start(c)) {
                at = after;
                stepped = true;
                continue;
            }
        }
        // 12345 便民服务热线: the government service hotline.
        if (c == U'1' && starts_with(from(t, at), "12345")) {
            std::size_t e = at + 5;
            while (e < t.size() && t[e] == ' ') ++e;
            std::size_t hotline_end = 0;
            // The hotline words and the names they give (a constant: Found holds views).
            constexpr std::pair<std::string_view, std::string_view> kHotlines[] = {
                {"政务服务便民热线", "12345政务服务便民热线"},
                {"便民服务热线", "12345便民服务热线"},
                {"政务服务热线", "12345政务服务热线"},
                {"热线", "12345热线"}};
            for (const auto& [w, name] : kHotlines)
                if (starts_with(from(t, e), w)) {
                    Found f;
                    f.begin = at;
                    f.end = hotline_end = e + w.size();
                    f.fixed = true;
                    f.fallback = name;
                    f.kind = "service_platform";
                    f.level = issuer_ ? gz::level_name(issuer_->level()) : "";
                    add(pi, f);
                    found_end = f.end;
                    break;
                }
            // Without a hotline word, 12345 is a number like any other (the fuzzer found
            // this jump reading an unset end: results differed from run to run).
            at = hotline_end ? hotline_end : at + 5;
            continue;
        }
        int index = 0;
        std::size_t n = 0;
        // 国办发〔2022〕27号 is a document number, not a mention of 国务院办公厅.
        const auto in_doc_number = [&](std::size_t end) {
            const char32_t next = char_at3(t, end);
            return next == U'发' || next == U'函' || next == U'字' || next == U'〔';
        };
        // 集中办公, 其中办理, 全国办理: 中办 and 国办 inside words, before the verbs 办 makes;
        // 司法部门, 公安部门: a ministry's name inside 部门 (departments in general).
        const auto in_word = [&](std::size_t end) {
            static constexpr util::CharSet kAfterBan = util::make_char_set(U"公理案事学件结证照好实成");
            const char32_t next = char_at3(t, end);
            if (next == U'门' && ends_with(piece(t, at, end - at), "部")) return true;
            return end - at == 6 && (c2 == U'办') && kAfterBan.contains(next);
        };
        if (national_leads_.contains(c) && national_pairs_.may_start(c, c2) &&
            grammar::match_national(from(t, at), c, index, n) &&
            !in_doc_number(at + n) && !in_word(at + n)) {
            std::size_t count = 0;
            const grammar::national_body* table = grammar::national_bodies(count);
            Found f;
            f.begin = at;
            f.end = at + n;
            f.fixed = true;
            f.fallback = table[index].name;
            f.kind = table[index].kind;
            f.level = "national";
            add(pi, f);
            found_end = f.end;
            at = f.end;
            last_end = std::string::npos;
            continue;
        }
        // The place or level word starts here, or after 中共.
        std::size_t pos = at;
        char32_t lead = c, next = c2;
        std::size_t lead_end = after;
        if (c == U'中' && starts_with(from(t, pos), "中共")) {
            pos += 6;
            const char* q = t.data() + pos;
            lead = pos < t.size() ? util::decode(q, text_end) : 0;
            lead_end = static_cast<std::size_t>(q - t.data());
            next = char_at3(t, lead_end);
        }
        int place = -1;
        std::string_view level;
        const gz::Division* where = nullptr;
        std::size_t place_begin = at;  // where the mention starts, if a place is found before it
        bool bare_level = false;       // a level word alone (市, 区), not inherited
        if (places_.may_start(lead) && places_.match(from(t, pos), lead, place, n)) {
            where = place_list_[static_cast<std::size_t>(place)];
            std::string_view matched = t.substr(pos, n);
            pos += n;
            // 南通 + 市委: a short name followed by its own level word (not the full name:
            // 武汉市 + 市场监管局).
            // The full name too when an organ's word follows the level word: 浚县 + 县委,
            // 武汉市 + 市政府 (浚县县委 names 浚县's committee, not a department 县委).
            std::string_view w;
            if (classes(char_at3(t, pos)) & kLevelLead)
                for (std::string_view lw : kLevelWords)
                    if (starts_with(from(t, pos), lw) && ends_with(where->name(), lw) &&
                        (!ends_with(matched, lw) || organ_word_at(t, pos + lw.size())))
                        w = lw;
            pos += w.size();
            // 重庆市长寿区司法局, 南通市通州区: the place written last, after its parents, is
            // the organ's. (Not looked for before a level or organ word: 南通市委.)
            if (const std::size_t n = places_under(t, pos, where)) {
                matched = where->name();  // as written: a child is found by its full name
                pos += n;
            }
        } else if ((classes(lead) & kLevelLead) &&
                   level_word(t, pos, lead, lead_end, next, level, /*in_title=*/false)) {
            const bool inherits = last_end != std::string::npos && last_place &&
                                  piece(t, last_end, at - last_end) == "、" &&
                                  ends_with(last_place->name(), level);
            where = inherits ? last_place : level_division(lead, level);
            bare_level = !inherits && pos == at;
            pos += level.size();
        } else {
            at = after;
            stepped = true;
            continue;
        }
        OrganParts parts;
        parts.place = where;
        std::size_t end = 0;
        if (pos != no_tail && tail(t, pos, parts, end)) {
            // 南京市教育局 in 郑州's report, 唐家湾镇人民调解委员会: a place the report's
            // anchors do not hold, written before the level word. The organ is that place's,
            // not the issuer's 市 or 镇. (Looked for once an organ follows: level words
            // alone, 全市 and 我区, are many more.)
            // 高新区管委会, 经开区党工委: a development zone's organ. The zone is no division
            // (nor the issuer's 区): the body is named as written.
            const std::size_t zone = bare_level && level == "区" ? zone_head_before(t, at) : 0;
            if (zone) {
                place_begin = at - zone;
                parts.place = where = nullptr;
            } else if (bare_level) {
                bool named = false;
                if (const gz::Division* d = place_before_level(t, at, level, place_begin, named))
                    parts.place = where = d;  // 南通市委、市政府: the list goes on with it
                else if (!ends_with(parts.unit_text, "管委会") &&
                         !ends_with(parts.unit_text, "管理委员会"))
                    parts.level_word = level;  // 省教育厅 with no known province: its level
                // (区管委会 is a development zone's: no level.) A place of several of that
                // name (东湖街道办事处, 三都镇人民政府) starts the body all the same: its
                // name keeps the place as written (place_begin), with no division.
            }
            // 县政府部门, 市委部门: the departments in general, not the government itself.
            if (parts.word && starts_with(from(t, end), "部门")) {
                at = end;
                continue;
            }
            std::size_t meeting = 0;
            const bool convened = convene_.ends_any(piece(t, 0, at));
            const bool standing = parts.sub == grammar::organ_sub::standing_committee;
            if (grammar::match_meeting_word(from(t, end), char_at3(t, end), meeting) ||
                (standing && convened)) {
                at = end + meeting;  // a meeting: 市政府常务会议, 召开市委常委会
                continue;
            }
            // 政协获嘉县委员会: the place's CPPCC committee, not its party committee (县委).
            std::size_t begin = place_begin;
            if (parts.word == grammar::organ_word::party_committee && !parts.sub &&
                at >= 6 && piece(t, at - 6, 6) == "政协" && starts_with(from(t, end), "员会")) {
                parts.word = grammar::organ_word::cppcc;
                begin = at - 6;
                end += 6;
            }
            // 南通市通州区司法局 found at the 市 of 南通市: the district written after the
            // city is the department's.
            if (const gz::Division* place = where) {
                const std::size_t n = places_under(parts.unit_text, 0, place);
                if (n > 0 && n < parts.unit_text.size()) {  // a department's name goes on
                    parts.place = where = place;
                    parts.unit_text.remove_prefix(n);
                }
            }
            const Found f = add_written(pi, t, begin, end, std::move(parts));
            found_end = f.end;
            last_end = end;
            last_place = where;
            at = end;
            // 清波街道党工委、办事处: the street's office, named after its Party organ.
            if (std::size_t office = street_office_after(t, end, f, where)) {
                const std::size_t office_end = office + std::string_view("办事处").size();
                OrganParts street;
                street.place = where;
                street.unit = grammar::unit_kind::department;
                street.unit_text = piece(t, office, office_end - office);
                add_written(pi, t, office, office_end, std::move(street));
                found_end = last_end = at = office_end;
            } else if (where && f.parts.unit && !f.parts.word) {
                // 市发展改革委、国土资源局、规划局: departments listed after the first with
                // their place left out are that place's.
                found_end = last_end = at = listed_departments(pi, t, at, where);
            }
            continue;
        }
        no_tail = pos;
        at = after;
        stepped = true;
    }
}

// For each level word (kLevelWords), the characters that end a division's name before
// it (京 of 南京市, 龙 of 金龙街道): most organs' level words follow a character no name
// ends with (、, 在, 全), and are turned away before any look-up. Built on the first
// look-up from the gazetteer's generated lists, a few thousand characters: a pass over its
// 45,000 names here cost the first parse about 1 ms.
const std::array<util::CharSet, std::size(kLevelWords)>& division_name_ends() {
    static const auto sets = [] {
        std::array<util::CharSet, std::size(kLevelWords)> out;
        for (std::size_t k = 0; k < std::size(kLevelWords); ++k)
            for (const char16_t c : gz::name_ends(kLevelWords[k])) out[k].add(c);
        return out;
    }();
    return sets;
}

const gz::Division* BodyExtractor::place_before_level(std::string_view t, std::size_t at,
                                                      std::string_view level,
                                                      std::size_t& begin, bool& named) {
    named = false;
    {
        // Words that come before organs far more often than places end with them.
        static constexpr util::CharSet kBeforeOrgans =
            util::make_char_set(U"的在由经和与及对向将把按照据从于为被等同会各全本我该两其并或即至以报请");
        // 社区, 园区, 景区, 辖区, 片区, 小区: words, though a few names end so.
        static constexpr util::CharSet kBeforeQuWords = util::make_char_set(U"社园景辖片小");
        const char32_t before = char_before3(t, at);
        std::size_t k = 0;
        while (k < std::size(kLevelWords) && kLevelWords[k] != level) ++k;
        if (k == std::size(kLevelWords) || kBeforeOrgans.contains(before) ||
            (level == "区" && kBeforeQuWords.contains(before)) ||
            (level != "州" && !division_name_ends()[k].contains(before)))
            return nullptr;
    }
    // Two to four Han characters and the level word name a division of the gazetteer; one
    // character is left out (城区, 郊区, 新区 are words as well as names), but for 州: 苏州,
    // 杭州 and 广州 are cities' short names, and 州 alone (of an autonomous prefecture) after
    // one would take the city's first character for a word.
    const std::size_t fewest = level == "州" ? 1 : 2;
    for (std::size_t chars = 4; chars >= fewest; --chars) {
        if (at < chars * 3) continue;
        const std::size_t from_pos = at - chars * 3;
        bool han = true;
        for (std::size_t k = from_pos; k < at && han; k += 3) {
            const char32_t c = char_at3(t, k);
            han = c >= 0x4E00 && c <= 0x9FFF;
        }
        if (!han) continue;
        // The level word follows in the text (`level` is the one at `at`): the name is
        // the text's.
        const std::string_view name = piece(t, from_pos, at + level.size() - from_pos);
        // A look-up in the gazetteer's 90,000 names takes microseconds: each name is looked
        // up once per report.
        const std::uint64_t hash = bytes_hash(name);
        std::size_t k = place_memo_.find(
            hash, [&](std::size_t i) { return place_answers_[i].name == name; });
        if (k == HashedIndices::npos) {
            k = place_answers_.size();
            PlaceAnswer& a = place_answers_.emplace_back();
            a.name = name;
            const std::vector<const gz::Division*> candidates = gz::by_name(name);
            a.division = gz::resolve_candidates(candidates, issuer_);
            a.named = !candidates.empty();
            place_memo_.insert(hash, k);
        }
        if (place_answers_[k].named) {
            begin = from_pos;
            named = true;
            return place_answers_[k].division;
        }
    }
    return nullptr;
}

void BodyExtractor::persons(std::size_t pi) {
    const std::string_view t = ps_[pi].text;
    const char* const text_end = t.data() + t.size();
    // A title: a level word and a title core (市委书记, 市长), or a title that stands alone
    // (局长顾明事同志). Returns its end, or 0.
    auto title_at = [&](std::size_t pos) -> std::size_t {
        if (!title_leads_.contains(char_at3(t, pos))) return 0;
        // Most title leads start no title (市场, 全区, 主要): the next character says so.
        {
            const char* p = t.data() + pos;
            const char32_t first = util::decode(p, text_end);
            if (!title_pairs_.may_start(first, p < text_end ? util::decode(p, text_end) : 0))
                return 0;
        }
        // 副市长, 常务副县长: the deputy prefix comes before the level word.
        const std::size_t deputy = deputy_prefix(from(t, pos));
        std::string_view lw;
        if (level_word(t, pos + deputy, lw, /*in_title=*/true)) {
            const std::size_t best = title_cores_.longest_prefix(from(t, pos + deputy + lw.size()));
            if (best) return pos + deputy + lw.size() + best;
        }
        const std::size_t best = standalone_titles_.longest_prefix(from(t, pos));
        return best ? pos + best : 0;
    };
    std::vector<std::pair<std::size_t, std::size_t>>& titles = titles_;
    util::ScanIndex::Cursor leads = scans_ ? scans_->cursor(pi, title_set_)
                                          : util::ScanIndex::Cursor::direct(title_leads_, t);
    for (std::size_t at = 0, next = 0;;) {
        // title_at()'s first two tests, from the bytes (every title starts with two Han
        // characters) or with the characters decoded here: most leads stop, in a loop of
        // their own as in paragraph(). The byte test is a filter (PairBytes::may_contain):
        // the tests after it are exact.
        at = leads.find(next);
        if (title_byte_tests_) {
            while (at + 8 <= t.size()) {
                std::uint64_t x;
                std::memcpy(&x, t.data() + at, 8);
                // Every title lead is a plain three-byte character (title_byte_tests_ says
                // so), and the scan stops at title leads only: the bytes need no test of
                // their form (−0.07 M instructions on the corpus parsed twice).
                if (title_pair_bytes_.may_contain(x)) break;
                at = leads.find_next(at + 3);  // the stop after this one
            }
        }
        if (at >= t.size()) break;
        const char* cp = t.data() + at;
        char32_t c = 0, c2 = 0;
        std::uint64_t y = 0;
        if (kFastBytes && at + 8 <= t.size() &&
            (std::memcpy(&y, cp, 8), two_three_byte_forms(y))) {
            // Both characters from one load of their bytes, not decoded one by one
            // (−0.08 M instructions on the corpus parsed twice).
            c = three_byte_code_point(y);
            c2 = three_byte_code_point(y >> 24);
            cp += 6;
            next = at + 3;
        } else {
            c = util::decode(cp, text_end);
            next = static_cast<std::size_t>(cp - t.data());
            c2 = cp < text_end ? util::decode(cp, text_end) : 0;
        }
        if (!title_leads_.contains(c) || !title_pairs_.may_start(c, c2)) continue;
        // The next two characters turn away most of the rest (区委的, 自治区党委):
        // title_at() costs twenty times this test.
        if (shortcuts_) {
            char32_t c3 = 0, c4 = 0;
            std::uint64_t z = 0;
            if (kFastBytes && cp + 8 <= text_end &&
                (std::memcpy(&z, cp, 8), two_three_byte_forms(z))) {
                c3 = three_byte_code_point(z);  // one load, as for the first two
                c4 = three_byte_code_point(z >> 24);
            } else {
                c3 = cp < text_end ? util::decode(cp, text_end) : 0;
                c4 = cp < text_end ? util::decode(cp, text_end) : 0;
            }
            if (!title_starts_.may_start(c, c2, c3, c4)) continue;
        }
        // One or more titles joined by 、, then a name: 市委副书记、市长蔡毅.
        titles.clear();
        std::size_t pos = at;
        // Later in the list, a title may follow an organ's name written out
        // (副区长、公安荷塘分局局长言清): Han characters that end as an organ does, then a
        // title that names no organ of its own.
        auto organ_title_at = [&](std::size_t from_pos) -> std::size_t {
            constexpr std::size_t kMaxOrganChars = 10;
            for (std::size_t k = 2, e = from_pos; k <= kMaxOrganChars; ++k) {
                for (std::size_t c = (k == 2 ? 2 : 1); c > 0; --c, e += 3) {
                    const char32_t ch = char_at(t, e);
                    if (ch < 0x4E00 || ch > 0x9FFF) return 0;
                }
                const std::string_view organ = t.substr(from_pos, e - from_pos);
                bool organ_end = false;
                for (std::string_view end : {"局", "委", "办", "院", "厅", "中心", "会", "所"})
                    organ_end = organ_end || ends_with(organ, end);
                if (!organ_end) continue;
                if (const std::size_t best = standalone_titles_.longest_prefix(from(t, e)))
                    return e + best;
            }
            return 0;
        };
        while (const std::size_t e = titles.empty() ? title_at(pos)
                                                    : std::max(title_at(pos), organ_title_at(pos))) {
            titles.emplace_back(pos, e);
            pos = e;
            if (starts_with(from(t, pos), "、") &&
                (title_at(pos + 3) || organ_title_at(pos + 3)))
                pos += 3;
            else
                break;
        }
        if (titles.empty() || pos != titles.back().second) continue;
        // 代区长, 代市长: an acting head (the scan stops at the level word after 代).
        if (titles.front().first >= 3 && char_before3(t, titles.front().first) == U'代')
            titles.front().first -= 3;
        // The name: two or three Han characters, then a word that follows names.
        std::size_t name_end = 0;
        for (std::size_t len : {3u, 2u}) {
            const std::size_t e = pos + len * 3;
            if (e > t.size()) continue;
            bool han = true;
            for (std::size_t k = pos; k < e; k += 3) {
                const char32_t ch = char_at(t, k);
                han = han && ch >= 0x4E00 && ch <= 0x9FFF;
            }
            if (!han || !(classes(char_at(t, pos)) & kSurname)) continue;
            bool follows = e == t.size() || is_punct_stop(char_at(t, e));
            follows = follows || after_name_.starts_any(from(t, e));
            if (follows) { name_end = e; break; }
        }
        if (name_end == 0) continue;
        // 书记项目 (a programme of the Party secretaries): words that start with a surname.
        {
            static constexpr std::string_view kWordsNoNames[] = {"项目", "任务", "工作", "制度",
                                                                 "责任", "职责", "会议", "讲话"};
            const std::string_view name = t.substr(pos, name_end - pos);
            if (std::find(std::begin(kWordsNoNames), std::end(kWordsNoNames), name) !=
                std::end(kWordsNoNames))
                continue;
            // 成立由局长任组长的领导小组: a role (任 is also a surname).
            if (ends_with(name, "组长") || ends_with(name, "主任") || ends_with(name, "书记"))
                continue;
            // 主任任副主任: 任 (serves as) and a title cut short, not a name.
            bool title_inside = false;
            for (std::size_t k = pos + 3; k < name_end && !title_inside; k += 3) {
                const std::size_t deputy = starts_with(from(t, k), "副") ? 3 : 0;
                title_inside = standalone_titles_.longest_prefix(from(t, k + deputy)) != 0;
            }
            if (title_inside) continue;
        }
        Person h;
        h.name = std::string(t.substr(pos, name_end - pos));
        for (const auto& [b, e] : titles) h.titles.emplace_back(t.substr(b, e - b));
        h.title = std::string(t.substr(titles.front().first, titles.back().second - titles.front().first));
        // The body of the first title: 市委书记 → 中共启东市委员会, 市长 → 启东市人民政府.
        OrganParts parts;
        const std::string_view first =
            std::string_view(h.titles.front()).substr(deputy_prefix(h.titles.front()));
        std::string_view lw;
        level_word(first, 0, lw, /*in_title=*/true);
        parts.place = division_of_level(lw, issuer_);
        const std::string_view core = first.substr(lw.size());
        if (starts_with(core, "委") || starts_with(core, "纪委")) parts.word = grammar::organ_word::party_committee;
        else if (starts_with(core, "人大")) parts.word = grammar::organ_word::congress_standing;
        else if (starts_with(core, "政协")) parts.word = grammar::organ_word::cppcc;
        else if (starts_with(core, "法院")) parts.word = grammar::organ_word::court;
        else if (starts_with(core, "检察院")) parts.word = grammar::organ_word::procuratorate;
        else parts.word = grammar::organ_word::government;
        if (const auto c = resolved_organ(parts)) {
            const std::size_t b = body_named(c->name, bytes_hash(c->name));
            if (b != HashedIndices::npos) h.body = b;
        }
        const Paragraph& p = ps_[pi];
        // 区司法局局长宋周伟: a title that names no organ of its own (局长, 主任) is the
        // title of the organ written right before it, which the body scan found.
        std::size_t begin = at;
        if (h.body == npos) {
            const std::uint64_t title_start = p.to_source_start(at);
            const auto ref = std::lower_bound(
                refs_.begin(), refs_.end(), title_start,
                [](const MentionRef& m, std::uint64_t end) { return m.end < end; });
            if (ref != refs_.end() && ref->end == title_start &&
                ref->end - ref->start <= at &&
                p.to_source_start(at - (ref->end - ref->start)) == ref->start) {
                begin = at - static_cast<std::size_t>(ref->end - ref->start);
                h.body = ref->body;
                h.titles.front() = std::string(t.substr(begin, titles.front().second - begin));
                h.title = std::string(t.substr(begin, titles.back().second - begin));
            }
        }
        // 局长, 局党委书记 in a bureau's own report (南京市司法局): the issuer's titles.
        if (h.body == npos && r_.issuer && ends_with(*r_.issuer, "局") &&
            starts_with(std::string_view(h.titles.front()).substr(deputy_prefix(h.titles.front())), "局")) {
            const std::size_t b = body_named(*r_.issuer, bytes_hash(*r_.issuer));
            if (b != HashedIndices::npos) h.body = b;
        }
        Mention m;
        m.span.start = p.to_source_start(begin);
        m.span.end = p.to_source(name_end);
        m.text = r_.text.substr(m.span.start, m.span.end - m.span.start);
        const auto same = persons_by_name_.find(h.name);
        if (same != persons_by_name_.end()) {
            r_.persons[same->second].mentions.push_back(std::move(m));
        } else {
            util::set_item_id(h.id, 'h', r_.persons.size() + 1);
            h.mentions.push_back(std::move(m));
            persons_by_name_.emplace(h.name, r_.persons.size());
            r_.persons.push_back(std::move(h));
        }
        next = name_end;  // continue after the name
    }
}

void BodyExtractor::link_measures() {
    if (!shortcuts_) return link_measures_by_lists();
    const auto by_start = [](const MentionRef& a, const MentionRef& b) { return a.start < b.start; };
    // The scan finds mentions paragraph after paragraph, each in order: they are sorted
    // already, unless paragraphs map to the input out of order, and the sort kept them as
    // they were at a fifth of this function's cost.
    if (!std::is_sorted(refs_.begin(), refs_.end(), by_start))
        std::stable_sort(refs_.begin(), refs_.end(), by_start);
    // The mentions of one measure follow one another (the walk over the measures only goes
    // forward): each run is linked as it ends, actors first, instead of through two lists
    // per measure, whose growing was a third of this function's cost.
    std::size_t m = 0, run_begin = 0, run_measure = 0;
    bool in_run = false;
    for (std::size_t k = 0; k <= refs_.size(); ++k) {
        bool linked = false;
        if (k < refs_.size()) {
            const MentionRef& ref = refs_[k];
            while (m < r_.measures.size() && r_.measures[m].extent.end <= ref.start) ++m;
            linked = m < r_.measures.size() && r_.measures[m].extent.start <= ref.start;
        }
        if (in_run && (!linked || m != run_measure)) {
            link_run(run_measure, run_begin, k);
            in_run = false;
        }
        if (linked && !in_run) {
            in_run = true;
            run_begin = k;
            run_measure = m;
        }
    }
}

void BodyExtractor::link_measures_by_lists() {
    std::stable_sort(refs_.begin(), refs_.end(),
                     [](const MentionRef& a, const MentionRef& b) { return a.start < b.start; });
    std::size_t m = 0;
    std::vector<std::vector<std::size_t>> actors(r_.measures.size()), others(r_.measures.size());
    for (const MentionRef& ref : refs_) {
        while (m < r_.measures.size() && r_.measures[m].extent.end <= ref.start) ++m;
        if (m >= r_.measures.size() || r_.measures[m].extent.start > ref.start) continue;
        (ref.actor ? actors : others)[m].push_back(ref.body);
    }
    for (std::size_t i = 0; i < r_.measures.size(); ++i) {
        std::vector<std::size_t>& out = r_.measures[i].bodies;
        for (const auto* list : {&actors[i], &others[i]})
            for (std::size_t b : *list)
                if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    }
}

void BodyExtractor::link_run(std::size_t measure, std::size_t begin, std::size_t end) {
    std::vector<std::size_t>& out = r_.measures[measure].bodies;
    // At most one entry per mention of the run: one allocation, not one per doubling.
    out.reserve(out.size() + (end - begin));
    for (const bool actors : {true, false})
        for (std::size_t k = begin; k < end; ++k)
            if (refs_[k].actor == actors &&
                std::find(out.begin(), out.end(), refs_[k].body) == out.end())
                out.push_back(refs_[k].body);
}

void BodyExtractor::run() {
    // A department that reports (南京市司法局, 司法部党组, 浙江省卫生健康委): its own Party
    // group and committee are written 局党组 and 委党委 in its text.
    if (r_.issuer) {
        std::string_view organ = *r_.issuer;
        if (starts_with(organ, "中共")) organ.remove_prefix(6);
        for (std::string_view own : {"党组", "党委"})
            if (ends_with(organ, own)) organ.remove_suffix(own.size());
        for (std::string_view unit : {"局", "部", "委", "厅", "办", "署"})
            if (organ.size() > unit.size() && ends_with(organ, unit) &&
                !ends_with(organ, "区委") && !ends_with(organ, "县委") &&
                !ends_with(organ, "市委") && !ends_with(organ, "省委")) {
                own_group_ = "中共" + std::string(organ) + "党组";
                own_committee_ = "中共" + std::string(organ) + "委员会";
                const char* p = unit.data();
                own_unit_ = util::decode(p, unit.data() + unit.size());
                break;
            }
    }
    // Room for the bodies a report of this size names (a 20 KB report about twenty, the
    // 2 MB sample 164): growing the vector moved every Body, five strings each.
    std::size_t bytes = 0;
    for (const Paragraph& p : ps_) bytes += p.text.size();
    r_.bodies.reserve(r_.bodies.size() + 32 + bytes / 16384);
    // And for their mentions (the seed has one per 530 bytes, the sample one per 1.6 KB):
    // their vector grew and copied them about ten times in a large report.
    refs_.reserve(32 + bytes / 1024);
    seen_.reserve(32 + bytes / 8192);  // the words of the organs, fewer than the mentions
    for (std::size_t i = 0; i < ps_.size(); ++i) {
        paragraph(i);
        bare_units(i);
    }
    if (refs_unordered_)
        std::stable_sort(refs_.begin(), refs_.end(),
                         [](const MentionRef& a, const MentionRef& b) { return a.start < b.start; });
    make_mentions();
    for (std::size_t i = 0; i < ps_.size(); ++i) persons(i);
    link_measures();
}

}  // namespace

const util::CharSet& title_lead_chars() { return title_leads(); }

void PairBytes::add(std::string_view word) {
    if (!kFastBytes) {
        irregular_ = true;
        return;
    }
    std::uint64_t x = 0;
    std::memcpy(&x, word.data(), std::min<std::size_t>(word.size(), 8));
    if (!plain_three_byte_lead(x)) return;  // no position the byte tests see starts it
    if (word.size() >= 6 && util::starts_two_plain_three_byte(x)) {
        keys_.push_back(x & kSixBytes);
        if (word.size() >= 8)
            long_keys_.push_back(x);
        else
            short_keys_.push_back(x & kSixBytes);
    } else
        irregular_ = true;  // one character, or a second that is not a plain one
}

void PairBytes::seal() {
    std::size_t size = 16;
    while (size < 2 * keys_.size()) size *= 2;  // at most half full: short probes
    slots_.assign(size, 0);
    mask_ = size - 1;
    filter_.assign((std::size_t{1} << kFilterLog2) / 64, 0);
    for (const std::uint64_t key : keys_) {
        std::size_t i = slot(key);
        while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) & mask_;
        slots_[i] = key;
        const std::size_t bit = static_cast<std::size_t>(product(key) >> (64 - kFilterLog2));
        filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    keys_.clear();
    keys_.shrink_to_fit();
    std::size_t bits = 64;
    starts_shift_ = 58;
    while (bits < 64 * (short_keys_.size() + long_keys_.size())) {
        bits *= 2;
        --starts_shift_;
    }
    starts_.assign(bits / 64, 0);
    const auto set = [this](std::uint64_t h) {
        const std::size_t bit = static_cast<std::size_t>(h >> starts_shift_);
        starts_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    };
    for (const std::uint64_t key : short_keys_) set(key * kShortMul);
    for (const std::uint64_t key : long_keys_) set(key * kLongMul);
    short_keys_.clear();
    short_keys_.shrink_to_fit();
    long_keys_.clear();
    long_keys_.shrink_to_fit();
}

namespace {

// gazetteer::children(nullptr), found by jumping: a division's subtree follows it in the
// table (every code in it starts with its own), so after each province a binary search
// finds the next one. The gazetteer reads all 45,000 rows for them at the first call,
// which a process parsing one small report paid in full (a test compares both lists).
const std::vector<const gz::Division*>& provinces() {
    static const std::vector<const gz::Division*> list = [] {
        std::vector<const gz::Division*> out;
        const std::size_t n = gz::size();
        for (std::size_t i = 0; i < n;) {
            const gz::Division& d = gz::at(i);
            if (d.parent() != nullptr) {  // not expected (provinces head their subtrees)
                ++i;
                continue;
            }
            out.push_back(&d);
            const std::string_view prefix = d.code();
            std::size_t lo = i + 1, hi = n;  // the first row after i outside the subtree
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (gz::at(mid).code().substr(0, prefix.size()) == prefix)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            i = lo;
        }
        return out;
    }();
    return list;
}

}  // namespace

BodyAnchors body_anchors(const Report& report) {
    BodyAnchors a;
    a.starts = fixed_body_starts();
    // The first two characters of every anchor of paragraph(): national bodies, 中共, the
    // level words (one character: anything may follow), 12345, studio quotes, 《》.
    {
        std::size_t count = 0;
        const grammar::national_body* table = grammar::national_bodies(count);
        for (std::size_t i = 0; i < count; ++i) a.pairs.add(table[i].surface);
        a.pairs.add("中共");
        a.pairs.add("党组");  // 局党组, 委党委: the reporting department's (own_party_group)
        a.pairs.add("党委");
        for (std::string_view w : kLevelWords) a.pairs.add(w);
        a.pairs.add("12345");
        // pair_bytes holds those of them that start with two three-byte characters.
        for (std::size_t i = 0; i < count; ++i) a.pair_bytes.add(table[i].surface);
        a.pair_bytes.add("中共");
        a.pair_bytes.add("党组");
        a.pair_bytes.add("党委");
        for (std::string_view w : kLevelWords)
            if (w.size() > 3) a.pair_bytes.add(w);  // one-character ones: byte_test_stop_filter()
        for (char32_t c : U"“《》部署") a.pairs.add_single(c);
    }
    if (report.issuer) a.issuer = division_of_issuer(*report.issuer);
    const gz::Division* const issuer = a.issuer;
    std::vector<const gz::Division*> set;
    for (const gz::Division* d = issuer; d; d = d->parent()) set.push_back(d);
    if (issuer) {
        for (const gz::Division* c : gz::children(issuer)) set.push_back(c);
        if (issuer->parent())
            for (const gz::Division* c : gz::children(issuer->parent())) set.push_back(c);
        if (const gz::Division* prov = gz::ancestor(issuer, gz::Level::province))
            for (const gz::Division* c : gz::children(prov))
                if (c->level() == gz::Level::prefecture) set.push_back(c);
    }
    for (const gz::Division* p : provinces()) set.push_back(p);
    for (const gz::Division* d : set) {
        const int id = static_cast<int>(a.places.size());
        a.places.push_back(d);
        a.index.add(d->name(), id);
        a.starts.add_first(d->name());
        a.pairs.add(d->name());
        a.pair_bytes.add(d->name());
        // Township short names are ordinary words (合作, 健康): only places above them are
        // written bare in front of an organ (南通开发区法院).
        if (d->level() != gz::Level::township && d->short_name().size() >= 6) {
            a.index.add(d->short_name(), id);
            a.starts.add_first(d->short_name());
            a.pairs.add(d->short_name());
            a.pair_bytes.add(d->short_name());
        }
    }
    a.index.seal();
    a.pair_bytes.seal();
    return a;
}

void extract_bodies(const std::vector<segment::Paragraph>& paragraphs, Report& report,
                    const util::ScanIndex* scans, std::size_t title_set, std::size_t start_set,
                    const BodyAnchors* anchors, BodyScan scan) {
    BodyExtractor(paragraphs, report, scans, title_set, start_set, anchors,
                  scan == BodyScan::fast)
        .run();
}

}  // namespace govreport::extract
