# _model.py: the owning Report, sequence views over its lists, and immutable value classes.
# SPDX-License-Identifier: MIT
"""Python model of a parsed report.

``Report`` is the only object that owns C memory. Everything reachable from it is copied
out of the library eagerly into frozen dataclasses, so no Python object ever keeps a
borrowed C pointer past a single call and nothing can dangle after ``close()`` (STYLE.md
pitfall 5). Views (``report.sections`` …) hold a strong reference to their ``Report``.
"""

import datetime
import enum
import json
import operator
import weakref
from collections.abc import Sequence
from ctypes import POINTER, byref, c_char, c_size_t, string_at
from dataclasses import dataclass
from typing import Optional, Tuple

from . import _ffi

__all__ = ["Report", "Span", "Section", "Measure", "Diagnostic", "MarkerKind", "Indicator",
           "Change", "Period", "Mention", "Body", "Person", "Document"]


class MarkerKind(enum.IntEnum):
    """govreport_marker_kind; same values as the C enum (they are frozen there)."""

    NONE = 0
    CHINESE_COMMA = 1  # 一、
    CHINESE_PAREN = 2  # （一） (一)
    ARABIC_DOT = 3  # 1. 1． 1、
    ARABIC_PAREN = 4  # （1） (1)
    CIRCLED = 5  # ①
    ENUMERATION = 6  # 一是


_MARKER_KINDS = {kind.value: kind for kind in MarkerKind}


def _marker_kind(value):
    # A newer library may add kinds; keep the number rather than fail.
    return _MARKER_KINDS.get(value, value)


@dataclass(frozen=True)
class Span:
    """Half-open range of ``Report.text``: bytes of its UTF-8 form and code points of the str.

    ``report.text.encode()[span.start:span.end]`` and
    ``report.text[span.char_start:span.char_end]`` are the same text.
    """

    start: int
    end: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class ReportDate:
    """A date the report bears: the one under its signature, or its web page's."""

    date: datetime.date
    text: str  # as written: "2024年3月1日", "二〇二四年三月一日", "2024-03-28"
    span: Span


@dataclass(frozen=True)
class Section:
    """A heading (一、, （一）, …) and the part of the report it governs."""

    index: int  # position in Report.sections (document order)
    id: str  # "s1.2"
    level: int  # 1 = top level
    marker: str  # as written: "一、", "（一）"
    marker_kind: MarkerKind
    ordinal: int  # the marker's number: （三） -> 3
    title: str  # normalised heading text
    role: Optional[str]  # "achievements", "shortcomings", "leadership_duty", "plans",
    #                       "other" for level 1; None below level 1
    parent: Optional[int]  # index of the parent section, None at top level
    children: Tuple[int, ...]  # indices of the direct sub-sections
    span: Span  # the heading as written (marker and title)
    extent: Span  # the whole section, sub-sections included


@dataclass(frozen=True)
class Measure:
    """A numbered item (1.) or an enumeration item (一是) describing one measure."""

    index: int  # position in Report.measures
    id: str  # "m3"
    section: Optional[int]  # index of the innermost enclosing section, or None
    section_id: Optional[str]  # that section's id ("s1.2"), or None
    marker: str  # as written: "1.", "一是"
    marker_kind: MarkerKind
    ordinal: int
    title: str  # the run-in lead clause, "" when the item has none
    body: str  # the rest of the item (page breaks repaired)
    status: str  # "done", "planned" or "other"
    span: Span  # marker and title as written
    extent: Span  # the whole item
    # Indices in Report.indicators of the indicators that stand in this item. Last and
    # defaulted so that code building a Measure by hand keeps working.
    indicators: Tuple[int, ...] = ()
    # Indices in Report.bodies of the bodies linked to this item, the actors first.
    bodies: Tuple[int, ...] = ()


@dataclass(frozen=True)
class Diagnostic:
    """A recoverable problem found while parsing (the report is still usable)."""

    severity: str  # "error", "warning" or "info"
    code: str  # stable code such as "page_break_joined"
    message: str  # English text
    span: Span


