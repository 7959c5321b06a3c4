# _columns.py: a list's fields read as columns, chunk by chunk, without building the items.
# SPDX-License-Identifier: MIT
"""Columns of a report's lists: ``report.indicators.columns("metric", "value", "unit")``.

Reading a list item by item builds one frozen object per item, about 6 µs an indicator
through ctypes, which is several times the parse. A caller that wants a table (pandas, a
CSV, a count) needs a few fields of every item; a column reads only those fields of each
C record, a chunk of records at a time, and holds exactly the values the item's attribute
of the same name holds (tests/test_columns.py compares every field of every list).

Each column is a function ``(report, first, records) -> list`` over one chunk of records
(``first``: the index of the chunk's first item), so that the loop over a chunk runs in
``map`` and list comprehensions rather than in a Python call per cell.
"""

from operator import attrgetter

from . import _ffi
from . import _model as m


def _raw(attr):
    """The field as ctypes gives it (int or float)."""
    get = attrgetter(attr)
    return lambda report, first, recs: list(map(get, recs))


def _flag(attr):
    get = attrgetter(attr)
    return lambda report, first, recs: [bool(v) for v in map(get, recs)]


def _decode_all(strings):
    """The UTF-8 ``strings`` (bytes without NUL, as C strings are) as str, decoded in one
    call: a decode per string cost twice as much."""
    if not strings:
        return []
    return b"\0".join(strings).decode().split("\0")


def _text(attr):
    """A string the header promises is never NULL."""
    get = attrgetter(attr)
    return lambda report, first, recs: _decode_all(list(map(get, recs)))


def _text_or_none(attr):
    """A string whose "" means "none" (None in Python, as in the JSON)."""
    get = attrgetter(attr)
    return lambda report, first, recs: [t or None for t in _decode_all(list(map(get, recs)))]


def _nullable_text(attr):
    """A string that is NULL when absent."""
    get = attrgetter(attr)
    return lambda report, first, recs: [_ffi.decode(b) for b in map(get, recs)]


def _index(attr):
    """An index into another list, -1 for none."""
    get = attrgetter(attr)
    return lambda report, first, recs: [None if v < 0 else v for v in map(get, recs)]


def _id_of(attr, kind):
    """The id of the item an index field points to ("measure" → "m5"), or None."""
    get = attrgetter(attr)
    return lambda report, first, recs: [m._id_at(report, kind, None if v < 0 else v)
                                        for v in map(get, recs)]


def _enum(attr, strings, none_if_empty=False):
    get = attrgetter(attr)
    if none_if_empty:
        return lambda report, first, recs: [strings[v] or None for v in map(get, recs)]
    return lambda report, first, recs: [strings[v] for v in map(get, recs)]


def _marker_kinds(report, first, recs):
    return [m._marker_kind(v) for v in map(attrgetter("marker_kind"), recs)]


def _span(attr):
    get = attrgetter(attr)
    return lambda report, first, recs: [m._span_from_struct(s) for s in map(get, recs)]


def _positions(report, first, recs):
    return list(range(first, first + len(recs)))


def _per_item(build_field):
    """A field that needs more than one record field or another C call: ``build_field(
    report, index, record)`` for each item."""
    return lambda report, first, recs: [build_field(report, first + k, r)
                                        for k, r in enumerate(recs)]


def _indicator_value(attr):
    get, has = attrgetter(attr), attrgetter("has_value")
    return lambda report, first, recs: [v if h else None
                                        for v, h in zip(map(get, recs), map(has, recs))]


def _value_max(report, first, recs):
    return [r.value_max if r.has_value_max else None for r in recs]


def _children(report, first, recs):
    return [m._indices(r.children, r.child_count) for r in recs]


def _measure_indicators(report, first, recs):
    return [m._indices(r.indicators, r.indicator_count) for r in recs]


def _measure_bodies(report, first, recs):
    return [m._indices(r.bodies, r.body_count) for r in recs]


def _period_date(attr):
    def build(report, index, rec):
        return m._date(getattr(rec, attr), attr, "period " + rec.id.decode())
    return _per_item(build)


def _document_date(attr, what):
    def build(report, index, rec):
        return m._optional_date(getattr(rec, attr), what, "document " + rec.id.decode())
    return _per_item(build)


