# Times every tool on the same input, scores its recall on the seed and prints the table.
# SPDX-License-Identifier: MIT
#
#   /usr/bin/python3 measure.py --build BUILD_DIR [--runs 3] [--size-kb 2000]
#                               [--prefix-kb 100] [--only KEY,…] [--out DIR]
#
# Called by ./run after the peers are installed and govreport is built; usable alone.
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference  # noqa: E402
import score  # noqa: E402
import tools  # noqa: E402

TIMEOUT = 3600  # seconds per run: a hung peer must not hang the comparison


def make_input(seed_path, path, size):
    """The seed, each copy ended by a newline, repeated until at least `size` bytes."""
    with open(seed_path, "rb") as f:
        seed = f.read().rstrip(b"\n") + b"\n"
    copies = max(1, -(-size // len(seed)))
    with open(path, "wb") as f:
        f.write(seed * copies)
    return copies


def make_prefix(src, path, size):
    """The first `size` bytes of src, cut back to the end of a line."""
    with open(src, "rb") as f:
        data = f.read(size)
    cut = data.rfind(b"\n")
    with open(path, "wb") as f:
        f.write(data[:cut + 1] if cut >= 0 else data)


def run_once(tool, input_path, warmup, scratch):
    """(seconds, peak RSS in KiB) of one run, under /usr/bin/time for the RSS."""
    rss_file = os.path.join(scratch, tool.key + ".rss")
    cmd = tool.wall(input_path) if tool.wall else tool.time(input_path, warmup)
    env = dict(os.environ, **tool.env)
    t0 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, env=env,
                       stdout=subprocess.DEVNULL if tool.wall else subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=TIMEOUT)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError("exit %d: %s" % (r.returncode, r.stderr.strip()[-400:]))
    with open(rss_file) as f:
        rss = int(f.read().split()[-1])
    if tool.wall:
        return wall, rss
    return json.loads(r.stdout.strip().splitlines()[-1])["seconds"], rss


def seed_records(tool, seed):
    env = dict(os.environ, **tool.env)
    r = subprocess.run(tool.extract(seed), env=env, capture_output=True, text=True,
                       timeout=TIMEOUT)
    if r.returncode != 0:
        raise RuntimeError("extract: exit %d: %s" % (r.returncode, r.stderr.strip()[-400:]))
    if tool.kind == "cli-json":
        return [{"start": i["span"]["char_start"], "end": i["span"]["char_end"],
                 "text": i["text"], "value": i["normalized"], "unit": i["unit"]}
                for i in json.loads(r.stdout)["indicators"]], "quantities"
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()], tool.kind