@dataclass(frozen=True)
class Change:
    """How an indicator changed (同比增长89.7%, 从1分提升至2分)."""

    direction: str  # "up" or "down"
    basis: Optional[str]  # what it is compared with: "同比", "较去年底"; None if unsaid
    from_index: Optional[int]  # index in Report.indicators of the value it changed from
    from_id: Optional[str]  # that indicator's id ("i7"), or None


@dataclass(frozen=True)
class Indicator:
    """A quantity that measures something: 995件, 8122.21 万元, 同比增长89.7%."""

    index: int  # position in Report.indicators
    id: str  # "i3"
    text: str  # as it stands in the input: "约90.6%", "8122.21 万元"
    value: Optional[float]  # the number as written (8122.21), None if not numeric
    value_text: str  # the decimal as written, in ASCII: "8122.21", "10-20", "1/3"
    value_max: Optional[float]  # upper end of a range (10-20人 -> 20), else None
    scale: float  # factor of the scale word: 1, 10000 (万), 100000000 (亿)
    normalized: Optional[float]  # value * scale (81222100.0), None if not numeric
    unit: str  # canonical unit: "件", "元", "%", "percentage_point"; "" if none
    kind: str  # "count", "percent", "percentage_point", "amount", "score",
    #            "rate_change", "ratio" or "other"
    qualifier: Optional[str]  # "at_least", "approx", "at_most", "reached"; None if none
    change: Optional[Change]  # set when the indicator is a change
    metric: str  # what the number measures ("新增发明专利授权"), "" if unknown
    per: Optional[str]  # denominator of a per-capita figure ("万人"), else None
    chinese_numeral: bool  # written in Chinese numerals (两个)
    measure: Optional[int]  # index in Report.measures of the item it stands in, or None
    measure_id: Optional[str]  # that measure's id ("m5"), or None
    period: Optional[int]  # index in Report.periods of the period its sentence speaks of
    period_id: Optional[str]  # that period's id ("p2"), or None
    span: Span
    # The innermost section that holds it, measure or not (a heading over plain paragraphs
    # has none): its index in Report.sections and its id ("s1.2"), or None before the first.
    section: Optional[int] = None
    section_id: Optional[str] = None


@dataclass(frozen=True)
class Period:
    """A period the text speaks of (2024 年, 2021-2025 年, 上半年, 去年底)."""

    index: int  # position in Report.periods
    id: str  # "p2"
    text: str  # as it stands in the input: "2021-2025 年"
    start: datetime.date  # first day
    end: datetime.date  # last day, inclusive
    granularity: str  # "year", "half", "quarter", "month", "day" or "range"
    relative: bool  # resolved against the report year (今年, 去年底, 明年)
    span: Span


@dataclass(frozen=True)
class Mention:
    """One place where a body, person or document is named, with the words used there."""

    text: str  # as written: "市政府", "市委书记杨中坚", "《信访工作条例》"
    span: Span


@dataclass(frozen=True)
class Body:
    """A responsible body (organ): 启东市人民政府, 市数据局, 12345 便民服务热线."""

    index: int  # position in Report.bodies
    id: str  # "b2"
    name: str  # canonical name: "启东市人民政府" for 市政府 in 启东's report
    kind: str  # "government", "government_department", "party_committee", "party_organ",
    #            "peoples_congress", "cppcc", "court", "procuratorate",
    #            "supervisory_commission", "public_institution", "enforcement_team",
    #            "service_platform", "mediation_studio" or "other"
    level: Optional[str]  # "national", "province", "prefecture", "county", "township"
    #                        (the C++ model also has "village"); None when unknown
    division_code: Optional[str]  # GB/T 2260 code ("320681"), None when unknown
    mentions: Tuple[Mention, ...]


@dataclass(frozen=True)
class Person:
    """A person named with a title: 市委副书记、市长蔡毅."""

    index: int  # position in Report.persons
    id: str  # "h1"
    name: str  # "蔡毅"
    title: str  # the title as written: "市委副书记、市长"
    titles: Tuple[str, ...]  # its parts: ("市委副书记", "市长")
    body: Optional[int]  # index in Report.bodies of the body of the first title, or None
    body_id: Optional[str]  # that body's id ("b2"), or None
    mentions: Tuple[Mention, ...]


