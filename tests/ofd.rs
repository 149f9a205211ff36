//! OFD output (issue 17) read back by an independent reader, `ofd-core`: the package passes its
//! structure check, has the PDF's pages with the PDF's text page by page, and each page it
//! renders (with the fonts folio embedded: this machine has no CJK face) has ink where the PDF
//! sets text, rules and the seal, in their colours.
//!
//! With `FOLIO_OFD_RENDER=DIR` the documents' PDFs and OFDs and the reader's page images (at
//! `COMPARE_DPI`, four times 50 dpi, so that `.ci/ofd_compare.py` can average both renderers'
//! pixels down to 50 dpi) are written there: `.ci/interop.sh` compares the images with poppler's
//! rendering of the PDF and the text a Python reader (easyofd) extracts with poppler's text of
//! the PDF.

mod common;
use common::*;

use ofd_core::model::PageBlock;
use ofd_core::{OfdReader, RenderOptions};
use std::path::{Path, PathBuf};

const DPI: f64 = 50.0;
/// The resolution of the page images written for `.ci/ofd_compare.py`.
const COMPARE_DPI: f64 = 4.0 * DPI;

/// The seed as a bulletin, the notice and the sealed notice (official documents), corpus 07 (tables).
fn documents() -> Vec<(&'static str, PathBuf)> {
    vec![
        ("seed", root().join("examples/mianyang-resolution.md")),
        ("notice", root().join("examples/notice.md")),
        ("sealed", root().join("examples/sealed-notice.md")),
        ("corpus07", root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt")),
    ]
}

/// The document's PDF and OFD from one conversion.
fn build(path: &Path) -> (Vec<u8>, Vec<u8>) {
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] });
    let opts = folio::ConvertOptions { formats: vec![folio::Format::Pdf, folio::Format::Ofd], ..Default::default() };
    let mut out = folio::convert(&engine, path, &opts).unwrap_or_else(|f| panic!("{}: {f}", path.display()));
    let ofd = out.outputs.pop().unwrap().1;
    (out.outputs.pop().unwrap().1, ofd)
}

fn open(name: &str, ofd: &[u8]) -> (OfdReader<std::fs::File>, ofd_core::LoadedDocument, TmpFile) {
    let file = tmp(&format!("ofd-{name}")).file(&format!("{name}.ofd"));
    std::fs::write(&file, ofd).unwrap();
    let report = ofd_core::check_path(&file);
    assert!(report.problems.is_empty(), "{name}: ofd-core finds problems: {:?}", report.problems);
    let mut reader = OfdReader::open(&file).unwrap_or_else(|e| panic!("{name}: ofd-core cannot open it: {e}"));
    let body = reader.ofd().doc_bodies[0].clone();
    let doc = reader.load_document(&body).unwrap();
    (reader, doc, file)
}

/// The characters of each page's text objects, in drawing order, whitespace removed.
fn page_texts(reader: &mut OfdReader<std::fs::File>, doc: &ofd_core::LoadedDocument) -> Vec<String> {
    let refs = doc.pages().to_vec();
    refs.iter()
        .map(|r| {
            let page = reader.load_page(doc, r).unwrap();
            let mut s = String::new();
            for layer in page.content.iter().flat_map(|c| &c.layers) {
                for o in &layer.objects {
                    if let PageBlock::Text(t) = o {
                        for code in &t.text_codes {
                            s.push_str(&squash(code.text.as_deref().unwrap_or_default()));
                        }
                    }
                }
            }
            s
        })
        .collect()
}

#[test]
fn an_independent_reader_opens_the_ofd_with_the_pdfs_pages_and_text() {
    for (name, path) in documents() {
        let (pdf, ofd) = build(&path);
        let (mut reader, doc, _file) = open(name, &ofd);
        let pdf_pages = pdf_pages(&pdf);
        assert_eq!(doc.pages().len(), pdf_pages.len(), "{name}: pages");
        let texts = page_texts(&mut reader, &doc);
        assert!(texts.iter().map(String::len).sum::<usize>() > 500, "{name}: {texts:?}");
        for (n, (ofd_text, page)) in texts.iter().zip(&pdf_pages).enumerate() {
            let pdf_text: String = page.runs.iter().map(|r| squash(&r.text)).collect();
            assert_eq!(*ofd_text, pdf_text, "{name} page {}: the OFD's text is not the PDF's", n + 1);
        }
        // the document's facts: title and author in DocInfo, a content id
        let info = reader.ofd().doc_bodies[0].doc_info.clone();
        assert_eq!(info.doc_id.as_deref().map(str::len), Some(32), "{name}: {info:?}");
        assert!(info.title.as_ref().is_some_and(|t| !t.is_empty()) && info.creation_date.is_some(), "{name}: {info:?}");
    }
}

