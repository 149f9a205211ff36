//! A web font's CFF outlines as TrueType quadratic glyphs (`glyf`). Chromium prints a CFF web
//! font as Type 3 glyphs whose boxes are the CFF's tall font box: viewers draw them unhinted and
//! text extraction reads the cells of a table, half a line apart, as one row. A `glyf` face
//! prints as an embedded CID TrueType font. Measured on corpus 07 (a long table): Chromium's
//! print kept 54 % of the PDF's lines with the CFF faces and 84 % with their `glyf` conversion,
//! whose WOFF2 was 1 % smaller.

use super::sfnt::{be16, be32};

/// Largest distance (font units) between a cubic and the quadratic pieces that replace it.
const TOLERANCE: f32 = 1.0;
/// Most quadratic pieces for one cubic (a glyph's cubics need two or three at 1,000 units/em).
const MAX_PIECES: usize = 16;

type Tables = Vec<([u8; 4], Vec<u8>)>;

/// Replace the `CFF ` table of a font's tables with `glyf` and `loca` holding the same outlines
/// as quadratic contours, and fix `head`, `maxp` and `post` to match. Returns the sfnt version of
/// the result (TrueType), or `None` when the font has no CFF or its outlines cannot be read.
pub fn cff_to_glyf(tables: &mut Tables, version: u32) -> Option<u32> {
    if !tables.iter().any(|(t, _)| t == b"CFF ") {
        return None;
    }
    let font = super::sfnt::build(version, tables.clone());
    let face = ttf_parser::Face::parse(&font, 0).ok()?;
    let (mut glyf, mut loca) = (Vec::new(), Vec::new());
    let (mut max_points, mut max_contours) = (0u16, 0u16);
    for id in 0..face.number_of_glyphs() {
        be32(&mut loca, glyf.len() as u32);
        let mut outline = Outline::default();
        let contours = match face.outline_glyph(ttf_parser::GlyphId(id), &mut outline) {
            Some(_) => outline.finish(),
            None => Vec::new(),
        };
        if contours.is_empty() {
            continue;
        }
        max_points = max_points.max(contours.iter().map(Vec::len).sum::<usize>().min(u16::MAX as usize) as u16);
        max_contours = max_contours.max(contours.len().min(u16::MAX as usize) as u16);
        glyf.extend(encode(&contours));
        while glyf.len() % 4 != 0 {
            glyf.push(0);
        }
    }
    be32(&mut loca, glyf.len() as u32);
    let num_glyphs = face.number_of_glyphs();
    drop(face);
    tables.retain(|(t, _)| !matches!(t, b"CFF " | b"CFF2" | b"VORG"));
    for (tag, data) in tables.iter_mut() {
        match &*tag {
            // long offsets in loca, TrueType glyph data
            b"head" if data.len() >= 54 => {
                data[50..52].copy_from_slice(&1i16.to_be_bytes());
                data[52..54].copy_from_slice(&0i16.to_be_bytes());
            }
            b"maxp" => *data = maxp(num_glyphs, max_points, max_contours),
            // no glyph names: a CFF face keeps them in the CFF
            b"post" if data.len() >= 32 => {
                data.truncate(32);
                data[0..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
            }
            _ => {}
        }
    }
    tables.push((*b"glyf", glyf));
    tables.push((*b"loca", loca));
    Some(0x0001_0000)
}

/// A version 1.0 `maxp` for glyphs without instructions or components.
fn maxp(num_glyphs: u16, points: u16, contours: u16) -> Vec<u8> {
    let mut v = Vec::with_capacity(32);
    be32(&mut v, 0x0001_0000);
    for x in [num_glyphs, points, contours, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0] {
        be16(&mut v, x);
    }
    v
}

/// One glyph's contours, as (x, y, on curve) points, collected from the CFF's path.
#[derive(Default)]
struct Outline {
    contours: Vec<Vec<(f32, f32, bool)>>,
}

impl Outline {
    fn last(&self) -> (f32, f32) {
        self.contours.last().and_then(|c| c.last()).map(|p| (p.0, p.1)).unwrap_or_default()
    }

    fn push(&mut self, x: f32, y: f32, on: bool) {
        if let Some(c) = self.contours.last_mut() {
            c.push((x, y, on));
        }
    }

    /// The contours in font units, closed implicitly and turned clockwise (TrueType's outer
    /// direction; PostScript's is the other way).
    fn finish(self) -> Vec<Vec<(i16, i16, bool)>> {
        let round = |v: f32| v.round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
        self.contours
            .into_iter()
            .filter_map(|c| {
                let mut pts: Vec<(i16, i16, bool)> = Vec::with_capacity(c.len());
                for (x, y, on) in c {
                    let p = (round(x), round(y), on);
                    // a point on the curve where the last one already is adds nothing
                    if !(on && pts.last().is_some_and(|q| q.2 && q.0 == p.0 && q.1 == p.1)) {
                        pts.push(p);
                    }
                }
                // the path's return to its start is implicit in TrueType
                while pts.len() > 1 && pts.last().is_some_and(|q| q.2 && q.0 == pts[0].0 && q.1 == pts[0].1) {
                    pts.pop();
                }
                if pts.len() < 2 {
                    return None;
                }
                pts[1..].reverse();
                Some(pts)
            })
            .collect()
    }
}

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.contours.push(vec![(x, y, true)]);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.push(x, y, true);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.push(x1, y1, false);
        self.push(x, y, true);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let p0 = self.last();
        for q in quadratics([p0, (x1, y1), (x2, y2), (x, y)]) {
            self.push(q.0, q.1, false);
        }
        self.push(x, y, true);
    }

    fn close(&mut self) {}
}

