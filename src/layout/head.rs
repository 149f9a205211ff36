//! Where the head block (版头 / bulletin masthead) sits on the first page, as grid lines and
//! points — pure geometry from the template, no font metrics. The PDF layout places the head
//! with it, and the DOCX renderer uses the same plan so that the title, and every body line
//! after it, fall on the same grid lines in Word and LibreOffice as in folio's PDF.

use super::Geometry;
use crate::style::{Head, StyledDocument};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeadPlan {
    /// 份号, 密级, 紧急程度: one grid line each, in this order.
    pub copy_lines: Vec<u32>,
    /// Organ mark or masthead: the grid lines it covers [first, end) and its top edge (pt).
    pub mark: Option<(u32, u32, f32)>,
    /// The document number line (official) or the issue line (bulletin).
    pub number_slot: Option<u32>,
    /// The bulletin's issuer and date line.
    pub issuer_slot: Option<u32>,
    /// The red rule (pt from the page top).
    pub rule_y: Option<f32>,
    /// The first line of the title.
    pub title_slot: u32,
}

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
        Head::Official { copy_number, secrecy, urgency, organs, doc_number, signers, .. } => {
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
            if doc_number.is_some() || !signers.is_empty() {
                let slot = next + if organs.is_empty() { 0 } else { t.head.number_gap_lines };
                p.number_slot = Some(slot);
                rule_above = geo.slot_top(slot) + cell;
                next = slot + 1;
            }
            if !organs.is_empty() || doc_number.is_some() {
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
    p.title_slot = next;
    p
}
