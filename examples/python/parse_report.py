#!/usr/bin/env python3
# parse_report.py: parse a report with the Python binding and print its outline.
# SPDX-License-Identifier: MIT
"""Print the outline of a government annual report with the govreport binding.

    python3 parse_report.py [FILE]      (default: the bundled sample report)

The binding finds the C library through GOVREPORT_LIBRARY, govreport.load_library(),
or a build directory of the source checkout; put bindings/python on PYTHONPATH.
"""
import os
import sys

import govreport

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "data",
                      "qidong-2024.txt")


def heading(marker, title):
    # "1." + "提升…" reads best as "1. 提升…"; full-width markers (一、 （一） 一是)
    # already separate themselves from the words after them.
    if marker and title and marker[-1].isascii():
        return marker + " " + title
    return marker + title


def print_outline(report):
    print(report.title or "(no title found)")
    print("issuer:", report.issuer or "unknown")
    print("year:", report.year if report.year is not None else "unknown")
    print()

    # Measures point at their innermost section; group them once instead of scanning
    # the whole list for every section.
    by_section = {}
    for measure in report.measures:
        by_section.setdefault(measure.section, []).append(measure)

    for measure in by_section.get(None, []):
        print("  %s  (%s)" % (heading(measure.marker, measure.title), measure.status))
    for section in report.sections:
        indent = "  " * (section.level - 1)
        role = "  [%s]" % section.role if section.role else ""
        print("%s%s%s" % (indent, heading(section.marker, section.title), role))
        # Spans index Report.text: char_start/char_end for str, start/end for its UTF-8
        # bytes. The heading span holds the heading exactly as written, marker first.
        as_written = report.text[section.span.char_start:section.span.char_end]
        if not as_written.startswith(section.marker):
            raise SystemExit("span of %s does not hold its heading: %r" % (section.id,
                                                                           as_written))
        for measure in by_section.get(section.index, []):
            title = measure.title or measure.body[:24] + "…"
            print("%s  %s  (%s)" % (indent, heading(measure.marker, title), measure.status))

    print()
    for diagnostic in report.diagnostics:
        print("%-7s %s: %s" % (diagnostic.severity, diagnostic.code, diagnostic.message))
    print("sections: %d" % len(report.sections))
    print("diagnostics: %d" % len(report.diagnostics))
    print("measures: %d" % len(report.measures))


def main(argv):
    path = argv[1] if len(argv) > 1 else SAMPLE
    try:
        with govreport.parse_file(path) as report:
            print_outline(report)
    except govreport.GovreportError as error:
        # str(error) carries the library's detailed message (it names the file).
        print("parse_report.py: %s" % error, file=sys.stderr)
        return 2 if isinstance(error, OSError) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
