//! The HTML page: one self-contained, semantic file; untrusted input never becomes markup.

mod common;
use common::*;

fn build_html(input: &std::path::Path, extra: &[&str]) -> String {
    let d = input.parent().unwrap();
    let mut args = vec!["build", input.to_str().unwrap(), "-f", "html", "--no-system-fonts", "-q"];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    String::from_utf8(read(&d.join(format!("{}.html", input.file_stem().unwrap().to_string_lossy())))).unwrap()
}

/// examples/notice.md copied into a fresh folder of its own as n.md.
fn notice_in(dir: &str) -> TmpFile {
    let f = tmp(dir).file("n.md");
    std::fs::copy(example("notice.md"), &f).unwrap();
    f
}

/// The seed copied into a fresh folder of its own (HTML is written next to its input).
fn seed_in(dir: &str) -> TmpFile {
    let f = tmp(dir).file("seed.md");
    std::fs::copy(example("mianyang-resolution.md"), &f).unwrap();
    f
}

#[test]
fn the_page_is_semantic_and_self_contained() {
    let f = seed_in("html");
    let h = build_html(&f, &[]);
    for needle in [
        "<html lang=\"zh-CN\">",
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>市人大常委会决议：加快建设国家科技创新先行示范区引领高质量发展</title>",
        "<meta name=\"description\"",
        "<article class=\"doc jianbao\">",
        "<header class=\"head masthead\">",
        "<h1 class=\"title\">",
        "<section class=\"level1\">\n<h2>一要优化创新布局",
        "<footer class=\"end-block bulletin-footer\">",
        "<address class=\"contact\"><span>联系单位：科技城科源科技有限公司</span><span>联系电话：0816-8118728</span></address>",
        // the type area of 37/26/35/28 mm, its top and bottom moved to hold the grid's line
        // boxes (the_printed_page_holds_the_pdfs_22_lines_on_the_pdfs_baselines)
        "@page{size:A4;margin:97.97pt 73.7pt 91.8pt 79.37pt;}",
        "counter(page)",
    ] {
        assert!(h.contains(needle), "missing {needle}");
    }
    assert_eq!(h.matches("<section class=\"level1\">").count(), 13);
    // nothing from the network: no external URL in any src, href or url()
    for bad in ["src=\"http", "href=\"http", "url(http", "@import", "<link "] {
        assert!(!h.contains(bad), "{bad}");
    }
    // the font stack names the official face first and the embedded one, CJK before generic
    assert!(h.contains("\"仿宋_GB2312\"") && h.contains("\"Noto Serif CJK SC\""));
}

#[test]
fn fonts_are_embedded_by_default_as_woff2_subsets_no_bigger_than_the_pdfs() {
    let f = seed_in("htmlfonts");
    let h = build_html(&f, &[]);
    let plain = build_html(&f, &["--no-embed-fonts"]);
    assert!(!plain.contains("base64"), "--no-embed-fonts: no fonts");
    assert!(h.contains("font-family:\"folio-fangsong\";src:url(data:font/woff2;base64,"));
    // the embedded family comes first in its stack, which the body names
    assert!(font_family(&h, "body{").starts_with("\"folio-fangsong\", \"folio-latin\", \"仿宋_GB2312\""), "{}", font_family(&h, "body{"));
    // each stack is written once, on the root, however many rules name it (the page number's
    // margin boxes spell theirs out)
    let rules = &h[..h.find("@page").expect("print rules")];
    assert_eq!(rules.matches("\"仿宋_GB2312\", \"FangSong_GB2312\"").count(), 1, "the body's stack once");
    assert!(rules.matches("var(--folio-font-0)").count() >= 3, "named by several rules");
    // one face shared by two roles (宋体 and 仿宋 both set in Noto Serif CJK SC) is sent once
    let families: Vec<&str> = h.split("@font-face{font-family:\"").skip(1).map(|p| &p[..p.find('"').unwrap()]).collect();
    let mut unique = families.clone();
    unique.dedup();
    assert_eq!(families.len(), unique.len(), "{families:?}");
    // no bigger than 1.5 times the PDF, which carries the same glyphs
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&f.with_extension("pdf")).len();
    assert!(h.len() * 2 <= pdf * 3, "HTML {} bytes against the PDF's {pdf}", h.len());
}

