//! Tables: ruled cells, column widths from content within the type area, cell text broken with
//! the body's Chinese rules, header rows repeated on every page, numeric columns right-aligned,
//! merged cells.
//!
//! Pagination works on line slots, so nothing can be lost between pages: every row needs a
//! whole number of lines (its tallest cell, and enough that each row-spanning cell fits in the
//! rows it spans). A row is placed whole, or — when it is taller than the room left — split
//! into pieces of its line slots that continue on the next pages. Rows that share a merged cell
//! stay together when they fit on one page and otherwise break between (or inside) them; a
//! merged cell cut by a page break is drawn as one bordered part per page, its text starting
//! on the first part and flowing into the next. Every part holds at least as many lines as the
//! pieces under it, so the parts of a cell together hold all of its lines.

use super::atoms::{self, Atom};
use super::page::RowBreak;
use super::{Flow, Item, Rule, lines};
use crate::diag::Diagnostic;
use crate::model::{Align, Span};
use crate::style::STable;
use crate::style::units::{Color, PT_PER_MM};

/// Cell padding left and right, and above and below the text (the DOCX cell margins too).
pub const PAD_X: f32 = 4.0;
pub const PAD_Y: f32 = 3.0;
const EPS: f32 = 0.01;
/// A column whose whole text takes at most this share of the table's width is not wrapped.
const SHORT_COLUMN: f32 = 0.25;
/// Header rows repeat on every page only while they take at most this share of a page.
const MAX_REPEATED_HEADER: f32 = 0.5;
/// A row is split at a page end only when at least this many of its lines fit before the break
/// and at least this many follow it (unless it already starts at the top of a page).
const MIN_SPLIT_LINES: usize = 2;

/// A cell placed in the table grid.
struct GridCell {
    row: usize,
    col: usize,
    colspan: usize,
    rowspan: usize,
    header: bool,
    atoms: Vec<Atom>,
    align: Align,
    /// Lines after breaking at the final width; a cell's images take the first of them.
    lines: Vec<lines::Line>,
    images: Vec<crate::style::SImage>,
    /// Each image's first line, width and height once the column width is known.
    image_slots: Vec<(usize, f32, f32)>,
}

/// An image in a cell is at most this many lines tall (scaled down to fit).
const MAX_CELL_IMAGE_LINES: f32 = 8.0;

/// A piece of a row on a page: `lines` of the row's line slots, with its top edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Piece {
    pub row: usize,
    pub lines: usize,
    pub top: f32,
    /// A header row repeated at the top of a continuation page.
    pub repeat: bool,
}

/// Where the rows of a table go: the pieces on each page (the first page is the current one),
/// and the y just below the table.
#[derive(Debug, Clone, PartialEq)]
pub struct TablePlan {
    pub pages: Vec<Vec<Piece>>,
    pub end_y: f32,
}

/// The vertical frame a table is paginated in.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub top: f32,
    pub bottom: f32,
    /// Where the table starts on the current page.
    pub start: f32,
    /// Height of one line of cell text.
    pub line: f32,
    /// Padding above and below the text of a cell.
    pub pad: f32,
}

impl Frame {
    fn piece_h(&self, lines: usize) -> f32 {
        lines as f32 * self.line + 2.0 * self.pad
    }
    /// Lines of a piece that fit between y and the bottom.
    fn capacity(&self, y: f32) -> usize {
        (((self.bottom - y - 2.0 * self.pad) / self.line) + EPS).floor().max(0.0) as usize
    }
}

