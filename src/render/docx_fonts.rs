//! `--docx-fonts embed`: the faces the PDF sets the document in, subset and embedded in the DOCX
//! (ECMA-376 §17.8.1, obfuscated `.odttf` parts), so that Word, WPS and LibreOffice show the
//! document as the PDF shows it on a machine that has none of its faces.
//!
//! The runs then name the embedded faces' own families (`Noto Serif CJK SC`, not `仿宋_GB2312`):
//! a word processor matches an embedded face by the family its `name` table gives.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::fonts::{Face, FontBook};
use crate::layout::PagedDocument;
use crate::layout::atoms::DocFonts;
use crate::style::StyledDocument;
use crate::style::template::Template;

/// What the DOCX names its faces by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocxFonts {
    /// The official names (仿宋_GB2312, 方正小标宋简体 …), each with what Word and WPS need to
    /// substitute a like face where it is missing; nothing embedded (the default).
    #[default]
    Names,
    /// The faces the PDF uses, embedded as subsets and named by their own families.
    Embed,
}

/// One embedded face: its family as the DOCX names it, Regular or Bold, and the plain subset.
pub struct EmbeddedFace {
    pub family: String,
    pub bold: bool,
    pub data: Vec<u8>,
}

/// The plan for embedding: which family each template font key is set in, which keys need
/// bold to reach their face (a bold face standing in for 小标宋), and the subsets.
pub struct Embedding {
    pub families: BTreeMap<String, String>,
    pub bold_keys: BTreeSet<String>,
    pub faces: Vec<EmbeddedFace>,
}

impl Embedding {
    /// The template with each font key's chain headed by the family embedded for it, so that
    /// every run and style names that family.
    pub fn template(&self, t: &Template) -> Template {
        let mut t = t.clone();
        for (key, family) in &self.families {
            let chain = t.fonts.entry(key.clone()).or_default();
            chain.retain(|n| n != family);
            chain.insert(0, family.clone());
        }
        t
    }
}

/// Characters every face of the body's families carries besides the text: the page numbers.
const PAGE_NUMBER_CHARS: &str = "0123456789— ";

/// Plan the embedding for a document: for each font key its styles use, the first face of its
/// chain that may be embedded (OS/2 `fsType` not restricted); for each such face the characters
/// it is to carry. The regular faces of the body's families (the CJK one and the Latin one)
/// carry every character of the document they have, since a character another face lacks falls
/// back to them; the others, bold faces included, carry what the PDF set in them.
pub fn plan(doc: &StyledDocument, paged: &PagedDocument, book: &FontBook) -> Embedding {
    let t = &*doc.template;
    let fonts = DocFonts::new(book, t);
    let mut keys: BTreeSet<String> = BTreeSet::new();
    for s in t.styles.values() {
        keys.insert(s.font.clone());
        keys.insert(s.latin.clone());
    }
    if t.fonts.contains_key("kai") {
        keys.insert("kai".into());
    }
    let mut families = BTreeMap::new();
    let mut bold_keys = BTreeSet::new();
    let mut faces: BTreeMap<(String, bool), Arc<Face>> = BTreeMap::new();
    for key in &keys {
        let Some(face) = fonts.chain(key, false).faces.iter().find(|f| embeddable(f)).cloned() else { continue };
        families.insert(key.clone(), face.family.clone());
        if face.bold {
            bold_keys.insert(key.clone());
        }
        faces.entry((face.family.clone(), face.bold)).or_insert(face);
    }
    // a style set bold to reach its CJK face sets its Latin letters and digits bold too
    for st in t.styles.values().filter(|st| bold_keys.contains(&st.font)) {
        let Some(family) = families.get(&st.latin) else { continue };
        if let Some(face) = fonts.chain(&st.latin, true).faces.iter().find(|f| f.bold && f.family == *family && embeddable(f)) {
            faces.entry((face.family.clone(), true)).or_insert_with(|| face.clone());
        }
    }
    // what the PDF drew in each face (bold runs, fallbacks), by family and weight
    let mut drawn: BTreeMap<(String, bool), BTreeSet<char>> = BTreeMap::new();
    for p in &paged.pages {
        for it in &p.items {
            if let crate::layout::Item::Text(tx) = it {
                let k = (tx.face.family.clone(), tx.face.bold);
                drawn.entry(k.clone()).or_default().extend(tx.glyphs.iter().flat_map(|g| g.text.chars()));
                if embeddable(&tx.face) && families.values().any(|f| *f == tx.face.family) {
                    faces.entry(k).or_insert_with(|| tx.face.clone());
                }
            }
        }
    }
    let body = t.style("body");
    let main: BTreeSet<&String> = [&body.font, &body.latin].into_iter().filter_map(|k| families.get(k)).collect();
    let all: BTreeSet<char> = doc.all_text().iter().flat_map(|(s, _)| s.chars().collect::<Vec<_>>()).chain(PAGE_NUMBER_CHARS.chars()).collect();
    let wanted: Vec<(Arc<Face>, BTreeSet<char>)> = faces
        .into_iter()
        .map(|((family, bold), face)| {
            // the body's regular faces carry everything; a bold face what the PDF set in it
            let mut chars: BTreeSet<char> = if main.contains(&family) && !bold { all.clone() } else { drawn.get(&(family, bold)).cloned().unwrap_or_default() };
            chars.extend(PAGE_NUMBER_CHARS.chars());
            chars.retain(|c| face.has(*c));
            (face, chars)
        })
        .collect();
    use rayon::prelude::*;
    let faces = wanted
        .par_iter()
        .filter_map(|(face, chars)| subset(face, chars).map(|data| EmbeddedFace { family: face.family.clone(), bold: face.bold, data }))
        .collect();
    Embedding { families, bold_keys, faces }
}

