//! Parse: source text to [`Document`]. Knows syntax only — no fonts, no styles.
//!
//! * `markdown` — Markdown with YAML (`---`) or TOML (`+++`) front matter;
//! * `structured` — the same model as a YAML, TOML or JSON file;
//! * plain text such as a scraped web page goes through [`crate::import`].

pub mod emphasis;
pub mod formats;
pub mod markdown;
pub mod structured;
pub mod value;

use std::path::Path;
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics, Failure, Result, SourceFile};
use crate::model::*;
use value::{DeError, Node};

/// The input formats folio reads, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// Markdown with an optional front matter (`---` YAML or `+++` TOML) for the fields.
    Markdown,
    /// A structured document: fields and a `body` list, in YAML.
    Yaml,
    /// The same structure in TOML.
    Toml,
    /// The same structure in JSON.
    Json,
    /// Text copied or scraped from a web page: the document is recognised in it and the
    /// page's chrome (navigation, share buttons, footers) left out.
    Text,
}

impl InputKind {
    /// The kind a file's extension names, if any of [`InputKind::EXTENSIONS`].
    pub fn from_path(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" => InputKind::Markdown,
            "yaml" | "yml" => InputKind::Yaml,
            "toml" => InputKind::Toml,
            "json" => InputKind::Json,
            "txt" | "text" => InputKind::Text,
            _ => return None,
        })
    }
    /// The extensions folio reads, lower case, without the dot.
    pub const EXTENSIONS: &'static [&'static str] = &["md", "markdown", "yaml", "yml", "toml", "json", "txt", "text"];
}

/// Read a file as UTF-8, naming the byte offset of the first invalid sequence.
/// Only regular files up to [`crate::limits::MAX_INPUT_BYTES`] are read.
pub fn read_source(path: &Path) -> Result<Arc<SourceFile>> {
    crate::limits::regular_file(path, "input", crate::limits::MAX_INPUT_BYTES).map_err(|(m, h)| Diagnostic::error(m).in_file(path).hint(h))?;
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read the file: {e}")).in_file(path))?;
    source_from_bytes(path, bytes)
}

pub fn source_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Arc<SourceFile>> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if utf16(&bytes) {
        return Err(Diagnostic::error("the file is UTF-16, not UTF-8")
            .in_file(path)
            .hint("save it as UTF-8 (in Notepad: Save As, Encoding UTF-8), or convert it with `iconv -f UTF-16 -t UTF-8`")
            .into());
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.chars().count() > crate::limits::MAX_INPUT_CHARS => Err(Diagnostic::error(format!(
            "the input has {} characters; folio sets at most {} per document (about 130 pages)",
            text.chars().count(),
            crate::limits::MAX_INPUT_CHARS
        ))
        .in_file(path)
        .hint("split the document into several files (attachments can be documents of their own)")
        .into()),
        Ok(mut text) => {
            if text.contains('\r') {
                text = text.replace("\r\n", "\n").replace('\r', "\n");
            }
            let src = SourceFile::new(path, text);
            match src.text.char_indices().find(|(_, c)| hidden_code(*c).is_some()) {
                Some((at, c)) => Err(Diagnostic::error(format!("the text holds {} U+{:04X}, which is not printable", hidden_code(c).unwrap_or_default(), c as u32))
                    .at(&src, Span::new(at, at + c.len_utf8()))
                    .hint("delete it: such codes are left by copying from PDFs, Word or web pages, never print, and can make text read in another order than it is stored")
                    .into()),
                None => Ok(src),
            }
        }
        Err(e) => {
            let off = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..off]).into_owned();
            let src = SourceFile::new(path, valid);
            let (line, col) = src.line_col(off);
            let mut d = Diagnostic::error(format!("invalid UTF-8 at byte offset {off} (line {line}, column {col})"))
                .hint("save the file as UTF-8; GBK/GB18030 files can be converted with `iconv -f GB18030 -t UTF-8`");
            d.location = Some(crate::diag::Location::new(path, line, col, src.line_text(line)));
            Err(d.into())
        }
    }
}

