//! Markdown (CommonMark + tables + footnotes, via pulldown-cmark) to the document model.
//!
//! Chinese-specific behaviour lives here: a soft line break between two CJK characters joins
//! them with nothing; emphasis follows the CJK-friendly rules (see `emphasis.rs`); `#` is the
//! title when it is the only first-level heading and the metadata has none.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::model::*;
use crate::parse::emphasis::{self, Piece};

/// Parse Markdown body text. `src` is the whole file (spans are absolute); the front matter, if
/// any, is skipped by pulldown-cmark's metadata-block support.
pub fn parse_body(src: &SourceFile, diags: &mut Diagnostics) -> (Vec<Block>, Vec<Footnote>) {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(&src.text, opts).into_offset_iter().collect();
    let mut b = Builder { src, events, pos: 0, diags, footnotes: Vec::new(), depth: 0, inline_depth: 0 };
    let blocks = b.blocks_until(None);
    let footnotes = std::mem::take(&mut b.footnotes);
    (blocks, footnotes)
}

struct Builder<'a, 'd> {
    src: &'a SourceFile,
    events: Vec<(Event<'a>, std::ops::Range<usize>)>,
    pos: usize,
    diags: &'d mut Diagnostics,
    footnotes: Vec<Footnote>,
    /// Quotes and lists open around the current event; bounded so no input overflows the stack.
    depth: usize,
    /// Emphasis, links and images open around the current inline event.
    inline_depth: usize,
}

/// Pipe tables cannot say "merged"; documents converted to them leave merged cells empty.
/// A body row with only its first cell filled is a section row across the table; an empty cell
/// in a leading column, under a filled one and with content to its right, continues the cell
/// above (row span).
fn merge_empty_cells(t: &mut Table) {
    let ncols = t.rows.iter().map(Vec::len).max().unwrap_or(0);
    if ncols < 3 {
        return;
    }
    let empty = |c: &Cell| plain_text(&c.content).trim().is_empty();
    for r in t.header_rows..t.rows.len() {
        let row = &mut t.rows[r];
        if row.len() == ncols && !empty(&row[0]) && row[1..].iter().all(empty) {
            row.truncate(1);
            row[0].colspan = ncols as u16;
        }
    }
    // vertical: leading columns only
    for col in 0..ncols - 1 {
        let mut owner: Option<usize> = None;
        let mut rows_merged = vec![false; t.rows.len()];
        for r in t.header_rows..t.rows.len() {
            let row = &t.rows[r];
            let full = row.len() == ncols;
            let leading_merged = col == 0 || (0..col).all(|c| row.get(c).is_some_and(empty));
            let here_empty = row.get(col).is_some_and(empty);
            let content_right = row.get(col + 1..).is_some_and(|rest| rest.iter().any(|c| !empty(c)));
            if full && here_empty && leading_merged && content_right && owner.is_some() {
                rows_merged[r] = true;
                if let Some(o) = owner {
                    t.rows[o][col].rowspan += 1;
                }
            } else if full && !here_empty {
                owner = Some(r);
            } else {
                owner = None;
            }
        }
        // remove the merged (covered) cells
        for (r, m) in rows_merged.iter().enumerate() {
            if *m {
                t.rows[r][col].colspan = 0;
            }
        }
    }
    for row in &mut t.rows {
        row.retain(|c| c.colspan > 0);
    }
}

/// Inline pieces plus soft breaks, before emphasis and break resolution.
enum Raw {
    Piece(Piece),
    Soft(Span),
}

impl Builder<'_, '_> {
    fn span(r: &std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }

