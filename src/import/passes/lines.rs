//! Pass 1, lines: the input as logical lines. A line that joins several paragraphs (html2text,
//! copy-paste) is split into the lines a reader sees; each keeps its input line and bytes, what
//! a reader sees of it, its indent and whether it ends with a hard break.

use super::super::chars::{han, indent_of, parse_link, restore_punctuation, trim_all, visible};
use super::super::page::{Class, Line, Page};
use super::super::rules::{CLAUSE_OPENERS, KIND_WORDS, MAX_SALUTATION_CHARS, MAX_TITLE_CHARS, SALUTATION_STARTS};
use crate::model::Span;
use crate::style::numbering::existing_number;

/// Read the input into a page of classified-later lines.
pub fn read(text: &str) -> Page {
    let mended = super::super::chars::mend_gb_codes(text);
    let text = mended.as_ref().map_or(text, |(t, _)| t.as_str());
    let mut page = Page { watermark: watermark(text), ..Page::default() };
    let mut offset = 0;
    for (k, l) in text.split_inclusive('\n').enumerate() {
        let line = l.trim_end_matches(['\n', '\r']);
        if let Some(blocks) = html_source_blocks(line) {
            for (a, b, text) in blocks {
                page.lines.push(logical(text, k + 1, Span::new(offset + a, offset + b)));
            }
            offset += l.len();
            continue;
        }
        // (a forum's jammer before the text: `+ J- r4 y+ w/ V2 ] 全面貫徹…`, no markup)
        let (jammer, body) = match leading_jammer(line) {
            Some(at) => (Some(line[..at].to_string()), &line[at..]),
            None => (None, line),
        };
        // (a site's watermark after the text is a piece of its own: `…的共同努力。LzV中文字网`)
        let (body, mark) = match page.watermark.as_deref().and_then(|m| body.trim_end().strip_suffix(m)) {
            Some(text) if !text.trim().is_empty() => (text, page.watermark.clone()),
            _ => (body, None),
        };
        let t = body.trim_start();
        // (a line that opens with a number stays whole — an item's text is its own — but one
        // that opens with a month or a year is text: `4月15日至11月15日為禁牧期!… 發布時間:…`)
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let dated = digits > 0 && t[digits..].starts_with(['月', '年']);
        let markup = t.starts_with(['|', '#', '>', '*', '-', '+', '!', '[', '<']) || digits > 0 && !dated;
        // (a paragraph a PDF wrapped is one paragraph: read whole, its line ends taken out of
        // its text below, its source left as it is so that every span stays exact)
        let printed = matches!(without_printed_line_ends(body), std::borrow::Cow::Owned(_));
        // (a metadata table's header row, its labels spaced out, is one row: `索  引  号 文       号 发布机构`)
        let pieces: Vec<String> = if markup || printed || super::metadata::label_row(body).is_some() {
            vec![body.to_string()]
        } else {
            SPLITTERS.iter().fold(split_joined_paragraphs(body), |pieces, split| pieces.into_iter().flat_map(split).collect())
        };
        let mut from = 0;
        for p in jammer.into_iter().chain(pieces).chain(mark) {
            let at = line[from..].find(p.as_str()).map(|i| from + i).unwrap_or(from);
            from = at + p.len();
            let mut l = logical(p, k + 1, Span::new(offset + at, offset + from));
            if printed {
                l.text = without_printed_line_ends(&l.text).into_owned();
            }
            page.lines.push(l);
        }
        offset += l.len();
    }
    let raws: Vec<&str> = page.lines.iter().map(|l| l.raw.as_str()).collect();
    page.markdownish = is_markdownish(&raws);
    if !page.markdownish {
        reflow_fragments(&mut page, text);
    }
    collapse_blank_runs(&mut page);
    if let Some((_, n)) = mended {
        page.guess(0, format!("{n} punctuation marks came as GB 2312 codes read as Yi syllables (ꎬ for ，) and were mended; check them"));
    }
    page
}

/// `…的共同努力。LzV中文字网`: a site's watermark — the same short tag after the sentence
/// that ends at least half of the page's lines (and at least [`WATERMARK_MIN_LINES`]). No
/// document repeats a fragment of a sentence after its paragraphs' ends.
fn watermark(text: &str) -> Option<String> {
    let mut tails: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut lines = 0;
    for t in text.lines().map(str::trim).filter(|t| !t.is_empty()) {
        lines += 1;
        if let Some(tail) = watermark_tail(t) {
            *tails.entry(tail).or_default() += 1;
        }
    }
    let (tail, n) = tails.into_iter().max_by_key(|&(_, n)| n)?;
    (n >= WATERMARK_MIN_LINES && n * 2 >= lines).then(|| tail.to_string())
}

/// A watermark is on at least this many lines.
const WATERMARK_MIN_LINES: usize = 4;

/// What follows a line's last sentence end, when it can be a watermark: a short run of letters,
/// digits and Han characters, Han among them.
fn watermark_tail(t: &str) -> Option<&str> {
    let (at, end) = t.char_indices().filter(|(_, c)| "。！？：；!?:;".contains(*c)).last()?;
    let tail = t[at + end.len_utf8()..].trim();
    let n = tail.chars().count();
    let word = tail.chars().all(char::is_alphanumeric) && tail.chars().any(han);
    ((2..=WATERMARK_MAX_CHARS).contains(&n) && word).then_some(tail)
}

/// A watermark is at most this long.
const WATERMARK_MAX_CHARS: usize = 16;

/// A run of blank lines says no more than two of them do: the rest are dropped (nothing shows
/// in them), so that looking past blank lines never reads a flood of them once per line.
fn collapse_blank_runs(page: &mut Page) {
    let mut run = 0;
    page.lines.retain(|l| {
        run = if l.class == Class::Blank { run + 1 } else { 0 };
        run <= MAX_BLANK_RUN
    });
}

/// Blank lines kept in a row.
const MAX_BLANK_RUN: usize = 2;

/// Fragments joined into one line at most: a date broken into six (`2010` / `年` / `5` / `月` /
/// `26` / `日`) joins whole, while a flood of thousands of `1` lines is not rebuilt into one
/// line once per line (each join reads the whole line again).
const MAX_JOINED_FRAGMENTS: usize = 12;

/// A page saved one text node per line breaks numbers, dates and labels apart from their words
/// (`2010` / `年` / `5` / `月` / `26` / `日印发`, `（共印` / `10` / `份）`, `抄送：` / names / `。`):
/// such fragments are joined back into the line they belong to.
fn reflow_fragments(page: &mut Page, text: &str) {
    let opens = |t: &str| t.chars().count() <= 8 && t.ends_with(['（', '(']) || ["抄送", "抄报", "分送"].iter().any(|l| t.trim_end_matches(['：', ':']) == *l);
    let tail = |t: &str| {
        let n = t.chars().count();
        // (a line whose visible text is empty — `******`, empty emphasis — is no fragment)
        // (`2.` alone is the next item's number, which opens its line)
        let item_number = t.ends_with('.') && t[..t.len() - 1].chars().all(|c| c.is_ascii_digit());
        (1..=4).contains(&n)
            && !item_number
            && (t.chars().all(|c| c.is_ascii_digit() || c == '.')
                || t.starts_with(['年', '月', '日', '号', '份', '%', '％', '。', '，', '、', '；', '）', ')', '”', '》']))
    };
    let digits = |t: &str| !t.is_empty() && t.chars().count() <= 4 && t.chars().all(|c| c.is_ascii_digit());
    let punct = |t: &str| t.starts_with(['。', '，', '、', '；', '）', ')', '”', '》']) || t.trim() == "：" || t.trim() == ":";
    let mut out: Vec<Line> = Vec::with_capacity(page.lines.len());
    // the input line the last logical line ends on
    let mut last_origin = 0;
    // fragments joined into the last line so far
    let mut joined_run = 0;
    for l in std::mem::take(&mut page.lines) {
        let join = joined_run < MAX_JOINED_FRAGMENTS
            && out.last().is_some_and(|p: &Line| {
                p.class == Class::Text
                    && l.class == Class::Text
                    && l.origin == last_origin + 1
                    && (opens(&p.text) || punct(&l.text) || tail(&l.text) && !super::super::chars::strong_end(&p.text) || digits(&p.text) && tail(&l.text))
            });
        let origin = l.origin;
        if join {
            let p = out.pop().expect("a line");
            let span = Span::new(p.span.start, l.span.end);
            let mut joined = logical(format!("{}{}", p.raw.trim_end(), l.raw.trim()), p.origin, span);
            joined.hard_break = l.hard_break;
            out.push(joined);
            joined_run += 1;
        } else {
            out.push(l);
            joined_run = 0;
        }
        last_origin = origin;
    }
    let _ = text;
    page.lines = out;
}

/// Tags that end a block of text: a line of HTML source holds one paragraph between each.
const BLOCK_TAGS: &[&str] =
    &["p", "/p", "br", "br/", "div", "/div", "li", "/li", "tr", "/tr", "td", "/td", "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "table", "/table"];

/// A line of HTML source (a page saved as its markup, several `<p>` on one line): the text of
/// each block with its bytes in the line, inline tags (`<strong>`, `<span style=…>`) dropped.
/// `None` for a line with fewer than two block tags.
fn html_source_blocks(line: &str) -> Option<Vec<(usize, usize, String)>> {
    let tag_name = |tag: &str| tag.trim_start_matches('<').split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or("").to_ascii_lowercase();
    let tags: Vec<(usize, usize)> = line.match_indices('<').filter_map(|(a, _)| line[a..].find('>').map(|e| (a, a + e + 1))).collect();
    if tags.iter().filter(|(a, b)| BLOCK_TAGS.contains(&tag_name(&line[*a..*b]).as_str())).count() < 2 {
        return None;
    }
    let mut blocks = Vec::new();
    let (mut text, mut start, mut end) = (String::new(), None, 0);
    let mut flush = |text: &mut String, start: &mut Option<usize>, end: usize| {
        if let Some(a) = start.take().filter(|_| !text.trim().is_empty()) {
            blocks.push((a, end, std::mem::take(text)));
        }
        text.clear();
    };
    let mut at = 0;
    for (a, b) in tags.iter().copied() {
        if a < at {
            continue;
        }
        if a > at {
            text.push_str(&line[at..a]);
            start.get_or_insert(at);
            end = a;
        }
        if BLOCK_TAGS.contains(&tag_name(&line[a..b]).as_str()) {
            flush(&mut text, &mut start, end);
        }
        at = b;
    }
    if at < line.len() {
        text.push_str(&line[at..]);
        start.get_or_insert(at);
        end = line.len();
    }
    flush(&mut text, &mut start, end);
    // (markup with no text in it, `<object><tr></tr></object>`: one line, for the chrome pass
    // to report as HTML — never dropped unsaid)
    (!blocks.is_empty()).then_some(blocks)
}

/// `???（一）第一检查督导组`, `??四、检查督导要求`: a line's indent whose spaces an encoding lost
/// to question marks, dropped from what a reader sees (a line of marks only stays, for the
/// chrome pass to see); so is the padding lost at its end ([`without_lost_padding`]).
fn without_lost_indent(t: &str) -> &str {
    let rest = t.trim_start_matches(|c: char| c == '?' || c == ' ');
    let content = rest.chars().next().is_some_and(|c| super::super::chars::han(c) || c.is_ascii_digit() || "(（【".contains(c));
    let t = if rest.len() < t.len() && t.starts_with('?') && content { rest } else { t };
    without_lost_padding(t)
}

/// `浮山縣人民政府辦公室 ???????`: the spaces that padded a signer or a date out to the right,
/// lost the same way (a space, then three marks or more, end the line).
fn without_lost_padding(t: &str) -> &str {
    let rest = t.trim_end_matches('?');
    let marks = t.len() - rest.len();
    let before = rest.trim_end_matches(' ');
    let content = before.chars().next_back().is_some_and(|c| super::super::chars::han(c) || c.is_ascii_digit());
    if marks >= LOST_PADDING_MARKS && before.len() < rest.len() && content { before } else { t }
}

/// Question marks at the end of a line, after a space, that stand for lost spaces (marks that
/// touch the text may end a question).
const LOST_PADDING_MARKS: usize = 3;

fn logical(raw: String, origin: usize, span: Span) -> Line {
    let mut vis = visible(&raw);
    // (the emoji out of what every pass reads: `🕓2023-02-24  來源:🔗…` is a metadata row)
    let emoji;
    (vis.text, emoji) = super::super::chars::without_emoji(&vis.text);
    let seen: String = vis.text.chars().filter(|c| !matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')).collect();
    let text = closed_up_numeral(restore_punctuation(without_lost_indent(trim_all(&seen))));
    let class = if text.is_empty() && vis.images == 0 && vis.links.is_empty() && trim_all(&raw).is_empty() { Class::Blank } else { Class::Text };
    Line { indent: indent_of(&raw), hard_break: raw.ends_with("  ") || raw.ends_with('\\'), vis, text, origin, span, raw, class, emoji }
}

/// `一 、提高政治站位`: a typist's space between an item's numeral and its 、 is no text; the
/// item is numbered as `一、`.
fn closed_up_numeral(text: String) -> String {
    let numeral = text.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    let after: String = text.chars().skip(numeral).take_while(|c| *c == ' ' || *c == '\u{3000}').collect();
    if (1..=3).contains(&numeral) && !after.is_empty() && text.chars().nth(numeral + after.chars().count()) == Some('、') {
        let head: String = text.chars().take(numeral).collect();
        return format!("{head}{}", &text[head.len() + after.len()..]);
    }
    text
}

/// `（此件主动公开）—2—`, `—3—3.2.2地震谣传事件`: a print's page number glued to the text of
/// its page when a PDF's text layer was pasted; split off so that the chrome pass sees it.
fn split_page_marks(piece: String) -> Vec<String> {
    let dash = |c: char| c == '—' || c == '－';
    // the byte length of a `—N—` mark at the start of `t`, if there is one
    // (`— 2 — 区建委`: spaces inside the mark too)
    let mark_len = |t: &str| -> Option<usize> {
        let d = t.chars().next()?;
        let after_dash = t[d.len_utf8()..].trim_start_matches(' ');
        let n = after_dash.chars().take_while(|c| c.is_ascii_digit()).count();
        let rest = after_dash[n..].trim_start_matches(' ');
        let close = rest.chars().next()?;
        let end = t.len() - rest.len() + close.len_utf8();
        (dash(d) && (1..=3).contains(&n) && dash(close)).then_some(end)
    };
    let lead = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    if let Some(n) = mark_len(body).filter(|&n| n < body.len() && !body[n..].starts_with(dash)) {
        return vec![piece[..lead + n].to_string(), piece[lead + n..].to_string()];
    }
    // at the end: the last dash, its digits, the dash before them, and text before that
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let k = chars.len();
    if k >= 4 && dash(chars[k - 1].1) {
        let digits = chars[..k - 1].iter().rev().take_while(|(_, c)| c.is_ascii_digit()).count();
        let open = k - 1 - digits;
        if (1..=3).contains(&digits) && open >= 2 && dash(chars[open - 1].1) && !dash(chars[open - 2].1) && !chars[open - 2].1.is_ascii_digit() {
            let at = lead + chars[open - 1].0;
            return vec![piece[..at].to_string(), piece[at..].to_string()];
        }
    }
    vec![piece]
}

/// `抄送:县政府办,县人大办。 |`: a table cell's bar after the text; split off so that the
/// chrome pass sees it.
fn split_cell_bar(piece: String) -> Vec<String> {
    let body = piece.trim_end();
    let Some(before) = body.strip_suffix(['|', '｜']) else { return vec![piece] };
    let text = before.trim_end();
    if text.len() < before.len() && text.chars().any(han) {
        return vec![text.to_string(), piece[text.len()..].to_string()];
    }
    vec![piece]
}

/// `抄送:县卫计委 发:各医院科室`: two lists of an end block on one row (抄送 and a 发, 报 or
/// 送 list after a space); each its own line, so that each list is read as its own.
fn split_list_rows(piece: String) -> Vec<String> {
    let labels = || super::super::rules::COPIES_TO_LABELS.iter().copied().chain(super::super::rules::BULLETIN_LIST_LABELS.iter().map(|(l, _)| *l));
    let labelled = |t: &str| labels().any(|l| t.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])));
    if !labelled(piece.trim_start()) {
        return vec![piece];
    }
    let cuts: Vec<usize> = piece.char_indices().filter(|&(at, c)| c.is_whitespace() && labelled(piece[at..].trim_start())).map(|(at, _)| at).collect();
    let mut out = Vec::new();
    let mut from = 0;
    for at in cuts.into_iter().chain(std::iter::once(piece.len())) {
        let p = piece[from..at].trim();
        if !p.is_empty() {
            out.push(p.to_string());
        }
        from = at;
    }
    out
}

