#!/usr/bin/env python3
"""Cells per full all-Chinese line of a PDF, measured against the template's own left edge.

pdf-metrics takes the most common line start of each page as the left margin. On pages of
short paragraphs (the seed has many two-line paragraphs) the 2-character indent is as common
as the margin, and it then counts paragraph first lines as full lines of 26. This script
reuses pdf-metrics' line reconstruction but takes the left edge from the template (28 mm):
a line starting at the margin counts its characters, a line starting 2 cells in counts 2 more;
lines of display type (organ mark, masthead) are left out.

    python3 .ci/grid.py FILE.pdf [--left-mm 28] [--measure-mm 156]

Prints JSON: {"hist": {"28": n, ...}, "lines": n, "share28": x}.
"""
import collections, json, re, sys
from importlib.machinery import SourceFileLoader
import os

pm = SourceFileLoader('pdf_metrics', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-metrics')).load_module()

args = sys.argv[1:]
path = args[0]
left_mm = float(args[args.index('--left-mm') + 1]) if '--left-mm' in args else 28.0
measure_mm = float(args[args.index('--measure-mm') + 1]) if '--measure-mm' in args else 156.0
PT = pm.PT_PER_MM
left, cell = left_mm * PT, measure_mm / 28 * PT
hist = collections.Counter()
for page in pm.lines_from_bbox(path):
    lines = pm.body_lines(page)
    if len(lines) < 5:
        continue
    right = collections.Counter(round(l['x1']) for l in lines).most_common(1)[0][0]
    body_h = collections.Counter(round(l['y'] - l['top']) for l in lines).most_common(1)[0][0]
    for l in lines:
        t = pm.nows(l['text'])
        # full lines of body-size Chinese only (not the organ mark or the masthead)
        if re.search(r'[\x21-\x7e\u00a0-\u024f]', t) or abs(l['x1'] - right) >= 2.5 or l['y'] - l['top'] > body_h * 1.3:
            continue
        if abs(l['x0'] - left) < 1.5:
            hist[len(t)] += 1
        elif abs(l['x0'] - (left + 2 * cell)) < 1.5:
            hist[len(t) + 2] += 1
n = sum(hist.values())
print(json.dumps({'hist': {str(k): v for k, v in sorted(hist.items())}, 'lines': n, 'share28': round(hist[28] / n, 3) if n else 0}))
