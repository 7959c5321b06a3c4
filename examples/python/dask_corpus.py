#!/usr/bin/python3
# dask_corpus.py: parse a corpus on a Dask cluster through the Python binding into the batch tables.
# SPDX-License-Identifier: MIT
"""Parse a folder of reports with Dask and write the tables of `govreport batch`.

    /usr/bin/python3 dask_corpus.py DIR|FILE... --out OUTDIR [--workers N]
    /usr/bin/python3 dask_corpus.py DIR|FILE... --out OUTDIR --scheduler tcp://HOST:8786

Without --scheduler the files are parsed on a local cluster (distributed.LocalCluster: N
worker processes, default one per CPU, one thread each). With --scheduler the tasks go to
the running distributed scheduler at that address and its workers.

OUTDIR receives reports.csv, sections.csv, measures.csv, indicators.csv, periods.csv,
bodies.csv, persons.csv, documents.csv and reports.jsonl: the same files, columns, report
ids and bytes as `govreport batch` writes for the same arguments. Each task parses one
file (govreport.parse_file: any supported encoding, text or HTML) and sends back plain
rows of strings; a file that fails is reported and skipped. Exit status: 0, 1 when a file
failed, 2 on usage, output or cluster errors.

Dask from Debian (python3-dask, python3-distributed) lives in the system interpreter, so
run this with /usr/bin/python3. The binding is standard library only and runs there too.

What the workers need:
* local cluster: nothing. The worker processes are started from this process and inherit
  its environment, into which the driver writes GOVREPORT_LIBRARY (the library it loaded)
  and PYTHONPATH (the folder holding the govreport package).
* remote workers (`dask-worker tcp://HOST:8786` on other machines): the govreport package
  importable (PYTHONPATH or installed) and libgovreport.so.0 loadable (installed, or
  GOVREPORT_LIBRARY) in the worker's environment, and the input files at the same paths
  (a shared file system; relative inputs are made absolute first). This script itself
  need not be on the workers: Dask ships the task functions. The driver checks every
  worker before sending any file and names the ones that cannot load govreport.
"""

import argparse
import importlib
import os
import sys

try:
    import govreport
except ImportError:
    # Run from a source checkout without PYTHONPATH: use the binding next to this example.
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                                    os.pardir, "bindings", "python"))
    import govreport

PROG = "dask_corpus.py"
REPORT_EXTENSIONS = (".txt", ".html", ".htm")

# Column names and order of examples/cli/tables.cpp and batch.cpp, report_id first.
HEADERS = {
    "reports": ["report_id", "path", "title", "issuer", "year", "encoding", "format",
                "sections", "measures", "indicators", "bodies", "documents", "diagnostics",
                "issuer_bodies", "issuer_division_code", "joint", "signing_date",
                "publication_date"],
    "sections": ["report_id", "id", "parent", "level", "marker", "ordinal", "title", "role",
                 "measures", "start", "end", "char_start", "char_end"],
    "measures": ["report_id", "id", "section", "marker", "ordinal", "title", "status",
                 "indicators", "body", "start", "end", "char_start", "char_end"],
    "indicators": ["report_id", "id", "measure", "section", "metric", "text", "value",
                   "value_text", "value_max", "scale", "normalized", "unit", "kind",
                   "qualifier", "change_direction", "change_basis", "change_from", "per",
                   "chinese_numeral", "period", "period_text", "period_start", "period_end",
                   "start", "end", "char_start", "char_end"],
    "periods": ["report_id", "id", "text", "start", "end", "granularity", "relative",
                "start_byte", "end_byte", "char_start", "char_end"],
    "bodies": ["report_id", "id", "name", "kind", "level", "division_code", "mentions",
               "mention_texts", "measures"],
    "persons": ["report_id", "id", "name", "title", "titles", "body", "body_name", "mentions"],
    "documents": ["report_id", "id", "title", "doc_number", "issuer", "period_start",
                  "period_end", "nested_in", "mentions"],
}
ITEM_TABLES = ["sections", "measures", "indicators", "periods", "bodies", "persons",
               "documents"]


