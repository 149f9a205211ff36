//! The thirteen real documents of ../shared/corpus (copied to tests/fixtures/corpus) build in
//! all three formats with all their text.

mod common;
use common::*;

/// Text normalised for comparison: no whitespace, Markdown marks gone, folded punctuation
/// full-width, as the import restores it.
fn norm(s: &str) -> String {
    let s = s.replace("**", "").replace('\\', "");
    let s = s.trim_start_matches(['#', '>', ' ', '-', '*', '|', '•', '·']).to_string();
    squash(&s)
        .chars()
        .map(|c| match c {
            ',' => '，',
            ';' => '；',
            // (Big5's colon, U+FE30, is printed as the full-width colon it stands for)
            ':' | '︰' => '：',
            '(' => '（',
            ')' => '）',
            '?' => '？',
            '!' => '！',
            // (a Big5 page's ellipsis, read as the Chinese one)
            '\u{22EF}' => '…',
            '"' | '“' | '”' => '"',
            c => c,
        })
        .filter(|c| !matches!(c, '|' | '"' | '`' | '*' | '_' | '[' | ']'))
        .collect()
}

/// A cell cut by page breaks: its text is found as consecutive pieces, in order (each piece the
/// longest prefix of the rest that the text holds after the previous piece).
fn in_pieces(text: &str, cell: &str) -> bool {
    let chars: Vec<char> = cell.chars().collect();
    let mut from = 0; // byte offset in text
    let mut i = 0;
    while i < chars.len() {
        let mut best = None;
        for j in (i + 1..=chars.len()).rev() {
            let piece: String = chars[i..j].iter().collect();
            if let Some(p) = text[from..].find(&piece) {
                best = Some((j, from + p + piece.len()));
                break;
            }
        }
        match best {
            Some((j, end)) if j - i >= 4 || j == chars.len() => {
                i = j;
                from = end;
            }
            _ => return false,
        }
    }
    true
}

