//! The DOCX as Word, WPS and LibreOffice read it: named styles with outline levels, explicit
//! East Asian fonts and no theme fonts, the A4 page and line grid, odd/even page-number footers,
//! core properties, a deflated and reproducible package.

mod common;
use common::*;

use std::collections::BTreeMap;
use std::io::Read;

/// Every part of the package, as text, and how each entry was stored.
fn parts(bytes: &[u8]) -> (BTreeMap<String, String>, Vec<(String, zip::CompressionMethod)>) {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("the DOCX is a zip");
    let mut out = BTreeMap::new();
    let mut methods = Vec::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().expect("entry names are UTF-8").to_string();
        let mut s = String::new();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            f.read_to_string(&mut s).unwrap();
            out.insert(name.clone(), s);
        }
        methods.push((name, f.compression()));
    }
    (out, methods)
}

fn build_docx(example_name: &str, dir: &std::path::Path, env: &[(&str, &str)]) -> Vec<u8> {
    let mut cmd = folio();
    cmd.args(["build", &example(example_name), "-f", "docx", "-o", dir.to_str().unwrap(), "--no-system-fonts", "-q"]);
    cmd.env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    read(&dir.join(example_name.replace(".md", ".docx")))
}

/// The `<w:style>` element of a style id.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles.find(&format!("w:styleId=\"{id}\"")).unwrap_or_else(|| panic!("no style {id}"));
    let end = styles[start..].find("</w:style>").unwrap() + start;
    &styles[start..end]
}

#[test]
fn styles_are_named_with_outline_levels_and_explicit_east_asian_fonts() {
    let d = tmp("docx-styles");
    let (p, _) = parts(&build_docx("notice.md", &d, &[]));
    let styles = &p["word/styles.xml"];
    for (level, id, face) in [(0, "Heading1", "黑体"), (1, "Heading2", "楷体_GB2312"), (2, "Heading3", "仿宋_GB2312"), (3, "Heading4", "仿宋_GB2312")] {
        let s = style(styles, id);
        assert!(s.contains(&format!("<w:name w:val=\"heading {}\" />", level + 1)), "{id} named as Word's built-in heading");
        assert!(s.contains(&format!("<w:outlineLvl w:val=\"{level}\" />")), "{id}: outline level for the navigation pane");
        assert!(s.contains(&format!("w:eastAsia=\"{face}\"")) && s.contains("w:ascii=\""), "{id}: explicit fonts");
    }
    for (id, face) in [("Title", "方正小标宋简体"), ("FolioBody", "仿宋_GB2312"), ("FolioOrgan", "方正小标宋简体"), ("FolioPageNumber", "宋体")]
    {
        assert!(style(styles, id).contains(&format!("w:eastAsia=\"{face}\"")), "{id}: {face}");
    }
    // 2-character first-line indents in characters, which Word and LibreOffice both honour
    assert!(style(styles, "FolioBody").contains("w:firstLineChars=\"200\""));
    // the styles based on the body say they have no indent, in twips and in characters:
    // otherwise they inherit the body's (the organ mark wraps, the title sits off centre)
    for id in ["Title", "FolioOrgan", "FolioDocNumber", "FolioAddressee", "FolioSignature", "FolioTable", "FolioPageNumber"] {
        let s = style(styles, id);
        assert!(s.contains("w:firstLine=\"0\" w:firstLineChars=\"0\""), "{id} inherits the body's first-line indent: {s}");
    }
    // the East Asian language for line breaking, and the fonts used listed in the font table
    assert!(styles.contains("w:eastAsia=\"zh-CN\""));
    for face in ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "Times New Roman"] {
        assert!(p["word/fontTable.xml"].contains(&format!("<w:font w:name=\"{face}\"")), "font table lists {face}");
    }
    // each with what Word and WPS match a missing face by: PANOSE class, charset, code pages
    let entry = |face: &str| {
        let ft = &p["word/fontTable.xml"];
        let at = ft.find(&format!("<w:font w:name=\"{face}\"")).unwrap();
        ft[at..at + ft[at..].find("</w:font>").unwrap()].to_string()
    };
    let fangsong = entry("仿宋_GB2312");
    for part in ["<w:altName w:val=\"FangSong_GB2312\" />", "<w:panose1 w:val=\"02010609030101010101\" />", "<w:charset w:val=\"86\" />", "w:csb0=\"00040000\""]
    {
        assert!(fangsong.contains(part), "仿宋_GB2312 lacks {part}: {fangsong}");
    }
    assert!(entry("方正小标宋简体").contains("w:csb0=\"00040000\""), "the title face covers GB 2312");
    assert!(entry("Times New Roman").contains("<w:panose1 w:val=\"02020603050405020304\" />"));
    // every run of text names its East Asian face (a run holding only a tab or a break has no
    // glyph to choose a face for)
    let doc = &p["word/document.xml"];
    let text_runs: Vec<&str> = doc.split("<w:r>").skip(1).map(|r| r.split("</w:r>").next().unwrap()).filter(|r| r.contains("<w:t")).collect();
    let east_asian = text_runs.iter().filter(|r| r.starts_with("<w:rPr><w:rFonts ")).count();
    assert!(text_runs.len() > 20 && east_asian * 10 >= text_runs.len() * 9, "{east_asian} of {} runs name their fonts", text_runs.len());
    // no theme fonts anywhere (they make Word fall back to 等线 / MS Mincho)
    for (name, xml) in &p {
        assert!(!xml.contains("Theme=\"") && !xml.contains("Theme\":"), "{name} refers to a theme font");
    }
}

