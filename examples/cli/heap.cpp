// Grows the main heap once before a large parse and advises huge pages over it (glibc, Linux).
// SPDX-License-Identifier: MIT
#include "heap.hpp"

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define GOVREPORT_CLI_HEAP 1
#endif

namespace govreport::cli {

bool prepare_heap(std::size_t input_bytes) {
#ifdef GOVREPORT_CLI_HEAP
    if (input_bytes < kHeapPreparationMin) return false;
    // A parse of the corpus repeated to 21.6 MB grows the heap by 3.05 times the input (its
    // small strings, and the large buffers that the heap's free top can hold). Pages the
    // parse does not touch cost nothing: room is made for four times the input.
    constexpr std::size_t kMost = std::size_t{1} << 30;
    const std::size_t want = input_bytes < kMost / 4 ? 4 * input_bytes : kMost;
    constexpr std::size_t kPiece = std::size_t{16} << 20;  // below the 32 MiB cap of the threshold
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    // Keep what is freed at the heap's top (the default trims it past 128 KiB), and let the
    // pieces below come from the heap rather than from mappings of their own.
    if (mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max()) == 0 ||
        mallopt(M_MMAP_THRESHOLD, static_cast<int>(2 * kPiece)) == 0)
        return false;
    std::vector<void*> pieces;
    pieces.reserve(want / kPiece + 1);
    for (std::size_t got = 0; got < want; got += kPiece) {
        void* const piece = std::malloc(kPiece);
        if (!piece) break;
        pieces.push_back(piece);
    }
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Contiguous pieces, in order, below the break: the heap grew as expected (not so under
    // valgrind or a sanitizer, whose allocators map memory of their own).
    bool contiguous = !pieces.empty();
    for (std::size_t i = 0; contiguous && i < pieces.size(); ++i) {
        const auto at = reinterpret_cast<std::uintptr_t>(pieces[i]);
        contiguous = at + kPiece <= top &&
                     (i == 0 || at > reinterpret_cast<std::uintptr_t>(pieces[i - 1]));
    }
    const auto base = pieces.empty() ? 0 : reinterpret_cast<std::uintptr_t>(pieces.front());
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) std::free(*it);
    // Back to the first threshold, now fixed: large buffers are mapped apart again.
    (void)mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    const std::uintptr_t first = (base + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t last = top & ~(kHuge - 1);
    if (!contiguous || last <= first) return false;
    return madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE) == 0;
#else
    (void)input_bytes;
    return false;
#endif
}

}  // namespace govreport::cli
