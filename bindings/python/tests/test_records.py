# test_records.py: lists read as C records (every list but the diagnostics) and the value
# objects built without their __init__: every field, the JSON's values, chunking.
# SPDX-License-Identifier: MIT
import dataclasses
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402

import govreport  # noqa: E402

LISTS = ("sections", "measures", "diagnostics", "indicators", "periods", "bodies", "persons",
         "documents")


def span_dict(span):
    return {"start": span.start, "end": span.end, "char_start": span.char_start,
            "char_end": span.char_end}


def flatten(sections):
    """The JSON's section tree in document order (a heading before its sub-sections)."""
    for d in sections:
        yield d
        yield from flatten(d["children"])


def values(obj):
    """Every value object reachable from `obj` (itself, its spans, mentions, change)."""
    yield obj
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        if dataclasses.is_dataclass(value):
            yield from values(value)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    yield from values(item)


class ValueObjectTest(unittest.TestCase):
    """The builders fill each object's fields directly (govreport._model._fast); the objects
    must still be what the dataclass constructor would give."""

    @classmethod
    def setUpClass(cls):
        cls.report = govreport.parse(_support.read_seed())

    def test_every_object_has_every_field_in_order(self):
        for name in LISTS:
            items = list(getattr(self.report, name))
            with self.subTest(list=name):
                self.assertGreater(len(items), 0)
                for item in items:
                    for obj in values(item):
                        self.assertEqual(list(vars(obj)),
                                         [f.name for f in dataclasses.fields(obj)], obj)

    def test_objects_equal_and_hash_like_constructed_ones(self):
        for name in LISTS:
            with self.subTest(list=name):
                for item in getattr(self.report, name):
                    for obj in values(item):
                        rebuilt = type(obj)(**vars(obj))
                        self.assertEqual(rebuilt, obj)
                        self.assertEqual(hash(rebuilt), hash(obj))
                        self.assertEqual(repr(rebuilt), repr(obj))

    def test_objects_stay_frozen(self):
        for name in LISTS:
            item = getattr(self.report, name)[0]
            with self.subTest(list=name):
                with self.assertRaises(dataclasses.FrozenInstanceError):
                    item.id = "x"
                with self.assertRaises(dataclasses.FrozenInstanceError):
                    del item.span