#[test]
fn page_is_a4_with_the_gbt9704_margins_and_the_line_grid() {
    let d = tmp("docx-page");
    let (p, _) = parts(&build_docx("notice.md", &d, &[]));
    let doc = &p["word/document.xml"];
    // A4 in twips; margins 37 / 26 / 35 / 28 mm
    assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\" />"), "A4");
    // (the right one 13 twips, 0.23 mm, in: 28 characters at the grid's pitch, 316 twips, and the
    // slack LibreOffice needs to set them on one line)
    assert!(doc.contains("w:top=\"2098\" w:right=\"1461\" w:bottom=\"1984\" w:left=\"1587\""), "margins");
    // 22 lines: a lines grid of 29.61 pt (579 twips with Word's rounding) and exact line heights
    assert!(doc.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\""), "line grid");
    let body = style(&p["word/styles.xml"], "FolioBody");
    assert!(body.contains("w:lineRule=\"exact\""), "exact line height: {body}");
    // CJK runs tightened by 0.20 pt (the nearest twentieth to 156 mm / 28 − 16 pt) so that 28
    // characters fill the line in Word and LibreOffice
    assert!(doc.contains("<w:spacing w:val=\"-4\" />"));
    assert!(!doc.contains("<w:spacing w:val=\"-5\" />"));
    // a line-end mark that does not fit: Word hangs it (its default), LibreOffice, which reads
    // this flag inverted, pushes it to the next line; with "0" LibreOffice drops the mark
    assert!(p["word/styles.xml"].contains("<w:overflowPunct w:val=\"1\" />"));
}

/// The text and the character spacing of each run of a part, in order.
fn run_spacing(xml: &str) -> Vec<(String, Option<String>)> {
    xml.split("<w:r>")
        .skip(1)
        .filter_map(|r| {
            let r = r.split("</w:r>").next()?;
            let text: String = r.split("<w:t xml:space=\"preserve\">").skip(1).filter_map(|t| t.split("</w:t>").next()).collect();
            let spacing = r.split("<w:spacing w:val=\"").nth(1).and_then(|v| v.split('"').next()).map(str::to_string);
            (!text.is_empty()).then_some((text, spacing))
        })
        .collect()
}