pub(super) fn table(f: &mut Flow, t: &STable, span: Span) {
    if t.rows.is_empty() {
        return;
    }
    let body_st = f.style("table");
    let size = body_st.size.abs();
    let lh = size * body_st.line_height.max(1.0);
    let (mut cells, ncols) = place_cells(f, t);
    let Some(widths) = column_widths(&cells, ncols, t, f.geo.width(), size) else {
        let need: f32 = column_floors(&cells, ncols, size).iter().sum();
        f.errors.push(
            Diagnostic::error(format!(
                "this table needs {:.0} mm for its {ncols} columns; the type area is {:.0} mm wide",
                need / PT_PER_MM,
                f.geo.width() / PT_PER_MM
            ))
            .at(&f.doc.source, span)
            .hint("split the table, or give it fewer columns"),
        );
        return;
    };
    f.tables.insert(t.id, widths.clone());
    let col_x: Vec<f32> = std::iter::once(0.0)
        .chain(widths.iter().scan(0.0, |s, w| {
            *s += w;
            Some(*s)
        }))
        .collect();
    for c in &mut cells {
        let w = col_x[c.col + c.colspan] - col_x[c.col] - 2.0 * PAD_X;
        let text = lines::break_lines(&c.atoms, w, w, false);
        for l in text.iter().take(text.len().saturating_sub(1)) {
            f.cell_breaks.extend(c.atoms[l.start..l.end].last().filter(|a| !a.span.is_empty()).map(|a| a.span.end));
        }
        c.lines = image_lines(c, w, lh);
        c.lines.extend(text);
    }
    let nrows = t.rows.len();
    let spans: Vec<(usize, usize, usize)> = cells.iter().map(|c| (c.row, c.rowspan, c.lines.len())).collect();
    let rows = row_lines(&spans, nrows);
    let bands = band_ends(&spans, nrows);

    if f.grid() {
        let slot = f.slot_at(f.y);
        f.y = f.slot_top(slot);
    }
    let frame = Frame { top: f.geo.top, bottom: f.geo.bottom, start: f.y, line: lh, pad: PAD_Y };
    let plan = paginate(&rows, t.header_rows.min(nrows), &bands, frame);
    let parts = cell_parts(&cells, &plan, frame);
    for (row, b) in row_breaks(&plan) {
        f.row_breaks.insert((t.id, row), b);
    }
    for (ci, top) in cut_cell_tops(&parts, lh).into_iter().filter(|(ci, _)| !cells[*ci].header) {
        f.cut_cells.insert((t.id, cells[ci].row, cells[ci].col), top);
    }
    // a cell's atoms go as soon as its last part is drawn: a long table never holds all its
    // atoms and all its placed glyphs at once
    let mut last_page = vec![0; cells.len()];
    for p in &parts {
        last_page[p.cell] = last_page[p.cell].max(p.page);
    }
    for pi in 0..plan.pages.len() {
        if pi > 0 {
            f.new_page();
        }
        for p in parts.iter().filter(|p| p.page == pi) {
            draw_part(f, &cells[p.cell], p, &col_x, lh, size);
        }
        for (c, _) in cells.iter_mut().zip(&last_page).filter(|(_, last)| **last == pi) {
            c.atoms = Vec::new();
            c.lines = Vec::new();
        }
    }
    f.y = plan.end_y;
    if let Some(c) = &t.caption {
        f.text_block(&crate::style::Para::new("caption", c.clone(), span), super::Indent::none(), 0);
    }
    // back on the grid
    if f.grid() {
        let slot = f.slot_at(f.y + 2.0);
        f.y = f.slot_top(slot);
    }
}

/// Body lines the table needs to start on a page: its header rows and a first line of its body
/// (what `paginate` places together), each row counted as one line, as most heads are.
pub(super) fn start_lines(f: &Flow, t: &STable) -> u32 {
    let st = f.style("table");
    let size = st.size.abs();
    let frame = Frame { top: 0.0, bottom: 0.0, start: 0.0, line: size * st.line_height.max(1.0), pad: PAD_Y };
    let need: f32 = (0..t.header_rows.min(t.rows.len()) + 1).map(|_| frame.piece_h(1)).sum();
    let body = f.line_height(f.style("body"));
    (need / body - EPS).ceil().max(1.0) as u32
}

