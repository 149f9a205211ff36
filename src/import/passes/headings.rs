//! Pass 7, headings: numbered lines become headings, run-in headings or paragraphs, the same way
//! for every item of one numbering family (一、…七、 are all headings or all paragraphs), with
//! levels in the order of the families present (第一章 > 第一节 > 一、 > （一） > 1. > （1）).
//!
//! A line's shape decides its family's treatment: a title (`一、总体要求`), a run-in heading
//! (`（一）指导思想。以习近平…`: a short lead phrase, then the text), or a sentence that merely
//! starts with a number. A family of titles is headings; a family of run-ins keeps its items as
//! paragraphs that open with the lead phrase set as a heading of their level.

use super::super::rules::{LONG_HEADING_CHARS, MAX_HEADING_CHARS, MAX_RUN_IN_CHARS, POSITION_WORDS, SHORT_LINE, SPEAKERS, SPEECH_NOUNS, SPEECH_VERBS};
use crate::style::numbering::{clause_parts, decimal_number, existing_number};
use std::collections::{HashMap, HashSet};

/// Numbering families, in the order of their levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// 第一编, 第一部分, 第一篇; 议题一 (a meeting's agenda item)
    Part,
    /// 第一章
    Chapter,
    /// 第一节
    Section,
    /// `1 总则` (1), `1.1 编制依据` (2), `1.4.1 分类` (3): a plan's or a standard's clauses
    Decimal(u8),
    /// 壹、 (Taiwan's level over 一、)
    Capital,
    /// `01招生计划`, `02 报名流程`: a post's sections, numbered with two digits
    Serial,
    /// 一、
    Han,
    /// 一是, 一要
    HanClause,
    /// （一）
    ParenHan,
    /// 1. 1、
    Arabic,
    /// （1）
    ParenArabic,
    /// ①
    Circled,
    /// 第一条
    Article,
}

/// The family of a numbered line and the length in bytes of its number.
pub fn family(t: &str) -> Option<(Family, usize)> {
    let t = t.trim();
    // `、征收土地位置…`: an item whose numeral the scrape lost (its siblings keep `一、`)
    if t.starts_with('、') {
        return Some((Family::Han, '、'.len_utf8()));
    }
    if let Some(len) = serial_number(t) {
        return Some((Family::Serial, len));
    }
    if let Some((depth, len)) = decimal_number(t) {
        return Some((Family::Decimal(depth), len));
    }
    if let Some((f, len)) = spaced_part(t) {
        return Some((f, len));
    }
    let len = existing_number(t)?;
    let num = &t[..len];
    let f = if num.starts_with("议题") || num.starts_with("議題") {
        // a meeting's agenda items head the minutes
        Family::Part
    } else if num.starts_with('第') {
        match () {
            _ if num.contains('章') => Family::Chapter,
            _ if num.contains('节') || num.contains('節') => Family::Section,
            _ if num.contains('条') || num.contains('條') => Family::Article,
            _ if ["编", "編", "部分", "篇"].iter().any(|u| num.contains(u)) => Family::Part,
            _ => Family::ParenArabic,
        }
    } else if crate::style::numbering::capital_number(num).is_some() {
        Family::Capital
    } else if num.starts_with(['（', '(']) {
        if num.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) { Family::ParenArabic } else { Family::ParenHan }
    } else if num.starts_with(|c: char| c.is_ascii_digit()) {
        Family::Arabic
    } else if num.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c)) {
        Family::Circled
    } else if num.ends_with(['是', '要']) {
        Family::HanClause
    } else {
        Family::Han
    };
    Some((f, len))
}

/// `第 六 條 本公司…`, `第 1 條本規則…`, `第 一 章 總則`: an article's or a chapter's number
/// letter-spaced as a print set it. Its family and length in bytes.
fn spaced_part(t: &str) -> Option<(Family, usize)> {
    let rest = t.strip_prefix('第')?;
    let (inner, unit) = rest.char_indices().find(|(_, c)| "条條章节節".contains(*c))?;
    let numeral = &rest[..inner];
    let spaced = numeral.contains(char::is_whitespace);
    let digits: String = numeral.chars().filter(|c| !c.is_whitespace()).collect();
    let numeral_only = !digits.is_empty() && (digits.chars().all(|c| "〇零一二三四五六七八九十百".contains(c)) || digits.chars().all(|c| c.is_ascii_digit()));
    let family = match unit {
        '章' => Family::Chapter,
        '节' | '節' => Family::Section,
        _ => Family::Article,
    };
    (spaced && numeral_only && numeral.chars().count() <= 12).then(|| (family, '第'.len_utf8() + inner + unit.len_utf8()))
}

/// `01招生计划`: two digits, the first a zero, right before a short name (no unit after the
/// digits: `05月`, `01号` are dates and numbers). The length of the number in bytes.
fn serial_number(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let digits = b.len() >= 3 && b[0] == b'0' && b[1].is_ascii_digit() && b[1] != b'0';
    let name = t.get(2..)?.trim_start();
    let short_name = (2..=SERIAL_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(super::super::chars::han);
    let unit = name.chars().next().is_some_and(|c| SERIAL_UNITS.contains(c));
    (digits && short_name && !unit).then_some(2)
}

/// A section's name after its two-digit number is at most this long.
const SERIAL_NAME_CHARS: usize = 12;
/// What follows two digits when they count or date something, not a section.
const SERIAL_UNITS: &str = "年月日号號时時分秒期版届屆次个個名人份元点點批条條位家辆輛件页頁";

/// What a numbered line looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A heading of its own: `一、总体要求`.
    Title,
    /// A lead phrase run into its text: `（一）指导思想。以…`; the lead's length in bytes.
    RunIn(usize),
    /// A sentence that starts with a number.
    Sentence,
}

/// Does a label end with a verb of saying (`会议强调`)? A verb that is a noun too says only after
/// its speaker: `市长要求` says, `参赛范围及要求` names what follows.
fn speaks(label: &str) -> bool {
    let said_by = |who: &str| SPEAKERS.iter().chain(POSITION_WORDS).any(|w| who.ends_with(w)) || super::super::chars::looks_like_org(who);
    SPEECH_VERBS.iter().any(|v| label.strip_suffix(v).is_some_and(|who| !SPEECH_NOUNS.contains(v) || said_by(who)))
}

pub fn shape(t: &str) -> Option<(Family, Shape)> {
    let t = t.trim();
    let (f, len) = family(t)?;
    let rest = t[len..].trim();
    if rest.is_empty() {
        // `第一章` alone (its name on the next line, or lost to a cut) still opens a chapter
        return matches!(f, Family::Chapter | Family::Section | Family::Part).then_some((f, Shape::Title));
    }
    let n = t.chars().count();
    let stops = rest.matches(['。', '！', '；']).count() + super::super::chars::questions(rest);
    let one_clause = stops == 0 || stops == 1 && rest.ends_with('。') && !rest.contains(['，', ',']);
    // `一、 建设地点:洋县洋州街道` (not `9:30`, nor a headline's `部长强调：…`): a short label and
    // its value run in, no heading
    let chars: Vec<char> = rest.chars().collect();
    let colon =
        (1..chars.len().saturating_sub(1)).find(|&k| chars[k] == '：' || chars[k] == ':' && !(chars[k - 1].is_ascii_digit() && chars[k + 1].is_ascii_digit()));
    // (`预计恢复生产时间 ：`: a space before the colon is no part of the label)
    let labelled = colon.is_some_and(|k| {
        let label: String = chars[..k].iter().collect();
        label.trim_end().chars().count() <= 8 && !speaks(&label)
    });
    // (an article's text is a sentence, however short: `第六条 文化经营活动实行许可制度。`)
    // (and so is a point counted in prose that ends with its stop: `一是开通…短信提醒服务。`)
    let article_sentence = matches!(f, Family::Article | Family::HanClause) && rest.ends_with(['。', '；']);
    // (the label right after its number, `一、元旦 1月1日…`: `1. 王小明 男，…` lists a person; a
    // chapter's and an article's names are spaced by custom)
    let numbered_label = !t[len..].starts_with(char::is_whitespace) && !matches!(f, Family::Chapter | Family::Section | Family::Part | Family::Article);
    if let Some(lead) = spaced_lead(rest).filter(|_| numbered_label) {
        return Some((f, Shape::RunIn(t.len() - rest.len() + lead)));
    }
    if n <= MAX_HEADING_CHARS && one_clause && !labelled && !rest.ends_with(['：', ':', '，']) && !article_sentence {
        return Some((f, Shape::Title));
    }
    // `一、管制时间：` alone on its line, over what it heads: a short label, no speech verb
    let label = rest.trim_end_matches(['：', ':']);
    if label.len() < rest.len() && (2..=LABEL_HEADING_CHARS).contains(&label.chars().count()) && label.chars().all(super::super::chars::han) && !speaks(label) {
        return Some((f, Shape::Title));
    }
    // a lead phrase: up to the first 。 or ：, short, without a comma
    // (never the colon of a clock time: `1.学院于10月27日下午17:00前提交…`)
    let rc: Vec<(usize, char)> = rest.char_indices().collect();
    let clock = |k: usize| rc[k].1 == ':' && k > 0 && rc[k - 1].1.is_ascii_digit() && rc.get(k + 1).is_some_and(|(_, c)| c.is_ascii_digit());
    let lead_end = (0..rc.len()).find(|&k| matches!(rc[k].1, '。' | '：' | ':') && !clock(k)).map(|k| rc[k].0 + rc[k].1.len_utf8());
    if let Some(e) = lead_end {
        let lead = &rest[..e];
        let after = rest[e..].trim();
        // (never a colon inside brackets: `一、前於108年已經來函重申非公務文書（如：私人帳單…）…`)
        let bracketed = lead.matches(['（', '(']).count() != lead.matches(['）', ')']).count();
        if lead.chars().count() + t[..len].chars().count() <= MAX_RUN_IN_CHARS && !lead.contains(['，', '、', ',']) && !bracketed && after.chars().count() >= 4
        {
            let offset = t.len() - rest.len();
            return Some((f, Shape::RunIn(offset + e)));
        }
    }
    Some((f, Shape::Sentence))
}

/// `统计时间 2024年5月1日至5月10日。`: a short label, a space, and the sentence it leads — an
/// item run in as a flattened page shows it (a title's own spaces, `关于 2024 年工作要点`, lead no
/// sentence). The lead's length in bytes.
fn spaced_lead(rest: &str) -> Option<usize> {
    let gap = rest.find(char::is_whitespace)?;
    let (lead, after) = (&rest[..gap], rest[gap..].trim());
    let label = (2..=SPACED_LEAD_CHARS).contains(&lead.chars().count()) && lead.chars().all(super::super::chars::han) && !speaks(lead);
    let sentence = after.chars().count() >= 4 && after.contains(['。', '；', '，', ',']);
    // (`二、為配合於 2025 城鎮韌性…`: a figure the lead governs is no lead's end)
    (label && sentence && !super::super::chars::governed_figure(lead, after)).then_some(gap)
}

/// A label run into its sentence after a space is at most this long.
const SPACED_LEAD_CHARS: usize = 8;

/// A numbered line that reads as a heading of its own.
pub fn numbered_heading(t: &str) -> Option<Family> {
    shape(t).and_then(|(f, s)| (s == Shape::Title).then_some(f))
}

