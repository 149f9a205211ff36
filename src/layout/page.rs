//! What layout produces: pages of positioned glyph runs, rules, images and links, in points
//! from the top-left corner of the page. The PDF renderer draws exactly this and never
//! re-breaks a line; the layout dump prints it for tests.

use std::sync::Arc;

use crate::fonts::Face;
use crate::model::Span;
use crate::style::SImage;
use crate::style::units::Color;

/// How a page turn meets a table row (see [`PagedDocument::row_breaks`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowBreak {
    /// The row starts a new page, whole (the rows of a merged cell kept together, or a row that
    /// the room left could not take).
    Turn,
    /// The row is cut by a page end and goes on on the next page.
    Split,
}

#[derive(Debug, Clone)]
pub struct PagedDocument {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
    pub outline: Vec<OutlineEntry>,
    pub info: DocInfo,
    /// The type area (版心): every box of the body lies inside it.
    pub area: Area,
    /// Places outside the type area reserved for furniture (page number, running footer).
    pub slots: Vec<Slot>,
    /// The height of a body line's character box (the grid cell, or the body size): taller
    /// display lines are centred on their line and may overhang it by half the difference.
    pub cell: f32,
    /// Column widths in points of each table, by [`crate::style::STable::id`]: the flow formats
    /// (DOCX, HTML) size their tables from these so that cells break where the PDF's do.
    pub tables: std::collections::BTreeMap<usize, Vec<f32>>,
    /// Source offsets (the end of a line's last character) where a line was ended sooner than
    /// a word processor would end it, to keep two characters on a paragraph's last line: the
    /// DOCX puts a line break there so that Word and LibreOffice break as the PDF does.
    pub mended_breaks: std::collections::BTreeSet<usize>,
    /// Source offsets of the marks a line compressed to take in a character (push in, or a
    /// 孤字 pulled back), with the points each gave up: the DOCX narrows them as much, so
    /// that a word processor, which compresses nothing by itself, fits the line as the PDF does.
    pub squeezed_marks: std::collections::BTreeMap<usize, f32>,
    /// Source offsets (the end of a line's last character) where the PDF ends a line inside a
    /// table cell: the HTML's print style breaks there too, so that its rows are as tall as
    /// the PDF's and its pages turn at the same rows.
    pub cell_breaks: std::collections::BTreeSet<usize>,
    /// Merged cells that a page break cuts, by (table id, row, column): how far below the cell's
    /// top its first line starts (pt). The PDF sets such a cell's text on its first page's part
    /// rather than centred on the whole span; the HTML's print style does the same.
    pub cut_cells: std::collections::BTreeMap<(usize, usize, usize), f32>,
    /// Where the PDF turns the page inside a table, by (table id, row): the HTML's print style
    /// turns there too, and keeps every other row whole as the PDF does.
    pub row_breaks: std::collections::BTreeMap<(usize, usize), RowBreak>,
    /// How many cells of the end block's contact rows each of its lines holds, in order: the
    /// PDF measures them with the faces; the DOCX groups its tab-stop lines the same way.
    pub contact_lines: Vec<usize>,
    /// Each 印发 row's printer's name in the lines the PDF set it on, beside the date on the
    /// first (one line when it fits): the DOCX and the HTML break it there too.
    pub printed_lines: Vec<Vec<String>>,
}

/// The lines the PDF set a 印发 row's printer's `name` on (`recorded`, from
/// [`PagedDocument::printed_lines`]), or the name whole when it fitted on one line or the
/// record no longer spells it.
pub fn printer_lines<'a>(recorded: Option<&'a [String]>, name: &'a str) -> Vec<&'a str> {
    match recorded {
        Some(lines) if lines.len() > 1 && lines.concat() == name => lines.iter().map(String::as_str).collect(),
        _ => vec![name],
    }
}

/// A rectangle in points from the top-left corner of the page.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Area {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Area {
    /// Is `other` inside, allowing `dx` and `dy` of overhang?
    pub fn holds(&self, other: &Area, dx: f32, dy: f32) -> bool {
        other.x0 >= self.x0 - dx && other.x1 <= self.x1 + dx && other.y0 >= self.y0 - dy && other.y1 <= self.y1 + dy
    }
    pub fn overlaps(&self, other: &Area) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// Furniture outside the type area: which role may be set there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub role: &'static str,
    pub area: Area,
}

/// PDF metadata.
#[derive(Debug, Clone, Default)]
pub struct DocInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// (year, month, day) of the document, for the creation date when SOURCE_DATE_EPOCH is unset.
    pub date: Option<(i32, u8, u8)>,
}

#[derive(Debug, Clone)]
pub struct OutlineEntry {
    pub title: String,
    pub level: u8,
    pub page: usize,
    pub y: f32,
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The printed page number, if the page shows one.
    pub number: Option<u32>,
    /// A blank page before the 版记 page, and that page: no number (GB/T 9704 §7.5).
    pub unnumbered: bool,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone)]
pub enum Item {
    Text(TextRun),
    Rule(Rule),
    Image(ImageItem),
    Link(LinkItem),
}

