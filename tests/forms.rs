//! The special formats of GB/T 9704 §10 (letter 信函, order 命令, minutes 纪要) and the 明电
//! rule: chosen from the document, measured on the PDF (mm from the page's top-left corner),
//! and present in the DOCX and the HTML.

mod common;
use common::*;

const PT: f32 = 72.0 / 25.4;

/// Top edge of a run's em box.
fn top_mm(r: &PdfRun) -> f32 {
    r.y_mm - 0.88 * r.size / PT
}

fn red(r: &PdfRule) -> bool {
    r.rgb.0 > 0.9 && r.rgb.1 < 0.1
}

/// Build an example in all three formats (no template given: folio picks it) and return the
/// PDF's pages and the DOCX's document.xml and the HTML.
fn build(name: &str) -> (Vec<PdfPage>, String, String) {
    let d = tmp(&format!("forms-{name}"));
    let o = run(&["build", &example(&format!("{name}.md")), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains(" 0 warnings"), "no warnings: {}", stderr(&o));
    let pages = pdf_pages(&read(&d.join(format!("{name}.pdf"))));
    let docx = read(&d.join(format!("{name}.docx")));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("docx zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").expect("document.xml"), &mut xml).unwrap();
    let html = String::from_utf8(read(&d.join(format!("{name}.html")))).unwrap();
    (pages, xml, html)
}

#[test]
fn a_letter_that_names_its_signer_sets_it_left_of_its_number_in_all_three_formats() {
    let md = "---\ntitle: 关于对第14号提案的复函\nissuer: 子洲县交通运输局\ndoc_number: 子交函〔2023〕34号\nsigners: 马文忠\naddressee: 崔银雷委员\ndate: 2023-10-16\n---\n\n现将提案办理情况答复如下。\n";
    let d = build_text("letter-signer", "reply.md", md, "pdf,docx,html");
    let pages = pdf_pages(&read(&d.join("reply.pdf")));
    let p1 = pdf_lines(&pages[0]);
    // (one line of the page: the 签发人 first, the number after it)
    let line = p1.iter().map(|l| squash(&l.text)).find(|t| t.contains("子交函〔2023〕34号")).expect("number");
    assert!(line.find("签发人：马文忠").is_some_and(|at| at < line.find("子交函").unwrap()), "on the number's line, left of it: {line}");
    let xml = docx_part(&read(&d.join("reply.docx")), "word/document.xml");
    assert!(tag_text(&xml).contains("签发人：马文忠"), "the 签发人 in the DOCX");
    let html = String::from_utf8(read(&d.join("reply.html"))).unwrap();
    assert!(
        html.contains("<span class=\"signer\">签发人：<span class=\"names\">马文忠</span></span><span>子交函〔2023〕34号</span>"),
        "the 签发人 in the HTML"
    );
}

/// The run that starts with `text` on a page.
fn run_at<'a>(page: &'a PdfPage, text: &str) -> &'a PdfRun {
    page.runs.iter().find(|r| r.text.starts_with(text)).unwrap_or_else(|| panic!("no run {text}: {:?}", page.runs))
}

/// The left tab stops (twips) of each paragraph in document.xml that holds `text`.
fn left_tabs(xml: &str, text: &str) -> Vec<u32> {
    let para = xml.split("<w:p ").find(|p| tag_text(p).contains(text)).unwrap_or_else(|| panic!("no paragraph {text}"));
    para.split("<w:tab w:val=\"left\" w:pos=\"").skip(1).filter_map(|t| t.split('"').next()?.parse().ok()).collect()
}