/// Put every cell on the table grid (a row-spanning cell occupies the rows below it; header
/// cells never reach below the header) and build its atoms.
fn place_cells(f: &mut Flow, t: &STable) -> (Vec<GridCell>, usize) {
    let body_st = f.style("table");
    let head_st = f.style("table_header");
    let nrows = t.rows.len();
    let header_rows = t.header_rows.min(nrows);
    let mut occupied: Vec<Vec<bool>> = vec![Vec::new(); nrows];
    let mut cells = Vec::new();
    for (ri, row) in t.rows.iter().enumerate() {
        let header = ri < header_rows;
        let limit = if header { header_rows } else { nrows };
        let mut col = 0;
        for c in row {
            while occupied[ri].get(col).copied().unwrap_or(false) {
                col += 1;
            }
            let cs = c.colspan.max(1) as usize;
            let rs = (c.rowspan.max(1) as usize).min(limit - ri);
            for r in &mut occupied[ri..ri + rs] {
                if r.len() < col + cs {
                    r.resize(col + cs, false);
                }
                r[col..col + cs].fill(true);
            }
            let st = if header { head_st } else { body_st };
            let atoms = f.atoms_of(&c.runs, st);
            let align = if header { Align::Center } else { t.align.get(col).copied().unwrap_or(Align::Auto) };
            cells.push(GridCell {
                row: ri,
                col,
                colspan: cs,
                rowspan: rs,
                header,
                atoms,
                align,
                lines: Vec::new(),
                images: c.images.clone(),
                image_slots: Vec::new(),
            });
            col += cs;
        }
    }
    let ncols = occupied.iter().map(Vec::len).max().unwrap_or(1).max(1);
    (cells, ncols)
}

/// The narrowest each column may be: its widest single character (or unbreakable cluster) and
/// the padding, and never less than one character of the table's size.
fn column_floors(cells: &[GridCell], ncols: usize, size: f32) -> Vec<f32> {
    let mut floor = vec![size + 2.0 * PAD_X; ncols];
    for c in cells {
        let widest = c.atoms.iter().map(|a| a.width).fold(0.0, f32::max);
        // a merged cell's widest atom must fit its columns together
        let per = (widest + 2.0 * PAD_X) - (c.colspan as f32 - 1.0) * (size + 2.0 * PAD_X);
        floor[c.col] = floor[c.col].max(per);
    }
    floor
}

/// Column widths from content: every column as wide as its text when that fits, else shared
/// out between the narrowest (longest unbreakable run) and the natural width; never below a
/// column's floor. None when the floors alone are wider than the type area.
fn column_widths(cells: &[GridCell], ncols: usize, t: &STable, total_w: f32, size: f32) -> Option<Vec<f32>> {
    let floor = column_floors(cells, ncols, size);
    if floor.iter().sum::<f32>() > total_w + EPS {
        return None;
    }
    let mut min_w = vec![2.0 * size + 2.0 * PAD_X; ncols];
    let mut max_w = min_w.clone();
    for c in cells.iter().filter(|c| c.colspan == 1) {
        min_w[c.col] = min_w[c.col].max(widest_unbreakable(&c.atoms) + 2.0 * PAD_X);
        max_w[c.col] = max_w[c.col].max(atoms::width(&c.atoms) + 2.0 * PAD_X);
        // an image wants its own width (96 dpi) and can do with six characters of it
        for img in &c.images {
            let natural = img.width as f32 * 0.75;
            min_w[c.col] = min_w[c.col].max(natural.min(6.0 * size) + 2.0 * PAD_X);
            max_w[c.col] = max_w[c.col].max(natural + 2.0 * PAD_X);
        }
    }
    if t.widths.len() == ncols && t.widths.iter().all(|w| *w > 0.0) {
        let s: f32 = t.widths.iter().sum();
        return Some(raise_to_floor(t.widths.iter().map(|w| w / s * total_w).collect(), &floor));
    }
    let shared = raise_to_floor(share_out(&min_w, &max_w, total_w), &floor);
    // a short column (its whole text within a quarter of the width: a label, a name, a number)
    // keeps its text on one line when that makes the table no taller
    let unwrapped: Vec<f32> = (0..ncols).map(|i| if max_w[i] <= total_w * SHORT_COLUMN { max_w[i] } else { min_w[i] }).collect();
    if unwrapped == min_w || unwrapped.iter().sum::<f32>() > total_w {
        return Some(shared);
    }
    let kept = raise_to_floor(share_out(&unwrapped, &max_w, total_w), &floor);
    Some(if height(cells, &kept) <= height(cells, &shared) { kept } else { shared })
}

