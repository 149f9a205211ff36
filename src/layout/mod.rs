//! Layout: the only stage that reads font metrics. A [`StyledDocument`] becomes a
//! [`PagedDocument`]: text shaped (harfrust) and broken into lines (UAX #14 + the Chinese
//! rules), set on the official-document grid or in proportional mode, paginated, with the head
//! block, title, signature, 版记, page numbers and contact footer in their places.

pub mod atoms;
pub mod head;
pub mod lines;
pub mod page;
pub mod table;

use std::sync::Arc;

use crate::diag::{Diagnostic, Failure, Result};
use crate::fonts::FontBook;
use crate::model::Span;
use crate::style::template::{ContactPlacement, EndKind, LayoutMode, PageNumberPosition, Style, TextAlign};
use crate::style::units::{Color, PT_PER_MM};
use crate::style::{EndRow, Head, Para, Run, SBlock, SKind, StyledDocument};
use atoms::{Atom, AtomOptions, Class, DocFonts, Measure, Missing};
pub use page::*;

/// Options of the layout stage.
#[derive(Debug, Clone, Default)]
pub struct LayoutOptions {
    /// Characters no font has are warnings (drawn as empty boxes), not errors.
    pub allow_missing_glyphs: bool,
}

/// The page geometry of a template, in points.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub page_w: f32,
    pub page_h: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    /// Grid mode: the cell (type width / chars) and the number of lines.
    pub cell: Option<f32>,
    pub lines: u32,
    /// Grid: baseline-to-baseline distance.
    pub pitch: f32,
}

impl Geometry {
    pub fn of(t: &crate::style::Template) -> Geometry {
        let p = &t.page;
        let page_w = p.width.abs();
        let page_h = p.height.abs();
        let left = p.margin_left.abs();
        let right = page_w - p.margin_right.abs();
        let top = p.margin_top.abs();
        let bottom = page_h - p.margin_bottom.abs();
        let grid = p.layout == LayoutMode::Grid;
        let cell = grid.then(|| (right - left) / p.chars.max(1) as f32);
        let pitch = match (p.line_pitch, cell) {
            (crate::style::template::LengthOrAuto::Len(l), _) => l.abs(),
            (_, Some(c)) if p.lines > 1 => ((bottom - top) - c) / (p.lines - 1) as f32,
            _ => 16.0 * 1.5,
        };
        Geometry { page_w, page_h, left, right, top, bottom, cell, lines: p.lines, pitch }
    }
    pub fn width(&self) -> f32 {
        self.right - self.left
    }
}

/// Lay out a styled document.
pub fn layout(doc: &StyledDocument, book: &FontBook, opts: &LayoutOptions) -> Result<(PagedDocument, Vec<Diagnostic>)> {
    let tpl = &*doc.template;
    let fonts = DocFonts::new(book, tpl);
    let geo = Geometry::of(tpl);
    let body_size = tpl.style("body").size.abs();
    let mut f = Flow {
        doc,
        fonts,
        geo,
        body_size,
        pages: Vec::new(),
        cur: Page::default(),
        y: geo.top,
        outline: Vec::new(),
        missing: Vec::new(),
        placed: Vec::new(),
        errors: Vec::new(),
        block_span: Span::default(),
        tables: Default::default(),
        mended: Default::default(),
        squeezed: Default::default(),
        cell_breaks: Default::default(),
        cut_cells: Default::default(),
        row_breaks: Default::default(),
        contact_lines: Vec::new(),
        printed_lines: Vec::new(),
    };
    f.head();
    f.title();
    if let Some(a) = &doc.addressee {
        f.text_block(&Para::new("addressee", a.clone(), doc.meta_span("addressee")), Indent::none(), 0);
    }
    f.blocks(&doc.body, 0);
    f.footnotes();
    f.attachment_note();
    f.attendance();
    f.signature();
    if let Some(n) = &doc.note {
        f.text_block(&Para::new("note", n.clone(), doc.meta_span("note")), Indent::first(2.0), 0);
    }
    f.attachments();
    f.finish_page();
    f.end_block();
    f.numbers_and_footers();

    let mut diags = atoms::missing_diagnostics(&f.missing, &doc.source, opts.allow_missing_glyphs);
    if !opts.allow_missing_glyphs && diags.iter().any(|d| d.is_error()) {
        diags.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.col)));
        return Err(Failure(diags));
    }
    let meta = &doc.meta;
    let info = DocInfo {
        title: meta.title.clone().unwrap_or_default(),
        author: meta.issuer.join("、"),
        subject: meta.description.clone().or_else(|| meta.kind.clone()).unwrap_or_default(),
        keywords: meta.keywords.clone(),
        date: doc.date.as_deref().and_then(crate::style::dates::ymd),
    };
    diags.retain(|d| !d.is_error());
    if !f.errors.is_empty() {
        let mut all = diags;
        all.append(&mut f.errors);
        return Err(Failure(all));
    }
    let area = Area { x0: geo.left, y0: geo.top, x1: geo.right, y1: geo.bottom };
    let paged = PagedDocument {
        width: geo.page_w,
        height: geo.page_h,
        pages: f.pages,
        outline: f.outline,
        info,
        area,
        slots: [furniture_slots(tpl, &geo), letter_slots(&head::plan(doc, &geo), tpl, &geo)].concat(),
        cell: geo.cell.unwrap_or(body_size),
        tables: f.tables,
        mended_breaks: f.mended,
        squeezed_marks: f.squeezed,
        cell_breaks: f.cell_breaks,
        cut_cells: f.cut_cells,
        row_breaks: f.row_breaks,
        contact_lines: f.contact_lines,
        printed_lines: f.printed_lines,
    };
    crate::verify::placement(&paged, &doc.source)?;
    Ok((paged, diags))
}

/// The slots under the type area where the page number and the running contact footer go.
/// A letter's head lies partly above the type area (its organ mark 30 mm from the page top) and
/// its double rules are wider than it and reach into the bottom margin: the slots they may use.
fn letter_slots(plan: &head::HeadPlan, tpl: &crate::style::Template, geo: &Geometry) -> Vec<Slot> {
    if plan.double_rules.is_empty() {
        return Vec::new();
    }
    let len = head::LETTER_RULE_MM * PT_PER_MM;
    let (x0, x1) = ((geo.page_w - len) / 2.0, (geo.page_w + len) / 2.0);
    let mut out = vec![Slot { role: "organ", area: Area { x0: geo.left, y0: tpl.head.organ_top.abs() - 1.0, x1: geo.right, y1: geo.bottom } }];
    for r in &plan.double_rules {
        let (y0, y1) = (r.thick_y.min(r.thin_y), r.thick_y.max(r.thin_y));
        out.push(Slot { role: DOUBLE_RULE, area: Area { x0, y0: y0 - 1.0, x1, y1: y1 + 1.0 } });
    }
    out
}

/// Points a mark must give up to be noted as squeezed (see `PagedDocument::squeezed_marks`):
/// less is rounding, not compression.
const SQUEEZE_NOTED: f32 = 0.05;

/// The slot role of a letter's double rules (rules carry no role of their own).
pub const DOUBLE_RULE: &str = "double_rule";

fn furniture_slots(tpl: &crate::style::Template, geo: &Geometry) -> Vec<Slot> {
    let slot = |role: &'static str, offset: f32, size: f32| Slot {
        role,
        area: Area { x0: geo.left, y0: geo.bottom + offset - 1.0, x1: geo.right, y1: (geo.bottom + offset + size * 1.2).min(geo.page_h) },
    };
    vec![
        slot("page_number", tpl.page_number.offset.abs(), tpl.style("page_number").size.abs()),
        slot("footer", tpl.contact.footer_offset.abs(), tpl.style("footer").size.abs()),
    ]
}

/// Indentation of a text block, in characters of its style.
#[derive(Debug, Clone, Copy)]
struct Indent {
    first: f32,
    left: f32,
    right: f32,
}

