//! folio turns resolutions, notices and bulletins — Markdown, YAML/TOML/JSON or scraped text —
//! into official-style PDF, DOCX and HTML set in Chinese with embedded CJK fonts.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! parse ──▶ model::Document ──style──▶ StyledDocument ──layout──▶ PagedDocument ──▶ render::pdf
//!                                            ├────────────────────────────────────▶ render::docx
//!                                            └────────────────────────────────────▶ render::html
//! ```
//!
//! [`Engine`] holds what is shared by every document of a run (fonts, templates);
//! [`convert`] takes one input file to its outputs, [`convert_str`] a text held in memory.
//!
//! A service that embeds folio makes one engine and converts many documents with it:
//!
//! ```
//! use folio::{ConvertOptions, Engine, FontOptions, Format, InputKind};
//!
//! // the embedded faces only: the same output on every machine
//! let engine = Engine::new(FontOptions { no_system_fonts: true, dirs: Vec::new() });
//! let text = "---\ntitle: 关于做好春节放假工作的通知\nissuer: 云溪市人民政府办公室\ndate: 2024-02-01\n---\n\n各单位：\n\n春节期间放假七天。\n";
//! let opts = ConvertOptions { formats: vec![Format::Pdf, Format::Html], ..ConvertOptions::default() };
//! let out = folio::convert_str(&engine, "notice.md", text, InputKind::Markdown, &opts).expect("a valid document");
//! assert!(out.outputs[0].1.starts_with(b"%PDF"));
//! assert!(String::from_utf8_lossy(&out.outputs[1].1).contains("春节期间放假七天"));
//! assert!(out.warnings.is_empty());
//! ```
//!
//! A document that cannot be built comes back as a [`Failure`]: its diagnostics, each
//! with the file, line and column and a hint, printed the same way as on the command line.
//!
//! ```
//! # use folio::{ConvertOptions, Engine, FontOptions, InputKind};
//! # let engine = Engine::new(FontOptions { no_system_fonts: true, dirs: Vec::new() });
//! let bad = "---\ntitel: 通知\n---\n\n正文。\n";
//! let failure = folio::convert_str(&engine, "bad.md", bad, InputKind::Markdown, &ConvertOptions::default()).unwrap_err();
//! assert!(failure.to_string().starts_with("bad.md:2:1: error: unknown key `titel`"));
//! ```

#![warn(missing_docs)]

// The API: what a program that embeds folio needs. Everything else below is folio's own.
pub use diag::{Diagnostic, Failure, Location, Severity};
pub use fonts::FontOptions;
pub use model::Contact;
pub use parse::InputKind;

// The stages of the pipeline. They are reachable from outside only for folio's binary, tests
// and benchmarks: hidden from the documentation, not part of the API, changed in any release.
#[doc(hidden)]
pub mod cli;
#[doc(hidden)]
pub mod diag;
#[doc(hidden)]
pub mod fonts;
#[doc(hidden)]
pub mod import;
#[doc(hidden)]
pub mod layout;
#[doc(hidden)]
pub mod limits;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod parse;
#[doc(hidden)]
pub mod render;
#[doc(hidden)]
pub mod style;
#[doc(hidden)]
pub mod verify;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use diag::{Diagnostics, Result};
use fonts::FontBook;
use style::Template;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// PDF with the faces embedded as subsets, tagged, with an outline.
    Pdf,
    /// Word document (Office Open XML) naming the official faces, with the same lines as the PDF.
    Docx,
    /// One HTML file, styled for screen and print, with the faces inlined as subsets by default.
    Html,
    /// OFD (GB/T 33190-2016), the fixed-layout format of Chinese e-government and archives:
    /// the PDF's pages, glyph for glyph, with the faces embedded as subsets.
    Ofd,
}

impl Format {
    /// The file extension of an output, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Ofd => "ofd",
        }
    }
    /// Every format, in the order folio writes them.
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Docx, Format::Html, Format::Ofd];
}

