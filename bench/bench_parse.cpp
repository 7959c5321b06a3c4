// Per-stage and whole-parse throughput (MB/s) and allocations per MB on real and synthetic input.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <govreport/govreport.hpp>

#include "extract/bodies.hpp"
#include "extract/documents.hpp"
#include "extract/quantities.hpp"
#include "input/decode.hpp"
#include "segment/outline.hpp"
#include "segment/paragraphs.hpp"
#include "segment/title.hpp"

extern std::atomic<unsigned long long> g_allocations;

namespace {

std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// The seed, every UTF-8 report of the corpus, and concatenations of them to a size.
const std::string& seed() {
    static const std::string s = read(GOVREPORT_SAMPLE);
    return s;
}

// The corpus's report files (*.txt under shared/corpus), in name order.
std::vector<std::string> corpus_files() {
    const std::filesystem::path dir = std::filesystem::path(GOVREPORT_SHARED_DIR) / "corpus";
    std::error_code ec;
    std::vector<std::string> files;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".txt")
            files.push_back(it->path().string());
    std::sort(files.begin(), files.end());
    return files;
}

const std::string& corpus() {
    static const std::string all = [] {
        std::string out;
        for (const auto& f : corpus_files()) {
            const govreport::Report r = govreport::parse_file(f);  // decodes GB18030 too
            out += r.text + "\n\n";
        }
        return out.empty() ? seed() : out;
    }();
    return all;
}

// The corpus's GB18030 reports as they are on disk, one after the other (a blank line
// between them is the same bytes in GB18030): the decoding a user's older reports need.
const std::string& gb18030_reports() {
    static const std::string all = [] {
        std::string out;
        for (const auto& f : corpus_files()) {
            const std::string bytes = read(f);
            const auto d = govreport::input::decode(bytes, govreport::Encoding::automatic, false);
            if (d.encoding == "gb18030") out += bytes + "\r\n\r\n";
        }
        return out;  // empty without the corpus: the benchmarks on it are skipped
    }();
    return all;
}

// Copies of `unit` (whole reports, never cut) up to about `bytes`.
std::string repeated(const std::string& unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    do out += unit + "\n\n"; while (out.size() < bytes);
    return out;
}

std::string synthetic(std::size_t bytes) {
    const std::string& unit = corpus();
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes) out += unit;
    out.resize(bytes);
    // Never cut a UTF-8 sequence: back off to a line end.
    const std::size_t nl = out.rfind('\n');
    if (nl != std::string::npos) out.resize(nl + 1);
    return out;
}

const std::string& input_for(int which) {
    static std::string inputs[11];
    if (inputs[which].empty()) {
        switch (which) {
            case 0: inputs[0] = seed(); break;
            case 1: inputs[1] = corpus(); break;
            // Prefixes of the corpus: the 20 KB one is the start of one report only, so its
            // cost per byte differs by content as well as by size.
            case 2: inputs[2] = synthetic(20 << 10); break;
            case 3: inputs[3] = synthetic(2 << 20); break;
            case 4: inputs[4] = synthetic(20 << 20); break;
            case 5: inputs[5] = synthetic(200 << 20); break;
            // The seed repeated: the same content at every size, for the flat-cost check.
            case 6: inputs[6] = repeated(seed(), 20 << 10); break;
            case 7: inputs[7] = repeated(seed(), 2 << 20); break;
            case 8: inputs[8] = repeated(seed(), 20 << 20); break;
            case 9: inputs[9] = repeated(seed(), 200 << 20); break;
            // Not UTF-8: only the whole parse, the decoding and the JSON run on it.
            case 10: inputs[10] = gb18030_reports(); break;
        }
    }
    return inputs[which];
}

const char* kInputNames[] = {"seed", "corpus", "20KB",     "2MB",       "20MB",
                             "200MB", "seed×2", "seed×110", "seed×1100", "seed×11000",
                             "GB18030"};

// No input limit: the 200 MB inputs are above the default 64 MiB.
govreport::ParseOptions unlimited() {
    govreport::ParseOptions o;
    o.max_input_bytes = std::numeric_limits<std::uint64_t>::max();
    return o;
}

void finish(benchmark::State& state, const std::string& in, unsigned long long allocations) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * in.size()));
    state.counters["allocs_per_MB"] = benchmark::Counter(
        static_cast<double>(allocations) / static_cast<double>(state.iterations()) /
        (static_cast<double>(in.size()) / (1 << 20)));
    state.SetLabel(kInputNames[state.range(0)]);
}

// False (and the benchmark skipped) when its input could not be made: input 10 without
// the corpus's GB18030 reports.
bool have_input(benchmark::State& state, const std::string& in) {
    if (!in.empty()) return true;
    state.SkipWithError("no input: the corpus has no GB18030 report here");
    return false;
}

void BM_parse(benchmark::State& state) {
    const std::string& in = input_for(static_cast<int>(state.range(0)));
    if (!have_input(state, in)) return;
    const unsigned long long before = g_allocations;
    const govreport::ParseOptions options = unlimited();
    for (auto _ : state) benchmark::DoNotOptimize(govreport::parse(in, options));
    finish(state, in, g_allocations - before);
}

void BM_json(benchmark::State& state) {
    const std::string& in = input_for(static_cast<int>(state.range(0)));
    if (!have_input(state, in)) return;
    const govreport::Report r = govreport::parse(in, unlimited());
    const unsigned long long before = g_allocations;
    for (auto _ : state) benchmark::DoNotOptimize(govreport::to_json(r));
    finish(state, in, g_allocations - before);
}

