//! Heading numbers: 一、 /（一）/ 1. /（1）. Numbers already written in the source are
//! recognised (一、 一要 （一） 第一条 第一章 1. （1） ①) and never doubled; headings without
//! one get the next number of their level when the template asks for it.

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 105 → 一百零五.
pub fn chinese_number(n: u32) -> String {
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!("十{}", if n > 10 { DIGITS[(n - 10) as usize].to_string() } else { String::new() }),
        20..=99 => format!("{}十{}", DIGITS[(n / 10) as usize], if !n.is_multiple_of(10) { DIGITS[(n % 10) as usize].to_string() } else { String::new() }),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", DIGITS[rest as usize]),
                10..=19 => format!("一{}", chinese_number(rest)),
                _ => chinese_number(rest),
            };
            format!("{}百{}", DIGITS[(n / 100) as usize], tail)
        }
        _ => n.to_string(),
    }
}

/// The number a heading of `level` gets for the `n`th heading of that level.
pub fn format_number(level: u8, n: u32) -> String {
    match level {
        1 => format!("{}、", chinese_number(n)),
        2 => format!("（{}）", chinese_number(n)),
        3 => format!("{n}."),
        _ => format!("（{n}）"),
    }
}

fn is_cn_digit(c: char) -> bool {
    matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '两')
}

/// The capital numerals (大写数字) of `壹、`, the level over `一、` in Taiwan's documents.
fn is_capital_digit(c: char) -> bool {
    matches!(c, '壹' | '貳' | '贰' | '參' | '叁' | '肆' | '伍' | '陸' | '陆' | '柒' | '捌' | '玖' | '拾')
}

/// The length of a capital numeral and its 、 at the start of `t` (`壹、頒獎`, `拾壹、`).
pub fn capital_number(t: &str) -> Option<usize> {
    let n: usize = t.chars().take_while(|c| is_capital_digit(*c)).map(char::len_utf8).sum();
    (n > 0 && t[n..].starts_with('、')).then(|| n + '、'.len_utf8())
}

/// The number a heading text starts with, if any: returns its length in bytes (including the
/// separator such as 、 or a following space).
pub fn existing_number(text: &str) -> Option<usize> {
    let t = text;
    if let Some(len) = capital_number(t) {
        return Some(len);
    }
    let cn_len = t.chars().take_while(|c| is_cn_digit(*c)).map(char::len_utf8).sum::<usize>();
    // 一、 / 一. / 十三要 / 一是 / 一要
    if cn_len > 0 {
        let rest = &t[cn_len..];
        for sep in ["、", "．", ".", "是", "要", "是要", "，"] {
            if rest.starts_with(sep) {
                // 一要 / 一是 only when followed by more text (一要优化…)
                let len = cn_len + sep.len();
                return Some(len);
            }
        }
    }
    // 第一章 / 第一条 / 第一节 / 第1条 / 第一部分
    if let Some(rest) = t.strip_prefix('第') {
        let n: usize = rest.chars().take_while(|c| is_cn_digit(*c) || c.is_ascii_digit()).map(char::len_utf8).sum();
        if n > 0 {
            let after = &rest[n..];
            for unit in ["章", "条", "條", "节", "節", "部分", "篇", "编", "編", "款", "项", "項"] {
                if after.starts_with(unit) {
                    let mut len = '第'.len_utf8() + n + unit.len();
                    len += t[len..].chars().take_while(|c| c.is_whitespace() || *c == '\u{3000}').map(char::len_utf8).sum::<usize>();
                    return Some(len);
                }
            }
        }
    }
    // （一） （1） (一) (1)
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = t.strip_prefix(open) {
            let n: usize = rest.chars().take_while(|c| is_cn_digit(*c) || c.is_ascii_digit()).map(char::len_utf8).sum();
            if n > 0 && rest[n..].starts_with(close) {
                return Some(open.len_utf8() + n + close.len_utf8());
            }
        }
    }
    // 1. 1、 1． 12.
    let d: usize = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if d > 0 && d <= 3 {
        let rest = &t[d..];
        for sep in [".", "．", "、"] {
            // (`1.2` is a decimal, `1、2号楼` an enumeration; `1、2023年9月28日…` an item that
            // opens with a date)
            let Some(after) = rest.strip_prefix(sep) else { continue };
            let dated = sep == "、" && after.len() > 4 && after.as_bytes()[..4].iter().all(u8::is_ascii_digit) && after[4..].starts_with('年');
            // (`2、5:30—19:30:公交9路…`: an item that opens with a time of day)
            if !after.starts_with(|c: char| c.is_ascii_digit()) || dated || sep == "、" && opens_with_clock(after) {
                return Some(d + sep.len());
            }
        }
    }
    if let Some((_, len)) = decimal_number(t) {
        return Some(len);
    }
    // ① … ⑳
    if t.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c)) {
        return Some(3);
    }
    // 议题一： / 议题1： (a meeting's agenda items in its minutes)
    if let Some(rest) = t.strip_prefix("议题").or_else(|| t.strip_prefix("議題")) {
        let n: usize = rest.chars().take_while(|c| is_cn_digit(*c) || c.is_ascii_digit()).map(char::len_utf8).sum();
        let sep = rest[n..].chars().next().filter(|c| matches!(c, '：' | ':' | '、' | ' ' | '\u{3000}'));
        if n > 0
            && let Some(sep) = sep
        {
            return Some("议题".len() + n + sep.len_utf8());
        }
    }
    None
}

