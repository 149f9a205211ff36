//! A document written back as Markdown with YAML front matter (`folio import`), so that what the
//! import recognised can be reviewed and edited; building that Markdown gives the same document.

use crate::model::*;

/// The document as Markdown: front matter, then the body.
pub fn to_markdown(doc: &Document) -> String {
    let mut out = String::from("---\n");
    front_matter(&doc.meta, &mut out);
    out.push_str("---\n\n");
    blocks(&doc.blocks, 0, &mut out);
    for f in &doc.footnotes {
        let mut body = String::new();
        blocks(&f.blocks, 0, &mut body);
        out.push_str(&format!("[^{}]: {}\n", f.label, body.trim()));
    }
    out
}

/// A YAML string that reads back exactly.
pub fn yaml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn front_matter(m: &Meta, out: &mut String) {
    let mut field = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            out.push_str(&format!("{k}: {}\n", yaml_str(v)));
        }
    };
    field("kind", &m.kind);
    field("title", &m.title);
    field("subtitle", &m.subtitle);
    field("date", &m.date);
    field("doc_number", &m.doc_number);
    field("addressee", &m.addressee);
    field("signature", &m.signature);
    field("note", &m.note);
    field("printer", &m.printer);
    field("print_date", &m.print_date);
    field("source", &m.source);
    list(out, "issuer", &m.issuer);
    list(out, "signers", &m.signers);
    list(out, "copies_to", &m.copies_to);
    list(out, "attachments", &m.attachments);
    if let Some(b) = &m.bulletin {
        out.push_str("bulletin:\n");
        for (k, v) in [("name", &b.name), ("issue", &b.issue), ("total_issue", &b.total_issue), ("copies", &b.copies)] {
            if let Some(v) = v {
                out.push_str(&format!("  {k}: {}\n", yaml_str(v)));
            }
        }
        for (k, v) in [("report_to", &b.report_to), ("send_to", &b.send_to), ("distribute_to", &b.distribute_to)] {
            let mut one = String::new();
            list(&mut one, k, v);
            for line in one.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    if let Some(c) = &m.contact {
        out.push_str("contact:\n");
        for (k, v) in c.fields() {
            if let Some(v) = v {
                out.push_str(&format!("  {k}: {}\n", yaml_str(v)));
            }
        }
    }
}

fn list(out: &mut String, key: &str, v: &[String]) {
    match v {
        [] => {}
        [one] => out.push_str(&format!("{key}: {}\n", yaml_str(one))),
        many => {
            out.push_str(&format!("{key}:\n"));
            for x in many {
                out.push_str(&format!("  - {}\n", yaml_str(x)));
            }
        }
    }
}

fn blocks(bs: &[Block], depth: usize, out: &mut String) {
    for b in bs {
        block(b, depth, out);
    }
}

fn block(b: &Block, depth: usize, out: &mut String) {
    match &b.kind {
        BlockKind::Heading { level, content } => out.push_str(&format!("{} {}\n\n", "#".repeat(*level as usize + 1), inlines(content).replace('\n', " "))),
        BlockKind::Paragraph(content) => out.push_str(&format!("{}\n\n", line_start(&inlines(content)))),
        BlockKind::List(l) => {
            for (k, it) in l.items.iter().enumerate() {
                let marker = if l.ordered { format!("{}. ", l.start + k as u64) } else { "- ".to_string() };
                let mut inner = String::new();
                blocks(&it.blocks, depth + 1, &mut inner);
                let indent = " ".repeat(marker.len());
                let body = inner.trim_end().replace("\n\n", "\n").replace('\n', &format!("\n{indent}"));
                out.push_str(&format!("{marker}{body}\n"));
            }
            out.push('\n');
        }
        BlockKind::Table(t) => table(t, out),
        BlockKind::Quote(q) => {
            let mut inner = String::new();
            blocks(q, depth, &mut inner);
            for l in inner.trim_end().lines() {
                out.push_str(if l.is_empty() { ">\n".to_string() } else { format!("> {l}\n") }.as_str());
            }
            out.push('\n');
        }
        BlockKind::Image(i) => {
            let cap = i.caption.as_ref().map(|c| format!(" \"{}\"", c.replace('"', "\\\""))).unwrap_or_default();
            out.push_str(&format!("![{}]({}{cap})\n\n", escape(&i.alt), i.path));
        }
        BlockKind::Rule => out.push_str("* * *\n\n"),
        BlockKind::PageBreak => out.push_str("<div style=\"page-break-after: always\"></div>\n\n"),
        BlockKind::Attachment(a) => {
            // a label and a title as short paragraphs of their own: read back as an attachment
            // page (a page without a label opens with its marker)
            if a.label.is_empty() {
                out.push_str("<!-- attachment -->\n\n");
            } else {
                out.push_str(&format!("{}\n\n", escape(&a.label)));
            }
            if let Some(t) = &a.title {
                out.push_str(&format!("{}\n\n", line_start(&escape(t))));
            }
            blocks(&a.blocks, depth, out);
        }
    }
}

/// A pipe table; a merged cell leaves the cells it covers empty (how pipe tables say "merged").
fn table(t: &Table, out: &mut String) {
    let ncols = t.rows.iter().map(|r| r.iter().map(|c| c.colspan.max(1) as usize).sum::<usize>()).max().unwrap_or(0).max(1);
    let mut grid: Vec<Vec<Option<String>>> = vec![vec![None; ncols]; t.rows.len()];
    for (r, row) in t.rows.iter().enumerate() {
        let mut col = 0;
        for c in row {
            while col < ncols && grid[r][col].is_some() {
                col += 1;
            }
            if col >= ncols {
                break;
            }
            let text = inlines(&c.content).replace('|', "\\|").replace('\n', " ");
            for rr in r..(r + c.rowspan.max(1) as usize).min(t.rows.len()) {
                for cc in col..(col + c.colspan.max(1) as usize).min(ncols) {
                    grid[rr][cc] = Some(if rr == r && cc == col { text.clone() } else { String::new() });
                }
            }
            col += c.colspan.max(1) as usize;
        }
    }
    let row = |cells: &[Option<String>]| format!("| {} |\n", cells.iter().map(|c| c.clone().unwrap_or_default()).collect::<Vec<_>>().join(" | "));
    let rule = format!("|{}\n", "---|".repeat(ncols));
    let mut rows = grid.iter();
    // pipe tables always have a header row; a table without one gets an empty one
    match (t.header_rows, rows.next()) {
        (0, Some(first)) => {
            out.push_str(&row(&vec![None; ncols]));
            out.push_str(&rule);
            out.push_str(&row(first));
        }
        (_, Some(first)) => {
            out.push_str(&row(first));
            out.push_str(&rule);
        }
        (_, None) => {}
    }
    for r in rows {
        out.push_str(&row(r));
    }
    out.push('\n');
}

fn inlines(v: &[Inline]) -> String {
    let mut s = String::new();
    for i in v {
        match &i.kind {
            InlineKind::Text(t) => s.push_str(&escape(t)),
            InlineKind::Strong(c) => s.push_str(&format!("**{}**", inlines(c))),
            InlineKind::Emphasis(c) => s.push_str(&format!("*{}*", inlines(c))),
            InlineKind::Code(t) => s.push_str(&format!("`{t}`")),
            InlineKind::Link { url, content } => s.push_str(&format!("[{}]({})", inlines(content), url.replace(' ', "%20").replace(')', "%29"))),
            InlineKind::LineBreak => s.push_str("\\\n"),
            InlineKind::FootnoteRef(l) => s.push_str(&format!("[^{l}]")),
        }
    }
    s
}

/// Escape what Markdown would read as syntax inside text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '<' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph's first characters must not open a block (`#`, `>`, `-`, `1.`).
fn line_start(s: &str) -> String {
    let t = s.trim_start();
    if t.starts_with(['#', '>', '-', '+', '=', '|']) {
        return format!("\\{t}");
    }
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && t[digits..].starts_with(['.', ')']) && t[digits + 1..].starts_with(' ') {
        return format!("{}\\{}", &t[..digits], &t[digits..]);
    }
    t.to_string()
}
