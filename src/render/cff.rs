//! A CFF subset made by copying charstrings, for faces whose charstrings call no subroutines.
//!
//! folio's CJK faces are stored flattened (fonts/rebuild.py, `--desubroutinize`), so a glyph's
//! charstring stands alone: the subset is the kept glyphs' charstrings copied as they are,
//! behind a rewritten Top DICT, String INDEX, charset, FDSelect and FDArray. `subsetter`
//! decompiles and recompiles every charstring to find the subroutines it calls, which flat
//! faces have none of: the seed's 467 glyphs of the body face took 6.8 ms there and take
//! 0.8 ms here, the whole PDF font made. Anything this does not handle — a name-keyed font, a
//! subroutine, a real number where a string or offset belongs, a malformed table — returns
//! `None`, and the caller uses `subsetter`.

use super::sfnt::{be16, be32};

/// DICT operators (two-byte ones as 1200 + the second byte).
const CHARSET: u16 = 15;
const CHAR_STRINGS: u16 = 17;
const PRIVATE: u16 = 18;
const SUBRS: u16 = 19;
const ENCODING: u16 = 16;
const ROS: u16 = 1230;
const CID_COUNT: u16 = 1234;
const FD_ARRAY: u16 = 1236;
const FD_SELECT: u16 = 1237;
const FONT_MATRIX: u16 = 1207;
const UNIQUE_ID: u16 = 13;
const XUID: u16 = 14;
const UID_BASE: u16 = 1235;

/// The Top DICT's FontMatrix `[0.001 0 0 0.001 0 0]`, and a font DICT's identity matrix, as
/// DICT operands: written where the face has none, as `subsetter` does, for the PostScript
/// interpreters of printers that print a CID font without them blank (Ghostscript bug 690724).
const TOP_MATRIX: [u8; 10] = [30, 0x1c, 0x3f, 139, 139, 30, 0x1c, 0x3f, 139, 139];
const IDENTITY_MATRIX: [u8; 6] = [140, 139, 139, 140, 139, 139];

/// The operators whose operands are strings (SIDs), and how many of their first operands are.
const STRING_OPERANDS: [(u16, usize); 10] = [(0, 1), (1, 1), (2, 1), (3, 1), (4, 1), (1200, 1), (1221, 1), (1222, 1), (ROS, 2), (1238, 1)];

/// SIDs below this name the standard strings every CFF has; the String INDEX holds the rest.
const STANDARD_STRINGS: i32 = 391;

/// An INDEX: `count` objects whose data follows an offset array.
struct Index<'a> {
    cff: &'a [u8],
    count: usize,
    off_size: usize,
    /// Where the offset array starts.
    offsets: usize,
    /// The byte before the first object (offsets count from 1).
    base: usize,
    /// The first byte after the INDEX.
    end: usize,
}

impl<'a> Index<'a> {
    fn at(cff: &'a [u8], at: usize) -> Option<Index<'a>> {
        let count = u16::from_be_bytes(cff.get(at..at + 2)?.try_into().ok()?) as usize;
        if count == 0 {
            return Some(Index { cff, count, off_size: 1, offsets: at + 2, base: at + 2, end: at + 2 });
        }
        let off_size = *cff.get(at + 2)? as usize;
        if !(1..=4).contains(&off_size) {
            return None;
        }
        let offsets = at + 3;
        let base = offsets + (count + 1) * off_size - 1;
        let mut index = Index { cff, count, off_size, offsets, base, end: 0 };
        index.end = base + index.offset(count)?;
        (index.end <= cff.len()).then_some(index)
    }

    fn offset(&self, i: usize) -> Option<usize> {
        let at = self.offsets + i * self.off_size;
        Some(self.cff.get(at..at + self.off_size)?.iter().fold(0usize, |v, b| v << 8 | *b as usize))
    }

    fn get(&self, i: usize) -> Option<&'a [u8]> {
        let (a, b) = (self.offset(i)?, self.offset(i + 1)?);
        self.cff.get(self.base + a..self.base + b)
    }

