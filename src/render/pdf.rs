//! PDF output with printpdf: every glyph placed at its layout position with an explicit text
//! matrix, carrying its source text so the ToUnicode map gives copy, search and pdftotext the
//! source characters back; fonts subset; images; links; metadata.
//!
//! printpdf names fonts and images, and writes the trailer /ID, from a process-global counter,
//! and sorts bookmarks by (page, name) — so its bytes depend on what the process did before and
//! the outline comes out of order. folio names every resource itself (subset tags, Im1…) and
//! completes printpdf's document objects (`to_lopdf_document`, in lopdf, printpdf's own PDF
//! library) with the outline, /Lang and subset tags before writing them once, with object
//! streams and a cross-reference stream, and a /ID that is a hash of the file: the same input
//! gives the same bytes in any process, batch order or thread.
//!
//! printpdf is built without its `text_layout` feature: folio shapes and places every glyph
//! itself, and that feature's font path decoded the outline of every glyph to read its advance
//! (a fifth of a seed build's time in the profile behind issue 16).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use printpdf::{
    Actions, BorderArray, Cmyk, Codepoint, Color as PColor, ColorArray, FontId, HighlightingMode, Line, LineCapStyle, LinePoint, LinkAnnotation, Mm, Op,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage, Rect, Rgb, TextItem, TextMatrix, TextRenderingMode, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Failure, Result};
use crate::fonts::Face;
use crate::layout::{Item, PagedDocument};
use crate::style::units::Color;

/// Options of the PDF renderer.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// Subsets made for earlier documents of the process, to reuse (same bytes either way).
    pub subsets: Option<Arc<super::memo::Subsets>>,
}

fn color(c: Color) -> PColor {
    match c {
        Color::Rgb(r, g, b) => PColor::Rgb(Rgb { r: r as f32 / 255.0, g: g as f32 / 255.0, b: b as f32 / 255.0, icc_profile: None }),
        Color::Cmyk(c, m, y, k) => PColor::Cmyk(Cmyk { c: c / 100.0, m: m / 100.0, y: y / 100.0, k: k / 100.0, icc_profile: None }),
    }
}

/// The faces a document sets text in, each with the glyphs it uses, in an order that comes from
/// the faces themselves: a face's key is the order the process first loaded it in, which depends
/// on the other documents of a batch.
fn used_faces(doc: &PagedDocument) -> Vec<(Arc<Face>, BTreeSet<u16>)> {
    let mut by_key: BTreeMap<usize, (Arc<Face>, BTreeSet<u16>)> = BTreeMap::new();
    for page in &doc.pages {
        for it in &page.items {
            if let Item::Text(t) = it {
                let e = by_key.entry(t.face.key).or_insert_with(|| (t.face.clone(), BTreeSet::new()));
                e.1.extend(t.glyphs.iter().map(|g| g.id));
            }
        }
    }
    let mut used: Vec<(Arc<Face>, BTreeSet<u16>)> = by_key.into_values().collect();
    used.sort_by(|(a, _), (b, _)| (&a.postscript_name, &a.family, a.index, a.data().len()).cmp(&(&b.postscript_name, &b.family, b.index, b.data().len())));
    used
}

/// One face made ready for printpdf: its resource name, the subset font and the map from the
/// face's glyph ids to the subset's.
struct Subset {
    key: usize,
    id: FontId,
    font: printpdf::PdfFont,
    remap: subsetter::GlyphRemapper,
}

/// Subset a face to exactly the glyphs the document uses — by copying charstrings for folio's
/// flat CJK faces (`cff`), else with typst's `subsetter` (printpdf's own subsetting through
/// allsorts keeps every CFF subroutine: 129 KB for the 467 glyphs of the seed in Noto Serif
/// CJK, three times what this subset needs) — and add the cmap printpdf's parser wants.
/// printpdf then embeds the subset as it is.
fn subset_face(n: usize, face: &Arc<Face>, glyphs: &BTreeSet<u16>, doc: &PagedDocument, memo: Option<&super::memo::Subsets>) -> Result<Subset> {
    let list = in_character_order(face, glyphs, doc);
    let remap = subsetter::GlyphRemapper::new_from_glyphs(&list);
    let chars = glyph_chars(face, &remap, doc);
    let make = || pdf_font(face, &remap, &chars);
    let font = match memo {
        Some(m) => (*m.pdf.get_or_make((face.key, list.clone(), chars.clone()), make)?).clone(),
        None => make()?,
    };
    Ok(Subset { key: face.key, id: FontId(subset_tag(n, &face.postscript_name, glyphs)), font, remap })
}

/// The glyphs of a subset, `.notdef` first, then in the order of the characters they stand for
/// (glyphs of no single character last, by id). The embedded faces put the frequent characters'
/// glyphs first (fonts/rebuild.py) so that a document touches few of their pages; in the subset,
/// code point order keeps like glyphs together, which deflates better (826 bytes on the seed)
/// and gives the ToUnicode map longer runs.
fn in_character_order(face: &Face, glyphs: &BTreeSet<u16>, doc: &PagedDocument) -> Vec<u16> {
    let mut first: BTreeMap<u16, u32> = BTreeMap::new();
    for (id, c) in glyph_chars_of(face, doc) {
        first.entry(id).and_modify(|f| *f = (*f).min(c)).or_insert(c);
    }
    // each glyph's key looked up once (a lookup in every comparison was a tenth of a batch's PDF)
    let mut keyed: Vec<(u32, u16)> = glyphs.iter().filter(|g| **g != 0).map(|&g| (first.get(&g).copied().unwrap_or(u32::MAX), g)).collect();
    keyed.sort_unstable();
    std::iter::once(0).chain(keyed.into_iter().map(|(_, g)| g)).collect()
}

/// The characters the glyphs of `face` stand for in the document, mapped to subset glyph ids.
fn glyph_chars(face: &Face, remap: &subsetter::GlyphRemapper, doc: &PagedDocument) -> BTreeMap<u32, u16> {
    let mut chars: BTreeMap<u32, u16> = BTreeMap::new();
    for (id, c) in glyph_chars_of(face, doc) {
        chars.entry(c).or_insert(remap.get(id).unwrap_or(0));
    }
    chars
}

/// Each glyph `face` sets in the document that stands for one character, with that character,
/// in page order.
fn glyph_chars_of<'a>(face: &'a Face, doc: &'a PagedDocument) -> impl Iterator<Item = (u16, u32)> + 'a {
    let texts = doc.pages.iter().flat_map(|p| &p.items).filter_map(move |it| match it {
        Item::Text(t) if t.face.key == face.key => Some(t),
        _ => None,
    });
    texts.flat_map(|t| &t.glyphs).filter_map(|g| {
        let mut cs = g.text.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Some((g.id, c as u32)),
            _ => None,
        }
    })
}

