//! Many documents in one process: failures isolated and reported, partitions, reproducible
//! bytes, atomic writes, folio.toml.

mod common;
use common::*;

use std::path::Path;

fn seed_doc(i: usize) -> String {
    format!(
        "---\ntitle: 第{i}号通知\ndate: 2024-03-{:02}\nissuer: 云溪市科技创新促进中心\n---\n\n## 工作要求\n\n第{i}份文件的正文，用于批量构建。各单位要高度重视，认真组织实施。\n",
        i % 28 + 1
    )
}

fn make_batch(dir: &Path, n: usize, broken: Option<usize>) {
    for i in 0..n {
        let sub = dir.join(format!("g{}", i % 4));
        std::fs::create_dir_all(&sub).unwrap();
        let text = if Some(i) == broken { "---\ntitle: 坏文件\ndate: [not, a, date\n---\n\n正文。\n".to_string() } else { seed_doc(i) };
        std::fs::write(sub.join(format!("doc{i:03}.md")), text).unwrap();
    }
}

#[test]
fn one_broken_document_never_stops_the_others() {
    let d = tmp("batch100");
    let src = d.join("src");
    let out = d.join("out");
    make_batch(&src, 100, Some(42));
    let report = d.join("report.json");
    let o = run(&["build", src.to_str().unwrap(), "-o", out.to_str().unwrap(), "-j", "2", "--report", report.to_str().unwrap(), "--no-system-fonts"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("doc042.md:3:7: error"), "{e}");
    assert!(e.contains("99 built, 1 failed"), "{e}");
    let built = walk(&out).into_iter().filter(|p| p.extension().is_some_and(|x| x == "pdf")).count();
    assert_eq!(built, 99);
    // outputs mirror the input tree
    assert!(out.join("g2").join("doc002.pdf").exists());
    let r: serde_json::Value = serde_json::from_slice(&read(&report)).unwrap();
    assert_eq!(r["built"], 99);
    assert_eq!(r["failed"], 1);
    let bad: Vec<&serde_json::Value> = r["documents"].as_array().unwrap().iter().filter(|x| x["ok"] == false).collect();
    assert_eq!(bad.len(), 1);
    assert!(bad[0]["input"].as_str().unwrap().ends_with("doc042.md"));
    assert_eq!(bad[0]["errors"][0]["location"]["line"], 3);
    // results are reported in input order
    let inputs: Vec<&str> = r["documents"].as_array().unwrap().iter().map(|x| x["input"].as_str().unwrap()).collect();
    let mut sorted = inputs.clone();
    sorted.sort();
    assert_eq!(inputs, sorted);
}

fn walk(p: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn partitions_build_every_input_exactly_once() {
    let d = tmp("partition");
    let src = d.join("src");
    make_batch(&src, 17, None);
    let mut seen = Vec::new();
    for k in 1..=3 {
        let report = d.join(format!("r{k}.json"));
        let o = run(&[
            "build",
            src.to_str().unwrap(),
            "-o",
            d.join("out").to_str().unwrap(),
            "--partition",
            &format!("{k}/3"),
            "--report",
            report.to_str().unwrap(),
            "--no-system-fonts",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let r: serde_json::Value = serde_json::from_slice(&read(&report)).unwrap();
        for doc in r["documents"].as_array().unwrap() {
            seen.push(doc["input"].as_str().unwrap().to_string());
        }
    }
    seen.sort();
    let before = seen.len();
    seen.dedup();
    assert_eq!(before, 17, "every input once");
    assert_eq!(seen.len(), 17);
    assert_eq!(run(&["build", src.to_str().unwrap(), "--partition", "4/3"]).status.code(), Some(2));
}

#[test]
fn job_count_and_input_order_do_not_change_the_bytes() {
    let d = tmp("jobs");
    let src = d.join("src");
    make_batch(&src, 8, None);
    let a = d.join("a");
    let b = d.join("b");
    assert!(run(&["build", src.to_str().unwrap(), "-f", "pdf,docx,html", "-o", a.to_str().unwrap(), "-j", "1", "--no-system-fonts"]).status.success());
    assert!(run(&["build", src.to_str().unwrap(), "-f", "pdf,docx,html", "-o", b.to_str().unwrap(), "-j", "2", "--no-system-fonts"]).status.success());
    let files = walk(&a);
    assert_eq!(files.len(), 24);
    for f in files {
        let rel = f.strip_prefix(&a).unwrap();
        assert_eq!(read(&f), read(&b.join(rel)), "{}", rel.display());
    }
}

/// A batch that mixes templates (per-folder folio.toml), document kinds (notices, bulletins,
/// scraped pages, images) and formats: the same bytes with -j1 and -j2, in either input order.
#[test]
fn a_mixed_batch_gives_the_same_bytes_in_any_order_and_job_count() {
    let d = tmp("mixed");
    let src = d.join("src");
    for (dir, template) in [("handout", Some("handout")), ("gongwen", Some("gongwen")), ("default", None)] {
        let sub = src.join(dir);
        std::fs::create_dir_all(sub.join("images")).unwrap();
        if let Some(t) = template {
            std::fs::write(sub.join("folio.toml"), format!("template = \"{t}\"\n")).unwrap();
        }
        for ex in ["notice.md", "photo-bulletin.md", "mianyang-resolution.md"] {
            std::fs::copy(root().join("examples").join(ex), sub.join(format!("{dir}-{ex}"))).unwrap();
        }
        for img in ["meeting.png", "seal.png"] {
            std::fs::copy(root().join("examples/images").join(img), sub.join("images").join(img)).unwrap();
        }
        std::fs::copy(root().join("tests/fixtures/corpus/02-tongzhi-jiejiari-2019-short.txt"), sub.join(format!("{dir}-02.txt"))).unwrap();
    }
    let dirs = ["handout", "gongwen", "default"].map(|x| src.join(x).to_string_lossy().into_owned());
    let (a, b) = (d.join("a"), d.join("b"));
    let build = |order: [&str; 3], out: &Path, jobs: &str| {
        let o = run(&["build", order[0], order[1], order[2], "-f", "pdf,docx,html", "-o", out.to_str().unwrap(), "-j", jobs, "--no-system-fonts"]);
        assert!(o.status.success(), "{}", stderr(&o));
    };
    build([&dirs[0], &dirs[1], &dirs[2]], &a, "1");
    build([&dirs[2], &dirs[1], &dirs[0]], &b, "2");
    let files = walk(&a);
    assert_eq!(files.len(), 3 * 4 * 3);
    for f in files {
        let rel = f.strip_prefix(&a).unwrap();
        assert_eq!(read(&f), read(&b.join(rel)), "{}", rel.display());
    }
}

/// A crash while building one document (a bug) fails that document only.
#[test]
fn a_crash_in_one_document_fails_only_that_document_and_the_report_is_written() {
    let d = tmp("crash");
    let src = d.join("src");
    make_batch(&src, 6, None);
    let report = d.join("report.json");
    let out = d.join("out");
    let o = folio()
        .env("FOLIO_TEST_PANIC_ON", "doc003.md")
        .args(["build", src.to_str().unwrap(), "-o", out.to_str().unwrap(), "-j", "2", "--report", report.to_str().unwrap(), "--no-system-fonts"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("doc003.md: error: folio crashed while building this document"), "{e}");
    assert!(e.contains("5 built, 1 failed"), "{e}");
    assert!(!e.contains("panicked at"), "the panic is reported, not dumped: {e}");
    let r: serde_json::Value = serde_json::from_slice(&read(&report)).unwrap();
    assert_eq!(r["failed"], 1);
    assert_eq!(r["built"], 5);
    assert_eq!(walk(&out).iter().filter(|p| p.extension().is_some_and(|x| x == "pdf")).count(), 5);
}

/// A template of one's own must have a body style: without it (and without `extends`) the run
/// stops with a configuration error naming the template, before any document is built.
#[test]
fn a_template_without_a_body_style_is_a_configuration_error() {
    let d = tmp("nobody");
    let full = run(&["templates", "show", "gongwen"]);
    let mut keep = true;
    let text: String = stdout(&full)
        .lines()
        .filter(|l| {
            if l.trim_start().starts_with('[') {
                keep = l.trim() != "[styles.body]";
            }
            keep
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let t = d.join("mine.toml");
    std::fs::write(&t, text).unwrap();
    let o = run(&["build", &example("notice.md"), "-t", t.to_str().unwrap(), "-o", d.join("out").to_str().unwrap(), "--no-system-fonts"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("mine.toml: error: template") && stderr(&o).contains("has no [styles.body]"), "{}", stderr(&o));
    assert!(!d.join("out").exists());
}

#[test]
fn a_failed_build_keeps_the_previous_good_output() {
    let d = tmp("atomic");
    let f = d.join("a.md");
    std::fs::write(&f, seed_doc(1)).unwrap();
    assert!(run(&["build", f.to_str().unwrap(), "--no-system-fonts"]).status.success());
    let good = read(&d.join("a.pdf"));
    std::fs::write(&f, "---\ntitel: x\n---\n正文\n").unwrap();
    assert_eq!(run(&["build", f.to_str().unwrap(), "--no-system-fonts"]).status.code(), Some(1));
    assert_eq!(read(&d.join("a.pdf")), good);
    assert!(std::fs::read_dir(&d).unwrap().flatten().all(|e| !e.file_name().to_string_lossy().contains("folio-tmp")), "no temporary file left");
}

#[test]
fn killing_folio_mid_batch_leaves_no_truncated_output() {
    let d = tmp("kill");
    let src = d.join("src");
    let out = d.join("out");
    make_batch(&src, 300, None);
    let mut child = folio()
        .args(["build", src.to_str().unwrap(), "-o", out.to_str().unwrap(), "-f", "pdf,docx,html", "-j", "2", "-q", "--no-system-fonts"])
        .spawn()
        .unwrap();
    // let some outputs land, then kill -9
    let t0 = std::time::Instant::now();
    while walk(&out).iter().filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.')).count() < 30 && t0.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let outputs: Vec<_> = walk(&out).into_iter().filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.')).collect();
    assert!(!outputs.is_empty());
    for p in outputs {
        let bytes = read(&p);
        match p.extension().and_then(|e| e.to_str()) {
            Some("pdf") => {
                assert!(bytes.starts_with(b"%PDF") && bytes.trim_ascii_end().ends_with(b"%%EOF"), "{}", p.display());
                assert!(lopdf::Document::load_mem(&bytes).is_ok(), "{}", p.display());
            }
            Some("docx") => assert!(zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_ok(), "{}", p.display()),
            Some("html") => assert!(String::from_utf8(bytes).unwrap().trim_end().ends_with("</html>"), "{}", p.display()),
            _ => {}
        }
    }
}

#[test]
fn folio_toml_sets_defaults_that_flags_and_front_matter_override() {
    let d = tmp("config");
    std::fs::write(
        d.join("folio.toml"),
        "template = \"handout\"\nformats = [\"pdf\", \"html\"]\noutput = \"dist\"\n[contact]\norganization = \"配置单位\"\nphone = \"010-12345678\"\n",
    )
    .unwrap();
    let sub = d.join("docs");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("a.md"), seed_doc(1)).unwrap();
    std::fs::write(sub.join("b.md"), "---\ntitle: 自带联系方式\ncontact:\n  organization: 文档单位\n---\n\n正文。\n").unwrap();
    let o = run(&["build", sub.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = String::from_utf8(read(&d.join("dist/a.html"))).unwrap();
    assert!(html.contains("配置单位") && html.contains("010-12345678"), "contact from folio.toml");
    let b = String::from_utf8(read(&d.join("dist/b.html"))).unwrap();
    assert!(b.contains("文档单位") && b.contains("010-12345678"), "the document's own contact wins, folio.toml fills the rest");
    assert!(html.contains("class=\"doc plain\""), "handout template from folio.toml");
    // a flag beats folio.toml
    let o = run(&["build", sub.join("a.md").to_str().unwrap(), "-t", "gongwen", "-f", "html", "--no-system-fonts"]);
    assert!(o.status.success());
    assert!(String::from_utf8(read(&d.join("dist/a.html"))).unwrap().contains("class=\"doc gongwen\""));
    // the DOCX's faces: embedded from folio.toml, named again with the flag
    std::fs::write(d.join("folio.toml"), "formats = [\"docx\"]\noutput = \"dist\"\ndocx_fonts = \"embed\"\n").unwrap();
    let fonts_in = |docx: &[u8]| {
        let z = zip::ZipArchive::new(std::io::Cursor::new(docx.to_vec())).unwrap();
        z.file_names().filter(|n| n.as_ref().is_ok_and(|n| n.starts_with("word/fonts/"))).count()
    };
    let o = run(&["build", sub.join("a.md").to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fonts_in(&read(&d.join("dist/a.docx"))) > 0, "docx_fonts = \"embed\" embeds the faces");
    let o = run(&["build", sub.join("a.md").to_str().unwrap(), "--no-system-fonts", "--docx-fonts", "names"]);
    assert!(o.status.success());
    assert_eq!(fonts_in(&read(&d.join("dist/a.docx"))), 0, "the flag beats folio.toml");
    std::fs::write(d.join("folio.toml"), "docx_fonts = \"embedded\"\n").unwrap();
    let o = run(&["build", sub.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("folio.toml:1:") && stderr(&o).contains("embed"), "{}", stderr(&o));
    // a bad folio.toml is a configuration error at its line
    std::fs::write(d.join("folio.toml"), "templat = \"x\"\n").unwrap();
    let o = run(&["build", sub.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("folio.toml:1:1") && stderr(&o).contains("did you mean 'template'"), "{}", stderr(&o));
}

#[test]
fn deny_warnings_fails_a_document_with_warnings() {
    let d = tmp("deny");
    let f = d.join("a.md");
    std::fs::write(&f, "---\ntitle: t\ndoc_number: 科源发[2021]12号\n---\n\n正文。\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("GB/T 9704 uses 〔2021〕"), "{}", stderr(&o));
    let o = run(&["build", f.to_str().unwrap(), "--deny-warnings", "--no-system-fonts"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn globs_expand_to_inputs() {
    let d = tmp("glob");
    make_batch(&d, 5, None);
    let pat = format!("{}/g*/doc00[0-2].md", d.display());
    let o = run(&["build", &pat, "-o", d.join("out").to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(walk(&d.join("out")).len(), 3);
}

#[test]
fn watch_rebuilds_what_changed() {
    let d = tmp("watch");
    let f = d.join("w.md");
    std::fs::write(&f, seed_doc(1)).unwrap();
    let log = d.join("watch.log");
    let mut child = folio()
        .args(["build", f.to_str().unwrap(), "-f", "html", "--watch", "--no-system-fonts"])
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let out = d.join("w.html");
    let t0 = std::time::Instant::now();
    while !out.exists() && t0.elapsed().as_secs() < 30 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(out.exists());
    // edit until the watcher (which starts after the first build) has seen it
    let mut rebuilt = false;
    let mut n = 0;
    while t0.elapsed().as_secs() < 30 && !rebuilt {
        n += 1;
        std::fs::write(&f, seed_doc(1).replace("工作要求", &format!("修改后的要求{n}"))).unwrap();
        for _ in 0..10 {
            std::thread::sleep(std::time::Duration::from_millis(50));
            if std::fs::read_to_string(&out).is_ok_and(|h| h.contains("修改后的要求")) {
                rebuilt = true;
                break;
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(rebuilt, "the output follows the edit; folio said:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
}
