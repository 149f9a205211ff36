//! Import: plain text — typically a web page copied or scraped — to a [`Document`]
//! (`folio build page.txt`), or to Markdown with front matter for review (`folio import`).
//!
//! The import is a sequence of typed passes over one page model ([`page::Page`]: the logical
//! lines of the input with their origin, and a [`page::Class`] per line), each a function with
//! its own tests, its rules as data ([`rules`]):
//!
//! 1. [`passes::lines`] — the input as logical lines (a line joining several paragraphs is
//!    split), with what a reader sees of each;
//! 2. [`passes::chrome`] — page chrome removed, each line with its [`page::Reason`];
//! 3. [`passes::metadata`] — the header's metadata lines to the front matter;
//! 4. [`passes::head`] — title, 题注, document number, issuer, bulletin masthead, addressee;
//! 5. [`passes::tail`] — signature, date, 附注, attachment note, contact, 抄送, 印发, 共印;
//! 6. [`passes::units`] — the body's lines grouped into blocks;
//! 7. [`passes::headings`] — numbered lines to headings, run-in headings or paragraphs;
//! 8. [`build`] — the [`Document`].
//!
//! Nothing is dropped unseen: every line removed or moved is reported with its reason, and
//! `--keep-all` keeps the removed ones in the text.

pub mod build;
pub mod chars;
pub mod markdown;
pub mod page;
pub mod passes;
pub mod rules;

use crate::diag::SourceFile;
use crate::model::Document;
use page::{Class, Field, Reason};

/// Options of the import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Keep every line, chrome included (what went into the front matter is still moved).
    pub keep_all: bool,
}

/// What happened to a line that is not in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Removal {
    /// Page chrome, removed.
    Residue(Reason),
    /// Moved into a front-matter field.
    Moved(Field),
}

impl Removal {
    pub fn is_moved(self) -> bool {
        matches!(self, Removal::Moved(_))
    }
    pub fn describe(self) -> String {
        match self {
            Removal::Residue(r) => r.describe().to_string(),
            Removal::Moved(f) => format!("moved to the front matter ({})", f.key()),
        }
    }
}

/// A line the import removed or moved, and why.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Removed {
    /// 1-based line of the input.
    pub line: usize,
    /// Its last line: a line the page had broken into fragments (`2010` / `年` / `5`…) was
    /// joined back before it was read.
    pub last_line: usize,
    pub text: String,
    #[serde(rename = "reason")]
    pub what: Removal,
}

/// Something the user should check: a guess, or a document with no title or no headings.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Warning {
    /// 1-based line of the input, when the warning is about one.
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Imported {
    pub document: Document,
    pub removed: Vec<Removed>,
    pub warnings: Vec<Warning>,
}

/// Import a scraped page.
pub fn import(src: &SourceFile, opts: &ImportOptions) -> Imported {
    let mut page = passes::lines::read(&src.text);
    passes::chrome::run(&mut page);
    passes::metadata::run(&mut page);
    passes::head::run(&mut page);
    passes::tail::run(&mut page);
    // --keep-all: chrome stays in the text, verbatim; what went into the front matter does not
    let kept: Vec<bool> = page.lines.iter().map(|l| opts.keep_all && matches!(l.class, Class::Residue(_))).collect();
    let units = passes::units::group(&page, &kept);
    let mut removed: Vec<Removed> = page
        .lines
        .iter()
        .zip(&kept)
        .filter_map(|(l, k)| match l.class {
            Class::Residue(r) if !k => Some(Removal::Residue(r)),
            Class::Moved(f) => Some(Removal::Moved(f)),
            _ => None,
        }
        .map(|what| Removed { line: l.origin, last_line: src.line_col(l.span.end.saturating_sub(1).max(l.span.start)).0.max(l.origin), text: chars::trim_all(&l.raw).to_string(), what }))
        .collect();
    let document = build::document(&mut page, &units, src, opts.keep_all, &mut removed);
    let mut warnings: Vec<Warning> = page.guesses.iter().map(|(i, m)| Warning { line: Some(page.lines[*i].origin), message: m.clone() }).collect();
    warnings.sort_by_key(|w| w.line);
    removed.sort_by_key(|r| r.line);
    if document.meta.title.is_none() {
        warnings.push(Warning { line: None, message: "no title recognised; add `title:` to the front matter".into() });
    }
    let c = document.counts();
    if c.headings.iter().sum::<usize>() == 0 && c.paragraphs > 3 {
        warnings.push(Warning { line: None, message: "no section headings recognised; the text is imported as plain paragraphs".into() });
    }
    Imported { document, removed, warnings }
}

#[cfg(test)]
mod debug_tests {
    #[test]
    fn debug_dump() {
        let Ok(path) = std::env::var("FOLIO_DEBUG_IMPORT") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        let mut page = super::passes::lines::read(&text);
        super::passes::chrome::run(&mut page);
        super::passes::metadata::run(&mut page);
        super::passes::head::run(&mut page);
        super::passes::tail::run(&mut page);
        for (i, l) in page.lines.iter().enumerate() {
            println!("{i:3} {:?} {}", l.class, l.text.chars().take(40).collect::<String>());
        }
        let kept = vec![false; page.lines.len()];
        for u in super::passes::units::group(&page, &kept) {
            println!("unit {:?} {:?}", u.kind, u.lines);
        }
    }
}
