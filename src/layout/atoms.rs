//! From styled runs to atoms: the unbreakable units of a line. Each atom is one shaped cluster
//! (a character, `——` as one glyph, a ligature) in the face its script and context choose, with
//! its width on the line, how much it may be compressed, and whether a line may break before it.

use std::sync::Arc;

use crate::diag::{Diagnostic, SourceFile};
use crate::fonts::{Chain, Face, FontBook};
use crate::model::Span;
use crate::style::Run;
use crate::style::template::{Style, Template};
use crate::style::units::Color;

/// What kind of character an atom is, for breaking, compression and justification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Han, kana, full-width letters: one cell.
    Ideo,
    /// Opening CJK punctuation: “‘（〔【《〈「『〖 — never at line end; ink on the right half.
    Open,
    /// Closing CJK punctuation: ，。、；：？！”’）〕】》〉」』〗 — never at line start; ink left.
    Close,
    /// Middle marks: · ： ； (centred ink), ——, ……
    Middle,
    /// A Latin letter, digit or symbol.
    Latin,
    /// A breakable space.
    Space,
    /// A forced line break.
    Newline,
}

#[derive(Debug, Clone)]
pub struct Glyph {
    pub id: u16,
    /// Offsets in ems from the atom's pen position.
    pub x_offset: f32,
    pub y_offset: f32,
    pub advance: f32,
}

#[derive(Debug, Clone)]
pub struct Atom {
    pub text: String,
    pub span: Span,
    pub face: Arc<Face>,
    pub size: f32,
    pub glyphs: Vec<Glyph>,
    /// Width on the line in points (a cell, or cells, for CJK in grid mode).
    pub width: f32,
    /// The glyphs' own advance in points (drawn centred in `width` when they differ).
    pub natural: f32,
    pub class: Class,
    /// Points the atom may give up (half a cell for punctuation).
    pub shrink: f32,
    /// May a line break before this atom?
    pub break_before: bool,
    pub color: Color,
    /// Synthesise bold by stroking (the face has no bold).
    pub fake_bold: bool,
    /// Slant Latin for emphasis (CJK emphasis is set in 楷体 instead).
    pub slant: bool,
    pub link: Option<String>,
    /// Superscript (footnote references).
    pub superscript: bool,
}

impl Atom {
    pub fn is_cjk(&self) -> bool {
        matches!(self.class, Class::Ideo | Class::Open | Class::Close | Class::Middle)
    }
}

/// Opening and closing CJK punctuation, as arrays of characters: every character of a
/// paragraph is looked up, and a string search decoded the table each time.
const OPEN: [char; 12] = ['“', '‘', '（', '〔', '【', '《', '〈', '「', '『', '〖', '｛', '［'];
const CLOSE: [char; 21] = ['，', '。', '、', '；', '：', '？', '！', '”', '’', '）', '〕', '】', '》', '〉', '」', '』', '〗', '｝', '］', '．', '％'];

/// Units that stay on the line of the number before them (typesetting.md: never split a number
/// and its unit). A digit already holds the unit's first character; these keep the rest.
/// Longest first, so that 平方公里 wins over 平方米's prefix.
const UNITS: &[&str] = &[
    "平方公里",
    "平方千米",
    "立方米",
    "平方米",
    "千瓦时",
    "个百分点",
    "百分点",
    "万千瓦",
    "万亩",
    "万吨",
    "万元",
    "亿元",
    "万人",
    "亿人",
    "千米",
    "公里",
    "厘米",
    "毫米",
    "微米",
    "纳米",
    "千克",
    "公斤",
    "毫克",
    "毫升",
    "公顷",
    "小时",
    "分钟",
    "人次",
    "美元",
    "欧元",
    "千瓦",
    "兆瓦",
    "万户",
    "年度",
];

