# test_ffi.py: the prototype table covers the library and header; loading and the ABI check work.
# SPDX-License-Identifier: MIT
import ctypes
import glob
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _support  # noqa: E402

import govreport  # noqa: E402
import govreport._ffi as ffi  # noqa: E402

TABLE = {row[0]: row for row in ffi._FUNCTIONS}
HEADER_DECL = re.compile(r"GOVREPORT_EXPORT\s+([^;{}]*?)\b(govreport_\w+)\s*\(([^)]*)\)\s*;")


def header_functions():
    """{name: number of parameters} of every function declared in govreport.h."""
    if not os.path.isfile(_support.HEADER_PATH):
        raise unittest.SkipTest("govreport.h not found at %s" % _support.HEADER_PATH)
    with open(_support.HEADER_PATH, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
    found = {}
    for _ret, name, params in HEADER_DECL.findall(text):
        params = params.strip()
        found[name] = 0 if params in ("", "void") else params.count(",") + 1
    return found


class PrototypeTableTest(unittest.TestCase):
    def test_table_has_no_duplicates_and_sets_restype(self):
        names = [row[0] for row in ffi._FUNCTIONS]
        self.assertEqual(len(names), len(set(names)))
        lib = ffi.lib()
        for name, argtypes, restype, *rest in ffi._FUNCTIONS:
            func = getattr(lib, name)
            self.assertEqual(tuple(func.argtypes), tuple(argtypes), name)
            # Set explicitly, None included: the default int truncates pointers (pitfall 1).
            self.assertIs(func.restype, restype, name)

    def test_every_exported_symbol_is_in_the_table(self):
        nm = shutil.which("nm")
        if nm is None:
            self.skipTest("nm not installed")
        path = _support.loaded_library_file()
        if path is None:
            self.skipTest("cannot tell which file the library was loaded from")
        out = subprocess.run([nm, "-D", "--defined-only", path], check=True,
                             capture_output=True, text=True).stdout
        exported = set()
        for line in out.splitlines():
            fields = line.split()
            if fields:
                name = fields[-1].split("@")[0]
                if name.startswith("govreport_"):
                    exported.add(name)
        self.assertGreater(len(exported), 40, "nm output not understood:\n" + out[:500])
        self.assertEqual(sorted(exported - set(TABLE)), [],
                         "exported by %s but missing from _FUNCTIONS" % path)
        self.assertEqual(sorted(set(TABLE) - exported), [],
                         "in _FUNCTIONS but not exported by %s" % path)

    def test_every_header_function_is_in_the_table_with_its_arity(self):
        declared = header_functions()
        self.assertGreater(len(declared), 40)
        self.assertEqual(sorted(set(declared) - set(TABLE)), [], "missing from _FUNCTIONS")
        self.assertEqual(sorted(set(TABLE) - set(declared)), [], "not in govreport.h")
        for name, arity in declared.items():
            self.assertEqual(len(TABLE[name][1]), arity, name)

    def test_status_functions_have_errcheck(self):
        for name in ("govreport_parse_buffer", "govreport_parse_file",
                     "govreport_report_to_json"):
            self.assertIs(TABLE[name][3], ffi._check, name)

    def test_handles_are_pointers_never_int(self):
        for name, argtypes, restype, *rest in ffi._FUNCTIONS:
            if name.startswith("govreport_report_") and name.endswith("_at"):
                # govreport_report_X_at returns a borrowed handle.
                self.assertTrue(issubclass(restype, ctypes._Pointer), name)
            elif name.endswith("_at"):
                # The other *_at return an index (-1 for none) or a borrowed string
                # (child_at, measure_body_at, person_title_at): never a bare int.
                self.assertIn(restype, (ctypes.c_int64, ctypes.c_char_p), name)
            if argtypes and name != "govreport_free" and not name.endswith("_string"):
                # The first parameter of every getter is a typed handle, never int or void*.
                first = argtypes[0]
                self.assertTrue(first is ctypes.c_char_p or issubclass(first, ctypes._Pointer),
                                name)
        self.assertEqual(ctypes.sizeof(ffi.ParseOptions), 32)  # encoding, format appended in 0.4
        self.assertEqual(ctypes.sizeof(ffi.SpanStruct), 32)

    def test_options_init_sets_struct_size(self):
        opts = ffi.ParseOptions()
        ffi.lib().govreport_parse_options_init(opts)
        self.assertEqual(opts.struct_size, ctypes.sizeof(ffi.ParseOptions))
        self.assertEqual((opts.flags, opts.report_year, opts.reserved), (0, 0, 0))


class FreshInterpreterTest(unittest.TestCase):
    def run_ok(self, code, **env):
        proc = _support.run_python(code, **env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc.stdout

    def test_import_and_parse(self):
        out = self.run_ok(
            "import govreport\n"
            "r = govreport.parse('某市人民政府2024年度法治政府建设情况报告\\n\\n一、做法\\n')\n"
            "print(r.title, len(r.sections), r.sections[0].marker)\n")
        self.assertEqual(out.split(), ["某市人民政府2024年度法治政府建设情况报告", "1", "一、"])

    def test_reports_alive_at_exit_are_released_quietly(self):
        # weakref.finalize runs before the library is unloaded; __del__ might not (pitfall 4).
        proc = _support.run_python(
            "import govreport\n"
            "r = govreport.parse('一、做法\\n\\n1. 学法。内容。\\n')\n"
            "view = r.measures\n"
            "cycle = [r]\n"
            "cycle.append(cycle)\n"
            "print(len(view))\n")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stderr, "")

    def test_import_does_not_load_the_library(self):
        self.run_ok("import govreport, govreport._ffi as f\nassert f._lib is None\n")

    def test_found_in_the_source_tree_build_without_environment(self):
        root = os.path.dirname(os.path.dirname(_support.BINDING_DIR))
        if not glob.glob(os.path.join(root, "build*", "lib", "libgovreport.so.0")):
            self.skipTest("no build*/lib/libgovreport.so.0 in the source tree")
        out = self.run_ok(
            "import govreport, govreport._ffi as f\n"
            "govreport.parse('一、做法')\nprint(f.library_path())\n",
            GOVREPORT_LIBRARY=None)
        self.assertIn("libgovreport.so.0", out)

    def test_abi_mismatch_is_refused_with_both_numbers(self):
        actual = govreport.abi_version()
        proc = _support.run_python(
            "import govreport._ffi as f\n"
            "f._ABI = 77\n"
            "import govreport\n"
            "try:\n"
            "    govreport.parse('x')\n"
            "except govreport.GovreportError as e:\n"
            "    print(e)\n"
            "    raise SystemExit(3)\n",
            # Load it by path: the mismatching soname would not be found otherwise.
            GOVREPORT_LIBRARY=_support.loaded_library_file() or ffi.library_path())
        self.assertEqual(proc.returncode, 3, proc.stdout + proc.stderr)
        self.assertIn("ABI", proc.stdout)
        self.assertIn(str(actual), proc.stdout)
        self.assertIn("77", proc.stdout)

    def test_missing_library_in_environment_is_an_error(self):
        proc = _support.run_python(
            "import govreport\n"
            "try:\n"
            "    govreport.parse('x')\n"
            "except govreport.GovreportError as e:\n"
            "    print(e)\n"
            "    raise SystemExit(3)\n",
            GOVREPORT_LIBRARY="/nonexistent/libgovreport.so.0")
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("GOVREPORT_LIBRARY", proc.stdout)
        self.assertIn("/nonexistent/libgovreport.so.0", proc.stdout)

    def test_load_library_explicitly_then_not_after_use(self):
        path = _support.loaded_library_file()
        if path is None:
            self.skipTest("cannot tell which file the library was loaded from")
        out = self.run_ok(
            "import govreport, govreport._ffi as f\n"
            "try:\n"
            "    govreport.load_library('/nonexistent/libgovreport.so.0')\n"
            "except govreport.GovreportError as e:\n"
            "    assert '/nonexistent' in str(e), e\n"
            "govreport.load_library(%r)\n"
            "print(f.library_path())\n"
            "try:\n"
            "    govreport.load_library(%r)\n"
            "except govreport.GovreportError as e:\n"
            "    print('refused:', e)\n" % (path, path),
            GOVREPORT_LIBRARY="/nonexistent/ignored-when-explicit.so.0")
        lines = out.splitlines()
        self.assertEqual(lines[0], path)
        self.assertTrue(lines[1].startswith("refused:"), out)
        self.assertIn("before first use", out)

    def test_missing_symbol_is_a_readable_mismatch(self):
        path = _support.loaded_library_file()
        if path is None:
            self.skipTest("cannot tell which file the library was loaded from")
        proc = _support.run_python(
            "import govreport, govreport._ffi as f\n"
            "f._FUNCTIONS.append(('govreport_no_such_function', [], None))\n"
            "try:\n"
            "    govreport.parse('x')\n"
            "except govreport.GovreportError as e:\n"
            "    print(e)\n"
            "    raise SystemExit(3)\n",
            GOVREPORT_LIBRARY=path)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("binding/library mismatch", proc.stdout)
        self.assertIn("govreport_no_such_function", proc.stdout)


if __name__ == "__main__":
    unittest.main()
