//! Where the head block (版头 / bulletin masthead) sits on the first page, as grid lines and
//! points — pure geometry from the template, no font metrics. The PDF layout places the head
//! with it, and the DOCX renderer uses the same plan so that the title, and every body line
//! after it, fall on the same grid lines in Word and LibreOffice as in folio's PDF.

use super::Geometry;
use crate::style::template::HeadKind;
use crate::style::units::PT_PER_MM;
use crate::style::{Head, StyledDocument};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeadPlan {
    /// 份号, 密级, 紧急程度: one grid line each, in this order.
    pub copy_lines: Vec<u32>,
    /// Organ mark or masthead: the grid lines it covers [first, end) and its top edge (pt).
    pub mark: Option<(u32, u32, f32)>,
    /// The document number line (official) or the issue line (bulletin).
    pub number_slot: Option<u32>,
    /// The 签发人 rows (`style::head_signer_rows`), one grid line each: the label on the first.
    /// An upward document's number stands on the last; a letter's on the first.
    pub signer_lines: Vec<u32>,
    /// The bulletin's issuer and date line.
    pub issuer_slot: Option<u32>,
    /// The red rule (pt from the page top).
    pub rule_y: Option<f32>,
    /// The first line of the title.
    pub title_slot: u32,
    /// A letter's red double rules (pt from the page top, thick line's y first): under the
    /// organ mark, thick over thin; 20 mm above the page's bottom edge, thin over thick.
    pub double_rules: Vec<DoubleRule>,
    /// The document number stands flush right (a letter's, on the line of its 份号).
    pub number_right: bool,
    /// A line set off the grid: (its grid line, its top in pt). A letter's number line hangs
    /// 7/8 of a character under the double rule, wherever the grid falls.
    pub off_grid: Option<(u32, f32)>,
    /// How wide the document number may be set (pt): the type area's width, or half of it less a
    /// character where a mark or the 签发人 shares its line. A longer number is condensed to it,
    /// in the PDF and the DOCX alike, never set off the page.
    pub number_room: f32,
}

/// A letter's double rule: 170 mm, centred on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DoubleRule {
    pub thick_y: f32,
    pub thin_y: f32,
}

/// GB/T 9704 §10.1: a letter's double rules are 170 mm long; the thin line is 0.5 pt and lies
/// 2 pt from the thick one (the standard gives no widths; these match its figure).
pub const LETTER_RULE_MM: f32 = 170.0;
pub const LETTER_THIN_RULE: f32 = 0.5;
pub const LETTER_RULE_GAP: f32 = 2.0;
/// The lower double rule lies 20 mm above the page's bottom edge.
pub const LETTER_LOWER_RULE_MM: f32 = 20.0;
/// The number line's top lies 7/8 of a character below the first double rule.
const LETTER_NUMBER_DROP: f32 = 0.875;

impl Geometry {
    /// The grid line whose top is at or below y.
    pub fn slot_at(&self, y: f32) -> u32 {
        (((y - self.top) / self.pitch) - 0.01).ceil().max(0.0) as u32
    }
    pub fn slot_top(&self, slot: u32) -> f32 {
        self.top + slot as f32 * self.pitch
    }
    /// The grid line containing y.
    pub fn slot_containing(&self, y: f32) -> u32 {
        (((y - self.top) / self.pitch) + 0.01).floor().max(0.0) as u32
    }
}

