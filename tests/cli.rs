//! The command line as a user meets it: exit codes, summaries, errors with file:line:col.

mod common;
use common::*;

#[test]
fn check_prints_the_same_summary_for_markdown_and_yaml() {
    let md = run(&["check", &example("mianyang-resolution.md")]);
    let yaml = run(&["check", &example("mianyang-resolution.yaml")]);
    assert!(md.status.success(), "{}", stderr(&md));
    assert!(yaml.status.success(), "{}", stderr(&yaml));
    let body = |s: String| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    let (a, b) = (body(stdout(&md)), body(stdout(&yaml)));
    assert_eq!(a, b);
    assert!(a.contains("headings:    13 level 1"), "{a}");
    let paras: usize =
        a.lines().find(|l| l.trim_start().starts_with("paragraphs:")).and_then(|l| l.split(':').nth(1)).and_then(|n| n.trim().parse().ok()).unwrap();
    assert!(paras >= 36, "{paras}");
    assert!(a.contains("0816-8118728"));
}

#[test]
fn unknown_front_matter_key_fails_with_its_position_and_a_hint() {
    let d = tmp("titel");
    let f = d.join("a.md");
    std::fs::write(&f, "---\ndate: 2021-08-27\ntitel: x\n---\n\n正文。\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("a.md:3:1: error: unknown key `titel`"), "{e}");
    assert!(e.contains("did you mean 'title'"), "{e}");
    assert!(!d.join("a.pdf").exists(), "no output for a failed document");
    let c = run(&["check", f.to_str().unwrap()]);
    assert_eq!(c.status.code(), Some(1));
}

#[test]
fn syntax_errors_in_structured_files_show_the_line_and_a_hint() {
    let d = tmp("syntax");
    for (name, text, at) in [
        ("a.yaml", "title: 标题\nissuer: 办公室\ndate 2021-08-27\nbody: 正文\n", "a.yaml:3:1:"),
        ("b.toml", "title = \"标题\"\nissuer = 办公室\n", "b.toml:2:"),
        ("c.json", "{\"title\": \"标题\",\n \"body\": \"正文\",\n}\n", "c.json:3:"),
    ] {
        let f = d.join(name);
        std::fs::write(&f, text).unwrap();
        let o = run(&["check", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let e = stderr(&o);
        assert!(e.contains(at) && e.contains("error: not valid"), "{name}: {e}");
        assert!(e.contains(" | ") && e.contains("hint:"), "{name}: the source line and a hint: {e}");
    }
}

#[test]
fn wrong_types_name_the_expected_type() {
    let d = tmp("types");
    let f = d.join("a.yaml");
    std::fs::write(&f, "title: 标题\ncontact: 0816-8118728\nbody: 正文\n").unwrap();
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("a.yaml:2:10: error: wrong type: expected a table of keys, found a string") || e.contains("a.yaml:2:10: error: wrong type"), "{e}");
}

#[test]
fn structured_values_that_look_numeric_stay_as_written() {
    let d = tmp("numeric");
    let f = d.join("a.yaml");
    std::fs::write(
        &f,
        "title: 通知\ncopy_number: 000123\ndoc_number: 科源发〔2021〕12号\ncontact:\n  organization: 科源\n  phone: 0816-8118728\nbody: 正文。\n",
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = squash(&pdf_text(&read(&d.join("a.pdf"))).concat());
    assert!(text.contains("000123"), "{text}");
    assert!(text.contains("科源发〔2021〕12号"), "{text}");
    assert!(text.contains("0816-8118728"), "{text}");
}

#[test]
fn invalid_utf8_is_reported_with_its_byte_offset() {
    let d = tmp("utf8");
    let f = d.join("a.md");
    std::fs::write(&f, b"# t\n\nab\xff\n").unwrap();
    let o = run(&["build", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("invalid UTF-8 at byte offset 7"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["build"]).status.code(), Some(2));
    assert_eq!(run(&["build", "/no/such/file.md"]).status.code(), Some(2));
    assert_eq!(run(&["build", &example("notice.md"), "-t", "gongwne"]).status.code(), Some(2));
    let o = run(&["build", &example("notice.md"), "-t", "gongwne"]);
    assert!(stderr(&o).contains("did you mean 'gongwen'"), "{}", stderr(&o));
}

#[test]
fn schema_is_json_and_lists_the_fields() {
    let o = run(&["schema"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for k in ["title", "doc_number", "copy_number", "contact", "bulletin", "body"] {
        assert!(v["properties"].get(k).is_some(), "{k}");
    }
}

#[test]
fn completions_and_help_work() {
    let o = run(&["completions", "bash"]);
    assert!(o.status.success() && stdout(&o).contains("folio"));
    let h = run(&["--help"]);
    assert!(stdout(&h).contains("Examples:"));
    assert!(run(&["--version"]).status.success());
    // the bash completions load in bash without an error
    let d = tmp("completions");
    std::fs::write(d.join("folio.bash"), stdout(&o)).unwrap();
    let b = std::process::Command::new("bash").arg("-c").arg(format!("source {} && complete -p folio", d.join("folio.bash").display())).output().unwrap();
    assert!(b.status.success() && String::from_utf8_lossy(&b.stdout).contains("folio"), "{}", String::from_utf8_lossy(&b.stderr));
}

#[test]
fn version_names_the_embedded_fonts_and_their_versions() {
    let v = stdout(&run(&["--version"]));
    assert!(v.starts_with(&format!("folio {}", env!("CARGO_PKG_VERSION"))), "{v}");
    for f in folio_fonts::FONTS {
        let line = v.lines().find(|l| l.contains(f.file)).unwrap_or_else(|| panic!("{} not in {v}", f.file));
        assert!(line.contains("Version "), "{line}");
    }
}

#[test]
fn the_manual_page_is_roff_with_a_section_per_subcommand() {
    let o = run(&["man"]);
    assert!(o.status.success());
    let page = stdout(&o);
    assert!(page.starts_with(".ie") || page.contains(".TH folio"), "{}", &page[..page.len().min(200)]);
    for sub in ["build", "check", "import", "schema", "fonts", "templates", "completions", "licenses", "man"] {
        assert!(
            page.contains(&format!(".SH \"FOLIO {}\"", sub.to_uppercase())) || page.contains(&format!(".SH FOLIO\\ {}", sub.to_uppercase())),
            "no section for {sub}"
        );
    }
    // man reads it, where man is installed
    let d = tmp("man");
    std::fs::write(d.join("folio.1"), &page).unwrap();
    if let Ok(m) = std::process::Command::new("man").arg("-l").arg(d.join("folio.1")).env("MANPAGER", "cat").env("MANWIDTH", "100").output() {
        if m.status.success() {
            let text = String::from_utf8_lossy(&m.stdout);
            assert!(text.contains("FOLIO BUILD") && text.contains("--deny-warnings"), "{text}");
        }
    }
}

#[test]
fn templates_show_round_trips_to_the_same_pdf() {
    let d = tmp("tplshow");
    let o = run(&["templates", "show", "gongwen"]);
    assert!(o.status.success());
    let t = d.join("t.toml");
    std::fs::write(&t, &o.stdout).unwrap();
    let a = d.join("a");
    let b = d.join("b");
    assert!(run(&["build", &example("notice.md"), "-t", "gongwen", "-o", a.to_str().unwrap()]).status.success());
    let r = run(&["build", &example("notice.md"), "-t", t.to_str().unwrap(), "-o", b.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(read(&a.join("notice.pdf")), read(&b.join("notice.pdf")));
    // and the jianbao template, which extends gongwen, shows whole
    let j = run(&["templates", "show", "jianbao"]);
    let jt = d.join("j.toml");
    std::fs::write(&jt, &j.stdout).unwrap();
    let c = d.join("c");
    let e = d.join("e");
    assert!(run(&["build", &example("mianyang-resolution.md"), "-t", "jianbao", "-o", c.to_str().unwrap()]).status.success());
    let r = run(&["build", &example("mianyang-resolution.md"), "-t", jt.to_str().unwrap(), "-o", e.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(read(&c.join("mianyang-resolution.pdf")), read(&e.join("mianyang-resolution.pdf")));
}

#[test]
fn a_bad_template_is_an_error_at_its_own_line() {
    let d = tmp("badtpl");
    let t = d.join("t.toml");
    std::fs::write(&t, "extends = \"gongwen\"\n[styles.body]\nsize = \"17parsecs\"\n").unwrap();
    let o = run(&["build", &example("notice.md"), "-t", t.to_str().unwrap(), "-o", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("t.toml:3:8"), "{e}");
}

#[test]
fn import_writes_markdown_and_lists_what_it_removed() {
    let d = tmp("import");
    let out = d.join("seed.md");
    let o = run(&["import", root().join("tests/fixtures/seed/resolution-scraped.txt").to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("市人大常委会决议：加快建设国家科技创新先行示范区引领高质量发展"));
    assert_eq!(md.matches("\n## ").count(), 13);
    let e = stderr(&o);
    assert!(e.contains("removed (image placeholder): 图片"), "{e}");
    assert!(e.contains("hover(function"), "{e}");
    assert!(e.contains("resolution-scraped.txt:3: moved to the front matter (contact): 电话:0816-8118728"), "{e}");
    assert!(e.contains("3 lines of web residue removed") && e.contains("3 lines moved to the front matter"), "{e}");
    assert!(!md.contains("点击量") && !md.contains("hover(function"));
}

#[test]
fn import_with_a_dash_for_output_writes_to_standard_output_not_to_a_file_named_dash() {
    let d = tmp("import-dash");
    let seed = root().join("tests/fixtures/seed/resolution-scraped.txt");
    let o = folio().current_dir(&*d).args(["import", seed.to_str().unwrap(), "-o", "-"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("市人大常委会决议：加快建设国家科技创新先行示范区引领高质量发展"));
    assert!(!d.join("-").exists(), "no file named `-`");
}

#[test]
fn the_seed_page_builds_as_a_bulletin_under_its_issuer() {
    let d = tmp("seed-jianbao");
    let seed = root().join("tests/fixtures/seed/resolution-scraped.txt");
    let out = d.join("seed.md");
    assert!(run(&["import", seed.to_str().unwrap(), "-o", out.to_str().unwrap()]).status.success());
    let md = std::fs::read_to_string(&out).unwrap();
    for (key, want) in [("date", "\"2021-08-27\""), ("issuer", "\"科技城科源科技有限公司\""), ("  phone", "\"0816-8118728\"")] {
        assert!(md.lines().any(|l| l.starts_with(&format!("{key}: ")) && l.ends_with(want)), "{key} in\n{md}");
    }
    for p in ["8月24日召开的市七届人大常委会第四十四次会议", "小编带你一起来了解一下", "加快建设功能服务平台"] {
        assert!(md.contains(p), "paragraph `{p}` kept");
    }
    let o = run(&["build", seed.to_str().unwrap(), "-t", "jianbao", "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "--dump-layout"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("the bulletin has no name; its masthead reads `科技城科源科技有限公司简报`"), "{}", stderr(&o));
    let layout = std::fs::read_to_string(d.join("resolution-scraped.layout.txt")).unwrap();
    let page1: Vec<&str> = layout.lines().take_while(|l| !l.starts_with("page 2")).collect();
    assert!(page1.iter().any(|l| l.contains("masthead") && l.contains("科技城科源科技有限公司简报")), "masthead name:\n{}", page1.join("\n"));
    // the unit slot: the masthead's second line, at the left edge, opposite the date
    assert!(
        page1.iter().any(|l| l.contains(" issue ") && l.contains("x=  28.0") && l.ends_with("科技城科源科技有限公司")),
        "the issuer in the masthead's unit slot:\n{}",
        page1.join("\n")
    );
}

#[test]
fn a_decision_whose_end_block_has_a_distribution_row_is_set_as_a_document_not_a_bulletin() {
    // a company's 表彰决定 whose scrape lost the title: its 版记 has 发：… and 共印N份, no 简报 name or issue
    let d = build_text(
        "distribution-row",
        "j.txt",
        "集团各分子公司、各部室：\n为表彰先进，公司决定对2020年度优秀个人予以表彰。\n以上决定自发布之日起正式生效。\n某某建工集团股份有限公司\n2021年2月20日\n发：各部室、各分子公司、项目部\n某某建工集团股份有限公司行政部 2021年2月20日印发\n共印30份\n",
        "pdf",
    );
    let text = squash(&pdf_text(&read(&d.join("j.pdf"))).concat());
    // no 简报 masthead made up from the issuer
    assert!(!text.contains("简报"), "{text}");
    // a document under its issuer's organ mark
    assert!(text.starts_with("某某建工集团股份有限公司文件集团各分子公司、各部室："), "{text}");
    // and the 版记 keeps every row it gave: 发, the 印发 line, the copies
    for row in ["发：各部室、各分子公司、项目部", "某某建工集团股份有限公司行政部2021年2月20日印发", "（共印30份）"] {
        assert!(text.contains(row), "`{row}` in {text}");
    }
}

#[test]
fn a_reader_that_closes_the_pipe_early_does_not_make_folio_panic() {
    let d = tmp("closed-pipe");
    let src = d.join("a.txt");
    std::fs::write(&src, "主动公开\n关于做好节日值班工作的通知\n各单位：\n请做好值班工作。\n某某县人民政府办公室\n2024年1月2日\n").unwrap();
    let out = d.join("a.md");
    // stderr and stdout go to pipes whose reading ends are closed before folio writes a word
    let mut child = folio()
        .args(["import", src.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_ne!(status.code(), Some(101), "folio panicked on a closed pipe");
    assert!(std::fs::read_to_string(&out).unwrap().contains("title: \"关于做好节日值班工作的通知\""));
}