/// The subset of `face` as printpdf's font, with the cmap printpdf's parser wants.
fn pdf_font(face: &Face, remap: &subsetter::GlyphRemapper, chars: &BTreeMap<u32, u16>) -> Result<printpdf::PdfFont> {
    let (version, mut tables) = match copied_subset(face, remap) {
        Some(tables) => (u32::from_be_bytes(*b"OTTO"), tables),
        None => subsetter_subset(face, remap)?,
    };
    tables.push((*b"cmap", super::sfnt::cmap(chars)));
    let subset = super::sfnt::build(version, tables);
    let mut warnings = Vec::new();
    let mut parsed = printpdf::ParsedFont::from_bytes(&subset, 0, &mut warnings)
        .ok_or_else(|| Failure::from(Diagnostic::error(format!("the font {} cannot be embedded in a PDF: {:?}", face.family, warnings))))?;
    // printpdf without its text_layout feature (folio shapes and places every glyph itself)
    // reads metrics, cmap and advances but not the name: BaseFont and FontName take it
    parsed.font_name = Some(face.postscript_name.clone());
    Ok(printpdf::PdfFont::new(parsed))
}

/// The subset by copying charstrings (`cff::subset_otf`), for a face whose CFF calls no
/// subroutines, as folio's CJK faces; None for any other face.
fn copied_subset(face: &Face, remap: &subsetter::GlyphRemapper) -> Option<Vec<([u8; 4], Vec<u8>)>> {
    let gids: Vec<u16> = remap.remapped_gids().collect();
    super::cff::subset_otf(face.data(), face.index, &gids)
}

/// The subset `subsetter` makes, as sfnt tables and version. folio's own TrueType faces go in
/// without hinting (`sfnt::for_pdf`); a face of the user's keeps its program whole (some CJK
/// TrueType faces draw their strokes with instructions).
fn subsetter_subset(face: &Face, remap: &subsetter::GlyphRemapper) -> Result<(u32, Vec<([u8; 4], Vec<u8>)>)> {
    let cannot = |what: String| Failure::from(Diagnostic::error(format!("the font {} cannot be subset for the PDF: {what}", face.family)));
    let subset = subsetter::subset(face.data(), face.index, remap).map_err(|e| cannot(format!("{e:?}")))?;
    let subset = match face.origin {
        crate::fonts::Origin::Embedded(_) => super::sfnt::for_pdf(&subset).unwrap_or(subset),
        crate::fonts::Origin::File(_) => subset,
    };
    let tables = super::sfnt::tables(&subset).ok_or_else(|| cannot("its tables cannot be read".into()))?;
    Ok((u32::from_be_bytes(subset[0..4].try_into().unwrap_or([0, 1, 0, 0])), tables))
}

/// Render a paged document to PDF bytes.
pub fn render(doc: &PagedDocument, opts: &PdfOptions) -> Result<Vec<u8>> {
    let local = super::memo::Memo::default();
    let deflated = opts.subsets.as_deref().map_or(&local, |m| &m.deflated);
    // the faces' programs are deflated on a thread of their own as soon as they are subset,
    // while this one writes the pages (the final pass finds them by their hash). Not a job for
    // the pool: rayon may leave a spawned job to its spawner ("under certain race conditions"),
    // which then deflated the body face after the pages in a third of the runs, 2.5 ms late
    let objects = std::thread::scope(|scope| -> Result<lopdf::Document> {
        let (send, programs) = std::sync::mpsc::channel::<Vec<u8>>();
        scope.spawn(move || {
            for program in programs {
                let _ = deflated.get_or_make(Sha256::digest(&program).into(), || super::deflate::zlib(&program, STREAM_DEFLATE_LEVEL));
            }
        });
        let subsets = subset_faces(doc, opts, |program| {
            let _ = send.send(program);
        });
        drop(send);
        let subsets = subsets?;
        let mut pdf = PdfDocument::new(&doc.info.title);
        let mut fonts: BTreeMap<usize, PageFont> = BTreeMap::new();
        for s in subsets {
            let widths = pdf_widths(&s.font.parsed_font);
            pdf.resources.fonts.map.insert(s.id.clone(), s.font);
            fonts.insert(s.key, PageFont { id: s.id, remap: s.remap, widths });
        }
        let mut images: Vec<(Arc<Vec<u8>>, XObjectId)> = Vec::new();
        let mut pages = Vec::with_capacity(doc.pages.len());
        for page in &doc.pages {
            let mut ops = page_ops(&mut pdf, &mut images, &fonts, page, doc.height)?;
            // every page's operators are held till the document is written: without the slack
            ops.shrink_to_fit();
            pages.push(PdfPage::new(Mm(doc.width * 25.4 / 72.0), Mm(doc.height * 25.4 / 72.0), ops));
        }
        pdf.with_pages(pages);
        set_info(&mut pdf, doc);
        Ok(to_objects(&pdf))
    })?;
    finish(objects, doc, deflated)
}

/// The subsets of the faces the document uses: the face with the most glyphs (the body face)
/// on this thread, the others on the other core meanwhile; then `large` is handed each font
/// program worth deflating ahead (a few KB and more), the body face's first. (Handed over
/// while the others were still being subset, the thread that waited for them took up the body
/// face's deflating itself and held the pages back.)
fn subset_faces(doc: &PagedDocument, opts: &PdfOptions, large: impl Fn(Vec<u8>)) -> Result<Vec<Subset>> {
    let used = used_faces(doc);
    let mut order: Vec<usize> = (0..used.len()).collect();
    order.sort_by_key(|&n| std::cmp::Reverse(used[n].1.len()));
    let subset = |n: usize| subset_face(n, &used[n].0, &used[n].1, doc, opts.subsets.as_deref()).map(|s| (n, s));
    // the face with the most glyphs (the body's) here, the others on the other core meanwhile
    let (first, rest) = match order.split_first() {
        Some((&first, rest)) => rayon::join(|| subset(first).map(Some), || rest.iter().map(|&n| subset(n)).collect::<Result<Vec<_>>>()),
        None => (Ok(None), Ok(Vec::new())),
    };
    let mut subsets: Vec<(usize, Subset)> = first?.into_iter().chain(rest?).collect();
    // largest first: the body face's program is deflated first
    for (_, s) in &subsets {
        let program = font_program(&s.font);
        if program.len() >= MEMO_DEFLATE_FROM {
            large(program);
        }
    }
    subsets.sort_by_key(|(n, _)| *n);
    Ok(subsets.into_iter().map(|(_, s)| s).collect())
}

