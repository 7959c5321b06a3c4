// Test helper: whether a mapping of this process carries the huge-page advice (/proc/self/smaps).
// SPDX-License-Identifier: MIT
#ifndef GOVREPORT_TESTS_SMAPS_FLAGS_HPP
#define GOVREPORT_TESTS_SMAPS_FLAGS_HPP

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

namespace govreport::test {

/// Whether the mapping that holds `address` carries the "hg" (MADV_HUGEPAGE) flag, read from
/// /proc/self/smaps; -1 when the file cannot be read or holds no such mapping.
inline int marked_huge(std::uintptr_t address) {
    std::ifstream smaps("/proc/self/smaps");
    if (!smaps) return -1;
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        unsigned long long lo = 0, hi = 0;
        if (std::sscanf(line.c_str(), "%llx-%llx ", &lo, &hi) == 2 && line.find(':') > line.find('-')) {
            inside = lo <= address && address < hi;
            continue;
        }
        if (inside && line.rfind("VmFlags:", 0) == 0) return line.find(" hg") != std::string::npos;
    }
    return -1;
}

}  // namespace govreport::test

#endif
