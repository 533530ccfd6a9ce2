#!/usr/bin/env python3
"""Writes the Excel fixtures of tests/regions.rs with openpyxl (a program other than plan-targets):

    pip install openpyxl
    python3 tests/data/regions/make_fixtures.py

- long.xlsx: sheet `数据`, the long layout with a `region` column: the same rows as
  tests/regions.rs's CSV (numbers as numeric cells, `14以内` as text), and a row with only
  `城口县`, which declares a region with no data.
- wide.xlsx: sheet `宽表`, a `region` column, `indicator`, then one column per year (2020, 2024),
  the same figures; `城口县` with no figure.
- bad.xlsx: sheet `坏`, long layout: row 3 has no region, row 4 an unknown indicator.
"""
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))


def save(name, title, rows):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(os.path.join(HERE, name))


save("long.xlsx", "数据", [
    ["region", "indicator", "year", "value"],
    ["巫山县", "W02", 2020, 78.99],
    ["巫山县", "W02", 2024, 79.95],
    ["奉节县", "W02", 2020, 79.1],
    ["奉节县", "W03", 2024, "14以内"],
    ["城口县", None, None, None],
])
save("wide.xlsx", "宽表", [
    ["region", "indicator", 2020, 2024],
    ["巫山县", "W02", 78.99, 79.95],
    ["奉节县", "W02", 79.1, None],
    ["奉节县", "W03", None, "14以内"],
    ["城口县", None, None, None],
])
save("bad.xlsx", "坏", [
    ["region", "indicator", "year", "value"],
    ["巫山县", "W02", 2020, 78.99],
    [None, "W02", 2024, 79.95],
    ["奉节县", "W99", 2024, 1],
])
