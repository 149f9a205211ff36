//! Documents nobody picked: seeded random documents (tables with row and column spans, empty
//! cells and cells longer than a page, 1–12 columns; long paragraphs; unbreakable Latin runs;
//! lists; quotes; footnotes; images; headings; hard line breaks; page breaks; attachments; head
//! fields of any length: document numbers, a letter's, several 签发人, 份号 / 密级 / 紧急程度) built
//! in all three formats with every template, and checked on the written files:
//!
//! - conservation: every character put into the document is in the PDF (its glyphs' text), the
//!   DOCX (`w:t`) and the HTML (text nodes);
//! - every PDF glyph inside the type area, or in the page-number / footer slot;
//! - no two glyphs overlap (so no two lines do, and nothing covers a page number);
//! - a table's header row above its body on every page the table reaches.
//!
//! 2,000 cases run in `cargo test` (four tests of 500, in parallel); `FOLIO_CASES=N` runs N, and
//! `FOLIO_SEED=S` runs the one case S (its JSON is written to the temporary folder to replay).

mod common;
use common::pdfread;
use common::*;

use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

/// Characters only table body cells use, and only header cells: a page with body text must show
/// a header character above it.
const CELL: &str = "甲乙丙丁戊己庚辛壬癸";
const HEAD: &str = "子丑寅卯辰巳午未申酉戌亥";
const PROSE_SOURCE: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
const PUNCT: &[&str] = &["，", "。", "、", "；", "：", "！", "？", "——", "……", "“", "”", "（", "）", "《", "》", "·"];
const LATIN: &[&str] = &["folio", "PDF", "GB/T 9704", "2021", "30%", "8.7:48.5", "5G", "PM2.5", "ABC", "x86_64"];

/// A document being generated: its JSON and the text that must come out.
struct Gen {
    rng: Rng,
    prose: Vec<char>,
    /// Every character put in that every format must print.
    expected: String,
    footnote: usize,
    tables: usize,
}

impl Gen {
    fn han(&mut self, n: usize, alphabet: &[char]) -> String {
        (0..n).map(|_| alphabet[self.rng.below(alphabet.len())]).collect()
    }

    /// Running text: Han in phrases, punctuation, Latin words and numbers, the occasional long
    /// unbreakable Latin run, strong emphasis; `breaks` allows hard line breaks.
    fn text(&mut self, len: usize, alphabet: &[char], breaks: bool) -> (String, String) {
        let (mut md, mut vis) = (String::new(), String::new());
        while vis.chars().count() < len {
            let k = self.rng.below(20);
            let piece = match k {
                0..=11 => {
                    let n = self.rng.range(1, 12);
                    self.han(n, alphabet)
                }
                12..=14 => self.rng.pick(PUNCT).to_string(),
                15 => self.rng.pick(LATIN).to_string(),
                16 if self.rng.chance(0.2) => {
                    let n = self.rng.range(20, 90);
                    (0..n).map(|i| (b'a' + (i * 7 % 26) as u8) as char).collect()
                }
                17 => {
                    let n = self.rng.range(2, 8);
                    let inner = self.han(n, alphabet);
                    md.push_str("**");
                    md.push_str(&inner);
                    md.push_str("**");
                    vis.push_str(&inner);
                    continue;
                }
                18 if breaks && !md.is_empty() && !md.ends_with(['\n', ' ', '\\']) => {
                    md.push_str("\\\n");
                    continue;
                }
                _ => self.han(2, alphabet),
            };
            md.push_str(&piece);
            vis.push_str(&piece);
        }
        // a hard break at the very end is not a break
        while md.ends_with("\\\n") {
            md.truncate(md.len() - 2);
        }
        (md, vis)
    }

    /// A head field's word of `lo..hi` Han characters, which every format must print.
    fn head_word(&mut self, lo: usize, hi: usize) -> String {
        let alphabet = self.prose.clone();
        let n = self.rng.range(lo, hi);
        let w = self.han(n, &alphabet);
        self.expected.push_str(&w);
        w
    }

    fn prose(&mut self, len: usize, breaks: bool) -> String {
        let alphabet = self.prose.clone();
        let (md, vis) = self.text(len, &alphabet, breaks);
        self.expected.push_str(&vis);
        md
    }

