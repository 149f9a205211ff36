//! OFD output (GB/T 33190-2016, 开放版式文档): the pages layout made, drawn as the PDF draws
//! them, in the fixed-layout format Chinese e-government systems and archives exchange.
//!
//! The container is a ZIP of XML parts:
//!
//! ```text
//! OFD.xml                         DocInfo (title, author, dates, a DocID from the content)
//! Doc_0/Document.xml              page area, the page list, the outline
//! Doc_0/PublicRes.xml             fonts, colour spaces, draw parameters
//! Doc_0/DocumentRes.xml           images
//! Doc_0/Res/…                     the subset faces (with a cmap) and the image files
//! Doc_0/Pages/Page_N/Content.xml  text, rules and images of page N+1
//! ```
//!
//! Text is a `TextObject` per run of one face, size and baseline, its characters in `TextCode`
//! with each glyph's position from layout in `DeltaX`; a glyph that its character does not name
//! through the font's cmap (a ligature, a second glyph of a cluster, an alternate form) gets a
//! `CGTransform`. Links are click actions on their region of the page. Units are millimetres
//! from the top-left corner of the page, as in layout.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::Arc;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Failure, Result};
use crate::fonts::Face;
use crate::layout::{ImageItem, Item, Page, PagedDocument, PlacedGlyph, Rule, TextRun};
use crate::style::ImageFormat;
use crate::style::units::Color;

const NS: &str = "http://www.ofdspec.org/2016";
const MM_PER_PT: f64 = 25.4 / 72.0;

/// A length in points as OFD's millimetres: at most three decimals (a micrometre), no
/// trailing zeros, so that the same layout writes the same text.
fn mm(pt: f32) -> String {
    num(pt as f64 * MM_PER_PT)
}

