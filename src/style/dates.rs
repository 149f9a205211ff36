//! Dates and document numbers as GB/T 9704 writes them: `2021年8月27日` (Arabic numerals, full
//! year, no zero padding) and `科源发〔2021〕12号` (year in 〔 〕, no 第, no padding).

/// `2021-08-27`, `2021/08/27`, `2021.8.27`, `2021年08月27日` → `2021年8月27日`.
/// Dates in Chinese numerals (二〇〇四年五月十三日) are returned unchanged. None when the text
/// is not a date folio can read.
pub fn normalize_date(s: &str) -> Option<String> {
    let t = s.trim();
    if t.contains('〇') || t.contains('年') && t.chars().any(|c| "一二三四五六七八九十".contains(c)) {
        return Some(t.to_string());
    }
    let nums: Vec<&str> = t.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).collect();
    let seps_ok = t.chars().all(|c| c.is_ascii_digit() || "-/.年月日 ".contains(c));
    if nums.len() != 3 || !seps_ok || nums[0].len() != 4 {
        return None;
    }
    let y: u32 = nums[0].parse().ok()?;
    let m: u32 = nums[1].parse().ok()?;
    let d: u32 = nums[2].parse().ok()?;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => return None,
    };
    if d == 0 || d > days {
        return None;
    }
    Some(format!("{y}年{m}月{d}日"))
}

/// `(year, month, day)` of a normalised date, for PDF metadata.
pub fn ymd(s: &str) -> Option<(i32, u8, u8)> {
    let n = normalize_date(s)?;
    let nums: Vec<u32> = n.split(|c: char| !c.is_ascii_digit()).filter_map(|x| x.parse().ok()).collect();
    (nums.len() == 3).then(|| (nums[0] as i32, nums[1] as u8, nums[2] as u8))
}

/// Check a document number; returns the corrected form and what was wrong, if anything.
pub fn check_doc_number(s: &str) -> (String, Vec<String>) {
    let mut out = s.trim().to_string();
    let mut problems = Vec::new();
    for (open, close) in [("[", "]"), ("(", ")"), ("（", "）"), ("【", "】"), ("〔", "〕")] {
        if let Some(i) = out.find(open) {
            let rest = &out[i + open.len()..];
            let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if year.len() == 4 && rest[4..].starts_with(close) {
                if open != "〔" {
                    problems.push(format!("the year is written {open}{year}{close}; GB/T 9704 uses 〔{year}〕"));
                    out = format!("{}〔{year}〕{}", &out[..i], &rest[4 + close.len()..]);
                }
                break;
            }
        }
    }
    if let Some(i) = out.find('〕') {
        let tail = &out[i + '〕'.len_utf8()..];
        if let Some(num) = tail.strip_prefix('第') {
            problems.push("no 第 before the serial number".into());
            out = format!("{}{}", &out[..i + '〕'.len_utf8()], num);
        }
        let tail = out[i + '〕'.len_utf8()..].to_string();
        let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() > 1 && digits.starts_with('0') {
            problems.push("no zero padding in the serial number".into());
            let trimmed = digits.trim_start_matches('0');
            out = format!("{}{}{}", &out[..i + '〕'.len_utf8()], if trimmed.is_empty() { "0" } else { trimmed }, &tail[digits.len()..]);
        }
    } else if problems.is_empty() {
        problems.push("no year in 〔 〕 (expected e.g. 科源发〔2021〕12号)".into());
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_normalised() {
        for d in ["2021/08/27", "2021-08-27", "2021.8.27", "2021年08月27日", "2021年8月27日"] {
            assert_eq!(normalize_date(d).as_deref(), Some("2021年8月27日"), "{d}");
        }
        assert_eq!(normalize_date("2021-02-30"), None);
        assert_eq!(normalize_date("下周一"), None);
        assert_eq!(normalize_date("二〇〇四年五月十三日").as_deref(), Some("二〇〇四年五月十三日"));
    }

    #[test]
    fn document_numbers_are_checked() {
        assert_eq!(check_doc_number("科源发〔2021〕12号"), ("科源发〔2021〕12号".into(), vec![]));
        let (fixed, p) = check_doc_number("科源发[2021]12号");
        assert_eq!(fixed, "科源发〔2021〕12号");
        assert_eq!(p.len(), 1);
        assert_eq!(check_doc_number("科源发(2021)第012号").0, "科源发〔2021〕12号");
    }
}