#[test]
fn web_fonts_carry_truetype_outlines_which_browsers_print_as_real_fonts() {
    // Chromium prints a CFF web font as Type 3 glyphs with a tall box (table cells half a line
    // apart merge into one row when the print is read back); a glyf face prints as a CID TrueType
    // font. The embedded CJK faces are CFF: the web font converts them.
    use allsorts::binary::read::ReadScope;
    use allsorts::tag;
    let f = seed_in("htmlglyf");
    let h = build_html(&f, &[]);
    let fonts = embedded_fonts(&h);
    assert!(fonts.len() >= 3, "{:?}", fonts.iter().map(|f| &f.0).collect::<Vec<_>>());
    for (family, bytes) in &fonts {
        let woff2 = ReadScope::new(bytes).read::<allsorts::woff2::Woff2Font>().expect("a WOFF2 font");
        assert!(woff2.read_table(tag::GLYF, 0).unwrap().is_some(), "{family}: no glyf");
        assert!(woff2.read_table(tag::CFF, 0).unwrap().is_none(), "{family}: still CFF");
        let head = woff2_table(bytes, tag::HEAD);
        assert_eq!(&head[52..54], &[0, 0], "{family}: TrueType glyph data");
    }
}

/// Each embedded web font, by family: its WOFF2 bytes, read from the data URL.
fn embedded_fonts(h: &str) -> Vec<(String, Vec<u8>)> {
    use base64::Engine as _;
    h.split("@font-face{font-family:\"")
        .skip(1)
        .map(|part| {
            let family = part[..part.find('"').unwrap()].to_string();
            let b64 = &part[part.find("base64,").unwrap() + 7..];
            (family, base64::engine::general_purpose::STANDARD.decode(&b64[..b64.find(')').unwrap()]).expect("valid base64"))
        })
        .collect()
}

/// One table of a WOFF2 font.
fn woff2_table(bytes: &[u8], tag: u32) -> Vec<u8> {
    use allsorts::binary::read::ReadScope;
    let woff2 = ReadScope::new(bytes).read::<allsorts::woff2::Woff2Font>().expect("a WOFF2 font");
    woff2.read_table(tag, 0).unwrap().expect("the table").scope().data().to_vec()
}

/// The characters each embedded web font maps (its cmap, read from the WOFF2), by family.
fn embedded_cmaps(h: &str) -> Vec<(String, std::collections::BTreeSet<char>)> {
    let mut out = Vec::new();
    for (family, bytes) in embedded_fonts(h) {
        let cmap = woff2_table(&bytes, allsorts::tag::CMAP);
        let table = ttf_parser::cmap::Table::parse(&cmap).expect("a cmap");
        let mut chars = std::collections::BTreeSet::new();
        for sub in table.subtables {
            sub.codepoints(|cp| {
                if let Some(c) = char::from_u32(cp) {
                    chars.insert(c);
                }
            });
        }
        out.push((family, chars));
    }
    out
}

/// The page's visible text: markup, the stylesheet and entities removed.
fn visible_text(h: &str) -> String {
    tag_text(&h[h.find("</style>").map_or(0, |i| i + 8)..])
}

#[test]
fn every_chinese_character_shown_is_in_an_embedded_face() {
    let f = notice_in("htmlcoverage");
    let h = build_html(&f, &[]);
    let faces = embedded_cmaps(&h);
    assert!(faces.len() >= 3, "{} embedded faces", faces.len());
    let text = visible_text(&h);
    assert!(text.contains("附件："), "the attachment note is shown");
    let missing: String = text.chars().filter(|c| *c >= '\u{2e80}' && !faces.iter().any(|f| f.1.contains(c))).collect();
    assert!(missing.is_empty(), "shown but in no embedded face: {missing}");
    // the body face, which stands behind every stack, covers every character shown
    let body = &faces.iter().find(|f| f.0 == "folio-fangsong").expect("the body face").1;
    let missing: String = text.chars().filter(|c| *c >= '\u{2e80}' && !body.contains(c)).collect();
    assert!(missing.is_empty(), "shown but not in the body face: {missing}");
    assert!(font_family(&h, "h2{").starts_with("\"folio-hei\", \"folio-latin\", \"folio-fangsong\""), "every stack falls back to the body face");
}