/// How a unit of the body is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treatment {
    Paragraph,
    Heading(u8),
    /// A paragraph whose first `lead` bytes are a heading of `level`.
    RunIn {
        level: u8,
        lead: usize,
    },
    /// A heading of `level` (the first `lead` bytes) over the paragraph the rest makes: a
    /// run-in lead among items the page set on lines of their own (`一、封闭时间。2025年…`
    /// beside `二、封闭措施。` over its text), set as they are.
    Split {
        level: u8,
        lead: usize,
    },
}

/// Families that number items, never headings: ① sits below GB/T 9704's four heading levels
/// (一、（一）1.（1）), so a short `② 专业委员会理事候选人名额为38名。` is an item like its long
/// siblings.
const ITEM_FAMILIES: [Family; 1] = [Family::Circled];

/// Families that number an article's items (`第三条 …条件` / `（一）本科学生…` / `1、热爱祖国…`):
/// under articles they are the article's own enumeration, never headings.
const ARTICLE_ITEM_FAMILIES: [Family; 3] = [Family::ParenHan, Family::Arabic, Family::ParenArabic];

/// Decide every unit's treatment. `texts` holds the text of each paragraph-like unit (None for
/// tables, lists and the like).
pub fn decide(texts: &[Option<String>]) -> Vec<Treatment> {
    let contents = contents_entries(texts);
    let listed = |i: usize| contents.contains(&i) || texts[i].as_deref().is_some_and(leader_entry);
    let mut shapes: Vec<Option<(Family, Shape)>> = texts.iter().enumerate().map(|(i, t)| if listed(i) { None } else { t.as_deref().and_then(shape) }).collect();
    // (the clauses a quantity-like one may lean on: proper ones, then those it vouched for)
    let mut clauses: HashSet<Vec<u32>> =
        texts.iter().flatten().map(|t| t.trim()).filter(|t| decimal_number(t).is_some()).filter_map(|t| clause_parts(t).map(|(p, _)| p)).collect();
    for _ in 0..CLAUSE_CHAIN_ROUNDS {
        let found: Vec<usize> =
            (0..shapes.len()).filter(|&i| shapes[i].is_none() && !listed(i)).filter(|&i| quantity_like_clause(texts, i, &clauses).is_some()).collect();
        for &i in &found {
            shapes[i] = quantity_like_clause(texts, i, &clauses);
        }
        clauses.extend(found.iter().filter_map(|&i| texts[i].as_deref().and_then(|t| clause_parts(t.trim())).map(|(p, _)| p)));
        if found.is_empty() {
            break;
        }
    }
    for i in labelled_value_items(texts) {
        shapes[i] = None;
    }
    if !decimal_hierarchy(texts) {
        for s in &mut shapes {
            if matches!(s, Some((Family::Decimal(_), _))) {
                *s = None;
            }
        }
    }
    for i in 0..shapes.len() {
        if shapes[i].is_none() && unnumbered_chapter(texts, i) {
            shapes[i] = Some((Family::Chapter, Shape::Title));
        }
    }
    promote_titles(texts, &mut shapes);
    let mut families: Vec<Family> = shapes.iter().flatten().map(|(f, _)| *f).collect();
    families.sort();
    families.dedup();
    // a text in articles (第一条, 第二条…) enumerates inside them: its （一） and 1. head nothing
    let articled = shapes.iter().flatten().filter(|(f, _)| *f == Family::Article).count() >= 2;
    let role = |f: Family| family_role(texts, &shapes, f, articled);
    let mut roles: Vec<(Family, FamilyRole)> = families.iter().map(|f| (*f, role(*f))).collect();
    under_paragraph_items(texts, &shapes, &mut roles);
    let ranked: Vec<Family> = roles.iter().filter(|(_, r)| *r != FamilyRole::Paragraphs).map(|(f, _)| *f).collect();
    let level = |f: Family| ranked.iter().position(|g| *g == f).map(|p| (p + 1).min(4) as u8).unwrap_or(1);
    // `三、建设年限：2007年-2008年` among headings: a label and a short value, a heading whole
    let short_value = |i: usize| texts[i].as_deref().is_some_and(|t| t.chars().count() <= MAX_HEADING_CHARS && !t.contains(['。', '；', '，']));
    // a family whose own-line headings end as run-in leads do (`二、封闭措施。`, `2.正常入园时间:`):
    // its run-in items are split to look like them
    let leads_alone = |f: Family| {
        let titles: Vec<&str> =
            shapes.iter().zip(texts).filter(|(s, _)| matches!(s, Some((g, Shape::Title)) if *g == f)).filter_map(|(_, t)| t.as_deref()).collect();
        !titles.is_empty() && (titles.iter().all(|t| ends_sentence(t)) || titles.iter().all(|t| t.trim_end().ends_with(['：', ':'])))
    };
    // `二、会议地点：…五楼会议室。` among `一、会议时间`, `三、参会人员`: a label run in with its
    // value, split to stand as its siblings do
    let labelled_lead = |i: usize, lead: usize| texts[i].as_deref().and_then(|t| t.get(..lead)).is_some_and(|l| l.trim_end().ends_with(['：', ':']));
    let mut treatments: Vec<Treatment> = shapes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let Some((f, shape)) = s else { return Treatment::Paragraph };
            let r = roles.iter().find(|(g, _)| g == f).map(|(_, r)| *r).unwrap_or(FamilyRole::Paragraphs);
            match (r, shape) {
                (FamilyRole::Headings, Shape::Title) => Treatment::Heading(level(*f)),
                (FamilyRole::Headings, Shape::RunIn(_) | Shape::Sentence) if short_value(i) => Treatment::Heading(level(*f)),
                (FamilyRole::Headings, Shape::Sentence) if texts[i].as_deref().is_some_and(sentence_heading) => Treatment::Heading(level(*f)),
                (FamilyRole::Headings, Shape::RunIn(lead)) if leads_alone(*f) || labelled_lead(i, *lead) => Treatment::Split { level: level(*f), lead: *lead },
                (FamilyRole::Headings | FamilyRole::RunIns, Shape::RunIn(lead)) => Treatment::RunIn { level: level(*f), lead: *lead },
                _ => Treatment::Paragraph,
            }
        })
        .collect();
    sentences_in_series(texts, &shapes, &mut treatments);
    treatments
}

/// `（一）APP端所有功能均可正常使用。` / `（二）请广大纳税人…妥善安排时间，…。`: one series of a
/// family (its items counted from one) whose headings are all whole sentences beside an item
/// left a paragraph is a list of clauses: all its items are paragraphs, as parallel items are
/// set alike (the family's other series, `（一）暂停办理业务时间`, keep their headings).
fn sentences_in_series(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], treatments: &mut [Treatment]) {
    // (each family's open series found by its index: a page of thousands of items is read once)
    let mut series: Vec<Vec<usize>> = Vec::new();
    let mut open: HashMap<Family, usize> = HashMap::new();
    for (i, s) in shapes.iter().enumerate() {
        let Some((f, _)) = s else { continue };
        let restart = texts[i].as_deref().is_some_and(counts_from_one);
        match open.get(f) {
            Some(&k) if !restart => series[k].push(i),
            _ => {
                open.insert(*f, series.len());
                series.push(vec![i]);
            }
        }
    }
    let sentence = |i: usize| texts[i].as_deref().is_some_and(ends_sentence);
    for items in series {
        let headings: Vec<usize> = items.iter().copied().filter(|&i| matches!(treatments[i], Treatment::Heading(_))).collect();
        let paragraphs = items.iter().filter(|&&i| treatments[i] == Treatment::Paragraph).count();
        let run_ins: Vec<usize> = items.iter().copied().filter(|&i| matches!(treatments[i], Treatment::RunIn { .. })).collect();
        // (and a few run-in leads among more items of plain sentences, `五、申請期限：…` after
        // `一、本次現金救助，對象為…`: a lead the others lack is no part of the series' make)
        let stray_leads = headings.is_empty() && !run_ins.is_empty() && paragraphs > run_ins.len();
        let sentence_headings = paragraphs > 0 && !headings.is_empty() && headings.iter().all(|&i| sentence(i));
        if sentence_headings || stray_leads {
            for i in headings.into_iter().chain(run_ins.into_iter().filter(|_| stray_leads)) {
                treatments[i] = Treatment::Paragraph;
            }
        }
    }
}

/// `受理地址:1.…教育大厦2027室` / `2.…生态环境局大楼6010室` / `3.…发展大厦1904室`: a label whose
/// value lists items, the first run in after its colon, the rest a line each — the value's
/// items, never headings.
fn labelled_value_items(texts: &[Option<String>]) -> Vec<usize> {
    // (`1.` as an item's number, not `1.2亿元`; the line lists no second item itself:
    // `…包括：1.加强…；2.完善…。` over `2.主要任务` is another list)
    let first_after_colon = |t: &str| {
        t.match_indices(['：', ':']).any(|(p, c)| {
            let rest = t[p + c.len()..].trim_start();
            let item = rest.strip_prefix('1').and_then(|r| r.strip_prefix(['.', '、', '．'])).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()));
            // (read a few hundred characters on only: a long line is read once)
            let near = rest.char_indices().nth(INLINE_ITEM_CHARS).map_or(rest, |(e, _)| &rest[..e]);
            item && p > 0 && !["2.", "2、", "2．"].iter().any(|m| near.contains(m))
        })
    };
    let number = |t: &str| -> Option<u32> {
        let t = t.trim();
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        let after = &t[digits.len()..];
        (family(t).is_some_and(|(f, _)| f == Family::Arabic) && after.starts_with(['.', '、', '．'])).then(|| digits.parse().ok()).flatten()
    };
    let mut items = Vec::new();
    for i in 0..texts.len() {
        if !texts[i].as_deref().is_some_and(first_after_colon) || number(texts[i].as_deref().unwrap_or("")).is_some() {
            continue;
        }
        let mut want = 2;
        for j in i + 1..texts.len() {
            match texts[j].as_deref().and_then(number) {
                Some(n) if n == want => {
                    items.push(j);
                    want += 1;
                }
                _ => break,
            }
        }
    }
    items
}

/// A line's own second item follows its first within this many characters.
const INLINE_ITEM_CHARS: usize = 300;

/// Numbered lines that head what follows them though their shape alone is no title's: one over
/// its own text, one ending in a colon over lower items or text, and that one's siblings.
fn promote_titles(texts: &[Option<String>], shapes: &mut [Option<(Family, Shape)>]) {
    // (its siblings of the same make follow a colon's phrase that heads: `二、荣获…先进个人奖5名：`
    // over a short line of names is set as `一、…27名：` over its text)
    // (read before any line is made a title: each reads its own shape and the next line's family)
    let under_colon: Vec<bool> = (0..shapes.len()).map(|i| heads_under_colon(texts, shapes, i)).collect();
    let mut colon_heads: Vec<Family> = (0..shapes.len()).filter(|&i| under_colon[i]).filter_map(|i| shapes[i].map(|(f, _)| f)).collect();
    // (a family once: the families are few, whatever the lines)
    colon_heads.sort();
    colon_heads.dedup();
    for i in 0..shapes.len() {
        let sibling = shapes[i].is_some_and(|(f, _)| colon_heads.contains(&f)) && colon_phrase(texts, shapes, i);
        if heads_its_text(texts, shapes, i) || under_colon[i] || sibling {
            shapes[i] = shapes[i].map(|(f, _)| (f, Shape::Title));
        }
    }
}

