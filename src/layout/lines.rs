//! Line breaking and justification: greedy filling with the Chinese rules of typesetting.md.
//! When the natural break would put a closing mark at a line start (or an opening mark at a line
//! end), the line gives up its last character(s) and stretches ("push out", as word processors
//! and browsers do) when that costs at most two characters; else it takes the mark in by
//! compressing its punctuation ("push in"). Then a last line holding a single character (孤字)
//! is mended by ending an earlier line one break sooner, or by pulling it back with compression.
//! No line is ever wider than the measure and nothing hangs in the margin.

use crate::layout::atoms::{Atom, Class};

/// A line: a range of atoms and the x position of each (relative to the line start).
#[derive(Debug, Clone)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// x of each atom in start..end, and the width it takes (after compression).
    pub xs: Vec<(f32, f32)>,
    /// Is this the paragraph's last line (set flush, not justified)?
    pub last: bool,
    pub width: f32,
    /// Ended one break sooner than it could, to keep two characters on the last line. A word
    /// processor would fill it: the DOCX gives it a line break of its own there.
    pub mended: bool,
}

const EPS: f32 = 0.01;
/// A line pushes characters out to the next line rather than compress its punctuation to take
/// in a mark that may not start a line, when it loses at most this many characters' width.
const PUSH_OUT_MAX: f32 = 2.0;

/// Break atoms into lines. `first` is the measure of the first line, `rest` of the others.
/// `justify`: spread leftover space over the gaps of every line but the last, and keep at
/// least two characters on the paragraph's last line where the rules allow it.
pub fn break_lines(atoms: &[Atom], first: f32, rest: f32, justify: bool) -> Vec<Line> {
    let measure = |i: usize| if i == 0 { first } else { rest };
    let mut breaks = greedy(atoms, Vec::new(), skip_spaces(atoms, 0), &measure);
    if justify && let Some(better) = avoid_lone_last_chars(atoms, &breaks, &measure) {
        breaks = better;
    }
    let n = breaks.len();
    breaks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let last = i + 1 == n || b.forced;
            Line { last, mended: b.mended, ..set_line(atoms, b.start, b.end, measure(i), justify && !last) }
        })
        .collect()
}

/// One line's break: atoms start..end are set, the next line starts at `next`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Break {
    start: usize,
    end: usize,
    next: usize,
    /// A forced line break ends this line (it is set flush like a last line).
    forced: bool,
    /// Ended sooner to mend a lone last character.
    mended: bool,
}

/// Spaces at a line start are dropped.
fn skip_spaces(atoms: &[Atom], mut s: usize) -> usize {
    while s < atoms.len() && atoms[s].class == Class::Space {
        s += 1;
    }
    s
}

/// Fill lines greedily from `start`, after the lines already in `done`.
fn greedy(atoms: &[Atom], mut done: Vec<Break>, mut start: usize, measure: &dyn Fn(usize) -> f32) -> Vec<Break> {
    while start < atoms.len() {
        let (end, next, forced) = find_break(atoms, start, measure(done.len()));
        done.push(Break { start, end, next, forced, mended: false });
        start = skip_spaces(atoms, next);
    }
    done
}

/// Characters (not punctuation) on a line: a last line with one is a 孤字.
fn chars_on(atoms: &[Atom], b: &Break) -> usize {
    atoms[b.start..b.end].iter().filter(|a| matches!(a.class, Class::Ideo | Class::Latin)).count()
}

/// Lines of a candidate, made only of CJK, that are not set at their natural fill: shortened
/// (pushed out by more than half a character) or compressed, so off the 28-cell count. A line
/// with Latin letters or digits is not counted: its spacing is uneven anyway, and stretching it
/// by a character shows least.
fn off_grid(atoms: &[Atom], breaks: &[Break], measure: &dyn Fn(usize) -> f32) -> usize {
    let n = breaks.len();
    breaks
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            let w: f32 = atoms[b.start..b.end].iter().map(|a| a.width).sum();
            let m = measure(*i);
            let cell = atoms[b.start..b.end].iter().map(|a| a.width).fold(0.0, f32::max);
            let cjk = atoms[b.start..b.end].iter().all(|a| a.class != Class::Latin);
            cjk && !(i + 1 == n || b.forced) && (w > m + EPS || w < m - cell / 2.0)
        })
        .count()
}

