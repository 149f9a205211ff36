//! The document: the page's front matter and its units as blocks. Plain text is taken literally;
//! a page that is Markdown has each unit parsed as Markdown (its tables, links and emphasis),
//! with spans pointing back into the input.

use super::chars::{restore_punctuation, squash, trim_all};
use super::page::{Class, ContactField, Page, Reason};
use super::passes::headings::{self, Treatment};
use super::passes::lines::inline_images;
use super::passes::units::{CellRule, Unit, UnitKind};
use super::{Removal, Removed};
use crate::diag::{Diagnostics, SourceFile};
use crate::model::*;

/// Build the document from the page and its units. Images inside running text are reported
/// in `removed` (unless kept).
pub fn document(page: &mut Page, units: &[Unit], src: &SourceFile, keep_all: bool, removed: &mut Vec<Removed>) -> Document {
    let texts: Vec<Option<String>> = units.iter().map(|u| (u.kind == UnitKind::Text).then(|| unit_text(page, u))).collect();
    let mut treatments = headings::decide(&texts);
    // (a sentence cut where the page stops is no heading: `（六）采取虚假打折、…的标价形`)
    if let Some(c) = page.cut
        && let Some(k) = units.iter().position(|u| u.lines.contains(&c))
    {
        treatments[k] = Treatment::Paragraph;
    }
    for i in headings::overruled(&texts, &treatments) {
        let text: String = texts[i].as_deref().unwrap_or("").chars().take(20).collect();
        let guess = match treatments[i] {
            Treatment::Heading(_) => format!("`{text}` is set as a heading like the other items numbered as it is; make it a paragraph if it is one"),
            _ => format!("`{text}` is set as a paragraph like the other items numbered as it is; make it a heading if it is one"),
        };
        page.guess(units[i].lines[0], guess);
    }
    let mut blocks = Vec::new();
    let mut footnotes = Vec::new();
    let issued = issued_document(page, units);
    for (k, (u, t)) in units.iter().zip(&treatments).enumerate() {
        if issued == Some(k) {
            let span = page.lines[u.lines[0]].span;
            blocks.push(Block { kind: BlockKind::Attachment(Attachment::unlabelled()), span });
        }
        match u.kind {
            UnitKind::Kept => {
                let l = &page.lines[u.lines[0]];
                blocks.push(Block { kind: BlockKind::Paragraph(vec![Inline::text(trim_all(&l.raw), l.span)]), span: l.span });
            }
            UnitKind::FlatTable(rule) => blocks.push(flat_table(page, u, rule)),
            UnitKind::Text if !page.markdownish => blocks.extend(plain_blocks(page, u, *t, keep_all, removed)),
            _ => {
                let (bs, notes) = markdown_blocks(page, u, src);
                footnotes.extend(notes);
                blocks.extend(bs.into_iter().map(|b| treat(b, *t)));
            }
        }
    }
    relevel(&mut blocks);
    let mut doc = Document { meta: std::mem::take(&mut page.meta), blocks, footnotes, meta_spans: std::mem::take(&mut page.spans) };
    finish_meta(&mut doc, page);
    crate::parse::split_attachments(&mut doc);
    doc
}

/// `梁山县人民政府` / `2023年3月9日` / `（此件公开发布）` / `梁山县突发事件总体应急预案` / `1 总则`…:
/// a 印发 notice's signature and date with the document it issues after them, under its own
/// title and no 附件 label. The unit that opens that document, to be set on pages of its own
/// after the signature (not above it, as its text would be).
fn issued_document(page: &Page, units: &[Unit]) -> Option<usize> {
    use super::page::{Class, Field};
    let first_text = units.iter().find(|u| u.kind == UnitKind::Text)?.lines[0];
    let end = (first_text..page.lines.len()).rev().find(|&i| matches!(page.lines[i].class, Class::Moved(Field::Date | Field::Note)))?;
    let k = units.iter().position(|u| u.lines[0] > end)?;
    // (a site's caption over it, `详细名单`, goes with it: only over a document the attachment
    // note names)
    let caption = |u: &Unit| {
        let t = unit_text(page, u);
        u.kind == UnitKind::Text && (2..=ISSUED_CAPTION_CHARS).contains(&t.chars().count()) && t.chars().all(super::chars::han) && !super::chars::ends_like_title(&t)
            // (a `附件` label opens the page itself)
            && crate::parse::attachment_label(&t).is_none()
    };
    if caption(&units[k]) && issued_head(page, units, k + 1) == Some(true) {
        return Some(k);
    }
    issued_head(page, units, k).is_some().then_some(k)
}