# --- Inputs (as batch.cpp collects them) ---------------------------------------------------

def is_report_file(path):
    # splitext, like std::filesystem's extension(), gives ".txt" no extension.
    return os.path.splitext(path)[1].lower() in REPORT_EXTENSIONS


def collect(inputs):
    """Directories recursively and sorted, then the files as given: the CLI's order.

    The position in this list is the report id (r1, r2, …), also for files that fail, so
    the tables match the CLI's row for row.
    """
    files = []
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for root, _dirs, names in os.walk(given):
                found.extend(os.path.join(root, n) for n in names
                             if is_report_file(n) and os.path.isfile(os.path.join(root, n)))
            # The CLI sorts the UTF-8 bytes; encoding keeps that order for any file name.
            found.sort(key=os.fsencode)
            files.extend(found)
        else:
            files.append(given)
    return files


# --- Cells (formatted as tables.cpp formats them) ------------------------------------------

def number(value):
    # fmt's "{}" prints a whole double below 1e16 without ".0"; otherwise it is repr()'s
    # shortest round-trip form ("8122.21", "1e+16"), which Python shares.
    if value == value and abs(value) < 1e16 and value == int(value):
        return str(int(value))
    return repr(value)


def text(value):
    return "" if value is None else str(value)


def flag(value):
    return "true" if value else "false"


def spans(span):
    return [str(span.start), str(span.end), str(span.char_start), str(span.char_end)]


def date(value):
    return "" if value is None else value.isoformat()


def report_rows(report):
    """Every item table of one report as lists of string rows (no report_id yet)."""
    sections = list(report.sections)
    measures = list(report.measures)
    indicators = list(report.indicators)
    periods = list(report.periods)
    bodies = list(report.bodies)
    persons = list(report.persons)
    documents = list(report.documents)

    def section_id(index):
        return sections[index].id if index is not None and index < len(sections) else ""

    per_section = {}
    for m in measures:
        per_section[m.section] = per_section.get(m.section, 0) + 1
    tables = {"sections": [
        [s.id, section_id(s.parent), str(s.level), s.marker, str(s.ordinal), s.title,
         text(s.role), str(per_section.get(s.index, 0))] + spans(s.span)
        for s in sections]}
    tables["measures"] = [
        [m.id, section_id(m.section), m.marker, str(m.ordinal), m.title, m.status,
         str(len(m.indicators)), m.body] + spans(m.extent)
        for m in measures]
    rows = []
    for x in indicators:
        m = measures[x.measure] if x.measure is not None and x.measure < len(measures) else None
        p = periods[x.period] if x.period is not None and x.period < len(periods) else None
        rows.append(
            [x.id, m.id if m else "", section_id(x.section), x.metric, x.text,
             "" if x.value is None else number(x.value), x.value_text,
             "" if x.value_max is None else number(x.value_max), number(x.scale),
             "" if x.normalized is None else number(x.normalized), x.unit, x.kind,
             text(x.qualifier), x.change.direction if x.change else "",
             text(x.change.basis) if x.change else "",
             text(x.change.from_id) if x.change else "", text(x.per),
             flag(x.chinese_numeral), p.id if p else "", p.text if p else "",
             date(p.start) if p else "", date(p.end) if p else ""] + spans(x.span))
    tables["indicators"] = rows
    tables["periods"] = [
        [p.id, p.text, date(p.start), date(p.end), p.granularity, flag(p.relative)]
        + spans(p.span)
        for p in periods]
    tables["bodies"] = [
        [b.id, b.name, b.kind, text(b.level), text(b.division_code), str(len(b.mentions)),
         " | ".join(mention.text for mention in b.mentions),
         " ".join(m.id for m in measures if b.index in m.bodies)]
        for b in bodies]
    tables["persons"] = [
        [h.id, h.name, h.title, " | ".join(h.titles), text(h.body_id),
         bodies[h.body].name if h.body is not None and h.body < len(bodies) else "",
         " | ".join(mention.text for mention in h.mentions)]
        for h in persons]
    tables["documents"] = [
        [d.id, d.title, text(d.doc_number), text(d.issuer), date(d.period_start),
         date(d.period_end), text(d.nested_in_id), str(len(d.mentions))]
        for d in documents]
    summary = [report.title, text(report.issuer), text(report.year), report.encoding,
               report.source_format, str(len(sections)), str(len(measures)),
               str(len(indicators)), str(len(bodies)), str(len(documents)),
               str(len(report.diagnostics))]
    issuers = report.issuer_bodies
    codes = [b.division_code for b in issuers if b.division_code]
    signed, published = report.signing_date, report.publication_date
    summary += [" ".join(b.id for b in issuers), codes[0] if codes else "",
                flag(len(issuers) > 1), signed.date.isoformat() if signed else "",
                published.date.isoformat() if published else ""]
    return summary, tables