/// What every document of a run shares: fonts (discovered once, faces parsed once) and templates.
pub struct Engine {
    #[doc(hidden)]
    pub fonts: FontBook,
    templates: Mutex<HashMap<String, Arc<Template>>>,
    /// Font subsets made for earlier documents, reused by later ones of a batch; none kept
    /// unless asked for (`keep_subsets`): a single document gains nothing and its peak memory
    /// grows by about 2 MiB.
    #[doc(hidden)]
    pub subsets: Option<Arc<render::memo::Subsets>>,
}

impl Engine {
    /// An engine that finds fonts as `font_options` say: the embedded faces always, then the
    /// given folders and, unless told not to, the faces installed on this machine.
    ///
    /// ```
    /// let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: Vec::new() });
    /// let out = folio::convert_str(&engine, "a.md", "# 通知\n\n正文。\n", folio::InputKind::Markdown, &Default::default()).unwrap();
    /// assert_eq!(out.pages, 1);
    /// ```
    pub fn new(font_options: FontOptions) -> Engine {
        Engine { fonts: FontBook::new(font_options), templates: Mutex::new(HashMap::new()), subsets: None }
    }

    /// Keep the subsets made for each document for the next ones (a batch): faster when many
    /// documents share a template, at about 2 MiB more memory.
    ///
    /// ```
    /// let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: Vec::new() }).keep_subsets();
    /// for text in ["# 甲\n\n一。\n", "# 乙\n\n二。\n"] {
    ///     let out = folio::convert_str(&engine, "a.md", text, folio::InputKind::Markdown, &Default::default()).unwrap();
    ///     assert!(out.outputs[0].1.starts_with(b"%PDF"));
    /// }
    /// ```
    pub fn keep_subsets(mut self) -> Engine {
        self.subsets = Some(Arc::default());
        self
    }

    /// A template by built-in name or path, loaded once per run.
    #[doc(hidden)]
    pub fn template(&self, spec: &str) -> Result<Arc<Template>> {
        if let Some(t) = self.templates.lock().unwrap_or_else(|e| e.into_inner()).get(spec) {
            return Ok(t.clone());
        }
        let t = Arc::new(Template::load(spec)?);
        self.templates.lock().unwrap_or_else(|e| e.into_inner()).insert(spec.to_string(), t.clone());
        Ok(t)
    }
}

/// How to convert one document.
#[derive(Debug, Clone)]
pub struct ConvertOptions {
    /// Template name or path; None chooses by the document: `jianbao` for a bulletin (`kind:
    /// bulletin` / 简报, or a `bulletin:` table), `gongwen` otherwise.
    pub template: Option<String>,
    /// The formats to produce, in this order in [`Converted::outputs`]; PDF alone by default.
    pub formats: Vec<Format>,
    /// Folders outside the document's own from which images may be read.
    pub allow_paths: Vec<PathBuf>,
    /// Set a character no face has as a warning (an empty cell) instead of refusing the document.
    pub allow_missing_glyphs: bool,
    /// Also produce the layout dump.
    pub dump_layout: bool,
    /// HTML: inline subset fonts as data URLs (the default).
    pub embed_fonts: bool,
    /// DOCX: name the official faces (the default) or embed the PDF's faces as subsets.
    pub docx_fonts: render::docx::DocxFonts,
    /// Contact information from folio.toml / flags, used where the document has none.
    pub contact: Option<model::Contact>,
    /// Scraped text: keep every line, residue included.
    pub keep_all: bool,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            template: None,
            formats: vec![Format::Pdf],
            allow_paths: Vec::new(),
            allow_missing_glyphs: false,
            dump_layout: false,
            embed_fonts: true,
            docx_fonts: render::docx::DocxFonts::Names,
            contact: None,
            keep_all: false,
        }
    }
}

/// The result of converting one document.
#[derive(Debug, Default)]
pub struct Converted {
    /// Each format asked for, with its bytes.
    pub outputs: Vec<(Format, Vec<u8>)>,
    /// The layout dump, when asked for.
    pub dump: Option<String>,
    /// Warnings: the document was built, but something in it deserves a look.
    pub warnings: Vec<Diagnostic>,
    /// The number of pages of the PDF (and of the DOCX and the printed HTML).
    pub pages: usize,
}