impl Indent {
    fn none() -> Indent {
        Indent { first: 0.0, left: 0.0, right: 0.0 }
    }
    fn first(chars: f32) -> Indent {
        Indent { first: chars, left: 0.0, right: 0.0 }
    }
}

/// A line placed on the current page (for moving lines to keep the signature company).
struct Placed {
    items: std::ops::Range<usize>,
    slot: u32,
}

struct Flow<'a> {
    doc: &'a StyledDocument,
    fonts: DocFonts<'a>,
    geo: Geometry,
    body_size: f32,
    pages: Vec<Page>,
    cur: Page,
    /// Next free y on the current page.
    y: f32,
    outline: Vec<OutlineEntry>,
    missing: Vec<Missing>,
    placed: Vec<Placed>,
    /// Blocks that cannot be laid out (a table wider than the type area).
    errors: Vec<Diagnostic>,
    /// The source of the block being set: rules and images carry it for placement errors.
    block_span: Span,
    /// Column widths of the tables set so far (see [`PagedDocument::tables`]).
    tables: std::collections::BTreeMap<usize, Vec<f32>>,
    /// See [`PagedDocument::mended_breaks`].
    mended: std::collections::BTreeSet<usize>,
    /// See [`PagedDocument::squeezed_marks`].
    squeezed: std::collections::BTreeMap<usize, f32>,
    /// See [`PagedDocument::cell_breaks`].
    cell_breaks: std::collections::BTreeSet<usize>,
    /// See [`PagedDocument::cut_cells`].
    cut_cells: std::collections::BTreeMap<(usize, usize, usize), f32>,
    /// See [`PagedDocument::row_breaks`].
    row_breaks: std::collections::BTreeMap<(usize, usize), page::RowBreak>,
    /// See [`PagedDocument::contact_lines`].
    contact_lines: Vec<usize>,
    /// See [`PagedDocument::printed_lines`].
    printed_lines: Vec<Vec<String>>,
}

