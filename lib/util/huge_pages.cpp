// Transparent huge pages for large buffers (see huge_pages.hpp).
// SPDX-License-Identifier: MIT
#include "util/huge_pages.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace govreport::util {

void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!data || bytes < kHugePageAdviceMin) return;
    constexpr std::uintptr_t kHuge = kHugePageBytes;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t last = (begin + bytes) & ~(kHuge - 1);
    if (last <= first) return;
    // Errors (EINVAL without THP support) leave ordinary pages: nothing to report.
    (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

}  // namespace govreport::util
