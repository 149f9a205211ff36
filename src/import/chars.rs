//! Characters and lines: what a reader sees of a line, Chinese punctuation folded to ASCII
//! restored, and the small predicates the passes share (a sentence end, a date, a document
//! number, an organisation's name).

use super::page::Visible;
use super::rules::{CLAUSE_PREPOSITIONS, EVENT_VERBS, FIGURE_GOVERNORS, KIND_WORDS, MEDIA_ENDINGS, ORG_ENDINGS, REPORTER_TITLES, TITLE_VERBS};
use crate::parse::emphasis::is_cjk;

/// Whitespace, no-break and zero-width spaces and byte-order marks around a line.
pub fn trim_all(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'))
}

/// A Han character (not CJK punctuation).
pub fn han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c) || c >= '\u{20000}'
}

/// The `]` closing the `[` at `open`, and the `(` `)` right after it.
pub fn parse_link(chars: &[char], open: usize) -> Option<(usize, usize, usize)> {
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

pub fn visible(line: &str) -> Visible {
    if line.contains('&') {
        return visible_at(&decode_entities(line), 0);
    }
    visible_at(line, 0)
}

/// `&nbsp;`, `&amp;`, `&#12288;` left in a scrape: the characters they stand for.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 8);
        let c = end.and_then(|e| match &rest[1..e] {
            "nbsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            n => n.strip_prefix('#').and_then(|d| d.parse().ok()).and_then(char::from_u32),
        });
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn visible_at(line: &str, depth: usize) -> Visible {
    let mut v = Visible::default();
    let mut body = trim_all(line);
    for m in ["* ", "- ", "+ ", "•", "·"] {
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
    let markers = emphasis_markers(&chars);
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
        if markers.binary_search(&i).is_ok() {
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

/// Where `**bold**` (or `__bold__`) marks open and close: a pair of exactly two stars around
/// words. A page that masks what it may not show keeps its stars as text: a censored name
/// (`***节目组`), blanked digits (`〔**〕**号`, `0459-******`, `约**㎡，…约***.**㎡`,
/// `****年*月**日至****年*月**日`) or a lone pair (`关于**年…`).
fn emphasis_markers(chars: &[char]) -> Vec<usize> {
    // (a line that masks with a longer run anywhere keeps every star: `****年**月**日…第**號`)
    let masks = |m: char| chars.windows(3).any(|w| w.iter().all(|&c| c == m));
    let (stars, lines) = (masks('*'), masks('_'));
    let run = |i: usize| {
        let c = chars[i];
        let masked = if c == '*' { stars } else { lines };
        (c == '*' || c == '_') && !masked && chars.get(i + 1) == Some(&c) && (i == 0 || chars[i - 1] != c) && chars.get(i + 2) != Some(&c)
    };
    // (what stands beside masked digits: more of them, a digit, a dash or a decimal point)
    let masking = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '*' | '_' | '-' | '.'));
    let opens = |i: usize| !masking(i.checked_sub(1).map(|p| &chars[p])) && chars.get(i + 2).is_some_and(|c| !c.is_whitespace() && !matches!(c, '-' | '.'));
    // (bold words are more than one character — `**年**月` masks a year — and open with no
    // separating mark — `张**、李**` masks two names)
    let closes = |o: usize, i: usize| {
        let words = &chars[o + 2..i];
        !matches!(chars[i - 1], ' ' | '-' | '.')
            && !chars.get(i + 2).is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '*' | '_' | '-' | '.'))
            && chars[o] == chars[i]
            && words.len() >= 2
            && !matches!(words[0], '、' | '，' | '。' | '；' | '：' | ',' | ';' | ':' | '.')
            && words.iter().any(|c| c.is_alphanumeric())
            && !words.contains(&chars[i])
    };
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i + 1 < chars.len() {
        if !run(i) {
            i += 1;
            continue;
        }
        match open {
            Some(o) if closes(o, i) => {
                out.extend([o, i]);
                open = None;
            }
            _ => open = opens(i).then_some(i),
        }
        i += 2;
    }
    out
}

/// Chinese text around a mark: CJK characters and the punctuation Chinese shares with Western
/// text (curly quotes, dash, ellipsis, middle dot).
pub fn is_cjk_or_fw(c: char) -> bool {
    is_cjk(c) || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

/// `, ; : ( ) ? ! "` folded to ASCII between Chinese characters become full-width again;
/// ASCII stays in Latin contexts (URLs, numbers and times, phone numbers, English). A Big5
/// page's ellipsis (`⋯`, which no Chinese face draws) becomes the Chinese one (`…`), and its
/// colon (`︰`, the vertical form, U+FE30) the full-width colon it stands for.
pub fn restore_punctuation(s: &str) -> String {
    // (`⋯⋯`: the ellipsis as Big5 pages map it, U+22EF, read as the Chinese ellipsis it is;
    // `致各會員︰`: Big5's colon, U+FE30, set sideways in horizontal text)
    let big5 = |c: char| match c {
        '\u{22EF}' => '…',
        '\u{FE30}' => '：',
        c => c,
    };
    let chars: Vec<char> = s.chars().map(big5).collect();
    let protect = protected(&chars);
    let mut out: Vec<char> = chars.clone();
    restore_pairs(&chars, &protect, &mut out);
    restore_marks(&chars, &protect, &mut out);
    // a full-width mark does not keep the ASCII space that followed it
    let mut s: String = out.into_iter().collect();
    for m in ["， ", "； ", "： ", "？ ", "！ ", "（ "] {
        while s.contains(m) {
            s = s.replace(m, m.trim_end());
        }
    }
    s
}

/// The characters punctuation restoring must leave alone: URLs, Markdown link targets and
/// e-mail addresses.
fn protected(chars: &[char]) -> Vec<bool> {
    let n = chars.len();
    let mut protect = vec![false; n];
    let text: String = chars.iter().collect();
    for pat in ["http://", "https://", "www.", "ftp://"] {
        let mut from = 0;
        while let Some(p) = text[from..].find(pat) {
            let start_b = from + p;
            let mut i = text[..start_b].chars().count();
            while i < n && !chars[i].is_whitespace() && !is_cjk(chars[i]) {
                protect[i] = true;
                i += 1;
            }
            from = start_b + pat.len();
        }
    }
    for i in 0..n.saturating_sub(1) {
        if chars[i] == ']' && chars[i + 1] == '(' {
            protect_link_target(chars, i + 1, &mut protect);
        }
    }
    for (i, c) in chars.iter().enumerate() {
        if *c == '@' {
            let word = |c: char| c.is_ascii_alphanumeric() || ".-_".contains(c);
            let a = (0..i).rev().take_while(|&j| word(chars[j])).last().unwrap_or(i);
            let b = (i + 1..n).find(|&j| !word(chars[j])).unwrap_or(n);
            protect[a..b].iter_mut().for_each(|p| *p = true);
        }
    }
    protect
}

/// `(/path/a.pdf)` after `]`, nested parentheses and escapes included.
fn protect_link_target(chars: &[char], open: usize, protect: &mut [bool]) {
    let mut depth = 0;
    let mut k = open;
    while k < chars.len() {
        protect[k] = true;
        match chars[k] {
            '\\' => {
                if k + 1 < chars.len() {
                    protect[k + 1] = true;
                }
                k += 2;
                continue;
            }
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            _ => {}
        }
        k += 1;
    }
}

fn prev_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[..i].iter().rev().copied().find(|c| *c != ' ')
}

fn next_non_space(chars: &[char], i: usize) -> Option<char> {
    chars.get(i + 1..)?.iter().copied().find(|c| *c != ' ')
}

/// Parentheses around or beside Chinese, and quotes around it, in their full-width forms.
fn restore_pairs(chars: &[char], protect: &[bool], out: &mut [char]) {
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..chars.len() {
        if protect[i] {
            continue;
        }
        match chars[i] {
            '(' => stack.push(i),
            ')' => {
                if let Some(o) = stack.pop() {
                    let inside_cjk = chars[o + 1..i].iter().any(|c| is_cjk(*c));
                    let before = prev_non_space(chars, o);
                    let outside_cjk = before.is_some_and(is_cjk_or_fw) || next_non_space(chars, i).is_some_and(is_cjk_or_fw);
                    let latin_inside = chars[o + 1..i].iter().all(|c| c.is_ascii());
                    if inside_cjk || (outside_cjk && !(latin_inside && before.is_some_and(|c| c.is_ascii_alphanumeric()))) {
                        out[o] = '（';
                        out[i] = '）';
                    }
                }
            }
            _ => {}
        }
    }
    let quotes: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '"' && !protect[i]).collect();
    for pair in quotes.chunks(2) {
        if let [a, b] = pair
            && chars[*a + 1..*b].iter().any(|c| is_cjk(*c))
        {
            out[*a] = '“';
            out[*b] = '”';
        }
    }
}

/// Commas, semicolons, colons, question and exclamation marks next to Chinese.
fn restore_marks(chars: &[char], protect: &[bool], out: &mut [char]) {
    for i in 0..chars.len() {
        if protect[i] {
            continue;
        }
        let prev = prev_non_space(chars, i);
        let next = next_non_space(chars, i);
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
}

/// `label` at char `p` of `s`, spaces of any width allowed between its characters (`索 引 号：`)
/// and before the colon: the char position after the colon.
pub fn label_at(s: &[char], p: usize, label: &str) -> Option<usize> {
    let mut k = p;
    for (n, lc) in label.chars().enumerate() {
        if n > 0 {
            while k < s.len() && s[k].is_whitespace() {
                k += 1;
            }
        }
        if s.get(k).map(|c| fold_char(*c)) != Some(lc) {
            return None;
        }
        k += 1;
    }
    while k < s.len() && s[k].is_whitespace() {
        k += 1;
    }
    (s.get(k) == Some(&'：')).then_some(k + 1)
}

/// Ends like a sentence (or a clause that introduces what follows).
pub fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['。', '！', '？', '；', '：', '…', '”', '」', '!', '?', '.', ';', ':', '）', ')'])
}

/// Does a title line end a sentence? As [`ends_sentence`], except that a closing quote or
/// bracket ends one only after a sentence's own mark (`…通知。”`): a title may wrap right after
/// a quoted name (`关于开展“文明在行动，满意在医院”` / `主题演讲比赛活动的通知`).
pub fn title_ends_sentence(s: &str) -> bool {
    let t = s.trim_end();
    match t.strip_suffix(['”', '」', '）', ')']) {
        Some(inner) => inner.ends_with(['。', '！', '？', '!', '?', '…']),
        None => ends_sentence(t),
    }
}