@dataclass(frozen=True)
class Document:
    """A cited document: every 《…》 title; a 〈…〉 title nested in one is its own entry."""

    index: int  # position in Report.documents
    id: str  # "d3"
    title: str  # without its brackets: "法治政府建设实施纲要（2021-2025 年）"
    doc_number: Optional[str]  # "中发〔2021〕33号", or None
    issuer: Optional[str]  # written in front or in the title ("国务院办公厅"), or None
    period_start: Optional[datetime.date]  # first day of the period in the title, or None
    period_end: Optional[datetime.date]  # its last day (inclusive), or None
    nested_in: Optional[int]  # index in Report.documents of the enclosing document, or None
    nested_in_id: Optional[str]  # that document's id, or None
    mentions: Tuple[Mention, ...]  # the title with its brackets, where it stands


_object_new = object.__new__
_object_setattr = object.__setattr__


def _fast(cls, fields):
    """An instance of the frozen dataclass ``cls`` holding ``fields`` (every field, by name).

    What its __init__ would build, without it: a frozen dataclass's __init__ sets each
    field through object.__setattr__, a third of building an indicator. The instance keeps
    everything the class gives (equality, hash, repr, immutability), which reads the fields
    from its __dict__; tests/test_records.py checks that each builder gives every field.
    """
    obj = _object_new(cls)
    _object_setattr(obj, "__dict__", fields)
    return obj


def _span_from_struct(raw):
    """A Span from a govreport_span (a SpanStruct)."""
    return _fast(Span, {"start": raw.start, "end": raw.end, "char_start": raw.char_start,
                        "char_end": raw.char_end})


def _indices(ptr, count):
    """The ``count`` indices a record borrows (a POINTER(c_size_t)), as a tuple."""
    return tuple(ptr[:count]) if count else ()


def _optional_index(value):
    return None if value < 0 else value


def _id_at(report, kind, index):
    """The id of item ``index`` of the report's list ``kind`` ("measure" for
    govreport_report_measure_at and govreport_measure_id), or None (index None or stale).

    Cached per report and list (a report never changes): the indicators of a measure all
    name it, and two C calls per lookup were a sixth of building an indicator.
    """
    if index is None:
        return None
    try:
        return report._ids[kind][index]
    except KeyError:
        pass
    lib = _ffi.lib()
    ptr = getattr(lib, "govreport_report_%s_at" % kind)(report._handle, index)
    found = _ffi.decode(getattr(lib, "govreport_%s_id" % kind)(ptr)) if ptr else None
    report._ids.setdefault(kind, {})[index] = found
    return found


class _EnumStrings(dict):
    """{value: string} of one C enum, from its govreport_*_string function: fixed for a
    loaded library (the header freezes the values), so each value is asked for once, and
    a lookup is one subscript."""

    __slots__ = ("_function",)

    def __init__(self, function):
        super().__init__()
        self._function = function

    def __missing__(self, value):
        found = _ffi.decode(getattr(_ffi.lib(), self._function)(value))
        self[value] = found
        return found


_ROLES = _EnumStrings("govreport_role_string")
_STATUSES = _EnumStrings("govreport_measure_status_string")
_SEVERITIES = _EnumStrings("govreport_severity_string")
_KINDS = _EnumStrings("govreport_indicator_kind_string")
_QUALIFIERS = _EnumStrings("govreport_qualifier_string")
_GRANULARITIES = _EnumStrings("govreport_granularity_string")


def _date(raw, what, owner):
    text = _ffi.decode(raw)
    try:
        return datetime.date.fromisoformat(text)
    except (TypeError, ValueError):
        # The header promises "YYYY-MM-DD": anything else is a library bug, say so.
        raise _ffi.InternalError("govreport returned %r as the %s of %s; expected "
                                 "YYYY-MM-DD" % (text, what, owner)) from None


def _optional_date(raw, what, owner):
    # NULL means "no period"; a non-NULL string must still be a valid date.
    return None if raw is None else _date(raw, what, owner)


