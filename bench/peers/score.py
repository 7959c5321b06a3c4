# How many of the seed's reference quantities a tool returns: with the value, with value and unit.
# SPDX-License-Identifier: MIT
#
#   python3 score.py quantities|tokens RECORDS.jsonl [--misses]
#
# RECORDS is what a driver's `extract` printed for the seed: code-point spans with a value
# and a unit (govreport, Recognizers-Text), or part-of-speech tokens (both jiebas). The
# matching rule is written out in README.md; this file is its only implementation.
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402

# Peers' names for the reference's units. Recognizers' currency model says "Chinese yuan";
# its dimension units (Meter, Liang, …) name no classifier, so there is nothing to map.
UNIT_ALIASES = {"Chinese yuan": "元", "％": "%"}
SCALE_WORDS = {"万": 1e4, "亿": 1e8}

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
ARABIC = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(.*)$", re.S)


def near(a, b):
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def overlaps(rec, ref):
    return rec["start"] < ref["end"] and ref["start"] < rec["end"]


def split_unit(unit):
    """(scale, unit) of a unit that may start with a scale word: 万条 -> (1e4, 条)."""
    unit = UNIT_ALIASES.get(unit, unit)
    if len(unit) > 1 and unit[0] in SCALE_WORDS:
        return SCALE_WORDS[unit[0]], UNIT_ALIASES.get(unit[1:], unit[1:])
    return 1.0, unit


def chinese_numeral(s):
    """(value, rest) of a leading Chinese numeral, no scale word (两个 -> 2, 个), else None."""
    i = 0
    while i < len(s) and (s[i] in CN_DIGITS or s[i] in CN_UNITS):
        i += 1
    if i == 0:
        return None
    total, digit = 0, 0
    for ch in s[:i]:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (digit or 1) * CN_UNITS[ch]
            digit = 0
    return float(total + digit), s[i:]


def numeral(text):
    """(value as written, the rest of the token) of a token that starts with a number, else None."""
    m = ARABIC.match(text)
    if m:
        return float(m.group(1)), m.group(2)
    return chinese_numeral(text)


def score_quantities(recs, ref):
    """(value found, value and unit found) for one reference, from value/unit records."""
    here = [r for r in recs if overlaps(r, ref) and isinstance(r.get("value"), (int, float))]
    want = ref["value"] * ref["scale"]
    value = any(near(r["value"], want) or near(r["value"], ref["value"]) for r in here)
    both = False
    for r in here:
        if not r.get("unit"):
            continue
        scale, unit = split_unit(r["unit"])
        both |= unit == ref["unit"] and near(r["value"] * scale, want)
    return value, both


def score_tokens(tokens, ref):
    """(value found, value and classifier found, value and any next word) for one reference.

    A numeral is an m-tagged token that starts with a number. Its unit is the rest of the
    token (89.7%, 两个), else the next token that is not a space if that one is tagged q
    (strict) — or whatever that next token is (lenient, reported separately)."""
    value = strict = lenient = False
    want = ref["value"] * ref["scale"]
    for i, t in enumerate(tokens):
        if not t["tag"].startswith("m") or not overlaps(t, ref):
            continue
        parsed = numeral(t["text"])
        if parsed is None:
            continue
        number, rest = parsed
        value |= near(number, ref["value"]) or near(number, want)
        j = i + 1
        while j < len(tokens) and not tokens[j]["text"].strip():
            j += 1
        follower = tokens[j] if j < len(tokens) else None
        candidates = []  # (unit text, strict?)
        if rest:
            candidates.append((rest, True))
        elif follower is not None:
            candidates.append((follower["text"], follower["tag"] == "q"))
        for unit_text, is_classifier in candidates:
            scale, unit = split_unit(unit_text)
            ok = unit == ref["unit"] and near(number * scale, want)
            strict |= ok and is_classifier
            lenient |= ok
    return value, strict, lenient


def count(kind, recs, refs=None):
    """Counts for one tool's seed records and a line per reference it missed (value and unit)."""
    refs = reference.load() if refs is None else refs
    counts = {"total": len(refs), "value": 0, "value_unit": 0}
    if kind == "tokens":
        counts["value_any_next_word"] = 0
    misses = []
    for ref in refs:
        if kind == "tokens":
            value, both, lenient = score_tokens(recs, ref)
            counts["value_any_next_word"] += lenient
        else:
            value, both = score_quantities(recs, ref)
        counts["value"] += value
        counts["value_unit"] += both
        if not both:
            seen = [r["text"] for r in recs if overlaps(r, ref)]
            misses.append("%s (%s): %s" % (ref["core"], "value" if value else "-",
                                           " | ".join(seen) or "nothing"))
    return counts, misses


def read_records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv):
    if len(argv) < 2 or argv[0] not in ("quantities", "tokens"):
        sys.exit("usage: score.py quantities|tokens RECORDS.jsonl [--misses]")
    counts, misses = count(argv[0], read_records(argv[1]))
    print(json.dumps(counts))
    if "--misses" in argv:
        for m in misses:
            print("  miss " + m, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
