# test_parse.py: parsing str, bytes and files, the seed report's structure, and span offsets.
# SPDX-License-Identifier: MIT
import os
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402

import govreport  # noqa: E402
from govreport import MarkerKind  # noqa: E402

SMALL = ("某市人民政府2023年度法治政府建设情况报告\n\n"
         "一、主要做法\n\n"
         "1. 加强学习。组织集中学法。\n\n"
         "2. 完善制度。出台工作要点。\n\n"
         "二、存在的不足\n\n"
         "统筹协调有待加强。\n\n"
         "三、下一步工作安排\n\n"
         "一是深化改革。二是强化监督。\n")


def squeeze(s):
    """The text without whitespace: spans keep the input's spacing, titles are normalised."""
    return re.sub(r"\s+", "", s)


class ParseInputsTest(unittest.TestCase):
    def test_str_and_bytes_give_the_same_report(self):
        a = govreport.parse(SMALL)
        b = govreport.parse(SMALL.encode("utf-8"))
        self.assertEqual(a.to_dict(), b.to_dict())
        self.assertEqual(a.text, SMALL)
        self.assertEqual(b.text, SMALL)

    def test_bytes_like_inputs(self):
        expected = govreport.parse(SMALL).to_dict()
        data = SMALL.encode("utf-8")
        self.assertEqual(govreport.parse(bytearray(data)).to_dict(), expected)
        self.assertEqual(govreport.parse(memoryview(data)).to_dict(), expected)

    def test_file_str_pathlike_and_bytes_path(self):
        import pathlib
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "报告.txt")  # non-ASCII file name on purpose
            with open(path, "w", encoding="utf-8") as f:
                f.write(SMALL)
            expected = govreport.parse(SMALL).to_dict()
            for p in (path, pathlib.Path(path), os.fsencode(path)):
                with self.subTest(path=p):
                    report = govreport.parse_file(p)
                    self.assertEqual(report.text, SMALL)
                    self.assertEqual(report.to_dict(), expected)

    def test_small_report_structure(self):
        report = govreport.parse(SMALL)
        self.assertEqual(report.title, "某市人民政府2023年度法治政府建设情况报告")
        self.assertEqual(report.encoding, "utf-8")
        top = [s for s in report.sections if s.level == 1]
        self.assertEqual([s.marker for s in top], ["一、", "二、", "三、"])
        self.assertEqual([m.ordinal for m in report.measures][:2], [1, 2])
        self.assertEqual(report.measures[0].title, "加强学习")

    def test_small_report_issuer_and_year(self):
        report = govreport.parse(SMALL)
        self.assertEqual(report.issuer, "某市人民政府")
        self.assertEqual(report.year, 2023)

    def test_empty_input_is_a_report(self):
        for text in ("", b""):
            report = govreport.parse(text)
            self.assertEqual(report.title, "")
            self.assertEqual(len(report.sections), 0)
            self.assertEqual(len(report.measures), 0)
            self.assertIsNone(report.year)

    def test_nul_bytes_become_spaces_with_a_diagnostic(self):
        # NUL would cut every C string short: the library reads it as a space, in place.
        text = "一、甲\n\0乙\n"
        report = govreport.parse(text)
        self.assertEqual(report.text, text.replace("\0", " "))
        self.assertIn("nul_bytes", [d.code for d in report.diagnostics])

    def test_report_year_option_overrides_the_title(self):
        self.assertEqual(govreport.parse(SMALL, report_year=2021).year, 2021)

    def test_option_types_are_checked_before_ctypes_truncates(self):
        with self.assertRaises(TypeError):
            govreport.parse(123)
        with self.assertRaises(TypeError):
            govreport.parse(SMALL, report_year="2024")
        with self.assertRaises(ValueError):
            govreport.parse(SMALL, report_year=2 ** 31)
        with self.assertRaises(ValueError):
            govreport.parse(SMALL, max_input_bytes=-1)
        with self.assertRaises(ValueError):
            govreport.parse_file("a\0b")

    def test_version(self):
        self.assertRegex(govreport.version(), r"^\d+\.\d+\.\d+$")
        self.assertEqual(".".join(map(str, govreport.version_info())), govreport.version())
        self.assertEqual(govreport.abi_version(), 0)

    def test_report_as_parameter_goes_straight_to_c(self):
        import govreport._ffi as ffi
        report = govreport.parse(SMALL)
        self.assertEqual(ffi.lib().govreport_report_section_count(report), len(report.sections))
        self.assertEqual(ffi.lib().govreport_report_title(report), report.title.encode())

    def test_views_are_sequences(self):
        report = govreport.parse(SMALL)
        sections = report.sections
        n = len(sections)
        self.assertGreater(n, 0)
        self.assertEqual(sections[-1], sections[n - 1])
        self.assertEqual(sections[-n], sections[0])
        self.assertEqual(list(sections), [sections[i] for i in range(n)])
        self.assertEqual(sections[1:3], (sections[1], sections[2]))
        self.assertIn(sections[0], sections)
        with self.assertRaises(IndexError):
            sections[n]
        with self.assertRaises(IndexError):
            sections[-n - 1]
        with self.assertRaises(TypeError):
            sections["0"]
        for name in ("indicators", "periods", "bodies", "persons", "documents"):
            view = getattr(report, name)
            self.assertEqual(list(view), [view[i] for i in range(len(view))])

    def test_values_are_frozen(self):
        section = govreport.parse(SMALL).sections[0]
        with self.assertRaises(AttributeError):
            section.title = "x"
        self.assertEqual(hash(section), hash(section))


