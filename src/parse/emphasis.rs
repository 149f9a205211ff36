//! Emphasis and strong emphasis with the CJK-friendly amendments to CommonMark
//! (github.com/tats-u/markdown-cjk-friendly): `**重要。**其后`, `这是**“重要”**的`, `**真，**她`
//! and `*强调*，然后` are emphasis, which plain CommonMark (and pulldown-cmark) leaves as literal
//! asterisks because a CJK punctuation mark sits just inside the delimiter.
//!
//! pulldown-cmark still does everything else (blocks, links, code spans, escapes). Its own
//! emphasis nodes are flattened back into delimiter runs at their source positions, together with
//! any asterisks and underscores it left as literal text (unless they were backslash-escaped), and
//! the CommonMark "process emphasis" algorithm runs once over the result with the amended
//! flanking rules. So a paragraph is matched as a whole, as a CJK-friendly parser would.

use crate::model::{Inline, InlineKind, Span};

/// What the parser hands over for one sibling list of inlines.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Text; `literal[i]` is true for characters that must never act as delimiters (escaped).
    Text { text: String, span: Span, literal: Vec<bool> },
    /// A delimiter that pulldown-cmark already matched (the `**` of a Strong node).
    Delim { ch: char, count: usize, span: Span },
    /// Anything else (code span, link, break, footnote reference).
    Other(Inline),
}

#[derive(Debug)]
enum Tok {
    Node(Inline),
    /// A delimiter run still in play.
    Run(Run),
}

#[derive(Debug, Clone)]
struct Run {
    ch: char,
    count: usize,
    orig: usize,
    open: bool,
    close: bool,
    start: usize,
    end: usize,
}

/// Turn the pieces of one sibling list into inlines with emphasis resolved.
/// `before`/`after` are the characters just outside the list (None = line start/end).
pub fn resolve(pieces: Vec<Piece>, before: Option<char>, after: Option<char>) -> Vec<Inline> {
    // 1. Split texts at unescaped `*`/`_` runs; merge adjacent runs of the same character.
    let mut toks: Vec<Tok> = Vec::new();
    for p in pieces {
        match p {
            Piece::Text { text, span, literal } => {
                let exact = span.end - span.start == text.len();
                let mut buf = String::new();
                let mut buf_start = span.start;
                let chars: Vec<(usize, char)> = text.char_indices().collect();
                let mut i = 0;
                while i < chars.len() {
                    let (off, c) = chars[i];
                    if (c == '*' || c == '_') && !literal.get(i).copied().unwrap_or(false) {
                        let mut j = i;
                        while j < chars.len() && chars[j].1 == c && !literal.get(j).copied().unwrap_or(false) {
                            j += 1;
                        }
                        let here = if exact { span.start + off } else { span.start };
                        if !buf.is_empty() {
                            toks.push(Tok::Node(Inline::text(std::mem::take(&mut buf), Span::new(buf_start, here.max(buf_start)))));
                        }
                        let end = if exact { span.start + off + (j - i) } else { span.end };
                        push_run(&mut toks, c, j - i, here, end);
                        i = j;
                        buf_start = end;
                        continue;
                    }
                    buf.push(c);
                    i += 1;
                }
                if !buf.is_empty() {
                    toks.push(Tok::Node(Inline::text(buf, Span::new(buf_start.min(span.end), span.end))));
                }
            }
            Piece::Delim { ch, count, span } => push_run(&mut toks, ch, count, span.start, span.end),
            Piece::Other(i) => toks.push(Tok::Node(i)),
        }
    }

    // 2. Flanking, with the neighbours of every run.
    for k in 0..toks.len() {
        if let Tok::Run(_) = toks[k] {
            let prev = if k == 0 { before } else { last_char(&toks[k - 1]) };
            let next = if k + 1 == toks.len() { after } else { first_char(&toks[k + 1]) };
            if let Tok::Run(r) = &mut toks[k] {
                let left = left_flanking(prev, next);
                let right = right_flanking(prev, next);
                if r.ch == '*' {
                    r.open = left;
                    r.close = right;
                } else {
                    // `_` may not open/close inside a word (rules 2, 6, 4, 8 with the amendment)
                    r.open = left && (!right || prev.is_some_and(is_punct));
                    r.close = right && (!left || next.is_some_and(is_punct));
                }
            }
        }
    }

    // 3. Process emphasis.
    let mut c = 0;
    while c < toks.len() {
        let Tok::Run(closer) = &toks[c] else {
            c += 1;
            continue;
        };
        if !closer.close {
            c += 1;
            continue;
        }
        let closer = closer.clone();
        let mut found = None;
        for o in (0..c).rev() {
            if let Tok::Run(op) = &toks[o]
                && op.ch == closer.ch
                && op.open
            {
                let odd = (op.close || closer.open) && (op.orig + closer.orig) % 3 == 0 && !(op.orig % 3 == 0 && closer.orig % 3 == 0);
                if !odd {
                    found = Some(o);
                    break;
                }
            }
        }
        let Some(o) = found else {
            if !closer.open
                && let Tok::Run(r) = &mut toks[c]
            {
                r.close = false;
            }
            c += 1;
            continue;
        };
        let (oc, cc) = match (&toks[o], &toks[c]) {
            (Tok::Run(a), Tok::Run(b)) => (a.count, b.count),
            _ => unreachable!(),
        };
        let n = if oc >= 2 && cc >= 2 { 2 } else { 1 };
        // Everything between becomes the content; runs in between turn literal.
        let inner: Vec<Tok> = toks.drain(o + 1..c).collect();
        let content = to_inlines(inner);
        let (open_end, close_start);
        {
            let Tok::Run(op) = &mut toks[o] else { unreachable!() };
            op.count -= n;
            op.end -= n;
            open_end = op.end + n;
        }
        {
            let Tok::Run(cl) = &mut toks[o + 1] else { unreachable!() };
            cl.count -= n;
            close_start = cl.start;
            cl.start += n;
        }
        let span = Span::new(open_end - n, close_start + n);
        let kind = if n == 2 { InlineKind::Strong(content) } else { InlineKind::Emphasis(content) };
        toks.insert(o + 1, Tok::Node(Inline { kind, span }));
        // Drop emptied runs; continue with the same closer if it has characters left.
        let closer_idx = o + 2;
        let closer_empty = matches!(&toks[closer_idx], Tok::Run(r) if r.count == 0);
        if closer_empty {
            toks.remove(closer_idx);
        }
        let opener_empty = matches!(&toks[o], Tok::Run(r) if r.count == 0);
        if opener_empty {
            toks.remove(o);
            c = o + 1;
        } else {
            c = o + 2;
        }
    }
    to_inlines(toks)
}

