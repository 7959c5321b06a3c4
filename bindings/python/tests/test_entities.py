# test_entities.py: bodies, persons and cited documents via the binding: seed facts, spans, JSON.
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

BODY_KINDS = {"government", "government_department", "party_committee", "party_organ",
              "peoples_congress", "cppcc", "court", "procuratorate", "supervisory_commission",
              "public_institution", "enforcement_team", "service_platform", "mediation_studio",
              "other"}
# The header lists the first five; the C++ model also knows village.
LEVELS = {None, "national", "province", "prefecture", "county", "township", "village"}

# The 《…》 and 〈…〉 titles of the seed, read off the text in order (brackets removed,
# spacing as written).
SEED_NOTICE = ("中共中央办公厅、国务院办公厅关于印发〈党政主要负责人履行推进法治建设第一责任人"
               "职责规定〉的通知")
SEED_NESTED = "党政主要负责人履行推进法治建设第一责任人职责规定"
SEED_TITLES = [
    "法治政府建设实施纲要（2021-2025 年）",
    "启东市 2024 年法治政府建设工作要点",
    "重大项目政务服务工作规范",
    "一般工业项目“拿地即开工”工作规范",
    "2024“万事好通·益启企”启东营商环境优化提升行动方案",
    "启东市 2024 上半年行政执法监督 +12345 数据分析报告",
    "启东市行政争议调处中心工作规则（试行）",
    "启东市行政争议调处工作规定",
    "启东市行政争议处理十项机制",
    "信访工作条例",
    SEED_NOTICE,
    SEED_NESTED,
    "启东市党政主要负责人履行推进法治建设第一责任人职责清单",
    "提升行政执法质量三年行动计划（2023-2025 年）",
    "全面深化法治领域改革纲要（2023-2027 年）",
]


def span_dict(span):
    return {"start": span.start, "end": span.end, "char_start": span.char_start,
            "char_end": span.char_end}


def mention_dicts(mentions):
    return [{"text": m.text, "span": span_dict(m.span)} for m in mentions]


