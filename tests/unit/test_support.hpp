// Helpers shared by the unit tests: files, the corpus, byte slices of spans, a tiny JSON reader.
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_UNIT_TEST_SUPPORT_HPP
#define GOVREPORT_TESTS_UNIT_TEST_SUPPORT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <govreport/span.hpp>

namespace test_support {

// ---------------------------------------------------------------------------------------
// Files and locations

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline bool file_exists(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in);
}

inline std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return std::nullopt;
    return std::string(v);
}

/// The repository root: GOVREPORT_SOURCE_DIR when CTest runs us, else derived from this
/// header's own path (so the binary also works when started by hand).
inline std::string source_dir() {
    if (auto dir = env("GOVREPORT_SOURCE_DIR")) return *dir;
    std::string here = __FILE__;
    const std::string tail = "/tests/unit/test_support.hpp";
    if (here.size() > tail.size() && here.compare(here.size() - tail.size(), tail.size(), tail) == 0)
        return here.substr(0, here.size() - tail.size());
    return ".";
}

/// A synthetic input of ours in tests/data/.
inline std::string data_path(const std::string& name) {
    return source_dir() + "/tests/data/" + name;
}

/// The seed report of the shared corpus, or nothing when the corpus is not there.
inline std::optional<std::string> seed_path() {
    std::string shared = env("GOVREPORT_SHARED_DIR").value_or(source_dir() + "/../shared");
    const std::string path = shared + "/corpus/seed/qidong-2024.txt";
    if (!file_exists(path)) return std::nullopt;
    return path;
}

// The corpus is optional: tests that need it warn and pass instead of failing.
// Catch2 v2 has no SKIP, so the macro returns from the test case.
#define GOVREPORT_LOAD_SEED_OR_SKIP(var)                                                    \
    const std::optional<std::string> var##_path_ = test_support::seed_path();               \
    if (!var##_path_) {                                                                      \
        WARN("corpus/seed/qidong-2024.txt not found (set GOVREPORT_SHARED_DIR): skipped");   \
        return;                                                                              \
    }                                                                                        \
    const std::string var = test_support::read_file(*var##_path_)

// ---------------------------------------------------------------------------------------
// Text helpers

/// The bytes a span covers; an out-of-range span gives a marker text that no expectation
/// will ever equal (so the test fails instead of crashing).
inline std::string_view slice(std::string_view text, const govreport::Span& s) {
    if (s.start > s.end || s.end > text.size()) return "<span out of range>";
    return text.substr(static_cast<std::size_t>(s.start),
                       static_cast<std::size_t>(s.end - s.start));
}

/// Code points before each byte offset of `text`, counted the simple way (only offsets at
/// character starts are meaningful): the reference the spans' char offsets are checked with.
inline std::vector<std::uint64_t> code_point_index(std::string_view text) {
    std::vector<std::uint64_t> before(text.size() + 1, 0);
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        before[i] = n;
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    }
    before[text.size()] = n;
    return before;
}

/// Code points in `s`, counted the simple way (every byte that is not 10xxxxxx).
inline std::uint64_t naive_code_points(std::string_view s) {
    std::uint64_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

inline bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

inline bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

inline std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

/// Is `s` well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF)?
/// Written independently of lib/util so that it can check the library.
inline bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* e = p + s.size();
    while (p < e) {
        const unsigned c = *p;
        std::size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) { ++p; continue; }
        if (c >= 0xC2 && c <= 0xDF) n = 2;
        else if (c >= 0xE0 && c <= 0xEF) { n = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return false;
        if (static_cast<std::size_t>(e - p) < n) return false;
        if (p[1] < lo || p[1] > hi) return false;
        for (std::size_t i = 2; i < n; ++i)
            if ((p[i] & 0xC0) != 0x80) return false;
        p += n;
    }
    return true;
}

/// A deterministic pseudo-random generator (64-bit LCG): the same inputs on every run.
class Lcg {
public:
    explicit Lcg(std::uint64_t seed) : state_(seed) {}
    std::uint32_t next() {
        state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state_ >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return next() % n; }

private:
    std::uint64_t state_;
};

/// Random text: `count` pieces drawn from `pieces`; with `invalid`, one draw in `bad_every`
/// takes a piece of `bad` (stray or ill-formed bytes) instead.
template <std::size_t N, std::size_t M>
std::string random_pieces(Lcg& rng, const char* const (&pieces)[N], const char* const (&bad)[M],
                          std::size_t count, bool invalid, std::uint32_t bad_every) {
    std::string s;
    for (std::size_t i = 0; i < count; ++i) {
        if (invalid && rng.below(bad_every) == 0)
            s += bad[rng.below(static_cast<std::uint32_t>(M))];
        else
            s += pieces[rng.below(static_cast<std::uint32_t>(N))];
    }
    return s;
}

// ---------------------------------------------------------------------------------------
// A tiny strict JSON reader (RFC 8259), enough to check the exporter's output.

struct Json {
    enum class Kind { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    double number = 0;
    std::string text;  ///< a string's value, or a number as written
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> members;

