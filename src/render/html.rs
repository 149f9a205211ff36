//! HTML output: one self-contained page (inline CSS, no network request), semantic (`<article>`,
//! `<header>`, `<h1>`, `<section>`/`<h2>`…, `<footer><address>`), readable on a phone and
//! printable as an A4 handout with `@page` margins, `— N —` page numbers and the contact footer
//! in page-margin boxes. Every text is escaped; links are limited to http, https, mailto, tel
//! and relative paths; raw HTML never reaches this stage (the parser drops it with a warning).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use base64::Engine as _;

use crate::fonts::FontBook;
use crate::layout::atoms::DocFonts;
use crate::layout::{PagedDocument, RowBreak};
use crate::render::safe_url;
use crate::style::template::{ContactPlacement, HeadKind, LayoutMode, PageNumberPosition, Template, TextAlign};
use crate::style::units::PT_PER_MM;
use crate::style::{EndRow, Head, Para, Run, SBlock, SKind, STable, StyledDocument};

/// Options of the HTML renderer.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// Inline subset fonts as data URLs.
    pub embed_fonts: bool,
    /// Web fonts made for earlier documents of the process, to reuse (same bytes either way).
    pub subsets: Option<std::sync::Arc<super::memo::Subsets>>,
}

/// The characters a heavy role (the title, the organ mark, a bulletin's name) takes from a
/// lighter face than its own bold one: a Traditional `辦` in a title the bold face lacks. The
/// PDF draws them bold to match their neighbours; the HTML asks the browser to.
struct Heavy(BTreeSet<char>);

impl Heavy {
    fn new(doc: &StyledDocument, book: &FontBook) -> Heavy {
        let t = &*doc.template;
        let fonts = DocFonts::new(book, t);
        let faces: Vec<_> = HEAVY_ROLES
            .iter()
            .filter(|r| t.styles.contains_key(**r))
            .filter_map(|r| fonts.chain(&t.style(r).font, t.style(r).bold).primary().cloned())
            .filter(|f| f.bold)
            .collect();
        let texts = doc.title.iter().map(String::as_str).chain(match &doc.head {
            Head::Official { organs, suffix, .. } => organs.iter().map(String::as_str).chain([suffix.as_str()]).collect::<Vec<_>>(),
            Head::Bulletin { name, .. } => vec![name.as_str()],
            Head::None => Vec::new(),
        });
        let thin = texts.flat_map(str::chars).filter(|c| !c.is_ascii() && !c.is_whitespace() && faces.iter().any(|f| !f.has(*c))).collect();
        Heavy(thin)
    }

    /// `esc`, with each run of lighter characters in a bold span.
    fn esc(&self, s: &str) -> String {
        if !s.chars().any(|c| self.0.contains(&c)) {
            return esc(s);
        }
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find(|c: char| self.0.contains(&c)) {
            let end = rest[at..].find(|c: char| !self.0.contains(&c)).map_or(rest.len(), |e| at + e);
            let _ = write!(out, "{}<b class=\"fb\">{}</b>", esc(&rest[..at]), esc(&rest[at..end]));
            rest = &rest[end..];
        }
        out.push_str(&esc(rest));
        out
    }
}

/// The roles set in a bold face that stands in for 小标宋.
const HEAVY_ROLES: [&str; 3] = ["title", "organ", "masthead"];

/// Escape text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => o.push(c),
        }
    }
    o
}

/// A CSS string literal.
fn css_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\A "),
            '<' => o.push_str("\\3C "),
            c if (c as u32) < 0x20 => {}
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn font_stack(t: &Template, key: &str, embedded_first: Option<&str>, fallback: Option<&str>) -> String {
    let mut names: Vec<String> = Vec::new();
    if let Some(e) = embedded_first {
        names.push(e.to_string());
    } else if key == "xiaobiaosong" {
        names.push("folio-xiaobiaosong".into());
    }
    // Latin letters and digits from the Latin face (unicode-range alias), everything else —
    // curly quotes and dashes included — from the CJK faces.
    names.push("folio-latin".into());
    // the body's embedded face holds every character of the document: nothing falls to a box
    if let Some(f) = fallback.filter(|f| !names.iter().any(|n| n == f)) {
        names.push(f.to_string());
    }
    for n in t.fonts.get(key).cloned().unwrap_or_default() {
        let n = n.strip_suffix(" Bold").map(str::to_string).unwrap_or(n);
        for alias in FontBook::expand_aliases(&n) {
            if !names.contains(&alias) {
                names.push(alias);
            }
        }
    }
    // the web-font names of the Noto faces, for machines that have them under those names
    for extra in ["Noto Serif SC", "Source Han Serif SC", "Songti SC", "SimSun"] {
        if key != "hei" && !names.iter().any(|n| n == extra) {
            names.push(extra.into());
        }
    }
    let generic = if key == "hei" { "sans-serif" } else { "serif" };
    let mut s: Vec<String> = names.iter().map(|n| css_str(n)).collect();
    s.push(generic.into());
    s.join(", ")
}

fn pt(v: f32) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}pt")
}