void BM_decode_and_paragraphs(benchmark::State& state) {
    const std::string& in = input_for(static_cast<int>(state.range(0)));
    if (!have_input(state, in)) return;
    const unsigned long long before = g_allocations;
    for (auto _ : state) {
        auto d = govreport::input::decode(in, govreport::Encoding::automatic, false);
        std::vector<govreport::segment::Join> joins;
        benchmark::DoNotOptimize(
            govreport::segment::split_paragraphs(d.converted ? d.text : in, &joins));
        benchmark::DoNotOptimize(d);
    }
    finish(state, in, g_allocations - before);
}

// Stages after segmentation run on a prepared report so each is timed alone.
struct Prepared {
    govreport::Report report;
    std::vector<govreport::segment::Paragraph> paragraphs;
};

Prepared prepare(const std::string& in, bool outline) {
    Prepared p;
    p.report.text = in;
    p.paragraphs = govreport::segment::split_paragraphs(p.report.text, nullptr);
    const auto title = govreport::segment::detect_title(p.paragraphs);
    p.report.issuer = title.issuer;
    p.report.year = title.year;
    if (outline) {
        govreport::segment::build_outline(p.paragraphs, title.paragraph + 1, p.report);
        govreport::segment::assign_roles(p.report);
    }
    return p;
}

void BM_structure(benchmark::State& state) {
    const std::string& in = input_for(static_cast<int>(state.range(0)));
    const Prepared base = prepare(in, false);
    const unsigned long long before = g_allocations;
    for (auto _ : state) {
        govreport::Report r;
        r.text = base.report.text;
        govreport::segment::build_outline(base.paragraphs, 0, r);
        govreport::segment::assign_roles(r);
        benchmark::DoNotOptimize(r);
    }
    finish(state, in, g_allocations - before);
}

template <void (*Stage)(const std::vector<govreport::segment::Paragraph>&, govreport::Report&)>
void BM_stage(benchmark::State& state) {
    const std::string& in = input_for(static_cast<int>(state.range(0)));
    const Prepared base = prepare(in, true);
    const unsigned long long before = g_allocations;
    for (auto _ : state) {
        state.PauseTiming();
        govreport::Report r = base.report;
        state.ResumeTiming();
        Stage(base.paragraphs, r);
        benchmark::DoNotOptimize(r);
    }
    finish(state, in, g_allocations - before);
}

void indicators_and_periods(const std::vector<govreport::segment::Paragraph>& p, govreport::Report& r) {
    govreport::extract::extract_quantities(p, r);
}
void bodies_and_persons(const std::vector<govreport::segment::Paragraph>& p, govreport::Report& r) {
    govreport::extract::extract_bodies(p, r);
}
void documents(const std::vector<govreport::segment::Paragraph>& p, govreport::Report& r) {
    govreport::extract::extract_documents(p, r);
}

// The ten UTF-8 inputs unless filtered: 5 and 9 are about 200 MB each (seconds per iteration and
// about 2 GB of memory); --benchmark_filter='/(0|1|2|3|4|6|7|8)$' leaves them out.
#define GOVREPORT_INPUTS DenseRange(0, 9)->Unit(benchmark::kMillisecond)

// Input 10, the GB18030 reports, where the input's bytes are not the text's: not for the
// stages, which run on the bytes as text.
#define GOVREPORT_GB18030_INPUT Arg(10)->Unit(benchmark::kMillisecond)

BENCHMARK(BM_parse)->GOVREPORT_INPUTS;
BENCHMARK(BM_parse)->GOVREPORT_GB18030_INPUT;
BENCHMARK(BM_json)->GOVREPORT_INPUTS;
BENCHMARK(BM_json)->GOVREPORT_GB18030_INPUT;
BENCHMARK(BM_decode_and_paragraphs)->GOVREPORT_INPUTS;
BENCHMARK(BM_decode_and_paragraphs)->GOVREPORT_GB18030_INPUT;
BENCHMARK(BM_structure)->GOVREPORT_INPUTS;
BENCHMARK(BM_stage<indicators_and_periods>)->Name("BM_indicators_periods")->GOVREPORT_INPUTS;
BENCHMARK(BM_stage<bodies_and_persons>)->Name("BM_bodies_persons")->GOVREPORT_INPUTS;
BENCHMARK(BM_stage<documents>)->Name("BM_documents")->GOVREPORT_INPUTS;

}  // namespace

// BENCHMARK_MAIN with a default of half a second of warm-up before each benchmark, unless
// the command line sets one: on the shared VM the figures come from, a core that was idle
// runs the parse at about 60 % of its speed for its first 0.3–0.5 s of work (bench/README.md,
// twelfth round), which the first repetitions measured. (Set per benchmark, the warm-up
// would change the benchmarks' names, which the documented filters match.)
int main(int argc, char** argv) {
    std::vector<char*> args(argv, argv + argc);
    static char warm_up[] = "--benchmark_min_warmup_time=0.5";
    const std::string_view flag = "--benchmark_min_warmup_time";
    bool given = false;
    for (int i = 1; i < argc; ++i)
        given = given || std::string_view(argv[i]).substr(0, flag.size()) == flag;
    if (!given) args.insert(args.begin() + 1, warm_up);
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
