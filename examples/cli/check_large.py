#!/usr/bin/env python3
# Checks `govreport --json` on a report repeated to 5.5 MB, past the size (1 MiB) at which
# the CLI prepares its heap: each copy gives the same items as the report alone.
# SPDX-License-Identifier: MIT
import json
import os
import subprocess
import sys
import tempfile

COPIES = 300  # the sample (18 KB) 300 times: 5.5 MB
REPEATED = ["sections", "measures", "indicators", "periods"]
INDICATOR_FIELDS = ["text", "value", "value_text", "unit", "kind", "qualifier", "metric"]


def run_json(cli, path):
    proc = subprocess.run([cli, "--json", path], capture_output=True, timeout=600)
    assert proc.returncode == 0, "exit %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace"))
    assert proc.stderr == b"", proc.stderr.decode("utf-8", "replace")
    return json.loads(proc.stdout)


def main():
    cli, sample = sys.argv[1], sys.argv[2]
    with open(sample, encoding="utf-8") as f:
        text = f.read().rstrip("\n") + "\n\n"
    one = run_json(cli, sample)
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "repeated.txt")
        with open(big, "w", encoding="utf-8") as f:
            f.write(text * COPIES)
        assert os.path.getsize(big) >= 1 << 20, "the input must reach the heap preparation's minimum"
        many = run_json(cli, big)
    for key in REPEATED:
        assert len(one[key]) > 0, key
        assert len(many[key]) == COPIES * len(one[key]), (key, len(many[key]), len(one[key]))
    n = len(one["indicators"])
    for k in range(COPIES):
        for i, expected in enumerate(one["indicators"]):
            got = many["indicators"][k * n + i]
            for field in INDICATOR_FIELDS:
                assert got.get(field) == expected.get(field), (k, i, field, got.get(field), expected.get(field))
    print("ok: %d copies, %d indicators" % (COPIES, len(many["indicators"])))


if __name__ == "__main__":
    main()