/// Render the styled document to HTML.
/// `paged` is the same document laid out for the PDF: the HTML takes its table columns from it.
pub fn render(doc: &StyledDocument, paged: &PagedDocument, book: &FontBook, opts: &HtmlOptions) -> Vec<u8> {
    let t = &*doc.template;
    let mut embedded: BTreeMap<String, String> = BTreeMap::new(); // font key -> css family
    let mut font_faces = String::new();
    if opts.embed_fonts {
        embed_fonts(doc, paged, book, opts.subsets.as_deref(), &mut embedded, &mut font_faces);
    } else {
        // 小标宋 is not bold, but its embedded stand-in is Noto Serif CJK SC Bold: an alias picks
        // the face by its full name so that no synthetic bold is applied to the real one.
        font_faces.push_str(
            "@font-face{font-family:\"folio-xiaobiaosong\";src:local(\"方正小标宋简体\"),local(\"FZXiaoBiaoSong-B05S\"),local(\"方正小标宋_GBK\"),local(\"华文中宋\"),local(\"STZhongsong\"),local(\"Noto Serif CJK SC Bold\"),local(\"NotoSerifCJKsc-Bold\"),local(\"Noto Serif SC Bold\"),local(\"NotoSerifSC-Bold\"),local(\"Source Han Serif SC Bold\");}\n",
        );
        font_faces.push_str(
            "@font-face{font-family:\"folio-latin\";src:local(\"Times New Roman\"),local(\"TimesNewRomanPSMT\"),local(\"Liberation Serif\"),local(\"LiberationSerif\"),local(\"Tinos\");unicode-range:U+0020-007E,U+00A0-00FF,U+2013,U+2030,U+2116;}\n",
        );
    }
    let mut css = stylesheet(doc, &embedded);
    // the pages the PDF turns before its 版记, and whether it leaves them without a number
    let turns = paged.pages_before_end_block();
    let unnumbered = turns > 0 && paged.end_block_page().is_some_and(|i| paged.pages[i].unnumbered);
    if opts.embed_fonts {
        css.push_str(&print_head(paged, t));
        if turns > 0 {
            css.push_str(&print_end_block(t));
        }
    }
    let title = doc.meta.title.clone().unwrap_or_default();
    let mut h = String::new();
    let _ = writeln!(h, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">");
    let _ = writeln!(h, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = writeln!(h, "<title>{}</title>", esc(&title));
    let desc = doc.meta.description.clone().unwrap_or_else(|| {
        let mut d: String = doc.body.iter().find_map(|b| if let SKind::Para(p) = &b.kind { Some(p.text()) } else { None }).unwrap_or_default();
        if d.chars().count() > 120 {
            d = d.chars().take(118).collect::<String>() + "……";
        }
        d
    });
    let _ = writeln!(h, "<meta name=\"description\" content=\"{}\">", esc(&desc));
    if !doc.meta.issuer.is_empty() {
        let _ = writeln!(h, "<meta name=\"author\" content=\"{}\">", esc(&doc.meta.issuer.join("、")));
    }
    if !doc.meta.keywords.is_empty() {
        let _ = writeln!(h, "<meta name=\"keywords\" content=\"{}\">", esc(&doc.meta.keywords.join(",")));
    }
    if let Some(d) = &doc.date {
        let _ = writeln!(h, "<meta name=\"date\" content=\"{}\">", esc(d));
    }
    let _ = writeln!(h, "<meta name=\"generator\" content=\"folio {}\">", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        h,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data: local:\">"
    );
    let _ = writeln!(h, "<style>\n{font_faces}{css}</style>\n</head>\n<body>");
    let kind = match t.head.kind {
        HeadKind::Official => "gongwen",
        HeadKind::Bulletin => "jianbao",
        HeadKind::Letter => "xinhan",
        HeadKind::Order => "minling",
        HeadKind::Minutes => "jiyao",
        HeadKind::None => "plain",
    };
    let _ = writeln!(h, "<article class=\"doc {kind}\">");
    let heavy = Heavy::new(doc, book);
    head(&mut h, doc, &heavy);
    if !doc.title.is_empty() {
        let lines: Vec<String> = doc.title.iter().map(|l| heavy.esc(l)).collect();
        let _ = writeln!(h, "<h1 class=\"title\">{}</h1>", lines.join("<br>"));
    }
    if let Some(s) = &doc.subtitle {
        let _ = writeln!(h, "<p class=\"subtitle\">{}</p>", esc(s));
    }
    if let Some(a) = &doc.addressee {
        let _ = writeln!(h, "<p class=\"addressee\">{}</p>", esc(a));
    }
    let from_pdf = FromPdf { paged, source: &doc.source.text };
    let mut open = Vec::new();
    blocks(&mut h, &doc.body, &mut open, &from_pdf);
    close_sections(&mut h, &mut open, 0);
    if !doc.footnotes.is_empty() {
        let _ = writeln!(h, "<section class=\"footnotes\" aria-label=\"注释\"><hr>\n<ol>");
        for (n, b) in &doc.footnotes {
            let _ = write!(h, "<li id=\"fn{n}\" value=\"{n}\">");
            let mut o = Vec::new();
            blocks(&mut h, b, &mut o, &from_pdf);
            close_sections(&mut h, &mut o, 0);
            let _ = writeln!(h, "</li>");
        }
        let _ = writeln!(h, "</ol></section>");
    }
    if !doc.attachment_note.is_empty() {
        let lines: Vec<String> = doc.attachment_note.iter().map(|l| format!("<span>{}</span>", esc(l))).collect();
        let _ = writeln!(
            h,
            "<p class=\"attachment-note\"><span class=\"label\">{}</span><span class=\"items\">{}</span></p>",
            crate::style::ATTACHMENT_NOTE_LABEL,
            lines.join("")
        );
    }
    if !doc.attendance.is_empty() {
        let _ = writeln!(h, "<div class=\"attendance\">");
        for (label, names) in &doc.attendance {
            let _ = writeln!(h, "<p><span class=\"label\">{}</span><span class=\"names\">{}</span></p>", esc(label), esc(names));
        }
        let _ = writeln!(h, "</div>");
    }
    if let Some(sig) = &doc.signature {
        let _ = write!(h, "<div class=\"signature{}\">", if sig.seal.is_some() { " sealed" } else { "" });
        if let Some(seal) = &sig.seal {
            let _ = write!(
                h,
                "<img class=\"seal\" alt=\"{}\" src=\"data:{};base64,{}\">",
                esc(&format!("{}印章", sig.signer.clone().unwrap_or_default())),
                seal.format.mime(),
                base64::engine::general_purpose::STANDARD.encode(&*seal.data)
            );
        }
        if let Some(s) = &sig.signer {
            for piece in paged.signer_pieces(s) {
                let _ = write!(h, "<p class=\"signer\">{}</p>", esc(&piece));
            }
        }
        if let Some(d) = &sig.date {
            let _ = write!(h, "<p class=\"date\"><time>{}</time></p>", esc(d));
        }
        let _ = writeln!(h, "</div>");
    }
    if let Some(n) = &doc.note {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(n));
    }
    for a in &doc.attachments {
        let _ = writeln!(h, "<section class=\"attachment\">");
        if !a.label.is_empty() {
            let _ = writeln!(h, "<p class=\"attachment-label\">{}</p>", esc(&a.label));
        }
        if let Some(t) = &a.title {
            let _ = writeln!(h, "<h2 class=\"attachment-title\">{}</h2>", esc(t));
        }
        let mut o = Vec::new();
        blocks(&mut h, &a.blocks, &mut o, &from_pdf);
        close_sections(&mut h, &mut o, 0);
        let _ = writeln!(h, "</section>");
    }
    end_block(&mut h, doc, &paged.printed_lines, turns, unnumbered);
    let _ = writeln!(h, "</article>\n</body>\n</html>");
    h.into_bytes()
}

/// `签发人：` and the names in 楷体, two to a line (`style::head_signer_rows`), the later lines
/// under the first name; None without a signer.
fn signer_html(signers: &[String]) -> Option<String> {
    let rows: Vec<String> = crate::style::head_signer_rows(signers).iter().map(|r| esc(r)).collect();
    (!rows.is_empty()).then(|| format!("<span class=\"signer\">{}<span class=\"names\">{}</span></span>", crate::style::SIGNER_LABEL, rows.join("<br>")))
}

fn head(h: &mut String, doc: &StyledDocument, heavy: &Heavy) {
    match &doc.head {
        Head::Official { copy_number, secrecy, urgency, organs, suffix, doc_number, signers, form, dateline } => {
            let _ = writeln!(h, "<header class=\"head\">");
            let letter = *form == HeadKind::Letter;
            for (c, v) in [("copy-number", copy_number), ("secrecy", secrecy), ("urgency", urgency)] {
                if letter {
                    break;
                }
                if let Some(v) = v {
                    let _ = writeln!(h, "<p class=\"{c}\">{}</p>", esc(v));
                }
            }
            if !organs.is_empty() {
                if organs.len() == 1 {
                    let _ = writeln!(h, "<p class=\"organ\">{}{}</p>", heavy.esc(&organs[0]), heavy.esc(suffix));
                } else {
                    let names: Vec<String> = organs.iter().map(|o| format!("<span>{}</span>", heavy.esc(o))).collect();
                    let _ = writeln!(
                        h,
                        "<p class=\"organ joint\"><span class=\"names\">{}</span><span class=\"suffix\">{}</span></p>",
                        names.join(""),
                        heavy.esc(suffix)
                    );
                }
            }
            let number = esc(doc_number.as_deref().unwrap_or(""));
            if letter {
                // under the first double rule: 份号 / 密级 / 紧急程度 and the 签发人 left, one a
                // line, the number right on the first
                let _ = writeln!(h, "<hr class=\"double-rule\">");
                let mut marks: Vec<String> = [("copy-number", copy_number), ("secrecy", secrecy), ("urgency", urgency)]
                    .into_iter()
                    .filter_map(|(c, v)| v.as_ref().map(|v| format!("<span class=\"{c}\">{}</span>", esc(v))))
                    .collect();
                marks.extend(signer_html(signers));
                let first = if marks.is_empty() { "<span></span>".to_string() } else { marks.remove(0) };
                let _ = writeln!(h, "<p class=\"doc-number letter\">{first}<span>{number}</span></p>");
                for m in marks {
                    let _ = writeln!(h, "<p class=\"letter-mark\">{m}</p>");
                }
            } else if let Some(signer) = signer_html(signers) {
                // upward: the number on the last line of the 签发人's names
                let _ = writeln!(h, "<p class=\"doc-number upward\"><span>{number}</span>{signer}</p>");
            } else if doc_number.is_some() {
                let _ = writeln!(h, "<p class=\"doc-number\">{number}</p>");
            }
            if let Some((issuer, date)) = dateline {
                let _ = writeln!(h, "<p class=\"issuer-line\"><span class=\"issuer\">{}</span><time>{}</time></p>", esc(issuer), esc(date));
            }
            if !letter && *form != HeadKind::Order && (!organs.is_empty() || doc_number.is_some()) {
                let _ = writeln!(h, "<hr class=\"red-rule\">");
            }
            let _ = writeln!(h, "</header>");
        }
        Head::Bulletin { name, issue, issuer, date } => {
            let _ = writeln!(h, "<header class=\"head masthead\">\n<p class=\"bulletin-name\">{}</p>", heavy.esc(name));
            if !issue.is_empty() {
                let _ = writeln!(h, "<p class=\"issue\">{}</p>", esc(issue));
            }
            let _ = writeln!(
                h,
                "<p class=\"issuer-line\"><span class=\"issuer\">{}</span><time>{}</time></p>\n<hr class=\"red-rule\">\n</header>",
                esc(issuer),
                esc(date)
            );
        }
        Head::None => {}
    }
}

fn close_sections(h: &mut String, open: &mut Vec<u8>, down_to: u8) {
    while open.last().is_some_and(|l| *l >= down_to.max(1)) {
        open.pop();
        let _ = writeln!(h, "</section>");
    }
}

