//! Pass 5, tail: the end of the document — the signature and the date (on one line or two, a
//! signature over two lines, a signer's title and name), the 附注 under them, the attachment
//! note above them, the contact block, and the 版记 at the very end: 抄送, the 印发 line
//! (printer and date), 共印N份. A news site's end (`责任编辑：`) and what follows it (related
//! headlines) are chrome.
//!
//! The end block is the first date that closes a text: a date line after a signature, followed
//! by nothing, by an attachment, by the 版记, or by the document the text covers (a 公告 or 令
//! before its regulation: a title or 第一章).

use super::super::chars::*;
use super::super::page::{Class, ContactField, Field, Line, Page, Reason};
use super::super::rules::{
    ARTICLE_END_LABELS, BULLETIN_LIST_LABELS, BulletinList, CLOSING_FORMULAS, COPIES_TO_LABELS, CREDIT_LABELS, EDITOR_LABELS, MAX_SIGNATURE_CHARS,
    MAX_TITLE_CHARS, NEWS_LEADS, NOTE_WORDS, PROMULGATION_FORMULAS, SEAL_MARKS, SHORT_LINE, SIGN_OFF_WORDS, SIGNATURE_INDENT, SIGNER_LABELS,
    SIGNER_PERSON_LABELS, SIGNER_TITLES, TAG_LABELS,
};
use crate::style::numbering::existing_number;

pub fn run(page: &mut Page) {
    news_byline(page);
    article_end(page);
    // (a bilingual notice's English version after the Chinese one: the Chinese ends over it)
    let end = attachments_start(page).min(translation_start(page));
    end_rows(page);
    let body_end = if let Some(d) = end_block(page, end) {
        let signs = |i: usize| matches!(page.lines[i].class, Class::Moved(Field::Signature | Field::Issuer));
        // (the issuer's line over the title is the head's, not a signer's)
        let head = (0..d).rev().find(|&i| matches!(page.lines[i].class, Class::Moved(Field::Title | Field::Addressee))).map_or(0, |h| h + 1);
        let mut sig = (head..d).rev().find(|&i| signs(i)).unwrap_or(d);
        // joint signers, one a line: the block's first line
        while let Some(p) = page.prev_nonblank(sig).filter(|&p| signs(p)) {
            sig = p;
        }
        attachment_note(page, sig);
        attachments_after_date(page, d);
        credits_after_date(page, d, end);
        keyword_tags(page, d);
        tag_lines(page, d);
        menus_after_date(page, d, end);
        contact_above(page, sig);
        sig
    } else {
        attachment_note(page, end);
        signature_without_date(page, end);
        // the numbered attachments right above an undated signer
        let signer = (0..end).find(|&i| page.lines[i].class == Class::Moved(Field::Signature));
        if let Some(s) = signer {
            attachment_note(page, s);
        }
        signer.unwrap_or(end)
    };
    lone_attachment_note(page);
    formula_note(page, end);
    trailing_contact(page);
    contact_everywhere(page);
    ends_mid_sentence(page, body_end);
    stranded_lines(page);
    // (last: a file's link is chrome to the readers above, whose stranded lines it borders)
    linked_attachments(page);
}

/// `热度` between `分享` and the site's footer, `北京日报 李祺瑶` between `↓↓↓` and `标签:`: a
/// short line past the last sentence of the text, with chrome (or the document's end block)
/// over it and chrome or nothing under it, is a widget's label or a byline the chrome pass
/// could not name.
fn stranded_lines(page: &mut Page) {
    let Some(last_prose) = (0..page.lines.len()).rev().find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)) else { return };
    let chrome = |page: &Page, k: usize| matches!(page.lines[k].class, Class::Residue(_));
    let end_block = |page: &Page, k: usize| matches!(page.lines[k].class, Class::Moved(Field::Date | Field::Signature | Field::Issuer));
    let stranded = |page: &Page, i: usize| {
        let t = page.lines[i].text.trim();
        let short = (1..=STRANDED_CHARS).contains(&t.chars().count()) && !t.contains(['。', '，', '；', '：', ':', '！', '？', '、']);
        page.lines[i].is_text() && short && super::headings::family(t).is_none() && !is_date_line(t)
    };
    // a run of such lines (`二维码关注` / `新浪微博` / `今日头条`: a footer's links, one a line),
    // each read once
    let mut i = last_prose + 1;
    while i < page.lines.len() {
        if !stranded(page, i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        while let Some(n) = page.next_nonblank(run[run.len() - 1]).filter(|&n| stranded(page, n)) {
            run.push(n);
        }
        let last = run[run.len() - 1];
        // (several lines only under chrome, and none with a figure or a cell's bar: under the
        // date, `附表1` / `学院` / `姓名` and `1—2 |孙向红` rows are an attached table's)
        let cells = run.len() > 1 && run.iter().any(|&k| page.lines[k].text.contains(|c: char| c.is_ascii_digit() || c == '|'));
        let over = page.prev_nonblank(i).is_some_and(|p| chrome(page, p) || run.len() == 1 && end_block(page, p)) && !cells;
        let under = page.next_nonblank(last).is_none_or(|n| chrome(page, n));
        if over && under {
            for &k in &run {
                page.residue(k, Reason::Stranded);
            }
        }
        i = last + 1;
    }
}

/// A stranded line is at most this long.
const STRANDED_CHARS: usize = 10;

/// `…，进一步落实减` right above the signature, or at the page's end: the text stops inside a
/// sentence, so the page was most likely cut (a store that keeps the first kilobytes, a copy
/// that lost its end). Nothing is taken or added; the user is told where to check. Only a
/// sentence counts — a line with a comma in it, ending on a character, not on a closing
/// formula (`特此通知` often lacks its full stop) — so a heading, a name or a list does not.
fn ends_mid_sentence(page: &mut Page, body_end: usize) {
    let Some(last) = (0..body_end.min(page.lines.len())).rev().find(|&i| page.lines[i].is_text()) else { return };
    let t = page.lines[last].text.trim_end();
    let open = t.chars().next_back().is_some_and(|c| han(c) || "，、“《（".contains(c));
    let sentence = t.contains(['，', '。', '；']) && t.chars().count() >= CUT_SENTENCE_CHARS;
    // (`…，报名地点：学校行政楼302室`: the last clause a label and its value, whole)
    let labelled = t.rsplit(['，', '。', '；']).next().is_some_and(|c| c.contains(['：', ':']));
    let formula = CLOSING_FORMULAS.iter().chain(SIGN_OFF_WORDS).any(|f| t.ends_with(f));
    if open && sentence && !formula && !labelled {
        let tail = last_chars(t, CUT_CONTEXT);
        page.guess(last, format!("the text ends mid-sentence (`…{tail}`): the page may have been cut off; check it against the source"));
        page.cut = Some(last);
    }
}

/// How many characters of a cut sentence the warning quotes.
const CUT_CONTEXT: usize = 12;
/// A line shorter than this is no sentence to call cut, whatever its marks.
const CUT_SENTENCE_CHARS: usize = 10;

/// `本报讯 …` … `陈玲` (or `（田维林）`): a news story's writer, named alone on its last line — the
/// site's credit, not a signer nor a 附注.
fn news_byline(page: &mut Page) {
    let texts = page.text_lines();
    let (Some(&first), Some(&last)) = (texts.iter().find(|&&i| is_prose(&page.lines[i].text)), texts.last()) else { return };
    let news = NEWS_LEADS.iter().any(|w| fold(page.lines[first].text.trim()).starts_with(w));
    let t = page.lines[last].text.trim().trim_end_matches(['-', '—']);
    let t = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).unwrap_or(t);
    let name = (2..=MAX_BYLINE_CHARS).contains(&t.chars().count()) && t.chars().all(han);
    if (news && name || super::super::chars::reporter_credit(t)) && last > first {
        page.residue(last, Reason::PageMetadata);
    }
}

/// A writer's name closing a news story is at most this long (two or three names of two
/// characters run together are no byline to tell from a word).
const MAX_BYLINE_CHARS: usize = 4;

/// `附件：2010年度先进行业协会名单` after the text's last paragraph, no signature under it to
/// find it by (a cut date, the attached list after it): one attachment's name on its label's
/// line, with no running text after it, is the attachment note.
fn lone_attachment_note(page: &mut Page) {
    if !page.meta.attachments.is_empty() {
        return;
    }
    if counted_attachment_note(page) || pointed_attachment_note(page) {
        return;
    }
    let name_of = |t: &str| {
        after_attachment_label(t.trim())
            .map(str::trim)
            .filter(|n| !n.is_empty() && n.chars().count() <= ATTACHMENT_NAME_CHARS && !has_sentence_mark(n))
            .map(str::to_string)
    };
    let Some((i, name)) = (0..page.lines.len()).rev().filter(|&i| page.lines[i].is_text()).find_map(|i| name_of(&page.lines[i].text).map(|n| (i, n))) else {
        return;
    };
    let prose_after =
        (i + 1..page.lines.len()).any(|j| page.lines[j].is_text() && page.lines[j].chars() > SHORT_LINE && page.lines[j].text.trim_end().ends_with('。'));
    // (the office's contact lines may stand between: `联系方式：` / `电 话：0571-…，联系人：…`)
    let contact = |t: &str| super::contact::fields(t).is_some() || t.chars().count() <= SHORT_LINE && CONTACT_HEADS.iter().any(|h| t.trim_end().ends_with(h));
    let text_before =
        (0..i).rev().filter(|&p| page.lines[p].is_text()).find(|&p| !contact(&page.lines[p].text)).is_some_and(|p| page.lines[p].chars() > SHORT_LINE);
    if !prose_after && text_before {
        page.meta.attachments = listed_names(&name);
        page.moved(i, Field::Attachments);
    }
}

/// `附件檔案:` / `…議事規則1000120.pdf`, `附件:东卫函〔2016〕94号.pdf` / `粤卫通〔2016〕4号.pdf`: the
/// files linked one a line right under an attachment label (or under its note) are attachments
/// too, though the chrome pass took each for a download link.
fn linked_attachments(page: &mut Page) {
    let label = |l: &Line| {
        matches!(l.class, Class::Moved(Field::Attachments) | Class::Residue(Reason::EmptyAttachmentList))
            || l.is_text() && after_attachment_label(l.text.trim()).is_some_and(|r| r.trim().is_empty())
    };
    let linked = |l: &Line| l.class == Class::Residue(Reason::PageLink) && file_stem(l.text.trim()).is_some();
    let Some(i) = (0..page.lines.len()).rev().find(|&i| label(&page.lines[i]) && page.next_nonblank(i).is_some_and(|j| linked(&page.lines[j]))) else {
        return;
    };
    // (under a note that names its attachments without a file, `附件：…一览表`, the links are
    // their downloads, named again)
    if !page.meta.attachments.is_empty() && page.meta.attachments.iter().all(|a| file_stem(a).is_none()) {
        return;
    }
    let mut files = Vec::new();
    let mut k = i;
    while let Some(j) = page.next_nonblank(k).filter(|&j| linked(&page.lines[j])) {
        files.push(j);
        k = j;
    }
    for j in std::iter::once(i).chain(files.iter().copied()) {
        let name = page.lines[j].text.trim().to_string();
        if j != i && !page.meta.attachments.contains(&name) {
            page.meta.attachments.push(name);
        }
        page.moved(j, Field::Attachments);
    }
}

/// `相关制度见附件:` / `南平市…分支机构管理制度;` / `南平市…印章管理制度;`: a line that points to
/// the attachments, then their names a line each — the attachment note, whatever follows them
/// (the attachments' own text).
fn pointed_attachment_note(page: &mut Page) -> bool {
    let texts: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text()).collect();
    let pointer = |t: &str| {
        let lead = t.trim().strip_suffix(['：', ':']).and_then(|r| r.strip_suffix("见附件"));
        lead.is_some_and(|l| l.chars().count() <= POINTER_LEAD_CHARS && !has_sentence_mark(l))
    };
    // (a name without the stop that ends its list's item)
    let bare = |t: &str| t.trim().trim_end_matches(['；', ';', '。']).to_string();
    let name = |t: &str| {
        let n = bare(t);
        n.chars().count() <= ATTACHMENT_NAME_CHARS && !has_sentence_mark(&n) && !n.contains(['，', ',']) && ends_like_title(&n)
    };
    let Some(k) = texts.iter().position(|&i| pointer(&page.lines[i].text)) else { return false };
    let names: Vec<usize> = texts[k + 1..].iter().copied().take_while(|&j| name(&page.lines[j].text)).collect();
    if names.is_empty() {
        return false;
    }
    page.meta.attachments = names.iter().map(|&j| bare(&page.lines[j].text)).collect();
    page.moved(texts[k], Field::Attachments);
    for j in names {
        page.moved(j, Field::Attachments);
    }
    true
}

/// What a line says before it points to the attachments (`相关制度见附件：`) is short.
const POINTER_LEAD_CHARS: usize = 12;

/// `附件1：…部门处理答复工作情况表` / `附件2：…县（市、区）处理答复工作情况表` right under the text's
/// paragraph, with no signature to find them by: two or more attachments counted from one, a line
/// each, are the attachment note, whatever follows them (the attachments' own text, their notes).
fn counted_attachment_note(page: &mut Page) -> bool {
    let count = |i: usize| {
        let listed = page.lines[i].is_text() && numbered_attachment(&page.lines[i].text).is_some();
        attachment_count(&page.lines[i].text).parse::<usize>().ok().filter(|_| listed)
    };
    let Some(first) = (0..page.lines.len()).find(|&i| count(i) == Some(1)) else { return false };
    let mut run = vec![first];
    while let Some(n) = page.next_nonblank(run[run.len() - 1]).filter(|&n| count(n) == Some(run.len() + 1)) {
        run.push(n);
    }
    let under_text = page.prev_nonblank(first).is_some_and(|p| page.lines[p].is_text() && is_prose(&page.lines[p].text));
    // (the text goes on under them, `二、申报时间`: materials the text lists, not its note)
    let last = run[run.len() - 1];
    let text_goes_on = (last + 1..page.lines.len()).any(|j| {
        use super::headings::Family;
        page.lines[j].is_text()
            && super::headings::family(page.lines[j].text.trim()).is_some_and(|(f, _)| matches!(f, Family::Han | Family::Chapter | Family::Article))
    });
    run.len() >= 2 && under_text && !text_goes_on && take_attachments(page, &run)
}

/// `附件2：…` → `2`, `附件二：…` → `二`: an attachment label's count as written (empty without one).
fn attachment_count(t: &str) -> String {
    let rest = t.trim().strip_prefix("附件").unwrap_or("");
    rest.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect()
}

/// `附件` / `附件2` alone: the label opening an attachment page.
pub fn is_attachment_label(t: &str) -> bool {
    t.trim().strip_prefix("附件").is_some_and(|r| r.trim().chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)))
}

/// The first attachment page after the body starts (or the end).
fn attachments_start(page: &Page) -> usize {
    let first_prose = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)).unwrap_or(0);
    (first_prose..page.lines.len()).find(|&i| page.lines[i].is_text() && is_attachment_label(&page.lines[i].text)).unwrap_or(page.lines.len())
}

/// `二零二一年一月五日` / `5 January,2021` / `Dear Parents,` / `As announced by the EDB…`: where a
/// bilingual page's English version of the text starts, right under the Chinese one's date (the
/// page may go on with another notice).
fn translation_start(page: &Page) -> usize {
    let n = page.lines.len();
    let english = |i: usize| {
        let t = &page.lines[i].text;
        page.lines[i].is_text() && !t.chars().any(han) && t.chars().any(|c| c.is_ascii_alphabetic())
    };
    let sentence = |i: usize| english(i) && page.lines[i].text.split_whitespace().count() >= ENGLISH_SENTENCE_WORDS;
    let under_date = |i: usize| page.prev_nonblank(i).is_some_and(|p| page.lines[p].is_text() && is_date_line(&page.lines[p].text));
    // (the page is read once for its first Chinese sentence, however many candidates)
    let first_prose = (0..n).find(|&k| page.lines[k].is_text() && is_prose(&page.lines[k].text) && page.lines[k].text.chars().any(han));
    let chinese_above = |i: usize| first_prose.is_some_and(|p| p < i);
    let opens_version = |i: usize| {
        let run = (i..n).filter(|&k| page.lines[k].class != Class::Blank).take_while(|&k| english(k) || !page.lines[k].is_text());
        run.filter(|&k| sentence(k)).take(ENGLISH_SENTENCES).count() == ENGLISH_SENTENCES
    };
    (0..n).find(|&i| english(i) && under_date(i) && opens_version(i) && chinese_above(i)).unwrap_or(n)
}

/// An English version holds at least this many sentences of at least this many words.
const ENGLISH_SENTENCES: usize = 2;
const ENGLISH_SENTENCE_WORDS: usize = 6;

/// Does the page open with a bulletin's masthead (its name or issue)? Its 报尾 then ends it.
fn has_masthead(page: &Page) -> bool {
    page.meta.bulletin.as_ref().is_some_and(|b| b.name.is_some() || b.issue.is_some())
}

/// `责任编辑：王濛`: a news article ends here; the short lines after it are the site's.
fn article_end(page: &mut Page) {
    let is_end = |t: &str| {
        let t = fold(t);
        let t = t.trim_start_matches(['【', '[', '（', '(']);
        // (a letter-spaced label with a colon is a form's: `校  对：` on a draft sheet)
        let labelled = ARTICLE_END_LABELS.iter().any(|l| colon_labelled(t, l));
        (labelled || spaced_credit(&t, ARTICLE_END_LABELS)) && t.chars().count() <= 40
    };
    // (a credit without its colon, `编辑 封开发布编辑部`, ends the article only near the page's end:
    // `责任编辑 王吉丰` may head a yearbook's page)
    let lines_after = |i: usize| (i + 1..page.lines.len()).filter(|&j| matches!(page.lines[j].class, Class::Text | Class::Moved(_))).count();
    let after_text = |i: usize| (0..i).any(|j| page.lines[j].is_text() && is_prose(&page.lines[j].text));
    let ends = |i: usize| {
        let t = &page.lines[i].text;
        // (and only under running text: `编辑:陈耀杰 来源:雅昌网` under a headline is the page's
        // metadata over the article, not its end)
        is_end(t) && after_text(i) && (t.contains([':', '：']) || lines_after(i) <= MAX_LINES_AFTER_CREDIT)
    };
    let Some(e) = (0..page.lines.len()).rev().find(|&i| matches!(page.lines[i].class, Class::Text | Class::Residue(_)) && ends(i)) else {
        return;
    };
    page.residue(e, Reason::PageMetadata);
    // `来源:` / `区创建办` / `作者:` over it: the article's footer, each label over its value
    let bare = |t: &str| t.ends_with([':', '：']) && super::metadata::meta_line(t).is_some();
    let mut k = e;
    while let Some(p) = page.prev_nonblank(k).filter(|&p| page.lines[p].is_text()) {
        let t = page.lines[p].text.trim();
        let value = t.chars().count() <= 12 && !ends_sentence(t) && page.prev_nonblank(p).is_some_and(|q| bare(page.lines[q].text.trim()));
        // (the editors over the last one, the source over them: `编辑:叶璐` / `一审:陈雷;二审:…`)
        let credit = t.chars().count() <= 40 && (is_end(t) || CREDIT_LABELS.iter().any(|l| colon_labelled(&fold(t), l)));
        if !bare(t) && !value && !credit && !spaced_credit(&fold(t), CREDIT_LABELS) {
            break;
        }
        page.residue(p, Reason::PageMetadata);
        k = p;
    }
    // (a bulletin's 报尾 goes on after its editors: `送：…` and the date are its own)
    let bulletin = has_masthead(page);
    for j in e + 1..page.lines.len() {
        let t = &page.lines[j].text;
        if page.lines[j].is_text() && (is_attachment_label(t) || bulletin && (bulletin_list(t).is_some() || is_date_line(t))) {
            break;
        }
        if page.lines[j].is_text() {
            page.residue(j, Reason::RelatedLinks);
        }
    }
}

/// `来源 县城管局`, `编辑 封开发布编辑部`, `文字丨李明`: a credit of a reposted article, its label
/// one of `labels` and a short name after a space or a bar instead of a colon.
fn spaced_credit(t: &str, labels: &[&str]) -> bool {
    let t = t.trim();
    labels.iter().any(|l| {
        after_label(t, l).is_some_and(|rest| {
            let parted = rest.starts_with(char::is_whitespace) || rest.starts_with(CREDIT_BARS);
            let name = rest.trim_start_matches(|c: char| c.is_whitespace() || CREDIT_BARS.contains(&c));
            parted && (1..=MAX_CREDIT_CHARS).contains(&name.chars().count()) && !ends_sentence(name) && !name.contains(['，', ','])
        })
    })
}

/// `编辑：王吉丰`: `t` opens with `label` and its colon.
fn colon_labelled(t: &str, label: &str) -> bool {
    t.strip_prefix(label).is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
}

/// What stands between a credit's label and its name instead of a colon (`编辑/刘方`).
const CREDIT_BARS: [char; 5] = ['|', '丨', '｜', '/', '／'];

/// The rest of `t` after `label`, the label perhaps letter-spaced (`编 辑/刘方`, `来  源：`).
fn after_label<'a>(t: &'a str, label: &str) -> Option<&'a str> {
    let mut rest = t;
    for c in label.chars() {
        rest = rest.trim_start().strip_prefix(c)?;
    }
    Some(rest)
}

/// A credit without its colon ends an article only with at most this many lines of text after
/// it (the site's copyright, its topics).
const MAX_LINES_AFTER_CREDIT: usize = 6;

/// The name after a credit's label is at most this long (`封开发布编辑部`).
const MAX_CREDIT_CHARS: usize = 12;

/// The 版记: 抄送, the 印发 line (printer and date), 共印N份 — wherever they stand after the
/// text (at the very end, or before the attachments they close); then, from the last line up,
/// the page's `来源：` lines.
fn end_rows(page: &mut Page) {
    let first_prose = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)).unwrap_or(page.lines.len());
    for i in first_prose + 1..page.lines.len() {
        if !page.lines[i].is_text() {
            continue;
        }
        let t = page.lines[i].text.clone();
        if let Some(n) = copies(&t) {
            page.meta.bulletin.get_or_insert_with(Default::default).copies = Some(n);
            page.moved(i, Field::Copies);
        } else if let Some((printer, date)) = printed(&t) {
            if printer.is_none()
                && let Some(p) = page.prev_nonblank(i).filter(|&p| page.lines[p].is_text() && looks_like_org(&page.lines[p].text))
            {
                page.meta.printer = Some(page.lines[p].text.clone());
                page.moved(p, Field::Printer);
            } else {
                set_printer(page, printer);
            }
            take_print_date(page, i, date);
        } else if take_list_row(page, i) {
            // taken into copies_to or the bulletin's lists
        } else if let Some(words) = t.strip_prefix("主题词").map(|r| r.trim_start_matches(['：', ':', ' ', '\u{3000}'])).filter(|_| t.chars().count() <= 60)
        {
            // the 主题词 row of a document under the old standard
            page.meta.keywords = words.split_whitespace().map(str::to_string).collect();
            page.residue(i, Reason::PageMetadata);
        }
    }
    let mut k = page.lines.len();
    while let Some(i) = (0..k).rev().find(|&i| page.lines[i].class != Class::Blank) {
        k = i;
        if !page.lines[i].is_text() {
            continue;
        }
        let t = page.lines[i].text.clone();
        if let Some(n) = copies(&t) {
            page.meta.bulletin.get_or_insert_with(Default::default).copies = Some(n);
            page.moved(i, Field::Copies);
        } else if let Some((printer, date)) = printed(&t) {
            set_printer(page, printer);
            take_print_date(page, i, date);
        } else if take_list_row(page, i) {
            // taken into copies_to or the bulletin's lists
        } else if page.meta.print_date.is_some() && page.meta.printer.is_none() && looks_like_org(&t) {
            // the printer on the line above `2023年5月6日印发`
            page.meta.printer = Some(t);
            page.moved(i, Field::Printer);
        } else if has_masthead(page) && page.meta.date.is_none() && is_date_line(&t) {
            // the bulletin's date at the foot of its 报尾
            page.meta.date = find_date(&t);
            page.moved(i, Field::Date);
        } else if editor_credit(&t) {
            // `(二三里编辑 里里`, `（编辑 王敏）`: who put the story on the site
            page.residue(i, Reason::PageMetadata);
        } else if is_note(&t) {
            // `公开方式：主动公开` under the date is the 附注, whatever a metadata table calls it
            break;
        } else if super::metadata::meta_line(&t).is_some_and(|f| f.iter().all(|(k, _)| !matches!(k, super::super::page::MetaField::Title)))
            && t.chars().count() <= 60
        {
            // (`发布日期：2023-10-24` under an e-paper's story: the only date it has)
            if page.meta.date.is_none() {
                page.meta.date = find_date(&t);
            }
            page.residue(i, Reason::PageMetadata);
        } else {
            break;
        }
    }
}

/// A site's credit of the editor who posted a story, in brackets (the closing one may be lost):
/// an outlet's name of at most six characters, `编辑`, and a name of one to four
/// (`(二三里编辑 里里`, `（编辑：王敏）`).
fn editor_credit(t: &str) -> bool {
    let t = t.trim();
    let Some(inner) = t.strip_prefix(['（', '(']) else { return false };
    let inner = inner.trim_end_matches(['）', ')']);
    let Some((outlet, name)) = inner.split_once("编辑") else { return false };
    let name = name.trim_start_matches([':', '：']).trim();
    let outlet_ok = outlet.chars().count() <= 6 && !outlet.contains(char::is_whitespace);
    let name_ok = (1..=4).contains(&name.chars().count()) && name.chars().all(char::is_alphabetic);
    outlet_ok && name_ok
}

/// `（共印20份）`, `共印120份` → the number.
fn copies(t: &str) -> Option<String> {
    let b: String = t.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).chars().filter(|c| !c.is_whitespace()).collect();
    let n = b.strip_prefix("共印")?.strip_suffix('份')?;
    (!n.is_empty() && n.chars().count() <= 6).then(|| n.to_string())
}

/// The 印发 line `i`: its date, and the copies when it counts them (`…日印30份`).
fn take_print_date(page: &mut Page, i: usize, date: String) {
    page.meta.print_date = Some(date);
    if let Some((_, n)) = printed_copies(&page.lines[i].text) {
        page.meta.bulletin.get_or_insert_with(Default::default).copies = Some(n);
    }
    page.moved(i, Field::PrintDate);
}

/// What stands before the 印发 date: the printer, or the document's own number
/// (`（院宣字[2015]2号文件2015年1月19日印发）`, a news site's note of the document it posts).
fn set_printer(page: &mut Page, printer: Option<String>) {
    let number = printer.as_deref().and_then(|p| p.split_once("文件")).map(|(n, _)| n.trim()).filter(|n| is_doc_number(n));
    match number {
        Some(n) => {
            if page.meta.doc_number.is_none() {
                page.meta.doc_number = Some(n.to_string());
            }
        }
        None => page.meta.printer = printer,
    }
}