/// `二、拟征收土地目的,《…》第四十五条之相关规定…。` among `一、拟征收土地范围`, `三、…`: one
/// short sentence numbered in a family of headings is set as its siblings are (GB/T 9704 sets
/// a level's items alike, a sentence-long one too); a longer text stays a paragraph.
fn sentence_heading(t: &str) -> bool {
    let t = t.trim();
    let stops = t.matches(['。', '！', '？']).count();
    t.chars().count() <= SENTENCE_HEADING_CHARS && (stops == 0 || stops == 1 && t.ends_with(['。', '！', '？']))
}

/// A numbered sentence set as a heading among headings is at most this long.
const SENTENCE_HEADING_CHARS: usize = 60;

/// `二、考室布置、清洁及其它：` over `1、各年级按…`, `一、荣获2020商会建设先进个人奖27名：` over
/// the text it introduces: a numbered phrase that ends with a colon (no sentence inside it), over
/// something other than its next sibling, heads what it introduces.
fn heads_under_colon(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], i: usize) -> bool {
    let Some((f, _)) = shapes[i] else { return false };
    // (a lower item, or text of its own — not a short line of names)
    let lower_item = shapes.get(i + 1).is_some_and(|s| s.is_some_and(|(g, _)| g > f));
    let text_under = texts.get(i + 1).is_some_and(|u| u.as_deref().is_some_and(|u| u.trim().chars().count() > SHORT_LINE));
    colon_phrase(texts, shapes, i) && (lower_item || text_under)
}

/// A numbered phrase that ends with a colon, with no sentence inside it, over something other
/// than its next sibling.
fn colon_phrase(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], i: usize) -> bool {
    let Some((f, Shape::Sentence)) = shapes[i] else { return false };
    let Some(t) = texts[i].as_deref().map(str::trim) else { return false };
    let Some(phrase) = t.strip_suffix(['：', ':']) else { return false };
    let sibling_next = shapes.get(i + 1).is_some_and(|s| s.is_some_and(|(g, _)| g == f));
    t.chars().count() <= MAX_HEADING_CHARS && !phrase.contains(['。', '！', '？', '；', '，', ',', '：', ':']) && !sibling_next
}

/// `一、本次会议以实体方式召开，…。` / `三、本会议组织成员如下：` / `（一）校长` / `（二）各单位主管`: a
/// lower level of GB/T 9704's numbering whose items all stand under items of a higher level set
/// as paragraphs enumerates inside them — a paragraph's list heads nothing.
fn under_paragraph_items(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], roles: &mut [(Family, FamilyRole)]) {
    let first_of = |f: Family| shapes.iter().position(|s| matches!(s, Some((g, _)) if *g == f));
    let last_of = |f: Family| shapes.iter().rposition(|s| matches!(s, Some((g, _)) if *g == f));
    let count = |f: Family| shapes.iter().flatten().filter(|(g, _)| *g == f).count();
    let paragraphs: Vec<Family> =
        roles.iter().filter(|(f, r)| *r == FamilyRole::Paragraphs && HEADING_LEVELS.contains(f) && count(*f) >= 2).map(|(f, _)| *f).collect();
    // (`六、申請文件：（請繳附下列證件）` / `(1).本申請表正本`: a run-in item's list of bare entries
    // heads nothing either; `（一）党组会议` over its own `1、` items heads them)
    let leaf = |g: Family| {
        let next = |i: usize| (i + 1..texts.len()).find(|&k| texts[k].is_some()).map(|k| shapes[k]);
        let members = (0..shapes.len()).filter(|&i| matches!(shapes[i], Some((f, _)) if f == g));
        members.map(next).all(|n| n.is_none_or(|s| s.is_some_and(|(f, _)| f <= g)))
    };
    let run_ins: Vec<Family> =
        roles.iter().filter(|(f, r)| *r == FamilyRole::RunIns && HEADING_LEVELS.contains(f) && count(*f) >= 2).map(|(f, _)| *f).collect();
    for (g, role) in roles.iter_mut() {
        // (between the first and the last of them: an attachment's own headings after them are not)
        let nested = |f: &Family| f < g && first_of(*f) < first_of(*g) && last_of(*g) < last_of(*f);
        let under_run_ins = *role == FamilyRole::Headings && run_ins.iter().any(nested) && leaf(*g);
        if HEADING_LEVELS.contains(g) && *role != FamilyRole::Paragraphs && (paragraphs.iter().any(nested) || under_run_ins) {
            *role = FamilyRole::Paragraphs;
        }
    }
}

/// GB/T 9704's four levels of headings, 一、（一）1.（1）.
const HEADING_LEVELS: &[Family] = &[Family::Han, Family::ParenHan, Family::Arabic, Family::ParenArabic];

/// How a family's items are set: headings when most are titles, run-ins when most lead their
/// text, else paragraphs (and always for item families, lists of sentences and, in a text of
/// articles, the articles' enumerations).
fn family_role(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family, articled: bool) -> FamilyRole {
    let members: Vec<Shape> = shapes.iter().flatten().filter(|(g, _)| *g == f).map(|(_, s)| *s).collect();
    // (short whole sentences, `四、此通告自发布之日起施行。`, are no titles in a family whose
    // other items are sentences too, `一、凡向公安机关提供有效线索的，每抓获…；…。`, and not one a
    // phrase: they are a notice's numbered clauses)
    let sentence_titles =
        shapes.iter().zip(texts).filter(|(s, t)| matches!(s, Some((g, Shape::Title)) if *g == f) && t.as_deref().is_some_and(ends_sentence)).count();
    let titles = members.iter().filter(|s| **s == Shape::Title).count();
    let titles = if members.contains(&Shape::Sentence) && titles == sentence_titles { 0 } else { titles };
    let runs = members.iter().filter(|s| matches!(s, Shape::RunIn(_))).count();
    // (an item that is one whole sentence, `四、行政工作例会一般每两周召开一次。`, is no lead of a
    // run-in family: only a short one is, `二、封闭措施。`)
    let whole_sentence = |t: &str| ends_sentence(t) && t.chars().count() > LEAD_ITEM_CHARS;
    let leads = shapes.iter().zip(texts).filter(|(s, t)| matches!(s, Some((g, Shape::Title)) if *g == f) && !t.as_deref().is_some_and(whole_sentence)).count();
    // (a lone `01…` is no series of sections; nor is a lone `2.` that is not its series' first,
    // `2. 由 2010 年`: a list's item on a page cut from it — a lone `二、` of a cut page may still
    // head its part, and a plan's `1.2.1` is a clause of its depth)
    let lone_serial = f == Family::Serial && members.len() < 2;
    let first = || shapes.iter().zip(texts).find(|(s, _)| matches!(s, Some((g, _)) if *g == f)).and_then(|(_, t)| t.as_deref()).is_some_and(counts_from_one);
    let lone_later = members.len() == 1 && f == Family::Arabic && !first();
    if lone_serial
        || lone_later
        || ITEM_FAMILIES.contains(&f)
        || listed_sentences(texts, shapes, f)
        || lists_under_colons(texts, shapes, f)
        || under_note_label(texts, shapes, f)
        || articled && (ARTICLE_ITEM_FAMILIES.contains(&f) || f == Family::Han && inside_articles(shapes))
    {
        FamilyRole::Paragraphs
    } else if (titles * 2 > members.len() || titles * 2 == members.len() && titles + runs == members.len() && labels_run_in(texts, shapes, f))
        && !(f == Family::Article && articles_run_on(texts, shapes))
        || clause_pair_heads(texts, shapes, f)
    {
        FamilyRole::Headings
    } else if (runs + leads) * 2 >= members.len() && runs > 0 {
        FamilyRole::RunIns
    } else {
        FamilyRole::Paragraphs
    }
}

/// `备注：` / `（1）留言数：…` / `（2）本数据统计时间为…`: a family whose every series (counted from one)
/// opens right under a note's label numbers the notes' points, no sections (a series under a
/// heading of the text, `（1）集中缴费期`, heads its parts as it would anywhere).
fn under_note_label(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family) -> bool {
    let starts: Vec<usize> =
        (0..shapes.len()).filter(|&i| matches!(shapes[i], Some((g, _)) if g == f) && texts[i].as_deref().is_some_and(counts_from_one)).collect();
    let noted = |i: usize| texts[..i].iter().rev().flatten().next().is_some_and(|t| NOTE_LABELS.contains(&t.trim().trim_end_matches(['：', ':'])));
    !starts.is_empty() && starts.iter().all(|&i| noted(i))
}

/// `一、進一步提高思想認識，靠實工作責任。` over its paragraph, `二、進一步加強宣傳教育，加大警示力度。`
/// over its own: a family of two or more items, each a pair of short clauses and a stop, each over
/// unnumbered text longer than itself — headings in the way official texts word them (items that
/// stand one under the other are a list of clauses, whatever their shape).
fn clause_pair_heads(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family) -> bool {
    let members: Vec<usize> = (0..shapes.len()).filter(|&i| matches!(shapes[i], Some((g, _)) if g == f)).collect();
    let pair = |t: &str| {
        let rest = t.trim().get(family(t.trim()).map_or(0, |(_, len)| len)..).unwrap_or("").trim();
        let Some((a, b)) = rest.strip_suffix('。').and_then(|r| r.split_once(['，', ','])) else { return false };
        let clause = |c: &str| (2..=CLAUSE_HEAD_CHARS).contains(&c.chars().count()) && !c.contains(['，', ',', '。', '；', '：', ':', '、']);
        clause(a) && clause(b)
    };
    let over_text = |i: usize| {
        let own = texts[i].as_deref().map_or(0, |t| t.chars().count());
        shapes.get(i + 1).is_some_and(Option::is_none) && texts.get(i + 1).is_some_and(|u| u.as_deref().is_some_and(|u| u.trim().chars().count() > own))
    };
    members.len() >= 2 && members.iter().all(|&i| texts[i].as_deref().is_some_and(pair) && over_text(i))
}

/// Each clause of a heading worded as a pair of clauses is at most this long.
const CLAUSE_HEAD_CHARS: usize = 12;

/// An item that ends a sentence (`四、此通告自发布之日起施行。`).
fn ends_sentence(t: &str) -> bool {
    t.trim_end().ends_with('。')
}

/// `（1）…`, `1.…`, `一、…`: an item whose number is one.
pub fn counts_from_one(t: &str) -> bool {
    counts(t, &["1", "１", "一"])
}

/// Does a numbered line's number (its marks left out: `（二）` → `二`) read as one of `values`?
pub fn counts(t: &str, values: &[&str]) -> bool {
    family(t.trim()).is_some_and(|(_, len)| {
        let number: String = t.trim()[..len].chars().filter(|c| c.is_alphanumeric()).collect();
        values.contains(&number.as_str())
    })
}

/// Labels of a note under a text or a table (`备注：`), whose numbered points are no headings.
const NOTE_LABELS: &[&str] = &["备注", "備註", "注", "註", "附注", "附註", "注释", "註釋"];

/// `第六條 …至少包括下列事項：` / `一、報告事項：`: every `一、` of a text in articles comes after
/// its first article, enumerating inside one (a statute's `一、总则` over its articles heads
/// them, and comes first).
fn inside_articles(shapes: &[Option<(Family, Shape)>]) -> bool {
    let first = |f: Family| shapes.iter().position(|s| matches!(s, Some((g, _)) if *g == f));
    matches!((first(Family::Article), first(Family::Han)), (Some(a), Some(h)) if a < h)
}

