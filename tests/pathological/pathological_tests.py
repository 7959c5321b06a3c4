#!/usr/bin/env python3
# pathological_tests.py: generated hostile inputs through the shared library (ctypes); each must parse within a time bound, in linear time and bounded memory.
# SPDX-License-Identifier: MIT
"""Pathological inputs for govreport (cmark's test/pathological_tests.py idea).

Every case is generated at a full size n and at n/4. Each size runs in a child process, so
that a hang is killed by a timeout and the peak memory of one parse can be measured. A case
passes when

  * the parse (and the JSON export) of the full size finishes within --time-limit seconds,
  * time(n) <= 8 x time(n/4) (a linear algorithm gives ~4; a quadratic one ~16); times under
    --floor seconds count as --floor, so noise on tiny timings cannot fail a case,
  * the parse's peak memory stays under --memory-factor x input bytes + --memory-slack MiB,
  * the status is the expected one.

Usage: pathological_tests.py --library PATH [--case NAME]... [--list] [--sanitized] [--scale F]
"""

import argparse
import ctypes
import json
import os
import resource
import subprocess
import sys
import time

# ## Inputs

TITLE = "某市人民政府2024年度法治政府建设情况报告\n\n".encode()
PART1 = "一、2024年法治政府建设的主要做法及成效\n\n".encode()
SENTENCE = "推进依法行政，全年办理案件995件，同比增长8.9%，涉及金额8122.21万元；".encode()
CN_DIGITS = "一二三四五六七八九"
# A real issuer: bodies and persons are resolved against the gazetteer from the title.
QIDONG = "启东市人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效\n\n1. 推进工作。".encode()