/// `岚川市应急管理局办公室　2023年5月6日印发` → (printer, date); also the line that counts the
/// copies in place of `印发` (`…行政部2021年2月20日印30份`, see [`printed_copies`]).
fn printed(t: &str) -> Option<(Option<String>, String)> {
    let t = t.trim();
    // (a note of the printing in brackets: `（院宣字[2015]2号文件2015年1月19日印发）`)
    let t = t.strip_prefix(['（', '(']).and_then(|b| b.strip_suffix(['）', ')'])).filter(|b| fold(b).ends_with("印发")).unwrap_or(t);
    // (`…印發`: folded, the line keeps its length in bytes)
    let issued = fold(t).ends_with("印发").then(|| &t[..t.len() - "印发".len()]);
    let body = issued.or_else(|| printed_copies(t).map(|(body, _)| body))?;
    let date = find_date(body)?;
    let printer =
        super::head::unit_and_date(body).map(|(u, _)| u).or_else(|| (!is_date_line(body)).then(|| body.split_whitespace().next().unwrap_or("").to_string()));
    Some((printer.filter(|p| !p.is_empty()), date))
}

/// `…2021年2月20日印30份` → (what stands before `印`, the number of copies), the line ending
/// in a date and the count.
fn printed_copies(t: &str) -> Option<(&str, String)> {
    // (`…2017年4月16日印发(30份)`: the count in brackets after 印发)
    if let Some(inner) = t.trim().strip_suffix([')', '）'])
        && let Some(open) = inner.rfind(['(', '（'])
        && let Some(body) = inner[..open].trim_end().strip_suffix("印发")
    {
        let count = inner[open..].trim_start_matches(['(', '（']);
        let n = count.strip_suffix('份')?.trim_start_matches("共印").trim_start_matches('共');
        return (!n.is_empty() && n.chars().count() <= 6 && n.chars().all(count_digit) && body.trim_end().ends_with('日')).then(|| (body, n.to_string()));
    }
    let (body, n) = t.trim().strip_suffix('份')?.rsplit_once('印')?;
    let n = n.trim_start_matches('发').trim();
    let counted = !n.is_empty() && n.chars().count() <= 6 && n.chars().all(count_digit);
    (counted && body.trim_end().ends_with('日')).then(|| (body, n.to_string()))
}

/// `抄送：市委办公室，市人大常委会办公室。` → the names.
fn copies_to(t: &str) -> Option<Vec<String>> {
    COPIES_TO_LABELS.iter().find_map(|l| labelled_names(t, l, &['，', '、', ',']))
}

/// `室、法院、检察院` under `抄送：…、纪检委办公`: a short line of names, no sentence, no label,
/// under a list row that ends without a mark.
fn list_rest(row: &str, next: &str) -> bool {
    let (row, next) = (row.trim(), next.trim());
    // (a row wraps where the line is full: `抄送：會（社）領導、黨委委員` is whole)
    !row.ends_with(['。', '、', '，', ',', '；'])
        && row.chars().count() >= WRAPPED_ROW_CHARS
        && next.chars().count() <= 30
        && next.contains(['、', '，', ','])
        && !next.contains(['：', ':', '。'])
        && find_date(next).is_none()
}

/// A list row that wraps on to the next line fills its line: at least this many characters.
const WRAPPED_ROW_CHARS: usize = 20;

/// The names after `label：` (its characters perhaps spaced out: `抄 送：`), split at `seps`
/// — or at spaces, when the row has none of them (`抄送：董事长 总经理 副总经理`).
fn labelled_names(t: &str, label: &str, seps: &[char]) -> Option<Vec<String>> {
    let rest = strip_spaced_prefix(t.trim_start(), label)?.trim_start().strip_prefix(['：', ':'])?.trim_end_matches('。');
    let split: Vec<&str> = if rest.contains(seps) { rest.split(seps).collect() } else { rest.split_whitespace().collect() };
    let names: Vec<String> = split.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    (!names.is_empty()).then_some(names)
}

/// `t` after `label`, whose characters may stand apart (`抄　送`).
fn strip_spaced_prefix<'a>(t: &'a str, label: &str) -> Option<&'a str> {
    let mut rest = t;
    for (k, c) in label.chars().enumerate() {
        if k > 0 {
            rest = rest.trim_start_matches([' ', '\u{3000}']);
        }
        // (in either script: `抄 報：`)
        rest = rest.strip_prefix(|x: char| super::super::chars::fold_char(x) == c)?;
    }
    Some(rest)
}

/// `报：省委办公厅，省政府办公厅` → which list of a bulletin's 报尾, and the names (split at
/// commas only: `主任委员、副主任委员、顾问` are the titles of one addressee).
fn bulletin_list(t: &str) -> Option<(BulletinList, Vec<String>)> {
    BULLETIN_LIST_LABELS.iter().find_map(|(l, which)| labelled_names(t, l, &['，', ',']).map(|names| (*which, names)))
}

/// A `报：`/`送：`/`发：` row counts only beside another row of the end block, so that a body
/// line opening `送：` stays text.
fn bulletin_row(page: &Page, i: usize) -> Option<(BulletinList, Vec<String>)> {
    let found = bulletin_list(&page.lines[i].text)?;
    let beside = |j: Option<usize>| {
        j.is_some_and(|j| {
            let t = &page.lines[j].text;
            // (a bulletin's date either side, any document's date right over the row)
            let dated = (has_masthead(page) || j < i) && page.lines[j].is_text() && is_date_line(t);
            matches!(page.lines[j].class, Class::Moved(_)) || version_row(t) || bulletin_list(t).is_some() || dated
        })
    };
    (beside(page.prev_nonblank(i)) || beside(page.next_nonblank(i))).then_some(found)
}

/// Take line `i` when it is an end-block list (`抄送：…`, or `报：…` beside another row) into
/// its field.
fn take_list_row(page: &mut Page, i: usize) -> bool {
    if let Some(mut list) = copies_to(&page.lines[i].text) {
        page.moved(i, Field::CopiesTo);
        // `抄送：…，纪检委办公` / `室、法院、检察院`: the list wrapped on to a line of its own
        if let Some(j) = page.next_nonblank(i).filter(|&j| page.lines[j].is_text() && list_rest(&page.lines[i].text, &page.lines[j].text))
            && let Some(last) = list.pop()
        {
            let more = format!("{last}{}", page.lines[j].text.trim());
            list.extend(more.split(['、', '，', ',']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
            page.moved(j, Field::CopiesTo);
        } else if let Some(j) = next_listed_name(page, i) {
            // `抄报：上海市科普工作联席会议办公室` / `上海市科学技术委员会科普工作处` / `抄送：…`
            list.push(page.lines[j].text.trim().to_string());
            page.moved(j, Field::CopiesTo);
        }
        // (`抄报：…` over `抄送：…`: one list; a block the page shows twice, once)
        for name in list {
            if !page.meta.copies_to.contains(&name) {
                page.meta.copies_to.push(name);
            }
        }
        return true;
    }
    let Some((which, names)) = bulletin_row(page, i) else { return false };
    let b = page.meta.bulletin.get_or_insert_with(Default::default);
    match which {
        BulletinList::ReportTo => b.report_to = names,
        BulletinList::SendTo => b.send_to = names,
        BulletinList::DistributeTo => b.distribute_to = names,
    }
    page.moved(i, Field::Bulletin);
    true
}

/// The line under an end-block list row that is one more name of its list, a line of its own:
/// an organisation's name alone, with another list row (or nothing) under it.
fn next_listed_name(page: &Page, i: usize) -> Option<usize> {
    let j = page.next_nonblank(i).filter(|&j| page.lines[j].is_text())?;
    let t = page.lines[j].text.trim();
    // (a name over the print line's date is the printer's: `绍兴市教育局办公室` / `2008年…印发`)
    let row_under = page.next_nonblank(j).is_none_or(|k| page.lines[k].is_text() && copies_to(&page.lines[k].text).is_some());
    (looks_like_org(t) && !t.contains(['，', '。', '：', ':']) && row_under).then_some(j)
}

/// A signature line: an organisation, or a signer's title and name (`总理　李克强`), or a short
/// name without punctuation.
fn is_signature(t: &str) -> bool {
    // (judged without the seal's place after it, `翠岭社区居民委员会 (公章)`, and without a
    // mirror's pinyin, `衡南縣城市管理委員會(huì)`)
    let plain = without_pinyin(t);
    let t = plain.trim();
    let t = SEAL_MARKS.iter().find_map(|m| t.strip_suffix(m)).map_or(t, str::trim_end);
    let n = t.chars().count();
    // (and without the unit's other name in brackets after it: `办公室（党办、校办合署）`,
    // `…文化馆（镜湖区文体活动中心）` — an organisation's, not `开幕式（体育中心）`)
    // (or by its other name, when that is an organisation's of the same place:
    // `成都动物园（成都市野生动物研究所）`, not `开幕式（体育中心）`)
    let name = without_bracketed_aside(t);
    let aside = t[name.len()..].trim().trim_matches(['（', '）', '(', ')']);
    let same_place = name.chars().take(2).eq(aside.chars().take(2)) && name.chars().take(2).all(han);
    let aside_org = name.len() < t.len() && same_place && looks_like_org(aside);
    let t = Some(without_bracketed_aside(t)).filter(|n| looks_like_org(n) || aside_org).unwrap_or(t);
    let person = titled_person(t);
    // (one character signs nothing: a press release's end mark `完`)
    (2..=MAX_SIGNATURE_CHARS).contains(&n)
        && !ends_sentence(t)
        // `特此通知` without its full stop closes the text; it signs nothing
        && !CLOSING_FORMULAS.contains(&t)
        && existing_number(t).is_none()
        && super::contact::fields(t).is_none()
        && (looks_like_org(t) || aside_org || person || n <= 15 && t.chars().all(|c| han(c) || c.is_whitespace() || "、，,".contains(c)))
}

/// How a text's last wish or thanks opens (`祝全县人民…春节`, `感谢您的理解`): no name's head.
const CLOSING_WISHES: &[&str] = &["祝", "感谢", "谢谢", "望", "欢迎", "敬请", "请", "希望", "恭祝", "顺祝"];

/// `（惠州植物园管理服务中心）`: an organisation's name alone in brackets.
fn bracketed_org(t: &str) -> bool {
    let t = t.trim();
    let inner = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|n| looks_like_org(n) && n.chars().count() <= MAX_SIGNATURE_CHARS && !n.contains(['（', '(', '。', '，', '：', ':']))
}

/// `办公室（党办、校办合署）` → `办公室`: a name with a short aside in brackets after it (no
/// sentence in it) is judged by the name.
fn without_bracketed_aside(t: &str) -> &str {
    let Some(inner) = t.strip_suffix(['）', ')']) else { return t };
    let Some(open) = inner.rfind(['（', '(']) else { return t };
    let aside = &inner[open..];
    let name = inner[..open].trim_end();
    if name.chars().count() >= 2 && !aside.contains(['。', '，', ',', '：', ':']) { name } else { t }
}

/// A signer's title and name: `总理　李克强`, `市长张新起`.
pub fn titled_person(t: &str) -> bool {
    let t = fold(t.trim());
    let t: &str = t.as_ref();
    SIGNER_TITLES.iter().any(|w| t.starts_with(w) && (2..=6).contains(&t[w.len()..].trim().chars().count()))
}

/// `國家稅務總局局長:胡靜林`, `运输署署长李颂恩`: an organ, its head's title and the head's name
/// (a colon or a space between perhaps).
pub fn organ_head(t: &str) -> bool {
    let t = fold(t.trim());
    let t: &str = t.as_ref();
    SIGNER_TITLES.iter().any(|w| {
        t.match_indices(w).any(|(k, _)| {
            let name = t[k + w.len()..].trim_start_matches([':', '：', ' ', '\u{3000}']);
            k > 0 && looks_like_org(&t[..k]) && (2..=4).contains(&name.chars().count()) && name.chars().all(han)
        })
    })
}

/// Find the signature and date that close the text; returns the date's line.
fn end_block(page: &mut Page, end: usize) -> Option<usize> {
    // the text opens with a sentence, or with a clause that introduces a list (`…如下：`)
    let opens = |t: &str| is_prose(t) || t.contains(['，', ',']) && t.ends_with(['：', ':']) && t.chars().count() >= SHORT_LINE / 2;
    let first_prose = (0..end).find(|&i| page.lines[i].is_text() && opens(&page.lines[i].text))?;
    for d in first_prose + 1..end {
        if !page.lines[d].is_text() && !credited_date(page, d) {
            continue;
        }
        // (a table's bar after the date, `2018年6月28日 |`; a date that lost its 日)
        let t = page.lines[d].text.trim_end_matches([' ', '|']).to_string();
        // (and the reposter's credit after it: `中国社会科学院 2011年11月2日（出处：中国社会科学报）`)
        let t = without_bracketed_credit(&t).to_string();
        let t = with_lost_day(&t).unwrap_or(t);
        let whole = is_date_line(&t);
        // (the date stands on a line of its own: whole, or partial)
        let (sig_lines, date, own_line) = if whole {
            (signature_lines(page, d), find_date(&t), true)
        } else if let Some(c) = compact_date(&t) {
            // a date that lost its 年月日 counts only under a signature, as the last line
            // before the attachments under the attachment note, or over the document the text
            // covers (a 印发 notice's regulation: its title, 第一条)
            let sig = signature_lines(page, d);
            let under_note = page.prev_nonblank(d).is_some_and(|p| page.lines[p].is_text() && page.lines[p].text.trim().starts_with("附件"))
                && page.next_nonblank_text(d).is_none_or(|j| j >= end);
            if sig.is_empty() && !under_note && closes(page, d, end) != After::Document {
                continue;
            }
            // (alone on its line, figures only: `重庆市北碚区城市管理局` / `2023927`)
            (sig, Some(c), t.trim().chars().all(|c| c.is_ascii_digit()))
        } else if let Some((unit, date)) = super::head::unit_and_date(&t) {
            // `浙江省围海建设集团股份有限公司` / `董事会二〇二三年九月二十七日`: the company over its board
            let over = page.prev_nonblank(d).filter(|&p| {
                let name = &page.lines[p].text;
                unit.chars().count() <= 4 && page.lines[p].is_text() && is_signature(name) && looks_like_org(name)
            });
            (over.into_iter().chain([d]).collect(), Some(date), false)
        } else if let Some(date) = partial_date(&t) {
            // a date without its year or its day counts only under the name of an organisation
            // or a titled signer (a schedule's `劳动节` / `5月1日` is no signature)
            let sig = signature_lines(page, d);
            let formal = |&i: &usize| looks_like_org(&page.lines[i].text) || titled_person(&page.lines[i].text);
            if sig.is_empty() || !sig.iter().all(formal) {
                continue;
            }
            (sig, Some(date), true)
        } else if let Some((_, date)) = unit_and_partial_date(&t).or_else(|| signed_and_dated(&t)) {
            (vec![d], Some(date), false)
        } else {
            continue;
        };
        let Some(date) = date else { continue };
        // an organisation's name over a date on a line of its own closes a text, whatever
        // follows (the document it covers, its title lost in the scrape)
        // (or a date under the closing formula: `特此通告` / `2020年8月27日`)
        let org_block = own_line && (orgs_over(page, &sig_lines, d) || under_closing_formula(page, d));
        // (so does a signer who signs off, `…主席 陳詩韻謹啟 2018年11月14日`: a reply slip may follow)
        let signed_off = sig_lines == [d] && signed_and_dated(&t).is_some();
        // a Macau order signs under its date, after the formula that promulgates it
        let below = signed_below(page, d, end).filter(|_| sig_lines.is_empty() && own_line);
        let sig_lines = below.map_or(sig_lines, |k| vec![k]);
        let after = if below.is_some() { After::End } else { closes(page, d, end) };
        match after {
            // a date without a signature ends the text only where the text ends, or over the
            // 版记 and its 附注
            After::Text if !org_block && !signed_off => continue,
            After::Rows if sig_lines.is_empty() && !rows_close_unsigned(page, d) => continue,
            _ => {}
        }
        if sig_lines.is_empty() || !whole || matches!(after, After::Text | After::Document) {
            page.guess(d, format!("the text is taken to end with `{}`; check the signature and date", t.trim()));
        }
        set_end_block(page, &sig_lines, d, date);
        clock_under(page, d, end);
        doubled_date(page, d, end);
        return Some(d);
    }
    None
}

/// `2026年2月4日 【编辑：王琴】`: the document's date with the site's credit after it, which the
/// chrome pass took for the page's metadata.
fn credited_date(page: &Page, d: usize) -> bool {
    let t = page.lines[d].text.trim();
    let bare = without_bracketed_credit(t);
    page.lines[d].class == Class::Residue(Reason::PageMetadata) && bare.len() < t.len() && is_date_line(bare)
}

/// `二○一○年四月三十日` printed again right under the date on line `d` (a page that doubled
/// the line): the copy is no line of what follows.
fn doubled_date(page: &mut Page, d: usize, end: usize) {
    if let Some(k) = page.next_nonblank_text(d).filter(|&k| k < end && squash(&page.lines[k].text) == squash(&page.lines[d].text)) {
        page.residue(k, Reason::PageMetadata);
    }
}

/// The time of issue under the date on line `d` (`香港時間17時30分`), and the site's revision
/// date under that: the page's, not the text's.
fn clock_under(page: &mut Page, d: usize, end: usize) {
    let Some(k) = page.next_nonblank_text(d).filter(|&k| k < end && is_clock_line(&page.lines[k].text)) else { return };
    page.residue(k, Reason::PageMetadata);
    if let Some(r) = page.next_nonblank_text(k).filter(|&r| revision_stamp(page, r, end)) {
        page.residue(r, Reason::PageMetadata);
    }
}

/// `2019年4月12日` under a press release's `2008年12月21日(星期日)` / `香港时间18时44分`: a bare
/// date, the page's last text, is when the site last revised the page, not when the text was
/// issued.
fn revision_stamp(page: &Page, j: usize, end: usize) -> bool {
    j < end && is_date_line(page.lines[j].text.trim()) && page.next_nonblank_text(j).is_none_or(|k| k >= end)
}

/// Date line `d` stands right under the text's closing formula (`特此通告`, `此复`).
fn under_closing_formula(page: &Page, d: usize) -> bool {
    page.prev_nonblank(d)
        .is_some_and(|p| page.lines[p].is_text() && CLOSING_FORMULAS.iter().any(|w| page.lines[p].text.trim().trim_end_matches(['。', '！', '!']) == *w))
}

/// The signature lines over date line `d` are organisations' names, a name a line (joint
/// signers too: `中共青兰村支部委员会` / `青兰村村民委员会`).
fn orgs_over(page: &Page, sig: &[usize], d: usize) -> bool {
    (1..=MAX_JOINT_ORG_LINES).contains(&sig.len()) && !sig.contains(&d) && sig.iter().all(|&i| looks_like_org(&page.lines[i].text))
}

/// `二零一六年九月二日。` / `命令公佈。` / `行政長官 崔世安`, the page ending there: the signer's
/// line under the date and the promulgating formula (or right under the date, the closing
/// formula over it).
fn signed_below(page: &Page, d: usize, end: usize) -> Option<usize> {
    let last = |k: usize| page.next_nonblank_text(k).is_none_or(|j| j >= end);
    // `特此通知。` / `2025年12月29日` / `国元期货有限公司`, the page ending there: a company
    // that set its date over its name (under the closing formula, or under the last sentence:
    // `…阻断疫情傳播。` / `2020年1月28日` / `上海遠久包裝材料有限公司`)
    let sentence = |p: usize| page.lines[p].is_text() && page.lines[p].text.trim_end().ends_with(['。', '！', '!']);
    let closed = under_closing_formula(page, d) || page.prev_nonblank(d).is_some_and(sentence);
    let company = |k: usize| last(k) && looks_like_org(&page.lines[k].text) && is_signature(&page.lines[k].text);
    if let Some(k) = page.next_nonblank_text(d).filter(|&k| k < end && closed && company(k)) {
        return Some(k);
    }
    let formula = page.next_nonblank_text(d).filter(|&j| j < end && PROMULGATION_FORMULAS.contains(&fold(page.lines[j].text.trim()).as_ref()))?;
    let k = page.next_nonblank_text(formula).filter(|&k| k < end && titled_person(&page.lines[k].text))?;
    last(k).then_some(k)
}

/// `特此公告。` / `上海医药集团股份有限公司` / `监事会`: a text that ends with its signer's
/// name and no date (the page stops there).
fn signature_without_date(page: &mut Page, end: usize) {
    let Some(mut last) = (0..end).rev().find(|&i| page.lines[i].is_text()) else { return };
    if joint_signers_without_date(page, last) {
        return;
    }
    // `监事会` / `2023 年 5`: the page stops inside the date under the signature
    let mut dated = false;
    if (cut_date(&page.lines[last].text) || masked_date(&page.lines[last].text))
        && let Some(p) = page.prev_nonblank(last).filter(|&p| page.lines[p].is_text())
    {
        last = p;
        dated = true;
    }
    let mut sig = vec![last];
    let attachment = |p: usize| numbered_attachment(&page.lines[p].text).is_some();
    if let Some(p) = page.prev_nonblank(last).filter(|&p| page.lines[p].is_text() && !is_prose(&page.lines[p].text) && !attachment(p)) {
        sig.insert(0, p);
    }
    for _ in 0..2 {
        let name: String = sig.iter().map(|&i| page.lines[i].text.trim()).collect();
        // (past a contact line between the text and its signer: `监督电话：0356-3846005`, and
        // past the numbered attachments over it)
        let contact = |b: usize| super::contact::fields(&page.lines[b].text).is_some();
        let mut before = page.prev_nonblank(sig[0]).filter(|&b| page.lines[b].is_text());
        while let Some(b) = before.filter(|&b| contact(b) || attachment(b)) {
            before = page.prev_nonblank(b).filter(|&b| page.lines[b].is_text());
        }
        // (or a 公示's last paragraph, which sets its period: `现予以公示，公示期5个工作日。…`)
        let publicised = |b: usize| PUBLICITY_CLOSINGS.iter().any(|w| fold(&page.lines[b].text).contains(w));
        let closing = before.is_some_and(|b| {
            CLOSING_FORMULAS.iter().any(|w| page.lines[b].text.trim().trim_end_matches(['。', '！', '!']).ends_with(w)) || sig.len() == 1 && publicised(b)
        });
        // (or one organisation the page pushed to the right with spaces under a paragraph, as a
        // signature is set: two such lines may be the items of a list)
        let under_prose = before.is_some_and(|b| is_prose(&page.lines[b].text));
        let pushed_right = sig.len() == 1 && page.lines[sig[0]].indent >= SIGNATURE_INDENT && under_prose;
        // (or one organisation under the last paragraph of a letter the head addressed or numbered:
        // a 批复 or 通知 signs, a list of names would not end one)
        // (or a notice that hands over to what it says: `…温馨提示如下:`)
        // (or a headless circular's long last paragraph: a list's opening sentence is short)
        let handed = (0..sig[0]).any(|i| page.lines[i].is_text() && ["如下：", "如下:"].iter().any(|w| page.lines[i].text.contains(w)));
        let addressed = page.meta.addressee.is_some() || page.meta.doc_number.is_some() || handed;
        // (not a story's, whose headline is no kind of document: its credit line is no signer)
        let untitled_or_kind = page.meta.title.as_deref().is_none_or(super::super::chars::ends_like_title);
        let long = |b: usize| page.lines[b].text.chars().count() >= SIGNED_PARAGRAPH_CHARS && untitled_or_kind;
        let signs_letter = sig.len() == 1 && before.is_some_and(|b| ends_sentence(&page.lines[b].text) && (addressed || long(b)));
        // (or an organisation over its office, a line each, under the last sentence:
        // `福清市人民政府` / `防汛抗旱指挥部办公室`)
        let stop = |b: usize| page.lines[b].text.trim_end().ends_with(['。', '！', '!']);
        let office_under_org = sig.len() == 2 && looks_like_org(&page.lines[sig[0]].text) && before.is_some_and(stop);
        // (or the head of an office by title and name under the last sentence: `运输署署长李颂恩`)
        let head_signs = sig.len() == 1 && (organ_head(&name) || titled_person(&name)) && before.is_some_and(stop);
        // (or one organisation over the date the page cut: `…工会委员会` / `二○`)
        // (judged without the seal's place after it: `上海辉电电力设备工程有限公司(盖章)`)
        let unsealed = SEAL_MARKS.iter().find_map(|m| name.strip_suffix(m)).unwrap_or(&name).trim_end();
        if (closing || pushed_right || signs_letter || office_under_org || dated && sig.len() == 1 || head_signs)
            && (looks_like_org(unsealed) || head_signs)
            && name.chars().count() <= MAX_SIGNATURE_CHARS
        {
            page.meta.signature = Some(name);
            for &i in &sig {
                page.moved(i, Field::Signature);
            }
            return;
        }
        if sig.len() == 1 {
            return;
        }
        sig.remove(0);
    }
}

/// Three or four organisations a line under a letter's closing formula or its last sentence
/// (`此致` / `敬礼！` / `北京市教育委员会` / `北京市园林绿化局` / `北京市应急管理局`): joint signers
/// who did not date it; or two, the second named with its own place. (Other pairs of lines are
/// read by `signature_without_date`, as one name or two.)
fn joint_signers_without_date(page: &mut Page, last: usize) -> bool {
    let org = |i: usize| {
        let t = page.lines[i].text.trim();
        page.lines[i].is_text() && looks_like_org(without_bracketed_aside(t)) && t.chars().count() <= MAX_SIGNATURE_CHARS
    };
    let mut stack = vec![last];
    while let Some(p) = page.prev_nonblank(stack[0]).filter(|&p| stack.len() < MAX_UNDATED_JOINT_LINES && org(p)) {
        stack.insert(0, p);
    }
    let Some(mut before) = page.prev_nonblank(stack[0]).filter(|&b| page.lines[b].is_text()) else { return false };
    // (past the attachment note over them, `附:` / `提案表模板下载`, and a contact line)
    while let Some(b) = attachment_note_start(page, before).or_else(|| super::contact::fields(&page.lines[before].text).map(|_| before))
        && let Some(p) = page.prev_nonblank(b).filter(|&p| page.lines[p].is_text())
    {
        before = p;
    }
    let t = page.lines[before].text.trim();
    let closing = CLOSING_FORMULAS.iter().any(|w| t.trim_end_matches('。').ends_with(w));
    // (two, when the second names its own place, no office of the first: `首都精神文明建设委员会办公室` /
    // `房山区委宣传部(区文明办)`, not `福清市人民政府` / `防汛抗旱指挥部办公室`)
    let joint = stack.len() >= 3 || stack.len() == 2 && placed_organ(page.lines[stack[1]].text.trim());
    let signs = joint && stack.iter().all(|&i| org(i)) && (closing || t.ends_with(['。', '！', '!']));
    if signs {
        page.meta.signature = Some(stack.iter().map(|&i| page.lines[i].text.trim()).collect::<Vec<_>>().join(crate::style::SIGNER_GAP));
        for &i in &stack {
            page.moved(i, Field::Signature);
        }
    }
    signs
}

/// `附:` over line `i` (its one name, or `i` itself): the line of the attachment note that ends at
/// `i`.
fn attachment_note_start(page: &Page, i: usize) -> Option<usize> {
    if after_attachment_label(&page.lines[i].text).is_some() {
        return Some(i);
    }
    page.prev_nonblank(i).filter(|_| under_empty_label(page, i))
}

/// `房山区委宣传部`, `黄冈市民政局`: an organ named with its own place (a level of government,
/// `区`, `市`, ending a name within its first few characters), or with its level alone, as the
/// place's own bodies name themselves (`市政协提案委`).
fn placed_organ(t: &str) -> bool {
    let level = |c: &char| super::super::rules::PLACE_LEVELS.iter().any(|l| l.chars().eq(std::iter::once(*c)));
    t.chars().take(PLACE_NAME_CHARS + 1).any(|c| level(&c))
}

/// A place's name has at most this many characters before its level (`房山` of `房山区`).
const PLACE_NAME_CHARS: usize = 4;

/// `****年*月*日`: a date whose digits a document-sharing site masked — a date still, with no
/// day to read.
fn masked_date(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let masked = t.contains(['*', '＊']) && t.chars().all(|c| c.is_ascii_digit() || "*＊年月日".contains(c));
    masked && t.contains('年') && t.ends_with('日')
}

/// The start of a date the page cut off: a year, perhaps a month (`2023 年 5`, `2023年5月`).
fn cut_date(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    // (`二○`, `二〇二三年`: a year in Chinese numerals, cut; or with its month and no day,
    // `二O一六年六月` — a typist's letter O for 〇)
    let numeral = |c: char| "〇○零一二三四五六七八九OoＯ".contains(c);
    let year: String = t.chars().take_while(|&c| numeral(c)).collect();
    let month = |m: &str| {
        let m = m.strip_suffix('月').unwrap_or(m);
        (1..=2).contains(&m.chars().count()) && m.chars().all(|c| "一二三四五六七八九十".contains(c))
    };
    let rest = t.strip_prefix(year.as_str()).unwrap_or("");
    // (a numeral at least, not a Latin word: `Oo`)
    let chinese = year.chars().any(|c| "〇○零一二三四五六七八九".contains(c));
    if chinese
        && (2..=4).contains(&year.chars().count())
        && (t == year || rest == "年" || year.chars().count() == 4 && rest.strip_prefix('年').is_some_and(month))
    {
        return true;
    }
    // (`2020124`, `2020年228`: a date whose month and day marks the page lost)
    if unmarked_date(&t) {
        return true;
    }
    let Some((year, month)) = t.split_once('年') else { return false };
    // (`年9月15日`: a date whose year's digits the page lost)
    if year.is_empty() && find_date(&format!("2000{t}")).is_some() {
        return true;
    }
    let month = month.strip_suffix('月').filter(|m| !m.is_empty()).unwrap_or(month);
    year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) && month.len() <= 2 && month.chars().all(|c| c.is_ascii_digit())
}