type Pt = (f32, f32);

fn add(a: Pt, b: Pt) -> Pt {
    (a.0 + b.0, a.1 + b.1)
}
fn sub(a: Pt, b: Pt) -> Pt {
    (a.0 - b.0, a.1 - b.1)
}
fn mul(a: Pt, k: f32) -> Pt {
    (a.0 * k, a.1 * k)
}
fn len(a: Pt) -> f32 {
    a.0.hypot(a.1)
}

/// A cubic as a quadratic spline: the off-curve points, between which the on-curve points are
/// implied at the midpoints (TrueType's rule), so `n` pieces cost `n` points. The fewest pieces
/// (up to [`MAX_PIECES`], which fits any glyph's cubic) whose curve stays within [`TOLERANCE`] of
/// the cubic; the cubic's end is the caller's.
fn quadratics(c: [Pt; 4]) -> Vec<Pt> {
    (1..MAX_PIECES).map(|n| spline(c, n)).find(|s| s.1).unwrap_or_else(|| spline(c, MAX_PIECES)).0
}

/// The cubic cut at `n` equal steps of its parameter.
fn pieces(c: [Pt; 4], n: usize) -> Vec<[Pt; 4]> {
    let [p0, p1, p2, p3] = c;
    let at = |t: f32| {
        let u = 1.0 - t;
        add(add(mul(p0, u * u * u), mul(p1, 3.0 * u * u * t)), add(mul(p2, 3.0 * u * t * t), mul(p3, t * t * t)))
    };
    let slope = |t: f32| {
        let u = 1.0 - t;
        add(add(mul(sub(p1, p0), 3.0 * u * u), mul(sub(p2, p1), 6.0 * u * t)), mul(sub(p3, p2), 3.0 * t * t))
    };
    (0..n)
        .map(|i| {
            let (t0, t1) = (i as f32 / n as f32, (i + 1) as f32 / n as f32);
            let h = (t1 - t0) / 3.0;
            let (a, d) = (if i == 0 { p0 } else { at(t0) }, if i + 1 == n { p3 } else { at(t1) });
            [a, add(a, mul(slope(t0), h)), sub(d, mul(slope(t1), h)), d]
        })
        .collect()
}

/// `n` quadratic pieces whose control points lie on the lines joining the pieces' two implied
/// controls (weighted from the first piece's start to the last one's end, so the spline's joins
/// fall near the cubic's), and whether every piece stays within the tolerance of the cubic.
fn spline(c: [Pt; 4], n: usize) -> (Vec<Pt>, bool) {
    let parts = pieces(c, n);
    let control = |k: usize, p: &[Pt; 4]| {
        let t = if n == 1 { 0.5 } else { k as f32 / (n - 1) as f32 };
        let a = add(p[0], mul(sub(p[1], p[0]), 1.5));
        let b = add(p[3], mul(sub(p[2], p[3]), 1.5));
        add(a, mul(sub(b, a), t))
    };
    let qs: Vec<Pt> = parts.iter().enumerate().map(|(k, p)| control(k, p)).collect();
    let mut start = c[0];
    let mut gap_before = (0.0, 0.0);
    for (k, p) in parts.iter().enumerate() {
        let end = if k + 1 == n { c[3] } else { mul(add(qs[k], qs[k + 1]), 0.5) };
        let gap_after = sub(end, p[3]);
        // the quadratic raised to a cubic, minus the cubic piece: an error curve that must stay
        // within the tolerance of the origin
        let e1 = sub(add(start, mul(sub(qs[k], start), 2.0 / 3.0)), p[1]);
        let e2 = sub(add(end, mul(sub(qs[k], end), 2.0 / 3.0)), p[2]);
        if len(gap_after) > TOLERANCE || !within([gap_before, e1, e2, gap_after], 0) {
            return (qs, false);
        }
        (start, gap_before) = (end, gap_after);
    }
    (qs, true)
}