/// The advance (font units) of `c` in the embedded face `family`, read from its WOFF2's cmap,
/// hhea and hmtx.
fn embedded_advance(h: &str, family: &str, c: char) -> u16 {
    let (_, bytes) = embedded_fonts(h).into_iter().find(|(f, _)| f == family).expect("the face is embedded");
    let cmap = woff2_table(&bytes, allsorts::tag::CMAP);
    let cmap = ttf_parser::cmap::Table::parse(&cmap).unwrap();
    let g = cmap.subtables.into_iter().find_map(|s| s.glyph_index(c as u32)).expect("the character is mapped").0 as usize;
    let (hhea, hmtx) = (woff2_table(&bytes, allsorts::tag::HHEA), woff2_table(&bytes, allsorts::tag::HMTX));
    let long = u16::from_be_bytes([hhea[34], hhea[35]]) as usize;
    let at = 4 * g.min(long - 1);
    u16::from_be_bytes([hmtx[at], hmtx[at + 1]])
}

#[test]
fn digits_in_the_body_face_take_the_advances_the_pdf_sets_them_at() {
    let f = notice_in("htmladvances");
    let h = build_html(&f, &[]);
    // the PDF sets digits in Liberation Serif (1024 of 2048 units: half an em); the body face
    // keeps its own digit outlines (557 of 1000 units wide) but the PDF's advance, so that a
    // printed line holds what the PDF's line holds; CJK characters keep their full em
    for c in ['2', '0', '5'] {
        assert_eq!(embedded_advance(&h, "folio-fangsong", c), 500, "{c}");
    }
    assert_eq!(embedded_advance(&h, "folio-fangsong", '通'), 1000);
    // only what the PDF set in the Latin face: × between digits (Liberation's, 1155 of 2048),
    // not the middle dot between names, which the PDF sets in the CJK face
    let f = tmp("htmladvances2").file("m.md");
    std::fs::write(&f, "---\ntitle: 通知\n---\n\n张三·李四，面积3×4米，ABC。\n").unwrap();
    let h = build_html(&f, &[]);
    assert_eq!(embedded_advance(&h, "folio-fangsong", 'A'), 722, "Liberation Serif's A, 1479 of 2048");
    assert_eq!(embedded_advance(&h, "folio-fangsong", '×'), 564);
    let serif = read(&root().join("fonts/serif/NotoSerifCJKsc-Regular-gbk.otf"));
    let serif = ttf_parser::Face::parse(&serif, 0).unwrap();
    let own = serif.glyph_hor_advance(serif.glyph_index('·').unwrap()).unwrap();
    assert_eq!(embedded_advance(&h, "folio-fangsong", '·'), own, "the CJK face's own middle dot");
}

