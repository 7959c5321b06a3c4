# test_errors.py: C statuses become the documented exception classes with status and message.
# SPDX-License-Identifier: MIT
import os
import pickle
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402,F401

import govreport  # noqa: E402
from govreport import (GovreportError, GovreportIOError, InputTooLargeError,  # noqa: E402
                       InternalError, InvalidArgumentError, InvalidEncodingError,
                       OutOfMemoryError, ParseError)


class HierarchyTest(unittest.TestCase):
    def test_classes_are_also_the_matching_builtins(self):
        self.assertTrue(issubclass(ParseError, GovreportError))
        self.assertTrue(issubclass(InvalidArgumentError, ParseError))
        self.assertTrue(issubclass(InvalidArgumentError, ValueError))
        self.assertTrue(issubclass(GovreportIOError, ParseError))
        self.assertTrue(issubclass(GovreportIOError, OSError))
        self.assertTrue(issubclass(InvalidEncodingError, ParseError))
        self.assertTrue(issubclass(InvalidEncodingError, ValueError))
        self.assertTrue(issubclass(InputTooLargeError, ParseError))
        self.assertTrue(issubclass(OutOfMemoryError, GovreportError))
        self.assertTrue(issubclass(OutOfMemoryError, MemoryError))
        self.assertTrue(issubclass(InternalError, GovreportError))
        self.assertFalse(issubclass(InternalError, ParseError))

    def test_every_class_can_be_built_with_message_and_status(self):
        for status, cls in enumerate([InvalidArgumentError, GovreportIOError,
                                      InvalidEncodingError, InputTooLargeError,
                                      OutOfMemoryError, InternalError], start=1):
            e = cls("details", status)
            self.assertEqual(str(e), "details")
            self.assertEqual((e.message, e.status), ("details", status))
            copy = pickle.loads(pickle.dumps(e))
            self.assertIs(type(copy), cls)
            self.assertEqual((copy.message, copy.status), ("details", status))


class StatusTest(unittest.TestCase):
    def test_missing_file_is_an_io_error_naming_the_path(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "不存在的报告.txt")
            with self.assertRaises(GovreportIOError) as cm:
                govreport.parse_file(path)
        e = cm.exception
        self.assertIsInstance(e, OSError)
        self.assertIsInstance(e, ParseError)
        self.assertEqual(e.status, 2)
        self.assertIn(path, e.message)
        self.assertIn(path, str(e))

    def test_directory_is_an_io_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(GovreportIOError):
                govreport.parse_file(tmp)

    def test_strict_encoding_rejects_invalid_utf8(self):
        with self.assertRaises(InvalidEncodingError) as cm:
            govreport.parse(b"\xff\xfe\xfa", strict_encoding=True)
        e = cm.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.status, 3)
        self.assertTrue(e.message)

    def test_lenient_encoding_replaces_and_reports(self):
        report = govreport.parse(b"\xff\xfe\xfa")
        self.assertIn("\ufffd", report.text)
        self.assertGreaterEqual(len(report.diagnostics), 1)

    def test_max_input_bytes(self):
        text = "一、" + "法治" * 10
        with self.assertRaises(InputTooLargeError) as cm:
            govreport.parse(text, max_input_bytes=10)
        self.assertEqual(cm.exception.status, 4)
        self.assertTrue(cm.exception.message)
        govreport.parse("0123456789", max_input_bytes=10)  # the limit itself is allowed

    def test_max_input_bytes_applies_to_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "r.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("一、" + "法治" * 10)
            with self.assertRaises(InputTooLargeError):
                govreport.parse_file(path, max_input_bytes=10)

    def test_a_failure_does_not_poison_the_next_call(self):
        with self.assertRaises(InvalidEncodingError):
            govreport.parse(b"\xff", strict_encoding=True)
        report = govreport.parse("一、做法\n")
        self.assertEqual(report.sections[0].marker, "一、")

    def test_invalid_argument_from_c(self):
        import govreport._ffi as ffi
        out = ffi.report_p()
        with self.assertRaises(InvalidArgumentError) as cm:
            ffi.lib().govreport_parse_buffer(None, 5, None, out)  # NULL text, len 5
        self.assertEqual(cm.exception.status, 1)
        self.assertTrue(cm.exception.message)
        self.assertFalse(out)  # *out_report is NULL on failure
        with self.assertRaises(InvalidArgumentError):
            ffi.lib().govreport_report_to_json(None, 0, None, None)

    def test_status_strings(self):
        import govreport._ffi as ffi
        lib = ffi.lib()
        self.assertEqual(lib.govreport_status_string(0), b"ok")
        self.assertEqual(lib.govreport_status_string(999), b"unknown status")


if __name__ == "__main__":
    unittest.main()
