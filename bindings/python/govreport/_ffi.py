# _ffi.py: find and load libgovreport.so.<ABI>, declare every C prototype, map statuses to errors.
# SPDX-License-Identifier: MIT
"""Low-level ctypes layer of the govreport binding (private; use the ``govreport`` package).

Modelled on clang's cindex.py: one prototype table, one ``_register`` that applies it and
fails loudly on a missing symbol, lazy loading that can be redirected before first use.
Two of cindex's documented weaknesses are fixed elsewhere (``_model.py``): nothing keeps a
borrowed C pointer, and reports are released by ``weakref.finalize`` rather than ``__del__``.
"""

import ctypes
import ctypes.util
import glob
import os
import threading
from ctypes import (POINTER, Structure, c_char, c_char_p, c_double, c_int, c_int32,
                    c_int64, c_size_t, c_uint32, c_uint64, c_void_p, sizeof)

# The ABI this binding was written against: the library's SONAME number. A library with
# another number has a different contract, so it is refused rather than half-used.
_ABI = 0

_ENV_VAR = "GOVREPORT_LIBRARY"

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _soname():
    # Always the versioned name: the bare libgovreport.so is a -dev symlink that may point
    # at another ABI, or be a linker script (STYLE.md pitfall 7).
    return "libgovreport.so.%d" % _ABI


# --- Errors -------------------------------------------------------------------------------

OK = 0
E_INVALID_ARGUMENT = 1
E_IO = 2
E_INVALID_ENCODING = 3
E_TOO_LARGE = 4
E_OUT_OF_MEMORY = 5
E_INTERNAL = 6


class GovreportError(Exception):
    """Base of every error raised by govreport.

    ``status`` is the C ``govreport_status`` value (None for errors raised by the binding
    itself, such as a missing library); ``message`` is the library's detailed message.
    """

    def __init__(self, message, status=None):
        # Only the message goes to the base class so that str(error) is the message, also
        # for the OSError and MemoryError mixins below.
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self):
        return self.message

    def __reduce__(self):
        # Keep status across pickling (multiprocessing), which would otherwise rebuild the
        # error from args alone.
        return (type(self), (self.message, self.status))


class ParseError(GovreportError):
    """The input could not be parsed at all (problems *inside* a text are diagnostics)."""


class InvalidArgumentError(ParseError, ValueError):
    """GOVREPORT_E_INVALID_ARGUMENT: a NULL or otherwise unusable argument."""


class GovreportIOError(ParseError, OSError):
    """GOVREPORT_E_IO: a file could not be opened or read; the message names the file."""


class InvalidEncodingError(ParseError, UnicodeError):
    """GOVREPORT_E_INVALID_ENCODING: invalid input bytes with ``strict_encoding=True``.

    A UnicodeError, hence also a ValueError.
    """


class InputTooLargeError(ParseError):
    """GOVREPORT_E_TOO_LARGE: the input exceeds ``max_input_bytes``."""


class OutOfMemoryError(GovreportError, MemoryError):
    """GOVREPORT_E_OUT_OF_MEMORY."""


class InternalError(GovreportError):
    """GOVREPORT_E_INTERNAL: a bug in govreport, contained by the library; please report it."""


_STATUS_ERRORS = {
    E_INVALID_ARGUMENT: InvalidArgumentError,
    E_IO: GovreportIOError,
    E_INVALID_ENCODING: InvalidEncodingError,
    E_TOO_LARGE: InputTooLargeError,
    E_OUT_OF_MEMORY: OutOfMemoryError,
    E_INTERNAL: InternalError,
}


def _check(result, func, args):
    """errcheck for functions returning govreport_status: raise the mapped error.

    The thread-local message is read right here, on the calling thread and before any other
    govreport call can overwrite it.
    """
    if result == OK:
        return result
    lib = _lib
    message = lib.govreport_last_error_message().decode("utf-8", "replace")
    if not message:
        message = lib.govreport_status_string(result).decode("utf-8", "replace")
    raise _STATUS_ERRORS.get(result, GovreportError)(message, result)


