# The seed's reference quantities, read from the unit test that lists them (no second copy).
# SPDX-License-Identifier: MIT
#
#   python3 reference.py [TEST_CPP SEED]    prints them as TSV
#
# tests/unit/test_seed_indicators.cpp holds 59 entries {context, core, value, scale, unit,
# kind, qualifier}, written by a test author reading the seed. Reading that file keeps this
# comparison in step with the test when an entry is corrected.
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TEST_CPP = os.path.join(ROOT, "tests", "unit", "test_seed_indicators.cpp")
SEED = os.path.join(ROOT, "examples", "data", "qidong-2024.txt")

_STR, _NUM = r'"([^"]*)"', r"([0-9.e+]+)"
_ENTRY = re.compile(r"\{" + r", ".join([_STR, _STR, _NUM, _NUM, _STR, _STR, _STR]) + r"\}")


def load(test_cpp=TEST_CPP, seed=SEED):
    """Entries of kSeed, each with the code-point span [start, end) of its core in the seed."""
    with open(test_cpp, encoding="utf-8") as f:
        src = f.read()
    begin = src.index("kSeed[] = {")
    block = src[begin:src.index("};", begin)]
    with open(seed, encoding="utf-8", newline="") as f:
        text = f.read()
    refs = []
    for m in _ENTRY.finditer(block):
        context, core, value, scale, unit, kind, qualifier = m.groups()
        at = text.find(context)
        inner = context.find(core)
        if at < 0 or inner < 0:
            raise ValueError("reference %r not found in the seed" % context)
        start = at + inner
        refs.append({"context": context, "core": core, "value": float(value),
                     "scale": float(scale), "unit": unit, "kind": kind,
                     "start": start, "end": start + len(core)})
    if not refs:
        raise ValueError("no kSeed entries in " + test_cpp)
    return refs


if __name__ == "__main__":
    for r in load(*sys.argv[1:3]):
        print("\t".join(str(r[k]) for k in ("core", "value", "scale", "unit", "start", "end")))
