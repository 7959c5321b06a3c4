# _support.py: shared paths and helpers of the binding tests (the package, corpus, subprocesses).
# SPDX-License-Identifier: MIT
"""Helpers imported by the test modules.

The tests run with GOVREPORT_LIBRARY set to the built library and PYTHONPATH set to
bindings/python (CTest does both); when PYTHONPATH is missing, the package next to this
directory is used, so ``python3 -m unittest discover -s bindings/python/tests`` also works.
"""

import os
import subprocess
import sys
import unittest

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
BINDING_DIR = os.path.dirname(TESTS_DIR)
SOURCE_DIR = os.environ.get("GOVREPORT_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(BINDING_DIR))
SHARED_DIR = os.environ.get("GOVREPORT_SHARED_DIR") or os.path.join(SOURCE_DIR, os.pardir,
                                                                     "shared")
SEED_PATH = os.path.join(SHARED_DIR, "corpus", "seed", "qidong-2024.txt")
HEADER_PATH = os.path.join(SOURCE_DIR, "include", "govreport", "govreport.h")

try:
    import govreport  # noqa: F401
except ImportError:
    sys.path.insert(0, BINDING_DIR)
    import govreport  # noqa: F401


def read_seed():
    """The seed report's text, or skip the calling test when the corpus is absent."""
    if not os.path.isfile(SEED_PATH):
        raise unittest.SkipTest("corpus not found at %s (set GOVREPORT_SHARED_DIR)" % SEED_PATH)
    with open(SEED_PATH, encoding="utf-8") as f:
        return f.read()


def subprocess_env(**changes):
    """The current environment with the binding on PYTHONPATH, plus ``changes``.

    A value of None removes the variable.
    """
    env = dict(os.environ)
    paths = [BINDING_DIR] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_python(code, **env_changes):
    """Run ``code`` in a fresh interpreter; returns the CompletedProcess (text mode)."""
    return subprocess.run([sys.executable, "-c", code], env=subprocess_env(**env_changes),
                          capture_output=True, text=True, timeout=120)


def loaded_library_file():
    """The file of the loaded libgovreport, as mapped into this process, or None."""
    import govreport._ffi as ffi
    ffi.lib()
    path = ffi.library_path()
    if path and os.path.isfile(path):
        return os.path.realpath(path)
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(None, 5)
                if len(fields) == 6 and "libgovreport.so" in os.path.basename(fields[5]):
                    return fields[5].strip()
    except OSError:
        pass
    return None
