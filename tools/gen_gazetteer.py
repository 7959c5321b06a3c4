#!/usr/bin/env python3
# Builds the administrative-division table (lib/gazetteer/divisions.tsv) and its compiled form (lib/util/gazetteer_data.cpp).
# SPDX-License-Identifier: MIT
"""Gazetteer generator (Python 3 standard library only).

Two steps, both deterministic:

  gen_gazetteer.py [--shared DIR] [--tsv OUT]
      Reads the two upstream data sets (modood: NBS 2023 codes and full names;
      xiangyuecn: short names and townships that NBS 2023 no longer lists) from
      DIR/gazetteer (default: ../shared beside the repository) and writes the
      merged table, one division per row:

          code  parent  level  name  short_name  origin

      code      GB/T 2260 style: 2 (province), 4 (prefecture), 6 (county) or
                9 (township) digits
      parent    the parent's code ("" for a province)
      level     province | prefecture | county | township
      name      full name (启东市); short_name: the name without its type
                suffix (启东), "" when there is none
      origin    nbs: the row is in NBS 2023 (modood), code and name authoritative
                extra: added from xiangyuecn (a township merged away or renamed
                before 2023, or 台湾/香港/澳门 as provinces). Its code is
                xiangyuecn's when NBS 2023 does not use it for something else,
                otherwise one minted here in the unused 801-999 township range.

  gen_gazetteer.py --cpp [--tsv IN] [--out OUT]
      Compiles the table into C++ (constexpr data, no constructors run at
      start-up): a string pool, one 12-byte record per division in code order,
      and a name index sorted by UTF-8 bytes for binary search.

Merge rules (see also third_party/gazetteer/README.md):
  * NBS placeholder prefectures (市辖区, 县, 省直辖县级行政区划,
    自治区直辖县级行政区划) are not divisions: their children hang from the
    province, so 东城区's parent is 北京市 and 济源市's is 河南省.
  * A county that repeats its prefecture's name (东莞市 441900 under 东莞市
    4419: the prefecture-level cities without counties) is dropped the same
    way: its townships hang from the prefecture, and 东莞 is not ambiguous
    with itself. (--cpp lists such missing codes so that by_code("441900")
    and by_code("1101") still lead to 东莞市 and 北京市.)
  * Short names come from xiangyuecn when its full name equals NBS's (or NBS's
    name is xiangyuecn's with a county prefix: 博爱县许良镇 / 许良镇);
    otherwise they are derived by stripping the type suffix (and the ethnic
    names of autonomous units: 恩施土家族苗族自治州 → 恩施), keeping at
    least two characters and never repeating an ancestor's name (海淀镇 under
    海淀区 keeps no short name).
  * A xiangyuecn township whose name is a variant of an NBS sibling (same stem
    with another suffix, one character more or less, a county prefix) is the
    same place and is not added.
"""
import argparse
import csv
import os
import sys
from collections import defaultdict

LEVELS = ("province", "prefecture", "county", "township")
CODE_LENGTH = {"province": 2, "prefecture": 4, "county": 6, "township": 9}
LEVEL_OF_LENGTH = {v: k for k, v in CODE_LENGTH.items()}

# NBS prefecture-level rows that only group counties.
PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Provinces outside NBS data that xiangyuecn lists; only the province row is kept
# (their districts would add ambiguity, 中山区 and 东区, with no NBS code).
EXTRA_PROVINCES = {"71", "81", "82"}

# The 56 ethnic groups (without 族) and 各 (各族自治县): stripped from autonomous names.
ETHNIC = sorted(("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
                 "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
                 "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
                 "珞巴 基诺 各 蒙").split(), key=len, reverse=True)
# Type suffixes by level, longest first. Autonomous suffixes also strip ethnic names before them.
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗", "民族乡", "民族苏木", "族乡", "族镇", "族区")
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "族区", "新区", "特区", "市", "区", "县", "旗"),
    "township": ("街道办事处", "街道", "民族乡", "民族苏木", "苏木", "地区", "办事处", "族乡", "族镇",
                 "镇", "乡"),
}
# 左旗/右旗/前旗/中旗/后旗 are one word: 土默特左旗 has no short form 土默特左.
BANNER_PARTS = set("左右前中后")
NUMERALS = set("〇零一二三四五六七八九十百")
MIN_SHORT = 2