/// Glyphs of one face, size and colour on one baseline.
#[derive(Debug, Clone)]
pub struct TextRun {
    pub face: Arc<Face>,
    pub size: f32,
    pub baseline: f32,
    pub color: Color,
    pub glyphs: Vec<PlacedGlyph>,
    /// Stroke width for synthetic bold (0 = none).
    pub bold_stroke: f32,
    /// Horizontal slant for synthetic oblique (0 = none).
    pub slant: f32,
    /// Horizontal scale in percent (condensed organ marks), 100 = normal.
    pub hscale: f32,
    /// The template role, for the dump.
    pub role: &'static str,
    /// Grid line on the page (0-based), when set on the grid.
    pub line: Option<u32>,
    /// The source of its first character.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct PlacedGlyph {
    pub id: u16,
    pub x: f32,
    /// Raise above the baseline in points.
    pub rise: f32,
    /// The source text this glyph stands for (empty for the 2nd… glyph of a cluster).
    pub text: String,
    /// Points this glyph's box gives up (compressed punctuation): its advance is reduced by
    /// this much, so text selection and extraction see the line within the measure.
    pub squeeze: f32,
    /// The horizontal extent of the glyph's box from `x`, in points, that its line gives it:
    /// the whole advance, less the blank half a compressed mark gives up. Placement and
    /// overlap checks use it.
    pub extent: [f32; 2],
}

impl TextRun {
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.text.as_str()).collect()
    }
    /// The box of one glyph on the page: the part of its em box its line gives it.
    pub fn glyph_box(&self, g: &PlacedGlyph) -> Area {
        let scale = self.hscale / 100.0;
        let base = self.baseline - g.rise;
        Area { x0: g.x + g.extent[0] * scale, x1: g.x + g.extent[1] * scale, y0: base - 0.88 * self.size, y1: base + 0.12 * self.size }
    }
    pub fn x0(&self) -> f32 {
        self.glyphs.first().map(|g| g.x).unwrap_or(0.0)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub width: f32,
    pub color: Color,
    /// The source of the block it belongs to.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ImageItem {
    /// Drawn over the text (a seal stamped on the signature) rather than under it.
    pub over_text: bool,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub image: SImage,
    /// The source of the image (or the seal field).
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct LinkItem {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub url: String,
}

impl PagedDocument {
    /// The page on which the end block (版记) starts, if the document has one.
    pub fn end_block_page(&self) -> Option<usize> {
        self.pages.iter().position(|pg| pg.items.iter().any(|it| matches!(it, Item::Text(t) if t.role == "end_block")))
    }

    /// How many pages the layout turns between the last text before the end block (版记) and
    /// the end block itself: 0 when they share a page, 2 when a blank page puts the end block
    /// on an even page. The DOCX and the HTML turn the same pages.
    pub fn pages_before_end_block(&self) -> usize {
        let Some(end) = self.end_block_page() else { return 0 };
        let text_before = |pg: &Page| pg.items.iter().any(|it| matches!(it, Item::Text(t) if !matches!(t.role, "end_block" | "page_number" | "footer")));
        let before = self.pages[..=end].iter().rposition(text_before).unwrap_or(end);
        end - before
    }

    /// How many items (text runs, rules, images, links) the pages hold: the size of what the
    /// renderers turn into bytes.
    pub fn item_count(&self) -> usize {
        self.pages.iter().map(|p| p.items.len()).sum()
    }

    /// The signer as the PDF sets it, a piece a line: joint signers one under another, a name
    /// too wide for its line broken where the layout broke it (`style::signer_rows`).
    pub fn signer_pieces(&self, signer: &str) -> Vec<String> {
        let mut rows: Vec<(usize, f32, Vec<(f32, String)>)> = Vec::new();
        for (k, pg) in self.pages.iter().enumerate() {
            for it in &pg.items {
                let Item::Text(t) = it else { continue };
                if t.role != "signature" {
                    continue;
                }
                let run = (t.x0(), t.text());
                match rows.iter_mut().find(|(p, b, _)| *p == k && (b - t.baseline).abs() < 0.5) {
                    Some(row) => row.2.push(run),
                    None => rows.push((k, t.baseline, vec![run])),
                }
            }
        }
        let pieces: Vec<String> = rows
            .into_iter()
            .map(|(_, _, mut runs)| {
                runs.sort_by(|a, b| a.0.total_cmp(&b.0));
                runs.into_iter().map(|r| r.1).collect()
            })
            .collect();
        // (pieces that do not make up the signer, gaps aside, were not set from it)
        let same = pieces.concat() == signer.replace(crate::style::SIGNER_GAP, "");
        if same && pieces.len() > 1 { pieces } else { vec![signer.to_string()] }
    }

    /// All text of a page in reading order (for tests).
    pub fn page_text(&self, page: usize) -> String {
        let mut runs: Vec<&TextRun> = self.pages[page].items.iter().filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None }).collect();
        runs.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x0().total_cmp(&b.x0())));
        let mut out = String::new();
        let mut last: Option<f32> = None;
        for r in runs {
            if last.is_some_and(|l| (r.baseline - l).abs() > 1.0) {
                out.push('\n');
            }
            out.push_str(&r.text());
            last = Some(r.baseline);
        }
        out
    }
}