/// `…根据初选结果进` over `行评审，…`: the break between two lines falls inside a Chinese word
/// (by the dictionary of `icu_segmenter`), so the upper line was wrapped at a fixed width, not
/// ended. Only Han characters on both sides count; a few of each side are read, enough for
/// the dictionary to see the word.
pub fn splits_a_word(above: &str, below: &str) -> bool {
    use icu_segmenter::WordSegmenter;
    use icu_segmenter::options::WordBreakInvariantOptions;
    let (above, below) = (above.trim_end(), below.trim_start());
    if !above.chars().next_back().is_some_and(han) || !below.chars().next().is_some_and(han) {
        return false;
    }
    let tail = last_chars(above, WORD_CONTEXT);
    let joined: String = tail.chars().chain(below.chars().take(WORD_CONTEXT)).collect();
    !WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()).segment_str(&joined).any(|b| b == tail.len())
}

/// The last `n` characters of `s` (all of it when shorter), without copying.
pub fn last_chars(s: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        Some(k) => s.char_indices().rev().nth(k).map_or(s, |(p, _)| &s[p..]),
        None => &s[s.len()..],
    }
}

/// How many characters on each side of a line break [`splits_a_word`] reads.
const WORD_CONTEXT: usize = 8;

/// A question mark that asks: not one a pinyin mirror left for a character it lost, between a
/// character and a letter of the pinyin after it (`…和管理？xiàng)l例》`).
pub fn asks(t: &str) -> bool {
    questions(t) > 0
}

/// How many question marks in `t` ask (see [`asks`]). A mirror's lost character also shows as
/// `？,F(xiàn)`: the mark, a comma and a stray letter before the next character's pinyin.
pub fn questions(t: &str) -> usize {
    let lost = |p: usize| {
        let before = t[..p].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = &t[p + '？'.len_utf8()..];
        // (the pinyin's letters run on to its closing bracket: `？xiàng)l例`)
        let letters = after.chars().take_while(|c| c.is_lowercase()).count();
        let closed = after.chars().nth(letters).is_some_and(|c| matches!(c, ')' | '）'));
        let stray = after.strip_prefix([',', '，']).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
        before && ((1..=6).contains(&letters) && closed || stray)
    };
    t.match_indices('？').filter(|(p, _)| !lost(*p)).count()
}

/// Ends a paragraph for sure when the next line follows without a blank line.
pub fn strong_end(s: &str) -> bool {
    let mut cs = s.trim_end().chars().rev();
    match cs.next() {
        Some('。' | '！' | '？' | '!' | '?' | '…' | '：' | ':') => true,
        Some('”' | '’' | '」' | '』' | '）' | ')' | '"') => cs.next().is_some_and(|c| "。！？!?…".contains(c)),
        _ => false,
    }
}

/// `引言8月7日,中國航材能源與海爾中央空調簽署戰略合作協......`: a site's teaser for a story, a
/// clause cut off with dots — never a title.
pub fn teaser(t: &str) -> bool {
    let t = t.trim_end();
    let dots = t.ends_with("...") || t.ends_with("……") || t.ends_with("。。。");
    dots && t.contains(['，', ','])
}

/// Running text: a sentence, or a line too long for anything else.
pub fn is_prose(t: &str) -> bool {
    t.contains(['。', '！'])
        || asks(t)
        || t.chars().count() >= super::rules::PROSE_CHARS
        || t.char_indices().any(|(p, c)| (c == '!' || c == '?') && t[..p].chars().next_back().is_some_and(han))
}

/// `各位家长`, `尊敬的客户`, `广大居民朋友们`, `龙亭村村民`: words that greet whom a letter or
/// notice is for, opening as salutations open or ending in whom they address (folded forms).
pub fn greets(name: &str) -> bool {
    use super::rules::{HEARERS, SALUTATION_STARTS};
    let name = name.trim();
    // (read without brackets: `全体村、(居)民` greets 居民)
    let unbracketed: String = name.chars().filter(|c| !matches!(c, '(' | ')' | '（' | '）')).collect();
    SALUTATION_STARTS.iter().any(|w| name.starts_with(w)) || HEARERS.iter().any(|w| unbracketed.trim_end_matches('们').ends_with(w))
}

/// `根据…，现将会议相关事项通知如下：`: a sentence of the document's own that hands over to its
/// items — text, however short, and no addressee for all its colon.
pub fn hands_over(t: &str) -> bool {
    let t = t.trim();
    t.trim_end_matches(['：', ':']).ends_with("如下") && t.len() > t.trim_end_matches(['：', ':']).len() && t.contains(['，', ','])
}

/// The brackets a document number's year is found in: GB/T 9704's 〔〕 and what pages and
/// typists put for it (`宁政发<2009>7号`).
const YEAR_BRACKETS: [(char, char); 11] =
    [('〔', '〕'), ('„', '‟'), ('[', ']'), ('【', '】'), ('﹝', '﹞'), ('［', '］'), ('（', '）'), ('(', ')'), ('<', '>'), ('〈', '〉'), ('＜', '＞')];

/// A document number: `国办发〔2018〕114号`, `岚府发[2023]5号`, `闽政文〔2017〕321号`.
pub fn is_doc_number(t: &str) -> bool {
    let t = plain(t.trim());
    // `（阿署办发〔2007〕22号）`: a number some pages set in brackets under the title
    let t = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).unwrap_or(&t);
    broken_doc_number(t)
        || session_number(t)
        || number_without_hao(t)
        || republic_number(t)
        || t.chars().count() <= 30
            // (`（修订）》的通知 安政办发〔2018〕20号`: a title's end before a number is no number)
            && !t.contains(['《', '》', '，', '。'])
            && YEAR_BRACKETS.iter().any(|&(open, close)| t.contains(open) && t.contains(close))
            && t.ends_with('号')
            && t.chars().filter(|c| c.is_ascii_digit()).count() >= 4
}

/// `艺术节〔2013〕4号` → `艺术节`: the code a document number opens with, before its year's
/// bracket.
pub fn number_code(t: &str) -> Option<&str> {
    let t = t.trim();
    YEAR_BRACKETS.iter().find_map(|&(open, close)| t.split_once(open).filter(|(_, rest)| rest.contains(close)).map(|(code, _)| code.trim()))
}

/// `您好` alone on its line, perhaps with its mark: a letter's greeting.
pub fn greeting_alone(t: &str) -> bool {
    super::rules::GREETINGS.contains(&t.trim().trim_end_matches(['！', '!', '：', ':', '，', ',']))
}

/// `中国塑管(2013)第008`, `国办发〔2019〕12`: a document number without its 号 (left out, or
/// lost at the end of the scraped line): an organ's short name, the year in brackets, the serial.
fn number_without_hao(t: &str) -> bool {
    YEAR_BRACKETS.iter().any(|&(open, close)| {
        let Some((organ, rest)) = t.split_once(open) else { return false };
        let Some((year, serial)) = rest.split_once(close) else { return false };
        let serial = serial.strip_prefix('第').unwrap_or(serial);
        (2..=10).contains(&organ.chars().count())
            && organ.chars().all(han)
            && year.len() == 4
            && (year.starts_with("19") || year.starts_with("20"))
            && year.chars().all(|c| c.is_ascii_digit())
            && (1..=4).contains(&serial.len())
            && serial.chars().all(|c| c.is_ascii_digit())
    })
}

/// `鹿鄉農字第1110005370號`, `農防字第1061473266C號`: a Taiwan office's number — its short
/// name and class before 字第, the serial (ten digits or so, a letter perhaps) before 號.
fn republic_number(t: &str) -> bool {
    let Some((organ, rest)) = t.split_once("字第") else { return false };
    let Some(serial) = rest.strip_suffix('号').or_else(|| rest.strip_suffix('號')) else { return false };
    let serial = serial.trim();
    (1..=10).contains(&organ.chars().count())
        && organ.chars().all(|c| han(c) || c.is_ascii_digit())
        && serial.chars().filter(|c| c.is_ascii_digit()).count() >= 6
        && serial.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `〔十三届〕第二十三号`: a standing committee's announcement numbered within its session, in
/// Chinese numerals.
fn session_number(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('〔') else { return false };
    let Some((session, number)) = rest.split_once('〕') else { return false };
    let Some(n) = number.strip_prefix('第').and_then(|n| n.strip_suffix('号')) else { return false };
    let numeral = |s: &str| !s.is_empty() && s.chars().all(|c| "〇零一二三四五六七八九十百千".contains(c) || c.is_ascii_digit());
    session.strip_suffix('届').is_some_and(numeral) && numeral(n)
}

/// `广安区府办发〔202026`: a document number whose closing bracket and 号 a scrape lost (an
/// organ's short name, the bracket, the year and the number run together).
fn broken_doc_number(t: &str) -> bool {
    let Some((organ, digits)) = t.split_once(['〔', '[', '［', '【']) else { return false };
    let organ_ok = (2..=10).contains(&organ.chars().count()) && organ.chars().all(han);
    organ_ok && (5..=8).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) && (digits.starts_with("19") || digits.starts_with("20"))
}

/// `华交建议复〔2017〕4号B类`: a reply to a deputy's suggestion, numbered and then classed (A, B
/// or C类). The number.
pub fn classed_number(t: &str) -> Option<&str> {
    let n = t.trim().strip_suffix('类')?.strip_suffix(['A', 'B', 'C', 'Ａ', 'Ｂ', 'Ｃ'])?.trim_end();
    is_doc_number(n).then_some(n)
}

/// `中裝協〔2011〕72號簽發人:劉曉一`: a document's number with the 签发人 field after it, glued
/// or spaced. The number and the signer's name.
pub fn number_with_signer(t: &str) -> Option<(&str, &str)> {
    let t = t.trim();
    let at = SIGNER_FIELD_LABELS.iter().find_map(|l| t.find(l))?;
    let number = t[..at].trim_end();
    let name = signer_field(&t[at..])?;
    is_doc_number(number).then_some((number, name))
}

