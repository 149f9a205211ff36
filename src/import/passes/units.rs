//! Pass 6, units: the body's lines grouped into the blocks they make — paragraphs (hard-wrapped
//! lines joined), numbered items on lines of their own, and, in a page that is Markdown, its
//! tables, lists, quotes, code and headings.
//!
//! Lines join into one paragraph unless a line ends a sentence, the next is numbered, a caption,
//! a `标签：` line, indented deeper, or another piece of one input line; across a blank line only
//! short unfinished lines join. A text hard-wrapped at a fixed width with blank lines between
//! paragraphs joins its full lines even after `。`. A line that is only a number (`一、`) joins
//! the text it numbers.

use super::super::chars::*;
use super::super::page::{Class, Page, Reason};
use super::super::rules::{LIST_ITEM_CHARS, MINUTES_LABELS, SHORT_LINE};
use super::tail::is_attachment_label;
use crate::style::numbering::existing_number;

/// A block of the body, by its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub lines: Vec<usize>,
    pub kind: UnitKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A paragraph (or a numbered line that may become a heading).
    Text,
    /// Markdown the page already wrote: a table, list, quote, code block or heading.
    Markdown,
    /// A table the page flattened into rows of cells (see `flat_rows`).
    FlatTable(CellRule),
    /// A residue line kept with `--keep-all`, verbatim.
    Kept,
}

/// Group the page's body lines; `kept` marks residue lines kept with `--keep-all`.
pub fn group(page: &Page, kept: &[bool]) -> Vec<Unit> {
    let mut out = Vec::new();
    let n = page.lines.len();
    let body = |i: usize| page.lines[i].is_text() || kept[i];
    // the page's wrap, measured once (measured for each paragraph, a page of one-line
    // paragraphs took quadratic time)
    let wrap = Wrap::of(page);
    let mut i = 0;
    while i < n {
        if !body(i) {
            i += 1;
            continue;
        }
        if kept[i] {
            out.push(Unit { lines: vec![i], kind: UnitKind::Kept });
            i += 1;
            continue;
        }
        if let Some((end, rule)) = flat_rows(page, i) {
            out.push(Unit { lines: (i..end).collect(), kind: UnitKind::FlatTable(rule) });
            i = end;
            continue;
        }
        let end = if page.markdownish { markdown_block(page, i) } else { None };
        if let Some(end) = end {
            out.push(Unit { lines: (i..end).filter(|&j| page.lines[j].is_text()).collect(), kind: UnitKind::Markdown });
            i = end;
            continue;
        }
        let lines = paragraph(page, &wrap, i, kept);
        i = lines.last().map_or(i, |&l| l) + 1;
        out.push(Unit { lines, kind: UnitKind::Text });
    }
    out
}

/// How a table flattened into lines parts its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellRule {
    /// `| 项目 | 说明 |`: how scrapers and html2text write a table (without Markdown's `|---|`
    /// line, which Markdown would read as a paragraph of bars).
    Pipes,
    /// `序号⇥姓名⇥单位`: a table copied from a browser.
    Tabs,
}

impl CellRule {
    fn of(t: &str) -> Option<CellRule> {
        [CellRule::Pipes, CellRule::Tabs].into_iter().find(|r| r.cells(t).is_some())
    }

    /// The cells of a row, trimmed (at least two), or None when the line is no such row.
    pub fn cells(self, t: &str) -> Option<Vec<&str>> {
        let cells: Vec<&str> = match self {
            CellRule::Pipes => t.trim().strip_prefix(['|', '｜'])?.strip_suffix(['|', '｜'])?.split(['|', '｜']).map(str::trim).collect(),
            CellRule::Tabs => t.trim().split('\t').map(str::trim).collect(),
        };
        (cells.len() >= 2).then_some(cells)
    }

    /// Whether `c` parts cells under this rule.
    pub fn parts(self, c: char) -> bool {
        match self {
            CellRule::Pipes => matches!(c, '|' | '｜'),
            CellRule::Tabs => c == '\t',
        }
    }
}

/// Two or more lines in a row that are rows of cells under one rule — a table the page
/// flattened into lines. Tab-parted rows have at most as many cells as the first, the head (a
/// row's empty cells at its end lose their tabs to the line's trimming). In a plain page a
/// `|---|` row among pipe rows closes the head; in a Markdown page a table with one is
/// Markdown's. The end of the rows, and their rule.
fn flat_rows(page: &Page, i: usize) -> Option<(usize, CellRule)> {
    let rule = page.lines[i].is_text().then(|| CellRule::of(&page.lines[i].text)).flatten()?;
    let width = rule.cells(&page.lines[i].text)?.len();
    let row = |j: usize| {
        j < page.lines.len() && page.lines[j].is_text() && rule.cells(&page.lines[j].text).is_some_and(|c| rule == CellRule::Pipes || c.len() <= width)
    };
    let mut end = i;
    while row(end) {
        end += 1;
    }
    let delimited = (i..end).any(|j| rule.cells(&page.lines[j].text).is_some_and(|c| c.iter().all(|c| is_delimiter_cell(c))));
    // a table wider than one that always fits the type area stays the page's lines of text (a
    // table too wide to set fails the build)
    let settable = (i..end).all(|j| rule.cells(&page.lines[j].text).is_some_and(|c| c.len() <= MAX_FLAT_COLUMNS));
    (end - i >= 2 && settable && !(page.markdownish && delimited)).then_some((end, rule))
}

/// A flattened table is read as one up to this many columns: at one character each (and the
/// cells' padding) they fit the A4 type area with table text up to 17 pt (24 columns of 14 pt
/// text need 186 mm of 156).
const MAX_FLAT_COLUMNS: usize = 16;

/// `---` / `:--:`: a cell of the Markdown line under a table's head.
pub fn is_delimiter_cell(c: &str) -> bool {
    let c = c.trim_matches(':');
    !c.is_empty() && c.chars().all(|x| x == '-')
}

