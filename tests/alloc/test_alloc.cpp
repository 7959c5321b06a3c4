// test_alloc.cpp: fails the N-th operator new (N = 1, 2, … until a call completes) in every allocating C entry point; each must return OK or OUT_OF_MEMORY without leaking.
// SPDX-License-Identifier: MIT
//
// pugixml's test_memory.cpp idea, without a hook in the library: this executable replaces
// the global operator new/delete, and the shared library's calls resolve to them (an
// executable's definitions come first in the dynamic symbol lookup). Two modes:
//   single      only the N-th allocation fails (a transient failure);
//   persistent  the N-th and every later one fail (the error path itself has no memory).
// For every N: the status is OK or GOVREPORT_E_OUT_OF_MEMORY; OOM leaves no report or
// buffer and a message; an injected failure is never swallowed into OK; a call that
// succeeds gives the reference result; and the count of live blocks returns to where it
// was (no leak). Under -DGOVREPORT_SANITIZE=ON, LeakSanitizer checks malloc'd memory too.
// Getters have no status to report OOM with, so they must not allocate at all.
#include <atomic>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include <execinfo.h>
#include <iconv.h>

#include <govreport/govreport.h>

#include "report_walk.h"

// ## The instrumented allocator

namespace {

constexpr long kNever = -1;
std::atomic<long> g_fail_at{kNever};  // the allocation number that fails
std::atomic<bool> g_persistent{false};
std::atomic<bool> g_counting{false};  // count allocations (between arm() and disarm())
std::atomic<long> g_count{0};         // allocations attempted while counting
std::atomic<long> g_failures{0};      // throwing allocations refused while counting
std::atomic<long> g_live{0};          // blocks handed out and not yet deleted

// GOVREPORT_ALLOC_TRACE=N prints the call stack of every injected failure at allocation N:
// the way to find the code that swallowed it. (backtrace() uses malloc, not operator new.)
long trace_at() {
    static const long at = [] {
        const char* v = std::getenv("GOVREPORT_ALLOC_TRACE");
        return v ? std::atol(v) : 0L;
    }();
    return at;
}

// Nothrow allocations may fail without the call failing: std::stable_sort, for one, asks
// for a buffer with new(nothrow) and sorts in place without it. Only a failed throwing
// allocation must surface as OUT_OF_MEMORY.
bool should_fail(bool throwing) {
    if (!g_counting.load(std::memory_order_relaxed)) return false;
    const long n = ++g_count;
    const long at = g_fail_at.load(std::memory_order_relaxed);
    const bool fail = at != kNever && (n == at || (g_persistent.load() && n > at));
    if (fail) {
        if (throwing) ++g_failures;
        if (n == trace_at()) {
            void* frames[64];
            const int depth = backtrace(frames, 64);
            std::fprintf(stderr, "--- allocation %ld fails here:\n", n);
            backtrace_symbols_fd(frames, depth, 2);
        }
    }
    return fail;
}

void* allocate(std::size_t size, std::size_t align, bool throwing) noexcept {
    if (should_fail(throwing)) return nullptr;
    if (size == 0) size = 1;
    void* p = nullptr;
    if (align <= alignof(std::max_align_t)) {
        p = std::malloc(size);
    } else {
        p = std::aligned_alloc(align, (size + align - 1) / align * align);
    }
    if (p) ++g_live;
    return p;
}

void release(void* p) noexcept {
    if (!p) return;
    --g_live;
    std::free(p);
}

void* allocate_or_throw(std::size_t size, std::size_t align) {
    void* p = allocate(size, align, true);
    if (!p) throw std::bad_alloc();
    return p;
}

}  // namespace

void* operator new(std::size_t n) { return allocate_or_throw(n, 0); }
void* operator new[](std::size_t n) { return allocate_or_throw(n, 0); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate(n, 0, false); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate(n, 0, false); }
void* operator new(std::size_t n, std::align_val_t a) {
    return allocate_or_throw(n, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a) {
    return allocate_or_throw(n, static_cast<std::size_t>(a));
}
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate(n, static_cast<std::size_t>(a), false);
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate(n, static_cast<std::size_t>(a), false);
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }

// ## The test

