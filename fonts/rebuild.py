#!/usr/bin/env python3
"""Rebuild every font file in fonts/ from Debian's packages, byte for byte.

    python3 fonts/rebuild.py            # downloads the pinned .debs, subsets, writes fonts/*.otf|ttf
    python3 fonts/rebuild.py --check    # rebuilds into a temporary folder and compares with fonts/

Needs: apt-get (Debian 12), dpkg-deb, python3 with venv; fontTools is installed into a
private venv at the pinned version, so the result never depends on what pip has lying around.

Why the steps are what they are is in fonts/README.md and ../shared/spec/fonts.md:
  * coverage "a2" = GB 2312 + the 8,105 characters of 通用规范汉字表 (Unihan kTGH) + Latin-1,
    general and CJK punctuation, enclosed numbers, full-width forms; the body face adds GBK;
  * only the DFLT and ZHS language systems are kept, so the Japanese/Korean/Traditional locl
    alternates do not double the size, while zh-Hans locl (full-width dash) stays;
  * LXGW WenKai has Reserved Font Names "LXGW" and "霞鹜": the subset is renamed;
  * hinting is dropped (--no-hinting): PDF and screen renderers do not use CFF hints for CJK,
    and they were a sixth of every glyph folio embeds in a PDF (and of the binary);
  * the glyphs of the frequent characters come first (ASCII, punctuation, GB 2312's symbols and
    its 3,755 level-1 hanzi, in GB order): a document's glyphs then sit in the first megabyte of
    each face, so subsetting touches (and the kernel maps) a fifth of the pages it did;
  * Liberation fonts (Reserved Font Name "Liberation") are shipped unmodified.
"""
import bz2, hashlib, os, shutil, subprocess, sys, tempfile, venv

