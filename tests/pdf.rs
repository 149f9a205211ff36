//! The PDF as a reader and a typesetter see it: text recovered, furniture in place (mm from
//! the page's top-left corner), bytes reproducible.

mod common;
use common::*;

const PT: f32 = 72.0 / 25.4;

fn build(input: &str, template: &str, dir: &std::path::Path) -> Vec<u8> {
    let o = run(&["build", input, "-t", template, "-o", dir.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let name = std::path::Path::new(input).file_stem().unwrap().to_string_lossy().into_owned();
    read(&dir.join(format!("{name}.pdf")))
}

/// Paragraphs of a Markdown file (front matter and marks stripped), whitespace removed.
fn paragraphs(md: &str) -> Vec<String> {
    let body = md.splitn(3, "---\n").nth(2).unwrap_or(md);
    body.split("\n\n").map(|p| squash(p.trim_start_matches('#').replace("**", "").as_str())).filter(|p| !p.is_empty()).collect()
}

#[test]
fn every_paragraph_of_the_seed_is_in_the_pdf_text() {
    let d = tmp("seedtext");
    let pdf = build(&example("mianyang-resolution.md"), "jianbao", &d);
    let text = body_text(&pdf);
    let md = std::fs::read_to_string(example("mianyang-resolution.md")).unwrap();
    for p in paragraphs(&md) {
        assert!(text.contains(&p), "missing: {p}");
    }
    assert!(text.contains("0816-8118728"), "contact row");
    assert!(text.contains("科技城新区工作简报") && text.contains("第12期"));
}

#[test]
fn same_input_gives_the_same_bytes_in_any_order_and_any_job_count() {
    let d = tmp("determinism");
    let a = d.join("a");
    let b = d.join("b");
    let inputs = [example("notice.md"), example("mianyang-resolution.md")];
    let o = run(&["build", &inputs[0], &inputs[1], "-j", "1", "-o", a.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["build", &inputs[1], &inputs[0], "-j", "2", "-o", b.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in ["notice.pdf", "mianyang-resolution.pdf"] {
        assert_eq!(read(&a.join(f)), read(&b.join(f)), "{f}");
    }
    // without SOURCE_DATE_EPOCH the document's own date is used, never the clock
    let c = d.join("c");
    let o = folio().env_remove("SOURCE_DATE_EPOCH").args(["build", &inputs[0], "-o", c.to_str().unwrap()]).output().unwrap();
    assert!(o.status.success());
    let pdf = read(&c.join("notice.pdf"));
    let dates = pdf_values(&pdf, "CreationDate");
    assert!(dates.iter().any(|d| d.contains("D:20240315")), "creation date from the document's date: {dates:?}");
}

#[test]
fn official_notice_furniture_is_where_gbt9704_puts_it() {
    let d = tmp("notice");
    let pdf = build(&example("notice.md"), "gongwen", &d);
    let pages = pdf_pages(&pdf);
    let p1 = &PdfPage { runs: pdf_lines(&pages[0]), rules: pages[0].rules.clone(), height_mm: pages[0].height_mm };
    // organ mark: red, its top edge 35 mm below the type-area top (37 + 35 = 72 mm)
    let organ = p1.runs.iter().find(|r| r.text.contains("云溪市科技创新促进中心") && r.size > 30.0).expect("organ mark");
    let top = organ.y_mm - 0.88 * organ.size / PT;
    assert!((top - 72.0).abs() <= 0.5, "organ mark top at {top:.2} mm");
    // red rule 4 mm below the document number
    let num = p1.runs.iter().find(|r| r.text.contains("云科创发")).expect("document number");
    let red = p1.rules.iter().find(|r| r.rgb.0 > 0.9 && r.rgb.1 < 0.1).expect("red rule");
    let num_bottom = num.y_mm + 0.12 * num.size / PT;
    assert!((red.y1 - num_bottom - 4.0).abs() <= 0.5, "rule {:.2} vs number bottom {:.2}", red.y1, num_bottom);
    assert!((red.x1 - 28.0).abs() < 0.3 && (red.x2 - 184.0).abs() < 0.3, "full type-area width");
    // the title is centred
    for r in p1.runs.iter().filter(|r| (r.size - 22.0).abs() < 0.1) {
        let n = r.text.chars().filter(|c| !c.is_ascii()).count() as f32 + r.text.chars().filter(|c| c.is_ascii()).count() as f32 * 0.5;
        let centre = r.x_mm + n * 22.0 / PT / 2.0;
        assert!((centre - 105.0).abs() < 3.0, "title line `{}` centred at {centre:.1}", r.text);
    }
    // body text on page 1
    assert!(p1.runs.iter().any(|r| r.text.contains("为贯彻落实")), "page 1 shows body text");
    // the 版记 on the last page: its bottom rule on the type-area bottom, an even page
    let last = &PdfPage { runs: pdf_lines(pages.last().unwrap()), rules: pages.last().unwrap().rules.clone(), height_mm: 297.0 };
    assert_eq!(pages.len() % 2, 0, "the 版记 is on an even page");
    let bottom = last.rules.iter().map(|r| r.y1).fold(0.0, f32::max);
    assert!((bottom - 262.0).abs() <= 0.5, "版记 bottom rule at {bottom:.2} mm");
    assert!(last.runs.iter().any(|r| r.text.contains("抄送")), "抄送 on the last page");
    // page numbers: — N —, odd pages right, even pages left
    for (i, p) in pages.iter().enumerate() {
        let lines = pdf_lines(p);
        if let Some(n) = lines.iter().find(|r| r.text.starts_with('—') && r.size == 14.0) {
            let num = i + 1;
            assert!(n.text.contains(&num.to_string()), "{}", n.text);
            if num % 2 == 1 {
                assert!(n.x_mm > 150.0, "odd page number right: {}", n.x_mm);
            } else {
                assert!(n.x_mm < 60.0 && (n.x_mm - (28.0 + 14.0 / PT)).abs() < 0.5, "even page number 1 character in: {}", n.x_mm);
            }
            assert!((n.y_mm - 0.88 * 14.0 / PT - 269.0).abs() < 0.5, "7 mm below the type area: {}", n.y_mm);
        }
    }
}

#[test]
fn bulletin_has_masthead_issue_issuer_line_and_contact_footer() {
    let d = tmp("bulletin");
    let pdf = build(&example("mianyang-resolution.md"), "jianbao", &d);
    let pages = pdf_pages(&pdf);
    let p1 = &PdfPage { runs: pdf_lines(&pages[0]), rules: pages[0].rules.clone(), height_mm: 297.0 };
    let name = p1.runs.iter().find(|r| r.text.contains("科技城新区工作简报")).expect("masthead");
    assert!((name.size - 42.0).abs() < 0.1);
    assert!((name.y_mm - 0.88 * 42.0 / PT - 57.0).abs() < 0.5, "masthead 20 mm below the type-area top");
    assert!(p1.rules.iter().any(|r| r.rgb.0 > 0.9 && r.rgb.1 < 0.1 && (r.width - 2.25).abs() < 0.01), "red rule");
    let text = squash(&pdf_text(&pdf).last().cloned().unwrap());
    assert!(text.contains("联系单位：科技城科源科技有限公司") && text.contains("0816-8118728"), "{text}");
}

#[test]
fn handout_repeats_the_contact_line_on_every_page_clear_of_the_number() {
    let d = tmp("handout");
    let pdf = build(&example("mianyang-resolution.md"), "handout", &d);
    let pages = pdf_pages(&pdf);
    assert!(pages.len() >= 2);
    for p in &pages {
        let p = &PdfPage { runs: pdf_lines(p), rules: Vec::new(), height_mm: 297.0 };
        let footer = p.runs.iter().find(|r| r.text.contains("0816-8118728")).expect("contact line");
        let number = p.runs.iter().filter(|r| r.text.chars().all(|c| c.is_ascii_digit()) && !r.text.is_empty()).map(|r| r.y_mm).fold(0.0, f32::max);
        assert!(footer.y_mm - number > 4.0, "footer at {:.1} clear of the number at {:.1}", footer.y_mm, number);
    }
}

#[test]
fn fonts_are_subset_and_named_with_a_tag() {
    let d = tmp("subset");
    let pdf = build(&example("notice.md"), "gongwen", &d);
    assert!(pdf.len() < 150_000, "{} bytes", pdf.len());
    let names = pdf_values(&pdf, "BaseFont");
    assert!(!names.is_empty());
    for n in names.iter().chain(&pdf_values(&pdf, "FontName")) {
        assert!(n.as_bytes()[6] == b'+' && n[..6].bytes().all(|b| b.is_ascii_uppercase()), "{n}");
    }
    assert_eq!(pdf_values(&pdf, "Lang"), ["zh-CN"], "language");
}

#[test]
fn headings_become_bookmarks_in_reading_order() {
    let d = tmp("outline");
    let pdf = build(&example("mianyang-resolution.md"), "jianbao", &d);
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let cat = doc.catalog().unwrap();
    let outlines = doc.get_dictionary(cat.get(b"Outlines").unwrap().as_reference().unwrap()).unwrap();
    let mut cur = outlines.get(b"First").unwrap().as_reference().unwrap();
    let mut titles = Vec::new();
    loop {
        let e = doc.get_dictionary(cur).unwrap();
        let t = e.get(b"Title").unwrap().as_str().unwrap();
        let u16s: Vec<u16> = t[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        titles.push(String::from_utf16_lossy(&u16s));
        match e.get(b"Next") {
            Ok(n) => cur = n.as_reference().unwrap(),
            Err(_) => break,
        }
    }
    assert_eq!(titles.len(), 13);
    assert!(titles[0].starts_with("一要") && titles[12].starts_with("十三要"), "{titles:?}");
}

/// GB/T 9704 grid, measured on the PDF of the seed: 22 lines a full page, line k at type-area top
/// + k × 29.61 pt, and every line that a paragraph continues past holds 28 cells (the 2-cell
/// indent counted) when it is all Chinese — 27 or 29 only where a line-breaking rule forces it.
#[test]
fn the_seed_sits_on_the_22_by_28_grid() {
    let d = tmp("grid");
    let pdf = build(&example("mianyang-resolution.md"), "jianbao", &d);
    let pages = pdf_pages(&pdf);
    let cell = 156.0 / 28.0;
    let (mut exact, mut near, mut off) = (0, 0, Vec::new());
    for (i, p) in pages.iter().enumerate() {
        // body-size lines inside the type area (not the footer or page number)
        let lines: Vec<PdfRun> = pdf_lines(p).into_iter().filter(|l| (l.size - 16.0).abs() < 0.01 && l.y_mm > 37.0 && l.y_mm < 262.0).collect();
        let first = lines.first().map(|l| l.y_mm).unwrap_or(0.0);
        for l in &lines {
            let k = (l.y_mm - first) / (29.61 / PT);
            assert!((k - k.round()).abs() < 0.02, "page {}: `{}` off the line grid ({k:.3})", i + 1, l.text);
        }
        if i > 0 && i + 1 < pages.len() {
            let slots = ((lines.last().unwrap().y_mm - first) / (29.61 / PT)).round() as usize + 1;
            assert!(slots == 22 && lines.len() >= 21, "page {}: {} lines over {slots} slots", i + 1, lines.len());
        }
        for w in lines.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            let continued = (b.x_mm - 28.0).abs() < 0.3 && (a.x_mm - 28.0).abs() < 0.3 + 2.0 * cell;
            if !continued || a.text.chars().any(|c| c.is_ascii()) {
                continue;
            }
            let cells = a.text.chars().count() + if (a.x_mm - 28.0).abs() > 1.0 { 2 } else { 0 };
            match cells {
                28 => exact += 1,
                27 | 29 => near += 1,
                _ => off.push(format!("{cells}: {}", a.text)),
            }
        }
    }
    assert!(off.is_empty(), "lines off the 28-cell measure: {off:#?}");
    assert!(exact * 10 >= (exact + near) * 9, "{exact} lines of 28, {near} of 27/29");
    assert!(exact + near > 40, "only {} full lines measured", exact + near);
}

#[test]
fn the_pdf_packs_its_objects_into_streams_and_its_id_is_a_hash_of_the_file() {
    let d = tmp("objstm");
    let pdf = build(&example("mianyang-resolution.md"), "jianbao", &d);
    let find = |needle: &[u8]| pdf.windows(needle.len()).position(|w| w == needle);
    assert!(find(b"/Type/ObjStm").is_some(), "object streams");
    assert!(find(b"/Type/XRef").is_some(), "a cross-reference stream");
    assert!(find(b"\nxref\n").is_none(), "no classic cross-reference table");
    let at = find(b"/ID[<").expect("an /ID") + 5;
    let id = String::from_utf8_lossy(&pdf[at..at + 32]).into_owned();
    assert!(pdf[at + 32..].starts_with(b"><") && pdf[at + 34..at + 66] == pdf[at..at + 32], "both halves of the /ID are the same");
    let mut zeroed = pdf.clone();
    for start in [at, at + 34] {
        zeroed[start..start + 32].copy_from_slice(&[b'0'; 32]);
    }
    use sha2::Digest;
    let hash: String = sha2::Sha256::digest(&zeroed)[..16].iter().map(|b| format!("{b:02X}")).collect();
    assert_eq!(id, hash);
}

#[test]
fn subsets_reused_from_an_earlier_document_give_the_same_bytes() {
    let options = || folio::ConvertOptions { formats: vec![folio::Format::Pdf, folio::Format::Html], ..Default::default() };
    let engine = || folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] });
    let seed = std::path::PathBuf::from(example("mianyang-resolution.md"));
    let alone = folio::convert(&engine(), &seed, &options()).unwrap().outputs;
    let batch = engine().keep_subsets();
    folio::convert(&batch, std::path::Path::new(&example("notice.md")), &options()).unwrap();
    let after = folio::convert(&batch, &seed, &options()).unwrap().outputs;
    let memo = batch.subsets.as_deref().unwrap();
    let held = (memo.pdf.len(), memo.html.len());
    let again = folio::convert(&batch, &seed, &options()).unwrap().outputs;
    assert_eq!(alone, after, "a document's bytes do not depend on what the process built before");
    assert_eq!(after, again);
    assert!(held.0 > 0 && held.1 > 0, "the subsets are kept");
    assert_eq!((memo.pdf.len(), memo.html.len()), held, "the same document makes no new subset");
}

#[test]
fn the_seeds_pdf_is_no_bigger_than_its_fonts_need() {
    let d = tmp("seedsize");
    let o = run(&["build", &example("mianyang-resolution.md"), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&d.join("mianyang-resolution.pdf"));
    assert!(pdf.len() <= 130_000, "the seed's PDF takes {} bytes", pdf.len());
    let mut doc = lopdf::Document::load_mem(&pdf).expect("the PDF parses");
    doc.decompress();
    let streams: Vec<&lopdf::Stream> = doc.objects.values().filter_map(|o| o.as_stream().ok()).collect();
    // the Latin face: outlines, metrics and the cmap printpdf reads it by; no hinting program
    let program = streams.iter().find(|s| s.dict.has(b"Length1")).expect("a TrueType program");
    let n = u16::from_be_bytes([program.content[4], program.content[5]]) as usize;
    let tags: Vec<String> = (0..n).map(|i| String::from_utf8_lossy(&program.content[12 + 16 * i..16 + 16 * i]).into_owned()).collect();
    assert_eq!(tags, ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"]);
    // every ToUnicode map written in ranges, and the text still reads back whole
    let maps: Vec<&&lopdf::Stream> = streams.iter().filter(|s| s.content.starts_with(b"/CIDInit")).collect();
    assert!(!maps.is_empty() && maps.iter().all(|m| String::from_utf8_lossy(&m.content).contains("beginbfrange")));
    let text = body_text(&pdf);
    let md = std::fs::read_to_string(example("mianyang-resolution.md")).unwrap();
    for p in paragraphs(&md) {
        assert!(text.contains(&p), "missing: {p}");
    }
}

#[test]
fn every_end_block_row_the_document_gives_is_printed_whatever_the_template() {
    // a bulletin that also names copies and a printer, and an official document whose older
    // 版记 has 报：/送： rows: neither template drops what the other usually carries
    let d = tmp("end-rows-any-kind");
    let f = d.join("e.md");
    std::fs::write(
        &f,
        "---\ntitle: 关于开展工作的通知\ndate: 2003-10-16\nissuer: 某某委员会\ncopies_to: 丁单位\nprinter: 某某秘书处\nprint_date: 2003-10-16\nbulletin:\n  report_to: [甲单位, 乙单位]\n  send_to: 丙单位\n  copies: \"20\"\n---\n\n现将有关事项通知如下。\n",
    )
    .unwrap();
    for t in ["jianbao", "gongwen"] {
        let o = run(&["build", f.to_str().unwrap(), "-t", t, "-f", "pdf", "--no-system-fonts", "-q"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let text = squash(&pdf_text(&read(&d.join("e.pdf"))).join(""));
        for row in ["报：甲单位，乙单位", "送：丙单位", "抄送：丁单位。", "某某秘书处", "2003年10月16日印发", "（共印20份）"]
        {
            assert!(text.contains(row), "{t}: `{row}` missing from the PDF");
        }
    }
}

#[test]
fn joint_signers_too_wide_for_one_line_stand_one_under_another_inside_the_type_area() {
    // two long company names side by side are wider than the type area: the PDF refused to
    // build (text off the page); they now stand one under the other, flush with each other
    let d = tmp("jointsigners");
    let f = d.join("joint.md");
    let md = "---\ntitle: 关于联合开展年度检查工作的通知\nissuer:\n  - 云南神农农业产业集团股份有限公司董事会\n  - 昆明城市建设投资开发集团股份有限公司\ndate: 2023-04-26\n---\n\n现将有关事项通知如下，请遵照执行。\n";
    std::fs::write(&f, md).unwrap();
    let pdf = build(f.to_str().unwrap(), "gongwen", &d);
    let pages = pdf_pages(&pdf);
    let last = pages.last().unwrap();
    let a = last.runs.iter().find(|r| r.text.contains("神农")).expect("the first signer");
    let b = last.runs.iter().find(|r| r.text.contains("昆明城市")).expect("the second signer");
    assert!(b.y_mm > a.y_mm + 5.0, "one under the other: {:.1} / {:.1} mm", a.y_mm, b.y_mm);
    assert!((a.x_mm - b.x_mm).abs() < 0.5 && a.x_mm >= 28.0 - 0.1, "flush, inside the type area: {:.1} / {:.1} mm", a.x_mm, b.x_mm);
    // the DOCX and the HTML break them where the PDF does: a paragraph a name
    let o = run(&["build", f.to_str().unwrap(), "-t", "gongwen", "-f", "docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = String::from_utf8(read(&d.join("joint.html"))).unwrap();
    assert!(html.contains("<p class=\"signer\">云南神农农业产业集团股份有限公司董事会</p><p class=\"signer\">昆明城市建设投资开发集团股份有限公司</p>"));
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(read(&d.join("joint.docx")))).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut z.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let para_of = |name: &str| {
        let at = xml.find(name).unwrap_or_else(|| panic!("{name} in the DOCX"));
        xml[..at].rfind("<w:p ").unwrap()
    };
    assert_ne!(para_of("云南神农农业产业集团股份有限公司董事会"), para_of("昆明城市建设投资开发集团股份有限公司"), "two paragraphs");
}

#[test]
fn a_contact_cell_wider_than_the_type_area_wraps_inside_it_in_the_end_block() {
    let d = tmp("contact-wraps");
    let input = d.join("contact.md");
    std::fs::write(
        &input,
        "---\ntitle: 关于春季禁渔的通告\nissuer: 会理市农业农村局\ncontact:\n  organization: 会理市农业农村局\n  phone: \"0834-5625340（市农业农村局）；110（市公安局）；12315（市场监管局）\"\n---\n\n禁渔期为2月1日至6月30日。\n",
    )
    .unwrap();
    // (the build checks every glyph against the type area: it failed on `12315` 1 mm past it)
    let pdf = build(input.to_str().unwrap(), "gongwen", &d);
    let text = squash(&pdf_text(&pdf).last().cloned().unwrap());
    assert!(text.contains("110（市公安局）；12315（市场监管局）"), "{text}");
}

#[test]
fn a_title_character_the_bold_face_lacks_is_drawn_bold_to_match_in_the_pdf_and_the_html() {
    use printpdf::{Op, TextItem, TextRenderingMode};
    let d = tmp("heavy-fallback");
    let p = d.join("heavy.md");
    // 辦 (Traditional) is not in the bold title face's GB 2312 + 通用规范 set: the body face has it
    std::fs::write(&p, "---\ntitle: 四川省地名管理辦法\nissuer: 四川省人民政府\ndate: 2025-10-22\n---\n\n現予公布。\n").unwrap();
    let o = run(&["build", p.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts", "-f", "pdf,html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut w = Vec::new();
    let doc = printpdf::PdfDocument::parse(&read(&d.join("heavy.pdf")), &printpdf::PdfParseOptions::default(), &mut w).expect("the PDF parses");
    // each glyph run of the first page with the rendering mode it is drawn in
    let mut stroked = Vec::new();
    let mut mode = TextRenderingMode::Fill;
    for op in &doc.pages[0].ops {
        match op {
            Op::SetTextRenderingMode { mode: m } => mode = *m,
            Op::ShowText { items } => {
                let text: String = items
                    .iter()
                    .flat_map(|i| if let TextItem::GlyphIds(g) = i { g.iter().filter_map(|c| c.cid.clone()).collect() } else { Vec::new() })
                    .collect();
                stroked.push((text, mode == TextRenderingMode::FillStroke));
            }
            _ => {}
        }
    }
    assert!(stroked.iter().any(|(t, s)| t.contains('辦') && *s), "辦 is filled and stroked: {stroked:?}");
    assert!(stroked.iter().all(|(t, s)| !t.contains("管理") || !*s), "the bold face's own characters are not: {stroked:?}");
    assert!(stroked.iter().all(|(t, s)| !t.contains("公布") || !*s), "nor the body's: {stroked:?}");
    let html = std::fs::read_to_string(d.join("heavy.html")).unwrap();
    assert!(html.contains("<h1 class=\"title\">四川省地名管理<b class=\"fb\">辦</b>法</h1>"), "{html}");
}

/// A line of Han and Latin in turns changes font at every other character: each run goes on
/// from where the one before left the pen (a kern after its last glyph) instead of starting a
/// line of its own, and every run still starts where layout put it.
#[test]
fn runs_of_one_line_go_on_from_the_pen_and_start_where_layout_put_them() {
    let d = tmp("pdf-runs-go-on");
    let f = d.join("alt.md");
    std::fs::write(&f, "---\ntitle: 交替\n---\n\n中a中b中c中d，English words 和中文 mixed 在一起，1号文件第2条。\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "--dump-layout", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = read(&d.join("alt.pdf"));
    let dump = String::from_utf8(read(&d.join("alt.layout.txt"))).unwrap();
    let page = &common::pdfread::read(&bytes)[0];
    let mut checked = 0;
    for l in dump.lines().filter(|l| l.contains(" body ")) {
        let x_mm: f32 = l.split("x=").nth(1).unwrap().split_whitespace().next().unwrap().parse().unwrap();
        let first = l.split_whitespace().last().unwrap().chars().next().unwrap().to_string();
        let g = page.glyphs.iter().filter(|g| g.text == first).min_by(|a, b| (a.x / PT - x_mm).abs().total_cmp(&(b.x / PT - x_mm).abs())).unwrap();
        assert!((g.x / PT - x_mm).abs() < 0.06, "{first}: at {} mm, layout put it at {x_mm} mm", g.x / PT);
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} runs checked");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let (_, id) = doc.get_pages().into_iter().next().unwrap();
    let content = lopdf::content::Content::decode(&doc.get_page_content(id)).unwrap();
    let starts = content.operations.iter().filter(|o| o.operator == "Td" || o.operator == "Tm").count();
    // the title, the body line, the page number
    assert!(starts <= 4, "{starts} line starts for three lines");
}