class RecordListTest(unittest.TestCase):
    """The lists read as records against the JSON export; twenty-five copies of the seed
    give 575 measures, across the 512-record chunks of an iteration."""

    def check_against_json(self, report):
        doc = report.to_dict()
        sections = list(report.sections)
        flat = list(flatten(doc["sections"]))  # the JSON nests them; the list is in order
        self.assertEqual(len(sections), len(flat))
        ids = [s.id for s in sections]
        for d, s in zip(flat, sections):
            self.assertEqual(
                (d["id"], d["level"], d["marker"], d["marker_kind"], d["ordinal"], d["title"],
                 d.get("role"), d["span"], d["extent"], [c["id"] for c in d["children"]]),
                (s.id, s.level, s.marker, s.marker_kind.name.lower(), s.ordinal, s.title,
                 s.role, span_dict(s.span), span_dict(s.extent), [ids[c] for c in s.children]))
            if s.parent is not None:
                self.assertIn(s.index, sections[s.parent].children)
        measures = list(report.measures)
        self.assertEqual(len(measures), len(doc["measures"]))
        indicators = report.indicators
        bodies = report.bodies
        for d, m in zip(doc["measures"], measures):
            self.assertEqual(
                (d["id"], d["section"], d["marker"], d["title"], d["body"], d["status"],
                 d["span"], d["extent"], d["indicators"], d["bodies"]),
                (m.id, m.section_id, m.marker, m.title, m.body, m.status, span_dict(m.span),
                 span_dict(m.extent), [indicators[i].id for i in m.indicators],
                 [bodies[b].id for b in m.bodies]))
        periods = list(report.periods)
        self.assertEqual(len(periods), len(doc["periods"]))
        for d, p in zip(doc["periods"], periods):
            self.assertEqual(
                (d["id"], d["text"], d["start"], d["end"], d["granularity"], d["relative"],
                 d["span"]),
                (p.id, p.text, p.start.isoformat(), p.end.isoformat(), p.granularity,
                 p.relative, span_dict(p.span)))
        self.check_entities_against_json(report, doc)
        return sections, measures, periods

    def check_entities_against_json(self, report, doc):
        def mentions(ms):
            return [(m.text, span_dict(m.span)) for m in ms]

        def json_mentions(ms):
            return [(m["text"], m["span"]) for m in ms]

        bodies = list(report.bodies)
        self.assertEqual(len(bodies), len(doc["bodies"]))
        for d, b in zip(doc["bodies"], bodies):
            self.assertEqual(
                (d["id"], d["name"], d["kind"], d["level"], d["division_code"],
                 json_mentions(d["mentions"])),
                (b.id, b.name, b.kind, b.level, b.division_code, mentions(b.mentions)))
        persons = list(report.persons)
        self.assertEqual(len(persons), len(doc["persons"]))
        for d, h in zip(doc["persons"], persons):
            self.assertEqual(
                (d["id"], d["name"], d["title"], d["titles"], d["body"],
                 json_mentions(d["mentions"])),
                (h.id, h.name, h.title, list(h.titles), h.body_id, mentions(h.mentions)))
        documents = list(report.documents)
        self.assertEqual(len(documents), len(doc["documents"]))
        for d, x in zip(doc["documents"], documents):
            period = d["period"] and (d["period"]["start"], d["period"]["end"])
            self.assertEqual(
                (d["id"], d["title"], d["doc_number"], d["issuer"], period, d["nested_in"],
                 json_mentions(d["mentions"])),
                (x.id, x.title, x.doc_number, x.issuer,
                 x.period_start and (x.period_start.isoformat(), x.period_end.isoformat()),
                 x.nested_in_id, mentions(x.mentions)))
        # What the seed shows of each optional field, present and absent.
        self.assertTrue(any(len(b.mentions) > 1 for b in bodies))
        self.assertTrue(any(b.division_code is None for b in bodies))
        self.assertTrue(any(b.division_code for b in bodies))
        self.assertTrue(any(x.issuer for x in documents))
        self.assertTrue(any(x.period_start for x in documents))
        self.assertTrue(any(x.nested_in is not None for x in documents))
        self.assertTrue(any(x.doc_number is None for x in documents))
        self.assertTrue(persons)

    def test_seed(self):
        sections, measures, periods = self.check_against_json(
            govreport.parse(_support.read_seed()))
        self.assertTrue(any(s.children for s in sections))
        self.assertTrue(any(not s.children for s in sections))
        self.assertTrue(any(m.indicators for m in measures))
        self.assertTrue(any(m.bodies for m in measures))
        self.assertTrue(any(not m.indicators for m in measures))

    def test_chunks(self):
        text = (_support.read_seed().rstrip("\n") + "\n\n") * 25
        report = govreport.parse(text)
        _, measures, _ = self.check_against_json(report)
        self.assertGreater(len(measures), 512)
        self.assertEqual(tuple(measures[510:515]), report.measures[510:515])
        # A measure's indicators are those that name it, in order.
        named = {}
        for i in report.indicators:
            if i.measure is not None:
                named.setdefault(i.measure, []).append(i.index)
        self.assertEqual({m.index: list(m.indicators) for m in measures if m.indicators}, named)

    def test_closing_the_report_while_iterating_raises(self):
        for name in ("sections", "measures", "periods", "bodies", "persons", "documents"):
            report = govreport.parse(_support.read_seed())
            items = iter(getattr(report, name))
            next(items)
            report.close()
            with self.subTest(list=name):
                with self.assertRaises(ValueError):
                    next(items)

    def test_empty_report(self):
        report = govreport.parse("")
        for name in ("sections", "measures", "periods", "bodies", "persons", "documents"):
            with self.subTest(list=name):
                self.assertEqual(list(getattr(report, name)), [])


if __name__ == "__main__":
    unittest.main()