class SeedEntityTest(unittest.TestCase):
    """Facts read off the reference report by a person, not copied from the output."""

    @classmethod
    def setUpClass(cls):
        cls.text = _support.read_seed()
        cls.data = cls.text.encode("utf-8")
        cls.report = govreport.parse(cls.text)
        cls.bodies = list(cls.report.bodies)
        cls.persons = list(cls.report.persons)
        cls.documents = list(cls.report.documents)

    def body_mentioned_as(self, words, context=None):
        """The one body mentioned with exactly ``words``; with ``context`` (a unique piece of
        the seed containing ``words``), the body mentioned at that place only.
        """
        if context is None:
            found = [b for b in self.bodies if any(m.text == words for m in b.mentions)]
            self.assertEqual(len(found), 1, "bodies mentioned as %r: %r" % (words, found))
            return found[0]
        self.assertEqual(self.text.count(context), 1, context)
        at = self.text.index(context) + context.index(words)
        found = [b for b in self.bodies for m in b.mentions
                 if m.text == words and m.span.char_start == at]
        self.assertEqual(len(found), 1, "bodies mentioned as %r in %r: %r"
                         % (words, context, found))
        return found[0]

    def person(self, name):
        found = [h for h in self.persons if h.name == name]
        self.assertEqual(len(found), 1, "persons named %r: %r" % (name, self.persons))
        return found[0]

    def document(self, title):
        found = [d for d in self.documents if d.title == title]
        self.assertEqual(len(found), 1, "documents titled %r among %r"
                         % (title, [d.title for d in self.documents]))
        return found[0]

    def all_mentions(self):
        for kind, items in (("body", self.bodies), ("person", self.persons),
                            ("document", self.documents)):
            for item in items:
                for m in item.mentions:
                    yield kind, item, m

    # -- the lists as a whole --

    def test_ids_and_indices_are_sequential(self):
        for items, prefix in ((self.bodies, "b"), (self.persons, "h"), (self.documents, "d")):
            with self.subTest(prefix=prefix):
                self.assertGreater(len(items), 0)
                self.assertEqual([x.id for x in items],
                                 ["%s%d" % (prefix, n) for n in range(1, len(items) + 1)])
                self.assertEqual([x.index for x in items], list(range(len(items))))

    def test_every_item_is_mentioned(self):
        for kind, items in (("body", self.bodies), ("person", self.persons),
                            ("document", self.documents)):
            for x in items:
                with self.subTest(kind=kind, id=x.id):
                    self.assertIsInstance(x.mentions, tuple)
                    self.assertGreater(len(x.mentions), 0)
                    self.assertTrue(all(isinstance(m, govreport.Mention) for m in x.mentions))

    def test_mention_text_is_the_span_in_bytes_and_in_code_points(self):
        count = 0
        for kind, item, m in self.all_mentions():
            with self.subTest(kind=kind, id=item.id, text=m.text):
                count += 1
                span = m.span
                self.assertLess(span.start, span.end)
                self.assertLess(span.char_start, span.char_end)
                self.assertEqual(self.data[span.start:span.end].decode("utf-8"), m.text)
                self.assertEqual(self.text[span.char_start:span.char_end], m.text)
        self.assertGreater(count, 30)

    def test_field_types_and_vocabularies(self):
        for b in self.bodies:
            with self.subTest(id=b.id, name=b.name):
                self.assertTrue(b.name)
                self.assertIn(b.kind, BODY_KINDS)
                self.assertIn(b.level, LEVELS)
                if b.division_code is not None:
                    self.assertRegex(b.division_code, r"^\d+$")
        for h in self.persons:
            with self.subTest(id=h.id, name=h.name):
                self.assertIsInstance(h.titles, tuple)
                if h.body is None:
                    self.assertIsNone(h.body_id)
                else:
                    self.assertEqual(self.bodies[h.body].id, h.body_id)
        for d in self.documents:
            with self.subTest(id=d.id, title=d.title):
                self.assertNotIn("《", d.title)
                self.assertNotIn("》", d.title)
                self.assertEqual(d.period_start is None, d.period_end is None)
                if d.period_start is not None:
                    self.assertIsInstance(d.period_start, datetime.date)
                    self.assertLessEqual(d.period_start, d.period_end)
                if d.nested_in is None:
                    self.assertIsNone(d.nested_in_id)
                else:
                    self.assertEqual(self.documents[d.nested_in].id, d.nested_in_id)

    # -- persons --

    def test_party_secretary(self):
        h = self.person("杨中坚")
        self.assertEqual(h.title, "市委书记")
        self.assertEqual(h.titles, ("市委书记",))
        self.assertIn("市委书记杨中坚", [m.text for m in h.mentions])
        # 市委书记: the first title belongs to the city's party committee.
        self.assertIsNotNone(h.body)
        self.assertEqual(self.bodies[h.body].name, "中共启东市委员会")

    def test_mayor_with_a_compound_title(self):
        h = self.person("蔡毅")
        self.assertEqual(h.title, "市委副书记、市长")
        self.assertEqual(h.titles, ("市委副书记", "市长"))
        self.assertIn("市委副书记、市长蔡毅", [m.text for m in h.mentions])
        # The first title, 市委副书记, is a post of the party committee.
        self.assertIsNotNone(h.body)
        self.assertEqual(self.bodies[h.body].name, "中共启东市委员会")

    def test_exactly_two_persons(self):
        self.assertEqual(sorted(h.name for h in self.persons), sorted(["杨中坚", "蔡毅"]))

    # -- documents --

    def test_the_fifteen_titles(self):
        self.assertEqual(sorted(d.title for d in self.documents), sorted(SEED_TITLES))

    def test_document_mentions_are_the_bracketed_titles(self):
        for d in self.documents:
            with self.subTest(title=d.title):
                opening, closing = ("〈", "〉") if d.title == SEED_NESTED else ("《", "》")
                self.assertEqual([m.text for m in d.mentions], [opening + d.title + closing])

    def test_nested_title_points_to_the_notice(self):
        nested = self.document(SEED_NESTED)
        notice = self.document(SEED_NOTICE)
        self.assertEqual(nested.nested_in, notice.index)
        self.assertEqual(nested.nested_in_id, notice.id)
        self.assertIsNone(notice.nested_in)
        # The nested mention lies inside the notice's mention.
        inner, outer = nested.mentions[0].span, notice.mentions[0].span
        self.assertTrue(outer.start < inner.start and inner.end < outer.end)
        for d in self.documents:
            if d is not nested:
                self.assertIsNone(d.nested_in, d.title)

    def test_periods_named_in_titles(self):
        outline = self.document("法治政府建设实施纲要（2021-2025 年）")
        self.assertEqual((outline.period_start, outline.period_end),
                         (D(2021, 1, 1), D(2025, 12, 31)))
        plan = self.document("提升行政执法质量三年行动计划（2023-2025 年）")
        self.assertEqual((plan.period_start, plan.period_end), (D(2023, 1, 1), D(2025, 12, 31)))
        reform = self.document("全面深化法治领域改革纲要（2023-2027 年）")
        self.assertEqual((reform.period_start, reform.period_end),
                         (D(2023, 1, 1), D(2027, 12, 31)))
        for title in ("信访工作条例", "重大项目政务服务工作规范", SEED_NESTED):
            d = self.document(title)
            self.assertEqual((d.period_start, d.period_end), (None, None), title)

    def test_issuer_written_in_front(self):
        # 深入贯彻落实国务院办公厅《提升行政执法质量三年行动计划（2023-2025 年）》
        plan = self.document("提升行政执法质量三年行动计划（2023-2025 年）")
        self.assertEqual(plan.issuer, "国务院办公厅")
        # 认真落实《信访工作条例》: nobody is named as its issuer.
        self.assertIsNone(self.document("信访工作条例").issuer)

    def test_the_seed_cites_no_document_numbers(self):
        self.assertEqual([d.doc_number for d in self.documents], [None] * len(self.documents))

    # -- bodies --

    def test_city_government(self):
        b = self.body_mentioned_as("市政府", "2024 年，市政府参加一审行政应诉案件")
        self.assertEqual(b.name, "启东市人民政府")
        self.assertEqual(b.division_code, "320681")
        self.assertEqual(b.kind, "government")
        self.assertEqual(b.level, "county")
        # The issuer's own name, as written in the text, is the same body.
        self.assertIs(self.body_mentioned_as("启东市人民政府", "启东市人民政府坚持以习近平"), b)
        for context in ("排查出市政府及", "实现市政府行政规范性文件", "市委、市政府高度重视"):
            self.assertIs(self.body_mentioned_as("市政府", context), b)

    def test_government_coordinated_with_the_prefecture_committee(self):
        # 在南通市委、市政府的坚强领导下: this 市政府 is Nantong's, not the issuer.
        b = self.body_mentioned_as("市政府", "在南通市委、市政府的坚强领导下")
        self.assertEqual(b.name, "南通市人民政府")
        self.assertEqual(b.level, "prefecture")

    def test_city_party_committee(self):
        b = self.body_mentioned_as("市委", "市委、市政府高度重视")
        self.assertIs(self.body_mentioned_as("市委", "市委、市政府主要负责同志积极履行"), b)
        self.assertEqual(b.name, "中共启东市委员会")
        self.assertEqual(b.kind, "party_committee")
        self.assertEqual(b.level, "county")
        self.assertEqual(b.division_code, "320681")

    def test_provincial_office_for_law_based_governance(self):
        b = self.body_mentioned_as("省委依法治省办")
        self.assertEqual(b.name, "中共江苏省委全面依法治省委员会办公室")
        self.assertEqual(b.level, "province")
        self.assertEqual(b.kind, "party_organ")

    def test_city_data_bureau(self):
        b = self.body_mentioned_as("市数据局")
        self.assertEqual(b.name, "启东市数据局")
        self.assertEqual(b.kind, "government_department")
        # 3. 扎实推进政府职能转变 …组建市数据局: the measure is linked to the bureau.
        measure = [m for m in self.report.measures if m.title == "扎实推进政府职能转变"][0]
        self.assertIn(b.index, measure.bodies)

    def test_prefecture_party_committee(self):
        b = self.body_mentioned_as("南通市委")
        self.assertEqual(b.name, "中共南通市委员会")
        self.assertEqual(b.kind, "party_committee")
        self.assertEqual(b.level, "prefecture")

    def test_names_are_unique(self):
        names = [b.name for b in self.bodies]
        self.assertEqual(len(names), len(set(names)), names)

    def test_meetings_are_not_bodies(self):
        for b in self.bodies:
            for m in b.mentions:
                with self.subTest(id=b.id, text=m.text):
                    self.assertNotIn("常务会议", m.text)
            self.assertNotIn("常务会议", b.name)

    def test_nothing_is_found_inside_a_cited_title(self):
        titles = [m.span for d in self.documents for m in d.mentions]
        for kind, item, m in self.all_mentions():
            if kind == "document":
                continue
            for t in titles:
                with self.subTest(kind=kind, id=item.id, text=m.text):
                    self.assertFalse(t.start <= m.span.start and m.span.end <= t.end,
                                     "%s %r at %d inside a title at %d..%d"
                                     % (kind, m.text, m.span.start, t.start, t.end))

    def test_measure_bodies_are_valid_indices(self):
        linked = 0
        for m in self.report.measures:
            with self.subTest(id=m.id):
                self.assertIsInstance(m.bodies, tuple)
                self.assertEqual(len(m.bodies), len(set(m.bodies)))
                for k in m.bodies:
                    self.assertTrue(0 <= k < len(self.bodies))
                linked += bool(m.bodies)
        self.assertGreater(linked, 0)

    # -- JSON --

    def test_json_bodies_agree_with_the_model(self):
        rows = self.report.to_dict()["bodies"]
        self.assertEqual(
            [(d["id"], d["name"], d["kind"], d["level"] or None, d["division_code"],
              d["mentions"]) for d in rows],
            [(b.id, b.name, b.kind, b.level, b.division_code, mention_dicts(b.mentions))
             for b in self.bodies])

    def test_json_persons_agree_with_the_model(self):
        rows = self.report.to_dict()["persons"]
        self.assertEqual(
            [(d["id"], d["name"], d["title"], d["titles"], d["body"], d["mentions"])
             for d in rows],
            [(h.id, h.name, h.title, list(h.titles), h.body_id, mention_dicts(h.mentions))
             for h in self.persons])

    def test_json_documents_agree_with_the_model(self):
        rows = self.report.to_dict()["documents"]

        def period(d):
            if d.period_start is None:
                return None
            return {"start": d.period_start.isoformat(), "end": d.period_end.isoformat()}

        self.assertEqual(
            [(r["id"], r["title"], r["doc_number"], r["issuer"], r["period"], r["nested_in"],
              r["mentions"]) for r in rows],
            [(d.id, d.title, d.doc_number, d.issuer, period(d), d.nested_in_id,
              mention_dicts(d.mentions)) for d in self.documents])

    def test_json_measure_bodies_agree_with_the_model(self):
        ids = [b.id for b in self.bodies]
        data = self.report.to_dict()
        for d, m in zip(data["measures"], self.report.measures):
            self.assertEqual(d["bodies"], [ids[k] for k in m.bodies], m.id)