/// The unit that stays with a number at the start of `rest` (the text after its last digit):
/// the longest of `UNITS`, else one Han character (2021年, 5个), else nothing. In bytes.
/// The HTML keeps the same pairs on one line as the PDF.
pub fn unit_after_number(rest: &str) -> usize {
    if let Some(u) = longest_unit(rest) {
        return u.len();
    }
    match rest.chars().next() {
        Some(c) if matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF) => c.len_utf8(),
        _ => 0,
    }
}

/// The longest unit of `UNITS` that `rest` starts with.
fn longest_unit(rest: &str) -> Option<&'static str> {
    UNITS.iter().copied().filter(|u| rest.starts_with(u)).max_by_key(|u| u.len())
}

/// A number's unit is not split across lines: after a digit, the characters of the longest
/// unit of `UNITS` that follows do not allow a break between them.
fn keep_units_whole(out: &mut [Atom]) {
    let mut k = 1;
    while k < out.len() {
        let after_digit = out[k - 1].text.chars().last().is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        if !after_digit {
            k += 1;
            continue;
        }
        let ahead: String = out[k..].iter().take(4).map(|a| a.text.as_str()).collect();
        let unit = longest_unit(&ahead);
        let mut n = 0;
        if let Some(u) = unit {
            let mut len = 0;
            while len < u.len() {
                len += out[k + n].text.len();
                n += 1;
            }
            for a in &mut out[k..k + n] {
                a.break_before = false;
            }
        }
        k += n.max(1);
    }
}

/// Characters whose width depends on context (curly quotes serve English and Chinese).
pub(crate) fn ambiguous(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·' | '―' | '–' | '•' | '°' | '×' | '÷' | '§' | '※' | '№')
}

/// A run's text cut where emphasis changes its look: `(piece, slanted)`. Emphasis slants Latin
/// letters and digits only; Han and full-width punctuation keep upright and take the 楷体 role
/// (there is no italic Han). Spaces and context-dependent marks stay with the piece before them.
/// The PDF decides per atom (`Atom::slant`); the DOCX and the HTML cut their runs with this.
pub fn emphasis_pieces(text: &str) -> Vec<(&str, bool)> {
    let slanted = |c: char| !is_wide(c) && !ambiguous(c) && !c.is_whitespace();
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || ambiguous(c) {
            continue;
        }
        let s = slanted(c);
        match current {
            Some(k) if k != s => {
                out.push((&text[start..i], k));
                start = i;
                current = Some(s);
            }
            None => current = Some(s),
            _ => {}
        }
    }
    if start < text.len() {
        out.push((&text[start..], current.unwrap_or(false)));
    }
    out
}

/// Han and the other characters that always take a full cell.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2460..=0x24FF | 0x2500..=0x257F | 0x25A0..=0x27BF | 0x2E80..=0x303E | 0x3041..=0x33FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xE000..=0xF8FF | 0xF900..=0xFAFF
        | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F | 0xFF01..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
        || matches!(c, '№' | '℃' | '‰' | '※' | '★' | '☆' | '○' | '●' | '◎' | '◇' | '◆' | '□' | '■' | '△' | '▲' | '→' | '←' | '↑' | '↓')
}

/// How atoms are measured: the grid (cells) or natural advances.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    /// Grid cell in points; None in proportional mode.
    pub cell: Option<f32>,
    /// Proportional mode: 1/4 em between CJK and Latin.
    pub cjk_latin_space: bool,
}

/// A face the role's chain came to after a bold one: a title's Traditional character (`辦`)
/// that the bold title face lacks is drawn from the regular body face, and made bold to match
/// its neighbours instead of standing out thin among them.
fn heavy_before(chain: &Chain, face: &Face) -> bool {
    chain.faces.iter().position(|f| f.key == face.key).is_some_and(|at| chain.faces[..at].iter().any(|f| f.bold))
}

/// Fonts of one document: template chains resolved once per (font key, bold).
pub struct DocFonts<'a> {
    pub book: &'a FontBook,
    pub template: &'a Template,
    /// Chains resolved so far, by key and weight: a handful, looked up for every run of text.
    cache: std::cell::RefCell<Vec<(String, bool, Arc<Chain>)>>,
}