def strip_ethnic(stem):
    """Strips trailing ethnic names (苗族, 哈萨克, 各族) while two characters remain."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for token in (e + "族", e) if len(e) >= 2 else (e + "族",):
                if stem.endswith(token) and len(stem) - len(token) >= MIN_SHORT:
                    stem = stem[:-len(token)]
                    changed = True
                    break
            if changed:
                break
    return stem


def derive_short(name, level):
    """The name without its type suffix, or "" when that leaves fewer than two characters."""
    for suffix in SUFFIXES[level]:
        if not name.endswith(suffix) or len(name) - len(suffix) < MIN_SHORT:
            continue
        stem = name[:-len(suffix)]
        if suffix == "旗" and stem[-1] in BANNER_PARTS:
            return ""
        if suffix in ("族乡", "族镇", "族区"):
            stem = strip_ethnic(stem + "族")
            if stem.endswith("族"):  # not an ethnic name after all (e.g. 家族乡)
                return ""
        elif suffix in AUTONOMOUS:
            stem = strip_ethnic(stem)
        if level == "township" and stem.endswith(("街道", "办事处", "镇", "乡")):
            # NBS doubles some suffixes: 铁南街道地区, 辛安渡办事处街道.
            stem = derive_short(stem, level) or stem
        return stem if len(stem) >= MIN_SHORT else ""
    return ""


def stem_of(name):
    """A township name reduced to what variants share: no suffix, no ethnic names."""
    return derive_short(name, "township") or name


def levenshtein_at_most_one(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        # 一八八团 and 一八二团 are different units, not typos.
        return len(diff) <= 1 and not any(x in NUMERALS or y in NUMERALS for x, y in diff)
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return b[i] not in NUMERALS
    return False


def is_zone(code):
    """NBS township codes 400-599: development zones, farms, 兵团 units (not 镇/乡/街道)."""
    return code[6] in "456789"


# Only these xiangyuecn townships are added: NBS 2023 is authoritative for development zones and
# farms, whose names xiangyuecn spells differently (天津开发区西区 / 天津经济技术开发区西区).
TOWNSHIP_TYPES = ("镇", "乡", "街道", "苏木", "街道办事处")


def source_short(r, level):
    """xiangyuecn's short name, except its two slips: 金坪民族 (金坪民族乡) and 六枝特 (六枝特区)."""
    short, name = r["name"], r["ext_name"]
    if short == name:
        return ""
    if short.endswith("民族") or (name.endswith("特区") and short.endswith("特")):
        return derive_short(name, level)
    return short


def read_csv(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.DictReader(f))


class Row:
    __slots__ = ("code", "parent", "level", "name", "short", "origin", "short_from_source")

    def __init__(self, code, parent, name, origin):
        self.code = code
        self.parent = parent
        self.level = LEVEL_OF_LENGTH[len(code)]
        self.name = name
        self.short = ""
        self.origin = origin
        self.short_from_source = False