/// Mend every last line of the paragraph (its end, and each line ended by a forced break)
/// that holds a single character (孤字), one after the other. None when nothing changed.
fn avoid_lone_last_chars(atoms: &[Atom], breaks: &[Break], measure: &dyn Fn(usize) -> f32) -> Option<Vec<Break>> {
    let lone = |out: &[Break], e: usize| (e + 1 == out.len() || out[e].forced) && chars_on(atoms, &out[e]) == 1;
    // most paragraphs have none: no copy of their breaks
    if !(0..breaks.len()).any(|e| lone(breaks, e)) {
        return None;
    }
    let mut out = breaks.to_vec();
    let mut e = 0;
    while e < out.len() {
        if lone(&out, e)
            && let Some(better) = mend_lone(atoms, &out, e, measure)
        {
            e = e + better.len() - out.len();
            out = better;
        }
        e += 1;
    }
    (out != breaks).then_some(out)
}

/// Mend the lone character on line `e`, the last line of its segment: look for the nearest
/// break that mends it while keeping every line within the rules, either by ending an earlier
/// line of the segment one break sooner (the lines after it shift by one character) or by
/// taking the whole last line into the line before with compressed punctuation. Among the
/// mends, the one that leaves the fewest lines off the grid wins, then the push-down nearest
/// the end, then the pull-back.
fn mend_lone(atoms: &[Atom], breaks: &[Break], e: usize, measure: &dyn Fn(usize) -> f32) -> Option<Vec<Break>> {
    if e == 0 || breaks[e - 1].forced {
        return None;
    }
    let n = breaks.len();
    let base = off_grid(atoms, breaks, measure);
    let mut best: Option<(usize, Vec<Break>)> = None;
    let consider = |cand: Vec<Break>, lines: usize, best: &mut Option<(usize, Vec<Break>)>| {
        // the segment keeps its line count (push down) or loses its lone line (pull back)
        let target = e + lines - n;
        if lines < n - 1 || lines > n || cand.len() != lines || (lines == n && chars_on(atoms, &cand[target]) < 2) {
            return;
        }
        let cost = off_grid(atoms, &cand, measure);
        if cost <= base + 1 && best.as_ref().is_none_or(|(c, _)| cost < *c) {
            *best = Some((cost, cand));
        }
    };
    let refill = |done: Vec<Break>, from: usize| greedy(atoms, done, skip_spaces(atoms, from), measure);
    // push down: line k ends one allowed break sooner, the lines after it are filled again
    for k in (0..e).rev() {
        if k < e - 1 && breaks[k].forced {
            break;
        }
        let b = breaks[k];
        let Some(p) = (b.start + 1..b.end).rev().find(|&p| atoms[p].break_before) else { continue };
        let lost: f32 = atoms[p..b.end].iter().map(|a| a.width).sum();
        let cell = atoms[b.start..b.end].iter().map(|a| a.width).fold(0.0, f32::max);
        if lost > PUSH_OUT_MAX * cell + EPS {
            continue;
        }
        let mut done = breaks[..k].to_vec();
        done.push(Break { start: b.start, end: trim_end(atoms, b.start, p), next: p, forced: false, mended: true });
        consider(refill(done, p), n, &mut best);
    }
    // pull back: the line before takes the last line in, compressing its punctuation
    let (prev, last) = (breaks[e - 1], breaks[e]);
    let need: f32 = atoms[prev.start..last.end].iter().map(|a| a.width).sum::<f32>() - measure(e - 1);
    let can: f32 = atoms[prev.start..last.end].iter().map(|a| a.shrink).sum();
    if need <= can + EPS {
        let mut done = breaks[..e - 1].to_vec();
        done.push(Break { end: last.end, next: last.next, forced: last.forced, ..prev });
        consider(refill(done, last.next), n - 1, &mut best);
    }
    best.map(|(_, b)| b)
}

