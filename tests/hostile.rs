//! The catalogue of bad and hostile inputs (issue 19): every case ends within a time limit,
//! under a memory cap, with exit 1 or 2 and a located message — or builds correctly — and a
//! failed document leaves none of its outputs. Each folio run here is capped (`ulimit -v`) and
//! timed, so a regression to a hang or a runaway allocation fails the test instead of CI.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Virtual memory a folio run may reserve (the binary maps its fonts; threads reserve arenas).
const MEMORY_CAP_KB: u64 = 1_500_000;
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// Peak resident memory any case may reach: 40 × the largest input here (under 1 MB) + 100 MB.
const RSS_BUDGET_KB: u64 = 140_000;

/// Run folio in `dir` under the memory cap and the time limit; kill it if it overruns. Where
/// GNU time is installed (`.ci/run` installs it), the peak resident memory is measured too and
/// held to the budget.
fn capped(dir: &Path, args: &[&str]) -> Output {
    let time = Path::new("/usr/bin/time").exists();
    let rss_file = dir.join(".folio-rss");
    let _ = std::fs::remove_file(&rss_file);
    let mut cmd = Command::new("sh");
    let wrap = if time { format!("/usr/bin/time -f %M -o '{}' ", rss_file.display()) } else { String::new() };
    cmd.arg("-c").arg(format!("ulimit -v {MEMORY_CAP_KB}; exec {wrap}\"$0\" \"$@\"")).arg(env!("CARGO_BIN_EXE_folio")).args(args);
    cmd.current_dir(dir).env("SOURCE_DATE_EPOCH", "1700000000").env("CI", "1").env_remove("FOLIO_TEMPLATE").env_remove("FOLIO_FORMATS");
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("folio starts");
    let t0 = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if t0.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let o = child.wait_with_output().expect("output");
            panic!("folio {args:?} did not end within {TIME_LIMIT:?}; stderr:\n{}", stderr(&o));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let o = child.wait_with_output().expect("output");
    // a crash (signal) has no exit code: never acceptable
    assert!(o.status.code().is_some(), "folio {args:?} was killed by a signal (abort, stack overflow, out of memory): {}", stderr(&o));
    if let Ok(t) = std::fs::read_to_string(&rss_file) {
        // GNU time adds "Command exited with non-zero status N" before the figure
        let rss: u64 = t.lines().last().and_then(|l| l.trim().parse().ok()).unwrap_or(0);
        assert!(rss <= RSS_BUDGET_KB, "folio {args:?} peaked at {rss} KB, over the budget of {RSS_BUDGET_KB} KB");
        let _ = std::fs::remove_file(&rss_file);
    }
    o
}

/// Every file under `dir` (recursively), as paths relative to it.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn alias_bomb() -> String {
    let mut s = String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let mut prev = 'a';
    for c in "bcdefghi".chars() {
        s.push_str(&format!("{c}: &{c} [{}]\n", vec![format!("*{prev}"); 9].join(",")));
        prev = c;
    }
    s
}

fn nested_quotes(n: usize) -> String {
    format!("---\ntitle: 嵌套\n---\n\n{} 深\n", ">".repeat(n))
}

fn nested_list(n: usize) -> String {
    let mut s = String::from("---\ntitle: 嵌套\n---\n\n");
    for i in 0..n {
        s.push_str(&"  ".repeat(i));
        s.push_str("- 项\n");
    }
    s
}