/// Escaped text in which numbers with their inner marks (`0571-86001234`, `2024-05-06`, `12.5`,
/// `9:30`) are kept on one line, as the PDF keeps them: browsers break after a hyphen.
fn esc_keep_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            // a digit, then digits and inner marks, ending on a digit
            let mut end = i + 1;
            let mut last_digit = i;
            while end < chars.len() && (chars[end].is_ascii_digit() || "-–./:".contains(chars[end])) {
                if chars[end].is_ascii_digit() {
                    last_digit = end;
                }
                end += 1;
            }
            // and its unit (2021年, 220毫米), which the PDF never breaks from it either
            let rest: String = chars[last_digit + 1..chars.len().min(last_digit + 6)].iter().collect();
            let unit = rest[..crate::layout::atoms::unit_after_number(&rest)].chars().count();
            let number: String = chars[i..=last_digit].iter().collect();
            let unit_text: String = chars[last_digit + 1..=last_digit + unit].iter().collect();
            // the digits at their own advances: the print's letter-spacing sets CJK characters
            // in the grid's cells, and the PDF sets digits at their natural width
            let token = format!("<span class=\"d\">{}</span>{}", esc(&number), esc(&unit_text));
            if (unit > 0 || number.chars().any(|c| !c.is_ascii_digit())) && number.len() + unit_text.len() <= 24 {
                let _ = write!(out, "<span class=\"nw\">{token}</span>");
            } else {
                out.push_str(&token);
            }
            i = last_digit + unit + 1;
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_ascii_digit() {
                i += 1;
            }
            out.push_str(&esc(&chars[start..i].iter().collect::<String>()));
        }
    }
    out
}

/// Emphasis as the PDF sets it: Han upright in the 楷体 role (the `em` style), Latin slanted.
fn emphasis(text: &str) -> String {
    let mut h = String::from("<em>");
    for (piece, slanted) in crate::layout::atoms::emphasis_pieces(text) {
        let piece = esc_keep_numbers(piece).replace('\n', "<br>");
        let _ = if slanted { write!(h, "<i>{piece}</i>") } else { write!(h, "{piece}") };
    }
    h.push_str("</em>");
    h
}

fn runs(h: &mut String, runs: &[Run]) {
    for r in runs {
        let mut text = if r.code { esc(&r.text) } else { esc_keep_numbers(&r.text) }.replace('\n', "<br>");
        if r.code {
            text = format!("<code>{text}</code>");
        }
        if r.italic && !r.code {
            text = emphasis(&r.text);
        } else if r.italic {
            text = format!("<em>{text}</em>");
        }
        if r.bold {
            text = format!("<strong>{text}</strong>");
        }
        if let Some(n) = r.note {
            text = format!("<sup><a href=\"#fn{n}\" id=\"ref{n}\">[{n}]</a></sup>");
        } else if let Some(url) = r.link.as_deref().and_then(safe_url) {
            text = format!("<a href=\"{}\">{text}</a>", esc(&url));
        }
        h.push_str(&text);
    }
}

/// A table cell's text with a `<br class="pl">` where the PDF ends each of its lines: the
/// print style shows them, so that a printed row is as tall as the PDF's; on screen they are
/// hidden and the cell reflows.
fn cell_runs(h: &mut String, cell: &[Run], pdf: &FromPdf) {
    for r in cell {
        let plain = r.note.is_none() && r.link.is_none() && !r.code;
        let at = if plain { crate::render::splits(pdf.source, r.span, &r.text, &pdf.paged.cell_breaks) } else { Vec::new() };
        let mut from = 0;
        for to in at.iter().copied().chain([r.text.len()]) {
            if from > 0 {
                h.push_str("<br class=\"pl\">");
            }
            runs(h, std::slice::from_ref(&Run { text: r.text[from..to].to_string(), ..r.clone() }));
            from = to;
        }
    }
}

fn para(h: &mut String, p: &Para, class: &str) {
    let _ = write!(h, "<p{}>", if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") });
    runs(h, &p.runs);
    let _ = writeln!(h, "</p>");
}

/// A paragraph in which the PDF ends a line sooner than a browser would (to keep two
/// characters on the last line): the text up to that line end and the rest in two spans that
/// print as blocks, the first justified to its end, so the print breaks where the PDF does; on
/// screen they are plain inline text and the paragraph reflows.
fn mended_para(h: &mut String, p: &Para, class: &str, source: &str, mended: &std::collections::BTreeSet<usize>) {
    let split = p.runs.iter().enumerate().find_map(|(i, r)| {
        let plain = r.note.is_none() && r.link.is_none();
        plain.then(|| crate::render::mended_split(source, r.span, &r.text, mended)).flatten().map(|at| (i, at))
    });
    let Some((i, at)) = split else { return para(h, p, class) };
    let r = &p.runs[i];
    let mut head = p.runs[..i].to_vec();
    head.push(Run { text: r.text[..at].to_string(), ..r.clone() });
    let mut tail = vec![Run { text: r.text[at..].to_string(), ..r.clone() }];
    tail.extend_from_slice(&p.runs[i + 1..]);
    let _ = write!(h, "<p{}>", if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") });
    let _ = write!(h, "<span class=\"mend\">");
    runs(h, &head);
    let _ = write!(h, "</span><span class=\"mend-rest\">");
    runs(h, &tail);
    let _ = writeln!(h, "</span></p>");
}

/// What the flow of blocks takes from the PDF's layout, and the source its spans point into.
struct FromPdf<'a> {
    paged: &'a PagedDocument,
    source: &'a str,
}

fn blocks(h: &mut String, blocks: &[SBlock], open: &mut Vec<u8>, pdf: &FromPdf) {
    for b in blocks {
        match &b.kind {
            SKind::Para(p) => mended_para(h, p, if p.role == "body" { "" } else { p.role }, pdf.source, &pdf.paged.mended_breaks),
            SKind::Heading { level, number, para: p } => {
                close_sections(h, open, *level);
                let _ = writeln!(h, "<section class=\"level{level}\">");
                open.push(*level);
                let tag = (level + 1).min(6);
                let _ = write!(h, "<h{tag}>");
                if !number.is_empty() {
                    let _ = write!(h, "<span class=\"num\">{}</span>", esc(number));
                }
                runs(h, &p.runs);
                let _ = writeln!(h, "</h{tag}>");
            }
            SKind::List(l) => {
                let tag = if l.ordered { "ol" } else { "ul" };
                let _ = writeln!(h, "<{tag} class=\"list depth{}\">", l.depth);
                for it in &l.items {
                    let _ = write!(h, "<li>");
                    if !it.marker.is_empty() {
                        let _ = write!(h, "<span class=\"marker\">{}</span>", esc(&it.marker));
                    }
                    let mut o = Vec::new();
                    let mut first = true;
                    for ib in &it.blocks {
                        if let (true, SKind::Para(p)) = (first, &ib.kind) {
                            runs(h, &p.runs);
                        } else {
                            self::blocks(h, std::slice::from_ref(ib), &mut o, pdf);
                        }
                        first = false;
                    }
                    close_sections(h, &mut o, 0);
                    let _ = writeln!(h, "</li>");
                }
                let _ = writeln!(h, "</{tag}>");
            }
            SKind::Table(t) => table(h, t, pdf),
            SKind::Quote(q) => {
                let _ = writeln!(h, "<blockquote>");
                let mut o = Vec::new();
                self::blocks(h, q, &mut o, pdf);
                close_sections(h, &mut o, 0);
                let _ = writeln!(h, "</blockquote>");
            }
            SKind::Image(img) => {
                h.push_str("<figure>");
                img_tag(h, img);
                if let Some(c) = &img.caption {
                    let _ = write!(h, "<figcaption>{}</figcaption>", esc(c));
                }
                let _ = writeln!(h, "</figure>");
            }
            SKind::Rule => {
                let _ = writeln!(h, "<hr>");
            }
            SKind::PageBreak => {
                let _ = writeln!(h, "<div class=\"page-break\"></div>");
            }
        }
    }
}

/// An image inline as a data URL, with its alt text and pixel size (a figure, a table cell).
fn img_tag(h: &mut String, img: &crate::style::SImage) {
    let _ = write!(
        h,
        "<img src=\"data:{};base64,{}\" alt=\"{}\" width=\"{}\" height=\"{}\">",
        img.format.mime(),
        base64::engine::general_purpose::STANDARD.encode(&*img.data),
        esc(&img.alt),
        img.width,
        img.height
    );
}

/// A table with the PDF's columns (as shares of the type area, which the PDF's tables fill), so
/// that the printed cells break where the PDF's do.
fn table(h: &mut String, t: &STable, pdf: &FromPdf) {
    let widths = pdf.paged.tables.get(&t.id);
    let fixed = widths.is_some_and(|w| !w.is_empty());
    let turn = |row: usize| pdf.paged.row_breaks.get(&(t.id, row)).copied();
    // a table the PDF starts on a new page (its head would not fit in the room left)
    let moved = (0..t.header_rows).any(|r| turn(r).is_some());
    let _ = writeln!(h, "<div class=\"table-wrap{}\" tabindex=\"0\"><table{}>", if moved { " turn" } else { "" }, if fixed { " class=\"fixed\"" } else { "" });
    if let Some(c) = &t.caption {
        let _ = writeln!(h, "<caption>{}</caption>", esc(c));
    }
    if let Some(w) = widths.filter(|_| fixed) {
        let total: f32 = w.iter().sum::<f32>().max(1.0);
        let _ = write!(h, "<colgroup>");
        for x in w {
            let _ = write!(h, "<col style=\"width:{:.2}%\">", x / total * 100.0);
        }
        let _ = writeln!(h, "</colgroup>");
    }
    let align_of = |col: usize| match t.align.get(col) {
        Some(crate::model::Align::Right) => Some("r"),
        Some(crate::model::Align::Center) => Some("c"),
        _ => None,
    };
    let mut covered: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (ri, row) in t.rows.iter().enumerate() {
        if ri == 0 && t.header_rows > 0 {
            let _ = writeln!(h, "<thead>");
        }
        if ri == t.header_rows {
            let _ = writeln!(h, "<tbody>");
        }
        // Chromium prints blank pages for a forced break inside a merged cell's rows: there the
        // row is only kept whole, as the PDF keeps it (it moved for want of room)
        let inside_span = covered.range((ri, 0)..(ri + 1, 0)).next().is_some();
        let b = turn(ri).filter(|b| ri >= t.header_rows && !(inside_span && *b == RowBreak::Turn));
        h.push_str(row_tag(b, row.iter().any(|c| c.rowspan > 1)));
        let mut col = 0;
        for c in row {
            while covered.contains(&(ri, col)) {
                col += 1;
            }
            let tag = if ri < t.header_rows { "th" } else { "td" };
            let mut attrs = String::new();
            if c.colspan > 1 {
                let _ = write!(attrs, " colspan=\"{}\"", c.colspan);
            }
            if c.rowspan > 1 {
                let _ = write!(attrs, " rowspan=\"{}\"", c.rowspan);
                for r in ri + 1..ri + c.rowspan as usize {
                    for k in col..col + c.colspan as usize {
                        covered.insert((r, k));
                    }
                }
            }
            if tag == "th" {
                attrs.push_str(" scope=\"col\"");
            } else {
                attrs.push_str(&cell_class(align_of(col), pdf.paged.cut_cells.get(&(t.id, ri, col))));
            }
            let _ = write!(h, "<{tag}{attrs}>");
            for img in &c.images {
                img_tag(h, img);
            }
            cell_runs(h, &c.runs, pdf);
            let _ = write!(h, "</{tag}>");
            col += c.colspan as usize;
        }
        let _ = writeln!(h, "</tr>");
        if ri + 1 == t.header_rows {
            let _ = writeln!(h, "</thead>");
        }
    }
    if t.rows.len() > t.header_rows {
        let _ = writeln!(h, "</tbody>");
    }
    let _ = writeln!(h, "</table></div>");
}

/// A row's start tag with what the print style needs to turn pages where the PDF does: `turn`
/// (a new page starts with it), `split` (a page end cuts it) or `span` (it starts a merged
/// cell, whose rows a browser would all keep together if this one were kept whole).
fn row_tag(b: Option<RowBreak>, starts_span: bool) -> &'static str {
    match (b, starts_span) {
        (Some(RowBreak::Turn), false) => "<tr class=\"turn\">",
        (Some(RowBreak::Turn), true) => "<tr class=\"turn span\">",
        (Some(RowBreak::Split), _) => "<tr class=\"split\">",
        (None, true) => "<tr class=\"span\">",
        (None, false) => "<tr>",
    }
}