/// Where the line starting at `start` ends: (end exclusive, next line start, forced break).
fn find_break(atoms: &[Atom], start: usize, measure: f32) -> (usize, usize, bool) {
    let mut w = 0.0;
    let mut j = start;
    while j < atoms.len() {
        let a = &atoms[j];
        if a.class == Class::Newline {
            return (j, j + 1, true);
        }
        if w + a.width > measure + EPS && j > start {
            // the line is full before atom j
            if atoms[j].break_before || atoms[j].class == Class::Space {
                return (trim_end(atoms, start, j), j, false);
            }
            // push out first, as a word processor or a browser would (so the DOCX and the HTML
            // break where the PDF does): the line gives up its last character(s) to the next
            // and stretches, when that costs it at most two characters' width
            let mut p = j;
            while p > start + 1 && !atoms[p].break_before {
                p -= 1;
            }
            if p > start && atoms[p].break_before && w - atoms[p..j].iter().map(|a| a.width).sum::<f32>() >= measure - PUSH_OUT_MAX * a.width.max(EPS) {
                return (trim_end(atoms, start, p), p, false);
            }
            // push in: take atoms up to the next allowed break if compression makes room
            let mut k = j + 1;
            while k < atoms.len() && !atoms[k].break_before && atoms[k].class != Class::Newline && k - j < 3 {
                k += 1;
            }
            if k <= atoms.len() && (k == atoms.len() || atoms[k].break_before || atoms[k].class == Class::Newline) {
                let need: f32 = atoms[start..k].iter().map(|a| a.width).sum::<f32>() - measure;
                let can: f32 = atoms[start..k].iter().map(|a| a.shrink).sum();
                if need <= can + EPS {
                    return (k, k, false);
                }
            }
            // push out: the last allowed break before j
            let mut p = j;
            while p > start + 1 && !atoms[p].break_before {
                p -= 1;
            }
            if p > start && atoms[p].break_before {
                return (trim_end(atoms, start, p), p, false);
            }
            // no break anywhere (a very long Latin word): break at j
            return (j, j, false);
        }
        w += a.width;
        j += 1;
    }
    (trim_end(atoms, start, atoms.len()), atoms.len(), false)
}

fn trim_end(atoms: &[Atom], start: usize, mut end: usize) -> usize {
    while end > start && atoms[end - 1].class == Class::Space {
        end -= 1;
    }
    end
}

/// Position the atoms of one line: compress punctuation if over the measure, justify if asked.
fn set_line(atoms: &[Atom], start: usize, end: usize, measure: f32, justify: bool) -> Line {
    let slice = &atoms[start..end];
    let mut widths: Vec<f32> = slice.iter().map(|a| a.width).collect();
    let natural: f32 = widths.iter().sum();
    if natural > measure + EPS {
        compress(slice, &mut widths, natural - measure);
    }
    let used: f32 = widths.iter().sum();
    let mut xs = Vec::with_capacity(slice.len());
    let leftover = (measure - used).max(0.0);
    // gaps that may stretch: between atoms, but not inside a Latin word
    let gaps: Vec<bool> = (1..slice.len())
        .map(|i| {
            let (a, b) = (&slice[i - 1], &slice[i]);
            !(a.class == Class::Latin && b.class == Class::Latin && !b.break_before)
        })
        .collect();
    let n_gaps = gaps.iter().filter(|g| **g).count();
    let per_gap = if justify && n_gaps > 0 { leftover / n_gaps as f32 } else { 0.0 };
    let mut x = 0.0;
    for (i, w) in widths.iter().enumerate() {
        if i > 0 && gaps[i - 1] {
            x += per_gap;
        }
        xs.push((x, *w));
        x += w;
    }
    Line { start, end, xs, last: false, width: x, mended: false }
}

