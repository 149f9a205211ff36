//! Breaking a long title into balanced lines (GB/T 9704 §7.3.3): at most 20 characters a line,
//! broken between words, shaped like a trapezoid or a diamond — never a long line and a short
//! tail. Chinese has no spaces, so "between words" is judged from function words (关于, 的,
//! 和…), punctuation, numbers with their units, and a short list of words common in titles.

/// Words that should not be split across lines (common in official titles).
const WORDS: &[&str] = &[
    "国务院",
    "办公厅",
    "年度",
    "季度",
    "中小企业",
    "入库",
    "评价",
    "办公室",
    "委员会",
    "常务委员会",
    "人民代表大会",
    "人民政府",
    "关于",
    "通知",
    "决定",
    "意见",
    "通报",
    "决议",
    "办法",
    "报告",
    "公告",
    "批复",
    "纪要",
    "实施",
    "推进",
    "加快",
    "建设",
    "发展",
    "工作",
    "改革",
    "创新",
    "科技",
    "管理",
    "安排",
    "相关",
    "举措",
    "部分",
    "节假日",
    "国家",
    "高质量",
    "示范区",
    "先行",
    "引领",
    "加强",
    "医院",
    "考核",
    "绩效",
    "公立",
    "支持",
    "推广",
    "事故",
    "表彰",
    "奖励",
    "专项",
    "附加",
    "扣除",
    "暂行",
    "个人所得税",
    "所得税",
    "生产",
    "安全",
    "煤矿",
    "特别",
    "重大",
    "责任",
    "情况",
    "大检查",
    "督查",
    "先进",
    "集体",
    "个人",
    "政府",
    "工作报告",
    "科学技术",
    "技术",
    "经济",
    "社会",
    "高新",
    "企业",
    "产业",
    "有限公司",
    "股份",
    "集团",
    "市场",
    "监督",
    "检查",
    "规定",
    "条例",
    "方案",
    "规划",
    "计划",
    "行动",
    "全面",
    "深化",
    "进一步",
    "做好",
    "开展",
    "组织",
    "召开",
    "会议",
    "印发",
    "转发",
    "公布",
    "举报",
    "危害",
    "行为",
    "气候",
    "变迁",
    "因应",
    "温室",
    "气体",
    "减量",
    "统计",
    "公报",
    "国民经济",
    "社会发展",
    "消防",
    "救援",
    "评选",
];

fn width(c: char) -> f32 {
    if c.is_ascii() { 0.5 } else { 1.0 }
}

fn is_unit(c: char) -> bool {
    "年月日号期届次个项条批%％元万亿岁".contains(c)
}

/// Chinese numerals, as in 第十三届 and 八月十五.
fn is_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十百千两".contains(c)
}

/// Penalty of breaking before chars[i] (None = not allowed).
fn break_cost(chars: &[char], i: usize, words: &Words) -> Option<f32> {
    let (a, b) = (chars[i - 1], chars[i]);
    if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
        return None;
    }
    if a.is_ascii_digit() && is_unit(b) {
        return None;
    }
    // 第十|三届, 第|八届, 十三|届: an ordinal or a count written in Chinese numerals is one word
    if (a == '第' || is_numeral(a)) && is_numeral(b) || is_numeral(a) && is_unit(b) {
        return None;
    }
    if "，。、；：？！）》」』】〕”’…—·%)]".contains(b) || "（《「『【〔“‘([".contains(a) {
        return None;
    }
    // inside an 〔2021〕 group
    let open = chars[..i].iter().rposition(|c| *c == '〔');
    let close = chars[..i].iter().rposition(|c| *c == '〕');
    if open.is_some() && close.is_none_or(|c| c < open.unwrap_or(0)) {
        return None;
    }
    if words.listed.iter().any(|&(s, e)| s < i && i < e) {
        return Some(4.0);
    }
    let after = |w: &str| {
        let w: Vec<char> = w.chars().collect();
        i >= w.len() && chars[i - w.len()..i] == w[..]
    };
    let before = |w: &str| {
        let w: Vec<char> = w.chars().collect();
        chars.len() >= i + w.len() && chars[i..i + w.len()] == w[..]
    };
    // `第八次` / `会议`: a session's count and the meeting it counts are one name
    if "次届".contains(a) && i >= 2 && (is_numeral(chars[i - 2]) || chars[i - 2].is_ascii_digit()) && SESSION_WORDS.iter().any(|w| before(w)) {
        return Some(4.0);
    }
    if "、，：）》”".contains(a) || before("关于") || after("关于") || after("的") || after("和") || after("与") || after("及") || after("暨") {
        return Some(0.0);
    }
    if after("年") && (before("度") || before("级")) {
        return Some(4.0);
    }
    if a.is_ascii_digit() && b == '年' || after("年") && i >= 2 && chars[i - 2].is_ascii_digit() {
        return Some(0.5);
    }
    if words.listed.iter().any(|&(s, e)| e == i || s == i) {
        return Some(1.0);
    }
    // the dictionary is a weaker guide than the list: it knows 规则 but also reads 安新 in 雄安新区
    if words.dictionary.iter().any(|&(s, e)| s < i && i < e) {
        return Some(3.5);
    }
    Some(2.5)
}

