//! Dates and document numbers as GB/T 9704 writes them: `2021年8月27日` (Arabic numerals, full
//! year, no zero padding) and `科源发〔2021〕12号` (year in 〔 〕, no 第, no padding).

/// `2021-08-27`, `2021/08/27`, `2021.8.27`, `2021年08月27日`, `二〇〇四年一月十六日` →
/// `2021年8月27日` (GB/T 9704 writes dates in Arabic numerals). None when the text is not a
/// date folio can read.
pub fn normalize_date(s: &str) -> Option<String> {
    let (y, m, d) = parse_date(s)?;
    Some(format!("{y}年{m}月{d}日"))
}

/// The date `YYYY-MM-DD`, for front matter.
pub fn iso_date(s: &str) -> Option<String> {
    let (y, m, d) = parse_date(s)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Year, month and day of a date in Arabic or Chinese numerals (`二〇〇四年一月十六日`,
/// `二○一一年四月八日`), checked against the calendar.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let s = s.trim();
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    // `元月` is January (`二〇一一年元月十八日`, `2011年元月18日`)
    let t = t.replace("年元月", "年1月");
    let s = if s.contains("元月") { t.as_str() } else { s };
    let (y, m, d) = if t.contains('年') && t.chars().any(is_cn_digit) { chinese_ymd(&t)? } else { arabic_ymd(s)? };
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days && (1000..=9999).contains(&y)).then_some((y, m, d))
}

/// `2021-08-27`, `2021/8/27`, `2021.8.27`, `2021年8月27日`, `2023年2月 10 日`, `2017 6 23`.
fn arabic_ymd(t: &str) -> Option<(u32, u32, u32)> {
    let nums: Vec<&str> = t.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).collect();
    let seps_ok = t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "-/.年月日".contains(c));
    if nums.len() != 3 || !seps_ok || nums[0].len() != 4 || nums[1].len() > 2 || nums[2].len() > 2 {
        return None;
    }
    Some((nums[0].parse().ok()?, nums[1].parse().ok()?, nums[2].parse().ok()?))
}

fn is_cn_digit(c: char) -> bool {
    "〇○零一二三四五六七八九十".contains(c)
}

/// `二〇〇四年一月十六日`: the year digit by digit, month and day as numbers (十六, 二十三).
fn chinese_ymd(t: &str) -> Option<(u32, u32, u32)> {
    let (y, rest) = t.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日').or_else(|| rest.strip_suffix('号'))?;
    let digit = |c: char| "〇○零一二三四五六七八九".chars().position(|x| x == c).map(|p| [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][p]);
    // a year typed with a Latin or full-width O for 〇 (`二OO七年`), or whose 〇 an encoding
    // lost to a question mark (`二?一?年`)
    let zero = |c: char| matches!(c, 'O' | 'Ｏ' | 'o' | '０' | '?' | '？').then_some(0);
    let year = y.chars().try_fold(0u32, |acc, c| Some(acc * 10 + c.to_digit(10).or_else(|| digit(c)).or_else(|| zero(c))?))?;
    // a year of two numerals as people write it (`一八年四月十三日`, `九八年`, `二〇年`): 1X and X0
    // this century, 9X the last. `二七年` is left alone: it is as often 二〇〇七 with its 〇 lost
    let short = y.chars().count() == 2 && y.chars().all(|c| digit(c).is_some());
    let year = match (short, year / 10, year % 10) {
        (true, 1, _) | (true, _, 0) => 2000 + year,
        (true, 9, _) => 1900 + year,
        _ => year,
    };
    let number = |s: &str| -> Option<u32> {
        if s.chars().all(|c| c.is_ascii_digit()) {
            return s.parse().ok();
        }
        match s.split_once('十') {
            Some((a, b)) => {
                Some(if a.is_empty() { 1 } else { a.chars().next().and_then(digit)? } * 10 + if b.is_empty() { 0 } else { b.chars().next().and_then(digit)? })
            }
            None => s.chars().next().and_then(digit).filter(|_| s.chars().count() == 1),
        }
    };
    Some((year, number(m)?, number(d)?))
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
        assert_eq!(normalize_date("二〇〇四年五月十三日").as_deref(), Some("2004年5月13日"));
        assert_eq!(iso_date("二○一一年四月八日").as_deref(), Some("2011-04-08"));
        assert_eq!(iso_date("二〇〇四年一月十六日").as_deref(), Some("2004-01-16"));
        assert_eq!(iso_date("二OO七年十月三十日").as_deref(), Some("2007-10-30"), "a Latin O for 〇");
        assert_eq!(iso_date("二?一?年五月七日").as_deref(), Some("2010-05-07"), "a question mark where an encoding lost 〇");
        assert_eq!(iso_date("二0一九年三月一日").as_deref(), Some("2019-03-01"), "an Arabic 0 for 〇");
        assert_eq!(iso_date("二〇一八年十二月二十三日").as_deref(), Some("2018-12-23"));
        assert_eq!(iso_date("一八年四月十三日").as_deref(), Some("2018-04-13"), "a year of two numerals");
        assert_eq!(iso_date("九八年七月一日").as_deref(), Some("1998-07-01"));
        assert_eq!(iso_date("二〇年三月一日").as_deref(), Some("2020-03-01"));
        assert_eq!(iso_date("十八年四月十三日"), None, "十 is no digit of a year");
        assert_eq!(iso_date("二七年八月十五日"), None, "二〇〇七 with its 〇 lost, or 2027: not read");
        assert_eq!(iso_date("2023年2月 10 日").as_deref(), Some("2023-02-10"));
        assert_eq!(iso_date("二〇一一年元月十八日").as_deref(), Some("2011-01-18"), "元月 is January");
        assert_eq!(iso_date("2011年元月18日").as_deref(), Some("2011-01-18"));
        assert_eq!(iso_date("一年一月一日"), None);
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
