// fuzz_replay.cpp: runs the fuzz harness once per file (or per file under a directory) without libFuzzer.
// SPDX-License-Identifier: MIT
//
// Lets every build (gcc, sanitizers or not, no libFuzzer) replay tests/fuzz/regressions/:
// a crash the fuzzer once found stays fixed. Inputs are in the harness's format (4 bytes
// of options, then text). --raw FILE… prefixes four zero bytes, for plain text files.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

namespace {

// Runs one input from an exactly sized heap buffer, as libFuzzer does, so that a read
// past the end is caught by ASan.
bool run_file(const fs::path& path, bool raw) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fuzz_replay: cannot read %s\n", path.string().c_str());
        return false;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (raw) bytes.insert(bytes.begin(), 4, '\0');
    std::vector<uint8_t> exact(bytes.begin(), bytes.end());
    exact.shrink_to_fit();
    // Named before the run: if it crashes, the log says which input did it.
    std::fprintf(stderr, "running %s\n", path.string().c_str());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
    std::printf("ok %s (%zu bytes)\n", path.string().c_str(), exact.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    bool raw = false;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--raw") {
            raw = true;
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<fs::path> found;
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file() && entry.path().filename().string()[0] != '.' &&
                    entry.path().extension() != ".md")
                    found.push_back(entry.path());
            std::sort(found.begin(), found.end());  // a stable order makes logs comparable
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.emplace_back(arg);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: fuzz_replay [--raw] FILE|DIR...   (no inputs found)\n");
        return 2;
    }
    size_t ok = 0;
    for (const auto& f : files) ok += run_file(f, raw) ? 1 : 0;
    std::printf("%zu of %zu inputs replayed\n", ok, files.size());
    return ok == files.size() ? 0 : 1;
}
