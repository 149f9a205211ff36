//! Verify: the checks every build ends with, so that folio's promises hold for documents nobody
//! picked, not only for the examples the tests were written with.
//!
//! - **Placement**: every box of a laid-out page lies inside the type area, or inside the slot
//!   reserved for its furniture (page number, running footer). A violation is a layout bug; the
//!   build fails with the source line of the block instead of writing a wrong file.
//! - **Conservation**: every character of the styled document (body, headings, table cells,
//!   footnotes, the front-matter text that is printed) is in what each renderer wrote: the PDF's
//!   glyphs (their source text), the DOCX's `w:t` runs, the HTML's text nodes. Whitespace is not
//!   counted; characters a renderer adds (page numbers, labels) are allowed.

use std::collections::HashMap;

use crate::Format;
use crate::diag::{Diagnostic, Failure, Result, SourceFile};
use crate::layout::{Area, Item, PagedDocument};
use crate::model::Span;
use crate::style::StyledDocument;

/// Horizontal overhang allowed past the type area (rounding of grid cells), in points.
const OVERHANG_X: f32 = 0.5;
/// Vertical overhang allowed for a line whose text is no taller than a body line, in points.
const OVERHANG_Y: f32 = 1.0;

/// Every item of every page inside the type area or its furniture slot.
pub fn placement(doc: &PagedDocument, src: &SourceFile) -> Result<()> {
    for (pi, page) in doc.pages.iter().enumerate() {
        for item in &page.items {
            if let Some((what, span, b)) = misplaced(doc, item) {
                let mm = |pt: f32| pt * 25.4 / 72.0;
                return Err(Failure::from(
                    Diagnostic::error(format!(
                        "page {}: {what} at {:.1}–{:.1} mm across, {:.1}–{:.1} mm down lies outside the type area; nothing was written",
                        pi + 1,
                        mm(b.x0),
                        mm(b.x1),
                        mm(b.y0),
                        mm(b.y1)
                    ))
                    .at(src, span)
                    .hint("this is a bug in folio's layout of this block; please report it with the document"),
                ));
            }
        }
    }
    Ok(())
}

/// The first box of an item that lies outside where it may be: (what, source, box).
fn misplaced(doc: &PagedDocument, item: &Item) -> Option<(String, Span, Area)> {
    match item {
        Item::Text(t) => {
            let region = doc.slots.iter().find(|s| s.role == t.role).map(|s| s.area).unwrap_or(doc.area);
            // display lines taller than a body line are centred on their line
            let dy = OVERHANG_Y + (t.size - doc.cell).max(0.0) / 2.0;
            t.glyphs.iter().map(|g| t.glyph_box(g)).find(|b| !region.holds(b, OVERHANG_X, dy)).map(|b| (format!("text `{}`", t.text()), t.span, b))
        }
        Item::Rule(r) => {
            let b = Area { x0: r.x1.min(r.x2), x1: r.x1.max(r.x2), y0: r.y1.min(r.y2), y1: r.y1.max(r.y2) };
            let in_slot = doc.slots.iter().any(|s| s.role == crate::layout::DOUBLE_RULE && s.area.holds(&b, OVERHANG_X, OVERHANG_X));
            (!in_slot && !doc.area.holds(&b, OVERHANG_X, OVERHANG_X)).then(|| ("a rule".to_string(), r.span, b))
        }
        Item::Image(im) => {
            let b = Area { x0: im.x, y0: im.y, x1: im.x + im.w, y1: im.y + im.h };
            (!doc.area.holds(&b, OVERHANG_X, OVERHANG_X)).then(|| ("an image".to_string(), im.span, b))
        }
        Item::Link(_) => None,
    }
}

/// A hasher for `char` keys: one multiply instead of SipHash, which cost more than the whole
/// check on long documents.
#[derive(Default, Clone)]
pub struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Counts of the non-whitespace characters of a text.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CharCounts(HashMap<char, i64, std::hash::BuildHasherDefault<CharHasher>>);

impl CharCounts {
    pub fn add(&mut self, s: &str) {
        for c in s.chars().filter(|c| counted(*c)) {
            *self.0.entry(c).or_insert(0) += 1;
        }
    }
    pub fn get(&self, c: char) -> i64 {
        self.0.get(&c).copied().unwrap_or(0)
    }
}

/// Whitespace and control characters are layout, not content.
fn counted(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && c != '\u{FEFF}'
}

