#!/usr/bin/env python3
"""Issue 13's acceptance on the corpus, measured on the written files with outside readers.

usage: nothing-lost.py FOLIO CORPUS_DIR WORK_DIR

For every document: `folio import` → Markdown; its body's Han characters (link targets and
image paths aside) must all be printed in the PDF (pdftotext), the DOCX (every w:t of every
part) and the HTML (text nodes), counted character by character. On every PDF page no word
lies below 263.5 mm except the page number (`— N —`), and none below 276 mm at all
(pdftotext -bbox). Prints one line per document and a total; exits 1 on any loss or overflow.
"""
import collections, html.parser, os, re, subprocess, sys, zipfile

MM = 72 / 25.4
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')


def han(s):
    return collections.Counter(HAN.findall(s))


def markdown_body(md):
    body = re.sub(r'(?s)\A---\n.*?\n---\n', '', md)
    body = re.sub(r'\]\([^)]*\)', ']', body)          # link targets and image paths
    body = re.sub(r'<!--.*?-->', '', body, flags=re.S)
    return body


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ('style', 'script', 'title')

    def handle_endtag(self, tag):
        self.skip -= tag in ('style', 'script', 'title') and self.skip > 0

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if n.startswith('word/') and n.endswith('.xml')]
        return ''.join(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', z.read(n).decode())) for n in parts)


def overflow(pdf):
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
    bad = []
    for n, page in enumerate(out.split('<page ')[1:], 1):
        words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)
        low = [(float(y1) / MM, w) for y0, y1, w in words if float(y1) / MM > 263.5]
        number = {w for _, w in low if re.fullmatch(r'[—–-]*\d*[—–-]*', w)}
        for y, w in low:
            if y > 276 or w not in number:
                bad.append(f'page {n}: `{w}` at {y:.1f} mm')
    return bad


def main():
    folio, corpus, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    failed = 0
    total = printed = 0
    for f in sorted(os.listdir(corpus)):
        if not f.endswith('.txt'):
            continue
        stem, src = f[:-4], os.path.join(corpus, f)
        md = os.path.join(work, stem + '.md')
        subprocess.run([folio, 'import', src, '-o', md], capture_output=True, check=True)
        want = han(markdown_body(open(md, encoding='utf-8').read()))
        subprocess.run([folio, 'build', src, '-f', 'pdf,docx,html', '-o', work, '-q', '--no-system-fonts'], check=True)
        p = Text()
        p.feed(open(os.path.join(work, stem + '.html'), encoding='utf-8').read())
        got = {
            'pdf': han(subprocess.run(['pdftotext', os.path.join(work, stem + '.pdf'), '-'], capture_output=True, text=True).stdout),
            'docx': han(docx_text(os.path.join(work, stem + '.docx'))),
            'html': han(''.join(p.out)),
        }
        n = sum(want.values())
        losses = {fmt: sum((want - g).values()) for fmt, g in got.items()}
        total += 3 * n
        printed += 3 * n - sum(losses.values())
        over = overflow(os.path.join(work, stem + '.pdf'))
        ok = not any(losses.values()) and not over
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {stem}: {n} Han characters; missing pdf {losses['pdf']}, docx {losses['docx']}, html {losses['html']}; {len(over)} below the type area")
        for o in over[:5]:
            print('       ' + o)
    print(f'{printed}/{total} Han characters printed ({100 * printed / max(1, total):.2f} %), {failed} documents failing')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