/// The lines of one paragraph starting at `i`.
fn paragraph(page: &Page, wrap: &Wrap, i: usize, kept: &[bool]) -> Vec<usize> {
    let mut lines = vec![i];
    let mut cur = i;
    loop {
        let mut j = cur + 1;
        let (mut blank, mut image) = (false, false);
        while j < page.lines.len() && !page.lines[j].is_text() {
            // the rest of the paragraph's own input line went elsewhere (`…作出新贡献。 附件：…`
            // moved to the front matter): that line ended the paragraph, nothing below goes on with it
            if page.lines[j].origin == page.lines[cur].origin {
                return lines;
            }
            match page.lines[j].class {
                Class::Blank => blank = true,
                Class::Residue(Reason::ImagePlaceholder) => image = true,
                // a part of the document in between (the addressee, moved to the front matter)
                // parts the lines around it (`安全提示` / `尊敬的客户：` / `近期…`)
                Class::Moved(_) => return lines,
                // and so does the page's byline (`来源：…` / `…记者 马依钒` / `25日，记者…`)
                Class::Residue(Reason::PageMetadata) => return lines,
                _ => {}
            }
            if kept[j] {
                return lines;
            }
            j += 1;
        }
        let joined = j < page.lines.len() && if page.markdownish { md_joins(page, cur, j, blank) } else { joins(page, wrap, cur, j, blank, image) };
        if !joined {
            return lines;
        }
        lines.push(j);
        cur = j;
        // a number alone and its text make a numbered line of their own
        if lines.len() == 2
            && number_alone(&page.lines[lines[0]].text)
            && super::headings::numbered_heading(&format!("{}{}", page.lines[lines[0]].text, page.lines[j].text)).is_some()
        {
            return lines;
        }
    }
}

/// How a plain text is wrapped: the width its full lines share, and whether blank lines part its
/// paragraphs.
struct Wrap {
    width: Option<usize>,
    blank_separated: bool,
}

impl Wrap {
    fn of(page: &Page) -> Wrap {
        let n = page.lines.len();
        let width_of = |i: usize| page.lines[i].text.chars().count() + page.lines[i].indent / 2;
        let mut lens: Vec<usize> = (0..n.saturating_sub(1)).filter(|&i| page.lines[i].is_text() && page.lines[i + 1].is_text()).map(width_of).collect();
        lens.sort();
        let width = (lens.len() >= 4)
            .then(|| lens[lens.len() / 2])
            .filter(|&m| m >= 12 && lens.iter().filter(|&&l| l.abs_diff(m) * 100 <= m * 15).count() * 4 >= lens.len() * 3);
        let mut breaks = 0;
        let mut prev: Option<usize> = None;
        for i in 0..n {
            if page.lines[i].is_text() {
                if prev.is_some_and(|p| p + 1 < i && (p + 1..i).all(|j| page.lines[j].class == Class::Blank)) {
                    breaks += 1;
                }
                prev = Some(i);
            }
        }
        Wrap { width, blank_separated: breaks >= 2 }
    }
}

/// The width a page's print wrapped the lines around `a` at, when the page as a whole shows
/// none (a letter's header fields, one short line each, stand above a wrapped text): the
/// median display width of the unnumbered lines near it that end no sentence and go on, when
/// at least two of them share it.
fn local_wrap(page: &Page, a: usize) -> Option<usize> {
    let lo = a.saturating_sub(WRAP_WINDOW);
    let hi = (a + WRAP_WINDOW).min(page.lines.len().saturating_sub(1));
    let mut widths: Vec<usize> = (lo..hi)
        .filter(|&i| {
            let t = page.lines[i].text.trim();
            page.lines[i].is_text()
                && page.lines[i + 1].is_text()
                && existing_number(t).is_none()
                && !strong_end(t)
                && !starts_with_label(t)
                && existing_number(page.lines[i + 1].text.trim()).is_none()
        })
        .map(|i| display_width(&page.lines[i].text))
        .collect();
    widths.sort_unstable();
    let m = *widths.get(widths.len() / 2)?;
    let near = widths.iter().filter(|&&w| w.abs_diff(m) * 100 <= m * 15).count();
    (near >= 2 && near * 4 >= widths.len() * 3 && m >= MIN_WRAP_WIDTH).then_some(m)
}

/// Is line `a` as wide as the lines near it that its print wrapped ([`local_wrap`])?
fn as_wide_as_wrapped_near(page: &Page, a: usize) -> bool {
    local_wrap(page, a).is_some_and(|w| display_width(&page.lines[a].text) * 10 >= w * 9)
}

/// Lines on each side of a line searched for its wrap, and the narrowest wrap (in half-width
/// cells: 18 Chinese characters).
const WRAP_WINDOW: usize = 8;
const MIN_WRAP_WIDTH: usize = 36;

/// A line's width as printed: a wide character (East Asian Width W or F) two cells, the rest one.
fn display_width(t: &str) -> usize {
    t.trim().chars().map(|c| if crate::parse::emphasis::is_cjk(c) { 2 } else { 1 }).sum()
}

/// A numbered line broken inside a word is read as wrapped from this length on.
const WRAPPED_ITEM_CHARS: usize = 16;

/// A numbered label's value that ends its line (`三、建设年限：2007年-2008年`) is at most this
/// long; a longer one may be wrapped.
const LABEL_VALUE_CHARS: usize = 16;

/// `联系人：…`, `附件：…`: a short label and a colon open the line.
fn starts_with_label(t: &str) -> bool {
    let n = t.chars().take_while(|c| han(*c)).count();
    (2..=8).contains(&n) && t.chars().nth(n).is_some_and(|c| c == '：' || c == ':')
}

/// `味、窗户清洁明亮…` under `…厕所无异`: a line that opens with one character and an
/// enumeration comma (or a comma) goes on with a word the line above cut — no item is numbered
/// by a character that is no numeral.
fn cut_word(t: &str) -> bool {
    let mut cs = t.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else { return false };
    han(a) && !ITEM_NUMERALS.contains(a) && matches!(b, '、' | '，' | ',')
}

