#!/usr/bin/env python3
# Checks `govreport batch`: every table is written, rows carry report ids, a bad file is skipped.
# SPDX-License-Identifier: MIT
import csv
import json
import os
import subprocess
import sys
import tempfile

TABLES = ["reports", "sections", "measures", "indicators", "periods", "bodies", "persons",
          "documents"]


def read_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main():
    cli, inputs = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        bad = os.path.join(tmp, "unreadable.txt")  # named on the command line, not there
        out = os.path.join(tmp, "out")
        proc = subprocess.run([cli, "batch", *inputs, bad, "--out", out, "--jobs", "2"],
                              capture_output=True, timeout=300)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 1, "a failed file must give exit 1, got %d: %s" % (proc.returncode, err)
        assert "unreadable.txt" in err and "skipped" in err, err
        for t in TABLES:
            path = os.path.join(out, t + ".csv")
            with open(path, "rb") as f:
                assert f.read(3) == b"\xef\xbb\xbf", t + ".csv lacks the UTF-8 BOM"
        reports = read_table(os.path.join(out, "reports.csv"))
        assert len(reports) >= 2, reports
        ids = {r["report_id"] for r in reports}
        seed = [r for r in reports if r["path"].endswith("qidong-2024.txt")]
        assert seed and seed[0]["measures"] == "23", seed
        indicators = read_table(os.path.join(out, "indicators.csv"))
        assert indicators and all(r["report_id"] in ids for r in indicators)
        mine = [r for r in indicators if r["report_id"] == seed[0]["report_id"]]
        assert any(r["text"] == "995件" and r["value"] == "995" and r["unit"] == "件" and
                   r["measure"] for r in mine), "995件 missing from indicators.csv"
        with open(os.path.join(out, "reports.jsonl"), encoding="utf-8") as f:
            lines = [json.loads(line) for line in f]
        assert len(lines) == len(reports)
        assert all(line["report"]["format"] == "govreport/1" for line in lines)
    print("batch: ok")


if __name__ == "__main__":
    main()
