//! Structured input: the metadata fields plus `body` in YAML, TOML or JSON. `body` is a Markdown
//! string, or a list of blocks, each a table with one of these keys:
//!
//! ```yaml
//! body:
//!   - heading: 一要优化创新布局      # level: 1..4 (default 1)
//!   - paragraph: 坚持高标准规划……     # inline Markdown (**strong**, links) allowed
//!   - list: {ordered: true, items: [甲, 乙]}
//!   - table: {header: [指标, 数值], rows: [[GDP, "5.0%"]], widths: [3, 1], align: [left, right]}
//!   - quote: 引文
//!   - image: {path: photo.jpg, caption: 图1 会议现场}
//!   - page_break: true
//!   - attachment: {label: 附件1, title: 名单, body: [...]}   # or body: "markdown"
//!   - markdown: "任意 Markdown"
//! ```

use std::sync::Arc;

use serde::Deserialize;

use crate::diag::{Diagnostic, Diagnostics, Failure, Result, SourceFile};
use crate::model::*;
use crate::parse::value::{self, Node, Value};
use crate::parse::{InputKind, de_error, formats, markdown, meta_from_node, normalize};

pub fn parse(src: &Arc<SourceFile>, kind: InputKind, diags: &mut Diagnostics) -> Result<Document> {
    let parsed = match kind {
        InputKind::Yaml => formats::yaml(&src.text),
        InputKind::Toml => formats::toml(&src.text),
        _ => formats::json(&src.text),
    };
    let name = match kind {
        InputKind::Yaml => "YAML",
        InputKind::Toml => "TOML",
        _ => "JSON",
    };
    let hint = match kind {
        InputKind::Yaml => "one `key: value` per line, nested keys indented with spaces; quote a value that contains `: ` or starts with a symbol",
        InputKind::Toml => "`key = \"value\"` per line, strings in quotes, `[table]` headers for nested keys",
        _ => "keys and strings in double quotes, items separated by commas, no trailing comma",
    };
    let root =
        parsed.map_err(|e| Failure::from(Diagnostic::error(format!("not valid {name}: {}", e.message)).at(src, Span::new(e.offset, e.offset)).hint(hint)))?;
    let Value::Map(entries) = &root.value else {
        return Err(Diagnostic::error(format!("the document must be a table of keys (title, date, body, …), found {}", describe(&root)))
            .at(src, root.span)
            .into());
    };
    let (body, rest): (Vec<_>, Vec<_>) = entries.iter().cloned().partition(|(k, _)| k.as_str() == Some("body"));
    let meta_node = Node { value: Value::Map(rest), span: root.span };
    let meta = meta_from_node(&meta_node, src)?;
    let mut doc = Document { meta, ..Document::default() };
    crate::parse::collect_spans(&meta_node, "", &mut doc.meta_spans);
    if let Some((_, b)) = body.into_iter().next() {
        let (blocks, footnotes) = body_blocks(&b, src, diags)?;
        doc.blocks = blocks;
        doc.footnotes = footnotes;
    } else {
        diags.push(Diagnostic::warning("the document has no `body`").at(src, root.span));
    }
    normalize(&mut doc, src, diags);
    Ok(doc)
}

fn describe(n: &Node) -> &'static str {
    match n.value {
        Value::Seq(_) => "a list",
        Value::Map(_) => "a table",
        _ => "a single value",
    }
}

fn body_blocks(node: &Node, src: &SourceFile, diags: &mut Diagnostics) -> Result<(Vec<Block>, Vec<Footnote>)> {
    match &node.value {
        Value::Scalar { text, .. } => Ok(markdown_at(text, node, src, diags)),
        Value::Seq(items) => {
            let mut blocks = Vec::new();
            let mut notes = Vec::new();
            for it in items {
                let spec: BlockSpec = value::from_node(it).map_err(|e| de_error(e, src, it.span))?;
                spec_blocks(spec, it, src, diags, &mut blocks, &mut notes)?;
            }
            Ok((blocks, notes))
        }
        Value::Map(_) => Err(Diagnostic::error("`body` must be Markdown text or a list of blocks, found a table")
            .at(src, node.span)
            .hint("write `body:` followed by lines starting with `- heading:` / `- paragraph:`")
            .into()),
    }
}

