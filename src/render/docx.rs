//! DOCX output with docx-rs: named styles for every role (Title, Heading 1–4 with outline levels,
//! body, addressee, signature…), explicit East Asian and Latin fonts on every style and run and
//! no theme fonts, A4 with the template's margins and a 22-line grid (exact 579-twip lines and
//! −0.25 pt on CJK runs give 28 characters a line in Word and LibreOffice), odd/even footers
//! with `— PAGE —` fields, tables with explicit grids and widths, lists that restart, hyperlinks,
//! footnotes, images with alt text, a floating seal, and the 版记 as a bordered table floated to
//! the bottom of the last page.
//!
//! docx-rs cannot write some of this (firstLineChars, tblHeader, w:lang, alt text, core
//! properties, a deterministic relationship order); a small XML pass after `build()` adds them,
//! puts property children in schema order, and the parts are zipped with deflate and fixed
//! timestamps so the same input gives the same bytes. The body's plain paragraphs and text
//! tables are written to XML as they are made, through the same pass, so that no tree of every
//! run is ever held (`docx_splice`).

use std::collections::BTreeSet;
use std::io::Write;

use docx_rs::*;

use crate::diag::{Diagnostic, Failure, Result};
use crate::layout::PagedDocument;
use crate::style::template::{ContactPlacement, PageNumberPosition, Style as TStyle, Template, TextAlign};
use crate::style::units::PT_PER_MM;
use crate::style::{EndRow, Head, Para, Run as SRun, SBlock, SKind, SList, STable, StyledDocument};

pub use super::docx_fonts::DocxFonts;
use super::docx_fonts::Embedding;
use super::docx_splice::Spliced;

/// Options of the DOCX renderer.
#[derive(Debug, Clone, Default)]
pub struct DocxOptions {
    /// Name the official faces (the default) or embed the PDF's faces as subsets.
    pub fonts: DocxFonts,
}

fn tw(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// Character spacing (twips) that brings a character of `size` pt to the grid's `cell`: the
/// nearest twentieth of a point (−0.20 pt for 28 characters of 16 pt on 156 mm), because a word
/// processor's character is what the PDF's is, to the twentieth. Rounding down instead (−0.25 pt)
/// let LibreOffice fit a character more than the PDF on a line with two digits in it.
fn grid_spacing(cell: f32, size: f32) -> i32 {
    ((cell - size) * 20.0).round() as i32
}

/// The DOCX's right margin (twips): the PDF's, narrowed when the grid's characters, at the rounded
/// spacing, would not fit `chars` to a line. A few twips of slack cover LibreOffice measuring a
/// 16 pt Han character at 320.2 twips (28 of them needed 8,853 twips, not 8,848).
fn grid_right_margin(t: &Template, cell: f32) -> i32 {
    let right = tw(t.page.margin_right.abs());
    if t.page.layout != crate::style::template::LayoutMode::Grid {
        return right;
    }
    let size = t.style("body").size.abs();
    let needed = t.page.chars as i32 * (tw(size) + grid_spacing(cell, size)) + GRID_SLACK;
    let width = tw(t.page.width.abs()) - tw(t.page.margin_left.abs()) - right;
    right - (needed - width).max(0)
}

/// Whether the layout puts a space between CJK and Latin (the handout's proportional mode): the
/// DOCX then asks the word processor for its own (`w:autoSpaceDE`). LibreOffice (7.4 and later)
/// ignores the flag and always sets a fifth of an em between a Han character and a Latin letter or
/// digit; only a character between them (a WORD JOINER, measured: corpus 02 from 68 % to 86 % of
/// the PDF's lines) would stop it, and that would break copying and searching `2019年`.
fn spaces_scripts(t: &Template) -> bool {
    t.page.layout != crate::style::template::LayoutMode::Grid && t.page.cjk_latin_space
}

/// Twips a grid line may run past its characters' sum before a word processor wraps it.
const GRID_SLACK: i32 = 10;

/// A text cut where it changes between wide (CJK) and narrow characters: the grid's spacing is
/// for the wide ones; Latin letters and digits keep their own advances, as in the PDF. Spaces and
/// marks whose width depends on context (curly quotes) stay with the piece before them.
fn width_pieces(text: &str) -> Vec<&str> {
    use crate::layout::atoms::{ambiguous, is_wide};
    let mut out = Vec::new();
    let mut start = 0;
    let mut wide = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || ambiguous(c) {
            continue;
        }
        let w = is_wide(c);
        if wide.is_some_and(|x| x != w) {
            out.push(&text[start..i]);
            start = i;
        }
        wide = Some(w);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Twips per grid line: the type area divided by the lines (579 for GB/T 9704).
fn line_twips(t: &Template) -> i32 {
    let h = t.page.height.abs() - t.page.margin_top.abs() - t.page.margin_bottom.abs();
    if t.page.layout == crate::style::template::LayoutMode::Grid {
        (tw(h) as f32 / t.page.lines.max(1) as f32).floor() as i32
    } else {
        tw(t.style("body").size.abs() * t.style("body").line_height)
    }
}

/// The first family of a chain (the official name): what Word and WPS should look for.
fn family(t: &Template, key: &str) -> String {
    t.fonts.get(key).and_then(|v| v.first()).cloned().unwrap_or_else(|| "仿宋_GB2312".into())
}

fn fonts(t: &Template, s: &TStyle) -> RunFonts {
    let east = family(t, &s.font);
    let latin = family(t, &s.latin);
    RunFonts::new().east_asia(&east).ascii(&latin).hi_ansi(&latin).cs(&latin).hint("eastAsia")
}

fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

fn jc(a: TextAlign) -> AlignmentType {
    match a {
        TextAlign::Justify => AlignmentType::Both,
        TextAlign::Left => AlignmentType::Left,
        TextAlign::Center => AlignmentType::Center,
        TextAlign::Right => AlignmentType::Right,
    }
}

/// Style ids and their Word names, per template role.
const ROLES: &[(&str, &str, &str)] = &[
    ("body", "FolioBody", "Folio Body"),
    ("title", "Title", "Title"),
    ("subtitle", "Subtitle", "Subtitle"),
    ("heading1", "Heading1", "heading 1"),
    ("heading2", "Heading2", "heading 2"),
    ("heading3", "Heading3", "heading 3"),
    ("heading4", "Heading4", "heading 4"),
    ("addressee", "FolioAddressee", "Folio Addressee"),
    ("signature", "FolioSignature", "Folio Signature"),
    ("note", "FolioNote", "Folio Note"),
    ("organ", "FolioOrgan", "Folio Organ Mark"),
    ("doc_number", "FolioDocNumber", "Folio Document Number"),
    ("copy_number", "FolioCopyNumber", "Folio Copy Number"),
    ("secrecy", "FolioSecrecy", "Folio Secrecy"),
    ("signer", "FolioSigner", "Folio Signer"),
    ("attachment_label", "FolioAttachmentLabel", "Folio Attachment Label"),
    ("table", "FolioTable", "Folio Table"),
    ("table_header", "FolioTableHeader", "Folio Table Header"),
    ("caption", "Caption", "caption"),
    ("quote", "Quote", "Quote"),
    ("footnote", "FootnoteText", "footnote text"),
    ("end_block", "FolioEndBlock", "Folio End Block"),
    ("page_number", "FolioPageNumber", "Folio Page Number"),
    ("footer", "Footer", "footer"),
    ("masthead", "FolioMasthead", "Folio Masthead"),
    ("issue", "FolioIssue", "Folio Issue"),
];

fn style_id(role: &str) -> &'static str {
    ROLES.iter().find(|r| r.0 == role).map(|r| r.1).unwrap_or("FolioBody")
}

struct Cx<'a> {
    doc: &'a StyledDocument,
    t: &'a Template,
    line: i32,
    cell: f32,
    next_num: usize,
    next_link: usize,
    next_pic: usize,
    next_note: usize,
    /// (pic id, alt text, behind text?)
    pics: Vec<(String, String, bool)>,
    /// abstract numbering ids already added: (kind, id)
    fonts_used: BTreeSet<(String, bool)>,
    /// Column widths (pt) of the PDF's tables, by table id.
    tables: &'a std::collections::BTreeMap<usize, Vec<f32>>,
    /// Where the PDF ends a line sooner than a word processor would (a mended 孤字).
    mended: &'a BTreeSet<usize>,
    /// Marks the PDF compressed to fit a line, by source offset (see `PagedDocument::squeezed_marks`).
    squeezed: &'a std::collections::BTreeMap<usize, f32>,
    /// Cells a line of the end block's contact rows, as the PDF set them.
    contact_lines: &'a [usize],
    /// The 印发 rows' printer's names in the lines the PDF set them on.
    printed_lines: &'a [Vec<String>],
    /// Font keys whose embedded face is a family's bold (a bold face standing in for 小标宋):
    /// their text is set bold to reach it.
    bold_keys: BTreeSet<String>,
    /// First-line indents (twips) and the same in hundredths of a character (`firstLineChars`).
    indents: Vec<(i32, i32)>,
    /// The body's paragraphs written ahead (see [`super::docx_splice`]).
    spliced: Spliced,
}