#[test]
fn several_signers_stand_two_to_a_line_with_the_number_on_the_last_in_all_three_formats() {
    let md = "---\ntitle: 关于申请专项资金的请示\nissuer: 云溪市科学技术局\ndoc_number: 云科发〔2024〕21号\nsigners: [林晓, 陈默, 欧阳志远, 王五]\naddressee: 市人民政府\ndate: 2024-06-03\n---\n\n现将有关情况请示如下。\n";
    let d = build_text("upward-signers", "ask.md", md, "pdf,docx,html");
    let p1 = &pdf_pages(&read(&d.join("ask.pdf")))[0];
    let lines = pdf_lines(p1);
    let first = lines.iter().position(|l| squash(&l.text) == "签发人：林晓陈默").expect("the first row: label and two names");
    let last = squash(&lines[first + 1].text);
    assert!(last.starts_with("云科发〔2024〕21号") && last.ends_with("欧阳志远王五"), "the number on the last row: {last}");
    assert!((lines[first + 1].y_mm - lines[first].y_mm - 29.61 / PT).abs() < 0.5, "on the next grid line");
    // the later row under the first name, the longest row ending 1 character in from the right
    let (a, b) = (run_at(p1, "林晓"), run_at(p1, "欧阳志远"));
    assert!((a.x_mm - b.x_mm).abs() < 0.3, "rows aligned: {} vs {}", a.x_mm, b.x_mm);
    assert!((b.x_mm + 7.0 * 16.0 / PT - (184.0 - 15.79 / PT)).abs() < 0.5, "1 character in: {}", b.x_mm);
    let xml = docx_part(&read(&d.join("ask.docx")), "word/document.xml");
    // (Word's tab stops from the margin: the label's, then the names' 4 characters on)
    let (t1, t2) = (left_tabs(&xml, "签发人：林晓　陈默"), left_tabs(&xml, "欧阳志远　王五"));
    assert_eq!((t1.len(), t2.len()), (1, 1), "one stop each: {t1:?} {t2:?}");
    assert_eq!(t2[0] - t1[0], 4 * 16 * 20, "names under names");
    let last_row = xml.split("<w:p ").map(|p| tag_text(&format!("<{p}"))).find(|t| t.contains("欧阳志远")).unwrap();
    assert_eq!(last_row, "云科发〔2024〕21号欧阳志远　王五", "the number opens the last row");
    let html = String::from_utf8(read(&d.join("ask.html"))).unwrap();
    assert!(
        html.contains("<span>云科发〔2024〕21号</span><span class=\"signer\">签发人：<span class=\"names\">林晓　陈默<br>欧阳志远　王五</span></span>"),
        "{html}"
    );
}