/// Which marks give up space first (typesetting.md): the mark at the line end, then the first of
/// two adjacent marks (“）、”, “。””), then brackets and stops, then ，、；. Lower ranks go first.
fn compression_rank(slice: &[Atom], i: usize) -> Option<u8> {
    let n = slice.len();
    if slice[i].shrink <= 0.0 {
        return None;
    }
    Some(if i + 1 == n {
        0
    } else if slice[i + 1].shrink > 0.0 {
        1
    } else if matches!(slice[i].class, Class::Open | Class::Close) && !"，、；".contains(slice[i].text.as_str()) {
        2
    } else {
        3
    })
}

/// Take `need` points from the line's punctuation, rank by rank. Within a rank the need is
/// shared evenly (water-filling), so that two 、 in one line are set alike rather than one
/// tight beside one full.
fn compress(slice: &[Atom], widths: &mut [f32], mut need: f32) {
    for rank in 0..=3u8 {
        let members: Vec<usize> = (0..slice.len()).filter(|&i| compression_rank(slice, i) == Some(rank)).collect();
        let mut left: Vec<f32> = members.iter().map(|&i| slice[i].shrink).collect();
        while need > EPS {
            let active = left.iter().filter(|l| **l > EPS).count();
            if active == 0 {
                break;
            }
            let share = need / active as f32;
            for (k, &i) in members.iter().enumerate() {
                let s = left[k].min(share);
                if s > 0.0 {
                    widths[i] -= s;
                    left[k] -= s;
                    need -= s;
                }
            }
        }
        if need <= EPS {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontBook;
    use crate::layout::atoms::{AtomOptions, DocFonts, Measure, atoms};
    use crate::style::{Run, Template};

    const CELL: f32 = 15.79;

    fn atoms_of(text: &str) -> Vec<Atom> {
        let book = FontBook::embedded_only();
        let t = Template::load("gongwen").unwrap();
        let fonts = DocFonts::new(&book, &t);
        let src = crate::diag::SourceFile::new("t", text.into());
        let opts = AtomOptions { style: t.style("body"), measure: Measure { cell: Some(CELL), cjk_latin_space: false }, size: 16.0 };
        let runs = [Run { text: text.into(), ..Run::default() }];
        atoms(&runs, &fonts, &opts, &src, &mut Vec::new())
    }

    /// The lines of a body paragraph: the first `chars - 2` cells (indent), the rest `chars`.
    fn para_lines(text: &str, chars: usize) -> Vec<String> {
        let a = atoms_of(text);
        let m = CELL * chars as f32;
        break_lines(&a, m - 2.0 * CELL, m, true).iter().map(|l| a[l.start..l.end].iter().map(|x| x.text.as_str()).collect()).collect()
    }

    fn lines_of(text: &str, chars: usize) -> Vec<String> {
        let a = atoms_of(text);
        let m = CELL * chars as f32;
        break_lines(&a, m, m, true).iter().map(|l| a[l.start..l.end].iter().map(|x| x.text.as_str()).collect()).collect()
    }

    fn han_chars(line: &str) -> usize {
        line.chars().filter(|c| c.is_alphanumeric()).count()
    }

    #[test]
    fn a_paragraph_never_ends_with_a_lone_character() {
        // the seed's paragraph that ended "…水 / 平。" at 28 cells
        let text = "加快建设技术成果和知识产权交易平台、科技成果转化服务平台，加强专业化技术转移人才队伍建设，健全信息沟通、法律服务等机制，提升科技成果转移转化机制化、组织化和法治化水平。";
        let lines = para_lines(text, 28);
        assert!(han_chars(lines.last().unwrap()) >= 2, "{lines:?}");
        assert_eq!(lines.concat(), text, "nothing lost or doubled");
    }

    #[test]
    fn generated_paragraphs_keep_two_characters_on_the_last_line_and_every_rule() {
        // a small deterministic generator: Han text with marks every few characters
        let han: Vec<char> = "国家科技创新发展工作推进建设改革服务管理机制体系".chars().collect();
        let marks = ['，', '。', '、', '；', '：'];
        let mut seed = 12345u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let mut checked = 0;
        for _ in 0..400 {
            let len = 30 + next(120) as usize;
            let mut text = String::new();
            for i in 0..len {
                text.push(han[next(han.len() as u64) as usize]);
                if i + 1 < len && next(7) == 0 {
                    text.push(marks[next(marks.len() as u64) as usize]);
                }
            }
            text.push('。');
            let a = atoms_of(&text);
            let m = CELL * 28.0;
            let lines = break_lines(&a, m - 2.0 * CELL, m, true);
            let texts: Vec<String> = lines.iter().map(|l| a[l.start..l.end].iter().map(|x| x.text.as_str()).collect()).collect();
            assert_eq!(texts.concat(), text);
            for (i, l) in lines.iter().enumerate() {
                let measure = if i == 0 { m - 2.0 * CELL } else { m };
                assert!(l.width <= measure + 0.05, "line {i} overflows: {texts:?}");
                let t = &texts[i];
                assert!(!t.starts_with(|c| "，。、；：".contains(c)), "closing mark starts a line: {texts:?}");
            }
            if lines.len() >= 2 {
                checked += 1;
                assert!(han_chars(texts.last().unwrap()) >= 2, "lone last character: {texts:?}");
            }
        }
        assert!(checked > 300, "the generator makes multi-line paragraphs ({checked})");
    }

    #[test]
    fn compression_is_shared_by_the_marks_of_one_rank() {
        // two 、 in one line that must give up half a cell: a quarter each, not one tight
        // beside one full
        let a = atoms_of("安全、重大质量和违法、科研失信");
        let natural: f32 = a.iter().map(|x| x.width).sum();
        let line = set_line(&a, 0, a.len(), natural - CELL / 2.0, true);
        let commas: Vec<f32> = a.iter().zip(&line.xs).filter(|(x, _)| x.text == "、").map(|(_, (_, w))| *w).collect();
        assert_eq!(commas.len(), 2);
        assert!((commas[0] - commas[1]).abs() < 0.01, "{commas:?}");
        assert!((commas[0] - 0.75 * CELL).abs() < 0.01, "{commas:?}");
    }

    #[test]
    fn a_number_keeps_its_whole_unit() {
        for unit in ["毫米", "千米", "公里", "千克", "万元", "亿元", "平方米", "平方公里"] {
            for chars in 8..14 {
                let text = format!("一二三四五六七八九220{unit}十一二三");
                let lines = lines_of(&text, chars);
                for w in lines.windows(2) {
                    let cut = (1..unit.chars().count()).any(|k| {
                        let (h, t): (String, String) = (unit.chars().take(k).collect(), unit.chars().skip(k).collect());
                        w[0].ends_with(&format!("0{h}")) && w[1].starts_with(&t)
                    });
                    assert!(!cut, "{unit} split at {chars} cells: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // 10 cells: the natural break would put 。 first on line 2; the line gives 九 to the
        // next one (a break a word processor makes too) rather than compress 、 and 。
        let lines = lines_of("一二三四五六七、八九。一二三四五", 10);
        assert_eq!(lines[0], "一二三四五六七、八", "pushed out: {lines:?}");
        assert_eq!(lines[1], "九。一二三四五");
        // with only half a cell to gain, the line pushes its last character out instead
        let lines = lines_of("一二三四五六七八九十。一二三四五", 10);
        assert_eq!(lines[0], "一二三四五六七八九", "pushed out: {lines:?}");
        assert!(lines.iter().all(|l| !l.starts_with('。')), "{lines:?}");
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        let lines = lines_of("一二三四五六七八九“十一”二三四", 10);
        assert!(lines.iter().all(|l| !l.ends_with('“')), "{lines:?}");
    }

    #[test]
    fn numbers_stay_with_their_units_and_dashes_stay_whole() {
        let lines = lines_of("一二三四五六七八九2021年十一二三", 10);
        assert!(lines.iter().all(|l| !l.starts_with('年')), "{lines:?}");
        let lines = lines_of("一二三四五六七八九——十一二三", 10);
        assert!(lines.iter().all(|l| l.matches('—').count() % 2 == 0), "{lines:?}");
    }

    #[test]
    fn latin_words_are_not_split() {
        let lines = lines_of("一二三四五六七八Python编程", 10);
        assert!(lines.iter().any(|l| l.contains("Python")), "{lines:?}");
    }
}
