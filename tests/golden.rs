//! Golden files a human can read: the layout dump (page, grid line, position, role, size, face,
//! text) of each example, the text extracted from a PDF, and the pretty-printed document part
//! of a DOCX. Regenerate after an intended change with
//!
//!     FOLIO_BLESS=1 cargo test --release --test golden
//!
//! and read the diff before committing it.

mod common;
use common::*;

fn check(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("FOLIO_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing: run FOLIO_BLESS=1 cargo test --release --test golden", path.display()));
    if expected != actual {
        let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
        let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
        panic!(
            "{name} differs from the golden at line {}:\n  golden: {}\n  now:    {}\n(FOLIO_BLESS=1 cargo test --release --test golden regenerates it)",
            first + 1,
            e.get(first).unwrap_or(&"<end>"),
            a.get(first).unwrap_or(&"<end>")
        );
    }
}

fn build(example_name: &str, args: &[&str]) -> common::TmpDir {
    let d = tmp(&format!("golden-{example_name}"));
    let mut all = vec!["build", example_name, "-o", d.to_str().unwrap(), "--no-system-fonts", "--dump-layout", "-q"];
    all.extend_from_slice(args);
    let input = example(example_name);
    all[1] = &input;
    let o = run(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    d
}

#[test]
fn notice_layout() {
    let d = build("notice.md", &["-f", "pdf,docx"]);
    check("notice.layout.txt", &std::fs::read_to_string(d.join("notice.layout.txt")).unwrap());
    // the DOCX body, one element per line
    let bytes = read(&d.join("notice.docx"));
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut z.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    check("notice.document.xml", &xml.replace("><", ">\n<"));
}

#[test]
fn seed_bulletin_layout_and_text() {
    let d = build("mianyang-resolution.md", &[]);
    check("mianyang-resolution.layout.txt", &std::fs::read_to_string(d.join("mianyang-resolution.layout.txt")).unwrap());
    // one line of text per line of the page, read back from the PDF's own operators
    let pages = pdf_pages(&read(&d.join("mianyang-resolution.pdf")));
    let text: Vec<String> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| format!("--- page {} ---\n{}", i + 1, pdf_lines(p).iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")))
        .collect();
    check("mianyang-resolution.pdf.txt", &(text.join("\n") + "\n"));
}

#[test]
fn photo_bulletin_layout() {
    let d = build("photo-bulletin.md", &[]);
    check("photo-bulletin.layout.txt", &std::fs::read_to_string(d.join("photo-bulletin.layout.txt")).unwrap());
}

#[test]
fn sealed_notice_layout() {
    let d = build("sealed-notice.md", &[]);
    check("sealed-notice.layout.txt", &std::fs::read_to_string(d.join("sealed-notice.layout.txt")).unwrap());
}

#[test]
fn handout_layout() {
    let d = build("mianyang-resolution.md", &["-t", "handout"]);
    check("mianyang-resolution.handout.layout.txt", &std::fs::read_to_string(d.join("mianyang-resolution.layout.txt")).unwrap());
}

/// What `folio import` takes out of each corpus document, one line each: the input line, what
/// happened to it (removed as page chrome with its reason, or moved to a front-matter field) and
/// its text. A change to what the importer removes shows here and must be reviewed.
#[test]
fn lines_the_importer_removes_from_the_corpus() {
    let dir = root().join("tests/fixtures/corpus");
    let files = files_with(&dir, "txt");
    std::fs::create_dir_all(root().join("tests/golden/import")).unwrap();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let im = import_text(&text, false);
        let mut dump = String::new();
        for r in &im.removed {
            let lines = if r.last_line > r.line { format!("{}-{}", r.line, r.last_line) } else { r.line.to_string() };
            dump.push_str(&format!("{lines:>7}  {:<44}  {}\n", r.what.describe(), r.text.trim()));
        }
        check(&format!("import/{}.removed.txt", f.file_stem().unwrap().to_string_lossy()), &dump);
    }
}