/// Unit `k` is the title of a document set after the end block, its text under it: whether the
/// attachment note names it (None when it is no such title).
fn issued_head(page: &Page, units: &[Unit], k: usize) -> Option<bool> {
    let u = units.get(k)?;
    let text = unit_text(page, u);
    // (`莱州市  村镇  区域  疫情  公告`: a page's tags, spaced apart, title nothing)
    // (or named in the notice's title: `城市地震应急技术系统规范（试行）` under `关于印发《…规范》（试行）的通知`)
    let named = text.chars().count() >= ISSUED_NAME_CHARS
        && page.meta.title.as_deref().is_some_and(|t| super::chars::unquoted(t).contains(&super::chars::unquoted(&text)));
    // (or named in the attachment note over the signature: `附件：…名单（第一次）` / … / `…名单（第一次）`)
    let attached = page.meta.attachments.iter().any(|a| a.chars().count() >= ISSUED_NAME_CHARS && super::chars::unquoted(&text) == super::chars::unquoted(a));
    let titled = u.kind == UnitKind::Text
        && text.chars().count() <= ISSUED_TITLE_CHARS
        && (named || attached || super::chars::ends_like_title(&text) && !super::chars::ends_sentence(&text))
        && !text.contains("  ")
        && crate::parse::attachment_label(&text).is_none();
    // and its text under it
    let text_follows = units[k + 1..].iter().any(|u| u.kind == UnitKind::Text);
    (titled && text_follows).then_some(attached)
}

/// A caption over an attached document is at most this long.
const ISSUED_CAPTION_CHARS: usize = 6;

/// A document the notice's title names has a name at least this long.
const ISSUED_NAME_CHARS: usize = 6;
/// The title of a document a notice issues is at most this long.
const ISSUED_TITLE_CHARS: usize = 40;

/// The page's top heading level is level 1 (a Markdown page's `##` sections are 一、).
fn relevel(blocks: &mut [Block]) {
    let top = blocks.iter().filter_map(|b| if let BlockKind::Heading { level, .. } = b.kind { Some(level) } else { None }).min().unwrap_or(1);
    for b in blocks.iter_mut() {
        if let BlockKind::Heading { level, .. } = &mut b.kind {
            *level = (*level + 1 - top).clamp(1, 4);
        }
    }
}

/// The text a reader sees of a unit, its lines joined.
pub fn unit_text(page: &Page, u: &Unit) -> String {
    let mut text = String::new();
    let mut prev: Option<&str> = None;
    for &i in &u.lines {
        let piece = &page.lines[i].text;
        let last = text.chars().last();
        let before_last = text.chars().rev().nth(1);
        // (a Latin word's line and the next, a word or a number: `…Juventude` / `22 de janeiro`)
        let word = piece.starts_with(|c: char| c.is_ascii_alphabetic())
            && (last.is_some_and(|c| c.is_ascii_alphabetic())
                || last.is_some_and(|c| ",.;:!?".contains(c)) && before_last.is_some_and(|c| c.is_ascii_alphabetic()));
        let number = piece.starts_with(|c: char| c.is_ascii_digit()) && last.is_some_and(|c| c.is_ascii_alphabetic()) && latin_words(&text);
        let latin = word || number;
        // rows of a grid of names: the last of one row and the first of the next stay apart
        let names = prev.is_some_and(name_row) && name_row(piece);
        if latin || names {
            text.push(' ');
        }
        text.push_str(piece);
        prev = Some(piece);
    }
    text
}