class IssuerResolutionTest(unittest.TestCase):
    """Short names (区政府, 省政府) resolve against the report's issuer. No corpus needed."""

    def body_mentioned_as(self, report, words):
        found = [b for b in report.bodies if any(m.text == words for m in b.mentions)]
        self.assertEqual(len(found), 1, "bodies mentioned as %r: %r"
                         % (words, list(report.bodies)))
        return found[0]

    def test_district_government(self):
        report = govreport.parse("海拉尔区人民政府2016年法治政府建设情况报告\n\n"
                                 "一、主要做法\n\n区政府常态化开展集体学法，区政府领导带头讲法。\n")
        self.assertEqual(report.issuer, "海拉尔区人民政府")
        b = self.body_mentioned_as(report, "区政府")
        self.assertEqual(b.name, "海拉尔区人民政府")
        self.assertEqual(b.kind, "government")
        self.assertEqual(b.level, "county")
        self.assertEqual(b.division_code, "150702")  # 内蒙古自治区呼伦贝尔市海拉尔区
        # The issuer in the title is a mention of the same body.
        self.assertEqual([m.text for m in b.mentions], ["海拉尔区人民政府", "区政府", "区政府"])

    def test_province_government(self):
        report = govreport.parse("江苏省人民政府2023年度法治政府建设情况报告\n\n"
                                 "一、主要做法\n\n省政府出台规章3件。\n")
        b = self.body_mentioned_as(report, "省政府")
        self.assertEqual(b.name, "江苏省人民政府")
        self.assertEqual(b.kind, "government")
        self.assertEqual(b.level, "province")

    def test_prefecture_government(self):
        report = govreport.parse("南通市人民政府2024年度法治政府建设情况报告\n\n"
                                 "一、主要做法\n\n市政府常务会议审议规范性文件。市政府印发通知。\n")
        b = self.body_mentioned_as(report, "市政府")
        self.assertEqual(b.name, "南通市人民政府")
        self.assertEqual(b.level, "prefecture")

    def test_without_an_issuer_the_place_stays_unknown(self):
        # No title, so nothing says which city 市政府 is: no level, no division code.
        report = govreport.parse("一、主要做法\n\n市政府出台文件。\n")
        self.assertIsNone(report.issuer)
        b = self.body_mentioned_as(report, "市政府")
        self.assertIsNone(b.level)  # "" in C
        self.assertIsNone(b.division_code)  # NULL in C
        data = report.to_dict()["bodies"][b.index]
        self.assertEqual((data["level"], data["division_code"]), ("", None))

    def test_division_codes_are_six_digit_gbt2260_codes(self):
        # govreport.h: "GB/T 2260 division code ("320681")". GB/T 2260 codes have six
        # digits at every level: 江苏省 320000, 南通市 320600, 启东市 320681.
        expected = {"江苏省人民政府": "320000", "南通市人民政府": "320600",
                    "启东市人民政府": "320681", "海拉尔区人民政府": "150702"}
        found = {}
        for issuer, words in (("江苏省人民政府", "省政府"), ("南通市人民政府", "市政府"),
                              ("启东市人民政府", "市政府"), ("海拉尔区人民政府", "区政府")):
            report = govreport.parse(issuer + "2023年度法治政府建设情况报告\n\n一、主要做法\n\n"
                                     + words + "出台文件。\n")
            for b in report.bodies:
                found[b.name] = b.division_code
        self.assertEqual({name: found.get(name) for name in expected}, expected)

    def test_document_number_and_issuer_in_a_small_report(self):
        report = govreport.parse("某市人民政府2024年度法治政府建设情况报告\n\n一、主要做法\n\n"
                                 "1. 学习贯彻。认真贯彻国务院办公厅《提升行政执法质量三年行动计划"
                                 "（2023-2025年）》（国办发〔2023〕27号），落实《信访工作条例》。\n")
        titles = [d.title for d in report.documents]
        self.assertEqual(titles, ["提升行政执法质量三年行动计划（2023-2025年）", "信访工作条例"])
        plan, rules = report.documents
        self.assertEqual(plan.issuer, "国务院办公厅")
        self.assertEqual(plan.doc_number, "国办发〔2023〕27号")
        self.assertEqual((plan.period_start, plan.period_end), (D(2023, 1, 1), D(2025, 12, 31)))
        self.assertEqual((rules.issuer, rules.doc_number, rules.period_start), (None, None, None))


