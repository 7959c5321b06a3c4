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


def _marker_kind(value):
    # A newer library may add kinds; keep the number rather than fail.
    try:
        return MarkerKind(value)
    except ValueError:
        return value


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


def _span(func, handle):
    raw = _ffi.span_of(func, handle)
    return Span(raw.start, raw.end, raw.char_start, raw.char_end)


def _optional_index(value):
    return None if value < 0 else value


def _id_at(report, at_fn, id_fn, index):
    """The id of item ``index`` of one of the report's lists, or None (index None or stale).

    Cached per report (a report never changes): the indicators of a measure all name it,
    and two C calls per lookup were a sixth of building an indicator.
    """
    if index is None:
        return None
    key = (id_fn.__name__, index)  # ctypes functions are not hashable; their names are
    cached = report._ids.get(key, _MISSING)
    if cached is not _MISSING:
        return cached
    ptr = at_fn(report._handle, index)
    found = _ffi.decode(id_fn(ptr)) if ptr else None
    report._ids[key] = found
    return found


_MISSING = object()

# The strings of the C enums, by value: fixed for a loaded library (the header freezes the
# values), so each is asked for once instead of at every item.
_enum_strings = {}


def _enum_string(string_fn, value):
    key = (string_fn.__name__, value)
    found = _enum_strings.get(key)
    if found is None:
        found = _ffi.decode(string_fn(value))
        _enum_strings[key] = found
    return found


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


def _mentions(count_fn, text_fn, span_fn, ptr):
    """The (text, span) mentions of a body, person or document, copied out."""
    found = []
    for i in range(count_fn(ptr)):
        raw = _ffi.indexed_span_of(span_fn, ptr, i)
        found.append(Mention(_ffi.decode(text_fn(ptr, i)),
                             Span(raw.start, raw.end, raw.char_start, raw.char_end)))
    return tuple(found)


def _build_section(report, index, ptr):
    lib = _ffi.lib()
    role = lib.govreport_section_role(ptr)
    return Section(
        index=index,
        id=_ffi.decode(lib.govreport_section_id(ptr)),
        level=lib.govreport_section_level(ptr),
        marker=_ffi.decode(lib.govreport_section_marker(ptr)),
        marker_kind=_marker_kind(lib.govreport_section_marker_kind(ptr)),
        ordinal=lib.govreport_section_ordinal(ptr),
        title=_ffi.decode(lib.govreport_section_title(ptr)),
        # role_string gives "" for GOVREPORT_ROLE_NONE; None reads better in Python.
        role=_enum_string(lib.govreport_role_string, role) or None,
        parent=_optional_index(lib.govreport_section_parent(ptr)),
        children=tuple(lib.govreport_section_child_at(ptr, i)
                       for i in range(lib.govreport_section_child_count(ptr))),
        span=_span(lib.govreport_section_span, ptr),
        extent=_span(lib.govreport_section_extent, ptr),
    )


def _build_measure(report, index, ptr):
    lib = _ffi.lib()
    section = _optional_index(lib.govreport_measure_section(ptr))
    section_id = None
    if section is not None:
        section_ptr = lib.govreport_report_section_at(report._handle, section)
        if section_ptr:
            section_id = _ffi.decode(lib.govreport_section_id(section_ptr))
    return Measure(
        index=index,
        id=_ffi.decode(lib.govreport_measure_id(ptr)),
        section=section,
        section_id=section_id,
        marker=_ffi.decode(lib.govreport_measure_marker(ptr)),
        marker_kind=_marker_kind(lib.govreport_measure_marker_kind(ptr)),
        ordinal=lib.govreport_measure_ordinal(ptr),
        title=_ffi.decode(lib.govreport_measure_title(ptr)),
        body=_ffi.decode(lib.govreport_measure_body(ptr)),
        status=_enum_string(lib.govreport_measure_status_string,
                            lib.govreport_measure_status_of(ptr)),
        span=_span(lib.govreport_measure_span, ptr),
        extent=_span(lib.govreport_measure_extent, ptr),
        indicators=report._indicators_by_measure().get(index, ()),
        # The C list is the measure's own (actors first); a reverse lookup would lose
        # that order.
        bodies=tuple(lib.govreport_measure_body_at(ptr, i)
                     for i in range(lib.govreport_measure_body_count(ptr))),
    )


def _build_diagnostic(report, index, ptr):
    lib = _ffi.lib()
    return Diagnostic(
        severity=_enum_string(lib.govreport_severity_string,
                              lib.govreport_diagnostic_severity(ptr)),
        code=_ffi.decode(lib.govreport_diagnostic_code(ptr)),
        message=_ffi.decode(lib.govreport_diagnostic_message(ptr)),
        span=_span(lib.govreport_diagnostic_span, ptr),
    )