/// The text so far ends with a Latin word after a space (`…e de Desenvolvimento da Juventude`):
/// a line in a Western language, whose next line's number is a word of its own.
fn latin_words(text: &str) -> bool {
    let tail: String = text.chars().rev().take_while(|c| !c.is_whitespace()).collect();
    text.len() > tail.len()
        && tail.chars().all(|c| c.is_ascii_alphabetic())
        && text[..text.len() - tail.len()].trim_end().ends_with(|c: char| c.is_ascii_alphabetic())
}

/// `兰玉华 李金保 李先平 缪延相 陈 忠`: a row of a grid of names (three or more short Han
/// words apart).
fn name_row(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= 3 && words.iter().all(|w| w.chars().count() <= NAME_CHARS && w.chars().all(super::chars::han))
}

/// A name in a grid of names is at most this long.
const NAME_CHARS: usize = 4;

fn unit_span(page: &Page, u: &Unit) -> Span {
    let first = page.lines[u.lines[0]].span;
    let last = page.lines[*u.lines.last().unwrap_or(&u.lines[0])].span;
    first.join(last)
}

/// A plain-text unit as its blocks: one, or a heading over its paragraph for a split lead.
fn plain_blocks(page: &Page, u: &Unit, t: Treatment, keep_all: bool, removed: &mut Vec<Removed>) -> Vec<Block> {
    let Treatment::Split { level, lead } = t else { return vec![plain_block(page, u, t, keep_all, removed)] };
    let b = plain_block(page, u, Treatment::RunIn { level, lead }, keep_all, removed);
    let BlockKind::Paragraph(content) = &b.kind else { return vec![b] };
    match &content[..] {
        [Inline { kind: InlineKind::Strong(head) | InlineKind::Emphasis(head), .. }, rest @ ..] if !rest.is_empty() => vec![
            Block { kind: BlockKind::Heading { level, content: head.clone() }, span: b.span },
            Block { kind: BlockKind::Paragraph(rest.to_vec()), span: b.span },
        ],
        _ => vec![b],
    }
}

/// A table the page flattened into rows of cells: each cell's text as written; a `|---|` row
/// closes the head, else the first row is the head (a flattened table's column names); rows
/// short of the widest get empty cells at their end, as the page showed them.
fn flat_table(page: &Page, u: &Unit, rule: CellRule) -> Block {
    use super::passes::units::is_delimiter_cell;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut head = None;
    for &i in &u.lines {
        let l = &page.lines[i];
        let cells = rule.cells(&l.text).unwrap_or_default();
        if cells.iter().all(|c| is_delimiter_cell(c)) {
            head.get_or_insert(rows.len());
            continue;
        }
        let spans = cell_spans(&l.raw, l.span, rule);
        let span = |k: usize| spans.get(k).copied().filter(|_| spans.len() == cells.len()).unwrap_or(l.span);
        let cell = |(k, c): (usize, &str)| Cell {
            content: if c.is_empty() { Vec::new() } else { vec![Inline::text(c, span(k))] },
            colspan: 1,
            rowspan: 1,
            span: span(k),
        };
        rows.push(cells.iter().copied().enumerate().map(cell).collect());
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in &mut rows {
        let span = r.first().map_or_else(Span::default, |c| c.span);
        r.resize(width, Cell { content: Vec::new(), colspan: 1, rowspan: 1, span });
    }
    let header_rows = head.unwrap_or(1).min(rows.len().saturating_sub(1));
    let table = Table { header_rows, rows, align: vec![Align::Auto; width], widths: Vec::new(), caption: None };
    Block { kind: BlockKind::Table(table), span: unit_span(page, u) }
}

/// Where each cell of a row is in the input (trimmed), from the line as written: between two
/// bars of a pipe row, between the line's ends and its tabs in a tab-parted one.
fn cell_spans(raw: &str, line: Span, rule: CellRule) -> Vec<Span> {
    let lead = raw.len() - raw.trim_start().len();
    let body = &raw[lead..raw.trim_end().len().max(lead)];
    let mut bounds: Vec<(usize, usize)> = body.char_indices().filter(|(_, c)| rule.parts(*c)).map(|(i, c)| (i, i + c.len_utf8())).collect();
    if rule == CellRule::Tabs {
        bounds.insert(0, (0, 0));
        bounds.push((body.len(), body.len()));
    }
    bounds
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0].1, w[1].0);
            let cell = &body[a..b];
            let start = line.start + lead + a + (cell.len() - cell.trim_start().len());
            Span::new(start, start + cell.trim().len())
        })
        .collect()
}