impl<'a> DocFonts<'a> {
    pub fn new(book: &'a FontBook, template: &'a Template) -> DocFonts<'a> {
        DocFonts { book, template, cache: Default::default() }
    }

    pub fn chain(&self, key: &str, bold: bool) -> Arc<Chain> {
        if let Some((_, _, c)) = self.cache.borrow().iter().find(|(k, b, _)| k == key && *b == bold) {
            return c.clone();
        }
        let names = self.template.fonts.get(key).cloned().unwrap_or_default();
        // The embedded face for the role: the last family of the chain that is embedded.
        let fallback = names.iter().rev().find_map(|n| {
            let (fam, b) = match n.strip_suffix(" Bold") {
                Some(f) => (f, true),
                None => (n.as_str(), bold),
            };
            self.book.embedded(fam, b).or_else(|| self.book.embedded(fam, false)).map(|_| (fam.to_string(), b))
        });
        let resolved_names: Vec<(String, bool)> = names
            .iter()
            .map(|n| match n.strip_suffix(" Bold") {
                Some(f) if self.book.find(n, bold).is_none() => (f.to_string(), true),
                _ => (n.clone(), bold),
            })
            .collect();
        let mut faces: Vec<Arc<Face>> = Vec::new();
        for (n, b) in &resolved_names {
            if let Some(f) = self.book.find(n, *b).filter(|f| !faces.iter().any(|x| x.key == f.key)) {
                faces.push(f);
            }
        }
        let (fb_name, fb_bold) = fallback.unwrap_or_else(|| ("Noto Serif CJK SC".into(), bold));
        let mut chain = Chain::resolve(self.book, &[], fb_bold, (&fb_name, fb_bold));
        // the template's faces first, then the fallback chain
        let mut all = faces;
        for f in chain.faces.drain(..) {
            if !all.iter().any(|x| x.key == f.key) {
                all.push(f);
            }
        }
        let c = Arc::new(Chain { faces: all });
        self.cache.borrow_mut().push((key.to_string(), bold, c.clone()));
        c
    }
}

/// A character no face covers.
#[derive(Debug, Clone)]
pub struct Missing {
    pub ch: char,
    pub offset: usize,
}

pub struct AtomOptions<'a> {
    pub style: &'a Style,
    pub measure: Measure,
    pub size: f32,
}

/// Does a character of a run's text stand for this character of its source? The same one, or
/// the full-width mark the importer restored for an ASCII one (`,` → `，`, `"` → `“`, `.` → `。`).
pub fn stands_for(text: char, source: char) -> bool {
    text == source
        || source.is_ascii_punctuation()
            && (text as u32 == source as u32 + 0xFEE0 || matches!((source, text), ('"', '“' | '”') | ('\'', '‘' | '’') | ('.', '。') | ('|', '｜')))
}

/// Each character of a run's text with its offset and length in the source: the text and its
/// source span walked together, source white space the text lacks (joined lines) skipped and
/// restored full-width marks read as their source; None for every character from where the
/// two part.
pub fn source_offsets(source: &str, span: Span, text: &str) -> Vec<Option<(usize, usize)>> {
    let mut out = Vec::with_capacity(text.len());
    let mut src = source.get(span.start..span.end).unwrap_or("").char_indices().peekable();
    for c in text.chars() {
        while src.peek().is_some_and(|&(_, s)| s.is_whitespace() && !c.is_whitespace()) {
            src.next();
        }
        match src.peek() {
            Some(&(i, s)) if stands_for(c, s) || c.is_whitespace() && s.is_whitespace() => {
                src.next();
                out.push(Some((span.start + i, s.len_utf8())));
            }
            _ => break,
        }
    }
    out
}

