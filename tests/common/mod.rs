//! Helpers shared by the integration tests: run the `folio` binary, read PDFs back (pure Rust),
//! make temporary folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

pub fn folio() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_folio"));
    c.env("SOURCE_DATE_EPOCH", "1700000000").env_remove("FOLIO_TEMPLATE").env_remove("FOLIO_FORMATS").env_remove("FOLIO_OUTPUT").env("CI", "1");
    c
}

pub fn run(args: &[&str]) -> Output {
    folio().args(args).output().expect("folio runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example(name: &str) -> String {
    root().join("examples").join(name).to_string_lossy().into_owned()
}

/// A fresh temporary folder for one test, removed when the test ends — kept when it fails, so
/// the outputs can be looked at.
pub fn tmp(name: &str) -> TmpDir {
    let d = std::env::temp_dir().join(format!("folio-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    TmpDir(d)
}

/// `text` written to `file` in a fresh folder and built to `formats` with the embedded fonts
/// only, as a user would (`folio build FILE -f FORMATS -o FOLDER --no-system-fonts -q`); the
/// build must succeed. The folder, holding the outputs.
pub fn build_text(name: &str, file: &str, text: &str, formats: &str) -> TmpDir {
    let d = tmp(name);
    let f = d.join(file);
    std::fs::write(&f, text).unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", formats, "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    d
}

/// A folder made by [`tmp`]; it reads as the `Path` it names.
pub struct TmpDir(PathBuf);

impl std::ops::Deref for TmpDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TmpDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl TmpDir {
    /// The path of `name` in this folder, which lives as long as that path is held.
    pub fn file(self, name: &str) -> TmpFile {
        TmpFile { path: self.0.join(name), _dir: self }
    }
}

/// A file's path in a [`TmpDir`] that keeps the folder until the path is dropped.
pub struct TmpFile {
    path: PathBuf,
    _dir: TmpDir,
}

impl std::ops::Deref for TmpFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for TmpFile {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl Drop for TmpDir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// The files of `dir` whose names end in `.ext`, sorted.
pub fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    files.sort();
    files
}

/// The text of HTML or XML markup: tags removed, the usual entities unescaped.
pub fn tag_text(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
}

/// Every value of `key` in the PDF's dictionaries (names and strings as text), read with lopdf,
/// which unpacks object streams: the catalog, the fonts and the document information are
/// compressed there, so a search of the raw bytes would not see them.
pub fn pdf_values(pdf: &[u8], key: &str) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let mut out = Vec::new();
    let mut dicts: Vec<&lopdf::Dictionary> = vec![&doc.trailer];
    for o in doc.objects.values() {
        match o {
            lopdf::Object::Dictionary(d) => dicts.push(d),
            lopdf::Object::Stream(s) => dicts.push(&s.dict),
            _ => {}
        }
    }
    while let Some(d) = dicts.pop() {
        for (k, v) in d.iter() {
            match v {
                lopdf::Object::Dictionary(inner) => dicts.push(inner),
                lopdf::Object::Array(a) => dicts.extend(a.iter().filter_map(|x| x.as_dict().ok())),
                _ => {}
            }
            if k.as_slice() != key.as_bytes() {
                continue;
            }
            match v {
                lopdf::Object::Name(n) => out.push(String::from_utf8_lossy(n).into_owned()),
                lopdf::Object::String(t, _) => out.push(String::from_utf8_lossy(t).into_owned()),
                other => out.push(format!("{other:?}")),
            }
        }
    }
    out
}

/// The text of each page of a PDF, read back with printpdf's parser (ToUnicode of every glyph).
pub fn pdf_text(bytes: &[u8]) -> Vec<String> {
    let mut w = Vec::new();
    let doc = printpdf::PdfDocument::parse(bytes, &printpdf::PdfParseOptions::default(), &mut w).expect("the PDF parses");
    doc.extract_text().into_iter().map(|chunks| chunks.join("")).collect()
}

/// A run of text as placed in the PDF: the text matrix of its first glyph (mm from the top-left
/// corner of the page), its size, and its text.
#[derive(Debug, Clone)]
pub struct PdfRun {
    pub x_mm: f32,
    pub y_mm: f32,
    pub size: f32,
    pub text: String,
    /// Horizontal scaling in percent (`Tz`): 100 unless the text is condensed.
    pub hscale: f32,
}

/// A stroked line (mm from the top-left corner), its width in points and its RGB colour.
#[derive(Debug, Clone)]
pub struct PdfRule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub width: f32,
    pub rgb: (f32, f32, f32),
}

pub struct PdfPage {
    pub runs: Vec<PdfRun>,
    pub rules: Vec<PdfRule>,
    pub height_mm: f32,
}

const MM: f32 = 72.0 / 25.4;

/// Text runs and rules of every page, from the PDF's own operators.
pub fn pdf_pages(bytes: &[u8]) -> Vec<PdfPage> {
    use printpdf::{Op, TextItem, TextMatrix};
    let mut w = Vec::new();
    let doc = printpdf::PdfDocument::parse(bytes, &printpdf::PdfParseOptions::default(), &mut w).expect("the PDF parses");
    // where each glyph is, as a viewer puts it: a run on the baseline of the one before it may
    // go on from where that one left the pen (a kern after its last glyph, no line start)
    let placed = pdfread::read(bytes);
    let mut out = Vec::new();
    for (pi, p) in doc.pages.iter().enumerate() {
        let mut glyphs = placed[pi].glyphs.iter();
        let h = p.media_box.height.0;
        let mut runs = Vec::new();
        let mut rules = Vec::new();
        let (mut x, mut y, mut size, mut hscale) = (0.0f32, 0.0f32, 0.0f32, 100.0f32);
        let mut stroke_w = 1.0;
        let mut rgb = (0.0, 0.0, 0.0);
        for op in &p.ops {
            match op {
                Op::SetFont { size: s, .. } => size = s.0,
                Op::SetHorizontalScaling { percent } => hscale = *percent,
                Op::SetTextMatrix { matrix } => {
                    let m = match matrix {
                        TextMatrix::Raw(m) => *m,
                        TextMatrix::Translate(a, b) => [1.0, 0.0, 0.0, 1.0, a.0, b.0],
                        TextMatrix::TranslateRotate(a, b, _) => [1.0, 0.0, 0.0, 1.0, a.0, b.0],
                    };
                    x = m[4];
                    y = m[5];
                }
                // printpdf's parser turns each relative `Td` into the line's absolute start
                Op::SetTextCursor { pos } => (x, y) = (pos.x.0, pos.y.0),
                Op::ShowText { items } => {
                    let mut text = String::new();
                    let mut first_x = None;
                    for it in items {
                        match it {
                            TextItem::Text(t) => text.push_str(t),
                            TextItem::GlyphIds(g) => {
                                for c in g {
                                    let at = glyphs.next().expect("every glyph printpdf reads, the test reader reads").x;
                                    first_x.get_or_insert(at);
                                    if let Some(t) = &c.cid {
                                        text.push_str(t)
                                    }
                                }
                            }
                            TextItem::Offset(_) => {}
                        }
                    }
                    x = first_x.unwrap_or(x);
                    runs.push(PdfRun { x_mm: x / MM, y_mm: (h - y) / MM, size, text, hscale });
                }
                Op::SetOutlineThickness { pt } => stroke_w = pt.0,
                Op::SetOutlineColor { col } => {
                    rgb = match col {
                        printpdf::Color::Rgb(c) => (c.r, c.g, c.b),
                        printpdf::Color::Greyscale(g) => (g.percent, g.percent, g.percent),
                        printpdf::Color::Cmyk(c) => ((1.0 - c.c) * (1.0 - c.k), (1.0 - c.m) * (1.0 - c.k), (1.0 - c.y) * (1.0 - c.k)),
                        _ => (0.0, 0.0, 0.0),
                    }
                }
                Op::DrawLine { line } if line.points.len() == 2 => {
                    let (a, b) = (&line.points[0].p, &line.points[1].p);
                    rules.push(PdfRule { x1: a.x.0 / MM, y1: (h - a.y.0) / MM, x2: b.x.0 / MM, y2: (h - b.y.0) / MM, width: stroke_w, rgb });
                }
                _ => {}
            }
        }
        out.push(PdfPage { runs, rules, height_mm: h / MM });
    }
    out
}

pub fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Whitespace-free text, for containment checks.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Runs on one baseline with the same size merged into lines, in reading order.
pub fn pdf_lines(page: &PdfPage) -> Vec<PdfRun> {
    let mut runs = page.runs.clone();
    runs.sort_by(|a, b| a.y_mm.total_cmp(&b.y_mm).then(a.x_mm.total_cmp(&b.x_mm)));
    let mut out: Vec<PdfRun> = Vec::new();
    for r in runs {
        if let Some(l) = out.last_mut()
            && (l.y_mm - r.y_mm).abs() < 0.3
            && (l.size - r.size).abs() < 0.01
        {
            l.text.push_str(&r.text);
            continue;
        }
        out.push(r);
    }
    out
}

/// The text of the whole document without page numbers (`— 3 —`), whitespace removed: a
/// paragraph broken across pages reads whole. (A page number is the page's lowest line and
/// reads as its number; a paragraph `01` is text.)
pub fn body_text(pdf: &[u8]) -> String {
    let mut s = String::new();
    for (n, p) in pdf_pages(pdf).into_iter().enumerate() {
        let lines = pdf_lines(&p);
        let lowest = lines.iter().map(|l| l.y_mm).fold(f32::MIN, f32::max);
        for l in lines {
            let t = squash(&l.text);
            let is_number = l.y_mm >= lowest && t.trim_matches('—').parse::<usize>() == Ok(n + 1);
            if !is_number {
                s.push_str(&t);
            }
        }
    }
    s
}

/// The text of the document in the order it was drawn (content-stream order), without page
/// numbers: table cells read cell by cell.
pub fn stream_text(pdf: &[u8]) -> String {
    let mut s = String::new();
    for p in pdf_pages(pdf) {
        for r in &p.runs {
            let t = squash(&r.text);
            let is_number = t.starts_with('—') && t.ends_with('—') && t.trim_matches('—').chars().all(|c| c.is_ascii_digit());
            if !is_number {
                s.push_str(&t);
            }
        }
    }
    s
}
pub mod pdfread;

/// `folio import` in process: the Markdown and what was removed.
pub struct ImportedText {
    pub markdown: String,
    pub removed: Vec<folio::import::Removed>,
    pub warnings: Vec<folio::import::Warning>,
}

pub fn import_text(text: &str, keep_all: bool) -> ImportedText {
    let src = folio::diag::SourceFile::new("page.txt", text.to_string());
    let im = folio::import::import(&src, &folio::import::ImportOptions { keep_all });
    ImportedText { markdown: folio::import::markdown::to_markdown(&im.document), removed: im.removed, warnings: im.warnings }
}

/// A seeded xorshift generator: the same seed gives the same documents on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() % 1_000_000) as f64 / 1_000_000.0 < p
    }
    pub fn pick<'a, T: ?Sized>(&mut self, xs: &[&'a T]) -> &'a T {
        xs[self.below(xs.len())]
    }
}