/// `2020124`, `2020年228`, `202465`: a date whose month and day marks the page lost, read
/// one way or another ([`compact_readings`]; a phone number, `20861234`, reads as none).
fn unmarked_date(t: &str) -> bool {
    let t = if t.get(4..).is_some_and(|r| r.starts_with('年')) { format!("{}{}", &t[..4], &t[4 + '年'.len_utf8()..]) } else { t.to_string() };
    !compact_readings(&t).is_empty()
}

/// `滕王阁建工集团股份有限公司 2021年2月`: a signature and, after spaces, a date that is not a
/// whole one ([`partial_date`]).
fn unit_and_partial_date(t: &str) -> Option<(String, String)> {
    let (unit, date) = t.trim().rsplit_once(char::is_whitespace)?;
    let unit = unit.trim();
    if !(looks_like_org(unit) && is_signature(unit)) {
        return None;
    }
    Some((unit.to_string(), partial_date(date)?))
}

/// `承办部门：石文镇人民政府`: the organ a labelled signature row names.
fn labelled_signer(t: &str) -> Option<&str> {
    let t = t.trim();
    let name = SIGNER_LABELS.iter().find_map(|l| t.strip_prefix(l))?.trim_start().strip_prefix([':', '：'])?.trim();
    looks_like_org(name).then_some(name)
}

/// `承办负责人：王志秋`: a person in charge named under a labelled signature.
fn person_in_charge(t: &str) -> bool {
    let t = t.trim();
    SIGNER_PERSON_LABELS.iter().any(|l| t.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with([':', '：']) && r.chars().count() <= 8))
}

/// `惠州市林业科学研究所` / `（惠州植物园管理服务中心）` over date line `d`: the signer's other
/// name, in brackets under it (no 附注). Both lines.
fn signer_with_other_name(page: &Page, d: usize) -> Option<Vec<usize>> {
    let p = page.prev_nonblank(d).filter(|&p| page.lines[p].is_text() && bracketed_org(&page.lines[p].text))?;
    let s = page.prev_nonblank(p).filter(|&s| page.lines[s].is_text() && is_signature(&page.lines[s].text))?;
    Some(vec![s, p])
}

/// The one or two signature lines right above a date line.
fn signature_lines(page: &Page, d: usize) -> Vec<usize> {
    if let Some(lines) = signer_with_other_name(page, d) {
        return lines;
    }
    // a 附注 (or the person in charge under a labelled signature) may stand between the
    // signature and the date
    let between = |t: &str| is_note(t) || person_in_charge(t);
    let above = page.prev_nonblank(d).map(|p| if page.lines[p].is_text() && between(&page.lines[p].text) { page.prev_nonblank(p).unwrap_or(p) } else { p });
    if let Some(s) = above.filter(|&s| page.lines[s].is_text() && labelled_signer(&page.lines[s].text).is_some()) {
        return vec![s];
    }
    let Some(s) = above.filter(|&s| page.lines[s].is_text() && is_signature(&page.lines[s].text)) else { return Vec::new() };
    // joint signers, two or more a line, stacked over lines (`封开县水务局、封开县林业局` /
    // `封开县国土局、江口镇人民政府`)
    let mut stack = vec![s];
    while let Some(p) = page.prev_nonblank(stack[0]).filter(|&p| stack.len() < MAX_JOINT_LINES && page.lines[p].is_text() && is_signature(&page.lines[p].text))
    {
        stack.insert(0, p);
    }
    let lists = stack.iter().filter(|&&i| org_list(&page.lines[i].text) >= 2).count();
    // (three units or more, one a line, right under the text's last sentence or its attachment
    // note: `…精神文明建设指导中心` / `…住房和城乡建设局` / `…消防救援大队` — a list of units
    // under a heading is no sentence's end)
    // (a colon introduces a list: `以下单位获评先进单位：` over the units is no signature)
    // (nor does one that announces them: `…决定对以下单位予以通报表彰。`)
    let announces = |t: &str| LIST_ANNOUNCERS.iter().any(|w| t.contains(w));
    let closes = |t: &str| {
        ends_sentence(t) && !t.trim_end().ends_with(['：', ':']) && !announces(t) || after_attachment_label(t.trim()).is_some_and(|n| !n.trim().is_empty())
    };
    // (or under the numbered names of the attachment note: `附件：1. …名单` / `2. …名单`)
    let units = stack.len() >= 3
        && stack.iter().all(|&i| looks_like_org(&unspaced(without_bracketed_aside(page.lines[i].text.trim()))))
        && (page.prev_nonblank(stack[0]).is_some_and(|p| page.lines[p].is_text() && closes(&page.lines[p].text)) || under_attachment_list(page, stack[0]));
    if units {
        return stack;
    }
    let stack: Vec<usize> = stack.into_iter().rev().take_while(|&i| org_list(&page.lines[i].text) >= 1).collect();
    if lists >= 1 && stack.len() >= 2 {
        return stack.into_iter().rev().collect();
    }
    two_line_signature(page, s)
}

/// The signature line `s` and the line over it, when the two sign together: one name over two
/// lines, or a signer's title over the name.
fn two_line_signature(page: &Page, s: usize) -> Vec<usize> {
    // a signature over two lines: `攸县第十八届人民代表大会` / `第二次会议主席团`, or joint issuers
    // (the first line no name by itself: `张店区新型冠状病毒感染的肺炎疫情` / `处置工作领导小组办公室`)
    let name_head = |s0: usize| {
        let t = page.lines[s0].text.trim();
        let closed = page.prev_nonblank(s0).is_some_and(|p| page.lines[p].is_text() && ends_sentence(&page.lines[p].text));
        // (`特此通告` without its stop closes the text, no name's head)
        let formula = CLOSING_FORMULAS.iter().any(|f| t.starts_with(f)) || t.starts_with('此') || CLOSING_WISHES.iter().any(|w| t.starts_with(w));
        closed && !formula && t.chars().count() <= MAX_SIGNATURE_CHARS && t.chars().all(han)
    };
    // a signer's title alone over the name, under the closing formula or the last sentence:
    // `特此公告` / `秘書長` / `李亮 司鐸` (a list of officers, `会长` / `张建国` / `秘书长` / `赵强`, signs
    // nothing)
    let closed = |s0: usize| {
        page.prev_nonblank(s0).is_some_and(|p| {
            let t = page.lines[p].text.trim();
            page.lines[p].is_text() && (ends_sentence(t) || CLOSING_FORMULAS.iter().any(|f| t.trim_end_matches(['。', '！', '!']).ends_with(f)))
        })
    };
    let title_alone = |s0: usize| page.lines[s0].is_text() && SIGNER_TITLES.contains(&fold(page.lines[s0].text.trim()).as_ref()) && closed(s0);
    if let Some(s0) = page.prev_nonblank(s).filter(|&s0| title_alone(s0) && !looks_like_org(&page.lines[s].text)) {
        return vec![s0, s];
    }
    if let Some(s0) = page.prev_nonblank(s).filter(|&s0| page.lines[s0].is_text() && (is_signature(&page.lines[s0].text) || name_head(s0))) {
        let (a, b) = (&page.lines[s0].text, &page.lines[s].text);
        let joined = format!("{a}{b}");
        let halves = !looks_like_org(a) && looks_like_org(&joined)
            || looks_like_org(a) && looks_like_org(b) && a.chars().count() + b.chars().count() <= MAX_SIGNATURE_CHARS;
        // (`2、职能单位末位排名` / `交通局`: the name under an item's label is its value)
        let item_value = page.prev_nonblank(s0).is_some_and(|p| {
            let t = page.lines[p].text.trim();
            // (a label alone, no value after a colon: `4、九芝班主任奖：粟漪澜` is a whole item)
            page.lines[p].is_text() && existing_number(t).is_some() && !ends_sentence(t) && !t.contains([':', '：']) && t.chars().count() <= SHORT_LINE
        });
        // (two names the page set on one row, `上海市卫生健康委员会 上海市中医药管理局`, sign
        // together under the numbered list of an attachment note)
        let one_row = page.lines[s0].origin == page.lines[s].origin && under_attachment_list(page, s0);
        if halves && !is_prose(a) && (!item_value || one_row) {
            return vec![s0, s];
        }
    }
    vec![s]
}

/// Line `i` stands under an attachment note's numbered list (`附件：` / `1. …` / `2. …`).
fn under_attachment_list(page: &Page, i: usize) -> bool {
    let mut q = i;
    while let Some(p) = page.prev_nonblank(q).filter(|&p| page.lines[p].is_text()) {
        let t = page.lines[p].text.trim();
        if t.starts_with("附件") || after_attachment_label(t).is_some() {
            return true;
        }
        if item_number_len(t) == 0 {
            return false;
        }
        q = p;
    }
    false
}

/// How many names a line of signers lists, one of them at least an organisation's and each a
/// short name (`封开县“双创”办、封开县城市管理局`: 2); 0 for any other line.
fn org_list(t: &str) -> usize {
    let parts: Vec<&str> = t.split(['、', '，', ',', ' ', '\u{3000}']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let short = |p: &&str| p.chars().count() <= MAX_SIGNATURE_CHARS / 2 && !ends_sentence(p);
    if parts.iter().any(|p| looks_like_org(p)) && parts.iter().all(short) { parts.len() } else { 0 }
}

/// Words of a sentence that announces the list under it (`对以下单位予以表彰`, `名单如下`).
const LIST_ANNOUNCERS: &[&str] = &["以下", "如下", "下列"];

/// Joint signers stack over at most this many lines.
const MAX_JOINT_LINES: usize = 6;
/// Without a date under them, at most this many: more names one a line under a story are a
/// list of its own (`…商会——柳南小组` / `…——柳北小组` / …, five groups).
const MAX_UNDATED_JOINT_LINES: usize = 4;

/// What a 公示's last paragraph says of its period of publicity.
const PUBLICITY_CLOSINGS: &[&str] = &["予以公示", "现予公示", "公示期"];

/// A last paragraph this long is a document's body, not the sentence that opens a list: an
/// organisation alone under it signs it, though nobody is addressed.
const SIGNED_PARAGRAPH_CHARS: usize = 60;

/// `石家庄市2022年拆违工作接受监督联系方式` / `…重点整治范围`: from line `j` to the end, only a few
/// short names without a mark — the captions of the tables or files the document comes with.
fn captions_only(page: &Page, j: usize, end: usize) -> bool {
    let lines: Vec<usize> = (j..end).filter(|&i| page.lines[i].is_text()).collect();
    let caption = |i: &usize| {
        let t = page.lines[*i].text.trim();
        (4..=CAPTION_CHARS).contains(&t.chars().count()) && !t.contains(['，', '。', '；', '：', ':', '！', '？', ',', ';'])
    };
    !lines.is_empty() && lines.len() <= MAX_CAPTIONS && lines.iter().all(caption)
}

/// A caption of an attached table or file is at most this long.
const CAPTION_CHARS: usize = 30;
/// At most this many captions follow a document's date.
const MAX_CAPTIONS: usize = 4;

/// Chrome that, right under a date, shows the text ended there.
const END_CHROME: &[Reason] = &[Reason::RelatedLinks, Reason::Share, Reason::SiteFooter, Reason::PageFooter, Reason::Advert];

/// What follows a date line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    /// Nothing: the text ends.
    End,
    /// The 附注, an attachment, the 版记 or a contact block.
    Rows,
    /// A new document: the one the text covers (its title, 第一章, 第一条).
    Document,
    /// More running text: the date was not the end.
    Text,
}

/// An unsigned date over rows ends the text when the rows are a 版记's (perhaps moved
/// already), its attachment list, or a reply's person in charge (`承办负责人：…`) — perhaps
/// under the contact lines a notice sets between its date and its 附注 (`（联系人：…）` /
/// `（此件公开发布）`).
fn rows_close_unsigned(page: &Page, d: usize) -> bool {
    // (not a roster's day over its people on duty: no date follows)
    let dated_after = (d + 1..page.lines.len()).any(|i| page.lines[i].is_text() && is_date_line(&page.lines[i].text));
    let mut j = page.next_nonblank_text(d);
    while let Some(k) = j.filter(|&k| super::contact::fields(&page.lines[k].text).is_some()) {
        j = page.next_nonblank_text(k);
    }
    let contact_skipped = j != page.next_nonblank_text(d);
    // (past contact lines, only 版记 rows to the end: a bracketed line in the text's run is no 附注)
    let rows_to_end = |j: usize| {
        (j..page.lines.len())
            .filter(|&k| page.lines[k].is_text())
            .all(|k| version_row(&page.lines[k].text) || super::contact::fields(&page.lines[k].text).is_some())
    };
    j.is_some_and(|j| {
        let t = page.lines[j].text.trim();
        version_row(t) && (!contact_skipped || rows_to_end(j)) || !contact_skipped && (t.starts_with("附件") || person_in_charge(t) && !dated_after)
    }) || over_moved_rows(page, d)
        // (or only contact lines to the page's end: `2024年6月28日` / `（联系人及电话：朱永春 …）`)
        || contact_skipped && j.is_none() && !dated_after
}

/// What follows the date on line `d`.
fn closes(page: &Page, d: usize, end: usize) -> After {
    // the page's own lines right under the date (a related-articles box, share buttons, the
    // credit of its source: `来源:清河县民政局`) end the text there
    let under = (d + 1..end).find(|&j| page.lines[j].class != Class::Blank);
    let chrome = under.is_some_and(|j| matches!(page.lines[j].class, Class::Residue(r) if END_CHROME.contains(&r)));
    let credit = under.is_some_and(|j| page.lines[j].is_text() && CREDIT_LABELS.iter().any(|l| colon_labelled(&fold(&page.lines[j].text), l)));
    if chrome || credit {
        return After::End;
    }
    let next = |i: usize| page.next_nonblank_text(i).filter(|&j| j < end);
    // (the time of issue under the date, `香港時間17時30分`, goes with it)
    let clocked = next(d).is_some_and(|j| is_clock_line(&page.lines[j].text));
    let Some(j) = next(d).and_then(|j| if clocked { next(j) } else { Some(j) }) else { return After::End };
    let t = &page.lines[j].text;
    if clocked && revision_stamp(page, j, end) {
        return After::End;
    }
    if is_note(t)
        || t.starts_with("附件")
        || t.starts_with("附：")
        || person_in_charge(t)
        || super::contact::fields(t).is_some()
        || copies_to(t).is_some()
        || bulletin_row(page, j).is_some()
        || printed(t).is_some()
        || copies(t).is_some()
        || captions_only(page, j, end)
    {
        After::Rows
    } else if new_document(page, j, end) {
        After::Document
    } else {
        After::Text
    }
}

/// The next line that is neither blank nor chrome is a 版记 row already taken (`抄送：…`).
fn over_moved_rows(page: &Page, d: usize) -> bool {
    let next = (d + 1..page.lines.len()).find(|&j| matches!(page.lines[j].class, Class::Text | Class::Moved(_)));
    next.is_some_and(|j| matches!(page.lines[j].class, Class::Moved(Field::CopiesTo | Field::Printer | Field::PrintDate | Field::Copies)))
}

/// A row of the 版记 (or the 附注 over it).
fn version_row(t: &str) -> bool {
    is_note(t) || copies_to(t).is_some() || printed(t).is_some() || copies(t).is_some()
}

/// `（此件公开发布）`, `（纸质不另发）`: a 附注 — a short line in brackets, unless it holds only
/// the contact (`（联系人：张淮铭；联系电话：67210092）`), which goes with the contact fields.
fn is_note(t: &str) -> bool {
    // (judged without a mirror's pinyin: `（此件公開發(fā)布）`)
    let plain = without_pinyin(t);
    let t = plain.trim();
    let bare = t.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let note = t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && (2..=24).contains(&bare.chars().count()) && !bare.contains(['（', '('])
        || NOTE_WORDS.iter().any(|w| bare.contains(w)) && bare.chars().count() <= 20 && !ends_sentence(t);
    note && !bracketed_credit(t)
        && !super::contact::fields(bare).is_some_and(|f| f.iter().any(|(k, _)| matches!(k, ContactField::Person | ContactField::Phone)))
}

/// `（此件主动公开）` near the end of a text whose date the page garbled (`2026年18`): the 附注 in
/// its own words, though no date stands beside it.
fn formula_note(page: &mut Page, end: usize) {
    if page.meta.note.is_some() {
        return;
    }
    let last: Vec<usize> = (0..end).rev().filter(|&i| page.lines[i].is_text()).take(NOTE_SEARCH_LINES).collect();
    let formula = |t: &str| {
        // (in simplified forms: `（此件公開發布）`)
        let t = fold(&without_pinyin(t)).into_owned();
        let bare = t.trim().strip_prefix(['（', '(']).and_then(|b| b.strip_suffix(['）', ')']));
        // (one that says how it is published: `（此件另行印发）` is an attachment's remark)
        let published = |b: &str| ["公开", "发布"].iter().any(|w| b.contains(w));
        bare.is_some_and(|b| {
            ["此件", "本件"].iter().any(|w| b.starts_with(w)) && published(b) && b.chars().count() <= NOTE_FORMULA_CHARS && !b.contains(['，', '。'])
        })
    };
    if let Some(&n) = last.iter().find(|&&i| formula(&page.lines[i].text)) {
        let t = page.lines[n].text.trim().to_string();
        page.meta.note = Some(t.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string());
        page.moved(n, Field::Note);
    }
}

/// The last lines of a text looked through for its 附注, and the longest formula.
const NOTE_SEARCH_LINES: usize = 4;
const NOTE_FORMULA_CHARS: usize = 16;

/// `（来源：唐县镇宣传）`, `(作者:李明)`, `【编辑:王琴】`: a reposting site's credit in brackets, not a
/// 附注.
fn bracketed_credit(t: &str) -> bool {
    let t = fold(t.trim());
    let bare = t.trim_start_matches(['（', '(', '【']).trim_end_matches(['）', ')', '】']);
    bare.len() < t.len() && CREDIT_LABELS.iter().chain(EDITOR_LABELS).any(|l| colon_labelled(bare, l))
}

/// `…2011年11月2日（出处：中国社会科学报）` → `…2011年11月2日`: a line without the credit in
/// brackets at its end.
fn without_bracketed_credit(t: &str) -> &str {
    let t = t.trim_end();
    match t.rfind(['（', '(', '【']) {
        Some(k) if k > 0 && t.ends_with(['）', ')', '】']) && bracketed_credit(&t[k..]) => t[..k].trim_end(),
        _ => t,
    }
}

/// A new document starts at line `j`: its title (perhaps under its issuers' names), 第一章 or
/// 第一条.
fn new_document(page: &Page, j: usize, end: usize) -> bool {
    // the document a 印发/转发 notice covers, named in the notice's title
    // (the title quotes it with its annotation outside the marks: `关于印发《…规范》（试行）的通知`)
    let named = unquoted(&page.lines[j].text);
    if named.chars().count() >= 6 && !is_prose(&named) && page.meta.title.as_deref().is_some_and(|t| unquoted(t).contains(&named)) {
        return true;
    }
    let mut k = j;
    for _ in 0..3 {
        let t = &page.lines[k].text;
        if ends_like_title(t) && !is_prose(t) || t.starts_with('第') && existing_number(t).is_some() {
            return true;
        }
        // a title broken over two lines (`温州市推行…文书的` / `指  导  意  见`)
        if let Some(n) = page.next_nonblank_text(k).filter(|&n| n < end) {
            let joined = format!("{}{}", squash(t), squash(&page.lines[n].text));
            if !is_prose(t) && !is_prose(&page.lines[n].text) && joined.chars().count() <= MAX_TITLE_CHARS && ends_like_title(&joined) {
                return true;
            }
        }
        if !looks_like_org(t) {
            return false;
        }
        match page.next_nonblank_text(k).filter(|&n| n < end) {
            Some(n) => k = n,
            None => return false,
        }
    }
    false
}

/// Are the signature lines joint signers, each line its own (`仁怀市人民医院党委` /
/// `仁怀市人民医院工会`, or names listed two a line), rather than one name wrapped
/// (`攸县第十八届人民代表大会` / `第二次会议主席团`)?
fn joint_signers(page: &Page, sig: &[usize]) -> bool {
    let text = |i: usize| page.lines[i].text.trim();
    if sig.len() < 2 {
        return false;
    }
    let under = &sig[1..];
    let listed = sig.iter().any(|&i| org_list(text(i)) >= 2);
    // (a company over its 董事会 is one name: `甘肃莫高实业发展股份有限公司` / `董 事 会`)
    let own_name = |i: usize| squash(text(i)).chars().count() > 4 && !text(i).starts_with('第');
    let each_whole = sig.iter().all(|&i| looks_like_org(text(i))) && under.iter().all(|&i| own_name(i));
    listed || each_whole
}

/// `校長夏麗珠謹啟`: a letter's signer without the courtesy that closes it (`谨启`, `敬上`).
fn without_sign_off(t: &str) -> &str {
    let folded = fold(t);
    let Some(w) = SIGN_OFF_WORDS.iter().find(|w| folded.ends_with(*w) && folded.chars().count() > w.chars().count() + 1) else { return t };
    // (folding keeps each character's place: cut as many characters off the original)
    let keep = t.chars().count() - w.chars().count();
    t.char_indices().nth(keep).map_or(t, |(at, _)| t[..at].trim_end())
}

/// `宣道中學家長教師會主席 陳詩韻謹啟 2018年11月14日`: a signer who signs off (谨启, 敬上) and the
/// date after, on one line: the signer without the sign-off, and the date.
fn signed_and_dated(t: &str) -> Option<(String, String)> {
    // (a line without a sign-off is not read for one at every character)
    if !SIGN_OFF_WORDS.iter().any(|w| fold(t).contains(w)) {
        return None;
    }
    let date = find_date(t)?;
    let cut = t.char_indices().find(|(p, _)| is_date_line(&t[*p..]) && find_date(&t[*p..]).as_deref() == Some(date.as_str())).map(|(p, _)| p)?;
    let signer = t[..cut].trim();
    let bare = without_sign_off(signer);
    let signs = bare.len() < signer.len() && bare.chars().count() <= MAX_SIGNATURE_CHARS && !bare.contains(['。', '！', '？', '；', '，', ',']);
    signs.then(|| (bare.to_string(), date))
}

/// Move the signature, the date and the 附注 under them to the front matter.
fn set_end_block(page: &mut Page, sig: &[usize], d: usize, date: String) {
    let one_line = sig == [d];
    // the date's own line signs with the unit before its date
    let text_of = |i: usize| {
        let t = &page.lines[i].text;
        if i == d {
            // (as `end_block` read it: without a table's bars after the date)
            let t = without_bracketed_credit(t.trim_end_matches([' ', '|']));
            super::head::unit_and_date(t).or_else(|| unit_and_partial_date(t)).or_else(|| signed_and_dated(t)).map(|(u, _)| u)
        } else {
            Some(without_sign_off(labelled_signer(t).unwrap_or(t.trim())).to_string())
        }
    };
    // joint signers listed over lines stand one line under another, as the page sets them
    let sep = if joint_signers(page, sig) { crate::style::SIGNER_GAP } else { "" };
    let signer = (!sig.is_empty()).then(|| sig.iter().filter_map(|&i| text_of(i)).collect::<Vec<_>>().join(sep)).filter(|s| !s.is_empty());
    // the document's own date wins over the page's publication date
    page.meta.date = Some(date);
    page.moved(d, Field::Date);
    if let Some(s) = signer {
        // a signature in short form (`州人大常委会法工委`) of the page's named source
        // (`湘西自治州人大常委会法工委`): the source is the issuer, the signature as signed
        let full = page.source.clone().filter(|src| looks_like_org(src) && squash(src).len() > squash(&s).len() && squash(src).ends_with(&squash(&s)));
        let field = if page.meta.issuer.is_empty() && looks_like_org(&s) && full.is_none() {
            // (joint signers are as many issuers, each named in the red header and the first
            // the 印发机关 a 版记 stands in for)
            // (a name letter-spaced, `国　务　院`, is one)
            let names = crate::style::signer_names(&s);
            page.meta.issuer =
                if names.len() > 1 && names.iter().all(|n| looks_like_org(n)) { names.into_iter().map(str::to_string).collect() } else { vec![s] };
            Field::Issuer
        } else if let Some(full) = full.filter(|_| page.meta.issuer.is_empty()) {
            page.meta.issuer = vec![full];
            page.meta.signature = Some(s);
            Field::Signature
        } else {
            page.meta.signature = Some(s);
            Field::Signature
        };
        for &i in sig {
            page.moved(i, field);
        }
        if one_line {
            page.moved(d, field);
        }
    }
    // the 附注 right after the date (or right before it, under the signature)
    let around = [page.next_nonblank_text(d), page.prev_nonblank(d).filter(|&p| page.lines[p].is_text())];
    // (`（来源：唐县镇宣传）` under the date: the site's credit of a reposted text)
    if let Some(n) = page.next_nonblank_text(d).filter(|&n| bracketed_credit(&page.lines[n].text)) {
        page.residue(n, Reason::PageMetadata);
    }
    if let Some(n) = around.into_iter().flatten().find(|&n| is_note(&page.lines[n].text)) {
        let t = page.lines[n].text.clone();
        page.meta.note = Some(t.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string());
        page.moved(n, Field::Note);
    }
}