impl Cx<'_> {
    /// Writes ahead the paragraphs added to `d` since the last call, with the part's fixes.
    fn drain(&mut self, d: &mut Docx) {
        let indents = &self.indents;
        self.spliced.drain(d, |xml| fixed_piece(indents, xml));
    }

    /// Adds a table: a table of text only written ahead row by row (a roster of thousands of
    /// rows is never a tree), any other as a tree.
    fn add_table(&mut self, mut d: Docx, t: &STable) -> Docx {
        let text_only = t.rows.iter().flatten().all(|c| c.images.is_empty() && c.runs.iter().all(|r| r.link.is_none() && r.note.is_none()));
        if !text_only {
            return d.add_table(table(self, t));
        }
        self.drain(&mut d);
        let xml = written_table(self, t);
        self.spliced.add_written(d, xml)
    }

    fn st(&self, role: &str) -> &TStyle {
        self.t.style(role)
    }

    fn is_grid_size(&self, size: f32) -> bool {
        self.t.page.layout == crate::style::template::LayoutMode::Grid && (size - self.st("body").size.abs()).abs() < 0.01
    }

    /// One run of text in a role's style, with the CJK character spacing of the grid.
    fn run(&mut self, role: &str, r: &SRun) -> Run {
        self.narrowed_run(role, r, 0)
    }

    /// A run whose characters each give up `squeeze` twips, as the PDF's compressed marks do.
    fn narrowed_run(&mut self, role: &str, r: &SRun, squeeze: i32) -> Run {
        let s = self.st(role).clone();
        let key = if r.italic && self.t.fonts.contains_key("kai") { "kai".to_string() } else { s.font.clone() };
        let east = family(self.t, &key);
        let latin = family(self.t, &s.latin);
        self.fonts_used.insert((east.clone(), true));
        self.fonts_used.insert((latin.clone(), false));
        let mut run = Run::new().fonts(RunFonts::new().east_asia(&east).ascii(&latin).hi_ansi(&latin).cs(&latin).hint("eastAsia"));
        for (i, part) in r.text.split('\n').enumerate() {
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            if !part.is_empty() {
                run = run.add_text(part);
            }
        }
        if r.bold || self.bold_keys.contains(&key) {
            run = run.bold();
        }
        if self.is_grid_size(s.size.abs()) && r.text.chars().any(crate::layout::atoms::is_wide) {
            // 28 of the 16 pt characters fill the 156 mm line
            run = run.character_spacing(grid_spacing(self.cell, s.size.abs()) - squeeze);
        } else if squeeze != 0 {
            run = run.character_spacing(-squeeze);
        }
        if r.note.is_some() {
            run.run_property = run.run_property.vert_align(VertAlignType::SuperScript);
        }
        run
    }

    /// A run as the PDF sets it: emphasis cut where its look changes (Han upright in 楷体, Latin
    /// slanted — Word and LibreOffice would slant the Han too).
    fn pieces(&mut self, role: &str, r: &SRun) -> Vec<Run> {
        if !r.italic && self.is_grid_size(self.st(role).size.abs()) {
            return width_pieces(&r.text).into_iter().map(|text| self.run(role, &SRun { text: text.to_string(), ..r.clone() })).collect();
        }
        if !r.italic {
            return vec![self.run(role, r)];
        }
        if r.code {
            return vec![self.run(role, r).italic()];
        }
        crate::layout::atoms::emphasis_pieces(&r.text)
            .into_iter()
            .map(|(text, slanted)| {
                let run = self.run(role, &SRun { text: text.to_string(), ..r.clone() });
                if slanted { run.italic() } else { run }
            })
            .collect()
    }

    /// A run's pieces with each mark the PDF compressed to fit its line in a run of its own,
    /// narrowed as much: Word and LibreOffice compress no punctuation to fit a line, so they
    /// would otherwise push the line's last character down where the PDF keeps it.
    fn fitted_pieces(&mut self, role: &str, r: &SRun) -> Vec<Run> {
        let marks = crate::render::placed_at(&self.doc.source.text, r.span, &r.text, self.squeezed);
        if marks.is_empty() || r.italic {
            return self.pieces(role, r);
        }
        let part = |a: usize, b: usize| SRun { text: r.text[a..b].to_string(), span: crate::model::Span::default(), ..r.clone() };
        let mut out = Vec::new();
        let mut at = 0;
        for (j, pts) in marks {
            let end = j + r.text[j..].chars().next().map_or(0, char::len_utf8);
            if j > at {
                out.extend(self.pieces(role, &part(at, j)));
            }
            out.push(self.narrowed_run(role, &part(j, end), tw(pts)));
            at = end;
        }
        if at < r.text.len() {
            out.extend(self.pieces(role, &part(at, r.text.len())));
        }
        out
    }

    fn para(&mut self, p: &Para) -> Paragraph {
        let mut para = Paragraph::new().style(style_id(p.role));
        para = self.add_runs(para, p.role, &p.runs);
        para
    }

    fn add_runs(&mut self, mut para: Paragraph, role: &str, runs: &[SRun]) -> Paragraph {
        for r in runs {
            if let Some(n) = r.note {
                let blocks = self.doc.footnotes.iter().find(|(k, _)| *k == n).map(|(_, b)| b.clone()).unwrap_or_default();
                let mut content = Vec::new();
                for b in &blocks {
                    if let SKind::Para(fp) = &b.kind {
                        let mut q = Paragraph::new().style("FootnoteText");
                        q = self.add_runs(q, "footnote", &fp.runs);
                        content.push(q);
                    }
                }
                if content.is_empty() {
                    content.push(Paragraph::new().style("FootnoteText"));
                }
                self.next_note += 1;
                let note = Footnote { id: self.next_note, content };
                let mut fr = Run::new().add_footnote_reference(note);
                fr.run_property = fr.run_property.vert_align(VertAlignType::SuperScript);
                para = para.add_run(fr);
                continue;
            }
            // where the PDF ends a line to keep two characters on the last line, a line break
            // (justified: Word and LibreOffice expand a line that ends in one) does the same
            // (borrowed: most runs have no mended end and are not copied)
            let mut r = std::borrow::Cow::Borrowed(r);
            while r.link.is_none()
                && let Some(at) = self.mended_break_in(&r)
            {
                let head = SRun { text: r.text[..at].to_string(), span: crate::model::Span::new(r.span.start, r.span.start + at), ..(*r).clone() };
                for run in self.fitted_pieces(role, &head) {
                    para = para.add_run(run);
                }
                para = para.add_run(Run::new().add_break(BreakType::TextWrapping));
                r = std::borrow::Cow::Owned(SRun {
                    text: r.text[at..].to_string(),
                    span: crate::model::Span::new(r.span.start + at, r.span.end),
                    ..(*r).clone()
                });
            }
            let r = &*r;
            let runs = self.fitted_pieces(role, r);
            match r.link.as_deref().and_then(crate::render::safe_url) {
                Some(url) if !url.starts_with('#') => {
                    self.next_link += 1;
                    let mut h = Hyperlink {
                        link: HyperlinkData::External { rid: format!("rIdFolioLink{}", self.next_link), path: url },
                        history: None,
                        children: vec![],
                    };
                    for run in runs {
                        h = h.add_run(run.color("1A4F9C").underline("single"));
                    }
                    para = para.add_hyperlink(h);
                }
                _ => {
                    for run in runs {
                        para = para.add_run(run);
                    }
                }
            }
        }
        para
    }

    /// One line with a text flush left and another flush right (a right tab at `width`): the
    /// bulletin's issuer and date, a letter's 份号 and number, the minutes' issuer and date.
    fn left_right(&mut self, style: &str, left: (&str, &str), right: (&str, &str), width: f32) -> Paragraph {
        let mut p = Paragraph::new().style(style).align(AlignmentType::Left);
        p = self.add_runs(p, left.0, &[SRun { text: left.1.to_string(), ..SRun::default() }]);
        if !right.1.is_empty() {
            p = p.add_tab(Tab::new().val(TabValueType::Right).pos(tw(width).max(0) as usize)).add_run(Run::new().add_tab());
            p = self.add_runs(p, right.0, &[SRun { text: right.1.to_string(), ..SRun::default() }]);
        }
        p
    }

    /// The byte offset in a run's text of a mended line end inside it.
    fn mended_break_in(&self, r: &SRun) -> Option<usize> {
        crate::render::mended_split(&self.doc.source.text, r.span, &r.text, self.mended)
    }

    fn text_para(&mut self, role: &str, text: &str) -> Paragraph {
        let r = SRun { text: text.to_string(), ..SRun::default() };
        let p = Paragraph::new().style(style_id(role));
        self.add_runs(p, role, &[r])
    }

    fn blank(&self) -> Paragraph {
        Paragraph::new().style("FolioBody")
    }
}