impl<'a> Flow<'a> {
    fn style(&self, role: &str) -> &'a Style {
        self.doc.template.style(role)
    }

    fn grid(&self) -> bool {
        self.geo.cell.is_some()
    }

    /// The measure for a role: the grid applies to text of the body size.
    fn measure_for(&self, size: f32) -> Measure {
        let cell = self.geo.cell.filter(|_| (size - self.body_size).abs() < 0.01);
        Measure { cell, cjk_latin_space: self.doc.template.page.cjk_latin_space && self.geo.cell.is_none() }
    }

    /// Width of one character of a role (a cell on the grid).
    fn char_w(&self, size: f32) -> f32 {
        self.measure_for(size).cell.unwrap_or(size)
    }

    fn line_height(&self, style: &Style) -> f32 {
        if self.grid() { self.geo.pitch } else { style.line_height * style.size.abs() }
    }

    // ---------------------------------------------------------------- pages and slots

    fn finish_page(&mut self) {
        if !self.cur.items.is_empty() || self.pages.is_empty() {
            let p = std::mem::take(&mut self.cur);
            self.pages.push(p);
        }
        self.y = self.geo.top;
        self.placed.clear();
    }

    fn new_page(&mut self) {
        let p = std::mem::take(&mut self.cur);
        self.pages.push(p);
        self.y = self.geo.top;
        self.placed.clear();
    }

    /// Grid slot of a y (the first slot whose top is at or below y).
    fn slot_at(&self, y: f32) -> u32 {
        self.geo.slot_at(y)
    }

    fn slot_top(&self, slot: u32) -> f32 {
        self.geo.slot_top(slot)
    }

    /// Free lines left on this page (grid), or free height in points (proportional).
    fn room(&self, line_h: f32) -> u32 {
        if self.grid() { self.geo.lines.saturating_sub(self.slot_at(self.y)) } else { ((self.geo.bottom - self.y) / line_h + 0.01).floor().max(0.0) as u32 }
    }

    /// Reserve one line of height `line_h`; returns (top y, grid slot). Breaks the page when full.
    fn take_line(&mut self, line_h: f32) -> (f32, Option<u32>) {
        if self.grid() {
            let mut slot = self.slot_at(self.y);
            if slot >= self.geo.lines {
                self.new_page();
                slot = 0;
            }
            let top = self.slot_top(slot);
            self.y = top + self.geo.pitch;
            (top, Some(slot))
        } else {
            if self.y + line_h > self.geo.bottom + 0.01 && self.y > self.geo.top + 0.01 {
                self.new_page();
            }
            let top = self.y;
            self.y += line_h;
            (top, None)
        }
    }

    /// Skip `n` blank lines.
    fn blank(&mut self, n: u32, line_h: f32) {
        if n == 0 {
            return;
        }
        if self.grid() {
            let slot = self.slot_at(self.y) + n;
            self.y = self.slot_top(slot.min(self.geo.lines));
        } else {
            self.y = (self.y + n as f32 * line_h).min(self.geo.bottom);
        }
    }

    /// Baseline of a line whose box starts at `top`: the em box centred on the line's cell.
    fn baseline(&self, top: f32, size: f32, line_h: f32) -> f32 {
        let cell_h = if self.grid() { self.geo.cell.unwrap_or(size) } else { line_h };
        top + cell_h / 2.0 + 0.38 * size
    }

    // ---------------------------------------------------------------- text

    fn atoms_of(&mut self, runs: &[Run], style: &Style) -> Vec<Atom> {
        let size = style.size.abs();
        let opts = AtomOptions { style, measure: self.measure_for(size), size };
        let mut runs_owned;
        let runs = if runs.first().is_some_and(|r| r.text.starts_with([' ', '\u{3000}'])) {
            // leading spaces (often ideographic spaces used as an indent) give way to the real indent
            runs_owned = runs.to_vec();
            let t = runs_owned[0].text.trim_start_matches([' ', '\u{3000}']).to_string();
            runs_owned[0].text = t;
            &runs_owned[..]
        } else {
            runs_owned = Vec::new();
            let _ = &runs_owned;
            runs
        };
        atoms::atoms(runs, &self.fonts, &opts, &self.doc.source, &mut self.missing)
    }

    /// Set a paragraph-like block in its role. `keep` = lines of what follows that must share
    /// the page with this block's last line (headings keep 1).
    fn text_block(&mut self, para: &Para, indent: Indent, keep: u32) -> Option<(usize, f32)> {
        let style = self.style(para.role);
        let atoms = self.atoms_of(&para.runs, style);
        self.set_atoms(&atoms, style, para.role, indent, keep, None)
    }

    /// Break atoms into lines and place them. `prefix` is a marker set before the first line
    /// (list numbers) with the following lines aligned after it.
    fn set_atoms(&mut self, atoms: &[Atom], style: &Style, role: &'static str, indent: Indent, keep: u32, prefix: Option<&[Atom]>) -> Option<(usize, f32)> {
        if atoms.is_empty() && prefix.is_none() {
            return None;
        }
        let size = style.size.abs();
        let cw = self.char_w(size);
        let line_h = self.line_height(style);
        let prefix_w = prefix.map(atoms::width).unwrap_or(0.0);
        let prefix_w = if self.measure_for(size).cell.is_some() && prefix_w > 0.0 { (prefix_w / cw - 0.01).ceil() * cw } else { prefix_w };
        let style_indent = style.indent.pt(cw);
        let first_indent = indent.first * cw + if indent.first == 0.0 && prefix.is_none() { style_indent } else { 0.0 };
        let left = indent.left * cw;
        let measure = self.geo.width() - left - indent.right * cw;
        let (first_m, rest_m, rest_x) = match prefix {
            Some(_) => (measure - first_indent - prefix_w, measure - first_indent - prefix_w, left + first_indent + prefix_w),
            None => (measure - first_indent, measure, left),
        };
        let justify = style.align == TextAlign::Justify;
        let lines = lines::break_lines(atoms, first_m.max(cw), rest_m.max(cw), justify);
        let n = lines.len().max(1) as u32;
        // keep: short blocks (headings) stay whole with what follows
        if keep > 0 && self.room(line_h) < n + keep && self.room(line_h) < self.full_page_lines(line_h) {
            self.new_page();
        }
        let mut first_pos = None;
        for (li, line) in lines.iter().enumerate() {
            let (top, slot) = self.take_line(line_h);
            let base = self.baseline(top, size, line_h);
            let x0 = self.geo.left + if li == 0 { left + first_indent + prefix_w } else { rest_x };
            let m = if li == 0 { first_m } else { rest_m };
            let shift = match style.align {
                TextAlign::Center => (m - line.width).max(0.0) / 2.0,
                TextAlign::Right => (m - line.width).max(0.0),
                _ => 0.0,
            };
            let start_item = self.cur.items.len();
            if li == 0
                && let Some(p) = prefix
            {
                let px = self.geo.left + left + first_indent;
                let mut x = px;
                let xs: Vec<(f32, f32)> = p
                    .iter()
                    .map(|a| {
                        let r = (x - px, a.width);
                        x += a.width;
                        r
                    })
                    .collect();
                self.emit_atoms(p, &xs, px, base, role, slot);
            }
            if line.mended
                && let Some(a) = atoms[line.start..line.end].last().filter(|a| !a.span.is_empty())
            {
                self.mended.insert(a.span.end);
            }
            for (a, &(_, w)) in atoms[line.start..line.end].iter().zip(&line.xs) {
                if a.width - w > SQUEEZE_NOTED && !a.span.is_empty() {
                    self.squeezed.insert(a.span.start, a.width - w);
                }
            }
            self.emit_atoms(&atoms[line.start..line.end], &line.xs, x0 + shift, base, role, slot);
            let end_item = self.cur.items.len();
            self.placed.push(Placed { items: start_item..end_item, slot: slot.unwrap_or(0) });
            if first_pos.is_none() {
                first_pos = Some((self.pages.len(), top));
            }
        }
        first_pos
    }

    fn full_page_lines(&self, line_h: f32) -> u32 {
        if self.grid() { self.geo.lines } else { ((self.geo.bottom - self.geo.top) / line_h) as u32 }
    }

    /// Turn positioned atoms into text runs (and link rectangles).
    fn emit_atoms(&mut self, atoms: &[Atom], xs: &[(f32, f32)], x0: f32, baseline: f32, role: &'static str, slot: Option<u32>) {
        let mut run: Option<TextRun> = None;
        let mut link: Option<(String, f32, f32, f32)> = None;
        for (a, &(x, w)) in atoms.iter().zip(xs) {
            if a.glyphs.is_empty() {
                continue;
            }
            // where the glyph box starts in the atom's slot of width w: centred, except that a
            // mark narrower than its glyph keeps its ink in the slot (closing marks' ink is on the
            // left, opening marks' on the right, middle marks' in the middle)
            let squeeze = a.width - w;
            let narrowed = a.natural - a.width > 1.0;
            let off = match a.class {
                Class::Close if narrowed => 0.0,
                Class::Open if narrowed => w - a.natural,
                Class::Open => (a.width - a.natural) / 2.0 - squeeze,
                Class::Middle => (w - a.natural) / 2.0,
                _ => (a.width - a.natural) / 2.0,
            };
            let slot_x = x0 + x;
            let rise = if a.superscript { a.size * 0.5 } else { 0.0 };
            let bold_stroke = if a.fake_bold { a.size * 0.025 } else { 0.0 };
            let slant = if a.slant { 0.2 } else { 0.0 };
            let same = run
                .as_ref()
                .is_some_and(|r| r.face.key == a.face.key && r.size == a.size && r.color == a.color && r.bold_stroke == bold_stroke && r.slant == slant);
            if !same {
                if let Some(mut r) = run.take() {
                    // every glyph of the document stays until the renderers are done
                    r.glyphs.shrink_to_fit();
                    self.cur.items.push(Item::Text(r));
                }
                run = Some(TextRun {
                    face: a.face.clone(),
                    size: a.size,
                    baseline,
                    color: a.color,
                    glyphs: Vec::new(),
                    bold_stroke,
                    slant,
                    hscale: 100.0,
                    role,
                    line: slot,
                    span: a.span,
                });
            }
            let r = run.as_mut().expect("run");
            let mut pen = x0 + x + off;
            for (gi, g) in a.glyphs.iter().enumerate() {
                let gx = pen + g.x_offset * a.size;
                let advance = g.advance * a.size;
                // the blank a mark gives up after its ink, so extraction sees the slot's width
                let given_up = match a.class {
                    _ if gi > 0 => 0.0,
                    Class::Open => 0.0,
                    Class::Close | Class::Middle if narrowed => (gx + advance - slot_x - w).max(0.0),
                    _ => squeeze.max(0.0),
                };
                r.glyphs.push(PlacedGlyph {
                    id: g.id,
                    x: gx,
                    rise: rise + g.y_offset * a.size,
                    text: if gi == 0 { a.text.clone() } else { String::new() },
                    squeeze: given_up,
                    extent: slot_extent(gx, advance, slot_x, w),
                });
                pen += g.advance * a.size;
            }
            // links
            match (&a.link, &mut link) {
                (Some(u), Some((lu, _, x1, _))) if u == lu => *x1 = x0 + x + w,
                (Some(u), _) => {
                    if let Some((lu, lx, lx1, s)) = link.take() {
                        self.push_link(lu, lx, lx1, baseline, s);
                    }
                    link = Some((u.clone(), x0 + x, x0 + x + w, a.size));
                }
                (None, _) => {
                    if let Some((lu, lx, lx1, s)) = link.take() {
                        self.push_link(lu, lx, lx1, baseline, s);
                    }
                }
            }
        }
        if let Some(mut r) = run.take() {
            r.glyphs.shrink_to_fit();
            self.cur.items.push(Item::Text(r));
        }
        if let Some((lu, lx, lx1, s)) = link.take() {
            self.push_link(lu, lx, lx1, baseline, s);
        }
    }

    fn push_link(&mut self, url: String, x0: f32, x1: f32, baseline: f32, size: f32) {
        if let Some(url) = crate::render::safe_url(&url) {
            self.cur.items.push(Item::Link(LinkItem { x: x0, y: baseline - 0.88 * size, w: x1 - x0, h: size, url }));
        }
    }

    /// One line of text at an absolute position (furniture): left x, or right edge, or centre.
    fn put_text(
        &mut self,
        text: &str,
        role: &'static str,
        style: &Style,
        size: f32,
        x: f32,
        align: TextAlign,
        baseline: f32,
        span: Span,
        hscale_to: Option<f32>,
    ) -> f32 {
        let measure = Measure { cell: None, cjk_latin_space: false };
        let atoms = atoms::simple_atoms(text, style, size, &self.fonts, measure, &self.doc.source, span, &mut self.missing);
        let w = atoms::width(&atoms);
        let scale = match hscale_to {
            Some(max) if w > max => max / w,
            _ => 1.0,
        };
        let drawn = w * scale;
        let x0 = match align {
            TextAlign::Center => x - drawn / 2.0,
            TextAlign::Right => x - drawn,
            _ => x,
        };
        let mut xs = Vec::new();
        let mut cx = 0.0;
        for a in &atoms {
            xs.push((cx, a.width));
            cx += a.width;
        }
        let start = self.cur.items.len();
        self.emit_atoms(&atoms, &xs, x0, baseline, role, None);
        if scale < 1.0 {
            for it in &mut self.cur.items[start..] {
                if let Item::Text(t) = it {
                    t.hscale = scale * 100.0;
                    for g in &mut t.glyphs {
                        g.x = x0 + (g.x - x0) * scale;
                    }
                }
            }
        }
        drawn
    }

    /// The 签发人 rows at their line tops: `签发人：` in its style, then the names two to a line,
    /// the later lines under the first name. An upward head sets them flush right 1 character
    /// in; a letter flush left (`left`). Condensed, never shrunk, so as to keep a character's
    /// room from the number beside them.
    fn head_signers(&mut self, signers: &[String], tops: &[f32], left: bool, number_w: f32) {
        let doc = self.doc;
        let cell = self.geo.cell.unwrap_or(self.body_size);
        let rows = crate::style::head_signer_rows(signers);
        let (ns, ls) = (self.style("signer"), self.style("signer_label"));
        let measure = Measure { cell: None, cjk_latin_space: false };
        let w_of = |f: &mut Self, t: &str, st: &Style| {
            atoms::width(&atoms::simple_atoms(t, st, st.size.abs(), &f.fonts, measure, &doc.source, Span::default(), &mut f.missing))
        };
        let label_w = w_of(self, crate::style::SIGNER_LABEL, ls);
        let names_w = rows.iter().map(|r| w_of(self, r, ns)).fold(0.0, f32::max);
        let margins = if left { 0.0 } else { 2.0 * cell };
        let beside = if number_w > 0.0 { number_w + cell } else { 0.0 };
        let room = (self.geo.width() - margins - beside - label_w).max(cell);
        let scale = if names_w > room { room / names_w } else { 1.0 };
        let x = if left { self.geo.left + label_w } else { self.geo.right - cell - names_w * scale };
        for (i, (row, top)) in rows.iter().zip(tops).enumerate() {
            let base = self.baseline(*top, ns.size.abs(), self.geo.pitch);
            if i == 0 {
                self.put_text(crate::style::SIGNER_LABEL, "signer_label", ls, ls.size.abs(), x, TextAlign::Right, base, Span::default(), None);
            }
            let w = w_of(self, row, ns);
            self.put_text(row, "signer", ns, ns.size.abs(), x, TextAlign::Left, base, doc.meta_span("signers"), Some(w * scale));
        }
    }

    fn rule(&mut self, y: f32, width: f32, color: Color) {
        self.cur.items.push(Item::Rule(Rule { x1: self.geo.left, y1: y, x2: self.geo.right, y2: y, width, color, span: self.block_span }));
    }

    // ---------------------------------------------------------------- head block

    fn head(&mut self) {
        let doc = self.doc;
        let tpl = &*doc.template;
        let cell = self.geo.cell.unwrap_or(self.body_size);
        let plan = head::plan(doc, &self.geo);
        // a line of head text on a grid line (or, in proportional mode, at the cursor)
        let line_top = |f: &mut Self, slot: u32| -> f32 {
            if let Some((s, top)) = plan.off_grid
                && s == slot
            {
                top
            } else if f.grid() {
                f.slot_top(slot)
            } else {
                let t = f.y;
                f.y += f.body_size * 1.5;
                t
            }
        };
        match &doc.head {
            Head::Official { copy_number, secrecy, urgency, organs, suffix, doc_number, signers, dateline, .. } => {
                let texts: Vec<(&String, &'static str, &'static str)> =
                    [(copy_number, "copy_number", "copy_number"), (secrecy, "secrecy", "secrecy"), (urgency, "secrecy", "urgency")]
                        .into_iter()
                        .filter_map(|(v, role, key)| v.as_ref().map(|v| (v, role, key)))
                        .collect();
                for ((text, role, key), slot) in texts.into_iter().zip(plan.copy_lines.iter()) {
                    let st = self.style(role);
                    let top = line_top(self, *slot);
                    let base = self.baseline(top, st.size.abs(), self.geo.pitch);
                    self.put_text_grid(text, role, st, st.size.abs(), self.geo.left, base, doc.meta_span(key));
                }
                if let Some((_, _, top)) = plan.mark {
                    let st = self.style("organ");
                    let size = st.size.abs();
                    let n = organs.len();
                    let gap = size * 0.25;
                    let block_h = n as f32 * size + (n as f32 - 1.0) * gap;
                    let measure = Measure { cell: None, cjk_latin_space: false };
                    let mut widths = Vec::new();
                    for o in organs {
                        let a = atoms::simple_atoms(o, st, size, &self.fonts, measure, &doc.source, doc.meta_span("issuer"), &mut self.missing);
                        widths.push(atoms::width(&a));
                    }
                    let suffix_w = if suffix.is_empty() {
                        0.0
                    } else {
                        atoms::width(&atoms::simple_atoms(suffix, st, size, &self.fonts, measure, &doc.source, Span::default(), &mut self.missing))
                    };
                    let names_w = widths.iter().cloned().fold(0.0, f32::max);
                    // a single issuer runs into 文件; joint issuers stack with 文件 to their right
                    let suffix_gap = if n > 1 { size * 0.5 } else { 0.0 };
                    let total = names_w + if suffix_w > 0.0 { suffix_gap + suffix_w } else { 0.0 };
                    let avail = self.geo.width();
                    // condensed horizontally, never shrunk, when wider than the type area
                    let scale = if total > avail { avail / total } else { 1.0 };
                    let x_start = self.geo.left + (avail - total * scale) / 2.0;
                    for (i, o) in organs.iter().enumerate() {
                        let base = top + i as f32 * (size + gap) + 0.88 * size;
                        // joint issuers are justified to the longest name (分散对齐)
                        if n > 1 && widths[i] < names_w {
                            self.put_spread(o, st, size, x_start, names_w * scale, base, scale);
                        } else {
                            self.put_text(o, "organ", st, size, x_start, TextAlign::Left, base, doc.meta_span("issuer"), Some(names_w * scale));
                        }
                    }
                    if suffix_w > 0.0 {
                        let base = if n > 1 { top + block_h / 2.0 + 0.38 * size } else { top + 0.88 * size };
                        let x = x_start + (names_w + suffix_gap) * scale;
                        self.put_text(suffix, "organ", st, size, x, TextAlign::Left, base, Span::default(), Some(suffix_w * scale));
                    }
                }
                let mut number_w = 0.0;
                if let Some(slot) = plan.number_slot {
                    let top = line_top(self, slot);
                    let st = self.style("doc_number");
                    let size = st.size.abs();
                    let base = self.baseline(top, size, self.geo.pitch);
                    // a letter's number flush right; an upward one's flush left 1 character in,
                    // its 签发人 right of it; any other centred (condensed to the plan's room)
                    let (x, align) = if plan.number_right {
                        (self.geo.right, TextAlign::Right)
                    } else if signers.is_empty() {
                        (self.geo.left + self.geo.width() / 2.0, TextAlign::Center)
                    } else {
                        (self.geo.left + cell, TextAlign::Left)
                    };
                    if let Some(n) = doc_number {
                        number_w = self.put_text(n, "doc_number", st, size, x, align, base, doc.meta_span("doc_number"), Some(plan.number_room));
                    }
                }
                if !plan.signer_lines.is_empty() {
                    let tops: Vec<f32> = plan.signer_lines.iter().map(|s| line_top(self, *s)).collect();
                    // (only a row on the number's line must leave it room)
                    let beside = plan.number_slot.is_some_and(|n| plan.signer_lines.contains(&n));
                    self.head_signers(signers, &tops, plan.number_right, if beside { number_w } else { 0.0 });
                }
                if let (Some((issuer, date)), Some(slot)) = (dateline, plan.issuer_slot) {
                    let st = self.style("doc_number");
                    let size = st.size.abs();
                    let top = line_top(self, slot);
                    let base = self.baseline(top, size, self.geo.pitch);
                    self.put_text(issuer, "issue", st, size, self.geo.left, TextAlign::Left, base, doc.meta_span("issuer"), None);
                    self.put_text(date, "issue", st, size, self.geo.right, TextAlign::Right, base, doc.meta_span("date"), None);
                }
            }
            Head::Bulletin { name, issue, issuer, date } => {
                let cx = self.geo.left + self.geo.width() / 2.0;
                if let Some((_, _, top)) = plan.mark {
                    let st = self.style("masthead");
                    let size = st.size.abs();
                    self.put_text(name, "masthead", st, size, cx, TextAlign::Center, top + 0.88 * size, doc.meta_span("bulletin.name"), Some(self.geo.width()));
                }
                let ist = self.style("issue");
                if let Some(slot) = plan.number_slot {
                    let t = line_top(self, slot);
                    let base = self.baseline(t, ist.size.abs(), self.geo.pitch);
                    self.put_text(issue, "issue", ist, ist.size.abs(), cx, TextAlign::Center, base, doc.meta_span("bulletin.issue"), None);
                }
                if let Some(slot) = plan.issuer_slot {
                    let t = line_top(self, slot);
                    let base = self.baseline(t, ist.size.abs(), self.geo.pitch);
                    self.put_text(issuer, "issue", ist, ist.size.abs(), self.geo.left, TextAlign::Left, base, doc.meta_span("issuer"), None);
                    self.put_text(date, "issue", ist, ist.size.abs(), self.geo.right, TextAlign::Right, base, doc.meta_span("date"), None);
                }
            }
            Head::None => {}
        }
        if let Some(y) = plan.rule_y {
            self.rule(y, tpl.head.rule_width.abs(), tpl.head.rule_color);
        }
        for r in &plan.double_rules {
            let len = head::LETTER_RULE_MM * PT_PER_MM;
            let x1 = (self.geo.page_w - len) / 2.0;
            for (y, width) in [(r.thick_y, tpl.head.rule_width.abs()), (r.thin_y, head::LETTER_THIN_RULE)] {
                self.cur.items.push(Item::Rule(Rule { x1, y1: y, x2: x1 + len, y2: y, width, color: tpl.head.rule_color, span: Span::default() }));
            }
        }
        if self.grid() {
            self.y = self.slot_top(plan.title_slot);
        } else if let Some(y) = plan.rule_y {
            self.y = y + tpl.head.title_gap_lines as f32 * self.body_size * 1.2;
        }
    }

    /// Spread a short name over a given width (joint issuers 分散对齐).
    #[allow(clippy::too_many_arguments)]
    fn put_spread(&mut self, text: &str, st: &Style, size: f32, x: f32, width: f32, base: f32, scale: f32) {
        let measure = Measure { cell: None, cjk_latin_space: false };
        let atoms = atoms::simple_atoms(text, st, size, &self.fonts, measure, &self.doc.source, self.doc.meta_span("issuer"), &mut self.missing);
        let natural = atoms::width(&atoms) * scale;
        let gap = if atoms.len() > 1 { (width - natural) / (atoms.len() - 1) as f32 } else { 0.0 };
        let mut xs = Vec::new();
        let mut cx = 0.0;
        for a in &atoms {
            xs.push((cx, a.width * scale));
            cx += a.width * scale + gap;
        }
        let start = self.cur.items.len();
        self.emit_atoms(&atoms, &xs, x, base, "organ", None);
        for it in &mut self.cur.items[start..] {
            if let Item::Text(t) = it {
                t.hscale = scale * 100.0;
            }
        }
    }

    // ---------------------------------------------------------------- body

    fn title(&mut self) {
        let doc = self.doc;
        // a 题注 without a title (a page that gave only it) is still set
        if doc.title.is_empty() && doc.subtitle.is_none() {
            return;
        }
        let st = self.style("title");
        for t in &doc.title {
            let p = Para::new("title", t.clone(), doc.meta_span("title"));
            self.text_block(&p, Indent::none(), 0);
            let _ = st;
        }
        if let Some(s) = &doc.subtitle {
            self.text_block(&Para::new("subtitle", s.clone(), doc.meta_span("subtitle")), Indent::none(), 0);
        }
        let gap = doc.template.body.title_gap_lines;
        self.blank(gap, self.line_height(self.style("body")));
    }

    fn blocks(&mut self, blocks: &[SBlock], depth: usize) {
        for (i, b) in blocks.iter().enumerate() {
            self.block_span = b.span;
            match &b.kind {
                SKind::Para(p) => {
                    self.text_block(p, Indent::none(), 0);
                }
                SKind::Heading { level, number, para } => {
                    let mut p = para.clone();
                    if !number.is_empty() {
                        p.runs.insert(0, Run { text: number.clone(), span: b.span, ..Run::default() });
                    }
                    // a heading keeps the start of what follows on its page: a line of text, or a
                    // table's head and first line (else the table opens the next page without it)
                    let keep = match blocks.get(i + 1).map(|b| &b.kind) {
                        None => 0,
                        Some(SKind::Table(t)) => table::start_lines(self, t),
                        Some(_) => 1,
                    };
                    let pos = self.text_block(&p, Indent::none(), keep);
                    if let Some((page, y)) = pos {
                        self.outline.push(OutlineEntry { title: p.text(), level: *level, page, y });
                    }
                }
                SKind::List(l) => {
                    for it in &l.items {
                        self.list_item(&it.marker, &it.blocks, l.depth);
                    }
                }
                SKind::Table(t) => table::table(self, t, b.span),
                SKind::Quote(q) => {
                    // after a list, a blank line sets the quote apart from the last item
                    if i > 0 && matches!(blocks[i - 1].kind, SKind::List(_)) {
                        self.blank(1, self.line_height(self.style("quote")));
                    }
                    for qb in q {
                        match &qb.kind {
                            SKind::Para(p) => {
                                self.text_block(p, Indent { first: 2.0, left: 2.0, right: 2.0 }, 0);
                            }
                            _ => self.blocks(std::slice::from_ref(qb), depth + 1),
                        }
                    }
                }
                SKind::Image(img) => self.image(img),
                SKind::Rule => {
                    let (top, _) = self.take_line(self.geo.pitch.min(self.line_height(self.style("body"))));
                    let y = top + self.geo.cell.unwrap_or(self.body_size) / 2.0;
                    self.rule(y, 0.5, Color::BLACK);
                }
                SKind::PageBreak => {
                    if !self.cur.items.is_empty() {
                        self.new_page();
                    }
                }
            }
        }
    }

    fn list_item(&mut self, marker: &str, blocks: &[SBlock], depth: usize) {
        let st = self.style("body");
        let size = st.size.abs();
        let indent = Indent { first: 2.0 + depth as f32 * 2.0, left: 0.0, right: 0.0 };
        let mut first = true;
        for b in blocks {
            match &b.kind {
                SKind::Para(p) if first => {
                    let atoms = self.atoms_of(&p.runs, self.style(p.role));
                    let marker_atoms = if marker.is_empty() {
                        None
                    } else {
                        let m = if marker.ends_with('.') { format!("{marker} ") } else { marker.to_string() };
                        Some(atoms::simple_atoms(&m, st, size, &self.fonts, self.measure_for(size), &self.doc.source, b.span, &mut self.missing))
                    };
                    self.set_atoms(&atoms, self.style(p.role), p.role, indent, 0, marker_atoms.as_deref());
                }
                SKind::Para(p) => {
                    self.text_block(p, indent, 0);
                }
                _ => self.blocks(std::slice::from_ref(b), depth + 1),
            }
            first = false;
        }
        if blocks.is_empty() && !marker.is_empty() {
            self.text_block(&Para::new("body", marker.to_string(), Span::default()), indent, 0);
        }
    }

    fn image(&mut self, img: &crate::style::SImage) {
        let max_w = self.geo.width();
        let max_h = (self.geo.bottom - self.geo.top) * 0.6;
        // 96 dpi natural size, never larger than the type area
        let (nw, nh) = (img.width as f32 * 0.75, img.height as f32 * 0.75);
        let s = (max_w / nw).min(max_h / nh).min(1.0);
        let (w, h) = (nw * s, nh * s);
        let cap_st = self.style("caption");
        let cap_h = if img.caption.is_some() { self.line_height(cap_st) } else { 0.0 };
        // snap to a line and keep image and caption on one page
        if self.grid() {
            let slot = self.slot_at(self.y);
            self.y = self.slot_top(slot);
        }
        let (mut w, mut h) = (w, h);
        if self.y + h + cap_h + 4.0 > self.geo.bottom && self.y > self.geo.top + 1.0 {
            // shrink to the room left when that keeps at least half the size, else a new page
            let room = self.geo.bottom - self.y - cap_h - 4.0;
            if room >= h * 0.5 {
                w *= room / h;
                h = room;
            } else {
                self.new_page();
            }
        }
        let x = self.geo.left + (max_w - w) / 2.0;
        let y = self.y + 2.0;
        self.cur.items.push(Item::Image(ImageItem { over_text: false, x, y, w, h, image: img.clone(), span: self.block_span }));
        self.y = y + h + 2.0;
        if let Some(c) = &img.caption {
            self.text_block(&Para::new("caption", c.clone(), Span::default()), Indent::none(), 0);
        }
    }

    fn footnotes(&mut self) {
        if self.doc.footnotes.is_empty() {
            return;
        }
        let st = self.style("footnote");
        let lh = self.line_height(st);
        self.blank(1, lh);
        let (top, _) = self.take_line(lh);
        let y = top + lh / 2.0;
        self.cur.items.push(Item::Rule(Rule {
            x1: self.geo.left,
            y1: y,
            x2: self.geo.left + self.geo.width() / 4.0,
            y2: y,
            width: 0.5,
            color: Color::BLACK,
            span: self.block_span,
        }));
        for (n, blocks) in &self.doc.footnotes {
            let mut first = true;
            for b in blocks {
                if let SKind::Para(p) = &b.kind {
                    let mut p = Para { role: "footnote", runs: p.runs.clone() };
                    if first {
                        p.runs.insert(0, Run { text: format!("[{n}] "), ..Run::default() });
                    }
                    self.text_block(&p, Indent::none(), 0);
                    first = false;
                } else {
                    self.blocks(std::slice::from_ref(b), 0);
                }
            }
        }
    }

    fn attachment_note(&mut self) {
        let doc = self.doc;
        if doc.attachment_note.is_empty() {
            return;
        }
        let st = self.style("body");
        let size = st.size.abs();
        let lh = self.line_height(st);
        let cw = self.char_w(size);
        // the note does not open a page alone: the last two body lines come along
        self.keep_last_lines_with(1 + doc.attachment_note.len() as u32, lh);
        self.blank(1, lh);
        let label = crate::style::ATTACHMENT_NOTE_LABEL;
        let label_w = 3.0 * cw;
        for (i, l) in doc.attachment_note.iter().enumerate() {
            let atoms = self.atoms_of(&[Run { text: l.clone(), span: doc.meta_span("attachments"), ..Run::default() }], st);
            if i == 0 {
                let prefix = atoms::simple_atoms(label, st, size, &self.fonts, self.measure_for(size), &doc.source, Span::default(), &mut self.missing);
                self.set_atoms(&atoms, st, "attachment_note", Indent::first(2.0), 0, Some(&prefix));
            } else {
                // later names align under the first name, after 附件：
                self.set_atoms(&atoms, st, "attachment_note", Indent::first(2.0 + label_w / cw), 0, Some(&[]));
            }
        }
    }

    /// Minutes: a blank line, then 出席： / 请假： / 列席： two characters in (label in its own
    /// face), the names after it, wrapped lines aligned after the colon.
    fn attendance(&mut self) {
        let doc = self.doc;
        if doc.attendance.is_empty() {
            return;
        }
        let st = self.style("body");
        let label_st = self.style("attachment_label");
        let size = st.size.abs();
        let lh = self.line_height(st);
        // the lines stay together, with the last two body lines when they must move
        let per_line = (self.geo.width() / self.char_w(size)).floor().max(4.0) - 2.0;
        let rows: u32 = doc.attendance.iter().map(|(l, n)| ((l.chars().count() + n.chars().count()) as f32 / per_line).ceil() as u32).sum();
        // (and the blank line before them)
        self.keep_last_lines_with(rows + 1, lh);
        self.blank(1, lh);
        for (label, names) in &doc.attendance {
            let span = doc.meta_span("attendees");
            let atoms = self.atoms_of(&[Run { text: names.clone(), span, ..Run::default() }], st);
            let prefix = atoms::simple_atoms(label, label_st, size, &self.fonts, self.measure_for(size), &doc.source, span, &mut self.missing);
            self.set_atoms(&atoms, st, "attendance", Indent::first(2.0), 0, Some(&prefix));
        }
    }

    fn signature(&mut self) {
        let doc = self.doc;
        let Some(sig) = &doc.signature else { return };
        let st = self.style("signature");
        let size = st.size.abs();
        let lh = self.line_height(st);
        let cw = self.char_w(size);
        let right_in = doc.template.body.signature_indent.pt(cw);
        let measure = Measure { cell: self.measure_for(size).cell, cjk_latin_space: false };
        let w_of = |f: &mut Self, t: &str| atoms::width(&atoms::simple_atoms(t, st, size, &f.fonts, measure, &doc.source, Span::default(), &mut f.missing));
        // joint signers too wide for one line stand one under another
        let room = self.geo.right - right_in - self.geo.left;
        let signers: Vec<String> = match sig.signer.as_deref() {
            Some(s) => crate::style::signer_rows(s, |t| w_of(self, t) <= room).into_iter().map(str::to_string).collect(),
            None => Vec::new(),
        };
        let rows = 1 + signers.len() as u32 + u32::from(sig.date.is_some());
        // keep at least the last two body lines with the signature
        self.keep_last_lines_with(rows, lh);
        self.blank(1, lh);
        let sw = signers.iter().map(|s| w_of(self, s)).fold(0.0, f32::max);
        let dw = sig.date.as_deref().map(|d| w_of(self, d)).unwrap_or(0.0);
        let right = self.geo.right - right_in;
        let (mut sx, mut dx);
        if sig.seal.is_some() {
            // with a seal: date 4 characters in from the right, signer centred on the date
            dx = self.geo.right - 4.0 * cw - dw;
            sx = dx + (dw - sw) / 2.0;
        } else {
            sx = right - sw;
            dx = sx + 2.0 * cw;
            if dx + dw > right {
                dx = right - dw;
                sx = dx - 2.0 * cw;
            }
        }
        // the body ends a blank line above the signature
        let body_bottom = self.y - if self.grid() { self.geo.pitch } else { lh };
        let mut first_top: Option<f32> = None;
        let mut last_bottom = self.y;
        for s in &signers {
            let (top, _) = self.take_line(lh);
            let base = self.baseline(top, size, lh);
            self.put_text_grid(s, "signature", st, size, sx.max(self.geo.left), base, doc.meta_span("signature"));
            first_top.get_or_insert(top);
            last_bottom = top + self.geo.cell.unwrap_or(size);
        }
        if let Some(d) = &sig.date {
            let (top, _) = self.take_line(lh);
            let base = self.baseline(top, size, lh);
            self.put_text_grid(d, "date", st, size, dx, base, doc.meta_span("date"));
            first_top.get_or_insert(top);
            last_bottom = top + self.geo.cell.unwrap_or(size);
        }
        if let Some(seal) = &sig.seal {
            // the seal's centre over the signature, its top within one line of the body
            let d = 42.0 * PT_PER_MM;
            let h = d * seal.height as f32 / seal.width.max(1) as f32;
            let cx = sx + sw / 2.0;
            // signature and date a little below the seal's centre; its top within one line
            // of the body
            let mid = (first_top.unwrap_or(last_bottom) + last_bottom) / 2.0;
            let top = (mid - lh * 0.25 - h / 2.0).max(body_bottom - lh);
            self.cur.items.push(Item::Image(ImageItem { over_text: true, x: cx - d / 2.0, y: top, w: d, h, image: seal.clone(), span: doc.meta_span("seal") }));
        }
        let _ = (&mut sx, &mut dx);
    }

    /// When `rows` lines do not fit on this page, move its last two text lines to the next page
    /// so that what follows (attachment note, signature) never stands alone on a page.
    fn keep_last_lines_with(&mut self, rows: u32, lh: f32) {
        if self.room(lh) >= rows || self.placed.len() < 2 || self.full_page_lines(lh) < rows + 2 {
            return;
        }
        let keep = 2;
        // only two lines that are the last things on the page move: never a table or an
        // image set after (or between) them
        let last = &self.placed[self.placed.len() - keep..];
        if last[1].items.end != self.cur.items.len() || last[0].items.end != last[1].items.start {
            return;
        }
        let moved: Vec<Placed> = self.placed.split_off(self.placed.len() - keep);
        let first_item = moved.first().map(|p| p.items.start).unwrap_or(self.cur.items.len());
        let items: Vec<Item> = self.cur.items.split_off(first_item);
        let first_slot = moved.first().map(|p| p.slot).unwrap_or(0);
        let old_top = if self.grid() { self.slot_top(first_slot) } else { moved_top(&items).unwrap_or(self.geo.top) };
        self.new_page();
        let dy = self.geo.top - old_top;
        let start = self.cur.items.len();
        for mut it in items {
            shift_item(&mut it, dy, first_slot);
            self.cur.items.push(it);
        }
        for (k, m) in moved.iter().enumerate() {
            let len = m.items.end - m.items.start;
            let s0 = start + (m.items.start - first_item);
            self.placed.push(Placed { items: s0..s0 + len, slot: k as u32 });
        }
        self.y = self.geo.top + keep as f32 * lh;
    }

    /// Text on the line grid at x (CJK in cells when the size is the body size).
    #[allow(clippy::too_many_arguments)]
    fn put_text_grid(&mut self, text: &str, role: &'static str, st: &Style, size: f32, x: f32, base: f32, span: Span) {
        let atoms = atoms::simple_atoms(text, st, size, &self.fonts, self.measure_for(size), &self.doc.source, span, &mut self.missing);
        let mut xs = Vec::new();
        let mut cx = 0.0;
        for a in &atoms {
            xs.push((cx, a.width));
            cx += a.width;
        }
        let slot = self.grid().then(|| self.slot_at(base - size)).map(|s| s.saturating_sub(0));
        self.emit_atoms(&atoms, &xs, x, base, role, slot);
    }

    fn attachments(&mut self) {
        let doc = self.doc;
        for a in &doc.attachments {
            self.new_page();
            let st = self.style("attachment_label");
            let size = st.size.abs();
            let lh = self.line_height(st);
            let (top, _) = self.take_line(lh);
            let base = self.baseline(top, size, lh);
            self.put_text_grid(&a.label, "attachment_label", st, size, self.geo.left, base, a.span);
            if let Some(t) = &a.title {
                self.blank(1, lh);
                let lines = crate::style::title::balance(t, doc.template.body.title_max_chars);
                for l in lines {
                    self.text_block(&Para::new("title", l, a.span), Indent::none(), 0);
                }
                self.blank(1, lh);
            }
            self.blocks(&a.blocks, 0);
        }
    }

    // ---------------------------------------------------------------- end block, numbers

    /// The 版记 / 报尾 at the foot of the last page (an even page when the template asks).
    fn end_block(&mut self) {
        let doc = self.doc;
        let Some(end) = &doc.end else { return };
        let tpl = &*doc.template;
        let st = self.style("end_block");
        let size = st.size.abs();
        let cw = size;
        let lh = if self.grid() { self.geo.pitch } else { size * 2.0 };
        // lay the rows out (wrapped) to know how many lines they need; each line is a list of
        // segments (atoms and their x offset from the block's left edge)
        let width = self.geo.width() - 2.0 * cw;
        let plain = Measure { cell: None, cjk_latin_space: false };
        let mut rows: Vec<Vec<Vec<(Vec<Atom>, f32)>>> = Vec::new();
        for r in &end.rows {
            let mut lines_out: Vec<Vec<(Vec<Atom>, f32)>> = Vec::new();
            let seg = |f: &mut Self, t: &str, span: Span| atoms::simple_atoms(t, st, size, &f.fonts, plain, &doc.source, span, &mut f.missing);
            match r {
                EndRow::Labeled { label, text } => {
                    let la = seg(self, label, Span::default());
                    let lw = atoms::width(&la);
                    let ta = seg(self, text, Span::default());
                    let ls = lines::break_lines(&ta, width - lw, width - lw, true);
                    for (i, l) in ls.iter().enumerate() {
                        let mut line = Vec::new();
                        if i == 0 {
                            line.push((la.clone(), 0.0));
                        }
                        // one segment per atom keeps the justified positions
                        for (a, (x, w)) in ta[l.start..l.end].iter().zip(&l.xs) {
                            let mut a = a.clone();
                            a.width = *w;
                            line.push((vec![a], lw + x));
                        }
                        lines_out.push(line);
                    }
                }
                EndRow::Contact(cells) => {
                    let all: Vec<Vec<Atom>> = cells.iter().map(|c| seg(self, c, doc.meta_span("contact"))).collect();
                    // up to three cells a line, fewer when they do not fit side by side
                    let mut groups: Vec<Vec<Vec<Atom>>> = Vec::new();
                    for a in all {
                        let fits = groups.last().is_some_and(|g: &Vec<Vec<Atom>>| {
                            g.len() < 3 && g.iter().map(|x| atoms::width(x)).sum::<f32>() + atoms::width(&a) + cw * g.len() as f32 <= width
                        });
                        if fits {
                            groups.last_mut().expect("group").push(a);
                        } else {
                            groups.push(vec![a]);
                        }
                    }
                    for segs in groups {
                        self.contact_lines.push(segs.len());
                        let total: f32 = segs.iter().map(|a| atoms::width(a)).sum();
                        let gap = if segs.len() > 1 { ((width - total) / (segs.len() - 1) as f32).max(cw) } else { 0.0 };
                        let mut x = 0.0;
                        let mut line = Vec::new();
                        for a in segs {
                            let w = atoms::width(&a);
                            // a cell wider than the line wraps
                            if w > width {
                                // (each atom where the line breaker set it: a line it fitted by
                                // squeezing punctuation is only as wide as the type area so)
                                for l in lines::break_lines(&a, width, width, false) {
                                    let placed = a[l.start..l.end].iter().zip(&l.xs).map(|(atom, (x, w))| {
                                        let mut atom = atom.clone();
                                        atom.width = *w;
                                        (vec![atom], *x)
                                    });
                                    lines_out.push(placed.collect());
                                }
                                continue;
                            }
                            line.push((a, x));
                            x += w + gap;
                        }
                        if line.is_empty() {
                            continue;
                        }
                        lines_out.push(line);
                    }
                }
                EndRow::Printed { left, right } => {
                    let la = seg(self, left, Span::default());
                    let ra = seg(self, right, Span::default());
                    let rw = atoms::width(&ra);
                    // a printer's name too long to share the line with the date wraps beside it
                    // (joint issuers standing in for the printer), the date on its first line
                    let room = width - rw - cw;
                    if atoms::width(&la) <= room {
                        self.printed_lines.push(vec![left.clone()]);
                        lines_out.push(vec![(la, 0.0), (ra, width - rw)]);
                    } else {
                        let broken = lines::break_lines(&la, room, room, false);
                        self.printed_lines.push(broken.iter().map(|l| la[l.start..l.end].iter().map(|a| a.text.as_str()).collect()).collect());
                        for (i, l) in broken.iter().enumerate() {
                            let mut line: Vec<(Vec<Atom>, f32)> = la[l.start..l.end]
                                .iter()
                                .zip(&l.xs)
                                .map(|(atom, (x, w))| {
                                    let mut atom = atom.clone();
                                    atom.width = *w;
                                    (vec![atom], *x)
                                })
                                .collect();
                            if i == 0 {
                                line.push((ra.clone(), width - rw));
                            }
                            lines_out.push(line);
                        }
                    }
                }
                EndRow::Right(t) => {
                    let a = seg(self, t, Span::default());
                    let w = atoms::width(&a);
                    lines_out.push(vec![(a, width - w)]);
                }
            }
            rows.push(lines_out);
        }
        let n_lines: u32 = rows.iter().map(|r| r.len() as u32).sum();
        // does it fit under what is on the last page?
        let last_page = self.pages.len(); // 1-based number of the last page
        let used_slots = self.pages.last().map(last_used_y).unwrap_or(self.geo.top);
        let first_slot = if self.grid() { self.geo.lines.saturating_sub(n_lines) } else { 0 };
        let block_top = if self.grid() { self.slot_top(first_slot) } else { self.geo.bottom - n_lines as f32 * lh };
        let fits = used_slots + lh * 0.5 <= block_top - 4.0;
        let mut target = if fits { last_page } else { last_page + 1 };
        if tpl.end.even_page && end.kind == EndKind::Official && target % 2 == 1 {
            target += 1;
        }
        let blank_pages = target.saturating_sub(last_page + 1);
        // the 版记 page and a blank page before it carry no number when a blank page was inserted
        for _ in 0..blank_pages {
            self.pages.push(Page { number: None, unnumbered: true, items: Vec::new() });
        }
        if target > last_page {
            self.pages.push(Page { number: None, unnumbered: blank_pages > 0, items: Vec::new() });
        }
        let page = self.pages.len() - 1;
        let mut items = Vec::new();
        let thick = tpl.end.outer_rule.abs();
        let thin = tpl.end.inner_rule.abs();
        let color = tpl.end.rule_color;
        let mut slot = first_slot;
        let bottom = if self.grid() { self.slot_top(self.geo.lines - 1) + self.geo.cell.unwrap_or(size) } else { self.geo.bottom };
        let gap_half = if self.grid() { (self.geo.pitch - self.geo.cell.unwrap_or(size)) / 2.0 } else { lh * 0.2 };
        let mut y_cursor = block_top;
        let top_rule = block_top - gap_half;
        // a letter's 版记 has no rules (GB/T 9704 §10.1)
        let ruled = end.kind != EndKind::Letter;
        let (x1, x2) = (self.geo.left, self.geo.right);
        let rule = move |items: &mut Vec<Item>, y: f32, width: f32| {
            if ruled {
                items.push(Item::Rule(Rule { x1, y1: y, x2, y2: y, width, color, span: Span::default() }));
            }
        };
        rule(&mut items, top_rule, thick);
        let nrows = rows.len();
        for (ri, r) in rows.iter().enumerate() {
            for line in r {
                let top = if self.grid() { self.slot_top(slot) } else { y_cursor };
                let cell_h = if self.grid() { self.geo.cell.unwrap_or(size) } else { lh };
                let base = top + cell_h / 2.0 + 0.38 * size;
                let saved = std::mem::take(&mut self.cur.items);
                for (seg, xoff) in line {
                    let mut xs = Vec::new();
                    let mut cx = 0.0;
                    for a in seg.iter() {
                        xs.push((cx, a.width));
                        cx += a.width;
                    }
                    self.emit_atoms(seg, &xs, self.geo.left + cw + xoff, base, "end_block", self.grid().then_some(slot));
                }
                items.extend(std::mem::replace(&mut self.cur.items, saved));
                slot += 1;
                y_cursor += lh;
            }
            if ri + 1 < nrows {
                let y = if self.grid() { self.slot_top(slot) - gap_half } else { y_cursor };
                rule(&mut items, y, thin);
            }
        }
        rule(&mut items, bottom, thick);
        self.pages[page].items.extend(items);
    }

    /// Page numbers (`— N —`, odd right / even left) and the running contact footer.
    fn numbers_and_footers(&mut self) {
        let doc = self.doc;
        let tpl = &*doc.template;
        let pn = &tpl.page_number;
        let st = self.style("page_number");
        let size = st.size.abs();
        let footer = doc.contact.as_ref().filter(|c| c.placement == ContactPlacement::EveryPage).map(|c| c.line.clone());
        let fst = self.style("footer");
        let mut n = 0u32;
        for i in 0..self.pages.len() {
            n += 1;
            let shows = !self.pages[i].unnumbered && (i > 0 || pn.first_page);
            self.pages[i].number = shows.then_some(n);
            let saved = std::mem::replace(&mut self.cur, std::mem::take(&mut self.pages[i]));
            if shows && pn.position != PageNumberPosition::None {
                let text = pn.format.replace("{n}", &n.to_string());
                let top = self.geo.bottom + pn.offset.abs();
                let base = top + 0.88 * size;
                let inset = pn.inset.pt(size);
                match pn.position {
                    PageNumberPosition::Outside if n % 2 == 1 => {
                        self.put_text(&text, "page_number", st, size, self.geo.right - inset, TextAlign::Right, base, Span::default(), None);
                    }
                    PageNumberPosition::Outside => {
                        self.put_text(&text, "page_number", st, size, self.geo.left + inset, TextAlign::Left, base, Span::default(), None);
                    }
                    _ => {
                        self.put_text(&text, "page_number", st, size, self.geo.left + self.geo.width() / 2.0, TextAlign::Center, base, Span::default(), None);
                    }
                }
            }
            if shows && let Some(f) = &footer {
                let fs = fst.size.abs();
                let top = self.geo.bottom + tpl.contact.footer_offset.abs();
                self.put_text(
                    f,
                    "footer",
                    fst,
                    fs,
                    self.geo.left + self.geo.width() / 2.0,
                    TextAlign::Center,
                    top + 0.88 * fs,
                    doc.meta_span("contact"),
                    Some(self.geo.width()),
                );
            }
            self.pages[i] = std::mem::replace(&mut self.cur, saved);
        }
    }
}

