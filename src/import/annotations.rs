//! Before the passes: a mirror site's pinyin (`會（huì）議`, `發(fā)布`, or without tones,
//! `政(zheng)府(fu)`) is taken out of the page, so that every rule reads the characters alone,
//! and after them it is put back into every text of the imported document where the page had
//! it. A text the page holds whole (a paragraph, a value from its own line) gets the
//! annotations it had there; one the passes joined or cut goes character by character: the
//! annotation a character had among the same neighbours, else the one it had most often.
//! Nothing of the page is lost: `tests/corpus.rs` finds every line, pinyin and all, in the
//! PDF, DOCX and HTML.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};

use super::chars::{han, pinyin_at};
use super::{Imported, Removed, Warning};
use crate::model::{Block, BlockKind, Document, Inline, InlineKind, Meta, Span};

/// Fewer annotations than this on a page are the text's own glosses, read as written.
const MIN_ANNOTATIONS: usize = 3;

/// The page's annotations, kept while the passes read it without them.
pub struct Annotations {
    /// Where annotations were cut: offset in the text without them, and bytes cut there and
    /// before.
    cuts: Vec<(usize, usize)>,
    /// The page's Chinese characters in order, and where each starts in it.
    hans: String,
    starts: Vec<usize>,
    /// Where each of them stands in the text without annotations.
    offsets: Vec<usize>,
    /// The annotation after each of them.
    pinyin: Vec<Option<String>>,
    /// Where the last text was found in `hans`: texts come in the page's order.
    cursor: Cell<usize>,
    /// What an annotated character carried among given neighbours, and how often.
    seen: HashMap<(Window, String), BTreeMap<Option<String>, u32>>,
}

/// A text with fewer Chinese characters than this is not looked for whole on the page (it
/// could be anywhere): its characters go by their neighbours.
const MIN_LOCATED: usize = 4;

/// The neighbours a character is known by, most telling first: two characters either side,
/// two before, two after, one before, one after, none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Window {
    Centre,
    Before2,
    After2,
    Before1,
    After1,
    Alone,
}

impl Window {
    const ALL: [Window; 6] = [Window::Centre, Window::Before2, Window::After2, Window::Before1, Window::After1, Window::Alone];

    /// The characters (Chinese ones only) this window reads around `j`, if they are all there.
    fn key(self, h: &[char], j: usize) -> Option<String> {
        let (before, after) = match self {
            Window::Centre => (2, 2),
            Window::Before2 => (2, 0),
            Window::After2 => (0, 2),
            Window::Before1 => (1, 0),
            Window::After1 => (0, 1),
            Window::Alone => (0, 0),
        };
        (j >= before && j + after < h.len()).then(|| h[j - before..=j + after].iter().collect())
    }
}

/// A page annotates without tones when it has this many syllables in brackets after its
/// characters (`桂(gui)`); fewer are the text's own letters (`附件(a)`).
const MIN_TONELESS: usize = 5;

/// The length of a toneless annotation at `k` (`(zheng)` after a character): a pinyin syllable
/// in brackets.
fn toneless_at(chars: &[char], k: usize) -> Option<usize> {
    if !matches!(chars[k], '（' | '(') || k == 0 || !han(chars[k - 1]) {
        return None;
    }
    let inner: String = chars[k + 1..].iter().take_while(|c| c.is_ascii_lowercase()).take(7).collect();
    let close = chars.get(k + 1 + inner.len()).is_some_and(|c| matches!(c, '）' | ')'));
    (close && syllable(&inner)).then_some(inner.len() + 2)
}

/// A pinyin syllable without its tone: an initial (or none), then a final.
fn syllable(s: &str) -> bool {
    let rest = INITIALS.iter().filter_map(|i| s.strip_prefix(i)).chain(std::iter::once(s));
    rest.into_iter().any(|f| FINALS.contains(&f))
}

