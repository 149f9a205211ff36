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
//!
//! How a page is read:
//! - Each line is classified on what a reader sees of it (Markdown links reduced to their
//!   text, images dropped, `**` removed), so html2text output and plain copies go the same way.
//! - The *header* runs to the first line of running text (a sentence). Metadata lines in it
//!   (`发布时间：`, `来源：`, `索 引 号 | … | 发布机构 | …` tables) give their fields to the front
//!   matter; the title is Markdown's `#`, the metadata table's 标题, or the line(s) right above
//!   the metadata (`…关于印发` / `《…》的通知` joined), else the first lines when they end like
//!   a title. What is short above the title (site name, menus, search box) is navigation, and
//!   the title again (`标题_栏目_站点`) is a duplicate.
//! - The *end*: contact lines, signature and date (with a contact block above the signature),
//!   附注, the attachment note `附件：1.… 2.…` (to `attachments:`), `来源：`/`责任编辑：` lines and
//!   menu fragments after them. A salutation (`尊敬的…：`, `同志们：`) stays in the text.
//! - Paragraphs: lines follow each other into one paragraph unless a line ends a sentence, the
//!   next is numbered, a heading, a caption, a `标签：` line or indented deeper; across a blank
//!   line only short unfinished lines join. A text hard-wrapped at a fixed width with blank lines
//!   between paragraphs joins its full lines even after `。`.
//! - `--keep-all` keeps every residue line in the text, verbatim and on its own; what went into
//!   the front matter (title, addressee, signature, date, contact) is still moved.

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
    attachments: Vec<String>,
    contact: BTreeMap<&'static str, String>,
}

const NAV_WORDS: &[&str] = &[
    "首页",
    "网站首页",
    "返回首页",
    "机构概况",
    "政务公开",
    "信息公开",
    "新闻中心",
    "新闻动态",
    "通知公告",
    "联系我们",
    "网站地图",
    "办事服务",
    "互动交流",
    "政策法规",
    "工作动态",
    "公司简介",
    "关于我们",
    "产品中心",
    "走进",
    "专题专栏",
    "数据发布",
    "政民互动",
    "在线办事",
    "English",
    "登录",
    "注册",
    "无障碍",
    "网站无障碍",
    "关怀版",
    "长者模式",
    "繁體",
    "简体",
    "搜索",
    "设为首页",
    "加入收藏",
    "收藏本站",
    "人才招聘",
    "隐私声明",
    "免责声明",
    "网站声明",
    "使用帮助",
    "站点地图",
    "网站帮助",
];

/// Whitespace, no-break and zero-width spaces and byte-order marks around a line.
fn trim_all(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'))
}

/// A Han character (not CJK punctuation).
fn han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c) || c >= '\u{20000}'
}

/// A line as a reader sees it: Markdown links reduced to their text, images dropped, `**`
/// emphasis markers and backslash escapes removed, list and heading markers trimmed.
#[derive(Debug, Default, Clone)]
struct Visible {
    text: String,
    images: usize,
    /// (text, target) of each link
    links: Vec<(String, String)>,
    /// nothing but links, images and separators
    only_links: bool,
}

