#!/usr/bin/env python3
# Test driver for the govreport CLI: runs it once and checks exit status, stdout and stderr.
# SPDX-License-Identifier: MIT
"""Run a command and check what it did; used by the CLI's CTests.

    check_cli.py [checks…] -- COMMAND [ARGS…]

Checks (all must hold, so a test fails on any one of them):
  --exit N              exit status must be N (default 0)
  --stdin FILE          feed FILE on standard input (default: an empty stdin)
  --stdout-regex RE     RE must match somewhere in stdout (repeatable, multiline mode)
  --stderr-regex RE     RE must match somewhere in stderr (repeatable)
  --stderr-empty        nothing may be written to stderr
  --error-line          stderr must be exactly one line starting with "govreport: "
  --json                stdout must pass `python3 -m json.tool` and be a govreport/1 object
  --validate SCRIPT     stdout must pass `python3 SCRIPT -` (the JSON Schema checker)
"""
import argparse
import json
import re
import subprocess
import sys

TIMEOUT_SECONDS = 120


def fail(message, result=None):
    print(f"FAIL: {message}")
    if result is not None:
        print(f"--- exit status: {result.returncode}")
        print("--- stdout (first 2000 chars):")
        print(result.stdout[:2000].decode("utf-8", "replace"))
        print("--- stderr:")
        print(result.stderr.decode("utf-8", "replace"))
    sys.exit(1)


def pipe_through(command, data, what, result):
    checked = subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT_SECONDS)
    if checked.returncode != 0:
        print(checked.stdout.decode("utf-8", "replace")[-2000:])
        print(checked.stderr.decode("utf-8", "replace")[-2000:])
        fail(f"{what} rejected the output (exit {checked.returncode})", result)


def main():
    if "--" not in sys.argv:
        print(__doc__)
        return 2
    split = sys.argv.index("--")
    parser = argparse.ArgumentParser(description="check one run of a command")
    parser.add_argument("--exit", type=int, default=0)
    parser.add_argument("--stdin")
    parser.add_argument("--stdout-regex", action="append", default=[])
    parser.add_argument("--stderr-regex", action="append", default=[])
    parser.add_argument("--stderr-empty", action="store_true")
    parser.add_argument("--error-line", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--validate")
    args = parser.parse_args(sys.argv[1:split])
    command = sys.argv[split + 1:]
    if not command:
        parser.error("no command after --")

    stdin = open(args.stdin, "rb") if args.stdin else subprocess.DEVNULL
    try:
        result = subprocess.run(command, stdin=stdin, capture_output=True, timeout=TIMEOUT_SECONDS)
    finally:
        if args.stdin:
            stdin.close()
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")

    if result.returncode != args.exit:
        fail(f"exit status {result.returncode}, expected {args.exit}", result)
    for pattern in args.stdout_regex:
        if not re.search(pattern, out, re.MULTILINE):
            fail(f"stdout does not match {pattern!r}", result)
    for pattern in args.stderr_regex:
        if not re.search(pattern, err, re.MULTILINE):
            fail(f"stderr does not match {pattern!r}", result)
    if args.stderr_empty and err:
        fail("stderr is not empty", result)
    if args.error_line:
        lines = err.splitlines()
        if len(lines) != 1 or not lines[0].startswith("govreport: ") or not err.endswith("\n"):
            fail("stderr is not exactly one line starting with 'govreport: '", result)
    if args.json:
        pipe_through([sys.executable, "-m", "json.tool"], result.stdout, "json.tool", result)
        document = json.loads(out)
        if not isinstance(document, dict) or document.get("format") != "govreport/1":
            fail('the JSON is not an object with "format": "govreport/1"', result)
    if args.validate:
        pipe_through([sys.executable, args.validate, "-"], result.stdout, args.validate, result)

    print(f"PASS: {' '.join(command)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