/// `高教动态 2018年第7期(总第7期) 河北师范大学发展规划处 2018年10月15日 目录 …`: a bulletin's
/// masthead flattened into one line with what follows it; split into its name, its issue, its
/// unit and date, and the rest, as the masthead's lines stand on a printed bulletin.
fn split_flat_masthead(piece: String) -> Vec<String> {
    use super::super::chars::{is_date_line, is_issue};
    let words: Vec<&str> = piece.split_whitespace().collect();
    let [name, issue, ..] = words[..] else { return vec![piece] };
    let named = super::super::rules::BULLETIN_WORDS.iter().any(|w| name.ends_with(w)) && name.chars().count() <= 12 && name.chars().all(han);
    if words.len() < 3 || !named || !is_issue(issue) || !issue.contains('第') {
        return vec![piece];
    }
    let mut out = vec![name.to_string(), issue.to_string()];
    let mut at = piece.find(issue).map_or(piece.len(), |p| p + issue.len());
    if let [_, _, unit, date, ..] = words[..]
        && looks_like_org(unit)
        && is_date_line(date)
    {
        let end = piece[at..].find(date).map_or(piece.len(), |p| at + p + date.len());
        out.push(piece[at..end].trim().to_string());
        at = end;
    }
    let rest = piece[at..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// `第一章 总则第一条 为了…，制定本条例。第二条 省人民代表大会常务委员会是…`: a statute's
/// chapters and articles run into one line (a Q&A site's answer); each article opens a line
/// after the sentence before it ends, each chapter's heading stands alone. Two such breaks at
/// least, so that a sentence merely citing `第三条` stays whole.
fn split_glued_articles(piece: String) -> Vec<String> {
    let chars: Vec<char> = piece.chars().collect();
    let unit_at = |p: usize| -> Option<char> {
        if chars[p] != '第' {
            return None;
        }
        let n = chars[p + 1..].iter().take_while(|c| "一二三四五六七八九十百零〇".contains(**c) || c.is_ascii_digit()).count();
        chars.get(p + 1 + n).copied().filter(|u| n > 0 && matches!(u, '条' | '章'))
    };
    let mut cuts = Vec::new();
    let mut last = 0;
    for p in 1..chars.len() {
        let Some(unit) = unit_at(p) else { continue };
        // after a full stop; or an article after its chapter's short heading (`第一章 总则`)
        let after_stop = chars[p - 1] == '。';
        let after_chapter = unit == '条' && unit_at(last) == Some('章') && p - last <= 20 && !chars[last..p].contains(&'。');
        if after_stop || after_chapter {
            cuts.push(p);
            last = p;
        }
    }
    if cuts.len() < 2 {
        return vec![piece];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts.into_iter().chain(std::iter::once(chars.len())) {
        out.push(chars[from..c].iter().collect::<String>());
        from = c;
    }
    out
}

/// `祝东村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:祝东村 审核:系统管理员`: a
/// headline with the page's metadata row after it on one line; split where, after a space, a
/// metadata line of two fields or more begins, so that the metadata pass sees that line. The
/// text before it must hold no label of its own.
fn split_trailing_metadata(piece: String) -> Vec<String> {
    // (a headline and a metadata row: a line longer than both is text, and is not searched)
    if piece.len() > 3 * (super::super::rules::MAX_TITLE_CHARS + super::super::rules::META_LINE) {
        return vec![piece];
    }
    let starts =
        piece.char_indices().zip(piece.chars().skip(1)).filter(|((_, c), n)| c.is_whitespace() && !n.is_whitespace()).map(|((at, c), _)| at + c.len_utf8());
    for at in starts {
        let (head, rest) = piece.split_at(at);
        if head.contains([':', '：']) || !head.chars().any(han) {
            return vec![piece];
        }
        // (a row may open with its posting date, unlabelled: `… 2022-06-15 11:27:58  来源:兰溪市人民政府`)
        // (after a headline, not after a newspaper's page, `三版  2023年09月27日   来源:`, nor
        // in a byline's cells, `公告 訪客 - 教務組 | 2017-07-27 | 點閱數: 1314`)
        let headline = head.chars().filter(|c| han(*c)).count() >= DATED_ROW_HEADLINE_HANS && !head.contains(['|', '｜']);
        let dated = headline
            && rest.split_whitespace().next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && super::super::chars::find_date(w).is_some());
        if super::metadata::meta_line(rest).is_some_and(|f| f.len() + dated as usize >= 2) {
            return vec![head.trim_end().to_string(), rest.to_string()];
        }
    }
    vec![piece]
}

/// A headline a dated row is glued after has at least this many Han characters.
const DATED_ROW_HEADLINE_HANS: usize = 6;

/// `颱風公告–…準備工作發佈日期:2017-09-11 發佈單位:保管組 颱風公告–…準備工作一、根據…`: a
/// post's headline, its dateline row and the headline again over the text, all glued into one
/// line; each its own line (the row for the metadata pass, the copy for the head's duplicates).
/// Only a headline shown again after the row is cut so: a sentence may name a date's label.
fn split_echoed_headline(piece: String) -> Vec<String> {
    let Some(at) = DATELINE_LABELS.iter().filter_map(|l| piece.find(l)).min() else { return vec![piece] };
    let head = piece[..at].trim();
    if head.chars().count() < MIN_ECHOED_HEADLINE_CHARS || head.contains([':', '：']) {
        return vec![piece];
    }
    let rest = &piece[at..];
    let Some(echo) = rest.find(head) else { return vec![piece] };
    let (row, tail) = rest.split_at(echo);
    let body = tail[head.len()..].trim();
    let mut out = vec![head.to_string(), row.trim().to_string(), head.to_string()];
    out.extend((!body.is_empty()).then(|| body.to_string()));
    out
}

/// A headline cut from its echo is at least this long (a short phrase may recur by chance).
const MIN_ECHOED_HEADLINE_CHARS: usize = 8;

/// `发布时间:2026-03-03 08:06:52重庆市六届人大常委会…将于…召开。`: the page's dateline glued
/// before the text's first sentence; split after its date and time, so that the metadata pass
/// takes the dateline and leaves the sentence.
fn split_glued_dateline(piece: String) -> Vec<String> {
    let t = piece.trim_start();
    let Some(value) = DATELINE_LABELS.iter().find_map(|l| t.strip_prefix(l)).and_then(|r| r.strip_prefix([':', '：'])) else { return vec![piece] };
    let stamp = |c: char| c.is_ascii_digit() || "-/.: 年月日时分秒".contains(c);
    let len: usize = value.chars().take_while(|&c| stamp(c)).map(char::len_utf8).sum();
    let rest = &value[len..];
    let dated = super::super::chars::find_date(&value[..len]).is_some();
    if !dated || rest.chars().filter(|c| han(*c)).count() < GLUED_SENTENCE_HANS || !rest.starts_with(han) {
        return vec![piece];
    }
    let cut = piece.len() - rest.len();
    vec![piece[..cut].trim_end().to_string(), rest.to_string()]
}

/// `…2025年度拟开展评比表彰项目初审情况的公示根据《国家功勋荣誉表彰条例》…规定,经…`: a title a
/// flattened page ran into the text's opening clause; split after the title's kind (`…的公示`,
/// or a `关于…` title's), where the clause opens (`根据`, `为了`, `现将`…) — words a sentence
/// never runs on from a kind without a stop.
fn split_glued_title(piece: String) -> Vec<String> {
    let stop = |c: char| "，。；：,;:!！?？".contains(c);
    // (only within a title's length, before any stop: the scan ends there)
    let mut cut = None;
    for (n, (at, c)) in piece.char_indices().enumerate() {
        if n > MAX_TITLE_CHARS || stop(c) {
            break;
        }
        let (head, rest) = piece.split_at(at);
        let Some(kind) = KIND_WORDS.iter().find(|k| head.ends_with(*k)) else { continue };
        // (a `关于…` title, or `…的公示` over a clause that cites its ground: `根据《…》`; prose
        // runs on from a kind too, `…的规定现将…`, `…的决定经研究，…`)
        let about = head.trim_start().starts_with("关于");
        let cites = head[..head.len() - kind.len()].ends_with('的') && CLAUSE_OPENERS.iter().any(|o| rest.strip_prefix(o).is_some_and(|r| r.starts_with('《')));
        let opens = CLAUSE_OPENERS.iter().any(|o| rest.starts_with(o)) && rest.contains(['，', ',']) && rest.chars().count() >= GLUED_TITLE_TEXT_CHARS;
        if (about || cites) && opens && n >= MIN_GLUED_TITLE_CHARS {
            cut = Some(at);
            break;
        }
    }
    match cut {
        Some(at) => vec![piece[..at].to_string(), piece[at..].to_string()],
        None => vec![piece],
    }
}

/// A title split off the text it was run into is at least this long…
const MIN_GLUED_TITLE_CHARS: usize = 8;
/// …and the text after it at least this long.
const GLUED_TITLE_TEXT_CHARS: usize = 20;

/// `各位家長和同學:教育局於7月14日宣布…`: a letter's salutation with its first sentence run in
/// after the colon; split after the colon, so that the head pass sees the addressee.
fn split_glued_salutation(piece: String) -> Vec<String> {
    let Some(colon) = piece.find(['：', ':']) else { return vec![piece] };
    let head = &piece[..colon];
    // (a head that names its hearers splits only when it addresses them so, `广大居民朋友们：`,
    // or greets them, `龙亭村村民:您们好!` — not a list's label, `优秀共产党员：张三、…`)
    let folded = super::super::chars::fold(head);
    let addressing = ["广大", "全体"].iter().any(|w| folded.trim_start().starts_with(w)) || greeting_after(&piece[colon..]);
    let opens = SALUTATION_STARTS.iter().any(|w| folded.trim_start().starts_with(w));
    let greets = opens || addressing && super::super::chars::greets(&folded);
    let short = head.chars().count() <= MAX_SALUTATION_CHARS && !head.contains(['，', '。', ',', ' ']);
    // (or a list of the bodies addressed: `各州、市文化局:2016年9月,…`)
    let bodies = head.chars().count() <= MAX_LISTED_SALUTATION_CHARS && lists_bodies(head);
    let end = colon + piece[colon..].chars().next().map_or(1, char::len_utf8);
    // (or the greeting that follows a salutation: `尊敬的家长朋友:您好!`)
    let greeting = super::super::rules::GREETINGS.contains(&piece[end..].trim().trim_end_matches(['！', '!', '。', '，', ','])) && greets;
    let text = piece[end..].chars().filter(|c| han(*c)).count() >= GLUED_SENTENCE_HANS || greeting;
    if (greets && short || bodies) && text { vec![piece[..end].to_string(), piece[end..].to_string()] } else { vec![piece] }
}

/// `各类校外培训机构不得复工复课尊敬的家长:`: a headline with the salutation under it run in
/// after it, the line ending at the salutation's colon; each its own line.
fn split_headline_from_salutation(piece: String) -> Vec<String> {
    let t = piece.trim_end();
    if !t.ends_with(['：', ':']) || t.chars().count() > MAX_TITLE_CHARS {
        return vec![piece];
    }
    // (found in simplified forms, `尊敬的`; the fold maps characters one to one, so the n-th
    // character of the fold is the n-th of the line)
    let folded: Vec<char> = t.chars().map(super::super::chars::fold_char).collect();
    let starts = |n: usize| SALUTATION_STARTS.iter().any(|w| w.chars().enumerate().all(|(k, c)| folded.get(n + k) == Some(&c)));
    let Some(n) = (1..folded.len()).find(|&n| starts(n)) else { return vec![piece] };
    let Some((at, _)) = t.char_indices().nth(n) else { return vec![piece] };
    let (head, salutation) = (&t[..at], &t[at..]);
    let headline = head.chars().filter(|c| han(*c)).count() >= GLUED_SENTENCE_HANS && !head.contains(['，', '。', '；', '：', ':', ',', '！', '？', '、']);
    let short = salutation.chars().count() <= MAX_SALUTATION_CHARS && !salutation.contains(['，', '。', ',']);
    if headline && short { vec![head.to_string(), salutation.to_string()] } else { vec![piece] }
}

/// `榆林市榆阳区人民政府令 第1号 2017年5月30日,我区…`: an order's mark and number with its
/// text run in after a space; each its own line.
fn split_order_number_from_text(piece: String) -> Vec<String> {
    let t = piece.trim();
    let hao = t.char_indices().filter(|&(_, c)| c == '号' || c == '號').map(|(k, c)| k + c.len_utf8()).take(2).find(|&k| super::head::numbered_order(&t[..k]));
    let Some(k) = hao else { return vec![piece] };
    let rest = &t[k..];
    if rest.starts_with(char::is_whitespace) && rest.chars().filter(|c| han(*c)).count() >= GLUED_SENTENCE_HANS {
        vec![t[..k].to_string(), rest.trim_start().to_string()]
    } else {
        vec![piece]
    }
}

/// What a page ran together on one line, taken apart: each splitter, in turn, cuts every piece
/// the ones before it left.
const SPLITTERS: &[fn(String) -> Vec<String>] = &[
    split_page_marks,
    split_temp_paths,
    split_jammer,
    split_cell_bar,
    split_list_rows,
    split_flat_masthead,
    split_glued_articles,
    split_echoed_headline,
    split_trailing_metadata,
    split_glued_dateline,
    split_headline_from_salutation,
    split_order_number_from_text,
    split_glued_salutation,
    split_number_from_addressee,
    split_glued_disclaimer,
    split_title_after_serial,
    split_signer_after_contact,
    split_bracketed_title,
    split_serial_title_from_text,
    split_leading_url,
    split_sign_off,
    split_after_file_names,
    split_item_after_field,
    split_glued_title,
];

/// `:您们好!`: a greeting right after a salutation's colon.
fn greeting_after(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['：', ':']).trim_start();
    super::super::rules::GREETINGS.iter().any(|g| rest.starts_with(g))
}

/// `各县(市、区)人民政府,庐山管理局,…,市直及驻市各单位`: the bodies a document is sent to —
/// from 各…, ending on a body or a kind of them, no sentence in it.
fn lists_bodies(head: &str) -> bool {
    let folded = super::super::chars::fold(head);
    let last_item = folded.rsplit(['、', '，', ',']).next().unwrap_or("").trim();
    // (or an organ's own 各…, then more bodies: `中国人民银行各分行、营业管理部`, `集团所属各单位、总部各部门`)
    let first_item = folded.split(['、', '，', ',']).next().unwrap_or("");
    let own = first_item.contains('各') && folded.contains(['、', '，', ',']) && super::head::addressee_shaped(&format!("{folded}："));
    (folded.trim_start().starts_with('各') || own) && !head.contains(['。', ' ']) && super::head::addressee_item(last_item)
}

/// A list of the bodies addressed is at most this long.
const MAX_LISTED_SALUTATION_CHARS: usize = 40;

/// `卫发改发〔2021〕237号市水务局:`: a document number with the addressee under it run in
/// after its 号; each its own line.
fn split_number_from_addressee(piece: String) -> Vec<String> {
    let t = piece.trim();
    let cut = t.char_indices().filter(|&(_, c)| c == '号' || c == '號').map(|(k, c)| k + c.len_utf8()).find(|&k| super::super::chars::is_doc_number(&t[..k]));
    let Some(k) = cut else { return vec![piece] };
    let rest = t[k..].trim();
    // (the number alone before it, no clause that cites it: `按照国发〔2021〕7号文件要求…：`)
    let bare = !super::super::rules::CLAUSE_OPENERS.iter().any(|o| t.starts_with(o)) && existing_number(t).is_none();
    if bare && super::head::addressee_shaped(rest) { vec![t[..k].to_string(), rest.to_string()] } else { vec![piece] }
}

/// `關於董事辭職的公告本公司及董事會全體成員保證信息披露的內容真實…`: a listed company's title
/// with the board's statement of truth run in after it; each its own line.
fn split_glued_disclaimer(piece: String) -> Vec<String> {
    let folded = super::super::chars::fold(&piece);
    let says = |b: usize| folded[b..].chars().take(DISCLAIMER_WINDOW).collect::<String>().contains("保证");
    let Some(b) = folded.match_indices("本公司").map(|(b, _)| b).find(|&b| b > 0 && says(b)) else { return vec![piece] };
    // (folding keeps the number of characters: the same character opens it in the piece)
    let k = folded[..b].chars().count();
    let at = piece.char_indices().nth(k).map_or(piece.len(), |(i, _)| i);
    if super::super::chars::ends_like_title(piece[..at].trim_end()) { vec![piece[..at].to_string(), piece[at..].to_string()] } else { vec![piece] }
}

/// The board's statement opens with `本公司` and says `保证` within this many characters.
const DISCLAIMER_WINDOW: usize = 16;

/// Labels of a page's dateline (`发布时间：2026-03-03 08:06:52`).
const DATELINE_LABELS: &[&str] = &["发布时间", "发布日期", "更新时间", "更新日期", "發布時間", "發布日期", "發佈時間", "發佈日期"];

/// The sentence glued after a dateline has at least this many Han characters.
const GLUED_SENTENCE_HANS: usize = 10;

/// `http://www.cangwu.gov.cn/…/t7445034.shtml为贯彻落实…`: a repost's source address glued
/// before the text's first word; split off so that the chrome pass sees it.
fn split_leading_url(piece: String) -> Vec<String> {
    let t = piece.trim_start();
    if !(t.starts_with("http://") || t.starts_with("https://")) {
        return vec![piece];
    }
    let end = t.find(|c: char| !c.is_ascii() || c.is_whitespace()).unwrap_or(t.len());
    let (url, rest) = t.split_at(end);
    if url.contains('.') && rest.starts_with(han) {
        return vec![url.to_string(), rest.to_string()];
    }
    vec![piece]
}

/// `（…会议通过）" O6 {# }! {5 {" q1 i; _`: a forum's anti-copy jammer glued after the text;
/// split off so that the chrome pass sees it.
/// The end in bytes of a forum's jammer that opens a line (`/ ]0 E. \* J6 |- B1 s 今年是…`): the
/// ASCII run before the first other character, when it reads as a jammer.
fn leading_jammer(line: &str) -> Option<usize> {
    let first = line.find(|c: char| !c.is_ascii())?;
    // (up to its last space: a bracket or quote touching the text is the text's — `… N6 x (二)開展`)
    let at = line[..first].rfind(' ').map(|k| k + 1)?;
    let jammer = |at: usize| super::super::chars::is_jammer(&line[..at]);
    // (or its last piece glued to the text: `]0 M$ d8 O+ Z各省、自治区…`; not a table's row,
    // `|  |  | 9. I类切口…`: no cell bar, and a piece of letters and digits mixed)
    let glued = !line[..first].contains('|') && line[..first].split_whitespace().any(super::super::chars::letters_and_digits) && jammer(first);
    // (a jammer's last letter alone glued to the text, `… T! N2 P衡阳市人民政府`, is the jammer's:
    // after a jammer that long no word of the text opens with a letter)
    let stray = line[at..first].len() == 1
        && line[at..first].chars().all(|c| c.is_ascii_alphabetic())
        && line[..at].split_whitespace().count() >= STRAY_LETTER_JAMMER_PIECES;
    if jammer(at) && stray && jammer(first) {
        Some(first)
    } else if jammer(at) {
        Some(at)
    } else {
        glued.then_some(first)
    }
}

/// A jammer this many pieces long owns the letter glued to the text after it.
const STRAY_LETTER_JAMMER_PIECES: usize = 4;

fn split_jammer(piece: String) -> Vec<String> {
    let Some((at, _)) = piece.char_indices().filter(|(_, c)| !c.is_ascii()).last() else { return vec![piece] };
    let after = at + piece[at..].chars().next().map_or(0, char::len_utf8);
    // (the text's own closing bracket stays with it, and after a word its stop or colon in ASCII:
    // `…通知如下:8 A" t: k;…`)
    let last = piece[at..].chars().next().unwrap_or(' ');
    // (only a bracket the text opened: `…戒嚴令) F. c/ M&` is the jammer's)
    let text = &piece[..after];
    let opened = [('(', ')'), ('（', '）'), ('[', ']'), ('<', '>')].iter().any(|&(o, c)| text.matches(o).count() > text.matches(c).count());
    let own: &[char] = match ("。！？；：，、".contains(last), opened) {
        (true, true) => &[')', ']', '>'],
        (true, false) => &[],
        (false, true) => &[')', ']', '>', ':', ';', ',', '.', '!', '?'],
        (false, false) => &[':', ';', ',', '.', '!', '?'],
    };
    let cut = after + piece[after..].len() - piece[after..].trim_start_matches(own).len();
    if cut < piece.len() && super::super::chars::is_jammer(&piece[cut..]) {
        return vec![piece[..cut].to_string(), piece[cut..].to_string()];
    }
    vec![piece]
}

/// `修订前修订后./tmp/97f1…-html.html公告编号：2025-040`: a converter's temporary file path
/// glued between the texts of a PDF turned into HTML; split off so that the chrome pass sees it.
fn split_temp_paths(piece: String) -> Vec<String> {
    let Some(start) = piece.find("/tmp/") else { return vec![piece] };
    let start = if piece[..start].ends_with('.') { start - 1 } else { start };
    let rest = &piece[start..];
    let path_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || "./_-".contains(c))).unwrap_or(rest.len());
    let lower = rest[..path_len].to_ascii_lowercase();
    let Some(end) = [".html", ".htm", ".pdf"].iter().filter_map(|e| lower.rfind(e).map(|at| at + e.len())).max() else { return vec![piece] };
    let end = start + end;
    [&piece[..start], &piece[start..end], &piece[end..]].into_iter().filter(|p| !p.trim().is_empty()).map(str::to_string).collect()
}