/// Widths between each column's narrowest and natural width that fill `total_w`: every column
/// natural when that fits, else each given the same share of what it lacks.
fn share_out(min_w: &[f32], max_w: &[f32], total_w: f32) -> Vec<f32> {
    let ncols = min_w.len();
    let smax: f32 = max_w.iter().sum();
    let smin: f32 = min_w.iter().sum();
    if smax <= total_w {
        max_w.iter().map(|w| w + (total_w - smax) * w / smax).collect()
    } else if smin <= total_w {
        let r = (total_w - smin) / (smax - smin).max(EPS);
        (0..ncols).map(|i| min_w[i] + (max_w[i] - min_w[i]) * r).collect()
    } else {
        // the narrowest widths alone overflow: some run cannot break and is longer than an
        // equal share of the line. It breaks between characters anyway, so no column needs
        // more than that share; a column whose whole text fits in its share keeps it (a
        // short neighbour is not squeezed to one character beside a 3,000-letter word)
        let fair = total_w / ncols as f32;
        let lo: Vec<f32> = (0..ncols).map(|i| if max_w[i] <= fair { max_w[i] } else { min_w[i].min(fair) }).collect();
        let hi: Vec<f32> = (0..ncols).map(|i| max_w[i].max(lo[i])).collect();
        let (slo, shi): (f32, f32) = (lo.iter().sum(), hi.iter().sum());
        let r = ((total_w - slo) / (shi - slo).max(EPS)).clamp(0.0, 1.0);
        (0..ncols).map(|i| lo[i] + (hi[i] - lo[i]) * r).collect()
    }
}

/// Lines of cell text the table's rows take at these column widths (single-row cells).
fn height(cells: &[GridCell], widths: &[f32]) -> usize {
    let mut rows: Vec<usize> = Vec::new();
    for c in cells.iter().filter(|c| c.rowspan == 1) {
        let w: f32 = widths[c.col..c.col + c.colspan].iter().sum::<f32>() - 2.0 * PAD_X;
        let n = lines::break_lines(&c.atoms, w, w, false).len().max(1);
        if rows.len() <= c.row {
            rows.resize(c.row + 1, 1);
        }
        rows[c.row] = rows[c.row].max(n);
    }
    rows.iter().sum()
}

/// Widen the columns below their floor, taking the width from the columns above theirs in
/// proportion to what each can give; the total stays the same.
fn raise_to_floor(mut widths: Vec<f32>, floor: &[f32]) -> Vec<f32> {
    let deficit: f32 = widths.iter().zip(floor).map(|(w, f)| (f - w).max(0.0)).sum();
    if deficit <= EPS {
        return widths;
    }
    let spare: f32 = widths.iter().zip(floor).map(|(w, f)| (w - f).max(0.0)).sum();
    let take = if spare > EPS { (deficit / spare).min(1.0) } else { 0.0 };
    for (w, f) in widths.iter_mut().zip(floor) {
        if *w < *f {
            *w = *f;
        } else {
            *w -= (*w - f) * take;
        }
    }
    widths
}

/// Lines each row needs: its tallest single-row cell (at least one line), then, for every
/// row-spanning cell whose rows are too short, the missing lines added to its last row.
pub fn row_lines(cells: &[(usize, usize, usize)], nrows: usize) -> Vec<usize> {
    let mut rows = vec![1usize; nrows];
    for &(row, span, lines) in cells {
        if span == 1 {
            rows[row] = rows[row].max(lines);
        }
    }
    // shorter spans first, so a long span sees the rows the short ones already grew
    let mut merged: Vec<&(usize, usize, usize)> = cells.iter().filter(|c| c.1 > 1).collect();
    merged.sort_by_key(|c| (c.1, c.0));
    for &&(row, span, lines) in &merged {
        let have: usize = rows[row..row + span].iter().sum();
        if lines > have {
            rows[row + span - 1] += lines - have;
        }
    }
    rows
}

