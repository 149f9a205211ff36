#!/usr/bin/env bash
# Batch benchmark: N generated seed-sized documents (default 1000) to PDF, DOCX and HTML in one
# process; prints wall time, documents per second and peak memory (GNU time). Also times one
# document per process (start-up included) and, when Typst is installed (`pip install typst`),
# the same seed through Typst for a ratio.
#   benches/batch.sh [N] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
JOBS=${2:-$(nproc)}
cargo build --release -q
FOLIO=$PWD/target/release/folio
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
python3 - "$W/src" "$N" <<'PY'
import os, sys, re
out, n = sys.argv[1], int(sys.argv[2])
seed = open('examples/mianyang-resolution.md', encoding='utf-8').read()
for i in range(n):
    d = os.path.join(out, f'batch{i % 10}')
    os.makedirs(d, exist_ok=True)
    doc = seed.replace('issue: "12"', f'issue: "{i + 1}"').replace('title: 市人大常委会决议', f'title: 第{i + 1}号 市人大常委会决议')
    open(os.path.join(d, f'doc{i:05}.md'), 'w', encoding='utf-8').write(doc)
PY
echo "machine: $(nproc) cores, $(uname -m); documents: $N; jobs: $JOBS"
/usr/bin/time -v "$FOLIO" build "$W/src" -f pdf,docx,html -o "$W/out" -j "$JOBS" -q --no-system-fonts 2> "$W/time.txt" || true
wall=$(grep "Elapsed (wall clock)" "$W/time.txt" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$W/time.txt" | awk '{print $NF}')
# CPU time: on a shared machine the wall time swings with the disk and the neighbours, the CPU
# time much less; compare builds by both
user=$(grep "User time (seconds)" "$W/time.txt" | awk '{print $NF}')
sys=$(grep "System time (seconds)" "$W/time.txt" | awk '{print $NF}')
secs=$(python3 -c "t='$wall'.split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(t))))")
outputs=$(find "$W/out" -type f | wc -l)
python3 -c "print(f'batch: {$N} documents, {$outputs} outputs in {$secs:.2f} s = {$N/$secs:.1f} documents/s, peak RSS {$rss/1024:.1f} MB, CPU {$user:.2f} s user + {$sys:.2f} s system')"
# one document per process, start-up included
t0=$(date +%s%N)
for i in $(seq 1 20); do "$FOLIO" build examples/mianyang-resolution.md -o "$W/one" -q --no-system-fonts; done
t1=$(date +%s%N)
python3 -c "print(f'one document per process (seed → pdf): {($t1-$t0)/20/1e6:.1f} ms a run')"
ls -l "$W/one/mianyang-resolution.pdf" | awk '{print "seed PDF size:", $5, "bytes"}'
if command -v typst >/dev/null 2>&1 || python3 -c "import typst" 2>/dev/null; then
  python3 - "$W" <<'PY'
import sys, time, re, os
import typst
w = sys.argv[1]
src = open('examples/mianyang-resolution.md', encoding='utf-8').read().split('---\n', 2)[2]
body = re.sub(r'^## (.*)$', r'= \1', src, flags=re.M)
doc = '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm))\n#set text(font: ("Liberation Serif", "Noto Serif CJK SC"), size: 16pt, lang: "zh")\n#show heading: set text(font: ("Liberation Sans", "Noto Sans CJK SC"), size: 16pt, weight: "regular")\n#set par(first-line-indent: 2em, justify: true)\n' + body
open(os.path.join(w, 'seed.typ'), 'w', encoding='utf-8').write(doc)
t0 = time.time()
for _ in range(5):
    typst.compile(os.path.join(w, 'seed.typ'), output=os.path.join(w, 'seed-typst.pdf'), font_paths=['fonts'])
print(f'typst (python binding, same seed, folio\'s embedded fonts): {(time.time() - t0) / 5 * 1000:.1f} ms a run, PDF {os.path.getsize(os.path.join(w, "seed-typst.pdf"))} bytes')
PY
fi
