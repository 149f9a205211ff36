#!/usr/bin/env bash
# Issue 15's table: folio's PDF against LibreOffice's rendering of folio's DOCX and against
# Chromium's print of folio's HTML, measured with shared/tools/line-agreement (copied as
# .ci/line-agreement). The official face names map to folio's open faces through a private
# fontconfig, as a machine that has the faces would. usage: .ci/agreement.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${1:-$(mktemp -d)}; mkdir -p "$OUT"
FOLIO=$ROOT/target/release/folio
export SOURCE_DATE_EPOCH=1700000000
FC=$OUT/fontconfig; .ci/fontconfig.sh "$FC" >/dev/null
CH="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
row() { # name input template
  local name=$1 in=$2 t=$3 d=$OUT/$1 stem
  stem=$(basename "${in%.*}")
  mkdir -p "$d"
  "$FOLIO" build "$in" -t "$t" -f pdf,docx,html -o "$d" -q --no-system-fonts ${EMBED:-}
  FONTCONFIG_FILE=$FC/fonts.conf timeout 300 soffice --headless -env:UserInstallation=file://$OUT/lo-profile \
    --convert-to pdf --outdir "$d/lo" "$d/$stem.docx" >/dev/null 2>&1
  $CH --user-data-dir="$OUT/ch" --print-to-pdf="$d/print.pdf" --no-pdf-header-footer "file://$d/$stem.html" >/dev/null 2>&1
  python3 - "$name" "$d/$stem.pdf" "$d/lo/$stem.pdf" "$d/print.pdf" <<'PY'
import json, subprocess, sys
name, ref, lo, pr = sys.argv[1:]
def m(o): return json.loads(subprocess.run(['python3', '.ci/line-agreement', ref, o, '--json'], capture_output=True, text=True).stdout)
a, b = m(lo), m(pr)
print(f"| {name} | {a['pages'][1]} vs {a['pages'][0]}, {a['lines']*100:.0f} % | {b['pages'][1]} vs {b['pages'][0]}, {b['lines']*100:.0f} % |")
PY
}
echo "| document | DOCX in LibreOffice: pages vs PDF, lines kept | HTML print: pages vs PDF, lines kept |"
echo "|---|---|---|"
row seed-gongwen examples/mianyang-resolution.md gongwen
row seed-jianbao examples/mianyang-resolution.md jianbao
row notice examples/notice.md gongwen
row corpus02 tests/fixtures/corpus/02-tongzhi-jiejiari-2019-short.txt gongwen
row corpus07 tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt gongwen
