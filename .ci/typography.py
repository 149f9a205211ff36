#!/usr/bin/env python3
"""Issue 18's counts: lone last characters (孤字) and number|unit splits, read from folio's
layout dumps of the seed, examples/notice.md and every corpus document (default templates).

    python3 .ci/typography.py [FOLIO] [OUTDIR]

A lone line is a body line (not a table, title, head, signature or 版记 line) holding exactly one
Han character, Latin letter or digit (punctuation aside): a one-line paragraph such as "注："
counts too, though nothing can mend it. A split is a line ending in a digit and the first part
of a unit whose rest starts the next line.
"""
import collections, glob, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), 'shared')
folio = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'target/release/folio')
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/folio-typography'
docs = [os.path.join(shared, 'seed/resolution-scraped.txt'), os.path.join(root, 'examples/notice.md')] \
    + sorted(glob.glob(os.path.join(shared, 'corpus/*.txt')))
UNITS = ["平方公里", "平方千米", "立方米", "平方米", "千瓦时", "个百分点", "万元", "亿元", "千米", "公里", "厘米", "毫米",
         "千克", "公斤", "公顷", "小时", "分钟", "人次"]
NOT_BODY = {'table', 'table_header', 'page_number', 'footer', 'title', 'organ', 'doc_number', 'end_block', 'signature', 'date'}
os.makedirs(out, exist_ok=True)
total_lone = total_split = 0
for d in docs:
    name = os.path.splitext(os.path.basename(d))[0]
    r = subprocess.run([folio, 'build', d, '-o', out, '--dump-layout', '-f', 'pdf', '-q', '--no-system-fonts'], capture_output=True, text=True)
    dump = os.path.join(out, name + '.layout.txt')
    if r.returncode != 0 or not os.path.exists(dump):
        print(name, 'FAILED', r.stderr[:300])
        continue
    lines, page = collections.OrderedDict(), 0
    for l in open(dump, encoding='utf-8'):
        if l.startswith('page '):
            page += 1
            continue
        m = re.match(r'\s+L(\d+) x=\s*[\d.]+ y=\s*([\d.]+) (\S+)\s+[\d.]+pt \S+(?: scale=\S+)? (.*)$', l.rstrip('\n'))
        if m:
            lines.setdefault((page, m.group(2), m.group(3)), []).append(m.group(4))
    keys = list(lines)
    lone = [f'p{k[0]} ' + ''.join(lines[k]) for k in keys
            if k[2] not in NOT_BODY and len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', ''.join(lines[k]))) == 1]
    splits = []
    for a, b in zip(keys, keys[1:]):
        ta, tb = ''.join(lines[a]), ''.join(lines[b])
        for u in UNITS:
            for cut in range(1, len(u)):
                if re.search(r'\d' + re.escape(u[:cut]) + '$', ta) and tb.startswith(u[cut:]):
                    splits.append(ta[-6:] + '|' + tb[:4])
    total_lone += len(lone)
    total_split += len(splits)
    print(f'{name[:40]:40} lone={len(lone)} {lone[:4]} unit-splits={splits}')
print('TOTAL lone', total_lone, 'unit splits', total_split)