/// `附件：1. 名称` `2. 名称` (or one name, or `附：名称`) right above the signature: the
/// attachment note.
fn attachment_note(page: &mut Page, before: usize) {
    if numbered_attachments(page, before) {
        return;
    }
    let mut items: Vec<usize> = Vec::new();
    let mut q = before;
    while let Some(i) = page.prev_nonblank(q) {
        q = i;
        if !page.lines[i].is_text() {
            continue;
        }
        let t = page.lines[i].text.clone();
        // `附件：名单`, or the older `附：名单`
        if let Some(rest) = after_attachment_label(&t) {
            let rest = rest.trim();
            if rest.is_empty() && items.is_empty() {
                // `附件：` right over the signer with no name: the page lost its links to the files
                page.residue(i, Reason::EmptyAttachmentList);
                return;
            }
            let names: Vec<String> = std::iter::once(rest.to_string())
                .chain(items.iter().map(|&j| lost_item_mark(page, j).unwrap_or_else(|| page.lines[j].text.clone())))
                .flat_map(|x| listed_names(&x))
                .map(|x| {
                    let x = without_lost_indent(&x).to_string();
                    // (`1、…竞赛规程。`: the stop ends the list's item, not the name)
                    without_download_link(x[item_number_len(&x)..].trim()).trim_end_matches(['。', '；', ';']).to_string()
                })
                .filter(|x| !x.is_empty())
                .collect();
            page.meta.attachments = names;
            page.moved(i, Field::Attachments);
            for &j in &items {
                page.moved(j, Field::Attachments);
            }
            return;
        }
        let numbered = item_number_len(without_lost_indent(&t)) > 0 || items.is_empty() && lost_item_mark(page, i).is_some();
        if items.is_empty() && (bracketed_contact(&t) || bracketed_contents(&t)) {
            // `(報送郵箱:… 聯系電話:…)` between the attachment note and the signature stays text,
            // as does `(包括:1.…要求 2.…格式)` under an archive's name
            continue;
        } else if items.is_empty() && page.meta.note.is_none() && t.trim().starts_with(['（', '(']) && is_note(&t) {
            // a document without a signature: its 附注 under the attachment note
            page.meta.note = Some(t.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string());
            page.moved(i, Field::Note);
        } else if numbered && t.chars().count() <= 80 && named_item(&t) || items.is_empty() && under_empty_label(page, i) {
            items.insert(0, i);
        } else if let Some(p) =
            page.prev_nonblank(i).filter(|&p| items.is_empty() && wraps_into(&page.lines[p].text, &t) || item_wraps_into(&page.lines[p].text, &t))
        {
            // `附件：《…预案》（2020年6月修` / `订稿）`: the name wrapped where the print broke it
            let joined = format!("{}{}", page.lines[p].text.trim_end(), t.trim());
            page.lines[p].text = joined;
            page.moved(i, Field::Attachments);
            q = i;
        } else {
            return;
        }
    }
}

/// A numbered line that names an attachment: no sentence in it (`1、…竞赛规程。` may end with a
/// stop; `2、请各单位于3月18日前将报名表报送县教育局。` is an instruction).
fn named_item(t: &str) -> bool {
    let core = t.trim_end().trim_end_matches('。');
    !core.contains('。') && (core.len() == t.trim_end().len() || !core.contains(['，', ',', '：', ':']))
}

/// `2、…篮球赛竞赛规程` over `32021年…足球赛竞赛规程`: the last item lost the mark after its
/// number, which the item over it shows to be the next one. The item with its mark again.
fn lost_item_mark(page: &Page, i: usize) -> Option<String> {
    let t = without_lost_indent(page.lines[i].text.trim());
    let above = page.prev_nonblank(i).map(|p| without_lost_indent(page.lines[p].text.trim()))?;
    let n = item_number_len(above);
    let k = above[..n].trim_end_matches(['.', '、', '．']).parse::<u32>().ok()? + 1;
    let rest = t.strip_prefix(k.to_string().as_str()).filter(|rest| item_number_len(t) == 0 && rest.chars().count() >= 4)?;
    Some(format!("{k}、{rest}"))
}

/// The bytes of the number an attachment's name opens with (`1.`, `2、`; `2.2019年度…名单`,
/// whose number a decimal reading would take for `2.2019`); 0 for none.
fn item_number_len(t: &str) -> usize {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let number = existing_number(t).filter(|_| digits > 0);
    let listed = (1..=2).contains(&digits) && t[digits..].starts_with(['.', '、', '．']);
    // (`1《长春市劳模管理办法》`: the number right before the name's marks)
    if (1..=2).contains(&digits) && t[digits..].starts_with('《') {
        return digits;
    }
    match (number, listed) {
        (_, true) => digits + t[digits..].chars().next().map_or(0, char::len_utf8),
        (Some(n), false) => n,
        (None, false) => 0,
    }
}

/// `(包括:1.…基本要求 2.…格式)`: what an attached archive holds, in brackets under its name.
fn bracketed_contents(t: &str) -> bool {
    let inner = t.trim().trim_start_matches(['（', '(']);
    inner.len() < t.trim().len() && ["包括", "内含", "含"].iter().any(|w| inner.strip_prefix(w).is_some_and(|r| r.starts_with(['：', ':'])))
}

/// `附件（另附）：` alone over one attachment's name on line `i`, which holds no sentence.
/// `评选条例；各类申请表`: the names one line lists with semicolons between them (a line without
/// a semicolon, or a sentence, is one name).
fn listed_names(t: &str) -> Vec<String> {
    let parts: Vec<&str> = t.split(['；', ';']).map(str::trim).filter(|n| !n.is_empty()).collect();
    if parts.len() > 1 && parts.iter().all(|n| n.chars().count() <= ATTACHMENT_NAME_CHARS && !n.contains(['，', ','])) {
        parts.iter().map(|n| n.to_string()).collect()
    } else {
        numbered_run(t).unwrap_or_else(|| vec![t.to_string()])
    }
}

/// `1.…获奖名单  2.…好新闻获奖名单`: numbered names one line holds, spaces between them, each
/// number the one after the last.
fn numbered_run(t: &str) -> Option<Vec<String>> {
    let number = |w: &str| w[..item_number_len(w)].trim_end_matches(['.', '、', '．']).parse::<u32>().ok();
    let mut names: Vec<String> = Vec::new();
    for w in t.split_whitespace() {
        let next = number(w).is_some_and(|n| n as usize == names.len() + 1);
        match names.last_mut() {
            _ if next => names.push(w.to_string()),
            Some(last) => {
                last.push(' ');
                last.push_str(w);
            }
            None => return None,
        }
    }
    (names.len() > 1 && names.iter().all(|n| n.chars().count() <= ATTACHMENT_NAME_CHARS)).then_some(names)
}

/// An attachment's name is at most this long.
const ATTACHMENT_NAME_CHARS: usize = 60;

/// `省社科联科普处联系方式：`: the head of an office's contact lines.
const CONTACT_HEADS: &[&str] = &["联系方式：", "联系方式:", "联系方式"];

fn under_empty_label(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    let label = |l: &str| after_attachment_label(l).is_some_and(|r| r.trim().is_empty());
    // (names listed with semicolons between them: `…评选条例；各类申请表`)
    let names = !t.contains(['；', ';']) || listed_names(t).len() > 1;
    t.chars().count() <= 80
        && !t.contains(['。', '！', '？'])
        && names
        && page.prev_nonblank(i).is_some_and(|p| page.lines[p].is_text() && label(page.lines[p].text.trim()))
}

/// `附件：…`, `附件2：…`: a line that opens with an attachment's label (a note, never a head).
pub fn attachment_labelled(t: &str) -> bool {
    after_attachment_label(t.trim()).is_some() || numbered_attachment(t).is_some()
}

/// What follows an attachment label and its colon (`附件：`, the older `附：`, `附件（另附）：`);
/// None for a line that opens with no such label.
pub fn after_attachment_label(t: &str) -> Option<&str> {
    // (or a space for its colon before a file's name: `附件 关于申报…的通知.doc`)
    // (or before the first item's number: `附件 1、…一覽表`)
    let spaced = || {
        t.strip_prefix("附件")
            .filter(|r| r.starts_with(char::is_whitespace))
            .map(str::trim_start)
            .filter(|r| file_stem(r).is_some() || item_number_len(r) > 0 && r.chars().next().is_some_and(|c| c.is_ascii_digit()))
    };
    // (or a site's word for its files after the label: `附件檔案：`, `附件下载：`)
    t.strip_prefix("附件").map(past_label_word).or_else(|| t.strip_prefix('附')).map(without_aside).and_then(|r| r.strip_prefix(['：', ':'])).or_else(spaced)
}

/// What follows `附件`, past a site's word for its files (`檔案：` → `：`).
fn past_label_word(r: &str) -> &str {
    ATTACHMENT_LABEL_WORDS.iter().find_map(|w| r.strip_prefix(w)).unwrap_or(r)
}

/// A site's word for its files between `附件` and the colon.
const ATTACHMENT_LABEL_WORDS: &[&str] = &["檔案", "档案", "下载", "下載", "列表"];

/// What follows an attachment label, past a short aside in brackets (`附件（另附）：`).
fn without_aside(rest: &str) -> &str {
    let rest = rest.trim_start();
    let Some(inner) = rest.strip_prefix(['（', '(']) else { return rest };
    match inner.find(['）', ')']) {
        Some(end) if inner[..end].chars().count() <= MAX_ASIDE_CHARS => inner[end..][inner[end..].chars().next().map_or(0, char::len_utf8)..].trim_start(),
        _ => rest,
    }
}

/// An aside between an attachment label and its colon is at most this long (`另附`, `略`).
const MAX_ASIDE_CHARS: usize = 6;

/// `附件1:常州市总工会关于…的通知.pdf`, `附件2学院关于推荐申报的函`: one attachment on its line,
/// its number right after the label (a page's download links). The name as the page prints
/// it, its file type too: the reader downloads that file.
fn numbered_attachment(t: &str) -> Option<String> {
    let rest = t.trim().strip_prefix("附件")?;
    let mut digits = rest.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count();
    // (`附件一：…`, `附件二：…`: counted in Chinese numerals, a colon after the count)
    let numerals = rest.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    if digits == 0 && (1..=2).contains(&numerals) && rest.chars().nth(numerals).is_some_and(|c| "：:、".contains(c)) {
        digits = numerals;
    }
    let rest: String = rest.chars().skip(digits).collect();
    let name = rest.trim_start_matches(['：', ':', '、', '.', '．', ' ', '\u{3000}']).trim();
    let name = without_download_link(without_file_link(name)).trim_end();
    // (`附件1：《…的通知》；` / `附件2：《…告家长书》。`: the stop that ends the list is not the name's)
    let name = name.trim_end_matches(['。', '；', ';']).trim_end();
    (digits > 0 && !name.is_empty() && name.chars().count() <= 80 && !name.contains('。')).then(|| name.to_string())
}

/// `…评比细则点击下载附件`, `…名單(點擊下載)`: an attachment's name without the download
/// link's words after it (found in simplified forms, cut where the page has them).
fn without_download_link(name: &str) -> &str {
    // (`…课程表文件下载/uploads/file/…doc`: a site's caption and the file's path, nothing after)
    if let Some(at) = name.find("文件下载").filter(|&at| at > 0) {
        let rest = &name[at + "文件下载".len()..];
        if rest.is_empty() || rest.starts_with('/') || rest.starts_with("http") {
            return name[..at].trim_end();
        }
    }
    let folded = fold(name);
    let cut = super::super::rules::DOWNLOAD_FRAMES.iter().filter_map(|w| folded.find(w)).filter(|&at| at > 0).min();
    // (the same character before the cut in both: folding keeps their number)
    let at = cut.map(|b| folded[..b].chars().count()).and_then(|n| name.char_indices().nth(n).map(|(i, _)| i));
    let name = at.map_or(name, |at| name[..at].trim_end().trim_end_matches(['(', '（', '[', '【']).trim_end());
    // (`提案表模板下载`: a link named for what clicking it does, after the file's name)
    match name.strip_suffix("下载").or_else(|| name.strip_suffix("下載")) {
        Some(file) if file.chars().count() >= MIN_LINKED_NAME_CHARS => file.trim_end(),
        _ => name,
    }
}

/// A file's name before a bare `下载` is at least this long.
const MIN_LINKED_NAME_CHARS: usize = 3;

/// `《2022年一类学科竞赛目录》;    附件1.docx`: an attachment's name without the link to its file
/// the page shows after it.
fn without_file_link(name: &str) -> &str {
    match name.split_once(['；', ';']) {
        Some((before, after)) if file_stem(after.trim()).is_some() && !before.trim().is_empty() => before.trim_end(),
        _ => name,
    }
}

/// The numbered attachment lines right above `before` (the signature): the attachment note.
fn numbered_attachments(page: &mut Page, before: usize) -> bool {
    let mut lines = Vec::new();
    let mut q = before;
    while let Some(i) = page.prev_nonblank(q).filter(|&i| page.lines[i].is_text() && numbered_attachment(&page.lines[i].text).is_some()) {
        lines.insert(0, i);
        q = i;
    }
    take_attachments(page, &lines)
}

/// `附件1…` / `附件2…` after the date, where the page puts its download links: the attachment
/// note, when nothing but such lines follow.
fn attachments_after_date(page: &mut Page, d: usize) {
    if !page.meta.attachments.is_empty() {
        download_links(page, d);
        return;
    }
    if note_after_date(page, d) || list_after_date(page, d) {
        return;
    }
    let mut lines = Vec::new();
    let mut q = d;
    while let Some(j) = page.next_nonblank_text(q) {
        if numbered_attachment(&page.lines[j].text).is_none() {
            return;
        }
        lines.push(j);
        q = j;
    }
    take_attachments(page, &lines);
}

/// `附件：` / `·关于…的公示.docx` under the date of a text whose attachment note named its
/// attachments: the page's links to download the files, not the document's.
fn download_links(page: &mut Page, d: usize) {
    let Some(label) = page.next_nonblank_text(d).filter(|&j| after_attachment_label(page.lines[j].text.trim()).is_some_and(|h| h.trim().is_empty())) else {
        return;
    };
    let files: Vec<usize> = std::iter::successors(page.next_nonblank_text(label), |&j| page.next_nonblank_text(j))
        .take_while(|&j| file_stem(page.lines[j].text.trim()).is_some())
        .collect();
    if files.is_empty() {
        return;
    }
    page.residue(label, Reason::EmptyAttachmentList);
    for j in files {
        page.residue(j, Reason::PageLink);
    }
}

/// `附:1、相关文件` / `2、统计表` under the date: the attachment note with its numbered list,
/// the first name on the label's line. True when taken.
fn list_after_date(page: &mut Page, d: usize) -> bool {
    let Some(first) = page.next_nonblank_text(d) else { return false };
    let Some(head) = after_attachment_label(page.lines[first].text.trim()).map(str::trim) else { return false };
    // (a name, not a note: `1、本次培训不收取任何费用。` ends as a sentence)
    let name_item = |t: &str| item_number_len(t) > 0 && named_item(t) && !t.ends_with('。') && t.chars().count() <= ATTACHMENT_NAME_CHARS;
    let name = |t: &str| t[item_number_len(t)..].trim().trim_end_matches(['。', '；', ';']).to_string();
    if head.is_empty() {
        // `附件：` alone, its numbered names each on a line under it to the page's end
        let items: Vec<usize> = std::iter::successors(page.next_nonblank_text(first), |&j| page.next_nonblank_text(j)).collect();
        let named = !items.is_empty() && items.iter().all(|&j| name_item(without_lost_indent(page.lines[j].text.trim())));
        // (or one file's name alone, a download link: `第二批…名单.doc`)
        let file = || items.len() == 1 && file_stem(page.lines[items[0]].text.trim()).is_some_and(|s| s.chars().any(han));
        if !named && file() {
            page.meta.attachments = vec![file_stem(page.lines[items[0]].text.trim()).unwrap_or_default().to_string()];
            page.moved(first, Field::Attachments);
            page.moved(items[0], Field::Attachments);
            return true;
        }
        if !named {
            return split_items_after(page, first) || attachment_over_its_text(page, first);
        }
        page.meta.attachments = items.iter().map(|&j| name(without_lost_indent(page.lines[j].text.trim()))).collect();
        for j in std::iter::once(first).chain(items) {
            page.moved(j, Field::Attachments);
        }
        return true;
    }
    if !name_item(head) {
        return false;
    }
    let (mut items, mut names) = (vec![first], vec![name(head)]);
    while let Some(j) = page.next_nonblank_text(items[items.len() - 1]) {
        let t = without_lost_indent(page.lines[j].text.trim());
        if !name_item(t) {
            break;
        }
        names.push(name(t));
        items.push(j);
    }
    if items.len() < 2 {
        return false;
    }
    page.meta.attachments = names;
    for &j in &items {
        page.moved(j, Field::Attachments);
    }
    true
}

/// `附件:` / `陜西高等職業院校內部質量` / `保證體系診斷與改進實施細則` / `按照…,` under the date:
/// the attachment printed after the notice, its title on a line or two over its text. The
/// note names it; the attachment stays the text that follows. True when taken.
fn attachment_over_its_text(page: &mut Page, label: usize) -> bool {
    let Some(a) = page.next_nonblank_text(label) else { return false };
    let b = page.next_nonblank_text(a);
    let line = |i: usize| page.lines[i].text.trim().to_string();
    let bare = |t: &str| !has_sentence_mark(t) && !t.contains(['，', ',', '：', ':']) && item_number_len(t) == 0;
    let title = [Some(line(a)), b.map(|b| format!("{}{}", line(a), line(b)))]
        .into_iter()
        .flatten()
        .zip([a, b.unwrap_or(a)])
        .find(|(t, _)| ends_like_title(t) && bare(t) && t.chars().count() <= ATTACHMENT_NAME_CHARS);
    let Some((name, last)) = title else { return false };
    if !page.next_nonblank_text(last).is_some_and(|k| page.lines[k].chars() > SHORT_LINE / 2) {
        return false;
    }
    page.meta.attachments = vec![name];
    page.moved(label, Field::Attachments);
    true
}

/// `附件：` / `1.` / `…赛制及规则.docx` / `2.` / `…报名表.docx` under the date: each number
/// alone over its name, the attachment note. True when taken.
fn split_items_after(page: &mut Page, label: usize) -> bool {
    let mut items = Vec::new();
    let mut q = label;
    while let Some(j) = page.next_nonblank_text(q).filter(|&j| number_alone(&page.lines[j].text)) {
        let Some(k) = page.next_nonblank_text(j) else { break };
        let name = page.lines[k].text.trim();
        if item_number_len(name) > 0 || !named_item(name) || name.chars().count() > ATTACHMENT_NAME_CHARS {
            break;
        }
        items.push((j, k, name.to_string()));
        q = k;
    }
    // (the list ends the page)
    if items.is_empty() || page.next_nonblank_text(q).is_some() {
        return false;
    }
    page.meta.attachments = items.iter().map(|(_, _, n)| n.clone()).collect();
    page.moved(label, Field::Attachments);
    for (j, k, _) in items {
        page.moved(j, Field::Attachments);
        page.moved(k, Field::Attachments);
    }
    true
}

/// `附件：施工范围图` right under the date, nothing after it but the page's empty links to the
/// file (`附件：1、`): the attachment note a page set after the date. True when taken.
fn note_after_date(page: &mut Page, d: usize) -> bool {
    let Some(first) = page.next_nonblank_text(d) else { return false };
    let name = after_attachment_label(page.lines[first].text.trim())
        .map(str::trim)
        .filter(|n| (2..=ATTACHMENT_NAME_CHARS).contains(&n.chars().count()) && !has_sentence_mark(n) && existing_number(n).is_none());
    let Some(name) = name.map(str::to_string) else { return false };
    // (the attachment itself after it, opening with the name as its title: an 印发 notice's
    // regulation — the note is the notice's, the regulation stays the text that follows)
    if page.next_nonblank_text(first).is_some_and(|j| super::super::chars::unquoted(page.lines[j].text.trim()) == super::super::chars::unquoted(&name)) {
        page.meta.attachments = listed_names(&name);
        page.moved(first, Field::Attachments);
        return true;
    }
    let rest: Vec<usize> = (first + 1..page.lines.len()).filter(|&i| page.lines[i].is_text()).collect();
    // (`附件：1、`: a link's number with its name lost)
    let empty_link =
        |t: &str| after_attachment_label(t.trim()).is_some_and(|r| r.trim().trim_end_matches(['、', '.', '．']).chars().all(|c| c.is_ascii_digit()));
    if !rest.iter().all(|&i| empty_link(&page.lines[i].text) || file_stem(page.lines[i].text.trim()).is_some()) {
        return false;
    }
    page.meta.attachments = listed_names(&name);
    page.moved(first, Field::Attachments);
    for i in rest {
        page.residue(i, Reason::EmptyAttachmentList);
    }
    true
}

/// What a repost's credit opens with (`转载自：…`, `转载自中华医学会麻醉学分会官方`).
const REPOST_CREDIT: &str = "转载自";

/// `来源:聊城市自然资源和规划局` or `转载自:…` under the date that closes a reposted document: the
/// site's credit, and the short lines after it (a counter, `小程序`, `下载…APP`) are the site's
/// too — unless one of them is running text, which keeps them all.
fn credits_after_date(page: &mut Page, d: usize, end: usize) {
    let credit = |t: &str| {
        let t = fold(t.trim());
        // (`转载自…官方` is a phrase: no colon needed)
        let labelled = CREDIT_LABELS.iter().any(|l| colon_labelled(&t, l)) || t.starts_with(REPOST_CREDIT);
        labelled && t.chars().count() <= 40
    };
    let Some(c) = (d + 1..end).find(|&i| page.lines[i].is_text()).filter(|&i| credit(&page.lines[i].text)) else { return };
    let after: Vec<usize> = (c + 1..end).filter(|&i| page.lines[i].is_text()).collect();
    let short = |i: usize| page.lines[i].chars() <= SITE_WIDGET_CHARS && !has_sentence_mark(&page.lines[i].text);
    let all_short = after.iter().all(|&i| short(i));
    page.residue(c, Reason::PageMetadata);
    if all_short {
        for i in after {
            page.residue(i, Reason::RelatedLinks);
        }
    }
}

/// `加宽` / `公路` / `青兰` / `全村`: a post's keyword tags, a word a line, run from under the
/// document's date to the page's end. (A list of names under a date is no list: names come
/// above the signature.)
fn keyword_tags(page: &mut Page, d: usize) {
    let rest: Vec<usize> = (d + 1..page.lines.len()).filter(|&i| page.lines[i].is_text()).collect();
    let tag = |i: &usize| {
        let t = page.lines[*i].text.trim();
        (1..=MAX_TAG_CHARS).contains(&t.chars().count()) && t.chars().all(han)
    };
    if rest.len() >= MIN_TAGS && rest.iter().all(tag) {
        for i in rest {
            page.residue(i, Reason::RelatedLinks);
        }
    }
}

/// `相关文档` / `看过此文章的人还看了` / `猜您喜欢` / `纠错` under the document's date, or
/// `文字解读` / `图片解读` / `新闻发布会` / …: the page's links, a short name a line, three or more
/// one under the other. What a document prints under its date (版记, contact, a 附件's pages) has
/// numbers, colons or sentences; a list of names (`张三` / `李四`) comes above the signature.
fn menus_after_date(page: &mut Page, d: usize, end: usize) {
    let item = |i: usize| {
        let t = page.lines[i].text.trim();
        let n = t.chars().count();
        (1..=MENU_LINE_CHARS).contains(&n) && t.chars().all(|c| han(c) || c.is_ascii_alphabetic())
    };
    let mut runs: Vec<Vec<usize>> = vec![];
    let mut run: Vec<usize> = vec![];
    for i in d + 1..end {
        match page.lines[i].class {
            Class::Blank => {}
            Class::Text if item(i) => run.push(i),
            _ => runs.push(std::mem::take(&mut run)),
        }
    }
    runs.push(run);
    // (names of up to four characters a line are a list of people, not of links — `欧阳晓明`,
    // or a table's header a cell a line, `序号` / `单位名称`; a unit a line, `习水县林业局` /
    // `习水发电厂`, a list of units — an attachment's under the date)
    let names = |r: &[usize]| r.iter().all(|&i| page.lines[i].chars() <= 4) || r.iter().any(|&i| looks_like_org(&page.lines[i].text));
    let menus: Vec<usize> = runs.into_iter().filter(|r| r.len() >= MIN_MENU_LINES && !names(r)).flatten().collect();
    for i in menus {
        page.residue(i, Reason::RelatedLinks);
    }
}

/// A link's name under the document is at most this long (`看过此文章的人还看了`).
const MENU_LINE_CHARS: usize = 10;
/// Fewer short lines than this under a date may be the text's own.
const MIN_MENU_LINES: usize = 3;

/// `关键字: 内容标签:疫情,冠状,公告,博物馆` under the document's date: the post's tags, with the
/// short rest of them a line may wrap onto the next.
fn tag_lines(page: &mut Page, d: usize) {
    for i in d + 1..page.lines.len() {
        let t = fold(page.lines[i].text.trim());
        if !page.lines[i].is_text() || !TAG_LABELS.iter().any(|l| colon_labelled(&t, l)) {
            continue;
        }
        page.residue(i, Reason::RelatedLinks);
        if let Some(j) = (i + 1 < page.lines.len())
            .then_some(i + 1)
            .filter(|&j| page.lines[j].is_text() && page.lines[j].chars() <= MAX_SIGNATURE_CHARS && !has_sentence_mark(&page.lines[j].text))
        {
            page.residue(j, Reason::RelatedLinks);
        }
    }
}

/// A keyword tag is a word of at most this many characters.
const MAX_TAG_CHARS: usize = 4;
/// Fewer tags than this under a date may be the text's own short lines.
const MIN_TAGS: usize = 3;
/// At most this many organisations, one a line, sign a text jointly over a date of its own.
const MAX_JOINT_ORG_LINES: usize = 4;

/// A line of a site's widget under a reposted document is at most this long (`微信扫码,查看优惠`).
const SITE_WIDGET_CHARS: usize = 20;

fn has_sentence_mark(t: &str) -> bool {
    t.contains(['。', '！', '？', '；'])
}

fn take_attachments(page: &mut Page, lines: &[usize]) -> bool {
    if lines.is_empty() {
        return false;
    }
    // (`附件2:《…汇总表》;` / `附件2—…汇总表.docx`: the second line, the same number again and a
    // file's name, is the link to the first one's file)
    let number = |i: usize| attachment_count(&page.lines[i].text);
    let links: Vec<bool> =
        (0..lines.len()).map(|k| k > 0 && number(lines[k]) == number(lines[k - 1]) && file_stem(page.lines[lines[k]].text.trim()).is_some()).collect();
    let mut names = Vec::new();
    for (k, &i) in lines.iter().enumerate() {
        if links[k] {
            page.residue(i, Reason::PageLink);
            continue;
        }
        names.extend(numbered_attachment(&page.lines[i].text));
        page.moved(i, Field::Attachments);
    }
    page.meta.attachments = names;
    true
}

