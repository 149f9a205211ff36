//! Style: a [`Document`] and a [`Template`] become a [`StyledDocument`] — every piece of text
//! in its role (body, title, heading1…, end block), heading numbers decided, the title broken
//! into balanced lines, dates normalised, images checked and read, the head and end blocks and
//! the contact footer assembled. No font is read here; layout, DOCX and HTML all render from
//! this one description, so the three formats say the same thing.

pub mod dates;
pub mod numbering;
pub mod template;
pub mod template_check;
pub mod title;
pub mod units;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics, Failure, Result, SourceFile};
use crate::model::*;
pub use template::Template;
use template::{ContactPlacement, EndKind, HeadKind};

/// Inputs of the style stage besides the document and template.
#[derive(Debug, Clone, Default)]
pub struct StyleOptions {
    /// The folder of the document: image paths resolve against it.
    pub base_dir: PathBuf,
    /// Further folders images may come from (`--allow-path`).
    pub allow_paths: Vec<PathBuf>,
    /// Contact information from folio.toml or flags, used where the document has none.
    pub contact: Option<Contact>,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub link: Option<String>,
    /// A footnote reference: its number.
    pub note: Option<usize>,
    pub span: Span,
}

/// A paragraph-like piece of text in a role (a key of the template's `[styles]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub role: &'static str,
    pub runs: Vec<Run>,
}