/// printpdf's lower-level API: the document as objects, which the final pass completes and
/// writes once (no serialising, parsing and writing again).
fn to_objects(pdf: &PdfDocument) -> lopdf::Document {
    let mut warnings = Vec::new();
    // images lossless (Flate): a seal or a chart must not blur
    let images_opt = printpdf::ImageOptimizationOptions {
        quality: None,
        max_image_size: None,
        dither_greyscale: None,
        convert_to_greyscale: Some(false),
        auto_optimize: Some(false),
        format: Some(printpdf::ImageCompression::Flate),
    };
    let save = PdfSaveOptions { optimize: true, subset_fonts: false, secure: true, image_optimization: Some(images_opt) };
    pdf.to_lopdf_document(&save, &mut warnings)
}

/// The font program printpdf embeds for a font: the bare `CFF ` table of a CID-keyed OpenType
/// font (FontFile3), else the whole font (FontFile2).
fn font_program(font: &printpdf::PdfFont) -> Vec<u8> {
    let bytes = &font.parsed_font.original_bytes;
    if bytes.starts_with(b"OTTO") { super::sfnt::table(bytes, b"CFF ").unwrap_or_else(|| bytes.clone()) } else { bytes.clone() }
}

/// The document information dictionary.
fn set_info(pdf: &mut PdfDocument, doc: &PagedDocument) {
    let ts = crate::render::timestamp(doc.info.date);
    let date = printpdf::OffsetDateTime::from_unix_timestamp(ts).unwrap_or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0).expect("epoch"));
    let info = &mut pdf.metadata.info;
    info.document_title = doc.info.title.clone();
    info.author = doc.info.author.clone();
    info.subject = doc.info.subject.clone();
    info.keywords = doc.info.keywords.clone();
    info.creator = "folio".into();
    info.producer = format!("folio {}", env!("CARGO_PKG_VERSION"));
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
}

/// A page's content: rules and images, then the text in one text object, then seals over the
/// text, then links.
fn page_ops(
    pdf: &mut PdfDocument,
    images: &mut Vec<(Arc<Vec<u8>>, XObjectId)>,
    fonts: &BTreeMap<usize, PageFont>,
    page: &crate::layout::Page,
    h: f32,
) -> Result<Vec<Op>> {
    let mut ops: Vec<Op> = Vec::new();
    // the stroke state of the rules drawn since the last save: one state for a run of rules
    // alike (a table's borders), not one each
    let mut stroke: Option<(crate::style::units::Color, f32)> = None;
    for it in &page.items {
        match it {
            Item::Rule(r) => rule_ops(&mut ops, &mut stroke, r, h),
            Item::Image(im) if !im.over_text => {
                end_rules(&mut ops, &mut stroke);
                let id = image_xobject(pdf, images, im)?;
                ops.push(image_op(id, im, h));
            }
            _ => {}
        }
    }
    end_rules(&mut ops, &mut stroke);
    text_ops(&mut ops, fonts, page, h);
    for it in &page.items {
        let Item::Image(im) = it else { continue };
        if !im.over_text {
            continue;
        }
        let id = image_xobject(pdf, images, im)?;
        // stamped ink: multiplied over the text, which stays readable through the red
        let gs = printpdf::ExtendedGraphicsStateId("GSeal".into());
        if !pdf.resources.extgstates.map.contains_key(&gs) {
            pdf.resources.extgstates.map.insert(gs.clone(), printpdf::ExtendedGraphicsState::default().with_blend_mode(printpdf::BlendMode::multiply()));
        }
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::LoadGraphicsState { gs });
        ops.push(image_op(id, im, h));
        ops.push(Op::RestoreGraphicsState);
    }
    for it in &page.items {
        let Item::Link(l) = it else { continue };
        ops.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect::from_xywh(Pt(l.x), Pt(h - l.y - l.h), Pt(l.w), Pt(l.h)),
                Actions::uri(l.url.clone()),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                Some(ColorArray::Transparent),
                Some(HighlightingMode::Invert),
            ),
        });
    }
    Ok(ops)
}

/// A rule's line, its stroke state set first unless the rules before it set the same.
fn rule_ops(ops: &mut Vec<Op>, stroke: &mut Option<(crate::style::units::Color, f32)>, r: &crate::layout::Rule, h: f32) {
    if *stroke != Some((r.color, r.width)) {
        end_rules(ops, stroke);
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetOutlineColor { col: color(r.color) });
        ops.push(Op::SetOutlineThickness { pt: Pt(r.width) });
        ops.push(Op::SetLineCapStyle { cap: LineCapStyle::Butt });
        *stroke = Some((r.color, r.width));
    }
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint { p: Point { x: Pt(r.x1), y: Pt(h - r.y1) }, bezier: false },
                LinePoint { p: Point { x: Pt(r.x2), y: Pt(h - r.y2) }, bezier: false },
            ],
            is_closed: false,
        },
    });
}

/// Restores the state a run of rules saved.
fn end_rules(ops: &mut Vec<Op>, stroke: &mut Option<(crate::style::units::Color, f32)>) {
    if stroke.take().is_some() {
        ops.push(Op::RestoreGraphicsState);
    }
}

/// A subset face as the page content uses it: its resource, the map from the face's glyph ids
/// to the subset's, and each subset glyph's advance as the PDF's `/W` array gives it.
struct PageFont {
    id: FontId,
    remap: subsetter::GlyphRemapper,
    widths: HashMap<u16, i64>,
}

/// The advances printpdf writes into `/W` (thousandths of an em, truncated), computed the same
/// way, so that kerns measured against them put every glyph exactly where layout placed it.
fn pdf_widths(font: &printpdf::ParsedFont) -> HashMap<u16, i64> {
    let upem = font.pdf_font_metrics.units_per_em as f32;
    font.glyph_widths.iter().map(|(gid, w)| (*gid, (*w as f32 * 1000.0 / upem) as i64)).collect()
}

