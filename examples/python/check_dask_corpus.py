#!/usr/bin/python3
# check_dask_corpus.py: dask_corpus.py on two local workers must write what `govreport batch` does.
# SPDX-License-Identifier: MIT
"""Test of examples/python/dask_corpus.py (run by CTest as example_python_dask_corpus).

    /usr/bin/python3 check_dask_corpus.py --cli GOVREPORT --sample FILE [INPUT...]

Parses the inputs (the shared corpus; the bundled sample when no input exists) plus an
HTML page, a UTF-16 copy and a missing file made here, once with dask_corpus.py on a local
cluster of two workers and once with `govreport batch`, and requires the same bytes in
every table and in reports.jsonl: rows, columns, report ids, quoting and BOM. Both runs
must report the missing file and skip it. Exits 77 (CTest: skipped) when Dask is not
installed in this interpreter.
"""

import argparse
import csv
import html
import importlib
import io
import os
import subprocess
import sys
import tempfile
from collections import Counter

OUTPUTS = ["reports.csv", "sections.csv", "measures.csv", "indicators.csv", "periods.csv",
           "bodies.csv", "persons.csv", "documents.csv", "reports.jsonl"]
SKIP = 77
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dask_corpus.py")


def make_inputs(folder, sample):
    """The sample as an HTML page (upper-case extension) and as UTF-16LE with a BOM."""
    os.makedirs(folder)
    with open(sample, encoding="utf-8") as f:
        lines = f.read().splitlines()
    page = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title>"
            "</head><body>" % html.escape(lines[0])]
    page += ["<p>%s</p>" % html.escape(line) for line in lines if line.strip()]
    page.append("</body></html>")
    with open(os.path.join(folder, "sample-page.HTM"), "w", encoding="utf-8") as f:
        f.write("\n".join(page))
    with open(os.path.join(folder, "sample-utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + "\n".join(lines).encode("utf-16-le"))


def rows(data):
    """A CSV file's rows (BOM dropped) for a readable difference."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def differences(name, cli, dask):
    """Why two outputs differ, in a few lines."""
    if name.endswith(".jsonl"):
        a, b = cli.splitlines(), dask.splitlines()
    else:
        a, b = rows(cli), rows(dask)
        if a[:1] != b[:1]:
            return ["header: cli %r, dask %r" % (a[:1], b[:1])]
        a, b = [tuple(r) for r in a], [tuple(r) for r in b]
    only_cli = list((Counter(a) - Counter(b)).elements())
    only_dask = list((Counter(b) - Counter(a)).elements())
    if not only_cli and not only_dask:
        return ["the same rows in another order, or other bytes (BOM, quoting, line ends)"]
    return (["%d rows only from the CLI, %d only from Dask" % (len(only_cli), len(only_dask))]
            + ["cli:  %r" % (r,) for r in only_cli[:3]]
            + ["dask: %r" % (r,) for r in only_dask[:3]])


def run(command, what, env=None):
    proc = subprocess.run(command, capture_output=True, timeout=240, env=env)
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 1:  # 1: the missing file failed, everything else was parsed
        sys.exit("%s exited with %d, expected 1:\n%s" % (what, proc.returncode, err))
    if "missing.txt" not in err or "(skipped)" not in err:
        sys.exit("%s did not report the missing file as skipped:\n%s" % (what, err))
    return err


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("inputs", nargs="*")
    args = parser.parse_args()
    try:
        for module in ("dask", "distributed"):
            importlib.import_module(module)
    except ImportError as error:
        print("skipped: %s needs python3-dask and python3-distributed: %s"
              % (sys.executable, error))
        return SKIP

    inputs = [i for i in args.inputs if os.path.exists(i)] or [args.sample]
    print("inputs: %s" % " ".join(inputs))
    with tempfile.TemporaryDirectory() as tmp:
        extra = os.path.join(tmp, "extra")
        make_inputs(extra, args.sample)
        inputs += [extra, os.path.join(tmp, "missing.txt")]
        # Dask's worker scratch space goes to the temporary directory, not /tmp or here.
        env = dict(os.environ, DASK_TEMPORARY_DIRECTORY=tmp)
        out_dask, out_cli = os.path.join(tmp, "dask"), os.path.join(tmp, "cli")
        err = run([sys.executable, SCRIPT, *inputs, "--out", out_dask, "--workers", "2"],
                  "dask_corpus.py", env)
        print(err.strip().splitlines()[-1])
        print(run([args.cli, "batch", *inputs, "--out", out_cli, "--jobs", "2"],
                  "govreport batch").strip().splitlines()[-1])

        failures = []
        for name in OUTPUTS:
            with open(os.path.join(out_cli, name), "rb") as f:
                from_cli = f.read()
            with open(os.path.join(out_dask, name), "rb") as f:
                from_dask = f.read()
            if from_cli != from_dask:
                failures.append("%s differs:\n  %s" % (name, "\n  ".join(
                    differences(name, from_cli, from_dask))))
            elif name.endswith(".csv"):
                print("%-16s %5d rows, identical" % (name, len(rows(from_dask)) - 1))
        if failures:
            sys.exit("\n".join(failures))

        with open(os.path.join(out_dask, "reports.csv"), "rb") as f:
            reports = rows(f.read())[1:]
        with open(os.path.join(out_dask, "indicators.csv"), "rb") as f:
            indicators = rows(f.read())[1:]
        formats = {r[6] for r in reports}
        encodings = {r[5] for r in reports}
        if not indicators:
            sys.exit("indicators.csv is empty")
        if "html" not in formats or "utf-16le" not in encodings:
            sys.exit("the HTML page or the UTF-16 copy was not parsed as such: %s %s"
                     % (formats, encodings))
    print("dask corpus: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
