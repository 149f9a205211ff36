//! Small sfnt (OpenType) surgery on the subsets `subsetter` writes for PDF: it keeps only what
//! a PDF needs (no `cmap`, no `OS/2`), but printpdf's font parser wants a cmap, and browsers
//! (HTML `--embed-fonts`) and OFD readers map characters through the font, so they want cmap
//! and OS/2 too. These helpers add tables and build a cmap.

use std::collections::BTreeMap;

pub(crate) fn be16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_be_bytes());
}
pub(crate) fn be32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_be_bytes());
}

fn checksum(data: &[u8]) -> u32 {
    let mut sum = 0u32;
    for chunk in data.chunks(4) {
        let mut b = [0u8; 4];
        b[..chunk.len()].copy_from_slice(chunk);
        sum = sum.wrapping_add(u32::from_be_bytes(b));
    }
    sum
}

/// The tables of an sfnt: (tag, data), in directory order.
pub fn tables(font: &[u8]) -> Option<Vec<([u8; 4], Vec<u8>)>> {
    let n = u16::from_be_bytes(font.get(4..6)?.try_into().ok()?) as usize;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let rec = font.get(12 + i * 16..28 + i * 16)?;
        let tag: [u8; 4] = rec[0..4].try_into().ok()?;
        let off = u32::from_be_bytes(rec[8..12].try_into().ok()?) as usize;
        let len = u32::from_be_bytes(rec[12..16].try_into().ok()?) as usize;
        out.push((tag, font.get(off..off + len)?.to_vec()));
    }
    Some(out)
}

/// One table of an sfnt (only that one is copied: a CJK face's outlines are megabytes).
pub fn table(font: &[u8], tag: &[u8; 4]) -> Option<Vec<u8>> {
    table_slice(font, tag).map(<[u8]>::to_vec)
}

/// One table of an sfnt, where it lies in `font`.
pub fn table_slice<'a>(font: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let n = u16::from_be_bytes(font.get(4..6)?.try_into().ok()?) as usize;
    (0..n).find_map(|i| {
        let rec = font.get(12 + i * 16..28 + i * 16)?;
        if &rec[0..4] != tag {
            return None;
        }
        let off = u32::from_be_bytes(rec[8..12].try_into().ok()?) as usize;
        let len = u32::from_be_bytes(rec[12..16].try_into().ok()?) as usize;
        font.get(off..off + len)
    })
}

/// Give glyphs new advance widths (font units) in `hmtx`, writing one full metric per glyph
/// so that any glyph can be given its own advance; `hhea` follows. Tables it cannot read are
/// left as they are.
pub fn set_advances(tables: &mut [([u8; 4], Vec<u8>)], advances: &BTreeMap<u16, u16>) {
    let get = |tables: &[([u8; 4], Vec<u8>)], tag: &[u8; 4]| tables.iter().position(|(t, _)| t == tag);
    let (Some(hhea), Some(hmtx), Some(maxp)) = (get(tables, b"hhea"), get(tables, b"hmtx"), get(tables, b"maxp")) else { return };
    let u16_at = |d: &[u8], at: usize| d.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let (Some(long), Some(glyphs)) = (u16_at(&tables[hhea].1, 34), u16_at(&tables[maxp].1, 4)) else { return };
    let (long, glyphs) = (long as usize, glyphs as usize);
    let old = &tables[hmtx].1;
    if long == 0 || old.len() < long * 4 + (glyphs.saturating_sub(long)) * 2 {
        return;
    }
    let mut metrics: Vec<(u16, [u8; 2])> = Vec::with_capacity(glyphs);
    for g in 0..glyphs {
        let adv = u16_at(old, 4 * g.min(long - 1)).unwrap_or(0);
        let lsb_at = if g < long { 4 * g + 2 } else { 4 * long + 2 * (g - long) };
        metrics.push((advances.get(&(g as u16)).copied().unwrap_or(adv), [old[lsb_at], old[lsb_at + 1]]));
    }
    let mut data = Vec::with_capacity(glyphs * 4);
    for (adv, lsb) in &metrics {
        be16(&mut data, *adv);
        data.extend_from_slice(lsb);
    }
    tables[hmtx].1 = data;
    let max = metrics.iter().map(|m| m.0).max().unwrap_or(0);
    let h = &mut tables[hhea].1;
    h[10..12].copy_from_slice(&max.to_be_bytes());
    h[34..36].copy_from_slice(&(glyphs as u16).to_be_bytes());
}

