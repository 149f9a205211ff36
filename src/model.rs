//! The document model: what a resolution, notice or bulletin *is*, independent of how it
//! was written (Markdown, YAML/TOML/JSON, scraped text) and of how it will look.
//!
//! Every block and inline carries the [`Span`] of the source it came from, so that any later
//! stage (a missing glyph in layout, a refused image path in rendering) can point at
//! `file:line:col`.

use serde::{Deserialize, Serialize};

/// A byte range in the source file a node came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// A span that covers both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// Covers no source text (a character whose place in the source is not known).
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// A parsed document: metadata plus body blocks, and the footnote texts referenced from it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
    /// Where each metadata value was written (`date`, `contact.phone`…), for diagnostics.
    pub meta_spans: std::collections::BTreeMap<String, Span>,
}

/// The official-document fields (GB/T 9704 names in the comments). All strings stay exactly as
/// written: `000123`, `0816-8118728` and `科源发〔2021〕12号` are never reinterpreted as numbers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Meta {
    /// What the document is: notice, resolution, decision, circular, report, opinion,
    /// measures, announcement, letter, bulletin (or the Chinese name: 通知, 决议, …).
    pub kind: Option<String>,
    /// 标题
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// 发文机关 — one name, or several for a joint document.
    #[serde(deserialize_with = "one_or_many")]
    pub issuer: Vec<String>,
    /// 发文字号, e.g. 科源发〔2021〕12号
    pub doc_number: Option<String>,
    /// 成文日期 (2021-08-27, 2021/08/27 or 2021年8月27日)
    pub date: Option<String>,
    /// 主送机关
    pub addressee: Option<String>,
    /// 签发人 (upward documents only)
    #[serde(deserialize_with = "one_or_many", alias = "signer")]
    pub signers: Vec<String>,
    /// 署名 under the body; defaults to the issuer.
    pub signature: Option<String>,
    /// 抄送
    #[serde(deserialize_with = "one_or_many")]
    pub copies_to: Vec<String>,
    /// 印发机关
    pub printer: Option<String>,
    /// 印发日期
    pub print_date: Option<String>,
    /// 密级, e.g. 秘密★1年
    pub secrecy: Option<String>,
    /// 紧急程度, e.g. 特急
    pub urgency: Option<String>,
    /// 份号 (six digits, kept as written)
    pub copy_number: Option<String>,
    /// 简报 masthead and footer.
    pub bulletin: Option<Bulletin>,
    /// 附件说明: the attachment names, in order.
    #[serde(deserialize_with = "one_or_many")]
    pub attachments: Vec<String>,
    /// 附注
    pub note: Option<String>,
    /// Where the text came from (a web address, a gazette).
    pub source: Option<String>,
    /// The issuer's contact information, shown in the footer.
    pub contact: Option<Contact>,
    /// PDF/HTML keywords.
    #[serde(deserialize_with = "one_or_many")]
    pub keywords: Vec<String>,
    /// A one-line description (PDF subject, HTML description).
    pub description: Option<String>,
    /// An image of the seal (电子印章), placed over the signature.
    pub seal: Option<String>,
    /// 纪要: who attended (出席), was excused (请假) and sat in (列席).
    pub attendees: Option<Attendees>,
}

/// The attendance lines of minutes (纪要格式), printed after the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Attendees {
    /// 出席
    #[serde(deserialize_with = "one_or_many", alias = "出席")]
    pub present: Vec<String>,
    /// 请假
    #[serde(deserialize_with = "one_or_many", alias = "请假")]
    pub on_leave: Vec<String>,
    /// 列席
    #[serde(deserialize_with = "one_or_many", alias = "列席")]
    pub observers: Vec<String>,
}

/// 简报 fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Bulletin {
    /// e.g. 科技城新区工作简报
    pub name: Option<String>,
    /// 期号: `12` or `第12期`
    pub issue: Option<String>,
    /// 总期号
    pub total_issue: Option<String>,
    /// 报：
    #[serde(deserialize_with = "one_or_many")]
    pub report_to: Vec<String>,
    /// 送：
    #[serde(deserialize_with = "one_or_many")]
    pub send_to: Vec<String>,
    /// 发：
    #[serde(deserialize_with = "one_or_many")]
    pub distribute_to: Vec<String>,
    /// 共印N份
    pub copies: Option<String>,
}

