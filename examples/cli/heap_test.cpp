// Tests for cli::prepare_heap: when it grows and marks the heap, and that the heap stays usable.
// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "heap.hpp"
#include "smaps_flags.hpp"

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/mman.h>
#include <unistd.h>
#endif

// Sanitizers and valgrind bring allocators of their own, whose blocks are not carved from
// the main heap: prepare_heap() sees that and gives no advice.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GOVREPORT_TEST_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GOVREPORT_TEST_OWN_ALLOCATOR 1
#endif
#endif

namespace {

using govreport::test::marked_huge;

#if defined(__linux__) && defined(__GLIBC__) && !defined(GOVREPORT_TEST_OWN_ALLOCATOR)
// Whether this kernel takes MADV_HUGEPAGE (built without THP it answers EINVAL), tried on a
// mapping of its own.
bool kernel_takes_advice() {
    const std::size_t huge = std::size_t{2} << 20;
    void* const p = mmap(nullptr, 2 * huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return false;
    const std::uintptr_t at = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~(huge - 1);
    const bool yes = madvise(reinterpret_cast<void*>(at), huge, MADV_HUGEPAGE) == 0;
    munmap(p, 2 * huge);
    return yes;
}
#endif

// Small blocks written and freed: the heap still hands out working memory.
void use_small_blocks(std::size_t bytes) {
    std::vector<char*> blocks;
    for (std::size_t used = 0; used < bytes; used += 96) {
        char* const b = static_cast<char*>(std::malloc(96));
        if (b == nullptr) FAIL("malloc(96) failed after " << used << " bytes");
        std::memset(b, 0x5A, 96);
        blocks.push_back(b);
    }
    CHECK(blocks.front()[95] == 0x5A);
    CHECK(blocks.back()[0] == 0x5A);
    for (char* b : blocks) std::free(b);
}

}  // namespace

// One test case: the allocator's settings are the process's, and the order matters.
TEST_CASE("prepare_heap grows and marks the heap for large inputs only", "[cli][heap]") {
    // Under the minimum: nothing happens at all.
    CHECK_FALSE(govreport::cli::prepare_heap(govreport::cli::kHeapPreparationMin - 1));
    CHECK_FALSE(govreport::cli::prepare_heap(0));
#if defined(__linux__) && defined(__GLIBC__) && !defined(GOVREPORT_TEST_OWN_ALLOCATOR)
    const std::size_t input = std::size_t{8} << 20;
    const bool takes_advice = kernel_takes_advice();
    const bool advised = govreport::cli::prepare_heap(input);
    // Only a kernel built without transparent huge pages refuses the advice.
    CHECK(advised == takes_advice);
    if (!takes_advice) {
        WARN("madvise(MADV_HUGEPAGE) refused: no transparent huge pages in this kernel");
    } else if (advised) {
        // The heap reaches four times the input past where it was, and the room just below
        // its new end carries the advice.
        const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
        const std::uintptr_t probe = (top & ~((std::uintptr_t{2} << 20) - 1)) - 1;
        if (marked_huge(probe) == -1) {
            WARN("/proc/self/smaps is unreadable");
        } else {
            CHECK(marked_huge(probe) == 1);
        }
        // The room was kept: a small block now comes from below that end.
        void* const small = std::malloc(64);
        REQUIRE(small != nullptr);
        CHECK(reinterpret_cast<std::uintptr_t>(small) < top);
        CHECK(top - reinterpret_cast<std::uintptr_t>(small) > 3 * input);
        std::free(small);
    }
#endif
    // Whatever happened, the heap works: 40 MiB of small blocks, written and freed.
    use_small_blocks(std::size_t{40} << 20);
}