/// `一、时间：2010年4月15日前` beside `二、要求：` alone over its text: every run-in item of the
/// family leads with a label and its colon, the label a heading split from its value as the
/// items on lines of their own are.
fn labels_run_in(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family) -> bool {
    let leads: Vec<&str> = shapes
        .iter()
        .zip(texts)
        .filter_map(|(s, t)| match (s, t.as_deref()) {
            (Some((g, Shape::RunIn(lead))), Some(t)) if *g == f => t.get(..*lead),
            _ => None,
        })
        .collect();
    !leads.is_empty() && leads.iter().all(|l| l.trim_end().ends_with(['：', ':']))
}

/// A statute's articles are its text (`第六条 文化经营活动实行许可制度。`), its chapters its
/// headings: when more than one article in `RUN_ON_SHARE` carries its text (a sentence, or one the
/// page cut off mid-sentence, `…具有地方特色的文化经`), none heads anything, however short some
/// are (`第一条 为提高公文制作水平，…` beside `第二条 公文处理的主管部门及其职责`: parallel items,
/// set alike).
fn articles_run_on(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>]) -> bool {
    let articles: Vec<&str> = shapes.iter().zip(texts).filter(|(s, _)| matches!(s, Some((Family::Article, _)))).filter_map(|(_, t)| t.as_deref()).collect();
    // (a title ends with its name: no comma, no enumeration inside it)
    let texty = |t: &str| t.contains(['，', ',', '、', '。', '；', '：', ':']);
    articles.iter().filter(|t| texty(t)).count() * RUN_ON_SHARE > articles.len()
}

/// One article in this many carrying its text makes the articles text (a caption's `、` may make
/// one of them look so).
const RUN_ON_SHARE: usize = 4;

/// A numbered item that ends in `。` and is longer than this is a sentence, not a lead.
const LEAD_ITEM_CHARS: usize = 12;

/// `总 则` / `村民行为规范` right over `第一条 …`: a chapter's name the page printed without its
/// number (the articles start again at one under it) — a few Han characters, nothing else.
fn unnumbered_chapter(texts: &[Option<String>], i: usize) -> bool {
    let Some(t) = texts[i].as_deref() else { return false };
    let name: String = super::super::chars::plain(t).chars().filter(|c| !c.is_whitespace()).collect();
    let first_article = texts.get(i + 1).and_then(|n| n.as_deref()).is_some_and(|n| {
        let n = super::super::chars::plain(n);
        n.starts_with("第一条") && family(&n).is_some_and(|(f, _)| f == Family::Article)
    });
    // (`城镇燃气经营许可管理办法` over its 第一条 is the title of a document the page attaches)
    let named = (2..=CHAPTER_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(super::super::chars::han);
    first_article && named && !super::super::chars::ends_like_title(&name)
}

/// An unnumbered chapter's name is at most this long (`村民行为规范`, `总则`).
const CHAPTER_NAME_CHARS: usize = 12;

/// `一、会议审议了《…实施细则》《关于…的实施意见》`: a numbered line too long for a heading's
/// shape that ends no sentence (no stop or colon in it, no comma at its end). Over text of its
/// own it heads that text, as a 纪要's items do (here, and in `units`, which keeps it a line).
pub fn long_item_head(t: &str) -> bool {
    let t = t.trim();
    existing_number(t).is_some()
        && t.chars().count() <= LONG_HEADING_CHARS
        && !t.contains(['。', '！', '？', '；', '：', ':'])
        && !t.ends_with(['，', '、', ','])
        // (`（一）提供《…意见》，出具…应与主办单位平级，线上…也应按要求提交`: clauses, a
        // sentence that lost its stop)
        && (t.matches(['，', ',']).count() < LONG_HEAD_COMMAS || family(t).is_some_and(|(f, _)| f == Family::Article))
}

/// Commas enough to make a long numbered line a sentence rather than an item's head.
const LONG_HEAD_COMMAS: usize = 2;

/// A long item (`long_item_head`) over an unnumbered paragraph — not a closing formula:
/// `3、请各单位…报送至办公室邮箱` over `特此通知。` heads nothing.
fn heads_its_text(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], i: usize) -> bool {
    let Some((_, Shape::Sentence)) = shapes[i] else { return false };
    let under =
        texts.get(i + 1).is_some_and(|u| u.as_deref().is_some_and(|u| u.trim().chars().count() > SHORT_LINE)) && shapes.get(i + 1).is_some_and(Option::is_none);
    under && texts[i].as_deref().is_some_and(long_item_head)
}

/// `目 录` and the entries under it (`第一章 总 则` … `第五章 附 则`), up to the body that opens
/// with the first entry again: a table of contents, whose numbered lines are text, not headings.
fn contents_entries(texts: &[Option<String>]) -> Vec<usize> {
    let squashed = |i: usize| texts[i].as_deref().map(|t| t.split_whitespace().collect::<String>());
    let Some(c) = (0..texts.len()).find(|&i| squashed(i).is_some_and(|t| t == "目录")) else { return unlabelled_contents(texts) };
    let entry = |i: usize| texts[i].as_deref().is_some_and(|t| t.chars().count() <= CONTENTS_ENTRY_CHARS && !t.contains(['。', '；', '，']));
    let first = squashed(c + 1);
    let entries: Vec<usize> = (c + 1..texts.len()).enumerate().take_while(|&(k, i)| entry(i) && (k == 0 || squashed(i) != first)).map(|(_, i)| i).collect();
    if entries.len() >= 2 { entries } else { Vec::new() }
}

/// `第一章 总则` / `1.1定义` / … / `第十四章 附则` / `14.1预案解释` / `第一章 …`: entries with no
/// `目录` over them, a run of short numbered lines with no text between them, up to the body that
/// opens with the first entry's number again.
fn unlabelled_contents(texts: &[Option<String>]) -> Vec<usize> {
    let entry = |i: usize| texts[i].as_deref().is_some_and(|t| t.trim().chars().count() <= CONTENTS_ENTRY_CHARS && !t.contains(['。', '；', '，']));
    let number = |i: usize| {
        let t = texts[i].as_deref()?.trim();
        // (`4.2大型…`: a clause number before a word a quantity could start)
        let clause = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
        let clause = (clause > 0 && t[..clause].contains('.')).then_some(clause);
        existing_number(t).or(clause).map(|n| t[..n].trim_end().to_string())
    };
    // (each run read once, from its first line: the scan stays linear in the page's length)
    let listed = |i: usize| entry(i) && number(i).is_some();
    for c in (0..texts.len()).filter(|&i| (i == 0 || !listed(i - 1)) && entry(i) && number(i).is_some_and(|n| n.starts_with('第'))) {
        let first = number(c).unwrap_or_default();
        // (the body's first heading may have lost its name to the page's cut: `第一章`)
        let again = |i: usize| texts[i].as_deref().is_some_and(|t| t.trim().starts_with(first.as_str()));
        let run: Vec<usize> = (c..texts.len()).take_while(|&i| entry(i) && (number(i).is_some() || again(i))).collect();
        if let Some(k) = run.iter().skip(1).position(|&i| again(i)) {
            return if k + 1 >= MIN_CONTENTS_ENTRIES { run[..k + 1].to_vec() } else { Vec::new() };
        }
    }
    Vec::new()
}

/// A table of contents without its `目录` label lists at least this many entries.
const MIN_CONTENTS_ENTRIES: usize = 5;

/// `1.3分级分类` between `1.2制定依据` and `1.3.1为…`, `2.4组织机构` after `2.3…`: a clause
/// number before a word a quantity could start (`1.3分`, `2.4组`) is the clause's when its
/// sibling before it or its first subclause numbers another line. Only as a heading of its own.
/// (The sibling or subclause must be a clause itself: `1.5万元` / `1.6万元` vouch for nothing.)
fn quantity_like_clause(texts: &[Option<String>], i: usize, clauses: &HashSet<Vec<u32>>) -> Option<(Family, Shape)> {
    let t = texts[i].as_deref()?.trim();
    let (parts, len) = clause_parts(t)?;
    let (&last, head) = parts.split_last()?;
    let sibling = last > 1 && clauses.contains(&[head, &[last - 1]].concat());
    let child = clauses.contains(&[&parts[..], &[1]].concat());
    if !(sibling || child) {
        return None;
    }
    shape(&format!("{} {}", &t[..len], &t[len..])).filter(|(_, s)| *s == Shape::Title)
}

/// Clauses lean on clauses that leaned on others at most this many times over.
const CLAUSE_CHAIN_ROUNDS: usize = 4;

/// Decimal clause numbers are a document's numbering only as a hierarchy: a clause `N …` and
/// one of its subclauses `N.M …` (else `1.5万元…` or `2 个…` would open a family).
fn decimal_hierarchy(texts: &[Option<String>]) -> bool {
    let numbers: Vec<&str> = texts
        .iter()
        .flatten()
        .filter_map(|t| {
            let t = t.trim();
            decimal_number(t).map(|(_, len)| t[..len].trim_end())
        })
        .collect();
    numbers.iter().filter(|n| !n.contains('.')).any(|top| numbers.iter().any(|n| n.strip_prefix(top).is_some_and(|r| r.starts_with('.'))))
}

/// `1.1编制目的……………3`: an entry of a table of contents, its dot leader and page number after
/// it (whether or not a `目录` line stands over it).
fn leader_entry(t: &str) -> bool {
    let t = t.trim_end();
    let body = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let leader = body.chars().rev().take_while(|c| matches!(c, '…' | '.' | '·' | '．' | '。' | '-' | '—' | ' ')).count();
    body.len() < t.len() && leader >= 3
}

/// A numbered label that heads what follows it (`二、管制路段及措施：`) is at most this long.
const LABEL_HEADING_CHARS: usize = 10;

/// An entry of a table of contents is at most this long (a heading and its page number).
const CONTENTS_ENTRY_CHARS: usize = 40;

/// `1.会议传达学习了…精神。` / `2.会议审议通过了《…》。` one under the other: items that each
/// end a sentence and head nothing (no other unit between them) are a list of points, not
/// headings — short ones (`一、名稱。`) among long ones (`十五、定有存立期間…者,其期間或事由。`)
/// too.
fn listed_sentences(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family) -> bool {
    let at: Vec<usize> = (0..shapes.len()).filter(|&i| shapes[i].is_some_and(|(g, _)| g == f)).collect();
    // (two are a list when both are whole sentences, longer than a lead: `1、对…作出口头警告和书面承诺。`)
    let long = |i: &usize| texts[*i].as_deref().is_some_and(|t| t.trim().chars().count() > LEAD_ITEM_CHARS);
    (at.len() >= 3 || at.len() == 2 && at.iter().all(long))
        && at.windows(2).all(|w| w[1] == w[0] + 1)
        && at.iter().all(|&i| shapes[i].is_some_and(|(_, s)| !matches!(s, Shape::RunIn(_))) && texts[i].as_deref().is_some_and(ends_sentence))
        || matches!(f, Family::Arabic | Family::ParenArabic) && listed_under_colon(texts, shapes, &at)
}

