//! Mutation fuzzing of every reader (issue 19): seed inputs — front matter, Markdown, YAML,
//! TOML, JSON and scraped text, in `tests/fixtures/fuzz/` — are cut, spliced and sprinkled with
//! the characters their syntaxes care about (fences, `>`, `-`, `|`, `*`, `[^`, `&a`/`*a`,
//! brackets, control and direction codes, CJK punctuation), then parsed and converted to all
//! three formats in process. Every case must end in a document or in a located error: no panic,
//! and (since the readers bound nesting) no stack overflow, which would abort the test binary.
//!
//! `cargo test --release --test fuzz` runs 1,500 cases; `FOLIO_FUZZ=N` runs N. A case that
//! fails is written to the temporary folder to replay; when one is found and fixed, its input
//! goes into `tests/fixtures/fuzz/` so the seeds keep it.

mod common;
use common::Rng;

use std::path::{Path, PathBuf};

/// What mutations insert: pieces of syntax and characters that have broken readers before.
const PIECES: &[&str] = &[
    "\n---\n",
    "\n+++\n",
    "---\n",
    ">",
    "> > > ",
    "\n- ",
    "\n  - ",
    "\n1. ",
    "|",
    "| --- |",
    "*",
    "**",
    "_",
    "[^1]",
    "[^1]: 注\n",
    "[",
    "]",
    "(",
    ")",
    "![图](x.png)",
    "&a ",
    "*a",
    "&b [*a, *a]",
    "{",
    "}",
    "[[",
    "]]",
    ":",
    ": ",
    "\"",
    "'",
    "#",
    "## ",
    "##### ",
    "\n\n",
    "\t",
    "\\",
    "`",
    "<br>",
    "<!-- pagebreak -->",
    "附件1",
    "一、",
    "（一）",
    "。",
    "，",
    "“",
    "”",
    "\u{202e}",
    "\u{7}",
    "\u{0}",
    "\u{feff}",
    "𠀀",
    "\u{301}",
    "=",
    " = ",
    "title",
    "body:",
    "- paragraph: ",
    "关于",
    "的通知",
    "2024年13月45日",
    "〔2024〕",
    "号",
    "\r\n",
    "\u{3000}",
];

fn mutate(seed: &str, rng: &mut Rng) -> String {
    let mut s: Vec<char> = seed.chars().collect();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(s.len() + 1);
        match rng.below(5) {
            0 | 1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                let n = 1 + if rng.below(10) == 0 { rng.below(200) } else { 0 };
                let ins: Vec<char> = piece.repeat(n).chars().collect();
                s.splice(at..at, ins);
            }
            2 => {
                let end = (at + rng.below(40)).min(s.len());
                s.drain(at..end);
            }
            3 => {
                // duplicate a slice somewhere else
                let end = (at + rng.below(80)).min(s.len());
                let slice: Vec<char> = s[at..end].to_vec();
                let to = rng.below(s.len() + 1);
                s.splice(to..to, slice);
            }
            _ => {
                if at < s.len() {
                    s[at] = PIECES[rng.below(PIECES.len())].chars().next().unwrap_or('x');
                }
            }
        }
    }
    s.into_iter().collect()
}

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("tests/fixtures/fuzz").flatten().map(|e| e.path()).filter(|p| p.file_name().is_some_and(|n| n != "README.md")).collect();
    v.sort();
    v
}

#[test]
fn mutated_inputs_end_in_a_document_or_a_located_error() {
    let cases: u64 = std::env::var("FOLIO_FUZZ").ok().and_then(|v| v.parse().ok()).unwrap_or(1_500);
    let seeds = seeds();
    assert!(seeds.len() >= 6, "{seeds:?}");
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: Vec::new() });
    let dir = std::env::temp_dir().join(format!("folio-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let opts = folio::ConvertOptions { formats: folio::Format::ALL.to_vec(), allow_missing_glyphs: true, ..Default::default() };
    let (mut built, mut refused) = (0, 0);
    for case in 0..cases {
        let seed = &seeds[case as usize % seeds.len()];
        let mut rng = Rng::new(case + 1);
        let text = mutate(&std::fs::read_to_string(seed).unwrap(), &mut rng);
        let path = dir.join(format!("case{case}.{}", seed.extension().unwrap().to_string_lossy()));
        std::fs::write(&path, &text).unwrap();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| folio::convert(&engine, &path, &opts)));
        match result {
            Ok(Ok(_)) => built += 1,
            Ok(Err(f)) => {
                refused += 1;
                let first = f.0.iter().find(|d| d.is_error()).unwrap_or_else(|| panic!("case {case}: a failure with no error: {f}"));
                assert!(first.location.is_some(), "case {case} ({}): an error with no place: {first}", path.display());
            }
            Err(_) => panic!("case {case}: folio panicked on {} (mutated from {})", path.display(), seed.display()),
        }
        let _ = std::fs::remove_file(&path);
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("{cases} mutated inputs: {built} built, {refused} refused with a located error");
    assert!(built > cases / 10, "mutations too destructive: only {built} of {cases} built");
}
