#!/usr/bin/env python3
# check_schema.py: validate govreport/1 JSON files against docs/schema/govreport-1.schema.json.
# SPDX-License-Identifier: MIT
"""Validate JSON documents against the govreport/1 JSON Schema.

    check_schema.py [--schema FILE] [--engine auto|jsonschema|builtin] FILE.json|- ...
    check_schema.py --self-test

Uses the `jsonschema` package when it can be imported (Debian: python3-jsonschema) and
otherwise a small built-in validator for the keywords the schema uses: type, required,
properties, items, enum, const, pattern, minimum, $ref into $defs, oneOf, if/then/else.
The built-in validator refuses a schema that uses any other keyword, so the schema
cannot grow a rule that silently goes unchecked where jsonschema is missing.

--self-test checks that a valid document passes and that a series of broken ones are
rejected, by every engine available.

Exit status: 0 all valid, 1 a document is invalid (or the self-test failed),
2 usage error, unreadable file, or a file that is not JSON.
"""
import argparse
import copy
import json
import os
import re
import sys

DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "govreport-1.schema.json")
MAX_ERRORS_SHOWN = 20


class SchemaError(Exception):
    """The schema itself is malformed or uses a keyword the built-in engine lacks."""


# ---------------------------------------------------------------- built-in validator

# Keywords that only annotate or hold definitions: nothing to check.
_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "$defs", "examples",
                "default"}
_ASSERTIONS = {"type", "required", "properties", "items", "enum", "const", "pattern",
               "minimum", "$ref", "oneOf", "if", "then", "else"}


def _ecma_pattern(pattern):
    # In ECMA-262 (what JSON Schema means) "$" matches only at the very end; in Python
    # it also matches before a final "\n", which would let "s1\n" pass "^s[0-9]+$".
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def _is_type(value, name):
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        # bool is an int subclass in Python but not a JSON integer; 1.0 is an integer.
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "string":
        return isinstance(value, str)
    if name == "array":
        return isinstance(value, list)
    if name == "object":
        return isinstance(value, dict)
    raise SchemaError("unknown type %r" % name)


def _json_equal(a, b):
    # JSON equality: true is not 1, and 1 equals 1.0.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


def _path(parts):
    return "$" + "".join("[%d]" % p if isinstance(p, int) else ".%s" % p for p in parts)


class BuiltinValidator:
    """Validates the subset of draft 2020-12 that govreport-1.schema.json uses."""

    def __init__(self, schema):
        self.root = schema
        self._check_keywords(schema, [])

    def _check_keywords(self, schema, where):
        if isinstance(schema, bool):
            return
        if not isinstance(schema, dict):
            raise SchemaError("%s: a schema must be an object or a boolean" % _path(where))
        for key, sub in schema.items():
            if key not in _ANNOTATIONS and key not in _ASSERTIONS:
                raise SchemaError("%s: keyword %r is not supported by the built-in validator"
                                  % (_path(where), key))
            if key in ("properties", "$defs"):
                for name, s in sub.items():
                    self._check_keywords(s, where + [key, name])
            elif key == "oneOf":
                for i, s in enumerate(sub):
                    self._check_keywords(s, where + [key, i])
            elif key in ("items", "if", "then", "else"):
                self._check_keywords(sub, where + [key])
            elif key == "$ref":
                self._resolve(sub)

    def _resolve(self, ref):
        if not ref.startswith("#"):
            raise SchemaError("only local $ref values are supported, not %r" % ref)
        node = self.root
        for token in ref[1:].split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                raise SchemaError("unresolvable $ref %r" % ref)
            node = node[token]
        return node

    def errors(self, instance):
        found = []
        self._validate(instance, self.root, [], found)
        return found

    def _valid(self, instance, schema, where):
        found = []
        self._validate(instance, schema, where, found)
        return not found

    def _validate(self, instance, schema, where, found):
        def error(message):
            found.append("%s: %s" % (_path(where), message))

        if schema is True:
            return
        if schema is False:
            error("no value is allowed here")
            return
        if "$ref" in schema:
            self._validate(instance, self._resolve(schema["$ref"]), where, found)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_is_type(instance, n) for n in names):
                error("%s is not of type %s" % (json.dumps(instance, ensure_ascii=False)[:80],
                                                " or ".join(names)))
                return  # the other keywords would only repeat the type error
        if "enum" in schema and not any(_json_equal(instance, v) for v in schema["enum"]):
            error("%s is not one of %s" % (json.dumps(instance, ensure_ascii=False)[:80],
                                            json.dumps(schema["enum"], ensure_ascii=False)))
        if "const" in schema and not _json_equal(instance, schema["const"]):
            error("%s is not %s" % (json.dumps(instance, ensure_ascii=False)[:80],
                                     json.dumps(schema["const"], ensure_ascii=False)))
        if "pattern" in schema and isinstance(instance, str):
            if not re.search(_ecma_pattern(schema["pattern"]), instance):
                error("%r does not match %r" % (instance, schema["pattern"]))
        if "minimum" in schema and _is_type(instance, "number"):
            if instance < schema["minimum"]:
                error("%r is less than the minimum of %r" % (instance, schema["minimum"]))
        if isinstance(instance, dict):
            for key in schema.get("required", []):
                if key not in instance:
                    error("%r is a required property" % key)
            for key, sub in schema.get("properties", {}).items():
                if key in instance:
                    self._validate(instance[key], sub, where + [key], found)
        if isinstance(instance, list) and "items" in schema:
            for i, item in enumerate(instance):
                self._validate(item, schema["items"], where + [i], found)
        if "oneOf" in schema:
            matches = sum(1 for s in schema["oneOf"] if self._valid(instance, s, where))
            if matches != 1:
                error("%s matches %d of the oneOf alternatives, not exactly one"
                      % (json.dumps(instance, ensure_ascii=False)[:80], matches))
        if "if" in schema:
            branch = "then" if self._valid(instance, schema["if"], where) else "else"
            if branch in schema:
                self._validate(instance, schema[branch], where, found)