impl Bulletin {
    /// Whether the bulletin has a masthead of its own (name or issue): the 报/送/发 rows
    /// and 共印N份 belong to any 版记, so they alone do not make a document a 简报.
    pub fn has_masthead(&self) -> bool {
        [&self.name, &self.issue, &self.total_issue].iter().any(|f| f.as_deref().is_some_and(|v| !v.trim().is_empty()))
    }
}

/// Contact information of the issuer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Contact {
    /// The organisation to contact (联系单位).
    #[serde(alias = "organisation")]
    pub organization: Option<String>,
    /// The person to contact (联系人).
    pub person: Option<String>,
    /// Telephone (联系电话).
    pub phone: Option<String>,
    /// Fax (传真).
    pub fax: Option<String>,
    /// Postal address (地址).
    pub address: Option<String>,
    /// Postcode (邮编).
    pub postcode: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Web site.
    pub website: Option<String>,
}

impl Contact {
    /// No field is given.
    pub fn is_empty(&self) -> bool {
        self == &Contact::default()
    }
    /// The fields' keys, as front matter and folio.toml write them, in the order of [`Contact::fields`].
    pub const KEYS: [&'static str; 8] = ["organization", "person", "phone", "fax", "address", "postcode", "email", "website"];

    /// Every field with its key: one list for every writer and reader of the fields.
    pub fn fields(&self) -> [(&'static str, &Option<String>); 8] {
        let v = [&self.organization, &self.person, &self.phone, &self.fax, &self.address, &self.postcode, &self.email, &self.website];
        std::array::from_fn(|i| (Self::KEYS[i], v[i]))
    }

    fn fields_mut(&mut self) -> [&mut Option<String>; 8] {
        [&mut self.organization, &mut self.person, &mut self.phone, &mut self.fax, &mut self.address, &mut self.postcode, &mut self.email, &mut self.website]
    }

    /// Fill the fields this one lacks from `other` (used to layer folio.toml and flags).
    pub fn fill_from(&mut self, other: &Contact) {
        for (mine, (_, theirs)) in self.fields_mut().into_iter().zip(other.fields()) {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        }
    }
}

/// Accept `x: a` as well as `x: [a, b]` for list fields; anything else is "expected text or a
/// list of texts" (not serde's "did not match any variant of untagged enum").
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct OneOrMany;
    impl<'de> serde::de::Visitor<'de> for OneOrMany {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("text or a list of texts")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Vec<String>, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Vec<String>, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut out = Vec::new();
            while let Some(s) = seq.next_element::<String>()? {
                out.push(s);
            }
            Ok(out)
        }
    }
    d.deserialize_option(OneOrMany)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// A section heading; level 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）. Numbers written in the
    /// source stay in the text; the style stage recognises them.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List(List),
    Table(Table),
    Quote(Vec<Block>),
    /// A figure: an image on its own, with an optional caption.
    Image(Image),
    /// A horizontal rule.
    Rule,
    PageBreak,
    /// An attachment page (附件N): starts on a new page, its label flush left, its title centred.
    Attachment(Attachment),
}

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub ordered: bool,
    /// The first number of an ordered list.
    pub start: u64,
    pub items: Vec<ListItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub blocks: Vec<Block>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    #[default]
    Auto,
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Rows that repeat at the top of each page the table spans.
    pub header_rows: usize,
    pub rows: Vec<Vec<Cell>>,
    pub align: Vec<Align>,
    /// Relative column widths, when the source gives them.
    pub widths: Vec<f32>,
    pub caption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub content: Vec<Inline>,
    pub colspan: u16,
    pub rowspan: u16,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub path: String,
    pub alt: String,
    pub caption: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// 附件 or 附件1; empty for the document a 印发 notice issues (printed after the notice's
    /// signature on pages of its own, under no label)
    pub label: String,
    pub title: Option<String>,
    pub blocks: Vec<Block>,
}

