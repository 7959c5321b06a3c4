#!/usr/bin/env python3
# Fails unless libgovreport exports exactly the C ABI and the govreport:: C++ API, under the right SONAME.
# SPDX-License-Identifier: MIT
"""Export-list check for the shared library.

A leaked Boost, fmt or std template symbol becomes part of the ABI by accident (and can
clash with the host's own copy), so every defined dynamic symbol must be one of:
  - a C function govreport_* (and each one declared in govreport.h, and vice versa),
  - a C++ symbol in namespace govreport::, or its typeinfo / vtable,
  - the symbol-version node GOVREPORT_<abi>.
The SONAME must be libgovreport.so.<abi>: it is the ABI contract's number.
"""
import argparse
import re
import subprocess
import sys

CXX_ALLOWED = re.compile(
    r"^(?:govreport::.+"
    r"|(?:typeinfo|typeinfo name|vtable) for govreport::.+)$")
C_SYMBOL = re.compile(r"^govreport_\w+$")
# A declaration in the header: GOVREPORT_EXPORT <return type> govreport_name(
HEADER_DECL = re.compile(r"GOVREPORT_EXPORT[^;{}]*?\b(govreport_\w+)\s*\(")


def run(argv):
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(argv)} exited with {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def dynamic_symbols(nm, library):
    """Returns (name, version) pairs of defined dynamic symbols."""
    symbols = []
    for line in run([nm, "-D", "--defined-only", library]).splitlines():
        fields = line.split()
        if not fields:
            continue
        raw = fields[-1]
        # nm prints name@@VERSION (default) or name@VERSION (hidden version).
        name, _, version = raw.partition("@")
        symbols.append((name, version.lstrip("@")))
    return symbols


def demangle(cxxfilt, names):
    if not names:
        return []
    out = subprocess.run([cxxfilt], input="\n".join(names) + "\n", check=True,
                         capture_output=True, text=True).stdout
    demangled = out.splitlines()
    if len(demangled) != len(names):
        raise RuntimeError("c++filt returned a different number of lines")
    return demangled


def soname(readelf, library):
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]",
                      run([readelf, "-d", library]))
    return match.group(1) if match else None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", required=True, help="path to libgovreport.so")
    parser.add_argument("--soname", required=True, help="expected SONAME")
    parser.add_argument("--version-node", required=True, help="expected version node")
    parser.add_argument("--header", help="govreport.h: its functions must all be exported")
    parser.add_argument("--nm", default="nm")
    parser.add_argument("--cxxfilt", default="c++filt")
    parser.add_argument("--readelf", default="readelf")
    args = parser.parse_args()

    problems = []

    symbols = dynamic_symbols(args.nm, args.library)
    names = [name for name, _ in symbols]
    c_exported = set()
    for (name, version), pretty in zip(symbols, demangle(args.cxxfilt, names)):
        if name == args.version_node:
            continue
        if C_SYMBOL.match(name):
            c_exported.add(name)
        elif not CXX_ALLOWED.match(pretty):
            problems.append(f"unexpected exported symbol: {pretty} ({name})")
            continue
        # Every exported symbol carries the version node, so old binaries keep binding.
        if version and version != args.version_node:
            problems.append(f"{pretty}: version {version}, expected {args.version_node}")
    if args.version_node not in names:
        problems.append(f"version node {args.version_node} is not defined")

    if args.header:
        with open(args.header, encoding="utf-8") as header:
            declared = set(HEADER_DECL.findall(header.read()))
        if not declared:
            problems.append(f"no GOVREPORT_EXPORT declarations found in {args.header}")
        for name in sorted(declared - c_exported):
            problems.append(f"declared in govreport.h but not exported: {name}")
        for name in sorted(c_exported - declared):
            problems.append(f"exported but not declared in govreport.h: {name}")

    actual_soname = soname(args.readelf, args.library)
    if actual_soname != args.soname:
        problems.append(f"SONAME is {actual_soname!r}, expected {args.soname!r}")

    cxx_count = len(symbols) - len(c_exported) - (1 if args.version_node in names else 0)
    print(f"{args.library}: SONAME {actual_soname}, {len(c_exported)} C functions, "
          f"{cxx_count} C++ symbols")
    for problem in problems:
        print("FAIL:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