/// `签发人：刘晓一`: the 签发人 field alone. The signer's name.
pub fn signer_field(t: &str) -> Option<&str> {
    let t = t.trim();
    let name = SIGNER_FIELD_LABELS.iter().find_map(|l| t.strip_prefix(l))?.trim_start_matches([':', '：', ' ', '\u{3000}']).trim();
    let name_ok = (2..=MAX_SIGNER_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(|c| han(c) || c == '·' || c.is_whitespace());
    name_ok.then_some(name)
}

/// The label of the 签发人 field in the head of a document sent up.
const SIGNER_FIELD_LABELS: &[&str] = &["签发人", "簽發人"];
/// A 签发人 field names one or two people.
const MAX_SIGNER_NAME_CHARS: usize = 12;

/// A digit of a count or an ordinal: `3`, `三`, `十` (`第三篇`, `20期`, `会议纪要三篇`).
pub fn count_digit(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
}

/// A clause number of a plan or a standard opening the line: `2.3 县粮食应急工作指挥部…`,
/// `1.1.2　编制依据` (dotted, then a space or a Han character), `3 预警监测`.
pub fn opens_with_clause_number(t: &str) -> bool {
    let mut parts = 0;
    let mut rest = t;
    loop {
        let d = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 3 {
            return false;
        }
        parts += 1;
        rest = &rest[d..];
        match rest.strip_prefix('.') {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => rest = r,
            _ => break,
        }
    }
    let text = rest.trim_start_matches([' ', '\u{3000}']);
    let spaced = text.len() < rest.len();
    // unspaced (`2.5个百分点。` is a quantity) or a chapter's number alone (`3 预警监测`), only
    // on a short line of no sentence
    let short = t.chars().count() <= 24 && !t.contains(['，', '。', '；', ',']);
    text.starts_with(han) && (parts >= 2 && (spaced || short) || spaced && short)
}

/// An image caption or credit: `图为会议现场（摄影：王晓雯）`, `图源：…官网截图`.
pub fn is_caption(t: &str) -> bool {
    t.chars().count() <= 60
        && !t.contains('。')
        && (["图为", "图：", "图:", "（图", "(图", "图片来源", "图源"].iter().any(|p| t.starts_with(p))
            || ["摄影", "供图", "摄）", "摄)"].iter().any(|w| t.contains(w))
            || t.trim_end().ends_with("截图"))
}

/// `第12期`, `20期`, `（总第35期）`, `第12期（总第35期）`.
pub fn is_issue(t: &str) -> bool {
    let t = t.trim();
    // (`江西省今年第9期“民声通道”办理情况通报` names an issue; it is none)
    let ends = t.trim_end_matches(['）', ')']).ends_with('期');
    ends && t.chars().count() <= 20 && t.chars().any(count_digit) && !t.contains(['，', '。'])
}

/// A forum's anti-copy jammer (`& g/ ^: T/ n2 _+ ~- I9 N4 @" R`, `; h% w2 ?( L3 Z% B g`): five or
/// more ASCII pieces of one to three characters, most of them noise — a symbol in them, or a
/// letter and a digit together — and at least two with a symbol.
pub fn is_jammer(t: &str) -> bool {
    // (`? ? ? ? ?2. …`: an indent an encoding lost to question marks is no jammer's)
    let pieces: Vec<&str> = t.split_whitespace().filter(|p| !p.chars().all(|c| c == '?')).collect();
    let symbolic = |p: &&&str| p.chars().any(|c| c.is_ascii_punctuation());
    let mixed = |p: &&&str| letters_and_digits(p);
    let noise = pieces.iter().filter(|p| symbolic(p) || mixed(p)).count();
    let symbols = pieces.iter().filter(symbolic).count();
    pieces.len() >= 5 && pieces.iter().all(|p| p.is_ascii() && p.len() <= 3) && noise * 2 > pieces.len() && symbols >= 2
}

/// `d8`, `K3`: a piece of Latin letters and digits mixed, as a jammer's are.
pub fn letters_and_digits(p: &str) -> bool {
    p.chars().any(|c| c.is_ascii_alphabetic()) && p.chars().any(|c| c.is_ascii_digit())
}

/// A serial number of its own: `第4号`, `（第7号）`, `(第4号)`, with its year: `2010年第3号`,
/// and after its year the issuing office's short name and the kind: `2023年 客堂第4號公告`.
pub fn is_serial_number(t: &str) -> bool {
    let t = plain(t);
    let t = t.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let year = t.split_once('年').filter(|(y, _)| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())).map(|(_, rest)| rest.trim_start());
    // (`客堂第4号公告`: only after a year — `某县人民政府第4号公告` alone is a title)
    let office = |r: &str| r.find('第').filter(|&at| (1..=SERIAL_OFFICE_CHARS).contains(&r[..at].chars().count()) && r[..at].chars().all(han));
    let t = match year.and_then(|r| office(r).map(|at| &r[at..])) {
        Some(n) => ["公告", "通告"].iter().find_map(|k| n.strip_suffix(k)).unwrap_or(n),
        None => year.unwrap_or(t),
    };
    t.starts_with('第') && t.ends_with('号') && t.chars().count() <= 10 && t.chars().any(count_digit)
}

/// An office named between a serial number's year and 第 is at most this long (`客堂`).
const SERIAL_OFFICE_CHARS: usize = 4;

/// A line that is a date and nothing else (`2021年8月27日`, `二〇〇四年一月十六日`, `2023-05-12`),
/// perhaps with the time it was published (`2021年8月13日 13:46`).
pub fn is_date_line(t: &str) -> bool {
    // (`二零一六年九月二日。`: a date may end with a full stop; `?2009年3月4日`, `2024年6月26日??`:
    // layout spaces an encoder lost may stand around it)
    // (`2013年12月24日……`: a preview's cut mark after the last line it shows)
    let t =
        without_weekday(without_time(t.trim().trim_matches(['{', '}', '[', ']', '【', '】']).trim_matches(['?', '？']).trim())).trim_end_matches(['…', '。']);
    // (`2024年1月22日”`: the end of a letter quoted whole)
    let t = t.strip_suffix(['”', '」']).filter(|d| d.contains('年') && !d.contains(['“', '「'])).unwrap_or(t);
    t.chars().count() <= 20 && (crate::style::dates::parse_date(t).is_some() || republic_date_line(t) || year_last_date(t) || english_date(t).is_some())
}

/// `Dec 24, 2024`, `December 24, 2024`, `24 Dec 2024`: a date in English words and nothing
/// else (a bilingual site's posting date), as `YYYY-MM-DD`.
fn english_date(t: &str) -> Option<String> {
    // (asked of every line `find_date` reads: a long line, or one not opening with a day or a
    // month, is none, and is not split)
    if t.len() > ENGLISH_DATE_BYTES || !t.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let words: Vec<&str> = t.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let month = |w: &str| {
        ENGLISH_MONTHS
            .iter()
            .position(|m| w.len() >= 3 && m.len() >= w.trim_end_matches('.').len() && m.starts_with(w.trim_end_matches('.')))
            .map(|k| k as u32 + 1)
    };
    let number = |w: &str| w.parse::<u32>().ok().filter(|_| w.chars().all(|c| c.is_ascii_digit()));
    let (m, d, y) = match words.as_slice() {
        [m, d, y] if month(m).is_some() => (month(m)?, number(d)?, number(y)?),
        [d, m, y] if month(m).is_some() => (month(m)?, number(d)?, number(y)?),
        _ => return None,
    };
    crate::style::dates::iso_date(&format!("{y}年{m}月{d}日")).filter(|_| y >= 1000)
}

/// A date in English words is at most this long (`September 30, 2024`).
const ENGLISH_DATE_BYTES: usize = 24;

/// The months in English, January first.
const ENGLISH_MONTHS: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// `05/09/2024`: a date with its year last, as Hong Kong prints it — a date alone on its line,
/// though which of the two numbers is the day the line does not say (so no date is read from it).
fn year_last_date(t: &str) -> bool {
    let parts: Vec<&str> = t.split('/').collect();
    let small =
        |p: &str, max: u32| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
    matches!(parts.as_slice(), [a, b, y] if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && small(a, 31) && small(b, 31) && (small(a, 12) || small(b, 12)))
}

/// `22/8/2023` → `2023-08-22`: a date with its year last whose day is the one number over 12
/// (Hong Kong's day first, `22/8/2023`, or a month first, `8/22/2023`); None when either
/// number could be the month.
fn year_last_iso(t: &str) -> Option<String> {
    if !year_last_date(t) {
        return None;
    }
    let n: Vec<u32> = t.split('/').filter_map(|p| p.parse().ok()).collect();
    let (d, m) = match (n[0] > 12, n[1] > 12) {
        (true, false) => (n[0], n[1]),
        (false, true) => (n[1], n[0]),
        _ => return None,
    };
    crate::style::dates::iso_date(&format!("{}年{m}月{d}日", n[2]))
}

/// `中華民國111年 4月26日`: a date in the years of the Republic, named as such, and nothing else.
fn republic_date_line(t: &str) -> bool {
    let Some(rest) = ["中華民國", "中华民国", "民國", "民国"].iter().find_map(|p| t.strip_prefix(p)) else { return false };
    let year = rest.trim_start().chars().take_while(|c| c.is_ascii_digit()).count();
    rest.ends_with('日')
        && (1..=3).contains(&year)
        && rest.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日".contains(c))
        && republic_date(t).is_some()
}

/// `…名单.docx` without its file type (`FILE_ENDINGS`, any case); None for a name without one.
pub fn file_stem(name: &str) -> Option<&str> {
    let name = without_file_size(name);
    super::rules::FILE_ENDINGS
        .iter()
        .find_map(|e| name.len().checked_sub(e.len()).filter(|&at| name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(e)).map(|at| &name[..at]))
}