/// A plain-text unit: a paragraph, a heading or a run-in heading; images inside it reported.
fn plain_block(page: &Page, u: &Unit, t: Treatment, keep_all: bool, removed: &mut Vec<Removed>) -> Block {
    let span = unit_span(page, u);
    let mut text = unit_text(page, u);
    // images inside the running text (the page's figures) are chrome: reported, not kept
    let images = inline_images(&text);
    if !images.is_empty() && !keep_all {
        let mut kept = String::with_capacity(text.len());
        let mut at = 0;
        for r in images {
            kept.push_str(&text[at..r.start]);
            removed.push(Removed {
                line: page.lines[u.lines[0]].origin,
                last_line: page.lines[u.lines[0]].origin,
                text: text[r.clone()].to_string(),
                what: Removal::Residue(super::page::Reason::ImagePlaceholder),
            });
            at = r.end;
        }
        kept.push_str(&text[at..]);
        text = kept;
    }
    let text = text.trim().to_string();
    let kind = match t {
        Treatment::Heading(level) => BlockKind::Heading { level, content: vec![Inline::text(text, span)] },
        Treatment::RunIn { level, lead } if lead < text.len() && text.is_char_boundary(lead) => {
            BlockKind::Paragraph(run_in(level, vec![Inline::text(&text[..lead], span)], vec![Inline::text(&text[lead..], span)], span))
        }
        _ => BlockKind::Paragraph(vec![Inline::text(text, span)]),
    };
    Block { kind, span }
}

/// A run-in heading: its lead phrase set as its level's heading (黑体 bold for 一、 and 1.,
/// 楷体 for （一）), the text after it plain.
fn run_in(level: u8, lead: Vec<Inline>, rest: Vec<Inline>, span: Span) -> Vec<Inline> {
    let kind = if level == 2 { InlineKind::Emphasis(lead) } else { InlineKind::Strong(lead) };
    std::iter::once(Inline { kind, span }).chain(rest).collect()
}

/// A unit of a Markdown page, parsed as Markdown with spans into the input.
fn markdown_blocks(page: &Page, u: &Unit, src: &SourceFile) -> (Vec<Block>, Vec<Footnote>) {
    // the unit's lines, each mapped back to where it starts in the input
    let mut text = String::new();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for &i in &u.lines {
        let l = &page.lines[i];
        starts.push((text.len(), l.span.start));
        text.push_str(&src.text[l.span.start..l.span.end]);
        text.push('\n');
    }
    let inner = SourceFile::new(src.path.clone(), text);
    let (mut blocks, mut notes) = crate::parse::markdown::parse_body(&inner, &mut Diagnostics::default());
    let map = |s: &mut Span| {
        let to = |o: usize| {
            let k = starts.partition_point(|(at, _)| *at <= o).saturating_sub(1);
            starts.get(k).map_or(o, |(at, orig)| orig + (o - at))
        };
        *s = Span::new(to(s.start), to(s.end.saturating_sub(1)) + 1);
    };
    crate::parse::walk_spans(&mut blocks, &map);
    for f in &mut notes {
        map(&mut f.span);
        crate::parse::walk_spans(&mut f.blocks, &map);
    }
    restore_blocks(&mut blocks);
    (blocks, notes)
}