    /// Read blocks until the end tag `end` (or the end of input).
    fn blocks_until(&mut self, end: Option<TagEnd>) -> Vec<Block> {
        let mut out = Vec::new();
        while self.pos < self.events.len() {
            let (ev, range) = self.events[self.pos].clone();
            self.pos += 1;
            let span = Self::span(&range);
            match ev {
                Event::End(e) if Some(e) == end => break,
                Event::End(_) => {}
                Event::Start(Tag::MetadataBlock(_)) => self.skip_to(TagEnd::MetadataBlock(pulldown_cmark::MetadataBlockKind::YamlStyle)),
                Event::Start(Tag::Paragraph) => {
                    let inl = self.inlines_until(TagEnd::Paragraph, None);
                    self.paragraph_blocks(inl, span, &mut out);
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    let lvl = match level {
                        HeadingLevel::H1 => 1,
                        HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        HeadingLevel::H4 => 4,
                        HeadingLevel::H5 => 5,
                        HeadingLevel::H6 => 6,
                    };
                    let content = self.inlines_until(TagEnd::Heading(level), None);
                    out.push(Block { kind: BlockKind::Heading { level: lvl, content }, span });
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    if self.too_deep(TooDeep::Blocks, span) {
                        continue;
                    }
                    self.depth += 1;
                    let inner = self.blocks_until(Some(TagEnd::BlockQuote(None)));
                    self.depth -= 1;
                    out.push(Block { kind: BlockKind::Quote(inner), span });
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let mut text = String::new();
                    while self.pos < self.events.len() {
                        let (e, _) = &self.events[self.pos];
                        self.pos += 1;
                        match e {
                            Event::Text(t) => text.push_str(t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    let _ = matches!(kind, CodeBlockKind::Fenced(_));
                    // Keep every line: a code block becomes a paragraph of code with line breaks.
                    let mut inl = Vec::new();
                    for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                        if i > 0 {
                            inl.push(Inline { kind: InlineKind::LineBreak, span });
                        }
                        inl.push(Inline { kind: InlineKind::Code(line.to_string()), span });
                    }
                    out.push(Block { kind: BlockKind::Paragraph(inl), span });
                }
                Event::Start(Tag::List(start)) => {
                    if self.too_deep(TooDeep::Blocks, span) {
                        continue;
                    }
                    self.depth += 1;
                    let list = self.list(start);
                    self.depth -= 1;
                    out.push(Block { kind: BlockKind::List(list), span });
                }
                Event::Start(Tag::Table(aligns)) => {
                    let t = self.table(aligns);
                    out.push(Block { kind: BlockKind::Table(t), span });
                }
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    let label = label.to_string();
                    let inner = self.blocks_until(Some(TagEnd::FootnoteDefinition));
                    self.footnotes.push(Footnote { label, blocks: inner, span });
                }
                Event::Start(Tag::HtmlBlock) => {
                    let mut html = String::new();
                    while self.pos < self.events.len() {
                        let (e, _) = &self.events[self.pos];
                        self.pos += 1;
                        match e {
                            Event::Html(t) | Event::Text(t) => html.push_str(t),
                            Event::End(TagEnd::HtmlBlock) => break,
                            _ => {}
                        }
                    }
                    self.html_block(&html, span, &mut out);
                }
                Event::Rule => out.push(Block { kind: BlockKind::Rule, span }),
                Event::Start(Tag::Item) => {
                    // an item outside a list cannot happen; read it as blocks
                    let inner = self.blocks_until(Some(TagEnd::Item));
                    out.extend(inner);
                }
                Event::Start(other) => {
                    // Inline content at block level (tight list items): gather it as a paragraph.
                    self.pos -= 1;
                    let _ = other;
                    let inl = self.inlines_loose(end);
                    if !inl.is_empty() {
                        self.paragraph_blocks(inl, span, &mut out);
                    }
                }
                Event::Text(_)
                | Event::Code(_)
                | Event::InlineHtml(_)
                | Event::SoftBreak
                | Event::HardBreak
                | Event::FootnoteReference(_)
                | Event::InlineMath(_)
                | Event::DisplayMath(_)
                | Event::Html(_)
                | Event::TaskListMarker(_) => {
                    self.pos -= 1;
                    let inl = self.inlines_loose(end);
                    if !inl.is_empty() {
                        self.paragraph_blocks(inl, span, &mut out);
                    }
                }
            }
        }
        out
    }

    /// At the nesting limit: report the container, skip it whole (without recursion) and say
    /// so. The document fails; nothing deeper is read.
    fn too_deep(&mut self, what: TooDeep, span: Span) -> bool {
        let depth = match what {
            TooDeep::Blocks => self.depth,
            TooDeep::Inlines => self.inline_depth,
        };
        if depth < what.limit().0 {
            return false;
        }
        self.diags.push(crate::parse::too_deep(self.src, span, what));
        let mut open = 1usize;
        while self.pos < self.events.len() && open > 0 {
            match &self.events[self.pos].0 {
                Event::Start(_) => open += 1,
                Event::End(_) => open -= 1,
                _ => {}
            }
            self.pos += 1;
        }
        true
    }

    fn skip_to(&mut self, _end: TagEnd) {
        while self.pos < self.events.len() {
            let (e, _) = &self.events[self.pos];
            self.pos += 1;
            if matches!(e, Event::End(TagEnd::MetadataBlock(_))) {
                break;
            }
        }
    }

    /// Raw HTML blocks: comments are not content; `<!-- pagebreak -->` is a page break;
    /// `<!-- attachment -->` opens an attachment page without a 附件 label (the document a 印发
    /// notice issues, after its signature); any other HTML is dropped with a warning (its text
    /// would otherwise become markup in HTML).
    fn html_block(&mut self, html: &str, span: Span, out: &mut Vec<Block>) {
        let t = html.trim();
        if t.starts_with("<!--") && t.ends_with("-->") {
            let inner = t.trim_start_matches("<!--").trim_end_matches("-->").trim().to_ascii_lowercase();
            if matches!(inner.as_str(), "pagebreak" | "page-break" | "newpage" | "分页") {
                out.push(Block { kind: BlockKind::PageBreak, span });
            }
            if matches!(inner.as_str(), "attachment" | "附件页") {
                out.push(Block { kind: BlockKind::Attachment(Attachment::unlabelled()), span });
            }
            return;
        }
        self.diags.push(
            Diagnostic::warning("raw HTML dropped").at(self.src, span).hint("folio never copies HTML from the input into its output; write it as Markdown"),
        );
    }

    /// A paragraph; an image alone in a paragraph becomes a figure; `\newpage` a page break.
    fn paragraph_blocks(&mut self, inl: Vec<Inline>, span: Span, out: &mut Vec<Block>) {
        let text = plain_text(&inl);
        if text.trim() == "\\newpage" {
            out.push(Block { kind: BlockKind::PageBreak, span });
            return;
        }
        // Lift images out of the text flow: each becomes a figure block in place.
        let mut run: Vec<Inline> = Vec::new();
        for i in inl {
            if let InlineKind::Link { url, content } = &i.kind
                && let Some(path) = url.strip_prefix(IMAGE_MARK)
            {
                flush_paragraph(&mut run, span, out);
                let alt = content.first().map(|c| plain_text(std::slice::from_ref(c))).unwrap_or_default();
                let title = content.get(1).map(|c| plain_text(std::slice::from_ref(c))).unwrap_or_default();
                let caption = if !title.trim().is_empty() {
                    Some(title)
                } else if !alt.trim().is_empty() {
                    Some(alt.clone())
                } else {
                    None
                };
                out.push(Block { kind: BlockKind::Image(Image { path: path.to_string(), alt, caption }), span: i.span });
                continue;
            }
            run.push(i);
        }
        flush_paragraph(&mut run, span, out);
    }

    fn list(&mut self, start: Option<u64>) -> List {
        let mut items = Vec::new();
        while self.pos < self.events.len() {
            let (ev, range) = self.events[self.pos].clone();
            self.pos += 1;
            match ev {
                Event::Start(Tag::Item) => {
                    let blocks = self.blocks_until(Some(TagEnd::Item));
                    items.push(ListItem { blocks, span: Self::span(&range) });
                }
                Event::End(TagEnd::List(_)) => break,
                _ => {}
            }
        }
        List { ordered: start.is_some(), start: start.unwrap_or(1), items }
    }

    fn table(&mut self, aligns: Vec<Alignment>) -> Table {
        let mut t = Table {
            align: aligns
                .iter()
                .map(|a| match a {
                    Alignment::None => Align::Auto,
                    Alignment::Left => Align::Left,
                    Alignment::Center => Align::Center,
                    Alignment::Right => Align::Right,
                })
                .collect(),
            ..Table::default()
        };
        let mut row: Vec<Cell> = Vec::new();
        let mut in_head = false;
        while self.pos < self.events.len() {
            let (ev, range) = self.events[self.pos].clone();
            self.pos += 1;
            match ev {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => {
                    in_head = false;
                    if !row.is_empty() {
                        t.rows.push(std::mem::take(&mut row));
                    }
                    t.header_rows = t.rows.len();
                }
                Event::Start(Tag::TableRow) => row.clear(),
                Event::End(TagEnd::TableRow) => t.rows.push(std::mem::take(&mut row)),
                Event::Start(Tag::TableCell) => {
                    let content = self.inlines_until(TagEnd::TableCell, None);
                    row.push(Cell { content, colspan: 1, rowspan: 1, span: Self::span(&range) });
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        let _ = in_head;
        merge_empty_cells(&mut t);
        t
    }

    /// Inline content of tight list items, up to the next block-level event.
    fn inlines_loose(&mut self, end: Option<TagEnd>) -> Vec<Inline> {
        let mut raw = Vec::new();
        while self.pos < self.events.len() {
            let (ev, _) = &self.events[self.pos];
            let block_level = match ev {
                Event::Start(t) => matches!(
                    t,
                    Tag::Paragraph
                        | Tag::Heading { .. }
                        | Tag::BlockQuote(_)
                        | Tag::CodeBlock(_)
                        | Tag::List(_)
                        | Tag::Item
                        | Tag::Table(_)
                        | Tag::FootnoteDefinition(_)
                        | Tag::HtmlBlock
                        | Tag::MetadataBlock(_)
                ),
                Event::End(e) => Some(*e) == end || matches!(e, TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::List(_)),
                Event::Rule => true,
                _ => false,
            };
            if block_level {
                break;
            }
            self.inline_event(&mut raw);
        }
        finish(raw, None, None)
    }

    /// Inline content up to `end`.
    fn inlines_until(&mut self, end: TagEnd, outer: Option<(char, char)>) -> Vec<Inline> {
        let mut raw = Vec::new();
        while self.pos < self.events.len() {
            if matches!(&self.events[self.pos].0, Event::End(e) if *e == end) {
                self.pos += 1;
                break;
            }
            self.inline_event(&mut raw);
        }
        finish(raw, outer.map(|o| o.0), outer.map(|o| o.1))
    }

    /// Consume one inline event (and, for containers, everything up to its end).
    fn inline_event(&mut self, raw: &mut Vec<Raw>) {
        let (ev, range) = self.events[self.pos].clone();
        self.pos += 1;
        let span = Self::span(&range);
        if matches!(ev, Event::Start(_)) {
            if self.too_deep(TooDeep::Inlines, span) {
                return;
            }
            self.inline_depth += 1;
            self.inline_container(ev, range, raw);
            self.inline_depth -= 1;
            return;
        }
        match ev {
            Event::Text(t) => {
                let mut literal = escapes(&self.src.text[range.clone()], &t);
                // pulldown-cmark starts a new text event at an escaped character, after the `\`.
                if range.start > 0
                    && self.src.text.as_bytes()[range.start - 1] == b'\\'
                    && t.starts_with(|c: char| c.is_ascii_punctuation())
                    && !literal.is_empty()
                {
                    literal[0] = true;
                }
                raw.push(Raw::Piece(Piece::Text { text: t.to_string(), span, literal }));
            }
            Event::Code(t) => raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::Code(t.to_string()), span }))),
            Event::InlineMath(t) | Event::DisplayMath(t) => raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::Code(t.to_string()), span }))),
            Event::SoftBreak => raw.push(Raw::Soft(span)),
            Event::HardBreak => raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::LineBreak, span }))),
            Event::FootnoteReference(l) => raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::FootnoteRef(l.to_string()), span }))),
            Event::InlineHtml(h) | Event::Html(h) => {
                let lower = h.trim().to_ascii_lowercase();
                if matches!(lower.as_str(), "<br>" | "<br/>" | "<br />") {
                    raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::LineBreak, span })));
                } else if !lower.starts_with("<!--") {
                    self.diags.push(
                        Diagnostic::warning(format!("raw HTML `{}` dropped", h.trim()))
                            .at(self.src, span)
                            .hint("folio never copies HTML from the input into its output; write it as Markdown"),
                    );
                }
            }
            Event::TaskListMarker(done) => raw.push(Raw::Piece(Piece::Text { text: if done { "☑ " } else { "☐ " }.into(), span, literal: vec![true; 2] })),
            Event::Start(_) | Event::End(_) | Event::Rule => {}
        }
    }

    /// An inline container (emphasis, strikethrough, link, image) and everything up to its end.
    fn inline_container(&mut self, ev: Event<'_>, range: std::ops::Range<usize>, raw: &mut Vec<Raw>) {
        let span = Self::span(&range);
        match ev {
            Event::Start(Tag::Emphasis) | Event::Start(Tag::Strong) => {
                // Flatten into delimiter runs: emphasis is matched again with the CJK rules.
                let strong = matches!(ev, Event::Start(Tag::Strong));
                let n = if strong { 2 } else { 1 };
                let ch = self.src.text[range.start..].chars().next().unwrap_or('*');
                raw.push(Raw::Piece(Piece::Delim { ch, count: n, span: Span::new(range.start, range.start + n) }));
                let end = if strong { TagEnd::Strong } else { TagEnd::Emphasis };
                while self.pos < self.events.len() {
                    if matches!(&self.events[self.pos].0, Event::End(e) if *e == end) {
                        self.pos += 1;
                        break;
                    }
                    self.inline_event(raw);
                }
                raw.push(Raw::Piece(Piece::Delim { ch, count: n, span: Span::new(range.end - n, range.end) }));
            }
            Event::Start(Tag::Strikethrough) => {
                // No strikethrough in official documents: keep the text, say so.
                self.diags.push(Diagnostic::warning("strikethrough is shown as plain text").at(self.src, span));
                while self.pos < self.events.len() {
                    if matches!(&self.events[self.pos].0, Event::End(TagEnd::Strikethrough)) {
                        self.pos += 1;
                        break;
                    }
                    self.inline_event(raw);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let content = self.inlines_until(TagEnd::Link, Some(('[', ']')));
                raw.push(Raw::Piece(Piece::Other(Inline { kind: InlineKind::Link { url: dest_url.to_string(), content }, span })));
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                // Images are blocks in folio: the alt text stays in the flow as an image marker
                // that the parser lifts out (see `lift_images`).
                let alt = plain_text(&self.inlines_until(TagEnd::Image, Some(('[', ']'))));
                raw.push(Raw::Piece(Piece::Other(Inline {
                    kind: InlineKind::Link {
                        url: format!("{IMAGE_MARK}{dest_url}"),
                        content: vec![Inline::text(alt, span), Inline::text(title.to_string(), span)],
                    },
                    span,
                })));
            }
            _ => {}
        }
    }
}