/// `获奖名单.pdf(114.44K)` → `获奖名单.pdf`: a download link's name without the file's size the
/// page shows after it.
fn without_file_size(name: &str) -> &str {
    let t = name.trim_end();
    // (the size is read in the name's last few characters only: a long line is read once)
    let tail_start = t.len() - last_chars(t, FILE_SIZE_CHARS + 1).len();
    let Some(open) = t.strip_suffix([')', '）']).and_then(|r| r[tail_start.min(r.len())..].rfind(['(', '（']).map(|o| o + tail_start.min(r.len()))) else {
        return name;
    };
    let inner = t[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']).trim();
    let unit = inner.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim_start();
    let size = inner.starts_with(|c: char| c.is_ascii_digit()) && ["K", "KB", "M", "MB", "G", "GB", "B", "字节"].iter().any(|u| unit.eq_ignore_ascii_case(u));
    if size { t[..open].trim_end() } else { name }
}

/// A file's size in brackets is at most this many characters (`(114.44K)`, `（1.2 MB）`).
const FILE_SIZE_CHARS: usize = 16;

/// A date without the day of the week after it (`2010年11月13日（星期六）`, `…日 周一`).
fn without_weekday(t: &str) -> &str {
    // (an e-paper's weekday cut after its label: `2015年6月26日 星期`)
    let t = t.strip_suffix("星期").map_or(t, str::trim_end);
    let bare = t.trim_end_matches(['）', ')']);
    let day = bare.strip_suffix(|c: char| "一二三四五六日天".contains(c));
    let rest = day.and_then(|d| ["星期", "礼拜", "禮拜", "周", "週"].iter().find_map(|w| d.strip_suffix(w)));
    match rest {
        Some(r) => r.trim_end().trim_end_matches(['（', '(']).trim_end(),
        None => t,
    }
}

/// `香港時間17時30分`, `17:30`, `下午5时30分`: a clock time alone on its line (a release's
/// time of issue under its date).
pub fn is_clock_line(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let t = ["时间", "時間"].iter().find_map(|w| t.split_once(w).filter(|(place, _)| place.chars().count() <= 4).map(|(_, r)| r)).unwrap_or(&t);
    let t = ["上午", "下午", "晚上", "中午"].iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t);
    let t = t.strip_suffix('分').unwrap_or(t);
    let parts: Vec<&str> = t.split([':', '：', '时', '時']).collect();
    parts.len() == 2 && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// `08:06`, `08:06:52`: a clock time in digits.
pub fn is_clock(t: &str) -> bool {
    t.split(':').count() >= 2 && t.split(':').all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// A date without the clock time after it.
fn without_time(t: &str) -> &str {
    match t.rsplit_once([' ', '\u{3000}']) {
        Some((d, time)) if is_clock(time) => d.trim(),
        _ => t,
    }
}

/// `10月14日`, `2021年2月`, `20xx年11月30日`, `二〇XX年XX月XX日`, `二七年八月十五日`: a
/// sign-off date that is not a whole date — its year or its day left out, digits left as
/// placeholders (a template published as it was), or a year whose 〇 a scrape lost. Returned
/// as written (without spaces): folio prints such a date as it stands and says so.
pub fn partial_date(t: &str) -> Option<String> {
    // (every line of a text is asked: a long one is none, without copying it)
    if t.chars().filter(|c| !c.is_whitespace()).nth(14).is_some() {
        return None;
    }
    let s: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if is_date_line(&s) {
        return None;
    }
    let mut pieces: Vec<(String, char)> = Vec::new();
    let mut piece = String::new();
    for (k, c) in s.chars().enumerate() {
        if k == 0 && c == '年' {
            // (`年8月19日`: the page lost the year's digits; the month and day remain)
            continue;
        }
        if matches!(c, '年' | '月' | '日' | '号') && !piece.is_empty() {
            pieces.push((std::mem::take(&mut piece), c));
        } else if date_digit(c) || placeholder_digit(c) {
            piece.push(c);
        } else {
            return None;
        }
    }
    let units: String = pieces.iter().map(|(_, u)| if *u == '号' { '日' } else { *u }).collect();
    let len = |i: usize| pieces[i].0.chars().count();
    let held = |i: usize| pieces[i].0.chars().any(placeholder_digit);
    let fits = |i: usize, most: u32| held(i) || parse_count(&pieces[i].0).is_some_and(|n| (1..=most).contains(&n));
    let whole = piece.is_empty();
    let ok = whole
        && match units.as_str() {
            // a year with placeholders, or with digits lost (2 or 3 of its 4)
            "年月日" => (held(0) && len(0) == 4 || (2..=3).contains(&len(0)) && !held(0)) && fits(1, 12) && fits(2, 31),
            "月日" => fits(0, 12) && fits(1, 31),
            "年月" => len(0) == 4 && (held(0) || year_value(&pieces[0].0).is_some_and(|y| (1949..=2100).contains(&y))) && fits(1, 12),
            _ => false,
        };
    ok.then_some(s)
}

/// `0724-2358662 石化体育场馆`, `info@jmcgzx.com`: a line that gives a phone number (a landline
/// with its area code, a mobile) or an e-mail address — a contact's, never a title's words.
pub fn gives_phone_or_email(t: &str) -> bool {
    let email = t
        .split(|c: char| !(c.is_ascii_alphanumeric() || "@._-".contains(c)))
        .any(|w| w.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')));
    let phone = t.split(|c: char| !(c.is_ascii_digit() || c == '-')).any(|run| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let landline = run.starts_with('0') && (10..=12).contains(&digits) && run.matches('-').count() <= 1;
        let mobile = digits == 11 && run.len() == 11 && run.starts_with('1') && !run.starts_with("10") && !run.starts_with("11") && !run.starts_with("12");
        landline || mobile
    });
    email || phone
}

/// `二〇一二年三月二十二`, `2012年3月22`: a date on a line of its own that lost its 日, with it
/// given back.
pub fn with_lost_day(t: &str) -> Option<String> {
    let t = t.trim();
    let day = t.rsplit_once('月').map(|(_, d)| d)?;
    let full = format!("{t}日");
    (t.contains('年') && !day.is_empty() && day.chars().all(date_digit) && is_date_line(&full)).then_some(full)
}

/// A digit of a date in Arabic or Chinese numerals.
fn date_digit(c: char) -> bool {
    c.is_ascii_digit() || "〇○零一二三四五六七八九十".contains(c)
}

/// A digit left to be filled in: `20xx年`, `XX月`.
fn placeholder_digit(c: char) -> bool {
    matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ' | '×')
}

/// `2021`, `二〇二一`: a year written digit by digit.
fn year_value(p: &str) -> Option<u32> {
    let cn = |c: char| "〇○零一二三四五六七八九".chars().position(|x| x == c).map(|d| [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9][d]);
    p.chars().try_fold(0u32, |acc, c| Some(acc * 10 + c.to_digit(10).or_else(|| cn(c))?))
}

/// `14`, `十四`, `二十三`: a month's or a day's number.
fn parse_count(p: &str) -> Option<u32> {
    if p.chars().all(|c| c.is_ascii_digit()) {
        return p.parse().ok();
    }
    let digit = |c: char| "零一二三四五六七八九".chars().position(|x| x == c).map(|d| d as u32);
    match p.split_once('十') {
        Some((a, b)) => {
            let tens = if a.is_empty() { 1 } else { digit(a.chars().next()?).filter(|_| a.chars().count() == 1)? };
            let ones = if b.is_empty() { 0 } else { digit(b.chars().next()?).filter(|_| b.chars().count() == 1)? };
            Some(tens * 10 + ones)
        }
        None if p.chars().count() == 1 => digit(p.chars().next()?),
        None => None,
    }
}

/// `2017919`, `2023829`, `2017817日`, `20213月18`: a date whose 年月日 (some or all) a scrape
/// lost, read only when one split is a date.
pub fn compact_date(t: &str) -> Option<String> {
    // (`2017817日`: the 日 kept, 年 and 月 lost)
    let t = t.trim();
    let t = t.strip_suffix('日').unwrap_or(t);
    // (`20213月18`: the 月 kept, 年 and 日 lost)
    if let Some((ym, d)) = t.split_once('月') {
        let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
        let month = ym.get(4..).filter(|m| (1..=2).contains(&m.len()) && digits(ym));
        return month
            .filter(|_| (1..=2).contains(&d.len()) && digits(d))
            .and_then(|m| crate::style::dates::iso_date(&format!("{}-{m}-{d}", &ym[..4])))
            .filter(|iso| (1949..=2100).contains(&iso[..4].parse::<u32>().unwrap_or(0)));
    }
    let found = compact_readings(t);
    (found.len() == 1).then(|| found[0].clone())
}

/// `2020124` → 2020-01-24 and 2020-12-04: every date six to eight digits can be read as (a
/// year since 1949, then a month and a day of one or two digits each).
pub fn compact_readings(t: &str) -> Vec<String> {
    if !(6..=8).contains(&t.len()) || !t.chars().all(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    let (y, md) = t.split_at(4);
    if !y.parse::<u32>().is_ok_and(|year| (1949..=2100).contains(&year)) {
        return Vec::new();
    }
    (1..=2).filter(|&k| k < md.len() && md.len() - k <= 2).filter_map(|k| crate::style::dates::iso_date(&format!("{y}-{}-{}", &md[..k], &md[k..]))).collect()
}

/// A date somewhere in a line (`发布时间：2023-05-12 09:30`, `2022年8月19日 来源：…`), as
/// `YYYY-MM-DD`.
pub fn find_date(t: &str) -> Option<String> {
    if let Some(d) = republic_date(t).or_else(|| english_date(t.trim())).or_else(|| year_last_iso(t.trim())) {
        return Some(d);
    }
    let chars: Vec<char> = t.chars().collect();
    for start in 0..chars.len() {
        let c = chars[start];
        let cn = "〇○零一二".contains(c);
        if !(c.is_ascii_digit() || cn) || start > 0 && (chars[start - 1].is_ascii_digit() || cn && "〇○零一二三四五六七八九".contains(chars[start - 1]))
        {
            continue;
        }
        for len in (8..=16).rev() {
            if start + len > chars.len() {
                continue;
            }
            let cand: String = chars[start..start + len].iter().collect();
            if let Some(d) = crate::style::dates::iso_date(&cand) {
                return Some(d);
            }
        }
    }
    None
}

/// `中華民國106年12月05日`, `民國111年 4月26日`: a date in the years of the Republic (Taiwan's
/// calendar; year 1 is 1912), named as such, as `YYYY-MM-DD`.
fn republic_date(t: &str) -> Option<String> {
    let at = t.find("民國").or_else(|| t.find("民国"))?;
    let rest = t[at + "民國".len()..].trim_start();
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    let year: u32 = rest[..digits].parse().ok().filter(|y| (1..=200).contains(y))?;
    let md = rest[digits..].strip_prefix('年')?;
    let md: String = md.chars().filter(|c| !c.is_whitespace()).take_while(|&c| c != '日').chain(['日']).collect();
    crate::style::dates::iso_date(&format!("{}年{md}", year + 1911))
}

/// `📣 西方堂工程已經圓滿`: the text without the emoji a page decorates it with, and the emoji
/// taken out (pictographs of the supplementary planes, with the presentation selectors after
/// them and what a joiner binds to them: `🙋‍♀️`). A line of emoji only is left with no text,
/// which the chrome pass removes.
pub fn without_emoji(t: &str) -> (String, String) {
    // (most lines hold none: no copy of them)
    if !t.chars().any(|c| ('\u{1F000}'..='\u{1FAFF}').contains(&c) || c == '\u{fe0f}') {
        return (t.to_string(), String::new());
    }
    let chars: Vec<char> = t.chars().collect();
    // (a symbol of the basic plane asked to show as an emoji: `⚠️`, the selector after it)
    let symbol = |c: char| ('\u{2190}'..='\u{2BFF}').contains(&c);
    let supplementary = chars.iter().any(|c| ('\u{1F000}'..='\u{1FAFF}').contains(c));
    // (on a line a page decorates with emoji, the pictographs of the basic plane it strews among
    // them too, `“四個意識”✊✡︎`, but for the symbols a Chinese text sets, `★`, `♀`)
    let strewn = |c: char| supplementary && ('\u{2600}'..='\u{27BF}').contains(&c) && !TEXT_SYMBOLS.contains(c);
    let pictograph =
        |k: usize| ('\u{1F000}'..='\u{1FAFF}').contains(&chars[k]) || symbol(chars[k]) && chars.get(k + 1) == Some(&'\u{fe0f}') || strewn(chars[k]);
    if !(0..chars.len()).any(pictograph) {
        return (t.to_string(), String::new());
    }
    let (mut kept, mut emoji) = (String::with_capacity(t.len()), String::new());
    let (mut after_pictograph, mut joined) = (false, false);
    for (k, &c) in chars.iter().enumerate() {
        let binds = matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{fe0e}') && after_pictograph;
        if pictograph(k) || binds || joined {
            emoji.push(c);
            joined = c == '\u{200d}';
            after_pictograph = true;
        } else {
            kept.push(c);
            after_pictograph = false;
        }
    }
    (kept, emoji)
}

/// The symbols of the Miscellaneous Symbols and Dingbats blocks that Chinese type carries (the
/// embedded faces draw these): a text's own, never a page's decoration.
const TEXT_SYMBOLS: &str = "★☆☉☺☻☼☿♀♁♂♃♄♅♆♇♠♣♥♦♩♪♫♬♯";

/// Words of a sentence that no organisation's name holds.
const SENTENCE_WORDS: &[&str] = &["以上", "如有", "如果"];

/// The name of an organisation: short, no sentence, ends like one (局, 委员会, 公司…).
pub fn looks_like_org(t: &str) -> bool {
    let t = unspaced(t.trim());
    let t = plain(&t);
    let t = t.as_ref();
    let n = t.chars().count();
    (3..=40).contains(&n)
        && !ends_sentence(t)
        && !t.contains(['，', ',', '：', ':'])
        && !t.contains("关于")
        // (`對政協魏縣第十屆委員會` / `…提案的答復`: a reply's title opens with what it replies to)
        && !(t.starts_with(['对', '對']) && !t.starts_with("对外") && !t.starts_with("對外"))
        // (`以上会员如有争议可上报市、自治区信鸽协会`: a sentence that names one, its stop lost)
        && !SENTENCE_WORDS.iter().any(|w| t.contains(w))
        && !TITLE_VERBS.iter().any(|v| t.starts_with(v))
        && !EVENT_VERBS.iter().any(|v| t.contains(v))
        && ORG_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// `特此公告。`, `此告`: a text's closing formula and nothing else (read in simplified forms).
pub fn closing_formula(t: &str) -> bool {
    super::rules::CLOSING_FORMULAS.contains(&fold(t.trim().trim_end_matches(['。', '！', '!'])).as_ref())
}

/// Ends with the kind of an official document (通知, 决定, 批复…), perhaps followed by a
/// qualifier in brackets (`（草案）`, `（试行）`).
pub fn ends_like_title(t: &str) -> bool {
    let t = squash(&plain(t));
    // (a note in brackets after it, `…（试行）`, `…公告【50名】`)
    let t = match t.strip_suffix(['）', ')', '】']).and_then(|r| r.rfind(['（', '(', '【']).map(|p| &r[..p])) {
        Some(head) if t.chars().count() - head.chars().count() <= TITLE_NOTE_CHARS => head.to_string(),
        _ => t,
    };
    // `…的决议草案`, `…条例草案`: a draft keeps the kind of the document it drafts
    let t = t.strip_suffix("草案").unwrap_or(&t);
    // a notice that issues or forwards a document names it (`关于印发…公示办法`): its title ends
    // with the notice (or 通报, 决定…), not with the kind of the document it issues
    if ISSUING_WORDS.iter().any(|w| t.contains(w)) && !ISSUING_KINDS.iter().any(|k| t.ends_with(k)) {
        return false;
    }
    // (`有關暫停現場崇拜的安排`: arrangements, a kind only in a title's 关于…的 frame — `放假安排`
    // alone may be a notice's heading)
    let arranged = t.ends_with("的安排") && ["关于", "有关"].iter().any(|w| fold(&t).contains(w));
    // (`村务公开事项参考目录`: a register an office publishes, named by its matter — `目 录` alone
    // heads a table of contents)
    // (a portal's column, `部门信息公开目录`, is none)
    let register = t.strip_suffix("目录").is_some_and(|m| m.chars().count() >= MIN_REGISTER_MATTER_CHARS && m.chars().all(han) && !m.ends_with("公开"));
    KIND_WORDS.iter().any(|k| t.ends_with(k)) || arranged || register
}

/// A note in brackets after a title's kind is at most this long, brackets included (`（大院子、二連、和平、后寨坪）`).
const TITLE_NOTE_CHARS: usize = 16;

/// A register's name says at least this much of its matter before `目录`.
const MIN_REGISTER_MATTER_CHARS: usize = 4;

/// What a notice that issues, forwards or approves another document says before naming it.
const ISSUING_WORDS: [&str; 3] = ["关于印发", "关于转发", "关于批转"];

/// The kinds of document that issue another one.
const ISSUING_KINDS: [&str; 6] = ["通知", "通报", "决定", "函", "通告", "公告"];

/// Traditional characters that the rule tables spell in simplified form, each with its
/// simplified character, sorted by the traditional one: `號`, `關於`, `會議通過`, `辦公室`,
/// `責任編輯`… Both forms are three bytes in UTF-8, so a folded text has the byte offsets of its
/// original and whatever a rule finds in it can be cut from the original.
const TRADITIONAL: &str = "並并佈布來来係系個个們们傳传僅仅價价內内兩两冊册則则創创劃划劉刘動动務务勞劳區区參参員员問问單单嗎吗國国圖图執执報报學学實实審审寫写將将專专尋寻對对導导屆届屬属師师帳帐幣币幫帮庫库廢废廣广廳厅張张彙汇後后從从復复態态憲宪應应懲惩懷怀戶户擊击據据擴扩數数於于時时書书會会東东條条楊杨業业榮荣構构標标機机檔档權权歡欢歷历歸归決决準准濟济瀏浏灣湾為为無无熱热營营獎奖獲获環环產产當当發发眾众確确碼码稅税稱称節节範范簡简簽签糾纠紀纪級级紛纷細细紹绍組组絡络統统經经網网編编縣县總总織织繫系聯联聲声職职聽听臺台與与興兴舉举舊旧華华蓋盖藥药處处號号衆众術术衛卫衝冲覆复見见規规視视覽览觀观訂订計计訊讯記记訪访設设註注評评詞词話话認认說说調调請请論论證证議议護护譽誉讀读讚赞責责費费貿贸資资趙赵載载輯辑輸输轉转辦办辭辞辯辩這这連连過过郵邮鄉乡醫医錄录鎮镇鏈链鐘钟鑒鉴長长門门閉闭開开間间閱阅關关陳陈陽阳電电頁页項项須须預预頒颁領领頭头題题類类顯显驗验體体麼么黃黄點点黨党齊齐";

/// Characters a converter folds that simplified Chinese writes too (`著作`, `乾隆`, `慰藉`,
/// `瞭望`, `甚夥`, `幺麽`): the rules read them as they are.
const SIMPLIFIED_TOO: &str = "著乾藉瞭夥麽幺";

/// The simplified form of a traditional character: the table above first (its choices are the
/// rules' own: `覆` as in `批覆`), then fast2s's character map for every other character of the
/// CJK blocks — a mirror site's `村規民約` or `範本` reads as the rule tables are written.
pub fn fold_char(c: char) -> char {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut map: std::collections::BTreeMap<char, char> = converted_blocks().collect();
        map.extend(TRADITIONAL.chars().collect::<Vec<char>>().chunks(2).map(|p| (p[0], p[1])));
        map.into_iter().collect()
    });
    table.binary_search_by_key(&c, |p| p.0).map(|i| table[i].1).unwrap_or(c)
}

/// Every character of the CJK blocks that fast2s changes, with what it becomes (one character
/// a line, so that no neighbour's context counts; the same length in UTF-8, as `fold` keeps
/// offsets).
fn converted_blocks() -> impl Iterator<Item = (char, char)> {
    let blocks = [0x3400..=0x4DBF, 0x4E00..=0x9FFF, 0xF900..=0xFAFF];
    let chars: Vec<char> = blocks.into_iter().flatten().filter_map(char::from_u32).collect();
    let text: String = chars.iter().flat_map(|&c| [c, '\n']).collect();
    let converted = fast2s::convert(&text);
    let pairs: Vec<(char, char)> = chars.into_iter().zip(converted.split('\n').filter_map(|l| l.chars().next())).collect();
    pairs.into_iter().filter(|&(t, s)| t != s && t.len_utf8() == s.len_utf8() && !SIMPLIFIED_TOO.contains(t))
}

/// A text as the rule tables read it: traditional characters they know in simplified form.
pub fn fold(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(|c| fold_char(c) == c) { std::borrow::Cow::Borrowed(s) } else { std::borrow::Cow::Owned(s.chars().map(fold_char).collect()) }
}

/// A text as the rules read it: folded (see `fold`), and without the pinyin some mirror sites
/// put after characters (`會（huì）議` reads `會議`). Unlike `fold`, its offsets are not the
/// original's: for yes-or-no questions only, never for cutting.
pub fn plain(s: &str) -> std::borrow::Cow<'_, str> {
    match fold(s) {
        std::borrow::Cow::Borrowed(b) => without_pinyin(b),
        // (no second copy of a folded line without pinyin)
        std::borrow::Cow::Owned(o) => match without_pinyin(&o) {
            std::borrow::Cow::Owned(p) => std::borrow::Cow::Owned(p),
            std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Owned(o),
        },
    }
}

/// A text without the pinyin annotations a mirror site put after its characters.
pub fn without_pinyin(f: &str) -> std::borrow::Cow<'_, str> {
    without_pinyin_where(f, |_, _| true)
}