class ValuesTest(unittest.TestCase):
    TEXT = ("启东市人民政府2024年度法治政府建设情况报告\n\n一、主要做法\n\n"
            "1. 强化领导。市委书记杨中坚主持召开会议，市政府落实《信访工作条例》。\n")

    def test_views_are_sequences_and_values_outlive_the_report(self):
        report = govreport.parse(self.TEXT)
        bodies, persons, documents = report.bodies, report.persons, report.documents
        for view in (bodies, persons, documents):
            n = len(view)
            self.assertGreater(n, 0)
            self.assertEqual(view[-1], view[n - 1])
            self.assertEqual(view[0:n], tuple(view))
            with self.assertRaises(IndexError):
                view[n]
        person, document = persons[0], documents[0]
        del report
        gc.collect()  # the views alone keep the report alive
        self.assertEqual(len(persons), 1)
        report = govreport.parse(self.TEXT)
        views = (report.bodies, report.persons, report.documents)
        report.close()
        for view in views:
            with self.assertRaises(ValueError):
                len(view)
        self.assertEqual(person.name, "杨中坚")  # copied, not borrowed
        self.assertEqual(document.title, "信访工作条例")
        with self.assertRaises(AttributeError):
            person.name = "x"
        with self.assertRaises(AttributeError):
            document.mentions[0].text = "x"
        self.assertEqual(hash(person), hash(person))

    def test_empty_report_has_no_entities(self):
        report = govreport.parse("")
        for name in ("bodies", "persons", "documents"):
            self.assertEqual(list(getattr(report, name)), [], name)