/// Rebuild an sfnt from tables (sorted by tag, padded, with checksums and a fixed head
/// checksum adjustment).
pub fn build(version: u32, mut tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    tables.sort_by_key(|a| a.0);
    tables.dedup_by(|a, b| a.0 == b.0);
    let n = tables.len() as u16;
    let mut pow = 1u16;
    let mut log = 0u16;
    while pow * 2 <= n {
        pow *= 2;
        log += 1;
    }
    let mut out = Vec::new();
    be32(&mut out, version);
    be16(&mut out, n);
    be16(&mut out, pow * 16);
    be16(&mut out, log);
    be16(&mut out, n * 16 - pow * 16);
    let mut offset = 12 + tables.len() * 16;
    let mut head_at = None;
    for (tag, data) in tables.iter_mut() {
        if tag == b"head" && data.len() >= 12 {
            data[8..12].copy_from_slice(&[0; 4]);
        }
        out.extend_from_slice(tag);
        be32(&mut out, checksum(data));
        be32(&mut out, offset as u32);
        be32(&mut out, data.len() as u32);
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    if let Some(h) = head_at
        && out.len() >= h + 12
    {
        let adj = 0xB1B0AFBAu32.wrapping_sub(checksum(&out));
        out[h + 8..h + 12].copy_from_slice(&adj.to_be_bytes());
    }
    out
}

/// Tables a PDF reader takes from an embedded TrueType program for a CID font: outlines and
/// metrics. The hinting program (`fpgm`, `prep`, `cvt `, each glyph's instructions) and the
/// tables a CID font never consults (`name`, `post`, `OS/2`) are left out: folio's CJK faces
/// are unhinted anyway, and these were three quarters of the Latin subset. (The caller adds the
/// `cmap` printpdf's parser wants.)
const PDF_TRUETYPE_TABLES: [&[u8; 4]; 6] = [b"head", b"hhea", b"maxp", b"hmtx", b"loca", b"glyf"];

/// A TrueType subset as a PDF embeds it (outlines and metrics only): glyph instructions
/// removed, `loca` rewritten in the long format. None when the program is not TrueType or is
/// malformed (the caller keeps it as it was).
pub fn for_pdf(font: &[u8]) -> Option<Vec<u8>> {
    let all = tables(font)?;
    let get = |tag: &[u8; 4]| all.iter().find(|(t, _)| t == tag).map(|(_, d)| d.as_slice());
    let (mut head, loca, glyf, maxp) = (get(b"head")?.to_vec(), get(b"loca")?, get(b"glyf")?, get(b"maxp")?);
    let glyphs = u16::from_be_bytes(maxp.get(4..6)?.try_into().ok()?) as usize;
    let long = i16::from_be_bytes(head.get(50..52)?.try_into().ok()?) == 1;
    let offset = |g: usize| -> Option<usize> {
        if long {
            Some(u32::from_be_bytes(loca.get(4 * g..4 * g + 4)?.try_into().ok()?) as usize)
        } else {
            Some(u16::from_be_bytes(loca.get(2 * g..2 * g + 2)?.try_into().ok()?) as usize * 2)
        }
    };
    let (mut new_glyf, mut new_loca) = (Vec::with_capacity(glyf.len()), Vec::with_capacity(4 * (glyphs + 1)));
    for g in 0..glyphs {
        be32(&mut new_loca, new_glyf.len() as u32);
        let (a, b) = (offset(g)?, offset(g + 1)?);
        if b > a {
            new_glyf.extend_from_slice(&without_instructions(glyf.get(a..b)?)?);
            new_glyf.resize(new_glyf.len().div_ceil(4) * 4, 0);
        }
    }
    be32(&mut new_loca, new_glyf.len() as u32);
    head[50..52].copy_from_slice(&1i16.to_be_bytes());
    let mut kept: Vec<([u8; 4], Vec<u8>)> =
        all.into_iter().filter(|(t, _)| PDF_TRUETYPE_TABLES.contains(&t) && !matches!(t, b"head" | b"loca" | b"glyf")).collect();
    kept.extend([(*b"head", head), (*b"loca", new_loca), (*b"glyf", new_glyf)]);
    Some(build(u32::from_be_bytes(font.get(0..4)?.try_into().ok()?), kept))
}

/// One glyph's data without its hinting instructions (simple or composite glyph).
fn without_instructions(g: &[u8]) -> Option<Vec<u8>> {
    let contours = i16::from_be_bytes(g.get(0..2)?.try_into().ok()?);
    if contours >= 0 {
        let at = 10 + 2 * contours as usize;
        let len = u16::from_be_bytes(g.get(at..at + 2)?.try_into().ok()?) as usize;
        let mut out = g.get(..at)?.to_vec();
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(g.get(at + 2 + len..)?);
        return Some(out);
    }
    // a composite: walk the components, clear WE_HAVE_INSTRUCTIONS and cut what follows
    let mut at = 10;
    loop {
        let flags = u16::from_be_bytes(g.get(at..at + 2)?.try_into().ok()?);
        let args = if flags & 0x0001 != 0 { 4 } else { 2 };
        let scale = if flags & 0x0008 != 0 {
            2
        } else if flags & 0x0040 != 0 {
            4
        } else if flags & 0x0080 != 0 {
            8
        } else {
            0
        };
        let next = at + 4 + args + scale;
        if flags & 0x0020 == 0 {
            let mut out = g.get(..next)?.to_vec();
            out[at..at + 2].copy_from_slice(&(flags & !0x0100).to_be_bytes());
            return Some(out);
        }
        at = next;
    }
}

/// The tables of a subset of `face` that a reader can use on its own, mapping characters to
/// glyphs through its cmap as browsers (HTML) and OFD readers do: exactly `glyphs` (the face's
/// glyph ids), a cmap from `chars` (character → the face's glyph id), and the face's OS/2 and
/// name. Returns the tables and the sfnt version; the caller may adjust the tables before it
/// calls [`build`]. The subset's glyph ids are [`remapper`]'s.
pub fn standalone(face: &crate::fonts::Face, glyphs: &[u16], chars: &BTreeMap<u32, u16>) -> Option<(Vec<([u8; 4], Vec<u8>)>, u32)> {
    let remapper = remapper(glyphs);
    let gids: Vec<u16> = remapper.remapped_gids().collect();
    // folio's flat CJK faces by copying charstrings (`cff`), any other with `subsetter`
    let (mut tables, version) = match super::cff::subset_otf(face.data(), face.index, &gids) {
        Some(t) => (t, u32::from_be_bytes(*b"OTTO")),
        None => {
            let subset = subsetter::subset(face.data(), face.index, &remapper).ok()?;
            (tables(&subset)?, u32::from_be_bytes(subset.get(0..4)?.try_into().ok()?))
        }
    };
    let map: BTreeMap<u32, u16> = chars.iter().filter_map(|(c, g)| remapper.get(*g).map(|n| (*c, n))).collect();
    tables.retain(|(t, _)| t != b"cmap");
    tables.push((*b"cmap", cmap(&map)));
    if !tables.iter().any(|(t, _)| t == b"OS/2")
        && let Some(data) = table(face.data(), b"OS/2")
    {
        tables.push((*b"OS/2", data));
    }
    if !tables.iter().any(|(t, _)| t == b"name")
        && let Some(data) = table_slice(face.data(), b"name")
    {
        tables.push((*b"name", unicode_names(data).unwrap_or_else(|| data.to_vec())));
    }
    // a browser wants a `post` table: its header alone (version 3, no glyph names) for a CFF face
    if !tables.iter().any(|(t, _)| t == b"post")
        && let Some(mut post) = table(face.data(), b"post").filter(|p| p.len() >= 32)
    {
        post.truncate(32);
        post[0..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        tables.push((*b"post", post));
    }
    Some((tables, version))
}

/// The name IDs a subset keeps: copyright, names, version, trademark, vendor and designer
/// URLs, licence (the IDs `subsetter` keeps).
const KEPT_NAMES: [u16; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14];

/// A `name` table (format 0) with only its Unicode records (platform 0, or Windows: symbol,
/// BMP, full repertoire) of [`KEPT_NAMES`], each string stored once: folio's faces carry every
/// language's names in Mac encodings too, which a web font or an embedded one never reads.
fn unicode_names(name: &[u8]) -> Option<Vec<u8>> {
    let word = |at: usize| name.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    if word(0)? != 0 {
        return None;
    }
    let (count, storage) = (word(2)? as usize, word(4)? as usize);
    let mut records: Vec<[u16; 6]> = Vec::new();
    let mut strings: Vec<u8> = Vec::new();
    let mut stored: BTreeMap<&[u8], u16> = BTreeMap::new();
    for i in 0..count {
        let at = 6 + 12 * i;
        let [platform, encoding, language, id, len, offset] = [0, 2, 4, 6, 8, 10].map(|k| word(at + k));
        let (platform, encoding, language, id, len, offset) = (platform?, encoding?, language?, id?, len?, offset?);
        let unicode = platform == 0 || platform == 3 && matches!(encoding, 0 | 1 | 10);
        if !unicode || !KEPT_NAMES.contains(&id) {
            continue;
        }
        let text = name.get(storage + offset as usize..storage + offset as usize + len as usize)?;
        let new_offset = *stored.entry(text).or_insert_with(|| {
            strings.extend_from_slice(text);
            (strings.len() - text.len()) as u16
        });
        records.push([platform, encoding, language, id, len, new_offset]);
    }
    // (offsets are 16-bit: a larger store cannot be written; the caller keeps the table whole)
    if strings.len() > usize::from(u16::MAX) {
        return None;
    }
    let mut out = Vec::with_capacity(6 + 12 * records.len() + strings.len());
    for v in [0, records.len() as u16, (6 + 12 * records.len()) as u16] {
        be16(&mut out, v);
    }
    for r in &records {
        r.iter().for_each(|v| be16(&mut out, *v));
    }
    out.extend_from_slice(&strings);
    Some(out)
}

/// The map from a face's glyph ids to those of its subset of `glyphs` (glyph 0 first, then the
/// others in order), as [`standalone`] makes it.
pub fn remapper(glyphs: &[u16]) -> subsetter::GlyphRemapper {
    let mut list: Vec<u16> = vec![0];
    list.extend(glyphs.iter().copied().filter(|g| *g != 0));
    list.sort_unstable();
    list.dedup();
    subsetter::GlyphRemapper::new_from_glyphs_sorted(&list)
}

/// A `cmap` with a Windows Unicode BMP subtable (format 4) and, when needed, a full-range one
/// (format 12), mapping characters to (new) glyph ids.
pub fn cmap(map: &BTreeMap<u32, u16>) -> Vec<u8> {
    let bmp: Vec<(u16, u16)> = map.iter().filter(|(c, _)| **c < 0xFFFF).map(|(c, g)| (*c as u16, *g)).collect();
    // format 4: one segment per character (simple, small for a subset), plus the end segment
    let segs = bmp.len() + 1;
    let mut f4 = Vec::new();
    be16(&mut f4, 4);
    be16(&mut f4, 0); // length, set below
    be16(&mut f4, 0);
    be16(&mut f4, (segs * 2) as u16);
    let mut pow = 1usize;
    let mut log = 0u16;
    while pow * 2 <= segs {
        pow *= 2;
        log += 1;
    }
    be16(&mut f4, (pow * 2) as u16);
    be16(&mut f4, log);
    be16(&mut f4, (segs * 2 - pow * 2) as u16);
    for (c, _) in &bmp {
        be16(&mut f4, *c);
    }
    be16(&mut f4, 0xFFFF);
    be16(&mut f4, 0);
    for (c, _) in &bmp {
        be16(&mut f4, *c);
    }
    be16(&mut f4, 0xFFFF);
    for (c, g) in &bmp {
        be16(&mut f4, g.wrapping_sub(*c));
    }
    be16(&mut f4, 1);
    for _ in 0..segs {
        be16(&mut f4, 0);
    }
    let len = f4.len() as u16;
    f4[2..4].copy_from_slice(&len.to_be_bytes());
    let need12 = map.keys().any(|c| *c >= 0xFFFF);
    let mut f12 = Vec::new();
    if need12 {
        be16(&mut f12, 12);
        be16(&mut f12, 0);
        be32(&mut f12, (16 + map.len() * 12) as u32);
        be32(&mut f12, 0);
        be32(&mut f12, map.len() as u32);
        for (c, g) in map {
            be32(&mut f12, *c);
            be32(&mut f12, *c);
            be32(&mut f12, *g as u32);
        }
    }
    let mut out = Vec::new();
    let n = if need12 { 2 } else { 1 };
    be16(&mut out, 0);
    be16(&mut out, n);
    let header = 4 + 8 * n as usize;
    be16(&mut out, 3);
    be16(&mut out, 1);
    be32(&mut out, header as u32);
    if need12 {
        be16(&mut out, 3);
        be16(&mut out, 10);
        be32(&mut out, (header + f4.len()) as u32);
    }
    out.extend_from_slice(&f4);
    out.extend_from_slice(&f12);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subsets_name_table_keeps_the_unicode_names_a_reader_uses() {
        let face = folio_fonts::FONTS[0].bytes;
        let whole = table_slice(face, b"name").unwrap();
        let kept = unicode_names(whole).unwrap();
        assert!(kept.len() < whole.len(), "{} of {} bytes", kept.len(), whole.len());
        let names = |data: &'static [u8]| {
            let t = ttf_parser::name::Table::parse(data).unwrap();
            t.names.into_iter().map(|n| (n.platform_id as u16, n.name_id, n.to_string())).collect::<Vec<_>>()
        };
        let (before, after) = (names(whole), names(Box::leak(kept.into_boxed_slice())));
        assert!(after.iter().all(|(p, id, _)| *p != 1 && KEPT_NAMES.contains(id)));
        // every Unicode name of a kept id is still there, with its text
        for n in before.iter().filter(|(p, id, s)| *p != 1 && KEPT_NAMES.contains(id) && s.is_some()) {
            assert!(after.contains(n), "{n:?}");
        }
        assert!(after.iter().any(|(_, id, s)| *id == 1 && s.as_deref() == Some("Noto Serif CJK SC")));
    }

    #[test]
    fn rebuilt_font_keeps_its_tables() {
        let f = crate::fonts::FontBook::embedded_only();
        let face = f.embedded("Liberation Serif", false).unwrap();
        let t = tables(face.data()).unwrap();
        let n = t.len();
        let mut m = BTreeMap::new();
        m.insert('A' as u32, 1u16);
        let mut t2 = t.clone();
        t2.retain(|(tag, _)| tag != b"cmap");
        t2.push((*b"cmap", cmap(&m)));
        let rebuilt = build(0x00010000, t2);
        let back = tables(&rebuilt).unwrap();
        assert_eq!(back.len(), n);
        assert!(ttf_parser::Face::parse(&rebuilt, 0).unwrap().glyph_index('A').is_some());
    }
}