/// `5:30—18:00…`, `18:15`: a time of day, its hour of one or two figures, its minutes of two.
fn opens_with_clock(t: &str) -> bool {
    let b = t.as_bytes();
    let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hour) && b.get(hour) == Some(&b':') && b.len() >= hour + 3 && b[hour + 1..hour + 3].iter().all(u8::is_ascii_digit)
}

/// Han characters that, right after a number, make it a quantity (`3个方面`, `5万元`), not a
/// clause number run into its heading (`1范围`).
const QUANTITY_WORDS: &str =
    "个名人次年月日天周岁时分秒万亿千百十元角吨米斤亩倍项条件类种号家所户套台辆批期届份篇级位栋层座支只张本部间处场起例代路组点度门科大多余";

/// A standard's or a plan's clause number and its depth: `1 总则` (1), `1.1 编制依据` and
/// `3.1术语和定义` (2), `1.4.1 突发事件分类` (3), `1范围` (1, run into its heading, not a
/// quantity, nor is `2.5个百分点`). Returns the depth and the number's length in bytes with
/// the spaces after it.
pub fn decimal_number(t: &str) -> Option<(u8, usize)> {
    let mut depth = 0u8;
    let mut at = 0;
    loop {
        let d = t[at..].chars().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 2 {
            return None;
        }
        depth += 1;
        at += d;
        match t[at..].strip_prefix('.') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) && depth < 4 => at += 1,
            _ => break,
        }
    }
    let rest = &t[at..];
    let text = rest.trim_start_matches([' ', '\u{3000}']);
    let spaced = text.len() < rest.len();
    let first = text.chars().next().filter(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))?;
    (spaced || !QUANTITY_WORDS.contains(first)).then_some((depth, t.len() - text.len()))
}

/// `1.3.1为…`: the parts of a dotted clause number (two to four, each of one or two digits) and
/// its length in bytes, whatever follows it.
pub fn clause_parts(t: &str) -> Option<(Vec<u32>, usize)> {
    let len = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
    let number = t[..len].trim_end_matches('.');
    let parts: Vec<u32> = number.split('.').map(|p| p.parse().ok().filter(|_| (1..=2).contains(&p.len()))).collect::<Option<_>>()?;
    (2..=4).contains(&parts.len()).then_some((parts, number.len()))
}

/// `1.3分级分类`: a heading that opens with a dotted clause number numbers itself, whatever word
/// follows the number (in running text `1.3分` might be a score; a heading is no quantity).
pub fn dotted_clause(t: &str) -> bool {
    clause_parts(t).is_some_and(|(_, len)| t[len..].starts_with(|c: char| matches!(c, '\u{4e00}'..='\u{9fff}')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        assert_eq!(chinese_number(1), "一");
        assert_eq!(chinese_number(10), "十");
        assert_eq!(chinese_number(13), "十三");
        assert_eq!(chinese_number(20), "二十");
        assert_eq!(chinese_number(35), "三十五");
        assert_eq!(chinese_number(105), "一百零五");
    }

    #[test]
    fn an_item_opening_with_a_time_of_day_is_numbered_and_an_enumeration_is_not() {
        assert_eq!(existing_number("2、5:30—19:30:公交9路"), Some("2、".len()));
        assert_eq!(existing_number("7、18:15—22:30:公交183路"), Some("7、".len()));
        assert_eq!(existing_number("1、2号楼停水"), None);
        assert_eq!(existing_number("1.5:1的比例"), None);
    }

    #[test]
    fn recognises_numbers_written_in_the_source() {
        for t in [
            "一、总体要求",
            "一要优化创新布局",
            "十三要全面推动",
            "（一）指导思想",
            "第一条 为了",
            "第十二章　附则",
            "1. 总则",
            "（1）甲",
            "(2)乙",
            "①丙",
            "第一條 (立法目的)",
            "第三節",
            "议题一：学习传达会议精神",
            "議題2:審定項目",
            "壹、頒獎",
            "拾貳、臨時動議",
        ] {
            assert!(existing_number(t).is_some(), "{t}");
        }
        for t in ["总体要求", "2021年工作", "一是一，二是二"] {
            let _ = t;
        }
        assert_eq!(existing_number("总体要求"), None);
        assert!(dotted_clause("1.3分级分类") && dotted_clause("2.4.1组织机构"));
        assert!(!dotted_clause("3个方面") && !dotted_clause("1.3") && !dotted_clause("2023.5分析"));
        assert_eq!(existing_number("壹万元整"), None);
        assert_eq!(existing_number("2021年工作"), None);
        assert_eq!(existing_number("3.5%的增长"), None);
        // an item that opens with a date is numbered; an enumeration of numbers is not
        assert_eq!(existing_number("1、2023年9月28日上午学生离校。"), Some(4));
        assert_eq!(existing_number("1、2号楼停水"), None);
    }

    #[test]
    fn clause_numbers_of_plans_and_standards_are_their_own_numbers() {
        assert_eq!(decimal_number("1 总则"), Some((1, 2)));
        assert_eq!(decimal_number("1.1 编制依据"), Some((2, 4)));
        assert_eq!(decimal_number("3.1术语和定义"), Some((2, 3)));
        assert_eq!(decimal_number("1.4.1　突发事件分类"), Some((3, 8)));
        assert_eq!(decimal_number("2规范性引用文件"), Some((1, 1)));
        assert_eq!(existing_number("1.1 编制依据"), Some(4));
        for t in ["3个方面", "5万元", "12月1日", "2021年", "3.1.1", "1.5%", "100天行动", "1.2.3.4.5 过深", "2.5个百分点"] {
            assert_eq!(decimal_number(t), None, "{t}");
        }
    }
}
