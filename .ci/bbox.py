"""Words of a PDF as poppler reads them, for the interop checks that compare positions.

    from bbox import words   # with .ci on sys.path
    words(pdf) -> [(page, x_min_mm, y_min_mm, x_max_mm, text), ...]   pages count from 1
"""
import re
import subprocess

MM = 2.8346


def words(pdf):
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
    page, ws = 0, []
    for l in out.splitlines():
        if '<page ' in l:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)".*>(.*)</word>', l)
        if m:
            ws.append((page, float(m[1]) / MM, float(m[2]) / MM, float(m[3]) / MM, m[4]))
    return ws