/// The glyphs of the page in one text object; the font and the colour are set only when they
/// change (text state lasts across the object). A run of glyphs on one baseline is one text
/// move and one show-text array whose kerns reproduce the layout's positions (`Td … TJ`):
/// 30–40 bytes of operators per glyph rather than several hundred, and a compact stream.
fn text_ops(ops: &mut Vec<Op>, fonts: &BTreeMap<usize, PageFont>, page: &crate::layout::Page, h: f32) {
    let mut open = false;
    let mut font: Option<(usize, f32)> = None;
    let mut fill: Option<Color> = None;
    let mut tc = 0.0f32;
    let mut line = LineStart::default();
    for it in &page.items {
        let Item::Text(t) = it else { continue };
        if t.glyphs.is_empty() {
            continue;
        }
        if !open {
            ops.push(Op::StartTextSection);
            open = true;
        }
        let pf = &fonts[&t.face.key];
        if font != Some((t.face.key, t.size)) {
            ops.push(Op::SetFont { font: PdfFontHandle::External(pf.id.clone()), size: Pt(t.size) });
            font = Some((t.face.key, t.size));
        }
        if fill != Some(t.color) {
            ops.push(Op::SetFillColor { col: color(t.color) });
            fill = Some(t.color);
        }
        if t.bold_stroke > 0.0 {
            ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::FillStroke });
            ops.push(Op::SetOutlineColor { col: color(t.color) });
            ops.push(Op::SetOutlineThickness { pt: Pt(t.bold_stroke) });
        }
        if t.hscale < 99.9 {
            ops.push(Op::SetHorizontalScaling { percent: t.hscale });
        }
        glyph_ops(ops, pf, t, h, &mut tc, &mut line);
        if t.hscale < 99.9 {
            ops.push(Op::SetHorizontalScaling { percent: 100.0 });
        }
        if t.bold_stroke > 0.0 {
            ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::Fill });
        }
    }
    if open {
        ops.push(Op::EndTextSection);
    }
}

/// Where the text object's current line starts, as a viewer reads it from the operators
/// written so far: (0, 0) at `BT`; None after a slanted matrix.
struct LineStart {
    /// Where the current line starts: (0, 0) at `BT`; None after a slanted matrix.
    start: Option<(f64, f64)>,
    /// Where the last show-text left the pen, when a run on its baseline may go on from there.
    pen: Option<Pen>,
}

/// The text position after a show-text, as a viewer computes it, and the op that showed it.
struct Pen {
    x: f64,
    y: f64,
    /// The font size the show-text was set in (its kern numbers are thousandths of it).
    size: f32,
    /// The index of the show-text among the page's ops.
    show: usize,
}

impl Default for LineStart {
    fn default() -> Self {
        LineStart { start: Some((0.0, 0.0)), pen: None }
    }
}

/// The largest move (thousandths of an em) made by a kern after a run rather than by a line
/// start: a gap of a few characters at most, as between scripts or words of one line.
const MAX_JOINING_KERN: f64 = 4000.0;

impl LineStart {
    /// Start a line at (x, y): a move from the last line's start (`Td`, relative: a third of
    /// the bytes of a matrix), or a matrix when the text is slanted. The move is measured from
    /// where the viewer puts the last line, so rounding never adds up along a page. Returns the
    /// x where the viewer puts the line.
    fn set(&mut self, ops: &mut Vec<Op>, x: f32, y: f32, slant: f32) -> f64 {
        self.pen = None;
        match self.start {
            Some((lx, ly)) if slant == 0.0 => {
                let (dx, dy) = ((x as f64 - lx) as f32, (y as f64 - ly) as f32);
                ops.push(Op::SetTextCursor { pos: printpdf::Point { x: Pt(dx), y: Pt(dy) } });
                self.start = Some((lx + dx as f64, ly + dy as f64));
                lx + dx as f64
            }
            _ => {
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Raw([1.0, 0.0, slant, 1.0, x, y]) });
                self.start = (slant == 0.0).then_some((x as f64, y as f64));
                x as f64
            }
        }
    }

    /// Go on from where the last show-text left the pen, to (x, y) on its baseline: a kern
    /// after its last glyph rather than an op of its own (a line of Han and Latin in turns
    /// changes font at every other character). Returns the x where the viewer puts the pen,
    /// or None when a line start is needed.
    fn go_on(&mut self, ops: &mut [Op], x: f32, y: f32) -> Option<f64> {
        let pen = self.pen.take()?;
        if pen.y != y as f64 {
            return None;
        }
        let kern = ((pen.x - x as f64) * 1000.0 / pen.size as f64 * 100.0).round() / 100.0;
        if kern.abs() > MAX_JOINING_KERN {
            return None;
        }
        let Some(Op::ShowText { items }) = ops.get_mut(pen.show) else { return None };
        let Some(TextItem::GlyphIds(glyphs)) = items.last_mut() else { return None };
        let last = glyphs.last_mut().filter(|g| g.offset == 0.0)?;
        last.offset = kern as f32;
        Some(pen.x - kern * pen.size as f64 / 1000.0)
    }
}

/// The glyphs of one text run. A squeezed glyph (character spacing) or a scaled run is set one
/// glyph per line start; the rest go in runs of one baseline. `tc` is the character spacing in
/// force (text state lasts across the text object), set only when it changes.
fn glyph_ops(ops: &mut Vec<Op>, pf: &PageFont, t: &crate::layout::TextRun, h: f32, tc: &mut f32, line: &mut LineStart) {
    let code = |g: &crate::layout::PlacedGlyph| {
        let gid = pf.remap.get(g.id).unwrap_or(0);
        (gid, if g.text.is_empty() { Codepoint::new(gid, 0.0) } else { Codepoint::with_cid(gid, 0.0, g.text.clone()) })
    };
    let width = |gid: u16| pf.widths.get(&gid).copied().unwrap_or(0) as f64;
    let mut i = 0;
    while i < t.glyphs.len() {
        let g = &t.glyphs[i];
        let y = h - t.baseline + g.rise;
        if g.squeeze > 0.0 || t.hscale < 99.9 {
            line.set(ops, g.x, y, t.slant);
            set_spacing(ops, tc, if g.squeeze > 0.0 { -g.squeeze } else { 0.0 });
            ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(vec![code(g).1])] });
            i += 1;
            continue;
        }
        let x0 = match t.slant {
            0.0 => line.go_on(ops, g.x, y),
            _ => None,
        };
        let x0 = x0.unwrap_or_else(|| line.set(ops, g.x, y, t.slant));
        let same_line = |n: &&crate::layout::PlacedGlyph| n.squeeze <= 0.0 && n.rise == g.rise;
        let end = (i + 1..t.glyphs.len()).find(|&j| !same_line(&&t.glyphs[j])).unwrap_or(t.glyphs.len());
        // what the grid takes from every advance is character spacing, set once for the run;
        // kerns only mend what is left (TJ numbers move by -n/1000 em)
        let (gid, cp) = code(g);
        set_spacing(ops, tc, grid_spacing(&t.glyphs[i..end], t.size, |g| width(pf.remap.get(g.id).unwrap_or(0))));
        let spacing = *tc as f64 * 1000.0 / t.size as f64;
        let mut run = vec![cp];
        let mut pen = width(gid) + spacing;
        for n in &t.glyphs[i + 1..end] {
            let dx = (n.x as f64 - g.x as f64) * 1000.0 / t.size as f64;
            let kern = ((pen - dx) * 100.0).round() / 100.0;
            if kern != 0.0
                && let Some(last) = run.last_mut()
            {
                last.offset = kern as f32;
                pen -= kern;
            }
            let (gid, cp) = code(n);
            run.push(cp);
            pen += width(gid) + spacing;
        }
        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(run)] });
        if t.slant == 0.0 {
            line.pen = Some(Pen { x: x0 + pen * t.size as f64 / 1000.0, y: y as f64, size: t.size, show: ops.len() - 1 });
        }
        i = end;
    }
}