/// A body cell's class (its alignment) and, for a merged cell that the PDF cuts at a page end,
/// where its text starts below its top: the print style sets it there as the PDF does, where a
/// browser would centre it on the whole span, pages away.
fn cell_class(align: Option<&str>, cut_top: Option<&f32>) -> String {
    match (align, cut_top) {
        (None, None) => String::new(),
        (Some(a), None) => format!(" class=\"{a}\""),
        (None, Some(top)) => format!(" class=\"cut\" style=\"--top:{top:.2}pt\""),
        (Some(a), Some(top)) => format!(" class=\"{a} cut\" style=\"--top:{top:.2}pt\""),
    }
}

/// The 版记 (or the bulletin's footer, or the contact line) after `turns` printed page turns:
/// the pages the PDF turns before it, a blank page included. With `unnumbered`, the blank page
/// and the 版记's page print without a number, as the PDF's. `printed_lines`: the 印发 rows'
/// printer's names as the PDF broke them.
fn end_block(h: &mut String, doc: &StyledDocument, printed_lines: &[Vec<String>], turns: usize, unnumbered: bool) {
    let mut printed = printed_lines.iter();
    let contact = doc.contact.as_ref();
    let end = doc.end.as_ref();
    if end.is_none() && contact.is_none() {
        return;
    }
    for k in 0..turns {
        let class = if k > 0 && unnumbered { "page-break unnumbered" } else { "page-break" };
        let _ = writeln!(h, "<div class=\"{class}\"></div>");
    }
    let class = match end.map(|e| e.kind) {
        Some(crate::style::template::EndKind::Bulletin) => "end-block bulletin-footer",
        Some(_) => "end-block",
        None => "contact-footer",
    };
    let unnumbered = if unnumbered { " unnumbered" } else { "" };
    // on a page of its own, the 版记 stands at the page's foot in print (see `print_end_block`)
    let own_page = turns > 0 && end.is_some();
    if own_page {
        // (named like the footer's page, or the change of page name breaks the page before it)
        let _ = writeln!(h, "<div class=\"end-page{unnumbered}\">");
    }
    let _ = writeln!(h, "<footer class=\"{class}{unnumbered}\">");
    let mut wrote_contact = false;
    if let Some(e) = end {
        for r in &e.rows {
            match r {
                EndRow::Labeled { label, text } => {
                    let _ = writeln!(h, "<p class=\"labeled\"><span class=\"label\">{}</span><span>{}</span></p>", esc(label), esc(text));
                }
                EndRow::Contact(cells) => {
                    let c: Vec<String> = cells.iter().map(|x| format!("<span>{}</span>", esc(x))).collect();
                    let _ = writeln!(h, "<address class=\"contact\">{}</address>", c.join(""));
                    wrote_contact = true;
                }
                EndRow::Printed { left, right } => {
                    // (a long printer's name broken where the PDF broke it, beside the date)
                    let pieces = crate::layout::page::printer_lines(printed.next().map(Vec::as_slice), left);
                    let name: Vec<String> = pieces.iter().map(|p| esc(p)).collect();
                    let _ = writeln!(h, "<p class=\"printed\"><span>{}</span><span>{}</span></p>", name.join("<br>"), esc(right));
                }
                EndRow::Right(t) => {
                    let _ = writeln!(h, "<p class=\"right\">{}</p>", esc(t));
                }
            }
        }
    }
    if let Some(c) = contact
        && !wrote_contact
    {
        let cells: Vec<String> = c.cells.iter().map(|x| format!("<span>{}</span>", esc(x))).collect();
        // a contact line the print repeats at the foot of every page is shown once on screen
        // and left out of the printed flow
        let running = if c.placement == ContactPlacement::EveryPage { " running" } else { "" };
        let _ = writeln!(h, "<address class=\"contact{running}\">{}</address>", cells.join(""));
    }
    let _ = writeln!(h, "</footer>");
    if own_page {
        let _ = writeln!(h, "</div>");
    }
}