def _mentions(kind):
    at = "govreport_report_%s_at" % kind
    mentions = "govreport_%s_mention_records" % kind

    def build(report, index, rec):
        lib = _ffi.lib()
        return m._mentions(getattr(lib, mentions), getattr(lib, at)(report._handle, index),
                           rec.mention_count)
    return _per_item(build)


def _person_titles(report, index, rec):
    ptr = _ffi.lib().govreport_report_person_at(report._handle, index)
    return m._person_titles(ptr, rec.title_count)


# Every field of each list's value class, in the class's order, read as it reads it.
COLUMNS = {
    _ffi.SectionRecord: {
        "index": _positions,
        "id": _text("id"),
        "level": _raw("level"),
        "marker": _text("marker"),
        "marker_kind": _marker_kinds,
        "ordinal": _raw("ordinal"),
        "title": _text("title"),
        "role": _enum("role", m._ROLES, none_if_empty=True),
        "parent": _index("parent"),
        "children": _children,
        "span": _span("span"),
        "extent": _span("extent"),
    },
    _ffi.MeasureRecord: {
        "index": _positions,
        "id": _text("id"),
        "section": _index("section"),
        "section_id": _id_of("section", "section"),
        "marker": _text("marker"),
        "marker_kind": _marker_kinds,
        "ordinal": _raw("ordinal"),
        "title": _text("title"),
        "body": _text("body"),
        "status": _enum("status", m._STATUSES),
        "span": _span("span"),
        "extent": _span("extent"),
        "indicators": _measure_indicators,
        "bodies": _measure_bodies,
    },
    _ffi.DiagnosticRecord: {
        "severity": _enum("severity", m._SEVERITIES),
        "code": _text("code"),
        "message": _text("message"),
        "span": _span("span"),
    },
    _ffi.IndicatorRecord: {
        "index": _positions,
        "id": _text("id"),
        "text": _text("text"),
        "value": _indicator_value("value"),
        "value_text": _text("value_text"),
        "value_max": _value_max,
        "scale": _raw("scale"),
        "normalized": _indicator_value("normalized"),
        "unit": _text("unit"),
        "kind": _enum("kind", m._KINDS),
        "qualifier": _enum("qualifier", m._QUALIFIERS, none_if_empty=True),
        "change": _per_item(lambda report, index, rec: m._change_from_record(report, rec)),
        "metric": _text("metric"),
        "per": _text_or_none("per"),
        "chinese_numeral": _flag("chinese_numeral"),
        "measure": _index("measure"),
        "measure_id": _id_of("measure", "measure"),
        "period": _index("period"),
        "period_id": _id_of("period", "period"),
        "span": _span("span"),
        "section": _index("section"),
        "section_id": _id_of("section", "section"),
    },
    _ffi.PeriodRecord: {
        "index": _positions,
        "id": _text("id"),
        "text": _text("text"),
        "start": _period_date("start"),
        "end": _period_date("end"),
        "granularity": _enum("granularity", m._GRANULARITIES),
        "relative": _flag("relative"),
        "span": _span("span"),
    },
    _ffi.BodyRecord: {
        "index": _positions,
        "id": _text("id"),
        "name": _text("name"),
        "kind": _text("kind"),
        "level": _text_or_none("level"),
        "division_code": _nullable_text("division_code"),
        "mentions": _mentions("body"),
    },
    _ffi.PersonRecord: {
        "index": _positions,
        "id": _text("id"),
        "name": _text("name"),
        "title": _text("title"),
        "titles": _per_item(_person_titles),
        "body": _index("body"),
        "body_id": _id_of("body", "body"),
        "mentions": _mentions("person"),
    },
    _ffi.DocumentRecord: {
        "index": _positions,
        "id": _text("id"),
        "title": _text("title"),
        "doc_number": _nullable_text("doc_number"),
        "issuer": _nullable_text("issuer"),
        "period_start": _document_date("period_start", "period start"),
        "period_end": _document_date("period_end", "period end"),
        "nested_in": _index("nested_in"),
        "nested_in_id": _id_of("nested_in", "document"),
        "mentions": _mentions("document"),
    },
}