#[test]
fn the_end_block_is_printed_after_the_pages_the_pdf_turns_before_it() {
    let f = notice_in("htmlturns");
    let h = build_html(&f, &[]);
    // the notice's PDF ends its body on page 2, leaves page 3 blank and sets its 版记 on page 4
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = pdf_text(&read(&f.with_extension("pdf")));
    assert_eq!(pdf.len(), 4);
    assert!(pdf[2].trim().is_empty() && pdf[3].contains("印发"), "{pdf:?}");
    let before_footer = &h[..h.find("<footer class=\"end-block").expect("the 版记")];
    assert!(
        before_footer.ends_with("<div class=\"page-break\"></div>\n<div class=\"page-break unnumbered\"></div>\n<div class=\"end-page unnumbered\">\n"),
        "two page turns before the 版记"
    );
    // the blank page and the 版记's page carry no number, as in the PDF
    assert!(h.contains("<footer class=\"end-block unnumbered\">"));
    assert!(h.contains(".unnumbered{page:folio-unnumbered;}@page folio-unnumbered{@bottom-right{content:none;}@bottom-left{content:none;}}"));
    // on its own page the 版记 stands at the foot, as in the PDF: its page's box is as tall as
    // the printed page's content and stacks it at its bottom
    let page = &h[h.find("@page{size:A4;margin:").unwrap() + 21..];
    let m: Vec<f32> = page[..page.find(';').unwrap()].split(' ').map(css_pt).collect();
    let rule = ".end-page{display:flex;flex-direction:column;justify-content:flex-end;height:";
    let box_ = &h[h.find(rule).expect("the 版记 page's print rule") + rule.len()..];
    let height = css_pt(&box_[..box_.find(';').unwrap()]);
    let room = 841.89 - m[0] - m[2];
    assert!(height < room && height > room - 2.0, "box {height} pt in {room} pt of page");
}

/// A length in points from CSS text such as `97.97pt`.
fn css_pt(v: &str) -> f32 {
    v.trim().trim_end_matches("pt").parse().unwrap_or_else(|_| panic!("a length in pt: {v}"))
}