/// The stylesheet: the template in CSS terms.
fn stylesheet(doc: &StyledDocument, embedded: &BTreeMap<String, String>) -> String {
    let t = &*doc.template;
    let stack = |key: &str| font_stack(t, key, embedded.get(key).map(String::as_str), embedded.get(FALLBACK).map(String::as_str));
    // each role's stack is written once, as a custom property of the root, and named by the
    // rules that use it (twenty rules repeated stacks of ten to fifteen names: 3 KB of the seed's)
    let stacks: std::cell::RefCell<Vec<(String, String)>> = Default::default();
    let fam = |key: &str| {
        let mut v = stacks.borrow_mut();
        let n = v.iter().position(|(k, _)| k == key).unwrap_or_else(|| {
            v.push((key.to_string(), stack(key)));
            v.len() - 1
        });
        format!("var(--folio-font-{n})")
    };
    let st = |role: &str| t.style(role);
    // sizes relative to the body text, so a phone's larger body text scales everything
    let body_pt = st("body").size.abs();
    let size = |role: &str| {
        let r = st(role).size.abs() / body_pt;
        let s = format!("{:.4}", r);
        format!("{}em", s.trim_end_matches('0').trim_end_matches('.'))
    };
    let grid = t.page.layout == LayoutMode::Grid;
    let body = st("body");
    let body_size = body.size.abs();
    let type_w = t.page.width.abs() - t.page.margin_left.abs() - t.page.margin_right.abs();
    let cell = type_w / t.page.chars.max(1) as f32;
    let pitch = crate::layout::Geometry::of(t).pitch;
    let line_h = if grid { pitch } else { body.line_height * body_size };
    let color = |role: &str| format!("#{}", st(role).color.hex());
    let align = |role: &str| match st(role).align {
        TextAlign::Justify => "justify",
        TextAlign::Left => "left",
        TextAlign::Center => "center",
        TextAlign::Right => "right",
    };
    let weight = |role: &str| if st(role).bold { "bold" } else { "normal" };
    let mut c = String::new();
    let _ = writeln!(c, ":root{{color-scheme:light;}}");
    let _ = writeln!(c, "html{{-webkit-text-size-adjust:100%;text-size-adjust:100%;}}");
    let _ = writeln!(
        c,
        "body{{margin:0;background:#f3f3f0;color:#000;font-family:{};font-size:{};line-height:1.8;overflow-wrap:anywhere;word-break:normal;line-break:strict;}}",
        fam(&body.font),
        pt(body_size)
    );
    let _ = writeln!(
        c,
        "article{{box-sizing:border-box;max-width:{};margin:2rem auto;padding:{} {} {} {};background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15);}}",
        pt(t.page.width.abs()),
        pt(t.page.margin_top.abs() * 0.6),
        pt(t.page.margin_right.abs()),
        pt(t.page.margin_bottom.abs() * 0.6),
        pt(t.page.margin_left.abs())
    );
    let _ = writeln!(c, "p{{margin:0;text-align:{};text-indent:{};}}", align("body"), pt(body.indent.pt(cell)));
    let _ = writeln!(c, "header.head{{margin-bottom:2em;}}");
    let _ = writeln!(c, "header.head p{{text-indent:0;}}");
    let _ = writeln!(c, ".copy-number,.secrecy,.urgency{{text-align:left;}}.secrecy,.urgency{{font-family:{};}}", fam("hei"));
    let _ = writeln!(
        c,
        ".organ{{font-family:{};font-size:{};color:{};text-align:center;font-weight:{};line-height:1.2;margin-top:{}!important;white-space:nowrap;letter-spacing:0;}}",
        fam(&st("organ").font),
        size("organ"),
        color("organ"),
        weight("organ"),
        pt(t.head.organ_top.abs() * 0.7)
    );
    let _ = writeln!(
        c,
        ".organ.joint{{display:flex;justify-content:center;align-items:center;gap:.4em;}}.organ.joint .names{{display:flex;flex-direction:column;text-align:justify;text-align-last:justify;}}"
    );
    let _ = writeln!(
        c,
        ".doc-number{{text-align:center;margin-top:2em!important;}}.doc-number.upward{{display:flex;justify-content:space-between;align-items:flex-end;padding:0 1em;}}.head .signer .names{{font-family:{};display:inline-block;vertical-align:top;text-align:left;}}.letter-mark{{text-align:left;}}",
        fam("kai")
    );
    let _ = writeln!(
        c,
        "hr.double-rule{{border:0;border-top:{} solid #{red};border-bottom:{}pt solid #{red};height:{}pt;width:{}mm;margin:{} 0 0 50%;transform:translateX(-50%);}}.doc-number.letter{{display:flex;justify-content:space-between;margin-top:.9em!important;}}",
        pt(t.head.rule_width.abs().max(1.0)),
        crate::layout::head::LETTER_THIN_RULE,
        crate::layout::head::LETTER_RULE_GAP,
        crate::layout::head::LETTER_RULE_MM,
        pt(t.head.rule_gap.abs()),
        red = t.head.rule_color.hex()
    );
    let _ = writeln!(
        c,
        ".attendance{{margin-top:1.5em;}}.attendance p{{display:flex;text-indent:0;padding-left:2em;text-align:justify;}}.attendance .label{{flex:none;font-family:{};}}",
        fam("hei")
    );
    let _ = writeln!(
        c,
        "hr.red-rule{{border:0;border-top:{} solid #{};margin:{} 0 0;}}",
        pt(t.head.rule_width.abs().max(1.0)),
        t.head.rule_color.hex(),
        pt(t.head.rule_gap.abs())
    );
    let _ = writeln!(
        c,
        ".bulletin-name{{font-family:{};font-size:{};color:{};text-align:center;font-weight:normal;line-height:1.25;margin-top:{}!important;}}",
        fam(&st("masthead").font),
        size("masthead"),
        color("masthead"),
        pt(t.head.masthead_top.abs() * 0.5)
    );
    let _ =
        writeln!(c, ".issue{{text-align:center;margin:.8em 0!important;}}.issuer-line{{display:flex;justify-content:space-between;flex-wrap:wrap;gap:0 1em;}}");
    let _ = writeln!(
        c,
        "h1.title{{font-family:{};font-size:{};font-weight:{};text-align:center;text-wrap:balance;line-height:1.5;margin:1.2em 0 1em;color:{};}}",
        fam(&st("title").font),
        size("title"),
        weight("title"),
        color("title")
    );
    let _ = writeln!(c, ".subtitle{{font-family:{};text-align:center;text-indent:0;}}", fam("kai"));
    let _ = writeln!(c, ".addressee{{text-indent:0;text-align:left;}}");
    for (l, role) in [(2, "heading1"), (3, "heading2"), (4, "heading3"), (5, "heading4")] {
        let _ = writeln!(
            c,
            "h{l}{{font-family:{};font-size:{};font-weight:{};text-indent:{};margin:0;line-height:inherit;text-align:left;}}",
            fam(&st(role).font),
            size(role),
            weight(role),
            pt(st(role).indent.pt(cell))
        );
    }
    let _ = writeln!(c, "section{{margin:0;}}");
    let _ = writeln!(c, "br.pl{{display:none;}}");
    let _ = writeln!(c, "@media print{{.mend{{display:block;text-align-last:justify;}}.mend-rest{{display:block;text-indent:0;}}br.pl{{display:inline;}}}}");
    // emphasis: no italic Han; 楷体 when the template has it, as in the PDF (Latin inside is slanted)
    let em_face = if t.fonts.contains_key("kai") { format!("font-family:{};", fam("kai")) } else { String::new() };
    let _ = writeln!(c, "em{{font-style:normal;{em_face}}}em i{{font-style:italic;}}");
    let _ = writeln!(c, "blockquote{{margin:0 2em;font-family:{};}}ul+blockquote,ol+blockquote{{margin-top:{};}}", fam("kai"), pt(line_h));
    let _ = writeln!(
        c,
        "ol.list,ul.list{{list-style:none;margin:0;padding:0;}}ol.list li,ul.list li{{text-indent:2em;text-align:{};}}.list .list li{{padding-left:2em;}}.marker{{margin-right:.25em;}}",
        align("body")
    );
    let _ = writeln!(c, "code{{font-family:ui-monospace,\"Liberation Mono\",monospace;font-size:.9em;}}");
    let _ = writeln!(c, "a{{color:#1a4f9c;}}");
    let _ = writeln!(
        c,
        "figure{{margin:.8em 0;text-align:center;break-inside:avoid;}}figure img{{max-width:100%;height:auto;}}td img,th img{{display:block;margin:0 auto;max-width:100%;height:auto;max-height:12em;width:auto;}}figcaption{{font-family:{};font-size:{};}}",
        fam("kai"),
        size("caption")
    );
    let _ = writeln!(
        c,
        ".table-wrap{{max-width:100%;overflow-x:auto;margin:.6em 0;}}table{{border-collapse:collapse;font-family:{};font-size:{};line-height:{};margin:0 auto;}}table.fixed{{width:100%;table-layout:fixed;}}th,td{{border:.5pt solid #000;padding:{}pt {}pt;overflow-wrap:anywhere;text-align:left;vertical-align:middle;text-indent:0;}}th{{font-family:{};font-weight:normal;text-align:center;}}td.r{{text-align:right;font-variant-numeric:tabular-nums;}}td.c{{text-align:center;}}caption{{font-family:{};}}",
        fam(&st("table").font),
        size("table"),
        st("table").line_height.max(1.0),
        // with collapsed borders half of each .5 pt rule lies inside the cell; the PDF draws its
        // rules over the cell edges, so its text box is this much larger
        crate::layout::table::PAD_Y - 0.25,
        crate::layout::table::PAD_X - 0.25,
        fam(&st("table_header").font),
        fam("kai")
    );
    let _ = writeln!(
        c,
        ".attachment-note{{display:flex;margin-top:{}!important;text-indent:0;padding-left:2em;}}.attachment-note .label{{flex:none;white-space:nowrap;}}.attachment-note .items{{display:flex;flex-direction:column;}}",
        pt(line_h)
    );
    let _ = writeln!(
        c,
        ".signature{{margin:{} 0 0;display:flex;flex-direction:column;align-items:flex-end;padding-right:{};position:relative;}}.signature p{{text-indent:0;text-align:left;}}.signature .date{{padding-left:2em;}}.seal{{position:absolute;right:{};top:-1.5em;width:42mm;max-width:40%;opacity:.85;mix-blend-mode:multiply;}}",
        pt(line_h),
        pt(t.body.signature_indent.pt(cell)),
        pt(4.0 * cell)
    );
    let _ = writeln!(c, ".note{{text-indent:2em;}}");
    let _ = writeln!(
        c,
        ".attachment{{margin-top:3em;}}.attachment-label{{font-family:{};text-indent:0;}}.attachment-title{{font-family:{};font-size:{};text-align:center;text-indent:0;font-weight:normal;margin:{} 0;line-height:{};}}",
        fam("hei"),
        fam(&st("title").font),
        size("title"),
        // as the PDF sets it: a blank line of the label's height above and below, each title
        // line on the grid's pitch (or at the title's own leading off the grid)
        pt(if grid { pitch } else { st("attachment_label").line_height * st("attachment_label").size.abs() }),
        pt(if grid { pitch } else { st("title").line_height * st("title").size.abs() })
    );
    let _ = writeln!(
        c,
        ".footnotes{{font-size:{};margin-top:1em;}}.footnotes hr{{width:25%;margin-left:0;border:0;border-top:.5pt solid #000;}}.footnotes ol{{padding-left:2em;}}",
        size("footnote")
    );
    let end_rule = t.end.outer_rule.abs();
    let _ = writeln!(
        c,
        "footer{{margin-top:3em;font-family:{};font-size:{};border-top:{} solid #000;border-bottom:{} solid #000;}}footer p,footer address{{text-indent:0;font-style:normal;padding:.2em 1em;border-bottom:{} solid #000;}}footer > :last-child{{border-bottom:0;}}footer .labeled{{display:flex;}}footer .labeled .label{{flex:none;}}footer .printed,footer address{{display:flex;justify-content:space-between;flex-wrap:wrap;gap:0 1em;}}footer .right{{text-align:right;}}footer.contact-footer{{border:0;text-align:center;}}",
        fam(&st("end_block").font),
        size("end_block"),
        pt(end_rule),
        pt(end_rule),
        pt(t.end.inner_rule.abs())
    );
    let _ = writeln!(c, ".page-break{{break-after:page;}}.nw{{white-space:nowrap;}}");
    // phones: the organ mark and the masthead stay on one line, shrunk to the screen's width
    // (their widths in characters; Latin letters count half)
    let chars = |s: &str| s.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>();
    let organ_chars = match &doc.head {
        Head::Official { organs, suffix, .. } => organs.iter().map(|o| chars(o)).fold(0.0, f32::max) + chars(suffix),
        _ => 0.0,
    };
    let masthead_chars = match &doc.head {
        Head::Bulletin { name, .. } => chars(name),
        _ => 0.0,
    };
    let fit = |role: &str, n: f32| {
        if n > 0.0 { format!("min({},calc((100vw - 2.5rem) / {:.1}))", size(role), n) } else { size(role) }
    };
    let _ = writeln!(
        c,
        "@media (max-width:640px){{body{{font-size:17px;line-height:1.75;}}article{{margin:0;padding:1.2rem 1rem;box-shadow:none;}}.organ{{font-size:{};white-space:nowrap;}}.bulletin-name{{font-size:{};white-space:nowrap;}}h1.title{{font-size:min({},6.4vw);}}h1.title br{{display:none;}}.seal{{width:30vw;}}}}",
        fit("organ", organ_chars),
        fit("masthead", masthead_chars),
        size("title")
    );
    // print: A4 with the template's margins, the grid's line pitch, page numbers and footer
    let pn = &t.page_number;
    let fmt = |side: &str| -> String {
        let f = &pn.format;
        let (a, b) = f.split_once("{n}").unwrap_or((f.as_str(), ""));
        let _ = side;
        format!(
            "content:{} counter(page) {};font-family:{};font-size:{};",
            css_str(a),
            css_str(b),
            // (spelled out: a page's margin boxes inherit from the page, not from the root,
            // and browsers differ on the root's custom properties there)
            stack(&st("page_number").font),
            pt(st("page_number").size.abs())
        )
    };
    // the printed page's margins (see `print_margins`): the page number keeps its place below
    // a bottom margin that starts lower, the head's marks theirs below a top that starts higher
    let (print_top, print_bottom) = print_margins(t, !embedded.is_empty()).unwrap_or((t.page.margin_top.abs(), t.page.margin_bottom.abs()));
    let number_gap = pt((pn.offset.abs() - (t.page.margin_bottom.abs() - print_bottom)).max(0.0));
    let head_drop = t.page.margin_top.abs() - print_top;
    let mut margin_boxes = String::new();
    match pn.position {
        PageNumberPosition::Outside => {
            let _ = write!(
                margin_boxes,
                "@page :right{{@bottom-right{{{}vertical-align:top;padding-top:{};margin-right:{};}}}}",
                fmt("r"),
                number_gap,
                pt(pn.inset.pt(st("page_number").size.abs()))
            );
            let _ = write!(
                margin_boxes,
                "@page :left{{@bottom-left{{{}vertical-align:top;padding-top:{};margin-left:{};}}}}",
                fmt("l"),
                number_gap,
                pt(pn.inset.pt(st("page_number").size.abs()))
            );
        }
        PageNumberPosition::Center => {
            let _ = write!(margin_boxes, "@page{{@bottom-center{{{}vertical-align:top;padding-top:{};}}}}", fmt("c"), number_gap);
        }
        PageNumberPosition::None => {}
    }
    if !pn.first_page {
        // a letter's first page (a right-hand page) carries no number
        let sides = match pn.position {
            PageNumberPosition::Outside => "@bottom-right",
            PageNumberPosition::Center => "@bottom-center",
            PageNumberPosition::None => "",
        };
        if !sides.is_empty() {
            let _ = write!(margin_boxes, "@page :first{{{sides}{{content:none;}}}}");
        }
    }
    // the blank page before a 版记 and the 版记's page, which the PDF leaves unnumbered
    let number_boxes = match pn.position {
        PageNumberPosition::Outside => "@bottom-right{content:none;}@bottom-left{content:none;}",
        PageNumberPosition::Center => "@bottom-center{content:none;}",
        PageNumberPosition::None => "",
    };
    let _ = write!(margin_boxes, ".unnumbered{{page:folio-unnumbered;}}@page folio-unnumbered{{{number_boxes}}}");
    if let Some(ci) = doc.contact.as_ref().filter(|c| c.placement == ContactPlacement::EveryPage) {
        let where_ = if pn.position == PageNumberPosition::Center { "@bottom-left" } else { "@bottom-center" };
        let _ = write!(
            margin_boxes,
            "@page{{{where_}{{content:{};font-family:{};font-size:{};vertical-align:bottom;padding-bottom:{};}}}}",
            css_str(&ci.line),
            stack(&st("footer").font),
            pt(st("footer").size.abs()),
            pt((t.page.margin_bottom.abs() - t.contact.footer_offset.abs() - st("footer").size.abs() * 1.5).max(4.0))
        );
    }
    let _ = writeln!(
        c,
        "@page{{size:A4;margin:{} {} {} {};}}\n{margin_boxes}",
        pt(print_top),
        pt(t.page.margin_right.abs()),
        pt(print_bottom),
        pt(t.page.margin_left.abs())
    );
    let letter = if grid { pt((cell - body_size).min(0.0)) } else { "normal".into() };
    // a mark wider than the type area is condensed as the PDF condenses it (horizontal scale,
    // same height): otherwise it overflows, and the browser shrinks the whole page to fit it
    let type_w = t.page.width.abs() - t.page.margin_left.abs() - t.page.margin_right.abs();
    let condense = |class: &str, role: &str, n: f32| {
        let k = type_w / (n * st(role).size.abs()).max(1.0);
        if n > 0.0 && k < 1.0 { format!("{class}{{transform:scaleX({k:.4});transform-origin:0 0;}}") } else { String::new() }
    };
    let _ = writeln!(c, "@media print{{{}{}}}", condense(".organ", "organ", organ_chars), condense(".bulletin-name", "masthead", masthead_chars));
    let _ = writeln!(
        c,
        "@media print{{body{{background:#fff;font-size:{};line-height:{};}}article{{max-width:none;width:{};margin:0;padding:0;box-shadow:none;}}p,li,h2,h3,h4,h5{{letter-spacing:{};}}.d{{letter-spacing:0;}}{}p,li{{orphans:1;widows:1;}}address.contact.running{{display:none;}}h2,h3,h4,h5{{break-after:avoid;}}.organ{{margin-top:{}!important;}}.bulletin-name{{margin-top:{}!important;}}.attachment{{break-before:page;margin-top:0;}}footer{{break-inside:avoid;}}a{{color:inherit;text-decoration:none;}}.table-wrap{{overflow:visible;}}thead{{display:table-header-group;}}td.cut{{vertical-align:top;padding-top:var(--top);}}tbody tr{{break-inside:avoid;}}tbody tr.split,tbody tr.span{{break-inside:auto;}}tr.turn,.table-wrap.turn{{break-before:page;}}}}",
        pt(body_size),
        pt(line_h),
        // the type area's width to the point: the page margins alone leave it to the
        // browser's pixel rounding, which gave lines a quarter point more than the PDF's
        pt(type_w),
        letter,
        // the grid's cells hold text of the body size only: the PDF sets a smaller 版记 at
        // its natural advances
        if st("end_block").size.abs() != body_size { "footer p,footer address{letter-spacing:0;}" } else { "" },
        pt(t.head.organ_top.abs() + head_drop),
        pt(t.head.masthead_top.abs() + head_drop)
    );
    let _ = t.page.width.abs() / PT_PER_MM;
    let roots: String = stacks.borrow().iter().enumerate().map(|(n, (_, s))| format!("--folio-font-{n}:{s};")).collect();
    format!(":root{{{roots}}}\n{c}")
}