/// Build the atoms of a paragraph's runs.
pub fn atoms(runs: &[Run], fonts: &DocFonts, opts: &AtomOptions, src: &SourceFile, missing: &mut Vec<Missing>) -> Vec<Atom> {
    // 1. characters with their run, in order; the text of the whole paragraph for UAX #14
    struct Ch {
        c: char,
        run: usize,
        /// Where the character is in the source, and its length there (an empty span at the
        /// run's start when the text parted from its source before it: no break or mark is
        /// ever placed at a guessed offset).
        offset: usize,
        len: usize,
    }
    let count: usize = runs.iter().map(|r| r.text.chars().count()).sum();
    let mut chars: Vec<Ch> = Vec::with_capacity(count);
    let mut para = String::with_capacity(runs.iter().map(|r| r.text.len()).sum());
    let mut starts: Vec<usize> = Vec::with_capacity(count);
    for (ri, r) in runs.iter().enumerate() {
        // (most runs are their source: walked only when not)
        let exact = src.text.get(r.span.start..r.span.end).is_some_and(|s| s == r.text);
        let walked = if exact { Vec::new() } else { source_offsets(&src.text, r.span, &r.text) };
        for (k, (bi, c)) in r.text.char_indices().enumerate() {
            let (offset, len) = if exact { (r.span.start + bi, c.len_utf8()) } else { walked.get(k).copied().flatten().unwrap_or((r.span.start, 0)) };
            let c = if c == '\t' { ' ' } else { c };
            chars.push(Ch { c, run: ri, offset, len });
            starts.push(para.len());
            para.push(c);
        }
    }
    if chars.is_empty() {
        return Vec::new();
    }
    let mut uax = vec![false; para.len() + 1];
    for (i, op) in unicode_linebreak::linebreaks(&para) {
        if i <= para.len() {
            uax[i] = matches!(op, unicode_linebreak::BreakOpportunity::Allowed | unicode_linebreak::BreakOpportunity::Mandatory);
        }
    }

    // 2. class of each character, deciding ambiguous ones by their neighbours
    let base_class = |c: char| -> Option<Class> {
        if c == '\n' {
            Some(Class::Newline)
        } else if c == ' ' {
            // only the ordinary space breaks; U+00A0 stays glued to its neighbours
            Some(Class::Space)
        } else if OPEN.contains(&c) && !ambiguous(c) {
            Some(Class::Open)
        } else if CLOSE.contains(&c) && !ambiguous(c) {
            Some(Class::Close)
        } else if ambiguous(c) {
            None
        } else if is_wide(c) {
            Some(match c {
                '・' | '～' => Class::Middle,
                _ => Class::Ideo,
            })
        } else {
            Some(Class::Latin)
        }
    };
    let mut classes: Vec<Option<Class>> = chars.iter().map(|ch| base_class(ch.c)).collect();
    let is_cjk_class = |c: Option<Class>| matches!(c, Some(Class::Ideo | Class::Open | Class::Close | Class::Middle));
    for i in 0..chars.len() {
        if classes[i].is_some() {
            continue;
        }
        let c = chars[i].c;
        // look outward past other ambiguous characters and spaces
        let prev = (0..i).rev().map(|j| classes[j]).find(|k| k.is_some() && *k != Some(Class::Space)).flatten();
        let next = (i + 1..chars.len()).map(|j| base_class(chars[j].c)).find(|k| k.is_some() && *k != Some(Class::Space)).flatten();
        let cjk = match c {
            // an opening quote belongs to what follows, a closing one to what precedes
            '“' | '‘' => is_cjk_class(next) || next.is_none() && is_cjk_class(prev),
            '”' | '’' => is_cjk_class(prev) || prev.is_none() && is_cjk_class(next),
            _ => is_cjk_class(prev) || is_cjk_class(next),
        };
        classes[i] = Some(if !cjk {
            Class::Latin
        } else {
            match c {
                '“' | '‘' => Class::Open,
                '”' | '’' => Class::Close,
                _ => Class::Middle,
            }
        });
    }

    // 3. face of each character; group into segments of one face and one class family
    let style = opts.style;
    // an atom per character at most
    let mut out: Vec<Atom> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let run = &runs[chars[i].run];
        let class = classes[i].unwrap_or(Class::Latin);
        if class == Class::Newline || class == Class::Space {
            let face = fonts
                .chain(&style.latin, run.bold)
                .faces
                .first()
                .cloned()
                .or_else(|| fonts.chain(&style.font, false).faces.first().cloned())
                .expect("an embedded face");
            let w = if class == Class::Space {
                face.glyph(' ').map(|_| face.shape(" ", false).first().map(|g| g.advance).unwrap_or(0.25)).unwrap_or(0.25) * opts.size
            } else {
                0.0
            };
            out.push(Atom {
                text: chars[i].c.to_string(),
                span: Span::new(chars[i].offset, chars[i].offset + chars[i].len),
                face,
                size: opts.size,
                glyphs: Vec::new(),
                width: w,
                natural: w,
                class,
                shrink: 0.0,
                break_before: false,
                color: style.color,
                fake_bold: false,
                slant: false,
                link: run.link.clone(),
                superscript: false,
            });
            i += 1;
            continue;
        }
        let cjk = class != Class::Latin;
        // emphasis in CJK text is set in the 楷体 role (there is no italic Han)
        let key = if cjk { if run.italic && fonts.template.fonts.contains_key("kai") { "kai" } else { style.font.as_str() } } else { style.latin.as_str() };
        let bold = run.bold || style.bold;
        let chain = fonts.chain(key, bold);
        let alt = if cjk { None } else { Some(fonts.chain(&style.font, bold)) };
        let pick = |c: char| -> Option<Arc<Face>> { chain.face_for(c).cloned().or_else(|| alt.as_ref().and_then(|a| a.face_for(c).cloned())) };
        let face = match pick(chars[i].c) {
            Some(f) => f,
            None => {
                missing.push(Missing { ch: chars[i].c, offset: chars[i].offset });
                chain.faces.first().cloned().expect("an embedded face")
            }
        };
        // extend the segment while run, class family and face stay the same
        let mut j = i + 1;
        while j < chars.len()
            && chars[j].run == chars[i].run
            && classes[j].is_some_and(|k| (k != Class::Latin) == cjk && k != Class::Newline && k != Class::Space)
            && pick(chars[j].c).is_some_and(|f| f.key == face.key)
        {
            j += 1;
        }
        let seg: String = chars[i..j].iter().map(|c| c.c).collect();
        let shaped = face.shape(&seg, cjk);
        // byte offset in seg → char index in i..j
        let seg_starts: Vec<usize> = seg.char_indices().map(|(b, _)| b).collect();
        let char_at = |b: usize| seg_starts.partition_point(|&s| s <= b).saturating_sub(1);
        // clusters in order: group glyphs by cluster start
        let mut k = 0;
        while k < shaped.len() {
            let cl = shaped[k].cluster;
            let mut m = k + 1;
            while m < shaped.len() && shaped[m].cluster == cl {
                m += 1;
            }
            let first = char_at(cl);
            let next_cluster = shaped.get(m).map(|g| g.cluster).filter(|c| *c > cl).unwrap_or(seg.len());
            let last = char_at(next_cluster.saturating_sub(1)).max(first);
            let ci = i + first;
            let cj = i + last + 1;
            let text: String = chars[ci..cj].iter().map(|c| c.c).collect();
            let adv: f32 = shaped[k..m].iter().map(|g| g.advance).sum();
            let natural = adv * opts.size;
            let aclass = classes[ci].unwrap_or(Class::Latin);
            let n_chars = cj - ci;
            let width = match (opts.measure.cell, cjk) {
                (Some(cell), true) => cell * (adv.round().max(n_chars as f32).max(1.0)),
                _ => natural,
            };
            let cell_w = opts.measure.cell.unwrap_or(opts.size);
            // punctuation may give up what it has beyond half a cell, never more: a mark whose
            // glyph is already narrow (a proportional ·) does not shrink
            let half_cell_over = (width - cell_w * 0.5).clamp(0.0, cell_w * 0.5);
            let shrink = match aclass {
                Class::Open | Class::Close => half_cell_over,
                Class::Middle if n_chars == 1 && !matches!(chars[ci].c, '—' | '…') => half_cell_over,
                _ => 0.0,
            };
            let fake_bold = !face.bold && (bold || heavy_before(&chain, &face));
            out.push(Atom {
                text,
                span: Span::new(chars[ci].offset, if chars[cj - 1].len == 0 { chars[ci].offset } else { chars[cj - 1].offset + chars[cj - 1].len }),
                face: face.clone(),
                size: opts.size,
                glyphs: shaped[k..m]
                    .iter()
                    .map(|g| Glyph { id: g.glyph.min(u16::MAX as u32) as u16, x_offset: g.x_offset, y_offset: g.y_offset, advance: g.advance })
                    .collect(),
                width,
                natural,
                class: aclass,
                shrink,
                break_before: false,
                color: style.color,
                fake_bold,
                slant: run.italic && !cjk,
                link: run.link.clone(),
                superscript: run.note.is_some(),
            });
            k = m;
        }
        i = j;
    }

    // footnote references: small and raised
    for a in &mut out {
        if a.superscript {
            a.size *= 0.6;
            a.width *= 0.6;
            a.natural *= 0.6;
        }
    }

    // 4. break opportunities (before each atom)
    let starts_of: Vec<usize> = {
        // byte offset in `para` of each atom's first character
        let mut v = Vec::with_capacity(out.len());
        let mut ci = 0;
        for a in &out {
            v.push(starts.get(ci).copied().unwrap_or(para.len()));
            ci += a.text.chars().count();
        }
        v
    };
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let last_a = a.text.chars().last().unwrap_or(' ');
        let first_b = b.text.chars().next().unwrap_or(' ');
        let allowed = if a.class == Class::Newline {
            true
        } else if b.class == Class::Newline || b.class == Class::Space {
            false
        } else if a.class == Class::Space {
            true
        } else if matches!(b.class, Class::Close) || "%‰℃％".contains(first_b) {
            false
        } else if matches!(a.class, Class::Open) {
            false
        } else if last_a == first_b && matches!(first_b, '—' | '…') {
            false
        } else if last_a.is_ascii_digit() && (b.class == Class::Ideo || b.class == Class::Middle) {
            // a number and its unit: 2021年, 30%, 5个
            false
        } else if a.class == Class::Latin && b.class == Class::Latin {
            uax[starts_of[k]]
        } else if b.class == Class::Latin && "!),.:;?]}'\"".contains(first_b) {
            false
        } else if a.class == Class::Latin && "([{'\"$¥#".contains(last_a) {
            false
        } else if b.class == Class::Middle && matches!(first_b, '·' | '・') || a.class == Class::Middle && matches!(last_a, '·' | '・') {
            // 中外人名 间隔号: never at line start; keep with what precedes
            !matches!(first_b, '·' | '・')
        } else {
            true
        };
        out[k].break_before = allowed;
    }
    keep_units_whole(&mut out);

    // 5. proportional mode: 1/4 em between CJK and Latin letters or digits
    if opts.measure.cell.is_none() && opts.measure.cjk_latin_space {
        for k in 1..out.len() {
            let (a, b) = (&out[k - 1], &out[k]);
            let latin_word = |x: &Atom| x.class == Class::Latin && x.text.chars().all(|c| c.is_alphanumeric());
            if (a.class == Class::Ideo && latin_word(b)) || (latin_word(a) && b.class == Class::Ideo) {
                let extra = 0.25 * opts.size;
                out[k - 1].width += extra;
            }
        }
        // and adjacent punctuation shrinks from 2 em to 1.5 em (half of the first)
        for k in 1..out.len() {
            let pair = matches!(out[k - 1].class, Class::Close | Class::Open) && matches!(out[k].class, Class::Close | Class::Open);
            if pair && out[k - 1].class == Class::Close {
                let s = out[k - 1].shrink;
                out[k - 1].width -= s;
                out[k - 1].shrink = 0.0;
            } else if pair && out[k].class == Class::Open && out[k - 1].class == Class::Open {
                let s = out[k].shrink;
                out[k].width -= s;
                out[k].shrink = 0.0;
            }
        }
    }
    // a table keeps the atoms of all its cells at once: no more than an eighth unused (not
    // every paragraph's atoms moved to a block that fits them exactly)
    if out.capacity() - out.len() > out.len() / 8 {
        out.shrink_to_fit();
    }
    out
}

