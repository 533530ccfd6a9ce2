#!/usr/bin/env python3
"""Generate examples/wushan-sample-2020-2024.csv: a SYNTHETIC yearly series
(2020-2024) for every indicator of Wushan county's Women's and Children's
Development Plans 2021-2030, plus the reference series 女职工比例 that W30 refers to.

The numbers are invented for demonstrating and testing the monitoring report.
Only the 2020 values whose catalogue baseline (catalog/baselines.csv) has
relation `same` are real figures from the plans' 发展基础 sections; those rows
carry the note `规划发展基础2020年数据`.

Deterministic: fixed seed, Python 3.11 standard library only.
Run from the repository root:  python3 examples/generate_sample.py
"""

import csv
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SEED = 20210601
YEARS = [2020, 2021, 2022, 2023, 2024]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CATALOG = ROOT / "catalog" / "indicators.csv"
BASELINES = ROOT / "catalog" / "baselines.csv"
OUT = HERE / "wushan-sample-2020-2024.csv"

REFERENCE_NAME = "女职工比例"  # external series W30 (与女职工比例相适应) refers to
BASELINE_NOTE = "规划发展基础2020年数据"

# For C19 the baselines list two `same` figures; use the children's plan's own.
BASELINE_CHOICE = {"C19": "90.02%"}