/// `重庆市人民政府办公厅关于…的通知 各区县…：`: an official title (`…关于…` ending in a kind
/// word, no sentence inside) that the next paragraph was joined to.
/// So is `某某股份有限公司 第二届董事会第八次会议决议公告`: the issuer, one space, its title.
fn joined_title(piece: &str) -> bool {
    // (read folded and without pinyin: `國務(wù)院關(guān)于…的批復(fù)`, its kind word perhaps
    // letter-spaced: `…发展的 实 施 意 见`)
    let plain = without_letter_spacing(&super::super::chars::plain(piece));
    let t = plain.trim();
    // (a title wrapped at a space before its kind, `关于准予…临时使用林地的 行政许可决定书`, is
    // read whole; `关于住宿费 按照…办法 执行，…` is a sentence)
    let wrapped = t.rsplit_once(' ').filter(|(head, kind)| {
        t.starts_with("关于")
            && !head.contains(' ')
            && kind.chars().count() <= WRAPPED_KIND_CHARS
            && super::super::rules::KIND_WORDS.iter().any(|k| kind.ends_with(k))
    });
    let unwrapped = wrapped.map(|(head, kind)| format!("{head}{kind}"));
    let (issuer, rest) = match &unwrapped {
        Some(whole) => ("", whole.as_str()),
        None => t.split_once(' ').unwrap_or(("", t)),
    };
    let about = rest.contains("关于") || looks_like_org(issuer) && rest.chars().count() >= 6;
    about
        && t.chars().count() <= super::super::rules::MAX_TITLE_CHARS
        && !rest.contains(['。', '，', ',', '；', '：', ':', ' '])
        && !issuer.contains(['：', ':'])
        && super::super::rules::KIND_WORDS.iter().any(|k| rest.ends_with(k))
}

/// The kind phrase a title wraps onto after a space is at most this long (`行政许可决定书`).
const WRAPPED_KIND_CHARS: usize = 8;

/// `公告编号:2025-013 某某公司…`: a label's value with no Chinese in it, and text (no other
/// label) after the space. Not a numbered item's label (`二、预计恢复时间 : 2020 年 1 月…`), and
/// not a number whose unit a PDF's text spaced from it (`2020 年`).
fn label_value_before(piece: &str, rest: &str) -> bool {
    let Some((label, value)) = piece.rsplit_once([':', '：']) else { return false };
    let labelled = super::super::rules::META_LABELS.iter().any(|(l, _)| label.trim_end().ends_with(l)) && existing_number(label.trim()).is_none();
    let value = value.trim();
    let unit_after = value.ends_with(|c: char| c.is_ascii_digit()) && rest.starts_with(|c: char| NUMBER_UNITS.contains(c));
    labelled && !value.is_empty() && !value.contains(' ') && !value.chars().any(han) && !unit_after && !rest.chars().take(8).any(|c| c == ':' || c == '：')
}

/// What follows a number as its unit (`2020 年`, `20 时`, `3 号`): never a new line's start.
const NUMBER_UNITS: &str = "年月日时分秒号號点个元万亿次期";

/// `…发展的 实 施 意 见` → `…发展的实施意见`: a run of single characters a space apart joined,
/// and to the word before it.
fn without_letter_spacing(t: &str) -> String {
    let words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
    let single = |k: usize| words.get(k).is_some_and(|w| w.chars().count() == 1);
    let mut out = String::new();
    for k in 0..words.len() {
        let run = single(k) && (single(k + 1) || k > 0 && single(k - 1));
        if k > 0 && !run {
            out.push(' ');
        }
        out.push_str(words[k]);
    }
    out
}

/// `国函〔2015〕141号` standing whole before the space (not `文号 …`, a label's value); a PDF's
/// text may space the number from its 号 (`邹政发〔2023〕2 号`).
fn joined_number(piece: &str) -> bool {
    let t = piece.trim();
    let t = t.strip_suffix(['号', '號']).map_or(t.to_string(), |n| format!("{}{}", n.trim_end(), &t[n.len()..]));
    !t.contains([' ', '\u{3000}']) && super::super::chars::is_doc_number(&t)
}

/// `山西省卫生厅 山西省人力资源和社会保障厅 公 告 2010年第3号 为推动…`: a flattened head, each
/// issuer's name, the kind word (letter-spaced or not) and perhaps its serial number a space
/// apart, in front of the text. Its pieces, and the byte where the text starts.
fn flat_head(line: &str) -> Option<(Vec<String>, usize)> {
    use super::super::chars::{is_serial_number, looks_like_org};
    let words: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let org = |w: &str| w.chars().count() <= ISSUER_PIECE_CHARS && !w.contains(['，', '。', '、', '：', ':']) && looks_like_org(w);
    let orgs = words.iter().take_while(|(_, w)| org(w)).count();
    // the kind word, perhaps letter-spaced one or two characters a piece (`公 告`)
    let kind_words = (1..=4).find(|&n| {
        let Some(ws) = words.get(orgs..orgs + n) else { return false };
        let k: String = ws.iter().map(|(_, w)| *w).collect();
        (n == 1 || ws.iter().all(|(_, w)| w.chars().count() <= 2)) && KIND_WORDS.contains(&k.as_str())
    })?;
    let mut pieces: Vec<String> = words[..orgs].iter().map(|(_, w)| w.to_string()).collect();
    let last_kind = orgs + kind_words - 1;
    pieces.push(line[words[orgs].0..words[last_kind].0 + words[last_kind].1.len()].to_string());
    let mut next = last_kind + 1;
    if words.get(next).is_some_and(|(_, w)| is_serial_number(w)) {
        pieces.push(words[next].1.to_string());
        next += 1;
    }
    (orgs >= 1 && next < words.len()).then(|| (pieces, words[next].0))
}

/// A flattened head (issuer, kind, number) or a 关于 title run into the text: its pieces, then
/// the text's.
fn head_run_in(line: &str) -> Option<Vec<String>> {
    let (mut head, text) = flat_head(line).or_else(|| numbered_title(line)).or_else(|| glued_title(line).map(|t| (vec![line[..t].to_string()], t)))?;
    head.extend(split_joined_paragraphs(&line[text..]));
    Some(head)
}

/// `关于…燃放烟花爆竹、孔明灯(许愿灯)的 陆府通〔2019〕2号 为减少…`: a 关于 title (its kind lost
/// or not), its number a space after it and the text a space after that, flattened onto one
/// line. Its pieces, and the byte where the text starts.
fn numbered_title(line: &str) -> Option<(Vec<String>, usize)> {
    let t = line.trim_start();
    if !t.starts_with("关于") {
        return None;
    }
    let mut at = 0;
    for w in t.split(' ').take(NUMBERED_TITLE_WORDS) {
        let start = at;
        at += w.len() + 1;
        if start == 0 || !joined_number(w) {
            continue;
        }
        let title = t[..start].trim_end();
        let rest = t.get(at..).unwrap_or("").trim_start();
        // (no clause in it: `关于…的通知 各单位：根据…《…》 市防指〔2024〕3号 要求` cites a number)
        let titled = title.chars().count() >= MIN_NUMBERED_TITLE_CHARS && !title.contains(['。', '；', '：', ':', '，', ',']);
        return (titled && !rest.is_empty()).then(|| (vec![title.to_string(), w.to_string()], line.len() - rest.len()));
    }
    None
}

/// A flattened title's number is among its first so many space-parted words.
const NUMBERED_TITLE_WORDS: usize = 8;

/// A flattened title before its number has at least so many characters.
const MIN_NUMBERED_TITLE_CHARS: usize = 8;

/// `关于禁止…通行的公告为有效预防道路交通事故发生，…`: a 关于 title run into the sentence that
/// opens the text, nothing between its kind and the clause (where the text starts).
fn glued_title(line: &str) -> Option<usize> {
    let t = line.trim_start();
    if !t.starts_with("关于") {
        return None;
    }
    let opens_text = |rest: &str| CLAUSE_OPENERS.iter().any(|o| rest.starts_with(o)) || rest.starts_with('为') && !rest.starts_with("为期");
    // (each 的 followed by a kind: where the kind ends)
    let kind_ends = t.match_indices('的').flat_map(|(p, m)| {
        let after = p + m.len();
        KIND_WORDS.iter().filter(move |k| t[after..].starts_with(*k)).map(move |k| after + k.len())
    });
    let text_at = kind_ends
        .filter(|&e| {
            let (title, rest) = t.split_at(e);
            title.chars().count() <= MAX_TITLE_CHARS
                && !title.contains(['，', '。', '；', '：'])
                && opens_text(rest)
                && rest.chars().count() >= GLUED_TEXT_CHARS
                // (the document's own opening, which hands over to what it announces: a sentence
                // about a notice, `…的通知按照省里部署，已于4月10日转发至…`, is none)
                && OPENING_HANDOVERS.iter().any(|w| rest.contains(w))
        })
        .min()?;
    Some(line.len() - t.len() + text_at)
}

/// What a document's opening paragraph says as it hands over to the matters below it.
const OPENING_HANDOVERS: &[&str] = &["如下", "现将", "现就", "特此", "经研究"];

/// The text run into a title is at least this long (a sentence, not a tail of the title).
const GLUED_TEXT_CHARS: usize = 20;

/// A line holding this many numbered items or more is a page flattened to one line.
const FLATTENED_ITEMS: usize = 2;

/// An issuer's name in a flattened head is at most this long.
const ISSUER_PIECE_CHARS: usize = 30;

/// A head line joined to what follows it (title, number, 题注, addressee) is at most this long.
const MAX_HEAD_PIECE_CHARS: usize = 200;

/// Is the `len` characters' piece before a colon, `label`, an addressee the text runs in after?
/// A salutation is short; a list of the bodies addressed may run longer.
fn addressee_before_colon(label: &str, len: usize) -> bool {
    len <= MAX_RUN_IN_ADDRESSEE_CHARS && !labels_no_addressee(label)
        || len <= super::super::rules::MAX_ADDRESSEE_CHARS && lists_bodies(label) && every_item_a_body(label)
}

/// Each name of a long addressee (parted by commas) is a body or a kind of them, and short:
/// `…驻市各单位` ends one, a clause `…确保各项措施落实到每个企业和单位` does not.
fn every_item_a_body(label: &str) -> bool {
    let folded = super::super::chars::fold(label);
    let items: Vec<&str> = folded.split(['，', ',']).map(str::trim).collect();
    items.len() >= 2 && items.iter().all(|i| i.chars().count() <= MAX_ADDRESSEE_ITEM_CHARS && super::head::addressee_item(i))
}

/// One name of an addressee list is at most this long.
const MAX_ADDRESSEE_ITEM_CHARS: usize = 30;

/// A salutation run into the text after its colon and a space is at most this long (a list of
/// the bodies addressed, `MAX_ADDRESSEE_CHARS`).
const MAX_RUN_IN_ADDRESSEE_CHARS: usize = 60;

