# test_indicators.py: indicators and periods through the binding: seed facts, spans, JSON, NULLs.
# SPDX-License-Identifier: MIT
import ctypes
import datetime
import gc
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402

import govreport  # noqa: E402
import govreport._ffi as ffi  # noqa: E402

D = datetime.date

KINDS = {"count", "percent", "percentage_point", "amount", "score", "rate_change", "ratio",
         "other"}
QUALIFIERS = {None, "at_least", "approx", "at_most", "reached"}
GRANULARITIES = {"year", "half", "quarter", "month", "day", "range"}

# A small synthetic report (no corpus needed) with one fact of each common shape.
SMALL = ("某市人民政府2024年度法治政府建设情况报告\n\n"
         "一、主要做法和成效\n\n"
         "1. 优化营商环境。全年新增发明专利授权995件，同比增长89.7%。"
         "办理涉企案件3672件，涉及金额8122.21万元。\n\n"
         "二、存在的不足\n\n统筹协调有待加强。\n\n"
         "三、下一步工作安排\n\n一是深化改革。\n")


def span_dict(span):
    return {"start": span.start, "end": span.end, "char_start": span.char_start,
            "char_end": span.char_end}


class SeedIndicatorTest(unittest.TestCase):
    """Facts read off the reference report by a person, not copied from the output."""

    @classmethod
    def setUpClass(cls):
        cls.text = _support.read_seed()
        cls.data = cls.text.encode("utf-8")
        cls.report = govreport.parse(cls.text)
        cls.indicators = list(cls.report.indicators)
        cls.periods = list(cls.report.periods)

    def having(self, fragment):
        """The indicators whose text contains ``fragment``."""
        return [i for i in self.indicators if fragment in i.text]

    def only(self, fragment):
        found = self.having(fragment)
        self.assertEqual(len(found), 1, "indicators with %r: %r" % (fragment, found))
        return found[0]

    def period(self, text):
        found = [p for p in self.periods if p.text == text]
        self.assertTrue(found, "no period %r among %r" % (text, [p.text for p in self.periods]))
        return found[0]

    # -- the list as a whole --

    def test_there_are_indicators_and_periods_with_sequential_ids(self):
        self.assertGreater(len(self.indicators), 20)
        self.assertGreater(len(self.periods), 2)
        self.assertEqual([i.id for i in self.indicators],
                         ["i%d" % n for n in range(1, len(self.indicators) + 1)])
        self.assertEqual([i.index for i in self.indicators], list(range(len(self.indicators))))
        self.assertEqual([p.id for p in self.periods],
                         ["p%d" % n for n in range(1, len(self.periods) + 1)])
        self.assertEqual([p.index for p in self.periods], list(range(len(self.periods))))

    def test_text_is_the_span_in_bytes_and_in_code_points(self):
        for item in self.indicators + self.periods:
            with self.subTest(id=item.id, text=item.text):
                span = item.span
                self.assertLess(span.start, span.end)
                self.assertEqual(self.data[span.start:span.end].decode("utf-8"), item.text)
                self.assertEqual(self.text[span.char_start:span.char_end], item.text)

    def test_document_order(self):
        for items in (self.indicators, self.periods):
            starts = [x.span.start for x in items]
            self.assertEqual(starts, sorted(starts))

    def test_fields_have_documented_types_and_values(self):
        for i in self.indicators:
            with self.subTest(id=i.id, text=i.text):
                self.assertIn(i.kind, KINDS)
                self.assertIn(i.qualifier, QUALIFIERS)
                self.assertIsInstance(i.chinese_numeral, bool)
                self.assertIsInstance(i.scale, float)
                self.assertIn(i.scale, (1.0, 1e3, 1e4, 1e8, 1e12))
                if i.value is None:
                    self.assertIsNone(i.normalized)
                else:
                    self.assertIsInstance(i.value, float)
                    self.assertAlmostEqual(i.normalized, i.value * i.scale,
                                           delta=1e-9 * max(1.0, abs(i.normalized)))
                if i.value_max is not None:
                    self.assertGreaterEqual(i.value_max, i.value)
                self.assertNotEqual(i.per, "")
                if i.change is not None:
                    self.assertIn(i.change.direction, ("up", "down"))
                    self.assertNotEqual(i.change.basis, "")
                    if i.change.from_index is not None:
                        self.assertLess(i.change.from_index, i.index)
                        self.assertEqual(self.indicators[i.change.from_index].id,
                                         i.change.from_id)
                    else:
                        self.assertIsNone(i.change.from_id)
        for p in self.periods:
            with self.subTest(id=p.id, text=p.text):
                self.assertIsInstance(p.start, datetime.date)
                self.assertIsInstance(p.end, datetime.date)
                self.assertLessEqual(p.start, p.end)
                self.assertIn(p.granularity, GRANULARITIES)
                self.assertIsInstance(p.relative, bool)

    def test_links_to_measures_and_periods(self):
        measures = self.report.measures
        linked = 0
        for i in self.indicators:
            with self.subTest(id=i.id, text=i.text):
                if i.measure is None:
                    self.assertIsNone(i.measure_id)
                else:
                    linked += 1
                    m = measures[i.measure]
                    self.assertEqual(m.id, i.measure_id)
                    self.assertIn(i.index, m.indicators)
                    # The indicator stands inside the item it is linked to.
                    self.assertLessEqual(m.extent.start, i.span.start)
                    self.assertLessEqual(i.span.end, m.extent.end)
                if i.period is None:
                    self.assertIsNone(i.period_id)
                else:
                    self.assertEqual(self.periods[i.period].id, i.period_id)
                # Its section holds it, and is its measure's when it has one.
                self.assertIsNotNone(i.section)
                s = self.report.sections[i.section]
                self.assertEqual(s.id, i.section_id)
                self.assertLessEqual(s.extent.start, i.span.start)
                self.assertLessEqual(i.span.end, s.extent.end)
                if i.measure is not None:
                    self.assertEqual(measures[i.measure].section, i.section)
        self.assertGreater(linked, len(self.indicators) // 2)

        # Measure.indicators is exactly the reverse of Indicator.measure.
        for m in measures:
            self.assertEqual(m.indicators,
                             tuple(i.index for i in self.indicators if i.measure == m.index))

    def test_a_heading_over_plain_paragraphs_holds_its_indicators(self):
        # No measure there (no numbered item, no 一是): the section still places them.
        report = govreport.parse(
            "古丈县司法局2024年度法治政府建设情况报告\n\n一、主要做法及成效\n"
            "（一）扎实推进全面依法治县\n组织70余名执法人员参加培训。\n"
            "（二）严格规范执法\n检查企业20余家。\n".encode())
        with report:
            indicators = list(report.indicators)
            self.assertEqual([i.text for i in indicators], ["70余名", "20余家"])
            self.assertEqual([i.measure for i in indicators], [None, None])
            self.assertEqual([i.section_id for i in indicators], ["s1.1", "s1.2"])
            self.assertEqual(report.indicators.columns("section_id")["section_id"],
                             ["s1.1", "s1.2"])

    # -- specific facts --

    def test_patents_granted_is_a_count(self):
        i = self.only("995")
        self.assertEqual(i.text, "995件")
        self.assertEqual(i.value, 995)
        self.assertEqual(i.value_text, "995")
        self.assertEqual(i.scale, 1)
        self.assertEqual(i.normalized, 995)
        self.assertEqual(i.unit, "件")
        self.assertEqual(i.kind, "count")
        self.assertIsNone(i.qualifier)
        self.assertFalse(i.chinese_numeral)
        # The header's own example of a metric; the text reads 新增发明专利授权995件.
        self.assertIn("发明专利授权", i.metric)
        # The sentence stands in item 5. 稳步优化法治化营商环境.
        measure = self.report.measures[i.measure]
        self.assertEqual((measure.ordinal, measure.title), (5, "稳步优化法治化营商环境"))

    def test_year_on_year_growth_is_an_upward_rate_change(self):
        i = self.only("89.7")
        self.assertIn("89.7%", i.text)
        self.assertEqual(i.value, 89.7)
        self.assertEqual(i.kind, "rate_change")
        self.assertIsNotNone(i.change)
        self.assertEqual(i.change.direction, "up")
        self.assertEqual(i.change.basis, "同比")

    def test_growth_against_last_year_end(self):
        # 有效发明专利拥有量5754件，较去年底增长15.5%
        i = self.only("15.5")
        self.assertEqual(i.change.direction, "up")
        self.assertIn("去年底", i.change.basis)

    def test_amount_in_ten_thousands_of_yuan(self):
        i = self.only("8122.21")
        self.assertEqual(i.text, "8122.21 万元")
        self.assertEqual(i.value, 8122.21)
        self.assertEqual(i.value_text, "8122.21")
        self.assertEqual(i.scale, 10000)
        self.assertAlmostEqual(i.normalized, 81222100, places=4)
        self.assertEqual(i.unit, "元")
        self.assertEqual(i.kind, "amount")

    def test_approximate_percentage_keeps_its_qualifier_word(self):
        i = self.only("90.6")
        self.assertEqual(i.qualifier, "approx")
        self.assertIn("约", i.text)
        self.assertEqual(i.value, 90.6)
        self.assertEqual(i.unit, "%")

    def test_at_least_fifty_percent(self):
        i = self.only("50%")
        self.assertIn("50%以上", i.text)
        self.assertEqual(i.qualifier, "at_least")
        self.assertEqual(i.value, 50)

    def test_scaled_count_of_leads(self):
        i = self.only("2.8")
        self.assertEqual(i.text, "2.8 万条")
        self.assertEqual(i.value, 2.8)
        self.assertEqual(i.scale, 10000)
        self.assertAlmostEqual(i.normalized, 28000, places=6)
        self.assertEqual(self.only("1.3 万条").normalized, 13000)

    def test_score_raised_from_one_to_two_points(self):
        # 考核权重从1分提升至2分 (across a page break in the input, inside measure 2).
        measure2 = self.report.measures[1]
        scores = [i for i in self.indicators if i.kind == "score" and i.measure == measure2.index]
        self.assertEqual([i.text for i in scores], ["1分", "2分"])
        first, second = scores
        self.assertEqual((first.value, second.value), (1, 2))
        self.assertEqual(second.index, first.index + 1)
        self.assertIsNotNone(second.change)
        self.assertEqual(second.change.direction, "up")
        self.assertEqual(second.change.from_index, first.index)
        self.assertEqual(second.change.from_id, first.id)

    def test_codes_names_versions_and_catch_phrases_are_not_indicators(self):
        # 12345 hotline, the “11111” project, “642” staffing, versions 3.0/4.0, 袁法议事 26 法.
        for fragment in ("12345", "11111", "642", "3.0", "4.0", "26"):
            with self.subTest(fragment=fragment):
                self.assertEqual(self.having(fragment), [])

    # -- periods --

    def test_plan_period_is_a_range_of_whole_years(self):
        p = self.period("2021-2025 年")
        self.assertEqual((p.start, p.end), (D(2021, 1, 1), D(2025, 12, 31)))
        self.assertEqual(p.granularity, "range")
        self.assertFalse(p.relative)

    def test_last_year_end_is_resolved_against_the_report_year(self):
        p = self.period("去年底")
        self.assertEqual((p.start, p.end), (D(2023, 12, 31), D(2023, 12, 31)))
        self.assertTrue(p.relative)

    def test_this_year_is_the_report_year(self):
        found = [p for p in self.periods if p.text == "今年"]
        self.assertGreaterEqual(len(found), 2)  # 今年未发现… and 今年累计服务企业…
        for p in found:
            self.assertTrue(p.relative)
            self.assertEqual((p.start, p.end), (D(2024, 1, 1), D(2024, 12, 31)))
            self.assertEqual(p.granularity, "year")

    # -- JSON --

    def test_json_indicators_agree_with_the_model(self):
        data = self.report.to_dict()
        rows = data["indicators"]
        self.assertEqual([(d["id"], d["text"]) for d in rows],
                         [(i.id, i.text) for i in self.indicators])
        for d, i in zip(rows, self.indicators):
            with self.subTest(id=i.id):
                self.assertEqual(d["value"], i.value)
                self.assertEqual(d["value_text"], i.value_text)
                self.assertEqual(d["value_max"], i.value_max)
                self.assertEqual(d["scale"], i.scale)
                self.assertEqual(d["normalized"], i.normalized)
                self.assertEqual(d["unit"], i.unit)
                self.assertEqual(d["kind"], i.kind)
                self.assertEqual(d["qualifier"], i.qualifier)
                self.assertEqual(d["metric"], i.metric)
                self.assertEqual(d["per"], i.per)
                self.assertEqual(d["chinese_numeral"], i.chinese_numeral)
                self.assertEqual(d["measure"], i.measure_id)
                self.assertEqual(d["period"], i.period_id)
                self.assertEqual(d["span"], span_dict(i.span))
                self.assertEqual(d["section"], i.section_id)
                if i.change is None:
                    self.assertIsNone(d["change"])
                else:
                    self.assertEqual(d["change"], {"direction": i.change.direction,
                                                   "basis": i.change.basis,
                                                   "from": i.change.from_id})
        ids = [i.id for i in self.indicators]
        for d, m in zip(data["measures"], self.report.measures):
            self.assertEqual(d["indicators"], [ids[k] for k in m.indicators], m.id)

    def test_json_periods_agree_with_the_model(self):
        rows = self.report.to_dict()["periods"]
        self.assertEqual(
            [(d["id"], d["text"], d["start"], d["end"], d["granularity"], d["relative"],
              d["span"]) for d in rows],
            [(p.id, p.text, p.start.isoformat(), p.end.isoformat(), p.granularity, p.relative,
              span_dict(p.span)) for p in self.periods])


class SmallReportTest(unittest.TestCase):
    """Runs without the corpus."""

    def test_facts_of_a_small_report(self):
        report = govreport.parse(SMALL)
        by_text = {i.text: i for i in report.indicators}
        self.assertEqual(by_text["995件"].value, 995)
        self.assertEqual(by_text["995件"].kind, "count")
        self.assertEqual(by_text["8122.21万元"].normalized, 81222100)
        growth = [i for i in report.indicators if "89.7" in i.text]
        self.assertEqual(len(growth), 1)
        self.assertEqual((growth[0].change.direction, growth[0].change.basis), ("up", "同比"))
        measure = report.measures[0]
        self.assertEqual({report.indicators[k].text for k in measure.indicators},
                         set(by_text))
        for i in report.indicators:
            self.assertEqual(i.measure_id, measure.id)

    def test_impossible_date_is_a_diagnostic_not_a_period(self):
        text = SMALL.replace("全年", "2025年2月30日")
        report = govreport.parse(text)
        codes = [d.code for d in report.diagnostics]
        self.assertIn("invalid_date", codes)
        bad = [d for d in report.diagnostics if d.code == "invalid_date"][0]
        self.assertIn("2月30日", text[bad.span.char_start:bad.span.char_end])
        self.assertEqual([p for p in report.periods if "2月30日" in p.text], [])
        self.assertEqual([p for p in report.periods if p.start.month == 2 and p.end.day >= 29],
                         [])

    def test_valid_date_is_a_day(self):
        report = govreport.parse(SMALL.replace("全年", "2024年2月29日"))
        days = [p for p in report.periods if p.granularity == "day"]
        self.assertEqual([(p.text, p.start, p.end) for p in days],
                         [("2024年2月29日", D(2024, 2, 29), D(2024, 2, 29))])
        self.assertNotIn("invalid_date", [d.code for d in report.diagnostics])

    def test_views_are_sequences_and_values_outlive_the_report(self):
        indicators = govreport.parse(SMALL).indicators
        gc.collect()  # the view alone keeps the report alive
        n = len(indicators)
        self.assertGreater(n, 0)
        self.assertEqual(indicators[-1], indicators[n - 1])
        self.assertEqual(indicators[0:2], (indicators[0], indicators[1]))
        with self.assertRaises(IndexError):
            indicators[n]
        report = govreport.parse(SMALL)
        first, periods = report.indicators[0], report.periods
        report.close()
        with self.assertRaises(ValueError):
            len(periods)
        with self.assertRaises(ValueError):
            report.indicators
        self.assertEqual(first.text, "995件")  # copied, not borrowed
        with self.assertRaises(AttributeError):
            first.value = 1

    def test_iterating_a_view_gives_what_indexing_gives(self):
        # Iteration takes its own path (the count once, no bounds checks) and items share
        # the report's id cache: both must agree with indexing, for every list.
        report = govreport.parse(_support.read_seed())
        for name in ("sections", "measures", "diagnostics", "indicators", "periods",
                     "bodies", "persons", "documents"):
            view = getattr(report, name)
            with self.subTest(view=name):
                self.assertGreater(len(view), 0)
                self.assertEqual(list(view), [view[i] for i in range(len(view))])
        # Each measure's id as its indicators name it is the measure's own.
        measures = report.measures
        for i in report.indicators:
            if i.measure is not None:
                self.assertEqual(i.measure_id, measures[i.measure].id)

    def test_indicators_read_in_chunks_agree_with_the_json(self):
        # Iteration reads the indicators 512 records at a time: ten copies of the seed
        # (590 indicators) cross a chunk boundary. Every field against the JSON export.
        text = (_support.read_seed().rstrip("\n") + "\n\n") * 10
        report = govreport.parse(text)
        indicators = list(report.indicators)
        self.assertGreater(len(indicators), 512)
        self.assertEqual(tuple(indicators[511:514]), report.indicators[511:514])
        rows = report.to_dict()["indicators"]
        self.assertEqual(len(rows), len(indicators))
        for d, i in zip(rows, indicators):
            self.assertEqual(
                (d["id"], d["text"], d["value"], d["value_text"], d["value_max"], d["scale"],
                 d["normalized"], d["unit"], d["kind"], d["qualifier"], d["metric"], d["per"],
                 d["chinese_numeral"], d["measure"], d["period"], d["span"],
                 d["change"] and (d["change"]["direction"], d["change"]["basis"],
                                  d["change"]["from"])),
                (i.id, i.text, i.value, i.value_text, i.value_max, i.scale, i.normalized,
                 i.unit, i.kind, i.qualifier, i.metric, i.per, i.chinese_numeral,
                 i.measure_id, i.period_id, span_dict(i.span),
                 i.change and (i.change.direction, i.change.basis, i.change.from_id)))

    def test_closing_the_report_while_iterating_raises(self):
        report = govreport.parse(SMALL)
        items = iter(report.indicators)
        next(items)
        report.close()
        with self.assertRaises(ValueError):
            next(items)

    def test_empty_report_has_no_indicators_or_periods(self):
        report = govreport.parse("")
        self.assertEqual(len(report.indicators), 0)
        self.assertEqual(len(report.periods), 0)
        self.assertEqual(list(report.indicators), [])


class RawFunctionsTest(unittest.TestCase):
    """The prototypes themselves: NULL handles, out-parameters and the enum strings."""

    def test_null_indicator(self):
        lib = ffi.lib()
        out = ctypes.c_double(-7.5)
        for name in ("govreport_indicator_value", "govreport_indicator_normalized",
                     "govreport_indicator_value_max"):
            self.assertEqual(getattr(lib, name)(None, ctypes.byref(out)), 0, name)
        self.assertEqual(out.value, -7.5)  # left alone
        up, basis, src = ctypes.c_int(9), ctypes.c_char_p(b"x"), ctypes.c_int64(9)
        self.assertEqual(lib.govreport_indicator_change(None, ctypes.byref(up),
                                                        ctypes.byref(basis), ctypes.byref(src)),
                         0)
        self.assertEqual((up.value, basis.value, src.value), (9, b"x", 9))
        self.assertIsNone(lib.govreport_indicator_id(None))
        self.assertEqual(lib.govreport_indicator_scale(None), 0.0)
        self.assertEqual(lib.govreport_indicator_measure(None), -1)
        self.assertEqual(lib.govreport_indicator_period(None), -1)
        self.assertEqual(lib.govreport_indicator_kind_of(None), 7)
        self.assertEqual(lib.govreport_indicator_chinese_numeral(None), 0)
        self.assertIsNone(lib.govreport_period_start(None))
        self.assertEqual(lib.govreport_period_relative(None), 0)
        self.assertEqual(lib.govreport_report_indicator_count(None), 0)
        self.assertFalse(lib.govreport_report_period_at(None, 0))

    def test_change_out_parameters_may_be_null(self):
        report = govreport.parse(SMALL)
        lib = ffi.lib()
        for k in range(len(report.indicators)):
            ptr = lib.govreport_report_indicator_at(report, k)
            self.assertIn(lib.govreport_indicator_change(ptr, None, None, None), (0, 1))
            self.assertIn(lib.govreport_indicator_value(ptr, None), (0, 1))

    def test_enum_strings(self):
        lib = ffi.lib()
        self.assertEqual([lib.govreport_indicator_kind_string(k).decode() for k in range(8)],
                         ["count", "percent", "percentage_point", "amount", "score",
                          "rate_change", "ratio", "other"])
        self.assertEqual([lib.govreport_qualifier_string(q).decode() for q in range(5)],
                         ["", "at_least", "approx", "at_most", "reached"])
        self.assertEqual([lib.govreport_granularity_string(g).decode() for g in range(6)],
                         ["year", "half", "quarter", "month", "day", "range"])


if __name__ == "__main__":
    unittest.main()