/// The printed page's top and bottom margins on a grid page with the embedded faces: a line
/// box of the grid's pitch around text of the body size has its baseline where the PDF puts it
/// in its slot (the PDF centres the em of the cell in the slot's top, the browser centres the
/// em in the line box), and the bottom margin leaves room for the grid's last line and no more.
/// `None` off the grid or without the embedded faces (their metrics are unknown).
fn print_margins(t: &Template, embedded: bool) -> Option<(f32, f32)> {
    let geo = crate::layout::Geometry::of(t);
    let cell = geo.cell.filter(|_| embedded)?;
    let lift = (geo.pitch - cell) / 2.0;
    let top = geo.top - lift;
    let bottom = geo.page_h - (geo.top + geo.lines as f32 * geo.pitch - lift) - 0.5;
    Some((top, bottom.max(0.0)))
}

/// Print CSS that sets the 版记 where the PDF sets it, at the foot of its own page: the page's
/// box (`.end-page`, as tall as the printed type area) stacks it at its bottom, so its last rule
/// closes the type area whatever the height of its rows. Only for a 版记 on a page of its own
/// (after the PDF's page turns).
fn print_end_block(t: &Template) -> String {
    let Some((top, bottom)) = print_margins(t, true) else { return String::new() };
    let geo = crate::layout::Geometry::of(t);
    // a point short of the page, so that rounding never pushes the box over it
    let h = geo.page_h - top - bottom - 1.0;
    format!(
        "@media print{{.end-page{{display:flex;flex-direction:column;justify-content:flex-end;height:{};}}.end-page > footer{{margin-top:0;}}}}",
        pt(h.max(0.0))
    )
}

