// test_threads.cpp: parses the corpus on 8 threads and reads one report from 8 threads; results must equal the sequential ones byte for byte.
// SPDX-License-Identifier: MIT
//
// govreport.h promises (convention 8) that parse functions may run on several threads at
// once and that a report may be read from several threads. Data races show up here as
// JSON or walk digests that differ from a sequential run, or as crashes; under
// -DGOVREPORT_SANITIZE=ON also as ASan reports. Catch2 assertions are not thread-safe, so
// worker threads only record what they saw and the main thread asserts.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include <govreport/govreport.h>

#include "report_walk.h"

namespace fs = std::filesystem;

namespace {

constexpr int kThreads = 8;

// GOVREPORT_THREAD_ROUNDS overrides the 3 rounds (a ThreadSanitizer run is 10x slower and
// finds a race in one round as well as in three).
int rounds() {
    const char* v = std::getenv("GOVREPORT_THREAD_ROUNDS");
    const int n = v ? std::atoi(v) : 0;
    return n > 0 ? n : 3;
}

// The outcome of one parse: what must not depend on threads or timing.
struct Outcome {
    int status = -1;
    std::string json;
    uint64_t digest = 0;
    std::string walk_error;

    bool operator==(const Outcome& o) const {
        return status == o.status && json == o.json && digest == o.digest &&
               walk_error == o.walk_error;
    }
};

struct Input {
    std::string path;
    std::string bytes;
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v && *v ? v : fallback;
}

void add_texts_under(const fs::path& dir, std::vector<Input>& out) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".txt") found.push_back(e.path());
    std::sort(found.begin(), found.end());
    for (const auto& p : found) out.push_back({p.string(), read_bytes(p)});
}

// Every corpus file, the sample report and the synthetic test data.
const std::vector<Input>& inputs() {
    static const std::vector<Input> all = [] {
        std::vector<Input> v;
        const fs::path source = env_or("GOVREPORT_SOURCE_DIR", GOVREPORT_TEST_SOURCE_DIR);
        const fs::path shared = env_or("GOVREPORT_SHARED_DIR", (source / ".." / "shared").string().c_str());
        add_texts_under(shared / "corpus", v);
        add_texts_under(source / "examples" / "data", v);
        add_texts_under(source / "tests" / "data", v);
        return v;
    }();
    return all;
}

Outcome outcome_of(const govreport_report* report) {
    Outcome o;
    o.status = GOVREPORT_OK;
    report_walk_result walk;
    if (report_walk(report, &walk) != 0) o.walk_error = walk.error;
    o.digest = walk.digest;
    char* json = nullptr;
    size_t len = 0;
    if (govreport_report_to_json(report, 0, &json, &len) == GOVREPORT_OK && json) {
        o.json.assign(json, len);
    } else {
        o.walk_error += " (to_json failed)";
    }
    govreport_free(json);
    return o;
}

// Parses from memory (even `how`) or from the file (odd `how`), as threads will.
Outcome parse(const Input& in, int how) {
    govreport_report* report = nullptr;
    const govreport_status st =
        how % 2 == 0 ? govreport_parse_buffer(in.bytes.data(), in.bytes.size(), nullptr, &report)
                     : govreport_parse_file(in.path.c_str(), nullptr, &report);
    Outcome o;
    if (st == GOVREPORT_OK) o = outcome_of(report);
    o.status = st;
    govreport_report_free(report);
    return o;
}

// Lets all threads start their work at the same moment, to maximise overlap.
class StartLine {
public:
    explicit StartLine(int n) : waiting_(n) {}
    void arrive_and_wait() {
        std::unique_lock<std::mutex> lock(m_);
        if (--waiting_ == 0) {
            cv_.notify_all();
        } else {
            cv_.wait(lock, [this] { return waiting_ == 0; });
        }
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    int waiting_;
};

struct Mismatches {
    std::mutex m;
    std::vector<std::string> seen;
    void add(std::string s) {
        std::lock_guard<std::mutex> lock(m);
        seen.push_back(std::move(s));
    }
};

}  // namespace

TEST_CASE("the first parses of a process run on 8 threads at once") {
    // Each test case runs in a fresh process under CTest, so this exercises lazily built
    // tables (gazetteer, lexicons) being initialised by several threads at the same time.
    const auto& all = inputs();
    REQUIRE_FALSE(all.empty());
    // The reference report uses every extractor; any input would do if it is missing.
    const auto it = std::find_if(all.begin(), all.end(), [](const Input& in) {
        return in.path.find("qidong-2024") != std::string::npos;
    });
    const Input& seed = it != all.end() ? *it : all.front();
    std::vector<Outcome> got(kThreads);
    StartLine start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            got[t] = parse(seed, 0);
        });
    for (auto& th : threads) th.join();
    const Outcome sequential = parse(seed, 0);
    REQUIRE(sequential.status == GOVREPORT_OK);
    CHECK(sequential.walk_error.empty());
    for (int t = 0; t < kThreads; ++t) {
        INFO("thread " << t << " on " << seed.path);
        CHECK(got[t] == sequential);
    }
}