/// The codes a source may not hold: [`crate::model::hidden_code`] but tab, line feed and form
/// feed (a page break in plain text, set as the missing glyph it is).
fn hidden_code(c: char) -> Option<&'static str> {
    if matches!(c, '\t' | '\n' | '\u{c}') { None } else { crate::model::hidden_code(c) }
}

/// UTF-16 text: a byte-order mark, or a NUL in every other byte of the first characters.
fn utf16(b: &[u8]) -> bool {
    if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &b[..b.len().min(200) & !1];
    let zeros = |parity: usize| head.iter().skip(parity).step_by(2).filter(|x| **x == 0).count();
    head.len() >= 4 && (zeros(0) * 2 >= head.len() / 2 || zeros(1) * 2 >= head.len() / 2)
}

/// Parse a source file of the given kind into a document.
pub fn parse(src: &Arc<SourceFile>, kind: InputKind, import: &crate::import::ImportOptions, diags: &mut Diagnostics) -> Result<Document> {
    let doc = match kind {
        InputKind::Markdown => parse_markdown(src, diags)?,
        InputKind::Yaml | InputKind::Toml | InputKind::Json => structured::parse(src, kind, diags)?,
        InputKind::Text => {
            let imported = crate::import::import(src, import);
            // lines moved into the front matter (title, date, contact) are not lost: no warning
            for r in imported.removed.iter().filter(|r| !r.what.is_moved()) {
                let at = src.offset_of(r.line, 1);
                diags.push(Diagnostic::warning(format!("removed web residue ({}): {}", r.what.describe(), r.text)).at(src, Span::new(at, at)));
            }
            for w in &imported.warnings {
                let d = Diagnostic::warning(w.message.clone());
                diags.push(match w.line {
                    Some(l) => {
                        let at = src.offset_of(l, 1);
                        d.at(src, Span::new(at, at))
                    }
                    None => d.in_file(&src.path),
                });
            }
            imported.document
        }
    };
    // a reader may report an error and go on (so all of them are seen); the document fails
    if diags.has_errors() {
        return Err(Failure(std::mem::take(&mut diags.items)));
    }
    unknown_kind(&doc, src, diags);
    if let Some((span, what)) = doc.too_deep() {
        return Err(too_deep(src, span, what).into());
    }
    if let Some((span, cols)) = doc.too_wide() {
        return Err(Diagnostic::error(format!("this table has {cols} columns; folio sets at most {}", crate::limits::MAX_TABLE_COLUMNS))
            .at(src, span)
            .hint("on an A4 page a column narrower than one character cannot be read: split the table, or turn it (rows as columns)")
            .into());
    }
    Ok(doc)
}

/// The error for nesting past a limit, from any reader.
pub(crate) fn too_deep(src: &SourceFile, span: Span, what: TooDeep) -> Diagnostic {
    let (limit, things) = what.limit();
    Diagnostic::error(format!("{things} nest more than {limit} levels deep here"))
        .at(src, span)
        .hint("folio sets at most that many levels; flatten the deeper ones")
}

/// A `kind` in Latin letters that folio does not know is likely a typo (`memo`, `notise`); a
/// Chinese kind is taken as written (实施方案, 工作要点).
fn unknown_kind(doc: &Document, src: &SourceFile, diags: &mut Diagnostics) {
    let Some(kind) = doc.meta.kind.as_deref().map(str::trim) else { return };
    if kind.chars().any(|c| c as u32 >= 0x2E80) || KINDS.contains(&kind.to_lowercase().as_str()) {
        return;
    }
    let d = Diagnostic::warning(format!("unknown kind `{kind}`; it only becomes the PDF's subject"))
        .at(src, doc.meta_spans.get("kind").copied().unwrap_or_default())
        .hint(match crate::diag::did_you_mean(kind, KINDS.iter().copied()) {
            Some(k) => format!("did you mean `{k}`? Known kinds: {}", KINDS.join(", ")),
            None => format!("known kinds: {} (or a Chinese name such as 通知)", KINDS.join(", ")),
        });
    diags.push(d);
}