/// The lines of `f` (built into `out` as PDF, DOCX and HTML) that one of the three does not
/// print, but those the import removed as web residue and, unless `fields` is set, those it
/// moved to the front matter (printed reworded: `邮寄地址：` as `地址：`) — each as
/// `stem format: line N …`.
fn lines_missing(f: &std::path::Path, out: &std::path::Path, fields: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
    let src = std::fs::read_to_string(f).unwrap();
    let pdf = read(&out.join(format!("{stem}.pdf")));
    let pdf_text = norm(&body_text(&pdf));
    let pdf_stream = norm(&stream_text(&pdf));
    let html = String::from_utf8(read(&out.join(format!("{stem}.html")))).unwrap();
    let docx = read(&out.join(format!("{stem}.docx")));
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut doc_xml = String::new();
    std::io::Read::read_to_string(&mut z.by_name("word/document.xml").unwrap(), &mut doc_xml).unwrap();
    let html_text = norm(&tag_text(&html));
    let docx_text = norm(&tag_text(&doc_xml));
    // lines the import removed as web residue are not expected
    let im = import_text(&src, false);
    // (every line of a removal: a line the page broke into fragments is reported as a range)
    let residue: std::collections::HashSet<usize> =
        im.removed.iter().filter(|r| !fields || !r.what.is_moved()).flat_map(|r| r.line..=r.last_line.max(r.line)).collect();
    for (i, line) in src.lines().enumerate() {
        if residue.contains(&(i + 1)) {
            continue;
        }
        // a table row: every cell, read cell by cell
        if line.trim_start().starts_with('|') {
            for raw_cell in line.split('|').filter(|c| norm(c).chars().count() >= 1 && !norm(c).chars().all(|c| "-:".contains(c))) {
                let cell = norm(raw_cell);
                for (fmt, text) in [("pdf", &pdf_stream), ("html", &html_text), ("docx", &docx_text)] {
                    // a cell holding a title and its document number may be set as two fields
                    let parts: Vec<String> = raw_cell.split([' ', '\u{3000}']).map(norm).filter(|p| p.chars().count() >= 2).collect();
                    if !text.contains(&cell) && !in_pieces(text, &cell) && (parts.len() < 2 || !parts.iter().all(|p| text.contains(p))) {
                        problems.push(format!("{stem} {fmt}: line {} cell `{}`", i + 1, cell.chars().take(40).collect::<String>()));
                    }
                }
            }
            continue;
        }
        // (an indent an encoding lost to question marks is no text: `???（一）…`)
        let line = line.trim_start_matches(|c: char| c == '?' || c.is_whitespace());
        let l = norm(line);
        // Markdown syntax lines and link-only lines are not text
        if l.chars().count() < 2 || l.chars().all(|c| "-=:|".contains(c)) || line.contains("](") || line.trim_start().starts_with("<!--") {
            continue;
        }
        // a line of HTML source (`<p class=…>…</p><p>…</p>`): the text of each block
        let blocks: Vec<String> = if line.contains("</p>") || line.contains("</div>") {
            line.replace("</div>", "</p>").split("</p>").map(tag_text).filter(|b| norm(b).chars().count() >= 2).collect()
        } else {
            vec![line.to_string()]
        };
        for line in blocks.iter().map(String::as_str) {
            for (fmt, text) in [("pdf", &pdf_text), ("html", &html_text), ("docx", &docx_text)] {
                // a date written in the source may be printed normalised
                let found =
                    |part: &str| text.contains(&norm(part)) || folio::style::dates::normalize_date(part.trim()).is_some_and(|d| text.contains(&norm(&d)));
                if !found(line) {
                    // a line that joined several blocks (`附件：… 国务院办公厅    2018年12月4日`) may
                    // be set in several places (attachment note, signature): each part must be
                    let parts: Vec<&str> = line.split([' ', '\u{3000}']).filter(|p| p.chars().count() >= 2).collect();
                    if parts.len() < 2 || !parts.iter().all(|p| found(p)) {
                        problems.push(format!("{stem} {fmt}: line {} `{}`", i + 1, line.trim().chars().take(40).collect::<String>()));
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn every_corpus_document_builds_in_all_formats_with_all_its_text() {
    let dir = root().join("tests/fixtures/corpus");
    let out = tmp("corpus");
    let files = files_with(&dir, "txt");
    assert_eq!(files.len(), 13);
    let o = run(&["build", dir.to_str().unwrap(), "-f", "pdf,docx,html", "-o", out.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut problems = Vec::new();
    for f in &files {
        problems.extend(lines_missing(f, &out, true));
    }
    assert!(problems.is_empty(), "{} lines missing:\n{}", problems.len(), problems.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

/// Pages in a script no embedded face draws, with the first character folio names: the build
/// refuses them with that character's line, column and code point (and writes nothing) until a
/// face for the script ships; every other page of their set builds. (`nx01`: a Thai Teochew
/// association's charter giving its Thai name.)
const UNSHIPPED_SCRIPTS: &[(&str, &str)] = &[("pages-heldout194/nx01-zhangcheng-taiguo-chaozhou-huiguan", "U+0E2A")];

/// Lines of the labelled pages `lines_missing` reports that are printed in another form, each
/// read (see the test below): set/page, input line, formats.
const KNOWN_UNMATCHED: &[(&str, usize, &[&str])] = &[
    ("pages-heldout/h02-tongzhi-shaoxing-nishui-yujing-gongyin-nodes", 159, &["pdf", "html", "docx"]),
    ("pages-heldout/h17-tongzhi-pudong-gongzuoguize-lostdigits", 43, &["pdf"]),
    ("pages-heldout11/a12-tongzhi-xiehui-jiangmen-jianzhu-daibiao-fanti", 40, &["pdf", "html", "docx"]),
    ("pages-heldout13/g02-jueding-yunnan-yuanmou-jinyangqu-tiaozheng", 37, &["pdf"]),
    ("pages-heldout14/i07-gonggao-jiangsu-jinling-tushuguan-biguan", 15, &["pdf"]),
    ("pages13/w11-tongzhi-fujian-jiaoyugongwei-dangjian-ceping", 22, &["pdf"]),
    ("pages14/y09-tongzhi-mingxi-shipin-anquan-yuan", 13, &["pdf"]),
    ("pages14/y09-tongzhi-mingxi-shipin-anquan-yuan", 26, &["pdf"]),
    ("pages14/y09-tongzhi-mingxi-shipin-anquan-yuan", 30, &["pdf"]),
    ("pages14/y09-tongzhi-mingxi-shipin-anquan-yuan", 31, &["pdf"]),
    ("pages17/d07-tongzhi-jiangxi-ganzhou-yigai-lostdigits", 45, &["pdf"]),
    ("pages2/q12-tongzhi-qinghai-jinrong-docsplayer-kongge", 9, &["pdf", "html", "docx"]),
    ("pages4/g17-banfa-mpa-lunwen-baosongchao-nodes", 7, &["pdf", "html", "docx"]),
    ("pages4/g17-banfa-mpa-lunwen-baosongchao-nodes", 38, &["pdf", "html", "docx"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 58, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 62, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 66, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 70, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 74, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 78, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 82, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 86, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 90, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 102, &["pdf"]),
    ("pages6/m05-tongbao-huaiyuan-zhengwu-gongkai-yuedu", 110, &["pdf"]),
];

#[test]
fn every_labelled_page_builds_in_all_three_formats_with_all_its_text() {
    // the real pages of every labelled set, held out or not, as a user would build them: no
    // error (text off the page, a character no face has, a lost 题注) on any of them, and every
    // line of the text (neither web residue nor moved to the front matter) printed in each format
    let mut sets: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pages"))
        .collect();
    sets.sort();
    let out = tmp("labelledpages");
    let (mut built, mut problems) = (0, Vec::new());
    for set in &sets {
        let dir = root().join("tests/fixtures").join(set);
        let unshipped = |p: &std::path::Path| UNSHIPPED_SCRIPTS.iter().find(|(page, _)| p.ends_with(format!("{page}.txt")));
        let (refused, pages): (Vec<_>, Vec<_>) = files_with(&dir, "txt").into_iter().partition(|p| unshipped(p).is_some());
        for p in &refused {
            let code = unshipped(p).map_or("", |(_, c)| c);
            let o = run(&["build", p.to_str().unwrap(), "-f", "pdf,docx,html", "-o", out.join("refused").to_str().unwrap(), "--no-system-fonts", "-q"]);
            let err = stderr(&o);
            assert!(!o.status.success() && err.contains("no font has the character") && err.contains(code), "{}: {err}", p.display());
            let refused = out.join("refused");
            assert!(!refused.exists() || files_with(&refused, "pdf").is_empty(), "{}: an output file was written", p.display());
        }
        let mut args: Vec<&str> = vec!["build"];
        args.extend(pages.iter().map(|p| p.to_str().unwrap()));
        let dest = out.join(set);
        args.extend(["-f", "pdf,docx,html", "-o", dest.to_str().unwrap(), "--no-system-fonts", "-q"]);
        let o = run(&args);
        assert!(o.status.success(), "{set}: {}", stderr(&o));
        for ext in ["pdf", "docx", "html"] {
            let n = files_with(&out.join(set), ext).len();
            assert_eq!(n, pages.len(), "{set}: {n} {ext} files for {} pages", pages.len());
        }
        for p in &pages {
            problems.extend(lines_missing(p, &out.join(set), false).into_iter().map(|m| format!("{set}/{m}")));
        }
        built += pages.len();
    }
    assert!(built >= 400, "{built} pages");
    // KNOWN_UNMATCHED holds what the comparison cannot match when this check was added, by
    // kind: dates that lost digits printed normalised (`2022128` as `2022年1月28日`), a residue
    // that joined two input lines reported on the first (`%>`), names re-joined with `，` in the
    // 版记, an attachment note split from its neighbour, a table of contents' leaders, a leading
    // `1 ` set as a list's number, counts alone on their line that the PDF reader here takes
    // for page numbers (`358`; pdftotext finds them). Any other is a regression: a line lost.
    let known = |m: &str| KNOWN_UNMATCHED.iter().any(|(page, line, fmts)| fmts.iter().any(|f| m.starts_with(&format!("{page} {f}: line {line} "))));
    let new: Vec<&String> = problems.iter().filter(|m| !known(m)).collect();
    assert!(new.is_empty(), "{} lines missing:\n{}", new.len(), new.iter().take(80).map(|m| m.as_str()).collect::<Vec<_>>().join("\n"));
}