/// For each row, the end (exclusive) of the band of rows joined to it by row-spanning cells.
pub fn band_ends(cells: &[(usize, usize, usize)], nrows: usize) -> Vec<usize> {
    let mut reach: Vec<usize> = (1..=nrows).collect();
    for &(row, span, _) in cells {
        reach[row] = reach[row].max(row + span);
    }
    let mut ends = vec![0; nrows];
    let mut r = 0;
    while r < nrows {
        let mut end = reach[r];
        let mut k = r;
        while k < end {
            end = end.max(reach[k]);
            k += 1;
        }
        ends[r..end].fill(end);
        r = end;
    }
    ends
}

/// Paginate rows of `rows[r]` lines. Header rows repeat at the top of every continuation page
/// while they are short enough; a band of rows joined by merged cells starts on a new page when
/// it fits on one and not in the room left; a row taller than the room left is split.
pub fn paginate(rows: &[usize], header_rows: usize, bands: &[usize], frame: Frame) -> TablePlan {
    let header_h: f32 = rows[..header_rows].iter().map(|&n| frame.piece_h(n)).sum();
    let page_h = frame.bottom - frame.top;
    let repeat = header_rows > 0 && header_h + frame.piece_h(1) <= page_h * MAX_REPEATED_HEADER;
    let mut pages: Vec<Vec<Piece>> = vec![Vec::new()];
    let mut y = frame.start;
    // the header and a first line of the body start together
    let first_need = if repeat { header_h + frame.piece_h(1) } else { frame.piece_h(rows.first().copied().unwrap_or(1).min(MIN_SPLIT_LINES)) };
    if y + first_need > frame.bottom + EPS && y > frame.top + EPS {
        pages.push(Vec::new());
        y = frame.top;
    }
    let mut content_top = y;
    let place_header = |pages: &mut Vec<Vec<Piece>>, y: &mut f32, repeat_piece: bool| {
        for (r, &n) in rows[..header_rows].iter().enumerate() {
            pages.last_mut().expect("page").push(Piece { row: r, lines: n, top: *y, repeat: repeat_piece });
            *y += frame.piece_h(n);
        }
    };
    let body_start = if repeat {
        place_header(&mut pages, &mut y, false);
        content_top = y;
        header_rows
    } else {
        0
    };
    let fresh_room = page_h - if repeat { header_h } else { 0.0 };
    for r in body_start..rows.len() {
        let band_start = r == 0 || bands[r - 1] != bands[r] || r == body_start;
        if band_start && bands[r] - r > 1 {
            let band_h: f32 = rows[r..bands[r]].iter().map(|&n| frame.piece_h(n)).sum();
            if y + band_h > frame.bottom + EPS && band_h <= fresh_room + EPS && y > content_top + EPS {
                next_page(&mut pages, &mut y, &mut content_top, frame, repeat, &place_header);
            }
        }
        let mut left = rows[r];
        loop {
            let cap = frame.capacity(y);
            if cap >= left {
                pages.last_mut().expect("page").push(Piece { row: r, lines: left, top: y, repeat: false });
                y += frame.piece_h(left);
                break;
            }
            let at_top = y <= content_top + EPS;
            if at_top || (cap >= MIN_SPLIT_LINES && left - cap >= MIN_SPLIT_LINES) {
                // at a page top at least one line goes here, so the loop always moves on
                let n = cap.max(1).min(left);
                pages.last_mut().expect("page").push(Piece { row: r, lines: n, top: y, repeat: false });
                left -= n;
            }
            next_page(&mut pages, &mut y, &mut content_top, frame, repeat, &place_header);
        }
    }
    TablePlan { pages, end_y: y }
}

/// The rows that the plan cuts at a page end, and the rows that start a page whole (the first
/// row too when the whole table moved to a new page).
pub fn row_breaks(plan: &TablePlan) -> Vec<(usize, RowBreak)> {
    let mut out = Vec::new();
    let mut last_row = None;
    for (pi, page) in plan.pages.iter().enumerate() {
        let mut body = page.iter().filter(|p| !p.repeat);
        if let Some(first) = body.next() {
            if last_row == Some(first.row) {
                out.push((first.row, RowBreak::Split));
            } else if pi > 0 {
                out.push((first.row, RowBreak::Turn));
            }
        }
        if let Some(last) = page.iter().rfind(|p| !p.repeat) {
            last_row = Some(last.row);
        }
    }
    out.dedup();
    out
}