/// The kinds of document folio knows by an English name (templates, GB/T 9704 §8 kinds).
const KINDS: &[&str] = &[
    "notice",
    "resolution",
    "decision",
    "circular",
    "report",
    "opinion",
    "measures",
    "announcement",
    "letter",
    "bulletin",
    "order",
    "minutes",
    "request",
    "reply",
    "proposal",
    "communique",
    "gongwen",
    "jianbao",
    "xinhan",
    "minling",
    "jiyao",
];

/// Markdown with optional front matter.
pub fn parse_markdown(src: &Arc<SourceFile>, diags: &mut Diagnostics) -> Result<Document> {
    let mut meta = Meta::default();
    let mut spans = std::collections::BTreeMap::new();
    if let Some(d) = unclosed_front_matter(src) {
        return Err(d.into());
    }
    if let Some(fm) = front_matter(&src.text) {
        let body = &src.text[fm.start..fm.end];
        let parsed = if fm.toml { formats::toml(body) } else { formats::yaml(body) };
        let mut node = parsed.map_err(|e| {
            Failure::from(
                Diagnostic::error(format!("front matter is not valid {}: {}", if fm.toml { "TOML" } else { "YAML" }, e.message))
                    .at(src, Span::new(fm.start + e.offset, fm.start + e.offset))
                    .hint(if fm.toml {
                        "front matter between +++ lines is TOML: key = \"value\""
                    } else {
                        "front matter between --- lines is YAML: `key: value`, one per line"
                    }),
            )
        })?;
        node.shift(fm.start);
        meta = meta_from_node(&node, src)?;
        collect_spans(&node, "", &mut spans);
    }
    let (blocks, footnotes) = markdown::parse_body(src, diags);
    if diags.has_errors() {
        return Err(Failure(std::mem::take(&mut diags.items)));
    }
    let mut doc = Document { meta, blocks, footnotes, meta_spans: spans };
    normalize(&mut doc, src, diags);
    Ok(doc)
}

struct FrontMatter {
    start: usize,
    end: usize,
    toml: bool,
}

/// Find YAML (`---`) or TOML (`+++`) front matter at the very top of a file.
fn front_matter(text: &str) -> Option<FrontMatter> {
    for (fence, toml) in [("---", false), ("+++", true)] {
        let Some(rest) = text.strip_prefix(fence) else { continue };
        let Some(rest) = rest.strip_prefix('\n').or_else(|| rest.strip_prefix("\r\n")) else { continue };
        let start = text.len() - rest.len();
        let mut pos = start;
        for line in rest.split_inclusive('\n') {
            let t = line.trim_end();
            if t == fence || (!toml && t == "...") {
                return Some(FrontMatter { start, end: pos, toml });
            }
            pos += line.len();
        }
    }
    None
}

/// A file that opens front matter (`---` or `+++`, then `key: value` / `key = value`) and never
/// closes it would otherwise print its metadata as body text.
fn unclosed_front_matter(src: &SourceFile) -> Option<Diagnostic> {
    if front_matter(&src.text).is_some() {
        return None;
    }
    let (fence, sep) = if src.text.starts_with("---\n") {
        ("---", ':')
    } else if src.text.starts_with("+++\n") {
        ("+++", '=')
    } else {
        return None;
    };
    let first = src.text[4..].lines().find(|l| !l.trim().is_empty())?;
    let key = first.split_once(sep)?.0.trim();
    let looks_like_key = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    looks_like_key.then(|| {
        Diagnostic::error(format!("the front matter opened here is never closed: no `{fence}` line ends it"))
            .at(src, Span::new(0, 3))
            .hint(format!("add a line `{fence}` after the last metadata line, before the body"))
    })
}

/// Record the span of every metadata value under its dotted key (`contact.phone`).
pub fn collect_spans(node: &Node, prefix: &str, out: &mut std::collections::BTreeMap<String, Span>) {
    if let value::Value::Map(m) = &node.value {
        for (k, v) in m {
            let key = format!("{prefix}{}", k.as_str().unwrap_or_default());
            out.insert(key.clone(), v.span);
            if key != "body" {
                collect_spans(v, &format!("{key}."), out);
            }
        }
    }
}

