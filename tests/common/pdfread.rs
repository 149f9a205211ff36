//! A small PDF reader for the tests, independent of folio's writer and of printpdf: every glyph
//! of every page with its position, size, advance and text, read from the content streams
//! (Tf, Tm, Td, Tz, Tc, TJ/Tj), the fonts' /W widths and their ToUnicode maps — what a viewer and a
//! text extractor see.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

/// One glyph on a page, in points from the top-left corner of the page.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f32,
    /// The baseline.
    pub y: f32,
    pub size: f32,
    /// The pen movement on the line (the glyph's width × size × horizontal scale, plus the
    /// character spacing, which folio sets negative after a compressed mark).
    pub width: f32,
    /// The glyph's own advance (width × size × horizontal scale): its em box.
    pub advance: f32,
    pub text: String,
    /// The font's resource name.
    pub font: String,
}

impl Glyph {
    /// The em box: [x0, y0, x1, y1].
    pub fn bbox(&self) -> [f32; 4] {
        [self.x, self.y - 0.88 * self.size, self.x + self.width, self.y + 0.12 * self.size]
    }
}

pub struct Page {
    pub width: f32,
    pub height: f32,
    pub glyphs: Vec<Glyph>,
}

struct Font {
    widths: HashMap<u32, f32>,
    default_width: f32,
    unicode: HashMap<u32, String>,
}

/// Every page's glyphs.
pub fn read(bytes: &[u8]) -> Vec<Page> {
    let doc = Document::load_mem(bytes).expect("the PDF loads");
    let mut out = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).expect("page");
        let mb = page.get(b"MediaBox").ok().and_then(|o| doc.dereference(o).ok()).and_then(|(_, o)| o.as_array().ok().cloned()).unwrap_or_default();
        let num = |o: &Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32)).unwrap_or(0.0);
        let (w, h) = if mb.len() == 4 { (num(&mb[2]) - num(&mb[0]), num(&mb[3]) - num(&mb[1])) } else { (595.0, 842.0) };
        let fonts: HashMap<Vec<u8>, Font> = doc.get_page_fonts(id).unwrap_or_default().into_iter().map(|(name, d)| (name, font(&doc, d))).collect();
        let content = lopdf::content::Content::decode(&doc.get_page_content(id)).expect("content stream");
        let mut glyphs = Vec::new();
        let (mut font_name, mut size, mut tz, mut tc) = (Vec::new(), 0.0f32, 100.0f32, 0.0f32);
        let (mut tx, mut ty) = (0.0f32, 0.0f32);
        // where the current line starts (`Td` moves from there; `BT` puts it at the origin)
        let (mut lx, mut ly) = (0.0f32, 0.0f32);
        for op in &content.operations {
            let f = |i: usize| op.operands.get(i).map(num).unwrap_or(0.0);
            match op.operator.as_str() {
                "Tf" => {
                    font_name = op.operands.first().and_then(|o| o.as_name().ok()).map(|n| n.to_vec()).unwrap_or_default();
                    size = f(1);
                }
                "Tz" => tz = f(0),
                "Tc" => tc = f(0),
                "BT" => (lx, ly, tx, ty) = (0.0, 0.0, 0.0, 0.0),
                "Tm" => {
                    (lx, ly) = (f(4), f(5));
                    (tx, ty) = (lx, ly);
                }
                "Td" => {
                    (lx, ly) = (lx + f(0), ly + f(1));
                    (tx, ty) = (lx, ly);
                }
                "TJ" | "Tj" => {
                    let Some(fnt) = fonts.get(&font_name) else { continue };
                    // strings of 2-byte CIDs, and numbers that move the pen back by n/1000 em
                    let items: Vec<&Object> = match op.operator.as_str() {
                        "Tj" => op.operands.iter().collect(),
                        _ => op.operands.first().and_then(|o| o.as_array().ok()).map(|a| a.iter().collect()).unwrap_or_default(),
                    };
                    for item in items {
                        let Ok(s) = item.as_str() else {
                            tx -= num(item) / 1000.0 * size * tz / 100.0;
                            continue;
                        };
                        for cid in s.chunks(2).map(|c| u32::from(c[0]) << 8 | u32::from(*c.get(1).unwrap_or(&0))) {
                            let adv = fnt.widths.get(&cid).copied().unwrap_or(fnt.default_width) / 1000.0 * size;
                            let width = (adv + tc) * tz / 100.0;
                            glyphs.push(Glyph {
                                x: tx,
                                y: h - ty,
                                size,
                                width,
                                advance: adv * tz / 100.0,
                                text: fnt.unicode.get(&cid).cloned().unwrap_or_default(),
                                font: String::from_utf8_lossy(&font_name).into_owned(),
                            });
                            tx += width;
                        }
                    }
                }
                _ => {}
            }
        }
        out.push(Page { width: w, height: h, glyphs });
    }
    out
}