/// A text without the annotations `goes` lets go (given the text and where the annotation
/// ends), the others kept.
fn without_pinyin_where(f: &str, goes: impl Fn(&[char], usize) -> bool) -> std::borrow::Cow<'_, str> {
    if !f.contains(['（', '(']) {
        return std::borrow::Cow::Borrowed(f);
    }
    let chars: Vec<char> = f.chars().collect();
    let mut out = String::with_capacity(f.len());
    let mut k = 0;
    while k < chars.len() {
        if let Some(len) = pinyin_at(&chars, k).filter(|&len| goes(&chars, k + len)) {
            k += len;
            continue;
        }
        out.push(chars[k]);
        k += 1;
    }
    if out.len() == f.len() { std::borrow::Cow::Borrowed(f) } else { std::borrow::Cow::Owned(out) }
}

/// A metadata row without the pinyin a mirror put inside its labels (`發（fā）布機（jī）構（gòu）：`),
/// its values as the page writes them (`名稱：持續（xù）鞏固`): an annotation goes only when a
/// colon follows it within a few characters, nothing but characters and annotations between.
pub fn without_label_pinyin(f: &str) -> std::borrow::Cow<'_, str> {
    without_pinyin_where(f, colon_follows)
}

/// How many characters a label may still run after a pinyin annotation before its colon.
const LABEL_AFTER_PINYIN: usize = 6;