/// Pinyin's initials, the two-letter ones first.
const INITIALS: &[&str] = &["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];

/// Pinyin's finals (`v` for ü, as keyboards write it).
const FINALS: &[&str] = &[
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong",
    "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve",
];

/// Which of a text's places on the page gives its annotations: the next after the last text
/// found (the body, in order), or the one with the most (a value of the front matter).
#[derive(Clone, Copy)]
enum Find {
    Next,
    Richest,
}

/// A text is looked for at most this many times on a page.
const MAX_OCCURRENCES: usize = 64;

/// The page without its annotations, and what they were; None when it has too few.
pub fn strip(text: &str) -> Option<(String, Annotations)> {
    if !text.contains(['（', '(']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    // (a mirror that leaves out the tones, `政(zheng)府(fu)`, is told by how often it annotates)
    let toneless = (1..chars.len()).filter(|&k| toneless_at(&chars, k).is_some()).take(MIN_TONELESS).count() == MIN_TONELESS;
    let annotation = |k: usize| pinyin_at(&chars, k).or_else(|| toneless_at(&chars, k).filter(|_| toneless));
    let mut out = String::with_capacity(text.len());
    let mut cuts = Vec::new();
    // the page's Chinese characters in order, each with its annotation
    let mut hans: Vec<(char, Option<String>)> = Vec::new();
    let mut offsets: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        out.push(c);
        k += 1;
        if !han(c) {
            continue;
        }
        let len = if k < chars.len() { annotation(k) } else { None };
        let pinyin = len.map(|len| {
            let cut: String = chars[k..k + len].iter().collect();
            let before = cuts.last().map_or(0, |(_, total)| *total);
            cuts.push((out.len(), before + cut.len()));
            k += len;
            cut.trim_matches(['（', '(', '）', ')', ' ']).to_string()
        });
        hans.push((c, pinyin));
        offsets.push(out.len() - c.len_utf8());
    }
    if cuts.len() < MIN_ANNOTATIONS {
        return None;
    }
    let seen = contexts(&hans);
    let starts = hans.iter().scan(0, |at, (c, _)| {
        let start = *at;
        *at += c.len_utf8();
        Some(start)
    });
    let starts: Vec<usize> = starts.collect();
    let (chars, pinyin): (String, Vec<Option<String>>) = hans.into_iter().unzip();
    Some((out, Annotations { cuts, hans: chars, starts, offsets, pinyin, cursor: Cell::new(0), seen }))
}

/// Each annotated character's contexts on the page, with what it carried in each.
fn contexts(hans: &[(char, Option<String>)]) -> HashMap<(Window, String), BTreeMap<Option<String>, u32>> {
    let annotated: std::collections::HashSet<char> = hans.iter().filter(|(_, p)| p.is_some()).map(|(c, _)| *c).collect();
    let h: Vec<char> = hans.iter().map(|(c, _)| *c).collect();
    let mut seen: HashMap<(Window, String), BTreeMap<Option<String>, u32>> = HashMap::new();
    for (j, (c, pinyin)) in hans.iter().enumerate() {
        if !annotated.contains(c) {
            continue;
        }
        for w in Window::ALL {
            if let Some(key) = w.key(&h, j) {
                *seen.entry((w, key)).or_default().entry(pinyin.clone()).or_default() += 1;
            }
        }
    }
    seen
}

impl Annotations {
    /// A text of the document with the page's annotations back after its characters.
    pub fn restore(&self, s: &str) -> String {
        self.restore_found(s, Find::Next)
    }

    fn restore_found(&self, s: &str, find: Find) -> String {
        let chars: Vec<char> = s.chars().collect();
        let h: Vec<char> = chars.iter().copied().filter(|&c| han(c)).collect();
        // the page's own text, found whole: its annotations, one by one
        let found = match find {
            Find::Next => self.locate(&h),
            Find::Richest => self.locate_richest(&h),
        };
        let mut out = String::with_capacity(s.len());
        let mut j = 0;
        for (k, &c) in chars.iter().enumerate() {
            out.push(c);
            if !han(c) {
                continue;
            }
            // (a text that kept its annotation, as a Markdown page's link may, keeps only it)
            let written = k + 1 < chars.len() && pinyin_at(&chars, k + 1).is_some();
            let p = match found {
                Some(at) => self.pinyin[at + j].as_deref(),
                None => self.annotation(&h, j),
            };
            if let Some(p) = p.filter(|_| !written) {
                out.push('（');
                out.push_str(p);
                out.push('）');
            }
            j += 1;
        }
        out
    }

    /// Where the page holds the characters `h` in a row (after the last text found, else
    /// anywhere), as an index into `hans`.
    fn locate(&self, h: &[char]) -> Option<usize> {
        if h.len() < MIN_LOCATED {
            return None;
        }
        let needle: String = h.iter().collect();
        let from = self.cursor.get().min(self.hans.len());
        let at = self.hans[from..].find(&needle).map(|k| from + k).or_else(|| self.hans.find(&needle))?;
        self.cursor.set(at + needle.len());
        self.starts.binary_search(&at).ok()
    }

    /// Where the page holds the characters `h` with the most annotations (a value taken to the
    /// front matter may be shown bare elsewhere: `…辦公廳` in the title, `…辦公(gong)廳(ting)`
    /// signing), as an index into `hans`.
    fn locate_richest(&self, h: &[char]) -> Option<usize> {
        if h.len() < MIN_LOCATED {
            return None;
        }
        let needle: String = h.iter().collect();
        let annotated = |at: usize| self.pinyin[at..at + h.len()].iter().filter(|p| p.is_some()).count();
        let found = self.hans.match_indices(&needle).take(MAX_OCCURRENCES).filter_map(|(at, _)| self.starts.binary_search(&at).ok());
        // (the first of the richest)
        found
            .fold(None, |best: Option<(usize, usize)>, at| match best {
                Some((_, n)) if n >= annotated(at) => best,
                _ => Some((at, annotated(at))),
            })
            .map(|(at, _)| at)
    }

    /// The annotation of the `j`th character of `h`: the one its closest known neighbours
    /// agree on, else the one it had most often.
    fn annotation(&self, h: &[char], j: usize) -> Option<&str> {
        let alone = self.seen.get(&(Window::Alone, h[j].to_string()))?;
        for w in &Window::ALL[..Window::ALL.len() - 1] {
            let found = w.key(h, j).and_then(|key| self.seen.get(&(*w, key)));
            if let Some(found) = found.filter(|f| f.len() == 1) {
                return found.keys().next()?.as_deref();
            }
        }
        // (ties go to the first in order: no annotation before any)
        let most = alone.values().max()?;
        alone.iter().find(|(_, n)| *n == most)?.0.as_deref()
    }

    /// An offset in the text without annotations, as an offset in the page.
    fn offset(&self, o: usize) -> usize {
        let n = self.cuts.partition_point(|(at, _)| *at <= o);
        o + n.checked_sub(1).map_or(0, |k| self.cuts[k].1)
    }

    /// The place in `hans` of the first Chinese character at or after an offset of the text
    /// without annotations.
    fn han_offset(&self, o: usize) -> usize {
        let j = self.offsets.partition_point(|&at| at < o);
        self.starts.get(j).copied().unwrap_or(self.hans.len())
    }

    fn span(&self, s: &mut Span) {
        *s = Span::new(self.offset(s.start), self.offset(s.end));
    }

    /// The imported document, its report and warnings with the annotations back, its spans
    /// pointing into the page as written.
    pub fn restore_imported(&self, im: &mut Imported) {
        let doc: &mut Document = &mut im.document;
        // (a value is looked for from its own line on, where the passes moved it from)
        for (key, t) in meta_texts(&mut doc.meta) {
            match key.and_then(|k| doc.meta_spans.get(k)) {
                Some(span) => {
                    self.cursor.set(self.han_offset(span.start));
                    *t = self.restore_found(t, Find::Next);
                }
                None => *t = self.restore_found(t, Find::Richest),
            }
        }
        // (the body and the report each in the page's order)
        self.cursor.set(0);
        self.blocks(&mut doc.blocks);
        crate::parse::walk_spans(&mut doc.blocks, &|s| self.span(s));
        for f in &mut doc.footnotes {
            self.blocks(&mut f.blocks);
            crate::parse::walk_spans(&mut f.blocks, &|s| self.span(s));
            self.span(&mut f.span);
        }
        doc.meta_spans.values_mut().for_each(|s| self.span(s));
        self.cursor.set(0);
        im.removed.iter_mut().for_each(|r: &mut Removed| r.text = self.restore(&r.text));
        im.warnings.iter_mut().for_each(|w: &mut Warning| w.message = self.restore(&w.message));
    }

    fn blocks(&self, blocks: &mut [Block]) {
        for b in blocks {
            match &mut b.kind {
                BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => self.inlines(content),
                BlockKind::List(l) => l.items.iter_mut().for_each(|it| self.blocks(&mut it.blocks)),
                BlockKind::Table(t) => {
                    t.rows.iter_mut().flatten().for_each(|c| self.inlines(&mut c.content));
                    t.caption.iter_mut().for_each(|c| *c = self.restore(c));
                }
                BlockKind::Quote(q) => self.blocks(q),
                BlockKind::Image(i) => {
                    i.alt = self.restore(&i.alt);
                    i.caption.iter_mut().for_each(|c| *c = self.restore(c));
                }
                BlockKind::Attachment(a) => {
                    a.title.iter_mut().for_each(|t| *t = self.restore(t));
                    self.blocks(&mut a.blocks);
                }
                BlockKind::Rule | BlockKind::PageBreak => {}
            }
        }
    }

    fn inlines(&self, v: &mut [Inline]) {
        for i in v {
            match &mut i.kind {
                InlineKind::Text(t) => *t = self.restore(t),
                InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } => self.inlines(c),
                InlineKind::Code(_) | InlineKind::LineBreak | InlineKind::FootnoteRef(_) => {}
            }
        }
    }
}