fn next_page(
    pages: &mut Vec<Vec<Piece>>,
    y: &mut f32,
    content_top: &mut f32,
    frame: Frame,
    repeat: bool,
    header: &dyn Fn(&mut Vec<Vec<Piece>>, &mut f32, bool),
) {
    pages.push(Vec::new());
    *y = frame.top;
    if repeat {
        header(pages, y, true);
    }
    *content_top = *y;
}

/// The part of a cell on one page: its box and the range of its lines drawn there.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    cell: usize,
    page: usize,
    y0: f32,
    y1: f32,
    lines: std::ops::Range<usize>,
    /// The whole text in this one part: centred vertically; else set from the top.
    centred: bool,
}

/// Cut every cell into its parts, one per page its rows reach, and give each part the lines
/// it can hold (a repeated header shows all its lines again).
fn cell_parts(cells: &[GridCell], plan: &TablePlan, frame: Frame) -> Vec<Part> {
    let mut parts = Vec::new();
    for (ci, c) in cells.iter().enumerate() {
        let rows = c.row..c.row + c.rowspan;
        let mut next_line = 0;
        let mut mine: Vec<Part> = Vec::new();
        for (pi, page) in plan.pages.iter().enumerate() {
            let pieces: Vec<&Piece> = page.iter().filter(|p| rows.contains(&p.row)).collect();
            let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else { continue };
            let y0 = first.top;
            let y1 = last.top + frame.piece_h(last.lines);
            let lines = if first.repeat {
                0..c.lines.len()
            } else {
                let cap = (((y1 - y0 - 2.0 * frame.pad) / frame.line) + EPS).floor().max(0.0) as usize;
                let upto = (next_line + cap).min(c.lines.len());
                let r = next_line..upto;
                next_line = upto;
                r
            };
            mine.push(Part { cell: ci, page: pi, y0, y1, lines, centred: false });
        }
        let originals = mine.iter().filter(|p| plan.pages[p.page].iter().any(|x| !x.repeat && rows.contains(&x.row))).count();
        for p in &mut mine {
            p.centred = originals <= 1 || p.lines.len() == c.lines.len();
        }
        parts.extend(mine);
    }
    parts
}

/// Where a part's first line starts below the part's top: centred when the part holds the whole
/// text, else after the cell padding.
fn text_top(p: &Part, lh: f32) -> f32 {
    if p.centred { ((p.y1 - p.y0) - p.lines.len() as f32 * lh).max(2.0 * PAD_Y) / 2.0 } else { PAD_Y }
}

/// The cells that a page break cuts into parts, each with where its text starts below the top
/// of its first part (see [`super::PagedDocument::cut_cells`]). A cell whose first part holds
/// none of its lines is left out: its text starts on a later page.
fn cut_cell_tops(parts: &[Part], lh: f32) -> Vec<(usize, f32)> {
    let mut out: Vec<(usize, f32)> = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        let first = i == 0 || parts[i - 1].cell != p.cell;
        let cut = parts.get(i + 1).is_some_and(|n| n.cell == p.cell && n.page != p.page);
        if first && cut && !p.lines.is_empty() && p.lines.start == 0 {
            out.push((p.cell, text_top(p, lh)));
        }
    }
    out
}

/// The line slots a cell's images take, above its text: each image at the column's width (or
/// its own size at 96 dpi when smaller), at most [`MAX_CELL_IMAGE_LINES`] tall, centred in
/// whole lines so pagination can count them like text.
fn image_lines(c: &mut GridCell, inner_w: f32, lh: f32) -> Vec<lines::Line> {
    let mut out = Vec::new();
    for img in &c.images {
        let (nw, nh) = (img.width as f32 * 0.75, img.height as f32 * 0.75);
        let s = (inner_w / nw).min(MAX_CELL_IMAGE_LINES * lh / nh).min(1.0);
        let (w, h) = (nw * s, nh * s);
        c.image_slots.push((out.len(), w, h));
        let k = ((h + 2.0) / lh).ceil().max(1.0) as usize;
        out.extend((0..k).map(|_| lines::Line { start: 0, end: 0, xs: Vec::new(), last: false, width: 0.0, mended: false }));
    }
    out
}

