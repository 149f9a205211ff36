//! Range checks of a loaded template, so a value that would make the layout meaningless (a
//! zero line pitch, a 5000 pt body, margins wider than the page) is refused when the template is
//! read, with the file and line of the key — not found later as missing text or an endless loop.

use super::template::{LengthOrAuto, Template};
use super::units::Length;

/// One value out of range: its dotted key (`page.line_pitch`, `styles.body.size`) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct OutOfRange {
    pub key: String,
    pub message: String,
}

/// Sizes a page may have, in points: a business card to a poster.
const PAGE_SIDE_PT: (f32, f32) = (72.0, 4000.0);
/// Text sizes, in points: 六号 is 7.5 pt, 初号 42 pt.
const TEXT_SIZE_PT: (f32, f32) = (4.0, 100.0);
/// Lines per page and characters per line of a grid.
const GRID_COUNT: (u32, u32) = (1, 200);
/// The smallest type area, in points, each way.
const MIN_TYPE_AREA_PT: f32 = 36.0;

/// Every value of `t` outside the range the layout can honour.
pub fn check(t: &Template) -> Vec<OutOfRange> {
    let mut out = Vec::new();
    let mut bad = |key: String, message: String| out.push(OutOfRange { key, message });
    let p = &t.page;
    let pt = |l: Length| l.pt(16.0);
    for (key, l) in [("page.width", p.width), ("page.height", p.height)] {
        let v = pt(l);
        if !(PAGE_SIDE_PT.0..=PAGE_SIDE_PT.1).contains(&v) {
            bad(key.into(), format!("{l} is not a page size; give {:.0}–{:.0} mm", mm(PAGE_SIDE_PT.0), mm(PAGE_SIDE_PT.1)));
        }
    }
    for (key, l) in
        [("page.margin_top", p.margin_top), ("page.margin_bottom", p.margin_bottom), ("page.margin_left", p.margin_left), ("page.margin_right", p.margin_right)]
    {
        if !pt(l).is_finite() || pt(l) < 0.0 {
            bad(key.into(), format!("a margin cannot be negative ({l})"));
        }
    }
    let type_w = pt(p.width) - pt(p.margin_left) - pt(p.margin_right);
    let type_h = pt(p.height) - pt(p.margin_top) - pt(p.margin_bottom);
    if type_w < MIN_TYPE_AREA_PT {
        bad(
            "page.margin_left".into(),
            format!("the left and right margins leave {:.0} mm of the page's width for text; at least {:.0} mm are needed", mm(type_w), mm(MIN_TYPE_AREA_PT)),
        );
    }
    if type_h < MIN_TYPE_AREA_PT {
        bad(
            "page.margin_top".into(),
            format!("the top and bottom margins leave {:.0} mm of the page's height for text; at least {:.0} mm are needed", mm(type_h), mm(MIN_TYPE_AREA_PT)),
        );
    }
    for (key, n) in [("page.lines", p.lines), ("page.chars", p.chars)] {
        if !(GRID_COUNT.0..=GRID_COUNT.1).contains(&n) {
            bad(key.into(), format!("{n} is out of range; give {}–{}", GRID_COUNT.0, GRID_COUNT.1));
        }
    }
    if let LengthOrAuto::Len(l) = p.line_pitch {
        let v = pt(l);
        if !(v >= 4.0 && v <= type_h.max(4.0)) {
            bad("page.line_pitch".into(), format!("{l} is not a line pitch; give at least 4pt and no more than the type area's height, or \"auto\""));
        }
    }
    let cell = if type_w > 0.0 && p.chars > 0 { type_w / p.chars as f32 } else { 16.0 };
    for (role, s) in &t.styles {
        let size = pt(s.size);
        if !(TEXT_SIZE_PT.0..=TEXT_SIZE_PT.1).contains(&size) {
            bad(
                format!("styles.{role}.size"),
                format!("{} is not a text size; give {}–{} pt (六号 to 初号 and a little beyond)", s.size, TEXT_SIZE_PT.0, TEXT_SIZE_PT.1),
            );
            continue;
        }
        let indent = s.indent.pt(size);
        if !indent.is_finite() || indent < 0.0 || indent + size > type_w {
            bad(
                format!("styles.{role}.indent"),
                format!("{} leaves no room for a character on the line; give 0 to {:.0}字", s.indent, ((type_w - size) / size).floor().max(0.0)),
            );
        }
        if !(s.line_height.is_finite() && (0.5..=5.0).contains(&s.line_height)) {
            bad(format!("styles.{role}.line_height"), format!("{} is out of range; give 0.5–5", s.line_height));
        }
    }
    let b = &t.body;
    let sig = b.signature_indent.pt(cell);
    if !sig.is_finite() || sig < 0.0 || sig > type_w / 2.0 {
        bad("body.signature_indent".into(), format!("{} is out of range; give 0 to half the line", b.signature_indent));
    }
    if b.title_max_chars == 0 || b.title_max_chars > 200 {
        bad("body.title_max_chars".into(), format!("{} is out of range; give 1–200", b.title_max_chars));
    }
    for (key, n) in
        [("body.title_gap_lines", b.title_gap_lines), ("head.number_gap_lines", t.head.number_gap_lines), ("head.title_gap_lines", t.head.title_gap_lines)]
    {
        if n > p.lines.max(1) {
            bad(key.into(), format!("{n} blank lines are more than a page holds ({})", p.lines));
        }
    }
    let h = &t.head;
    let page_h = pt(p.height);
    for (key, l, max) in [
        ("head.organ_top", h.organ_top, type_h),
        ("head.masthead_top", h.masthead_top, type_h),
        ("head.rule_gap", h.rule_gap, type_h),
        ("head.rule_width", h.rule_width, 36.0),
        ("end.outer_rule", t.end.outer_rule, 36.0),
        ("end.inner_rule", t.end.inner_rule, 36.0),
        ("contact.footer_offset", t.contact.footer_offset, page_h),
        ("page_number.offset", t.page_number.offset, page_h),
        ("page_number.inset", t.page_number.inset, type_w),
    ] {
        let v = pt(l);
        if !(v.is_finite() && v >= 0.0 && v <= max) {
            bad(key.into(), format!("{l} is out of range; give 0 to {:.0} mm", mm(max)));
        }
    }
    out
}

fn mm(pt: f32) -> f32 {
    pt / super::units::PT_PER_MM
}