    fn block(&mut self) -> serde_json::Value {
        use serde_json::json;
        match self.rng.below(100) {
            0..=14 => {
                let level = self.rng.range(1, 4);
                let n = if self.rng.chance(0.1) { 60 } else { self.rng.range(2, 24) };
                json!({ "heading": self.prose(n, false), "level": level })
            }
            15..=44 => {
                let n = if self.rng.chance(0.15) { self.rng.range(400, 1600) } else { self.rng.range(5, 300) };
                json!({ "paragraph": self.prose(n, true) })
            }
            45..=54 => {
                let items: Vec<String> = (0..self.rng.range(1, 6))
                    .map(|_| {
                        let n = self.rng.range(2, 60);
                        self.prose(n, false)
                    })
                    .collect();
                json!({ "list": { "items": items, "ordered": self.rng.chance(0.5) } })
            }
            55..=59 => {
                let n = self.rng.range(10, 200);
                json!({ "quote": self.prose(n, false) })
            }
            60..=79 => self.table(),
            80..=84 => {
                let n = self.rng.range(4, 80);
                let body = self.prose(n, false);
                self.footnote += 1;
                let k = self.footnote;
                let m = self.rng.range(4, 120);
                let note = self.prose(m, false);
                json!({ "markdown": format!("{body}[^n{k}]\n\n[^n{k}]: {note}\n") })
            }
            85..=89 => {
                let caption = if self.rng.chance(0.5) {
                    let n = self.rng.range(2, 20);
                    Some(self.prose(n, false))
                } else {
                    None
                };
                json!({ "image": { "path": "images/meeting.png", "caption": caption } })
            }
            90..=92 => json!({ "page_break": true }),
            _ => {
                let n = self.rng.range(20, 400);
                json!({ "paragraph": self.prose(n, true) })
            }
        }
    }

    /// A table of 1–12 columns and 1–40 rows on a grid with row and column spans, empty cells,
    /// and now and then a cell longer than a page.
    fn table(&mut self) -> serde_json::Value {
        use serde_json::json;
        self.tables += 1;
        let cols = if self.rng.chance(0.3) { self.rng.range(6, 12) } else { self.rng.range(1, 5) };
        let rows = if self.rng.chance(0.2) { self.rng.range(15, 40) } else { self.rng.range(1, 8) };
        let cell_chars: Vec<char> = CELL.chars().collect();
        let head_chars: Vec<char> = HEAD.chars().collect();
        let mut header = Vec::new();
        let mut c = 0;
        while c < cols {
            let span = if self.rng.chance(0.15) { self.rng.range(1, cols - c) } else { 1 };
            let n = self.rng.range(1, 6);
            let t = self.han(n, &head_chars);
            self.expected.push_str(&t);
            header.push(if span > 1 { json!({ "text": t, "colspan": span }) } else { json!(t) });
            c += span;
        }
        let mut occupied = vec![vec![false; cols]; rows];
        let mut body = Vec::new();
        for r in 0..rows {
            let mut row = Vec::new();
            for c in 0..cols {
                if occupied[r][c] {
                    continue;
                }
                let max_cs = (c..cols).take_while(|&k| !occupied[r][k]).count();
                let cs = if self.rng.chance(0.1) { self.rng.range(1, max_cs) } else { 1 };
                let reach = if self.rng.chance(0.3) { 40 } else { 4 };
                let rs = if self.rng.chance(0.12) { self.rng.range(1, (rows - r).min(reach)) } else { 1 };
                for row in &mut occupied[r..r + rs] {
                    row[c..c + cs].fill(true);
                }
                let len = match self.rng.below(20) {
                    0..=2 => 0,
                    3..=12 => self.rng.range(1, 8),
                    13..=18 => self.rng.range(9, 80),
                    _ => {
                        if self.rng.chance(0.3) {
                            self.rng.range(400, 1500)
                        } else {
                            self.rng.range(80, 300)
                        }
                    }
                };
                let (md, vis) = if len == 0 { (String::new(), String::new()) } else { self.text(len, &cell_chars, false) };
                // the cell's own characters, so that a page with body text is recognisable
                let (md, vis) = if len == 0 { (md, vis) } else { (format!("{}{md}", cell_chars[0]), format!("{}{vis}", cell_chars[0])) };
                self.expected.push_str(&vis);
                row.push(if cs > 1 || rs > 1 { json!({ "text": md, "colspan": cs, "rowspan": rs }) } else { json!(md) });
            }
            body.push(row);
        }
        json!({ "table": { "header": header, "rows": body } })
    }
}