/// Report characters no face covers, at their source position.
pub fn missing_diagnostics(missing: &[Missing], src: &SourceFile, allow: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for m in missing {
        if !seen.insert((m.ch, m.offset)) {
            continue;
        }
        let at = Span::new(m.offset, m.offset + m.ch.len_utf8());
        if let Some(what) = crate::model::hidden_code(m.ch) {
            // not a character a font is missing: a control or direction code left in the text
            let msg = format!("the text holds {what} U+{:04X}, which is not printable", m.ch as u32);
            let d = if allow { Diagnostic::warning(msg + "; it is drawn as an empty box") } else { Diagnostic::error(msg) };
            out.push(d.at(src, at).hint("delete it: such codes are left by copying from PDFs, Word or web pages and never print"));
            continue;
        }
        let msg = format!("no font has the character {} (U+{:04X})", m.ch, m.ch as u32);
        let d = if allow { Diagnostic::warning(msg + "; it is drawn as an empty box") } else { Diagnostic::error(msg) };
        out.push(d.at(src, at).hint(if allow {
            "install a font with this character and pass --font-dir".to_string()
        } else {
            "install a font that has it and pass --font-dir DIR, or build with --allow-missing-glyphs".to_string()
        }));
    }
    out
}

/// A single line of text set without breaking (headers, footers, end-block cells).
pub fn simple_atoms(
    text: &str,
    style: &Style,
    size: f32,
    fonts: &DocFonts,
    measure: Measure,
    src: &SourceFile,
    span: Span,
    missing: &mut Vec<Missing>,
) -> Vec<Atom> {
    let runs = [Run { text: text.to_string(), span, ..Run::default() }];
    atoms(&runs, fonts, &AtomOptions { style, measure, size }, src, missing)
}

