//! Tables, lists, quotes, footnotes, images and seals in all three outputs.

mod common;
use common::*;

use folio::layout::{Item, PagedDocument};
use std::path::Path;

fn lay_out(path: &Path, template: Option<&str>) -> PagedDocument {
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] });
    let mut diags = folio::diag::Diagnostics::default();
    let (doc, src) = folio::parse_file(path, &mut diags).unwrap();
    let tpl = engine.template(template.unwrap_or_else(|| folio::default_template(&doc.meta))).unwrap();
    let opts = folio::style::StyleOptions { base_dir: path.parent().unwrap().to_path_buf(), ..Default::default() };
    let styled = folio::style::style(&doc, &src, tpl, &opts, &mut diags).unwrap();
    folio::layout::layout(&styled, &engine.fonts, &Default::default()).unwrap().0
}

#[test]
fn long_table_repeats_its_header_and_keeps_text_inside_cells() {
    let path = root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt");
    let paged = lay_out(&path, None);
    let mut table_pages = 0;
    for p in &paged.pages {
        let runs: Vec<_> = p.items.iter().filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None }).collect();
        let table_runs: Vec<_> = runs.iter().filter(|t| t.role == "table" || t.role == "table_header").collect();
        if table_runs.is_empty() {
            continue;
        }
        table_pages += 1;
        // the header row on every page the table spans
        let header: String = runs.iter().filter(|t| t.role == "table_header").map(|t| t.text()).collect();
        assert!(header.contains("一级指标") && header.contains("指标说明"), "page without the header row: {header}");
        // no cell text crosses its cell's borders
        let verticals: Vec<(f32, f32, f32)> = p
            .items
            .iter()
            .filter_map(|i| if let Item::Rule(r) = i { (r.x1 == r.x2).then_some((r.x1, r.y1.min(r.y2), r.y1.max(r.y2))) } else { None })
            .collect();
        for t in table_runs {
            let x0 = t.x0();
            let last = t.glyphs.last().unwrap();
            // the ink of a compressed mark stays in the part of its box that is kept
            let end = last.x + if last.text.is_ascii() { t.size * 0.6 } else { t.size * 0.98 } - last.squeeze;
            let y = t.baseline - t.size * 0.4;
            let left = verticals.iter().filter(|v| v.0 <= x0 + 0.01 && v.1 <= y && y <= v.2).map(|v| v.0).fold(f32::MIN, f32::max);
            let right = verticals.iter().filter(|v| v.0 >= x0 && v.1 <= y && y <= v.2).map(|v| v.0).fold(f32::MAX, f32::min);
            assert!(left > f32::MIN && right < f32::MAX, "`{}` is not inside a cell", t.text());
            assert!(end <= right + 0.5, "`{}` crosses its cell's right border ({end:.1} > {right:.1})", t.text());
        }
    }
    assert!(table_pages >= 3, "the 55-row table spans pages: {table_pages}");
}