def _indicator_from_record(report, index, rec):
    """An Indicator from a govreport_indicator_record (one C call fills many of them)."""
    lib = _ffi.lib()
    decode = _ffi.decode
    measure = _optional_index(rec.measure)
    period = _optional_index(rec.period)
    change = None
    if rec.has_change:
        source = _optional_index(rec.change_from)
        change = Change(
            direction="up" if rec.change_up else "down",
            # "" means no basis was written; None reads better, as in the JSON.
            basis=decode(rec.change_basis) or None,
            from_index=source,
            from_id=_id_at(report, lib.govreport_report_indicator_at,
                           lib.govreport_indicator_id, source),
        )
    has_value = bool(rec.has_value)
    span = rec.span
    return Indicator(
        index=index,
        id=decode(rec.id),
        text=decode(rec.text),
        value=rec.value if has_value else None,
        value_text=decode(rec.value_text),
        value_max=rec.value_max if rec.has_value_max else None,
        scale=rec.scale,
        normalized=rec.normalized if has_value else None,
        unit=decode(rec.unit),
        kind=_enum_string(lib.govreport_indicator_kind_string, rec.kind),
        # qualifier_string gives "" for GOVREPORT_QUALIFIER_NONE; None as in the JSON.
        qualifier=_enum_string(lib.govreport_qualifier_string, rec.qualifier) or None,
        change=change,
        metric=decode(rec.metric),
        per=decode(rec.per) or None,
        chinese_numeral=bool(rec.chinese_numeral),
        measure=measure,
        measure_id=_id_at(report, lib.govreport_report_measure_at, lib.govreport_measure_id,
                          measure),
        period=period,
        period_id=_id_at(report, lib.govreport_report_period_at, lib.govreport_period_id,
                         period),
        span=Span(span.start, span.end, span.char_start, span.char_end),
    )


def _build_period(report, index, ptr):
    lib = _ffi.lib()
    period_id = _ffi.decode(lib.govreport_period_id(ptr))
    return Period(
        index=index,
        id=period_id,
        text=_ffi.decode(lib.govreport_period_text(ptr)),
        start=_date(lib.govreport_period_start(ptr), "start", "period " + str(period_id)),
        end=_date(lib.govreport_period_end(ptr), "end", "period " + str(period_id)),
        granularity=_enum_string(lib.govreport_granularity_string,
                                 lib.govreport_period_granularity(ptr)),
        relative=bool(lib.govreport_period_relative(ptr)),
        span=_span(lib.govreport_period_span, ptr),
    )


def _build_body(report, index, ptr):
    lib = _ffi.lib()
    return Body(
        index=index,
        id=_ffi.decode(lib.govreport_body_id(ptr)),
        name=_ffi.decode(lib.govreport_body_name(ptr)),
        kind=_ffi.decode(lib.govreport_body_kind(ptr)),
        # "" means unknown in C; None as for the other absent values.
        level=_ffi.decode(lib.govreport_body_level(ptr)) or None,
        division_code=_ffi.decode(lib.govreport_body_division_code(ptr)),
        mentions=_mentions(lib.govreport_body_mention_count, lib.govreport_body_mention_text,
                           lib.govreport_body_mention_span, ptr),
    )


def _build_person(report, index, ptr):
    lib = _ffi.lib()
    body = _optional_index(lib.govreport_person_body(ptr))
    return Person(
        index=index,
        id=_ffi.decode(lib.govreport_person_id(ptr)),
        name=_ffi.decode(lib.govreport_person_name(ptr)),
        title=_ffi.decode(lib.govreport_person_title(ptr)),
        titles=tuple(_ffi.decode(lib.govreport_person_title_at(ptr, i))
                     for i in range(lib.govreport_person_title_count(ptr))),
        body=body,
        body_id=_id_at(report, lib.govreport_report_body_at, lib.govreport_body_id, body),
        mentions=_mentions(lib.govreport_person_mention_count,
                           lib.govreport_person_mention_text,
                           lib.govreport_person_mention_span, ptr),
    )


def _build_document(report, index, ptr):
    lib = _ffi.lib()
    document_id = _ffi.decode(lib.govreport_document_id(ptr))
    owner = "document " + str(document_id)
    nested_in = _optional_index(lib.govreport_document_nested_in(ptr))
    return Document(
        index=index,
        id=document_id,
        title=_ffi.decode(lib.govreport_document_title(ptr)),
        doc_number=_ffi.decode(lib.govreport_document_doc_number(ptr)),
        issuer=_ffi.decode(lib.govreport_document_issuer(ptr)),
        period_start=_optional_date(lib.govreport_document_period_start(ptr), "period start",
                                    owner),
        period_end=_optional_date(lib.govreport_document_period_end(ptr), "period end", owner),
        nested_in=nested_in,
        nested_in_id=_id_at(report, lib.govreport_report_document_at,
                            lib.govreport_document_id, nested_in),
        mentions=_mentions(lib.govreport_document_mention_count,
                           lib.govreport_document_mention_text,
                           lib.govreport_document_mention_span, ptr),
    )