impl Attachment {
    /// The start of an attachment page without a label, its title and text still to come.
    pub fn unlabelled() -> Self {
        Attachment { label: String::new(), title: None, blocks: Vec::new() }
    }

    /// A marker still to be filled: no title, no text.
    pub fn is_marker(&self) -> bool {
        self.title.is_none() && self.blocks.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    pub label: String,
    pub blocks: Vec<Block>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inline {
    pub kind: InlineKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InlineKind {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Code(String),
    Link {
        url: String,
        content: Vec<Inline>,
    },
    /// A hard line break.
    LineBreak,
    /// A reference to a footnote by label.
    FootnoteRef(String),
}

impl Inline {
    pub fn text(s: impl Into<String>, span: Span) -> Inline {
        Inline { kind: InlineKind::Text(s.into()), span }
    }
}

/// Images travel inside the inline list as a link with this URL prefix: the Markdown block
/// builder lifts them out into figure blocks; in a table cell the style stage sets them in the
/// cell.
pub const IMAGE_MARK: &str = "\u{0}folio-image:";

/// The plain text of some inlines (emphasis dropped, line breaks as nothing).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    fn walk(inlines: &[Inline], out: &mut String) {
        for i in inlines {
            match &i.kind {
                InlineKind::Text(t) | InlineKind::Code(t) => out.push_str(t),
                InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } => walk(c, out),
                InlineKind::LineBreak => {}
                InlineKind::FootnoteRef(_) => {}
            }
        }
    }
    walk(inlines, &mut out);
    out
}

impl Document {
    /// Counts used by `folio check`.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        fn walk(blocks: &[Block], c: &mut Counts) {
            for b in blocks {
                match &b.kind {
                    BlockKind::Heading { level, .. } => {
                        let l = (*level as usize).clamp(1, 4) - 1;
                        c.headings[l] += 1
                    }
                    BlockKind::Paragraph(_) => c.paragraphs += 1,
                    BlockKind::List(l) => {
                        c.lists += 1;
                        for it in &l.items {
                            walk(&it.blocks, c)
                        }
                    }
                    BlockKind::Table(_) => c.tables += 1,
                    BlockKind::Quote(q) => walk(q, c),
                    BlockKind::Image(_) => c.images += 1,
                    BlockKind::Attachment(a) => {
                        c.attachments += 1;
                        walk(&a.blocks, c)
                    }
                    BlockKind::Rule | BlockKind::PageBreak => {}
                }
            }
        }
        walk(&self.blocks, &mut c);
        c
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub headings: [usize; 4],
    pub paragraphs: usize,
    pub lists: usize,
    pub tables: usize,
    pub images: usize,
    pub attachments: usize,
}

/// What nests too deeply, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooDeep {
    /// Quotes and lists inside each other.
    Blocks,
    /// Emphasis, strong and links inside each other.
    Inlines,
}

impl TooDeep {
    /// The limit passed, and what nests, for the message.
    pub fn limit(self) -> (usize, &'static str) {
        match self {
            TooDeep::Blocks => (crate::limits::MAX_BLOCK_NESTING, "quotes and lists"),
            TooDeep::Inlines => (crate::limits::MAX_INLINE_NESTING, "emphasis and links"),
        }
    }
}

