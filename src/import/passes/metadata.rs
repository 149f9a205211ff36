//! Pass 3, metadata: the page's metadata lines in its header — `发布时间：2023-05-12 09:30`,
//! `来源：…  作者：…`, the rows of a `索引号 | … | 发布机构 | …` table, a label whose value is
//! on the next line — give their fields to the front matter and are removed. Only lines before
//! the first line of running text count: a `来源：` inside the body is text.

use super::super::chars::{find_date, han, hands_over, is_date_line, is_doc_number, is_prose, label_at, trim_all};
use super::super::page::{Class, Field, MetaField, Page, Reason};
use super::super::rules::{EMPTY_FIELD_VALUES, INFOBOX_LABELS, INFOBOX_ROWS, KIND_WORDS, MEDIA_ENDINGS, META_LABELS, META_LINE, OUTLET_ENDINGS};

/// `觀傳媒` over `更新於 01月15日11:13 • 發布於 01月15日11:13 • 觀傳媒`: an outlet's name alone
/// over the posting row that names it again — the row's source.
fn outlet_over_row(page: &Page, metas: &mut [Option<Vec<(MetaField, String)>>]) {
    for i in 0..metas.len() {
        let name = page.lines[i].text.trim();
        let short = (2..=OUTLET_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(han);
        if metas[i].is_some() || !page.lines[i].is_text() || !short {
            continue;
        }
        let row = page.next_nonblank(i).filter(|&j| metas[j].is_some());
        if row.is_some_and(|j| page.lines[j].text.contains(name)) {
            metas[i] = Some(vec![(MetaField::Source, name.to_string())]);
        }
    }
}

/// An outlet's name alone over its posting row is at most this long.
const OUTLET_NAME_CHARS: usize = 8;

/// Fields of a metadata line, in order. It must start with a label; each value runs to the next
/// label.
pub fn meta_line(t: &str) -> Option<Vec<(MetaField, String)>> {
    // (`▌来源:桐城市体育中心`: a mark a page sets before its row)
    let t = t.trim_start().trim_start_matches(ROW_MARKS);
    let (folded, s) = normalised(without_size_buttons(t))?;
    labelled(&folded, &s, false, false)
        .or_else(|| labelled(&folded, &s, true, false))
        .or_else(|| dated_row(&folded, &s))
        .or_else(|| glued_date(t))
        .or_else(|| categorised_row(t))
        .or_else(|| numbered_dateline(t))
}

/// `財會[2010]12號 2010年7月21日頒布 廣西天華編輯`: a database's row of the document's number,
/// the day it was issued and whoever keyed it in — the number and the date; the editor is the
/// site's.
fn numbered_dateline(t: &str) -> Option<Vec<(MetaField, String)>> {
    let mut words = t.split_whitespace();
    let number = words.next().filter(|n| is_doc_number(n))?;
    let day = words.next()?;
    let issued = super::super::chars::fold(day);
    let verb = ISSUING_VERBS.iter().find_map(|v| issued.strip_suffix(v))?;
    let date = find_date(verb).filter(|_| is_date_line(verb))?;
    let rest: String = words.collect();
    Some(vec![(MetaField::DocNumber, number.to_string()), (MetaField::Date, date), (MetaField::Ignored, rest)])
}

/// What a row says was done on the day it gives (`2010年7月21日颁布`).
const ISSUING_VERBS: &[&str] = &["颁布", "发布", "印发", "公布"];

/// The fields of a whole line: a row (`meta_line`), or a poster's name before one (never read
/// inside a field's value, where words before a label are the value's: `名称: 通山…执法 整治…
/// 发布日期:…`).
pub fn line_fields(t: &str) -> Option<Vec<(MetaField, String)>> {
    meta_line(t).or_else(|| published_row(t))
}

/// `仙居县图书馆 发布时间:2020-1-29 13:01:04`: the name of whoever posted the page, a space,
/// then a row that opens with a posting date's long label (`会议 时间：…` is a notice's). The
/// fields; the name is the site's.
fn published_row(t: &str) -> Option<Vec<(MetaField, String)>> {
    let (name, rest) = t.trim().split_once(char::is_whitespace)?;
    if !(2..=MAX_PUBLISHER_CHARS).contains(&name.chars().count()) || !name.chars().all(han) {
        return None;
    }
    let (folded, s) = normalised(rest.trim_start())?;
    let label: String = folded.iter().take_while(|c| **c != '：').filter(|c| !c.is_whitespace()).collect();
    let posting_date = META_LABELS.iter().any(|(l, f)| *f == MetaField::Date && *l == label && l.chars().count() >= MIN_POSTING_LABEL_CHARS);
    let fields = labelled(&folded, &s, false, false).filter(|_| posting_date)?;
    fields.first().is_some_and(|(f, v)| *f == MetaField::Date && find_date(v).is_some()).then_some(fields)
}

/// The name of a page's poster before its row is at most this long.
const MAX_PUBLISHER_CHARS: usize = 16;
/// A posting date's label after a poster's name is at least this long (`发布于`, `发布时间`).
const MIN_POSTING_LABEL_CHARS: usize = 3;

/// `一般公告 / 張貼者 教導主任`: the post's category, a slash, then its labelled fields. The fields.
fn categorised_row(t: &str) -> Option<Vec<(MetaField, String)>> {
    let (category, rest) = t.split_once(" / ")?;
    let category = category.trim();
    let word = (2..=MAX_CATEGORY_CHARS).contains(&category.chars().count()) && category.chars().all(han);
    if !word {
        return None;
    }
    let (folded, s) = normalised(rest)?;
    labelled(&folded, &s, true, false)
}

/// A post's category before its fields is a word of at most this many characters.
const MAX_CATEGORY_CHARS: usize = 6;

/// Marks a page sets before a metadata row, as a bar or a bullet.
const ROW_MARKS: &[char] = &['▌', '▍', '▎', '■', '◆', '●', '★', '▶', '►', '▪'];

/// `最後更新日期2024-09-18`: a date label run into its date, no colon between, perhaps after a
/// qualifier (`最后`); nothing but the date after it.
fn glued_date(t: &str) -> Option<Vec<(MetaField, String)>> {
    // (no figure and no 年: no date to find, and no label tried at every character)
    if !t.contains(|c: char| c.is_ascii_digit() || c == '年') {
        return None;
    }
    let folded = super::super::chars::fold(t.trim());
    let (field, value) = folded
        .char_indices()
        .take(LABEL_QUALIFIER_CHARS)
        .filter(|&(k, _)| folded[..k].chars().all(han))
        .find_map(|(k, _)| glued_label(&folded[k..]).filter(|(f, v)| *f == MetaField::Date && is_date_line(v)))?;
    Some(vec![(field, value)])
}

/// `放大字體  縮小字體2023-02-24  來源:…`: the row without the text-size buttons that open it.
fn without_size_buttons(t: &str) -> &str {
    let mut rest = t.trim_start();
    // (most lines open with no button: nothing is folded for them)
    if !rest.starts_with(['放', '缩', '縮', '默']) {
        return t;
    }
    // (only the next word is folded: a line of buttons is read once)
    let next = |r: &str| super::super::chars::fold(&r.chars().take(4).collect::<String>()).into_owned();
    while let Some(w) = SIZE_BUTTONS.iter().find(|w| next(rest).starts_with(*w)) {
        let n: usize = rest.chars().take(w.chars().count()).map(char::len_utf8).sum();
        rest = rest[n..].trim_start();
    }
    if rest.len() < t.trim_start().len() && !rest.is_empty() { rest } else { t }
}

/// Buttons a page sets before its metadata row.
const SIZE_BUTTONS: &[&str] = &["放大字体", "缩小字体", "默认字体"];

/// `2019-05-30     来源:市政府办公室 字号:[ ]`: the page's posting date, then labelled fields.
/// The fields are the row's (the date is read as a byline's: `dated_byline`).
fn dated_row(folded: &[char], s: &[char]) -> Option<Vec<(MetaField, String)>> {
    let word = s.iter().position(|c| c.is_whitespace())?;
    let date: String = s[..word].iter().collect();
    let numeric = date.starts_with(|c: char| c.is_ascii_digit()) && date.chars().all(|c| c.is_ascii_digit() || "-/.年月日".contains(c));
    if !numeric || find_date(&date).is_none() {
        return None;
    }
    let mut rest = (word..s.len()).find(|&k| !s[k].is_whitespace())?;
    // (`2021-09-17 07:40:46 作者: 来源:福建日报`: the time of posting goes with its date)
    let end = (rest..s.len()).find(|&k| s[k].is_whitespace()).unwrap_or(s.len());
    let clock = s[rest..end].iter().all(|c| c.is_ascii_digit() || *c == ':' || *c == '：') && s[rest..end].iter().filter(|c| c.is_ascii_digit()).count() >= 3;
    if clock {
        rest = (end..s.len()).find(|&k| !s[k].is_whitespace())?;
    }
    // (`2021-10-15 61次`, `2022-08-01 社会 133阅读`: the posting date, perhaps the column, and
    // how often the page was read)
    let after: String = s[rest..].iter().collect();
    let words: Vec<&str> = after.split_whitespace().collect();
    let column = |w: &str| (1..=POSTING_COLUMN_CHARS).contains(&w.chars().count()) && w.chars().all(han);
    match words[..] {
        [count] if read_count(count) => return Some(vec![(MetaField::Date, date), (MetaField::Counter, count.to_string())]),
        [name, count] if column(name) && read_count(count) => {
            return Some(vec![(MetaField::Date, date), (MetaField::Ignored, name.to_string()), (MetaField::Counter, count.to_string())]);
        }
        _ => {}
    }
    labelled(&folded[rest..], &s[rest..], false, false)
}

/// `61次`, `133阅读`, `阅读133`: how often a page was read, its count and its word.
fn read_count(w: &str) -> bool {
    let digits = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
    super::super::rules::READ_COUNT_WORDS.iter().any(|r| w.strip_suffix(r).is_some_and(digits) || w.strip_prefix(r).is_some_and(digits))
}

/// A column's name in a posting row (`社会`) is at most this long.
const POSTING_COLUMN_CHARS: usize = 4;

/// A row of a metadata block under another (`文号 遵府办函〔2022〕56号 是否有效` under `发布机构
/// 发文日期 2022年05月10日`): there one short label copied as a cell is enough.
fn meta_row_in_block(t: &str) -> Option<Vec<(MetaField, String)>> {
    let (folded, s) = normalised(t)?;
    labelled(&folded, &s, true, true)
}

/// A line's characters with colons made full-width and table bars made spaces, as written and
/// folded to simplified forms (labels are matched folded, values kept as the page writes
/// them); None for a line too long to be metadata.
fn normalised(t: &str) -> Option<(Vec<char>, Vec<char>)> {
    if t.chars().count() > META_LINE {
        return None;
    }
    // a mirror's pinyin inside a label (`發（fā）文字號`) would hide it; a value keeps its own
    let norm: String = bracketed_labels(&without_label_pinyin(t))
        .replace("**", "")
        .chars()
        .map(|c| {
            if c == ':' {
                '：'
            } else if c == '|' || c == '｜' {
                ' '
            } else {
                c
            }
        })
        .collect();
    // (`【来源:… | 发布日期:… | 作者:…】`, `【信息来源:【信息时间:… 】【字号 】【我要打印】`: a row
    // that opens with a bracket holds its fields in brackets, whole or cut — they part fields)
    let norm = if norm.trim_start().starts_with('【') { norm.replace(['【', '】'], " ") } else { norm };
    // (`(通知类型:行政 发布单位:… 阅读:5860)`, `[日期：2021-02-02 10:16:37]`: a row in
    // parentheses or square brackets holds its fields inside them)
    let norm = match norm.trim().strip_prefix(['(', '（', '[', '［']).and_then(|r| r.strip_suffix([')', '）', ']', '］'])) {
        Some(inner) if !super::super::chars::without_pinyin(inner).contains(['(', '（', ')', '）']) => inner.to_string(),
        _ => norm,
    };
    let s: Vec<char> = norm.trim().chars().collect();
    let folded: Vec<char> = s.iter().map(|&c| super::super::chars::fold_char(c)).collect();
    Some((folded, s))
}

/// A row without the pinyin a mirror put in its labels, its values as written: a table's cell
/// that is a label (`索 引 號（hào） |`) and a word that opens with one (`發（fā）布機構（gòu）`,
/// `名稱（chēng）：`) lose the label's, and so does any label before its colon
/// (`chars::without_label_pinyin`).
fn without_label_pinyin(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for cell in t.split_inclusive(['|', '｜']) {
        if label_cell(cell) {
            out.push_str(&super::super::chars::without_pinyin(cell));
            continue;
        }
        for word in cell.split_inclusive(char::is_whitespace) {
            out.push_str(&label_without_pinyin(word).unwrap_or_else(|| word.to_string()));
        }
    }
    super::super::chars::without_label_pinyin(&out).into_owned()
}

/// A table's cell that holds a label alone, read without spaces, pinyin and colon.
fn label_cell(cell: &str) -> bool {
    let plain = super::super::chars::without_pinyin(cell);
    let bare: String = plain.chars().filter(|c| !c.is_whitespace() && !matches!(c, '|' | '｜' | ':' | '：')).map(super::super::chars::fold_char).collect();
    META_LABELS.iter().any(|(label, _)| *label == bare)
}

/// A word that opens with a known label written with pinyin: the label without it, then the
/// rest of the word as written.
fn label_without_pinyin(word: &str) -> Option<String> {
    use super::super::chars::{fold, fold_char, pinyin_at, without_pinyin};
    let plain = without_pinyin(word);
    if plain.len() == word.len() {
        return None;
    }
    let folded = fold(plain.trim_start_matches(['【', '[', '（', '(']));
    let label: Vec<char> = META_LABELS.iter().map(|(l, _)| *l).filter(|l| folded.starts_with(l)).max_by_key(|l| l.len())?.chars().collect();
    let chars: Vec<char> = word.chars().collect();
    // (`【是否有（yǒu）效】`, `（來（lái）源：…`: the label perhaps in brackets)
    let open = chars.iter().take_while(|c| matches!(c, '【' | '[' | '（' | '(')).count();
    let annotation = |k: usize| if k < chars.len() { pinyin_at(&chars, k).unwrap_or(0) } else { 0 };
    let (mut k, mut out) = (open, chars[..open].iter().collect::<String>());
    // the label's characters, each without the pinyin after it
    for &want in &label {
        k += annotation(k);
        if chars.get(k).map(|&c| fold_char(c)) != Some(want) {
            return None;
        }
        out.push(chars[k]);
        k += 1;
    }
    k += annotation(k);
    out.extend(&chars[k..]);
    Some(out)
}

/// A law site's labels in lenticular or square brackets (`【发布文号】…【发布日期】2016-12-06`,
/// `[ 索引号 ] …`) written as labels with colons; other brackets (`关于【重要】事项`) stay as
/// they are.
fn bracketed_labels(t: &str) -> String {
    let once = |t: &str, open: char, close: char| {
        let mut out = String::with_capacity(t.len());
        let mut rest = t;
        while let Some(at) = rest.find(open) {
            let inner = &rest[at + open.len_utf8()..];
            let Some(end) = inner.find(close) else { break };
            let label = inner[..end].trim();
            out.push_str(&rest[..at]);
            if META_LABELS.iter().any(|(l, _)| *l == label) {
                out.push(' ');
                out.push_str(label);
                out.push('：');
            } else {
                out.push_str(&rest[at..at + open.len_utf8() + end + close.len_utf8()]);
            }
            rest = &inner[end + close.len_utf8()..];
        }
        out.push_str(rest);
        out
    };
    once(&once(t, '【', '】'), '[', ']')
}

/// A label written with spaces between its characters and a space after it, as a table cell
/// copied into text (`索 引 号 640422001/2018-90875`): where its value starts. (A page that
/// lost its wide spaces to question marks spaces them so: `標??題:`.)
fn letter_spaced_cell(s: &[char], p: usize, label: &str, in_row: bool) -> Option<usize> {
    let filler = |c: &char| c.is_whitespace() || *c == '?';
    let mut k = p;
    for (n, lc) in label.chars().enumerate() {
        if n > 0 {
            if !s.get(k).is_some_and(filler) {
                return None;
            }
            while s.get(k).is_some_and(filler) {
                k += 1;
            }
        }
        if s.get(k) != Some(&lc) {
            return None;
        }
        k += 1;
    }
    // (or a colon: `发 文 号:办防〔2022〕204号`)
    let ends_cell = s.get(k).map_or(in_row, |c| c.is_whitespace() || *c == '：');
    (label.chars().count() >= 2 && ends_cell).then_some((k + 1).min(s.len()))
}

/// Whether a label can start with `c` (a folded character): most characters of a line start
/// none, and trying every label at each of them was most of the import's time on long pages.
fn may_start_label(c: char) -> bool {
    static STARTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let mut v: Vec<char> = META_LABELS.iter().filter_map(|(l, _)| l.chars().next()).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    starts.binary_search(&c).is_ok() || starts.binary_search(&super::super::chars::fold_char(c)).is_ok()
}

/// The fields of a line whose labels end with a colon, or (`spaced`) a table row copied with
/// spaces after its labels (`索引号 001008… 主题分类 综合类`): there the labels must be long
/// enough not to open a sentence, or be two on the line.
fn labelled(s: &[char], original: &[char], spaced: bool, in_block: bool) -> Option<Vec<(MetaField, String)>> {
    // (every label ends at a colon or a space: a line with neither holds none, and a page of
    // thousands of menu words is read fast)
    if !s.iter().any(|c| *c == '：' || c.is_whitespace()) {
        return None;
    }
    let label_end = |p: usize, l: &str, in_row: bool| {
        if spaced {
            // a row may mix cells (`文号 | …`) and colons (`成文日期: | …`); after another
            // label, a label cell may end the row empty (`文号 | 腾政发〔2023〕1号 | 浏览量 |`)
            let e = p + l.chars().count();
            let ends_cell = s.get(e).map_or(in_row, |c| c.is_whitespace());
            (s.iter().skip(p).take(l.chars().count()).copied().eq(l.chars()) && ends_cell)
                .then_some((e + 1).min(s.len()))
                .or_else(|| label_at(s, p, l))
                .or_else(|| letter_spaced_cell(s, p, l, in_row))
        } else {
            // (inside a row of colon fields, a long label may go without its colon, a space
            // around it: `證券簡稱:ST 光一 公告編碼 2021-106 號`)
            let e = p + l.chars().count();
            let bare = in_row && l.chars().count() >= 4 && p > 0 && s[p - 1].is_whitespace() && s.get(e).is_some_and(|c| c.is_whitespace());
            let spaced_with_colon = || letter_spaced_cell(s, p, l, in_row).filter(|&v| s.get(v - 1) == Some(&'：'));
            label_at(s, p, l)
                .or_else(|| (bare && s.iter().skip(p).take(l.chars().count()).copied().eq(l.chars())).then_some((e + 1).min(s.len())))
                .or_else(spaced_with_colon)
        }
    };
    let mut hits: Vec<(usize, usize, &'static str, MetaField)> = Vec::new();
    let mut p = 0;
    while p < s.len() {
        if !may_start_label(s[p]) {
            p += 1;
            continue;
        }
        // a label starts the line or follows a non-Han character; a label of three characters
        // or more may follow text directly (`…14:52信息来源:寿县人民政府文字大小:`)
        let free = p == 0 || !han(s[p - 1]) || "日号时分秒".contains(s[p - 1]);
        let free = free && (!spaced || p == 0 || s[p - 1].is_whitespace());
        let best = META_LABELS
            .iter()
            // inside a row of fields, a two-character label may follow a value directly
            // (`证券简称：成商集团编号：2015-96号`)
            // (or open the line after a qualifier, which `qualified` below judges)
            .filter(|(l, _)| free || !spaced && (l.chars().count() >= 3 || !hits.is_empty() && l.chars().count() >= 2 || p <= LABEL_QUALIFIER_CHARS))
            .filter_map(|(l, f)| label_end(p, l, !hits.is_empty()).map(|e| (*l, *f, e)))
            .max_by_key(|x| x.0.chars().count());
        if let Some((l, f, e)) = best {
            hits.push((p, e, l, f));
            p = e;
            continue;
        }
        p += 1;
    }
    // (`公文生成日期：`, `备注/文号：`: a label of four characters, or one after a slash, may
    // open with a qualifier of its own, and so may any label opening a row of three
    // (`新闻作者：本报  发布时间：…  查看次数：`); `会议时间：` is no label)
    let row = hits.len() >= 3;
    let qualified = |at: usize, label: &str| {
        at <= LABEL_QUALIFIER_CHARS && s[..at].iter().all(|&c| han(c) || c == '/') && (s[at - 1] == '/' || label.chars().count() >= 4 || row)
    };
    if hits.first().is_none_or(|h| h.0 != 0 && !qualified(h.0, h.2)) || spaced && !in_block && hits.len() < 2 && hits[0].2.chars().count() < 3 {
        return None;
    }
    let mut out = Vec::new();
    for (k, h) in hits.iter().enumerate() {
        let stop = hits.get(k + 1).map(|n| n.0).unwrap_or(s.len());
        let v: String = original[h.1..stop].iter().collect();
        let v = v.trim().trim_end_matches([',', '，', ' ', '\u{3000}', ';', '；']).trim();
        out.push((h.3, if EMPTY_FIELD_VALUES.contains(&v) { String::new() } else { v.to_string() }));
    }
    // a bare 日期 / 时间 is metadata only with a date after it
    if matches!(hits[0].2, "日期" | "时间" | "更新") && find_date(&out[0].1).is_none() && !out[0].1.is_empty() {
        return None;
    }
    Some(out)
}

/// The qualifier a metadata label may open with (`公文` of `公文生成日期`, `备注/` of
/// `备注/文号`) is at most this long.
const LABEL_QUALIFIER_CHARS: usize = 3;

/// Copy fields into the page's front matter (the first value of each wins).
fn apply(page: &mut Page, fields: &[(MetaField, String)]) {
    for (f, v) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        // `编辑: 国中医药台港澳函〔2009〕25号 2009-10-19`: a credit's cell holding the document's
        // number (and the day), the site's template filled in the wrong cell
        if let Some((number, rest)) = misfiled_number(*f, v) {
            page.meta.doc_number.get_or_insert_with(|| number.to_string());
            if page.meta.date.is_none() {
                page.meta.date = find_date(rest);
            }
            continue;
        }
        match f {
            // (`发布：2024-01-31`: who posted it, given as when)
            MetaField::Date | MetaField::Source if page.meta.date.is_none() && (*f == MetaField::Date || is_date_line(v)) => page.meta.date = find_date(v),
            MetaField::Source => drop(page.source.get_or_insert_with(|| v.clone())),
            MetaField::Author => drop(page.author.get_or_insert_with(|| v.clone())),
            MetaField::DocNumber => drop(page.meta.doc_number.get_or_insert_with(|| without_act_kind(v).to_string())),
            MetaField::Title => drop(page.meta_title.get_or_insert_with(|| v.clone())),
            MetaField::Addressee => drop(page.meta.addressee.get_or_insert_with(|| v.clone())),
            _ => {}
        }
    }
}

/// A credit's value (source or author) that opens with a document number: the number, and what
/// follows it.
fn misfiled_number(f: MetaField, v: &str) -> Option<(&str, &str)> {
    let (first, rest) = v.trim().split_once([' ', '\u{3000}']).unwrap_or((v.trim(), ""));
    // (whole, its serial number before 号: `新政发〔2007〕号` is a register's empty template cell)
    let serial = first.trim_end_matches(['号', '號']).ends_with(|c: char| c.is_ascii_digit());
    (matches!(f, MetaField::Source | MetaField::Author) && is_doc_number(first) && serial).then_some((first, rest))
}

/// `經園開規字第1130100394號 令`: a number with the kind of act it was issued as (an order, a
/// letter) a space after it; the number alone. So too a number with the tail of the next cell's
/// label a copied table broke across lines (`皖族宗办〔2021〕1号 性：`, of `有效性：`).
fn without_act_kind(v: &str) -> &str {
    let v = without_leading_date(v);
    let cut_label = |w: &str| w.strip_suffix('：').is_some_and(|l| (1..=LABEL_QUALIFIER_CHARS).contains(&l.chars().count()) && l.chars().all(han));
    match v.rsplit_once([' ', '\u{3000}']) {
        Some((number, kind))
            if (matches!(kind, "令" | "函") || cut_label(kind)) && number.trim_end().ends_with(['号', '號']) && number.chars().any(|c| c.is_ascii_digit()) =>
        {
            number.trim()
        }
        _ => v,
    }
}

/// `95年12月28日府農森字第0950179301B號`: a Taiwan register's number field that gives the day
/// of issue before the number — the number.
fn without_leading_date(v: &str) -> &str {
    let v = v.trim();
    let Some(day) = v.find('日') else { return v };
    let (date, rest) = (&v[..day + '日'.len_utf8()], v[day + '日'.len_utf8()..].trim_start());
    let dated = date.chars().all(|c| c.is_ascii_digit() || "年月日".contains(c)) && date.contains('年') && date.contains('月');
    if dated && is_doc_number(rest) { rest } else { v }
}

/// Does a field's value end with a whole date (`…付川江2023年05月10日`)?
fn ends_with_date(v: &str) -> bool {
    let v = v.trim();
    v.char_indices().any(|(at, _)| is_date_line(&v[at..]))
}

/// Remove the header's metadata lines, keeping their fields.
pub fn run(page: &mut Page) {
    let n = page.lines.len();
    let mut metas: Vec<Option<Vec<(MetaField, String)>>> =
        (0..n).map(|i| if page.lines[i].class == Class::Blank { None } else { line_fields(&page.lines[i].vis.text) }).collect();
    for i in 1..n {
        if metas[i].is_none() && page.lines[i].is_text() && page.prev_nonblank(i).is_some_and(|p| metas[p].is_some()) {
            metas[i] = meta_row_in_block(&page.lines[i].vis.text);
        }
    }
    for i in 0..n {
        if metas[i].is_none() && page.lines[i].is_text() {
            metas[i] = source_then_date_label(page, i);
        }
    }
    cells_between_rows(page, &mut metas);
    outlet_over_row(page, &mut metas);
    glued_label_block(page, &mut metas);
    stacked_label_block(page, &mut metas);
    field_over_block(page, &mut metas);
    let zone_end = header_end(page, &metas);
    for i in 0..zone_end {
        let Some(f) = &metas[i] else { continue };
        apply(page, f);
        if f.iter().any(|(k, _)| k.anchors()) {
            page.anchors.push(i);
        }
        // (the addressee a letter's header gives is the document's, moved, not the page's)
        let addressed = f.iter().any(|(k, v)| *k == MetaField::Addressee && !v.is_empty());
        if page.lines[i].is_text() && addressed {
            page.moved(i, Field::Addressee);
        } else if page.lines[i].is_text() {
            page.residue(i, Reason::PageMetadata);
        }
        // a label at the end of the line whose value is on the next (`点击数：` / `次`) — not
        // in a row that leaves other fields empty too (`所屬主題: 發文日期:2018-04-10
        // 公開責任部門:`): there it is one more empty cell, and the line under it is the page's
        if let Some((field, value)) = f.last()
            && value.is_empty()
            && f[..f.len() - 1].iter().all(|(_, v)| !v.is_empty())
        {
            label_then_value(page, i, *field, zone_end);
        }
    }
    trailing_block(page, &metas, zone_end);
    letter_header(page, &metas, zone_end);
    slashed_bylines(page, zone_end);
    label_row_tables(page, zone_end);
    source_footer(page);
    table_rules(page, &metas, zone_end);
    bare_counters(page, zone_end);
    block_headings(page, &metas, zone_end);
    if page.meta.date.is_none() {
        page.meta.date = dated_byline(page, zone_end);
    }
    // `版次:03 作者:周小烨 何可人 付川江2023年05月10日`: an e-paper's byline the chrome pass
    // took, its date glued to the last name
    if page.meta.date.is_none() {
        let byline = (0..zone_end).find(|&i| page.lines[i].class == Class::Residue(Reason::PageMetadata) && ends_with_date(&page.lines[i].text));
        page.meta.date = byline.and_then(|i| find_date(&page.lines[i].text));
    }
}

/// `受文者：中華民國養羊協會` / `發文日期：…` / `發文字號：農防字第1061473266C號` / `速別：最速件`
/// under a Taiwan 函's title, past whatever the page put over it (the addressee's postcode and
/// address): the letter's own header, wherever it stands. Its fields are the document's — its
/// addressee, date and number, over the page's — and its rows leave the text; the lines between
/// them (`承辦人：…`, `電話：…`) are the contact pass's.
fn letter_header(page: &mut Page, metas: &[Option<Vec<(MetaField, String)>>], zone_end: usize) {
    let field = |i: usize, f: MetaField| metas[i].as_ref().is_some_and(|m| m.iter().any(|(k, v)| *k == f && !v.is_empty()));
    let Some(start) = (zone_end..page.lines.len()).find(|&i| page.lines[i].is_text() && field(i, MetaField::Addressee)) else { return };
    let rows: Vec<usize> = (start..page.lines.len().min(start + LETTER_HEADER_LINES)).filter(|&i| page.lines[i].is_text() && metas[i].is_some()).collect();
    if !rows.iter().any(|&i| field(i, MetaField::DocNumber) || field(i, MetaField::Date)) {
        return;
    }
    for &i in &rows {
        for (f, v) in metas[i].iter().flatten().filter(|(_, v)| !v.is_empty()) {
            match f {
                MetaField::Addressee => page.meta.addressee = Some(v.clone()),
                MetaField::DocNumber => page.meta.doc_number = Some(without_act_kind(v).to_string()),
                MetaField::Date => page.meta.date = find_date(v).or(page.meta.date.take()),
                _ => {}
            }
        }
        if field(i, MetaField::Addressee) {
            page.moved(i, Field::Addressee);
        } else {
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// `范春生/新華網` under a headline: a story's byline, its reporter and outlet parted by a
/// slash — the page's metadata (its author and source), no line of the text.
fn slashed_bylines(page: &mut Page, zone_end: usize) {
    for i in 0..zone_end.min(page.lines.len()) {
        let Some((name, outlet)) = page.lines[i].text.trim().split_once(['/', '／']) else { continue };
        let (name, outlet) = (name.trim(), super::super::chars::fold(outlet.trim()));
        let person = (2..=4).contains(&name.chars().count()) && name.chars().all(han);
        let press = (2..=BYLINE_OUTLET_CHARS).contains(&outlet.chars().count())
            && outlet.chars().all(han)
            && MEDIA_ENDINGS.iter().chain(OUTLET_ENDINGS).any(|e| outlet.ends_with(e));
        if page.lines[i].is_text() && person && press {
            page.author.get_or_insert_with(|| name.to_string());
            page.source.get_or_insert_with(|| page.lines[i].text.trim()[name.len()..].trim_start_matches(['/', '／', ' ']).to_string());
            page.anchors.push(i);
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// An outlet named in a slashed byline is at most this long (`新華網`, `澎湃新聞`).
const BYLINE_OUTLET_CHARS: usize = 10;

/// A Taiwan 函's header rows come within this many lines of its `受文者`.
const LETTER_HEADER_LINES: usize = 24;

/// `市人大组织开展…调研` / `来源：` / `作者：` / `时间：2007-09-08` / `点击：` at the end of the
/// page: a template that prints the story first and its headline and metadata under it. The
/// rows are the page's (their date is the story's); the headline over them is the title; the
/// few short lines after them (a comment box) are the site's.
fn trailing_block(page: &mut Page, metas: &[Option<Vec<(MetaField, String)>>], zone_end: usize) {
    // (a counter the chrome pass took is a row too)
    let rows: Vec<usize> = (zone_end..page.lines.len()).filter(|&i| metas[i].is_some()).collect();
    let Some(&first) = rows.iter().find(|&&i| {
        // the block: rows one under the other up to the last, blank lines at most between
        let mut k = i;
        while let Some(j) = page.next_nonblank(k).filter(|&j| metas[j].is_some()) {
            k = j;
        }
        k == *rows.last().unwrap_or(&i) && rows.iter().filter(|&&r| r >= i).count() >= TRAILING_ROWS
    }) else {
        return;
    };
    let block: Vec<usize> = rows.iter().copied().filter(|&r| r >= first).collect();
    let dated = block.iter().any(|&r| metas[r].as_ref().is_some_and(|f| f.iter().any(|(k, v)| *k == MetaField::Date && !v.is_empty())));
    let after: Vec<usize> = (block[block.len() - 1] + 1..page.lines.len()).filter(|&j| page.lines[j].is_text()).collect();
    let site_after = after.len() <= MAX_LINES_AFTER_BLOCK && after.iter().all(|&j| page.lines[j].chars() <= SITE_LINE_CHARS);
    let headline = page.prev_nonblank(first).filter(|&h| {
        let t = page.lines[h].text.trim();
        page.lines[h].is_text() && t.chars().count() <= TRAILING_HEADLINE_CHARS && t.chars().filter(|c| han(*c)).count() >= 6 && !t.contains(['。', '，', '；'])
    });
    if !dated || !site_after || headline.is_none() || page.meta_title.is_some() {
        return;
    }
    for &r in &block {
        if let Some(f) = &metas[r] {
            apply(page, f);
        }
        if page.lines[r].is_text() {
            page.residue(r, Reason::PageMetadata);
        }
    }
    for j in after {
        page.residue(j, Reason::Form);
    }
    page.meta_title = headline.map(|h| page.lines[h].text.trim().to_string());
}

/// `标题：快讯：关于…的通知` / `地址：http://www.…/5347.html` as the page's last lines: the footer
/// a copy of a page gets (the story's title and where it was), not the document's.
fn source_footer(page: &mut Page) {
    let texts: Vec<usize> = (0..page.lines.len()).filter(|&i| page.lines[i].is_text()).collect();
    let [.., title, link] = texts[..] else { return };
    let value = |i: usize, labels: &[&str]| {
        let t = page.lines[i].text.trim();
        labels.iter().find_map(|l| t.strip_prefix(l)).and_then(|r| r.trim_start().strip_prefix(['：', ':'])).map(|v| v.trim().to_string())
    };
    let Some(named) = value(title, &["标题"]).filter(|v| !v.is_empty()) else { return };
    // (a notice that asks for such lines hands over to them: `…请按以下格式报送：`)
    let asked = page.prev_nonblank(title).is_some_and(|p| page.lines[p].text.trim_end().ends_with(['：', ':']));
    if asked {
        return;
    }
    if !value(link, SOURCE_LINK_LABELS).is_some_and(|v| v.starts_with("http")) {
        return;
    }
    page.meta_title.get_or_insert(named);
    page.residue(title, Reason::PageMetadata);
    page.residue(link, Reason::PageMetadata);
}

/// What a copy's footer calls the link to the page it came from.
const SOURCE_LINK_LABELS: &[&str] = &["地址", "网址", "链接", "原文链接", "原文地址", "URL"];

/// A trailing metadata block has at least this many rows; at most this many short lines (of at
/// most this many characters) follow it.
const TRAILING_ROWS: usize = 3;
/// The headline over a trailing block is at most this long (a news headline, not exclaiming).
const TRAILING_HEADLINE_CHARS: usize = 40;
const MAX_LINES_AFTER_BLOCK: usize = 4;
const SITE_LINE_CHARS: usize = 20;

/// `号：002986352/…  信息分类：…` / `有效` between two rows of a register: a copied table's
/// row broken across lines, the tail of a cut label opening it or a short value alone, is one
/// more of its rows. (A title between the rows ends with its kind and stays.)
fn cells_between_rows(page: &Page, metas: &mut [Option<Vec<(MetaField, String)>>]) {
    let meta = |k: Option<usize>, metas: &[Option<Vec<(MetaField, String)>>]| k.is_some_and(|k| metas[k].is_some());
    for i in 0..page.lines.len() {
        let t = page.lines[i].vis.text.trim();
        // (the neighbours of text lines only: a page of blank lines is not read once for each)
        let sandwiched = || meta(page.prev_nonblank(i), metas) && meta(page.next_nonblank(i), metas);
        if metas[i].is_none() && page.lines[i].is_text() && sandwiched() && cell_fragment(t) && !KIND_WORDS.iter().any(|k| t.ends_with(k)) {
            metas[i] = Some(Vec::new());
        }
    }
}

/// A piece of a broken row: a value of a few characters that is no sentence, or a cut label's
/// tail and a colon opening a row of labelled cells.
fn cell_fragment(t: &str) -> bool {
    let t = &t.replace(':', "：");
    let short_value = t.chars().count() <= CELL_FRAGMENT_CHARS && !t.contains(['。', '，', '；', '！', '？']);
    let labelled_cell = |rest: &str| {
        let rest = super::super::chars::fold(rest);
        rest.match_indices('：').any(|(at, _)| META_LABELS.iter().any(|(l, _)| l.chars().count() >= 2 && rest[..at].trim_end().ends_with(l)))
    };
    let cut_label =
        t.split_once('：').is_some_and(|(l, rest)| (1..=LABEL_QUALIFIER_CHARS).contains(&l.chars().count()) && l.chars().all(han) && labelled_cell(rest));
    short_value || cut_label
}

/// A register's value alone on a line (`有效`, `现行有效`) is at most this long.
const CELL_FRAGMENT_CHARS: usize = 4;

/// `- 分类:集团新闻` over `- 作者:` / `- 来源:` / `- 发布时间:…`: a short field of a label the
/// table of labels does not know, right over two rows of the page's fields, is one of them.
fn field_over_block(page: &Page, metas: &mut [Option<Vec<(MetaField, String)>>]) {
    for i in 0..page.lines.len() {
        let below = |k: Option<usize>| k.is_some_and(|k| metas[k].is_some());
        let next = page.next_nonblank(i);
        let block = below(next) && below(next.and_then(|k| page.next_nonblank(k)));
        if metas[i].is_none()
            && page.lines[i].is_text()
            && block
            && let Some(value) = short_field(&page.lines[i].text)
        {
            metas[i] = Some(vec![(MetaField::Ignored, value)]);
        }
    }
}

/// A line under the title that is one of the page's fields (`- 来源:`), perhaps of a label
/// the table does not know, over two more (a post that shows its fields twice, the second
/// time after its summary, past the header).
pub fn field_row(page: &Page, j: usize) -> bool {
    // (the rows under it may be gone already: empty labels are a form's to the chrome pass)
    let meta = |k: Option<usize>| k.is_some_and(|k| meta_line(&page.lines[k].vis.text).is_some());
    let next = page.next_nonblank(j);
    meta(Some(j)) || short_field(&page.lines[j].text).is_some() && meta(next) && meta(next.and_then(|k| page.next_nonblank(k)))
}

/// `- 分类:集团新闻` → `集团新闻`: a label of a few Chinese characters (perhaps a list's bullet
/// before it), a colon, and a short value that is no sentence.
fn short_field(t: &str) -> Option<String> {
    let t = t.trim().trim_start_matches(['-', '•', '·', '*']).trim_start();
    let (label, value) = t.split_once(['：', ':'])?;
    let value = value.trim();
    let label_ok = (2..=4).contains(&label.chars().count()) && label.chars().all(han);
    let value_ok = value.chars().count() <= SHORT_FIELD_CHARS && !value.contains(['。', '，', '；', '：', ':']);
    (label_ok && value_ok).then(|| value.to_string())
}

/// A field's value over the page's fields is at most this long.
const SHORT_FIELD_CHARS: usize = 12;

/// `发文机关国务院办公厅` / `发文日期1988年11月22日` / `时效性现行有效`: a law site's detail cells
/// copied without their colons, the label run into its value. Three such lines in a row (blank
/// lines between) are a metadata block; one alone is text (`施行日期由省政府另行规定`).
fn glued_label_block(page: &Page, metas: &mut [Option<Vec<(MetaField, String)>>]) {
    let glued = |i: usize| page.lines[i].is_text().then(|| glued_label(&page.lines[i].vis.text)).flatten();
    let mut i = 0;
    while i < page.lines.len() {
        // the block's rows: glued ones, and rows already read as metadata between them
        let mut run: Vec<(usize, Option<(MetaField, String)>)> = Vec::new();
        let mut k = Some(i);
        while let Some(j) = k {
            let row = glued(j);
            if row.is_none() && metas[j].is_none() {
                break;
            }
            run.push((j, row));
            k = page.next_nonblank(j);
        }
        let next = run.last().map_or(i + 1, |(j, _)| j + 1);
        if run.iter().filter(|(_, r)| r.is_some()).count() >= GLUED_BLOCK_ROWS {
            for (j, f) in run {
                if let Some(f) = f.filter(|_| metas[j].is_none()) {
                    metas[j] = Some(vec![f]);
                }
            }
        }
        i = next;
    }
}

/// `索引号` / `011080691/2023-70749` / `主题分类` / `统计` / `文号` / `十经普办文〔2023〕9号`: a
/// metadata table copied a cell to a line, each label alone (no colon) over its value — or
/// over the next label, its cell left empty (`文  号` / `日期`). Three labels in such a run are
/// the page's metadata block; a word alone over a line (`日期` / `2025-12-16`) is text.
fn stacked_label_block(page: &Page, metas: &mut [Option<Vec<(MetaField, String)>>]) {
    let label = |i: usize| page.lines[i].is_text().then(|| bare_label(&page.lines[i].vis.text)).flatten();
    // (the page's block stands over the text: a table in the text, `文件名称` / `文号` / … of the
    // file a decision repeals, is the text's)
    let text_start = (0..page.lines.len()).find(|&k| page.lines[k].is_text() && page.lines[k].text.contains(['。', '，'])).unwrap_or(page.lines.len());
    let mut i = 0;
    while i < page.lines.len() {
        // the run's cells: (label line, its field, its value's line)
        let mut run: Vec<(usize, MetaField, Option<usize>)> = Vec::new();
        let mut k = Some(i).filter(|&k| label(k).is_some());
        while let Some(j) = k {
            let Some(field) = label(j) else { break };
            // (a value the chrome pass took already counts: `2023年09月03日 16:25:00`)
            let cell = |v: usize| page.lines[v].is_text() || page.lines[v].class == Class::Residue(Reason::PageMetadata);
            // (a title's cell may end as a sentence: `【…公告】…投遞時間調整,敬請留意寄件時效。`)
            let fits = |v: usize| stacked_value(&page.lines[v].vis.text) || field == MetaField::Title && stacked_title(&page.lines[v].vis.text);
            let value = page.next_nonblank(j).filter(|&v| cell(v) && label(v).is_none() && fits(v));
            run.push((j, field, value));
            k = page.next_nonblank(value.unwrap_or(j));
        }
        let next = run.last().map_or(i + 1, |&(j, _, v)| v.unwrap_or(j) + 1);
        if run.len() >= STACKED_BLOCK_LABELS && i < text_start {
            for (j, field, value) in run {
                let text = value.map_or(String::new(), |v| page.lines[v].vis.text.trim().to_string());
                metas[j].get_or_insert_with(|| vec![(field, text)]);
                if let Some(v) = value {
                    metas[v].get_or_insert_with(Vec::new);
                }
            }
        }
        i = next;
    }
}

/// `索  引  号 文       号 发布机构 发布日期 公开范围 公开方式` over `N001-2011-000627
/// 宛政〔2011〕7号` / `南阳市人民政府办公室 2011-03-04` / `面向社会 主动公开`: a metadata table's
/// header row (three labels or more, nothing else) over rows of its values, one cell for each
/// label in turn. Under the text its date is the page's, not the document's.
fn label_row_tables(page: &mut Page, zone_end: usize) {
    for i in 0..page.lines.len() {
        let Some(fields) = page.lines[i].is_text().then(|| label_row(&page.lines[i].vis.text)).flatten() else { continue };
        // (a register's row names what only a register records, and no title: `文件名称 文号
        // 发文日期` heads a table of documents in the text)
        let row = super::super::chars::fold(&super::super::chars::squash(&page.lines[i].vis.text)).into_owned();
        if !REGISTER_LABELS.iter().any(|l| row.contains(l)) || fields.contains(&MetaField::Title) {
            continue;
        }
        let (mut cells, mut rows, mut q) = (Vec::new(), Vec::new(), i);
        while cells.len() < fields.len()
            && let Some(j) = page.next_nonblank(q).filter(|&j| page.lines[j].is_text() && stacked_value(&page.lines[j].vis.text))
        {
            cells.extend(page.lines[j].vis.text.split_whitespace().map(str::to_string));
            rows.push(j);
            q = j;
        }
        // (the cells fill the labels exactly, and no more rows of values follow: a table's)
        let more = page
            .next_nonblank(q)
            .is_some_and(|j| page.lines[j].is_text() && page.lines[j].vis.text.split_whitespace().count() >= 2 && stacked_value(&page.lines[j].vis.text));
        if cells.len() != fields.len() || more {
            continue;
        }
        let values: Vec<(MetaField, String)> = fields.into_iter().zip(cells).filter(|(f, _)| i < zone_end || *f != MetaField::Date).collect();
        apply(page, &values);
        for k in std::iter::once(i).chain(rows) {
            page.residue(k, Reason::PageMetadata);
        }
    }
}

/// `索  引  号 文       号 发布机构`: a row of metadata labels (letter-spaced or not), three at
/// least and nothing else; their fields in turn.
pub fn label_row(t: &str) -> Option<Vec<MetaField>> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut fields = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // (the longest run of words that spells a label: `索` `引` `号`)
        let (len, field) = (1..=LABEL_ROW_SPREAD.min(words.len() - k)).rev().find_map(|len| bare_label(&words[k..k + len].concat()).map(|f| (len, f)))?;
        fields.push(field);
        k += len;
    }
    (fields.len() >= STACKED_BLOCK_LABELS).then_some(fields)
}

/// Labels only a disclosure register's header row has.
const REGISTER_LABELS: &[&str] = &["索引号", "公开方式", "公开范围", "发布机构", "主题分类", "公开时限"];

/// A letter-spaced label in a header row spreads over at most this many words (`发 布 日 期`).
const LABEL_ROW_SPREAD: usize = 4;

/// How many labels alone on their lines, one over each value, make a metadata block.
const STACKED_BLOCK_LABELS: usize = 3;

/// `索引号`, `文  号`: a metadata label alone on its line, perhaps letter-spaced, no colon.
fn bare_label(t: &str) -> Option<MetaField> {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let folded = super::super::chars::fold(&t);
    META_LABELS.iter().find(|(l, _)| *l == folded.as_ref()).map(|&(_, f)| f)
}

/// A table cell's value on its own line: short, no sentence.
fn stacked_value(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().count() <= STACKED_VALUE_CHARS && !t.contains(['。', '！', '；']) && !t.ends_with(['：', ':'])
}

/// A title's cell: one sentence at most, ended by its stop.
fn stacked_title(t: &str) -> bool {
    let t = t.trim();
    let body = t.strip_suffix(['。', '！']).unwrap_or(t);
    !body.is_empty() && t.chars().count() <= STACKED_VALUE_CHARS && !body.contains(['。', '！', '；'])
}

/// A cell's value copied to its own line is at most this long (a title's cell included).
const STACKED_VALUE_CHARS: usize = 80;

/// How many label-and-value lines in a row make a law site's detail block.
const GLUED_BLOCK_ROWS: usize = 3;

/// `效力级别国务院规范性文件`: a label of three characters or more run into a short value.
fn glued_label(t: &str) -> Option<(MetaField, String)> {
    let t = t.trim();
    let (label, field) = META_LABELS.iter().filter(|(l, _)| t.starts_with(l) && l.chars().count() >= 3).max_by_key(|(l, _)| l.len())?;
    let value = t[label.len()..].trim();
    let plain = !value.is_empty() && !value.starts_with(['：', ':']) && value.chars().count() <= 30 && !value.contains(['。', '，', '；']);
    plain.then(|| (*field, value.to_string()))
}

/// `浙江在线衢州频道 时间：` / `2015-01-11 09:36:46`: a news site's channel, then a date label
/// whose value is the next line — the channel is the source.
fn source_then_date_label(page: &Page, i: usize) -> Option<Vec<(MetaField, String)>> {
    let t = page.lines[i].vis.text.trim();
    let (head, label) = t.rsplit_once(char::is_whitespace)?;
    let fields = meta_line(label)?;
    let [(MetaField::Date, value)] = &fields[..] else { return None };
    let dated = page.next_nonblank(i).is_some_and(|j| is_date_line(&page.lines[j].text));
    let channel = !head.contains(['：', ':']) && head.chars().count() <= 20 && head.chars().any(han) && !is_prose(head);
    (value.is_empty() && dated && channel).then(|| vec![(MetaField::Source, head.trim().to_string()), (MetaField::Date, String::new())])
}

/// `基本信息` alone over the header's metadata block: the block's heading is the site's too.
fn block_headings(page: &mut Page, metas: &[Option<Vec<(MetaField, String)>>], zone_end: usize) {
    for i in 0..zone_end.min(page.lines.len()) {
        let heading = super::super::rules::METADATA_HEADINGS.contains(&page.lines[i].text.trim());
        if heading && page.lines[i].is_text() && page.next_nonblank(i).is_some_and(|j| metas[j].is_some()) {
            page.residue(i, Reason::PageMetadata);
        }
    }
}

/// `2018-12-25  本文已影响0人  作者`: a header line of chrome that opens with the page's date
/// gives the date when no label named one.
fn dated_byline(page: &Page, zone_end: usize) -> Option<String> {
    (0..zone_end.min(page.lines.len())).filter(|&i| matches!(page.lines[i].class, Class::Residue(Reason::Counter | Reason::PageMetadata))).find_map(|i| {
        let t = page.lines[i].text.trim();
        // the date first, or after the source (`梨树县人民政府  2023-09-12 08:49:00`)
        let mut words = super::super::chars::byline_words(t);
        let head = words.next()?;
        let head = if head.starts_with(|c: char| c.is_ascii_digit()) { head } else { words.next().filter(|w| t.contains(':') && w.contains('-'))? };
        (head.len() >= 8 && head.starts_with(|c: char| c.is_ascii_digit())).then(|| find_date(head)).flatten()
    })
}

/// A number alone next to the header's metadata (`4874268` under `字体大小：`): a counter whose
/// label the page drew as an icon. So is a count of views under the posting date (`2026-02-03` /
/// `0次`).
fn bare_counters(page: &mut Page, zone_end: usize) {
    let number = |t: &str| !t.is_empty() && t.len() <= 9 && t.chars().all(|c| c.is_ascii_digit());
    for i in 0..zone_end {
        let t = page.lines[i].text.trim();
        let near_meta = page
            .prev_nonblank(i)
            .is_some_and(|p| matches!(page.lines[p].class, Class::Residue(_)) && super::metadata::meta_line(&page.lines[p].vis.text).is_some());
        let under_date = page.prev_nonblank(i).is_some_and(|p| page.lines[p].is_text() && is_date_line(&page.lines[p].text));
        let views = t.strip_suffix('次').is_some_and(number) && (near_meta || under_date);
        if page.lines[i].is_text() && (number(t) && near_meta || views) {
            page.residue(i, Reason::Counter);
        }
    }
}

/// Where the page's header ends: at the first line of running text, unless the page's metadata
/// lines still follow it before the next (a site's sidebar or slogan above the title).
pub fn header_end(page: &Page, metas: &[Option<Vec<(MetaField, String)>>]) -> usize {
    let n = page.lines.len();
    let prose = |i: usize| {
        let t = &page.lines[i].text;
        page.lines[i].is_text() && metas[i].is_none() && (is_prose(t) || hands_over(t)) && !page.lines[i].raw.trim_start().starts_with('#')
    };
    let anchor = |i: usize| metas[i].as_ref().is_some_and(|f| f.iter().any(|(k, _)| k.anchors()));
    let titled = |i: usize| page.lines[i].is_text() && super::super::chars::ends_like_title(&page.lines[i].text) && !is_prose(&page.lines[i].text);
    let mut at = (0..n).find(|&i| prose(i)).unwrap_or(n);
    for _ in 0..2 {
        let next = (at + 1..n).find(|&i| prose(i)).unwrap_or(n);
        // a title and then the page's metadata after it: it was the site's text above them
        // (not under a numbered heading: there the document's text has begun, `二、会议时间` / `时间：…`)
        let numbered = |i: usize| page.lines[i].is_text() && super::headings::numbered_heading(&page.lines[i].text).is_some();
        let meta_after_title = (at + 1..next).find(|&i| anchor(i)).is_some_and(|a| (at + 1..a).any(titled) && !(at + 1..a).any(numbered));
        // a news headline that exclaims (`福州一水库即将开闸泄洪!`), the page's metadata right under it
        // (or one of clauses, `…簽署租賃合同,順延至下周辦理,敬請留意!`, no sentence ending inside)
        let exclaims = |i: usize| {
            let t = page.lines[i].text.trim();
            let body = t.trim_end_matches(['！', '!', '？', '?']);
            let n = t.chars().count();
            let short = n <= HEADLINE_CHARS && !body.contains(['，', ',']);
            // (or a short one of two parts, trailing off: `…不“过会”!消息一出,老乡们乐了……`)
            let trailing = t.trim_end_matches(['…', '⋯']);
            let two_parts = trailing.len() < t.len() && n <= HEADLINE_CHARS && trailing.contains(['！', '!', '？', '?']) && !t.contains(['。', '；']);
            body.len() < t.len() && !body.contains(['。', '！', '!', '；']) && (short || n <= CLAUSED_HEADLINE_CHARS) || two_parts
        };
        let meta_under_headline = at < n && exclaims(at) && page.next_nonblank(at).is_some_and(anchor);
        // an encyclopedia's lead sentence over its infobox (`中文名：…` `制定機關：…` `公布日期：…`)
        // (one row an infobox alone has: a notice's own `标准编号：` rows are its text)
        let rows: Vec<usize> = (at + 1..next).filter(|&i| metas[i].is_some()).collect();
        let own_label = |i: &usize| INFOBOX_LABELS.iter().any(|l| super::super::chars::fold(page.lines[*i].text.trim()).starts_with(l));
        let infobox = rows.len() >= INFOBOX_ROWS && rows.iter().any(own_label);
        if at < n && (meta_after_title || infobox || meta_under_headline) {
            at = next;
        } else {
            break;
        }
    }
    at
}

/// A news headline is at most this long.
const HEADLINE_CHARS: usize = 30;

/// A headline of clauses is at most this long.
const CLAUSED_HEADLINE_CHARS: usize = 50;

/// A headline and its subtitle after a dash have at least this many Chinese characters.
const DASHED_HEADLINE_CHARS: usize = 12;

/// A label alone, its value on the next line (`生成日期：` / `2023-05-11`).
fn label_then_value(page: &mut Page, i: usize, field: MetaField, zone_end: usize) {
    // (past a table's cell bar between them: `发文机关：` / `|` / `道县自然资源局 | 发文日期：|`)
    let mut next = page.next_nonblank(i);
    while let Some(b) = next.filter(|&b| page.lines[b].class == Class::Residue(Reason::Separator)) {
        next = page.next_nonblank(b);
    }
    let Some(j) = next.filter(|&j| j < zone_end && page.lines[j].is_text()) else { return };
    let v = page.lines[j].vis.text.clone();
    // a title is the value of 标题 only: after another empty label it is the page's title
    // (and so is a headline with its subtitle after a dash: `森林抚育助发展 亲情关怀暖人心——好森沟
    // 林场召开…会议` under an empty `关键词：`)
    // (`某某市人民政府办公室——政务公开科`: an office and its section, a value)
    let office = v.split("——").next().is_some_and(super::super::chars::looks_like_org);
    let headline = v.contains("——") && !office && v.chars().filter(|c| han(*c)).count() >= DASHED_HEADLINE_CHARS;
    let title_like = v.contains("关于") || super::super::chars::ends_like_title(&v) || headline;
    let fits = v.chars().count() <= 60
        && !v.ends_with(['：', ':'])
        && !is_prose(&v)
        // the next line is a field of its own (`发文文号：` / `颁布单位：…`)
        && meta_line(&v).is_none()
        && (field == MetaField::Title || !title_like)
        // a document number under an empty `主题词：` is the document's, not that field's
        && (field == MetaField::DocNumber || !is_doc_number(&v))
        // and so is a 题注 under an empty `来源:` (`（2003年10月23日…主席会议通过）`)
        && (field == MetaField::Title || !super::head::is_subtitle(&v))
        // and so is a numbered part under an empty `来源:` (`第一章  总则`)
        && (matches!(field, MetaField::Date | MetaField::Counter) || super::headings::family(v.trim()).is_none())
        && match field {
            MetaField::Counter => v.chars().all(|c| c.is_ascii_digit() || c == '次' || c == ','),
            MetaField::Date => find_date(&v).is_some(),
            // `发布文号：` left empty, the 题注 under it: a number names itself as one
            MetaField::DocNumber => is_doc_number(&v) || super::super::chars::is_serial_number(&v),
            // `字体：` / `大 中 小`: a switcher's buttons, never a name (`四 川 要 闻`)
            MetaField::Furniture => v.chars().all(|c| "大中小默认标准放缩特AaＡ+-＋－【】[]()（）|｜ ".contains(c)),
            _ => true,
        };
    if !fits {
        return;
    }
    // `证券简称：` / `公牛集团 公告编号：2025-077`: the value, then another field on its line
    let rest = v.char_indices().filter(|(_, c)| c.is_whitespace()).find_map(|(p, _)| meta_line(v[p..].trim()).map(|f| (p, f)));
    match rest {
        Some((p, more)) => {
            apply(page, &[(field, v[..p].trim().to_string())]);
            apply(page, &more);
        }
        None => apply(page, &[(field, v)]),
    }
    if field.anchors() {
        page.anchors.push(j);
    }
    page.residue(j, Reason::PageMetadata);
    // a related article: its title, then its date
    if field == MetaField::Related
        && let Some(d) = page.next_nonblank(j).filter(|&d| page.lines[d].is_text() && is_date_line(&page.lines[d].text))
    {
        page.residue(d, Reason::PageMetadata);
    }
}

/// The `|---|---|` rule of a metadata table.
fn table_rules(page: &mut Page, metas: &[Option<Vec<(MetaField, String)>>], zone_end: usize) {
    for i in 0..zone_end {
        let t = trim_all(&page.lines[i].raw).to_string();
        let rule = t.contains('|') && t.contains('-') && t.chars().all(|c| "-|: ".contains(c));
        if page.lines[i].is_text() && rule && (i > 0 && metas[i - 1].is_some() || metas.get(i + 1).is_some_and(|m| m.is_some())) {
            page.residue(i, Reason::PageMetadata);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page after the chrome pass and this one.
    fn read_past_chrome(text: &str) -> Page {
        let mut page = super::super::lines::read(text);
        super::super::chrome::run(&mut page);
        run(&mut page);
        page
    }

    #[test]
    fn a_registers_number_fields_give_the_number_without_their_label_or_day_of_issue() {
        let cms = read_past_chrome(
            "会计师事务所、分所有关变更事项备案须知\n内容文号:沪会协〔2021〕68号\n\n为进一步加强会计师事务所管理和服务工作，现将有关事项通知如下。\n",
        );
        assert_eq!(cms.meta.doc_number.as_deref(), Some("沪会协〔2021〕68号"));
        let taiwan = read_past_chrome(
            "公告字號: 95年12月28日府農森字第0950179301B號\n公告標題: 公告本縣尖石鄉油羅溪實施禁漁保育措施\n主旨:公告本縣尖石鄉油羅溪實施封溪禁漁保育措施，期間嚴禁使用任何方式獵捕水產動植物。\n",
        );
        assert_eq!(taiwan.meta.doc_number.as_deref(), Some("府農森字第0950179301B號"));
        let database = read_past_chrome(
            "財會[2010]12號 2010年7月21日頒布 廣西天華編輯\n各省、自治區、直轄市財政廳(局):\n為了貫徹落實有關意見，推動大中型會計師事務所採用特殊普通合夥組織形式，現提出如下意見。\n",
        );
        assert_eq!(database.meta.doc_number.as_deref(), Some("財會[2010]12號"));
        assert_eq!(database.lines[0].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_posting_date_with_its_read_count_and_an_outlet_named_over_its_row_are_the_pages() {
        let counted = read_past_chrome("列車運行圖編制管理規則\n2021-10-15 61次\n\n第1條 為規范和加強鐵路列車運行圖的編制和管理工作，制定本規則。\n");
        assert_eq!(counted.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(counted.meta.date.as_deref(), Some("2021-10-15"));
        let columned = read_past_chrome(
            "消防通道不能停车怎么打通知?\n\n2022-08-01 社会 133阅读\n\n关于小区消防通道禁止停车的通知\n\n由于小区业主举报，现我公司接有关部门通知，本小区消防通道被严重堵塞。\n",
        );
        assert_eq!(columned.anchors, [2]);
        assert!(read_count("133阅读") && read_count("阅读133") && !read_count("阅读") && !read_count("133人"));
        let outlet = read_past_chrome(
            "馬公市公告農曆春節垃圾清運計畫\n\n觀傳媒\n\n更新於 01月15日11:13 • 發布於 01月15日11:13 • 觀傳媒\n\n（觀傳媒離島新聞）農曆春節將至，馬公市公所已完成春節垃圾清運計畫。\n",
        );
        assert_eq!(outlet.lines[2].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_document_number_in_a_credits_cell_is_the_number_and_its_day_the_date() {
        let p = read_past_chrome(
            "关于举办发展大会的通知\n出处:国际合作司 编辑: 国中医药台港澳函〔2009〕25号 2009-10-19\n各有关单位:\n大会将于2009年11月13日在北京召开，请各单位派员出席。\n",
        );
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata), "{:?}", p.lines);
        assert_eq!(p.meta.doc_number.as_deref(), Some("国中医药台港澳函〔2009〕25号"));
        assert_eq!(p.meta.date.as_deref(), Some("2009-10-19"));
        assert_eq!(p.source.as_deref(), Some("国际合作司"));
    }

    #[test]
    fn a_header_row_of_labels_over_rows_of_values_is_the_pages_metadata_table() {
        let p = read_past_chrome(
            "希望受表彰的先进单位再创佳绩。\n二○一一年二月二十三日\n索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\nN001-2011-000627 宛政〔2011〕7号\n南阳市人民政府办公室 2011-03-04\n面向社会 主动公开\n",
        );
        assert_eq!(p.lines[2].text.trim_start().chars().next(), Some('索'), "the row stays whole");
        assert!((2..6).all(|i| p.lines[i].class == Class::Residue(Reason::PageMetadata)), "{:?}", p.lines);
        assert_eq!(p.meta.doc_number.as_deref(), Some("宛政〔2011〕7号"));
        // (under the text, its date is the page's, not the document's)
        assert_eq!(p.meta.date, None);
        // (values that do not fill the labels' cells are no table of them)
        let p = read_past_chrome("索引号 文号 发布机构\n本文件自发布之日起施行\n");
        assert!(p.lines[1].is_text());
        // (a table in the text whose heads are labels too stays the text's)
        let p = read_past_chrome("获奖名单公布如下。\n编号 标题 作者\n001 春天的故事 张三\n");
        assert!(p.lines.iter().all(|l| l.is_text()) && p.meta.doc_number.is_none());
        let p = read_past_chrome(
            "经清理，决定废止以下规范性文件。\n文件名称 文号 发文日期\n关于加强农村宅基地管理的通知 某政发〔2010〕1号 2010-01-05\n关于印发某县城市管理办法的通知 某政发〔2012〕8号 2012-03-01\n",
        );
        assert!(p.lines.iter().all(|l| l.is_text()) && p.meta.doc_number.is_none());
    }

    #[test]
    fn a_registers_row_broken_across_lines_is_metadata_and_a_title_between_rows_is_not() {
        let p = read_past_chrome(
            "阅读:\n号: 002986352/202103-00003 信息分类: 行政规范性文件\n发文机关: 省民宗委 主题分类:\n发文字号: 皖族宗办〔2021〕1号 性:\n有效\n生效时间: 有效 废止时间: 暂无\n\n机关各处室:\n",
        );
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.lines[4].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.meta.doc_number.as_deref(), Some("皖族宗办〔2021〕1号"));
        assert!(p.lines[7].is_text());
        let p = read_past_chrome("发布时间：2022-04-27\n通知\n来源：学校办公室\n");
        assert!(p.lines[1].is_text(), "a title between rows stays");
    }

    #[test]
    fn a_game_boards_edit_stamp_under_the_title_is_the_pages_metadata() {
        let p = read_past_chrome("妄想山海外挂打击阶段性公示\n\n修改于:2022-11-24 13:48\n各位旅者们好，山海管理司一直致力于打击游戏内违规行为。\n");
        assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_posting_row_in_parentheses_under_the_title_is_the_pages_metadata() {
        let p = read_past_chrome("关于国庆节放假的通知\n(通知类型:行政 发布单位:学校办公室 发布时间:2007-9-21 11:19 阅读:5860)\n全校各单位:\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        // (a parenthesised line that opens with no label is no row: `(此件公开发布)`)
        let p = read_past_chrome("关于国庆节放假的通知\n（此件公开发布）\n");
        assert!(p.lines[1].is_text());
        // (or in square brackets)
        let p = read_past_chrome("集中公开宣告送达检察建议\n[日期：2021-02-02 10:16:37]\n来源：\n近日，某市检察院在行政非诉执行监督中发现问题。\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.meta.date.as_deref(), Some("2021-02-02"));
    }

    #[test]
    fn a_taiwan_letters_header_under_its_title_and_the_addressees_address_gives_its_fields() {
        let p = read_past_chrome(
            "以下為本會收到之來函全文，請各會員參閱。\n\n行政院農業委員會動植物防疫檢疫局函\n\n600\n嘉義市東區彌陀路105號\n\n受文者：中華民國養羊協會\n\n地址：100臺北市南海路37號\n\n發文日期：中華民國106年12月05日\n\n承辦人：吳恆毅\n\n發文字號：農防字第1061473266C號\n\n速別：最速件\n\n主旨：\n\n本局公告修正小反芻獸疫防疫措施，檢送公告影本一份。\n",
        );
        assert_eq!(p.meta.addressee.as_deref(), Some("中華民國養羊協會"), "{:?}", p.lines.iter().map(|l| (l.class, &l.text)).collect::<Vec<_>>());
        assert_eq!(p.meta.doc_number.as_deref(), Some("農防字第1061473266C號"));
        assert_eq!(p.meta.date.as_deref(), Some("2017-12-05"));
        let class = |start: &str| p.lines.iter().find(|l| l.text.starts_with(start)).map(|l| l.class);
        assert_eq!(class("受文者"), Some(Class::Moved(Field::Addressee)));
        assert_eq!((class("發文日期"), class("發文字號")), (Some(Class::Residue(Reason::PageMetadata)), Some(Class::Residue(Reason::PageMetadata))));
        assert_eq!(class("本局公告"), Some(Class::Text), "the letter's 主旨 is its text");
        // (a 受文者 with no date or number under it is no letter's header)
        let p = read_past_chrome("關於防疫措施的說明\n本會依規定辦理防疫工作，說明如下。\n受文者：中華民國養羊協會\n請各會員配合辦理。\n");
        assert!(p.lines.iter().any(|l| l.text.starts_with("受文者") && l.is_text()));
    }

    #[test]
    fn a_reporter_and_an_outlet_parted_by_a_slash_under_a_headline_are_its_byline() {
        let p = read_past_chrome(
            "遼寧今年已處分229名國企領導，挽回經濟損失逾3億元\n范春生/新華網\n新華網沈陽8月14日消息，記者從遼寧省紀委獲悉，今年以來遼寧省查處國企領導人員違紀違法案件。\n",
        );
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!((p.author.as_deref(), p.source.as_deref()), (Some("范春生"), Some("新華網")));
        // (a ratio or a path is no byline)
        let p = read_past_chrome("关于调整收费标准的通知\n甲方/乙方\n根据有关规定，现将调整收费标准有关事项通知如下。\n");
        assert!(p.lines[1].is_text());
    }

    #[test]
    fn a_posters_name_before_a_posting_date_row_goes_with_it_and_a_notices_time_stays() {
        let f = line_fields("仙居县图书馆 发布时间:2020-1-29 13:01:04").expect("a row");
        assert_eq!(f[0].0, MetaField::Date);
        assert_eq!(line_fields("会议 时间：2024年5月10日上午9时"), None);
        // (inside a field's value the words before a label are the value's)
        assert_eq!(meta_line("整治政府广场周边治安乱点 发布日期: 2023年11月17日"), None);
        let p = read_past_chrome("仙居:防控疫情纳入村规民约\n仙居县图书馆 发布时间:2020-1-29 13:01:04\n1月27日,仙居县323个村对现行的村规民约进行修订。\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.meta.date.as_deref(), Some("2020-01-29"));
    }

    #[test]
    fn a_posts_category_before_its_fields_goes_with_them() {
        assert_eq!(meta_line("一般公告 / 張貼者 教導主任"), Some(vec![(MetaField::Author, "教導主任".to_string())]));
        assert_eq!(meta_line("一般公告 / 詳見附件"), None);
    }

    #[test]
    fn a_row_behind_a_bar_mark_with_pinyin_in_its_label_is_the_pages_metadata() {
        let f = meta_line("▌來(lái)源:桐城市體育中心").expect("a row");
        assert_eq!(f, [(MetaField::Source, "桐城市體育中心".to_string())]);
    }

    #[test]
    fn a_posting_label_names_who_posted_the_page_or_when() {
        let p = read_past_chrome("市工信局开展联合督导检查\n发布: 发布日期:2024/01/31\n为认真贯彻落实要求，进一步优化营商环境。\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(p.meta.date.as_deref(), Some("2024-01-31"));
        let p = read_past_chrome(
            "保定市满城区人工影响天气作业通告\n发布:\n满城区气象局\n时间:\n2024-03-06\n为充分开发利用空中云水资源，增加降水量和减轻冰雹灾害，现通告如下。\n",
        );
        assert!((1..=4).all(|i| !p.lines[i].is_text()), "the labels and their values go");
        assert_eq!(p.source.as_deref(), Some("满城区气象局"));
        assert_eq!(p.meta.date.as_deref(), Some("2024-03-06"));
    }

    #[test]
    fn a_register_rows_empty_cells_keep_the_number_whole_and_the_issuer_under_them() {
        let p = read_past_chrome(
            "索引號:430S00/2018-03574 文號:湘發〔2018〕1號 統一登記號: 公開方式:政府網站 所屬主題: 發文日期:2018-04-10 公開責任部門:\n\n中共湖南省委\n\n湖南省人民政府\n\n關于實施鄉村振興戰略的意見\n",
        );
        assert_eq!(p.meta.doc_number.as_deref(), Some("湘發〔2018〕1號"));
        // the last empty cell takes no value from the line under it
        assert!(p.lines[2].is_text(), "{:?}", p.lines[2].class);
        // nor a chapter's heading under an empty source
        let p = read_past_chrome("某协会先进会员单位评选管理办法\n2019-04-02 15:47:06      来源:\n第一章  总则\n第一条  为规范评选工作，特制定本办法。\n");
        assert!(p.lines[2].is_text(), "{:?}", p.lines[2].class);
        // nor a 题注 (`发布时间:… 来源:` / `( 2003 年 10 月 23 日…主席会议通过)`)
        let p = read_past_chrome(
            "关于会议请假的规定\n发布时间:2009-01-03 09:53 来源:\n( 2003 年 10 月 23 日政协某省第四届委员会第八次主席会议通过)\n一、组成人员应按时出席会议。\n",
        );
        assert!(p.lines[2].is_text(), "{:?}", p.lines[2].class);
        // a label alone at the end of a row of filled fields still does (`点击数：` / `次`)
        let p = read_past_chrome("发布时间：2022-04-27 点击数：\n35次\n关于做好工作的通知\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
    }

    #[test]
    fn a_count_of_views_under_the_posting_date_is_a_counter() {
        let p = read_past_chrome("安帕爾2026年春節假期發貨安排通知\n2026-02-03\n0次\n尊敬的安帕爾用戶:\n感謝貴司長期以來對我司的支持與信任。\n");
        assert_eq!(p.lines[2].class, Class::Residue(Reason::Counter));
        // (a count in the text stays: `3次` under a sentence)
        let p = read_past_chrome("某某通知\n今年共检查了以下次数：\n3次\n");
        assert!(p.lines[2].is_text());
    }

    #[test]
    fn an_infobox_rows_name_of_the_item_is_its_title_and_an_empty_number_swallows_no_keywords() {
        let page = read_past_chrome(
            "發布文號 關鍵詞 水利水務,通知公告\n信息名稱 (洪水預警)宣城市水旱災害防御預警 內容概述 宣州區水利局:受上游強降雨影響。\n\n(洪水預警)宣城市水旱災害防御預警\n\n宣州區、寧國市水利局:\n受上游強降雨及長江干流高水位頂托影響，水陽江發生超警戒水位洪水。\n",
        );
        assert_eq!(page.meta_title.as_deref(), Some("(洪水預警)宣城市水旱災害防御預警"));
        assert_eq!(page.meta.doc_number, None);
    }

    #[test]
    fn a_field_of_an_unknown_label_over_the_pages_fields_is_one_of_them() {
        let page = read_past_chrome("某集团关于禁止承建某项目的通知\n- 分类:集团新闻\n- 作者:\n- 来源:\n- 发布时间:2016-09-12 10:08\n集团所属各单位:\n");
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
        // a labelled line over text is the text's
        let page = read_past_chrome("某集团关于禁止承建某项目的通知\n- 分类:集团新闻\n集团所属各单位:\n近日，集团接到举报。\n");
        assert!(page.lines[1].is_text());
    }

    #[test]
    fn a_portals_validity_cell_is_no_part_of_the_number_before_it() {
        let page = read_past_chrome(
            "索引号 014437529/2018-00693 主题分类 城乡建设、环境保护\n发布单位 靖江市政府办 发文日期 2018-09-25\n文号 靖政发〔2018〕53号 时效 有效\n\n市政府关于印发靖江市生态河湖行动实施方案的通知\n",
        );
        assert_eq!(page.meta.doc_number.as_deref(), Some("靖政发〔2018〕53号"));
    }

    #[test]
    fn a_date_glued_to_the_authors_names_is_the_pages_date() {
        let page = read_past_chrome(
            "版次:03 作者:周小烨 何可人 付川江2023年05月10日\n本报讯(记者 周小烨)5月8日，龙华镇乡村治理工作总结表扬暨知识竞赛活动在该镇燕坝村举办。\n",
        );
        assert_eq!(page.meta.date.as_deref(), Some("2023-05-10"));
        assert!(!ends_with_date("周小烨 何可人") && ends_with_date("付川江 2023-05-10"));
    }

    #[test]
    fn a_headline_and_metadata_under_the_story_are_the_title_and_the_pages() {
        let text = "廉江讯 8月28日，市人大组织调研组深入各镇调研，了解我市农村饮水解困情况。\n调研中，戚康启要求各镇各部门要高度重视，密切配合。\n市人大组织开展农村饮水解困情况调研\n来源:\n作者:\n时间:2007-09-08\n点击:\n最新评论共有 0 位网友发表了评论\n发表评论\n";
        let page = read_past_chrome(text);
        assert_eq!(page.meta_title.as_deref(), Some("市人大组织开展农村饮水解困情况调研"));
        assert_eq!(page.meta.date.as_deref(), Some("2007-09-08"));
        assert!((3..=8).all(|i| !page.lines[i].is_text()), "{:?}", page.lines.iter().map(|l| l.class).collect::<Vec<_>>());
        // the same rows without a date, or with text after them, are left alone
        let page = read_past_chrome(&text.replace("2007-09-08", ""));
        assert_eq!(page.meta_title, None);
    }

    #[test]
    fn an_encyclopedias_infobox_under_its_lead_sentence_is_metadata() {
        let page = read_past_chrome(
            "新疆維吾爾自治區平安建設條例，於2021年9月28日由自治區人大常委會通過，自2021年10月1日起施行。\n基本介紹\n中文名：新疆維吾爾自治區平安建設條例\n法律效力：地方性法規\n制定機關：新疆維吾爾自治區人大常務委員會\n公布日期：2021/9/28\n第一章 總則\n第一條 為了推進平安新疆建設，提高社會治理現代化水平，制定本條例。\n",
        );
        for i in 2..=5 {
            assert_eq!(page.lines[i].class, Class::Residue(Reason::PageMetadata), "{}", page.lines[i].text);
        }
        assert_eq!(page.meta_title.as_deref(), Some("新疆維吾爾自治區平安建設條例"));
        assert_eq!(page.lines[7].class, Class::Text, "the text stays");
        // a notice's own labelled rows under its first sentence are its text
        let page = read_past_chrome(
            "经审查，批准发布以下地方标准，现予公告，自发布之日起三十日后施行。\n标准编号：DB11/T 123-2023\n标准名称：城市道路养护规范\n实施日期：2023年10月1日\n特此公告。\n",
        );
        assert!(page.lines.iter().all(|l| l.class == Class::Text), "{:?}", page.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
    }

    #[test]
    fn a_channel_then_a_date_label_with_its_value_under_it_is_metadata() {
        let page = read_past_chrome("我市成立殡葬协会\n浙江在线衢州频道 时间：\n2015-01-11 09:36:46\n我市殡葬协会于1月7日成立。省民政厅副厅长出席成立会议。\n");
        assert_eq!(page.lines[1].class, Class::Residue(Reason::PageMetadata));
        assert_eq!(page.lines[0].class, Class::Text, "the headline stays for the head pass");
        assert_eq!(page.meta.date.as_deref(), Some("2015-01-11"));
    }

    #[test]
    fn metadata_lines_and_tables() {
        let f = meta_line("| **索 引 号：** | 11510600MB1C23456X/2023-00012 | **主题分类：** | 城乡建设").unwrap();
        assert_eq!(f, vec![(MetaField::Ignored, "11510600MB1C23456X/2023-00012".to_string()), (MetaField::Ignored, "城乡建设".to_string())]);
        let f = meta_line("点击量:次,发布于:2021/08/27").unwrap();
        assert!(f.contains(&(MetaField::Date, "2021/08/27".to_string())));
        assert_eq!(meta_line("来源：市政府办公室  发布时间：2023-05-12 09:30").unwrap()[0], (MetaField::Source, "市政府办公室".to_string()));
        let f = meta_line("发布时间:2022-08-23 14:52信息来源:寿县人民政府文字大小:[    ] 背景色:").unwrap();
        assert_eq!(f[1], (MetaField::Source, "寿县人民政府".to_string()));
        assert!(meta_line("会议时间：2023年6月16日").is_none());
        assert!(meta_line("日期：待定").is_none());
        assert!(meta_line("本次来源：调查").is_none());
        assert_eq!(meta_line("文件编号 浦府〔2022〕1号").unwrap(), vec![(MetaField::DocNumber, "浦府〔2022〕1号".to_string())]);
        assert_eq!(meta_line("更新:2017-07-19 14:30三穗县地名").unwrap()[0].0, MetaField::Date);
        assert!(meta_line("更新观念，提高认识").is_none());
        assert_eq!(meta_line("文号 瑞政办〔2011〕129号 发布机构 市市级机关事务管理局").unwrap()[0], (MetaField::DocNumber, "瑞政办〔2011〕129号".to_string()));
        assert!(meta_line("文号已经确定").is_none());
        let f =
            meta_line("结案日期:2016年12月29日 案由:外资管理行政批准 当事人:福建省商务厅 林明 案号:(2014)榕行终字第379号 经办法院:福建省福州市中级人民法院")
                .unwrap();
        assert!(f.contains(&(MetaField::DocNumber, "(2014)榕行终字第379号".to_string())), "{f:?}");
        assert!(meta_line("来源 调查").is_none());
        // a letter-spaced label in a cell copied as text, no colon
        let f = meta_line("索 引 号 640422001/2018-90875 发文时间 2018-09-30").unwrap();
        assert_eq!(f, vec![(MetaField::Ignored, "640422001/2018-90875".to_string()), (MetaField::Date, "2018-09-30".to_string())]);
        assert!(meta_line("文 号 字 样 的 说 明").is_none());
        // or with its colon
        assert_eq!(meta_line("发 文 号:办防〔2022〕204号").unwrap(), vec![(MetaField::DocNumber, "办防〔2022〕204号".to_string())]);
        // (spaced with the question marks a page's lost wide spaces became)
        let f = meta_line("標??題: | 安徽省人民政府關于銅陵市開發區優化整合方案的批復 | ||").unwrap();
        assert_eq!(f, vec![(MetaField::Title, "安徽省人民政府關于銅陵市開發區優化整合方案的批復".to_string())]);
        assert!(meta_line("为什么??标题是这样").is_none());
        // a row after the page's text-size buttons
        assert!(meta_line("放大字體  縮小字體2023-02-24  來源:農業農村部畜牧獸醫局  1627").is_some_and(|f| f[0].0 == MetaField::Source));
        assert!(meta_line("放大字體").is_none());
        // a date label run into its date
        assert_eq!(meta_line("最後更新日期2024-09-18").unwrap(), vec![(MetaField::Date, "2024-09-18".to_string())]);
        assert!(meta_line("发布日期以本通知为准").is_none());
        // a Taiwan regulations database's name field
        assert_eq!(meta_line("法規名稱: 經濟部產業園區管理局補助作業要點").unwrap(), vec![(MetaField::Title, "經濟部產業園區管理局補助作業要點".to_string())]);
        // a number with the kind of act after it
        assert_eq!(without_act_kind("經園開規字第1130100394號 令"), "經園開規字第1130100394號");
        assert_eq!(without_act_kind("府行法字第1120012345號"), "府行法字第1120012345號");
        assert_eq!(without_act_kind("皖族宗办〔2021〕1号 性："), "皖族宗办〔2021〕1号");
        assert_eq!(without_act_kind("皖族宗办〔2021〕1号 有效期限至："), "皖族宗办〔2021〕1号 有效期限至：");
        // a field the site has no value for
        assert_eq!(meta_line("文 号: null 所属主题: 已归档").unwrap(), vec![(MetaField::DocNumber, String::new()), (MetaField::Ignored, "已归档".to_string())]);
        // a label with a qualifier of its own
        assert_eq!(meta_line("备注/文号:明政办〔2016〕82号").unwrap(), vec![(MetaField::DocNumber, "明政办〔2016〕82号".to_string())]);
        assert_eq!(meta_line("公文生成日期:2016-06-23").unwrap(), vec![(MetaField::Date, "2016-06-23".to_string())]);
        assert!(meta_line("新闻作者:本报  发布时间:2019年01月31日  查看次数:").unwrap().contains(&(MetaField::Date, "2019年01月31日".to_string())));
        // a standards database's details
        assert_eq!(meta_line("标准号: YDB 112-2012").unwrap(), vec![(MetaField::DocNumber, "YDB 112-2012".to_string())]);
        assert_eq!(meta_line("中文名称:增值电信业务实施规范").unwrap(), vec![(MetaField::Title, "增值电信业务实施规范".to_string())]);
    }

    #[test]
    fn a_short_label_row_inside_a_metadata_block_is_metadata() {
        let mut page = super::super::lines::read(
            "索引号 000014349/2022-1497743 主题分类   其他\n发布机构 发文日期  2022年05月10日\n文号 遵府办函〔2022〕56号 是否有效\n标题 市人民政府办公室关于印发方案的通知\n市人民政府办公室关于印发方案的通知\n各县人民政府：\n为推进建设，现将方案印发给你们，请认真贯彻执行。\n",
        );
        run(&mut page);
        assert_eq!(page.meta.doc_number.as_deref(), Some("遵府办函〔2022〕56号"));
        assert_eq!(page.meta_title.as_deref(), Some("市人民政府办公室关于印发方案的通知"));
        assert!(page.lines[..4].iter().all(|l| !l.is_text()));
        // a law site's labels in brackets
        let f = meta_line("【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规")
            .unwrap();
        assert_eq!(f[0], (MetaField::DocNumber, "广西壮族自治区人民政府令2016年第116号".to_string()));
        assert_eq!(f[1], (MetaField::Date, "2016-12-06".to_string()));
        assert!(meta_line("【专题】关于加强安全工作的通知").is_none());
        let f = meta_line("[ 索引号 ] 115002370086610305/2020-00160 [ 发文字号 ] 巫山府办发〔2017〕132号").unwrap();
        assert_eq!(f.last().unwrap(), &(MetaField::DocNumber, "巫山府办发〔2017〕132号".to_string()));
        assert!(meta_line("[图片] 关于加强安全工作的通知").is_none());
        assert_eq!(meta_line("标题：关于【专项】检查的通知").unwrap()[0].1, "关于【专项】检查的通知");
        // alone, a two-character label opening a line is not metadata
        assert!(meta_line("标题 市人民政府办公室关于印发方案的通知").is_none());
        // the posting date, then fields
        let f = meta_line("2019-05-30     来源:市政府办公室 字号:[            ]").unwrap();
        assert_eq!(f[0], (MetaField::Source, "市政府办公室".to_string()));
        assert!(meta_line("2019年 全市经济运行稳中向好").is_none());
        // and with its time of posting
        let f = meta_line("2021-09-17 07:40:46 作者: 来源:福建日报  责任编辑:周冬").unwrap();
        assert!(f.iter().any(|(k, v)| *k == MetaField::Source && v == "福建日报"), "{f:?}");
    }

    #[test]
    fn a_law_sites_labels_run_into_their_values_three_in_a_row_are_metadata() {
        let mut page =
            super::super::lines::read("某复函\n\n发文机关国务院办公厅\n\n发文日期1988年11月22日\n\n时效性现行有效\n\n国家计委：\n你委的请示收悉。\n");
        run(&mut page);
        assert!((2..=6).all(|i| !page.lines[i].is_text()), "{:?}", page.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert_eq!(page.meta.date.as_deref(), Some("1988-11-22"));
        // one alone is the text's
        let mut page = super::super::lines::read("某办法\n第九条 本办法自发布之日起施行。\n施行日期另行规定\n");
        run(&mut page);
        assert!(page.lines[2].is_text());
    }

    #[test]
    fn a_table_copied_a_cell_to_a_line_labels_over_values_is_metadata() {
        let mut page = super::super::lines::read(
            "某某关于印发实施办法的通知\n索引号\n011080691/2023-70749\n主题分类\n统计\n文  号\n发文日期\n2023年09月03日 16:25:00\n文号\n十经普办文〔2023〕9号\n各县（市、区）普查办：\n现将实施办法印发给你们，请认真贯彻落实。\n",
        );
        run(&mut page);
        assert!((1..=9).all(|i| !page.lines[i].is_text()), "{:?}", page.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        // a value the chrome pass took already does not cut the run
        let mut page = super::super::lines::read(
            "某某关于印发实施办法的通知\n索引号\n011080691/2023-70749\n发文日期\n2023年09月03日 16:25:00\n发布机构\n某某普查办\n文号\n十经普办文〔2023〕9号\n现将实施办法印发给你们，请认真贯彻落实。\n",
        );
        super::super::chrome::run(&mut page);
        assert_eq!(page.lines[4].class, Class::Residue(Reason::PageMetadata), "the chrome pass takes the stamp");
        run(&mut page);
        assert!((1..=8).all(|i| !page.lines[i].is_text()), "{:?}", page.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert_eq!(page.meta.doc_number.as_deref(), Some("十经普办文〔2023〕9号"));
        assert_eq!(page.meta.date.as_deref(), Some("2023-09-03"));
        // a school's board of notices, its title's cell a sentence
        let mut page = super::super::lines::read(
            "公告日期\n2017/03/17\n公告單位\n文書組\n公告標題\n【郵政代辦所公告】郵件投遞時間調整,敬請留意寄件時效。\n公告內容\n各位師生大家好,\n依據郵局通知，週六停止投遞作業，請留意郵件寄交時程。\n",
        );
        super::super::chrome::run(&mut page);
        run(&mut page);
        assert!((0..=6).all(|i| !page.lines[i].is_text()), "{:?}", page.lines.iter().map(|l| &l.class).collect::<Vec<_>>());
        assert_eq!(page.meta_title.as_deref(), Some("【郵政代辦所公告】郵件投遞時間調整,敬請留意寄件時效。"));
        assert_eq!(page.meta.date.as_deref(), Some("2017-03-17"));
        // a table of the text's, under its sentences, is the text's
        let mut page = super::super::lines::read(
            "某某县人民政府关于废止有关文件的决定\n经清理，县政府决定废止下列规范性文件：\n文件名称\n某某县城区犬类管理办法\n文号\n某政发〔2015〕12号\n成文日期\n2015年6月3日\n",
        );
        run(&mut page);
        assert!((2..=7).all(|i| page.lines[i].is_text()) && page.meta.doc_number.is_none());
        // a label word or two alone over a line is the text's
        let mut page = super::super::lines::read("某某通知\n日期\n2025-12-16\n文号\n另行通知\n现将有关事项通知如下。\n");
        run(&mut page);
        assert!((1..=4).all(|i| page.lines[i].is_text()));
    }

    #[test]
    fn a_copys_footer_naming_the_story_and_its_link_is_the_pages() {
        let mut page = super::super::lines::read(
            "各旅行社：\n现将有关事项通知如下，请遵照执行。\n昆明市旅游监察支队\n年1月28日\n标题:快讯:关于文明观鸥的通知\n地址:http://www.kwan-yin.com.cn/kmly/5347.html\n",
        );
        run(&mut page);
        assert!(!page.lines[4].is_text() && !page.lines[5].is_text());
        assert_eq!(page.meta_title.as_deref(), Some("快讯：关于文明观鸥的通知"));
        // an address that is a place is a contact's
        let mut page = super::super::lines::read("现将有关事项通知如下。\n标题：报名须知\n地址：昆明市五华区人民中路1号\n");
        run(&mut page);
        assert!(page.lines[1].is_text() && page.lines[2].is_text());
        // a format the notice asks for is its text
        let mut page = super::super::lines::read(
            "为提高网站内容质量，现开展网站错别字纠错活动。发现错误的，请按以下格式报送至信息中心邮箱：\n标题：关于印发《某某实施细则》的通知\n网址：http://www.example.gov.cn/art/1.html\n",
        );
        run(&mut page);
        assert!(page.lines[1].is_text() && page.lines[2].is_text());
    }

    #[test]
    fn a_headline_that_exclaims_over_the_pages_metadata_leaves_it_in_the_header() {
        let mut page = super::super::lines::read(
            "福州一水库即将开闸泄洪！\n发布时间:2023-08-16 13:35:43\n来源:环球网\n通 知\n根据指挥部指令，东张水库从2023年8月16日14时起开闸泄洪，请沿线群众注意安全、远离排洪河道。\n",
        );
        run(&mut page);
        assert!(!page.lines[1].is_text() && !page.lines[2].is_text());
        assert_eq!(page.meta.date.as_deref(), Some("2023-08-16"));
    }

    #[test]
    fn header_metadata_goes_to_the_front_matter_and_body_labels_stay() {
        let mut page = super::super::lines::read("标题\n发布时间：2023-05-12\n来源：市政府办公室\n正文第一段，说明情况。\n来源：正文里的一行\n");
        run(&mut page);
        assert_eq!(page.meta.date.as_deref(), Some("2023-05-12"));
        assert_eq!(page.source.as_deref(), Some("市政府办公室"));
        assert_eq!(page.lines[4].class, Class::Text);
    }

    #[test]
    fn law_site_labels_rows_of_cells_and_colons_and_empty_labels() {
        // labels padded with spaces, and a law site's details
        assert_eq!(meta_line("状       态：现行").unwrap()[0].0, MetaField::Ignored);
        assert_eq!(meta_line("颁布单位：某省人大常委会").unwrap()[0], (MetaField::Source, "某省人大常委会".to_string()));
        assert_eq!(meta_line("发文文号：某政发〔2020〕3号").unwrap()[0].0, MetaField::DocNumber);
        // a table row mixing a cell after its label and a label with a colon
        let f = meta_line("文号 | 督办通报第三期 | 成文日期: | 2021年05月06日 |").unwrap();
        assert_eq!(f[0], (MetaField::DocNumber, "督办通报第三期".to_string()));
        assert_eq!(f[1].0, MetaField::Date);
        // a row that ends with an empty label cell
        let f = meta_line("文号 | 腾政发〔2023〕1号 | 浏览量 |").unwrap();
        assert_eq!(f[0], (MetaField::DocNumber, "腾政发〔2023〕1号".to_string()));
        assert_eq!(f[1], (MetaField::Counter, String::new()));
        // a label alone is not a row
        assert!(meta_line("内容概述").is_none());
        // a mirror's pinyin in the label, not in the value
        assert_eq!(meta_line("發（fā）文字號 國辦函〔1988〕2號").unwrap()[0], (MetaField::DocNumber, "國辦函〔1988〕2號".to_string()));
        let f = meta_line("發(fā)布機構(gòu) | 自治區(qū)人民政府 | 文 號 | 內(nèi)政發(fā)[2007]119號 |").unwrap();
        assert_eq!(f[1], (MetaField::DocNumber, "內(nèi)政發(fā)[2007]119號".to_string()));
        let f = meta_line("名稱(chēng): | 禁牧巡查不松懈 持續(xù)鞏固生態(tài)成果 | 文號(hào): | 無(wú)").unwrap();
        assert_eq!(f[0], (MetaField::Title, "禁牧巡查不松懈 持續(xù)鞏固生態(tài)成果".to_string()));
        // a label in brackets, and a row in parentheses, with pinyin in label and value
        assert!(meta_line("【是否有（yǒu）效】全文（wén）有（yǒu）效").is_some());
        let f = meta_line("（來（lái）源：宿豫區（qū）人民政府網（wǎng）站）").unwrap();
        assert_eq!(f[0], (MetaField::Source, "宿豫區（qū）人民政府網（wǎng）站".to_string()));
        let f = meta_line("索 引 號(hào) | 1115012301170293XF/2025-00042 | 主題分類 | 林業(yè) |").unwrap();
        assert_eq!(f[0].0, MetaField::Ignored);
        // an empty label never takes the next field as its value
        let mut page =
            super::super::lines::read("某省人大常委会关于修改某条例的决定\n发文文号：\n颁布单位：某省人大常委会\n正文说明修改的内容，自公布之日起施行。\n");
        run(&mut page);
        assert_eq!(page.meta.doc_number, None);
        // a number under another empty label stays the document's
        let mut page =
            super::super::lines::read("主 题 词: |\n盘政发〔2010〕22号\n盘锦市人民政府关于表彰竞赛优胜单位的决定\n我市开展竞赛以来，成绩显著，现予表彰。\n");
        run(&mut page);
        let number = page.lines.iter().find(|l| l.text.starts_with("盘政发")).unwrap();
        assert!(number.is_text(), "{:?}", number.class);
        // nor the 题注 under it
        let mut page = super::super::lines::read(
            "某市人民代表大会关于政府工作报告的决议\n发布部门: 某市人民代表大会\n发布文号:\n(2005年6月2日某市第四届人民代表大会第一次会议通过)\n会议听取和审议了政府工作报告，决定批准这个报告。\n",
        );
        run(&mut page);
        assert_eq!(page.meta.doc_number, None);
        assert_eq!(page.source.as_deref(), Some("某市人民代表大会"));
        // a value wrapped onto the next line, and another field after it
        let mut page = super::super::lines::read(
            "证券代码：600000 证券简称：\n某某股份 公告编号：2024-012\n某某股份有限公司关于召开股东大会的通知\n本公司董事会保证本公告内容真实、准确、完整，没有虚假记载。\n",
        );
        run(&mut page);
        assert_eq!(page.meta.doc_number.as_deref(), Some("2024-012"));
    }

    #[test]
    fn a_row_of_fields_in_a_pair_of_brackets_or_a_bracket_the_cut_left_open_is_metadata() {
        let fields = meta_line("【来源:兰州大学校长办公室 | 发布日期:2009-04-01 | 作者:超级管理员】").unwrap();
        assert!(fields.contains(&(MetaField::Source, "兰州大学校长办公室".to_string())), "{fields:?}");
        assert!(meta_line("【选择字号:").is_some());
        assert_eq!(meta_line("【重要】关于做好防汛工作的通知"), None);
        assert!(meta_line("发文内容:").is_some() && meta_line("公告類別:").is_some(), "a law site's labels");
        let fields = meta_line("【信息来源:【信息时间:2010-08-25 08:54  阅读次数: 】【字号 】【我要打印】【关闭").unwrap();
        assert!(fields.iter().any(|(f, _)| *f == MetaField::Date), "{fields:?}");
    }

    #[test]
    fn a_long_label_without_its_colon_inside_a_row_of_fields_is_a_field_and_in_a_sentence_is_none() {
        let fields = meta_line("證券代碼:300356 證券簡稱:ST 光一 公告編碼 2021-106 號").unwrap();
        assert!(fields.contains(&(MetaField::DocNumber, "2021-106 號".to_string())), "{fields:?}");
        assert!(fields.iter().any(|(_, v)| v == "ST 光一"), "the short name ends where the bare label starts: {fields:?}");
        assert_eq!(meta_line("公司将按照公告编号 2021-106 的安排召开会议"), None);
    }

    #[test]
    fn a_headline_with_its_subtitle_after_a_dash_is_no_value_of_an_empty_label_over_it() {
        let p = read_past_chrome("关键词：\n\n森林抚育助发展 亲情关怀暖人心——好森沟林场召开森林抚育工作会议\n\n点击数：7312     更新时间：2020-06-19\n");
        assert!(p.lines[2].is_text(), "{:?}", p.lines[2]);
        // (a value of its own stays the field's)
        let p = read_past_chrome("关键词：\n\n森林抚育 护林员\n\n点击数：7312     更新时间：2020-06-19\n");
        assert_eq!(p.lines[2].class, Class::Residue(Reason::PageMetadata));
        // (and so does an office and its section)
        let p = read_past_chrome("发布机构：\n某某市人民政府办公室——政务公开科\n生成日期：2024-05-06\n");
        assert_eq!(p.lines[1].class, Class::Residue(Reason::PageMetadata));
    }
}
