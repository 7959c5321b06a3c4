# test_json.py: to_json()/to_dict() follow the "govreport/1" key contract and agree with the model.
# SPDX-License-Identifier: MIT
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402

import govreport  # noqa: E402

TOP_KEYS = {"format", "title", "issuer", "year", "encoding", "sections", "measures",
            "indicators", "bodies", "persons", "documents", "periods", "diagnostics"}
SECTION_KEYS = {"id", "level", "marker", "ordinal", "title", "span", "extent", "children"}
MEASURE_KEYS = {"id", "section", "marker", "ordinal", "title", "body", "status", "span",
                "extent", "indicators", "bodies"}
DIAGNOSTIC_KEYS = {"severity", "code", "message", "span"}
SPAN_KEYS = {"start", "end", "char_start", "char_end"}


def flatten(sections):
    for s in sections:
        yield s
        yield from flatten(s["children"])


def span_dict(span):
    return {"start": span.start, "end": span.end, "char_start": span.char_start,
            "char_end": span.char_end}


class JsonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.report = govreport.parse(_support.read_seed())
        cls.data = cls.report.to_dict()

    def test_to_json_is_str_and_to_dict_is_its_parse(self):
        text = self.report.to_json()
        self.assertIsInstance(text, str)
        self.assertEqual(json.loads(text), self.data)
        self.assertNotIn("\n  ", text)

    def test_pretty(self):
        pretty = self.report.to_json(pretty=True)
        self.assertIn("\n  ", pretty)
        self.assertEqual(json.loads(pretty), self.data)

    def test_top_level_keys(self):
        self.assertLessEqual(TOP_KEYS, set(self.data))
        self.assertEqual(self.data["format"], "govreport/1")
        self.assertEqual(self.data["title"], self.report.title)
        self.assertEqual(self.data["issuer"], self.report.issuer)
        self.assertEqual(self.data["year"], self.report.year)
        self.assertEqual(self.data["encoding"], "utf-8")
        for key in ("indicators", "bodies", "persons", "documents", "periods"):
            self.assertIsInstance(self.data[key], list)

    def test_sections_match_the_model(self):
        flat = list(flatten(self.data["sections"]))
        sections = self.report.sections
        self.assertEqual(len(flat), len(sections))
        for d, s in zip(flat, sections):
            with self.subTest(id=s.id):
                self.assertLessEqual(SECTION_KEYS, set(d))
                self.assertEqual((d["id"], d["level"], d["marker"], d["ordinal"], d["title"]),
                                 (s.id, s.level, s.marker, s.ordinal, s.title))
                self.assertEqual(d["span"], span_dict(s.span))
                self.assertEqual(d["extent"], span_dict(s.extent))
                self.assertEqual([c["id"] for c in d["children"]],
                                 [sections[i].id for i in s.children])
                if s.level == 1:
                    self.assertEqual(d["role"], s.role)
                else:
                    self.assertIsNone(d.get("role"))

    def test_measures_match_the_model(self):
        self.assertEqual(len(self.data["measures"]), len(self.report.measures))
        for d, m in zip(self.data["measures"], self.report.measures):
            with self.subTest(id=m.id):
                self.assertLessEqual(MEASURE_KEYS, set(d))
                self.assertEqual(
                    (d["id"], d["section"], d["marker"], d["ordinal"], d["title"], d["body"],
                     d["status"]),
                    (m.id, m.section_id, m.marker, m.ordinal, m.title, m.body, m.status))
                self.assertEqual(d["span"], span_dict(m.span))
                self.assertEqual(d["extent"], span_dict(m.extent))

    def test_diagnostics_match_the_model(self):
        self.assertEqual(len(self.data["diagnostics"]), len(self.report.diagnostics))
        for d, g in zip(self.data["diagnostics"], self.report.diagnostics):
            self.assertLessEqual(DIAGNOSTIC_KEYS, set(d))
            self.assertEqual((d["severity"], d["code"], d["message"]),
                             (g.severity, g.code, g.message))
            self.assertEqual(set(d["span"]), SPAN_KEYS)
            self.assertEqual(d["span"], span_dict(g.span))


class SmallJsonTest(unittest.TestCase):
    """Runs without the corpus."""

    def test_small_report(self):
        report = govreport.parse("一、做法\n\n1. 学法。内容。\n")
        data = report.to_dict()
        self.assertLessEqual(TOP_KEYS, set(data))
        self.assertIsNone(data["issuer"])
        self.assertIsNone(data["year"])
        self.assertEqual(data["sections"][0]["marker"], "一、")


if __name__ == "__main__":
    unittest.main()
