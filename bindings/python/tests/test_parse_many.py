# parse_many: threads over files, order kept, failures raised or returned in place.
# SPDX-License-Identifier: MIT
import os
import tempfile
import unittest

import govreport

REPORT = "某县人民政府2024年度法治政府建设情况报告\n\n一、主要做法及成效\n\n1. 办理复议案件{}件。\n"


class ParseManyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.paths = []
        for i in range(12):
            path = os.path.join(self.tmp.name, "r%02d.txt" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(REPORT.format(100 + i))
            self.paths.append(path)

    def tearDown(self):
        self.tmp.cleanup()

    def test_results_keep_the_order_of_the_paths(self):
        reports = govreport.parse_many(self.paths, jobs=4)
        self.assertEqual(len(reports), 12)
        for i, r in enumerate(reports):
            self.assertEqual(r.indicators[0].value, 100 + i)

    def test_same_as_sequential(self):
        threaded = [r.to_json() for r in govreport.parse_many(self.paths, jobs=3)]
        sequential = [govreport.parse_file(p).to_json() for p in self.paths]
        self.assertEqual(threaded, sequential)

    def test_failures_are_returned_in_place_or_raised(self):
        paths = self.paths[:2] + [os.path.join(self.tmp.name, "missing.txt")] + self.paths[2:3]
        results = govreport.parse_many(paths, jobs=2, errors="return")
        self.assertIsInstance(results[2], govreport.GovreportIOError)
        self.assertIn("missing.txt", str(results[2]))
        self.assertEqual(results[3].indicators[0].value, 102)
        with self.assertRaises(govreport.GovreportIOError):
            govreport.parse_many(paths, jobs=2)

    def test_bad_arguments(self):
        with self.assertRaises(ValueError):
            govreport.parse_many(self.paths, jobs=0)
        with self.assertRaises(ValueError):
            govreport.parse_many(self.paths, errors="ignore")


if __name__ == "__main__":
    unittest.main()