/// Draw one part of a cell: its four borders and its lines.
fn draw_part(f: &mut Flow, c: &GridCell, p: &Part, col_x: &[f32], lh: f32, size: f32) {
    let x0 = f.geo.left + col_x[c.col];
    let x1 = f.geo.left + col_x[c.col + c.colspan];
    let (y0, y1) = (p.y0, p.y1);
    let span = c.atoms.first().map(|a| a.span).unwrap_or_default();
    for (ax, ay, bx, by) in [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)] {
        f.cur.items.push(Item::Rule(Rule { x1: ax, y1: ay, x2: bx, y2: by, width: 0.5, color: Color::BLACK, span }));
    }
    let mut y = y0 + text_top(p, lh);
    let inner = x1 - x0 - 2.0 * PAD_X;
    let role = if c.header { "table_header" } else { "table" };
    for (li, l) in c.lines.iter().enumerate().take(p.lines.end).skip(p.lines.start) {
        for (img, &(_, w, h)) in c.images.iter().zip(&c.image_slots).filter(|(_, s)| s.0 == li) {
            // a part cut by a page end shows the image smaller rather than over the border
            let k = ((h + 2.0) / lh).ceil().max(1.0);
            let room = (y1 - PAD_Y - y).max(lh);
            let fit = (room / (k * lh)).min(1.0);
            let (w, h) = (w * fit, h * fit);
            let (x, top) = (x0 + PAD_X + (inner - w) / 2.0, y + ((k * lh).min(room) - h) / 2.0);
            f.cur.items.push(Item::Image(crate::layout::ImageItem { over_text: false, x, y: top, w, h, image: img.clone(), span }));
        }
        if l.start == l.end {
            y += lh;
            continue;
        }
        let shift = match c.align {
            Align::Center => (inner - l.width).max(0.0) / 2.0,
            Align::Right => (inner - l.width).max(0.0),
            _ => 0.0,
        };
        let base = y + (lh - size) / 2.0 + 0.88 * size;
        f.emit_atoms(&c.atoms[l.start..l.end], &l.xs, x0 + PAD_X + shift, base, role, None);
        y += lh;
    }
}

