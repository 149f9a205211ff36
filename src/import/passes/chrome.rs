//! Pass 2, chrome: lines that are page furniture — navigation, breadcrumbs, switchers, print /
//! close / share / QR prompts, counters, scripts and styles, HTML left by the scraper, image
//! placeholders, comment and feedback forms, English section labels, site footers — are
//! removed, each with its reason. Only lines a reader would never print go: anything with a
//! sentence in it stays.

use super::super::chars::{count_digit, fold, han, is_prose, plain, squash, teaser, trim_all};
use super::super::page::{Class, Line, Page, Reason, Visible};
use super::super::rules::*;
use crate::parse::emphasis::is_cjk;

/// Classify every line of the page that is still text.
pub fn run(page: &mut Page) {
    for i in 0..page.lines.len() {
        if page.lines[i].class != Class::Text {
            continue;
        }
        // (a line of marks only, `·` or `****`, shows nothing: said removed, not lost unsaid)
        // (nor does a stray backslash, `\`, an escape a scraper left of an empty element)
        let raw = page.lines[i].raw.trim();
        // (nor a row of arrows pointing at what follows, `↓↓`)
        let marks_only = page.lines[i].vis.text.trim().is_empty() && !raw.is_empty()
            || !raw.is_empty() && raw.chars().all(|c| c == '\\')
            || arrows_only(&page.lines[i].vis.text)
            || table_rule(raw);
        if page.watermark.as_deref() == Some(trim_all(raw)) {
            page.residue(i, Reason::Watermark);
        } else if let Some(r) = line_reason(trim_all(&page.lines[i].raw), &page.lines[i].vis) {
            page.residue(i, r);
        } else if marks_only {
            page.residue(i, Reason::Separator);
        }
    }
    clock_columns(page);
    server_template_code(page);
    attachment_files(page);
    file_names(page);
    split_file_names(page);
    collections(page);
    download_frame(page);
    appended_material(page);
    forum_posts(page);
    member_panels(page);
    member_cards(page);
    forms(page);
    buttons_between_form_lines(page);
    empty_labels(page);
    terms_under_label(page);
    english_captions(page);
    foreign_prompts(page);
    column_names(page);
    column_under_trail(page);
    tab_bars(page);
    dated_items(page);
    dated_title_links(page);
    bracketed_tags(page);
    head_tags_and_trails(page);
    bulleted_trail(page);
    repeated_names(page);
    credits_over_story(page);
    consent_buttons(page);
    interleaved_slogans(page);
    prev_next_links(page);
    interpretation_links(page);
    relative_time_links(page);
    follow_prompt_heads(page);
    qr_popup_pieces(page);
    separators(page);
    menus_over_lines(page);
    second_menu_rows(page);
    empty_attachment_lists(page);
    organisers_over_text(page);
    page_footer(page);
    continued_article(page);
    bracketed_page_number(page);
    counter_remnants(page);
    posts_after_the_end(page);
    leading_date(page);
    source_over_lead(page);
    dialog_titles(page);
    site_name_again(page);
    copied_opening(page);
    event_sponsors(page);
    teasers_on_top(page);
    headline_over_dash_subtitle(page);
}

/// `不忘初心 学好会章` over `——民建市直属五、六支部联合开展活动`: two phrases read as a menu's
/// words, right over a 副题 that opens with a dash — the story's headline, not the site's menu.
fn headline_over_dash_subtitle(page: &mut Page) {
    for i in 0..page.lines.len() {
        if !(page.lines[i].is_text() && super::head::dash_subtitle(&page.lines[i].text)) {
            continue;
        }
        let Some(p) = page.prev_nonblank(i).filter(|&p| page.lines[p].class == Class::Residue(Reason::Navigation)) else { continue };
        let t = page.lines[p].text.trim();
        let phrases =
            t.split_whitespace().count() <= 2 && t.split_whitespace().all(|w| (2..=SHORT_LINE / 2).contains(&w.chars().count()) && w.chars().all(han));
        if phrases {
            page.lines[p].class = Class::Text;
        }
    }
}

/// `引言8月7日,中國航空器材集團…簽署戰略合作協......` over the document's number: the site's
/// teasers for other stories, each cut off with dots, opening the page.
fn teasers_on_top(page: &mut Page) {
    let Some(first) = page.lines.iter().position(Line::is_text) else { return };
    let run: Vec<usize> = (first..page.lines.len())
        .filter(|&i| page.lines[i].class != Class::Blank)
        .take_while(|&i| page.lines[i].is_text() && teaser(&page.lines[i].text))
        .collect();
    // (one such line right over the page's metadata is its headline, trailing off for effect:
    // `李家疃镇从此不“过会”!消息一出,老乡们乐了……` / `时间:2020-03-16 15:32:43`)
    let dated = |i: usize| page.next_nonblank(i).is_some_and(|j| super::metadata::line_fields(&page.lines[j].vis.text).is_some());
    if let &[i] = run.as_slice()
        && dated(i)
    {
        return;
    }
    for i in run {
        page.residue(i, Reason::RelatedLinks);
    }
}

/// `主办单位：中国长丝织造协会` over `1、召开…会员大会，审议…章程。`: an event's organiser named in
/// the text, which goes on under it (an item, a paragraph of prose) — not the site's footer,
/// which only short lines follow.
fn organisers_over_text(page: &mut Page) {
    // (one role a line: a site's footer names its 主办 and 承办 on one, `主办:…办公室承办:…中心`)
    // (read in simplified forms: `主辦單位:`)
    let role = |t: &str| {
        let t = fold(t.trim());
        let rest = SPONSOR_ROLES.iter().find_map(|r| t.strip_prefix(r));
        let labelled = rest.map(|r| r.strip_prefix("单位").unwrap_or(r)).is_some_and(|r| r.trim_start().starts_with(['：', ':']));
        labelled && SPONSOR_ROLES.iter().map(|r| t.matches(r).count()).sum::<usize>() == 1
    };
    let goes_on = |l: &Line| {
        let sentence = is_prose(&l.text) && (l.chars() > FOOTER_FRAGMENT || l.text.trim_end().ends_with('。'));
        l.is_text() && (sentence || super::headings::family(l.text.trim()).is_some())
    };
    // (beside the footer's other lines, `晉ICP備…號`, `…版權所有`, they are the site's own)
    let footer = |l: &Line| (l.class == Class::Residue(Reason::SiteFooter) && !role(&l.text)) || fold(&l.text).contains("版权所有");
    let n = page.lines.len();
    let beside_footer: Vec<bool> = (0..n).map(|i| (i.saturating_sub(2)..(i + 3).min(n)).any(|k| footer(&page.lines[k]))).collect();
    // (read from the end once: a page of thousands of such lines is read in one pass)
    let mut text_after = false;
    for i in (0..page.lines.len()).rev() {
        if text_after && page.lines[i].class == Class::Residue(Reason::SiteFooter) && role(&page.lines[i].text) && !beside_footer[i] {
            page.lines[i].class = Class::Text;
        }
        text_after |= goes_on(&page.lines[i]);
    }
}

/// `（一）主办：共青团…委员会` over `承办：…学院团总支`: an event's organisers listed in the text
/// (its numbered line kept), not the site's footer, which a kept line never heads.
fn event_sponsors(page: &mut Page) {
    let role = |t: &str| {
        let t = t.trim();
        let t = super::headings::family(t).map_or(t, |(_, len)| &t[len..]);
        SPONSOR_ROLES.iter().any(|r| t.strip_prefix(r).is_some_and(|rest| rest.trim_start().starts_with(['：', ':'])))
    };
    for i in 1..page.lines.len() {
        let footer = page.lines[i].class == Class::Residue(Reason::SiteFooter) && role(&page.lines[i].text);
        if footer && page.prev_nonblank(i).is_some_and(|p| page.lines[p].is_text() && role(&page.lines[p].text)) {
            page.lines[i].class = Class::Text;
        }
    }
}

/// `10:00` / `12:30` / `16:00`: clock times a line each, one after the other, are a timetable's
/// column (a page's posting time stands alone), and so the text's.
fn clock_columns(page: &mut Page) {
    let clock = |page: &Page, k: usize| page.lines[k].class == Class::Residue(Reason::PageMetadata) && is_clock_time(page.lines[k].text.trim());
    let clocks: Vec<usize> = (0..page.lines.len()).filter(|&i| clock(page, i)).collect();
    for i in clocks {
        let beside = |j: Option<usize>| j.is_some_and(|j| clock(page, j) || page.lines[j].is_text() && is_clock_time(page.lines[j].text.trim()));
        if beside(page.prev_nonblank(i)) || beside(page.next_nonblank(i)) {
            page.lines[i].class = Class::Text;
        }
    }
}

/// `↓↓`, `▼ ▼ ▼`: a row of two arrows or pointers or more, nothing else.
fn arrows_only(t: &str) -> bool {
    let arrow = |c: char| matches!(c as u32, 0x2190..=0x21FF | 0x27F0..=0x27FF | 0x2900..=0x297F | 0x2B00..=0x2BFF) || "▲▼△▽►◄▶◀☞☜☝☟".contains(c);
    let t = t.trim();
    // (one arrow alone is a flow chart's, between its steps)
    let arrows = t.chars().filter(|c| arrow(*c)).count();
    arrows >= 2 && t.chars().count() <= MAX_ARROWS && t.chars().all(|c| arrow(c) || c.is_whitespace())
}

/// `---|`: the rule under a one-column Markdown table's head (a headline a scraper set as
/// one), which shows nothing. (A rule of two cells or more, `|---|---|`, is a real table's:
/// its rows are read with it.)
fn table_rule(t: &str) -> bool {
    let cells = t.split('|').filter(|c| !c.trim().is_empty()).count();
    cells == 1 && t.contains('|') && t.contains("---") && t.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '))
}

/// A row of arrows has at most this many characters.
const MAX_ARROWS: usize = 12;

/// `近日，国家电网公司电子商务平台…公布了…` over the head of a listed company's 公告, the same
/// paragraph again under it: the page's summary, a copy of the text's own paragraph, opens the
/// page without a label.
fn copied_opening(page: &mut Page) {
    let Some(i) = (0..page.lines.len()).find(|&i| page.lines[i].is_text()) else { return };
    let line = squash(&page.lines[i].text);
    if page.lines[i].chars() <= SHORT_LINE || !is_prose(&page.lines[i].text) {
        return;
    }
    if (i + 1..page.lines.len()).any(|k| page.lines[k].is_text() && squash(&page.lines[k].text) == line) {
        page.residue(i, Reason::Lead);
    }
}

/// `山西健杰律师事务所 - … 山西律师事务所,长治律师事务所,…` (the page's title and keywords) /
/// `设为首页` / `山西健杰律师事务所`: the site's name the page's title opened with, shown again
/// as its masthead over the document.
fn site_name_again(page: &mut Page) {
    let Some(first) = page.lines.iter().position(|l| l.class == Class::Residue(Reason::PageMetadata) && site_keywords(l.text.trim())) else { return };
    let line = page.lines[first].text.trim();
    let name = line.split(" - ").next().unwrap_or(line).trim().to_string();
    for i in first + 1..page.lines.len().min(first + 1 + SITE_NAME_WINDOW) {
        if page.lines[i].is_text() && page.lines[i].text.trim() == name {
            page.residue(i, Reason::Navigation);
        }
    }
}

/// How far under the page's title its site's name may stand again.
const SITE_NAME_WINDOW: usize = 8;

/// `提示` over `您即将离开…网站` / `确定 取消`: the title of a script's dialog.
fn dialog_titles(page: &mut Page) {
    for i in 0..page.lines.len() {
        let title = page.lines[i].is_text() && DIALOG_TITLES.contains(&page.lines[i].text.trim());
        if title && page.next_nonblank(i).is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Script)) {
            page.residue(i, Reason::Script);
        }
    }
}

/// What a script's dialog is titled.
const DIALOG_TITLES: &[&str] = &["提示", "温馨提示", "提示信息", "系统提示"];

/// `红网溆浦站` over `红网溆浦站7月31日讯（记者…）…`: a news site's name alone, repeated as the
/// first words of the story's lead with the day after it — the site's byline, not a line of text.
fn source_over_lead(page: &mut Page) {
    for i in 0..page.lines.len() {
        let t = page.lines[i].text.trim();
        let name = page.lines[i].is_text() && (2..=SOURCE_NAME_CHARS).contains(&t.chars().count()) && t.chars().all(|c| c.is_alphanumeric());
        if !name {
            continue;
        }
        let Some(j) = (i + 1..page.lines.len()).take(SOURCE_LEAD_GAP).find(|&j| page.lines[j].is_text() && page.lines[j].text.contains(char::is_alphanumeric))
        else {
            continue;
        };
        let lead = page.lines[j].text.trim().strip_prefix(t).map(str::trim_start);
        if lead.is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)) && r.chars().take(12).any(|c| c == '讯' || c == '电')
        }) {
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// A news site's name over its story's lead is at most this long.
const SOURCE_NAME_CHARS: usize = 12;
/// The lead stands at most this many lines under it (past the post's stamp and blank lines).
const SOURCE_LEAD_GAP: usize = 6;

/// `2022-09-14` alone as the page's first line, over the text: the date the page was posted
/// (a document's own date stands under its signature or in its 题注, never over everything).
fn leading_date(page: &mut Page) {
    let Some(first) = (0..page.lines.len()).find(|&i| page.lines[i].class != Class::Blank) else { return };
    let dated = page.lines[first].is_text() && super::super::chars::is_date_line(&page.lines[first].text);
    if dated && page.next_nonblank_text(first).is_some() {
        page.residue(first, Reason::PageMetadata);
    }
}

/// `(3)` as the page's last line: the number of the printed page the text was copied from (an
/// item's number never ends a document). So is a bare `1` under the last sentence: the pager's
/// page (a table's last cell stands under no full stop).
fn bracketed_page_number(page: &mut Page) {
    let Some(last) = (0..page.lines.len()).rev().find(|&i| page.lines[i].is_text()) else { return };
    let t: String = page.lines[last].text.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = t.strip_prefix(['(', '（']).and_then(|x| x.strip_suffix([')', '）']));
    let number = |n: &str, digits: usize| !n.is_empty() && n.len() <= digits && n.chars().all(|c| c.is_ascii_digit());
    // (not under a numbered item: `2、…。` over `3` is the next item, cut off)
    let under_stop = page.prev_nonblank(last).is_some_and(|p| {
        let above = &page.lines[p].text;
        page.lines[p].is_text() && above.trim_end().ends_with(['。', '！', '!']) && crate::style::numbering::existing_number(above.trim()).is_none()
    });
    if inner.is_some_and(|n| number(n, 3)) || number(&t, 2) && under_stop {
        page.residue(last, Reason::PageNumber);
    }
}

/// `次` alone under the posting time (`2024-12-10 16:47:27`): a views counter whose number the
/// scrape lost.
fn counter_remnants(page: &mut Page) {
    for i in 0..page.lines.len() {
        let posting = |p: usize| matches!(page.lines[p].class, Class::Residue(Reason::PageMetadata | Reason::Counter));
        if page.lines[i].is_text() && COUNTER_UNITS.contains(&page.lines[i].text.trim()) && page.prev_nonblank(i).is_some_and(posting) {
            page.residue(i, Reason::Counter);
        }
    }
}

/// `中心示` / `二零二二年一月二十五日` / `27 次查看` / `最新文章` / `查看全部` / other posts: a
/// blog's list of its latest posts under the document's dated end — every line after the list's
/// label is the list's.
fn posts_after_the_end(page: &mut Page) {
    let label = |l: &Line| {
        l.class == Class::Residue(Reason::RelatedLinks) && FURNITURE_PHRASES.iter().any(|(w, r)| *r == Reason::RelatedLinks && fold(l.text.trim()) == *w)
    };
    let dated_end = |at: usize| {
        let mut above = (0..at).rev().filter(|&k| page.lines[k].is_text()).take(END_DATE_LOOKBACK);
        above.any(|k| super::super::chars::is_date_line(&page.lines[k].text))
    };
    let Some(at) = (0..page.lines.len()).find(|&i| label(&page.lines[i]) && dated_end(i)) else { return };
    for i in at + 1..page.lines.len() {
        if page.lines[i].is_text() {
            page.residue(i, Reason::RelatedLinks);
        }
    }
}

/// The document's date stands among the last this many lines of text over a list of posts.
const END_DATE_LOOKBACK: usize = 3;

/// An e-paper's disclosure page opens with the end of the announcement the page before began
/// (`（上接605版）`): that text, up to the next announcement's `证券代码：…` line, is another
/// document's.
fn continued_article(page: &mut Page) {
    let turn =
        |l: &super::super::page::Line| l.class == Class::Residue(Reason::PageNumber) && l.text.trim().starts_with(['（', '(']) && l.text.contains("上接");
    let Some(m) = page.lines.iter().position(turn) else { return };
    let header = |t: &str| ["证券代码", "股票代码"].iter().any(|w| t.contains(w));
    let Some(h) = (m + 1..page.lines.len()).find(|&i| page.lines[i].is_text() && header(&page.lines[i].text)) else { return };
    for i in m + 1..h {
        if page.lines[i].is_text() {
            page.residue(i, Reason::AnotherDocument);
        }
    }
}

fn has_sentence_end(t: &str) -> bool {
    t.contains(['。', '！', '？'])
}

/// `附件: 1.…先进集体名单.docx` over `2.…先进个人名单.docx`: numbered file names under an
/// attachment note are its names, not the page's download links (so are `附件二：….doc` under
/// `附件一：…`).
fn attachment_files(page: &mut Page) {
    let mut under_note = false;
    // (a list's number alone on its line, `1.` over its file, keeps the list going)
    let mut after_number = false;
    for i in 0..page.lines.len() {
        let l = &page.lines[i];
        if l.class == Class::Blank {
            continue;
        }
        // (or labelled each, `附件二：…联系电话.doc` under `附件一：…简介表.xls`)
        // (or bulleted, `• …名单.doc` under `附件:`)
        let numbered_file = l.class == Class::Residue(Reason::PageLink)
            && (after_number || l.text.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '附') || l.raw.trim_start().starts_with(LIST_BULLETS));
        if under_note && numbered_file {
            page.lines[i].class = Class::Text;
            after_number = false;
            continue;
        }
        let number = l.text.trim().trim_end_matches(['.', '、', '．']);
        after_number =
            under_note && l.is_text() && number.len() < l.text.trim().len() && (1..=2).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit());
        under_note = after_number || l.is_text() && l.text.trim_start().starts_with("附件") && l.text.contains(['：', ':']);
    }
}

/// Bullets a page sets before the items of a list of links.
const LIST_BULLETS: [char; 4] = ['•', '·', '●', '▪'];

/// A hosting site shows a file's name (`…文种式样.docx`) and then the same name alone as a
/// heading: the name without its extension is the site's too.
fn file_names(page: &mut Page) {
    let stems: Vec<(usize, String)> = (0..page.lines.len())
        .filter(|&i| page.lines[i].class == Class::Residue(Reason::PageLink))
        .filter_map(|i| {
            let t = &page.lines[i].text;
            super::super::chars::file_stem(t).map(|stem| (i, stem.to_string()))
        })
        .collect();
    if stems.is_empty() {
        return;
    }
    let first_prose =
        (0..page.lines.len()).find(|&i| page.lines[i].is_text() && super::super::chars::is_prose(&page.lines[i].text)).unwrap_or(page.lines.len());
    for i in 0..first_prose {
        // only a name shown above it: a title above its own file's download link is the title
        // (and so is one under the document's own head, `苏中会〔2013〕49号`, which the file
        // shows: the link's name came first, the document's title is its own)
        let shown = |at: usize| (at + 1..i).all(|j| !page.lines[j].is_text());
        if page.lines[i].is_text() && stems.iter().any(|(at, s)| *at < i && *s == page.lines[i].text && shown(*at)) {
            page.residue(i, Reason::PageLink);
        }
    }
}

/// `防疫_中心特別安排20220125` over `.pdf`: a file's link that the page wrapped before its
/// extension — the name's line is the link's too (an extension alone is one already).
fn split_file_names(page: &mut Page) {
    for i in 0..page.lines.len() {
        let bare = page.lines[i].class == Class::Residue(Reason::PageLink) && super::super::chars::file_stem(&page.lines[i].text) == Some("");
        let Some(p) = page.prev_nonblank(i).filter(|&p| bare && page.lines[p].is_text()) else { continue };
        let name = page.lines[p].text.trim();
        if name.chars().count() <= MAX_FILE_NAME_CHARS && !name.contains(char::is_whitespace) && !has_sentence_end(name) && !name.contains(['，', ',']) {
            page.residue(p, Reason::PageLink);
        }
    }
}

/// A file's name that a page wraps is at most this long.
const MAX_FILE_NAME_CHARS: usize = 40;

/// `第一篇` alone, `篇2:标题`, `第2篇：`: the marker of one piece in a model-text site's
/// collection of several documents.
fn piece_marker(t: &str) -> bool {
    let t = t.trim();
    let numeral = |s: &str| !s.is_empty() && s.chars().all(count_digit);
    if let Some(r) = t.strip_prefix('第').and_then(|r| r.split_once('篇')) {
        return numeral(r.0) && (r.1.is_empty() || r.1.starts_with([':', '：']));
    }
    t.strip_prefix('篇').and_then(|r| r.split_once([':', '：'])).is_some_and(|(n, _)| numeral(n))
}

/// A collection of documents on one page (`篇1:` … `篇2:` …): the document is the first
/// piece. What stands above its marker (the collection's title, its date) is the site's, and
/// everything from the second marker on is another document.
fn collections(page: &mut Page) {
    let mut markers: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text() && piece_marker(&page.lines[i].text)).collect();
    if markers.is_empty() {
        markers = numbered_pieces(page);
    }
    let Some(&first) = markers.first() else { return };
    let prose_above = (0..first).any(|i| page.lines[i].is_text() && super::super::chars::is_prose(&page.lines[i].text));
    if prose_above {
        return;
    }
    for i in 0..=first {
        if page.lines[i].is_text() {
            page.residue(i, Reason::Collection);
        }
    }
    if let Some(&second) = markers.get(1) {
        for i in second..page.lines.len() {
            if page.lines[i].is_text() {
                page.residue(i, Reason::AnotherDocument);
            }
        }
    }
}

/// `安徽省政府会议纪要三篇` over `安徽省政府会议纪要一` … `安徽省政府会议纪要二`: a collection
/// titled by its count, whose pieces are marked by its stem and a numeral.
fn numbered_pieces(page: &Page) -> Vec<usize> {
    let numeral = |s: &str| !s.is_empty() && s.chars().all(count_digit);
    let stem = page.lines.iter().filter(|l| l.is_text()).find_map(|l| {
        let head = l.text.trim().strip_suffix('篇')?;
        let n = head.chars().rev().take_while(|c| count_digit(*c)).count();
        let stem: String = head.chars().take(head.chars().count() - n).collect();
        (n > 0 && stem.chars().filter(|c| han(*c)).count() >= 4).then_some(stem)
    });
    let Some(stem) = stem else { return Vec::new() };
    (0..page.lines.len())
        .filter(|&i| page.lines[i].is_text() && page.lines[i].text.trim().strip_prefix(stem.as_str()).is_some_and(|r| numeral(r.trim_start_matches('篇'))))
        .collect()
}

/// A download prompt above the text and the same prompt again after it: the second closes
/// the document, and the lines after it are another article the site runs on.
fn download_frame(page: &mut Page) {
    let is_frame =
        |p: &Page, i: usize| matches!(p.lines[i].class, Class::Residue(Reason::PageLink)) && DOWNLOAD_FRAMES.iter().any(|w| p.lines[i].text.contains(w));
    let Some(top) = (0..page.lines.len()).find(|&i| is_frame(page, i)) else { return };
    let is_prose = |p: &Page, i: usize| p.lines[i].is_text() && super::super::chars::is_prose(&p.lines[i].text);
    let Some(body) = (top..page.lines.len()).find(|&i| is_prose(page, i)) else { return };
    let Some(close) = (body..page.lines.len()).find(|&i| is_frame(page, i) && page.lines[i].text == page.lines[top].text) else { return };
    for i in close + 1..page.lines.len() {
        if page.lines[i].is_text() {
            page.residue(i, Reason::AnotherDocument);
        }
    }
}

/// `扩展资料：` alone after the text: a question-and-answer site's reading it appends under the
/// answer (a law's articles, an encyclopedia's entry). It and all after it are no part of the
/// document the answer copied.
fn appended_material(page: &mut Page) {
    let label = |t: &str| APPENDED_MATERIAL_LABELS.contains(&fold(t.trim().trim_end_matches(['：', ':'])).as_ref());
    let prose_above = |i: usize| (0..i).any(|k| page.lines[k].is_text() && super::super::chars::is_prose(&page.lines[k].text));
    let Some(at) = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && label(&page.lines[i].text) && prose_above(i)) else { return };
    for i in at..page.lines.len() {
        if page.lines[i].is_text() {
            page.residue(i, Reason::AnotherDocument);
        }
    }
}

/// What a question-and-answer site heads the reading it appends under an answer with.
const APPENDED_MATERIAL_LABELS: &[&str] = &["扩展资料", "拓展资料"];

/// Forum posts: the thread's header line is metadata; a post header after the text opens a
/// reader's reply, which runs to the next chrome line.
fn forum_posts(page: &mut Page) {
    let is_post = |t: &str| t.contains("发表于") && FORUM_POST_MARKS.iter().any(|m| t.contains(m)) || bare_post_header(t);
    // (a thread's headline over the first post may shout, `曲靖人注意！…可燃放烟花爆竹！`: text
    // opens with a sentence that ends)
    // (or a long line with a stop in it, whatever label opens it: `使用外挂封停规则:…。…`)
    let sentence = |t: &str| t.contains(['。', '；', ';']) && (super::super::chars::is_prose(t) || t.chars().count() >= POST_TEXT_CHARS);
    let first_prose = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && sentence(&page.lines[i].text));
    for i in 0..page.lines.len() {
        // (a bare header may have been read as a byline already)
        let byline = page.lines[i].class == Class::Residue(Reason::PageMetadata);
        if !(page.lines[i].is_text() || byline) || !is_post(&page.lines[i].text) {
            continue;
        }
        if first_prose.is_none_or(|p| i < p) {
            page.residue(i, Reason::PageMetadata);
            continue;
        }
        page.residue(i, Reason::Reply);
        // (past the blank lines a page sets between the header and the reply)
        let mut j = i + 1;
        while j < page.lines.len() && (page.lines[j].is_text() || page.lines[j].class == Class::Blank && page.next_nonblank_text(j).is_some()) {
            if page.lines[j].is_text() {
                page.residue(j, Reason::Reply);
            }
            j += 1;
        }
    }
}

/// `笑红尘 发表于 2023-6-1 07:07:08`: a forum post's header with no marks after it — the poster's
/// name and when, nothing else.
fn bare_post_header(t: &str) -> bool {
    let Some((name, when)) = t.trim().split_once("发表于") else { return false };
    let name = name.trim();
    let stamp = when.trim();
    (1..=POSTER_NAME_CHARS).contains(&name.chars().count())
        && !has_sentence_end(name)
        && stamp.chars().all(|c| c.is_ascii_digit() || "-/: .".contains(c))
        && super::super::chars::find_date(stamp).is_some()
}

/// A line of a post's text with a stop in it is at least this long (a headline is shorter).
const POST_TEXT_CHARS: usize = 60;
/// A poster's name before `发表于` is at most this long.
const POSTER_NAME_CHARS: usize = 16;

/// A forum member's profile panel: three counts or more, one to a line (`- 积分:3812`,
/// `- 帖子:0`, `- 粉丝:`), and the panel's heading over them (`基础资料`).
fn member_panels(page: &mut Page) {
    let stat = |page: &Page, j: usize| page.lines[j].is_text() && member_stat(&page.lines[j].text);
    let mut i = 0;
    while i < page.lines.len() {
        if !stat(page, i) {
            i += 1;
            continue;
        }
        let run: Vec<usize> = (i..page.lines.len()).take_while(|&j| !page.lines[j].is_text() || stat(page, j)).filter(|&j| page.lines[j].is_text()).collect();
        // (a panel the page left half loaded: some count empty; a rules text gives every one)
        let unloaded = run.iter().any(|&j| page.lines[j].text.trim_end().ends_with(['：', ':']));
        if run.len() < MEMBER_PANEL_LINES || !unloaded {
            i = run[run.len() - 1] + 1;
            continue;
        }
        let heading = page.prev_nonblank(run[0]).filter(|&h| {
            let t = page.lines[h].text.trim();
            page.lines[h].is_text() && (1..=PANEL_HEADING_CHARS).contains(&t.chars().count()) && t.chars().all(han)
        });
        for j in heading.into_iter().chain(run.iter().copied()) {
            page.residue(j, Reason::MemberPanel);
        }
        i = run[run.len() - 1] + 1;
    }
}

/// A poster's card beside a forum post (Discuz! and the like): counts and their words one to a
/// line (`218` / `主题` / `278` / `帖子`), two pairs at least, with the rank and level lines
/// around them (`金牌会员`, `Rank: 6Rank: 6`, `积分` / `1246`).
fn member_cards(page: &mut Page) {
    let count = |page: &Page, j: usize| page.lines[j].is_text() && card_count(page.lines[j].text.trim());
    let word = |page: &Page, j: usize| page.lines[j].is_text() && MEMBER_STATS.contains(&page.lines[j].text.trim());
    let mut i = 0;
    while i < page.lines.len() {
        // (a card opens with a count: most lines are read no further)
        if !count(page, i) {
            i += 1;
            continue;
        }
        let texts: Vec<usize> = (i..page.lines.len()).filter(|&j| page.lines[j].class != Class::Blank).take(4).collect();
        let pairs = texts.len() == 4 && count(page, texts[0]) && word(page, texts[1]) && count(page, texts[2]) && word(page, texts[3]);
        if !pairs {
            i += 1;
            continue;
        }
        // (a word run into its count ends the card too: `积分1246`)
        let glued = |t: &str| MEMBER_STATS.iter().any(|w| t.strip_prefix(w).is_some_and(card_count));
        let card = |page: &Page, j: usize| {
            let t = page.lines[j].text.trim();
            page.lines[j].class == Class::Blank || count(page, j) || word(page, j) || rank_line(t) || page.lines[j].is_text() && glued(t)
        };
        let end = (texts[0]..page.lines.len()).find(|&j| !card(page, j)).unwrap_or(page.lines.len());
        let start = (0..texts[0]).rev().take_while(|&j| card(page, j)).last().unwrap_or(texts[0]);
        // (on a forum's page: a rank on the card, or a post's header; a report's figures over
        // their words are the text's)
        let ranked = (start..end).any(|j| rank_line(page.lines[j].text.trim()));
        let forum = page.lines.iter().any(|l| l.text.contains("发表于") && FORUM_POST_MARKS.iter().any(|m| l.text.contains(m)));
        if !ranked && !forum {
            i = end;
            continue;
        }
        for j in start..end {
            if page.lines[j].is_text() {
                page.residue(j, Reason::MemberPanel);
            }
        }
        i = end;
    }
}

/// A count on a poster's card: digits alone (`1246`, `3.2万`).
fn card_count(t: &str) -> bool {
    let digits = t.trim_end_matches(['万', 'k', 'K', 'w', 'W']);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.') && digits.chars().filter(char::is_ascii_digit).count() <= 8
}

/// A poster's rank or level on a forum's card: `金牌会员`, `版主`, `Rank: 6Rank: 6`.
fn rank_line(t: &str) -> bool {
    let ranked = t.chars().count() <= RANK_CHARS && t.chars().all(han) && MEMBER_RANKS.iter().any(|r| t.ends_with(r));
    let level = t.strip_prefix("Rank:").is_some_and(|r| r.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "Rank:".contains(c)));
    ranked || level
}

/// What a forum's member ranks end with (`注册会员`, `金牌会员`, `论坛元老`, `新手上路`).
const MEMBER_RANKS: &[&str] = &["会员", "版主", "元老", "新手上路", "管理员", "會員"];
/// A member's rank is at most this long.
const RANK_CHARS: usize = 6;

/// A member panel's heading (`基础资料`, `个人信息`) is at most this long.
const PANEL_HEADING_CHARS: usize = 6;

/// `- 积分:3812`, `粉丝：`: a member's count and its number, if any.
fn member_stat(t: &str) -> bool {
    let t = t.trim_start_matches(['-', '•', '·', '*', ' ']);
    let Some((label, value)) = t.split_once(['：', ':']) else { return false };
    MEMBER_STATS.contains(&label.trim()) && value.trim().chars().all(|c| c.is_ascii_digit())
}

/// `团结·奋进·文明·和谐`: a site's motto — short words joined by middle dots and nothing else.
/// (A list in the text names its items with 、 or a comma.)
fn motto(t: &str) -> bool {
    let words: Vec<&str> = t.trim().split(['·', '•', '・', '▪']).map(str::trim).collect();
    words.len() >= MOTTO_WORDS && words.iter().all(|w| (2..=4).contains(&w.chars().count()) && w.chars().all(han))
}

/// A motto joins at least this many words.
const MOTTO_WORDS: usize = 3;

/// Why a line is page chrome, if it is. `r` is the trimmed line, `v` what a reader sees of it.
pub fn line_reason(r: &str, v: &Visible) -> Option<Reason> {
    // (read without a mirror's pinyin: `原標(biāo)題:…`)
    let text = plain(&v.text);
    links_and_images(v)
        .or_else(|| code(r))
        .or_else(|| page_marker(r))
        .or_else(|| running_head(r))
        .or_else(|| super::super::chars::is_jammer(r).then_some(Reason::Jammer))
        .or_else(|| dated_link(&text))
        .or_else(|| furniture(&text))
        .or_else(|| footer(&text))
        .or_else(|| motto(&text).then_some(Reason::SiteFooter))
        .or_else(|| forum_line(&text))
        .or_else(|| comment_box(&text).then_some(Reason::Form))
        .or_else(|| (posting_stamp(&text) || outlet_stamp(&text) || poster_stamp(&text) || updated_stamp(&text)).then_some(Reason::PageMetadata))
        .or_else(|| sites_label(&text).then_some(Reason::RelatedLinks))
        .or_else(|| reading_time(&text).then_some(Reason::Counter))
        .or_else(|| encyclopedia_lead(&text))
        .or_else(|| newspaper_edition(&text).then_some(Reason::PageMetadata))
        .or_else(|| bilingual_heading(&text))
        .or_else(|| site_banner(&text).then_some(Reason::SiteBanner))
        .or_else(|| navigation(&text))
        .or_else(|| chrome_cells(&text))
}

/// `发表` between a comment box's prompts: a button of the box (a word or two, the box's lines
/// on both sides). So is a page's button (`评论` between the trail and `分享`) with chrome on
/// both sides.
fn buttons_between_form_lines(page: &mut Page) {
    for i in 0..page.lines.len() {
        let form = |j: Option<usize>| j.is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Form));
        let chrome = |j: Option<usize>| j.is_some_and(|j| matches!(page.lines[j].class, Class::Residue(_)));
        if page.lines[i].is_text() && page.lines[i].chars() <= BUTTON_CHARS && form(page.prev_nonblank(i)) && form(page.next_nonblank(i)) {
            page.residue(i, Reason::Form);
        } else if page.lines[i].is_text() && button_word(&page.lines[i].text) && chrome(page.prev_nonblank(i)) && chrome(page.next_nonblank(i)) {
            page.residue(i, Reason::Share);
        }
    }
}