def build_table(shared, log):
    gaz = os.path.join(shared, "gazetteer")
    modood = os.path.join(gaz, "modood")
    provinces = read_csv(os.path.join(modood, "provinces.csv"))
    cities = read_csv(os.path.join(modood, "cities.csv"))
    areas = read_csv(os.path.join(modood, "areas.csv"))
    streets = read_csv(os.path.join(modood, "streets.csv"))
    xyc = read_csv(os.path.join(gaz, "xiangyuecn", "ok_data_level4.csv"), encoding="utf-8-sig")
    log(f"modood: {len(provinces)} provinces, {len(cities)} prefectures, {len(areas)} counties, "
        f"{len(streets)} townships; xiangyuecn: {len(xyc)} rows")

    rows = {}
    remap = {}  # dropped code -> code its children hang from

    def effective(code):
        while code in remap:
            code = remap[code]
        return code

    for r in provinces:
        rows[r["code"]] = Row(r["code"], "", r["name"], "nbs")
    city_name = {}
    for r in cities:
        city_name[r["code"]] = r["name"]
        if r["name"] in PLACEHOLDER_PREFECTURES:
            remap[r["code"]] = r["provinceCode"]
        else:
            rows[r["code"]] = Row(r["code"], r["provinceCode"], r["name"], "nbs")
    for r in areas:
        if r["name"] == city_name[r["cityCode"]]:
            remap[r["code"]] = r["cityCode"]
        else:
            rows[r["code"]] = Row(r["code"], effective(r["cityCode"]), r["name"], "nbs")
    for r in streets:  # column order: code,name,areaCode,provinceCode,cityCode
        rows[r["code"]] = Row(r["code"], effective(r["areaCode"]), r["name"], "nbs")
    nbs_codes = set(rows) | set(remap)
    log(f"dropped {len(remap)} placeholder rows: " + " ".join(
        f"{c}({city_name.get(c) or next(a['name'] for a in areas if a['code'] == c)})"
        for c in sorted(remap)))

    # --- xiangyuecn: codes, padding rows, short names for levels 0-2 -------------------
    by_id = {r["id"]: r for r in xyc}
    mapped = {}  # xiangyuecn id -> code of our row (or "" when skipped)

    def xcode(r):
        ext = r["ext_id"]
        for n in (2, 4, 6, 9):
            if not ext[n:].strip("0"):
                return ext[:n]
        return ext[:9]

    stats = defaultdict(int)
    for r in xyc:  # parents precede children in the file
        deep = int(r["deep"])
        parent = by_id.get(r["pid"])
        if r["ext_id"] in ("", "0"):
            mapped[r["id"]] = ""
            stats["padding (国外)"] += 1
            continue
        if parent is not None and parent["ext_id"] == r["ext_id"]:
            mapped[r["id"]] = mapped[r["pid"]]  # 直筒子市 / 省直辖县级市 padding
            stats["padding"] += 1
            continue
        code = xcode(r)
        if code[:2] in EXTRA_PROVINCES:
            if deep == 0:
                rows[code] = Row(code, "", r["ext_name"], "extra")
                rows[code].short = source_short(r, "province")
                rows[code].short_from_source = True
                mapped[r["id"]] = code
                stats["extra province"] += 1
            else:
                mapped[r["id"]] = ""
                stats["skipped (台湾/香港/澳门 below province)"] += 1
            continue
        if deep == 3:
            continue  # second pass
        if code in rows and rows[code].origin == "nbs":
            mapped[r["id"]] = code
            if rows[code].name == r["ext_name"]:
                # xiangyuecn's choice stands, including none (赵县, 阿荣旗, 恩施市 under 恩施州).
                rows[code].short = source_short(r, rows[code].level)
                rows[code].short_from_source = True
                stats[f"matched level {deep}"] += 1
            else:
                stats[f"name differs level {deep}"] += 1
        elif code in remap:
            mapped[r["id"]] = effective(code)
            stats[f"placeholder level {deep}"] += 1
        else:
            # MCA-only county-level codes (西沙区, 南沙区, 大柴旦行政委员会 632825) duplicate NBS
            # units under other codes (西沙群岛, 大柴旦行政委员会 632857); 南沙 would also become
            # ambiguous with 广州's 南沙区. Their townships are skipped with them.
            mapped[r["id"]] = ""
            stats[f"not in NBS, not added, level {deep}"] += 1

    # --- townships ------------------------------------------------------------------------
    siblings = defaultdict(list)  # parent code -> NBS township rows
    for row in rows.values():
        if row.level == "township":
            siblings[row.parent].append(row)
    used_codes = set(rows) | nbs_codes
    minted = defaultdict(int)

    def ancestors(code):
        out = []
        while code:
            out.append(rows[code])
            code = rows[code].parent
        return out

    for r in xyc:
        if r["deep"] != "3" or r["id"] in mapped:
            continue
        parent = by_id.get(r["pid"])
        if parent is not None and parent["ext_id"] == r["ext_id"]:
            stats["padding"] += 1  # 西沙区 / 南沙区 repeat themselves as a township
            continue
        parent_code = mapped.get(r["pid"], "")
        if not parent_code or parent_code not in rows:
            stats["township without a parent"] += 1
            continue
        name, code = r["ext_name"], xcode(r)
        sibs = siblings[parent_code]
        exact = next((s for s in sibs if s.name == name), None)
        if exact is not None:
            if not exact.short_from_source:
                exact.short, exact.short_from_source = source_short(r, "township"), True
            stats["township matched by name"] += 1
            continue
        stem = stem_of(name)
        variant = None
        for s in sibs:
            if is_zone(s.code) != is_zone(code):
                continue
            if s.name.endswith(name):
                variant = s  # NBS 博爱县许良镇 = xiangyuecn 许良镇
                if not s.short_from_source and r["name"] != name and len(r["name"]) >= MIN_SHORT:
                    s.short, s.short_from_source = source_short(r, "township"), True
                break
            if name.endswith(s.name) and any(name == a.name + s.name for a in ancestors(parent_code)):
                variant = s
                break
            other = stem_of(s.name)
            if stem == other or (min(len(stem), len(other)) >= 2 and max(len(stem), len(other)) >= 3
                                 and levenshtein_at_most_one(stem, other)):
                variant = s
                break
        if variant is not None:
            stats["township variant of an NBS sibling (not added)"] += 1
            continue
        if not name.endswith(TOWNSHIP_TYPES) or is_zone(code):
            stats["zone or farm not in NBS (not added)"] += 1
            continue
        if not code.startswith(parent_code):
            stats["township whose code is outside its parent's (not added)"] += 1
            continue
        if code in used_codes:
            # Six digits even under a 直筒子市 (441900xxx below 东莞市 4419).
            county = code[:6]
            while True:
                minted[county] += 1
                if minted[county] > 199:
                    raise SystemExit(f"too many minted codes under {county}")
                code = f"{county}{800 + minted[county]:03d}"
                if code not in used_codes:
                    break
            stats["township added with a minted code"] += 1
        else:
            stats["township added with its own code"] += 1
        row = Row(code, parent_code, name, "extra")
        if r["name"] != name:
            row.short, row.short_from_source = source_short(r, "township"), True
        rows[code] = row
        used_codes.add(code)
        siblings[parent_code].append(row)

    for key in sorted(stats):
        log(f"  {key}: {stats[key]}")

    # --- derived short names -----------------------------------------------------------------
    derived = 0
    for row in rows.values():
        if row.short_from_source:
            continue
        if row.level == "county" and row.code[4] == "7":
            continue  # NBS functional zones (xxxx71-79): 南通经济技术开发区 has no short form
        name = row.name
        if row.level == "township":
            # NBS 统计用 names sometimes repeat the county: 济源市思礼镇.
            for a in ancestors(row.parent):
                if name.startswith(a.name) and len(name) - len(a.name) >= MIN_SHORT + 1:
                    name = name[len(a.name):]
                    break
        short = derive_short(name, row.level)
        if short and any(short in (a.name, a.short) for a in ancestors(row.parent)):
            short = ""  # 海淀镇 under 海淀区: 海淀 must keep meaning the district
        row.short = short
        derived += bool(short)
    log(f"derived {derived} short names")

    for row in rows.values():
        if row.short == row.name:
            row.short = ""
        if row.short and row.short not in row.name:
            raise SystemExit(f"short name {row.short} is not part of {row.name} ({row.code})")
        if row.parent and not row.code.startswith(row.parent):
            raise SystemExit(f"{row.code} does not start with its parent's code {row.parent}")
        if any(c in row.name for c in "\t\n\r"):
            raise SystemExit(f"control character in {row.code}")
    return [rows[c] for c in sorted(rows)]