#[test]
fn the_printed_page_holds_the_pdfs_22_lines_on_the_pdfs_baselines() {
    let f = seed_in("htmlprintgrid");
    let h = build_html(&f, &["-t", "gongwen"]);
    let o = run(&["build", f.to_str().unwrap(), "-t", "gongwen", "-f", "pdf", "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pages = pdf_pages(&read(&f.with_extension("pdf")));
    // page 2 is body text only: its first line's baseline, in points from the top
    let first = pdf_lines(&pages[1]).iter().map(|l| l.y_mm * 72.0 / 25.4).fold(f32::MAX, f32::min);
    let page = &h[h.find("@page{size:A4;margin:").unwrap() + 21..];
    let m: Vec<f32> = page[..page.find(';').unwrap()].split(' ').map(css_pt).collect();
    let print = &h[h.find("@media print{body").unwrap()..];
    let at = print.find("line-height:").unwrap() + 12;
    let pitch = css_pt(&print[at..at + print[at..].find(';').unwrap()]);
    // a line box of the pitch around 16 pt text in the embedded faces (ascent 0.88, descent
    // 0.12) has its baseline pitch / 2 + 0.38 em below its top
    let baseline = m[0] + pitch / 2.0 + 0.38 * 16.0;
    assert!((baseline - first).abs() < 0.5, "printed first baseline {baseline} pt, the PDF's {first} pt");
    let room = 841.89 - m[0] - m[2];
    assert!(room >= 22.0 * pitch && room < 23.0 * pitch, "{room} pt of page for lines of {pitch} pt");
    // without the embedded faces the browser's metrics are unknown: the template's margins
    let h = build_html(&f, &["-t", "gongwen", "--no-embed-fonts"]);
    assert!(h.contains("@page{size:A4;margin:104.88pt 73.7pt 99.21pt 79.37pt;}"));
}

#[test]
fn on_a_phone_the_organ_mark_shrinks_to_one_line() {
    let f = notice_in("htmlphone");
    let h = build_html(&f, &[]);
    let phone = &h[h.find("@media (max-width:640px)").expect("a phone stylesheet")..];
    // 云溪市科技创新促进中心 + 文件: 13 characters across the screen, never wrapped
    assert!(phone.contains(".organ{font-size:min(") && phone.contains("calc((100vw - 2.5rem) / 13.0));white-space:nowrap;}"), "{}", &phone[..400]);
}

#[test]
fn phone_numbers_and_dates_never_break_across_lines() {
    let d = tmp("htmlnumbers");
    let f = d.join("p.md");
    std::fs::write(&f, "---\ntitle: 通知\n---\n\n联系电话：0571-86001234，时间 2024-05-06 9:30，增长12.5%，共3，代码`a-1`。\n").unwrap();
    let h = build_html(&f, &[]);
    for n in ["0571-86001234", "2024-05-06", "9:30"] {
        assert!(h.contains(&format!("<span class=\"nw\"><span class=\"d\">{n}</span></span>")), "{n} kept on one line");
    }
    assert!(h.contains("<span class=\"nw\"><span class=\"d\">12.5</span></span>%"), "12.5 kept whole");
    assert!(h.contains(".nw{white-space:nowrap;}"));
    assert!(h.contains("共<span class=\"d\">3</span>，"), "a plain number needs no nowrap wrapper");
    // in print, digits keep their own advances while CJK characters are set in the grid's cells
    let print = &h[h.find("@media print{body").unwrap()..];
    assert!(print.contains(".d{letter-spacing:0;}"), "{}", &print[..300]);
    assert!(h.contains("<code>a-1</code>"), "code stays as written");
    assert!(visible_text(&h).contains("联系电话：0571-86001234，时间 2024-05-06 9:30，增长12.5%，共3，"));
}

#[test]
fn in_print_an_organ_mark_wider_than_the_type_area_is_condensed_not_the_page() {
    let f = seed_in("htmlcondense");
    // 科技城科源科技有限公司文件: 13 characters of 36 pt in a 156 mm (442.2 pt) type area
    let h = build_html(&f, &["-t", "gongwen"]);
    let rule = "@media print{.organ{transform:scaleX(";
    let at = h.find(rule).expect("the organ mark is condensed in print") + rule.len();
    let k: f32 = h[at..at + h[at..].find(')').unwrap()].parse().unwrap();
    assert!((k - 442.2 / 468.0).abs() < 0.005, "scaleX({k})");
    // from the left edge, where the mark's overflowing line starts: condensed about its centre
    // it still reached 12 pt past the type area, and Chromium shrank the whole page to 97 %
    assert!(h[at..].starts_with(&format!("{k:.4});transform-origin:0 0;}}")), "{}", &h[at..at + 60]);
    // a mark that fits is left alone: the bulletin's 科技城新区工作简报, 9 characters of 42 pt
    let h = build_html(&f, &["-t", "jianbao"]);
    assert!(h.contains(".bulletin-name{") && !h.contains(".bulletin-name{transform:scaleX("));
}

#[test]
fn a_handouts_running_contact_prints_once_per_page() {
    let f = seed_in("htmlhandout");
    let h = build_html(&f, &["-t", "handout"]);
    // shown on screen at the end, printed by the page's margin box, not a second time in the flow
    assert!(h.contains("<address class=\"contact running\">"), "the contact at the end for the screen");
    assert!(h.contains("@bottom-") && h.contains("0816-8118728"), "the running footer of every printed page");
    let print = &h[h.find("@media print{body").unwrap()..];
    assert!(print[..print.find("\n").unwrap()].contains("address.contact.running{display:none;}"));
}

#[test]
fn an_attachment_title_is_centred_without_the_headings_indent_and_cells_keep_the_pdfs_text_width() {
    let d = tmp("html-attachment-title");
    std::fs::copy(root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt"), d.join("a.txt")).unwrap();
    let h = build_html(&d.join("a.txt"), &["-t", "gongwen"]);
    assert!(h.contains("<h2 class=\"attachment-title\">三级公立医院绩效考核指标</h2>"));
    let rule = |sel: &str| h.split(&format!("{sel}{{")).nth(1).map(|r| r.split('}').next().unwrap().to_string()).unwrap_or_default();
    // an h2 is indented two characters; the attachment's title is centred on the type area
    assert!(rule(".attachment-title").contains("text-indent:0"), "{}", rule(".attachment-title"));
    // the PDF's rules lie over the cell edges; collapsed HTML borders take half their width
    // from the cell, so the padding gives it back and the text box is the PDF's
    let pad = format!("padding:{}pt {}pt", folio::layout::table::PAD_Y - 0.25, folio::layout::table::PAD_X - 0.25);
    assert!(rule("th,td").contains(&pad), "{} lacks {pad}", rule("th,td"));
}

#[test]
fn a_printed_long_table_turns_its_pages_at_the_pdfs_rows_and_sets_cut_cells_where_the_pdf_does() {
    // corpus 07's attachment: 一级指标 cells merged over rows on several pages; a generated
    // table of three-line rows, some of which the page end cannot take whole
    let d = tmp("html-table-pages");
    std::fs::copy(root().join("tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt"), d.join("a.txt")).unwrap();
    let rows: String = (1..=40)
        .map(|i| format!("| {i} | 指标{i} | 计算方法：门诊患者人次数/同期出院患者人次数（急诊、健康体检者不计入）。指标来源：医院填报。 |\n"))
        .collect();
    std::fs::write(d.join("b.md"), format!("---\ntitle: 关于考核指标的通知\n---\n\n| 序号 | 指标 | 指标说明 |\n|---|---|---|\n{rows}")).unwrap();
    for f in ["a.txt", "b.md"] {
        let o = run(&["build", d.join(f).to_str().unwrap(), "-t", "gongwen", "-f", "pdf,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let plain = |s: &str| -> String { squash(&s.split('<').map(|p| p.rsplit('>').next().unwrap_or(p)).collect::<String>()) };

    // a row the print turns the page at is the first row under the PDF page's repeated header
    let pages = pdf_pages(&read(&d.join("b.pdf")));
    let html = String::from_utf8(read(&d.join("b.html"))).unwrap();
    let header: String = html.split("<th").skip(1).map(|t| plain(t.split_once('>').unwrap().1.split("</th>").next().unwrap_or(""))).collect();
    let turns: Vec<String> = html.split("<tr class=\"turn\">").skip(1).map(|t| plain(t.split("</td>").next().unwrap())).collect();
    assert!(!turns.is_empty(), "some three-line row does not fit the room a page leaves");
    for first in &turns {
        // the row's number, alone in the first column
        let at = |r: &&PdfRun| squash(&r.text) == *first && r.x_mm < 50.0;
        let (page, run) = pages.iter().enumerate().find_map(|(i, p)| p.runs.iter().find(at).map(|r| (i, r.clone()))).expect(first);
        let numbers = pages[page].runs.iter().filter(|r| r.x_mm < 50.0 && squash(&r.text).chars().all(|c| c.is_ascii_digit()));
        let top = numbers.min_by(|a, b| a.y_mm.total_cmp(&b.y_mm)).unwrap();
        assert!(top.y_mm >= run.y_mm - 0.1, "row {first} starts page {} of the PDF, under its header; {} comes first", page + 1, top.text);
    }
    let header_pages = pages.iter().filter(|p| p.runs.iter().any(|r| header.starts_with(&squash(&r.text)) && squash(&r.text).len() > 3)).count();
    assert!(header_pages >= 2, "the header repeats on each page of the table");
    let print: String = html.split("@media print{").skip(1).collect();
    assert!(print.contains("tbody tr{break-inside:avoid;}") && print.contains("tr.turn,.table-wrap.turn{break-before:page;}"), "{print}");

    // a merged cell cut by a page end: its text as far below its top rule as in the PDF
    let pages = pdf_pages(&read(&d.join("a.pdf")));
    let html = String::from_utf8(read(&d.join("a.html"))).unwrap();
    let tops: Vec<(f32, String)> = html
        .split("class=\"cut\" style=\"--top:")
        .skip(1)
        .map(|c| (c.split("pt").next().unwrap().parse().unwrap(), plain(c.split_once('>').unwrap().1.split("<br").next().unwrap())))
        // up to the first digit or Latin letter, which the PDF sets as a run of its own
        .map(|(t, s): (f32, String)| (t, s.chars().take_while(|c| !c.is_ascii()).collect::<String>()))
        .filter(|(_, s)| s.chars().count() >= 2)
        .collect();
    // cells whose first words are theirs alone in the table (not 定量, say)
    let in_table = |first: &str| pages.iter().flat_map(|p| &p.runs).filter(|r| squash(&r.text).starts_with(first) && r.size < 15.0).count();
    let tops: Vec<(f32, String)> = tops.into_iter().filter(|(_, s)| in_table(s) == 1).collect();
    assert!(tops.len() >= 3, "corpus 07's 一级指标 cells span pages: {tops:?}");
    assert!(tops.iter().any(|(t, _)| *t > 10.0), "and some are centred on their first page's part: {tops:?}");
    let below_rule = |first: &str| -> f32 {
        // in the table (set smaller than the body, whose headings start 一、 too)
        let at = |r: &&PdfRun| squash(&r.text).starts_with(first) && r.size < 15.0;
        let (page, run) = pages.iter().enumerate().find_map(|(i, p)| p.runs.iter().find(at).map(|r| (i, r.clone()))).expect(first);
        let rules =
            pages[page].rules.iter().filter(|l| (l.y1 - l.y2).abs() < 0.01 && l.x1.min(l.x2) <= run.x_mm && l.x1.max(l.x2) >= run.x_mm && l.y1 < run.y_mm);
        (run.y_mm - rules.map(|l| l.y1).fold(f32::MIN, f32::max)) * 72.0 / 25.4
    };
    let (pad, first) = tops.iter().find(|(t, _)| (*t - folio::layout::table::PAD_Y).abs() < 0.01).expect("a cut cell whose text flows from its top");
    let base = below_rule(first) - pad;
    for (top, first) in &tops {
        assert!((below_rule(first) - base - top).abs() < 0.5, "{first}: {} pt below its top in the PDF, {top} pt in the print", below_rule(first) - base);
    }
    let print: String = html.split("@media print{").skip(1).collect();
    assert!(print.contains("td.cut{vertical-align:top;padding-top:var(--top);}"));
}

#[test]
fn a_printed_table_cell_breaks_its_lines_where_the_pdf_does_and_the_screen_reflows() {
    let d = tmp("html-cell-breaks");
    let f = d.join("t.md");
    let long = "计算方法：门诊患者人次数/同期出院患者人次数（急诊、健康体检者不计入）。指标来源：医院填报。";
    std::fs::write(
        &f,
        format!("---\ntitle: 关于考核指标的通知\n---\n\n| 指标 | 性质 | 指标说明 |\n|---|---|---|\n| 门诊人次数与出院人次数比 | 定量 | {long} |\n"),
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // the PDF's lines of the long cell, read back from the page: the runs of its column, by line
    let page = &pdf_pages(&read(&d.join("t.pdf")))[0];
    let x0 = page.runs.iter().find(|r| r.text.starts_with("计算方法")).expect("the cell in the PDF").x_mm;
    let mut by_line: std::collections::BTreeMap<i32, Vec<&PdfRun>> = Default::default();
    for r in page.runs.iter().filter(|r| r.x_mm > x0 - 0.5 && long.contains(squash(&r.text).as_str())) {
        by_line.entry((r.y_mm * 10.0).round() as i32).or_default().push(r);
    }
    let cell: Vec<String> = by_line.values().map(|rs| squash(&rs.iter().map(|r| r.text.as_str()).collect::<String>())).collect();
    assert!(cell.len() >= 3 && cell.concat() == long, "the cell wraps in the PDF: {cell:?}");
    // the HTML cell: the same pieces between its print-only breaks
    let html = String::from_utf8(read(&d.join("t.html"))).unwrap();
    let td = html.split("<td>").find(|t| t.starts_with("计算方法")).expect("the cell").split("</td>").next().unwrap();
    let plain = |s: &str| -> String { s.split('<').map(|p| p.rsplit('>').next().unwrap_or(p)).collect() };
    let pieces: Vec<String> = td.split("<br class=\"pl\">").map(plain).collect();
    assert_eq!(pieces, cell);
    // hidden on screen, shown in print
    assert!(html.contains("br.pl{display:none;}"));
    let print: String = html.split("@media print{").skip(1).map(|r| r.split("}}").next().unwrap_or("")).collect();
    assert!(print.contains("br.pl{display:inline;"), "{print}");
}