/// html2text and copy-paste join a page's paragraphs into one line with a space between them:
/// `…驾驶证。 二、专用号牌…`. A Chinese line is split where a space follows a sentence end, a
/// short leading `…：` (the addressee) or a colon before a numbered heading, and at runs of three
/// or more spaces (a signature's name, date and note); a numbered heading joined to its first
/// paragraph (`二、号牌规格尺寸 汽车号牌…`) is split from it. Nothing but the spaces is dropped.
pub fn split_joined_paragraphs(line: &str) -> Vec<String> {
    // (`导读:黔府函〔2016〕287号 黔东南自治州人民政府: 《…》`: a site's summary copies the
    // document's head; it is one line, the site's, and never the document's number or addressee)
    if super::head::summary_label(line.trim_start()) {
        return vec![line.to_string()];
    }
    if let Some(pieces) = head_run_in(line) {
        return pieces;
    }
    let chars: Vec<char> = line.chars().collect();
    let hans = chars.iter().filter(|c| han(**c)).count();
    // (a mirror's pinyin after its characters, `國務(wù)院`, is no Latin text)
    // (nor are a table's empty cells, `| ||||||||`, its text)
    let visible = super::super::chars::without_pinyin(line).chars().filter(|c| !c.is_whitespace() && !matches!(c, '|' | '｜')).count();
    // (a line of contact fields is one: `联系人及电话:李伟    8788586`)
    if visible < 12 || hans * 2 < visible || super::contact::fields(line).is_some() {
        return vec![line.to_string()];
    }
    let is_space = |c: char| c == ' ' || c == '\u{3000}';
    let mut out: Vec<String> = Vec::new();
    // only a title, a number or a 题注 split off so far: the addressee may still come
    let mut head_only = true;
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_space(chars[i]) {
            i += 1;
            continue;
        }
        let gap_end = (i..chars.len()).find(|&j| !is_space(chars[j])).unwrap_or(chars.len());
        // (a PDF's text spaces a number from its 号: `邹政发〔2023〕2 号`; a table spaces a
        // label's characters to the width of the others: `名       称: …`)
        let number_mark = i > start && chars[i - 1].is_ascii_digit() && chars.get(gap_end).is_some_and(|c| matches!(c, '号' | '號'));
        if number_mark || spaced_label(&chars, i, gap_end) {
            i = gap_end;
            continue;
        }
        let prev = (i > start).then(|| chars[i - 1]);
        let prev2 = (i > start + 1).then(|| chars[i - 2]);
        let next = chars.get(gap_end).copied();
        let rest: String = chars[gap_end..chars.len().min(gap_end + 12)].iter().collect();
        let next_starts_text = next.is_some_and(|c| han(c) || "（(“《【0123456789".contains(c));
        let full_stop = |c: char| "。！？；".contains(c);
        let ascii_stop = |c: char| ".!?;".contains(c);
        let sentence_end = prev.is_some_and(full_stop)
            || prev.is_some_and(ascii_stop) && prev2.is_some_and(han)
            || matches!(prev, Some('）' | ')' | '”')) && prev2.is_some_and(|c| full_stop(c) || ascii_stop(c));
        let colon = matches!(prev, Some('：' | ':'));
        let before_heading = existing_number(&rest).is_some();
        // the piece so far is read as a head line (an addressee, a title, a number, a 题注) only
        // while it is short enough to be one: a long line of spaced characters stays linear
        let near = i - start <= MAX_HEAD_PIECE_CHARS;
        // the label before a colon, which may be no addressee's (`labels_no_addressee`)
        let label: String = if near { chars[start..i.saturating_sub(1)].iter().collect() } else { String::new() };
        let addressee = head_only && colon && addressee_before_colon(&label, i - start);
        let piece = || chars[start..i].iter().collect::<String>();
        // `国函〔2015〕141号 云南省人民政府：`: a document number has no sentence to end
        let head = near && {
            let p = piece();
            // (`國務院安委會辦公室 安委辦函〔2017〕75號 黑龍江省人民政府:`: the issuer before its number)
            let number_next = || joined_number(&chars[gap_end..].iter().take_while(|c| !is_space(**c)).take(40).collect::<String>());
            let issuer = p.chars().count() <= ISSUER_PIECE_CHARS && looks_like_org(&p) && number_next();
            joined_title(&p) || joined_number(&p) || super::head::is_subtitle(&p) || issuer || out.is_empty() && opening_title(&p, &chars[gap_end..])
        };
        let title = head || near && next.is_some_and(han) && label_value_before(&piece(), &rest);
        if gap_end < chars.len() && (gap_end - i >= 3 || next_starts_text && (sentence_end || addressee || title || colon && before_heading)) {
            head_only &= head;
            out.push(piece());
            start = gap_end;
        }
        i = gap_end;
    }
    out.push(chars[start..].iter().collect::<String>());
    out.retain(|p| !p.trim().is_empty());
    split_pieces(out)
}

/// The pieces a line was parted into, each parted further: an issuer from what follows it, a
/// heading from its text, a signer from its date.
fn split_pieces(out: Vec<String>) -> Vec<String> {
    // (a signer and date alone on their line are left for the tail pass as they stand)
    let flattened = out.len() > 1;
    // (a page flattened to one line with its numbered items run in, `… 一、统计时间 2024年… 二、统计
    // 办法 各单位…`: an item led by a short label keeps it run into its text, as the page shows it)
    let items_run_in = out.iter().filter(|p| existing_number(p.trim()).is_some()).count() >= FLATTENED_ITEMS;
    // (a short label only: a heading as long as `一、专用号牌的核发范围和管理` still gets its line)
    let run_in = |p: &str| matches!(super::headings::shape(p), Some((_, super::headings::Shape::RunIn(_))));
    let split_head = |p: String| if items_run_in && run_in(&p) { vec![p] } else { split_heading_from_text(p) };
    let pieces = out.into_iter().flat_map(split_issuer_after).flat_map(split_head).flat_map(heading_after_stop);
    if flattened { pieces.flat_map(split_signer_and_date).collect() } else { pieces.collect() }
}

/// `證券簡稱:中鐵二局 公告編號:臨2008-018中鐵二局股份有限公司關于召開…的通知`: a listed
/// company's announcement number (`临2008-018`, `2023-026`) with the announcement's title run
/// into it; the title is a line of its own.
fn split_title_after_serial(p: String) -> Vec<String> {
    let chars: Vec<char> = p.chars().collect();
    // (a run of digits is counted only so far: a line of digits is read once)
    let digits = |from: usize| chars[from..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
    let cut = (1..chars.len()).find_map(|i| {
        // the serial opens after a colon (`编号:`), perhaps with its 临
        if !matches!(chars[i - 1], '：' | ':') {
            return None;
        }
        let at = if matches!(chars[i], '临' | '臨') { i + 1 } else { i };
        let year = digits(at) == 4 && chars.get(at + 4) == Some(&'-');
        let serial = year.then(|| digits(at + 5)).filter(|n| (2..=4).contains(n))?;
        let mut end = at + 5 + serial;
        if matches!(chars.get(end), Some('号' | '號')) {
            end += 1;
        }
        chars.get(end).is_some_and(|&c| han(c)).then_some(end)
    });
    let Some(cut) = cut else { return vec![p] };
    let rest: String = chars[cut..].iter().collect();
    if rest.chars().count() >= 8 && super::super::chars::ends_like_title(&rest) { vec![chars[..cut].iter().collect(), rest] } else { vec![p] }
}

/// `名       称: …`: the gap from `i` to `gap_end` spaces out the characters of a short label
/// (one Han character alone before it, one or two and a colon after it).
fn spaced_label(chars: &[char], i: usize, gap_end: usize) -> bool {
    let alone = i >= 1 && han(chars[i - 1]) && (i == 1 || chars[i - 2].is_whitespace());
    let after: Vec<char> = chars[gap_end..].iter().take(4).copied().collect();
    let n = after.iter().take_while(|c| han(**c)).count();
    let colon = after.iter().skip(n).find(|c| !c.is_whitespace()).is_some_and(|c| matches!(c, '：' | ':'));
    // (or a metadata table's label without its colon: `文    号 蔡政办〔2023〕1号`)
    let label = || {
        let word: String = chars[i - 1..i].iter().chain(&after[..n]).collect();
        super::super::rules::META_LABELS.iter().any(|(l, _)| *l == word) && after.get(n).is_none_or(|c| c.is_whitespace())
    };
    alone && (1..=2).contains(&n) && (colon || label())
}

/// `泉州市豐澤區人民政府 2025年3月20日 來源:豐澤區融媒體中心`: a flattened page's signer, its
/// date and the page's source after them, one piece; each its own line.
fn split_signer_and_date(p: String) -> Vec<String> {
    let words: Vec<&str> = p.splitn(3, ' ').collect();
    let (Some(org), Some(date)) = (words.first(), words.get(1)) else { return vec![p] };
    let rest = words.get(2).map_or("", |r| r.trim());
    // (after them nothing, the page's source, a table's bar, or the attachment note:
    // `新邵县林业局 2015年5月23日 附:《…使用林地地形图》 |`)
    // (`附件中所列单位须于…` is a sentence)
    let attachment =
        ["附件", "附"].iter().filter_map(|w| rest.strip_prefix(w)).any(|r| r.starts_with([':', '：']) || r.starts_with(|c: char| c.is_ascii_digit()));
    // (or the next paragraph: an issuing notice's signer and date over the plan it issues,
    // `永嘉县人民政府 2021年12月28日 “十四五”时期…，是…。`)
    let paragraph = rest.chars().count() > super::super::rules::SHORT_LINE && super::super::chars::is_prose(rest);
    let source = rest.chars().all(|c| !c.is_alphanumeric()) || super::metadata::meta_line(rest).is_some() || attachment || paragraph;
    if looks_like_org(org) && super::super::chars::is_date_line(date) && source {
        [*org, *date, rest].iter().filter(|w| !w.is_empty()).map(|w| w.to_string()).collect()
    } else {
        vec![p]
    }
}

/// `监督举报电话:12345 荣成市人民政府 2017年7月31日 |`: a contact line with the signer and
/// the date run in after it, one piece; each its own line.
fn split_signer_after_contact(p: String) -> Vec<String> {
    // (the signer, the date and a bar at most after the cut: only the last spaces are tried, a
    // long line of spaces is read once)
    let mut spaces: Vec<usize> = p.rmatch_indices(' ').map(|(at, _)| at).take(SIGNER_TAIL_WORDS).collect();
    spaces.reverse();
    let cut = spaces.into_iter().find(|&at| {
        let (contact, rest) = (&p[..at], p[at..].trim());
        !rest.is_empty() && super::contact::fields(contact).is_some() && split_signer_and_date(rest.to_string()).len() > 1
    });
    match cut {
        Some(at) => std::iter::once(p[..at].to_string()).chain(split_signer_and_date(p[at..].trim().to_string())).collect(),
        None => vec![p],
    }
}

/// `鹤山市…防控指挥部通告(第14号)为做好今年清明节期间疫情防控工作,现就…通告如下:`: a title
/// with its serial in brackets, the text's first sentence glued after it. Split after the
/// bracket.
fn split_serial_title_from_text(p: String) -> Vec<String> {
    use super::super::chars::{ends_like_title, han, is_doc_number, is_serial_number};
    let t = p.trim();
    let Some(open) = t.find(['（', '(']) else { return vec![p] };
    let Some(close) = t[open..].find(['）', ')']).map(|c| open + c) else { return vec![p] };
    let end = close + t[close..].chars().next().map_or(0, char::len_utf8);
    let (title, rest) = t.split_at(end);
    let inner = t[open..close].trim_start_matches(['（', '(']);
    // (a serial of the title's own series, `(第14号)`; a cited document's number,
    // `…的实施意见（苏政办发〔2020〕5号）印发以来，…`, goes on with its sentence)
    let serial = is_serial_number(&t[open..end]) && !is_doc_number(inner);
    let titled = ends_like_title(&t[..open]) && (8..=super::super::rules::MAX_TITLE_CHARS).contains(&title.chars().count());
    // (an addressee run in after it, `…（皖政[2001]85號）各市、縣人民政府，…：為…`, is an
    // aggregator's summary of the page, the title and the text's opening on one line)
    let addressed = rest.trim_end_matches(['：', ':']).contains(['：', ':']);
    let sentence = rest.chars().count() >= GLUED_SENTENCE_CHARS && rest.contains(['，', ',']) && rest.starts_with(han) && !addressed;
    if serial && titled && sentence { vec![title.to_string(), rest.to_string()] } else { vec![p] }
}

/// `…管委会主任办公会议事规则` before `为了进一步规范…`: a line opens with a title of its own (no
/// punctuation, ending on its kind; no 的, which a sentence's subject has: `县政府印发的…实施方案
/// 明确，…`) and goes on as text (`after`, with a sentence
/// mark, a colon or a figure soon; a headline's two halves have none).
fn opening_title(p: &str, after: &[char]) -> bool {
    // (or its number, its addressee, a long run of text)
    let soon = &after[..after.len().min(OPENING_TEXT_LOOKAHEAD)];
    (soon.iter().any(|c| "，。,：:；".contains(*c) || c.is_ascii_digit()) || after.len() > 2 * OPENING_TEXT_LOOKAHEAD)
        && (LEADING_TITLE_CHARS..=super::super::rules::MAX_TITLE_CHARS).contains(&p.chars().count())
        && !p.contains(['。', '，', ',', '；', '：', ':', ' ', '的'])
        && super::super::chars::ends_like_title(p)
}

/// The text after a title opening a flattened line has a sentence mark this soon.
const OPENING_TEXT_LOOKAHEAD: usize = 40;

/// A title opening a flattened line is this long at least (`公司办公会议制度`).
const LEADING_TITLE_CHARS: usize = 8;

/// The text glued after a title is a sentence this long at least.
const GLUED_SENTENCE_CHARS: usize = 16;

/// `【…选举罢免执行委员会公告】 發文日期:2023 年 5 月 30 日 本公告為…`: a title in lenticular
/// brackets opening a flattened line; the title is a line of its own.
fn split_bracketed_title(p: String) -> Vec<String> {
    let t = p.trim_start();
    let Some(close) = t.strip_prefix('【').and_then(|r| r.find('】')).map(|at| at + '【'.len_utf8() + '】'.len_utf8()) else { return vec![p] };
    let (title, rest) = t.split_at(close);
    let named = super::super::chars::ends_like_title(title.trim_matches(['【', '】'])) && title.chars().count() >= 8;
    if named && rest.starts_with([' ', '\u{3000}']) && !rest.trim().is_empty() { vec![title.to_string(), rest.trim().to_string()] } else { vec![p] }
}

/// A contact line's run-in tail is at most this many words (signer, date, a table's bar).
const SIGNER_TAIL_WORDS: usize = 3;

/// `附件：名称 国务院办公厅`: an issuer's name joined to the line before it by one space.
fn split_issuer_after(p: String) -> Vec<String> {
    // (`报:省科协 省民政厅社团处 中国茶叶学会`: the names a 版记's list row gives, one row)
    let label = p.split_once([':', '：']).map(|(l, _)| super::super::chars::squash(&super::super::chars::fold(l)));
    // (or a Taiwan letter's `正本:` row, whom it is sent to)
    let list_row = label.as_ref().is_some_and(|l| {
        super::super::rules::COPIES_TO_LABELS.contains(&l.as_str()) || super::super::rules::BULLETIN_LIST_LABELS.iter().any(|(w, _)| *w == l) || l == "正本"
    });
    // (nor a place's field, whose value may name a hall after its building: `地  點:國立海洋生物博物館
    // 國際會議廳`)
    let place = label
        .as_deref()
        .is_some_and(|l| PLACE_LABELS.iter().any(|w| l.trim_start_matches(|c: char| !han(c) || "一二三四五六七八九十、".contains(c)).ends_with(w)));
    if list_row || place {
        return vec![p];
    }
    // (a breadcrumb's last step may be named as a body is: `首页 >> 电子银行 >> 电话银行`; a
    // branch after its unit is one name, `中华医学会 麻醉学分会`; a name after `和` goes on with
    // its sentence)
    let crumb = |before: &str| before.trim_end().ends_with(super::super::rules::TRAIL_MARKS);
    // (or its office, named by no more than what it is: `瓜州县人民政府() 办公室`)
    let branch = |after: &str| BRANCH_ENDINGS.iter().any(|b| after.ends_with(b)) || BARE_OFFICES.contains(&after.trim());
    let goes_on = |before: &str| before.trim_end().ends_with(['和', '与', '及', '、', '，', ',', '的', '在', '为', '对', '向']);
    match p.rfind(' ') {
        Some(at) if at > 0 && looks_like_org(&p[at + 1..]) && !p[..at].trim().is_empty() && !crumb(&p[..at]) && !branch(&p[at + 1..]) && !goes_on(&p[..at]) => {
            vec![p[..at].trim_end().to_string(), p[at + 1..].to_string()]
        }
        _ => vec![p],
    }
}

/// The labels of a place's field, whose value names a place, not an issuer.
const PLACE_LABELS: &[&str] = &["地点", "地址", "会场", "场地", "场所"];

/// A unit's office named by what it is alone, which only the unit before it names.
const BARE_OFFICES: &[&str] = &["办公室", "办公厅", "辦公室", "辦公廳"];

/// A unit's branch, named after the unit (`中华医学会 麻醉学分会`).
const BRANCH_ENDINGS: &[&str] = &["分会", "分院", "分公司", "分中心", "分所", "分校", "专业委员会"];

/// `二、号牌规格尺寸 汽车号牌规格为…`: a numbered heading joined to its first paragraph.
fn split_heading_from_text(p: String) -> Vec<String> {
    let head = p.find([' ', '\u{3000}']).map(|at| (p[..at].to_string(), p[at..].trim().to_string()));
    match head {
        // (not a bare `第一章` before its name: `第一章 总则第一条…`; nor one character of a
        // letter-spaced word: `二、地 点:犀浦校区…`)
        Some((h, rest))
            if !rest.is_empty()
                && !h.ends_with(['。', '；', '：', '，', '.', ';', ':', ','])
                // (nor a label spaced from its colon: `二、停产时间 : 2020 年…`)
                && !rest.starts_with(['。', '；', '：', '，', '、', '.', ';', ':', ','])
                && existing_number(&h).is_none_or(|n| n < h.len())
                && existing_number(&h).is_none_or(|n| h[n..].trim().chars().count() > 1)
                // (nor a space inside a book title: `3.会议审议通过了《关于贯彻…精神 进一步…的意见》。`)
                && h.matches(['《', '“', '（', '(']).count() == h.matches(['》', '”', '）', ')']).count()
                && !printed_line_end(&h, &rest)
                && !super::super::chars::governed_figure(&h, &rest)
                // (nor an item of a list of clauses, each ending in a semicolon: `（1）习近平…强调
                // 正确理解和大力推进中国式现代化；`, a speech's headline spaced from its theme; a
                // heading over its first numbered item splits: `一、会议议程 （一）审议…；`)
                && !(rest.trim_end().ends_with(['；', ';']) && super::headings::family(&rest).is_none())
                && super::headings::numbered_heading(&h).is_some() =>
        {
            vec![h, rest]
        }
        _ => vec![p],
    }
}

/// `一、做好单位会员登记工作，要以落实中央“放管服”精神 为指导，突出…`: a paragraph copied out
/// of a PDF keeps a space where each printed line ended. A head as long as a printed line that
/// runs on past a comma, or the rest's next space as far on again, is such a line's end.
fn printed_line_end(head: &str, rest: &str) -> bool {
    let width = head.chars().count();
    let clause = head.contains(['，', ',']);
    let next_space = rest.chars().take(width + PRINTED_LINE_SLACK + 1).position(char::is_whitespace);
    width >= PRINTED_LINE_CHARS && (clause || next_space.is_some_and(|n| n + PRINTED_LINE_SLACK >= width))
}

/// `…已經中 國注冊會計師協會…第二次會議 審議通過，現予印發…。`: a paragraph copied out of a PDF
/// keeps a space between two characters where each printed line ended. The line is read as
/// such when its first such space comes after about a printed line's width (the indent before
/// it), another a line's width after one before it (or, with one space, the rest is the last
/// line), none of them closer than most of a line, and the paragraph ends its sentence; then
/// every such space goes (a break beside a digit or a Latin letter stays). A line of names or
/// fields, spaced more densely, keeps its spaces.
fn without_printed_line_ends(line: &str) -> std::borrow::Cow<'_, str> {
    let chars: Vec<char> = line.chars().collect();
    let ends: Vec<usize> = (1..chars.len().saturating_sub(1)).filter(|&i| printed_line_break(&chars, i)).collect();
    let Some(&first) = ends.first() else { return line.into() };
    let width = |from: usize, to: usize| chars[from..to].iter().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum::<f32>();
    let mut segments: Vec<f32> = ends.iter().scan(0, |from, &i| Some(width(std::mem::replace(from, i + 1), i))).collect();
    segments.push(width(ends[ends.len() - 1] + 1, chars.len()));
    let a_line = |w: f32| (PRINTED_LINE_CHARS as f32..=PRINTED_LINE_CHARS as f32 + 2.0 * PRINTED_LINE_SLACK as f32).contains(&w);
    let first_line = (PRINTED_LINE_CHARS as f32 - 2.0..=PRINTED_LINE_CHARS as f32 + 2.0 * PRINTED_LINE_SLACK as f32).contains(&segments[0]);
    // (another whole printed line — a line's end beside a digit is no break seen here — or,
    // with one break, the paragraph's last line)
    let inner = &segments[1..segments.len() - 1];
    // (one break after a numbered head may be the head's end: `printed_line_end` reads that)
    let head: String = chars[..first].iter().collect();
    let last_line = segments[1] <= segments[0] + PRINTED_LINE_SLACK as f32 && (existing_number(&head).is_none() || head.contains(['，', ',']));
    let second = if ends.len() > 1 { inner.iter().any(|&w| a_line(w)) } else { last_line };
    let sparse = segments[..segments.len() - 1].iter().all(|&w| w >= (PRINTED_LINE_CHARS - 2 * PRINTED_LINE_SLACK) as f32);
    // (a paragraph ends its sentence, or hands over to a list after several lines; a flattened
    // head — a title, then an addressee and its colon — does not)
    let stop = if ends.len() > 1 { &['。', '；', '！', '？', ';', '：', ':'][..] } else { &['。', '；', '！', '？', ';'][..] };
    let paragraph = line.trim_end().ends_with(stop) && !ends.iter().any(|&i| matches!(chars[i - 1], '：' | ':'));
    if !(first_line && second && sparse && paragraph) || first == 0 {
        return line.into();
    }
    // (the ends are in order: each is passed once, however long the line)
    let mut next = ends.iter().peekable();
    chars.iter().enumerate().filter(|(i, _)| next.next_if_eq(&i).is_none()).map(|(_, c)| c).collect::<String>().into()
}