/// The text each format wrote, as character counts.
pub fn written(format: Format, bytes: &[u8], paged: Option<&PagedDocument>) -> std::result::Result<CharCounts, String> {
    let mut counts = CharCounts::default();
    match format {
        Format::Pdf => {
            let paged = paged.ok_or("no layout for the PDF")?;
            for page in &paged.pages {
                for item in &page.items {
                    if let Item::Text(t) = item {
                        for g in &t.glyphs {
                            counts.add(&g.text);
                        }
                    }
                }
            }
        }
        Format::Docx => docx_text(bytes, &mut counts)?,
        Format::Html => html_text(bytes, &mut counts)?,
        Format::Ofd => ofd_text(bytes, &mut counts)?,
    }
    Ok(counts)
}

/// The `w:t` runs of the document, its footers and its footnotes.
fn docx_text(bytes: &[u8], counts: &mut CharCounts) -> std::result::Result<(), String> {
    let part = |name: &str| {
        let part = name.strip_prefix("word/").unwrap_or("");
        part.ends_with(".xml") && (part == "document.xml" || part == "footnotes.xml" || part.starts_with("footer") || part.starts_with("header"))
    };
    zipped_text(bytes, part, b"w:t", counts).map(|_| ())
}

/// The `TextCode`s of every page's content.
fn ofd_text(bytes: &[u8], counts: &mut CharCounts) -> std::result::Result<(), String> {
    let page = |name: &str| name.starts_with("Doc_0/Pages/") && name.ends_with("/Content.xml");
    match zipped_text(bytes, page, b"ofd:TextCode", counts)? {
        0 => Err("no page".into()),
        _ => Ok(()),
    }
}

/// The text inside the `element`s of the XML parts of a ZIP package (DOCX, OFD) whose names
/// `wanted` accepts; returns how many parts were read.
fn zipped_text(bytes: &[u8], wanted: impl Fn(&str) -> bool, element: &[u8], counts: &mut CharCounts) -> std::result::Result<usize, String> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let names: Vec<String> = zip.file_names().filter_map(|n| n.ok()).filter(|n| wanted(n)).map(|n| n.into_owned()).collect();
    for name in &names {
        // read as it is inflated: a part can be a hundred times its document's size
        let part = zip.by_name(name).map_err(|e| e.to_string())?;
        let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
        let mut buf = Vec::new();
        let mut inside = false;
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf).map_err(|e| format!("{name}: {e}"))? {
                Event::Start(e) if e.name().as_ref() == element => inside = true,
                Event::End(e) if e.name().as_ref() == element => inside = false,
                Event::Text(t) if inside => add_text(counts, &String::from_utf8_lossy(t.as_ref())),
                Event::GeneralRef(r) if inside => counts.add(&unescape(&format!("&{};", String::from_utf8_lossy(r.as_ref())))),
                Event::Eof => break,
                _ => {}
            }
        }
    }
    Ok(names.len())
}

/// The text nodes of the HTML body (style and script contents and attributes are not text).
fn html_text(bytes: &[u8], counts: &mut CharCounts) -> std::result::Result<(), String> {
    let html = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let body = html.find("<body").map(|i| &html[i..]).ok_or("no <body>")?;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        add_text(counts, &rest[..lt]);
        rest = &rest[lt..];
        let raw_end = ["<style", "<script"].iter().find(|t| rest.starts_with(*t)).map(|t| format!("</{}>", &t[1..]));
        let skip_to = match raw_end {
            Some(end) => rest.find(&end).map(|i| i + end.len()),
            None if rest.starts_with("<!--") => rest.find("-->").map(|i| i + 3),
            None => rest.find('>').map(|i| i + 1),
        };
        rest = &rest[skip_to.unwrap_or(rest.len())..];
    }
    add_text(counts, rest);
    Ok(())
}

/// Count XML or HTML text, its character references decoded.
fn add_text(counts: &mut CharCounts, s: &str) {
    if s.contains('&') {
        counts.add(&unescape(s));
    } else {
        counts.add(s);
    }
}

/// Decode the character references of XML and HTML text.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The characters every renderer must write: the styled document's content, with the span of
/// the block each text comes from. Counted once per build, checked once per format.
pub struct Expected {
    texts: Vec<(String, Span)>,
    counts: CharCounts,
}

impl Expected {
    pub fn of(doc: &StyledDocument) -> Expected {
        let texts = doc.content_text();
        let mut counts = CharCounts::default();
        for (t, _) in &texts {
            counts.add(t);
        }
        Expected { texts, counts }
    }
}