/// Characters that number items (`一、`, `甲、`, `十、`): a line opening with one of them is an item.
const ITEM_NUMERALS: &str = "一二三四五六七八九十百千零〇两甲乙丙丁戊己庚辛壬癸";

/// A row of names or posts set apart by spaces (`张三 李四 王五`): three or more, each a few Han
/// characters and nothing else.
fn spaced_items(t: &str) -> bool {
    let items: Vec<&str> = t.split_whitespace().collect();
    items.len() >= SPACED_ITEMS && items.iter().all(|w| w.chars().count() <= SPACED_ITEM_CHARS && w.chars().all(han))
}

/// How many space-separated items make a row of names, and how long each may be.
const SPACED_ITEMS: usize = 3;
const SPACED_ITEM_CHARS: usize = 10;

/// `02` alone on its line: the number of the item that follows, as a page's cards show it.
fn card_number(t: &str) -> bool {
    let t = t.trim();
    (1..=3).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit())
}

/// Does numbered (or heading-like) line `a` end its line over `b`, as a heading or an item
/// does, rather than wrap into it?
fn heads_its_line(page: &Page, wrap: &Wrap, a: usize, b: usize, blank: bool) -> bool {
    let (la, ta, tb) = (&page.lines[a], &page.lines[a].text, &page.lines[b].text);
    let width = la.text.chars().count() + la.indent / 2;
    // a numbered line as long as the text's wrapped lines is wrapped, not a heading
    let full = wrap.width.is_some_and(|w| width * 10 >= w * 9) && !blank;
    // `（五）…，公司监事列席` / `会议。`: a numbered sentence wrapped before its last words
    let wrapped_sentence = ta.contains('，') && strong_end(tb) && tb.chars().count() <= 12 && !blank;
    // `三、陇南市辖原…、礼县、徽县、` / `两当县和新设立的武都区。`: a line ending in a comma or an
    // enumeration comma goes on, whatever its width
    let mid_clause = ta.trim_end().ends_with(['、', '，', ',']) && !blank;
    // `3.…根据初选结果进` / `行评审，…`: a long numbered line broken inside a word goes on,
    // whatever the page's wrap (a short heading, `一、清理范围`, may meet a word by chance)
    // (asked last: the dictionary is read only for a line that would head)
    let mid_word = || !blank && ta.chars().count() >= WRAPPED_ITEM_CHARS && splits_a_word(ta, tb);
    // as wide as the wrapped lines near it, under a letter's header that hides the page's wrap
    let locally_full = || !blank && as_wide_as_wrapped_near(page, a);
    // `三、建设年限：2007年-2008年`: a numbered label and its short value end their line
    let label_value = match super::headings::shape(ta) {
        Some((_, super::headings::Shape::RunIn(lead))) => ta[lead..].trim().chars().count() <= LABEL_VALUE_CHARS && !ta.contains(['，', '。', '；', ',']),
        _ => false,
    };
    // `1.1编制目的`: a plan's clause heading on its own line
    let clause_heading = opens_with_clause_number(ta) && ta.chars().count() <= SHORT_LINE / 2 && !ends_sentence(ta);
    // `一、会议审议了《…》《…》` over `会议强调，…。`: a numbered line that ends no sentence over
    // a paragraph (or a long line the page cut) heads it (headings.rs reads it as a heading)
    let heads_paragraph = super::headings::long_item_head(ta) && (strong_end(tb) || tb.chars().count() > SHORT_LINE) && tb.chars().count() > ta.chars().count();
    (super::headings::numbered_heading(ta).is_some() || label_value || clause_heading || heads_paragraph)
        && !full
        && !wrapped_sentence
        && !mid_clause
        && !mid_word()
        && !locally_full()
}