HEADER = """\
# Administrative divisions of China (GB/T 2260 style codes), generated by tools/gen_gazetteer.py.
# Sources: modood/Administrative-divisions-of-China 57a0aa9 (NBS 2023, WTFPL v2) and
# xiangyuecn/AreaCity-JsSpider-StatsGov 1ec0580 (MIT); see third_party/gazetteer/.
# Columns: code, parent, level, name, short_name, origin (nbs | extra). Rows are in code order.
# SPDX-License-Identifier: WTFPL AND MIT
"""


def write_tsv(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("code\tparent\tlevel\tname\tshort_name\torigin\n")
        for r in rows:
            f.write(f"{r.code}\t{r.parent}\t{r.level}\t{r.name}\t{r.short}\t{r.origin}\n")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header_seen = False
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if not header_seen:
                header_seen = True
                if fields[0] != "code":
                    raise SystemExit(f"{path}: missing column header")
                continue
            code, parent, level, name, short, origin = fields
            row = Row(code, parent, name, origin)
            if row.level != level:
                raise SystemExit(f"{path}: {code} has level {level}")
            row.short = short
            rows.append(row)
    codes = [r.code for r in rows]
    if codes != sorted(codes) or len(set(codes)) != len(codes):
        raise SystemExit(f"{path}: codes are not sorted and unique")
    return rows


def cpp_string(data):
    """A C++ narrow string literal for UTF-8 bytes: printable ASCII and UTF-8 kept, the rest escaped."""
    out = []
    for ch in data.decode("utf-8"):
        if ch in '"\\?':  # '?' avoids trigraphs in pre-C++17 readers of the file
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def name_ends(rows):
    """For each suffix of a full name (its last character; 街道 and 自治区 as well), the set of
    characters right before it. The body extractor turns away a level word (市, 街道) whose
    preceding character ends no name before it, without looking anything up."""
    ends = {}
    for r in rows:
        name = r.name
        if len(name) < 2:
            continue
        for ch in name:
            if ord(ch) > 0xFFFF:
                raise SystemExit(f"{r.code}: {name} has a character outside the BMP")
        if name.endswith("街道"):
            if len(name) > 2:
                ends.setdefault("街道", set()).add(name[-3])
            continue
        if name.endswith("自治区") and len(name) > 3:
            ends.setdefault("自治区", set()).add(name[-4])
        ends.setdefault(name[-1], set()).add(name[-2])
    return ends


def write_cpp(rows, path, tsv_name):
    index_of = {r.code: i for i, r in enumerate(rows)}
    pool = bytearray()
    records = []
    for r in rows:
        name = r.name.encode("utf-8")
        short = r.short.encode("utf-8")
        offset = len(pool)
        pool += r.code.encode("ascii") + name
        start = name.find(short) if short else 0
        if len(name) > 255 or start < 0:
            raise SystemExit(f"{r.code}: name too long or short name not inside it")
        kind = LEVELS.index(r.level) | (0x10 if r.origin == "extra" else 0)
        parent = index_of[r.parent] if r.parent else 0xFFFFFFFF
        records.append((offset, parent, len(name), start, len(short), kind))
    if len(pool) >= 2**32:
        raise SystemExit("pool too large")

    # Name index: (row << 1 | is_short), sorted by the name's UTF-8 bytes, which is the order
    # std::string_view::compare uses (char_traits<char> compares as unsigned char).
    keys = []
    for i, r in enumerate(rows):
        keys.append((r.name.encode("utf-8"), i, 0))
        if r.short:
            keys.append((r.short.encode("utf-8"), i, 1))
    keys.sort()
    index = [(i << 1) | s for _, i, s in keys]

    # Codes NBS uses that are not divisions here (市辖区 1101, 441900 东莞市): each stands for
    # the row its children hang from. Found as a child code's implied parent that is missing.
    implied_length = {"prefecture": 2, "county": 4, "township": 6}
    aliases = {}
    for r in rows:
        if r.level == "province":
            continue
        implied = r.code[:implied_length[r.level]]
        if implied in index_of:
            continue
        if aliases.setdefault(implied, r.parent) != r.parent:
            raise SystemExit(f"children of {implied} have different parents")
    alias_rows = [(code, index_of[parent]) for code, parent in sorted(aliases.items())]

    ends = name_ends(rows)

    counts = {lvl: sum(1 for r in rows if r.level == lvl) for lvl in LEVELS}
    extra = sum(1 for r in rows if r.origin == "extra")
    out = []
    out.append("// GENERATED by tools/gen_gazetteer.py --cpp from %s: do not edit.\n" % tsv_name)
    out.append("// SPDX-License-Identifier: MIT\n")
    out.append("// Data: modood (WTFPL v2) and xiangyuecn (MIT); see third_party/gazetteer/.\n")
    out.append("// Constant-initialised tables only (no pointers, so no relocations and no start-up work).\n")
    out.append('#include "util/gazetteer_data.hpp"\n\n')
    out.append("namespace govreport::gazetteer::detail {\n\n")
    out.append(f"extern const std::size_t kDivisionCount = {len(rows)};\n")
    out.append(f"extern const std::size_t kNameIndexSize = {len(index)};\n")
    out.append(f"extern const std::size_t kPoolSize = {len(pool)};\n")
    out.append("extern const std::size_t kLevelCounts[4] = {%s};\n" %
               ", ".join(str(counts[lvl]) for lvl in LEVELS))
    out.append(f"extern const std::size_t kExtraCount = {extra};\n\n")

    # The pool: one literal in lines of about 200 bytes (adjacent literals concatenate).
    out.append("// Each division's code digits immediately followed by its full name.\n")
    out.append("extern const char kPool[] =\n")
    line = bytearray()
    for r in rows:
        line += r.code.encode("ascii") + r.name.encode("utf-8")
        if len(line) >= 200:
            out.append('    "' + cpp_string(bytes(line)) + '"\n')
            line = bytearray()
    if line:
        out.append('    "' + cpp_string(bytes(line)) + '"\n')
    out.append("    ;\n\n")

    out.append("// {pool offset, parent index (0xFFFFFFFF: none), name bytes, short name start, "
               "short name bytes, level | 0x10 if extra}, in code order.\n")
    out.append("extern constexpr Division kDivisions[] = {\n")
    for rec in records:
        out.append("{%d,%du,%d,%d,%d,%d},\n" % rec)
    out.append("};\n\n")

    out.append("// NBS codes that are not divisions here, and the row standing for each.\n")
    out.append(f"extern const std::size_t kCodeAliasCount = {len(alias_rows)};\n")
    out.append("extern const CodeAlias kCodeAliases[] = {\n")
    for code, row in alias_rows:
        out.append('    {"%s", %d},\n' % (code, row))
    out.append("};\n\n")

    out.append("// Row << 1 | (1 if the short name, 0 if the full name), sorted by name bytes.\n")
    out.append("extern const std::uint32_t kNameIndex[] = {\n")
    for k in range(0, len(index), 16):
        out.append(",".join(str(v) for v in index[k:k + 16]) + ",\n")
    out.append("};\n\n")
    out.append("// Characters that come right before a suffix at the end of a full name (东 of 启东市\n"
               "// for 市), one run per suffix: the last character, or 街道 or 自治区.\n")
    chars = []
    runs = []
    for suffix in sorted(ends, key=lambda x: x.encode("utf-8")):
        befores = sorted(ends[suffix])
        runs.append((suffix, len(chars), len(befores)))
        chars += befores
    out.append(f"extern const std::size_t kNameEndRunCount = {len(runs)};\n")
    out.append("extern const NameEndRun kNameEndRuns[] = {\n")
    for suffix, first, count in runs:
        out.append('    {"%s", %d, %d},\n' % (cpp_string(suffix.encode("utf-8")), first, count))
    out.append("};\n")
    out.append("extern const char16_t kNameEndChars[] = {\n")
    for k in range(0, len(chars), 16):
        out.append(",".join(f"0x{ord(c):04X}" for c in chars[k:k + 16]) + ",\n")
    out.append("};\n\n")
    out.append("}  // namespace govreport::gazetteer::detail\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cpp", action="store_true",
                        help="compile the TSV into C++ instead of building the TSV")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(root), "shared"),
                        help="directory holding gazetteer/ (default: ../shared beside the repository)")
    parser.add_argument("--tsv", default=os.path.join(root, "lib", "gazetteer", "divisions.tsv"))
    parser.add_argument("--out", default=os.path.join(root, "lib", "util", "gazetteer_data.cpp"))
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args()
    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))

    if args.cpp:
        rows = read_tsv(args.tsv)
        write_cpp(rows, args.out, "lib/gazetteer/" + os.path.basename(args.tsv))
        log(f"wrote {args.out}: {len(rows)} divisions")
    else:
        rows = build_table(args.shared, log)
        os.makedirs(os.path.dirname(args.tsv), exist_ok=True)
        write_tsv(rows, args.tsv)
        counts = {lvl: sum(1 for r in rows if r.level == lvl) for lvl in LEVELS}
        log(f"wrote {args.tsv}: {len(rows)} divisions " +
            ", ".join(f"{counts[lvl]} {lvl}" for lvl in LEVELS) +
            f"; {sum(1 for r in rows if r.origin == 'extra')} extra")
    return 0


if __name__ == "__main__":
    sys.exit(main())