# --- C types ------------------------------------------------------------------------------

# Opaque handles are pointers to distinct empty Structures: ctypes then keeps them as
# full-width pointers (never int, STYLE.md pitfall 1) and refuses to pass a section where
# a measure is expected.
class _OpaqueReport(Structure):
    pass


class _OpaqueSection(Structure):
    pass


class _OpaqueMeasure(Structure):
    pass


class _OpaqueDiagnostic(Structure):
    pass


class _OpaqueIndicator(Structure):
    pass


class _OpaquePeriod(Structure):
    pass


class _OpaqueBody(Structure):
    pass


class _OpaquePerson(Structure):
    pass


class _OpaqueDocument(Structure):
    pass


report_p = POINTER(_OpaqueReport)
section_p = POINTER(_OpaqueSection)
measure_p = POINTER(_OpaqueMeasure)
diagnostic_p = POINTER(_OpaqueDiagnostic)
indicator_p = POINTER(_OpaqueIndicator)
period_p = POINTER(_OpaquePeriod)
body_p = POINTER(_OpaqueBody)
person_p = POINTER(_OpaquePerson)
document_p = POINTER(_OpaqueDocument)


class ParseOptions(Structure):
    """govreport_parse_options; only ever filled by govreport_parse_options_init first."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("flags", c_uint32),
        ("report_year", c_int32),
        ("reserved", c_uint32),
        ("max_input_bytes", c_uint64),
        ("encoding", c_uint32),  # appended in 0.4
        ("format", c_uint32),
    ]


#: GOVREPORT_ENCODING_* and GOVREPORT_FORMAT_* by the names parse() accepts.
ENCODINGS = {None: 0, "auto": 0, "utf-8": 1, "utf8": 1, "gb18030": 2, "gbk": 2, "gb2312": 2,
             "utf-16le": 3, "utf-16be": 4}
FORMATS = {None: 0, "auto": 0, "text": 1, "html": 2}


class SpanStruct(Structure):
    """govreport_span (frozen layout)."""

    _fields_ = [
        ("start", c_uint64),
        ("end", c_uint64),
        ("char_start", c_uint64),
        ("char_end", c_uint64),
    ]


class IndicatorRecord(Structure):
    """govreport_indicator_record (0.4 layout; fields are only ever appended). Its strings
    are borrowed from the report, like the getters'."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("has_value", c_int32),
        ("has_value_max", c_int32),
        ("has_change", c_int32),
        ("change_up", c_int32),
        ("chinese_numeral", c_int32),
        ("kind", c_int32),
        ("qualifier", c_int32),
        ("value", c_double),
        ("normalized", c_double),
        ("value_max", c_double),
        ("scale", c_double),
        ("id", c_char_p),
        ("text", c_char_p),
        ("value_text", c_char_p),
        ("unit", c_char_p),
        ("metric", c_char_p),
        ("per", c_char_p),
        ("change_basis", c_char_p),
        ("change_from", c_int64),
        ("measure", c_int64),
        ("period", c_int64),
        ("span", SpanStruct),
        ("section", c_int64),  # appended: the innermost section, -1 before the first
    ]


class SectionRecord(Structure):
    """govreport_section_record (0.4 layout). ``children`` borrows ``child_count`` indices."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("level", c_uint32),
        ("marker_kind", c_int32),
        ("ordinal", c_int32),
        ("role", c_int32),
        ("parent", c_int64),
        ("id", c_char_p),
        ("marker", c_char_p),
        ("title", c_char_p),
        ("child_count", c_size_t),
        ("children", POINTER(c_size_t)),
        ("span", SpanStruct),
        ("extent", SpanStruct),
    ]


class MeasureRecord(Structure):
    """govreport_measure_record (0.4 layout). ``bodies`` and ``indicators`` borrow their
    counts' indices."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("marker_kind", c_int32),
        ("ordinal", c_int32),
        ("status", c_int32),
        ("section", c_int64),
        ("id", c_char_p),
        ("marker", c_char_p),
        ("title", c_char_p),
        ("body", c_char_p),
        ("body_count", c_size_t),
        ("bodies", POINTER(c_size_t)),
        ("indicator_count", c_size_t),
        ("indicators", POINTER(c_size_t)),
        ("span", SpanStruct),
        ("extent", SpanStruct),
    ]