/// The `]` closing the `[` at `open`, and the `(` `)` right after it.
fn parse_link(chars: &[char], open: usize) -> Option<(usize, usize, usize)> {
    let close = matching(chars, open, '[', ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = matching(chars, close + 1, '(', ')')?;
    Some((close, close + 1, paren))
}

/// The index of the `close` that balances the `open` at `at`, skipping backslash escapes.
fn matching(chars: &[char], at: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0i32;
    let mut k = at;
    while k < chars.len() {
        match chars[k] {
            '\\' => {
                k += 2;
                continue;
            }
            c if c == open => depth += 1,
            c if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

fn visible(line: &str) -> Visible {
    visible_at(line, 0)
}

fn visible_at(line: &str, depth: usize) -> Visible {
    let mut v = Visible::default();
    let mut body = trim_all(line);
    for m in ["* ", "- ", "+ "] {
        if let Some(r) = body.strip_prefix(m) {
            body = r.trim_start();
            break;
        }
    }
    let hashes = body.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && body[hashes..].starts_with(' ') {
        body = body[hashes..].trim_start();
    }
    let chars: Vec<char> = body.chars().collect();
    let mut text = String::new();
    let mut other = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            text.push(chars[i + 1]);
            other = true;
            i += 2;
            continue;
        }
        let img = c == '!' && chars.get(i + 1) == Some(&'[');
        let start = if img { i + 1 } else { i };
        if (img || c == '[')
            && depth < 4
            && let Some((close, po, pc)) = parse_link(&chars, start)
        {
            let inner: String = chars[start + 1..close].iter().collect();
            let target: String = chars[po + 1..pc].iter().collect();
            if img {
                v.images += 1;
            } else {
                let iv = visible_at(&inner, depth + 1);
                v.images += iv.images;
                text.push_str(&iv.text);
                v.links.push((iv.text, target));
            }
            i = pc + 1;
            continue;
        }
        if (c == '*' || c == '_') && chars.get(i + 1) == Some(&c) {
            i += 2;
            continue;
        }
        if !(c.is_whitespace() || "|｜/·•-".contains(c)) {
            other = true;
        }
        text.push(c);
        i += 1;
    }
    v.only_links = !other && (!v.links.is_empty() || v.images > 0);
    v.text = trim_all(&text).to_string();
    v
}

fn is_nav_word(w: &str) -> bool {
    let w = w.trim_matches(['[', ']', '*', '【', '】']);
    !w.is_empty() && NAV_WORDS.iter().any(|n| w.starts_with(n))
}

/// A file people download: a link to it is content, never navigation.
fn is_document_link(target: &str) -> bool {
    let t = target.to_ascii_lowercase();
    let t = t.split(['?', '#']).next().unwrap_or("");
    [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".wps", ".ofd", ".txt", ".csv", ".et", ".dps"]
        .iter()
        .any(|e| t.ends_with(e))
}

const COUNTER_WORDS: &[&str] = &["点击量", "访问量", "浏览次数", "阅读量", "浏览量", "点击数", "访问次数", "阅读次数", "点击率", "阅读数", "浏览数", "浏览"];

/// Why a line is web residue, if it is. `r` is the trimmed line, `v` what a reader sees of it.
fn residue(r: &str, v: &Visible) -> Option<&'static str> {
    let lower = r.to_ascii_lowercase();
    // images, logos and links without text
    if v.text.is_empty() && v.images > 0 {
        return Some("image placeholder");
    }
    if v.text.chars().all(|c| c.is_whitespace() || "|｜/·•-".contains(c)) && !v.links.is_empty() {
        return Some("link");
    }
    // lines of navigation links
    if v.only_links && !v.links.iter().any(|(_, u)| is_document_link(u)) {
        let short = |t: &str| t.chars().count() <= 8;
        let page_link = |u: &str| u.starts_with("javascript") || u.starts_with('#');
        if v.links.len() >= 2 && v.links.iter().all(|(t, u)| short(t) || page_link(u))
            || v.links.len() == 1 && (page_link(&v.links[0].1) || is_nav_word(&v.links[0].0))
        {
            return Some(if v.links.iter().all(|(_, u)| page_link(u)) { "page link" } else { "navigation" });
        }
    }
    // scripts and styles
    let code_markers = [
        "function(",
        "function (",
        "$(",
        "jquery",
        "document.",
        "window.",
        "var ",
        "getelementbyid",
        ".hover(",
        "_hmt",
        "<script",
        "</script",
        "<style",
        "</style",
        "settimeout",
        "addeventlistener",
        ".animate(",
        "=>",
        "//div",
        "return false",
        "console.",
    ];
    if code_markers.iter().any(|m| lower.contains(m)) && (r.contains(';') || r.contains('(') || r.contains('{') || r.contains('<')) && !r.chars().any(han) {
        return Some("script");
    }
    if code_markers.iter().any(|m| lower.contains(m)) && (r.contains(");") || r.contains("){") || r.contains("});") || r.contains("//div")) {
        return Some("script");
    }
    if r.chars().all(|c| "{}();,".contains(c) || c.is_whitespace()) {
        return Some("script");
    }
    // lone brackets of a split `【返回顶部】` link
    if r.chars().all(|c| "[]【】「」〖〗".contains(c) || c.is_whitespace()) {
        return Some("page link");
    }
    // CSS rules: selector{prop:value;}
    if r.contains('{') && r.contains(':') && (r.contains('}') || r.ends_with(';') || r.ends_with('{')) && !r.chars().any(is_cjk) {
        return Some("CSS");
    }
    if r.starts_with(['.', '#']) && r.ends_with('{') && !r.chars().any(is_cjk) {
        return Some("CSS");
    }
    // HTML left by the scraper: `&nbsp;`, stray tags
    if r.split_whitespace()
        .all(|w| w.starts_with('&') && w.ends_with(';') && w.len() >= 3 && w[1..w.len() - 1].chars().all(|c| c.is_ascii_alphanumeric() || c == '#'))
    {
        return Some("HTML entity");
    }
    if r.starts_with('<') && r.ends_with('>') && !r.chars().any(is_cjk) {
        return Some("HTML");
    }
    let t = v.text.as_str();
    // counters: `点击量:次`, `访问量：1632`, `浏览次数:` (not 访问量达到120万 in a sentence)
    for w in COUNTER_WORDS {
        if let Some(p) = t.find(w) {
            let rest = t[p + w.len()..].trim_start_matches([' ', '\u{3000}', '*']);
            let colon = rest.starts_with([':', '：']);
            let after = rest.trim_start_matches([' ', ':', '：', '\u{3000}', '*']);
            // the word opens the line or a label follows it; a bare 浏览 needs its colon
            let placed = colon || p == 0 || !t[..p].chars().next_back().is_some_and(han);
            let value = after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit() || "次,，|[（(【".contains(c));
            if placed && value && (colon || *w != "浏览") && t.chars().count() < 100 {
                return Some("counter");
            }
        }
    }
    // image placeholders
    if matches!(t, "图片" | "[图片]" | "【图片】" | "(图片)" | "（图片）" | "image" | "[image]" | "img" | "[img]" | "视频" | "[视频]")
        || lower.starts_with("<img")
    {
        return Some("image placeholder");
    }
    // page furniture: links anywhere in a short line, switches and labels at its start
    for w in [
        "扫一扫在手机打开当前页",
        "扫一扫在手机上查看",
        "在手机打开当前页",
        "返回顶部",
        "回到顶部",
        "关闭本页",
        "关闭窗口",
        "关闭此页",
        "【关闭】",
        "[关闭]",
        "打印本页",
        "打印此页",
        "【打印】",
        "[打印]",
        "【大 中 小】",
        "【大中小】",
        "网站纠错",
        "我要纠错",
        "【收藏】",
        "微信扫一扫",
        "扫码关注",
        "用手机扫描",
        "即将离开",
    ] {
        if t.contains(w) && t.chars().count() < 40 {
            return Some("page link");
        }
    }
    let head = t.trim_start_matches(['【', '[', '（', '(', ' ']);
    for w in ["字体", "字号", "分享到", "分享至", "相关链接", "相关文章", "责任编辑", "手机版"] {
        if head.starts_with(w) && t.chars().count() < 40 && !head[w.len()..].starts_with(|c: char| han(c) && !"大中小".contains(c)) {
            return Some("page link");
        }
    }
    if (t.starts_with("上一篇") || t.starts_with("下一篇")) && t.chars().count() < 120 {
        return Some("page link");
    }
    // breadcrumbs
    if (t.starts_with("当前位置") || t.starts_with("您的位置") || t.starts_with("您现在的位置") || t.starts_with("你的位置") || t.starts_with("位置："))
        || ((t.contains(" > ") || t.contains(">>") || t.contains("»") || t.contains("＞") || t.contains(" > ")) && t.contains("首页"))
    {
        return Some("breadcrumb");
    }
    // site footers
    let tl = t.to_ascii_lowercase();
    if ["icp备", "icp证", "公网安备", "网站标识码"].iter().any(|w| tl.contains(w)) && t.chars().count() < 200 {
        return Some("site footer");
    }
    if ["主办：", "主办:", "承办：", "承办:"].iter().any(|w| t.starts_with(w)) && t.chars().count() < 80 {
        return Some("site footer");
    }
    for w in ["版权所有", "主办单位", "承办单位", "技术支持", "copyright", "©", "政府网站找错", "网站维护", "建议使用", "分辨率"]
    {
        if tl.contains(w) && t.chars().count() < 80 {
            return Some("site footer");
        }
    }
    // navigation words alone (or several on one line)
    let words: Vec<&str> = t.split(|c: char| c.is_whitespace() || c == '|' || c == '｜' || c == '/').filter(|w| !w.is_empty()).collect();
    if !words.is_empty() && words.iter().all(|w| is_nav_word(w)) {
        return Some("navigation");
    }
    // a menu or breadcrumb trail: `首页 | 新闻中心 | 领导讲话`, `首页 > 政务公开`
    let parts: Vec<&str> = t.split(['|', '｜', '>', '＞', '›', '»', '/']).map(str::trim).filter(|w| !w.is_empty()).collect();
    if parts.len() >= 2 && parts.iter().all(|w| w.chars().count() <= 8 && !w.contains(['。', '，', '：'])) && parts.iter().any(|w| is_nav_word(w)) {
        return Some("navigation");
    }
    None
}

/// `附件`, `附件2`: the label opening an attachment page.
fn is_attachment_page_label(t: &str) -> bool {
    t.trim().strip_prefix("附件").is_some_and(|r| r.trim().chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)))
}

/// `附件：` with nothing after it.
fn is_empty_attachment(t: &str) -> bool {
    matches!(t.trim(), "附件" | "附件：" | "附件:" | "相关附件" | "相关附件：" | "相关附件:" | "附件下载" | "附件下载：" | "附件下载:")
}

