//! The body's plain paragraphs and tables written to XML as they are made, so that the DOCX
//! never holds a tree of every run of the document.
//!
//! docx-rs keeps a document as a tree and writes it whole: a `Run` is 736 bytes before its text,
//! so a page of Han and Latin in turns (a run each) took 200 MB for 100 KB of input. Here each
//! paragraph docx-rs has been given is written with docx-rs's own `build` as soon as the block
//! that made it is done, and left in the tree as an empty placeholder that keeps its id and
//! properties (a table, as an empty paragraph of an id of its own); the pieces go back in place
//! of the placeholders when the part is zipped. A paragraph that brings a relationship or a part
//! along (a hyperlink, a footnote, a drawing), or a table with one, stays in the tree, where
//! docx-rs collects them.

use std::io::Write;

use docx_rs::{BuildXML, DocumentChild, Docx, Paragraph, ParagraphChild, ParagraphProperty, RunChild, Table, TableCellContent, TableChild, TableRowChild};

/// Pieces of `word/document.xml` written ahead, in document order.
#[derive(Default)]
pub(super) struct Spliced {
    /// (paragraph id, its XML as the part will hold it).
    pieces: Vec<(String, Vec<u8>)>,
    /// Children of the document looked at so far.
    seen: usize,
    /// Tables written ahead so far (their placeholders' ids).
    tables: usize,
}

impl Spliced {
    /// Writes every plain paragraph added to `d` since the last call, each through `fix` (the
    /// part's own fixes, which work paragraph by paragraph), and empties it.
    pub(super) fn drain(&mut self, d: &mut Docx, fix: impl Fn(&[u8]) -> Vec<u8>) {
        for child in &mut d.document.children[self.seen..] {
            match child {
                DocumentChild::Paragraph(p) if !p.children.is_empty() && is_plain(p) => {
                    let xml = p.build();
                    p.children = Vec::new();
                    self.pieces.push((p.id.clone(), fix(&xml)));
                }
                DocumentChild::Table(t) if is_plain_table(t) => {
                    let xml = t.build();
                    let id = self.next_table_id();
                    // the table's tree goes before its XML is fixed
                    *child = DocumentChild::Paragraph(Box::new(placeholder(id.clone())));
                    self.pieces.push((id, fix(&xml)));
                }
                _ => {}
            }
        }
        self.seen = d.document.children.len();
    }

    /// Adds a table written ahead (its XML fixed): in the tree, a placeholder paragraph. Call
    /// after [`Spliced::drain`], so that the pieces stay in document order.
    pub(super) fn add_written(&mut self, d: Docx, xml: Vec<u8>) -> Docx {
        let id = self.next_table_id();
        self.pieces.push((id.clone(), xml));
        let d = d.add_paragraph(placeholder(id));
        self.seen = d.document.children.len();
        d
    }

    /// Writes `skeleton` (the part with its placeholders) to `w` with each placeholder replaced
    /// by its piece, freeing each piece once written. A placeholder not found is an error: the
    /// piece's text would be lost.
    pub(super) fn write_into(self, skeleton: &[u8], w: &mut impl Write) -> std::io::Result<()> {
        let mut at = 0;
        for (id, xml) in self.pieces {
            let open = format!("<w:p w14:paraId=\"{id}\">");
            let Some(start) = find(&skeleton[at..], open.as_bytes()).map(|i| at + i) else {
                return Err(std::io::Error::other(format!("paragraph {id} is missing from the document part")));
            };
            let Some(end) = find(&skeleton[start..], b"</w:p>").map(|i| start + i + b"</w:p>".len()) else {
                return Err(std::io::Error::other(format!("paragraph {id} is not closed in the document part")));
            };
            w.write_all(&skeleton[at..start])?;
            w.write_all(&xml)?;
            at = end;
        }
        w.write_all(&skeleton[at..])
    }

    fn next_table_id(&mut self) -> String {
        self.tables += 1;
        format!("folio-table-{}", self.tables)
    }
}

/// An empty paragraph standing for a table written ahead. Not `Paragraph::new()`: that would
/// take the next paragraph's id.
fn placeholder(id: String) -> Paragraph {
    Paragraph { id, children: Vec::new(), property: ParagraphProperty::new(), has_numbering: false }
}

/// A paragraph that brings nothing but text along: runs of text, tabs and breaks.
fn is_plain(p: &Paragraph) -> bool {
    p.children.iter().all(|c| match c {
        ParagraphChild::Run(r) => r.children.iter().all(|k| matches!(k, RunChild::Text(_) | RunChild::Tab(_) | RunChild::Break(_))),
        _ => false,
    })
}

/// A table whose cells hold plain paragraphs only.
fn is_plain_table(t: &Table) -> bool {
    t.rows.iter().all(|TableChild::TableRow(row)| {
        row.cells.iter().all(|TableRowChild::TableCell(cell)| cell.children.iter().all(|c| matches!(c, TableCellContent::Paragraph(p) if is_plain(p))))
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_placeholder_takes_its_piece_and_a_lost_one_is_an_error() {
        let skeleton =
            b"<w:body><w:p w14:paraId=\"01\"><w:pPr /></w:p><w:p w14:paraId=\"02\"><w:r /></w:p><w:p w14:paraId=\"folio-table-1\"><w:pPr /></w:p></w:body>";
        let mut s = Spliced::default();
        s.pieces.push(("01".into(), b"<w:p>one</w:p>".to_vec()));
        s.pieces.push(("folio-table-1".into(), b"<w:tbl>two</w:tbl>".to_vec()));
        let mut out = Vec::new();
        s.write_into(skeleton, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "<w:body><w:p>one</w:p><w:p w14:paraId=\"02\"><w:r /></w:p><w:tbl>two</w:tbl></w:body>");
        let mut s = Spliced::default();
        s.pieces.push(("03".into(), b"<w:p>three</w:p>".to_vec()));
        assert!(s.write_into(skeleton, &mut Vec::new()).is_err(), "a piece whose placeholder is gone must not vanish silently");
    }
}