def repeat_to(unit: bytes, size: int) -> bytes:
    return unit * (size // len(unit))


def chunked_with(unit: bytes, chunk: int, sep: bytes, size: int) -> bytes:
    """`unit` text cut at a character boundary into chunks of `chunk` bytes, each followed by `sep`."""
    body = unit * (chunk // len(unit) + 1)
    cut = chunk
    while cut > 0 and (body[cut] & 0xC0) == 0x80:
        cut -= 1
    piece = body[:cut] + b" " * (chunk - cut) + sep
    return piece * (size // len(piece))


def numbered_headings(n):
    """n headings: groups （一）… of 99 items 1. … 99. (numbering restarts in each group)."""
    out = [TITLE, PART1]
    for i in range(n):
        if i % 100 == 0:
            out.append(("（%s）第%d组工作\n\n" % (CN_DIGITS[(i // 100) % 9], i // 100 + 1)).encode())
        else:
            out.append(("%d. 推进第%d项工作。完成任务。\n\n" % (i % 100, i)).encode())
    return b"".join(out)


def enumeration_paragraph(n):
    items = []
    for i in range(n):
        items.append(("%s是加强第%d项工作；" % (CN_DIGITS[i % 9], i)).encode())
    return TITLE + "四、下一步工作计划\n\n".encode() + b"".join(items) + "。\n".encode()


def enumeration_paragraphs(n):
    items = []
    for i in range(n):
        items.append(("%s是加强第%d项工作。\n\n" % (CN_DIGITS[i % 9], i)).encode())
    return TITLE + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n".encode() + b"".join(items)


def nested_levels(n):
    unit = "一、部分\n\n（一）方面\n\n1. 措施。\n\n（1）细项。\n\n①要点。\n\n".encode()
    return TITLE + unit * (n // 5)


# name -> (full size n, generator(n) -> bytes, options, expected status, what n counts)
# Status 0 is GOVREPORT_OK, 3 GOVREPORT_E_INVALID_ENCODING.
CASES = {
    "headings_100k": (100_000, numbered_headings, {}, 0, "numbered headings"),
    "level1_headings_100k": (100_000, lambda n: TITLE + "一、部分\n\n".encode() * n, {}, 0,
                             "identical 一、 headings (a skipped-ordinal diagnostic each)"),
    "nested_levels_100k": (100_000, nested_levels, {}, 0, "headings on five alternating levels"),
    "unclosed_book_title_50k": (50_000, lambda n: TITLE + "依据《规定".encode() * n + "。\n".encode(), {}, 0,
                                "unclosed 《"),
    "bare_book_title_50k": (50_000, lambda n: TITLE + "《".encode() * n + "\n".encode(), {}, 0,
                            "《 in a row"),
    "unclosed_paren_50k": (50_000, lambda n: TITLE + "（说明".encode() * n + "。\n".encode(), {}, 0, "unclosed （"),
    "unclosed_paren_marker_50k": (50_000, lambda n: TITLE + PART1 + "（一".encode() * n + "\n".encode(), {}, 0,
                                  "unclosed （一"),
    "unclosed_quote_50k": (50_000, lambda n: TITLE + "“汇东".encode() * n + "。\n".encode(), {}, 0,
                           "unclosed “"),
    "nested_brackets_50k": (50_000, lambda n: TITLE + "《〈（“".encode() * (n // 4) + "”）〉》".encode() * (n // 4)
                            + "\n".encode(), {}, 0, "brackets nested as 《〈（“…”）〉》"),
    "nested_angle_titles_20k": (20_000, lambda n: TITLE + "《".encode() + "〈".encode() * n + "〉".encode() * n
                                + "》\n".encode(), {}, 0, "〈 nested in one 《"),
    "single_line_10mb": (10_000_000, lambda n: TITLE + repeat_to(SENTENCE, n), {}, 0,
                         "bytes of one line of quantities"),
    "nul_every_1000_16mib": (16 << 20, lambda n: TITLE + chunked_with(SENTENCE + "\n\n".encode(), 999, b"\0", n),
                             {}, 0, "bytes, a NUL every 1000"),
    "invalid_utf8_every_other_byte": (8_000_000, lambda n: b"a\xff" * (n // 2), {}, 0, "bytes"),
    "invalid_utf8_strict": (8_000_000, lambda n: "法治".encode() * (n // 12) + b"a\xff" * (n // 4), {"strict": True},
                            3, "bytes (strict mode must refuse them)"),
    "page_breaks_100k": (100_000, lambda n: TITLE + PART1 + "1. 推进工作".encode() + "依法行政\n\n".encode() * n
                         + "。\n".encode(), {}, 0, "page breaks inside one paragraph"),
    "split_words_100k": (100_000, lambda n: TITLE + "探\n\n索".encode() * n + "。\n".encode(), {}, 0,
                         "words split by page breaks"),
    "enumeration_inline_100k": (100_000, enumeration_paragraph, {}, 0, "一是 items in one paragraph"),
    "enumeration_paragraphs_100k": (100_000, enumeration_paragraphs, {}, 0, "paragraph-initial 一是 items"),
    "repeated_markers_100k": (100_000, lambda n: TITLE + "（一）1.一是①".encode() * (n // 4) + "\n".encode(), {}, 0,
                              "markers in a row on one line"),
    "quantities_100k": (100_000, lambda n: TITLE + PART1 + "1. 办理。".encode() + "995件，".encode() * n
                        + "。\n".encode(), {}, 0, "quantities in one paragraph"),
    "changes_100k": (100_000, lambda n: TITLE + PART1 + "1. 增长。".encode() + "同比增长8.9%，从1分提升至2分，".encode()
                     * (n // 2) + "。\n".encode(), {}, 0, "changes in one paragraph"),
    "periods_100k": (100_000, lambda n: TITLE + "2024年上半年、".encode() * n + "。\n".encode(), {}, 0, "periods"),
    "numerals_between_blanks_100k": (100_000, lambda n: TITLE + "一\u3000".encode() * n + "。\n".encode(), {}, 0,
                                     "Chinese numerals each after a blank (a candidate at every one)"),
    "digits_between_blanks_100k": (100_000, lambda n: TITLE + "1\u3000".encode() * n + "。\n".encode(), {}, 0,
                                   "digits each after a blank"),
    "long_number_1m": (1_000_000, lambda n: TITLE + b"9" * n + "万元。\n".encode(), {}, 0, "digits of one number"),
    "bodies_50k": (50_000, lambda n: QIDONG + "市政府、市司法局、南通市人民政府、汇龙镇人民政府、".encode() * (n // 4)
                   + "。\n".encode(), {}, 0, "body mentions"),
    "issuer_mentions_100k": (100_000, lambda n: ("上海市嘉定区人民政府" * 8 + "2024年度法治政府建设情况报告\n\n").encode()
                             + "嘉定区人民 政府、区政府、".encode() * (n // 2) + "。\n".encode(), {}, 0,
                             "mentions of the issuer's bodies (each read for the issuer's words)"),
    "documents_50k": (50_000, lambda n: TITLE + "《条例".encode() + "》《条例".encode() * n + "》。\n".encode(), {}, 0,
                      "document mentions"),
    "distinct_documents_50k": (50_000, lambda n: TITLE + "".join("《条例%d》（国办发〔2021〕%d号）" % (i, i) for i in range(n))
                               .encode() + "。\n".encode(), {}, 0, "distinct documents"),
    "persons_50k": (50_000, lambda n: QIDONG + "市委副书记、市长蔡毅，".encode() * n + "。\n".encode(), {}, 0,
                    "mentions of one person"),
    "distinct_persons_20k": (20_000, lambda n: QIDONG + "".join("副市长%s%s%s，" % (
        "张王李赵刘陈杨黄"[i % 8], chr(0x4E00 + i // 100 % 1000), chr(0x4E00 + i % 100)) for i in range(n)).encode()
        + "。\n".encode(), {}, 0, "distinct persons"),
    "spaces_10mb": (10_000_000, lambda n: TITLE + "\u3000 \t".encode() * (n // 5) + "\n".encode(), {}, 0,
                    "bytes of whitespace"),
    "newlines_10mb": (10_000_000, lambda n: TITLE + b"\n" * n, {}, 0, "newlines"),
    "crlf_items_100k": (100_000, lambda n: TITLE + PART1 + "1. 工作。\r\n".encode() * n, {}, 0,
                        "CRLF lines, each an item numbered 1."),
}

# ## The library (the few functions the driver needs)

ENTITIES = (("section", "sections"), ("measure", "measures"), ("diagnostic", "diagnostics"),
            ("indicator", "indicators"), ("period", "periods"), ("body", "bodies"), ("person", "persons"),
            ("document", "documents"))


class Options(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("report_year", ctypes.c_int32), ("reserved", ctypes.c_uint32),
                ("max_input_bytes", ctypes.c_uint64)]


def load(path):
    lib = ctypes.CDLL(path)
    lib.govreport_parse_options_init.argtypes = [ctypes.c_void_p]
    lib.govreport_parse_options_init.restype = None
    lib.govreport_parse_buffer.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p,
                                           ctypes.POINTER(ctypes.c_void_p)]
    lib.govreport_parse_buffer.restype = ctypes.c_int
    lib.govreport_report_free.argtypes = [ctypes.c_void_p]
    lib.govreport_report_free.restype = None
    lib.govreport_report_to_json.argtypes = [ctypes.c_void_p, ctypes.c_uint32,
                                             ctypes.POINTER(ctypes.c_void_p),
                                             ctypes.POINTER(ctypes.c_size_t)]
    lib.govreport_report_to_json.restype = ctypes.c_int
    lib.govreport_free.argtypes = [ctypes.c_void_p]
    lib.govreport_free.restype = None
    lib.govreport_last_error_message.argtypes = []
    lib.govreport_last_error_message.restype = ctypes.c_char_p
    for what, _ in ENTITIES:
        f = getattr(lib, "govreport_report_%s_count" % what)
        f.argtypes = [ctypes.c_void_p]
        f.restype = ctypes.c_size_t
    return lib


# ## Child: one parse of one generated input


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def reset_peak_rss():
    """Resets VmHWM to the current RSS (Linux >= 4.0); False when that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def peak_rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(library, name, n):
    _, generate, options, _, _ = CASES[name]
    data = generate(n)
    lib = load(library)
    opts = Options()
    lib.govreport_parse_options_init(ctypes.byref(opts))
    if options.get("strict"):
        opts.flags |= 1
    report = ctypes.c_void_p()
    exact = reset_peak_rss()
    before = rss_kib()
    t0 = time.perf_counter()
    status = lib.govreport_parse_buffer(data, len(data), ctypes.byref(opts), ctypes.byref(report))
    t1 = time.perf_counter()
    result = {"bytes": len(data), "status": status, "parse_s": t1 - t0, "json_s": 0.0, "json_bytes": 0,
              "peak_exact": exact}
    if status == 0:
        buf = ctypes.c_void_p()
        size = ctypes.c_size_t()
        t2 = time.perf_counter()
        js = lib.govreport_report_to_json(report, 0, ctypes.byref(buf), ctypes.byref(size))
        t3 = time.perf_counter()
        result.update(json_s=t3 - t2, json_status=js, json_bytes=size.value)
        lib.govreport_free(buf)
        for what, plural in ENTITIES:
            result[plural] = getattr(lib, "govreport_report_%s_count" % what)(report)
        lib.govreport_report_free(report)
    else:
        result["message"] = lib.govreport_last_error_message().decode("utf-8", "replace")
    result["peak_mib"] = max(0, peak_rss_kib() - before) / 1024
    print(json.dumps(result))


# ## Parent: runs the children and judges


def run_child(args, name, n):
    cmd = [sys.executable, os.path.abspath(__file__), "--library", args.library, "--child", name, "--size", str(n)]
    timeout = args.time_limit * args.slowdown * 3 + 30  # a hang is killed, not waited for
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "killed after %.0f s (a hang or worse than the bound)" % timeout
    if p.returncode != 0:
        tail = (p.stderr or p.stdout).strip().splitlines()[-15:]
        return None, "child exited with %d:\n      %s" % (p.returncode, "\n      ".join(tail))
    try:
        r = json.loads(p.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None, "unreadable child output: %r" % p.stdout[-300:]
    r["wall_s"] = time.perf_counter() - start
    return r, None


def judge(args, name):
    full, _, _, want_status, counts = CASES[name]
    full = max(4, int(full * args.scale))
    limit = args.time_limit * args.slowdown
    problems = []
    small, err = run_child(args, name, full // 4)
    if err:
        return False, "n/4: " + err
    big, err = run_child(args, name, full)
    if err:
        return False, "n: " + err

    def cost(r):
        return r["parse_s"] + r["json_s"]

    ratio = max(cost(big), args.floor) / max(cost(small), args.floor)
    if ratio > 8:  # one retry: a loaded machine can slow a single run down
        small2, _ = run_child(args, name, full // 4)
        big2, _ = run_child(args, name, full)
        if small2 and big2:
            ratio2 = max(cost(big2), args.floor) / max(cost(small2), args.floor)
            if ratio2 < ratio:
                small, big, ratio = small2, big2, ratio2
    for r, label in ((small, "n/4"), (big, "n")):
        if r["status"] != want_status:
            problems.append("%s: status %d, expected %d %s" % (label, r["status"], want_status, r.get("message", "")))
        if r["status"] == 0 and r.get("json_status", 0) != 0:
            problems.append("%s: to_json failed with %d" % (label, r["json_status"]))
    if cost(big) > limit:
        problems.append("took %.2f s, over the %.1f s bound" % (cost(big), limit))
    if ratio > 8:
        problems.append("super-linear: time(n) = %.1f x time(n/4)" % ratio)
    memory_bound = args.memory_factor * big["bytes"] / 2**20 + args.memory_slack
    if not args.sanitized and big["peak_mib"] > memory_bound:
        problems.append("peak memory %.0f MiB over the bound %.0f MiB" % (big["peak_mib"], memory_bound))
    entities = " ".join("%s=%d" % (what, big[plural]) for what, plural in ENTITIES if big.get(plural))
    detail = ("n=%d %s, %.1f MB: parse %.3f s + json %.3f s (n/4: %.3f s, ratio %.1f), peak +%.0f MiB%s" %
              (full, counts, big["bytes"] / 1e6, big["parse_s"], big["json_s"], cost(small), ratio,
               big["peak_mib"], (", " + entities) if entities else ""))
    if problems:
        return False, detail + "\n      " + "\n      ".join(problems)
    return True, detail


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", help="path to libgovreport.so")
    ap.add_argument("--case", action="append", help="run only this case (repeatable)")
    ap.add_argument("--list", action="store_true", help="print the case names and exit")
    ap.add_argument("--time-limit", type=float, default=10.0, help="seconds per full-size case (default 10)")
    ap.add_argument("--floor", type=float, default=0.05, help="shortest time the ratio takes seriously")
    ap.add_argument("--memory-factor", type=float, default=40.0, help="peak MiB per input MiB (default 40)")
    ap.add_argument("--memory-slack", type=float, default=256.0, help="peak MiB on top (default 256)")
    ap.add_argument("--sanitized", action="store_true",
                    help="the library is built with ASan/UBSan: 5x the time bound, no memory bound, "
                         "sizes scaled by 1/4 unless --scale says otherwise")
    ap.add_argument("--scale", type=float, help="multiply every case's size by this (default 1)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.list:
        print("\n".join(CASES))
        return 0
    if not args.library:
        ap.error("--library is required")
    if args.child:
        child(args.library, args.child, args.size)
        return 0
    args.slowdown = 5.0 if args.sanitized else 1.0
    if args.scale is None:
        # Under the sanitizers the point is memory errors, not timing: smaller inputs suffice.
        args.scale = 0.25 if args.sanitized else 1.0

    names = args.case or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        ap.error("unknown case(s): " + ", ".join(unknown))
    failed = 0
    for name in names:
        ok, detail = judge(args, name)
        failed += not ok
        print("%s  %-32s %s" % ("ok  " if ok else "FAIL", name, detail), flush=True)
    print("%d of %d pathological cases passed" % (len(names) - failed, len(names)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