class DiagnosticRecord(Structure):
    """govreport_diagnostic_record (0.4 layout)."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("severity", c_int32),
        ("code", c_char_p),
        ("message", c_char_p),
        ("span", SpanStruct),
    ]


class PeriodRecord(Structure):
    """govreport_period_record (0.4 layout)."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("granularity", c_int32),
        ("relative", c_int32),
        ("id", c_char_p),
        ("text", c_char_p),
        ("start", c_char_p),
        ("end", c_char_p),
        ("span", SpanStruct),
    ]


class BodyRecord(Structure):
    """govreport_body_record (0.4 layout); ``division_code`` is NULL when unknown."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("id", c_char_p),
        ("name", c_char_p),
        ("kind", c_char_p),
        ("level", c_char_p),
        ("division_code", c_char_p),
        ("mention_count", c_size_t),
    ]


class PersonRecord(Structure):
    """govreport_person_record (0.4 layout)."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("body", c_int64),
        ("id", c_char_p),
        ("name", c_char_p),
        ("title", c_char_p),
        ("title_count", c_size_t),
        ("mention_count", c_size_t),
    ]


class DocumentRecord(Structure):
    """govreport_document_record (0.4 layout); its optional strings are NULL when absent."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("nested_in", c_int64),
        ("id", c_char_p),
        ("title", c_char_p),
        ("doc_number", c_char_p),
        ("issuer", c_char_p),
        ("period_start", c_char_p),
        ("period_end", c_char_p),
        ("mention_count", c_size_t),
    ]


class MentionRecord(Structure):
    """govreport_mention_record (0.4 layout)."""

    _fields_ = [
        ("struct_size", c_uint32),
        ("text", c_char_p),
        ("span", SpanStruct),
    ]


#: Each record type's filling function over a report's list in govreport.h.
RECORD_FUNCTIONS = {
    IndicatorRecord: "govreport_report_indicator_records",
    SectionRecord: "govreport_report_section_records",
    MeasureRecord: "govreport_report_measure_records",
    PeriodRecord: "govreport_report_period_records",
    DiagnosticRecord: "govreport_report_diagnostic_records",
    BodyRecord: "govreport_report_body_records",
    PersonRecord: "govreport_report_person_records",
    DocumentRecord: "govreport_report_document_records",
}


def records(record_type, report_handle, first, count):
    """Items ``first … first + count - 1`` of a report's list as an array of
    ``record_type`` (one C call for all of them)."""
    out = (record_type * count)()
    if count:
        out[0].struct_size = sizeof(record_type)
        getattr(lib(), RECORD_FUNCTIONS[record_type])(report_handle, first, count, out)
    return out


def mention_records(function, item, count):
    """The ``count`` mentions of a body, person or document (``item``, its pointer) as an
    array of MentionRecord, through ``function`` (govreport_body_mention_records …)."""
    out = (MentionRecord * count)()
    if count:
        out[0].struct_size = sizeof(MentionRecord)
        function(item, 0, count, out)
    return out


PARSE_STRICT_ENCODING = 1 << 0
JSON_PRETTY = 1 << 0

# C enums are int-sized on every ABI we target.
_enum = c_int
_status = c_int

# One row per function of govreport.h, in header order:
# (name, argtypes, restype[, errcheck]). restype None means void.
# c_char_p as a restype is for *borrowed* strings only (ctypes copies them); the owned JSON
# buffer and the report text (which may hold NUL bytes) go through POINTER(c_char).
_FUNCTIONS = [
    # Version
    ("govreport_version", [], c_uint32),
    ("govreport_version_string", [], c_char_p),
    ("govreport_abi_version", [], c_uint32),
    # Status and errors
    ("govreport_status_string", [_status], c_char_p),
    ("govreport_last_error_message", [], c_char_p),
    # Options
    ("govreport_parse_options_init", [POINTER(ParseOptions)], None),
    # Parsing and lifetime
    ("govreport_parse_buffer",
     [c_char_p, c_size_t, POINTER(ParseOptions), POINTER(report_p)], _status, _check),
    ("govreport_parse_file",
     [c_char_p, POINTER(ParseOptions), POINTER(report_p)], _status, _check),
    ("govreport_report_free", [report_p], None),
    # Report
    ("govreport_report_title", [report_p], c_char_p),
    ("govreport_report_issuer", [report_p], c_char_p),
    ("govreport_report_year", [report_p], c_int32),
    ("govreport_report_text", [report_p, POINTER(c_size_t)], POINTER(c_char)),
    ("govreport_report_encoding", [report_p], c_char_p),
    ("govreport_report_source_format", [report_p], c_char_p),
    ("govreport_report_issuer_body_count", [report_p], c_size_t),
    ("govreport_report_issuer_body_index", [report_p, c_size_t], c_int64),
    ("govreport_report_signing_date", [report_p], c_char_p),
    ("govreport_report_signing_date_text", [report_p], c_char_p),
    ("govreport_report_signing_date_span", [report_p, POINTER(SpanStruct)], None),
    ("govreport_report_publication_date", [report_p], c_char_p),
    ("govreport_report_publication_date_text", [report_p], c_char_p),
    ("govreport_report_publication_date_span", [report_p, POINTER(SpanStruct)], None),
    # Sections
    ("govreport_report_section_count", [report_p], c_size_t),
    ("govreport_report_section_at", [report_p, c_size_t], section_p),
    ("govreport_section_id", [section_p], c_char_p),
    ("govreport_section_level", [section_p], c_uint32),
    ("govreport_section_marker", [section_p], c_char_p),
    ("govreport_section_marker_kind", [section_p], _enum),
    ("govreport_section_ordinal", [section_p], c_int32),
    ("govreport_section_title", [section_p], c_char_p),
    ("govreport_section_role", [section_p], _enum),
    ("govreport_role_string", [_enum], c_char_p),
    ("govreport_section_parent", [section_p], c_int64),
    ("govreport_section_child_count", [section_p], c_size_t),
    ("govreport_section_child_at", [section_p, c_size_t], c_int64),
    ("govreport_section_span", [section_p, POINTER(SpanStruct)], None),
    ("govreport_section_extent", [section_p, POINTER(SpanStruct)], None),
    ("govreport_report_section_records",
     [report_p, c_size_t, c_size_t, POINTER(SectionRecord)], _status, _check),
    # Measures
    ("govreport_report_measure_count", [report_p], c_size_t),
    ("govreport_report_measure_at", [report_p, c_size_t], measure_p),
    ("govreport_measure_id", [measure_p], c_char_p),
    ("govreport_measure_section", [measure_p], c_int64),
    ("govreport_measure_marker", [measure_p], c_char_p),
    ("govreport_measure_marker_kind", [measure_p], _enum),
    ("govreport_measure_ordinal", [measure_p], c_int32),
    ("govreport_measure_title", [measure_p], c_char_p),
    ("govreport_measure_body", [measure_p], c_char_p),
    ("govreport_measure_status_of", [measure_p], _enum),
    ("govreport_measure_status_string", [_enum], c_char_p),
    ("govreport_measure_span", [measure_p, POINTER(SpanStruct)], None),
    ("govreport_measure_extent", [measure_p, POINTER(SpanStruct)], None),
    ("govreport_report_measure_records",
     [report_p, c_size_t, c_size_t, POINTER(MeasureRecord)], _status, _check),
    # Diagnostics
    ("govreport_report_diagnostic_count", [report_p], c_size_t),
    ("govreport_report_diagnostic_at", [report_p, c_size_t], diagnostic_p),
    ("govreport_diagnostic_severity", [diagnostic_p], _enum),
    ("govreport_severity_string", [_enum], c_char_p),
    ("govreport_diagnostic_code", [diagnostic_p], c_char_p),
    ("govreport_diagnostic_message", [diagnostic_p], c_char_p),
    ("govreport_diagnostic_span", [diagnostic_p, POINTER(SpanStruct)], None),
    ("govreport_report_diagnostic_records",
     [report_p, c_size_t, c_size_t, POINTER(DiagnosticRecord)], _status, _check),
    # Indicators. The optional doubles come back through an out-double and an int flag
    # (1 = stored); the change's basis is a *borrowed* string stored through a char**.
    ("govreport_report_indicator_count", [report_p], c_size_t),
    ("govreport_report_indicator_at", [report_p, c_size_t], indicator_p),
    ("govreport_indicator_id", [indicator_p], c_char_p),
    ("govreport_indicator_text", [indicator_p], c_char_p),
    ("govreport_indicator_value", [indicator_p, POINTER(c_double)], c_int),
    ("govreport_indicator_normalized", [indicator_p, POINTER(c_double)], c_int),
    ("govreport_indicator_value_max", [indicator_p, POINTER(c_double)], c_int),
    ("govreport_indicator_value_text", [indicator_p], c_char_p),
    ("govreport_indicator_scale", [indicator_p], c_double),
    ("govreport_indicator_unit", [indicator_p], c_char_p),
    ("govreport_indicator_kind_of", [indicator_p], _enum),
    ("govreport_indicator_kind_string", [_enum], c_char_p),
    ("govreport_indicator_qualifier", [indicator_p], _enum),
    ("govreport_qualifier_string", [_enum], c_char_p),
    ("govreport_indicator_metric", [indicator_p], c_char_p),
    ("govreport_indicator_per", [indicator_p], c_char_p),
    ("govreport_indicator_chinese_numeral", [indicator_p], c_int),
    ("govreport_indicator_change",
     [indicator_p, POINTER(c_int), POINTER(c_char_p), POINTER(c_int64)], c_int),
    ("govreport_indicator_measure", [indicator_p], c_int64),
    ("govreport_indicator_period", [indicator_p], c_int64),
    ("govreport_indicator_span", [indicator_p, POINTER(SpanStruct)], None),
    ("govreport_indicator_section", [indicator_p], c_int64),
    # All of an indicator's fields in one call, for many indicators (a status function).
    ("govreport_report_indicator_records",
     [report_p, c_size_t, c_size_t, POINTER(IndicatorRecord)], _status, _check),
    # Periods. Dates are borrowed "YYYY-MM-DD" strings.
    ("govreport_report_period_count", [report_p], c_size_t),
    ("govreport_report_period_at", [report_p, c_size_t], period_p),
    ("govreport_period_id", [period_p], c_char_p),
    ("govreport_period_text", [period_p], c_char_p),
    ("govreport_period_start", [period_p], c_char_p),
    ("govreport_period_end", [period_p], c_char_p),
    ("govreport_period_granularity", [period_p], _enum),
    ("govreport_granularity_string", [_enum], c_char_p),
    ("govreport_period_relative", [period_p], c_int),
    ("govreport_period_span", [period_p, POINTER(SpanStruct)], None),
    ("govreport_report_period_records",
     [report_p, c_size_t, c_size_t, POINTER(PeriodRecord)], _status, _check),
    # Bodies, persons and cited documents. Mentions are (text, span) pairs read by index;
    # links to other lists are int64 indices with -1 for none.
    ("govreport_report_body_count", [report_p], c_size_t),
    ("govreport_report_body_at", [report_p, c_size_t], body_p),
    ("govreport_body_id", [body_p], c_char_p),
    ("govreport_body_name", [body_p], c_char_p),
    ("govreport_body_kind", [body_p], c_char_p),
    ("govreport_body_level", [body_p], c_char_p),
    ("govreport_body_division_code", [body_p], c_char_p),
    ("govreport_body_mention_count", [body_p], c_size_t),
    ("govreport_body_mention_text", [body_p, c_size_t], c_char_p),
    ("govreport_body_mention_span", [body_p, c_size_t, POINTER(SpanStruct)], None),
    ("govreport_measure_body_count", [measure_p], c_size_t),
    ("govreport_measure_body_at", [measure_p, c_size_t], c_int64),
    ("govreport_report_person_count", [report_p], c_size_t),
    ("govreport_report_person_at", [report_p, c_size_t], person_p),
    ("govreport_person_id", [person_p], c_char_p),
    ("govreport_person_name", [person_p], c_char_p),
    ("govreport_person_title", [person_p], c_char_p),
    ("govreport_person_title_count", [person_p], c_size_t),
    ("govreport_person_title_at", [person_p, c_size_t], c_char_p),
    ("govreport_person_body", [person_p], c_int64),
    ("govreport_person_mention_count", [person_p], c_size_t),
    ("govreport_person_mention_text", [person_p, c_size_t], c_char_p),
    ("govreport_person_mention_span", [person_p, c_size_t, POINTER(SpanStruct)], None),
    ("govreport_report_document_count", [report_p], c_size_t),
    ("govreport_report_document_at", [report_p, c_size_t], document_p),
    ("govreport_document_id", [document_p], c_char_p),
    ("govreport_document_title", [document_p], c_char_p),
    ("govreport_document_doc_number", [document_p], c_char_p),
    ("govreport_document_issuer", [document_p], c_char_p),
    ("govreport_document_period_start", [document_p], c_char_p),
    ("govreport_document_period_end", [document_p], c_char_p),
    ("govreport_document_nested_in", [document_p], c_int64),
    ("govreport_document_mention_count", [document_p], c_size_t),
    ("govreport_document_mention_text", [document_p, c_size_t], c_char_p),
    ("govreport_document_mention_span", [document_p, c_size_t, POINTER(SpanStruct)], None),
    # Their records, many items (or one item's mentions) in one call.
    ("govreport_report_body_records",
     [report_p, c_size_t, c_size_t, POINTER(BodyRecord)], _status, _check),
    ("govreport_report_person_records",
     [report_p, c_size_t, c_size_t, POINTER(PersonRecord)], _status, _check),
    ("govreport_report_document_records",
     [report_p, c_size_t, c_size_t, POINTER(DocumentRecord)], _status, _check),
    ("govreport_body_mention_records",
     [body_p, c_size_t, c_size_t, POINTER(MentionRecord)], _status, _check),
    ("govreport_person_mention_records",
     [person_p, c_size_t, c_size_t, POINTER(MentionRecord)], _status, _check),
    ("govreport_document_mention_records",
     [document_p, c_size_t, c_size_t, POINTER(MentionRecord)], _status, _check),
    # JSON export
    ("govreport_report_to_json",
     [report_p, c_uint32, POINTER(POINTER(c_char)), POINTER(c_size_t)], _status, _check),
    ("govreport_free", [c_void_p], None),
]


def _register(lib, row):
    name, argtypes, restype = row[0], row[1], row[2]
    try:
        func = getattr(lib, name)
    except AttributeError:
        raise GovreportError(
            "binding/library mismatch: %s has no function %s; the govreport Python binding "
            "needs a library at least as new as itself (library %s)"
            % (getattr(lib, "_name", "the library"), name, _version_of(lib))) from None
    func.argtypes = argtypes
    func.restype = restype  # always set, None included: the default int truncates pointers
    if len(row) > 3:
        func.errcheck = row[3]


def _version_of(lib):
    try:
        func = lib.govreport_version_string
    except AttributeError:
        return "of unknown version"
    func.argtypes, func.restype = [], c_char_p
    return func().decode("utf-8", "replace")


# --- Loading ------------------------------------------------------------------------------

_lib = None
_lib_path = None
_explicit_path = None
_lock = threading.Lock()


def _source_tree_candidates():
    """libgovreport.so.N in the build trees of the source checkout this package sits in."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(_PACKAGE_DIR)))
    # Only a govreport checkout counts: an installed package must not pick up whatever
    # build*/ directory happens to sit three levels up.
    if not os.path.isfile(os.path.join(root, "include", "govreport", "govreport.h")):
        return []
    # Sanitizer and fuzzer builds need their runtime preloaded: never pick them up here.
    found = [p for p in glob.glob(os.path.join(root, "build*", "lib", _soname()))
             if not any(w in os.path.basename(os.path.dirname(os.path.dirname(p)))
                        for w in ("asan", "fuzz", "sanit", "hard"))]
    # The most recently built tree is the one the user most likely means.
    found.sort(key=_mtime, reverse=True)
    return found