class RawFunctionsTest(unittest.TestCase):
    """The prototypes themselves: NULL handles and out-of-range mention indices."""

    def test_null_handles(self):
        lib = ffi.lib()
        self.assertEqual(lib.govreport_report_body_count(None), 0)
        self.assertEqual(lib.govreport_report_person_count(None), 0)
        self.assertEqual(lib.govreport_report_document_count(None), 0)
        self.assertFalse(lib.govreport_report_body_at(None, 0))
        self.assertFalse(lib.govreport_report_person_at(None, 0))
        self.assertFalse(lib.govreport_report_document_at(None, 0))
        for name in ("govreport_body_id", "govreport_person_id", "govreport_document_id",
                     "govreport_document_doc_number", "govreport_document_issuer",
                     "govreport_document_period_start", "govreport_document_period_end"):
            self.assertIsNone(getattr(lib, name)(None), name)
        for name in ("govreport_body_mention_count", "govreport_person_mention_count",
                     "govreport_document_mention_count", "govreport_person_title_count",
                     "govreport_measure_body_count"):
            self.assertEqual(getattr(lib, name)(None), 0, name)
        self.assertEqual(lib.govreport_measure_body_at(None, 0), -1)
        self.assertEqual(lib.govreport_person_body(None), -1)
        self.assertEqual(lib.govreport_document_nested_in(None), -1)
        self.assertIsNone(lib.govreport_person_title_at(None, 0))
        for kind in ("body", "person", "document"):
            self.assertIsNone(getattr(lib, "govreport_%s_mention_text" % kind)(None, 0))
            out = ffi.SpanStruct(1, 2, 3, 4)
            getattr(lib, "govreport_%s_mention_span" % kind)(None, 0, ctypes.byref(out))
            self.assertEqual((out.start, out.end, out.char_start, out.char_end), (0, 0, 0, 0))

    def test_out_of_range_mentions_and_titles(self):
        report = govreport.parse(ValuesTest.TEXT)
        lib = ffi.lib()
        for kind in ("body", "person", "document"):
            with self.subTest(kind=kind):
                ptr = getattr(lib, "govreport_report_%s_at" % kind)(report, 0)
                self.assertTrue(ptr)
                n = getattr(lib, "govreport_%s_mention_count" % kind)(ptr)
                self.assertGreater(n, 0)
                self.assertIsNotNone(getattr(lib, "govreport_%s_mention_text" % kind)(ptr, 0))
                self.assertIsNone(getattr(lib, "govreport_%s_mention_text" % kind)(ptr, n))
                out = ffi.SpanStruct(1, 2, 3, 4)
                getattr(lib, "govreport_%s_mention_span" % kind)(ptr, n, ctypes.byref(out))
                self.assertEqual((out.start, out.end, out.char_start, out.char_end),
                                 (0, 0, 0, 0))
        person = lib.govreport_report_person_at(report, 0)
        n = lib.govreport_person_title_count(person)
        self.assertIsNone(lib.govreport_person_title_at(person, n))
        measure = lib.govreport_report_measure_at(report, 0)
        self.assertEqual(lib.govreport_measure_body_at(
            measure, lib.govreport_measure_body_count(measure)), -1)
        self.assertFalse(lib.govreport_report_body_at(report,
                                                      lib.govreport_report_body_count(report)))


