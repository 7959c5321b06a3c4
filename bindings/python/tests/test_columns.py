# test_columns.py: a list's fields read as columns hold what its items' attributes hold.
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


class ColumnsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.seed = _support.read_seed()
        cls.report = govreport.parse(cls.seed)

    def check_every_column(self, report, name):
        view = getattr(report, name)
        items = list(view)
        columns = view.columns()
        self.assertGreater(len(items), 0, name)
        # Every field of the item class, in the class's order, and nothing else.
        self.assertEqual(list(columns), [f.name for f in dataclasses.fields(items[0])])
        for field, column in columns.items():
            with self.subTest(list=name, field=field):
                self.assertEqual(len(column), len(items))
                expected = [getattr(item, field) for item in items]
                self.assertEqual(column, expected)
                # Equal values of the same type: True is not 1, 1.0 is not 1.
                self.assertEqual([type(v) for v in column], [type(v) for v in expected])

    def test_every_field_of_every_list_matches_the_items(self):
        for name in LISTS:
            self.check_every_column(self.report, name)

    def test_the_fields_that_can_be_absent_hold_none_and_values(self):
        # The seed's indicators all stand in a measure and a period, and none is a range:
        # a sentence of our own, without a year or a numbered item, has the other kind.
        ours = govreport.parse("全县共有律师10-20人，每万人拥有律师3.5名。")
        self.check_every_column(ours, "indicators")
        fields = ("value_max", "qualifier", "change", "per", "measure", "measure_id",
                  "period", "period_id")
        seed, own = self.report.indicators.columns(*fields), ours.indicators.columns(*fields)
        self.assertEqual(own["value_max"], [20.0, None])
        self.assertEqual(own["per"], [None, "每万人"])
        for field in fields:
            with self.subTest(field=field):
                values = seed[field] + own[field]
                self.assertIn(None, values)
                self.assertTrue(any(v is not None for v in values))

    def test_chunks_of_records(self):
        # Twenty-five copies of the seed: more than 512 indicators, measures and periods,
        # read in several chunks.
        report = govreport.parse((self.seed.rstrip("\n") + "\n\n") * 25)
        self.assertGreater(len(report.indicators), 1024)
        self.assertGreater(len(report.measures), 512)
        for name in ("measures", "indicators", "periods"):
            self.check_every_column(report, name)

    def test_named_columns_in_the_order_asked(self):
        columns = self.report.indicators.columns("unit", "metric", "value", "unit")
        self.assertEqual(list(columns), ["unit", "metric", "value"])  # once each
        items = list(self.report.indicators)
        self.assertEqual(columns["metric"], [i.metric for i in items])
        self.assertEqual(columns["value"], [i.value for i in items])
        self.assertEqual(columns["unit"], [i.unit for i in items])

    def test_unknown_and_bad_names(self):
        with self.assertRaises(ValueError) as caught:
            self.report.indicators.columns("metric", "valeu")
        self.assertIn("'valeu'", str(caught.exception))
        self.assertIn("metric", str(caught.exception))  # the message lists the columns
        with self.assertRaises(ValueError):
            self.report.diagnostics.columns("index")  # diagnostics have no index
        with self.assertRaises(TypeError):
            self.report.periods.columns(3)

    def test_an_empty_list_gives_empty_columns(self):
        report = govreport.parse("没有任何数字的一句话。")
        self.assertEqual(len(report.indicators), 0)
        self.assertEqual(report.indicators.columns("metric", "value"),
                         {"metric": [], "value": []})

    def test_a_closed_report_raises(self):
        report = govreport.parse(self.seed)
        view = report.indicators
        report.close()
        with self.assertRaises(ValueError):
            view.columns("metric")


if __name__ == "__main__":
    unittest.main()