    /// The whole INDEX as it is stored.
    fn bytes(&self, start: usize) -> &'a [u8] {
        &self.cff[start..self.end]
    }
}

/// One DICT entry: its operator, its operands' bytes as stored, and their integer values
/// (a real operand makes the entry's values unusable, which only matters for offsets).
struct Entry<'a> {
    op: u16,
    operands: &'a [u8],
    ints: Vec<i32>,
}

/// The entries of a DICT; None on a reserved byte or a cut operand.
fn dict(data: &[u8]) -> Option<Vec<Entry<'_>>> {
    let (mut entries, mut start, mut at, mut ints) = (Vec::new(), 0, 0, Vec::new());
    while at < data.len() {
        let b = data[at];
        match b {
            0..=21 => {
                let (op, len) = if b == 12 { (1200 + *data.get(at + 1)? as u16, 2) } else { (b as u16, 1) };
                entries.push(Entry { op, operands: &data[start..at], ints: std::mem::take(&mut ints) });
                at += len;
                start = at;
            }
            28 => {
                ints.push(i16::from_be_bytes(data.get(at + 1..at + 3)?.try_into().ok()?) as i32);
                at += 3;
            }
            29 => {
                ints.push(i32::from_be_bytes(data.get(at + 1..at + 5)?.try_into().ok()?));
                at += 5;
            }
            30 => {
                at += 1;
                while data.get(at)? & 0x0f != 0x0f && data.get(at)? >> 4 != 0x0f {
                    at += 1;
                }
                at += 1;
                ints.push(i32::MIN);
            }
            32..=246 => {
                ints.push(b as i32 - 139);
                at += 1;
            }
            247..=250 => {
                ints.push((b as i32 - 247) * 256 + *data.get(at + 1)? as i32 + 108);
                at += 2;
            }
            251..=254 => {
                ints.push(-(b as i32 - 251) * 256 - *data.get(at + 1)? as i32 - 108);
                at += 2;
            }
            _ => return None,
        }
    }
    ints.is_empty().then_some(entries)
}

/// The value of a one-operand offset entry.
fn offset_of(entries: &[Entry], op: u16) -> Option<usize> {
    match entries.iter().find(|e| e.op == op)?.ints.as_slice() {
        [v] if *v >= 0 => Some(*v as usize),
        _ => None,
    }
}

/// An operator as a DICT stores it.
fn write_op(out: &mut Vec<u8>, op: u16) {
    if op >= 1200 {
        out.extend_from_slice(&[12, (op - 1200) as u8]);
    } else {
        out.push(op as u8);
    }
}

/// An integer operand in the five-byte form, so that it can be patched in place.
fn write_int5(out: &mut Vec<u8>, v: i32) {
    out.push(29);
    out.extend_from_slice(&v.to_be_bytes());
}

/// An INDEX of `items`.
fn write_index(out: &mut Vec<u8>, items: &[&[u8]]) {
    be16(out, items.len() as u16);
    if items.is_empty() {
        return;
    }
    let total: usize = items.iter().map(|i| i.len()).sum::<usize>() + 1;
    let off_size = match total {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    };
    out.push(off_size as u8);
    let mut offset = 1usize;
    for i in std::iter::once(0).chain(items.iter().map(|i| i.len())) {
        offset += i;
        out.extend_from_slice(&(offset as u32).to_be_bytes()[4 - off_size..]);
    }
    for i in items {
        out.extend_from_slice(i);
    }
}

/// The strings a subset keeps: those its DICTs name, in the order they first name them.
#[derive(Default)]
struct Strings<'a> {
    kept: Vec<&'a [u8]>,
    /// Old SID → new SID.
    sids: Vec<(i32, i32)>,
}