/// Render the styled document to DOCX bytes.
/// `paged` is the same document laid out for the PDF: the DOCX takes its table columns from it.
pub fn render(doc: &StyledDocument, paged: &PagedDocument, book: &crate::fonts::FontBook, opts: &DocxOptions) -> Result<Vec<u8>> {
    let embedding = (opts.fonts == DocxFonts::Embed).then(|| super::docx_fonts::plan(doc, paged, book));
    // with embedded faces, every style and run names the embedded face's own family
    let renamed = embedding.as_ref().map(|e| e.template(&doc.template));
    let t = renamed.as_ref().unwrap_or(&*doc.template);
    let line = line_twips(t);
    let type_w = t.page.width.abs() - t.page.margin_left.abs() - t.page.margin_right.abs();
    let cell = type_w / t.page.chars.max(1) as f32;
    let mut cx = Cx {
        doc,
        t,
        line,
        cell,
        next_num: 1,
        next_link: 0,
        next_pic: 0,
        next_note: 0,
        pics: Vec::new(),
        fonts_used: BTreeSet::new(),
        tables: &paged.tables,
        mended: &paged.mended_breaks,
        squeezed: &paged.squeezed_marks,
        contact_lines: &paged.contact_lines,
        printed_lines: &paged.printed_lines,
        bold_keys: embedding.as_ref().map(|e| e.bold_keys.clone()).unwrap_or_default(),
        indents: Vec::new(),
        spliced: Spliced::default(),
    };
    cx.indents = first_line_indents(&cx);
    let body = t.style("body");
    let mut d = Docx::new()
        .default_fonts(fonts(t, body))
        .default_size(half_points(body.size.abs()))
        .page_size(tw(t.page.width.abs()) as u32, tw(t.page.height.abs()) as u32)
        .page_margin(
            PageMargin::new()
                .top(tw(t.page.margin_top.abs()))
                .bottom(tw(t.page.margin_bottom.abs()))
                .left(tw(t.page.margin_left.abs()))
                .right(grid_right_margin(t, cell))
                .header(851)
                .footer(tw((t.page.margin_bottom.abs() - t.page_number.offset.abs() - t.style("page_number").size.abs() * 1.2).max(20.0)))
                .gutter(0),
        );
    // styles
    for (role, id, name) in ROLES {
        let s = t.style(role).clone();
        let size = s.size.abs();
        let mut st = Style::new(*id, StyleType::Paragraph).name(*name).fonts(fonts(t, &s)).size(half_points(size)).align(jc(s.align));
        if *id != "FolioBody" {
            st = st.based_on("FolioBody").next("FolioBody");
        }
        if s.bold || cx.bold_keys.contains(&s.font) {
            st = st.bold();
        }
        if !s.color.is_black() {
            st = st.color(s.color.hex());
        }
        let cw = if cx.is_grid_size(size) { cell } else { size };
        let first = s.indent.pt(cw);
        if first > 0.0 {
            st = st.indent(Some(0), Some(SpecialIndentType::FirstLine(tw(first))), None, None);
        } else if *id != "FolioBody" {
            // said outright: a style based on the body would inherit its first-line indent
            // (the organ mark wraps, the title sits right of centre, cells are indented)
            st = st.indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None);
        }
        let ls = match *role {
            // big type in lines of its own height, still a whole number of grid lines
            "organ" | "masthead" => line * ((size * 1.25 * 20.0 / line as f32).ceil() as i32).max(1),
            "table" | "table_header" | "footnote" | "caption" => tw(size * s.line_height.max(1.2)),
            "page_number" | "footer" => tw(size * 1.3),
            _ => line,
        };
        st = st.line_spacing(LineSpacing::new().line(ls).line_rule(LineSpacingType::Exact).before(0).after(0));
        if let Some(l) = role.strip_prefix("heading").and_then(|n| n.parse::<usize>().ok()) {
            st = st.outline_lvl(l - 1);
            st.paragraph_property = st.paragraph_property.keep_next(true);
        }
        if *role == "title" {
            st.paragraph_property = st.paragraph_property.keep_next(true);
        }
        d = d.add_style(st);
    }
    d = d.add_style(Style::new("FootnoteReference", StyleType::Character).name("footnote reference"));

    // head
    d = head(d, &mut cx);
    for l in &doc.title {
        d = d.add_paragraph(cx.text_para("title", l));
    }
    if let Some(s) = &doc.subtitle {
        d = d.add_paragraph(cx.text_para("subtitle", s));
    }
    for _ in 0..t.body.title_gap_lines {
        d = d.add_paragraph(cx.blank());
    }
    if let Some(a) = &doc.addressee {
        d = d.add_paragraph(cx.text_para("addressee", a));
    }
    d = blocks(d, &mut cx, &doc.body, 0);
    if !doc.attachment_note.is_empty() {
        d = d.add_paragraph(cx.blank());
        let label_w = tw(3.0 * cell);
        for (i, l) in doc.attachment_note.iter().enumerate() {
            let text = if i == 0 { format!("{}{l}", crate::style::ATTACHMENT_NOTE_LABEL) } else { l.clone() };
            let mut p = cx.text_para("body", &text);
            let left = if i == 0 { 0 } else { tw(2.0 * cell) + label_w };
            let first = if i == 0 { tw(2.0 * cell) } else { 0 };
            p = p.indent(Some(left), Some(SpecialIndentType::FirstLine(first)), None, None);
            d = d.add_paragraph(p);
        }
    }
    if !doc.attendance.is_empty() {
        // minutes: 出席： / 请假： / 列席： two characters in, wrapped lines after the colon
        d = d.add_paragraph(cx.blank());
        for (label, names) in &doc.attendance {
            let label_w = tw(label.chars().count() as f32 * cell);
            let mut p = Paragraph::new().style("FolioBody").indent(Some(tw(2.0 * cell) + label_w), Some(SpecialIndentType::Hanging(label_w)), None, None);
            p = cx.add_runs(p, "attachment_label", &[SRun { text: label.clone(), ..SRun::default() }]);
            p = cx.add_runs(p, "body", &[SRun { text: names.clone(), ..SRun::default() }]);
            d = d.add_paragraph(p);
        }
    }
    if let Some(sig) = &doc.signature {
        d = d.add_paragraph(cx.blank());
        let right_in = tw(t.body.signature_indent.pt(cell));
        let sealed = sig.seal.is_some();
        let pieces = sig.signer.as_deref().map(|s| paged.signer_pieces(s)).unwrap_or_default();
        // joint signers the PDF stacks: all but the last name a paragraph each, placed alike
        for piece in pieces.iter().take(pieces.len().saturating_sub(1)) {
            d = d.add_paragraph(place_like_pdf(cx.text_para("signature", piece), paged, "signature", t, right_in));
        }
        if let Some(s) = pieces.last() {
            let mut p = place_like_pdf(cx.text_para("signature", s), paged, "signature", t, if sealed { tw(4.0 * cell) } else { right_in });
            if let Some(seal) = &sig.seal {
                cx.next_pic += 1;
                let id = format!("folioSeal{}", cx.next_pic);
                let w_emu = (42.0 * 36000.0) as u32;
                let h_emu = (w_emu as f32 * seal.height as f32 / seal.width.max(1) as f32) as u32;
                let pic = Pic::new_with_dimensions(seal.data.to_vec(), seal.width, seal.height)
                    .id(&id)
                    .size(w_emu, h_emu)
                    .floating()
                    .overlapping()
                    .relative_from_h(RelativeFromHType::Margin)
                    .relative_from_v(RelativeFromVType::Paragraph)
                    .position_h(DrawingPosition::Offset(((type_w - 4.0 * cell - 42.0 * PT_PER_MM) / PT_PER_MM * 36000.0).max(0.0) as i32))
                    .position_v(DrawingPosition::Offset(0));
                cx.pics.push((id, "印章".into(), false));
                p = p.add_run(Run::new().add_image(pic));
            }
            d = d.add_paragraph(p);
        }
        if let Some(date) = &sig.date {
            // where the PDF sets it: 2 characters right of the signer; with a seal, 4 characters
            // in from the right and the signer centred on it
            let p = place_like_pdf(cx.text_para("signature", date), paged, "date", t, if sealed { tw(4.0 * cell) } else { right_in });
            d = d.add_paragraph(p);
        }
    }
    if let Some(n) = &doc.note {
        d = d.add_paragraph(cx.text_para("note", n));
    }
    for a in &doc.attachments {
        let mut label = cx.text_para("attachment_label", &a.label);
        label = label.page_break_before(true);
        d = d.add_paragraph(label);
        if let Some(title) = &a.title {
            d = d.add_paragraph(cx.blank());
            d = d.add_paragraph(cx.text_para("title", title));
            d = d.add_paragraph(cx.blank());
        }
        d = blocks(d, &mut cx, &a.blocks, 0);
    }
    if let Some(e) = &doc.end {
        // the pages the PDF turns before its 版记 (to the next page, or past a blank one to an
        // even page), turned here too
        for _ in 0..paged.pages_before_end_block() {
            d = d.add_paragraph(Paragraph::new().style("FolioBody").page_break_before(true));
        }
        d = d.add_table(end_table(&mut cx, e));
        // a document may not end in a table: a tiny empty paragraph closes it
        let mut p = Paragraph::new().style("FolioBody");
        p.property = p.property.line_spacing(LineSpacing::new().line(20).line_rule(LineSpacingType::Exact));
        d = d.add_paragraph(p);
    } else if let Some(c) = doc.contact.as_ref().filter(|c| c.placement == ContactPlacement::EndBlock) {
        d = d.add_paragraph(cx.blank());
        d = d.add_paragraph(cx.text_para("end_block", &c.cells.join("　")));
    }

    // footers: page numbers and the running contact line
    let contact_line = doc.contact.as_ref().filter(|c| c.placement == ContactPlacement::EveryPage).map(|c| c.line.clone());
    let pn = &t.page_number;
    let mut odd = Footer::new();
    let mut even = Footer::new();
    if pn.position != PageNumberPosition::None {
        let inset = tw(pn.inset.pt(t.style("page_number").size.abs()));
        let (odd_jc, even_jc) = match pn.position {
            PageNumberPosition::Outside => (AlignmentType::Right, AlignmentType::Left),
            _ => (AlignmentType::Center, AlignmentType::Center),
        };
        odd =
            odd.add_paragraph(page_number(&mut cx, odd_jc).indent(None, None, Some(if pn.position == PageNumberPosition::Outside { inset } else { 0 }), None));
        even = even.add_paragraph(page_number(&mut cx, even_jc).indent(
            Some(if pn.position == PageNumberPosition::Outside { inset } else { 0 }),
            None,
            None,
            None,
        ));
    }
    if let Some(l) = &contact_line {
        odd = odd.add_paragraph(cx.text_para("footer", l));
        even = even.add_paragraph(cx.text_para("footer", l));
    }
    d = d.footer(odd).even_footer(even);
    if let Some(lower) = crate::layout::head::plan(doc, &crate::layout::Geometry::of(t)).double_rules.get(1) {
        // a letter's first page: no number, and the lower double rule (thin over thick) 20 mm
        // above the page's bottom edge
        let mut p = cx.text_para("footer", "");
        let above = t.page.margin_bottom.abs() - (t.page.height.abs() - lower.thick_y);
        p = border(p, ParagraphBorderPosition::Top, BorderType::ThinThickSmallGap, &t.head.rule_color.hex(), t.head.rule_width.abs(), above.clamp(0.0, 31.0));
        d = d.first_footer(Footer::new().add_paragraph(p)).title_pg();
    }
    d.document = d.document.doc_grid(DocGrid::new().grid_type(DocGridType::Lines).line_pitch(line as usize).char_space(0));
    let title = doc.meta.title.clone().unwrap_or_default();
    let creator = doc.meta.issuer.join("、");
    let ts = crate::render::timestamp(doc.date.as_deref().and_then(crate::style::dates::ymd));
    let (y, mo, da, h, mi, s) = crate::render::civil(ts);
    let when = format!("{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{s:02}Z");
    let mut d = d.created_at(&when).updated_at(&when);
    cx.drain(&mut d);
    let mut x = d.build();
    post_process(&mut x, &cx, &title, &creator, &when, doc);
    let fonts = embed_fonts(&mut x, embedding.as_ref());
    zip(x, &fonts, std::mem::take(&mut cx.spliced)).map_err(|e| Failure::from(Diagnostic::error(format!("cannot write the DOCX: {e}"))))
}

/// A line set flush left at the x where the PDF set the first text of `role`; where the PDF
/// set none, right-aligned `right_in` twips from the right margin.
fn place_like_pdf(p: Paragraph, paged: &PagedDocument, role: &str, t: &Template, right_in: i32) -> Paragraph {
    let x = paged.pages.iter().flat_map(|pg| &pg.items).find_map(|it| match it {
        crate::layout::Item::Text(tx) if tx.role == role => Some(tx.x0()),
        _ => None,
    });
    match x {
        Some(x) => {
            let left = tw(x - t.page.margin_left.abs()).max(0);
            p.align(AlignmentType::Left).indent(Some(left), Some(SpecialIndentType::FirstLine(0)), Some(0), None)
        }
        None => p.indent(None, None, Some(right_in), None),
    }
}

fn page_number(cx: &mut Cx, align: AlignmentType) -> Paragraph {
    let t = cx.t;
    let s = t.style("page_number").clone();
    let (a, b) = t.page_number.format.split_once("{n}").unwrap_or((t.page_number.format.as_str(), ""));
    let font = fonts(t, &s);
    let sz = half_points(s.size.abs());
    let r = |run: Run| run.size(sz).fonts(font.clone());
    let mut p = Paragraph::new().style("FolioPageNumber").align(align);
    if !a.is_empty() {
        p = p.add_run(r(Run::new().add_text(a)));
    }
    p = p
        .add_run(r(Run::new().add_field_char(FieldCharType::Begin, false)))
        .add_run(r(Run::new().add_instr_text(InstrText::Unsupported(" PAGE ".into()))))
        .add_run(r(Run::new().add_field_char(FieldCharType::Separate, false)))
        .add_run(r(Run::new().add_text("1")))
        .add_run(r(Run::new().add_field_char(FieldCharType::End, false)));
    if !b.is_empty() {
        p = p.add_run(r(Run::new().add_text(b)));
    }
    p
}