class _SeqView(Sequence):
    """Read-only sequence over one of a report's lists.

    Holds the Report strongly, so the C report lives as long as the view; each item is
    copied into a value object when it is accessed.
    """

    __slots__ = ("_report", "_count_fn", "_at_fn", "_build")

    def __init__(self, report, count_fn, at_fn, build):
        self._report = report
        self._count_fn = count_fn
        self._at_fn = at_fn
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
        return self._item(index)

    def _item(self, index):
        """Item ``index``, already checked to be in range."""
        ptr = self._at_fn(self._report._handle, index)
        if not ptr:
            raise IndexError("index %d out of range" % index)
        return self._build(self._report, index, ptr)

    def __iter__(self):
        # The count once (a report never changes) and no bounds checks: what __getitem__
        # adds to each item is a fifth of building a small one. `_handle` still checks, item
        # by item, that the report was not closed meanwhile.
        report, at_fn, build = self._report, self._at_fn, self._build
        for index in range(self._count_fn(report._handle)):
            ptr = at_fn(report._handle, index)
            if not ptr:
                raise IndexError("index %d out of range" % index)
            yield build(report, index, ptr)

    def __repr__(self):
        return "<%s of %d items>" % (type(self).__name__, len(self))


class _IndicatorView(_SeqView):
    """The report's indicators, read as records: one C call per item looked up, and one
    per chunk of items when iterating (instead of about twenty per item)."""

    __slots__ = ()
    _CHUNK = 512

    def __init__(self, report):
        lib = _ffi.lib()
        super().__init__(report, lib.govreport_report_indicator_count,
                         lib.govreport_report_indicator_at, None)

    def _item(self, index):
        report = self._report
        record = _ffi.indicator_records(report._handle, index, 1)[0]
        return _indicator_from_record(report, index, record)

    def __iter__(self):
        report = self._report
        count = self._count_fn(report._handle)
        for first in range(0, count, self._CHUNK):
            records = _ffi.indicator_records(report._handle, first,
                                             min(self._CHUNK, count - first))
            for offset, record in enumerate(records):
                # The records borrow the report's strings: it must still be open.
                report._check_open()
                yield _indicator_from_record(report, first + offset, record)


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
        self._measure_indicators = None
        self._ids = {}  # _id_at()'s cache
        # Keep the library function and the handle, not self, in the finalizer.
        self._finalizer = weakref.finalize(self, _ffi.lib().govreport_report_free, handle)

    # -- lifetime --

    def close(self):
        """Release the C report now. Idempotent."""
        self._finalizer()
        self._text = None
        self._measure_indicators = None
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

    def _indicators_by_measure(self):
        """{measure index: indices of its indicators}, computed once (a report is immutable).

        One pass over the indicators instead of one per measure.
        """
        handle = self._handle
        if self._measure_indicators is None:
            count = _ffi.lib().govreport_report_indicator_count(handle)
            found = {}
            for i, record in enumerate(_ffi.indicator_records(handle, 0, count)):
                if record.measure >= 0:
                    found.setdefault(record.measure, []).append(i)
            self._measure_indicators = {m: tuple(ix) for m, ix in found.items()}
        return self._measure_indicators

    # -- collections --

    @property
    def sections(self):
        """All sections, flattened in document order (the tree via parent/children)."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_section_count,
                        lib.govreport_report_section_at, _build_section)

    @property
    def measures(self):
        """All measures in document order."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_measure_count,
                        lib.govreport_report_measure_at, _build_measure)

    @property
    def diagnostics(self):
        """Recoverable problems found while parsing."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_diagnostic_count,
                        lib.govreport_report_diagnostic_at, _build_diagnostic)

    @property
    def indicators(self):
        """Quantities that measure something (995件, 同比增长89.7%), in document order."""
        self._check_open()
        return _IndicatorView(self)

    @property
    def periods(self):
        """Periods the text speaks of (2024 年, 去年底) as inclusive date ranges."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_period_count,
                        lib.govreport_report_period_at, _build_period)

    @property
    def bodies(self):
        """Responsible bodies (organs), each with its canonical name and its mentions."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_body_count, lib.govreport_report_body_at,
                        _build_body)

    @property
    def persons(self):
        """Persons named with a title (市委书记杨中坚)."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_person_count,
                        lib.govreport_report_person_at, _build_person)

    @property
    def documents(self):
        """Cited documents (《…》 titles, nested 〈…〉 titles as their own entries)."""
        self._check_open()
        lib = _ffi.lib()
        return _SeqView(self, lib.govreport_report_document_count,
                        lib.govreport_report_document_at, _build_document)

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
