#!/usr/bin/env python3
"""Fidelity checks for the catalog CSVs against the plan text.

Usage: python3 catalog/check.py PATH/TO/wushan-women-children-plans-2021-2030.txt
Checks:
 (a) every quote in tasks/baselines/disagreements is a verbatim substring of the plan;
     every indicator name (+ "（unit）" where present) and target is in the plan too
 (b) every task phrase is a substring of its quote (and value in its quote for baselines/disagreements)
 (c) indicators.csv has exactly 48 women + 41 children rows with unique ids
 (d) every indicator id referenced from tasks/baselines/disagreements (and W-id references) exists
Also: UTF-8 without BOM, '\\n' line ends, expected headers, controlled vocabularies.
"""
import csv, io, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = {
    'indicators.csv': ['id','plan','area','number','name','unit','target','attribute','direction',
                       'direction_reason','reference','band','band_source'],
    'tasks.csv': ['id','plan','section','quote','phrase','unit','indicator'],
    'baselines.csv': ['indicator','year','value','relation','reason','quote'],
    'disagreements.csv': ['topic','plan','year','value','quote','indicator'],
}

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    plan = open(sys.argv[1], encoding='utf-8').read()
    errors = []
    def err(msg): errors.append(msg)

    tables = {}
    for name, header in HEADERS.items():
        raw = open(os.path.join(HERE, name), 'rb').read()
        if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: has BOM')
        if b'\r' in raw: err(f'{name}: contains CR (line ends must be \\n)')
        rows = list(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))
        if rows[0] != header: err(f'{name}: header {rows[0]} != {header}')
        body = [dict(zip(header, r)) for r in rows[1:]]
        for i, r in enumerate(rows[1:], 2):
            if len(r) != len(header): err(f'{name}:{i}: {len(r)} fields, expected {len(header)}')
        tables[name] = body

    # (c) indicators
    ind = tables['indicators.csv']
    ids = [r['id'] for r in ind]
    if len(ids) != len(set(ids)): err('indicators.csv: duplicate ids')
    nw = sum(r['plan'] == 'women' for r in ind); nc = sum(r['plan'] == 'children' for r in ind)
    if (nw, nc) != (48, 41): err(f'indicators.csv: {nw} women + {nc} children rows, expected 48 + 41')
    idset = set(ids)
    for r in ind:
        pfx = {'women': 'W', 'children': 'C'}.get(r['plan'])
        if not pfx or not re.fullmatch(pfx + r'\d\d(\.\d)?', r['id']): err(f"indicators.csv: bad id/plan {r['id']} {r['plan']}")
        if r['number'] and r['id'] != f"{pfx}{int(r['number']):02d}": err(f"indicators.csv: id {r['id']} vs number {r['number']}")
        if not r['number'] and '.' not in r['id']: err(f"indicators.csv: unnumbered row {r['id']} lacks .n suffix")
        printed = r['name'] + (f"（{r['unit']}）" if r['unit'] else '')
        if printed not in plan: err(f"indicators.csv: {r['id']} name/unit {printed!r} not in plan")
        if r['target'] not in plan: err(f"indicators.csv: {r['id']} target {r['target']!r} not in plan")
        if r['area'] not in plan.replace('\n', ''): err(f"indicators.csv: {r['id']} area {r['area']!r} not in plan")
        if r['attribute'] not in ('binding', 'expected', ''): err(f"indicators.csv: {r['id']} attribute {r['attribute']!r}")
        if r['direction'] not in ('higher', 'lower', 'band', ''): err(f"indicators.csv: {r['id']} direction {r['direction']!r}")
        if r['reference'] and re.fullmatch(r'[WC]\d\d(\.\d)?', r['reference']) and r['reference'] not in idset:
            err(f"indicators.csv: {r['id']} reference {r['reference']} unknown")
        if bool(r['band']) != bool(r['band_source']): err(f"indicators.csv: {r['id']} band without band_source or vice versa")

    # (a) quotes, (b) phrases, (d) ids
    for name in ('tasks.csv', 'baselines.csv', 'disagreements.csv'):
        for i, r in enumerate(tables[name], 2):
            q = r['quote']
            if not q or q not in plan: err(f'{name}:{i}: quote not a substring of plan: {q!r}')
            if r['indicator'] and r['indicator'] not in idset: err(f"{name}:{i}: unknown indicator {r['indicator']}")
            if name == 'tasks.csv':
                if not r['phrase'] or r['phrase'] not in q: err(f"{name}:{i}: phrase {r['phrase']!r} not in quote")
                if r['unit'] and r['unit'] not in r['phrase']: err(f"{name}:{i}: unit {r['unit']!r} not in phrase")
                if r['section'] not in plan: err(f"{name}:{i}: section {r['section']!r} not in plan")
            else:
                if r['value'] not in q: err(f"{name}:{i}: value {r['value']!r} not in quote")
                if r['year'] not in ('2010', '2020'): err(f"{name}:{i}: year {r['year']!r}")
            if name == 'baselines.csv':
                if not r['indicator']: err(f'{name}:{i}: indicator required')
                if r['relation'] not in ('same', 'proxy'): err(f"{name}:{i}: relation {r['relation']!r}")
                if r['relation'] == 'proxy' and not r['reason']: err(f'{name}:{i}: proxy row needs a reason')
    t_ids = [r['id'] for r in tables['tasks.csv']]
    if len(t_ids) != len(set(t_ids)): err('tasks.csv: duplicate ids')
    keys = [(r['indicator'], r['year'], r['value']) for r in tables['baselines.csv']]
    if len(keys) != len(set(keys)): err('baselines.csv: a figure is recorded twice for one indicator')
    from collections import Counter
    for topic, n in Counter(r['topic'] for r in tables['disagreements.csv']).items():
        if n < 2: err(f'disagreements.csv: topic {topic} has only {n} row')

    for e in errors: print('FAIL', e)
    counts = ', '.join(f'{k}={len(v)}' for k, v in tables.items())
    print(('OK ' if not errors else f'{len(errors)} error(s); ') + counts)
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