impl<'a> Strings<'a> {
    /// The entry with its string operands renumbered (the strings taken from `index`).
    fn write(&mut self, out: &mut Vec<u8>, e: &Entry, index: &Index<'a>) -> Option<()> {
        let Some((_, n)) = STRING_OPERANDS.iter().find(|(op, _)| *op == e.op) else {
            out.extend_from_slice(e.operands);
            return Some(());
        };
        if e.ints.len() < *n || e.ints.contains(&i32::MIN) {
            return None;
        }
        for (i, v) in e.ints.iter().enumerate() {
            let v = if i < *n && *v >= STANDARD_STRINGS { self.sid(*v, index)? } else { *v };
            write_int5(out, v);
        }
        Some(())
    }

    /// The SID of a string the subset adds (`Adobe`, `Identity` of its ROS).
    fn add(&mut self, text: &'a [u8]) -> i32 {
        match self.kept.iter().position(|k| *k == text) {
            Some(i) => STANDARD_STRINGS + i as i32,
            None => {
                self.kept.push(text);
                STANDARD_STRINGS + self.kept.len() as i32 - 1
            }
        }
    }

    fn sid(&mut self, old: i32, index: &Index<'a>) -> Option<i32> {
        if let Some((_, new)) = self.sids.iter().find(|(o, _)| *o == old) {
            return Some(*new);
        }
        self.kept.push(index.get((old - STANDARD_STRINGS) as usize)?);
        let new = STANDARD_STRINGS + self.kept.len() as i32 - 1;
        self.sids.push((old, new));
        Some(new)
    }
}

/// The font DICT index of each glyph, from an FDSelect of format 0 or 3.
fn fd_select(cff: &[u8], at: usize, glyphs: usize) -> Option<Vec<u8>> {
    match *cff.get(at)? {
        0 => cff.get(at + 1..at + 1 + glyphs).map(<[u8]>::to_vec),
        3 => {
            let n = u16::from_be_bytes(cff.get(at + 1..at + 3)?.try_into().ok()?) as usize;
            let ranges = cff.get(at + 3..at + 3 + 3 * n + 2)?;
            let first = |i: usize| u16::from_be_bytes([ranges[3 * i], ranges[3 * i + 1]]) as usize;
            let mut fds = vec![0u8; glyphs];
            for i in 0..n {
                let (start, end) = (first(i), first(i + 1).min(glyphs));
                fds.get_mut(start..end.max(start))?.fill(ranges[3 * i + 2]);
            }
            Some(fds)
        }
        _ => None,
    }
}