/// `? ? ? ? ?2. …`: a line's indent whose spaces an encoding lost to question marks.
fn without_lost_indent(t: &str) -> &str {
    t.trim_start_matches(|c: char| c == '?' || c == '？' || c.is_whitespace()).trim_end()
}

/// `(報送郵箱:bszfxx@163.com 聯系電話:0913—6155328)`: contact fields alone in brackets.
fn bracketed_contact(t: &str) -> bool {
    // (a mirror's pinyin inside a label, `聯(lián)系電話`, would hide it)
    let plain = super::super::chars::without_pinyin(t);
    let t = fold(&plain);
    let t = t.trim();
    let inner = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    inner.and_then(super::contact::fields).is_some()
}

/// `订稿）` closes the bracket an attachment note's line left open: the rest of that line.
/// `3.…篮球比赛暨` / `第十二届…自愿参赛责任书`: a numbered item's name wrapped mid-phrase, its
/// rest alone on the next line among the items.
fn item_wraps_into(above: &str, t: &str) -> bool {
    let open = above.matches(['（', '(', '《', '“']).count() > above.matches(['）', ')', '》', '”']).count();
    let mid_phrase = open || ITEM_WRAP_ENDS.iter().any(|w| above.trim_end().ends_with(w));
    item_number_len(above.trim()) > 0 && mid_phrase && item_number_len(t.trim()) == 0 && t.chars().count() <= SHORT_LINE && !has_sentence_mark(t)
}

/// How a name breaks off mid-phrase (`…比赛暨`, `…规划和`).
const ITEM_WRAP_ENDS: &[&str] = &["暨", "和", "及", "与", "的", "、"];

fn wraps_into(above: &str, t: &str) -> bool {
    let open = |s: &str| s.matches(['（', '(', '《']).count() as i64 - s.matches(['）', ')', '》']).count() as i64;
    (above.starts_with("附件") || above.starts_with('附')) && open(above) > 0 && open(t) < 0 && t.chars().count() <= 20 && !t.contains('。')
}

/// Read line `i` as a contact block's line: its fields go to the contact. An item the document
/// numbers (`六、举报电话：0834-5625340`) is the text's own and stays (`contact_everywhere` reads
/// its fields).
fn add_contact(page: &mut Page, i: usize) -> bool {
    if existing_number(page.lines[i].text.trim()).is_some() {
        return false;
    }
    let Some(fields) = super::contact::fields(&page.lines[i].text) else { return false };
    for (f, v) in fields {
        page.contact.entry(f).or_insert(v);
    }
    true
}

/// A contact block right above the signature goes to the front matter.
fn contact_above(page: &mut Page, sig: usize) {
    let mut q = sig;
    while let Some(i) = page.prev_nonblank(q).filter(|&i| page.lines[i].is_text()) {
        if !add_contact(page, i) {
            break;
        }
        page.moved(i, Field::Contact);
        q = i;
    }
}

/// Contact lines at the very end (and an organisation's name right above them).
fn trailing_contact(page: &mut Page) {
    let mut q = page.lines.len();
    while let Some(i) = (0..q).rev().find(|&i| page.lines[i].is_text() || matches!(page.lines[i].class, Class::Blank)) {
        q = i;
        if page.lines[i].class == Class::Blank {
            continue;
        }
        if !add_contact(page, i) {
            if looks_like_org(&page.lines[i].text)
                && page.contact.keys().len() > 0
                && !page.contact.contains_key(&super::super::page::ContactField::Organization)
            {
                page.contact.insert(super::super::page::ContactField::Organization, page.lines[i].text.clone());
                page.moved(i, Field::Contact);
            }
            break;
        }
        page.moved(i, Field::Contact);
    }
}

/// Contact lines inside the text stay, but fill the contact fields.
fn contact_everywhere(page: &mut Page) {
    let particulars = particulars_under_addressee(page);
    for i in page.text_lines().into_iter().filter(|i| !particulars.contains(i)) {
        let t = page.lines[i].text.clone();
        // a whole line of contact fields, or a bracketed one inside a sentence: `…报区社会保障
        // 局。（联系人：马晓丽 联系电话：8599719）` (the sentence keeps it)
        let found = super::contact::fields(&t)
            .or_else(|| bracketed(&t).and_then(super::contact::fields).filter(|f| f.len() >= 2))
            .or_else(|| last_sentence(&t).and_then(super::contact::fields).filter(|f| f.len() >= 2));
        let found = found.or_else(|| clause_fields(&t));
        for (f, v) in found.into_iter().flatten() {
            page.contact.entry(f).or_insert(v);
        }
        if !page.contact.contains_key(&ContactField::Email)
            && let Some(e) = mailbox_in_sentence(&t)
        {
            page.contact.insert(ContactField::Email, e);
        }
    }
}

/// `统一社会信用代码：…` / `地址：…` / `法定代表人：…` under a decision's party (its addressee):
/// the party's particulars, whose address is no contact of the issuer's.
fn particulars_under_addressee(page: &Page) -> Vec<usize> {
    let Some(a) = page.lines.iter().rposition(|l| l.class == Class::Moved(Field::Addressee)) else { return Vec::new() };
    let field = |k: usize| super::head::party_field(&page.lines[k].text) || super::contact::fields(&page.lines[k].text).is_some();
    let Some(first) = page.next_nonblank_text(a).filter(|&k| super::head::party_field(&page.lines[k].text)) else { return Vec::new() };
    let mut block = vec![first];
    while let Some(k) = page.next_nonblank_text(*block.last().unwrap_or(&first)).filter(|&k| field(k)) {
        block.push(k);
    }
    block
}

/// `…地址：天津市和平区解放北路201号，邮政编码：300042；…电子信箱：tjsthblf@163.com。`: the
/// contact of a notice asking for comments, field by field in the clauses of its sentence (two
/// fields at least, so that a venue's `地址：` alone stays the text's).
fn clause_fields(t: &str) -> Option<Vec<(ContactField, String)>> {
    let fields: Vec<(ContactField, String)> = t.split(['，', '；', '。', ',', ';']).filter_map(super::contact::fields).flatten().collect();
    (fields.len() >= 2).then_some(fields)
}

/// `将意见发送至jnlxzfyjs@jn.shandong.cn邮箱`: an e-mail address in a sentence that names it as
/// one (邮箱, 邮件, 信箱).
fn mailbox_in_sentence(t: &str) -> Option<String> {
    if !["邮箱", "邮件", "信箱"].iter().any(|w| t.contains(w)) {
        return None;
    }
    let at = t.find('@')?;
    let ok = |c: char| c.is_ascii_alphanumeric() || "._-+".contains(c);
    let start = t[..at].rfind(|c: char| !ok(c)).map_or(0, |p| p + t[p..].chars().next().map_or(1, char::len_utf8));
    let end = at + 1 + t[at + 1..].find(|c: char| !ok(c)).unwrap_or(t.len() - at - 1);
    let addr = t[start..end].trim_end_matches('.');
    let (user, domain) = addr.split_once('@')?;
    (!user.is_empty() && domain.contains('.') && !domain.starts_with('.')).then(|| addr.to_string())
}

/// The last sentence of a paragraph of several: `…请于12月15日前反馈。通信地址：…；传真：…；
/// 电子邮箱：…。` ends with the contact of a notice that asks for comments.
fn last_sentence(t: &str) -> Option<&str> {
    let body = t.trim().trim_end_matches('。');
    let at = body.rfind('。')?;
    Some(&body[at + '。'.len_utf8()..])
}

