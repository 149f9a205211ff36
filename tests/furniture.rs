//! The head block, signature, attachments, 附注 and 版记 of a document that uses every field, by
//! position (mm from the page's top-left corner, ± 0.5 mm of GB/T 9704) and by text.

mod common;
use common::*;

const PT: f32 = 72.0 / 25.4;

fn lines_of(page: &PdfPage) -> Vec<PdfRun> {
    pdf_lines(page)
}

fn top_mm(r: &PdfRun) -> f32 {
    r.y_mm - 0.88 * r.size / PT
}

#[test]
fn every_field_is_in_its_place() {
    let d = tmp("furniture");
    let f = root().join("tests/fixtures/docs/full-head.md");
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&d.join("full-head.pdf"));
    let pages = pdf_pages(&pdf);
    let p1 = lines_of(&pages[0]);
    let line_top = |k: f32| 37.0 + k * 29.61 / PT;
    // 份号, 密级, 紧急程度 on lines 1–3, flush left
    for (k, text) in ["000123", "秘密★1年", "特急"].iter().enumerate() {
        let l = p1.iter().find(|l| l.text.contains(text)).unwrap_or_else(|| panic!("{text}"));
        assert!((l.x_mm - 28.0).abs() < 0.5, "{text} flush left: {}", l.x_mm);
        let cell_top = l.y_mm - (15.79 / 2.0 + 0.38 * 16.0) / PT;
        assert!((cell_top - line_top(k as f32)).abs() < 0.5, "{text} on line {}: {cell_top:.1}", k + 1);
    }
    // joint issuers stacked, 文件 to their right, all red
    let organs: Vec<&PdfRun> = p1.iter().filter(|l| l.size > 30.0).collect();
    assert!(organs.iter().any(|l| l.text.contains("云溪市科学技术局")) && organs.iter().any(|l| l.text.contains("云溪市应急管理局")));
    assert!(organs.iter().any(|l| l.text == "文件" || l.text.ends_with("文件")), "{organs:?}");
    let first_organ = organs.iter().map(|l| top_mm(l)).fold(f32::MAX, f32::min);
    assert!((first_organ - 72.0).abs() <= 0.5, "organ mark top {first_organ:.2}");
    // upward document: number 1 character in on the left, 签发人 on the right, same line
    let num = p1.iter().find(|l| l.text.contains("云科发〔2024〕21号")).expect("doc number");
    assert!((num.x_mm - (28.0 + 15.79 / PT)).abs() < 0.5, "number 1 character in: {}", num.x_mm);
    assert!(num.text.contains("签发人：林晓　陈默"), "signer on the same line: {}", num.text);
    // the red rule 4 mm under the number
    let red = pages[0].rules.iter().find(|r| r.rgb.0 > 0.9 && r.rgb.1 < 0.1).expect("red rule");
    assert!((red.y1 - (num.y_mm + 0.12 * 16.0 / PT) - 4.0).abs() <= 0.5);
    // addressee flush left ending with ：
    let addr = p1.iter().find(|l| l.text.starts_with("各区")).expect("addressee");
    assert!((addr.x_mm - 28.0).abs() < 0.5 && addr.text.ends_with('：'), "{addr:?}");
    // attachment note, signature, date and 附注 after the body
    let all: Vec<(usize, PdfRun)> = pages.iter().enumerate().flat_map(|(i, p)| lines_of(p).into_iter().map(move |l| (i, l))).collect();
    let note = all.iter().find(|(_, l)| l.text.starts_with("附件：")).expect("attachment note");
    assert!(note.1.text.contains("1.检查重点清单") || note.1.text.contains("1. 检查重点清单"), "{}", note.1.text);
    let second = all.iter().find(|(_, l)| l.text.starts_with("2.")).expect("second attachment name");
    let first_name_x = note.1.x_mm + 3.0 * 15.79 / PT;
    assert!((second.1.x_mm - first_name_x).abs() < 0.6, "2. aligned under 1.: {} vs {first_name_x}", second.1.x_mm);
    let date = all.iter().find(|(_, l)| l.text == "2024年6月3日").expect("normalised date");
    let signer = all.iter().find(|(_, l)| l.text.contains("云溪市科学技术局") && l.size == 16.0 && l.text.contains("应急管理局")).expect("signature");
    assert_eq!(date.0, signer.0, "signature and date on one page");
    // the longer line gets the 2-character right indent, the other starts 2 characters from it
    let right = 184.0 - 2.0 * 15.79 / PT;
    let sig_w = signer.1.text.chars().count() as f32 * 15.79 / PT;
    let date_w = 6.0 * 15.79 / PT + 4.0 * 8.0 / PT;
    let (sig_end, date_end) = (signer.1.x_mm + sig_w, date.1.x_mm + date_w);
    assert!((sig_end.max(date_end) - right).abs() < 1.5, "right indent: {sig_end:.1} {date_end:.1} vs {right:.1}");
    let note_line = all.iter().find(|(_, l)| l.text == "（此件发至县级）").expect("附注 in brackets");
    assert!((note_line.1.x_mm - (28.0 + 2.0 * 15.79 / PT)).abs() < 0.5, "附注 2 characters in");
    // attachment pages: new page, 附件1 flush left on line 1, title centred on line 3
    for label in ["附件1", "附件2"] {
        let (pi, l) = all.iter().find(|(_, l)| l.text == label).expect(label);
        let first_on_page = lines_of(&pages[*pi]).into_iter().find(|x| !x.text.starts_with('—')).unwrap();
        assert_eq!(first_on_page.text, *label, "{label} opens its page");
        assert!((l.x_mm - 28.0).abs() < 0.5);
        let title = lines_of(&pages[*pi]).into_iter().find(|x| (x.size - 22.0).abs() < 0.1).expect("attachment title");
        let title_top = title.y_mm - (15.79 / 2.0 + 0.38 * 22.0) / PT;
        assert!((title_top - line_top(2.0)).abs() < 0.5, "{label} title on line 3: {title_top:.1}");
    }
    // the 版记 on the last page, an even page, bottom rule on the type-area bottom
    assert_eq!(pages.len() % 2, 0);
    let last = lines_of(pages.last().unwrap());
    assert!(last.iter().any(|l| l.text.contains("抄送：市政府办公室，市委办公室。")));
    assert!(last.iter().any(|l| l.text.contains("2024年6月3日印发")));
    let bottom = pages.last().unwrap().rules.iter().map(|r| r.y1).fold(0.0, f32::max);
    assert!((bottom - 262.0).abs() <= 0.5);
}