/// Deserialize metadata from a node, turning errors into located diagnostics.
pub fn meta_from_node(node: &Node, src: &SourceFile) -> Result<Meta> {
    value::from_node::<Meta>(node).map_err(|e| de_error(e, src, node.span))
}

pub fn de_error(e: DeError, src: &SourceFile, fallback: Span) -> Failure {
    let mut d = Diagnostic::error(e.message.clone()).at(src, e.span.unwrap_or(fallback));
    d.hint = e.hint.clone().or_else(|| e.message.contains("wrong type").then(|| "put text in quotes to be sure it is read as a string".to_string()));
    d.into()
}

/// After parsing Markdown: title from `#`, heading levels, attachment pages.
pub fn normalize(doc: &mut Document, src: &SourceFile, diags: &mut Diagnostics) {
    let h1: Vec<usize> = doc.blocks.iter().enumerate().filter(|(_, b)| matches!(b.kind, BlockKind::Heading { level: 1, .. })).map(|(i, _)| i).collect();
    // `#` is the title when the metadata has none and it is the document's only `#`.
    if doc.meta.title.is_none() && h1.len() == 1 {
        let b = doc.blocks.remove(h1[0]);
        if let BlockKind::Heading { content, .. } = b.kind {
            doc.meta.title = Some(plain_text(&content).trim().to_string());
        }
    }
    let sections_use_h1 = doc.blocks.iter().any(|b| matches!(b.kind, BlockKind::Heading { level: 1, .. }));
    fn relevel(blocks: &mut [Block], shift: u8) {
        for b in blocks {
            match &mut b.kind {
                BlockKind::Heading { level, .. } => *level = level.saturating_sub(shift).clamp(1, 4),
                BlockKind::Quote(q) => relevel(q, shift),
                BlockKind::Attachment(a) => relevel(&mut a.blocks, shift),
                _ => {}
            }
        }
    }
    let shift = if sections_use_h1 { 0 } else { 1 };
    doc.blocks.retain(|b| match &b.kind {
        BlockKind::Heading { content, .. } if plain_text(content).trim().is_empty() => {
            diags.push(Diagnostic::warning("an empty heading is left out").at(src, b.span).hint("write the heading's text after the #"));
            false
        }
        BlockKind::Heading { level, .. } if level.saturating_sub(shift) > 4 => {
            let l = level.saturating_sub(shift);
            diags.push(
                Diagnostic::warning(format!("a level-{l} heading is set at level 4, （1）"))
                    .at(src, b.span)
                    .hint("official documents number four levels of headings: 一、（一）1.（1）"),
            );
            true
        }
        _ => true,
    });
    relevel(&mut doc.blocks, shift);
    undefined_footnotes(&doc.blocks, src, diags);
    split_attachments(doc);
}

/// `[^x]` with no `[^x]: …` definition is printed as written; say so.
fn undefined_footnotes(blocks: &[Block], src: &SourceFile, diags: &mut Diagnostics) {
    for b in blocks {
        let text = match &b.kind {
            BlockKind::Paragraph(c) | BlockKind::Heading { content: c, .. } => plain_text(c),
            BlockKind::List(l) => {
                l.items.iter().for_each(|it| undefined_footnotes(&it.blocks, src, diags));
                continue;
            }
            BlockKind::Quote(q) => {
                undefined_footnotes(q, src, diags);
                continue;
            }
            _ => continue,
        };
        for (i, _) in text.match_indices("[^") {
            let rest = &text[i + 2..];
            if let Some(end) = rest.find(']')
                && end > 0
                && !rest[..end].contains(char::is_whitespace)
            {
                diags.push(
                    Diagnostic::warning(format!("footnote [^{}] has no definition; it is printed as written", &rest[..end]))
                        .at(src, b.span)
                        .hint(format!("add a line `[^{}]: the note's text` at the end of the document", &rest[..end])),
                );
            }
        }
    }
}

