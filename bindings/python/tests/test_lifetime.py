# test_lifetime.py: Report ownership: close(), context manager, finalizer, views and copied values.
# SPDX-License-Identifier: MIT
import ctypes
import gc
import os
import sys
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402,F401

import govreport  # noqa: E402

TEXT = ("某县人民政府2024年度法治政府建设情况报告\n\n"
        "一、主要做法和成效\n\n（一）强化学习\n\n1. 提升能力。举办培训。\n\n"
        "二、存在的不足\n\n不足之处。\n\n三、主要负责人履职情况\n\n履职。\n\n"
        "四、下一步工作安排\n\n一是深化改革。二是强化监督。\n")


class LifetimeTest(unittest.TestCase):
    def test_values_outlive_the_report(self):
        report = govreport.parse(TEXT)
        section = report.sections[0]
        measure = report.measures[0]
        title = section.title
        del report
        gc.collect()
        # Values were copied when they were taken: nothing points into freed memory.
        self.assertEqual(section.title, title)
        self.assertEqual(section.marker, "一、")
        self.assertEqual(measure.marker, "1.")
        self.assertGreater(section.extent.end, section.span.end)

    def test_view_keeps_the_report_alive(self):
        sections = govreport.parse(TEXT).sections
        gc.collect()
        self.assertGreaterEqual(len(sections), 4)
        self.assertEqual(sections[0].marker, "一、")
        measures = govreport.parse(TEXT).measures
        gc.collect()
        self.assertEqual([m.marker for m in measures][0], "1.")

    def test_close_is_idempotent_and_access_raises_value_error(self):
        report = govreport.parse(TEXT)
        sections = report.sections
        first = sections[0]
        report.close()
        report.close()
        self.assertTrue(report.closed)
        for name in ("title", "issuer", "year", "text", "encoding", "sections", "measures",
                     "diagnostics", "indicators", "bodies", "persons", "documents", "periods",
                     "_as_parameter_"):
            with self.subTest(attribute=name):
                with self.assertRaises(ValueError):
                    getattr(report, name)
        with self.assertRaises(ValueError):
            report.to_json()
        with self.assertRaises(ValueError):
            report.to_dict()
        # A view taken before close() refuses as well instead of reading freed memory.
        with self.assertRaises(ValueError):
            len(sections)
        with self.assertRaises(ValueError):
            sections[0]
        self.assertEqual(first.marker, "一、")
        self.assertIn("closed", repr(report))

    def test_context_manager_closes(self):
        with govreport.parse(TEXT) as report:
            self.assertEqual(report.sections[0].marker, "一、")
        self.assertTrue(report.closed)
        with self.assertRaises(ValueError):
            report.title
        with self.assertRaises(ValueError):
            with report:
                pass

    def test_closed_report_rejected_by_c_calls(self):
        import govreport._ffi as ffi
        report = govreport.parse(TEXT)
        report.close()
        # _as_parameter_ refuses, so ctypes never passes the freed pointer to C.
        with self.assertRaises(ctypes.ArgumentError) as cm:
            ffi.lib().govreport_report_year(report)
        self.assertIn("closed", str(cm.exception))

    def test_report_cannot_wrap_arbitrary_values(self):
        import govreport._ffi as ffi
        with self.assertRaises(TypeError):
            govreport.Report(12345)
        with self.assertRaises(ValueError):
            govreport.Report(ffi.report_p())  # NULL

    def test_finalizer_runs_on_garbage_collection(self):
        report = govreport.parse(TEXT)
        finalizer = report._finalizer
        self.assertTrue(finalizer.alive)
        del report
        gc.collect()
        self.assertFalse(finalizer.alive)

    def test_text_is_cached_but_not_after_close(self):
        report = govreport.parse(TEXT)
        self.assertIs(report.text, report.text)
        report.close()
        with self.assertRaises(ValueError):
            report.text

    def test_many_reports_in_threads(self):
        # parse may run on several threads; one report may be read from several threads.
        shared = govreport.parse(TEXT)
        expected = shared.to_dict()
        errors = []

        def work():
            try:
                for _ in range(20):
                    with govreport.parse(TEXT) as r:
                        if r.to_dict() != expected:
                            errors.append("different result")
                    if [s.title for s in shared.sections] != [
                            s["title"] for s in _flatten(expected["sections"])]:
                        errors.append("shared report read differently")
                try:
                    govreport.parse(b"\xff", strict_encoding=True)
                except govreport.InvalidEncodingError as e:
                    if not e.message:
                        errors.append("empty thread-local message")
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(repr(e))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])


def _flatten(sections):
    for s in sections:
        yield s
        yield from _flatten(s.get("children", []))


if __name__ == "__main__":
    unittest.main()