#[test]
fn every_built_in_template_builds_every_example() {
    let d = tmp("alltemplates");
    for t in ["gongwen", "jianbao", "handout"] {
        for e in ["mianyang-resolution.md", "mianyang-resolution.yaml", "notice.md", "photo-bulletin.md", "sealed-notice.md"] {
            let o = run(&["build", &example(e), "-t", t, "-f", "pdf,docx,html", "-o", d.join(t).to_str().unwrap(), "--no-system-fonts", "-q"]);
            assert!(o.status.success(), "{t} × {e}: {}", stderr(&o));
        }
    }
}

#[test]
fn a_signature_wider_than_the_type_area_is_broken_within_it_alike_in_every_format() {
    let signer = "封开县“双创”办、封开县城市管理局、封开县水务局、封开县林业局、封开县国土局、江口镇人民政府";
    let md = format!(
        "---\nkind: notice\ntitle: 关于严禁在县城区种植农作物的通告\nsignature: {signer}\ndate: 2018-10-23\n---\n\n为创建卫生、清洁的城市环境，现通告如下。\n"
    );
    let d = build_text("wide-signature", "n.md", &md, "pdf,docx,html");
    let pages = pdf_pages(&read(&d.join("n.pdf")));
    let sig: Vec<PdfRun> = pages.iter().flat_map(lines_of).filter(|l| l.size == 16.0 && (l.text.contains("封开县") || l.text.contains("江口镇"))).collect();
    assert!(sig.len() >= 2, "the signature is broken over lines: {sig:?}");
    assert_eq!(squash(&sig.iter().map(|l| l.text.as_str()).collect::<String>()), squash(signer), "every character once");
    for l in &sig {
        let end = l.x_mm + l.text.chars().count() as f32 * 15.79 / PT;
        assert!(l.x_mm >= 27.5 && end <= 184.5, "within the type area: {l:?} ends at {end:.1} mm");
    }
    // the DOCX and the HTML break it where the PDF does
    let xml = docx_part(&read(&d.join("n.docx")), "word/document.xml");
    let html = std::fs::read_to_string(d.join("n.html")).unwrap();
    for l in &sig {
        assert!(xml.contains(&format!(">{}</w:t>", l.text)), "DOCX paragraph {}", l.text);
        assert!(html.contains(&format!("<p class=\"signer\">{}</p>", l.text)), "HTML line {}", l.text);
    }
}

#[test]
fn a_number_the_subtitle_gives_is_printed_once_in_every_format() {
    let md = "---\ntitle: 关于启动第二批高校毕业生就业见习示范基地申报工作的通知\nsubtitle: （2007年6月14日人事部办公厅发 国人厅发〔2007〕68号）\ndoc_number: 国人厅发〔2007〕68号\ndate: 2007-06-14\n---\n\n为全面实施高校毕业生就业见习制度，现就有关事项通知如下。\n";
    let d = build_text("number-in-subtitle", "n.md", md, "pdf,docx,html");
    let pdf = squash(&pdf_text(&read(&d.join("n.pdf"))).concat());
    assert_eq!(pdf.matches("68号").count(), 1, "{pdf}");
    let xml = docx_part(&read(&d.join("n.docx")), "word/document.xml");
    assert_eq!(tag_text(&xml).matches("68号").count(), 1);
    let html = std::fs::read_to_string(d.join("n.html")).unwrap();
    assert_eq!(tag_text(&html).matches("68号").count(), 1);
    // without the 题注 the number is printed over the title
    let d = build_text("number-no-subtitle", "n.md", &md.replace("subtitle: （2007年6月14日人事部办公厅发 国人厅发〔2007〕68号）\n", ""), "pdf");
    assert_eq!(squash(&pdf_text(&read(&d.join("n.pdf"))).concat()).matches("68号").count(), 1);
}
