# __init__.py: public API of the govreport Python binding (ctypes over libgovreport.so.0).
# SPDX-License-Identifier: MIT
"""govreport: Chinese government annual reports (法治政府建设年度报告) as a structured model.

A ctypes binding to the govreport C library (``govreport.h``), standard library only::

    import govreport
    with govreport.parse_file("report.txt") as report:
        print(report.title, report.year)
        for section in report.sections:
            print("  " * (section.level - 1), section.marker, section.title)

How it differs from the C API:

* Strings are Python ``str`` (the C strings are UTF-8); NULL becomes ``None``; a year of
  0 ("unknown") becomes ``None``, as do a parent or enclosing-section index of -1.
* ``parse()`` takes ``str`` (encoded as UTF-8) or ``bytes``; options are keyword
  arguments, and the options struct is always built with ``govreport_parse_options_init``.
* A failing status raises an exception instead of being returned, carrying the status
  (``.status``) and the library's detailed message (``.message``): see ``GovreportError``.
* The report is the only object with a lifetime (``close()``, ``with``, or garbage
  collection). Lists are sequence views (``len``, indexing, negative indices,
  iteration); their items are immutable dataclasses copied out of the library at once, so
  they remain valid after the report is closed. Borrowed C pointers never escape.
* Enum-valued fields are the JSON strings (``role``, ``status``, ``severity``, an
  indicator's ``kind`` and ``qualifier``, a period's ``granularity``), except
  ``marker_kind``, which is a ``MarkerKind`` IntEnum with the C values. "None" enumerators
  and empty strings that mean "absent" (a role below level 1, no qualifier, no change
  basis, no per-capita denominator) are ``None``, as in the JSON.
* Optional numbers that C returns through an out-parameter and a flag (an indicator's
  ``value``, ``normalized``, ``value_max``) are ``float`` or ``None``; a period's start
  and end and a document's ``period_start``/``period_end`` (C: "YYYY-MM-DD" or NULL) are
  ``datetime.date`` (or ``None``).
* Cross-references are indices into the report's lists, with the target's id next to
  them (``Indicator.measure``/``measure_id``, ``period``/``period_id``,
  ``Change.from_index``/``from_id``, ``Person.body``/``body_id``,
  ``Document.nested_in``/``nested_in_id``); ``Measure.indicators`` lists its indicators'
  indices and ``Measure.bodies`` its bodies' indices (the actors first).
* A body, person or document carries its ``mentions``: a tuple of ``Mention`` (the words
  as written and their ``Span``), copied out of C's count/text/span getters. A body's
  unknown ``level`` ("" in C) and ``division_code`` (NULL) are ``None``.
* Sections come as one flat list in document order, the tree through ``parent`` and
  ``children`` indices, exactly as in C.
* ``to_json()`` returns ``str``; the C buffer is released at once with ``govreport_free``.

The library is found, on first use, by: ``load_library(path)`` (call it first), the
``GOVREPORT_LIBRARY`` environment variable, ``_libs/libgovreport.so.0`` in this package,
``build*/lib/libgovreport.so.0`` of the source checkout, the dynamic linker, and finally
``ctypes.util.find_library``. A library with another ABI number is refused.
"""

import os

from . import _ffi
from ._ffi import (GovreportError, GovreportIOError, InputTooLargeError, InternalError,
                   InvalidArgumentError, InvalidEncodingError, OutOfMemoryError, ParseError,
                   load_library)
from ._model import (Body, Change, Diagnostic, Document, Indicator, MarkerKind, Measure, Mention,
                     Period, Person, Report, ReportDate, Section, Span)

__version__ = "0.5.0"  # of this binding; version() is the loaded library's

__all__ = [
    "parse", "parse_file", "parse_many", "load_library", "version", "version_info", "abi_version",
    "Report", "Section", "Measure", "Indicator", "Change", "Period", "Diagnostic", "Span",
    "MarkerKind", "Body", "Person", "Document", "Mention", "ReportDate",
    "GovreportError", "ParseError", "InvalidArgumentError", "GovreportIOError",
    "InvalidEncodingError", "InputTooLargeError", "OutOfMemoryError", "InternalError",
]

_INT32_MAX = 2 ** 31 - 1
_UINT64_MAX = 2 ** 64 - 1


def _int_option(name, value, low, high):
    # ctypes silently truncates out-of-range integers; check here instead.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be an int or None, not %s" % (name, type(value).__name__))
    if not low <= value <= high:
        raise ValueError("%s=%d is out of range [%d, %d]" % (name, value, low, high))
    return value