/// One random document: its JSON, the text every format must print, its template.
fn document(seed: u64) -> (String, String, &'static str) {
    use serde_json::json;
    let stems: String = CELL.chars().chain(HEAD.chars()).collect();
    let prose: Vec<char> = PROSE_SOURCE.chars().filter(|c| !stems.contains(*c)).collect();
    let mut g = Gen { rng: Rng::new(seed), prose, expected: String::new(), footnote: 0, tables: 0 };
    let template = ["gongwen", "jianbao", "handout"][g.rng.below(3)];
    let mut doc = serde_json::Map::new();
    let tn = g.rng.range(4, 50);
    doc.insert("title".into(), json!(g.prose(tn, false)));
    if g.rng.chance(0.6) {
        doc.insert("issuer".into(), json!("云溪市科学技术局"));
        doc.insert("date".into(), json!("2024-05-06"));
    }
    if g.rng.chance(0.2) {
        doc.insert("doc_number".into(), json!("云科发〔2024〕7号"));
    } else if g.rng.chance(0.3) {
        // a number of any length (a page's field may run on), a letter's (函) or another's
        let n = g.head_word(1, 6);
        let kind = if g.rng.chance(0.4) { "函" } else { "发" };
        let tail = if g.rng.chance(0.4) { g.head_word(5, 45) } else { String::new() };
        let serial = format!("{kind}〔2024〕{}号", g.rng.range(1, 999));
        // (the words around it are expected already)
        g.expected.push_str(&serial);
        let number = format!("{n}{serial}{tail}");
        doc.insert("doc_number".into(), json!(number));
    }
    if g.rng.chance(0.2) {
        // several 签发人, short or long names
        let signers: Vec<String> = (0..g.rng.range(1, 6)).map(|_| g.head_word(2, 12)).collect();
        doc.insert("signers".into(), json!(signers));
    }
    for key in ["copy_number", "secrecy", "urgency"] {
        if g.rng.chance(0.1) {
            let mark = g.head_word(2, 20);
            doc.insert(key.into(), json!(mark));
        }
    }
    if g.rng.chance(0.4) {
        let n = g.rng.range(4, 40);
        doc.insert("addressee".into(), json!(g.prose(n, false)));
    }
    if g.rng.chance(0.3) {
        doc.insert("contact".into(), json!({ "organization": "云溪市科学技术局", "phone": "0816-8118728" }));
    }
    if g.rng.chance(0.2) {
        doc.insert("copies_to".into(), json!(["市委办公室", "市人大常委会办公室"]));
        doc.insert("printer".into(), json!("云溪市科学技术局办公室"));
        doc.insert("print_date".into(), json!("2024-05-07"));
    }
    let n = g.rng.range(2, 14);
    let mut body: Vec<serde_json::Value> = (0..n).map(|_| g.block()).collect();
    if g.rng.chance(0.1) {
        let t = g.rng.range(4, 20);
        let title = g.prose(t, false);
        let inner: Vec<serde_json::Value> = (0..g.rng.range(1, 4)).map(|_| g.block()).collect();
        body.push(json!({ "attachment": { "label": "附件", "title": title, "body": inner } }));
    }
    doc.insert("body".into(), json!(body));
    (serde_json::to_string_pretty(&serde_json::Value::Object(doc)).unwrap(), g.expected, template)
}

fn counts(s: &str) -> HashMap<char, i64> {
    let mut m = HashMap::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// Characters of `expected` that `got` lacks.
fn lost(expected: &HashMap<char, i64>, got: &str) -> String {
    let g = counts(got);
    let mut out: Vec<char> = expected.iter().filter(|(c, n)| g.get(c).copied().unwrap_or(0) < **n).map(|(c, _)| *c).collect();
    out.sort();
    out.into_iter().collect()
}

fn docx_text(bytes: &[u8]) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names: Vec<String> = z.file_names().filter_map(|n| n.ok()).map(|n| n.into_owned()).collect();
    let mut out = String::new();
    for n in names.iter().filter(|n| n.starts_with("word/") && n.ends_with(".xml")) {
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut z.by_name(n).unwrap(), &mut xml).unwrap();
        for part in xml.split("<w:t").skip(1) {
            let Some(gt) = part.find('>') else { continue };
            if part[..gt].ends_with('/') {
                continue;
            }
            let rest = &part[gt + 1..];
            out.push_str(&unescape(&rest[..rest.find("</w:t>").unwrap_or(0)]));
        }
    }
    out
}