/// Does plain-text line `b` continue the paragraph of line `a`?
fn joins(page: &Page, wrap: &Wrap, a: usize, b: usize, blank: bool, image: bool) -> bool {
    let (la, lb) = (&page.lines[a], &page.lines[b]);
    let (ta, tb) = (&la.text, &lb.text);
    if number_alone(ta) && !blank || !blank && !strong_end(ta) && cut_word(tb) && la.origin != lb.origin {
        return true;
    }
    let parenthesized = |t: &str| t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && t.chars().count() <= 20;
    let width = |l: &super::super::page::Line| l.text.chars().count() + l.indent / 2;
    if la.hard_break
        || heads_its_line(page, wrap, a, b, blank)
        || la.origin == lb.origin
        || is_attachment_label(ta)
        || is_attachment_label(tb)
        // `• 藥師殿…停止開放;` under `• 主座大殿封閉…;`: an item of a bulleted list opens its own
        // line (its bullet is read away with the page's list marks)
        || bulleted(&lb.raw)
        // `2018年10月16日` over `北京趣出行科技有限公司`: a date alone ends its line, and opens
        // its own under a line narrower than the page's wrap (a signer's)
        || super::super::chars::is_date_line(ta)
        || super::super::chars::is_date_line(tb) && wrap.width.is_none_or(|w| width(la) * 10 < w * 9)
        || existing_number(tb).is_some()
        || opens_with_clause_number(tb)
        // an item whose numeral the scrape lost
        || tb.starts_with('、')
        || is_caption(ta)
        || is_caption(tb)
        || starts_with_label(tb)
        || super::contact::fields(tb).is_some()
        || letter_line(ta, tb)
        // (a party's particulars, `法定代表人 ：胡亚楠`, its label spaced from its colon)
        || super::head::party_field(tb)
        || parenthesized(ta)
        || parenthesized(tb)
        // `〔2024〕第5期`: an issue line over what it numbers
        || is_issue(ta) && ta.chars().count() <= 16
        // `出席` alone over its names: a meeting record's header label, apart from its value
        || MINUTES_LABELS.contains(&squash(&plain(ta)).as_str())
        // `主席团成员 各代表组组长 全体院领导`: a row of names over a sentence
        || spaced_items(ta) && !spaced_items(tb)
        || lb.indent > la.indent
        || image
        // `详细名单` / `第一批…名单（第一次）`: an attachment the note names, its title on a line
        || page.meta.attachments.iter().any(|n| n.chars().count() >= ATTACHED_TITLE_CHARS && squash(n) == squash(tb))
        // a bilingual page's English lines: each ends its paragraph with its sentence, and a
        // switch of language ends one (`…Hong Chi Morninghope School` / `本校於…`)
        // (a Chinese line that breaks inside an English phrase goes on: `…总体平稳，The city also
        // signed a cooperation agreement with` / `Sichuan University on emergency research.`)
        || english(ta) && tb.contains(han)
        || ta.contains(han) && english(tb) && !ta.trim_end().ends_with(|c: char| c.is_ascii_alphabetic())
        || english(ta) && ta.trim_end().ends_with(['.', '!', '?'])
    {
        return false;
    }
    // (`主旨：…均提升為第` / `三級，…`: a label's line as wide as the wrapped lines near it goes on)
    let locally_full = || !blank && as_wide_as_wrapped_near(page, a);
    if starts_with_label(ta) && ta.chars().count() <= 30 && wrap.width.is_none_or(|w| width(la) * 10 < w * 9) && !locally_full() {
        return false;
    }
    // a list of names or short items, one a line (an attachment's 名单): never a wrapped line
    // (read without a mirror's pinyin: `高郵市文聯（lián）` is a short name, no sentence)
    let short = |t: &str| {
        let t = super::super::chars::plain(t);
        t.chars().count() <= LIST_ITEM_CHARS && !ends_sentence(&t)
    };
    let list = looks_like_org(ta) && looks_like_org(tb) || short(ta) && short(tb) || name_entry(ta) && name_entry(tb);
    if !blank && name_entry(ta) && name_entry(tb) {
        return false;
    }
    // a name or a title alone on a line shorter than the text's lines ends its line (a list's
    // last name, an attached document's title, over the next paragraph)
    let name_or_title = looks_like_org(ta) || ends_like_title(ta) && ta.chars().count() <= SHORT_LINE && !ends_sentence(ta);
    if !blank && name_or_title && wrap.width.is_none_or(|w| width(la) * 10 < w * 9) {
        return false;
    }
    if !blank && wrap.width.is_none() && headline_over_story(ta, tb) {
        return false;
    }
    if blank { !list && joins_over_blank(ta, tb) } else { !strong_end(ta) || wrap.width.is_some_and(|w| wrap.blank_separated && width(la) * 10 >= w * 9) }
}

/// A letter's lines that stand alone: `您好` under a salutation (its greeting) ends its line;
/// `特此公告` (the text's closing formula) is never the tail of the line above.
fn letter_line(ta: &str, tb: &str) -> bool {
    super::super::chars::greeting_alone(ta) || super::super::chars::closing_formula(tb)
}

/// A headline (`人才是高校改革发展的核心问题和头等大事`) over the story: no punctuation at all,
/// short, and a sentence at least twice as long that ends on its own line after it.
fn headline_over_story(ta: &str, tb: &str) -> bool {
    // (a quotation closed within it may stand in it: `“…被舉報”傳言實為虛假信息網絡謠言`)
    let quotes_closed = ta.matches('“').count() == ta.matches('”').count();
    let headline = ta.chars().count() <= SHORT_LINE
        && ta.chars().filter(|c| han(*c)).count() >= 8
        && quotes_closed
        && !ta.contains(|c: char| "，、。；：,;:（(《".contains(c));
    headline && strong_end(tb) && tb.chars().count() >= 2 * ta.chars().count()
}

/// `As announced by the EDB on 4 January, 2021, …`: a line of English, no Chinese in it.
fn english(t: &str) -> bool {
    // (words, not letters spaced out: `D o n g F e n g . G o v`)
    let words = t.split_whitespace().filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2).count();
    !t.chars().any(han) && words >= ENGLISH_LINE_WORDS
}

/// A line of English has at least this many words (`Dear Parents,`).
const ENGLISH_LINE_WORDS: usize = 2;

/// An attachment's name that opens a line of its own is at least this long (a short one,
/// `名单`, may be a word of a wrapped line).
const ATTACHED_TITLE_CHARS: usize = 6;

