#!/usr/bin/env python3
"""Whole process against whole process: folio and Typst on the same seed, in one run.

    python3 benches/vs-typst.py [PAIRS] [FOLIO]

Runs PAIRS (default 7) alternating pairs, cold each time (a new process each):
  folio  `folio build examples/mianyang-resolution.md -f pdf --no-system-fonts`
  typst  the same text in a GB/T 9704 Typst template with folio's own faces (fonts/) and no
         system fonts: the native `typst` CLI when it is on PATH (`cargo install typst-cli`),
         else the PyPI package `typst` run in a fresh Python, timed inside that Python from
         just after `import typst` to the written file (interpreter start and import are not
         counted; font loading, compiling and writing are, as in the native CLI).
Prints each pair, the medians, the ratio folio / Typst, peak memory (GNU time, in three runs
after the timed ones) and PDF sizes.
"""
import os, re, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
folio = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'target/release/folio')
seed = os.path.join(root, 'examples/mianyang-resolution.md')
w = tempfile.mkdtemp(prefix='folio-vs-typst-')

# The seed's body in Typst: level-1 headings as headings, the rest as paragraphs.
src = open(seed, encoding='utf-8').read().split('---\n', 2)[2]
body = re.sub(r'^## (.*)$', r'= \1', src, flags=re.M)
typ = os.path.join(w, 'seed.typ')
open(typ, 'w', encoding='utf-8').write(
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm),\n'
    '  footer: context align(center)[— #counter(page).display() —])\n'
    '#set text(font: ("Liberation Serif", "Noto Serif CJK SC"), size: 16pt, lang: "zh")\n'
    '#set par(first-line-indent: (amount: 2em, all: true), justify: true, leading: 12.6pt, spacing: 12.6pt)\n'
    '#show heading: set text(font: ("Liberation Sans", "Noto Sans CJK SC"), size: 16pt, weight: "regular")\n'
    '#align(center, text(size: 22pt)[市人大常委会决议])\n' + body)
typ_pdf = os.path.join(w, 'seed-typst.pdf')
fonts = os.path.join(root, 'fonts')

native = shutil.which('typst')
if native:
    typst_cmd = [native, 'compile', '--ignore-system-fonts', '--font-path', fonts, typ, typ_pdf]
else:
    code = (f'import time, typst; t = time.perf_counter(); '
            f'typst.compile({typ!r}, output={typ_pdf!r}, font_paths=[{fonts!r}], ignore_system_fonts=True); '
            f'print(time.perf_counter() - t)')
    typst_cmd = [sys.executable, '-c', code]
folio_cmd = [folio, 'build', seed, '-f', 'pdf', '-o', w, '-q', '--no-system-fonts']


def timed(cmd, inner=False):
    """Wall seconds of one process, from its spawn to its exit (nothing between this script and
    the program: a `/usr/bin/time` around it added 2.4 ms to folio's 12.4 on this machine); with
    `inner`, the seconds the process printed itself."""
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f'failed: {" ".join(cmd)}\n{r.stderr}')
    return float(r.stdout.strip().splitlines()[-1]) if inner else wall


def peak_kib(cmd):
    """Peak resident memory (KiB) of one process, under GNU time, in a run that is not timed."""
    r = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'failed: {" ".join(cmd)}\n{r.stderr}')
    return int(r.stderr.strip().splitlines()[-1])


timed(folio_cmd), timed(typst_cmd, inner=not native)  # warm the page cache
fo, ty = [], []
for i in range(pairs):
    f = timed(folio_cmd)
    t = timed(typst_cmd, inner=not native)
    fo.append(f)
    ty.append(t)
    print(f'pair {i + 1}: folio {f * 1000:.1f} ms, typst {t * 1000:.1f} ms')
fmem = [peak_kib(folio_cmd) for _ in range(3)]
tmem = [peak_kib(typst_cmd) for _ in range(3)] if native else []
f_med, t_med = statistics.median(fo), statistics.median(ty)
how = 'native CLI' if native else 'PyPI package, timed inside Python after its import'
print(f'typst: {how}')
print(f'median folio {f_med * 1000:.1f} ms, typst {t_med * 1000:.1f} ms, ratio {f_med / t_med:.2f}')
print(f'peak memory (median): folio {statistics.median(fmem) / 1024:.1f} MiB' + (f', typst {statistics.median(tmem) / 1024:.1f} MiB' if native else ''))
print(f'PDF size: folio {os.path.getsize(os.path.join(w, "mianyang-resolution.pdf"))} bytes, '
      f'typst {os.path.getsize(typ_pdf)} bytes')
shutil.rmtree(w)