HERE = os.path.dirname(os.path.abspath(__file__))
FONTTOOLS = "fonttools==4.68.0"
EPOCH = "1700000000"  # fixes head.modified; any constant works, this one is documented in README.md
DEBS = {
    "fonts-noto-cjk": "1:20220127+repack1-1",
    "fonts-lxgw-wenkai": "1.250+repack-1",
    "fonts-liberation2": "2.1.5-1",
    "unicode-data": "15.0.0-1",
}
NOTO = "usr/share/fonts/opentype/noto/"
# output file -> (source file inside the debs, family to pick from a .ttc, coverage, rename)
SUBSETS = {
    "NotoSerifCJKsc-Regular-gbk.otf": (NOTO + "NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "gbk", None),
    "NotoSerifCJKsc-Bold-a2.otf": (NOTO + "NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "a2", None),
    "NotoSansCJKsc-Regular-a2.otf": (NOTO + "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "a2", None),
    "WenKaiSubset-Regular-a2.ttf": ("usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None, "a2",
                                    ("WenKai Subset", "文楷子集", "WenKaiSubset-Regular")),
}
COPIED = {
    "LiberationSerif-Regular.ttf": "usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf": "usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSans-Regular.ttf": "usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
}
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2460, 0x249F), (0x3000, 0x303F),
          (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]


def sh(*args, **kw):
    subprocess.run(args, check=True, **kw)


def fetch(work):
    debs = os.path.join(work, "debs")
    root = os.path.join(work, "root")
    os.makedirs(debs, exist_ok=True)
    sh("apt-get", "download", *[f"{p}={v}" for p, v in DEBS.items()], cwd=debs,
       stdout=subprocess.DEVNULL)
    for f in sorted(os.listdir(debs)):
        sh("dpkg-deb", "-x", os.path.join(debs, f), root)
    return root


def coverage(root):
    """The code point sets, as sorted lists."""
    a2 = set()
    for lo, hi in RANGES:
        a2.update(range(lo, hi + 1))
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                a2.update(ord(c) for c in bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    with bz2.open(os.path.join(root, "usr/share/unicode/Unihan_OtherMappings.txt.bz2"), "rt") as f:
        tgh = [int(l.split("\t")[0][2:], 16) for l in f if "\tkTGH\t" in l]
    assert len(tgh) == 8105, len(tgh)
    a2.update(tgh)
    gbk = set(a2)
    for b1 in range(0x81, 0xFF):
        for b2 in range(0x40, 0xFF):
            try:
                gbk.update(ord(c) for c in bytes([b1, b2]).decode("gbk"))
            except UnicodeDecodeError:
                pass
    return {"a2": sorted(a2), "gbk": sorted(gbk)}


def pick_from_ttc(py, src, family, out):
    """Write the member of a .ttc whose family is `family`, keeping only DFLT and ZHS lang systems."""
    code = r'''
import sys
from fontTools.ttLib import TTCollection
src, family, out = sys.argv[1:4]
for font in TTCollection(src).fonts:
    if font["name"].getDebugName(1) == family:
        for tag in ("GSUB", "GPOS"):
            if tag in font:
                for rec in font[tag].table.ScriptList.ScriptRecord:
                    s = rec.Script
                    s.LangSysRecord = [r for r in s.LangSysRecord if r.LangSysTag == "ZHS "]
                    s.LangSysCount = len(s.LangSysRecord)
        font.save(out)
        break
else:
    sys.exit("family not found: " + family)
'''
    sh(py, "-c", code, src, family, out)


def rename(py, path, names):
    family, family_zh, ps = names
    code = r'''
import sys
from fontTools.ttLib import TTFont
path, family, family_zh, ps = sys.argv[1:5]
f = TTFont(path)
for rec in f["name"].names:
    zh = rec.langID in (0x804, 0x404, 0xC04, 0x1004, 0x1404)
    fam = family_zh if zh else family
    if rec.nameID in (1, 16):
        rec.string = fam
    elif rec.nameID in (4, 18):
        rec.string = fam + " Regular" if not zh else fam
    elif rec.nameID == 3:
        rec.string = ps + ";folio subset"
    elif rec.nameID == 6:
        rec.string = ps
    elif rec.nameID in (17, 21, 22) and ("LXGW" in rec.toUnicode() or "霞鹜" in rec.toUnicode()):
        rec.string = "Regular"
    # name IDs 0 (copyright), 13 (licence) and the rest keep their text: the notices must stay.
if "CFF " in f:
    f["CFF "].cff.fontNames = [ps]
f.save(path)
'''
    sh(py, "-c", code, path, family, family_zh, ps)


def frequent_first():
    """The code points whose glyphs go first: ASCII, general and CJK punctuation, full-width
    forms, then GB 2312's symbol rows and its level-1 hanzi (the 3,755 frequent ones) in GB order."""
    cps = [*range(0x20, 0x7F), *range(0x2000, 0x2070), *range(0x3000, 0x3040), *range(0xFF00, 0xFFF0)]
    for b1 in [*range(0xA1, 0xAA), *range(0xB0, 0xD8)]:
        for b2 in range(0xA1, 0xFF):
            try:
                cps.extend(ord(c) for c in bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return cps


def reorder(py, path, work):
    """Put the glyphs of the frequent characters first, everything else in its old order.
    fontTools' reorderGlyphs fixes the layout tables' coverages; a CID-keyed CFF's FDSelect and
    a glyf table's own order are set here (reorderGlyphs leaves both in the old order)."""
    first = os.path.join(work, "frequent.txt")
    with open(first, "w") as f:
        f.write(" ".join(str(c) for c in frequent_first()))
    code = r'''
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.reorderGlyphs import reorderGlyphs
path, first = sys.argv[1:3]
f = TTFont(path)
old = f.getGlyphOrder()
cmap = f.getBestCmap()
new, seen = [old[0]], {old[0]}
for cp in map(int, open(first).read().split()):
    g = cmap.get(cp)
    if g and g not in seen:
        seen.add(g)
        new.append(g)
new += [g for g in old if g not in seen]
fdselect = None
if "CFF " in f:
    top = f["CFF "].cff.topDictIndex[0]
    for name in old:
        top.CharStrings[name]
    if hasattr(top, "FDSelect"):
        fdselect = list(top.FDSelect.gidArray)
reorderGlyphs(f, new)
if fdselect is not None:
    at = {n: i for i, n in enumerate(old)}
    f["CFF "].cff.topDictIndex[0].FDSelect.gidArray = [fdselect[at[n]] for n in new]
if "glyf" in f:
    f["glyf"].glyphOrder = new
f.save(path)
'''
    sh(py, "-c", code, path, first)


# The crate (sub-folder of fonts/) each file goes to: each crate stays under crates.io's limit.
CRATE = {
    "NotoSerifCJKsc-Regular-gbk.otf": "serif",
    "WenKaiSubset-Regular-a2.ttf": "kai",
}


# Faces stored without CFF subroutines (pyftsubset --desubroutinize): each glyph's charstring
# whole and in one place, so that folio subsets them by copying charstrings (src/render/cff.rs)
# rather than decompiling each to find its subroutines (issue 16's note: the seed's body subset
# went from 12 ms to under 1 ms). The files grow 4-10 %.
FLAT = {"NotoSerifCJKsc-Regular-gbk.otf", "NotoSerifCJKsc-Bold-a2.otf", "NotoSansCJKsc-Regular-a2.otf"}


def place(out_dir, name):
    """Where a font file lives: its crate's folder (fonts/more unless CRATE says otherwise)."""
    return os.path.join(out_dir, CRATE.get(name, "more"), name)


def build(out_dir, work):
    env_dir = os.path.join(work, "venv")
    venv.create(env_dir, with_pip=True)
    py = os.path.join(env_dir, "bin", "python")
    sh(py, "-m", "pip", "install", "-q", FONTTOOLS)
    root = fetch(work)
    sets = coverage(root)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONHASHSEED="0")
    for name, cps in sets.items():
        with open(os.path.join(work, name + ".txt"), "w") as f:
            f.write("\n".join("U+%04X" % c for c in cps))
    for out, (src, family, cov, names) in SUBSETS.items():
        src = os.path.join(root, src)
        if family:
            picked = os.path.join(work, out + ".picked")
            pick_from_ttc(py, src, family, picked)
            src = picked
        dst = place(out_dir, out)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        sh(py, "-m", "fontTools.subset", src, "--unicodes-file=" + os.path.join(work, cov + ".txt"),
           "--layout-features+=fwid,hwid,pwid", "--name-IDs=*", "--name-languages=*", "--name-legacy",
           "--notdef-outline", "--no-hinting", "--output-file=" + dst,
           *(["--desubroutinize"] if out in FLAT else []), env=env)
        if names:
            rename(py, dst, names)
        reorder(py, dst, work)
        print(f"{out}: {os.path.getsize(dst):,} bytes, {len(sets[cov]):,} code points requested")
    for out, src in COPIED.items():
        os.makedirs(os.path.dirname(place(out_dir, out)), exist_ok=True)
        shutil.copyfile(os.path.join(root, src), place(out_dir, out))
    for pkg, lic in (("fonts-noto-cjk", "LICENSE-NotoCJK.txt"), ("fonts-lxgw-wenkai", "LICENSE-WenKai.txt"),
                     ("fonts-liberation2", "LICENSE-Liberation.txt")):
        # each crate carries the licences of the files it holds
        for crate in {"LICENSE-NotoCJK.txt": ("serif", "more"), "LICENSE-WenKai.txt": ("kai",), "LICENSE-Liberation.txt": ("more",)}[lic]:
            os.makedirs(os.path.join(out_dir, crate), exist_ok=True)
            shutil.copyfile(os.path.join(root, "usr/share/doc", pkg, "copyright"), os.path.join(out_dir, crate, lic))


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main():
    check = "--check" in sys.argv
    with tempfile.TemporaryDirectory() as work:
        out_dir = os.path.join(work, "out") if check else HERE
        os.makedirs(out_dir, exist_ok=True)
        os.environ["SOURCE_DATE_EPOCH"] = EPOCH
        build(out_dir, work)
        if check:
            bad = [f for f in list(SUBSETS) + list(COPIED)
                   if digest(place(out_dir, f)) != digest(place(HERE, f))]
            print("identical" if not bad else "DIFFERENT: " + ", ".join(bad))
            sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