/// A page as the reader draws it: (width, height, RGBA).
fn render(reader: &mut OfdReader<std::fs::File>, doc: &ofd_core::LoadedDocument, page: usize) -> (u32, u32, Vec<u8>) {
    let pix = reader.render_page(doc, page, &RenderOptions::with_dpi(DPI)).unwrap_or_else(|e| panic!("page {}: {e}", page + 1));
    (pix.width(), pix.height(), pix.data().to_vec())
}

fn px(mm: f32) -> i64 {
    (mm as f64 / 25.4 * DPI).round() as i64
}

/// What counts as ink in [`ink`].
#[derive(Clone, Copy)]
enum Ink {
    /// Darker than this grey (0–255): text is drawn darker than mid-grey, a hairline rule only
    /// has to show (it is antialiased to a light grey at 50 dpi).
    Dark(i32),
    /// Clearly red.
    Red,
}

/// Pixels in a box (mm) that are ink.
fn ink(img: &(u32, u32, Vec<u8>), x0: f32, y0: f32, x1: f32, y1: f32, kind: Ink) -> usize {
    let (w, h, data) = img;
    let mut n = 0;
    for y in px(y0).max(0)..px(y1).min(*h as i64) {
        for x in px(x0).max(0)..px(x1).min(*w as i64) {
            let i = ((y as u32 * w + x as u32) * 4) as usize;
            let (r, g, b) = (data[i] as i32, data[i + 1] as i32, data[i + 2] as i32);
            let hit = match kind {
                Ink::Dark(limit) => r + g + b < 3 * limit,
                Ink::Red => r > 150 && g < r - 40 && b < r - 40,
            };
            n += usize::from(hit);
        }
    }
    n
}

#[test]
fn the_readers_pages_have_ink_where_the_pdf_sets_text_rules_and_the_seal() {
    let out_dir = std::env::var_os("FOLIO_OFD_RENDER").map(PathBuf::from);
    for (name, path) in documents() {
        let (pdf, ofd) = build(&path);
        let (mut reader, doc, _file) = open(name, &ofd);
        if let Some(dir) = &out_dir {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("{name}.pdf")), &pdf).unwrap();
            std::fs::write(dir.join(format!("{name}.ofd")), &ofd).unwrap();
        }
        for (n, page) in pdf_pages(&pdf).iter().enumerate() {
            let img = render(&mut reader, &doc, n);
            assert_eq!((img.0 as i64, img.1 as i64), (px(210.0), px(297.0)), "{name} page {}: A4 at {DPI} dpi", n + 1);
            if let Some(dir) = &out_dir {
                reader.render_page_to_file(&doc, n, &RenderOptions::with_dpi(COMPARE_DPI), dir.join(format!("{name}-{}.png", n + 1))).unwrap();
            }
            // every line of text: its first two characters' boxes hold ink (black or red)
            for r in pdf_lines(page).iter().filter(|r| !squash(&r.text).is_empty()) {
                let em = r.size / 72.0 * 25.4;
                let (x0, y0, x1, y1) = (r.x_mm, r.y_mm - em * 0.9, r.x_mm + 2.0 * em, r.y_mm + em * 0.15);
                let hits = ink(&img, x0, y0, x1, y1, Ink::Dark(128)) + ink(&img, x0, y0, x1, y1, Ink::Red);
                assert!(hits > 0, "{name} page {}: no ink at \"{}\" ({:.1} mm, {:.1} mm)", n + 1, r.text, r.x_mm, r.y_mm);
            }
            // every rule: ink along it, red where the PDF's is red
            for rule in &page.rules {
                let red = rule.rgb.0 > 0.6 && rule.rgb.1 < 0.5;
                let (x0, x1) = (rule.x1.min(rule.x2) - 0.6, rule.x1.max(rule.x2) + 0.6);
                let (y0, y1) = (rule.y1.min(rule.y2) - 0.6, rule.y1.max(rule.y2) + 0.6);
                let hits = ink(&img, x0, y0, x1, y1, if red { Ink::Red } else { Ink::Dark(235) });
                let len = px((rule.x2 - rule.x1).abs().max((rule.y2 - rule.y1).abs())).max(1) as usize;
                assert!(hits * 2 >= len, "{name} page {}: the rule at {:.1} mm has ink on {hits} of {len} pixels", n + 1, rule.y1);
            }
        }
    }
}