/// Whether a colon closes the label that goes on at `k`: characters and annotations only.
fn colon_follows(chars: &[char], mut k: usize) -> bool {
    let mut han_seen = 0;
    while k < chars.len() {
        match chars[k] {
            ':' | '：' => return true,
            c if han(c) && han_seen < LABEL_AFTER_PINYIN => {
                han_seen += 1;
                k += 1;
            }
            _ => match pinyin_at(chars, k) {
                Some(len) => k += len,
                None => return false,
            },
        }
    }
    false
}

/// The length of a pinyin annotation at `k` (`（huì）` after a character), if one is there: one
/// to six lowercase letters, one of them with a tone mark or ü.
pub fn pinyin_at(chars: &[char], k: usize) -> Option<usize> {
    if !matches!(chars[k], '（' | '(') || k == 0 || !han(chars[k - 1]) {
        return None;
    }
    let inner = chars[k + 1..].iter().take_while(|c| c.is_lowercase()).count();
    // (`（huì ）`: some mirrors leave a space before the bracket closes)
    let space = (chars.get(k + 1 + inner) == Some(&' ')) as usize;
    let close = chars.get(k + 1 + inner + space).is_some_and(|c| matches!(c, '）' | ')'));
    let toned = chars[k + 1..k + 1 + inner].iter().any(|c| !c.is_ascii());
    ((1..=6).contains(&inner) && close && toned).then_some(inner + space + 2)
}

/// `琼 海 市 人 民 政 府`: a display line letter-spaced one or two characters at a time, read
/// without its spaces; any other line as it is.
pub fn unspaced(t: &str) -> std::borrow::Cow<'_, str> {
    let parts: Vec<&str> = t.split_whitespace().collect();
    if parts.len() >= 3 && parts.iter().all(|p| p.chars().count() <= 2 && p.chars().all(han)) {
        std::borrow::Cow::Owned(parts.concat())
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// A line that is only a number (`一、`, `2.`, `第三条`): it joins the text it numbers.
/// (Letter-spaced too: `第 一 條`.)
pub fn number_alone(t: &str) -> bool {
    let t = unspaced(t.trim());
    crate::style::numbering::existing_number(&t).is_some_and(|len| t[len..].trim().is_empty())
}

/// The words of a byline, without the dots and bars that part them
/// (`中国建材集团 · 2019-09-26 17:49`).
pub fn byline_words(t: &str) -> impl Iterator<Item = &str> {
    t.split_whitespace().filter(|w| !matches!(*w, "·" | "•" | "|" | "｜" | "丨" | "/"))
}

/// Text compared without whitespace.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Text compared without whitespace and book-title marks (`关于印发《…规范》（试行）的通知` names
/// `…规范（试行）`).
pub fn unquoted(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '《' | '》')).collect()
}

/// Leading indent in half-width characters (an ideographic space counts 2, a tab 4).
pub fn indent_of(raw: &str) -> usize {
    raw.chars()
        .take_while(|c| c.is_whitespace() || *c == '\u{feff}')
        .map(|c| match c {
            '\u{3000}' => 2,
            '\t' => 4,
            _ => 1,
        })
        .sum()
}

/// `潇湘晨报记者周凌如`, `记者 张三 李四`, `本报通讯员 王五`, `政协联线记者 游思静`: a story's credit
/// to its reporters — a paper's or a site's name perhaps, a reporter's title, then names only. An
/// outlet named otherwise than a paper is (`政协联线`) is one when the names are set apart.
/// A Taiwan paper's credit is bracketed and names the place it reports from:
/// `【記者廖宥婷/南投報導】`. A news desk's name in square brackets is its credit too:
/// `【北台灣新聞中心】`.
pub fn reporter_credit(t: &str) -> bool {
    let folded = fold(t.trim());
    if desk_credit(&folded) {
        return true;
    }
    let t = CREDIT_BRACKETS.iter().find_map(|&(o, c)| folded.strip_prefix(o).and_then(|r| r.strip_suffix(c))).unwrap_or(&folded);
    let t = t.rsplit_once(['/', '／']).filter(|(_, place)| reports_from(place)).map_or(t, |(names, _)| names);
    let Some((outlet, names)) = REPORTER_TITLES.iter().find_map(|w| t.split_once(w)) else { return false };
    let spaced = names.starts_with([' ', '\u{3000}']);
    let outlet_ok = outlet.is_empty()
        || outlet.chars().all(han) && outlet.chars().count() <= MAX_OUTLET_CHARS && (spaced || MEDIA_ENDINGS.iter().any(|e| outlet.ends_with(e)));
    let names: Vec<&str> = names.split([' ', '\u{3000}', '、', '，', ',']).filter(|n| !n.is_empty()).collect();
    outlet_ok
        && (1..=MAX_REPORTERS).contains(&names.len())
        && names.iter().all(|n| (2..=MAX_REPORTER_NAME_CHARS).contains(&n.chars().count()) && n.chars().all(han))
}

/// `【北台湾新闻中心】`, `【本报讯】` (folded): a news desk's or a paper's name alone in square
/// brackets — a byline, not a headline (those are sentences, and longer).
fn desk_credit(t: &str) -> bool {
    let Some(name) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】')) else { return false };
    (2..=MAX_OUTLET_CHARS).contains(&name.chars().count())
        && name.chars().all(han)
        && MEDIA_ENDINGS.iter().chain(&["新闻中心", "讯"]).any(|e| name.ends_with(e))
}

/// `南投報導`: where a story was reported from — a place's short name and 报导 or 报道 (folded).
fn reports_from(t: &str) -> bool {
    let place = t.strip_suffix("报导").or_else(|| t.strip_suffix("报道")).unwrap_or_default();
    (2..=MAX_REPORTER_NAME_CHARS).contains(&place.chars().count()) && place.chars().all(han)
}

/// The brackets a credit is set in.
const CREDIT_BRACKETS: [(char, char); 3] = [('【', '】'), ('（', '）'), ('(', ')')];

