//! Plain text — typically a web page copied or scraped — to Markdown with front matter
//! (`folio import`, and `folio build page.txt`).
//!
//! The import recognises the title, the date, the source or issuer, the document number, the
//! addressee, numbered section headings, hard-wrapped paragraphs, the signature and date at the
//! end, and the contact information; it removes web residue (scripts, CSS, counters, image
//! placeholders, navigation, share/print/close links, ICP footers, duplicated header lines) and
//! lists every line it removed with the reason; it restores full-width punctuation that the
//! scrape folded to ASCII between Chinese characters. It never drops anything else, and a text
//! it cannot structure still imports, as plain paragraphs, with a warning.

use std::collections::BTreeMap;

use crate::parse::emphasis::is_cjk;
use crate::style::numbering::existing_number;

/// Options of `folio import`.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Keep every line, residue included.
    pub keep_all: bool,
}

/// A line the import removed (or moved into the front matter), and why.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Removed {
    pub line: usize,
    pub text: String,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub markdown: String,
    /// For each line of `markdown` (0-based), the 1-based line of the input it came from.
    pub line_map: Vec<usize>,
    pub removed: Vec<Removed>,
    pub warnings: Vec<String>,
}

/// What one input line is.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Blank,
    Residue(&'static str),
    Text,
}

#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    author: Option<String>,
    doc_number: Option<String>,
    addressee: Option<String>,
    signature: Option<String>,
    note: Option<String>,
    contact: BTreeMap<&'static str, String>,
}

const NAV_WORDS: &[&str] = &[
    "首页", "网站首页", "返回首页", "机构概况", "政务公开", "信息公开", "新闻中心", "新闻动态", "通知公告", "联系我们", "网站地图", "办事服务",
    "互动交流", "政策法规", "工作动态", "公司简介", "关于我们", "产品中心", "走进", "专题专栏", "数据发布", "政民互动", "在线办事",
    "English", "登录", "注册", "无障碍", "长者模式", "繁體", "简体", "搜索", "设为首页", "加入收藏", "收藏本站", "人才招聘",
];

/// Why a line is web residue, if it is.
fn residue(line: &str) -> Option<&'static str> {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    // scripts and styles
    let code_markers = ["function(", "function (", "$(", "jquery", "document.", "window.", "var ", "getelementbyid", ".hover(", "_hmt", "<script", "</script", "<style", "</style", "settimeout", "addeventlistener", ".animate(", "=>", "//div", "return false"];
    if code_markers.iter().any(|m| lower.contains(m)) && (t.contains(';') || t.contains('(') || t.contains('{') || t.contains('<')) {
        return Some("script");
    }
    if !t.is_empty() && t.chars().all(|c| "{}();[],".contains(c) || c.is_whitespace()) {
        return Some("script");
    }
    // CSS rules: selector{prop:value;}
    if t.contains('{') && t.contains(':') && (t.contains('}') || t.ends_with(';') || t.ends_with('{')) && !t.chars().any(is_cjk) {
        return Some("CSS");
    }
    if t.starts_with(['.', '#']) && t.ends_with('{') && !t.chars().any(is_cjk) {
        return Some("CSS");
    }
    // counters
    for w in ["点击量", "访问量", "浏览次数", "阅读量", "浏览量", "点击数", "访问次数", "阅读次数", "点击率", "浏览："] {
        if t.contains(w) && t.chars().filter(|c| is_cjk(*c)).count() < 24 {
            return Some("counter");
        }
    }
    // image placeholders and image links
    if matches!(t, "图片" | "[图片]" | "【图片】" | "(图片)" | "（图片）" | "image" | "[image]" | "img")
        || (t.starts_with("![") && t.ends_with(')') && t.contains("]("))
        || lower.starts_with("<img")
    {
        return Some("image placeholder");
    }
    // page furniture
    for w in [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看", "在手机打开当前页", "返回顶部", "回到顶部", "关闭本页", "关闭窗口", "【关闭】", "[关闭]", "打印本页",
        "【打印】", "[打印]", "分享到", "【字体：", "【字体:", "字体：大", "字体:大", "字号：", "【大 中 小】", "【大中小】", "上一篇", "下一篇", "相关链接",
        "相关文章", "责任编辑", "网站纠错", "我要纠错", "【收藏】", "手机版", "微信扫一扫", "扫码关注",
    ] {
        if t.contains(w) && t.chars().count() < 40 {
            return Some("page link");
        }
    }
    // breadcrumbs
    if (t.starts_with("当前位置") || t.starts_with("您的位置") || t.starts_with("您现在的位置") || t.starts_with("位置："))
        || ((t.contains(" > ") || t.contains(">>") || t.contains("»") || t.contains("＞")) && t.contains("首页"))
    {
        return Some("breadcrumb");
    }
    // site footers
    for w in ["ICP备", "ICP证", "公网安备", "版权所有", "主办单位", "承办单位", "技术支持", "网站标识码", "copyright", "©", "政府网站找错", "网站维护", "建议使用", "分辨率"] {
        if lower.contains(&w.to_ascii_lowercase()) && t.chars().count() < 80 {
            return Some("site footer");
        }
    }
    // navigation words alone (or several on one line)
    let words: Vec<&str> = t.split(|c: char| c.is_whitespace() || c == '|' || c == '｜' || c == '/').filter(|w| !w.is_empty()).collect();
    if !words.is_empty() && words.iter().all(|w| NAV_WORDS.iter().any(|n| w.trim_matches(['[', ']', '*']).starts_with(n)) || w.starts_with('[') && w.contains("](")) {
        return Some("navigation");
    }
    None
}