class MetadataTest(unittest.TestCase):
    """The report's issuer bodies and dates (Report.issuer_bodies, signing_date, publication_date)."""

    TEXT = ("发布时间:2024-03-28 09:18\n"
            "中共静海区委 静海区人民政府关于2023年度法治政府建设情况的报告\n\n"
            "一、主要举措和成效\n区委常委会研究法治工作3次。\n\n"
            "中共静海区委 静海区人民政府\n二〇二四年三月一日\n")

    def test_joint_issuer_bodies(self):
        report = govreport.parse(self.TEXT)
        bodies = report.issuer_bodies
        self.assertEqual([b.name for b in bodies], ["中共静海区委员会", "静海区人民政府"])
        self.assertEqual([b.kind for b in bodies], ["party_committee", "government"])
        self.assertEqual({b.division_code for b in bodies}, {"120118"})
        self.assertTrue(all(isinstance(b, govreport.Body) for b in bodies))

    def test_dates_with_text_and_span(self):
        report = govreport.parse(self.TEXT)
        signed = report.signing_date
        self.assertIsInstance(signed, govreport.ReportDate)
        self.assertEqual(signed.date, D(2024, 3, 1))
        self.assertEqual(signed.text, "二〇二四年三月一日")
        self.assertEqual(report.text[signed.span.char_start:signed.span.char_end], signed.text)
        self.assertEqual(report.text.encode()[signed.span.start:signed.span.end].decode(),
                         signed.text)
        published = report.publication_date
        self.assertEqual(published.date, D(2024, 3, 28))
        self.assertEqual(published.text, "2024-03-28")

    def test_json_agrees_with_the_model(self):
        report = govreport.parse(self.TEXT)
        doc = report.to_dict()
        self.assertEqual(doc["issuer_bodies"], [b.id for b in report.issuer_bodies])
        self.assertEqual(doc["signing_date"]["date"], "2024-03-01")
        self.assertEqual(doc["signing_date"]["text"], report.signing_date.text)
        self.assertEqual(doc["publication_date"]["span"]["char_start"],
                         report.publication_date.span.char_start)

    def test_none_without_them(self):
        report = govreport.parse("2023年度法治政府建设情况报告\n\n全年学法12次。\n")
        self.assertEqual(report.issuer_bodies, ())
        self.assertIsNone(report.signing_date)
        self.assertIsNone(report.publication_date)
        doc = report.to_dict()
        self.assertEqual((doc["issuer_bodies"], doc["signing_date"], doc["publication_date"]),
                         ([], None, None))


if __name__ == "__main__":
    unittest.main()