/// A credit names at most this many reporters, under an outlet's name at most this long, each
/// name at most this long.
const MAX_REPORTERS: usize = 4;
const MAX_OUTLET_CHARS: usize = 12;
const MAX_REPORTER_NAME_CHARS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_links_file_size_is_no_part_of_its_name() {
        assert_eq!(file_stem("获奖名单.pdf(114.44K)"), Some("获奖名单"));
        assert_eq!(file_stem("实施方案.docx（25 KB）"), Some("实施方案"));
        assert_eq!(file_stem("实施方案（2021年）"), None);
        assert_eq!(file_stem("名单(第2批).pdf"), Some("名单(第2批)"));
    }

    #[test]
    fn bold_marks_go_and_a_pages_masking_stars_stay() {
        let shown = |t: &str| visible(t).text;
        assert_eq!(shown("**一、总体要求**"), "一、总体要求");
        assert_eq!(shown("**（一）指导思想。**坚持以人民为中心。"), "（一）指导思想。坚持以人民为中心。");
        assert_eq!(shown("**特別提醒:在風暴期間,請注意安全。**"), "特別提醒:在風暴期間,請注意安全。");
        assert_eq!(shown("**时间：**2024年3月1日"), "时间：2024年3月1日");
        // masked names, numbers and dates keep every star
        for t in [
            "***《似是故人来》节目组",
            "黎发改审批字〔**〕**号",
            "关于**年黎川县农田灌溉建设项目的批复",
            "项目代码:**-**(略)-**。",
            "一楼经营面积约**㎡,二楼使用面积约***.**㎡。",
            "公告期限:****年*月**日至****年*月**日止。",
            "联系电话: ****-*******",
            "公示对象：张**、李**",
            "公示时间：**年**月**日",
            "****年**月**日靈臺縣縣鄉公路養護站…（國家林業和草原局令第**號）",
        ] {
            assert_eq!(shown(t), t);
        }
    }

    #[test]
    fn a_question_mark_a_pinyin_mirror_left_for_a_lost_character_asks_nothing() {
        assert!(!asks("關（guān）于公開征求《黃山市民宿促進和管理？xiàng)l例》意見的公告"));
        assert!(!is_prose("關（guān）于公開征求《黃山市民宿促進和管理？xiàng)l例》意見的公告"));
        assert!(asks("你知道吗？我们一起来看"));
        assert!(asks("什么是ETC？ETC是一种收费方式") && asks("能否达标？1.检查"));
        assert!(asks("怎么办？"));
        assert!(is_prose("垃圾分类怎么做？"));
    }

    #[test]
    fn a_line_break_inside_a_word_is_told_from_one_between_words() {
        assert!(splits_a_word("根据初选结果进", "行评审，评选出"));
        assert_eq!((last_chars("进一步落实减", 3), last_chars("减", 3), last_chars("减", 0)), ("落实减", "减", ""));
        assert!(splits_a_word("是否参", "与此项优惠活动"));
        assert!(!splits_a_word("二、总体要求", "各单位要高度重视"));
        // a line ending in punctuation or a digit ends no word
        assert!(!splits_a_word("加强领导。", "行评审"));
        assert!(!splits_a_word("第2", "号文件"));
    }

    #[test]
    fn a_title_line_ending_in_a_quoted_name_ends_no_sentence() {
        assert!(!title_ends_sentence("关于开展“文明在行动,满意在医院”"));
        assert!(!title_ends_sentence("关于印发《办法（试行）》"));
        assert!(title_ends_sentence("他说：“现将有关事项通知如下。”"));
        assert!(title_ends_sentence("具体事宜通知如下："));
        assert!(!title_ends_sentence("关于开展文明在行动"));
    }

    #[test]
    fn partial_sign_off_dates_are_read_as_written() {
        for (line, want) in [
            ("10月14日", Some("10月14日")),
            ("2 月 7 日", Some("2月7日")),
            ("十月十四日", Some("十月十四日")),
            ("2021年2月", Some("2021年2月")),
            ("二〇二一年二月", Some("二〇二一年二月")),
            ("20xx年11月30日", Some("20xx年11月30日")),
            ("二〇XX年XX月XX日", Some("二〇XX年XX月XX日")),
            ("二七年八月十五日", Some("二七年八月十五日")),
            // whole dates are dates, not partial ones
            ("2021年2月7日", None),
            ("二〇〇四年一月十六日", None),
            // not dates at all
            ("13月40日", None),
            ("1850年2月", None),
            ("第2期", None),
            ("2月7日召开会议", None),
            ("2021年", None),
            ("xx月", None),
        ] {
            assert_eq!(partial_date(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn traditional_text_folds_character_by_character_to_what_the_rules_are_written_in() {
        assert_eq!(fold("村規民約"), "村规民约");
        assert_eq!(fold("範本與條款"), "范本与条款");
        assert_eq!(fold("關於批覆"), "关于批复", "the table's own choices first");
        // characters simplified Chinese writes too stay as they are, and offsets are kept
        assert_eq!(fold("著作權"), "著作权");
        let t = "第一條 為切實把我村建設成為社會主義新農村";
        assert_eq!(fold(t).len(), t.len());
        assert_eq!(fold("已经是简体的文字"), "已经是简体的文字");
    }

    #[test]
    fn a_metadata_row_loses_the_pinyin_of_its_labels_and_keeps_that_of_its_values() {
        assert_eq!(
            without_label_pinyin("名稱(chēng): | 禁牧巡查不松懈 持續(xù)鞏固生態(tài)成果 | 文號(hào): | 無(wú)"),
            "名稱: | 禁牧巡查不松懈 持續(xù)鞏固生態(tài)成果 | 文號: | 無(wú)"
        );
        assert_eq!(without_label_pinyin("發（fā）布機（jī）構（gòu）：鄉（xiāng）政府"), "發布機構：鄉（xiāng）政府");
        assert_eq!(without_label_pinyin("無括號的行"), "無括號的行");
    }

    #[test]
    fn a_numbers_code_is_what_opens_it_before_the_years_bracket_and_a_greeting_stands_alone() {
        assert_eq!(number_code("艺术节〔2013〕4号"), Some("艺术节"));
        assert_eq!(number_code("宁政发<2009>7号"), Some("宁政发"));
        assert_eq!(number_code("第4号"), None);
        assert!(greeting_alone("您好！") && greeting_alone("您好") && !greeting_alone("您好，现将有关事项通知如下。"));
    }

    #[test]
    fn rules_read_a_mirror_sites_pinyin_away() {
        assert_eq!(
            plain("眉山市第四屆人民代表大會（huì）第二次會（huì）議關（guān）于政府工作報（bào）告的決議"),
            "眉山市第四届人民代表大会第二次会议关于政府工作报告的决议"
        );
        assert!(ends_like_title("國務院關(guān)于批準(zhǔn)的批復(fù)"));
        assert!(is_doc_number("國辦函〔1988〕2號(hào)"));
        assert!(is_doc_number("〔十三届〕第二十三号"));
        assert!(!is_doc_number("〔十三届〕代表名单"));
        // a title's end before the number is no part of it
        assert!(!is_doc_number("（修订）》的通知 安政办发〔2018〕20号") && is_doc_number("（安政办发〔2018〕20号）"));
        // the 号 left out or lost
        assert!(is_doc_number("中国塑管(2013)第008") && is_doc_number("国办发〔2019〕12"));
        assert!(!is_doc_number("国办发〔2019〕12条") && !is_doc_number("附件1(2019)") && !is_doc_number("截至(2019)123456"));
        // brackets that are not pinyin stay
        assert_eq!(plain("某某（试行）办法(a)"), "某某（试行）办法(a)");
        // a space left before the bracket closes
        assert_eq!(plain("中國消防協(xié)會(huì )"), "中国消防协会");
    }

    #[test]
    fn punctuation_is_restored_between_chinese_only() {
        assert_eq!(restore_punctuation("会议,作出了《决议》(以下简称《决议》),提出"), "会议，作出了《决议》（以下简称《决议》），提出");
        assert_eq!(restore_punctuation("电话:0816-8118728"), "电话：0816-8118728");
        assert_eq!(restore_punctuation("神父度假期間⋯⋯"), "神父度假期間……");
        assert_eq!(restore_punctuation("致各會員及中心使用者︰"), "致各會員及中心使用者：", "Big5's colon");
        assert_eq!(restore_punctuation("比例为8.7:48.5,时间09:30"), "比例为8.7:48.5，时间09:30");
        assert_eq!(restore_punctuation("见 https://a.cn/x?a=1,b 和 a@b.cn"), "见 https://a.cn/x?a=1,b 和 a@b.cn");
        assert_eq!(restore_punctuation("Hello, world (test)!"), "Hello, world (test)!");
        assert_eq!(restore_punctuation("相关呢?小编"), "相关呢？小编");
        assert_eq!(restore_punctuation("(一)总体要求"), "（一）总体要求");
        assert_eq!(restore_punctuation("见[附件](/a,b.pdf)下载,谢谢"), "见[附件](/a,b.pdf)下载，谢谢");
        assert_eq!(restore_punctuation("把\"三农\"工作做好"), "把“三农”工作做好");
        assert_eq!(restore_punctuation("“钱袋子”,关键"), "“钱袋子”，关键");
    }

    #[test]
    fn a_reader_sees_link_texts_not_markup() {
        let v = visible("**第一条** 见[附件](/a.pdf)");
        assert_eq!(v.text, "第一条 见附件");
        assert_eq!(v.links, vec![("附件".to_string(), "/a.pdf".to_string())]);
        assert!(visible("[首页](/) | [新闻](/n/)").only_links);
    }

    #[test]
    fn a_date_in_english_words_alone_is_a_date_line_and_english_in_a_sentence_is_not() {
        assert!(is_date_line("Dec 24, 2024"));
        // (the end of a letter quoted whole; not a quotation's dotted date)
        assert!(is_date_line("2024年1月22日”") && !is_date_line("2015/04/30/”"));
        assert!(is_date_line("2013年12月24日……"), "a preview's cut mark after it");
        assert_eq!(find_date("Dec 24, 2024").as_deref(), Some("2024-12-24"));
        assert_eq!(find_date("24 December 2024").as_deref(), Some("2024-12-24"));
        assert!(!is_date_line("Dec 32, 2024"));
        assert!(!is_date_line("Decide 24, 2024"));
        assert_eq!(find_date("The meeting on Dec 24, 2024 was put off"), None);
    }

    #[test]
    fn dates_are_found_in_arabic_and_chinese_numerals() {
        assert_eq!(find_date("发布时间：2023-05-12 09:30").as_deref(), Some("2023-05-12"));
        assert_eq!(find_date("二〇〇四年一月十六日").as_deref(), Some("2004-01-16"));
        assert_eq!(find_date("寿县人民政府督查室  2022年8月19日").as_deref(), Some("2022-08-19"));
        assert!(is_date_line("二○一一年四月八日"));
        assert!(!is_date_line("会议定于2023年6月16日召开"));
        assert!(is_date_line("2021年8月13日 13:46"));
        assert!(is_date_line("2015年6月26日 星期"));
        // the layout spaces an encoder lost, before or after it (`？` once the text is folded)
        assert!(is_date_line("?2009年3月4日") && is_date_line("2024年6月26日??") && is_date_line("2024年6月26日？?"));
        assert_eq!(with_lost_day("二〇一二年三月二十二").as_deref(), Some("二〇一二年三月二十二日"));
        assert_eq!(with_lost_day("2012年3月22").as_deref(), Some("2012年3月22日"));
        assert_eq!(with_lost_day("2012年3月"), None);
        assert_eq!(with_lost_day("2012年3月22至25"), None);
        assert_eq!(compact_date("2023829").as_deref(), Some("2023-08-29"));
        assert_eq!(compact_date("2017817日").as_deref(), Some("2017-08-17"));
        assert_eq!(compact_date("2022112"), None);
        assert_eq!(compact_date("20213月18").as_deref(), Some("2021-03-18"));
        assert_eq!(compact_date("2021年3月18"), None);
        assert_eq!(compact_date("213月18"), None);
        assert_eq!(find_date("发布日期: 2011- 09- 01 14: 58: 15").as_deref(), Some("2011-09-01"));
        // (the years of the Republic, named as such)
        assert_eq!(find_date("發文日期：中華民國106年12月05日").as_deref(), Some("2017-12-05"));
        assert_eq!(find_date("中華民國111年 4月26日鹿鄉農字第1110005370號").as_deref(), Some("2022-04-26"));
        assert_eq!(find_date("111年4月26日").as_deref(), None, "a year of three digits alone names no calendar");
        assert!(is_date_line("中華民國111年 4月26日") && !is_date_line("中華民國111年 4月26日起實施"));
        assert!(is_doc_number("鹿鄉農字第1110005370號") && is_doc_number("農防字第1061473266C號") && !is_doc_number("依市府府衛疾字第1000000251號函辦理"));
        assert!(is_date_line("{ 2017 6 23"));
        assert!(is_date_line("05/09/2024") && !is_date_line("13/13/2024") && !is_date_line("5/2024"));
    }

    #[test]
    fn numbers_and_names() {
        assert!(is_doc_number("国办发〔2018〕114号") && is_doc_number("岚府发[2023]5号") && !is_doc_number("第4号"));
        assert!(is_doc_number("宁政发<2009>7号") && is_doc_number("宁政发〈2009〉7号"));
        assert_eq!(classed_number("华交建议复〔2017〕4号B类"), Some("华交建议复〔2017〕4号"));
        assert!(is_doc_number("广安区府办发〔202026") && is_doc_number("西政发„2009‟3号") && !is_doc_number("会议于〔2020"));
        assert!(is_serial_number("(第4号)") && is_serial_number("第七号"));
        // (a space a page left between the year and the serial)
        assert!(is_serial_number("2021年 第1号") && is_serial_number("2010年第3号") && !is_serial_number("2021年 第1号文件"));
        // (an office's short name and the kind after the year; without the year it is a title)
        assert!(is_serial_number("2023年 客堂第4號公告") && !is_serial_number("某县人民政府第4号公告") && !is_serial_number("2023年人民政府办公室第4号公告"));
    }

    #[test]
    fn a_date_with_its_year_last_is_read_when_its_day_is_over_twelve() {
        assert_eq!(find_date("22/8/2023").as_deref(), Some("2023-08-22"));
        assert_eq!(find_date("8/22/2023").as_deref(), Some("2023-08-22"));
        assert_eq!(find_date("05/09/2024"), None, "either could be the month");
        assert!(looks_like_org("国务院办公厅") && looks_like_org("攸县第十八届人民代表大会第二次会议主席团") && !looks_like_org("现将有关事项通知如下："));
        assert!(ends_like_title("关于加快建设的通知") && !ends_like_title("各乡镇人民政府"));
        assert!(ends_like_title("村务公开事项参考目录") && !ends_like_title("目 录") && !ends_like_title("2023年10月目录"));
        assert!(!ends_like_title("部门信息公开目录"), "a portal's column");
        assert!(ends_like_title("有關暫停活泉堂現場崇拜的安排") && !ends_like_title("国庆节放假安排") && !ends_like_title("三、工作安排"));
        // a note in brackets after the kind, and a list published as a document
        assert!(ends_like_title("2014海口市人民医院招聘工作人员公告【50名】") && ends_like_title("贵州省市场监管轻微违法行为不予处罚清单"));
        assert!(!ends_like_title("【通知】各乡镇人民政府"));
        // a notice that issues a document is not done when the issued document's name is
        assert!(!ends_like_title("關于印發（fā）安徽省行政執（zhí）法公示辦法"));
        assert!(ends_like_title("关于印发安徽省行政执法公示办法的通知") && ends_like_title("关于印发主要任务落实情况的通报"));
        // a headline's event ends with an organisation's name but is no organisation
        assert!(looks_like_org("新疆政法学院") && !looks_like_org("新疆大学党委书记许咸宜一行到访新疆政法学院"));
        assert!(!looks_like_org("對政協魏縣第十屆委員會") && looks_like_org("中国人民对外友好协会"));
        assert!(looks_like_org("國立成功大學化學系系友會") && looks_like_org("臺中市水管工程工業同業公會") && looks_like_org("南投縣婦女會"));
        // a task force signs too
        assert!(looks_like_org("历下区2026年度《政府工作报告》起草组") && looks_like_org("某县安全生产领导小组"));
        // a bank's branch, a party branch, a residents' committee
        assert!(looks_like_org("中国建设银行股份有限公司厦门市分行") && looks_like_org("人文与社会科学学院党总支") && looks_like_org("锦梅馨苑居委会"));
    }

    #[test]
    fn a_draft_ends_like_the_kind_it_drafts() {
        assert!(ends_like_title("表决通过关于全国人民代表大会常务委员会工作报告的决议草案"));
        assert!(ends_like_title("某某市物业管理条例（草案）"));
        assert!(!ends_like_title("会议审议了草案"));
    }

    #[test]
    fn a_letter_spaced_name_is_an_organisation() {
        assert!(looks_like_org("琼 海 市 人 民 政 府"));
        assert!(!looks_like_org("以上会员如有争议可上报市、自治区信鸽协会"));
    }

    #[test]
    fn a_store_that_signs_its_notice_is_an_organisation() {
        assert!(looks_like_org("云洲商廈"));
        assert!(looks_like_org("南京新街口百货商场"));
    }

    #[test]
    fn emoji_that_decorate_a_line_are_taken_out_with_their_joiners_and_nothing_else() {
        assert_eq!(without_emoji("📣 西方堂工程已經圓滿"), (" 西方堂工程已經圓滿".to_string(), "📣".to_string()));
        assert_eq!(without_emoji("👨\u{200d}👩 家庭☆★"), (" 家庭☆★".to_string(), "👨\u{200d}👩".to_string()));
        assert_eq!(without_emoji("第一条 总则"), ("第一条 总则".to_string(), String::new()));
        // a symbol shown as an emoji by its selector goes with it; without one it is text
        assert_eq!(without_emoji("⚠\u{fe0f}防疫措施⚠\u{fe0f} 更新"), ("防疫措施 更新".to_string(), "⚠\u{fe0f}⚠\u{fe0f}".to_string()));
        assert_eq!(without_emoji("→ 见下表"), ("→ 见下表".to_string(), String::new()));
        assert_eq!(without_emoji("🙋\u{200d}♀\u{fe0f}请排队"), ("请排队".to_string(), "🙋\u{200d}♀\u{fe0f}".to_string()));
        // on a line decorated with emoji, the basic plane's pictographs strewn among them go too
        assert_eq!(
            without_emoji("黨中央周圍🛠,樹立“四個意識”✊✡\u{fe0e},做到“兩個維護”⛈,★標記"),
            ("黨中央周圍,樹立“四個意識”,做到“兩個維護”,★標記".to_string(), "🛠✊✡\u{fe0e}⛈".to_string())
        );
        assert_eq!(without_emoji("做到“两个维护”✊"), ("做到“两个维护”✊".to_string(), String::new()), "no emoji of the other plane: a symbol");
        assert!(!looks_like_org("请 各 单 位 认 真 执 行。"));
        assert_eq!(unspaced("公 告"), "公 告", "two parts are not a spaced line");
        assert_eq!(unspaced("琼 海 市 人 民 政 府"), "琼海市人民政府");
    }

    #[test]
    fn punctuation_read_as_gb2312_codes_is_mended_and_yi_text_is_not() {
        let page = "根据有关规定ꎬ现将通知印发给你们ꎮ请认真贯彻执行ꎬ确保工作落实到位ꎮ各地各部门要高度重视这项工作";
        let (mended, n) = mend_gb_codes(page).expect("mended");
        assert_eq!(n, 4);
        assert!(mended.contains("你们．请") && mended.contains("规定，现"), "{mended}");
        assert_eq!(mended.len(), page.len(), "byte offsets stay");
        // a syllable that is no punctuation code: Yi text, left alone
        assert_eq!(mend_gb_codes("ꀀꀁꀂ根据有关规定ꎬ现将通知印发给你们"), None);
        assert_eq!(mend_gb_codes("根据有关规定，现将通知印发给你们。"), None);
    }

    #[test]
    fn document_numbers_in_any_bracket() {
        for n in ["经院【2006】01号", "教指委[2003]2号", "某政发﹝2022﹞3号", "某办发［2019］8号", "国办发〔2018〕114号"] {
            assert!(is_doc_number(n), "{n}");
        }
        assert!(!is_doc_number("【通知】"));
    }
}

/// GB 2312 row 1 punctuation the mending below restores: (code, character), three-byte
/// characters only, so that every byte offset of the page stays where it was.
const GB_ROW1: &[(u32, char)] = &[
    (0xA1A2, '、'),
    (0xA1A3, '。'),
    (0xA1AA, '—'),
    (0xA1AB, '～'),
    (0xA1AD, '…'),
    (0xA1AE, '‘'),
    (0xA1AF, '’'),
    (0xA1B0, '“'),
    (0xA1B1, '”'),
    (0xA1B2, '〔'),
    (0xA1B3, '〕'),
    (0xA1B4, '〈'),
    (0xA1B5, '〉'),
    (0xA1B6, '《'),
    (0xA1B7, '》'),
    (0xA1B8, '「'),
    (0xA1B9, '」'),
    (0xA1BA, '『'),
    (0xA1BB, '』'),
    (0xA1BC, '〖'),
    (0xA1BD, '〗'),
    (0xA1BE, '【'),
    (0xA1BF, '】'),
];

/// The character a GB 2312 code stands for when a PDF's text layer gave the code itself as a
/// code point (`ꎬ` U+A3AC for `，`, `ꎮ` for `．`): row 3 is full-width ASCII, row 1 the
/// punctuation above.
fn gb_code_char(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0xA3A1..=0xA3FE => char::from_u32(0xFF01 + (u - 0xA3A1)),
        _ => GB_ROW1.iter().find(|(code, _)| *code == u).map(|(_, ch)| *ch),
    }
}

/// A Chinese page whose punctuation came out as Yi syllables (GB 2312 codes taken for code
/// points), mended, and how many characters were. `None` when the page has none, or has Yi
/// text of its own (a syllable outside those codes, or too many against its Chinese).
pub fn mend_gb_codes(text: &str) -> Option<(String, usize)> {
    let yi = |c: char| ('\u{A000}'..='\u{A48F}').contains(&c);
    let (mut codes, mut hans) = (0usize, 0usize);
    for c in text.chars() {
        if yi(c) {
            gb_code_char(c)?;
            codes += 1;
        } else if han(c) {
            hans += 1;
        }
    }
    (codes > 0 && hans >= 10 * codes).then(|| (text.chars().map(|c| if yi(c) { gb_code_char(c).unwrap_or(c) } else { c }).collect(), codes))
}

/// `一、依據教育部…署` + `104 年 11 月…`, `二、如有提案請於` + `6 月 14 日…`: a figure spaced
/// from the words around it (as Taiwan's pages set numbers) that the phrase before it governs —
/// one sentence, not a heading and its text. `一、元旦假期安排` + `2026 1 1 日…` is a heading.
pub fn governed_figure(head: &str, rest: &str) -> bool {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let spaced = digits > 0 && rest[digits..].starts_with(char::is_whitespace);
    let head = fold(head.trim());
    let words = crate::style::numbering::existing_number(&head).map_or(head.as_ref(), |n| &head[n..]).trim();
    spaced && (words.chars().last().is_some_and(|c| FIGURE_GOVERNORS.contains(&c)) || CLAUSE_PREPOSITIONS.iter().any(|p| words.starts_with(p)))
}