/// The front matter's texts as the page wrote them, each with the key its line's place is
/// kept under (`Document::meta_spans`), if it has one. Not the kind, secrecy and urgency:
/// words of fixed tables, which the style reads.
fn meta_texts(m: &mut Meta) -> Vec<(Option<&'static str>, &mut String)> {
    let mut v: Vec<(Option<&'static str>, &mut String)> = Vec::new();
    let keyed = [
        ("title", &mut m.title),
        ("subtitle", &mut m.subtitle),
        ("doc_number", &mut m.doc_number),
        ("date", &mut m.date),
        ("addressee", &mut m.addressee),
        ("signature", &mut m.signature),
        ("printer", &mut m.printer),
        ("print_date", &mut m.print_date),
        ("note", &mut m.note),
    ];
    for (key, f) in keyed {
        v.extend(f.as_mut().map(|t| (Some(key), t)));
    }
    for (key, list) in [("issuer", &mut m.issuer), ("signers", &mut m.signers), ("copies_to", &mut m.copies_to), ("attachments", &mut m.attachments)] {
        v.extend(list.iter_mut().map(|t| (Some(key), t)));
    }
    let mut unkeyed: Vec<&mut String> = Vec::new();
    for f in [&mut m.copy_number, &mut m.source, &mut m.description] {
        unkeyed.extend(f.as_mut());
    }
    unkeyed.extend(m.keywords.iter_mut());
    if let Some(b) = &mut m.bulletin {
        for f in [&mut b.name, &mut b.issue, &mut b.total_issue, &mut b.copies] {
            unkeyed.extend(f.as_mut());
        }
        for list in [&mut b.report_to, &mut b.send_to, &mut b.distribute_to] {
            unkeyed.extend(list.iter_mut());
        }
    }
    if let Some(c) = &mut m.contact {
        for f in [&mut c.organization, &mut c.person, &mut c.address] {
            unkeyed.extend(f.as_mut());
        }
    }
    if let Some(a) = &mut m.attendees {
        for list in [&mut a.present, &mut a.on_leave, &mut a.observers] {
            unkeyed.extend(list.iter_mut());
        }
    }
    v.extend(unkeyed.into_iter().map(|t| (None, t)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_a_few_glosses_is_read_as_written() {
        assert!(strip("拼音（pīn）一词").is_none());
        assert!(strip("没有括号的文字").is_none());
    }

    #[test]
    fn annotations_come_out_and_go_back_where_the_page_had_them() {
        let page = "湖南省衛(wèi)生廳關(guān)于印發(fā)通知\n各市衛(wèi)生局:\n省衛(wèi)生廳";
        let (text, ann) = strip(page).unwrap();
        assert_eq!(text, "湖南省衛生廳關于印發通知\n各市衛生局:\n省衛生廳");
        assert_eq!(ann.restore("湖南省衛生廳關于印發通知"), "湖南省衛（wèi）生廳關（guān）于印發（fā）通知");
        // a value cut from its line: its character carries what it most often did
        assert_eq!(ann.restore("衛生局"), "衛（wèi）生局");
        // a character never annotated stays bare, and an annotation already there is not doubled
        assert_eq!(ann.restore("廳"), "廳");
        assert_eq!(ann.restore("衛（wèi）生"), "衛（wèi）生");
    }

    #[test]
    fn a_character_bare_in_one_context_stays_bare_there() {
        let page = "年(nián)终总结\n二〇〇一年七月\n年(nián)终奖励\n全年计划安排\n年(nián)度";
        let (_, ann) = strip(page).unwrap();
        assert_eq!(ann.restore("全年计划安排"), "全年计划安排");
        assert_eq!(ann.restore("年终奖励"), "年（nián）终奖励");
    }

    #[test]
    fn a_text_found_whole_on_the_page_gets_the_annotations_it_had_there() {
        // `组织` annotated once, bare twice: the paragraph that had it keeps it
        let page = "社会组织和个人捐赠\n（二）委托代管。社会组织(zǔzhī)和个人自愿将文物借与博物馆，安全(ānquán)保管。\n社会组织和个人\n本次(běncì)征集";
        let (text, ann) = strip(page).unwrap();
        let line = text.lines().nth(1).unwrap();
        assert_eq!(ann.restore(line), "（二）委托代管。社会组织（zǔzhī）和个人自愿将文物借与博物馆，安全（ānquán）保管。");
        assert_eq!(ann.restore("社会组织和个人捐赠"), "社会组织和个人捐赠");
    }

    #[test]
    fn a_mirror_that_leaves_out_the_tones_is_read_as_one_that_keeps_them() {
        let page = "桂(gui)農廳發〔2022〕149號\n各市、縣人民政(zheng)府(fu)，自治區人民政(zheng)府(fu)各組成部門、各直屬機構(gou)：";
        let (text, ann) = strip(page).unwrap();
        assert_eq!(text, "桂農廳發〔2022〕149號\n各市、縣人民政府，自治區人民政府各組成部門、各直屬機構：");
        assert_eq!(ann.restore("桂農廳發〔2022〕149號"), "桂（gui）農廳發〔2022〕149號");
        // a few letters in brackets are the text's own
        assert!(strip("見附件(a)和附件(b)，另見表(c)").is_none());
        assert!(syllable("zhuang") && syllable("lv") && !syllable("pdf") && !syllable("abc"));
    }

    #[test]
    fn a_front_matter_value_keeps_the_annotations_of_its_own_line() {
        let page = "國(guó)務(wù)院辦公廳關(guān)于福建省開發區問題的復函\n國辦函〔1988〕2號\n福建省人民政府：\n你省來函收悉。經國務(wù)院批準，同意設立開發區。\n國務(wù)院辦公廳\n一九八八年一月八日\n";
        let src = crate::diag::SourceFile::new("m10.txt", page.to_string());
        let im = super::super::import(&src, &Default::default());
        assert_eq!(im.document.meta.title.as_deref(), Some("國（guó）務（wù）院辦公廳關（guān）于福建省開發區問題的復函"));
        let signer = im.document.meta.issuer.first().or(im.document.meta.signature.as_ref());
        assert_eq!(signer.map(String::as_str), Some("國務（wù）院辦公廳"));
    }

    #[test]
    fn spans_point_into_the_page_as_written() {
        let page = "會(huì)議通知\n會(huì)議(huì)時間";
        let (text, ann) = strip(page).unwrap();
        let second = text.find('\n').unwrap() + 1;
        assert_eq!(&page[ann.offset(second)..], "會(huì)議(huì)時間");
        assert_eq!(ann.offset(0), 0);
        assert_eq!(ann.offset(text.len()), page.len());
    }
}