namespace {

// A short report of our own that reaches every extractor: parts with roles, numbered and
// 一是 items, a page break, quantities with changes, periods, documents with a number,
// bodies and a titled person.
const char kReport[] =
    "某市人民政府2024年度法治政府建设情况报告\n\n"
    "2024年，某市人民政府坚持以习近平法治思想为指导，围绕《法治政府建设实施纲要（2021-2025年）》"
    "推进依法行政。现将有关情况报告如下：\n\n"
    "一、2024年法治政府建设的主要做法及成效\n\n"
    "（一）强化组织领导\n\n"
    "1. 压实第一责任。市委副书记、市长张三主持召开市政府常务会议5次，研究法治政府建设，"
    "落实国务院办公厅《关于加强行政执法的意见》（国办发〔2021〕33号）。\n\n"
    "2. 推进依法决策。全年审查合法性文件120件，同比增长8.5%，较去年提高2个百分点，"
    "涉及金额8122.21 万元。市司法局上半年开展培训3期，参训约1200人次。\n\n"
    "（二）优化营商环境\n\n"
    "3. 深化改革。办理政务服务事项2.8万件，满意度达99.9%，从1分提升至\n\n2分。\n\n"
    "二、存在的不足\n\n"
    "基层执法力量相对薄弱。\n\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
    "一是带头学法。二是带头决策。三是带头督办。\n\n"
    "四、2025年工作计划\n\n"
    "2025年，我市将一是深化示范创建；二是提升执法质量，力争群众满意率达到95%以上。\n";

struct Tally {
    int problems = 0;
    long calls = 0;
    void problem(const char* phase, long n, const std::string& what) {
        ++problems;
        if (problems <= 20) std::printf("  PROBLEM %s, allocation %ld: %s\n", phase, n, what.c_str());
    }
};

void arm(long fail_at, bool persistent) {
    g_count = 0;
    g_failures = 0;
    g_fail_at = fail_at;
    g_persistent = persistent;
    g_counting = true;
}

void disarm() {
    g_counting = false;
    g_fail_at = kNever;
}

std::string json_of(const govreport_report* r) {
    char* json = nullptr;
    size_t len = 0;
    if (govreport_report_to_json(r, 0, &json, &len) != GOVREPORT_OK || !json) return "(failed)";
    std::string s(json, len);
    govreport_free(json);
    return s;
}

struct Reference {
    std::string json;
    uint64_t digest = 0;
};

// Checks what one armed call returned; returns true when the failure point was past the
// call's last allocation (the loop is done).
bool judge(const char* phase, long n, govreport_status st, bool produced, Tally& tally) {
    ++tally.calls;
    const bool injected = g_failures.load() > 0;  // a throwing allocation failed
    if (st != GOVREPORT_OK && st != GOVREPORT_E_OUT_OF_MEMORY) {
        tally.problem(phase, n, std::string("status ") + govreport_status_string(st) + ": " +
                                    govreport_last_error_message());
    } else if (st == GOVREPORT_OK && injected) {
        tally.problem(phase, n, "an allocation failed but the call returned OK (swallowed)");
    } else if (st == GOVREPORT_E_OUT_OF_MEMORY && !injected) {
        tally.problem(phase, n, "OUT_OF_MEMORY without a failed allocation");
    }
    if (st != GOVREPORT_OK) {
        if (produced) tally.problem(phase, n, "a failed call left its out-parameter set");
        const char* m = govreport_last_error_message();
        if (m == nullptr) tally.problem(phase, n, "no error message");
    }
    return g_count.load() < n;  // allocation n never happened
}

void check_result(const char* phase, long n, const govreport_report* r, const Reference& ref,
                  Tally& tally) {
    report_walk_result walk;
    if (report_walk(r, &walk) != 0) tally.problem(phase, n, std::string("walk: ") + walk.error);
    if (walk.digest != ref.digest) tally.problem(phase, n, "the report differs from the reference");
    if (json_of(r) != ref.json) tally.problem(phase, n, "the JSON differs from the reference");
}

void check_live(const char* phase, long n, long baseline, Tally& tally) {
    const long live = g_live.load();
    if (live != baseline)
        tally.problem(phase, n, std::to_string(live - baseline) + " blocks leaked");
}

// Runs `call` with the N-th allocation failing for N = 1, 2, … until it completes.
// Leaks are blocks still live after a call, relative to the count before the sweep.
template <class Call>
long sweep(const char* phase, bool persistent, Tally& tally, Call&& call) {
    const long baseline = g_live.load();
    long n = 1;
    for (;; ++n) {
        if (call(n, persistent)) break;
        check_live(phase, n, baseline, tally);
        if (n > 2000000) {
            tally.problem(phase, n, "no end in sight");
            break;
        }
    }
    check_live(phase, n, baseline, tally);
    return n - 1;  // allocations of a complete call
}

// The same report in the other input forms the library decodes: GB18030 (iconv) and HTML
// (libxml2). Those libraries allocate with malloc, which this test does not fail, but the
// library's own work around them allocates with operator new.
std::string to_gb18030(const std::string& utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::string();
    std::string out(utf8.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    size_t in_left = utf8.size();
    char* o = &out[0];
    size_t out_left = out.size();
    const size_t rc = iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1)) return std::string();
    out.resize(out.size() - out_left);
    return out;
}

std::string to_html(const std::string& text) {
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>报告</title>"
                       "<script>var x = 1;</script></head><body><p>";
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\n\n") == 0) {
            html += "</p>\n<p>";
            ++i;
        } else {
            html += text[i];
        }
    }
    return html + "</p></body></html>\n";
}

