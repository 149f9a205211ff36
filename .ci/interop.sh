#!/usr/bin/env bash
# Interop checks with outside programs: poppler + qpdf (pdf-metrics), LibreOffice (DOCX → PDF),
# python-docx, headless Chromium (HTML: no network, no overflow, print to PDF, no active script).
# Run by .ci/run after `cargo test --release`; also runnable by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
FOLIO=$ROOT/target/release/folio
METRICS=$ROOT/.ci/pdf-metrics
[ -x "$FOLIO" ] || cargo build --release -q
export SOURCE_DATE_EPOCH=1700000000
fail=0
# Deviations of outside programs that folio cannot fix, each with its reason; a check named
# here is reported as KNOWN instead of failing the run. Keep this list short and explained.
KNOWN=$(grep -v '^#' .ci/known-failures 2>/dev/null | cut -d'|' -f1 | sed 's/ *$//' || true)
report_fail() { # name
  # a here-string, not a pipe: under pipefail, grep -q leaving early made printf's SIGPIPE fail a
  # known entry now and then (seen once: a KNOWN check reported as FAIL on the same output)
  if grep -qxF "$1" <<< "$KNOWN"; then echo "KNOWN $1 (see .ci/known-failures)"; else echo "FAIL $1"; fail=1; fi
}
check() { # name, python condition over the metrics json in m
  local name=$1 json=$2 cond=$3
  if python3 -c "import json,sys; m=json.load(open('$json')); sys.exit(0 if ($cond) else 1)"; then
    echo "ok   $name"
  else
    python3 -c "import json; m=json.load(open('$json')); print({k: m[k] for k in m if k != 'fonts'})"; report_fail "$name"
  fi
}

echo "-- folio PDF (gongwen and jianbao) of the seed"
for t in gongwen jianbao; do
  "$FOLIO" build examples/mianyang-resolution.md -t $t -f pdf,docx,html -o "$OUT/$t" -q --no-system-fonts
  python3 "$METRICS" "$OUT/$t/mianyang-resolution.pdf" --expect examples/mianyang-resolution.md --json > "$OUT/$t/m.json"
  check "pdf $t: A4, qpdf, fonts embedded+subset+unicode, no bad code points" "$OUT/$t/m.json" \
    "'A4' in m['page_size'] and m['qpdf_ok'] and m['fonts_all_embedded_subset_unicode'] and not m['bad_codepoints']"
  check "pdf $t: grid (pdf-metrics) — >= 90% of full CJK lines hold 28, the rest 27/29" "$OUT/$t/m.json" \
    "m['cjk_full_lines'] > 0 and sum(v for k,v in m['cjk_full_line_chars_hist'].items() if k=='28')/m['cjk_full_lines'] >= 0.9 and all(k in ('27','28','29') for k in m['cjk_full_line_chars_hist'])"
  python3 .ci/grid.py "$OUT/$t/mianyang-resolution.pdf" > "$OUT/$t/grid.json"
  check "pdf $t: grid at the template's 28 mm edge — >= 90% hold 28 cells, the rest 27/29" "$OUT/$t/grid.json" \
    "m['lines'] > 40 and m['share28'] >= 0.9 and all(k in ('27','28','29') for k in m['hist'])"
  check "pdf $t: 22 lines on full pages, no kinsoku violations, no missing paragraph, left edge 28 mm" "$OUT/$t/m.json" \
    "all(n in (21,22) for n in m['body_lines_per_page'][1:-1]) and m['kinsoku_line_start_violations']==0 and m['kinsoku_line_end_violations']==0 and not m['missing_paragraphs'] and abs(m['text_left_mm']-28.0)<=0.3"
done

