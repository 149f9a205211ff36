//! Pass 1b, memo: a memo's header — `致：全體會員` / `由：秘書長…` / `日期：2023年12月15日`, a
//! field a line at the top of the page — gives the addressee, the signer and the date. Read
//! before the chrome pass, which would take a short labelled line for the page's own.

use super::super::chars::{find_date, han, is_prose};
use super::super::page::{Field, Page};
use super::super::rules::{MAX_TITLE_CHARS, MEMO_LABELS, MemoField};

pub fn run(page: &mut Page) {
    let Some(run) = header(page) else { return };
    let (first, last) = (run[0].0, run[run.len() - 1].0);
    // the memo's subject under its header is its title; its series number over it, its number
    // (`2024/2025年度理事會成員提名`; `秘書長通告2477`)
    if let Some(s) = page.next_nonblank(last).filter(|&s| page.lines[s].is_text() && subject(&page.lines[s].text)) {
        page.meta.title = Some(page.lines[s].text.trim().to_string());
        page.moved(s, Field::Title);
    }
    if let Some(n) = page.prev_nonblank(first).filter(|&n| page.lines[n].is_text() && series_number(&page.lines[n].text)) {
        page.meta.doc_number = Some(page.lines[n].text.trim().to_string());
        page.moved(n, Field::DocNumber);
    }
    for (i, field, value) in run {
        match field {
            MemoField::To => {
                page.meta.addressee = Some(value);
                page.moved(i, Field::Addressee);
            }
            MemoField::From => {
                page.meta.signature = Some(value);
                page.moved(i, Field::Signature);
            }
            MemoField::Date => {
                page.meta.date = find_date(&value);
                page.moved(i, Field::Date);
            }
        }
    }
}

/// The header's lines with their fields: the first run of memo fields (blank lines between
/// them), naming whom it goes to and who sends it or when, each field once.
fn header(page: &Page) -> Option<Vec<(usize, MemoField, String)>> {
    let text: Vec<usize> = page.text_lines().into_iter().take(MEMO_HEADER_WITHIN).collect();
    let start = text.iter().position(|&i| field(&page.lines[i].text).is_some())?;
    let run: Vec<(usize, MemoField, String)> =
        text[start..].iter().map_while(|&i| field(&page.lines[i].text).map(|(f, v)| (i, f, v))).take(MEMO_LABELS.len()).collect();
    let has = |f: MemoField| run.iter().filter(|(_, g, _)| *g == f).count();
    let dated = run.iter().all(|(_, f, v)| *f != MemoField::Date || find_date(v).is_some());
    (has(MemoField::To) == 1 && has(MemoField::From) + has(MemoField::Date) >= 1 && has(MemoField::From) <= 1 && has(MemoField::Date) <= 1 && dated)
        .then_some(run)
}

/// A memo's subject line: short, no sentence.
fn subject(t: &str) -> bool {
    let t = t.trim();
    (MIN_SUBJECT_CHARS..=MAX_TITLE_CHARS).contains(&t.chars().count()) && !is_prose(t) && !t.ends_with(['：', ':'])
}

/// `秘書長通告2477`: a memo series' name and number, on a short line.
fn series_number(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= SERIES_CHARS && t.ends_with(|c: char| c.is_ascii_digit()) && t.chars().any(han)
}

/// A subject has at least this many characters.
const MIN_SUBJECT_CHARS: usize = 4;
/// A memo series' name and number take at most this many characters.
const SERIES_CHARS: usize = 20;
/// A memo's header starts within the page's first lines of text.
const MEMO_HEADER_WITHIN: usize = 8;
/// A memo field's value is at most this long.
const MEMO_VALUE_CHARS: usize = 40;

/// `致 :全體會員`: a memo field's label (spaces before its colon allowed) and value.
fn field(t: &str) -> Option<(MemoField, String)> {
    let t = t.trim();
    MEMO_LABELS.iter().find_map(|(label, f)| {
        let value = t.strip_prefix(label)?.trim_start().strip_prefix(['：', ':'])?.trim();
        (!value.is_empty() && value.chars().count() <= MEMO_VALUE_CHARS).then(|| (*f, value.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memos_to_from_and_date_lines_give_the_addressee_the_signer_and_the_date() {
        let mut page = super::super::lines::read(
            "秘書長通告2477\n\n致 :全體會員\n由 :秘書長蔡淑蓮、副秘書長彭一邦\n日期 :2023年12月15日\n\n2024/2025年度理事會成員提名\n\n根據本會章程，每年周年會員大會將選出新一屆理事會。\n",
        );
        run(&mut page);
        assert_eq!(page.meta.addressee.as_deref(), Some("全體會員"));
        assert_eq!(page.meta.signature.as_deref(), Some("秘書長蔡淑蓮、副秘書長彭一邦"));
        assert_eq!(page.meta.date.as_deref(), Some("2023-12-15"));
        assert_eq!(page.meta.title.as_deref(), Some("2024/2025年度理事會成員提名"));
        assert_eq!(page.meta.doc_number.as_deref(), Some("秘書長通告2477"));
    }

    #[test]
    fn a_letter_to_someone_in_running_text_or_a_lone_field_is_no_memo() {
        for text in [
            "致：全體會員\n根據本會章程，每年周年會員大會將選出新一屆理事會。\n",
            "由：秘書處\n日期：2023年12月15日\n",
            "致：全體會員\n致：各位家長\n日期：2023年12月15日\n",
        ] {
            let mut page = super::super::lines::read(text);
            run(&mut page);
            assert_eq!(page.meta.addressee, None, "{text}");
        }
    }
}
