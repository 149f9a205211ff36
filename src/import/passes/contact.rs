//! Contact lines: `电话：0816-8118728`, `电子邮箱：…`, `地址：… 邮编：…` — a line made only of
//! contact fields gives them to the front matter's `contact:`.

use super::super::page::ContactField;
use super::super::rules::CONTACT_LABELS;

/// The contact fields of a line made only of them.
pub fn fields(t: &str) -> Option<Vec<(ContactField, String)>> {
    let norm = t.trim().replace(':', "：");
    let mut out = Vec::new();
    let mut rest = norm.as_str();
    loop {
        rest = rest.trim_start_matches([' ', '\u{3000}', '，', ',', '；', ';', '|', '(', '（', ')', '）']);
        if rest.is_empty() {
            break;
        }
        // the label: the words before the first colon, spaces dropped (`邮    编`), ending with
        // a known label (`邮寄地址`, `沈阳人大网站网址`)
        let colon = rest.find('：')?;
        let word: String = rest[..colon].chars().filter(|c| !c.is_whitespace()).collect();
        let hit = CONTACT_LABELS.iter().filter(|(l, _)| word.ends_with(l) && word.chars().count() <= l.chars().count() + 6).max_by_key(|(l, _)| l.len())?;
        let after = &rest[colon + "：".len()..];
        let mut end = after.len();
        for (l, _) in CONTACT_LABELS {
            for sep in ["  ", " ", "\u{3000}", "，", "；", ",", ";", "|", "（", "("] {
                if let Some(q) = after.find(&format!("{sep}{l}：")) {
                    end = end.min(q);
                }
            }
        }
        let v = after[..end].trim().trim_end_matches(['，', '；', '。', ')', '）']).to_string();
        if v.is_empty() {
            return None;
        }
        out.push((hit.1, v));
        rest = &after[end..];
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