impl Document {
    /// The first place where blocks nest deeper than [`crate::limits::MAX_BLOCK_NESTING`] or
    /// inlines deeper than [`crate::limits::MAX_INLINE_NESTING`]. The walk stops descending at
    /// the limit, so it is itself bounded whatever the input.
    pub fn too_deep(&self) -> Option<(Span, TooDeep)> {
        use crate::limits::{MAX_BLOCK_NESTING, MAX_INLINE_NESTING};
        fn inlines(v: &[Inline], depth: usize) -> Option<Span> {
            for i in v {
                if let InlineKind::Strong(c) | InlineKind::Emphasis(c) | InlineKind::Link { content: c, .. } = &i.kind {
                    if depth >= MAX_INLINE_NESTING {
                        return Some(i.span);
                    }
                    if let Some(s) = inlines(c, depth + 1) {
                        return Some(s);
                    }
                }
            }
            None
        }
        fn blocks(v: &[Block], depth: usize) -> Option<(Span, TooDeep)> {
            for b in v {
                let inner: Vec<&[Block]> = match &b.kind {
                    BlockKind::Heading { content, .. } | BlockKind::Paragraph(content) => {
                        if let Some(s) = inlines(content, 0) {
                            return Some((s, TooDeep::Inlines));
                        }
                        continue;
                    }
                    BlockKind::Table(t) => {
                        if let Some(s) = t.rows.iter().flatten().find_map(|c| inlines(&c.content, 0)) {
                            return Some((s, TooDeep::Inlines));
                        }
                        continue;
                    }
                    BlockKind::List(l) => l.items.iter().map(|it| it.blocks.as_slice()).collect(),
                    BlockKind::Quote(q) => vec![q.as_slice()],
                    BlockKind::Attachment(a) => {
                        // an attachment page is a section of the document, not a nesting level
                        if let Some(x) = blocks(&a.blocks, depth) {
                            return Some(x);
                        }
                        continue;
                    }
                    BlockKind::Image(_) | BlockKind::Rule | BlockKind::PageBreak => continue,
                };
                if depth >= MAX_BLOCK_NESTING {
                    return Some((b.span, TooDeep::Blocks));
                }
                if let Some(x) = inner.into_iter().find_map(|v| blocks(v, depth + 1)) {
                    return Some(x);
                }
            }
            None
        }
        blocks(&self.blocks, 0).or_else(|| self.footnotes.iter().find_map(|f| blocks(&f.blocks, 0)))
    }
}

/// Control characters and the bidirectional embedding, override and isolate codes (U+202A–
/// U+202E, U+2066–U+2069: "Trojan Source", text that reads in another order than it is stored)
/// are not text to print; named so in messages rather than reported as missing glyphs.
pub fn hidden_code(c: char) -> Option<&'static str> {
    match c {
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some("the control character"),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some("the direction code"),
        _ => None,
    }
}

impl Document {
    /// The first table with more columns than [`crate::limits::MAX_TABLE_COLUMNS`], and its count.
    pub fn too_wide(&self) -> Option<(Span, usize)> {
        fn walk(v: &[Block]) -> Option<(Span, usize)> {
            v.iter().find_map(|b| match &b.kind {
                BlockKind::Table(t) => {
                    let cols = t.rows.iter().map(|r| r.iter().map(|c| c.colspan.max(1) as usize).sum::<usize>()).max().unwrap_or(0);
                    (cols > crate::limits::MAX_TABLE_COLUMNS).then_some((b.span, cols))
                }
                BlockKind::List(l) => l.items.iter().find_map(|it| walk(&it.blocks)),
                BlockKind::Quote(q) => walk(q),
                BlockKind::Attachment(a) => walk(&a.blocks),
                _ => None,
            })
        }
        walk(&self.blocks).or_else(|| self.footnotes.iter().find_map(|f| walk(&f.blocks)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contacts_field_table_names_every_field_as_serde_does() {
        let mut c = Contact::default();
        let filled = Contact {
            organization: Some("a".into()),
            person: Some("b".into()),
            phone: Some("c".into()),
            fax: Some("d".into()),
            address: Some("e".into()),
            postcode: Some("f".into()),
            email: Some("g".into()),
            website: Some("h".into()),
        };
        let json = serde_json::to_value(&filled).unwrap();
        let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut table = Contact::KEYS.to_vec();
        keys.sort();
        table.sort();
        assert_eq!(keys, table);
        for (k, v) in filled.fields() {
            assert_eq!(json[k].as_str(), v.as_deref(), "{k}");
        }
        c.fill_from(&filled);
        assert_eq!(c, filled);
    }
}