/// Plan the head block of a document on a geometry.
pub fn plan(doc: &StyledDocument, geo: &Geometry) -> HeadPlan {
    let t = &*doc.template;
    let cell = geo.cell.unwrap_or(t.style("body").size.abs());
    let mut p = HeadPlan::default();
    let mut next = 0u32; // first free grid line
    match &doc.head {
        Head::Official { form: HeadKind::Letter, .. } => plan_letter(doc, geo, &mut p),
        Head::Official { copy_number, secrecy, urgency, organs, doc_number, signers, form, dateline, .. } => {
            for v in [copy_number, secrecy, urgency] {
                if v.is_some() {
                    p.copy_lines.push(next);
                    next += 1;
                }
            }
            let mut bottom = geo.slot_top(next);
            if !organs.is_empty() {
                let size = t.style("organ").size.abs();
                let n = organs.len() as f32;
                let top = (geo.top + t.head.organ_top.abs()).max(geo.slot_top(next));
                let h = n * size + (n - 1.0) * size * 0.25;
                bottom = top + h;
                p.mark = Some((geo.slot_containing(top), geo.slot_at(bottom), top));
                next = geo.slot_at(bottom);
            }
            let mut rule_above = bottom;
            let gap = if organs.is_empty() { 0 } else { t.head.number_gap_lines };
            if doc_number.is_some() || !signers.is_empty() {
                let rows = crate::style::head_signer_rows(signers).len() as u32;
                p.signer_lines = (next + gap..next + gap + rows).collect();
                let slot = next + gap + rows.saturating_sub(1);
                p.number_slot = Some(slot);
                rule_above = geo.slot_top(slot) + cell;
                next = slot + 1;
            }
            if dateline.is_some() {
                // minutes: the issuer and date line right under the number (or the mark)
                let slot = if p.number_slot.is_some() { next } else { next + gap };
                p.issuer_slot = Some(slot);
                rule_above = geo.slot_top(slot) + cell;
                next = slot + 1;
            }
            if *form == HeadKind::Order {
                // an order has no rule: the body starts two lines under the 令号
                next += t.head.title_gap_lines;
            } else if !organs.is_empty() || doc_number.is_some() {
                let y = rule_above + t.head.rule_gap.abs();
                p.rule_y = Some(y);
                next = geo.slot_at(y) + t.head.title_gap_lines;
            }
        }
        Head::Bulletin { issue, .. } => {
            let size = t.style("masthead").size.abs();
            let top = geo.top + t.head.masthead_top.abs();
            let bottom = top + size;
            p.mark = Some((geo.slot_containing(top), geo.slot_at(bottom), top));
            next = geo.slot_at(bottom);
            if !issue.is_empty() {
                next += 1;
                p.number_slot = Some(next);
                next += 1;
            }
            next += 1;
            p.issuer_slot = Some(next);
            let y = geo.slot_top(next) + cell + t.head.rule_gap.abs();
            p.rule_y = Some(y);
            next = geo.slot_at(y) + t.head.title_gap_lines;
        }
        Head::None => {}
    }
    if p.double_rules.is_empty() {
        p.title_slot = next;
    }
    let shared = p.number_slot.is_some_and(|s| p.copy_lines.contains(&s) || p.signer_lines.contains(&s));
    p.number_room = if shared { geo.width() / 2.0 - cell } else { geo.width() };
    p
}

/// 信函格式: the organ mark `organ_top` below the page's top edge; the first double rule
/// `rule_gap` under it; 份号 / 密级 / 紧急程度 flush left and the number flush right on the grid
/// lines from 7/8 of a character under the rule; the title `title_gap_lines` under the last.
fn plan_letter(doc: &StyledDocument, geo: &Geometry, p: &mut HeadPlan) {
    let t = &*doc.template;
    let cell = geo.cell.unwrap_or(t.style("body").size.abs());
    let Head::Official { copy_number, secrecy, urgency, organs, doc_number, signers, .. } = &doc.head else { return };
    let size = t.style("organ").size.abs();
    let n = organs.len().max(1) as f32;
    let top = t.head.organ_top.abs();
    let bottom = top + n * size + (n - 1.0) * size * 0.25;
    if !organs.is_empty() {
        p.mark = Some((geo.slot_containing(top.max(geo.top)), geo.slot_at(bottom), top));
    }
    let thick_y = bottom + t.head.rule_gap.abs();
    let upper = DoubleRule { thick_y, thin_y: thick_y + LETTER_RULE_GAP };
    let lower_thick = geo.page_h - LETTER_LOWER_RULE_MM * PT_PER_MM;
    let lower = DoubleRule { thick_y: lower_thick, thin_y: lower_thick - LETTER_RULE_GAP };
    p.double_rules = vec![upper, lower];
    // the first line (份号 and number) off the grid, the others on the grid lines after it
    let top = upper.thin_y + LETTER_NUMBER_DROP * cell;
    let first = geo.slot_containing(top);
    // the first grid line under the first line, and the line a full pitch under it that a
    // second mark takes (so that the two do not touch)
    let under_first = geo.slot_at(top + cell);
    let mut next = geo.slot_at(top + geo.pitch).max(under_first);
    let mut used = false;
    let mut take = || {
        let slot = if used { next } else { first };
        next += u32::from(used);
        used = true;
        slot
    };
    for present in [copy_number.is_some(), secrecy.is_some(), urgency.is_some()] {
        if present {
            p.copy_lines.push(take());
        }
    }
    // (a letter that names its 签发人 sets it after its marks, flush left like them)
    for _ in crate::style::head_signer_rows(signers) {
        p.signer_lines.push(take());
    }
    if doc_number.is_some() {
        p.number_slot = Some(first);
        p.number_right = true;
        used = true;
    }
    if used {
        p.off_grid = Some((first, top));
        let last_lines = p.copy_lines.len() + p.signer_lines.len();
        p.title_slot = if last_lines > 1 { next } else { under_first } + t.head.title_gap_lines;
    } else {
        p.title_slot = geo.slot_at(upper.thin_y) + t.head.title_gap_lines;
    }
}
