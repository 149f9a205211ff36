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
        .filter_map(|(l, k)| {
            match l.class {
                Class::Residue(r) if !k => Some(Removal::Residue(r)),
                Class::Moved(f) => Some(Removal::Moved(f)),
                _ => None,
            }
            .map(|what| Removed {
                line: l.origin,
                last_line: src.line_col(l.span.end.saturating_sub(1).max(l.span.start)).0.max(l.origin),
                text: chars::trim_all(&l.raw).to_string(),
                what,
            })
        })
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
        let stage = |page: &super::page::Page, name: &str| {
            let marked: Vec<String> =
                page.lines.iter().enumerate().filter(|(_, l)| !l.is_text() && l.class != super::page::Class::Blank).map(|(i, _)| i.to_string()).collect();
            println!("after {name}: {}", marked.join(" "));
        };
        stage(&page, "chrome");
        super::passes::metadata::run(&mut page);
        stage(&page, "metadata");
        super::passes::head::run(&mut page);
        stage(&page, "head");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn imported(text: &str) -> Imported {
        import(&SourceFile::new("page.txt", text.to_string()), &ImportOptions::default())
    }

    #[test]
    fn the_markdown_written_reads_back_as_the_same_document() {
        let page = "首页 > 通知公告\n关于做好节日值班工作的通知\n科发〔2024〕3号\n各部门：\n为做好节日期间工作，现通知如下。\n一、总体要求\n（一）指导思想。以安全为先，统筹做好值班安排。\n二、工作安排\n各部门要落实值班制度。\n科技城管理委员会\n2024年1月5日\n";
        let im = imported(page);
        let md = markdown::to_markdown(&im.document);
        let src = SourceFile::new("page.md", md.clone());
        let mut diags = crate::diag::Diagnostics::default();
        let back = crate::parse::parse_markdown(&src, &mut diags).unwrap();
        assert_eq!(back.meta, im.document.meta, "{md}");
        assert_eq!(back.counts(), im.document.counts(), "{md}");
        assert_eq!(im.document.meta.doc_number.as_deref(), Some("科发〔2024〕3号"));
        // a run-in heading keeps its lead phrase at the head of its paragraph, marked as its
        // level is set (level 2: 楷体, written as emphasis)
        assert!(md.contains("\n*（一）指导思想。*以安全为先"), "{md}");
    }

    #[test]
    fn a_traditional_document_is_read_like_a_simplified_one() {
        let im = imported(
            "四平市人民政府文件\n四政函〔2020〕103號\n四平市人民政府\n關於2019年度全市法治政府\n建設考核結果的通報\n各縣（市）區人民政府：\n按照考核辦法，現將結果通報如下。\n四平市人民政府\n2020年5月6日\n（此件公開發布）\n",
        );
        let m = &im.document.meta;
        assert_eq!(m.doc_number.as_deref(), Some("四政函〔2020〕103號"), "號 ends a document number");
        assert_eq!(m.title.as_deref(), Some("四平市人民政府關於2019年度全市法治政府建設考核結果的通報"), "the traditional text is kept as written");
        assert_eq!(m.addressee.as_deref(), Some("各縣（市）區人民政府"));
        assert_eq!(m.date.as_deref(), Some("2020-05-06"));
        assert_eq!(m.note.as_deref(), Some("此件公開發布"));
    }

    #[test]
    fn a_guessed_end_of_text_is_a_warning_at_its_line() {
        let im = imported("关于开展检查的通知\n各单位：\n请按要求开展检查工作，确保各项措施落实到位。\n2024年3月1日\n");
        assert_eq!(im.document.meta.date.as_deref(), Some("2024-03-01"));
        assert!(im.warnings.iter().any(|w| w.line == Some(4) && w.message.contains("2024年3月1日")), "{:?}", im.warnings);
    }
}