/// The character spacing of a run set on a grid narrower than its advances: the gap most pairs
/// of neighbours share (to 1/100000 pt), when it is a tightening of at most a quarter em. A
/// stretched line or a run with wide gaps (a tab, a leader) keeps 0 and its kerns, so that no
/// glyph's advance box (what a viewer selects and extracts by) reaches past the next glyph.
fn grid_spacing(glyphs: &[crate::layout::PlacedGlyph], size: f32, width: impl Fn(&crate::layout::PlacedGlyph) -> f64) -> f32 {
    let gaps: Vec<i64> = glyphs.windows(2).map(|w| (((w[1].x - w[0].x) as f64 - width(&w[0]) * size as f64 / 1000.0) * 1e5).round() as i64).collect();
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for g in &gaps {
        *counts.entry(*g).or_default() += 1;
    }
    let Some((&gap, &n)) = counts.iter().max_by_key(|(g, n)| (**n, -**g)) else { return 0.0 };
    let tightening = gap <= 0 && (gap as f64) >= -(size as f64) * 0.25e5;
    if tightening && n * 2 >= gaps.len() { (gap as f64 / 1e5) as f32 } else { 0.0 }
}

/// Character spacing (`Tc`), written only when it changes.
fn set_spacing(ops: &mut Vec<Op>, tc: &mut f32, v: f32) {
    if *tc != v {
        ops.push(Op::SetCharacterSpacing { multiplier: v });
        *tc = v;
    }
}

/// The XObject of an image, decoded and added once per document however often it is placed.
fn image_xobject(pdf: &mut PdfDocument, images: &mut Vec<(Arc<Vec<u8>>, XObjectId)>, im: &crate::layout::ImageItem) -> Result<XObjectId> {
    if let Some((_, id)) = images.iter().find(|(d, _)| Arc::ptr_eq(d, &im.image.data) || **d == *im.image.data) {
        return Ok(id.clone());
    }
    let mut warnings = Vec::new();
    let raw = RawImage::decode_from_bytes(&im.image.data, &mut warnings)
        .map_err(|e| Failure::from(Diagnostic::error(format!("image {} cannot be decoded: {e}", im.image.path.display())).in_file(&im.image.path)))?;
    let id = XObjectId(format!("Im{}", images.len() + 1));
    pdf.resources.xobjects.map.insert(id.clone(), printpdf::XObject::Image(raw));
    images.push((im.image.data.clone(), id.clone()));
    Ok(id)
}

/// Place an image XObject at its layout box.
fn image_op(id: XObjectId, im: &crate::layout::ImageItem, page_h: f32) -> Op {
    let dpi = im.image.width as f32 * 72.0 / im.w.max(0.01);
    let natural_h = im.image.height as f32 * 72.0 / dpi;
    Op::UseXobject {
        id,
        transform: XObjectTransform {
            translate_x: Some(Pt(im.x)),
            translate_y: Some(Pt(page_h - im.y - im.h)),
            rotate: None,
            scale_x: Some(1.0),
            scale_y: Some(im.h / natural_h.max(0.01)),
            dpi: Some(dpi),
            ..XObjectTransform::default()
        },
    }
}

/// Deflate level of object streams and the cross-reference stream (lopdf's flate2).
const DEFLATE_LEVEL: u32 = 6;

/// Deflate level of every stream folio deflates itself (libdeflate): font programs, ToUnicode
/// maps and page contents — one level, so that one kept compressor serves them all (each takes
/// 670 KB; see `deflate::with_kept`), and pages pack a few bytes smaller. On the seed's body face
/// (113 KB of CFF) level 6 gives 91,249 bytes, 8 and 9 91,128 in about the same 2.7 ms, 10
/// 90,296 in 2.6 times as long, on the critical path (issue 16's note).
const STREAM_DEFLATE_LEVEL: u32 = 9;