/// Parse a Markdown string found at `node`, with spans pointing into the outer file.
fn markdown_at(text: &str, node: &Node, src: &SourceFile, diags: &mut Diagnostics) -> (Vec<Block>, Vec<Footnote>) {
    let inner = SourceFile::new(src.path.clone(), text.to_string());
    let mut local = Diagnostics::default();
    let (mut blocks, notes) = markdown::parse_body(&inner, &mut local);
    // A multi-line string (YAML `|`, TOML `"""`) starts on the line after its key; map each line.
    let (node_line, _) = src.line_col(node.span.start);
    let first_line_shift = if src.text[node.span.start..].starts_with(['|', '>']) || src.text[node.span.start..].starts_with("\"\"\"") { 1 } else { 0 };
    let map = |s: &mut Span| {
        let (l, c) = inner.line_col(s.start);
        let line = node_line + first_line_shift + l - 1;
        let indent = src.line_text(line).len() - src.line_text(line).trim_start().len();
        let o =
            if l == 1 && first_line_shift == 0 { node.span.start + (s.start - inner.line_col(0).0.saturating_sub(1)) } else { src.offset_of(line, c) + indent };
        let o = o.min(src.text.len());
        *s = Span::new(o, o);
    };
    remap(&mut blocks, &map);
    for mut d in local.items {
        if let Some(l) = &mut d.location {
            let line = node_line + first_line_shift + l.line - 1;
            l.line = line;
            l.line_text = Some(src.line_text(line).to_string());
        }
        diags.push(d);
    }
    (blocks, notes)
}

fn remap(blocks: &mut [Block], f: &dyn Fn(&mut Span)) {
    fn inl(v: &mut [Inline], f: &dyn Fn(&mut Span)) {
        for i in v {
            f(&mut i.span);
            if let InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } = &mut i.kind {
                inl(c, f)
            }
        }
    }
    for b in blocks {
        f(&mut b.span);
        match &mut b.kind {
            BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => inl(content, f),
            BlockKind::List(l) => l.items.iter_mut().for_each(|it| {
                f(&mut it.span);
                remap(&mut it.blocks, f)
            }),
            BlockKind::Table(t) => t.rows.iter_mut().flatten().for_each(|c| {
                f(&mut c.span);
                inl(&mut c.content, f)
            }),
            BlockKind::Quote(q) => remap(q, f),
            BlockKind::Attachment(a) => remap(&mut a.blocks, f),
            _ => {}
        }
    }
}

/// A line break inside a paragraph, quote, list item or cell of structured input is a line
/// break on the page (a `markdown:` block keeps Markdown's soft breaks). Two spaces before it make
/// it a Markdown hard break; a blank line still separates paragraphs.
fn hard_breaks(text: &str) -> String {
    let lines: Vec<&str> = text.trim_end().split('\n').collect();
    let mut out = String::with_capacity(text.len() + 2 * lines.len());
    for (i, l) in lines.iter().enumerate() {
        out.push_str(l);
        let next_blank = lines.get(i + 1).is_none_or(|n| n.trim().is_empty());
        if i + 1 < lines.len() {
            if !l.trim().is_empty() && !next_blank && !l.ends_with("  ") && !l.ends_with('\\') {
                out.push_str("  ");
            }
            out.push('\n');
        }
    }
    out
}