fn is_cjk_or_fw(c: char) -> bool {
    is_cjk(c)
}

/// `, ; : ( ) ? ! "` folded to ASCII between Chinese characters become full-width again;
/// ASCII stays in Latin contexts (URLs, numbers and times, phone numbers, English).
pub fn restore_punctuation(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    // protect URLs and e-mail addresses
    let mut protect = vec![false; n];
    let text: String = chars.iter().collect();
    for pat in ["http://", "https://", "www.", "ftp://"] {
        let mut from = 0;
        while let Some(p) = text[from..].find(pat) {
            let start_b = from + p;
            let start = text[..start_b].chars().count();
            let mut i = start;
            while i < n && !chars[i].is_whitespace() && !is_cjk(chars[i]) {
                protect[i] = true;
                i += 1;
            }
            from = start_b + pat.len();
        }
    }
    for (i, c) in chars.iter().enumerate() {
        if *c == '@' {
            let mut a = i;
            while a > 0 && (chars[a - 1].is_ascii_alphanumeric() || ".-_".contains(chars[a - 1])) {
                a -= 1;
            }
            let mut b = i + 1;
            while b < n && (chars[b].is_ascii_alphanumeric() || ".-_".contains(chars[b])) {
                b += 1;
            }
            for p in &mut protect[a..b] {
                *p = true;
            }
        }
    }
    let prev_non_space = |i: usize| (0..i).rev().map(|j| chars[j]).find(|c| *c != ' ');
    let next_non_space = |i: usize| (i + 1..n).map(|j| chars[j]).find(|c| *c != ' ');
    let mut out: Vec<char> = chars.clone();
    // parentheses and quotes in pairs
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..n {
        if protect[i] {
            continue;
        }
        match chars[i] {
            '(' => stack.push(i),
            ')' => {
                if let Some(o) = stack.pop() {
                    let inside_cjk = chars[o + 1..i].iter().any(|c| is_cjk(*c));
                    let outside_cjk = prev_non_space(o).is_some_and(is_cjk_or_fw) || next_non_space(i).is_some_and(is_cjk_or_fw);
                    let latin_inside = chars[o + 1..i].iter().all(|c| c.is_ascii());
                    if inside_cjk || (outside_cjk && !(latin_inside && prev_non_space(o).is_some_and(|c| c.is_ascii_alphanumeric()))) {
                        out[o] = '（';
                        out[i] = '）';
                    }
                }
            }
            _ => {}
        }
    }
    let quotes: Vec<usize> = (0..n).filter(|&i| chars[i] == '"' && !protect[i]).collect();
    for pair in quotes.chunks(2) {
        if let [a, b] = pair
            && chars[*a + 1..*b].iter().any(|c| is_cjk(*c))
        {
            out[*a] = '“';
            out[*b] = '”';
        }
    }
    for i in 0..n {
        if protect[i] {
            continue;
        }
        let prev = prev_non_space(i);
        let next = next_non_space(i);
        let cjk_prev = prev.is_some_and(is_cjk_or_fw);
        let cjk_next = next.is_some_and(is_cjk_or_fw);
        let digit_both = prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit());
        out[i] = match chars[i] {
            ',' if cjk_prev || cjk_next => '，',
            ';' if cjk_prev || cjk_next => '；',
            ':' if !digit_both && (cjk_prev || (cjk_next && !prev.is_some_and(|c| c.is_ascii_alphanumeric()))) => '：',
            '?' if cjk_prev => '？',
            '!' if cjk_prev => '！',
            _ => out[i],
        };
    }
    // a full-width mark does not keep the ASCII space that followed it
    let mut s: String = out.into_iter().collect();
    for m in ["， ", "； ", "： ", "？ ", "！ ", "（ "] {
        while s.contains(m) {
            s = s.replace(m, m.trim_end());
        }
    }
    s
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['。', '！', '？', '；', '：', '…', '”', '」', '!', '?', '.', ';', ':', '）', ')'])
}