/// Print CSS that sets the head of an official document where the PDF sets it on page 1:
/// organ mark, document number, red rule, title (at the PDF's line pitch) and the line after
/// the title. Each box's top is computed from the PDF's baseline: the embedded faces carry an
/// em-box ascent of 0.88 and descent of 0.12 (see `web_font`), so a line box of height `l`
/// holding text of size `s` has its baseline `l / 2 + 0.38 s` below its top. Empty for heads
/// of other shapes (a signer, a secrecy mark, a bulletin's masthead), which keep the stylesheet's
/// spacing.
fn print_head(paged: &PagedDocument, t: &Template) -> String {
    let Some(page) = paged.pages.first() else { return String::new() };
    let runs: Vec<&crate::layout::TextRun> = page.items.iter().filter_map(|i| if let crate::layout::Item::Text(r) = i { Some(r) } else { None }).collect();
    let baselines = |role: &str| {
        let mut v: Vec<f32> = runs.iter().filter(|r| r.role == role).map(|r| r.baseline).collect();
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        v
    };
    let (organ, number, title) = (baselines("organ"), baselines("doc_number"), baselines("title"));
    let (Some(&b_organ), Some(&b_title), Some(&title_last)) = (organ.first(), title.first(), title.last()) else { return String::new() };
    // only the organ mark and a number (or none) before the title: no signer, secrecy or copy number
    if organ.len() != 1 || number.len() > 1 || runs.iter().any(|r| r.baseline < b_title && !matches!(r.role, "organ" | "doc_number")) {
        return String::new();
    }
    let above_rule = number.first().copied().unwrap_or(b_organ);
    let rule = page.items.iter().find_map(|i| match i {
        crate::layout::Item::Rule(r) if r.y1 > above_rule && r.y1 < b_title && (r.y1 - r.y2).abs() < 0.1 => Some(r.y1),
        _ => None,
    });
    let next = runs.iter().filter(|r| r.baseline > title_last + 0.5).min_by(|a, b| a.baseline.total_cmp(&b.baseline));
    let (Some(rule), Some(next)) = (rule, next) else { return String::new() };
    let size = |role: &str| t.style(role).size.abs();
    let top_of = |baseline: f32, line: f32, s: f32| baseline - line / 2.0 - 0.38 * s;
    let body_line = crate::layout::Geometry::of(t).pitch;
    let organ_line = 1.2 * size("organ");
    let title_line = if title.len() > 1 { (title_last - b_title) / (title.len() - 1) as f32 } else { body_line };
    let Some((area_top, _)) = print_margins(t, true) else { return String::new() };
    let organ_top = top_of(b_organ, organ_line, size("organ"));
    let mut css =
        format!("@media print{{header.head{{margin-bottom:0;}}.organ{{line-height:{};margin-top:{}!important;}}", pt(organ_line), pt(organ_top - area_top));
    // the bottom of the last box set so far
    let mut bottom = organ_top + organ_line;
    if let Some(&b_number) = number.first() {
        let number_top = top_of(b_number, body_line, size("doc_number"));
        let _ = write!(css, ".doc-number{{line-height:{};margin-top:{}!important;}}", pt(body_line), pt(number_top - bottom));
        bottom = number_top + body_line;
    }
    // the rule is drawn as the hr's 1 pt top border, centred on the PDF's rule
    let rule_top = rule - 0.5;
    let title_top = top_of(b_title, title_line, size("title"));
    let next_top = top_of(next.baseline, body_line, next.size);
    let _ = writeln!(
        css,
        "hr.red-rule{{margin-top:{};}}h1.title{{line-height:{};margin:{} 0 {};}}}}",
        pt(rule_top - bottom),
        pt(title_line),
        pt(title_top - (rule_top + 1.0)),
        pt(next_top - (title_top + title.len() as f32 * title_line)),
    );
    css
}