fn rule_below(p: Paragraph, color: &str, width_pt: f32, space_pt: f32) -> Paragraph {
    border(p, ParagraphBorderPosition::Bottom, BorderType::Single, color, width_pt, space_pt)
}

/// A paragraph border: the red rule (single), a letter's double rules (thick-thin).
fn border(mut p: Paragraph, at: ParagraphBorderPosition, kind: BorderType, color: &str, width_pt: f32, space_pt: f32) -> Paragraph {
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(at)
                .val(kind)
                .size(((width_pt * 8.0).round() as usize).clamp(2, 96))
                .space(space_pt.round().clamp(0.0, 31.0) as usize)
                .color(color),
        ),
    );
    p
}

/// A width in points for text that Word will set in a CJK font: a full cell a character, half
/// for ASCII. Exact for Chinese names and marks, near enough for Latin ones.
fn estimated_width(text: &str, size: f32) -> f32 {
    text.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>() * size
}

/// The document number after a paragraph's runs; as one run condensed (w:w) when it is wider
/// than `room` (the head plan's `number_room`, as the PDF sets it).
fn add_number(cx: &mut Cx, p: Paragraph, number: &str, room: f32) -> Paragraph {
    let w = estimated_width(number, cx.t.style("doc_number").size.abs());
    if w <= room || room <= 0.0 {
        return cx.add_runs(p, "doc_number", &[SRun { text: number.to_string(), ..SRun::default() }]);
    }
    let run = cx.run("doc_number", &SRun { text: number.to_string(), ..SRun::default() });
    p.add_run(run.stretch(((room / w) * 100.0).floor() as i32))
}

/// The 签发人 rows as the PDF sets them (`layout` `head_signers`): `签发人：` before the first
/// names, later names under the first, condensed (w:w) to leave a character's room from a
/// number on their line (`beside`, its width). A letter's stand flush left (`upward` None). An
/// upward document's end 1 character in from the right, and its number (`upward`, condensed to
/// `room`) opens the last row 1 character in. Word measures tab stops from the left margin, as
/// these are.
fn signer_rows(cx: &mut Cx, signers: &[String], upward: Option<&str>, beside: f32, room: f32) -> Vec<Paragraph> {
    let rows = crate::style::head_signer_rows(signers);
    let (names_size, label_size) = (cx.t.style("signer").size.abs(), cx.t.style("signer_label").size.abs());
    let label_w = estimated_width(crate::style::SIGNER_LABEL, label_size);
    let names_w = rows.iter().map(|r| estimated_width(r, names_size)).fold(0.0, f32::max);
    let width = crate::layout::Geometry::of(cx.t).width();
    let margins = if upward.is_some() { 2.0 * cx.cell } else { 0.0 };
    let names_room = (width - margins - if beside > 0.0 { beside + cx.cell } else { 0.0 } - label_w).max(cx.cell);
    let scale = if names_w > names_room { names_room / names_w } else { 1.0 };
    let names_x = if upward.is_some() { width - cx.cell - names_w * scale } else { label_w };
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let mut p = Paragraph::new().style("FolioDocNumber").align(AlignmentType::Left);
        if let Some(number) = upward {
            p = p.indent(Some(tw(cx.cell)), None, Some(tw(cx.cell)), None);
            if i + 1 == rows.len() {
                p = add_number(cx, p, number, room);
            }
        }
        let at = if i == 0 { names_x - label_w } else { names_x };
        if at > 0.0 {
            p = p.add_tab(Tab::new().val(TabValueType::Left).pos(tw(at) as usize)).add_run(Run::new().add_tab());
        }
        if i == 0 {
            p = cx.add_runs(p, "signer_label", &[SRun { text: crate::style::SIGNER_LABEL.into(), ..SRun::default() }]);
        }
        let mut r = cx.run("signer", &SRun { text: row.clone(), ..SRun::default() });
        if scale < 1.0 {
            r = r.stretch((scale * 100.0).floor() as i32);
        }
        out.push(p.add_run(r));
    }
    out
}

/// A paragraph of exactly `lines` grid lines (big type: organ mark, masthead).
fn tall(mut p: Paragraph, lines: u32, line: i32) -> Paragraph {
    p.property = p.property.line_spacing(LineSpacing::new().line(line * lines.max(1) as i32).line_rule(LineSpacingType::Exact).before(0).after(0));
    p
}

/// The head block on the same grid lines as folio's PDF (see `layout::head::plan`), so the title
/// and every body line after it fall on the same lines in Word and LibreOffice.
fn head(mut d: Docx, cx: &mut Cx) -> Docx {
    let t = cx.t;
    let geo = crate::layout::Geometry::of(t);
    let plan = crate::layout::head::plan(cx.doc, &geo);
    let red = t.head.rule_color.hex();
    let rule_w = t.head.rule_width.abs();
    let mut next = 0u32; // the next grid line a paragraph would take
    let fill_to = |d: Docx, cx: &Cx, next: &mut u32, slot: u32| -> Docx {
        let mut d = d;
        while *next < slot {
            d = d.add_paragraph(cx.blank());
            *next += 1;
        }
        d
    };
    // the red rule: a bottom border under the paragraph above it; the border adds its space and
    // width to that paragraph, which the next blank line gives back
    let rule_space = |above_bottom: f32| -> f32 { plan.rule_y.map(|y| (y - above_bottom).clamp(0.0, 31.0)).unwrap_or(0.0) };
    let mut give_back = 0i32;
    match &cx.doc.head {
        Head::Official { copy_number, secrecy, urgency, organs, suffix, doc_number, signers, dateline, .. } => {
            // a letter sets them under its first double rule, the first beside the number (and
            // its 签发人 after them)
            let letter = !plan.double_rules.is_empty();
            let mut texts: Vec<(&String, &str)> = [(copy_number, "copy_number"), (secrecy, "secrecy"), (urgency, "secrecy")]
                .into_iter()
                .filter_map(|(v, r)| v.as_ref().map(|v| (v, r)))
                .collect();
            if !letter {
                for ((v, role), slot) in texts.drain(..).zip(plan.copy_lines.iter()) {
                    d = fill_to(d, cx, &mut next, *slot);
                    d = d.add_paragraph(cx.text_para(role, v));
                    next += 1;
                }
            }
            let has_number = plan.number_slot.is_some() || plan.issuer_slot.is_some();
            if let Some((first, end, _)) = plan.mark {
                d = fill_to(d, cx, &mut next, first);
                let size = t.style("organ").size.abs();
                let type_w = geo.width();
                let n = organs.len() as u32;
                for (i, o) in organs.iter().enumerate() {
                    let text = if n == 1 {
                        format!("{o}{suffix}")
                    } else if i as u32 == n / 2 {
                        format!("{o}　{suffix}")
                    } else {
                        o.clone()
                    };
                    let width = estimated_width(&text, size);
                    let mut r = cx.run("organ", &SRun { text, ..SRun::default() });
                    if width > type_w {
                        // condensed horizontally (w:w), never shrunk
                        r = r.stretch(((type_w / width) * 100.0).floor() as i32);
                    }
                    let mut p = Paragraph::new().style("FolioOrgan").add_run(r);
                    if n > 1 {
                        p = p.align(AlignmentType::Distribute);
                    }
                    let lines = if i as u32 + 1 == n { (end - first).saturating_sub(i as u32) } else { 1 };
                    p = tall(p, lines, cx.line);
                    if letter && i as u32 + 1 == n {
                        p = border(p, ParagraphBorderPosition::Bottom, BorderType::ThickThinSmallGap, &red, rule_w, 4.0 * PT_PER_MM);
                    } else if !has_number && plan.rule_y.is_some() && i as u32 + 1 == n {
                        let sp = rule_space(geo.slot_top(end));
                        p = rule_below(p, &red, rule_w, sp);
                        give_back = tw(sp + rule_w);
                    }
                    d = d.add_paragraph(p);
                }
                next = end;
            }
            let number = doc_number.as_deref().unwrap_or("");
            if letter {
                // marks and 签发人 rows flush left, one a grid line; the number right on the first
                let mut lines: Vec<Paragraph> = texts.iter().map(|(v, role)| cx.text_para(role, v).align(AlignmentType::Left)).collect();
                let room = plan.number_room;
                let beside = if texts.is_empty() { estimated_width(number, t.style("doc_number").size.abs()).min(room) } else { 0.0 };
                lines.extend(signer_rows(cx, signers, None, beside, room));
                let first = plan.copy_lines.first().or(plan.signer_lines.first()).copied().or(plan.number_slot);
                if lines.is_empty() && first.is_some() {
                    lines.push(Paragraph::new().style("FolioDocNumber").align(AlignmentType::Left));
                }
                let slots: Vec<u32> = plan.copy_lines.iter().chain(&plan.signer_lines).copied().collect();
                for (i, mut p) in lines.into_iter().enumerate() {
                    let slot = slots.get(i).copied().or(first).unwrap_or(0);
                    d = fill_to(d, cx, &mut next, slot);
                    if i == 0 && !number.is_empty() {
                        let tab = Tab::new().val(TabValueType::Right).pos(tw(geo.width()).max(0) as usize);
                        p = add_number(cx, p.add_tab(tab).add_run(Run::new().add_tab()), number, room);
                    }
                    d = d.add_paragraph(p);
                    next = slot + 1;
                }
            } else if let Some(slot) = plan.number_slot {
                let room = plan.number_room;
                let beside = estimated_width(number, t.style("doc_number").size.abs()).min(room);
                let mut rows = signer_rows(cx, signers, Some(number), beside, room);
                for s in plan.signer_lines.iter().take(rows.len().saturating_sub(1)) {
                    d = fill_to(d, cx, &mut next, *s);
                    d = d.add_paragraph(rows.remove(0));
                    next += 1;
                }
                d = fill_to(d, cx, &mut next, slot);
                // (an upward document's number on its last 签发人 row)
                let mut p = rows.pop().unwrap_or_else(|| add_number(cx, Paragraph::new().style(style_id("doc_number")), number, room));
                if plan.rule_y.is_some() && plan.issuer_slot.is_none() {
                    let sp = rule_space(geo.slot_top(slot) + geo.pitch);
                    p = rule_below(p, &red, rule_w, sp);
                    give_back = tw(sp + rule_w);
                }
                d = d.add_paragraph(p);
                next = slot + 1;
            }
            if let (Some((issuer, date)), Some(slot)) = (dateline, plan.issuer_slot) {
                // minutes: issuer left, date right, the red rule under them
                d = fill_to(d, cx, &mut next, slot);
                let mut p = cx.left_right("FolioDocNumber", ("doc_number", issuer), ("doc_number", date), geo.width());
                let sp = rule_space(geo.slot_top(slot) + geo.pitch);
                p = rule_below(p, &red, rule_w, sp);
                give_back = tw(sp + rule_w);
                d = d.add_paragraph(p);
                next = slot + 1;
            }
        }
        Head::Bulletin { name, issue, issuer, date } => {
            if let Some((first, end, _)) = plan.mark {
                d = fill_to(d, cx, &mut next, first);
                d = d.add_paragraph(tall(cx.text_para("masthead", name), end - first, cx.line));
                next = end;
            }
            if let Some(slot) = plan.number_slot {
                d = fill_to(d, cx, &mut next, slot);
                d = d.add_paragraph(cx.text_para("issue", issue));
                next = slot + 1;
            }
            if let Some(slot) = plan.issuer_slot {
                d = fill_to(d, cx, &mut next, slot);
                let mut p = cx.left_right("FolioIssue", ("issue", issuer), ("issue", date), geo.width());
                let sp = rule_space(geo.slot_top(slot) + geo.pitch);
                p = rule_below(p, &red, rule_w, sp);
                give_back = tw(sp + rule_w);
                d = d.add_paragraph(p);
                next = slot + 1;
            }
        }
        Head::None => {}
    }
    // blank lines down to the title; the first gives back what the rule's border took
    while next < plan.title_slot {
        let mut p = cx.blank();
        if give_back > 0 {
            p = tall(p, 1, (cx.line - give_back).max(20));
            p.property = p.property.line_spacing(LineSpacing::new().line((cx.line - give_back).max(20)).line_rule(LineSpacingType::Exact));
            give_back = 0;
        }
        d = d.add_paragraph(p);
        next += 1;
    }
    d
}