def _mentions(function, item, count):
    """The ``count`` (text, span) mentions of a body, person or document (``item``, its
    pointer), copied out of one govreport_*_mention_records call."""
    return tuple(_fast(Mention, {"text": m.text.decode(), "span": _span_from_struct(m.span)})
                 for m in _ffi.mention_records(function, item, count))


def _section_from_record(report, index, rec):
    """A Section from a govreport_section_record."""
    return _fast(Section, {
        "index": index,
        "id": rec.id.decode(),
        "level": rec.level,
        "marker": rec.marker.decode(),
        "marker_kind": _marker_kind(rec.marker_kind),
        "ordinal": rec.ordinal,
        "title": rec.title.decode(),
        # role_string gives "" for GOVREPORT_ROLE_NONE; None reads better in Python.
        "role": _ROLES[rec.role] or None,
        "parent": _optional_index(rec.parent),
        "children": _indices(rec.children, rec.child_count),
        "span": _span_from_struct(rec.span),
        "extent": _span_from_struct(rec.extent),
    })


def _measure_from_record(report, index, rec):
    """A Measure from a govreport_measure_record."""
    section = _optional_index(rec.section)
    return _fast(Measure, {
        "index": index,
        "id": rec.id.decode(),
        "section": section,
        "section_id": _id_at(report, "section", section),
        "marker": rec.marker.decode(),
        "marker_kind": _marker_kind(rec.marker_kind),
        "ordinal": rec.ordinal,
        "title": rec.title.decode(),
        "body": rec.body.decode(),
        "status": _STATUSES[rec.status],
        "span": _span_from_struct(rec.span),
        "extent": _span_from_struct(rec.extent),
        "indicators": _indices(rec.indicators, rec.indicator_count),
        # The C list is the measure's own (actors first).
        "bodies": _indices(rec.bodies, rec.body_count),
    })


def _diagnostic_from_record(report, index, rec):
    """A Diagnostic from a govreport_diagnostic_record."""
    return _fast(Diagnostic, {
        "severity": _SEVERITIES[rec.severity],
        "code": rec.code.decode(),
        "message": rec.message.decode(),
        "span": _span_from_struct(rec.span),
    })


def _change_from_record(report, rec):
    """The Change of a govreport_indicator_record, or None."""
    if not rec.has_change:
        return None
    source = _optional_index(rec.change_from)
    return _fast(Change, {
        "direction": "up" if rec.change_up else "down",
        # "" means no basis was written; None reads better, as in the JSON.
        "basis": rec.change_basis.decode() or None,
        "from_index": source,
        "from_id": _id_at(report, "indicator", source),
    })


def _indicator_from_record(report, index, rec):
    """An Indicator from a govreport_indicator_record (one C call fills many of them)."""
    measure = _optional_index(rec.measure)
    period = _optional_index(rec.period)
    section = _optional_index(rec.section)
    change = _change_from_record(report, rec) if rec.has_change else None
    has_value = rec.has_value
    return _fast(Indicator, {
        "index": index,
        "id": rec.id.decode(),
        "text": rec.text.decode(),
        "value": rec.value if has_value else None,
        "value_text": rec.value_text.decode(),
        "value_max": rec.value_max if rec.has_value_max else None,
        "scale": rec.scale,
        "normalized": rec.normalized if has_value else None,
        "unit": rec.unit.decode(),
        "kind": _KINDS[rec.kind],
        # qualifier_string gives "" for GOVREPORT_QUALIFIER_NONE; None as in the JSON.
        "qualifier": _QUALIFIERS[rec.qualifier] or None,
        "change": change,
        "metric": rec.metric.decode(),
        "per": rec.per.decode() or None,
        "chinese_numeral": bool(rec.chinese_numeral),
        "measure": measure,
        "measure_id": _id_at(report, "measure", measure),
        "period": period,
        "period_id": _id_at(report, "period", period),
        "span": _span_from_struct(rec.span),
        "section": section,
        "section_id": _id_at(report, "section", section),
    })