/// Whether a cubic (of error vectors) stays within the tolerance of the origin: its control
/// points do, or both halves do (its midpoint first).
fn within(e: [Pt; 4], depth: u32) -> bool {
    if len(e[1]) <= TOLERANCE && len(e[2]) <= TOLERANCE {
        return true;
    }
    let mid = mul(add(add(e[0], e[3]), mul(add(e[1], e[2]), 3.0)), 0.125);
    if len(mid) > TOLERANCE || depth > 12 {
        return len(mid) <= TOLERANCE;
    }
    let d = mul(sub(add(e[3], e[2]), add(e[1], e[0])), 0.125);
    within([e[0], mul(add(e[0], e[1]), 0.5), sub(mid, d), mid], depth + 1) && within([mid, add(mid, d), mul(add(e[2], e[3]), 0.5), e[3]], depth + 1)
}

/// A simple glyph: header with bounding box, contour ends, no instructions, one flag byte per
/// point and the coordinates as deltas (a byte where they fit).
fn encode(contours: &[Vec<(i16, i16, bool)>]) -> Vec<u8> {
    let pts: Vec<(i16, i16, bool)> = contours.iter().flatten().copied().collect();
    let (x0, x1) = (pts.iter().map(|p| p.0).min().unwrap_or(0), pts.iter().map(|p| p.0).max().unwrap_or(0));
    let (y0, y1) = (pts.iter().map(|p| p.1).min().unwrap_or(0), pts.iter().map(|p| p.1).max().unwrap_or(0));
    let mut v = Vec::with_capacity(12 + pts.len() * 5);
    be16(&mut v, contours.len() as u16);
    for b in [x0, y0, x1, y1] {
        be16(&mut v, b as u16);
    }
    let mut end = 0usize;
    for c in contours {
        end += c.len();
        be16(&mut v, (end - 1) as u16);
    }
    be16(&mut v, 0);
    let (mut flags, mut xs, mut ys) = (Vec::new(), Vec::new(), Vec::new());
    let (mut px, mut py) = (0i32, 0i32);
    for &(x, y, on) in &pts {
        let (dx, dy) = (x as i32 - px, y as i32 - py);
        (px, py) = (x as i32, y as i32);
        let mut f = u8::from(on);
        f |= delta(dx, 0x02, 0x10, &mut xs);
        f |= delta(dy, 0x04, 0x20, &mut ys);
        flags.push(f);
    }
    v.extend(flags);
    v.extend(xs);
    v.extend(ys);
    v
}

