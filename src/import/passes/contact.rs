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
        // the longest label that opens the rest
        let hit = CONTACT_LABELS.iter().filter(|(l, _)| rest.starts_with(&format!("{l}："))).max_by_key(|(l, _)| l.len())?;
        let after = &rest[hit.0.len() + "：".len()..];
        let mut end = after.len();
        for (l, _) in CONTACT_LABELS {
            for sep in ["  ", " ", "\u{3000}", "，", "；", "|", "（", "("] {
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
        assert_eq!(fields("联系人：李明浩　联系电话：0838-2212345").unwrap(), vec![(ContactField::Person, "李明浩".into()), (ContactField::Phone, "0838-2212345".into())]);
        assert_eq!(fields("地址:岚川市文昌路18号(邮编:618000)").unwrap()[1], (ContactField::Postcode, "618000".into()));
        assert!(fields("电话会议于下午召开。").is_none());
        assert!(fields("电话：").is_none());
    }
}