/// `何伟森(市市政局)`, `陈鸿起 自治区交通运输厅厅长`, `沈 岗 自治区副主席`: a member of a group
/// as its list names one — a person's name and, in brackets or after a space, where they
/// serve. Two such lines one under the other are items of a list, never one wrapped line.
fn name_entry(t: &str) -> bool {
    let t = super::super::chars::plain(t.trim()).into_owned();
    let person = |n: &str| (2..=MAX_NAME_CHARS).contains(&n.chars().count()) && n.chars().all(han);
    let post = |p: &str| (2..=MAX_POST_CHARS).contains(&p.chars().count()) && p.chars().all(|c| han(c) || c == '、') && !p.ends_with('、');
    if let Some(inner) = t.strip_suffix(['）', ')'])
        && let Some(open) = inner.find(['（', '('])
    {
        return person(&inner[..open]) && post(&inner[open..].trim_start_matches(['（', '(']));
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // (a two-character name letter-spaced to the width of three: `沈 岗`)
    let (name, rest) = match words.as_slice() {
        [a, b, rest @ ..] if a.chars().count() == 1 && b.chars().count() == 1 => (format!("{a}{b}"), rest),
        [a, rest @ ..] => (a.to_string(), rest),
        [] => return false,
    };
    person(&name) && rest.len() == 1 && post(rest[0])
}

/// A person's name is at most this long; where they serve, this long.
const MAX_NAME_CHARS: usize = 4;
const MAX_POST_CHARS: usize = 20;

/// A line a bullet opens (`  • 主座大殿封閉…`), as the page wrote it.
fn bulleted(raw: &str) -> bool {
    let t = raw.trim_start();
    ["• ", "● ", "▪ ", "•\u{3000}", "●\u{3000}"].iter().any(|b| t.starts_with(b))
}

/// Does line `tb` continue `ta` over a blank line? Not an attached document's head (its title,
/// its 题注, its speaker), not a card's number, not a finished sentence; a short line, or one
/// ending in an enumeration comma or a comma however long (a PDF's text copied with a blank line
/// after each of its lines).
fn joins_over_blank(ta: &str, tb: &str) -> bool {
    let own_line = ends_like_title(ta) || super::head::is_subtitle(ta) || super::head::speaker_line(ta);
    let comma_end = ta.trim_end().ends_with(['、', '，', ',']);
    !own_line
        && !card_number(ta)
        && !card_number(tb)
        && (comma_end || ta.chars().count() <= BLANK_JOIN_CHARS)
        && !ends_sentence(ta)
        && !(ta.ends_with('”') && ta.contains('“'))
}

/// A line at most this long that ends no sentence goes on over a blank line.
const BLANK_JOIN_CHARS: usize = 40;

/// In a Markdown page, lines join as Markdown joins them (no blank line between), except that a
/// numbered line, a piece of an input line or an attachment label stands on its own.
fn md_joins(page: &Page, a: usize, b: usize, blank: bool) -> bool {
    let (la, lb) = (&page.lines[a], &page.lines[b]);
    if number_alone(&la.text) && !blank {
        return true;
    }
    !blank
        && la.origin != lb.origin
        && super::headings::numbered_heading(&la.text).is_none()
        && existing_number(&lb.text).is_none()
        && !is_attachment_label(&la.text)
        && !is_attachment_label(&lb.text)
        && markdown_start(&lb.raw).is_none()
        && !is_setext_underline(page, b + 1)
}

/// What Markdown block a line opens, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MdStart {
    Table,
    Quote,
    List,
    Fence,
    Heading,
}

fn markdown_start(raw: &str) -> Option<MdStart> {
    let t = raw.trim_start();
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if t.starts_with('|') {
        Some(MdStart::Table)
    } else if t.starts_with('>') {
        Some(MdStart::Quote)
    } else if t.starts_with("```") || t.starts_with("~~~") {
        Some(MdStart::Fence)
    } else if t.starts_with("* ")
        || t.starts_with("- ")
        || t.starts_with("+ ")
        || digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
    {
        Some(MdStart::List)
    } else if t.starts_with('#') && t.trim_start_matches('#').starts_with(' ') {
        Some(MdStart::Heading)
    } else {
        None
    }
}

fn is_setext_underline(page: &Page, i: usize) -> bool {
    page.lines.get(i).is_some_and(|l| {
        let t = l.raw.trim();
        t.len() >= 3 && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
    })
}

