//! Renderers: pure functions from a finished model and options to bytes.
//! PDF, OFD (and the layout dump) draw the [`crate::layout::PagedDocument`]; DOCX and HTML are flow
//! formats rendered from the [`crate::style::StyledDocument`].

pub mod cff;
pub mod deflate;
pub mod docx;
pub mod docx_fonts;
mod docx_splice;
pub mod dump;
pub mod html;
pub mod memo;
pub mod ofd;
pub mod pdf;
pub mod quadratic;
pub mod sfnt;

/// Link targets folio lets through: http, https, mailto, tel and relative paths. Anything else
/// (javascript:, data:, file:, vbscript:…) is dropped.
pub fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    if u.is_empty() {
        return None;
    }
    let lower: String = u.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    if let Some(colon) = lower.find(':') {
        let scheme = &lower[..colon];
        let before_slash = lower.find(['/', '?', '#']).is_none_or(|s| colon < s);
        if before_slash {
            return matches!(scheme, "http" | "https" | "mailto" | "tel").then(|| u.to_string());
        }
    }
    if u.starts_with("//") {
        return None;
    }
    Some(u.to_string())
}

/// The time to stamp into outputs: `SOURCE_DATE_EPOCH` if set, else the document's own date,
/// else the Unix epoch — never the wall clock, so the same input gives the same bytes.
pub fn timestamp(doc_date: Option<(i32, u8, u8)>) -> i64 {
    if let Some(s) = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse::<i64>().ok()) {
        return s;
    }
    match doc_date {
        Some((y, m, d)) => days_from_civil(y, m as u32, d as u32) * 86400,
        None => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day, hour, minute, second) in UTC of a Unix time.
pub fn civil(ts: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = ts.div_euclid(86400);
    let secs = ts.rem_euclid(86400);
    let z = days + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, (secs / 3600) as u32, ((secs % 3600) / 60) as u32, (secs % 60) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_link_targets_pass() {
        for ok in ["https://a.cn/x", "http://a", "mailto:a@b.cn", "tel:0816-8118728", "docs/a.html", "#x"] {
            assert!(safe_url(ok).is_some(), "{ok}");
        }
        for bad in
            ["javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "//evil.com"]
        {
            assert!(safe_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn civil_dates_round_trip() {
        let ts = days_from_civil(2021, 8, 27) * 86400;
        assert_eq!(civil(ts), (2021, 8, 27, 0, 0, 0));
    }
}

/// Where in a run's text a mended line end (see `PagedDocument::mended_breaks`) falls: the
/// byte offset in `text` matching the first source offset of `mended` inside the run. None
/// when the run's text and its source part before it (see [`splits`]).
pub fn mended_split(source: &str, span: crate::model::Span, text: &str, mended: &std::collections::BTreeSet<usize>) -> Option<usize> {
    let first = *mended.range(span.start + 1..span.end.max(span.start + 1)).next()?;
    splits(source, span, text, &std::collections::BTreeSet::from([first])).first().copied()
}

/// Where in a run's text the source offsets of `breaks` inside its span fall, as byte offsets
/// in `text`, in order: each at the first character placed at or after it in the source (the
/// layout's own walk of a text against its source, `layout::atoms::source_offsets`: joined
/// lines and restored full-width marks read as their source). A break past where the text and
/// its source part falls nowhere.
pub fn splits(source: &str, span: crate::model::Span, text: &str, breaks: &std::collections::BTreeSet<usize>) -> Vec<usize> {
    let mut wanted = breaks.range(span.start + 1..span.end.max(span.start + 1)).peekable();
    if wanted.peek().is_none() {
        return Vec::new();
    }
    // (source offset, text offset) of each character placed, in order of both
    let placed: Vec<(usize, usize)> = crate::layout::atoms::source_offsets(source, span, text)
        .into_iter()
        .zip(text.char_indices())
        .filter_map(|(p, (j, _))| p.map(|(o, _)| (o, j)))
        .collect();
    let mut out: Vec<usize> = wanted.filter_map(|&at| placed.get(placed.partition_point(|(o, _)| *o < at)).map(|&(_, j)| j)).filter(|&j| j > 0).collect();
    out.dedup();
    out
}

/// The characters of a run's text that stand for source offsets in `at`: each one's byte offset
/// in `text` with the value noted for it (see `PagedDocument::squeezed_marks`), in order.
pub fn placed_at(source: &str, span: crate::model::Span, text: &str, at: &std::collections::BTreeMap<usize, f32>) -> Vec<(usize, f32)> {
    // (a run whose text was made up has an empty or inverted span)
    if span.start >= span.end || at.range(span.start..span.end).next().is_none() {
        return Vec::new();
    }
    crate::layout::atoms::source_offsets(source, span, text)
        .into_iter()
        .zip(text.char_indices())
        .filter_map(|(p, (j, _))| p.and_then(|(o, _)| at.get(&o).map(|&v| (j, v))))
        .collect()
}

#[cfg(test)]
mod mended_tests {
    use super::*;

    #[test]
    fn a_mended_line_end_maps_onto_text_that_joined_source_lines() {
        let source = "前言\n经国务院批准，现将\n通知如下。";
        let start = source.find('经').unwrap();
        let span = crate::model::Span::new(start, source.len());
        let text = "经国务院批准，现将通知如下。";
        let at = source.find("如下").unwrap();
        let set = std::collections::BTreeSet::from([at]);
        let split = mended_split(source, span, text, &set).expect("maps");
        assert_eq!(&text[split..], "如下。");
        // text that is not its source does not map, nor does an empty span
        assert_eq!(mended_split(source, span, "另外的文字内容如下。", &set), None);
        assert_eq!(mended_split(source, crate::model::Span::new(at, at), "", &set), None);
    }

    #[test]
    fn every_break_inside_a_run_maps_and_breaks_outside_it_are_ignored() {
        let source = "表：计算方法：门诊\n患者人次数/同期出院患者人次数。";
        let start = source.find('计').unwrap();
        let span = crate::model::Span::new(start, source.len());
        let text = "计算方法：门诊患者人次数/同期出院患者人次数。";
        let breaks = std::collections::BTreeSet::from([1, source.find("患者").unwrap(), source.find("同期").unwrap(), source.len() + 5]);
        let at = splits(source, span, text, &breaks);
        let pieces: Vec<&str> = [0].iter().chain(&at).zip(at.iter().chain([&text.len()])).map(|(a, b)| &text[*a..*b]).collect();
        assert_eq!(pieces, ["计算方法：门诊", "患者人次数/", "同期出院患者人次数。"]);
        // the walk stops where text and source part
        assert_eq!(splits(source, span, "计算方法：别的", &breaks), Vec::<usize>::new());
    }

    #[test]
    fn a_break_maps_past_marks_the_importer_restored_full_width() {
        let source = "报名与初审:考生提交报名信息,学校进行初步资格\n审核.";
        let span = crate::model::Span::new(0, source.len());
        let text = "报名与初审：考生提交报名信息，学校进行初步资格审核。";
        let at = splits(source, span, text, &std::collections::BTreeSet::from([source.find("审核").unwrap()]));
        assert_eq!(at.iter().map(|&a| &text[a..]).collect::<Vec<_>>(), ["审核。"]);
        // and past a restored full stop
        let source = "报名与初审.考生提交\n报名信息";
        let text = "报名与初审。考生提交报名信息";
        let at = splits(source, crate::model::Span::new(0, source.len()), text, &std::collections::BTreeSet::from([source.find("报名信息").unwrap()]));
        assert_eq!(at.iter().map(|&a| &text[a..]).collect::<Vec<_>>(), ["报名信息"]);
    }
}