def _period_from_record(report, index, rec):
    """A Period from a govreport_period_record."""
    period_id = rec.id.decode()
    return _fast(Period, {
        "index": index,
        "id": period_id,
        "text": rec.text.decode(),
        "start": _date(rec.start, "start", "period " + period_id),
        "end": _date(rec.end, "end", "period " + period_id),
        "granularity": _GRANULARITIES[rec.granularity],
        "relative": bool(rec.relative),
        "span": _span_from_struct(rec.span),
    })


def _body_from_record(report, index, rec):
    """A Body from a govreport_body_record and its mention records."""
    lib = _ffi.lib()
    return _fast(Body, {
        "index": index,
        "id": rec.id.decode(),
        "name": rec.name.decode(),
        "kind": rec.kind.decode(),
        # "" means unknown in C; None as for the other absent values.
        "level": rec.level.decode() or None,
        "division_code": _ffi.decode(rec.division_code),
        "mentions": _mentions(lib.govreport_body_mention_records,
                              lib.govreport_report_body_at(report._handle, index),
                              rec.mention_count),
    })


def _person_titles(person, count):
    """The ``count`` title parts of a person (``person``, its pointer), as a tuple."""
    lib = _ffi.lib()
    return tuple(_ffi.decode(lib.govreport_person_title_at(person, i)) for i in range(count))


def _person_from_record(report, index, rec):
    """A Person from a govreport_person_record, its title parts and its mention records."""
    lib = _ffi.lib()
    ptr = lib.govreport_report_person_at(report._handle, index)
    body = _optional_index(rec.body)
    return _fast(Person, {
        "index": index,
        "id": rec.id.decode(),
        "name": rec.name.decode(),
        "title": rec.title.decode(),
        "titles": _person_titles(ptr, rec.title_count),
        "body": body,
        "body_id": _id_at(report, "body", body),
        "mentions": _mentions(lib.govreport_person_mention_records, ptr, rec.mention_count),
    })


def _document_from_record(report, index, rec):
    """A Document from a govreport_document_record and its mention records."""
    lib = _ffi.lib()
    document_id = rec.id.decode()
    owner = "document " + document_id
    nested_in = _optional_index(rec.nested_in)
    return _fast(Document, {
        "index": index,
        "id": document_id,
        "title": rec.title.decode(),
        "doc_number": _ffi.decode(rec.doc_number),
        "issuer": _ffi.decode(rec.issuer),
        "period_start": _optional_date(rec.period_start, "period start", owner),
        "period_end": _optional_date(rec.period_end, "period end", owner),
        "nested_in": nested_in,
        "nested_in_id": _id_at(report, "document", nested_in),
        "mentions": _mentions(lib.govreport_document_mention_records,
                              lib.govreport_report_document_at(report._handle, index),
                              rec.mention_count),
    })