echo "-- LibreOffice: DOCX → PDF"
FC=$OUT/fontconfig; .ci/fontconfig.sh "$FC" >/dev/null
for t in gongwen jianbao; do
  FONTCONFIG_FILE=$FC/fonts.conf timeout 180 soffice --headless -env:UserInstallation=file://$OUT/lo-profile --convert-to pdf --outdir "$OUT/$t/lo" "$OUT/$t/mianyang-resolution.docx" >/dev/null 2>&1
  python3 "$METRICS" "$OUT/$t/lo/mianyang-resolution.pdf" --expect examples/mianyang-resolution.md --json > "$OUT/$t/lo.json"
  python3 - "$OUT/$t/lo.json" "$OUT/$t/m.json" <<'PY' && echo "ok   docx $t via LibreOffice: A4, 22 lines a full page, no missing paragraph, same page count" || report_fail "docx $t via LibreOffice"
import json, sys
lo = json.load(open(sys.argv[1])); pdf = json.load(open(sys.argv[2]))
ok = 'A4' in lo['page_size'] and all(n == 22 for n in lo['body_lines_per_page'][1:-1])
ok = ok and not lo['missing_paragraphs'] and lo['pages'] == pdf['pages']
if not ok:
    print({k: lo[k] for k in ('pages', 'page_size', 'body_lines_per_page', 'missing_paragraphs')}, 'folio pages', pdf['pages'])
sys.exit(0 if ok else 1)
PY
  python3 .ci/grid.py "$OUT/$t/lo/mianyang-resolution.pdf" > "$OUT/$t/lo-grid.json"
  check "docx $t via LibreOffice: grid at the 28 mm edge — >= 90% hold 28 cells" "$OUT/$t/lo-grid.json" "m['lines'] > 40 and m['share28'] >= 0.9"
  check "docx $t via LibreOffice: the other full lines hold 27 or 29 cells" "$OUT/$t/lo-grid.json" "all(k in ('27','28','29') for k in m['hist'])"
  check "docx $t via LibreOffice: grid (pdf-metrics) — >= 90% hold 28, the rest 27/29" "$OUT/$t/lo.json" \
    "m['cjk_full_lines'] > 0 and m['cjk_full_line_chars_hist'].get('28', 0) / m['cjk_full_lines'] >= 0.9 and all(k in ('27','28','29') for k in m['cjk_full_line_chars_hist'])"
  pdftotext "$OUT/$t/lo/mianyang-resolution.pdf" - | tr -d ' \n' | grep "0816-8118728" >/dev/null && echo "ok   docx $t: contact line" || report_fail "docx $t: contact line"
  python3 .ci/line-agreement "$OUT/$t/mianyang-resolution.pdf" "$OUT/$t/lo/mianyang-resolution.pdf" --json > "$OUT/$t/agree.json"
  check "docx $t via LibreOffice: the PDF's page count and >= 95% of its lines (line-agreement)" "$OUT/$t/agree.json" "m['pages'][0] == m['pages'][1] and m['lines'] >= 0.95"
done

echo "-- LibreOffice: the notice's head and end as in the PDF"
"$FOLIO" build examples/notice.md -f pdf,docx -o "$OUT/notice" -q --no-system-fonts
FONTCONFIG_FILE=$FC/fonts.conf timeout 180 soffice --headless -env:UserInstallation=file://$OUT/lo-profile --convert-to pdf --outdir "$OUT/notice/lo" "$OUT/notice/notice.docx" >/dev/null 2>&1
python3 - "$OUT/notice/lo/notice.pdf" "$OUT/notice/notice.pdf" <<'PY' && echo "ok   docx notice via LibreOffice: organ mark on one line, title centred (106 mm ± 1.5), addressee at 28 mm ± 0.7, signer and date where the PDF sets them, 版记 at the foot of page 4" || report_fail "docx notice head"
import sys
sys.path.insert(0, '.ci')
from bbox import words
lo, pdf = words(sys.argv[1]), words(sys.argv[2])
def line(ws, start):
    w = next(w for w in ws if w[4].startswith(start))
    same = [v for v in ws if v[0] == w[0] and abs(v[2] - w[2]) < 1.5]
    return min(v[1] for v in same), max(v[3] for v in same), ''.join(v[4] for v in same)