fn widest_unbreakable(atoms: &[Atom]) -> f32 {
    let mut best: f32 = 0.0;
    let mut cur: f32 = 0.0;
    for a in atoms {
        if a.break_before || a.class == atoms::Class::Space {
            best = best.max(cur);
            cur = 0.0;
        }
        if a.class != atoms::Class::Space {
            cur += a.width;
        }
    }
    best.max(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame { top: 100.0, bottom: 700.0, start: 100.0, line: 18.0, pad: 3.0 };

    /// Every line slot of every row is placed exactly once, inside the frame.
    fn assert_complete(rows: &[usize], plan: &TablePlan, frame: Frame) {
        let mut placed = vec![0usize; rows.len()];
        for page in &plan.pages {
            for p in page {
                assert!(p.top >= frame.top - EPS && p.top + frame.piece_h(p.lines) <= frame.bottom + EPS, "{p:?} off the page");
                if !p.repeat {
                    placed[p.row] += p.lines;
                }
            }
        }
        assert_eq!(placed, rows);
    }

    #[test]
    fn a_merged_cell_longer_than_the_rows_it_spans_grows_its_last_row() {
        // rows 0..3 of one line each; a cell over rows 0..3 needs 5 lines
        assert_eq!(row_lines(&[(0, 1, 1), (0, 3, 5), (1, 1, 1), (2, 1, 1)], 3), vec![1, 1, 3]);
    }

    #[test]
    fn bands_join_rows_that_share_a_merged_cell() {
        assert_eq!(band_ends(&[(0, 1, 1), (1, 3, 1), (3, 2, 1), (5, 1, 1)], 6), vec![1, 5, 5, 5, 5, 6]);
    }

    #[test]
    fn a_band_taller_than_a_page_breaks_between_its_rows_and_repeats_the_header() {
        // header + 55 rows all joined by one merged cell (corpus 07's attachment table)
        let mut rows = vec![1];
        rows.extend(std::iter::repeat_n(3, 55));
        let bands: Vec<usize> = std::iter::once(1).chain(std::iter::repeat_n(56, 55)).collect();
        let plan = paginate(&rows, 1, &bands, FRAME);
        assert!(plan.pages.len() > 3);
        assert_complete(&rows, &plan, FRAME);
        for page in &plan.pages[1..] {
            assert!(page[0].repeat && page[0].row == 0, "header row at the top of every page");
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_into_pieces() {
        let rows = vec![1, 100, 1];
        let plan = paginate(&rows, 1, &[1, 2, 3], FRAME);
        assert_complete(&rows, &plan, FRAME);
        assert!(plan.pages.iter().filter(|p| p.iter().any(|x| x.row == 1)).count() >= 3);
    }

    #[test]
    fn a_short_row_near_the_page_end_moves_to_the_next_page_whole() {
        let frame = Frame { start: 700.0 - 2.0 * 18.0 - 6.0 - 1.0, ..FRAME };
        let plan = paginate(&[1, 3], 1, &[1, 2], frame);
        // header and the 3-line row both on the next page
        assert!(plan.pages[0].is_empty());
        assert_eq!(plan.pages[1].len(), 2);
    }

    #[test]
    fn a_header_taller_than_half_a_page_is_not_repeated() {
        let rows = vec![20, 30, 30];
        let plan = paginate(&rows, 1, &[1, 2, 3], FRAME);
        assert_complete(&rows, &plan, FRAME);
        assert!(plan.pages.iter().flatten().all(|p| !p.repeat));
    }

    #[test]
    fn the_plan_names_the_rows_a_page_end_cuts_and_the_rows_that_start_a_page_whole() {
        // a row taller than a page is cut; the row after it starts where the cut row ends
        let plan = paginate(&[1, 100, 1], 1, &[1, 2, 3], FRAME);
        let breaks = row_breaks(&plan);
        assert!(breaks.contains(&(1, RowBreak::Split)), "{breaks:?}");
        assert!(breaks.iter().all(|&(r, _)| r == 1), "{breaks:?}");
        // a short row that the page end cannot take starts the next page whole, with its header
        let frame = Frame { start: 700.0 - 2.0 * 18.0 - 6.0 - 1.0, ..FRAME };
        assert_eq!(row_breaks(&paginate(&[1, 3], 1, &[1, 2], frame)), vec![(0, RowBreak::Turn)]);
        // a table that fits starts no page
        assert!(row_breaks(&paginate(&[1, 2, 2], 1, &[1, 2, 3], FRAME)).is_empty());
    }

    #[test]
    fn a_cut_cell_starts_its_text_on_its_first_part_centred_when_the_part_holds_it_all() {
        let part = |cell, page, y0, y1, lines: std::ops::Range<usize>, centred| Part { cell, page, y0, y1, lines, centred };
        let parts = vec![
            // cell 0: two lines centred in a 100 pt first part, nothing left for the next page
            part(0, 0, 600.0, 700.0, 0..2, true),
            part(0, 1, 100.0, 200.0, 2..2, false),
            // cell 1: its text flows from the top of its first part into the next
            part(1, 0, 600.0, 700.0, 0..5, false),
            part(1, 1, 100.0, 200.0, 5..7, false),
            // cell 2: on one page only
            part(2, 1, 100.0, 150.0, 0..1, true),
        ];
        assert_eq!(cut_cell_tops(&parts, 18.0), vec![(0, (100.0 - 36.0) / 2.0), (1, PAD_Y)]);
    }

    #[test]
    fn floors_are_met_without_changing_the_total() {
        let w = raise_to_floor(vec![10.0, 100.0, 90.0], &[30.0, 20.0, 20.0]);
        assert!((w.iter().sum::<f32>() - 200.0).abs() < 0.01);
        assert!(w[0] >= 30.0 - 0.01 && w[1] >= 20.0 && w[2] >= 20.0);
    }
}