/// The final pass: outline in reading order (nested by heading level), /Lang, /PageMode, subset
/// tags; streams deflated, objects packed into object streams with a cross-reference stream; and
/// a trailer /ID that is a hash of the file.
fn finish(mut d: lopdf::Document, doc: &PagedDocument, memo: &super::memo::Memo<[u8; 32], Vec<u8>>) -> Result<Vec<u8>> {
    use lopdf::{Dictionary, Object, StringFormat};
    let catalog_id =
        d.trailer.get(b"Root").and_then(Object::as_reference).map_err(|_| Failure::from(Diagnostic::error("internal error: PDF without a catalog")))?;
    let page_ids: Vec<lopdf::ObjectId> = d.get_pages().values().copied().collect();
    let mut outline_id = None;
    if !doc.outline.is_empty() {
        // nested outline: each entry's parent is the nearest earlier entry of a lower level
        let root = d.new_object_id();
        let ids: Vec<lopdf::ObjectId> = doc.outline.iter().map(|_| d.new_object_id()).collect();
        let mut parent: Vec<Option<usize>> = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        for (i, e) in doc.outline.iter().enumerate() {
            while stack.last().is_some_and(|&j| doc.outline[j].level >= e.level) {
                stack.pop();
            }
            parent.push(stack.last().copied());
            stack.push(i);
        }
        let children = |p: Option<usize>| -> Vec<usize> { (0..doc.outline.len()).filter(|&i| parent[i] == p).collect() };
        for (i, e) in doc.outline.iter().enumerate() {
            let siblings = children(parent[i]);
            let pos = siblings.iter().position(|&s| s == i).unwrap_or(0);
            let kids = children(Some(i));
            let mut dict = Dictionary::new();
            dict.set("Title", Object::String(utf16be(&e.title), StringFormat::Hexadecimal));
            dict.set("Parent", Object::Reference(parent[i].map(|p| ids[p]).unwrap_or(root)));
            if pos > 0 {
                dict.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
            }
            if pos + 1 < siblings.len() {
                dict.set("Next", Object::Reference(ids[siblings[pos + 1]]));
            }
            if let (Some(f), Some(l)) = (kids.first(), kids.last()) {
                dict.set("First", Object::Reference(ids[*f]));
                dict.set("Last", Object::Reference(ids[*l]));
                dict.set("Count", Object::Integer(-(kids.len() as i64)));
            }
            if let Some(pid) = page_ids.get(e.page) {
                let y = doc.height - e.y + 4.0;
                dict.set("Dest", Object::Array(vec![Object::Reference(*pid), Object::Name(b"XYZ".to_vec()), Object::Null, Object::Real(y), Object::Null]));
            }
            d.objects.insert(ids[i], Object::Dictionary(dict));
        }
        let top = children(None);
        let mut r = Dictionary::new();
        r.set("Type", Object::Name(b"Outlines".to_vec()));
        if let (Some(f), Some(l)) = (top.first(), top.last()) {
            r.set("First", Object::Reference(ids[*f]));
            r.set("Last", Object::Reference(ids[*l]));
        }
        r.set("Count", Object::Integer(top.len() as i64));
        d.objects.insert(root, Object::Dictionary(r));
        outline_id = Some(root);
    }
    if let Ok(Object::Dictionary(cat)) = d.get_object_mut(catalog_id) {
        cat.set("Lang", Object::String(b"zh-CN".to_vec(), StringFormat::Literal));
        cat.set("ViewerPreferences", Object::Dictionary(Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))])));
        match outline_id {
            Some(o) => {
                cat.set("Outlines", Object::Reference(o));
                cat.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
            }
            None => {
                cat.remove(b"Outlines");
                cat.remove(b"PageMode");
            }
        }
    }
    // subset tags: printpdf writes the tag only for fonts it subset itself; ours come subset
    tag_subset_fonts(&mut d);
    compact_tounicode_maps(&mut d);
    join_glyph_strings(&mut d);
    deflate_streams(&mut d, memo);
    write_with_id(d)
}

/// The ToUnicode maps printpdf writes, made compact before they are deflated: in ranges
/// (`<0001> <0064> [<3001> <3002> …]`, a code written once per range rather than per glyph).
fn compact_tounicode_maps(d: &mut lopdf::Document) {
    use lopdf::Object;
    let refs = |dict: &lopdf::Dictionary, key: &[u8]| dict.get(key).and_then(Object::as_reference).ok();
    let mut maps = Vec::new();
    for o in d.objects.values() {
        let Object::Dictionary(dict) = o else { continue };
        maps.extend(refs(dict, b"ToUnicode"));
    }
    for id in maps {
        if let Ok(Object::Stream(s)) = d.get_object_mut(id)
            && !s.dict.has(b"Filter")
            && let Some(compact) =
                std::str::from_utf8(&s.content).ok().and_then(|t| printpdf::ToUnicodeCMap::parse(t).ok()).map(|m| to_unicode_ranges(&m.mappings))
        {
            s.set_content(compact);
        }
    }
}

/// printpdf writes each glyph of a show-text array as a string of its own (`[<01A9><01C7>] TJ`);
/// glyphs with no kern between them make one string (`[<01A901C7>] TJ`), which shows the same
/// glyphs at the same places. Only whole `[…] TJ` lines of the page contents are touched.
fn join_glyph_strings(d: &mut lopdf::Document) {
    let contents: Vec<lopdf::ObjectId> = d.get_pages().values().flat_map(|&p| d.get_page_contents(p)).collect();
    for id in contents {
        let Ok(lopdf::Object::Stream(s)) = d.get_object_mut(id) else { continue };
        if s.dict.has(b"Filter") {
            continue;
        }
        let mut out = Vec::with_capacity(s.content.len());
        for line in s.content.split_inclusive(|&b| b == b'\n') {
            let body = line.strip_suffix(b"\n").unwrap_or(line);
            if body.starts_with(b"[") && body.ends_with(b"] TJ") {
                let mut k = 0;
                while k < line.len() {
                    // `…A9><01…`: the end of one glyph's string and the start of the next
                    let joint = line[k] == b'>'
                        && k > 0
                        && line[k - 1].is_ascii_hexdigit()
                        && line.get(k + 1) == Some(&b'<')
                        && line.get(k + 2).is_some_and(u8::is_ascii_hexdigit);
                    if joint {
                        k += 2;
                    } else {
                        out.push(line[k]);
                        k += 1;
                    }
                }
            } else {
                out.extend_from_slice(line);
            }
        }
        s.set_content(out);
    }
}

