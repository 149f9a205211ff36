//! Pass 4, head: what stands above the body — the title (one line or several, before or after
//! the document number), its 题注 (`（…会议通过）`), the document number, the issuer, a bulletin's
//! masthead (name, 第N期, unit and date), the addressee — wherever the page puts them. What is
//! short above the title (site name, menus, a search box) is navigation; the title again is a
//! duplicate.
//!
//! The title is chosen by score among the header's lines and runs of two or three of them:
//! what it ends with (通知, 决定, 批复…), `关于`, the title a metadata table gave, what follows
//! it (a document number, a 题注, the addressee), and whether the page repeats it.

use super::super::chars::*;
use super::super::page::{Class, Field, Page, Reason};
use super::super::rules::{
    ADDRESSEE_KINDS, BULLETIN_WORDS, CLAUSE_OPENERS, COLUMN_MATTERS, COLUMN_NOUNS, COMPANY_ENDINGS, CREDIT_LABELS, DEFINING_WORDS, DISCLOSURE_MARKS,
    EVENT_VERBS, FORWARDING_VERBS, GREETINGS, HEADLINE_TAGS, KIND_WORDS, LONG_ADDRESSEE_ITEMS, MAX_ADDRESSEE_CHARS, MAX_LISTED_ADDRESSEE_CHARS,
    MAX_SALUTATION_CHARS, MAX_SIGNATURE_CHARS, MAX_TAGS, MAX_TITLE_CHARS, MINUTES_LABELS, NAV_WORDS, NOTICE_KINDS, PLACE_LEVELS, POSITION_WORDS, PROPOSERS,
    PROSE_CHARS, PUBLISHING_VERBS, RELEASE_TAGS, REPLY_OPENINGS, SALUTATION_STARTS, SHORT_LINE, SPEECH_KINDS, SUBTITLE_ENDINGS, SUMMARY_LABELS, TAB_LABELS,
    TAG_TEXT_CHARS, TITLE_ANNOTATIONS, TITLE_QUALIFIERS,
};
use crate::style::numbering::existing_number;

/// Score a title needs to be taken without a warning.
const SURE_TITLE: i32 = 5;
/// A line that ends like a title is a whole one from this many characters on.
const WHOLE_TITLE_CHARS: usize = 8;
/// Score a title needs at all.
const MIN_TITLE: i32 = 2;
/// A bulletin's name (`工作简报`, `青岛市人民政府公报`) is at most this long.
const BULLETIN_NAME_CHARS: usize = 16;

pub fn run(page: &mut Page) {
    // a memo's subject, read with its header (`memo`)
    if page.meta.title.is_some() {
        return;
    }
    summary_labels(page, zone_end(page));
    unlabelled_summary(page);
    // (a summary that ended the header is gone: the header may go on under it)
    let zone = zone_end(page);
    masthead(page, zone);
    let mut title = choose_title(page, zone).filter(|(lines, _)| !repeats_masthead(page, lines));
    // a weak guess in the header gives way to the head of a document the page reposts (and
    // so does a headline naming the document that the reposted notice issues)
    let weak = title.as_ref().is_none_or(|(_, score)| *score < SURE_TITLE);
    let issued = |page: &Page, notice: &[usize]| title.as_ref().is_some_and(|(headline, _)| issues_headline(page, headline, notice));
    // (a sure headline is looked for in a notice's title only when the page quotes it)
    let quoted = || title.as_ref().is_some_and(|(headline, _)| quoted_on_page(page, &title_text(page, headline)));
    if (weak || quoted())
        && let Some(lines) = reposted_head(page, zone).or_else(|| signposted_head(page, zone)).filter(|lines| weak || issued(page, lines))
    {
        headline_over_repost(page, zone, lines[0]);
        // its number over it
        if let Some(p) = page.prev_nonblank(lines[0]).filter(|&p| page.lines[p].is_text() && is_doc_number(&page.lines[p].text)) {
            page.meta.doc_number = Some(page.lines[p].text.trim().to_string());
            page.moved(p, Field::DocNumber);
        }
        title = Some((lines, SURE_TITLE));
    } else if let Some(j) = title.as_ref().and_then(|(headline, _)| reported_kind(page, headline)) {
        headline_over_repost(page, zone, j);
        title = Some((vec![j], SURE_TITLE));
    }
    if let Some((mut lines, score)) = title {
        for i in 0..lines[0] {
            if page.lines[i].is_text() && intro(&page.lines[i].text) {
                page.residue(i, Reason::Lead);
            }
        }
        issuer_over_title(page, &mut lines);
        kind_under_joint_issuers(page, &mut lines);
        let organ = organ_over_matter(page, &mut lines);
        let text = title_text(page, &lines);
        if score < SURE_TITLE {
            page.guess(lines[0], format!("the title is a guess: {text}"));
        }
        // the metadata table's clean text wins over the line that shows it (with a document
        // number after it, a table cell's bar before it)
        let (text, serial) = split_serial(&text);
        let first = number_first(page.lines[lines[0]].text.trim());
        let before = first.map(|(n, _)| n.to_string());
        // (`【2009】10号关于…`: a tag-like bracket the title's text lost leaves the number's tail)
        let text = first.map(|(_, rest)| rest.trim()).filter(|rest| text.len() > rest.len() && text.ends_with(rest)).map_or(text.clone(), str::to_string);
        // `…征收土地公告 陂征〔2025〕字第3-3号`: the title, a space, its number
        let after = number_after_title(page, &lines);
        let text = after.as_deref().and_then(|n| text.strip_suffix(n)).map_or(text.clone(), |t| t.trim_end().to_string());
        if let Some(n) = serial.or(before).or(after) {
            page.meta.doc_number.get_or_insert(n);
        }
        let text = undoubled(unwrapped_title(without_year_tag(without_english_gloss(without_field_label(without_read_count(&text)))))).to_string();
        let text = without_stray_count(page, &lines, &text).to_string();
        // (the table's text with the text's punctuation: `,` between Chinese characters is `，`)
        page.meta.title = Some(page.meta_title.as_deref().filter(|m| shows(&text, m)).map_or(text, restore_punctuation));
        title_issuers(page, &lines, organ);
        for &i in &lines {
            page.moved(i, Field::Title);
        }
        duplicates(page);
        before_title(page, lines[0].min(zone));
        lead_over_numbered_head(page, lines[0]);
        after_title(page, *lines.last().unwrap_or(&0), zone);
        number_in_headline(page);
        promulgated_law(page, &lines);
        order_under_title(page, *lines.last().unwrap_or(&0));
    } else {
        untitled(page);
    }
    duplicates(page);
    tidy(page);
}

/// What the head leaves for last: a salutation below whatever the page left over the text,
/// the number without its label, each issuer once (an e-paper's byline and the line over the
/// title may name the same).
fn tidy(page: &mut Page) {
    if page.meta.addressee.is_none()
        && let Some(j) = salutation_line(page)
        && !comma_salutation(page, j)
    {
        addressee(page, j);
    }
    if page.meta.addressee.is_none()
        && let Some(j) = addressee_under_copy(page)
    {
        addressee(page, j);
    }
    if page.meta.addressee.is_none()
        && let Some(j) = page.text_lines().into_iter().take_while(|&j| !opens_text(&page.lines[j].text)).find(|&j| to_salutation(page, j))
    {
        page.meta.addressee = Some(page.lines[j].text.trim().to_string());
        page.moved(j, Field::Addressee);
    }
    // an untitled news page whose lead reports the document it shows (its headline left over
    // it, no title of the document's)
    let lead = page.text_lines().into_iter().take(REPORTING_LEAD_DEPTH).find_map(|j| reported_document(page, j).map(|label| (j, label)));
    if page.meta.addressee.is_none()
        && let Some((j, label)) = lead
    {
        reported_lead(page, j, label);
    }
    page.meta.doc_number = page.meta.doc_number.take().map(|n| number_closed_up(&without_number_label(&bare_number(&n))));
    let mut seen = std::collections::HashSet::new();
    page.meta.issuer.retain(|u| seen.insert(squash(u)));
    dates_over_text(page);
}

/// `05/09/2024` / `2024年9月5日 (星期四) 05:00` over a notice's first sentence, `2018-05-10`
/// under `会议制度`: a date alone on its line that nothing in the head took, above the first
/// sentence of the text, is the day the page was posted — the page's date while the text shows
/// none of its own, never a paragraph of it.
fn dates_over_text(page: &mut Page) {
    let Some(first_prose) = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && is_prose(&page.lines[i].text)) else { return };
    // (not a signer's date: `司 法 部` / `2021年6月29日` over the rules a notice issues)
    let signed = |page: &Page, i: usize| page.prev_nonblank(i).is_some_and(|p| looks_like_org(&unspaced(&page.lines[p].text)));
    for i in 0..first_prose {
        let t = page.lines[i].text.clone();
        if page.lines[i].is_text() && is_date_line(&t) && !signed(page, i) {
            page.meta.date = page.meta.date.take().or_else(|| find_date(&t));
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// `…关于公布…名单的通知` (the title again, removed) / `（前政发〔2010〕2号）` / `各乡（镇）人民政府，…：`:
/// the addressee under the document's head shown again further down the page.
fn addressee_under_copy(page: &Page) -> Option<usize> {
    let copy = page.lines.iter().rposition(|l| l.class == Class::Residue(Reason::DuplicateTitle))?;
    let head_field = |k: usize| matches!(page.lines[k].class, Class::Blank | Class::Moved(Field::DocNumber | Field::Subtitle | Field::Date));
    let j = (copy + 1..page.lines.len()).find(|&k| !head_field(k))?;
    (page.lines[j].is_text() && addressee_shaped(&page.lines[j].text)).then_some(j)
}

/// `深圳市…常务委员会` / `公 告` / `第一一九号` / `《深圳经济特区人才工作条例》经…通过，现予公布…` /
/// signature, date / `深圳经济特区人才工作条例` / its 题注 / `第一章 总 则`: a 公告 or 令 that
/// promulgates one law, the law under it. The page publishes the law: its title is the
/// document's, its 题注 the subtitle; the 公告's own heading stays as the body's first lines.
fn promulgated_law(page: &mut Page, heading: &[usize]) {
    let kind = page.meta.title.as_deref().map(|t| plain(t).into_owned()).unwrap_or_default();
    if !(kind.ends_with("公告") || is_order_mark(&kind)) {
        return;
    }
    let last = *heading.last().unwrap_or(&0);
    let Some((at, name)) = (last + 1..page.lines.len())
        .filter(|&i| page.lines[i].is_text())
        .take(PROMULGATION_LINES)
        .find_map(|i| promulgates(&page.lines[i].text).map(|n| (i, n)))
    else {
        return;
    };
    let Some(law) = lines_reading(page, at + 1, &name) else { return };
    for &i in heading {
        page.lines[i].class = Class::Text;
    }
    page.meta.title = Some(title_text(page, &law));
    for &i in &law {
        page.lines[i].class = Class::Moved(Field::Title);
    }
    page.spans.insert(Field::Title.key().to_string(), page.lines[law[0]].span);
    // the 公告's date right under its sentence, with no signature (one is the tail's)
    let dated = |p: usize| page.lines[p].is_text() && is_date_line(&page.lines[p].text) && page.prev_nonblank(p) == Some(at);
    if let Some(p) = page.prev_nonblank(law[0]).filter(|&p| dated(p)) {
        let line = page.lines[p].text.trim().to_string();
        own_date(page, find_date(&line), &line);
        page.moved(p, Field::Date);
    }
    if let Some(sub) = page.next_nonblank(*law.last().unwrap_or(&law[0])).filter(|&j| page.lines[j].is_text()).and_then(|j| subtitle_lines(page, j)) {
        set_subtitle(page, &sub);
    }
}

/// `农民专业合作社示范章程` / `中华人民共和国农业部令` / `第4号` / `《农民专业合作社示范章程》已经…
/// 审议通过，现予公布…` / `部长 孙政才` / `二○○七年六月二十九日` / the law: the order that
/// promulgates the law the title names, under it. Its number is the document's, its signer
/// and date sign it.
fn order_under_title(page: &mut Page, last: usize) {
    let title = page.meta.title.as_deref().map(|t| squash(&plain(t))).unwrap_or_default();
    // (its `第4号` perhaps already taken for the document's number, under the title)
    // (and its date perhaps taken for the document's)
    let taken = |i: usize| matches!(page.lines[i].class, Class::Moved(Field::DocNumber | Field::Date));
    let texts: Vec<usize> = (last + 1..page.lines.len()).filter(|&i| page.lines[i].is_text() || taken(i)).take(ORDER_LINES).collect();
    let Some(k) = texts.iter().position(|&i| is_order_mark(page.lines[i].text.trim()) || numbered_order(&page.lines[i].text)) else { return };
    // (the mark and its number on one line, or a line each)
    let glued = numbered_order(&page.lines[texts[k]].text);
    let [num, sentence, signer, date, ..] = texts[k + 1 - glued as usize..] else { return };
    // (the title perhaps with the organ's name over it: `国家税务总局` / `欠税公告办法`)
    let names_title = promulgates(&page.lines[sentence].text).is_some_and(|n| !n.is_empty() && title.ends_with(&squash(&plain(&n))));
    let signs = |t: &str| super::tail::titled_person(t) || super::tail::organ_head(t);
    let dated = |d: usize| is_date_line(page.lines[d].text.trim());
    let signed = signs(&page.lines[signer].text) && dated(date);
    let whole = if glued { page.lines[num].text.trim().to_string() } else { format!("{}{}", page.lines[texts[k]].text.trim(), page.lines[num].text.trim()) };
    let free = page.meta.doc_number.as_deref().is_none_or(|d| squash(d) == squash(&page.lines[num].text) || squash(d) == squash(&whole));
    let numbered = if glued { numbered_order(&page.lines[num].text) } else { is_serial_number(&page.lines[num].text) };
    if !(numbered && names_title && signed && free) {
        return;
    }
    page.meta.doc_number = Some(whole);
    page.moved(texts[k], Field::DocNumber);
    page.moved(num, Field::DocNumber);
    page.meta.signature = Some(page.lines[signer].text.trim().to_string());
    page.moved(signer, Field::Signature);
    let line = page.lines[date].text.trim().to_string();
    own_date(page, find_date(&line), &line);
    page.moved(date, Field::Date);
}

/// The order under a law's title stands within this many lines of it.
const ORDER_LINES: usize = 6;

/// A promulgation sentence stands within this many lines under the 公告's heading.
const PROMULGATION_LINES: usize = 4;

/// `《深圳经济特区人才工作条例》经…通过，现予公布…`: the name of the law a sentence promulgates.
/// (A draft published for comment is not promulgated: its 公告 is the document.)
fn promulgates(t: &str) -> Option<String> {
    let t = plain(t);
    let promulgates = ["公布", "施行"].iter().any(|w| t.contains(w)) && !t.contains("意见") && !t.contains("草案");
    promulgates.then(|| quoted_name(&t)).flatten()
}

/// `《深圳经济特区人才工作条例》经…`: the first name in book-title marks, with what it nests.
fn quoted_name(t: &str) -> Option<String> {
    let open = t.find('《')?;
    let close = t[open..].find('》')? + open;
    let name = &t[open + '《'.len_utf8()..close];
    (name.chars().count() >= 4 && ends_like_title(name)).then(|| name.to_string())
}

/// The lines from `from` on (one, or wrapped over up to four) that read `name` (compared on
/// characters and digits only: `《` alone on a line, `〈〉` for nested marks).
fn lines_reading(page: &Page, from: usize, name: &str) -> Option<Vec<usize>> {
    let key = |s: &str| plain(s).chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let want = key(name);
    (from..page.lines.len()).filter(|&i| page.lines[i].is_text()).find_map(|i| lines_spelling(page, i, &want, key))
}

/// The lines of text from `i` on, one under another (at most four), whose texts read as `key`
/// joined spell `want`.
fn lines_spelling(page: &Page, i: usize, want: &str, key: impl Fn(&str) -> String) -> Option<Vec<usize>> {
    let (mut got, mut lines, mut at) = (String::new(), Vec::new(), Some(i));
    while let Some(j) = at.filter(|&j| page.lines[j].is_text() && lines.len() < SPELLING_LINES) {
        got.push_str(&key(&page.lines[j].text));
        lines.push(j);
        if got == want {
            return Some(lines);
        }
        if !want.starts_with(&got) {
            return None;
        }
        at = page.next_nonblank(j);
    }
    None
}

/// A title shown again wraps over at most this many lines.
const SPELLING_LINES: usize = 4;

/// `当前位置:首页 > 新闻动态 > 本院动态 > 凤阳县中医院召开…迎检部署会` over a story without a
/// headline of its own: the trail's last step is the story's headline. Its line and the title.
fn trail_headline(page: &Page) -> Option<(usize, String)> {
    let j = page.lines.iter().position(|l| l.class == Class::Residue(Reason::Breadcrumb))?;
    let step = page.lines[j].text.rsplit(['>', '＞', '»', '›', '→']).next()?.trim();
    let hans = step.chars().filter(|c| han(*c)).count();
    let story = page.next_nonblank_text(j).is_some_and(|k| is_prose(&page.lines[k].text));
    (hans >= TRAIL_HEADLINE_HANS && step.chars().count() <= MAX_TITLE_CHARS && !step.contains(['，', '。', '；']) && story).then(|| (j, step.to_string()))
}

/// A trail's last step names a story, not a section, when it has at least this many Chinese
/// characters.
const TRAIL_HEADLINE_HANS: usize = 14;

/// A title for a page that shows no title line nor names one in its metadata, guessed (and
/// said so): a bare kind or a headline over the text (and its dashed 副题), the attachment a
/// page opens with, a headline wrapped over two lines, the last step of the page's trail.
fn guessed_title(page: &mut Page) {
    if let Some(j) = bare_kind_title(page)
        .or_else(|| headline_over_text(page))
        .or_else(|| subject_headline(page))
        .or_else(|| pointing_headline(page))
        .or_else(|| headline_shown_again(page))
    {
        let title = squash(untagged(&page.lines[j].text));
        page.guess(j, format!("the title is a guess: {title}"));
        page.meta.title = Some(title);
        page.moved(j, Field::Title);
        before_title(page, j);
        counts_under(page, j);
        if let Some(d) = page.next_nonblank_text(j).filter(|&d| dash_subtitle(&page.lines[d].text) && page.meta.subtitle.is_none()) {
            page.meta.subtitle = Some(page.lines[d].text.trim().to_string());
            page.moved(d, Field::Subtitle);
        }
    } else if let Some((j, name)) = attached_title(page) {
        page.guess(j, format!("the title is a guess, the attachment the page opens with: {name}"));
        page.meta.title = Some(name);
        page.moved(j, Field::Title);
    } else if let Some(lines) = wrapped_headline_over_text(page) {
        let title = squash(&title_text(page, &lines));
        page.guess(lines[0], format!("the title is a guess, a headline over two lines: {title}"));
        page.meta.title = Some(title);
        for j in lines {
            page.moved(j, Field::Title);
        }
        before_title(page, lines[0]);
    } else if let Some((j, title)) = trail_headline(page) {
        page.guess(j, format!("the title is a guess, the last step of the page's trail: {title}"));
        page.meta.title = Some(title);
    }
}

/// `附件:安徽省摄影家协会入会细则(2007年版)` opening a page, over the first numbered item: a page
/// that posts an attachment alone — what the label names is its title.
fn attached_title(page: &Page) -> Option<(usize, String)> {
    let j = *page.text_lines().first()?;
    let name = super::tail::after_attachment_label(page.lines[j].text.trim())?.trim();
    let items = page.next_nonblank_text(j).is_some_and(|n| super::headings::family(page.lines[n].text.trim()).is_some());
    (items && ends_like_title(name) && name.chars().count() >= HEADLINE_MIN_CHARS && !name.contains(['。', '，', ','])).then(|| (j, squash(name)))
}

/// A page that shows no title line: the metadata's title, if any; the text under the page's
/// metadata may open with a 题注, a date, its document number and its addressee.
fn untitled(page: &mut Page) {
    // (without a column's label before it: `快讯：关于…的通知`)
    page.meta.title = page.meta_title.as_deref().map(|m| split_serial(&restore_punctuation(title_core(m))).0);
    if page.meta.title.is_none() {
        guessed_title(page);
    }
    // a bulletin without a title: what stands above its masthead is the site's
    if let Some(m) = page.lines.iter().position(|l| l.class == Class::Moved(Field::Bulletin)) {
        before_title(page, m);
    }
    // no title line: the text under the page's metadata may open with its document number
    // and its addressee
    let mut text = page.text_lines().into_iter();
    let mut first = text.next();
    // `摘要:…` over the text: the site's summary of its post, which has no title either (it
    // copies the text; a document's own abstract does not)
    let copy = |j: usize| {
        let t = page.lines[j].text.trim();
        summary_label(t) && t.split_once([':', '：', ' ']).is_some_and(|(_, summary)| copied_from_text(page, j, summary))
    };
    if let Some(j) = first.filter(|&j| copy(j) || outlet_credit(&page.lines[j].text)) {
        page.residue(j, Reason::Lead);
        first = text.next();
    }
    // a 决议 shown without its title opens with its 题注 (perhaps wrapped onto a second line)
    if let Some(lines) = first.and_then(|j| subtitle_lines(page, j)) {
        set_subtitle(page, &lines);
        while first.is_some_and(|j| j <= *lines.last().unwrap_or(&j)) {
            first = text.next();
        }
    }
    // `（2009年4月13日）`: a 决定 or a speech shown without its title opens with its date
    if let Some(j) = first.filter(|&j| bracketed_date(&page.lines[j].text).is_some()) {
        let line = page.lines[j].text.trim().to_string();
        own_date(page, bracketed_date(&line), &line);
        page.moved(j, Field::Date);
        first = text.next();
    }
    if let Some(j) = first.filter(|&j| heading_number(&page.lines[j].text)) {
        let number = page.lines[j].text.trim().to_string();
        page.meta.doc_number.get_or_insert(number);
        page.moved(j, Field::DocNumber);
        first = text.next();
    }
    // `青岛市人民政府令` / `第268号`: an order's mark and its number, the order's text under them
    // (a list's bullet before it, `•   青岛市人民政府令`)
    let mark = |j: usize| page.lines[j].text.trim().trim_start_matches(['•', '·']).trim().to_string();
    if let Some(j) = first.filter(|&j| is_order_mark(&mark(j)))
        && let Some(k) = page.next_nonblank_text(j).filter(|&k| is_serial_number(&page.lines[k].text))
    {
        let number = format!("{}{}", unspaced(&mark(j)), page.lines[k].text.trim());
        page.meta.doc_number.get_or_insert(number);
        page.moved(j, Field::DocNumber);
        page.moved(k, Field::DocNumber);
        text.next();
        first = text.next();
    }
    // (a short line over it, a column's name, is not the addressee's: `资讯中心` / `所属各分会:`)
    let short = first.filter(|&j| page.lines[j].chars() <= SHORT_LINE / 2 && !is_prose(&page.lines[j].text));
    let second = short.and_then(|_| text.next()).filter(|&k| super::headings::family(&page.lines[k].text).is_none());
    if !first.is_some_and(|j| addressee(page, j))
        && !second.is_some_and(|k| addressee(page, k))
        && let Some(j) = reply_salutation(page)
    {
        addressee(page, j);
    }
}

/// `manbetx报道:`, `据新华社报道：`: an outlet's credit alone on the first line, over what it
/// reports — the reposter's, no addressee.
fn outlet_credit(t: &str) -> bool {
    let outlet = t.trim().strip_suffix([':', '：']).and_then(|r| r.strip_suffix("报道"));
    outlet.is_some_and(|o| (1..=OUTLET_CREDIT_CHARS).contains(&o.chars().count()) && !o.contains(['，', '。', ' ', ',']))
}

/// An outlet named in a credit is at most this long (`据新华社`, `manbetx`).
const OUTLET_CREDIT_CHARS: usize = 10;

/// A number that may open an untitled text: a document's, an order's, or a 公告's serial of its
/// year (`2021年 第1号`).
fn heading_number(t: &str) -> bool {
    is_doc_number(t) || numbered_order(t) || t.contains('年') && is_serial_number(t)
}

/// `倡议书` / `医院全体党员、干部职工：`, `公示` / `按照《…》要求，…`: a page with no other title
/// whose last short line over its text is the document's kind alone — the title it was given.
fn bare_kind_title(page: &Page) -> Option<usize> {
    let text = page.text_lines();
    let opening = text.iter().position(|&j| {
        let t = &page.lines[j].text;
        is_prose(t) || page.lines[j].chars() > SHORT_LINE / 2 || addressee_shaped(t) || salutation_shaped(t)
    })?;
    let j = *text[..opening].last()?;
    let kind = kind_alone(&page.lines[j].text);
    // (not a column's name over a headline tagged with it: `嚴正聲明` / `【嚴正聲明】香港…沒有關係`)
    let tagged = fold(page.lines[text[opening]].text.trim()).starts_with(&format!("【{kind}】"));
    (opening <= BARE_KIND_DEPTH && BARE_KINDS.contains(&kind.as_str()) && !tagged).then_some(j)
}

/// `公 告！`: a line read as the kind of document it may name alone (folded, no spaces, no
/// exclamation mark).
fn kind_alone(t: &str) -> String {
    fold(&plain(&squash(t))).trim_end_matches(['！', '!']).to_string()
}

/// `我县发出紧急通知,要求劝导外来务工人员留海过节` over `南通市人民政府2月2日…。`: an untitled page's first
/// line, a short phrase with no sentence in it, right over a paragraph longer than a short line — a news
/// story's headline (a guess, said so).
fn headline_over_text(page: &Page) -> Option<usize> {
    let mut text = page.text_lines();
    // (under the name of the site's column: `公司要闻`)
    if text.first().is_some_and(|&c| column_name(&page.lines[c].text)) {
        text.remove(0);
    }
    // (past a page's counts under the headline, `0` / `562`: likes and views)
    let count = |i: usize| bare_count(&page.lines[i].text);
    // (past its 副题 under it: `不忘初心 学好会章` / `——民建…联合开展活动`)
    let under: Vec<usize> = text.iter().skip(1).copied().filter(|&i| !count(i)).take(2).collect();
    let dashed = under.first().is_some_and(|&d| dash_subtitle(&page.lines[d].text));
    let (&j, &k) = (text.first()?, under.get(dashed as usize)?);
    // (right over it, or over the page's byline over it: `来源： 时间：2022-08-19 作者：…`)
    // (or a table's rule a scraper kept: `---|`)
    let byline = |i: usize| {
        matches!(page.lines[i].class, Class::Blank | Class::Residue(Reason::PageMetadata | Reason::Counter | Reason::Separator)) || dashed && i == under[0]
    };
    let phrase = headline_phrase(untagged(&page.lines[j].text));
    (phrase && paragraph(&page.lines[k].text) && (j + 1..k).all(|i| byline(i) || count(i))).then_some(j)
}

/// `公司要闻`, `集团新闻`: a news column's short name.
fn column_name(t: &str) -> bool {
    let t = fold(t.trim());
    t.chars().count() <= COLUMN_NAME_CHARS && t.chars().all(han) && COLUMN_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// How a news column's name ends, and how long it is at most.
const COLUMN_ENDINGS: &[&str] = &["要闻", "新闻", "动态", "资讯", "快讯", "报道"];
const COLUMN_NAME_CHARS: usize = 6;

/// `疫情：因應疫情趨緩，即日起調整…措施`: a headline without its column's tag.
fn untagged(t: &str) -> &str {
    let t = t.trim();
    t.split_once(['：', ':']).filter(|(tag, _)| NEWS_COLUMN_TAGS.contains(&plain(tag.trim()).as_ref())).map_or(t, |(_, rest)| rest.trim())
}

/// `因應新冠肺炎疫情發展,本校於2月25日開學,相關說明如內文。` over the text: a post's one-sentence
/// headline that points at the text under it (see `TEXT_POINTERS`).
fn pointing_headline(page: &Page) -> Option<usize> {
    let text = page.text_lines();
    let (&j, &k) = (text.first()?, text.get(1)?);
    let t = page.lines[j].text.trim();
    let one_sentence = !t.trim_end_matches('。').contains(['。', '；', ';']) && t.chars().count() <= SHORT_LINE;
    (one_sentence && points_at_text(t) && is_prose(&page.lines[k].text)).then_some(j)
}

/// `天主教澳門教區學校2023/2024學年答謝宴` / its English version / the same words again, now with
/// the story's source after them (`… （天主教週報「號角報」 2024年8月2日報導） - 下載PDF版本`): a
/// headline the page shows again, close under it, at the head of a longer line.
fn headline_shown_again(page: &Page) -> Option<usize> {
    let text = page.text_lines();
    let j = *text.first()?;
    let head = squash(&page.lines[j].text);
    let again = |k: &usize| {
        let line = squash(&page.lines[*k].text);
        line.len() > head.len() && line.starts_with(&head)
    };
    (headline_phrase(&page.lines[j].text) && text.iter().skip(1).take(SHOWN_AGAIN_WITHIN).any(again)).then_some(j)
}

/// A headline shown again stands within this many lines of text under it.
const SHOWN_AGAIN_WITHIN: usize = 3;

/// A line worded as a headline: a phrase of some length, no sentence, label or list.
fn headline_phrase(t: &str) -> bool {
    let t = t.trim();
    let n = t.chars().count();
    (HEADLINE_MIN_CHARS..=SHORT_LINE).contains(&n)
        && t.chars().filter(|c| han(*c)).count() >= HEADLINE_MIN_CHARS
        && !t.contains(['。', '；', ';', '：', ':'])
        && !t.starts_with(['—', '─'])
        && !t.trim_end_matches(['！', '!']).ends_with(['？', '?', '，', ','])
        // (an organisation, a source's credit, a greeting, whom the text addresses: `来源某某日报`, `亲爱的业主您好`,
        // `全县各级各部门`)
        && !CREDIT_LABELS.iter().any(|l| l.chars().count() >= 2 && t.starts_with(l))
        && !GREETINGS.iter().any(|g| t.contains(g))
        && !SALUTATION_STARTS.iter().any(|s| t.starts_with(s))
        && !t.split(['、', '，', ',']).all(addressee_item)
        && !t.starts_with(['各', '全'])
        && super::headings::family(t).is_none()
        && find_date(t).is_none()
        && !is_doc_number(t)
        && !numbered_order(t)
}

/// A paragraph as long as prose: a line over one short sentence may be a meeting's or a
/// column's name, `市政府第12次常务会议` / `会议听取了…。`.
fn paragraph(under: &str) -> bool {
    under.chars().count() >= PROSE_CHARS || under.contains('。') && under.chars().count() > SHORT_LINE
}

/// `秘書處已經寄發109年「會員積分記錄表」` / `及110年常年會費「繳費通知」,請於4/30前繳費` / blank /
/// the text: a post's headline wrapped onto a second line, on a page that parts its paragraphs
/// with blank lines — the two lines are one block over the text, and that block is the title.
fn wrapped_headline_over_text(page: &Page) -> Option<[usize; 2]> {
    let text = page.text_lines();
    let (&j, &k, &under) = (text.first()?, text.get(1)?, text.get(2)?);
    // (one block of two lines, a blank line or more under it)
    let block = k == j + 1 && under > k + 1 && (k + 1..under).all(|i| page.lines[i].class == Class::Blank);
    let first = page.lines[j].text.trim();
    let open_end = !first.ends_with(['，', ',', '。', '：', ':', '；', ';', '、', '！', '!', '？', '?']);
    let n = first.chars().count() + page.lines[k].text.trim().chars().count();
    // (the second line may be a clause the headline adds: `…，請於4/30前繳費`)
    (block && open_end && n <= MAX_TITLE_CHARS && headline_phrase(first) && headline_phrase(&page.lines[k].text) && paragraph(&page.lines[under].text))
        .then_some([j, k])
}

/// `衛生局函轉知…,請落實執行` over `主旨:轉知…`: a letter posted under a headline that restates
/// its 主旨 (its subject, as a Taiwan office's 函 or 公告 opens) — the headline is its title.
fn subject_headline(page: &Page) -> Option<usize> {
    let text = page.text_lines();
    let s = text.iter().position(|&j| subject(&page.lines[j].text).is_some())?;
    let said = squash(subject(&page.lines[text[s]].text)?);
    let echoes = |j: usize| {
        let line = squash(&page.lines[j].text);
        let t: Vec<char> = line.chars().collect();
        // (or says it whole, shorter: `澄清經濟日報報導`)
        line == said || t.windows(SUBJECT_ECHO_CHARS).any(|w| said.contains(&w.iter().collect::<String>()))
    };
    text[..s].iter().rev().take(SUBJECT_HEADLINE_DEPTH).copied().find(|&j| echoes(j))
}

/// `主旨:轉知…`: the subject of a letter after its label, or in the cell after it (`主旨 |
/// 澄清經濟日報報導 | ||||`, `主旨 公告本公司…`, a listed company's filing). The subject.
fn subject(t: &str) -> Option<&str> {
    // (or in the cell the page's table set a space before: `主旨 公告本公司…`)
    // (a label letter-spaced as a form sets it: `主 旨:`)
    let after = t.trim().strip_prefix('主')?.trim_start().strip_prefix('旨')?;
    let spaced = after.starts_with(char::is_whitespace);
    let after = after.trim_start();
    let rest = after.strip_prefix([':', '：', '|', '｜']).or(spaced.then_some(after))?;
    let rest = rest.trim().trim_end_matches(['|', '｜', ' ']);
    (!rest.is_empty()).then_some(rest)
}

/// What a headline the `主旨` row restates gains: more than a table's row wrapped over a label
/// that names a kind (`符合條款 第 14 款 …` / `說明`).
const SUBJECT_ECHO_POINTS: i32 = 6;

/// A headline restates the subject when they share a run of this many characters.
const SUBJECT_ECHO_CHARS: usize = 12;

/// The headline stands among the last this many lines of text over the subject.
const SUBJECT_HEADLINE_DEPTH: usize = 3;

/// `0` / `562` under the headline at `j`: the page's counts of likes and views.
fn counts_under(page: &mut Page, j: usize) {
    let mut k = j;
    while let Some(n) = page.next_nonblank(k).filter(|&n| page.lines[n].is_text() && bare_count(&page.lines[n].text)) {
        page.residue(n, Reason::Counter);
        k = n;
    }
}

/// `562`: a count of views or likes alone on its line.
fn bare_count(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().count() <= MAX_COUNT_DIGITS && t.chars().all(|c| c.is_ascii_digit())
}

/// A page's count of views or likes alone on a line has at most this many digits.
const MAX_COUNT_DIGITS: usize = 7;

/// A headline over the text has at least this many Chinese characters.
const HEADLINE_MIN_CHARS: usize = 6;

/// Kinds that make a whole title alone (`公告`, `倡议书`); not 说明 or 决定, a section's
/// heading as well.
/// (`声明` alone may be a column's name: a title only spaced, `声 明`)
const BARE_KINDS: &[&str] =
    &["公告", "通告", "通知", "公示", "倡议书", "启事", "紧急通知", "温馨提示", "安全提示", "重要提示", "重要通知", "公开信", "感谢信", "会议纪要", "会议记录"];

/// The bare kind stands among the first this many lines of the page's text.
const BARE_KIND_DEPTH: usize = 4;

/// `广大市民朋友们：`, `尊敬的各位读者：`, `龙亭村村民：` — a salutation naming whom the text
/// addresses, below whatever the page left over the text (its headline, a column's name, a
/// share prompt) and above the text's first paragraph: the addressee, wherever the head
/// ended.
fn salutation_line(page: &Page) -> Option<usize> {
    // (past a version in another script over the Chinese: a Macau letter's Portuguese)
    let foreign = |j: usize| !page.lines[j].text.chars().any(han);
    // (and past a reposter's lead that hands over to the letter: `…将延期举办。具体通知如下:`)
    page.text_lines()
        .into_iter()
        .filter(|&j| !foreign(j))
        .skip_while(|&j| intro(&page.lines[j].text))
        .take_while(|&j| !opens_text(&page.lines[j].text))
        .take(SALUTATION_SEARCH_LINES)
        .find(|&j| salutation_shaped(&page.lines[j].text))
}

/// The lines looked through for a salutation before giving up.
const SALUTATION_SEARCH_LINES: usize = 12;

/// `致理事會暨全體校友` / `致各會員及中心使用者` over the letter's first paragraph: a salutation
/// that opens with 致 and needs no colon (Hong Kong and Macau letters set it so). A title that
/// opens with 致 ends with its kind (`致全市人民的一封信`, `致家长的公开信`).
fn to_salutation(page: &Page, j: usize) -> bool {
    let t = page.lines[j].text.trim();
    let named = addressed_with_zhi(t).is_some_and(|name| name.chars().count() <= MAX_SALUTATION_CHARS);
    let folded = plain(t);
    page.lines[j].is_text()
        && named
        && !ends_like_title(&folded)
        && !folded.contains('的')
        && page.next_nonblank_text(j).is_some_and(|n| is_prose(&page.lines[n].text))
}

/// `致各會員及中心使用者` → `各會員及中心使用者`: the name a salutation opening with 致 gives, two
/// characters or more, names and their joining words only (not `致辭`, not `致谢，`).
fn addressed_with_zhi(t: &str) -> Option<&str> {
    t.strip_prefix('致').filter(|n| n.chars().count() >= 2 && n.chars().all(|c| han(c) || "、及".contains(c)))
}

/// A paragraph of the text: a sentence ended, or a line as long as prose.
fn opens_text(t: &str) -> bool {
    t.contains('。') || t.chars().count() >= PROSE_CHARS || super::headings::family(t.trim()).is_some()
}

/// `各位宗亲：`, `广大居民朋友们：`, `尊敬的客户，您好：`: a short salutation ending in a colon,
/// opening as salutations open or ending in whom it addresses.
fn salutation_shaped(t: &str) -> bool {
    // (a mirror's pinyin too: `尊敬的…小區(qū)廣大業(yè)主:`)
    let folded = fold(&plain(&without_pinyin(t.trim()))).into_owned();
    // (or a comma, as a letter in Hong Kong or Macau may set it: `校長先生/女士,`)
    let Some(name) = folded.strip_suffix(['：', ':', '，', ',']) else { return false };
    let name = without_greeting(name.trim_end());
    // (`尊敬的`, `亲爱的` before the name do not count: `尊敬的怡景花园小区广大业主、手机用户:`)
    let courtesy = SALUTATION_STARTS.iter().find(|w| name.starts_with(*w)).map_or(0, |w| w.chars().count());
    // (`致各會員及中心使用者︰`: 致 says it is whom the letter goes to, whatever the name)
    let to = addressed_with_zhi(name).is_some();
    (2..=MAX_SALUTATION_CHARS + courtesy + to as usize).contains(&name.chars().count())
        && !name.contains(['。', '！', '？', '!', '?', ' '])
        && existing_number(name).is_none()
        && (greets(name) || to)
}

/// `校長先生/女士,` alone on its line over the letter's text: a salutation set with a comma —
/// the addressee, the comma being the colon it would otherwise end with.
fn comma_salutation(page: &mut Page, j: usize) -> bool {
    let t = page.lines[j].text.trim();
    let Some(name) = t.strip_suffix(['，', ',']).map(str::trim_end) else { return false };
    // (past a greeting on its own line: `尊敬的玩家,` / `您好` / the text)
    let next = page.next_nonblank_text(j).and_then(|n| if greeting_alone(&page.lines[n].text) { page.next_nonblank_text(n) } else { Some(n) });
    if !next.is_some_and(|n| is_prose(&page.lines[n].text)) {
        return false;
    }
    page.meta.addressee = Some(without_greeting(without_honorific(name)).to_string());
    page.moved(j, Field::Addressee);
    true
}

/// `蔡亦海等代表：` over `你们…提出的《…的提案》已收悉，现答复如下：`: the salutation of a reply to
/// deputies' or members' proposals, under the proposal the page quotes first.
fn reply_salutation(page: &Page) -> Option<usize> {
    page.text_lines().into_iter().find(|&j| {
        let t = plain(page.lines[j].text.trim()).into_owned();
        let Some(name) = t.strip_suffix(['：', ':']) else { return false };
        let person = PROPOSERS.iter().any(|w| name.ends_with(w)) && name.chars().count() <= MAX_SIGNATURE_CHARS && !name.contains(['，', '。']);
        let replies = page.next_nonblank_text(j).is_some_and(|n| REPLY_OPENINGS.iter().any(|w| page.lines[n].text.contains(w)));
        person && replies
    })
}

/// `山西省卫生厅` / `山西省人力资源和社会保障厅` / `公 告`, `郴州市中级人民法院` / `郴州市人民检察院` /
/// `郴州市公安局` / `关于…的通告`: joint issuers stacked a name a line over the title (the bare kind
/// word, or `关于…`) head it without being its words; one issuer over it is (`某市人大常委会公告`).
fn kind_under_joint_issuers(page: &Page, lines: &mut Vec<usize>) {
    let org = |i: usize| {
        let t = unspaced(page.lines[i].text.trim()).into_owned();
        t.chars().count() <= ISSUER_LINE_CHARS && looks_like_org(&t) && !t.contains(char::is_whitespace)
    };
    let orgs = lines.iter().take_while(|&&i| org(i)).count();
    let Some(&first) = lines.get(orgs) else { return };
    let rest = plain(page.lines[first].text.trim()).into_owned();
    let title = KIND_WORDS.contains(&squash(&rest).as_str()) || rest.starts_with("关于");
    // (`中共某市委 某市人民政府` / `关于…`: names one line holds over the title are its words)
    let origin = |i: usize| page.lines[i].origin;
    let one_line_of_names = lines[..orgs].iter().all(|&i| origin(i) == origin(lines[0])) && origin(first) != origin(lines[0]);
    // (a name above, as the page wrote it: not the tail of a tab's title the lines pass split)
    let whole = |p: usize| page.lines.iter().filter(|l| l.origin == origin(p)).count() == 1 || origin(p) == origin(lines[0]);
    let above = page.prev_nonblank(lines[0]).is_some_and(|p| page.lines[p].is_text() && org(p) && whole(p));
    let joint = orgs >= 2 && !one_line_of_names || above;
    if orgs > 0 && title && joint {
        lines.drain(..orgs);
    }
}

/// The issuer's line over the title: an organ's, taken with the title's lines (see
/// `title_issuers`), or a body the number under the title names by its code.
fn issuer_over_title(page: &mut Page, lines: &mut Vec<usize>) {
    if let Some(o) = issuer_over(page, lines[0]) {
        lines.insert(0, o);
    } else if let Some(o) = coded_issuer(page, lines[0]) {
        issuer_here(page, o);
    }
}

/// `某某股份有限公司` over `关于…的公告`: a company's name over its announcement's title is the
/// title's first words, as the exchanges print it. A government organ's line over a 关于 title
/// (`温县审计局` / `关于取消…的公告`) is the page's 发文机关 instead: `before_title` takes it as
/// the issuer and the title opens with 关于, as the first labelled set reads such pages.
fn issuer_over(page: &Page, first: usize) -> Option<usize> {
    if !plain(page.lines[first].text.trim()).starts_with("关于") {
        return None;
    }
    let o = page.prev_nonblank(first).filter(|&o| page.lines[o].is_text())?;
    let org = |i: usize| {
        let t = unspaced(page.lines[i].text.trim()).into_owned();
        page.lines[i].is_text()
            && t.chars().count() <= ISSUER_LINE_CHARS
            && looks_like_org(&t)
            && company_name(&t)
            && organ_mark(&t).is_none()
            && !t.ends_with(['：', ':'])
    };
    // (joint issuers, one a line, head the title without being its words; a site's name split
    // off the page's heading line is none)
    let issuers_only = |i: usize| (0..page.lines.len()).filter(|&k| page.lines[k].origin == page.lines[i].origin).all(org);
    let joint = page.prev_nonblank(o).is_some_and(issuers_only);
    (org(o) && !joint).then_some(o)
}

/// `潍坊学院第十三届大学生科技文化艺术节` over `关于…的通知` over `艺术节〔2013〕4号`: a body that is
/// no organ by its name's ending (an event's committee) but whose code opens the number under
/// the title.
fn coded_issuer(page: &Page, first: usize) -> Option<usize> {
    if !plain(page.lines[first].text.trim()).starts_with("关于") {
        return None;
    }
    let o = page.prev_nonblank(first).filter(|&o| page.lines[o].is_text())?;
    let name = unspaced(page.lines[o].text.trim()).into_owned();
    let number = (first + 1..page.lines.len()).filter(|&i| page.lines[i].is_text()).take(CODED_NUMBER_LINES).find(|&i| is_doc_number(&page.lines[i].text));
    let code = number.and_then(|i| number_code(&page.lines[i].text));
    let plain_name = name.chars().count() <= ISSUER_LINE_CHARS && name.chars().all(han);
    (code.is_some_and(|c| c.chars().count() >= 2 && c.chars().all(han) && name.ends_with(c)) && plain_name).then_some(o)
}

/// The document number under a title is looked for within this many lines of text.
const CODED_NUMBER_LINES: usize = 3;

/// `酒泉市启动全国助残日活动1` over the story that repeats `酒泉市启动全国助残日活动`: a count the
/// page glued to its headline (comments, pictures); the title as the page repeats it.
fn without_stray_count<'a>(page: &Page, lines: &[usize], t: &'a str) -> &'a str {
    let bare = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let glued = bare.len() < t.len() && bare.chars().next_back().is_some_and(han);
    let repeated = || (lines.last().map_or(0, |&l| l + 1)..page.lines.len()).any(|i| page.lines[i].text.trim() == bare);
    if glued && repeated() { bare } else { t }
}

/// The issuers a title's lines name: the organs heading it in its own lines, else the organs'
/// lines taken off it (over a reposted head, which the header zone does not reach), else the
/// organs run on before its 关于.
fn title_issuers(page: &mut Page, lines: &[usize], organs: Vec<usize>) {
    if !page.meta.issuer.is_empty() {
        return;
    }
    // (joint issuers stacked over it, each one)
    let heads: Vec<String> =
        lines[..lines.len() - 1].iter().map(|&i| unspaced(page.lines[i].text.trim()).into_owned()).take_while(|t| looks_like_org(t)).collect();
    if !heads.is_empty() {
        page.meta.issuer = heads;
        return;
    }
    page.meta.issuer = organs.iter().map(|&o| unspaced(page.lines[o].text.trim()).into_owned()).collect();
    for o in organs {
        page.moved(o, Field::Issuer);
    }
    if page.meta.issuer.is_empty() {
        page.meta.issuer = issuers_before_about(&page.lines[lines[0]].text);
    }
}

/// `遵化市新型冠状病毒感染的肺炎` / `疫情防控工作领导小组办公室` over the title: an organ's long
/// name wrapped onto two lines, the first no organ's name alone. It is one issuer when the text
/// below names it whole again (as its signer does). The first line and the name.
/// (Joint organs on one line wrap so too, `…发展和改革委员会  六安市` / `裕安区财政局`: each is an
/// issuer.)
fn wrapped_organ(page: &Page, o: usize) -> Option<(usize, Vec<String>)> {
    // (the line over it may have been taken for the site's, as the lines over a title are)
    let p = page.prev_nonblank(o).filter(|&p| matches!(page.lines[p].class, Class::Text | Class::Residue(Reason::Navigation)))?;
    let first = page.lines[p].text.trim();
    let joined = format!("{first}{}", page.lines[o].text.trim());
    let name = unspaced(&joined).into_owned();
    let part = !looks_like_org(&unspaced(first)) && !first.contains(['。', '，', '：', ':', '、']) && name.chars().count() <= MAX_WRAPPED_ORGAN_CHARS;
    let named_again = || {
        let below: String = (o + 1..page.lines.len()).filter(|&k| !page.lines[k].shows_nothing()).map(|k| squash(&page.lines[k].text)).collect();
        below.contains(&squash(&name))
    };
    if !(part && named_again()) {
        return None;
    }
    let names: Vec<&str> = joined.split_whitespace().collect();
    let joint = names.len() >= 2 && names.iter().all(|n| looks_like_org(n));
    Some((p, if joint { names.iter().map(|n| n.to_string()).collect() } else { vec![name] }))
}

/// An organ's name wrapped onto two lines is at most this long.
const MAX_WRAPPED_ORGAN_CHARS: usize = 40;

/// `泸州市龙马潭区人民政府办公室` / `关于印发…` / `…的通知`, found spelling the page's headline: the
/// organ's own line over the title's matter is the issuer's, as `issuer_over` reads it (a
/// company's name stays the title's first words); so are joint organs, a line each
/// (`苍溪县交通运输局` / `苍溪县公安局` / `关于…的通告`). The organs' lines, taken out.
fn organ_over_matter(page: &Page, lines: &mut Vec<usize>) -> Vec<usize> {
    let organ_line = |i: usize| {
        let organ = unspaced(page.lines[i].text.trim()).into_owned();
        // (a name alone: `陕西省人民政府印发贯彻国务院` / `关于…的决定的实施意见` is one title)
        let verbed = ["关于", "印发", "贯彻"].iter().chain(FORWARDING_VERBS).any(|w| organ.contains(w));
        looks_like_org(&organ) && !verbed && organ.chars().count() <= ISSUER_LINE_CHARS && !company_name(&organ) && organ_mark(&organ).is_none()
    };
    let organs = lines.iter().take_while(|&&i| organ_line(i)).count();
    let opens = lines.get(organs).is_some_and(|&m| opens_matter(&plain(page.lines[m].text.trim())));
    // (or one organ that signs the text under the title: `罗定市文学艺术界联合会` / `…征稿启事` / … /
    // `罗定市文学艺术界联合会`)
    // (`五峰…常务委员会` / `公 告`: over the kind alone, the organ names it, `某市人大常委会公告`)
    // (`最高人民法院` / `印发《…》的通知`: a verb goes on from the organ's name, one title wrapped)
    let matter = lines.get(organs).is_some_and(|&m| {
        let t = plain(page.lines[m].text.trim()).into_owned();
        !KIND_WORDS.contains(&squash(&t).as_str()) && !["印发", "贯彻"].iter().chain(FORWARDING_VERBS).any(|w| t.starts_with(w))
    });
    let signs = organs == 1 && lines.len() > 1 && matter && signs_below(page, lines[0], lines[lines.len() - 1]);
    if organs == 0 || !(opens || signs) {
        return Vec::new();
    }
    lines.drain(..organs).collect()
}

/// The organ's line `o` stands again alone somewhere under the title's last line.
fn signs_below(page: &Page, o: usize, last: usize) -> bool {
    let name = squash(&page.lines[o].text);
    (last + 1..page.lines.len()).any(|k| !page.lines[k].shows_nothing() && squash(&page.lines[k].text) == name)
}

/// `关于…`, `转发…关于…`, `中华人民共和国…`: a title's first line that opens its matter, which an organ's line over
/// it does not join (`…办公室关于` / `印发…的通知` is one title wrapped after 关于).
fn opens_matter(t: &str) -> bool {
    // (or names a law of the state, which no organ's name heads: `中华人民共和国海关…管理办法`)
    t.starts_with("关于") || t.starts_with("中华人民共和国") || FORWARDING_VERBS.iter().any(|w| t.starts_with(w) && t.contains("关于"))
}

/// A company's name (`某某科技股份有限公司`), which heads its announcement's title.
fn company_name(t: &str) -> bool {
    let t = unspaced(t);
    COMPANY_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// `文件名称关于…的通报`, `会议题目•于晓东主持召开…会议`: a register's field label glued to the
/// title it labels; the title without it.
fn without_field_label(t: &str) -> &str {
    let rest = TITLE_FIELD_LABELS.iter().find_map(|l| t.strip_prefix(l)).map(|r| r.trim_start_matches(['•', '·', ':', '：', '|', ' ', '\u{3000}']));
    rest.filter(|r| r.chars().count() >= MIN_LABELLED_TITLE_CHARS && (r.starts_with("关于") || ends_like_title(r) || r.contains("召开"))).unwrap_or(t)
}

/// `閱讀 3065 次 2014年中國土木工程學會…條例` → the title: a post's count of readers run in
/// before its headline.
fn without_read_count(t: &str) -> &str {
    let t = t.trim();
    let folded = fold(t);
    let Some(word) = READ_COUNT_WORDS.iter().find(|w| folded.starts_with(*w)) else { return t };
    let rest = t[word.len()..].trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let Some(title) = rest[digits..].trim_start().strip_prefix('次') else { return t };
    let title = title.trim_start();
    if digits > 0 && title.chars().filter(|c| han(*c)).count() >= MIN_LABELLED_TITLE_CHARS { title } else { t }
}

/// The words a count of readers opens with (`阅读 3065 次`).
const READ_COUNT_WORDS: &[&str] = &["阅读", "浏览", "点击"];

/// Labels a register prints glued to the title they label.
const TITLE_FIELD_LABELS: &[&str] = &["文件名称", "信息名称", "内容概况", "会议题目", "信息正文", "标题名称"];
/// A title after its glued label is at least this long.
const MIN_LABELLED_TITLE_CHARS: usize = 6;

/// An issuer's line over a title is at most this long (joint issuers stand on lines of their own).
const ISSUER_LINE_CHARS: usize = 30;

/// `…12/20開放公告 2025-12-18`: a list page's posting date glued after the headline, a space
/// before it (a title that ends like one; the date is the page's, not the document's).
fn without_posting_date(t: &str) -> &str {
    let Some((head, date)) = t.rsplit_once(char::is_whitespace) else { return t };
    let numeric = date.len() == 10 && date.chars().all(|c| c.is_ascii_digit() || "-/.".contains(c));
    if numeric && crate::style::dates::parse_date(date).is_some() && ends_like_title(head.trim_end()) { head.trim_end() } else { t }
}

/// `哈尔滨市城市道路管理条例（2020）`, `…条例（1995修正）`: a law site's version tag after a
/// title (a year, perhaps with the revision it names) is not the title's; a qualifier such as
/// `（试行）` is.
fn without_year_tag(t: &str) -> &str {
    let t = without_posting_date(without_leading_year_tag(t.trim()));
    let Some(open) = t.rfind(['（', '(']) else { return t };
    let inner = t[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    // the year alone, or with the revision it names (`（1995修正）`, `（2010年修订）`)
    let year = inner.get(..4).is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()));
    let revision = matches!(inner.get(4..).map(|r| r.trim_start_matches('年')), Some("" | "修正" | "修订" | "修改" | "修正本" | "修订本" | "版" | "修订版"));
    let tagged = t.ends_with(['）', ')']) && year && revision && ends_like_title(&t[..open]);
    // (a notice's year names its round, `…人民陪审员选任公告（2025年）`: the title's)
    let round = NOTICE_KINDS.iter().any(|k| t[..open].trim_end().ends_with(k)) && inner.chars().count() <= 5;
    if tagged && !round { t[..open].trim_end() } else { t }
}

/// `(1988年)国务院办公厅关于…的复函`: a law site's year before a title that is whole after it.
fn without_leading_year_tag(t: &str) -> &str {
    let Some(inner_end) = t.strip_prefix(['（', '(']).and_then(|r| r.find(['）', ')']).map(|e| e + t.len() - r.len())) else { return t };
    let inner = t[..inner_end].trim_start_matches(['（', '(']).trim_end_matches('年');
    let rest = t[inner_end..].trim_start_matches(['）', ')']).trim_start();
    let year = inner.len() == 4 && inner.chars().all(|c| c.is_ascii_digit());
    if year && ends_like_title(rest) && rest.chars().count() >= 6 { rest } else { t }
}

/// `（2009年4月13日）`: a date alone in brackets, normalised.
fn bracketed_date(t: &str) -> Option<String> {
    let t = t.trim();
    let inner = t.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
    is_date_line(inner).then(|| find_date(inner)).flatten()
}

/// `福建省人民政府关于…的批复` / `闽政文〔2016〕28号` / `莆田市人民政府：` after a poster's or a
/// reporter's lead paragraphs: the head of the document a page reposts, found by its title
/// and the number or addressee right under it. The issuer's line over the title is part of it;
/// an image's caption may stand between the lead and the head. Returns the title's lines.
fn reposted_head(page: &Page, zone: usize) -> Option<Vec<usize>> {
    let texts: Vec<usize> = (zone..page.lines.len()).filter(|&i| page.lines[i].is_text()).take(REPOST_LEAD_LINES).collect();
    let text = |k: usize| page.lines[texts[k]].text.trim();
    // the lead ends a sentence right before the head (captions aside)
    let led = |k: usize| (0..k).rev().map(text).find(|t| !is_caption(t)).is_some_and(ends_sentence);
    (1..texts.len().saturating_sub(1)).find_map(|k| {
        let (title, next) = (texts[k], text(k + 1));
        let t = &page.lines[title].text;
        let hans = t.chars().filter(|c| han(*c)).count();
        // (`附件：关于…的通知` over its number under the text is the attachment note)
        let head = title_line(page, title) && ends_like_title(t) && plain(t).contains("关于") && hans >= 10 && !super::tail::attachment_labelled(t);
        // (its number, or its addressee: `各省、自治区、直辖市…体育行政部门：`)
        let opens = is_doc_number(next) || addressee_shaped(next) || next.ends_with(['：', ':']) && looks_like_org(next.trim_end_matches(['：', ':']));
        // or the number stands over the title (`沪府〔2020〕27号` / `…关于印发…的通知`)
        let numbered = is_doc_number(text(k)) && title_line(page, texts[k + 1]) && ends_like_title(next) && plain(next).contains("关于");
        if numbered && led(k) {
            return Some(vec![texts[k + 1]]);
        }
        // or a red head: the organ over its kind alone (`五峰…常务委员会` / `公 告`) over the
        // number or the 题注
        let kind = super::super::rules::KIND_WORDS.contains(&t.split_whitespace().collect::<String>().as_str());
        if kind && k >= 2 && looks_like_org(&unspaced(text(k - 1))) && (is_doc_number(next) || is_subtitle(next)) && led(k - 1) {
            return Some(vec![texts[k - 1], title]);
        }
        // or the reposter's signpost right over it (`详细通告如下` / `☟☟`, `原文如下：`), read
        // whatever the chrome pass made of it, captions aside (`官网截图`)
        let over = page.lines[..title].iter().rev().filter(|l| l.class != Class::Blank).map(|l| l.text.trim());
        let signposted = over.filter(|t| t.chars().any(han) && !is_caption(t)).next().is_some_and(signpost);
        if signposted && head {
            return Some(vec![title]);
        }
        if signposted && wrapped_about(page, title, texts[k + 1]) {
            return Some(vec![title, texts[k + 1]]);
        }
        // or its title wrapped over two lines right over its number (`國務院辦公廳關于同意湖南省` /
        // `承辦…的函` / `國辦函〔2025〕59號`)
        let numbered_under = texts.get(k + 2).is_some_and(|&n| is_doc_number(&page.lines[n].text));
        if numbered_under && wrapped_about(page, title, texts[k + 1]) && led(k) {
            return Some(vec![title, texts[k + 1]]);
        }
        // or the document's text right under it, a paragraph of prose (`关于…黄巷工程项目的停水通知` /
        // `为配合…工程，我司将…进行施工，…。`)
        // (a title that opens with 关于 or with its organ: not a story's line that names a report,
        // `会议听取、审议并通过了《…关于…的报告`)
        let formal =
            plain(t).split_once("关于").is_some_and(|(organ, _)| organ.trim().is_empty() || organ.trim().chars().all(han) && looks_like_org(organ.trim()));
        let texted = formal && page.lines[texts[k + 1]].chars() >= PROSE_CHARS && is_prose(next) && super::headings::family(next).is_none();
        if !(head && (opens || texted)) {
            return None;
        }
        let issuer = k >= 2 && looks_like_org(&unspaced(text(k - 1))) && !text(k - 1).ends_with(['：', ':']);
        match issuer {
            true if led(k - 1) => Some(vec![texts[k - 1], title]),
            _ => led(k).then(|| vec![title]),
        }
    })
}

/// `关于加强香洲区沿海岸线` / `疫情防控措施的通告`: a 关于 title the page broke over two lines,
/// its first line still open (perhaps its issuer before 关于: `国务院办公厅关于同意湖南省`).
fn wrapped_about(page: &Page, first: usize, second: usize) -> bool {
    let (a, b) = (&page.lines[first].text, &page.lines[second].text);
    let whole = format!("{}{}", a.trim(), b.trim());
    let about = plain(a.trim()).split_once("关于").is_some_and(|(issuer, _)| issuer.is_empty() || looks_like_org(issuer));
    title_line(page, first) && title_line(page, second) && about && !ends_like_title(a) && ends_like_title(&whole) && whole.chars().count() <= MAX_TITLE_CHARS
}

/// `…其中，福建11家上榜，分别是——` / eleven names / `通報詳情如下——` / `關于…的通報`: a report
/// whose lead runs longer than `reposted_head` looks, its signpost right over the document's
/// title.
fn signposted_head(page: &Page, zone: usize) -> Option<Vec<usize>> {
    // (a short lead may end in the header, `…联合声明，全文如下：` right under the headline's
    // dateline, the document's title under it)
    let start = (0..zone).find(|&i| page.lines[i].is_text() && intro(&page.lines[i].text)).unwrap_or(zone);
    let texts: Vec<usize> = (start..page.lines.len()).filter(|&i| page.lines[i].is_text()).take(SIGNPOSTED_LINES).collect();
    texts
        .windows(2)
        .find_map(|w| {
            let t = &page.lines[w[1]].text;
            let hans = t.chars().filter(|c| han(*c)).count();
            let above = page.lines[w[0]].text.trim();
            // (a reposter's lead that hands over, `…发表文章《…》，内容如下：`, announces any titled
            // document; a bare `全文如下：` one whose title says 关于)
            // (or one that announces the full text, `以下为声明原文：`, over a title of its kind alone,
            // `严正声明`)
            let named = plain(t).contains("关于") && hans >= 10 && signpost(above) || hans >= 4 && (intro(above) || full_text_signpost(above));
            (title_line(page, w[1]) && ends_like_title(t) && named).then(|| vec![w[1]])
        })
        .or_else(|| (0..page.lines.len()).filter(|&i| page.lines[i].is_text()).take(SIGNPOSTED_LINES).find(|&j| bare_kind_signposted(page, j)).map(|j| vec![j]))
}

/// `石化协会…向全行业发出抗灾救灾倡议书` / `2011-05-13` / the story's lead / `倡 议 书` /
/// `石油和化工行业各企业，…同志们：`: a story's headline naming the kind of the document it
/// reports, and under the story's lead that document's own head — its kind alone over its
/// salutation. The document's title is its own.
fn reported_kind(page: &Page, headline: &[usize]) -> Option<usize> {
    let text = plain(&squash(&title_text(page, headline))).into_owned();
    let kind = BARE_KINDS.iter().filter(|k| text.ends_with(*k)).max_by_key(|k| k.len())?;
    let last = *headline.last()?;
    // (the story's lead between them: a kind right under the headline's dateline is the
    // headline's own document, titled by the headline)
    let led = |j: usize| (last + 1..j).any(|k| page.lines[k].is_text() && is_prose(&page.lines[k].text));
    (last + 1..page.lines.len()).filter(|&j| page.lines[j].is_text()).take(SIGNPOSTED_LINES).find(|&j| {
        if !led(j) {
            return false;
        }
        // (whom it addresses, however many: `石油和化工行业各企业，全体干部职工同志们：`)
        let addressed = |t: &str| t.trim_end().ends_with(['：', ':']) && !t.contains(['。', '！', '？']) && t.chars().count() <= MAX_ADDRESSEE_CHARS;
        let greets = page.next_nonblank_text(j).is_some_and(|n| salutation_shaped(&page.lines[n].text) || addressed(&page.lines[n].text));
        kind_alone(&page.lines[j].text) == *kind && greets
    })
}

/// `以下是公告原文:` / `公告` / `尊敬的…业主:`, `全文如下` / `声 明` / `近日，…`: one bare kind
/// right under the signpost (kept or taken as the editor's line), over the document's
/// salutation or its text.
fn bare_kind_signposted(page: &Page, j: usize) -> bool {
    let kind = kind_alone(&page.lines[j].text);
    let signposted = page.prev_nonblank(j).is_some_and(|p| {
        let above = page.lines[p].text.trim();
        let bare_signpost = super::super::rules::INTRO_ENDINGS.contains(&plain(above.trim_end_matches(['：', ':', '—'])).as_ref());
        (page.lines[p].is_text() || page.lines[p].class == Class::Residue(Reason::Editorial)) && (full_text_signpost(above) || intro(above) || bare_signpost)
    });
    let opens = page.next_nonblank_text(j).is_some_and(|n| {
        let t = &page.lines[n].text;
        addressee_shaped(t) || salutation_shaped(t) || is_prose(t)
    });
    // (any kind: what the signpost announces is a document, not a column)
    let kind = kind.strip_prefix("严正").unwrap_or(&kind);
    (BARE_KINDS.contains(&kind) || KIND_WORDS.contains(&kind)) && signposted && opens
}

/// A reposter's signpost stands within this many lines of the page's start.
const SIGNPOSTED_LINES: usize = 40;

/// Some line of the page names `name` in book-title marks.
fn quoted_on_page(page: &Page, name: &str) -> bool {
    let quoted = format!("《{name}》");
    page.lines.iter().any(|l| l.text.contains(&quoted))
}

/// `长三角地区…攻坚行动方案` over `…全文如下：` over `关于印发《长三角地区…攻坚行动方案》的通知`:
/// the page's headline names the document that the notice under it issues.
fn issues_headline(page: &Page, headline: &[usize], notice: &[usize]) -> bool {
    let name = quoted_name(&title_text(page, notice));
    name.is_some_and(|n| squash(&n) == squash(&title_text(page, headline)))
}

/// `详细通告如下☟☟`, `全文如下：`: a short line that announces the document under it.
fn signpost(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| !han(c));
    // (the last sentence of a reposter's lead: `…《…方案》印发。全文如下：`)
    let core = core.rsplit(['。', '！']).next().unwrap_or(core);
    // (or the document a story appends, named: `附海原县信鸽协会开除会员会籍的通知：`)
    let appended = t
        .strip_prefix('附')
        .and_then(|r| r.strip_suffix(['：', ':']))
        .is_some_and(|r| !r.starts_with(['件', '表']) && ends_like_title(r) && r.chars().count() <= super::super::rules::MAX_HEADING_CHARS);
    core.ends_with("如下") && core.chars().count() <= SIGNPOST_CHARS || appended
}

/// `以下为声明原文：`, `以下是公告全文：`: a short line that hands over to the full text of the
/// document under it.
fn full_text_signpost(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| !han(c));
    (core.ends_with("原文") || core.ends_with("全文")) && core.starts_with("以下") && core.chars().count() <= SIGNPOST_CHARS
}

/// A reposter's signpost is at most this long (`以下是通告全文如下` and shorter).
const SIGNPOST_CHARS: usize = 12;

/// `上海市人民政府于近日印发《…》，要求…。` over `沪府〔2020〕27号` over the title: sentences
/// above a document's number are a reposter's lead (a document's text never precedes its head).
fn lead_over_numbered_head(page: &mut Page, title: usize) {
    let Some(number) = page.prev_nonblank(title).filter(|&p| is_doc_number(&page.lines[p].text)) else { return };
    let above: Vec<usize> = (0..number).filter(|&i| page.lines[i].is_text()).collect();
    if !above.is_empty() && above.len() <= 3 && above.iter().all(|&i| ends_sentence(&page.lines[i].text)) {
        if page.lines[number].is_text() {
            page.meta.doc_number.get_or_insert(page.lines[number].text.trim().to_string());
            page.moved(number, Field::DocNumber);
        }
        for i in above {
            page.residue(i, Reason::Lead);
        }
    }
}

/// Lines of text after the header searched for a reposted document's head.
const REPOST_LEAD_LINES: usize = 12;

/// The page's own headline over the lead of a repost (a thread's or a story's title) and the
/// lead itself: the poster's or the reporter's words, not the document's, which opens at
/// `title` (`--keep-all` keeps them).
fn headline_over_repost(page: &mut Page, zone: usize, title: usize) {
    // (a title inside the header, under the lead's short lines: `全文如下` / `声 明`, all of them)
    let zone = if title < zone { 0 } else { zone };
    for i in 0..zone {
        let t = &page.lines[i].text;
        // (one that asks or exclaims is a headline too: `…7名会员被开除!`)
        let headline = !t.contains(['，', '。', '：', ':']) && (!is_prose(t) || punctuated_headline(page, i));
        if page.lines[i].is_text() && t.chars().count() <= 40 && headline {
            page.residue(i, Reason::Headline);
        }
    }
    // (the document's number over its title is its own)
    for i in zone..title {
        if page.lines[i].is_text() && !is_doc_number(&page.lines[i].text) {
            page.residue(i, Reason::Lead);
        }
    }
}

/// The end of the header: the first line of running text or a numbered heading. A short
/// sentence above the title (a site's slogan) does not end it.
fn zone_end(page: &Page) -> usize {
    let n = page.lines.len();
    let ends = |i: usize| {
        let l = &page.lines[i];
        // (a line ending in a colon is an addressee's, unless it ends a sentence before it or
        // hands over to the items under it: `…现将有关事项通知如下：`)
        let open = l.text.ends_with(['：', ':']) && !l.text.contains('。') && !hands_over(&l.text);
        // (an English line is no text of the Chinese document: a bilingual page's translator's
        // note, a title's English version)
        l.is_text()
            && l.text.chars().any(han)
            && !is_subtitle(&l.text)
            && !long_title(&l.text)
            && !exclaimed_title(&l.text)
            && !punctuated_headline(page, i)
            && ((is_prose(without_english_tail(&l.text)) || hands_over(&l.text)) && !open
                || super::headings::numbered_heading(&l.text).is_some()
                || field_list(page, i))
    };
    let long_prose = |i: usize| ends(i) && page.lines[i].chars() > SHORT_LINE;
    // (a sentence under an addressee opens the text: `各有关单位:` / `现将《…方案》印发给你们…。`)
    let addressed = |i: usize| page.prev_nonblank(i).is_some_and(|p| page.lines[p].is_text() && addressee_shaped(&page.lines[p].text));
    // (a numbered heading under the sentence that hands over to it is the text's, whatever
    // title-like line its item holds: `…安排如下：` / `一、学习时间` / `落实…政治学习制度`)
    let handed = |i: usize| {
        let over = |p: usize| {
            let t = page.lines[p].text.trim();
            t.ends_with(['：', ':']) && t.trim_end_matches(['：', ':']).ends_with("如下")
        };
        super::headings::numbered_heading(&page.lines[i].text).is_some() && page.prev_nonblank(i).is_some_and(over)
    };
    // (a list the document numbers or labels is no site's slogan)
    let slogan = |i: usize| {
        page.lines[i].chars() <= SHORT_LINE
            && !addressed(i)
            && !handed(i)
            && !field_list(page, i)
            && (i + 1..n)
                .take_while(|&j| !long_prose(j))
                .any(|j| page.lines[j].is_text() && ends_like_title(&page.lines[j].text) && !is_prose(&page.lines[j].text))
    };
    let first = (0..n).find(|&i| ends(i) && !slogan(i) && !intro(&page.lines[i].text) && !headline_over_byline(page, i)).unwrap_or(n);
    // the page's metadata below it: the header goes on
    let metas: Vec<_> =
        (0..n).map(|i| if page.lines[i].class == Class::Blank { None } else { super::metadata::line_fields(&page.lines[i].vis.text) }).collect();
    let meta_end = super::metadata::header_end(page, &metas);
    if meta_end > first && page.anchors.iter().any(|&a| a > first) {
        return (first + 1..n).find(|&i| i >= meta_end && ends(i)).unwrap_or(n);
    }
    // (or the page's trail under a sidebar's notice, `您现在的位置：首页 » 侨团服务`, over the
    // story's headline and its posting line: the story's head goes on to its text)
    let trail = (first..n.min(first + SIDEBAR_LINES)).find(|&i| page.lines[i].class == Class::Residue(Reason::Breadcrumb));
    if let Some(b) = trail {
        let text = (b + 1..n).find(|&i| ends(i)).unwrap_or(n);
        if (b + 1..text).any(|i| metas[i].as_ref().is_some_and(|f| f.iter().any(|(k, _)| k.anchors()))) {
            return text;
        }
    }
    first
}

/// `- 申請受理截止日:` / `活動前1個月` / `- 備件:` / … : a list of fields, each label a list's
/// item alone over its value — the text's, however short its lines (no menu ends its words with
/// a colon).
fn field_list(page: &Page, i: usize) -> bool {
    let label = |k: usize| {
        let l = &page.lines[k];
        let name = l.text.trim().trim_start_matches(['-', '•', '·', '*', ' ']).strip_suffix(['：', ':']);
        l.is_text() && list_item(&l.raw) && name.is_some_and(|n| (2..=FIELD_LABEL_CHARS).contains(&n.chars().count()) && n.chars().all(han))
    };
    let end = page.lines.len().min(i + FIELD_LIST_LINES);
    label(i) && (i + 1..end).filter(|&k| label(k)).count() + 1 >= FIELD_LIST_LABELS
}

/// `一、時  間:20090523` / `二、地  點:…`: the first of items numbered one and two, the second
/// within a few lines — the document's list, however short or labelled its items (no menu
/// numbers its links 一、 二、).
fn numbered_list(page: &Page, i: usize) -> bool {
    use super::headings::{Family, counts, counts_from_one, family};
    // (counted as a document counts, `一、` or `1、`: a site numbers its lists of links `1.`)
    let enumerated = |k: usize| {
        let t = page.lines[k].text.trim();
        family(t).filter(|&(f, len)| f == Family::Han || f == Family::Arabic && t[..len].ends_with('、')).map(|(f, _)| f)
    };
    // (a table of contents under its label lists the documents a title stands over)
    let contents = page.prev_nonblank(i).is_some_and(|p| CONTENTS_LABELS.contains(&squash(&fold(&page.lines[p].text)).replace(' ', "").as_str()));
    let Some(f) = enumerated(i).filter(|_| page.lines[i].is_text() && counts_from_one(&page.lines[i].text) && !contents) else { return false };
    let end = page.lines.len().min(i + FIELD_LIST_LINES);
    (i + 1..end)
        .find(|&k| page.lines[k].is_text() && family(page.lines[k].text.trim()).is_some())
        .is_some_and(|k| enumerated(k) == Some(f) && counts(&page.lines[k].text, &["二", "2", "２"]))
}

/// The label of a table of contents.
const CONTENTS_LABELS: &[&str] = &["目录", "目次"];

/// A field's label in such a list is at most this long…
const FIELD_LABEL_CHARS: usize = 8;
/// …the list has at least this many labels…
const FIELD_LIST_LABELS: usize = 3;
/// …within this many lines from its first.
const FIELD_LIST_LINES: usize = 10;

/// `【中/ENG】國民黨公布…,持續衝刺達標 Anti-Ractopork Signature Drive Nears 90,000 …`: a bilingual
/// headline's Chinese, without the English translation after it (which alone makes the line as
/// long as a paragraph).
fn without_english_tail(t: &str) -> &str {
    let Some((at, c)) = t.char_indices().filter(|(_, c)| han(*c)).last() else { return t };
    let (zh, en) = (&t[..at + c.len_utf8()], &t[at + c.len_utf8()..]);
    let words = en.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count();
    if words >= ENGLISH_TAIL_WORDS { zh } else { t }
}

/// Words of English after a line's last Chinese character that make them a translation.
const ENGLISH_TAIL_WORDS: usize = 3;

/// A sidebar's notice above the page's trail is at most this many lines long.
const SIDEBAR_LINES: usize = 40;

/// `曲靖人注意！…可燃放烟花爆竹！` over `曲靖论坛 发表于 2024-2-6 …`: a headline that shouts, no
/// sentence ended in it, over the page's byline (its metadata) before any text — the page's
/// head, not its text.
fn headline_over_byline(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    let below = (i + 1..page.lines.len()).filter(|&j| page.lines[j].class != Class::Blank).take(HEADLINE_BYLINE_LINES);
    !t.contains(['。', '；', ';'])
        && t.chars().count() <= MAX_TITLE_CHARS
        && below
            .take_while(|&j| !(page.lines[j].is_text() && is_prose(&page.lines[j].text)))
            .any(|j| page.lines[j].class == Class::Residue(Reason::PageMetadata))
}

/// A byline stands within this many lines under the headline it belongs to.
const HEADLINE_BYLINE_LINES: usize = 4;

/// `各有关单位:`, `各区人民政府，市政府各部门：`: a line shaped as an addressee — names of units or
/// kinds of them, ending in a colon, no sentence in it.
pub fn addressee_shaped(t: &str) -> bool {
    let folded = plain(t.trim());
    let Some(names) = folded.strip_suffix(['：', ':']) else { return false };
    let items: Vec<&str> = names.split(['、', '，', ',']).collect();
    // (`各县、区人民政府`: a level alone shares the name after it)
    // (`各委、办、厅、局`: the kinds of office after the first share its 各)
    let office = |k: usize| k > 0 && OFFICE_KINDS.contains(&items[k].trim()) && items[..k].iter().any(|i| i.contains('各'));
    // (`各农、林、牧、渔场`: sectors of one character each share the kind after them)
    let bare = |i: &str| i.trim().trim_start_matches('各').chars().count();
    let sector = |k: usize| {
        let one = bare(items[k]) == 1 && items[k].trim().chars().all(han);
        one && items[k + 1..].iter().find(|n| bare(n) > 1).is_some_and(|n| addressee_item(n))
    };
    let named = |k: usize| {
        addressee_item(items[k]) || office(k) || sector(k) || shared_level(items[k]) && items.get(k + 1).is_some_and(|n| addressee_item(n) || shared_level(n))
    };
    names.chars().count() <= MAX_ADDRESSEE_CHARS && !names.contains(['。', '！', '？']) && !hands_over_to_text(names) && (0..items.len()).all(named)
}

/// `天兴互联客户请阅读以下通知:`: a line that names its readers but hands over to the text (see
/// `INTRO_ENDINGS`), no addressee.
fn hands_over_to_text(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['：', ':']);
    super::super::rules::INTRO_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// A decision's party's particulars under line `j`: `统一社会信用代码：…`, `法定代表人：…`.
fn party_particulars(page: &Page, j: usize) -> bool {
    page.next_nonblank_text(j).is_some_and(|n| party_field(&page.lines[n].text))
}

/// `统一社会信用代码：91411602MA46LM1869`: one of a party's particulars.
pub fn party_field(t: &str) -> bool {
    let t = plain(t.trim());
    PARTY_FIELDS.iter().any(|f| t.strip_prefix(f).is_some_and(|r| r.trim_start().starts_with(['：', ':'])))
}

/// What a decision on a case says of its party under the party's name.
const PARTY_FIELDS: &[&str] = &["统一社会信用代码", "法定代表人", "负责人", "经营者", "身份证号码", "住所", "注册地址", "经营场所"];

/// Kinds of office named by one character in a list that shares its 各 (`省政府各委、办、厅、局`).
const OFFICE_KINDS: &[&str] = &["委", "办", "厅", "局", "处", "室", "科", "部", "院", "所", "站", "队", "中心"];

/// `各县` of `各县、区人民政府`, `市` of `各县、市、区人民政府`: a level of government alone, which
/// shares the next item's name (`…人民政府`).
fn shared_level(s: &str) -> bool {
    let s = s.trim();
    PLACE_LEVELS.contains(&s.strip_prefix('各').unwrap_or(s))
}

/// `关于转发吉林省总工会《…的通知》、长春市总工会《…的通知》的通知`: a title as long as a line of
/// prose (forwarding two documents), no sentence and no clause in it, ending in its kind.
fn long_title(t: &str) -> bool {
    let n = t.chars().count();
    n >= PROSE_CHARS && n <= MAX_TITLE_CHARS && !t.contains(['。', '！', '，', ',', '；', ';']) && !asks(t) && ends_like_title(t)
}

/// `金管處戶外公共場域延長停止對外開放公告!!!!`: a title a site shouted with exclamation marks
/// (two or more) after its kind, no sentence before them.
fn exclaimed_title(t: &str) -> bool {
    let core = t.trim().trim_end_matches(['!', '！']);
    // (two marks at least: one after `…以上规定！` ends a sentence)
    t.trim()[core.len()..].chars().count() >= 2
        && !core.contains(['。', '！', '？', '!', '?', '，'])
        && core.chars().count() <= MAX_TITLE_CHARS
        && ends_like_title(core)
}

/// A reposter's lead that hands over to the document below it (`…下面是详细内容。`), or a
/// post's summary that points at its text (`…注意事項，請查閱內文。`).
fn intro(t: &str) -> bool {
    let handing = hands_over(t);
    // (`…，一起来看——`, `全文如下↓↓`: the dash or the arrows pointing at it)
    let t = plain(t.trim().trim_end_matches(['。', '：', ':', '！', '—', '↓']));
    (is_prose(&t) || handing) && super::super::rules::INTRO_ENDINGS.iter().any(|e| t.ends_with(e)) || points_at_text(&t)
}

/// `…注意事項，請查閱內文。`, `…開學，相關說明如內文。`: a clause that points at the text under it.
fn points_at_text(t: &str) -> bool {
    let t = plain(t.trim().trim_end_matches(['。', '！']));
    t.contains(['，', ',']) && super::super::rules::TEXT_POINTERS.iter().any(|e| t.ends_with(e))
}

/// `8月8日，国家文物局发布关于开展…的通知。`, `…由文化部办公厅于2016年6月23日公布。`: one
/// sentence reporting that a document was issued, right over that document's addressee (or
/// over a section's short name, `公布通知`, and the addressee). Some(the name's line) or None
/// when the addressee follows at once; not a lead at all: None of None.
fn reported_document(page: &Page, j: usize) -> Option<Option<usize>> {
    let t = fold(&plain(page.lines[j].text.trim())).into_owned();
    let body = t.strip_suffix('。')?;
    let reports = reports_issue(&t) && (ISSUE_VERBS.iter().any(|v| body.ends_with(v)) || super::super::rules::KIND_WORDS.iter().any(|k| body.ends_with(k)));
    if !reports {
        return None;
    }
    let next = page.next_nonblank_text(j)?;
    if addressee_shaped(&page.lines[next].text) {
        return Some(None);
    }
    let name = page.lines[next].text.trim();
    let short_name = name.chars().count() <= SECTION_NAME_CHARS && name.chars().all(han);
    let under = page.next_nonblank_text(next)?;
    (short_name && addressee_shaped(&page.lines[under].text)).then_some(Some(next))
}

/// A news lead reporting the document it shows, perhaps a section's name under it (`公布通知`):
/// the page's, and the document's addressee under them.
fn reported_lead(page: &mut Page, j: usize, label: Option<usize>) {
    page.residue(j, Reason::Lead);
    if let Some(k) = label {
        page.residue(k, Reason::Lead);
    }
    if let Some(k) = page.next_nonblank_text(label.unwrap_or(j)) {
        addressee(page, k);
    }
}

/// An untitled page's lead reporting its document is among its first this many text lines.
const REPORTING_LEAD_DEPTH: usize = 4;

/// Verbs a lead reports a document's issue with.
const ISSUE_VERBS: &[&str] = &["发布", "印发", "公布", "下发", "发出", "出台"];

/// A lead reporting a document is one sentence of at most this many characters.
const MAX_REPORTING_LEAD_CHARS: usize = 80;

/// A section's name between a lead and the document is at most this long (`公布通知`).
const SECTION_NAME_CHARS: usize = 6;

/// `（2009年7月22日四川省第十一届人民代表大会常务委员会第十次会议通过）`: a 题注.
/// So is a report's `——2023年1月4日在某市第十四届人民代表大会第二次会议上`.
pub fn is_subtitle(t: &str) -> bool {
    let t = plain(t);
    // (one dash or two: `——2021年…会议上`, `—2021年…会议上`)
    let dashed = t
        .trim()
        .strip_prefix("——")
        .or_else(|| t.trim().strip_prefix('—'))
        .filter(|r| r.contains('在') && r.contains("会议") && r.ends_with(['上', '）', ')']) && r.chars().count() <= 60);
    if dashed.is_some() {
        return true;
    }
    let inner = t.trim().strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|r| {
        ["通过", "发布", "批准", "修订", "修正", "公布", "施行", "会议", "讲话", "报告"].iter().any(|w| r.contains(w)) && r.chars().count() >= 6
    })
}

/// The lines of a 题注 that starts at `j`: one line, or wrapped onto a second
/// (`（2016年12月10日…人民代表大会` / `第一次会议通过）`, `——2021年12月23日在…` / `…会议上`), or
/// one that lost its brackets.
fn subtitle_lines(page: &Page, j: usize) -> Option<Vec<usize>> {
    let t = page.lines[j].text.trim();
    if is_subtitle(t) {
        return Some(vec![j]);
    }
    let opens = t.starts_with(['（', '(']) && !t.ends_with(['）', ')']) || t.starts_with('—');
    // wrapped onto up to three more short lines (`（2022年8月26日…通过 2023年4月4日` /
    // `吉林省第十四届人民代表大会常务` / `委员会第二次会议批准）`)
    // (or a list of revisions, one a line: `（1999年12月22日…通过;` / `2007年4月28日…修订;` / …)
    let mut lines = vec![j];
    let mut text = t.to_string();
    let revision =
        |l: &str| l.find('年').is_some_and(|y| y >= 4 && l[..y].chars().all(|c| c.is_ascii_digit())) && l.trim_end().ends_with([';', '；', '）', ')', '。']);
    let mut revisions = true;
    while opens && (lines.len() < SUBTITLE_LINES || revisions && lines.len() < REVISION_LINES) {
        let Some(k) = page.next_nonblank(lines[lines.len() - 1]).filter(|&k| page.lines[k].is_text() && page.lines[k].chars() <= 40) else { break };
        let line = page.lines[k].text.trim();
        revisions &= revision(line);
        text.push_str(line);
        lines.push(k);
        if is_subtitle(&text) {
            return Some(lines);
        }
        // a bracket closed, or a dash's line ended, without a 题注: none
        if t.starts_with(['（', '(']) && line.ends_with(['）', ')']) || t.starts_with('—') {
            break;
        }
    }
    bare_subtitle(page, j)
}

/// A 题注 wraps over at most this many lines; one that lists revisions a line each, this many.
const SUBTITLE_LINES: usize = 4;
const REVISION_LINES: usize = 10;

/// `盐政发〔2013〕99号  2013年4月25日`: a number and a date, apart on one line (or closed up,
/// `税总函〔2019〕85号2019年3月18日`, the date right after the number's 号).
fn number_and_date(t: &str) -> Option<(String, String)> {
    // (a compilation's 题注 in brackets: `（2007年6月14日人事部办公厅发  国人厅发〔2007〕68号）`)
    let t = t.trim();
    let t = in_round_brackets(t).unwrap_or(t);
    if let Some((date, number)) = t.split_once(|c: char| c.is_whitespace() || c == '·').and_then(|(a, b)| Some((issued_by(a)?, b.trim()))) {
        return is_doc_number(number).then(|| Some((number.to_string(), find_date(date)?))).flatten();
    }
    let closed_up = || t.find('号').map(|k| t.split_at(k + '号'.len_utf8())).filter(|(a, _)| is_doc_number(a));
    // (`中華民國111年 4月26日鹿鄉農字第1110005370號`: the date first, closed up to the number)
    let dated = || t.find('日').map(|k| t.split_at(k + '日'.len_utf8())).filter(|(a, b)| is_date_line(a) && is_doc_number(b));
    let (a, b) = dated().or_else(|| t.split_once(char::is_whitespace)).or_else(closed_up)?;
    let (a, b) = (a.trim(), b.trim());
    // either way round: a law site's `2004年1月11日 国函[2004]1号`
    let (number, date) = if is_doc_number(a) { (a, b) } else { (b, a) };
    (is_doc_number(number) && is_date_line(date)).then(|| Some((number.to_string(), find_date(date)?))).flatten()
}

/// `2007年6月14日人事部办公厅发`: a date and the organ that issued on it (or the date alone);
/// the date.
fn issued_by(t: &str) -> Option<&str> {
    let (date, organ) = t.split_at(t.find('日')? + '日'.len_utf8());
    let organ = organ.strip_suffix("印发").or_else(|| organ.strip_suffix('发'));
    (is_date_line(date) && organ.map_or(t == date, looks_like_org)).then_some(date)
}

/// `（…）`: a line in round brackets; what they hold.
fn in_round_brackets(t: &str) -> Option<&str> {
    t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']))
}

/// `二〇一九年十二月三十日公告`: the date a document was published on, in its own words.
fn published_on(t: &str) -> Option<String> {
    let d = ["公告", "公布", "发布", "印发"].iter().find_map(|w| t.trim().strip_suffix(w))?;
    is_date_line(d).then(|| find_date(d)).flatten()
}

/// Move a 题注's lines to the front matter.
fn set_subtitle(page: &mut Page, lines: &[usize]) {
    let text: String = lines.iter().map(|&k| page.lines[k].text.trim()).collect();
    // `（2023年3月13日…会议通过）`: a document adopted at a meeting is dated by its 题注 (the
    // page's publication time is not its date; a date under a signature still comes after)
    let adopted = SUBTITLE_ENDINGS.iter().any(|e| plain(&text).trim_end_matches(['）', ')']).ends_with(e));
    if adopted && let Some(date) = find_date(&text) {
        own_date(page, Some(date), &text);
    }
    page.meta.subtitle = Some(text);
    for &k in lines {
        page.moved(k, Field::Subtitle);
    }
}

/// `一九五五年二月十日國務院常務會議通過`: a 题注 that lost its brackets, on one line or
/// wrapped onto a second (`2017年3月29日…第二次會議` / `第二次全體會議通過`). Its lines.
fn bare_subtitle(page: &Page, j: usize) -> Option<Vec<usize>> {
    let passed = |t: &str| SUBTITLE_ENDINGS.iter().any(|e| plain(t).trim_end().ends_with(e));
    let t = page.lines[j].text.trim();
    let dated = t.starts_with(|c: char| c.is_ascii_digit() || "〇○零一二".contains(c)) && find_date(&t.chars().take(16).collect::<String>()).is_some();
    let short = |t: &str| t.chars().count() <= 60 && !t.contains(['，', '。', '；']);
    // (a meeting's or a congress's: `…第十次全国会员代表大会通过`)
    let met = ["会议", "大会"].iter().any(|w| plain(t).contains(w));
    // (or an order's: `1994年7月19日国务院令第158号宣布`)
    let ordered = t.contains("令第") && ORDER_ENDINGS.iter().any(|e| plain(t).trim_end().ends_with(e));
    if !dated || !short(t) || !met && !passed(t) && !ordered {
        return None;
    }
    if passed(t) && met || ordered {
        return Some(vec![j]);
    }
    let k = page.next_nonblank(j).filter(|&k| page.lines[k].is_text())?;
    let next = page.lines[k].text.trim();
    (passed(next) && short(next) && next.chars().count() <= 30 && !ends_like_title(next)).then(|| vec![j, k])
}

/// How a 题注 that names the order promulgating a statute ends.
const ORDER_ENDINGS: &[&str] = &["发布", "公布", "宣布"];

/// Lines that are never part of a title: numbers, dates, contact, labels, sentences.
fn title_line(page: &Page, i: usize) -> bool {
    let l = &page.lines[i];
    let t = &l.text;
    l.is_text()
        && !t.is_empty()
        && t.chars().count() <= MAX_TITLE_CHARS
        && !is_doc_number(t)
        && classed_number(t).is_none()
        && !is_serial_number(t)
        && !numbered_order(t)
        && !is_date_line(t)
        // `石鼓区公报2024年第5期`: a periodical's issue, never a document's title
        && !is_issue(t)
        && !is_subtitle(t)
        // (`事项清单 权责清单 互动咨询`: a menu's row of short names)
        && !spaced_names(t)
        // (`符合條款 | 第 53款 | 事實發生日 | 2018/04/23`: a row of a table's cells)
        && t.split(['|', '｜']).filter(|c| !c.trim().is_empty()).count() < TABLE_ROW_CELLS
        && (!t.contains(['。', '！']) && !asks(t) || exclaimed_title(t) || exclaimed_headline(page, i) || punctuated_headline(page, i))
        && (!t.ends_with(['：', ':', '，', '；']) || letter_title(t))
        && (!teaser(t) || punctuated_headline(page, i) && over_metadata(page, i))
        && !opening_clause(t)
        && (!clauses_of_prose(t) || over_metadata(page, i) || punctuated_headline(page, i))
        // (`沂南:全力抢修线路保信号畅通` over `本网讯 9月18日,…`: a place before a headline)
        && (!labelled(t) || headline_over_metadata(page, i) || page.next_nonblank_text(i).is_some_and(|j| news_lead(&page.lines[j].text)))
        && super::contact::fields(t).is_none()
        // (`- 請將上述文件備齊寄至學會信箱,將轉交學術委員會審核`: a list's item of clauses)
        && !(list_item(&l.raw) && t.contains(['，', ',']) && !ends_like_title(t))
        && !to_salutation(page, i)
        && !wrapped_sentence(page, i)
        // (a site's contact line; `关于公布举报电话0731-88888888的公告` names its number)
        && !(gives_phone_or_email(t) && !ends_like_title(t))
        && existing_number(t).is_none_or(|_| t.starts_with('第') && !t.contains('条'))
        // (`第二章 管理职责` under `第一章 总则`: a chapter's heading, whatever its words end with;
        // a book's `第2章 殡葬管理条例` over the statute opens the page)
        && !(chapter(t) && (i.saturating_sub(CHAPTER_LOOKBACK)..i).any(|k| page.lines[k].is_text() && chapter(&page.lines[k].text)))
}

/// `補助對象為…研究所學生,同` / `時符合下列情形者,得提出申請:`: a long line of a text wrapped at a
/// fixed width, its clause cut at the line's end and finished on the next line — prose, no title.
fn wrapped_sentence(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    let Some(next) = page.lines.get(i + 1).filter(|l| l.is_text()) else { return false };
    let cut = t.chars().count() >= WRAPPED_LINE_CHARS && t.contains(['，', ',']) && t.ends_with(han) && !ends_like_title(t);
    // (the clause's end, not the text's first numbered item, nor the salutation under a headline)
    let finished = next.text.trim_end().ends_with(['。', '：', ':', '；'])
        && !next.text.trim_start().starts_with(|c: char| !han(c))
        && super::headings::family(next.text.trim()).is_none()
        && !salutation_shaped(&next.text);
    cut && finished
}

/// A line wrapped at a page's fixed width is at least this long.
const WRAPPED_LINE_CHARS: usize = 30;

/// `事项清单 权责清单 互动咨询`: short names parted by spaces, three or more — a menu's row.
fn spaced_names(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    parts.len() >= SPACED_MENU_NAMES && parts.iter().all(|w| (2..=MENU_NAME_CHARS).contains(&w.chars().count()) && w.chars().all(han))
}

/// A menu's row names at least this many items, each at most this long.
const SPACED_MENU_NAMES: usize = 3;
const MENU_NAME_CHARS: usize = 6;

/// A line of this many cells parted by bars is a table's row (a title may have empty cells
/// after it: `关于…的公告 | ||||`).
const TABLE_ROW_CELLS: usize = 3;

/// How far back an earlier chapter's heading is looked for (a bound, so that a page of
/// thousands of headings is not read once for each).
const CHAPTER_LOOKBACK: usize = 400;

/// `第一章 总则`, `第一节 …`: a chapter's or a section's heading.
fn chapter(t: &str) -> bool {
    matches!(super::headings::family(t), Some((super::headings::Family::Chapter | super::headings::Family::Section, _)))
}

/// `在…第二任期中，中央企業在…領導下，努力適應…經濟形`: a long line of clauses that ends like no
/// title — the text's first line, wrapped where the page wrapped it.
fn clauses_of_prose(t: &str) -> bool {
    let t = plain(t);
    t.matches(['，', ',']).count() >= PROSE_COMMAS && t.chars().count() > SHORT_LINE && !ends_like_title(&t)
}

/// Commas that make a long line clauses of a sentence.
const PROSE_COMMAS: usize = 2;

/// `根据《关于…的通知》(…)精神,现对我校`: the text's opening clause, cut where the page cut it.
fn opening_clause(t: &str) -> bool {
    let t = plain(t);
    // (a headline may open so, `根据群众举报，我局查处一起非法经营案件`: the text's clause is
    // longer, or cites the document it acts on)
    let texty = t.chars().count() > SHORT_LINE || t.contains('《');
    CLAUSE_OPENERS.iter().any(|o| t.starts_with(o)) && t.contains(['，', ',']) && texty
}

/// `网友吐槽:新建道路命名太随意没特色 民政局这样说` over `2018年12月21日 来源:…`: a headline
/// led by a word and a colon, as long as a headline after it, right over the page's metadata.
fn headline_over_metadata(page: &Page, i: usize) -> bool {
    let t = &page.lines[i].text;
    let value = t.split_once(['：', ':']).map_or("", |(_, v)| v);
    value.chars().filter(|c| han(*c)).count() >= HEADLINE_VALUE_HANS && over_metadata(page, i)
}

/// The line right over the page's metadata (`日期:2017-08-24`, `发布时间：…`): where a post's
/// headline stands, clauses and all.
fn over_metadata(page: &Page, i: usize) -> bool {
    page.next_nonblank(i).is_some_and(|j| page.anchors.contains(&j) || page.lines[j].class == Class::Residue(Reason::PageMetadata))
}

/// `…簽署租賃合同,順延至下周辦理,敬請留意!`: a headline that ends in one exclamation mark,
/// right over the page's metadata; no sentence inside it.
fn exclaimed_headline(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    let core = t.trim_end_matches(['!', '！']);
    core.len() < t.len() && !core.contains(['。', '！', '？', '!', '?']) && core.chars().count() <= MAX_TITLE_CHARS && over_metadata(page, i)
}

/// `网传遂宁一学校发生校园欺凌?官方辟谣:不属实!`, `李家疃镇从此不“过会”!消息一出,老乡们乐了……`: a
/// news headline that asks or exclaims, short, the page's first line of text, right over its
/// metadata or over the story's first paragraph — not a letter's greeting (`亲爱的同学们！`).
fn punctuated_headline(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    // (each mark after a word: `…直属各单位: ?` is a character the encoding lost)
    let after_word = |k: usize| t[..k].chars().next_back().is_some_and(|p| han(p) || "”\"）)".contains(p));
    let mut marks = t.char_indices().filter(|(_, c)| "!！?？".contains(*c)).peekable();
    let marked = marks.peek().is_some() && marks.all(|(k, _)| after_word(k)) || t.ends_with(['…', '⋯']);
    if !marked || t.contains('。') || t.chars().count() > SHORT_LINE || (0..i).any(|k| page.lines[k].is_text()) {
        return false;
    }
    let core = t.trim_end_matches(['!', '！', '…', '⋯']);
    // (nor a letter's greeting and thanks: `你們好！感謝大家…的支持！`)
    let opens_greeting = super::super::rules::GREETINGS.iter().any(|g| plain(t).starts_with(g));
    let greeting = super::super::chars::greets(&plain(core)) || super::super::chars::greeting_alone(t) || opens_greeting;
    let story = page.next_nonblank_text(i).is_some_and(|j| page.lines[j].chars() > SHORT_LINE && is_prose(&page.lines[j].text));
    !greeting && (over_metadata(page, i) || story)
}

/// A headline that exclaims is a weak guess, the title only where the page shows no other (not
/// `福州一水库即将开闸泄洪！` over the 通知 it reports).
fn unless_exclaimed(page: &Page, all: &[(Vec<usize>, i32)], best: (Vec<usize>, i32)) -> (Vec<usize>, i32) {
    if !exclaimed_only(page, &best.0) {
        return best;
    }
    let other = all.iter().filter(|(l, _)| !l.iter().any(|i| best.0.contains(i))).max_by_key(|(l, s)| (*s, l.len(), l[0]));
    other.cloned().unwrap_or((best.0, best.1.min(SURE_TITLE - 1)))
}

/// A title line only as a headline that exclaims over the page's metadata.
fn exclaimed_only(page: &Page, lines: &[usize]) -> bool {
    let t = page.lines[lines[0]].text.trim();
    let headline = exclaimed_headline(page, lines[0]) || punctuated_headline(page, lines[0]);
    lines.len() == 1 && t.contains(['！', '!', '？', '?']) && !exclaimed_title(t) && headline
}

/// What follows the colon of a headline has at least this many Han characters.
const HEADLINE_VALUE_HANS: usize = 10;

/// What a body does in a news headline's lead before the colon (`中储粮辟谣：`, `省政府回应：`).
const HEADLINE_SAYINGS: &[&str] = &["辟谣", "回应", "发布", "通报", "强调", "指出", "表示"];

/// `日期：06-24`, `作者：佚名`: a short label and its value, never a title.
/// (`宣传部：关于组织…的通知`, `莱州市：柞村镇关于…的公告`, a department's or a place's tag
/// before a title, is the title: `title_core` cuts the tag.)
fn labelled(t: &str) -> bool {
    let n = t.chars().take_while(|c| han(*c) || c.is_whitespace()).count();
    let value = t.char_indices().nth(n).filter(|(_, c)| *c == '：' || *c == ':').map(|(at, c)| t[at + c.len_utf8()..].trim());
    // (`钟楼城管局:拾金不昧展美德 …`: a news headline led by the body it is about)
    let label: String = t.chars().take(n).collect();
    // (`公告：本所清明節…暫停收垃圾時間表`: a post's kind as its label, the title after it)
    let kind = |v: &str| KIND_WORDS.contains(&plain(&label).as_ref()) && !v.contains(['，', ',']);
    // (`中储粮辟谣：自媒体发布…信息不实`: a body and what it said, a news headline)
    let said = || HEADLINE_SAYINGS.iter().any(|w| label.strip_suffix(w).is_some_and(|who| who.chars().count() >= 2));
    // (`鹿城银行:公司章程`: a body and its document of a kind, however short)
    let headline =
        |v: &str| (looks_like_org(&label) || kind(v) || said()) && v.chars().filter(|c| han(*c)).count() >= 8 || looks_like_org(&label) && ends_like_title(v);
    (1..=5).contains(&n)
        && value.is_some_and(|v| !(ends_like_title(v) && plain(v).contains("关于") && v.chars().filter(|c| han(*c)).count() >= 6) && !headline(v))
}

/// Join title lines: spaces between Chinese characters were letter-spacing (`公 告`).
fn title_text(page: &Page, lines: &[usize]) -> String {
    // (`…的决定 | |||||||||`: a table's empty cells after the title's own)
    let cell_bars = |t: &str| t.trim().trim_end_matches(|c: char| c == '|' || c == '｜' || c.is_whitespace()).to_string();
    let joined: String = lines.iter().map(|&i| cell_bars(without_collecting_column(&page.lines[i].text))).collect::<Vec<_>>().join("");
    let chars: Vec<char> = joined.chars().collect();
    // (a run of spaces is read as one, `通       知`: the nearest character on each side)
    let prev = nearest_visible(chars.iter());
    let mut next = nearest_visible(chars.iter().rev());
    next.reverse();
    let before = |k: usize| prev[k];
    let after = |k: usize| next[k];
    let between_cjk = |k: usize| before(k).is_some_and(|c| !c.is_ascii()) && after(k).is_some_and(|c| !c.is_ascii());
    // a letter-spaced title (`MPA 优 秀论 文…`) is spaced next to its Latin letters too
    // (gaps counted, not their spaces: `…的通知  （第二轮）` is one gap)
    let spaced = (0..chars.len()).filter(|&k| chars[k].is_whitespace() && (k == 0 || !chars[k - 1].is_whitespace()) && between_cjk(k)).count() >= 2;
    let next_to_cjk =
        |k: usize| before(k).is_some_and(|c| !c.is_ascii()) && after(k).is_some() || after(k).is_some_and(|c| !c.is_ascii()) && before(k).is_some();
    let mut out: String =
        chars.iter().enumerate().filter(|&(k, c)| !(c.is_whitespace() && (between_cjk(k) || spaced && next_to_cjk(k)))).map(|(_, c)| *c).collect();
    // an English section label glued in front: `NEWS关于…` (four letters or more, as the chrome
    // pass reads English labels; a three-letter acronym is the title's own: `MPA优秀论文…`)
    let latin = out.chars().take_while(|c| c.is_ascii_alphabetic() || *c == ' ').count();
    let word: String = out.chars().take(latin).filter(|c| c.is_ascii_alphabetic()).collect();
    let label = word.len() >= 4;
    if latin >= 3 && label && out.chars().nth(latin).is_some_and(han) {
        out = out.chars().skip(latin).collect();
    }
    // (a letter's title a page ended with a colon, `…致全体村(居)民的一封信:`)
    let out = if letter_title(&out) { out.trim_end_matches(['：', ':']).to_string() } else { out };
    // (the name the page's metadata table gives the document, shown whole: `…办理流程-临时救助`)
    if page.meta_title.as_deref().is_some_and(|m| plain(m) == plain(&out)) {
        return out;
    }
    title_core(&out).to_string()
}

/// `城关街道办致全体村(居)民的一封信:`: a letter's title a page ended with a colon, as if it
/// addressed its readers.
fn letter_title(t: &str) -> bool {
    let core = t.trim().trim_end_matches(['：', ':']);
    core.len() < t.trim().len() && LETTER_KINDS.iter().any(|k| plain(core).ends_with(k)) && core.chars().count() <= MAX_TITLE_CHARS
}

/// The kinds of an open letter (`一封信`, `倡议书`…).
const LETTER_KINDS: &[&str] = &["一封信", "公开信", "倡议书", "告知书", "家长书", "居民书", "市民书", "村民书", "感谢信"];

/// For each character, the nearest one before it (in the order given) that is not whitespace.
fn nearest_visible<'a>(chars: impl Iterator<Item = &'a char>) -> Vec<Option<char>> {
    let mut last = None;
    let mut out = Vec::new();
    for &c in chars {
        out.push(last);
        if !c.is_whitespace() {
            last = Some(c);
        }
    }
    out
}

/// A title after a column name, a bullet or a label on its line (`•最新公开信息•关于…的通知`,
/// `2020-01-23 名称：…的通知`): what follows the last separator, when that alone reads as a
/// title.
fn title_core(t: &str) -> &str {
    let t = quoted_title(without_dateline(without_site_name(without_annotation(without_column_tag(t)))));
    let t = number_first(t).map_or(t, |(_, title)| title);
    let t = after_link(without_book_chapter(t));
    // (not a clock's colon, `…3月8日9:00至…的通知`, nor an event's date, `“11•24”事故`)
    let clock = |p: usize, m: &str| t[..p].ends_with(|c: char| c.is_ascii_digit()) && t[p + m.len()..].starts_with(|c: char| c.is_ascii_digit());
    let cut = t.rmatch_indices(['•', '|', '｜', '>', '›', '»', '：', ':']).filter(|&(p, m)| !clock(p, m)).map(|(p, m)| p + m.len()).find(|&p| {
        let rest = t[p..].trim();
        // (`公告：…時間表`: a post's kind as the label of its title, whatever the title ends with)
        let kind_label = t[..p].strip_suffix('：').is_some_and(|l| KIND_WORDS.contains(&plain(l.trim()).as_ref())) && !rest.contains('，');
        let place = t[..p].strip_suffix(['：', ':']).is_some_and(place_before_colon) && !plain(rest).contains("关于");
        (ends_like_title(rest) || kind_label) && rest.chars().filter(|c| han(*c)).count() >= 6 && !place
    });
    cut.map_or(t, |p| t[p..].trim())
}

/// `仙居:防控疫情纳入村规民约`: a news headline's place, a name of two or three characters alone
/// before its colon, is the headline's own (a field's label, a kind or a column's tag before a
/// title is the site's: `名称：`, `公告：`, `要闻：`).
fn place_before_colon(left: &str) -> bool {
    use super::super::rules::{CONTENT_LABELS, META_LABELS};
    let w = plain(left.trim());
    let w = w.as_ref();
    let site_word = META_LABELS.iter().any(|(l, _)| *l == w) || KIND_WORDS.contains(&w) || NAV_WORDS.contains(&w) || CONTENT_LABELS.contains(&w);
    (2..=PLACE_NAME_CHARS).contains(&w.chars().count()) && w.chars().all(han) && !site_word && !NEWS_COLUMN_TAGS.contains(&w)
}

/// A place's name before a headline's colon is at most this long (`仙居`, `沂南县`).
const PLACE_NAME_CHARS: usize = 3;

/// A news site's column tags before a headline's colon (`要闻：…`).
const NEWS_COLUMN_TAGS: &[&str] = &[
    "要闻", "快讯", "头条", "聚焦", "关注", "热点", "推荐", "最新", "专题", "视频", "图片", "图文", "原创", "独家", "转载", "标题", "题目", "主题", "名称",
    "文件", "公示", "资讯", "动态", "新闻", "疫情", "防疫",
];

/// `第2章 殯葬管理條例`: a book that prints a law as one of its chapters — the law's title
/// after the chapter's number in digits (a statute's own `第一章 总则` names no kind of
/// document).
fn without_book_chapter(t: &str) -> &str {
    let Some(n) = t.trim_start().strip_prefix('第') else { return t };
    // (a book numbers its chapters in digits; a plan's own parts, `第二篇`, in numerals)
    let digits = n.len() - n.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match n[digits..].strip_prefix('章') {
        Some(rest) if digits > 0 && ends_like_title(rest) => rest.trim(),
        _ => t,
    }
}

/// `沈阳白癜风医院 http://baidianfeng.39.net/西平县…的通知`: an advert's name and link a forum set
/// before the title — the title after the link.
fn after_link(t: &str) -> &str {
    let Some(at) = t.find("http://").or_else(|| t.find("https://")) else { return t };
    let end = t[at..].find(|c: char| !c.is_ascii_graphic()).map_or(t.len(), |k| at + k);
    let rest = t[end..].trim_start();
    if ends_like_title(rest) && rest.chars().filter(|c| han(*c)).count() >= 6 { rest } else { t }
}

/// `1. 某某条例`: a site's list number before a copy of the title.
fn without_list_number(t: &str) -> &str {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match t[digits..].strip_prefix(['.', '、', '．']) {
        Some(rest) if (1..=2).contains(&digits) => rest.trim_start(),
        _ => t,
    }
}

/// `【时政新闻】县政府召开常务会议`, `[休園公告]…`, `「通告」…的通告`: a news column's tag in
/// square brackets, or in corner brackets naming the title's kind, before the title.
fn without_column_tag(t: &str) -> &str {
    // (a second tag in square brackets after the first: `【招标预告】【缤纷杨小】…采购需求公告`)
    let once = without_column_tag_once(t);
    if once.len() < t.len() && once.starts_with('【') { without_column_tag_once(once) } else { once }
}

fn without_column_tag_once(t: &str) -> &str {
    // (`通知丨…的通知`: a post's column before the bar a WeChat title parts it with; a plain
    // `|` is a headline's own: `疫情|哈尔滨2家医院发布停诊公告`)
    if let Some((tag, title)) = t.split_once('丨')
        && (1..=COLUMN_TAG_CHARS).contains(&tag.trim().chars().count())
        && tag.trim().chars().all(han)
        && ends_like_title(title)
        && title.chars().filter(|c| han(*c)).count() >= 6
    {
        return title.trim_start();
    }
    let collected = without_collecting_column(t);
    if collected.len() < t.len() {
        return collected;
    }
    // (`公告-耕作困難地造林作業規範`: a post's kind before a hyphen, the title after it)
    if let Some((kind, title)) = t.split_once('-')
        && KIND_WORDS.contains(&plain(kind.trim()).as_ref())
        && title.chars().filter(|c| han(*c)).count() >= 6
        && !title.contains('-')
    {
        return title.trim_start();
    }
    // (`{轉載}`: a forum's repost tag in braces; `-協助公告-`: a column's tag between hyphens)
    // (`（轉發研院）`: a repost's tag in round brackets, which otherwise open a title's own words)
    let opened = [('【', '】'), ('「', '」'), ('[', ']'), ('{', '}'), ('｛', '｝'), ('（', '）'), ('(', ')'), ('-', '-')]
        .into_iter()
        .find_map(|(open, close)| t.strip_prefix(open).map(|r| (close, r)));
    let Some((close, rest)) = opened else { return t };
    let Some((tag, title)) = rest.split_once(close) else { return t };
    if matches!(close, '）' | ')') && !repost_tag(tag) {
        return t;
    }
    // (a hyphen's tag is a word or two of Chinese: not `-2023年-`)
    if close == '-' && !(tag.chars().all(han) && title.starts_with(' ')) {
        return t;
    }
    // (corner brackets quote too, `「十四五」時期…規劃`: a tag only when the title ends with it)
    if close == '」' && !title.trim_end().ends_with(tag) {
        return t;
    }
    let short = (1..=8).contains(&without_pinyin(tag).chars().count());
    // (a headline of a repost in square brackets over the formal title it reposts:
    // `【「山东」山东三家医院发公告，全面禁止探视】关于全面禁止探视的公告`)
    let formal = close == '】' && plain(title.trim_start()).starts_with("关于") && ends_like_title(title);
    if (short || formal) && title.chars().filter(|c| han(*c)).count() >= 6 { title.trim_start() } else { t }
}

/// `好作文分享 致广大村民的一封信`: a model-text site's column before a space, named for what it
/// does with the texts it collects. (Read before a title's spaces are closed up.)
fn without_collecting_column(t: &str) -> &str {
    if let Some((tag, title)) = t.trim_start().split_once(' ')
        && (1..=MAX_COLUMN_TAG_CHARS).contains(&tag.chars().count())
        && tag.chars().all(han)
        && COLLECTING_COLUMN_ENDINGS.iter().any(|e| tag.ends_with(e))
        && ends_like_title(title)
        && title.chars().filter(|c| han(*c)).count() >= 6
    {
        return title.trim_start();
    }
    t
}

/// What a model-text site's column is named for, last in its name (`好作文分享`, `范文精选`).
const COLLECTING_COLUMN_ENDINGS: &[&str] = &["分享", "推荐", "精选", "范文", "欣赏", "大全"];

/// `轉發研院`, `转载`: a repost's tag (not `转型发展专题`, a column's).
fn repost_tag(tag: &str) -> bool {
    let tag = plain(tag.trim());
    ["转发", "转载", "转自"].iter().any(|w| tag.starts_with(w)) || tag == "转"
}

/// `周年會員大會通告 NOTICE OF ANNUAL GENERAL MEETING`: a bilingual title's English after the
/// Chinese one, cut from the title (the line is reported whole as moved to the title).
fn without_english_gloss(t: &str) -> &str {
    let Some(at) = t.find(|c: char| c.is_ascii_alphabetic()) else { return t };
    let (zh, en) = (t[..at].trim_end(), &t[at..]);
    let words: Vec<&str> = en.split_whitespace().collect();
    let english = words.len() >= 2 && en.chars().all(|c| c.is_ascii_alphabetic() || c.is_whitespace() || "'’&,.-".contains(c));
    if english && zh.len() < t[..at].len() && ends_like_title(zh) { zh } else { t }
}

/// `…的决定 附：修正本`, `…条例【已废止】`: a law site's note after the title.
fn without_annotation(t: &str) -> &str {
    let cut = TITLE_ANNOTATIONS.iter().filter_map(|a| t.rfind(a)).filter(|&p| p > 0 && ends_like_title(t[..p].trim_end())).min();
    let t = cut.map_or(t, |p| t[..p].trim_end());
    // (a news site's tag, after a headline too: `…座谈会（图文）`)
    let tagged = HEADLINE_TAGS.iter().find_map(|g| t.strip_suffix(g)).map(str::trim_end);
    let t = tagged.filter(|h| h.chars().filter(|c| han(*c)).count() >= 6).unwrap_or(t);
    // (and an outlet's before it: `（受权发布）…的决定`)
    let t = RELEASE_TAGS.iter().find_map(|g| t.strip_prefix(g)).map(str::trim_start).filter(|h| ends_like_title(h)).unwrap_or(t);
    without_piece_number(t)
}

/// `社区网格化管理实施方案篇一`: a model-text site's number of the piece after the title.
fn without_piece_number(t: &str) -> &str {
    let head = t.trim_end_matches(count_digit);
    let Some(title) = head.strip_suffix('篇').filter(|_| head.len() < t.len()) else { return t };
    if ends_like_title(title) && title.chars().filter(|c| han(*c)).count() >= 6 { title } else { t }
}

/// `…闭馆公告 -k8凯发国际入口`, `关于…的通知-昆都仑区人民政府`: a browser tab's title, the
/// site's name after a dash — cut when the words before it end like a title and the words
/// after it are a short name, no title of their own.
fn without_site_name(t: &str) -> &str {
    const DASHES: [char; 4] = ['-', '－', '—', '_'];
    // (the site's name, or its section's and its own: `——诸暨网-凯发官网首页`)
    for (p, _) in t.rmatch_indices(DASHES).take(SITE_NAME_PARTS + 1) {
        let (title, site) = (t[..p].trim_end_matches(DASHES).trim_end(), &t[p..]);
        let parts: Vec<&str> = site.split(DASHES).map(str::trim).filter(|s| !s.is_empty()).collect();
        // (not the title's own words: `-征求意见稿`, `-2023年修订`, `-2024年1月8日`)
        let own = |s: &str| TITLE_QUALIFIERS.iter().any(|q| s.contains(q)) || s.contains('年');
        let name = |s: &&str| (1..=MAX_SITE_NAME_CHARS).contains(&s.chars().count()) && !s.contains(['，', '。', '、', ' ']) && !ends_like_title(s) && !own(s);
        if (1..=SITE_NAME_PARTS).contains(&parts.len()) && parts.iter().all(name) && ends_like_title(title) && title.chars().filter(|c| han(*c)).count() >= 6 {
            return title;
        }
    }
    t
}

/// A site's name after a title has at most this many parts (`诸暨网-凯发官网首页`).
const SITE_NAME_PARTS: usize = 2;

/// A site's name after a tab's title is at most this long.
const MAX_SITE_NAME_CHARS: usize = 16;

/// `新华网北京3月16日电 第十届…的决议`: a news wire's dateline before the title.
fn without_dateline(t: &str) -> &str {
    let Some(p) = t.find("日电").or_else(|| t.find("日讯")) else { return t };
    let (head, rest) = (&t[..p], t[p + "日电".len()..].trim_start());
    let short = head.chars().count() <= 16 && head.contains('月') && !head.contains(['，', '。']);
    if short && ends_like_title(rest) && rest.chars().filter(|c| han(*c)).count() >= 6 { rest } else { t }
}

/// `《厦门市人民政府关于…的通知》`, `厦府〔2017〕327号《…的通知》`: a title in book-title
/// marks, alone or after its document number.
fn quoted_title(t: &str) -> &str {
    let Some(open) = t.find('《') else { return t };
    let inner = t[open..].strip_prefix('《').and_then(|r| r.strip_suffix('》')).filter(|r| !r.contains(['《', '》']));
    let before = t[..open].trim();
    match inner {
        Some(i) if ends_like_title(i) && (before.is_empty() || is_doc_number(before)) => i,
        _ => t,
    }
}

/// The best title in the header (or, when a metadata table named it, wherever the page shows
/// it), with its score. A title the page shows several times is taken where it stands last
/// before the body: the document's own, with its issuer and number around it.
fn choose_title(page: &Page, zone: usize) -> Option<(Vec<usize>, i32)> {
    let items: Vec<usize> = (0..over_items(page, zone)).filter(|&i| title_line(page, i)).collect();
    let scan = Scan::of(page);
    let mut all: Vec<(Vec<usize>, i32)> = Vec::new();
    for start in 0..items.len() {
        for len in 1..=3.min(items.len() - start) {
            let lines = &items[start..start + len];
            // lines of one title follow each other, blank lines at most between them
            if lines.windows(2).any(|w| (w[0] + 1..w[1]).any(|j| page.lines[j].class != Class::Blank)) {
                break;
            }
            let score = score(page, &scan, lines);
            if score >= MIN_TITLE {
                all.push((lines.to_vec(), score));
            }
        }
    }
    // equal scores: the fuller title (more of its lines), then the later one
    let mut best = all.iter().max_by_key(|(l, s)| (*s, l.len(), l[0])).cloned().map(|b| unless_exclaimed(page, &all, b));
    if let Some((lines, score)) = &best {
        let text = squash(&title_text(page, lines));
        if let Some(last) = all.iter().filter(|(l, _)| squash(&title_text(page, l)) == text).max_by_key(|(l, _)| l[0]) {
            best = Some((last.0.clone(), *score));
        }
    }
    if let Some((lines, score)) = &best
        && let Some(own) = own_title_under(page, &items, lines)
    {
        best = Some((vec![own], *score));
    }
    if let Some((lines, score)) = &best
        && let Some(own) = fuller_title_under(page, &all, lines)
    {
        best = Some((own, *score));
    }
    if let Some((lines, score)) = &best
        && let Some(own) = named_title_under(page, &all, lines)
    {
        best = Some((own, *score));
    }
    if let Some((lines, score)) = &best
        && let Some(own) = title_without_suffix(page, &all, lines)
    {
        best = Some((own, *score));
    }
    if let Some((lines, score)) = &best
        && let Some(own) = formal_title_under_posting(page, &all, lines)
    {
        best = Some((own, *score));
    }
    if let Some((lines, score)) = &best
        && let Some(notice) = notice_issuing(page, &all, lines, *score)
    {
        best = Some((notice, *score));
    }
    // the metadata's title shown further down the page
    if let Some(mt) = &page.meta_title {
        let found = (0..page.lines.len()).find(|&i| page.lines[i].is_text() && shows(&page.lines[i].text, mt));
        let best_is_other = best.as_ref().is_some_and(|b| {
            let t = title_text(page, &b.0);
            !shows(&t, mt) && !fuller(mt, &t)
        });
        // (a register's `名称` that names the page's column, `旅游安全应急响应,热点问题处置情况`,
        // shown as the headline, over the document's own `关于…的通知` under the posting row)
        let formal_under = |i: usize| {
            best.as_ref().is_some_and(|b| {
                let t = title_text(page, &b.0);
                b.0[0] > i && plain(&t).contains("关于") && worded_as_title(&t) && !ends_like_title(mt)
            })
        };
        match found {
            Some(i) if formal_under(i) => {}
            Some(i) if best.is_none() || best_is_other => best = Some((vec![i], SURE_TITLE)),
            // shown only in the metadata: a doubtful line is not preferred to it
            None if best_is_other && best.as_ref().is_some_and(|b| b.1 < SURE_TITLE) => best = None,
            _ => {}
        }
    }
    best
}

/// Where a title may stand in the header: a document's title stands over its numbered items,
/// never under its item 一 and 二 — but a sidebar's notice may number its items over the page's
/// trail and the story's headline.
fn over_items(page: &Page, zone: usize) -> usize {
    let trail_under = |i: usize| (i..zone).any(|k| page.lines[k].class == Class::Residue(Reason::Breadcrumb));
    (0..zone).find(|&i| numbered_list(page, i) && !trail_under(i)).unwrap_or(zone)
}

/// Line `i` is the page's first line of text, or the first under the page's trail
/// (`当前位置：首页 > 总局动态`, the site's slogans above it).
fn top_line(page: &Page, scan: &Scan, i: usize) -> bool {
    i <= scan.first_text || page.prev_nonblank(i).is_some_and(|p| page.lines[p].class == Class::Residue(Reason::Breadcrumb))
}

/// `工作简报`, `青岛市人民政府公报`: a bulletin's name (a long line ending in 督查 or in a phrase
/// with 的 is a headline: `…落实情况督查`, `…清理楼道杂物的信息`).
fn bulletin_name(t: &str) -> bool {
    let Some(word) = BULLETIN_WORDS.iter().find(|w| t.ends_with(*w)) else { return false };
    // (a headline's phrase, `…清理楼道杂物的信息`, names no bulletin either)
    let phrase = t[..t.len() - word.len()].ends_with('的');
    t.chars().count() <= BULLETIN_NAME_CHARS || !(t.ends_with("督查") || phrase)
}

/// `新乡长垣市关于实施交通管制的通告（长垣市交通管理局）` over `关于实施交通管制的通告`: a page's
/// headline dresses up the document's own title (a place before it, an organ after it); the
/// document's line under it is the title.
fn own_title_under(page: &Page, items: &[usize], chosen: &[usize]) -> Option<usize> {
    let outer = squash(&title_text(page, chosen));
    let last = *chosen.last()?;
    items.iter().copied().filter(|&i| i > last).find(|&i| {
        let t = page.lines[i].text.trim();
        let inner = squash(t);
        ends_like_title(t)
            && plain(t).contains("关于")
            && t.chars().filter(|c| han(*c)).count() >= 6
            && inner.len() < outer.len()
            && outer.contains(inner.as_str())
    })
}

/// `自治区政府关于命名园林城市的决定` over the page's metadata, `自治区人民政府关于` /
/// `命名园林城市（县城）的决定` under it: a site's headline shortens the document's title (an
/// organ's short name, a bracket dropped); the fuller title further down, which has every one of
/// the headline's characters in order, is the document's.
fn fuller_title_under(page: &Page, all: &[(Vec<usize>, i32)], chosen: &[usize]) -> Option<Vec<usize>> {
    let short = title_text(page, chosen);
    let last = *chosen.last()?;
    all.iter().filter(|(l, _)| l[0] > last && fuller(&short, &title_text(page, l))).max_by_key(|(l, s)| (*s, l.len())).map(|(l, _)| l.clone())
}

/// A title shown twice, one line under the other (or once with a site's word after it:
/// `…会议纪要参考` over `…会议纪要`), is one title, not one wrapped over two; so is a name in
/// quotes over the document's title (`「…辦法」` / `…辦法總說明`).
fn shown_twice(page: &Page, lines: &[usize]) -> bool {
    let squashed: Vec<String> = lines.iter().map(|&i| squash(&page.lines[i].text).trim_matches(QUOTE_MARKS).to_string()).collect();
    squashed.iter().enumerate().any(|(a, x)| {
        squashed.iter().skip(a + 1).any(|y| x.chars().count() >= 6 && y.chars().count() >= 6 && (x.contains(y.as_str()) || y.contains(x.as_str())))
    })
}

/// Marks that quote a name on a line of its own.
const QUOTE_MARKS: &[char] = &['「', '」', '『', '』', '“', '”', '"', '《', '》'];

/// `2017年第7次校长办公会会议纪要参考`, a site's word after the title, chosen where the page
/// also shows `2017年第7次校长办公会会议纪要`: the line that ends like a title is the title.
fn title_without_suffix(page: &Page, all: &[(Vec<usize>, i32)], chosen: &[usize]) -> Option<Vec<usize>> {
    let long = squash(&title_text(page, chosen));
    if ends_like_title(&long) {
        return None;
    }
    all.iter()
        .map(|(l, _)| (l, squash(&title_text(page, l))))
        .find(|(_, t)| t.chars().count() >= 6 && t.len() < long.len() && long.starts_with(t.as_str()) && ends_like_title(t))
        .map(|(l, _)| l.clone())
}

/// `宁夏银星能源股份有限公司公告（系列）` over the page's metadata, the company's
/// `第六届董事会第九次临时会议决议公告` under its number: a headline that is only a name and a
/// kind of document (a site's column of that issuer's notices) gives way to a title under a
/// document number that opens with the same name.
fn named_title_under(page: &Page, all: &[(Vec<usize>, i32)], chosen: &[usize]) -> Option<Vec<usize>> {
    let head = plain(&title_text(page, chosen)).into_owned();
    let head = head.split(['（', '(']).next().unwrap_or(&head).trim();
    let name = super::super::rules::KIND_WORDS.iter().find_map(|k| head.strip_suffix(k)).filter(|n| looks_like_org(n))?;
    let last = *chosen.last()?;
    all.iter()
        .filter(|(l, _)| l[0] > last && preceded_by_number(page, l[0]))
        .find(|(l, _)| {
            let t = squash(&title_text(page, l));
            t.starts_with(&squash(name)) && t.chars().count() > head.chars().count()
        })
        .map(|(l, _)| l.clone())
}

/// `重庆市…人民政府关于印发曲水镇自然灾害救助应急预案的通知`, above the plan it issues with that
/// plan's own title (`重庆市梁平区曲水镇` / `自然灾害救助应急预案`): the notice that issues a
/// document heads the page, not the document it issues, scored no lower.
fn notice_issuing(page: &Page, all: &[(Vec<usize>, i32)], chosen: &[usize], score: i32) -> Option<Vec<usize>> {
    let issuing = |t: &str| t.contains("印发") || FORWARDING_VERBS.iter().any(|w| t.contains(w));
    let text = squash(&plain(&title_text(page, chosen)));
    if issuing(&text) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let name: String = chars[chars.len().saturating_sub(ISSUED_NAME_CHARS)..].iter().collect();
    let issues_it = |l: &[usize]| {
        let t = squash(&plain(&title_text(page, l)));
        issuing(&t) && t.contains("关于") && t.contains(&name)
    };
    all.iter().find(|(l, s)| *s >= score && l[0] < chosen[0] && issues_it(l)).map(|(l, _)| l.clone())
}

/// The end of an issued document's title (its matter and kind) that the notice issuing it
/// names: this many characters.
const ISSUED_NAME_CHARS: usize = 6;

/// `关于学习雷锋精神先进个人以及组织表彰通知` over `来源: 点击次数: 发布时间:2013-05-20`, and
/// `关于开展2013“学雷锋”评优工作的通知` under it: a formal title (关于…, ending on its kind) under
/// the page's posting line is the document's own (so is one over its number); the line over the
/// posting is the site's post heading, however it reads.
fn formal_title_under_posting(page: &Page, all: &[(Vec<usize>, i32)], chosen: &[usize]) -> Option<Vec<usize>> {
    let last = *chosen.last()?;
    let chosen_text = squash(&title_text(page, chosen));
    all.iter()
        // (only issuers and numbers between the posting line and it: under an addressee or a
        // sentence, a 关于 title is the one a forwarding notice forwards)
        .filter(|(l, _)| {
            last_posting_line(page, l[0]).filter(|&a| a > last).is_some_and(|a| {
                (a + 1..l[0]).filter(|&j| page.lines[j].is_text()).all(|j| looks_like_org(&page.lines[j].text) || is_doc_number(&page.lines[j].text))
            })
        })
        .map(|(l, _)| (l, title_text(page, l)))
        // (the same title again is left to `choose_title`, which takes it where it stands last)
        // (or a title over its own number: `重大事故查处挂牌督办通知书` / `安委督〔2023〕9号`)
        .find(|(l, t)| {
            let numbered = l.last().and_then(|&e| page.next_nonblank_text(e)).is_some_and(|j| is_doc_number(&page.lines[j].text));
            let worded = worded_as_title(t) || numbered && t.ends_with("通知书");
            (plain(t).contains("关于") || numbered || reports_publication(&chosen_text) && !reports_publication(t)) && worded && squash(t) != chosen_text
        })
        .map(|(l, _)| l.clone())
}

/// `吉林省发布最新防控工作通告`: a headline that reports the document's publication.
fn reports_publication(t: &str) -> bool {
    // (`关于发布《…办法》的通知` publishes a text itself: a formal title, no report)
    PUBLISHING_VERBS.iter().any(|v| t.contains(v)) && !plain(t).contains("关于")
}

/// A line worded as a title (ending on its kind, long enough): over the page's posting line,
/// with the document's own title under it, the site's post heading (not its navigation).
fn worded_as_title(t: &str) -> bool {
    ends_like_title(t) && t.chars().filter(|c| han(*c)).count() >= FORMAL_TITLE_HANS
}

/// A formal title that outranks the post heading over the page's metadata has at least this
/// many characters.
const FORMAL_TITLE_HANS: usize = 8;

/// `long` has every Han character of `short` in order, and a few more (at most half as many
/// again): the same title, unabridged.
fn fuller(short: &str, long: &str) -> bool {
    let short: Vec<char> = short.chars().filter(|c| han(*c)).collect();
    let long: Vec<char> = long.chars().filter(|c| han(*c)).collect();
    // (`基金会会议制度` under `安正慈善基金会会议制度`: the issuer's name the headline left out
    // may add more than half again)
    let named = long.ends_with(&short) && long.len() <= short.len() * 2;
    short.len() >= 6 && (long.len() * 2 <= short.len() * 3 || named) && abridges(&short, &long)
}

/// Every character of `short` is in `long`, in order, and `long` has more.
fn abridges(short: &[char], long: &[char]) -> bool {
    let mut it = long.iter();
    long.len() > short.len() && short.iter().all(|c| it.any(|d| d == c))
}

/// `院办发〔2022〕5号(…校长办公会纪要)`: a document database names a file by its number first
/// and its title after it in brackets (or after a space). The number and the title.
fn number_first(t: &str) -> Option<(&str, &str)> {
    // `盘政发〔2010〕22号 盘锦市人民政府关于…的决定`: the number, a space, the title
    if let Some((number, title)) = t.split_once(char::is_whitespace)
        && is_doc_number(number)
        && ends_like_title(title.trim())
        && title.trim().chars().count() >= 6
    {
        return Some((number, title.trim()));
    }
    // `2019年第43号(总第221号)郑州市关于…的报告`: a gazette's serial number glued before the title
    if let Some(at) = t.find("号") {
        let mut end = at + "号".len();
        // and the running count in brackets after it
        if let Some(open) = t[end..].chars().next().filter(|c| matches!(c, '（' | '(')) {
            let inner = &t[end + open.len_utf8()..];
            if let Some(c) = inner.find(['）', ')']).filter(|_| inner.starts_with("总第")) {
                end += open.len_utf8() + c + inner[c..].chars().next().map_or(0, char::len_utf8);
            }
        }
        let (number, title) = t.split_at(end);
        let year_serial = number
            .split_once('年')
            .is_some_and(|(y, rest)| y.chars().all(|c| c.is_ascii_digit()) && is_serial_number(rest.split(['（', '(']).next().unwrap_or("")));
        if year_serial && ends_like_title(title) && title.chars().count() >= 6 && !title.starts_with(['（', '(']) {
            return Some((number, title));
        }
    }
    numbered_splits(t).find_map(|(number, rest)| {
        // `梁政发【2023】7号关于印发…的通知`: the number glued before the title
        if rest.starts_with("关于") && ends_like_title(rest) {
            return Some((number.trim(), rest));
        }
        let inner = rest.trim().strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']))?;
        (ends_like_title(inner) && !inner.contains(['（', '('])).then(|| (number.trim(), inner.trim()))
    })
}

/// `t` cut after each `号` that closes a document number before it: (number, the rest).
fn numbered_splits(t: &str) -> impl Iterator<Item = (&str, &str)> {
    t.match_indices('号').map(move |(at, _)| t.split_at(at + '号'.len_utf8())).filter(|(number, _)| is_doc_number(number))
}

/// `武汉市黄陂区人民政府征收土地公告 陂征〔2025〕字第3-3号`: a title, a space and its number
/// on the title's last line (or the number run into the title's kind). The number.
fn number_after_title(page: &Page, lines: &[usize]) -> Option<String> {
    let t = page.lines[*lines.last()?].text.trim();
    if let Some((title, number)) = t.rsplit_once(char::is_whitespace) {
        return (is_doc_number(number) && ends_like_title(title.trim())).then(|| number.to_string());
    }
    // (or run into it: `…的通知安工大﹝2009﹞49号` — not a forwarded document's own number)
    if t.contains("转发") {
        return None;
    }
    let glued = t.char_indices().rev().map(|(p, _)| p).filter(|&p| p > 0).find(|&p| ends_like_title(&t[..p]) && is_doc_number(&t[p..]));
    glued.map(|p| t[p..].to_string())
}

/// `…办公室公告(第7号)`, `…的通知（岳办发〔2017〕2号）`: a title with its number in brackets.
/// An announcement's number of the year (`…的公告（2023年第132号）`) is printed as part of its
/// title, and stays in it.
fn split_serial(t: &str) -> (String, Option<String>) {
    if let Some((number, title)) = number_first(t) {
        return (title.to_string(), Some(number.to_string()));
    }

    if let Some(open) = t.rfind(['（', '(']) {
        let tail = &t[open..];
        let inner = tail.trim_matches(['（', '）', '(', ')']);
        if (is_serial_number(tail) || is_doc_number(inner) || numbered_order(inner)) && tail.ends_with(['）', ')']) {
            // (kept in the title, it is not printed again as the number)
            if annual_serial(inner) {
                return (t.to_string(), None);
            }
            return (t[..open].trim().to_string(), Some(inner.to_string()));
        }
    }
    (t.to_string(), None)
}

/// `2023年第132号`: the number of an announcement in its year's series.
fn annual_serial(n: &str) -> bool {
    let Some((year, rest)) = n.split_once('年') else { return false };
    let number = rest.strip_prefix('第').and_then(|r| r.strip_suffix(['号', '號']));
    year.chars().count() == 4 && year.chars().all(|c| c.is_ascii_digit()) && number.is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
}

/// Does a line show the title (perhaps with a document number after it or a cell's bar)?
fn shows(line: &str, title: &str) -> bool {
    let (l, t) = (squash(line).replace(['|', '｜'], ""), squash(title));
    !t.is_empty() && (l == t || l.starts_with(&t) && is_doc_number(&l[t.len()..]))
}

/// `大连海关分类通关改革介绍-海关总署`: a browser tab's title — the words before its last dash,
/// when a short name of no sentence follows it.
fn tab_title(t: &str) -> Option<&str> {
    let (title, site) = t.trim().rsplit_once(['-', '－', '—', '_'])?;
    let name = (1..=MAX_SITE_NAME_CHARS).contains(&site.trim().chars().count()) && !site.contains(['，', '。', ',', ' ']);
    (name && title.chars().filter(|c| han(*c)).count() >= 6).then(|| title.trim_end_matches(['-', '－', '—', '_']).trim_end())
}

/// What scoring a title candidate asks of the whole page, read once (a page of thousands of
/// short lines makes thousands of candidates).
struct Scan {
    /// The first line of text.
    first_text: usize,
    /// For each line, the next line after it that is text or the page's metadata.
    next_text_or_anchor: Vec<Option<usize>>,
    /// How many lines of text show each text (squashed, spaces dropped).
    shown: std::collections::HashMap<String, usize>,
    /// The headline a filing's `主旨` row restates, if any.
    subject_echo: Option<usize>,
}

impl Scan {
    fn of(page: &Page) -> Scan {
        let n = page.lines.len();
        let mut next_text_or_anchor = vec![None; n];
        for j in (0..n.saturating_sub(1)).rev() {
            let k = j + 1;
            next_text_or_anchor[j] = if page.lines[k].is_text() || page.anchors.contains(&k) { Some(k) } else { next_text_or_anchor[k] };
        }
        let mut shown = std::collections::HashMap::new();
        for l in page.lines.iter().filter(|l| l.is_text()) {
            *shown.entry(shown_key(&l.text)).or_insert(0) += 1;
            // (a browser tab's title, the site's name after a dash, shows the title too:
            // `大连海关分类通关改革介绍-海关总署` over `大连海关分类通关改革介绍`)
            if let Some(tab) = tab_title(&l.text) {
                *shown.entry(shown_key(tab)).or_insert(0) += 1;
            }
        }
        // (an e-paper's date over the headline, `2015年6月26日 星期五`, is the page's, not its
        // text; so is a column's name parted from it by a bar, `党务建设 |`)
        let opens = |i: usize| page.lines[i].is_text() && !is_date_line(&page.lines[i].text) && !barred_column(page, i);
        // (a link's words in English over a Chinese page, `To access the articles`, open none of
        // its text)
        let chinese = |i: usize| page.lines[i].text.chars().any(han);
        let first_text = (0..n).find(|&i| opens(i) && chinese(i)).or_else(|| (0..n).find(|&i| opens(i))).unwrap_or(n);
        // (a Taiwan notice's head, `臺東縣鹿野鄉公所  公告`, is its title; its 主旨 the subject)
        let formal_head = page.lines.iter().any(|l| l.is_text() && organ_and_kind(&l.text));
        let subject_echo = subject_headline(page).filter(|_| !formal_head);
        Scan { first_text, next_text_or_anchor, shown, subject_echo }
    }
}

/// `党务建设 |`: a column's short name and the bar that parts it from the headline under it.
fn barred_column(page: &Page, i: usize) -> bool {
    let t = page.lines[i].text.trim();
    let bar = |r: &str| r.trim_end().ends_with(['|', '｜']);
    let barred =
        bar(&page.lines[i].raw) || page.next_nonblank(i).is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Separator) && bar(&page.lines[j].raw));
    (2..=MAX_BARRED_COLUMN_CHARS).contains(&t.chars().count()) && t.chars().all(han) && barred
}

/// A column's name parted from the headline by a bar has at most this many characters.
const MAX_BARRED_COLUMN_CHARS: usize = 6;

/// `公 告` over `2020-12-18 09:00 来源：…`: a notice titled by its kind alone, the page's first
/// line, its metadata right under it; or over its addressee (`通 知` / `集团各部门：`); or under a
/// headline that is no title (`福州一水库即将开闸泄洪！`), right over the text.
fn titled_by_kind(page: &Page, scan: &Scan, lines: &[usize], t: &str) -> bool {
    let last = *lines.last().unwrap_or(&0);
    let addressed = |j: usize| page.lines[j].is_text() && page.lines[j].text.trim_end().ends_with(['：', ':']) && page.lines[j].chars() <= SHORT_LINE;
    // (the organs over it are its issuers: `长沙市市场监督管理局` / `长沙市教育局` / `严正声明`)
    let headline_only_above =
        (0..lines[0]).filter(|&i| page.lines[i].is_text() && !looks_like_org(&page.lines[i].text)).all(|i| !title_line(page, i) || exclaimed_only(page, &[i]));
    // (in simplified forms: `倡 議 書`)
    let kind = fold(&squash(t)).replace([' ', '\u{3000}'], "");
    let whole = kind.clone();
    // (`征文启事`, `免责声明`: a notice of its own named with its matter)
    let named = SELF_STANDING_KINDS.iter().find(|k| kind.strip_suffix(**k).is_some_and(|m| (1..=4).contains(&m.chars().count()) && m.chars().all(han)));
    // (`施工公告`, `停水通知`: a notice named with its matter, no column's name — `通知公告`,
    // `最新公告`)
    let named = named.or_else(|| {
        NOTICE_KINDS.iter().find(|k| kind.strip_suffix(**k).is_some_and(|m| named_matter(m) && !COLUMN_MATTERS.contains(&m) && !KIND_WORDS.contains(&m)))
    });
    // (a kind with the weight it is given: `严正声明`, `紧急通知`)
    let qualified = KIND_QUALIFIERS.iter().find_map(|q| kind.strip_prefix(q)).or(named.copied());
    let kind = qualified.map_or(kind.clone(), str::to_string);
    let text_under = |j: usize| page.lines[j].is_text() && page.lines[j].chars() > SHORT_LINE && is_prose(&page.lines[j].text);
    // (`声 明` over the text: a kind letter-spaced as a title is set, or given its weight
    // (`严正声明`), no column's name)
    let spaced = page.lines[lines[0]].text.trim().contains([' ', '\u{3000}']) || qualified.is_some();
    let again = |j: usize| page.lines[j].is_text() && squash(&page.lines[j].text) == squash(&page.lines[last].text);
    // (past short names over it, a column's, that title nothing: `本馆介绍` / `办证须知` / `1. 凡年满12周岁…`)
    let names_only_above = (0..lines[0])
        .filter(|&i| page.lines[i].is_text())
        .all(|i| page.lines[i].chars() <= SHORT_LINE / 2 && !ends_like_title(&page.lines[i].text) && !is_prose(&page.lines[i].text));
    if lines.len() == 1 && (lines[0] <= scan.first_text || names_only_above) && statute_over_parts(page, last, &whole) {
        return true;
    }
    lines.len() == 1
        && (lines[0] <= scan.first_text || headline_only_above || page.next_nonblank(last).is_some_and(again))
        && super::super::rules::KIND_WORDS.contains(&kind.as_str())
        // (past the page's chrome between them: `關注濟源網微信` under `公 告`; past the kind shown
        // again: `声 明` / `声 明`)
        && (last + 1..page.lines.len()).find(|&j| !matches!(page.lines[j].class, Class::Blank) && !chrome_not_metadata(page, j) && !again(j)).is_some_and(|j| {
            page.anchors.contains(&j)
                || page.lines[j].class == Class::Residue(Reason::PageMetadata)
                || addressed(j)
                || (lines[0] > scan.first_text || spaced) && text_under(j)
        })
}

/// `会议制度` over `（一）会员大会`: a statute's short name (a few words of its matter, then its
/// kind) over its first numbered part.
fn statute_over_parts(page: &Page, last: usize, kind: &str) -> bool {
    let named = super::super::rules::STATUTE_KINDS.iter().any(|k| kind.strip_suffix(k).is_some_and(named_matter));
    named && page.next_nonblank(last).is_some_and(|j| page.lines[j].is_text() && super::headings::family(&page.lines[j].text).is_some())
}

/// `停水`, `施工`, `道路封闭`, `会议`: the matter a notice's or a statute's short name gives
/// before its kind (`停水通知`, `会议制度`), a few Chinese characters.
fn named_matter(m: &str) -> bool {
    (MIN_MATTER_HANS..=MAX_MATTER_HANS).contains(&m.chars().count()) && m.chars().all(han)
}

/// A short name's matter has from this many characters to that many.
const MIN_MATTER_HANS: usize = 2;
const MAX_MATTER_HANS: usize = 4;

/// A line the chrome pass removed for anything but being the page's metadata.
fn chrome_not_metadata(page: &Page, j: usize) -> bool {
    matches!(page.lines[j].class, Class::Residue(r) if r != Reason::PageMetadata)
}

/// Kinds of notice that stand by themselves under a word or two of their matter (`征文启事`,
/// `招聘启事`, `免责声明`, `入园须知`).
const SELF_STANDING_KINDS: &[&str] = &["启事", "声明", "须知"];

/// What a notice may say of its kind before naming it (`严正声明`, `紧急通知`, `重要公告`).
const KIND_QUALIFIERS: &[&str] = &["严正", "郑重", "紧急", "重要"];

/// A line right over a long rule of stars (`*****************`), which a government press
/// release sets under its headline.
fn underlined(page: &Page, last: usize) -> bool {
    page.next_nonblank(last).is_some_and(|j| {
        let t = page.lines[j].text.trim();
        page.lines[j].class == Class::Residue(Reason::Separator) && t.chars().count() >= MIN_RULE_CHARS && t.chars().all(|c| matches!(c, '*' | '＊'))
    })
}

/// The page shows the title twice (a page title and the document's own): a point. Its last line
/// shown again alone, the line over it once, heads nothing with it (`瓊海市…指揮部` /
/// `新冠疫苗接種通告` / `新冠疫苗接種通告`): points off.
fn shown_points(page: &Page, scan: &Scan, lines: &[usize], t: &str) -> i32 {
    let times = |t: &str| scan.shown.get(&shown_key(t)).copied().unwrap_or(0);
    let last = *lines.last().unwrap_or(&0);
    let tail_again = lines.len() > 1 && times(&page.lines[last].text) >= 2 && times(&page.lines[lines[0]].text) < 2;
    (times(t) >= 2 || tagged_above(page, lines[0], t)) as i32 - TAIL_SHOWN_AGAIN_POINTS * tail_again as i32
}

/// A line as the count of lines showing it reads it: without spaces, and without a count the
/// page ran into its end (`…联合摸排行动20`, its views).
fn shown_key(t: &str) -> String {
    squash(t).replace(' ', "").trim_end_matches(|c: char| c.is_ascii_digit()).to_string()
}

/// `【中/ENG】國民黨公布…達標 Anti-Ractopork …` over `國民黨公布…達標`: a headline the page showed
/// before, after a tag in brackets (and perhaps before a translation).
fn tagged_above(page: &Page, first: usize, t: &str) -> bool {
    let want = squash(t);
    want.chars().filter(|c| han(*c)).count() >= WHOLE_TITLE_CHARS
        && (first.saturating_sub(TAGGED_LOOKBACK)..first).any(|i| {
            if !page.lines[i].text.trim_start().starts_with('【') {
                return false;
            }
            let above = squash(&page.lines[i].text);
            let untagged = above.strip_prefix('【').and_then(|r| r.split_once('】')).map(|(_, r)| r);
            page.lines[i].is_text() && untagged.is_some_and(|r| r.starts_with(&want))
        })
}

/// How far above a headline its tagged copy is looked for (a bound: a page of thousands of
/// menu lines is not read again for each candidate).
const TAGGED_LOOKBACK: usize = 20;

/// What a candidate loses when its last line is shown again alone.
const TAIL_SHOWN_AGAIN_POINTS: i32 = 4;

/// A rule under a headline is at least this many characters.
const MIN_RULE_CHARS: usize = 5;

fn score(page: &Page, scan: &Scan, lines: &[usize]) -> i32 {
    let t = title_text(page, lines);
    // (a title followed by its number on its line is scored as the title)
    let t = number_after_title(page, lines).and_then(|n| t.strip_suffix(n.as_str()).map(str::to_string)).unwrap_or(t);
    // (measured without a mirror's pinyin: `關(guān)于轉(zhuǎn)發(fā)…`)
    let n = without_pinyin(&t).chars().count();
    let hans = t.chars().filter(|c| han(*c)).count();
    if titled_by_kind(page, scan, lines, &t) {
        return MIN_TITLE;
    }
    let last = *lines.last().unwrap_or(&0);
    // (nor is a colonless addressee, `各相关单位（学院、水合物实验室和工训中心）`, any title)
    let addressed = addresses_each(&t) && addressee_item(&t);
    if hans < 4 && !tagged_kind(&t) || n > MAX_TITLE_CHARS || shown_twice(page, lines) || title_tail(&page.lines[lines[0]].text) || addressed {
        return i32::MIN;
    }
    let mut s = 0;
    s += 4 * ends_like_title(t.trim_end_matches(['!', '！'])) as i32;
    s += kind_label_points(page, lines, &t);
    s += 2 * plain(&t).contains("关于") as i32;
    s += 2 * page.meta_title.as_ref().is_some_and(|m| squash(m) == squash(&t)) as i32;
    s += (8..=60).contains(&n) as i32;
    s += follower(page, *lines.last().unwrap_or(&0));
    // the document's own title stands under its number (a page's heading above the metadata)
    s += 2 * preceded_by_number(page, lines[0]) as i32;
    // a news page puts its metadata (发布时间, 来源) right under the title
    // (past chrome between them: `【 字体: 】`)
    // (or, under the page's first line, a dateline the chrome pass took for the page's:
    // `2018年12月21日10:23  来源：…`; a 副题 between them is not the headline)
    // (a dated counter row is one too: `2018-06-18 11:07:11来源:未知点击:0`)
    let first = top_line(page, scan, lines[0]);
    let under = english_version_under(page, last);
    let dateline = first && page.next_nonblank(under).is_some_and(|j| posting_line(page, j));
    s += 2 * (scan.next_text_or_anchor[under].is_some_and(|j| page.anchors.contains(&j)) || dateline) as i32;
    s += shown_points(page, scan, lines, &t);
    // a news page's headline: the page's first line of text, right over the story
    // (a story's first paragraph may lack its full stop: a clause and a line's length tell it)
    let story = page.next_nonblank_text(*lines.last().unwrap_or(&0)).is_some_and(|j| {
        let l = &page.lines[j];
        l.chars() > SHORT_LINE && (is_prose(&l.text) || l.text.contains('，') && !ends_like_title(&l.text))
            // (or, under a headline that reports an event, one whole sentence, shorter:
            // `中華會館舉行2019年會員大會` / `溫哥華中華會館於…舉行會員大會。`)
            || l.chars() > SHORT_LINE / 2 && is_prose(&l.text) && l.text.trim_end().ends_with('。') && EVENT_VERBS.iter().any(|v| plain(&t).contains(v))
    });
    s += headline_points(page, lines, first, story, hans >= 8 && !t.contains(['，', '：']));
    // (one that asks or exclaims, commas and colon and all)
    s += (lines.len() == 1 && punctuated_headline(page, lines[0])) as i32;
    // paired phrases on two lines (`推动优化调整川渝合作机制` / `系统谋划明年重点任务`), or a rules' name
    let paired = first && story && paired_phrases(page, lines);
    s += layout_points(page, scan, lines, &t, first, paired);
    // a bulletin's article headline: the first line under its masthead, over the story (or over
    // its 副题 after a dash)
    let dashed = page.next_nonblank_text(last).is_some_and(|j| dash_subtitle(&page.lines[j].text));
    s += 4 * (lines.len() == 1 && (story || dashed) && under_masthead(page, lines[0])) as i32;
    // a news headline over its 副题 and the page's metadata
    s += 2 * (lines.len() == 1 && first && page.next_nonblank_text(last).is_some_and(|j| news_subtitle(page, j))) as i32;
    // a meeting's name over its record's header: the record's title
    s += 4 * names_its_meeting(page, &t, last) as i32;
    // a forum thread's headline, over the thread's `[复制链接]`
    s += 4 * (lines.len() == 1 && thread_headline(page, last)) as i32;
    // (a short name over the items it heads is a title too: `會員會費` / `a.`)
    let named = first && named_over_items(page, lines, &t, n);
    s -= not_a_title_points(page, lines, &t, n, named || short_kind_head(page, scan, lines, &t, n));
    if lines.len() > 1 {
        // a title wrapped over lines: the first does not end like a title, the whole does;
        // lines each a whole title by itself are two (`…招聘206人簡章` over `…工作人員簡章`)
        let whole = |&i: &usize| ends_like_title(&page.lines[i].text) && page.lines[i].chars() >= WHOLE_TITLE_CHARS;
        // (`臺東縣鹿野鄉公所  公告` under the page's headline, a Taiwan notice's whole head, or a
        // list's item, `• 信息中心` / `• 协会报告`, continues no line above it)
        if lines[1..].iter().any(|&i| organ_and_kind(&page.lines[i].text) || list_item(&page.lines[i].raw)) {
            return i32::MIN;
        }
        match wrapped(page, lines) || paired {
            true => s += 1,
            false if lines.iter().all(whole) => return i32::MIN,
            false => s -= 5,
        }
    }
    s
}

/// `会议制度` / `2018-05-10` / `为加强…`, `招聘指南` / `1.应聘者需…`: a kind named in four
/// characters or fewer, the page's first line, right over the text's first numbered item, or over
/// its first sentence past a posting date — a document's short title, not a word of its text
/// (which the short-title rule in `not_a_title_points` guards against), nor a site's column
/// (`规章制度`, a navigation word).
fn short_kind_head(page: &Page, scan: &Scan, lines: &[usize], t: &str, n: usize) -> bool {
    // (asked of every candidate: the cheap tests first)
    let &[i] = lines else { return false };
    if n > SHORT_KIND_TITLE_CHARS || !ends_like_title(t) {
        return false;
    }
    let numbered = |j: usize| super::headings::numbered_heading(&page.lines[j].text).is_some() || super::headings::family(&page.lines[j].text).is_some();
    // (a head shown twice stands over its items once: `游客须知` / `游客须知` / `一、…`)
    let Some(next) = next_past_copy(page, i, t) else { return false };
    // (over a sentence only past its posting date: a tip's heading, `会议制度` / `本会每年…`, or a
    // column's name, `最新公告`, stands right over one)
    let opens_text = match is_date_line(&page.lines[next].text) {
        true => page.next_nonblank_text(next).is_some_and(|j| numbered(j) || is_prose(&page.lines[j].text)),
        false => numbered(next),
    };
    top_line(page, scan, i) && !NAV_WORDS.contains(&squash(t).as_str()) && opens_text
}

/// Points for where a candidate stands: paired phrases (see `paired_phrases`), a name over its
/// rules' first item, a headline between the posting date and the first item, the headline a
/// filing's `主旨` row restates.
fn layout_points(page: &Page, scan: &Scan, lines: &[usize], t: &str, first: bool, paired: bool) -> i32 {
    let n = without_pinyin(t).chars().count();
    2 * (paired || first && named_over_items(page, lines, t, n)) as i32
        + 4 * dated_over_items(page, lines, t) as i32
        + SUBJECT_ECHO_POINTS * (lines.len() == 1 && scan.subject_echo == Some(lines[0])) as i32
}

/// Marks a page sets before a headline in its list (`• 中國民航信息網絡:…`).
const HEADLINE_MARKS: &[char] = &['•', '·', '●', '■', '*', '-', ' ', '\u{3000}'];

/// `  • 协会报告`, `- 草案内容`: a line the page set as an item of a list.
fn list_item(raw: &str) -> bool {
    ["• ", "- ", "* ", "· "].iter().any(|m| raw.trim_start().starts_with(m))
}

/// `COVID-19 通告 7`: a kind in Chinese, the rest a Latin name and numbers — a title, though its
/// Chinese is one word.
fn tagged_kind(t: &str) -> bool {
    let hans: String = t.chars().filter(|c| han(*c)).collect();
    let latin = t.chars().filter(char::is_ascii_alphabetic).count();
    let rest_latin = t.chars().all(|c| han(c) || c.is_ascii() || c.is_whitespace());
    KIND_WORDS.contains(&plain(&hans).as_ref()) && latin >= MIN_TAG_LETTERS && rest_latin
}

/// A kind's Latin name around it has at least this many letters (`COVID`).
const MIN_TAG_LETTERS: usize = 3;

/// `書卷獎學金` / `一、獎勵對象:…`: a name of a few words alone, right over the first numbered
/// item of the text — the title of the rules that follow (a site's column is a navigation
/// word; an organ's name over its items is their issuer).
fn named_over_items(page: &Page, lines: &[usize], t: &str, n: usize) -> bool {
    let &[i] = lines else { return false };
    // (`學校特別宣布 (一)`: the first of a series of such, numbered in brackets)
    let t = without_series_number(t);
    let n = n.min(t.chars().count());
    let name = (SHORT_KIND_TITLE_CHARS..=MAX_ITEMS_NAME_CHARS).contains(&n) && t.chars().all(han);
    // (the name shown twice stands over its items once: `會員申請` / `會員申請` / `• …`; its first
    // item numbered from one, lettered from `a.`, or a bullet: `會員會費` / `a.`)
    let first_item = next_past_copy(page, i, t).is_some_and(|j| {
        let l = &page.lines[j];
        super::headings::counts_from_one(&l.text) || list_item(&l.raw) || first_letter_item(&l.text)
    });
    // (a name the page's menu or trail above shows is its column's: `首页 会员服务 会员权益` /
    // `会员服务` / `一、…`)
    let in_menu = (0..i).any(|k| matches!(page.lines[k].class, Class::Residue(_)) && page.lines[k].text.contains(t));
    name && first_item && !in_menu && !looks_like_org(t) && !NAV_WORDS.contains(&plain(t).as_ref())
}

/// The next line of text under line `i`, past a copy of its text `t` right under it (a head
/// the page shows twice).
fn next_past_copy(page: &Page, i: usize, t: &str) -> Option<usize> {
    let next = page.next_nonblank_text(i)?;
    if squash(&page.lines[next].text) == squash(t) { page.next_nonblank_text(next) } else { Some(next) }
}

/// `a.`, `(a)`, `a)`: the first item of a list lettered in Latin.
fn first_letter_item(t: &str) -> bool {
    let t = t.trim();
    ["a.", "a)", "(a)", "（a）", "A.", "(A)"].iter().any(|m| t.starts_with(m))
}

/// `最新消息` / `Dec 24, 2024` / `自114年1月1日起公費流感疫苗擴大接種對象,提供…之民眾接種` /
/// `一、…`: one line right under the page's posting date and right over the text's first
/// numbered item is the post's headline, commas and all (a sentence ends with its stop).
fn dated_over_items(page: &Page, lines: &[usize], t: &str) -> bool {
    let &[i] = lines else { return false };
    let dated = page
        .prev_nonblank(i)
        .is_some_and(|p| matches!(page.lines[p].class, Class::Text | Class::Residue(Reason::PageMetadata)) && is_date_line(&page.lines[p].text));
    let first_item = page.next_nonblank_text(i).is_some_and(|j| super::headings::counts_from_one(&page.lines[j].text));
    dated && first_item && !t.trim_end().ends_with(['。', '；', '：', ':'])
}

/// `學校特別宣布 (一)` without its bracketed number in the series.
fn without_series_number(t: &str) -> &str {
    let t = t.trim();
    let Some(open) = t.strip_suffix([')', '）']).and_then(|r| r.rfind(['(', '（'])) else { return t };
    let number = &t[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    let numeral = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    if numeral { t[..open].trim_end() } else { t }
}

/// A name over its numbered items is at most this long.
const MAX_ITEMS_NAME_CHARS: usize = 12;

/// A title this short is a kind and little more (`会议制度`).
const SHORT_KIND_TITLE_CHARS: usize = 4;

/// `（2019年修订）的通知`: the last words of a title the page wrapped, which open no title (a
/// title never begins with 的, bracketed words before it or not).
fn title_tail(t: &str) -> bool {
    let t = t.trim();
    let rest = t.strip_prefix(['（', '(']).and_then(|r| r.split_once(['）', ')'])).map_or(t, |(_, r)| r.trim_start());
    rest.starts_with('的')
}

/// The line of a headline's English version under line `last` (`Sketch of Public Policy
/// Communion, …`, between a bilingual page's headline and its posting line), or `last`.
fn english_version_under(page: &Page, last: usize) -> usize {
    page.next_nonblank(last).filter(|&j| page.lines[j].is_text() && english_headline(&page.lines[j].text)).unwrap_or(last)
}

/// `Sketch of Public Policy Communion, September 2023`: a headline's (or a letterhead's name's)
/// English version, a capitalised phrase of words in Latin letters and figures, no sentence.
fn english_headline(t: &str) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count();
    t.starts_with(|c: char| c.is_ascii_uppercase()) && words >= ENGLISH_TAIL_WORDS && t.is_ascii() && !t.ends_with(['.', '!', '?'])
}

/// `臺東縣鹿野鄉公所  公告`: an organ's name, a space, and a kind alone.
fn organ_and_kind(t: &str) -> bool {
    let Some((organ, kind)) = t.trim().rsplit_once(char::is_whitespace) else { return false };
    looks_like_org(organ.trim()) && BARE_KINDS.contains(&fold(kind).as_ref())
}

/// Points against a candidate whose words are some other part's: an organ's name, an order's
/// mark, a defining sentence, a bulletin's name, a speaker's line; `n` is its length (a short
/// one is a word of the text, unless it is a `short_kind` head).
fn not_a_title_points(page: &Page, lines: &[usize], t: &str, n: usize, short_kind: bool) -> i32 {
    let mut s = 0;
    s += 3 * (looks_like_org(t) && !ends_like_title(t)) as i32;
    s += 3 * is_order_mark(t) as i32;
    // a sentence of the text a hard wrap cut after `…及有关法`: it defines its terms, a title never does
    s += 6 * DEFINING_WORDS.iter().any(|w| t.contains(w)) as i32;
    s += 4 * (n <= 4 && !short_kind) as i32;
    s += 3 * bulletin_name(t) as i32;
    s += 4 * year_prefixed_copy(page, t) as i32;
    s += 6 * (lines.len() == 1 && speaker_line(&page.lines[lines[0]].text)) as i32;
    // a 副题 opens with its dash under the headline (`——民建…联合开展活动`)
    s += 6
        * (lines.len() == 1 && dash_subtitle(t) && page.prev_nonblank(lines[0]).is_some_and(|p| headline_phrase(&page.lines[p].text.replace(' ', "")))) as i32;
    s
}

/// `推动优化调整川渝合作机制` / `系统谋划明年重点任务`: two phrases on lines one under the other,
/// no punctuation in them (an organ's name over its title is no phrase of a headline:
/// `大連市人民政府` / `森林防火通告`; nor is a formal `关于…` title the second phrase: `消费风险提示` /
/// `关于警惕保险诈骗的风险提示`).
fn paired_phrases(page: &Page, lines: &[usize]) -> bool {
    let phrase = |i: usize| {
        let l = &page.lines[i].text;
        (6..=20).contains(&l.chars().filter(|c| han(*c)).count()) && !l.contains(|c: char| "，、。；：,;:（(《“".contains(c))
    };
    lines.len() == 2
        && lines[1] == lines[0] + 1
        && lines.iter().all(|&i| phrase(i))
        && !looks_like_org(&page.lines[lines[0]].text)
        // (a whole title over another is no half of a pair: `…招聘206人簡章` / `…工作人員簡章`)
        && !ends_like_title(&page.lines[lines[0]].text)
        && !opens_matter(&plain(&page.lines[lines[1]].text))
}

/// Points for one line at the top of a news page, over its story: a plain headline's, one
/// over the outlet's lead (`房县新闻网讯 …`, whatever its commas and colon), a press release's
/// over its rule of stars (`行政長官休假` / `******`).
/// `市人大常委会决议：加快建设…`: the kind, then the subject after a colon; or the kind alone
/// as the label of the title, which `title_text` cut (`公告：本所…時間表`).
fn kind_label_points(page: &Page, lines: &[usize], t: &str) -> i32 {
    let kind_then_subject = t.split_once('：').is_some_and(|(head, _)| ends_like_title(head) && head.chars().count() >= 4);
    let kind_label = page.lines[lines[0]].text.split_once('：').is_some_and(|(head, _)| KIND_WORDS.contains(&plain(head.trim()).as_ref()));
    2 * (kind_then_subject || kind_label) as i32
}

fn headline_points(page: &Page, lines: &[usize], first: bool, story: bool, plain_headline: bool) -> i32 {
    let last = *lines.last().unwrap_or(&0);
    let led = page.next_nonblank_text(last).is_some_and(|j| news_lead(&page.lines[j].text));
    let ruled = page.next_nonblank(last).is_some_and(|j| page.lines[j].class == Class::Residue(Reason::Separator) && page.lines[j].raw.contains('*'));
    let top = lines.len() == 1 && first;
    // (a press release's rule of stars needs no story under it: `下稿代医院管理局发出：`)
    // (`[課指組公告]財團法人…獎助學金`: a post's headline with its column's tag, at the top)
    let tagged = top && column_tagged(&page.lines[lines[0]].text);
    (top && story && plain_headline) as i32 + 3 * (top && led) as i32 + 3 * (top && ruled && (story || underlined(page, last))) as i32 + tagged as i32
}

/// `[課指組公告]…`, `【学院新闻】…`: a headline after its column's tag in brackets, the tag
/// naming a column of posts (…公告, …新闻).
fn column_tagged(t: &str) -> bool {
    let t = t.trim();
    let Some(close) = t.strip_prefix(['[', '【']).and_then(|r| r.find([']', '】']).map(|c| &r[..c])) else { return false };
    let tag = plain(close);
    tag.chars().count() <= MAX_COLUMN_TAG_CHARS
        && COLUMN_TAG_ENDINGS.iter().any(|e| tag.ends_with(e))
        && t.chars().count() > close.chars().count() + 2 + MIN_TAGGED_HEADLINE_CHARS
}

/// The words a column of posts is named with, last in its tag.
const COLUMN_TAG_ENDINGS: &[&str] = &["公告", "新闻", "消息", "动态", "通知", "快讯", "要闻"];

/// A column's tag before a headline is at most this long.
const MAX_COLUMN_TAG_CHARS: usize = 8;

/// A headline after a column's tag has at least this many characters.
const MIN_TAGGED_HEADLINE_CHARS: usize = 6;

/// `本报讯 …`, `房县新闻网讯 通讯员…`: a story's lead, its outlet named before 讯.
fn news_lead(t: &str) -> bool {
    let t = fold(t.trim());
    let outlet = t.find('讯').map(|p| &t[..p]).filter(|o| (2..=super::super::rules::MAX_STORY_OUTLET_CHARS).contains(&o.chars().count()) && o.chars().all(han));
    super::super::rules::NEWS_LEADS.iter().any(|w| t.starts_with(w))
        || outlet.is_some_and(|o| super::super::rules::MEDIA_ENDINGS.iter().any(|e| o.ends_with(e)))
}

/// `臺北市政府第2122次市政會議` over `主席` / `柯文哲` / `出席` / `列席` / `紀錄`…: the name of a
/// meeting (`…第N次…会议`) with its record's header under it.
fn names_its_meeting(page: &Page, t: &str, last: usize) -> bool {
    let t = squash(&plain(t));
    if !(t.ends_with("会议") && t.contains('第') && t.contains('次')) {
        return false;
    }
    let header = |j: &usize| {
        let l = page.lines[*j].text.trim();
        MINUTES_LABELS.contains(&squash(&plain(l.split([':', '：']).next().unwrap_or(l))).as_str())
    };
    let labels = (last + 1..page.lines.len()).filter(|&j| page.lines[j].class != Class::Blank).take(MINUTES_HEADER_LINES).filter(header).count();
    labels >= 2
}

/// A forum thread's headline: the line right over the thread's copy-link button, which a
/// forum (Discuz! and the like) sets under it.
fn thread_headline(page: &Page, last: usize) -> bool {
    page.next_nonblank(last).is_some_and(|j| page.lines[j].class == Class::Residue(Reason::PageLink) && page.lines[j].text.contains("复制链接"))
}

/// A meeting record's header labels come within this many lines of its name.
const MINUTES_HEADER_LINES: usize = 16;

/// The first text under a bulletin's masthead (its name, issue, unit and date, moved to the
/// front matter), with nothing but page chrome between.
fn under_masthead(page: &Page, i: usize) -> bool {
    let Some(m) = (0..i).rev().find(|&j| page.lines[j].class == Class::Moved(Field::Bulletin)) else { return false };
    (m + 1..i).all(|j| !page.lines[j].is_text())
}

/// `——学风建设、合格评估共同建设、同步推进` right under a headline: its 副题, after a dash.
pub fn dash_subtitle(t: &str) -> bool {
    let t = t.trim();
    let rest = t.trim_start_matches(['—', '-', '─']).trim();
    t.starts_with(['—', '─']) && (6..=40).contains(&rest.chars().count()) && !rest.contains(['。', '！', '？', '：', ':'])
}

/// `决定9月26日召开自治区政协十二届二十二次常委会会议` between a news headline and the page's
/// metadata (`2022年09月22日15:06 | 来源:新疆日报`): the headline's 副题.
fn news_subtitle(page: &Page, j: usize) -> bool {
    let t = page.lines[j].text.trim();
    // (a posting line with its counter, `发布时间：2017-01-17    点击数：`, is the page's too)
    let metadata = |k: usize| page.anchors.contains(&k) || matches!(page.lines[k].class, Class::Residue(Reason::PageMetadata | Reason::Counter));
    let next = (j + 1..page.lines.len()).find(|&k| page.lines[k].is_text() || metadata(k));
    (6..=40).contains(&t.chars().count())
        && !t.contains(['。', '！', '？', '：', ':'])
        && t.chars().filter(|c| han(*c)).count() >= 6
        // (`税总函〔2019〕85号2019年3月18日` over the post's tags: the document's number and date)
        && classed_number(t).is_none()
        && number_and_date(t).is_none()
        && !is_doc_number(t)
        && next.is_some_and(metadata)
}

/// `北京市审计局局长 马兰霞`: who gives a report or a speech (a post, then a name), never its
/// title.
pub fn speaker_line(t: &str) -> bool {
    let t = t.trim();
    let Some((post, name)) = t.rsplit_once([' ', '\u{3000}']) else { return false };
    let post = post.trim();
    (2..=4).contains(&name.chars().count()) && name.chars().all(han) && post.chars().count() <= 20 && POSITION_WORDS.iter().any(|w| post.ends_with(w))
}

/// `2022关于留坝县…的通报` over `关于留坝县…的通报`: a model-text site's year before the
/// document's own title, which the page shows again without it.
fn year_prefixed_copy(page: &Page, t: &str) -> bool {
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    let rest = t[digits..].trim_start_matches('年').trim();
    digits == 4 && rest.starts_with("关于") && rest.chars().count() >= 8 && page.lines.iter().any(|l| l.is_text() && squash(&l.text) == squash(rest))
}

/// A title wrapped over lines: no line ends a sentence, no part before the last ends like a
/// title, a line opening with `关于` follows an issuer's name, and the lines continue each other
/// (or the whole is a `关于…` title).
fn wrapped(page: &Page, lines: &[usize]) -> bool {
    let folded: Vec<std::borrow::Cow<str>> = lines.iter().map(|&i| plain(&page.lines[i].text)).collect();
    let texts: Vec<&str> = folded.iter().map(|t| t.as_ref()).collect();
    let whole = title_text(page, lines);
    // (`…决议公告` / `暨召开…的通知`: a title that goes on with 暨 joins a second to the first)
    // (`关于《…的通告（征求意见稿）》` over `征求社会公众意见的公告`: 关于 and a quoted name only, the
    // matter still to come)
    let quoted_matter = |t: &str| t.starts_with("关于《") && t.ends_with('》');
    let prefixes_open = (1..texts.len()).all(|k| {
        let head = texts[..k].concat();
        !ends_like_title(&head) || texts[k].starts_with('暨') || quoted_matter(&head)
    });
    // a company's name joins the title it heads, unless it is one of joint issuers stacked
    // above it (the organ mark)
    let joint = page.prev_nonblank(lines[0]).is_some_and(|p| page.lines[p].is_text() && looks_like_org(&page.lines[p].text));
    // (a government organ's line over `关于…` is the issuer's, not the title's: `issuer_over`)
    let company = |t: &str| looks_like_org(t) && company_name(t);
    let connector = |t: &str| ["印发", "转发", "批转", "的", "和", "与", "及", "暨"].iter().any(|w| t.ends_with(w));
    // joint issuers stacked right over `关于…` (no organ mark `…文件` among them) open the title
    let adjacent = lines.windows(2).all(|w| w[1] == w[0] + 1);
    let stacked = texts.len() >= 3
        && adjacent
        && texts[texts.len() - 1].starts_with("关于")
        && texts[..texts.len() - 1].iter().all(|t| looks_like_org(t) && organ_mark(t).is_none());
    // (a line that leaves a book title open goes on inside it: `关于《广州市花都区人民政府` / `关于…`)
    let open_quote = |t: &str| t.matches('《').count() > t.matches('》').count();
    let issuer_before_about = stacked
        || texts
            .windows(2)
            .all(|w| !opens_matter(w[1]) || company(w[0]) && !joint || connector(w[0]) || open_quote(w[0]) || session_over_resolution(w[0], w[1]));
    let one_issuer = stacked || texts[..texts.len() - 1].iter().filter(|t| looks_like_org(t)).count() <= 1;
    // `杭州纵横通信股份有限公司` / `第五届董事会第六次会议决议公告`: a company over its title
    // (a listed company's `第七届董事会第五十二次会议决议公告` may stand a blank line below it)
    let subject_over_title = texts.len() == 2
        && (adjacent || texts[1].starts_with('第'))
        && looks_like_org(texts[0])
        && !joint
        && ends_like_title(texts[1])
        // (a title that names its own issuer before 关于 takes no other name above it)
        && !names_own_issuer(texts[1])
        // (`大連市人民政府` / `森林防火通告`: a government's line over a whole title is its
        // issuer; a company's or a congress's over `第五届董事会…公告` is its subject)
        && !(unspaced(texts[0]).ends_with("政府") && !texts[1].starts_with('第'));
    let about_title = texts[0].contains("关于") && ends_like_title(&whole);
    // `喀什地区国民经济和社会发展` / `第十四个五年规划和2035年` / `远景目标纲要`: a long title
    // wrapped over lines of a phrase each, only the last (short, no title by itself) ending as one
    let last = texts.len() - 1;
    let phrases = texts.len() >= 3
        && adjacent
        && ends_like_title(texts[last])
        && texts[last].chars().count() <= 12
        && !texts[last].starts_with("关于")
        && texts[..last]
            .iter()
            .all(|t| (8..=20).contains(&t.chars().count()) && !ends_like_title(t) && !looks_like_org(t) && !t.contains(['，', '。', '：', ':', ' ']));
    let linked = texts.windows(2).all(|w| continues(w[0], w[1])) || about_title || subject_over_title || stacked || phrases;
    // `兵在掌上阅 亮剑弹指间` over `全国人民代表大会常务委员会公告`: a newspaper's slogan, two
    // phrases a space apart, over a title whole by itself
    let slogan = ends_like_title(texts[texts.len() - 1]) && lines[..lines.len() - 1].iter().any(|&i| couplet(&page.lines[i].text));
    prefixes_open && issuer_before_about && one_issuer && linked && !slogan && !texts.iter().any(|t| title_ends_sentence(t))
}

/// Two phrases of four to ten Chinese characters, a space or a comma apart: a slogan's couplet.
fn couplet(t: &str) -> bool {
    // (or a comma apart: `金秋十月，欢度国庆`)
    let parts: Vec<&str> = t.split(|c: char| c.is_whitespace() || c == '，' || c == ',').filter(|w| !w.is_empty()).collect();
    parts.len() == 2 && parts.iter().all(|w| (4..=10).contains(&w.chars().count()) && w.chars().all(han))
}

/// A document number (or the organ mark over it) within the two lines above.
fn preceded_by_number(page: &Page, first: usize) -> bool {
    let mut at = first;
    for _ in 0..2 {
        let Some(p) = page.prev_nonblank(at) else { return false };
        let t = &page.lines[p].text;
        // or a listed company's `证券代码：… 公告编号：2025-013` line, which gave the number
        let gave_number = page.lines[p].class == Class::Residue(Reason::PageMetadata) && page.meta.doc_number.as_deref().is_some_and(|n| t.contains(n));
        if is_doc_number(t) || matches!(page.lines[p].class, Class::Moved(Field::DocNumber)) || gave_number {
            return true;
        }
        at = p;
    }
    false
}

/// `中共江西省委 江西省人民政府关于…`: joint issuers named, a space between them, at the head of
/// a title's first line.
fn issuers_before_about(first: &str) -> Vec<String> {
    let Some(at) = first.find("关于") else { return Vec::new() };
    // (`某市人民政府办公室转发省政府办公厅关于…`: the issuer is who forwards)
    let at = FORWARDING_VERBS.iter().chain(&["印发"]).filter_map(|w| first[..at].find(w)).min().unwrap_or(at);
    let mut names: Vec<String> = first[..at].split_whitespace().map(str::to_string).collect();
    if names.len() == 1 {
        names = joint_issuers(&names[0]);
    }
    if names.len() >= 2 && names.iter().all(|n| looks_like_org(n)) { names } else { Vec::new() }
}

/// `中共福州市委办公厅福州市人民政府办公厅`: joint issuers written without a space, cut where one
/// name ends (办公厅, 政府, 委员会…) and the next begins with a name of its own, not with another
/// ending (`…市委` / `办公厅…` is one name).
fn joint_issuers(t: &str) -> Vec<String> {
    let ends = super::super::rules::ORG_ENDINGS.iter().filter(|e| e.chars().count() >= 2);
    let cut = ends.flat_map(|e| t.match_indices(e).map(move |(p, _)| p + e.len())).filter(|&p| p < t.len()).find(|&p| {
        let (left, right) = t.split_at(p);
        left.chars().count() >= 4
            && right.chars().count() >= 5
            && looks_like_org(left)
            && looks_like_org(right)
            && !super::super::rules::ORG_ENDINGS.iter().any(|e| right.starts_with(e))
    });
    match cut {
        Some(p) => std::iter::once(t[..p].to_string()).chain(joint_issuers(&t[p..])).collect(),
        None => vec![t.to_string()],
    }
}

/// `中华人民共和国国务院令`, `…主席令`: the mark of an order, not its title.
fn is_order_mark(t: &str) -> bool {
    t.ends_with('令') && !t.ends_with("命令") && t.chars().count() <= 20 && !ends_like_title(t)
}

/// `榆林市榆阳区人民政府令 第1号`: an order's mark and its number on one line — its number, no
/// title.
/// (Spaced or run together: `国家税务总局令第61号`.)
pub fn numbered_order(t: &str) -> bool {
    let t = t.trim();
    let spaced = t.rsplit_once(char::is_whitespace).is_some_and(|(mark, number)| is_order_mark(mark.trim()) && is_serial_number(number));
    // (not a title with its order's number in brackets: `陽江市水上安全管理辦法（陽府令第2號）`)
    let glued = || t.find("令第").map(|k| k + "令".len()).is_some_and(|k| is_order_mark(&t[..k]) && !t[..k].contains(['（', '(']) && is_serial_number(&t[k..]));
    spaced || glued()
}

/// `二三年十月十五日`: a date, whole or with digits lost (no title wraps over one).
fn date_shaped(t: &str) -> bool {
    let t = squash(t);
    let numeral = |c: char| c.is_ascii_digit() || "〇○零一二三四五六七八九十OＯ".contains(c);
    let ymd = t.find('年').zip(t.find('月')).is_some_and(|(y, m)| y > 0 && m > y) && t.ends_with(['日', '号']);
    ymd && t.chars().count() <= 14 && t.chars().all(|c| numeral(c) || "年月日号".contains(c))
}

/// `2026-03-06.众安头条`, `2022年4月11日 来源…`: a line that opens with a whole date.
fn opens_with_date(t: &str) -> bool {
    let head: String = t.chars().take_while(|c| c.is_ascii_digit() || "-./年月日".contains(*c)).collect();
    head.chars().filter(char::is_ascii_digit).count() >= 6 && find_date(&head).is_some()
}

/// Do two lines read as one title wrapped after `关于`, `印发`, `的`…, an issuer's name over
/// `关于…`, or a title spaced out over the kind of the document (`…会议` / `公 告`)?
fn continues(prev: &str, cur: &str) -> bool {
    let (prev, cur) = (plain(prev), plain(cur));
    let (prev, cur) = (prev.as_ref(), cur.as_ref());
    // (`2026-03-06.众安头条` under a headline: its posting date, no words of it)
    if date_shaped(prev) || opens_with_date(cur) {
        return false;
    }
    let n = prev.chars().count();
    let kind_alone = ends_like_title(cur) && squash(cur).chars().count() <= 3;
    // a long first part that does not end like a title, finished by one that does
    // (a project's figures count as its words: `…公司6000噸/年2-氯-5-氯甲基吡啶項目`)
    let project = PROJECT_ENDINGS.iter().any(|w| fold(prev).ends_with(w));
    let hanzi = prev.chars().filter(|c| han(*c) || project && c.is_ascii_digit()).count();
    let finished = n >= 8
        && hanzi * 10 >= n * 7
        && !prev.contains(['：', ':'])
        && !ends_like_title(prev)
        && ends_like_title(cur)
        && !names_own_issuer(cur)
        && !looks_like_org(prev)
        // `省人大颁布的地方法规` over `黑龙江省预算管理条例`: a site's column, named for what it holds
        && !COLUMN_NOUNS.iter().any(|w| prev.ends_with(w));
    !title_ends_sentence(prev)
        && n <= 40
        && (n >= 6 && prev.contains("关于")
            || ["关于", "转发", "印发", "批转"].iter().any(|w| cur.starts_with(w)) && looks_like_org(prev)
            || session_over_resolution(prev, cur)
            || open_ordinal(prev)
            || ["的", "印发", "转发", "关于", "和", "与", "及", "暨", "、"].iter().any(|w| prev.ends_with(w))
            || cur.starts_with(['《', '的', '暨'])
            || kind_alone
            || finished)
}

/// How the name of a project ends, over the notice of its assessment (`…吡啶項目` /
/// `環境影響評價第一次公示`).
const PROJECT_ENDINGS: &[&str] = &["项目", "工程"];

/// How a session of a congress or a committee is named (`…第八次会议`, `…第六次全体会议`).
const SESSION_ENDINGS: &[&str] = &["次会议", "次全体会议"];
/// What a session adopts and titles with its name.
const RESOLUTION_KINDS: &[&str] = &["决议", "决定"];

/// `涿鹿县第四批` over `县级非物质文化遗产` / `申报启事`: a line ending in an ordinal of a batch
/// or a term names no thing yet; the title goes on.
fn open_ordinal(prev: &str) -> bool {
    let Some(rest) = prev.strip_suffix(['批', '届', '屆']) else { return false };
    let numeral = rest.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十百零〇".contains(c));
    numeral.len() < rest.len() && numeral.ends_with('第')
}

/// `上饶市第一届人民代表大会第八次会议` over `关于政府工作报告的决议`: a congress's session
/// adopts the resolution, and its name is the title's first words (not an organ that issues it).
fn session_over_resolution(prev: &str, cur: &str) -> bool {
    let (prev, cur) = (unspaced(prev), unspaced(cur));
    let session = SESSION_ENDINGS.iter().any(|e| prev.ends_with(e));
    session && !prev.contains("关于") && cur.starts_with("关于") && RESOLUTION_KINDS.iter().any(|k| cur.ends_with(k))
}

/// `眉山市第四届人民代表大会第二次会议关于…的决议`: a title that names its issuer before 关于
/// (not the tail of a wrapped one: `会议关于…`).
fn names_own_issuer(t: &str) -> bool {
    plain(t).split_once("关于").is_some_and(|(issuer, _)| issuer.chars().filter(|c| han(*c)).count() >= 6)
}

/// What follows a title: a document number, a 题注, the addressee, a date (a speech's), or the
/// body itself.
fn follower(page: &Page, last: usize) -> i32 {
    // (past a button or a file's link the chrome pass took: `…限价调整` / `分享` / `亲爱的经销商您好:`,
    // `【…通告】` / `防疫_….pdf` / `Download PDF • 305KB` / `致各會員…︰`)
    let button = |j: usize| matches!(page.lines[j].class, Class::Residue(Reason::Share | Reason::PageLink));
    let mut next = page.next_nonblank(last);
    while let Some(j) = next.filter(|&j| button(j)) {
        next = page.next_nonblank(j);
    }
    let Some(j) = next else { return 0 };
    let t = &page.lines[j].text;
    if is_subtitle(t) {
        3
    } else if salutation_shaped(t) || to_salutation(page, j) {
        // a letter's heading over whom it greets (`會長新年家書` / `各位校友:`)
        2
    } else if is_doc_number(t)
        || is_serial_number(t)
        || t.ends_with(['：', ':']) && t.chars().count() <= MAX_ADDRESSEE_CHARS
        || is_date_line(t.trim_matches(['（', '）', '(', ')']))
    {
        1
    } else {
        0
    }
}

/// A bulletin's masthead: its name (…简报, …督查), the issue (第N期, N期, 总第N期), and the
/// line with the issuing unit and the date.
fn masthead(page: &mut Page, zone: usize) {
    // `2020年第24期（总第91期）`: an issue line no other line could be
    let full_issue = |t: &str| is_issue(t) && t.contains('第') && (t.contains('年') || t.contains("总第"));
    // `增刊第7期` over `中共衢州市委办公室 2005年4月27日`: an issue with the unit and the date under it
    let issue_over_unit = |j: usize| {
        let unit = page.next_nonblank(j).filter(|&u| u < zone && page.lines[u].is_text());
        is_issue(&page.lines[j].text) && page.lines[j].text.contains('第') && unit.is_some_and(|u| unit_and_date(&page.lines[u].text).is_some())
    };
    let name = (0..zone).find(|&i| {
        let t = &page.lines[i].text;
        let own_name = |j: usize| j < zone && page.lines[j].is_text() && (full_issue(&page.lines[j].text) || issue_over_unit(j));
        let named = BULLETIN_WORDS.iter().any(|w| unspaced(t.trim()).ends_with(w))
            // a name of its own (`四 川 要 闻`) right over a full issue line, or over an issue
            // over the unit and the date
            || page.next_nonblank(i).is_some_and(own_name) && !is_issue(t) && !is_date_line(t);
        page.lines[i].is_text() && t.chars().count() <= 20 && !t.contains(['，', '。', '：', ':']) && t.chars().filter(|c| han(*c)).count() >= 2 && named
    });
    // `高教发展信息第24期`: the name and the issue on one line
    // (a name in brackets reads to the chrome pass as a column tag)
    let candidate =
        |i: usize| page.lines[i].is_text() || page.lines[i].class == Class::Residue(Reason::Navigation) && page.lines[i].text.trim().starts_with('【');
    let glued = (0..zone).find_map(|i| candidate(i).then(|| name_and_issue(&page.lines[i].text)).flatten().map(|p| (i, p)));
    if let Some((i, (name, issue))) = glued.filter(|(i, _)| name.is_none_or(|n| *i <= n)) {
        set_masthead(page, name, &issue);
        page.moved(i, Field::Bulletin);
        unit_and_date_under(page, i, zone);
        return;
    }
    let Some(name) = name else {
        nameless_masthead(page, zone);
        return;
    };
    let issue = (name + 1..zone.min(name + 6)).find(|&j| page.lines[j].is_text() && is_issue(&page.lines[j].text));
    let Some(issue) = issue else {
        issue_in_line(page, name, zone);
        return;
    };
    let issue_text = page.lines[issue].text.trim().to_string();
    let mut full_name = unspaced(page.lines[name].text.trim()).into_owned();
    // `合 格 评 估` over `工 作 简 报`: the name's start on the line above
    if let Some(p) = page.prev_nonblank(name).filter(|&p| name_start(page, p)) {
        full_name = format!("{}{full_name}", unspaced(page.lines[p].text.trim()));
        page.moved(p, Field::Bulletin);
    }
    set_masthead(page, full_name, &issue_text);
    page.moved(name, Field::Bulletin);
    page.moved(issue, Field::Bulletin);
    // `（总第1期）` on a line of its own under the issue
    let mut last = issue;
    let count = page.next_nonblank(issue).filter(|&t| t < zone && page.lines[t].is_text()).and_then(|t| running_count(&page.lines[t].text).map(|c| (t, c)));
    if let Some((t, count)) = count {
        page.meta.bulletin.get_or_insert_with(Default::default).total_issue = Some(count);
        page.moved(t, Field::Bulletin);
        last = t;
    }
    unit_and_date_under(page, last, zone);
}

/// A short run of Chinese characters (letter-spaced or not) over a bulletin's name that ends it
/// (`合 格 评 估` / `工 作 简 报`): the name's first part. An organisation's name there is the
/// masthead's unit, not the name's.
fn name_start(page: &Page, p: usize) -> bool {
    let l = &page.lines[p];
    let t = unspaced(l.text.trim());
    let kept = l.is_text() || l.class == Class::Residue(Reason::Navigation);
    kept && (2..=8).contains(&t.chars().count()) && t.chars().all(han) && !looks_like_org(&t)
}

/// `（总第1期）`: a bulletin's running count alone, without its brackets.
fn running_count(t: &str) -> Option<String> {
    let t = t.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let n = t.strip_prefix("总第")?.strip_suffix('期')?;
    (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit())).then(|| t.to_string())
}

/// `学生工作部(处)综合办公室编制 签发人:徐元敏`: the unit that compiles a bulletin, and who signed
/// the issue off.
fn compiled_by(t: &str) -> Option<(String, Option<String>)> {
    let t = t.trim();
    let (head, signer) = match t.find("签发人") {
        Some(at) => (t[..at].trim(), Some(t[at + "签发人".len()..].trim_start_matches(['：', ':', ' ', '\u{3000}']).trim().to_string())),
        None => (t, None),
    };
    let unit = ["编制", "编印", "主办", "编"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head).trim();
    let marked = unit.len() < head.len() || signer.is_some();
    (marked && looks_like_org(unit)).then(|| (unit.to_string(), signer.filter(|s| !s.is_empty())))
}

/// `〔2024〕第5期` over `石鼓区人民政府办公室2024年5月30日`: a masthead whose name line the page
/// lost (a 纪要 printed in a gazette). The unit and the date under the issue are the issuer and
/// the date; the issue stays as the page wrote it (there is no name to give it). A bulletin's
/// full issue (`2021年第8期（总第175期）`) over its unit is the bulletin's, its name unknown.
fn nameless_masthead(page: &mut Page, zone: usize) {
    let issue = |i: usize| page.lines[i].is_text() && is_issue(&page.lines[i].text) && page.lines[i].text.contains('第');
    let under = |i: usize| page.next_nonblank(i).filter(|&j| j < zone && page.lines[j].is_text());
    let found = (0..zone).filter(|&i| issue(i)).find_map(|i| under(i).and_then(|j| unit_under_issue(&page.lines[j].text).map(|u| (i, j, u))));
    let Some((i, j, (unit, date))) = found else { return };
    let full = page.lines[i].text.contains('年') || page.lines[i].text.contains("总第");
    if full {
        let text = page.lines[i].text.trim().to_string();
        let b = page.meta.bulletin.get_or_insert_with(Default::default);
        let (number, total) = split_total(&text);
        b.issue = (!number.is_empty()).then_some(number);
        b.total_issue = total;
        page.meta.kind.get_or_insert_with(|| "bulletin".to_string());
        page.moved(i, Field::Bulletin);
        page.guess(i, format!("a bulletin's issue without its name: {text}; add `bulletin: {{name: …}}` to the front matter"));
    }
    page.meta.issuer = vec![unit];
    if date.is_some() {
        page.meta.date = date;
    }
    page.moved(j, Field::Issuer);
}

/// The unit under a masthead's issue, and its date: `石鼓区人民政府办公室2024年5月30日`, or only
/// the month (`武汉轻工大学发展规划与学科建设处 2021年9月`, no date then).
fn unit_under_issue(t: &str) -> Option<(String, Option<String>)> {
    if let Some((unit, date)) = unit_and_date(t) {
        return Some((unit, Some(date)));
    }
    let t = t.trim();
    let month = t.strip_suffix('月')?;
    let at = month.rfind('年')?;
    let year_at = month[..at].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |p| p + month[p..].chars().next().map_or(1, char::len_utf8));
    let (unit, when) = (t[..year_at].trim(), &month[year_at..]);
    let dated = when.len() >= 6 && when.chars().all(|c| c.is_ascii_digit() || c == '年');
    (dated && looks_like_org(unit)).then(|| (unit.to_string(), None))
}

/// Record a bulletin's masthead: its name, and its issue with the running count in brackets
/// after it (`第3期（总第91期）`); the document is a bulletin.
fn set_masthead(page: &mut Page, name: String, issue: &str) {
    let b = page.meta.bulletin.get_or_insert_with(Default::default);
    b.name = Some(name);
    let (number, total) = split_total(issue);
    // (`（总第53期）` alone: a count and no issue of its own)
    b.issue = (!number.is_empty()).then_some(number);
    b.total_issue = total;
    page.meta.kind.get_or_insert_with(|| "bulletin".to_string());
}

/// `高教发展信息第24期`: a bulletin's name and its issue on one line; the name ends like a
/// bulletin's.
fn name_and_issue(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    if let Some(counted) = counted_name(t) {
        return Some(counted);
    }
    if t.chars().count() > 30 || t.contains(['，', '。', '：', ':', ' ']) {
        return None;
    }
    t.match_indices('第')
        .find_map(|(at, _)| {
            // a year before 第 belongs to the issue (`2020年第3期`)
            let name = t[..at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '年');
            let issue = &t[name.len()..];
            // (`青岛市人民政府公报(2019年第5、6期)`: the issue in brackets after the name)
            let (name, issue) = match (name.strip_suffix(['（', '(']), issue.strip_suffix(['）', ')'])) {
                (Some(n), Some(i)) => (n, i),
                _ => (name, issue),
            };
            // (`【工作动态】2020年第40期`: a site sets the name in lenticular brackets)
            let name = name.strip_prefix('【').and_then(|n| n.strip_suffix('】')).unwrap_or(name);
            let named = BULLETIN_WORDS.iter().any(|w| name.ends_with(w)) && name.chars().filter(|c| han(*c)).count() >= 4;
            (named && is_issue(issue) && issue.contains('期')).then(|| (name.to_string(), issue.to_string()))
        })
        .or_else(|| issue_without_di(t))
}

/// `慈善之声(2023年4月 总第53期)`: a periodical's name of its own, the issue in brackets after it
/// with the running count that only a periodical keeps. The name and the issue (`2023年4月（总第53期）`).
fn counted_name(t: &str) -> Option<(String, String)> {
    let (name, rest) = t.split_once(['（', '('])?;
    let inner = rest.strip_suffix(['）', ')'])?.trim();
    let at = inner.find("总第")?;
    let (issue, count) = (inner[..at].trim(), &inner[at..]);
    let name_ok = (2..=MAX_COUNTED_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(han);
    (name_ok && running_count(count).is_some() && !issue.contains(['，', '。'])).then(|| (name.to_string(), format!("{issue}（{count}）")))
}

/// A periodical's name before its counted issue is at most this long.
const MAX_COUNTED_NAME_CHARS: usize = 12;

/// `巴蜀电力公司抗震救灾快报四十九期`: a bulletin's name and its issue counted without 第.
fn issue_without_di(t: &str) -> Option<(String, String)> {
    BULLETIN_WORDS.iter().find_map(|w| {
        let end = t.find(w)? + w.len();
        let (name, issue) = t.split_at(end);
        let counted = issue.chars().next().is_some_and(count_digit) && issue.ends_with('期') && issue.chars().rev().skip(1).all(count_digit);
        (name.chars().filter(|c| han(*c)).count() >= 4 && counted).then(|| (name.to_string(), issue.to_string()))
    })
}

/// The masthead's unit and date on the line under `at` (or the unit over the date).
fn unit_and_date_under(page: &mut Page, at: usize, zone: usize) {
    // the unit and the date on one line (or split where spaces parted them)
    let Some(j) = page.next_nonblank(at).filter(|&j| j < zone && page.lines[j].is_text()) else { return };
    let t = page.lines[j].text.clone();
    if let Some((unit, date)) = unit_and_date(&t) {
        page.meta.issuer = vec![unit];
        page.meta.date = Some(date);
        page.moved(j, Field::Issuer);
    } else if let Some((unit, signer)) = compiled_by(&t) {
        page.meta.issuer = vec![unit];
        page.meta.signers.extend(signer);
        page.moved(j, Field::Issuer);
    } else if let Some(d) = page.next_nonblank(j).filter(|&d| looks_like_org(&t) && page.lines[d].is_text() && is_date_line(&page.lines[d].text)) {
        page.meta.issuer = vec![t];
        page.meta.date = find_date(&page.lines[d].text);
        page.moved(j, Field::Issuer);
        page.moved(d, Field::Date);
    } else if looks_like_org(&t) && t.chars().count() >= 6 {
        // the unit alone (`中共某某学院委员会` over `2023 年 10 月 目 录`)
        page.meta.issuer = vec![t];
        page.moved(j, Field::Issuer);
    }
}

/// `发展研究中心编 第1期（总第7期） 2004年3月19日`: the masthead's unit (its start perhaps
/// wrapped onto the lines above), issue and date on one line under the bulletin's name.
fn issue_in_line(page: &mut Page, name: usize, zone: usize) {
    let found = (name + 1..zone.min(name + 4)).take_while(|&j| page.lines[j].is_text() || page.lines[j].class == Class::Blank).find_map(|j| {
        let parts: Vec<&str> = page.lines[j].text.split_whitespace().collect();
        let k = parts.iter().position(|p| is_issue(p) && p.contains('第'))?;
        Some((j, parts[..k].concat(), parts[k].to_string(), parts[k + 1..].join(" ")))
    });
    let Some((line, before, issue, after)) = found else { return };
    let above: String = (name + 1..line).filter(|&i| page.lines[i].is_text()).map(|i| page.lines[i].text.trim().to_string()).collect();
    let unit = format!("{above}{before}");
    let unit = unit.trim_end_matches(['编', '印', '发', '主', '办']).to_string();
    set_masthead(page, unspaced(page.lines[name].text.trim()).into_owned(), &issue);
    if looks_like_org(&unit) {
        page.meta.issuer = vec![unit];
    }
    if let Some(date) = find_date(&after) {
        page.meta.date = Some(date);
    }
    for i in name..=line {
        if page.lines[i].is_text() {
            page.moved(i, if i == name || i == line { Field::Bulletin } else { Field::Issuer });
        }
    }
}

/// `四川要闻2020年第24期（总第91期）（…）`: a page's headline naming the bulletin and its issue
/// is the masthead again, not a title (a bulletin of news items has none); it goes.
fn repeats_masthead(page: &mut Page, lines: &[usize]) -> bool {
    let Some(b) = page.meta.bulletin.as_ref() else { return false };
    let (Some(name), Some(issue)) = (b.name.as_deref(), b.issue.as_deref()) else { return false };
    let t = squash(&fold(&title_text(page, lines)));
    let again = t.starts_with(&squash(name)) && t.contains(&squash(&fold(issue)));
    if again {
        for &i in lines {
            page.residue(i, Reason::DuplicateTitle);
        }
    }
    again
}

/// `（试行）`, `(试  行)`, `（2020年修订）`: a title's qualifier on a line of its own, as the title
/// writes it.
fn qualifier(t: &str) -> Option<String> {
    let t = squash(t);
    let f = fold(&t);
    let inner = f.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']))?;
    // (`（2020年9月5日修订）`, dated to the day, is a 题注)
    let dated = inner.contains('日') && find_date(inner).is_some();
    (inner.chars().count() <= 12 && !dated && super::super::rules::TITLE_QUALIFIERS.iter().any(|q| inner.ends_with(q))).then_some(t)
}

/// `2020年第24期（总第91期）`: the issue and the running count in its brackets, as the page
/// writes them (the folded text, which has the page's byte offsets, only finds the bracket).
fn split_total(t: &str) -> (String, Option<String>) {
    let f = fold(t);
    match f.find("（总第").or_else(|| f.find("(总第")) {
        Some(p) => {
            let rest = &t[p..];
            let close = rest.find(['）', ')']).map_or(rest.len(), |c| c + rest[c..].chars().next().map_or(0, char::len_utf8));
            (t[..p].trim().to_string(), Some(rest[..close].trim_matches(['（', '）', '(', ')']).to_string()))
        }
        _ => (t.to_string(), None),
    }
}

/// `寿县人民政府督查室           2022年8月19`: a unit and a date on one line.
pub fn unit_and_date(t: &str) -> Option<(String, String)> {
    // (a table cell's bar after it: `合浦县公安局交通管理大队 2023年6月16日 |`)
    let t = t.trim().trim_end_matches(['|', '｜']).trim_end();
    let date = find_date(t)?;
    let cut = t.char_indices().find(|(p, _)| find_date(&t[*p..]).as_deref() == Some(date.as_str()) && is_date_line(&t[*p..])).map(|(p, _)| p)?;
    let unit = t[..cut].trim().to_string();
    (looks_like_org(&unit)).then_some((unit, date))
}

/// `1990年1月20日，最高人民法院`: a date, then the unit that issued the document.
fn date_and_unit(t: &str) -> Option<(String, String)> {
    let date = find_date(t)?;
    let end = t.find('日')? + '日'.len_utf8();
    let unit = t[end..].trim_start_matches(['，', ',', '、', ' ', '\u{3000}']).trim();
    (find_date(&t[..end]).as_deref() == Some(date.as_str()) && !unit.is_empty() && looks_like_org(unit)).then(|| (unit.to_string(), date))
}

/// A date written under the document's title in words (`1990年1月20日`) is the document's own
/// and outranks the page's publication time; a bare `2024-06-17` there does not.
fn own_date(page: &mut Page, date: Option<String>, line: &str) {
    match date {
        Some(d) if line.contains('年') && line.contains('日') => page.meta.date = Some(d),
        Some(d) => {
            page.meta.date.get_or_insert(d);
        }
        None => {}
    }
}

/// `凌政办发[2020]35号凌海市推进…规划实施细则` above the title: the site's heading (chrome) glued
/// to the number the document prints nowhere else — the number is the document's.
fn number_in_headline(page: &mut Page) {
    if page.meta.doc_number.is_some() {
        return;
    }
    let title = page.lines.iter().position(|l| l.class == Class::Moved(Field::Title)).unwrap_or(0);
    let whole = squash(page.meta.title.as_deref().unwrap_or(""));
    let heading = |c: &Class| matches!(c, Class::Residue(Reason::Headline | Reason::DuplicateTitle | Reason::Navigation));
    let number = page.lines[..title].iter().filter(|l| heading(&l.class)).find_map(|l| {
        numbered_splits(l.text.trim()).find_map(|(number, rest)| {
            // (the heading shortens this document's title, not a sidebar's other one)
            let ours = !rest.trim().is_empty() && whole.contains(&squash(rest));
            (ends_like_title(rest.trim()) && ours).then(|| number.to_string())
        })
    });
    page.meta.doc_number = number;
}

/// The last posting line (`发布时间：…`: the page's metadata, or a dated counter row) above
/// line `first`.
fn last_posting_line(page: &Page, first: usize) -> Option<usize> {
    (0..first).rev().find(|&a| page.anchors.contains(&a) || posting_line(page, a))
}

/// The page's metadata line, or a counter row with the posting date in it.
fn posting_line(page: &Page, a: usize) -> bool {
    match page.lines[a].class {
        Class::Residue(Reason::PageMetadata) => true,
        Class::Residue(Reason::Counter) => find_date(&page.lines[a].text).is_some(),
        _ => false,
    }
}

/// Lines above the title: the document number, the issuer (one or several lines), a date, the
/// title in part; what else is short is the site's header.
/// A site's header over the title: its name, then its phone (line `i`, read as `fields`).
fn site_contact(page: &mut Page, i: usize, fields: Vec<(super::super::page::ContactField, String)>) {
    for (f, v) in fields {
        page.contact.entry(f).or_insert(v);
    }
    page.moved(i, Field::Contact);
    if let Some(o) = page.prev_nonblank(i).filter(|&o| page.lines[o].class == Class::Residue(Reason::Navigation) || page.lines[o].is_text())
        && looks_like_org(&page.lines[o].text)
    {
        page.contact.entry(super::super::page::ContactField::Organization).or_insert(page.lines[o].text.clone());
        page.moved(o, Field::Contact);
    }
}

/// Line `i` over the title gives the document's number (perhaps with its class or its 签发人
/// after it), or the 签发人 alone. True when taken.
fn number_over_title(page: &mut Page, i: usize, t: &str) -> bool {
    if let Some(n) = classed_number(t) {
        page.meta.doc_number.get_or_insert(n.to_string());
        page.moved(i, Field::DocNumber);
    } else if let Some((n, signer)) = number_with_signer(t) {
        page.meta.doc_number.get_or_insert(n.to_string());
        page.meta.signers = signer.split_whitespace().map(str::to_string).collect();
        page.moved(i, Field::DocNumber);
    } else if let Some(signer) = signer_field(t) {
        // (spaced from the number, the line was cut in two; two people, a space apart)
        page.meta.signers = signer.split_whitespace().map(str::to_string).collect();
        page.moved(i, Field::Signers);
    } else if is_doc_number(t) || is_serial_number(t) && page.meta.doc_number.as_deref().is_none_or(|d| squash(d).contains(&squash(unbracketed(t)))) {
        if page.meta.doc_number.is_none() {
            page.meta.doc_number = Some(with_order_mark(page, i, unbracketed(t)));
        }
        page.moved(i, Field::DocNumber);
    } else {
        return false;
    }
    true
}

/// A sentence kept above the title is text: the short lines under it are the text's too — a
/// signer, a date — not a menu; so is a list of names over it with a colon (an addressee,
/// however it is worded). Where that text starts (`first` when there is none).
fn text_above_title(page: &Page, first: usize) -> usize {
    // (a sentence of the text's length: a site's welcome, `您好，欢迎访问…网站。`, is shorter)
    let sentence = |i: usize| {
        let l = &page.lines[i];
        // (or one that hands over to items under it: `…节日安排如下：`)
        let ends = l.text.contains('。') || hands_over(&l.text);
        l.is_text() && ends && l.chars() >= KEPT_SENTENCE_CHARS && !page.anchors.iter().any(|&a| a > i) && !intro(&l.text)
    };
    let from = (0..first).find(|&i| sentence(i)).unwrap_or(first);
    let names = |t: &str| t.trim_end().strip_suffix(['：', ':']).is_some_and(|n| n.contains(['、', '，', ',']) && !n.contains(['。', '；']));
    page.prev_nonblank(from).filter(|&p| page.lines[p].is_text() && names(&page.lines[p].text)).unwrap_or(from)
}

/// A sentence kept above the title that makes the lines under it the text's is at least this
/// long.
const KEPT_SENTENCE_CHARS: usize = 24;

/// An organ's line over the title (or over joint organs over it): an issuer — with the line
/// over it when the name wraps onto two.
fn issuer_line(page: &mut Page, i: usize) {
    // (looked for only while no issuer is known: it reads the text below once)
    let wrapped = if page.meta.issuer.is_empty() { wrapped_organ(page, i) } else { None };
    match wrapped {
        Some((p, names)) => {
            page.meta.issuer.extend(names);
            page.moved(p, Field::Issuer);
        }
        None => {
            // (without a template's empty blank: `瓜州县人民政府() 办公室`)
            let t = page.lines[i].text.trim();
            let blank = EMPTY_BLANKS.iter().find(|b| t.contains(**b));
            let name = blank.map_or_else(|| unspaced(t).into_owned(), |b| squash(&t.replace(b, "")));
            page.meta.issuer.push(name);
        }
    }
    page.moved(i, Field::Issuer);
    // (its English name under it, in a letterhead: not set between the addressee and the text)
    if let Some(j) = page.next_nonblank(i).filter(|&j| page.lines[j].is_text() && english_headline(&page.lines[j].text)) {
        page.residue(j, Reason::LetterheadName);
    }
}

/// The blank a template left where a name was to be filled in.
const EMPTY_BLANKS: [&str; 2] = ["()", "（）"];

/// The first line of a wrapped organ mark holds at least this many characters.
const WRAPPED_MARK_PIECE: usize = 6;

fn before_title(page: &mut Page, first: usize) {
    let posting = last_posting_line(page, first);
    // `潍坊市人民政府令` over the regulation it promulgates: what lies between is the order's
    let order = (0..first).find(|&k| page.lines[k].is_text() && is_order_mark(&page.lines[k].text));
    let post_heading = |i: usize, t: &str| posting.is_some_and(|a| i < a) && worded_as_title(t);
    let text_from = text_above_title(page, first);
    for i in 0..first {
        if !page.lines[i].is_text() {
            continue;
        }
        let t = page.lines[i].text.clone();
        if let Some(fields) = super::contact::fields(&t) {
            site_contact(page, i, fields);
        } else if number_over_title(page, i, &t) {
            // the number, its class or its 签发人: taken
        } else if looks_like_org(&t) && next_is_title_or_org(page, i, first) {
            issuer_line(page, i);
        } else if let Some(org) = organ_mark(&t).filter(|_| page.meta.issuer.is_empty()) {
            organ_mark_line(page, i, org.to_string());
        } else if let Some((unit, date)) = unit_and_date(&t).filter(|_| page.next_nonblank(i) == Some(first)) {
            // `上 高 县 人 民 政 府 办 公 室  二〇一〇年四月六日` right over the title: a 纪要's or a
            // bulletin's unit and date row under its mark
            if page.meta.issuer.is_empty() {
                page.meta.issuer.push(unspaced(&unit).into_owned());
            }
            own_date(page, Some(date), &t);
            page.moved(i, Field::Issuer);
        } else if is_date_line(&t) && page.meta.doc_number.is_none() && !page.lines[..i].iter().any(|l| l.is_text()) {
            // `2015年6月26日 星期五` opening the page over a headline: the day of the paper or the
            // post, not the document's own date (which comes under it, or under its number): the
            // page's date while the text shows none of its own
            page.meta.date = page.meta.date.take().or_else(|| find_date(&t));
            page.residue(i, Reason::PageMetadata);
        } else if is_subtitle(&t) && page.meta.subtitle.is_none() && i + 3 >= first {
            // a 题注 a page set above its title: `（2025年7月30日…会议通过）` / `…公告`
            page.meta.subtitle = Some(t.trim().to_string());
            page.moved(i, Field::Subtitle);
        } else if disclosure_mark(&t)
            && page.meta.note.is_none()
            && page.next_nonblank_text(i).is_some_and(|n| n == first || is_doc_number(&page.lines[n].text))
        {
            // `主动公开` over the number or the title: the document's publication mark, its 附注
            page.meta.note = Some(t.trim().to_string());
            page.moved(i, Field::Note);
        } else if let Some(d) = signed_order_over_title(page, i, first) {
            // `總理李強` / `2025年1月25日` over the regulation: the order that promulgates it,
            // its mark and number cut from the page, signs and dates it
            page.meta.signature = Some(t.trim().to_string());
            // (a date whose day the line does not tell, `05/09/2024`, leaves the page's)
            page.meta.date = find_date(&page.lines[d].text).or(page.meta.date.take());
            page.moved(i, Field::Signature);
            page.moved(d, Field::Date);
        } else if order.is_some_and(|o| i > o) {
            // the order's own text (`《…办法》已经…通过，现予发布施行。`, `市长张新起`): kept
        } else if t.chars().count() <= SHORT_LINE && !is_prose(&t) && !is_order_mark(&t) && !fragment(&t) && !post_heading(i, &t) && i < text_from {
            page.residue(i, Reason::Navigation);
        } else if is_prose(&t) && page.anchors.iter().any(|&a| a > i) {
            // running text above the title and the page's metadata: the site's
            page.residue(i, Reason::Sidebar);
        } else if posting.is_some_and(|a| i < a) && t.chars().count() <= super::super::rules::MAX_TITLE_CHARS {
            // `公示！墨脱县拟入选…` over `发布时间：…`, the document's own title under them: the
            // site's post heading
            page.residue(i, Reason::Headline);
        } else if shown_again_above(page, i, first) {
            // `荊門市防辦發出緊急通知:本周末,…務必做好這些工作…`, twice over the notice's own title:
            // the site's headline for it, as the post and as its share card
            page.residue(i, Reason::Headline);
        }
    }
}

/// Line `i` is shown again, the same text, elsewhere above the title, and is no sentence.
fn shown_again_above(page: &Page, i: usize, first: usize) -> bool {
    let t = squash(&page.lines[i].text);
    let again = (0..first).any(|k| k != i && matches!(page.lines[k].class, Class::Text | Class::Residue(Reason::Headline)) && squash(&page.lines[k].text) == t);
    again && !t.contains('。') && without_pinyin(&t).chars().count() <= MAX_TITLE_CHARS
}

/// `國資委黨委辦公室文件` on line `i`: the organ mark names the issuer `org` (the template sets
/// the mark); a long one wraps (`全国公共管理硕士（MPA）专业学位` / `教育指导委员会文件`).
fn organ_mark_line(page: &mut Page, i: usize, org: String) {
    let t = page.lines[i].text.clone();
    let wrapped = page.prev_nonblank(i).filter(|&p| {
        let l = &page.lines[p];
        // (not an index code over it: `GF037-D0100-2010-001`)
        // (a wrap leaves a line's worth over the rest, not a site's link: `查古籍`)
        matches!(l.class, Class::Text | Class::Residue(Reason::Navigation))
            && (WRAPPED_MARK_PIECE..=24).contains(&l.chars())
            && !l.text.contains(|c: char| c.is_ascii_digit())
            && !l.text.contains(['，', '。', '：', ':', '|'])
            && !looks_like_org(&l.text)
            && organ_mark(&format!("{}{}", l.text.trim(), t.trim())).is_some()
    });
    match wrapped {
        Some(p) => {
            let whole = format!("{}{}", page.lines[p].text.trim(), org);
            page.meta.issuer.push(whole);
            page.moved(p, Field::Issuer);
        }
        None => page.meta.issuer.push(org),
    }
    page.moved(i, Field::Issuer);
}

/// `總理李強` (line `i`) over `2025年1月25日` right over a regulation's title (line `first`): the
/// head of a government who signs the order promulgating it, and the order's date — the line of
/// the date, when no signature is known yet.
fn signed_order_over_title(page: &Page, i: usize, first: usize) -> Option<usize> {
    let d = page.next_nonblank(i).filter(|&d| d < first && page.lines[d].is_text() && is_date_line(&page.lines[d].text))?;
    let signer = &page.lines[i].text;
    // (no title of its own: `校长办公会议制度` opens with a post too)
    let person = super::tail::titled_person(signer) && !ends_like_title(signer);
    (page.meta.signature.is_none() && ends_like_title(&page.lines[first].text) && page.next_nonblank(d) == Some(first) && person).then_some(d)
}

/// `四川省人民政府令` over `第368号` (line `i`): the order's number is the mark's; the mark moves
/// with it.
fn with_order_mark(page: &mut Page, i: usize, number: &str) -> String {
    let mark = page
        .prev_nonblank(i)
        .filter(|&p| !matches!(page.lines[p].class, Class::Moved(_)) && is_order_mark(page.lines[p].text.trim()) && is_serial_number(number));
    let Some(p) = mark else { return number.to_string() };
    page.moved(p, Field::DocNumber);
    format!("{}{number}", page.lines[p].text.trim())
}

/// `（2010年第3号）` → `2010年第3号`: a line without the brackets around it, keeping those
/// its own text closes (`第368號（hào）`, a mirror's pinyin).
fn unbracketed(t: &str) -> &str {
    let t = t.trim();
    let t = t.strip_prefix(['（', '(']).unwrap_or(t);
    if t.matches(['）', ')']).count() > t.matches(['（', '(']).count() { t.strip_suffix(['）', ')']).unwrap_or(t).trim() } else { t }
}

/// `主动公开`, `（此件公开发布）`: how a document is to be published, alone on its line.
fn disclosure_mark(t: &str) -> bool {
    let folded = fold(t.trim());
    let bare = folded.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    DISCLOSURE_MARKS.contains(&bare)
}

/// A piece of a sentence the page wrapped (`…应咨询 阁下之注册证券商、`): a comma at its end —
/// never a menu.
fn fragment(t: &str) -> bool {
    t.trim_end().ends_with(['、', '，', ','])
}

/// The issuer in an organ mark, `XX文件`.
fn organ_mark(t: &str) -> Option<&str> {
    let org = t.trim().strip_suffix("文件")?.trim();
    looks_like_org(org).then_some(org)
}

/// An issuer's line stands above the title with only other issuers' lines, the document number
/// and chrome between them.
fn next_is_title_or_org(page: &Page, i: usize, title: usize) -> bool {
    (i + 1..title).all(|j| {
        let l = &page.lines[j];
        !l.is_text() && !matches!(l.class, Class::Residue(Reason::DuplicateTitle))
            || looks_like_org(&l.text)
            // (a letterhead's English name under it: `Christian Alliance College Parent-Teacher Association`)
            || english_headline(&l.text)
            || is_doc_number(&l.text)
            || is_serial_number(&l.text)
    })
}

/// `项目信息` right under the title: the page's tab, not the document's (see `TAB_LABELS`); or
/// the post's category, a bare kind over its posting date (`香港…線路下線通知` / `公告` /
/// `2023-07-22 18:04`).
fn is_tab_label(page: &Page, j: usize, last: usize) -> bool {
    let t = page.lines[j].text.trim();
    // (the date perhaps run into the count of readers after it: `2023-07-22 18:042376`)
    let dated = |n: usize| page.lines[n].text.split_whitespace().next().is_some_and(is_date_line);
    let posted = |n: usize| matches!(page.lines[n].class, Class::Residue(_) | Class::Moved(Field::Date)) || dated(n);
    let category = KIND_WORDS.contains(&plain(t).as_ref()) && page.next_nonblank(j).is_some_and(posted);
    page.next_nonblank(last) == Some(j) && (TAB_LABELS.contains(&t) || category)
}

/// Marks the page's tab label (`项目信息`) or its tags under the title as chrome; whether it
/// found them.
fn mark_chrome_under_title(page: &mut Page, j: usize, last: usize) -> bool {
    if is_tab_label(page, j, last) {
        page.residue(j, Reason::Navigation);
        return true;
    }
    let Some(tags) = tag_run(page, j) else { return false };
    for k in tags {
        page.residue(k, Reason::PageMetadata);
    }
    true
}

/// `學校` / `農村` / `教師` under an aggregator's count of readers (`166人看過`): the page's
/// tags, two to [`MAX_TAGS`] words of two to four characters a line, over a line of the text.
/// (Names under a posting date — a 公示's list — are the document's.)
fn tag_run(page: &Page, j: usize) -> Option<Vec<usize>> {
    let after_meta = page.prev_nonblank(j).is_some_and(|p| page.lines[p].class == Class::Residue(Reason::Counter));
    let word = |k: usize| page.lines[k].is_text() && (2..=4).contains(&page.lines[k].chars()) && page.lines[k].text.chars().all(super::super::chars::han);
    let mut run = vec![j];
    while let Some(k) = page.next_nonblank(*run.last()?).filter(|&k| word(k)) {
        run.push(k);
    }
    let over_text = page.next_nonblank(*run.last()?).is_some_and(|k| page.lines[k].chars() > TAG_TEXT_CHARS);
    (after_meta && word(j) && (2..=MAX_TAGS).contains(&run.len()) && over_text).then_some(run)
}

/// `財團法人…基金會` under the headline, over `發文日期:…` / `發文字號:…`: the organ that sends
/// the letter, no 副题 (see `news_subtitle`).
fn organ_over_fields(page: &Page, j: usize) -> bool {
    let t = page.lines[j].text.trim();
    page.meta.issuer.is_empty() && news_subtitle(page, j) && looks_like_org(t) && !ends_like_title(t)
}

/// Line `j` names the issuer.
fn issuer_here(page: &mut Page, j: usize) {
    page.meta.issuer.push(unspaced(page.lines[j].text.trim()).into_owned());
    page.moved(j, Field::Issuer);
}

/// Lines between the title and the body: 题注, document number, a date, the addressee.
fn after_title(page: &mut Page, last: usize, zone: usize) {
    let mut i = last;
    let mut steps = 0;
    while let Some(j) = page.next_nonblank(i) {
        if !page.lines[j].is_text() {
            i = j;
            continue;
        }
        let t = page.lines[j].text.clone();
        let bare = unbracketed(&t);
        if mark_chrome_under_title(page, j, last) {
            // the page's tab label or tags
        } else if summary_label(t.trim()) {
            // `【概要描述】…`: the site's summary of its post under the title
            page.residue(j, Reason::Lead);
        } else if steps == 0 && super::metadata::field_row(page, j) {
            // the post's fields shown again under its summary
            page.residue(j, Reason::PageMetadata);
        } else if page.meta.subtitle.as_deref().is_some_and(|s| squash(s) == squash(&t)) {
            // the page shows its head twice: the 题注 again under the second copy of the title
            page.residue(j, Reason::DuplicateTitle);
        } else if let Some(q) = qualifier(&t).filter(|_| j == page.next_nonblank(last).unwrap_or(j)) {
            // `云南大学校长办公会议组织办法` / `（试行）`
            if let Some(title) = page.meta.title.as_mut() {
                title.push_str(&q);
            }
            page.moved(j, Field::Title);
        } else if numbered_order(&t) && page.meta.doc_number.is_none() {
            // `国家税务总局令第61号` under the title: the order's mark and number, its number
            page.meta.doc_number = Some(t.trim().to_string());
            page.moved(j, Field::DocNumber);
        } else if steps == 0 && organ_over_fields(page, j) {
            issuer_here(page, j);
        } else if steps == 0 && page.meta.subtitle.is_none() && one_line_subtitle(page, j) {
            // (a 题注 of adoption dates the document, whichever way it was recognised)
            set_subtitle(page, &[j]);
        } else if let Some(lines) = subtitle_lines(page, j).filter(|_| page.meta.subtitle.is_none()) {
            set_subtitle(page, &lines);
        } else if let Some(n) = classed_number(&t).filter(|_| page.meta.doc_number.is_none()) {
            page.meta.doc_number = Some(n.to_string());
            page.moved(j, Field::DocNumber);
        } else if let Some((number, date)) = number_and_date(&t).filter(|_| page.meta.doc_number.is_none()) {
            // a yearbook's `盐政发〔2013〕99号  2013年4月25日` under the title
            number_and_date_here(page, j, number, date);
        } else if (is_doc_number(&t) || is_serial_number(&t)) && page.meta.doc_number.as_deref().is_none_or(|d| squash(d) == squash(bare) || shortened(d, bare))
        {
            page.meta.doc_number = Some(with_order_mark(page, j, bare));
            page.moved(j, Field::DocNumber);
        } else if page.meta.subtitle.is_none() && dated_under_speaker(page, j) {
            // `国家防办主任 张志彤` / `(2013年1月5日)`: a speech's or a report's 题注
            speech_subtitle(page, j);
        } else if j < zone && dated_under_title(page, j) {
            // the document's date, or its issuer and date, or the page's
        } else if j < zone
            && page.meta.issuer.is_empty()
            && t.chars().count() <= 30
            && looks_like_org(unspaced(t.trim()).as_ref())
            && page.prev_nonblank(j).is_some_and(|p| matches!(page.lines[p].class, Class::Moved(Field::Subtitle | Field::Date)))
        {
            // the reporting body under a report's title and 题注 (`三明市发展和改革委员会`), or
            // the issuing body under the title and its date
            issuer_here(page, j);
        } else if steps == 0 && intro(&t) && page.next_nonblank_text(j).is_some_and(|k| addressee(page, k)) {
            // `…发布关于…的批复。以下为全文：` over `西城区卫生健康委：`: a reposter's lead under its
            // headline hands over to the document, which opens with its addressee
            page.residue(j, Reason::Lead);
        } else if let Some(label) = reported_document(page, j).filter(|_| steps == 0) {
            // `8月8日，国家文物局发布关于…的通知。` over `各省、自治区、直辖市文物局…：`
            reported_lead(page, j, label);
        } else if !addressee(page, j) && !is_prose(&t) && t.chars().count() <= 30 && !t.ends_with(['：', ':']) && steps < 3 {
            // a number or name the scrape broke (`牟政办发〔201746`): look past it
            steps += 1;
        } else {
            return;
        }
        i = j;
    }
}

/// Line `j` gives the document's number and date; in brackets, it is a compilation's 题注 that
/// gives both (`（2009年11月25日·红办字（2009）124号）`) and stays one.
fn number_and_date_here(page: &mut Page, j: usize, number: String, date: String) {
    let t = page.lines[j].text.trim().to_string();
    page.meta.doc_number = Some(number);
    own_date(page, Some(date), &t);
    if in_round_brackets(&t).is_some() && page.meta.subtitle.is_none() {
        page.meta.subtitle = Some(t);
        page.moved(j, Field::Subtitle);
    } else {
        page.moved(j, Field::DocNumber);
    }
}

/// Line `j` right under the title is its 副题 alone: a news headline's, or a dash's line under
/// any title (`——執行兩岸包機直航…政策`), unless it opens a 题注 the page wrapped
/// (`——2023年1月4日在…第十七届` / `人民代表大会第三次会议上`).
fn one_line_subtitle(page: &Page, j: usize) -> bool {
    news_subtitle(page, j) || dash_subtitle(&page.lines[j].text) && subtitle_lines(page, j).is_none()
}

/// Line `j`, a bracketed date, is the 题注 and dates the document.
fn speech_subtitle(page: &mut Page, j: usize) {
    let t = page.lines[j].text.trim().to_string();
    own_date(page, find_date(&t), &t);
    page.meta.subtitle = Some(t);
    page.moved(j, Field::Subtitle);
}

/// `(2013年1月5日)` under `国家防办主任 张志彤` (or `副校长李召虎`): a date in brackets under the
/// speaker's line.
fn dated_under_speaker(page: &Page, j: usize) -> bool {
    let t = page.lines[j].text.trim();
    let inner = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    let speaker = |p: usize| {
        let s = &page.lines[p].text;
        // (a deputy's title too: `副校长李召虎`)
        let titled = super::tail::titled_person(s.trim().trim_start_matches("常务").trim_start_matches('副'));
        page.lines[p].is_text() && (speaker_line(s) || titled || super::tail::organ_head(s))
    };
    inner.is_some_and(is_date_line) && page.prev_nonblank(j).is_some_and(speaker)
}

/// A line under the title that dates the document (`2023年7月12日`), names its issuer and
/// date (`1990年1月20日,最高人民法院`), or repeats the page's source and date: moved or removed.
fn dated_under_title(page: &mut Page, j: usize) -> bool {
    let t = page.lines[j].text.clone();
    let bare = t.trim_matches(['（', '）', '(', ')']);
    if is_date_line(bare) || published_on(bare).is_some() {
        let date = find_date(bare);
        // a bare `2023-07-12` under a date already known (the page's metadata or the
        // document's own, in words): the page's, not moved to a date it would not print
        if page.meta.date.is_some() && page.meta.date != date && !(bare.contains('年') && bare.contains('日')) {
            page.residue(j, Reason::PageMetadata);
        } else {
            own_date(page, date, bare);
            page.moved(j, Field::Date);
        }
    } else if let Some((unit, date)) = date_and_unit(&t) {
        // a law site's byline under the title: `1990年1月20日,最高人民法院`
        if page.meta.issuer.is_empty() || page.meta.issuer.iter().any(|u| squash(u) == squash(&unit)) {
            page.meta.issuer = vec![unit];
        }
        own_date(page, Some(date), &t);
        page.moved(j, Field::Date);
    } else if let Some((unit, date)) = unit_and_date(&t) {
        if page.source.as_deref().is_some_and(|s| squash(s) == squash(&unit)) {
            // the page's source and publication date again
            page.residue(j, Reason::PageMetadata);
        } else {
            page.meta.issuer.push(unit);
            page.meta.date.get_or_insert(date);
            page.moved(j, Field::Issuer);
        }
    } else {
        return false;
    }
    true
}

/// The lines of an addressee that opens at line `j`: a name may wrap onto two more lines.
fn addressee_lines(page: &Page, j: usize) -> Vec<usize> {
    let mut lines = vec![j];
    while !page.lines[*lines.last().unwrap_or(&j)].text.ends_with(['：', ':']) && lines.len() < 3 {
        let last = *lines.last().unwrap_or(&j);
        // (a number, a kind or a stray letter over the addressee is none of its pieces:
        // `卫发改发〔2021〕237号` / `市水务局：`, `倡议书` / `医院全体党员、干部职工：`, `U` / `患者朋友：`)
        let other = |t: &str| is_doc_number(t) || ends_like_title(t) || !t.chars().any(han);
        // (a list that breaks after its separator goes on, past the blank line a double-spaced
        // page sets under each line: `…，扬州税务进修学院，` / `局内各单位：`)
        let open = page.lines[last].text.trim_end().ends_with(['、', '，', ',']);
        let piece = |k: usize| (open || page.lines[last].chars() <= 12 || page.lines[k].chars() <= 4) && !other(page.lines[last].text.trim());
        // (an addressee of its own under a line that ends no list is not that line's end:
        // `资讯中心` / `所属各分会:`)
        let own = |k: usize| {
            let t = page.lines[k].text.trim();
            t.ends_with(['：', ':'])
                && ["各", "所属各", "全体"].iter().any(|w| t.starts_with(w))
                && !page.lines[last].text.trim_end().ends_with(['、', '，', ','])
        };
        // (a numbered item is the text's: `会员服务` / `一、会员享有下列权利：`; so is a party's
        // particular under its name)
        // (and the sentence that opens the text under a colonless addressee is no piece of it:
        // `各相关单位` / `为进一步加强…，具体安排如下：`)
        let item = |k: usize| {
            let t = page.lines[k].text.trim();
            super::headings::family(t).is_some() || party_field(t) || t.contains(['，', ',']) && text_under_addressee(t) || field_list(page, k)
        };
        let next = if open { page.next_nonblank(last) } else { (last + 1 < page.lines.len()).then_some(last + 1) };
        match next.filter(|&k| page.lines[k].is_text() && piece(k) && !own(k) && !item(k)) {
            Some(k) => lines.push(k),
            None => break,
        }
    }
    lines
}

/// `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` — or a salutation (`尊敬的…：`),
/// perhaps in pieces on consecutive lines (`各位` / `教工：`, one text node each).
fn addressee(page: &mut Page, j: usize) -> bool {
    // (a list's field, `- 申請受理截止日:`, addresses no one)
    if field_list(page, j) {
        return false;
    }
    let lines = addressee_lines(page, j);
    let t: String = lines.iter().map(|&i| page.lines[i].text.clone()).collect();
    // (`…省政府直属各单位: ?`: a character the encoding lost after the colon)
    let t = t.trim_end_matches(|c: char| c == '?' || c.is_whitespace()).to_string();
    // `区政府各委、办、局,各管理局,各直属企业` over the text: its colon lost in the scrape
    // (judged in simplified forms: `…各直屬機構`)
    // (and measured without a mirror's pinyin: `各省、自治區(qū)、…`)
    let folded = plain(&t);
    // (or a list of such names: `大有经济开发区管委会，各乡镇人民政府（街道办事处），…有关单位`)
    let items = list_items(&folded);
    // (naming a kind of body or 各…, not the units a 通报 goes on to praise: `上述单位…`)
    let kinds = items.iter().any(|s| s.trim().starts_with('各') || ADDRESSEE_KINDS.iter().any(|w| s.trim().ends_with(w)));
    let listed = items.len() >= 2 && items.iter().all(|s| addressee_item(s)) && kinds;
    let colonless = (addresses_each(&folded) && addressee_item(items.last().unwrap_or(&"")) || listed)
        && page.next_nonblank_text(*lines.last().unwrap_or(&j)).is_some_and(|n| text_under_addressee(&page.lines[n].text));
    // (a decision's party, named alone over its particulars: `周口盛祥纸箱包装有限公司` /
    // `统一社会信用代码：…`)
    // (or the body a reply answers, over its `你单位《…的请示》收悉`: `西丰县林业局`)
    let answered = || page.next_nonblank_text(j).is_some_and(|n| page.lines[n].text.trim_start().starts_with(REPLY_OPENERS));
    let colonless = colonless || lines.len() == 1 && looks_like_org(&folded) && (party_particulars(page, j) || answered());
    let ok = (t.ends_with(['：', ':']) || colonless)
        && t.trim_end_matches(['：', ':']).chars().count() >= 2
        // (a name in Chinese or at least in letters: not a forum's `@ME:`, a user's handle)
        && !t.trim_start().starts_with('@')
        && (folded.chars().count() <= MAX_ADDRESSEE_CHARS || long_list(&folded, &items))
        && !t.contains(['。', '！', '？'])
        // (nor a post's byline in a table's cells: `公告 訪客 - 教務組 | 2017-07-27 | 點閱數: 1314`)
        && !t.contains(['|', '｜'])
        && !t.contains("如下")
        && !hands_over_to_text(&folded)
        && !label_alone(&folded, lines.last().map(|&k| plain(page.lines[k].text.trim())).as_deref())
        // (`奉…主教諭，考慮到…，現公布以下安排，…起生效：`, `茲通知各使用者，…因此下列場館…暫停對外開放：`:
        // a sentence that hands over to what it lists, not a list of bodies)
        && !(folded.contains(['，', ',']) && HANDING_OVER_WORDS.iter().any(|w| folded.contains(w)))
        // (`依據…第110條：本會各團體會員…應繳納下列會費：`: a clause of the text that names them)
        && !CLAUSE_OPENERS.iter().any(|o| folded.starts_with(o))
        // (nor a numbered item's label, `一、 主 旨:`)
        && super::headings::family(&t).is_none()
        && super::contact::fields(&t).is_none()
        && super::metadata::meta_line(&t).is_none();
    // a speech's salutation (`同志们：`) addresses its hearers, no 主送: it stays in the text
    let speech = page.meta.title.as_deref().is_some_and(|ti| SPEECH_KINDS.iter().any(|w| ti.ends_with(w)));
    if ok && !speech {
        if colonless {
            page.guess(j, format!("the addressee is a guess (no colon after it): {t}"));
        }
        page.meta.addressee = Some(without_greeting(without_honorific(t.trim_end_matches(['：', ':']))).to_string());
        for i in lines {
            page.moved(i, Field::Addressee);
        }
    }
    ok && !speech
}

/// A label, not an addressee: a kind alone with its colon (`通知：`, the post's label over its
/// text), or under a heading (`采购需求` / `说明:`, the `last` line read), or an event's role
/// (`主辦單位:` over or before its organiser). Read in folded forms.
fn label_alone(folded: &str, last: Option<&str>) -> bool {
    let bare = |t: &str| t.trim_end_matches(['：', ':']).to_string();
    let role = |t: &str| super::super::rules::SPONSOR_ROLES.iter().any(|r| t.strip_prefix(r).is_some_and(|rest| rest.is_empty() || rest == "单位"));
    KIND_WORDS.contains(&bare(folded).as_str()) || role(&bare(folded)) || last.is_some_and(|l| KIND_WORDS.contains(&bare(l).as_str()))
}

/// The line under an addressee that lost its colon opens the text: a sentence, or one that
/// hands over to its items (`…现将…通知如下：`) — not one about bodies named before (`上述…`).
fn text_under_addressee(t: &str) -> bool {
    (is_prose(t) || super::super::chars::hands_over(t)) && !["上述", "以上"].iter().any(|w| t.trim_start().starts_with(w))
}

/// How a reply's text addresses the body it answers (`你单位…`, `贵公司…`).
const REPLY_OPENERS: [char; 3] = ['你', '贵', '貴'];

/// Words of a sentence that hands over to the items after it (`…公布以下安排：`, `…下列場館…：`).
const HANDING_OVER_WORDS: &[&str] = &["以下", "下列"];

/// A post's column before its title (`通知丨…`) is at most this long.
const COLUMN_TAG_CHARS: usize = 6;

/// `各乡镇人民政府…`, `司属各单位…`, `市直各部门…`: an addressee that opens with 各, perhaps after
/// the word for whose units they are (`司属`, `市直`, `所辖`).
fn addresses_each(t: &str) -> bool {
    let t = t.trim();
    let before = t.split_once('各').map_or("", |(b, _)| b);
    t.starts_with('各') || (1..=EACH_PREFIX_CHARS).contains(&before.chars().count()) && before.ends_with(['属', '直', '辖', '内']) && before.chars().all(han)
}

/// `司属`, `市直`, `系统内`: what stands before an addressee's 各 is at most this long.
const EACH_PREFIX_CHARS: usize = 3;

/// `齐政办发〔2019〕29号   上 载`, `临州办发〔2021〕37号 制发机构`, `【政策文件】九司字〔2024〕30号`:
/// a number read off a metadata row with the next field's label after it, or under a
/// column's tag — the number alone.
fn bare_number(n: &str) -> String {
    let untagged = n.trim().strip_prefix('【').and_then(|r| r.split_once('】')).map(|(_, r)| r.trim()).filter(|r| is_doc_number(r));
    let n = untagged.unwrap_or(n.trim());
    let cut = n.char_indices().find(|&(k, c)| c.is_whitespace() && n[..k].ends_with(['号', '號']) && is_doc_number(&n[..k]));
    match cut {
        // (what follows is a label: words, no digit)
        Some((k, _)) if n[k..].chars().all(|c| han(c) || c.is_whitespace()) => n[..k].to_string(),
        _ => n.to_string(),
    }
}

/// `邹政发〔2023〕2 号` → `邹政发〔2023〕2号`: a PDF's text spaced the number from its 号.
fn number_closed_up(n: &str) -> String {
    let mut out = String::with_capacity(n.len());
    let mut rest = n;
    while let Some(at) = rest.find(char::is_whitespace) {
        let (before, after) = (&rest[..at], rest[at..].trim_start());
        out.push_str(before);
        let spaced_from_mark = before.ends_with(|c: char| c.is_ascii_digit()) && after.starts_with(['号', '號']);
        if !spaced_from_mark {
            out.push_str(&rest[at..rest.len() - after.len()]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `發(fā)文字號國辦函〔1988〕2號`: a number read off a metadata row whose label has no colon
/// (perhaps with a mirror's pinyin in it) — without its label.
fn without_number_label(n: &str) -> String {
    use super::super::{page::MetaField, rules::META_LABELS};
    let plain = super::super::chars::without_pinyin(n);
    let folded = fold(&plain);
    let label = META_LABELS.iter().filter(|(l, f)| *f == MetaField::DocNumber && folded.starts_with(l)).map(|(l, _)| l.chars().count()).max();
    let rest = label.map(|k| plain.chars().skip(k).collect::<String>());
    match rest.map(|r| r.trim_start_matches(['：', ':', ' ', '\u{3000}']).to_string()) {
        Some(r) if is_doc_number(&r) => r,
        _ => n.to_string(),
    }
}

/// `貴大德 大鑒` → `貴大德`: the name without the courtesy after it.
fn without_honorific(t: &str) -> &str {
    let t = t.trim_end();
    let folded = fold(t);
    let Some(h) = LETTER_HONORIFICS.iter().find(|h| folded.ends_with(*h)) else { return t };
    let name = t[..t.len() - h.len()].trim_end();
    if name.chars().count() >= 2 { name } else { t }
}

/// The courtesy a letter writes after the name it is addressed to (`貴大德 大鑒`, `…先生台鉴`).
const LETTER_HONORIFICS: &[&str] = &["大鉴", "钧鉴", "台鉴", "惠鉴", "道鉴", "雅鉴", "勋鉴", "青鉴"];

/// `親愛的家長您好：`, `各位家长，你们好：`: a salutation's greeting is not whom it addresses.
fn without_greeting(t: &str) -> &str {
    let bare = GREETINGS.iter().find_map(|g| t.strip_suffix(g)).map_or(t, |b| b.trim_end_matches(['，', ',', ' ', '\u{3000}']));
    if bare.chars().count() >= 2 { bare } else { t }
}

/// `安徽省人民政府關于實施…的意見（皖政[2001]85號）各市、縣人民政府…：為認真貫徹落實…`: an
/// aggregator's summary, the title and the opening of the text run together on one line, the
/// lines under it repeating it word for word (with or without the title).
fn summary(page: &Page, i: usize, title: &str) -> bool {
    let line = squash(&page.lines[i].text);
    if !line.starts_with(title) || line.chars().count() < title.chars().count() + SHORT_LINE / 2 {
        return false;
    }
    let mut after = String::new();
    for l in page.lines[i + 1..].iter().filter(|l| l.class != Class::Blank) {
        after.push_str(&squash(&l.text));
        if after.len() >= line.len() {
            break;
        }
    }
    // (the lines under it perhaps opening with the title again)
    after.starts_with(&line) || after.starts_with(&line[title.len()..])
}

/// `各省、自治区住房和城乡建设厅，北京市住房和城乡建设委员会、城市管理委员会，…，新疆生产建设兵团
/// 住房和城乡建设局：` — a ministry's addressee may run past the usual length: a list of bodies,
/// two in three of its names an organisation's, ending in a colon.
fn long_list(t: &str, items: &[&str]) -> bool {
    let named = items.iter().filter(|s| addressee_item(s)).count();
    t.ends_with(['：', ':']) && items.len() >= LONG_ADDRESSEE_ITEMS && named * 3 >= items.len() * 2 && t.chars().count() <= MAX_LISTED_ADDRESSEE_CHARS
}

/// One name of an addressee list: an organisation, or a kind of them (`…有关单位`), perhaps
/// with a note in brackets (`各乡镇人民政府（街道办事处）`).
/// The items of a list of bodies, parted by `、` and commas outside brackets (a note in
/// brackets lists its own: `各相关单位（学院、水合物实验室和工训中心）` is one item).
fn list_items(t: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (at, c) in t.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            '、' | '，' | ',' if depth == 0 => {
                items.push(&t[from..at]);
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    items.push(&t[from..]);
    items
}

pub fn addressee_item(s: &str) -> bool {
    let s = s.trim();
    let s = s.strip_suffix(['）', ')']).and_then(|b| b.rfind(['（', '(']).map(|k| &b[..k])).unwrap_or(s);
    looks_like_org(s) || ADDRESSEE_KINDS.iter().any(|w| s.ends_with(w))
}

/// `20260108-（2026年第1号）光泽县人民政府森林防火禁火令`: a file list's entry for the document
/// itself — its date and number codes, then its title (squashed forms).
fn filed_entry(line: &str, title: &str) -> bool {
    let Some(codes) = line.strip_suffix(title) else { return false };
    let code = |c: char| c.is_ascii_digit() || "-—–_（）()〔〕[]［］年第号".contains(c);
    // (the entry's date first, `20260108-` or `2026-01-08`: a repealed order's `（2025年第3号）…` is
    // the text's)
    let dated = codes.chars().take_while(|c| c.is_ascii_digit()).count() == 8 || codes.get(..10).is_some_and(|d| find_date(d).is_some());
    dated && codes.chars().count() <= FILED_CODES_CHARS && codes.chars().all(code)
}

/// The date and number codes before a file list's entry are at most this long.
const FILED_CODES_CHARS: usize = 30;

/// The title again: the same text, a browser-tab title (`标题_栏目_站点`), a file list's entry
/// for it, or its first part above it.
fn duplicates(page: &mut Page) {
    let Some(title) = page.meta.title.clone() else { return };
    let nt = squash(&title);
    let first = (0..page.lines.len()).find(|&i| page.lines[i].class == Class::Moved(Field::Title)).unwrap_or(0);
    let whole = whole_headline(page, first, &nt);
    for i in 0..page.lines.len() {
        if !page.lines[i].is_text() {
            continue;
        }
        let nl = squash(without_year_tag(without_list_number(title_core(unwrapped_title(&page.lines[i].text)))));
        let tab = nl.len() > nt.len() && nl.starts_with(&nt) && {
            let rest = &nl[nt.len()..];
            rest.starts_with(['_', '＿', '-', '|', '｜', '—', '–', '·']) && rest.chars().count() <= 40 && !rest.contains(['。', '，'])
        };
        let part = i < first && nl.chars().count() > 6 && nt.starts_with(&nl) && nl.chars().count() * 2 > nt.chars().count() && !organ_over_rule(page, i);
        if summary(page, i, &nt) {
            page.residue(i, Reason::Lead);
        } else if nl == nt || tab || part || i > first && filed_entry(&nl, &nt) {
            page.residue(i, Reason::DuplicateTitle);
            // its 题注, when the first copy had none
            if let Some(j) = page.next_nonblank(i).filter(|&j| page.lines[j].is_text() && is_subtitle(&page.lines[j].text) && page.meta.subtitle.is_none()) {
                page.meta.subtitle = Some(page.lines[j].text.clone());
                page.moved(j, Field::Subtitle);
            }
            head_around_copy(page, first, i, i);
        } else if let Some(copy) = whole.as_deref().and_then(|w| lines_spelling(page, i, w, squash)) {
            // the page's headline cut a name before its colon that the document's own head keeps
            for &k in &copy {
                page.residue(k, Reason::DuplicateTitle);
            }
            page.meta.title = Some(copy.iter().map(|&k| page.lines[k].text.trim()).collect());
        } else if let Some(rest) = wrapped_copy(page, i, &nt) {
            let last = *rest.last().unwrap_or(&i);
            for k in std::iter::once(i).chain(rest) {
                page.residue(k, Reason::DuplicateTitle);
            }
            number_under_copy(page, last);
            head_around_copy(page, first, i, last);
        }
    }
}

/// `• 中國民航信息網絡:(1)…通告`, read as the title `(1)…通告` (see `title_core`): the headline's
/// line whole, without its list mark, when it holds more than the title.
fn whole_headline(page: &Page, first: usize, title: &str) -> Option<String> {
    let line = squash(page.lines[first].text.trim_start_matches(HEADLINE_MARKS));
    // (a column's tag cut off is not the name: `疫情：`)
    let tagged = squash(untagged(&page.lines[first].text)) == title;
    (page.lines[first].class == Class::Moved(Field::Title) && line.len() > title.len() && line.ends_with(title) && !tagged).then_some(line)
}

/// `天津市…的通知` (a post's headline) / `导读:…` / `津政办函〔2017〕103号` / the title again,
/// wrapped / `各区人民政府,…:`: the document's own head under a post's headline. Between the
/// two copies a labelled summary is the site's, a number is the document's; under the copy
/// comes its addressee.
fn head_around_copy(page: &mut Page, title: usize, first: usize, last: usize) {
    if first <= title {
        return;
    }
    let between: Vec<usize> = (title + 1..first).filter(|&k| page.lines[k].is_text()).collect();
    for k in between {
        let t = page.lines[k].text.trim().to_string();
        if summary_label(&t) {
            page.residue(k, Reason::Lead);
        } else if is_doc_number(&t) && page.meta.doc_number.is_none() {
            page.meta.doc_number = Some(t);
            page.moved(k, Field::DocNumber);
        }
    }
    if page.meta.addressee.is_none()
        && let Some(j) = page.next_nonblank(last).filter(|&j| page.lines[j].is_text())
    {
        addressee(page, j);
    }
}

/// `摘要` alone on a line of the header, over the document (a database's label for the text it
/// excerpts): the site's, not a word of the addressee under it.
/// (So is the summary under it that copies a sentence of the text: `导读` / `北京市怀柔区等97个
/// 城市…符合标准的要求。` / the document's own title / `…评审组认为，北京市怀柔区等97个城市…`.)
fn summary_labels(page: &mut Page, zone: usize) {
    // (one summary is looked for: the page is read once for its copy, however many labels)
    let mut looked = false;
    for i in 0..zone.min(page.lines.len()) {
        let t = page.lines[i].text.trim().trim_end_matches([':', '：']);
        if page.lines[i].is_text() && SUMMARY_LABELS.contains(&t) {
            page.residue(i, Reason::Lead);
            let next = page.next_nonblank_text(i).filter(|&j| j <= zone && !std::mem::replace(&mut looked, true));
            if let Some(j) = next.filter(|&j| copied_from_text(page, j, &page.lines[j].text)) {
                page.residue(j, Reason::Lead);
            }
        }
    }
    // `【摘要】:四、各省…要在…前分别推荐…` right over `关于…的通知`: the site's summary ends no
    // header (it may quote what the page cut off, so no copy is asked for)
    let titled = |j: usize| title_line(page, j) && ends_like_title(&page.lines[j].text) && plain(&page.lines[j].text).contains("关于");
    if zone < page.lines.len() && summary_label(page.lines[zone].text.trim()) && page.next_nonblank_text(zone).is_some_and(titled) {
        page.residue(zone, Reason::Lead);
    }
}

/// `镜湖区图书馆将于…闭馆不对外开放…。` over `镜湖区图书馆临时闭馆通知`: a sentence that opens
/// the page over a title, its words copied from the text below — the site's summary of the
/// post, without its label.
/// (So is a news lead that reports the document's issue over its formal title: `…等演出场所日前陆续
/// 公布取消…演出。` over `国家大剧院关于取消…的公告`.)
fn unlabelled_summary(page: &mut Page) {
    let Some(first) = (0..page.lines.len()).find(|&i| page.lines[i].is_text()) else { return };
    let next = page.next_nonblank_text(first);
    let titled = next.is_some_and(|j| title_line(page, j) && ends_like_title(&page.lines[j].text));
    let formal = next.is_some_and(|j| plain(&page.lines[j].text).contains("关于"));
    let t = &page.lines[first].text;
    let summary = || copied_from_text(page, first + 1, t) || formal && reports_issue(t);
    // (the header's end last: it reads the whole page's metadata)
    if is_prose(t) && titled && summary() && zone_end(page) == first {
        page.residue(first, Reason::Lead);
    }
}

/// `…国家大剧院等演出场所日前陆续公布取消…演出及相关活动。`: one sentence telling that a
/// document was issued.
fn reports_issue(t: &str) -> bool {
    let t = fold(&plain(t.trim())).into_owned();
    let Some(body) = t.strip_suffix('。') else { return false };
    body.chars().count() <= MAX_REPORTING_LEAD_CHARS && !body.contains(['。', '！', '？', '；']) && ISSUE_VERBS.iter().any(|v| body.contains(v))
}

/// `text`'s opening words (line `j`'s, or its summary's after the label) stand again in a
/// later line of the page.
fn copied_from_text(page: &Page, j: usize, text: &str) -> bool {
    let opening: String = squash(text).chars().take(SUMMARY_COPY_CHARS).collect();
    opening.chars().count() == SUMMARY_COPY_CHARS
        && (j + 1..page.lines.len()).any(|k| page.lines[k].is_text() && squash(&page.lines[k].text).contains(&opening))
}

/// A summary copies at least this many characters of the text.
const SUMMARY_COPY_CHARS: usize = 16;

/// `导读:…`, `摘要：…`, `【概要描述】…`: a site's summary of the post, by its label.
pub fn summary_label(t: &str) -> bool {
    let bracketed = |l: &str| t.strip_prefix('【').and_then(|r| r.strip_prefix(l)).is_some_and(|r| r.starts_with('】'));
    SUMMARY_LABELS.iter().any(|l| t.strip_prefix(l).is_some_and(|r| r.starts_with([':', '：', ' ', '\u{3000}'])) || bracketed(l))
}

/// `关于《中共…办公室关于…的通知》`: a portal's post wraps the document's title in 关于《》 and
/// says no more; the title is the one in the brackets.
/// (So is a title a page sets whole in lenticular brackets: `【…选举罢免执行委员会公告】`.)
fn unwrapped_title(t: &str) -> &str {
    let inner = t.trim().strip_prefix("关于《").and_then(|r| r.strip_suffix('》'));
    let lenticular = t.trim().strip_prefix('【').and_then(|r| r.strip_suffix('】')).filter(|i| !i.contains(['【', '】']) && ends_like_title(i));
    inner.filter(|i| !i.contains(['《', '》']) && ends_like_title(i)).or(lenticular).unwrap_or(t)
}

/// `公司办公会议制度公司办公会议制度`: a converted document's title printed twice, run
/// together. Once. (The second copy may be cut short: `关于…的郑重声明关于…的郑重`.)
fn undoubled(t: &str) -> &str {
    let t = t.trim();
    let Some((lead_end, _)) = t.char_indices().nth(DOUBLED_TITLE_LEAD) else { return t };
    let lead = &t[..lead_end];
    let copy_at = t.match_indices(lead).map(|(p, _)| p).filter(|&p| p > 0).find(|&p| {
        let (first, copy) = (&t[..p], &t[p..]);
        first.starts_with(copy) && 2 * copy.chars().count() >= first.chars().count() && ends_like_title(first)
    });
    copy_at.map_or(t, |p| &t[..p])
}

/// The characters a title's second copy is first looked for by.
const DOUBLED_TITLE_LEAD: usize = 4;

/// `广州汽车工业行业协会` over a line of `━━━` (the red rule): the organ's mark, not a cut
/// copy of the title that starts with its name.
fn organ_over_rule(page: &Page, i: usize) -> bool {
    let rule = |t: &str| t.chars().count() >= 8 && t.trim().chars().all(|c| matches!(c, '━' | '─' | '═' | '—' | '▬' | '－' | '-' | '_'));
    looks_like_org(page.lines[i].text.trim()) && page.next_nonblank(i).is_some_and(|j| rule(&page.lines[j].text))
}

/// `宁政发7号` in a page's metadata, `宁政发<2009>7号` under the title: the site's copy lost part
/// of the number (here its year, taken for a markup tag); every one of its characters is in the
/// document's own, in order.
fn shortened(short: &str, long: &str) -> bool {
    let chars = |t: &str| squash(t).chars().collect::<Vec<char>>();
    abridges(&chars(short), &chars(long))
}

/// `关于进行团员注册` / `及新生班级…的通知` / `院团发[2009]10号` under a headline that showed
/// the number cut (`【2009】10号关于…`): the number under the document's own copy of its title is
/// its number, when it is the same number written in full (same digits, longer).
fn number_under_copy(page: &mut Page, last: usize) {
    let Some(j) = page.next_nonblank(last).filter(|&j| page.lines[j].is_text() && is_doc_number(&page.lines[j].text)) else { return };
    let found = page.lines[j].text.trim().to_string();
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
    let fuller = page.meta.doc_number.as_deref().is_none_or(|n| digits(n) == digits(&found) && found.chars().count() > n.chars().count());
    if fuller {
        page.meta.doc_number = Some(found);
        page.moved(j, Field::DocNumber);
    }
}

/// `阿坝藏族羌族自治州人民代表大会` / `常务委员会机关公文处理办法`: the title again, wrapped over
/// two to four lines (blank lines between them at most); the lines after `i` that complete it.
fn wrapped_copy(page: &Page, i: usize, title: &str) -> Option<Vec<usize>> {
    let first = squash(&page.lines[i].text);
    if first.chars().count() < 4 || first == title {
        return None;
    }
    lines_spelling(page, i, title, squash).map(|lines| lines[1..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::super::super::page::Class;
    use super::*;

    /// Line `i` is still the text's or moved to a field: nothing the head dropped.
    fn page_kept(p: &Page, i: usize) -> bool {
        matches!(p.lines[i].class, Class::Text | Class::Moved(_))
    }

    fn head(text: &str) -> Page {
        let mut page = super::super::lines::read(text);
        super::super::chrome::run(&mut page);
        super::super::metadata::run(&mut page);
        run(&mut page);
        page
    }

    #[test]
    fn a_list_of_fields_each_label_over_its_value_is_the_text_not_navigation_over_a_guessed_title() {
        let p = head(
            "繼續教育積分\n課程學分申請\n- 申請受理截止日:\n活動前1個月(逾期不受理)\n- 備件:\n- (三者皆必備)\n- 核分標準:\n本會認可之演講或討論會 每50分鐘 核給1學分\n- 申請流程:\n- 請將上述文件備齊寄至學會信箱,將轉交學術委員會審核\n",
        );
        assert!((2..p.lines.len()).all(|i| page_kept(&p, i)), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        assert_eq!(p.meta.addressee, None);
        assert_ne!(p.meta.title.as_deref(), Some("請將上述文件備齊寄至學會信箱，將轉交學術委員會審核"));
    }

    #[test]
    fn a_title_is_never_taken_under_the_documents_items_one_and_two() {
        let p = head(
            "中華民國天文學會第23屆第2次會員大會紀錄\n\n一、時  間:20090523  1430~ 1545\n\n二、地  點:國立海洋生物博物館 國際會議廳\n\n三、主  席:陳林文 (秘書長)\n\n四、報告事項:\n\n臺北天文館學報2008年編輯獎得主:施逸昕\n\n會議於下午三時四十五分散會。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("中華民國天文學會第23屆第2次會員大會紀錄"));
        assert!((2..p.lines.len()).all(|i| p.lines[i].class == Class::Blank || page_kept(&p, i)), "the items stay");
        // (counted `1、`, as a document counts; a table of contents under its label lists the
        // documents a title stands over)
        let p = head(
            "招生计划\n1、招收班级:小班5个\n2、招收人数:小班100名幼儿\n园所收费标准\n管理费:按照收费标准每月650元，伙食费每天16元，月末按照出勤天数结算。\n",
        );
        assert!((0..p.lines.len()).all(|i| page_kept(&p, i)), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        let p = head(
            "目录\n1、证券期货经营机构廉洁从业规定\n2、廉洁从业案例\n证券期货经营机构及其工作人员廉洁从业规定\n第一条 为促进资本市场健康发展，制定本规定。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("证券期货经营机构及其工作人员廉洁从业规定"));
    }

    #[test]
    fn a_colonless_addressee_over_the_texts_opening_is_the_addressee_not_the_title() {
        assert_eq!(list_items("各相关单位（学院、水合物实验室），局内各处"), ["各相关单位（学院、水合物实验室）", "局内各处"]);
        let p = head(
            "各相关单位(学院、水合物实验室和工训中心)\n为进一步加强实验室气瓶安全管理,消除安全隐患,根据学校实验室安全工作部署,将于2025年10月29日开展专项检查,具体安排如下:\n一、检查分组及路线安排\n",
        );
        assert_eq!(p.meta.title, None);
        assert_eq!(p.meta.addressee.as_deref(), Some("各相关单位（学院、水合物实验室和工训中心）"));
    }

    #[test]
    fn a_title_the_metadata_table_names_whole_keeps_what_follows_its_dash() {
        let p = head(
            "名称: 宣州区社会救助事项审核确认办理流程-临时救助 文号:\n发布日期: 2025-04-01\n宣州区社会救助事项审核确认办理流程-临时救助\n\n1.核对前置\n乡镇（街道）在受理临时救助申请后，应当对申请人的家庭情况进行核对。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("宣州区社会救助事项审核确认办理流程-临时救助"));
        // (without the table a short name after a dash is the site's)
        let tab = head("关于开展安全检查的通知-某某区人民政府\n\n各单位：\n为做好安全生产工作，现就开展安全检查有关事项通知如下。\n");
        assert_eq!(tab.meta.title.as_deref(), Some("关于开展安全检查的通知"));
    }

    #[test]
    fn a_short_name_shown_twice_or_over_lettered_items_is_the_title_but_not_the_menus_column() {
        let twice = head("游客须知\n\n游客须知\n\n一、 进入景区时请您自觉排队购票有序入园；\n\n二、 遇到景区某一景点人多时，请您暂时错开高峰时段游览；\n");
        assert_eq!(twice.meta.title.as_deref(), Some("游客须知"));
        let bullets = head("會員申請\n\n會員申請\n\n\n  • 中華民國年滿二十歲，設籍大園區內，一戶限一人加入正會員。\n  • 入會費正會員100元、贊助會員200元。\n");
        assert_eq!(bullets.meta.title.as_deref(), Some("會員申請"));
        let lettered = head("會員會費\na.\n入會費或重新入會費應於取得會籍時繳付如下:\ni.\n每名正式會員或準會員港幣二佰元。\n");
        assert_eq!(lettered.meta.title.as_deref(), Some("會員會費"));
        let column = head("首页 会员服务 会员权益\n会员服务\n一、 会员享有下列权利:\n\n(一)选举权、被选举权和表决权;\n\n二、会员履行下列义务:\n");
        assert_eq!(column.meta.title, None);
    }

    #[test]
    fn a_headline_that_asks_or_exclaims_over_the_story_or_the_metadata_is_the_title_but_not_a_greeting() {
        let asks = head(
            "网传遂宁一学校发生校园欺凌?官方辟谣:不属实!\n4月7日,一段疑似涉及遂宁中学学生的校园欺凌视频在社交媒体中流传,引起社会各界的广泛关注,官方随即发布了声明。\n",
        );
        assert_eq!(asks.meta.title.as_deref(), Some("网传遂宁一学校发生校园欺凌？官方辟谣：不属实！"));
        let trailing = head(
            "李家疃镇从此不“过会”!消息一出,老乡们乐了……\n时间:2020-03-16 15:32:43\n来源:河北农民报\n作者:\n3月12日,农历二月十九,邯郸市成安县李家疃镇郑家庄村传统庙会的日子。与往年截然不同的是,今年的庙会取消了。\n",
        );
        assert_eq!(trailing.meta.title.as_deref(), Some("李家疃镇从此不“过会”！消息一出，老乡们乐了……"));
        assert!(trailing.lines[1..4].iter().all(|l| l.class == Class::Residue(Reason::PageMetadata)));
        let greeting = head(
            "微信掃一掃\n你們好!感謝大家長期以來對森林防滅火工作的關心和支持!\n近年來,市委、市政府高度重視生態文明建設,積極踐行“綠水青山就是金山銀山”的理念,加快推進森林城市建設。\n",
        );
        assert_eq!(greeting.meta.title, None);
        // (a mark the encoding left for a lost character makes no headline of an addressee)
        let lost = head(
            "各市、县、自治县人民政府,省政府直属各单位: ?\n在2004年造林绿化工作中,各市、县政府切实加强领导,周密部署,精心组织,真抓实干,较好地完成了全年的造林绿化任务。\n",
        );
        assert_eq!(lost.meta.title, None);
    }

    #[test]
    fn a_headline_shown_twice_over_the_documents_title_is_the_sites_and_a_policy_librarys_row_is_metadata() {
        let twice = head(
            "荊門市防辦發出緊急通知:本周末,我市又有強降雨!務必做好這些工作…\n\n請先登錄\n\n荊門市防辦發出緊急通知:本周末,我市又有強降雨!務必做好這些工作…\n\n關於做好當前防汛排澇救災工作的緊急通知\n\n各縣(市、區)防汛抗旱指揮部,各防指成員單位:\n\n6月27日至28日,我市突降暴雨,導致城區內澇嚴重,現就有關工作緊急通知如下。\n",
        );
        assert_eq!(twice.lines[0].class, Class::Residue(Reason::Headline));
        assert_eq!(twice.lines[4].class, Class::Residue(Reason::Headline));
        let library = head(
            "發布時間:2023-01-31\n政策級別:市級\n發文部門:無錫市市場監督管理局\n政策主題:監督管理\n各市(縣)、區市場監督管理局,各有關單位:\n為貫徹落實《國家標準化發展綱要》,現將通知轉發給你們,請做好本轄區的項目申報工作。\n",
        );
        assert_eq!(library.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(library.meta.addressee.as_deref(), Some("各市（縣）、區市場監督管理局，各有關單位"));
    }

    #[test]
    fn a_name_in_quotes_over_the_documents_title_is_no_part_of_it() {
        let p = head(
            "最新消息\n\n「諮商取得原住民族部落同意參與辦法」\n\n諮商取得原住民族部落同意參與辦法總說明\n\n 原住民族基本法於一百零四年六月二十四日增訂第二十一條第四項規定，爰訂定本辦法，其要點如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("諮商取得原住民族部落同意參與辦法總說明"));
    }

    #[test]
    fn a_list_of_bodies_without_its_colon_over_a_sentence_handing_over_and_a_notice_to_ships_are_addressees() {
        let school = head(
            "关于年终仪器设备停止购置的通知\n\n\n\n各职能处室、二级学院及附属卫校\n\n为了配合学校2017年年终财务结账工作，鉴于物资采购具有一定的周期，现将相关事宜通知如下:\n一、自2017113日起停止办理政府采购项目的申购。\n",
        );
        assert_eq!(school.meta.addressee.as_deref(), Some("各职能处室、二级学院及附属卫校"));
        let ships = head(
            "涡河航道整治工程01标段施工作业航行通告\n\n各有关单位、船舶:为确保涡河航道整治工程01标段施工顺利和过往船舶航行安全，现将有关事项通告如下:一、施工时间:2022年1月。\n",
        );
        assert_eq!(ships.meta.addressee.as_deref(), Some("各有关单位、船舶"));
    }

    #[test]
    fn an_events_role_label_is_no_addressee() {
        let p = head(
            "111學年度第四十三屆中正盃全國溜冰錦標賽\n\n報名時間: 2022-11-03 ~ 2022-11-15\n\n主辦單位:\n\n中華民國滑輪溜冰協會\n\n一、主旨:推展溜冰運動,提升競技水準。\n",
        );
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_heading_over_a_kinds_label_is_no_addressee() {
        let p = head("采购需求\n说明:\n1. 为落实政府采购政策需满足的要求(根据项目实际情况填写内容)\n(1)本招标文件所称中小企业必须符合有关规定。\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_headline_wrapped_over_two_lines_over_blank_parted_paragraphs_is_the_title() {
        let p = head(
            "秘書處已經寄發109年「會員積分記錄表」\n及110年常年會費「繳費通知」,請於4/30前繳費\n\n秘書處業於三月下旬寄發109年「會員個人積分記錄表」、及110年「繳費通知」，包括常年會費新台幣1,000元，隨函並附寄收據，請會員妥善保存。\n\n請會員接到繳款通知書後，依個人方便擇一繳費。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("秘書處已經寄發109年「會員積分記錄表」及110年常年會費「繳費通知」，請於4/30前繳費"));
        // (two lines that end a sentence over the text are its first paragraph)
        let p = head(
            "本會定於下月舉辦年會。\n請會員踴躍參加,共襄盛舉\n\n年會將於本會大禮堂舉行，會中將選舉新一屆理監事，並頒發服務滿二十年會員之紀念品，敬請準時出席。\n",
        );
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_reporters_bracketed_credit_under_a_headline_is_no_part_of_it() {
        let p = head(
            "南投縣婦女會舉辦各鄉鎮市理事長暨秘書聯誼會\n【記者廖宥婷/南投報導】\n南投縣婦女會與鹿谷鄉婦女會20日共同舉辦各鄉鎮市理事長暨秘書聯誼會，縣長許淑華到場關心，並感謝與肯定婦女會幹部及會員長期協助縣府宣導縣政。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("南投縣婦女會舉辦各鄉鎮市理事長暨秘書聯誼會"));
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_salutation_set_with_a_comma_under_a_version_in_another_script_is_the_addressee() {
        let p = head(
            "Senhor(a) Diretor(a).\nDevido à súbita descida das temperaturas em Macau, solicita-se às escolas que enviem uma mensagem aos pais.\n校長先生/女士,\n由於本澳氣溫驟降，現請學校向家長發出訊息通知，讓家長及學生知悉學校允許近日可穿著非校服的保暖衣物回校。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("校長先生/女士"));
        // (a clause ending in a comma is no salutation)
        let p = head("為加強防汛工作,\n各單位務必於每日下班前將門窗關妥，確保單位財產之安全，如有淹水現象請勿使用電梯。\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_page_that_opens_with_an_attachments_label_over_its_items_is_titled_by_what_it_names() {
        let p = head("附件:安徽省摄影家协会入会细则(2007年版)\n一、申请入会的基本条件\n(一)从事摄影创作方面，具备以下条件之一：有作品在全国影展中入选。\n");
        assert_eq!(p.meta.title.as_deref(), Some("安徽省摄影家协会入会细则（2007年版）"));
        // (a note that lists the attachments of a text is none)
        let p = head("附件:1.报名表\n各单位要高度重视，认真组织报名工作，于5月底前将报名表报送市协会秘书处。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn an_issuer_line_is_read_without_a_templates_empty_blank() {
        let p = head(
            "瓜州县人民政府() 办公室\n\n关于进一步做好当前防汛工作的紧急通知\n\n瓜政办发〔2011〕126号\n\n各乡镇人民政府：\n近期我县出现强降雨天气，为切实做好防汛工作，现就有关事项紧急通知如下。\n",
        );
        assert_eq!(p.meta.issuer, ["瓜州县人民政府办公室"]);
    }

    #[test]
    fn a_glued_salutation_of_the_public_and_drivers_is_the_addressee() {
        let p = head(
            "关于高考期间实行交通管制的通告\n广大人民群众、驾驶员:2022年全国普通高校招生统一考试将于6月7日至9日进行，为维护考场周边道路交通秩序，决定实行交通管制。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("广大人民群众、驾驶员"));
    }

    #[test]
    fn a_headline_of_two_phrases_over_its_dashed_subtitle_is_the_title_and_the_dash_line_its_subtitle() {
        let p = head(
            "我的位置:主页  > 地方信息 > 金华\n不忘初心 学好会章\n——民建市直属五、六支部联合开展活动\n发布时间:2018-03-13 17:13:22\n\n3月12日下午，市直属五、六支部组织会员联合开展支部活动，参观统战文化展陈，并召开支部会议，学习新修订的会章。\n",
        );
        assert_eq!(p.meta.title.as_deref().map(squash), Some("不忘初心学好会章".to_string()));
        assert_eq!(p.meta.subtitle.as_deref(), Some("——民建市直属五、六支部联合开展活动"));
    }

    #[test]
    fn a_trails_last_step_shown_again_over_the_posts_dateline_is_the_title() {
        let p = head(
            "当前位置:首页 >> 公告通知 >> 国庆中秋廉洁过节提醒\n\n国庆中秋廉洁过节提醒\n\n发布时间:2020-09-25\n\n中秋节起源于我国古代秋祀、拜月之俗。《礼记》中载有“天子春朝日，秋夕月。”这里的“夕月”就是祭月。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("国庆中秋廉洁过节提醒"));
        // (a column's name under the trail, over the list of its posts, is the site's)
        let p = head(
            "当前位置:首页 >> 电子银行 >> 电话银行\n\n电话银行\n\n客户可通过拨打客服热线办理账户查询、转账汇款等多项业务，足不出户即可享受便捷的金融服务。\n",
        );
        assert_ne!(p.meta.title.as_deref(), Some("电话银行"));
    }

    #[test]
    fn a_salutation_is_found_past_a_greeting_under_it_and_past_a_reposters_lead_over_it() {
        let p = head("尊敬的玩家,\n\n您好\n\n感謝您一直以來對我們遊戲的支持。因公司業務調整，我們遺憾地宣布遊戲將終止運營。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("尊敬的玩家"));
        let p = head(
            "1月31日,中国建博会主办方发布公告,原定于2020年3月24日-26日举办的中国建博会(上海)将延期举办。具体通知如下:\n尊敬的参展商、观众及广大行业同仁:\n为了坚决贯彻落实疫情防控工作部署，根据有关工作要求，经主办方慎重研究，决定延期举办。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("尊敬的参展商、观众及广大行业同仁"));
    }

    #[test]
    fn a_bare_kind_over_the_posting_date_is_the_posts_category_and_a_kind_with_its_colon_no_addressee() {
        let p =
            head("香港NTT+HE線路下線通知\n公告\n2023-07-22 18:042376\n通知:\n鑒于產品運營策略的調整，香港三區國際寬帶線路將于本月下線，具體時間為7月24日。\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::Navigation));
        assert_eq!(p.meta.addressee, None);
        assert!(p.lines[3].is_text());
    }

    #[test]
    fn a_line_naming_its_readers_that_hands_over_to_the_notice_is_no_addressee() {
        let p = head(
            "国内域名新注册未通过实名审核不删除政策\n\n天兴互联客户请阅读以下通知:\n\n尊敬的用户:\n\n您好，接到注册局的通知，国内中英文域名审核期由原来的7天缩短为5天。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("尊敬的用户"));
    }

    #[test]
    fn a_short_lead_in_the_header_hands_over_to_the_documents_own_title() {
        let p = head(
            "【共生传媒】蒙特利尔50家华人社团发表联合声明,反对加拿大联邦众议院通过的涉疆动议\n2021-03-14 05:33:49 阅读量:12572\n2021年3月14日,编辑部收到由牵头人发来的蒙特利尔50家华人社团联合声明,全文如下:\n联合声明\n作为加拿大的合法社团以及加拿大魁北克省大蒙特利尔地区十几万华裔加拿大人社团的代表,我们一致反对这一动议。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("联合声明"));
    }

    #[test]
    fn english_link_words_over_a_chinese_page_do_not_push_its_title_down() {
        let p = head(
            "To access the articles\n作者指南\n1. 征稿范围\n本刊刊登具有创新性、高水平、有重要意义的原始性研究学术论文以及反映学科最新发展状况的综述。\n2. 投稿要求\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("作者指南"));
        let p = head(
            "投稿须知\n1、投稿及查询。来稿请采用电子版，统一用A4规格纸，以word文档默认的字距与行距排版。\n2、作者信息。所有来稿需提供作者本人完整的个人信息。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("投稿须知"));
    }

    #[test]
    fn a_read_count_run_in_before_the_headline_and_a_letters_courtesy_are_not_the_titles_or_the_addressees() {
        assert_eq!(without_read_count("閱讀 3065 次 2014年中國土木工程學會優秀論文獎評選條例"), "2014年中國土木工程學會優秀論文獎評選條例");
        assert_eq!(without_read_count("阅读次数统计办法"), "阅读次数统计办法");
        assert_eq!(without_honorific("貴大德 大鑒"), "貴大德");
        assert_eq!(without_honorific("大鉴"), "大鉴");
        let p = head("109年東山安樂園普渡法會\n\n貴大德 大鑒:\n\n本園東山寺為宏揚地藏王菩薩大慈大悲，謹訂於國曆九月五日舉辦普渡法會，敬請蒞臨。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("貴大德"));
    }

    #[test]
    fn a_body_whose_code_opens_the_number_under_the_title_is_its_issuer() {
        let p = head(
            "潍坊学院第十三届大学生科技文化艺术节\n关于举办纪念“五四”运动九十四周年征文比赛的通知\n艺术节〔2013〕4号\n各团总支、学生分会:\n为营造浓厚的校园文化氛围，丰富校园文化生活，现举办征文比赛。\n",
        );
        assert_eq!(p.meta.issuer, ["潍坊学院第十三届大学生科技文化艺术节"]);
        assert_eq!(p.meta.doc_number.as_deref(), Some("艺术节〔2013〕4号"));
        // (a line whose end the code does not match stays over the title, no issuer)
        let p = head(
            "2013年校园文化活动安排\n关于举办纪念“五四”运动九十四周年征文比赛的通知\n艺术节〔2013〕4号\n各团总支、学生分会:\n为营造浓厚的校园文化氛围，丰富校园文化生活，现举办征文比赛。\n",
        );
        assert!(p.meta.issuer.is_empty());
    }

    #[test]
    fn a_reposters_lead_that_forwards_the_document_hands_over_to_its_title() {
        let p = head(
            "全华联发倡议书 号召在日华侨华人积极抗疫\n\n为此,全日本华侨华人联合会在3月18日发布了一份致全体在日华侨华人的倡议书。现转发如下:\n\n致全体在日华侨华人的倡议书\n\n进入3月以来,新冠病毒疫情已在世界上的约100多个国家和地区出现,感染人数持续增加。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("致全体在日华侨华人的倡议书"));
    }

    #[test]
    fn a_body_and_its_document_of_a_kind_after_a_colon_is_no_label_and_value() {
        assert!(!labelled("鹿城银行:公司章程") && labelled("作者：佚名") && labelled("日期：06-24"));
    }

    #[test]
    fn a_letter_spaced_subject_label_names_the_headline_it_restates() {
        assert_eq!(subject("主 旨:貴公司尚未繳納常年會費"), Some("貴公司尚未繳納常年會費"));
        assert_eq!(subject("主旨：轉知"), Some("轉知"));
        assert_eq!(subject("主要內容：轉知"), None);
    }

    #[test]
    fn a_filings_name_before_its_colon_is_the_titles_when_the_document_prints_it_again() {
        let p = head(
            "• 中國民航信息網絡:(1)建議修訂公司章程;及 (2)二零二三年度股東週年大會通告\n日期:2024-05-14 18:03:40 来源:公司公告\n中國民航信息網絡:(1)建議修訂公司章程;及\n(2)二零二三年度股東週年大會通告\n閣下如對本通函任何方面有任何疑問，應諮詢閣下的持牌證券交易商。\n",
        );
        assert_eq!(p.meta.title.as_deref().map(squash), Some(squash("中國民航信息網絡：（1）建議修訂公司章程；及（2）二零二三年度股東週年大會通告")));
        assert_eq!(p.lines[3].class, Class::Residue(Reason::DuplicateTitle));
    }

    #[test]
    fn a_news_headlines_place_before_its_colon_is_kept_and_a_column_tag_or_a_formal_titles_place_is_cut() {
        assert_eq!(title_core("仙居：防控疫情纳入村规民约"), "仙居：防控疫情纳入村规民约");
        assert_eq!(title_core("要闻：全市防汛工作应急预案"), "全市防汛工作应急预案");
        assert_eq!(title_core("莱州市：柞村镇关于停办寒同山枫叶节的公告"), "柞村镇关于停办寒同山枫叶节的公告");
    }

    #[test]
    fn a_short_name_alone_over_the_first_numbered_item_is_the_title_of_its_rules() {
        let p = head("書卷獎學金\n一、獎勵對象:為獎勵大學部成績優秀之學生。\n二、申請資格:凡本校在學學生，其成績為全班前10%。\n");
        assert_eq!(p.meta.title.as_deref(), Some("書卷獎學金"));
        // (an organ's name over its items is no title of them)
        let p = head("某某县人民政府办公室\n一、各乡镇要高度重视防汛工作。\n二、加强值班值守。\n");
        assert_ne!(p.meta.title.as_deref(), Some("某某县人民政府办公室"));
    }

    #[test]
    fn a_series_name_a_latin_tagged_kind_and_a_post_under_its_date_are_titles_over_their_items() {
        let p =
            head("學校特別宣布 (一)\n\nSpecial Announcement I\n\n1. 鑑於近日確診個案增加，本校延長農曆新年假期。\n2. 在延長假期期間，學童應盡量留在家中。\n");
        assert_eq!(p.meta.title.as_deref(), Some("學校特別宣布（一）"));
        let p = head("COVID-19 通告 7\n\n13/09/2020 更新\n\n各位弟兄姐妹平安。鑑於疫情肆虐，執事會決定將週年會友大會押後。\n");
        assert_eq!(p.meta.title.as_deref(), Some("COVID-19 通告 7"));
        let p = head(
            "公告專區\n透過資訊與技術的分享交流，為民眾創造更美好的體驗\n最新消息\nDec 24, 2024\n自114年1月1日起公費流感疫苗擴大接種對象，提供全國民眾接種\n一、 114年1月1日起，公費流感疫苗擴大接種對象至全國民眾。\n二、 建議就診科別及收費標準如下。\n",
        );
        assert_eq!(p.meta.title.as_deref().map(squash), Some(squash("自114年1月1日起公費流感疫苗擴大接種對象，提供全國民眾接種")));
    }

    #[test]
    fn a_menus_items_one_a_line_are_no_wrapped_title_and_the_quoted_title_under_the_column_is() {
        let p = head(
            "  • 信息中心\n    • 协会报告\n  • 首页 > 走进协会 > 管理办法 > 会员管理办法\n会员管理办法\n《聊城市生态环境保护产业协会会员管理办法》\n第一条 为了做好本会会员管理工作，根据有关规定，制定本办法。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("聊城市生态环境保护产业协会会员管理办法"));
    }

    #[test]
    fn a_headline_shown_again_with_its_view_count_run_into_it_is_the_title_and_a_supervision_notice_is_a_kind() {
        let p = head(
            "84909062\n民主社区开展消防安全隐患联合摸排行动\n20\n东街办事处\n2024-06-25 11:14:31\n5624498\n活动动态\n民主社区开展消防安全隐患联合摸排行动\n为进一步加强辖区商铺的消防安全宣传工作，动员广大居民齐心协力消除安全隐患。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("民主社区开展消防安全隐患联合摸排行动"));
        assert!(ends_like_title("房屋市政工程生產安全較大及以上事故查處督辦通知書"));
    }

    #[test]
    fn a_filings_subject_cell_after_a_space_names_its_headline_over_the_tables_rows() {
        let p = head(
            "2018-06-15 < Back\n公告本公司董事會決議除息基準日\n序號 2 發言日期 107/06/15 發言時間 18:02:13\n發言人 謝錦興 發言人職稱 執行長\n主旨 公告本公司董事會決議除息基準日\n符合條款 第 14 款 事實發生日 107/06/15\n說明\n1.董事會決議日期:107/06/15\n2.除權、息類別:除息\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("公告本公司董事會決議除息基準日"));
        assert!(p.lines[2].is_text(), "{:?}", p.lines[2].class);
    }

    #[test]
    fn a_page_opening_with_an_addressee_and_its_sentence_has_no_title_above_the_plan_it_covers() {
        // (a 印发 notice shown without its head: what follows its signature is the plan it covers)
        let p = head(
            "各有关单位:\n现将《水土保持“十四五”实施方案》印发给你们,请认真抓好贯彻落实。\n水利部办公厅\n2021年12月30日\n水土保持“十四五”实施方案\n中华人民共和国水利部\n二〇二一年十二月\n前 言\n水土保持是生态文明建设的重要内容。\n",
        );
        assert_eq!(p.meta.title, None);
        assert_eq!(p.meta.addressee.as_deref(), Some("各有关单位"));
        assert!((1..p.lines.len()).all(|i| p.lines[i].is_text()), "nothing under the addressee taken: {:?}", p.lines);
        // (a slogan over a title stays the site's: nothing addresses it)
        assert!(addressee_shaped("各区人民政府，市政府各部门：") && !addressee_shaped("现将有关事项通知如下：") && !addressee_shaped("各位："));
        // (levels alone share the name after them; a level with no name after it is none)
        assert!(addressee_shaped("各县、区人民政府，市政府各部门、直属机构，有关单位：") && addressee_shaped("各县、市、区人民政府："));
        assert!(!addressee_shaped("各县、区：") && !addressee_shaped("市、县："));
        // (kinds of office by one character each share the first one's 各, in either script)
        assert!(addressee_shaped("各市、縣人民政府,省人民政府各委、辦、廳、局:") && addressee_shaped("市政府各委、办、局："));
        assert!(!addressee_shaped("委、办、局："));
        // (sectors of one character each share the kind after them)
        assert!(addressee_shaped("各乡（镇）人民政府，各农、林、牧、渔场，县直各部门："));
        assert!(!addressee_shaped("各农、林、牧、渔："));
    }

    #[test]
    fn a_printed_notice_over_the_plan_it_issues_keeps_its_addressee_and_signer_under_the_headline() {
        let p = head(
            "马鞍山市“十四五”残疾人保障和发展规划\n来源：马鞍山市人民政府 发布时间：2022-06-02 浏览量：12\n各县、区人民政府，市政府各部门、直属机构，有关单位：\n现将《马鞍山市“十四五”残疾人保障和发展规划》印发给你们，请认真贯彻实施。\n马鞍山市人民政府\n2022年5月6日\n马鞍山市“十四五”残疾人保障和发展规划\n为贯彻落实关于残疾人事业的重要指示批示精神，制定本规划。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各县、区人民政府，市政府各部门、直属机构，有关单位"));
        assert!(p.lines[4].is_text() && p.lines[5].is_text(), "the signer and the date stay for the tail: {:?}", p.lines);
        // (whatever is made of the title, a signer and a date under a sentence are no menu)
        let p = head(
            "马鞍山市残疾人保障办法\n各有关方面、各村：\n现将《马鞍山市残疾人保障办法》印发给你们，请认真贯彻实施。\n马鞍山市人民政府\n2022年5月6日\n马鞍山市残疾人保障办法\n第一条 为贯彻落实关于残疾人事业的重要指示批示精神，制定本办法。\n",
        );
        assert!((1..=4).all(|i| page_kept(&p, i)), "{:?}", p.lines);
    }

    #[test]
    fn a_reports_bracketed_date_under_its_speaker_is_its_subtitle_and_its_date() {
        for speaker in ["国家防办主任 张志彤", "副校长李召虎"] {
            let p = head(&format!("关于2012年防汛抗旱工作的报告\n{speaker}\n(2013年1月5日)\n根据会议安排，我就2012年全国防汛抗旱工作情况报告如下。\n"));
            assert_eq!(p.meta.subtitle.as_deref(), Some("（2013年1月5日）"), "{speaker}");
            assert_eq!(p.meta.date.as_deref(), Some("2013-01-05"));
        }
        // (a bracketed date right under the title is its date alone)
        let p = head("关于2012年防汛抗旱工作的报告\n(2013年1月5日)\n根据会议安排，我就2012年全国防汛抗旱工作情况报告如下。\n");
        assert_eq!((p.meta.subtitle, p.meta.date.as_deref()), (None, Some("2013-01-05")));
    }

    #[test]
    fn a_columns_name_over_a_formal_title_is_no_first_phrase_of_it() {
        let p = head(
            "消费风险提示\n关于警惕保险诈骗的风险提示\n近期，一些不法分子冒充保险公司客服、业务员，以夸大保险产品收益、收取低价续期费用等为噱头，诱骗消费者缴纳保费。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于警惕保险诈骗的风险提示"));
        // (two phrases of a headline still pair)
        let p = head(
            "推动优化调整川渝合作机制\n系统谋划明年重点任务\n12月5日，川渝党政联席会议召开，会议总结今年合作成效，谋划明年重点任务，推动合作机制优化调整。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("推动优化调整川渝合作机制系统谋划明年重点任务"));
    }

    #[test]
    fn an_english_note_over_a_bilingual_page_ends_no_head() {
        let p = head(
            "The following translation is subject to change without notice. You can download its latest version as a PDF.\n全国人民代表大会常务委员会\n关于完善和加强备案审查制度的决定\nDecision of the Standing Committee of the National People's Congress on Improving the System of Recording and Review\n(2023年12月29日第十四届全国人民代表大会常务委员会第七次会议通过)\n为了坚持和完善人民代表大会制度，现作如下决定：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于完善和加强备案审查制度的决定"));
        assert_eq!(p.meta.issuer, ["全国人民代表大会常务委员会"]);
    }

    #[test]
    fn a_filings_headline_over_its_table_that_gives_it_as_the_subject_is_the_title() {
        let p = head(
            "投資人關係\n澄清經濟日報報導\n序號 | 1 | 日期 | 2018/04/23 | 時間 | 10:15:12 |\n主旨 | 澄清經濟日報報導 | ||||\n符合條款 | 第 53款 | 事實發生日 | 2018/04/23 | ||\n說明 |\n1.事實發生日:107/04/23 2.公司名稱:晟德大藥廠股份有限公司。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("澄清經濟日報報導"));
    }

    #[test]
    fn a_place_and_a_headline_over_a_news_lead_is_the_title() {
        let p = head(
            "信息公开\n\n沂南:全力抢修线路保信号畅通\n\n  本网讯 9月18日,沂南分公司克服困难,全力抢修因施工造成的广电线路受损,保证了用户正常收看有线电视节目。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("沂南：全力抢修线路保信号畅通"));
    }

    #[test]
    fn a_menus_row_of_short_names_is_no_line_of_the_title_under_it() {
        let p = head(
            "公开指南 政府信息\n公开制度\n公开年报\n事项清单 权责清单 互动咨询\n对邢台市第十五届人民代表大会第六次会议第352号建议的答复\n发布时间: 2021-07-26 发布机构:市水务局\n李秀英代表:\n您提出的建议收悉，现答复如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("对邢台市第十五届人民代表大会第六次会议第352号建议的答复"));
    }

    #[test]
    fn a_headline_over_a_share_button_and_the_addressee_is_the_title() {
        let p = head("手机、笔记本、相机媒体价及限价调整\n分享\n亲爱的经销商您好:\n为了更好的为用户提供产品报价参考,我们将对参考报价做出调整。\n");
        assert_eq!(p.meta.title.as_deref(), Some("手机、笔记本、相机媒体价及限价调整"));
    }

    #[test]
    fn the_addressee_under_the_head_shown_again_down_the_page_is_read() {
        let p = head(
            "前郭县人民政府关于公布前郭县文物遗迹名单的通知\n文章属性\n【公布日期】2010.01.08\n正文\n前郭县人民政府关于公布前郭县文物遗迹名单的通知\n（前政发〔2010〕2号）\n各乡（镇）人民政府，各农、林、牧、渔场，县直各部门：\n按照省政府的通知要求，现将文物遗迹名单予以公布。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各乡（镇）人民政府，各农、林、牧、渔场，县直各部门"), "{:?}", p.lines);
    }

    #[test]
    fn a_registers_empty_validity_label_is_no_addressee() {
        let p = head(
            "索 引 号:000014348/2018-00748 分类: 通知\n名 称: 文化和旅游部关于公布第五批代表性传承人的通知 时间有效性:\n文 号: 文旅非遗发〔2018〕8号 主 题 词:\n各省、自治区、直辖市文化厅(局),各计划单列市文化局:\n根据有关规定，现将名单予以公布。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治区、直辖市文化厅（局），各计划单列市文化局"));
    }

    #[test]
    fn a_teaser_cut_off_with_dots_is_never_the_title() {
        let p = head(
            "公所資訊分享\n本鄉「110年全鄉運動大會暨鄒族傳統技藝活動」,因國內疫情影...\n本鄉「110年全鄉運動大會暨鄒族傳統技藝活動」,因國內疫情影響而停止舉辦。\n",
        );
        assert!(p.meta.title.as_deref().is_none_or(|t| !t.ends_with("...")), "{:?}", p.meta.title);
    }

    #[test]
    fn a_statute_s_short_name_over_its_first_numbered_part_is_the_title() {
        let p = head("会议制度\n（一）会员大会\n会员大会是本会的最高权力机构，由常委会主持，全体会员参加。\n（二）常委会议\n常委会议是会员大会的执行机构。\n");
        assert_eq!(p.meta.title.as_deref(), Some("会议制度"));
        assert!(p.lines[1].is_text(), "its first part stays the text's: {:?}", p.lines);
        // (a body's rules of procedure over their 题注, wrapped onto two lines)
        let p = head(
            "彭阳县人民代表大会常务委员会会议工作程序\n(2006年7月19日县六届人大常委会第二十六次会议通过\n2012年12月10日县八届人大常委会第一次会议修正)\n为了规范县人民代表大会常务委员会会议服务工作，结合工作实际，制定本工作程序。\n第一章会议筹备\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("彭阳县人民代表大会常务委员会会议工作程序"));
        assert!(p.meta.subtitle.as_deref().is_some_and(|s| s.ends_with("修正)")), "{:?}", p.meta.subtitle);
        // (a short name over a sentence is no title: a tip's heading may be so)
        let p = head("会议制度\n本会每年召开一次会员大会，原则上选定在岁末年初，由常委会主持，全体会员参加。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_news_headline_over_its_dated_counter_row_or_byline_is_the_title() {
        // (the counter row carries the posting date: the page's dateline)
        let p = head(
            "系列报道之轮战日志:吴王村轮战队走访吴王村基本情况\n\n2018-06-18 11:07:11来源:未知点击:0\n3月8日，吴王村轮战队全面走访吴王村20个小组，全面了解各小组地理位置、基本情况。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("系列报道之轮战日志：吴王村轮战队走访吴王村基本情况"));
        // (a long headline that ends as a bulletin's name does is still a headline)
        let p = head(
            "市统计局派员参加《政府工作报告》重点工作及省政府真抓实干督查激励事项落实情况督查\n发布日期:2020-08-03信息来源:综核科\n根据市政府督查室的通知精神，8月3日，市统计局派员参加督查组，赴各地开展督查。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("市统计局派员参加《政府工作报告》重点工作及省政府真抓实干督查激励事项落实情况督查"));
        // (an editor's byline with its date)
        let p = head(
            "志愿者们的“身份证”\n2017年03月01日编辑:苏州市红十字会\n近期，昆山市红十字会为791名注册志愿者颁发了中国红十字会志愿者证，这些志愿者们从此有了“身份证”。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("志愿者们的“身份证”"));
    }

    #[test]
    fn a_headline_right_under_the_pages_trail_over_its_dateline_is_the_title_unless_a_numbered_title_follows() {
        let page = "國家市場監督管理總局主管\n維護消費者合法權益,引導消費者合理消費\n當前位置:首頁 > 總局動態\n市場監管部門集中曝光經營主體嚴重違法失信行為專項治理行動典型案例\n2023-10-10 10:17 本文來源:中國消費者報 作者:鞠聞\n中國消費者報北京訊 今年6月，市場監管總局部署開展經營主體嚴重違法失信行為專項治理行動，取得明顯成效。\n";
        assert_eq!(head(page).meta.title.as_deref(), Some("市場監管部門集中曝光經營主體嚴重違法失信行為專項治理行動典型案例"));
        // (the document the story reposts, titled over its number, is the title)
        let page = "您当前的位置 :瓦房店广播电视网>>综合新闻\n国务院安委会挂牌督办\n2023-08-15 08:49:19\n网站截图\n重大事故查处挂牌督办通知书\n安委督〔2023〕9号\n黑龙江省人民政府:\n2023年7月23日，你省齐齐哈尔市第三十四中学体育馆发生一起重大事故，造成11人死亡。\n";
        assert_eq!(head(page).meta.title.as_deref(), Some("重大事故查处挂牌督办通知书"));
    }

    #[test]
    fn an_organs_long_name_wrapped_over_the_title_is_one_issuer_when_the_signer_names_it_whole() {
        let p = head(
            "遵化市新型冠状病毒感染的肺炎\n疫情防控工作领导小组办公室\n关于加强外地返遵人员管控的紧急通知\n各乡镇人民政府：\n为稳定我市疫情防控形势，现通知如下。\n遵化市新型冠状病毒感染的肺炎\n疫情防控工作领导小组办公室\n2020年2月17日\n",
        );
        assert_eq!(p.meta.issuer, ["遵化市新型冠状病毒感染的肺炎疫情防控工作领导小组办公室"]);
        assert_eq!(p.lines[0].class, Class::Moved(Field::Issuer));
        // (a site's line over an organ that signs alone is the site's)
        let p = head("欢迎访问本站\n某某县教育局\n关于做好放假工作的通知\n各学校：\n现将放假安排通知如下。\n某某县教育局\n2020年2月17日\n");
        assert_eq!(p.meta.issuer, ["某某县教育局"]);
        assert!(!matches!(p.lines[0].class, Class::Moved(_)));
    }

    #[test]
    fn an_offices_list_of_duties_is_titled_and_a_later_chapter_is_no_title() {
        let p = head("医院办公室职责\n一、在分管院领导的领导下负责医院各处室综合协调工作。\n二、负责医院全院性的工作规划和计划、总结、报告的起草。\n");
        assert_eq!(p.meta.title.as_deref(), Some("医院办公室职责"));
        let p = head(
            "（2022年6月30日四届一次理事会审议通过）\n第一章 总则\n第一条 目的\n规范议事日程，增强会议成效。\n第二章 管理职责\n第二条 管理部门\n本会各种会议均由秘书处负责。\n",
        );
        assert_eq!(p.meta.title, None);
        // (a book's chapter that names the statute it prints, opening the page, is pages-heldout25/hk02)
    }

    #[test]
    fn a_bare_kind_over_the_addressee_or_the_text_of_an_untitled_page_is_its_title() {
        let p = head("新闻动态\n倡议书\n医院全体党员、干部职工:\n近日，新型冠状病毒感染的肺炎疫情防控形势严峻，我们向全体党员发出如下倡议。\n");
        assert_eq!(p.meta.title.as_deref(), Some("倡议书"));
        assert_eq!(p.meta.addressee.as_deref(), Some("医院全体党员、干部职工"));
        let p = head("公 示\n按照《关于做好劳动模范推荐评选工作的通知》要求，经研究，现将推荐人选予以公示。\n");
        assert_eq!(p.meta.title.as_deref(), Some("公示"));
        let p = head("会议纪要\n2016年元月30日，在王氏宗祠召开了春节联谊会主题筹备会。\n顾问委员、常务副会长出席了会议。\n");
        assert_eq!(p.meta.title.as_deref(), Some("会议纪要"));
        // (a section's word, or a kind under the text's first sentence, is no title)
        let p = head("说明\n按照《关于做好劳动模范推荐评选工作的通知》要求，经研究，现将推荐人选予以公示。\n");
        assert_eq!(p.meta.title, None);
        let p = head("按照《关于做好劳动模范推荐评选工作的通知》要求，经研究，现将推荐人选予以公示。\n公示\n公示期为5个工作日。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_sentence_over_the_title_copied_from_the_text_is_the_sites_summary() {
        let page = "镜湖区图书馆将于2023年1月21日起进行场馆改造和固定资产、图书盘点工作。期间拟将闭馆不对外开放。\n镜湖区图书馆临时闭馆通知\n尊敬的各位读者:\n馆内部分房屋出现渗漏。镜湖区图书馆将于2023年1月21日起进行场馆改造和固定资产、图书盘点工作，期间闭馆。\n";
        let p = head(page);
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.title.as_deref(), Some("镜湖区图书馆临时闭馆通知"));
        assert_eq!(p.meta.addressee.as_deref(), Some("尊敬的各位读者"));
        // (a sentence the text does not repeat is the text's)
        let p = head(&page.replace("馆内部分房屋出现渗漏。镜湖区图书馆将于2023年1月21日起", "馆内部分房屋出现渗漏，自下周起"));
        assert!(p.lines[0].is_text());
    }

    #[test]
    fn a_bulletins_name_with_its_issue_counted_without_di_gives_both() {
        assert_eq!(name_and_issue("巴蜀电力公司抗震救灾快报四十九期"), Some(("巴蜀电力公司抗震救灾快报".into(), "四十九期".into())));
        assert_eq!(name_and_issue("高教发展信息第24期"), Some(("高教发展信息".into(), "第24期".into())));
        assert_eq!(name_and_issue("工作简报发布了三期"), None);
    }

    #[test]
    fn a_wechat_columns_name_before_its_bar_is_no_part_of_the_title() {
        assert_eq!(without_column_tag("公告丨高碑店市文物局关于文物征集的公告"), "高碑店市文物局关于文物征集的公告");
        assert_eq!(without_column_tag("独家视频丨全球发展高层对话会开始"), "独家视频丨全球发展高层对话会开始");
        assert_eq!(without_column_tag("-協助公告- 彰化縣大村鄉第五公墓遷葬公告"), "彰化縣大村鄉第五公墓遷葬公告");
        assert_eq!(without_column_tag("-2023-年度工作总结报告"), "-2023-年度工作总结报告");
        assert_eq!(without_column_tag("好作文分享 致广大村民的一封信"), "致广大村民的一封信");
        let p = head("好作文分享 致广大村民的一封信\n\n各位村民:\n\n大家好!有一个洁净卫生的生产、生活环境,是我们的共同愿望。\n");
        assert_eq!(p.meta.title.as_deref(), Some("致广大村民的一封信"));
        assert_eq!(without_column_tag("鉴湖镇人民政府 致广大村民的一封信"), "鉴湖镇人民政府 致广大村民的一封信");
        assert_eq!(without_column_tag("【招标预告】【缤纷杨小】松滋市杨林市镇杨林市小学学生校服采购需求公告"), "松滋市杨林市镇杨林市小学学生校服采购需求公告");
    }

    #[test]
    fn a_clause_of_the_text_that_names_the_members_is_no_addressee() {
        let p = head(
            "115年总会会费收取标准办法\n发布日期：2025-10-28\n依据总会章程施行细则第110条：本会各团体会员应缴纳下列会费：\n团体会员入会费新台币壹万元整，分会每年应缴本会团体会费。\n",
        );
        assert_eq!(p.meta.addressee, None);
        let p = head("关于做好会费收缴工作的通知\n本会各团体会员：\n团体会员入会费新台币壹万元整，分会每年应缴本会团体会费。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("本会各团体会员"));
    }

    #[test]
    fn a_units_own_subunits_without_a_colon_over_the_text_are_the_addressee() {
        let p = head(
            "2022年夏季气象预警信息发布的通知\n发布时间:2022.08.15 浏览次数:3627次\n\n司属各单位各项目部\n\n根据最新气象资料显示，我省持续发布高温预警。现将有关注意事项告知如下：\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("司属各单位各项目部"));
        assert!(addresses_each("市直各部门") && addresses_each("各乡镇") && !addresses_each("我们各自努力") && !addresses_each("会议要求各单位"));
    }

    #[test]
    fn a_notices_year_in_brackets_names_its_round_and_a_laws_is_a_sites_version_tag() {
        assert_eq!(without_year_tag("华蓥市人民陪审员选任公告(2025年)"), "华蓥市人民陪审员选任公告(2025年)");
        assert_eq!(without_year_tag("哈尔滨市城市道路管理条例（2020）"), "哈尔滨市城市道路管理条例");
        assert_eq!(without_year_tag("重庆市渝中区人民政府工作报告（2023年）"), "重庆市渝中区人民政府工作报告");
    }

    #[test]
    fn a_notice_quoted_after_a_signpost_and_a_screenshot_caption_gives_the_title() {
        let p = head(
            "本周六 主城区白天暂停商场、宾馆集中采暖用气\n今天,记者从成都燃气集团股份有限公司获悉,成都将实施平桥输气站安全改造。\n官网截图\n原文如下:\n关于平桥输气站安全改造期间主城区天然气供气情况的通告\n为消除平桥输气站生产安全隐患,我市将实施平桥输气站安全改造。现通告如下:\n一、科学组织加快施工进度。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于平桥输气站安全改造期间主城区天然气供气情况的通告"));
        assert!(is_caption("官网截图") && !is_caption("官网截图显示，供气将于今日恢复。"));
        assert!(p.lines[5].is_text());
    }

    #[test]
    fn a_reposted_about_title_broken_over_two_lines_under_a_signpost_is_the_title() {
        let p = head(
            "珠海香洲：暂停所有非必要船舶营运作业\n\n3月28日深夜，香洲区疫情防控指挥部发布最新通告：自3月29日起，暂停所有非必要船舶的营运作业。\n\n通告全文如下：\n\n关于加强香洲区沿海岸线\n\n疫情防控措施的通告\n\n（2022年第25号）\n\n为贯彻落实珠海市有关涉海疫情防控的工作部署，现对香洲区沿海岸线实施管控，有关管控措施通告如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于加强香洲区沿海岸线疫情防控措施的通告"));
        // a line that closes its title alone, or a sentence under the first, is no wrap
        let p = head("通告全文如下：\n关于加强沿海岸线疫情防控措施的通告\n疫情防控措施的通告\n为贯彻落实工作部署，现通告如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于加强沿海岸线疫情防控措施的通告"));
        let q = head("通告全文如下：\n关于加强沿海岸线\n为贯彻落实工作部署，现通告如下：\n");
        assert!(!q.meta.title.as_deref().is_some_and(|t| t.contains("为贯彻")), "{:?}", q.meta.title);
    }

    #[test]
    fn a_threads_headline_over_its_copy_link_is_the_title_without_its_column_tag() {
        let p = head(
            "查看: 5435|回复: 0\n\n[单位发布] 戴南镇召开行政区划调整工作会\n\n[复制链接]\n\n@ME:\n发表于 2020-11-22 18:13:11 | 显示全部楼层 |阅读模式\n\n11月21日下午，戴南镇召开行政区划调整工作会。镇长出席会议并讲话，要求各部门做好相关工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("戴南镇召开行政区划调整工作会"));
        assert_eq!(p.meta.addressee, None, "a poster's handle addresses nobody");
    }

    #[test]
    fn a_threads_shouted_headline_over_its_byline_leaves_the_head_open_for_the_document() {
        let p = head(
            "[曲靖新闻] 曲靖人注意！麒麟区今年这些时间段可燃放烟花爆竹！\n\n曲靖论坛 发表于 2024-2-6 20:24:09 | 显示全部楼层 |阅读模式\n\n曲靖市麒麟区人民政府\n\n关于2024年春节期间文明燃放烟花爆竹的倡议书\n\n广大市民朋友们：\n\n燃放烟花爆竹是中国人民群众表达节日喜庆之情的传统习俗之一。为加强安全管理工作，我们倡议：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于2024年春节期间文明燃放烟花爆竹的倡议书"));
        assert_eq!(p.meta.issuer, vec!["曲靖市麒麟区人民政府".to_string()]);
        // a sentence over the byline is text, and the head closes on it
        let p = head("今年春节期间，麒麟区可以燃放烟花爆竹。\n\n曲靖论坛 发表于 2024-2-6 20:24:09 | 显示全部楼层 |阅读模式\n\n关于文明燃放烟花爆竹的倡议书\n");
        assert!(p.lines[0].is_text());
    }

    #[test]
    fn a_file_lists_entry_for_the_document_itself_is_its_title_again() {
        let p = head(
            "光泽县人民政府森林防火禁火令\n（2026年第1号）\n鉴于当前天气持续干旱无雨，森林火险等级较高，极易引发森林火灾，经县政府研究，现发布禁火令。\n光泽县人民政府\n2026年1月8日\n20260108-（2026年第1号）光泽县人民政府森林防火禁火令\n",
        );
        assert_eq!(p.lines[0].class, Class::Moved(Field::Title));
        assert_eq!(p.lines[5].class, Class::Residue(Reason::DuplicateTitle), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert!(filed_entry("2021-05-06关于做好防汛工作的通知", "关于做好防汛工作的通知"));
        // words before it are a sentence that names it
        assert!(!filed_entry("我县印发关于做好防汛工作的通知", "关于做好防汛工作的通知"));
        assert!(!filed_entry("关于做好防汛工作的通知", "关于做好防汛工作的通知"));
        assert!(!filed_entry("（2025年第3号）光泽县人民政府森林防火禁火令", "光泽县人民政府森林防火禁火令"));
        assert!(!filed_entry("1）光泽县人民政府森林防火禁火令", "光泽县人民政府森林防火禁火令"));
    }

    #[test]
    fn a_page_without_a_title_line_takes_its_metadatas_title_without_a_columns_label() {
        let p = head(
            "各旅行社：\n现将有关事项通知如下，请遵照执行。\n昆明市旅游监察支队\n标题:快讯:关于引诱游客文明旅游文明观鸥的通知\n地址:http://www.kwan-yin.com.cn/kmly/5347.html\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于引诱游客文明旅游文明观鸥的通知"));
    }

    #[test]
    fn a_gazettes_masthead_and_an_orders_mark_with_its_number_under_it() {
        let p = head(
            "青岛市人民政府公报(2019年第5、6期)\n•   青岛市人民政府令\n第268号\n《青岛市人民政府关于机构改革涉及市政府规章和规范性文件规定的行政机关职责调整问题的决定》已经2019年2月20日市政府第39次常务会议审议通过，现予公布，自公布之日起施行。\n市长孟凡利\n",
        );
        let b = p.meta.bulletin.clone().unwrap_or_default();
        assert_eq!((b.name.as_deref(), b.issue.as_deref()), (Some("青岛市人民政府公报"), Some("2019年第5、6期")));
        assert_eq!(p.meta.doc_number.as_deref(), Some("青岛市人民政府令第268号"));
        // a statistical communiqué is a title, no gazette
        let p = head("2023年国民经济和社会发展统计公报\n2023年，全市经济运行稳中有进。\n");
        assert!(p.meta.bulletin.is_none());
    }

    #[test]
    fn a_publication_mark_over_the_number_is_the_note_and_a_menu_item_is_not() {
        let p = head("主動公開\n明府辦〔2015〕144號\n佛山市高明區人民政府辦公室關于修訂預案的通知\n各鎮政府、街道辦:\n現印發給你們，請認真貫徹執行。\n");
        assert_eq!(p.meta.note.as_deref(), Some("主動公開"));
        let p = head("主动公开\n依申请公开\n关于做好节日值班工作的通知\n各单位：\n请做好值班工作，确保安全。\n");
        assert_eq!(p.meta.note, None);
    }

    #[test]
    fn the_order_promulgating_the_titled_law_gives_its_number_signer_and_date() {
        let p = head(
            "农民专业合作社示范章程(全文)\n中华人民共和国农业部令\n第4号\n《农民专业合作社示范章程》已经2007年6月29日农业部第9次常务会议审议通过,现予公布,自2007年7月1日起施行。\n部长 孙政才\n二○○七年六月二十九日\n农民专业合作社示范章程\n第一章 总则\n第一条 为了规范合作社的组织和行为,制定本章程。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("农民专业合作社示范章程"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("中华人民共和国农业部令第4号"));
        assert_eq!(p.meta.signature.as_deref(), Some("部长 孙政才"));
        assert_eq!(p.meta.date.as_deref(), Some("2007-06-29"));
        assert!(p.lines[3].is_text(), "the promulgation sentence stays");
        // the mark and number on one line, the organ's head signing with the organ's name
        let p = head(
            "國家稅務總局\n欠稅公告辦法\n國家稅務總局令第61號\n有效級別:全文有效發文日期:2025年11月26日生效日期:2026年3月1日\n《欠稅公告辦法》,已經2025年11月11日國家稅務總局第3次局務會議審議通過,現予公布,自2026年3月1日起施行。\n國家稅務總局局長:胡靜林\n2025年11月26日\n欠稅公告辦法\n第一條為了規范稅務機關的欠稅公告行為,制定本辦法。\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("國家稅務總局令第61號"));
        assert_eq!(p.meta.signature.as_deref(), Some("國家稅務總局局長：胡靜林"), "{:?}", p.lines);
        assert_eq!(p.meta.date.as_deref(), Some("2025-11-26"));
    }

    #[test]
    fn a_subtitle_listing_revisions_a_line_each_is_one_subtitle() {
        let p = head(
            "武汉市律师协会章程\n(1999年12月22日第三次武汉市律师代表大会通过;\n2007年4月28日第四次武汉市律师代表大会修订;\n2013年4月26日第五次武汉市律师代表大会修订;\n2014年3月29日第五届武汉市律师协会第二次理事会修订;\n2019年6月27日第六次武汉市律师代表大会第一次会议修订;\n2023年12月20日武汉市第七次律师代表大会修订。)\n第一章 总则\n第一条 为完善武汉市律师协会服务和管理，制定本章程。\n",
        );
        assert!(p.meta.subtitle.as_deref().is_some_and(|s| s.contains("1999年") && s.contains("2023年")), "{:?}", p.meta.subtitle);
        assert!(p.lines[7].is_text());
    }

    #[test]
    fn a_document_under_a_signpost_after_a_long_lead_is_the_title() {
        let p = head(
            "近日,中華全國工商業聯合會發布關于確認全國“五好”標桿縣級工商聯的通報,確認208個縣級工商聯。其中,福建11家上榜,分別是——\n福州市鼓樓區工商業聯合會\n福清市工商業聯合會\n廈門市集美區工商業聯合會\n莆田市涵江區工商業聯合會\n寧化縣工商業聯合會\n晉江市工商業聯合會\n南安市工商業聯合會\n漳州市長泰區工商業聯合會\n南平市延平區工商業聯合會\n上杭縣工商業聯合會\n霞浦縣工商業聯合會\n通報詳情如下——\n關于確認全國“五好”標桿縣級工商聯的通報\n各省、自治區、直轄市工商聯:\n為貫徹落實加強工商聯基層組織建設的要求,現通報如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("關于確認全國“五好”標桿縣級工商聯的通報"));
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治區、直轄市工商聯"));
        // a story's lead that appends the document, naming it
        let p = head(
            "私自参加其他组织比赛海原县信鸽协会7名会员被开除!\n10月8日,宁夏海原县信鸽协会发出通知,对7位会员作出开除会员会籍的决定。\n附海原县信鸽协会开除会员会籍的通知:\n关于开除田彦虎等会员会籍的通知\n各位会员:\n近期相关会员不遵守海原县信鸽协会规程,私自参加其他组织的比赛。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于开除田彦虎等会员会籍的通知"));
        assert_eq!(p.meta.addressee.as_deref(), Some("各位会员"));
        assert!(!signpost("附件：关于印发实施方案的通知：") && !signpost("附件：关于印发实施方案的通知"));
        // a lead that points at it with a dash (`…，一起来看——`)
        let p = head(
            "福建拟命名16个省级森林城镇,有你家乡吗?\n来源:福建省林业局\n12月9日,福建省林业局网站发布关于拟定福建省森林城镇的公示,拟将16个城镇命名为“福建省森林城镇”,一起来看——\n关于2021年拟定福建省森林城镇的公示\n根据有关规定,经城镇自查达标、县级审核同意,拟将五夫镇等16个城镇提交审定,现予以公示。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于2021年拟定福建省森林城镇的公示"));
        // a reposter's lead that hands over announces a title without 关于 (with a mirror's pinyin)
        let p = head(
            "原標(biāo)題:武漢慈善總會(huì):每筆愛(ài)心捐款全程全額公開(kāi)\n武漢市慈善總會(huì)網(wǎng)站2月2日發(fā)表文章《武漢市慈善總會(huì)感謝各界愛(ài)心》,內(nèi)容如下:\n武漢市慈善總會(huì)感謝辭\n在武漢人民遭遇突如其來的疫情襲擊的時候,全國人民和社會各界愛心人士傾情奉獻、真誠援助,充分體現了中華民族的傳統。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("武漢市慈善總會（huì）感謝辭"));
    }

    #[test]
    fn a_mirrors_long_addressee_is_measured_without_its_pinyin() {
        let p = head(
            "關於印發2023年度布魯氏菌病免疫縣名單的通知\n\n各省、自治區(qū)、直轄市農(nóng)業(yè)農(nóng)村(農(nóng)牧)、畜牧獸醫(yī)廳(局、委),新疆生產(chǎn)建設(shè)兵團農(nóng)業(yè)農(nóng)村局,部屬有關(guān)事業(yè)單位:\n\n為貫徹落實國家動物疫病強制免疫指導意見，現印發你們。\n",
        );
        assert!(p.meta.addressee.as_deref().is_some_and(|a| a.starts_with("各省") && a.ends_with("單位")), "{:?}", p.meta.addressee);
    }

    #[test]
    fn a_mirrors_title_is_measured_without_its_pinyin() {
        let p = head(
            "云南省文化廳文件\n云文非遺〔2017〕9號\n云南省文化廳關(guān)于轉(zhuǎn)發(fā)《文化部辦公廳關(guān)于\n開展2017年“文化和自然遺產(chǎn)日”非物質(zhì)\n文化遺產(chǎn)宣傳展示活動的通知》的通知\n各州、市文化局:\n現將通知轉(zhuǎn)發(fā)你們,請遵照執(zhí)行。\n",
        );
        assert!(p.meta.title.as_deref().is_some_and(|t| t.starts_with("云南省文化廳關")), "{:?}", p.meta.title);
    }

    #[test]
    fn a_bilingual_titles_english_is_cut_from_it() {
        assert_eq!(without_english_gloss("周年會員大會通告 NOTICE OF ANNUAL GENERAL MEETING"), "周年會員大會通告");
        // (an English word inside the title is the title's)
        assert_eq!(without_english_gloss("关于开展ESG信息披露工作的通知"), "关于开展ESG信息披露工作的通知");
        assert_eq!(without_english_gloss("关于举办Python培训 班的通知"), "关于举办Python培训 班的通知");
    }

    #[test]
    fn a_number_spaced_from_its_mark_is_closed_up() {
        assert_eq!(number_closed_up("邹政发〔2023〕2 号"), "邹政发〔2023〕2号");
        assert_eq!(number_closed_up("粤揭航通〔2023〕0102号"), "粤揭航通〔2023〕0102号");
        assert_eq!(number_closed_up("国发 〔2022〕 11 號"), "国发 〔2022〕 11號");
    }

    #[test]
    fn a_sites_note_after_the_title_is_cut_from_it() {
        assert_eq!(without_annotation("农民专业合作社示范章程(全文)"), "农民专业合作社示范章程");
        assert_eq!(without_annotation("某某条例【已废止】"), "某某条例");
        assert_eq!(without_annotation("社区网格化管理实施方案篇一"), "社区网格化管理实施方案");
        assert_eq!(without_annotation("社區（qū）網（wǎng）格化管理實（shí）施方案篇2"), "社區（qū）網（wǎng）格化管理實（shí）施方案");
        assert_eq!(without_annotation("关于开展千篇一"), "关于开展千篇一");
        // (a title that is only the note stays)
        assert_eq!(without_annotation("（全文）"), "（全文）");
        assert_eq!(without_annotation("州政协提案委组织召开委员提案建议反馈座谈会(图文)"), "州政协提案委组织召开委员提案建议反馈座谈会");
        assert_eq!(without_site_name("宜昌博物馆闭馆公告 -k8凯发国际入口"), "宜昌博物馆闭馆公告");
        assert_eq!(without_site_name("关于公开征集政协提案线索的公告——诸暨网-凯发官网首页"), "关于公开征集政协提案线索的公告");
        assert_eq!(
            without_site_name("关于开展2018年脊髓灰质炎灭活疫苗查漏补种工作的通知-昆都仑区人民政府"),
            "关于开展2018年脊髓灰质炎灭活疫苗查漏补种工作的通知"
        );
        // a dash inside the title's words, or a title after it, stays
        assert_eq!(without_site_name("某某市国土空间总体规划（2021-2035年）"), "某某市国土空间总体规划（2021-2035年）");
        assert_eq!(without_site_name("关于某事的通知—关于另一事的通知"), "关于某事的通知—关于另一事的通知");
        assert_eq!(without_site_name("某某市城市供水管理办法-征求意见稿"), "某某市城市供水管理办法-征求意见稿");
        assert_eq!(without_site_name("某某市物业管理条例-2023年修订"), "某某市物业管理条例-2023年修订");
        assert_eq!(
            title_core("沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗早指挥部关于加强小洪河堤防值守的通知"),
            "西平县防汛抗早指挥部关于加强小洪河堤防值守的通知"
        );
        assert_eq!(title_core("附件3:关于举办“向雷锋同志学习”主题团日活动的通知"), "关于举办“向雷锋同志学习”主题团日活动的通知");
        assert_eq!(title_core("【「山东」山东三家医院发公告，全面禁止探视】关于全面禁止探视的公告"), "关于全面禁止探视的公告");
    }

    #[test]
    fn a_databases_summary_label_over_a_reply_is_no_part_of_its_addressee() {
        let p = head("摘要\n泉州市人民政府: 你市《关于申请补办开发区审批手续的请示》收悉。经研究,现批复如下: 一、同意设立福建洛江经济开发区。\n");
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.addressee.as_deref(), Some("泉州市人民政府"));
    }

    #[test]
    fn a_labelled_summary_that_copies_the_text_gives_way_to_the_documents_own_title_under_it() {
        let p = head(
            "2015年拟命名国家卫生城市名单公示\n导读\n北京市怀柔区等97个城市巩固强化创建国家卫生城市工作成效显著，整体卫生水平符合标准的要求。\n全国爱卫办关于2015年拟命名国家卫生城市名单的公示\n2015年12月2日，全国爱卫办组织专家进行了综合评审。评审组认为，北京市怀柔区等97个城市巩固强化创建国家卫生城市工作成效显著。\n",
        );
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.title.as_deref(), Some("全国爱卫办关于2015年拟命名国家卫生城市名单的公示"));
    }

    #[test]
    fn a_labelled_summary_over_a_formal_title_ends_no_header_though_it_quotes_what_the_page_cut() {
        let p = head(
            "【摘要】:四、各省、自治区、直辖市人事厅(局)要在2007年7月31日前分别推荐上报5—15家见习示范基地候选单位,并填报申报表。\n关于启动第二批高校毕业生就业见习示范基地申报工作的通知\n各省、自治区、直辖市人事厅(局):\n为全面实施高校毕业生就业见习制度,现就有关事项通知如下:\n一、各省要加强宣传动员。\n",
        );
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.title.as_deref(), Some("关于启动第二批高校毕业生就业见习示范基地申报工作的通知"));
    }

    #[test]
    fn a_headline_over_its_outlets_lead_is_the_title_whatever_its_colon_and_commas() {
        let p = head(
            "房县新闻网\n县住建局:燃气安全大排查,织牢安全“防护网”\n房县新闻网讯 通讯员 蔡梦莹 报道:为贯彻落实县委县政府的紧急通知,县住建局立刻开展燃气安全夜查行动。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("县住建局：燃气安全大排查，织牢安全“防护网”"));
        assert!(news_lead("本报讯 6月12日，项城市召开推进会。") && !news_lead("通讯员报道，县住建局开展行动。"));
    }

    #[test]
    fn a_news_headline_over_a_first_paragraph_without_its_full_stop_is_the_title() {
        let p = head(
            "产科进行中层领导人员换届调整工作民主推荐工作\n\n2017年12月14日早上8:30，纪委副书记李永莲主任和组织部干事李悦到产科七楼示教室进行中层领导班子的民主推荐工作\n\n李永莲主任向产科全体医护人员传达了医院对中层领导班子换届的指导思想。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("产科进行中层领导人员换届调整工作民主推荐工作"));
    }

    #[test]
    fn a_sites_summary_over_an_untitled_notice_is_no_text_and_the_salutation_under_it_is_the_addressee() {
        let p = head(
            "摘要:为了更好提供诊疗服务,我院将逐步搬迁至新院区开展诊疗。现就相关事宜公告如下。\n亲爱的市民朋友:\n为了更好提供诊疗服务,我院将逐步搬迁至新院区开展诊疗。现就相关事宜公告如下。\n",
        );
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.addressee.as_deref(), Some("亲爱的市民朋友"));
        // a document's own abstract, which copies nothing, stays
        let p = head("摘要：本文分析了县域农村集体经济发展的现状与问题并提出对策建议。\n一、发展现状\n近年来，全县农村集体经济稳步发展。\n");
        assert_eq!(p.lines[0].class, Class::Text);
    }

    #[test]
    fn the_body_under_the_title_and_its_date_issues_the_document() {
        let p = head(
            "有关党员组织关系\n\n接转及管理工作相关问题的说明\n\n2011年9月6日\n\n中共吉林省高等学校工作委员会组织部\n\n为进一步规范党员组织关系接转工作，现就有关问题说明如下：\n",
        );
        assert_eq!(p.meta.issuer, vec!["中共吉林省高等学校工作委员会组织部".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2011-09-06"));
    }

    #[test]
    fn a_posts_summary_pointing_at_the_text_gives_way_to_the_title_under_it() {
        let p = head(
            "學生宿舍本學期閉館&下學期開館日期注意事項,請查閱內文。\n\n學生宿舍114學年度第1學期閉館&114學年度第2學期開館日期注意事項\n\n一、宿舍閉館及開館時間：\n\n（一）114學年度第1學期閉館\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("學生宿舍114學年度第1學期閉館&114學年度第2學期開館日期注意事項"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        // (a sentence of the text that asks the reader to look further down stays the text's)
        let p = head("關於宿舍開館的公告\n\n一、開館時間另行通知，請查閱內文。\n");
        assert!(p.lines[2].is_text(), "{:?}", p.lines);
    }

    #[test]
    fn a_bilingual_headline_with_its_translation_is_no_paragraph_and_its_copy_below_is_the_title() {
        let p = head(
            "【中/ENG】國民黨公布反萊豬公投連署書近9萬份,持續衝刺達標 Anti-Ractopork Signature Drive Nears 90,000 Signatures, Continued Efforts at Reaching Our Goal\n\n新 聞 稿 中國國民黨文化傳播委員會 110.1.14\n\n國民黨公布反萊豬公投連署書近9萬份,持續衝刺達標\n\n中國國民黨今(14)日上午召開記者會,公布兩項公投案第二階段最新連署數字,國民黨表示,感謝全台民眾踴躍參與兩項公投案連署。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("國民黨公布反萊豬公投連署書近9萬份，持續衝刺達標"));
        assert_eq!(p.lines[4].class, Class::Moved(Field::Title));
    }

    #[test]
    fn a_headline_over_its_english_version_and_the_posting_line_is_the_title_not_the_sidebars_item() {
        let p = head(
            "永續思維\n讀書會獎助暨\n 知識執守者甄選\n獎學金簡介\n帳號:\n\n密碼:\n\n保持登入狀態\n\n忘記密碼嗎?\n\n何不馬上註冊!\n研究課題 > 本會簡訊 > 例會活動\n\n2023年9月份國政聯誼會縮影\nSketch of Public Policy Communion, September 2023\n責任編輯: cathy  發布日期 : 2023-10-18  點閱: 468 次\n\n  本會於2023年9月17日假台北喜來登大飯店一樓清翫廳舉行「祐生國政聯誼會」,在主持人宣布後揭開當日活動序幕。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("2023年9月份國政聯誼會縮影"));
        assert!((8..=12).step_by(2).all(|k| p.lines[k].class == Class::Residue(Reason::Form)), "{:?}", p.lines);
        assert!(english_headline("Sketch of Public Policy Communion, September 2023") && !english_headline("The meeting was held on Sunday."));
    }

    #[test]
    fn the_last_words_of_a_wrapped_title_are_never_the_title_alone() {
        let p = head(
            "【灾害应急处置与救援】关于印发鹿寨县防汛抢险应急预案\n（2019年修订）的通知\n鹿寨县防汛抗旱\n指 挥 部 文 件\n鹿防指字〔2019〕8号\n关于印发鹿寨县防汛抢险应急预案\n（2019年修订）的通知\n县防汛抗旱指挥部各成员单位，各有关单位：\n经县防汛抗旱指挥部同意，现将《鹿寨县防汛抢险应急预案（2019年修订）》印发给你们，请认真贯彻执行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于印发鹿寨县防汛抢险应急预案（2019年修订）的通知"));
        assert!(title_tail("（2019年修订）的通知") && title_tail("的通知") && !title_tail("（受权发布）关于…的决定"));
    }

    #[test]
    fn an_order_number_in_brackets_after_a_statutes_title_is_its_number() {
        let p = head(
            "陽江市水上安全管理辦法（陽府令第2號）\n來源：市府辦 時間：2024-10-24 16:00\n《陽江市水上安全管理辦法》已經2024年9月14日八屆陽江市人民政府第45次常務會議通過，現予公布，自2024年12月1日起施行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("陽江市水上安全管理辦法"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("陽府令第2號"));
        assert!(numbered_order("国家税务总局令第61号") && !numbered_order("陽江市水上安全管理辦法（陽府令第2號）"));
    }

    #[test]
    fn an_organ_under_the_headline_over_the_letters_fields_is_its_issuer_not_a_subtitle() {
        let p = head(
            "財團法人教育部接受捐助獎學基金會獎助學金申請資訊\n財團法人教育部接受捐助獎學基金會\n發文日期:中華民國113年8月14日\n發文字號:臺獎字第1137300132號\n主旨:本會113學年度獎學金自9月1日至9月30日受理,請貴校依說明辦理,請查照轉知。\n",
        );
        assert_eq!(p.meta.issuer, vec!["財團法人教育部接受捐助獎學基金會".to_string()]);
        assert_eq!(p.meta.subtitle, None);
        assert_eq!(p.lines[1].class, Class::Moved(Field::Issuer));
    }

    #[test]
    fn a_numbered_items_label_is_no_addressee() {
        let p = head(
            "111學年度中正盃全國溜冰錦標賽\n\n一、 主 旨:\n\n為推展青少年體育，特舉辦中正盃全國溜冰錦標賽，藉以提昇溜冰運動風氣。\n\n二、 指導單位:\n\n教育部體育署\n",
        );
        assert_eq!(p.meta.addressee, None);
        assert!(p.lines[2].is_text(), "{:?}", p.lines);
    }

    #[test]
    fn a_letterheads_name_over_its_english_name_and_rule_is_the_issuer() {
        let p = head(
            "宣道中學家長教師會\n\nChristian Alliance College Parent-Teacher Association\n\n◆◆◆◆◆◆◆◆◆◆◆◆\n\n關於親子農莊的通知\n\n親愛的家長:\n\n本學年的《宣中親子農莊》將在 2019 年 1 月開始,活動細節如下:\n",
        );
        assert_eq!(p.meta.issuer, vec!["宣道中學家長教師會".to_string()], "{:?}", p.lines);
        assert_eq!(p.lines[2].class, Class::Residue(Reason::LetterheadName));
        assert!(english_headline("Christian Alliance College Parent-Teacher Association") && english_headline("Bureau of Labour and Social Security"));
        assert!(!english_headline("Please read the notice below."));
    }

    #[test]
    fn a_taiwan_notices_date_closed_up_to_its_number_under_the_title_gives_both() {
        let p = head(
            "為辦理本鄉改良種芒果低溫農業天然災害現金救助公告周知\n\n臺東縣鹿野鄉公所  公告\n\n中華民國111年 4月26日鹿鄉農字第1110005370號\n\n主旨：為辦理本鄉改良種芒果低溫農業天然災害現金救助公告周知。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("臺東縣鹿野鄉公所公告"), "the organ and its kind, not the headline over them");
        assert_eq!(p.meta.doc_number.as_deref(), Some("鹿鄉農字第1110005370號"));
        assert_eq!(p.meta.date.as_deref(), Some("2022-04-26"));
    }

    #[test]
    fn a_taiwan_letters_header_fields_give_its_addressee_and_leave_the_others() {
        let p = head(
            "教育部函\n受文者:本部國教署學安組\n發文日期:中華民國110年5月24日\n發文字號:臺教授國字第1100064111號\n速別:最速件\n密等及解密條件或保密期限:\n主旨:因應疫情警戒提升為第三級,請各校畢業典禮配合停辦,請查照。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("本部國教署學安組"));
        assert_eq!(p.lines[1].class, Class::Moved(Field::Addressee));
        assert!((4..=5).all(|k| !p.lines[k].is_text()), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
    }

    #[test]
    fn a_company_sites_fields_and_summary_under_the_title_leave_the_addressee_to_the_document() {
        let p = head(
            "关于要求集团所属单位禁止承建某项目的通知\n- 分类:集团新闻\n- 作者:\n- 发布时间:2016-09-12 10:08\n【概要描述】2016年3月25日,集团有限公司接到举报,反映有人涉嫌假冒本集团名义承建项目。\n集团所属各单位:\n2016年3月25日,集团有限公司接到举报,反映有人涉嫌假冒本集团名义承建项目。\n",
        );
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.lines[4].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.addressee.as_deref(), Some("集团所属各单位"));
        assert!(summary_label("导读：本文介绍…") && !summary_label("【通知】关于…"));
        // the fields again under the summary, past the header
        let p = head(
            "关于要求集团所属单位禁止承建某项目的通知\n- 作者:\n- 发布时间:2016-09-12 10:08\n【概要描述】2016年3月25日,集团有限公司接到举报,反映有人涉嫌假冒本集团名义承建项目。\n- 分类:集团新闻\n- 作者:\n- 来源:\n集团所属各单位:\n2016年3月25日,集团有限公司接到举报,反映有人涉嫌假冒本集团名义承建项目。\n",
        );
        assert!((4..=6).all(|k| p.lines[k].class == Class::Residue(Reason::PageMetadata)), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        assert_eq!(p.meta.addressee.as_deref(), Some("集团所属各单位"));
    }

    #[test]
    fn a_head_shown_twice_gives_its_subtitle_once_and_the_addressee_under_the_speaker() {
        let p = head(
            "某某市人民检察院工作报告\n——2022年1月6日在某某市第十八届人民代表大会第一次会议上\n\n时间:2022-01-11\n\n某某市人民检察院工作报告\n  ——2022年1月6日在某某市第十八届人民代表大会第一次会议上\n  某某市人民检察院代理检察长  梁莉\n\n各位代表:\n\n现在，我代表市人民检察院向大会报告工作，请予审议。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("——2022年1月6日在某某市第十八届人民代表大会第一次会议上"));
        assert_eq!(p.lines[6].class, Class::Residue(Reason::DuplicateTitle));
        assert_eq!(p.meta.addressee.as_deref(), Some("各位代表"));
    }

    #[test]
    fn an_orders_mark_and_number_on_one_line_are_its_number_and_no_title() {
        let p = head("榆林市榆阳区人民政府令 第1号\n2017年5月30日，我区牛家梁镇区域内蛋鸡大面积死亡。根据有关规定，区政府研究决定，将该区域划为疫区。\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("榆林市榆阳区人民政府令 第1号"));
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_news_lead_reporting_the_issue_over_the_formal_title_leaves_the_title() {
        let p = head(
            "为了防控疫情，国家大剧院等演出场所日前陆续公布取消5月14日-15日演出及相关活动。\n国家大剧院关于取消5月14日-15日演出及相关活动的公告\n亲爱的观众朋友们：\n按照疫情防控工作的最新要求部署，国家大剧院将继续取消各项演出活动。\n",
        );
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.title.as_deref(), Some("国家大剧院关于取消5月14日-15日演出及相关活动的公告"));
        assert_eq!(p.meta.addressee.as_deref(), Some("亲爱的观众朋友们"));
        // (a first sentence of the text over a heading stays)
        let p = head("市政府近日印发了实施方案。\n一、总体要求\n坚持以人民为中心。\n");
        assert!(p.lines[0].is_text());
    }

    #[test]
    fn a_news_lead_reporting_the_document_it_shows_leaves_the_addressee_to_the_document() {
        let p = head(
            "第一批国家文化消费试点城市\n\n第一批国家文化消费试点城市由文化部办公厅于2016年6月23日公布。\n\n公布通知\n\n各省、自治区、直辖市文化厅（局），新疆生产建设兵团文化广播电视局：\n\n根据有关要求，现予以公布。\n",
        );
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Lead));
        assert_eq!(p.lines[4].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治区、直辖市文化厅（局），新疆生产建设兵团文化广播电视局"));
        // an untitled news page: its headline stays
        let p = head(
            "-\n国家文物局：今年将启动第四次全国文物普查\n8月8日，国家文物局发布关于开展第四次全国文物普查准备工作的通知。\n各省、自治区、直辖市文物局：\n按照党中央、国务院决策部署，2023年将启动第四次全国文物普查。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治区、直辖市文物局"));
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Lead));
        // a sentence of the text that reports a publication, over text, is the text's
        let p = head("关于做好工作的通知\n各单位：\n省厅近日印发了有关的通知。\n请认真贯彻落实。\n");
        assert!(p.lines[2].is_text());
    }

    #[test]
    fn a_reposters_lead_handing_over_under_the_headline_leaves_the_addressee_to_the_document() {
        let p = head(
            "北京大学人民医院暂停急诊及发热门诊\n\n10月25日，北京市卫生健康委员会发布关于同意北京大学人民医院暂停急诊及发热门诊的批复。以下为全文：\n\n西城区卫生健康委：\n\n你委《关于北京大学人民医院暂停急诊的请示》收悉。经研究，同意暂停急诊。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("西城区卫生健康委"));
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Lead));
        // a lead that hands over to no addressee stays the text's
        let p = head("某某工作会议召开\n\n会议的主要内容如下：\n\n一是部署工作。二是明确责任。\n");
        assert!(p.meta.addressee.is_none());
        assert!(p.lines[2].is_text());
    }

    #[test]
    fn a_documents_head_under_a_posts_headline_gives_its_number_and_addressee() {
        let p = head(
            "天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知\n导读:加强新形势下开发区的改革和创新发展,具有重要意义。\n津政办函〔2017〕103号\n天津市人民政府办公厅印发关于促进我市\n开发区改革和创新发展实施方案的通知\n各区人民政府,各委、局,各直属单位:\n经市人民政府同意,现将《实施方案》印发给你们,请照此执行。\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("津政办函〔2017〕103号"));
        assert!(p.meta.addressee.as_deref().is_some_and(|a| a.starts_with("各区人民政府")), "{:?}", p.meta.addressee);
        assert_eq!(p.lines[1].class, Class::Residue(Reason::Lead));
        assert!(p.lines[6].is_text());
    }

    #[test]
    fn an_addressee_of_its_own_under_a_columns_name_is_not_joined_to_it_and_a_wrapped_one_is() {
        let p = head("资讯中心\n所属各分会:\n值此劳动节来临之际，所工会研究决定举办职工运动会。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("所属各分会"));
        assert!(p.lines[0].is_text(), "the column's name stays for the chrome rules");
        let p = head("市直各单位、\n各县区人民政府:\n值此劳动节来临之际，市总工会研究决定举办职工运动会。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("市直各单位、各县区人民政府"));
        let spaced = head(
            "各省、自治区、直辖市和计划单列市国家税务局、地方税务局,扬州税务进修学院,\n\n局内各单位:\n\n  依法进行涉税公告是税务机关的法定义务和职责，也是税务机关政务公开的重要内容。\n",
        );
        assert_eq!(spaced.meta.addressee.as_deref(), Some("各省、自治区、直辖市和计划单列市国家税务局、地方税务局，扬州税务进修学院，局内各单位"));
    }

    #[test]
    fn a_title_as_long_as_a_line_of_prose_forwarding_two_documents_is_the_title() {
        let t = "关于转发吉林省总工会《关于推荐评选2024年全国五一劳动奖和全国工人先锋号的通知》、长春市总工会《长春市总工会关于推荐评选2024年全国五一劳动奖和全国工人先锋号的通知》的通知";
        let p = head(&format!("{t}\n\n各基层工会:\n现转发吉林省总工会下发的通知，请各基层工会认真领会通知精神。\n"));
        assert_eq!(p.meta.title.as_deref(), Some(t));
        assert_eq!(p.meta.addressee.as_deref(), Some("各基层工会"));
        // a long line of text with a clause in it is prose, whatever its last words
        assert!(!long_title("根据省总工会的部署，现转发吉林省总工会《关于推荐评选2024年全国五一劳动奖和全国工人先锋号的通知》、长春市总工会的通知"));
    }

    #[test]
    fn an_e_papers_date_over_the_headline_is_the_pages_and_the_headline_is_the_title() {
        let story = "  本报讯 6月12日，项城市召开城市社区“两委”换届工作推进会，会议要求各级各部门要按照项城市委、市政府的统一部署。\n";
        for date in ["2015年6月26日 星期", "2015年6月26日"] {
            let p = head(&format!("{date}\n城市社区“两委”换届工作启动\n\n{story}"));
            assert_eq!(p.meta.title.as_deref(), Some("城市社区“两委”换届工作启动"), "{date}");
            assert_eq!(p.lines[0].class, Class::Residue(Reason::PageMetadata));
        }
    }

    #[test]
    fn a_weighted_kind_under_its_two_organs_is_the_title() {
        let p = head(
            "长沙市市场监管局、教育局发布紧急提醒！\n\n长沙市市场监督管理局\n\n长沙市教育局\n\n严正声明\n\n近期，有不明身份人员冒充市场监管部门、教育部门工作人员要求部分学校组织学生注册登录不明网站。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("严正声明"));
    }

    #[test]
    fn a_title_shouted_with_exclamation_marks_after_its_kind_is_the_title() {
        let p = head(
            "跳到主要內容區塊\n\n金管處戶外公共場域延長停止對外開放公告!!!!\n\n發佈單位\n遊憩服務課\n    依據中央流行疫情指揮中心公告強化三級警戒，本處轄管之兒童遊憩場延長停止對外開放，造成不便懇請見諒。\n",
        );
        assert_eq!(p.meta.title.as_deref().map(|t| t.trim_end_matches(['!', '！'])), Some("金管處戶外公共場域延長停止對外開放公告"));
        // a sentence that exclaims is no title
        assert!(!exclaimed_title("请大家遵守以上规定！") && !exclaimed_title("疫情当前，请遵守通告！！"));
    }

    #[test]
    fn a_weather_services_warning_and_a_letter_to_residents_are_titled_by_their_kind() {
        let body = "受两股较强冷空气影响，我县将出现大风、降温、阴雨天气，请公众注意防范。";
        for title in ["重大气象提醒", "2022无锡新吴区鸿泰苑第二社区告居民书"] {
            let p = head(&format!("{title}\n\n{body}\n"));
            assert_eq!(p.meta.title.as_deref(), Some(title));
        }
        // a title set whole in lenticular brackets is the title without them
        let p = head(&format!("【國立臺灣大學歷史學系學生會選舉罷免執行委員會公告】 發文日期:2023 年 5 月 30 日 {body}\n"));
        assert_eq!(p.meta.title.as_deref(), Some("國立臺灣大學歷史學系學生會選舉罷免執行委員會公告"));
        // and a channel's name run into the post's stamp under it is the page's
        let p = head(&format!("2022无锡新吴区鸿泰苑第二社区告居民书\n\n社会热点2022-10-24 23:39:38未知\n\n亲爱的居民朋友:\n\n{body}\n"));
        assert_eq!(p.meta.title.as_deref(), Some("2022无锡新吴区鸿泰苑第二社区告居民书"));
    }

    #[test]
    fn a_slogan_of_two_phrases_a_comma_apart_over_the_title_is_not_its_first_line() {
        let p = head("金秋十月，欢度国庆\n\n洋县人民医院国庆中秋放假通知\n\n广大市民朋友：\n\n根据国家法定节假日放假安排，我院放假安排如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("洋县人民医院国庆中秋放假通知"));
        assert!(couplet("金秋十月，欢度国庆") && couplet("兵在掌上阅 亮剑弹指间"));
        assert!(!couplet("关于进一步加强安全生产工作，"));
    }

    #[test]
    fn a_tables_empty_cells_after_the_title_are_not_the_titles() {
        let p = head(
            "关于表彰2010年度先进工贸行业协会的决定 | |||||||||\n各行业协会：\n2010年，我市工贸行业协会在促进国民经济持续稳定发展等方面做了大量卓有成效的工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于表彰2010年度先进工贸行业协会的决定"));
    }

    #[test]
    fn a_title_quoting_a_document_over_three_lines_is_one_title() {
        let p = head(
            "关于《广州市花都区人民政府\n关于划定畜禽养殖禁养区的通告(征求意见稿)》\n征求社会公众意见的公告\n为促进我区畜禽养殖业持续健康发展，防治畜禽污染，保护生态环境，现公开征求社会公众意见。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于《广州市花都区人民政府关于划定畜禽养殖禁养区的通告（征求意见稿）》征求社会公众意见的公告"));
    }

    #[test]
    fn a_number_read_with_its_label_keeps_only_the_number() {
        assert_eq!(without_number_label("發(fā)文字號國辦函〔1988〕2號"), "國辦函〔1988〕2號");
        assert_eq!(without_number_label("文号：黔府办发〔2012〕34号"), "黔府办发〔2012〕34号");
        assert_eq!(without_number_label("国办函〔1988〕2号"), "国办函〔1988〕2号");
    }

    #[test]
    fn an_addressee_with_a_lost_character_after_its_colon_is_still_the_addressee() {
        let p = head(
            "海南省人民政府关于表彰2004年度造林绿化先进单位的决定\n各市、县、自治县人民政府，省政府直属各单位: ?\n在2004年造林绿化工作中，各市、县政府切实加强领导，较好地完成了造林绿化任务。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各市、县、自治县人民政府，省政府直属各单位"));
    }

    #[test]
    fn a_salutations_greeting_is_not_whom_it_addresses() {
        let p = head("清江國小校園進出管理辦法通知單\n親愛的家長您好:\n本校為維護校園安寧，確保師生安全，自103年6月16日起調整校園進出管理辦法。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("親愛的家長"));
        assert_eq!(without_greeting("各位家长，你们好"), "各位家长");
        assert_eq!(without_greeting("大家好"), "大家好", "a greeting alone is left as it is");
    }

    #[test]
    fn a_ministrys_long_list_of_bodies_ending_in_a_colon_is_the_addressee() {
        let to = "各省、自治区住房和城乡建设厅，北京市住房和城乡建设委员会、城市管理委员会、城市管理综合行政执法局，天津市住房和城乡建设委员会、城市管理委员会，上海市住房和城乡建设管理委员会、城市管理行政执法局、房屋管理局，重庆市住房和城乡建设委员会、城市管理局，新疆生产建设兵团住房和城乡建设局";
        let p = head(&format!(
            "住房和城乡建设部办公厅关于组织开展安全生产隐患大排查的紧急通知\n建办质函〔2019〕325号\n{to}：\n当前住房和城乡建设领域安全生产形势严峻，现就组织开展隐患大排查紧急通知如下：\n"
        ));
        assert!(to.chars().count() > MAX_ADDRESSEE_CHARS);
        assert_eq!(p.meta.addressee.as_deref(), Some(to));
        // a long sentence ending in a colon is none
        let said = "当前住房和城乡建设领域安全生产形势严峻，接连发生厂房坍塌事故和酒吧屋顶坍塌事故，造成多人伤亡，社会影响恶劣，教训极其惨痛，为贯彻落实党中央、国务院决策部署，深刻汲取事故教训，举一反三，切实强化风险管控和隐患整治，坚决防范事故发生，现就有关事项通知";
        let p = head(&format!("住房和城乡建设部办公厅关于组织开展安全生产隐患大排查的紧急通知\n{said}：\n一、总体要求\n"));
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_governments_line_over_a_whole_title_is_its_issuer_and_a_companys_over_its_board_meeting_is_the_titles() {
        let p = head("大連市人民政府\n森林防火通告\n森林防火期內，在森林防火區的任何單位和個人不得擅自野外用火，在森林高火險區嚴禁一切野外用火。\n");
        assert_eq!(p.meta.title.as_deref(), Some("森林防火通告"));
        assert_eq!(p.meta.issuer, ["大連市人民政府"]);
        let p = head(
            "杭州纵横通信股份有限公司\n第五届董事会第六次会议决议公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("杭州纵横通信股份有限公司第五届董事会第六次会议决议公告"));
    }

    #[test]
    fn an_order_that_is_a_notice_of_its_own_is_the_title_and_an_organs_order_mark_is_not() {
        let p = head(
            "五 華 縣 人 民 政 府\n森林高火險期禁火令\n第1號\n為切實加強我縣野外火源管控，有效預防森林火災，縣人民政府決定發布禁火令。\n一、自2023年9月26日起為森林高火險期。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("森林高火險期禁火令"));
        assert_eq!(p.meta.issuer, ["五華縣人民政府"]);
        assert_eq!(p.meta.doc_number.as_deref(), Some("第1號"));
        assert!(is_order_mark("中华人民共和国国务院令"));
        assert!(!is_order_mark("森林高火险期禁火令"));
    }

    #[test]
    fn joint_issuers_over_the_bare_kind_word_are_issuers_and_one_is_the_titles() {
        let p = head("山西省卫生厅\n山西省人力资源和社会保障厅\n公 告\n2010年第3号\n为推动农村卫生事业发展，现将有关事项公告如下：\n一、招聘的基本条件\n");
        assert_eq!(p.meta.title.as_deref(), Some("公告"));
        assert_eq!(p.meta.issuer, ["山西省卫生厅", "山西省人力资源和社会保障厅"]);
        assert_eq!(p.meta.doc_number.as_deref(), Some("2010年第3号"));
        let p = head("深圳市人民代表大会常务委员会\n公 告\n第一一九号\n现将有关事项公告如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("深圳市人民代表大会常务委员会公告"));
        // stacked a name a line over 关于…: issuers; so are names one line holds over it
        let body = "为保障工程顺利进行，确保车辆行人通行安全，特通告如下：\n";
        let p = head(&format!("郴州市中级人民法院\n郴州市人民检察院\n郴州市公安局\n关于敦促在逃人员投案自首的通告\n{body}"));
        assert_eq!(p.meta.title.as_deref(), Some("关于敦促在逃人员投案自首的通告"));
        assert_eq!(p.meta.issuer, ["郴州市中级人民法院", "郴州市人民检察院", "郴州市公安局"]);
        let p = head(&format!("中共乌兰察布市委 乌兰察布市人民政府\n关于加快发展养老服务业的实施意见\n{body}"));
        assert_eq!(p.meta.title.as_deref(), Some("关于加快发展养老服务业的实施意见"));
        assert_eq!(p.meta.issuer, ["中共乌兰察布市委", "乌兰察布市人民政府"]);
    }

    #[test]
    fn the_salutation_of_a_reply_under_the_proposal_it_answers_is_the_addressee() {
        let p = head(
            "领衔代表:张三\n附议代表:李四、王五\n河道清洁情况仍不理想,建议尽快完成清理。\n提案答复\n张三等代表:\n你们提出的《关于河道清洁的提案》已收悉,现答复如下:\n我镇已联系相关部门对河道进行定期清理。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("张三等代表"));
        // a label naming a deputy over a sentence of the proposal is no salutation
        let p = head("领衔代表:张三\n河道清洁情况仍不理想,建议尽快完成清理。\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_law_under_the_gonggao_that_promulgates_it_titles_the_page() {
        let text = "某市人民代表大会常务委员会公告\n(第七号)\n2002年5月25日某市人民代表大会常务委员会第三十次会议通过《某市人民代表大会常务委员会关于修改〈某市议事规则〉的决定》,自公布之日起施行。\n2002年5月25日\n某市人民代表大会常务委员会关于修改\n《\n某市议事规则》的决定\n(2002年5月25日某市人民代表大会常务委员会第三十次会议通过)\n一、第一条修改为:“为了依法行使职权,制定本规则。”\n";
        let p = head(text);
        assert_eq!(p.meta.title.as_deref(), Some("某市人民代表大会常务委员会关于修改《某市议事规则》的决定"));
        assert_eq!(p.meta.subtitle.as_deref(), Some("（2002年5月25日某市人民代表大会常务委员会第三十次会议通过）"));
        assert_eq!(p.meta.date.as_deref(), Some("2002-05-25"));
        // the 公告's heading stays, as the body's first line
        assert!(p.lines[0].is_text(), "{:?}", p.lines[0].class);
        // a draft published for comment is not promulgated
        assert_eq!(promulgates("现将《某市条例(草案)》全文公布,广泛征求意见。"), None);
        assert_eq!(promulgates("《某市条例》已由某市人大常委会通过,现予公布。").as_deref(), Some("某市条例"));
    }

    #[test]
    fn a_headline_led_by_a_word_and_a_colon_over_the_dateline_is_the_title() {
        let p = head(
            "网友吐槽:新建道路命名太随意没特色 民政局这样说.....\n\n2018年12月21日10:23  来源:济宁市网络问政平台\n\n网友留言反映，济宁市新建道路取名太随意了，没有任何特色，根据路名也不知道路在哪个地方。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("网友吐槽：新建道路命名太随意没特色民政局这样说....."));
        // a label and its value over text is no title
        let p = head("作者:市政府办公室综合科\n\n网友留言反映，济宁市新建道路取名太随意了，没有任何特色，根据路名也不知道路在哪个地方。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_sentences_first_half_over_the_title_is_no_menu() {
        let p = head(
            "网站首页\n阁下如对本通函之任何内容有任何疑问，应咨询 阁下之注册证券商、\n关于重选董事的通告\n谨定于二零二五年九月二十六日中午十二时正举行股东周年大会，大会通告载于本通函内。\n",
        );
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Navigation));
        assert!(p.lines[1].is_text(), "{:?}", p.lines[1].class);
    }

    #[test]
    fn a_unit_and_date_row_right_over_the_title_gives_the_issuer_and_the_date() {
        let p = head(
            "上高县人民政府（常务）会议\n记录摘要\n上 高 县 人 民 政 府 办 公 室 二O一O年四月六日\n上高县人民政府第32次常务会议纪要\n3月24日，县长主持召开了县人民政府第32次常务会议。现将会议主要内容纪要如下：\n",
        );
        assert_eq!(p.meta.issuer, ["上高县人民政府办公室"]);
        assert_eq!(p.meta.date.as_deref(), Some("2010-04-06"));
        assert_eq!(p.lines[2].class, Class::Moved(Field::Issuer));
        // a row further up is the site's
        let p = head("城建局 2024年5月6日\n网站首页\n关于开展检查的通知\n各单位：请按要求开展检查工作，确保各项措施落实到位，现通知如下。\n");
        assert!(p.meta.issuer.is_empty(), "{:?}", p.meta.issuer);
    }

    #[test]
    fn dates_alone_over_the_first_sentence_are_the_pages_posting_date() {
        let p = head("05/09/2024\n2024年9月5日 (星期四) 05:00\n由於三號熱帶氣旋警告信號現正生效，幼稚園今日停課。\n");
        assert_eq!(p.lines[0].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.meta.date.as_deref(), Some("2024-09-05"));
        // (a short kind over it, or over a first numbered item, is the title)
        let p = head("会议制度\n2018-05-10\n为加强办公室工作的统筹安排，办公室设立主任办公会和工作例会制度。\n第一条 主任办公会主要研究重要事项。\n");
        assert_eq!(p.meta.title.as_deref(), Some("会议制度"));
        assert!(!p.lines[1].is_text());
        let p = head("招聘指南\n1.应聘者需在应聘职位前在线注册网站用户并填写个人简历。\n2.请妥善保管您的注册用户信息。\n");
        assert_eq!(p.meta.title.as_deref(), Some("招聘指南"));
        // (a date inside the text stays)
        let p = head("会议制度\n为加强办公室工作的统筹安排，办公室设立主任办公会。\n2018-05-10\n");
        assert!(p.lines[2].is_text());
    }

    #[test]
    fn the_head_of_government_and_the_date_over_a_regulations_title_sign_the_order_and_an_orders_note_is_its_subtitle() {
        let p = head("現予公布，自2025年3月15日起施行。\n總理李強\n2025年1月25日\n古樹名木保護條例\n第一條為了加強對古樹名木的保護，制定本條例。\n");
        assert_eq!(p.meta.title.as_deref(), Some("古樹名木保護條例"));
        assert_eq!(p.meta.signature.as_deref(), Some("總理李強"));
        assert_eq!(p.meta.date.as_deref(), Some("2025-01-25"));
        // (a title opening with a post is no signer)
        let p = head("校长办公会议制度\n2016年10月12日\n校长办公会议制度\n一、会议由校长主持。\n");
        assert_eq!(p.meta.signature, None);
        let p = head("城市供水条例\n1994年7月19日国务院令第158号宣布\n第一章 总则\n第一条 为了加强城市供水管理，制定本条例。\n");
        assert_eq!(p.meta.subtitle.as_deref(), Some("1994年7月19日国务院令第158号宣布"));
        // (untitled, under an outlet's credit)
        let p = head("manbetx报道:\n1994年7月19日国务院令第158号宣布\n第一章 总则\n第一条 为了加强城市供水管理，制定本条例。\n");
        assert_eq!(p.meta.subtitle.as_deref(), Some("1994年7月19日国务院令第158号宣布"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
    }

    #[test]
    fn a_dashed_line_right_under_a_title_is_its_subtitle() {
        let p = head(
            "移民署約聘、約僱人員甄選公告\n——執行兩岸包機直航及擴大開放大陸地區人民來臺觀光政策\n【報名日期】98年01月01日上午9:00至98年01月06日18:00止，請依時報名。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("移民署約聘、約僱人員甄選公告"));
        assert_eq!(p.meta.subtitle.as_deref(), Some("——執行兩岸包機直航及擴大開放大陸地區人民來臺觀光政策"));
    }

    #[test]
    fn a_projects_name_with_its_figures_over_its_assessment_notice_is_one_title() {
        let p = head(
            "山東匯盟生物科技有限公司6000噸/年2-氯-5-氯甲基吡啶項目\n環境影響評價第一次公示\n根據有關要求，本項目進行公眾參與信息公示，公示時間為10個工作日，接受社會公眾的監督。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("山東匯盟生物科技有限公司6000噸/年2-氯-5-氯甲基吡啶項目環境影響評價第一次公示"));
        // (figures before a line that is no project's name are no words of a title)
        assert!(!continues("規章制度2018-06-14李天扬老师", "江西省立法条例"));
    }

    #[test]
    fn a_title_wrapped_after_a_quoted_name_or_an_enumeration_comma_is_one_title() {
        let p = head("关于开展“文明在行动,满意在医院”\n主题演讲比赛活动的通知\n根据文件精神，经研究，决定举办演讲比赛。现将具体事宜通知如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于开展“文明在行动，满意在医院”主题演讲比赛活动的通知"));
        let p = head(
            "有关重选董事、\n\n发行及购回股份之一般授权之建议\n\n股东周年大会通告\n\n谨定于二零二五年九月二十六日中午十二时正举行股东周年大会，大会通告载于本通函内。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("有关重选董事、发行及购回股份之一般授权之建议股东周年大会通告"));
    }

    #[test]
    fn a_newspapers_slogan_over_a_title_whole_by_itself_is_not_the_titles() {
        let p = head(
            "兵在掌上阅 亮剑弹指间\n\n全国人民代表大会常务委员会公告\n\n〔十三届〕第二十三号\n\n黑龙江省人大常委会决定罢免某某的第十三届全国人民代表大会代表职务。依照代表法的规定，其代表资格终止。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("全国人民代表大会常务委员会公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("〔十三届〕第二十三号"));
    }

    #[test]
    fn a_meetings_name_over_its_records_header_is_the_title() {
        let record = "臺北市政府第2122次市政會議\n\n主席\n\n柯文哲\n\n紀錄\n\n王冠蘋\n\n出席\n\n彭振聲、蔡炳坤\n\n壹、頒獎\n表揚本市優良旅館業。\n";
        assert_eq!(head(record).meta.title.as_deref(), Some("臺北市政府第2122次市政會議"));
        // a meeting named in a story's first line is no title
        let story = "市政府第12次常务会议\n会议听取了有关情况的汇报，研究部署了下一步工作。\n";
        assert_ne!(head(story).meta.title.as_deref(), Some("市政府第12次常务会议"));
    }

    #[test]
    fn a_masthead_whose_name_wraps_with_its_count_and_compiling_unit_gives_every_part() {
        let p = head(
            "学生工作部(处)\n合 格 评 估\n工 作 简 报\n2018年第1期\n(总第1期)\n学生工作部(处)综合办公室编制 签发人:徐元敏\n曾羽书记主持召开学风建设专题调研会\n——学风建设、合格评估共同建设、同步推进\n为了进一步加强学校学风建设，弘扬优良校风，3月19日上午召开了学风建设专题调研会。\n",
        );
        let b = p.meta.bulletin.clone().expect("a bulletin");
        assert_eq!(b.name.as_deref(), Some("合格评估工作简报"));
        assert_eq!((b.issue.as_deref(), b.total_issue.as_deref()), (Some("2018年第1期"), Some("总第1期")));
        assert_eq!(p.meta.issuer, ["学生工作部（处）综合办公室"]);
        assert_eq!(p.meta.signers, ["徐元敏"]);
        assert_eq!(p.meta.title.as_deref(), Some("曾羽书记主持召开学风建设专题调研会"));
        assert_eq!(p.meta.subtitle.as_deref(), Some("——学风建设、合格评估共同建设、同步推进"));
    }

    #[test]
    fn a_headline_led_by_the_body_it_is_about_is_no_label_and_value() {
        assert!(!labelled("钟楼城管局:拾金不昧展美德 弘扬拾金不昧的高尚品德"));
        assert!(!labelled("中储粮辟谣：自媒体发布“停止收购玉米”信息不实"), "a body and what it said");
        assert!(labelled("温馨提示：请各位市民朋友错峰出行注意安全"), "a tip's label");
        assert!(labelled("作者：佚名"));
        assert!(labelled("日期：06-24"));
        let p = head(
            "您当前的位置:首页 >> 新闻中心 >> 内容\n钟楼城管局:拾金不昧展美德 弘扬拾金不昧的高尚品德\n发布日期:2012-08-21  来源:城管局\n“拾金不昧”一直作为中华民族的传统美德来规范社会基本行为，也是良好道德风尚的体现。\n",
        );
        assert!(p.meta.title.as_deref().is_some_and(|t| t.starts_with("钟楼城管局")), "{:?}", p.meta.title);
    }

    #[test]
    fn a_kind_alone_under_a_headline_that_is_no_title_is_the_title() {
        let p = head(
            "福州一水库即将开闸泄洪！\n发布时间:2023-08-16 13:35:43\n来源:环球网\n（资料图片）\n通 知\n根据指挥部指令，东张水库从2023年8月16日14时起开闸泄洪，请沿线群众注意安全、远离排洪河道。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("通知"));
    }

    #[test]
    fn a_notice_titled_by_its_kind_alone_over_the_pages_metadata() {
        let p = head(
            "公 告\n2020-12-18 09:00 来源：苍梧县人民政府办公室\n为贯彻落实自治区党委的部署，现将县直机关搬迁事项公告如下：\n一、搬迁时间\n公告之日起至2020年12月30日。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("公告"));
    }

    #[test]
    fn a_reposters_lead_that_hands_over_to_the_document_is_not_its_text() {
        let p = head(
            "3月15日，第十二届全国人民代表大会第五次会议举行闭幕会，会议表决通过《关于政府工作报告的决议》。下面是详细内容。\n第十二届全国人民代表大会第五次会议关于政府工作报告的决议\n（2017年3月15日第十二届全国人民代表大会第五次会议通过）\n第十二届全国人民代表大会第五次会议听取和审议了国务院总理所作的政府工作报告。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("第十二届全国人民代表大会第五次会议关于政府工作报告的决议"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert!(!intro("会议决定，下面是本次会议的安排"));
        // `具体如下` hands over too, to a title and an addressee under it
        let p = head("今日，长沙县松雅湖湿地公园事务中心发布公告，具体如下：\n临时闭园通告\n尊敬的市民与游客朋友：\n感谢您多年来对湿地公园的关心与支持！\n");
        assert_eq!(p.meta.title.as_deref(), Some("临时闭园通告"));
        assert_eq!(p.meta.addressee.as_deref(), Some("尊敬的市民与游客朋友"));
    }

    #[test]
    fn a_date_before_the_number_under_the_title_dates_the_document() {
        let p = head(
            "国务院关于同意甘肃省撤销陇南地区设立地级陇南市的批复\n2004年1月11日 国函[2004]1号\n甘肃省人民政府：\n你省《关于撤销陇南地区设立地级陇南市的请示》收悉。现批复如下：\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("国函[2004]1号"));
        assert_eq!(p.meta.date.as_deref(), Some("2004-01-11"));
    }

    #[test]
    fn a_news_headline_over_the_pages_counts_over_the_story_is_the_title_and_the_counts_the_pages() {
        let p = head(
            "余聲清率泰華僑團首長訪問僑聯總會\n\n0\n562\n\n台北/ 泰華僑團首長赴台參訪團，由團長余聲清率領，於4月14日下午5時30分，訪問華僑救國聯合總會，理事長簡漢生特安排在僑聯總會會議室座談聯誼，並設晚宴歡迎。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("余聲清率泰華僑團首長訪問僑聯總會"));
        assert!(p.lines.iter().filter(|l| l.is_text()).all(|l| l.text.starts_with("台北")), "{:?}", p.lines);
    }

    #[test]
    fn a_letters_title_ended_with_a_colon_is_the_title_and_the_salutation_under_it_the_addressee() {
        let p = head("城关街道办致全体村(居)民的一封信:\n城关街道办全体村、(居)民:大家好! 近日,我省连续出现本土新增确诊病例,疫情防控形势依然严峻。\n");
        assert_eq!(p.meta.title.as_deref(), Some("城关街道办致全体村（居）民的一封信"));
        assert_eq!(p.meta.addressee.as_deref(), Some("城关街道办全体村、（居）民"));
        // (a line of the text that hands over with a colon is no title)
        assert!(!letter_title("现将有关事项通知如下:") && !letter_title("关于做好防汛工作的通知:"));
    }

    #[test]
    fn a_registers_name_for_the_column_shown_as_headline_gives_way_to_the_formal_title_under_the_posting_row() {
        let p = head(
            "索引号: 00340711MBOX73680Q/202406-00031 组配分类: 旅游安全应急处置信息\n发布机构: 郊区文化旅游体育局 主题分类: 综合政务\n名称: 旅游安全应急响应，热点问题处置情况 文号:\n发布日期: 2024-06-27\n旅游安全应急响应,热点问题处置情况\n发布时间:2024-06-27 17:25 来源:郊区文化旅游体育局 浏览次数: 字体:[ ]\n\n关于临时关闭和悦洲景区的通知\n尊敬的游客朋友:\n受近期连续降雨天气影响，水位已达设防水位，景区临时关闭。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于临时关闭和悦洲景区的通知"));
        // (a register's name that is the document's title, shown further down, still wins)
        let p = head("名称: 关于做好防汛工作的通知\n防汛工作\n关于做好防汛工作的通知\n各镇人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于做好防汛工作的通知"));
    }

    #[test]
    fn a_headline_that_shortens_the_title_gives_way_to_the_documents_own_and_its_full_number() {
        let p = head(
            "自治区政府关于命名园林城市的决定\n\n文件名称：自治区政府关于命名园林城市的决定\n\n文件编号：宁政发7号\n\n实施时间：\n\n自治区人民政府关于\n\n命名园林城市（县城）的决定\n\n宁政发<2009>7号\n\n各市、县（区）人民政府，自治区政府各部门：\n\n根据有关城市（县）人民政府的申请，决定命名灵武市为自治区园林城市。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("自治区人民政府关于命名园林城市（县城）的决定"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("宁政发<2009>7号"));
        assert_eq!(p.meta.addressee.as_deref(), Some("各市、县（区）人民政府，自治区政府各部门"));
        assert!(fuller("自治区政府关于命名园林城市的决定", "自治区人民政府关于命名园林城市（县城）的决定"));
        assert!(!fuller("关于命名园林城市的决定", "关于命名园林县城的决定"));
        // the issuer's name the headline left out, before it
        assert!(fuller("基金会会议制度", "安正慈善基金会会议制度"));
        assert!(!fuller("基金会会议制度", "关于修订安正慈善基金会会议制度"));
        assert!(shortened("宁政发7号", "宁政发<2009>7号") && !shortened("宁政发8号", "宁政发<2009>7号"));
    }

    #[test]
    fn a_kind_or_a_stray_letter_over_the_addressee_is_no_part_of_it() {
        let p = head("倡议书\n倡议书\n医院全体党员、干部职工:\n近日，新型冠状病毒感染的肺炎疫情防控形势严峻，我们向全院发出如下倡议。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("医院全体党员、干部职工"));
    }

    #[test]
    fn a_number_read_with_the_next_fields_label_or_under_a_columns_tag_is_the_number_alone() {
        assert_eq!(bare_number("齐政办发〔2019〕29号   上 载"), "齐政办发〔2019〕29号");
        assert_eq!(bare_number("临州办发〔2021〕37号 制发机构"), "临州办发〔2021〕37号");
        assert_eq!(bare_number("【政策文件】九司字〔2024〕30号"), "九司字〔2024〕30号");
        // a number with more number after it, or a tag that is the number's own, stays whole
        assert_eq!(bare_number("国发〔2018〕41号 2018年12月"), "国发〔2018〕41号 2018年12月");
        assert_eq!(bare_number("【2009】10号"), "【2009】10号");
    }

    #[test]
    fn a_salutation_opening_with_zhi_needs_no_colon_and_is_never_the_title() {
        let p = head(
            "國立臺灣大學香港校友會理事 陳耀輝向校友公開公信\n\n致理事會暨全體校友\n\n本人陳耀輝為校友會第三十九屆聘任理事。11月19日收到附有本人連署的召開特別會員大會通告，故現鄭重聲明退出上述連署聲明。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("致理事會暨全體校友"));
        assert_eq!(p.meta.title.as_deref(), Some("國立臺灣大學香港校友會理事陳耀輝向校友公開公信"));
        // a title that opens with 致 names its kind; a 致 line under the first paragraph is text
        let p = head("致全市人民的一封信\n\n全市人民：\n近期疫情多点散发，请大家做好防护。\n");
        assert_eq!(p.meta.title.as_deref(), Some("致全市人民的一封信"));
        let p = head("通知\n\n近期疫情多点散发，请大家做好防护，减少聚集，注意个人卫生。\n致敬英雄\n全体医护人员连续奋战，守护了全市人民的健康。\n");
        assert_eq!(p.meta.addressee, None);
        assert!(salutation_shaped("致各會員及中心使用者：") && salutation_shaped("致各位家長："));
        assert!(!salutation_shaped("致辭：") && !salutation_shaped("致谢，"));
    }

    #[test]
    fn a_column_tagged_headline_over_a_text_wrapped_at_a_fixed_width_is_the_title() {
        let p = head(
            "Your browser does not support JavaScript!\n[課指組公告]財團法人波錠文教基金會獎助學金\n補助對象為設籍中華民國並就讀全國公私立大專院校日間部之大學部及研究所學生,同\n時符合下列情形者,得提出申請:\n一、領有低收入戶證明者。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("財團法人波錠文教基金會獎助學金"));
        assert!(p.lines[2].is_text(), "the wrapped line is the text's");
        assert!(column_tagged("【学院新闻】我校召开2024年工作会议") && !column_tagged("【摘要】四、各省…") && !column_tagged("[公告]通知"));
    }

    #[test]
    fn a_trails_column_over_the_headline_it_ends_in_goes_and_the_headlines_posting_date_too() {
        let p = head(
            "首頁  /  公告事項  /  福利服務大樓公告  /  【大樓公告】115年度場地申請時間12/20開放公告\n福利服務大樓公告\n【大樓公告】115年度場地申請時間12/20開放公告 2025-12-18\n本中心於114年12月20日開放115年度場地借用線上申請服務，目前開放以下場地提供申請借用：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("115年度場地申請時間12/20開放公告"));
        assert_eq!(p.lines[1].class, Class::Residue(Reason::Navigation));
        assert_eq!(without_posting_date("关于做好防汛工作的通知 2025-06-01"), "关于做好防汛工作的通知");
        assert_eq!(without_posting_date("今日天气晴朗 2025-06-01"), "今日天气晴朗 2025-06-01", "no title's ending before it");
    }

    #[test]
    fn a_headline_under_its_columns_name_is_the_title() {
        let p = head(
            "乡镇报道\n澧溪镇扎实推进殡葬秩序治理入户宣传和调查摸底工作\n澧溪镇按照全县殡葬秩序治理活动动员会的要求和部署,扎实推进殡葬秩序治理入户宣传和调查摸底工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("澧溪镇扎实推进殡葬秩序治理入户宣传和调查摸底工作"));
    }

    #[test]
    fn a_storys_headline_gives_way_to_the_kind_of_the_document_it_reports_under_its_lead() {
        let p = head(
            "石化协会携同专业协会向全行业发出抗灾救灾倡议书\n2011-05-13 石化\n近一段时间，罕见的持续大范围低温、雨雪和冰冻天气，给南方大部分地区人民群众的生产生活造成严重影响。\n倡 议 书\n石油和化工行业各企业，全体干部职工同志们：\n最近连续发生的暴雪冰冻灾害给广大灾区造成了严重困难。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("倡议书"));
        assert_eq!(p.meta.addressee.as_deref(), Some("石油和化工行业各企业，全体干部职工同志们"));
        // (a kind right under the headline's dateline, no lead between: the headline titles it)
        let p = head(
            "共护林，同防火——致全市人民群众森林防火倡议书\n日期:2022-03-11 来源:枣庄市森林防火指挥部办公室\n倡议书\n尊敬的市民朋友:\n当前进入风干物燥、野外用火集中的防火关键期。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("共护林，同防火——致全市人民群众森林防火倡议书"));
    }

    #[test]
    fn a_letters_short_heading_over_its_salutation_is_the_title() {
        let p = head("會長新年家書\n\n各位校友:\n\n大家好!鼠去牛來,又是新的一年,在這裡代表校友會幹事會向大家拜年,祝大家閤家平安、萬象更新!\n");
        assert_eq!(p.meta.title.as_deref(), Some("會長新年家書"));
        assert_eq!(p.meta.addressee.as_deref(), Some("各位校友"));
    }

    #[test]
    fn a_salutation_under_what_the_page_left_over_the_text_is_the_addressee() {
        let p = head("关于清明节祭扫，荆门发布最新通知！\n请先登录\n祭扫服务温馨提示\n广大市民朋友们：\n分时错峰祭扫，倡导文明祭扫。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("广大市民朋友们"));
        let p = head("部門動態\n宜都市公安局致市民的一封信！\n廣大市民朋友們：\n你們好！\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("廣大市民朋友們"));
        // a label over the text's items, or a salutation under the text's first paragraph, is none
        assert!(!salutation_shaped("清理内容："));
        assert!(salutation_shaped("尊敬的客户，您好："));
        assert!(salutation_shaped("尊敬的怡景花園小區(qū)廣大業(yè)主、手機(jī)用戶:"), "a long name after its courtesy, a mirror's pinyin in it");
        let p = head("部門動態\n本次卫生清理整治范围包括小区内的公共区域。\n各位居民：\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_letters_salutation_is_its_addressee_and_the_pages_tab_label_goes() {
        let p = head("致学生家长的一封信\n项目信息\n贵家长：\n寒假即将来临，为了让孩子度过一个安全、健康、愉快的假期，请您配合学校做好以下工作。\n");
        assert_eq!(p.meta.title.as_deref(), Some("致学生家长的一封信"));
        assert_eq!(p.meta.addressee.as_deref(), Some("贵家长"));
        assert_eq!(p.lines[1].class, Class::Residue(Reason::Navigation));
    }

    #[test]
    fn an_aggregators_tags_and_summary_under_the_title_go_and_the_addressee_is_found_under_them() {
        let p = head(
            "安徽省人民政府關于實施基礎教育改革的意見\n2025-06-07 16:43\n166人看過\n學校\n農村\n教師\n\
             安徽省人民政府關于實施基礎教育改革的意見（皖政[2001]85號）各市、縣人民政府，省政府各部門：為認真貫徹落實國務院決定\n\
             （皖政[2001]85號）\n各市、縣人民政府，省政府各部門：\n為認真貫徹落實國務院決定，結合我省實際，現提出如下實施意見。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各市、縣人民政府，省政府各部門"));
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Counter));
        for k in 3..=5 {
            assert_eq!(p.lines[k].class, Class::Residue(Reason::PageMetadata), "{}", p.lines[k].text);
        }
        assert_eq!(p.lines[6].class, Class::Residue(Reason::Lead));
    }

    #[test]
    fn a_list_of_names_under_a_title_is_no_tag_cloud() {
        for page in [
            "2023年度先进个人名单\n发布时间：2023-12-01\n张三\n李四\n王五\n赵六\n钱七\n孙八\n",
            "关于拟表彰人员的公示\n发布时间：2023-12-01\n张三\n李四\n王五\n以上同志拟予表彰，公示期为5个工作日。\n",
        ] {
            let p = head(page);
            assert!(p.lines[2..].iter().all(|l| l.class == Class::Text), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        }
    }

    #[test]
    fn corner_brackets_quoting_the_start_of_a_title_stay_in_it() {
        let p = head("「十四五」時期數位發展規劃\n為推動數位發展，制定本規劃，規劃期為2021年至2025年。\n");
        assert_eq!(p.meta.title.as_deref(), Some("「十四五」時期數位發展規劃"));
    }

    #[test]
    fn units_a_notice_goes_on_to_praise_are_no_addressee() {
        let p = head("关于表彰先进集体的通报\n市教育局、市财政局、市卫生健康委员会\n上述单位在年度工作中成绩突出，特予通报表彰。\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_sidebars_numbered_heading_above_the_title_gives_it_no_number() {
        let p = head(
            "凌政发〔2020〕12号凌海市关于加强河道管理的通知\n\n凌海市人民政府办公室关于印发义务教育督导评估实施细则的通知\n\n各乡镇人民政府：\n经市政府同意，现将细则印发给你们，请认真贯彻执行。\n",
        );
        assert_eq!(p.meta.doc_number, None);
    }

    #[test]
    fn a_list_of_organisations_without_its_colon_over_the_text_is_the_addressee() {
        let p = head(
            "凌海市人民政府办公室关于印发督导评估规划实施细则的通知\n大有经济开发区管委会，各乡镇人民政府（街道办事处），市政府有关部门市直有关单位\n\
             经市政府同意，现将《凌海市督导评估规划实施细则》印发给你们，请认真贯彻执行。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("大有经济开发区管委会，各乡镇人民政府（街道办事处），市政府有关部门市直有关单位"));
    }

    #[test]
    fn a_column_tag_in_corner_brackets_is_not_the_titles() {
        let p = head("「通告」前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告\n为切实做好农作物秸秆禁烧工作，改善大气环境质量，现通告如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告"));
    }

    #[test]
    fn an_orders_text_above_the_regulation_it_promulgates_stays_and_its_date_heads_no_title() {
        let p = head(
            "潍坊市人民政府令\n第77号\n《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日第七次市政\n府常务会议研究通过，现予发布施行。\n\n市长张新起\n\n二三年十月十五日\n潍坊市突发公共卫生事件应急办法\n\n第一章总则\n\
             第一条为了有效预防、及时控制和消除突发公共卫生事件的危害，保障公众\n身体健康与生命安全，维护正常的社会秩序，根据国务院《突发公共卫生事件应\n\
             急条例》（以下简称《条例》）、《山东省突发公共卫生事件应急办法》及有关法\n律法规规定，结合我市实际，制定本办法。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("潍坊市突发公共卫生事件应急办法"));
        for k in [2, 3, 5, 7] {
            assert_eq!(p.lines[k].class, Class::Text, "{}", p.lines[k].text);
        }
    }

    #[test]
    fn the_number_glued_to_the_sites_heading_is_the_documents_when_it_prints_none() {
        let p = head(
            "您的位置：首页>>政务公开>>政府文件\n凌政办发[2020]35号凌海市推进义务教育督导评估规划实施细则\n时间：2020-09-29 来源：作者：\n\n凌海市人民政府办公室关于印发凌海市推进\n义务教育督导评估规划实施细则的通知\n\n各乡镇人民政府：\n经市政府同意，现将细则印发给你们，请认真贯彻执行。\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("凌政办发[2020]35号"), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert_eq!(p.meta.title.as_deref(), Some("凌海市人民政府办公室关于印发凌海市推进义务教育督导评估规划实施细则的通知"));
    }

    #[test]
    fn a_bare_posting_date_under_the_title_is_the_pages_when_a_date_is_known() {
        let p = head("万载县2022年统计公报\n发布日期：2023年5月11日\n2023-07-12\n2022年，全县经济运行呈现稳中向好的良好态势，主要指标增速高于全省平均水平。\n");
        assert_eq!(p.meta.date.as_deref(), Some("2023-05-11"));
        assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata), "not moved to a date it would not print");
    }

    #[test]
    fn an_addressee_without_its_colon_in_traditional_characters() {
        let p = head(
            "陝西省人民政府辦公廳關於表彰先進單位的通報\n各市、縣、區人民政府，省人民政府各工作部門、各直屬機構\n2006年，全省各級政府堅持以科學發展觀為指導，取得了顯著成績。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("各市、縣、區人民政府，省人民政府各工作部門、各直屬機構"));
        // organisations of a kind (`各级学生组织`, `各基层党组织`) are addressed as bodies are
        let p = head("关于开展评优工作的通知\n各学部分团委、各级学生组织\n为贯彻落实志愿服务活动的长效机制，我院在三月份开展了一系列志愿服务活动。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("各学部分团委、各级学生组织"));
    }

    #[test]
    fn a_bulletins_name_in_lenticular_brackets_glued_to_its_issue() {
        let p = head(
            "发布时间：2020-07-22 11:05:19  来源：昆明市呈贡区人民政府\n\n【工作动态】2020年第40期\n\n呈贡区红十字会召开2020年红十字“五进”示范点工作推进会\n\n2020年7月21日下午，呈贡区红十字会召开工作推进会。\n",
        );
        assert_eq!(p.meta.bulletin.as_ref().and_then(|b| b.name.as_deref()), Some("工作动态"));
        assert_eq!(p.meta.bulletin.as_ref().and_then(|b| b.issue.as_deref()), Some("2020年第40期"));
    }

    #[test]
    fn a_sites_post_heading_over_the_posting_line_is_not_kept_when_the_document_has_its_title() {
        let p = head(
            "公示！墨脱县拟入选全国双拥模范城（县）\n\n发布时间：2025-02-25   浏览次数：【字体：\n\n关于西藏自治区拟申报全国双拥模范城（县）名单的公示\n\n根据有关规定，拟申报以下城（县）为全国双拥模范城（县）。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于西藏自治区拟申报全国双拥模范城（县）名单的公示"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Headline));
    }

    #[test]
    fn a_formal_title_under_the_posting_line_outranks_the_sites_post_heading_over_it() {
        let p = head(
            "关于学习雷锋精神先进个人以及组织表彰通知\n\n来源:    点击次数:    发布时间:2013-05-20    作者:\n\n关于开展2013“学雷锋”评优工作的通知\n\n各学部分团委、各级学生组织\n\n为贯彻落实志愿服务活动的长效机制，现将有关事项通知如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于开展2013“学雷锋”评优工作的通知"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Headline));
        // a forwarding notice's own title stands over the title it forwards under its addressee
        let p = head(
            "市教育局关于转发省教育厅做好2023年普通高校招生工作通知的通知\n\n来源：市教育局 发布时间：2023-05-20 点击次数：\n\n各县区教育局：\n\n现将省教育厅通知转发给你们，请认真贯彻执行。\n\n关于做好2023年普通高校招生工作的通知\n\n各市教育局：\n\n为做好今年招生工作，现通知如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("市教育局关于转发省教育厅做好2023年普通高校招生工作通知的通知"));
    }

    #[test]
    fn a_headline_reporting_a_publication_gives_way_to_the_documents_title_under_the_posting_line() {
        let p = head(
            "某省发布春节防控工作通告\n\n发布者：管理员 发布时间：2021-01-24 浏览次数：705\n\n某省疫情防控工作通告\n\n为落实防控部署要求，现通告如下：\n\n一、提倡就地过节。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某省疫情防控工作通告"));
        // a headline that does not report a publication keeps the title without 关于 under it
        let p = head("某省春节防控工作通告\n\n发布者：管理员 发布时间：2021-01-24 浏览次数：705\n\n某省疫情防控工作通告\n\n为落实防控部署要求，现通告如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("某省春节防控工作通告"));
        // a formal title that publishes a text itself reports nothing
        let p = head(
            "关于发布《某市城市道路管理办法》的通知\n\n发布者：管理员 发布时间：2021-01-24 浏览次数：7\n\n某市城市道路管理办法\n\n第一条 为加强城市道路管理，制定本办法。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于发布《某市城市道路管理办法》的通知"));
    }

    #[test]
    fn the_texts_opening_clause_cut_by_the_page_is_no_title_and_the_addressee_over_it_stays() {
        let p = head(
            "各学院、处、室，各有关单位：\n根据《关于正式实行调整后的行政作息时间的通知》（中矿大办字[2009]17号）精神，现对我校\n1、各学院执行夏季作息时间。\n",
        );
        assert_eq!(p.meta.title, None);
        assert_eq!(p.meta.addressee.as_deref(), Some("各学院、处、室，各有关单位"));
        // a short headline that opens so is a headline
        let p = head(
            "根据群众举报，我局查处一起非法经营案件\n2024-06-01 来源：市市场监管局\n近日，我局根据群众举报，依法查处一起非法经营案件，涉案物品已全部查扣。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("根据群众举报，我局查处一起非法经营案件"));
    }

    #[test]
    fn a_reposts_tag_in_round_brackets_is_cut_from_the_title_and_a_titles_own_bracket_is_not() {
        let p = head("（转发研院）关于加强研究生学位论文答辩工作管理的通知\n点击次数： 更新时间：2013-05-08\n各培养单位：\n为加强管理，现通知如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于加强研究生学位论文答辩工作管理的通知"));
        let p = head("（2023年修订）关于加强研究生学位论文答辩工作管理的通知\n各培养单位：\n为加强管理，现通知如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("（2023年修订）关于加强研究生学位论文答辩工作管理的通知"));
        assert!(!repost_tag("转型发展专题") && repost_tag("轉發研院"));
    }

    #[test]
    fn a_headline_reporting_an_event_over_one_short_sentence_is_the_stories_title() {
        let p = head(
            "中华会馆举行2019年会员大会\n\n温哥华中华会馆于4月21日下午在会馆会议厅举行会员大会。\n\n大会由理事长主持，首先通过了上年会员大会会议记录，随后审议了财务报告。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("中华会馆举行2019年会员大会"));
        // a line that reports no event over a short sentence is not taken for a headline
        let p = head(
            "中华会馆2019年会员大会情况\n\n温哥华中华会馆于4月21日下午在会馆会议厅开会。\n\n大会由理事长主持，首先通过了上年会员大会会议记录，随后审议了财务报告。\n",
        );
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_columns_name_barred_off_over_a_headline_leaves_the_headline_first_on_the_page() {
        let p = head(
            "党务建设 |\n我院召开《医院章程》征求意见座谈会\n2018年10月26日，我院在行政五楼小会议室召开《医院章程》制定座谈会，党委书记主持会议并讲话。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("我院召开《医院章程》征求意见座谈会"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Navigation));
    }

    #[test]
    fn a_posts_kind_as_the_label_of_its_title_is_cut_and_the_title_taken_whatever_it_ends_with() {
        let p = head(
            "公告：本所清明节及儿童节连假期间暂停收垃圾时间表\n文化观光课\n公告内容：\n\n一、因应清明节连假调整清运垃圾服务时间，详细时间如附件。\n\n二、连假期间造成大量垃圾囤积，请民众务必做好垃圾分类。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("本所清明节及儿童节连假期间暂停收垃圾时间表"));
        assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata), "the post's field label");
        // a field label that is no kind of document keeps the line out of the title
        let p = head("日期：本所清明节及儿童节连假期间暂停收垃圾时间表\n\n一、因应清明节连假调整清运垃圾服务时间，详细时间如附件。\n");
        assert_eq!(p.meta.title, None);
        // a sentence after the kind's label is the text's, no title
        let p = head("通知：接上级通知，本周六全体职工正常上班\n\n请各部门做好工作安排，确保各项工作正常运转。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_places_tag_before_a_title_with_about_in_it_is_cut_and_the_title_taken() {
        let p = head("莱州市：柞村镇关于停办寒同山枫叶节的公告\n\n目前，疫情防控形势严峻复杂，现将有关事项公告如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("柞村镇关于停办寒同山枫叶节的公告"));
    }

    #[test]
    fn a_headline_with_a_cut_number_gives_way_to_the_documents_own_title_and_number() {
        let p = head(
            "【2009】10号关于进行团员注册及新生班级中建立团支部的通知\n\n发布日期:2009-08-31    浏览次数:\n\n关于进行团员注册\n\n及新生班级中建立团支部的通知\n\n院团发[2009]10号\n\n各团总支:\n\n为尽快摸清我院团员数量，学院团委将进行团员注册。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于进行团员注册及新生班级中建立团支部的通知"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("院团发[2009]10号"));
        // the title is taken from the document's own lines, the page's headline reported as one
        assert_eq!(p.lines[4].class, Class::Moved(Field::Title));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Headline));
    }

    #[test]
    fn a_gazettes_serial_number_before_the_title_and_its_publication_date_under_it() {
        let p = head(
            "2019年第43号(总第221号)郑州市关于2018年度市级预算执行的审计工作报告\n\n(二〇一九年十二月三十日公告)\n\n根据审计法的规定，市审计局对2018年度市级预算执行情况进行了审计。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("郑州市关于2018年度市级预算执行的审计工作报告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("2019年第43号（总第221号）"));
        assert_eq!(p.meta.date.as_deref(), Some("2019-12-30"));
    }

    #[test]
    fn a_summary_over_a_numbered_head_is_the_reposters_lead() {
        let p = head(
            "上海市人民政府于近日印发《行动方案》，要求到2022年底基本形成新型基础设施体系。\n沪府〔2020〕27号\n上海市人民政府关于印发《上海市推进新型基础设施建设行动方案》的通知\n各区人民政府，市政府各委、办、局：\n现将《行动方案》印发给你们，请认真按照执行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("上海市人民政府关于印发《上海市推进新型基础设施建设行动方案》的通知"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("沪府〔2020〕27号"));
        assert!(!p.lines[0].is_text(), "{:?}", p.lines[0].class);
    }

    #[test]
    fn a_number_and_a_date_apart_on_the_line_under_the_title_give_both() {
        let p = head(
            "盐城市人民政府关于实行最严格水资源管理制度的实施意见\n\n盐政发〔2013〕99号  2013年4月25日\n各县（市、区）人民政府：\n水资源是人类生存和经济发展不可或缺的资源要素。\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("盐政发〔2013〕99号"));
        assert_eq!(p.meta.date.as_deref(), Some("2013-04-25"));
        // closed up, the date right after the number's 号
        let p = head(
            "国家税务总局\n关于开展第28个全国税收宣传月活动的通知\n税总函〔2019〕85号2019年3月18日\n【税务总局】\n【2019】\n国家税务总局各省税务局：\n为全面贯彻落实，现将有关事项通知如下：\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("税总函〔2019〕85号"));
        assert_eq!(p.meta.date.as_deref(), Some("2019-03-18"));
        // a compilation's 题注 in brackets: the date, the organ that issued, the number
        let p = head(
            "关于启动第二批高校毕业生就业见习示范基地申报工作的通知\n(2007年6月14日人事部办公厅发  国人厅发〔2007〕68号)\n各省、自治区、直辖市人事厅(局),新疆生产建设兵团人事局:\n为全面实施高校毕业生就业见习制度,现就有关事项通知如下:\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("国人厅发〔2007〕68号"));
        assert_eq!(p.meta.date.as_deref(), Some("2007-06-14"));
        assert_eq!(p.meta.subtitle.as_deref(), Some("（2007年6月14日人事部办公厅发  国人厅发〔2007〕68号）"));
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治区、直辖市人事厅（局），新疆生产建设兵团人事局"));
        let p = head("中国红十字会募捐和接受捐赠工作条例\n(2009年11月25日·红办字(2009)124号)\n第一条 为规范中国红十字会募捐和接受捐赠工作,制定本条例。\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("红办字（2009）124号"));
        assert_eq!(p.meta.date.as_deref(), Some("2009-11-25"));
    }

    #[test]
    fn a_title_line_that_opens_with_its_number_gives_both() {
        let p = head("盘政发〔2010〕22号 盘锦市人民政府关于表彰竞赛优胜单位的决定\n各县、区人民政府：\n我市开展竞赛以来，成绩显著，现予表彰。\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("盘政发〔2010〕22号"));
        assert_eq!(p.meta.title.as_deref(), Some("盘锦市人民政府关于表彰竞赛优胜单位的决定"));
        let p = head("梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知\n各乡镇人民政府：\n现将预案印发给你们，请抓好落实。\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("梁政发【2023】7号"));
        assert_eq!(p.meta.title.as_deref(), Some("关于印发梁山县突发事件总体应急预案的通知"));
    }

    #[test]
    fn an_organs_line_over_a_title_opening_with_关于_is_its_issuer_and_a_companys_is_its_first_words() {
        let p = head(
            "最高人民法院\n关于表彰全国优秀法院全国优秀法官\n全国法院办案标兵的决定\n法〔2020〕341号\n为表彰先进、激励队伍，最高人民法院决定，授予称号。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于表彰全国优秀法院全国优秀法官全国法院办案标兵的决定"));
        assert_eq!(p.meta.issuer, vec!["最高人民法院".to_string()]);
        assert_eq!(p.lines[0].class, Class::Moved(Field::Issuer));
        // (so is one over a title that forwards another's: `转发…关于…的通知`)
        let p = head(
            "湛江市农业农村局\n\n转发省农业厅关于开展耕地轮作休耕制度专题调研的通知\n\n湛农通〔2018〕461号\n\n各县(市、区)农业局:\n现将通知转发给你们，请认真填写调查表。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("转发省农业厅关于开展耕地轮作休耕制度专题调研的通知"));
        assert_eq!(p.meta.issuer, vec!["湛江市农业农村局".to_string()]);
        // (the organ that forwards, not the one forwarded, issues a title run on one line)
        assert_eq!(issuers_before_about("某某市人民政府办公室转发省政府办公厅关于做好防汛工作的通知"), Vec::<String>::new());
        assert_eq!(issuers_before_about("中共某县委 某县人民政府关于加强工作的意见"), ["中共某县委", "某县人民政府"]);
        // a listed company's name heads its announcement's title, as the exchanges print it
        let p = head("某某科技股份有限公司\n关于公司董事辞职的公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n");
        assert_eq!(p.meta.title.as_deref(), Some("某某科技股份有限公司关于公司董事辞职的公告"));
        let p = head("某某集团\n\n关于开展安全生产月活动的通知\n\n各子公司：\n为做好安全生产工作，现通知如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("某某集团关于开展安全生产月活动的通知"));
        // joint issuers, one a line, are not
        let p =
            head("中共某镇委员会 某镇人民政府\n\n关于印发《村民委员会换届选举工作方案》的通知\n\n各村党支部、村委会：\n现将方案印发给你们，请认真贯彻执行。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于印发《村民委员会换届选举工作方案》的通知"));
        // and two organs on one line over it issue it jointly
        let p = head(
            "苍溪县交通运输局 苍溪县公安局\n关于对苍溪县龙王镇人民南路实行临时交通管制的通告\n苍交通字〔2021〕11号\n苍溪县龙王镇人民南路因污水管网建设无法安全通行，决定实行临时交通管制。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于对苍溪县龙王镇人民南路实行临时交通管制的通告"));
        assert_eq!(p.meta.issuer, ["苍溪县交通运输局", "苍溪县公安局"]);
    }

    #[test]
    fn a_subtitle_wrapped_over_three_lines_is_one_subtitle_and_dates_the_decision() {
        let p = head(
            "长春市人民代表大会常务委员会关于修改地方性法规的决定\n\n(2022年8月26日长春市第十六届人民代表大会常务委员会第三次会议通过 2023年4月4日\n\n吉林省第十四届人民代表大会常务\n\n委员会第二次会议批准)\n\n长春市第十六届人民代表大会常务委员会第三次会议决定对下列地方性法规作出修改：\n",
        );
        assert_eq!(
            p.meta.subtitle.as_deref(),
            Some("(2022年8月26日长春市第十六届人民代表大会常务委员会第三次会议通过 2023年4月4日吉林省第十四届人民代表大会常务委员会第二次会议批准)")
        );
        assert_eq!(p.meta.date.as_deref(), Some("2022-08-26"));
    }

    #[test]
    fn the_title_again_wrapped_over_two_lines_is_a_duplicate() {
        let p = head(
            "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n\n阿坝藏族羌族自治州人民代表大会\n\n常务委员会机关公文处理办法\n\n第一条 为规范公文处理工作，制定本办法。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"));
        let dup = |i: usize| p.lines[i].class == Class::Residue(Reason::DuplicateTitle);
        assert!(dup(4) && dup(6), "{:?}", p.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        assert!(p.lines[8].is_text());
    }

    #[test]
    fn a_reposted_title_wrapped_over_two_lines_over_its_number_under_a_news_lead_is_the_title() {
        let p = head(
            "新援首次参加了球队的合练\n体育资讯6月17日讯 国务院办公厅公开发布“国务院办公厅关于同意湖南省承办全国运动会的函”。\n国务院办公厅关于同意湖南省\n承办2029年第十六届全国运动会的函\n国办函〔2025〕59号\n体育总局、财政部：\n你们的请示收悉。经国务院批准，现函复如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("国务院办公厅关于同意湖南省承办2029年第十六届全国运动会的函"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("国办函〔2025〕59号"));
        assert_eq!(p.meta.addressee.as_deref(), Some("体育总局、财政部"));
    }

    #[test]
    fn a_sites_phone_numbers_and_email_over_a_title_are_never_its_words() {
        let p = head(
            "首页\n0724-2408099 综合部\n0724-2358662 石化体育场馆\ninfo@jmcgzx.com\n\n闭馆通告\n\n点击:11016 时间:2021-12-08\n\n各位市民朋友:\n12月11日至12日，羽毛球比赛总决赛将在体育文化中心举行，届时场馆闭馆。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("闭馆通告"));
        assert!(gives_phone_or_email("0724-2358662 石化体育场馆") && gives_phone_or_email("info@jmcgzx.com") && gives_phone_or_email("联系13805265750"));
        // (a title that names a number keeps it)
        let p = head("某某市市场监督管理局\n关于公布举报电话0731-88888888的公告\n为方便群众举报，现将举报电话公告如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于公布举报电话0731-88888888的公告"));
        // (a plan's years, a title's dates and a count are no phone numbers)
        for t in ["村庄规划（2021-2035年）", "关于3月8日9:00至3月9日7:00停水的通知", "共计12345678元", "关于@某某的声明"] {
            assert!(!gives_phone_or_email(t), "{t}");
        }
    }

    #[test]
    fn a_count_glued_to_a_headline_the_story_repeats_goes_and_an_index_code_is_no_organ_marks_first_line() {
        let p = head(
            "当前位置: 首页>>业务工作\n酒泉市启动全国助残日活动1\n时间:2016-05-18   访问量:1171\n酒泉市启动全国助残日活动\n今年5月15日是第二十六次全国助残日，市残联举办了启动仪式。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("酒泉市启动全国助残日活动"));
        // (a title that ends in its number keeps it)
        let p = head("某市第十二届运动会竞赛规程2\n为办好本届运动会，特制定本规程。现将有关事项通知如下，请遵照执行。\n");
        assert_ne!(p.meta.title.as_deref(), Some("某市第十二届运动会竞赛规程"));
        let p = head("GF037-D0100-2010-001\n赣榆县司法局文件\n赣司发〔2010〕1号\n关于做好人民调解\n表彰工作的通知\n各镇司法所：\n现将有关事项通知如下。\n");
        assert_eq!(p.meta.issuer, ["赣榆县司法局"]);
    }

    #[test]
    fn a_title_of_its_kind_alone_under_a_signpost_to_the_full_text_is_the_reposted_documents() {
        let p = head(
            "8月5日消息，某集团今日发布《关于谨防虚假App诈骗的严正声明》，表示从未发布任何APP软件。\n某集团表示：此类软件发布的一切信息均未获得授权。\n以下为声明原文:\n严正声明\n为保障社会大众权益、维护某集团的声誉和合法权益，特严正声明如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("严正声明"));
        assert!(full_text_signpost("以下是公告全文：") && !full_text_signpost("请参阅原文") && !full_text_signpost("以下为原文中提到的各项措施的具体说明"));
    }

    #[test]
    fn a_recruitments_prospectus_under_its_web_headline_is_titled_by_its_kind() {
        let p = head(
            "2021年某旗事业单位招聘206人简章\n某旗2021年度事业单位公开招聘工作人员简章\n为做好某旗2021年度事业单位公开招聘工作，根据实施方案，制定本简章。\n一、招聘人数和范围\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某旗2021年度事业单位公开招聘工作人员简章"));
    }

    #[test]
    fn a_reposted_批复_under_a_lead_and_a_photo_credit_keeps_its_issuer_line_as_the_issuer() {
        let p = head(
            "日前，四川省人民政府批复设立一批院校，同意设立成都轨道交通职业学院。\n图源：四川省人民政府官网截图\n四川省人民政府\n关于同意设立成都轨道交通职业学院的批复\n川府函〔2024〕110 号\n教育厅：\n《请示》收悉。经研究，现批复如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于同意设立成都轨道交通职业学院的批复"));
        assert_eq!(p.meta.issuer, vec!["四川省人民政府".to_string()]);
        // (the number closed up to its 号, as GB/T 9704 prints it)
        assert_eq!(p.meta.doc_number.as_deref(), Some("川府函〔2024〕110号"));
        assert_eq!(p.meta.addressee.as_deref(), Some("教育厅"));
    }

    #[test]
    fn the_day_a_press_release_opens_with_dates_it_while_the_text_shows_none() {
        let p = head(
            "新闻发布\n2020年7月14日\n市建局设施暂停开放\n因应最近政府应对2019冠状病毒疫情的防疫措施，市区重建局（市建局）今天（2020年7月14日）宣布，将於明天起，暂停开放辖下各项设施，以及所有教育活动及公众导赏服务，直至另行通告。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("市建局设施暂停开放"));
        assert_eq!(p.meta.date.as_deref(), Some("2020-07-14"));
    }

    #[test]
    fn a_storys_headline_only_the_last_step_of_the_trail_shows_is_its_title() {
        let p = head(
            "当前位置：首页 > 新闻动态 > 本院动态 > 凤阳县中医院召开创建全国基层中医药先进单位迎检部署会\n为了迎接即将到来的全国基层中医药先进单位检查，10月22日上午，凤阳县中医院召开迎检部署会。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("凤阳县中医院召开创建全国基层中医药先进单位迎检部署会"));
        // a section's name ends no story's trail
        let p = head("您当前的位置：首页 → 新闻中心 → 工作动态\n为了迎接即将到来的全国基层中医药先进单位检查，10月22日上午，凤阳县中医院召开迎检部署会。\n");
        assert_eq!(p.meta.title, None);
        let p = head(
            "当前位置：首页 > 政务公开 > 县政府常务会议及重要会议\n为了迎接即将到来的全国基层中医药先进单位检查，10月22日上午，凤阳县中医院召开迎检部署会。\n",
        );
        assert_eq!(p.meta.title, None);
        let p = head("当前位置：首页 > 新闻动态 > 本院动态\n为了迎接即将到来的全国基层中医药先进单位检查，10月22日上午，凤阳县中医院召开迎检部署会。\n");
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_press_releases_headline_over_its_rule_of_stars_is_the_title() {
        let p = head(
            "公立医院急症室服务及住院病床使用率\n*****************\n\n下稿代医院管理局发出：\n\n  在服务需求高峰期期间，医院管理局密切监察辖下公立医院急症室服务的数据，并会每日发布有关重点服务数据。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("公立医院急症室服务及住院病床使用率"));
    }

    #[test]
    fn a_reposted_notice_under_a_lead_with_its_organ_line_and_addressee_keeps_its_head() {
        let p = head(
            "日前，国家体育总局下发《体育总局办公厅关于公布首批全国县域足球典型的通知》，公布了首批全国县域足球典型。\n\n体育总局办公厅\n\n关于公布首批全国县域足球典型的通知\n\n各省、自治区、直辖市、新疆生产建设兵团体育行政部门：\n\n为切实贯彻《中国足球改革发展总体方案》，体育总局启动了推荐工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于公布首批全国县域足球典型的通知"));
        assert_eq!(p.meta.issuer, vec!["体育总局办公厅".to_string()]);
        assert_eq!(p.meta.addressee.as_deref(), Some("各省、自治区、直辖市、新疆生产建设兵团体育行政部门"));
    }

    #[test]
    fn an_attachment_note_naming_a_notice_over_its_number_under_the_text_is_no_reposted_head() {
        let p = head(
            "各镇（街）经济科技信息局，有关单位：\n现将《广东省经济和信息化委关于推荐试点示范项目的通知》转发给您们，并就有关事项通知如下：\n一、请你们按照省和国家文件的要求，认真做好项目的组织申报工作。\n特此通知。\n附件：广东省经济和信息化委关于推荐试点示范项目的通知\n（粤经信融合函〔2018〕23号）\n",
        );
        assert_eq!(p.meta.title, None);
        assert!(p.lines[1].is_text() && p.lines[2].is_text(), "the text stays: {:?}", p.lines[1].class);
    }

    #[test]
    fn a_subtitle_wrapped_onto_a_second_line_is_one_subtitle() {
        let p = head(
            "（2016年12月10日武汉市武昌区第十五届人民代表大会\n第一次会议通过）\n武汉市武昌区第十五届人民代表大会第一次会议听取并审议了区人民政府工作报告，决定批准这个报告。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("（2016年12月10日武汉市武昌区第十五届人民代表大会第一次会议通过）"));
        let p = head(
            "——2021年12月23日在北京市第十五届人民代表大会\n常务委员会第三十六次会议上\n北京市审计局局长 马兰霞\n主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，向市人大常委会报告审计查出问题的整改情况，请审议。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("——2021年12月23日在北京市第十五届人民代表大会常务委员会第三十六次会议上"));
        assert_eq!(p.meta.title, None, "the speaker's line is no title");
        assert!(speaker_line("北京市审计局局长 马兰霞") && !speaker_line("关于印发方案的 通知"));
    }

    #[test]
    fn a_resolution_is_dated_by_its_subtitle_not_by_the_pages_publication_time() {
        let p = head(
            "某市关于政府工作报告的决议\n发布时间：2023-03-15 07:26:00\n（2023年3月13日市十六届人大三次会议第四次全体会议通过）\n会议听取和审议了市人民政府所作的政府工作报告，决定批准这个报告。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2023-03-13"));
        // the page's date line under the 题注
        let p = head(
            "重庆市第六届人民代表大会第二次会议关于重庆市高级人民法院工作报告的决议\n（2024年1月24日重庆市第六届人民代表大会第二次会议通过）\n日期：2024年04月24日\n来源：重庆人大\n重庆市第六届人民代表大会第二次会议听取和审议了市高级人民法院院长所作的工作报告。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2024-01-24"));
        // a report's occasion line dates nothing
        let p = head("——2019年12月26日在郑州市第十五届人民代表大会常务委员会第十一次会议上\n我受市人民政府委托，向市人大常委会报告，请审议。\n");
        assert_eq!(p.meta.date, None);
    }

    #[test]
    fn a_headline_dressing_up_the_documents_own_title_gives_way_to_it() {
        let p = head(
            "新乡长垣市关于实施交通管制的通告（长垣市交通管理局）\n\n  关于实施交通管制的通告\n\n  当前黄河下游河道仍处于大流量过程，与防汛无关人员严禁进入。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于实施交通管制的通告"));
    }

    #[test]
    fn a_sites_column_over_a_title_does_not_open_it() {
        let p = head(
            "省人大颁布的地方法规\n\n  黑龙江省预算管理条例\n  （1991年3月13日黑龙江省第七届人民代表大会第四次会议第三次大会通过）\n  第一条 为加强预算管理，制定本条例。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("黑龙江省预算管理条例"));
        assert_eq!(p.meta.date.as_deref(), Some("1991-03-13"));
    }

    #[test]
    fn a_headline_of_two_paired_phrases_is_one_title() {
        let p = head(
            "推动优化调整川渝合作机制\n系统谋划明年重点任务\n  记者从联合办公室获悉，近日，联合办公室召开主任调度会议，研究部署明年重点工作任务，会议由办公室主任主持。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("推动优化调整川渝合作机制系统谋划明年重点任务"));
        // a portal's headline over the document's own title: two titles, not a pair
        let p = head(
            "2021年某旗事业单位招聘206人简章\n某旗2021年度事业单位公开招聘工作人员简章\n为做好某旗2021年度事业单位公开招聘工作，根据有关规定，现将有关事项公告如下。\n一、招聘人数和范围\n",
        );
        assert_ne!(p.meta.title.as_deref(), Some("2021年某旗事业单位招聘206人简章某旗2021年度事业单位公开招聘工作人员简章"));
    }

    #[test]
    fn a_bulletins_full_issue_without_its_name_still_makes_a_bulletin() {
        let p = head(
            "2021年第8期(总第175期)\n武汉轻工大学发展规划与学科建设处 2021年9月\n【国内要闻】\n▲习近平在中央人才工作会议上强调，深入实施新时代人才强国战略，加快建设世界重要人才中心和创新高地。\n",
        );
        let b = p.meta.bulletin.as_ref().expect("a bulletin");
        assert_eq!((b.issue.as_deref(), b.total_issue.as_deref()), (Some("2021年第8期"), Some("总第175期")));
        assert_eq!(p.meta.issuer, vec!["武汉轻工大学发展规划与学科建设处".to_string()]);
    }

    #[test]
    fn a_revision_dated_to_the_day_under_the_title_is_its_subtitle() {
        let p = head("中国工程建设焊接协会章程\n\n(2020年9月5日修订)\n\n第一章 总则\n第一条 本团体的名称为中国工程建设焊接协会。\n");
        assert_eq!(p.meta.title.as_deref(), Some("中国工程建设焊接协会章程"));
        assert_eq!(p.meta.date.as_deref(), Some("2020-09-05"));
        let p = head("某市物业管理办法\n（2020年修订）\n第一条 为了规范物业管理，制定本办法。\n");
        assert_eq!(p.meta.title.as_deref(), Some("某市物业管理办法（2020年修订）"), "a year alone qualifies the title");
    }

    #[test]
    fn a_news_headline_over_its_subtitle_and_the_pages_metadata() {
        let p = head(
            "新疆维吾尔自治区政协召开主席会议\n\n决定9月26日召开自治区政协十二届二十二次常委会会议\n\n2022年09月22日15:06 | 来源:新疆日报\n\n9月21日，十二届自治区政协第六十次主席会议召开，决定常委会会议9月26日至27日在乌鲁木齐召开。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("新疆维吾尔自治区政协召开主席会议"));
        assert_eq!(p.meta.subtitle.as_deref(), Some("决定9月26日召开自治区政协十二届二十二次常委会会议"));
    }

    #[test]
    fn a_title_and_its_number_on_one_line_are_parted() {
        let p = head("武汉市黄陂区人民政府征收土地公告 陂征〔2025〕字第3-3号\n根据有关规定，现将征收土地有关事项公告如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("武汉市黄陂区人民政府征收土地公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("陂征〔2025〕字第3-3号"));
        // (or run into the title's kind)
        let p = head(
            "关于印发《安徽工业大学重点试验室建设与管理办法（暂行）》的通知安工大﹝2009﹞49号\n各院（部），行政各部门：\n现将办法印发给你们，请遵照执行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于印发《安徽工业大学重点试验室建设与管理办法（暂行）》的通知"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("安工大﹝2009﹞49号"));
        let p = head("某某县教育局转发省教育厅关于做好招生工作的通知鲁教学字〔2024〕5号\n各学校：\n现将省教育厅通知转发给你们，请遵照执行。\n");
        assert_eq!(p.meta.doc_number, None);
    }

    #[test]
    fn a_masthead_without_its_name_still_gives_the_unit_and_the_date() {
        let p = head("〔2024〕第5期\n\n石鼓区人民政府办公室2024年5月30日\n\n2024年5月23日上午，区长主持召开区政府常务会议。现将议定事项纪要如下：\n");
        assert_eq!(p.meta.issuer, vec!["石鼓区人民政府办公室".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2024-05-30"));
        assert_eq!(p.meta.title, None, "neither the issue nor the unit is a title");
    }

    #[test]
    fn a_law_sites_version_year_after_the_title_is_not_the_titles() {
        assert_eq!(without_year_tag("哈尔滨市城市道路管理条例（2020）"), "哈尔滨市城市道路管理条例");
        assert_eq!(without_year_tag("哈尔滨市城市道路管理条例（2020年修订）"), "哈尔滨市城市道路管理条例");
        assert_eq!(without_year_tag("内蒙古自治区预算外资金管理条例（1995修正）"), "内蒙古自治区预算外资金管理条例");
        assert_eq!(without_year_tag("某市物业管理办法（试行）"), "某市物业管理办法（试行）");
        assert_eq!(without_year_tag("关于做好2020年工作的通知"), "关于做好2020年工作的通知");
        assert_eq!(
            without_year_tag("(1988年)国务院办公厅关于六个国家专业投资公司外事审批权问题的复函"),
            "国务院办公厅关于六个国家专业投资公司外事审批权问题的复函"
        );
        assert_eq!(without_year_tag("（2020）关于做好工作的通知"), "关于做好工作的通知");
        assert_eq!(without_year_tag("（2020年）"), "（2020年）");
    }

    #[test]
    fn a_bulletins_name_and_issue_on_one_line_are_its_masthead() {
        assert_eq!(name_and_issue("高教发展信息第24期"), Some(("高教发展信息".into(), "第24期".into())));
        assert_eq!(name_and_issue("工作简报2020年第3期（总第91期）"), Some(("工作简报".into(), "2020年第3期（总第91期）".into())));
        assert_eq!(name_and_issue("关于第24期简报的说明"), None);
        assert_eq!(name_and_issue("青岛市人民政府公报(2019年第5、6期)"), Some(("青岛市人民政府公报".into(), "2019年第5、6期".into())));
        let p = head("高教发展信息第24期\n\n本期关注：书院制教育考察报告\n\n香港中文大学的书院制源于英国，其学院由学生组成，负责学生的生活和教育。\n");
        let b = p.meta.bulletin.as_ref().expect("a masthead");
        assert_eq!((b.name.as_deref(), b.issue.as_deref()), (Some("高教发展信息"), Some("第24期")));
    }

    #[test]
    fn a_page_without_a_title_that_opens_with_its_date_in_brackets_has_that_date() {
        let p = head("（2009年4月13日）\n为深入贯彻落实科学发展观，加快富民强省步伐，特作出如下决定。\n一、重大意义\n");
        assert_eq!(p.meta.date.as_deref(), Some("2009-04-13"));
        assert_eq!(p.lines[0].class, Class::Moved(Field::Date));
    }

    #[test]
    fn a_model_text_sites_year_before_the_title_is_not_the_title() {
        let p = head(
            "2022关于留坝县创森迎检工作督查情况的通报\n\n关于留坝县创森迎检工作督查情况的通报\n\n为迅速落实市委、市政府召开的推进会精神，市创建办组织人员进行了实地督查，现将有关情况通报如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于留坝县创森迎检工作督查情况的通报"));
        let p = head("2022年工作要点\n\n为做好今年的工作，现提出如下要点，请各单位认真贯彻落实。\n");
        assert_eq!(p.meta.title.as_deref(), Some("2022年工作要点"), "a title that opens with its year keeps it");
    }

    #[test]
    fn joint_issuers_on_the_titles_first_line_are_the_issuers() {
        let p = head(
            "中共江西省委 江西省人民政府关于\n全面深化新时代教师队伍建设改革的实施意见\n为深入学习贯彻新思想，大力实施教育强省战略，造就高素质专业化创新型教师队伍，提出如下实施意见。\n",
        );
        assert_eq!(p.meta.issuer, ["中共江西省委", "江西省人民政府"]);
        assert_eq!(p.meta.title.as_deref(), Some("中共江西省委江西省人民政府关于全面深化新时代教师队伍建设改革的实施意见"));
    }

    #[test]
    fn a_listed_companys_title_stands_under_its_securities_line_not_the_sites_headline() {
        let p = head(
            "某某股份(301602) - 董事会决议公告\n证券代码:301602 证券简称:某某股份 公告编号:2025-013 某某仪器股份有限公司 第二届董事会第八次会议决议公告 本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某某仪器股份有限公司第二届董事会第八次会议决议公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("2025-013"));
        assert!(p.lines.iter().any(|l| l.is_text() && l.text.starts_with("本公司及董事会")), "the statement stays in the text");
    }

    #[test]
    fn a_headline_naming_only_the_issuer_and_a_kind_gives_way_to_the_title_under_the_number() {
        let p = head(
            "某某能源股份有限公司公告(系列) 2015-12-16 来源:证券时报网 作者:\n证券代码:000862 证券简称:某某能源 公告编号:2015-059 某某能源股份有限公司 第六届董事会第九次临时会议决议公告 本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某某能源股份有限公司第六届董事会第九次临时会议决议公告"));
    }

    #[test]
    fn a_reposters_signpost_over_a_title_opens_the_document_it_reposts() {
        let p = head(
            "注意！县城这些地方禁止种植各类农作物！请尽快清理\n\n小伙伴们注意啦！\n\n根据县“双创”工作的部署和要求，决定对县城区范围内的西江、贺江岸边，山边林地、路边闲置地种植的各类农作物进行统一清理，清理后严禁种植各类农作物！\n\n详细通告如下\n☟☟\n\n关于严禁在县城区种植农作物的通告\n\n为创建卫生、清洁、有序、优美的城市，营造宜居的工作和生活环境，现通告如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于严禁在县城区种植农作物的通告"));
        assert!(p.lines[..9].iter().all(|l| !l.is_text()), "{:?}", p.lines.iter().map(|l| (&l.text, &l.class)).collect::<Vec<_>>());
        assert!(signpost("原文如下：") && !signpost("经研究，现将有关事项通知如下："));
    }

    #[test]
    fn an_orders_number_under_its_mark_is_the_marks_and_keeps_its_own_closing_bracket() {
        let p = head(
            "四川省地名管理办法\n四川省人民政府令\n第368号\n《四川省地名管理办法》已经2025年10月13日省政府第57次常务会议审议通过，现予公布，自2026年1月1日起施行。\n省长 施小琳\n2025年10月22日\n四川省地名管理办法\n第一条 为了加强和规范地名管理，制定本办法。\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("四川省人民政府令第368号"));
        assert_eq!(p.lines[1].class, Class::Moved(Field::DocNumber));
        assert_eq!(unbracketed("（2010年第3号）"), "2010年第3号");
        assert_eq!(unbracketed("第368號（hào）"), "第368號（hào）");
    }

    #[test]
    fn a_paragraph_opening_the_page_and_standing_again_under_the_head_is_the_sites_summary() {
        let lead = "近日，国家电网公司电子商务平台公布了中标公告，某某铁塔股份有限公司合计中标约2.6亿元。";
        let p = head(&format!(
            "{lead}\n证券代码:002545 证券简称:某某铁塔 公告编号:2022-075\n某某铁塔股份有限公司\n关于国家电网项目中标的公告\n本公司及董事会全体成员保证公告的内容真实、准确、完整。\n{lead}\n"
        ));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        assert_eq!(p.meta.title.as_deref(), Some("某某铁塔股份有限公司关于国家电网项目中标的公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("2022-075"));
        assert!(p.lines[5].is_text());
    }

    #[test]
    fn a_title_printed_twice_and_run_together_is_read_once() {
        assert_eq!(undoubled("公司办公会议制度公司办公会议制度"), "公司办公会议制度");
        assert_eq!(undoubled("关于做好工作的通知"), "关于做好工作的通知");
        assert_eq!(undoubled("通知通知"), "通知通知");
        // (the second copy cut short)
        assert_eq!(undoubled("关于“近期网上诋毁医院”的郑重声明关于“近期网上诋毁医院”的郑重"), "关于“近期网上诋毁医院”的郑重声明");
        // (not a title whose words come back once, shorter than half of it)
        assert_eq!(undoubled("关于做好关于安全生产工作的通知关于做"), "关于做好关于安全生产工作的通知关于做");
    }

    #[test]
    fn a_number_with_its_signer_glued_after_it_gives_both() {
        for line in ["中裝協〔2011〕72號簽發人:劉曉一", "中装协〔2011〕72号 签发人：刘晓一"] {
            let p = head(&format!(
                "{line}\n关于全国建筑工程装饰奖第一批入选工程的通知\n各省建筑装饰协会：\n根据有关规定，现将名单通知你们，请各单位认真组织学习，做好相关工作。\n"
            ));
            assert_eq!(
                p.meta.doc_number.as_deref().map(|n| n.replace('裝', "装").replace('協', "协").replace('號', "号")).as_deref(),
                Some("中装协〔2011〕72号")
            );
            assert_eq!(p.meta.signers.len(), 1, "{line}");
            assert_eq!(p.meta.title.as_deref(), Some("关于全国建筑工程装饰奖第一批入选工程的通知"));
        }
        // two people, a space apart
        for line in ["某政〔2024〕12号                签发人：张建国 李卫东", "中装协〔2011〕72号签发人：刘晓一 王小二"] {
            let p = head(&format!("{line}\n关于做好工作的请示\n市人民政府：\n现将有关情况请示如下，请予审批。\n"));
            assert_eq!(p.meta.signers.len(), 2, "{line}: {:?}", p.meta.signers);
            assert!(p.meta.signers.iter().all(|n| n.chars().count() == 3 && line.contains(n.as_str())), "{:?}", p.meta.signers);
        }
    }

    #[test]
    fn a_letter_spaced_or_weighted_kind_over_the_text_is_the_title() {
        let text =
            "声 明\n近期，有群众反映多家社会组织在宣传推广某工程时，冠以我会名义，造成了不良影响。针对这一情况，我会郑重声明：\n一、我会未参与任何此类项目。\n";
        let p = head(text);
        assert_eq!(p.meta.title.as_deref(), Some("声明"));
        assert_eq!(p.lines[0].class, Class::Moved(Field::Title));
        // unspaced, a kind alone over the text may be a column's name: no title
        let p = head(&text.replacen("声 明", "声明", 1));
        assert!(p.lines[0].is_text());
        // given its weight, it is set as a title is: no column is called so
        let p = head(&text.replacen("声 明", "严正声明", 1));
        assert_eq!(p.meta.title.as_deref(), Some("严正声明"));
        // or a notice of its own named with its matter
        let p = head(&text.replacen("声 明", "征文启事", 1));
        assert_eq!(p.meta.title.as_deref(), Some("征文启事"));
        let p = head(&text.replacen("声 明", "最新公告", 1));
        assert!(p.meta.title.is_none());
        let p = head(&text.replacen("声 明", "施工公告", 1));
        assert_eq!(p.meta.title.as_deref(), Some("施工公告"));
        let p = head(&text.replacen("声 明", "通知公告", 1));
        assert!(p.meta.title.is_none());
        let p = head(&text.replacen("声 明", "警情通报", 1));
        assert_eq!(p.meta.title.as_deref(), Some("警情通报"));
        let p = head(&text.replacen("声 明", "工作通报", 1));
        assert!(p.meta.title.is_none());
        // the page's follow prompt between the kind and the text
        let p = head(&text.replacen("声 明", "声 明\n关注本网微信", 1));
        assert_eq!(p.meta.title.as_deref(), Some("声明"));
    }

    #[test]
    fn a_forums_repost_tag_in_braces_is_no_part_of_the_title() {
        let p = head(
            "{轉載}廣州市住房和城鄉建設局關于建立二手住房交易參考價格發布機制的通知\n各區住房城鄉建設部門:\n為進一步規范二手住房交易秩序,現就有關事項通知如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("廣州市住房和城鄉建設局關于建立二手住房交易參考價格發布機制的通知"));
    }

    #[test]
    fn a_kind_spaced_wide_on_the_titles_last_line_is_closed_up() {
        let p = head("  关于启动防汛防风Ⅳ级应急响应的\n\n  通       知\n\n  各市、县防汛指挥部:\n  根据气象预报，现启动应急响应。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于启动防汛防风Ⅳ级应急响应的通知"));
        // one wide gap is no letter-spacing: the Latin name keeps its spaces
        let p = head("关于举办 Open Source Day 活动的通知  （第二轮）\n各学院：\n现将有关事项通知如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于举办 Open Source Day 活动的通知（第二轮）"));
        // the spaces around a Latin name in a title that is not letter-spaced stay
        let p = head("关于举办 Open Source Day 活动的通知\n各学院：\n现将有关事项通知如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于举办 Open Source Day 活动的通知"));
    }

    #[test]
    fn a_kind_alone_over_the_addressee_is_the_title() {
        let p = head("通 知\n集团各部门:\n为了迎接省评专家组进校，经集团研究，在全集团范围内开展一次卫生大扫除活动，现将有关事项通知如下：\n");
        assert_eq!(p.meta.title.as_deref(), Some("通知"));
        assert_eq!(p.meta.addressee.as_deref(), Some("集团各部门"));
        // (a kind in traditional forms)
        let p = head("倡 議 書\n全市廣大居民朋友們:\n住戶調查是一項重要的民生調查，目的是全面、準確地反映居民收支情況。\n");
        assert_eq!(p.meta.title.as_deref(), Some("倡議書"));
        assert_eq!(p.meta.addressee.as_deref(), Some("全市廣大居民朋友們"));
    }

    #[test]
    fn a_title_shown_with_a_sites_word_after_it_is_the_title_without_it() {
        let p = head(
            "2017年第7次校长办公会会议纪要参考\n\n  2017年第7次校长办公会会议纪要\n\n2017年第7次校长办公会会议纪要参考\n\n4月5日上午，学校在办公楼517会议室召开校长办公会议，会议由校长主持。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("2017年第7次校长办公会会议纪要"));
    }

    #[test]
    fn a_kind_shown_again_alone_under_an_organ_is_the_title_and_the_organ_none_of_its_words() {
        let p = head(
            "瓊海市新型冠狀病毒肺炎疫情防控工作指揮部\n新冠疫苗接種通告\n新冠疫苗接種通告\n當前新冠肺炎疫情防控仍處于關鍵階段，接種新冠疫苗是預防新冠肺炎病毒感染的最有效措施之一。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("新冠疫苗接種通告"));
        let p = head(
            "嘉宾参访\n\n声 明\n\n声 明\n\n2011年4月7日到9日，徐州九里山白云寺庙会期间，在白云寺大殿内供奉的所谓佛牙舍利来历不明，望广大信众不要被误导。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("声明"));
    }

    #[test]
    fn an_organ_that_signs_the_text_heads_its_titled_notice_without_being_its_words() {
        let text = "罗定市文学艺术界联合会\n纪念抗日战争胜利70周年书画展征稿启事\n今年是抗日战争胜利70周年，市文联拟于今年6月初举办书画展。有关征稿事项如下：\n一、征稿对象：本市书协、美协会员及书画爱好者。\n罗定市文学艺术界联合会\n2015年4月29日\n";
        let p = head(text);
        assert_eq!(p.meta.title.as_deref(), Some("纪念抗日战争胜利70周年书画展征稿启事"));
        assert_eq!(p.meta.issuer, ["罗定市文学艺术界联合会"]);
        // (over the kind alone it names the notice; an organ that does not sign heads the title)
        let p = head(&text.replace("纪念抗日战争胜利70周年书画展征稿启事", "公 告"));
        assert_eq!(p.meta.title.as_deref(), Some("罗定市文学艺术界联合会公告"));
        let p = head(&text.replace("罗定市文学艺术界联合会\n2015", "2015"));
        assert_eq!(p.meta.title.as_deref(), Some("罗定市文学艺术界联合会纪念抗日战争胜利70周年书画展征稿启事"));
        // (a verb goes on from the organ's name: one title wrapped)
        let p = head(
            "最高人民法院\n印发《关于深化司法责任制综合配套改革的实施意见》的通知\n各省、自治区、直辖市高级人民法院：\n现将实施意见印发给你们，请结合实际认真贯彻执行。\n最高人民法院\n2020年8月4日\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("最高人民法院印发《关于深化司法责任制综合配套改革的实施意见》的通知"));
    }

    #[test]
    fn a_headline_that_restates_a_letters_subject_is_its_title() {
        let p = head(
            "訊息佈達\n\n\n衛生局函轉知 中央疫情指揮中心有關因應國內COVID-19疫情發展,經衡酌民眾探病需求及醫院防疫安全,自12/10起調整全國醫院探病者之篩檢措施,請落實執行\n\n\
             主旨:轉知嚴重特殊傳染性肺炎中央流行疫情指揮中心,有關因應國內COVID-19疫情發展,經衡酌民眾探病需求及醫院防疫安全,自本(111)年12月10日起調整全國醫院探病者之篩檢措施,請查照。\n\n說明:依據中央流行疫情指揮中心函辦理。\n",
        );
        assert!(p.meta.title.as_deref().is_some_and(|t| t.starts_with("衛生局函轉知") && t.ends_with("請落實執行")), "{:?}", p.meta.title);
        // (a headline that says something else is no restatement)
        let p = head(
            "訊息佈達\n\n本局公告欄，請各單位留意下列事項，並轉知所屬人員周知辦理，如有疑問請洽承辦人員\n\n主旨:轉知中央流行疫情指揮中心調整全國醫院探病者之篩檢措施,請查照。\n\n說明:依據中央流行疫情指揮中心函辦理。\n",
        );
        assert_eq!(p.meta.title, None);
    }

    #[test]
    fn a_reposted_notices_formal_title_over_its_text_outranks_the_posts_guessed_headline() {
        let text = "《今晚停水通知》\n今晚，福州部分区域将面临停水状况，居民们需提前做好准备，储备足够的生活用水，以免影响日常生活。\n\
                    最新通知，即将停水！福州市鼓楼区这些区域将受影响，请做好准备。\n\
                    关于2024年8月7日23:00至8月8日5:00前鼓楼区黄巷工程项目的停水通知\n\
                    为配合三坊七巷西侧通湖路及黄巷给水管道工程，我司将对鼓楼区黄巷供水管道进行施工，届时黄巷两侧沿线用户将暂停供水，辐射周边区域用户水压下降，请广大用户提前做好储水准备，给您带来不便，敬请谅解。\n";
        let p = head(text);
        assert_eq!(p.meta.title.as_deref(), Some("关于2024年8月7日23:00至8月8日5:00前鼓楼区黄巷工程项目的停水通知"));
        // (a story's line that names a report is no head)
        let p = head(&text.replace("关于2024年8月7日", "会议听取、审议并通过了《代表议案审查委员会关于2024年8月7日"));
        assert_eq!(p.meta.title.as_deref(), Some("今晚停水通知"));
    }

    #[test]
    fn a_rules_short_name_under_a_columns_name_over_its_first_item_is_the_title() {
        let p = head(
            "本馆介绍\n办证须知\n1. 凡年满12周岁以上的读者，持本人有效身份证件均可办理。3—15周岁读者可办理少儿读者证。\n2. 普通读者证：借阅保证金100元。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("办证须知"));
        // (a title's line over it is no column's name)
        let p = head("图书馆关于调整开放时间的通知\n办证须知\n1. 凡年满12周岁以上的读者，持本人有效身份证件均可办理。\n");
        assert_eq!(p.meta.title.as_deref(), Some("图书馆关于调整开放时间的通知"));
    }

    #[test]
    fn a_periodicals_name_with_its_counted_issue_in_brackets_is_its_masthead() {
        let p = head(
            "慈善之声(2023年4月 总第53期)\n\n2023-05-08\n\n热点聚焦\n\n民政部召开部管社会组织主题教育动员部署会\n\n4月14日，民政部召开部管社会组织主题教育动员部署会。会议指出，开展主题教育是重大举措。\n",
        );
        let b = p.meta.bulletin.as_ref().expect("a masthead");
        assert_eq!((b.name.as_deref(), b.issue.as_deref(), b.total_issue.as_deref()), (Some("慈善之声"), Some("2023年4月"), Some("总第53期")));
        assert_eq!(counted_name("慈善之声(总第53期)"), Some(("慈善之声".to_string(), "（总第53期）".to_string())));
        assert_eq!(counted_name("关于做好2023年工作的通知(第53期)"), None);
    }

    #[test]
    fn a_title_shown_twice_one_line_under_the_other_is_one_title() {
        let p = head(
            "当前位置:首页 > 地方要闻 > 安徽\n给安徽致公各级组织及全体党员的倡议书\n给安徽致公各级组织及全体党员的倡议书 \n\n  目前，新型冠状病毒感染的肺炎疫情防控形势依然严峻复杂，全国人民正在开展防控工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("给安徽致公各级组织及全体党员的倡议书"));
    }

    #[test]
    fn a_title_that_goes_on_with_ji_after_its_kind_is_one_title() {
        let p = head(
            "武汉某某集团股份有限公司第四届董事会第15次会议决议公告\n暨召开2003年度股东大会的通知\n\n    公司第四届董事会第15次会议于2004年4月18日在集团公司五楼会议室召开。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("武汉某某集团股份有限公司第四届董事会第15次会议决议公告暨召开2003年度股东大会的通知"));
    }

    #[test]
    fn a_reports_dashed_subtitle_and_the_reporting_body_under_it() {
        let p = head(
            "关于某市2022年计划执行情况的报告\n——2023年1月4日在某市第十四届人民代表大会第二次会议上\n某市发展和改革委员会\n各位代表:\n受市人民政府委托，向大会报告计划执行情况，请予审议。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("——2023年1月4日在某市第十四届人民代表大会第二次会议上"));
        assert_eq!(p.meta.issuer, ["某市发展和改革委员会"]);
        assert_eq!(p.meta.addressee.as_deref(), Some("各位代表"));
        // a dash opening a sentence is no 题注
        assert!(!is_subtitle("——这是在会议上提出的要求，各单位要抓好落实。"));
        // one dash, the line wrapped as a narrow page set it
        let p = head(
            "关于2020年度县级预算执行和其他财政收支的审计工作报告\n—2021年9月2日在乳源瑶族自治县第十二届\n人民代表大会常务委员会第三十九次会议上\n县人大常委会主任、各位副主任，委员：\n我受县人民政府委托，向县人大常委会报告审计工作情况，请予审议。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("—2021年9月2日在乳源瑶族自治县第十二届人民代表大会常务委员会第三十九次会议上"));
        assert!(!is_subtitle("—这是在会议上提出的要求，各单位要抓好落实。"));
    }

    #[test]
    fn a_resolution_shown_without_its_title_opens_with_its_subtitle() {
        let p =
            head("（2016年10月27日某市第七届人民代表大会常务委员会第三十六次会议通过） 某市第七届人民代表大会常务委员会第三十六次会议听取了报告，决定批准。\n");
        assert_eq!(p.meta.subtitle.as_deref(), Some("（2016年10月27日某市第七届人民代表大会常务委员会第三十六次会议通过）"));
        assert!(p.lines.iter().any(|l| l.is_text() && l.text.starts_with("某市第七届")));
    }

    #[test]
    fn joint_issuers_written_without_a_space_are_cut_where_a_name_ends() {
        assert_eq!(joint_issuers("中共福州市委办公厅福州市人民政府办公厅"), ["中共福州市委办公厅", "福州市人民政府办公厅"]);
        assert_eq!(joint_issuers("福州市人民政府办公厅"), ["福州市人民政府办公厅"]);
        assert_eq!(joint_issuers("国家发展和改革委员会办公厅"), ["国家发展和改革委员会办公厅"]);
        assert_eq!(issuers_before_about("中共某市委办公厅某市人民政府办公厅 关于征集项目建议的通告"), ["中共某市委办公厅", "某市人民政府办公厅"]);
    }

    #[test]
    fn a_letter_spaced_masthead_over_its_issue_and_the_headline_that_repeats_it() {
        let p = head(
            "四川要闻2020年第24期(总第91期)(2020年6月8日—6月14日)\n发布时间:2020-06-17 【字体:\n四 川 要 闻\n2020年第24期(总第91期)\n(2020年6月8日—6月14日)\n6月8日  全省服务业产业融资对接会在成都举行，现场签约项目一百余个。\n",
        );
        let b = p.meta.bulletin.as_ref().expect("a masthead");
        assert_eq!(b.name.as_deref(), Some("四川要闻"));
        assert_eq!(b.issue.as_deref(), Some("2020年第24期"));
        assert_eq!(b.total_issue.as_deref(), Some("总第91期"));
        assert_eq!(p.meta.title, None, "the headline repeats the masthead");
        assert_eq!(p.lines[0].class, Class::Residue(Reason::DuplicateTitle));
        assert!(!p.lines[1].is_text(), "the page's metadata above the masthead goes");
    }

    #[test]
    fn a_titles_qualifier_on_the_line_under_it_finishes_it() {
        let p = head("某某大学校长办公会议组织办法\n(试  行)\n第一章 总则\n第一条 校长办公会议是学校最高行政会议，由校长主持。\n");
        assert_eq!(p.meta.title.as_deref(), Some("某某大学校长办公会议组织办法（试行）"));
        assert_eq!(p.lines[1].class, Class::Moved(Field::Title));
    }

    #[test]
    fn a_letter_spaced_name_over_a_supplements_issue_and_its_unit_and_date_is_a_masthead() {
        let p = head(
            "信 息 简 报\n增刊第7期\n中共衢州市委办公室 2005年4月27日\n市委书记对党委信息工作作出重要批示\n4月27日，市委书记对党委信息工作作出重要批示：这几年全市党委系统信息工作扎实开展，取得明显成效，要予以表彰。\n",
        );
        let b = p.meta.bulletin.clone().expect("a masthead");
        assert_eq!(b.name.as_deref(), Some("信息简报"));
        assert_eq!(b.issue.as_deref(), Some("增刊第7期"));
        assert_eq!(p.meta.issuer, vec!["中共衢州市委办公室".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2005-04-27"));
        assert_eq!(p.meta.title.as_deref(), Some("市委书记对党委信息工作作出重要批示"));
        // a name of its own, not ending like a bulletin's, over the issue and the unit
        let p =
            head("农 垦 情 况\n第3期\n农业部农垦局  2017年2月10日\n培训班分组讨论发言摘要\n刘卿：天津农垦体量小，办社会职能改革的任务很重，我们要抓紧贯彻。\n");
        let b = p.meta.bulletin.clone().expect("a masthead");
        assert_eq!((b.name.as_deref(), b.issue.as_deref()), (Some("农垦情况"), Some("第3期")));
        assert_eq!(p.meta.issuer, vec!["农业部农垦局".to_string()]);
    }

    #[test]
    fn a_bulletins_unit_issue_and_date_on_one_line_under_its_name() {
        let p = head(
            "现代高教信息\n中国地质大学(武汉)\n发展研究中心编 第1期(总第7期) 2004年3月19日\n1.教育部部长强调：人才是高校改革发展的核心问题\n教育部党组书记、部长近日在会议上强调，要认真学习贯彻全国人才工作会议精神，这是一段正文。\n",
        );
        let b = p.meta.bulletin.clone().expect("a masthead");
        assert_eq!(b.name.as_deref(), Some("现代高教信息"));
        assert_eq!(b.issue.as_deref(), Some("第1期"));
        assert_eq!(b.total_issue.as_deref(), Some("总第7期"));
        assert_eq!(p.meta.issuer, vec!["中国地质大学（武汉）发展研究中心".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2004-03-19"));
    }

    #[test]
    fn a_document_reposted_under_a_lead_keeps_its_own_head() {
        let p = head(
            "某某镇撤乡设镇获批\n经省人民政府同意，某区撤销某某乡，设立某某镇，以原某某乡的行政区域为某某镇的行政区域，政府驻地不变。\n省人民政府批复要求各级政府在各级党委的领导下认真组织实施上述行政区划调整，依法开展工作。\n某省人民政府关于某区某某乡撤乡设镇的批复\n某政文〔2016〕28号\n某市人民政府：\n你市《关于撤乡设镇的请示》收悉。经研究，同意撤销某某乡，设立某某镇。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某省人民政府关于某区某某乡撤乡设镇的批复"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("某政文〔2016〕28号"));
        assert_eq!(p.meta.addressee.as_deref(), Some("某市人民政府"));
        assert!(matches!(p.lines[0].class, Class::Residue(_)), "the thread's headline goes");
        // the lead is the poster's, reported as such
        assert_eq!((p.lines[1].class, p.lines[2].class), (Class::Residue(Reason::Lead), Class::Residue(Reason::Lead)));
        // a page whose sentences only mention a title, with no number or addressee under it,
        // is not a repost
        let p = head(
            "某某镇撤乡设镇获批\n经省人民政府同意，某区撤销某某乡，设立某某镇。\n某省人民政府关于某区某某乡撤乡设镇的批复\n全文如下，请各单位认真学习贯彻执行。\n",
        );
        assert!(p.lines.iter().all(|l| l.class != Class::Residue(Reason::Headline)));
    }

    #[test]
    fn a_bulletins_unit_alone_under_its_issue_is_the_unit() {
        let p = head("学 习 资 料 汇 编\n(2023 年第 7 期)\n中共某某职业技术学院委员会\n2023 年 10 月 目 录\n专题一 重要讲话 ...... 1\n");
        assert_eq!(p.meta.bulletin.as_ref().and_then(|b| b.name.as_deref()), Some("学习资料汇编"));
        assert_eq!(p.meta.issuer, ["中共某某职业技术学院委员会"]);
    }

    #[test]
    fn a_law_sites_numbered_copy_of_the_title_with_its_version_tag_is_a_duplicate() {
        let p = head(
            "某自治区资金管理条例(1995修正)\n\n2024-05-15 01:31\n\n1. 某自治区资金管理条例(1995修正)\n\n第一条 为加强资金管理，制定本条例。第二条 本条例适用于全区。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某自治区资金管理条例"));
        assert_eq!(p.lines[4].class, Class::Residue(Reason::DuplicateTitle), "{:?}", p.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert_eq!(without_list_number("12、关于做好工作的通知"), "关于做好工作的通知");
        assert_eq!(without_list_number("2024年工作要点"), "2024年工作要点");
        assert_eq!(title_core("第2章 殯葬管理條例"), "殯葬管理條例");
        assert_eq!(title_core("第一章 总则"), "第一章 总则");
        assert_eq!(title_core("第2章殯葬管理條例"), "殯葬管理條例");
        assert_eq!(title_core("第二篇 某某县国土空间总体规划"), "第二篇 某某县国土空间总体规划");
    }

    #[test]
    fn a_site_name_over_a_title_that_names_its_own_issuer_is_not_part_of_it() {
        let p = head(
            "四川省某市人大\n某市第四届人民代表大会第二次会议关于政府工作报告的决议\n某市第四届人民代表大会第二次会议听取和审查了市长所作的政府工作报告。会议充分肯定市政府的工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某市第四届人民代表大会第二次会议关于政府工作报告的决议"));
        // a title wrapped before `会议关于…` is one title
        let p = head(
            "浙江省第十三届人民代表大会第二次\n会议关于政府工作报告的决议\n浙江省第十三届人民代表大会第二次会议听取和审议了省长所作的政府工作报告。会议充分肯定政府的工作。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("浙江省第十三届人民代表大会第二次会议关于政府工作报告的决议"));
    }

    #[test]
    fn a_long_plans_title_wrapped_over_phrases_is_one_title_and_a_column_over_a_title_is_not_in_it() {
        let p = head(
            "喀什地区国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n“十四五”时期是我国全面建成小康社会之后，开启全面建设社会主义现代化国家新征程的第一个五年。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("喀什地区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"));
        let p = head("政务公开\n通知公告\n关于做好春节期间安全生产工作的通知\n各单位：春节将至，现就做好安全生产工作通知如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于做好春节期间安全生产工作的通知"));
    }

    #[test]
    fn a_subtitle_that_lost_its_brackets_on_one_line_or_two() {
        let p = head(
            "國務院關於出版國務院公報的决定\n一九五五年二月十日國務院常務會議通過\n一、爲了集中地、準確地刊載國家的法律、法令和政府的决議，决定出版公報。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("一九五五年二月十日國務院常務會議通過"));
        let p = head(
            "某市第四届人民代表大会第二次会议关于政府工作报告的决议\n2017年3月29日某市第四届人民代表大会第二次会议\n第二次全体会议通过\n某市第四届人民代表大会第二次会议听取和审查了市长所作的政府工作报告。会议充分肯定市政府的工作。\n",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("2017年3月29日某市第四届人民代表大会第二次会议第二次全体会议通过"));
        // a congress's, named without 会议
        let p = head(
            "中国红十字会章程
2015年5月6日中国红十字会第十次全国会员代表大会通过
第一章  总 则
第一条  为发展中国特色红十字事业，制定本章程。
",
        );
        assert_eq!(p.meta.subtitle.as_deref(), Some("2015年5月6日中国红十字会第十次全国会员代表大会通过"));
        assert_eq!(p.meta.date.as_deref(), Some("2015-05-06"));
        // a dated line of the text is not one
        let p = head("关于做好春季防火工作的通知\n2023年3月1日起，全市进入防火期，各单位要落实责任。\n");
        assert_eq!(p.meta.subtitle, None);
    }

    #[test]
    fn a_news_columns_tag_before_the_headline_is_not_the_title() {
        assert_eq!(title_core("【时政新闻】县政府召开常务会议"), "县政府召开常务会议");
        assert_eq!(title_core("【通知】关于做好春季防火工作的通知"), "关于做好春季防火工作的通知");
        // a bracket that is the whole line is left as it is
        assert_eq!(title_core("【已废止】"), "【已废止】");
        // in ASCII brackets too
        assert_eq!(title_core("[休園公告]風災修繕及環境整理壽山動物園休園4天"), "風災修繕及環境整理壽山動物園休園4天");
        // the title again at the end of the page, in lenticular brackets, is a copy
        let p = head(
            "兰陵县城区停暖公告\n尊敬的广大热用户:\n根据县政府相关规定，3月10日24时正式停暖，累计供暖天数为116天，多供16天不再收取任何费用。\n【兰陵县城区停暖公告】\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("兰陵县城区停暖公告"));
        assert_eq!(p.lines[3].class, Class::Residue(Reason::DuplicateTitle));
    }

    #[test]
    fn a_bare_kind_under_a_reposters_signpost_over_its_salutation_is_the_title() {
        let p = head(
            "IT之家7月25日消息 据菏泽报报道，近日中国移动、中国联通、中国电信三大运营商发布公告，称将撤出小区基站。\n以下是公告原文：\n公告\n尊敬的小区广大业主、手机用户：\n你们好！\n长期以来小区部分业主对正常的移动通信基础设施建设不理解。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("公告"));
        assert_eq!(p.lines[0].class, Class::Residue(Reason::Lead));
        // (letter-spaced, under a signpost taken as the editor's line, over the text)
        let p = head(
            "谣言,已报警!青岛一医院紧急声明\n近日,平度市人民医院发布声明称,有网友散布不实信息,经核实,实属谣言。\n全文如下\n声 明\n近日,有网友以平度市人民医院名义在朋友圈散布不实信息,现严正声明如下。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("声明"));
    }

    #[test]
    fn a_headline_shown_again_with_its_source_under_its_english_version_is_the_title() {
        let p = head(
            "天主教澳門教區學校2023/2024學年答謝宴\n\nAnnual Appreciation Dinner of Diocesan Schools for the Academic Year 2023/2024\n\n天主教澳門教區學校2023/2024學年答謝宴 (天主教週報「號角報」 2024年8月2日報導) - 下載PDF版本\n\n為答謝教區九所直屬學校的校監、校長在整個學年的付出,澳門教區天主教教育委員會舉辦答謝宴。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("天主教澳門教區學校2023/2024學年答謝宴"));
        // (shown again further down, it is not this rule's)
        let page = super::super::lines::read(
            "天主教澳門教區學校2023/2024學年答謝宴\n\nAnnual Appreciation Dinner\n\n晚宴由主教主持\n\n教區學校校長出席\n\n天主教澳門教區學校2023/2024學年答謝宴 (天主教週報「號角報」 2024年8月2日報導)\n",
        );
        assert_eq!(headline_shown_again(&page), None);
        assert_eq!(
            headline_shown_again(&super::super::lines::read(&format!(
                "{}\n{}",
                "天主教澳門教區學校2023/2024學年答謝宴", "天主教澳門教區學校2023/2024學年答謝宴 (報導)"
            ))),
            Some(0)
        );
    }

    #[test]
    fn a_posts_one_sentence_headline_pointing_at_its_text_is_its_title_by_a_guess() {
        let p = head(
            "因應新冠肺炎疫情發展,本校於2月25日開學,相關說明如內文。\n因應新冠肺炎疫情發展變化,本校於109年2月12日第3次防疫會議中討論未來上課方式,會議決定維持2月25日開學。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("因應新冠肺炎疫情發展，本校於2月25日開學，相關說明如內文。"));
        assert!(p.guesses.iter().any(|(_, w)| w.contains("the title is a guess")));
        // a reposter's lead that hands over to the text is none
        let page =
            super::super::lines::read("近日，市政府印发了通知，全文如下。\n各单位要加强值守，确保信息畅通，及时报告突发情况，并做好值班记录和交接工作。\n");
        assert_eq!(pointing_headline(&page), None);
    }

    #[test]
    fn a_news_pages_headline_over_its_story_is_its_title_by_a_guess() {
        let p = head(
            "首页 > 正文\n某市五届人大常委会第三十七次会议闭幕\n9月28日下午，市五届人大常委会第三十七次会议召开第二次全体会议并闭幕。会议由市人大常委会主任主持，表决通过了多项条例和决定。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某市五届人大常委会第三十七次会议闭幕"));
        assert!(p.guesses.iter().any(|(_, w)| w.contains("the title is a guess")), "{:?}", p.guesses);
        // (or over the page's byline over its story)
        let p = head(
            "报名开始!第六届全区残疾人职业技能竞赛等你来战\n来源:     时间:2022-08-19    作者:cjr hhht\n\n       自治区残联拟于2022年11月下旬在乌海市职业技术学校举办第六届残疾人职业技能竞赛。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("报名开始！第六届全区残疾人职业技能竞赛等你来战"));
        // (under its column's name)
        let p = head(
            "公司要闻\n\n公司资产运营部完成首个废旧物资处置任务\n\n       6月23日，水利局报废的分体式斗轮挖泥船由德州德嘉拍卖有限公司进行拍卖，公司资产运营部有关负责人现场进行了监督，确保处置过程公开透明。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("公司资产运营部完成首个废旧物资处置任务"));
        // (without its column's tag, over the rule of the one-cell table a scraper set it in)
        let p = head(
            "疫情:因應疫情趨緩,即日起調整全國醫院住院病人之陪(探)病管理措施 |\n---|\n中央流行疫情指揮中心今(24)日表示,因應國內COVID-19疫情趨緩,民眾的疫苗接種率提升,衡酌民眾陪(探)病需求及醫院防疫安全,將放寬原中央規定。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("因應疫情趨緩，即日起調整全國醫院住院病人之陪（探）病管理措施"));
    }

    #[test]
    fn an_organ_mark_wrapped_over_two_lines_and_a_title_opening_with_an_acronym() {
        let p = head(
            "全国公共管理硕士（MPA）专业学位\n教育指导委员会文件\n教指委[2003]2号\nMPA 优 秀论 文 评 选 办 法\n（试  行）\nMPA学位论文是MPA培养的重要环节，是MPA教育成果的集中展现，为此制定本办法。\n",
        );
        assert_eq!(p.meta.issuer, ["全国公共管理硕士（MPA）专业学位教育指导委员会"]);
        assert_eq!(p.meta.title.as_deref(), Some("MPA优秀论文评选办法（试行）"));
        // a site's link over a whole organ mark is no piece of it
        let p = head("查古籍\n湖南省卫生厅文件\n湘卫中发[2001]3号\n湖南省卫生厅关于印发评审细则的通知\n各市州卫生局：\n现印发给你们，请认真组织实施。\n");
        assert_eq!(p.meta.issuer, ["湖南省卫生厅"]);
        // an English section label glued before a title goes
        assert_eq!(title_text(&super::super::lines::read("NEWS关于做好年度工作的通知\n"), &[0]), "关于做好年度工作的通知");
    }

    #[test]
    fn an_issuer_named_twice_above_the_title_is_one_issuer() {
        let p = head(
            "某某农业集团股份有限公司\n2023-04-26 来源:上海证券报\n证券代码:605296 证券简称:某某集团 公告编号:2023-026\n某某农业集团股份有限公司\n关于计提资产减值损失的公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n",
        );
        assert_eq!(p.meta.issuer, ["某某农业集团股份有限公司"]);
    }

    #[test]
    fn a_page_without_a_title_opens_with_its_number_and_addressee() {
        let p = head("弋府字〔2015〕23号\n清湖乡人民政府:\n你乡呈送的请示收悉，经县政府常务会议研究，现批复如下:\n");
        assert_eq!(p.meta.doc_number.as_deref(), Some("弋府字〔2015〕23号"));
        assert_eq!(p.meta.addressee.as_deref(), Some("清湖乡人民政府"));
    }

    #[test]
    fn a_number_before_the_title_in_brackets_or_after_it() {
        assert_eq!(
            split_serial("院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)"),
            ("2021-2022学年度第十次校长办公会纪要".into(), Some("院办发〔2022〕5号".into()))
        );
        assert_eq!(split_serial("关于做好安全工作的通知（岳办发〔2017〕2号）"), ("关于做好安全工作的通知".into(), Some("岳办发〔2017〕2号".into())));
        // an announcement's number of the year is part of its title
        let t = "国家药监局关于加强药品委托生产监督管理工作的公告（2023年第132号）";
        assert_eq!(split_serial(t), (t.into(), None));
        // a bracket that is no title stays with the text
        let t = "某号（第二批）";
        assert_eq!(split_serial(t), (t.into(), None));
    }

    #[test]
    fn a_header_line_opening_with_the_date_gives_the_pages_date() {
        let p = head(
            "12月25日市第十督导组督导简报\n2018-12-25  本文已影响0人  DuDuDu_e980\n12月25日上午，市城市环境卫生综合整治第十督导组对辖区进行实地督导检查，发现问题及时整改。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("2018-12-25"));
    }

    #[test]
    fn a_title_behind_a_dateline_or_in_book_title_marks() {
        assert_eq!(
            title_core("新华网北京3月16日电 第十届全国人民代表大会第五次会议关于政府工作报告的决议"),
            "第十届全国人民代表大会第五次会议关于政府工作报告的决议"
        );
        assert_eq!(title_core("厦府〔2017〕327号《厦门市人民政府关于印发运行规则的通知》"), "厦门市人民政府关于印发运行规则的通知");
        assert_eq!(title_core("《厦门市人民政府关于印发运行规则的通知》"), "厦门市人民政府关于印发运行规则的通知");
        // a title that quotes a document keeps its marks
        assert_eq!(title_core("关于印发《岚川市重点工作任务》的通知"), "关于印发《岚川市重点工作任务》的通知");
        assert_eq!(title_core("记者3月16日电告，会议如期召开"), "记者3月16日电告，会议如期召开");
        // a clock's colon parts no label from a title
        assert_eq!(title_core("关于3月8日9:00至3月9日7:00停水的通知"), "关于3月8日9:00至3月9日7:00停水的通知");
        assert_eq!(title_core("公告：关于3月8日9:00停水的通知"), "关于3月8日9:00停水的通知");
    }

    #[test]
    fn a_law_sites_byline_gives_the_documents_date_over_the_pages() {
        let p = head(
            "作者：法律资料网 时间：2024-06-17 18:13:34\n最高人民法院关于确认无效经济合同问题的批复\n1990年1月20日，最高人民法院\n内蒙古自治区高级人民法院：\n你院关于确认和处理无效经济合同采用何种法律文书的请示收悉。经研究，答复如下。\n",
        );
        assert_eq!(p.meta.date.as_deref(), Some("1990-01-20"));
        assert_eq!(p.meta.issuer, vec!["最高人民法院".to_string()]);
        assert_eq!(p.lines[2].class, Class::Moved(Field::Date));
    }

    #[test]
    fn a_title_after_the_number_and_the_issuer() {
        let p =
            head("闽政文〔2017〕321号\n福建省人民政府\n关于同意武夷山市调整\n城市总体规划的批复\n南平市人民政府：\n你市报来的请示收悉。现批复如下：同意。\n");
        // the organ's line over `关于` is the issuer's (the 信函 format's 发文机关标志), not the title's
        assert_eq!(p.meta.title.as_deref(), Some("关于同意武夷山市调整城市总体规划的批复"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("闽政文〔2017〕321号"));
        assert_eq!(p.meta.issuer, vec!["福建省人民政府".to_string()]);
        assert_eq!(p.meta.addressee.as_deref(), Some("南平市人民政府"));
    }

    #[test]
    fn an_organ_mark_names_the_issuer() {
        let p = head(
            "國資委黨委辦公室文件\n國資黨辦宣傳[2009]33號\n關于推薦2009年度首都文明單位的通知\n在京中央企業黨委：\n根據首都文明辦的要求，現將有關事項通知如下。\n",
        );
        assert_eq!(p.meta.issuer, vec!["國資委黨委辦公室".to_string()]);
        assert_eq!(p.meta.doc_number.as_deref(), Some("國資黨辦宣傳[2009]33號"));
        assert_eq!(p.meta.title.as_deref(), Some("關于推薦2009年度首都文明單位的通知"));
    }

    #[test]
    fn an_organ_over_the_red_rule_is_the_issuer_though_the_title_starts_with_its_name() {
        let p = head("广州汽车工业行业协会\n━━━━━━━━━━━━━━━━━━━━\n广州汽车工业行业协会二届八次理事会纪要\n协会第二届八次理事会于2011年1月21日在花都召开。\n");
        assert_eq!(p.meta.title.as_deref(), Some("广州汽车工业行业协会二届八次理事会纪要"));
        assert_eq!(p.meta.issuer, vec!["广州汽车工业行业协会".to_string()]);
    }

    #[test]
    fn a_title_a_portal_wraps_in_guanyu_and_book_brackets_is_the_one_inside() {
        let p = head(
            "无障碍阅读\n关于《中共西宁市城中区委办公室关于进一步加强信息工作的通知》\n各党组、区直各单位：\n为进一步掌握全区进展情况，现就有关事项通知如下：\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("中共西宁市城中区委办公室关于进一步加强信息工作的通知"));
        assert_eq!(unwrapped_title("关于《条例》的通知"), "关于《条例》的通知");
    }

    #[test]
    fn a_red_head_after_a_news_lead_is_the_documents_head() {
        let p = head(
            "4月23日，县人大常委会主任廖忠华主持召开自治县九届人大常委会第三十七次会议。\n县人大常委会副主任出席会议。\n五峰土家族自治县人民代表大会常务委员会\n公 告\n〔2021〕第2号\n（2021年4月23日自治县九届人大常委会第三十七次会议通过）\n自治县九届人大常委会第三十七次会议决定：召开第九届人民代表大会第七次会议。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("五峰土家族自治县人民代表大会常务委员会公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("〔2021〕第2号"));
        assert!(p.meta.subtitle.as_deref().is_some_and(|s| s.contains("会议通过")));
    }

    #[test]
    fn a_subtitle_is_not_the_title() {
        let p = head(
            "首页 > 法规\n四川省村务公开条例\n（2009年7月22日四川省第十一届人民代表大会常务委员会第十次会议通过）\n第一章 总则\n第一条 为了规范村务公开，制定本条例。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("四川省村务公开条例"));
        assert!(p.meta.subtitle.as_deref().is_some_and(|s| s.contains("会议通过")));
    }

    #[test]
    fn a_title_spaced_out_over_two_lines() {
        let p = head(
            "\n攸县第十八届人民代表大会第二次会议\n公 告\n(第4号)\n2022年2月25日，攸县第十八届人民代表大会第二次会议表决通过了《攸县人民代表大会议事规则》。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("攸县第十八届人民代表大会第二次会议公告"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("第4号"));
    }

    #[test]
    fn a_bulletin_masthead() {
        let p = head(
            "寿县政务督查\n\n20期\n\n寿县人民政府督查室           2022年8月19\n\n关于印发主要任务上半年落实情况的通报\n\n各乡镇人民政府:\n根据县政府工作安排，县政府督查室进行了专项督查。\n",
        );
        let b = p.meta.bulletin.clone().unwrap();
        assert_eq!((b.name.as_deref(), b.issue.as_deref()), (Some("寿县政务督查"), Some("20期")));
        assert_eq!(p.meta.issuer, vec!["寿县人民政府督查室".to_string()]);
        assert_eq!(p.meta.date.as_deref(), Some("2022-08-19"));
        assert_eq!(p.meta.title.as_deref(), Some("关于印发主要任务上半年落实情况的通报"));
        assert!(p.lines.iter().all(|l| l.class != Class::Text || l.text.starts_with("根据")));
    }

    #[test]
    fn joint_issuers_stacked_over_the_title_head_it_and_a_law_sites_note_is_cut() {
        // (the issuers' mark, a name a line, over `关于…`: labelled so in pages9/s08, pages24/rb13,
        // pages32/rj10; pages4/g02 alone reads them into the title)
        let p = head("某政发〔2022〕7号\n中共某某县委员会\n某某县人民政府\n关于加强基层治理的实施意见\n各乡镇党委、人民政府：\n现将有关事项通知如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于加强基层治理的实施意见"));
        assert_eq!(p.meta.issuer, vec!["中共某某县委员会".to_string(), "某某县人民政府".to_string()]);
        let p = head(
            "某省人民代表大会常务委员会关于修改《某省河道管理条例》的决定 附：修正本\n某省第九届人民代表大会常务委员会第十次会议决定对条例作如下修改，自公布之日起施行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某省人民代表大会常务委员会关于修改《某省河道管理条例》的决定"));
        // a line that opens with a verb is a title's first line, not an organisation's name
        let p = head("推进某某市与某某集团\n\n战略合作协调会议纪要\n\n10月8日，副市长主持召开协调会议，听取各方意见，现纪要如下。\n");
        assert_eq!(p.meta.title.as_deref(), Some("推进某某市与某某集团战略合作协调会议纪要"));
    }

    #[test]
    fn the_metadata_title_wins_over_a_doubtful_line() {
        let p = head(
            "文件名称 | 某县第三次常务会议确定事项落实情况的通报 | ||\n文号 | 督办通报第三期 | 成文日期: | 2021年05月06日 |\n近期，县政府督查室对有关事项开展了专项督查，现通报如下。\n一、总体情况\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("某县第三次常务会议确定事项落实情况的通报"));
        assert_eq!(p.meta.doc_number.as_deref(), Some("督办通报第三期"));
    }

    #[test]
    fn a_line_opening_with_a_date_is_no_part_of_the_title_over_it() {
        let p = head("关于警惕冒用金融监管名义实施诈骗的风险提示\n\n2026-03-06.众安头条\n\n尊敬的客户：\n\n近期，有不法分子冒用监管机构名义实施诈骗。\n");
        assert_eq!(p.meta.title.as_deref(), Some("关于警惕冒用金融监管名义实施诈骗的风险提示"));
        assert!(!continues("关于印发《某市管理办法》", "2024年5月1日"));
        assert!(continues("关于印发《某市管理办法》", "的通知"));
    }

    #[test]
    fn an_untitled_pages_first_phrase_right_over_its_first_paragraph_is_a_guessed_headline() {
        let para = "2020年4月是第32个爱国卫生月，为深入开展爱国卫生运动，新华街道将向全社会发起倡议，动员广大居民积极参与到爱国卫生行动中来，结合社会各界力量，共同营造干净整洁的生活环境。";
        let p = head(&format!("防疫有我,爱卫同行 --新华街道开展爱国卫生月系列活动\n{para}\n"));
        assert_eq!(p.meta.title.as_deref(), Some("防疫有我，爱卫同行--新华街道开展爱国卫生月系列活动"));
        assert!(p.guesses.iter().any(|(_, m)| m.contains("the title is a guess")), "{:?}", p.guesses);
        // (an addressee, an organisation's name, a numbered heading are none)
        for first in ["各有关单位", "新华街道办事处", "一、总体要求", "来源某某日报", "亲爱的业主您好", "全县各级各部门"]
        {
            let p = head(&format!("{first}\n{para}\n"));
            assert!(p.meta.title.is_none(), "{first}");
        }
    }

    #[test]
    fn a_registers_field_label_glued_to_the_title_is_no_part_of_it() {
        assert_eq!(without_field_label("文件名称关于对2022年度优秀建筑企业进行表扬的通报"), "关于对2022年度优秀建筑企业进行表扬的通报");
        assert_eq!(without_field_label("会议题目•于晓东主持召开区政府第4次常务会议"), "于晓东主持召开区政府第4次常务会议");
        // (a title that opens with such words keeps them)
        assert_eq!(without_field_label("标题名称规范"), "标题名称规范");
    }

    #[test]
    fn a_headline_of_clauses_that_exclaims_over_the_pages_date_is_the_title() {
        let p = head(
            "多戶型經濟房屋申請家團揀樓及社會房屋家團簽署租賃合同,順延至下周辦理,敬請留意!\n日期:2017-08-24\n受颱風影響,本局需處理青洲辦事處電腦系統修復工作,原定安排將按序順延至下週一、二揀樓。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("多戶型經濟房屋申請家團揀樓及社會房屋家團簽署租賃合同，順延至下周辦理，敬請留意！"));
        assert_eq!(p.meta.date.as_deref(), Some("2017-08-24"));
    }

    #[test]
    fn a_headline_that_exclaims_yields_to_the_notice_it_reports() {
        let p = head(
            "福州一水库即将开闸泄洪!\n发布时间:2023-08-16 13:35:43\n来源:环球网\n通 知\n根据福清市人民政府防汛抗旱指挥部指令,东张水库从2023年8月16日14时起开闸泄洪,请沿线群众注意安全、远离排洪河道。\n福清市人民政府\n防汛抗旱指挥部办公室\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("通知"));
    }

    #[test]
    fn an_appendixs_statute_over_the_sites_column_row_is_titled_without_its_marker() {
        let p = head(
            "附: 台山县归国华侨联合会章程\n栏目:台山县华侨志   作者:台山侨务办公室编 发布时间:2013/05/10 11:02\n第一章 总则\n第一条 本会定名为“台山县归国华侨联合会”。会址设在台城镇西安路7号。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("台山县归国华侨联合会章程"));
    }

    #[test]
    fn an_outlets_release_tag_before_the_title_is_not_the_titles() {
        let p = head(
            "(受权发布)陕西省侨联关于通报表扬陕西省侨联系统先进组织的决定\n各市(区)侨联,企事业侨联:\n在深入学习贯彻侨联工作精神中,涌现出一批扎实推进侨联改革的组织和工作者。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("陕西省侨联关于通报表扬陕西省侨联系统先进组织的决定"));
    }

    #[test]
    fn a_sentence_handing_over_to_its_list_is_no_addressee() {
        let p = head(
            "主教公署秘書長辦公處通告\n奉李斌生主教諭,考慮到本澳進入防疫穩定階段,現公布以下安排,2022年8月2日(星期二)起生效:\n1) 恢復所有堂區平日及主日公開彌撒及禮儀。\n",
        );
        assert_eq!(p.meta.addressee, None);
        let p = head("关于做好春季防火工作的通知\n各县（市、区）人民政府，市各有关委、办、局：\n现将有关事项通知如下。\n");
        assert_eq!(p.meta.addressee.as_deref(), Some("各县（市、区）人民政府，市各有关委、办、局"));
    }

    #[test]
    fn a_joint_declaration_under_a_reading_tag_is_titled() {
        let p = head(
            "【阅读资料】馬來西亞全國華團聯合宣言(一九八五年)\n(甲)前\n全國華團在現階段一致通過發表這份聯合宣言,理由如下:\n1. 大馬華人社會對種族極化的嚴重性深感不安,我們認為這主要是一些政策所造成的。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("馬來西亞全國華團聯合宣言（一九八五年）"));
    }

    #[test]
    fn a_congress_sessions_name_over_its_resolution_opens_the_title() {
        let p = head(
            "上饶市第一届人民代表大会第八次会议\n\n关于政府工作报告的决议\n\n上饶市第一届人民代表大会第八次会议听取和审议了市人民政府市长所作的《政府工作报告》。会议决定批准这个报告。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("上饶市第一届人民代表大会第八次会议关于政府工作报告的决议"));
        // (a session over a notice is no part of it: it adopts resolutions and decisions only)
        assert!(!session_over_resolution("某市第一届人民代表大会第八次会议", "关于做好会议服务工作的通知"));
    }

    #[test]
    fn a_line_ending_in_a_batchs_ordinal_goes_on_into_the_title() {
        let p =
            head("涿鹿县第四批\n县级非物质文化遗产\n申报启事\n涿鹿县第四批非物质文化遗产代表性项目名录申报工作现已在全县开启，欢迎各界人士积极提供线索。\n");
        assert_eq!(p.meta.title.as_deref(), Some("涿鹿县第四批县级非物质文化遗产申报启事"));
        assert!(open_ordinal("第十届") && !open_ordinal("第五期") && !open_ordinal("批"));
    }

    #[test]
    fn a_headline_naming_the_document_a_reposted_notice_issues_gives_way_to_the_notice() {
        let p = head(
            "长三角地区秋冬季大气污染综合治理攻坚行动方案\n来源：网\n时间：2020-11-04 09:02:36\n\n大气网讯：日前，大气网获悉，《长三角地区秋冬季大气污染综合治理攻坚行动方案》印发。全文如下：\n\n关于印发《长三角地区秋冬季大气污染综合治理攻坚行动方案》的通知\n\n各市人民政府：\n\n现将《长三角地区秋冬季大气污染综合治理攻坚行动方案》印发给你们，请认真贯彻执行。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("关于印发《长三角地区秋冬季大气污染综合治理攻坚行动方案》的通知"));
    }

    #[test]
    fn a_stories_headline_under_the_trail_below_a_sidebars_notice_is_the_title() {
        let p = head(
            "公告栏\n\n5月12日是母亲节，总局谨定于5月5日下午两点在总局大礼堂举办庆祝活动，节日安排如下：\n\n欢迎华人华侨母亲积极踊跃参加。\n\n您现在的位置：首页 » 侨团服务\n\n第二十二届全侨代表大会第二次年会落幕\n\n表决通过九项提案\n\n发布时间：2017-01-17    点击数：\n\n14日，历时三天的第二十二届全侨代表大会第二次年会圆满落幕。代表们审议通过了各项报告。\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("第二十二届全侨代表大会第二次年会落幕"));
        // (the sidebar's notice is no menu: its items stay with it)
        let p = head(
            "公告栏\n\n5月12日是母亲节，总局谨定于5月5日下午两点在总局大礼堂举办庆祝活动，节日安排如下：\n\n一、每人派发礼物一份\n二、舞狮舞龙助兴\n\n您现在的位置：首页 » 侨团服务\n\n第二十二届全侨代表大会第二次年会落幕\n\n发布时间：2017-01-17    点击数：\n\n14日，历时三天的第二十二届全侨代表大会第二次年会圆满落幕。代表们审议通过了各项报告。\n",
        );
        assert!(p.lines.iter().filter(|l| l.text.contains("舞狮") || l.text.contains("礼物")).all(|l| l.is_text()), "{:?}", p.lines);
    }

    #[test]
    fn a_body_named_over_the_reply_that_answers_it_is_the_addressee() {
        let p = head(
            "关于西丰县天然林围栏封育项目可行性研究报告的批复\n\n西丰县林业局\n\n你单位《关于西丰县天然林围栏封育项目可行性研究报告的请示》已收悉，经研究，批复如下：\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("西丰县林业局"));
        // (an organ over a sentence of its own is no addressee)
        let p = head("关于西丰县天然林围栏封育项目可行性研究报告的批复\n\n西丰县林业局\n\n为了加强我县天然林资源保护，现批复如下：\n");
        assert_eq!(p.meta.addressee, None);
    }

    #[test]
    fn a_posts_kind_before_a_hyphen_is_no_part_of_its_title() {
        assert_eq!(without_column_tag("公告-耕作困難地造林作業規範"), "耕作困難地造林作業規範");
        assert_eq!(without_column_tag("通知-2023-2024学年校历"), "通知-2023-2024学年校历");
    }

    #[test]
    fn a_headless_notices_first_item_is_no_title_and_nothing_above_it_goes() {
        let p = head(
            "各单位、各部门:\n现将2023年3月教职工政治学习安排如下:\n一、学习时间\n落实周四下午集中政治学习制度\n二、学习内容\n（一）习近平新时代中国特色社会主义思想专题\n",
        );
        assert_ne!(p.meta.title.as_deref(), Some("落实周四下午集中政治学习制度"));
        assert!(p.lines[1..4].iter().all(|l| l.is_text()), "{:?}", p.lines);
    }
}