/// The text of an OFD as the independent reader `ofd-core` reads it: every page's text codes in
/// drawing order.
pub fn ofd_text(bytes: &[u8]) -> String {
    let package = ofd_core::OfdPackage::new(std::io::Cursor::new(bytes.to_vec())).expect("the OFD opens");
    let mut reader = ofd_core::OfdReader::new(package).expect("OFD.xml parses");
    let body = reader.ofd().doc_bodies[0].clone();
    let doc = reader.load_document(&body).expect("Document.xml parses");
    let mut s = String::new();
    for r in doc.pages().to_vec() {
        let page = reader.load_page(&doc, &r).expect("the page parses");
        for layer in page.content.iter().flat_map(|c| &c.layers) {
            for o in &layer.objects {
                if let ofd_core::model::PageBlock::Text(t) = o {
                    for code in &t.text_codes {
                        s.push_str(code.text.as_deref().unwrap_or_default());
                    }
                }
            }
        }
    }
    s
}

/// The font stack of the first CSS rule that starts with `rule` (`body{`), its custom
/// property (`var(--folio-font-0)`) resolved from the root.
pub fn font_family(h: &str, rule: &str) -> String {
    let start = h.find(rule).unwrap_or_else(|| panic!("no rule {rule}"));
    let decl = &h[start..];
    let value = decl[decl.find("font-family:").expect("a font-family") + "font-family:".len()..].split([';', '}']).next().unwrap().to_string();
    match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        Some(name) => {
            let at = h.find(&format!("{name}:")).expect("the custom property on the root") + name.len() + 1;
            h[at..].split(';').next().unwrap().to_string()
        }
        None => value,
    }
}

/// One part of a DOCX (`word/document.xml`) as text.
pub fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut z.by_name(name).unwrap(), &mut s).unwrap();
    s
}