fn blocks(mut d: Docx, cx: &mut Cx, blocks: &[SBlock], depth: usize) -> Docx {
    for (i, b) in blocks.iter().enumerate() {
        cx.drain(&mut d);
        match &b.kind {
            SKind::Para(p) => d = d.add_paragraph(cx.para(p)),
            SKind::Heading { number, para, .. } => {
                let mut p = para.clone();
                if !number.is_empty() {
                    p.runs.insert(0, SRun { text: number.clone(), ..SRun::default() });
                }
                d = d.add_paragraph(cx.para(&p));
            }
            SKind::List(l) => d = list(d, cx, l, depth),
            SKind::Table(t) => d = cx.add_table(d, t),
            SKind::Quote(q) => {
                // as in the PDF: a blank line after a list, two characters in on both sides
                if i > 0 && matches!(blocks[i - 1].kind, SKind::List(_)) {
                    d = d.add_paragraph(cx.blank());
                }
                for qb in q {
                    match &qb.kind {
                        SKind::Para(p) => {
                            let para = cx.para(p).indent(
                                Some(tw(2.0 * cx.cell)),
                                Some(SpecialIndentType::FirstLine(tw(2.0 * cx.cell))),
                                Some(tw(2.0 * cx.cell)),
                                None,
                            );
                            d = d.add_paragraph(para);
                        }
                        _ => d = self::blocks(d, cx, std::slice::from_ref(qb), depth + 1),
                    }
                }
            }
            SKind::Image(img) => {
                let type_w = cx.t.page.width.abs() - cx.t.page.margin_left.abs() - cx.t.page.margin_right.abs();
                let max_h = (cx.t.page.height.abs() - cx.t.page.margin_top.abs() - cx.t.page.margin_bottom.abs()) * 0.6;
                let pic = picture(cx, img, type_w, max_h);
                let p = Paragraph::new().style("Caption").align(AlignmentType::Center).add_run(Run::new().add_image(pic)).keep_next(img.caption.is_some());
                let mut p = p;
                p.property = p.property.line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240));
                d = d.add_paragraph(p);
                if let Some(c) = &img.caption {
                    d = d.add_paragraph(cx.text_para("caption", c));
                }
            }
            SKind::Rule => {
                let p = rule_below(cx.blank(), "000000", 0.5, 0.0);
                d = d.add_paragraph(p);
            }
            SKind::PageBreak => d = d.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page))),
        }
    }
    d
}

/// Lists: Word numbering (each list its own `num`, restarting at its start) for ordered lists,
/// text bullets for unordered ones.
fn list(mut d: Docx, cx: &mut Cx, l: &SList, depth: usize) -> Docx {
    let cell = cx.cell;
    let own_numbers = l.items.iter().all(|i| i.marker.is_empty());
    let num_id = if l.ordered && !own_numbers {
        cx.next_num += 1;
        let id = cx.next_num;
        let (fmt, text) = match l.depth % 3 {
            0 => ("decimal", "%1."),
            1 => ("decimal", "（%1）"),
            _ => ("decimalEnclosedCircle", "%1"),
        };
        let start = l.items.first().and_then(|i| i.marker.trim_matches(|c: char| !c.is_ascii_digit()).parse::<usize>().ok()).unwrap_or(1);
        let level = Level::new(0, Start::new(start), NumberFormat::new(fmt), LevelText::new(text), LevelJc::new("left"))
            .indent(None, Some(SpecialIndentType::FirstLine(tw((2.0 + 2.0 * l.depth as f32) * cell))), None, None)
            .suffix(LevelSuffixType::Nothing);
        d = d.add_abstract_numbering(AbstractNumbering::new(id).add_level(level));
        d = d.add_numbering(Numbering::new(id, id).add_override(LevelOverride::new(0).start(start)));
        Some(id)
    } else {
        None
    };
    for it in &l.items {
        let mut first = true;
        for b in &it.blocks {
            match (&b.kind, first) {
                (SKind::Para(p), true) => {
                    let mut para = Paragraph::new().style(style_id(p.role));
                    match num_id {
                        Some(id) => para = para.numbering(NumberingId::new(id), IndentLevel::new(0)),
                        None if !it.marker.is_empty() => {
                            para = cx.add_runs(para, p.role, &[SRun { text: format!("{} ", it.marker), ..SRun::default() }]);
                        }
                        None => {}
                    }
                    para = cx.add_runs(para, p.role, &p.runs);
                    para = para.indent(None, Some(SpecialIndentType::FirstLine(tw((2.0 + 2.0 * depth as f32) * cell))), None, None);
                    d = d.add_paragraph(para);
                }
                _ => d = blocks(d, cx, std::slice::from_ref(b), depth + 1),
            }
            first = false;
        }
    }
    d
}

/// An image at its 96-dpi size, scaled down to fit `max_w` × `max_h` points, registered with
/// its alt text for the package.
fn picture(cx: &mut Cx, img: &crate::style::SImage, max_w: f32, max_h: f32) -> Pic {
    let (nw, nh) = (img.width as f32 * 0.75, img.height as f32 * 0.75);
    let s = (max_w / nw).min(max_h / nh).min(1.0);
    let emu = |pt: f32| (pt * 12700.0) as u32;
    cx.next_pic += 1;
    let id = format!("folioImage{}", cx.next_pic);
    let pic = Pic::new_with_dimensions(img.data.to_vec(), img.width, img.height).id(&id).size(emu(nw * s), emu(nh * s));
    cx.pics.push((id, img.alt.clone(), false));
    pic
}

/// An image in a table cell: centred, as wide as the cell's text (or its own size at 96 dpi),
/// at most eight lines of the table's text tall — as the PDF sets it.
fn cell_picture(cx: &mut Cx, img: &crate::style::SImage, role: &str, inner_w: f32) -> Paragraph {
    let st = cx.t.style(role);
    let max_h = 8.0 * st.size.abs() * st.line_height.max(1.0);
    let pic = picture(cx, img, inner_w.max(1.0), max_h);
    let mut p = Paragraph::new().style(style_id(role)).align(AlignmentType::Center).add_run(Run::new().add_image(pic));
    // the table style's exact line height would clip the picture to one line
    p.property = p.property.line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240));
    p
}

fn table(cx: &mut Cx, t: &STable) -> Table {
    let (widths, ncols) = table_widths(cx, t);
    let mut rows = Vec::new();
    table_rows(cx, t, &widths, ncols, |_, row| rows.push(row));
    table_shell(rows, widths)
}

/// A table's XML (fixed as the document part is), each row written as soon as it is made.
fn written_table(cx: &mut Cx, t: &STable) -> Vec<u8> {
    let (widths, ncols) = table_widths(cx, t);
    let mut rows = Vec::new();
    table_rows(cx, t, &widths, ncols, |cx, row| rows.extend(fixed_piece(&cx.indents, &row.build())));
    let mut xml = fixed_piece(&cx.indents, &table_shell(Vec::new(), widths).build());
    let close = xml.len() - xml.ends_with(b"</w:tbl>").then_some(b"</w:tbl>".len()).unwrap_or(0);
    xml.splice(close..close, rows);
    xml
}

/// The column widths (twips) of a table and how many columns it has: the PDF's widths, so that
/// cells break where the PDF's do.
fn table_widths(cx: &Cx, t: &STable) -> (Vec<usize>, usize) {
    let type_w = tw(cx.t.page.width.abs() - cx.t.page.margin_left.abs() - cx.t.page.margin_right.abs());
    let ncols = t.rows.iter().map(|r| r.iter().map(|c| c.colspan as usize).sum::<usize>()).max().unwrap_or(1).max(1);
    let widths: Vec<usize> = match cx.tables.get(&t.id) {
        Some(w) if w.len() == ncols => w.iter().map(|pt| tw(*pt).max(0) as usize).collect(),
        _ => vec![type_w.max(0) as usize / ncols; ncols],
    };
    (widths, ncols)
}

