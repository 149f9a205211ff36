//! Fonts as a user meets them: embedded faces on a bare machine, the official faces found by
//! any of their names, no silent tofu.

mod common;
use common::*;

#[test]
fn fonts_lists_an_embedded_face_for_every_role_without_system_fonts() {
    let o = run(&["fonts", "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for role in ["body", "title", "heading1", "heading2", "page_number"] {
        let line = out.lines().find(|l| l.starts_with(&format!("{role} "))).unwrap_or_else(|| panic!("{role} missing:\n{out}"));
        assert!(line.contains("embedded ("), "{line}");
    }
    assert!(out.contains("WenKai Subset") && out.contains("Noto Sans CJK SC") && out.contains("Liberation Serif"), "{out}");
}

#[test]
fn a_character_no_font_has_is_an_error_at_its_position() {
    let d = tmp("tofu");
    let f = d.join("a.md");
    std::fs::write(&f, "---\ntitle: 测试\n---\n\n第一段。\n\n吉祥的𠮷字。\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("a.md:7:4: error: no font has the character 𠮷 (U+20BB7)"), "{e}");
    assert!(!d.join("a.pdf").exists());
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts", "--allow-missing-glyphs"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: no font has the character 𠮷 (U+20BB7)"));
    assert!(d.join("a.pdf").exists());
    // `folio fonts INPUT` lists it too
    let o = run(&["fonts", f.to_str().unwrap(), "--no-system-fonts"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("U+20BB7"), "{}", stdout(&o));
}

#[test]
fn a_missing_character_in_a_front_matter_field_points_at_that_field() {
    let d = tmp("tofu-meta");
    let f = d.join("b.md");
    std::fs::write(&f, "---\ntitle: 测试\nissuer: 𠮷祥办公室\ndate: 2024-01-02\n---\n\n第一段。\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts", "-f", "pdf"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("b.md:3:9: error: no font has the character 𠮷 (U+20BB7)"), "{e}");
}

/// A name table saying the family is 仿宋_GB2312 (FangSong_GB2312 in English).
fn name_table() -> Vec<u8> {
    let recs: [(u16, u16, &str); 8] = [
        (0x409, 1, "FangSong_GB2312"),
        (0x409, 2, "Regular"),
        (0x409, 4, "FangSong_GB2312"),
        (0x409, 6, "FangSong_GB2312"),
        (0x804, 1, "仿宋_GB2312"),
        (0x804, 2, "Regular"),
        (0x804, 4, "仿宋_GB2312"),
        (0x804, 6, "FangSong_GB2312"),
    ];
    let mut strings = Vec::new();
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&(recs.len() as u16).to_be_bytes());
    out.extend_from_slice(&((6 + 12 * recs.len()) as u16).to_be_bytes());
    for (lang, id, s) in recs {
        let bytes: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        for v in [3u16, 1, lang, id, bytes.len() as u16, strings.len() as u16] {
            out.extend_from_slice(&v.to_be_bytes());
        }
        strings.extend(bytes);
    }
    out.extend(strings);
    out
}

#[test]
fn a_font_dir_face_named_fangsong_gb2312_serves_the_body() {
    let d = tmp("fontdir");
    let fonts = d.join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    // a renamed copy of an open font (the embedded WenKai subset)
    let src = std::fs::read(root().join("fonts/kai/WenKaiSubset-Regular-a2.ttf")).unwrap();
    let mut tables = folio::render::sfnt::tables(&src).unwrap();
    tables.retain(|(t, _)| t != b"name");
    tables.push((*b"name", name_table()));
    std::fs::write(fonts.join("fake-fangsong.ttf"), folio::render::sfnt::build(0x00010000, tables)).unwrap();
    let o = run(&["fonts", "--no-system-fonts", "--font-dir", fonts.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let body = out.lines().find(|l| l.starts_with("body ")).unwrap();
    assert!(body.contains("fake-fangsong.ttf"), "{out}");
    // and the PDF uses it
    let o = run(&["build", &example("notice.md"), "-o", d.to_str().unwrap(), "--no-system-fonts", "--font-dir", fonts.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = read(&d.join("notice.pdf"));
    assert!(pdf_values(&pdf, "BaseFont").iter().any(|n| n.contains("+FangSong_GB2312")), "the body face is embedded");
    // also found through FOLIO_FONT_PATH
    let o = folio().env("FOLIO_FONT_PATH", fonts.to_str().unwrap()).args(["fonts", "--no-system-fonts"]).output().unwrap();
    assert!(stdout(&o).lines().find(|l| l.starts_with("body ")).unwrap().contains("fake-fangsong.ttf"));
}

#[test]
fn licenses_are_printed_from_the_binary() {
    let o = run(&["licenses"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("SIL OPEN FONT LICENSE") && out.contains("LXGW") && out.contains("Liberation"));
}