ok = True
organ = line(lo, '云溪市科技创新促进中心文件')
ok &= organ[2] == '云溪市科技创新促进中心文件'
title = line(lo, '中小企业评价入库工作的通知')
ok &= abs((title[0] + title[1]) / 2 - 106.0) <= 1.5
ok &= abs(line(lo, '各区（县）科技主管部门')[0] - 28.0) <= 0.7
# the signature and the date start where the PDF starts them: the first line that is only them
def lines_of(ws):
    out = {}
    for w in ws:
        k = next((k for k in out if k[0] == w[0] and abs(k[1] - w[2]) < 1.5), (w[0], w[2]))
        out.setdefault(k, []).append(w)
    return [(min(v[1] for v in vs), ''.join(v[4] for v in sorted(vs, key=lambda v: v[1]))) for k, vs in sorted(out.items())]
for text in ('云溪市科技创新促进中心', '2024年3月15日'):
    a = [x for x, t in lines_of(lo) if t == text]
    b = [x for x, t in lines_of(pdf) if t == text]
    if not a or not b or abs(a[0] - b[0]) > 1.0:
        print('LibreOffice sets', text, 'at', a[:1], 'mm, the PDF at', b[:1]); ok = False
# the 版记 stands at the foot of its page, as in the PDF (a floating table LibreOffice would keep
# inline lands at the top): its 印发 line on the same page, within 2 mm of the PDF's
a = [(w[0], w[2]) for w in lo if w[4].endswith('印发')]
b = [(w[0], w[2]) for w in pdf if w[4].endswith('印发')]
if not a or not b or a[-1][0] != b[-1][0] or abs(a[-1][1] - b[-1][1]) > 2.0:
    print('LibreOffice sets the 印发 line at', a[-1:], '(page, mm), the PDF at', b[-1:]); ok = False
if not ok: print(organ, title)
sys.exit(0 if ok else 1)
PY
# the notice's lines in LibreOffice, 35 of 37 (its contact cells share the line the PDF gives them; the
# rest of the gap to 98 % is LibreOffice's CJK-Latin spacing, which DOCX import cannot turn off)
python3 .ci/line-agreement "$OUT/notice/notice.pdf" "$OUT/notice/lo/notice.pdf" --json > "$OUT/notice/agree.json"
check "docx notice via LibreOffice: the PDF's page count and >= 94% of its lines (line-agreement)" "$OUT/notice/agree.json" "m['pages'][0] == m['pages'][1] and m['lines'] >= 0.94"