fn font(doc: &Document, d: &Dictionary) -> Font {
    let get = |d: &Dictionary, k: &[u8]| d.get(k).ok().and_then(|o| doc.dereference(o).ok()).map(|(_, o)| o.clone());
    let mut f = Font { widths: HashMap::new(), default_width: 1000.0, unicode: HashMap::new() };
    if let Some(Object::Array(desc)) = get(d, b"DescendantFonts")
        && let Some(Ok((_, Object::Dictionary(cid)))) = desc.first().map(|o| doc.dereference(o))
    {
        if let Some(dw) = get(cid, b"DW").and_then(|o| o.as_float().ok().or(o.as_i64().ok().map(|i| i as f32))) {
            f.default_width = dw;
        }
        if let Some(Object::Array(w)) = get(cid, b"W") {
            let n = |o: &Object| o.as_float().ok().or(o.as_i64().ok().map(|i| i as f32)).unwrap_or(0.0);
            let mut i = 0;
            while i < w.len() {
                let first = n(&w[i]) as u32;
                match w.get(i + 1) {
                    Some(Object::Array(list)) => {
                        for (k, v) in list.iter().enumerate() {
                            f.widths.insert(first + k as u32, n(v));
                        }
                        i += 2;
                    }
                    Some(last) if i + 2 < w.len() => {
                        for c in first..=n(last) as u32 {
                            f.widths.insert(c, n(&w[i + 2]));
                        }
                        i += 3;
                    }
                    _ => break,
                }
            }
        }
    }
    if let Some(Object::Stream(s)) = get(d, b"ToUnicode") {
        let data = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
        f.unicode = cmap(&String::from_utf8_lossy(&data));
    }
    f
}

/// bfchar and bfrange entries of a ToUnicode CMap.
fn cmap(text: &str) -> HashMap<u32, String> {
    let hex = |s: &str| u32::from_str_radix(s.trim_matches(['<', '>']), 16).ok();
    let utf16 = |s: &str| {
        let s = s.trim_matches(['<', '>']);
        let units: Vec<u16> = (0..s.len() / 4).filter_map(|i| u16::from_str_radix(&s[i * 4..i * 4 + 4], 16).ok()).collect();
        String::from_utf16_lossy(&units)
    };
    let mut map = HashMap::new();
    let mut section = "";
    for line in text.lines() {
        let l = line.trim();
        if l.ends_with("beginbfchar") {
            section = "char";
            continue;
        } else if l.ends_with("beginbfrange") {
            section = "range";
            continue;
        } else if l.starts_with("end") {
            section = "";
            continue;
        }
        let toks: Vec<&str> = l.split_whitespace().collect();
        match (section, toks.as_slice()) {
            ("char", [c, u, ..]) => {
                if let Some(c) = hex(c) {
                    map.insert(c, utf16(u));
                }
            }
            // `<0001> <0003> [<3001> <3002> <4E00>]`: one destination per code
            ("range", [a, b, first, rest @ ..]) if first.starts_with('[') => {
                if let (Some(a), Some(_)) = (hex(a), hex(b)) {
                    let dests = std::iter::once(*first).chain(rest.iter().copied()).map(|d| d.trim_matches(['[', ']']));
                    for (k, d) in dests.filter(|d| !d.is_empty()).enumerate() {
                        map.insert(a + k as u32, utf16(d));
                    }
                }
            }
            ("range", [a, b, u, ..]) if u.starts_with('<') => {
                if let (Some(a), Some(b)) = (hex(a), hex(b)) {
                    let base = utf16(u);
                    let first = base.chars().last().map(|c| c as u32).unwrap_or(0);
                    let prefix: String = base.chars().take(base.chars().count().saturating_sub(1)).collect();
                    for (k, c) in (a..=b).enumerate() {
                        if let Some(ch) = char::from_u32(first + k as u32) {
                            map.insert(c, format!("{prefix}{ch}"));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    map
}
