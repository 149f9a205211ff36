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

#[test]
fn the_page_is_semantic_and_self_contained() {
    let d = tmp("html");
    let f = d.join("seed.md");
    std::fs::copy(example("mianyang-resolution.md"), &f).unwrap();
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
        "@page{size:A4;margin:104.88pt 73.7pt 99.21pt 79.37pt;}",
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
fn embed_fonts_inlines_subset_web_fonts() {
    let d = tmp("htmlfonts");
    let f = d.join("n.md");
    std::fs::copy(example("notice.md"), &f).unwrap();
    let plain = build_html(&f, &[]);
    let h = build_html(&f, &["--embed-fonts"]);
    assert!(!plain.contains("base64"), "no fonts without the flag");
    assert!(h.contains("font-family:\"folio-fangsong\";src:url(data:font/otf;base64,"));
    assert!(h.len() < 2_000_000, "subset, not whole fonts: {} bytes", h.len());
    // the embedded family comes first in its stack
    assert!(h.contains("font-family:\"folio-fangsong\", \"folio-latin\", \"仿宋_GB2312\""));
}

#[test]
fn untrusted_input_never_becomes_markup() {
    let d = tmp("xss");
    let f = d.join("evil.md");
    std::fs::write(
        &f,
        "---\ntitle: \"<b>标题</b>\"\ncontact:\n  organization: \"</style><script>alert(1)</script>\"\n---\n\n<script>alert(1)</script>\n\n正文<img src=x onerror=alert(1)>继续。\n\n[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi) [ok](https://example.cn/?a=1&b=\"2\")\n",
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "html", "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: raw HTML"), "raw HTML is dropped with a warning");
    let h = String::from_utf8(read(&d.join("evil.html"))).unwrap();
    let lower = h.to_lowercase();
    assert!(!lower.contains("<script"), "no script element");
    assert!(!lower.contains("onerror"), "no event handler");
    assert!(!lower.contains("javascript:") && !lower.contains("href=\"data:"), "no dangerous link targets");
    assert!(h.contains("&lt;b&gt;标题&lt;/b&gt;"), "text is escaped");
    assert!(h.contains("href=\"https://example.cn/?a=1&amp;b=&quot;2&quot;\""), "safe links kept, escaped");
    assert!(h.contains("Content-Security-Policy") && h.contains("default-src 'none'"), "and a CSP that forbids scripts anyway");
}

#[test]
fn html_is_byte_identical_for_identical_input() {
    let d = tmp("htmlsame");
    let f = d.join("n.md");
    std::fs::copy(example("photo-bulletin.md"), &f).unwrap();
    std::fs::create_dir_all(d.join("images")).unwrap();
    std::fs::copy(root().join("examples/images/meeting.png"), d.join("images/meeting.png")).unwrap();
    let a = build_html(&f, &["--embed-fonts"]);
    let b = build_html(&f, &["--embed-fonts"]);
    assert_eq!(a, b);
}

/// The page's visible text: markup, the stylesheet and entities removed.
fn visible_text(h: &str) -> String {
    let body = &h[h.find("</style>").map_or(0, |i| i + 8)..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
}

#[test]
fn with_embed_fonts_every_chinese_character_shown_is_in_an_embedded_face() {
    use base64::Engine as _;
    let d = tmp("htmlcoverage");
    let f = d.join("n.md");
    std::fs::copy(example("notice.md"), &f).unwrap();
    let h = build_html(&f, &["--embed-fonts"]);
    let mut fonts = Vec::new();
    for part in h.split("base64,").skip(1) {
        let b64 = &part[..part.find(')').unwrap()];
        fonts.push(base64::engine::general_purpose::STANDARD.decode(b64).expect("valid base64"));
    }
    let faces: Vec<ttf_parser::Face> = fonts.iter().map(|b| ttf_parser::Face::parse(b, 0).expect("a font")).collect();
    assert!(faces.len() >= 3, "{} embedded faces", faces.len());
    let text = visible_text(&h);
    assert!(text.contains("附件："), "the attachment note is shown");
    let missing: String = text.chars().filter(|c| *c >= '\u{2e80}' && !faces.iter().any(|f| f.glyph_index(*c).is_some())).collect();
    assert!(missing.is_empty(), "shown but in no embedded face: {missing}");
    // and the body face covers the body's own lines, the attachment note's label included
    let key = "font-family:\"folio-fangsong\";src:url(data:font/otf;base64,";
    let at = h.find(key).expect("the body face") + key.len();
    let body_font = base64::engine::general_purpose::STANDARD.decode(&h[at..at + h[at..].find(')').unwrap()]).unwrap();
    let body_face = ttf_parser::Face::parse(&body_font, 0).unwrap();
    let note = &h[h.find("<p class=\"attachment-note\">").unwrap()..];
    let note = visible_text(&format!("</style>{}", &note[..note.find("</p>").unwrap()]));
    let missing: String = note.chars().filter(|c| *c >= '\u{2e80}' && body_face.glyph_index(*c).is_none()).collect();
    assert!(missing.is_empty(), "the attachment note `{note}` lacks {missing} in the body face");
}

#[test]
fn on_a_phone_the_organ_mark_shrinks_to_one_line() {
    let d = tmp("htmlphone");
    let f = d.join("n.md");
    std::fs::copy(example("notice.md"), &f).unwrap();
    let h = build_html(&f, &[]);
    let phone = &h[h.find("@media (max-width:640px)").expect("a phone stylesheet")..];
    // 云溪市科技创新促进中心 + 文件: 13 characters across the screen, never wrapped
    assert!(phone.contains(".organ{font-size:min(") && phone.contains("calc((100vw - 2.5rem) / 13.0));white-space:nowrap;}"), "{}", &phone[..400]);
}

#[test]
fn phone_numbers_and_dates_never_break_across_lines() {
    let d = tmp("htmlnumbers");
    let f = d.join("p.md");
    std::fs::write(&f, "---\ntitle: 通知\n---\n\n联系电话：0571-86001234，时间 2024-05-06 9:30，增长12.5%，共3项，代码`a-1`。\n").unwrap();
    let h = build_html(&f, &[]);
    for n in ["0571-86001234", "2024-05-06", "9:30", "12.5"] {
        assert!(h.contains(&format!("<span class=\"nw\">{n}</span>")), "{n} kept on one line");
    }
    assert!(h.contains(".nw{white-space:nowrap;}"));
    assert!(!h.contains("<span class=\"nw\">3</span>"), "a plain number needs no wrapper");
    assert!(h.contains("<code>a-1</code>"), "code stays as written");
    assert!(visible_text(&h).contains("联系电话：0571-86001234，时间 2024-05-06 9:30，增长12.5%，共3项"));
}
