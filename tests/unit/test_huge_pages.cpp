// Tests for util::advise_huge_pages: which part of a buffer it marks, and what it leaves alone.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "smaps_flags.hpp"
#include "util/huge_pages.hpp"

using namespace govreport;

#if defined(__linux__) && defined(MADV_HUGEPAGE)
namespace {

constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;

using govreport::test::marked_huge;

// A private anonymous mapping of `bytes` that starts 4 KiB past a 2 MiB boundary.
struct Mapping {
    char* base = nullptr;
    std::size_t size = 0;
    char* data = nullptr;
    explicit Mapping(std::size_t bytes) : size(bytes + 2 * kHuge) {
        void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(p != MAP_FAILED);
        base = static_cast<char*>(p);
        const std::uintptr_t aligned = (reinterpret_cast<std::uintptr_t>(base) + kHuge - 1) & ~(kHuge - 1);
        data = reinterpret_cast<char*>(aligned + 4096);
    }
    ~Mapping() { munmap(base, size); }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
};

// Whether this kernel takes the advice at all (built without THP it answers EINVAL).
bool kernel_takes_advice() {
    Mapping probe(kHuge);
    const std::uintptr_t at = (reinterpret_cast<std::uintptr_t>(probe.data) + kHuge - 1) & ~(kHuge - 1);
    return madvise(reinterpret_cast<void*>(at), kHuge, MADV_HUGEPAGE) == 0 && marked_huge(at) == 1;
}

}  // namespace

TEST_CASE("advise_huge_pages marks the 2 MiB-aligned interior of a large buffer and nothing else",
          "[huge_pages]") {
    if (!kernel_takes_advice()) {
        WARN("this kernel does not take MADV_HUGEPAGE or /proc/self/smaps is unreadable");
        return;
    }
    // 4 KiB past a boundary, 9 MiB long: the interior is the three 2 MiB pages after the
    // next boundary; the 2 MiB minus 4 KiB before it and the 1 MiB + 4 KiB after it stay.
    Mapping m(9u << 20);
    const auto begin = reinterpret_cast<std::uintptr_t>(m.data);
    util::advise_huge_pages(m.data, 9u << 20);
    const std::uintptr_t first = begin - 4096 + kHuge;
    CHECK(marked_huge(begin) == 0);
    CHECK(marked_huge(first - 1) == 0);
    CHECK(marked_huge(first) == 1);
    CHECK(marked_huge(first + 3 * kHuge - 1) == 1);
    CHECK(marked_huge(first + 3 * kHuge) == 0);
}

TEST_CASE("advise_huge_pages leaves buffers under its minimum and empty ranges alone", "[huge_pages]") {
    if (!kernel_takes_advice()) {
        WARN("this kernel does not take MADV_HUGEPAGE or /proc/self/smaps is unreadable");
        return;
    }
    // Just under the minimum, though it spans a whole aligned 2 MiB page.
    Mapping small(util::kHugePageAdviceMin);
    util::advise_huge_pages(small.data, util::kHugePageAdviceMin - 1);
    const std::uintptr_t inside = reinterpret_cast<std::uintptr_t>(small.data) - 4096 + kHuge;
    CHECK(marked_huge(inside) == 0);
    // A null pointer and a zero size are no-ops, not errors.
    util::advise_huge_pages(nullptr, std::size_t{64} << 20);
    util::advise_huge_pages(small.data, 0);
    CHECK(marked_huge(inside) == 0);
}

TEST_CASE("advise_huge_spare marks a reserved vector's unwritten capacity and keeps its contents",
          "[huge_pages]") {
    std::vector<std::uint64_t> v(1000, 7);
    v.reserve(v.size() + (std::size_t{16} << 20) / sizeof(std::uint64_t));
    util::advise_huge_spare(v);
    for (std::uint64_t i = 0; i < 1000000; ++i) v.push_back(i);
    CHECK(v[999] == 7);
    CHECK(v[1000] == 0);
    CHECK(v.back() == 999999);
    if (!kernel_takes_advice()) return;
    // The vector's block starts at most 2 MiB before the first marked page.
    const auto spare = reinterpret_cast<std::uintptr_t>(v.data() + 1000);
    CHECK(marked_huge(((spare + kHuge - 1) & ~(kHuge - 1)) + 1) == 1);
}
#else
TEST_CASE("advise_huge_pages is a no-op without Linux's MADV_HUGEPAGE", "[huge_pages]") {
    std::vector<char> v(std::size_t{8} << 20, 'x');
    util::advise_huge_pages(v.data(), v.size());
    CHECK(v[12345] == 'x');
}
#endif