/// Each row of a table handed to `row` as it is made.
fn table_rows(cx: &mut Cx, t: &STable, widths: &[usize], ncols: usize, mut each_row: impl FnMut(&Cx, TableRow)) {
    let mut covered: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut merges: Vec<(usize, usize, usize, usize)> = Vec::new(); // (row, col, colspan, rowspan)
    for (ri, r) in t.rows.iter().enumerate() {
        let header = ri < t.header_rows;
        let role = if header { "table_header" } else { "table" };
        let mut cells = Vec::new();
        let mut col = 0;
        let mut ci = 0;
        while col < ncols {
            if covered.contains(&(ri, col)) {
                // the continuation of a vertical merge
                let span = merges.iter().find(|m| m.1 == col && m.0 < ri && ri < m.0 + m.3).map(|m| m.2).unwrap_or(1);
                let w: usize = widths[col..(col + span).min(ncols)].iter().sum();
                let mut tc =
                    TableCell::new().width(w, WidthType::Dxa).vertical_merge(VMergeType::Continue).add_paragraph(Paragraph::new().style(style_id(role)));
                if span > 1 {
                    tc = tc.grid_span(span);
                }
                cells.push(tc);
                col += span;
                continue;
            }
            let Some(c) = r.get(ci) else {
                let w = widths[col];
                cells.push(TableCell::new().width(w, WidthType::Dxa).add_paragraph(Paragraph::new().style(style_id(role))));
                col += 1;
                continue;
            };
            ci += 1;
            let span = (c.colspan as usize).clamp(1, ncols - col);
            let w: usize = widths[col..col + span].iter().sum();
            let align = match (header, t.align.get(col)) {
                (true, _) => AlignmentType::Center,
                (_, Some(crate::model::Align::Right)) => AlignmentType::Right,
                (_, Some(crate::model::Align::Center)) => AlignmentType::Center,
                _ => AlignmentType::Left,
            };
            let mut tc = TableCell::new().width(w, WidthType::Dxa).vertical_align(VAlignType::Center);
            for img in &c.images {
                tc = tc.add_paragraph(cell_picture(cx, img, role, w as f32 / 20.0 - 2.0 * crate::layout::table::PAD_X));
            }
            if !c.runs.is_empty() || c.images.is_empty() {
                let p = Paragraph::new().style(style_id(role)).align(align);
                tc = tc.add_paragraph(cx.add_runs(p, role, &c.runs));
            }
            if span > 1 {
                tc = tc.grid_span(span);
            }
            if c.rowspan > 1 {
                tc = tc.vertical_merge(VMergeType::Restart);
                merges.push((ri, col, span, c.rowspan as usize));
                for rr in ri + 1..ri + c.rowspan as usize {
                    for k in col..col + span {
                        covered.insert((rr, k));
                    }
                }
            }
            cells.push(tc);
            col += span;
        }
        let mut row = TableRow::new(cells);
        if header {
            row = row.cant_split();
        }
        each_row(cx, row);
    }
}