fn push_run(toks: &mut Vec<Tok>, ch: char, count: usize, start: usize, end: usize) {
    if let Some(Tok::Run(r)) = toks.last_mut()
        && r.ch == ch
        && r.end == start
    {
        r.count += count;
        r.orig += count;
        r.end = end;
        return;
    }
    toks.push(Tok::Run(Run { ch, count, orig: count, open: false, close: false, start, end }));
}

/// Unmatched runs become literal text again; adjacent texts merge.
fn to_inlines(toks: Vec<Tok>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for t in toks {
        let node = match t {
            Tok::Node(n) => n,
            Tok::Run(r) if r.count == 0 => continue,
            Tok::Run(r) => Inline::text(r.ch.to_string().repeat(r.count), Span::new(r.start, r.end)),
        };
        if let (Some(Inline { kind: InlineKind::Text(prev), span: ps }), InlineKind::Text(t)) = (out.last_mut(), &node.kind) {
            prev.push_str(t);
            *ps = ps.join(node.span);
            continue;
        }
        out.push(node);
    }
    out
}

fn last_char(t: &Tok) -> Option<char> {
    match t {
        Tok::Run(r) => Some(r.ch),
        Tok::Node(n) => edge_char(n, true),
    }
}
fn first_char(t: &Tok) -> Option<char> {
    match t {
        Tok::Run(r) => Some(r.ch),
        Tok::Node(n) => edge_char(n, false),
    }
}

/// The source character next to a node: its own text, or the punctuation that delimits it
/// (`` ` `` of a code span, `[`/`)` of a link, `*` of an emphasis).
fn edge_char(n: &Inline, last: bool) -> Option<char> {
    match &n.kind {
        InlineKind::Text(t) => {
            if last {
                t.chars().last()
            } else {
                t.chars().next()
            }
        }
        InlineKind::LineBreak => Some('\n'),
        InlineKind::Code(_) => Some('`'),
        InlineKind::Link { .. } | InlineKind::FootnoteRef(_) => Some(if last { ')' } else { '[' }),
        InlineKind::Strong(_) | InlineKind::Emphasis(_) => Some('*'),
    }
}

fn is_ws(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// CommonMark "Unicode punctuation character": ASCII punctuation, general categories P and S.
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    matches!(c as u32,
        0xA1..=0xBF | 0xD7 | 0xF7 | 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20CF | 0x2100..=0x214F
        | 0x2190..=0x23FF | 0x2500..=0x27BF | 0x2900..=0x2BFF | 0x2E00..=0x2E7F | 0x3001..=0x3004
        | 0x3008..=0x3020 | 0x3030 | 0x303D | 0x30FB | 0xFE10..=0xFE19 | 0xFE30..=0xFE6B
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFE0..=0xFFEE)
}

/// A "CJK character" of the amendment: East Asian Width W, F or H (not emoji), or Hangul.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19
        | 0xFE30..=0xFE6F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1B000..=0x1B2FF | 0x20000..=0x3FFFD)
}

fn is_ivs(c: char) -> bool {
    (0xE0100..=0xE01EF).contains(&(c as u32))
}

fn non_cjk_punct(c: Option<char>) -> bool {
    c.is_some_and(|c| is_punct(c) && !is_cjk(c))
}

/// Left-flanking with the amendment: (1) not followed by whitespace, and (2a) not followed by a
/// non-CJK punctuation character, or (2b) followed by one and preceded by whitespace, non-CJK
/// punctuation, a CJK character or an IVS.
fn left_flanking(prev: Option<char>, next: Option<char>) -> bool {
    if is_ws(next) {
        return false;
    }
    !non_cjk_punct(next) || is_ws(prev) || non_cjk_punct(prev) || prev.is_some_and(|p| is_cjk(p) || is_ivs(p))
}

/// Right-flanking with the amendment, the mirror image.
fn right_flanking(prev: Option<char>, next: Option<char>) -> bool {
    if is_ws(prev) {
        return false;
    }
    !non_cjk_punct(prev) || is_ws(next) || non_cjk_punct(next) || next.is_some_and(is_cjk)
}