pub fn width(atoms: &[Atom]) -> f32 {
    atoms.iter().map(|a| a.width).sum()
}

#[cfg(test)]
mod tests {
    use super::{Span, emphasis_pieces, source_offsets};

    #[test]
    fn each_character_knows_its_place_in_a_source_the_importer_restored() {
        let source = "甲 1. 报名:考生,\n学校 ok";
        let span = Span::new(source.find('报').unwrap(), source.len());
        // (a line break the text joined with a space is that space)
        let source = source.replace("学校 ok", "学校\nok");
        let source = source.as_str();
        let at = source_offsets(source, span, "报名：考生，学校 ok");
        let at: Vec<(usize, usize)> = at.into_iter().map(|o| o.expect("every character placed")).collect();
        assert_eq!(&source[at[2].0..at[2].0 + at[2].1], ":");
        assert_eq!(&source[at[6].0..at[6].0 + at[6].1], "学");
        assert_eq!(at.len(), "报名：考生，学校 ok".chars().count());
        // from where the text is not its source, nothing is placed
        assert_eq!(source_offsets(source, span, "报名：别的").iter().filter(|o| o.is_some()).count(), 3);
    }

    #[test]
    fn emphasis_slants_latin_and_keeps_han_upright() {
        assert_eq!(emphasis_pieces("（五）做好督导总结宣传。"), vec![("（五）做好督导总结宣传。", false)]);
        assert_eq!(emphasis_pieces("按GB/T 9704执行"), vec![("按", false), ("GB/T 9704", true), ("执行", false)]);
        assert_eq!(emphasis_pieces("Word 文档"), vec![("Word ", true), ("文档", false)]);
        assert_eq!(emphasis_pieces(""), Vec::<(&str, bool)>::new());
    }
}