# --- The task (runs on a worker) -----------------------------------------------------------

def parse_one(path, where):
    """Parse ``where`` (the file) for ``path`` (its name in the tables) into plain rows.

    Returns a dict of strings and lists only, so nothing but picklable values crosses the
    network; a parse error comes back as {"error": message} instead of failing the task.
    """
    try:
        with govreport.parse_file(where) as report:
            summary, tables = report_rows(report)
            return {"report": [path] + summary, "tables": tables, "json": report.to_json()}
    except govreport.GovreportError as error:
        return {"error": str(error)}


def check_worker():
    """Run on every worker before any file: is the binding there and the library loadable?"""
    return govreport.version()


# --- Output (written as batch.cpp and write_csv write it) ----------------------------------

def csv_line(cells):
    # Every field quoted, quotes doubled, CRLF: byte for byte the CLI's write_csv.
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells) + "\r\n"


def write_table(path, header, rows):
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf")
        f.write(csv_line(header).encode("utf-8", "surrogateescape"))
        for row in rows:
            f.write(csv_line(row).encode("utf-8", "surrogateescape"))


def write_outputs(out, files, results):
    tables = {name: [] for name in ["reports"] + ITEM_TABLES}
    lines = []
    for i, result in enumerate(results):
        if result is None or "error" in result:
            continue
        report_id = "r%d" % (i + 1)  # the input position: a failed file leaves a gap
        tables["reports"].append([report_id] + result["report"])
        for name in ITEM_TABLES:
            tables[name].extend([report_id] + row for row in result["tables"][name])
        lines.append('{"report_id":"%s","report":%s}\n' % (report_id, result["json"]))
    for name, rows in tables.items():
        write_table(os.path.join(out, name + ".csv"), HEADERS[name], rows)
    with open(os.path.join(out, "reports.jsonl"), "wb") as f:
        f.write("".join(lines).encode("utf-8", "surrogateescape"))


# --- Driver --------------------------------------------------------------------------------

def export_binding_environment():
    """Let local worker processes find what this process found (they inherit os.environ)."""
    govreport.version()  # loads the library now, so a missing one fails before the cluster
    # Pin the very library loaded here; a bare soname (found by the dynamic linker) is
    # found the same way by the workers and needs nothing.
    loaded = govreport._ffi.library_path()
    if "GOVREPORT_LIBRARY" not in os.environ and loaded and os.sep in loaded:
        os.environ["GOVREPORT_LIBRARY"] = os.path.abspath(loaded)
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(govreport.__file__)))
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if package_root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([package_root] + paths)


