#!/usr/bin/env python3
"""Issue 17's text check with a second independent reader: the text of each page of folio's
OFD as the PyPI reader easyofd parses it, against the text poppler extracts from the same page
of folio's PDF (pdftotext), compared as characters with whitespace left out (the two read the
objects of a page, table cells for one, in different orders).

    python3 .ci/ofd_text.py DIR     (NAME.ofd beside NAME.pdf; exits 1 on any difference)
"""
import collections, contextlib, glob, io, os, subprocess, sys, warnings

warnings.simplefilter('ignore')

try:
    from loguru import logger
    logger.remove()
except ImportError:
    pass
from easyofd.ofd import OFD


def squash(s):
    return ''.join(c for c in s if not c.isspace())


failed = False
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.ofd'))):
    name = os.path.splitext(os.path.basename(path))[0]
    ofd = OFD()
    with contextlib.redirect_stdout(io.StringIO()):  # the reader prints as it parses
        ofd.read(path, fmt='path')
    pages = ofd.data[0]['page_info']
    pdf = path[:-4] + '.pdf'
    n_pdf = int(next(l.split()[-1] for l in subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')))
    if len(pages) != n_pdf:
        print(f'FAIL {name}: easyofd reads {len(pages)} pages, the PDF has {n_pdf}')
        failed = True
        continue
    bad = []
    for n in range(n_pdf):
        got = collections.Counter(squash(''.join(t['text'] for t in pages[n]['text_list'])))
        want = collections.Counter(squash(subprocess.run(['pdftotext', '-f', str(n + 1), '-l', str(n + 1), pdf, '-'], capture_output=True, text=True).stdout))
        if got != want:
            bad.append((n + 1, dict(got - want), dict(want - got)))
    if bad:
        failed = True
        print(f'FAIL {name}: pages whose text differs (page, only in the OFD, only in the PDF): {bad[:3]}')
    else:
        print(f'ok   {name}: {n_pdf} pages, the same text as the PDF on each')
sys.exit(1 if failed else 0)
