# The compared tools: how to time each one, how to get its seed records, what it returns.
# SPDX-License-Identifier: MIT
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DRIVERS = os.path.join(HERE, "drivers")
# Debian's interpreter, not a pyenv or venv one found first on PATH: python3-jieba is
# installed for it, and the govreport binding needs only the standard library.
SYSTEM_PYTHON = "/usr/bin/python3"


def _node_package_version(name):
    try:
        with open(os.path.join(HERE, "node_modules", name, "package.json"), encoding="utf-8") as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return None


def _dpkg_version(package):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                       capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else None


def _has_jieba():
    return os.path.exists(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import jieba"], capture_output=True).returncode == 0


class Tool:
    """One row of the table.

    time(input, warmup) is the command whose stdout ends with {"seconds": …}; a tool with
    wall(input) instead is timed from outside, whole process (the CLI). extract(seed) prints
    the seed records that score.py reads as `kind`; missing is why the tool cannot run, or
    None; prefix: timed on the short prefix of the input (too slow for all of it)."""

    def __init__(self, key, name, returns, time, extract, kind, missing=None, env=None,
                 prefix=False, wall=None):
        self.key, self.name, self.returns = key, name, returns
        self.time, self.wall, self.extract, self.kind = time, wall, extract, kind
        self.missing, self.env, self.prefix = missing, env or {}, prefix


def make_tools(build_dir):
    lib = os.path.join(build_dir, "lib", "libgovreport.so.0")
    cli = os.path.join(build_dir, "examples", "cli", "govreport")
    binding_env = {"GOVREPORT_LIBRARY": lib,
                   "PYTHONPATH": os.path.join(ROOT, "bindings", "python")}
    version = None
    if os.access(cli, os.X_OK):
        r = subprocess.run([cli, "--version"], capture_output=True, text=True)
        version = r.stdout.split()[-1] if r.returncode == 0 and r.stdout.split() else None
    no_govreport = None if os.path.exists(lib) and version else "not built"
    node = shutil.which("node")
    rt = _node_package_version("@microsoft/recognizers-text-suite")
    nj = _node_package_version("@node-rs/jieba")
    jb = _dpkg_version("python3-jieba")

    def py(script):
        return lambda *files: [SYSTEM_PYTHON, os.path.join(DRIVERS, script), *files]

    def js(script, *args):
        return lambda *files: [node or "node", os.path.join(DRIVERS, script), *args, *files]

    def timed(f):
        return lambda i, w: f("time", i, w)

    def extracted(f):
        return lambda s: f("extract", s)

    rt_missing = ("node not found" if not node else
                  None if rt else "npm package @microsoft/recognizers-text-suite not installed")
    gr = py("govreport_parse.py")
    rec_all, rec_num = js("recognizers.js", "all"), js("recognizers.js", "number")
    jb_py, nj_js = py("jieba_posseg.py"), js("node_jieba.js")
    return [
        Tool("govreport", "govreport %s, Python binding (parse only)" % (version or "?"),
             "outline, measures, quantities with unit and period, organs, persons, documents",
             timed(gr), extracted(gr), "quantities", no_govreport, binding_env),
        Tool("govreport-cli", "govreport %s CLI, `--json FILE > /dev/null`" % (version or "?"),
             "the same, as JSON; whole process", None,
             lambda s: [cli, "--json", s], "cli-json", no_govreport,
             wall=lambda i: [cli, "--json", i]),
        Tool("recognizers-all", "Recognizers-Text %s, all zh-cn models" % (rt or "?"),
             "numbers, units, dates; no classifiers, no organs",
             timed(rec_all), extracted(rec_all), "quantities", rt_missing, prefix=True),
        Tool("recognizers-number", "Recognizers-Text %s, number model only" % (rt or "?"),
             "bare numbers", timed(rec_num), extracted(rec_num), "quantities", rt_missing),
        Tool("jieba", "jieba %s posseg (Debian python3-jieba)" % (jb or "?"),
             "POS tags", timed(jb_py), extracted(jb_py), "tokens",
             None if _has_jieba() else "python3-jieba not installed for " + SYSTEM_PYTHON),
        Tool("node-jieba", "@node-rs/jieba %s tag" % (nj or "?"), "POS tags",
             timed(nj_js), extracted(nj_js), "tokens",
             "node not found" if not node else
             None if nj else "npm package @node-rs/jieba not installed"),
    ]