#[test]
fn tables_in_docx_have_grids_widths_repeated_headers_and_merges() {
    let d = tmp("docxtable");
    let src = root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt");
    let o = run(&["build", src.to_str().unwrap(), "-f", "docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let xml = docx_part(&read(&d.join("07-yijian-sanji-yiyuan-kaohe-long-table.docx")), "word/document.xml");
    assert!(xml.contains("<w:tblGrid><w:gridCol w:w=\""), "tblGrid");
    assert!(xml.contains("<w:tblW w:w=\"") && xml.contains("w:type=\"dxa\""), "absolute widths");
    assert!(xml.contains("<w:tblHeader />"), "header row repeats");
    assert!(xml.contains("<w:vMerge w:val=\"restart\" />") && xml.contains("<w:vMerge w:val=\"continue\" />"), "vertical merges");
    let src6 = root().join("tests/fixtures/corpus/06-tongzhi-chuangxin-gaige-fujian-table.txt");
    assert!(run(&["build", src6.to_str().unwrap(), "-f", "docx", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]).status.success());
    let xml6 = docx_part(&read(&d.join("06-tongzhi-chuangxin-gaige-fujian-table.docx")), "word/document.xml");
    assert!(xml6.contains("<w:gridSpan w:val=\"5\" />"), "section rows span the table");
    let html = String::from_utf8(read(&d.join("07-yijian-sanji-yiyuan-kaohe-long-table.html"))).unwrap();
    assert!(html.contains("<div class=\"table-wrap\"") && html.contains("<thead>") && html.contains("rowspan=\""));
    assert!(html.contains(".table-wrap{max-width:100%;overflow-x:auto"), "tables scroll inside their own box on a phone");
}

/// Numbers of an attribute in document order, e.g. every `w:w` of `<w:gridCol`.
fn numbers_after(xml: &str, prefix: &str) -> Vec<f32> {
    xml.split(prefix).skip(1).map(|s| s[..s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap()].parse().unwrap()).collect()
}

#[test]
fn docx_and_html_tables_take_the_pdfs_column_widths() {
    let path = root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt");
    let paged = lay_out(&path, None);
    // the PDF's columns, measured on its first table page: the x of each vertical rule
    let p = paged.pages.iter().find(|p| p.items.iter().any(|i| matches!(i, Item::Text(t) if t.role == "table_header"))).unwrap();
    let mut xs: Vec<f32> = p.items.iter().filter_map(|i| if let Item::Rule(r) = i { (r.x1 == r.x2).then_some(r.x1) } else { None }).collect();
    xs.sort_by(f32::total_cmp);
    xs.dedup_by(|a, b| (*a - *b).abs() < 0.05);
    let pdf_cols: Vec<f32> = xs.windows(2).map(|w| w[1] - w[0]).collect();
    assert_eq!(pdf_cols.len(), 5, "{xs:?}");

    let d = tmp("docxtablewidths");
    let o = run(&["build", path.to_str().unwrap(), "-f", "docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let xml = docx_part(&read(&d.join("07-yijian-sanji-yiyuan-kaohe-long-table.docx")), "word/document.xml");
    let grid = &xml[xml.find("<w:tblGrid>").unwrap()..xml.find("</w:tblGrid>").unwrap()];
    let docx_cols: Vec<f32> = numbers_after(grid, "<w:gridCol w:w=\"").iter().map(|twips| twips / 20.0).collect();
    assert_eq!(docx_cols.len(), 5);
    for (d, p) in docx_cols.iter().zip(&pdf_cols) {
        assert!((d - p).abs() <= 0.1, "DOCX column {d} pt against the PDF's {p} pt");
    }
    // cells keep the PDF's padding, so their text has the same width to break in
    assert!(xml.contains("<w:tblCellMar><w:top w:w=\"60\" w:type=\"dxa\" /><w:left w:w=\"80\""), "cell margins 3 pt / 4 pt");

    let html = String::from_utf8(read(&d.join("07-yijian-sanji-yiyuan-kaohe-long-table.html"))).unwrap();
    let group = &html[html.find("<colgroup>").unwrap()..html.find("</colgroup>").unwrap()];
    let shares = numbers_after(group, "width:");
    let total: f32 = pdf_cols.iter().sum();
    assert_eq!(shares.len(), 5);
    for (s, p) in shares.iter().zip(&pdf_cols) {
        assert!((s - p / total * 100.0).abs() <= 0.01, "HTML column {s}% against the PDF's {p} pt");
    }
    assert!(html.contains("table.fixed{width:100%;table-layout:fixed;}"), "the shares are honoured");
}

#[test]
fn photo_with_caption_in_all_three_formats() {
    let d = tmp("photo");
    let o = run(&["build", &example("photo-bulletin.md"), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let paged = lay_out(&root().join("examples/photo-bulletin.md"), None);
    let mut found = false;
    for p in &paged.pages {
        let img = p.items.iter().find_map(|i| if let Item::Image(im) = i { Some(im.clone()) } else { None });
        if let Some(im) = img {
            found = true;
            // scaled to the type area, aspect ratio kept, centred, caption centred below on the same page
            assert!(im.w <= 156.0 * 72.0 / 25.4 + 0.1);
            assert!((im.w / im.h - 960.0 / 600.0).abs() < 0.01);
            assert!(((im.x + im.w / 2.0) - 106.0 * 72.0 / 25.4).abs() < 1.0, "centred in the type area (28–184 mm)");
            let cap = p.items.iter().find_map(|i| if let Item::Text(t) = i { (t.role == "caption").then(|| t.clone()) } else { None }).expect("caption");
            assert!(cap.baseline > im.y + im.h, "caption below the image");
        }
    }
    assert!(found);
    let pdf = read(&d.join("photo-bulletin.pdf"));
    assert!(String::from_utf8_lossy(&pdf).contains("/Subtype/Image"));
    let html = String::from_utf8(read(&d.join("photo-bulletin.html"))).unwrap();
    assert!(
        html.contains("<figure><img src=\"data:image/png;base64,")
            && html.contains("alt=\"会场全景\"")
            && html.contains("<figcaption>图1　创新发展推进会现场</figcaption>")
    );
    let xml = docx_part(&read(&d.join("photo-bulletin.docx")), "word/document.xml");
    assert!(xml.contains("descr=\"会场全景\""), "alt text in the DOCX");
}

#[test]
fn seal_sits_over_the_signature_in_all_three_formats() {
    let d = tmp("seal");
    let o = run(&["build", &example("sealed-notice.md"), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let paged = lay_out(&root().join("examples/sealed-notice.md"), None);
    let p = paged.pages.iter().find(|p| p.items.iter().any(|i| matches!(i, Item::Image(im) if im.over_text))).expect("a page with the seal");
    let seal = p.items.iter().find_map(|i| if let Item::Image(im) = i { Some(im.clone()) } else { None }).unwrap();
    let texts: Vec<_> = p.items.iter().filter_map(|i| if let Item::Text(t) = i { Some(t.clone()) } else { None }).collect();
    let signer = texts.iter().find(|t| t.role == "signature" && t.text().contains("云溪市科技创新促进中心")).expect("signer");
    let signer_w = signer.glyphs.last().unwrap().x + signer.size - signer.x0();
    let centre = seal.x + seal.w / 2.0;
    assert!((centre - (signer.x0() + signer_w / 2.0)).abs() < 3.0, "seal centred over the signature");
    let last_body = texts.iter().filter(|t| t.role == "body").map(|t| t.baseline).fold(0.0, f32::max);
    assert!(seal.y <= last_body + 29.61 + 1.0 && seal.y >= last_body - 29.61, "the seal's top within one line of the body");
    let xml = docx_part(&read(&d.join("sealed-notice.docx")), "word/document.xml");
    assert!(xml.contains("<wp:anchor") && xml.contains("descr=\"印章\""), "a floating seal in the DOCX");
    let html = String::from_utf8(read(&d.join("sealed-notice.html"))).unwrap();
    assert!(html.contains("<img class=\"seal\""));
}

#[test]
fn images_outside_the_documents_folder_are_refused() {
    let d = tmp("paths");
    let sub = d.join("docs");
    std::fs::create_dir_all(&sub).unwrap();
    for (name, img) in [("a.md", "../../etc/passwd"), ("b.md", "/etc/hostname"), ("c.md", "https://example.com/x.png")] {
        let f = sub.join(name);
        std::fs::write(&f, format!("---\ntitle: 测试\n---\n\n正文。\n\n![x]({img})\n")).unwrap();
        let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "--no-system-fonts"]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let e = stderr(&o);
        assert!(e.contains(&format!("{name}:7:1: error: image `{img}`")), "{e}");
        assert!(std::fs::read_dir(&sub).unwrap().flatten().all(|x| x.path().extension().is_some_and(|e| e == "md")), "nothing written");
    }
    // --allow-path opens another folder
    let imgs = d.join("shared-images");
    std::fs::create_dir_all(&imgs).unwrap();
    std::fs::copy(root().join("examples/images/seal.png"), imgs.join("s.png")).unwrap();
    let f = sub.join("d.md");
    std::fs::write(&f, "---\ntitle: 测试\n---\n\n![印](../shared-images/s.png)\n").unwrap();
    assert_eq!(run(&["build", f.to_str().unwrap(), "--no-system-fonts"]).status.code(), Some(1));
    let o = run(&["build", f.to_str().unwrap(), "--no-system-fonts", "--allow-path", imgs.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // a missing or corrupt image is an error at its line
    std::fs::write(sub.join("bad.png"), b"not a png").unwrap();
    let f = sub.join("e.md");
    std::fs::write(&f, "---\ntitle: 测试\n---\n\n![坏](bad.png)\n\n![无](none.png)\n").unwrap();
    let e = stderr(&run(&["build", f.to_str().unwrap(), "--no-system-fonts"]));
    assert!(e.contains("e.md:5:1: error: image `bad.png` is not a PNG or JPEG"), "{e}");
}

#[test]
fn lists_restart_and_footnotes_appear_in_every_format() {
    let d = tmp("lists");
    let f = d.join("l.md");
    std::fs::write(
        &f,
        "---\ntitle: 列表\n---\n\n甲方案[^a]：\n\n1. 第一\n2. 第二\n   - 子项\n\n乙方案：\n\n1. 再一\n2. 再二\n\n> 引文。\n\n---\n\n[^a]: 注释内容。\n",
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = body_text(&read(&d.join("l.pdf")));
    assert!(text.contains("1.第一") && text.contains("2.第二") && text.contains("（1）子项") && text.contains("1.再一"), "{text}");
    assert!(text.contains("[1]注释内容。"), "endnote: {text}");
    let docx = read(&d.join("l.docx"));
    let numbering = docx_part(&docx, "word/numbering.xml");
    assert!(numbering.matches("<w:startOverride w:val=\"1\" />").count() >= 2, "each list restarts: {numbering}");
    let notes = docx_part(&docx, "word/footnotes.xml");
    assert!(notes.contains("注释内容。") && notes.contains("<w:footnoteRef />"));
    let html = String::from_utf8(read(&d.join("l.html"))).unwrap();
    assert!(html.matches("<ol class=\"list").count() == 2 && html.contains("<blockquote>") && html.contains("<section class=\"footnotes\""));
}

/// The left edge of the PDF line whose text starts with `start`, if one does.
fn line_starting(pdf: &[u8], start: &str) -> Option<f32> {
    pdf_pages(pdf).iter().flat_map(pdf_lines).find(|l| squash(&l.text).starts_with(start)).map(|l| l.x_mm)
}

#[test]
fn hard_line_breaks_start_a_new_line_in_all_three_formats() {
    let d = tmp("breaks");
    let md = d.join("breaks.md");
    let yaml = d.join("breaks.yaml");
    std::fs::write(&md, "---\ntitle: 关于换行的通知\n---\n\n第一项甲乙丙。  \n第二项丁戊己。\\\n第三项庚辛壬。\n").unwrap();
    std::fs::write(&yaml, "title: 关于换行的通知\nbody:\n  - paragraph: \"第一项甲乙丙。\\n第二项丁戊己。\\n第三项庚辛壬。\"\n").unwrap();
    for (src, stem) in [(&md, "breaks"), (&yaml, "breaks")] {
        let o = run(&["build", src.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let pdf = read(&d.join(format!("{stem}.pdf")));
        let first = line_starting(&pdf, "第一项").expect("first line");
        for next in ["第二项", "第三项"] {
            let x = line_starting(&pdf, next).unwrap_or_else(|| panic!("{}: `{next}` does not start a PDF line", src.display()));
            // a continued line starts at the margin, the paragraph's first line two characters in
            assert!(x < first, "{}: `{next}` at {x:.1} mm, first line at {first:.1} mm", src.display());
        }
        let xml = docx_part(&read(&d.join(format!("{stem}.docx"))), "word/document.xml");
        let para = xml.split("<w:p>").find(|p| p.contains("第一项")).expect("the paragraph in the DOCX");
        assert_eq!(para.matches("<w:br w:type=\"textWrapping\" />").count(), 2, "{}: two w:br in {para}", src.display());
        let html = String::from_utf8(read(&d.join(format!("{stem}.html")))).unwrap();
        assert!(html.contains("第一项甲乙丙。<br>第二项丁戊己。<br>第三项庚辛壬。"), "{}: <br> in the HTML", src.display());
    }
}

#[test]
fn a_statutes_second_paragraph_starts_its_own_line() {
    let d = tmp("statute");
    let src = root().join("tests/fixtures/corpus/11-fanti-taiwan-wenshi-qiti-fa-latin.txt");
    let o = run(&["build", src.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&d.join("11-fanti-taiwan-wenshi-qiti-fa-latin.pdf"));
    let x = line_starting(&pdf, "前項限期改善期限").expect("`前項限期改善期限` starts a line");
    assert!((27.0..=40.0).contains(&x), "at the margin or the indent: {x:.1} mm");
    // plain-text statutes: each 項 and numbered definition keeps the line it starts in the source
    let plain = d.join("plain.txt");
    std::fs::write(&plain, "某某条例\n\n第一条 为了规范管理，制定本条例。\n本条例适用于本市行政区域。\n第二条 本条例下列用语的含义：\n（一）单位，是指机关和企业；\n（二）个人，是指自然人。\n").unwrap();
    let o = run(&["build", plain.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&d.join("plain.pdf"));
    for start in ["本条例适用于本市", "（一）单位", "（二）个人"] {
        assert!(line_starting(&pdf, start).is_some(), "`{start}` starts its own line");
    }
}

/// Build `md` with a template and return the PDF's lines of every page.
fn lines_with(name: &str, template: &str, md: &str) -> Vec<PdfRun> {
    let d = tmp(name);
    let p = d.join(format!("{name}.md"));
    std::fs::write(&p, md).unwrap();
    let o = run(&["build", p.to_str().unwrap(), "-t", template, "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    pdf_pages(&read(&d.join(format!("{name}.pdf")))).iter().flat_map(pdf_lines).collect()
}

const LISTS: &str = "---\ntitle: 关于推进工作的通知\nissuer: 云溪市科学技术局\ndate: 2024-03-01\n---\n\n重点如下：\n\n1. 建设中试平台；\n2. 完善金融服务：\n   - 设立转化基金；\n   - 推广质押融资。\n\n- 加强宣传；\n- 强化考核。\n\n> 会议强调，要把创新摆在核心位置。\n";

#[test]
fn bulletins_mark_unordered_items_with_a_small_bullet_and_official_documents_number_them() {
    let bulletin = lines_with("lists-jianbao", "jianbao", LISTS);
    for item in ["设立转化基金", "推广质押融资", "加强宣传", "强化考核"] {
        let l = bulletin.iter().find(|l| l.text.contains(item)).unwrap_or_else(|| panic!("{item}"));
        assert!(l.text.starts_with("•"), "small bullet before {item}: {}", l.text);
    }
    assert!(!bulletin.iter().any(|l| l.text.contains('○') || l.text.contains('◇')), "no large hollow bullets");
    let official = lines_with("lists-gongwen", "gongwen", LISTS);
    let l = official.iter().find(|l| l.text.contains("加强宣传")).unwrap();
    assert!(squash(&l.text).starts_with("1.加强宣传"), "numbered: {}", l.text);
    let l = official.iter().find(|l| l.text.contains("推广质押融资")).unwrap();
    assert!(l.text.starts_with("（2）"), "numbered at depth 2: {}", l.text);
    assert!(!official.iter().any(|l| l.text.contains('•')), "no bullets in an official document");
}

#[test]
fn a_quote_after_a_list_is_set_apart_by_a_blank_line() {
    let lines = lines_with("lists-quote", "jianbao", LISTS);
    let q = lines.iter().position(|l| l.text.contains("会议强调")).expect("quote");
    let prev = &lines[q - 1];
    assert!(prev.text.contains("强化考核"), "{prev:?}");
    let pitch = 29.61 * 25.4 / 72.0;
    assert!(lines[q].y_mm - prev.y_mm > 1.9 * pitch, "a blank line between the last item and the quote");
}

#[test]
fn a_mended_lone_character_breaks_alike_in_the_pdf_docx_and_html() {
    // at 28 cells this paragraph would end with "平。" alone on its last line
    let text = "加快建设技术成果和知识产权交易平台、科技成果转化服务平台，加强专业化技术转移人才队伍建设，健全信息沟通、法律服务等机制，提升科技成果转移转化机制化、组织化和法治化水平。";
    let d = tmp("mended");
    let f = d.join("m.md");
    std::fs::write(&f, format!("---\ntitle: 关于加快成果转化的通知\nissuer: 云溪市科学技术局\ndate: 2024-03-01\n---\n\n{text}\n")).unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<String> = pdf_pages(&read(&d.join("m.pdf"))).iter().flat_map(pdf_lines).map(|l| squash(&l.text)).collect();
    let last = lines.iter().position(|l| l.ends_with("水平。")).expect("last line");
    assert!(lines[last].chars().filter(|c| c.is_alphanumeric()).count() >= 2, "two characters on the last line: {}", lines[last]);
    // the line the PDF ended sooner: the DOCX and the HTML end it there too
    let cut = lines[..last].iter().rev().find(|l| text.contains(l.as_str())).expect("a line of the paragraph");
    let before: String = text[..text.find(cut.as_str()).unwrap() + cut.len()].to_string();
    let xml = docx_part(&read(&d.join("m.docx")), "word/document.xml");
    let br = xml.find("<w:br w:type=\"textWrapping\" />").expect("a line break in the DOCX");
    let texts: String = xml[..br].split("<w:t xml:space=\"preserve\">").skip(1).map(|t| t.split("</w:t>").next().unwrap_or("")).collect();
    let tail = |s: &str, n: usize| -> String { s.chars().rev().take(n).collect::<Vec<_>>().into_iter().rev().collect() };
    assert!(texts.ends_with(&tail(&before, 4)), "DOCX breaks where the PDF does: …{}", tail(&texts, 10));
    let html = String::from_utf8(read(&d.join("m.html"))).unwrap();
    let span = html.split("<span class=\"mend\">").nth(1).expect("the mended line in the HTML").split("</span><span class=\"mend-rest\">").next().unwrap();
    let plain: String = span.split('<').map(|s| s.rsplit('>').next().unwrap_or(s)).collect();
    assert!(!plain.is_empty() && before.ends_with(&tail(&plain, 4)), "HTML print breaks where the PDF does: {plain}");
}

#[test]
fn emphasis_sets_han_upright_in_kai_and_slants_only_latin_in_all_three_formats() {
    let d = tmp("emphasis-kai");
    let f = d.join("e.md");
    std::fs::write(&f, "---\ntitle: 关于加强考核的意见\n---\n\n*（五）做好督导总结宣传。*各地按*GB/T 9704*执行。\n").unwrap();
    // the PDF: the Han of the emphasis in the 楷体 face, upright; the Latin slanted
    let paged = lay_out(&f, None);
    let runs: Vec<_> = paged.pages.iter().flat_map(|p| &p.items).filter_map(|i| if let Item::Text(t) = i { Some(t) } else { None }).collect();
    let lead = runs.iter().find(|t| t.text().contains("督导")).expect("the lead-in is set");
    assert!(lead.face.family.contains("Kai"), "the lead-in's face: {}", lead.face.family);
    assert_eq!(lead.slant, 0.0, "Han is never slanted");
    let latin = runs.iter().find(|t| t.text().contains("GB")).expect("the Latin is set");
    assert!(latin.slant > 0.0, "emphasised Latin is slanted in the PDF");

    let o = run(&["build", f.to_str().unwrap(), "-f", "docx,html", "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // the DOCX: the lead-in's run names the 楷体 face and has no <w:i/>; the Latin run has it
    let xml = docx_part(&read(&d.join("e.docx")), "word/document.xml");
    let run_of = |needle: &str| {
        let at = xml.find(needle).unwrap_or_else(|| panic!("{needle} in the DOCX"));
        let start = xml[..at].rfind("<w:r>").unwrap();
        xml[start..at].to_string()
    };
    let lead = run_of("（五）做好督导总结宣传。");
    assert!(lead.contains("楷体") && !lead.contains("<w:i />") && !lead.contains("<w:i/>"), "the lead-in's run: {lead}");
    let latin = run_of("GB/T 9704");
    assert!(latin.contains("<w:i />") || latin.contains("<w:i/>"), "the Latin run is italic: {latin}");
    // the HTML: `em` upright in the 楷体 stack; the Latin inside it in <i>
    let html = String::from_utf8(read(&d.join("e.html"))).unwrap();
    assert!(html.contains("<em>（五）做好督导总结宣传。</em>"), "the lead-in as one em");
    assert!(html.contains("<em><i>GB/T"), "the Latin of an emphasis in <i>");
    let em_rule = html.split("em{").nth(1).map(|r| r.split('}').next().unwrap().to_string()).unwrap_or_default();
    assert!(em_rule.contains("font-style:normal"), "the em style: {em_rule}");
    let em_stack = font_family(&html, "em{");
    assert!(em_stack.starts_with("\"folio-kai\""), "the em's stack: {em_stack}");
}