fn num(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Unit ids: every font, colour space, draw parameter, image, page, layer and object of the
/// document has its own, counted from 1 in the order they are written.
#[derive(Default)]
struct Ids(u32);

impl Ids {
    fn next(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

/// A face as the document's resources hold it.
struct FontRes {
    id: u32,
    face: Arc<Face>,
    /// The subset font file, with a cmap for the characters its glyphs stand for.
    file: Vec<u8>,
    /// The face's glyph ids → the subset's.
    remap: subsetter::GlyphRemapper,
    /// Each character the cmap maps, and the face's glyph it maps to.
    cmap: BTreeMap<u32, u16>,
}

impl FontRes {
    fn file_name(&self) -> String {
        // CFF outlines make an .otf, TrueType outlines a .ttf
        format!("font_{}.{}", self.id, if self.file.starts_with(b"OTTO") { "otf" } else { "ttf" })
    }
    /// Does a reader that looks the glyph's text up in the cmap find this very glyph?
    fn by_cmap(&self, g: &PlacedGlyph) -> bool {
        let mut cs = g.text.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if self.cmap.get(&(c as u32)) == Some(&g.id))
    }
}

/// An image as the document's resources hold it.
struct MediaRes {
    id: u32,
    data: Arc<Vec<u8>>,
    format: ImageFormat,
}

impl MediaRes {
    fn file_name(&self) -> String {
        format!("image_{}.{}", self.id, if self.format == ImageFormat::Png { "png" } else { "jpg" })
    }
}

/// Everything the pages refer to.
struct Resources {
    fonts: BTreeMap<usize, FontRes>,
    /// The CMYK colour space, when a colour is given in CMYK (the standard's red ink).
    cmyk: Option<u32>,
    /// A draw parameter per stroke width of synthetic bold, for readers that take a text's
    /// line width from its draw parameter only.
    strokes: BTreeMap<u32, u32>,
    media: Vec<MediaRes>,
}

/// Options of the OFD renderer.
#[derive(Debug, Clone, Default)]
pub struct OfdOptions {
    /// Subsets made for earlier documents of the process, to reuse (same bytes either way).
    pub subsets: Option<Arc<super::memo::Subsets>>,
}

/// Render a paged document to OFD bytes.
pub fn render(doc: &PagedDocument, opts: &OfdOptions) -> Result<Vec<u8>> {
    let mut ids = Ids::default();
    let res = resources(doc, &mut ids, opts.subsets.as_deref())?;
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut page_ids = Vec::with_capacity(doc.pages.len());
    for (n, page) in doc.pages.iter().enumerate() {
        let id = ids.next();
        page_ids.push(id);
        parts.push((format!("Doc_0/Pages/Page_{n}/Content.xml"), page_xml(doc, page, &res, &mut ids)?));
    }
    parts.push(("Doc_0/Document.xml".into(), document_xml(doc, &page_ids, ids.0)?));
    parts.push(("Doc_0/PublicRes.xml".into(), public_res_xml(&res)?));
    parts.push(("Doc_0/DocumentRes.xml".into(), document_res_xml(&res)?));
    for f in res.fonts.values() {
        parts.push((format!("Doc_0/Res/{}", f.file_name()), f.file.clone()));
    }
    for m in &res.media {
        parts.push((format!("Doc_0/Res/{}", m.file_name()), m.data.to_vec()));
    }
    // the id names the content: a hash of every part but OFD.xml, which carries it
    let mut hash = Sha256::new();
    for (name, bytes) in &parts {
        hash.update(name.as_bytes());
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    }
    let doc_id: String = hash.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect();
    parts.insert(0, ("OFD.xml".into(), ofd_xml(doc, &doc_id)?));
    zip(&parts).map_err(|e| Failure::from(Diagnostic::error(format!("the OFD cannot be written: {e}"))))
}

/// Fonts (subset to the glyphs the document uses, in an order of their faces' own), colour
/// spaces, draw parameters, and images in the order the pages first use them.
fn resources(doc: &PagedDocument, ids: &mut Ids, memo: Option<&super::memo::Subsets>) -> Result<Resources> {
    let mut used: BTreeMap<usize, (Arc<Face>, BTreeSet<u16>, BTreeMap<u32, u16>)> = BTreeMap::new();
    let mut cmyk = false;
    let mut widths: BTreeSet<u32> = BTreeSet::new();
    let mut images: Vec<(Arc<Vec<u8>>, ImageFormat)> = Vec::new();
    for page in &doc.pages {
        for it in &page.items {
            match it {
                Item::Text(t) => {
                    let e = used.entry(t.face.key).or_insert_with(|| (t.face.clone(), BTreeSet::new(), BTreeMap::new()));
                    for g in &t.glyphs {
                        e.1.insert(g.id);
                        let mut cs = g.text.chars();
                        if let (Some(c), None) = (cs.next(), cs.next()) {
                            e.2.entry(c as u32).or_insert(g.id);
                        }
                    }
                    cmyk |= matches!(t.color, Color::Cmyk(..));
                    if t.bold_stroke > 0.0 {
                        widths.insert(t.bold_stroke.to_bits());
                    }
                }
                Item::Rule(r) => cmyk |= matches!(r.color, Color::Cmyk(..)),
                Item::Image(im) => {
                    if !images.iter().any(|(d, _)| Arc::ptr_eq(d, &im.image.data) || **d == *im.image.data) {
                        images.push((im.image.data.clone(), im.image.format));
                    }
                }
                Item::Link(_) => {}
            }
        }
    }
    // faces in an order of their own (not the process's load order), as in the PDF
    let mut faces: Vec<_> = used.into_values().collect();
    faces.sort_by(|(a, ..), (b, ..)| (&a.postscript_name, &a.family, a.index, a.data().len()).cmp(&(&b.postscript_name, &b.family, b.index, b.data().len())));
    // the faces are subset side by side, as for the PDF: the body face takes most of the time
    let subsets: Vec<(Vec<u8>, subsetter::GlyphRemapper)> = faces
        .par_iter()
        .map(|(face, glyphs, cmap)| {
            let glyphs: Vec<u16> = glyphs.iter().copied().collect();
            let make = || -> Result<Vec<u8>> {
                let (tables, version) = super::sfnt::standalone(face, &glyphs, cmap)
                    .ok_or_else(|| Failure::from(Diagnostic::error(format!("the font {} cannot be subset for the OFD", face.family))))?;
                Ok(super::sfnt::build(version, tables))
            };
            let file = match memo {
                Some(m) => (*m.ofd.get_or_make((face.key, glyphs.clone(), cmap.clone()), make)?).clone(),
                None => make()?,
            };
            Ok((file, super::sfnt::remapper(&glyphs)))
        })
        .collect::<Result<_>>()?;
    let mut fonts = BTreeMap::new();
    for ((face, _, cmap), (file, remap)) in faces.into_iter().zip(subsets) {
        fonts.insert(face.key, FontRes { id: ids.next(), face, file, remap, cmap });
    }
    let cmyk = cmyk.then(|| ids.next());
    let strokes = widths.into_iter().map(|w| (w, ids.next())).collect();
    let media = images.into_iter().map(|(data, format)| MediaRes { id: ids.next(), data, format }).collect();
    Ok(Resources { fonts, cmyk, strokes, media })
}

type Xml = Writer<Vec<u8>>;
type XmlResult = std::io::Result<()>;

fn xml_error(e: std::io::Error) -> Failure {
    Failure::from(Diagnostic::error(format!("internal error: the OFD's XML cannot be written: {e}")))
}

/// An XML part: declaration, then `body` writes the root element.
fn part(body: impl FnOnce(&mut Xml) -> XmlResult) -> Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).map_err(xml_error)?;
    body(&mut w).map_err(xml_error)?;
    Ok(w.into_inner())
}