/// A button's label is at most this long (`发表`, `提交评论`).
const BUTTON_CHARS: usize = 4;

/// `2022-04-23 07:32 莱州人民医院微信公号阅读 (75686) 扫描到手机`: a post's stamp — its date and
/// clock time first, then the account and its counters, no sentence. (The channel's name may
/// open it, run into the date: `社会热点2022-10-24 23:39:38未知`.)
fn posting_stamp(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(date), Some(clock)) = (words.next(), words.next()) else { return false };
    // (the publisher and the label glued before the date: `國家能源局發布時間:2021-11-30 00:00:00`)
    let labelled = date.split_once([':', '：']).filter(|(label, _)| {
        label.chars().count() <= POSTING_LABEL_CHARS && label.chars().all(han) && ["发布时间", "发布日期"].iter().any(|l| label.ends_with(l))
    });
    let date = labelled.map_or(date, |(_, d)| d);
    // (a site's clock has seconds, a sentence's time has none: `会议2022-10-24 09:30召开`)
    let seconds = clock.matches(':').count() == 2;
    let channel = date.chars().take_while(|&c| han(c)).count();
    let named = seconds && channel <= POSTING_CHANNEL_CHARS && !date.chars().nth(channel.saturating_sub(1)).is_some_and(|c| "于在至从到自为是".contains(c));
    let date = if named { date.trim_start_matches(han) } else { date };
    // (the author after the clock, run into it: `23:39:38未知`)
    let author = clock.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
    let clock = if seconds && author.chars().all(han) { &clock[..clock.len() - author.len()] } else { clock };
    let words = std::iter::once(author).chain(words);
    let rest: String = words.collect();
    let dated = super::super::chars::is_date_line(date) && date.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c)) || month_day(date);
    dated && super::super::chars::is_clock(clock) && rest.chars().count() <= POSTING_REST_CHARS && !rest.contains(['。', '，', '；'])
}

/// A publisher's name and a posting label glued before a posting date are at most this long.
const POSTING_LABEL_CHARS: usize = 16;

/// `本篇文章238字，读完约1分钟`, `预计阅读时间 5 分钟`: the time a page says its story takes to
/// read — a count in minutes after a word of reading, no sentence.
fn reading_time(t: &str) -> bool {
    let t = fold(t.trim());
    let Some(at) = READING_WORDS.iter().filter_map(|w| t.find(w)).min() else { return false };
    let rest = &t[at..];
    // (what comes before is the page's count of the story's characters, or nothing: `试题阅读时间
    // 2分钟` times an exam)
    let before = t[..at].trim();
    let counted = before.is_empty() || before == "预计" || before.ends_with(['，', ',']) && before.contains('字');
    if !counted {
        return false;
    }
    let minutes = rest.find("分钟").is_some_and(|m| rest[..m].chars().any(|c| c.is_ascii_digit()));
    minutes && t.chars().count() <= READING_TIME_CHARS && !t.contains('。') && rest.trim_end().ends_with("分钟")
}

/// A reading-time line is at most this long.
const READING_TIME_CHARS: usize = 30;

/// `2020-04-03 本站小编 0`: the day a site's own account posted a page, and its hits.
fn poster_stamp(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let [date, poster, rest @ ..] = words.as_slice() else { return false };
    let iso = super::super::chars::is_date_line(date) && date.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c));
    let count = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    iso && SITE_POSTERS.iter().any(|p| poster.eq_ignore_ascii_case(p)) && rest.len() <= 1 && rest.iter().all(count)
}

/// `应城网 2012-12-2 |`: the outlet that posted a story and the day it did, nothing else (a
/// table's bar aside); or any short name and the very second it posted
/// (`大众报业·齐鲁壹点 2026-03-16 16:06:58`).
fn outlet_stamp(t: &str) -> bool {
    let t = t.trim().trim_matches(['|', '｜']).trim();
    let Some((outlet, date)) = t.split_once(char::is_whitespace) else { return false };
    // (a brand after a middle dot: `大众报业·齐鲁壹点`, its characters counted)
    let n = outlet.chars().filter(|c| han(*c)).count();
    let short_name = (2..=MAX_STORY_OUTLET_CHARS).contains(&n) && outlet.chars().all(|c| han(c) || c == '·');
    let date = date.trim();
    let (day, clock) = date.split_once(char::is_whitespace).map_or((date, ""), |(d, c)| (d, c.trim()));
    let day_only = |d: &str| super::super::chars::is_date_line(d) && d.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c));
    let media = MEDIA_ENDINGS.iter().any(|e| outlet.ends_with(e));
    short_name && day_only(day) && (clock.is_empty() && media || is_clock_time(clock))
}

/// `07-31` (before a clock: `07-31 15:33`): a post's day without its year.
/// `科发院网站:`, `相关网址：`: a label over a site's links, its colon and nothing after it.
fn sites_label(t: &str) -> bool {
    let Some(name) = t.trim().strip_suffix([':', '：']) else { return false };
    let n = name.chars().count();
    // (`请登录以下网站：` tells the reader what to do)
    let instruction = INSTRUCTION_WORDS.iter().any(|w| name.contains(w));
    (2..=SITES_LABEL_CHARS).contains(&n) && name.chars().all(han) && SITE_LINK_WORDS.iter().any(|w| name.ends_with(w)) && !instruction
}

/// A label over a site's links is at most this long (`科发院网站`).
const SITES_LABEL_CHARS: usize = 10;
/// What a label over a site's links ends with.
const SITE_LINK_WORDS: &[&str] = &["网站", "网址"];
/// Words that make a line ending so an instruction to the reader (`请登录以下网站：`).
const INSTRUCTION_WORDS: &[&str] = &["以下", "下列", "如下", "请"];

/// `13/09/2020 更新`: a date, then the word for what the site did on it (`2019-05-10 发布` may
/// be a standard's cover, over its `2019-12-01 实施`).
fn updated_stamp(t: &str) -> bool {
    let t = t.trim();
    let Some(date) = STAMP_WORDS.iter().find_map(|w| t.strip_suffix(w)) else { return false };
    !date.trim().is_empty() && super::super::chars::is_date_line(date.trim())
}

/// What a site says it did on the date before (`更新`).
const STAMP_WORDS: &[&str] = &["更新", "updated", "Updated"];

fn month_day(t: &str) -> bool {
    let Some((m, d)) = t.split_once(['-', '/']) else { return false };
    let num = |s: &str, max: u32| (1..=2).contains(&s.len()) && s.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    num(m, 12) && num(d, 31)
}

/// A channel's name run into a post's date is at most this long.
const POSTING_CHANNEL_CHARS: usize = 4;

/// What follows a post's stamp is at most this long.
const POSTING_REST_CHARS: usize = 40;

/// `还没有评论,快来抢沙发吧!`, `已有0人参与,点击查看更多精彩评论`, `最热评论`: a comment box's
/// prompts and tabs — short, no sentence of their own, one of the box's cues in them.
fn comment_box(t: &str) -> bool {
    !document_numbered(t) && t.chars().count() <= COMMENT_BOX_CHARS && !t.contains('。') && COMMENT_BOX_CUES.iter().any(|c| t.contains(c))
}

/// `《内蒙古日报》2016年5月31日02版`, `《人民日报》（2023年06月02日 第 04 版）`: the paper a story
/// was printed in, its date and page — a repost's credit, not the story's.
fn newspaper_edition(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((paper, rest)) = t.strip_prefix('《').and_then(|r| r.split_once('》')) else { return false };
    let rest = rest.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let edition = rest.chars().all(|c| c.is_ascii_digit() || "年月日第版-/.".contains(c));
    paper.ends_with(['报', '報']) && paper.chars().count() <= 12 && edition && rest.contains('年') && super::super::chars::find_date(rest).is_some()
}

/// `demoslot | 下一页`: a row of cells each a paging link, a menu word or a lower-case tag —
/// never a table's row (`| 06:30 | 18:00 |`, `| Name | Company |`).
fn chrome_cells(t: &str) -> Option<Reason> {
    if t.trim_start().starts_with(['|', '｜']) {
        return None;
    }
    let cells: Vec<&str> = t.split(['|', '｜']).map(str::trim).filter(|c| !c.is_empty()).collect();
    let tag = |c: &str| c.len() >= 4 && c.chars().all(|x| x.is_ascii_lowercase());
    let reason = |c: &str| {
        let paging = PREV_NEXT_LABELS.contains(&c).then_some(Reason::PageLink);
        paging.or_else(|| tag(c).then_some(Reason::EnglishLabel)).or_else(|| navigation(c))
    };
    let reasons: Vec<Reason> = cells.iter().filter_map(|c| reason(c)).collect();
    (cells.len() >= 2 && reasons.len() == cells.len()).then(|| reasons[0])
}

/// `I 相关 / Other`, `热点 / Hot`: a site's section heading in Chinese and English (a few Han
/// characters, a slash, an English word or two; a bullet letter may lead).
fn bilingual_heading(t: &str) -> Option<Reason> {
    // `通知公告/NOTICE`, or a space between (`会议 meeting`)
    let (zh, en) = t.split_once('/').or_else(|| t.trim().split_once(char::is_whitespace))?;
    let zh = zh.trim().trim_start_matches(|c: char| c.is_ascii_uppercase() && !zh.trim().chars().all(|d| d.is_ascii())).trim();
    let en = en.trim();
    let zh_ok = (2..=6).contains(&zh.chars().count()) && zh.chars().all(super::super::chars::han);
    let en_ok = (2..=20).contains(&en.len()) && en.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') && en.starts_with(|c: char| c.is_ascii_alphabetic());
    (zh_ok && en_ok).then_some(Reason::Navigation)
}

/// `开原市人民政府 The People's Government of Kaiyuan Municipality`: a site's banner, the
/// organ's name and its English name on one line. (A letterhead sets its English name on a
/// line of its own, under the Chinese one.)
fn site_banner(t: &str) -> bool {
    let Some(at) = t.find(|c: char| c.is_ascii_alphabetic()) else { return false };
    let (zh, en) = (t[..at].trim(), t[at..].trim());
    let words = en.split_whitespace().count();
    let english = words >= BANNER_ENGLISH_WORDS && en.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '\'' || c == '’');
    english && en.starts_with(|c: char| c.is_ascii_uppercase()) && zh.chars().all(han) && super::super::chars::looks_like_org(zh)
}

/// A site's banner gives its English name in at least this many words.
const BANNER_ENGLISH_WORDS: usize = 3;

/// `《陕西省人民政府办公厅关于表彰…的通报》是陕西省人民政府办公厅发布的通报。`: an online
/// encyclopedia's lead sentence over the document it shows: the title in book-title marks,
/// then 是, who issued it and its kind.
fn encyclopedia_lead(t: &str) -> Option<Reason> {
    let rest = t.trim().strip_prefix('《')?;
    let (title, said) = rest.split_once("》是")?;
    let said = said.strip_suffix('。')?;
    let kind = super::super::rules::KIND_WORDS.iter().any(|k| said.ends_with(k)) || said.ends_with("文件");
    (title.chars().count() >= 8 && said.chars().count() <= 30 && kind && !said.contains(['，', '。'])).then_some(Reason::Editorial)
}

/// A forum thread's furniture (`只看楼主收藏回复`, `0回复贴，共1`, `关注：247贴子：2,979`) and a
/// post's footer (`来自Android客户端1楼2016-02-15 16:11回复`: floor, time, reply button).
fn forum_line(t: &str) -> Option<Reason> {
    let t = t.trim_start_matches(['•', '·', ' ']);
    if t.chars().count() > 40 {
        return None;
    }
    if let Some((_, reason)) = FORUM_MARKS.iter().find(|(m, _)| t.contains(m)) {
        return Some(*reason);
    }
    // (`马上注册荣耀渭南网，结交…`: the site's name may follow the invitation)
    let invited = |r: &str| {
        r.find([',', '，']).is_some_and(|k| {
            let name = &r[..k];
            name.is_empty() || name.chars().count() <= SITE_NAME_IN_PROMPT_CHARS && ["网", "论坛", "社区"].iter().any(|e| name.ends_with(e))
        })
    };
    if t.strip_prefix(SIGN_UP_PROMPT.0).is_some_and(|r| invited(r) && SIGN_UP_PROMPT.1.iter().any(|w| r.contains(w))) {
        return Some(Reason::Form);
    }
    if FORUM_FLOORS.contains(&t.trim()) {
        return Some(Reason::PageMetadata);
    }
    let floor = t.char_indices().any(|(at, c)| c == '楼' && t[..at].chars().next_back().is_some_and(|d| d.is_ascii_digit()));
    (floor && t.ends_with("回复") && super::super::chars::find_date(t).is_some()).then_some(Reason::Reply)
}

/// A site's name between a forum's `马上注册` and the comma is at most this long.
const SITE_NAME_IN_PROMPT_CHARS: usize = 10;

/// `Page 48 - 政协 第3期`, `P. 48`: the head and the number a flip-book's page of text prints
/// (its HTML export, `basic-html/page48.html`), never the document's.
fn flip_book_page(r: &str) -> bool {
    let t = r.trim();
    let number = |n: &str| !n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit());
    let headed = t.strip_prefix("Page ").and_then(|x| x.split_once(" - ")).is_some_and(|(n, book)| number(n) && book.chars().count() <= FLIP_BOOK_NAME_CHARS);
    headed || t.strip_prefix("P. ").is_some_and(number)
}

/// A page's notice that it needs scripts is at most this long.
const SCRIPT_NOTICE_CHARS: usize = 80;

/// A flip-book's name in its page head is at most this long.
const FLIP_BOOK_NAME_CHARS: usize = 30;

/// `- 3 -`, `— 3 —`, `第3页`: the page numbers of a document copied from its print, and the
/// `（此页无正文）` a print sets on a page that holds only the signature.
/// `1 2`, `1 2 3 4 5`: a list page's pager — page numbers from one, each one more, spaced apart.
fn pager(r: &str) -> bool {
    let numbers: Vec<Option<u32>> = r.split_whitespace().map(|w| w.parse().ok().filter(|_| w.len() <= 3)).collect();
    numbers.len() >= 2 && numbers.iter().enumerate().all(|(k, n)| *n == Some(k as u32 + 1))
}

fn page_marker(r: &str) -> Option<Reason> {
    let t: String = r.chars().filter(|c| !c.is_whitespace()).collect();
    if t.trim_matches(['（', '(', '）', ')']) == "此页无正文" {
        return Some(Reason::PageNumber);
    }
    if newspaper_page(r) || flip_book_page(r) || pager(r) {
        return Some(Reason::PageNumber);
    }
    let inner = t.trim_matches(['-', '—', '–', '－']);
    let dashed = inner.len() < t.len() && t.starts_with(['-', '—', '–', '－']) && t.ends_with(['-', '—', '–', '－']);
    let number = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
    // (`第1頁 共1頁`: a print's page of pages, in either script; folded only when it may be one)
    let one = |x: &str| x.strip_prefix('第').and_then(|x| x.strip_suffix('页')).is_some_and(number);
    let of = |x: &str| x.strip_prefix('共').and_then(|x| x.strip_suffix('页')).is_some_and(number);
    let pages = |f: &str| one(f) || f.find("页共").is_some_and(|at| one(&f[..at + '页'.len_utf8()]) && of(&f[at + '页'.len_utf8()..]));
    let page = t.starts_with('第') && pages(&fold(&t));
    // (`1 共1页`: a pager's current page, then the count)
    let pager = t.split_once('共').is_some_and(|(n, rest)| number(n) && of(&format!("共{}", fold(rest))));
    let page = page || pager;
    ((dashed && !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit())) || page).then_some(Reason::PageNumber)
}

/// A printed periodical's running head, its pieces apart: the issue (`3/2021`, `2021年第3期`),
/// the periodical's name (`大同市人民政府公报`), perhaps a column mark (`·…文件·`) and the page's
/// number; or the column mark alone.
fn running_head(r: &str) -> Option<Reason> {
    let column = |p: &str| {
        let inner = p.strip_prefix('·').and_then(|x| x.strip_suffix('·'));
        inner.is_some_and(|x| (2..=20).contains(&x.chars().count()) && x.chars().all(han))
    };
    let pieces: Vec<&str> = r.split("  ").map(|p| p.trim_matches([' ', '\u{3000}'])).filter(|p| !p.is_empty()).collect();
    if pieces.len() == 1 && column(pieces[0]) {
        return Some(Reason::RunningHead);
    }
    // `3/2021`, `2021/3`, `2021年第3期`, `第3期`
    let issue = |p: &str| {
        let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
        let slashed = p.split_once('/').is_some_and(|(a, b)| digits(a) && digits(b) && (a.len() == 4) != (b.len() == 4) && a.len().max(b.len()) == 4);
        let year = p.split_once('年').map_or(Some(p), |(y, rest)| (y.len() == 4 && digits(y)).then_some(rest));
        let nth = year.and_then(|x| x.strip_prefix('第')).and_then(|x| x.strip_suffix('期')).is_some_and(|n| !n.is_empty() && n.chars().all(count_digit));
        slashed || nth
    };
    let name = |p: &str| p.chars().count() <= 20 && p.chars().all(han) && PERIODICAL_ENDINGS.iter().any(|e| p.ends_with(e));
    let number = |p: &str| p.chars().count() <= 4 && p.chars().all(|c| c.is_ascii_digit());
    let head = (2..=4).contains(&pieces.len())
        && pieces.iter().any(|p| issue(p))
        && pieces.iter().any(|p| name(p))
        && pieces.iter().all(|p| issue(p) || name(p) || column(p) || number(p));
    head.then_some(Reason::RunningHead)
}

/// A newspaper's page: `606版 信息披露  查看版面PDF`, `A12版：要闻` heading an e-paper's page,
/// `（上接605版）`, `（下转B2版）` where an article runs over pages.
fn newspaper_page(r: &str) -> bool {
    // `606`, `A12`, `第3`: the page's name before 版
    let page_name = |n: &str| {
        let n = n.strip_prefix('第').unwrap_or(n);
        let digits = n.trim_start_matches(|c: char| c.is_ascii_uppercase());
        n.len() - digits.len() <= MAX_PAGE_LETTERS && (1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
    };
    // `当前版:04版`: the e-paper's page a story is on
    let t = r.trim();
    let t = t.strip_prefix("当前版").map_or(t, |x| x.trim_start_matches(['：', ':', ' ']));
    let inner = t.strip_prefix(['（', '(']).and_then(|x| x.strip_suffix(['）', ')'])).unwrap_or(t);
    let turn = ["上接", "下转", "接", "转"].iter().any(|w| inner.strip_prefix(w).and_then(|x| x.strip_suffix('版')).is_some_and(page_name));
    let head = t.split([' ', '\u{3000}', '：', ':']).next().and_then(|w| w.strip_suffix('版')).is_some_and(page_name);
    turn && inner.len() < t.len() || head && t.chars().count() <= 30
}

/// A newspaper's page name has at most this many letters before its number (`A12`, `RB02`).
const MAX_PAGE_LETTERS: usize = 2;

/// `关于健康教育资料领取的通知[12-02]`, `[08-18]`: an item of a list of other articles, dated.
fn dated_link(t: &str) -> Option<Reason> {
    let Some(open) = t.rfind(['[', '【', '（', '(']) else { return None };
    let tail = t[open..].trim_matches(['[', ']', '【', '】', '（', '）', '(', ')']);
    let date = (tail.len() == 5 || tail.len() == 10) && tail.chars().all(|c| c.is_ascii_digit() || c == '-') && tail.contains('-');
    let closed = t.ends_with([']', '】', '）', ')']);
    (date && closed && t.chars().count() <= 80).then_some(Reason::RelatedLinks)
}

fn is_nav_word(w: &str) -> bool {
    let w = w.trim_matches(['[', ']', '*', '【', '】', '•', '·']);
    // (a word that opens with one is a link's label — `更多>>`, `English版` — not a sentence:
    // `更多工作将在下周安排，请各单位做好准备。` is the text's)
    // (nor is a label with its value: `登录方式：身份证号+密码登录`)
    let valued = w.split_once(['：', ':']).is_some_and(|(label, value)| !label.is_empty() && !value.trim().is_empty());
    let sentence = w.contains(['，', '。', '；', '！', '？', ',']) || w.chars().count() > MAX_NAV_LABEL_CHARS || valued;
    let opens = |n: &&str| w == *n || !sentence && w.starts_with(n);
    // `学院首页`, `本站首页`, `集团首页`: a home link named for its site
    // (`信息公开相关配套制度的通知`, a title's wrapped half, opens with one but names a document)
    !w.is_empty()
        // (Latin words in any case: `ENGLISH`, `English`)
        && (NAV_WORDS.iter().any(|n| opens(n) || n.is_ascii() && !sentence && w.get(..n.len()).is_some_and(|p| p.eq_ignore_ascii_case(n)))
            || w.ends_with("首页") && w.chars().count() <= 6
            || !sentence && BACK_LINKS.iter().any(|b| fold(w).ends_with(b)))
        && !(w.chars().count() > 8 && super::super::chars::ends_like_title(w))
}

/// A link's label that opens with a navigation word is at most this long.
const MAX_NAV_LABEL_CHARS: usize = 16;

/// A file people download: a link to it is content, never navigation.
fn is_document_link(target: &str) -> bool {
    let t = target.to_ascii_lowercase();
    let t = t.split(['?', '#']).next().unwrap_or("");
    [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".wps", ".ofd", ".txt", ".csv", ".et", ".dps"]
        .iter()
        .any(|e| t.ends_with(e))
}

/// What names an address the text gives (`报名地址 https://…`, `官方网站 http://…`).
const ADDRESS_LABELS: &[&str] = &["地址", "网址", "网站", "链接", "官网", "入口", "平台", "页面", "邮箱"];

/// A spammer's anchor text before its address is at most this long.
const SPAM_ANCHOR_CHARS: usize = 12;

/// Images without text, links without text, lines of navigation links.
fn links_and_images(v: &Visible) -> Option<Reason> {
    // (`![]() |`: a table cell's bar beside it is no text either)
    let bars = v.text.chars().all(|c| c.is_whitespace() || "|｜".contains(c)) && v.links.is_empty();
    if (v.text.is_empty() || bars) && v.images > 0 {
        return Some(Reason::ImagePlaceholder);
    }
    if v.text.chars().all(|c| c.is_whitespace() || "|｜/·•-".contains(c)) && !v.links.is_empty() {
        return Some(Reason::Link);
    }
    if v.only_links && !v.links.iter().any(|(_, u)| is_document_link(u)) {
        let short = |t: &str| t.chars().count() <= 8;
        let page_link = |u: &str| u.starts_with("javascript") || u.starts_with('#');
        if v.links.len() >= 2 && v.links.iter().all(|(t, u)| short(t) || page_link(u))
            || v.links.len() == 1 && (page_link(&v.links[0].1) || is_nav_word(&v.links[0].0))
        {
            return Some(if v.links.iter().all(|(_, u)| page_link(u)) { Reason::PageLink } else { Reason::Navigation });
        }
    }
    None
}

/// Scripts, styles and HTML the scraper left.
/// A line of a template's unfilled `{{…}}` placeholders: every one closed, nothing of the
/// document's words outside them.
fn unfilled_placeholders(r: &str) -> bool {
    let mut rest = r;
    let mut outside = String::new();
    let mut any = false;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else { return false };
        outside.push_str(&rest[..open]);
        rest = &rest[open + close + 2..];
        any = true;
    }
    outside.push_str(rest);
    any && !outside.chars().any(han)
}

fn code(r: &str) -> Option<Reason> {
    if is_server_error(r) {
        return Some(Reason::ServerError);
    }
    let lower = r.to_ascii_lowercase();
    let marked = CODE_MARKERS.iter().any(|m| lower.contains(m));
    if marked && (r.contains(';') || r.contains('(') || r.contains('{') || r.contains('<')) && !r.chars().any(han) {
        return Some(Reason::Script);
    }
    if marked && (r.contains(");") || r.contains("){") || r.contains("});") || r.contains("//div")) {
        return Some(Reason::Script);
    }
    // `0{{catalogNumber[index]}}. {{item.title}}`: a page template's placeholders the browser
    // never filled, no Chinese outside them
    if unfilled_placeholders(r) {
        return Some(Reason::Script);
    }
    // `Your browser does not support JavaScript!`: what a page shows a reader without scripts
    if lower.contains("javascript") && r.chars().count() <= SCRIPT_NOTICE_CHARS && SCRIPT_NOTICE_CUES.iter().any(|c| lower.contains(c)) {
        return Some(Reason::Script);
    }
    // `請更新您的瀏覽器` / `您使用的瀏覽器版本較舊，已不再受支援。…`: a banner the site shows an old
    // browser, opening with its own words (a notice's `请使用360浏览器…报名` is the text's)
    if r.chars().count() <= SCRIPT_NOTICE_CHARS && BROWSER_NOTICE_OPENERS.iter().any(|o| fold(r.trim_start()).starts_with(o)) {
        return Some(Reason::Script);
    }
    if r.chars().all(|c| "{}();,".contains(c) || c.is_whitespace()) {
        return Some(Reason::Script);
    }
    // lone brackets of a split `【返回顶部】` link
    if r.chars().all(|c| "[]【】「」〖〗".contains(c) || c.is_whitespace()) {
        return Some(Reason::PageLink);
    }
    // CSS rules: selector{prop:value;}
    let no_cjk = !r.chars().any(is_cjk);
    if no_cjk
        && (r.contains('{') && r.contains(':') && (r.contains('}') || r.ends_with(';') || r.ends_with('{')) || r.starts_with(['.', '#']) && r.ends_with('{'))
    {
        return Some(Reason::Css);
    }
    let entity = |w: &str| w.starts_with('&') && w.ends_with(';') && w.len() >= 3 && w[1..w.len() - 1].chars().all(|c| c.is_ascii_alphanumeric() || c == '#');
    if r.split_whitespace().all(entity) || no_cjk && r.starts_with('<') && r.ends_with('>') {
        return Some(Reason::Html);
    }
    // a bare address (`//www.pwnwords.com`, `https://…`): a mirror's footer, no text of its own
    let address = ["//", "http://", "https://", "www."].iter().any(|p| r.starts_with(p)) && r.contains('.');
    if no_cjk && address && !r.contains(char::is_whitespace) {
        return Some(Reason::Link);
    }
    // a spammer's anchor text and its address (`白癜风能全愈吗 http://news.39.net/…`): a few words
    // of no sentence, then the address alone
    // (not a site's name and domain, a footer's; nor a label without its colon, `报名地址 https://…`)
    if let Some((words, url)) = r.rsplit_once(char::is_whitespace)
        && ["http://", "https://"].iter().any(|p| url.starts_with(p))
        && url.is_ascii()
        && (2..=SPAM_ANCHOR_CHARS).contains(&words.trim().chars().count())
        && !words.contains(['：', ':', '，', '。', ',', '（', '('])
        && !ADDRESS_LABELS.iter().any(|l| words.trim().ends_with(l))
        && !site_and_domain(r)
    {
        return Some(Reason::Advert);
    }
    // a converter's temporary file (`./tmp/…-html.html`), split off the text it was glued to
    if no_cjk && !r.contains(char::is_whitespace) && r.trim_start_matches('.').starts_with("/tmp/") {
        return Some(Reason::Html);
    }
    None
}

/// A server's error dump the page printed: a known start, a mark of the dump, no Han text.
fn is_server_error(r: &str) -> bool {
    SERVER_ERROR_STARTS.iter().any(|p| r.starts_with(p)) && SERVER_ERROR_MARKS.iter().any(|m| r.contains(m)) && !r.chars().any(han)
}

/// `导语 为全力做好…，保定腰山镇人民政府关于取消南腰山村庙会的通告详情如下。`: a site's summary
/// that introduces the document under it (names it: 关于 and its kind, or hands over with 如下).
/// A news article's own lead paragraph, which introduces no document, stays.
fn site_lead(t: &str) -> bool {
    let Some(rest) = LEAD_LABELS.iter().find_map(|l| t.strip_prefix(l).filter(|r| r.starts_with([' ', '\u{3000}', ':', '：']) || l.ends_with('】'))) else {
        return false;
    };
    let names_document = rest.contains("关于") && KIND_WORDS.iter().any(|k| rest.contains(k));
    names_document || rest.trim_end_matches(['。', '：', ':']).ends_with("如下")
}

/// `明翰范文网 www.tealighting.com`: a site's name and its domain, alone on a line.
fn site_and_domain(t: &str) -> bool {
    let mut parts = t.split_whitespace();
    let (Some(name), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    is_domain(domain) && name.chars().count() <= 12 && name.chars().all(han) && (name.ends_with('网') || name.ends_with("网站"))
}

/// A widget's line around a post: the post's date with its reader count glued to it, a blog's
/// poster, a feedback box's count, a named rule.
fn widget_line(t: &str) -> Option<Reason> {
    // `2015 年 4 月 26 日3740`: the count glued right after the 日 (a table's row parts its cells:
    // `2024年2月8日 35210`)
    let uncounted = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if t.len() - uncounted.len() >= 2 && uncounted.ends_with('日') && super::super::chars::is_date_line(uncounted) {
        return Some(Reason::PageMetadata);
    }
    // `By: davc`: a blog's poster, labelled so
    if t.strip_prefix("By:").is_some_and(|who| {
        let who = who.trim();
        !who.is_empty() && who.chars().count() <= POSTER_CHARS && who.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    }) {
        return Some(Reason::PageMetadata);
    }
    // `0/200`: a feedback box's count of characters typed against its limit
    if t.strip_prefix("0/").and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| BOX_LIMITS.contains(&n)) {
        return Some(Reason::Form);
    }
    // `------分隔线------`: a template's rule, named
    if t.trim_matches(|c: char| "-—–=_─━".contains(c)).trim() == "分隔线" && t.trim() != "分隔线" {
        return Some(Reason::Separator);
    }
    None
}

/// `安徽农垦集团 安徽农垦集团 安徽农垦集团 安徽农垦集团`: one name over and over on a line (the alt
/// texts of a site's logos), and the same name alone beside it — the site's, not the text's.
fn repeated_names(page: &mut Page) {
    for i in 0..page.lines.len() {
        let words: Vec<&str> = page.lines[i].text.split_whitespace().collect();
        let repeated =
            words.len() >= MIN_NAME_REPEATS && words.iter().all(|w| *w == words[0]) && words[0].chars().filter(|c| han(*c)).count() >= MIN_REPEATED_NAME_HANS;
        if !page.lines[i].is_text() || !repeated {
            continue;
        }
        let name = words[0].to_string();
        page.residue(i, Reason::SiteFooter);
        for j in [page.prev_nonblank(i), page.next_nonblank(i)].into_iter().flatten() {
            if page.lines[j].is_text() && page.lines[j].text.trim() == name {
                page.residue(j, Reason::SiteFooter);
            }
        }
    }
}

/// `同意` / `接受 拒絕` right under a cookie notice: the notice's buttons, gone with it.
fn consent_buttons(page: &mut Page) {
    for i in 0..page.lines.len() {
        if page.lines[i].class != Class::Residue(Reason::Consent) {
            continue;
        }
        let mut k = i;
        while let Some(j) = page.next_nonblank(k).filter(|&j| page.lines[j].is_text() && consent_button_line(&page.lines[j].text)) {
            page.residue(j, Reason::Consent);
            k = j;
        }
    }
}

/// A line of a consent notice's buttons only.
fn consent_button_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    !words.is_empty() && words.iter().all(|w| CONSENT_BUTTONS.iter().any(|b| b.eq_ignore_ascii_case(w)))
}

/// `政协联线记者 游思静` under a headline, over the story: a credit to its reporters, the site's
/// byline — not the title. (Below the first sentence a line so worded may be the text's: a list
/// of the year's 优秀通讯员 in a commendation.)
fn credits_over_story(page: &mut Page) {
    let Some(first) = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)) else { return };
    for i in 0..first {
        if page.lines[i].is_text() && super::super::chars::reporter_credit(page.lines[i].text.trim()) {
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// `免费报考咨询 考情随时掌握 尽在粉笔` under every item of a recruitment notice: a slogan of
/// phrases the site sets again and again among the text — an advertisement, not the text's.
fn interleaved_slogans(page: &mut Page) {
    let slogan = |t: &str| {
        let parts: Vec<&str> = t.split_whitespace().collect();
        parts.len() >= 2 && parts.iter().all(|p| (4..=10).contains(&p.chars().count()) && p.chars().all(han))
    };
    let mut seen: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, l) in page.lines.iter().enumerate() {
        if l.is_text() && slogan(l.text.trim()) {
            seen.entry(l.text.trim()).or_default().push(i);
        }
    }
    let ads: Vec<usize> = seen.into_values().filter(|at| at.len() >= MIN_NAME_REPEATS).flatten().collect();
    for i in ads {
        page.residue(i, Reason::Advert);
    }
}

/// A name a line repeats at least this many times is a row of logos.
const MIN_NAME_REPEATS: usize = 3;
/// …and names a site in at least this many Chinese characters (`好 好 好` is a cry).
const MIN_REPEATED_NAME_HANS: usize = 4;

/// A blog poster's name after `By:` is at most this long.
const POSTER_CHARS: usize = 24;
/// The limits a comment or feedback box counts against (`0/200`; `0/100` may be a ratio).
const BOX_LIMITS: &[u32] = &[140, 200, 300, 500, 1000, 2000];
/// Sections a site files its posts under, named whole on a line or after a post's date (a
/// line of their own: `新闻发布会…` is a title, `新闻发布：` a plan's label).
const SECTION_WORDS: &[&str] = &["新闻发布", "最新消息", "新闻公报", "新闻快讯"];
/// A site's zone (`公司治理专区`) is named in at most this many characters before `专区`.
const ZONE_NAME_CHARS: usize = 6;
/// A navigation word names a section after a date when it is at least this long (`通知公告`;
/// `注册`, `登录` are a schedule's steps).
const MIN_SECTION_CHARS: usize = 4;

/// `www.jncul.com`, `https://example.org/`: a site's address alone.
fn is_domain(t: &str) -> bool {
    let domain = t.trim().trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/');
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|l| l.chars().all(|c| c.is_ascii_alphabetic()))
}

/// `欧美杯是什么比赛-nba在线直播免费观看-…|www.jncul.com`: a page's title bar, ending with the
/// site's address after a bar (a hijacked site's spam as often as not). A table's row
/// (`网址 | www.gov.cn`) has a short label or more bars.
fn title_bar(t: &str) -> bool {
    t.rsplit_once(['|', '｜']).is_some_and(|(name, site)| {
        let n = name.trim().chars().count();
        is_domain(site) && (TITLE_BAR_MIN_CHARS..=80).contains(&n) && !name.contains(['|', '｜']) && !has_sentence_end(name)
    })
}

/// A page's title before the bar and the site's address is at least this long.
const TITLE_BAR_MIN_CHARS: usize = 10;

/// `太阳集团…有限公司·百度百科`, `考勤规定_百度文库`: a reference site's tab, an entry's name and
/// the site's after a mark — the site's heading, never the document's.
fn reference_tab(t: &str) -> bool {
    REFERENCE_SITES.iter().any(|site| {
        t.strip_suffix(site).and_then(|name| name.strip_suffix(['·', '_', '-', '|', '｜', ' ', '－'])).is_some_and(|name| {
            let n = name.trim().chars().count();
            (1..=MAX_TAB_ENTRY_CHARS).contains(&n) && !has_sentence_end(name)
        })
    })
}

