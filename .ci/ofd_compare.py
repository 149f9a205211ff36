#!/usr/bin/env python3
"""Issue 17's page comparison: each page of folio's OFD as ofd-core renders it against the same
page of folio's PDF as poppler renders it, at 50 dpi in black and white (50 % grey); a page
passes when at most 2 % of its pixels differ.

How the 50 dpi images are made: both renderers draw the page at 200 dpi (tests/ofd.rs with
FOLIO_OFD_RENDER=DIR writes NAME-N.png; `pdftoppm -r 200` here), and each image is reduced to
50 dpi by averaging every 4 x 4 block (PIL's box filter), so a 50 dpi pixel is grey in
proportion to the ink that covers it. Thresholding a renderer's own 50 dpi antialiasing instead
measures how two rasterisers shade the edges of 11-pixel glyphs (poppler's AA gamma, its stroke
adjustment of 0.5 pt rules), not whether the pages agree: two PDF renderers of folio's one PDF
(MuPDF and poppler) differ by 1.5-3.9 % that way, and by at most 1.9 % this way.

    python3 .ci/ofd_compare.py DIR        prints one line per page, exits 1 if any page fails
"""
import glob, os, subprocess, sys
from PIL import Image

LIMIT = 0.02
DPI, RENDER_DPI = 50, 200
# A4 at 50 dpi: 210 mm is 413.4 pixels, so the two renderers may differ in the last one
SIZE = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))


def page_number(path):
    return int(path.rsplit('-', 1)[1][:-4])


def black_and_white(path):
    """The page at 50 dpi, each pixel the average of the 4 x 4 it covers, cut at 50 % grey."""
    im = Image.open(path).convert('L').resize(SIZE, Image.BOX)
    return im.point(lambda v: 255 if v >= 128 else 0).tobytes()


d = sys.argv[1]
worst, failed = 0.0, False
for pdf in sorted(glob.glob(os.path.join(d, '*.pdf'))):
    name = os.path.splitext(os.path.basename(pdf))[0]
    subprocess.run(['pdftoppm', '-r', str(RENDER_DPI), '-png', pdf, os.path.join(d, f'poppler-{name}')], check=True)
    ofd_pages = sorted(glob.glob(os.path.join(d, f'{name}-*.png')), key=page_number)
    pdf_pages = sorted(glob.glob(os.path.join(d, f'poppler-{name}-*.png')), key=page_number)
    if len(ofd_pages) != len(pdf_pages):
        print(f'FAIL {name}: {len(ofd_pages)} OFD pages, {len(pdf_pages)} PDF pages')
        failed = True
        continue
    for n, (a, b) in enumerate(zip(ofd_pages, pdf_pages), 1):
        pa, pb = black_and_white(a), black_and_white(b)
        diff = sum(1 for x, y in zip(pa, pb) if x != y) / len(pa)
        worst = max(worst, diff)
        ok = diff <= LIMIT
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} page {n}: {diff * 100:.2f} % of pixels differ")
print(f'worst page: {worst * 100:.2f} % (limit {LIMIT * 100:.0f} %)')
sys.exit(1 if failed else 0)