/// May the face be embedded in a document? Not when its OS/2 `fsType` says restricted licence
/// embedding (bit 1) or bitmap embedding only (bit 9): a user's commercial face stays out.
fn embeddable(face: &Face) -> bool {
    let Some(os2) = super::sfnt::table(face.data(), b"OS/2") else { return true };
    let fs_type = os2.get(8..10).map(|b| u16::from_be_bytes([b[0], b[1]])).unwrap_or(0);
    fs_type & 0x0202 == 0
}

/// A standalone OpenType subset of `face` with exactly `chars`.
fn subset(face: &Face, chars: &BTreeSet<char>) -> Option<Vec<u8>> {
    if chars.is_empty() {
        return None;
    }
    let map: BTreeMap<u32, u16> = chars.iter().filter_map(|c| face.glyph(*c).map(|g| (*c as u32, g as u16))).collect();
    let glyphs: Vec<u16> = map.values().copied().collect();
    let (mut tables, version) = super::sfnt::standalone(face, &glyphs, &map)?;
    for (tag, data) in tables.iter_mut() {
        if tag == b"CFF " {
            neutralise_fd_matrices(data);
        }
    }
    Some(super::sfnt::build(version, tables))
}

/// The bytes of an identity `FontMatrix` entry (`1 0 0 1 0 0 FontMatrix`) in a CFF DICT.
const IDENTITY_MATRIX: [u8; 8] = [0x8C, 0x8B, 0x8B, 0x8C, 0x8B, 0x8B, 12, 7];
/// Two `UniqueID 0` entries: as long as [`IDENTITY_MATRIX`] and without effect on outlines.
const NEUTRAL_ENTRIES: [u8; 8] = [28, 0, 0, 13, 28, 0, 0, 13];

/// Replace an identity `FontMatrix` in the Font DICTs of a CID-keyed CFF with entries of the same
/// length that do nothing. The subsets carry one in every Font DICT (the top DICT holds the
/// 1/1000 scale); that is valid CFF, but LibreOffice takes a Font DICT's matrix as the whole
/// matrix and prints every glyph a thousand times too large (measured: the seed's DOCX printed
/// with no CJK text visible). Rewriting in place keeps every offset of the table valid.
fn neutralise_fd_matrices(cff: &mut [u8]) {
    let Some(fd_array) = fd_array_offset(cff) else { return };
    let Some(dicts) = index_items(cff, fd_array) else { return };
    for (start, end) in dicts {
        let mut at = start;
        while let Some((operands, op, next)) = dict_entry(cff, at, end) {
            if op == 0x0C07 && cff.get(operands..next) == Some(&IDENTITY_MATRIX[..]) {
                cff[operands..next].copy_from_slice(&NEUTRAL_ENTRIES);
            }
            at = next;
        }
    }
}

/// The offset of the FDArray INDEX (top DICT operator 12 36), for a CID-keyed CFF.
fn fd_array_offset(cff: &[u8]) -> Option<usize> {
    let names = *cff.get(2)? as usize;
    let top = index_end(cff, names)?;
    let &(start, end) = index_items(cff, top)?.first()?;
    let mut at = start;
    while let Some((operands, op, next)) = dict_entry(cff, at, end) {
        if op == 0x0C24 {
            return dict_int(cff, operands).and_then(|v| usize::try_from(v).ok());
        }
        at = next;
    }
    None
}

/// The (start, end) byte ranges of the items of the INDEX at `at`.
fn index_items(cff: &[u8], at: usize) -> Option<Vec<(usize, usize)>> {
    let count = u16::from_be_bytes([*cff.get(at)?, *cff.get(at + 1)?]) as usize;
    if count == 0 {
        return Some(Vec::new());
    }
    let size = *cff.get(at + 2)? as usize;
    let offset = |i: usize| -> Option<usize> {
        let b = cff.get(at + 3 + i * size..at + 3 + (i + 1) * size)?;
        Some(b.iter().fold(0usize, |v, x| v << 8 | *x as usize))
    };
    let data = at + 3 + (count + 1) * size - 1;
    (0..count)
        .map(|i| Some((data + offset(i)?, data + offset(i + 1)?)))
        .collect::<Option<Vec<_>>>()
        .filter(|v| v.iter().all(|(a, b)| a <= b && *b <= cff.len()))
}