fn flush_paragraph(run: &mut Vec<Inline>, span: Span, out: &mut Vec<Block>) {
    let blank = run.iter().all(|i| matches!(&i.kind, InlineKind::Text(t) if t.trim().is_empty()) || matches!(i.kind, InlineKind::LineBreak));
    let inl = std::mem::take(run);
    if !blank {
        out.push(Block { kind: BlockKind::Paragraph(inl), span });
    }
}

/// Which characters of a text event were backslash-escaped in the source.
fn escapes(source: &str, text: &str) -> Vec<bool> {
    let n = text.chars().count();
    if source == text {
        return vec![false; n];
    }
    let mut lit = vec![false; n];
    let s: Vec<char> = source.chars().collect();
    let mut si = 0;
    for (ti, tc) in text.chars().enumerate() {
        if si < s.len() && s[si] == '\\' && si + 1 < s.len() && s[si + 1] == tc && tc.is_ascii_punctuation() {
            lit[ti] = true;
            si += 2;
        } else if si < s.len() && s[si] == '&' && tc != '&' {
            lit[ti] = true;
            while si < s.len() && s[si] != ';' {
                si += 1;
            }
            si += 1;
        } else {
            if si < s.len() && s[si] != tc && (tc == '*' || tc == '_') {
                lit[ti] = true;
            }
            si += 1;
        }
    }
    lit
}