/// A table's properties (centred, fixed columns, single rules) around `rows`.
fn table_shell(rows: Vec<TableRow>, widths: Vec<usize>) -> Table {
    let total: usize = widths.iter().sum();
    let b = |p| TableBorder::new(p).size(4).color("000000").border_type(BorderType::Single);
    let (px, py) = (tw(crate::layout::table::PAD_X).max(0) as usize, tw(crate::layout::table::PAD_Y).max(0) as usize);
    Table::new(rows)
        .set_grid(widths)
        .width(total, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .align(TableAlignmentType::Center)
        .margins(TableCellMargins::new().margin(py, px, py, px))
        .set_borders(
            TableBorders::with_empty()
                .set(b(TableBorderPosition::Top))
                .set(b(TableBorderPosition::Bottom))
                .set(b(TableBorderPosition::Left))
                .set(b(TableBorderPosition::Right))
                .set(b(TableBorderPosition::InsideH))
                .set(b(TableBorderPosition::InsideV)),
        )
}

/// What Word and WPS match a missing face by (its PANOSE class and the Unicode ranges and code
/// pages it covers), as the faces' own files declare them and as Word writes them into the font
/// tables of the documents it saves.
struct FontDescriptor {
    name: &'static str,
    panose: &'static str,
    /// usb0..usb3, csb0, csb1
    sig: Option<[&'static str; 6]>,
}

const GB2312_SIG: [&str; 6] = ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"];

const FONT_DESCRIPTORS: &[FontDescriptor] = &[
    FontDescriptor { name: "仿宋_GB2312", panose: "02010609030101010101", sig: Some(GB2312_SIG) },
    FontDescriptor { name: "楷体_GB2312", panose: "02010609030101010101", sig: Some(GB2312_SIG) },
    FontDescriptor { name: "仿宋", panose: "02010609060101010101", sig: Some(["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]) },
    FontDescriptor { name: "楷体", panose: "02010609060101010101", sig: None },
    FontDescriptor { name: "黑体", panose: "02010609060101010101", sig: None },
    FontDescriptor { name: "宋体", panose: "02010600030101010101", sig: None },
    FontDescriptor { name: "Times New Roman", panose: "02020603050405020304", sig: None },
];

/// The 版记 / 报尾 as a one-column table between rules, floated to the bottom of the page.
fn end_table(cx: &mut Cx, e: &crate::style::EndBlock) -> Table {
    let t = cx.t;
    let type_w = tw(t.page.width.abs() - t.page.margin_left.abs() - t.page.margin_right.abs()).max(0) as usize;
    let size = t.style("end_block").size.abs();
    let inset = tw(size);
    // one table row per line: labeled rows wrap inside their cell; contact cells are grouped
    // into the lines the PDF set them on (one a line past what it recorded)
    let mut groups = cx.contact_lines.iter().copied();
    let mut lines: Vec<EndRow> = Vec::new();
    for r in &e.rows {
        match r {
            EndRow::Contact(cells) => {
                let mut rest = cells.as_slice();
                while !rest.is_empty() {
                    let k = groups.next().unwrap_or(1).clamp(1, rest.len());
                    lines.push(EndRow::Contact(rest[..k].to_vec()));
                    rest = &rest[k..];
                }
            }
            other => lines.push(other.clone()),
        }
    }
    let n_lines = lines.len();
    let mut printed = cx.printed_lines.iter();
    let mut rows = Vec::new();
    for r in &lines {
        let mut p = Paragraph::new().style("FolioEndBlock").indent(Some(inset), None, Some(inset), None);
        match r {
            EndRow::Labeled { label, text } => {
                let lw = tw(label.chars().count() as f32 * size);
                p = p.indent(Some(inset + lw), Some(SpecialIndentType::Hanging(lw)), Some(inset), None);
                p = cx.add_runs(p, "end_block", &[SRun { text: format!("{label}{text}"), ..SRun::default() }]);
            }
            EndRow::Contact(cells) => {
                // cells spread over the line with tab stops
                let k = cells.len();
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        let pos = if i + 1 == k {
                            (type_w as i32 - 2 * inset).max(0) as usize
                        } else {
                            ((type_w as i32 - 2 * inset) * i as i32 / (k as i32 - 1).max(1)).max(0) as usize
                        };
                        let val = if i + 1 == k { TabValueType::Right } else { TabValueType::Center };
                        p = p.add_tab(Tab::new().val(val).pos(pos)).add_run(Run::new().add_tab());
                    }
                    p = cx.add_runs(p, "end_block", &[SRun { text: c.clone(), ..SRun::default() }]);
                }
            }
            EndRow::Printed { left, right } => {
                // a name too long to share the line with the date wraps beside it where the PDF
                // wrapped it, the date on its first line
                let pieces = crate::layout::page::printer_lines(printed.next().map(Vec::as_slice), left);
                p = cx.add_runs(p, "end_block", &[SRun { text: pieces[0].to_string(), ..SRun::default() }]);
                p = p.add_tab(Tab::new().val(TabValueType::Right).pos((type_w as i32 - 2 * inset).max(0) as usize)).add_run(Run::new().add_tab());
                p = cx.add_runs(p, "end_block", &[SRun { text: right.clone(), ..SRun::default() }]);
                for piece in &pieces[1..] {
                    p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
                    p = cx.add_runs(p, "end_block", &[SRun { text: piece.to_string(), ..SRun::default() }]);
                }
            }
            EndRow::Right(text) => {
                p = p.align(AlignmentType::Right);
                p = cx.add_runs(p, "end_block", &[SRun { text: text.clone(), ..SRun::default() }]);
            }
        }
        // the block stays together: every row keeps with the next
        if rows.len() + 1 < n_lines {
            p = p.keep_next(true);
        }
        p = p.keep_lines(true);
        rows.push(TableRow::new(vec![TableCell::new().width(type_w, WidthType::Dxa).add_paragraph(p)]));
    }
    let outer = ((t.end.outer_rule.abs() * 8.0).round() as usize).clamp(2, 96);
    let inner = ((t.end.inner_rule.abs() * 8.0).round() as usize).clamp(2, 96);
    let color = t.end.rule_color.hex();
    let b = |p, s: usize| TableBorder::new(p).size(s).color(&color).border_type(BorderType::Single);
    Table::new(rows)
        .set_grid(vec![type_w])
        .width(type_w, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .set_borders(
            TableBorders::with_empty()
                .set(b(TableBorderPosition::Top, outer))
                .set(b(TableBorderPosition::Bottom, outer))
                .set(b(TableBorderPosition::InsideH, inner)),
        )
        // placed from the page's left edge, not centred in the margins: LibreOffice keeps a
        // floating table as wide as the text area inline (at the top of the page) unless its
        // position is given against the page
        .position(
            TablePositionProperty::new()
                .vertical_anchor("margin")
                .horizontal_anchor("page")
                .position_x(tw(t.page.margin_left.abs()))
                .position_y_alignment("bottom"),
        )
        .margins(TableCellMargins::new().margin_left(0, WidthType::Dxa).margin_right(0, WidthType::Dxa))
}

/// The XML docx-rs cannot write, and deterministic packaging details.
/// firstLineChars for the 2-character indents (docx-rs stores it but never writes it): each
/// first-line indent of a role, in twips and in hundredths of a character.
fn first_line_indents(cx: &Cx) -> Vec<(i32, i32)> {
    let indent_tw = |role: &str| {
        let st = cx.t.style(role);
        let cw = if cx.is_grid_size(st.size.abs()) { cx.cell } else { st.size.abs() };
        (tw(st.indent.pt(cw)), (st.indent.pt(cw) / cw * 100.0).round() as i32)
    };
    let mut indents: Vec<(i32, i32)> = ROLES.iter().map(|r| indent_tw(r.0)).filter(|(w, _)| *w > 0).collect();
    indents.push((tw(2.0 * cx.cell), 200));
    // no indent, said in characters too: a style based on the body would inherit its 200
    indents.push((0, 0));
    indents.sort();
    indents.dedup();
    indents
}

fn post_process(x: &mut XMLDocx, cx: &Cx, title: &str, creator: &str, when: &str, doc: &StyledDocument) {
    let s = |v: &Vec<u8>| String::from_utf8_lossy(v).into_owned();
    let t = cx.t;
    let add_chars = |xml: String| with_first_line_chars(&xml, &cx.indents);
    let mut document = with_header_rows(&add_chars(s(&x.document)));
    // alt text and unique ids of drawings
    document = fix_drawings(&document, &cx.pics);
    x.document = canonicalize(document.as_bytes());
    let mut styles = add_chars(s(&x.styles));
    // overflowPunct is written "1" (Word's own default: a line-end mark that does not fit may
    // hang in the margin) because LibreOffice reads the flag inverted (writerfilter sets
    // ParaIsHangingPunctuation = (value == 0)) and, in justified paragraphs, does not paint a
    // hanging comma at all: with "0" LibreOffice 7.4 lost two commas of the seed. With "1" Word
    // and WPS show their usual hanging mark and LibreOffice pushes the mark to the next line;
    // no program drops text. An automatic space between CJK and Latin only where the PDF sets
    // one (the grid has none), no snapping of big type to two grid lines (exact line heights
    // keep the grid).
    let auto = u8::from(spaces_scripts(cx.t));
    styles = styles.replace(
        "<w:pPr>",
        &format!("<w:pPr><w:widowControl w:val=\"0\" /><w:snapToGrid w:val=\"0\" /><w:overflowPunct w:val=\"1\" /><w:autoSpaceDE w:val=\"{auto}\" /><w:autoSpaceDN w:val=\"{auto}\" />"),
    );
    styles = styles.replacen("</w:rPr></w:rPrDefault>", "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\" /></w:rPr></w:rPrDefault>", 1);
    x.styles = canonicalize(styles.as_bytes());
    x.numberings = canonicalize(&x.numberings);
    for f in x.footers.iter_mut() {
        *f = canonicalize(f);
    }
    // footnotes: the number inside each note, and the separators Word expects
    let mut notes = s(&x.footnotes);
    if notes.contains("<w:footnote w:id=") {
        let fnr = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\" /><w:vertAlign w:val=\"superscript\" /></w:rPr><w:footnoteRef /></w:r>";
        let mut pos = 0;
        while let Some(i) = notes[pos..].find("<w:footnote w:id=") {
            let a = pos + i;
            let Some(e) = notes[a..].find("</w:pPr>").map(|e| a + e + "</w:pPr>".len()) else { break };
            notes.insert_str(e, fnr);
            pos = e + fnr.len();
        }
        let sep = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator /></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator /></w:r></w:p></w:footnote>";
        if let Some(i) = notes.find("<w:footnote w:id=") {
            notes.insert_str(i, sep);
        }
        x.footnotes = canonicalize(notes.as_bytes());
    }
    x.document_rels = sort_rels(&s(&x.document_rels)).into_bytes();
    // punctuation is not compressed behind the author's back (folio's grid decides)
    x.settings = s(&x.settings).replacen("</w:compat>", "</w:compat><w:characterSpacingControl w:val=\"doNotCompress\" />", 1).into_bytes();
    // the fonts the document names, for Word's and WPS's font substitution
    let mut ft = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    );
    let mut names: Vec<(String, bool)> = cx.fonts_used.iter().cloned().collect();
    for st in t.styles.values() {
        names.push((family(t, &st.font), true));
        names.push((family(t, &st.latin), false));
    }
    names.sort();
    names.dedup_by(|a, b| a.0 == b.0);
    for (n, cjk) in names {
        let alt = crate::fonts::FontBook::expand_aliases(&n).into_iter().find(|a| a != &n && a.is_ascii()).unwrap_or_default();
        ft.push_str(&format!("<w:font w:name=\"{}\">", xml_esc(&n)));
        if !alt.is_empty() {
            ft.push_str(&format!("<w:altName w:val=\"{}\" />", xml_esc(&alt)));
        }
        let known = FONT_DESCRIPTORS.iter().find(|d| d.name == n);
        if let Some(d) = known {
            ft.push_str(&format!("<w:panose1 w:val=\"{}\" />", d.panose));
        }
        ft.push_str(if cjk {
            "<w:charset w:val=\"86\" /><w:family w:val=\"modern\" /><w:pitch w:val=\"fixed\" />"
        } else {
            "<w:charset w:val=\"00\" /><w:family w:val=\"roman\" /><w:pitch w:val=\"variable\" />"
        });
        if let Some([u0, u1, u2, u3, c0, c1]) = known.and_then(|d| d.sig) {
            ft.push_str(&format!("<w:sig w:usb0=\"{u0}\" w:usb1=\"{u1}\" w:usb2=\"{u2}\" w:usb3=\"{u3}\" w:csb0=\"{c0}\" w:csb1=\"{c1}\" />"));
        } else if cjk {
            // code page bit 18: the face covers GB 2312 (what every official face folio names does)
            ft.push_str("<w:sig w:usb0=\"00000001\" w:usb1=\"080E0000\" w:usb2=\"00000000\" w:usb3=\"00000000\" w:csb0=\"00040000\" w:csb1=\"00000000\" />");
        }
        ft.push_str("</w:font>");
    }
    ft.push_str("</w:fonts>");
    x.font_table = ft.into_bytes();
    // core properties
    let keywords = xml_esc(&doc.meta.keywords.join(", "));
    let subject = xml_esc(doc.meta.description.as_deref().unwrap_or(""));
    x.doc_props.core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{keywords}</cp:keywords><dc:language>zh-CN</dc:language><cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>",
        xml_esc(title),
        xml_esc(creator),
        xml_esc(creator)
    )
    .into_bytes();
    x.doc_props.app = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>folio {}</Application></Properties>",
        env!("CARGO_PKG_VERSION")
    )
    .into_bytes();
}

/// The document part's fixes to a piece of it written ahead (a paragraph, a table, a row),
/// one copy at a time.
fn fixed_piece(indents: &[(i32, i32)], xml: &[u8]) -> Vec<u8> {
    let xml = with_first_line_chars(&String::from_utf8_lossy(xml), indents);
    let xml = with_header_rows(&xml);
    canonicalize(xml.as_bytes())
}

/// Header rows repeat on each page (docx-rs writes no `tblHeader`; folio's rows that may not
/// split are its header rows).
fn with_header_rows(xml: &str) -> String {
    xml.replace("<w:trPr><w:cantSplit /></w:trPr>", "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>")
}

fn xml_esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `w:firstLine="420" />` → `w:firstLine="420" w:firstLineChars="200" />` for each indent of
/// `indents` (twips, hundredths of a character), in one pass over the part.
fn with_first_line_chars(xml: &str, indents: &[(i32, i32)]) -> String {
    use std::fmt::Write;
    const ATTR: &str = "w:firstLine=\"";
    let mut out = String::with_capacity(xml.len() + xml.len() / 16);
    let mut rest = xml;
    while let Some(at) = rest.find(ATTR) {
        let value_start = at + ATTR.len();
        let value_len = rest[value_start..].find('"').unwrap_or(0);
        let close = value_start + value_len + "\" />".len();
        let chars = rest[value_start..value_start + value_len]
            .parse::<i32>()
            .ok()
            .filter(|_| rest.get(value_start + value_len..close) == Some("\" />"))
            .and_then(|w| indents.iter().find(|(iw, _)| *iw == w).map(|(_, c)| *c));
        match chars {
            Some(c) => {
                out.push_str(&rest[..value_start + value_len + 1]);
                let _ = write!(out, " w:firstLineChars=\"{c}\" />");
                rest = &rest[close..];
            }
            None => {
                out.push_str(&rest[..value_start]);
                rest = &rest[value_start..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// docPr ids and alt text for every drawing (docx-rs writes `id="1" name="Figure"` for all).
fn fix_drawings(xml: &str, pics: &[(String, String, bool)]) -> String {
    let mut out = String::with_capacity(xml.len() + 256);
    let mut rest = xml;
    let mut n = 0;
    while let Some(start) = rest.find("<w:drawing>") {
        let Some(len) = rest[start..].find("</w:drawing>") else { break };
        let end = start + len + "</w:drawing>".len();
        out.push_str(&rest[..start]);
        let mut dr = rest[start..end].to_string();
        let embed = dr.split("r:embed=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or("").to_string();
        let (alt, behind) = pics.iter().find(|p| p.0 == embed).map(|p| (p.1.clone(), p.2)).unwrap_or_default();
        n += 1;
        dr = dr.replacen("<wp:docPr id=\"1\" name=\"Figure\" />", &format!("<wp:docPr id=\"{n}\" name=\"Picture {n}\" descr=\"{}\" />", xml_esc(&alt)), 1);
        dr = dr.replacen("<pic:cNvPr id=\"0\" name=\"\" />", &format!("<pic:cNvPr id=\"{n}\" name=\"Picture {n}\" descr=\"{}\" />", xml_esc(&alt)), 1);
        if behind {
            dr = dr.replacen("behindDoc=\"0\"", "behindDoc=\"1\"", 1);
        }
        out.push_str(&dr);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn sort_rels(xml: &str) -> String {
    let Some(head_end) = xml.find("<Relationship ") else { return xml.to_string() };
    let tail = xml.rfind("</Relationships>").unwrap_or(xml.len());
    if head_end >= tail {
        return xml.to_string();
    }
    let mut rels: Vec<&str> = xml[head_end..tail].split_inclusive("/>").collect();
    rels.sort();
    format!("{}{}{}", &xml[..head_end], rels.concat(), &xml[tail..])
}

/// Put the children of property elements in ECMA-376 schema order (docx-rs writes e.g. `sz`
/// before `rFonts`; Word may drop such properties or ask to repair the file).
fn canonicalize(xml: &[u8]) -> Vec<u8> {
    use quick_xml::events::{BytesStart, Event};
    const RPR: &[&str] = &[
        "ins",
        "del",
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
        "rPrChange",
    ];
    const PPR: &[&str] = &[
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ];
    const STYLE: &[&str] = &[
        "name",
        "aliases",
        "basedOn",
        "next",
        "link",
        "autoRedefine",
        "hidden",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
        "pPr",
        "rPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblStylePr",
    ];
    const SECTPR: &[&str] = &[
        "headerReference",
        "footerReference",
        "footnotePr",
        "endnotePr",
        "type",
        "pgSz",
        "pgMar",
        "paperSrc",
        "pgBorders",
        "lnNumType",
        "pgNumType",
        "cols",
        "formProt",
        "vAlign",
        "noEndnote",
        "titlePg",
        "textDirection",
        "bidi",
        "rtlGutter",
        "docGrid",
        "printerSettings",
        "sectPrChange",
    ];
    const TCPR: &[&str] =
        &["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"];
    const TBLPR: &[&str] = &[
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
    ];
    const PBDR: &[&str] = &["top", "left", "bottom", "right", "between", "bar"];
    const FONT: &[&str] =
        &["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"];
    // the settings folio and docx-rs write, in CT_Settings order (Word refuses others' order)
    const SETTINGS: &[&str] = &[
        "writeProtection",
        "view",
        "zoom",
        "embedTrueTypeFonts",
        "embedSystemFonts",
        "saveSubsetFonts",
        "mirrorMargins",
        "proofState",
        "documentProtection",
        "defaultTabStop",
        "evenAndOddHeaders",
        "characterSpacingControl",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "themeFontLang",
    ];
    const LVL: &[&str] = &["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"];
    fn order(parent: &[u8]) -> Option<&'static [&'static str]> {
        Some(match parent {
            b"w:rPr" => RPR,
            b"w:pPr" => PPR,
            b"w:style" => STYLE,
            b"w:sectPr" => SECTPR,
            b"w:tcPr" => TCPR,
            b"w:tblPr" => TBLPR,
            b"w:pBdr" => PBDR,
            b"w:lvl" => LVL,
            b"w:font" => FONT,
            b"w:settings" => SETTINGS,
            _ => return None,
        })
    }
    enum Node {
        Elem(BytesStart<'static>, Option<Vec<Node>>),
        Other(Event<'static>),
    }
    fn rank(order: &[&str], n: &Node) -> usize {
        match n {
            Node::Elem(s, _) => {
                let name = s.name();
                let local = name.as_ref().strip_prefix(b"w:").unwrap_or(name.as_ref());
                order.iter().position(|o| o.as_bytes() == local).unwrap_or(order.len())
            }
            Node::Other(_) => order.len(),
        }
    }
    let mut w = quick_xml::Writer::new(Vec::with_capacity(xml.len()));
    fn emit(w: &mut quick_xml::Writer<Vec<u8>>, n: Node) -> std::io::Result<()> {
        match n {
            Node::Elem(s, None) => w.write_event(Event::Empty(s)),
            Node::Elem(s, Some(kids)) => {
                let end = s.to_end().into_owned();
                w.write_event(Event::Start(s))?;
                for k in kids {
                    emit(w, k)?;
                }
                w.write_event(Event::End(end))
            }
            Node::Other(e) => w.write_event(e),
        }
    }
    let mut r = quick_xml::Reader::from_reader(xml);
    r.config_mut().trim_text(false);
    // an element whose children are put in order is read whole (a few properties); everything
    // else is copied through as it is read, without a tree of every element of the part
    let mut stack: Vec<(BytesStart<'static>, Vec<Node>)> = Vec::new();
    let mut buf = Vec::new();
    loop {
        let Ok(ev) = r.read_event_into(&mut buf) else { return xml.to_vec() };
        let node = if stack.is_empty() {
            let copied = match ev {
                Event::Eof => break,
                Event::Start(s) if order(s.name().as_ref()).is_some() => {
                    stack.push((s.into_owned(), Vec::new()));
                    Ok(())
                }
                other => w.write_event(other),
            };
            buf.clear();
            if copied.is_err() {
                return xml.to_vec();
            }
            continue;
        } else {
            let ev = ev.into_owned();
            buf.clear();
            match ev {
                Event::Eof => return xml.to_vec(),
                Event::Start(s) => {
                    stack.push((s, Vec::new()));
                    continue;
                }
                Event::End(_) => {
                    let Some((s, mut kids)) = stack.pop() else { return xml.to_vec() };
                    if let Some(o) = order(s.name().as_ref()) {
                        kids.sort_by_key(|k| rank(o, k));
                    }
                    Node::Elem(s, Some(kids))
                }
                Event::Empty(s) => Node::Elem(s, None),
                other => Node::Other(other),
            }
        };
        match stack.last_mut() {
            Some((_, kids)) => kids.push(node),
            None => {
                if emit(&mut w, node).is_err() {
                    return xml.to_vec();
                }
            }
        }
    }
    w.into_inner()
}

/// With an embedding: the embedded faces as obfuscated font parts (returned, with their
/// relationships part, as (name, bytes) for [`zip`]), each named in the font table under its
/// family with its key, and the settings that say so. Settings in schema order either way.
fn embed_fonts(x: &mut XMLDocx, embedding: Option<&Embedding>) -> Vec<(String, Vec<u8>)> {
    let s = |v: &Vec<u8>| String::from_utf8_lossy(v).into_owned();
    let mut parts = Vec::new();
    if let Some(e) = embedding.filter(|e| !e.faces.is_empty()) {
        let mut table = s(&x.font_table);
        let mut rels = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        );
        for (i, f) in e.faces.iter().enumerate() {
            let (n, key) = (i + 1, super::docx_fonts::font_key(&f.data));
            rels.push_str(&format!(
                "<Relationship Id=\"rIdFont{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/font\" Target=\"fonts/font{n}.odttf\" />"
            ));
            let open = format!("<w:font w:name=\"{}\">", xml_esc(&f.family));
            if !table.contains(&open) {
                table = table.replacen("</w:fonts>", &format!("{open}</w:font></w:fonts>"), 1);
            }
            let at = table.find(&open).and_then(|a| table[a..].find("</w:font>").map(|e| a + e)).unwrap_or(table.len());
            let kind = if f.bold { "Bold" } else { "Regular" };
            table.insert_str(at, &format!("<w:embed{kind} r:id=\"rIdFont{n}\" w:fontKey=\"{key}\" />"));
            parts.push((format!("word/fonts/font{n}.odttf"), super::docx_fonts::obfuscate(&f.data, &key)));
        }
        rels.push_str("</Relationships>");
        parts.push(("word/_rels/fontTable.xml.rels".into(), rels.into_bytes()));
        x.font_table = canonicalize(table.as_bytes());
        x.content_type = s(&x.content_type)
            .replacen("<Default ", "<Default Extension=\"odttf\" ContentType=\"application/vnd.openxmlformats-officedocument.obfuscatedFont\" /><Default ", 1)
            .into_bytes();
        x.settings = s(&x.settings).replacen("</w:settings>", "<w:embedTrueTypeFonts /><w:saveSubsetFonts /></w:settings>", 1).into_bytes();
    }
    x.settings = canonicalize(&x.settings);
    parts
}

/// Zip the parts with deflate and a fixed timestamp, in a fixed order; `extra` (embedded font
/// parts) last.
fn zip(x: XMLDocx, extra: &[(String, Vec<u8>)], spliced: Spliced) -> zip::result::ZipResult<Vec<u8>> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let put = |z: &mut zip::ZipWriter<std::io::Cursor<Vec<u8>>>, name: &str, bytes: &[u8]| -> zip::result::ZipResult<()> {
        z.start_file(name, o)?;
        z.write_all(bytes)?;
        Ok(())
    };
    put(&mut z, "[Content_Types].xml", &x.content_type)?;
    put(&mut z, "_rels/.rels", &x.rels)?;
    put(&mut z, "docProps/app.xml", &x.doc_props.app)?;
    put(&mut z, "docProps/core.xml", &x.doc_props.core)?;
    put(&mut z, "docProps/custom.xml", &x.doc_props.custom)?;
    put(&mut z, "word/_rels/document.xml.rels", &x.document_rels)?;
    z.start_file("word/document.xml", o)?;
    spliced.write_into(&x.document, &mut z)?;
    put(&mut z, "word/styles.xml", &x.styles)?;
    put(&mut z, "word/settings.xml", &x.settings)?;
    put(&mut z, "word/fontTable.xml", &x.font_table)?;
    put(&mut z, "word/comments.xml", &x.comments)?;
    put(&mut z, "word/numbering.xml", &x.numberings)?;
    put(&mut z, "word/commentsExtended.xml", &x.comments_extended)?;
    put(&mut z, "word/footnotes.xml", &x.footnotes)?;
    for (i, h) in x.headers.iter().enumerate() {
        put(&mut z, &format!("word/header{}.xml", i + 1), h)?;
        if let Some(r) = x.header_rels.get(i) {
            put(&mut z, &format!("word/_rels/header{}.xml.rels", i + 1), r)?;
        }
    }
    for (i, f) in x.footers.iter().enumerate() {
        put(&mut z, &format!("word/footer{}.xml", i + 1), f)?;
        if let Some(r) = x.footer_rels.get(i) {
            put(&mut z, &format!("word/_rels/footer{}.xml.rels", i + 1), r)?;
        }
    }
    for (id, bytes) in &x.media {
        put(&mut z, &format!("word/media/{id}.png"), bytes)?;
    }
    for (name, bytes) in extra {
        put(&mut z, name, bytes)?;
    }
    Ok(z.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    #[test]
    fn properties_are_put_in_schema_order_and_everything_else_is_copied_as_it_was() {
        let xml = concat!(
            "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:pPr><w:jc w:val=\"center\" /><w:pStyle w:val=\"Title\" />",
            "<w:rPr><w:sz w:val=\"44\" /><w:rFonts w:eastAsia=\"黑体\" /></w:rPr></w:pPr>",
            "<w:r><w:rPr><w:sz w:val=\"32\" /><w:b /></w:rPr><w:t xml:space=\"preserve\">甲 &amp; 乙</w:t></w:r></w:p>",
            "<w:sectPr><w:docGrid w:type=\"lines\" /><w:pgSz w:w=\"11906\" /></w:sectPr></w:body></w:document>"
        );
        let out = String::from_utf8(super::canonicalize(xml.as_bytes())).unwrap();
        assert_eq!(
            out,
            concat!(
                "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:pPr><w:pStyle w:val=\"Title\" /><w:jc w:val=\"center\" />",
                "<w:rPr><w:rFonts w:eastAsia=\"黑体\" /><w:sz w:val=\"44\" /></w:rPr></w:pPr>",
                "<w:r><w:rPr><w:b /><w:sz w:val=\"32\" /></w:rPr><w:t xml:space=\"preserve\">甲 &amp; 乙</w:t></w:r></w:p>",
                "<w:sectPr><w:pgSz w:w=\"11906\" /><w:docGrid w:type=\"lines\" /></w:sectPr></w:body></w:document>"
            )
        );
    }

    #[test]
    fn a_first_line_indent_of_a_known_width_is_said_in_characters_too() {
        let xml =
            "<w:ind w:firstLine=\"640\" /><w:ind w:left=\"0\" w:firstLine=\"0\" /><w:ind w:firstLine=\"333\" /><w:ind w:firstLine=\"640\" w:hanging=\"0\" />";
        assert_eq!(
            super::with_first_line_chars(xml, &[(0, 0), (640, 200)]),
            "<w:ind w:firstLine=\"640\" w:firstLineChars=\"200\" /><w:ind w:left=\"0\" w:firstLine=\"0\" w:firstLineChars=\"0\" /><w:ind w:firstLine=\"333\" /><w:ind w:firstLine=\"640\" w:hanging=\"0\" />"
        );
    }

    #[test]
    fn xml_that_does_not_parse_is_left_as_it_is() {
        let broken = "<w:document><w:p><w:pPr><w:jc /></w:p></w:document>";
        assert_eq!(super::canonicalize(broken.as_bytes()), broken.as_bytes());
    }

    #[test]
    fn every_role_with_a_word_style_is_a_role_templates_style() {
        for (role, _, _) in super::ROLES {
            assert!(crate::style::template::STYLE_ROLES.contains(role), "{role}");
        }
    }
}