/// Parse a file into a document (for `folio check`).
#[doc(hidden)]
pub fn parse_file(path: &Path, diags: &mut Diagnostics) -> Result<(model::Document, Arc<diag::SourceFile>)> {
    parse_file_with(path, &import::ImportOptions::default(), diags)
}

/// Parse a file, with the options of the scraped-text import.
#[doc(hidden)]
pub fn parse_file_with(path: &Path, import: &import::ImportOptions, diags: &mut Diagnostics) -> Result<(model::Document, Arc<diag::SourceFile>)> {
    let src = parse::read_source(path)?;
    let kind = parse::InputKind::from_path(path).ok_or_else(|| {
        Failure::from(
            Diagnostic::error("unknown input type")
                .in_file(path)
                .hint(format!("folio reads {}", parse::InputKind::EXTENSIONS.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(" "))),
        )
    })?;
    let doc = parse::parse(&src, kind, import, diags)?;
    Ok((doc, src))
}

/// Convert one input file, its kind chosen by its extension (`.md`, `.yaml`, `.toml`, `.json`,
/// `.txt` for scraped text). Images are read from the file's folder.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("folio-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("notice.yaml");
/// std::fs::write(&path, "title: 关于召开年度总结会的通知\nissuer: 云溪市科学技术局\ndate: 2024-12-20\nbody:\n  - paragraph: 请各单位准时参加。\n").unwrap();
/// let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: Vec::new() });
/// let opts = folio::ConvertOptions { formats: folio::Format::ALL.to_vec(), ..Default::default() };
/// let out = folio::convert(&engine, &path, &opts).unwrap();
/// for (format, bytes) in &out.outputs {
///     std::fs::write(path.with_extension(format.extension()), bytes).unwrap();
/// }
/// assert_eq!(out.outputs.len(), 4);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn convert(engine: &Engine, path: &Path, opts: &ConvertOptions) -> std::result::Result<Converted, Failure> {
    let mut diags = Diagnostics::default();
    // the template most documents get is read on the other core while this one parses (once
    // per process: the engine keeps it); a document that gets another reads its own after
    let spec = opts.template.as_deref().unwrap_or(GONGWEN);
    let (parsed, _) = rayon::join(|| parse_file_with(path, &import::ImportOptions { keep_all: opts.keep_all }, &mut diags), || engine.template(spec));
    let (doc, src) = parsed?;
    convert_document(engine, &doc, &src, opts, diags)
}

/// The template of a document that names none and is no special kind (`default_template`).
const GONGWEN: &str = "gongwen";

/// Convert a text held in memory, as if read from a file named `name` (which only names it in
/// messages; images are looked for in the current folder). The same checks as a file: size
/// limits, control codes, then parsing.
pub fn convert_str(engine: &Engine, name: &str, text: &str, kind: InputKind, opts: &ConvertOptions) -> std::result::Result<Converted, Failure> {
    let src = parse::source_from_bytes(Path::new(name), text.as_bytes().to_vec())?;
    let mut diags = Diagnostics::default();
    let doc = parse::parse(&src, kind, &import::ImportOptions { keep_all: opts.keep_all }, &mut diags)?;
    convert_document(engine, &doc, &src, opts, diags)
}

