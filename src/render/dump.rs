//! The layout dump: a readable text file of every positioned thing (page, line, x, y, face,
//! size, text). It is the main golden of the layout tests: `folio build --dump-layout`.

use std::fmt::Write;

use crate::layout::{Item, PagedDocument};
use crate::style::units::PT_PER_MM;

pub fn render(doc: &PagedDocument) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# folio layout dump: positions in mm from the top-left corner of the page");
    let _ = writeln!(out, "# page {:.1} x {:.1} mm, {} pages", doc.width / PT_PER_MM, doc.height / PT_PER_MM, doc.pages.len());
    for (pi, p) in doc.pages.iter().enumerate() {
        let _ = writeln!(out, "\npage {} (number: {})", pi + 1, p.number.map(|n| n.to_string()).unwrap_or_else(|| "none".into()));
        for it in &p.items {
            match it {
                Item::Text(t) => {
                    let line = t.line.map(|l| format!("L{:02}", l + 1)).unwrap_or_else(|| "   ".into());
                    let _ = writeln!(
                        out,
                        "  {line} x={:6.1} y={:6.1} {:<14} {:>4.1}pt {}{}{} {}",
                        t.x0() / PT_PER_MM,
                        t.baseline / PT_PER_MM,
                        t.role,
                        t.size,
                        t.face.family.replace(' ', "_"),
                        if t.bold_stroke > 0.0 { "+bold" } else { "" },
                        if t.hscale < 99.9 { format!(" scale={:.0}%", t.hscale) } else { String::new() },
                        t.text()
                    );
                }
                Item::Rule(r) => {
                    let _ = writeln!(
                        out,
                        "      rule ({:.1},{:.1})-({:.1},{:.1}) {:.2}pt #{}",
                        r.x1 / PT_PER_MM,
                        r.y1 / PT_PER_MM,
                        r.x2 / PT_PER_MM,
                        r.y2 / PT_PER_MM,
                        r.width,
                        r.color.hex()
                    );
                }
                Item::Image(i) => {
                    let _ = writeln!(
                        out,
                        "      image x={:.1} y={:.1} w={:.1} h={:.1} {}",
                        i.x / PT_PER_MM,
                        i.y / PT_PER_MM,
                        i.w / PT_PER_MM,
                        i.h / PT_PER_MM,
                        i.image.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
                    );
                }
                Item::Link(l) => {
                    let _ = writeln!(out, "      link x={:.1} y={:.1} w={:.1} {}", l.x / PT_PER_MM, l.y / PT_PER_MM, l.w / PT_PER_MM, l.url);
                }
            }
        }
    }
    out
}