/// An issuer or a session before 关于 takes a line of its own from this many characters (a
/// short one, `国务院办公厅`, shares its line with the matter).
const ABOUT_HALF_CHARS: usize = 10;
/// What a session's count counts (`第八次会议`, `第十四届全国人民代表大会`).
const SESSION_WORDS: &[&str] = &["会议", "全体会议", "常务会议", "代表大会", "会员大会", "人民代表大会"];

/// Where a title's words are: spans (start, end) in characters.
struct Words {
    /// Title phrases of the list above (forward maximum matching): never broken lightly.
    listed: Vec<(usize, usize)>,
    /// Words of ICU's Chinese dictionary: better not broken, where the list is silent.
    dictionary: Vec<(usize, usize)>,
}

fn find_words(chars: &[char]) -> Words {
    let mut listed = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let best = WORDS
            .iter()
            .map(|w| w.chars().count())
            .zip(WORDS)
            .filter(|&(n, w)| n > 1 && chars.len() >= i + n && w.chars().eq(chars[i..i + n].iter().copied()))
            .map(|(n, _)| n)
            .max()
            .unwrap_or(0);
        if best > 0 {
            listed.push((i, i + best));
            i += best;
        } else {
            i += 1;
        }
    }
    Words { listed, dictionary: dictionary_words(chars) }
}

/// Multi-character words found by ICU's dictionary segmenter, as character spans.
fn dictionary_words(chars: &[char]) -> Vec<(usize, usize)> {
    use icu_segmenter::WordSegmenter;
    use icu_segmenter::options::WordBreakInvariantOptions;
    let text: String = chars.iter().collect();
    // the segmenter gives byte offsets; count the characters before each
    let mut byte_to_char = vec![0; text.len() + 1];
    for (ci, (b, c)) in text.char_indices().enumerate() {
        byte_to_char[b..b + c.len_utf8()].fill(ci);
    }
    byte_to_char[text.len()] = chars.len();
    let breaks: Vec<usize> = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()).segment_str(&text).map(|b| byte_to_char[b]).collect();
    breaks.windows(2).filter(|w| w[1] - w[0] > 1 && chars[w[0]..w[1]].iter().all(|c| !c.is_ascii())).map(|w| (w[0], w[1])).collect()
}

/// Where the title's first 关于 stands, in characters.
fn about_at(chars: &[char]) -> Option<usize> {
    chars.windows(2).position(|w| matches!(w, ['关', '于'] | ['關', '於']))
}

