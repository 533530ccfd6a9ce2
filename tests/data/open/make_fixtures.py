#!/usr/bin/env python3
"""Writes the fixtures of the Excel and encoding tests from the sample data, with programs other
than plan-targets: openpyxl for the workbooks, Python's codecs for the encodings.

    pip install openpyxl
    python3 tests/data/open/make_fixtures.py

- long.xlsx: the sample CSV as a sheet `数据` in the long layout (indicator, year, value, note);
  values that are plain numbers are numeric cells, the others (`14/10万以内`, `1:1.2`, `93.1%`)
  text; years are numeric cells.
- wide.xlsx: one row per indicator (编号, 指标, 单位, then one column per year: numeric headers
  2020 and 2021, text headers 2022年 … 2024年), no notes; an instructions-free single sheet,
  starting at B2 (so row and column numbers are not 1-based at the range's start).
- wide.csv: the same wide table as CSV (UTF-8, headers 2020 … 2024).
- names-utf8.csv / names-gb18030.csv / names-utf16.csv: the sample with every indicator written
  by its Chinese name (where the name is unique), in UTF-8, GB18030 and UTF-16 with a BOM.
- bad.xlsx: two sheets with mistakes, for the error messages (sheet, row, column).
"""
import csv
import os
import re

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
SAMPLE = os.path.join(ROOT, "examples", "wushan-sample-2020-2024.csv")
INDICATORS = os.path.join(ROOT, "catalog", "indicators.csv")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

with open(INDICATORS, encoding="utf-8") as f:
    catalogue = list(csv.DictReader(f))
by_id = {row["id"]: row for row in catalogue}
by_name = {}
for row in catalogue:
    by_name.setdefault(row["name"], []).append(row["id"])

with open(SAMPLE, encoding="utf-8") as f:
    records = list(csv.DictReader(f))


def key(indicator):
    """The record's indicator as an id (names resolved), or the reference series' name."""
    if indicator in by_id:
        return indicator
    ids = by_name.get(indicator)
    return ids[0] if ids else indicator


def cell(value):
    if NUMBER.match(value):
        return float(value) if "." in value else int(value)
    return value


# long.xlsx
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "数据"
ws.append(["indicator", "year", "value", "note"])
for r in records:
    ws.append([r["indicator"], int(r["year"]), cell(r["value"]), r["note"] or None])
wb.save(os.path.join(HERE, "long.xlsx"))

# the wide table
years = sorted({int(r["year"]) for r in records})
table = {}
order = []
for r in records:
    k = key(r["indicator"])
    if k not in table:
        table[k] = {}
        order.append(k)
    table[k][int(r["year"])] = r["value"]


def describe(k):
    row = by_id.get(k)
    return (row["name"], row["unit"]) if row else (k, "")


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "宽表"
headers = ["编号", "指标", "单位"] + [y if y < 2022 else f"{y}年" for y in years]
for c, h in enumerate(headers):
    ws.cell(row=2, column=2 + c, value=h)
for i, k in enumerate(order):
    name, unit = describe(k)
    values = [name, unit] + [cell(table[k][y]) if y in table[k] else None for y in years]
    ws.cell(row=3 + i, column=2, value=k)
    for c, v in enumerate(values):
        ws.cell(row=3 + i, column=3 + c, value=v)
wb.save(os.path.join(HERE, "wide.xlsx"))

with open(os.path.join(HERE, "wide.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["编号", "指标", "单位"] + [str(y) for y in years])
    for k in order:
        name, unit = describe(k)
        w.writerow([k, name, unit] + [table[k].get(y, "") for y in years])

# names in three encodings
rows = [["indicator", "year", "value", "note"]]
for r in records:
    k = key(r["indicator"])
    row = by_id.get(k)
    name = row["name"] if row and len(by_name[row["name"]]) == 1 else r["indicator"]
    rows.append([name, r["year"], r["value"], r["note"]])
for suffix, encoding in [("utf8", "utf-8"), ("gb18030", "gb18030"), ("utf16", "utf-16")]:
    with open(os.path.join(HERE, f"names-{suffix}.csv"), "w", encoding=encoding, newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)

# Workbooks with mistakes, for the error messages: a long sheet and a wide one.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "数据"
ws.append(["indicator", "year", "value", "note"])
ws.append(["W02", 2020, 78.99, None])
ws.append(["W99", 2021, 79.1, None])  # row 3: unknown indicator
ws.append(["W02", 2022, "79,5", None])  # row 4: malformed value
ws.append(["W02", "二〇二三", 79.6, None])  # row 5: year not an integer
wide = wb.create_sheet("宽表")
wide.append(["编号", "指标", "2021年", "2022年"])
wide.append(["W03", "孕产妇死亡率", 9.1, "abc"])  # row 2, column 2022年: malformed
wide.append([None, None, 1, None])  # row 3: figures but no indicator
wb.save(os.path.join(HERE, "bad.xlsx"))
print("wrote", sorted(n for n in os.listdir(HERE) if not n.endswith(".py")))