/// Full-width punctuation back in the text of a Markdown page (link targets untouched), and
/// its emoji out (reported with their lines, as a plain page's are).
fn restore_blocks(blocks: &mut [Block]) {
    fn inl(v: &mut [Inline]) {
        for i in v {
            match &mut i.kind {
                InlineKind::Text(t) => *t = restore_punctuation(&super::chars::without_emoji(t).0),
                InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } => inl(c),
                _ => {}
            }
        }
    }
    for b in blocks {
        match &mut b.kind {
            BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => inl(content),
            BlockKind::List(l) => l.items.iter_mut().for_each(|it| restore_blocks(&mut it.blocks)),
            BlockKind::Table(t) => t.rows.iter_mut().flatten().for_each(|c| inl(&mut c.content)),
            BlockKind::Quote(q) => restore_blocks(q),
            BlockKind::Attachment(a) => restore_blocks(&mut a.blocks),
            _ => {}
        }
    }
}

/// A numbered paragraph of a Markdown page becomes the heading (or run-in heading) it is.
fn treat(b: Block, t: Treatment) -> Block {
    let BlockKind::Paragraph(content) = &b.kind else { return b };
    match t {
        Treatment::Heading(level) => Block { kind: BlockKind::Heading { level, content: content.clone() }, span: b.span },
        // (a Markdown page's paragraph stays one block: its lead runs in)
        Treatment::RunIn { level, lead } | Treatment::Split { level, lead } => {
            // split the first text inline at the lead (the lead counts from the unit's text,
            // which starts with this inline when the paragraph opens with plain text)
            let Some(Inline { kind: InlineKind::Text(first), span }) = content.first() else { return b };
            let lead =
                first.char_indices().map(|(p, _)| p).chain(std::iter::once(first.len())).find(|&p| squash(&first[..p]).len() >= lead.min(squash(first).len()));
            match lead {
                Some(l) if l > 0 && l < first.len() => {
                    let rest: Vec<Inline> = std::iter::once(Inline::text(&first[l..], *span)).chain(content[1..].iter().cloned()).collect();
                    Block { kind: BlockKind::Paragraph(run_in(level, vec![Inline::text(&first[..l], *span)], rest, *span)), span: b.span }
                }
                _ => b,
            }
        }
        Treatment::Paragraph => b,
    }
}

/// Contact, source, the issuer a page implies, headings relevelled.
fn finish_meta(doc: &mut Document, page: &mut Page) {
    let m = &mut doc.meta;
    if !page.contact.is_empty() {
        let c = |f: ContactField| page.contact.get(&f).map(|v| restore_punctuation(v));
        let mut contact = Contact {
            organization: c(ContactField::Organization),
            person: c(ContactField::Person),
            phone: c(ContactField::Phone),
            fax: c(ContactField::Fax),
            address: c(ContactField::Address),
            postcode: c(ContactField::Postcode),
            email: c(ContactField::Email),
            website: c(ContactField::Website),
        };
        if contact.organization.is_none() {
            contact.organization = m.issuer.first().cloned().or_else(|| page.source.clone().filter(|s| super::chars::looks_like_org(s)));
        }
        m.contact = Some(contact);
    }
    // the page's 来源 and 作者 are the site's, not the document's: they only name the issuer
    // a page's publisher is its issuer when the document names none
    if m.issuer.is_empty() && m.signature.is_none() {
        let publisher = m.contact.as_ref().and_then(|c| c.organization.clone()).or_else(|| page.source.clone().filter(|s| super::chars::looks_like_org(s)));
        if let Some(p) = publisher {
            // (said: the red header will name it, and the document itself does not)
            let at = page.lines.iter().position(|l| l.class == Class::Residue(Reason::PageMetadata) && l.text.contains(p.as_str())).unwrap_or(0);
            page.guess(at, format!("the issuer is a guess: `{p}` publishes the page, the document names no issuer; check the organ mark"));
            m.issuer = vec![p];
        }
    }
}