#[test]
fn a_bulletin_or_a_handout_prints_the_number_signers_and_marks_its_head_has_no_place_for() {
    let md = "---\ntitle: 关于做好防汛工作的通知\nissuer: 云溪市科学技术局\ndoc_number: 云科发〔2024〕7号\nsigners: [林晓, 陈默]\nsecrecy: 秘密\ndate: 2024-06-03\n---\n\n现将有关事项通知如下。\n";
    for template in ["jianbao", "handout"] {
        let d = tmp(&format!("unplaced-{template}"));
        std::fs::write(d.join("n.md"), md).unwrap();
        let o = run(&["build", d.join("n.md").to_str().unwrap(), "-t", template, "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains("has no place for"), "{template}: said, not silent: {}", stderr(&o));
        let line = "秘密　云科发〔2024〕7号　签发人：林晓　陈默";
        let pdf = body_text(&read(&d.join("n.pdf")));
        assert!(pdf.contains(&squash(line)) && pdf.find(&squash(line)) < pdf.find("现将有关事项"), "{template}: over the text in the PDF: {pdf}");
        assert!(tag_text(&docx_part(&read(&d.join("n.docx")), "word/document.xml")).contains(line), "{template}: in the DOCX");
        assert!(String::from_utf8(read(&d.join("n.html"))).unwrap().contains(line), "{template}: in the HTML");
    }
}

#[test]
fn a_document_number_too_long_for_its_line_is_condensed_inside_the_type_area_not_refused() {
    // (a page's field may hand the importer a number with more after it)
    let long = "林造字第0991742291號復貴府99年10月15日府民原經字第0990153446號函";
    for (name, head) in [("letter", format!("doc_number: 子交函〔2023〕34号{long}\nsecrecy: 秘密")), ("plain", format!("doc_number: 云科发〔2024〕21号{long}"))]
    {
        let md = format!("---\ntitle: 关于造林伐采的复函\nissuer: 林务局\n{head}\ndate: 2021-06-15\n---\n\n现将有关情况函复如下。\n");
        let d = build_text(&format!("long-number-{name}"), "n.md", &md, "pdf,docx");
        // (condensed in Word too, to the PDF's room, and not to nothing)
        let xml = docx_part(&read(&d.join("n.docx")), "word/document.xml");
        let scale: Vec<u32> = xml.split("<w:w w:val=\"").skip(1).filter_map(|t| t.split('"').next()?.parse().ok()).collect();
        assert!(!scale.is_empty() && scale.iter().all(|&w| (30..100).contains(&w)), "{name}: DOCX condensed: {scale:?}");
        let p1 = &pdf_pages(&read(&d.join("n.pdf")))[0];
        let runs: Vec<&PdfRun> = p1.runs.iter().filter(|r| r.y_mm > 30.0 && r.y_mm < 130.0 && r.size < 20.0).collect();
        assert!(runs.iter().all(|r| r.x_mm >= 27.9 && r.x_mm <= 184.0), "{name}: inside the type area: {runs:?}");
        assert!(runs.iter().any(|r| r.hscale < 100.0), "{name}: condensed");
    }
}

#[test]
fn a_letters_long_signer_line_is_condensed_clear_of_its_number_and_its_label_is_set_in_fangsong() {
    let md = "---\ntitle: 关于对第14号提案的复函\nissuer: 子洲县交通运输局\ndoc_number: 子交函〔2023〕34号\nsigners: [诸葛孔明司马仲达, 东方不败独孤求败, 王五]\naddressee: 崔银雷委员\ndate: 2023-10-16\n---\n\n现将提案办理情况答复如下。\n";
    let d = build_text("letter-signers", "reply.md", md, "pdf,docx,html");
    let p1 = &pdf_pages(&read(&d.join("reply.pdf")))[0];
    let (label, names, number) = (run_at(p1, "签发人："), run_at(p1, "诸"), run_at(p1, "子交函"));
    assert!((label.x_mm - 28.0).abs() < 0.3 && (names.x_mm - (28.0 + 4.0 * 16.0 / PT)).abs() < 0.3, "label flush left, names after it");
    assert!(names.hscale < 100.0, "condensed: {}", names.hscale);
    // (a condensed line is drawn a glyph at a time)
    let last = p1.runs.iter().filter(|r| (r.y_mm - names.y_mm).abs() < 0.1 && r.hscale < 100.0).map(|r| r.x_mm).fold(0.0, f32::max);
    let names_end = last + 16.0 / PT * names.hscale / 100.0;
    assert!(names_end <= number.x_mm - 15.79 / PT + 0.3, "a character clear of the number: {names_end} vs {}", number.x_mm);
    assert!((run_at(p1, "王").x_mm - names.x_mm).abs() < 0.3, "the second row under the first name");
    let xml = docx_part(&read(&d.join("reply.docx")), "word/document.xml");
    let run_font = |text: &str| {
        let r = xml.split("<w:r>").find(|r| tag_text(r).starts_with(text)).unwrap_or_else(|| panic!("no run {text}"));
        r.split("w:eastAsia=\"").nth(1).and_then(|f| f.split('"').next()).unwrap_or("").to_string()
    };
    assert_eq!(run_font("签发人："), run_font("子交函"), "the label in the number's 仿宋");
    assert!(run_font("诸葛孔明").contains('楷'), "the names in 楷体: {}", run_font("诸葛孔明"));
    assert!(xml.contains("<w:w w:val=\""), "condensed in Word too");
    let html = String::from_utf8(read(&d.join("reply.html"))).unwrap();
    assert!(html.contains("诸葛孔明司马仲达　东方不败独孤求败<br>王五"), "{html}");
}

#[test]
fn a_letter_has_its_mark_30_mm_from_the_top_between_two_red_double_rules() {
    let (pages, xml, html) = build("letter");
    let p1 = pdf_lines(&pages[0]);
    let mark = p1.iter().find(|l| l.size > 30.0).expect("organ mark");
    assert_eq!(mark.text, "云溪市科学技术局", "the full name, no 文件");
    assert!((top_mm(mark) - 30.0).abs() <= 0.5, "mark top {:.2} mm", top_mm(mark));
    // two double rules of 170 mm, centred: under the mark thick over thin, near the bottom
    // thin over thick with the thick line 20 mm above the bottom edge
    let rules: Vec<&PdfRule> = pages[0].rules.iter().filter(|r| red(r)).collect();
    assert_eq!(rules.len(), 4, "{rules:?}");
    for r in &rules {
        assert!(((r.x2 - r.x1) - 170.0).abs() < 0.3 && (r.x1 - 20.0).abs() < 0.3, "170 mm centred: {r:?}");
    }
    let mut by_y = rules.clone();
    by_y.sort_by(|a, b| a.y1.total_cmp(&b.y1));
    let mark_bottom = top_mm(mark) + mark.size / PT;
    assert!((by_y[0].y1 - mark_bottom - 4.0).abs() <= 0.5, "4 mm under the mark: {:.2}", by_y[0].y1 - mark_bottom);
    assert!(by_y[0].width > by_y[1].width, "thick over thin");
    assert!(by_y[2].width < by_y[3].width, "thin over thick");
    assert!((pages[0].height_mm - by_y[3].y1 - 20.0).abs() <= 0.5, "20 mm above the bottom edge");
    // the number flush right under the first rule; the title two lines under it
    let num = p1.iter().find(|l| l.text.contains("云科函〔2024〕18号")).expect("number");
    let num_end = num.x_mm + (num.text.chars().filter(|c| !c.is_ascii()).count() as f32 * 15.79 + 6.0 * 8.0) / PT;
    assert!((num_end - 184.0).abs() < 1.0, "flush right: ends at {num_end:.1}");
    // its line's top 7/8 of a character under the double rule
    let cell_top = |l: &PdfRun| l.y_mm - (15.79 / 2.0 + 0.38 * l.size) / PT;
    let drop = cell_top(num) - by_y[1].y1;
    assert!((drop - 0.875 * 16.0 / PT).abs() <= 0.5, "number line {drop:.2} mm under the rule");
    // the title on the grid, two blank lines under the number line
    let title = p1.iter().find(|l| (l.size - 22.0).abs() < 0.1).expect("title");
    let gap = cell_top(title) - (cell_top(num) + 15.79 / PT);
    let pitch = 29.61 / PT;
    assert!(gap >= 2.0 * pitch - 0.3 && gap < 3.0 * pitch, "two blank lines between number and title: {gap:.1} mm");
    assert!(((cell_top(title) - 37.0) / pitch - ((cell_top(title) - 37.0) / pitch).round()).abs() < 0.05, "title on the grid");
    // no page number on page 1; page 2 is numbered 2
    assert!(!p1.iter().any(|l| l.text.contains("— 1 —") || l.text == "—1—"), "no number on page 1");
    let p2 = pdf_lines(&pages[1]);
    assert!(p2.iter().any(|l| squash(&l.text) == "—2—"), "page 2 numbered");
    // the 版记: 抄送 without rules and without 印发
    let last = pdf_lines(pages.last().unwrap());
    assert!(last.iter().any(|l| l.text.starts_with("抄送：")));
    assert!(!last.iter().any(|l| l.text.ends_with("日印发")), "no 印发 line in a letter");
    assert!(!pages.last().unwrap().rules.iter().any(|r| !red(r)), "no 版记 rules");
    // DOCX: the double rules as paragraph borders, a first-page footer without a number
    assert!(xml.contains("w:val=\"thickThinSmallGap\""), "upper double rule in the DOCX");
    assert!(xml.contains("w:titlePg"), "a first page of its own in the DOCX");
    // HTML: the double rule and the number line
    assert!(html.contains("<hr class=\"double-rule\">") && html.contains("class=\"doc-number letter\""));
    assert!(html.contains("@page :first{@bottom-right{content:none;}}"));
}

#[test]
fn an_order_has_its_mark_20_mm_under_the_type_area_top_and_the_number_two_lines_below() {
    let (pages, xml, html) = build("order");
    let p1 = pdf_lines(&pages[0]);
    let mark = p1.iter().find(|l| l.size > 30.0).expect("organ mark");
    assert_eq!(mark.text, "云溪市人民政府令");
    assert!((top_mm(mark) - 57.0).abs() <= 0.5, "mark top {:.2} mm (type area top 37 + 20)", top_mm(mark));
    let num = p1.iter().find(|l| l.text == "第12号").expect("令号");
    let num_mid = num.x_mm + (2.0 * 15.79 + 2.0 * 8.0) / PT / 2.0;
    assert!((num_mid - 106.0).abs() < 1.0, "令号 centred: {num_mid:.1}");
    // two blank lines between the mark and the 令号, and between the 令号 and the body
    let body = p1.iter().find(|l| l.text.starts_with("《")).expect("body");
    assert!((body.y_mm - num.y_mm - 3.0 * 29.61 / PT).abs() < 0.5, "body two lines under the 令号");
    assert!(!pages[0].rules.iter().any(red), "an order has no red rule");
    let all: Vec<PdfRun> = pages.iter().flat_map(pdf_lines).collect();
    assert!(all.iter().any(|l| l.text == "市长　王明远" || l.text == "市长 王明远"), "signed by title and name");
    assert!(xml.contains("云溪市人民政府令") && html.contains("云溪市人民政府令"));
    assert!(!html.contains("red-rule\">"), "no red rule in the HTML either");
}

#[test]
fn minutes_have_their_mark_35_mm_under_the_type_area_top_and_the_attendance_lines() {
    let (pages, xml, html) = build("minutes");
    let p1 = pdf_lines(&pages[0]);
    let mark = p1.iter().find(|l| l.size > 30.0).expect("纪要 mark");
    assert_eq!(mark.text, "云溪市人民政府常务会议纪要");
    assert!((top_mm(mark) - 72.0).abs() <= 0.5, "mark top {:.2} mm (37 + 35)", top_mm(mark));
    assert!(!p1.iter().any(|l| (l.size - 22.0).abs() < 0.1), "the title is the mark, not repeated");
    assert!(p1.iter().any(|l| l.text == "第5期"));
    assert!(p1.iter().any(|l| l.text.starts_with("云溪市人民政府办公室")), "issuer line");
    assert!(pages[0].rules.iter().any(red), "red rule under the issuer line");
    // 出席 / 请假 / 列席: in that order, two characters in, on one page, after a blank line
    let (pi, _) = pages.iter().enumerate().find(|(_, p)| pdf_lines(p).iter().any(|l| l.text.starts_with("出席："))).expect("出席 line");
    let lines = pdf_lines(&pages[pi]);
    let idx = |label: &str| lines.iter().position(|l| l.text.starts_with(label)).unwrap_or_else(|| panic!("{label} on the page of 出席"));
    let (a, b, c) = (idx("出席："), idx("请假："), idx("列席："));
    assert!(a < b && b < c, "出席, 请假, 列席 in order");
    for i in [a, b, c] {
        assert!((lines[i].x_mm - (28.0 + 2.0 * 15.79 / PT)).abs() < 0.5, "two characters in: {:?}", lines[i]);
    }
    assert!(lines[a].text.contains("王明远、李华"), "{}", lines[a].text);
    if a > 0 {
        assert!(lines[a].y_mm - lines[a - 1].y_mm > 1.5 * 29.61 / PT, "a blank line before 出席");
    }
    let all: Vec<PdfRun> = pages.iter().flat_map(pdf_lines).collect();
    assert!(
        !all.iter().any(|l| l.text == "2024年3月11日" && l.x_mm > 100.0 && l.y_mm > 100.0 && (l.size - 16.0).abs() < 0.1 && l.x_mm < 150.0),
        "no signature date"
    );
    assert!(xml.contains("出席：") && xml.contains("列席："));
    assert!(html.contains("<div class=\"attendance\">") && html.contains("<span class=\"label\">请假：</span>"));
}

#[test]
fn the_form_is_recognised_from_the_document() {
    let d = tmp("forms-recognised");
    let cases = [
        (
            "letter-by-number.md",
            "---\ntitle: 关于商请支持的函\nissuer: 云溪市科学技术局\ndoc_number: 云科函〔2024〕3号\ndate: 2024-03-01\n---\n\n请予支持。\n",
            "xinhan",
        ),
        ("minutes-by-title.md", "---\ntitle: 云溪市科技工作专题会议纪要\nissuer: 云溪市科学技术局\ndate: 2024-03-01\n---\n\n会议议定如下。\n", "jiyao"),
        (
            "order-by-kind.md",
            "---\nkind: 命令\nissuer: 云溪市人民政府\ndoc_number: 第3号\ndate: 2024-03-01\nsignature: 市长　王明远\n---\n\n现予公布。\n",
            "minling",
        ),
        (
            "order-by-number.md",
            "---\nissuer: 四川省人民政府\ndoc_number: 四川省人民政府令第368号\ndate: 2025-10-22\nsignature: 省长　施小琳\n---\n\n现予公布。\n",
            "minling",
        ),
        (
            "telegram.md",
            "---\ntitle: 关于做好节日安排的通知\nissuer: 云溪市人民政府办公室\ndoc_number: 云政办明电〔2024〕5号\ndate: 2024-03-01\n---\n\n各单位：请做好安排。\n",
            "gongwen",
        ),
    ];
    for (file, text, template) in cases {
        let p = d.join(file);
        std::fs::write(&p, text).unwrap();
        let o = run(&["check", p.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).contains(template), "{file}: {template} expected in\n{}", stdout(&o));
    }
    // 明电: the organ mark without 文件
    let o = run(&["build", d.join("telegram.md").to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pages = pdf_pages(&read(&d.join("telegram.pdf")));
    let mark = pdf_lines(&pages[0]).into_iter().find(|l| l.size > 30.0).expect("organ mark");
    assert_eq!(squash(&mark.text), "云溪市人民政府办公室", "a telegram's mark has no 文件");
}

#[test]
fn an_orders_number_names_its_mark_and_is_printed_as_its_number() {
    let d = tmp("forms-order-number");
    let p = d.join("order.md");
    // (the number in brackets, as a president's order prints it)
    let text = "---\nissuer: 中华人民共和国\ndoc_number: 中华人民共和国主席令（第三十一号）\ndate: 2024-03-01\nsignature: 主席　某某\n---\n\n现予公布。\n";
    std::fs::write(&p, text).unwrap();
    let o = run(&["build", p.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts", "-f", "pdf,html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = pdf_lines(&pdf_pages(&read(&d.join("order.pdf")))[0]);
    let mark = lines.iter().find(|l| l.size > 30.0).expect("organ mark");
    assert_eq!(squash(&mark.text), "中华人民共和国主席令", "the mark is the number's, without 文件");
    let number = lines.iter().find(|l| squash(&l.text) == "第三十一号").unwrap_or_else(|| panic!("令号 alone: {lines:?}"));
    assert!(number.y_mm > mark.y_mm, "the 令号 under the mark");
    let html = std::fs::read_to_string(d.join("order.html")).unwrap();
    assert!(html.contains("<p class=\"organ\">中华人民共和国主席令</p>") && html.contains("<p class=\"doc-number\">第三十一号</p>"), "{html}");
}

#[test]
fn an_end_block_without_printer_or_print_date_takes_the_issuer_and_the_date() {
    let d = tmp("forms-printer");
    let p = d.join("defaults.md");
    std::fs::write(&p, "---\ntitle: 关于开展检查的通知\nissuer: 云溪市科学技术局\ndoc_number: 云科发〔2024〕9号\ndate: 2024-05-06\ncopies_to: 云溪市财政局\n---\n\n请按要求开展检查。\n").unwrap();
    let o = run(&["build", p.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pages = pdf_pages(&read(&d.join("defaults.pdf")));
    let last = pdf_lines(pages.last().unwrap());
    let printed = last.iter().find(|l| l.text.ends_with("2024年5月6日印发")).unwrap_or_else(|| panic!("印发 line: {last:?}"));
    assert!(printed.text.starts_with("云溪市科学技术局"), "the issuer prints it: {}", printed.text);
    // a document with no 版记 at all gets none
    let q = d.join("bare.md");
    std::fs::write(&q, "---\ntitle: 关于开展检查的通知\nissuer: 云溪市科学技术局\ndate: 2024-05-06\n---\n\n请按要求开展检查。\n").unwrap();
    let o = run(&["build", q.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let all: Vec<PdfRun> = pdf_pages(&read(&d.join("bare.pdf"))).iter().flat_map(pdf_lines).collect();
    assert!(!all.iter().any(|l| l.text.contains("印发")), "no 版记 invented");
}

#[test]
fn a_printers_name_too_long_for_the_print_line_wraps_beside_the_date_inside_the_type_area() {
    let d = tmp("forms-long-printer");
    let p = d.join("joint.md");
    let printer = "巴彦淖尔市教育局　巴彦淖尔市生态环境局　巴彦淖尔市发展和改革委员会";
    std::fs::write(&p, format!("---\ntitle: 关于开展绿色学校创建工作的通知\nissuer: 巴彦淖尔市教育局\ndate: 2023-12-19\nprinter: {printer}\ncopies_to: 市政府办公室\n---\n\n请认真贯彻执行。\n")).unwrap();
    // (folio refuses to write a page with text outside its type area: the build is the check)
    let o = run(&["build", p.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let last = pdf_lines(pdf_pages(&read(&d.join("joint.pdf"))).last().unwrap());
    let printed = last.iter().position(|l| l.text.ends_with("2023年12月19日印发")).unwrap_or_else(|| panic!("印发 line: {last:?}"));
    // the name runs on under its first line, whole
    let first = squash(&last[printed].text.replace("2023年12月19日印发", ""));
    let name: String = last[printed..printed + 2].iter().map(|l| l.text.replace("2023年12月19日印发", "")).collect();
    assert_eq!(squash(&name), squash(printer), "{last:?}");
    // the DOCX and the HTML break it where the PDF does: the first line's part, then the date,
    // then a line break and the rest
    let xml = docx_part(&read(&d.join("joint.docx")), "word/document.xml");
    let at = xml.find("2023年12月19日印发").expect("the 印发 row in the DOCX");
    let para = &xml[xml[..at].rfind("<w:p>").max(xml[..at].rfind("<w:p ")).expect("its paragraph")..];
    let para = &para[..para.find("</w:p>").expect("its end")];
    let (before, after) = para.split_at(para.find("2023年12月19日印发").unwrap());
    let words = |x: &str| -> String { x.split("<w:t").skip(1).filter_map(|t| t.split_once('>').map(|(_, r)| r.split('<').next().unwrap_or(""))).collect() };
    assert_eq!(squash(&words(before)), first, "{para}");
    assert!(after.contains("<w:br w:type=\"textWrapping\""), "{para}");
    let html = String::from_utf8(read(&d.join("joint.html"))).unwrap();
    let row = html.split("<p class=\"printed\">").nth(1).and_then(|r| r.split("</p>").next()).expect("the 印发 row in the HTML");
    let lines: Vec<&str> = row.trim_start_matches("<span>").split("</span>").next().unwrap().split("<br>").collect();
    assert_eq!(lines.len(), 2, "{row}");
    assert_eq!(squash(lines[0]), first, "{row}");
}