# ---------------------------------------------------------------- engines

def jsonschema_available():
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return False
    return True


def make_engine(schema, name):
    """Returns (engine name, function document -> list of error strings)."""
    if name == "auto":
        name = "jsonschema" if jsonschema_available() else "builtin"
    if name == "builtin":
        return name, BuiltinValidator(schema).errors
    import jsonschema
    jsonschema.Draft202012Validator.check_schema(schema)

    def ecma_pattern(validator, pattern, instance, schema):
        # jsonschema matches with Python's re, whose "$" also matches before a final
        # newline; use the ECMA-262 meaning the JSON Schema specification asks for.
        if validator.is_type(instance, "string") and not re.search(_ecma_pattern(pattern),
                                                                   instance):
            yield jsonschema.exceptions.ValidationError(
                "%r does not match %r" % (instance, pattern))

    validator_class = jsonschema.validators.extend(jsonschema.Draft202012Validator,
                                                   {"pattern": ecma_pattern})
    validator = validator_class(schema)

    def errors(document):
        found = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
        return ["%s: %s" % (_path(list(e.absolute_path)), e.message) for e in found]

    return name, errors


def load_json(path):
    if path == "-":
        return json.load(sys.stdin)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- self-test

def _span(start, end):
    return {"start": start, "end": end, "char_start": start // 3, "char_end": end // 3}


def valid_document():
    """A small complete govreport/1 document that must pass."""
    child = {"id": "s1.1", "level": 2, "marker": "（一）", "ordinal": 1, "title": "坚持学法",
             "span": _span(60, 90), "extent": _span(60, 300), "children": []}
    part = {"id": "s1", "level": 1, "marker": "一、", "ordinal": 1, "title": "主要做法及成效",
            "role": "achievements", "span": _span(30, 57), "extent": _span(30, 300),
            "children": [child]}
    plans = {"id": "s2", "level": 1, "marker": "二、", "ordinal": 2, "title": "下一步工作打算",
             "role": "plans", "span": _span(300, 330), "extent": _span(300, 420),
             "children": []}
    measure = {"id": "m1", "section": "s1.1", "marker": "1.", "ordinal": 1,
               "title": "提升依法行政能力", "body": "部署集中学法工作。", "status": "done",
               "span": _span(93, 120), "extent": _span(93, 200), "indicators": [],
               "bodies": []}
    inline = {"id": "m2", "section": None, "marker": "一是", "ordinal": 1, "title": "",
              "body": "加强学习。", "status": "other", "span": _span(0, 6),
              "extent": _span(0, 21), "indicators": ["i1"], "bodies": ["b1"]}
    diagnostic = {"severity": "info", "code": "page_break_joined",
                  "message": "a page break inside a sentence was joined",
                  "span": _span(150, 152)}
    return {"format": "govreport/1", "title": "某市人民政府2024年度法治政府建设情况报告",
            "issuer": "某市人民政府", "year": 2024, "encoding": "utf-8",
            "sections": [part, plans], "measures": [measure, inline],
            "indicators": [{"id": "i1", "text": "995件", "value": 995, "value_text": "995",
                            "value_max": None, "scale": 1, "normalized": 995, "unit": "件",
                            "kind": "count", "qualifier": None,
                            "change": {"direction": "up", "basis": "同比", "from": None},
                            "metric": "新增发明专利授权", "per": None, "chinese_numeral": False,
                            "measure": "m1", "period": "p1", "span": _span(30, 36)}],
            "bodies": [{"id": "b1", "name": "启东市人民政府", "kind": "government",
                        "level": "county", "division_code": "320681",
                        "mentions": [{"text": "市政府", "span": _span(40, 49)}]}],
            "persons": [{"id": "h1", "name": "蔡毅", "title": "市长", "titles": ["市长"],
                         "body": "b1", "mentions": [{"text": "市长蔡毅", "span": _span(50, 62)}]}],
            "documents": [{"id": "d1", "title": "信访工作条例", "doc_number": None, "issuer": None,
                           "period": None, "nested_in": None,
                           "mentions": [{"text": "《信访工作条例》", "span": _span(70, 94)}]}],
            "periods": [{"id": "p1", "text": "2024 年", "start": "2024-01-01",
                         "end": "2024-12-31", "granularity": "year", "relative": False,
                         "span": _span(0, 8)}],
            "diagnostics": [diagnostic]}


def _set(path, value):
    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def _delete(path):
    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


# Each broken document differs from the valid one in exactly one way.
BROKEN = [
    ("top level is an array", lambda doc: doc.clear() or doc.update({"__list__": True})),
    ("missing sections", _delete(["sections"])),
    ("missing diagnostics", _delete(["diagnostics"])),
    ("missing periods", _delete(["periods"])),
    ("wrong format", _set(["format"], "govreport/2")),
    ("title null", _set(["title"], None)),
    ("issuer a number", _set(["issuer"], 5)),
    ("year a string", _set(["year"], "2024")),
    ("year a boolean", _set(["year"], True)),
    ("encoding null", _set(["encoding"], None)),
    ("sections an object", _set(["sections"], {})),
    ("indicators not an array", _set(["indicators"], {})),
    ("a body that is not an object", _set(["bodies"], [1])),
    ("an indicator kind outside the vocabulary", _set(["indicators", 0, "kind"], "amounts")),
    ("an indicator without a span", _delete(["indicators", 0, "span"])),
    ("a period date that is not ISO", _set(["periods", 0, "start"], "2024/01/01")),
    ("a granularity outside the vocabulary", _set(["periods", 0, "granularity"], "decade")),
    ("a body kind outside the vocabulary", _set(["bodies", 0, "kind"], "ministry")),
    ("a person body reference with the wrong prefix", _set(["persons", 0, "body"], "d1")),
    ("a document period without an end", _set(["documents", 0, "period"], {"start": "2021-01-01"})),
    ("a change direction outside the vocabulary", _set(["indicators", 0, "change", "direction"], "flat")),
    ("section id without s", _set(["sections", 0, "id"], "1")),
    ("child id with a trailing dot", _set(["sections", 0, "children", 0, "id"], "s1.")),
    ("level 0", _set(["sections", 0, "level"], 0)),
    ("level a float", _set(["sections", 0, "level"], 1.5)),
    ("level-1 section without role", _delete(["sections", 1, "role"])),
    ("level-1 section with null role", _set(["sections", 1, "role"], None)),
    ("unknown role", _set(["sections", 0, "role"], "achievement")),
    ("unknown role below level 1", _set(["sections", 0, "children", 0, "role"], "misc")),
    ("section without extent", _delete(["sections", 0, "extent"])),
    ("section without children", _delete(["sections", 0, "children", 0, "children"])),
    ("negative span start", _set(["sections", 0, "span", "start"], -1)),
    ("span without char_end", _delete(["measures", 0, "span", "char_end"])),
    ("span offset a string", _set(["diagnostics", 0, "span", "end"], "152")),
    ("span offset a float", _set(["measures", 0, "extent", "start"], 93.5)),
    ("measure id without number", _set(["measures", 0, "id"], "m")),
    ("measure id with newline", _set(["measures", 0, "id"], "m1\n")),
    ("measure section not an id", _set(["measures", 0, "section"], "1.1")),
    ("measure without section key", _delete(["measures", 0, "section"])),
    ("unknown status", _set(["measures", 0, "status"], "finished")),
    ("measure body null", _set(["measures", 0, "body"], None)),
    ("indicator reference a number", _set(["measures", 1, "indicators"], [1])),
    ("body reference with wrong prefix", _set(["measures", 1, "bodies"], ["i1"])),
    ("unknown severity", _set(["diagnostics", 0, "severity"], "fatal")),
    ("diagnostic code with spaces", _set(["diagnostics", 0, "code"], "page break")),
    ("diagnostic without message", _delete(["diagnostics", 0, "message"])),
]

# Changes that must still pass: extra keys are allowed, nulls where the format allows them.
STILL_VALID = [
    ("extra keys everywhere", lambda doc: (doc.update({"generator": "x"}),
                                           doc["sections"][0].update({"note": 1}),
                                           doc["measures"][0]["span"].update({"line": 3}))),
    ("unknown issuer and year", lambda doc: doc.update({"issuer": None, "year": None})),
    ("no sections at all", lambda doc: doc.update({"sections": [], "measures": []})),
    ("null role below level 1", _set(["sections", 0, "children", 0, "role"], None)),
]


def _apply(mutate):
    doc = valid_document()
    mutate(doc)
    if doc.get("__list__"):
        return [valid_document()]
    return doc


def self_test(schema):
    engines = ["builtin"] + (["jsonschema"] if jsonschema_available() else [])
    if len(engines) == 1:
        print("self-test: jsonschema is not installed; checking the built-in engine only")
    checks = 0
    failures = 0

    def check(ok, message):
        nonlocal checks, failures
        checks += 1
        if not ok:
            failures += 1
            print("FAIL " + message)

    for name in engines:
        _, errors = make_engine(schema, name)
        found = errors(valid_document())
        check(not found, "[%s] the valid document is rejected:\n  %s"
              % (name, "\n  ".join(found)))
        for what, mutate in STILL_VALID:
            found = errors(_apply(mutate))
            check(not found, "[%s] %s: rejected:\n  %s" % (name, what, "\n  ".join(found)))
        for what, mutate in BROKEN:
            check(bool(errors(_apply(mutate))), "[%s] %s: accepted" % (name, what))

    # The built-in engine must refuse keywords it does not implement.
    extended = copy.deepcopy(schema)
    extended["$defs"]["span"]["maxProperties"] = 4
    try:
        BuiltinValidator(extended)
        refused = False
    except SchemaError:
        refused = True
    check(refused, "[builtin] an unsupported keyword (maxProperties) was accepted")

    print("self-test (%s): %d passed, %d failed" % (", ".join(engines), checks - failures,
                                                    failures))
    return 0 if failures == 0 else 1


# ---------------------------------------------------------------- command line

def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Validate govreport/1 JSON documents against the JSON Schema.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="JSON file, or - for stdin")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA, help="schema file (default: %(default)s)")
    parser.add_argument("--engine", choices=["auto", "jsonschema", "builtin"], default="auto")
    parser.add_argument("--self-test", action="store_true",
                        help="check that valid documents pass and broken ones fail")
    args = parser.parse_args(argv)

    try:
        schema = load_json(args.schema)
    except (OSError, ValueError) as e:
        print("check_schema.py: %s: %s" % (args.schema, e), file=sys.stderr)
        return 2
    if args.self_test:
        return self_test(schema)
    if not args.files:
        parser.error("no FILE given (or use --self-test)")
    if args.engine == "jsonschema" and not jsonschema_available():
        parser.error("--engine jsonschema: the jsonschema package is not installed")

    try:
        engine, errors = make_engine(schema, args.engine)
    except SchemaError as e:
        print("check_schema.py: %s: %s" % (args.schema, e), file=sys.stderr)
        return 2

    status = 0
    for path in args.files:
        name = "<stdin>" if path == "-" else path
        try:
            document = load_json(path)
        except (OSError, ValueError) as e:
            print("check_schema.py: %s: %s" % (name, e), file=sys.stderr)
            status = 2
            continue
        found = errors(document)
        if found:
            status = max(status, 1)
            print("%s: INVALID (%d errors, %s)" % (name, len(found), engine))
            for line in found[:MAX_ERRORS_SHOWN]:
                print("  " + line)
            if len(found) > MAX_ERRORS_SHOWN:
                print("  … %d more" % (len(found) - MAX_ERRORS_SHOWN))
        else:
            print("%s: valid (%s)" % (name, engine))
    return status


if __name__ == "__main__":
    sys.exit(main())