/// A ToUnicode CMap for two-byte codes: runs of consecutive codes (within one high byte, at
/// most 100 to a block as the CMap format asks) as `bfrange` entries — one destination when the
/// characters are consecutive too, else an array of them — and lone codes as `bfchar`.
fn to_unicode_ranges(map: &BTreeMap<u32, Vec<u32>>) -> Vec<u8> {
    let hex = |units: &[u32]| -> String {
        let mut s = String::from("<");
        for &u in units {
            match char::from_u32(u) {
                Some(c) => c.encode_utf16(&mut [0; 2]).iter().for_each(|w| s.push_str(&format!("{w:04X}"))),
                None => s.push_str(&format!("{u:04X}")),
            }
        }
        s.push('>');
        s
    };
    let entries: Vec<(u32, &Vec<u32>)> = map.iter().filter(|(c, v)| **c <= 0xFFFF && !v.is_empty()).map(|(c, v)| (*c, v)).collect();
    let mut runs: Vec<&[(u32, &Vec<u32>)]> = Vec::new();
    let mut start = 0;
    for i in 1..=entries.len() {
        let breaks = i == entries.len() || entries[i].0 != entries[i - 1].0 + 1 || entries[i].0 >> 8 != entries[start].0 >> 8;
        if breaks {
            runs.push(&entries[start..i]);
            start = i;
        }
    }
    let (ranges, singles): (Vec<_>, Vec<_>) = runs.into_iter().partition(|r| r.len() > 1);
    let mut out = String::from(
        "/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n",
    );
    for block in ranges.chunks(100) {
        out.push_str(&format!("{} beginbfrange\n", block.len()));
        for r in block {
            let (first, last) = (r[0].0, r[r.len() - 1].0);
            let single = |v: &Vec<u32>| v.len() == 1 && v[0] <= 0xFFFF;
            // one destination counts up in its last byte only, so the characters stay in one
            // high byte too
            let consecutive = r.iter().all(|(_, v)| single(v)) && r.windows(2).all(|w| w[1].1[0] == w[0].1[0] + 1 && w[1].1[0] >> 8 == r[0].1[0] >> 8);
            if consecutive {
                out.push_str(&format!("<{first:04X}> <{last:04X}> {}\n", hex(r[0].1)));
            } else {
                let dests: Vec<String> = r.iter().map(|(_, v)| hex(v)).collect();
                out.push_str(&format!("<{first:04X}> <{last:04X}> [{}]\n", dests.join(" ")));
            }
        }
        out.push_str("endbfrange\n");
    }
    let singles: Vec<(u32, &Vec<u32>)> = singles.into_iter().map(|r| r[0]).collect();
    for block in singles.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", block.len()));
        for (c, v) in block {
            out.push_str(&format!("<{c:04X}> {}\n", hex(v)));
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// Deflate every stream that allows it and is not encoded yet (content streams, font programs),
/// side by side: the body face's program alone takes most of the time. A font program that an
/// earlier document of the process embedded too is deflated once (the memo is keyed by a hash
/// of the program).
fn deflate_streams(d: &mut lopdf::Document, memo: &super::memo::Memo<[u8; 32], Vec<u8>>) {
    let mut todo: Vec<&mut lopdf::Stream> = d
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => Some(s),
            _ => None,
        })
        .collect();
    todo.par_iter_mut().for_each(|s| {
        let packed = if s.content.len() >= MEMO_DEFLATE_FROM {
            let key: [u8; 32] = Sha256::digest(&s.content).into();
            memo.get_or_make(key, || super::deflate::zlib(&s.content, STREAM_DEFLATE_LEVEL)).ok().map(|p| (*p).clone())
        } else {
            super::deflate::zlib(&s.content, STREAM_DEFLATE_LEVEL).ok()
        };
        if let Some(packed) = packed
            && packed.len() < s.content.len()
        {
            s.dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
            s.set_content(packed);
        }
    });
}

/// Streams from this size on (font programs, not pages) have their deflated bytes memoised.
const MEMO_DEFLATE_FROM: usize = 8 * 1024;

/// Write the file once, with object streams and a cross-reference stream, then put its /ID in:
/// the first half of a SHA-256 of the file written with an /ID of zeros, patched in place (the
/// trailer dictionary of a cross-reference stream is not compressed).
fn write_with_id(mut d: lopdf::Document) -> Result<Vec<u8>> {
    use lopdf::{Object, StringFormat};
    let zeros = Object::String(vec![0; 16], StringFormat::Hexadecimal);
    d.trailer.set("ID", Object::Array(vec![zeros.clone(), zeros]));
    let options = lopdf::SaveOptions::builder().use_object_streams(true).use_xref_streams(true).compression_level(DEFLATE_LEVEL).build();
    let mut out = Vec::new();
    d.save_with_options(&mut out, options).map_err(|e| Failure::from(Diagnostic::error(format!("internal error writing the PDF: {e}"))))?;
    let placeholder = format!("<{}>", "00".repeat(16));
    // the /ID is in the cross-reference stream's dictionary, which `startxref` points at: only
    // that tail is searched (searching the whole file took 2 % of a batch)
    let from = xref_offset(&out).filter(|&at| at < out.len()).unwrap_or(0);
    let spots: Vec<usize> = out[from..].windows(placeholder.len()).enumerate().filter(|(_, w)| *w == placeholder.as_bytes()).map(|(i, _)| from + i).collect();
    if spots.len() < 2 {
        return Err(Failure::from(Diagnostic::error("internal error: the PDF was written without its /ID")));
    }
    let hash = Sha256::digest(&out);
    let hex: String = hash[..16].iter().map(|b| format!("{b:02X}")).collect();
    for at in &spots[spots.len() - 2..] {
        out[at + 1..at + 33].copy_from_slice(hex.as_bytes());
    }
    Ok(out)
}

/// The byte offset after the file's last `startxref`: where its cross-reference section starts.
fn xref_offset(pdf: &[u8]) -> Option<usize> {
    let tail = &pdf[pdf.len().saturating_sub(64)..];
    let at = tail.windows(9).rposition(|w| w == b"startxref")?;
    let digits: String = tail[at + 9..].iter().skip_while(|b| b.is_ascii_whitespace()).take_while(|b| b.is_ascii_digit()).map(|&b| b as char).collect();
    digits.parse().ok()
}

/// The six-letter subset tag of a font (`ABCDEF+Name`), derived from the face and its glyphs so
/// that it is the same for the same document and differs between subsets.
fn subset_tag(n: usize, name: &str, glyphs: &std::collections::BTreeSet<u16>) -> String {
    let mut h = Sha256::new();
    h.update(n.to_le_bytes());
    h.update(name.as_bytes());
    for g in glyphs {
        h.update(g.to_le_bytes());
    }
    h.finalize().iter().take(6).map(|b| (b'A' + b % 26) as char).collect()
}