/// Resolve soft breaks (nothing between CJK characters, a space otherwise) and emphasis.
fn finish(raw: Vec<Raw>, before: Option<char>, after: Option<char>) -> Vec<Inline> {
    let mut pieces: Vec<Piece> = Vec::new();
    let n = raw.len();
    for i in 0..n {
        match &raw[i] {
            Raw::Piece(p) => pieces.push(p.clone()),
            Raw::Soft(span) => {
                let prev = raw[..i].iter().rev().find_map(raw_last_char);
                let next = raw[i + 1..].iter().find_map(raw_first_char);
                let join = matches!((prev, next), (Some(a), Some(b)) if is_cjk_or_punct(a) && is_cjk_or_punct(b))
                    || prev.is_some_and(is_cjk_or_punct) && next.is_none()
                    || prev.is_none() && next.is_some_and(is_cjk_or_punct);
                if !join {
                    pieces.push(Piece::Text { text: " ".into(), span: *span, literal: vec![true] });
                }
            }
        }
    }
    emphasis::resolve(pieces, before, after)
}

fn is_cjk_or_punct(c: char) -> bool {
    emphasis::is_cjk(c)
}

fn raw_last_char(r: &Raw) -> Option<char> {
    match r {
        Raw::Piece(Piece::Text { text, .. }) => text.chars().last(),
        Raw::Piece(Piece::Other(i)) => match &i.kind {
            InlineKind::Code(t) => t.chars().last(),
            InlineKind::Link { content, .. } => plain_text(content).chars().last(),
            _ => None,
        },
        _ => None,
    }
}
fn raw_first_char(r: &Raw) -> Option<char> {
    match r {
        Raw::Piece(Piece::Text { text, .. }) => text.chars().next(),
        Raw::Piece(Piece::Other(i)) => match &i.kind {
            InlineKind::Code(t) => t.chars().next(),
            InlineKind::Link { content, .. } => plain_text(content).chars().next(),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Render inlines compactly: **x** for strong, *x* for emphasis.
    fn show(inl: &[Inline]) -> String {
        let mut s = String::new();
        for i in inl {
            match &i.kind {
                InlineKind::Text(t) => s.push_str(t),
                InlineKind::Strong(c) => s.push_str(&format!("<b>{}</b>", show(c))),
                InlineKind::Emphasis(c) => s.push_str(&format!("<i>{}</i>", show(c))),
                InlineKind::Code(c) => s.push_str(&format!("<code>{c}</code>")),
                InlineKind::Link { url, content } => s.push_str(&format!("<a {url}>{}</a>", show(content))),
                InlineKind::LineBreak => s.push_str("<br>"),
                InlineKind::FootnoteRef(l) => s.push_str(&format!("[^{l}]")),
            }
        }
        s
    }

    fn para(md: &str) -> String {
        let src = SourceFile::new("t.md", md.to_string());
        let (blocks, _) = parse_body(&src, &mut Diagnostics::default());
        match &blocks[0].kind {
            BlockKind::Paragraph(i) => show(i),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn cjk_strong_closing_after_ideographic_full_stop() {
        assert_eq!(para("**重要。**其后"), "<b>重要。</b>其后");
    }

    #[test]
    fn cjk_strong_around_curly_quotes() {
        assert_eq!(para("这是**“重要”**的"), "这是<b>“重要”</b>的");
    }

    #[test]
    fn cjk_strong_closing_after_comma() {
        assert_eq!(para("**真，**她"), "<b>真，</b>她");
    }

    #[test]
    fn cjk_emphasis_before_fullwidth_comma() {
        assert_eq!(para("*强调*，然后"), "<i>强调</i>，然后");
    }

    #[test]
    fn cjk_strong_inside_a_sentence_with_two_runs() {
        assert_eq!(para("甲**重要。**乙**次要。**丙"), "甲<b>重要。</b>乙<b>次要。</b>丙");
    }

    #[test]
    fn english_strong_and_emphasis_still_work() {
        assert_eq!(para("**bold** and *a* b"), "<b>bold</b> and <i>a</i> b");
        assert_eq!(para("***both*** x"), "<i><b>both</b></i> x");
    }

    #[test]
    fn english_intraword_underscore_is_not_emphasis() {
        assert_eq!(para("snake_case_name and 2*3*4"), "snake_case_name and 2<i>3</i>4");
    }

    #[test]
    fn escaped_asterisks_stay_literal() {
        assert_eq!(para("\\*不是强调\\*"), "*不是强调*");
    }

    #[test]
    fn asterisks_in_code_are_not_delimiters() {
        assert_eq!(para("`**x**`，**是**"), "<code>**x**</code>，<b>是</b>");
    }

    #[test]
    fn soft_break_between_cjk_joins_without_space() {
        assert_eq!(para("第一行\n第二行"), "第一行第二行");
        assert_eq!(para("first\nsecond"), "first second");
        assert_eq!(para("中文\nEnglish"), "中文 English");
    }

    #[test]
    fn image_alone_becomes_a_figure_with_caption() {
        let src = SourceFile::new("t.md", "![会场](a.png \"图1 会议现场\")\n".to_string());
        let (blocks, _) = parse_body(&src, &mut Diagnostics::default());
        let BlockKind::Image(img) = &blocks[0].kind else { panic!("{blocks:?}") };
        assert_eq!((img.path.as_str(), img.alt.as_str(), img.caption.as_deref()), ("a.png", "会场", Some("图1 会议现场")));
    }

    #[test]
    fn raw_html_is_dropped_with_a_warning() {
        let src = SourceFile::new("t.md", "<script>alert(1)</script>\n\n正文<b>x</b>\n".to_string());
        let mut d = Diagnostics::default();
        let (blocks, _) = parse_body(&src, &mut d);
        assert_eq!(blocks.len(), 1);
        assert_eq!(para("正文<b>x</b>"), "正文x");
        assert!(d.items.iter().any(|w| w.message.contains("raw HTML")));
    }
}