/// `GMT+8, 2025-3-28 20:36`: a forum's clock in its footer (the time zone, then the date the
/// page was made), or `2025-09-08 HKT 11:59`, a news site's stamp under its headline: the
/// site's, no date of the text.
fn zoned_clock(t: &str) -> bool {
    // `2025-09-08 HKT 11:59`: a news site's stamp, the date, the zone's letters and the time
    let words: Vec<&str> = t.split_whitespace().collect();
    if let [date, zone, time] = words.as_slice() {
        let clock = |w: &str| w.split(':').count() >= 2 && w.split(':').all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
        let letters = (2..=4).contains(&zone.len()) && zone.chars().all(|c| c.is_ascii_uppercase());
        if letters && clock(time) && crate::style::dates::parse_date(date).is_some() {
            return true;
        }
    }
    let Some(rest) = t.trim().strip_prefix("GMT").and_then(|r| r.strip_prefix(['+', '-'])) else { return false };
    let Some((zone, when)) = rest.split_once(',') else { return false };
    (1..=2).contains(&zone.len()) && zone.chars().all(|c| c.is_ascii_digit()) && super::super::chars::find_date(when).is_some() && when.chars().count() <= 24
}

/// An entry's name before a reference site's is at most this long.
const MAX_TAB_ENTRY_CHARS: usize = 60;

/// An image's placeholder, file name, caption or tags.
fn image_line(t: &str) -> Option<Reason> {
    // (an image server's processing query after the name: `01.png?x-oss-process=style/w10`)
    let name = t.split_once('?').filter(|(_, q)| q.contains('=') && !q.contains(char::is_whitespace)).map_or(t, |(n, _)| n);
    let image_file = t.chars().count() <= 80 && IMAGE_FILE_ENDINGS.iter().any(|e| name.to_ascii_lowercase().ends_with(e)) && !name.contains(['：', ':', '。']);
    // (`（资料图片）`: a photo's caption, in whatever brackets)
    let caption = PHOTO_CAPTIONS.contains(&t.trim_start_matches(['(', '（', '[', '【']).trim_end_matches([')', '）', ']', '】']));
    let caption = caption || photo_credit(t);
    // (a forum's rank and medal images as tags: `<image>…</image> <image>…</image>`)
    let lower = t.to_ascii_lowercase();
    let image_tags = lower.starts_with("<image") && lower.trim_end().ends_with("</image>");
    // (an image's path and the alt text a scraper put after it: `…/images/cd8c….jpg 公告`)
    let with_alt = t.split_once(char::is_whitespace).is_some_and(|(path, alt)| {
        // (a file's name before its ending, no label's colon: `照片要求：.jpg/.png 不超过2MB` is none)
        let name = path.rsplit('/').next().unwrap_or("");
        let image = IMAGE_FILE_ENDINGS.iter().any(|e| name.to_ascii_lowercase().ends_with(e) && name.len() > e.len());
        path.contains('/') && !path.contains(['：', ':']) && image && alt.trim().chars().count() <= IMAGE_ALT_CHARS && !has_sentence_end(alt)
    });
    // (`slider image 924`: a slideshow's image, by the widget's name and its number)
    let widget = IMAGE_WIDGETS.iter().any(|w| lower.strip_prefix(w).is_some_and(|n| n.trim().chars().all(|c| c.is_ascii_digit())));
    let placeholder = IMAGE_PLACEHOLDERS.contains(&t) || camera_name(t) || icon_alt(t) || widget;
    (placeholder || caption || lower.starts_with("<img") || image_file || image_tags || with_alt).then_some(Reason::ImagePlaceholder)
}

/// `中央社一手新聞APP Icon中央社一手新聞APP`: an icon's alt text and the label beside it, one
/// name on both sides of the word `Icon`.
fn icon_alt(t: &str) -> bool {
    t.split_once(" Icon").is_some_and(|(alt, label)| !alt.trim().is_empty() && alt.trim() == label.trim())
}

/// `微信图片_20181217123612`, `IMG_4021`: the name a phone or a chat app gave a picture, its
/// ending lost, alone where the picture failed to load.
fn camera_name(t: &str) -> bool {
    IMAGE_NAME_PREFIXES.iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.chars().filter(char::is_ascii_digit).count() >= 4 && rest.chars().all(|c| c.is_ascii_digit() || c == '_' || c == '-'))
    })
}

/// `图/2013年…会议合影`, `图/新华社`: a photo's caption or credit after `图/` (not `图/表标题居中`,
/// `图片/视频作品均可报送`: a text's own words).
fn photo_credit(t: &str) -> bool {
    let Some(rest) = ["图/", "图／", "图片/", "图片／"].iter().find_map(|p| t.strip_prefix(p)) else { return false };
    let shaped = PHOTO_CREDIT_ENDS.iter().any(|e| rest.ends_with(e)) || rest.chars().count() <= PHOTO_CREDIT_CHARS && rest.chars().all(han);
    shaped && t.chars().count() <= PHOTO_CAPTION_CHARS && !has_sentence_end(t)
}

/// How a photo's caption after `图/` ends (`…合影`, `张三 摄`).
const PHOTO_CREDIT_ENDS: [&str; 5] = ["合影", "摄", "供图", "照片", "现场"];

/// A credit after `图/` with no caption's ending is a name of at most this many characters.
const PHOTO_CREDIT_CHARS: usize = 6;

/// A photo's caption after `图/` is at most this long.
const PHOTO_CAPTION_CHARS: usize = 50;

/// The alt text a scraper put after an image's path is at most this long.
const IMAGE_ALT_CHARS: usize = 16;

/// What a site or its platform writes about itself, with words of one of its tables: a hosting
/// notice, an editor's blurb, a cookie or privacy consent notice (a line shorter than
/// [`SITE_NOTICE_CHARS`]).
fn site_notice(t: &str) -> Option<Reason> {
    if t.chars().count() >= SITE_NOTICE_CHARS {
        return None;
    }
    if site_sponsor(t) {
        return Some(Reason::SiteFooter);
    }
    let all = |words: &&[&str]| words.iter().all(|w| t.contains(w));
    HOSTING_NOTICES
        .iter()
        .find(|(w, _)| t.contains(w))
        .map(|(_, r)| *r)
        .or_else(|| EDITOR_BLURBS.iter().any(all).then_some(Reason::Editorial))
        .or_else(|| CONSENT_NOTICES.iter().any(all).then_some(Reason::Consent))
}

/// `中國作家協會主管`, `中共某某县委宣传部主办`: the body a site names as its sponsor or its
/// supervisor, alone on a line with no colon (a notice's `主办单位：…` is its text).
fn site_sponsor(t: &str) -> bool {
    let folded = fold(t.trim());
    let Some(body) = ["主管", "主办"].iter().find_map(|w| folded.strip_suffix(w)) else { return false };
    // (`由市委宣传部主办`, `本次活动由…主办`: a clause of the text)
    body.chars().count() <= SPONSOR_NAME_CHARS && body.chars().all(han) && !body.contains('由') && super::super::chars::looks_like_org(body)
}

/// A site's sponsor named alone on its line is at most this long.
const SPONSOR_NAME_CHARS: usize = 20;

/// How a site labels what other readers of the page went on to read.
const RELATED_READS_ENDINGS: &[&str] = &["的人也看了", "的人还看了", "的人都在看", "的人还喜欢"];

/// That label is at most this long.
const RELATED_READS_CHARS: usize = 16;

/// A site's notice about itself is shorter than this.
const SITE_NOTICE_CHARS: usize = 300;

/// Counters, placeholders, switchers, share prompts, print/close links, related links,
/// breadcrumbs, a publication time alone, an English section label.
fn furniture(t: &str) -> Option<Reason> {
    let n = t.chars().count();
    if counter(t) || reader_count(t) || download_count(t) {
        return Some(Reason::Counter);
    }
    if let Some(r) = site_notice(t) {
        return Some(r);
    }
    if let Some(r) = site_line(t) {
        return Some(r);
    }
    if n < 300 && FOLLOW_PROMPTS.iter().any(|(label, words)| t.starts_with(label) && words.iter().all(|w| t.contains(w))) {
        return Some(Reason::Share);
    }
    if site_lead(t) {
        return Some(Reason::Editorial);
    }
    if n <= 16 && HOME_LINKS.iter().any(|(a, b)| t.starts_with(a) && t.ends_with(b)) {
        return Some(Reason::PageLink);
    }
    // a link line that repeats the title and ends with its download button
    if n < 120 && !has_sentence_end(t) && DOWNLOAD_BUTTONS.iter().any(|w| without_bulleted_size(t).ends_with(w)) {
        return Some(Reason::PageLink);
    }
    if n <= 80 && super::super::chars::file_stem(t).is_some() && !t.starts_with("附") && !t.contains(['：', ':']) {
        return Some(Reason::PageLink);
    }
    if t.ends_with(" ago") && t.split_whitespace().count() == 3 && t.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return Some(Reason::PageMetadata);
    }
    if zoned_clock(t) {
        return Some(Reason::PageMetadata);
    }
    if title_bar(t) || reference_tab(t) || year_index(t) || site_greeting(t) {
        return Some(Reason::Navigation);
    }
    if site_and_domain(t) || n <= 24 && t.chars().all(han) && SITE_NAME_ENDINGS.iter().any(|e| t.ends_with(e)) {
        return Some(Reason::SiteFooter);
    }
    if let Some(r) = image_line(t) {
        return Some(r);
    }
    if let Some(r) = furniture_word(t) {
        return Some(r);
    }
    if let Some(r) = widget_line(t) {
        return Some(r);
    }
    if address_line(t) {
        return Some(Reason::PageLink);
    }
    if reading_guide_link(t) || related_list(t) || trending_searches(t) {
        return Some(Reason::RelatedLinks);
    }
    if n <= 20 && SOCIAL_ENDINGS.iter().any(|w| t.ends_with(w)) || follow_prompt(t) {
        return Some(Reason::Share);
    }
    if let Some(r) = buttons_and_menus(t).or_else(|| empty_site_row(t)) {
        return Some(r);
    }
    if helpfulness_vote(t) {
        return Some(Reason::Form);
    }
    // a site template's filler text left in (`Lorem ipsum dolor sit amet…`, `Donec quam felis…`)
    if FILLER_WORDS.iter().any(|w| t.contains(w)) {
        return Some(Reason::Html);
    }
    // (`意见反馈截止时间为2023年4月28日。` is a sentence of the text, not a link)
    // (`二、公众意见反馈方式`: a document's own heading, numbered as headings are, never a link)
    if n < FURNITURE_LINE
        && !t.ends_with('。')
        && !document_numbered(t)
        && let Some((_, r)) = FURNITURE_PHRASES.iter().find(|(w, _)| t.contains(w))
    {
        return Some(*r);
    }
    labelled_furniture(t)
}

/// `打印 分享到 :`, `发布作者 :`: the page's buttons, or a metadata label whose value is empty,
/// before a colon — every word of the line the site's (`各位作者:` addresses authors).
fn empty_site_row(t: &str) -> Option<Reason> {
    let name = t.trim().strip_suffix([':', '：'])?;
    // (the value's empty cell leaves a space before the colon; `时间：` alone over its value on
    // the next line is a notice's own field)
    if name.trim_end().len() == name.len() {
        return None;
    }
    let label = |w: &str| META_LABELS.iter().any(|(l, _)| *l == w);
    // (a label, or two run together: `发布` + `作者`)
    let labels = |w: &str| label(w) || META_LABELS.iter().any(|(l, _)| w.strip_prefix(l).is_some_and(label));
    let button = |w: &str| BUTTON_WORDS.contains(&w.trim_end_matches(['到', '至']));
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    if words.iter().all(|w| labels(w)) {
        return Some(Reason::PageMetadata);
    }
    words.iter().all(|w| button(w) || labels(w)).then_some(Reason::Share)
}

/// `Download PDF • 305KB` → `Download PDF`: a button without the file's size a bullet parts
/// from it.
fn without_bulleted_size(t: &str) -> &str {
    let Some((button, size)) = t.rsplit_once(['•', '·']) else { return t };
    let size = size.trim();
    let unit = size.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim();
    let sized = size.starts_with(|c: char| c.is_ascii_digit()) && ["B", "K", "KB", "M", "MB", "GB"].iter().any(|u| unit.eq_ignore_ascii_case(u));
    if sized { button.trim_end() } else { t }
}

/// Words of the Latin filler text a site's template ships with.
const FILLER_WORDS: &[&str] = &["Lorem ipsum", "dolor sit amet", "Donec quam felis", "Aenean massa", "consectetuer adipiscing"];

/// `热搜: 活动 交友 discuz`: a forum's trending searches, two short words or more after the label
/// (`热搜：“酒泉暴雨”话题阅读量破亿` is a story's sentence).
fn trending_searches(t: &str) -> bool {
    let Some(rest) = ["热搜", "热门搜索", "热词"].iter().find_map(|l| t.strip_prefix(l)) else { return false };
    let Some(words) = rest.trim_start().strip_prefix([':', '：']) else { return false };
    let words: Vec<&str> = words.split_whitespace().collect();
    words.len() >= 2 && words.iter().all(|w| w.chars().count() <= SEARCH_WORD_CHARS && !has_sentence_end(w))
}

/// A trending search is at most this long.
const SEARCH_WORD_CHARS: usize = 10;

/// `猜你喜欢 彩铃是什么 女生矜持和拒绝的区别是什么 …`: a related-links label and its links on
/// one line, parted by spaces, however long.
fn related_list(t: &str) -> bool {
    let Some((_, rest)) = FURNITURE_PHRASES.iter().filter(|(_, r)| *r == Reason::RelatedLinks).find_map(|(w, r)| t.strip_prefix(w).map(|rest| (r, rest)))
    else {
        return false;
    };
    let links: Vec<&str> = rest.trim_start_matches([':', '：']).split_whitespace().collect();
    rest.starts_with([' ', '\u{3000}', ':', '：']) && links.len() >= RELATED_LIST_LINKS && !has_sentence_end(rest)
}

/// A related-links label heads a list of at least this many links on its line.
const RELATED_LIST_LINKS: usize = 3;

/// A row of buttons or links: a text-size switcher (`文字 〖大 中 小〗`), share targets (`微博 qq
/// 空间`), a tip box's (`打赏 支付宝打赏 微信打赏`), a menu of the same page of several units.
fn buttons_and_menus(t: &str) -> Option<Reason> {
    if size_switcher(t) {
        return Some(Reason::Switcher);
    }
    let n = t.chars().count();
    let words = || t.split_whitespace();
    let shares = words().all(|w| SHARE_TARGETS.contains(&w.to_lowercase().as_str()));
    // (`严禁未成年人直播打赏` is a sentence: a box's buttons are two or more, each short)
    let tips = words().all(|w| w.chars().count() <= TIP_BUTTON_CHARS && TIP_BUTTONS.iter().any(|b| w.ends_with(b)));
    if words().count() >= 2 && (n <= 40 && shares || n <= 20 && tips) { Some(Reason::Share) } else { same_kind_links(t).then_some(Reason::Navigation) }
}

/// `文字 〖    〗`, `字号：[大 中 小]`: a text-size switcher whose buttons may have lost their
/// words — a label and brackets holding nothing but sizes.
fn size_switcher(t: &str) -> bool {
    // (`A A A`, `A- A A+`: the same buttons drawn as letters of three sizes)
    let letters: Vec<&str> = t.split_whitespace().collect();
    // (`A A` alone may be a grade or a label: three letters, or a sign among them)
    let signed = letters.iter().any(|w| w.len() > 1);
    if (letters.len() >= 3 || letters.len() == 2 && signed) && letters.iter().all(|w| ["A", "A+", "A-", "A＋", "A－"].contains(w)) {
        return true;
    }
    let Some(rest) = SIZE_SWITCH_LABELS.iter().find_map(|l| t.strip_prefix(l)) else { return false };
    let rest = rest.trim_start_matches([' ', '\u{3000}', ':', '：']).trim_end();
    let inner = rest.strip_prefix(['〖', '【', '[', '（', '(']).and_then(|r| r.strip_suffix(['〗', '】', ']', '）', ')']));
    inner.is_some_and(|i| i.chars().all(|c| c.is_whitespace() || "大中小默认".contains(c)))
}

/// `该内容对我有帮助 赞一个`: a vote on whether the page helped, with its button (a resident's
/// words, `“这些政策对我有帮助！”`, are a quotation).
fn helpfulness_vote(t: &str) -> bool {
    t.contains("对我有帮助") && VOTE_BUTTONS.iter().any(|b| t.contains(b)) && !t.contains(['“', '”', '。', '！', '？', '"'])
}

/// A tip box's button (`支付宝打赏`) is at most this long.
const TIP_BUTTON_CHARS: usize = 6;

/// `中枢街道信息公开 同乐街道信息公开 板桥镇信息公开 …`: a menu of links to the same page of
/// several units, every label ending in the same page's name (`信息公开`, `网站`), parted by
/// spaces. (A list of units a document gives ends in their kind: `…人民政府`, `…居委会`.)
fn same_kind_links(t: &str) -> bool {
    let labels: Vec<&str> = t.split_whitespace().collect();
    let Some(first) = labels.first() else { return false };
    let Some(page) = LINK_PAGE_WORDS.iter().find(|w| first.ends_with(*w)) else { return false };
    labels.len() >= MIN_SAME_KIND_LINKS
        && labels
            .iter()
            .all(|l| l.ends_with(page) && l.chars().count() > page.chars().count() && l.chars().count() <= MAX_LINK_LABEL_CHARS && l.chars().all(han))
}

/// `統計公報年度索引: 2023 2022 2021 2020 2019 …`: an archive's index of years, labelled so (a
/// table's header row of years has no such label).
fn year_index(t: &str) -> bool {
    let Some((label, years)) = t.split_once(['：', ':']) else { return false };
    let label = super::super::chars::fold(label.trim());
    let indexed = YEAR_INDEX_LABELS.iter().any(|l| label.ends_with(l));
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"));
    indexed && years.split_whitespace().filter(|w| year(w)).count() >= MIN_INDEXED_YEARS
}

/// What labels an archive's index of years (`年度索引`; a table's `年份：` heads its data).
const YEAR_INDEX_LABELS: &[&str] = &["索引", "归档"];
/// An index lists at least this many years.
const MIN_INDEXED_YEARS: usize = 5;

/// How many labels a same-kind menu has at least, and how long each is at most.
const MIN_SAME_KIND_LINKS: usize = 4;
const MAX_LINK_LABEL_CHARS: usize = 12;

/// The last step of a breadcrumb trail when it names the page the reader is on.
const CRUMB_ENDS: &[&str] = &["正文", "详情", "正文内容", "内容"];

/// `正文`, `信息正文`, `新闻详情`: a trail's last step that names the page the reader is on (what
/// the page holds, then 正文 or 详情).
fn page_crumb(c: &str) -> bool {
    let held = |end: &str| c.strip_suffix(end).is_some_and(|noun| PAGE_CRUMB_NOUNS.contains(&noun));
    CRUMB_ENDS.contains(&c) || held("正文") || held("详情")
}

/// What a page holds, named in a trail's last step before 正文 or 详情 (`信息正文`).
const PAGE_CRUMB_NOUNS: &[&str] = &["信息", "新闻", "文章", "内容", "公告", "通知", "资讯", "动态", "政策"];

/// `正文：`, `公告內容`: the label over a page's text (alone, a board's last label over the text,
/// four characters or more).
fn content_label(t: &str) -> bool {
    t.strip_suffix(['：', ':']).is_some_and(|l| CONTENT_LABELS.contains(&l.trim()))
        || t.chars().count() >= 4 && CONTENT_LABELS.contains(&fold(t.trim()).as_ref())
}

/// Labels of furniture (`字体：`, `相关链接`), breadcrumbs, a repost's 原标题, buttons, a
/// publication time, an English label: the rest of [`furniture`].
fn labelled_furniture(t: &str) -> Option<Reason> {
    if content_label(t) {
        return Some(Reason::PageMetadata);
    }
    let n = t.chars().count();
    let head = t.trim_start_matches(['【', '[', '（', '(', ' ', '•', '*']);
    for (w, r) in FURNITURE_LABELS {
        let after = head.strip_prefix(w).map(|a| a.trim_start_matches([' ', ':', '：', '【', '[']));
        // (a related links' label may head the headlines run into it; `相关信息请见…。` is a sentence)
        let links = matches!(*r, Reason::RelatedLinks) && !t.ends_with('。');
        let little_after = after.is_some_and(|a| !a.starts_with(|c: char| han(c) && !"大中小".contains(c)) || links);
        if little_after && n < if matches!(*r, Reason::RelatedLinks) { 120 } else { FURNITURE_LINE } {
            return Some(*r);
        }
    }
    // (`首页 》 协会概况 》 …`: closing book-title marks as arrows, none opened)
    let arrows = t.contains(['>', '»', '＞', '›']) || t.contains("->") || t.matches('》').count() >= 2 && !t.contains('《');
    // (`您当前位置:地名问答 > 中国` — the reader addressed before the label, its colon and
    // arrows after it; `您所在位置周边…` is a sentence)
    let addressed = t
        .strip_prefix(['您', '你'])
        .is_some_and(|l| BREADCRUMB_STARTS.iter().any(|w| l.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with([':', '：']))) && arrows);
    // (`主页 > 关于商会 > 商会制度 >`: the home page by either name)
    let home = HOME_PAGE_WORDS.iter().any(|w| fold(t).contains(w));
    if BREADCRUMB_STARTS.iter().any(|w| t.starts_with(w)) || arrows && home || addressed || titled_trail(t) {
        return Some(Reason::Breadcrumb);
    }
    // `首页 - 天富娱乐招商 - 《…》全文发布`: a breadcrumb from the home page, parted by dashes
    // (or from the site's name to the article's page: `3773考试网 - 高校信息 - … - 正文`)
    let dashed: Vec<&str> = t.split(" - ").map(str::trim).collect();
    let site_to_page = dashed.first().is_some_and(|c| c.ends_with('网') && c.chars().count() >= 3) && dashed.last().is_some_and(|c| page_crumb(c));
    if (t.starts_with("首页") || site_to_page) && dashed.len() >= 3 && n <= FURNITURE_LINE * 2 {
        return Some(Reason::Breadcrumb);
    }
    // `原标题：…`: a repost's note of the headline it had where it was first published
    // (in brackets too: `(原标题:…决议公告)`)
    let unbracketed = t.strip_prefix(['（', '(']).and_then(|b| b.strip_suffix(['）', ')'])).unwrap_or(t);
    if ["原标题：", "原标题:"].iter().any(|w| unbracketed.starts_with(w)) && n <= 80 && !has_sentence_end(unbracketed) {
        return Some(Reason::PageMetadata);
    }
    // `人民网>>新疆频道`: a site and its channel
    // (or `黑龍江網 > 大慶`: a site named 网 and its channel after one arrow)
    // (or `首页 滚动 正文`: a trail from the home page, spaces for arrows)
    let crumbs: Vec<&str> = if t.contains(['>', '＞', '»']) {
        t.split(['>', '＞', '»']).map(str::trim).filter(|c| !c.is_empty()).collect()
    } else if t.starts_with("首页") {
        t.split_whitespace().collect()
    } else {
        Vec::new()
    };
    // (or `新浪財經> 證券> 正文`: a trail that ends at the article's own page)
    let site_first = t.contains(">>") || crumbs.first().is_some_and(|c| c.ends_with('网')) || crumbs.last().is_some_and(|c| page_crumb(c));
    // (or `工作指导>>`: a step of a trail the page set apart, the arrow to the next after it)
    // (a double arrow only: `提交申请>` is a step of a chart of how a matter is handled)
    let pointing = (t.trim_end().ends_with(">>") || t.trim_end().ends_with('»')) && !crumbs.is_empty();
    if (crumbs.len() >= 2 && site_first || pointing) && n <= 30 && crumbs.iter().all(|c| (2..=10).contains(&c.chars().count()) && c.chars().all(han)) {
        return Some(Reason::Breadcrumb);
    }
    // `人民网` alone: a news site's name over its page
    if (3..=5).contains(&n) && t.chars().all(han) && t.ends_with(['网', '網']) {
        return Some(Reason::Navigation);
    }
    // `【点击下载】` alone: an attachment's download button (never a signer's name)
    let unbracketed = t.trim_start_matches(['【', '[', '(', '（', '<', '《']).trim_end_matches(['】', ']', ')', '）', '>', '》']).trim();
    if button_row(t) || DOWNLOAD_FRAMES.contains(&unbracketed) || DOWNLOAD_WORDS.contains(&unbracketed) {
        return Some(Reason::PageLink);
    }
    if is_clock_time(t) || is_timestamp(t) || byline(t) || piped_credit(t) || dated_count_row(t) || dated_source(t) || contributed(t) {
        return Some(Reason::PageMetadata);
    }
    if is_english_label(t) {
        return Some(Reason::EnglishLabel);
    }
    (n <= 20 && EDITORIAL_PHRASES.iter().any(|w| t.contains(w))).then_some(Reason::Editorial)
}

/// A line of buttons and switchers only, two or more (`【字号: 收藏收藏 打印打印`), each perhaps
/// written twice.
fn button_row(t: &str) -> bool {
    // (read in simplified forms: `舉報 0 收藏 0 評論 0`)
    let folded = fold(t);
    let words: Vec<&str> = folded.split(|c: char| !han(c)).filter(|w| !w.is_empty()).collect();
    let button = |w: &str| {
        let half = w.len() / 2;
        BUTTON_WORDS.contains(&w) || w.len() % 2 == 0 && w.is_char_boundary(half) && w[..half] == w[half..] && BUTTON_WORDS.contains(&&w[..half])
    };
    // (`A+ A- 打印`: the size buttons in Latin letters count too)
    let sizes = t.split_whitespace().filter(|w| SIZE_BUTTONS_LATIN.contains(w)).count();
    t.chars().count() <= FURNITURE_LINE && words.len() + sizes >= 2 && !words.is_empty() && words.iter().all(|w| button(w))
}

/// A line that is one of [`FURNITURE_WORDS`], perhaps with its count or a bare colon after it.
fn furniture_word(t: &str) -> Option<Reason> {
    // (a button with its count, which a page's fragments joined onto it: `打赏捐赠` / `0`; not a
    // link's word, `TOP 10` may head a list)
    let uncounted = t.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let counted = |w: &str, r: Reason| r != Reason::PageLink && !uncounted.is_empty() && w == uncounted;
    // (a label's colon with nothing after it, `置顶公告:`; in simplified forms, `表情`)
    // (read without a mirror's pinyin: `關（guān）鍵詞：`)
    let folded = super::super::chars::plain(t);
    let bare = folded.trim_end_matches([':', '：']);
    // (a link's pointing mark is no word of it: `< 返回`)
    let pointed = bare.trim_matches(|c: char| "<>«»‹›＜＞".contains(c) || c.is_whitespace());
    if let Some((_, r)) = FURNITURE_WORDS.iter().find(|(w, r)| *w == t || *w == bare || *w == pointed || counted(w, *r)) {
        return Some(*r);
    }
    // (`评论 0`: a word that is a button only with its count, perhaps in brackets: `赞（0）`)
    let bracketed = t
        .strip_suffix([')', '）'])
        .and_then(|r| r.rsplit_once(['(', '（']))
        .filter(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map(|(w, _)| fold(w.trim()));
    (t != uncounted && COUNTED_BUTTONS.contains(&uncounted) || bracketed.is_some_and(|w| COUNTED_BUTTONS.contains(&w.as_ref()))).then_some(Reason::Share)
}

/// Words that are buttons when their count follows them (`评论 0`, `赞（0）`); alone, a list may
/// be headed so (an award's category).
const COUNTED_BUTTONS: &[&str] = &["评论", "点赞", "转发", "收藏", "赞", "喜欢", "分享", "在看"];

/// Text-size buttons a page writes in Latin letters.
const SIZE_BUTTONS_LATIN: &[&str] = &["A+", "A-", "A", "A＋", "A－"];

/// `王朝百科·作者佚名  2010-10-06`: a short line naming who posted the page and when; or
/// `查股网  2024-06-01  *ST世茂(600823)公司公告`: the site's name, the date and the column, apart.
fn byline(t: &str) -> bool {
    let short = t.chars().count() <= FURNITURE_LINE && !has_sentence_end(t);
    // (an editor's byline opens with its date: `2017年03月01日编辑：…`; `（二）编辑：2023年6月1日至
    // 6月30日` is a schedule's step)
    let editor = t.starts_with(|c: char| c.is_ascii_digit()) && (t.contains("编辑：") || t.contains("编辑:")) && !t.contains(['至', '~', '—']);
    let worded = (editor || BYLINE_WORDS.iter().any(|w| t.contains(w))) && super::super::chars::find_date(t).is_some();
    let parts: Vec<&str> = t.split_whitespace().collect();
    let site = parts.first().is_some_and(|p| p.chars().count() <= 10 && p.chars().all(han) && p.ends_with('网'));
    let dated = parts
        .iter()
        .skip(1)
        .any(|p| p.len() == 10 && super::super::chars::find_date(p).is_some() && p.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '/'));
    // (`天兴工作室 2014-08-21 13:16 优惠活动 8835 0 评论`: a blog's row, ending in its comment
    // button's count, a date in it)
    let counted = parts.len() >= 3
        && parts.last().is_some_and(|w| COUNTED_BUTTONS.contains(&fold(w).as_ref()))
        && parts[parts.len() - 2].chars().all(|c| c.is_ascii_digit())
        && parts.iter().any(|p| p.len() == 10 && super::super::chars::find_date(p).is_some());
    short && (worded || parts.len() >= 3 && site && dated || counted)
}

/// `2026-03-06.众安头条`, `2021/05/06 | 人民网`: a posting date in digits, a mark, and the site
/// after it (a document dates itself in words: `2021年5月6日`).
fn dated_source(t: &str) -> bool {
    let t = t.trim();
    let date_end = t.find(|c: char| !(c.is_ascii_digit() || "-/.".contains(c))).unwrap_or(t.len());
    let date = t[..date_end].trim_end_matches('.');
    let site = t[date.len()..].trim_start_matches([' ', '.', '|', '｜', '丨', '·', '\u{3000}']);
    let iso = date.len() >= 8 && date.chars().filter(|c| !c.is_ascii_digit()).count() == 2 && super::super::chars::find_date(date).is_some();
    // (a mark between them: a space may part a date from a sentence, `2020-04-03 本站小编发布通知`)
    let parted = t[date.len()..t.len() - site.len()].contains(['.', '|', '｜', '丨', '·']);
    // (an outlet's name: `2020.01.21｜成立市疫情防控指挥部` is a chronicle's entry)
    let outlet = MEDIA_ENDINGS.iter().chain(OUTLET_ENDINGS).any(|e| site.ends_with(e));
    // (or the organ that posts it: `2025-05-29 | 台北市政府`)
    let organ = super::super::chars::looks_like_org(site) && POSTING_ORGAN_ENDINGS.iter().any(|e| site.ends_with(e));
    iso && parted && (outlet || organ) && (2..=DATED_SOURCE_CHARS).contains(&site.chars().count()) && site.chars().all(han)
}

/// `(6 小時前) -`, `3天前`: how long ago a story was posted — a news list's, never a document's.
fn relative_time(t: &str) -> bool {
    let t = fold(t.trim().trim_end_matches(['-', '|', ' ']).trim());
    let t = t.trim_start_matches(['(', '（']).trim_end_matches([')', '）']).trim();
    let Some(amount) = t.strip_suffix('前') else { return false };
    let digits = amount.len() - amount.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && RELATIVE_TIME_UNITS.contains(&amount[digits..].trim())
}

/// Headlines of other stories, each over how long ago it was posted (`虎尾公安商場開幕…` /
/// `(6 小時前) -`): a news site's list, every line of it.
fn relative_time_links(page: &mut Page) {
    let stamps: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text() && relative_time(&page.lines[i].text)).collect();
    if stamps.len() < MIN_LISTED_STORIES {
        return;
    }
    for i in stamps {
        page.residue(i, Reason::RelatedLinks);
        if let Some(p) =
            page.prev_nonblank(i).filter(|&p| page.lines[p].is_text() && page.lines[p].chars() <= MAX_LINK_CHARS && !page.lines[p].text.contains('。'))
        {
            page.residue(p, Reason::RelatedLinks);
        }
    }
}

/// A list of other stories shows at least this many.
const MIN_LISTED_STORIES: usize = 2;

/// Organs that post on their own sites, after the posting date (`…| 台北市政府`): a
/// government, a bureau, a department, an office (not `…指挥部`, which a chronicle's entry sets up).
const POSTING_ORGAN_ENDINGS: &[&str] = &["政府", "局", "厅", "委员会", "办公室"];

/// The site after a posting date is at most this long.
const DATED_SOURCE_CHARS: usize = 12;

/// `人事公告 龍港國小 - 學校公告 | 2024-02-26 | 點閱數: 61`: a post's byline in a table's cells
/// (its column and poster, its date, its count of readers) — the site's.
fn dated_count_row(t: &str) -> bool {
    let cells: Vec<&str> = t.split(['|', '｜']).map(str::trim).filter(|c| !c.is_empty()).collect();
    let dated = cells.iter().any(|c| super::super::chars::is_date_line(c));
    let counted = cells.last().and_then(|c| super::metadata::meta_line(c)).is_some_and(|f| f.iter().any(|(k, _)| *k == super::super::page::MetaField::Counter));
    cells.len() >= 3 && dated && counted
}

/// `来源 | 庐山旅游产业发展处`, `编辑｜张三`: a post's credit, a bar for its colon.
fn piped_credit(t: &str) -> bool {
    let Some((label, value)) = t.split_once(['|', '｜']) else { return false };
    let (label, value) = (label.trim(), value.trim());
    let credit = CREDIT_LABELS.contains(&label) || EDITOR_LABELS.contains(&label);
    // (a table's row of two cells, `来源 | 中央财政衔接…补助资金`, credits nothing: the value names a
    // body, an outlet or a person)
    let named = super::super::chars::looks_like_org(value)
        || MEDIA_ENDINGS.iter().any(|e| value.ends_with(e))
        || (2..=PERSON_NAME_CHARS).contains(&value.chars().count()) && value.chars().all(han);
    credit && named && value.chars().count() <= PIPED_CREDIT_CHARS && !value.contains(['|', '｜']) && !has_sentence_end(value)
}

/// `区政府办 供稿`, `（南充市委统战部供稿）`: who contributed a story, named before the word —
/// the credit under a news item (not `…单位供稿的材料` in a sentence).
fn contributed(t: &str) -> bool {
    let t = t.trim();
    let bare = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).unwrap_or(t).trim();
    let Some(name) = bare.strip_suffix("供稿") else { return false };
    // (a body's name, one: `第一周 党支部 供稿` is a rota's row)
    let name = name.trim();
    let named = super::super::chars::looks_like_org(name) || name.ends_with('办');
    named && (2..=CONTRIBUTOR_CHARS).contains(&name.chars().count()) && name.chars().all(han)
}

/// A contributor's name is at most this long.
const CONTRIBUTOR_CHARS: usize = 20;

/// The value of a credit set with a bar is at most this long.
const PIPED_CREDIT_CHARS: usize = 30;
/// A person's name credited alone is at most this long.
const PERSON_NAME_CHARS: usize = 4;

