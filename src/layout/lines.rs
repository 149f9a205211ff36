//! Line breaking and justification: greedy filling with the Chinese rules of typesetting.md.
//! When the natural break would put a closing mark at a line start (or an opening mark at a line
//! end), the line first tries to take the mark in by compressing its punctuation ("push in");
//! only if that is not enough does it give up its last character(s) and stretch ("push out").
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
}

const EPS: f32 = 0.01;
/// A line pushes characters out to the next line rather than compress its punctuation to take
/// in a mark that may not start a line, when it loses at most this many characters' width.
const PUSH_OUT_MAX: f32 = 2.0;

/// Break atoms into lines. `first` is the measure of the first line, `rest` of the others.
/// `justify`: spread leftover space over the gaps of every line but the last.
pub fn break_lines(atoms: &[Atom], first: f32, rest: f32, justify: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    // spaces at a line start are dropped
    let skip_spaces = |mut s: usize| {
        while s < atoms.len() && atoms[s].class == Class::Space {
            s += 1;
        }
        s
    };
    start = skip_spaces(start);
    while start < atoms.len() {
        let measure = if lines.is_empty() { first } else { rest };
        let (end, next, forced) = find_break(atoms, start, measure);
        let last = next >= atoms.len() || forced;
        let line = set_line(atoms, start, end, measure, justify && !last);
        lines.push(Line { last, ..line });
        start = skip_spaces(next);
    }
    if let Some(l) = lines.last_mut() {
        l.last = true;
    }
    lines
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
        // Compress in the order of typesetting.md: line-end punctuation, adjacent pairs,
        // brackets, then ，、； — never below half width.
        let mut need = natural - measure;
        let n = slice.len();
        let mut order: Vec<usize> = Vec::new();
        if n > 0 && slice[n - 1].shrink > 0.0 {
            order.push(n - 1);
        }
        for i in 0..n {
            let pair = i + 1 < n && slice[i].shrink > 0.0 && slice[i + 1].shrink > 0.0;
            if pair && !order.contains(&i) {
                order.push(i);
            }
        }
        for i in 0..n {
            if matches!(slice[i].class, Class::Open | Class::Close) && !"，、；".contains(slice[i].text.as_str()) && !order.contains(&i) {
                order.push(i);
            }
        }
        for i in 0..n {
            if slice[i].shrink > 0.0 && !order.contains(&i) {
                order.push(i);
            }
        }
        for i in order {
            if need <= EPS {
                break;
            }
            let s = slice[i].shrink.min(need);
            widths[i] -= s;
            need -= s;
        }
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
    Line { start, end, xs, last: false, width: x }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontBook;
    use crate::layout::atoms::{AtomOptions, DocFonts, Measure, atoms};
    use crate::style::{Run, Template};

    fn lines_of(text: &str, chars: usize) -> Vec<String> {
        let book = FontBook::embedded_only();
        let t = Template::load("gongwen").unwrap();
        let fonts = DocFonts::new(&book, &t);
        let src = crate::diag::SourceFile::new("t", text.into());
        let cell = 15.79;
        let opts = AtomOptions { style: t.style("body"), measure: Measure { cell: Some(cell), cjk_latin_space: false }, size: 16.0 };
        let runs = [Run { text: text.into(), ..Run::default() }];
        let a = atoms(&runs, &fonts, &opts, &src, &mut Vec::new());
        let m = cell * chars as f32;
        break_lines(&a, m, m, true).iter().map(|l| a[l.start..l.end].iter().map(|x| x.text.as_str()).collect()).collect()
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
