#!/usr/bin/env python3
"""Issue 17's page comparison: each page of folio's OFD as ofd-core renders it (tests/ofd.rs
with FOLIO_OFD_RENDER=DIR writes NAME-N.png at 50 dpi beside NAME.pdf) against the same page of
folio's PDF as poppler renders it (pdftoppm -r 50). Both are turned to black and white at 50 %
grey; a page passes when at most 2 % of its pixels differ.

    python3 .ci/ofd_compare.py DIR        prints one line per page, exits 1 if any page fails
"""
import glob, os, subprocess, sys
from PIL import Image

LIMIT = 0.02
d = sys.argv[1]
worst, failed = 0.0, False
for pdf in sorted(glob.glob(os.path.join(d, '*.pdf'))):
    name = os.path.splitext(os.path.basename(pdf))[0]
    subprocess.run(['pdftoppm', '-r', '50', '-png', pdf, os.path.join(d, f'poppler-{name}')], check=True)
    ofd_pages = sorted(glob.glob(os.path.join(d, f'{name}-*.png')), key=lambda p: int(p.rsplit('-', 1)[1][:-4]))
    pdf_pages = sorted(glob.glob(os.path.join(d, f'poppler-{name}-*.png')), key=lambda p: int(p.rsplit('-', 1)[1][:-4]))
    if len(ofd_pages) != len(pdf_pages):
        print(f'FAIL {name}: {len(ofd_pages)} OFD pages, {len(pdf_pages)} PDF pages')
        failed = True
        continue
    for n, (a, b) in enumerate(zip(ofd_pages, pdf_pages), 1):
        ia = Image.open(a).convert('L').point(lambda v: 255 if v >= 128 else 0)
        ib = Image.open(b).convert('L').point(lambda v: 255 if v >= 128 else 0)
        # 210 mm at 50 dpi is 413.4 pixels: one renderer rounds down, the other up
        w, h = min(ia.size[0], ib.size[0]), min(ia.size[1], ib.size[1])
        pa, pb = ia.crop((0, 0, w, h)).tobytes(), ib.crop((0, 0, w, h)).tobytes()
        diff = sum(1 for x, y in zip(pa, pb) if x != y) / len(pa)
        worst = max(worst, diff)
        ok = diff <= LIMIT
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} page {n}: {diff * 100:.2f} % of pixels differ")
print(f'worst page: {worst * 100:.2f} % (limit {LIMIT * 100:.0f} %)')
sys.exit(1 if failed else 0)