TEST_CASE("every corpus file parsed on 8 threads, 3 rounds, equals the sequential parse") {
    const int kRounds = rounds();
    const auto& all = inputs();
    REQUIRE_FALSE(all.empty());
    if (all.size() < 10) WARN("the shared corpus was not found: only " << all.size() << " inputs");

    // Sequential reference, from memory and from the file.
    std::vector<Outcome> expected[2];
    for (int how = 0; how < 2; ++how)
        for (const auto& in : all) expected[how].push_back(parse(in, how));
    for (size_t i = 0; i < all.size(); ++i) {
        INFO(all[i].path);
        CHECK(expected[0][i].status == GOVREPORT_OK);
        CHECK(expected[0][i].walk_error.empty());
        CHECK(expected[1][i].status == GOVREPORT_OK);
    }

    Mismatches bad;
    std::atomic<size_t> parses{0};
    StartLine start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int round = 0; round < kRounds; ++round) {
                // Threads start at different files, so different inputs are in flight.
                for (size_t k = 0; k < all.size(); ++k) {
                    const size_t i = (k + static_cast<size_t>(t) * all.size() / kThreads) % all.size();
                    const int how = (t + round) % 2;
                    const Outcome o = parse(all[i], how);
                    ++parses;
                    if (!(o == expected[how][i]))
                        bad.add(all[i].path + ": thread " + std::to_string(t) + ", round " +
                                std::to_string(round) + (how ? " (parse_file)" : " (parse_buffer)") +
                                (o.json.size() != expected[how][i].json.size()
                                     ? ", JSON length " + std::to_string(o.json.size()) + " vs " +
                                           std::to_string(expected[how][i].json.size())
                                     : std::string(", same JSON length")));
                }
            }
        });
    for (auto& th : threads) th.join();

    CHECK(parses.load() == all.size() * kThreads * kRounds);
    INFO(bad.seen.size() << " mismatches; first: " << (bad.seen.empty() ? "" : bad.seen.front()));
    CHECK(bad.seen.empty());
}

TEST_CASE("one report read from 8 threads at once gives the same values everywhere") {
    const auto& all = inputs();
    REQUIRE_FALSE(all.empty());
    // The largest input has the most entities to read.
    const Input& in = *std::max_element(all.begin(), all.end(), [](const Input& a, const Input& b) {
        return a.bytes.size() < b.bytes.size();
    });
    govreport_report* report = nullptr;
    REQUIRE(govreport_parse_buffer(in.bytes.data(), in.bytes.size(), nullptr, &report) ==
            GOVREPORT_OK);
    const Outcome expected = outcome_of(report);
    CHECK(expected.walk_error.empty());

    Mismatches bad;
    StartLine start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int k = 0; k < 5; ++k) {
                Outcome o = outcome_of(report);
                o.status = GOVREPORT_OK;
                if (!(o == expected))
                    bad.add("thread " + std::to_string(t) + ", read " + std::to_string(k));
            }
        });
    for (auto& th : threads) th.join();
    govreport_report_free(report);  // by one thread, after all reads (convention 8)

    INFO(in.path << ": " << bad.seen.size() << " mismatches");
    CHECK(bad.seen.empty());
}

TEST_CASE("error messages are per thread") {
    // Each thread fails on its own file name and must read back its own message, while
    // the other threads fail and succeed around it.
    const auto& all = inputs();
    REQUIRE_FALSE(all.empty());
    const Input& small = *std::min_element(all.begin(), all.end(), [](const Input& a, const Input& b) {
        return a.bytes.size() < b.bytes.size();
    });
    Mismatches bad;
    StartLine start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int k = 0; k < 50; ++k) {
                const std::string name = "no-such-dir/thread-" + std::to_string(t) + "-" +
                                         std::to_string(k) + ".txt";
                govreport_report* r = nullptr;
                if (govreport_parse_file(name.c_str(), nullptr, &r) != GOVREPORT_E_IO || r)
                    bad.add("thread " + std::to_string(t) + ": a missing file did not fail with E_IO");
                const std::string message = govreport_last_error_message();
                if (message.find(name) == std::string::npos)
                    bad.add("thread " + std::to_string(t) + " read \"" + message + "\", not its own file");
                if (k % 5 == 0) {
                    if (govreport_parse_buffer(small.bytes.data(), small.bytes.size(), nullptr, &r) !=
                        GOVREPORT_OK)
                        bad.add("thread " + std::to_string(t) + ": parse failed");
                    if (std::string(govreport_last_error_message()) != "")
                        bad.add("thread " + std::to_string(t) + ": a success kept a message");
                    govreport_report_free(r);
                }
            }
        });
    for (auto& th : threads) th.join();
    INFO(bad.seen.size() << " problems; first: " << (bad.seen.empty() ? "" : bad.seen.front()));
    CHECK(bad.seen.empty());
}
