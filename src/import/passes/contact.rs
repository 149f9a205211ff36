//! Contact lines: `电话：0816-8118728`, `电子邮箱：…`, `地址：… 邮编：…` — a line made only of
//! contact fields gives them to the front matter's `contact:`.

use super::super::page::ContactField;
use super::super::rules::CONTACT_LABELS;

/// The contact fields of a line made only of them. The values keep their text as written
/// (`0931—8921040（上午8:30-12:00）`: its clock colons and its closing bracket).
pub fn fields(t: &str) -> Option<Vec<(ContactField, String)>> {
    let mut out = Vec::new();
    let mut rest = t.trim();
    loop {
        rest = rest.trim_start_matches([' ', '\u{3000}', '，', ',', '；', ';', '|', '(', '（', ')', '）']);
        if rest.is_empty() {
            break;
        }
        // the label: the words before the first colon, spaces dropped (`邮    编`), ending with
        // a known label (`邮寄地址`, `沈阳人大网站网址`)
        let colon = rest.find(['：', ':'])?;
        let word: String = rest[..colon].chars().filter(|c| !c.is_whitespace()).collect();
        let hit = CONTACT_LABELS.iter().filter(|(l, _)| word.ends_with(l) && word.chars().count() <= l.chars().count() + 6).max_by_key(|(l, _)| l.len())?;
        let after = &rest[colon + rest[colon..].chars().next().map_or(1, char::len_utf8)..];
        let end = CONTACT_LABELS.iter().filter_map(|(l, _)| next_label(after, l)).min().unwrap_or(after.len());
        let v = balanced(after[..end].trim().trim_end_matches(['，', '；', '。']));
        let v = if hit.1 == ContactField::Phone { without_stamp(v) } else { v }.to_string();
        if v.is_empty() {
            return None;
        }
        match named_phone(hit.1, &v) {
            // `联系人及电话:李伟    8788586`: the person, then the number
            Some((name, number)) => out.extend([(ContactField::Person, name), (ContactField::Phone, number)]),
            None => out.push((hit.1, v)),
        }
        rest = &after[end..];
    }
    (!out.is_empty()).then_some(out)
}

/// A phone field whose value opens with a person's name (`李伟    8788586`, `王老师 0571-8888`):
/// the name and the number.
fn named_phone(field: ContactField, v: &str) -> Option<(String, String)> {
    let name: String = v.chars().take_while(|c| super::super::chars::han(*c)).collect();
    let number = v[name.len()..].trim_start_matches(|c: char| c.is_whitespace() || "，,、：:".contains(c));
    let dialled = number.starts_with(|c: char| c.is_ascii_digit()) && number.chars().filter(|c| c.is_ascii_digit()).count() >= 5;
    (field == ContactField::Phone && (2..=4).contains(&name.chars().count()) && dialled).then(|| (name, number.to_string()))
}

/// `0577-88865061 2024年05月19日 星期日`: a number with the page's date stamp after it (a
/// site's top bar) — the number only.
fn without_stamp(v: &str) -> &str {
    let dated = |w: &str| super::super::chars::find_date(w).is_some_and(|_| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('年'));
    match v.char_indices().find(|&(i, c)| c.is_whitespace() && dated(v[i..].trim_start())) {
        Some((i, _)) => v[..i].trim_end(),
        None => v,
    }
}

/// Where the next field's label `l` starts in `after`: after a separator, before its colon.
fn next_label(after: &str, l: &str) -> Option<usize> {
    let mut found = None;
    for sep in ["  ", " ", "\u{3000}", "，", "；", ",", ";", "|", "（", "("] {
        for colon in ["：", ":"] {
            if let Some(q) = after.find(&format!("{sep}{l}{colon}")) {
                found = Some(found.map_or(q, |f: usize| f.min(q)));
            }
        }
    }
    found
}

/// A value without the closing bracket of the bracket its line opened before it
/// (`(邮编:618000)`), but with its own (`0931—8921040（上午8:30-12:00）`).
fn balanced(v: &str) -> &str {
    let opens = v.matches(['（', '(']).count();
    let closes = v.matches(['）', ')']).count();
    if closes > opens { v.strip_suffix(['）', ')']).unwrap_or(v).trim_end() } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_ends_before_the_date_stamp_a_sites_top_bar_sets_after_it() {
        assert_eq!(fields("返回首页 联系电话:0577-88865061 2024年05月19日 星期日"), Some(vec![(ContactField::Phone, "0577-88865061".to_string())]));
        assert_eq!(fields("电话：0571-8888 8888"), Some(vec![(ContactField::Phone, "0571-8888 8888".to_string())]));
    }

    #[test]
    fn contact_lines_give_their_fields() {
        assert_eq!(
            fields("联系人：李明浩　联系电话：0838-2212345").unwrap(),
            vec![(ContactField::Person, "李明浩".into()), (ContactField::Phone, "0838-2212345".into())]
        );
        assert_eq!(fields("地址:岚川市文昌路18号(邮编:618000)").unwrap()[1], (ContactField::Postcode, "618000".into()));
        assert!(fields("电话会议于下午召开。").is_none());
        assert!(fields("电话：").is_none());
        assert_eq!(fields("邮    编:361018").unwrap(), vec![(ContactField::Postcode, "361018".into())]);
        assert_eq!(fields("沈阳人大网站网址:www.syrd.gov.cn").unwrap(), vec![(ContactField::Website, "www.syrd.gov.cn".into())]);
        assert!(fields("电话会议时间：下午三点").is_none());
        // ASCII separators, as scraped pages often have them
        assert_eq!(fields("联系人:张淮铭;联系电话:67210092").unwrap(), vec![(ContactField::Person, "张淮铭".into()), (ContactField::Phone, "67210092".into())]);
        // one label for both: the person, then the number
        assert_eq!(fields("联系人及电话:李伟    8788586").unwrap(), vec![(ContactField::Person, "李伟".into()), (ContactField::Phone, "8788586".into())]);
        // a value keeps its own brackets and clock colons
        assert_eq!(
            fields("2.电    话:0931—8921040(上午8:30-12:00,下午14:30-18:00)").unwrap(),
            vec![(ContactField::Phone, "0931—8921040(上午8:30-12:00,下午14:30-18:00)".into())]
        );
    }
}
