//! Tables: ruled cells, column widths from content within the type area, cell text broken with
//! the body's Chinese rules, header rows repeated on every page, rows split across pages when
//! taller than what is left, numeric columns right-aligned, merged cells.

use super::atoms::{self, Atom};
use super::{Flow, Item, Rule, lines};
use crate::model::Align;
use crate::style::STable;
use crate::style::units::Color;

const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.0;

/// A cell placed in the table grid.
struct GridCell {
    row: usize,
    col: usize,
    colspan: usize,
    rowspan: usize,
    header: bool,
    atoms: Vec<Atom>,
    align: Align,
    /// Lines after breaking at the final width.
    lines: Vec<lines::Line>,
}

pub(super) fn table(f: &mut Flow, t: &STable) {
    if t.rows.is_empty() {
        return;
    }
    let body_st = f.style("table");
    let head_st = f.style("table_header");
    let size = body_st.size.abs();
    let lh = size * body_st.line_height.max(1.0);
    // 1. place cells on the grid (rowspans occupy the rows below)
    let mut occupied: Vec<Vec<bool>> = Vec::new();
    let mut cells: Vec<GridCell> = Vec::new();
    for (ri, row) in t.rows.iter().enumerate() {
        let header = ri < t.header_rows;
        let mut col = 0;
        for c in row {
            while occupied.get(ri).is_some_and(|r| r.get(col).copied().unwrap_or(false)) {
                col += 1;
            }
            let cs = c.colspan.max(1) as usize;
            let rs = (c.rowspan.max(1) as usize).min(t.rows.len() - ri);
            for r in ri..ri + rs {
                if occupied.len() <= r {
                    occupied.resize(r + 1, Vec::new());
                }
                if occupied[r].len() < col + cs {
                    occupied[r].resize(col + cs, false);
                }
                for k in col..col + cs {
                    occupied[r][k] = true;
                }
            }
            let st = if header { head_st } else { body_st };
            let atoms = f.atoms_of(&c.runs, st);
            let align = if header { Align::Center } else { t.align.get(col).copied().unwrap_or(Align::Auto) };
            cells.push(GridCell { row: ri, col, colspan: cs, rowspan: rs, header, atoms, align, lines: Vec::new() });
            col += cs;
        }
    }
    let ncols = occupied.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let total_w = f.geo.width();

    // 2. column widths
    let mut min_w = vec![2.0 * size + 2.0 * PAD_X; ncols];
    let mut max_w = vec![2.0 * size + 2.0 * PAD_X; ncols];
    for c in cells.iter().filter(|c| c.colspan == 1) {
        let widest = widest_unbreakable(&c.atoms);
        let natural = atoms::width(&c.atoms);
        min_w[c.col] = min_w[c.col].max(widest + 2.0 * PAD_X);
        max_w[c.col] = max_w[c.col].max(natural + 2.0 * PAD_X);
    }
    let widths: Vec<f32> = if t.widths.len() == ncols && t.widths.iter().all(|w| *w > 0.0) {
        let s: f32 = t.widths.iter().sum();
        t.widths.iter().map(|w| w / s * total_w).collect()
    } else {
        let smax: f32 = max_w.iter().sum();
        let smin: f32 = min_w.iter().sum();
        if smax <= total_w {
            max_w.iter().map(|w| w + (total_w - smax) * w / smax).collect()
        } else if smin <= total_w {
            let r = (total_w - smin) / (smax - smin).max(0.01);
            (0..ncols).map(|i| min_w[i] + (max_w[i] - min_w[i]) * r).collect()
        } else {
            min_w.iter().map(|w| w * total_w / smin).collect()
        }
    };
    let col_x: Vec<f32> = std::iter::once(0.0)
        .chain(widths.iter().scan(0.0, |s, w| {
            *s += w;
            Some(*s)
        }))
        .collect();

    // 3. break cell text; row heights
    let nrows = t.rows.len();
    let mut row_h = vec![lh + 2.0 * PAD_Y; nrows];
    for c in &mut cells {
        let w = col_x[c.col + c.colspan] - col_x[c.col] - 2.0 * PAD_X;
        c.lines = lines::break_lines(&c.atoms, w.max(size), w.max(size), false);
        if c.rowspan == 1 {
            row_h[c.row] = row_h[c.row].max(c.lines.len().max(1) as f32 * lh + 2.0 * PAD_Y);
        }
    }
    for c in cells.iter().filter(|c| c.rowspan > 1) {
        let need = c.lines.len().max(1) as f32 * lh + 2.0 * PAD_Y;
        let have: f32 = row_h[c.row..c.row + c.rowspan].iter().sum();
        if need > have {
            row_h[c.row + c.rowspan - 1] += need - have;
        }
    }

    // 4. place rows, page by page, repeating the header rows
    if f.grid() {
        let slot = f.slot_at(f.y);
        f.y = f.slot_top(slot);
    }
    let header_h: f32 = row_h[..t.header_rows.min(nrows)].iter().sum();
    let page_h = f.geo.bottom - f.geo.top;
    // start on a new page if not even the header and one body line fit
    if f.y + header_h + lh + 2.0 * PAD_Y > f.geo.bottom && f.y > f.geo.top + 1.0 {
        f.new_page();
    }
    let mut r = 0;
    // per cell: the first line not yet drawn (rows split across pages)
    let mut line_from: Vec<usize> = vec![0; cells.len()];
    // the page (count of finished pages) whose top already shows the header
    let mut header_page = usize::MAX;
    let draw_header = |f: &mut Flow, line_from: &mut Vec<usize>| {
        let mut hy = f.y;
        for hr in 0..t.header_rows.min(nrows) {
            draw_row(f, &cells, line_from, hr, hr + 1, &col_x, &row_h, hy, lh, size, usize::MAX, true);
            hy += row_h[hr];
        }
        f.y = hy;
    };
    while r < nrows {
        let is_header = r < t.header_rows;
        // rows joined by rowspans stay together
        let mut end = r + 1;
        let mut k = r;
        while k < end {
            for c in cells.iter().filter(|c| c.row == k) {
                end = end.max(c.row + c.rowspan);
            }
            k += 1;
        }
        let block_h: f32 = row_h[r..end].iter().sum();
        if is_header {
            draw_row(f, &cells, &mut line_from, r, end, &col_x, &row_h, f.y, lh, size, usize::MAX, false);
            f.y += block_h;
            header_page = f.pages.len();
            r = end;
            continue;
        }
        let room = f.geo.bottom - f.y;
        if block_h > room + 0.01 && (block_h <= page_h - header_h || room < lh * 2.0 + 2.0 * PAD_Y) {
            f.new_page();
        }
        if t.header_rows > 0 && header_page != f.pages.len() {
            draw_header(f, &mut line_from);
            header_page = f.pages.len();
        }
        let room = f.geo.bottom - f.y;
        if block_h > room + 0.01 && end - r == 1 {
            // a row taller than a page: as many lines as fit, the rest on the next page(s)
            let mut rh = row_h.clone();
            loop {
                let room = f.geo.bottom - f.y;
                let fit = (((room - 2.0 * PAD_Y) / lh).floor().max(1.0)) as usize;
                let left = cells.iter().enumerate().filter(|(_, c)| c.row == r).map(|(i, c)| c.lines.len().saturating_sub(line_from[i])).max().unwrap_or(0);
                let n = fit.min(left.max(1));
                rh[r] = n as f32 * lh + 2.0 * PAD_Y;
                draw_row(f, &cells, &mut line_from, r, end, &col_x, &rh, f.y, lh, size, n, false);
                f.y += rh[r];
                if left <= fit {
                    break;
                }
                f.new_page();
                if t.header_rows > 0 {
                    draw_header(f, &mut line_from);
                    header_page = f.pages.len();
                }
            }
            r = end;
            continue;
        }
        draw_row(f, &cells, &mut line_from, r, end, &col_x, &row_h, f.y, lh, size, usize::MAX, false);
        f.y += block_h;
        r = end;
    }
    if let Some(c) = &t.caption {
        f.text_block(&crate::style::Para::new("caption", c.clone(), crate::model::Span::default()), super::Indent::none(), 0);
    }
    // back on the grid
    if f.grid() {
        let slot = f.slot_at(f.y + 2.0);
        f.y = f.slot_top(slot);
    }
}