/// Chinese text around a mark: CJK characters and the punctuation Chinese shares with Western
/// text (curly quotes, dash, ellipsis, middle dot).
fn is_cjk_or_fw(c: char) -> bool {
    is_cjk(c) || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
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
    // Markdown link targets: `[text](/path/a.pdf)`
    for i in 0..n.saturating_sub(1) {
        if chars[i] == ']' && chars[i + 1] == '(' {
            let mut depth = 0;
            let mut k = i + 1;
            while k < n {
                protect[k] = true;
                match chars[k] {
                    '\\' => {
                        if k + 1 < n {
                            protect[k + 1] = true;
                        }
                        k += 2;
                        continue;
                    }
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
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
    "通知",
    "决定",
    "意见",
    "通报",
    "决议",
    "办法",
    "报告",
    "公告",
    "通告",
    "批复",
    "函",
    "纪要",
    "方案",
    "规定",
    "细则",
    "公报",
    "条例",
    "规划",
    "意见书",
    "命令",
    "令",
    "议案",
    "请示",
    "简报",
    "讲话",
    "发展",
    "倡议书",
    "一封信",
    "公开信",
    "实施方案",
    "工作要点",
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
    ("发布时间", "date"),
    ("发布日期", "date"),
    ("发布于", "date"),
    ("发文日期", "date"),
    ("成文日期", "date"),
    ("印发日期", "date"),
    ("更新时间", "date"),
    ("更新日期", "date"),
    ("日期", "date"),
    ("来源", "source"),
    ("信息来源", "source"),
    ("文章来源", "source"),
    ("稿件来源", "source"),
    ("发布机构", "source"),
    ("发布单位", "source"),
    ("发文机关", "source"),
    ("作者", "author"),
    ("撰稿", "author"),
    ("撰稿人", "author"),
    ("编辑", "author"),
    ("责任编辑", "editor"),
    ("发文字号", "doc_number"),
    ("文号", "doc_number"),
    ("索引号", "index"),
    ("主题分类", "index"),
    ("主题词", "index"),
    ("公文种类", "index"),
    ("体裁分类", "index"),
    ("组配分类", "index"),
    ("有效性", "index"),
    ("生成日期", "date"),
    ("公开日期", "date"),
    ("公开方式", "index"),
    ("公开时限", "index"),
    ("公开范围", "index"),
    ("信息分类", "index"),
    ("责任部门", "source"),
    ("发布机关", "source"),
    ("关联稿件", "related"),
    ("相关稿件", "related"),
    ("标题", "title"),
    ("点击量", "counter"),
    ("访问量", "counter"),
    ("浏览次数", "counter"),
    ("阅读量", "counter"),
    ("浏览量", "counter"),
    ("点击数", "counter"),
    ("阅读次数", "counter"),
    ("访问次数", "counter"),
    ("阅读数", "counter"),
    ("浏览", "counter"),
    ("字号", "furniture"),
    ("字体", "furniture"),
    ("分享到", "furniture"),
];

/// `label` at char `p` of `s`, spaces of any width allowed between its characters (`索 引 号：`)
/// and before the colon: the char position after the colon.
fn label_at(s: &[char], p: usize, label: &str) -> Option<usize> {
    let mut k = p;
    for (n, lc) in label.chars().enumerate() {
        if n > 0 {
            while k < s.len() && s[k].is_whitespace() {
                k += 1;
            }
        }
        if s.get(k) != Some(&lc) {
            return None;
        }
        k += 1;
    }
    while k < s.len() && s[k].is_whitespace() {
        k += 1;
    }
    (s.get(k) == Some(&'：')).then_some(k + 1)
}

/// A page metadata line — `发布时间：2023-05-12 09:30`, `来源：…  作者：…`, a row of a
/// `索引号 | … | 发布机构 | …` table, the seed's `点击量:次,发布于:2021/08/27` — as its fields.
/// It must start with a label; the values run to the next label.
fn meta_line(t: &str) -> Option<Vec<(&'static str, String)>> {
    if t.chars().count() > 200 {
        return None;
    }
    let norm: String = t
        .replace("**", "")
        .chars()
        .map(|c| match c {
            ':' => '：',
            '|' | '｜' => ' ',
            c => c,
        })
        .collect();
    let s: Vec<char> = norm.trim().chars().collect();
    let mut hits: Vec<(usize, usize, &'static str, &'static str)> = Vec::new();
    let mut p = 0;
    while p < s.len() {
        if p == 0 || !han(s[p - 1]) {
            let best = META_LABELS.iter().filter_map(|(l, f)| label_at(&s, p, l).map(|e| (*l, *f, e))).max_by_key(|x| x.0.chars().count());
            if let Some((l, f, e)) = best {
                hits.push((p, e, l, f));
                p = e;
                continue;
            }
        }
        p += 1;
    }
    if hits.first().is_none_or(|h| h.0 != 0) {
        return None;
    }
    let mut out = Vec::new();
    for (k, h) in hits.iter().enumerate() {
        let stop = hits.get(k + 1).map(|n| n.0).unwrap_or(s.len());
        let v: String = s[h.1..stop].iter().collect();
        let v = v.trim().trim_end_matches([',', '，', ' ', '\u{3000}', ';', '；']).trim().to_string();
        out.push((h.3, v));
    }
    // a bare `日期：` is metadata only with a date after it
    if hits[0].2 == "日期" && find_date(&out[0].1).is_none() {
        return None;
    }
    Some(out)
}

fn apply_meta(meta: &mut Meta, fields: &[(&'static str, String)]) {
    for (f, v) in fields {
        if v.is_empty() {
            continue;
        }
        match *f {
            "date" if meta.date.is_none() => {
                meta.date = find_date(v);
            }
            "source" => {
                meta.source.get_or_insert_with(|| v.clone());
            }
            "author" => {
                meta.author.get_or_insert_with(|| v.clone());
            }
            "doc_number" => {
                meta.doc_number.get_or_insert_with(|| v.clone());
            }
            "title" => {
                meta.title.get_or_insert_with(|| v.clone());
            }
            _ => {}
        }
    }
}

/// Fields that place a line among the page's metadata (not only a counter or a font switch).
fn is_meta_anchor(fields: &[(&'static str, String)]) -> bool {
    fields.iter().any(|(f, _)| !matches!(*f, "counter" | "furniture"))
}

/// `电话：0816-8118728`, `电子邮箱：…`, `地址：…`: contact fields of a line made only of them.
fn contact_fields(t: &str) -> Option<Vec<(&'static str, String)>> {
    const LABELS: &[(&str, &str)] = &[
        ("联系电话", "phone"),
        ("电话", "phone"),
        ("咨询电话", "phone"),
        ("服务热线", "phone"),
        ("热线", "phone"),
        ("传真", "fax"),
        ("电子邮箱", "email"),
        ("邮箱", "email"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("email", "email"),
        ("地址", "address"),
        ("通讯地址", "address"),
        ("联系地址", "address"),
        ("邮编", "postcode"),
        ("邮政编码", "postcode"),
        ("联系人", "person"),
        ("网址", "website"),
        ("联系单位", "organization"),
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
        && [
            "公司",
            "局",
            "委员会",
            "政府",
            "中心",
            "办公室",
            "办公厅",
            "院",
            "所",
            "厅",
            "部",
            "处",
            "科",
            "站",
            "协会",
            "学会",
            "集团",
            "大学",
            "学校",
            "医院",
            "银行",
            "委",
            "会",
            "署",
            "队",
            "馆",
            "社",
        ]
        .iter()
        .any(|e| t.ends_with(e))
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
    } else if num.starts_with("（") && num.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c))
        || num.starts_with('(') && num.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c))
    {
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
        if t.starts_with("# ")
            || t.starts_with("## ")
            || t.starts_with("### ")
            || (t.starts_with('|') && t.ends_with('|') && t.len() > 2)
            || t.starts_with("> ")
        {
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
/// Do two lines read as one title wrapped after `关于`, `印发`, `的`…?
fn title_continues(prev: &str, cur: &str) -> bool {
    let n = prev.chars().count();
    !ends_sentence(prev)
        && n <= 40
        && !is_nav_word(prev)
        && (n >= 6 && prev.contains("关于")
            || cur.starts_with("关于")
            || ["的", "印发", "转发", "关于", "和", "与", "及", "暨"].iter().any(|w| prev.ends_with(w))
            || cur.starts_with(['《', '的']))
}

/// Is this reason one of the lines moved into the front matter? The front matter shows them,
/// so they stay out of the body even with `--keep-all`.
fn is_moved(reason: &str) -> bool {
    reason.contains("moved to the front matter")
}

/// Ends a paragraph for sure when the next line follows without a blank line.
fn strong_end(s: &str) -> bool {
    let mut cs = s.trim_end().chars().rev();
    match cs.next() {
        Some('。' | '！' | '？' | '!' | '?' | '…' | '：' | ':') => true,
        Some('”' | '’' | '」' | '』' | '）' | ')' | '"') => cs.next().is_some_and(|c| "。！？!?…".contains(c)),
        _ => false,
    }
}

/// An image caption: `图为会议现场（摄影：王晓雯）`.
fn is_caption(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() <= 60
        && !t.contains('。')
        && (["图为", "图：", "图:", "（图", "(图", "图片来源"].iter().any(|p| t.starts_with(p))
            || ["摄影", "供图", "摄）", "摄)"].iter().any(|w| t.contains(w)))
}

/// `联系人：…`, `附件：…`: a short label and a colon open the line.
fn starts_with_label(t: &str) -> bool {
    let n = t.chars().take_while(|c| han(*c)).count();
    (2..=8).contains(&n) && t.chars().nth(n).is_some_and(|c| c == '：' || c == ':')
}

/// `尊敬的全镇居民朋友们：`: a letter's salutation, which stays in the text.
fn is_salutation(t: &str, title: Option<&str>) -> bool {
    let t = t.trim().trim_end_matches(['：', ':']);
    ["尊敬的", "亲爱的", "敬爱的"].iter().any(|p| t.starts_with(p))
        || t.ends_with('们') && t.chars().count() <= 20
        || title.is_some_and(|ti| ti.ends_with('信') || ti.ends_with("倡议书") || ti.ends_with("讲话"))
}

/// html2text and copy-paste join a page's paragraphs into one line with a space between them:
/// `…驾驶证。 二、专用号牌…`. A Chinese line is split where a space follows a sentence end, a
/// short leading `…：` (the addressee) or a colon before a numbered heading, and at runs of three
/// or more spaces (a signature's name, date and note); a numbered heading joined to its first
/// paragraph (`二、号牌规格尺寸 汽车号牌…`) is split from it. Nothing but the spaces is dropped.
fn split_joined_paragraphs(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let hans = chars.iter().filter(|c| han(**c)).count();
    let visible = chars.iter().filter(|c| !c.is_whitespace()).count();
    if visible < 12 || hans * 2 < visible {
        return vec![line.to_string()];
    }
    let is_space = |c: char| c == ' ' || c == '\u{3000}';
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_space(chars[i]) {
            i += 1;
            continue;
        }
        let gap_end = (i..chars.len()).find(|&j| !is_space(chars[j])).unwrap_or(chars.len());
        let prev = (i > start).then(|| chars[i - 1]);
        let prev2 = (i > start + 1).then(|| chars[i - 2]);
        let next = chars.get(gap_end).copied();
        let rest: String = chars[gap_end..chars.len().min(gap_end + 12)].iter().collect();
        let next_starts_text = next.is_some_and(|c| han(c) || "（(“《【0123456789".contains(c));
        let full_stop = |c: char| "。！？；".contains(c);
        let ascii_stop = |c: char| ".!?;".contains(c);
        let sentence_end = prev.is_some_and(full_stop)
            || prev.is_some_and(ascii_stop) && prev2.is_some_and(han)
            || matches!(prev, Some('）' | ')' | '”')) && prev2.is_some_and(|c| full_stop(c) || ascii_stop(c));
        let colon = matches!(prev, Some('：' | ':'));
        let before_heading = existing_number(&rest).is_some();
        let addressee = out.is_empty() && colon && i - start <= 60;
        if gap_end < chars.len() && (gap_end - i >= 3 || next_starts_text && (sentence_end || addressee || colon && before_heading)) {
            out.push(chars[start..i].iter().collect::<String>());
            start = gap_end;
        }
        i = gap_end;
    }
    out.push(chars[start..].iter().collect::<String>());
    out.retain(|p| !p.trim().is_empty());
    // `附件：名称 国务院办公厅`: an issuer's name joined to the line before it by one space
    let out: Vec<String> = out
        .into_iter()
        .flat_map(|p| match p.rfind(' ') {
            Some(at) if at > 0 && looks_like_org(&p[at + 1..]) && !p[..at].trim().is_empty() => vec![p[..at].trim_end().to_string(), p[at + 1..].to_string()],
            _ => vec![p],
        })
        .collect();
    // `二、号牌规格尺寸 汽车号牌规格为…`: a numbered heading joined to its first paragraph
    let mut split = Vec::with_capacity(out.len());
    for p in out {
        let head = p.find([' ', '\u{3000}']).map(|at| (p[..at].to_string(), p[at..].trim().to_string()));
        match head {
            Some((h, rest)) if !rest.is_empty() && !h.ends_with(['。', '；', '：', '，', '.', ';', ':', ',']) && heading_style(&h).is_some() => {
                split.push(h);
                split.push(rest);
            }
            _ => split.push(p),
        }
    }
    split
}

/// `![alt](url)` and `[![alt](img)](link)` inside a line of text: the image markup's byte ranges.
fn inline_images(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    let chars: Vec<char> = line.chars().collect();
    while let Some(p) = line[from..].find("![").map(|p| p + from) {
        // a linked image starts one `[` earlier
        let start = if line[..p].ends_with('[') { p - 1 } else { p };
        let chars_before = line[..p + 1].chars().count();
        match parse_link(&chars, chars_before) {
            Some((_, _, close_paren)) => {
                let mut end: usize = chars[..=close_paren].iter().map(|c| c.len_utf8()).sum();
                // the outer link of a linked image: `](link)`
                if start < p && line[end..].starts_with("](") {
                    match line[end + 2..].find(')') {
                        Some(q) => end = end + 2 + q + 1,
                        None => {
                            from = p + 2;
                            continue;
                        }
                    }
                }
                out.push(start..end);
                from = end;
            }
            None => from = p + 2,
        }
    }
    out
}

fn push_line(out: &mut Imported, s: &str, line: usize) {
    out.markdown.push_str(s);
    out.markdown.push('\n');
    out.line_map.push(line);
}

/// Import scraped text.
pub fn import(text: &str, opts: &ImportOptions) -> Imported {
    let mut out = Imported::default();
    // zero-width spaces and stray byte-order marks copied from the page
    let text: String = text.chars().filter(|c| !matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')).collect();
    // Lines that join several paragraphs (html2text, copy-paste) are split into logical lines
    // first, so that the title, headings, the attachment note and the signature are found in
    // them; `origin` keeps each logical line's 1-based line in the input, for reports and spans.
    let mut logical: Vec<String> = Vec::new();
    let mut origin: Vec<usize> = Vec::new();
    for (k, l) in text.lines().enumerate() {
        let t = l.trim_start();
        let markup = t.starts_with(['|', '#', '>', '*', '-', '+', '!', '[', '<']) || t.starts_with(|c: char| c.is_ascii_digit());
        let pieces = if markup { vec![l.to_string()] } else { split_joined_paragraphs(l) };
        if pieces.len() > 1 {
            for p in pieces {
                logical.push(p);
                origin.push(k + 1);
            }
        } else {
            logical.push(l.to_string());
            origin.push(k + 1);
        }
    }
    let raw: Vec<&str> = logical.iter().map(String::as_str).collect();
    let n = raw.len();
    let markdownish = is_markdownish(&raw);
    let vis: Vec<Visible> = raw.iter().map(|l| visible(l)).collect();
    let clean = |i: usize| trim_all(raw[i]).to_string();
    let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text_lines = |kinds: &[Kind]| (0..kinds.len()).filter(|&i| kinds[i] == Kind::Text).collect::<Vec<usize>>();
    let mut meta = Meta::default();

    // 1. classify lines
    let mut kinds: Vec<Kind> = (0..n)
        .map(|i| {
            let t = trim_all(raw[i]);
            if t.is_empty() {
                Kind::Blank
            } else if let Some(r) = residue(t, &vis[i]) {
                Kind::Residue(r)
            } else {
                Kind::Text
            }
        })
        .collect();
    if markdownish {
        // thematic breaks between the parts of the page (`* * *`)
        for i in 0..n {
            let t = trim_all(raw[i]);
            let marks = t.chars().filter(|c| !c.is_whitespace()).count();
            if kinds[i] == Kind::Text
                && marks >= 3
                && ['*', '-', '_'].iter().any(|m| t.chars().all(|c| c == *m || c == ' '))
                && (i == 0 || kinds[i - 1] != Kind::Text)
            {
                kinds[i] = Kind::Residue("separator");
            }
        }
    }
    // a stray cell border of a broken table
    for i in 0..n {
        if kinds[i] == Kind::Text && trim_all(raw[i]).chars().all(|c| c == '|' || c == '｜' || c.is_whitespace()) {
            kinds[i] = Kind::Residue("separator");
        }
    }
    // an empty `附件：` followed only by residue (its script, the footer)
    for i in 0..n {
        if kinds[i] == Kind::Text && is_empty_attachment(&vis[i].text) {
            let next = (i + 1..n).find(|&j| kinds[j] != Kind::Blank);
            if next.is_none_or(|j| matches!(kinds[j], Kind::Residue(_))) {
                kinds[i] = Kind::Residue("empty attachment list");
            }
        }
    }

    // the page's footer: after a site-footer line that only short lines follow, what is left
    // (menus, a leave-the-site dialog) is chrome too; contact lines stay for the front matter
    let footer_like = |j: usize| contact_fields(&vis[j].text).is_some() || meta_line(&vis[j].text).is_some();
    if let Some(f) = (0..n)
        .filter(|&i| kinds[i] == Kind::Residue("site footer"))
        .find(|&f| (f + 1..n).all(|j| kinds[j] != Kind::Text || footer_like(j) || vis[j].text.chars().count() <= 40))
    {
        for j in f + 1..n {
            if kinds[j] == Kind::Text && !footer_like(j) {
                kinds[j] = Kind::Residue("page footer");
            }
        }
    }

    // 2. page metadata (`发布时间：`, `来源：`, metadata tables) in the header, before the first
    //    line of running text: fields copied to the front matter, lines removed
    let metas: Vec<Option<Vec<(&'static str, String)>>> = (0..n).map(|i| if kinds[i] == Kind::Blank { None } else { meta_line(&vis[i].text) }).collect();
    let is_prose = |i: usize| {
        let t = &vis[i].text;
        !raw[i].trim_start().starts_with('#')
            && (t.contains(['。', '！', '？'])
                || t.chars().count() >= 80
                || t.char_indices().any(|(p, c)| (c == '!' || c == '?') && t[..p].chars().next_back().is_some_and(han)))
    };
    let zone_end = (0..n).find(|&i| kinds[i] == Kind::Text && metas[i].is_none() && is_prose(i)).unwrap_or(n);
    let mut anchors: Vec<usize> = Vec::new();
    let next_line = |kinds: &[Kind], i: usize| {
        (i + 1..zone_end).find(|&j| kinds[j] != Kind::Blank).filter(|&j| kinds[j] == Kind::Text && metas[j].is_none() && !is_prose(j))
    };
    for i in 0..zone_end {
        if let Some(f) = &metas[i] {
            apply_meta(&mut meta, f);
            if is_meta_anchor(f) {
                anchors.push(i);
            }
            if kinds[i] == Kind::Text {
                kinds[i] = Kind::Residue("page metadata (copied to the front matter)");
            }
            // a label alone, its value on the next line (`生成日期：` / `2023-05-11`)
            if f.len() == 1
                && f[0].1.is_empty()
                && vis[i].text.ends_with(['：', ':'])
                && let Some(j) = next_line(&kinds, i).filter(|&j| {
                    let v = &vis[j].text;
                    v.chars().count() <= 60
                        && !v.ends_with(['：', ':'])
                        && match f[0].0 {
                            "counter" => v.chars().all(|c| c.is_ascii_digit() || c == '次' || c == ','),
                            "date" => find_date(v).is_some(),
                            _ => true,
                        }
                })
            {
                apply_meta(&mut meta, &[(f[0].0, vis[j].text.clone())]);
                if is_meta_anchor(f) {
                    anchors.push(j);
                }
                kinds[j] = Kind::Residue("page metadata (copied to the front matter)");
                // a related article: its title, then its date
                if f[0].0 == "related"
                    && let Some(d) = next_line(&kinds, j).filter(|&d| is_date_line(&vis[d].text))
                {
                    kinds[d] = Kind::Residue("page metadata (copied to the front matter)");
                }
            }
        }
    }
    for i in 0..zone_end {
        let t = trim_all(raw[i]);
        if kinds[i] == Kind::Text
            && t.contains('|')
            && t.contains('-')
            && t.chars().all(|c| "-|: ".contains(c))
            && (i > 0 && metas[i - 1].is_some() || metas.get(i + 1).is_some_and(|m| m.is_some()))
        {
            kinds[i] = Kind::Residue("page metadata (copied to the front matter)");
        }
    }

    // 3. header: contact lines and the organisation name before the title
    let tl = text_lines(&kinds);
    let mut b = 0;
    while b < tl.len() && tl[b] < zone_end {
        let i = tl[b];
        let t = vis[i].text.clone();
        if let Some(fields) = contact_fields(&t) {
            for (k, v) in fields {
                meta.contact.entry(k).or_insert(v);
            }
            kinds[i] = Kind::Residue("contact (moved to the front matter)");
            b += 1;
            continue;
        }
        if looks_like_org(&t)
            && let Some(&j) = tl.get(b + 1)
            && contact_fields(&vis[j].text).is_some()
        {
            meta.contact.insert("organization", t);
            kinds[i] = Kind::Residue("contact (moved to the front matter)");
            b += 1;
            continue;
        }
        break;
    }

    // 4. title
    let tl = text_lines(&kinds);
    let mut title_lines: Vec<usize> = Vec::new();
    // a. Markdown's `# Title`
    if markdownish && let Some(&i) = tl.iter().find(|&&i| i < zone_end && raw[i].trim_start().starts_with("# ")) {
        title_lines.push(i);
    }
    // b. the title a metadata table gave, where the page shows it — possibly inside a table
    //    cell (`| 标题 |`) and followed by the document number; the table's clean text wins
    let mut title_from_meta = false;
    if title_lines.is_empty()
        && let Some(mt) = meta.title.clone()
    {
        let nt = norm(&mt);
        let shown = |t: &str| {
            let n = norm(&restore_punctuation(t));
            let n = n.trim_matches(['|', '｜']);
            let without_number = match &meta.doc_number {
                Some(d) => n.strip_suffix(norm(d).as_str()).unwrap_or(n),
                None => n,
            };
            n == nt || without_number == nt
        };
        if let Some(&i) = tl.iter().find(|&&i| i < zone_end && shown(&vis[i].text)) {
            title_lines.push(i);
            title_from_meta = true;
        }
    }
    // c. the line (or lines, if they end like a title) right before the page's metadata, or the
    //    first line after it when that reads more like a title
    let title_score = |t: &str| {
        let n = t.chars().count();
        2 * KIND_WORDS.iter().any(|w| t.ends_with(w)) as i32 + (n >= 8) as i32 - 2 * (n <= 4 || is_nav_word(t)) as i32
    };
    let after_meta = anchors.last().and_then(|&m| (m + 1..zone_end).find(|&j| kinds[j] == Kind::Text)).filter(|&j| {
        let t = &vis[j].text;
        !is_prose(j) && t.chars().count() <= 80 && !t.ends_with(['。', '：', ':']) && heading_style(t).is_none()
    });
    if title_lines.is_empty() {
        for (k, &m) in anchors.iter().enumerate().rev() {
            let lo = if k == 0 { 0 } else { anchors[k - 1] + 1 };
            let Some(&last) = tl.iter().rfind(|&&i| i >= lo && i < m) else { continue };
            let lt = vis[last].text.clone();
            if lt.chars().count() > 80 || lt.ends_with(['。', '：', ':']) {
                continue;
            }
            let mut picked = vec![last];
            // a title wrapped over lines: `岚川市人民政府关于印发` / `《…》的通知`
            while picked.len() < 3 {
                let first = picked[0];
                let Some(prev) = (lo..first).rev().find(|&j| kinds[j] != Kind::Blank).filter(|&j| kinds[j] == Kind::Text) else { break };
                if !title_continues(&vis[prev].text, &vis[first].text) {
                    break;
                }
                picked.insert(0, prev);
            }
            title_lines = picked;
            break;
        }
        if let Some(j) = after_meta
            && title_score(&vis[j].text) > title_lines.last().map_or(0, |&l| title_score(&vis[l].text))
            && vis[j].text.chars().filter(|c| han(*c)).count() >= 4
        {
            title_lines = vec![j];
        }
    }
    // d. the first lines, up to a document number / addressee / a sentence
    if title_lines.is_empty() && meta.title.is_none() {
        let mut acc = String::new();
        for &i in &tl {
            let t = restore_punctuation(&vis[i].text);
            if is_doc_number(&t) || t.ends_with('：') && !acc.is_empty() || t.chars().count() > 40 || ends_sentence(&t) || heading_style(&t).is_some() {
                break;
            }
            if title_lines.last().is_some_and(|&l| l + 1 != i && !raw[l + 1..i].iter().all(|x| trim_all(x).is_empty())) {
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
        let next = tl.get(title_lines.len()).map(|&i| restore_punctuation(&vis[i].text));
        let confirmed = KIND_WORDS.iter().any(|k| acc.ends_with(k))
            || next.as_deref().is_some_and(|n| is_doc_number(n) || n.ends_with('：') && n.chars().count() < 80)
            || acc.chars().count() >= 8 && title_lines.len() == 1 && next.as_deref().is_some_and(|n| n.chars().count() > 40);
        if !confirmed {
            title_lines.clear();
        }
    }
    // a title has words
    if title_lines.iter().all(|&i| !vis[i].text.chars().any(|c| han(c) || c.is_alphabetic())) {
        title_lines.clear();
    }
    if !title_lines.is_empty() {
        if !title_from_meta {
            let t: String = title_lines.iter().map(|&i| vis[i].text.clone()).collect::<Vec<_>>().join("");
            meta.title = Some(restore_punctuation(&t));
        }
        for &i in &title_lines {
            kinds[i] = Kind::Residue("title (moved to the front matter)");
        }
    }
    // the title again: identical, as a browser-tab title `标题_栏目_站点`, or its first part
    if let Some(title) = meta.title.clone() {
        let nt = norm(&title);
        let first = title_lines.first().copied().unwrap_or(0);
        for i in 0..n {
            if kinds[i] != Kind::Text {
                continue;
            }
            let nl = norm(&restore_punctuation(&vis[i].text));
            let tab_title = nl.len() > nt.len() && nl.starts_with(&nt) && {
                let rest = &nl[nt.len()..];
                rest.starts_with(['_', '＿', '-', '|', '｜', '—', '–', '·']) && rest.chars().count() <= 40 && !rest.contains(['。', '，'])
            };
            let part = i < first && nl.chars().count() > 6 && nt.starts_with(&nl) && nl.chars().count() * 2 > nt.chars().count();
            if nl == nt || tab_title || part {
                kinds[i] = Kind::Residue("duplicated title");
            }
        }
    }
    // everything short above the title is the site's header: site name, menus, search box
    if let Some(&first) = title_lines.first() {
        for i in 0..first {
            if kinds[i] != Kind::Text {
                continue;
            }
            let t = vis[i].text.clone();
            if is_doc_number(&t) {
                meta.doc_number.get_or_insert(t);
                kinds[i] = Kind::Residue("document number (moved to the front matter)");
            } else if t.chars().count() <= 40 && !is_prose(i) {
                kinds[i] = Kind::Residue("navigation");
            }
        }
    }

    // 5. document number and addressee right after the title
    let tl = text_lines(&kinds);
    let after_title = title_lines.last().map(|&i| i + 1).unwrap_or(0);
    let mut k = tl.iter().position(|&i| i >= after_title).unwrap_or(tl.len());
    // a speech's date under its title: `2023年2月10日`, `（2023年2月10日）`
    if let Some(&i) = tl.get(k)
        && let Some(&last) = title_lines.last()
        && (last + 1..i).all(|j| kinds[j] == Kind::Blank)
    {
        let d = vis[i].text.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string();
        if is_date_line(&d) || d.contains('年') && d.ends_with('日') && d.chars().count() <= 12 && find_date(&d).is_some() {
            if meta.date.is_none() {
                meta.date = find_date(&d).or(Some(d));
            }
            kinds[i] = Kind::Residue("date (moved to the front matter)");
            k += 1;
        }
    }
    if let Some(&i) = tl.get(k)
        && is_doc_number(&vis[i].text)
    {
        meta.doc_number.get_or_insert(vis[i].text.clone());
        kinds[i] = Kind::Residue("document number (moved to the front matter)");
        k += 1;
    }
    if let Some(&i) = tl.get(k) {
        let t = restore_punctuation(&vis[i].text);
        if t.ends_with(['：', ':'])
            && t.chars().count() <= 100
            && !t.contains(['。', '！', '？'])
            && !t.contains("如下")
            && heading_style(&t).is_none()
            && meta.title.is_some()
            && !is_salutation(&t, meta.title.as_deref())
            && !raw[i].trim_start().starts_with('#')
        {
            meta.addressee = Some(t.trim_end_matches(['：', ':']).to_string());
            kinds[i] = Kind::Residue("addressee (moved to the front matter)");
        }
    }

    // 6. the end: contact lines, signature and date, and footer fragments after them — at the
    //    end of the text, or before the first attachment page (`附件` / `附件2` alone)
    let tl = text_lines(&kinds);
    let first_prose = tl.iter().position(|&i| is_prose(i)).unwrap_or(tl.len());
    let doc_end = (first_prose + 1..tl.len()).find(|&p| is_attachment_page_label(&vis[tl[p]].text)).unwrap_or(tl.len());
    let is_footer_fragment = |t: &str| {
        let c = t.chars().count();
        (2..=10).contains(&c) && t.chars().all(|c| han(c) || c.is_ascii_alphabetic() || c == ' ' || c == '|')
    };
    let mut k = doc_end;
    let mut contact_tail: Vec<usize> = Vec::new();
    let mut footer_tail: Vec<usize> = Vec::new();
    let footer_meta = |t: &str| meta_line(t).filter(|f| f.iter().all(|(f, _)| matches!(*f, "source" | "author" | "editor" | "counter" | "furniture")));
    while k > 0 {
        let t = &vis[tl[k - 1]].text;
        if let Some(f) = footer_meta(t) {
            apply_meta(&mut meta, &f);
            kinds[tl[k - 1]] = Kind::Residue("page metadata (copied to the front matter)");
        } else if contact_fields(t).is_some() {
            contact_tail.push(tl[k - 1]);
        } else if is_footer_fragment(t) {
            footer_tail.push(tl[k - 1]);
        } else {
            break;
        }
        k -= 1;
    }
    let mut end_found = false;
    // where the body ends (a position in `tl`): the end block and the contact lines follow
    let mut body_end = k;
    if k >= 2 {
        let mut p = k - 1;
        let last = vis[tl[p]].text.clone();
        // （此件公开发布）
        let note = (last.starts_with(['（', '(']) && last.ends_with(['）', ')']) && last.chars().count() < 20 && k >= 3).then_some(p);
        if note.is_some() {
            p -= 1;
        }
        let d = vis[tl[p]].text.clone();
        if is_date_line(&d) || d.contains('年') && d.ends_with('日') && d.chars().count() <= 12 {
            end_found = true;
            if let Some(np) = note {
                meta.note = Some(last.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string());
                kinds[tl[np]] = Kind::Residue("note (moved to the front matter)");
            }
            if meta.date.is_none() {
                meta.date = find_date(&d).or_else(|| Some(d.clone()));
            }
            kinds[tl[p]] = Kind::Residue("date (moved to the front matter)");
            body_end = p;
            if p >= 1 {
                let s = vis[tl[p - 1]].text.clone();
                if s.chars().count() <= 40 && !ends_sentence(&s) && heading_style(&s).is_none() && contact_fields(&s).is_none() {
                    meta.signature = Some(s);
                    kinds[tl[p - 1]] = Kind::Residue("signature (moved to the front matter)");
                    // a contact block right above the signature
                    let mut q = p - 1;
                    while q >= 1 && contact_fields(&vis[tl[q - 1]].text).is_some() {
                        contact_tail.push(tl[q - 1]);
                        q -= 1;
                    }
                    body_end = q;
                }
            }
        }
    }
    if !end_found {
        // without an end block, only the contact lines at the very end
        contact_tail.clear();
        footer_tail.clear();
        let mut k = tl.len();
        while k > 0 && (kinds[tl[k - 1]] != Kind::Text || contact_fields(&vis[tl[k - 1]].text).is_some()) {
            if kinds[tl[k - 1]] == Kind::Text {
                contact_tail.push(tl[k - 1]);
            }
            k -= 1;
        }
        body_end = k;
    }
    // the attachment note at the end of the body: `附件：1.…` `2.…`
    {
        let mut items: Vec<usize> = Vec::new();
        let mut q = body_end;
        while q > 0 {
            let i = tl[q - 1];
            let t = restore_punctuation(&vis[i].text);
            if let Some(rest) = t.strip_prefix("附件").map(str::trim_start).and_then(|r| r.strip_prefix('：')) {
                let rest = rest.trim();
                if !rest.is_empty() || !items.is_empty() {
                    let mut names: Vec<String> = Vec::new();
                    for x in std::iter::once(rest.to_string()).chain(items.iter().map(|&j| restore_punctuation(&vis[j].text))) {
                        let x = x.trim();
                        let x = existing_number(x).filter(|_| x.starts_with(|c: char| c.is_ascii_digit())).map_or(x, |len| x[len..].trim());
                        if !x.is_empty() {
                            names.push(x.to_string());
                        }
                    }
                    meta.attachments = names;
                    kinds[i] = Kind::Residue("attachment note (moved to the front matter)");
                    for &j in &items {
                        kinds[j] = Kind::Residue("attachment note (moved to the front matter)");
                    }
                }
                break;
            }
            let numbered = existing_number(&t).is_some() && t.starts_with(|c: char| c.is_ascii_digit());
            if numbered && t.chars().count() <= 80 && !t.contains('。') {
                items.insert(0, i);
                q -= 1;
                continue;
            }
            break;
        }
    }
    contact_tail.sort();
    for &i in &contact_tail {
        for (f, v) in contact_fields(&vis[i].text).unwrap_or_default() {
            meta.contact.entry(f).or_insert(v);
        }
        kinds[i] = Kind::Residue("contact (moved to the front matter)");
    }
    for &i in &footer_tail {
        kinds[i] = Kind::Residue("navigation");
    }
    // contact lines elsewhere in the text stay as content, but fill the contact fields
    for i in text_lines(&kinds) {
        if let Some(fields) = contact_fields(&vis[i].text) {
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

    // 7. `--keep-all`: residue stays in the text (what went into the front matter does not)
    //    as lines of their own, as they were
    let mut kept = vec![false; n];
    if opts.keep_all {
        for (i, k) in kinds.iter_mut().enumerate() {
            if let Kind::Residue(r) = k
                && !is_moved(r)
            {
                *k = Kind::Text;
                kept[i] = true;
            }
        }
    }

    // 8. report what was removed
    for (i, k) in kinds.iter().enumerate() {
        if let Kind::Residue(r) = k {
            out.removed.push(Removed { line: origin[i], text: trim_all(raw[i]).to_string(), reason: r });
        }
    }

    // 9. front matter
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
    if !meta.attachments.is_empty() {
        fm.push_str("attachments:\n");
        fm_lines += 1;
        for a in &meta.attachments {
            fm.push_str(&format!("  - {}\n", yaml_str(a)));
            fm_lines += 1;
        }
    }
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

    // 10. body
    let mut structured = false;
    if markdownish {
        // Markdown passes through; plain text lines get their punctuation back
        let mut last_blank = true;
        for i in 0..n {
            if kinds[i] != Kind::Text {
                if !last_blank {
                    push_line(&mut out, "", origin[i]);
                    last_blank = true;
                }
                continue;
            }
            let l = raw[i].trim_end();
            let t = trim_all(l);
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            let list_item = t.starts_with("* ") || t.starts_with("- ") || t.starts_with("+ ") || digits > 0 && t[digits..].starts_with(". ");
            let line = if list_item { l.trim_start_matches(['\u{3000}', '\u{a0}', '\u{feff}']) } else { t };
            let fixed = if t.starts_with('|') || kept[i] { line.to_string() } else { restore_punctuation(line) };
            if t.starts_with('#') {
                structured = true;
            }
            let pieces = if list_item || t.starts_with(['|', '#', '>']) || kept[i] {
                vec![fixed]
            } else {
                split_joined_paragraphs(line).iter().map(|p| restore_punctuation(p)).collect()
            };
            for (k, piece) in pieces.iter().enumerate() {
                if k > 0 {
                    push_line(&mut out, "", origin[i]);
                }
                push_line(&mut out, piece, origin[i]);
            }
            last_blank = false;
        }
    } else {
        // heading styles present, counting headings joined into a long line (split below)
        let mut styles_present: Vec<u8> = (0..n)
            .filter(|&i| kinds[i] == Kind::Text && !kept[i])
            .flat_map(|i| split_joined_paragraphs(&clean(i)))
            .filter_map(|piece| heading_style(&restore_punctuation(&piece)))
            .collect();
        styles_present.sort();
        styles_present.dedup();
        let level_of = |style: u8| styles_present.iter().position(|s| *s == style).map(|p| (p + 1).min(4) as u8).unwrap_or(1);
        let indent_of = |i: usize| {
            raw[i]
                .chars()
                .take_while(|c| c.is_whitespace() || *c == '\u{feff}')
                .map(|c| match c {
                    '\u{3000}' => 2,
                    '\t' => 4,
                    _ => 1,
                })
                .sum::<usize>()
        };
        let width_of = |i: usize| clean(i).chars().count() + indent_of(i) / 2;
        // a text hard-wrapped at a fixed width: the lines that continue a paragraph share it
        let mut lens: Vec<usize> = (0..n.saturating_sub(1)).filter(|&i| kinds[i] == Kind::Text && kinds[i + 1] == Kind::Text).map(width_of).collect();
        lens.sort();
        let wrap_width = (lens.len() >= 4)
            .then(|| lens[lens.len() / 2])
            .filter(|&m| m >= 12 && lens.iter().filter(|&&l| l.abs_diff(m) * 100 <= m * 15).count() * 4 >= lens.len() * 3);
        // paragraphs separated by blank lines
        let mut blank_breaks = 0;
        let mut prev_text: Option<usize> = None;
        for i in 0..n {
            if kinds[i] == Kind::Text {
                if prev_text.is_some_and(|p| p + 1 < i && (p + 1..i).all(|j| kinds[j] == Kind::Blank)) {
                    blank_breaks += 1;
                }
                prev_text = Some(i);
            }
        }
        let blank_separated = blank_breaks >= 2;
        let joins = |a: usize, b: usize, crossed_blank: bool, crossed_image: bool| -> bool {
            let ta = restore_punctuation(&clean(a));
            let tb = restore_punctuation(&clean(b));
            if kept[a]
                || kept[b]
                // html2text ends every block with two spaces (a Markdown hard break)
                || raw[a].ends_with("  ")
                // pieces of one input line were split apart on purpose
                || origin[a] == origin[b]
                || is_attachment_page_label(&ta)
                || is_attachment_page_label(&tb)
                || heading_style(&tb).is_some()
                || existing_number(&tb).is_some()
                || is_caption(&ta)
                || is_caption(&tb)
                || starts_with_label(&tb)
                || contact_fields(&tb).is_some()
                || [&ta, &tb].iter().any(|t| t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && t.chars().count() <= 20)
                || indent_of(b) > indent_of(a)
                || crossed_image
            {
                return false;
            }
            if starts_with_label(&ta) && ta.chars().count() <= 30 && wrap_width.is_none_or(|w| width_of(a) * 10 < w * 9) {
                return false;
            }
            if crossed_blank {
                !ends_sentence(&ta) && !(ta.ends_with('”') && ta.contains('“')) && ta.chars().count() <= 40
            } else {
                !strong_end(&ta) || wrap_width.is_some_and(|w| blank_separated && width_of(a) * 10 >= w * 9)
            }
        };
        let mut i = 0;
        while i < n {
            if kinds[i] != Kind::Text {
                i += 1;
                continue;
            }
            if kept[i] {
                push_line(&mut out, &escape(&clean(i)), origin[i]);
                push_line(&mut out, "", origin[i]);
                i += 1;
                continue;
            }
            let t = restore_punctuation(&clean(i));
            if let Some(style) = heading_style(&t) {
                let level = level_of(style);
                push_line(&mut out, &format!("{} {}", "#".repeat(level as usize + 1), escape(&t)), origin[i]);
                push_line(&mut out, "", origin[i]);
                structured = true;
                i += 1;
                continue;
            }
            // a paragraph: hard-wrapped lines joined
            let mut lines = vec![i];
            let mut cur = i;
            loop {
                let mut j = cur + 1;
                let (mut crossed_blank, mut crossed_image) = (false, false);
                while j < n && kinds[j] != Kind::Text {
                    match kinds[j] {
                        Kind::Blank => crossed_blank = true,
                        Kind::Residue("image placeholder") => crossed_image = true,
                        _ => {}
                    }
                    j += 1;
                }
                if j >= n || !joins(cur, j, crossed_blank, crossed_image) {
                    break;
                }
                lines.push(j);
                cur = j;
            }
            let mut text = String::new();
            for &l in &lines {
                let piece = clean(l);
                let last = text.chars().last();
                let before_last = text.chars().rev().nth(1);
                let space = piece.starts_with(|c: char| c.is_ascii_alphabetic())
                    && (last.is_some_and(|c| c.is_ascii_alphabetic())
                        || last.is_some_and(|c| ",.;:!?".contains(c)) && before_last.is_some_and(|c| c.is_ascii_alphabetic()));
                if space {
                    text.push(' ');
                }
                text.push_str(&piece);
            }
            // images inside the running text (the page's figures) are residue too: report them
            let images = inline_images(&text);
            if !images.is_empty() {
                let mut kept_text = String::with_capacity(text.len());
                let mut at = 0;
                for r in images {
                    kept_text.push_str(&text[at..r.start]);
                    if !opts.keep_all {
                        out.removed.push(Removed { line: origin[i], text: text[r.clone()].to_string(), reason: "image placeholder" });
                    } else {
                        kept_text.push_str(&text[r.clone()]);
                    }
                    at = r.end;
                }
                kept_text.push_str(&text[at..]);
                text = kept_text;
            }
            for piece in split_joined_paragraphs(&text).iter().map(|p| restore_punctuation(p)) {
                match heading_style(&piece) {
                    Some(style) => {
                        structured = true;
                        push_line(&mut out, &format!("{} {}", "#".repeat(level_of(style) as usize + 1), escape(&piece)), origin[i]);
                    }
                    None => push_line(&mut out, &escape(&piece), origin[i]),
                }
                push_line(&mut out, "", origin[i]);
            }
            i = cur + 1;
        }
    }
    if meta.title.is_none() {
        out.warnings.push("no title recognised; add `title:` to the front matter".into());
    }
    if !structured && !markdownish {
        out.warnings.push("no section headings recognised; the text is imported as plain paragraphs".into());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn paragraphs_joined_by_html2text_are_split_again() {
        let line = "各省、自治区人民政府，国务院各部委： 根据有关规定，现通知如下： 一、核发范围 符合条件的车辆悬挂专用号牌。 二、号牌要素 号牌分为两种。 国务院办公厅            2018年12月4日";
        assert_eq!(
            split_joined_paragraphs(line),
            vec![
                "各省、自治区人民政府，国务院各部委：",
                "根据有关规定，现通知如下：",
                "一、核发范围",
                "符合条件的车辆悬挂专用号牌。",
                "二、号牌要素",
                "号牌分为两种。",
                "国务院办公厅",
                "2018年12月4日"
            ]
        );
        // English and ordinary lines stay whole
        assert_eq!(
            split_joined_paragraphs("This is fine. Another sentence here, long enough to count."),
            vec!["This is fine. Another sentence here, long enough to count."]
        );
        assert_eq!(split_joined_paragraphs("短行。 不拆"), vec!["短行。 不拆"]);
        // `附件：名称 国务院办公厅`: the issuer joined by one space
        assert_eq!(
            split_joined_paragraphs("附件：应急救援专用号牌式样和车辆涂装样图 国务院办公厅"),
            vec!["附件：应急救援专用号牌式样和车辆涂装样图", "国务院办公厅"]
        );
    }

    #[test]
    fn the_end_block_of_a_joined_line_goes_to_the_front_matter() {
        let page = "关于开展检查工作的通知\n\n各单位：\n\n根据工作安排，现将有关事项通知如下。请各单位认真落实，按时报送材料。这是第二句话，足够长以便识别为正文。\n\n附件：检查表 国务院办公厅            2018年12月4日           （此件公开发布）   \n附件   \n检查表   \n内容说明一二三四五六七八九十。\n";
        let im = import(page, &ImportOptions::default());
        for field in ["issuer: \"国务院办公厅\"", "date: \"2018-12-04\"", "note: \"此件公开发布\"", "attachments:\n  - \"检查表\""] {
            assert!(im.markdown.contains(field), "{field} in\n{}", im.markdown);
        }
        // every piece of line 7 is reported against line 7
        let from7: Vec<&str> = im.removed.iter().filter(|r| r.line == 7).map(|r| r.text.as_str()).collect();
        assert_eq!(from7, vec!["附件：检查表", "国务院办公厅", "2018年12月4日", "（此件公开发布）"]);
        assert!(im.markdown.contains("\n附件\n\n检查表\n\n内容说明"), "{}", im.markdown);
    }

    #[test]
    fn images_inside_running_text_are_found() {
        let t = "图如下 ![](a/b.jpg) 以及 [![x](c.png)](http://x.cn/p) 完。";
        let r = inline_images(t);
        assert_eq!(r.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), vec!["![](a/b.jpg)", "[![x](c.png)](http://x.cn/p)"]);
    }

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
    fn metadata_lines_and_tables() {
        let f = meta_line("| **索 引 号：** | 11510600MB1C23456X/2023-00012 | **主题分类：** | 城乡建设").unwrap();
        assert_eq!(f, vec![("index", "11510600MB1C23456X/2023-00012".to_string()), ("index", "城乡建设".to_string())]);
        let f = meta_line("点击量:次,发布于:2021/08/27").unwrap();
        assert!(is_meta_anchor(&f) && f.contains(&("date", "2021/08/27".to_string())));
        assert!(!is_meta_anchor(&meta_line("浏览次数:").unwrap()));
        assert_eq!(meta_line("来源：市政府办公室  发布时间：2023-05-12 09:30").unwrap()[0], ("source", "市政府办公室".to_string()));
        // a label inside a sentence, or a bare 日期 without a date, is text
        assert!(meta_line("会议时间：2023年6月16日").is_none());
        assert!(meta_line("日期：待定").is_none());
        assert!(meta_line("本次来源：调查").is_none());
    }

    #[test]
    fn residue_is_told_from_content() {
        let res = |l: &str| residue(l, &visible(l));
        assert_eq!(res("访问量：1632"), Some("counter"));
        assert_eq!(res("点击量:次,发布于:2023/04/18"), Some("counter"));
        assert_eq!(res("全年网站访问量达到120万人次。"), None);
        assert_eq!(res("无障碍浏览"), Some("navigation"));
        assert_eq!(res("欢迎浏览本市政务公开专栏，浏览量：以实际为准。"), None);
        assert_eq!(res("发文字号：岚府发〔2023〕5号"), None);
        assert_eq!(res("字号：[大] [中] [小]"), Some("page link"));
        assert_eq!(res("【"), Some("page link"));
        assert_eq!(res("&nbsp;"), Some("HTML entity"));
        assert_eq!(res("![](/uploads/a.jpg)"), Some("image placeholder"));
        assert_eq!(res("* [首页](/index.html)"), Some("navigation"));
        assert_eq!(res("[网站地图](/a/) | [联系我们](/b/)"), Some("navigation"));
        assert_eq!(res("[打印本页](javascript:window.print\\(\\))"), Some("page link"));
        assert_eq!(res("[附件.pdf](/a.pdf)"), None);
        assert_eq!(res("[关于印发《岚川市2023年重点工作任务》的通知](/a.html)"), None);
        assert_eq!(res("首页 | 新闻中心 | 领导讲话"), Some("navigation"));
        assert_eq!(res("Copyright © 2009-2023 京禾智造科技有限公司 版权所有  京ICP备17045821号-1  京公网安备 11010802031457号"), Some("site footer"));
        assert_eq!(res("图为会议现场(摄影:王晓雯)"), None);
        assert_eq!(visible("**第一条** 见[附件](/a.pdf)").text, "第一条 见附件");
    }

    #[test]
    fn markdown_link_targets_keep_their_ascii() {
        assert_eq!(restore_punctuation("见[附件](/a,b.pdf)下载,谢谢"), "见[附件](/a,b.pdf)下载，谢谢");
        assert_eq!(restore_punctuation("把\"三农\"工作做好"), "把“三农”工作做好");
        assert_eq!(restore_punctuation("“钱袋子”,关键"), "“钱袋子”，关键");
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