/// Convert a parsed document.
#[doc(hidden)]
pub fn convert_document(
    engine: &Engine,
    doc: &model::Document,
    src: &Arc<diag::SourceFile>,
    opts: &ConvertOptions,
    mut diags: Diagnostics,
) -> Result<Converted> {
    let template = engine.template(opts.template.as_deref().unwrap_or_else(|| default_template(&doc.meta)))?;
    let base_dir = src.path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let sopts = style::StyleOptions { base_dir, allow_paths: opts.allow_paths.clone(), contact: opts.contact.clone() };
    let styled = style::style(doc, src, template, &sopts, &mut diags).map_err(|f| with_warnings(f, &diags))?;
    let mut out = Converted::default();
    // always laid out: the PDF is drawn from it, the DOCX and HTML take its table columns, and
    // every format must not drop a character no face has
    let lopts = layout::LayoutOptions { allow_missing_glyphs: opts.allow_missing_glyphs };
    let (paged, warnings) = layout::layout(&styled, &engine.fonts, &lopts).map_err(|f| with_warnings(f, &diags))?;
    for w in warnings {
        diags.push(w);
    }
    out.pages = paged.pages.len();
    if opts.dump_layout {
        out.dump = Some(render::dump::render(&paged));
    }
    let expected = verify::Expected::of(&styled);
    let one = |f: &Format| -> Result<Vec<u8>> {
        let bytes = render_format(*f, engine, &styled, &paged, opts)?;
        let written = verify::written(*f, &bytes, Some(&paged)).map_err(|e| {
            Failure::from(Diagnostic::error(format!("folio cannot read back the {} it wrote: {e}", f.extension().to_uppercase())).in_file(path_of(&styled)))
        })?;
        verify::conservation(&styled, &expected, *f, &written).map_err(|f| with_warnings(f, &diags))?;
        Ok(bytes)
    };
    // the formats are rendered side by side (pure functions of the same pages), a large
    // document's one after another so that its peak memory is its largest format's, not their
    // sum; the first failure in the order asked for is the one reported
    let rendered: Vec<Result<Vec<u8>>> =
        if paged.item_count() > SIDE_BY_SIDE_MAX_ITEMS { opts.formats.iter().map(one).collect() } else { opts.formats.par_iter().map(one).collect() };
    for (f, bytes) in opts.formats.iter().zip(rendered) {
        out.outputs.push((*f, bytes?));
    }
    out.warnings = diags.items;
    Ok(out)
}

/// A document with more placed items than this (text runs, rules, images: about 80 pages of
/// tables) renders its formats one after another.
const SIDE_BY_SIDE_MAX_ITEMS: usize = 20_000;

/// One format's bytes, from the styled document (flow formats) or its pages (fixed layouts).
fn render_format(f: Format, engine: &Engine, styled: &style::StyledDocument, paged: &layout::PagedDocument, opts: &ConvertOptions) -> Result<Vec<u8>> {
    Ok(match f {
        Format::Pdf => render::pdf::render(paged, &render::pdf::PdfOptions { subsets: engine.subsets.clone() })?,
        Format::Html => {
            let hopts = render::html::HtmlOptions { embed_fonts: opts.embed_fonts, subsets: engine.subsets.clone() };
            render::html::render(styled, paged, &engine.fonts, &hopts)
        }
        Format::Docx => render::docx::render(styled, paged, &engine.fonts, &render::docx::DocxOptions { fonts: opts.docx_fonts })?,
        Format::Ofd => render::ofd::render(paged, &render::ofd::OfdOptions { subsets: engine.subsets.clone() })?,
    })
}

/// The template a document gets when none is named.
#[doc(hidden)]
pub fn default_template(meta: &model::Meta) -> &'static str {
    let kind = meta.kind.as_deref().map(|k| k.trim().to_lowercase()).unwrap_or_default();
    let number = meta.doc_number.as_deref().unwrap_or_default();
    let title = meta.title.as_deref().unwrap_or_default().trim();
    match kind.as_str() {
        "bulletin" | "简报" | "工作简报" | "jianbao" => "jianbao",
        "letter" | "函" | "信函" | "xinhan" => "xinhan",
        "order" | "命令" | "令" | "minling" => "minling",
        "minutes" | "纪要" | "会议纪要" | "jiyao" => "jiyao",
        _ if meta.bulletin.as_ref().is_some_and(model::Bulletin::has_masthead) => "jianbao",
        _ if meta.attendees.is_some() || title.ends_with("纪要") => "jiyao",
        // a 函 number: 云科函〔2024〕18号
        _ if number.contains("函〔") || number.contains("函[") => "xinhan",
        // an order's number: 四川省人民政府令第368号
        _ if style::order_number(number).is_some() => "minling",
        _ => GONGWEN,
    }
}

fn path_of(doc: &style::StyledDocument) -> &Path {
    &doc.source.path
}

fn with_warnings(mut f: Failure, diags: &Diagnostics) -> Failure {
    let mut all: Vec<Diagnostic> = diags.items.clone();
    all.append(&mut f.0);
    Failure(all)
}