/// The subset of a CID-keyed CFF table to `gids` (the face's glyph ids in the subset's order,
/// `.notdef` first): glyph i of the subset has CID i, as `subsetter` makes them, so that a PDF
/// refers to a glyph by its new id. None when the table is not one this handles.
pub fn subset_flat(cff: &[u8], gids: &[u16]) -> Option<Vec<u8>> {
    let header = *cff.get(2)? as usize;
    let names = Index::at(cff, header)?;
    let tops = Index::at(cff, names.end)?;
    let strings = Index::at(cff, tops.end)?;
    let gsubrs = Index::at(cff, strings.end)?;
    if tops.count != 1 || gsubrs.count != 0 {
        return None;
    }
    let top = dict(tops.get(0)?)?;
    if !top.iter().any(|e| e.op == ROS) || top.iter().any(|e| matches!(e.op, PRIVATE | ENCODING)) {
        return None;
    }
    // (a CID font names its charset; the rewritten one must have a place to be pointed at)
    offset_of(&top, CHARSET)?;
    let charstrings = Index::at(cff, offset_of(&top, CHAR_STRINGS)?)?;
    let fd_array = Index::at(cff, offset_of(&top, FD_ARRAY)?)?;
    let fd_of = fd_select(cff, offset_of(&top, FD_SELECT)?, charstrings.count)?;
    // each kept glyph's font DICT, and the font DICTs in use in their old order
    let fds: Vec<u8> = gids.iter().map(|g| fd_of.get(*g as usize).copied()).collect::<Option<_>>()?;
    let mut used: Vec<u8> = fds.clone();
    used.sort_unstable();
    used.dedup();
    let new_fd = |fd: u8| used.binary_search(&fd).ok().map(|i| i as u8);

    let mut out = vec![1, 0, 4, 4];
    out.extend_from_slice(names.bytes(header));
    // the Top DICT, its offsets written in five bytes and patched once known
    let mut kept = Strings::default();
    let mut top_dict = Vec::new();
    let mut patches: Vec<(u16, usize)> = Vec::new();
    for e in &top {
        match e.op {
            CHARSET | CHAR_STRINGS | FD_ARRAY | FD_SELECT => {
                patches.push((e.op, top_dict.len() + 1));
                write_int5(&mut top_dict, 0);
            }
            // glyph i is CID i now: the subset follows no character collection, and is not
            // the face a unique ID names (a printer caches glyphs by it); its CIDCount after
            CID_COUNT | UNIQUE_ID | XUID | UID_BASE => continue,
            ROS => [kept.add(b"Adobe"), kept.add(b"Identity"), 0].into_iter().for_each(|v| write_int5(&mut top_dict, v)),
            _ => kept.write(&mut top_dict, e, &strings)?,
        }
        write_op(&mut top_dict, e.op);
    }
    write_int5(&mut top_dict, gids.len() as i32);
    write_op(&mut top_dict, CID_COUNT);
    let matrix = top.iter().any(|e| e.op == FONT_MATRIX);
    if !matrix {
        top_dict.extend_from_slice(&TOP_MATRIX);
        write_op(&mut top_dict, FONT_MATRIX);
    }
    // the font DICTs in use (their Private offsets patched when the private DICTs are placed)
    let mut font_dicts: Vec<(Vec<u8>, &[u8], usize)> = Vec::new();
    for fd in &used {
        let font_dict = dict(fd_array.get(*fd as usize)?)?;
        let private = font_dict.iter().find(|e| e.op == PRIVATE)?;
        let [size, offset] = private.ints.as_slice() else { return None };
        let (size, offset) = (usize::try_from(*size).ok()?, usize::try_from(*offset).ok()?);
        let private_dict = cff.get(offset..offset + size)?;
        if dict(private_dict)?.iter().any(|e| e.op == SUBRS) {
            return None;
        }
        let mut d = Vec::new();
        let mut patch = 0;
        for e in &font_dict {
            if e.op == PRIVATE {
                write_int5(&mut d, size as i32);
                patch = d.len() + 1;
                write_int5(&mut d, 0);
            } else {
                kept.write(&mut d, e, &strings)?;
            }
            write_op(&mut d, e.op);
        }
        // (a font DICT's own matrix under no Top DICT matrix would need scaling: left to subsetter)
        match (matrix, font_dict.iter().any(|e| e.op == FONT_MATRIX)) {
            (false, true) => return None,
            (false, false) => {
                d.extend_from_slice(&IDENTITY_MATRIX);
                write_op(&mut d, FONT_MATRIX);
            }
            _ => {}
        }
        font_dicts.push((d, private_dict, patch));
    }
    write_index(&mut out, &[&top_dict]);
    let top_at = out.len() - top_dict.len();
    write_index(&mut out, &kept.kept);
    out.extend_from_slice(&[0, 0]);

    let at = |op: u16, out: &Vec<u8>| (op, out.len());
    let mut offsets = vec![at(CHARSET, &out)];
    // charset: glyph i is CID i
    if gids.len() > 1 {
        out.push(2);
        be16(&mut out, 1);
        be16(&mut out, (gids.len() - 2) as u16);
    } else {
        out.push(0);
    }
    // FDSelect, format 3: one range per run of glyphs with the same font DICT
    offsets.push(at(FD_SELECT, &out));
    let runs: Vec<(u16, u8)> = fds.iter().enumerate().filter(|(i, fd)| *i == 0 || fds[i - 1] != **fd).map(|(i, fd)| (i as u16, *fd)).collect();
    out.push(3);
    be16(&mut out, runs.len() as u16);
    for (first, fd) in &runs {
        be16(&mut out, *first);
        out.push(new_fd(*fd)?);
    }
    be16(&mut out, gids.len() as u16);
    // the private DICTs, then the font DICTs pointing at them
    for (d, private_dict, patch) in &mut font_dicts {
        d[*patch..*patch + 4].copy_from_slice(&(out.len() as i32).to_be_bytes());
        out.extend_from_slice(private_dict);
    }
    offsets.push(at(FD_ARRAY, &out));
    write_index(&mut out, &font_dicts.iter().map(|(d, _, _)| d.as_slice()).collect::<Vec<_>>());
    offsets.push(at(CHAR_STRINGS, &out));
    let glyphs: Vec<&[u8]> = gids.iter().map(|g| charstrings.get(*g as usize)).collect::<Option<_>>()?;
    write_index(&mut out, &glyphs);

    for (op, patch_at) in patches {
        let (_, value) = offsets.iter().find(|(o, _)| *o == op)?;
        out[top_at + patch_at..top_at + patch_at + 4].copy_from_slice(&(*value as i32).to_be_bytes());
    }
    Some(out)
}

