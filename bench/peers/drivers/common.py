# Shared harness of the Python drivers: warm-up, timed pass, offsets (mirrors common.js).
# SPDX-License-Identifier: MIT
import json
import os
import sys
import time


def read_lines(path):
    # Split on LF only (str.splitlines would also split on U+2028 and friends), so that
    # offsets add up to the file's, as in common.js.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")


# Warm-up by time, as in common.js (no JIT here, but the same rule for every peer).
WARMUP_SECONDS = 2


def time_command(feed, input_path, warmup_path):
    warm_lines = read_lines(warmup_path)
    w0 = time.perf_counter()
    while True:
        for line in warm_lines:
            feed(line)
        if time.perf_counter() - w0 >= WARMUP_SECONDS:
            break
    lines = read_lines(input_path)
    found = 0
    t0 = time.perf_counter()
    for line in lines:
        found += feed(line)
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "bytes": os.path.getsize(input_path),
                      "lines": len(lines), "found": found}))


def extract_command(emit, seed_path):
    line_start = 0
    for line in read_lines(seed_path):
        for rec in emit(line, line_start):
            print(json.dumps(rec, ensure_ascii=False))
        line_start += len(line) + 1


def main(feed, emit, argv=None):
    """feed(line) -> number of results; emit(line, line_start) -> records with code-point
    offsets in the file."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 3 and args[0] == "time":
        return time_command(feed, args[1], args[2])
    if len(args) == 2 and args[0] == "extract":
        return extract_command(emit, args[1])
    sys.exit("usage: %s time INPUT WARMUP | extract SEED" % os.path.basename(sys.argv[0]))