/// Words official titles end with.
const KIND_WORDS: &[&str] = &[
    "通知", "决定", "意见", "通报", "决议", "办法", "报告", "公告", "通告", "批复", "函", "纪要", "方案", "规定", "细则", "公报", "条例", "规划", "意见书",
    "命令", "令", "议案", "请示", "简报", "讲话", "发展", "倡议书", "一封信", "公开信", "实施方案", "工作要点",
];

fn is_doc_number(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= 30
        && (t.contains('〔') && t.contains('〕') || t.contains('[') && t.contains(']') || t.contains('（') && t.contains('）'))
        && t.ends_with('号')
        && t.chars().filter(|c| c.is_ascii_digit()).count() >= 4
}

fn is_date_line(t: &str) -> bool {
    let t = t.trim();
    crate::style::dates::normalize_date(t).is_some() && t.chars().count() <= 16
}

/// A date inside a metadata line: `发布于:2021/08/27`, `发布时间：2023-05-12 09:30`.
fn find_date(t: &str) -> Option<String> {
    let chars: Vec<char> = t.chars().collect();
    for start in 0..chars.len() {
        if !chars[start].is_ascii_digit() {
            continue;
        }
        if start > 0 && chars[start - 1].is_ascii_digit() {
            continue;
        }
        for len in (8..=11).rev() {
            if start + len > chars.len() {
                continue;
            }
            let cand: String = chars[start..start + len].iter().collect();
            if let Some(d) = crate::style::dates::normalize_date(&cand) {
                // back to ISO for the front matter
                let nums: Vec<u32> = d.split(|c: char| !c.is_ascii_digit()).filter_map(|x| x.parse().ok()).collect();
                if nums.len() == 3 {
                    return Some(format!("{:04}-{:02}-{:02}", nums[0], nums[1], nums[2]));
                }
            }
        }
    }
    None
}

const META_LABELS: &[(&str, &str)] = &[
    ("发布时间", "date"), ("发布日期", "date"), ("发布于", "date"), ("发文日期", "date"), ("成文日期", "date"), ("日期", "date"), ("时间", "date"),
    ("来源", "source"), ("信息来源", "source"), ("文章来源", "source"), ("发布机构", "source"), ("发布单位", "source"),
    ("作者", "author"), ("撰稿", "author"), ("编辑", "author"), ("发文字号", "doc_number"), ("文号", "doc_number"), ("索引号", "index"),
    ("主题分类", "index"), ("公文种类", "index"), ("标题", "title"), ("名称", "title"),
];