# ---------------------------------------------------------------------------
# Series specifications.
#   ("gen", start_2020, end_2024, decimals): 2020 and 2024 fixed, 2021-2023 on a
#       monotone path between them with seeded jitter.
#   ("fix", [v2020, ..., v2024], decimals): explicit values (numbers or strings).
# A 2020 `same` baseline from baselines.csv always replaces the 2020 value.
# Intended outcome (see README.md) in the trailing comment.
# ---------------------------------------------------------------------------
SPEC = {
    # --- 妇女与健康
    "W01": ("fix", [68.5, 72.3, 75.1, 74.6, 77.9], 1),     # 逐年提高 broken in 2023
    "W02": ("gen", 78.99, 79.95, 2),                        # LAG (acceleration needed)
    "W03": ("gen", 14, 8.7, 1),                             # 2020 is the plan's bound 14/10万以内
    "W04": ("gen", 91.2, 95.3, 1),                          # EARLY MET (≥94 from 2023)
    "W05": ("gen", 52.3, 64.2, 1),
    "W05.1": ("gen", 48.6, 58.4, 1),
    "W06": ("fix", [3.2, 2.7, 2.3, 1.9, "≤1.5"], 1),       # EARLY MET via bound ≤1.5 (<2)
    "W07": ("gen", 99.2, 99.8, 1),                          # met since baseline
    "W08": ("fix", [92.3, 92.5, 92.4, 92.6, 92.7], 1),      # LAG (limited progress)
    "W09": ("gen", 81.2, 85.6, 1),
    "W10": ("fix", [0, 0, 0, 1, 1], 0),                     # EARLY MET (institution built 2023)
    # --- 妇女与教育
    "W11": ("gen", 98.1, 98.7, 1),
    "W12": ("gen", 96.9, 98.0, 1),
    "W13": ("gen", 44.6, 47.6, 1),
    "W14": ("gen", 9.12, 9.45, 2),                          # LAG (limited progress)
    # --- 妇女与经济
    "W15": ("gen", 42.77, 41.9, 2),                         # DETERIORATING (leaves 45左右 band)
    "W16": ("fix", [36.4, 36.5, 36.7, 36.5, 36.6], 1),      # LAG (limited progress)
    "W17": ("fix", [51.8, 52.1, 52.3, 52.2, 52.4], 1),      # met since baseline (in band)
    "W18": ("gen", 33.5, 36.9, 1),
    "W19": ("gen", 0.32, 0.23, 2),                          # MISSING 2022
    # --- 妇女参与决策管理
    "W20": ("gen", 26.8, 28.2, 1),
    "W21": ("fix", [27.9, 30.2, 30.2, 30.2, 30.2], 1),      # ≥ W20 each year
    "W22": ("fix", [26.3, 26.3, 28.9, 28.9, 29.1], 1),
    "W23": ("fix", [24.1, 24.1, 24.6, 24.6, 24.8], 1),      # LAG (acceleration needed)
    "W24": ("fix", [100, 100, 100, 100, 100], 0),
    "W25": ("fix", [0, 0, 0, 0, 0], 0),
    "W26": ("gen", 70.2, 76.2, 1),
    "W27": ("gen", 18.6, 20.9, 1),
    "W28": ("gen", 62.4, 68.5, 1),
    "W29": ("gen", 22.8, 21.1, 1),                          # DETERIORATING
    "W30": ("gen", 34.9, 38.0, 1),                          # approaches 女职工比例
    "W31": ("fix", [23.5, 26.8, 27.1, 27.3, 27.6], 1),
    "W32": ("fix", [9.8, 10.1, 10.1, 10.2, 10.3], 1),       # LAG (acceleration needed)
    "W33": ("gen", 31.3, 33.4, 1),                          # met since baseline
    "W34": ("gen", 50.5, 54.1, 1),                          # DETERIORATING (leaves 50左右 band)
    # --- 妇女与社会保障
    "W35": ("gen", 96.1, 97.4, 1),                          # met since baseline
    "W35.1": ("gen", 14.62, 16.05, 2),
    "W36": ("gen", 0.78, 0.89, 2),
    "W36.1": ("gen", 1.12, 1.31, 2),
    "W37": ("gen", 43.6, 42.2, 1),
    # --- 妇女与家庭建设
    "W38": ("gen", 260, 365, 0),
    # --- 妇女与环境
    "W39": ("gen", 109.3, 107.3, 1),
    "W40": ("fix", ["1:1.2", "1:1.25", "1:1.3", "1:1.38", "1:1.42"], None),
    "W41": ("fix", [100, 100, 100, 100, 100], 0),           # saturated at 100
    # --- 妇女与法律
    "W42": ("gen", 31.0, 35.5, 1),
    "W43": ("gen", 35.7, 39.4, 1),
    "W44": ("gen", 28.6, 31.9, 1),
    "W45": ("fix", [46, 41, 44, 38, 35], 0),
    # --- 儿童与健康
    "C01": ("gen", 2.43, 1.96, 2),
    "C02": ("fix", [4.06, 4.03, 4.01, 3.99, 3.97], 2),      # LAG (limited progress)
    "C03": ("gen", 61.5, 67.4, 1),
    "C04": ("gen", 5.14, 4.66, 2),
    "C05": ("gen", 5.6, 4.2, 1),
    "C06": ("fix", [2.1, 1.9, 1.8, 1.8, 1.6], 1),           # met since baseline
    "C07": ("fix", [98.9, 99.1, "99%以上", 99.2, 99.3], 1),  # met since baseline; 2022 a bound
    "C08": ("gen", 90.6, 93.1, 1),
    "C09": ("gen", 88.3, 91.3, 1),
    "C10": ("gen", 78.5, 86.9, 1),
    "C10.1": ("fix", [35.4, 35.9, 36.3, 36.0, 36.1], 1),    # met since baseline (<38)
    "C10.2": ("gen", 68.4, 71.2, 1),                        # DETERIORATING
    "C10.3": ("gen", 79.6, 75.2, 1),
    "C11": ("gen", 38.5, 49.1, 1),
    "C12": ("gen", 2.46, 2.85, 2),
    "C13": ("gen", 0.68, 0.78, 2),                          # LAG (acceleration needed)
    "C13.1": ("gen", 0.62, 0.91, 2),
    "C13.2": ("gen", 1.15, 1.52, 2),
    "C14": ("gen", 28.6, 30.8, 1),                          # DETERIORATING
    "C15": ("gen", 9.2, 9.6, 2),
    "C15.1": ("gen", 8.3, 8.7, 1),
    "C15.2": ("gen", 7.1, 7.2, 2),                          # LAG (limited progress)
    "C16": ("gen", 0.12, 0.08, 2),
    # --- 儿童与安全
    "C17": ("gen", 0.21, 0.14, 2),
    "C18": ("gen", 0.35, 0.27, 2),                          # MISSING 2021
    # --- 儿童与教育
    "C19": ("gen", 90.02, 94.7, 1),
    "C20": ("gen", 76.5, 83.2, 1),
    "C21": ("gen", 99, 99.4, 1),                            # met since baseline
    "C22": ("gen", 97.3, 98.3, 1),
    # --- 儿童与福利
    "C23": ("gen", 3, 15, 0),
    "C24": ("gen", 1.2, 3.05, 2),
    "C25": ("gen", 96.8, 98.3, 1),
    "C26": ("gen", 85.0, 92.2, 1),
    "C27": ("gen", 186, 248, 0),                            # MISSING 2024 (latest is 2023)
    # --- 儿童与家庭
    "C28": ("gen", 88.9, 97.2, 1),                          # EARLY MET (≥95)
    "C29": ("gen", 71.6, 75.8, 1),                          # LAG (acceleration needed)
    # --- 儿童与环境
    "C30": ("gen", 84.2, 88.3, 1),
    "C31": ("gen", 82.5, 90.1, 1),
    # --- 儿童与法律保护
    "C32": ("fix", [0.05, 0.05, 0.04, 0.04, 0.03], 2),
    "C33": ("fix", [3.8, 4.1, 3.9, 3.6, 3.4], 1),
    "C34": ("fix", [34.6, 57.7, 80.8, 92.3, "100"], 1),      # EARLY MET (100% in 2024; 26 乡镇街道)
}

REFERENCE_SPEC = ("gen", 38.6, 39.7, 1)

# Years deliberately left out (every indicator keeps at least two years).
MISSING = {("W19", 2022), ("C18", 2021), ("C27", 2024)}

# Rows written with the exact Chinese indicator name instead of the id.
BY_NAME = {("W04", 2023), ("C21", 2021), ("W31", 2022), ("C22", 2022), ("W39", 2023)}

# Rows whose value carries its unit as published.
WITH_UNIT = {("W02", 2021), ("W03", 2022), ("W04", 2022), ("C01", 2023),
             ("W36", 2023), ("C12", 2024)}