/// `…得提出申請:` / `一、…` / `二、…` … `檢附資料如下:` / `一、…` / `二、…`: a family counted from
/// one again, every series opening right under a sentence (no numbered heading) that ends with a
/// colon, its items one under the other — lists the sentences announce, not the parts of the
/// text (a part's series opens under its own numbered heading, each part with its text).
fn lists_under_colons(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], f: Family) -> bool {
    let at: Vec<usize> = (0..shapes.len()).filter(|&i| shapes[i].is_some_and(|(g, _)| g == f)).collect();
    let firsts: Vec<usize> = at.iter().copied().filter(|&i| texts[i].as_deref().is_some_and(counts_from_one)).collect();
    // (a sentence of the text, not a numbered part's heading, `一、工作要求：`, over its own series)
    let announced = |i: usize| {
        let above = (0..i).rev().find(|&k| texts[k].is_some());
        above.is_some_and(|k| shapes[k].is_none() && texts[k].as_deref().is_some_and(|t| t.trim_end().ends_with(['：', ':'])))
    };
    // (and one item right under the other: a part's heading stands over text of its own)
    let close = at.windows(2).all(|w| w[1] == w[0] + 1 || firsts.contains(&w[1]));
    firsts.len() >= 2 && close && firsts.iter().all(|&i| announced(i))
}

/// `我們為此定下四個準則:` / `1. 當…` / `2. 當…` / `3. …`: items one right under the other, with
/// no text between them, opening right under a sentence that ends with a colon — the list the
/// sentence announces, whatever each item's shape (headings stand over text of their own; GB/T
/// 9704's upper levels, `一、` and `（一）`, may head parts a cut page lost the text of).
fn listed_under_colon(texts: &[Option<String>], shapes: &[Option<(Family, Shape)>], at: &[usize]) -> bool {
    let Some(&first) = at.first() else { return false };
    // (items that lead their text, `1.高渠巷。东起…`, stay run-in)
    if at.iter().any(|&i| matches!(shapes[i], Some((_, Shape::RunIn(_))))) {
        return false;
    }
    let announced = texts[..first].iter().rev().flatten().next().is_some_and(|t| t.trim_end().ends_with(['：', ':']) && t.trim().chars().count() > SHORT_LINE);
    at.len() >= 2 && at.windows(2).all(|w| w[1] == w[0] + 1) && announced
}