/// The embedded fonts (the default; `--no-embed-fonts` leaves them out): each face the
/// document uses, subset to its characters, as a WOFF2 data URL placed first in its stacks.
fn embed_fonts(
    doc: &StyledDocument,
    paged: &PagedDocument,
    book: &FontBook,
    memo: Option<&super::memo::Subsets>,
    embedded: &mut BTreeMap<String, String>,
    out: &mut String,
) {
    let subset =
        |face: &crate::fonts::Face, chars: &BTreeSet<char>, latin: Option<(&crate::fonts::Face, &BTreeSet<char>)>| -> Option<std::sync::Arc<WebFont>> {
            match memo {
                Some(m) => {
                    let key = (face.key, latin.map(|(l, c)| (l.key, c.iter().copied().collect())), chars.iter().copied().collect());
                    m.html.get_or_make(key, || web_font(face, chars, latin).ok_or(())).ok()
                }
                None => web_font(face, chars, latin).map(std::sync::Arc::new),
            }
        };
    let t = &*doc.template;
    let fonts = DocFonts::new(book, t);
    let all: BTreeSet<char> = doc.all_text().iter().flat_map(|(s, _)| s.chars().collect::<Vec<_>>()).chain("0123456789—".chars()).collect();
    let latin_chars: BTreeSet<char> = all.iter().copied().filter(|c| is_latin(*c)).collect();
    // the Latin alias first
    if let Some(face) = fonts.chain("latin", false).primary()
        && let Some(ff) = subset(face, &latin_chars, None)
    {
        let _ = writeln!(out, "@font-face{{font-family:\"folio-latin\";src:{};unicode-range:U+0020-007E,U+00A0-00FF,U+2013,U+2030,U+2116;}}", ff.src());
    }
    // what the PDF set in each face: a face carries those characters only, except the body's,
    // which carries every character of the document and stands behind every other stack
    let mut drawn: BTreeMap<usize, BTreeSet<char>> = BTreeMap::new();
    for p in &paged.pages {
        for it in &p.items {
            if let crate::layout::Item::Text(tx) = it {
                drawn.entry(tx.face.key).or_default().extend(tx.glyphs.iter().flat_map(|g| g.text.chars()));
            }
        }
    }
    let body_key = t.style("body").font.clone();
    // each CJK key with the Latin key of the first style (by name) that sets text in it
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    for s in t.styles.values() {
        keys.entry(s.font.clone()).or_insert_with(|| s.latin.clone());
    }
    // one web font per face, whichever keys share it
    #[allow(clippy::type_complexity)]
    let mut faces: BTreeMap<
        usize,
        (std::sync::Arc<crate::fonts::Face>, BTreeSet<char>, Vec<String>, Option<(std::sync::Arc<crate::fonts::Face>, BTreeSet<char>)>),
    > = BTreeMap::new();
    for (key, latin_key) in keys {
        let Some(face) = fonts.chain(&key, key == "xiaobiaosong").primary().cloned() else { continue };
        let want: BTreeSet<char> = if key == body_key { all.clone() } else { drawn.get(&face.key).cloned().unwrap_or_default() };
        // the face the PDF sets Latin letters and digits in beside this one, and the characters
        // it set in it (not the marks it sets in the CJK face: · × ° and the like)
        let latin = fonts
            .chain(&latin_key, false)
            .primary()
            .filter(|l| l.key != face.key)
            .map(|l| (l.clone(), drawn.get(&l.key).map(|d| d.iter().copied().filter(|c| is_latin(*c)).collect()).unwrap_or_default()));
        let e = faces.entry(face.key).or_insert_with(|| (face.clone(), BTreeSet::new(), Vec::new(), latin));
        // Latin letters and digits stay in the CJK subsets, which come first in their stacks:
        // Chromium prints CFF faces as Type 3 fonts with the CFF's tall font box, and digits
        // from the TrueType Latin face beside them fall out of their line in text extraction
        e.1.extend(want.into_iter().filter(|c| face.has(*c)));
        e.2.push(key);
    }
    // in the order of the keys' names: face numbers depend on which document of a batch loaded
    // a face first, and the same input must give the same bytes
    let mut faces: Vec<_> = faces.into_values().collect();
    faces.sort_by(|a, b| a.2.cmp(&b.2));
    // subset side by side: the body face alone takes most of the time
    use rayon::prelude::*;
    let made: Vec<Option<std::sync::Arc<WebFont>>> = faces
        .par_iter()
        .map(|(face, chars, _, latin)| if chars.is_empty() { None } else { subset(face, chars, latin.as_ref().map(|(f, c)| (&**f, c))) })
        .collect();
    for ((_, _, keys, _), ff) in faces.iter().zip(made) {
        let Some(ff) = ff else { continue };
        let family = if keys.contains(&body_key) { format!("folio-{body_key}") } else { format!("folio-{}", keys[0]) };
        let _ = writeln!(out, "@font-face{{font-family:\"{family}\";src:{};}}", ff.src());
        for k in keys {
            embedded.insert(k.clone(), family.clone());
        }
    }
    if let Some(b) = embedded.get(&body_key).cloned() {
        embedded.insert(FALLBACK.into(), b);
    }
}

/// The characters of the Latin alias (`folio-latin`'s unicode-range).
fn is_latin(c: char) -> bool {
    (' '..='\u{ff}').contains(&c) || "–‰№".contains(c)
}

/// The key under which the body's embedded family is recorded: every stack falls back to it.
const FALLBACK: &str = "*";

const WOFF2_QUALITY: u8 = 5;

/// A subset face as a data URL's payload, and its CSS `format()`.
pub struct WebFont {
    data: String,
    format: &'static str,
}

impl WebFont {
    fn src(&self) -> String {
        let mime = if self.format == "woff2" { "font/woff2" } else { "font/otf" };
        format!("url(data:{mime};base64,{}) format(\"{}\")", self.data, self.format)
    }
}

/// A web font (cmap, OS/2, name…) of `face` with exactly `chars`, base64. With `latin` (a face
/// and the characters the PDF set in it), those Latin letters and digits keep this face's
/// outlines but take the advances of the face the PDF sets them in, so that a printed line
/// holds what the PDF's line holds.
fn web_font(face: &crate::fonts::Face, chars: &BTreeSet<char>, latin: Option<(&crate::fonts::Face, &BTreeSet<char>)>) -> Option<WebFont> {
    let map: BTreeMap<u32, u16> = chars.iter().filter_map(|c| face.glyph(*c).map(|g| (*c as u32, g as u16))).collect();
    let glyphs: Vec<u16> = map.values().copied().collect();
    let (mut tables, version) = super::sfnt::standalone(face, &glyphs, &map)?;
    if let Some((latin, set_in_latin)) = latin {
        let remap = super::sfnt::remapper(&glyphs);
        let advances: BTreeMap<u16, u16> = chars
            .iter()
            .filter(|c| set_in_latin.contains(*c) && latin.has(**c))
            .filter_map(|c| {
                let g = remap.get(face.glyph(*c)? as u16)?;
                let em = latin.shape(&c.to_string(), false).first()?.advance;
                Some((g, (em * face.units_per_em).round().clamp(0.0, u16::MAX as f32) as u16))
            })
            .collect();
        super::sfnt::set_advances(&mut tables, &advances);
    }
    // vertical metrics of the em box (0.88 above, 0.12 below): glyph boxes of consecutive lines
    // then do not overlap, so printing and text extraction keep the reading order
    let upem = face.units_per_em;
    let (asc, desc) = ((0.88 * upem).round() as i16, (-0.12 * upem).round() as i16);
    for (tag, data) in tables.iter_mut() {
        if tag == b"hhea" && data.len() >= 10 {
            data[4..6].copy_from_slice(&asc.to_be_bytes());
            data[6..8].copy_from_slice(&desc.to_be_bytes());
            data[8..10].copy_from_slice(&0i16.to_be_bytes());
        }
        if tag == b"OS/2" && data.len() >= 78 {
            data[68..70].copy_from_slice(&asc.to_be_bytes());
            data[70..72].copy_from_slice(&desc.to_be_bytes());
            data[72..74].copy_from_slice(&0i16.to_be_bytes());
            data[74..76].copy_from_slice(&(asc as u16).to_be_bytes());
            data[76..78].copy_from_slice(&((-desc) as u16).to_be_bytes());
        }
    }
    let version = super::quadratic::cff_to_glyf(&mut tables, version).unwrap_or(version);
    let font = super::sfnt::build(version, tables);
    // WOFF2 (Brotli), quality 5 of 11 by measurement on the seed (whole HTML, whole process):
    // q5 191 KB in 0.03 s and 36 MB; q9 189 KB in 0.14 s and 65 MB; q11 177 KB in 0.28 s.
    // The single-threaded encoder is deterministic.
    // Should the encoder refuse a face, the plain OpenType subset still shows the text.
    let b64 = |d: &[u8]| base64::engine::general_purpose::STANDARD.encode(d);
    Some(match ttf2woff2::encode(&font, ttf2woff2::BrotliQuality::from(WOFF2_QUALITY)) {
        Ok(w) => WebFont { data: b64(&w), format: "woff2" },
        Err(_) => WebFont { data: b64(&font), format: "opentype" },
    })
}