class SeedReportTest(unittest.TestCase):
    """The reference report: facts read off the text by a person (see DOMAIN.md)."""

    @classmethod
    def setUpClass(cls):
        cls.text = _support.read_seed()
        cls.report = govreport.parse(cls.text)

    def test_metadata(self):
        r = self.report
        self.assertEqual(r.title, "启东市人民政府2024年度法治政府建设情况报告")
        self.assertEqual(r.issuer, "启东市人民政府")
        self.assertEqual(r.year, 2024)
        self.assertEqual(r.encoding, "utf-8")
        self.assertEqual(r.text, self.text)

    def test_parse_file_matches_parse(self):
        from_file = govreport.parse_file(_support.SEED_PATH)
        self.assertEqual(from_file.to_dict(), self.report.to_dict())

    def test_four_statutory_parts_with_roles(self):
        top = [s for s in self.report.sections if s.level == 1]
        self.assertEqual([s.marker for s in top], ["一、", "二、", "三、", "四、"])
        self.assertEqual([s.ordinal for s in top], [1, 2, 3, 4])
        self.assertEqual([s.role for s in top],
                         ["achievements", "shortcomings", "leadership_duty", "plans"])
        self.assertEqual(top[0].title, "推进法治政府建设的主要做法及成效")
        for s in top:
            self.assertIsNone(s.parent)
            self.assertEqual(s.marker_kind, MarkerKind.CHINESE_COMMA)

    def test_five_subsections_under_the_first_part(self):
        sections = self.report.sections
        first = sections[0]
        self.assertEqual(first.level, 1)
        children = [sections[i] for i in first.children]
        self.assertEqual([c.marker for c in children], ["（一）", "（二）", "（三）", "（四）", "（五）"])
        self.assertEqual([c.ordinal for c in children], [1, 2, 3, 4, 5])
        self.assertEqual(children[0].title, "坚持擦亮思想航灯，法治政府工作合力进一步凝聚")
        self.assertEqual(children[1].title, "加快转变政府职能，法治化营商环境不断优化")
        for c in children:
            self.assertEqual(c.level, 2)
            self.assertEqual(c.parent, first.index)
            self.assertIsNone(c.role)
            self.assertEqual(c.marker_kind, MarkerKind.CHINESE_PAREN)
        self.assertEqual(len(sections), 9)

    def test_tree_is_consistent(self):
        sections = self.report.sections
        for s in sections:
            self.assertEqual(s.index, sections.index(s))
            for child in s.children:
                self.assertEqual(sections[child].parent, s.index)
                self.assertEqual(sections[child].level, s.level + 1)
                self.assertLessEqual(s.extent.start, sections[child].extent.start)
                self.assertLessEqual(sections[child].extent.end, s.extent.end)
            if s.parent is not None:
                self.assertIn(s.index, sections[s.parent].children)

    def test_fifteen_numbered_then_eight_enumerated_measures(self):
        measures = self.report.measures
        self.assertEqual(len(measures), 23)
        numbered, enumerated = measures[:15], measures[15:]
        self.assertEqual([m.ordinal for m in numbered], list(range(1, 16)))
        self.assertTrue(all(m.marker_kind == MarkerKind.ARABIC_DOT for m in numbered))
        self.assertTrue(all(m.status == "done" for m in numbered))
        self.assertEqual(numbered[0].title, "提升依法行政能力和水平")
        self.assertEqual(numbered[1].title, "不断强化法治督察考核")
        self.assertEqual(numbered[2].title, "扎实推进政府职能转变")
        self.assertEqual([m.marker for m in enumerated],
                         ["一是", "二是", "三是", "一是", "二是", "三是", "四是", "五是"])
        self.assertEqual([m.ordinal for m in enumerated], [1, 2, 3, 1, 2, 3, 4, 5])
        self.assertTrue(all(m.marker_kind == MarkerKind.ENUMERATION for m in enumerated))
        # The leaders' duty part reports what they did: done, as the achievements.
        self.assertEqual([m.status for m in enumerated], ["done"] * 3 + ["planned"] * 5)
        self.assertEqual(enumerated[0].title, "坚持高位推动")
        self.assertEqual([m.id for m in measures], ["m%d" % i for i in range(1, 24)])

    def test_measures_point_at_their_sections(self):
        sections = self.report.sections
        subsections = [sections[i] for i in sections[0].children]
        expected = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2,
                    9: 3, 10: 3, 11: 3, 12: 4, 13: 4, 14: 4, 15: 4}
        for m in self.report.measures[:15]:
            want = subsections[expected[m.ordinal]]
            self.assertEqual(m.section, want.index, m)
            self.assertEqual(m.section_id, want.id, m)
        part3 = [s for s in sections if s.level == 1][2]
        part4 = [s for s in sections if s.level == 1][3]
        for m in self.report.measures[15:18]:
            self.assertEqual(m.section_id, part3.id)
        for m in self.report.measures[18:]:
            self.assertEqual(m.section_id, part4.id)

    def test_page_breaks_are_repaired_with_info_diagnostics(self):
        joined = [d for d in self.report.diagnostics if d.code == "page_break_joined"]
        self.assertEqual(len(joined), 9)
        self.assertTrue(all(d.severity == "info" for d in joined))
        self.assertTrue(all(d.message for d in joined))
        # Measure 2 spans the break "考核权\n\n重从1分" in the input: the body is joined.
        self.assertIn("考核权重从1分提升至2分", self.report.measures[1].body)

    def test_heading_spans_are_marker_and_title_as_written(self):
        data = self.text.encode("utf-8")
        items = list(self.report.sections) + list(self.report.measures)
        for item in items:
            with self.subTest(id=item.id):
                span = item.span
                as_bytes = data[span.start:span.end].decode("utf-8")
                as_chars = self.text[span.char_start:span.char_end]
                self.assertEqual(as_bytes, as_chars)
                self.assertTrue(as_chars.startswith(item.marker), as_chars)
                self.assertEqual(squeeze(as_chars), squeeze(item.marker + item.title))

    def test_exact_heading_spans(self):
        m1 = self.report.measures[0]
        self.assertEqual(self.text[m1.span.char_start:m1.span.char_end], "1. 提升依法行政能力和水平")
        m3 = self.report.measures[2]
        self.assertEqual(self.text[m3.span.char_start:m3.span.char_end], "3.扎实推进政府职能转变")
        s1 = self.report.sections[0]
        self.assertEqual(self.text[s1.span.char_start:s1.span.char_end],
                         "一、推进法治政府建设的主要做法及成效")

    def test_extents_contain_their_heading_and_agree_in_both_units(self):
        data = self.text.encode("utf-8")
        for item in list(self.report.sections) + list(self.report.measures):
            with self.subTest(id=item.id):
                self.assertLessEqual(item.extent.start, item.span.start)
                self.assertLessEqual(item.span.end, item.extent.end)
                self.assertEqual(data[item.extent.start:item.extent.end].decode("utf-8"),
                                 self.text[item.extent.char_start:item.extent.char_end])
        for d in self.report.diagnostics:
            self.assertLessEqual(d.span.start, d.span.end)
            self.assertLessEqual(d.span.end, len(data))
            self.assertEqual(data[d.span.start:d.span.end].decode("utf-8"),
                             self.text[d.span.char_start:d.span.char_end])

    def test_section_ids(self):
        sections = self.report.sections
        self.assertEqual(sections[0].id, "s1")
        self.assertEqual(sections[sections[0].children[1]].id, "s1.2")
        self.assertEqual(len({s.id for s in sections}), len(sections))


if __name__ == "__main__":
    unittest.main()