/// Every character of the styled document in what a renderer wrote. On a difference, the error
/// names the missing characters and points at the block most of them come from.
pub fn conservation(doc: &StyledDocument, expected: &Expected, format: Format, written: &CharCounts) -> Result<()> {
    let texts = &expected.texts;
    let mut missing: Vec<(char, i64)> = expected.counts.0.iter().map(|(c, n)| (*c, n - written.get(*c))).filter(|(_, d)| *d > 0).collect();
    if missing.is_empty() {
        return Ok(());
    }
    missing.sort();
    let lost: HashMap<char, i64> = missing.iter().copied().collect();
    // the block with the most of the missing characters
    let span =
        texts.iter().max_by_key(|(t, s)| (t.chars().filter(|c| lost.contains_key(c)).count(), std::cmp::Reverse(s.start))).map(|(_, s)| *s).unwrap_or_default();
    let total: i64 = missing.iter().map(|(_, n)| n).sum();
    let shown: String = missing.iter().take(20).map(|(c, _)| *c).collect();
    Err(Failure::from(
        Diagnostic::error(format!(
            "the {} would lose {total} character{} of the document ({shown}{}); nothing was written",
            format.extension().to_uppercase(),
            if total == 1 { "" } else { "s" },
            if missing.len() > 20 { "…" } else { "" }
        ))
        .at(&doc.source, span)
        .hint("this is a bug in folio's rendering of this block; please report it with the document"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Rule;

    /// A three-paragraph document, styled and laid out with the embedded fonts.
    fn laid_out() -> (StyledDocument, PagedDocument, std::sync::Arc<SourceFile>) {
        let engine = crate::Engine::new(crate::fonts::FontOptions { no_system_fonts: true, dirs: vec![] });
        let src = SourceFile::new("a.md", "---\ntitle: 关于检查的通知\n---\n\n甲乙丙丁。\n\n戊己庚辛。\n\n壬癸子丑。\n".into());
        let mut diags = crate::diag::Diagnostics::default();
        let doc = crate::parse::parse_markdown(&src, &mut diags).unwrap();
        let tpl = engine.template("gongwen").unwrap();
        let styled = crate::style::style(&doc, &src, tpl, &Default::default(), &mut diags).unwrap();
        let paged = crate::layout::layout(&styled, &engine.fonts, &Default::default()).unwrap().0;
        (styled, paged, src)
    }

    #[test]
    fn a_box_below_the_type_area_is_an_error_at_its_blocks_line() {
        let (_, mut paged, src) = laid_out();
        assert!(placement(&paged, &src).is_ok());
        let at = src.text.find("戊己").unwrap();
        let bottom = paged.area.y1;
        let rule = Rule {
            x1: paged.area.x0,
            y1: bottom + 20.0,
            x2: paged.area.x1,
            y2: bottom + 20.0,
            width: 1.0,
            color: crate::style::units::Color::BLACK,
            span: Span::new(at, at),
        };
        paged.pages[0].items.push(Item::Rule(rule));
        let err = placement(&paged, &src).unwrap_err();
        let d = &err.0[0];
        assert!(d.message.contains("outside the type area") && d.message.contains("page 1"), "{}", d.message);
        assert_eq!(d.location.as_ref().map(|l| l.line), Some(7), "the line of the block the rule belongs to");
    }

    #[test]
    fn a_character_a_renderer_lost_is_an_error_naming_it_at_its_block() {
        let (styled, paged, _) = laid_out();
        let expected = Expected::of(&styled);
        let mut written = written(Format::Pdf, &[], Some(&paged)).unwrap();
        assert!(conservation(&styled, &expected, Format::Pdf, &written).is_ok());
        *written.0.get_mut(&'庚').unwrap() -= 1;
        let err = conservation(&styled, &expected, Format::Pdf, &written).unwrap_err();
        let d = &err.0[0];
        assert!(d.message.contains("would lose 1 character") && d.message.contains('庚') && d.message.contains("PDF"), "{}", d.message);
        assert_eq!(d.location.as_ref().map(|l| l.line), Some(7));
    }

    #[test]
    fn html_text_skips_markup_styles_and_scripts_and_decodes_references() {
        let mut c = CharCounts::default();
        html_text(
            "<html><head><title>题</title></head><body><style>p{content:'甲'}</style><p title=\"乙\">丙&amp;&#20008;<!-- 丁 --></p></body>".as_bytes(),
            &mut c,
        )
        .unwrap();
        assert_eq!((c.get('甲'), c.get('乙'), c.get('丙'), c.get('&'), c.get('丁'), c.get('题')), (0, 0, 1, 1, 0, 0));
        assert_eq!(c.get('\u{4E28}'), 1);
    }

    #[test]
    fn whitespace_is_not_counted() {
        let mut c = CharCounts::default();
        c.add("甲 \u{3000}\n甲");
        assert_eq!(c.get('甲'), 2);
        assert_eq!(c.0.len(), 1);
    }
}