/// The end (exclusive) of the Markdown block that starts at `i`, if it starts one.
fn markdown_block(page: &Page, i: usize) -> Option<usize> {
    let n = page.lines.len();
    if is_setext_underline(page, i + 1) && page.lines[i].is_text() {
        return Some(i + 2);
    }
    let kind = markdown_start(&page.lines[i].raw)?;
    let continues = |j: usize| {
        let l = &page.lines[j];
        match kind {
            MdStart::Table => l.raw.trim_start().starts_with('|'),
            MdStart::Quote => l.raw.trim_start().starts_with('>'),
            MdStart::List => l.class != Class::Blank && (markdown_start(&l.raw) == Some(MdStart::List) || l.indent >= 2),
            MdStart::Fence | MdStart::Heading => false,
        }
    };
    if kind == MdStart::Fence {
        let close = (i + 1..n).find(|&j| page.lines[j].raw.trim_start().starts_with("```") || page.lines[j].raw.trim_start().starts_with("~~~"));
        return Some(close.map_or(n, |c| c + 1));
    }
    let mut end = i + 1;
    while end < n && (continues(end) || !page.lines[end].is_text() && page.lines[end].class != Class::Blank && end + 1 < n && continues(end + 1)) {
        end += 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<Vec<usize>> {
        let page = super::super::lines::read(text);
        let kept = vec![false; page.lines.len()];
        group(&page, &kept).into_iter().map(|u| u.lines).collect()
    }

    #[test]
    fn english_lines_end_with_their_sentence_and_a_switch_of_language_parts_them() {
        let u = units(
            "Dear Parents,\nAs announced by the EDB on 4 January, 2021, classes are suspended.\nThanks for your attention.\nYours faithfully,\nHong Chi Morninghope School, Tuen Mun\n本校於2020年12月23日晚上接獲通知，本校一名教師初步確診。\n",
        );
        assert_eq!(u, [vec![0, 1], vec![2], vec![3, 4], vec![5]]);
        // (a Chinese line wrapped with a name in Latin letters in it still joins)
        let u = units("本次会议邀请了来自Microsoft的专家，以及来自\n各高校的学者参加讨论，会议取得圆满成功。\n");
        assert_eq!(u, [vec![0, 1]]);
        let u = units("去年全市安全生产形势总体平稳，The city also signed a cooperation agreement with\nSichuan University on emergency research.\n");
        assert_eq!(u, [vec![0, 1]]);
    }

    #[test]
    fn a_letters_greeting_alone_on_its_line_is_not_run_into_the_text() {
        let u = units("尊敬的玩家,\n您好\n感謝您一直以來對我們遊戲的支持。因公司業務調整，我們遺憾地宣布遊戲將終止運營。\n");
        assert_eq!(u.last(), Some(&vec![2]), "{u:?}");
    }

    #[test]
    fn each_bulleted_item_opens_its_own_paragraph() {
        let u = units("苑方作出以下調整——\n  • 主座大殿封閉,停止對外開放至另行通告;\n  • 藥師殿、觀音殿等範圍同時停止開放;\n  • 金剛會及年度藥師燈維持。\n");
        assert_eq!(u, [vec![0], vec![1], vec![2], vec![3]]);
        // (a wrapped line under an item goes on with it)
        let u = units("  • 主座大殿封閉,停止對外開放至另行通告,以及\n藥師殿範圍同時停止開放。\n");
        assert_eq!(u, [vec![0, 1]]);
    }

    #[test]
    fn the_pages_byline_removed_between_two_lines_parts_them() {
        let text =
            "17:01:57 来源:信阳新闻网 欢迎订阅手机报 3元/月 不收GPRS流量费\n信阳日报客户端记者 马依钒\n25日,记者从两大汽车客运站了解到,多条客运班线已停发。\n";
        let mut page = super::super::lines::read(text);
        page.residue(1, Reason::PageMetadata);
        let kept = vec![false; page.lines.len()];
        let u: Vec<Vec<usize>> = group(&page, &kept).into_iter().map(|u| u.lines).collect();
        assert_eq!(u, [vec![0], vec![2]]);
    }

    #[test]
    fn a_closing_formula_is_never_the_tail_of_the_line_above() {
        let u = units("值班電話：高速交警0833-2497122（晝夜24小時）\n特此公告\n邮 编：518035\n特此通知。\n");
        assert_eq!(u, [vec![0], vec![1], vec![2], vec![3]]);
    }

    #[test]
    fn a_partys_particular_starts_its_own_line() {
        let u = units("地址：河南省周口市川汇区大庆路与女娲路交叉口东 500 米路南（三川酒业院内）2 号\n法定代表人 ：胡亚楠\n");
        assert_eq!(u, [vec![0], vec![1]]);
    }

    #[test]
    fn names_one_a_line_over_blank_lines_stay_apart_though_a_mirror_put_pinyin_after_them() {
        let u = units("二、承辦單位\n\n高郵市委宣傳部\n\n高郵市文聯(lián)\n\n三、協(xié)辦單位\n");
        assert_eq!(u, [vec![0], vec![2], vec![4], vec![6]]);
    }

    #[test]
    fn a_line_over_the_moved_addressee_never_joins_the_text_under_it() {
        // (the short line over a blank goes on as a wrapped line would, but not past the
        // addressee between them, which went to the front matter)
        let mut page = super::super::lines::read("安全提示\n\n尊敬的客户：\n\n近期我行接到客户反映，不法分子以小额贷款为由诱骗客户。\n");
        page.moved(2, super::super::super::page::Field::Addressee);
        let kept = vec![false; page.lines.len()];
        let u: Vec<Vec<usize>> = group(&page, &kept).into_iter().map(|u| u.lines).collect();
        assert_eq!(u, [vec![0], vec![4]]);
    }

    #[test]
    fn a_paragraph_whose_input_line_went_on_with_a_moved_note_ends_there() {
        let s = "希望受到表彰的行业协会再接再厉，在今后的工作中取得更大成绩，为我市经济建设作出新贡献。";
        // a table's bars make the page Markdown-like, where lines without a blank between join
        let text = format!(
            "|||||||||\n|||||||||\n关于表彰2010年度先进工贸行业协会的决定\n各行业协会: {s} {s} 附件:2010年度先进行业协会名单\n二○\n1、常州市车辆、轨道交通行业协会 2、常州市医药行业协会\n"
        );
        let mut page = super::super::lines::read(&text);
        let note = page.lines.iter().position(|l| l.text.starts_with("附件")).unwrap();
        page.moved(note, crate::import::page::Field::Attachments);
        let kept = vec![false; page.lines.len()];
        let u: Vec<Vec<usize>> = group(&page, &kept).into_iter().map(|u| u.lines).collect();
        assert!(u.contains(&vec![note - 1]) && u.contains(&vec![note + 1]), "the cut date joined the last paragraph: {u:?}");
    }

    #[test]
    fn a_line_opening_with_the_rest_of_a_cut_word_joins_the_item_above() {
        let u =
            units("2、各部门人员负责各自办公区域的卫生清扫，要求卫生无死角、厕所无异\n味、窗户清洁明亮、窗台无尘土、物品摆放整齐、楼门口及墙外无乱张贴物。\n");
        assert_eq!(u, [vec![0, 1]]);
        // an item numbered by a numeral stands alone
        assert!(!cut_word("乙、窗户清洁明亮") && !cut_word("一、总体要求") && cut_word("事、高级管理人员"));
    }

    #[test]
    fn a_cards_number_and_a_row_of_names_stand_apart_from_the_lines_around_them() {
        let u = units("01\n\n门诊一楼\n\n门诊大厅、急诊科、电梯厅\n\n02\n\n门诊五楼（暂未搬迁）\n");
        assert!(u.contains(&vec![0]) && u.contains(&vec![6]), "{u:?}");
        assert_eq!(units("主席团成员 各代表组组长 全体院领导\n希望参加会议的人员，非特殊情况不要请假。\n"), [vec![0], vec![1]]);
        assert_eq!(units("张三 李四 王五 赵六\n孙七 周八 吴九\n"), [vec![0, 1]], "names wrapped onto a second row");
    }

    #[test]
    fn a_long_line_ending_in_a_comma_goes_on_over_a_blank_line() {
        let text = "阁下如对本通函之任何内容或应采取之行动有任何疑问，应咨询阁下之注册证券商、持牌证券交易商、\n\n银行经理、律师、专业会计师或其他专业顾问。\n";
        assert_eq!(units(text), [vec![0, 2]]);
        let text = "阁下如对本通函之任何内容或应采取之行动有任何疑问，应咨询阁下之注册证券商或持牌证券交易商。\n\n银行经理、律师、专业会计师或其他专业顾问。\n";
        assert_eq!(units(text), [vec![0], vec![2]]);
    }

    #[test]
    fn hard_wrapped_lines_join_and_numbered_lines_stand_alone() {
        assert_eq!(
            units(
                "（一）开展主题宣讲活动。各县要围绕活动主题讲授一次安全公开\n课，结合典型事故案例，讲清楚形势、\n存在的问题和措施。\n1.企业要带头自查；\n2.部门要暗查暗访。\n"
            ),
            vec![vec![0, 1, 2], vec![3], vec![4]]
        );
    }

    #[test]
    fn a_long_numbered_line_broken_inside_a_word_goes_on_and_a_heading_does_not() {
        // a print wrapped at a fixed width the page does not show (its other lines vary)
        let text = "3.MPA教育指导委员会组织委员和专家根据初选结果进\n行评审，评选出当年度MPA优秀论文。\n4.评选结果公示20天后为有效\n";
        assert_eq!(units(text), vec![vec![0, 1], vec![2]]);
        // a heading ends its line where a word ends
        assert_eq!(units("一、进一步加强组织领导和统筹协调工作\n各单位要高度重视，认真抓好落实。\n"), vec![vec![0], vec![1]]);
        // a short heading is never joined by a word the dictionary sees by chance
        assert_eq!(units("一、清理范圍\n網上銀行和手機銀行賬戶兩年內未發生業務的。\n"), vec![vec![0], vec![1]]);
    }

    #[test]
    fn numbered_lines_as_wide_as_the_wrapped_lines_near_them_go_on_under_a_letters_header() {
        // a 函's header fields, one short line each, keep the page's wrap from showing; the
        // wrapped lines around the items show it
        let text = "受文者:本部國教署學安組\n發文日期:中華民國110年5月24日\n速別:最速件\n說明:\n\
            二、有關畢業典禮部分,依前開函示,各高級中等以下學校及\n幼兒園應延後或暫停辦理;若需辦理,建議採線上轉播方\n式辦理。\n\
            三、110年5月19日中央流行疫情指揮中心已公布為加強相關防\n疫措施,提升全國疫情警戒至第三級,請全國民眾持續落\n實遵循並配合現行三級警戒管制措施。\n\
            四、考量當前疫情尚仍嚴峻,請各高級中等以下學校、幼兒園\n畢業典禮配合停辦;若需辦理則請學生以線上方式參與,\n避免不必要之移動、活動或集會。\n";
        let u = units(text);
        assert_eq!(&u[4..], [vec![4, 5, 6], vec![7, 8, 9], vec![10, 11, 12]]);
        // a label's line as wide as them goes on too
        let subject =
            "主旨:因應中央流行疫情指揮中心宣布全國疫情警戒均提升為第\n三級,為持續落實防疫工作,請各高級中等以下學校、幼\n兒園畢業典禮配合停辦,請查照。\n";
        let u = units(&text.replace("說明:\n", &format!("{subject}說明:\n")));
        assert_eq!(u[3], vec![3, 4, 5]);
        // headings over one-line paragraphs show no wrap: each stands alone
        let text =
            "一、加强组织领导，明确工作责任分工\n各单位要高度重视，认真抓好落实。\n二、强化宣传引导，营造良好社会氛围\n各单位要广泛宣传，形成浓厚氛围。\n";
        assert_eq!(units(text), [vec![0], vec![1], vec![2], vec![3]]);
    }

    #[test]
    fn a_numbered_line_that_ends_in_an_enumeration_comma_goes_on() {
        let text = "一、同意撤销陇南地区和武都县，设立地级陇南市。市人民政府驻新设立的武都\n区城关镇。\n三、陇南市辖原陇南地区的成县、文县、富昌县、康县、西和县、礼县、徽县、\n两当县和新设立的武都区。\n";
        assert_eq!(units(text), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn an_attached_documents_title_subtitle_and_speaker_stand_alone_over_blank_lines() {
        let head = "附件1\n\n关于《议事规则（修订草案）》的说明\n\n——2023年3月28日在省十四届人大常委会第二次会议上\n\n省人大常委会秘书长  李德新\n\n主任、各位副主任、秘书长、各位委员：\n";
        assert_eq!(units(head), vec![vec![0], vec![2], vec![4], vec![6], vec![8]]);
    }

    #[test]
    fn a_headline_over_its_story_stands_alone_and_a_broken_sentence_joins() {
        let story = "人才是高校改革发展的核心问题和头等大事\n教育部党组书记、部长周济近日在直属高校咨询委员会全体会议上强调，要认真学习贯彻会议精神。\n";
        assert_eq!(units(story), vec![vec![0], vec![1]]);
        // a sentence a link broke after a few words goes on joining
        assert_eq!(units("根据\n有关规定，现将有关事项通知如下。\n"), vec![vec![0, 1]]);
        // a quotation closed within the headline leaves it a headline
        let quoted = "“紅星美凱龍董事長車建新被舉報”傳言實為虛假信息網絡謠言\n日前，在微博、微信等自媒體渠道出現相關傳言。對此，我公司嚴正聲明，我公司是一家誠實守信、規範經營的家居建材流通業企業，網上相關傳言嚴重失實、純屬捏造。\n";
        assert_eq!(units(quoted), vec![vec![0], vec![1]]);
    }

    #[test]
    fn a_date_alone_ends_its_line_and_opens_its_own_under_a_signer() {
        assert_eq!(units("我们将在此道路上追求平稳共同发展。\n2018年10月16日\n北京趣出行科技有限公司\n"), vec![vec![0], vec![1], vec![2]]);
        assert_eq!(units("按自动退学处理。\n太阳成集团tyc234cc\n2012年11月01日\n"), vec![vec![0], vec![1], vec![2]]);
        // a date inside a broken sentence still joins it
        assert_eq!(units("会议定于2018年10月16日\n召开。\n"), vec![vec![0, 1]]);
    }

    #[test]
    fn a_plans_clause_numbers_each_open_a_line() {
        // a 预案's contents: `2.2 …职责` over a blank line and `2.3 …` are two entries
        let toc = "2.2 县粮食应急工作指挥部职责\n\n2.3 县粮食应急工作指挥部办公室职责\n\n3 预警监测\n";
        assert_eq!(units(toc), vec![vec![0], vec![2], vec![4]]);
        // a clause heading over its text
        assert_eq!(units("1.1编制目的\n\n为做好水旱灾害突发事件防范与处置工作，制定本预案。\n"), vec![vec![0], vec![2]]);
        // a decimal inside a sentence is no clause number
        assert_eq!(units("增长了\n2.5个百分点。\n"), vec![vec![0, 1]]);
    }

    #[test]
    fn an_item_that_lost_its_numeral_and_an_issue_line_stand_alone() {
        assert_eq!(units("一、申请用地单位：黄陂区人民政府\n\n、征收土地位置李家集街\n"), vec![vec![0], vec![2]]);
        assert_eq!(units("〔2024〕第5期\n\n2024年5月23日上午，区长主持召开常务会议。\n"), vec![vec![0], vec![2]]);
    }

    #[test]
    fn a_numbered_label_and_its_short_value_end_their_line() {
        assert_eq!(units("三、建设年限：2007年-2008年\n请据此批复做好开工前的准备工作。\n"), vec![vec![0], vec![1]]);
        // a long value wraps on
        assert_eq!(units("（三）投票方式：本次股东大会所采用的表决方式是现场投票和网络投票相结\n合的方式\n"), vec![vec![0, 1]]);
    }

    #[test]
    fn a_meeting_records_label_stands_apart_from_its_names() {
        assert_eq!(
            units("主席\n\n柯文哲\n\n出席\n\n\n彭振聲、蔡炳坤、黃珊珊、陳志銘、林育鴻、李得全、簡哲宏、周台竹\n"),
            vec![vec![0], vec![2], vec![4], vec![7]]
        );
    }

    #[test]
    fn a_number_alone_joins_its_text() {
        assert_eq!(units("一、\n总体要求\n正文。\n"), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn markdown_tables_and_quotes_are_blocks() {
        let t = "# 标题\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n> 理由：一。\n\n> 二。\n\n正文。\n";
        let page = super::super::lines::read(t);
        assert!(page.markdownish);
        let kept = vec![false; page.lines.len()];
        let g = group(&page, &kept);
        let kinds: Vec<UnitKind> = g.iter().map(|u| u.kind).collect();
        assert_eq!(kinds, vec![UnitKind::Markdown, UnitKind::Markdown, UnitKind::Markdown, UnitKind::Markdown, UnitKind::Text]);
        assert_eq!(g[1].lines, vec![2, 3, 4]);
    }

    #[test]
    fn tab_parted_rows_of_one_width_are_a_table() {
        let t = "获奖名单如下：\n序号\t姓名\t单位\n1\t张三\t第一中学\n2\t李四\t\n特此通知。\n";
        let page = super::super::lines::read(t);
        let g = group(&page, &vec![false; page.lines.len()]);
        assert_eq!(g[1].kind, UnitKind::FlatTable(CellRule::Tabs));
        assert_eq!(g[1].lines, vec![1, 2, 3]);
        // a row wider than the head, or a stray tab in one line: no table
        for t in ["甲\t乙\n丙\t丁\t戊\n", "他说\t好。\n正文。\n"] {
            let page = super::super::lines::read(t);
            assert!(group(&page, &vec![false; page.lines.len()]).iter().all(|u| !matches!(u.kind, UnitKind::FlatTable(_))), "{t}");
        }
    }

    #[test]
    fn pipe_rows_without_a_delimiter_line_are_a_table() {
        let t = "一、含义\n| 项目 | 内容说明 |\n| 定义 | 拟录取名单是初步拟定的录取名单。 |\n｜阶段｜一般出现在初审、复试等环节。｜\n二、流程\n";
        let page = super::super::lines::read(t);
        let g = group(&page, &vec![false; page.lines.len()]);
        assert_eq!(g.iter().map(|u| (u.kind, u.lines.clone())).collect::<Vec<_>>()[1], (UnitKind::FlatTable(CellRule::Pipes), vec![1, 2, 3]));
        // one row alone, a one-cell row, bars inside a sentence, more columns than folio sets:
        // no table
        let wide = format!("|{}\n", " 甲 |".repeat(MAX_FLAT_COLUMNS + 1)).repeat(2);
        for t in [wide.as_str(), "| 项目 | 说明 |\n正文。\n", "| 我也说两句 |\n| 评论 |\n", "甲|乙|丙\n丁|戊|己\n"] {
            let page = super::super::lines::read(t);
            assert!(group(&page, &vec![false; page.lines.len()]).iter().all(|u| !matches!(u.kind, UnitKind::FlatTable(_))), "{t}");
        }
        assert_eq!(CellRule::Pipes.cells("| 甲 |  | 丙 |"), Some(vec!["甲", "", "丙"]));
        assert!(is_delimiter_cell(":--:") && !is_delimiter_cell("--a") && !is_delimiter_cell("::"));
    }

    #[test]
    fn a_list_of_names_one_a_line_is_not_a_wrapped_paragraph() {
        // a blank line between short names, and names without one
        assert_eq!(units("某某县人民法院\n\n某某县人民检察院\n\n某某县林业局\n"), vec![vec![0], vec![2], vec![4]]);
        assert_eq!(units("甲镇人民政府\n乙镇人民政府\n希望受表彰的单位发扬成绩，戒骄戒躁，再创佳绩。\n"), vec![vec![0], vec![1], vec![2]]);
        // an attached document's title over its first paragraph
        assert_eq!(units("某某县乡村振兴实施方案\n为认真贯彻落实有关会议精神，结合我县实际，制定本方案。\n"), vec![vec![0], vec![1]]);
    }

    #[test]
    fn a_groups_members_one_a_line_with_where_they_serve_are_items_of_a_list() {
        assert_eq!(units("何伟森(市市政局)\n钟超(市发展计划局)\n陈锐康（市财政局）\n"), vec![vec![0], vec![1], vec![2]]);
        assert_eq!(units("陈鸿起 自治区交通运输厅厅长\n沈 岗 自治区副主席\n"), vec![vec![0], vec![1]]);
        assert!(name_entry("秦如培 自治区党委常委、自治区常务副主席"));
        // a sentence the page broke after a name in brackets goes on
        assert!(!name_entry("根据《传染病防治法》(修订)") && !name_entry("各镇人民政府(区办事处)，市府直属有关单位"));
    }
}