# Notes on individual rows (bound rows and the like).
NOTES = {
    ("W03", 2020): "公布值为上限；" + BASELINE_NOTE,
    ("W06", 2024): "公布值为上限",
    ("C07", 2022): "公布值为下限",
}

# How a unit is written after a number.
UNIT_SUFFIX = {"%": "%", "1/10万": "/10万", "‰": "‰", "岁": "岁", "万人": "万人",
               "张": "张", "名": "名", "年": "年", "小时": "小时"}


def fmt(x, dec):
    """Format a number with a fixed number of decimals (half-up)."""
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    return str(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def gen_path(rng, start, end):
    """Monotone path start→end over YEARS with jittered interior points."""
    fr = sorted(min(0.95, max(0.05, k / 4 + rng.uniform(-0.1, 0.1))) for k in (1, 2, 3))
    return [start] + [start + (end - start) * f for f in fr] + [end]


def series_for(rng, spec):
    kind = spec[0]
    if kind == "gen":
        _, start, end, dec = spec
        return [fmt(v, dec) for v in gen_path(rng, start, end)]
    _, values, dec = spec
    return [v if isinstance(v, str) else fmt(v, dec) for v in values]


def strip_unit(text, unit):
    """'78.99岁' -> '78.99' for a plain number; bounds are kept as written."""
    suffix = UNIT_SUFFIX.get(unit, unit)
    if suffix and text.endswith(suffix):
        core = text[: -len(suffix)]
        try:
            Decimal(core)
            return core
        except Exception:
            pass
    return text


def main():
    with CATALOG.open(encoding="utf-8", newline="") as f:
        catalog = list(csv.DictReader(f))
    ids = [r["id"] for r in catalog]
    by_id = {r["id"]: r for r in catalog}
    assert len(ids) == 89, f"expected 89 indicators, catalogue has {len(ids)}"
    missing_spec = [i for i in ids if i not in SPEC]
    extra_spec = [i for i in SPEC if i not in by_id]
    assert not missing_spec and not extra_spec, (missing_spec, extra_spec)

    # Real 2020 figures: baselines with relation `same`.
    same = {}
    with BASELINES.open(encoding="utf-8", newline="") as f:
        for b in csv.DictReader(f):
            if b["relation"] != "same" or b["year"] != "2020":
                continue
            if b["indicator"] in BASELINE_CHOICE and b["value"] != BASELINE_CHOICE[b["indicator"]]:
                continue
            same[b["indicator"]] = b["value"]

    rng = random.Random(SEED)
    rows = []
    for ind in ids:
        unit = by_id[ind]["unit"]
        values = series_for(rng, SPEC[ind])
        for year, value in zip(YEARS, values):
            note = NOTES.get((ind, year), "")
            if year == 2020 and ind in same:
                value = strip_unit(same[ind], unit)
                note = note or BASELINE_NOTE
            if (ind, year) in MISSING:
                continue
            if (ind, year) in WITH_UNIT:
                Decimal(value)  # must be a plain number before the unit is added
                value = value + UNIT_SUFFIX[unit]
            label = by_id[ind]["name"] if (ind, year) in BY_NAME else ind
            rows.append((label, year, value, note))
    for year, value in zip(YEARS, series_for(rng, REFERENCE_SPEC)):
        rows.append((REFERENCE_NAME, year, value, ""))

    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator", "year", "value", "note"])
        w.writerows(rows)

    # --- checks on what was written
    name_to_id = {r["name"]: r["id"] for r in catalog}
    assert len(name_to_id) == 89, "indicator names are not unique"
    years_of = {}
    with OUT.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = r["indicator"]
            if key == REFERENCE_NAME:
                key = "ref"
            else:
                key = by_id[key]["id"] if key in by_id else name_to_id[key]
            assert r["year"] not in years_of.setdefault(key, set()), (key, r["year"])
            years_of[key].add(r["year"])
    absent = [i for i in ids if i not in years_of]
    short = [i for i in ids if len(years_of.get(i, ())) < 2]
    assert not absent, f"indicators absent from the sample: {absent}"
    assert not short, f"indicators with fewer than two years: {short}"
    with_2024 = sum("2024" in years_of[i] for i in ids)
    written_2020 = {r[0]: r[2] for r in rows if r[1] == 2020}
    for ind, b in same.items():
        assert written_2020.get(ind) == strip_unit(b, by_id[ind]["unit"]), (ind, b)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows")
    print(f"indicators covered: {sum(i in years_of for i in ids)}/{len(ids)} "
          f"(+ reference series {REFERENCE_NAME}: {len(years_of['ref'])} years)")
    print(f"with a 2024 value: {with_2024}; missing years: "
          + ", ".join(f"{i} {y}" for i, y in sorted(MISSING)))
    print(f"rows by name: {len(BY_NAME)}; with unit: {len(WITH_UNIT)}; "
          f"bounds: {sum(1 for r in rows if any(s in r[2] for s in ('≤', '以内', '以上')))}; "
          f"ratios: {sum(1 for r in rows if ':' in r[2])}")
    print(f"real 2020 baselines used: {', '.join(sorted(same))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