/// `附件`, `附件1`, `附件2：名称` as a heading (or a short paragraph of its own), or an
/// unlabelled attachment's marker (`<!-- attachment -->`), starts an attachment page that runs
/// to the next one or to the end.
pub(crate) fn split_attachments(doc: &mut Document) {
    let blocks = std::mem::take(&mut doc.blocks);
    let text_of = |b: &Block| match &b.kind {
        BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => Some(plain_text(content).trim().to_string()),
        _ => None,
    };
    let labels: Vec<Option<(String, Option<String>)>> = blocks.iter().map(|b| text_of(b).and_then(|t| attachment_label(&t))).collect();
    // `附件：名称` under the body is the attachment *note* when a page labelled `附件` with that
    // title follows: the name goes to the note (set from `attachments`), not to a page of its own
    let is_note = |i: usize| match &labels[i] {
        Some((label, Some(title))) if label == "附件" => (i + 1..blocks.len()).any(|j| match &labels[j] {
            Some((_, Some(t))) => t == title,
            Some((_, None)) => blocks.get(j + 1).and_then(text_of).is_some_and(|t| &t == title),
            None => false,
        }),
        _ => false,
    };
    let notes: Vec<bool> = (0..blocks.len()).map(is_note).collect();
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, (b, label)) in blocks.into_iter().zip(labels).enumerate() {
        if notes[i] {
            if let Some((_, Some(title))) = label
                && !doc.meta.attachments.contains(&title)
            {
                doc.meta.attachments.push(title);
            }
            continue;
        }
        if let Some((label, title)) = label {
            if let Some(c) = current.take() {
                out.push(c);
            }
            current = Some(Block { kind: BlockKind::Attachment(Attachment { label, title, blocks: Vec::new() }), span: b.span });
            continue;
        }
        // `<!-- attachment -->`: a page without a label opens the same way
        if matches!(&b.kind, BlockKind::Attachment(a) if a.is_marker()) {
            if let Some(c) = current.take() {
                out.push(c);
            }
            current = Some(b);
            continue;
        }
        match &mut current {
            Some(Block { kind: BlockKind::Attachment(a), span }) => {
                // The first heading (or short paragraph) after the label is the attachment's title.
                if a.title.is_none() && a.blocks.is_empty() {
                    if let BlockKind::Heading { content, .. } = &b.kind {
                        a.title = Some(plain_text(content).trim().to_string());
                        *span = span.join(b.span);
                        continue;
                    }
                    if let BlockKind::Paragraph(content) = &b.kind {
                        let t = plain_text(content);
                        let t = t.trim();
                        if t.chars().count() <= 40 && !t.ends_with(['。', '；', '：', '，']) {
                            a.title = Some(t.to_string());
                            *span = span.join(b.span);
                            continue;
                        }
                    }
                }
                a.blocks.push(b);
            }
            _ => out.push(b),
        }
    }
    if let Some(c) = current {
        out.push(c);
    }
    doc.blocks = out;
}

/// `附件` / `附件1` / `附件 2` / `附件1：名称` → ("附件1", Some("名称")).
pub fn attachment_label(text: &str) -> Option<(String, Option<String>)> {
    let t = text.trim();
    let rest = t.strip_prefix("附件")?;
    let digits: String = rest.trim_start().chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = rest.trim_start()[digits.len()..].trim_start();
    let label = format!("附件{digits}");
    if after.is_empty() {
        return Some((label, None));
    }
    // `附件：1. 名称` is the attachment *note* under the body, not a page.
    let title = after.strip_prefix(['：', ':']).map(str::trim)?;
    if title.is_empty() || title.starts_with(|c: char| c.is_ascii_digit()) || digits.is_empty() && title.chars().count() > 40 {
        return None;
    }
    Some((label, Some(title.to_string())))
}