/// `ABCDEF+NotoSerifCJKsc-Regular` on the Type0 font, its descendant and the descriptor, the tag
/// being the font's resource name (see `subset_tag`).
fn tag_subset_fonts(d: &mut lopdf::Document) {
    use lopdf::Object;
    let mut fonts: Vec<(Vec<u8>, lopdf::ObjectId)> = Vec::new();
    for (_, page) in d.get_pages() {
        let Ok(res) = d.get_dictionary(page).and_then(|p| p.get(b"Resources")).and_then(|r| match r {
            Object::Reference(id) => d.get_dictionary(*id),
            Object::Dictionary(dict) => Ok(dict),
            _ => Err(lopdf::Error::DictType { expected: "dictionary", found: String::new() }),
        }) else {
            continue;
        };
        let Ok(f) = res.get(b"Font").and_then(|f| match f {
            Object::Reference(id) => d.get_dictionary(*id),
            Object::Dictionary(dict) => Ok(dict),
            _ => Err(lopdf::Error::DictType { expected: "dictionary", found: String::new() }),
        }) else {
            continue;
        };
        for (name, r) in f.iter() {
            if let Object::Reference(id) = r
                && name.len() == 6
                && name.iter().all(u8::is_ascii_uppercase)
                && !fonts.iter().any(|(_, x)| x == id)
            {
                fonts.push((name.clone(), *id));
            }
        }
    }
    for (tag, id) in fonts {
        let mut targets = vec![id];
        if let Ok(font) = d.get_dictionary(id)
            && let Ok(Object::Array(desc)) = font.get(b"DescendantFonts")
        {
            for x in desc {
                if let Object::Reference(r) = x {
                    targets.push(*r);
                }
            }
        }
        // descendant fonts written inline in the Type0 dictionary
        let mut descriptors = Vec::new();
        if let Ok(Object::Dictionary(font)) = d.get_object_mut(id)
            && let Ok(Object::Array(desc)) = font.get_mut(b"DescendantFonts")
        {
            for x in desc.iter_mut() {
                let Object::Dictionary(dd) = x else { continue };
                if let Ok(Object::Name(n)) = dd.get(b"BaseFont")
                    && !n.contains(&b'+')
                {
                    let mut v = tag.clone();
                    v.push(b'+');
                    v.extend_from_slice(n);
                    dd.set("BaseFont", Object::Name(v));
                }
                if let Ok(Object::Reference(fd)) = dd.get(b"FontDescriptor") {
                    descriptors.push(*fd);
                }
            }
        }
        for t in &targets {
            if let Ok(Object::Dictionary(dict)) = d.get_object_mut(*t) {
                if let Ok(Object::Name(n)) = dict.get(b"BaseFont")
                    && !n.contains(&b'+')
                {
                    let mut v = tag.clone();
                    v.push(b'+');
                    v.extend_from_slice(n);
                    dict.set("BaseFont", Object::Name(v));
                }
                if let Ok(Object::Reference(fd)) = dict.get(b"FontDescriptor") {
                    descriptors.push(*fd);
                }
            }
        }
        for fd in descriptors {
            if let Ok(Object::Dictionary(dict)) = d.get_object_mut(fd)
                && let Ok(Object::Name(n)) = dict.get(b"FontName")
                && !n.contains(&b'+')
            {
                let mut v = tag.clone();
                v.push(b'+');
                v.extend_from_slice(n);
                dict.set("FontName", Object::Name(v));
            }
        }
    }
}

fn utf16be(s: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where a viewer puts each line that `ops` start, reading them as PDF operators do.
    fn line_starts(ops: &[Op]) -> Vec<(f64, f64)> {
        let (mut x, mut y) = (0.0f64, 0.0f64);
        let mut out = Vec::new();
        for op in ops {
            match op {
                Op::SetTextCursor { pos } => (x, y) = (x + pos.x.0 as f64, y + pos.y.0 as f64),
                Op::SetTextMatrix { matrix: TextMatrix::Raw(m) } => (x, y) = (m[4] as f64, m[5] as f64),
                _ => continue,
            }
            out.push((x, y));
        }
        out
    }

    #[test]
    fn relative_line_moves_put_every_line_where_layout_put_it_without_drift() {
        let mut ops = Vec::new();
        let mut line = LineStart::default();
        // a page of 40 runs of 22 lines, at positions that no f32 difference holds exactly
        let wanted: Vec<(f32, f32)> = (0..880).map(|i| (79.37008 + (i % 40) as f32 * 11.03117, 785.1969 - (i / 40) as f32 * 28.94888)).collect();
        for &(x, y) in &wanted {
            line.set(&mut ops, x, y, 0.0);
        }
        assert!(ops.iter().all(|o| matches!(o, Op::SetTextCursor { .. })), "unslanted lines move relatively");
        for ((gx, gy), (wx, wy)) in line_starts(&ops).into_iter().zip(&wanted) {
            assert!((gx - *wx as f64).abs() < 1e-4 && (gy - *wy as f64).abs() < 1e-4, "({gx}, {gy}) for ({wx}, {wy})");
        }
    }

    #[test]
    fn a_slanted_run_is_set_by_its_matrix_and_the_next_line_after_it_too() {
        let mut ops = Vec::new();
        let mut line = LineStart::default();
        line.set(&mut ops, 100.0, 700.0, 0.0);
        line.set(&mut ops, 120.0, 700.0, 0.2);
        line.set(&mut ops, 140.0, 700.0, 0.0);
        line.set(&mut ops, 160.0, 680.0, 0.0);
        let kinds: Vec<&str> = ops
            .iter()
            .map(|o| match o {
                Op::SetTextCursor { .. } => "Td",
                Op::SetTextMatrix { .. } => "Tm",
                _ => "?",
            })
            .collect();
        assert_eq!(kinds, ["Td", "Tm", "Tm", "Td"]);
        assert_eq!(line_starts(&ops).last().copied(), Some((160.0, 680.0)));
    }

    #[test]
    fn a_tounicode_map_is_written_in_ranges() {
        let map: BTreeMap<u32, Vec<u32>> =
            [(1, vec![0x3001]), (2, vec![0x3002]), (3, vec![0x4E00]), (5, vec![0x4E03]), (6, vec![0x66]), (7, vec![0x67]), (0x100, vec![0x66, 0x69])]
                .into_iter()
                .collect();
        let text = String::from_utf8(to_unicode_ranges(&map)).unwrap();
        assert!(text.contains("2 beginbfrange\n<0001> <0003> [<3001> <3002> <4E00>]\n<0005> <0007> [<4E03> <0066> <0067>]\n"), "{text}");
        assert!(text.contains("1 beginbfchar\n<0100> <00660069>\n"), "{text}");
        // read back by printpdf's own parser: every code maps to what it did
        let back = printpdf::ToUnicodeCMap::parse(&text).unwrap();
        assert_eq!(back.mappings, map);
    }

    #[test]
    fn consecutive_codes_for_consecutive_characters_take_one_destination() {
        let map: BTreeMap<u32, Vec<u32>> = (0x10..0x20).map(|c| (c, vec![0x4E00 + c])).collect();
        let text = String::from_utf8(to_unicode_ranges(&map)).unwrap();
        assert!(text.contains("<0010> <001F> <4E10>\n"), "{text}");
        assert_eq!(printpdf::ToUnicodeCMap::parse(&text).unwrap().mappings, map);
        // characters that cross a high byte (`U+4EFF`, `U+4F00`) are listed, not counted up
        let map: BTreeMap<u32, Vec<u32>> = [(1, vec![0x4EFF]), (2, vec![0x4F00])].into_iter().collect();
        let text = String::from_utf8(to_unicode_ranges(&map)).unwrap();
        assert!(text.contains("<0001> <0002> [<4EFF> <4F00>]\n"), "{text}");
    }
}