/// `来源：市政府办公室  发布时间：2023-05-12` → the fields found.
fn meta_fields(t: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let norm = t.replace(':', "：").replace('|', " ").replace('｜', " ");
    let mut rest = norm.as_str();
    let mut found_any = false;
    while !rest.is_empty() {
        let mut hit: Option<(usize, &str, &'static str)> = None;
        for (label, field) in META_LABELS {
            let pat = format!("{label}：");
            if let Some(p) = rest.find(&pat)
                && hit.is_none_or(|(hp, _, _)| p < hp)
            {
                hit = Some((p, label, field));
            }
        }
        let Some((p, label, field)) = hit else { break };
        found_any = true;
        let after = &rest[p + label.len() + "：".len()..];
        // the value runs to the next label
        let mut end = after.len();
        for (l, _) in META_LABELS {
            if let Some(q) = after.find(&format!("{l}：")) {
                end = end.min(q);
            }
        }
        let value = after[..end].trim().trim_end_matches([',', '，', ' ', '\u{3000}']).to_string();
        out.push((field, value));
        rest = &after[end..];
    }
    if !found_any {
        return out;
    }
    out
}

/// `电话：0816-8118728`, `电子邮箱：…`, `地址：…`: contact fields of a line made only of them.
fn contact_fields(t: &str) -> Option<Vec<(&'static str, String)>> {
    const LABELS: &[(&str, &str)] = &[
        ("联系电话", "phone"), ("电话", "phone"), ("咨询电话", "phone"), ("服务热线", "phone"), ("热线", "phone"), ("传真", "fax"), ("电子邮箱", "email"), ("邮箱", "email"),
        ("E-mail", "email"), ("Email", "email"), ("email", "email"), ("地址", "address"), ("通讯地址", "address"), ("联系地址", "address"), ("邮编", "postcode"),
        ("邮政编码", "postcode"), ("联系人", "person"), ("网址", "website"), ("联系单位", "organization"),
    ];
    let norm = t.trim().replace(':', "：");
    let mut out = Vec::new();
    let mut rest = norm.as_str();
    loop {
        rest = rest.trim_start_matches([' ', '\u{3000}', '，', ',', '；', ';', '|']);
        if rest.is_empty() {
            break;
        }
        let hit = LABELS.iter().find(|(l, _)| rest.starts_with(&format!("{l}：")))?;
        let after = &rest[hit.0.len() + "：".len()..];
        let mut end = after.len();
        for (l, _) in LABELS {
            for sep in ["  ", " ", "\u{3000}", "，", "；", "|"] {
                if let Some(q) = after.find(&format!("{sep}{l}：")) {
                    end = end.min(q);
                }
            }
        }
        let v = after[..end].trim().trim_end_matches(['，', '；', '。']).to_string();
        if v.is_empty() {
            return None;
        }
        out.push((hit.1, v));
        rest = &after[end..];
    }
    (!out.is_empty()).then_some(out)
}

fn looks_like_org(t: &str) -> bool {
    let t = t.trim();
    let n = t.chars().count();
    (4..=30).contains(&n)
        && !ends_sentence(t)
        && !t.contains(['，', '、', ' '])
        && ["公司", "局", "委员会", "政府", "中心", "办公室", "办公厅", "院", "所", "厅", "部", "处", "科", "站", "协会", "学会", "集团", "大学", "学校", "医院", "银行", "委", "会", "署", "队", "馆", "社"].iter().any(|e| t.ends_with(e))
}

/// Heading style of a numbered line, in the canonical order of levels.
fn heading_style(t: &str) -> Option<u8> {
    let t = t.trim();
    let len = existing_number(t)?;
    let num = &t[..len];
    let rest = t[len..].trim();
    // a number alone, or a numbered sentence, is a paragraph
    if rest.is_empty() || t.chars().count() > 32 || rest.matches('。').count() > 1 || (rest.contains('。') && !rest.ends_with('。')) {
        return None;
    }
    Some(if num.starts_with('第') && num.contains('章') || num.starts_with('第') && num.contains("部分") || num.starts_with('第') && num.contains('篇') {
        0
    } else if num.starts_with('第') && num.contains('节') {
        1
    } else if num.starts_with(|c: char| "一二三四五六七八九十".contains(c)) {
        2
    } else if num.starts_with("（") && num.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c)) || num.starts_with('(') && num.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c)) {
        3
    } else if num.starts_with(|c: char| c.is_ascii_digit()) {
        4
    } else if num.starts_with('第') && num.contains('条') {
        6
    } else {
        5
    })
}

/// Does the text look like Markdown already (headings, tables, quotes, setext underlines)?
fn is_markdownish(lines: &[&str]) -> bool {
    let mut score = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        if t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ") || (t.starts_with('|') && t.ends_with('|') && t.len() > 2) || t.starts_with("> ") {
            score += 1;
        }
        if i > 0 && !lines[i - 1].trim().is_empty() && !t.is_empty() && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-')) && t.len() >= 3 {
            score += 1;
        }
    }
    score >= 2
}

/// Escape what Markdown would read as syntax in plain text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '<' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    // a line start that would open a block
    let t = out.trim_start();
    if t.starts_with(['#', '>', '-', '+', '=', '|']) {
        return format!("\\{}", t);
    }
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && t[digits..].starts_with(['.', ')']) && t[digits + 1..].starts_with(' ') {
        return format!("{}\\{}", &t[..digits], &t[digits..]);
    }
    out
}