#[test]
fn the_seal_is_drawn_red_over_the_signature() {
    let (pdf, ofd) = build(&root().join("examples/sealed-notice.md"));
    let (mut reader, doc, _file) = open("seal", &ofd);
    // the page that signs: the issuer's name is set there with the seal over it
    let pages = pdf_pages(&pdf);
    let n = pages.iter().position(|p| p.runs.iter().any(|r| r.text.contains("云溪市科技创新促进中心") && r.x_mm > 100.0)).expect("a signature");
    let img = render(&mut reader, &doc, n);
    let sign = pdf_lines(&pages[n]).into_iter().find(|r| r.text.contains("云溪市科技创新促进中心") && r.x_mm > 100.0).unwrap();
    let red = ink(&img, sign.x_mm - 10.0, sign.y_mm - 30.0, sign.x_mm + 60.0, sign.y_mm + 25.0, Ink::Red);
    assert!(red > 200, "sealed notice page {}: {red} red pixels around the signature", n + 1);
}

#[test]
fn the_ofd_is_byte_identical_across_runs_and_with_the_subsets_of_a_batch() {
    let path = root().join("examples/notice.md");
    let fresh = build(&path).1;
    assert_eq!(fresh, build(&path).1);
    // a batch's engine reuses the subsets made for earlier documents: the same bytes
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] }).keep_subsets();
    let opts = folio::ConvertOptions { formats: vec![folio::Format::Ofd], ..Default::default() };
    for _ in 0..2 {
        assert_eq!(folio::convert(&engine, &path, &opts).unwrap().outputs[0].1, fresh);
    }
}

#[test]
fn folio_toml_and_the_command_line_ask_for_ofd_like_any_format() {
    let d = tmp("ofd-config");
    std::fs::write(d.join("folio.toml"), "formats = [\"pdf\", \"ofd\"]\noutput = \"dist\"\n").unwrap();
    let docs = d.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::copy(root().join("examples/notice.md"), docs.join("notice.md")).unwrap();
    std::fs::write(docs.join("short.yaml"), "title: 关于放假的通知\nissuer: 云溪市人民政府办公室\nbody:\n  - paragraph: 春节放假七天。\n").unwrap();
    let o = run(&["build", docs.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for stem in ["notice", "short"] {
        assert!(d.join(format!("dist/{stem}.pdf")).exists(), "{stem}.pdf");
        let text = ofd_text(&read(&d.join(format!("dist/{stem}.ofd"))));
        assert!(!text.is_empty(), "{stem}.ofd has text");
    }
    assert!(squash(&ofd_text(&read(&d.join("dist/short.ofd")))).contains("春节放假七天。"));
    // -f beats folio.toml
    let o = run(&["build", docs.join("short.yaml").to_str().unwrap(), "-f", "ofd", "-o", d.join("only").to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let names: Vec<String> = std::fs::read_dir(d.join("only")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["short.ofd"]);
}

#[test]
fn a_link_is_a_click_action_on_its_region() {
    let d = tmp("ofd-link");
    let f = d.join("link.md");
    std::fs::write(
        &f,
        "---\ntitle: 关于网上申报的通知\nissuer: 云溪市科学技术局\n---\n\n请登录[云溪市科技服务平台](https://kj.yunxi.example.cn/apply)在线申报。\n",
    )
    .unwrap();
    let (_, ofd) = build(&f);
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(ofd.clone())).unwrap();
    let mut page = String::new();
    std::io::Read::read_to_string(&mut z.by_name("Doc_0/Pages/Page_0/Content.xml").unwrap(), &mut page).unwrap();
    let actions = &page[page.find("</ofd:Content>").expect("content")..];
    assert!(actions.contains(r#"<ofd:Action Event="CLICK"><ofd:Region><ofd:Area Start=""#), "{actions}");
    assert!(actions.contains(r#"<ofd:URI URI="https://kj.yunxi.example.cn/apply"/>"#), "{actions}");
    // the region lies on the page, within the type area's width
    let start = actions.split("Start=\"").nth(1).unwrap().split('"').next().unwrap();
    let xy: Vec<f32> = start.split(' ').map(|v| v.parse().unwrap()).collect();
    assert!(xy[0] >= 27.0 && xy[0] < 185.0 && xy[1] > 37.0 && xy[1] < 260.0, "{start}");
    // the reader still checks and reads the package
    open("link", &ofd);
    assert!(squash(&ofd_text(&ofd)).contains("云溪市科技服务平台"));
}