def start_client(args, files):
    from distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler), None
    export_binding_environment()
    # Processes, one thread each: building the rows is Python code that holds the GIL.
    # No dashboard: it needs bokeh and a fixed port that two runs would fight over.
    # More workers than files would only start idle processes (the CLI caps --jobs so too).
    workers = min(args.workers or os.cpu_count() or 1, max(1, len(files)))
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def check_workers(client):
    try:
        versions = client.run(check_worker, on_error="return")
    except Exception as error:  # the scheduler went away, or no worker answered
        return ["cannot reach the workers: %s" % error]
    return ["%s: %s" % (w, v) for w, v in versions.items() if isinstance(v, BaseException)]


def run(client, files, show_progress):
    """Parse every file on the cluster; results in input order, None where a task died."""
    from distributed import as_completed

    # Workers open the absolute path (their working directory may differ); the tables
    # keep the name as given, as the CLI's do.
    futures = client.map(parse_one, files, [os.path.abspath(f) for f in files], pure=False)
    position = {f.key: i for i, f in enumerate(futures)}
    results = [None] * len(files)
    errors = {}
    for done, future in enumerate(as_completed(futures), 1):
        i = position[future.key]
        try:
            results[i] = future.result()
        except Exception as error:  # the worker died (KilledWorker) or the task raised
            errors[i] = "%s: %s" % (type(error).__name__, error)
        future.release()
        if show_progress:
            filled = done * 30 // len(files)
            print("\r[%-30s] %d/%d files" % ("#" * filled, done, len(files)), end="",
                  file=sys.stderr, flush=True)
    if show_progress and files:
        print(file=sys.stderr)
    return results, errors


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog=PROG, description="Parse reports (*.txt, *.html, *.htm under DIR, or FILEs) on "
        "a Dask cluster and write the tables of `govreport batch` to OUTDIR.")
    parser.add_argument("inputs", nargs="+", metavar="DIR|FILE")
    parser.add_argument("--out", required=True, metavar="OUTDIR")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running distributed scheduler (tcp://host:8786); "
                        "default: a local cluster")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="worker processes of the local cluster (default: one per CPU)")
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers needs a positive number")
    if args.workers is not None and args.scheduler:
        parser.error("--workers sizes the local cluster; a scheduler has its own workers")
    return args


def main(argv):
    args = parse_args(argv)
    try:  # fail early and plainly when Dask is missing
        importlib.import_module("distributed")
    except ImportError as error:
        print("%s: needs Dask's distributed (Debian: python3-distributed, run with "
              "/usr/bin/python3): %s" % (PROG, error), file=sys.stderr)
        return 2
    files = collect(args.inputs)
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as error:
        print("%s: %s: cannot create directory: %s" % (PROG, args.out, error.strerror),
              file=sys.stderr)
        return 2
    try:
        client, cluster = start_client(args, files)
    except Exception as error:
        print("%s: cannot start the cluster: %s" % (PROG, error), file=sys.stderr)
        return 2
    try:
        broken = check_workers(client)
        if broken:
            print("%s: workers cannot load govreport (see the module docstring):\n  %s"
                  % (PROG, "\n  ".join(broken)), file=sys.stderr)
            return 2
        workers = len(client.scheduler_info()["workers"])
        if not workers:  # the tasks would wait for a worker forever
            print("%s: the scheduler has no workers" % PROG, file=sys.stderr)
            return 2
        results, errors = run(client, files, sys.stderr.isatty())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    failed = 0
    for i, path in enumerate(files):
        message = errors.get(i) or (results[i] or {}).get("error")
        if message is not None:
            failed += 1
            print("%s: %s: %s (skipped)" % (PROG, path, message), file=sys.stderr)
    try:
        write_outputs(args.out, files, results)
    except OSError as error:
        print("%s: %s: cannot write the tables: %s" % (PROG, args.out, error), file=sys.stderr)
        return 2
    print("%s: %d reports parsed, %d failed, %d workers; tables in %s"
          % (PROG, len(files) - failed, failed, workers, args.out), file=sys.stderr)
    return 1 if failed else 0


# The guard matters: local workers are spawned processes that import this file again.
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