    bool is(Kind k) const { return kind == k; }
    const Json* find(std::string_view key) const {
        for (const auto& m : members)
            if (m.first == key) return &m.second;
        return nullptr;
    }
    bool has(std::string_view key) const { return find(key) != nullptr; }
    const Json& at(std::string_view key) const {
        const Json* j = find(key);
        if (!j) throw std::runtime_error("missing JSON member " + std::string(key));
        return *j;
    }
    const Json& operator[](std::size_t i) const { return items.at(i); }
    std::size_t size() const { return kind == Kind::object ? members.size() : items.size(); }
    bool is_integer() const {
        return kind == Kind::number && text.find_first_of(".eE") == std::string::npos;
    }
    std::int64_t as_int() const { return std::stoll(text); }
};

inline bool operator==(const Json& a, const Json& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Json::Kind::null: return true;
        case Json::Kind::boolean: return a.boolean == b.boolean;
        case Json::Kind::number: return a.text == b.text;
        case Json::Kind::string: return a.text == b.text;
        case Json::Kind::array: return a.items == b.items;
        case Json::Kind::object: return a.members == b.members;
    }
    return false;
}
inline bool operator!=(const Json& a, const Json& b) { return !(a == b); }

class JsonReader {
public:
    /// Parses a whole document; throws std::runtime_error naming the offset on bad syntax.
    static Json parse(std::string_view s) {
        JsonReader r(s);
        r.ws();
        Json v = r.value(0);
        r.ws();
        if (r.at_ != s.size()) r.fail("trailing characters");
        return v;
    }

private:
    explicit JsonReader(std::string_view s) : s_(s) {}

    [[noreturn]] void fail(const char* what) const {
        throw std::runtime_error(std::string("JSON: ") + what + " at offset " + std::to_string(at_));
    }
    bool eof() const { return at_ >= s_.size(); }
    char peek() const { return eof() ? '\0' : s_[at_]; }
    void ws() {
        while (!eof() && (s_[at_] == ' ' || s_[at_] == '\n' || s_[at_] == '\r' || s_[at_] == '\t'))
            ++at_;
    }
    void expect(char c) {
        if (peek() != c) fail("unexpected character");
        ++at_;
    }
    void word(std::string_view w) {
        if (s_.substr(at_, w.size()) != w) fail("bad literal");
        at_ += w.size();
    }

    Json value(int depth) {
        if (depth > 200) fail("nesting too deep");
        Json v;
        switch (peek()) {
            case '{': object(v, depth); break;
            case '[': array(v, depth); break;
            case '"': v.kind = Json::Kind::string; v.text = string(); break;
            case 't': word("true"); v.kind = Json::Kind::boolean; v.boolean = true; break;
            case 'f': word("false"); v.kind = Json::Kind::boolean; break;
            case 'n': word("null"); break;
            default: number(v);
        }
        return v;
    }

    void object(Json& v, int depth) {
        v.kind = Json::Kind::object;
        expect('{');
        ws();
        if (peek() == '}') { ++at_; return; }
        for (;;) {
            ws();
            if (peek() != '"') fail("expected a member name");
            std::string key = string();
            for (const auto& m : v.members)
                if (m.first == key) fail("duplicate member name");
            ws();
            expect(':');
            ws();
            Json child = value(depth + 1);
            v.members.emplace_back(std::move(key), std::move(child));
            ws();
            if (peek() == ',') { ++at_; continue; }
            expect('}');
            return;
        }
    }

    void array(Json& v, int depth) {
        v.kind = Json::Kind::array;
        expect('[');
        ws();
        if (peek() == ']') { ++at_; return; }
        for (;;) {
            ws();
            v.items.push_back(value(depth + 1));
            ws();
            if (peek() == ',') { ++at_; continue; }
            expect(']');
            return;
        }
    }

    void number(Json& v) {
        const std::size_t start = at_;
        auto digits = [&] {
            const std::size_t b = at_;
            while (!eof() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
            return at_ - b;
        };
        if (peek() == '-') ++at_;
        if (peek() == '0') ++at_;
        else if (digits() == 0) fail("bad number");
        if (peek() == '.') { ++at_; if (digits() == 0) fail("bad fraction"); }
        if (peek() == 'e' || peek() == 'E') {
            ++at_;
            if (peek() == '+' || peek() == '-') ++at_;
            if (digits() == 0) fail("bad exponent");
        }
        v.kind = Json::Kind::number;
        v.text = std::string(s_.substr(start, at_ - start));
        v.number = std::stod(v.text);
    }

    unsigned hex4() {
        if (at_ + 4 > s_.size()) fail("short \\u escape");
        unsigned u = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[at_++];
            u <<= 4;
            if (c >= '0' && c <= '9') u |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') u |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') u |= static_cast<unsigned>(c - 'A' + 10);
            else fail("bad hex digit");
        }
        return u;
    }

    static void put_utf8(std::string& out, unsigned c) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    std::string string() {
        expect('"');
        std::string out;
        const std::size_t begin = at_;
        for (;;) {
            if (eof()) fail("unterminated string");
            const unsigned char c = static_cast<unsigned char>(s_[at_]);
            if (c == '"') { ++at_; break; }
            if (c < 0x20) fail("raw control character in a string");
            if (c != '\\') { out += static_cast<char>(c); ++at_; continue; }
            ++at_;
            const char e = peek();
            ++at_;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned u = hex4();
                    if (u >= 0xD800 && u <= 0xDBFF) {
                        if (s_.substr(at_, 2) != "\\u") fail("lone high surrogate");
                        at_ += 2;
                        const unsigned lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF) fail("bad low surrogate");
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (u >= 0xDC00 && u <= 0xDFFF) {
                        fail("lone low surrogate");
                    }
                    put_utf8(out, u);
                    break;
                }
                default: fail("bad escape");
            }
        }
        if (!valid_utf8(s_.substr(begin, at_ - begin))) fail("invalid UTF-8 in a string");
        return out;
    }

    std::string_view s_;
    std::size_t at_ = 0;
};

}  // namespace test_support

#endif
