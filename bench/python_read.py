#!/usr/bin/env python3
# python_read.py: what a Python caller pays to parse a report and to read every list of it.
# SPDX-License-Identifier: MIT
"""Times ``govreport.parse_file(FILE)`` and ``list(report.<list>)`` for each of the
report's lists through the Python binding, best of N passes, and prints microseconds per
item; then the indicators read as a few columns (``report.indicators.columns(…)``). The
binding finds the library through GOVREPORT_LIBRARY (or the usual search).

    GOVREPORT_LIBRARY=build/lib/libgovreport.so \\
        python3 bench/python_read.py examples/data/qidong-2024.txt --passes 200
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                                "bindings", "python"))
import govreport  # noqa: E402

LISTS = ("sections", "measures", "diagnostics", "indicators", "periods", "bodies", "persons",
         "documents")
# What a table of indicators typically holds (a researcher's data-density count, say).
COLUMNS = ("metric", "value", "unit", "period_id")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--passes", type=int, default=20,
                        help="passes of parse and read; the best of each is kept (20)")
    args = parser.parse_args()
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    best_parse = float("inf")
    best = dict.fromkeys(LISTS, float("inf"))
    best_columns = float("inf")
    counts = {}
    for _ in range(args.passes):
        start = time.perf_counter()
        try:
            report = govreport.parse_file(args.file)
        except govreport.GovreportError as e:
            sys.exit("python_read.py: %s" % e)
        best_parse = min(best_parse, time.perf_counter() - start)
        with report:
            for name in LISTS:
                start = time.perf_counter()
                items = list(getattr(report, name))
                best[name] = min(best[name], time.perf_counter() - start)
                counts[name] = len(items)
            start = time.perf_counter()
            report.indicators.columns(*COLUMNS)
            best_columns = min(best_columns, time.perf_counter() - start)
    reading = sum(best.values())
    print("%s: parse %.3f ms; reading every list %.3f ms (%.1f times the parse); best of %d"
          % (os.path.basename(args.file), best_parse * 1e3, reading * 1e3,
             reading / best_parse, args.passes))
    for name in LISTS:
        each = best[name] / counts[name] * 1e6 if counts[name] else 0.0
        print("  %-12s %7d items %9.3f ms %7.1f us each"
              % (name, counts[name], best[name] * 1e3, each))
    count = counts["indicators"]
    print("indicators as %d columns (%s): %.3f ms, %.1f us each, %.1f times faster than "
          "the items" % (len(COLUMNS), ", ".join(COLUMNS), best_columns * 1e3,
                         best_columns / count * 1e6 if count else 0.0,
                         best["indicators"] / best_columns if best_columns else 0.0))


if __name__ == "__main__":
    main()