/// One space between a character (or the stop after one) and the next character.
fn printed_line_break(chars: &[char], i: usize) -> bool {
    let before = chars[i - 1];
    let after = chars[i + 1];
    chars[i] == ' ' && (han(before) || "，。、；：”’）》,;)".contains(before)) && (han(after) || "“‘（《(".contains(after))
}

/// A printed line of an A4 page holds about 28 characters: a head this long is a whole line.
const PRINTED_LINE_CHARS: usize = 24;
/// How far the spaces a PDF left may stray from one printed line's width.
const PRINTED_LINE_SLACK: usize = 3;

/// A label before a colon that is no addressee's: a metadata label (`发布时间:2022-04-27 发布人:
/// 某医院`), a breadcrumb's (`当前位置: 首页 -> 党建工作 -> 正文`) or an attachment note's
/// (`附件: 2005年…竞赛办法`).
fn labels_no_addressee(label: &str) -> bool {
    // (read in Simplified, without a mirror's pinyin: `當(dāng)前頁(yè)面`)
    let plain = super::super::chars::without_pinyin(label);
    let folded = super::super::chars::fold(&plain);
    let label = folded.as_ref();
    super::super::rules::META_LABELS.iter().any(|(l, _)| label.trim_end().ends_with(l))
        || super::super::rules::BREADCRUMB_STARTS.iter().any(|b| label.trim_start().starts_with(b.trim_end_matches(['：', ':'])))
        || super::tail::is_attachment_label(label)
        // (`抄送: 各区、县科委科普部`: the end block's list after its label)
        || super::super::rules::COPIES_TO_LABELS.contains(&label.trim())
        || label.trim() == "附"
        // (a numbered item's label: `三、停产影响区域: 小坡至…`)
        || existing_number(label.trim()).is_some()
}

/// `…承担法律责任。一、董事会会议召开情况`: a PDF's text glues a heading to the sentence before it
/// when it ends the line; the heading (a 一、 or （一） line, short, no sentence in it) is its own.
fn heading_after_stop(p: String) -> Vec<String> {
    let cut = p.rfind('。').map(|at| at + '。'.len_utf8()).filter(|&at| {
        let tail = p[at..].trim();
        let level_one = tail.starts_with(|c: char| "一二三四五六七八九十".contains(c)) || tail.starts_with(['（', '(']);
        level_one
            && tail.chars().count() <= super::super::rules::MAX_HEADING_CHARS
            && !tail.contains(['。', '；', '，'])
            && super::headings::numbered_heading(tail).is_some()
    });
    match cut {
        Some(at) if at < p.len() => vec![p[..at].to_string(), p[at..].trim().to_string()],
        _ => vec![p],
    }
}

/// Does the text look like Markdown already (headings, tables, quotes, setext underlines)?
pub fn is_markdownish(lines: &[&str]) -> bool {
    let mut score = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        if t.starts_with("# ")
            || t.starts_with("## ")
            || t.starts_with("### ")
            || (t.starts_with('|') && t.ends_with('|') && t.len() > 2)
            || t.starts_with("> ")
        {
            score += 1;
        }
        if i > 0 && !lines[i - 1].trim().is_empty() && !t.is_empty() && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-')) && t.len() >= 3 {
            score += 1;
        }
    }
    score >= 2
}

/// `![alt](url)` and `[![alt](img)](link)` inside a line of text: the image markup's byte ranges.
pub fn inline_images(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    let chars: Vec<char> = line.chars().collect();
    while let Some(p) = line[from..].find("![").map(|p| p + from) {
        // a linked image starts one `[` earlier
        let start = if line[..p].ends_with('[') { p - 1 } else { p };
        let chars_before = line[..p + 1].chars().count();
        match parse_link(&chars, chars_before) {
            Some((_, _, close_paren)) => {
                let mut end: usize = chars[..=close_paren].iter().map(|c| c.len_utf8()).sum();
                // the outer link of a linked image: `](link)`
                if start < p && line[end..].starts_with("](") {
                    match line[end + 2..].find(')') {
                        Some(q) => end = end + 2 + q + 1,
                        None => {
                            from = p + 2;
                            continue;
                        }
                    }
                }
                out.push(start..end);
                from = end;
            }
            None => from = p + 2,
        }
    }
    out
}

/// `發文字號:林造字第0991742291號 一、復貴府…函。`: a flattened page's field, its value one word,
/// with the text's first numbered item run into it after a space; the item is a line of its own.
fn split_item_after_field(p: String) -> Vec<String> {
    let Some((label, value)) = p.split_once(['：', ':']) else { return vec![p] };
    let Some((word, rest)) = value.trim_start().split_once([' ', '\u{3000}']) else { return vec![p] };
    let labelled = (1..=MAX_FIELD_LABEL_CHARS).contains(&label.trim().chars().count()) && label.trim().chars().all(han);
    let item = super::headings::family(rest.trim_start()).is_some_and(|(f, _)| f == super::headings::Family::Han);
    // (`检查对象：全县企业 一、危险化学品企业；二、建筑施工企业。`: a list inside the field's value)
    let han_items = rest.match_indices('、').filter(|(at, _)| rest[..*at].chars().next_back().is_some_and(|c| "一二三四五六七八九十".contains(c))).count();
    if labelled && !word.is_empty() && !word.contains(['，', '。', '；']) && item && han_items == 1 && !rest.contains('；') {
        let cut = p.len() - rest.len();
        vec![p[..cut].trim_end().to_string(), rest.trim_start().to_string()]
    } else {
        vec![p]
    }
}

/// A field's label (`發文字號`) is at most this long.
const MAX_FIELD_LABEL_CHARS: usize = 6;