/// The units whose treatment went against their own shape so that a family of numbered items
/// is set alike (a short item set as a paragraph among sentences, a lead phrase left in its
/// paragraph, a sentence set as a heading among headings): guesses the user should check, one
/// per family.
pub fn overruled(texts: &[Option<String>], treatments: &[Treatment]) -> Vec<usize> {
    let mut seen: Vec<Family> = Vec::new();
    let mut out = Vec::new();
    for (i, (t, d)) in texts.iter().zip(treatments).enumerate() {
        let Some((f, s)) = t.as_deref().and_then(shape) else { continue };
        let against = matches!((s, d), (Shape::Title | Shape::RunIn(_), Treatment::Paragraph) | (Shape::Sentence, Treatment::Heading(_)));
        if against && !seen.contains(&f) {
            seen.push(f);
            out.push(i);
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FamilyRole {
    Headings,
    RunIns,
    Paragraphs,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(v: &[&str]) -> Vec<Option<String>> {
        v.iter().map(|s| Some(s.to_string())).collect()
    }

    #[test]
    fn lists_counted_from_one_again_under_sentences_ending_with_colons_are_no_headings() {
        let t = decide(&some(&[
            "補助對象為設籍中華民國並就讀全國公私立大專院校之學生，同時符合下列情形者，得提出申請：",
            "一、領有低收入戶證明者。",
            "二、學業平均成績需達80分以上並全數及格。",
            "本會保留最終核定權，可依當年度申請狀況調整錄取名額。檢附資料如下：",
            "一、獎助學金申請表（附件1）。",
            "二、學生證正、反面影本。",
            "三、其他",
        ]));
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // a part's series under its own numbered heading, or parts with their text, are headings
        let t = decide(&some(&[
            "现将有关事项通知如下：",
            "一、工作目标",
            "请各单位认真落实。",
            "二、工作要求",
            "请各单位按时报送。",
            "具体安排如下：",
            "一、报送材料",
            "请于月底前报送。",
            "二、联系方式",
            "请致电办公室。",
        ]));
        assert!(matches!(t[1], Treatment::Heading(_)) && matches!(t[6], Treatment::Heading(_)), "{t:?}");
    }

    #[test]
    fn the_items_of_a_labelled_value_listed_a_line_each_are_no_headings() {
        let t = decide(&some(&[
            "受理地址:1.巴彦淖尔市临河区金沙路教育大厦2027室",
            "2.巴彦淖尔市临河区新华西街生态环境局大楼6010室",
            "3.巴彦淖尔市临河区发展大厦1904室",
            "受理邮箱:bynejjk@163.com",
        ]));
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // a quantity after a colon, or a line that lists its own items, lists nothing under it
        let t = decide(&some(&["1.项目概况", "本项目总投资：1.2亿元，建设期2年。", "2.建设内容", "新建教学楼一栋。"]));
        assert_eq!(t[2], t[0]);
        let t = decide(&some(&["1.总体要求", "主要包括：1.加强领导；2.完善制度。", "2.主要任务", "抓好落实。"]));
        assert_eq!(t[2], t[0]);
        // items of their own, the first on its line too, stay what their shape makes them
        let t = decide(&some(&["一、工作目标", "请各单位认真落实。", "二、工作要求", "请各单位按时报送。"]));
        assert_eq!(t[0], Treatment::Heading(1));
    }

    #[test]
    fn a_run_in_items_list_of_bare_entries_heads_nothing_and_a_sub_item_over_its_own_list_does() {
        let t = decide(&some(&[
            "一、獎勵對象：為獎勵大學部成績優秀之學生。",
            "二、申請文件：（請繳附下列證件，並依序排列）",
            "（1）本申請表正本",
            "（2）學年度上下學期成績單",
            "三、申請期限：逕向各系申請，逾期不受理。",
        ]));
        assert!(matches!(t[0], Treatment::RunIn { .. }), "{t:?}");
        assert!(t[2..4].iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        let t = decide(&some(&[
            "一、獎勵對象：為獎勵大學部成績優秀之學生。",
            "二、會議內容：",
            "（一）党组会议",
            "1、传达、学习和研究贯彻上级的重要指示；",
            "2、研究决定本局内部机构设置。",
            "（二）局长办公会议",
            "1、研究讨论本局行政事务；",
            "2、讨论下阶段工作的措施。",
            "三、申請期限：逕向各系申請，逾期不受理。",
        ]));
        assert!(matches!(t[2], Treatment::Heading { .. }), "{t:?}");
    }

    #[test]
    fn numbered_lines_one_under_the_other_under_a_sentence_ending_in_a_colon_are_its_list() {
        let t = decide(&some(&[
            "鑑於疫情肆虐，執事會在兩個月前決定將週年會友大會押後，還望大家見諒。我們仍未能恢復實體崇拜，為此定下四個準則:",
            "1. 當我們有把握為主日崇拜做好社交距離措施",
            "2. 當政府的聚會人數上限高於我們的一般出席人數",
            "3. 當會眾能一同唱詩讚美神",
            "現時的指引仍不容許我們達到上述準則，請大家繼續留意。",
        ]));
        assert!(t[1..4].iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // (GB/T 9704's first level under a colon may head parts a cut page lost)
        let t = decide(&some(&[
            "清明將至，我市已進入春季防火關鍵期，特向廣大市民朋友倡議如下：",
            "一、牢記森林防火十不要",
            "二、共同守護綠色家園",
            "三、切勿觸碰法律底線",
        ]));
        assert!(t[1..4].iter().all(|t| matches!(t, Treatment::Heading { .. })), "{t:?}");
    }

    #[test]
    fn a_list_under_items_set_as_paragraphs_heads_nothing() {
        let t = decide(&some(&[
            "一、本次会议以实体方式召开，请同仁戴上口罩配合防疫措施，如有变动另行公布。",
            "二、会议资料于会议前挂载于本校网页首页，请自行上网参阅。",
            "三、依据本校校务会议组织及运作要点第三条规定，本会议组织成员如下，请全数出席：",
            "（一）校长",
            "（二）各单位主管",
            "（三）职员代表",
            "四、请教官及编制外代理教师同时列席参加。",
        ]));
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // an attachment's headings after the items are its own
        let t = decide(&some(&[
            "一、请各单位高度重视，认真组织本次活动。",
            "二、请于5月10日前报送活动总结。",
            "附件：活动方案",
            "（一）活动主题",
            "弘扬劳动精神。",
            "（二）活动时间",
            "5月1日至5月7日。",
        ]));
        assert_eq!((t[3], t[5]), (Treatment::Heading(1), Treatment::Heading(1)), "{t:?}");
        // under headings it heads its part
        let t = decide(&some(&[
            "一、会议安排",
            "会议定于周五召开。",
            "（一）会议时间",
            "上午九时。",
            "（二）会议地点",
            "三楼会议室。",
            "二、工作要求",
            "请按时参加。",
        ]));
        assert_eq!((t[0], t[2]), (Treatment::Heading(1), Treatment::Heading(2)));
    }

    #[test]
    fn the_items_inside_a_texts_articles_head_nothing_even_letter_spaced_and_a_statutes_parts_over_them_do() {
        assert_eq!(family("第 六 條 本公司董事會之議事內容"), Some((Family::Article, "第 六 條".len())));
        assert_eq!(family("第 1 條本規則依…組織條例第十七條規定訂定之。"), Some((Family::Article, "第 1 條".len())));
        assert_eq!(family("第 一 章 總則"), Some((Family::Chapter, "第 一 章".len())));
        let t = decide(&some(&[
            "第 一 條 本規則依公開發行公司董事會議事辦法訂定之。",
            "第 二 條 本公司董事會之議事內容，至少包括下列事項：",
            "一、報告事項：",
            "二、討論事項：",
            "三、臨時動議。",
            "第 三 條 本公司對於下列事項應提董事會討論：",
            "一、公司之營運計畫。",
        ]));
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // `一、总则` over the articles heads them
        let t = decide(&some(&["一、总则", "第一条 为加强管理，制定本办法。", "第二条 本办法适用于本会。", "二、会员", "第三条 会员应遵守章程。"]));
        assert_eq!(t[0], Treatment::Heading(1));
    }

    #[test]
    fn a_character_a_mirror_lost_as_a_question_mark_asks_nothing_in_a_heading() {
        assert_eq!(shape("一、暫？,F（xiàn）場祭掃活動"), Some((Family::Han, Shape::Title)));
        assert_eq!(shape("一、暫？,F場祭掃活動"), Some((Family::Han, Shape::Title)));
        // a question asked is a sentence
        assert_eq!(shape("一、什么是文明祭扫？请各单位认真学习。"), Some((Family::Han, Shape::Sentence)));
    }

    #[test]
    fn the_numbered_points_of_a_note_head_nothing() {
        let t = decide(&some(&["备注：", "（1）留言数：", "各单位收到公众有效留言的总数。", "（2）本数据统计时间为2021年12月8日。"]));
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        // a series under the text's own heading after a note's points heads its parts
        let t = decide(&some(&[
            "备注：",
            "（1）以上费用按学期收取。",
            "（2）本表自2024年9月起执行。",
            "二、缴费时间",
            "（1）集中缴费期",
            "每年9月1日至9月10日。",
            "（2）线下缴费",
            "到财务处窗口办理。",
        ]));
        assert!(matches!(t[4], Treatment::Heading(_)), "{t:?}");
        // the same items under a sentence head their parts
        let t = decide(&some(&["现将有关事项说明如下。", "（1）留言数", "各单位收到公众有效留言的总数。", "（2）答复数", "各单位答复公众留言的总数。"]));
        assert_eq!(t[1], Treatment::Heading(1));
    }

    #[test]
    fn a_colon_inside_brackets_ends_no_run_in_lead() {
        assert_eq!(
            shape("一、前於108年已經來函重申非公務文書（如：私人帳單、網購包裹等）倘與公務無關者，應避免投遞至服務之機關。").map(|s| s.1),
            Some(Shape::Sentence)
        );
        assert!(matches!(shape("（一）指导思想。以习近平新时代中国特色社会主义思想为指导").map(|s| s.1), Some(Shape::RunIn(_))));
    }

    #[test]
    fn the_colon_of_a_clock_time_ends_no_run_in_lead() {
        let t = "1.学院于2017年10月27日下午17:00前提交推荐公函，并发送电子版。";
        assert!(!matches!(shape(t), Some((_, Shape::RunIn(_)))), "{:?}", shape(t));
    }

    #[test]
    fn two_numbered_whole_sentences_one_under_the_other_are_a_list_and_two_short_leads_are_headings() {
        let t = decide(&some(&[
            "根据协会章程决定如下：",
            "1、对在此期间参加竞赛的会员作出口头警告和书面承诺。",
            "2、对以下组织和带头会员作出开除会员会籍。",
            "田彦虎 棚号 000010号",
        ]));
        assert!(t.iter().all(|x| *x == Treatment::Paragraph), "{t:?}");
        let t = decide(&some(&["一、总体要求。", "二、工作任务。", "加强领导，落实责任。"]));
        assert!(matches!(t[0], Treatment::Heading(_)) && matches!(t[1], Treatment::Heading(_)), "{t:?}");
    }

    #[test]
    fn items_worded_as_pairs_of_clauses_each_over_its_own_paragraph_are_headings() {
        let t = decide(&some(&[
            "一、進一步提高思想認識，靠實工作責任。",
            "學生安全事關廣大青少年兒童的健康成長，事關廣大家庭的幸福安康，當前正值暑期汛期。",
            "二、進一步加強宣傳教育，加大警示力度。",
            "各縣區河長辦要聯合相關部門積極開展防溺水安全警示教育宣傳活動。",
        ]));
        assert!(matches!(t[0], Treatment::Heading(1)) && matches!(t[2], Treatment::Heading(1)), "{t:?}");
        // one under the other, they are a list of clauses
        let t = decide(&some(&["一、提高思想認識，靠實工作責任。", "二、加強宣傳教育，加大警示力度。", "請各單位遵照執行。"]));
        assert!(t[..2].iter().all(|x| *x == Treatment::Paragraph), "{t:?}");
    }

    #[test]
    fn items_that_are_whole_sentences_make_no_run_in_family_of_a_few_short_first_sentences() {
        let t = decide(&some(&[
            "一、行政工作例会是学校行政领导研究、协调安排学校日常工作的专题性会议，是学校的主要工作例会之一。",
            "二、行政工作例会由校长召集并主持。校长因故不能出席，可委托其他副校长召集并主持。",
            "三、行政工作例会参会人员为学校分管行政工作的领导、校长助理以及机关各行政部门的主要负责人。",
            "四、行政工作例会一般每两周召开一次。",
            "五、会议采用校园卡刷卡签到。与会人员不得无故缺席。",
            "六、本规则自发布之日起施行。",
        ]));
        assert!(t.iter().all(|x| *x == Treatment::Paragraph), "{t:?}");
    }

    #[test]
    fn a_posts_sections_numbered_01_02_head_it_over_their_own_items() {
        let t = decide(&some(&[
            "01招生计划",
            "西区中心幼儿园招收小班179人。",
            "02招生对象",
            "（一）西区街道户籍适龄幼儿。",
            "（二）非西区街道户籍适龄幼儿。",
            "03报名流程",
            "请家长查看各幼儿园招生通告。",
        ]));
        assert_eq!([t[0], t[2], t[5]], [Treatment::Heading(1); 3], "{t:?}");
        // a lone one, and digits that count or date, are no sections
        assert_eq!(decide(&some(&["01招生计划", "西区中心幼儿园招收小班179人。"]))[0], Treatment::Paragraph);
        assert!(serial_number("05月份工作安排").is_none() && serial_number("10招生计划").is_none() && serial_number("01号楼").is_none());
    }

    #[test]
    fn a_short_numbered_sentence_among_headings_is_set_as_they_are() {
        let texts = some(&[
            "一、拟征收土地范围",
            "本次拟征收土地位于峨边县沙坪镇。",
            "二、拟征收土地目的,《中华人民共和国土地管理法》第四十五条之相关规定。",
            "三、土地现状调查安排",
            "调查时间为2023年5月。",
        ]);
        let t = decide(&texts);
        assert_eq!([t[0], t[2], t[3]], [Treatment::Heading(1); 3], "{t:?}");
        assert_eq!(overruled(&texts, &t), vec![2]);
        // a text of several sentences stays a paragraph
        let t = decide(&some(&["一、总体要求", "加强领导。", "二、工作任务较重，各单位要按时完成。同时做好总结，及时报送。", "三、保障措施", "落实经费。"]));
        assert_eq!(t[2], Treatment::Paragraph, "{t:?}");
    }

    #[test]
    fn a_run_in_item_among_leads_set_on_lines_of_their_own_is_split_like_them() {
        let t =
            decide(&some(&["一、封闭时间。2025年4月9日至2025年4月30日", "二、封闭措施。", "封闭期间禁止游客进入景区。", "三、注意事项。", "请大家遵守规定。"]));
        assert!(matches!(t[0], Treatment::Split { level: 1, .. }), "{t:?}");
        assert_eq!(t[1], Treatment::Heading(1));
        // a run-in item among headings without a stop stays run-in
        let t = decide(&some(&["一、指导思想。以科学发展观为指导，推进改革。", "二、主要目标", "到2025年完成任务。", "三、工作措施", "加强领导。"]));
        assert!(matches!(t[0], Treatment::RunIn { .. }), "{t:?}");
    }
    #[test]
    fn capital_numerals_head_the_level_over_han_ones() {
        let t = decide(&some(&[
            "壹、頒獎",
            "表揚本市優良旅館業。",
            "貳、討論事項",
            "一、修正實施辦法部分條文案",
            "決議：本案通過。",
            "二、修正輔導辦法",
            "決議：照案通過。",
        ]));
        assert_eq!([t[0], t[2], t[3], t[5]], [Treatment::Heading(1), Treatment::Heading(1), Treatment::Heading(2), Treatment::Heading(2)]);
        // an amount in capitals is no number
        assert_eq!(family("壹萬元整"), None);
    }

    #[test]
    fn circled_items_are_paragraphs_however_short() {
        let t = decide(&some(&[
            "一、讨论确定理事候选人名额",
            "会议讨论了名额分配原则。",
            "① 各省力学学会理事候选人名额总数为100名，根据各地区上届理事人数分配。",
            "② 专业委员会理事候选人名额总数为38名。",
            "③ 团体会员单位理事候选人名额为45名。",
        ]));
        assert_eq!(t[0], Treatment::Heading(1));
        assert_eq!(&t[2..], [Treatment::Paragraph; 3]);
    }

    #[test]
    fn items_that_lost_their_numerals_count_with_their_family() {
        let t = some(&[
            "一、申请用地单位：黄陂区人民政府",
            "、征收土地位置李家集街仰山庙村，征地总面积7.8公顷。",
            "、征地补偿标准及具体补偿安置费用按照公告执行，请相互转告。",
        ]);
        assert_eq!(decide(&t), vec![Treatment::Paragraph; 3]);
    }

    #[test]
    fn a_clause_number_before_a_word_a_quantity_could_start_heads_its_clause_among_its_siblings() {
        let t = some(&[
            "1总则",
            "1.2制定依据",
            "根据有关法律法规，制定本预案。",
            "1.3分级分类",
            "1.3.1为有效处置各类突发事件，依据突发事件可能造成的危害程度，由低到高划分为4个级别。",
            "1.4组织机构",
            "镇应急委员会统一领导全镇应急工作。",
        ]);
        let d = decide(&t);
        assert_eq!([d[1], d[3], d[5]], [Treatment::Heading(2); 3]);
        // amounts that vouch only for each other are no clauses
        let t = some(&["1 总则", "1.1 目的", "项目投资如下。", "1.5万元用于设备购置", "1.6万元用于人员培训"]);
        let d = decide(&t);
        assert_eq!([d[3], d[4]], [Treatment::Paragraph; 2]);
    }

    #[test]
    fn a_lone_arabic_item_that_is_not_its_lists_first_heads_nothing() {
        let t = some(&["根据有关规定，修订如下。", "2. 由 2010 年", "署理海事處處長廖漢波"]);
        assert_eq!(decide(&t)[1], Treatment::Paragraph);
        // (its list's first alone may head, as may a lone 二、 of a cut page)
        let t = some(&["根据有关规定，修订如下。", "1. 总体要求", "本次活动由市政府主办。"]);
        assert_eq!(decide(&t)[1], Treatment::Heading(1));
        let t = some(&["根据有关规定，修订如下。", "二、工作要求", "本次活动由市政府主办。"]);
        assert_eq!(decide(&t)[1], Treatment::Heading(1));
    }

    #[test]
    fn a_plans_decimal_clauses_are_headings_by_depth() {
        let t = some(&[
            "1 总则",
            "1.1 编制依据",
            "依据有关法律法规，制定本预案。",
            "1.2 适用范围",
            "本预案适用于全县。",
            "1.2.1 突发事件分类",
            "（1）自然灾害。",
            "2 组织体系",
        ]);
        let d = decide(&t);
        assert_eq!(
            (d[0], d[1], d[3], d[5], d[7]),
            (Treatment::Heading(1), Treatment::Heading(2), Treatment::Heading(2), Treatment::Heading(3), Treatment::Heading(1))
        );
    }

    #[test]
    fn entries_of_a_contents_with_dot_leaders_are_no_headings() {
        let t = some(&["1总则……………………3", "1.1编制目的………………3", "2组织机构及职责…………5", "1 总则", "1.1 编制目的", "为做好应急工作，制定本预案。"]);
        let d = decide(&t);
        assert_eq!(d[..3], [Treatment::Paragraph; 3]);
        assert_eq!((d[3], d[4]), (Treatment::Heading(1), Treatment::Heading(2)));
    }

    #[test]
    fn decimal_numbers_without_a_hierarchy_are_text() {
        let t = some(&["1.5亿元用于基础设施", "2 个月内完成", "一、总体要求"]);
        let d = decide(&t);
        assert_eq!((d[0], d[1], d[2]), (Treatment::Paragraph, Treatment::Paragraph, Treatment::Heading(1)));
    }

    #[test]
    fn a_label_and_a_short_value_among_headings_is_a_heading_too() {
        let t = some(&["一、项目建设内容及规模", "新建综合楼1600平方米。", "二、总投资及资金来源", "项目总投资为362万元。", "三、建设年限：2007年-2008年"]);
        let d = decide(&t);
        assert_eq!((d[0], d[2], d[4]), (Treatment::Heading(1), Treatment::Heading(1), Treatment::Heading(1)));
    }

    #[test]
    fn an_articles_enumeration_heads_nothing_in_a_text_of_articles() {
        let t = some(&[
            "第一条 为激励广大学生勤奋学习、努力进取，在德、智、体、美等方面得到全面发展，特制定本办法。",
            "第二条 校长奖学金用于奖励在校生中二年级以上（含二年级）本科学生和非在职研究生，每学年评定一次。",
            "第三条 学生评定基本条件",
            "（一）本科学生评定基本条件",
            "1、热爱祖国，遵守宪法和法律，遵守学校规章制度，诚实守信，道德品质优良。",
            "（二）非在职研究生评定基本条件",
            "1.学习成绩优异，取得一定的科研成果或科研进展。",
        ]);
        assert!(decide(&t).iter().all(|d| *d == Treatment::Paragraph), "{:?}", decide(&t));
        // without articles the same items head their parts
        let d = decide(&t[3..]);
        assert_eq!((d[0], d[2]), (Treatment::Heading(1), Treatment::Heading(1)));
    }

    #[test]
    fn a_label_and_a_value_too_short_for_a_run_in_among_headings_is_a_heading_too() {
        let t = some(&[
            "一、比赛项目",
            "拔河比赛：各分工会推荐选手18名，至少有4名女职工上场参与拔河。",
            "二、工作组",
            "负责场地安排、比赛协调与奖品购置。",
            "三、总统筹： 汪冬生",
        ]);
        assert_eq!(shape("三、总统筹： 汪冬生").map(|s| s.1), Some(Shape::Sentence));
        assert_eq!(decide(&t)[4], Treatment::Heading(1));
    }

    #[test]
    fn a_numbered_phrase_ending_in_a_colon_over_lower_items_or_its_own_text_heads_them() {
        let t = some(&[
            "一、考试科目及考试时间",
            "考试安排见下表，各年级按表组织。",
            "二、考室布置、清洁及其它：",
            "1、各年级按教务处通知的各考室人数统一安排座位，多余桌凳放在教室外过道靠墙。",
        ]);
        assert_eq!(shape("二、考室布置、清洁及其它：").map(|s| s.1), Some(Shape::Sentence), "too long a label for its shape alone");
        let d = decide(&t);
        assert_eq!((d[0], d[2]), (Treatment::Heading(1), Treatment::Heading(1)));
        // over its next sibling, or over a short line of names, it heads nothing
        let t = some(&["二、考室布置、清洁及其它：", "陈波 许文优", "三、报名办法：", "四、报名时间"]);
        let shapes: Vec<_> = t.iter().map(|t| t.as_deref().and_then(shape)).collect();
        assert!(!heads_under_colon(&t, &shapes, 0) && !heads_under_colon(&t, &shapes, 2));
        // unless a sibling of its make heads its text: parallel items are set alike
        let t = some(&[
            "一、荣获2020商会建设先进个人奖27名：",
            "通报表彰和颁发证书给下列积极参加商会建设活动3次以上的先进个人（按综合分从高到低排列）：张三、李四。",
            "二、荣获2020年公益扶贫帮困先进个人奖5名：",
            "陈胜洪、岳竑、虞海燕、任凯、昌春台。",
        ]);
        let d = decide(&t);
        assert_eq!((d[0], d[2]), (Treatment::Heading(1), Treatment::Heading(1)));
    }

    #[test]
    fn a_label_run_in_with_its_value_beside_a_label_alone_over_its_text_are_headings_alike() {
        let t = some(&["一、时间：2010年4月15日前", "二、要求：", "各党组织要高度重视，认真组织党员到居住地党组织报到。"]);
        let d = decide(&t);
        // (a short value stays in its heading: `三、建设年限：2007年-2008年`)
        assert!(matches!(d[0], Treatment::Split { level: 1, .. } | Treatment::Heading(1)), "{d:?}");
        assert_eq!(d[1], Treatment::Heading(1));
        // a sentence among them keeps the family run in
        let t = some(&[
            "1.背景：以新时代思想为指引，持续深入宣传。",
            "2.国际妇女节全称“联合国妇女权益和国际和平日”，在中国又称妇女节。",
            "3.工作目标",
            "4.主要内容",
        ]);
        assert!(!decide(&t).iter().any(|d| matches!(d, Treatment::Split { .. })), "{:?}", decide(&t));
    }

    #[test]
    fn a_short_numbered_label_over_its_text_is_a_heading() {
        assert_eq!(shape("二、管制路段及措施：").map(|s| s.1), Some(Shape::Title));
        assert_ne!(shape("1.会议强调：").map(|s| s.1), Some(Shape::Title), "a speech verb introduces what was said");
        // 要求 is a noun too: a speaker's 要求 introduces what was said, a label's names a part
        assert_ne!(shape("2.会议要求：").map(|s| s.1), Some(Shape::Title));
        assert_ne!(shape("3.市长要求：").map(|s| s.1), Some(Shape::Title));
        assert_eq!(shape("二、参赛范围及要求：").map(|s| s.1), Some(Shape::Title));
        assert_eq!(shape("三、工作要求：").map(|s| s.1), Some(Shape::Title));
    }

    #[test]
    fn a_table_of_contents_lists_headings_without_being_them() {
        let t = some(&[
            "目 录",
            "第一章 总 则",
            "第二章 保障事项",
            "第一章 总 则",
            "第一条 为了规范机关运行保障工作，制定本条例。",
            "第二章 保障事项",
            "第二条 本条例适用于各级机关。",
        ]);
        let d = decide(&t);
        assert_eq!(d[1..3], [Treatment::Paragraph, Treatment::Paragraph]);
        assert_eq!((d[3], d[5]), (Treatment::Heading(1), Treatment::Heading(1)));
    }

    #[test]
    fn a_contents_without_its_label_ends_where_the_body_opens_with_its_first_number_again() {
        let t = some(&[
            "第一章 总则",
            "1.1定义",
            "1.2指导思想",
            "第二章 组织体系和职责任务",
            "第三章 预防和预警机制",
            "3.1预防预报预警信息",
            "第一章",
            "1.1定义",
            "本预案所称地质灾害，是指自然因素或者人为活动引发的危害人民生命和财产安全的灾害。",
        ]);
        let d = decide(&t);
        assert_eq!(unlabelled_contents(&t), (0..6).collect::<Vec<_>>());
        assert!(d[..6].iter().all(|x| *x == Treatment::Paragraph), "{d:?}");
        // (the body's `第一章`, its name lost to the page's cut, still opens the chapter)
        assert_eq!(d[6], Treatment::Heading(1));
        // numbered lines between text are no contents
        let t = some(&["第一章 总则", "第一条 为了规范管理，制定本办法。", "第二章 职责", "第二条 各部门按职责分工负责。"]);
        assert!(unlabelled_contents(&t).is_empty());
    }

    #[test]
    fn a_label_and_its_value_after_a_number_are_run_in_not_a_heading() {
        assert!(matches!(shape("二、 建设地点:洋县洋州街道梁家村"), Some((Family::Han, Shape::RunIn(_)))));
        assert!(matches!(shape("一、会议时间：2023年6月16日"), Some((Family::Han, Shape::RunIn(_)))));
        assert_eq!(shape("一、上午9:30召开大会").map(|s| s.1), Some(Shape::Title), "a clock time is no label");
        assert_eq!(shape("1.教育部部长强调:人才是高校改革发展的核心问题").map(|s| s.1), Some(Shape::Title), "a headline quoting");
        // a label alone over what it heads is a heading (`一、工作要求：`); a speaker's words are not
        assert_eq!(shape("一、工作要求：").map(|s| s.1), Some(Shape::Title));
        assert_ne!(shape("一、会议要求：").map(|s| s.1), Some(Shape::Title));
    }

    #[test]
    fn a_long_item_that_ends_no_sentence_heads_the_paragraph_under_it_but_not_a_closing_formula() {
        let minutes = some(&[
            "一、会议审议了《关于加强统计基层基础建设的实施意见》《统计造假弄虚作假责任制实施细则》",
            "会议强调，各地各部门要对照整改方案和措施清单，从严从实完成整改任务，不断提升治理能力现代化水平。",
            "二、会议听取了太湖综合治理情况汇报，审议了《推进新一轮太湖综合治理专项行动方案》",
            "会议强调，太湖治理是重大政治任务，要完善推进机制，形成工作合力，久久为功，确保取得实效。",
        ]);
        assert_eq!(decide(&minutes), vec![Treatment::Heading(1), Treatment::Paragraph, Treatment::Heading(1), Treatment::Paragraph]);
        let notice = some(&["3、请各单位于5月10日前将报名表和推荐材料的电子版报送至办公室邮箱，逾期不予受理并将有关情况通报相关单位", "特此通知。"]);
        assert_eq!(decide(&notice), vec![Treatment::Paragraph, Treatment::Paragraph]);
    }

    #[test]
    fn a_run_in_item_among_label_headings_ending_in_a_colon_is_split_like_them() {
        let t = decide(&some(&[
            "1.放假时间:",
            "9月19日至21日共三天。",
            "2.正常入园时间:",
            "9月22日幼儿正常入园。",
            "3.安全提醒:请家长做好假期间防火、防电、防溺水工作。",
        ]));
        assert_eq!([t[0], t[2]], [Treatment::Heading(1); 2]);
        assert!(matches!(t[4], Treatment::Split { level: 1, .. }), "{t:?}");
    }

    #[test]
    fn numbered_sentences_one_under_the_other_are_a_list_not_headings() {
        let t = decide(&some(&[
            "会议由书记主持。",
            "1.会议传达学习了总书记重要指示精神。",
            "2.会议传达学习了全会精神。",
            "3.会议研究了保密工作有关事项。",
            "散会。",
        ]));
        assert!(t.iter().all(|d| *d == Treatment::Paragraph), "{t:?}");
        // short items among long ones under an article's lead, one under the other, all stopped
        let t = decide(&some(&[
            "合作社章程,應記載下列事項:",
            "一、名稱。",
            "二、責任。",
            "三、社址。",
            "四、定有存立期間或解散事由者,其期間或事由。",
            "五、其他處理社務事宜。",
        ]));
        assert!(t.iter().all(|d| *d == Treatment::Paragraph), "{t:?}");
        // headings with text under them stay headings
        let t = decide(&some(&["1.总体要求。", "要坚持稳中求进。", "2.主要任务。", "要抓好重点工作。", "3.保障措施。", "要加强组织领导。"]));
        assert_eq!(t[0], Treatment::Heading(1));
    }

    #[test]
    fn shapes_of_numbered_lines() {
        assert_eq!(shape("一、总体要求"), Some((Family::Han, Shape::Title)));
        // (a name's field is no speech: `名称` ends in 称 as `发言人称` does)
        assert!(matches!(shape("一、项目名称：洋县洋州街道梁家村稻虾种养农旅综合项目"), Some((Family::Han, Shape::RunIn(_)))));
        assert!(matches!(shape("（一）指导思想。以习近平新时代中国特色社会主义思想为指导"), Some((Family::ParenHan, Shape::RunIn(_)))));
        assert_eq!(shape("1.企业主要负责人要带头开展一次全面自查，建立问题清单和整改台账；").map(|s| s.1), Some(Shape::Sentence));
        assert_eq!(shape("第一條 (立法目的)"), Some((Family::Article, Shape::Title)));
        assert_eq!(shape("总体要求"), None);
        // minutes: the agenda items head the record, above its 一、 points
        assert_eq!(shape("议题一：学习习近平新时代中国特色社会主义思想"), Some((Family::Part, Shape::Title)));
        let t = decide(&some(&["议题一：审定学院年度建设项目", "一、会议同意立项", "议题二：审定推荐项目"]));
        assert_eq!((t[0], t[2]), (Treatment::Heading(1), Treatment::Heading(1)));
    }

    #[test]
    fn parallel_items_are_treated_alike() {
        // corpus 02: seven 一、 items that are sentences with a lead are all run-in paragraphs
        let t = decide(&some(&[
            "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。",
            "二、春节：2月4日至10日放假调休，共7天。",
            "三、清明节：4月5日放假，与周末连休。",
        ]));
        assert!(t.iter().all(|x| matches!(x, Treatment::RunIn { .. })), "{t:?}");
        // corpus 07: 一、 headings over run-in （一） items
        let t = decide(&some(&[
            "一、总体要求",
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，坚持。",
            "二、指标体系",
            "（二）基本原则。坚持公益性导向，提高医疗服务效率。",
        ]));
        assert_eq!(t[0], Treatment::Heading(1));
        assert_eq!(t[2], Treatment::Heading(1));
        assert!(matches!(t[1], Treatment::RunIn { level: 2, .. }));
    }

    #[test]
    fn short_whole_sentences_among_items_of_sentences_are_clauses_not_headings() {
        let t = decide(&some(&[
            "（一）县委第二巡察组巡察县人大机关、县政协机关、县应急管理局，时间为一个月，联系电话为0000000，信箱设在县政府门口。",
            "（二）巡察期间受理信访件。",
            "（三）巡察组不处理诉讼、仲裁等事项。",
        ]));
        assert!(t.iter().all(|x| *x == Treatment::Paragraph), "{t:?}");
        // (beside a phrase, they head their parts as it does)
        let t = decide(&some(&[
            "（一）暂停办理业务时间",
            "（二）WEB端所有功能均可正常使用。",
            "（三）请纳税人妥善安排时间，避免系统切换期间办理业务，由此带来的不便敬请谅解。",
        ]));
        assert_eq!(t[..2], [Treatment::Heading(1), Treatment::Heading(1)]);
    }

    #[test]
    fn a_series_whose_headings_are_whole_sentences_beside_a_paragraph_is_all_paragraphs() {
        let t = decide(&some(&[
            "一、暂停办理业务的时间及范围",
            "（一）暂停办理业务时间",
            "（二）暂停办理业务渠道",
            "二、注意事项",
            "（一）请广大纳税人妥善安排时间。",
            "（二）系统切换完成业务恢复办理初期，办理量较大。请广大纳税人、扣缴义务人错峰办理。",
        ]));
        assert_eq!(t[1..3], [Treatment::Heading(2), Treatment::Heading(2)], "the first series keeps its headings");
        assert_eq!(t[4..6], [Treatment::Paragraph, Treatment::Paragraph], "{t:?}");
    }

    #[test]
    fn a_few_run_in_leads_among_more_plain_items_of_a_series_are_plain_too() {
        let t = decide(&some(&[
            "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。",
            "二、春节：2月4日至10日放假调休，共7天。",
            "三、清明节：4月5日放假，与周末连休。",
            "一、本次現金救助，對象為從事農業生產之自然人，依規定辦理救助。",
            "二、所辦理救助項目損失率達20%以上，依救助額度標準予以救助；未達20%者不予救助。",
            "三、本次救助項目是針對農牧用地上之改良種芒果，林業用地不在救助之列，請農民注意。",
            "四、申請期限：111年4月26日起至5月5日止，逾期不予受理。",
            "五、依據救助規定之項目及額度標準，改種芒果之救助額度為每公頃9萬元，請依規定申請。",
        ]));
        assert!(t[3..].iter().all(|x| *x == Treatment::Paragraph), "{t:?}");
        assert!(t[..3].iter().all(|x| matches!(x, Treatment::RunIn { .. })), "a series of run-ins keeps its leads: {t:?}");
    }

    #[test]
    fn an_item_set_against_its_shape_is_reported_once_per_family() {
        let texts = some(&[
            "一、今年元旦放假一天，各单位做好值班安排。",
            "二、春节放假",
            "三、清明节放假一天，与周末连休，请各单位妥善安排。",
            "四、劳动节放假，各单位做好安全检查。",
        ]);
        let t = decide(&texts);
        assert!(t.iter().all(|t| *t == Treatment::Paragraph), "{t:?}");
        assert_eq!(overruled(&texts, &t), vec![1]);
    }

    #[test]
    fn a_chapters_name_without_its_number_over_article_one_is_a_chapter_heading() {
        let t = decide(&some(&[
            "總 則",
            "第一條 為切實把我村建設成為新農村，特制定本規約。",
            "第二條 本規約具有村委與居民、居民與居民的契約性質，對全體村民具有相同的約束力。",
            "村民行為規範",
            "第一條 全體村民要自覺學法、知法、守法，嚴禁偷盜、吸毒、敲詐和聚眾賭博。",
            "第二條 不得無故非訪、越級上訪和纏訪；鄰里糾紛，原則上不出本組。",
        ]));
        assert_eq!(t, [Treatment::Heading(1), Treatment::Paragraph, Treatment::Paragraph, Treatment::Heading(1), Treatment::Paragraph, Treatment::Paragraph]);
        // a short line over a later article is the text's own
        let t = decide(&some(&["第一条 为了规范村务公开，制定本规定。", "村民委员会", "第二条 村民委员会应当实施村务公开。"]));
        assert_eq!(t[1], Treatment::Paragraph);
        // an attached document's title over its first article is no chapter
        let t = decide(&some(&["燃气经营许可管理办法", "第一条 为加强我省城镇燃气经营许可管理，规范燃气市场秩序，保障燃气供应，制定本办法。"]));
        assert_eq!(t[0], Treatment::Paragraph);
    }

    #[test]
    fn articles_that_are_sentences_stay_paragraphs_under_their_chapters() {
        let t = decide(&some(&["第一章 总则", "第一条 为了规范村务公开，制定本条例。", "第二条 村民委员会应当实施村务公开。", "第二章 内容"]));
        assert_eq!(t, vec![Treatment::Heading(1), Treatment::Paragraph, Treatment::Paragraph, Treatment::Heading(1)]);
    }

    #[test]
    fn a_point_counted_in_prose_that_ends_with_its_stop_is_a_sentence() {
        assert_eq!(shape("一是开通电子发文通知书、年费及年费滞纳金缴纳短信提醒服务。").map(|(_, s)| s), Some(Shape::Sentence));
        assert_eq!(shape("一是加强组织领导").map(|(_, s)| s), Some(Shape::Title));
    }

    #[test]
    fn a_label_spaced_from_its_colon_runs_in_as_its_siblings_do() {
        let t = decide(&some(&[
            "一、停产时间 ：2020 年 1 月 19 日 20 时 --1 月 21 日 20 时。",
            "二、预计恢复生产时间 ：2020 年 1 月 21 日 20 时。",
            "三、停产影响区域：小坡至万宇商贸城、小坡至五馆一中心等片区供水压力减小。",
        ]));
        assert!(t.iter().all(|x| matches!(x, Treatment::RunIn { level: 1, .. })), "{t:?}");
    }

    #[test]
    fn a_label_run_in_with_its_value_among_own_line_headings_stands_as_they_do() {
        let t = decide(&some(&[
            "一、会议时间",
            "2013年2月1日上午8:30点前报到。",
            "二、会议地点：南岳区妇幼保健院五楼会议室。",
            "三、参会人员",
            "各单位分管院长。",
        ]));
        assert_eq!(t[0], Treatment::Heading(1));
        assert!(matches!(t[2], Treatment::Split { level: 1, .. }), "{t:?}");
        assert_eq!(t[3], Treatment::Heading(1));
    }

    #[test]
    fn short_articles_without_chapters_are_never_headings() {
        // a headless 办法: short one-sentence articles, one ending in a colon over its items
        // (some cut short by the page: `…民族特点的文化经�`)
        let t = decide(&some(&[
            "第一条 为加强文化市场管理，保护经营者和消\u{FFFD}",
            "第二条 本市行政区域内的文化经营活动适用本办法。",
            "第三条 本办法所称文化经营活动包括：",
            "（一）各类营业性演出及表演；",
            "（二）各种文化娱乐经营活动。",
            "第四条 市文化行政主管部门统一负责本市文化市场管理工作。",
            "第五条 鼓励和提倡文明、健康、有益的和具有地方特色、民族特点的文化经",
            "第六条 文化经营活动实行许可制度。",
            "第七条 娱乐场所不得在可能干扰学校、医院、机关正常学习、工作秩序的地",
            "第八条 中学、小学校园周围200米范围内和居民住宅楼(院)内不得设立互联网\u{FFFD}",
            "第九条 从事文化经营活动的经营者，应当具备下列条件：",
            "（一）必要的资金和相应的设备；",
            "第十条 从事文化经营活动的经营者应经文化行政主管部门审查批准，领取经\u{FFFD}",
            "第十一条 文化行政主管",
        ]));
        assert!(t.iter().all(|x| !matches!(x, Treatment::Heading(_))), "{t:?}");
    }

    #[test]
    fn captioned_articles_beside_one_that_carries_its_text_are_set_alike_as_text() {
        let t = decide(&some(&[
            "第一条  为提高公文制作水平、加强公文管理，保证公文处理工作准确、及时，制定本制度。",
            "第二条  公文处理的主管部门及其职责",
            "法院办公室为公文处理工作的主管部门。",
            "第三条  公文种类",
            "适用于授予司法警察警衔。",
        ]));
        assert!([0, 1, 3].iter().all(|&i| t[i] == Treatment::Paragraph), "{t:?}");
        // (captions all: headings)
        let t = decide(&some(&[
            "第一条 目的",
            "为规范会议管理，制定本制度。",
            "第二条 原则",
            "会议坚持精简、高效。",
            "第三条 适用范围",
            "本制度适用于协会各类会议。",
            "第四条 人员、机构",
            "秘书处负责会务。",
        ]));
        assert!([0, 2, 4, 6].iter().all(|&i| matches!(t[i], Treatment::Heading(_))), "{t:?}");
    }

    #[test]
    fn items_a_flattened_page_runs_into_their_sentences_after_a_space_are_run_in_headings() {
        let t = decide(&some(&["一、元旦 1月1日至3日放假公休，共3天。", "二、春节 2月2日至8日放假调休，共7天。"]));
        let lead = "一、元旦".len();
        assert_eq!(t[0], Treatment::RunIn { level: 1, lead });
        // (a title's own spaces lead no sentence)
        assert_eq!(shape("一、关于 2024 年工作要点的说明").map(|(_, s)| s), Some(Shape::Title));
        // (a person listed after a spaced number, a chapter and its first article)
        assert_eq!(shape("1. 王小明 男，汉族，1985年3月生，大学学历。").map(|(_, s)| s), Some(Shape::Sentence));
        assert!(!matches!(shape("第一章 总则 第一条 本会名称为某某市志愿服务协会。"), Some((_, Shape::RunIn(_)))));
    }

    #[test]
    fn a_long_numbered_line_of_clauses_is_no_heading_but_an_article_may_be() {
        assert!(!long_item_head("（一）提供《疫情防控管理部门评估意见》，出具评估意见的部门应与主办单位平级，线上办节办会也应按要求提交"));
        assert!(long_item_head("一、会议审议了《关于加强管理的实施细则》《关于推进改革的实施意见》"));
        assert!(long_item_head("第一條 為強化提案工作質量導向，推動提升提案質量，根據《提案工作條例》"));
    }

    #[test]
    fn a_figure_spaced_after_the_word_that_governs_it_ends_no_lead() {
        assert_eq!(shape("二、為配合於 2025 城鎮韌性（防空）演習前及相關宣導場合，加強推廣。").map(|(_, s)| s), Some(Shape::Sentence));
        assert!(matches!(shape("一、统计时间 2024年5月1日至5月10日。"), Some((_, Shape::RunIn(_)))));
    }
}