/// A document that must fail: exit 1, the message located at `at` (`file:line:col` or
/// `file:`), containing `says`, and no output written.
fn fails(name: &str, file: &str, text: &str, at: &str, says: &str) {
    let d = tmp(name);
    std::fs::write(d.join(file), text).unwrap();
    let o = capped(&d, &["build", file, "-f", "pdf,docx,html", "-o", "out"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{name}: {e}");
    assert!(e.contains(at), "{name}: not located at {at}: {e}");
    assert!(e.contains(says), "{name}: does not say {says}: {e}");
    assert!(files(&d.join("out")).is_empty(), "{name}: wrote {:?}", files(&d.join("out")));
    // `check` reads the same way and must end the same way
    let o = capped(&d, &["check", file]);
    assert_eq!(o.status.code(), Some(1), "{name} (check): {}", stderr(&o));
}

#[test]
fn a_yaml_alias_bomb_is_refused_in_front_matter_and_structured_input() {
    let bomb = alias_bomb();
    fails("bomb-md", "bomb.md", &format!("---\ntitle: 炸弹\n{bomb}keywords: *i\n---\n\n正文。\n"), "bomb.md:", "aliases");
    fails("bomb-yaml", "bomb.yaml", &format!("title: 炸弹\n{bomb}keywords: *i\nbody:\n  - 正文。\n"), "bomb.yaml:", "aliases");
}

/// A roster of 2,800 short rows (about 85,000 characters, 113 pages) built to all three
/// formats peaked at 153 MB (the formats side by side, a table's 46,000 borders as six PDF
/// operators each); it must stay within the budget and keep its last row.
#[test]
fn a_roster_table_of_thousands_of_rows_builds_in_three_formats_within_the_memory_budget() {
    let d = tmp("roster");
    let mut md = String::from("---\ntitle: 名册\n---\n\n| 序号 | 单位 | 人数 | 备注 |\n|---|---|---|---|\n");
    for i in 0..2800 {
        md.push_str(&format!("| {i} | 某某单位第{i}支部 | {} | 无 |\n", i % 50));
    }
    std::fs::write(d.join("r.md"), md).unwrap();
    let o = capped(&d, &["build", "r.md", "-f", "pdf,docx,html", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(body_text(&read(&d.join("out/r.pdf"))).contains("某某单位第2799支部"), "the last row is set");
}

#[test]
fn deep_nesting_is_an_error_at_the_level_that_is_too_deep_not_a_crash() {
    fails("quote100", "q.md", &nested_quotes(100), "q.md:5:9:", "nest more than 8 levels");
    fails("quote10000", "q.md", &nested_quotes(10_000), "q.md:5:9:", "nest more than 8 levels");
    fails("list100", "l.md", &nested_list(100), "l.md:13:17:", "nest more than 8 levels");
    fails("list300", "l.md", &nested_list(300), "l.md:13:17:", "nest more than 8 levels");
    let deep = |open: &str, close: &str, n: usize| format!("{}{}", open.repeat(n), close.repeat(n));
    fails("json-deep", "d.json", &format!("{{\"title\":\"深\",\"body\":{}}}", deep("[", "]", 40_000)), "d.json:1:", "nested too deeply");
    fails("toml-deep", "d.toml", &format!("title = \"深\"\nbody = {}\n", deep("[", "]", 70)), "d.toml:2:", "nest more than 64");
    fails("yaml-deep", "d.yaml", &format!("title: 深\nbody: {}\n", deep("[", "]", 40_000)), "d.yaml:2:", "YAML");
    let marks = |i: usize| if i % 2 == 0 { '*' } else { '_' };
    let open: Vec<String> = (0..20).map(|i| format!("{}甲", marks(i))).collect();
    let close: Vec<String> = (0..20).rev().map(|i| format!("乙{}", marks(i))).collect();
    fails("emphasis-deep", "e.md", &format!("---\ntitle: 强调\n---\n\n{} 深 {}\n", open.join(" "), close.join(" ")), "e.md:5:49:", "nest more than 16 levels");
    // eight levels are still set, every item kept
    let d = tmp("list8");
    std::fs::write(d.join("l.md"), nested_list(8)).unwrap();
    let o = capped(&d, &["build", "l.md", "-f", "pdf,docx,html", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(body_text(&read(&d.join("out/l.pdf"))).matches('项').count(), 8);
}

#[test]
fn only_regular_files_are_read_and_a_fifo_never_hangs_a_batch() {
    let d = tmp("fifo");
    std::fs::create_dir_all(d.join("docs")).unwrap();
    std::fs::write(d.join("docs/a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    assert!(Command::new("mkfifo").arg(d.join("docs/pipe.md")).status().unwrap().success());
    let o = capped(&d, &["build", "docs", "-o", "out"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("pipe.md: error: the input is a named pipe (FIFO), not a regular file"), "{e}");
    assert!(d.join("out/a.pdf").exists());
    // an image that is a FIFO
    assert!(Command::new("mkfifo").arg(d.join("docs/seal.png")).status().unwrap().success());
    std::fs::write(d.join("docs/b.md"), "---\ntitle: 乙\n---\n\n![印章](seal.png)\n").unwrap();
    let o = capped(&d, &["build", "docs/b.md", "-o", "out"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("b.md:5:1: error: image `seal.png`: the image is a named pipe"), "{e}");
    // a device named on the command line (where /dev/null is one: some sandboxes make it a file)
    use std::os::unix::fs::FileTypeExt;
    if !std::fs::metadata("/dev/null").is_ok_and(|m| m.file_type().is_char_device()) {
        return;
    }
    let o = capped(&d, &["build", "/dev/null", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("/dev/null: error: the input is a device, not a regular file"), "{}", stderr(&o));
}

#[test]
fn jobs_are_capped_at_a_few_threads_per_core() {
    let d = tmp("jobs");
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    let o = capped(&d, &["build", "a.md", "-j", "99999", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("-j 99999 is more than 4 threads per core"), "{}", stderr(&o));
    assert!(d.join("out/a.pdf").exists());
}

#[test]
fn template_values_out_of_range_are_refused_at_their_key() {
    let cases = [
        ("[page]", "line_pitch = \"0pt\"", "page.line_pitch"),
        ("[page]", "lines = 4294967295", "page.lines"),
        ("[page]", "width = \"0mm\"", "page.width"),
        ("[page]", "margin_left = \"-20mm\"", "page.margin_left"),
        ("[page]", "margin_left = \"200mm\"", "page.margin_left"),
        ("[styles.body]", "size = \"5000pt\"", "styles.body.size"),
        ("[styles.body]", "size = \"-3pt\"", "styles.body.size"),
        ("[styles.body]", "indent = \"500字\"", "styles.body.indent"),
    ];
    let d = tmp("template-ranges");
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    for (table, line, key) in cases {
        std::fs::write(d.join("t.toml"), format!("extends = \"gongwen\"\n{table}\n{line}\n")).unwrap();
        let o = capped(&d, &["build", "a.md", "-t", "t.toml", "-o", "out"]);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{line}: {e}");
        assert!(e.contains(&format!("t.toml:3:")) && e.contains(&format!("`{key}` out of range")), "{line}: {e}");
        assert!(files(&d.join("out")).is_empty(), "{line}");
    }
}

#[test]
fn front_matter_never_closed_is_an_error_not_body_text() {
    fails("unclosed", "u.md", "---\ntitle: 没关\n\n正文。\n", "u.md:1:1:", "never closed");
}

#[test]
fn an_input_past_the_size_limits_is_refused_before_it_is_laid_out() {
    let text = format!("---\ntitle: 长\n---\n\n{}\n", "长".repeat(100_001));
    fails("too-many-chars", "big.md", &text, "big.md:", "at most 100000");
    // the message quotes an excerpt of a long line, not the line
    let d = tmp("long-line");
    std::fs::write(d.join("l.md"), format!("---\ntitle: [{}\n---\n\n正文。\n", "x".repeat(200_000))).unwrap();
    let o = capped(&d, &["build", "l.md", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).len() < 2_000, "{} bytes of message", stderr(&o).len());
}

#[test]
fn deny_warnings_writes_nothing_for_a_document_that_warned() {
    let d = tmp("deny");
    std::fs::write(d.join("w.md"), "---\ntitle: 警告\n---\n\n正文<span>有HTML</span>。\n").unwrap();
    let o = capped(&d, &["build", "w.md", "-f", "pdf,docx,html", "-o", "out", "--deny-warnings"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("w.md:5:3: warning: raw HTML"), "{e}");
    assert!(e.contains("warnings are errors (--deny-warnings); nothing was written"), "{e}");
    assert!(files(&d.join("out")).is_empty(), "{:?}", files(&d.join("out")));
}

#[test]
fn no_run_overwrites_its_own_input() {
    let d = tmp("overwrite");
    let page = "云溪市人民政府\n\n关于做好春季防火工作的通知\n\n各单位：现将有关事项通知如下。\n";
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    std::fs::write(d.join("p.txt"), page).unwrap();
    let o = capped(&d, &["build", "a.md", "--report", "a.md"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("a.md would be overwritten: it is an input of this run (a.md)"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(d.join("a.md")).unwrap(), "---\ntitle: 甲\n---\n\n正文。\n");
    assert!(!d.join("a.pdf").exists());
    for args in [&["import", "p.txt", "-o", "p.txt"][..], &["import", "p.txt", "--report", "p.txt"][..]] {
        let o = capped(&d, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("p.txt would be overwritten"), "{}", stderr(&o));
        assert_eq!(std::fs::read_to_string(d.join("p.txt")).unwrap(), page);
    }
}

#[test]
fn missing_inputs_exit_2_in_every_subcommand() {
    let d = tmp("missing");
    for args in [&["build", "nope.md"][..], &["check", "nope.md"][..], &["import", "nope.txt"][..], &["fonts", "nope.md"][..]] {
        let o = capped(&d, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("nope."), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn stale_temporary_files_of_a_killed_run_are_removed() {
    let d = tmp("stale");
    std::fs::create_dir_all(d.join("out")).unwrap();
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    // PID 4194304 is above Linux's largest, so no process of that number runs
    let stale = d.join("out/.a.pdf.folio-tmp-4194304-0");
    std::fs::write(&stale, b"half a PDF").unwrap();
    // the folder is cleared once, of every output's leftovers, not only this output's
    let other = d.join("out/.b.docx.folio-tmp-4194304-7");
    std::fs::write(&other, b"half a DOCX").unwrap();
    // a file that only looks alike is the user's and stays
    let users = d.join("out/.notes.folio-tmp-draft");
    std::fs::write(&users, b"mine").unwrap();
    let o = capped(&d, &["build", "a.md", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stale.exists() && !other.exists());
    assert!(users.exists());
    std::fs::remove_file(&users).unwrap();
    assert_eq!(files(&d.join("out")), vec![PathBuf::from("a.pdf")]);
}

#[test]
fn a_batch_with_hostile_documents_builds_the_others_and_reports() {
    let d = tmp("hostile-batch");
    let docs = d.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for i in 0..17 {
        std::fs::write(docs.join(format!("d{i:02}.md")), format!("---\ntitle: 第{i}号通知\n---\n\n第{i}份文件的正文。\n")).unwrap();
    }
    std::fs::write(docs.join("nested.md"), nested_quotes(100)).unwrap();
    std::fs::write(docs.join("bomb.md"), format!("---\ntitle: 炸弹\n{}keywords: *i\n---\n\n正文。\n", alias_bomb())).unwrap();
    assert!(Command::new("mkfifo").arg(docs.join("pipe.md")).status().unwrap().success());
    let o = capped(&d, &["build", "docs", "-f", "pdf,docx,html", "-o", "out", "--report", "report.json"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("17 built, 3 failed"), "{e}");
    let r: serde_json::Value = serde_json::from_slice(&read(&d.join("report.json"))).unwrap();
    assert_eq!(r["built"], 17);
    assert_eq!(r["failed"], 3);
    let written = files(&d.join("out"));
    assert_eq!(written.len(), 17 * 3, "{written:?}");
    assert!(written.iter().all(|p| !p.to_string_lossy().contains("folio-tmp")));
}

#[test]
fn weak_inputs_get_plain_located_messages() {
    // UTF-16 is named as such, not as invalid UTF-8 to convert from GB18030
    let d = tmp("utf16");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "---\ntitle: 甲\n---\n\n正文。\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(d.join("u.md"), bytes).unwrap();
    let o = capped(&d, &["build", "u.md", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("u.md: error: the file is UTF-16, not UTF-8"), "{}", stderr(&o));
    // control and direction codes: named, located, not "missing glyphs"
    fails("control", "c.md", "---\ntitle: 甲\n---\n\n正\u{7}文。\n", "c.md:5:2:", "the control character U+0007");
    fails("bidi", "b.md", "---\ntitle: 甲\n---\n\n付款\u{202e}元0001\n", "b.md:5:3:", "the direction code U+202E");
    // a wrong type in a field that takes text or a list of texts
    fails("one-or-many", "w.md", "---\ntitle: 甲\nissuer: {name: 某局}\n---\n\n正文。\n", "w.md:3:9:", "text or a list of texts");
    // a list that counts past 2^64
    fails(
        "list-overflow",
        "n.yaml",
        "title: 甲\nbody:\n  - list:\n      start: 18446744073709551615\n      items: [甲, 乙]\n",
        "n.yaml:",
        "past the largest number",
    );
    // a table too wide to read
    let row = |c: &str| format!("|{}\n", format!(" {c} |").repeat(25));
    fails("wide-table", "t.md", &format!("---\ntitle: 甲\n---\n\n{}{}{}", row("列"), row("---"), row("数")), "t.md:5:1:", "25 columns");
    // a PNG that declares a 100,000 × 100,000 canvas
    let d = tmp("png-bomb");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(d.join("big.png"), png).unwrap();
    std::fs::write(d.join("p.md"), "---\ntitle: 甲\n---\n\n![图](big.png)\n").unwrap();
    let o = capped(&d, &["build", "p.md", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("p.md:5:1: error: image `big.png` is 100000 × 100000 pixels"), "{}", stderr(&o));
    // an invalid SOURCE_DATE_EPOCH is a usage error, not a silently different date
    let d = tmp("epoch");
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    let o = folio().current_dir(&d).env("SOURCE_DATE_EPOCH", "yesterday").args(["build", "a.md"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("SOURCE_DATE_EPOCH=`yesterday` is not a whole number"), "{}", stderr(&o));
    assert!(!d.join("a.pdf").exists());
}

#[test]
fn doubtful_markdown_builds_with_a_warning_at_its_line() {
    let d = tmp("doubtful");
    let cases = [
        ("kind.md", "---\ntitle: 甲\nkind: memo\n---\n\n正文。\n", "kind.md:3:7: warning: unknown kind `memo`"),
        ("h6.md", "---\ntitle: 甲\n---\n\n## 一\n\n###### 深\n\n正文。\n", "h6.md:7:1: warning: a level-5 heading is set at level 4"),
        ("empty.md", "---\ntitle: 甲\n---\n\n## \n\n正文。\n", "empty.md:5:1: warning: an empty heading is left out"),
        ("note.md", "---\ntitle: 甲\n---\n\n正文[^x]。\n", "note.md:5:1: warning: footnote [^x] has no definition"),
    ];
    for (file, text, says) in cases {
        std::fs::write(d.join(file), text).unwrap();
        let o = capped(&d, &["build", file, "-o", "out"]);
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{file}: {}", stderr(&o));
    }
}

#[test]
fn a_word_longer_than_the_line_in_a_table_leaves_its_short_neighbour_whole() {
    let d = tmp("table-long-word");
    std::fs::write(d.join("w.md"), format!("---\ntitle: 表\n---\n\n| 甲 | 乙 |\n|---|---|\n| {} | 邻居文字 |\n", "x".repeat(3000))).unwrap();
    let o = capped(&d, &["build", "w.md", "-f", "pdf,docx,html", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = read(&d.join("out/w.pdf"));
    // every x is kept, and the neighbour's four characters share one line of its column
    assert_eq!(body_text(&pdf).matches('x').count(), 3000);
    let lines: Vec<String> = pdf_pages(&pdf).iter().flat_map(|p| pdf_lines(p)).map(|l| l.text).collect();
    assert!(lines.iter().any(|l| l.contains("邻居文字")), "{lines:?}");
}

#[test]
fn an_image_in_a_table_cell_is_drawn_in_the_cell_in_all_three_formats() {
    let d = tmp("cell-image");
    let png = std::fs::read(root().join("examples/images/seal.png")).unwrap();
    std::fs::write(d.join("i.png"), png).unwrap();
    std::fs::write(d.join("t.md"), "---\ntitle: 表中图\n---\n\n| 图样 | 说明 |\n|---|---|\n| ![印章图样](i.png) | 单元格中的图片。 |\n").unwrap();
    let o = capped(&d, &["build", "t.md", "-f", "pdf,docx,html", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // PDF: an image XObject; the alt text is a description, not printed text
    let pdf = read(&d.join("out/t.pdf"));
    assert!(pdf_values(&pdf, "Subtype").iter().any(|v| v == "Image"), "no image in the PDF");
    let text = body_text(&pdf);
    assert!(text.contains("单元格中的图片") && !text.contains("印章图样"), "{text}");
    // DOCX: a drawing inside a table cell
    let docx = read(&d.join("out/t.docx"));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let cell = xml.split("<w:tc>").find(|c| c.contains("<w:drawing>")).expect("a cell with a drawing");
    assert!(cell.split("</w:tc>").next().unwrap().contains("<w:drawing>"));
    // HTML: the img inside the td, with its alt text
    let html = std::fs::read_to_string(d.join("out/t.html")).unwrap();
    assert!(html.contains("<td><img src=\"data:image/png;base64,") && html.contains("alt=\"印章图样\""), "no image in a cell");
}

#[test]
fn when_one_format_cannot_be_written_no_format_is() {
    let d = tmp("all-or-none");
    std::fs::write(d.join("a.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    // the DOCX cannot be written: a folder has its name
    std::fs::create_dir_all(d.join("out/a.docx")).unwrap();
    let o = capped(&d, &["build", "a.md", "-f", "pdf,docx,html", "-o", "out"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("none of this document's outputs was written"), "{e}");
    assert_eq!(files(&d.join("out")), Vec::<PathBuf>::new(), "the PDF or the HTML was written alone");
}

/// The cases the catalogue found handled well, kept here so they stay so: (file, text, exit
/// code, what stderr says).
#[test]
fn inputs_that_were_already_handled_stay_handled() {
    let d = tmp("already");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("outside.png"), std::fs::read(root().join("examples/images/seal.png")).unwrap()).unwrap();
    let cases: &[(&str, &[u8], i32, &str)] = &[
        ("utf8.md", b"---\ntitle: x\n---\n\n\xe6\xad\xa3\xff\n", 1, "utf8.md:5:2: error: invalid UTF-8 at byte offset"),
        ("bom.md", "\u{feff}---\ntitle: 甲\n---\n\n正文。\n".as_bytes(), 0, "wrote"),
        ("crlf.md", "---\r\ntitle: 甲\r\n---\r\n\r\n正文。\r\n".as_bytes(), 0, "wrote"),
        ("yaml.md", "---\ntitle: [甲\n---\n\n正文。\n".as_bytes(), 1, "yaml.md:2:8: error: front matter is not valid YAML"),
        ("toml.md", "+++\ntitle = 甲\n+++\n\n正文。\n".as_bytes(), 1, "toml.md:2:9: error: front matter is not valid TOML"),
        ("key.md", "---\ntitel: 甲\n---\n\n正文。\n".as_bytes(), 1, "did you mean 'title'?"),
        ("type.md", "---\ntitle: 甲\ncontact: 电话\n---\n\n正文。\n".as_bytes(), 1, "type.md:3:10: error: wrong type"),
        ("sub/escape.md", "---\ntitle: 甲\n---\n\n![图](../outside.png)\n".as_bytes(), 1, "is outside the document's folder; refused"),
        ("inject.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n\n正文<img src=x onerror=alert(1)>。\n".as_bytes(), 0, "raw HTML"),
    ];
    for (file, text, code, says) in cases {
        std::fs::write(d.join(file), text).unwrap();
        let o = capped(&d, &["build", file, "-f", "pdf,docx,html", "-o", "out"]);
        assert_eq!(o.status.code(), Some(*code), "{file}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{file}: {}", stderr(&o));
    }
    // injection is inert: the title is text in the HTML, never markup
    let html = std::fs::read_to_string(d.join("out/inject.html")).unwrap();
    assert!(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title became markup");
    assert!(!html.contains("onerror"));
    // a symlinked input builds like its target; two inputs with one output name are refused
    std::os::unix::fs::symlink(d.join("bom.md"), d.join("link.md")).unwrap();
    let o = capped(&d, &["build", "link.md", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::write(d.join("same.md"), "---\ntitle: 甲\n---\n\n正文。\n").unwrap();
    std::fs::write(d.join("same.yaml"), "title: 甲\nbody:\n  - paragraph: 正文。\n").unwrap();
    let o = capped(&d, &["build", "same.md", "same.yaml", "-o", "out2"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("is also the output of"), "{}", stderr(&o));
    // a read-only output folder fails the document with the path, and nothing else happens
    let ro = d.join("ro");
    std::fs::create_dir_all(&ro).unwrap();
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o555);
    std::fs::set_permissions(&ro, perm).unwrap();
    let o = capped(&d, &["build", "bom.md", "-o", "ro"]);
    // root ignores permissions; anyone else gets a located failure
    if o.status.code() != Some(0) {
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    }
}

#[test]
fn scraped_pages_of_thousands_of_menu_lines_or_one_spaced_out_line_import_and_build_in_time() {
    let d = tmp("pathological-pages");
    std::fs::create_dir_all(&d).unwrap();
    // 33,000 menu lines over a notice (each line a title candidate, each removal a report),
    // and one line of 45,000 characters a space apart: both took minutes once
    let notice = "发布时间：2025-02-25\n关于加强管理的通知\n各单位：\n现将有关事项通知如下，请认真贯彻执行。\n";
    std::fs::write(d.join("menu.txt"), "栏目\n".repeat(33_000) + notice).unwrap();
    std::fs::write(d.join("spaced.txt"), "关于 ".to_string() + &"字 ".repeat(45_000) + "\n").unwrap();
    for file in ["menu.txt", "spaced.txt"] {
        // (-q: thousands of removal reports would fill the pipe this harness reads at the end)
        let o = capped(&d, &["build", file, "-q", "-f", "pdf,docx,html", "-o", "out"]);
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
    }
    // the notice under a menu is found and kept
    std::fs::write(d.join("menu-short.txt"), "栏目\n".repeat(200) + notice).unwrap();
    let o = capped(&d, &["import", "menu-short.txt", "-o", "menu.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = std::fs::read_to_string(d.join("menu.md")).unwrap();
    assert!(md.contains("title: \"关于加强管理的通知\""), "{}", &md[..md.len().min(400)]);
    assert!(md.contains("现将有关事项通知如下"));
}
