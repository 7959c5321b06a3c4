#!/usr/bin/env python3
# make_seeds.py: turns report files into small fuzz seeds (option word + the title and a few paragraphs).
# SPDX-License-Identifier: MIT
"""Writes libFuzzer seeds for fuzz_parse.cpp from text files.

Whole reports are 20-200 KB; the fuzzer runs ~10 inputs a second on them. Seeds of a few
KB keep it at hundreds a second while still carrying real structure: each seed is the
file's first line (its title) followed by consecutive lines up to --chunk bytes, joined by
blank lines (cutting at newlines is safe for UTF-8 and GB18030: a newline byte is never
part of a multi-byte character there; a longer line is cut before a UTF-8 lead byte).
Every seed starts with four zero bytes: default options.

Usage: make_seeds.py OUT_DIR [--chunk BYTES] [--max-seeds N] FILE_OR_DIR...
"""

import argparse
import os
import re
import sys

LINES = re.compile(rb"(?:\r?\n)+")


def texts(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in sorted(os.walk(path)):
                for name in sorted(files):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        elif os.path.isfile(path):
            yield path


def cut(paragraph, size):
    """The paragraph, cut to `size` bytes before a UTF-8 lead byte if it is longer."""
    if len(paragraph) <= size:
        return paragraph
    end = size
    while end > 0 and (paragraph[end] & 0xC0) == 0x80:
        end -= 1
    return paragraph[:end]


def chunks(data, size):
    parts = [cut(p, size) for p in LINES.split(data) if p.strip()]
    if not parts:
        return
    title, rest = parts[0], parts[1:]
    current = [title]
    length = len(title)
    for p in rest:
        if length + len(p) > size and len(current) > 1:
            yield b"\n\n".join(current) + b"\n"
            current, length = [title], len(title)
        current.append(p)
        length += len(p) + 2
    if len(current) > 1 or not rest:
        yield b"\n\n".join(current) + b"\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--chunk", type=int, default=3000, help="seed size in bytes (default 3000)")
    ap.add_argument("--max-seeds", type=int, default=400, help="at most this many seeds (default 400)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    files = list(texts(args.inputs))
    per_file = max(1, args.max_seeds // max(1, len(files)))
    written = 0
    for number, path in enumerate(files):
        with open(path, "rb") as f:
            data = f.read()
        base = "%02d-%s" % (number, os.path.splitext(os.path.basename(path))[0])
        for k, chunk in enumerate(chunks(data, args.chunk)):
            if k >= per_file:
                break
            with open(os.path.join(args.out, "%s-%03d" % (base, k)), "wb") as out:
                out.write(b"\0\0\0\0" + chunk)
            written += 1
    print("%d seeds from %d files" % (written, len(files)))
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