fn html_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap()..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        out.push_str(&unescape(&rest[..lt]));
        rest = &rest[lt..];
        let end = if rest.starts_with("<style") {
            rest.find("</style>").map(|i| i + 8)
        } else if rest.starts_with("<script") {
            rest.find("</script>").map(|i| i + 9)
        } else {
            rest.find('>').map(|i| i + 1)
        };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    out
}

fn unescape(s: &str) -> String {
    let mut out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'");
    while let Some(i) = out.find("&#x") {
        let Some(j) = out[i..].find(';') else { break };
        let c = u32::from_str_radix(&out[i + 3..i + j], 16).ok().and_then(char::from_u32).unwrap_or('?');
        out.replace_range(i..i + j + 1, &c.to_string());
    }
    out.replace("&amp;", "&")
}

/// Opening marks have their ink on the right half, closing marks on the left, middle marks in the
/// middle: a compressed mark may give up its blank half to its neighbour.
fn ink_box(g: &pdfread::Glyph) -> [f32; 4] {
    let [x0, y0, _, y1] = g.bbox();
    let x1 = x0 + g.advance;
    let half = g.advance / 2.0;
    match g.text.chars().next() {
        Some(c) if "“‘（〔【《〈「『〖".contains(c) => [x0 + half, y0, x1, y1],
        Some(c) if "，。、；：？！”’）〕】》〉」』〗".contains(c) => [x0, y0, x1 - half, y1],
        Some(c) if "·：；".contains(c) && g.width < g.advance - 0.5 => [x0 + half / 2.0, y0, x1 - half / 2.0, y1],
        _ => [x0, y0, x0 + g.width.max(0.0), y1],
    }
}