struct Variant {
    const char* name;
    std::string bytes;
    Reference ref;
};

}  // namespace

int main(int argc, char** argv) {
    const std::string text(kReport);
    std::vector<Variant> variants = {{"utf-8", text, {}}, {"gb18030", to_gb18030(text), {}},
                                     {"html", to_html(text), {}}};
    const char* file = argc > 1 ? argv[1] : "alloc-test-report.txt";
    if (FILE* f = std::fopen(file, "wb")) {
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    } else {
        std::printf("FAILED: cannot write %s\n", file);
        return 1;
    }

    // Warm-up: lazily built tables are allocated once and kept; they are not leaks.
    for (Variant& v : variants) {
        govreport_report* r = nullptr;
        if (v.bytes.empty() ||
            govreport_parse_buffer(v.bytes.data(), v.bytes.size(), nullptr, &r) != GOVREPORT_OK) {
            std::printf("FAILED: the %s report does not parse: %s\n", v.name,
                        govreport_last_error_message());
            return 1;
        }
        report_walk_result walk;
        if (report_walk(r, &walk) != 0) std::printf("note: %s walk: %s\n", v.name, walk.error);
        v.ref.digest = walk.digest;
        v.ref.json = json_of(r);
        std::printf("%-8s input: read as %s %s, %zu sections, %zu measures, %zu indicators\n", v.name,
                    govreport_report_encoding(r), govreport_report_source_format(r),
                    govreport_report_section_count(r), govreport_report_measure_count(r),
                    govreport_report_indicator_count(r));
        govreport_report_free(r);
    }
    const Reference& ref = variants.front().ref;
    const long baseline = g_live.load();
    Tally tally;

    // Getters cannot report OOM: they must not allocate.
    {
        govreport_report* r = nullptr;
        govreport_parse_buffer(text.data(), text.size(), nullptr, &r);
        arm(kNever, false);
        report_walk_result walk;
        report_walk(r, &walk);
        disarm();
        if (g_count.load() != 0)
            tally.problem("getters", 0, std::to_string(g_count.load()) + " allocations while reading a report");
        govreport_report_free(r);
    }

    for (const bool persistent : {false, true}) {
        const char* mode = persistent ? "persistent" : "single";

        for (const Variant& v : variants) {
            const std::string phase = std::string("parse_buffer ") + v.name;
            const long allocs = sweep(phase.c_str(), persistent, tally, [&](long n, bool p) {
                govreport_report* r = nullptr;
                arm(n, p);
                const govreport_status st = govreport_parse_buffer(v.bytes.data(), v.bytes.size(), nullptr, &r);
                disarm();
                const bool done = judge(phase.c_str(), n, st, r != nullptr, tally);
                if (st == GOVREPORT_OK && r) check_result(phase.c_str(), n, r, v.ref, tally);
                govreport_report_free(r);
                return done;
            });
            std::printf("%-10s %-22s %5ld allocations, every failure point tried\n", mode, phase.c_str(), allocs);
            if (allocs == 0) tally.problem(phase.c_str(), 0, "no allocation seen: is operator new replaced?");
        }

        const long file_allocs = sweep("parse_file", persistent, tally, [&](long n, bool p) {
            govreport_report* r = nullptr;
            arm(n, p);
            const govreport_status st = govreport_parse_file(file, nullptr, &r);
            disarm();
            const bool done = judge("parse_file", n, st, r != nullptr, tally);
            if (st == GOVREPORT_OK && r) check_result("parse_file", n, r, ref, tally);
            govreport_report_free(r);
            return done;
        });
        std::printf("%-10s %-22s %5ld allocations, every failure point tried\n", mode, "parse_file", file_allocs);

        govreport_report* report = nullptr;
        govreport_parse_buffer(text.data(), text.size(), nullptr, &report);
        const long json_allocs = sweep("to_json", persistent, tally, [&](long n, bool p) {
            char* json = reinterpret_cast<char*>(&n);  // must be reset to NULL on failure
            size_t len = 12345;
            arm(n, p);
            const govreport_status st = govreport_report_to_json(report, GOVREPORT_JSON_PRETTY, &json, &len);
            disarm();
            const bool done = judge("to_json", n, st, st != GOVREPORT_OK && json != nullptr, tally);
            if (st == GOVREPORT_OK) govreport_free(json);
            return done;
        });
        govreport_report_free(report);
        check_live("report_free", 0, baseline, tally);
        std::printf("%-10s %-22s %5ld allocations, every failure point tried\n", mode, "to_json", json_allocs);
    }

    std::remove(file);
    std::printf("%ld calls with an injected failure, %d problems\n", tally.calls, tally.problems);
    std::printf(tally.problems == 0 ? "OK\n" : "FAILED\n");
    return tally.problems == 0 ? 0 : 1;
}