class _RecordView(Sequence):
    """Read-only sequence over one of a report's lists, read as C records
    (govreport_report_*_records): one C call per item looked up, and one per chunk of items
    when iterating, instead of one per field (through ctypes each call costs about a
    microsecond, and an item has four to twenty fields).

    Holds the Report strongly, so the C report lives as long as the view; each item is
    copied into a value object when it is accessed.
    """

    __slots__ = ("_report", "_count_fn", "_record_type", "_build")
    _CHUNK = 512

    def __init__(self, report, count_fn, record_type, build):
        self._report = report
        self._count_fn = count_fn
        self._record_type = record_type
        self._build = build

    def __len__(self):
        return self._count_fn(self._report._handle)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return tuple(self[i] for i in range(*key.indices(len(self))))
        index = operator.index(key)
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("index %d out of range for %d items" % (key, count))
        report = self._report
        record = _ffi.records(self._record_type, report._handle, index, 1)[0]
        return self._build(report, index, record)

    def __iter__(self):
        # The count once (a report never changes), then a chunk of records per call.
        report, record_type, build = self._report, self._record_type, self._build
        count = self._count_fn(report._handle)
        for first in range(0, count, self._CHUNK):
            records = _ffi.records(record_type, report._handle, first,
                                   min(self._CHUNK, count - first))
            for offset, record in enumerate(records):
                # The records borrow the report's strings: it must still be open.
                report._check_open()
                yield build(report, first + offset, record)

    def columns(self, *names):
        """The named fields of every item as ``{name: [value, …]}`` in item order, every
        field when none is named: ``pandas.DataFrame(report.indicators.columns("metric",
        "value", "unit"))``. Each value is what the item's attribute of that name holds,
        read without building the items (a few fields of every indicator cost a fraction
        of reading the list). ValueError for a name the items do not have."""
        from ._columns import COLUMNS  # here, not at the top: _columns imports this module

        table = COLUMNS[self._record_type]
        for name in names:
            if not isinstance(name, str):
                raise TypeError("column names are strings, not %r" % (name,))
            if name not in table:
                raise ValueError("no column %r here; the columns are: %s"
                                 % (name, ", ".join(table)))
        wanted = list(dict.fromkeys(names)) if names else list(table)
        out = {name: [] for name in wanted}
        readers = [(out[name], table[name]) for name in wanted]
        report = self._report
        count = self._count_fn(report._handle)
        for first in range(0, count, self._CHUNK):
            records = _ffi.records(self._record_type, report._handle, first,
                                   min(self._CHUNK, count - first))
            report._check_open()  # the records borrow the report's strings
            # One ctypes object per record, made once: each pass over the array itself
            # would make them anew for every column.
            rows = list(records)
            for column, read in readers:
                column.extend(read(report, first, rows))
        return out

    def __repr__(self):
        return "<%s of %d items>" % (type(self).__name__, len(self))