def _mtime(path):
    try:
        return os.path.getmtime(path)
    except OSError:  # removed since the glob: sort it last, loading will skip it
        return 0.0


def _candidates():
    """(where it came from, what to dlopen, must it exist) in the documented order."""
    if _explicit_path is not None:
        yield "govreport.load_library()", _explicit_path, True
        return
    env = os.environ.get(_ENV_VAR)
    if env:
        # An explicit environment variable is authoritative: falling back silently would
        # test or run against some other library.
        yield "$" + _ENV_VAR, env, True
        return
    bundled = os.path.join(_PACKAGE_DIR, "_libs", _soname())
    if os.path.exists(bundled):
        yield "the package's _libs/", bundled, False
    for path in _source_tree_candidates():
        yield "the source tree's build directory", path, False
    yield "the dynamic linker", _soname(), False
    found = ctypes.util.find_library("govreport")
    if found:
        yield "ctypes.util.find_library", found, False


def _open():
    tried = []
    for origin, path, authoritative in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError as exc:
            if authoritative:
                raise GovreportError("cannot load the govreport library %r given by %s: %s"
                                     % (path, origin, exc)) from None
            tried.append("%s (%s): %s" % (path, origin, exc))
            continue
        return lib, path
    raise GovreportError(
        "cannot find the govreport library %s; build it (see bindings/python/README.md), "
        "then set %s=/path/to/%s or call govreport.load_library(path). Tried:\n  %s"
        % (_soname(), _ENV_VAR, _soname(), "\n  ".join(tried)))