def _options(strict_encoding, report_year, max_input_bytes, encoding=None, format=None):
    lib = _ffi.lib()
    opts = _ffi.ParseOptions()
    lib.govreport_parse_options_init(opts)  # sets struct_size and the defaults
    if strict_encoding:
        opts.flags |= _ffi.PARSE_STRICT_ENCODING
    if report_year is not None:
        opts.report_year = _int_option("report_year", report_year, -_INT32_MAX - 1,
                                       _INT32_MAX)
    if max_input_bytes is not None:
        opts.max_input_bytes = _int_option("max_input_bytes", max_input_bytes, 0, _UINT64_MAX)
    key = encoding.lower() if isinstance(encoding, str) else encoding
    if key not in _ffi.ENCODINGS:
        raise ValueError("unknown encoding %r (use one of %s)"
                         % (encoding, ", ".join(k for k in _ffi.ENCODINGS if k)))
    opts.encoding = _ffi.ENCODINGS[key]
    key = format.lower() if isinstance(format, str) else format
    if key not in _ffi.FORMATS:
        raise ValueError("unknown format %r (use auto, text or html)" % (format,))
    opts.format = _ffi.FORMATS[key]
    return opts


def parse(text, *, strict_encoding=False, report_year=None, max_input_bytes=None,
          encoding=None, format=None):
    """Parse a report given as ``str`` or UTF-8 ``bytes`` and return a ``Report``.

    strict_encoding: raise InvalidEncodingError on invalid UTF-8 instead of replacing the
        bytes with U+FFFD (and reporting a diagnostic).
    report_year: the reporting year, instead of taking it from the title or text.
    max_input_bytes: refuse longer input with InputTooLargeError (None or 0: the
        library's default, 64 MiB).
    encoding: None (detect: BOM, else UTF-8, else GB18030), "utf-8", "gb18030",
        "utf-16le" or "utf-16be" — for ``bytes``; a ``str`` is always sent as UTF-8.
    format: None (detect), "text" or "html".

    Problems inside the text are not errors: see ``Report.diagnostics``.
    """
    if isinstance(text, str):
        # Strict: a lone surrogate raises UnicodeEncodeError here instead of reaching C.
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError("parse() takes str or bytes, not %s" % type(text).__name__)
    if isinstance(text, str):
        encoding = "utf-8"
    opts = _options(strict_encoding, report_year, max_input_bytes, encoding, format)
    out = _ffi.report_p()
    _ffi.lib().govreport_parse_buffer(data, len(data), opts, out)
    return Report(out)


def parse_file(path, *, strict_encoding=False, report_year=None, max_input_bytes=None,
               encoding=None, format=None):
    """Read and parse the file at ``path`` (str, bytes or os.PathLike); see ``parse()``.

    Raises GovreportIOError (an OSError) naming the file when it cannot be read.
    """
    path = os.fspath(path)
    raw = os.fsencode(path)
    if b"\0" in raw:
        raise ValueError("embedded null byte in path")
    opts = _options(strict_encoding, report_year, max_input_bytes, encoding, format)
    out = _ffi.report_p()
    _ffi.lib().govreport_parse_file(raw, opts, out)
    return Report(out)


def parse_many(paths, jobs=None, *, errors="raise", **options):
    """Parse many files with ``jobs`` threads (default: the number of CPUs).

    The C library releases the GIL while it parses (ctypes does), so threads use all cores.
    Returns a list in the order of ``paths``. ``errors="raise"`` raises the first failure
    (after all files were tried); ``errors="return"`` puts the exception in place of the
    report, so one bad file never ends a corpus run. ``options`` are those of parse_file().
    """
    import concurrent.futures

    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return', not %r" % (errors,))
    paths = [os.fspath(p) for p in paths]
    if jobs is None:
        jobs = os.cpu_count() or 1
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError("jobs must be a positive integer, not %r" % (jobs,))

    def one(path):
        try:
            return parse_file(path, **options)
        except GovreportError as e:
            return e

    with concurrent.futures.ThreadPoolExecutor(max_workers=min(jobs, max(1, len(paths)))) as pool:
        results = list(pool.map(one, paths))
    if errors == "raise":
        for r in results:
            if isinstance(r, GovreportError):
                raise r
    return results


def version():
    """The loaded library's version as "MAJOR.MINOR.PATCH"."""
    return _ffi.decode(_ffi.lib().govreport_version_string())


def version_info():
    """The loaded library's version as a (major, minor, patch) tuple."""
    packed = _ffi.lib().govreport_version()
    return (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)


def abi_version():
    """The loaded library's ABI number (its SONAME number)."""
    return _ffi.lib().govreport_abi_version()