class Report:
    """A parsed report: the only object that owns C memory.

    Create it with ``govreport.parse()`` or ``govreport.parse_file()``. Release it with
    ``close()`` or a ``with`` block; otherwise it is released when garbage-collected (by
    ``weakref.finalize``, which is also safe at interpreter shutdown). Any access after
    ``close()`` raises ValueError. Values already taken from it stay valid.
    """

    def __init__(self, handle):
        if not isinstance(handle, _ffi.report_p):
            raise TypeError("Report wraps a govreport_report pointer; use govreport.parse()")
        if not handle:
            raise ValueError("Report needs a non-NULL govreport_report handle; "
                             "use govreport.parse()")
        self._ptr = handle
        self._text = None
        self._ids = {}  # _id_at()'s cache
        # Keep the library function and the handle, not self, in the finalizer.
        self._finalizer = weakref.finalize(self, _ffi.lib().govreport_report_free, handle)

    # -- lifetime --

    def close(self):
        """Release the C report now. Idempotent."""
        self._finalizer()
        self._text = None
        self._ids = {}

    @property
    def closed(self):
        return not self._finalizer.alive

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _check_open(self):
        if not self._finalizer.alive:
            raise ValueError("operation on a closed govreport Report")

    @property
    def _handle(self):
        self._check_open()
        return self._ptr

    @property
    def _as_parameter_(self):
        # Lets a Report be passed straight to the C functions (cindex ClangObject).
        return self._handle

    # -- scalar properties --

    @property
    def title(self):
        """Normalised title, "" if none was found."""
        return _ffi.decode(_ffi.lib().govreport_report_title(self._handle))

    @property
    def issuer(self):
        """Issuing authority taken from the title, or None."""
        return _ffi.decode(_ffi.lib().govreport_report_issuer(self._handle))

    @property
    def year(self):
        """Reporting year, or None if unknown."""
        return _ffi.lib().govreport_report_year(self._handle) or None

    @property
    def text(self):
        """The text every Span refers to (for UTF-8 input, the input itself)."""
        handle = self._handle
        if self._text is None:
            length = c_size_t()
            ptr = _ffi.lib().govreport_report_text(handle, byref(length))
            # string_at with the length: the text may contain NUL bytes.
            raw = string_at(ptr, length.value) if ptr else b""
            self._text = raw.decode("utf-8")
        return self._text

    @property
    def encoding(self):
        """The input's encoding as detected or forced ("utf-8", "gb18030", …)."""
        return _ffi.decode(_ffi.lib().govreport_report_encoding(self._handle))

    @property
    def source_format(self):
        """What the input was: "text" or "html" (then ``text`` is the page's text)."""
        return _ffi.decode(_ffi.lib().govreport_report_source_format(self._handle))

    @property
    def issuer_bodies(self):
        """The bodies that issue the report, in the order the issuer names them: one, or two
        for a joint report (中共嘉兴市委, 嘉兴市人民政府); for a place alone its government when
        the text names it; () when the issuer is unknown or names no body."""
        lib = _ffi.lib()
        handle = self._handle
        bodies = self.bodies
        return tuple(bodies[lib.govreport_report_issuer_body_index(handle, i)]
                     for i in range(lib.govreport_report_issuer_body_count(handle)))

    @property
    def signing_date(self):
        """The date under the signature (or the web page's 成文日期) as a ReportDate, or None."""
        return self._report_date("signing_date")

    @property
    def publication_date(self):
        """The web page's publication date (发布时间, 发布日期) as a ReportDate, or None."""
        return self._report_date("publication_date")

    def _report_date(self, which):
        lib = _ffi.lib()
        handle = self._handle
        iso = getattr(lib, "govreport_report_" + which)(handle)
        if iso is None:
            return None
        raw = _ffi.SpanStruct()
        getattr(lib, "govreport_report_%s_span" % which)(handle, byref(raw))
        text = getattr(lib, "govreport_report_%s_text" % which)(handle)
        return ReportDate(date=_date(iso, which, "the report"), text=_ffi.decode(text),
                          span=_span_from_struct(raw))

    # -- collections --

    @property
    def sections(self):
        """All sections, flattened in document order (the tree via parent/children)."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_section_count, _ffi.SectionRecord,
                           _section_from_record)

    @property
    def measures(self):
        """All measures in document order."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_measure_count, _ffi.MeasureRecord,
                           _measure_from_record)

    @property
    def diagnostics(self):
        """Recoverable problems found while parsing."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_diagnostic_count, _ffi.DiagnosticRecord,
                           _diagnostic_from_record)

    @property
    def indicators(self):
        """Quantities that measure something (995件, 同比增长89.7%), in document order."""
        self._check_open()
        return _RecordView(self, _ffi.lib().govreport_report_indicator_count,
                           _ffi.IndicatorRecord, _indicator_from_record)

    @property
    def periods(self):
        """Periods the text speaks of (2024 年, 去年底) as inclusive date ranges."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_period_count, _ffi.PeriodRecord,
                           _period_from_record)

    @property
    def bodies(self):
        """Responsible bodies (organs), each with its canonical name and its mentions."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_body_count, _ffi.BodyRecord,
                           _body_from_record)

    @property
    def persons(self):
        """Persons named with a title (市委书记杨中坚)."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_person_count, _ffi.PersonRecord,
                           _person_from_record)

    @property
    def documents(self):
        """Cited documents (《…》 titles, nested 〈…〉 titles as their own entries)."""
        self._check_open()
        lib = _ffi.lib()
        return _RecordView(self, lib.govreport_report_document_count, _ffi.DocumentRecord,
                           _document_from_record)

    # -- export --

    def to_json(self, pretty=False):
        """The report as "govreport/1" JSON text."""
        lib = _ffi.lib()
        flags = _ffi.JSON_PRETTY if pretty else 0
        out = POINTER(c_char)()
        length = c_size_t()
        try:
            lib.govreport_report_to_json(self._handle, flags, byref(out), byref(length))
            return string_at(out, length.value).decode("utf-8")
        finally:
            # The buffer is ours: released with govreport_free, never free() (pitfall 3).
            lib.govreport_free(out)

    def to_dict(self):
        """``json.loads(self.to_json())``."""
        return json.loads(self.to_json())

    def __repr__(self):
        if self.closed:
            return "<govreport.Report (closed)>"
        return ("<govreport.Report %r: %d sections, %d measures, %d indicators, %d periods, "
                "%d bodies, %d persons, %d documents, %d diagnostics>"
                % (self.title, len(self.sections), len(self.measures), len(self.indicators),
                   len(self.periods), len(self.bodies), len(self.persons), len(self.documents),
                   len(self.diagnostics)))