/// The text of the last bracketed part of a line that opens with a contact label.
fn bracketed(t: &str) -> Option<&str> {
    let open = t.rfind(['（', '('])?;
    let inner = &t[open..];
    let inner = inner[inner.chars().next()?.len_utf8()..].split(['）', ')']).next()?;
    ["联系人", "联系电话", "电话"].iter().any(|l| inner.starts_with(l)).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::super::super::page::ContactField;
    use super::*;

    fn tail(text: &str) -> Page {
        let mut page = super::super::lines::read(text);
        super::super::chrome::run(&mut page);
        run(&mut page);
        page
    }

    #[test]
    fn a_team_or_a_schools_board_alone_under_a_short_last_paragraph_signs_it() {
        let p = tail(
            "对于外挂行为，我们将不断加强审核和打击力度，在外挂开启前安全系统就会对涉嫌违规账号进行封停禁止登录，对违规玩家严惩不贷。请大家珍惜游戏账号，绿色游戏，拒绝外挂。\n\n地下城60版本官方运营团队\n",
        );
        assert_eq!(p.meta.signature.as_deref(), Some("地下城60版本官方运营团队"));
        let p = tail(
            "本学期的最后一次课定于十二月十四日，当天上午举行年末联欢和颁奖活动，请各位家长按时接送孩子，注意交通安全，祝大家节日快乐。\n\n星星中文学校校委会\n",
        );
        assert_eq!(p.meta.signature.as_deref(), Some("星星中文学校校委会"));
    }

    #[test]
    fn a_date_with_the_sites_editor_credit_in_brackets_still_signs_the_text() {
        let p =
            tail("上海市人大常委会决定罢免周新民的第十四届全国人民代表大会代表职务。\n特此公告。\n全国人民代表大会常务委员会\n2026年2月4日 【编辑:王琴】\n");
        assert_eq!(p.meta.date.as_deref(), Some("2026-02-04"));
        assert_eq!(p.lines[3].class, Class::Moved(Field::Date));
        assert!(bracketed_credit("【编辑:王琴】"));
        assert!(!bracketed_credit("【此件公开发布】"));
    }

    #[test]
    fn an_attachment_label_over_the_attachments_wrapped_title_and_its_text_names_it() {
        let p = tail(
            "各高職院校:\n為貫徹落實有關通知精神，現將實施細則印發給你們，請認真貫徹執行。\n陜西省教育廳\n2017年6月6日\n附件:\n陜西高等職業院校內部質量\n保證體系診斷與改進實施細則\n按照省教育廳實施方案,為確保我省診改工作高質量開展、取得實效,制定本細則。\n",
        );
        assert_eq!(p.meta.attachments, ["陜西高等職業院校內部質量保證體系診斷與改進實施細則"]);
        assert_eq!(p.lines[4].class, Class::Moved(Field::Attachments));
        // (the attachment itself stays the text)
        assert!(p.lines[5].is_text() && p.lines[7].is_text());
    }

    #[test]
    fn an_organ_run_into_its_date_over_a_sites_links_label_signs_the_text() {
        let p = tail("各国家重点实验室:\n根据有关通知的要求，请各实验室认真组织该项活动。特此通知。\n基地处2014年5月12日\n科发院网站:\n");
        assert_eq!(p.meta.date.as_deref(), Some("2014-05-12"));
        assert_eq!(p.lines[3].class, Class::Residue(Reason::RelatedLinks));
    }

    #[test]
    fn an_organ_over_a_date_that_lost_its_marks_alone_on_its_line_signs_whatever_follows() {
        let p =
            tail("此复函已经我局局长审签。对以上答复您有什么意见，请及时反馈给我们。\n\n重庆市北碚区城市管理局\n\n2023927\n\n人：黎浩\n\n联系电话：60307029\n");
        assert_eq!(p.meta.date.as_deref(), Some("2023-09-27"));
        assert!(matches!(p.lines[2].class, Class::Moved(Field::Signature | Field::Issuer)), "{:?}", p.lines[2].class);
    }

    #[test]
    fn files_linked_under_an_attachment_label_are_the_attachments() {
        let p = tail("第七條 本規則經行政會議通過後實施,修正時亦同。\n|\n附件檔案:\n大同大學行政會議議事規則1000120.pdf\n|\n");
        assert_eq!(p.meta.attachments, ["大同大學行政會議議事規則1000120.pdf"]);
        let p = tail("现将有关文件转发给你们，请认真贯彻执行。\n附件:东卫函〔2016〕94号.pdf\n粤卫通〔2016〕4号.pdf\n");
        assert_eq!(p.meta.attachments, ["东卫函〔2016〕94号.pdf", "粤卫通〔2016〕4号.pdf"]);
        // (under a note that names them, the links are their downloads)
        let p = tail("请于5月10日前报送。\n附件：产业园区企业申报基本情况一览表\n产业园区企业申报基本情况一览表.doc\n");
        assert_eq!(p.meta.attachments, ["产业园区企业申报基本情况一览表"]);
    }

    #[test]
    fn a_signer_who_signs_off_with_a_spaced_date_on_one_line_ends_the_letter_over_its_reply_slip() {
        let p = tail(
            "親愛的家長:\n\n本學年的活動將在 2019 年 1 月開始,請家長填妥回條並於 11 月 22 日或之前交班主任。\n\n祝 生活愉快!\n\n宣道中學家長教師會主席 陳詩韻謹啟 2018 年 11 月 14 日\n\n《宣中親子農莊》回條 (請在適當的項目內加號)\n\n□ 本人 已閱「申請須知」,並同意「宣中親子農莊須知及守則」。\n",
        );
        assert_eq!(p.meta.signature.as_deref(), Some("宣道中學家長教師會主席 陳詩韻"));
        assert_eq!(p.meta.date.as_deref(), Some("2018-11-14"));
        // (a name and a date, no sign-off: no signer on the one line)
        assert_eq!(signed_and_dated("請家長於 2018年11月14日"), None);
    }

    #[test]
    fn two_organs_each_with_its_own_place_under_the_last_sentence_sign_jointly_and_an_office_under_its_organ_does_not() {
        let p = tail("市民朋友们:\n\n安全祭扫,守牢消防底线。\n\n首都精神文明建设委员会办公室\n\n房山区委宣传部(区文明办)\n");
        assert_eq!(p.meta.signature.as_deref(), Some("首都精神文明建设委员会办公室　房山区委宣传部（区文明办）"));
        assert!(p.lines[4..].iter().filter(|l| l.class != Class::Blank).all(|l| l.class == Class::Moved(Field::Signature)));
        let p = tail("各单位：\n\n请认真做好防汛工作。\n福清市人民政府\n防汛抗旱指挥部办公室\n");
        assert_eq!(p.meta.signature.as_deref(), Some("福清市人民政府防汛抗旱指挥部办公室"));
    }

    #[test]
    fn a_sites_revision_date_under_a_releases_date_and_clock_is_no_date_of_the_text() {
        let p = tail(
            "食物及卫生局局长今日表示，非常关注明爱医院昨日处理一名男子于医院外晕倒的事件。\n\n2008年12月21日（星期日）\n香港时间18时44分\n\n2019年4月12日",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2008-12-21"));
        assert_eq!(p.lines[3].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.lines[5].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn an_organisation_under_a_publicity_notices_last_paragraph_signs_it_undated() {
        let p = tail(
            "经过组织推荐和民主程序，拟推荐杨文艺同志为全国五一劳动奖章候选人。\n现予以公示，公示期5个工作日。如有不同意见者，请联系公示单位。\n四川省国防工会\n",
        );
        assert_eq!(p.meta.signature.as_deref(), Some("四川省国防工会"));
    }

    #[test]
    fn a_company_with_its_seals_place_under_the_closing_signs_undated() {
        let p = tail("5.有外派工作任务的员工，请务必做好个人防护。\n特此通知！\n上海辉电电力设备工程有限公司(盖章)\n");
        assert_eq!(p.meta.signature.as_deref(), Some("上海辉电电力设备工程有限公司（盖章）"));
    }

    #[test]
    fn the_head_of_an_office_by_title_and_name_under_the_last_sentence_signs_undated() {
        let p = tail("现公布在清明节期间，当局将临时封闭西贡孟公窝路。\n有关地点将设置适当交通标志，指导驾驶人士。\n运输署署长李颂恩\n");
        assert_eq!(p.meta.signature.as_deref(), Some("运输署署长李颂恩"));
        // (a line of a list under a sentence ending with a colon is none)
        let p = tail("本次会议出席人员如下：\n运输署署长李颂恩\n");
        assert_eq!(p.meta.signature, None);
    }

    #[test]
    fn names_a_line_each_under_a_line_pointing_to_the_attachments_are_the_attachment_note() {
        let p = tail(
            "为规范协会管理，特制定协会有关规章制度，现予公布实施。\n特此通知。\n相关制度见附件:\n南平市心理卫生协会印章管理制度;\n南平市心理卫生协会档案管理制度;\n&&&&&&&&\n南平市心理卫生协会印章管理制度\n第一条 为加强印章管理，制定本制度。\n",
        );
        assert_eq!(p.meta.attachments, ["南平市心理卫生协会印章管理制度", "南平市心理卫生协会档案管理制度"]);
        assert_eq!((p.lines[2].class, p.lines[7].class), (Class::Moved(Field::Attachments), Class::Text));
        // (a sentence that asks to see them names none)
        let p = tail("为规范协会管理，特制定协会有关规章制度，现予公布实施。\n具体要求见附件:\n请各会员单位认真学习，并于5月10日前反馈意见。\n");
        assert!(p.meta.attachments.is_empty());
    }

    #[test]
    fn a_reposters_bracketed_credit_after_the_signer_and_date_leaves_both_to_the_end_block() {
        let p = tail("我院郑重申明：中国社会科学院未曾作为上述活动的主办单位。\n特此声明。\n中国社会科学院 2011年11月2日（出处：中国社会科学报）\n");
        assert_eq!(p.meta.date.as_deref(), Some("2011-11-02"));
        assert_eq!(p.meta.issuer, ["中国社会科学院"]);
        assert_eq!(without_bracketed_credit("2011年11月2日（第3版）"), "2011年11月2日（第3版）");
    }

    #[test]
    fn a_lone_file_link_under_an_attachment_label_after_the_date_is_the_attachment() {
        let p = tail(
            "现予以公布。\n特此通知。\n文化和旅游部\n2022年8月16日\n附件:\n  • 第二批国家级夜间文化和旅游消费集聚区名单.doc\n  • 扫一扫在手机打开当前页\n",
        );
        assert_eq!(p.meta.attachments, ["第二批国家级夜间文化和旅游消费集聚区名单"], "{:?}", p.lines);
        // (under a note that named them already, the files are the page's download links)
        let p = tail("现予以公示。\n附件:1.更名清单\n2.第一批名单\n连南县文化局\n2022年5月16日\n附件:\n1.附件1:县级文物保护单位的名称.doc\n");
        assert_eq!(p.meta.attachments, ["更名清单", "第一批名单"]);
        assert!(p.lines[5..].iter().all(|l| matches!(l.class, Class::Residue(_))), "{:?}", p.lines);
    }

    #[test]
    fn a_bilingual_notices_english_version_under_the_date_leaves_the_chinese_end_block_whole() {
        let p = tail(
            "各家長：\n因應疫情依然嚴峻，教育局宣布所有學校維持暫停面授課堂。\n匡智屯門晨輝學校 謹啟\n二零二一年一月五日\n5 January,2021\nDear Parents,\nAs announced by the EDB on 4 January, 2021, suspension of classes will continue.\nFor any further arrangement on class suspension, please be aware of the latest memo.\nThanks for your attention.\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2021-01-05"), "{:?}", p.lines);
        assert!(p.lines[5..].iter().all(|l| l.is_text()), "the English version stays: {:?}", p.lines);
        // (English sentences under a date inside the text, a schedule's, end nothing)
        let p = tail("会议安排如下。\n2021年1月5日\nOpening ceremony of the forum in the main hall at nine.\n特此通知。\n某某大学\n2021年1月4日\n");
        assert_eq!(p.meta.date.as_deref(), Some("2021-01-04"), "{:?}", p.lines);
    }

    #[test]
    fn a_forum_repost_s_credit_under_the_date_leaves_the_signer_and_the_date_to_the_end_block() {
        let p = tail("感谢对我关工作的理解与配合！\n上海海关\n2014年11月24日\n原文作者:上海海关12360热线\n");
        assert_eq!(p.meta.signature.as_deref(), Some("上海海关"));
        assert_eq!(p.meta.date.as_deref(), Some("2014-11-24"));
        assert!(!p.lines[3].is_text(), "{:?}", p.lines);
    }

    #[test]
    fn a_short_line_left_alone_among_the_chrome_after_the_text_is_stranded_and_one_beside_text_is_not() {
        let p = tail("一、各单位做好防控工作。\n五、该通告自发布之日起施行。\n分享\n温馨家园\n意见反馈箱:yonghu@yicai.com\n");
        assert_eq!(p.lines[3].class, Class::Residue(Reason::Stranded), "{:?}", p.lines);
        let p = tail("特此通知。\n吉林省农业农村厅办公室\n2022年4月14日\n相关内容\n无相关信息\n网站地图  |  关于我们  |  联系我们\n");
        assert_eq!(p.lines[3].class, Class::Residue(Reason::Stranded), "{:?}", p.lines);
        // (the text's own short line over chrome stays: `46家博物馆一览` under the last sentence)
        let p = tail("市文物局提示，观众需提前了解开放情况。\n46家博物馆一览\n↓↓↓\n北京日报 李祺瑶\n");
        assert!(p.lines[1].is_text());
        assert_eq!(p.lines[3].class, Class::Residue(Reason::Stranded), "{:?}", p.lines);
        // (a short line of the attachment under the date, text under it, stays)
        let p = tail("特此通知。\n某某局\n2022年4月14日\n详细名单\n1. 北京市\n");
        assert!(p.lines[3].is_text());
        // a run of them, a footer's links one a line
        let p = tail("《意见》还明确了重点任务与责任分工，促进责任制落到实处。\n关闭\n.\n二维码关注\n微信公众号\n新浪微博\n今日头条\n产业地图\n");
        assert!(p.lines.iter().skip(1).all(|l| !l.is_text()), "{:?}", p.lines);
        // (a run of the text's own short lines under its last sentence stays)
        let p = tail("表彰名单如下，希望再接再厉。\n张三\n李四\n分享\n");
        assert!(p.lines[1].is_text() && p.lines[2].is_text());
        // (nor an attached table's head and rows under the date)
        let p = tail("特此通知。\n某某学院\n2022年4月14日\n附表1\n学院\n姓名\n学号\n");
        assert!(p.lines[3..].iter().all(|l| l.is_text()), "{:?}", p.lines);
        let p = tail("特此通知。\n分享\n1—2 |孙向红\n1—2 |吕振军\n");
        assert!(p.lines[2..].iter().all(|l| l.is_text()), "{:?}", p.lines);
    }

    #[test]
    fn a_signers_other_name_in_brackets_signs_with_it_beside_or_under_it() {
        let p = tail("施工不便，深表歉意。特此公告。\n惠州市林业科学研究所\n（惠州植物园管理服务中心）\n2025年10月25日\n");
        let signed = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signed.as_deref(), Some("惠州市林业科学研究所（惠州植物园管理服务中心）"), "{:?}", p.lines);
        assert_eq!(p.meta.note, None);
        let p = tail("具体开放时间另行通知。\n成都动物园（成都市野生动物研究所）\n2022年7月29日\n团结·奋进·文明·和谐\n");
        let signed = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signed.as_deref(), Some("成都动物园（成都市野生动物研究所）"), "{:?}", p.lines);
        assert_eq!(p.meta.date.as_deref(), Some("2022-07-29"));
        // (a 附注 in brackets between them is still the note)
        let p = tail("请认真贯彻执行。\n某某县人民政府\n（此件公开发布）\n2025年10月25日\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件公开发布"));
    }

    #[test]
    fn a_forums_jammer_between_the_signer_and_the_date_hides_neither() {
        let p = tail(
            "        七、请各单位从今日起执行。\n/ g& g* L5 l+ N* n9 V* a3 U\n        西乡县文化旅游局\n5 l- V3 Y8 C  O2 `, @         2020年1月24日\n1 p- V9 Q, D( R; ?+ v9 G: B9 F\n使用 高级模式(可批量传图、插入视频等)\n",
        );
        assert_eq!(p.meta.issuer, ["西乡县文化旅游局"], "{:?}", p.lines);
        assert_eq!(p.meta.date.as_deref(), Some("2020-01-24"));
    }

    #[test]
    fn two_units_over_the_date_sign_together_under_the_contact_lines_that_name_them() {
        let p = tail(
            "因会议延期带来的不便，敬请谅解。\n有关事宜的联系方式：\n联系人：\n中华医学会学术会务部\n陈 凯 13426169133\n中华医学会麻醉学分会\n尚亚男 18101395880\n中华医学会学术会务部\n中华医学会麻醉学分会\n2021年10月25日\n转载自中华医学会麻醉学分会官方\n",
        );
        assert_eq!(p.lines[10].class, Class::Residue(Reason::PageMetadata), "the repost's credit");
        // (no issuer yet: the signers are the issuers)
        assert_eq!(p.meta.issuer, ["中华医学会学术会务部", "中华医学会麻醉学分会"], "{:?}", p.lines);
    }

    #[test]
    fn a_bracketed_credit_under_the_date_is_the_sites_not_a_note_and_a_bracketed_note_is_one() {
        let p = tail("请广大居民朋友即日起前往接种。\n唐县镇疫情防控指挥部\n2021年3月29日\n(来源:唐县镇宣传)\n");
        assert_eq!(p.meta.note, None);
        assert_eq!(p.lines[3].class, Class::Residue(Reason::PageMetadata));
        let p = tail("请广大居民朋友即日起前往接种。\n唐县镇疫情防控指挥部\n2021年3月29日\n（此件公开发布）\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件公开发布"));
    }

    #[test]
    fn a_company_that_dates_over_its_name_under_the_closing_formula_signs_under_the_date() {
        let p = tail("节假日期间交易保证金调整如下，请客户注意风险。\n特此通知。\n\n2025年12月29日\n\n国元期货有限公司\n");
        assert_eq!(p.meta.date.as_deref(), Some("2025-12-29"));
        assert_eq!(p.meta.issuer, ["国元期货有限公司"]);
        // a text going on under the date is not signed there
        let p = tail("节假日期间交易保证金调整如下，请客户注意风险。\n特此通知。\n2025年12月29日\n国元期货有限公司\n附：保证金调整明细，请各位客户查阅。\n");
        assert!(p.meta.issuer.is_empty());
        assert_eq!(p.lines[3].class, Class::Text);
        // (or under the last sentence)
        let p = tail("在此期間，包裝木箱產品生產全部停止，有效減少人員聚集，以防交叉感染，阻斷疫情傳播。\n2020年1月28日\n上海遠久包裝材料有限公司\n");
        assert_eq!(p.meta.date.as_deref(), Some("2020-01-28"));
        assert_eq!(p.meta.issuer, ["上海遠久包裝材料有限公司"]);
    }

    #[test]
    fn the_name_under_an_items_label_is_its_value_not_a_second_signer() {
        let p = tail(
            "督查组采取明查暗访、重点抽查等方式，对全县全域无垃圾专项治理情况进行了专项督查，对督查中发现的问题，及时反馈各责任单位。现将督查情况通报如下：\n1、单位末位排名\n教育局 信用联社\n2、职能单位末位排名\n交通局\n\n\n舟曲县全域无垃圾专项治理领导小组办公室\n2020年4月10日\n",
        );
        assert_eq!(p.meta.signature.as_deref().or(p.meta.issuer.first().map(String::as_str)), Some("舟曲县全域无垃圾专项治理领导小组办公室"), "{:?}", p.meta);
        assert!(p.lines[4].is_text());
    }

    #[test]
    fn a_list_rows_next_name_on_a_line_of_its_own_joins_the_list_and_a_printers_name_does_not() {
        let p = tail(
            "特此通报。\n上海市科普教育基地联合会\n2015年2月13日\n抄报:上海市科普工作联席会议办公室\n上海市科学技术委员会科普工作处\n抄送: 各区、县科委(科协)科普部\n",
        );
        assert_eq!(p.meta.copies_to[..2], ["上海市科普工作联席会议办公室", "上海市科学技术委员会科普工作处"]);
        assert_eq!(p.meta.copies_to[2..].concat(), "各区县科委（科协）科普部", "the 抄送 row's names after them");
        let p = tail("特此通知。\n绍兴市教育局\n2008年5月6日\n抄送：市委办，市府办\n绍兴市教育局办公室\n2008年5月6日印发\n");
        assert_eq!(p.meta.copies_to, ["市委办", "市府办"]);
    }

    #[test]
    fn three_organisations_under_a_letters_greeting_sign_it_undated() {
        let p = tail("为维护首都生态安全贡献力量！\n此致\n敬礼！\n北京市教育委员会\n北京市园林绿化局\n北京市应急管理局\n");
        assert_eq!(p.meta.signature.as_deref(), Some("北京市教育委员会　北京市园林绿化局　北京市应急管理局"));
        assert!((3..=5).all(|i| p.lines[i].class == Class::Moved(Field::Signature)));
        // a list of bodies that a sentence introduces stays the text's
        let p = tail("参加单位如下：\n北京市教育委员会\n北京市园林绿化局\n北京市应急管理局\n");
        assert!(p.meta.signature.is_none() && (1..=3).all(|i| p.lines[i].is_text()));
    }

    #[test]
    fn joint_signers_over_a_date_end_the_text_and_a_posts_keyword_tags_under_it_go() {
        let p = tail("公路加宽事关全村人民的生产生活，请大家理解支持。\n中共青兰村支部委员会\n青兰村村民委员会\n2021年7月9日\n加宽\n公路\n青兰\n全村\n");
        assert_eq!(p.meta.date.as_deref(), Some("2021-07-09"));
        assert!([1, 2].iter().all(|&i| p.lines[i].class == Class::Moved(Field::Issuer)));
        assert!((4..=7).all(|i| p.lines[i].class == Class::Residue(Reason::RelatedLinks)));
        // two short lines under a date are the text's own, and so is a sentence among words
        let p = tail("公路加宽事关全村人民的生产生活，请大家理解支持。\n青兰村村民委员会\n2021年7月9日\n加宽\n公路\n");
        assert!(p.lines[3].is_text() && p.lines[4].is_text());
        let p = tail("公路加宽事关全村人民的生产生活，请大家理解支持。\n青兰村村民委员会\n2021年7月9日\n加宽\n公路\n请转告。\n");
        assert!(p.lines[3].is_text());
    }

    #[test]
    fn an_attachment_label_a_space_before_a_files_name_is_the_attachment_note() {
        let p = tail("现将农业部办公厅的通知转发给你们，请按要求组织申报。\n附件 关于申报全国农牧渔业丰收奖的通知.doc\n科研管理处\n2010年9月25日\n");
        assert_eq!(p.meta.attachments, ["关于申报全国农牧渔业丰收奖的通知.doc"]);
        assert!(after_attachment_label("附件 2").is_none() && after_attachment_label("附件 名单").is_none());
    }

    #[test]
    fn three_units_one_a_line_under_the_attachment_notes_numbered_names_sign_jointly() {
        let p = tail(
            "广大科技工作者要以受到表彰的先进集体为榜样，再接再厉。\n附件：1. 全国科普工作先进集体名单\n2. 全国科普工作先进工作者名单\n科学技术部\n中共中央宣传部\n中 国 科 协\n二〇一〇年五月十四日\n",
        );
        assert_eq!(p.meta.attachments, ["全国科普工作先进集体名单", "全国科普工作先进工作者名单"]);
        assert!((3..=5).all(|i| matches!(p.lines[i].class, Class::Moved(Field::Signature | Field::Issuer))), "{:?}", p.lines);
    }

    #[test]
    fn three_units_one_a_line_under_the_last_sentence_sign_jointly_and_a_list_of_units_does_not() {
        let p = tail(
            "请您尽快将堆放在楼道的杂物收回家中。感谢您的配合！\n温州市鹿城区精神文明建设指导中心\n温州市鹿城区住房和城乡建设局\n温州市鹿城区消防救援大队\n2022年5月20日\n",
        );
        assert!(
            (1..=3).all(|i| matches!(p.lines[i].class, Class::Moved(Field::Signature | Field::Issuer))),
            "{:?}",
            p.lines.iter().map(|l| l.class).collect::<Vec<_>>()
        );
        let p = tail(
            "请各单位认真组织学习。\n附件：巴彦淖尔市第二批绿色学校拟认定名单\n巴彦淖尔市教育局\n巴彦淖尔市生态环境局\n巴彦淖尔市发展和改革委员会\n2023年12月19日\n",
        );
        assert!(
            (2..=4).all(|i| matches!(p.lines[i].class, Class::Moved(Field::Signature | Field::Issuer))),
            "{:?}",
            p.lines.iter().map(|l| l.class).collect::<Vec<_>>()
        );
        assert_eq!(p.meta.attachments, ["巴彦淖尔市第二批绿色学校拟认定名单"]);
        assert_eq!(p.meta.issuer, ["巴彦淖尔市教育局", "巴彦淖尔市生态环境局", "巴彦淖尔市发展和改革委员会"]);
        let p = tail("经考核，以下单位获评平安建设先进单位：\n县公安局\n县司法局\n县人民法院\n中共某某县委政法委员会\n2023年1月5日\n");
        assert!(p.lines[1].is_text() && p.lines[2].is_text(), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        let p = tail("现将先进单位名单公布如下。\n先进单位名单\n习水县林业局\n习水县农业局\n习水县水利局\n习水县人民政府\n2022年5月20日\n");
        assert!((2..=3).all(|i| p.lines[i].is_text()), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
    }

    #[test]
    fn the_pages_links_a_short_name_a_line_under_the_date_go_and_a_list_of_names_stays() {
        let p =
            tail("同意撤销杨集镇，设立新的益林镇。\n江苏省人民政府\n二○○九年十月三十日\n扫一扫在手机打开当前页\n文字解读\n图片解读\n新闻发布会\n媒体解读\n");
        assert_eq!(p.meta.date.as_deref(), Some("2009-10-30"));
        assert!((4..=7).all(|i| p.lines[i].class == Class::Residue(Reason::RelatedLinks)), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        // names of people, two short lines, or an attachment's page under the date stay
        let p = tail("请各单位认真组织学习。\n某某市教育局\n2021年7月9日\n张三\n欧阳晓明\n王五\n以上同志请按时报到。\n");
        assert!((3..=5).all(|i| p.lines[i].is_text()));
        let p = tail("请各单位认真组织学习。\n某某市人民政府\n2021年7月9日\n先进单位名单\n习水县林业局\n习水发电厂\n习水县农业局\n");
        assert!((4..=6).all(|i| p.lines[i].is_text()));
        let p = tail("请各单位认真组织学习。\n某某市教育局\n2021年7月9日\n报名回执\n参会须知\n");
        assert!((3..=4).all(|i| p.lines[i].is_text()));
        let p = tail("请各单位认真组织学习。\n某某市教育局\n2021年7月9日\n附件\n推荐单位\n联系人姓名\n所在部门职务\n");
        assert!((4..=6).all(|i| p.lines[i].is_text()));
    }

    #[test]
    fn a_date_under_the_closing_formula_ends_the_text_whatever_follows_and_a_tables_bar_after_a_date_goes() {
        let p = tail(
            "合作市城区广大热用户:\n现将有关事项公告如下，请用户按时缴费。\n特此通告\n2020年8月27日\n新闻推荐\n按照有关规定，本项目应当开展社会稳定风险评估。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2020-08-27"));
        // a date among the text with no formula over it is the text's own
        let p = tail("现将有关事项公告如下，请用户按时缴费。\n2020年8月27日\n按照有关规定，本项目应当开展社会稳定风险评估。\n");
        assert_eq!(p.meta.date, None);
        let p = tail("秦振兴代表：您提出的建议收悉，现答复如下：我局将加大督导力度。\n南宫市交通运输局\n2018年6月28日 |\n");
        assert_eq!(p.meta.date.as_deref(), Some("2018-06-28"));
    }

    #[test]
    fn names_listed_with_semicolons_under_an_empty_attachment_label_are_each_an_attachment() {
        let p = tail("全院各级团组织：\n请于3月30日前提交申报材料。\n附件:\n评选条例;各类申请表\n水电学院分团委\n二〇一二年三月二十二\n");
        assert_eq!(p.meta.attachments, ["评选条例", "各类申请表"]);
        assert_eq!(p.meta.date.as_deref(), Some("2012-03-22"));
        // a sentence with a semicolon in it is no list of names
        assert_eq!(listed_names("请按表格填写；逾期不予受理，后果自负"), ["请按表格填写；逾期不予受理，后果自负"]);
    }

    #[test]
    fn an_undated_signer_under_a_contact_line_over_its_office_or_over_a_cut_date_signs() {
        let mut p = super::super::lines::read(
            "最后，我们衷心希望广大农户朋友们积极响应，以实际行动支持和参与禁止焚烧秸秆。\n监督电话：0356-3846005\n泽州县大阳镇人民政府\n",
        );
        p.meta.addressee = Some("广大农户朋友们".into());
        run(&mut p);
        assert_eq!(p.meta.signature.as_deref(), Some("泽州县大阳镇人民政府"));
        let p = tail("东张水库从2023年8月16日14时起开闸泄洪，请沿线群众注意安全、远离排洪河道。\n福清市人民政府\n防汛抗旱指挥部办公室\n");
        assert_eq!(p.meta.signature.as_deref(), Some("福清市人民政府防汛抗旱指挥部办公室"));
        let p = tail("所属各分会：\n十一、本次活动由所工会主办，所团委承办\n安徽省地质实验研究所工会委员会\n二○\n");
        assert_eq!(p.meta.signature.as_deref(), Some("安徽省地质实验研究所工会委员会"));
        assert!(cut_date("二○") && cut_date("二〇二三年") && !cut_date("二") && !cut_date("二〇二三年三月五日"));
        // over a date a sharing site masked
        let p = tail("公示期間如有不同意見，請向本中心提出。\n特此公示\n靈臺縣林草中心\n****年*月*日\n");
        assert_eq!(p.meta.signature.as_deref(), Some("靈臺縣林草中心"));
        assert!(masked_date("****年*月*日") && masked_date("2021年*月**日") && !masked_date("2021年5月8日") && !masked_date("****"));
        // two names of a list under a sentence are no signer and office
        let p = tail("下列单位被评为先进集体。\n张家口市第一中学\n");
        assert_eq!(p.meta.signature, None);
    }

    #[test]
    fn numbered_attachments_ending_a_cut_page_are_its_attachments_without_the_lists_stops() {
        let p = tail(
            "各中小学、幼儿园、局属各单位：\n请各单位按照文件要求，着重做好疫情防控、交通安全、消防安全等工作。\n附件1:《关于切实做好2022年元旦寒假期间校园安全稳定工作的通知》；\n附件2:《元旦及寒假期间告家长书》。\n",
        );
        assert_eq!(p.meta.attachments, ["《关于切实做好2022年元旦寒假期间校园安全稳定工作的通知》", "《元旦及寒假期间告家长书》"]);
        assert!(!p.lines[2].is_text() && !p.lines[3].is_text());
    }

    #[test]
    fn a_signer_over_a_date_without_its_day_signs() {
        let p = tail("尊敬的自来水用户：\n由此给广大用户带来的不便，请给予谅解。\n特此通知。\n县水务集团\n二O一六年六月\n");
        assert_eq!(p.meta.signature.as_deref(), Some("县水务集团"));
        assert!(cut_date("二〇一六年六月") && cut_date("2016年6月") && !cut_date("二〇一六年六月三日") && !cut_date("一二三四年前") && !cut_date("Oo"));
    }

    #[test]
    fn attachments_with_links_to_their_files_after_them_and_the_office_signing_under_them() {
        let p = tail(
            "各学院：\n请将相关材料电子版报送至指定邮箱。\n\n附件1:《2022年一类学科竞赛目录》;    附件1.docx\n\n附件2:《西安工程大学学科竞赛申报汇总表》;    附件2—西安工程大学学科竞赛申报汇总表.docx\n\n                    教务处\n",
        );
        assert_eq!(p.meta.attachments, ["《2022年一类学科竞赛目录》", "《西安工程大学学科竞赛申报汇总表》"]);
        assert_eq!(p.meta.signature.as_deref(), Some("教务处"));
    }

    #[test]
    fn one_attachments_name_after_the_last_paragraph_is_the_note_though_no_signature_follows() {
        let p = tail(
            "各行业协会：\n希望受到表彰的行业协会再接再厉，在今后的工作中取得更大成绩，为我市经济建设作出新贡献。\n附件：2010年度先进行业协会名单\n二○\n1、常州市车辆、轨道交通行业协会 2、常州市医药行业协会 3、\n",
        );
        assert_eq!(p.meta.attachments, ["2010年度先进行业协会名单"]);
        // the office's contact lines between the text and the note
        let p = tail(
            "各有关单位：\n请各有关单位通知课题负责人，填写、签署好立项协议书，并于规定时间内寄送至省社科联科普处。\n省社科联科普处联系方式：\n电 话：0571-87057499，联系人：卿周子\n附件：科普课题立项协议书（规划一般课题）\n",
        );
        assert_eq!(p.meta.attachments, ["科普课题立项协议书（规划一般课题）"]);
        // the label a space before its first item's number, over the signer
        let p = tail(
            "現將擬資助項目向社會公示，歡迎社會各界予以監督。\n特此公示。\n附件 1、社會建設專項資金擬資助項目一覽表\n福田區社會建設專項資金管理領導小組辦公室\n2021年8月16日\n",
        );
        assert_eq!(p.meta.attachments, ["社會建設專項資金擬資助項目一覽表"]);
        // with running text after it, it is no note: an attachment's own text may follow
        let p = tail(
            "各行业协会：\n希望受到表彰的行业协会再接再厉，在今后的工作中取得更大成绩，为我市经济建设作出新贡献。\n附件：评估办法\n第一条 为规范行业协会评估工作，提高行业协会社会公信力，促进行业协会健康有序发展，根据有关规定，制定本办法。\n",
        );
        assert!(p.meta.attachments.is_empty());
    }

    #[test]
    fn an_archives_name_over_what_it_holds_two_names_on_one_line_and_download_captions_after_names() {
        let body = "各科室：\n请各科室组织人员积极投稿，具体要求及格式见附件，截止时间为8月20日，逾期不再受理。\n";
        // what the attached archive holds, in brackets under its name, stays text
        let p = tail(&format!("{body}附件:卫生部科教司关于召开论坛的相关表格.rar\n(包括:1.论坛征文基本要求 2.论坛征文格式)\n"));
        assert_eq!(p.meta.attachments, ["卫生部科教司关于召开论坛的相关表格.rar"]);
        assert!(p.lines.last().is_some_and(|l| l.is_text()));
        // two numbered names on one line, spaces between them
        let p = tail(&format!("{body}附件:1.2016年度优秀论文获奖名单  2.2016年度好新闻获奖名单\n2017年6月27日\n"));
        assert_eq!(p.meta.attachments, ["2016年度优秀论文获奖名单", "2016年度好新闻获奖名单"]);
        // a site's `文件下载` and the file's path after each name
        let p = tail(&format!("{body}附件:1.第十五期党校课程表文件下载/uploads/file/20130407/1.doc\n2.培训班报名表文件下载/uploads/file/20130407/2.xls\n"));
        assert_eq!(p.meta.attachments, ["第十五期党校课程表", "培训班报名表"]);
        assert_eq!(without_download_link("关于规范政府文件下载服务的通知"), "关于规范政府文件下载服务的通知");
    }

    #[test]
    fn a_signature_with_the_seals_place_after_it_signs_over_its_date() {
        let p = tail("逾期不登记的，视为放弃参选权利，望广大居民互相转告。\n翠岭社区居民委员会 (公章)\n2021年3月18日\n");
        assert_eq!(p.meta.date.as_deref(), Some("2021-03-18"));
        assert_eq!(p.lines[1].class, Class::Moved(Field::Signature));
        assert!(is_signature("某某镇人民政府（盖章）") && !is_signature("（公章）"));
        assert!(is_signature("衡南縣城市管理委員會(huì)"), "a mirror's pinyin after the name");
    }

    #[test]
    fn the_source_and_every_reviewer_over_the_last_credit_end_the_article_and_leave_the_date_the_texts() {
        let p = tail(
            "让我们从自身做起，文明祭扫，弘扬时代新风！\n杭州市文明办 杭州市民政局\n2025年3月24日\n来源:市文明办、市民政局\n编辑:叶璐\n一审:陈雷;二审:郑媛;三审:于海涛\n终审:金波\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2025-03-24"));
        // (the two signers, one line in the input, are two lines of the page)
        assert!((4..=7).all(|i| matches!(p.lines[i].class, Class::Residue(_))), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
    }

    #[test]
    fn an_office_named_short_signs_and_the_source_credited_under_its_date_leaves_it_the_end() {
        let p = tail(
            "请广大市民自觉遵守，共同维护安全。\n特此通告。\n园洲镇应急管理办2023年9月27日\n来源:园洲镇应急管理办、魅力园洲如有侵权,请联系我们删除\n收到，一般都不会在密集场所燃放烟花的。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2023-09-27"));
        // two homes for the elderly sign over a date with the site's slogan under it
        let p = tail(
            "感谢各位长者及家属的理解和支持！\n重庆市沙坪坝区金岁山庄老年公寓\n重庆南岸天缘老年公寓\n2020年1月27日\n用我们的真情和陪伴记录长者的幸福晚年!\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2020-01-27"));
    }

    #[test]
    fn an_unsigned_date_with_the_sources_credit_or_a_related_box_right_under_it_ends_the_text() {
        let p = tail("一、自10月1日起，凡我县辖区内的居民亡故后一律实行火化。\n二〇二〇年九月二十九日\n来源:清河县民政局\n点击下方阅读原文查看发布更多信息\n");
        assert_eq!(p.meta.date.as_deref(), Some("2020-09-29"));
        let mut page = super::super::lines::read("请社会各界积极支持配合政府统计调查工作。\n2024年1月1日\n往期推荐\n牢记殷殷嘱托 加快迎头赶上\n");
        super::super::chrome::run(&mut page);
        run(&mut page);
        assert_eq!(page.meta.date.as_deref(), Some("2024-01-01"));
    }

    #[test]
    fn an_unsigned_date_over_the_document_the_notice_issues_ends_the_notice_though_its_title_quotes_it_with_an_annotation() {
        let mut page = super::super::lines::read(
            "为推进建设，现将《城市地震应急技术系统规范》(试行)印发各单位，供参照执行。\n二○○九年八月三十一日\n城市地震应急技术系统规范(试行)\n为满足我国城市地震应急技术系统建设的需要，特制定本规范。\n",
        );
        page.meta.title = Some("关于印发《城市地震应急技术系统规范》（试行）的通知".into());
        run(&mut page);
        assert_eq!(page.meta.date.as_deref(), Some("2009-08-31"));
    }

    #[test]
    fn a_credit_with_a_letter_spaced_label_and_a_slash_ends_the_article() {
        let p = tail("会议强调，要切实做好各项工作。\n來 源/漳州市人民醫院\n編 輯/劉方心嵐\n");
        assert_eq!([p.lines[1].class, p.lines[2].class], [Class::Residue(Reason::PageMetadata); 2]);
        // a form's spaced label with a colon and no value is no credit
        assert!(!spaced_credit("校  对:", ARTICLE_END_LABELS) && spaced_credit("编 辑/刘方", ARTICLE_END_LABELS));
    }

    #[test]
    fn an_addressed_letter_ending_in_its_signer_without_a_date_is_signed() {
        let text = "原则同意你旗报送的规划。你旗要认真组织实施。\n鄂尔多斯市人民政府\n";
        let mut page = super::super::lines::read(text);
        page.meta.addressee = Some("乌审旗人民政府".into());
        run(&mut page);
        assert_eq!(page.meta.signature.as_deref(), Some("鄂尔多斯市人民政府"));
        // an organisation under a text nobody addressed or numbered is no signature
        assert_eq!(tail(text).meta.signature, None);
    }

    #[test]
    fn a_releases_date_with_its_weekday_and_its_time_of_issue_under_it_end_the_text() {
        let p = tail("行政長官將於十一月十五及十六日休假。\n期間，財政司司長將署理行政長官職務。\n完\n2010年11月13日(星期六)\n香港時間17時30分\n");
        assert_eq!(p.meta.date.as_deref(), Some("2010-11-13"));
        assert_eq!(p.lines[4].class, Class::Residue(Reason::PageMetadata));
        assert!(p.lines[2].is_text(), "the end mark stays");
        assert!(is_clock_line("17:30") && is_clock_line("下午5时30分") && !is_clock_line("2010年11月13日"));
    }

    #[test]
    fn numbered_file_names_under_the_attachment_label_are_its_names_not_download_links() {
        let p = tail(
            "各市委：\n经研究决定，对先进集体予以表彰。\n附件: 1.2019年度先进集体名单.docx\n2.2019年度先进个人名单.docx\n3.2019年度优秀作品获奖名单.docx\n九三学社山东省委员会\n2019年12月11日\n",
        );
        assert_eq!(p.meta.attachments, ["2019年度先进集体名单.docx", "2019年度先进个人名单.docx", "2019年度优秀作品获奖名单.docx"]);
        assert!((2..=4).all(|i| !p.lines[i].is_text() && p.lines[i].class != Class::Residue(Reason::PageLink)));
    }

    #[test]
    fn a_download_links_words_and_a_mirrors_pinyin_in_traditional_characters() {
        let p = tail("各有關單位：\n現將錄用人員名單予以公布。\n附件:阿壩州錄用人員名單(點擊下載)\n阿壩州委組織部\n2019年8月1日\n");
        assert_eq!(p.meta.attachments, ["阿壩州錄用人員名單"]);
        let p = tail("各单位：\n请按时报送调查表。\n附件:陕西有色集团2016年底企业矿山资源情况调查表(点击可下载) \n陕西有色集团\n2016年12月1日\n");
        assert_eq!(p.meta.attachments, ["陕西有色集团2016年底企业矿山资源情况调查表"]);
        let p = tail("各鄉鎮人民政府：\n現將方案印發給你們，請認真貫徹執行。\n絳縣人民政府辦公室\n2020年3月5日\n(此件公開發(fā)布)\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件公開發（fā）布"));
    }

    #[test]
    fn an_order_signed_under_its_date_and_promulgating_formula() {
        let p = tail("行政長官行使基本法規定的職權，發佈本行政命令。\n二零一六年九月二日。\n命令公佈。\n行政長官 崔世安\n");
        assert_eq!(p.meta.date.as_deref(), Some("2016-09-02"));
        assert_eq!(p.meta.signature.as_deref(), Some("行政長官 崔世安"));
        assert!(p.lines[2].is_text(), "the formula stays in the text");
    }

    #[test]
    fn joint_signers_listed_over_lines_sign_together() {
        let p = tail(
            "各种植户：\n为创建卫生、清洁的城市环境，现将有关事项通告如下。\n特此通告，望知照执行。\n封开县“双创”办、封开县城市管理局\n封开县水务局、封开县林业局\n封开县国土局、江口镇人民政府\n2018年10月23日\n",
        );
        let signed = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signed.as_deref(), Some("封开县“双创”办、封开县城市管理局　封开县水务局、封开县林业局　封开县国土局、江口镇人民政府"));
        assert!((3..=6).all(|i| !p.lines[i].is_text()));
    }

    #[test]
    fn two_bodies_of_one_place_sign_undated_under_the_attachment_note_and_its_download_link() {
        let p = tail(
            "各位委员：\n五、提案拟好后，在报到时提交到报到处。\n联系电话：6121589\n附：\n提案表模板下载\n                市政协办公室\n                市政协提案委\n",
        );
        assert_eq!(p.meta.signature.as_deref(), Some("市政协办公室　市政协提案委"));
        assert_eq!(p.meta.attachments, ["提案表模板"]);
    }

    #[test]
    fn a_signer_and_date_on_one_line_sign_past_a_tables_bars() {
        let p = tail("现向社会各界征集反映龙湾政协发展历程的相关史料。\n特此公告\n温州市龙湾区政协办公室 2025年6月20日 | ||||||||\n");
        assert_eq!(p.meta.date.as_deref(), Some("2025-06-20"));
        let signed = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signed.as_deref(), Some("温州市龙湾区政协办公室"));
    }

    #[test]
    fn an_attachment_note_over_a_bracketed_contact_line_and_an_indent_lost_to_question_marks() {
        let p = tail(
            "各鎮人民政府：\n現將有關情況通報如下。\n附件:1. 得分一覽表\n? ? ? ? ?2. 采用條目\n(報送郵箱:bszfxx@163.com 聯(lián)系電話:0913—6155328)\n白水縣人民政府辦公室\n2021年5月25日\n",
        );
        assert_eq!(p.meta.attachments, ["得分一覽表", "采用條目"]);
    }

    #[test]
    fn captions_of_attached_tables_after_the_date_leave_it_the_documents_end() {
        let p = tail(
            "现予以公开，接受社会监督。欢迎广大市民群众监督专项整治工作。\n石家庄市私搭乱建、违章建筑\n专项整治工作指挥部\n2022年5月3日\n石家庄市2022年拆违工作接受监督联系方式\n石家庄市2022年第二季度专项整治工作重点整治范围\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2022-05-03"));
        assert!(p.lines[4].is_text() && p.lines[5].is_text(), "the captions stay");
        assert_eq!(p.meta.issuer, ["石家庄市私搭乱建、违章建筑专项整治工作指挥部"]);
    }

    #[test]
    fn a_bulletins_send_list_and_date_after_its_editors_are_its_end_block() {
        let mut page = super::super::lines::read(
            "会上，各部门分别作了汇报。会议要求各部门抓好落实。\n编辑:汪树穹 审稿:徐元敏\n送:校主要领导、分管校领导\n2018年3月21日\n",
        );
        super::super::chrome::run(&mut page);
        page.meta.bulletin = Some(crate::model::Bulletin { name: Some("工作简报".into()), ..Default::default() });
        run(&mut page);
        assert_eq!(page.meta.bulletin.as_ref().map(|b| b.send_to.clone()), Some(vec!["校主要领导、分管校领导".to_string()]));
        assert_eq!(page.meta.date.as_deref(), Some("2018-03-21"));
        // on a page that is no bulletin, the lines after the editors are the site's
        let p = tail("会上，各部门分别作了汇报。会议要求各部门抓好落实。\n编辑:汪树穹 审稿:徐元敏\n相关新闻\n2018年3月21日\n");
        assert!(p.lines[2..].iter().all(|l| !l.is_text()));
    }

    #[test]
    fn a_reposters_credit_under_the_closing_date_goes_with_the_site_widgets_after_it() {
        let p = tail(
            "许营镇人民政府：\n你镇的请示收悉。经研究，现批复如下：\n一、原则同意。\n聊城市东昌府区人民政府\n2023年10月9日\n来源:聊城市自然资源和规划局\n122\n小程序\n下载安家GO APP\n",
        );
        assert!(p.lines[5..].iter().all(|l| !l.is_text()), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        // running text after the credit keeps all of it but the credit
        let p = tail(
            "各单位：\n现将有关事项通知如下。\n某某县人民政府\n2023年10月9日\n来源:县政府办\n另据了解，该县今年共完成造林面积三万亩，超额完成年度任务。\n",
        );
        assert!(!p.lines[4].is_text() && p.lines[5].is_text());
    }

    #[test]
    fn two_bodies_signing_a_line_each_stay_two_lines_and_a_wrapped_name_stays_one() {
        let signed = |text: &str| {
            let p = tail(text);
            p.meta.signature.clone().or_else(|| (!p.meta.issuer.is_empty()).then(|| p.meta.issuer.join(crate::style::SIGNER_GAP)))
        };
        let body = "各科室：\n现将具体事宜通知如下，请遵照执行。\n特此通知\n";
        assert_eq!(signed(&format!("{body}仁怀市人民医院党委\n仁怀市人民医院工会\n2016年4月1日\n")).as_deref(), Some("仁怀市人民医院党委　仁怀市人民医院工会"));
        assert_eq!(
            signed(&format!("{body}攸县第十八届人民代表大会\n第二次会议主席团\n2016年4月1日\n")).as_deref(),
            Some("攸县第十八届人民代表大会第二次会议主席团")
        );
        // (its first line no name by itself, under the text's last sentence)
        let body = "各位市民：\n为了您和家人的生命安全，敬请广大市民理解、支持和配合。\n";
        assert_eq!(
            signed(&format!("{body}张店区新型冠状病毒感染的肺炎疫情\n处置工作领导小组办公室\n2020年3月20日\n")).as_deref(),
            Some("张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室")
        );
        // (a closing formula without its stop heads no name)
        assert_eq!(signed(&format!("{body}特此通告\n腰山镇人民政府\n2020年3月20日\n")).as_deref(), Some("腰山镇人民政府"));
        // (nor does a last wish)
        assert_eq!(signed(&format!("{body}祝全县人民度过一个平安祥和的春节\n某某县人民政府\n2020年1月20日\n")).as_deref(), Some("某某县人民政府"));
    }

    #[test]
    fn a_short_closing_formula_over_the_signer_signs_nothing() {
        let p = tail("各单位：\n八、本通告自发布之日起施行。\n此告\n陆丰市陂洋镇人民政府\n2021年12月1日\n");
        // (an organisation signing is the issuer)
        assert_eq!(p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned()).as_deref(), Some("陆丰市陂洋镇人民政府"));
        assert!(p.lines[2].is_text());
    }

    #[test]
    fn a_letters_signer_is_read_without_the_courtesy_that_closes_it() {
        assert_eq!(without_sign_off("校長夏麗珠謹啟"), "校長夏麗珠");
        assert_eq!(without_sign_off("某某中学敬上"), "某某中学");
        // (a name that is only the courtesy's length stays)
        assert_eq!(without_sign_off("谨启"), "谨启");
        assert_eq!(without_sign_off("某某公司"), "某某公司");
    }

    #[test]
    fn a_credit_without_its_colon_ends_an_article_only_near_the_pages_end() {
        let p = tail("各单位：\n现将有关事项通告如下，请遵照执行。\n特此通告。\n来源 县城管局\n编辑 封开发布编辑部\n相关话题\n");
        assert!(p.lines[3..].iter().all(|l| !l.is_text()), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        // a yearbook's page opens with its editor: nothing after him is the site's
        let p = tail(
            "附录\n责任编辑 王吉丰\n文件选编\n水资源是人类生存和经济发展不可或缺的资源要素。\n一、总体要求\n（一）指导思想。深入贯彻落实。\n（二）基本原则。坚持以人为本。\n",
        );
        assert!(p.lines[2..].iter().all(|l| l.is_text()));
    }

    #[test]
    fn a_signature_over_a_date_without_its_year_or_day_ends_the_text() {
        let signed = |p: &Page| (p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned()), p.meta.date.clone());
        // no year, over two lines; what follows is not the document's
        let p = tail("各乡镇人民政府：\n现将有关事项通告如下，请遵照执行。\n特此通告。\n前郭尔罗斯蒙古族自治县人民政府\n10月14日\n篇2:行政警告处分思想汇报\n");
        assert_eq!(signed(&p), (Some("前郭尔罗斯蒙古族自治县人民政府".into()), Some("10月14日".into())));
        assert!(p.guesses.iter().any(|g| g.1.contains("10月14日")), "the guess is said: {:?}", p.guesses);
        // a template's placeholder year
        let p = tail("各市州民政局：\n同意你县的调整方案，请认真组织实施。\n湖南省民政厅\n20xx年11月30日\n");
        assert_eq!(signed(&p), (Some("湖南省民政厅".into()), Some("20xx年11月30日".into())));
        // signature and a date without its day on one line
        let p = tail("各部室：\n以上决定自发布之日起正式生效。\n滕王阁建工集团股份有限公司 2021年2月\n");
        assert_eq!(signed(&p), (Some("滕王阁建工集团股份有限公司".into()), Some("2021年2月".into())));
        // a month and day in running text sign nothing, nor under a name that is no signer's
        let p = tail("各单位：\n会议定于下列时间召开，请准时参加。\n10月14日\n");
        assert_eq!(signed(&p), (None, None));
        let p = tail("各单位：\n现将放假安排通知如下，请遵照执行。\n劳动节\n5月1日\n");
        assert_eq!(signed(&p), (None, None));
        // a titled signer over a year whose 〇 the page lost
        let p = tail("各县市区人民政府：\n本办法自发布之日起施行。\n市长张新起\n二三年十月十五日\n");
        assert_eq!(signed(&p), (Some("市长张新起".into()), Some("二三年十月十五日".into())));
        // a titled signer whose title stands on a line of its own over the name
        let p = tail("各堂區：\n是日的信友禱文將由教育事務處提供。\n特此公告\n秘書長\n李亮 司鐸\n二〇二二年九月五日\n");
        assert_eq!(signed(&p).0.as_deref().map(|s| s.replace(' ', "")).as_deref(), Some("秘書長李亮司鐸"));
        let p = tail("现将第五届理事会选举结果公告如下：\n会长\n张建国\n副会长\n李明、王芳\n秘书长\n赵强\n2024年4月30日\n");
        assert_ne!(signed(&p).0.as_deref(), Some("秘书长赵强"));
    }

    #[test]
    fn a_publication_note_under_the_date_is_the_note_and_a_cells_bar_does_not_hide_a_date() {
        let p = tail("广州空港经济区管理委员会：\n经研究，现批复如下：同意该规划成果。\n2024年5月18日\n公开方式:主动公开\n");
        assert_eq!(p.meta.note.as_deref(), Some("公开方式：主动公开"));
        let p = tail("为保障赛事顺利进行，现将有关事项通告如下。\n特此通告。\n合浦县公安局交通管理大队 2023年6月16日 |\n");
        assert_eq!(p.meta.date.as_deref(), Some("2023-06-16"));
        let signer = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signer.as_deref(), Some("合浦县公安局交通管理大队"));
        // an article's footer: each label over its value, up to the editor's line
        let p = tail("请与会人员安排好工作，准时出席。\n2010年3月3日\n来源:\n区创建办\n作者:\n编辑:\n俞佳\n");
        assert!(p.lines.iter().filter(|l| l.is_text()).all(|l| l.text.ends_with('。')), "only the text stays");
        // `此复` closes a 批复; it signs nothing
        let p = tail("汉滨区发展计划局：\n请据此批复做好项目的准备工作。\n此复\n二○○七年七月三日\n");
        assert_eq!((p.meta.signature.as_deref(), p.meta.date.as_deref()), (None, Some("2007-07-03")));
        // an e-paper's publication date under the story is the only date it has
        let p = tail("会议认为，联合办公室认真落实安排部署，不断完善规划政策。\n发布日期:2023-10-24\n");
        assert_eq!(p.meta.date.as_deref(), Some("2023-10-24"));
    }

    #[test]
    fn an_attachment_label_with_an_aside_over_one_name_on_its_own_line() {
        let p = tail(
            "各有关单位：\n现将有关事项公告如下。\n特此公告。\n附件(另附):\n興寧市城鎮建設用地擬征收土地紅線示意圖(CZPC20200301)\n興寧市人民政府\n2020年10月9日\n",
        );
        assert_eq!(p.meta.attachments, ["興寧市城鎮建設用地擬征收土地紅線示意圖（CZPC20200301）"]);
        assert!(!p.lines[3].is_text() && !p.lines[4].is_text());
    }

    #[test]
    fn a_last_attachment_that_lost_the_mark_after_its_number_is_still_one_and_joint_signers_over_a_date_that_lost_its_year_and_day_sign() {
        let p = tail(
            "现将竞赛规程印发给你们，望各单位积极准备。\n附件:\n1、2021年田径赛竞赛规程。\n2、2021年篮球赛竞赛规程\n32021年足球赛竞赛规程。\n嘉鱼县教育局\n嘉鱼县文化和旅游局\n20213月18\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2021-03-18"));
        assert_eq!(p.meta.attachments, ["2021年田径赛竞赛规程", "2021年篮球赛竞赛规程", "2021年足球赛竞赛规程"]);
        assert!(named_item("1、2021年田径赛竞赛规程。") && !named_item("2、请各单位于3月18日前将报名表报送县教育局，逾期不再受理。"));
        // a line under an item that opens with some other number is no item
        let p = tail(
            "现将竞赛规程印发给你们，望各单位积极准备。\n附件:\n1、2021年田径赛竞赛规程。\n2、2021年篮球赛竞赛规程\n2021年报名截止后不再受理。\n嘉鱼县教育局\n20213月18\n",
        );
        assert!(p.meta.attachments.is_empty());
    }

    #[test]
    fn a_banks_closing_formula_over_its_signer_is_not_part_of_the_name() {
        let p = tail("如您接到異常短信驗證碼，請立即致電本行客服熱線。\n特此提示\n上饒銀行股份有限公司\n2022年1月5日\n");
        assert_eq!(p.meta.signature.as_deref().or(p.meta.issuer.first().map(String::as_str)), Some("上饒銀行股份有限公司"));
    }

    #[test]
    fn attachments_counted_from_one_under_the_text_are_the_note_whatever_follows_them() {
        let p = tail(
            "11月份，我市政府网站共收到网民留言3059条，处理答复率99.87%（具体情况详见附件）。\n附件1:11月份部门处理答复工作情况表\n附件2:11月份县（市、区）处理答复工作情况表\n备注:\n(1)留言数:各单位收到公众有效留言的总数。\n",
        );
        assert_eq!(p.meta.attachments, ["11月份部门处理答复工作情况表", "11月份县（市、区）处理答复工作情况表"]);
        // one attachment named in a sentence of the text is no note
        let p = tail("现将有关事项通知如下。\n附件1:报名表\n请于5月10日前报名，逾期不予受理，由此产生的后果由报名者自负。\n");
        assert!(p.meta.attachments.is_empty());
        // materials the text lists under its heading, its next heading after them
        let p = tail("一、申报材料\n申报单位需按要求提交以下材料，并加盖公章。\n附件1：申报表\n附件2：承诺书\n二、申报时间\n2024年5月10日前。\n");
        assert!(p.meta.attachments.is_empty());
    }

    #[test]
    fn an_attachment_label_with_no_name_right_over_the_signer_is_the_pages_lost_link() {
        let p = tail("现对各科室的先进事迹给予通报表彰。\n附件:\n太湖县人民医院\n2016年7月13日\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::EmptyAttachmentList));
        assert!(p.meta.attachments.is_empty(), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
    }

    #[test]
    fn an_attachment_note_over_the_note_of_a_document_without_a_signature() {
        let p = tail(
            "全县各级各部门认真贯彻落实，取得了显著成绩。\n附件：2017年度文明单位名单\n（此件发至各乡镇场、县直机关各单位）\n附件\n2017年度文明单位名单\n县公安局 县水利局\n",
        );
        assert_eq!(p.meta.attachments, ["2017年度文明单位名单"]);
        assert_eq!(p.meta.note.as_deref(), Some("此件发至各乡镇场、县直机关各单位"));
    }

    #[test]
    fn a_signature_in_short_form_of_the_pages_source_leaves_the_issuer_to_the_source() {
        let mut page = super::super::lines::read("现将条例草案予以公布，请提出意见。\n\n州人大常委会法工委\n2023年11月20日\n");
        page.source = Some("湘西自治州人大常委会法工委".into());
        super::super::chrome::run(&mut page);
        run(&mut page);
        assert_eq!(page.meta.issuer, ["湘西自治州人大常委会法工委"]);
        assert_eq!(page.meta.signature.as_deref(), Some("州人大常委会法工委"));
        // a source that is another body leaves the signer the issuer
        let mut page = super::super::lines::read("现将条例草案予以公布，请提出意见。\n\n州人大常委会法工委\n2023年11月20日\n");
        page.source = Some("湘西日报".into());
        super::super::chrome::run(&mut page);
        run(&mut page);
        assert_eq!(page.meta.issuer, ["州人大常委会法工委"]);
    }

    #[test]
    fn a_bracketed_contact_under_the_date_is_the_contact_not_a_note() {
        let p = tail("现将协办情况函复如下：同意。\n重庆市某区城市管理局\n2022年4月29日\n(联系人:张淮铭;联系电话:67210092)\n");
        assert_eq!(p.contact.get(&ContactField::Person).map(String::as_str), Some("张淮铭"));
        assert_eq!(p.contact.get(&ContactField::Phone).map(String::as_str), Some("67210092"));
        assert_eq!(p.meta.note, None);
        assert_eq!(p.meta.date.as_deref(), Some("2022-04-29"));
        // a 附注 in brackets stays one
        let p = tail("现将协办情况函复如下：同意。\n重庆市某区城市管理局\n2022年4月29日\n（此件公开发布）\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件公开发布"));
    }

    #[test]
    fn contact_fields_closing_a_paragraph_fill_the_contact_and_the_paragraph_stays() {
        let p = tail(
            "如有修改意见，请于2023年12月15日前反馈至州人大常委会法制工作委员会。通信地址:吉首市团结西路10号,邮政编码416000;传真:0743-8229745;电子邮箱:zrdfzw@163.com。\n",
        );
        assert_eq!(p.contact.get(&ContactField::Email).map(String::as_str), Some("zrdfzw@163.com"));
        assert_eq!(p.contact.get(&ContactField::Fax).map(String::as_str), Some("0743-8229745"));
        assert!(p.lines[0].is_text(), "the paragraph keeps its text");
        // one field in a sentence is not a contact block
        let p = tail("会议纪要已印发。电话：请勿拨打。\n");
        assert!(p.contact.is_empty());
    }

    #[test]
    fn a_numbered_item_giving_a_phone_number_stays_the_texts_and_fills_the_contact() {
        let p = tail("五、市农业农村局将联合公安等部门加大执法力度。\n六、举报电话：0834-5625340（市农业农村局）\n");
        assert!(p.lines[1].is_text(), "the last item stays in the body");
        assert!(p.contact.get(&ContactField::Phone).is_some_and(|v| v.starts_with("0834-5625340")));
    }

    #[test]
    fn contact_in_brackets_inside_a_sentence() {
        let p = tail("请于11月8日前报区社会保障局。（联系人：马晓丽 联系电话：8599719）\n");
        assert_eq!(p.contact.get(&ContactField::Person).map(String::as_str), Some("马晓丽"));
        assert_eq!(p.contact.get(&ContactField::Phone).map(String::as_str), Some("8599719"));
        assert!(p.lines[0].is_text(), "the sentence keeps its text");
    }

    #[test]
    fn the_contact_in_the_clauses_of_a_sentence_asking_for_comments() {
        let p =
            tail("二、各界人士可以将意见直接寄送市人大常委会法制工作委员会，地址：天津市和平区解放北路201号，邮政编码：300042；电子信箱：tjsthblf@163.com。\n");
        assert_eq!(p.contact.get(&ContactField::Email).map(String::as_str), Some("tjsthblf@163.com"));
        assert_eq!(p.contact.get(&ContactField::Postcode).map(String::as_str), Some("300042"));
        let p = tail("2.电子邮件：将意见发送至jnlxzfyjs@jn.shandong.cn邮箱，邮件主题标明“意见建议”。\n");
        assert_eq!(p.contact.get(&ContactField::Email).map(String::as_str), Some("jnlxzfyjs@jn.shandong.cn"));
        // a venue's address alone stays the text's
        let p = tail("会议在市政府召开，地址：人民路1号。\n");
        assert!(p.contact.is_empty());
    }

    #[test]
    fn numbered_attachment_links_after_the_date_or_over_the_signature_are_the_attachment_note() {
        let p = tail(
            "各学院：\n现将有关事项通知如下。\n信息与科技部\n2017年10月26日\n附件1关于组织申报2018年高等学校学科创新引智基地的通知\n附件2学院关于推荐申报 的函\n",
        );
        assert_eq!(p.meta.attachments, vec!["关于组织申报2018年高等学校学科创新引智基地的通知".to_string(), "学院关于推荐申报 的函".to_string()]);
        let p = tail("各分工会：\n现将市总工会的通知转发给你们，请遵照执行。\n附件1:常州市总工会关于推荐评选的通知.pdf\n工会\n2021年3月18日\n");
        assert_eq!(p.meta.attachments, vec!["常州市总工会关于推荐评选的通知.pdf".to_string()], "the file as the page names it");
        assert_eq!(p.meta.date.as_deref(), Some("2021-03-18"));
    }

    #[test]
    fn two_signers_on_one_row_under_numbered_attachments_sign_together() {
        let p = tail(
            "各有关单位：\n现将拟推荐名单予以公示。\n附件：\n1. 中西医协同“旗舰”科室建设项目拟推荐名单\n2.中西医协同“旗舰”医院建设试点项目拟推荐名单\n上海市卫生健康委员会 上海市中医药管理局\n2023年9月18日\n",
        );
        // (an untitled page's signers are its issuers)
        assert_eq!(p.meta.issuer, ["上海市卫生健康委员会", "上海市中医药管理局"], "{:?}", p.meta.signature);
        assert_eq!(p.meta.attachments.len(), 2, "{:?}", p.meta.attachments);
        // (an item's label over its value, a line each, is no pair of signers)
        let p = tail("考核结果如下。\n2、职能单位末位排名\n交通局\n水利局\n2023年9月18日\n");
        assert_ne!(p.meta.signature.as_deref(), Some("交通局水利局"));
        // (nor is a numbered item's value set on one row)
        let p = tail("为确保安全度汛，决定开展河道清淤工作。\n1、完成时限\n6月30日前全部完成。\n2、责任单位\n某某县水利局 某某县应急管理局\n2023年6月1日\n");
        assert!(p.lines.iter().any(|l| l.is_text() && l.text.contains("某某县水利局")), "{:?}", p.lines);
    }

    #[test]
    fn attachment_files_each_under_its_number_alone_after_the_date_are_the_attachment_note() {
        let p = tail(
            "各团总支：\n现将有关事项通知如下，请认真组织。\n共青团蚌埠学院委员会\n2019年4月2日\n附件：\n1.\n蚌埠学院第三届成语大赛赛制及规则.docx\n2.\n蚌埠学院第三届成语大赛报名表.docx\n",
        );
        assert_eq!(p.meta.attachments, ["蚌埠学院第三届成语大赛赛制及规则.docx", "蚌埠学院第三届成语大赛报名表.docx"]);
        assert!(p.lines.iter().all(|l| !l.is_text() || !l.text.contains("docx")), "no file line left in the text");
    }

    #[test]
    fn attachments_counted_in_chinese_numerals_each_with_its_file_are_the_attachment_note() {
        let p = tail(
            "关于招聘的公告\n本次招聘工作按照公开、平等、竞争、择优的原则进行，请各位考生按时报名。\n附件一:岗位简介表.xls\n附件二:各招聘单位地址及联系电话.doc\n附件三:公开招聘工作人员报名表.doc\n无锡市医院管理中心\n2013年2月26日\n",
        );
        assert_eq!(p.meta.attachments, ["岗位简介表.xls", "各招聘单位地址及联系电话.doc", "公开招聘工作人员报名表.doc"]);
        // (a word that opens so is no count: `附件一览表`)
        assert_eq!(numbered_attachment("附件一览表"), None);
    }

    #[test]
    fn names_numbered_right_before_their_title_marks_over_the_signer_are_the_attachment_note() {
        let p = tail("各基层工会：\n请各单位按要求做好此项工作。\n附:\n1《长春市劳模管理办法》\n2《市总经济部通知》\n教育工会\n2016年3月10日\n");
        assert_eq!(p.meta.attachments.len(), 2, "{:?}", p.meta.attachments);
        assert!(p.meta.attachments[0].contains("长春市劳模管理办法") && !p.meta.attachments[0].starts_with('1'));
        // a year is no item's number
        assert_eq!(item_number_len("2016年工作要点"), 0);
    }

    #[test]
    fn a_numbered_list_under_the_date_opening_on_the_labels_line_is_the_attachment_note() {
        let p = tail("各中小学：\n现将有关文件转发给你们，请遵照执行。\n海陵区教育局基建科\n2018年12月20日\n附:1、相关文件\n\n      2、统计表\n");
        assert_eq!(p.meta.attachments, ["相关文件", "统计表"]);
        assert!(p.lines.iter().all(|l| !l.is_text() || !l.text.contains("统计表")));
        // (or under the label alone, each on its line to the page's end)
        let p = tail(
            "各省农业农村厅：\n现将名单予以公布，请认真做好示范社监测工作。\n2023年4月10日\n附件:\n1.国家农民合作社示范社名单\n2.全国农民用水合作示范组织名单\n",
        );
        assert_eq!(p.meta.attachments, ["国家农民合作社示范社名单", "全国农民用水合作示范组织名单"]);
        let p = tail("各省农业农村厅：\n现将名单予以公布。\n2023年4月10日\n附件:\n1.国家农民合作社示范社名单\n请各地认真组织申报，逾期不再受理。\n");
        assert!(p.meta.attachments.is_empty(), "{:?}", p.meta.attachments);
        // items that are sentences are the text's
        let p = tail("各中小学：\n现将有关文件转发给你们。\n某局\n2018年12月20日\n附:1、相关文件\n2、请各校于12月28日前报送，逾期不候。\n");
        assert!(p.lines.iter().any(|l| l.is_text() && l.text.contains("逾期不候")));
        let p = tail("各区财政局：\n决定举办培训班。\n某市财政局\n2024年4月25日\n附：1、本次培训不收取任何费用。\n2、请参训人员自带笔记本电脑。\n");
        assert!(p.meta.attachments.is_empty(), "{:?}", p.meta.attachments);
    }

    #[test]
    fn a_copies_to_list_wrapped_on_to_its_own_line_is_one_list() {
        let p = tail(
            "现将有关制度转发给你们，请遵照执行。\n南开区人民政府办公室\n二OO八年八月十八日\n抄送：区委办公室、人大办公室、政协办公室、纪检委办公\n室、法院、检察院\n天津市南开区人民政府办公室2008年8月18日印发\n",
        );
        assert_eq!(p.meta.copies_to, ["区委办公室", "人大办公室", "政协办公室", "纪检委办公室", "法院", "检察院"]);
        assert!(list_rest("抄送：区委办公室、人大办公室、政协办公室、纪检委办公", "室、法院、检察院"));
        // a short row is whole: the line under it is the next block's (the 印发 organs)
        assert!(!list_rest("抄 送：會（社）領導、黨委委員", "中國輕工業聯合會、中華全國手工業合作總社黨委"));
        // a label in traditional characters, spaced out
        assert_eq!(copies_to("抄 報：國資委直屬機關黨委"), Some(vec!["國資委直屬機關黨委".to_string()]));
        assert!(!list_rest("抄送：区委办公室、纪检委办公室。", "室、法院、检察院"));
    }

    #[test]
    fn a_report_to_row_over_the_copies_to_row_is_one_list_and_a_traditional_print_line_is_read() {
        let p = tail(
            "现将有关方案印发给你们，请认真贯彻执行。\n惠州市住房和城乡规划建设局\n2017年9月30日\n抄报：林洪副市长，胡志威副秘书长。\n抄送：市环保局、市城市管理行政执法局。\n",
        );
        assert_eq!(p.meta.copies_to, ["林洪副市长", "胡志威副秘书长", "市环保局", "市城市管理行政执法局"]);
        let p = tail("現將有關事項通知如下，請認真執行。\n黑龍江省種子管理局\n2017年9月18日\n黑龍江省種子管理局 2017年9月18日印發\n");
        assert_eq!(p.meta.printer.as_deref(), Some("黑龍江省種子管理局"));
        assert_eq!(p.meta.print_date.as_deref(), Some("2017-09-18"));
    }

    #[test]
    fn a_signature_over_a_date_the_page_cut_off_still_signs() {
        let p = tail("会议审议并通过了以下决议。\n特此公告。\n杭州士兰微电子股份有限公司\n监事会\n2023 年 5\n");
        assert_eq!(p.meta.signature.as_deref(), Some("杭州士兰微电子股份有限公司监事会"));
        assert!(cut_date("2023 年 5") && cut_date("2023年") && cut_date("2023年5月") && !cut_date("2023年度") && !cut_date("2023"));
        // (or over a date whose year's digits the page lost)
        // (the date kept as printed, its signer the issuer the head left open)
        let p = tail("以上公告自通知发布起执行，恢复正常诊疗时间视疫情防控形势另行通知。\n滨海县人民医院\n年9月15日\n");
        assert_eq!(p.meta.issuer, ["滨海县人民医院"]);
        assert_eq!(p.meta.date.as_deref(), Some("年9月15日"));
        assert!(cut_date("年9月15日") && !cut_date("年度") && !cut_date("年9月份"));
        // (and with the page's lines after it, the attachment note over the signer is found)
        let p = tail("现将有关事项通知如下，请认真执行。\n附件:各县区乡镇数量一览表\n菏泽市人民政府\n年8月19日\n菏泽人朋友圈疯传的水泥妹找到了\n");
        assert_eq!(p.meta.issuer, ["菏泽市人民政府"]);
        assert_eq!(p.meta.attachments, ["各县区乡镇数量一览表"]);
        assert!(partial_date("年8月19日").is_some() && partial_date("年度").is_none() && partial_date("年").is_none());
        // (or over one whose month and day marks it lost)
        let p = tail("请关注金陵图书馆官方网站了解最新动态信息。给您带来不便，敬请谅解！\n金陵图书馆\n2020124\n");
        assert_eq!(p.meta.signature.as_deref(), Some("金陵图书馆"));
        assert!(cut_date("2020年228") && cut_date("202465") && !cut_date("12345678") && !cut_date("2023") && !cut_date("20861234"));
        // a schedule's event with its place in brackets over its day is no signer
        let p = tail("现将运动会日程安排通知如下。\n开幕式（体育中心）\n2024年5月1日\n闭幕式（市体育馆）\n2024年5月3日\n");
        assert_ne!(p.meta.signature.as_deref(), Some("开幕式（体育中心）"));
    }

    #[test]
    fn a_replys_date_over_its_person_in_charge_ends_the_text_unsigned() {
        let p =
            tail("你们提出的建议收悉，现答复如下。\n感谢你们对民政工作的关心和支持!\n2017年5月26日\n承办负责人:郑应良\n承办人:虞太武\n联系电话:0730-5223908\n");
        assert_eq!(p.meta.date.as_deref(), Some("2017-05-26"));
        let p = tail("你们提出的建议收悉，现答复如下。\n感谢您对我局工作的关心、理解和支持！\n2023年7月18日\n领导签发:刘民华\n抄送:市政府办公室。\n");
        assert_eq!(p.meta.date.as_deref(), Some("2023-07-18"));
        // a roster's first day over its people on duty is none
        let p = tail("值班安排通知如下，请值班人员坚守岗位。\n2024年2月10日\n分管领导：张三\n值班人员：李四\n2024年2月11日\n分管领导：王五\n值班人员：赵六\n");
        assert_ne!(p.meta.date.as_deref(), Some("2024-02-10"));
        // a date in the text's run is no end
        let p = tail("你们提出的建议收悉，现答复如下。\n2017年5月26日\n会议决定如下。\n");
        assert_eq!(p.meta.date, None);
    }

    #[test]
    fn an_unsigned_date_over_the_contact_lines_and_the_note_ends_the_text() {
        let p = tail(
            "经旗人民政府同意，现将重点任务分工印发给你们，请认真贯彻执行。\n此通知\n附件:2022年《政府工作报告》重点任务落实推进情况表\n2022年2月21日\n(联系人:白文俊,联系电话:8812822)\n(此件公开发布)\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2022-02-21"));
        assert_eq!(p.meta.attachments, ["2022年《政府工作报告》重点任务落实推进情况表"]);
        // contact lines under a date that nothing formal follows end nothing
        let p = tail("会议安排通知如下，请准时参加。\n2022年2月21日\n联系人:白文俊\n会议地点在三楼会议室，请提前十分钟到场。\n");
        assert_eq!(p.meta.date, None);
        // nor a bracketed line with the text going on under it
        let p = tail(
            "现将有关事项通知如下：\n一、培训时间\n2024年4月12日\n联系人：王芳，联系电话：0531-86012345\n（请各校于4月8日前报送名单）\n二、培训地点\n市教育信息中心三楼报告厅。\n市教育局\n2024年3月25日\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2024-03-25"));
    }

    #[test]
    fn the_notes_formula_near_the_end_is_the_note_though_the_date_is_garbled() {
        let p = tail("现将有关事项通知如下，请遵照执行。\n光泽县人民政府\n2026年18\n(此件主动公开)\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件主动公开"));
        // far from the end, it is the text's
        let p = tail("現將有關事項通知如下，請遵照執行。\n某某縣人民政府\n202465\n（此件公開發布）\n");
        assert_eq!(p.meta.note.as_deref(), Some("此件公開發布"));
        let p = tail("现将有关事项通知如下。\n附件：1.防汛责任人名单\n（此件另行印发）\n2.防汛物资储备表\n");
        assert_eq!(p.meta.note, None);
        let p = tail("（此件主动公开）\n一、第一项。\n二、第二项。\n三、第三项。\n四、第四项。\n五、第五项。\n");
        assert_eq!(p.meta.note, None);
    }

    #[test]
    fn a_signer_with_its_other_name_in_brackets_signs() {
        let p = tail("各单位要做好假期安全工作。\n特此通知。\n办公室(党办、校办合署)    \n2022年12月26日       \n");
        assert_eq!(p.meta.signature.as_deref(), Some("办公室（党办、校办合署）"));
        assert_eq!(without_bracketed_aside("镜湖区文化馆（镜湖区文体活动中心）"), "镜湖区文化馆");
        assert_eq!(without_bracketed_aside("根据（一）、（二）款的规定。（见附件，下同）"), "根据（一）、（二）款的规定。（见附件，下同）");
    }

    #[test]
    fn a_company_over_its_board_glued_to_the_date_signs_together() {
        let p = tail("本公司及董事会全体成员保证公告内容真实、准确和完整。\n特此公告\n浙江省围海建设集团股份有限公司\n董事会二〇二三年九月二十七日\n");
        assert_eq!(p.meta.issuer, vec!["浙江省围海建设集团股份有限公司董事会".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2023-09-27"));
    }

    #[test]
    fn a_signature_over_two_lines_with_no_date() {
        let p = tail("会议审议通过了有关议案。\n特此公告。\n上海医药集团股份有限公司\n监事会\n");
        assert_eq!(p.meta.signature.as_deref(), Some("上海医药集团股份有限公司监事会"));
    }

    #[test]
    fn a_date_that_lost_its_year_month_and_day_under_the_attachment_note() {
        let p = tail("望各单位继续加强日常运维，确保信息发布及时。\n附件：20243月份信息公开情况一览表\n202449\n附件\n20243月份信息公开情况一览表\n");
        assert_eq!(p.meta.date.as_deref(), Some("2024-04-09"));
        assert_eq!(p.meta.attachments, vec!["20243月份信息公开情况一览表".to_string()]);
        // over the regulation a 印发 notice covers
        let p = tail(
            "南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》的通知\n现将制度印发给你们，请认真贯彻执行。\n20151214\n南宁市行政执法公示制度\n第一条 为规范行政执法行为，制定本制度。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2015-12-14"));
        // digits in the running text stay digits
        let p = tail("全县主动公开政府信息如下。\n202449\n其余情况另行通报，请各单位抓好落实。\n");
        assert_eq!(p.meta.date, None);
    }

    #[test]
    fn an_attachment_note_wrapped_by_the_print_and_its_page_marks() {
        // a PDF's text layer: the name breaks inside its brackets, a page number and the
        // blank-page note stand between the note and the signature
        let p = tail("现将预案随文附后上报。\n附件：《某委地震应急预案》（2020年6月修\n订稿）\n—1—\n（此页无正文）\n某市发展和改革委员会\n2020年8月10日\n");
        assert_eq!(p.meta.attachments, vec!["《某委地震应急预案》（2020年6月修订稿）".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2020-08-10"));
        assert!(p.lines.iter().filter(|l| l.text.contains('—') || l.text.contains("此页无正文")).all(|l| l.class == Class::Residue(Reason::PageNumber)));
        // a closing bracket on a long line of text is no wrap
        assert!(!wraps_into("附件：《某委预案》（2020年", "这是正文里的一句话，不是名称的一部分）。"));
    }

    #[test]
    fn signature_and_date_on_two_lines_and_a_note() {
        let p = tail("正文说明情况，特此通知。\n附件：1. 名单\n2. 表格\n国务院办公厅\n2018年12月4日\n（此件公开发布）\n");
        assert_eq!(p.meta.issuer, vec!["国务院办公厅".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2018-12-04"));
        assert_eq!(p.meta.note.as_deref(), Some("此件公开发布"));
        assert_eq!(p.meta.attachments, vec!["名单".to_string(), "表格".to_string()]);
    }

    #[test]
    fn a_signature_over_two_lines_before_the_document_it_publishes() {
        let p = tail(
            "会议表决通过了《议事规则》，现予公告。\n攸县第十八届人民代表大会\n第二次会议主席团\n2022年2月25日\n攸县人民代表大会议事规则\n第一章 总 则\n第一条 为保障县人民代表大会依法行使职权，制定本规则。\n",
        );
        assert_eq!(p.meta.issuer, vec!["攸县第十八届人民代表大会第二次会议主席团".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2022-02-25"));
        assert!(p.lines[4].is_text());
    }

    #[test]
    fn numbered_attachments_over_joint_signers_lose_their_download_links() {
        let p = tail(
            "4. 颁发荣誉证书和奖品。\n附件1:至善学院优秀党小组评比细则点击下载附件\n附件2:至善学院优秀共产党员名额分配表点击下载附件\n至善学院分团委\n至善学院尚行社\n2014年5月12日\n",
        );
        assert_eq!(p.meta.attachments, vec!["至善学院优秀党小组评比细则".to_string(), "至善学院优秀共产党员名额分配表".to_string()]);
        assert!(p.lines.iter().filter(|l| l.is_text()).all(|l| !l.text.contains("下载")));
    }

    #[test]
    fn an_aggregators_editor_credit_and_source_under_the_date_are_the_sites() {
        let p =
            tail("现就有关事宜通告如下。\n特此通告。\n吉林市昌邑区新型冠状病毒肺炎\n疫情防控工作领导小组\n2020年5月31日\n来源:多彩昌邑\n(二三里编辑 里里\n");
        assert_eq!(p.meta.date.as_deref(), Some("2020-05-31"));
        let signer = p.meta.signature.clone().or_else(|| p.meta.issuer.first().cloned());
        assert_eq!(signer.as_deref(), Some("吉林市昌邑区新型冠状病毒肺炎疫情防控工作领导小组"));
        assert!(editor_credit("（编辑：王敏）") && !editor_credit("（编辑部分内容有删减，请以原文为准）") && !editor_credit("(此件公开发布)"));
    }

    #[test]
    fn a_signer_and_a_date_in_chinese_numerals() {
        let p = tail("同意迁址新建，所需资金自筹解决。\n国务院　中央军委\n一九九六年十一月五日\n扫一扫在手机打开当前页\n");
        assert_eq!(p.meta.issuer, ["国务院", "中央军委"]);
        // a name letter-spaced is one issuer
        let p = tail("同意迁址新建，所需资金自筹解决。\n国　务　院\n一九九六年十一月五日\n");
        assert_eq!(p.meta.issuer.len(), 1, "{:?}", p.meta.issuer);
        assert_eq!(p.meta.date.as_deref(), Some("1996-11-05"));
    }

    #[test]
    fn a_dated_notice_over_the_document_it_covers_whose_title_wraps() {
        let p = tail(
            "现将《指导意见》转发给你们，请认真贯彻执行。\n二○一一年八月九日\n温州市推行说理性行政处罚文书的\n指  导  意  见\n为进一步规范行政执法行为，决定推行说理性文书。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2011-08-09"));
        assert!(p.lines[2].is_text() && p.lines[3].is_text(), "the covered document's title stays in the text");
    }

    #[test]
    fn a_date_over_the_end_block_rows_without_a_signature() {
        let p = tail(
            "各县（市、区）教育局和市属中小学校、幼儿园要严格贯彻执行规定，切实降低溺水死亡事故的发生率。\n二○一○年五月二十六日\n抄送：\n浙江省教育厅、市府办、安监局、卫生局\n。\n绍兴市教育局办公室\n2010年5月26日印发\n（共印10份）\n地址：绍兴市站前大道1898号 电话：0575-85173853\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2010-05-26"));
    }

    #[test]
    fn the_report_send_and_copy_rows_of_an_older_end_block() {
        let p = tail(
            "正文说明情况，特此通知。\n某某委员会\n2003年10月16日\n报：甲委员会，乙办公室\n送：丙单位、丁单位\n抄：戊单位。\n某某秘书处 2003年10月16日印发\n",
        );
        let b = p.meta.bulletin.clone().unwrap_or_default();
        assert_eq!(b.report_to, ["甲委员会", "乙办公室"]);
        assert_eq!(b.send_to, ["丙单位、丁单位"]);
        assert_eq!(p.meta.copies_to, ["戊单位"]);
        // a body line opening `送：` with no end-block row beside it stays text
        let p = tail("正文第一段写明事项，现予通知。\n送：请各单位按时报送材料。\n正文第二段继续说明，特此通知。\n");
        assert!(p.meta.bulletin.is_none_or(|b| b.send_to.is_empty()));
        assert!(p.lines.iter().any(|l| l.is_text() && l.text.starts_with("送：")));
    }

    #[test]
    fn a_spaced_copies_to_label_names_split_at_spaces_and_a_print_line_counting_its_copies() {
        let p = tail(
            "以上决定自发布之日起正式生效。\n某某建工集团股份有限公司\n2021年2月10日\n抄 送：董事长 总经理 副总经理\n某某建工集团股份有限公司行政部2021年2月20日印30份\n",
        );
        assert_eq!(p.meta.copies_to, ["董事长", "总经理", "副总经理"]);
        assert_eq!(p.meta.print_date.as_deref(), Some("2021-02-20"));
        assert_eq!(p.meta.printer.as_deref(), Some("某某建工集团股份有限公司行政部"));
        assert_eq!(p.meta.bulletin.unwrap().copies.as_deref(), Some("30"));
        // a sentence about printing is no print line
        assert!(printed_copies("会议要求各单位认真学习，文件已印发，共印30份").is_none());
        assert_eq!(printed("泾县第二中学教导处 2017年4月16日印发(30份)"), Some((Some("泾县第二中学教导处".to_string()), "2017-04-16".to_string())));
        assert_eq!(printed_copies("泾县第二中学教导处 2017年4月16日印发（共印30份）").map(|(_, n)| n).as_deref(), Some("30"));
    }

    #[test]
    fn an_organisation_pushed_right_under_the_text_signs_it() {
        let indent = " ".repeat(40);
        let p = tail(&format!("薄薄的一片纸，满载着大家的浓浓爱心，我们承诺善款将全部用于救助，欢迎各界人士监督。\n{indent}中华慈善总会\n"));
        assert_eq!(p.meta.signature.as_deref(), Some("中华慈善总会"));
        // flush left after a paragraph that closes nothing, it is text; two such lines under a
        // label are a list's items
        let p = tail("薄薄的一片纸，满载着大家的浓浓爱心，我们承诺善款将全部用于救助，欢迎各界人士监督。\n中华慈善总会\n");
        assert_eq!(p.meta.signature, None);
        let p = tail(&format!("本年度获奖单位名单如下：\n{indent}北京市第一中学\n{indent}上海市实验小学\n"));
        assert_eq!(p.meta.signature, None);
    }

    #[test]
    fn the_end_block_rows() {
        let p = tail(
            "正文说明情况，特此通知。\n云溪市科学技术局\n2024年5月6日\n抄送：市委办公室，市人大常委会办公室。\n云溪市科学技术局办公室　　2024年5月7日印发\n（共印20份）\n",
        );
        assert_eq!(p.meta.copies_to, vec!["市委办公室".to_string(), "市人大常委会办公室".to_string()]);
        assert_eq!(p.meta.printer.as_deref(), Some("云溪市科学技术局办公室"));
        assert_eq!(p.meta.print_date.as_deref(), Some("2024-05-07"));
        assert_eq!(p.meta.bulletin.unwrap().copies.as_deref(), Some("20"));
    }

    #[test]
    fn a_news_site_ends_at_its_editor_line() {
        let p = tail("会议决定召开全体会议。\n责任编辑:王濛\n观察者APP,更好阅读体验\n佩通坦被停职,泰国副总理出任看守总理\n");
        assert!(p.lines[1..].iter().all(|l| matches!(l.class, Class::Residue(_))));
    }

    #[test]
    fn an_editor_credit_under_the_headline_is_no_end_of_the_article_under_it() {
        let p = tail(
            "重庆中国三峡博物馆闭馆通知\n编辑:陈耀杰 来源:雅昌网\n为积极应对疫情，经研究决定，本馆自2020年1月25日起闭馆，开放时间另行通知。\n特此公告。\n重庆中国三峡博物馆      2020年1月23日\n",
        );
        assert!(p.lines[2].is_text() && p.lines[3].is_text(), "the notice under the credit stays");
        assert_eq!(p.meta.date.as_deref(), Some("2020-01-23"));
    }

    #[test]
    fn a_posts_keyword_line_under_the_date_goes_with_its_wrapped_rest() {
        let p = tail(
            "本馆自2020年1月25日起闭馆，开放时间另行通知。\n特此公告。\n重庆中国三峡博物馆      2020年1月23日\n\n关键字: 内容标签:疫情,冠状,公告,博物馆 疫情 冠状\n重庆中国三峡博物馆\n",
        );
        let tags = p.lines.iter().position(|l| l.text.starts_with("关键字")).unwrap();
        assert_eq!(tags + 2, p.lines.len());
        assert!(p.lines[tags..].iter().all(|l| l.class == Class::Residue(Reason::RelatedLinks)));
        // a keyword label inside the text is the text's
        let p = tail("关键词：安全生产。各单位要抓好落实。\n某某县应急管理局\n2020年1月23日\n");
        assert!(p.lines[0].is_text());
    }

    #[test]
    fn a_news_storys_writer_named_alone_on_its_last_line_is_the_sites_credit() {
        for by in ["陈玲---", "（田维林）"] {
            let p = tail(&format!("本报讯 为有效落实防控措施，区人民医院所有门诊病人就诊实行预约制。\n各专科每日限号56个。\n{by}\n"));
            assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata), "{by}");
        }
        // a notice's last short line is its own
        let p = tail("为有效落实防控措施，门诊病人就诊实行预约制。\n各专科每日限号56个。\n陈玲\n");
        assert_ne!(p.lines[2].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn an_organisation_under_the_last_sentence_of_a_notice_that_hands_over_or_of_a_long_paragraph_signs_it() {
        let p = tail("为保护人民群众生命健康，温馨提示如下：即日起，暂停周末专家门诊，开诊时间另行通知。\n安庆市立医院\n");
        assert_eq!(p.meta.signature.as_deref(), Some("安庆市立医院"));
        // a headless circular, neither addressed nor numbered, its last paragraph long
        let long = "全国供销合作总社于7月15日在京召开了各省市区供销社主任参加的工作会议，明确这次会议的主题是贯彻落实中央文件精神的再学习和再动员，\
                    并就下步组建全国供销社日用工业品连锁经营公司进行部署和安排。全国政协副主席在会议结束时作了重要讲话（讲话全文另发）。";
        let p = tail(&format!("{long}\n总社办公厅\n"));
        assert_eq!(p.meta.signature.as_deref(), Some("总社办公厅"));
        // a story's credit line under its long last paragraph is no signer
        let mut p = super::super::lines::read(&format!("{long}\n某某县融媒体中心\n"));
        p.meta.title = Some("我县召开供销社工作会议 部署连锁经营改革".into());
        run(&mut p);
        assert_eq!(p.meta.signature, None);
        // a list's last name stands under another name, not under the sentence
        let p = tail("今年共有三家单位获评先进：\n安庆市第一中学\n安庆市立医院\n");
        assert_eq!(p.meta.signature, None);
    }

    #[test]
    fn a_storys_credit_to_its_reporters_on_its_last_line_is_the_sites() {
        for by in ["潇湘晨报记者周凌如", "记者 张三 李四", "（本报通讯员 王五）"] {
            let p = tail(&format!("2月8日，记者多次拨打该集团监察审计部电话，均无人接听。\n记者注意到，目前其官网的公示名单已被修改。\n{by}\n"));
            assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata), "{by}");
        }
        // a sentence about a reporter, and a signer, are the text's
        use super::super::super::chars::reporter_credit;
        assert!(!reporter_credit("记者从该集团官网看到") && !reporter_credit("某某县应急管理局"));
        assert!(reporter_credit("【記者廖宥婷/南投報導】") && reporter_credit("（记者 张三 李四）"));
        assert!(!reporter_credit("【记者节/特别报道】"));
        // a news desk's name alone in square brackets credits it; a bracketed headline does not
        assert!(reporter_credit("【北台灣新聞中心】") && reporter_credit("【本报讯】"));
        assert!(!reporter_credit("【关于开展安全检查的通知】") && !reporter_credit("【中国电信】"));
    }

    #[test]
    fn an_attachment_note_under_the_date_over_the_pages_empty_links_is_the_note() {
        let p = tail("施工结束，不再另行通告。\n中华人民共和国连云渔港监督\n2022年4月22日\n附件:施工范围图\n附件:1、\n");
        assert_eq!(p.meta.attachments, ["施工范围图"]);
        assert_eq!(p.lines[4].class, Class::Residue(Reason::EmptyAttachmentList));
        // the attachment itself after it, under its name as its title
        let p = tail(
            "施工结束，不再另行通告。\n中华人民共和国连云渔港监督\n2022年4月22日\n附件:施工范围说明\n施工范围说明\n一、施工范围为连岛中心渔港航道东侧水域。\n",
        );
        assert_eq!(p.meta.attachments, ["施工范围说明"]);
        assert!(p.lines[4].is_text() && p.lines[5].is_text());
        // an attachment's own text after it keeps it where it is
        let p = tail("施工结束，不再另行通告。\n中华人民共和国连云渔港监督\n2022年4月22日\n附件:施工范围图\n施工范围为连岛中心渔港航道东侧水域。\n");
        assert!(p.meta.attachments.is_empty());
    }

    #[test]
    fn a_report_row_right_under_a_notices_date_is_its_end_block() {
        let p = tail("请按时参会。\n湖南省茶叶学会\n2013年11月15日\n报:省科协 省民政厅社团处 中国茶叶学会\n");
        assert_eq!(p.meta.bulletin.as_ref().map(|b| b.report_to.len()), Some(3), "{:?}", p.meta);
        assert_eq!(p.lines[3].class, Class::Moved(Field::Bulletin));
        // `报：` opening a line of the text is the text's
        let p = tail("各单位要按时上报材料。\n报：各县区教育局于月底前上报。\n请认真落实。\n");
        assert!(p.lines[1].is_text());
    }

    #[test]
    fn older_end_blocks_are_read() {
        // `附：` as the attachment note; a year written with O; a text that opens with a clause
        // introducing a list
        let p = tail("经综合评议和全面检查，现将有关先进单位名单公布如下：\n某某县人民法院\n附：某某县先进单位名单\n某某县人民政府办公室\n二OO八年三月五日\n");
        assert_eq!(p.meta.attachments, vec!["某某县先进单位名单".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2008-03-05"));
        assert_eq!(p.meta.issuer, vec!["某某县人民政府办公室".to_string()]);
        // `特此通知` without its stop signs nothing
        let p = tail("请各单位按时参加会议，不得缺席。\n特此通知\n某某市委员会\n二〇〇九年一月七日\n");
        assert_eq!(p.meta.issuer, vec!["某某市委员会".to_string()]);
        // a date without a signature, over the attachment page
        let p = tail("希望受到表彰的单位再接再厉，争取更大成绩。\n附件：先进单位名单\n二〇〇八年九月十一日\n附件：\n先进单位名单\n");
        assert_eq!(p.meta.date.as_deref(), Some("2008-09-11"));
        assert_eq!(p.meta.attachments, vec!["先进单位名单".to_string()]);
    }

    #[test]
    fn a_text_that_stops_inside_a_sentence_is_said_to_be_cut_where_it_stops() {
        let cut = |p: &Page| p.guesses.iter().find(|g| g.1.contains("mid-sentence")).map(|g| (p.lines[g.0].origin, g.1.clone()));
        // right above the signature and date
        let p = tail("各县（区）税务局：\n为进一步落实减税降费政策，现就有关事项通知如下。各地要加强宣传，进一步落实减\n国家税务总局\n2019年3月18日\n");
        let (line, message) = cut(&p).expect("the cut is said");
        assert_eq!(line, 2);
        assert!(message.contains("，进一步落实减`"), "{message}");
        // at the page's end, no end block under it
        let p = tail("各乡镇人民政府：\n现将有关事项通知如下。一是加强组织领导，各\n");
        assert_eq!(cut(&p).map(|c| c.0), Some(2));
        // a whole text: a full stop, a closing formula without its stop, a heading, a list of names
        for whole in [
            "各乡镇人民政府：\n现将有关事项通知如下，请遵照执行。\n某县人民政府\n2020年1月2日\n",
            "各乡镇人民政府：\n现将有关事项通知如下，请遵照执行。\n特此通知\n某县人民政府\n2020年1月2日\n",
            "各乡镇人民政府：\n现将有关事项通知如下，请遵照执行。\n三、工作要求\n",
            "各乡镇人民政府：\n经研究，以下同志获评先进个人。\n张三、李四、王五\n",
        ] {
            assert_eq!(cut(&tail(whole)), None, "{whole}");
        }
        // a label and its value end the last clause
        for whole in ["各学院：\n报名时间为3月1日至3月5日，报名地点：学校行政楼302室\n"] {
            assert_eq!(cut(&tail(whole)), None, "{whole}");
        }
    }

    #[test]
    fn five_bodies_one_a_line_over_the_date_all_sign() {
        let p = tail(
            "四、其他:施工过程中带来的不便,敬请谅解和支持。\n河口瑶族自治县应急管理局\n河口瑶族自治县公安局交通警察大队\n河口瑶族自治县交通运输局\n河口公路路政管理大队\n河口公路分局\n2021年12月9日\n",
        );
        let signers: Vec<usize> = (0..p.lines.len()).filter(|&i| matches!(p.lines[i].class, Class::Moved(Field::Signature | Field::Issuer))).collect();
        assert_eq!(signers, vec![1, 2, 3, 4, 5], "{:?}", p.meta);
        // undated, five names under a story are a list of its own
        let p = tail(
            "商会认真做好了换届筹备工作。\n乐清市重庆商会柳南小组\n乐清市重庆商会柳北小组\n乐清市重庆商会虹桥小组\n乐清市重庆商会乐成小组\n乐清市重庆商会白象小组\n",
        );
        assert!(p.lines[1..].iter().all(|l| l.is_text()), "{:?}", p.meta);
        // units a sentence announces are the awardees, not signers
        let p = tail(
            "经考核评审，县政府决定对以下单位予以通报表彰。\n县应急管理局\n县公安局\n县交通运输局\n县教育局\n县住房和城乡建设局\n某县人民政府\n2021年12月9日\n",
        );
        assert!((1..=4).all(|i| p.lines[i].is_text()), "{:?}", p.meta);
    }

    #[test]
    fn an_attachment_name_wrapped_mid_phrase_among_the_numbered_ones_is_joined() {
        let p = tail(
            "各有关单位：\n现将有关事项通知如下，请遵照执行。\n附件:1.篮球联赛竞赛规程\n2.篮球联赛报名表\n3.篮球比赛暨\n第十二届联赛自愿参赛责任书\n句容市体育总会\n2025年8月1日\n",
        );
        assert_eq!(p.meta.attachments, ["篮球联赛竞赛规程", "篮球联赛报名表", "篮球比赛暨第十二届联赛自愿参赛责任书"]);
    }

    #[test]
    fn a_bracketed_note_of_the_documents_number_and_printing_gives_both() {
        let p = tail("希望受表彰的单位和个人，发扬成绩，再接再厉。\n（院宣字[2015]2号文件2015年1月19日印发）\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("院宣字[2015]2号"));
        assert_eq!(p.meta.print_date.as_deref(), Some("2015-01-19"));
        assert_eq!(p.meta.printer, None);
    }

    #[test]
    fn an_unsigned_date_over_only_a_contact_line_dates_the_text() {
        let p = tail(
            "你们提出的提案已交我们研究办理，现答复如下：\n近年来，镇人民政府高度重视集镇建设工作。\n再次感谢对政府工作的支持理解和监督。\n2024年6月28日\n（联系人及电话：朱永春 15198367281）\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2024-06-28"));
    }

    #[test]
    fn a_press_releases_time_of_issue_goes_with_its_date_over_the_sites_link() {
        let p = tail("如有查询，请致电2827 1269。\n2019年5月14日（星期二）\n香港时间15时00分\n即日新闻\n");
        assert_eq!(p.meta.date.as_deref(), Some("2019-05-14"));
        assert!(!p.lines[2].is_text() && !p.lines[3].is_text(), "{:?}", p.lines);
    }
}