def measure(tool, inputs, args, refs):
    row = {"key": tool.key, "name": tool.name, "returns": tool.returns}
    if tool.missing:
        row["error"] = "not run: " + tool.missing
        return row
    input_path = inputs["prefix" if tool.prefix else "full"]
    row["input_bytes"] = os.path.getsize(input_path)
    try:
        if tool.wall:  # page cache and first exec, as the drivers' warm-up does in-process
            run_once(tool, reference.SEED, reference.SEED, args.out)
        runs = [run_once(tool, input_path, reference.SEED, args.out) for _ in range(args.runs)]
        recs, kind = seed_records(tool, reference.SEED)
    except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as e:
        row["error"] = "failed: %s" % e
        return row
    mbps = [row["input_bytes"] / 1e6 / s for s, _ in runs]
    row.update(seconds=[s for s, _ in runs], mbps=statistics.median(mbps),
               mbps_min=min(mbps), mbps_max=max(mbps),
               rss_mib=statistics.median(r for _, r in runs) / 1024)
    counts, misses = score.count(kind, recs, refs)
    row.update(counts=counts, misses=misses)
    with open(os.path.join(args.out, tool.key + ".seed.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return row


def fmt_mbps(x):
    return "%.3g" % x if x < 100 else "%.0f" % x


def table(rows, inputs, copies, args, load_before, load_after):
    full, prefix = (os.path.getsize(inputs[k]) for k in ("full", "prefix"))
    out = ["| tool | returns | timed input | MB/s, median (min–max) | peak RSS | "
           "seed quantities with value | … with value and unit |",
           "|---|---|---|---|---|---|---|"]
    notes = []
    for r in rows:
        if "error" in r:
            out.append("| %s | %s | – | %s | – | – | – |" % (r["name"], r["returns"],
                                                             r["error"]))
            continue
        size = ("%.2f MB (seed ×%d)" % (full / 1e6, copies) if r["input_bytes"] == full
                else "%.2f MB prefix" % (r["input_bytes"] / 1e6))
        c = r["counts"]
        out.append("| %s | %s | %s | %s (%s–%s) | %.0f MiB | %d / %d | %d / %d |" % (
            r["name"], r["returns"], size, fmt_mbps(r["mbps"]), fmt_mbps(r["mbps_min"]),
            fmt_mbps(r["mbps_max"]), r["rss_mib"], c["value"], c["total"], c["value_unit"],
            c["total"]))
        if "value_any_next_word" in c:
            notes.append("%s: %d / %d if any word after the numeral counted as its unit "
                         "(not only a q-tagged classifier)." % (r["name"], c["value_any_next_word"],
                                                                 c["total"]))
    python = command_output([tools.SYSTEM_PYTHON, "-c",
                             "import platform; print(platform.python_version())"])
    head = ["Measured %s on %s, %d CPUs (%s), load average %.1f before and %.1f after; "
            "govreport at %s, Node %s, Python %s; %d run%s per tool, input of %d bytes "
            "(prefix %d bytes); MB = 10^6 bytes." % (
                datetime.date.today().isoformat(), platform.machine(), os.cpu_count() or 0,
                cpu_model(), load_before, load_after, revision(),
                command_output(["node", "--version"]), python,
                args.runs, "" if args.runs == 1 else "s", full, prefix), ""]
    return "\n".join(head + out + [""] + ["- " + n for n in notes])


def command_output(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except OSError:
        return "?"
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "?"


def revision():
    # The working tree is what was built, so say whether it had uncommitted changes.
    return command_output(["git", "-C", tools.ROOT, "describe", "--always", "--dirty"])


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--build", required=True, help="govreport build directory")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--size-kb", type=int, default=2000, help="input size, KB of 1000 bytes")
    p.add_argument("--prefix-kb", type=int, default=100,
                   help="prefix timed for the slowest peer (Recognizers, all models)")
    p.add_argument("--only", default="", help="comma-separated tool keys")
    p.add_argument("--out", default=os.path.join(HERE, "out"))
    p.add_argument("--misses", action="store_true", help="list each tool's missed quantities")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)

    inputs = {"full": os.path.join(args.out, "input.txt"),
              "prefix": os.path.join(args.out, "input-prefix.txt")}
    copies = make_input(reference.SEED, inputs["full"], args.size_kb * 1000)
    make_prefix(inputs["full"], inputs["prefix"], args.prefix_kb * 1000)
    refs = reference.load()
    only = {k for k in args.only.split(",") if k}

    load_before = os.getloadavg()[0]
    rows = []
    for tool in tools.make_tools(os.path.abspath(args.build)):
        if only and tool.key not in only:
            continue
        print("peers: %s ..." % tool.name, file=sys.stderr, flush=True)
        rows.append(measure(tool, inputs, args, refs))
        if "error" in rows[-1]:
            print("peers:   " + rows[-1]["error"], file=sys.stderr)
        if args.misses:
            for m in rows[-1].get("misses", []):
                print("peers:   miss " + m, file=sys.stderr)
    text = table(rows, inputs, copies, args, load_before, os.getloadavg()[0])
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    with open(os.path.join(args.out, "table.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)
    return 0 if rows and all("error" not in r for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