/// `点击量:次`, `访问量：1632`, `浏览次数:` (not 访问量达到120万 in a sentence).
fn counter(t: &str) -> bool {
    COUNTER_WORDS.iter().any(|w| {
        let Some(p) = t.find(w) else { return false };
        let rest = t[p + w.len()..].trim_start_matches([' ', '\u{3000}', '*']);
        let colon = rest.starts_with([':', '：']);
        let after = rest.trim_start_matches([' ', ':', '：', '\u{3000}', '*']);
        // the word opens the line or a label follows it; a bare 点击 / 浏览 needs its colon
        let placed = colon || p == 0 || !t[..p].chars().next_back().is_some_and(han);
        let value = after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit() || "次,，|[（(【".contains(c));
        let bare = matches!(*w, "浏览" | "点击" | "查看");
        // (`浏览843`: a bare word and its count, the whole line)
        let counted = p == 0 && !after.is_empty() && after.chars().all(|c| c.is_ascii_digit());
        // (`查看: 5435|回复: 0` opens the line with its count; `详情请查看：1.…表` points to a file)
        let views = *w != "查看" || p == 0 && after.split(['|', ' ']).next().is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        placed && value && views && (colon || !bare || counted || after.is_empty() && t.chars().count() <= 4) && t.chars().count() < 100
    })
}

/// `探视制度 首页 / 就医指南 / 出入院服务 / 探视制度`: the page's name before its trail from the
/// home page, which ends at that name.
fn titled_trail(t: &str) -> bool {
    let Some((name, trail)) = t.trim().split_once(char::is_whitespace) else { return false };
    let steps: Vec<&str> = trail.split(['/', '／']).map(str::trim).collect();
    steps.len() >= 3 && HOME_PAGE_WORDS.iter().any(|w| fold(steps[0]).as_ref() == *w) && steps.last() == Some(&name)
}

/// `Original URL: http://…`, `原文链接：https://…`: the address of the page itself, labelled so
/// (a contact's `网址：` is the document's), nothing else.
fn address_line(t: &str) -> bool {
    let Some((label, url)) = t.split_once(['：', ':']).filter(|(_, u)| !u.starts_with("//")) else { return false };
    let url = url.trim();
    // (`原文鏈接:` with nothing after it: the link's label, its address a button)
    if url.is_empty() && PAGE_ADDRESS_LABELS.iter().any(|l| fold(label.trim()).eq_ignore_ascii_case(l)) {
        return true;
    }
    let is_url = (url.starts_with("http://") || url.starts_with("https://") || url.starts_with("www.")) && !url.contains(char::is_whitespace);
    is_url && PAGE_ADDRESS_LABELS.iter().any(|l| label.trim().eq_ignore_ascii_case(l)) || titled_address(t)
}

/// `本文标题：…开工时间 地址：http://…`: the page's own title and address, labelled so.
fn titled_address(t: &str) -> bool {
    let f = fold(t.trim());
    let url = ["地址", "链接", "网址"].iter().find_map(|w| f.rsplit_once(w)).map(|(_, u)| u.trim_start_matches(['：', ':']).trim());
    PAGE_TITLE_LABELS.iter().any(|l| f.starts_with(l)) && url.is_some_and(|u| u.starts_with("http") && !u.contains(char::is_whitespace))
}

/// `二、…`, `（三）…`, `第四章 …`: numbered as a document numbers its headings (a site's lists
/// number their links `1.` at most).
fn document_numbered(t: &str) -> bool {
    use super::headings::Family;
    super::headings::family(t).is_some_and(|(f, _)| {
        matches!(f, Family::Han | Family::ParenHan | Family::Capital | Family::Chapter | Family::Section | Family::Part | Family::Article)
    })
}

/// `以上就是木箱包装工程师-彭百桂为大家介绍的…的全部内容，如果大家还对相关的内容感兴趣，请持续关注…`:
/// a content site's wrap-up under what it copied, asking the reader to stay.
fn site_outro(t: &str) -> bool {
    let f = fold(t.trim());
    f.starts_with("以上就是") && f.contains("全部内容") && OUTRO_ASKS.iter().any(|w| f.contains(w))
}

/// `歡迎關注每日經濟新聞APP`, `欢迎下载XX新闻客户端`: a news outlet asking for its app, a short
/// line of no sentence. (A notice asks its readers to follow an account, not to install an app.)
fn app_advert(t: &str) -> bool {
    let f = fold(t.trim());
    let asks = ["欢迎关注", "欢迎下载", "请下载"].iter().any(|a| f.starts_with(a));
    let app = f.to_ascii_uppercase().ends_with("APP") || f.ends_with("客户端");
    asks && app && f.chars().count() <= APP_ADVERT_CHARS && !has_sentence_end(&f) && !f.contains(['，', ','])
}

/// A news outlet's line asking for its app is at most this long.
const APP_ADVERT_CHARS: usize = 24;

/// A line only a site prints around a document: an e-paper's page-turner, a spam mirror's
/// keywords, a platform's default account name, a local account's advertisement.
fn site_line(t: &str) -> Option<Reason> {
    // (`看了這則新聞的人也看了`: the label over other readers' picks)
    let others_read = t.chars().count() <= RELATED_READS_CHARS && RELATED_READS_ENDINGS.iter().any(|e| fold(t.trim()).ends_with(e));
    if page_turner(t) || others_read {
        Some(Reason::RelatedLinks)
    } else if keyword_chain(t) || spam_words(t) {
        Some(Reason::SpamKeywords)
    } else if default_account_name(t) || site_keywords(t) {
        Some(Reason::PageMetadata)
    } else if ADVERT_BLURBS.iter().any(|words| words.iter().all(|w| t.contains(w))) || click_through(t) || site_outro(t) || app_advert(t) {
        Some(Reason::Advert)
    } else {
        None
    }
}

/// `点击注册>>领取2019年新人备考大礼包>>`: a link that asks to be clicked and ends with the
/// arrow of a link. A document's sentence neither asks for a click nor ends with an arrow.
fn click_through(t: &str) -> bool {
    let t = t.trim_end_matches([' ', '|', '｜']);
    (t.ends_with(">>") || t.ends_with("》》") || t.ends_with('»')) && t.contains("点击")
}

/// `您好 欢迎来到特色乡镇网！`: a site welcoming its reader to itself by name (a speech's `欢迎来到
/// 美丽的龙泉！` names no site).
fn site_greeting(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['！', '!', '。']);
    let welcomed = t.split_once("欢迎来到").is_some_and(|(before, _)| before.trim().trim_end_matches(['，', ',']).chars().count() <= 4);
    welcomed && t.chars().count() <= SITE_GREETING_CHARS && SITE_WORDS.iter().any(|w| t.ends_with(w))
}

/// A site's greeting is at most this long.
const SITE_GREETING_CHARS: usize = 30;

/// What a site calls itself at the end of its name.
const SITE_WORDS: &[&str] = &["网", "网站", "官网", "平台", "網", "網站"];

/// `3 上一篇  下一篇 4`: an e-paper's links to the articles before and after, with their
/// numbers — the labels and numbers only.
fn page_turner(t: &str) -> bool {
    let t = fold(t);
    let words: Vec<&str> = t.split_whitespace().filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '|' || c == '｜')).collect();
    // (`上一則公告 下一則公告`: the label may name what it links to)
    let label = |w: &str| PREV_NEXT_LABELS.iter().any(|l| w.strip_prefix(l).is_some_and(|rest| rest.is_empty() || LINKED_KINDS.contains(&rest)));
    // (the numbers glued to the labels: `3上一篇 下一篇4`)
    words.len() >= 2 && words.iter().all(|w| label(w.trim_matches(|c: char| "【】[]:：".contains(c) || c.is_ascii_digit())))
}

/// What a link to the previous or next item may name after its label (`上一则公告`).
const LINKED_KINDS: &[&str] = &["公告", "新闻", "消息", "文章", "信息"];

/// `殴美一级…-非洲一区二区三区不卡-国内91视频-…`: search keywords chained by dashes, a spam
/// mirror's line — at least this many short phrases, no sentence, no breadcrumb's home link.
/// (Or parted by bars, each a long phrase — a menu's and a channel bar's names are short:
/// `囯产精品久久久久久久久久免费|国产日韩视频在线一区二区|…`.)
fn keyword_chain(t: &str) -> bool {
    let chained = |seps: &[char], chars: std::ops::RangeInclusive<usize>| {
        let parts: Vec<&str> = t.split(seps).map(str::trim).collect();
        parts.len() >= MIN_CHAINED_KEYWORDS && parts.iter().all(|p| chars.contains(&p.chars().count()) && p.chars().any(han))
    };
    // (a table's row parted by bars has figures in its cells: `…工程|某某集团|中标价1234567元|…`)
    let figures = t.contains(|c: char| c.is_ascii_digit());
    (chained(&['-', '_'], 2..=KEYWORD_CHARS) || chained(&['|'], BARRED_KEYWORD_CHARS) && !figures)
        && !t.contains("首页")
        && !has_sentence_end(t)
        && !t.contains(['，', '、', ' ', '《', '》'])
        && !super::super::chars::ends_like_title(t)
}

/// `色婷婷久久一区二区三区麻豆,日韩精品少妇无码…`: a hacked site's header of adult search terms,
/// parted by commas like a sentence's clauses: known only by its words, three of them at least
/// and one that no document uses.
fn spam_words(t: &str) -> bool {
    let found = SPAM_WORDS.iter().filter(|w| t.contains(*w)).count();
    found >= MIN_SPAM_WORDS && SPAM_WORDS[..EXPLICIT_SPAM_WORDS].iter().any(|w| t.contains(w)) && !has_sentence_end(t) && !document_numbered(t)
}

/// A keyword a spam mirror chains with bars is this long.
const BARRED_KEYWORD_CHARS: std::ops::RangeInclusive<usize> = 6..=20;

/// `山西健杰律师事务所 - SHAN XI JIAN JIE LAWYER OFFICE 山西律师事务所,长治律师事务所,长治律师,…`:
/// the page's own title and the keywords it gives search engines, copied out as a line. The
/// keywords are short names parted by commas, each sharing a word with another (`律师`,
/// `法务`); the items a sentence lists by commas share none.
fn site_keywords(t: &str) -> bool {
    // (after the page's title and its dash: a list in a sentence has none)
    let Some((_, keywords)) = t.split_once(" - ") else { return false };
    let Some(last) = keywords.split_whitespace().last() else { return false };
    let parts: Vec<&str> = last.split([',', '，']).collect();
    // (each keyword's two-character words, sliced from it)
    let shares = |i: usize| {
        let p = parts[i];
        let at: Vec<usize> = p.char_indices().map(|(b, _)| b).chain([p.len()]).collect();
        at.windows(3).any(|w| parts.iter().enumerate().any(|(j, q)| j != i && q.contains(&p[w[0]..w[2]])))
    };
    (MIN_SITE_KEYWORDS..=MAX_SITE_KEYWORDS).contains(&parts.len())
        && parts.iter().all(|p| (2..=SITE_KEYWORD_CHARS).contains(&p.chars().count()) && p.chars().all(han))
        && (0..parts.len()).all(shares)
        && !has_sentence_end(t)
}

/// A section's name with the label of an article's view, on a line alone, is this long at
/// least (`通知公告详情`).
const MIN_DETAIL_VIEW_CHARS: usize = 6;
/// A section's name with the label of an article's view is this long at most.
const DETAIL_LABEL_CHARS: usize = 8;

/// A page gives search engines at least this many keywords.
const MIN_SITE_KEYWORDS: usize = 5;
/// …and at most this many (each is compared with the others).
const MAX_SITE_KEYWORDS: usize = 40;
/// A site's keyword is a short name.
const SITE_KEYWORD_CHARS: usize = 8;

/// A spam mirror chains at least this many keywords on a line.
const MIN_CHAINED_KEYWORDS: usize = 4;
/// A chained keyword is at most this long.
const KEYWORD_CHARS: usize = 12;

/// `美友194648383`: a platform's default name of the account that posted the page.
fn default_account_name(t: &str) -> bool {
    ACCOUNT_NAME_PREFIXES.iter().filter_map(|p| t.strip_prefix(p)).any(|n| n.len() >= ACCOUNT_NUMBER_DIGITS && n.chars().all(|c| c.is_ascii_digit()))
}

/// A platform numbers its default account names with at least this many digits.
const ACCOUNT_NUMBER_DIGITS: usize = 5;

/// A social account's prompt to follow it (`点击上方蓝字关注我们`, `关注我哟`); its other
/// pieces are found next to it (`follow_prompt_heads`).
fn follow_prompt(t: &str) -> bool {
    let short = t.chars().count() <= FOLLOW_PROMPT_CHARS && !has_sentence_end(t);
    // `關注濟源網微信`: follow an account, named by where it is
    let f = fold(t);
    let account = f.starts_with("关注") && FOLLOWED_ACCOUNTS.iter().any(|a| f.ends_with(a));
    short && (t.starts_with("点击") && FOLLOW_CUES.iter().any(|w| t.contains(w)) || FOLLOW_LINES.contains(&t) || account)
}

/// `附件【…示意图.jpg】已下载次`, `…已下载 12 次`: a download link that counts its downloads.
fn download_count(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['次', ' ', ')', '）']).trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '：' || c == ':');
    t.chars().count() <= 120 && !has_sentence_end(t) && DOWNLOAD_COUNT_WORDS.iter().any(|w| t.ends_with(w))
}

/// `こちらのページは繁体字版です。日本語版…に移動しますか。` under an English one: a site's
/// prompt to switch language, in a script no Chinese document is written in (mostly kana),
/// beside the page's chrome.
fn foreign_prompts(page: &mut Page) {
    for i in 0..page.lines.len() {
        let chrome = |j: Option<usize>| j.is_some_and(|j| matches!(page.lines[j].class, Class::Residue(_)));
        if page.lines[i].is_text() && kana_line(&page.lines[i].text) && (chrome(page.prev_nonblank(i)) || chrome(page.next_nonblank(i))) {
            page.residue(i, Reason::Navigation);
        }
    }
}

/// A line written mostly in kana: at least [`MIN_KANA`] of them, a third of its letters.
fn kana_line(t: &str) -> bool {
    let kana = t.chars().filter(|c| ('\u{3041}'..='\u{30fa}').contains(c)).count();
    let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
    kana >= MIN_KANA && 3 * kana >= letters
}

/// Kana a line needs to be read as Japanese.
const MIN_KANA: usize = 5;

/// `点击“前郭县妇联”` over `关注我哟`, `点击…按钮` under it: the pieces of a follow prompt
/// (without it, steps of a guide: `点击“我要办事”` / `点击“提交”按钮`).
fn follow_prompt_heads(page: &mut Page) {
    for i in 0..page.lines.len() {
        let t = page.lines[i].text.trim();
        let piece = page.lines[i].is_text() && t.starts_with("点击") && t.chars().count() <= FOLLOW_PROMPT_CHARS && !has_sentence_end(t);
        let follow = |j: Option<usize>| j.is_some_and(|j| FOLLOW_LINES.contains(&page.lines[j].text.trim()));
        if piece && (follow(page.next_nonblank(i)) || follow(page.prev_nonblank(i))) {
            page.residue(i, Reason::Share);
        }
    }
}

/// `扫一扫` / `关注科普滨州` / `x`: beside a QR prompt, the account it asks to follow (`关注` and a
/// name) and the close button of its popup (`x`, `×`) — or of a login popup's (`您需要 登录 才可以
/// 下载或查看` / `x`).
fn qr_popup_pieces(page: &mut Page) {
    for i in 0..page.lines.len() {
        let t = page.lines[i].text.trim();
        let account = t.starts_with("关注") && t.chars().count() <= FOLLOW_PROMPT_CHARS && !has_sentence_end(t);
        let close = matches!(t, "x" | "X" | "×" | "✕");
        let share = |j: Option<usize>| j.is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Share));
        let popup = |j: Option<usize>| share(j) || j.is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Form));
        // (the account only beside the QR prompt itself, `扫一扫`: not beside `分享到：`, nor
        // beside an account line just taken)
        let qr = |j: Option<usize>| share(j) && j.is_some_and(|j| QR_PROMPTS.iter().any(|w| page.lines[j].text.contains(w)));
        let near = |f: &dyn Fn(Option<usize>) -> bool| f(page.next_nonblank(i)) || f(page.prev_nonblank(i));
        // (a popup's frame may part the button from it: `…立即注册` / `|` / `x`)
        let framed = |k: usize| {
            let bar = page.lines[k].raw.trim();
            page.lines[k].class == Class::Residue(Reason::Separator) || !bar.is_empty() && bar.chars().all(|c| c == '|' || c == '｜')
        };
        // (walked only from a close button's line: from every line, a page's flood of bars is
        // walked once per bar)
        let past_frame = || {
            let mut above = page.prev_nonblank(i);
            while let Some(k) = above.filter(|&k| framed(k)) {
                above = page.prev_nonblank(k);
            }
            above
        };
        if page.lines[i].is_text() && (account && near(&qr) || close && (near(&popup) || popup(past_frame()))) {
            page.residue(i, Reason::Share);
        }
    }
}

/// A link to a policy's reading guide: `图文解读：《…》`, nothing else.
fn reading_guide_link(t: &str) -> bool {
    let Some(rest) = READING_GUIDE_LABELS.iter().find_map(|l| t.trim().strip_prefix(l)) else { return false };
    let rest = rest.trim_start_matches([' ', '：', ':']);
    rest.starts_with('《') && rest.ends_with('》')
}

/// `166人看过`, `2301次浏览`: a number of readers or views alone on its line (`furniture` reads
/// the line folded, so `166人看過` too).
fn reader_count(t: &str) -> bool {
    let t = t.trim();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // (`0 次瀏覽`: the count spaced from its word, in either script)
    digits > 0 && READER_COUNT_WORDS.contains(&fold(t[digits..].trim_start()).as_ref())
}

/// `13:46`, `00:00:00`: a publication time on its own.
fn is_clock_time(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    (2..=3).contains(&parts.len()) && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// `2020年07月06日23:30:52`, `2023-05-12 09:30`: the page's publication time on its own (a
/// document's own date never carries the time of day).
fn is_timestamp(t: &str) -> bool {
    let t = t.trim();
    // `http://www.sina.com.cn 2024年09月22日 05:41 中國證券報-中證網`: a portal's address first
    if let Some((url, rest)) = t.split_once(char::is_whitespace).filter(|(u, _)| u.starts_with("http://") || u.starts_with("https://")) {
        return url.len() > "http://".len() && is_timestamp(rest);
    }
    // `梨树县人民政府   2023-09-12 08:49:00`: the source before it
    // (`中国建材集团 · 2019-09-26 17:49`: a dot or bar between them)
    let parts: Vec<&str> = super::super::chars::byline_words(t).collect();
    if parts.len() >= 3 && parts[..parts.len() - 2].iter().all(|p| p.chars().all(han)) && parts[..parts.len() - 2].concat().chars().count() <= 20 {
        return is_timestamp(&parts[parts.len() - 2..].join(" "));
    }
    // `2016-07-05 09:01:50 云南省民族学会80159`: the source (and a counter) after it
    if parts.len() >= 3 && is_timestamp(&parts[..2].join(" ")) {
        let rest = parts[2..].concat();
        return rest.chars().count() <= 24 && rest.chars().all(|c| han(c) || c.is_ascii_digit() || "-·".contains(c));
    }
    let clock_at = t.len() - t.chars().rev().take_while(|c| c.is_ascii_digit() || *c == ':').map(char::len_utf8).sum::<usize>();
    let (date, clock) = t.split_at(clock_at);
    let date = date.trim_end();
    // `南海网、新海南客户端2025-10-04 16:33:05`: the source glued to the date, the time to the
    // second (a text's own time is never so exact)
    let source = date
        .find(|c: char| c.is_ascii_digit())
        .map(|p| &date[..p])
        .filter(|s| (2..=20).contains(&s.chars().count()) && s.chars().all(|c| han(c) || "、·".contains(c)));
    if let Some(source) = source
        && clock.matches(':').count() == 2
    {
        return is_clock_time(clock) && is_timestamp(&t[source.len()..]);
    }
    is_clock_time(clock)
        && !date.is_empty()
        && date.chars().all(|c| c.is_ascii_digit() || "年月日-/.".contains(c))
        && super::super::chars::find_date(date).is_some()
}

/// `NEWS`, `Latest News`, `Yunlu County People's Government`: an English label or site name
/// of a Chinese page (title-case words only, no sentence); an organ's name in Portuguese over
/// or under its Chinese one (`Instituto de Habitação do Governo da Região Administrativa
/// Especial de Macau`).
fn is_english_label(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let latin = |c: char| c.is_ascii_alphabetic() || c.is_alphabetic() && ('\u{C0}'..='\u{24F}').contains(&c);
    let word = |w: &&str| w.chars().all(|c| latin(c) || "&'’".contains(c)) && w.chars().next().is_some_and(|c| c.is_uppercase() && latin(c));
    // a column's English name in lower case, one word alone (`governor`)
    if words.len() == 1 && t.len() >= 4 && t.chars().all(|c| c.is_ascii_lowercase()) {
        return true;
    }
    (1..=LATIN_NAME_WORDS).contains(&words.len())
        && t.chars().count() <= LATIN_NAME_CHARS
        && words.iter().all(|w| word(w) || NAME_LINKS.contains(w))
        && t.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4
        // (a long one is a name: most of its words capitalised, a few links between them)
        && (words.len() <= 6 || words.iter().filter(|w| word(w)).count() * 5 >= words.len() * 3)
}

/// The small words between the capitalised words of a name, in English and Portuguese.
const NAME_LINKS: &[&str] = &["of", "and", "the", "for", "in", "on", "de", "do", "da", "dos", "das", "e"];

/// An English or Portuguese name (an organ's, a site's) has at most so many words and
/// characters.
const LATIN_NAME_WORDS: usize = 14;
const LATIN_NAME_CHARS: usize = 100;

/// Registration numbers, copyright and maintainer lines.
fn footer(t: &str) -> Option<Reason> {
    // (`一、主辦單位：`, `2.由各单位承办的…报道，由承办单位负责…`: a part or an item of the
    // document — a site numbers no footer line so)
    let item = super::headings::family(t).is_some_and(|(f, _)| matches!(f, super::headings::Family::Arabic | super::headings::Family::ParenArabic));
    if document_numbered(t) || item {
        return None;
    }
    let tl = t.to_ascii_lowercase();
    let n = t.chars().count();
    let reg = ["icp备", "icp证", "公网安备", "网站标识码"].iter().any(|w| tl.contains(w)) && n < 200;
    let org = ["主办：", "主办:", "承办：", "承办:"].iter().any(|w| t.starts_with(w)) && n < 80;
    // a site's terms, however long (`版权声明：1.依据《服务条款》…`)
    let terms = STATEMENT_STARTS.iter().any(|w| t.trim_start_matches(['|', '｜', ' ']).starts_with(w));
    // (a scraped sentence may use ASCII commas, but ends as a sentence does)
    let sentence = t.contains(['。', '，']) || t.contains(',') && t.trim_end().ends_with(['；', ';', '。', '.']);
    let word = FOOTER_WORDS.iter().chain(SPONSOR_UNIT_WORDS).any(|w| {
        !sentence && (word_start(t, w) || !SPONSOR_UNIT_WORDS.contains(w) && t.contains(w))
            || t.trim_start_matches(['|', '｜', ' ']).strip_prefix(w).is_some_and(|r| r.starts_with(['：', ':']))
    });
    let timing = PAGE_TIMING_WORDS.iter().any(|ws| ws.iter().all(|w| tl.contains(w)));
    // (a line that opens with the site's copyright, whatever the links glued after it:
    // `Copyright © 2023 … All Rights Reserved. 版權所有 不得轉載昔日總會`)
    let claim = (tl.starts_with("copyright") || t.starts_with('©')) && n <= REPRINT_BAN_CHARS;
    (reg || org || terms || claim || reprint_ban(t) || sponsors(t) || (FOOTER_MARKS.iter().any(|w| tl.contains(w)) || word || timing) && n < 80)
        .then_some(Reason::SiteFooter)
}

/// Whether `w` opens a word of `t`: at its start or after a mark or space (`主办单位 某县…`),
/// not inside a run of characters (`先进承办单位`, `各提案承办单位` are a CPPCC title's words).
fn word_start(t: &str, w: &str) -> bool {
    t.match_indices(w).any(|(at, _)| t[..at].chars().next_back().is_none_or(|c| !han(c)))
}

/// `凡本报记者署名文字、图片，版权均属新安晚报所有。任何媒体…未经授权不得转载…`: an outlet's
/// claim to its copyright and its ban on reprints, however long.
fn reprint_ban(t: &str) -> bool {
    // (the outlet speaks of itself: `作品版权归主办方所有，未经授权不得转载` is a contest's rule)
    let outlet = OUTLET_SELVES.iter().any(|w| t.contains(w));
    let owned = COPYRIGHT_CLAIMS.iter().any(|w| t.contains(w)) && t.contains("所有");
    outlet && owned && REPRINT_WORDS.iter().any(|w| t.contains(w)) && t.chars().count() <= REPRINT_BAN_CHARS
}

/// An outlet's copyright claim and reprint ban is at most this long.
const REPRINT_BAN_CHARS: usize = 200;

/// `某县人民政府办公室主办 某县电子政务办公室承办`: the site's sponsors, each name followed by
/// its role (a sentence saying who held an event — `由…主办。` — is not one).
fn sponsors(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    let role = |p: &str| SPONSOR_ROLES.iter().any(|r| p.ends_with(r) && p.chars().count() > r.chars().count() + 2);
    t.chars().count() < 80
        && parts.iter().all(|p| role(p) && !p.contains(['由', '，', '。', ',']))
        && parts.iter().any(|p| p.ends_with("主办") || p.ends_with("承办"))
}

/// Navigation words alone (or several on one line), menus and trails.
fn navigation(t: &str) -> Option<Reason> {
    let words: Vec<&str> = t.split(|c: char| c.is_whitespace() || "|｜│/".contains(c)).filter(|w| !w.is_empty()).collect();
    if !words.is_empty() && words.iter().all(|w| is_nav_word(w)) {
        return Some(Reason::Navigation);
    }
    // (`公告專區`, `文件专区`: a site's zone, named alone on its line)
    let zone = t.trim().strip_suffix("专区").is_some_and(|w| (1..=ZONE_NAME_CHARS).contains(&w.chars().count()) && w.chars().all(han));
    if SECTION_WORDS.contains(&t.trim()) || zone {
        return Some(Reason::Navigation);
    }
    // `2020-07-06 最新消息`: a post's date and the section it was filed under, a section's
    // whole name (`2024年5月10日 注册报到` is a schedule's)
    let section = |w: &str| SECTION_WORDS.contains(&w) || NAV_WORDS.contains(&w) && w.chars().count() >= MIN_SECTION_CHARS;
    if words.len() == 2 && words.iter().any(|w| super::super::chars::is_date_line(w)) && words.iter().any(|w| section(w)) {
        return Some(Reason::PageMetadata);
    }
    // `北京 上海 广东 山东 …`: a site's province picker (a text lists places with 、)
    if words.len() >= MIN_PICKER_PROVINCES && words.iter().all(|w| PROVINCES.contains(w)) {
        return Some(Reason::Navigation);
    }
    // `产科 科室动态详细`, `通知公告详情`: the page's label for the view of one article, after
    // its section's name
    // (a heading of the text, `活动详情`, is no section's name before the label)
    let label = |w: &&str| w.chars().count() <= DETAIL_LABEL_CHARS && w.chars().all(han);
    let sectioned = |w: &&str| words.len() >= 2 || w.chars().count() >= MIN_DETAIL_VIEW_CHARS;
    if (1..=3).contains(&words.len())
        && words.iter().all(label)
        && words.last().is_some_and(|w| sectioned(w) && DETAIL_VIEW_ENDS.iter().any(|e| w.ends_with(e)))
    {
        return Some(Reason::Navigation);
    }
    let parts: Vec<&str> = t.split(['|', '｜', '│', '>', '＞', '›', '»', '/']).map(str::trim).filter(|w| !w.is_empty()).collect();
    // (a long menu may end with a widget's text: `… │ 联系我们 点击这里给我发消息`)
    let long = parts.iter().filter(|w| w.chars().count() > 8).count();
    let menu = parts.len() >= 2
        && (long == 0 || parts.len() >= 5 && long == 1)
        && parts.iter().all(|w| !w.contains(['。', '，', '：']))
        && parts.iter().any(|w| is_nav_word(w));
    // `行情中心 沪深A股 上证指数 板块行情 …`: a portal's menu bar, items parted by spaces, one of
    // them a navigation word (a list of names has none); a service's links may be long
    // (`结业人员实习鉴定表申请入口 网上投稿 《上海律师》 ENGLISH`), a number is no link's name
    // (`索 引 号 003110926/201510-00216 信息分类 信息公开制度` is a metadata row)
    let items =
        words.iter().all(|w| w.chars().count() <= MENU_ITEM_CHARS && !w.contains(['。', '，', '：', '、']) && !w.contains(|c: char| c.is_ascii_digit()));
    // (a short bar needs half its items navigation words: `看板 NTUHistorySA 關於我們 聯絡資訊`)
    // (counted whole: `注册资本 注册地址 经营范围` merely opens with one)
    let navs = words.iter().filter(|w| NAV_WORDS.contains(w)).count();
    let bar = items && (words.len() >= 6 && words.iter().any(|w| is_nav_word(w)) || words.len() >= 3 && navs * 2 >= words.len());
    // `直通屏山|福建|时评|大学城|台海|…`: a news portal's channel bar, many short names parted by
    // bars and nothing else (a table's row opens with its bar and has fewer cells)
    let channels = !t.trim_start().starts_with(['|', '｜'])
        && parts.len() >= CHANNEL_BAR_ITEMS
        && parts.iter().all(|w| (2..=5).contains(&w.chars().count()) && w.chars().all(han));
    (menu || bar || channels).then_some(Reason::Navigation)
}

/// An item of a menu bar parted by spaces is at most this long.
const MENU_ITEM_CHARS: usize = 16;

/// How many bar-parted names make a channel bar with no navigation word among them.
const CHANNEL_BAR_ITEMS: usize = 8;

/// A form field: `• 姓  名:`, `*验 证 码:` — a label and a colon with nothing after it; or a
/// row of them in table cells (`| 帳號:用戶名: 密碼: [注冊] |`, `| 評論:(內容不能超過500字。) |`).
fn is_form_field(t: &str) -> bool {
    let cells: Vec<&str> = t.split(['|', '｜']).map(str::trim).filter(|c| !c.is_empty()).collect();
    !cells.is_empty() && cells.iter().all(|c| form_cell(&fold(c)))
}

fn form_cell(t: &str) -> bool {
    if required_field(t) {
        return true;
    }
    let t: String = t.trim_start_matches(['•', '*', '·', '-', ' ']).chars().filter(|c| !c.is_whitespace() && *c != '*').collect();
    let mut t = t.as_str();
    // buttons in brackets after the fields (`密码：[注册]`), or alone
    let mut buttons = 0;
    while let Some(rest) = without_button(t) {
        t = rest;
        buttons += 1;
    }
    if t.is_empty() {
        // nothing but buttons (a rule of dashes is no form)
        return buttons > 0;
    }
    if FORM_WORDS.contains(&t.trim_end_matches(['?', '？'])) {
        return true;
    }
    // the labels, each closed by its colon; a hint in brackets may follow the last
    let t = t.strip_suffix(['）', ')']).and_then(|r| r.rfind(['（', '(']).map(|o| &r[..o])).unwrap_or(t);
    let Some(labels) = t.strip_suffix(['：', ':']) else { return false };
    labels.split(['：', ':']).all(|l| {
        // a form's brand before its label (`E-File帳號`), the reader it asks (`您的姓名`)
        let l = l.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
        let l = l.strip_prefix("您的").or_else(|| l.strip_prefix("你的")).unwrap_or(l);
        FORM_LABELS.contains(&l.trim_matches(['[', ']']))
    })
}

/// `2.出错页面的地址(浏览器地址栏里面的地址):*` / `您的姓名:*`: a field's prompt, whatever it
/// asks, closed by its colon and the one star that marks a field the reader must fill in. (A
/// masked value is stars after a label too, but more than one, or after more text: `电话：****`.)
fn required_field(t: &str) -> bool {
    let t = t.trim();
    let Some(prompt) = t.strip_suffix(['*', '＊']).map(str::trim_end).and_then(|p| p.strip_suffix(['：', ':'])) else { return false };
    let prompt = prompt.trim();
    !prompt.is_empty() && !prompt.ends_with(['*', '＊']) && prompt.chars().count() <= REQUIRED_PROMPT_CHARS && !prompt.contains(['。', '！', '？', '；'])
}

/// A required field's prompt is at most this long (`4.为了方便我们更准确及时的处理错误,请尽可能详细填写你的操作经过`).
const REQUIRED_PROMPT_CHARS: usize = 48;

/// A form's fields are at most this many lines apart (blank lines between them count).
const FORM_FIELD_GAP: usize = 4;

/// `密码：[注册]` → `密码：`: a text without the button in brackets it ends with.
fn without_button(t: &str) -> Option<&str> {
    let close = t.chars().last()?;
    let open = match close {
        ']' => '[',
        '】' => '【',
        _ => return None,
    };
    let at = t.rfind(open)?;
    let inner = &t[at + open.len_utf8()..t.len() - close.len_utf8()];
    FORM_WORDS.contains(&inner).then(|| &t[..at])
}

/// The short names of China's provinces, regions and municipalities, as a picker lists them.
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// A province picker lists at least this many.
const MIN_PICKER_PROVINCES: usize = 12;

/// A login box's word or a page's button (`收藏`, `评论`) alone.
fn end_widget(t: &str) -> Option<Reason> {
    if is_form_field(t) {
        return Some(Reason::Form);
    }
    button_word(t).then_some(Reason::Share)
}

/// Words of a page's widgets that are chrome only under the text's last sentence (`标签`, a tag
/// box whose tags the scrape lost; alone in the text it is a heading).
const END_WIDGET_WORDS: &[&str] = &["标签"];

/// One of [`BUTTON_WORDS`] alone, in either script (`評論`).
fn button_word(t: &str) -> bool {
    BUTTON_WORDS.contains(&fold(t.trim()).as_ref())
}

/// Comment and feedback forms: runs of form fields (two or more), the buttons, and the line
/// that invites the reader to fill them in.
fn forms(page: &mut Page) {
    // (a prompt with the text going on under it is a guide's step: `请输入验证码` / `第三步，…。`)
    let last_prose = (0..page.lines.len()).rev().find(|&i| page.lines[i].is_text() && super::super::chars::is_prose(&page.lines[i].text)).unwrap_or(0);
    // (or right under the comment box's other line, whatever follows: `发表评论: 取消回复` /
    // `请填写验证码`)
    let in_form = |page: &Page, i: usize| i >= last_prose || page.prev_nonblank(i).is_some_and(|p| page.lines[p].class == Class::Residue(Reason::Form));
    for i in 0..page.lines.len() {
        let word = fold(page.lines[i].text.trim()).trim_end_matches(['：', ':', '…']).to_string();
        if page.lines[i].is_text() && FORM_PROMPTS.contains(&word.as_str()) && in_form(page, i) {
            page.residue(i, Reason::Form);
        } else if i >= last_prose && page.lines[i].is_text() && END_WIDGET_WORDS.contains(&word.as_str()) {
            page.residue(i, Reason::Navigation);
        }
    }
    // `分享到:` / `【打印正文】` / `用户登录`: a login box's word alone at the page's end, under
    // its chrome or the text's date (so is a button's, `收藏`)
    if let Some(end) = (last_prose + 1..page.lines.len()).rev().find(|&i| page.lines[i].is_text())
        && let Some(reason) = end_widget(&page.lines[end].text)
        && page.prev_nonblank(end).is_some_and(|p| matches!(page.lines[p].class, Class::Residue(_)) || super::super::chars::is_date_line(&page.lines[p].text))
    {
        page.residue(end, reason);
    }
    let all: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text() && is_form_field(&page.lines[i].text)).collect();
    // (a form's fields stand together: `用户登录` in a guide's text and `忘记密码` far below it
    // are its headings)
    let near = |k: usize| (k > 0 && all[k] - all[k - 1] <= FORM_FIELD_GAP) || all.get(k + 1).is_some_and(|&n| n - all[k] <= FORM_FIELD_GAP);
    let fields: Vec<usize> = (0..all.len()).filter(|&k| near(k)).map(|k| all[k]).collect();
    if fields.len() < 2 {
        return;
    }
    for &i in &fields {
        page.residue(i, Reason::Form);
    }
    // a short note on the form right after its fields (`*评论内容将在30分钟以后显示！`)
    let last = fields[fields.len() - 1];
    if let Some(j) = page.next_nonblank(last).filter(|&j| page.lines[j].is_text() && page.lines[j].chars() <= 40) {
        let t = fold(&page.lines[j].text).into_owned();
        if FORM_INTRO_WORDS.iter().any(|w| t.contains(w)) {
            page.residue(j, Reason::Form);
        }
    }
    // the invitation just before the first field
    let first = fields[0];
    let mut k = first;
    for _ in 0..3 {
        let Some(p) = page.prev_nonblank(k) else { break };
        k = p;
        let t = page.lines[p].text.clone();
        if page.lines[p].is_text() && FORM_INTRO_WORDS.iter().any(|w| t.contains(w)) && (t.contains("请") || t.contains("您")) {
            page.residue(p, Reason::Form);
            break;
        }
    }
}