/// The subset of an OpenType face with a flattened CID-keyed CFF (see [`subset_flat`]) to
/// `gids`, as the sfnt tables a PDF needs: `CFF `, `head`, `hhea`, `maxp` and `hmtx` (the
/// caller adds the cmap). None when the face (number `index` of `font`) is not one
/// [`subset_flat`] handles, a member of a collection among them.
pub fn subset_otf(font: &[u8], index: u32, gids: &[u16]) -> Option<Vec<([u8; 4], Vec<u8>)>> {
    if index != 0 || !font.starts_with(b"OTTO") {
        return None;
    }
    let table = |tag: &[u8; 4]| super::sfnt::table_slice(font, tag);
    let cff = subset_flat(table(b"CFF ")?, gids)?;
    let (head, mut hhea, hmtx) = (table(b"head")?.to_vec(), table(b"hhea")?.to_vec(), table(b"hmtx")?);
    let metrics = u16::from_be_bytes(hhea.get(34..36)?.try_into().ok()?) as usize;
    if metrics == 0 {
        return None;
    }
    let mut new_hmtx = Vec::with_capacity(4 * gids.len());
    for g in gids {
        let g = *g as usize;
        let advance = hmtx.get(4 * g.min(metrics - 1)..4 * g.min(metrics - 1) + 2)?;
        let lsb_at = if g < metrics { 4 * g + 2 } else { 4 * metrics + 2 * (g - metrics) };
        new_hmtx.extend_from_slice(advance);
        new_hmtx.extend_from_slice(hmtx.get(lsb_at..lsb_at + 2)?);
    }
    hhea[34..36].copy_from_slice(&(gids.len() as u16).to_be_bytes());
    let mut maxp = Vec::with_capacity(6);
    be32(&mut maxp, 0x0000_5000);
    be16(&mut maxp, gids.len() as u16);
    Some(vec![(*b"CFF ", cff), (*b"head", head), (*b"hhea", hhea), (*b"maxp", maxp), (*b"hmtx", new_hmtx)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path command of a glyph, as text, so that two outlines compare.
    #[derive(Default)]
    struct Path(String);

    impl ttf_parser::OutlineBuilder for Path {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0 += &format!("M{x} {y}");
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0 += &format!("L{x} {y}");
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0 += &format!("Q{x1} {y1} {x} {y}");
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0 += &format!("C{x1} {y1} {x2} {y2} {x} {y}");
        }
        fn close(&mut self) {
            self.0 += "Z";
        }
    }

    fn outline(face: &ttf_parser::Face, g: u16) -> String {
        let mut p = Path::default();
        face.outline_glyph(ttf_parser::GlyphId(g), &mut p);
        p.0
    }

    fn body_face() -> &'static [u8] {
        folio_fonts::FONTS[0].bytes
    }

    #[test]
    fn a_copied_subset_draws_each_kept_glyph_as_the_face_does_at_its_new_id() {
        let font = body_face();
        let original = ttf_parser::Face::parse(font, 0).unwrap();
        // .notdef, then glyphs from all over the face, out of order, as a document uses them
        let n = original.number_of_glyphs();
        let mut gids: Vec<u16> = vec![0];
        gids.extend((1..400u32).map(|i| ((i * 7919) % n as u32) as u16).filter(|g| *g != 0));
        gids.dedup();
        let tables = subset_otf(font, 0, &gids).expect("the body face is flat and CID-keyed");
        let subset_bytes = super::super::sfnt::build(u32::from_be_bytes(*b"OTTO"), tables);
        let subset = ttf_parser::Face::parse(&subset_bytes, 0).unwrap();
        assert_eq!(subset.number_of_glyphs() as usize, gids.len());
        // a PDF names a glyph by its CID: the charset must make CID i glyph i
        let (_, cff) = super::super::sfnt::tables(&subset_bytes).unwrap().into_iter().find(|(t, _)| t == b"CFF ").unwrap();
        let top = Index::at(&cff, cff[2] as usize).and_then(|n| Index::at(&cff, n.end)).unwrap();
        let charset = offset_of(&dict(top.get(0).unwrap()).unwrap(), CHARSET).unwrap();
        let n_left = (gids.len() - 2) as u16;
        assert_eq!(&cff[charset..charset + 5], &[2, 0, 1, (n_left >> 8) as u8, n_left as u8], "one range: CIDs 1.. for glyphs 1..");
        for (new, old) in gids.iter().enumerate() {
            let new = new as u16;
            assert_eq!(outline(&subset, new), outline(&original, *old), "glyph {old} (now {new})");
            assert_eq!(subset.glyph_hor_advance(ttf_parser::GlyphId(new)), original.glyph_hor_advance(ttf_parser::GlyphId(*old)));
        }
    }

    #[test]
    fn a_copied_subset_has_a_font_matrix_an_identity_ros_and_no_unique_id() {
        let tables = subset_otf(body_face(), 0, &[0, 5, 9]).unwrap();
        let (_, cff) = tables.iter().find(|(t, _)| t == b"CFF ").unwrap();
        let names = Index::at(cff, cff[2] as usize).unwrap();
        let tops = Index::at(cff, names.end).unwrap();
        let strings = Index::at(cff, tops.end).unwrap();
        let top = dict(tops.get(0).unwrap()).unwrap();
        let string = |sid: i32| strings.get((sid - STANDARD_STRINGS) as usize).unwrap();
        let ros = top.iter().find(|e| e.op == ROS).unwrap();
        assert_eq!((string(ros.ints[0]), string(ros.ints[1]), ros.ints[2]), (&b"Adobe"[..], &b"Identity"[..], 0));
        assert_eq!(top.iter().find(|e| e.op == FONT_MATRIX).unwrap().operands, &TOP_MATRIX[..], "[0.001 0 0 0.001 0 0]");
        assert_eq!(offset_of(&top, CID_COUNT), Some(3));
        assert!(!top.iter().any(|e| matches!(e.op, UNIQUE_ID | XUID | UID_BASE)));
        let fd_array = Index::at(cff, offset_of(&top, FD_ARRAY).unwrap()).unwrap();
        for i in 0..fd_array.count {
            let fd = dict(fd_array.get(i).unwrap()).unwrap();
            assert_eq!(fd.iter().find(|e| e.op == FONT_MATRIX).unwrap().operands, &IDENTITY_MATRIX[..]);
        }
    }

    #[test]
    fn a_copied_subset_keeps_only_the_font_dicts_its_glyphs_use() {
        let cff_of = |font: &[u8]| super::super::sfnt::table_slice(font, b"CFF ").unwrap().to_vec();
        let font = body_face();
        let whole = cff_of(font);
        let fd_count = |cff: &[u8]| {
            let top = Index::at(cff, cff[2] as usize).and_then(|n| Index::at(cff, n.end)).unwrap();
            let entries = dict(top.get(0).unwrap()).unwrap();
            Index::at(cff, offset_of(&entries, FD_ARRAY).unwrap()).unwrap().count
        };
        assert!(fd_count(&whole) > 2);
        let tables = subset_otf(font, 0, &[0]).unwrap();
        let (_, cff) = tables.iter().find(|(t, _)| t == b"CFF ").unwrap();
        assert_eq!(fd_count(cff), 1, ".notdef alone uses one font DICT");
    }

    /// A minimal CID-keyed CFF of two glyphs, with or without subroutines.
    fn tiny_cff(global_subrs: bool, local_subrs: bool) -> Vec<u8> {
        // the Top DICT writes its offsets in five bytes: its size is known before they are
        let top = |charset: usize, fd_select: usize, fd_array: usize, char_strings: usize| {
            let mut top = vec![248, 27, 248, 28, 139]; // ROS: SIDs 391 and 392, supplement 0
            write_op(&mut top, ROS);
            for (op, v) in [(CHARSET, charset), (FD_SELECT, fd_select), (FD_ARRAY, fd_array), (CHAR_STRINGS, char_strings)] {
                write_int5(&mut top, v as i32);
                write_op(&mut top, op);
            }
            top.extend_from_slice(&[141, 12, 34]); // CIDCount 2
            top
        };
        let mut head = vec![1, 0, 4, 4];
        write_index(&mut head, &[b"Tiny"]);
        let top_index_len = 2 + 1 + 2 + top(0, 0, 0, 0).len();
        let mut middle = Vec::new();
        write_index(&mut middle, &[b"Adobe", b"Identity"]);
        if global_subrs {
            write_index(&mut middle, &[&[11u8][..]]);
        } else {
            middle.extend_from_slice(&[0, 0]);
        }
        let rest_at = head.len() + top_index_len + middle.len();
        let mut rest = vec![2, 0, 1, 0, 0]; // charset: CIDs 1..=1
        let fd_select = rest_at + rest.len();
        rest.extend_from_slice(&[0, 0, 0]);
        let private = rest_at + rest.len();
        let mut private_dict = vec![139u8, 20]; // defaultWidthX 0
        if local_subrs {
            private_dict.extend_from_slice(&[139 + 4, 19]); // Subrs right after this DICT
        }
        rest.extend_from_slice(&private_dict);
        if local_subrs {
            write_index(&mut rest, &[&[11u8][..]]);
        }
        let fd_array = rest_at + rest.len();
        let mut font_dict = Vec::new();
        write_int5(&mut font_dict, private_dict.len() as i32);
        write_int5(&mut font_dict, private as i32);
        write_op(&mut font_dict, PRIVATE);
        write_index(&mut rest, &[&font_dict]);
        let char_strings = rest_at + rest.len();
        write_index(&mut rest, &[&[14u8][..], &[14u8][..]]);
        let mut out = head;
        write_index(&mut out, &[&top(rest_at, fd_select, fd_array, char_strings)]);
        out.extend_from_slice(&middle);
        out.extend_from_slice(&rest);
        out
    }

    #[test]
    fn a_cff_that_calls_subroutines_is_left_to_subsetter() {
        assert!(subset_flat(&tiny_cff(false, false), &[0, 1]).is_some(), "the flat one is subset");
        assert!(subset_flat(&tiny_cff(true, false), &[0, 1]).is_none(), "global subroutines");
        assert!(subset_flat(&tiny_cff(false, true), &[0, 1]).is_none(), "local subroutines");
    }

    #[test]
    fn a_cut_or_foreign_table_gives_none_and_never_panics() {
        let cff = tiny_cff(false, false);
        for end in 0..cff.len() {
            let _ = subset_flat(&cff[..end], &[0, 1]);
        }
        assert!(subset_flat(&cff, &[0, 7]).is_none(), "a glyph the font does not have");
        assert!(subset_otf(folio_fonts::FONTS[4].bytes, 0, &[0, 1]).is_none(), "a TrueType face");
    }
}