/// Where the INDEX at `at` ends.
fn index_end(cff: &[u8], at: usize) -> Option<usize> {
    let count = u16::from_be_bytes([*cff.get(at)?, *cff.get(at + 1)?]) as usize;
    if count == 0 {
        return Some(at + 2);
    }
    index_items(cff, at)?.last().map(|(_, end)| *end)
}

/// One DICT entry from `at` (before `end`): where its operands start, its operator (two-byte
/// operators as `0x0Cxx`) and where the next entry starts.
fn dict_entry(cff: &[u8], at: usize, end: usize) -> Option<(usize, u16, usize)> {
    let mut i = at;
    while i < end {
        let b = cff[i];
        i += match b {
            12 => return Some((at, 0x0C00 | *cff.get(i + 1)? as u16, i + 2)),
            0..=21 => return Some((at, b as u16, i + 1)),
            28 => 3,
            29 => 5,
            30 => cff[i + 1..end].iter().position(|n| n & 0x0F == 0x0F || n >> 4 == 0x0F)? + 2,
            32..=246 => 1,
            247..=254 => 2,
            _ => return None,
        };
    }
    None
}

/// The integer operand at `at` of a DICT.
fn dict_int(cff: &[u8], at: usize) -> Option<i64> {
    let b = *cff.get(at)? as i64;
    let n = |k: usize| cff.get(at + k).map(|x| *x as i64);
    Some(match b {
        32..=246 => b - 139,
        247..=250 => (b - 247) * 256 + n(1)? + 108,
        251..=254 => -(b - 251) * 256 - n(1)? - 108,
        28 => i16::from_be_bytes([n(1)? as u8, n(2)? as u8]) as i64,
        29 => i32::from_be_bytes([n(1)? as u8, n(2)? as u8, n(3)? as u8, n(4)? as u8]) as i64,
        _ => return None,
    })
}

/// The `w:fontKey` of a font part: a GUID made from the font's bytes (the same input gives the
/// same package).
pub fn font_key(data: &[u8]) -> String {
    let h = Sha256::digest(data);
    let hex: String = h[..16].iter().map(|b| format!("{b:02X}")).collect();
    format!("{{{}-{}-{}-{}-{}}}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// Obfuscate (or, applied again, recover) an embedded font: its first 32 bytes XORed with the
/// 16 bytes of the GUID `key`, taken from the GUID's last hex pair to its first (§17.8.1).
pub fn obfuscate(data: &[u8], key: &str) -> Vec<u8> {
    let hex: Vec<u8> = key.bytes().filter(u8::is_ascii_hexdigit).collect();
    let nibble = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
    let guid: Vec<u8> = hex.chunks(2).map(|p| nibble(p[0]) << 4 | nibble(*p.get(1).unwrap_or(&b'0'))).collect();
    let mut out = data.to_vec();
    if guid.len() == 16 {
        for (i, b) in out.iter_mut().take(32).enumerate() {
            *b ^= guid[15 - i % 16];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obfuscation_xors_the_first_32_bytes_with_the_guid_read_backwards() {
        let key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        let data: Vec<u8> = vec![0; 40];
        let o = obfuscate(&data, key);
        assert_eq!(o[0], 0xFF, "byte 0 takes the GUID's last pair");
        assert_eq!(o[15], 0x00, "byte 15 its first");
        assert_eq!(o[16], 0xFF, "the key is applied twice");
        assert_eq!(&o[32..], &data[32..], "past 32 bytes nothing changes");
        assert_eq!(obfuscate(&o, key), data, "applied twice it gives the font back");
    }

    #[test]
    fn an_identity_matrix_in_a_font_dict_is_overwritten_in_place() {
        // header, Name INDEX ("A"), Top DICT INDEX (FDArray at 28), String and Global Subr INDEXes
        // (empty), then the FDArray INDEX: one Font DICT with an identity matrix and Private
        let mut cff = vec![1, 0, 4, 1];
        cff.extend([0, 1, 1, 1, 2, b'A']);
        cff.extend([0, 1, 1, 1, 4, 28 + 139, 12, 36]);
        cff.extend([0, 0, 0, 0]);
        assert_eq!(cff.len(), 22);
        cff.extend([0; 6]);
        let fd = [&IDENTITY_MATRIX[..], &[139, 139, 18]].concat();
        cff.extend([0, 1, 1, 1, 1 + fd.len() as u8]);
        cff.extend(&fd);
        let before = cff.clone();
        neutralise_fd_matrices(&mut cff);
        assert_eq!(cff.len(), before.len());
        assert_eq!(&cff[33..41], &NEUTRAL_ENTRIES, "the matrix is gone");
        assert_eq!(&cff[41..], &before[41..], "the Private entry after it is untouched");
        assert_eq!(&cff[..33], &before[..33]);
    }

    #[test]
    fn font_keys_are_guids_that_depend_on_the_bytes() {
        let a = font_key(b"one");
        assert_eq!(a.len(), 38);
        assert!(a.starts_with('{') && a.ends_with('}') && a.matches('-').count() == 4, "{a}");
        assert_eq!(a, font_key(b"one"));
        assert_ne!(a, font_key(b"two"));
    }
}