# --docx-fonts embed: LibreOffice on this machine's own fontconfig (no CJK face at all) prints
# every character in a face the DOCX embeds, and the text of folio's PDF
"$FOLIO" build examples/mianyang-resolution.md -t gongwen -f pdf,docx -o "$OUT/embed" -q --no-system-fonts --docx-fonts embed
timeout 180 soffice --headless -env:UserInstallation=file://$OUT/lo-profile-plain --convert-to pdf --outdir "$OUT/embed/lo" "$OUT/embed/mianyang-resolution.docx" >/dev/null 2>&1 || true
python3 - "$OUT/embed/lo/mianyang-resolution.pdf" "$OUT/embed/mianyang-resolution.pdf" <<'PY' && echo "ok   docx --docx-fonts embed via LibreOffice with no CJK fonts: every character in an embedded face, all of the PDF's text" || report_fail "docx embed: no missing glyph"
import re, subprocess, sys
lo, pdf = sys.argv[1:]
x = subprocess.run(['pdftohtml', '-xml', '-i', '-stdout', lo], capture_output=True, text=True).stdout
fonts = dict(re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]+)"', x))
embedded = ('NotoSerifCJK', 'NotoSansCJK', 'WenKaiSubset', 'LiberationSerif', 'LiberationSans')
stray = [(fonts[f], t) for f, t in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', x) if t.strip() and not any(e in fonts[f].replace(' ', '') for e in embedded)]
han = lambda p: [c for c in subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout if '\u4e00' <= c <= '\u9fff']
a, b = han(lo), han(pdf)
def ink(p):  # dark pixels of page 1 at 30 dpi: a face drawn at the wrong scale leaves the page blank
    pgm = subprocess.run(['pdftoppm', '-r', '30', '-gray', '-f', '1', '-l', '1', p], capture_output=True).stdout
    head = pgm.split(maxsplit=4)
    return sum(1 for v in head[4][-int(head[1]) * int(head[2]):] if v < 128)
ink_lo, ink_pdf = ink(lo), ink(pdf)
ok = not stray and sorted(a) == sorted(b) and len(b) > 2000 and 0.7 < ink_lo / max(1, ink_pdf) < 1.4
if not ok: print('faces:', sorted(set(fonts.values())), 'not embedded:', stray[:5], 'Han', len(a), 'of', len(b), 'ink', ink_lo, 'vs', ink_pdf)
sys.exit(0 if ok else 1)
PY

echo "-- python-docx"
python3 - "$OUT/gongwen/mianyang-resolution.docx" <<'PY' && echo "ok   python-docx reads styles, East Asian fonts, A4 section" || report_fail "python-docx"
import sys, zipfile, re, docx
from docx.shared import Mm
d = docx.Document(sys.argv[1])
names = {s.name for s in d.styles}
assert {'Title', 'heading 1', 'Folio Body'} <= names or {'Title', 'Heading 1', 'Folio Body'} <= names, names
body = d.styles['Folio Body']
rpr = body.element.rPr
east = rpr.rFonts.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia')
assert east == '仿宋_GB2312', east
s = d.sections[0]
assert abs(s.page_width - Mm(210)) < Mm(1) and abs(s.page_height - Mm(297)) < Mm(1)
assert abs(s.top_margin - Mm(37)) < Mm(0.5) and abs(s.left_margin - Mm(28)) < Mm(0.5)
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith('.xml') and re.search(rb'(ascii|hAnsi|eastAsia|cs)Theme', z.read(n)):
        raise SystemExit('theme font in ' + n)
PY

python3 -c "import docx, sys; d = docx.Document(sys.argv[1]); assert sum(len(p.text) for p in d.paragraphs) > 2000" "$OUT/embed/mianyang-resolution.docx" \
  && echo "ok   python-docx reads the DOCX with embedded fonts" || report_fail "python-docx: embedded fonts"

echo "-- Chromium: HTML"
CH="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
for t in gongwen jianbao handout; do
  "$FOLIO" build examples/mianyang-resolution.md -t $t -f html -o "$OUT/html-$t" -q --embed-fonts
  $CH --user-data-dir="$OUT/ch-$t" --print-to-pdf="$OUT/html-$t/print.pdf" --no-pdf-header-footer "file://$OUT/html-$t/mianyang-resolution.html" >/dev/null 2>&1
  "$FOLIO" build examples/mianyang-resolution.md -t $t -f pdf -o "$OUT/html-$t" -q
  python3 "$METRICS" "$OUT/html-$t/print.pdf" --expect examples/mianyang-resolution.md --json > "$OUT/html-$t/p.json"
  python3 "$METRICS" "$OUT/html-$t/mianyang-resolution.pdf" --json > "$OUT/html-$t/f.json"
  python3 - "$OUT/html-$t/p.json" "$OUT/html-$t/f.json" <<'PY' && echo "ok   html $t: prints on A4, every paragraph, contact, pages within one of folio's PDF" || report_fail "html $t print"
import json, sys
p = json.load(open(sys.argv[1])); f = json.load(open(sys.argv[2]))
ok = 'A4' in p['page_size'] and not p['missing_paragraphs'] and abs(p['pages'] - f['pages']) <= 1
if not ok: print(p['page_size'], p['missing_paragraphs'], p['pages'], f['pages'])
sys.exit(0 if ok else 1)
PY
  pdftotext "$OUT/html-$t/print.pdf" - | tr -d ' \n' | grep "0816-8118728" >/dev/null && echo "ok   html $t: contact line printed" || report_fail "html $t: contact"
  if [ $t != handout ]; then
    python3 .ci/line-agreement "$OUT/html-$t/mianyang-resolution.pdf" "$OUT/html-$t/print.pdf" --json > "$OUT/html-$t/agree.json"
    check "html $t print: the PDF's page count and >= 98% of its lines (line-agreement)" "$OUT/html-$t/agree.json" "m['pages'][0] == m['pages'][1] and m['lines'] >= 0.98"
  fi
done
# issue 15: the notice (head, numbers, a blank page before its 版记: >= 98 %) and corpus 02
# (numbers on most lines: >= 95 %) print with the PDF's pages and that share of its lines
# corpus 07's long table (84 %: the web fonts are TrueType, which Chromium prints as CID TrueType fonts
# with true glyph boxes; as CFF they printed as Type 3 fonts whose tall boxes merged rows: 53 %)
for pair in examples/notice.md:0.98 tests/fixtures/corpus/02-tongzhi-jiejiari-2019-short.txt:0.95 tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt:0.97; do
  doc=${pair%:*}; min=${pair##*:}
  stem=$(basename "${doc%.*}"); d="$OUT/html-agree-$stem"
  "$FOLIO" build "$doc" -t gongwen -f pdf,html -o "$d" -q --no-system-fonts
  $CH --user-data-dir="$OUT/ch-agree" --print-to-pdf="$d/print.pdf" --no-pdf-header-footer "file://$d/$stem.html" >/dev/null 2>&1
  python3 .ci/line-agreement "$d/$stem.pdf" "$d/print.pdf" --json > "$d/agree.json"
  check "html $stem print: the PDF's page count and >= $min of its lines (line-agreement)" "$d/agree.json" "m['pages'][0] == m['pages'][1] and m['lines'] >= $min"
done
# Chromium embeds the web fonts as fonts (no Type 3 glyph procedures)
d="$OUT/html-agree-07-yijian-sanji-yiyuan-kaohe-long-table"
if pdffonts "$d/print.pdf" | grep -q "Type 3"; then report_fail "html print: a web font printed as Type 3"; else echo "ok   html print: every web font embedded as a CID TrueType font, none as Type 3"; fi
# the notice's 版记 prints at the foot of its own page, as in the PDF (it printed at the top)
d="$OUT/html-agree-notice"
python3 - "$d/notice.pdf" "$d/print.pdf" <<'PY' && echo "ok   html notice print: the 版记's 印发 line at the foot of page 4, within 12 mm of the PDF's" || report_fail "html notice print: 版记 at the foot"
import sys
sys.path.insert(0, '.ci')
from bbox import words
def last_line(pdf):
    hits = [(w[0], w[2]) for w in words(pdf) if w[4].endswith('印发')]
    return hits[-1] if hits else None
a, b = last_line(sys.argv[1]), last_line(sys.argv[2])
print('PDF', a, 'print', b)
sys.exit(0 if a and b and a[0] == b[0] and abs(a[1] - b[1]) <= 12 else 1)
PY
node_check=$ROOT/.ci/html_check.py
python3 "$node_check" "$FOLIO" "$OUT" || fail=1

echo "-- OFD: read by easyofd (text against pdftotext of the PDF), rendered by ofd-core (pages against pdftoppm of the PDF)"
python3 -c "import easyofd" 2>/dev/null || pip install -q easyofd >/dev/null 2>&1 || true
FOLIO_OFD_RENDER="$OUT/ofd" cargo test --release -q --test ofd the_readers_pages >/dev/null 2>&1 || report_fail "ofd: the OFD tests"
python3 .ci/ofd_text.py "$OUT/ofd" 2>/dev/null || report_fail "ofd: text read by easyofd"
python3 .ci/ofd_compare.py "$OUT/ofd" > "$OUT/ofd/compare.txt" && echo "ok   ofd: pages rendered by ofd-core within 2 % of poppler's pixels" || { tail -1 "$OUT/ofd/compare.txt"; report_fail "ofd: pages rendered by ofd-core within 2 % of poppler's pixels"; }

echo "-- nothing lost: the corpus's imported text in the PDF, DOCX and HTML; nothing below the type area"
python3 .ci/nothing-lost.py "$FOLIO" tests/fixtures/corpus "$OUT/nothing-lost" || report_fail "nothing lost (corpus)"

if [ $fail -ne 0 ]; then echo "interop checks FAILED"; exit 1; fi
echo "interop checks passed"