/// Inline Markdown of one string (a paragraph, a cell, a heading).
fn inlines_at(text: &str, node: &Node, src: &SourceFile, diags: &mut Diagnostics) -> Vec<Inline> {
    let (blocks, _) = markdown_at(text, node, src, diags);
    let mut out = Vec::new();
    for b in blocks {
        if let BlockKind::Paragraph(i) | BlockKind::Heading { content: i, .. } = b.kind {
            if !out.is_empty() {
                out.push(Inline { kind: InlineKind::LineBreak, span: node.span });
            }
            out.extend(i);
        }
    }
    if out.is_empty() && !text.trim().is_empty() {
        out.push(Inline::text(text.trim(), node.span));
    }
    out
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockSpec {
    heading: Option<String>,
    level: Option<u8>,
    paragraph: Option<String>,
    list: Option<ListSpec>,
    table: Option<TableSpec>,
    quote: Option<String>,
    image: Option<ImageSpec>,
    page_break: Option<bool>,
    rule: Option<bool>,
    attachment: Option<AttachmentSpec>,
    markdown: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListSpec {
    #[serde(default)]
    ordered: bool,
    start: Option<u64>,
    items: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TableSpec {
    #[serde(default)]
    header: Vec<CellSpec>,
    #[serde(default)]
    rows: Vec<Vec<CellSpec>>,
    #[serde(default)]
    widths: Vec<f32>,
    #[serde(default)]
    align: Vec<Align>,
    caption: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum CellSpec {
    Text(String),
    Full {
        text: String,
        #[serde(default, deserialize_with = "count")]
        colspan: Option<u16>,
        #[serde(default, deserialize_with = "count")]
        rowspan: Option<u16>,
    },
}

/// A span count inside an untagged cell: serde buffers it, and folio's values reach the buffer
/// as the text they were written as, so `colspan: 3` arrives as "3".
fn count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Count {
        Number(u16),
        Text(String),
    }
    match Option::<Count>::deserialize(d)? {
        None => Ok(None),
        Some(Count::Number(n)) => Ok(Some(n)),
        Some(Count::Text(t)) => t.trim().parse().map(Some).map_err(|_| serde::de::Error::custom(format!("`{t}` is not a number of rows or columns"))),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImageSpec {
    path: String,
    #[serde(default)]
    alt: String,
    caption: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttachmentSpec {
    label: Option<String>,
    title: Option<String>,
    body: Option<serde::de::IgnoredAny>,
}

fn spec_blocks(spec: BlockSpec, node: &Node, src: &SourceFile, diags: &mut Diagnostics, out: &mut Vec<Block>, notes: &mut Vec<Footnote>) -> Result<()> {
    let span = node.span;
    let given = [
        spec.heading.is_some(),
        spec.paragraph.is_some(),
        spec.list.is_some(),
        spec.table.is_some(),
        spec.quote.is_some(),
        spec.image.is_some(),
        spec.page_break.is_some(),
        spec.rule.is_some(),
        spec.attachment.is_some(),
        spec.markdown.is_some(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    if given != 1 {
        return Err(Diagnostic::error(if given == 0 { "empty block" } else { "a block must have exactly one kind" })
            .at(src, span)
            .hint("each body item is one of: heading, paragraph, list, table, quote, image, page_break, rule, attachment, markdown")
            .into());
    }
    if spec.level.is_some() && spec.heading.is_none() {
        return Err(Diagnostic::error("`level` belongs to a heading").at(src, node.key_span("level").unwrap_or(span)).into());
    }
    let at = |key: &str| node.get(key).unwrap_or(node);
    if let Some(h) = spec.heading {
        let level = spec.level.unwrap_or(1);
        if !(1..=4).contains(&level) {
            return Err(Diagnostic::error(format!("heading level {level} is out of range"))
                .at(src, node.get("level").map(|n| n.span).unwrap_or(span))
                .hint("official documents have four levels: 1 一、 2 （一） 3 1. 4 （1）")
                .into());
        }
        let content = inlines_at(&h, at("heading"), src, diags);
        out.push(Block { kind: BlockKind::Heading { level, content }, span });
    } else if let Some(p) = spec.paragraph {
        let (blocks, n) = markdown_at(&hard_breaks(&p), at("paragraph"), src, diags);
        out.extend(blocks);
        notes.extend(n);
    } else if let Some(m) = spec.markdown {
        let (blocks, n) = markdown_at(&m, at("markdown"), src, diags);
        out.extend(blocks);
        notes.extend(n);
    } else if let Some(q) = spec.quote {
        let (blocks, _) = markdown_at(&hard_breaks(&q), at("quote"), src, diags);
        out.push(Block { kind: BlockKind::Quote(blocks), span });
    } else if let Some(l) = spec.list {
        let items_node = at("list").get("items").unwrap_or(node);
        let item_nodes: Vec<&Node> = match &items_node.value {
            Value::Seq(v) => v.iter().collect(),
            _ => vec![items_node],
        };
        let items = l
            .items
            .iter()
            .zip(item_nodes.iter().copied().chain(std::iter::repeat(node)))
            .map(|(t, n)| ListItem { blocks: markdown_at(&hard_breaks(t), n, src, diags).0, span: n.span })
            .collect();
        out.push(Block { kind: BlockKind::List(List { ordered: l.ordered, start: l.start.unwrap_or(1), items }), span });
    } else if let Some(t) = spec.table {
        let tnode = at("table");
        let mut rows = Vec::new();
        let cell = |c: &CellSpec, diags: &mut Diagnostics| {
            let (text, colspan, rowspan) = match c {
                CellSpec::Text(t) => (t.as_str(), 1, 1),
                CellSpec::Full { text, colspan, rowspan } => (text.as_str(), colspan.unwrap_or(1).max(1), rowspan.unwrap_or(1).max(1)),
            };
            Cell { content: inlines_at(&hard_breaks(text), tnode, src, diags), colspan, rowspan, span: tnode.span }
        };
        if !t.header.is_empty() {
            rows.push(t.header.iter().map(|c| cell(c, diags)).collect::<Vec<_>>());
        }
        for r in &t.rows {
            rows.push(r.iter().map(|c| cell(c, diags)).collect());
        }
        let header_rows = usize::from(!t.header.is_empty());
        out.push(Block { kind: BlockKind::Table(Table { header_rows, rows, align: t.align, widths: t.widths, caption: t.caption }), span });
    } else if let Some(i) = spec.image {
        out.push(Block { kind: BlockKind::Image(Image { path: i.path, alt: i.alt, caption: i.caption }), span });
    } else if spec.page_break == Some(true) {
        out.push(Block { kind: BlockKind::PageBreak, span });
    } else if spec.rule == Some(true) {
        out.push(Block { kind: BlockKind::Rule, span });
    } else if let Some(a) = spec.attachment {
        let anode = at("attachment");
        let blocks = match (a.body, anode.get("body")) {
            (Some(_), Some(b)) => {
                // the attachment's footnotes are the document's
                let (blocks, inner_notes) = body_blocks(b, src, diags)?;
                notes.extend(inner_notes);
                blocks
            }
            _ => Vec::new(),
        };
        let label = a.label.unwrap_or_else(|| "附件".to_string());
        out.push(Block { kind: BlockKind::Attachment(Attachment { label, title: a.title, blocks }), span });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(name: &str, text: &str) -> Result<Document> {
        let src = SourceFile::new(name, text.to_string());
        let kind = crate::parse::InputKind::from_path(std::path::Path::new(name)).unwrap();
        parse(&src, kind, &mut Diagnostics::default())
    }

    #[test]
    fn numeric_looking_values_stay_strings_in_every_format() {
        let y = parse_str("a.yaml", "copy_number: 000123\ndoc_number: 科源发〔2021〕12号\ncontact:\n  phone: 0816-8118728\nbody: 正文\n").unwrap();
        let t = parse_str("a.toml", "copy_number = \"000123\"\ndoc_number = \"科源发〔2021〕12号\"\nbody = \"正文\"\n[contact]\nphone = \"0816-8118728\"\n")
            .unwrap();
        let j = parse_str("a.json", r#"{"copy_number": "000123", "doc_number": "科源发〔2021〕12号", "contact": {"phone": "0816-8118728"}, "body": "正文"}"#)
            .unwrap();
        for d in [&y, &t, &j] {
            assert_eq!(d.meta.copy_number.as_deref(), Some("000123"));
            assert_eq!(d.meta.doc_number.as_deref(), Some("科源发〔2021〕12号"));
            assert_eq!(d.meta.contact.as_ref().unwrap().phone.as_deref(), Some("0816-8118728"));
        }
    }

    #[test]
    fn unknown_body_block_key_is_located() {
        let e = parse_str("a.yaml", "title: t\nbody:\n  - paragraf: x\n").unwrap_err();
        let d = &e.0[0];
        assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((3, 5)));
        assert_eq!(d.hint.as_deref(), Some("did you mean 'paragraph'?"));
    }

    #[test]
    fn wrong_type_names_the_expected_type() {
        let e = parse_str("a.yaml", "title: [a, b]\nbody: x\n").unwrap_err();
        assert!(e.0[0].message.contains("expected a string, found a list"), "{}", e);
    }
}