#[test]
fn han_is_tightened_to_the_grid_and_digits_keep_their_own_advance() {
    let d = tmp("docx-digits");
    let src = d.join("digits.md");
    std::fs::write(&src, "# 关于2019年部分节假日安排的通知\n\n经国务院批准，现将2019年元旦放假调休日期通知如下。附Word文档。\n").unwrap();
    let out = run(&["build", src.to_str().unwrap(), "-f", "docx", "-o", d.to_str().unwrap(), "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (p, _) = parts(&std::fs::read(d.join("digits.docx")).unwrap());
    let runs = run_spacing(&p["word/document.xml"]);
    let body: Vec<_> = runs.iter().skip_while(|(t, _)| !t.starts_with("经国务院")).collect();
    // the PDF sets digits and Latin letters at their own advances and Han on the grid: the DOCX
    // tightens only the Han (a digit 0.2 pt narrower each let LibreOffice fit one character more
    // than the PDF on a line with two digits)
    let sp = Some("-4".to_string());
    assert_eq!(body[0], &("经国务院批准，现将".to_string(), sp.clone()), "{body:?}");
    assert_eq!(body[1], &("2019".to_string(), None), "{body:?}");
    assert_eq!(body[2], &("年元旦放假调休日期通知如下。附".to_string(), sp.clone()), "{body:?}");
    assert_eq!(body[3], &("Word".to_string(), None), "{body:?}");
    assert_eq!(body[4], &("文档。".to_string(), sp), "{body:?}");
    // the title, off the grid (22 pt): one run, the text as written (nothing inserted between Han
    // and digits: copying and searching `2019年` work)
    let title = runs.iter().find(|(t, _)| t.contains("2019")).unwrap();
    assert_eq!(title, &("关于2019年部分节假日安排的通知".to_string(), None));
    // and the grid's documents ask for no automatic space between Han and Latin; the handout,
    // whose PDF sets a quarter em there, asks the word processor for its own
    assert!(p["word/styles.xml"].contains("<w:autoSpaceDE w:val=\"0\" />"));
    let out = run(&["build", src.to_str().unwrap(), "-t", "handout", "-f", "docx", "-o", d.join("handout").to_str().unwrap(), "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (h, _) = parts(&std::fs::read(d.join("handout/digits.docx")).unwrap());
    assert!(h["word/styles.xml"].contains("<w:autoSpaceDE w:val=\"1\" />") && !h["word/styles.xml"].contains("<w:autoSpaceDE w:val=\"0\" />"));
}

#[test]
fn marks_the_pdf_compresses_to_take_in_a_character_are_as_narrow_in_the_docx() {
    // corpus 02: the PDF keeps 下。 on the line before (alone it would be a 孤字) by compressing
    // that line's 、、。; a word processor compresses nothing by itself, so the DOCX narrows
    // those three marks by what the PDF takes from them, and the line fits Word's measure too
    let d = tmp("docx-squeezed");
    let src = root().join("tests/fixtures/corpus/02-tongzhi-jiejiari-2019-short.txt");
    let o = run(&["build", src.to_str().unwrap(), "-t", "gongwen", "-f", "pdf,docx", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stem = d.join("02-tongzhi-jiejiari-2019-short");
    let line = "节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。";
    let pages = pdf_pages(&read(&stem.with_extension("pdf")));
    assert!(pages.iter().flat_map(pdf_lines).any(|l| squash(&l.text) == line), "the PDF sets the line whole");
    let (p, _) = parts(&read(&stem.with_extension("docx")));
    let doc = &p["word/document.xml"];
    // each character with the spacing of its run (twips)
    let chars: Vec<(char, i32)> = run_spacing(doc)
        .into_iter()
        .flat_map(|(t, sp)| {
            let sp: i32 = sp.map_or(0, |v| v.parse().unwrap());
            t.chars().map(move |c| (c, sp)).collect::<Vec<_>>()
        })
        .collect();
    let text: String = chars.iter().map(|(c, _)| *c).collect();
    let at = text[..text.find(line).expect("the DOCX has the line")].chars().count();
    let set = &chars[at..at + line.chars().count()];
    let narrowed: Vec<(char, i32)> = set.iter().copied().filter(|(_, sp)| *sp < -4).collect();
    assert_eq!(narrowed.iter().map(|(c, _)| *c).collect::<String>(), "、、。", "{narrowed:?}");
    // 16 pt characters (320 twips) at their runs' spacing fit the DOCX's text width, which 29
    // characters at the grid's spacing alone would not
    let attr = |el: &str, name: &str| -> i32 {
        let el = &doc[doc.find(&format!("<{el} ")).unwrap()..];
        let at = el.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        el[at..at + el[at..].find('"').unwrap()].parse().unwrap()
    };
    let width = attr("w:pgSz", "w:w") - attr("w:pgMar", "w:left") - attr("w:pgMar", "w:right");
    let needed: i32 = set.iter().map(|(_, sp)| 320 + sp).sum();
    assert!(needed <= width && 29 * 316 > width, "{needed} twips on a line of {width}");
}

#[test]
fn odd_and_even_footers_carry_the_page_field_at_14_pt() {
    let d = tmp("docx-footers");
    let (p, _) = parts(&build_docx("notice.md", &d, &[]));
    let doc = &p["word/document.xml"];
    assert!(doc.contains("<w:footerReference w:type=\"default\"") && doc.contains("<w:footerReference w:type=\"even\""));
    assert!(p["word/settings.xml"].contains("<w:evenAndOddHeaders />"), "odd and even pages differ");
    let rels = &p["word/_rels/document.xml.rels"];
    let target = |id: &str| {
        let at = doc.find(&format!("w:type=\"{id}\" r:id=\"")).unwrap() + format!("w:type=\"{id}\" r:id=\"").len();
        let rid = &doc[at..at + doc[at..].find('"').unwrap()];
        let r = rels.find(&format!("Id=\"{rid}\"")).unwrap();
        let t = rels[r..].find("Target=\"").unwrap() + r + 8;
        format!("word/{}", &rels[t..t + rels[t..].find('"').unwrap()])
    };
    for (kind, jc) in [("default", "right"), ("even", "left")] {
        let f = &p[&target(kind)];
        assert!(f.contains(&format!("<w:jc w:val=\"{jc}\" />")), "{kind} footer aligned {jc}");
        assert!(f.contains("<w:fldChar w:fldCharType=\"begin\"") && f.contains("<w:instrText> PAGE </w:instrText>"), "{kind}: PAGE field");
        assert!(f.contains("— ") && f.contains(" —"), "{kind}: dashes around the number");
        assert!(f.contains("<w:sz w:val=\"28\" />"), "{kind}: 14 pt");
        // one character in from the edge it is aligned to
        assert!(f.contains(if jc == "right" { "w:right=\"280\"" } else { "w:left=\"280\"" }), "{kind}: one character in");
    }
}

#[test]
fn core_properties_come_from_the_document_and_source_date_epoch() {
    let d = tmp("docx-core");
    let (p, _) = parts(&build_docx("notice.md", &d, &[]));
    let core = &p["docProps/core.xml"];
    assert!(core.contains("<dc:title>云溪市科技创新促进中心关于开展2024年度科技型中小企业评价入库工作的通知</dc:title>"), "{core}");
    assert!(core.contains("<dc:creator>云溪市科技创新促进中心</dc:creator>"));
    assert!(core.contains(">2024-03-15T00:00:00Z</dcterms:created>"), "the document's date without SOURCE_DATE_EPOCH: {core}");
    let d2 = tmp("docx-core-epoch");
    let (p2, _) = parts(&build_docx("notice.md", &d2, &[("SOURCE_DATE_EPOCH", "1700000000")]));
    assert!(p2["docProps/core.xml"].contains(">2023-11-14T22:13:20Z</dcterms:created>"), "{}", p2["docProps/core.xml"]);
}

#[test]
fn package_is_deflated_and_byte_identical_for_identical_input() {
    let (a, b) = (tmp("docx-same-a"), tmp("docx-same-b"));
    let one = build_docx("mianyang-resolution.md", &a, &[]);
    let two = build_docx("mianyang-resolution.md", &b, &[]);
    assert!(one == two, "two builds differ");
    let (_, methods) = parts(&one);
    for (name, m) in methods {
        assert_eq!(m, zip::CompressionMethod::Deflated, "{name} stored uncompressed");
    }
    // python-docx and Word need the content types and the main relationship
    let (p, _) = parts(&one);
    assert!(p["[Content_Types].xml"].contains("wordprocessingml.document.main+xml"));
    assert!(p["_rels/.rels"].contains("Target=\"word/document.xml\""));
}

/// The notice built to PDF and DOCX in a fresh folder: the PDF's pages and the DOCX's body XML.
fn notice_pdf_and_docx(dir: &str) -> (Vec<PdfPage>, String) {
    let d = tmp(dir);
    let o = run(&["build", &example("notice.md"), "-f", "pdf,docx", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (mut parts, _) = parts(&read(&d.join("notice.docx")));
    (pdf_pages(&read(&d.join("notice.pdf"))), parts.remove("word/document.xml").unwrap())
}

#[test]
fn the_docx_turns_the_pages_the_pdf_turns_before_its_end_block() {
    // the notice's PDF: body and signature on pages 1-2, a blank page 3, the 版记 on page 4
    let (pages, xml) = notice_pdf_and_docx("docxendbreaks");
    assert_eq!(pages.len(), 4);
    // the 版记 is the last table; the paragraphs right before it turn two pages
    let before = &xml[..xml.rfind("<w:tbl>").unwrap()];
    let last_text = before.rfind("</w:t>").unwrap();
    assert_eq!(before[last_text..].matches("<w:pageBreakBefore />").count(), 2, "{}", &before[last_text..]);
}

#[test]
fn the_end_blocks_contact_cells_share_the_lines_the_pdf_gives_them() {
    // the notice's 版记: phone and e-mail fit side by side on one line of the PDF (measured
    // with the faces); the DOCX sets them in one paragraph, not one under the other
    let (pages, xml) = notice_pdf_and_docx("docxcontactlines");
    let last = pages.last().unwrap();
    let phone = last.runs.iter().find(|r| r.text.contains("0571-86001234")).expect("the phone on the last page");
    let mail = last.runs.iter().find(|r| r.text.contains("qiye@")).expect("the e-mail on the last page");
    assert!((phone.y_mm - mail.y_mm).abs() < 0.5, "the PDF sets them on one line: {:.1} vs {:.1} mm", phone.y_mm, mail.y_mm);
    let at = xml.find("0571-86001234").unwrap();
    let para = &xml[xml[..at].rfind("<w:p ").unwrap()..at + xml[at..].find("</w:p>").unwrap()];
    assert!(para.contains("qiye@") && para.contains("<w:tab />"), "phone and e-mail in one tabbed paragraph: {para}");
}

#[test]
fn the_end_block_floats_to_the_foot_of_the_page_placed_against_the_page_edge() {
    // a floating table as wide as the text area and centred in the margins is kept inline by
    // LibreOffice, so the 版记 stood at the top of the notice's page 4; placed from the page's
    // left edge (28 mm = 1587 twips) it floats to the bottom in Word and LibreOffice alike
    let (_, xml) = notice_pdf_and_docx("docxendfloat");
    let table = &xml[xml.rfind("<w:tbl>").unwrap()..];
    let pos = &table[table.find("<w:tblpPr").unwrap()..];
    let pos = &pos[..pos.find("/>").unwrap()];
    for attr in ["w:vertAnchor=\"margin\"", "w:tblpYSpec=\"bottom\"", "w:horzAnchor=\"page\"", "w:tblpX=\"1587\""] {
        assert!(pos.contains(attr), "{attr} in {pos}");
    }
    assert!(table.contains("印发"), "the table is the 版记");
}

/// Every entry of the package, as bytes.
fn entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("the DOCX is a zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

/// The value of attribute `name` in the element text `el`.
fn attr<'a>(el: &'a str, name: &str) -> Option<&'a str> {
    let at = el.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&el[at..at + el[at..].find('"')?])
}

/// The embedded faces of a DOCX, recovered as a reader does: (family, bold) → font bytes. The
/// key's 16 bytes, read from the GUID's last hex pair back to its first, are XORed over the
/// font's first 32 bytes (ECMA-376 §17.8.1).
fn embedded_faces(e: &BTreeMap<String, Vec<u8>>) -> BTreeMap<(String, bool), Vec<u8>> {
    let table = String::from_utf8(e["word/fontTable.xml"].clone()).unwrap();
    let rels = String::from_utf8(e["word/_rels/fontTable.xml.rels"].clone()).unwrap();
    let mut out = BTreeMap::new();
    for font in table.split("<w:font ").skip(1) {
        let family = attr(&format!(" {font}"), "w:name").unwrap().to_string();
        for (tag, bold) in [("<w:embedRegular ", false), ("<w:embedBold ", true)] {
            let Some(at) = font.find(tag) else { continue };
            let el = &font[at..at + font[at..].find("/>").unwrap()];
            let (id, key) = (attr(el, "r:id").unwrap(), attr(el, "w:fontKey").unwrap());
            let rel = &rels[rels.find(&format!("Id=\"{id}\"")).expect("the font's relationship")..];
            let target = attr(rel, "Target").unwrap();
            let mut data = e[&format!("word/{target}")].clone();
            let hex: Vec<u8> = key.bytes().filter(u8::is_ascii_hexdigit).collect();
            let guid: Vec<u8> = hex.chunks(2).map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap()).collect();
            for (i, b) in data.iter_mut().take(32).enumerate() {
                *b ^= guid[15 - i % 16];
            }
            out.insert((family.clone(), bold), data);
        }
    }
    out
}

/// (east Asian family, Latin family, bold, text) of every run of a part; bold from the run or
/// its paragraph's style.
fn runs(xml: &str, bold_styles: &[String]) -> Vec<(String, String, bool, String)> {
    let mut out = Vec::new();
    for p in xml.split("<w:p ").skip(1) {
        let p = &p[..p.find("</w:p>").unwrap_or(p.len())];
        let style_bold = p.find("<w:pStyle ").and_then(|a| attr(&p[a..], "w:val")).is_some_and(|s| bold_styles.iter().any(|b| b == s));
        for r in p.split("<w:r>").skip(1) {
            let r = &r[..r.find("</w:r>").unwrap_or(r.len())];
            let Some(f) = r.find("<w:rFonts ").map(|a| &r[a..]) else { continue };
            let text: String = r.split("<w:t").skip(1).filter_map(|t| Some(&t[t.find('>')? + 1..t.find("</w:t>")?])).collect();
            let bold = style_bold || r.contains("<w:b />");
            out.push((attr(f, "w:eastAsia").unwrap().into(), attr(f, "w:ascii").unwrap().into(), bold, text));
        }
    }
    out
}

#[test]
fn embedded_docx_fonts_carry_every_character_their_runs_name() {
    // the notice (bold runs in its body, a signer, a 版记) and the seed
    embedded_fonts_cover("notice.md", 500);
    let bytes = embedded_fonts_cover("mianyang-resolution.md", 2000);
    let e = entries(&bytes);
    // a reader is told the fonts are embedded subsets; the package is reproducible
    let settings = String::from_utf8(e["word/settings.xml"].clone()).unwrap();
    assert!(settings.contains("<w:embedTrueTypeFonts />") && settings.contains("<w:saveSubsetFonts />"), "{settings}");
    assert!(settings.find("<w:zoom ").unwrap() < settings.find("<w:embedTrueTypeFonts").unwrap(), "settings in schema order");
    assert!(String::from_utf8_lossy(&e["[Content_Types].xml"]).contains("Extension=\"odttf\""));
    let again = tmp("docx-embed-again");
    let o =
        run(&["build", &example("mianyang-resolution.md"), "-f", "docx", "-o", again.to_str().unwrap(), "--no-system-fonts", "-q", "--docx-fonts", "embed"]);
    assert!(o.status.success());
    assert!(read(&again.join("mianyang-resolution.docx")) == bytes, "two builds differ");
    // by default nothing is embedded: the official names are for the reader's machine
    let plain = entries(&build_docx("mianyang-resolution.md", &tmp("docx-embed-none"), &[]));
    assert!(!plain.keys().any(|k| k.starts_with("word/fonts/")), "{:?}", plain.keys());
}

/// Build an example's DOCX with embedded faces and check that every character of every run
/// (body and footers) has a glyph in the embedded face its run names; the package's bytes.
fn embedded_fonts_cover(example_name: &str, at_least: usize) -> Vec<u8> {
    let d = tmp(&format!("docx-embed-{}", example_name.replace('.', "-")));
    let o = run(&["build", &example(example_name), "-f", "docx", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q", "--docx-fonts", "embed"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = read(&d.join(example_name.replace(".md", ".docx")));
    let e = entries(&bytes);
    let faces = embedded_faces(&e);
    let families: Vec<&str> = faces.keys().map(|(f, _)| f.as_str()).collect();
    assert!(families.contains(&"Noto Serif CJK SC") && families.contains(&"Liberation Serif"), "{families:?}");
    // each face is a font whose own family is the name the document gives it
    for ((family, bold), data) in &faces {
        let face = ttf_parser::Face::parse(data, 0).unwrap_or_else(|err| panic!("{family}: {err}"));
        let own = face.names().into_iter().find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode()).and_then(|n| n.to_string());
        assert_eq!(own.as_deref(), Some(family.as_str()));
        assert_eq!(face.is_bold(), *bold, "{family}");
    }
    let styles = String::from_utf8(e["word/styles.xml"].clone()).unwrap();
    let bold_styles: Vec<String> = styles
        .split("<w:style ")
        .skip(1)
        .filter(|s| s[..s.find("</w:style>").unwrap()].contains("<w:b />"))
        .filter_map(|s| attr(s, "w:styleId").map(String::from))
        .collect();
    let mut checked = 0;
    for part in ["word/document.xml", "word/footer1.xml", "word/footer2.xml"] {
        let xml = String::from_utf8(e[part].clone()).unwrap();
        for (east, latin, bold, text) in runs(&xml, &bold_styles) {
            for c in text.chars() {
                let family = if (c as u32) < 0x2000 { &latin } else { &east };
                let face = faces.get(&(family.clone(), bold)).or_else(|| faces.get(&(family.clone(), !bold)));
                let face = face.unwrap_or_else(|| panic!("{part}: {c:?} is set in {family}, which is not embedded"));
                let face = ttf_parser::Face::parse(face, 0).unwrap();
                assert!(face.glyph_index(c).is_some(), "{part}: {c:?} ({family}, bold {bold}) is not in the embedded subset");
                checked += 1;
            }
        }
    }
    assert!(checked > at_least, "{example_name}: only {checked} characters checked");
    bytes
}

/// Paragraphs and tables are written to XML as they are made (a long roster or a page of
/// alternating scripts is never held as a tree of runs); those that bring a hyperlink or a
/// footnote stay in docx-rs's tree. Interleaved, every block comes out once, in order, in a
/// well-formed part with the relationship and the note they need.
#[test]
fn blocks_written_ahead_and_blocks_in_the_tree_keep_their_order() {
    let mut md = String::from("---\ntitle: 顺序\n---\n\n");
    for i in 0..40 {
        match i % 4 {
            0 => md.push_str(&format!("第{i}段正文abc中文。\n\n")),
            1 => md.push_str(&format!("第{i}段有[链接](https://example.org/{i})。\n\n")),
            2 => md.push_str(&format!("| 列甲 | 列乙 |\n|---|---|\n| 表{i}甲 | 表{i}乙 |\n\n")),
            _ => md.push_str(&format!("| 列甲 | 列乙 |\n|---|---|\n| 表{i}[链](https://example.org/t{i}) | 注{i}[^n{i}] |\n\n[^n{i}]: 注释{i}。\n\n")),
        }
    }
    let d = build_text("docx-written-ahead", "order.md", &md, "docx");
    let bytes = read(&d.join("order.docx"));
    let (p, _) = parts(&bytes);
    let doc = &p["word/document.xml"];
    let mut reader = quick_xml::Reader::from_str(doc);
    while !matches!(reader.read_event().expect("document.xml is well-formed"), quick_xml::events::Event::Eof) {}
    assert!(!doc.contains("folio-table-"), "a table's placeholder is left in the part");
    let text = tag_text(doc);
    let mut at = 0;
    for i in 0..40 {
        let mark = match i % 4 {
            0 => format!("第{i}段正文abc中文"),
            1 => format!("第{i}段有链接"),
            2 => format!("表{i}甲表{i}乙"),
            _ => format!("表{i}链注{i}"),
        };
        let found = text[at..].find(&mark).unwrap_or_else(|| panic!("block {i} ({mark}) is missing or out of order"));
        at += found + mark.len();
    }
    let rels = &p["word/_rels/document.xml.rels"];
    assert!(rels.contains("https://example.org/1\"") && rels.contains("https://example.org/t39\""), "{rels}");
    assert!(p["word/footnotes.xml"].contains("注释39"));
    assert_eq!(doc.matches("<w:tbl>").count(), 20, "every table once");
}