/// `1.先进集体名单.docx 2.先进个人名单.docx`: attachments a flattened page lists on one line,
/// one a line (a space after a file's name, a number after the space).
fn split_after_file_names(p: String) -> Vec<String> {
    let cuts: Vec<usize> = p
        .match_indices(' ')
        .map(|(at, _)| at)
        .filter(|&at| super::super::chars::file_stem(&p[..at]).is_some() && p[at + 1..].starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    if cuts.is_empty() {
        return vec![p];
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for at in cuts {
        out.push(p[from..at].to_string());
        from = at + 1;
    }
    out.push(p[from..].to_string());
    out
}

/// `…获奖名单.docx 九三学社山东省委员会 2019年12月11日 |`: a flattened page's end, the signer and
/// the date after the text a space apart, on lines of their own (what follows the date too).
fn split_sign_off(p: String) -> Vec<String> {
    let words: Vec<(usize, &str)> = p
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let Some(d) = words.iter().rposition(|(_, w)| super::super::chars::is_date_line(w)) else { return vec![p] };
    let after = words[d + 1..].iter().all(|(_, w)| w.chars().all(|c| !c.is_alphanumeric()));
    let org = d.checked_sub(1).filter(|&o| looks_like_org(words[o].1));
    // (or only the closing formula before it: `特此通告 汕尾市公安局交通警察支队 2023年1月20日`)
    let before = |o: usize| {
        let head = p[..words[o].0].trim();
        head.chars().count() > MIN_FLAT_TEXT_CHARS || super::super::chars::closing_formula(head)
    };
    let Some(o) = org.filter(|&o| after && before(o)) else { return vec![p] };
    let (date_at, date) = words[d];
    let rest = p[date_at + date.len()..].trim();
    let mut out = vec![p[..words[o].0].trim_end().to_string(), words[o].1.to_string(), date.to_string()];
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// A line is read as a flattened page's text and end only with more text than this before
/// its signer (`市政府办公室 2019年12月11日` alone is a signature line).
const MIN_FLAT_TEXT_CHARS: usize = 40;

/// An organisation's name (for splitting `附件：名称 国务院办公厅`).
fn looks_like_org(t: &str) -> bool {
    super::super::chars::looks_like_org(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_glued_to_its_dateline_row_and_shown_again_over_the_text_is_cut_into_its_parts() {
        let p = split_echoed_headline(
            "颱風公告–輕度颱風請各單位完成準備發佈日期:2017-09-11 發佈單位:保管組 颱風公告–輕度颱風請各單位完成準備一、根據中央氣象局最新訊息".to_string(),
        );
        assert_eq!(
            p,
            ["颱風公告–輕度颱風請各單位完成準備", "發佈日期:2017-09-11 發佈單位:保管組", "颱風公告–輕度颱風請各單位完成準備", "一、根據中央氣象局最新訊息"]
        );
        // (a sentence that names a date's label, shown once, stays whole)
        let q = "請於每篇文章註明發布日期:並於月底前上傳".to_string();
        assert_eq!(split_echoed_headline(q.clone()), vec![q]);
    }

    #[test]
    fn a_taiwan_letters_recipients_row_is_not_cut_before_its_last_name() {
        let p = "正本:羅東博愛醫院、國立陽明交通大學附設醫院、天主教靈 醫會醫療財團法人羅東聖母醫院、宜蘭員山 溪杏和醫院、宜蘭縣醫師公會".to_string();
        assert_eq!(split_issuer_after(p.clone()), vec![p]);
    }

    #[test]
    fn a_places_field_keeps_the_hall_named_after_its_building() {
        for l in ["二、地  點:國立海洋生物博物館 國際會議廳", "地点：市政府 第一会议厅"] {
            assert_eq!(split_issuer_after(l.to_string()), vec![l.to_string()]);
        }
        assert_eq!(split_issuer_after("附件：名称 国务院办公厅".to_string()), ["附件：名称", "国务院办公厅"]);
    }

    #[test]
    fn a_headline_with_its_dated_source_row_after_it_is_split_from_the_row() {
        let p = split_trailing_metadata("兰溪市横溪镇柳祖华书记带队对山塘水库开展巡查工作 2022-06-15 11:27:58  来源:兰溪市人民政府".to_string());
        assert_eq!(p, ["兰溪市横溪镇柳祖华书记带队对山塘水库开展巡查工作", "2022-06-15 11:27:58  来源:兰溪市人民政府"]);
        // (a sentence naming a year before a source is one line)
        let q = "本报记者报道 2022年 来源:新华社".to_string();
        assert_eq!(split_trailing_metadata(q.clone()), vec![q]);
        for row in ["三版  2023年09月27日   来源:", "公告 訪客 - 教務組 | 2017-07-27 | 點閱數: 1314"] {
            assert_eq!(split_trailing_metadata(row.to_string()), vec![row.to_string()]);
        }
    }

    #[test]
    fn a_sites_watermark_after_most_paragraphs_is_split_off_each() {
        let mark = "LzV中文字网";
        let text = format!(
            "各位村民:{mark}\n\n大家好!特提出以下倡议:{mark}\n\n一、不乱扔垃圾。{mark}\n\n二、不乱排放生活污水。{mark}\n\n我们相信,鉴湖镇将会变得更加整洁!{mark}\n\n {mark}"
        );
        let page = read(&text);
        assert_eq!(page.watermark.as_deref(), Some(mark));
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.trim()).filter(|t| !t.is_empty()).collect();
        assert_eq!(texts.iter().filter(|t| **t == mark).count(), 6, "{texts:?}");
        assert!(texts.contains(&"一、不乱扔垃圾。"), "{texts:?}");
        // (a tag after a third of the lines, or after fewer than four, is the text's)
        assert_eq!(watermark("甲。乙丙\n丁。乙丙\n戊。乙丙\n己\n庚\n辛\n壬\n癸\n"), None);
        assert_eq!(watermark("一、事项。详见附件\n二、事项。详见附件\n三、事项。详见附件\n"), None);
    }

    #[test]
    fn a_letter_spaced_article_number_alone_joins_its_text() {
        let page = read("董事選舉辦法\n\n第 一 條   為公平、公正、公開選任董事，爰依本公司章程訂定本辦法。\n");
        assert!(page.lines.iter().any(|l| l.text == "第 一 條"));
        assert!(super::super::super::chars::number_alone("第 一 條") && !super::super::super::chars::number_alone("第 1 條本規則"));
    }

    #[test]
    fn a_title_run_into_the_texts_opening_clause_is_split_after_its_kind() {
        let text = "市(州)、县(市、区)2025年度拟开展评比表彰项目初审情况的公示根据《国家功勋荣誉表彰条例》规定,经省领导小组办公室初审,拟原则同意开展表彰项目共108项。\n";
        let page = read(text);
        assert_eq!(page.lines[0].text, "市（州）、县（市、区）2025年度拟开展评比表彰项目初审情况的公示");
        assert!(page.lines[1].text.starts_with("根据《国家功勋荣誉表彰条例》"));
        // a sentence that names a notice runs on
        let page = read("现将《关于做好防汛工作的通知》转发给你们，请认真贯彻执行。\n");
        assert_eq!(page.lines.len(), 1);
        let page = read("各单位要按照市政府的通知要求，根据实际情况制定具体措施，抓好落实工作。\n");
        assert_eq!(page.lines.len(), 1);
        for prose in [
            "为认真贯彻落实县委县政府的决定经研究，决定成立工作领导小组，负责全县的工作。",
            "按照省市有关部门的规定现将有关事项通知如下，请各单位认真贯彻执行。",
        ] {
            assert_eq!(read(prose).lines.len(), 1, "{prose}");
        }
    }

    #[test]
    fn emoji_are_out_of_what_every_pass_reads_and_kept_to_be_reported() {
        let page = read("放大字體  縮小字體🕓2023-02-24  來源:🔗農業農村部畜牧獸醫局  💛1627\n");
        let l = &page.lines[0];
        assert!(!l.vis.text.contains('🕓') && !l.text.contains('🔗'), "{:?}", l.vis.text);
        assert_eq!(l.emoji, "🕓🔗💛");
        assert!(super::super::metadata::meta_line(&l.vis.text).is_some());
    }

    #[test]
    fn a_flattened_page_opening_with_its_title_gives_the_title_a_line_of_its_own() {
        let line = "北京经济技术开发区管委会主任办公会议事规则 为了进一步规范管委会主任办公会,提高办公会质量和效率,特制定如下规则: 一、 会议内容 办公会是讨论决定重要事项的会议。";
        let pieces = split_joined_paragraphs(line);
        assert_eq!(pieces[0], "北京经济技术开发区管委会主任办公会议事规则");
        assert!(pieces[1].starts_with("为了进一步规范"));
        // a sentence whose subject is a plan stays whole
        let line = "县政府印发的城乡环境综合整治实施方案 明确，到2024年底，全县城乡环境面貌明显改善。为抓好落实，现将有关工作安排如下：";
        assert_eq!(split_joined_paragraphs(line), [line]);
        // a headline's two halves stay one line
        let line = "通山公安城管联合执法 整治政府广场周边治安乱点";
        assert_eq!(split_joined_paragraphs(line), [line]);
    }

    #[test]
    fn a_bracketed_title_opening_a_flattened_line_is_a_line_of_its_own() {
        let t = "鹤山市新型冠状病毒肺炎疫情防控指挥部通告(第14号)为做好今年清明节期间疫情防控工作,现就清明祭扫有关事项通告如下:";
        assert_eq!(
            split_serial_title_from_text(t.to_string()),
            ["鹤山市新型冠状病毒肺炎疫情防控指挥部通告(第14号)", "为做好今年清明节期间疫情防控工作,现就清明祭扫有关事项通告如下:"]
        );
        // a cited document's number does not end a title
        let t = "省人民政府办公厅关于深化农村公路管理养护体制改革的实施意见（苏政办发〔2020〕5号）印发以来，各地积极落实，农村公路养护水平明显提升。";
        assert_eq!(split_serial_title_from_text(t.to_string()), [t]);
        // a sentence naming a notice and its number goes on as it is
        let t = "根据《某市人民政府关于禁止燃放烟花爆竹的通告》(第3号)的规定,全市范围内禁止燃放烟花爆竹,违者依法处理。";
        assert_eq!(split_serial_title_from_text(t.to_string()), [t]);
        let p = split_bracketed_title("【國立臺灣大學歷史學系學生會選舉罷免執行委員會公告】 發文日期:2023 年 5 月 30 日 本公告為選舉之公告。".to_string());
        assert_eq!(p, ["【國立臺灣大學歷史學系學生會選舉罷免執行委員會公告】", "發文日期:2023 年 5 月 30 日 本公告為選舉之公告。"]);
        // a tag in brackets is no title
        let t = "【重要】 请各单位于本周五前报送材料。";
        assert_eq!(split_bracketed_title(t.to_string()), [t]);
    }

    #[test]
    fn a_signer_and_date_run_in_after_a_contact_line_are_lines_of_their_own() {
        let page = read("四、工作要求。\n监督举报电话:12345 荣成市人民政府 2017年7月31日 |\n");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.raw.trim()).collect();
        assert_eq!(texts, ["四、工作要求。", "监督举报电话:12345", "荣成市人民政府", "2017年7月31日", "|"]);
        // a contact line alone stays whole
        assert_eq!(split_signer_after_contact("联系电话:12345 传真:67890".to_string()), ["联系电话:12345 传真:67890"]);
    }

    #[test]
    fn a_listed_companys_title_run_into_its_announcement_number_is_a_line_of_its_own() {
        let page = read(
            "證券代碼:600528 證券簡稱:中鐵二局 公告編號:臨2008-018中鐵二局股份有限公司關于召開2007年年度股東大會的通知 本公司及董事會全體成員保證信息披露的內容真實、準確、完整。\n",
        );
        let texts: Vec<&str> = page.lines.iter().map(|l| l.raw.trim()).collect();
        assert_eq!(
            texts,
            [
                "證券代碼:600528 證券簡稱:中鐵二局 公告編號:臨2008-018",
                "中鐵二局股份有限公司關于召開2007年年度股東大會的通知",
                "本公司及董事會全體成員保證信息披露的內容真實、準確、完整。"
            ]
        );
        // a serial in a sentence, and a serial followed by no title, stay
        for t in ["编号:2023-026号文件已经印发各单位", "公告编号:2023-026本公司董事会"] {
            assert_eq!(split_title_after_serial(t.to_string()), [t]);
        }
    }

    #[test]
    fn a_listed_companys_statement_of_truth_run_in_after_its_title_is_a_line_of_its_own() {
        let page = read("關於董事、獨立董事辭職的公告本公司及董事會全體成員保證信息披露的內容真實、準確、完整。\n");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.raw.as_str()).collect();
        assert_eq!(texts, ["關於董事、獨立董事辭職的公告", "本公司及董事會全體成員保證信息披露的內容真實、準確、完整。"]);
        // not inside a sentence that does not end like a title
        let page = read("董事会认为本公司及董事会全体成员保证信息披露的内容真实。\n");
        assert_eq!(page.lines.len(), 1);
    }

    #[test]
    fn a_long_jammers_last_letter_glued_to_the_text_is_the_jammers_and_a_bracket_is_the_texts() {
        let page = read("5 L3 [: q+ \\* T! N2 P衡阳市人民政府\n");
        assert_eq!(page.lines.iter().map(|l| l.raw.as_str()).collect::<Vec<_>>(), ["5 L3 [: q+ \\* T! N2 P", "衡阳市人民政府"]);
        let page = read("_7 ?5 q+ \\4 c4 c. N6 x (二)開展維權周活動。\n");
        assert_eq!(page.lines.last().map(|l| l.raw.as_str()), Some("(二)開展維權周活動。"));
    }

    #[test]
    fn an_office_named_only_by_what_it_is_stays_with_the_unit_before_it() {
        let p = "瓜州县人民政府() 办公室".to_string();
        assert_eq!(split_issuer_after(p.clone()), vec![p]);
    }

    #[test]
    fn a_forums_jammer_before_or_after_the_text_is_a_line_of_its_own_and_no_character_of_the_text_goes_with_it() {
        let page =
            read(": K3 s7 | h5 \\2 N. H& u (一)舉辦慶祝大會。\n+ J- r4 y+ w/ V2 ] 全面貫徹黨的精神。\n現將有關事宜通知如下:8 A\" t: k; s$ ?( U( H; k& j\n");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.raw.as_str()).collect();
        assert_eq!(
            texts,
            [
                ": K3 s7 | h5 \\2 N. H& u ",
                "(一)舉辦慶祝大會。",
                "+ J- r4 y+ w/ V2 ] ",
                "全面貫徹黨的精神。",
                "現將有關事宜通知如下:",
                "8 A\" t: k; s$ ?( U( H; k& j"
            ]
        );
        // (or its last piece glued to the text's first character)
        let page = read("]0 M$ d8 O+ Z各省、自治区、直辖市文化和旅游厅（局）：\n");
        assert_eq!(page.lines.iter().map(|l| l.raw.as_str()).collect::<Vec<_>>(), ["]0 M$ d8 O+ Z", "各省、自治区、直辖市文化和旅游厅（局）："]);
        let page = read("NEWS 2024 关于做好工作的通知\n");
        assert_eq!(page.lines.len(), 1, "English words are no jammer");
        let page = read("|  |  | 9. I类切口手术部位感染率▲ | 定量 |\n");
        assert_eq!(page.lines.len(), 1, "a table's row is no jammer");
        // a closing bracket the text never opened is the jammer's
        let page = read("市人民政府森林防火戒嚴令) F. c/ M& \\( h1 I\n");
        assert_eq!(page.lines[0].raw, "市人民政府森林防火戒嚴令");
        // a lost indent is none, nor is English text
        assert!(!super::super::super::chars::is_jammer("? ? ? ? ?2. "));
        assert!(!super::super::super::chars::is_jammer("I am a CEO of it"));
        assert!(super::super::super::chars::is_jammer("h% w2 ?( L3 Z% B g"));
    }

    #[test]
    fn an_indent_lost_to_question_marks_is_no_text_of_the_line() {
        let page = read("???(一)第一检查督导组;\n??四、检查督导要求\n????\n?为什么要开展检查\n");
        assert_eq!(page.lines[0].text, "（一）第一检查督导组；");
        assert_eq!(page.lines[1].text, "四、检查督导要求");
        assert_eq!(page.lines[2].text, "????", "a line of marks only is left to the chrome pass");
        assert_eq!(without_lost_indent("?abc"), "?abc");
        // nor is the padding after a signer or a date
        let page = read("浮山縣人民政府辦公室 ???????\n2025年7月8日 ?????????\n真的吗???\n");
        assert_eq!(page.lines[0].text, "浮山縣人民政府辦公室");
        assert_eq!(page.lines[1].text, "2025年7月8日");
        assert_eq!(page.lines[2].text.chars().count(), 6, "marks touching the text ask");
    }

    #[test]
    fn a_breadcrumbs_label_in_traditional_with_pinyin_is_no_addressee() {
        assert!(labels_no_addressee("當(dāng)前頁(yè)面"));
        assert!(!labels_no_addressee("廣大市民朋友"));
    }

    #[test]
    fn a_flattened_pages_signer_date_and_source_each_open_a_line() {
        let pieces = split_joined_paragraphs("森林火警電話:12119 特此通告。 泉州市豐澤區人民政府 2025年3月20日 來源:豐澤區融媒體中心");
        assert_eq!(pieces[pieces.len() - 3..], ["泉州市豐澤區人民政府", "2025年3月20日", "來源:豐澤區融媒體中心"]);
        let pieces = split_joined_paragraphs("及時撥打熱線電話0851-84873642或110報警電話。 貴陽百花湖風景名勝區管理處 2023年8月25日 |");
        assert_eq!(pieces[pieces.len() - 3..], ["貴陽百花湖風景名勝區管理處", "2023年8月25日", "|"]);
        // a signer and date alone on their line stay one line
        assert_eq!(split_joined_paragraphs("泉州市豐澤區人民政府 2025年3月20日"), ["泉州市豐澤區人民政府 2025年3月20日"]);
    }

    #[test]
    fn a_headline_opening_with_a_date_has_its_metadata_split_off_and_an_item_stays_whole() {
        let p = read("4月15日至11月15日為禁牧期!大同區最新公告 發布時間:2024-04-17 14:47 來源:大同區人民政府網\n");
        let texts: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert!(texts.len() >= 2 && texts[0].ends_with("大同區最新公告"), "{texts:?}");
        let p = read("1.施工单位应在施工水域上、下游各约 500米处设置警示标志，提醒过往船舶注意航行安全。\n");
        assert_eq!(p.lines.iter().filter(|l| !l.text.is_empty()).count(), 1);
    }

    #[test]
    fn a_pdfs_flattened_head_with_a_spaced_number_and_kind_is_split_into_its_parts() {
        let pieces = split_joined_paragraphs(
            "邹政发〔2023〕2 号 邹城市人民政府 关于加快推进全市气象高质量发展的 实 施 意 见 各镇人民政府、街道办事处,市政府各部门: 为贯彻落实《国务院关于印发气象高质量发展纲要的通知》,提出以下实施意见。",
        );
        assert_eq!(
            pieces[..3],
            ["邹政发〔2023〕2 号", "邹城市人民政府 关于加快推进全市气象高质量发展的 实 施 意 见", "各镇人民政府、街道办事处,市政府各部门:"],
            "{pieces:?}"
        );
        assert_eq!(without_letter_spacing("某某的 实 施 意 见"), "某某的实施意见");
    }

    #[test]
    fn a_letter_spaced_heading_word_is_not_cut_at_its_space() {
        assert_eq!(split_heading_from_text("二、地 点:犀浦校区一食堂三楼演播厅".into()), ["二、地 点:犀浦校区一食堂三楼演播厅"]);
        assert_eq!(split_heading_from_text("二、号牌规格尺寸 汽车号牌规格为440mm".into()), ["二、号牌规格尺寸", "汽车号牌规格为440mm"]);
        let t = "3.会议审议通过了《关于贯彻党的二十届三中全会精神 进一步深化改革的意见》。";
        assert_eq!(split_heading_from_text(t.into()), [t]);
    }

    #[test]
    fn an_item_of_a_list_of_clauses_is_not_cut_at_its_space_and_a_heading_over_its_first_item_is() {
        let t = "（1）习近平在学习贯彻党的二十大精神研讨班开班式上发表重要讲话强调 正确理解和大力推进中国式现代化；";
        assert_eq!(split_heading_from_text(t.into()), [t]);
        assert_eq!(split_heading_from_text("一、会议建议议程 （一）审议通过第一次会议决议；".into()), ["一、会议建议议程", "（一）审议通过第一次会议决议；"]);
    }

    #[test]
    fn an_issuer_before_its_number_in_a_flattened_head_is_a_line_of_its_own() {
        let pieces =
            split_joined_paragraphs("國務院安委會辦公室 安委辦函〔2017〕75號 黑龍江省人民政府: 2017年9月13日,你省某煤礦發生較大瓦斯爆炸事故,造成9人死亡。");
        assert_eq!(pieces[..3], ["國務院安委會辦公室", "安委辦函〔2017〕75號", "黑龍江省人民政府:"]);
        // an organisation named in a sentence, before no number, stays in it
        let t = "市教育局 将于近期组织开展检查，请各单位做好准备。";
        assert_eq!(split_joined_paragraphs(t), [t]);
    }

    #[test]
    fn a_pdf_paragraphs_printed_line_end_is_no_heading_break() {
        // the space a PDF left where a printed line ended, after a clause
        let t = "一、做好单位会员登记工作，要以落实中央“放管服”精神 为指导，突出规范性、便捷性，结合执业资格年检、 信息报备等工作同步开展。";
        assert_eq!(split_heading_from_text(t.into()), [t]);
        // or with the next line's end as far on again
        let t = "四、地方注协应当根据自身的工作实际以及网上办公的实际 现情况，不断提高单位会员证书申请获取的便利化，简化工作流 程。";
        assert_eq!(split_heading_from_text(t.into()), [t]);
        // a long heading before its paragraph is still cut
        let t = "一、关于进一步加强全市安全生产工作责任落实的若干问题 各单位要高度重视。";
        assert_eq!(split_heading_from_text(t.into()).len(), 2);
    }

    #[test]
    fn a_space_before_an_items_enumeration_comma_goes() {
        assert_eq!(closed_up_numeral("一 、提高政治站位，严格落实主体责任".into()), "一、提高政治站位，严格落实主体责任");
        assert_eq!(closed_up_numeral("十二　、加大宣传力度".into()), "十二、加大宣传力度");
        // a numeral in a sentence, or one with no 、 after its space, stays
        assert_eq!(closed_up_numeral("一 是要提高认识".into()), "一 是要提高认识");
        assert_eq!(closed_up_numeral("集团董 、监事".into()), "集团董 、监事");
    }

    #[test]
    fn a_tables_empty_cells_do_not_make_a_flattened_head_latin() {
        let t = "关于第十六届中国鸟类学大会暨会员代表大会以线上形式为主举办的通知 分会秘书长:北京林业大学生态与自然保护学院 丁长青/100083, Tel 010-62336869, Email:cqding@bjfu.edu.cn | ||||||||||||||||||||||||||||||||||||||||";
        assert_eq!(split_joined_paragraphs(t)[0], "关于第十六届中国鸟类学大会暨会员代表大会以线上形式为主举办的通知");
    }

    #[test]
    fn the_spaces_a_pdf_left_at_printed_line_ends_go() {
        // a line's width apart, the first after the indent: the paragraph is whole again
        let t = "《中国注册会计师协会单位会员登记办法(试行)》,已经中 国注册会计师协会(以下简称中注协)第六届理事会第二次会议 审议通过,现予印发,并就有关落实工作通知如下:";
        assert_eq!(without_printed_line_ends(t), t.replace("中 国", "中国").replace("会议 审", "会议审"));
        // a stop before the line's end, and a break beside a digit that is kept
        let t = "二、对于本办法实施前已经成立的会计师事务所,不需重新 办理单位会员入会手续。其会员身份确认工作,与 2019 年注册会计师任职资格检查工作同步进行。 年检工作结束后,可通过一定方式通知会计师事务所在中注协或地方注协网站自行下载打印单位会员证书。单位会员证书格 式由中注协统一设计,在系统中自动生成。会员证书将加盖中注 协及地方注协公章(电子章)。";
        let whole = without_printed_line_ends(t);
        assert!(whole.contains("重新办理") && whole.contains("进行。年检") && whole.contains("证书格式") && whole.contains("与 2019 年"), "{whole}");
        // one break, a paragraph's last line after a first that ran past a clause
        let t = "为全面提高学院处置各种突发事件的能力,保障师生 员工生命财产安全。";
        assert_eq!(without_printed_line_ends(t), "为全面提高学院处置各种突发事件的能力,保障师生员工生命财产安全。");
        // and through the reading of the line: one paragraph, not two, its span the whole line
        let page = read(t);
        assert_eq!(page.lines.len(), 1);
        assert_eq!((page.lines[0].span.start, page.lines[0].span.end), (0, t.len()));
        assert_eq!(page.lines[0].text, "为全面提高学院处置各种突发事件的能力，保障师生员工生命财产安全。");
    }

    #[test]
    fn spaces_that_are_no_printed_line_ends_stay() {
        // a long numbered head before a short paragraph
        let t = "一、关于进一步加强全市安全生产工作责任落实的若干问题 各单位要高度重视。";
        assert_eq!(without_printed_line_ends(t), t);
        // a flattened head: a title, then an addressee and its colon
        let t = "国务院办公厅关于印发全国安全生产专项整治三年行动计划的通知 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： 现将计划印发给你们。";
        assert_eq!(without_printed_line_ends(t), t);
        // names spaced more densely than printed lines
        let t = "出席：王 伟 李 明 张 华 赵 刚 孙 丽 周 强 吴 敏 郑 洁 冯 涛 陈 静 褚 亮 卫 东 蒋 平 沈 阳 韩 梅。";
        assert_eq!(without_printed_line_ends(t), t);
        // a line that does not end its sentence
        let t = "为全面提高学院处置各种突发事件的能力,保障师生 员工生命财产安全";
        assert_eq!(without_printed_line_ends(t), t);
    }

    #[test]
    fn a_list_rows_last_name_stays_in_its_row_and_an_issuer_after_a_note_goes() {
        assert_eq!(split_joined_paragraphs("报:省科协 省民政厅社团处 中国茶叶学会"), ["报:省科协 省民政厅社团处 中国茶叶学会"]);
        assert_eq!(split_joined_paragraphs("抄送：市委办公室 市人大常委会办公室 市政协办公室"), ["抄送：市委办公室 市人大常委会办公室 市政协办公室"]);
        assert_eq!(split_issuer_after("附件：工作方案 国务院办公厅".into()), ["附件：工作方案", "国务院办公厅"]);
    }

    #[test]
    fn a_dateline_glued_before_the_first_sentence_is_split_off() {
        assert_eq!(
            split_glued_dateline("发布时间:2026-03-03 08:06:52重庆市六届人大常委会第二十二次会议将于2026年3月24日召开。".into()),
            ["发布时间:2026-03-03 08:06:52", "重庆市六届人大常委会第二十二次会议将于2026年3月24日召开。"]
        );
        assert_eq!(split_glued_dateline("发布时间：2024年5月6日 来源：市政府".into()), ["发布时间：2024年5月6日 来源：市政府"]);
    }

    #[test]
    fn a_headline_with_the_pages_metadata_after_it_is_parted_from_it() {
        assert_eq!(
            split_leading_url("http://www.cangwu.gov.cn/cwdt/tzgg/t7445034.shtml为贯彻落实有关部署，现公告如下：".to_string()),
            vec!["http://www.cangwu.gov.cn/cwdt/tzgg/t7445034.shtml".to_string(), "为贯彻落实有关部署，现公告如下：".to_string()]
        );
        let q = "https://www.gov.cn/ 中国政府网".to_string();
        assert_eq!(split_leading_url(q.clone()), vec![q]);
        let p = split_trailing_metadata("祝东村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:祝东村 审核:系统管理员 字号:[ ]".to_string());
        assert_eq!(p[0], "祝东村致村民选举的公开信");
        assert!(p[1].starts_with("发布日期"), "{p:?}");
        // one label after a sentence is text, not a metadata row
        let q = "会议由主任主持 地点:三楼会议室".to_string();
        assert_eq!(split_trailing_metadata(q.clone()), vec![q]);
    }

    #[test]
    fn a_line_of_contact_fields_is_never_parted_at_its_spaces() {
        assert_eq!(split_joined_paragraphs("联系人及电话:李伟    8788586"), ["联系人及电话:李伟    8788586"]);
    }

    #[test]
    fn a_statutes_articles_run_into_one_line_each_open_a_line() {
        let p = split_glued_articles(
            "第一章 总则第一条 为了保障工作，制定本条例。第二条 常务委员会是常设机关。第二章 职权第三条 常务委员会行使下列职权：".to_string(),
        );
        assert_eq!(p, ["第一章 总则", "第一条 为了保障工作，制定本条例。", "第二条 常务委员会是常设机关。", "第二章 职权", "第三条 常务委员会行使下列职权："]);
        let cited = "依照本条例第三条的规定办理。第四条所列事项除外。";
        assert_eq!(split_glued_articles(cited.to_string()), [cited]);
    }

    #[test]
    fn a_flattened_masthead_is_split_into_its_lines() {
        let p = split_flat_masthead("高教动态 2018年第7期(总第7期) 河北师范大学发展规划处 2018年10月15日 目录 【新政推送】 教育部发布".to_string());
        assert_eq!(p, ["高教动态", "2018年第7期(总第7期)", "河北师范大学发展规划处 2018年10月15日", "目录 【新政推送】 教育部发布"]);
        let plain = "工作动态 最新消息 今天";
        assert_eq!(split_flat_masthead(plain.to_string()), [plain]);
    }

    #[test]
    fn a_line_of_html_source_is_read_as_its_paragraphs() {
        let line = "<p>各市人民政府：</p><p style=\"text-align: right;\"> 山西省人民政府</p><p><br/></p><p><strong> 一、指导思想</strong></p>";
        let page = read(line);
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["各市人民政府：", "山西省人民政府", "一、指导思想"]);
        assert!(page.lines.iter().all(|l| line[l.span.start..l.span.end].contains(l.text.as_str())));
        // markup with no text in it stays one line, to be reported, not dropped
        let page = read("<object id=\"mmyyy\"><tr id=\"mmyyy\"></tr></object>\n");
        assert_eq!(page.lines.len(), 1);
    }

    #[test]
    fn paragraphs_joined_by_html2text_are_split_again() {
        let line = "各省、自治区人民政府，国务院各部委： 根据有关规定，现通知如下： 一、专用号牌的核发范围 符合条件的车辆悬挂专用号牌。 二、专用号牌要素和车辆外观 号牌分为两种。 国务院办公厅            2018年12月4日";
        assert_eq!(
            split_joined_paragraphs(line),
            vec![
                "各省、自治区人民政府，国务院各部委：",
                "根据有关规定，现通知如下：",
                "一、专用号牌的核发范围",
                "符合条件的车辆悬挂专用号牌。",
                "二、专用号牌要素和车辆外观",
                "号牌分为两种。",
                "国务院办公厅",
                "2018年12月4日"
            ]
        );
        assert_eq!(
            split_joined_paragraphs("This is fine. Another sentence here, long enough to count."),
            vec!["This is fine. Another sentence here, long enough to count."]
        );
        assert_eq!(split_joined_paragraphs("短行。 不拆"), vec!["短行。 不拆"]);
        assert_eq!(
            split_joined_paragraphs("附件：应急救援专用号牌式样和车辆涂装样图 国务院办公厅"),
            vec!["附件：应急救援专用号牌式样和车辆涂装样图", "国务院办公厅"]
        );
    }

    #[test]
    fn a_number_with_the_addressee_run_in_after_it_stands_apart() {
        assert_eq!(split_number_from_addressee("卫发改发〔2021〕237号市水务局:".to_string()), ["卫发改发〔2021〕237号", "市水务局:"]);
        // a number in a sentence, or alone, stays whole
        assert_eq!(split_number_from_addressee("卫发改发〔2021〕237号".to_string()).len(), 1);
        assert_eq!(split_number_from_addressee("根据卫发改发〔2021〕237号文件，现通知如下：".to_string()).len(), 1);
        assert_eq!(split_number_from_addressee("按照国发〔2021〕7号文件要求现通知如下：".to_string()).len(), 1);
        assert_eq!(split_number_from_addressee("二、贯彻落实县委发〔2023〕1号文件精神情况：".to_string()).len(), 1);
    }

    #[test]
    fn a_run_of_blank_lines_is_kept_as_two_and_every_text_line_stays() {
        let page = read("关于放假的通知\n\n\n\n\n\n各单位：\n\n现通知如下。\n");
        let classes: Vec<bool> = page.lines.iter().map(|l| l.class == Class::Blank).collect();
        assert_eq!(classes, [false, true, true, false, true, false]);
        assert_eq!(page.lines[3].origin, 7, "a kept line keeps its own line number");
    }

    #[test]
    fn an_orders_mark_and_number_run_into_its_text_stand_apart() {
        let cut = split_order_number_from_text("榆林市榆阳区人民政府令 第1号 2017年5月30日,我区牛家梁镇区域内蛋鸡大面积死亡。".to_string());
        assert_eq!(cut, ["榆林市榆阳区人民政府令 第1号", "2017年5月30日,我区牛家梁镇区域内蛋鸡大面积死亡。"]);
        assert_eq!(split_order_number_from_text("根据省政府令第1号，现通知如下。".to_string()).len(), 1);
    }

    #[test]
    fn a_headline_run_into_the_salutation_under_it_stands_apart() {
        assert_eq!(split_headline_from_salutation("各类校外培训机构不得复工复课尊敬的家长:".to_string()), ["各类校外培训机构不得复工复课", "尊敬的家长:"]);
        // (a salutation alone, or a sentence that names them, stays whole)
        assert_eq!(split_headline_from_salutation("尊敬的家长:".to_string()).len(), 1);
        assert_eq!(split_headline_from_salutation("各市(州)茶叶学(协)会、各理事单位、各位理事:".to_string()).len(), 1);
        assert_eq!(split_headline_from_salutation("我们向尊敬的家长致以问候，现说明如下：".to_string()).len(), 1);
    }

    #[test]
    fn a_salutation_with_its_first_sentence_run_in_stands_apart() {
        assert_eq!(
            split_glued_salutation("各位家長和同學:教育局於7月14日宣布，學校暫停所有校內活動兩星期。".to_string()),
            ["各位家長和同學:", "教育局於7月14日宣布，學校暫停所有校內活動兩星期。"]
        );
        // a label and its value, or a short remark, are no salutation
        assert_eq!(split_glued_salutation("各位注意：明天停水。".to_string()), ["各位注意：明天停水。"]);
        assert_eq!(split_glued_salutation("尊敬的家长朋友:您好!".to_string()), ["尊敬的家长朋友:", "您好!"]);
        assert_eq!(split_glued_salutation("温馨提示:您好!".to_string()).len(), 1);
        // (whom it greets named by what they are)
        assert_eq!(split_glued_salutation("龙亭村村民:您们好!".to_string()), ["龙亭村村民:", "您们好!"]);
        // (its hearers read without brackets)
        assert_eq!(split_glued_salutation("城关街道办全体村、(居)民:大家好!".to_string()), ["城关街道办全体村、(居)民:", "大家好!"]);
        assert_eq!(split_glued_salutation("广大居民朋友们：根据疫情防控工作需要，决定开展区域全员核酸检测。".to_string())[0], "广大居民朋友们：");
        assert_eq!(split_glued_salutation("广大党员要求：按时参加组织生活会，认真开展批评与自我批评。".to_string()).len(), 1);
        // a list's label, a run-in item, a caller named by what they are: no salutation
        assert_eq!(split_glued_salutation("优秀共产党员：张三、李四、王五、赵六、钱七、孙八、周九、吴十".to_string()).len(), 1);
        assert_eq!(split_glued_salutation("（一）服务群众：组织党员干部深入基层，帮助群众解决急难愁盼问题。".to_string()).len(), 1);
        assert_eq!(split_glued_salutation("来电市民：反映XX路路灯已经连续一周不亮，夜间出行存在安全隐患".to_string()).len(), 1);
        assert_eq!(split_glued_salutation("会议时间：2023年6月16日上午9时在市政府三楼会议室召开".to_string()).len(), 1);
        // the bodies addressed, listed
        assert_eq!(split_glued_salutation("各州、市文化局:2016年9月,國務院決定把“文化遺產日”調整設立為“文化和自然遺產日”。".to_string())[0], "各州、市文化局:");
        assert_eq!(split_glued_salutation("各单位要求：严格落实值班制度，确保节日期间安全。".to_string()).len(), 1);
        // (an organ's own 各…, then more bodies)
        assert_eq!(
            split_glued_salutation("中国人民银行各分行、营业管理部：为进一步加强国有独资商业银行机构管理，现就有关问题通知如下：".to_string())[0],
            "中国人民银行各分行、营业管理部："
        );
        assert_eq!(
            split_glued_salutation("集团所属各单位、总部各部门：2010年是“十一五”规划的最后一年，经研究决定，在全系统组织征集评选活动。".to_string())[0],
            "集团所属各单位、总部各部门："
        );
        assert_eq!(split_glued_salutation("本行各网点负责人、柜员：请于本周内完成盘点，结果报送运营管理部。".to_string()).len(), 1);
    }

    #[test]
    fn a_flattened_heads_issuers_kind_word_and_serial_stand_apart() {
        let line = "山西省卫生厅 山西省人力资源和社会保障厅 公 告 2010年第3号 为推动农村卫生事业发展，现将有关事项公告如下： 一、招聘的基本条件";
        assert_eq!(
            split_joined_paragraphs(line),
            ["山西省卫生厅", "山西省人力资源和社会保障厅", "公 告", "2010年第3号", "为推动农村卫生事业发展，现将有关事项公告如下：", "一、招聘的基本条件"]
        );
        // joint issuers before their title are no flattened head: the title holds them
        let line = "中共江西省委 江西省人民政府关于全面深化教师队伍建设改革的实施意见 为全面贯彻落实党的精神，提出如下意见。";
        assert_eq!(split_joined_paragraphs(line)[0], "中共江西省委 江西省人民政府关于全面深化教师队伍建设改革的实施意见");
        // a site's summary that copies the head stays one line
        let line = "导读:黔府函〔2016〕287号 黔东南自治州人民政府: 《黔东南州人民政府关于请求审定水源保护区划分方案的请示》(黔东";
        assert_eq!(split_joined_paragraphs(line), [line]);
    }

    #[test]
    fn a_flattened_title_its_number_and_the_text_stand_apart_its_kind_lost_or_not() {
        let line = "关于春节期间禁止燃放烟花爆竹、孔明灯(许愿灯)的 陆府通〔2019〕2号 为减少城市环境污染，现将有关事项通告如下： 一、严禁燃放。";
        assert_eq!(
            split_joined_paragraphs(line),
            ["关于春节期间禁止燃放烟花爆竹、孔明灯(许愿灯)的", "陆府通〔2019〕2号", "为减少城市环境污染，现将有关事项通告如下：", "一、严禁燃放。"]
        );
        // (a number the text cites later is no head's)
        let line = "关于做好防汛工作的通知 各单位：根据市防指《关于做好汛期工作的意见》 市防指〔2024〕3号 要求，现通知如下。";
        assert_ne!(split_joined_paragraphs(line)[1], "市防指〔2024〕3号");
    }

    #[test]
    fn a_joined_head_in_traditional_with_pinyin_is_split_like_any_other() {
        let line = "國務(wù)院關(guān)于同意設(shè)立節(jié)日的批復(fù) 國函〔2017〕136號 國家衛(wèi)生計生委: 你委的請示收悉。同意設(shè)立。";
        assert_eq!(
            split_joined_paragraphs(line),
            ["國務(wù)院關(guān)于同意設(shè)立節(jié)日的批復(fù)", "國函〔2017〕136號", "國家衛(wèi)生計生委:", "你委的請示收悉。同意設(shè)立。"]
        );
    }

    #[test]
    fn pieces_of_a_joined_line_keep_their_input_line_and_bytes() {
        let text = "标题\n甲乙丙丁戊己庚辛壬癸。 子丑寅卯辰巳午未申酉。\n";
        let page = read(text);
        let pieces: Vec<(&str, usize, &str)> = page.lines.iter().map(|l| (l.raw.as_str(), l.origin, &text[l.span.start..l.span.end])).collect();
        assert_eq!(
            pieces,
            vec![("标题", 1, "标题"), ("甲乙丙丁戊己庚辛壬癸。", 2, "甲乙丙丁戊己庚辛壬癸。"), ("子丑寅卯辰巳午未申酉。", 2, "子丑寅卯辰巳午未申酉。")]
        );
    }

    #[test]
    fn numbers_and_labels_split_into_text_nodes_are_joined_back() {
        let page = read("正文一句。\n抄送：\n省教育厅\n。\n绍兴市教育局办公室\n2010\n年\n5\n月\n26\n日印发\n（共印\n10\n份）\n");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["正文一句。", "抄送：省教育厅。", "绍兴市教育局办公室2010年5月26日印发", "（共印10份）"]);
        // (a list's next number alone opens its line: it is no tail of the name over it)
        let page = read("附件：\n1.\n赛制及规则.docx\n2.\n报名表.docx\n");
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["附件：", "1.", "赛制及规则.docx", "2.", "报名表.docx"]);
    }

    #[test]
    fn a_flood_of_number_fragments_is_joined_in_bounded_lines_with_every_digit_kept() {
        let page = read(&format!("正文一句\n{}", "1\n".repeat(1000)));
        let texts: Vec<&str> = page.lines.iter().filter(|l| l.class == Class::Text).map(|l| l.text.as_str()).collect();
        assert_eq!(texts.concat(), format!("正文一句{}", "1".repeat(1000)));
        assert!(texts.iter().all(|t| t.chars().count() <= 4 + MAX_JOINED_FRAGMENTS + 1), "{texts:?}");
    }

    #[test]
    fn a_converters_temporary_path_is_split_off_the_text_around_it() {
        let p = read("修订前修订后./tmp/97f13a37-45a7-html.html公告编号：2025-040\n");
        let texts: Vec<&str> = p.lines.iter().map(|l| l.raw.as_str()).collect();
        assert_eq!(texts, ["修订前修订后", "./tmp/97f13a37-45a7-html.html", "公告编号：2025-040"]);
        assert_eq!(read("数据存放在/tmp目录下。\n").lines.len(), 1, "no file, no split");
        let p = read("(2011年4月22日某市人大常委会第四十六次会议通过)\" O6 {# }! {5 {\" q1 i; _\n");
        assert_eq!(p.lines[0].raw, "(2011年4月22日某市人大常委会第四十六次会议通过)", "a jammer glued after the text is split off");
        let p = read("抄送:县政府办,县人大办。 |\n");
        assert_eq!(p.lines[0].raw, "抄送:县政府办,县人大办。", "a cell's bar is split off");
    }

    #[test]
    fn images_inside_running_text_are_found() {
        let t = "图如下 ![](a/b.jpg) 以及 [![x](c.png)](http://x.cn/p) 完。";
        let r = inline_images(t);
        assert_eq!(r.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), vec!["![](a/b.jpg)", "[![x](c.png)](http://x.cn/p)"]);
    }

    #[test]
    fn a_metadata_line_is_not_split_at_a_labels_colon() {
        assert_eq!(
            split_joined_paragraphs("发布时间:2022-04-27 发布人: 浙江省常山县人民医院 分享:"),
            ["发布时间:2022-04-27 发布人: 浙江省常山县人民医院 分享:"]
        );
        let crumbs = "当前位置: 某某学院网 -> 党建工会 -> 党建工作 -> 学院党委 -> 正文";
        assert_eq!(split_joined_paragraphs(crumbs), [crumbs]);
        // (a field with the first numbered item run into it: the item a line of its own)
        assert_eq!(split_item_after_field("發文字號:林造字第0991742291號 一、復貴府來函。".to_string()), ["發文字號:林造字第0991742291號", "一、復貴府來函。"]);
        assert_eq!(split_item_after_field("时间：上午 九时".to_string()).len(), 1);
        assert_eq!(split_item_after_field("检查对象：全县企业 一、危险化学品企业；二、建筑施工企业。".to_string()).len(), 1);
        // (a unit's name spaced from its branch, or a name going on with its sentence, stays)
        assert_eq!(split_issuer_after("主办单位：中华医学会 麻醉学分会".to_string()).len(), 1);
        assert_eq!(split_issuer_after("会议设主会场和 青年委员分会".to_string()).len(), 1);
        assert_eq!(split_issuer_after("附件：名称 国务院办公厅".to_string()).len(), 2);
        // (its last step named as a body is stays in it)
        let crumbs = "当前位置:首页 >> 电子银行 >> 电话银行";
        assert_eq!(split_joined_paragraphs(crumbs), [crumbs]);
        assert_eq!(
            split_joined_paragraphs("各县（市、区）教育局： 现将有关事项通知如下，请遵照执行。"),
            ["各县（市、区）教育局：", "现将有关事项通知如下，请遵照执行。"]
        );
        // an attachment note's label is no addressee: its name stays on its line
        for note in ["附件: 2005年市区工业经济“争先创优”竞赛办法", "附： 名单"] {
            assert_eq!(split_joined_paragraphs(note), [note]);
        }
    }

    #[test]
    fn a_flattened_pages_attachments_signer_and_date_stand_on_lines_of_their_own() {
        let line = "附件: 1.2019年度思想宣传工作先进集体名单.docx 2.2019年度宣传工作先进个人名单.docx 九三学社山东省委员会 2019年12月11日 |".to_string();
        let pieces: Vec<String> = split_sign_off(line).into_iter().flat_map(split_after_file_names).collect();
        assert_eq!(
            pieces,
            ["附件: 1.2019年度思想宣传工作先进集体名单.docx", "2.2019年度宣传工作先进个人名单.docx", "九三学社山东省委员会", "2019年12月11日", "|"]
        );
        // a unit and its date alone stay one line
        assert_eq!(split_sign_off("市政府办公室 2019年12月11日".into()), ["市政府办公室 2019年12月11日"]);
        // the closing formula before them
        assert_eq!(split_sign_off("特此通告 汕尾市公安局交通警察支隊 2023年1月20日".into()), ["特此通告", "汕尾市公安局交通警察支隊", "2023年1月20日"]);
    }

    #[test]
    fn a_prints_page_number_glued_to_its_text_is_split_off() {
        assert_eq!(split_page_marks("    （此件主动公开）—2—".into()), ["    （此件主动公开）", "—2—"]);
        assert_eq!(split_page_marks("—3—3.2.2地震谣传事件".into()), ["—3—", "3.2.2地震谣传事件"]);
        assert_eq!(split_page_marks("— 2 — 区建委".into()), ["— 2 —", " 区建委"]);
        for whole in ["—1—", "2010—2020—", "第一阶段——12—", "期间为1—3—5年", "2019—20"] {
            assert_eq!(split_page_marks(whole.into()), [whole], "{whole}");
        }
    }

    #[test]
    fn a_label_letter_spaced_to_the_width_of_the_others_is_not_cut_apart() {
        let l = "名       称: 通山公安城管联合执法 整治政府广场周边治安乱点 发布日期: 2023年11月17日";
        assert!(split_joined_paragraphs(l).iter().all(|p| !p.trim().eq("名")), "{:?}", split_joined_paragraphs(l));
        // (a table's label without its colon too)
        let l = "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号";
        assert!(split_joined_paragraphs(l).iter().all(|p| !p.trim().ends_with('文')), "{:?}", split_joined_paragraphs(l));
        // a signature's name and date a wide gap apart are still two lines
        assert_eq!(split_joined_paragraphs("某某市人民政府办公室      2023年5月6日"), vec!["某某市人民政府办公室", "2023年5月6日"]);
    }

    #[test]
    fn two_lists_of_an_end_block_on_one_row_are_two_lines() {
        assert_eq!(split_list_rows("抄送:县卫计委 发:各医院科室".into()), vec!["抄送:县卫计委", "发:各医院科室"]);
        assert_eq!(split_list_rows("报：省委办公厅  送：各市委办公室".into()), vec!["报：省委办公厅", "送：各市委办公室"]);
        // names set apart by spaces stay one list
        assert_eq!(split_list_rows("抄送：董事长 总经理 副总经理".into()), vec!["抄送：董事长 总经理 副总经理"]);
    }

    #[test]
    fn a_numbered_items_label_and_a_date_spaced_by_a_pdf_stay_one_line() {
        let l = "二、预计恢复生产时间 : 2020 年 1 月 21 日 20 时。";
        assert_eq!(split_joined_paragraphs(l), vec![l.to_string()]);
        let l = "三、停产影响区域: 小坡至万宇商贸城、小坡至五馆一中心等片区供水压力减小。";
        assert_eq!(split_joined_paragraphs(l), vec![l.to_string()]);
        // a metadata label's value before text is still split off
        assert_eq!(
            split_joined_paragraphs("公告编号:2025-013 某某股份有限公司关于董事辞职的公告"),
            vec!["公告编号:2025-013", "某某股份有限公司关于董事辞职的公告"]
        );
    }

    #[test]
    fn a_decision_on_a_case_flattened_with_its_number_and_its_end_is_split_into_its_parts() {
        // a title wrapped at a space, then its number
        assert_eq!(
            split_joined_paragraphs("关于准予某砖厂临时使用林地的 行政许可决定书 新林地许准字(2015)第01号"),
            ["关于准予某砖厂临时使用林地的 行政许可决定书", "新林地许准字(2015)第01号"]
        );
        // the signer, the date and the attachment note after the last sentence
        assert_eq!(
            split_joined_paragraphs("同意你厂临时使用林地3.9467公顷,使用期限为两年。 新邵县林业局 2015年5月23日 附:《建设项目使用林地地形图》 |"),
            ["同意你厂临时使用林地3.9467公顷,使用期限为两年。", "新邵县林业局", "2015年5月23日", "附:《建设项目使用林地地形图》 |"]
        );
        // a sentence that opens with 关于 is not a wrapped title
        assert_eq!(split_joined_paragraphs("关于住宿费 按照学校差旅费管理办法 执行，超标部分由个人承担，请各单位遵照执行。").len(), 1);
        // nor is a sentence that opens with 附件 an attachment note
        let l = "现将有关事项通知如下，请遵照执行。 某县人民政府 2021年12月9日 附件中所列单位须于12月20日前报送整改材料。";
        assert!(!split_joined_paragraphs(l).iter().any(|p| p == "某县人民政府"));
        // (or the repost's credit of where it was excerpted from)
        assert_eq!(
            split_joined_paragraphs("特此公告! 延吉市公安局交巡警大队 2025年7月10日 摘自:延边新闻"),
            ["特此公告!", "延吉市公安局交巡警大队", "2025年7月10日", "摘自:延边新闻"]
        );
        // (or the plan an issuing notice issues, its first paragraph)
        let l = "现印发给你们，请结合实际认真贯彻执行。 永嘉县人民政府 2021年12月28日 “十四五”时期，是永嘉县开启全面建设社会主义现代化国家新征程的第一个五年，也是应急管理机构改革后的关键时期。";
        let pieces = split_joined_paragraphs(l);
        assert_eq!(pieces[1..3], ["永嘉县人民政府", "2021年12月28日"], "{pieces:?}");
        assert!(pieces[3].starts_with("“十四五”时期"), "{pieces:?}");
        // words after a date that are no note of the page's stay with it
        let l = "同意你厂临时使用林地,使用期限为两年。 新邵县林业局 2015年5月23日 附近居民请注意安全";
        assert_eq!(split_joined_paragraphs(l).last().map(String::as_str), Some("新邵县林业局 2015年5月23日 附近居民请注意安全"));
    }

    #[test]
    fn a_long_list_of_bodies_addressed_is_split_from_the_text_run_in_after_it() {
        let l = "各县(市、区)人民政府,庐山管理局,九江经济技术开发区、共青城开发区管委会,云居山—柘林湖风景名胜区管委会,市政府各部门,市直及驻市各单位: 根据住房和城乡建设部的通知精神,现将工作任务分解到各责任单位。";
        let pieces = split_joined_paragraphs(l);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert!(pieces[0].ends_with("市直及驻市各单位:") && pieces[1].starts_with("根据"), "{pieces:?}");
        // a long clause from 各 to a kind of body, no list, stays with its text
        let l = "各地各部门要充分认识做好今冬明春安全生产工作的极端重要性和紧迫性切实把各项防范措施落实到位确保各项措施落实到每个企业和单位: 根据上级要求，现将有关事项通知如下。";
        assert_eq!(split_joined_paragraphs(l).len(), 1);
        // as long a sentence before a colon, no list of bodies, stays with its text
        let l = "本次会议由市政府办公室负责组织，参会人员包括市直各部门主要负责同志、各县区分管负责同志、各乡镇街道分管负责同志和联络员及相关工作人员: 会议时间另行通知。";
        assert_eq!(split_joined_paragraphs(l).len(), 1);
    }

    #[test]
    fn an_official_title_joined_to_the_addressee_is_split_from_it() {
        assert_eq!(
            split_joined_paragraphs("某市人民政府办公厅关于做好年度有关工作的通知 各区县人民政府，市政府各部门： 现将有关事项通知如下。"),
            ["某市人民政府办公厅关于做好年度有关工作的通知", "各区县人民政府，市政府各部门：", "现将有关事项通知如下。"]
        );
        assert_eq!(
            split_joined_paragraphs("关于同意设立某某新区的批复 国函〔2015〕141号 某省人民政府: 你省的请示收悉。"),
            ["关于同意设立某某新区的批复", "国函〔2015〕141号", "某省人民政府:", "你省的请示收悉。"]
        );
        // a sentence about a notice is not a title
        let line = "会议学习了关于做好安全生产工作的通知，强调 各单位要落实责任。";
        assert_eq!(split_joined_paragraphs(line), [line]);
    }

    #[test]
    fn a_listed_companys_header_title_and_statement_on_one_line_are_split() {
        assert_eq!(
            split_joined_paragraphs(
                "证券代码:301602 证券简称:某某股份 公告编号:2025-013 某某仪器股份有限公司 第二届董事会第八次会议决议公告 本公司及董事会全体成员保证信息披露的内容真实。"
            ),
            [
                "证券代码:301602 证券简称:某某股份 公告编号:2025-013",
                "某某仪器股份有限公司 第二届董事会第八次会议决议公告",
                "本公司及董事会全体成员保证信息披露的内容真实。"
            ]
        );
    }

    #[test]
    fn a_heading_glued_after_a_sentences_stop_is_split_off() {
        assert_eq!(
            split_joined_paragraphs("本公司董事会保证本公告内容真实、准确和完整。一、董事会会议召开情况"),
            ["本公司董事会保证本公告内容真实、准确和完整。", "一、董事会会议召开情况"]
        );
        // a sentence after the number is the paragraph's own
        let line = "会议审议了两项议案。一、会议同意了预算草案，并作出决议。";
        assert_eq!(split_joined_paragraphs(line), [line]);
    }

    #[test]
    fn a_关于_title_run_into_the_texts_first_sentence_is_split_from_it() {
        let line = "关于禁止货车在禹都大道部分路段通行的公告为有效预防道路交通事故发生，确保道路交通安全有序畅通，现将有关事项公告如下：";
        let pieces = split_joined_paragraphs(line);
        assert_eq!(pieces[0], "关于禁止货车在禹都大道部分路段通行的公告");
        assert!(pieces[1].starts_with("为有效预防"), "{pieces:?}");
        // (a sentence about a notice stays whole)
        let line = "关于举办运动会的通知已经发出，请各单位按时报名，逾期不再受理。";
        assert_eq!(split_joined_paragraphs(line), [line]);
        // (nor does one that opens with a notice's name: no opening hands over to what follows)
        let line = "关于做好2024年普通高校招生考试工作的通知按照省教育考试院部署，已于4月10日转发至各校。";
        assert_eq!(split_joined_paragraphs(line), [line]);
    }

    #[test]
    fn a_page_flattened_to_one_line_keeps_each_items_lead_run_into_its_text() {
        let line = "各单位：现将有关事项通知如下。 一、统计时间 2024年5月1日至5月10日。 二、统计办法 各单位按表格填报，按时报送。";
        let pieces = split_joined_paragraphs(line);
        assert!(pieces.contains(&"一、统计时间 2024年5月1日至5月10日。".to_string()), "{pieces:?}");
        // (an item alone on its line still gives its heading a line of its own)
        assert_eq!(split_joined_paragraphs("二、号牌规格尺寸 汽车号牌规格为440毫米。"), ["二、号牌规格尺寸", "汽车号牌规格为440毫米。"]);
    }

    #[test]
    fn an_item_whose_phrase_governs_a_spaced_figure_is_one_line_and_a_heading_over_one_is_two() {
        let page = read("一、依據教育部國民及學前教育署 104 年 11 月 23 日函辦理。\n二、如有提案請於 6 月 14 日前將提案單上傳。\n");
        assert_eq!(page.lines.len(), 2, "{:?}", page.lines);
        let page = read("一、元旦假期安排 2026 1 1 日至 3 日放假调休，共 3 天。\n");
        assert_eq!(page.lines[0].text, "一、元旦假期安排");
    }
}