/// `- 征集公告` / `- 草案内容` / `- 起草说明` at the top of the page, before its text opens: three
/// or more links of a few characters each, one a line, are the page's tabs (a document lists
/// nothing before its first sentence).
fn tab_bars(page: &mut Page) {
    let tab = |l: &super::super::page::Line| {
        let raw = l.raw.trim_start();
        let t = l.text.trim().trim_start_matches(['-', '*', '•', ' ']);
        l.is_text() && ["- ", "* ", "• "].iter().any(|m| raw.starts_with(m)) && (2..=6).contains(&t.chars().count()) && t.chars().all(han)
    };
    // before the text opens (its first sentence or salutation)
    let opens = |i: usize| has_sentence_end(&page.lines[i].text) || page.lines[i].text.trim_end().ends_with(['：', ':']);
    let texts: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text()).take_while(|&i| !opens(i)).take(TAB_BAR_LINES).collect();
    residue_runs(page, &texts, Reason::Navigation, tab);
}

/// Runs of three or more `lines` (indices in page order, blank lines left out) that all pass
/// `item` become residue for `reason`; a shorter run stays.
fn residue_runs(page: &mut Page, lines: &[usize], reason: Reason, item: impl Fn(&super::super::page::Line) -> bool) {
    let mut run: Vec<usize> = Vec::new();
    for &i in lines.iter().chain(std::iter::once(&usize::MAX)) {
        if page.lines.get(i).is_some_and(&item) {
            run.push(i);
            continue;
        }
        if run.len() >= 3 {
            for &k in &run {
                page.residue(k, reason);
            }
        }
        run.clear();
    }
}

/// Lines of text at the top of a page searched for its tabs.
const TAB_BAR_LINES: usize = 10;

/// `会费标准及管理办法` over `Membership fee standard and management method`: a bilingual
/// site's English caption under a short Chinese one, in sentence case (a Title Case one is an
/// English label wherever it stands). A plain phrase of a few words, no mark at all.
fn english_captions(page: &mut Page) {
    for i in 0..page.lines.len() {
        let t = page.lines[i].text.trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        let phrase = (2..=CAPTION_WORDS).contains(&words.len())
            && t.chars().count() <= 60
            && words.iter().all(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
            && t.starts_with(|c: char| c.is_ascii_uppercase());
        let under_caption = page.prev_nonblank(i).is_some_and(|p| {
            let c = page.lines[p].text.trim();
            (2..=SHORT_LINE / 2).contains(&c.chars().count()) && c.chars().all(han)
        });
        if page.lines[i].is_text() && phrase && under_caption {
            page.residue(i, Reason::EnglishLabel);
        }
    }
}

/// An English caption has at most this many words.
const CAPTION_WORDS: usize = 8;

/// `县政府` over `governor`: a column's name beside its English label is the site's too.
fn column_names(page: &mut Page) {
    for i in 0..page.lines.len() {
        if page.lines[i].class != Class::Residue(Reason::EnglishLabel) {
            continue;
        }
        let near = [page.prev_nonblank(i), page.next_nonblank(i)];
        for k in near.into_iter().flatten() {
            let t = page.lines[k].text.trim();
            if page.lines[k].is_text() && (2..=6).contains(&t.chars().count()) && t.chars().all(han) {
                page.residue(k, Reason::Navigation);
            }
        }
    }
}

/// `当前位置:首页 >> 电子银行 >> 电话银行` / `电话银行`: the column a trail ends in, shown again
/// as the page's heading right under it. (A trail that ends in the document's own title leaves
/// the title: a column's name is short and names no kind of document.)
fn column_under_trail(page: &mut Page) {
    for i in 0..page.lines.len() {
        // (a trail from the home page the chrome pass took for a menu: `首頁 / 公告事項 / …`)
        let home = || fold(page.lines[i].text.trim()).starts_with("首页") && page.lines[i].text.contains(TRAIL_MARKS);
        if page.lines[i].class != Class::Residue(Reason::Breadcrumb) && !(page.lines[i].class == Class::Residue(Reason::Navigation) && home()) {
            continue;
        }
        let mark = |c: char| TRAIL_MARKS.contains(&c) || c == ' ';
        let trail = page.lines[i].text.trim().trim_end_matches(mark);
        let Some(last) = trail.rsplit(mark).map(str::trim).find(|w| !w.is_empty()) else { continue };
        // (`公示公告`, `通知公告`: a column of two kinds of document together is no title)
        let named = !super::super::chars::ends_like_title(last) || kind_pair(last);
        let column = |t: &str| t.trim() == last && (2..=MAX_COLUMN_CHARS).contains(&last.chars().count()) && named;
        // (a headline over its post's dateline is the post's: `国庆中秋廉洁过节提醒` / `发布时间:…`)
        let dated = |k: usize| page.next_nonblank(k).is_some_and(|n| super::metadata::line_fields(page.lines[n].text.trim()).is_some());
        if let Some(k) = page.next_nonblank(i).filter(|&k| page.lines[k].is_text() && column(&page.lines[k].text) && !dated(k)) {
            page.residue(k, Reason::Navigation);
        } else if let Some(k) = page.next_nonblank(i).filter(|&k| page.lines[k].is_text() && column_over_headline(page, trail, k)) {
            page.residue(k, Reason::Navigation);
        }
    }
}

/// `首頁 / 公告事項 / 福利服務大樓公告 / 【大樓公告】115年度…公告` / `福利服務大樓公告` / `【大樓公告】115年度…公告
/// 2025-12-18`: the trail's column, under it, over the headline the trail ends in — the column,
/// whatever kind its name ends with.
fn column_over_headline(page: &Page, trail: &str, k: usize) -> bool {
    // (a trail that spaces its marks parts its items there only: `…時間12/20開放公告` is one)
    let spaced: Vec<String> = TRAIL_MARKS.iter().map(|m| format!(" {m} ")).filter(|m| trail.contains(m.as_str())).collect();
    let items: Vec<&str> = match spaced.first() {
        Some(m) => trail.split(m.as_str()).map(str::trim).filter(|w| !w.is_empty()).collect(),
        None => trail.split(|c: char| TRAIL_MARKS.contains(&c)).map(str::trim).filter(|w| !w.is_empty()).collect(),
    };
    let [.., column, headline] = items.as_slice() else { return false };
    let shown = page.next_nonblank(k).is_some_and(|h| page.lines[h].is_text() && squash(&page.lines[h].text).contains(&squash(headline)));
    page.lines[k].text.trim() == *column && column.chars().count() <= MAX_COLUMN_CHARS && headline.chars().count() > column.chars().count() && shown
}

/// A column's name is at most this long.
const MAX_COLUMN_CHARS: usize = 10;

/// `公示公告`, `通知公告`: two kinds of document named together, as a site's column is.
fn kind_pair(t: &str) -> bool {
    let t = fold(t.trim());
    KIND_WORDS.iter().any(|a| t.strip_prefix(a).is_some_and(|rest| rest != *a && KIND_WORDS.contains(&rest)))
}

/// `搜关键字:` / `按文件号:` / `颁发单位:` / `库别:`: three or more labels with nothing after
/// them, one a line: a search or filter form whatever its labels say.
fn empty_labels(page: &mut Page) {
    // (`标     题:`: a label letter-spaced to the width of the others)
    let bare = |t: &str| {
        let t: String = t.split_whitespace().collect();
        let label = t.strip_suffix(['：', ':']).unwrap_or("");
        // (`集团所属各单位：`, `全体教职工：` under a post's empty fields: the document's addressee)
        let addressed = label.contains('各') || SALUTATION_STARTS.iter().chain(&["全体"]).any(|w| label.starts_with(w));
        (2..=8).contains(&label.chars().count()) && label.chars().all(han) && !addressed
    };
    let lines: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].class != Class::Blank).collect();
    residue_runs(page, &lines, Reason::Form, |l| l.is_text() && bare(&l.text));
}

/// `免責聲明:` alone (the site's footer) over `本站（華夏泰科）部分信息來源于…，我們將在第一時間刪除。`:
/// the terms the label names, which speak of the site.
fn terms_under_label(page: &mut Page) {
    let site = |t: &str| SITE_SELF_WORDS.iter().any(|w| fold(t).contains(w));
    for i in 0..page.lines.len() {
        if page.lines[i].class != Class::Residue(Reason::SiteFooter) {
            continue;
        }
        let label = fold(page.lines[i].text.trim());
        if !STATEMENT_STARTS.contains(&label.as_ref()) {
            continue;
        }
        if let Some(j) = page.next_nonblank_text(i).filter(|&j| is_prose(&page.lines[j].text) && site(&page.lines[j].text)) {
            page.residue(j, Reason::SiteFooter);
        }
    }
}

/// How a site names itself in its terms.
const SITE_SELF_WORDS: &[&str] = &["本站", "本网", "本平台"];

/// A list of other articles with each date on a line of its own (`关于…的通知` / `[08-15]`):
/// the line above a date mark is an item too.
fn dated_items(page: &mut Page) {
    for i in 0..page.lines.len() {
        let mark = page.lines[i].class == Class::Residue(Reason::RelatedLinks) && page.lines[i].text.starts_with(['[', '【', '（', '(']);
        if let Some(p) = page.prev_nonblank(i).filter(|&p| mark && page.lines[p].is_text() && page.lines[p].chars() <= 60 && !page.lines[p].text.contains('。'))
        {
            page.residue(p, Reason::RelatedLinks);
        }
    }
}

/// `2010-03-24中華人民共和國統計法` / `2009-06-27中華人民共和國循環經濟促進法` / …: a box of
/// related laws, each title glued after its date, three or more one under the other. (A
/// document writes its dates in words, or parts a date from what follows it.)
fn dated_title_links(page: &mut Page) {
    let item = |l: &super::super::page::Line| {
        let t = l.text.trim();
        let digits = |r: std::ops::Range<usize>| t.get(r).is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()));
        let iso = digits(0..4) && t.get(4..5) == Some("-") && digits(5..7) && t.get(7..8) == Some("-") && digits(8..10);
        // (a law's title after the date, perhaps with a note: `…条例[失效]`; `2024-03-01至…` is a
        // timetable's range)
        let rest = t.get(10..).unwrap_or("");
        let title = rest.strip_suffix(']').and_then(|r| r.rsplit_once('[')).map_or(rest, |(h, _)| h);
        let titled = title.starts_with(han) && !title.starts_with(['至', '到']) && super::super::chars::ends_like_title(title);
        l.is_text() && iso && titled && l.chars() <= MAX_LINK_ITEM_CHARS && !has_sentence_end(t) && !t.contains(['，', ','])
    };
    let lines: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].class != Class::Blank).collect();
    residue_runs(page, &lines, Reason::RelatedLinks, item);
}

/// A related link's line (date and title) is at most this long.
const MAX_LINK_ITEM_CHARS: usize = 60;

/// `【税务总局】` / `【2019】` / `【工作】`: a post's tags (issuer, year, category), a short word in
/// brackets a line, two or more one under the other. A document brackets one label at a time
/// (`【编者按】` over its text).
fn bracketed_tags(page: &mut Page) {
    let tag = |t: &str| {
        let inner = t.trim().strip_prefix('【').and_then(|r| r.strip_suffix('】'));
        inner.is_some_and(|w| (1..=MAX_TAG_CHARS).contains(&w.chars().count()) && w.chars().all(|c| han(c) || c.is_ascii_alphanumeric()))
    };
    // (in the head only: `【案例一】` / `【基本案情】` in the text are its own labels)
    let head = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && super::super::chars::is_prose(&page.lines[i].text)).unwrap_or(page.lines.len());
    let mut run: Vec<usize> = vec![];
    for i in 0..=head {
        if i < head && page.lines[i].class == Class::Blank {
            continue;
        }
        if i < head && page.lines[i].is_text() && tag(&page.lines[i].text) {
            run.push(i);
            continue;
        }
        let words = run.iter().any(|&k| page.lines[k].text.chars().any(han));
        if run.len() >= 2 && words {
            for &k in &run {
                page.residue(k, Reason::PageMetadata);
            }
        }
        run.clear();
    }
}

/// A post's tag is a word of at most this many characters.
const MAX_TAG_CHARS: usize = 6;

/// Topic tags and a trail from 首页 parted by spaces over the text's first sentence: the page's.
/// (In the text they are its own: `发布时须添加话题 #我为家乡代言#`, `按以下路径进入：` / `首页
/// 个人服务 社保查询`.)
fn head_tags_and_trails(page: &mut Page) {
    // (the text opens with its first sentence, clause or numbered item)
    let opens = |l: &super::super::page::Line| {
        l.is_text() && (is_prose(&l.text) || l.text.contains('，') || super::headings::family(l.text.trim()).is_some()) && !topic_tags(&plain(&l.vis.text))
    };
    let head = page.lines.iter().position(opens).unwrap_or(page.lines.len());
    for i in 0..head {
        let t = plain(&page.lines[i].vis.text);
        if !page.lines[i].is_text() {
            continue;
        } else if topic_tags(&t) {
            page.residue(i, Reason::PageMetadata);
        } else if spaced_trail(&t) {
            page.residue(i, Reason::Breadcrumb);
        }
    }
}

/// `• 回首頁` / `• 駐警隊` / `• 一般公告` / `• 【…】…演習將於…實施`: a trail from the home page set
/// as a list, a step a line, down to the page's own headline — the site's, not the text's.
fn bulleted_trail(page: &mut Page) {
    let bullet = |i: usize| page.lines[i].raw.trim_start().starts_with(['•', '·', '*', '-']) && page.lines[i].chars() <= MAX_TRAIL_STEP_CHARS;
    let home = |i: usize| HOME_WORDS.contains(&plain(page.lines[i].text.trim()).as_ref());
    let Some(first) = (0..page.lines.len()).find(|&i| page.lines[i].class != Class::Blank) else { return };
    if !(bullet(first) && home(first)) {
        return;
    }
    // (step after step, no blank line between them)
    let steps: Vec<usize> = (first + 1..page.lines.len()).take_while(|&i| page.lines[i].class != Class::Blank && bullet(i)).collect();
    if steps.len() < MIN_TRAIL_STEPS {
        return;
    }
    for i in std::iter::once(first).chain(steps) {
        if page.lines[i].is_text() {
            page.residue(i, Reason::Breadcrumb);
        }
    }
}

/// Names of the home page that open a trail.
const HOME_WORDS: &[&str] = &["首页", "回首页", "返回首页", "网站首页", "Home"];
/// A trail set as a list has at least this many steps under its home page.
const MIN_TRAIL_STEPS: usize = 2;
/// A step of a trail, the page's headline included, is at most this long.
const MAX_TRAIL_STEP_CHARS: usize = 80;

/// `首页 会员服务 会员权益`: a trail from the home page parted by spaces, each step a short name
/// (not one ending in a kind: `首页 滚动播放 通知`).
fn spaced_trail(t: &str) -> bool {
    let steps: Vec<&str> = t.split_whitespace().collect();
    let step = |w: &&str| w.chars().count() <= MENU_ITEM_CHARS && w.chars().any(han) && !w.contains(['。', '，', '：', ':', '、']);
    steps.len() >= 3 && steps[0] == "首页" && steps.iter().all(step) && !steps.last().is_some_and(|l| super::super::chars::ends_like_title(l))
}

/// `政策实施通常通过立法、行政命令或项目计划进行 #生活知识# #社会生活# #公共政策#`: a content
/// site's topic tags, two or more `#…#` at the end of a line, after at most a short blurb that is
/// no sentence of the document.
fn topic_tags(t: &str) -> bool {
    let mut rest = t.trim();
    let mut tags = 0;
    while let Some(inner) = rest.strip_suffix('#') {
        let Some((before, word)) = inner.rsplit_once('#') else { break };
        if !(1..=MAX_TOPIC_TAG_CHARS).contains(&word.chars().count()) || word.contains(char::is_whitespace) {
            break;
        }
        tags += 1;
        rest = before.trim_end();
    }
    tags >= 2 && rest.chars().count() <= TOPIC_BLURB_CHARS && !has_sentence_end(rest) && !rest.contains(['，', ','])
}

/// A topic tag is a word or a short phrase.
const MAX_TOPIC_TAG_CHARS: usize = 12;
/// The blurb a content site puts before its topic tags is at most this long.
const TOPIC_BLURB_CHARS: usize = 40;

/// `下一篇：` alone on its line: the headline under it is the site's link, and so is the
/// `[ 06-01 ]` date after that.
fn prev_next_links(page: &mut Page) {
    let label = |t: &str| PREV_NEXT_LABELS.contains(&t.trim().trim_matches(['【', '】', '[', ']', ':', '：', ' ']));
    let date_mark = |t: &str| {
        let d = t.trim().trim_matches(['[', ']', '【', '】', '(', ')', '（', '）', ' ']);
        (4..=10).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit() || "-./".contains(c))
    };
    for i in 0..page.lines.len() {
        if !matches!(page.lines[i].class, Class::Residue(Reason::RelatedLinks)) || !label(&page.lines[i].text) {
            continue;
        }
        let Some(j) = page.next_nonblank(i).filter(|&j| page.lines[j].is_text() && page.lines[j].chars() <= 60 && !page.lines[j].text.contains('。')) else {
            continue;
        };
        page.residue(j, Reason::RelatedLinks);
        if let Some(k) = page.next_nonblank(j).filter(|&k| page.lines[k].is_text() && date_mark(&page.lines[k].text)) {
            page.residue(k, Reason::RelatedLinks);
        }
    }
}

/// `部门解读：` over `…的通告的政策解读`, `热点解读：` over `【森林防火】…政策咨询问答`: the site's
/// links to readings of the policy it posts, a label and one link each.
fn interpretation_links(page: &mut Page) {
    for i in 0..page.lines.len() {
        let label = page.lines[i].text.trim().trim_end_matches([':', '：']).trim();
        if !page.lines[i].is_text() || !INTERPRETATION_LABELS.contains(&label) {
            continue;
        }
        let link = page.next_nonblank(i).filter(|&j| {
            let t = &page.lines[j].text;
            page.lines[j].is_text() && page.lines[j].chars() <= MAX_LINK_CHARS && !has_sentence_end(t) && INTERPRETATION_WORDS.iter().any(|w| t.contains(w))
        });
        let Some(j) = link else { continue };
        page.residue(i, Reason::RelatedLinks);
        page.residue(j, Reason::RelatedLinks);
    }
}

/// A link's headline is at most this long.
const MAX_LINK_CHARS: usize = 80;

/// The source of a server page scraped with it (JSP / ASP `<% … %>` blocks, often cut into a
/// `<` line and a `%…` line), the stray `">` of the tags it filled, and a widget's short heading
/// standing between two such blocks: none of it is the document's.
fn server_template_code(page: &mut Page) {
    let opens = |page: &Page, i: usize| {
        let t = page.lines[i].text.trim();
        t.starts_with("<%") || t == "<" && page.next_nonblank(i).is_some_and(|j| page.lines[j].text.trim_start().starts_with('%'))
    };
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < page.lines.len() {
        if !page.lines[i].is_text() || !opens(page, i) {
            i += 1;
            continue;
        }
        // to the line that closes it, within a page's worth of code
        let Some(end) = (i..page.lines.len().min(i + 60)).find(|&j| page.lines[j].text.contains("%>")) else {
            i += 1;
            continue;
        };
        for j in i..=end {
            if page.lines[j].is_text() {
                page.residue(j, Reason::Script);
            }
        }
        blocks.push((i, end));
        i = end + 1;
    }
    if blocks.is_empty() {
        return;
    }
    for i in 0..page.lines.len() {
        let t = page.lines[i].text.trim();
        if page.lines[i].is_text() && !t.is_empty() && t.chars().all(|c| "\"'<>/".contains(c)) {
            page.residue(i, Reason::Html);
        }
    }
    // a short line with a block right before and right after it heads the widget they fill
    for w in blocks.windows(2) {
        let (a, b) = (w[0].1, w[1].0);
        let between: Vec<usize> = (a + 1..b).filter(|&j| page.lines[j].is_text() && !page.lines[j].text.trim().is_empty()).collect();
        if let [j] = between[..]
            && page.lines[j].chars() <= 8
            && !has_sentence_end(&page.lines[j].text)
        {
            page.residue(j, Reason::Navigation);
        }
    }
}

/// Thematic breaks between the parts of a Markdown page, stray cell borders.
/// A rule drawn with dashes has at least this many (two over the text's opening).
const MIN_DRAWN_RULE: usize = 4;
/// Marks a page draws a rule with, repeated along a line.
const RULE_ORNAMENTS: &str = "◆◇■●★☆▲△▼▽♦◎※❖✦✧";

/// A rule typed with ASCII hyphens on a plain page has at least this many (`--` is a dash).
const MIN_TYPED_RULE: usize = 6;

fn separators(page: &mut Page) {
    let text_opening = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)).unwrap_or(page.lines.len());
    for i in 0..page.lines.len() {
        let t = trim_all(&page.lines[i].raw).to_string();
        let marks = t.chars().filter(|c| !c.is_whitespace()).count();
        let rule = page.markdownish && marks >= 3 && ['*', '-', '_'].iter().any(|m| t.chars().all(|c| c == *m || c == ' '));
        let prev_text = i > 0 && page.lines[i - 1].is_text();
        let border = t.chars().all(|c| c == '|' || c == '｜' || c.is_whitespace());
        // `——————————`: the rule under an organ mark, drawn with dashes (`——` alone between a
        // title and its number too)
        // (in the text, `——` alone is a table's or a form's "none")
        let dashes = t.chars().all(|c| "—─━═＿－".contains(c) || c.is_whitespace());
        let drawn = dashes && (marks >= MIN_DRAWN_RULE || marks >= 2 && i < text_opening);
        // `◆◆◆◆◆◆`: a letterhead's rule of ornaments (not `○○○` or `□□□`, a name or a box left blank)
        let drawn = drawn || marks >= MIN_DRAWN_RULE && t.chars().all(|c| RULE_ORNAMENTS.contains(c) || c.is_whitespace());
        // `------------`: a plain page's rule typed with hyphens or equals signs (a Markdown
        // page's are its thematic breaks, `rule` above)
        let typed = !page.markdownish && marks >= MIN_TYPED_RULE && ['-', '='].iter().any(|m| t.chars().all(|c| c == *m || c == ' '));
        // `******` under a press release's title: a rule of stars in any text (no setext
        // underline), whose marks would otherwise read as empty emphasis
        let stars = marks >= 3 && t.chars().all(|c| c == '*' || c == ' ');
        let starred = stars && matches!(page.lines[i].class, Class::Text | Class::Blank);
        // `????????` / `?`: a page's layout spaces an encoder could not write, lost as marks
        let lost = marks >= 1 && t.chars().all(|c| c == '?' || c.is_whitespace());
        // `-` alone over the text: a menu's bullet left without its item
        let bullet = !page.markdownish && t == "-" && i < text_opening;
        if starred || page.lines[i].is_text() && (rule && !prev_text || border || drawn || typed || lost || bullet) {
            page.residue(i, Reason::Separator);
        }
    }
}

/// `网站地图` / `|` / `怀旧网站` / `|` / `学校外网`: a menu whose items and bars the page put on
/// lines of their own. Short items joined by two bars or more, one of them a navigation word,
/// are all navigation.
fn menus_over_lines(page: &mut Page) {
    let bar = |page: &Page, i: usize| page.lines[i].class == Class::Residue(Reason::Separator) && page.lines[i].text.contains(['|', '｜']);
    let item = |page: &Page, i: usize| {
        page.lines[i].chars() <= 8
            && !has_sentence_end(&page.lines[i].text)
            && !page.lines[i].text.contains(['，', ','])
            && matches!(page.lines[i].class, Class::Text | Class::Residue(Reason::Navigation))
    };
    let mut i = 0;
    while i < page.lines.len() {
        if !item(page, i) {
            i += 1;
            continue;
        }
        // the items of the run, each after a bar
        let mut items = vec![i];
        let mut at = i;
        while let Some(b) = page.next_nonblank(at).filter(|&b| bar(page, b)) {
            match page.next_nonblank(b).filter(|&n| item(page, n)) {
                Some(n) => {
                    items.push(n);
                    at = n;
                }
                None => break,
            }
        }
        let named = items.iter().any(|&k| page.lines[k].class == Class::Residue(Reason::Navigation) || is_nav_word(page.lines[k].text.trim()));
        if items.len() >= 3 && named {
            for &k in &items {
                if page.lines[k].is_text() {
                    page.residue(k, Reason::Navigation);
                }
            }
        }
        i = at + 1;
    }
}

/// A menu bar's second row: `统战在线 | 学习园地 | 部门职责 | …` right under a row of it that
/// names a navigation word is the same menu (a table row has sentences or numbers in its cells).
fn second_menu_rows(page: &mut Page) {
    let menu_shape = |t: &str| {
        let parts: Vec<&str> = t.split(['|', '｜', '│']).map(str::trim).filter(|w| !w.is_empty()).collect();
        parts.len() >= MENU_ROW_ITEMS
            && parts.iter().all(|w| w.chars().count() <= 6 && !w.contains(['。', '，', '：', '、']) && !w.chars().any(|c| c.is_ascii_digit()))
    };
    for i in 1..page.lines.len() {
        let Some(above) = page.prev_nonblank(i) else { continue };
        if page.lines[i].is_text()
            && page.lines[above].class == Class::Residue(Reason::Navigation)
            && menu_shape(&page.lines[above].text)
            && menu_shape(&page.lines[i].text)
        {
            page.residue(i, Reason::Navigation);
        }
    }
}

/// How many bar-parted items make a line a menu row (a table row of short cells has fewer).
const MENU_ROW_ITEMS: usize = 5;

/// `附件：` with nothing after it and only chrome following (its script, the footer).
fn empty_attachment_lists(page: &mut Page) {
    // (in brackets too, `【相關附件】`)
    let empty = |t: &str| {
        // (the labels are short: a longer line is not folded)
        if t.trim().chars().count() > EMPTY_LABEL_CHARS {
            return false;
        }
        let folded = super::super::chars::fold(t.trim());
        let bare = folded.trim_start_matches(['【', '[']).trim_end_matches(['】', ']']);
        matches!(bare, "附件" | "附件：" | "附件:" | "相关附件" | "相关附件：" | "相关附件:" | "附件下载" | "附件下载：" | "附件下载:")
    };
    for i in 0..page.lines.len() {
        if page.lines[i].is_text() && empty(&page.lines[i].text) && page.next_nonblank(i).is_none_or(|j| matches!(page.lines[j].class, Class::Residue(_))) {
            page.residue(i, Reason::EmptyAttachmentList);
        }
    }
}

/// An empty attachment list's label, brackets and all, is at most this long (`【附件下载：】`).
const EMPTY_LABEL_CHARS: usize = 8;