/// Apply `f` to the span of every block and inline.
pub(crate) fn walk_spans(blocks: &mut [Block], f: &dyn Fn(&mut Span)) {
    fn inl(v: &mut [Inline], f: &dyn Fn(&mut Span)) {
        for i in v {
            f(&mut i.span);
            match &mut i.kind {
                InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } => inl(c, f),
                _ => {}
            }
        }
    }
    for b in blocks {
        f(&mut b.span);
        match &mut b.kind {
            BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => inl(content, f),
            BlockKind::List(l) => l.items.iter_mut().for_each(|it| {
                f(&mut it.span);
                walk_spans(&mut it.blocks, f)
            }),
            BlockKind::Table(t) => t.rows.iter_mut().flatten().for_each(|c| {
                f(&mut c.span);
                inl(&mut c.content, f)
            }),
            BlockKind::Quote(q) => walk_spans(q, f),
            BlockKind::Attachment(a) => walk_spans(&mut a.blocks, f),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Document {
        let src = SourceFile::new("t.md", text.to_string());
        parse_markdown(&src, &mut Diagnostics::default()).unwrap()
    }

    #[test]
    fn an_attachment_note_followed_by_its_page_is_a_note_not_a_page() {
        let d = md("正文。\n\n附件：号牌式样\n\n国务院办公厅\n\n附件\n\n号牌式样\n\n说明。\n");
        assert_eq!(d.meta.attachments, vec!["号牌式样".to_string()]);
        let pages: Vec<_> = d.blocks.iter().filter_map(|b| if let BlockKind::Attachment(a) = &b.kind { Some(a) } else { None }).collect();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].title.as_deref(), Some("号牌式样"));
        // without a later page of that name, `附件：名称` still starts a page
        let d = md("正文。\n\n附件：名单\n\n张三\n");
        assert!(d.meta.attachments.is_empty());
        assert!(d.blocks.iter().any(|b| matches!(&b.kind, BlockKind::Attachment(a) if a.title.as_deref() == Some("名单"))));
    }

    #[test]
    fn an_attachment_marker_opens_a_page_without_a_label() {
        let d = md("现将预案印发给你们。\n\n<!-- attachment -->\n\n梁山县突发事件总体应急预案\n\n## 1 总则\n\n正文。\n");
        let BlockKind::Attachment(a) = &d.blocks[1].kind else { panic!("{:?}", d.blocks) };
        assert_eq!((a.label.as_str(), a.title.as_deref()), ("", Some("梁山县突发事件总体应急预案")));
        assert_eq!(a.blocks.len(), 2);
    }

    #[test]
    fn single_hash_heading_is_the_title() {
        let d = md("# 关于放假的通知\n\n## 一、时间\n\n正文。\n");
        assert_eq!(d.meta.title.as_deref(), Some("关于放假的通知"));
        assert!(matches!(d.blocks[0].kind, BlockKind::Heading { level: 1, .. }));
    }

    #[test]
    fn several_hash_headings_are_sections() {
        let d = md("# 第一章\n\n文。\n\n# 第二章\n\n## 第一条\n\n文。\n");
        assert_eq!(d.meta.title, None);
        assert_eq!(d.counts().headings, [2, 1, 0, 0]);
    }

    #[test]
    fn attachment_heading_starts_an_attachment_page() {
        let d = md("正文。\n\n## 附件1\n\n### 名单\n\n1. 张三\n");
        let BlockKind::Attachment(a) = &d.blocks[1].kind else { panic!("{:?}", d.blocks) };
        assert_eq!(a.label, "附件1");
        assert_eq!(a.title.as_deref(), Some("名单"));
        assert_eq!(a.blocks.len(), 1);
    }

    #[test]
    fn attachment_note_is_not_a_page() {
        assert_eq!(attachment_label("附件：1. 名单"), None);
        assert_eq!(attachment_label("附件2：表格"), Some(("附件2".into(), Some("表格".into()))));
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let e = source_from_bytes(Path::new("x.md"), b"ab\ncd\xff".to_vec()).unwrap_err();
        assert!(e.to_string().contains("byte offset 5"), "{e}");
    }
}