def _check_abi(lib, path):
    try:
        abi = lib.govreport_abi_version
    except AttributeError:
        raise GovreportError("%s is not a govreport library (no govreport_abi_version)"
                             % path) from None
    abi.argtypes, abi.restype = [], c_uint32
    found = abi()
    if found != _ABI:
        raise GovreportError(
            "govreport ABI mismatch: the library %s has ABI %d but this Python binding was "
            "written for ABI %d; use a matching library (libgovreport.so.%d) or binding"
            % (path, found, _ABI, _ABI))


def lib():
    """The loaded and fully registered library, loading it on first use."""
    global _lib, _lib_path
    if _lib is not None:
        return _lib
    with _lock:
        if _lib is None:
            loaded, path = _open()
            _check_abi(loaded, path)
            for row in _FUNCTIONS:
                _register(loaded, row)
            _lib_path = path
            _lib = loaded
    return _lib


def load_library(path):
    """Use the library at ``path``; must be called before anything else uses the library.

    The library is loaded immediately, so a wrong path or ABI fails here.
    """
    global _explicit_path
    path = os.fspath(path)
    with _lock:
        if _lib is not None:
            raise GovreportError(
                "govreport.load_library() must be called before first use; the library %s "
                "is already loaded" % _lib_path)
        _explicit_path = path
    try:
        lib()
    except GovreportError:
        _explicit_path = None  # allow another attempt with a corrected path
        raise


def library_path():
    """What was passed to dlopen for the loaded library (a path or a soname), or None."""
    return _lib_path


# --- Helpers for _model -------------------------------------------------------------------

def decode(raw):
    """A borrowed C string (bytes from c_char_p, or None) as str or None."""
    if raw is None:
        return None
    return raw.decode("utf-8")