/// `<name>text</name>`
fn leaf(w: &mut Xml, name: &str, text: &str) -> XmlResult {
    w.create_element(name).write_text_content(BytesText::new(text))?;
    Ok(())
}

fn ofd_xml(doc: &PagedDocument, doc_id: &str) -> Result<Vec<u8>> {
    let (y, m, d, ..) = super::civil(super::timestamp(doc.info.date));
    let date = format!("{y:04}-{m:02}-{d:02}");
    let info = &doc.info;
    part(|w| {
        w.create_element("ofd:OFD").with_attributes([("xmlns:ofd", NS), ("Version", "1.0"), ("DocType", "OFD")]).write_inner_content(|w| {
            w.create_element("ofd:DocBody").write_inner_content(|w| {
                w.create_element("ofd:DocInfo").write_inner_content(|w| {
                    leaf(w, "ofd:DocID", doc_id)?;
                    for (name, v) in [("ofd:Title", &info.title), ("ofd:Author", &info.author), ("ofd:Subject", &info.subject)] {
                        if !v.is_empty() {
                            leaf(w, name, v)?;
                        }
                    }
                    leaf(w, "ofd:CreationDate", &date)?;
                    leaf(w, "ofd:ModDate", &date)?;
                    if !info.keywords.is_empty() {
                        w.create_element("ofd:Keywords").write_inner_content(|w| {
                            for k in &info.keywords {
                                leaf(w, "ofd:Keyword", k)?;
                            }
                            Ok(())
                        })?;
                    }
                    leaf(w, "ofd:Creator", "folio")?;
                    leaf(w, "ofd:CreatorVersion", env!("CARGO_PKG_VERSION"))?;
                    Ok(())
                })?;
                leaf(w, "ofd:DocRoot", "Doc_0/Document.xml")?;
                Ok(())
            })?;
            Ok(())
        })?;
        Ok(())
    })
}

fn document_xml(doc: &PagedDocument, page_ids: &[u32], max_id: u32) -> Result<Vec<u8>> {
    let physical = format!("0 0 {} {}", mm(doc.width), mm(doc.height));
    part(|w| {
        w.create_element("ofd:Document").with_attribute(("xmlns:ofd", NS)).write_inner_content(|w| {
            w.create_element("ofd:CommonData").write_inner_content(|w| {
                leaf(w, "ofd:MaxUnitID", &max_id.to_string())?;
                w.create_element("ofd:PageArea").write_inner_content(|w| leaf(w, "ofd:PhysicalBox", &physical))?;
                leaf(w, "ofd:PublicRes", "PublicRes.xml")?;
                leaf(w, "ofd:DocumentRes", "DocumentRes.xml")?;
                Ok(())
            })?;
            w.create_element("ofd:Pages").write_inner_content(|w| {
                for (n, id) in page_ids.iter().enumerate() {
                    let loc = format!("Pages/Page_{n}/Content.xml");
                    w.create_element("ofd:Page").with_attributes([("ID", id.to_string().as_str()), ("BaseLoc", loc.as_str())]).write_empty()?;
                }
                Ok(())
            })?;
            if !doc.outline.is_empty() {
                w.create_element("ofd:Outlines").write_inner_content(|w| outline(w, doc, page_ids, 0, 0).map(|_| ()))?;
            }
            Ok(())
        })?;
        Ok(())
    })
}