impl Para {
    pub fn new(role: &'static str, text: impl Into<String>, span: Span) -> Para {
        Para { role, runs: vec![Run { text: text.into(), span, ..Run::default() }] }
    }
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SBlock {
    pub kind: SKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SKind {
    Para(Para),
    /// `number` is what folio adds in front (empty when the text already has its number).
    Heading {
        level: u8,
        number: String,
        para: Para,
    },
    List(SList),
    Table(STable),
    Quote(Vec<SBlock>),
    Image(SImage),
    Rule,
    PageBreak,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SList {
    pub ordered: bool,
    pub depth: usize,
    pub items: Vec<SItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SItem {
    /// `1.`, `（1）`, `①`, `•`; empty when the item text carries its own number.
    pub marker: String,
    pub blocks: Vec<SBlock>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct STable {
    /// The table's number in the document (0, 1, …), given when styled: the layout records
    /// each table's column widths under it for the flow formats.
    pub id: usize,
    pub header_rows: usize,
    pub rows: Vec<Vec<SCell>>,
    /// Per column: alignment (numeric columns right-aligned unless the source says otherwise).
    pub align: Vec<Align>,
    pub widths: Vec<f32>,
    pub caption: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SCell {
    pub runs: Vec<Run>,
    /// Images of the cell, set above its text at the column's width.
    pub images: Vec<SImage>,
    pub colspan: u16,
    pub rowspan: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SImage {
    pub path: PathBuf,
    pub data: Arc<Vec<u8>>,
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    pub caption: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
}

impl ImageFormat {
    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Head {
    Official {
        copy_number: Option<String>,
        secrecy: Option<String>,
        urgency: Option<String>,
        /// One line per issuer; the suffix (文件) stands to the right of them all.
        organs: Vec<String>,
        suffix: String,
        doc_number: Option<String>,
        signers: Vec<String>,
        /// Which official form sets this head: the document (版头), or a GB/T 9704 §10 letter,
        /// order or minutes.
        form: HeadKind,
        /// Minutes: the issuer (left) and the date (right) on the line above the red rule.
        dateline: Option<(String, String)>,
    },
    Bulletin {
        name: String,
        issue: String,
        issuer: String,
        date: String,
    },
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub signer: Option<String>,
    pub date: Option<String>,
    pub seal: Option<SImage>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SAttachment {
    pub label: String,
    pub title: Option<String>,
    pub blocks: Vec<SBlock>,
    pub span: Span,
}

/// One line of the 版记 / 报尾.
#[derive(Debug, Clone, PartialEq)]
pub enum EndRow {
    /// `抄送：`, `报：`…: label and text (wrapped lines align after the colon).
    Labeled { label: String, text: String },
    /// The contact row: cells set in columns.
    Contact(Vec<String>),
    /// Printer on the left, date on the right.
    Printed { left: String, right: String },
    /// Right-aligned text (（共印N份）).
    Right(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EndBlock {
    pub kind: EndKind,
    pub rows: Vec<EndRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactInfo {
    pub placement: ContactPlacement,
    pub contact: Contact,
    /// The running-footer line: `科技城科源科技有限公司　电话：0816-8118728`.
    pub line: String,
    /// The 版记 cells: `联系单位：…`, `联系人：…`, `联系电话：…`.
    pub cells: Vec<String>,
}

/// The head fields a head has no place for (a bulletin's or a handout's: its 份号, 密级, 紧急程度,
/// number and 签发人), as one line; None when it sets them all.
/// (`number` is the document number as checked, `云科发〔2024〕7号` for `云科发[2024]7号`.)
fn unplaced_head_fields(meta: &Meta, number: Option<&str>, head: &Head) -> Option<String> {
    if matches!(head, Head::Official { .. }) {
        return None;
    }
    let signers = (!meta.signers.is_empty()).then(|| format!("{SIGNER_LABEL}{}", meta.signers.join(SIGNER_GAP)));
    let number = number.map(str::to_string);
    let fields: Vec<String> =
        [&meta.copy_number, &meta.secrecy, &meta.urgency, &number, &signers].into_iter().flatten().filter(|v| !v.trim().is_empty()).cloned().collect();
    (!fields.is_empty()).then(|| fields.join(SIGNER_GAP))
}

/// The marker of an unordered list item in bulletins and handouts.
pub const LIST_BULLET: &str = "•";

/// The label every renderer sets before the names of an upward document's signers.
pub const SIGNER_LABEL: &str = "签发人：";

/// GB/T 9704 §7.2.4: several 签发人 go two names to a line, the later lines under the first
/// name, the document number on the line of the last.
pub const SIGNERS_PER_ROW: usize = 2;

/// The lines of names after `签发人：` in a head: `张三　李四`, then `王五`. Layout gives each a
/// grid line (`layout::head::HeadPlan::signer_lines`) and the DOCX and HTML set the same rows.
pub fn head_signer_rows(signers: &[String]) -> Vec<String> {
    signers.chunks(SIGNERS_PER_ROW).map(|c| c.join(SIGNER_GAP)).collect()
}

/// What parts joint signers that share the signature line. Layout stacks them one a line when
/// they are too wide for it (`signer_rows`), and the DOCX and HTML break them where it did
/// (`layout::PagedDocument::signer_pieces`).
pub const SIGNER_GAP: &str = "　";

/// The names of joint signers in a signature line.
pub fn signer_names(signer: &str) -> Vec<&str> {
    signer.split(SIGNER_GAP).filter(|p| !p.is_empty()).collect()
}

/// The lines a signer takes when each must pass `fits`: the whole, else the joint signers one a
/// line, and a name still too wide broken after its list marks (`、`, `，`), then between
/// characters — so no signature ever runs off the type area.
pub fn signer_rows<'a>(signer: &'a str, mut fits: impl FnMut(&str) -> bool) -> Vec<&'a str> {
    if fits(signer) {
        return vec![signer];
    }
    let mut rows = Vec::new();
    for name in signer_names(signer) {
        wrap_name(name, &mut fits, &mut rows);
    }
    rows
}

/// Greedy lines of `name` that pass `fits`, broken after a list mark where one fits, else
/// between characters (one character a line at the least).
fn wrap_name<'a>(name: &'a str, fits: &mut impl FnMut(&str) -> bool, rows: &mut Vec<&'a str>) {
    let mut rest = name;
    while !rest.is_empty() {
        if fits(rest) {
            rows.push(rest);
            return;
        }
        let ends: Vec<usize> = rest.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
        let (mut at_mark, mut at_char) = (None, ends[0]);
        for &e in &ends[..ends.len() - 1] {
            if !fits(&rest[..e]) {
                break;
            }
            at_char = e;
            if rest[..e].ends_with(['、', '，', ',']) {
                at_mark = Some(e);
            }
        }
        let at = at_mark.unwrap_or(at_char);
        rows.push(&rest[..at]);
        rest = &rest[at..];
    }
}

/// The label every renderer sets before the attachment note's names (附件说明).
pub const ATTACHMENT_NOTE_LABEL: &str = "附件：";

#[derive(Debug, Clone)]
pub struct StyledDocument {
    pub meta: Meta,
    pub template: Arc<Template>,
    pub source: Arc<SourceFile>,
    pub head: Head,
    pub title: Vec<String>,
    pub subtitle: Option<String>,
    pub addressee: Option<String>,
    pub body: Vec<SBlock>,
    /// 附件说明 lines: `1. 名称`, set after [`ATTACHMENT_NOTE_LABEL`].
    pub attachment_note: Vec<String>,
    pub signature: Option<Signature>,
    pub note: Option<String>,
    pub attachments: Vec<SAttachment>,
    pub footnotes: Vec<(usize, Vec<SBlock>)>,
    pub end: Option<EndBlock>,
    pub contact: Option<ContactInfo>,
    /// Minutes: (label, names) of the 出席 / 请假 / 列席 lines after the body.
    pub attendance: Vec<(String, String)>,
    /// The date as written in the document (normalised).
    pub date: Option<String>,
    /// Where each front-matter field was written (`bulletin.name`, `signers`…), for diagnostics.
    pub meta_spans: std::collections::BTreeMap<String, Span>,
}

impl StyledDocument {
    /// Every text of the document that will be set, with where it came from: for glyph checks.
    pub fn all_text(&self) -> Vec<(String, Span)> {
        self.texts(true)
    }

    /// The document's own text, without the marks folio generates that a format may draw in its
    /// own way (list markers and footnote numbers are Word numbering in the DOCX): what every
    /// format must print, for the conservation check.
    pub fn content_text(&self) -> Vec<(String, Span)> {
        self.texts(false)
    }

    fn texts(&self, generated: bool) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        let whole = Span::new(0, 0);
        let meta = |k: &str| self.meta_span(k);
        match &self.head {
            Head::Official { copy_number, secrecy, urgency, organs, suffix, doc_number, signers, dateline, .. } => {
                if let Some((issuer, date)) = dateline {
                    out.push((issuer.clone(), meta("issuer")));
                    out.push((date.clone(), meta("date")));
                }
                for (t, k) in [(copy_number, "copy_number"), (secrecy, "secrecy"), (urgency, "urgency"), (doc_number, "doc_number")] {
                    if let Some(t) = t {
                        out.push((t.clone(), meta(k)));
                    }
                }
                // joint issuers stack with one 文件 to their right
                for o in organs {
                    out.push((o.clone(), meta("issuer")));
                }
                if !organs.is_empty() {
                    out.push((suffix.clone(), meta("issuer")));
                }
                if !signers.is_empty() {
                    out.push((SIGNER_LABEL.to_string(), meta("signers")));
                }
                for s in signers {
                    out.push((s.clone(), meta("signers")));
                }
            }
            Head::Bulletin { name, issue, issuer, date } => {
                out.push((name.clone(), meta("bulletin.name")));
                out.push((issue.clone(), meta("bulletin.issue")));
                out.push((issuer.clone(), meta("issuer")));
                out.push((date.clone(), meta("date")));
            }
            Head::None => {}
        }
        for t in &self.title {
            out.push((t.clone(), meta("title")));
        }
        if let Some(s) = &self.subtitle {
            out.push((s.clone(), meta("subtitle")));
        }
        if let Some(a) = &self.addressee {
            out.push((a.clone(), meta("addressee")));
        }
        let runs =
            |runs: &[Run], out: &mut Vec<(String, Span)>| out.extend(runs.iter().filter(|r| generated || r.note.is_none()).map(|r| (r.text.clone(), r.span)));
        let blocks = |b: &[SBlock], out: &mut Vec<(String, Span)>| walk(b, out, generated, &runs);
        fn walk(b: &[SBlock], out: &mut Vec<(String, Span)>, generated: bool, runs: &dyn Fn(&[Run], &mut Vec<(String, Span)>)) {
            for b in b {
                match &b.kind {
                    SKind::Para(p) => runs(&p.runs, out),
                    SKind::Heading { number, para, .. } => {
                        out.push((number.clone(), b.span));
                        runs(&para.runs, out)
                    }
                    SKind::List(l) => l.items.iter().for_each(|i| {
                        if generated {
                            out.push((i.marker.clone(), b.span));
                        }
                        walk(&i.blocks, out, generated, runs)
                    }),
                    SKind::Table(t) => {
                        for c in t.rows.iter().flatten() {
                            runs(&c.runs, out);
                        }
                        if let Some(c) = &t.caption {
                            out.push((c.clone(), b.span));
                        }
                    }
                    SKind::Quote(q) => walk(q, out, generated, runs),
                    SKind::Image(i) => {
                        if let Some(c) = &i.caption {
                            out.push((c.clone(), b.span))
                        }
                    }
                    SKind::Rule | SKind::PageBreak => {}
                }
            }
        }
        blocks(&self.body, &mut out);
        if !self.attachment_note.is_empty() {
            // the label every renderer sets before the names
            out.push((ATTACHMENT_NOTE_LABEL.to_string(), meta("attachments")));
        }
        for l in &self.attachment_note {
            out.push((l.clone(), meta("attachments")));
        }
        if let Some(s) = &self.signature {
            for t in [&s.signer, &s.date].into_iter().flatten() {
                out.push((t.clone(), meta("signature")));
            }
        }
        for (label, names) in &self.attendance {
            out.push((label.clone(), meta("attendees")));
            out.push((names.clone(), meta("attendees")));
        }
        if let Some(n) = &self.note {
            out.push((n.clone(), meta("note")));
        }
        for a in &self.attachments {
            out.push((a.label.clone(), a.span));
            if let Some(t) = &a.title {
                out.push((t.clone(), a.span));
            }
            blocks(&a.blocks, &mut out);
        }
        for (_, f) in &self.footnotes {
            blocks(f, &mut out);
        }
        if let Some(e) = &self.end {
            for r in &e.rows {
                match r {
                    EndRow::Labeled { label, text } => out.push((format!("{label}{text}"), whole)),
                    EndRow::Contact(c) => out.extend(c.iter().map(|c| (c.clone(), meta("contact")))),
                    EndRow::Printed { left, right } => out.push((format!("{left}{right}"), whole)),
                    EndRow::Right(t) => out.push((t.clone(), whole)),
                }
            }
        }
        // the running footer line (the 版记's contact cells are among its rows above)
        if let Some(c) = self.contact.as_ref().filter(|c| c.placement == ContactPlacement::EveryPage) {
            out.push((c.line.clone(), meta("contact")));
        }
        out
    }

    /// Where a front-matter field was written: the field itself, else its parent
    /// (`bulletin` for `bulletin.name`), else the file start (a field filled from folio.toml).
    pub fn meta_span(&self, key: &str) -> Span {
        let mut k = key;
        loop {
            if let Some(s) = self.meta_spans.get(k) {
                return *s;
            }
            match k.rfind('.') {
                Some(i) => k = &k[..i],
                None => return Span::new(0, 0),
            }
        }
    }
}

/// Apply a template to a document.
pub fn style(doc: &Document, src: &Arc<SourceFile>, template: Arc<Template>, opts: &StyleOptions, diags: &mut Diagnostics) -> Result<StyledDocument> {
    let mut meta = doc.meta.clone();
    let span_of = |k: &str| doc.meta_spans.get(k).copied().unwrap_or_default();
    // contact: the document's own first, then folio.toml / flags
    if let Some(extra) = &opts.contact {
        let mut c = meta.contact.clone().unwrap_or_default();
        c.fill_from(extra);
        if !c.is_empty() {
            meta.contact = Some(c);
        }
    }
    let date = match &meta.date {
        Some(d) => match dates::normalize_date(d) {
            Some(n) => Some(n),
            None => {
                diags.push(
                    Diagnostic::warning(format!("`{d}` is not a date folio can read; it is printed as written"))
                        .at(src, span_of("date"))
                        .hint("write dates as 2021-08-27, 2021/08/27 or 2021年8月27日"),
                );
                Some(d.clone())
            }
        },
        None => None,
    };
    let print_date = meta.print_date.as_ref().map(|d| dates::normalize_date(d).unwrap_or_else(|| d.clone()));
    // a 令号 (第12号) or a minutes' 期号 (第5期) has no 〔year〕 to check
    let numbered_form = matches!(template.head.kind, HeadKind::Order | HeadKind::Minutes);
    let doc_number = meta.doc_number.as_ref().filter(|_| !numbered_form).map(|n| {
        let (fixed, problems) = dates::check_doc_number(n);
        for p in problems {
            diags.push(Diagnostic::warning(format!("document number `{n}`: {p}")).at(src, span_of("doc_number")).hint(format!("written as {fixed}")));
        }
        fixed
    });

    let tpl = &template;
    let issuer_line = meta.issuer.join("　");
    let mut title_text = meta.title.clone();
    let head = match tpl.head.kind {
        form if form.is_official() => {
            let (organs, suffix) = organ_mark(&meta, form, &tpl.head.organ_suffix, doc_number.as_deref(), &mut title_text);
            Head::Official {
                copy_number: meta.copy_number.clone(),
                secrecy: meta.secrecy.clone(),
                urgency: meta.urgency.clone(),
                organs,
                suffix,
                // a 令号 or a minutes' 期号 is kept as written (an order's under its mark)
                doc_number: if numbered_form {
                    meta.doc_number.as_deref().map(|n| order_number(n).map_or(n, |(_, k)| k).to_string())
                } else {
                    // (a compilation's 题注 that gives it, `（2007年6月14日…发 国人厅发〔2007〕68号）`,
                    // prints it under the title: not again over it)
                    doc_number.clone().filter(|n| !shown_in_subtitle(&meta, n))
                },
                signers: meta.signers.clone(),
                form,
                dateline: (form == HeadKind::Minutes).then(|| (issuer_line.clone(), date.clone().unwrap_or_default())),
            }
        }
        HeadKind::Bulletin => {
            let b = meta.bulletin.clone().unwrap_or_default();
            let mut issue = b.issue.clone().map(|i| if i.chars().all(|c| c.is_ascii_digit()) { format!("第{i}期") } else { i }).unwrap_or_default();
            if let Some(t) = &b.total_issue {
                let t = if t.chars().all(|c| c.is_ascii_digit()) { format!("（总第{t}期）") } else { t.clone() };
                issue = if issue.is_empty() { t } else { format!("{issue}　{t}") };
            }
            let name = b.name.clone().or_else(|| meta.issuer.first().map(|i| format!("{i}简报")));
            if b.name.is_none() {
                let shown = name.as_deref().unwrap_or("工作简报");
                diags.push(
                    Diagnostic::warning(format!("the bulletin has no name; its masthead reads `{shown}`"))
                        .at(src, Span::default())
                        .hint("set `bulletin: {name: …}` in the front matter"),
                );
            }
            Head::Bulletin { name: name.unwrap_or_else(|| "工作简报".into()), issue, issuer: issuer_line.clone(), date: date.clone().unwrap_or_default() }
        }
        _ => Head::None,
    };

    let title = title_text.as_ref().map(|t| title::balance(t, tpl.body.title_max_chars)).unwrap_or_default();
    // an order has no title, and minutes carry theirs as the 纪要 mark
    if title.is_empty() && !numbered_form {
        diags.push(Diagnostic::warning("the document has no title").at(src, Span::default()).hint("add `title:` to the front matter, or a `# 标题` line"));
    }

    let bullets = !tpl.head.kind.is_official();
    let mut cx = Cx { src, opts, diags, counters: [0; 4], notes: Vec::new(), number_headings: tpl.body.number_headings, bullets, tables: 0 };
    let mut body = Vec::new();
    let mut attachments = Vec::new();
    if let Some(line) = unplaced_head_fields(&meta, doc_number.as_deref(), &head) {
        // a head without a place for them (a bulletin's masthead, a handout's title): the text's
        // first line, never dropped
        cx.diags.push(
            Diagnostic::warning(format!("the `{}` template's head has no place for `{line}`; it is printed as the text's first line", tpl.name))
                .at(src, span_of("doc_number"))
                .hint("build with `--template gongwen` to set it in an official head"),
        );
        body.push(SBlock { kind: SKind::Para(Para::new("doc_number", line, span_of("doc_number"))), span: span_of("doc_number") });
    }
    for b in &doc.blocks {
        if let BlockKind::Attachment(a) = &b.kind {
            let saved = cx.counters;
            cx.counters = [0; 4];
            let blocks = cx.blocks(&a.blocks, 0)?;
            cx.counters = saved;
            attachments.push(SAttachment { label: a.label.clone(), title: a.title.clone(), blocks, span: b.span });
        } else {
            body.extend(cx.blocks(std::slice::from_ref(b), 0)?);
        }
    }
    // Number attachments that were written as plain 附件 when there are several.
    if attachments.len() > 1 {
        for (i, a) in attachments.iter_mut().enumerate() {
            if a.label == "附件" {
                a.label = format!("附件{}", i + 1);
            }
        }
    }
    let mut names: Vec<String> = meta.attachments.clone();
    if names.is_empty() {
        // (the document a 印发 notice issues, under no label, is named by the notice's title)
        names = attachments.iter().filter(|a| !a.label.is_empty()).filter_map(|a| a.title.clone()).collect();
    }
    let attachment_note = if names.len() == 1 { vec![names[0].clone()] } else { names.iter().enumerate().map(|(i, n)| format!("{}. {n}", i + 1)).collect() };

    // footnotes in order of first reference
    let mut footnotes = Vec::new();
    let order = cx.notes.clone();
    for (n, label) in order.iter().enumerate() {
        if let Some(f) = doc.footnotes.iter().find(|f| &f.label == label) {
            footnotes.push((n + 1, cx.blocks(&f.blocks, 0)?));
        } else {
            cx.diags.push(Diagnostic::warning(format!("footnote [^{label}] is referenced but never defined")).at(src, Span::default()));
        }
    }
    for f in &doc.footnotes {
        if !order.contains(&f.label) {
            cx.diags.push(Diagnostic::warning(format!("footnote [^{}] is defined but never referenced; it is printed at the end", f.label)).at(src, f.span));
            let n = footnotes.len() + 1;
            footnotes.push((n, cx.blocks(&f.blocks, 0)?));
        }
    }

    let seal = match &meta.seal {
        Some(p) => Some(load_image(p, "", None, src, span_of("seal"), opts)?),
        None => None,
    };
    // minutes carry no signature: the issuer and date stand in the head
    let signed = tpl.head.kind.is_official() && tpl.head.kind != HeadKind::Minutes;
    let signer = meta.signature.clone().or_else(|| (!meta.issuer.is_empty() && signed).then(|| meta.issuer.join(SIGNER_GAP)));
    let signature = if signed || meta.signature.is_some() || seal.is_some() {
        (signer.is_some() || date.is_some()).then(|| Signature { signer, date: date.clone(), seal })
    } else {
        None
    };

    let contact = meta
        .contact
        .clone()
        .filter(|c| !c.is_empty())
        .and_then(|c| (tpl.contact.placement != ContactPlacement::None).then(|| contact_info(&c, tpl.contact.placement)));

    let end = end_block(&meta, tpl, print_date.as_deref(), date.as_deref(), contact.as_ref());
    let attendance = meta.attendees.as_ref().map(attendance_lines).unwrap_or_default();

    Ok(StyledDocument {
        meta: meta.clone(),
        template: template.clone(),
        source: src.clone(),
        head,
        title,
        subtitle: meta.subtitle.clone(),
        addressee: meta
            .addressee
            .clone()
            .map(|a| if a.ends_with(['：', ':']) { a.trim_end_matches(':').trim_end_matches('：').to_string() + "：" } else { format!("{a}：") }),
        body,
        attachment_note,
        signature,
        note: meta.note.clone().map(|n| if n.starts_with('（') { n } else { format!("（{n}）") }),
        attachments,
        footnotes,
        end,
        contact,
        attendance,
        date,
        meta_spans: doc.meta_spans.clone(),
    })
}

/// The organ mark of an official head: its lines and the suffix to their right.
/// - a 明电 (telegram) number: no 文件 (GB/T 9704 has no form for telegrams);
/// - an order: the issuer and 令, unless the issuer already ends in 令 or 命令;
/// - minutes: the title when it is the 纪要 mark ("…纪要"; then it is not repeated as a title),
///   else the issuer and 纪要.
fn organ_mark(meta: &Meta, form: HeadKind, suffix: &str, doc_number: Option<&str>, title: &mut Option<String>) -> (Vec<String>, String) {
    // (read from the number as written: an order's is not checked as a document number)
    let order = meta.doc_number.as_deref().and_then(order_number);
    match form {
        HeadKind::Official if doc_number.is_some_and(|n| n.contains("明电")) => (meta.issuer.clone(), String::new()),
        HeadKind::Order if meta.issuer.iter().any(|i| i.ends_with('令')) => (meta.issuer.clone(), String::new()),
        // (`四川省人民政府令第368号`: the number names the mark)
        HeadKind::Order if order.is_some() => (order.map(|(mark, _)| vec![mark.to_string()]).unwrap_or_default(), String::new()),
        HeadKind::Minutes => match title.take() {
            Some(t) if t.trim_end().ends_with("纪要") => (vec![t.trim().to_string()], String::new()),
            other => {
                *title = other;
                (vec![format!("{}纪要", meta.issuer.join(""))], String::new())
            }
        },
        _ => (meta.issuer.clone(), suffix.to_string()),
    }
}

/// `四川省人民政府令第368号`, `国务院令 第732号`, `中华人民共和国主席令（第三十一号）`: an
/// order's number, which names its mark. Gives the mark (`四川省人民政府令`) and the 令号 (`第368号`).
pub fn order_number(n: &str) -> Option<(&str, &str)> {
    let at = n.rfind('令')?;
    let (mark, rest) = (n[..at + '令'.len_utf8()].trim(), n[at + '令'.len_utf8()..].trim());
    // (the number in brackets loses them; a mirror's pinyin after 号 keeps its own)
    let inner = match rest.strip_prefix(['（', '(']) {
        Some(r) => r.strip_suffix(['）', ')']).unwrap_or(r).trim(),
        None => rest,
    };
    // (a ministry numbers its orders by year: `交通运输部令2019年第32号`)
    let serial =
        inner.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix('年').filter(|_| inner.starts_with(|c: char| c.is_ascii_digit())).unwrap_or(inner);
    let numbered = serial.starts_with('第') && (serial.contains('号') || serial.contains('號'));
    // (a short form cited in a text, `国令第706号`, names no mark)
    (mark.chars().count() >= MIN_ORDER_MARK_CHARS && numbered).then_some((mark, inner))
}

/// The fewest characters of an order's mark: an organ's name and 令.
const MIN_ORDER_MARK_CHARS: usize = 3;

/// The labels of the minutes' attendance lines, in the order GB/T 9704 sets them.
pub const ATTENDANCE_LABELS: [&str; 3] = ["出席：", "请假：", "列席："];

fn attendance_lines(a: &Attendees) -> Vec<(String, String)> {
    ATTENDANCE_LABELS
        .iter()
        .zip([&a.present, &a.on_leave, &a.observers])
        .filter(|(_, names)| !names.is_empty())
        .map(|(label, names)| (label.to_string(), names.join("、")))
        .collect()
}

fn contact_info(c: &Contact, placement: ContactPlacement) -> ContactInfo {
    let mut line = Vec::new();
    let mut cells = Vec::new();
    let fields: [(&str, &Option<String>); 8] = [
        ("联系单位", &c.organization),
        ("联系人", &c.person),
        ("联系电话", &c.phone),
        ("传真", &c.fax),
        ("地址", &c.address),
        ("邮编", &c.postcode),
        ("电子邮箱", &c.email),
        ("网址", &c.website),
    ];
    for (label, v) in fields {
        if let Some(v) = v {
            cells.push(format!("{label}：{v}"));
            line.push(match label {
                "联系单位" => v.clone(),
                "联系电话" => format!("电话：{v}"),
                "联系人" => format!("联系人：{v}"),
                _ => format!("{label}：{v}"),
            });
        }
    }
    ContactInfo { placement, contact: c.clone(), line: line.join("　"), cells }
}

fn end_block(meta: &Meta, tpl: &Template, print_date: Option<&str>, date: Option<&str>, contact: Option<&ContactInfo>) -> Option<EndBlock> {
    let mut rows = Vec::new();
    let contact_row = contact.filter(|c| c.placement == ContactPlacement::EndBlock).map(|c| EndRow::Contact(c.cells.clone()));
    let b = meta.bulletin.clone().unwrap_or_default();
    // 报：/送：/发： rows, whatever the kind: an older 版记 has them too, and nothing the
    // document gives is dropped
    let lists = || {
        [("报：", &b.report_to), ("送：", &b.send_to), ("发：", &b.distribute_to)]
            .into_iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(label, list)| EndRow::Labeled { label: label.into(), text: list.join("，") })
            .collect::<Vec<_>>()
    };
    let copies_to = (!meta.copies_to.is_empty())
        .then(|| EndRow::Labeled { label: "抄送：".into(), text: format!("{}。", meta.copies_to.join("，").trim_end_matches('。')) });
    let copies = b.copies.as_ref().map(|c| EndRow::Right(if c.chars().all(|x| x.is_ascii_digit()) { format!("（共印{c}份）") } else { c.clone() }));
    match tpl.end.kind {
        EndKind::Official => {
            rows.extend(lists());
            rows.extend(copies_to);
            rows.extend(contact_row);
            // every 版记 has its 印发 line (GB/T 9704 §7.4.2): the issuer and the document's
            // date stand in for a printer and a print date the document does not give
            if meta.printer.is_some() || print_date.is_some() || !rows.is_empty() {
                let printer = meta.printer.clone().or_else(|| meta.issuer.first().cloned());
                rows.push(EndRow::Printed { left: printer.unwrap_or_default(), right: print_date.or(date).map(|d| format!("{d}印发")).unwrap_or_default() });
            }
            rows.extend(copies);
        }
        EndKind::Letter => {
            rows.extend(lists());
            rows.extend(copies_to);
            rows.extend(contact_row);
            rows.extend(copies);
        }
        EndKind::Bulletin => {
            rows.extend(lists());
            rows.extend(copies_to);
            rows.extend(contact_row);
            // a printer and print date the document gives (a bulletin has no 印发 line of its own)
            if meta.printer.is_some() || print_date.is_some() {
                rows.push(EndRow::Printed {
                    left: meta.printer.clone().unwrap_or_default(),
                    right: print_date.map(|d| format!("{d}印发")).unwrap_or_default(),
                });
            }
            rows.extend(copies);
        }
        EndKind::None => {}
    }
    (!rows.is_empty()).then_some(EndBlock { kind: tpl.end.kind, rows })
}

/// Shared state of turning blocks into styled blocks.
struct Cx<'a> {
    src: &'a Arc<SourceFile>,
    opts: &'a StyleOptions,
    diags: &'a mut Diagnostics,
    counters: [u32; 4],
    /// Footnote labels in order of first reference.
    notes: Vec<String>,
    number_headings: bool,
    /// Unordered lists get a small round bullet (bulletins, handouts); in official documents,
    /// which know no bullets (GB/T 9704), they are numbered like ordered ones.
    bullets: bool,
    /// Tables styled so far (the next table's id).
    tables: usize,
}

impl Cx<'_> {
    fn blocks(&mut self, blocks: &[Block], depth: usize) -> Result<Vec<SBlock>> {
        let mut out = Vec::new();
        for b in blocks {
            let kind = match &b.kind {
                BlockKind::Heading { level, content } => {
                    let level = (*level).clamp(1, 4);
                    let l = level as usize - 1;
                    self.counters[l] += 1;
                    for c in &mut self.counters[l + 1..] {
                        *c = 0;
                    }
                    let runs = self.runs(content, false, false);
                    let text: String = runs.iter().map(|r| r.text.as_str()).collect();
                    let own = numbering::existing_number(text.trim_start()).is_some() || numbering::dotted_clause(text.trim_start());
                    let number = if own || !self.number_headings { String::new() } else { numbering::format_number(level, self.counters[l]) };
                    SKind::Heading { level, number, para: Para { role: heading_role(level), runs } }
                }
                BlockKind::Paragraph(inl) => SKind::Para(Para { role: "body", runs: self.runs(inl, false, false) }),
                BlockKind::List(list) => {
                    let mut items = Vec::new();
                    for (i, it) in list.items.iter().enumerate() {
                        let blocks = self.blocks(&it.blocks, depth + 1)?;
                        let first_text = blocks.first().map(|b| match &b.kind {
                            SKind::Para(p) => p.text(),
                            _ => String::new(),
                        });
                        let own = first_text.is_some_and(|t| numbering::existing_number(t.trim_start()).is_some());
                        let Some(n) = list.start.checked_add(i as u64) else {
                            return Err(Diagnostic::error(format!("list number {} + {i} is past the largest number folio can count", list.start))
                                .at(self.src, it.span)
                                .hint("start the list at a smaller number")
                                .into());
                        };
                        let marker = if own {
                            String::new()
                        } else if list.ordered || !self.bullets {
                            match depth % 3 {
                                0 => format!("{n}."),
                                1 => format!("（{n}）"),
                                _ => circled(n),
                            }
                        } else {
                            // a small round bullet at every depth (the indent tells the depth):
                            // a large ○ reads as a character
                            LIST_BULLET.to_string()
                        };
                        items.push(SItem { marker, blocks });
                    }
                    SKind::List(SList { ordered: list.ordered, depth, items })
                }
                BlockKind::Table(t) => SKind::Table(self.table(t)?),
                BlockKind::Quote(q) => {
                    let mut inner = self.blocks(q, depth)?;
                    for b in &mut inner {
                        if let SKind::Para(p) = &mut b.kind {
                            p.role = "quote";
                        }
                    }
                    SKind::Quote(inner)
                }
                BlockKind::Image(img) => SKind::Image(load_image(&img.path, &img.alt, img.caption.clone(), self.src, b.span, self.opts)?),
                BlockKind::Rule => SKind::Rule,
                BlockKind::PageBreak => SKind::PageBreak,
                BlockKind::Attachment(a) => {
                    // nested attachments (inside a quote…) are set inline
                    let mut inner = vec![SBlock { kind: SKind::Para(Para::new("attachment_label", a.label.clone(), b.span)), span: b.span }];
                    inner.extend(self.blocks(&a.blocks, depth)?);
                    out.extend(inner);
                    continue;
                }
            };
            out.push(SBlock { kind, span: b.span });
        }
        Ok(out)
    }

    fn runs(&mut self, inl: &[Inline], bold: bool, italic: bool) -> Vec<Run> {
        let mut out = Vec::new();
        self.runs_into(inl, bold, italic, None, &mut out);
        // merge neighbours of the same style
        let mut merged: Vec<Run> = Vec::new();
        for r in out {
            if let Some(last) = merged.last_mut()
                && last.bold == r.bold
                && last.italic == r.italic
                && last.code == r.code
                && last.link == r.link
                && last.note.is_none()
                && r.note.is_none()
            {
                last.text.push_str(&r.text);
                last.span = last.span.join(r.span);
                continue;
            }
            merged.push(r);
        }
        merged
    }

    fn runs_into(&mut self, inl: &[Inline], bold: bool, italic: bool, link: Option<&str>, out: &mut Vec<Run>) {
        for i in inl {
            let base = Run { bold, italic, link: link.map(str::to_string), span: i.span, ..Run::default() };
            match &i.kind {
                InlineKind::Text(t) => out.push(Run { text: t.clone(), ..base }),
                InlineKind::Code(t) => out.push(Run { text: t.clone(), code: true, ..base }),
                InlineKind::Strong(c) => self.runs_into(c, true, italic, link, out),
                InlineKind::Emphasis(c) => self.runs_into(c, bold, true, link, out),
                InlineKind::Link { url, content } => self.runs_into(content, bold, italic, Some(url), out),
                InlineKind::LineBreak => out.push(Run { text: "\n".into(), ..base }),
                InlineKind::FootnoteRef(l) => {
                    let n = match self.notes.iter().position(|x| x == l) {
                        Some(p) => p + 1,
                        None => {
                            self.notes.push(l.clone());
                            self.notes.len()
                        }
                    };
                    out.push(Run { text: format!("[{n}]"), note: Some(n), ..base });
                }
            }
        }
    }

    fn table(&mut self, t: &Table) -> Result<STable> {
        let cols = t.rows.iter().map(|r| r.iter().map(|c| c.colspan.max(1) as usize).sum::<usize>()).max().unwrap_or(0);
        let mut rows: Vec<Vec<SCell>> = Vec::with_capacity(t.rows.len());
        for r in &t.rows {
            let mut cells = Vec::with_capacity(r.len());
            for c in r {
                let (content, images) = self.cell_images(&c.content)?;
                cells.push(SCell { runs: self.runs(&content, false, false), images, colspan: c.colspan.max(1), rowspan: c.rowspan.max(1) });
            }
            rows.push(cells);
        }
        let mut align = t.align.clone();
        align.resize(cols, Align::Auto);
        for (ci, a) in align.iter_mut().enumerate() {
            if *a == Align::Auto {
                let body: Vec<String> = rows
                    .iter()
                    .skip(t.header_rows)
                    .filter_map(|r| r.get(ci))
                    .map(|c| c.runs.iter().map(|r| r.text.as_str()).collect::<String>())
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                if !body.is_empty() && body.iter().all(|s| is_numeric(s)) {
                    *a = Align::Right;
                }
            }
        }
        self.tables += 1;
        Ok(STable { id: self.tables - 1, header_rows: t.header_rows, rows, align, widths: t.widths.clone(), caption: t.caption.clone() })
    }

    /// A cell's images (`| ![图](i.png) |`), lifted out of its text and read; the rest of the
    /// text stays. An image's alt text is its description in the DOCX and the HTML.
    fn cell_images(&mut self, content: &[Inline]) -> Result<(Vec<Inline>, Vec<SImage>)> {
        let mut text = Vec::with_capacity(content.len());
        let mut images = Vec::new();
        for i in content {
            match &i.kind {
                InlineKind::Link { url, content } if url.starts_with(IMAGE_MARK) => {
                    let alt = content.first().map(|c| plain_text(std::slice::from_ref(c))).unwrap_or_default();
                    images.push(load_image(&url[IMAGE_MARK.len()..], &alt, None, self.src, i.span, self.opts)?);
                }
                _ => text.push(i.clone()),
            }
        }
        Ok((text, images))
    }
}

fn heading_role(level: u8) -> &'static str {
    match level {
        1 => "heading1",
        2 => "heading2",
        3 => "heading3",
        _ => "heading4",
    }
}

fn circled(n: u64) -> String {
    if (1..=20).contains(&n) { char::from_u32(0x2460 + n as u32 - 1).map(String::from).unwrap_or_default() } else { format!("（{n}）") }
}

/// Looks like a number: 12, -3.5, 5.0%, 1,234, ¥12.
pub fn is_numeric(s: &str) -> bool {
    let t = s.trim().trim_start_matches(['¥', '$', '-', '+', '约']).trim_end_matches(['%', '％', '‰', '元', '万', '亿', '个', '人', '家']);
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') && t.chars().any(|c| c.is_ascii_digit())
}

/// Images up to this many pixels are test-decoded when read (a seal, a logo, a chart); larger
/// photos are decoded once, by the PDF writer.
const MAX_DECODE_CHECK_PIXELS: u64 = 4_000_000;

/// Resolve, check and read an image; refuse paths outside the document's folder (and URLs)
/// unless `--allow-path` names their folder.
pub fn load_image(path: &str, alt: &str, caption: Option<String>, src: &SourceFile, span: Span, opts: &StyleOptions) -> Result<SImage> {
    let err = |msg: String, hint: &str| -> Failure { Diagnostic::error(msg).at(src, span).hint(hint.to_string()).into() };
    if path.contains("://") || path.starts_with("data:") {
        return Err(err(format!("image `{path}` is not a local file"), "download the image next to the document and refer to it by a relative path"));
    }
    let p = Path::new(path);
    let full = if p.is_absolute() { p.to_path_buf() } else { opts.base_dir.join(p) };
    let canon = full.canonicalize().map_err(|e| err(format!("image `{path}` cannot be read: {e}"), "check the path; it is relative to the document"))?;
    let base = opts.base_dir.canonicalize().unwrap_or_else(|_| opts.base_dir.clone());
    let allowed = canon.starts_with(&base) || opts.allow_paths.iter().any(|a| a.canonicalize().is_ok_and(|a| canon.starts_with(a)));
    if !allowed {
        return Err(err(
            format!("image `{path}` is outside the document's folder; refused"),
            "a document may only use images from its own folder; pass --allow-path DIR to allow another",
        ));
    }
    crate::limits::regular_file(&canon, "image", crate::limits::MAX_IMAGE_BYTES).map_err(|(m, h)| err(format!("image `{path}`: {m}"), h))?;
    let data = std::fs::read(&canon).map_err(|e| err(format!("image `{path}` cannot be read: {e}"), "check the file"))?;
    let (format, width, height) =
        image_size(&data).ok_or_else(|| err(format!("image `{path}` is not a PNG or JPEG file folio can read"), "convert it to PNG or JPEG"))?;
    if width as u64 * height as u64 > crate::limits::MAX_IMAGE_PIXELS {
        return Err(err(
            format!("image `{path}` is {width} × {height} pixels; folio takes at most {} megapixels", crate::limits::MAX_IMAGE_PIXELS / 1_000_000),
            "scale it down: 300 dpi is plenty for print (2480 × 3508 for a full A4 page)",
        ));
    }
    // decoded once here too, so that a damaged file fails at the line that names it rather than
    // later in the PDF writer with no place in the document
    if width as u64 * height as u64 <= MAX_DECODE_CHECK_PIXELS {
        printpdf::RawImage::decode_from_bytes(&data, &mut Vec::new())
            .map_err(|e| err(format!("image `{path}` cannot be decoded: {e}"), "open it in an image editor and save it again as PNG or JPEG"))?;
    }
    Ok(SImage { path: canon, data: Arc::new(data), format, width, height, alt: alt.to_string(), caption })
}

/// Format and pixel size from the file header (PNG IHDR, JPEG SOFn), without decoding.
pub fn image_size(d: &[u8]) -> Option<(ImageFormat, u32, u32)> {
    if d.len() > 24 && d.starts_with(b"\x89PNG\r\n\x1a\n") && &d[12..16] == b"IHDR" {
        let w = u32::from_be_bytes(d[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(d[20..24].try_into().ok()?);
        return (w > 0 && h > 0).then_some((ImageFormat::Png, w, h));
    }
    if d.starts_with(&[0xFF, 0xD8]) {
        let mut i = 2;
        while i + 9 < d.len() {
            if d[i] != 0xFF {
                return None;
            }
            let marker = d[i + 1];
            let len = u16::from_be_bytes([d[i + 2], d[i + 3]]) as usize;
            if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                let h = u16::from_be_bytes([d[i + 5], d[i + 6]]) as u32;
                let w = u16::from_be_bytes([d[i + 7], d[i + 8]]) as u32;
                return (w > 0 && h > 0).then_some((ImageFormat::Jpeg, w, h));
            }
            i += 2 + len;
        }
    }
    None
}

/// The 题注 under the title reads document number `n` (compared without spaces).
fn shown_in_subtitle(meta: &Meta, n: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    meta.subtitle.as_deref().is_some_and(|s| squash(s).contains(&squash(n)))
}

#[cfg(test)]
mod tests {
    use super::order_number;

    #[test]
    fn an_orders_number_gives_its_mark_and_its_number() {
        assert_eq!(order_number("四川省人民政府令第368号"), Some(("四川省人民政府令", "第368号")));
        assert_eq!(order_number("国务院令 第732号"), Some(("国务院令", "第732号")));
        assert_eq!(order_number("中华人民共和国主席令（第三十一号）"), Some(("中华人民共和国主席令", "第三十一号")));
        assert_eq!(order_number("交通运输部令2019年第32号"), Some(("交通运输部令", "2019年第32号")));
        assert_eq!(order_number("国令第706号"), None, "a short form names no mark");
        // a mirror's pinyin after 号 keeps its brackets
        assert_eq!(order_number("四川省人民政府令第368號（hào）"), Some(("四川省人民政府令", "第368號（hào）")));
        // no order: a document number, a bare 令号, a 令 in a word
        assert_eq!(order_number("川府发〔2024〕3号"), None);
        assert_eq!(order_number("第12号"), None);
        assert_eq!(order_number("关于执行戒严令的通告"), None);
    }
}