/// `— 3 —` (official documents) or `3` (the handout).
fn is_page_number(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = t.trim_matches('—');
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// Check one page's glyphs; returns problems.
fn check_page(pi: usize, page: &pdfread::Page, area: [f32; 4], cell: f32, problems: &mut Vec<String>) {
    let [left, top, right, bottom] = area;
    // lines by baseline, for furniture
    let mut by_line: HashMap<i32, String> = HashMap::new();
    for g in &page.glyphs {
        by_line.entry((g.y * 2.0).round() as i32).or_default().push_str(&g.text);
    }
    for g in &page.glyphs {
        let [x0, y0, x1, y1] = ink_box(g);
        let dy = 1.0 + (g.size - cell).max(0.0) / 2.0;
        let inside = x0 >= left - 0.5 && x1 <= right + 0.5 && y0 >= top - dy && y1 <= bottom + dy;
        if inside {
            continue;
        }
        // below the type area: the page number or the running footer, on the paper
        let line = &by_line[&((g.y * 2.0).round() as i32)];
        let furniture = y0 > bottom && y1 < page.height - 14.0 && x0 >= left - 0.5 && x1 <= right + 0.5 && (is_page_number(line) || line.contains("电话"));
        if !furniture {
            problems.push(format!("page {}: `{}` at x {x0:.1}–{x1:.1}, y {y0:.1}–{y1:.1} outside the type area", pi + 1, g.text));
            return;
        }
    }
    // no two glyphs of different lines overlap (lines, cells, page numbers), and no two of one
    // line overprint (kerning may bring neighbours a little closer)
    let mut boxes: Vec<(&pdfread::Glyph, [f32; 4])> = page.glyphs.iter().filter(|g| !g.text.trim().is_empty()).map(|g| (g, ink_box(g))).collect();
    boxes.sort_by(|a, b| a.1[1].total_cmp(&b.1[1]));
    for i in 0..boxes.len() {
        let (ga, a) = boxes[i];
        for &(gb, b) in boxes.iter().skip(i + 1).take_while(|b| b.1[1] < a[3] - 0.5) {
            let o = (a[2].min(b[2]) - a[0].max(b[0]), a[3].min(b[3]) - a[1].max(b[1]));
            let narrower = (a[2] - a[0]).min(b[2] - b[0]);
            let limit = if (ga.y - gb.y).abs() < 0.5 { narrower / 3.0 } else { 0.5 };
            if o.0 > limit && o.1 > 0.5 {
                problems.push(format!(
                    "page {}: `{}` {:?} and `{}` {:?} overlap",
                    pi + 1,
                    ga.text,
                    (ga.x, ga.y, ga.width, ga.size),
                    gb.text,
                    (gb.x, gb.y, gb.width, gb.size)
                ));
                return;
            }
        }
    }
    // a table's header above its body on every page
    let top_body = page.glyphs.iter().filter(|g| g.text.chars().any(|c| CELL.contains(c))).map(|g| g.y).fold(f32::MAX, f32::min);
    if top_body < f32::MAX && !page.glyphs.iter().any(|g| g.text.chars().any(|c| HEAD.contains(c)) && g.y < top_body) {
        problems.push(format!("page {}: table text without its header row above it", pi + 1));
    }
}

fn check_case(engine: &folio::Engine, seed: u64, dir: &Path) -> Result<(), String> {
    let (json, expected, template) = document(seed);
    let path = dir.join(format!("case-{seed}.json"));
    std::fs::write(&path, &json).unwrap();
    let opts = folio::ConvertOptions { template: Some(template.into()), formats: folio::Format::ALL.to_vec(), ..Default::default() };
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| folio::convert(engine, &path, &opts)));
    let out = match built {
        Ok(Ok(o)) => o,
        Ok(Err(f)) => return Err(format!("seed {seed} ({template}): build failed: {f}")),
        Err(_) => return Err(format!("seed {seed} ({template}): panicked")),
    };
    let want = counts(&expected);
    let mut problems = Vec::new();
    let tpl = folio::style::Template::load(template).unwrap();
    let geo = folio::layout::Geometry::of(&tpl);
    let cell = geo.cell.unwrap_or(tpl.style("body").size.abs());
    for (format, bytes) in &out.outputs {
        let text = match format {
            folio::Format::Pdf => {
                let pages = pdfread::read(bytes);
                for (pi, p) in pages.iter().enumerate() {
                    check_page(pi, p, [geo.left, geo.top, geo.right, geo.bottom], cell, &mut problems);
                }
                pages.iter().flat_map(|p| p.glyphs.iter().map(|g| g.text.clone())).collect::<String>()
            }
            folio::Format::Docx => docx_text(bytes),
            folio::Format::Html => html_text(std::str::from_utf8(bytes).unwrap()),
            folio::Format::Ofd => ofd_text(bytes),
        };
        let l = lost(&want, &text);
        if !l.is_empty() {
            problems.push(format!("{}: lost {l}", format.extension()));
        }
    }
    if problems.is_empty() {
        let _ = std::fs::remove_file(&path);
        Ok(())
    } else {
        Err(format!("seed {seed} ({template}, {}): {}", path.display(), problems.join("; ")))
    }
}

fn run_cases(part: u64, parts: u64) {
    let dir = tmp(&format!("generated-{part}"));
    std::fs::create_dir_all(dir.join("images")).unwrap();
    std::fs::copy(root().join("examples/images/meeting.png"), dir.join("images/meeting.png")).unwrap();
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] });
    let seeds: Vec<u64> = match std::env::var("FOLIO_SEED").ok().and_then(|s| s.parse().ok()) {
        Some(s) if part == 0 => vec![s],
        Some(_) => vec![],
        None => {
            let total: u64 = std::env::var("FOLIO_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
            (0..total).filter(|s| s % parts == part).collect()
        }
    };
    let mut failures = Vec::new();
    for s in seeds {
        if let Err(e) = check_case(&engine, s, &dir) {
            failures.push(e);
        }
    }
    let mut msg = String::new();
    for f in failures.iter().take(10) {
        let _ = writeln!(msg, "{f}");
    }
    assert!(failures.is_empty(), "{} generated documents failed:\n{msg}", failures.len());
}

#[test]
fn generated_documents_part_1_of_4() {
    run_cases(0, 4);
}
#[test]
fn generated_documents_part_2_of_4() {
    run_cases(1, 4);
}
#[test]
fn generated_documents_part_3_of_4() {
    run_cases(2, 4);
}
#[test]
fn generated_documents_part_4_of_4() {
    run_cases(3, 4);
}