/// Write one coordinate delta and return its flag bits: nothing for zero ("same"), a byte and
/// its sign for a short one, two bytes otherwise.
fn delta(d: i32, short: u8, same_or_positive: u8, out: &mut Vec<u8>) -> u8 {
    if d == 0 {
        same_or_positive
    } else if d.abs() < 256 {
        out.push(d.unsigned_abs() as u8);
        short | if d > 0 { same_or_positive } else { 0 }
    } else {
        out.extend((d as i16).to_be_bytes());
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cubic_at(c: [Pt; 4], t: f32) -> Pt {
        let u = 1.0 - t;
        let (a, b, cc, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
        (a * c[0].0 + b * c[1].0 + cc * c[2].0 + d * c[3].0, a * c[0].1 + b * c[1].1 + cc * c[2].1 + d * c[3].1)
    }

    #[test]
    fn the_quadratic_spline_stays_within_a_unit_of_the_cubic() {
        for c in [
            [(0.0, 0.0), (0.0, 552.0), (448.0, 1000.0), (1000.0, 1000.0)],
            [(100.0, 20.0), (900.0, 20.0), (100.0, 980.0), (900.0, 980.0)],
            [(0.0, 0.0), (10.0, 5.0), (20.0, 5.0), (30.0, 0.0)],
            [(0.0, 0.0), (1000.0, 1000.0), (0.0, 1000.0), (1000.0, 0.0)],
        ] {
            let qs = quadratics(c);
            assert!(!qs.is_empty() && qs.len() <= MAX_PIECES);
            let dense: Vec<Pt> = (0..=2000).map(|k| cubic_at(c, k as f32 / 2000.0)).collect();
            let mut start = c[0];
            for (i, &q) in qs.iter().enumerate() {
                let end = if i + 1 == qs.len() { c[3] } else { mul(add(q, qs[i + 1]), 0.5) };
                for k in 0..=16 {
                    let s = k as f32 / 16.0;
                    let u = 1.0 - s;
                    let on = add(add(mul(start, u * u), mul(q, 2.0 * u * s)), mul(end, s * s));
                    let d = dense.iter().map(|p| len(sub(*p, on))).fold(f32::MAX, f32::min);
                    assert!(d <= TOLERANCE + 0.05, "{c:?} piece {i} at {s}: {d} units off");
                }
                start = end;
            }
        }
    }

    /// The box of the points a path draws (curves sampled), as [x0, y0, x1, y1].
    #[derive(Default)]
    struct Ink(Option<[f32; 4]>, Pt);

    impl Ink {
        fn add(&mut self, p: Pt) {
            let b = self.0.get_or_insert([p.0, p.1, p.0, p.1]);
            *b = [b[0].min(p.0), b[1].min(p.1), b[2].max(p.0), b[3].max(p.1)];
            self.1 = p;
        }
    }

    impl ttf_parser::OutlineBuilder for Ink {
        fn move_to(&mut self, x: f32, y: f32) {
            self.add((x, y));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.add((x, y));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            let p0 = self.1;
            for k in 1..=32 {
                let (s, u) = (k as f32 / 32.0, 1.0 - k as f32 / 32.0);
                self.add((u * u * p0.0 + 2.0 * u * s * x1 + s * s * x, u * u * p0.1 + 2.0 * u * s * y1 + s * s * y));
            }
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            let c = [self.1, (x1, y1), (x2, y2), (x, y)];
            for k in 1..=32 {
                self.add(cubic_at(c, k as f32 / 32.0));
            }
        }
        fn close(&mut self) {}
    }

    #[test]
    fn a_cff_face_becomes_a_truetype_face_with_the_same_glyph_boxes() {
        let book = crate::fonts::FontBook::embedded_only();
        let face = book
            .embedded_faces()
            .into_iter()
            .find(|f| ttf_parser::Face::parse(f.data(), f.index).is_ok_and(|x| x.tables().cff.is_some()))
            .expect("an embedded CFF face");
        let chars: Vec<char> = "国务院办公厅关于2019年，“通知”。Ag".chars().collect();
        let map: std::collections::BTreeMap<u32, u16> = chars.iter().filter_map(|c| face.glyph(*c).map(|g| (*c as u32, g as u16))).collect();
        let glyphs: Vec<u16> = map.values().copied().collect();
        let (mut tables, version) = super::super::sfnt::standalone(&face, &glyphs, &map).unwrap();
        let before = super::super::sfnt::build(version, tables.clone());
        let v = cff_to_glyf(&mut tables, version).expect("converted");
        let after = super::super::sfnt::build(v, tables);
        let (a, b) = (ttf_parser::Face::parse(&before, 0).unwrap(), ttf_parser::Face::parse(&after, 0).unwrap());
        assert!(b.tables().glyf.is_some() && b.tables().cff.is_none());
        assert_eq!(a.number_of_glyphs(), b.number_of_glyphs());
        for c in &chars {
            let (ga, gb) = (a.glyph_index(*c).unwrap(), b.glyph_index(*c).unwrap());
            assert_eq!(ga, gb);
            // the boxes of the drawn curves (not of their control points) agree to 2 units
            let (mut ra, mut rb) = (Ink::default(), Ink::default());
            a.outline_glyph(ga, &mut ra);
            b.outline_glyph(gb, &mut rb);
            assert_eq!(ra.0.is_some(), rb.0.is_some(), "{c}");
            if let (Some(p), Some(q)) = (ra.0, rb.0) {
                assert!(p.iter().zip(&q).all(|(x, y)| (x - y).abs() <= 2.0), "{c}: ink {p:?} became {q:?}");
            }
            assert_eq!(a.glyph_hor_advance(ga), b.glyph_hor_advance(gb));
        }
    }
}