/// Break `title` into lines of at most `max` characters (Latin letters count half).
pub fn balance(title: &str, max: u32) -> Vec<String> {
    let title = title.trim();
    if title.contains('\n') {
        return title.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    }
    let chars: Vec<char> = title.chars().collect();
    let total: f32 = chars.iter().map(|c| width(*c)).sum();
    let max = max.max(4) as f32;
    if total <= max {
        return vec![title.to_string()];
    }
    // a long issuer or session and the matter after its 关于 are the title's two halves, the
    // break a reader expects (`…第八次会议` / `关于政府工作报告的决议`)
    if let Some(at) = about_at(&chars).filter(|&at| at >= ABOUT_HALF_CHARS && chars[..at].iter().map(|c| width(*c)).sum::<f32>() <= max) {
        let rest: String = chars[at..].iter().collect();
        return std::iter::once(chars[..at].iter().collect()).chain(balance(&rest, max as u32)).collect();
    }
    let words = find_words(&chars);
    let costs: Vec<Option<f32>> = (0..=chars.len()).map(|i| if i == 0 || i == chars.len() { None } else { break_cost(&chars, i, &words) }).collect();
    let prefix: Vec<f32> = std::iter::once(0.0)
        .chain(chars.iter().scan(0.0, |s, c| {
            *s += width(*c);
            Some(*s)
        }))
        .collect();
    let min_lines = (total / max).ceil() as usize;
    let mut best: Option<(f32, Vec<usize>)> = None;
    // The exhaustive search is for real titles (two to four lines); anything longer is filled
    // greedily, so a pasted paragraph in `title:` cannot make the search explode.
    if min_lines <= 4 {
        for n in min_lines..=min_lines + 1 {
            let mut cuts = Vec::new();
            search(&chars, &costs, &prefix, max, n, 0, &mut cuts, &mut best);
        }
    }
    let cuts = best.map(|(_, c)| c).unwrap_or_else(|| greedy(&costs, &prefix, max));
    let mut lines = Vec::new();
    let mut start = 0;
    for c in cuts.into_iter().chain(std::iter::once(chars.len())) {
        lines.push(chars[start..c].iter().collect::<String>());
        start = c;
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn search(
    chars: &[char],
    costs: &[Option<f32>],
    prefix: &[f32],
    max: f32,
    n: usize,
    start: usize,
    cuts: &mut Vec<usize>,
    best: &mut Option<(f32, Vec<usize>)>,
) {
    if cuts.len() + 1 == n {
        if prefix[chars.len()] - prefix[start] > max {
            return;
        }
        let mut bounds = vec![0];
        bounds.extend(cuts.iter().copied());
        bounds.push(chars.len());
        let lens: Vec<f32> = bounds.windows(2).map(|w| prefix[w[1]] - prefix[w[0]]).collect();
        let cost = cuts.iter().map(|c| costs[*c].unwrap_or(100.0)).sum::<f32>() + shape_cost(&lens);
        if best.as_ref().is_none_or(|(b, _)| cost < *b) {
            *best = Some((cost, cuts.clone()));
        }
        return;
    }
    let lines_left = (n - cuts.len() - 1) as f32;
    for c in start + 1..chars.len() {
        if prefix[c] - prefix[start] > max {
            break;
        }
        // what remains after this cut must fit the lines that remain
        if costs[c].is_none() || prefix[chars.len()] - prefix[c] > max * lines_left {
            continue;
        }
        cuts.push(c);
        search(chars, costs, prefix, max, n, c, cuts, best);
        cuts.pop();
    }
}

/// Fill each line as far as it goes, cutting at the cheapest break among its last few places.
fn greedy(costs: &[Option<f32>], prefix: &[f32], max: f32) -> Vec<usize> {
    let len = prefix.len() - 1;
    let mut cuts = Vec::new();
    let mut start = 0;
    while prefix[len] - prefix[start] > max {
        // the furthest place the line can reach, then the best break among the last four cells
        let far = (start + 1..len).take_while(|&c| prefix[c] - prefix[start] <= max).last().unwrap_or(start + 1);
        let cut = (start + 1..=far)
            .rev()
            .take_while(|&c| prefix[far] - prefix[c] <= 4.0)
            .filter_map(|c| costs[c].map(|k| (k, c)))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map_or(far, |(_, c)| c);
        cuts.push(cut);
        start = cut;
    }
    cuts
}

/// Balanced lines; a trapezoid (each line no shorter than the one above) or a diamond (the
/// middle longest) is free; a short tail is expensive.
fn shape_cost(lens: &[f32]) -> f32 {
    let avg = lens.iter().sum::<f32>() / lens.len() as f32;
    let mut cost: f32 = lens.iter().map(|l| (l - avg).powi(2)).sum::<f32>() * 0.25;
    let longest = lens.iter().cloned().fold(0.0, f32::max);
    if let Some(last) = lens.last()
        && *last < longest * 0.6
    {
        cost += 20.0;
    }
    let increasing = lens.windows(2).all(|w| w[1] >= w[0]);
    let diamond = lens.len() == 3 && lens[1] >= lens[0] && lens[1] >= lens[2];
    if !increasing && !diamond {
        cost += lens.windows(2).map(|w| (w[0] - w[1]).max(0.0)).sum::<f32>() * 0.6;
    }
    cost + lens.len() as f32 * 1.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_pasted_as_title_is_broken_quickly_and_keeps_every_character() {
        let t = "汉".repeat(400) + "Latin words here" + &"字".repeat(100);
        let lines = balance(&t, 22);
        assert_eq!(lines.concat(), t);
        assert!(lines.iter().all(|l| l.chars().map(width).sum::<f32>() <= 22.0), "{lines:?}");
        let t = "汉".repeat(85);
        let lines = balance(&t, 22);
        assert_eq!(lines.concat(), t);
        assert!(lines.len() <= 5, "{lines:?}");
    }

    /// Where two lines meet: the last character of one and the first of the next.
    fn seams(lines: &[String]) -> Vec<(char, char)> {
        lines.windows(2).map(|p| (p[0].chars().last().unwrap(), p[1].chars().next().unwrap())).collect()
    }

    #[test]
    fn a_title_is_not_broken_inside_a_word_the_list_does_not_know() {
        // 政务 is in no hand list; the dictionary knows it
        let t = "关于印发吉安市市本级政务公开工作实施细则的通知";
        let lines = balance(t, 20);
        assert_eq!(lines.concat(), t);
        assert!(!seams(&lines).contains(&('政', '务')), "{lines:?}");
    }

    #[test]
    fn an_ordinal_in_chinese_numerals_stays_on_one_line() {
        for t in ["甘肃省人民政府关于表彰第九届甘肃质量奖及提名奖的决定", "全国人民代表大会常务委员会关于召开第十三届全国人民代表大会第一次会议的决定"]
        {
            let lines = balance(t, 20);
            assert_eq!(lines.concat(), t);
            for (a, b) in seams(&lines) {
                assert!(!(a == '第' || is_numeral(a)) || !(is_numeral(b) || is_unit(b)), "{lines:?}");
            }
        }
    }

    #[test]
    fn no_line_ends_on_an_ascii_opening_bracket() {
        let t = "关于取消闹村乡2021年9月21日(农历八月十五)物资文化交流会的通告";
        let lines = balance(t, 20);
        assert!(lines.iter().all(|l| !l.ends_with('(') && !l.starts_with(')')), "{lines:?}");
    }

    #[test]
    fn a_session_before_its_resolutions_about_keeps_its_line() {
        let lines = balance("上饶市第一届人民代表大会第八次会议关于政府工作报告的决议", 22);
        assert_eq!(lines, ["上饶市第一届人民代表大会第八次会议", "关于政府工作报告的决议"]);
    }

    #[test]
    fn short_titles_stay_on_one_line() {
        assert_eq!(balance("关于放假的通知", 20), vec!["关于放假的通知"]);
    }

    #[test]
    fn long_titles_are_balanced_at_word_boundaries() {
        let lines = balance("市人大常委会决议：加快建设国家科技创新先行示范区引领高质量发展", 20);
        assert!(lines.len() == 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        let (a, b) = (lines[0].chars().count() as i32, lines[1].chars().count() as i32);
        assert!((a - b).abs() <= 4, "{lines:?}");
        let lines = balance("国务院办公厅关于2019年部分节假日安排的通知", 20);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(!lines[0].ends_with("201") && !lines[1].starts_with('年'), "{lines:?}");
    }

    #[test]
    fn never_a_long_line_and_a_short_tail() {
        for t in
            ["国务院办公厅关于加强三级公立医院绩效考核工作的意见", "国务院关于2018年度国家科学技术奖励的决定", "关于开展2023年安全生产月活动的通知补充说明事项"]
        {
            let lines = balance(t, 20);
            let lens: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
            let max = *lens.iter().max().unwrap();
            assert!(*lens.last().unwrap() * 10 >= max * 6, "{t}: {lines:?}");
        }
    }
}