/// Draw rows r..end at `top`; `max_lines` limits the lines drawn per cell (split rows).
#[allow(clippy::too_many_arguments)]
fn draw_row(
    f: &mut Flow,
    cells: &[GridCell],
    line_from: &mut [usize],
    r: usize,
    end: usize,
    col_x: &[f32],
    row_h: &[f32],
    top: f32,
    lh: f32,
    size: f32,
    max_lines: usize,
    header_repeat: bool,
) {
    let left = f.geo.left;
    let row_top = |row: usize| top + row_h[r..row].iter().sum::<f32>();
    for (i, c) in cells.iter().enumerate() {
        if c.row < r || c.row >= end {
            continue;
        }
        let x0 = left + col_x[c.col];
        let x1 = left + col_x[c.col + c.colspan];
        let y0 = row_top(c.row);
        let y1 = row_top((c.row + c.rowspan).min(end));
        // borders
        for (ax, ay, bx, by) in [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)] {
            f.cur.items.push(Item::Rule(Rule { x1: ax, y1: ay, x2: bx, y2: by, width: 0.5, color: Color::BLACK }));
        }
        // text, vertically centred in the cell
        let from = if header_repeat { 0 } else { line_from[i] };
        let upto = (from + max_lines).min(c.lines.len());
        let n = upto - from;
        let text_h = n as f32 * lh;
        let y_centre = y0 + ((y1 - y0) - text_h).max(2.0 * PAD_Y) / 2.0;
        let mut y = if max_lines != usize::MAX { y0 + PAD_Y } else { y_centre };
        let inner = x1 - x0 - 2.0 * PAD_X;
        for l in &c.lines[from..upto] {
            let shift = match c.align {
                Align::Center => (inner - l.width).max(0.0) / 2.0,
                Align::Right => (inner - l.width).max(0.0),
                _ => 0.0,
            };
            let base = y + (lh - size) / 2.0 + 0.88 * size;
            let role = if c.header { "table_header" } else { "table" };
            f.emit_atoms(&c.atoms[l.start..l.end], &l.xs, x0 + PAD_X + shift, base, role, None);
            y += lh;
        }
        if !header_repeat {
            line_from[i] = upto;
        }
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