/// The outline entries from `i` on that nest under a parent of level `level` (headings nest
/// under the nearest earlier heading of a lower level, as in the PDF); returns the next index.
fn outline(w: &mut Xml, doc: &PagedDocument, page_ids: &[u32], mut i: usize, level: u8) -> std::io::Result<usize> {
    while let Some(e) = doc.outline.get(i).filter(|e| e.level > level) {
        let mut next = i + 1;
        let page = page_ids.get(e.page).copied().unwrap_or(page_ids[0]).to_string();
        let top = mm(e.y);
        w.create_element("ofd:OutlineElem").with_attribute(("Title", e.title.as_str())).write_inner_content(|w| {
            w.create_element("ofd:Actions").write_inner_content(|w| {
                w.create_element("ofd:Action").with_attribute(("Event", "CLICK")).write_inner_content(|w| {
                    w.create_element("ofd:Goto").write_inner_content(|w| {
                        w.create_element("ofd:Dest")
                            .with_attributes([("Type", "XYZ"), ("PageID", page.as_str()), ("Left", "0"), ("Top", top.as_str())])
                            .write_empty()?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
            next = outline(w, doc, page_ids, i + 1, e.level)?;
            Ok(())
        })?;
        i = next;
    }
    Ok(i)
}

fn public_res_xml(res: &Resources) -> Result<Vec<u8>> {
    part(|w| {
        w.create_element("ofd:Res").with_attributes([("xmlns:ofd", NS), ("BaseLoc", "Res")]).write_inner_content(|w| {
            if let Some(id) = res.cmyk {
                w.create_element("ofd:ColorSpaces").write_inner_content(|w| {
                    w.create_element("ofd:ColorSpace")
                        .with_attributes([("ID", id.to_string().as_str()), ("Type", "CMYK"), ("BitsPerComponent", "8")])
                        .write_empty()?;
                    Ok(())
                })?;
            }
            if !res.strokes.is_empty() {
                w.create_element("ofd:DrawParams").write_inner_content(|w| {
                    for (bits, id) in &res.strokes {
                        let width = mm(f32::from_bits(*bits));
                        w.create_element("ofd:DrawParam").with_attributes([("ID", id.to_string().as_str()), ("LineWidth", width.as_str())]).write_empty()?;
                    }
                    Ok(())
                })?;
            }
            w.create_element("ofd:Fonts").write_inner_content(|w| {
                for f in res.fonts.values() {
                    let id = f.id.to_string();
                    let mut el = w.create_element("ofd:Font").with_attributes([
                        ("ID", id.as_str()),
                        ("FontName", f.face.postscript_name.as_str()),
                        ("FamilyName", f.face.family.as_str()),
                    ]);
                    if f.face.bold {
                        el = el.with_attribute(("Bold", "true"));
                    }
                    el.write_inner_content(|w| leaf(w, "ofd:FontFile", &f.file_name()))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
        Ok(())
    })
}

fn document_res_xml(res: &Resources) -> Result<Vec<u8>> {
    part(|w| {
        w.create_element("ofd:Res").with_attributes([("xmlns:ofd", NS), ("BaseLoc", "Res")]).write_inner_content(|w| {
            if !res.media.is_empty() {
                w.create_element("ofd:MultiMedias").write_inner_content(|w| {
                    for m in &res.media {
                        let format = if m.format == ImageFormat::Png { "PNG" } else { "JPEG" };
                        w.create_element("ofd:MultiMedia")
                            .with_attributes([("ID", m.id.to_string().as_str()), ("Type", "Image"), ("Format", format)])
                            .write_inner_content(|w| leaf(w, "ofd:MediaFile", &m.file_name()))?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(())
    })
}

/// A page: rules and images, then the text, then seals over the text — the PDF's order.
fn page_xml(doc: &PagedDocument, page: &Page, res: &Resources, ids: &mut Ids) -> Result<Vec<u8>> {
    let physical = format!("0 0 {} {}", mm(doc.width), mm(doc.height));
    let layer = ids.next().to_string();
    let mut body = Writer::new(Vec::new());
    let w = &mut body;
    for it in &page.items {
        match it {
            Item::Rule(r) => rule(w, r, res, ids),
            Item::Image(im) if !im.over_text => image(w, im, res, ids),
            _ => Ok(()),
        }
        .map_err(xml_error)?;
    }
    for it in &page.items {
        if let Item::Text(t) = it {
            text(w, t, res, ids).map_err(xml_error)?;
        }
    }
    for it in &page.items {
        if let Item::Image(im) = it
            && im.over_text
        {
            image(w, im, res, ids).map_err(xml_error)?;
        }
    }
    let objects = body.into_inner();
    part(|w| {
        w.create_element("ofd:Page").with_attribute(("xmlns:ofd", NS)).write_inner_content(|w| {
            w.create_element("ofd:Area").write_inner_content(|w| leaf(w, "ofd:PhysicalBox", &physical))?;
            w.create_element("ofd:Content").write_inner_content(|w| {
                w.create_element("ofd:Layer").with_attributes([("ID", layer.as_str()), ("Type", "Body")]).write_inner_content(|w| {
                    w.get_mut().write_all(&objects)?;
                    Ok(())
                })?;
                Ok(())
            })?;
            links(w, page)
        })?;
        Ok(())
    })
}

/// The page's links as actions on a click in their region (the PDF's link annotations).
fn links(w: &mut Xml, page: &Page) -> XmlResult {
    let links: Vec<&crate::layout::LinkItem> = page.items.iter().filter_map(|i| if let Item::Link(l) = i { Some(l) } else { None }).collect();
    if links.is_empty() {
        return Ok(());
    }
    w.create_element("ofd:Actions").write_inner_content(|w| {
        for l in &links {
            let (x0, y0, x1, y1) = (mm(l.x), mm(l.y), mm(l.x + l.w), mm(l.y + l.h));
            w.create_element("ofd:Action").with_attribute(("Event", "CLICK")).write_inner_content(|w| {
                w.create_element("ofd:Region").write_inner_content(|w| {
                    w.create_element("ofd:Area").with_attribute(("Start", format!("{x0} {y0}").as_str())).write_inner_content(|w| {
                        for (x, y) in [(&x1, &y0), (&x1, &y1), (&x0, &y1)] {
                            w.create_element("ofd:Line").with_attribute(("Point1", format!("{x} {y}").as_str())).write_empty()?;
                        }
                        w.create_element("ofd:Close").write_empty()?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                w.create_element("ofd:URI").with_attribute(("URI", l.url.as_str())).write_empty()?;
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

/// A colour element (`FillColor`, `StrokeColor`): RGB in the default colour space, CMYK in the
/// document's CMYK space (components 0–255).
fn color(w: &mut Xml, name: &str, c: Color, res: &Resources) -> XmlResult {
    match (c, res.cmyk) {
        (Color::Cmyk(c, m, y, k), Some(cs)) => {
            let v = [c, m, y, k].map(|p| ((p.clamp(0.0, 100.0) * 2.55).round() as u8).to_string()).join(" ");
            w.create_element(name).with_attributes([("ColorSpace", cs.to_string().as_str()), ("Value", v.as_str())]).write_empty()?;
        }
        _ => {
            let (r, g, b) = c.rgb();
            w.create_element(name).with_attribute(("Value", format!("{r} {g} {b}").as_str())).write_empty()?;
        }
    }
    Ok(())
}

/// A rule as a stroked path: its box is the line's, widened by the stroke.
fn rule(w: &mut Xml, r: &Rule, res: &Resources, ids: &mut Ids) -> XmlResult {
    let pad = r.width / 2.0;
    let (x0, y0) = (r.x1.min(r.x2) - pad, r.y1.min(r.y2) - pad);
    let (x1, y1) = (r.x1.max(r.x2) + pad, r.y1.max(r.y2) + pad);
    let boundary = format!("{} {} {} {}", mm(x0), mm(y0), mm(x1 - x0), mm(y1 - y0));
    let path = format!("M {} {} L {} {}", mm(r.x1 - x0), mm(r.y1 - y0), mm(r.x2 - x0), mm(r.y2 - y0));
    w.create_element("ofd:PathObject")
        .with_attributes([
            ("ID", ids.next().to_string().as_str()),
            ("Boundary", boundary.as_str()),
            ("LineWidth", mm(r.width).as_str()),
            ("Stroke", "true"),
            ("Fill", "false"),
        ])
        .write_inner_content(|w| {
            color(w, "ofd:StrokeColor", r.color, res)?;
            leaf(w, "ofd:AbbreviatedData", &path)
        })?;
    Ok(())
}

/// An image scaled into its layout box (an image object maps the unit square through its CTM).
fn image(w: &mut Xml, im: &ImageItem, res: &Resources, ids: &mut Ids) -> XmlResult {
    let Some(m) = res.media.iter().find(|m| Arc::ptr_eq(&m.data, &im.image.data) || *m.data == *im.image.data) else {
        return Ok(());
    };
    let boundary = format!("{} {} {} {}", mm(im.x), mm(im.y), mm(im.w), mm(im.h));
    let ctm = format!("{} 0 0 {} 0 0", mm(im.w), mm(im.h));
    w.create_element("ofd:ImageObject")
        .with_attributes([
            ("ID", ids.next().to_string().as_str()),
            ("Boundary", boundary.as_str()),
            ("CTM", ctm.as_str()),
            ("ResourceID", m.id.to_string().as_str()),
        ])
        .write_empty()?;
    Ok(())
}

/// A text run: one text object per stretch of one rise (a superscript is a stretch of its own),
/// each with one `TextCode`, so that a `CGTransform`'s position counts from that code's start
/// whichever way a reader reads the standard.
fn text(w: &mut Xml, t: &TextRun, res: &Resources, ids: &mut Ids) -> XmlResult {
    let Some(font) = res.fonts.get(&t.face.key) else { return Ok(()) };
    let mut i = 0;
    while i < t.glyphs.len() {
        let rise = t.glyphs[i].rise;
        let mut j = i + 1;
        while j < t.glyphs.len() && t.glyphs[j].rise == rise {
            j += 1;
        }
        text_object(w, t, &t.glyphs[i..j], font, res, ids)?;
        i = j;
    }
    Ok(())
}

/// One glyph's place in a text code: the characters it stands for, and whether it needs a
/// `CGTransform` (glyph ids of the subset) because its text does not name it through the cmap.
struct Code {
    chars: String,
    x: f32,
    glyphs: Vec<u16>,
    by_cmap: bool,
}

/// The glyphs as codes: a glyph with no text of its own (the second glyph of a cluster) joins
/// the code before it.
fn codes(glyphs: &[PlacedGlyph], font: &FontRes) -> Vec<Code> {
    let mut out: Vec<Code> = Vec::with_capacity(glyphs.len());
    for g in glyphs {
        let gid = font.remap.get(g.id).unwrap_or(0);
        match out.last_mut() {
            Some(last) if g.text.is_empty() => {
                last.glyphs.push(gid);
                last.by_cmap = false;
            }
            _ => out.push(Code { chars: g.text.clone(), x: g.x, glyphs: vec![gid], by_cmap: font.by_cmap(g) }),
        }
    }
    // a code must stand for at least one character: a textless first glyph takes a space
    for c in &mut out {
        if c.chars.is_empty() {
            c.chars.push(' ');
            c.by_cmap = false;
        }
    }
    out
}

fn text_object(w: &mut Xml, t: &TextRun, glyphs: &[PlacedGlyph], font: &FontRes, res: &Resources, ids: &mut Ids) -> XmlResult {
    let codes = codes(glyphs, font);
    let Some(first) = codes.first() else { return Ok(()) };
    let scale = t.hscale / 100.0;
    let baseline = t.baseline - glyphs[0].rise;
    // the object's box: the glyphs' em boxes and a margin, so that no reader clips an outline
    let x0 = first.x - t.size;
    let x1 = codes.iter().map(|c| c.x).fold(first.x, f32::max) + 2.0 * t.size * scale.max(1.0);
    let (y0, y1) = (baseline - 1.5 * t.size, baseline + 0.5 * t.size);
    let boundary = format!("{} {} {} {}", mm(x0), mm(y0), mm(x1 - x0), mm(y1 - y0));
    // every character's advance to the next: the glyph's position from layout, 0 between the
    // characters of one glyph
    let mut deltas: Vec<String> = Vec::new();
    let mut prev = first.x;
    for (k, c) in codes.iter().enumerate() {
        if k > 0 {
            deltas.push(mm(c.x - prev));
            prev = c.x;
        }
        deltas.extend(std::iter::repeat_n("0".to_string(), c.chars.chars().count() - 1));
    }
    let text: String = codes.iter().map(|c| c.chars.as_str()).collect();
    let id = ids.next().to_string();
    let size = mm(t.size);
    let mut attrs: Vec<(&str, String)> = vec![("ID", id), ("Boundary", boundary), ("Font", font.id.to_string()), ("Size", size)];
    if t.hscale < 99.9 {
        attrs.push(("HScale", num(scale as f64)));
    }
    if t.slant != 0.0 {
        // y grows downwards: a slant to the right moves x by -slant·y about the baseline
        let yb = (baseline - y0) as f64 * MM_PER_PT;
        attrs.push(("CTM", format!("1 0 {} 1 {} 0", num(-t.slant as f64), num(t.slant as f64 * yb))));
    }
    if t.bold_stroke > 0.0 {
        attrs.push(("Stroke", "true".into()));
        attrs.push(("LineWidth", mm(t.bold_stroke)));
        if let Some(dp) = res.strokes.get(&t.bold_stroke.to_bits()) {
            attrs.push(("DrawParam", dp.to_string()));
        }
    }
    let (x, y) = (mm(first.x - x0), mm(baseline - y0));
    let delta_x = deltas.join(" ");
    w.create_element("ofd:TextObject").with_attributes(attrs.iter().map(|(k, v)| (*k, v.as_str()))).write_inner_content(|w| {
        color(w, "ofd:FillColor", t.color, res)?;
        if t.bold_stroke > 0.0 {
            color(w, "ofd:StrokeColor", t.color, res)?;
        }
        let mut pos = 0usize;
        for c in &codes {
            let n = c.chars.chars().count();
            if !c.by_cmap {
                let glyph_ids = c.glyphs.iter().map(u16::to_string).collect::<Vec<_>>().join(" ");
                w.create_element("ofd:CGTransform")
                    .with_attributes([
                        ("CodePosition", pos.to_string().as_str()),
                        ("CodeCount", n.to_string().as_str()),
                        ("GlyphCount", c.glyphs.len().to_string().as_str()),
                    ])
                    .write_inner_content(|w| leaf(w, "ofd:Glyphs", &glyph_ids))?;
            }
            pos += n;
        }
        let mut code = w.create_element("ofd:TextCode").with_attributes([("X", x.as_str()), ("Y", y.as_str())]);
        if !delta_x.is_empty() {
            code = code.with_attribute(("DeltaX", delta_x.as_str()));
        }
        code.write_text_content(BytesText::new(&text))?;
        Ok(())
    })?;
    Ok(())
}

/// Zip the parts with deflate and a fixed timestamp, in the order given.
fn zip(parts: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in parts {
        z.start_file(name.as_str(), o)?;
        z.write_all(bytes)?;
    }
    Ok(z.finish()?.into_inner())
}