/// The part of a glyph's box (from its pen position) that lies in its atom's slot on the line:
/// a compressed mark gives up a blank half, a grid cell may be a little narrower than the em.
/// The whole box when it misses the slot, so a misplaced glyph is never hidden.
fn slot_extent(pen: f32, advance: f32, slot_x: f32, slot_w: f32) -> [f32; 2] {
    let from = (slot_x - pen).max(0.0);
    let to = (slot_x + slot_w - pen).min(advance);
    if to > from { [from, to] } else { [0.0, advance] }
}

/// The lowest y used by text or images on a page.
fn last_used_y(p: &Page) -> f32 {
    p.items
        .iter()
        .map(|i| match i {
            Item::Text(t) => t.baseline + t.size * 0.12,
            Item::Image(im) => im.y + im.h,
            Item::Rule(r) => r.y1.max(r.y2),
            Item::Link(_) => 0.0,
        })
        .fold(0.0, f32::max)
}

/// The top of the first text line of some items (proportional mode).
fn moved_top(items: &[Item]) -> Option<f32> {
    items.iter().find_map(|i| if let Item::Text(t) = i { Some(t.baseline - t.size) } else { None })
}

/// Move an item by dy, renumbering its grid line from `first_slot` (the new page's line 1).
fn shift_item(it: &mut Item, dy: f32, first_slot: u32) {
    match it {
        Item::Text(t) => {
            t.baseline += dy;
            t.line = t.line.map(|l| l.saturating_sub(first_slot));
        }
        Item::Rule(r) => {
            r.y1 += dy;
            r.y2 += dy;
        }
        Item::Image(i) => i.y += dy,
        Item::Link(l) => l.y += dy,
    }
}

#[allow(unused_imports)]
use Arc as _ArcAlias;
pub use atoms::Atom as LayoutAtom;