fn yaml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Import scraped text.
pub fn import(text: &str, opts: &ImportOptions) -> Imported {
    let mut out = Imported::default();
    let raw: Vec<&str> = text.lines().collect();
    let markdownish = is_markdownish(&raw);
    // 1. classify lines
    let mut kinds: Vec<Kind> = raw
        .iter()
        .map(|l| {
            let t = l.trim().trim_matches('\u{a0}').trim_matches('\u{feff}');
            if t.is_empty() || t.chars().all(|c| c.is_whitespace() || c == '\u{a0}') {
                Kind::Blank
            } else if let Some(r) = residue(t).filter(|_| !opts.keep_all) {
                Kind::Residue(r)
            } else {
                Kind::Text
            }
        })
        .collect();
    // navigation blocks: three or more short lines in a row without sentence punctuation, at
    // the top before the title or at the very end
    let text_idx: Vec<usize> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).collect();
    let mut meta = Meta::default();
    let clean = |i: usize| raw[i].trim().trim_matches('\u{a0}').trim_start_matches('\u{3000}').trim().to_string();

    // 2. metadata lines (date, source, author…) anywhere before the body: fields moved out
    let mut moved: Vec<(usize, &'static str)> = Vec::new();
    for &i in &text_idx {
        let t = clean(i);
        // the seed's `点击量:次,发布于:2021/08/27` is residue but carries the date
        let fields = meta_fields(&t);
        if !fields.is_empty() && t.chars().count() < 120 {
            for (f, v) in fields {
                match f {
                    "date" => {
                        if meta.date.is_none() {
                            meta.date = find_date(&v);
                        }
                    }
                    "source" if !v.is_empty() => meta.source = meta.source.take().or(Some(v)),
                    "author" if !v.is_empty() => meta.author = meta.author.take().or(Some(v)),
                    "doc_number" if !v.is_empty() => meta.doc_number = meta.doc_number.take().or(Some(v)),
                    "title" if !v.is_empty() => meta.title = meta.title.take().or(Some(v)),
                    _ => {}
                }
            }
            moved.push((i, "metadata (moved to the front matter)"));
        }
    }
    for (i, _) in &moved {
        kinds[*i] = Kind::Residue("metadata");
    }
    for (i, k) in kinds.iter().enumerate() {
        if let Kind::Residue(_) = k {
            let t = raw[i].trim();
            if let Some(d) = find_date(t)
                && meta.date.is_none()
                && (t.contains("发布") || t.contains("日期") || t.contains("时间"))
            {
                meta.date = Some(d);
            }
        }
    }
    let text_idx: Vec<usize> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).collect();

    // 3. header: contact lines and organisation names before the title
    let mut body_start = 0; // index into text_idx
    let first_meta_line = moved.first().map(|m| m.0);
    // contact lines at the top (before the title / metadata)
    while body_start < text_idx.len() {
        let i = text_idx[body_start];
        let t = clean(i);
        if let Some(fields) = contact_fields(&t) {
            for (k, v) in fields {
                meta.contact.entry(k).or_insert(v);
            }
            kinds[i] = Kind::Residue("contact (moved to the front matter)");
            body_start += 1;
            continue;
        }
        // an organisation name right before a contact line
        if looks_like_org(&t)
            && let Some(&j) = text_idx.get(body_start + 1)
            && contact_fields(&clean(j)).is_some()
        {
            meta.contact.insert("organization", t.clone());
            kinds[i] = Kind::Residue("contact (moved to the front matter)");
            body_start += 1;
            continue;
        }
        break;
    }
    // navigation runs at the top: short lines before the title without punctuation, when a
    // metadata line shows where the article starts
    if let Some(m) = first_meta_line {
        let before: Vec<usize> = text_idx[body_start..].iter().copied().filter(|&i| i < m && kinds[i] == Kind::Text).collect();
        if before.len() >= 3 {
            // all but the last one or two (the title) are navigation if they are short
            let title_lines = before.iter().rev().take_while(|&&i| !clean(i).is_empty()).count().min(2);
            let _ = title_lines;
            let mut nav = Vec::new();
            for &i in &before {
                let t = clean(i);
                if t.chars().count() <= 8 && !ends_sentence(&t) && existing_number(&t).is_none() {
                    nav.push(i);
                }
            }
            if nav.len() >= 3 {
                for i in nav {
                    kinds[i] = Kind::Residue("navigation");
                }
            }
        }
    }
    let text_idx: Vec<usize> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).collect();

    // 4. title: before the first metadata line if there is one; else the first lines up to a
    //    document number / addressee / a line ending a sentence
    let mut title_lines: Vec<usize> = Vec::new();
    if markdownish {
        // `# Title` as the first heading, kept as Markdown below
    } else if let Some(m) = first_meta_line.filter(|m| text_idx.iter().any(|&i| i < *m)) {
        let cands: Vec<usize> = text_idx.iter().copied().filter(|&i| i < m).collect();
        // the last short line(s) before the metadata
        let mut picked: Vec<usize> = Vec::new();
        for &i in cands.iter().rev() {
            let t = clean(i);
            if t.chars().count() <= 60 && !t.ends_with('。') && picked.len() < 3 {
                picked.push(i);
                let joined: String = picked.iter().rev().map(|&j| clean(j)).collect();
                if KIND_WORDS.iter().any(|k| joined.ends_with(k)) || picked.len() == 1 && t.chars().count() > 12 {
                    break;
                }
            } else {
                break;
            }
        }
        picked.reverse();
        title_lines = picked;
    } else {
        let mut acc = String::new();
        for &i in &text_idx {
            let t = clean(i);
            if is_doc_number(&t) || t.ends_with('：') && !acc.is_empty() || t.chars().count() > 40 || ends_sentence(&t) || heading_style(&t).is_some() {
                break;
            }
            title_lines.push(i);
            acc.push_str(&t);
            if KIND_WORDS.iter().any(|k| acc.ends_with(k)) || title_lines.len() >= 3 {
                break;
            }
        }
        // a lone short first line that is not followed by a doc number or an addressee and does
        // not end like a title is probably not one
        let next = text_idx.get(title_lines.len()).map(|&i| clean(i));
        let confirmed = KIND_WORDS.iter().any(|k| acc.ends_with(k))
            || next.as_deref().is_some_and(|n| is_doc_number(n) || n.ends_with('：') && n.chars().count() < 80)
            || acc.chars().count() >= 8 && title_lines.len() == 1 && next.as_deref().is_some_and(|n| n.chars().count() > 40);
        if !confirmed {
            title_lines.clear();
        }
    }
    if !title_lines.is_empty() {
        let t: String = title_lines.iter().map(|&i| restore_punctuation(&clean(i))).collect::<Vec<_>>().join("");
        meta.title = Some(t);
        for &i in &title_lines {
            kinds[i] = Kind::Residue("title (moved to the front matter)");
        }
    }
    // duplicated title lines anywhere else
    if let Some(title) = &meta.title {
        let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let nt = norm(title);
        for i in 0..raw.len() {
            if kinds[i] == Kind::Text {
                let t = restore_punctuation(&clean(i));
                let nl = norm(&t);
                if nl == nt || (nl.len() > 12 && nt.starts_with(&nl) && nl.chars().count() * 2 > nt.chars().count() && nl != nt && i < title_lines.first().copied().unwrap_or(0)) {
                    kinds[i] = Kind::Residue("duplicated title");
                } else if nl.len() > nt.len() && nl.starts_with(&nt) && nl.len() - nt.len() < 40 && (nl.contains('_') || nl.contains('-') || nl.contains('|')) {
                    // `Title_Site name` tab titles
                    kinds[i] = Kind::Residue("duplicated title");
                }
            }
        }
    }
    let text_idx: Vec<usize> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).collect();

    // 5. document number and addressee right after the title
    let mut k = 0;
    if let Some(&i) = text_idx.first()
        && is_doc_number(&clean(i))
    {
        meta.doc_number = Some(clean(i));
        kinds[i] = Kind::Residue("document number (moved to the front matter)");
        k = 1;
    }
    if let Some(&i) = text_idx.get(k) {
        let t = restore_punctuation(&clean(i));
        if (t.ends_with('：') || t.ends_with(':')) && t.chars().count() <= 100 && !t.contains('。') && heading_style(&t).is_none() && meta.title.is_some() {
            meta.addressee = Some(t.trim_end_matches(['：', ':']).to_string());
            kinds[i] = Kind::Residue("addressee (moved to the front matter)");
        }
    }

    // 6. the end: footers with contact lines, then signature + date
    let text_idx: Vec<usize> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).collect();
    let mut end = text_idx.len();
    // trailing contact lines (site footers)
    while end > 0 {
        let i = text_idx[end - 1];
        let t = clean(i);
        if let Some(fields) = contact_fields(&t) {
            for (f, v) in fields {
                meta.contact.entry(f).or_insert(v);
            }
            kinds[i] = Kind::Residue("contact (moved to the front matter)");
            end -= 1;
        } else {
            break;
        }
    }
    if !markdownish && end >= 2 {
        let last = clean(text_idx[end - 1]);
        let prev = clean(text_idx[end - 2]);
        // （此件公开发布）
        let (date_i, sig_i) = if last.starts_with('（') && last.ends_with('）') && last.chars().count() < 20 && end >= 3 {
            meta.note = Some(last.trim_start_matches('（').trim_end_matches('）').to_string());
            kinds[text_idx[end - 1]] = Kind::Residue("note (moved to the front matter)");
            (end - 2, end - 3)
        } else {
            (end - 1, end - 2)
        };
        let d = clean(text_idx[date_i]);
        let s = clean(text_idx[sig_i]);
        if is_date_line(&d) || d.contains('年') && d.ends_with('日') && d.chars().count() <= 12 {
            if meta.date.is_none() {
                meta.date = find_date(&d).or_else(|| Some(d.clone()));
            }
            kinds[text_idx[date_i]] = Kind::Residue("date (moved to the front matter)");
            if s.chars().count() <= 40 && !ends_sentence(&s) && heading_style(&s).is_none() {
                meta.signature = Some(s.clone());
                kinds[text_idx[sig_i]] = Kind::Residue("signature (moved to the front matter)");
            }
        }
        let _ = prev;
    }
    // contact lines elsewhere in the text stay as content, but fill the contact fields
    for &i in &text_idx {
        if kinds[i] == Kind::Text
            && let Some(fields) = contact_fields(&clean(i))
        {
            for (f, v) in fields {
                meta.contact.entry(f).or_insert(v);
            }
        }
    }
    if !meta.contact.contains_key("organization") {
        if let Some(s) = meta.signature.clone().filter(|s| looks_like_org(s)) {
            if !meta.contact.is_empty() {
                meta.contact.insert("organization", s);
            }
        } else if let Some(src) = meta.source.clone().filter(|s| looks_like_org(s))
            && !meta.contact.is_empty()
        {
            meta.contact.insert("organization", src);
        }
    }

    // 7. report what was removed
    for (i, k) in kinds.iter().enumerate() {
        if let Kind::Residue(r) = k {
            out.removed.push(Removed { line: i + 1, text: raw[i].trim().to_string(), reason: r });
        }
    }

    // 8. front matter
    let mut fm = String::from("---\n");
    let mut fm_lines = 1;
    let mut field = |k: &str, v: &Option<String>, fm: &mut String| {
        if let Some(v) = v {
            fm.push_str(&format!("{k}: {}\n", yaml_str(v)));
            fm_lines += 1;
        }
    };
    field("title", &meta.title, &mut fm);
    field("date", &meta.date, &mut fm);
    field("doc_number", &meta.doc_number, &mut fm);
    field("addressee", &meta.addressee, &mut fm);
    let issuer = meta.signature.clone().filter(|s| looks_like_org(s));
    field("issuer", &issuer, &mut fm);
    if issuer.is_none() {
        field("signature", &meta.signature, &mut fm);
    }
    field("note", &meta.note, &mut fm);
    let source = meta.source.clone().or_else(|| meta.author.clone().map(|a| format!("作者：{a}")));
    field("source", &source, &mut fm);
    let contact_keys = ["organization", "person", "phone", "address", "postcode", "email", "website"];
    if contact_keys.iter().any(|k| meta.contact.contains_key(k)) {
        fm.push_str("contact:\n");
        fm_lines += 1;
        for k in contact_keys {
            if let Some(v) = meta.contact.get(k) {
                fm.push_str(&format!("  {k}: {}\n", yaml_str(&restore_punctuation(v))));
                fm_lines += 1;
            }
        }
    }
    fm.push_str("---\n\n");
    out.markdown.push_str(&fm);
    out.line_map.extend(std::iter::repeat_n(1, fm_lines + 2));

    // 9. body
    let mut styles_present: Vec<u8> = (0..raw.len()).filter(|&i| kinds[i] == Kind::Text).filter_map(|i| heading_style(&clean(i))).collect();
    styles_present.sort();
    styles_present.dedup();
    let level_of = |style: u8| styles_present.iter().position(|s| *s == style).map(|p| (p + 1).min(4) as u8).unwrap_or(1);
    let mut para: Vec<(usize, String)> = Vec::new();
    let flush = |para: &mut Vec<(usize, String)>, out: &mut Imported| {
        if para.is_empty() {
            return;
        }
        let mut text = String::new();
        for (_, t) in para.iter() {
            let join_space = text.chars().last().is_some_and(|c| c.is_ascii_alphanumeric() || ",.;:!?".contains(c)) && t.starts_with(|c: char| c.is_ascii_alphanumeric());
            if join_space {
                text.push(' ');
            }
            text.push_str(t);
        }
        let line = para[0].0;
        out.markdown.push_str(&text);
        out.markdown.push_str("\n\n");
        out.line_map.push(line);
        out.line_map.push(line);
        para.clear();
    };
    let mut structured = false;
    let mut i = 0;
    while i < raw.len() {
        match &kinds[i] {
            Kind::Blank | Kind::Residue(_) => {
                if markdownish && kinds[i] == Kind::Blank {
                    flush(&mut para, &mut out);
                }
                i += 1;
                continue;
            }
            Kind::Text => {}
        }
        if markdownish {
            // Markdown passes through; plain text lines get their punctuation back
            let l = raw[i].trim_end();
            let t = l.trim_start();
            let is_syntax = t.starts_with('#') || t.starts_with('|') || t.starts_with('>') || t.starts_with("- ") || t.starts_with("* ") || t.chars().all(|c| c == '=' || c == '-' || c == ' ');
            let fixed = if t.starts_with('|') || t.starts_with("![") { l.to_string() } else { restore_punctuation(l.trim_start_matches('\u{3000}')) };
            if is_syntax {
                flush(&mut para, &mut out);
                out.markdown.push_str(&fixed);
                out.markdown.push('\n');
                out.line_map.push(i + 1);
                structured = true;
            } else {
                out.markdown.push_str(&fixed);
                out.markdown.push('\n');
                out.line_map.push(i + 1);
            }
            i += 1;
            continue;
        }
        let t = restore_punctuation(&clean(i));
        if let Some(style) = heading_style(&t) {
            flush(&mut para, &mut out);
            let level = level_of(style);
            out.markdown.push_str(&format!("{} {}\n\n", "#".repeat(level as usize + 1), escape(&t)));
            out.line_map.push(i + 1);
            out.line_map.push(i + 1);
            structured = true;
            i += 1;
            continue;
        }
        // a paragraph: join hard-wrapped lines; across a blank line too when the line ends
        // mid-sentence and the next is not a heading
        para.push((i + 1, escape(&t)));
        let mut j = i + 1;
        let mut crossed_blank = false;
        while j < raw.len() && matches!(kinds[j], Kind::Blank | Kind::Residue(_)) {
            if kinds[j] == Kind::Blank {
                crossed_blank = true;
            }
            j += 1;
        }
        let next_is_text = j < raw.len() && kinds[j] == Kind::Text;
        let continues = next_is_text && {
            let nt = restore_punctuation(&clean(j));
            let ends = ends_sentence(&t) || t.ends_with('”') && t.contains('“');
            !ends && heading_style(&nt).is_none() && (!crossed_blank || t.chars().count() <= 40)
        };
        if !continues {
            flush(&mut para, &mut out);
        }
        i += 1;
    }
    flush(&mut para, &mut out);
    if meta.title.is_none() && !markdownish {
        out.warnings.push("no title recognised; add `title:` to the front matter".into());
    }
    if !structured && !markdownish {
        out.warnings.push("no section headings recognised; the text is imported as plain paragraphs".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_restored_between_chinese_only() {
        assert_eq!(restore_punctuation("会议,作出了《决议》(以下简称《决议》),提出"), "会议，作出了《决议》（以下简称《决议》），提出");
        assert_eq!(restore_punctuation("电话:0816-8118728"), "电话：0816-8118728");
        assert_eq!(restore_punctuation("比例为8.7:48.5,时间09:30"), "比例为8.7:48.5，时间09:30");
        assert_eq!(restore_punctuation("见 https://a.cn/x?a=1,b 和 a@b.cn"), "见 https://a.cn/x?a=1,b 和 a@b.cn");
        assert_eq!(restore_punctuation("Hello, world (test)!"), "Hello, world (test)!");
        assert_eq!(restore_punctuation("相关呢?小编"), "相关呢？小编");
        assert_eq!(restore_punctuation("(一)总体要求"), "（一）总体要求");
    }

    #[test]
    fn the_seed_page_imports_cleanly() {
        let seed = include_str!("../../tests/fixtures/seed/resolution-scraped.txt");
        let im = import(seed, &ImportOptions::default());
        assert!(im.markdown.contains("title: \"市人大常委会决议：加快建设国家科技创新先行示范区引领高质量发展\""), "{}", &im.markdown[..600]);
        assert!(im.markdown.contains("date: \"2021-08-27\""));
        assert!(im.markdown.contains("phone: \"0816-8118728\""));
        assert!(im.markdown.contains("organization: \"科技城科源科技有限公司\""));
        assert_eq!(im.markdown.matches("\n## ").count(), 13, "{}", im.markdown);
        for bad in ["点击量", "hover(function", "\n图片\n"] {
            assert!(!im.markdown.contains(bad), "{bad}");
        }
        assert!(im.removed.iter().any(|r| r.text.contains("hover(function")));
        assert!(im.removed.iter().any(|r| r.text == "图片"));
    }
}