/// After a site-footer line that only short lines follow, what is left (menus, a leave-the-site
/// dialog) is chrome too; contact and metadata lines stay for the front matter.
fn page_footer(page: &mut Page) {
    let n = page.lines.len();
    let keep = |t: &str| super::contact::fields(t).is_some() || super::metadata::meta_line(t).is_some();
    // the site's own address and telephone under its copyright line (`版权所有：…学院` /
    // `通讯地址：…` / `…请与我们联系 电话：…`): the webmaster's, not the document's
    let site_contact = |t: &str| SITE_CONTACT_WORDS.iter().any(|w| t.contains(w));
    // (`联系我们:…@qq.com` right over the copyright line: the site's too)
    let over_footer: Vec<usize> = (0..n)
        .filter(|&f| page.lines[f].class == Class::Residue(Reason::SiteFooter))
        .filter_map(|f| page.prev_nonblank(f))
        .filter(|&p| page.lines[p].is_text() && site_contact(&page.lines[p].text))
        .collect();
    for p in over_footer {
        page.residue(p, Reason::PageFooter);
    }
    // a contact line between two footer lines is the site's too
    let footer_at = |i: usize| page.lines[i].class == Class::Residue(Reason::SiteFooter);
    let between_footers = |j: usize| {
        (0..j).rev().find(|&i| page.lines[i].is_text() || footer_at(i)).is_some_and(footer_at)
            && (j + 1..n).find(|&i| page.lines[i].is_text() || footer_at(i)).is_some_and(footer_at)
    };
    let footer_start = (0..n).filter(|&i| page.lines[i].class == Class::Residue(Reason::SiteFooter)).find(|&f| {
        (f + 1..n)
            .all(|j| !page.lines[j].is_text() || keep(&page.lines[j].text) || site_contact(&page.lines[j].text) || page.lines[j].chars() <= FOOTER_FRAGMENT)
            // (a line numbered as a document numbers its parts is the document's: what it heads too)
            && (f + 1..n).all(|j| !page.lines[j].is_text() || !document_numbered(&page.lines[j].text))
    });
    if let Some(f) = footer_start {
        let site: Vec<usize> = (f + 1..n)
            .filter(|&j| page.lines[j].is_text() && (!keep(&page.lines[j].text) || site_contact(&page.lines[j].text) || between_footers(j)))
            .collect();
        for j in site {
            page.residue(j, Reason::PageFooter);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::chars::visible;
    use super::*;

    fn reason(l: &str) -> Option<Reason> {
        line_reason(l, &visible(l))
    }

    #[test]
    fn a_sites_cookie_or_privacy_consent_notice_goes_and_a_notice_about_privacy_stays() {
        let banner = "本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明當您關閉此視窗,代表您同意上述規範。";
        assert_eq!(reason(banner), Some(Reason::Consent));
        assert_eq!(reason("請同意我們的隱私權規範,才能啟用聽新聞的功能。"), Some(Reason::Consent));
        let mut page =
            super::super::lines::read("本網站使用cookies以提昇您的瀏覽體驗。繼續使用本網站表示您同意我們使用cookies。\n\n同意\n\n股東權益保護政策\n同意\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Consent), "its button goes with it");
        assert!(page.lines[4].is_text() && page.lines[5].is_text());
        assert_eq!(reason("未经本人同意，不得泄露学生的个人隐私。"), None);
    }

    #[test]
    fn a_language_prompt_in_kana_beside_the_chrome_goes_and_an_icons_alt_text_too() {
        let mut page = super::super::lines::read(
            "Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website?\nこちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。\n中央社一手新聞APP Icon中央社一手新聞APP\n警戒本土疫情升溫 大醫院落實探病管制\n",
        );
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Navigation));
        assert_eq!(page.lines[2].class, Class::Residue(Reason::ImagePlaceholder));
        assert!(page.lines[3].is_text());
        assert!(!kana_line("東京都の新型コロナ") && kana_line("こちらのページは繁体字版です。"));
    }

    #[test]
    fn a_site_builders_anchors_a_size_switcher_of_letters_and_a_zoned_stamp_go() {
        assert_eq!(reason("top of page"), Some(Reason::PageLink));
        assert_eq!(reason("bottom of page"), Some(Reason::PageLink));
        assert_eq!(reason("A A A"), Some(Reason::Switcher));
        assert_eq!(reason("A- A A+"), Some(Reason::Switcher));
        assert_eq!(reason("2025-09-08 HKT 11:59"), Some(Reason::PageMetadata));
        assert_eq!(reason("Download PDF • 305KB"), Some(Reason::PageLink));
        assert_eq!(reason("全文請參閱右方通告正本"), Some(Reason::PageLink));
        // (a letter and a sentence are text)
        assert_eq!(reason("A"), None);
        assert_eq!(reason("2025-09-08 起实施"), None);
    }

    #[test]
    fn a_posting_date_after_its_publishers_name_and_label_is_the_pages() {
        assert_eq!(reason("國家能源局發(fā)布時間:2021-11-30 00:00:00"), Some(Reason::PageMetadata));
        assert_eq!(reason("会议于2021-11-30 09:00:00召开"), None);
    }

    #[test]
    fn a_list_pages_pager_goes() {
        assert_eq!(reason("1 2"), Some(Reason::PageNumber));
        assert_eq!(reason("1 2 3 4 5"), Some(Reason::PageNumber));
        assert_eq!(reason("2 3"), None);
        assert_eq!(reason("1 3"), None);
    }

    #[test]
    fn a_files_name_wrapped_before_its_extension_goes_with_it() {
        let mut page = super::super::lines::read("【中心服務特別安排通告】\n\n防疫_中心特別安排20220125\n.pdf\n致各會員及中心使用者：\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::PageLink));
        assert_eq!(page.lines[3].class, Class::Residue(Reason::PageLink));
        assert!(page.lines[0].is_text() && page.lines[4].is_text());
        // (a sentence over it is the text's)
        let mut page = super::super::lines::read("附件請於下方下載，謝謝。\n.pdf\n");
        run(&mut page);
        assert!(page.lines[0].is_text());
    }

    #[test]
    fn a_back_link_with_its_pointing_mark_and_a_rule_of_ornaments_go() {
        assert_eq!(reason("< 返回"), Some(Reason::PageLink));
        let mut page = super::super::lines::read("宣道中學家長教師會\n◆◆◆◆◆◆◆◆◆◆◆◆\n○○○\n□□□□\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert!(page.lines[2].is_text() && page.lines[3].is_text(), "{:?}", page.lines);
    }

    #[test]
    fn an_events_organiser_named_over_more_of_the_text_is_kept_and_a_sites_footer_goes() {
        let text = "关于召开会员大会的通知\n各会员单位：\n01\n会议组织\n主办单位：中国长丝织造协会\n02\n会议主要内容\n召开第三次会员大会，审议协会章程。\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()), "{:?}", page.lines.iter().map(|l| (&l.text, l.class)).collect::<Vec<_>>());
        // (a footer naming the site's 主办 and 承办 on one line goes, and what only short lines follow)
        let mut page = super::super::lines::read(
            "各单位：\n现将有关事项通知如下，请认真贯彻执行。\n主办:罗源县人民政府办公室承办:罗源县政务服务中心\n为确保最佳浏览效果,建议您使用以下浏览器版本:IE浏览器9.0版本及以上\n",
        );
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::SiteFooter));
    }

    #[test]
    fn teasers_cut_off_with_dots_opening_the_page_are_other_stories_and_one_in_the_text_stays() {
        let teaser = "引言8月7日,中國航空器材集團能源管理有限責任公司(以下簡稱“中國航材能源”)與海爾中央空調簽署戰略合作協......";
        let mut page = super::super::lines::read(&format!("{teaser}\n{teaser}\n晉政發〔2018〕30號\n各市、縣人民政府:\n現將計劃印發給你們，請認真貫徹執行。\n"));
        run(&mut page);
        assert!(page.lines[..2].iter().all(|l| l.class == Class::Residue(Reason::RelatedLinks)), "{:?}", page.lines);
        assert!(page.lines[2..].iter().all(|l| l.is_text()), "{:?}", page.lines);
        // (a sentence of the text that trails off stays the text's)
        let mut page = super::super::lines::read(&format!("关于做好防汛工作的通知\n各乡镇：\n{teaser}\n"));
        run(&mut page);
        assert!(page.lines[2].is_text(), "{:?}", page.lines);
    }

    #[test]
    fn a_post_by_the_sites_own_account_with_its_hits_is_metadata_and_a_dated_sentence_is_not() {
        assert_eq!(reason("2020-04-03 本站小编 0"), Some(Reason::PageMetadata));
        assert_eq!(reason("2021-05-06 admin"), Some(Reason::PageMetadata));
        assert_eq!(reason("2020-04-03 本站小编发布通知"), None);
    }

    #[test]
    fn the_column_a_trail_ends_in_shown_again_under_it_is_navigation_and_a_title_is_not() {
        let mut page = super::super::lines::read("当前位置:首页 >> 电子银行 >> 电话银行\n\n电话银行\n\n安全提示\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Navigation));
        assert!(page.lines[4].is_text());
        let mut page = super::super::lines::read("首页» 商会动态» 公示公告\n\n公示公告\n\n严 正 声 明\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Navigation));
        let mut page = super::super::lines::read("当前位置:首页 > 通知公告 > 关于做好防汛工作的通知\n关于做好防汛工作的通知\n");
        run(&mut page);
        assert!(page.lines[1].is_text(), "{:?}", page.lines[1]);
    }

    #[test]
    fn clock_times_a_line_each_in_a_row_are_a_timetables_and_one_alone_is_the_posting_time() {
        let mut page = super::super::lines::read("考试时间安排如下：\n上午\n下午\n10:00\n15:30\n一年级\n");
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()), "{:?}", page.lines);
        let mut page = super::super::lines::read("关于做好防汛工作的通知\n2024-05-06\n13:46\n各镇人民政府：\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_row_of_arrows_is_a_separator_and_a_line_with_an_arrow_in_its_text_is_not() {
        let mut page = super::super::lines::read("↓↓\n各镇人民政府：\n为做好防空警报试鸣工作，特通知如下。\n北京→上海\n");
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::Separator));
        assert!((1..4).all(|i| page.lines[i].is_text()));
    }

    #[test]
    fn a_size_switcher_whose_buttons_lost_their_words_is_chrome_and_a_bracketed_note_is_not() {
        assert_eq!(reason("文字 〖    〗"), Some(Reason::Switcher));
        assert_eq!(reason("字号：[大 中 小]"), Some(Reason::Switcher));
        assert!(!size_switcher("文字（略）"));
    }

    #[test]
    fn sentences_and_headings_that_share_words_with_chrome_stay() {
        for line in [
            "四、推动国产精品拓展日韩及欧美市场",
            "居民王大爷说：“这些惠民政策对我有帮助！”",
            "五、规范网络直播打赏",
            "严禁未成年人直播打赏",
            "他们的奉献精神值得赞赏",
        ] {
            assert_eq!(reason(line), None, "{line}");
        }
        let mut page = super::super::lines::read(
            "为做好招聘工作，现将安排通知如下。\n六、时间安排\n2024-03-01至2024-03-15网上报名\n2024-03-20至2024-03-22资格审查\n2024-04-06笔试\n提交申请\n↓\n窗口受理\n单位 人数\n城关镇 12\n——\n",
        );
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()), "{:?}", page.lines.iter().filter(|l| !l.is_text()).collect::<Vec<_>>());
    }

    #[test]
    fn a_hacked_sites_adult_search_terms_are_spam_and_a_sentence_naming_regions_is_not() {
        assert_eq!(reason("色婷婷久久一区二区三区麻豆,日韩精品少妇无码受不了,精品国产乱码久久久ea7"), Some(Reason::SpamKeywords));
        assert_eq!(reason("日韩一区国产二区欧美三，国产精品无卡无在线播放，久久国产精品自由自在"), Some(Reason::SpamKeywords));
        assert_eq!(reason("亚洲、欧美和日韩市场的精品服装出口增长"), None);
    }

    #[test]
    fn a_sites_list_of_its_columns_named_alone_is_navigation() {
        assert_eq!(reason("分類清單"), Some(Reason::Navigation));
        assert_eq!(reason("分類清單如下："), None);
    }

    #[test]
    fn a_tip_boxs_buttons_a_helpfulness_vote_and_a_comment_boxs_heading_are_chrome() {
        assert_eq!(reason("打赏 支付宝打赏 微信打赏"), Some(Reason::Share));
        assert_eq!(reason("添加新评论"), Some(Reason::Form));
        assert_eq!(reason("該內容對我有幫助 贊一個"), Some(Reason::Form));
        assert_eq!(reason("打赏功能上线后，收入增长明显。"), None);
    }

    #[test]
    fn a_menu_of_one_page_of_several_units_is_navigation_and_a_list_of_units_is_not() {
        let menu = "中枢街道信息公开 同乐街道信息公开 板桥镇信息公开 三岔河镇信息公开 马街镇信息公开";
        assert_eq!(reason(menu), Some(Reason::Navigation));
        assert!(!same_kind_links("中枢街道信息公开 同乐街道信息公开 板桥镇"));
        assert!(!same_kind_links("一、 中枢街道 同乐街道 板桥镇 三岔河镇"));
        // (units a document lists, parted by spaces)
        assert_eq!(reason("城关社区居委会 东关社区居委会 西关社区居委会 南关社区居委会"), None);
        assert_eq!(reason("城关镇人民政府　东关镇人民政府　西关镇人民政府　南关镇人民政府"), None);
    }

    #[test]
    fn three_related_laws_each_glued_after_its_date_are_links_and_one_dated_line_is_text() {
        let mut page = super::super::lines::read(
            "五、注册会计师的编号为12位数。\n2010-03-24中华人民共和国统计法\n2009-06-27中华人民共和国循环经济促进法\n2008-08-29中华人民共和国律师暂行条例[失效]\n",
        );
        run(&mut page);
        assert!(page.lines[0].is_text());
        assert!((1..4).all(|i| page.lines[i].class == Class::Residue(Reason::RelatedLinks)), "{:?}", page.lines);
        let mut page = super::super::lines::read("2010-03-24中华人民共和国统计法修订施行\n五、注册会计师的编号为12位数。\n");
        run(&mut page);
        assert!(page.lines[0].is_text());
    }

    #[test]
    fn a_captcha_prompt_alone_under_the_signer_is_the_sites_form() {
        let mut page = super::super::lines::read("特此通知。\n鹽城市公安局交通警察支隊\n請輸入驗證碼\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Form));
        assert!(page.lines[1].is_text());
        // a guide's sentence about the code stays, and so does a step of a guide the text goes on after
        let mut page = super::super::lines::read("登录后请输入验证码，再点击提交按钮。\n");
        run(&mut page);
        assert!(page.lines[0].is_text());
        let mut page = super::super::lines::read("第二步，在弹出的窗口中填写手机号码并获取短信。\n请输入验证码\n第三步，点击提交按钮完成申报。\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
        // (under a comment box's line, whatever prose the page goes on with)
        let mut page = super::super::lines::read("特此通知。\n天兴互联\n欢迎 发表评论: 取消回复\n请填写验证码\n已有账号？直接登录。\n");
        run(&mut page);
        assert_eq!(page.lines[3].class, Class::Residue(Reason::Form), "{:?}", page.lines);
    }

    #[test]
    fn a_trail_from_the_home_page_parted_by_spaces_over_the_text_is_a_breadcrumb() {
        let mut page = super::super::lines::read("首页 会员服务 会员权益\n会员服务\n一、会员享有选举权、被选举权和表决权。\n");
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::Breadcrumb));
        assert!(spaced_trail("首页 新闻中心 通知公告 正文") && !spaced_trail("首页 滚动播放 通知"));
        // a sentence about the home page is not; a path the text tells the reader to follow stays
        assert!(!spaced_trail("首页 改版后，各栏目内容将陆续迁移。"));
        let mut page = super::super::lines::read("为方便群众办事，现将有关事项通告如下。\n登录网站后，按以下路径进入：\n首页 个人服务 社保查询 缴费证明打印\n");
        run(&mut page);
        assert!(page.lines[2].is_text());
    }

    #[test]
    fn a_content_sites_topic_tags_over_the_text_are_the_pages_metadata() {
        let mut page = super::super::lines::read(
            "【政策文件】关于印发实施方案的通知\n政策实施通常通过立法、行政命令或项目计划进行 #生活知识# #社会生活# #公共政策#\n余卫字〔2023〕72号\n各单位：\n现将方案印发给你们，请认真组织实施。\n",
        );
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert!(topic_tags("#防汛# #应急管理#"));
        // one tag, or a sentence before them, is the document's
        assert!(!topic_tags("请在微博发帖时带上话题 #安全生产月#"));
        assert!(!topic_tags("各单位要及时报送，并加注话题标签 #安全生产月# #应急管理#"));
        assert!(!topic_tags("活动话题为#我的城市#和#我的家#。"));
        // in the text, the topics it asks for stay
        let mut page = super::super::lines::read("为展示我镇发展新貌，现将有关事项通知如下：\n一、参与方式\n发布时须添加话题 #我为家乡代言# #美丽乡村#\n");
        run(&mut page);
        assert!(page.lines[2].is_text());
    }

    #[test]
    fn a_login_boxs_word_alone_at_the_pages_end_under_its_chrome_is_the_sites_form() {
        let mut page = super::super::lines::read("特此通知。\n某区教育局\n2018年12月20日\n分享到:\n用户登录\n");
        run(&mut page);
        assert_eq!(page.lines[4].class, Class::Residue(Reason::Form));
        // (right under the date, or a button's word)
        for word in ["用户登录", "收藏", "标签:"] {
            let mut page = super::super::lines::read(&format!("特此通知。\n某区教育局\n2018年12月20日\n{word}\n"));
            run(&mut page);
            assert!(matches!(page.lines[3].class, Class::Residue(_)), "{word}");
        }
        // under the text it is a guide's heading
        let mut page = super::super::lines::read("请按以下步骤办理。\n用户登录\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn a_search_boxs_placeholder_over_the_title_is_navigation() {
        let mut page = super::super::lines::read("请输入搜索关键字\n\n国务院关于表彰全国劳动模范和先进工作者的决定\n");
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::Navigation));
        assert!(page.lines[2].is_text());
    }

    #[test]
    fn a_sentence_that_opens_with_a_navigation_word_is_text() {
        for t in [
            "请输入关键字后点击查询按钮，即可检索本单位公开的全部文件。",
            "更多工作将在下周安排，请各单位做好准备。",
            "搜索引擎优化工作已经完成，请各单位查看。",
        ] {
            let mut page = super::super::lines::read(&format!("关于开展检查的通知\n各单位：\n{t}\n"));
            run(&mut page);
            assert!(page.lines[2].is_text(), "{t}: {:?}", page.lines[2].class);
        }
        // a link's label that opens with one is still the site's
        assert!(is_nav_word("更多>>") && is_nav_word("English版") && is_nav_word("学院首页"));
        assert!(!is_nav_word("English版网站将于下月上线，欢迎各单位提出修改意见和建议。"));
    }

    #[test]
    fn a_dialog_for_leaving_the_site_is_the_pages_script() {
        let mut page = super::super::lines::read("2023年9月28日\n\n提示\n\n您即将离开中华人民共和国海事局网站\n\n确定 取消\n");
        run(&mut page);
        assert!([2, 4, 6].iter().all(|&i| page.lines[i].class == Class::Residue(Reason::Script)));
        // its button left alone at the end of the page
        let mut page = super::super::lines::read(
            "廣州市番禺區民政局
2023年8月11日
繼續訪問
",
        );
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Script));
        // a 提示 heading over text is the text's
        let mut page = super::super::lines::read("提示\n请各单位按时报送材料。\n");
        run(&mut page);
        assert!(page.lines[0].is_text());
    }

    #[test]
    fn a_news_sites_name_repeated_by_the_stories_lead_is_its_byline() {
        let mut page = super::super::lines::read(
            "谢商成主持召开县政府第42次常务会议\n红网溆浦站\n \n07-31 15:33\n\\\n红网溆浦站7月31日讯(记者 伍丹) 7月29日，县长谢商成主持召开县人民政府常务会议。\n",
        );
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(page.lines[4].class, Class::Residue(Reason::Separator), "a stray backslash");
        assert!(page.lines[0].is_text() && page.lines[5].is_text());
        // a heading that the next paragraph opens with is the text's
        let mut page = super::super::lines::read("工作要求\n工作要求一是明确责任，二是加强督查。\n");
        run(&mut page);
        assert!(page.lines[0].is_text());
    }

    #[test]
    fn a_one_column_tables_rule_kept_as_text_is_a_separator() {
        let mut page = super::super::lines::read("因應疫情趨緩,即日起調整管理措施\n---|\n中央流行疫情指揮中心今日表示,放寬陪病規定。\n| :---: |\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert_eq!(page.lines[3].class, Class::Residue(Reason::Separator));
        assert!(page.lines[2].is_text());
        // a real table's rule stays with its rows
        let mut page = super::super::lines::read("| 序号 | 名称 |\n|---|---|\n| 1 | 甲 |\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn a_scripts_loading_placeholder_and_a_reposts_link_to_its_source_are_chrome() {
        for t in ["Loading……", "Loading...", "加载中..."] {
            assert_eq!(reason(t), Some(Reason::Script), "{t}");
        }
        assert_eq!(reason("正在加载的货物须经检验合格后方可出港。"), None);
        assert_eq!(reason("点击左下角阅读原文查看公告详情"), Some(Reason::PageLink));
        assert_eq!(reason("请认真阅读原文件并按要求填报。"), None);
        assert_eq!(reason("页面功能:"), Some(Reason::PageLink));
    }

    #[test]
    fn a_part_of_the_document_named_like_a_sites_sponsor_and_the_short_lines_under_it_stay() {
        let c = classes(
            "江苏省高邮市是一座有着7000年文明史的历史文化名城，特举办“弘邮杯”征文大赛。\n一、主办单位：\n江苏省作家协会\n高邮市人民政府\n二、承办单位\n《雨花》杂志社\n",
        );
        assert!(c.iter().all(|k| *k == Class::Text), "{c:?}");
        assert_eq!(reason("主办单位：高邮市人民政府办公室"), Some(Reason::SiteFooter));
        assert_eq!(reason("2.由各单位承办的学校层面的活动、重要会议的报道，由承办单位负责及时撰写稿件。"), None);
    }

    #[test]
    fn the_pieces_of_a_follow_prompt_go_and_the_steps_of_a_guide_stay() {
        let c = classes("点击“前郭县妇联”\n关注我哟\n点击…按钮\n为切实做好秸秆禁烧工作，改善大气环境质量，现通告如下。\n");
        assert_eq!(c[..3], [Class::Residue(Reason::Share), Class::Residue(Reason::Share), Class::Residue(Reason::Share)]);
        let c = classes("办理步骤如下：\n点击“我要办事”\n点击“提交”按钮\n办理结果将以短信方式告知申请人。\n");
        assert!(c.iter().all(|k| *k == Class::Text), "{c:?}");
    }

    #[test]
    fn a_comment_boxs_prompts_tabs_and_buttons_go_and_a_sentence_about_comments_stays() {
        let c = classes("我来说两句 0人参与,0条评论\n发表\n还没有评论,快来抢沙发吧!\n");
        assert_eq!(c[1], Class::Residue(Reason::Form));
        for t in ["我来说两句 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论", "网友评论", "已有0人发表了评论", "已有0人参与,点击查看更多精彩评论"]
        {
            assert_eq!(reason(t), Some(Reason::Form), "{t}");
        }
        assert_eq!(reason("最新评论显示，网友普遍支持这一做法。"), None);
    }

    #[test]
    fn a_posts_stamp_with_its_clock_time_and_counters_is_the_pages() {
        assert_eq!(reason("2022-04-23 07:32 莱州人民医院微信公号阅读 (75686) 扫描到手机"), Some(Reason::PageMetadata));
        assert_eq!(reason("2022-04-23 07:32"), Some(Reason::PageMetadata));
        // a day without its year, before the clock; a day alone is no stamp
        assert_eq!(reason("07-31 15:33"), Some(Reason::PageMetadata));
        assert_eq!(reason("13-31 15:33"), None);
        assert_eq!(reason("2022-04-23 07:32 起，全市公交线路恢复运营，请市民合理安排出行。"), None, "a sentence after it");
        assert_eq!(reason("2022年4月23日"), None, "a date alone may sign the text");
        // its channel run into the date, its author into the clock
        assert_eq!(reason("社会热点2022-10-24 23:39:38未知"), Some(Reason::PageMetadata));
        assert_eq!(reason("本次活动定于2022-10-24 09:30举行"), None);
        assert_eq!(reason("活动定于2022-10-24 09:30举行"), None);
        assert_eq!(reason("会议2022-10-24 09:30召开"), None);
    }

    #[test]
    fn a_servers_error_dump_goes_and_an_english_warning_sentence_stays() {
        for t in [
            r"Fatal error: Uncaught think\exception\ErrorException: mkdir(): No space left on device in D:\www\File.php:61 Stack trace: #0",
            "Warning: mysql_connect(): Too many connections in /home/www/inc/conn.php on line 12",
            "Traceback (most recent call last): File \"/srv/app.py\", line 3, in <module>",
        ] {
            assert_eq!(reason(t), Some(Reason::ServerError), "{t}");
        }
        assert_eq!(reason("Warning: do not swim in the reservoir."), None);
        assert_eq!(reason("Notice: 关于做好2024年防汛工作的通知.php"), None, "Han text is the document's");
    }

    #[test]
    fn a_labelled_address_alone_on_its_line_is_a_link() {
        for t in [
            "Original URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13",
            "原文链接：https://www.gov.cn/zhengce/content/2023-01/01/content_1.htm",
            "本文標題:上海遠久包裝木箱廠2020年開工時間 地址:http://www.bjysyz.com.cn/gongsi/mu-xiang-305.html",
        ] {
            assert_eq!(reason(t), Some(Reason::PageLink), "{t}");
        }
        assert_eq!(reason("本文标题：关于开展安全检查的通知"), None, "a title alone");
        assert_eq!(reason("原文鏈接:"), Some(Reason::PageLink), "the label alone");
        assert_eq!(reason("Original Article URL:"), Some(Reason::PageLink), "the label alone");
        assert_eq!(reason("开原市人民政府 The People's Government of Kaiyuan Municipality"), Some(Reason::SiteBanner));
        assert_eq!(reason("看了這則新聞的人也看了"), Some(Reason::RelatedLinks));
        assert_eq!(reason("回到上一頁"), Some(Reason::Navigation));
        assert_eq!(reason("某某有限公司 Some Co., Ltd."), None, "a company's letterhead");
        assert_eq!(reason("报名网址：http://www.example.gov.cn 请于5月10日前完成报名。"), None);
        assert_eq!(reason("沈阳人大网站网址:www.syrd.gov.cn"), None, "a contact's address");
        assert!(reason("demoslot | 下一页").is_some(), "cells each of them chrome");
        for row in ["序号 | 项目名称 | 投资额（万元）", "| 06:30 | 18:00 |", "| 2023-06-01 09:00 | 2023-06-05 17:00 |", "| Name | Company |", "06:30 | 18:00"]
        {
            assert_eq!(reason(row), None, "a table's row: {row}");
        }
    }

    #[test]
    fn an_accounts_follow_prompt_in_pieces_and_a_count_of_readers_are_the_sites() {
        for t in [
            "附件【昌宁县温泉镇拟征收土地示意图.jpg】已下载次",
            "图文解读：《长治市潞城区人民政府关于公布名录的通知》",
            "关注我哟",
            "点击上方蓝字",
            "分享至朋友圈",
            "166人看過",
            "2301次浏览",
        ] {
            assert!(reason(t).is_some(), "{t}");
        }
        // a sentence of the text that opens with 点击, a step of a guide, or a count in a
        // sentence, a reading guide's headline stays
        for t in ["点击进入系统后按提示填写申报表。", "点击“我要办事”", "本次活动共有166人看过展览并留言。", "【政策解读】一图读懂《某市住房公积金管理办法》"]
        {
            assert_eq!(reason(t), None, "{t}");
        }
    }

    #[test]
    fn a_local_accounts_advert_and_a_pinned_label_are_the_sites_and_a_notices_own_follow_request_stays() {
        let advert = "最新东阳本地资讯,关注【 东阳全知道 】微信公众号!想买房、想了解行情,进东阳楼市买房交流群;加群、广告发布/商务合作,请加小编微信 dyq!";
        assert_eq!(reason(advert), Some(Reason::Advert));
        assert_eq!(reason("歡迎關注每日經濟新聞APP"), Some(Reason::Advert));
        assert!(!app_advert("欢迎关注本局微信公众号") && !app_advert("欢迎下载，本次更新的APP"), "no app, or a sentence");
        // the label of an article's view after its section's name
        assert_eq!(reason("产科 科室动态详细"), Some(Reason::Navigation));
        assert_eq!(reason("通知公告详情"), Some(Reason::Navigation));
        assert_eq!(reason("请登录系统查看详细"), None, "a sentence");
        assert_eq!(reason("活动详情"), None, "a heading of the text");
        // the page's title and its keywords for search engines
        let keywords =
            "山西健杰律师事务所 - SHAN XI JIAN JIE LAWYER LFFICE 山西律师事务所,长治律师事务所,长治律师,山西律师,太原律师,北京律师,法务咨询,法务代理";
        assert_eq!(reason(keywords), Some(Reason::PageMetadata));
        // items a sentence lists by commas share no word; names listed without a page title
        assert_eq!(reason("各单位要加强领导,明确责任,落实措施,强化督导,确保实效"), None);
        assert_eq!(reason("实验小学，育才小学，希望小学，光明小学，红星小学"), None);
        // a link that asks to be clicked, with its arrow
        assert_eq!(reason("點擊注冊>>領取2019年注冊會計師新人備考(真題匯編+講師課程)大禮包>>"), Some(Reason::Advert));
        assert_eq!(reason("请点击“我要报名”按钮完成报名，逾期不予受理。"), None);
        assert_eq!(reason("置顶公告:"), Some(Reason::Navigation));
        assert_eq!(reason("置顶"), Some(Reason::Navigation));
        assert_eq!(reason("美友194648383"), Some(Reason::PageMetadata));
        assert_eq!(reason("手机扫扫打开当前页面"), Some(Reason::Share));
        assert_eq!(reason("關注濟源網微信"), Some(Reason::Share));
        assert_eq!(reason("应城网 2012-12-2 |"), Some(Reason::PageMetadata));
        assert_eq!(reason("01.png?x-oss-process=style/w10"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("您当前位置:地名问答 > 中国 > 贵州 > 黔东南州 > 三穗县 > 三穗县地名"), Some(Reason::Breadcrumb));
        assert_eq!(reason("您所在位置周边的采样点可在地图上查询。"), None);
        // (a process's steps parted by arrows are the document's: `申请 > 受理 > 审核 > 办结`)
        assert_eq!(reason("申请 > 受理 > 审核 > 办结"), None);
        assert_eq!(reason("应城网 2012年12月2日召开会议"), None);
        assert_eq!(reason("打印新闻"), Some(Reason::PageLink));
        assert_eq!(reason("关注我们的公众号"), Some(Reason::Share));
        assert_eq!(reason("关注民生微信"), Some(Reason::Share));
        assert_eq!(reason("关注民生，服务群众，及时回应群众关切。"), None);
        assert_eq!(reason("3 上一篇  下一篇 4"), Some(Reason::RelatedLinks));
        assert_eq!(reason("上一則公告 下一則公告"), Some(Reason::RelatedLinks));
        assert_eq!(reason("3上一篇 下一篇4 |"), Some(Reason::RelatedLinks));
        assert_eq!(reason("您好 欢迎来到特色乡镇网！"), Some(Reason::Navigation));
        assert_eq!(reason("欢迎来到美丽的龙泉！"), None, "a speech's welcome");
        assert_eq!(reason("上一则会议 下一则通知"), None, "a label names no meeting");
        assert_eq!(reason("上一篇 下一篇"), Some(Reason::RelatedLinks));
        assert_eq!(reason("欧美一级片-非洲一区二区三区不卡-国内91视频-国内a级片-亚洲综合"), Some(Reason::SpamKeywords));
        // a breadcrumb is a breadcrumb, a title with a dash and a date stay
        assert_ne!(reason("首页-新闻中心-通知公告-正文"), Some(Reason::SpamKeywords));
        assert_eq!(reason("囯产精品久久久久久久久久免费|国产日韩视频在线一区二区|亚洲国产精品午夜伦不卡|日韩美女专区中文字幕"), Some(Reason::SpamKeywords));
        assert_ne!(reason("直通屏山|福建|时评|大学城|台海"), Some(Reason::SpamKeywords));
        assert_ne!(reason("城南污水管网改造工程|某某建设集团有限公司|中标价1234567元|工期180日历天"), Some(Reason::SpamKeywords));
        assert_ne!(reason("2023-05-12"), Some(Reason::SpamKeywords));
        assert_eq!(reason("关于印发《安全生产-消防-交通-应急工作要点》的通知"), None);
        assert_eq!(reason("手机扫描打开本篇文章"), Some(Reason::Share));
        assert_eq!(reason("用户2023"), None);
        for t in
            ["三、请广大市民微信搜索“健康保定”公众号并关注，及时了解最新防控信息。", "置顶公告栏的内容每周更新一次。", "二、公众意见反馈方式", "（三）留言评论"]
        {
            assert_eq!(reason(t), None, "{t}");
        }
    }

    #[test]
    fn a_portals_lead_follow_prompt_home_link_and_own_numbers_are_the_sites() {
        assert_eq!(reason("导语 为全力做好我镇疫情防控，现将有关事项通告如下。"), Some(Reason::Editorial));
        assert_eq!(reason("导语 为全力做好疫情防控，保定腰山镇人民政府关于取消南腰山村庙会的通告详情如下。"), Some(Reason::Editorial));
        assert_eq!(reason("温馨提示：微信搜索公众号保定本地宝，关注后在对话框回复【疫情】可获最新消息"), Some(Reason::Share));
        assert_eq!(reason("更多东阳城建交通、楼市房产、生活教育资讯,关注【东阳全知道】微信公众号!"), Some(Reason::Share));
        assert_eq!(reason("更多防控信息请关注“健康保定”公众号。"), None);
        assert_eq!(reason("GMT+8, 2025-6-29 00:55 , Processed in 0.046660 second(s), 20 queries ."), Some(Reason::SiteFooter));
        assert_eq!(reason("所有申请将在5个工作日内办结（Applications are processed in 5 working days）。"), None);
        assert_eq!(reason("更多政策资讯请关注本局微信公众号，群众也可拨打12345热线咨询办理进度。"), None);
        assert_eq!(reason("返回本地宝首页"), Some(Reason::PageLink));
        assert_eq!(reason("关联导读:"), Some(Reason::RelatedLinks));
        assert_eq!(reason("证券日报社电话:010-83251700网站电话:010-83251800网站传真:010-83251801"), Some(Reason::SiteFooter));
        for w in ["反馈", "最新阅读", "关注更新"] {
            assert!(reason(w).is_some(), "{w}");
        }
        // a sentence that opens with the word 导语, a news article's own lead, a notice's own
        // request to follow an account are the text's
        assert_eq!(reason("导语写作培训班将于下月举办，请各单位报名。"), None);
        assert_eq!(reason("【导语】今年以来，我市经济运行稳中向好，主要指标好于预期。"), None);
        assert_eq!(reason("三、请广大市民微信搜索“健康保定”公众号并关注，及时了解最新防控信息。"), None);
    }

    #[test]
    fn an_encyclopedias_lead_sentence_and_its_entry_lists_are_the_sites() {
        assert_eq!(reason("《陕西省人民政府办公厅关于表彰2006年度先进单位的通报》是陕西省人民政府办公厅发布的通报。"), Some(Reason::Editorial));
        assert_eq!(reason("相關詞條"), Some(Reason::RelatedLinks));
        assert_eq!(reason("相關熱門"), Some(Reason::RelatedLinks));
        assert_eq!(reason("黑龍江網 > 大慶"), Some(Reason::Breadcrumb));
        assert_eq!(reason("探视制度 首页 / 就医指南 / 出入院服务 / 探视制度"), Some(Reason::Breadcrumb));
        assert_eq!(reason("探视制度 首页 / 就医指南 / 出入院服务"), None, "a trail that ends elsewhere is not known by this");
        assert_eq!(reason("新浪財經> 證券> 正文"), Some(Reason::Breadcrumb));
        assert_eq!(reason("主页 > 关于商会 > 商会制度 >"), Some(Reason::Breadcrumb));
        assert_ne!(reason("财经 > 证券"), Some(Reason::Breadcrumb));
        assert_eq!(reason("工作指导>>"), Some(Reason::Breadcrumb));
        // a post's buttons and boxes, one a line, in either script
        assert_eq!(reason("收藏"), None);
        assert_eq!(reason("标签"), None);
        assert_eq!(reason("提交申请>"), None);
        assert_eq!(reason("表情"), Some(Reason::Form));
        assert_eq!(reason("相似文献"), Some(Reason::RelatedLinks));
        assert!(reason("A+ A- 打印").is_some() && reason("加大字体 缩小字体 收藏 取消收藏 打印").is_some());
        assert!(reason("A A").is_none() && reason("收藏家").is_none());
        assert!(reason("评论 0").is_some() && reason("评论 12").is_some() && reason("评论").is_none());
        assert!(reason("微信 微博 电脑版").is_some() && reason("map").is_some() && reason("—分享—").is_some());
        assert_eq!(reason("图片发自简书App"), Some(Reason::ImagePlaceholder));
        assert!(reason("微信").is_none() && reason("地图map").is_none());
        assert_eq!(reason("政务公开 »"), Some(Reason::Breadcrumb));
        assert_ne!(reason("a>b"), Some(Reason::Breadcrumb));
        assert_eq!(reason("收入 > 支出"), None);
        assert_eq!(reason("单位网址 | www.lanzhou.gov.cn"), None);
        assert_eq!(reason("欧美杯是什么比赛-nba在线直播免费观看-五人制足球场划线|www.jncul.com"), Some(Reason::Navigation));
        assert_eq!(reason("聯絡我們"), Some(Reason::Navigation));
        assert_eq!(reason("服務條款  |  網站導航  |  聯系方式  |  投稿須知"), Some(Reason::Navigation));
        assert_eq!(
            reason("申请实习证 两公律师转社会律师申请 注销人员证明申请入口 结业人员实习鉴定表申请入口 网上投稿 《上海律师》 ENGLISH"),
            Some(Reason::Navigation)
        );
        // a sentence of the text that cites a document stays
        assert_eq!(reason("《关于加强安全生产工作的意见》是做好今年工作的重要依据，各单位要认真贯彻。"), None);
    }

    #[test]
    fn a_sites_name_date_and_column_apart_on_a_line_are_a_byline() {
        assert!(byline("查股网  2024-06-01  *ST世茂(600823)公司公告"));
        assert!(!byline("查股网 关于2024年的公告"), "no date");
        assert!(!byline("2024-06-01 查股网 公告"), "no site first");
        // an editor's label with the posting date
        assert!(byline("2017年03月01日编辑：苏州市红十字会"));
        assert!(!byline("编辑：苏州市红十字会"), "no date");
        assert!(!byline("（二）编辑：2023年6月1日至6月30日"), "a schedule's step");
    }

    #[test]
    fn a_date_with_its_time_of_day_alone_on_a_line_is_page_metadata() {
        for t in
            ["2020年07月06日23:30:52", "2023-05-12 09:30", "2021/08/27 10:00:01", "中国建材集团 · 2019-09-26 17:49", "2016-07-05 09:01:50 云南省民族学会80159"]
        {
            assert!(is_timestamp(t), "{t}");
        }
        // the source glued to the date, the time to the second
        assert!(is_timestamp("南海网、新海南客户端2025-10-04 16:33:05"));
        for t in [
            "2023年5月12日",
            "13:46",
            "会议时间：2023年6月16日 9:30",
            "2023年5月12日",
            "2023-05-12 09:30 会议在市政府召开，研究了下一步工作。",
            "报名截止2025-10-04 17:00",
            "报名截止时间：2025-10-04 17:00:00",
        ] {
            assert!(!is_timestamp(t), "{t}");
        }
    }

    #[test]
    fn a_columns_name_beside_its_english_label_and_the_source_with_a_timestamp_are_chrome() {
        let mut page = super::super::lines::read(
            "县政府\n\ngovernor\n梨树县人民政府   2023-09-12 08:49:00\n\n梨树县政协提案答复会召开\n\n9月11日，梨树县政协提案答复会在县政府召开。\n",
        );
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["梨树县政协提案答复会召开", "9月11日，梨树县政协提案答复会在县政府召开。"]);
    }

    #[test]
    fn short_links_one_a_line_at_the_top_are_the_pages_tabs() {
        let mut page = super::super::lines::read(
            "关于公开征集起草建议的公告\n- 征集公告\n- 草案内容\n- 起草说明\n亲爱的市民朋友：\n现公开征集社会各界的建议。\n- 教育\n- 医疗\n- 养老\n",
        );
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.trim_start_matches(['-', ' '])).collect();
        assert_eq!(kept, ["关于公开征集起草建议的公告", "亲爱的市民朋友：", "现公开征集社会各界的建议。", "教育", "医疗", "养老"], "a list in the text stays");
    }

    #[test]
    fn a_two_row_menu_bar_under_a_home_link_named_for_its_site_is_navigation() {
        let mut page = super::super::lines::read(
            "学院首页 | 本站首页 | 学校要闻 | 综合新闻 | 媒体聚焦 | 文化校园 | 宣思大课堂\n统战在线 | 学习园地 | 部门职责 | 资料下载 | 制度流程 | 文件通知 | 文明风景线\n关于做好安全工作的通知\n| 项目 | 时间 | 地点 | 负责人 | 备注 |\n| 检查 | 3月 | 一楼 | 张三 | 无 |\n",
        );
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::Navigation));
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Navigation));
        assert!(page.lines[2..].iter().all(|l| l.is_text()), "a table's rows stay");
    }

    #[test]
    fn share_targets_alone_and_a_download_button_after_a_repeated_title_are_furniture() {
        assert_eq!(furniture("微博 qq 空间"), Some(Reason::Share));
        assert_eq!(furniture("微信 微博 QQ空间"), Some(Reason::Share));
        assert_eq!(furniture("微信 公众号 文章"), None);
        assert_eq!(furniture("某科技:关于变更注册资本的公告 下载公告"), Some(Reason::PageLink));
    }

    #[test]
    fn a_province_picker_and_a_dashed_trail_from_the_site_to_the_article_are_navigation() {
        assert_eq!(
            reason(
                "北京 上海 广东 山东 江苏 浙江 湖北 四川 天津 陕西 湖南 福建 重庆 安徽 辽宁 江西 海南 宁夏 吉林 山西 广西 云南 新疆 黑龙江 青海 甘肃 西藏 河北 贵州 河南 内蒙古"
            ),
            Some(Reason::Navigation)
        );
        assert_eq!(reason("3773考试网 - 高校信息 - 高校更名信息 - 正文"), Some(Reason::Breadcrumb));
        // (places a text lists, and a title with a dash, stay)
        assert_eq!(reason("北京、上海、广东、山东、江苏、浙江等地已启动应急响应。"), None);
        assert_eq!(reason("北京 上海"), None);
        assert_eq!(reason("绿水青山 - 金山银山 - 我们的共同家园"), None);
        assert_eq!(reason("电网 - 电源 - 负荷 - 储能"), None);
        assert_eq!(reason("北京 上海 广东 江苏 浙江 山东"), None, "a text's six places");
    }

    #[test]
    fn a_buttons_word_between_chrome_lines_is_a_button_but_alone_in_the_text_stays() {
        let mut page = super::super::lines::read("首页 > 滚动 > 正文\n評論\n分享\n官方:第31届中国国际自行车展览会延期举办\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Share));
        let mut page = super::super::lines::read("请在页面下方发表意见。\n评论\n读者可在此留言。\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn an_events_organisers_listed_under_its_numbered_sponsor_stay_but_a_sites_footer_goes() {
        let mut page = super::super::lines::read("二、组织机构\n（一）主办:共青团蚌埠学院委员会\n承办:电子与电气工程学院团总支\n三、赛事安排\n");
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()), "{:?}", page.lines);
        let mut page = super::super::lines::read("请各单位认真落实。\n\n主办:某某县人民政府办公室\n承办:某某县大数据中心\n");
        run(&mut page);
        assert_eq!(page.lines[3].class, Class::Residue(Reason::SiteFooter));
        // (in traditional forms too, a label alone over its names with the text going on)
        let mut page = super::super::lines::read(
            "2、組織機構\n\n主辦單位:\n\n北京市大興區黃村鎮黨委宣傳部\n\n承辦單位:\n\n大興區作家協會\n\n3、征文體裁:\n\n本次征文體裁為小說、散文、報告文學、詩歌、楹聯,每人限投一篇,作品須為原創首發。\n",
        );
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text() || l.class == Class::Blank), "{:?}", page.lines);
    }

    #[test]
    fn empty_tag_and_summary_boxes_an_edit_stamp_and_a_comment_box_alone_are_furniture() {
        assert_eq!(reason("最后编辑于"), Some(Reason::PageMetadata));
        assert_eq!(reason("文檔簡介"), Some(Reason::Navigation));
        assert_eq!(reason("社群留言"), Some(Reason::Form));
        assert_eq!(reason("修改密碼"), Some(Reason::Form));
        // (the words in a sentence stay)
        assert_eq!(reason("请用户登录后在“我的收藏”中查看标签。"), None);
        // (alone anywhere, a guide's step or a museum's heading)
        assert_eq!(reason("用户登录"), None);
        assert_eq!(reason("收藏"), None);
    }

    #[test]
    fn a_screen_readers_skip_link_is_navigation() {
        assert_eq!(reason("跳到主要內容區塊"), Some(Reason::Navigation));
        assert_eq!(reason("跳到主要内容"), Some(Reason::Navigation));
        // a Taiwan portal's access-key anchor and its link back to the top
        assert_eq!(reason(":::"), Some(Reason::Navigation));
        assert_eq!(reason("回到最上"), Some(Reason::PageLink));
        // a regulations database's name and its section captions
        assert!(reason("經濟部主管法規共用系統").is_some() && reason("法規內容").is_some() && reason("法規功能按鈕區").is_some());
    }

    #[test]
    fn a_sites_footer_links_parted_by_spaces_and_a_quick_navigation_label_are_navigation() {
        assert_eq!(reason("网站简介 标识说明 广告服务 联系方式 法律声明 建议投诉"), Some(Reason::Navigation));
        assert_eq!(reason("快速导航"), Some(Reason::Navigation));
        // a forum's rank images as tags
        assert_eq!(
            reason(
                r#"<image>data:image/s3,"s3://crabby-images/62795/627951fbc95fc2e879ee8ebb43c5c56d581b491f" alt="年度最有价值会员 年度最有价值会员"</image> <image>data:image/s3,"s3://crabby-images/a88ed/a88edd6d0bf9ddd07e21ca0aa089b84cefac3670" alt="年度优秀论坛管理者"</image>"#
            ),
            Some(Reason::ImagePlaceholder)
        );
        // a short bar, half of it navigation words
        assert_eq!(reason("看板 NTUHistorySA 關於我們 聯絡資訊"), Some(Reason::Navigation));
        assert_eq!(reason("联系我们 张三 李四 王五"), None);
        assert_eq!(reason("注册资本 注册地址 经营范围 法定代表人"), None);
        // a contact heading alone is the document's
        assert_eq!(reason("联系方式"), None);
    }

    #[test]
    fn a_menu_parted_by_box_bars_is_navigation() {
        assert_eq!(reason("网站简介  │  招聘信息  │  会员注册  │  网站律师  │  版权声明  │  联系我们 点击这里给我发消息"), Some(Reason::Navigation));
    }

    #[test]
    fn three_empty_labels_one_a_line_are_a_form() {
        let mut page = super::super::lines::read("搜关键字:\n按文件号:\n颁发单位:\n库别:\n河北省人民政府关于奖励劳动模范的通知\n各设区市人民政府：\n");
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["河北省人民政府关于奖励劳动模范的通知", "各设区市人民政府："]);
        // two are not enough: an addressee under a label stays
        let mut page = super::super::lines::read("联系人:\n各设区市人民政府：\n");
        run(&mut page);
        assert_eq!(page.lines.iter().filter(|l| l.is_text()).count(), 2);
        // an addressee under a post's empty fields is no label of theirs
        let mut page = super::super::lines::read("作者:\n来源:\n集团所属各单位:\n近日，集团接到举报。\n");
        run(&mut page);
        assert!(page.lines[2].is_text());
        // labels letter-spaced to one width
        let mut page = super::super::lines::read("标     题:\n正     文:\n文     号:\n会议研究了有关事项。\n");
        run(&mut page);
        assert_eq!(page.lines.iter().filter(|l| l.is_text()).count(), 1);
    }

    #[test]
    fn a_trail_from_the_home_page_set_as_a_list_opening_the_page_is_a_breadcrumb() {
        let text = "• 回首頁\n  • 駐警隊\n  • 一般公告\n  • 【通知】中部地區萬安47號演習將於7月22日實施\n\n【通知】中部地區萬安47號演習將於7月22日實施\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        assert!((1..4).all(|i| page.lines[i].class == Class::Residue(Reason::Breadcrumb)), "{:?}", page.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        assert!(page.lines[5].is_text());
        // a list in the text that names the home page is the text's
        let mut page = super::super::lines::read("登录后依次点击：\n• 首页\n• 个人服务\n• 社保查询\n");
        run(&mut page);
        assert!(page.lines[2].is_text());
    }

    #[test]
    fn a_named_rule_a_feedback_boxs_count_and_a_blogs_poster_are_chrome() {
        assert_eq!(reason("------分隔线----------------------------"), Some(Reason::Separator));
        assert_eq!(reason("0/200"), Some(Reason::Form));
        assert_eq!(reason("0/5"), None);
        assert_eq!(reason("By: davc"), Some(Reason::PageMetadata));
        assert_eq!(reason("关注安徽农垦官方微信平台"), Some(Reason::Share));
        assert_eq!(reason("2015 年 4 月 26 日3740"), Some(Reason::PageMetadata));
        assert_eq!(reason("0 0"), None, "a table's row of zeros");
        assert_eq!(reason("2024年2月8日 35210"), None, "a table's row");
        assert_eq!(reason("0/100"), None, "a ratio");
        assert_eq!(reason("新闻发布"), Some(Reason::Navigation));
        assert_eq!(reason("新闻发布："), None, "a plan's label");
        assert_eq!(reason("2020-07-06 最新消息"), Some(Reason::PageMetadata));
        assert_eq!(reason("2024年5月12日 走进社区现场教学"), None);
        assert_eq!(reason("2024年5月10日 注册"), None);
        assert_eq!(reason("2015年4月26日"), None, "a date alone is the document's");
        assert_eq!(reason("By the end of 2025, every county will have one."), None);
        assert_eq!(reason("报名地址 https://www.example.gov.cn/jnjs/bm/index.html"), None);
        let mut page = super::super::lines::read("二维码\n安徽农垦集团 安徽农垦集团 安徽农垦集团 安徽农垦集团\n安徽农垦集团\n");
        run(&mut page);
        assert!(!page.lines[1].is_text() && !page.lines[2].is_text());
        let mut page = super::super::lines::read("好 好 好\n");
        run(&mut page);
        assert!(page.lines[0].is_text(), "a cry, no site's name");
    }

    #[test]
    fn a_sites_name_and_domain_alone_on_a_line_is_footer() {
        assert_eq!(reason("明翰范文网 www.tealighting.com"), Some(Reason::SiteFooter));
        assert_eq!(reason("中国政府网 https://www.gov.cn/"), Some(Reason::SiteFooter));
        assert_eq!(reason("详见 www.gov.cn"), None, "not a site's name");
        assert!(!site_and_domain("市政府网 公告栏"), "no domain");
        assert_eq!(reason("茂县人民政府门户网站"), Some(Reason::SiteFooter), "a site's name alone");
    }

    #[test]
    fn screen_reader_hints_greetings_and_captcha_labels_are_chrome() {
        assert_eq!(reason("正文内容区域请使用tab按钮切换浏览"), Some(Reason::Navigation));
        assert_eq!(reason("青山湖区人民政府网站欢迎您的访问!"), Some(Reason::Navigation));
        assert_eq!(reason("扫码浏览"), Some(Reason::Share));
        let mut page = super::super::lines::read("特此报告。\n\n验证码\n\n全部评论\n");
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["特此报告。"], "a captcha and the comments under it are a form");
    }

    #[test]
    fn the_headlines_under_previous_and_next_links_are_chrome() {
        let mut page =
            super::super::lines::read("通知正文在此。\n上一篇：\n校园晚间安全检查公告(5、17-5、23）\n[ 05-26 ]\n下一篇：\n第9周主要工作安排表（4.27-5.3)\n");
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["通知正文在此。"]);
    }

    #[test]
    fn a_server_pages_template_code_and_its_widget_headings_are_chrome() {
        let text = "<\n%@ page\nlanguage=\"java\"\n%>\n校友风采\n招生就业\n<\n% int k=0; while(rs1.next()&&k\n<\n8){ %>\n热点新闻\n<\n%= rs1.getString(\"NewsName\")%>\n\">\n<%k++; }%>\n正文第一段，到此为止。\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.trim()).filter(|t| !t.is_empty()).collect();
        // two lines between blocks are not one widget's heading: they stay for the other rules
        assert_eq!(kept, ["校友风采", "招生就业", "正文第一段，到此为止。"]);
        // a lone `<` that opens no block stays
        let mut page = super::super::lines::read("甲\n<\n乙\n");
        run(&mut page);
        assert_eq!(page.lines.iter().filter(|l| l.is_text()).count(), 3);
    }

    #[test]
    fn a_columns_name_glued_to_a_back_link_and_a_bare_bullet_over_the_text_are_navigation() {
        let mut page = super::super::lines::read(
            "- 业界新闻返回上一页\n-\n我市召开市人口和计划生育工作领导小组会议\n9月22日，市人口和计划生育工作领导工作小组召开会议，传达学习有关文件精神。\n-\n",
        );
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::Navigation));
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert!(page.lines[2].is_text() && page.lines[3].is_text());
        assert!(page.lines[4].is_text(), "a dash in the text is the text's");
        assert_eq!(reason("请填写完毕后点击提交，系统将返回列表"), None, "a sentence that ends with one is text");
    }

    #[test]
    fn a_rule_drawn_with_dashes_under_an_organ_mark_is_a_separator() {
        let mut page = super::super::lines::read("贵阳市人民政府办公厅\n——————————\n筑府办函〔2020〕78号\n——2023年1月4日在会议上\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert!(page.lines[3].is_text(), "a dash opening a line of text is no rule");
    }

    #[test]
    fn a_rule_typed_with_hyphens_on_a_plain_page_is_a_separator_and_a_short_dash_is_not() {
        let mut page = super::super::lines::read("关于国庆节放假的通知\n--------------------------------\n全校各单位:\n\n==========\n请各单位做好安排。\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert_eq!(page.lines[4].class, Class::Residue(Reason::Separator));
        let mut page = super::super::lines::read("姓名 电话\n张三 --\n--\n");
        run(&mut page);
        assert!(page.lines[2].is_text(), "a table's `--` (none) stays");
    }

    #[test]
    fn a_line_of_question_marks_lost_layout_spaces_is_a_separator_said_removed() {
        let mut page = super::super::lines::read("請各單位及時報送情況。\n????????????????????????????????\n?\n黨委宣傳部\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Separator));
        assert!(page.lines[3].is_text());
    }

    #[test]
    fn a_rule_of_stars_under_a_press_releases_title_is_a_separator_said_removed() {
        let mut page = super::super::lines::read("行政長官休假\n******\n******\n行政長官將於十一月十五及十六日休假。\n");
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::Separator));
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Separator));
    }

    #[test]
    fn an_e_papers_continued_announcement_is_another_document() {
        let text = "606版 信息披露  查看版面PDF\n(上接605版)\n2022年，公司实现营业收入三十亿元。\n□适用 √不适用\n证券代码:605296 证券简称:某某集团 公告编号:2023-026\n某某集团股份有限公司\n关于计提减值损失的公告\n本公司董事会保证本公告内容真实。\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert!(kept[0].starts_with("证券代码"), "{kept:?}");
        assert_eq!(page.lines[2].class, Class::Residue(Reason::AnotherDocument));
        // without the page's turn mark, the text before a securities line stays
        let mut page = super::super::lines::read(&text.replace("(上接605版)\n", ""));
        run(&mut page);
        assert!(page.lines.iter().any(|l| l.is_text() && l.text.starts_with("2022年")));
    }

    #[test]
    fn a_menu_whose_items_stand_on_lines_of_their_own_is_navigation() {
        let mut page = super::super::lines::read("正文到此结束。\n网站地图\n|\n怀旧网站\n|\n学校外网\n|\n校长信箱\n");
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["正文到此结束。"]);
        // bars between words of a sentence's pieces are not a menu without a navigation word
        let mut page = super::super::lines::read("甲方\n|\n乙方\n|\n丙方\n");
        run(&mut page);
        assert_eq!(page.lines.iter().filter(|l| l.is_text()).count(), 3);
    }

    #[test]
    fn a_bracketed_number_ending_the_page_is_its_printed_page_number() {
        let mut page = super::super::lines::read("一、同意撤销陇南地区。\n（3）做好交接。\n费由你省自行解决。\n(3)\n");
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert_eq!(kept, ["一、同意撤销陇南地区。", "（3）做好交接。", "费由你省自行解决。"]);
    }

    #[test]
    fn a_sections_heading_in_chinese_and_english_is_the_sites() {
        assert_eq!(reason("I 相关 / Other"), Some(Reason::Navigation));
        assert_eq!(reason("信息公开相关配套制度的通知"), None);
        assert_eq!(reason("信息公开指南"), Some(Reason::Navigation));
        assert_eq!(reason("热点 / Hot"), Some(Reason::Navigation));
        assert_eq!(reason("收入 / GDP 比重"), None);
        assert_eq!(reason("甲方 / 乙方"), None);
    }

    #[test]
    fn a_portals_channel_bar_and_a_newspapers_edition_line_are_chrome() {
        assert_eq!(reason("直通屏山|福建|时评|大学城|台海|娱乐|体育|国内|国际|专题|网事|福州|厦门"), Some(Reason::Navigation));
        assert_eq!(reason("《内蒙古日报》2016年5月31日02版"), Some(Reason::PageMetadata));
        assert_eq!(reason("《人民日报》（2023年06月02日 第 04 版）"), Some(Reason::PageMetadata));
        assert_eq!(reason("《内蒙古日报》2016年5月31日刊发了这篇评论。"), None);
        assert_eq!(reason("| 福州 | 厦门 | 莆田 | 泉州 | 漳州 | 龙岩 | 宁德 | 南平 | 三明 |"), None);
    }

    #[test]
    fn a_photos_caption_and_a_download_button_alone_are_chrome() {
        assert_eq!(reason("(资料图片)"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("【点击下载】"), Some(Reason::PageLink));
        assert_eq!(reason("点击下载"), Some(Reason::PageLink));
        assert_eq!(reason("附件下载"), Some(Reason::PageLink));
        assert_eq!(reason("【网络配图】"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("本文插图"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("形象圖"), Some(Reason::ImagePlaceholder));
        // a comment box's buttons, a share prompt and a trail spaced from the home page
        assert_eq!(reason("发表评论"), Some(Reason::Form));
        assert_eq!(reason("暂无评论"), Some(Reason::Form));
        // a bare 评论 may head a list (an award's category); the reminder only as the whole line
        assert_eq!(reason("评论"), None);
        assert_eq!(reason("涉密文件严禁上网，上网文件不涉密。"), None);
        assert_eq!(reason("沙发"), None);
        assert_eq!(reason("微信扫码分享"), Some(Reason::Share));
        assert_eq!(reason("首页 滚动 正文"), Some(Reason::Breadcrumb));
        assert_eq!(reason("首页 滚动播放 通知"), None);
    }

    #[test]
    fn a_date_alone_over_the_whole_page_is_its_posting_date() {
        let mut page = super::super::lines::read("2022-09-14\n尊敬的客户:\n我行将于近日进行系统升级。\n中国银行股份有限公司\n2022年9月14日\n");
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::PageMetadata));
        // the date under the signature stays
        assert!(page.lines[4].is_text());
    }

    #[test]
    fn a_breadcrumb_parted_by_closing_book_title_marks_is_chrome() {
        assert_eq!(reason("当前所在位置:首页 》 协会概况 》 规章制度 》 协会理事会议事规则"), Some(Reason::Breadcrumb));
        assert_eq!(reason("首页》协会概况》规章制度"), Some(Reason::Breadcrumb));
        assert_ne!(reason("首页刊登《某市条例》全文"), Some(Reason::Breadcrumb));
    }

    #[test]
    fn an_english_caption_in_sentence_case_under_a_chinese_one_goes() {
        let mut page = super::super::lines::read(
            "会费标准及管理办法\nMembership fee standard and management method\n第一条 为规范会费管理，制定本办法。\nThanks for your support\n",
        );
        run(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::EnglishLabel));
        // (under a sentence, an English line is the text's)
        assert!(page.lines[3].is_text());
    }

    #[test]
    fn an_outlet_and_the_second_it_posted_is_the_pages_and_a_name_and_a_day_alone_is_not() {
        assert_eq!(reason("大众报业·齐鲁壹点 2026-03-16 16:06:58"), Some(Reason::PageMetadata));
        assert_eq!(reason("应城网 2012-12-2 |"), Some(Reason::PageMetadata));
        assert_eq!(reason("张三 2026-03-16"), None);
    }

    #[test]
    fn an_organs_name_in_portuguese_is_a_label_and_an_english_sentence_is_not() {
        assert_eq!(reason("Instituto de Habitação do Governo da Região Administrativa Especial de Macau"), Some(Reason::EnglishLabel));
        assert_eq!(reason("Yunlu County People's Government"), Some(Reason::EnglishLabel));
        assert_eq!(reason("The meeting of the committee was held in the city on the first day of March"), None);
    }

    #[test]
    fn a_prints_page_of_pages_and_a_spaced_view_count_are_the_sites() {
        assert_eq!(reason("第1頁 共1頁"), Some(Reason::PageNumber));
        assert_eq!(reason("第2页共5页"), Some(Reason::PageNumber));
        assert_eq!(reason("1 共1页"), Some(Reason::PageNumber));
        assert_eq!(reason("3共12頁"), Some(Reason::PageNumber));
        assert_eq!(reason("共3页"), None);
        assert_eq!(reason("0 次瀏覽"), Some(Reason::Counter));
        assert_eq!(reason("第1页共有三部分"), None);
    }

    #[test]
    fn a_prompt_to_read_in_the_sites_app_and_back_to_top_are_chrome() {
        assert_eq!(reason("搜船APP内阅读"), Some(Reason::Share));
        assert_eq!(reason("Back to Top"), Some(Reason::PageLink));
        assert_eq!(reason("廣告專區"), Some(Reason::Advert));
        // a content site's wrap-up; a speech's closing words are the text's
        let outro = "以上就是木箱包裝工程師-彭百桂為大家介紹的上海遠久包裝木箱廠2020年開工時間的全部內容,如果大家還對相關的內容感興趣,請持續關注";
        assert_eq!(reason(outro), Some(Reason::Advert));
        assert_eq!(reason("以上就是本次会议的全部内容，请各单位抓好落实。"), None);
        assert_eq!(reason("转载请注明:http://www.0431.la/"), Some(Reason::SiteFooter));
        // the text's step about an app is no prompt
        assert_eq!(reason("下载国家反诈中心APP"), None);
        assert_eq!(reason("下载安装国家反诈中心APP"), None);
        assert_eq!(reason("下载后请登录APP。"), None);
    }

    #[test]
    fn the_time_a_page_says_its_story_takes_to_read_is_a_counter() {
        assert_eq!(reason("本篇文章238字,读完约1分钟"), Some(Reason::Counter));
        assert_eq!(reason("预计阅读时间 5 分钟"), Some(Reason::Counter));
        assert_eq!(reason("全文约2000字，阅读约需5分钟"), Some(Reason::Counter));
        // a schedule's reading is the text's
        assert_eq!(reason("阅读10分钟后开始讨论"), None);
        assert_eq!(reason("每天阅读30分钟。"), None);
        assert_eq!(reason("试题阅读时间2分钟"), None);
    }

    #[test]
    fn a_discuz_boards_poster_card_and_sign_up_prompt_are_chrome() {
        assert_eq!(reason("樓主"), Some(Reason::PageMetadata));
        assert_eq!(reason("TA的每日心情 | 怒 2019-3-25 21:39 |"), Some(Reason::PageMetadata));
        assert_eq!(reason("簽到天數(shù): 1 天 [LV.1]初來乍到"), Some(Reason::PageMetadata));
        assert_eq!(reason("馬上注冊,結(jié)交更多好友,享用更多功能,讓你輕松玩轉(zhuǎn)社區(qū)。"), Some(Reason::Form));
        assert_eq!(reason("您需要 登錄 才可以下載或查看,沒有帳號?加入隨論(請注冊中文用戶名)"), Some(Reason::Form));
        assert_eq!(reason("马上注册,结交更多曲靖朋友,赢取金币兑换话费、礼品!"), Some(Reason::Form));
        assert_eq!(reason("马上注册,了解客家文化,享用更多功能,让你轻松玩转福建客家网。"), Some(Reason::Form));
        assert_eq!(reason("马上注册志愿者，结交更多朋友。"), None);
        assert_eq!(reason("马上注册,知更多事,识更多人,玩转大深圳!"), Some(Reason::Form));
        assert_eq!(reason("马上注册荣耀渭南网,结交渭南乡党,享用更多功能,让你轻松玩转荣耀网"), Some(Reason::Form));
        let c = classes("您需要 登录 才可以下载或查看，没有帐号？注册\nx\n倡 议 书\n");
        assert_eq!(c[1], Class::Residue(Reason::Share), "{c:?}");
        // a document's floor plan names no post
        assert_eq!(reason("一楼大厅"), None);
    }

    #[test]
    fn a_copyright_line_with_links_glued_after_it_is_the_sites_footer() {
        assert_eq!(
            reason("Copyright © 2023 Basketball Association of Hong Kong, China Limited. All Rights Reserved. 版權所有 不得轉載昔日總會"),
            Some(Reason::SiteFooter)
        );
    }

    #[test]
    fn template_filler_a_sharing_sites_cut_and_a_spammers_link_are_chrome() {
        assert_eq!(reason("Donec quam felis, ultricies nec, pellentesque eu, pretium quis, sem nulla consequat. Aenean massa."), Some(Reason::Html));
        assert_eq!(reason("因篇幅问题不能全部显示,请点此查看更多更全内容"), Some(Reason::PageLink));
        assert_eq!(reason("最好的白癜风医院 http://wapyyk.39.net/bj/zhuanke/89ac7.html"), Some(Reason::Advert));
        // (a labelled address, or a sentence that gives one, is the text's)
        assert_eq!(reason("网址：http://www.gov.cn"), None);
        assert_eq!(reason("报名地址 https://www.example.gov.cn/jnjs/bm/index.html"), None);
        assert_eq!(reason("详情请登录，查看 https://www.gov.cn/zhengce"), None);
    }

    #[test]
    fn a_forums_buttons_with_their_counts_are_chrome_in_either_script() {
        assert_eq!(reason("舉報 0 收藏 0 評論 0"), Some(Reason::PageLink));
        assert_eq!(reason("举报 收藏"), Some(Reason::PageLink));
    }

    #[test]
    fn chrome_is_told_from_content() {
        assert_eq!(reason("访问量：1632"), Some(Reason::Counter));
        assert_eq!(reason("点击量:次,发布于:2023/04/18"), Some(Reason::Counter));
        assert_eq!(reason("全年网站访问量达到120万人次。"), None);
        assert_eq!(reason("无障碍浏览"), Some(Reason::Navigation));
        assert_eq!(reason("欢迎浏览本市政务公开专栏，浏览量：以实际为准。"), None);
        assert_eq!(reason("发文字号：岚府发〔2023〕5号"), None);
        assert_eq!(reason("字号：[大] [中] [小]"), Some(Reason::Switcher));
        assert_eq!(reason("【"), Some(Reason::PageLink));
        assert_eq!(reason("&nbsp;"), Some(Reason::Html));
        assert_eq!(reason("![](/uploads/a.jpg)"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("![]() |"), Some(Reason::ImagePlaceholder), "a table cell's bar beside it");
        assert_eq!(reason("* [首页](/index.html)"), Some(Reason::Navigation));
        assert_eq!(reason("[网站地图](/a/) | [联系我们](/b/)"), Some(Reason::Navigation));
        assert_eq!(reason("[打印本页](javascript:window.print\\(\\))"), Some(Reason::PageLink));
        assert_eq!(reason("[附件.pdf](/a.pdf)"), None);
        assert_eq!(reason("[关于印发《岚川市2023年重点工作任务》的通知](/a.html)"), None);
        assert_eq!(reason("首页 | 新闻中心 | 领导讲话"), Some(Reason::Navigation));
        assert_eq!(reason("Copyright © 2009-2023 京禾智造科技有限公司 版权所有  京ICP备17045821号-1"), Some(Reason::SiteFooter));
        assert_eq!(reason("Produced By 大汉网络 大汉版通发布系统"), Some(Reason::SiteFooter));
        assert_eq!(reason("涉密文件嚴禁上網"), Some(Reason::SiteFooter));
        assert_eq!(reason("某县人民政府办公室主办 某县政府电子政务办公室承办"), Some(Reason::SiteFooter));
        assert_eq!(reason("只看楼主收藏回复"), Some(Reason::PageLink));
        assert_eq!(reason("• 0回复贴,共1"), Some(Reason::Counter));
        assert_eq!(reason("莆商吧 关注:247贴子:2,979"), Some(Reason::Counter));
        assert_eq!(reason("来自Android客户端1楼2016-02-15 16:11回复"), Some(Reason::Reply));
        assert_eq!(reason("全体职工住在3号楼，请于2016年2月15日前回复"), None);
        assert_eq!(reason("本次培训由市委组织部主办"), None);
        assert_eq!(reason("图为会议现场(摄影:王晓雯)"), None);
        assert_eq!(reason("文字大小:[    ] 背景色:"), Some(Reason::Switcher));
        assert_eq!(reason("扫一扫在手机打开当前页"), Some(Reason::Share));
        assert_eq!(reason("13:46"), Some(Reason::PageMetadata));
        assert_eq!(reason("Latest News"), Some(Reason::EnglishLabel));
        assert_eq!(reason("首页 -> 政务公开 -> 通知公告"), Some(Reason::Breadcrumb));
        assert_eq!(reason("ERP系统上线。"), None);
        assert_eq!(reason("- 3 -"), Some(Reason::PageNumber));
        assert_eq!(reason("（此页无正文）"), Some(Reason::PageNumber));
        for paper in ["606版 信息披露  查看版面PDF", "A12版：要闻", "第RB02版: 日报02版", "（上接605版）", "(下转B2版)"] {
            assert_eq!(reason(paper), Some(Reason::PageNumber), "{paper}");
        }
        assert_eq!(reason("2018版 国家标准目录"), None);
        for head in ["3/2021      大同市人民政府公报            ·大同市人民政府办公室文件·", "·规范性文件·", "2021年第3期  海南省人民政府公报  12"]
        {
            assert_eq!(reason(head), Some(Reason::RunningHead), "{head}");
        }
        assert_eq!(reason("2023年国民经济和社会发展统计公报"), None, "a title");
        assert_eq!(reason("第3期  要闻"), None, "no periodical's name");
        assert_eq!(reason("工作简报    第5期"), None, "a bulletin's own masthead");
        assert_eq!(reason("./tmp/97f13a37-45a7-html.html"), Some(Reason::Html));
        assert_eq!(reason("六环线公告 - -李家集-Model.jpg"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("【字号: 收藏收藏 打印打印"), Some(Reason::PageLink));
        assert_eq!(reason("& g/ ^: T/ n2 _+ ~- I9 N4 @\" R"), Some(Reason::Jammer));
        assert_eq!(reason("当前版:04版"), Some(Reason::PageNumber));
        assert_eq!(reason("人民网>>新疆频道"), Some(Reason::Breadcrumb));
        assert_eq!(reason("//www.pwnwords.com"), Some(Reason::Link));
        assert_eq!(reason("首页 - 政策法规 - 《某市条例》全文发布"), Some(Reason::Breadcrumb));
        assert_eq!(reason("原标题:《北京市突发公共卫生事件应急条例》全文发布"), Some(Reason::PageMetadata));
        // a column's name in Chinese and English
        assert_eq!(bilingual_heading("通知公告/NOTICE"), Some(Reason::Navigation));
        assert_eq!(bilingual_heading("会议 meeting"), Some(Reason::Navigation));
        assert_eq!(bilingual_heading("会议要求 为确保"), None);
        assert_eq!(reason("(原标题:宁波永新光学股份有限公司第八届监事会第九次会议决议公告)"), Some(Reason::PageMetadata));
        assert_eq!(reason("人民網"), Some(Reason::Navigation));
        assert_eq!(reason("小字號"), Some(Reason::Switcher));
        assert_eq!(reason("文章字数:410"), Some(Reason::Counter));
        assert_eq!(reason("a b c d e f"), None, "letters alone are no jammer");
        assert_eq!(reason("大中小"), None, "one word is no row of buttons");
        assert_eq!(reason("以上就是小编为您带来的“关于…的通报”全部内容，更多内容敬请关注律咖网！"), Some(Reason::Editorial));
        for related in ["相关推荐", "大家正在看"] {
            assert_eq!(reason(related), Some(Reason::RelatedLinks), "{related}");
        }
        assert_eq!(reason("行情中心 沪深A股 上证指数 板块行情 股市异动 专题 港股"), Some(Reason::Navigation));
        assert_eq!(reason("张三 李四 王五 赵六 钱七 孙八 周九"), None, "a list of names stays");
        assert_eq!(reason("上接605版"), None, "a bracketed mark only");
        assert_eq!(reason("关于健康教育资料领取的通知[12-02]"), Some(Reason::RelatedLinks));
        assert_eq!(reason("[08-18]"), Some(Reason::RelatedLinks));
        assert_eq!(reason("相关信息"), Some(Reason::RelatedLinks));
        assert_eq!(reason("相关信息请登录市政府网站查询。"), None);
        assert_eq!(reason("会议定于2023年召开（见附件）"), None);
    }

    #[test]
    fn a_credit_to_reporters_over_the_story_is_the_sites_byline() {
        let mut page = super::super::lines::read(
            "发挥界别特色和自身优势,上海市政协农工党界别委员工作室设立\n政协联线记者 游思静\n11月25日,上海市政协农工党界别委员工作室揭牌仪式举行。\n优秀通讯员 张三 李四\n",
        );
        credits_over_story(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert!(page.lines[0].is_text() && page.lines[3].is_text(), "the headline, and a line under the first sentence, stay");
        // a news desk's bracketed name under the headline
        let mut page = super::super::lines::read(
            "陽大醫院加強進出人員管制措施 請入院民眾配合\n【北台灣新聞中心】\n陽大醫院遵照衛福部指示,因應疫情發展,該院加強進出人員管制措施,請入院民眾配合。\n",
        );
        credits_over_story(&mut page);
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn the_terms_under_a_disclaimers_label_alone_are_the_sites() {
        let mut page = super::super::lines::read(
            "三、做好推薦工作。由縣區政府管委出具推薦意見函。\n2023年5月29日\n原文鏈接:\n免責聲明:\n本站(華夏泰科)部分信息來源于有關部門官方公示信息,本站進行整理發布,如果信息涉及侵權,請提供權屬證明,我們將在第一時間刪除。\n",
        );
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::PageLink));
        assert_eq!(page.lines[3].class, Class::Residue(Reason::SiteFooter));
        assert_eq!(page.lines[4].class, Class::Residue(Reason::SiteFooter));
        assert!(page.lines[0].is_text() && page.lines[1].is_text());
    }

    #[test]
    fn a_footer_word_inside_a_documents_sentence_is_the_documents() {
        assert_eq!(footer("推动传统工业改造,为全市产业结构调整,提高产品科技含量;增加经济效益提供技术支持。"), None);
        assert_eq!(footer("未经授权，任何单位不得擅自发布预警信息。"), None);
        assert_eq!(footer("技术支持：某某网络科技有限公司"), Some(Reason::SiteFooter));
        assert_eq!(footer("主办单位 某县人民政府办公室 技术支持 某某网络公司"), Some(Reason::SiteFooter));
        assert_eq!(footer("建议使用1024×768分辨率浏览本站"), Some(Reason::SiteFooter));
        assert_eq!(footer("推荐使用 Internet Explorer 6.0 以上,1024*768分辨率浏览本站"), Some(Reason::SiteFooter));
        assert_eq!(footer("网站备案序列号:"), Some(Reason::SiteFooter));
        let title = "政协四川省委员会关于表扬优秀提案、先进承办单位和先进承办个人的决定";
        assert_eq!(footer(title), None, "a CPPCC title names the bodies that handle proposals");
        assert_eq!(reason("正文内容"), Some(Reason::Navigation));
        assert_eq!(reason("slider image 924"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("医院新闻"), Some(Reason::Navigation));
        assert!(reason("员工登录 | 旧版网站").is_some());
        assert_eq!(reason("人事公告 龍港國小 - 學校公告 | 2024-02-26 | 點閱數: 61"), Some(Reason::PageMetadata));
        assert_eq!(reason("字数"), Some(Reason::PageMetadata));
        assert_eq!(footer("办公厅、各专门委员会,各民主党派省委、省工商联,有关人民团体,各提案承办单位:"), None);
    }

    #[test]
    fn a_sites_disclaimer_of_what_it_reposts_is_footer() {
        assert_eq!(reason("本内容不代表本网观点和政治立场，如有侵犯你的权益请联系我们处理。"), Some(Reason::SiteFooter));
        assert_eq!(reason("网友评论仅供其表达个人看法，并不表明网站立场。"), Some(Reason::SiteFooter));
        assert_eq!(reason("各单位要站稳政治立场，坚持正确的舆论导向。"), None);
        assert_eq!(reason("所有评论仅代表网友意见"), Some(Reason::SiteFooter));
    }

    #[test]
    fn a_feedback_form_and_its_invitation_are_chrome() {
        let mut page = super::super::lines::read(
            "正文第一段，说明情况。\n为进一步了解社会公众的反馈，请您提出宝贵的意见或建议。\n  • 姓  名:\n  • 联系方式:\n  • *验 证 码:\n提交\n",
        );
        run(&mut page);
        let classes: Vec<Class> = page.lines.iter().map(|l| l.class).collect();
        assert_eq!(classes[0], Class::Text);
        assert!(classes[1..].iter().all(|c| *c == Class::Residue(Reason::Form)), "{classes:?}");
    }

    #[test]
    fn a_comment_widget_in_table_cells_under_the_document_is_chrome() {
        let mut page = super::super::lines::read(
            "全國綠化委員會\n2013年4月15日\n| 我也說兩句 |\n| E-File帳號:用戶名: 密碼: [注冊] |\n| 評論:(內容不能超過500字。) |\n*評論內容將在30分鐘以后顯示! |\n| 版權聲明: 1.依據《服務條款》,本網頁發布的原創作品,版權歸發布者所有;本網頁發布的轉載作品,由發布者按照互聯網精神進行分享,遵守相關法律法規,無商業獲利行為,無版權糾紛。 |\n",
        );
        run(&mut page);
        let classes: Vec<Class> = page.lines.iter().map(|l| l.class).collect();
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(classes[..2].iter().all(|c| *c == Class::Text), "{classes:?} {texts:?}");
        assert!(classes[2..].iter().all(|c| matches!(c, Class::Residue(_))), "{classes:?} {texts:?}");
        // a line that only names a form's field in a sentence stays, and so does a rule
        assert!(!is_form_field("评论：本文观点鲜明。"));
        assert!(!is_form_field("-----------------"));
        assert!(is_form_field("[登录] [注册]"));
    }

    #[test]
    fn a_posts_bracketed_tags_one_a_line_are_chrome_and_a_lone_bracketed_label_is_not() {
        let c = classes("税总函〔2019〕85号\n\n【税务总局】\n【2019】\n【工作】\n\n各省税务局：\n【编者按】\n为全面贯彻落实，现将有关事项通知如下：\n");
        assert!([2, 3, 4].iter().all(|&i| c[i] == Class::Residue(Reason::PageMetadata)), "{c:?}");
        assert!([0, 6, 7, 8].iter().all(|&i| c[i] == Class::Text), "{c:?}");
        let c = classes("关于典型案例的通报\n各单位：现将典型案例通报如下，请引以为戒。\n【案例一】\n【基本案情】\n某公司违规排放污水。\n");
        assert!([2, 3].iter().all(|&i| c[i] == Class::Text), "{c:?}");
    }

    #[test]
    fn a_correction_forms_required_fields_are_chrome_whatever_they_ask() {
        let mut page = super::super::lines::read(
            "上海市公安局\n2021年7月19日\n1.错误类:*\n2.出错页面的地址(浏览器地址栏里面的地址):*\n3.内容标题:*\n4.为了方便我们更准确及时的处理错误,请尽可能详细填写你的操作经过:*\n您的姓名:*\n",
        );
        run(&mut page);
        let classes: Vec<Class> = page.lines.iter().map(|l| l.class).collect();
        assert!(classes[..2].iter().all(|c| *c == Class::Text), "{classes:?}");
        assert!(classes[2..].iter().all(|c| *c == Class::Residue(Reason::Form)), "{classes:?}");
        // a masked value keeps its line, and so does a lone star after a colon in a sentence
        assert!(!required_field("联系电话：****"));
        // a login box under the date
        let mut page = super::super::lines::read("兴海县人民政府防汛抗旱指挥部\n2024年9月2日\n用户登录\n还没有账号?\n立即注册\n");
        run(&mut page);
        let login: Vec<Class> = page.lines[2..].iter().map(|l| l.class).collect();
        assert!(login.iter().all(|c| *c == Class::Residue(Reason::Form)), "{login:?}");
        assert!(!is_form_field("注：本表由各单位填写。：*"));
    }

    #[test]
    fn a_forum_members_profile_panel_and_its_heading_are_chrome_and_a_list_of_counts_in_the_text_is_not() {
        let c = classes("基础资料\n- 主题:\n- 积分:3812\n- 帖子:0\n- 粉丝:\n|\n广大居民朋友:\n");
        assert!(c[..5].iter().all(|c| *c == Class::Residue(Reason::MemberPanel)), "{c:?}");
        assert_eq!(c[6], Class::Text);
        // two counts are no panel; a count with words after it is the text's
        let c = classes("本期统计\n积分:3812\n帖子:0\n关注:社区服务中心\n");
        assert!(c.iter().all(|c| *c == Class::Text), "{c:?}");
        // a rules text gives every count: no panel left half loaded
        let c = classes("积分规则\n积分：100\n金币：50\n经验：20\n");
        assert!(c.iter().all(|c| *c == Class::Text), "{c:?}");
    }

    #[test]
    fn a_related_links_label_with_its_links_on_one_line_is_chrome_however_long() {
        let line = "猜你喜欢 彩铃是什么 女生矜持和拒绝的区别是什么 凤眼菩提和金刚菩提哪个好 紫薯馒头怎么做 做紫薯馒头的步骤 小龙虾蛋白质高吗";
        assert_eq!(reason(line), Some(Reason::RelatedLinks));
        assert_eq!(reason("频道推荐"), Some(Reason::RelatedLinks));
        assert_eq!(reason("谢谢观赏"), Some(Reason::PageFooter));
        assert_eq!(reason("回列表頁"), Some(Reason::Navigation));
        // a sentence that opens with the words is the text's
        assert_eq!(reason("猜你喜欢 这一栏目上线以来，读者反映良好，我们将继续改进，欢迎大家提出意见和建议。"), None);
    }

    #[test]
    fn the_account_a_qr_prompt_asks_to_follow_and_its_popups_close_button_are_chrome() {
        let c = classes("您需要 登录 才可以下载或查看,没有账号?立即注册\n|\nx\n榆林市榆阳区人民政府令 第1号\n");
        assert_eq!(c[2], Class::Residue(Reason::Share), "{c:?}");
        let c = classes("扫一扫\n\n关注科普滨州\n\nx\n");
        assert!(c.iter().filter(|c| **c != Class::Blank).all(|c| *c == Class::Residue(Reason::Share)), "{c:?}");
        // away from a QR prompt, `关注…` is the text's
        let c = classes("关注民生实事\n\n今年以来，我区共办理民生实事十件。\n");
        assert_eq!(c[0], Class::Text);
        // nor beside a share prompt that is no QR code's
        let c = classes("关注青少年心理健康\n\n分享到：\n");
        assert_eq!(c[0], Class::Text);
    }

    #[test]
    fn an_images_path_with_its_alt_text_is_a_placeholder() {
        assert_eq!(reason("6a4efb1e/images/cd8c0858.jpg 公告"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("见附图 images/map.png 所示区域为禁渔区，禁止一切捕捞作业。"), None);
        assert_eq!(reason("图/2013年第一届第二季度轮值小组会议合影"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("图/表标题居中排列"), None);
        assert_eq!(reason("照片要求：.jpg/.png 不超过2MB"), None);
    }

    fn classes(text: &str) -> Vec<Class> {
        let mut page = super::super::lines::read(text);
        run(&mut page);
        page.lines.iter().map(|l| l.class).collect()
    }

    #[test]
    fn the_sites_name_its_page_title_opened_with_is_no_line_of_the_document() {
        let c = classes(
            "山西健杰律师事务所 - SHAN XI JIAN JIE LAWYER LFFICE 山西律师事务所,长治律师事务所,长治律师,山西律师,太原律师,北京律师\n设为首页  加入收藏\n山西健杰律师事务所\n山西省律师协会会员违规行为处分若干规定\n第一条 为维护律师执业秩序，制定本规定。\n",
        );
        assert_eq!(c[..3], [Class::Residue(Reason::PageMetadata), Class::Residue(Reason::Navigation), Class::Residue(Reason::Navigation)]);
        assert_eq!(c[3..], [Class::Text, Class::Text]);
        // a name over a title with no such page title stays
        assert_eq!(classes("山西健杰律师事务所\n关于春节放假的通知\n")[0], Class::Text);
    }

    #[test]
    fn a_collection_keeps_its_first_piece_only() {
        let c = classes(
            "思想汇报范文(通用9篇)\n篇1:思想汇报范文\n关于给予王磊行政警告处分决定的通报\n管理处：\n现将决定予以通报，希望各部门认真开展教育，引以为戒。\n篇2:思想汇报范文\n本人在工作中犯了错误，深感愧疚，现将思想汇报如下。\n",
        );
        assert_eq!(&c[..2], &[Class::Residue(Reason::Collection); 2], "{c:?}");
        assert!(c[2..5].iter().all(|c| *c == Class::Text), "{c:?}");
        assert!(c[5..].iter().all(|c| *c == Class::Residue(Reason::AnotherDocument)), "{c:?}");
        // a report's own 第一篇 with text after it is no marker
        assert!(!piece_marker("第一篇 总体要求"));
        assert!(piece_marker("第二篇") && piece_marker("篇3：标题") && piece_marker("第2篇:"));
    }

    #[test]
    fn an_answers_appended_reading_is_no_part_of_the_document() {
        let c = classes(
            "关于小区消防通道禁止停车的通知\n本小区消防通道被私家车辆严重堵塞，请业主自觉将车辆撤出。\n物管办\n2015年10月22日\n扩展资料:\n《中华人民共和国消防法》第十六条 机关、团体应当履行下列消防安全职责。\n",
        );
        assert_eq!(c[3], Class::Text, "{c:?}");
        assert!(c[4..].iter().all(|c| *c == Class::Residue(Reason::AnotherDocument)), "{c:?}");
        // (the label over no text of a document is left to the other rules)
        assert_eq!(classes("扩展资料\n本小区消防通道被私家车辆严重堵塞，请业主自觉将车辆撤出。\n")[1], Class::Text);
    }

    #[test]
    fn a_second_download_prompt_after_the_text_closes_the_document() {
        let c = classes(
            "下载地址：点击此处下载\n最高人民法院关于某问题的批复\n经研究，答复如下：同意你院意见，依法办理。\n此复。\n下载地址：点击此处下载\n谈司法权地方化的弊端\n随着我国对外开放步伐的加快，投资环境已经成为重要因素。\n",
        );
        assert_eq!(c[3], Class::Text, "{c:?}");
        assert!(c[5..].iter().all(|c| *c == Class::Residue(Reason::AnotherDocument)), "{c:?}");
        // one prompt only: nothing after it is cut
        let c = classes("最高人民法院关于某问题的批复\n经研究，答复如下：同意你院意见，依法办理。\n下载地址：点击此处下载\n此复。\n");
        assert_eq!(c[3], Class::Text, "{c:?}");
    }

    #[test]
    fn a_forum_threads_header_and_replies_are_chrome() {
        let c = classes(
            "发表于 2021-9-17 01:53:22 | 显示全部楼层 |阅读模式\n关于取消交流会的通告\n为全力做好疫情防控工作，现将有关事项通告如下。\n回复\n使用道具 举报\n菜鸟笑哥 发表于 2021-9-17 15:56:55 | 显示全部楼层\n太揪心了!!!\n回复\n",
        );
        assert_eq!(c[0], Class::Residue(Reason::PageMetadata), "{c:?}");
        assert_eq!(&c[1..3], &[Class::Text, Class::Text], "{c:?}");
        assert_eq!(&c[3..5], &[Class::Residue(Reason::Form); 2], "{c:?}");
        assert_eq!(&c[5..7], &[Class::Residue(Reason::Reply); 2], "{c:?}");
    }

    #[test]
    fn a_bare_post_header_after_the_text_opens_a_reply_over_blank_lines() {
        let c = classes(
            "可爱的小圆 发表于 2023-5-8 17:24:57\n\n关于官方近期加大游戏内外挂行为处理公告\n\n使用外挂封停规则:使用非法外挂软件及非法第三方软件的账号，一经查实，永久封停。请大家珍惜游戏账号，绿色游戏。\n\n《新倚天外传》运营团队2023年4月24日\n\n笑红尘 发表于 2023-6-1 07:07:08\n\n封禁的号公布出来,让大家高兴高兴\n",
        );
        assert_eq!(c[0], Class::Residue(Reason::PageMetadata), "{c:?}");
        assert_eq!(c[6], Class::Text, "{c:?}");
        assert_eq!((c[8], c[10]), (Class::Residue(Reason::Reply), Class::Residue(Reason::Reply)), "{c:?}");
        assert!(bare_post_header("笑红尘 发表于 2023-6-1 07:07:08"));
        assert!(!bare_post_header("本文发表于2023年6月1日的《人民日报》。"));
    }

    #[test]
    fn hosting_sites_bylines_blurbs_and_buttons() {
        assert_eq!(reason("某某百科·作者佚名  2010-10-06"), Some(Reason::PageMetadata));
        assert_eq!(reason("宽屏版  字体: |||超大"), Some(Reason::Switcher));
        assert_eq!(reason("朗读"), Some(Reason::PageLink));
        assert_eq!(reason("下文是小编整理的会议纪要范文，供参考！"), Some(Reason::Editorial));
        assert_eq!(reason("小编带你一起来了解一下"), None, "a sentence of the text");
        // a dated sentence that names its author is text, and an editorial office signs
        assert_eq!(reason("2010年10月6日，作者在会上作了发言。"), None);
        assert_eq!(reason("《工作简报》编辑部  2022年8月19日"), None);
        // a platform's tip jar, report link and disclaimer of what its members post
        assert_eq!(reason("打赏捐赠"), Some(Reason::Share));
        assert_eq!(reason("打赏捐赠0"), Some(Reason::Share), "with its count");
        assert_eq!(reason("回复 12"), Some(Reason::Form));
        assert_eq!(reason("TOP 10"), None, "a link's word with a number is no button's count");
        assert_eq!(reason("!我要举报这篇文章"), Some(Reason::Form));
        assert_eq!(reason("声明 本文由村网通注册会员上传并发布,村网通仅提供信息发布平台。"), Some(Reason::SiteFooter));
    }

    #[test]
    fn a_collection_titled_by_its_count_keeps_its_first_piece() {
        let mut page = super::super::lines::read(
            "某省政府会议纪要三篇\n\n某省政府会议纪要一\n\n关于某项工作的会议纪要\n\n会议听取了汇报，议定如下事项。\n\n某省政府会议纪要二\n\n关于另一项工作的会议纪要\n",
        );
        run(&mut page);
        let class = |t: &str| page.lines.iter().find(|l| l.text == t).map(|l| l.class);
        assert_eq!(class("某省政府会议纪要三篇"), Some(Class::Residue(Reason::Collection)));
        assert_eq!(class("某省政府会议纪要一"), Some(Class::Residue(Reason::Collection)));
        assert_eq!(class("关于某项工作的会议纪要"), Some(Class::Text));
        assert_eq!(class("关于另一项工作的会议纪要"), Some(Class::Residue(Reason::AnotherDocument)));
    }

    #[test]
    fn the_sites_contact_under_its_copyright_line_is_footer() {
        let mut page = super::super::lines::read(
            "正文内容说明情况。\n版权所有：某某大学某某学院\n通讯地址：某市某区某路1号 邮政编码：430070\n如有意见或建议请与我们联系 电话：027-87000000\n",
        );
        run(&mut page);
        assert!(page.lines[2..].iter().all(|l| l.class == Class::Residue(Reason::PageFooter)), "{:?}", page.lines.iter().map(|l| l.class).collect::<Vec<_>>());
    }

    #[test]
    fn a_contact_line_between_the_sites_sponsors_and_its_registration_is_the_sites() {
        let mut page = super::super::lines::read(
            "某县人民政府\n2017年10月24日\n某县人民政府办公室主办 某县政府电子政务办公室承办\n地址：某县安兴路政府大楼 电话：0911-7112744\n陕ICP备06010439号\n",
        );
        run(&mut page);
        let classes: Vec<Class> = page.lines.iter().map(|l| l.class).collect();
        assert_eq!(classes[2], Class::Residue(Reason::SiteFooter));
        assert_eq!(classes[3], Class::Residue(Reason::PageFooter), "{classes:?}");
        // the document's own contact before the footer stays
        let mut page = super::super::lines::read("正文内容说明情况。\n联系电话：0911-7112000\n陕ICP备06010439号\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn a_trail_ending_at_the_pages_own_tab_is_a_breadcrumb() {
        assert_eq!(reason("律所动态 > 信息正文"), Some(Reason::Breadcrumb));
        assert_eq!(reason("通知公告 > 新闻详情"), Some(Reason::Breadcrumb));
        // (a chart's step is no tab of the page)
        assert_ne!(reason("拟稿 > 提交正文"), Some(Reason::Breadcrumb));
    }

    #[test]
    fn a_dialogs_button_a_login_tab_and_an_issues_pager_are_furniture() {
        for l in ["我知道了", "评论列表", "【关闭当前页面】", "账号+密码登录", "上一期 下一期", "查看完整版本: 尚文水库灌区供水公告", "相关文档", "最新文档"]
        {
            assert!(reason(l).is_some(), "{l}");
        }
        assert_eq!(reason("请于下一期报送前完成自查。"), None);
        assert_eq!(reason("学习完成后关闭当前页面即可自动保存学习记录"), None);
    }

    #[test]
    fn a_credit_with_a_bar_for_its_colon_is_page_metadata_and_a_tables_header_is_not() {
        assert_eq!(reason("来源 | 庐山旅游产业发展处"), Some(Reason::PageMetadata));
        assert_eq!(reason("编辑｜张三"), Some(Reason::PageMetadata));
        assert!(!piped_credit("来源 | 数量 | 金额"));
        assert!(!piped_credit("资金来源 | 财政拨款"));
        // (a table's rows: steps of review, a fund's source)
        assert!(!piped_credit("审核 | 乡镇人民政府"));
        assert!(!piped_credit("来源 | 中央财政衔接推进乡村振兴补助资金"));
    }

    #[test]
    fn a_posting_date_in_digits_with_the_site_after_it_is_page_metadata_and_a_worded_date_is_not() {
        assert_eq!(reason("2026-03-06.众安头条"), Some(Reason::PageMetadata));
        assert!(dated_source("2021/05/06 | 人民网"));
        assert!(!dated_source("2021年5月6日 县政府"));
        assert!(!dated_source("2021-05-06"));
        assert!(!dated_source("2021-05-06起全市实行新的收费标准"));
        // (a chronicle's entry)
        assert!(!dated_source("2020.01.21｜成立市疫情防控指挥部"));
    }

    #[test]
    fn a_contributors_credit_under_a_story_is_page_metadata_and_a_sentence_naming_one_is_not() {
        assert_eq!(reason("区政府办 供稿"), Some(Reason::PageMetadata));
        assert_eq!(reason("（南充市委统战部供稿）"), Some(Reason::PageMetadata));
        assert_eq!(reason("(中科院老科协理化所分会供稿)"), Some(Reason::PageMetadata));
        assert!(!contributed("供稿"));
        assert!(!contributed("本刊所用图片均由各单位供稿"));
        assert!(!contributed("请各单位于5月10日前供稿"));
        assert!(!contributed("第一周 党支部 供稿"), "a rota's row");
    }

    #[test]
    fn a_bare_counter_a_tip_button_and_a_comment_invitation_alone_are_chrome() {
        assert_eq!(reason("浏览843"), Some(Reason::Counter));
        assert_eq!(reason("浏览"), Some(Reason::Counter));
        assert_eq!(reason("浏览相关文件"), None);
        assert_eq!(reason("赞赏"), Some(Reason::Share));
        assert_eq!(reason("欢迎下方留言!"), Some(Reason::Form));
        assert_eq!(reason("今日热榜"), Some(Reason::RelatedLinks));
        assert_eq!(reason("继续阅读"), Some(Reason::PageLink));

        assert_eq!(reason("群众对工作人员的耐心服务表示赞赏。"), None);
    }

    #[test]
    fn an_archives_labelled_index_of_years_is_navigation_and_a_tables_row_of_years_is_not() {
        assert_eq!(reason("統計年鑒年度索引: 2024 2023 2022 2021 2020 2019 2018 [ 統計年鑒分省、行業總索引 ]"), Some(Reason::Navigation));
        assert_eq!(reason("按年份归档：2020 2021 2022 2023 2024"), Some(Reason::Navigation));
        assert_eq!(reason("年份：2019 2020 2021 2022 2023"), None, "a table's header row");
        assert_eq!(reason("指标 2019 2020 2021 2022 2023"), None);
        assert!(!year_index("年度索引：2023 2022"));
    }

    #[test]
    fn a_posters_card_of_counts_and_rank_beside_a_forum_post_is_a_member_panel() {
        let mut page = super::super::lines::read(
            "[单位发布] 戴南镇召开行政区划调整工作会\n[复制链接]\n218\n\n主题\n\n278\n\n帖子\n\n1246\n\n积分\n\n金牌会员\n\nRank: 6Rank: 6\n\n积分1246\n发表于 2020-11-22 18:13:11 | 显示全部楼层 |阅读模式\n11月21日下午，戴南镇召开行政区划调整工作会。\n",
        );
        run(&mut page);
        let card = ["218", "主题", "278", "帖子", "1246", "积分", "金牌会员", "Rank: 6Rank: 6", "积分1246"];
        for l in page.lines.iter().filter(|l| card.contains(&l.text.trim())) {
            assert_eq!(l.class, Class::Residue(Reason::MemberPanel), "{}", l.text);
        }
        let panel = page.lines.iter().filter(|l| l.class == Class::Residue(Reason::MemberPanel));
        assert!(panel.clone().count() >= 8 && panel.clone().all(|l| card.contains(&l.text.trim())), "{:?}", page.lines);
        assert!(page.lines.iter().any(|l| l.text.starts_with("11月21日") && l.class == Class::Text));
        // a table's column of figures and words is no card
        let c = classes("项目\n2023\n主题\n教育\n收入\n");
        assert!(c.iter().all(|c| *c != Class::Residue(Reason::MemberPanel)), "{c:?}");
        let c = classes("全年数据如下：\n32156\n主题\n458923\n帖子\n12034\n好友\n");
        assert!(c.iter().all(|c| *c != Class::Residue(Reason::MemberPanel)), "a report's figures: {c:?}");
        assert_eq!(reason("查看: 5435|回复: 0"), Some(Reason::Counter));
        assert_eq!(reason("热搜: 活动 交友 discuz"), Some(Reason::RelatedLinks));
        assert_eq!(reason("热搜：“酒泉暴雨”话题阅读量破亿"), None);
        assert_eq!(reason("您需要登录后才可以回帖 登录 | 立即注册"), Some(Reason::Form));
        assert_eq!(reason("使用 高级模式(可批量传图、插入视频等)"), Some(Reason::Form));
        // a template's unfilled placeholders, not a text that quotes one among its words
        assert_eq!(reason("0{{catalogNumber[index]}}. {{item.title}}"), Some(Reason::Script));
        assert_eq!(reason("{{item.title}}"), Some(Reason::Script));
        assert_eq!(reason("模板中写{{姓名}}即可"), None);
        // a site's motto in its footer, and not a name with a middle dot
        assert_eq!(reason("团结·奋进·文明·和谐"), Some(Reason::SiteFooter));
        assert_eq!(reason("阿卜杜·热合曼"), None);
        assert_eq!(reason("手机号码,快捷登录"), Some(Reason::Form));
        assert_eq!(reason("本版积分规则"), Some(Reason::Form));
        assert_eq!(reason("查看附件"), None);
        assert_eq!(reason("详情请查看：2024年城区小学学区划分表"), None);
        assert_eq!(reason("查看：1.城区初中学区划分表"), None);
    }

    #[test]
    fn a_pictures_name_from_a_phone_or_a_chat_app_is_an_image_placeholder() {
        assert_eq!(reason("微信图片_20181217123612"), Some(Reason::ImagePlaceholder));
        assert_eq!(reason("IMG_4021"), Some(Reason::ImagePlaceholder));
        assert!(!camera_name("微信图片_说明"));
        assert!(!camera_name("DSC"));
        assert!(!camera_name("DSC8000"), "an instrument's model");
    }

    #[test]
    fn an_outlets_copyright_claim_and_reprint_ban_is_a_footer_and_a_contests_rule_is_not() {
        let ban = "凡本报记者署名文字、图片,版权均属新安晚报所有。任何媒体、网站或个人,未经授权不得转载、链接、转贴或以其他方式复制发表;已授权的媒体、网站,在使用时必须注明 “来源:大皖新闻”,违者将依法追究法律责任。";
        assert_eq!(reason(ban), Some(Reason::SiteFooter));
        assert_eq!(reason("网站版权与免责声明"), Some(Reason::SiteFooter));
        assert_eq!(reason("参赛作品版权归主办方所有，未经授权不得转载，违者追究责任。"), None);
    }

    #[test]
    fn a_row_of_buttons_or_an_empty_label_before_a_colon_is_the_sites_and_a_salutation_is_not() {
        assert_eq!(reason("打印 分享到 :"), Some(Reason::Share));
        assert_eq!(reason("发布作者 :"), Some(Reason::PageMetadata));
        assert_eq!(reason("各位作者:"), None);
        assert_eq!(reason("各区县教育局:"), None);
        assert_eq!(reason("时间："), None, "a notice's field over its value");
    }

    #[test]
    fn an_advertisements_marker_and_caption_are_the_sites() {
        assert_eq!(reason("以下是广告"), Some(Reason::Advert));
        assert_eq!(reason("廣告"), Some(Reason::Advert));
        assert_eq!(reason("点击图片可进入汉嘉酒业网站"), Some(Reason::Advert));
        assert_eq!(reason("地区版"), Some(Reason::Navigation));
        // (a notice about advertising says more than the word)
        assert_eq!(reason("关于规范户外广告设置的通知"), None);
    }

    #[test]
    fn buttons_that_send_the_page_to_a_phone_and_skip_links_are_the_sites() {
        assert_eq!(reason("請拿手機掃描此QRCODE"), Some(Reason::Share));
        assert_eq!(reason("傳到手機看"), Some(Reason::Share));
        assert_eq!(reason("Skip to content"), Some(Reason::PageLink));
        assert_eq!(reason("by"), Some(Reason::PageMetadata));
        assert!(byline("天兴工作室 2014-08-21 13:16 优惠活动 8835 0 评论"));
        assert!(!byline("2014-08-21 评审结果 欢迎 评论"), "no count before the button");
        assert_eq!(reason("预览时标签不可点收录于合集#个上一篇下一篇"), Some(Reason::Script));
        assert_eq!(reason("您的当前位置:首页正文"), Some(Reason::Breadcrumb));
    }

    #[test]
    fn an_outlets_claim_cut_before_its_ban_is_still_its_footer() {
        let cut = "凡本网来源标注是“福音时报”的文章版权归福音时报所有。未经福音时报授权,任何印刷性书籍刊物、公共网站、电子刊";
        assert_eq!(reason(cut), Some(Reason::SiteFooter));
    }

    #[test]
    fn a_label_with_its_value_that_opens_with_a_navigation_word_is_the_texts() {
        assert_eq!(reason("登录方式：身份证号+密码登录"), None);
        assert_eq!(reason("登录"), Some(Reason::Navigation));
    }

    #[test]
    fn links_to_readings_of_the_policy_under_their_labels_are_the_sites() {
        let text = "特此通告。\n垫江县人民政府\n2024年8月30日\n部门解读：\n垫江县人民政府关于继续执行森林防火封山令的通告的政策解读\n热点解读：\n【森林防火】垫江县人民政府关于继续执行森林防火封山令的通告的政策咨询问答\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        assert!(page.lines[3..].iter().all(|l| l.class == Class::Residue(Reason::RelatedLinks)), "{:?}", page.lines);
        // (a label over a sentence of the text keeps it)
        let mut page = super::super::lines::read("部门解读：\n本通告的解读由县林业局负责，联系电话12345。\n");
        run(&mut page);
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn the_link_to_the_days_press_releases_is_navigation() {
        assert_eq!(reason("即日新闻"), Some(Reason::Navigation));
        // (a release's time of issue goes with its date, in the tail: the text keeps a clock line)
        assert_eq!(reason("会议时间9时30分"), None);
    }

    #[test]
    fn a_title_under_the_documents_head_is_kept_though_its_files_link_names_it() {
        let text = "关于启动换届推荐工作的通知.pdf\n江苏省中医药学会\n苏中会〔2013〕49号\n关于启动换届推荐工作的通知\n各有关单位:\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        assert_eq!(page.lines[0].class, Class::Residue(Reason::PageLink));
        assert!(page.lines[3].is_text(), "{:?}", page.lines[3]);
    }

    #[test]
    fn a_counters_unit_under_the_posting_time_and_a_pagers_number_under_the_last_sentence_are_the_sites() {
        let mut page = super::super::lines::read("关于开展评选的通知\n2024-12-10 16:47:27\n次\n各单位:\n现将有关事项通知如下。\n1\n");
        run(&mut page);
        assert_eq!(page.lines[2].class, Class::Residue(Reason::Counter));
        assert_eq!(page.lines[5].class, Class::Residue(Reason::PageNumber));
        // (a lone `1` under a line of a table, and `次` in the text, are the text's)
        let mut page = super::super::lines::read("各单位:\n本次共评选出以下名额\n次\n合计\n1\n2、农业生产比重下降。\n3\n");
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()), "{:?}", page.lines);
    }

    #[test]
    fn a_slogan_set_again_and_again_among_the_items_is_an_advertisement() {
        let ad = "免费报考咨询 考情随时掌握 尽在粉笔";
        let text = format!("一、招聘岗位\n1、1名聘用制书记员\n{ad}\n2、1名文员\n{ad}\n二、报名资格\n1、具有中华人民共和国国籍;\n{ad}\n");
        let mut page = super::super::lines::read(&text);
        run(&mut page);
        let kept: Vec<&str> = page.lines.iter().filter(|l| l.is_text()).map(|l| l.text.as_str()).collect();
        assert!(!kept.contains(&ad) && kept.len() == 5, "{kept:?}");
        // (twice is no flood: a couplet the text quotes stays)
        let mut page = super::super::lines::read("金秋十月到来 欢度国庆佳节\n正文一。\n金秋十月到来 欢度国庆佳节\n");
        run(&mut page);
        assert!(page.lines.iter().all(|l| l.is_text()));
    }

    #[test]
    fn other_stories_each_over_how_long_ago_it_was_posted_are_the_sites_list() {
        let text = "端午連假/北市警局加強交通疏導\n臺北市政府警察局為維護連假交通順暢，特規劃疏導勤務。\n最新新聞\n虎尾公安商場開幕 打造複合式商旅新地標\n(6 小時前) -\n彰基醫院支援牙醫學生工作坊\n(6 小時前)\n";
        let mut page = super::super::lines::read(text);
        run(&mut page);
        assert!(page.lines[3..].iter().all(|l| l.class == Class::Residue(Reason::RelatedLinks)), "{:?}", page.lines);
        assert!(page.lines[1].is_text());
        assert!(relative_time("3天前") && relative_time("（10分钟前）") && !relative_time("三天前") && !relative_time("5年前的今天"));
    }

    #[test]
    fn a_posting_date_and_the_organ_that_posts_it_are_the_pages() {
        assert_eq!(reason("2025-05-29 | 台北市政府"), Some(Reason::PageMetadata));
        assert_eq!(reason("2020.01.21｜成立市疫情防控指挥部"), None);
    }

    #[test]
    fn a_reaction_button_with_its_count_is_the_sites() {
        assert_eq!(reason("赞（0）"), Some(Reason::Share));
        assert_eq!(reason("點讚(12)"), Some(Reason::Share));
        assert_eq!(reason("赞成（3）"), None);
    }

    #[test]
    fn a_reference_sites_tab_a_flip_books_page_head_and_a_forums_zoned_clock_are_chrome() {
        assert_eq!(reason("太阳集团tyc4633(中国)有限公司·百度百科"), Some(Reason::Navigation));
        assert_eq!(reason("大学生课堂考勤规定_百度文库"), Some(Reason::Navigation));
        assert_eq!(reason("百度百科"), None);
        assert_eq!(reason("Page 48 - 政协 第3期"), Some(Reason::PageNumber));
        assert_eq!(reason("P. 507"), Some(Reason::PageNumber));
        assert_eq!(reason("Page 48 of the report describes the plan."), None);
        assert_eq!(reason("GMT+8, 2025-3-28 20:36"), Some(Reason::PageMetadata));
        assert_eq!(reason("GMT+8"), None);
        assert_eq!(reason("友情链接"), Some(Reason::RelatedLinks));
        assert_eq!(reason("Your browser does not support JavaScript!"), Some(Reason::Script));
        assert_eq!(reason("您的浏览器不支持JavaScript，请启用后浏览"), Some(Reason::Script));
        // (a banner for an old browser, by its opening words; a notice's advice is its text)
        assert_eq!(reason("請更新您的瀏覽器"), Some(Reason::Script));
        assert_eq!(reason("您使用的瀏覽器版本較舊，已不再受支援。建議您更新瀏覽器版本，以獲得最佳使用體驗。"), Some(Reason::Script));
        assert_eq!(reason("请考生使用360浏览器极速模式登录报名系统。"), None);
        // (the site's sponsor named alone on its line; a notice's own sponsor line has its colon)
        assert_eq!(reason("中國作家協會主管"), Some(Reason::SiteFooter));
        assert_eq!(reason("由市委宣传部主办"), None);
        assert_eq!(reason("本课程讲授JavaScript语言的基础知识。"), None);
    }

    #[test]
    fn a_groups_site_list_a_press_offices_links_a_trending_list_and_a_software_credit_are_chrome() {
        assert_eq!(reason("集團網群"), Some(Reason::Navigation));
        assert_eq!(reason("網站鏈接"), Some(Reason::RelatedLinks));
        assert_eq!(reason("連結至相關網站"), Some(Reason::RelatedLinks));
        assert_eq!(reason("热文榜"), Some(Reason::RelatedLinks));
        assert_eq!(reason("专题"), Some(Reason::Navigation));
        assert_eq!(reason("新聞快訊"), Some(Reason::Navigation));
        assert_eq!(reason("DMC Firewall is developed by Dean Marshall Consultancy Ltd"), Some(Reason::SiteFooter));
        // (a topic named in the text, and a bulletin's name, stay)
        assert_eq!(reason("专题学习"), None);
        assert_eq!(reason("新闻快讯第3期"), None);
        // a site's zone, and a date the site says it updated the page on
        assert_eq!(reason("公告專區"), Some(Reason::Navigation));
        assert_eq!(reason("加强公司治理专区建设"), None);
        assert_eq!(reason("13/09/2020 更新"), Some(Reason::PageMetadata));
        assert_eq!(reason("2019-05-10 发布"), None);
        assert_eq!(reason("科发院网站:"), Some(Reason::RelatedLinks));
        assert_eq!(reason("请登录以下网站："), None);
    }
}
