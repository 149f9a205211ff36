//! `folio import` on scraped pages modelled on real government and company sites
//! (tests/fixtures/scraped): title, date, sections and contact recovered, residue removed and
//! reported, nothing else lost.

mod common;
use common::*;

fn fixture(name: &str) -> (String, serde_json::Value) {
    let dir = root().join("tests/fixtures/scraped");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let expect: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap()).unwrap();
    (text, expect)
}

fn front_matter_value(md: &str, key: &str) -> Option<String> {
    let fm = md.split("---\n").nth(1)?;
    fm.lines().find_map(|l| l.trim_start().strip_prefix(&format!("{key}: ")).map(|v| v.trim_matches('"').to_string()))
}

fn check(name: &str) {
    let (text, expect) = fixture(name);
    let im = import_text(&text, false);
    let md = &im.markdown;
    let body = md.splitn(3, "---\n").nth(2).unwrap_or("");
    // title and date
    let title = expect["title"].as_str().unwrap();
    assert_eq!(front_matter_value(md, "title").as_deref(), Some(title), "{name}: title\n{md}");
    if let Some(d) = expect["date"].as_str() {
        assert_eq!(front_matter_value(md, "date").as_deref(), Some(d), "{name}: date");
    }
    if let Some(a) = expect["addressee"].as_str() {
        assert_eq!(front_matter_value(md, "addressee").as_deref(), Some(a), "{name}: addressee");
    }
    // level-1 headings, in order
    let headings: Vec<String> = body.lines().filter(|l| l.starts_with("## ")).map(|l| l[3..].replace('\\', "")).collect();
    let want: Vec<String> = expect["headings"].as_array().unwrap().iter().map(|h| h.as_str().unwrap().to_string()).collect();
    for w in &want {
        assert!(headings.iter().any(|h| squash(h) == squash(w)), "{name}: heading {w} not among {headings:?}");
    }
    // every paragraph, in order
    let flat = squash(&body.replace('\\', ""));
    let mut at = 0;
    for p in expect["paragraphs_must_contain"].as_array().unwrap() {
        let p = squash(p.as_str().unwrap());
        let found = flat[at..].find(&p).map(|i| at + i);
        assert!(found.is_some(), "{name}: paragraph `{p}` missing or out of order\n{body}");
        at = found.unwrap();
    }
    // residue removed and reported
    for r in expect["residue_lines"].as_array().unwrap() {
        let r = r.as_str().unwrap().trim();
        if r.chars().count() < 3 {
            continue;
        }
        assert!(!body.lines().any(|l| l.trim() == r), "{name}: residue `{r}` left in the body");
        assert!(im.removed.iter().any(|x| x.text.trim() == r), "{name}: residue `{r}` not reported");
    }
    // contact
    for key in ["phone", "email"] {
        if let Some(v) = expect["contact"][key].as_str() {
            assert!(md.contains(v), "{name}: contact {key} {v}");
        }
    }
    // it builds
    let d = tmp(name);
    let f = d.join(format!("{name}.txt"));
    std::fs::write(&f, &text).unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{name}: {}", stderr(&o));
}

#[test]
fn government_notice_with_full_page_chrome() {
    check("s1-yingji-anquanyue-tongzhi-fullpage");
}

#[test]
fn county_news_with_images_and_folded_punctuation() {
    check("s2-yunlu-xiangcun-huiyi-news-images");
}

#[test]
fn html2text_markdown_of_a_regulation() {
    check("s3-laji-fenlei-banfa-html2text");
}

#[test]
fn company_page_shaped_like_the_seed() {
    check("s4-company-news-seedlike");
}

#[test]
fn almost_unstructured_letter_imports_as_paragraphs() {
    check("s5-tongxi-yifengxin-unstructured");
}

#[test]
fn keep_all_keeps_every_line() {
    let (text, _) = fixture("s4-company-news-seedlike");
    let im = import_text(&text, true);
    assert!(im.markdown.contains("点击量"), "{}", im.markdown);
    // each kept line as it was, on its own, not glued to the text around it
    for l in ["点击量:次,发布于:2023/04/18", "图片", "技术支持:云舟网络"] {
        assert!(im.markdown.contains(&format!("\n{l}\n")), "{l}\n{}", im.markdown);
    }
    assert!(im.removed.iter().all(|r| r.what.is_moved()), "{:?}", im.removed);
}

#[test]
fn a_western_line_and_the_date_under_it_keep_the_space_between_their_words() {
    let text = "Senhor(a) Diretor(a).\nDevido à súbita descida das temperaturas, solicita-se às escolas que enviem uma mensagem aos pais.\nDirecção dos Serviços de Educação e de Desenvolvimento da Juventude\n22 de janeiro de 2024\n";
    let im = import_text(text, false);
    assert!(!im.markdown.contains("Juventude22"), "{}", im.markdown);
    // (a line of Chinese and a number under it join as they are)
    let im = import_text(
        "会议于2024年5月20日在市会议中心召开。本次会议应到代表150人，出席人数为\n120人，符合法定人数，会议合法有效，现将会议审议情况通报如下。\n",
        false,
    );
    assert!(im.markdown.contains("出席人数为120人"), "{}", im.markdown);
}

#[test]
fn import_never_panics_on_odd_text() {
    let deep = format!("{}x{}", "[".repeat(3000), "](y)".repeat(3000));
    let parens = "(".repeat(3000) + &")".repeat(2999);
    let quotes = "\"中".repeat(301);
    for t in [
        "",
        "\n\n\n",
        "一",
        "(",
        "）",
        "：",
        "# ",
        "|",
        "http://",
        "a\u{0}b",
        "\u{feff}标题\n\n正文。",
        "2021/02/30",
        "电话:",
        "点击量:",
        "一、",
        "第一条",
        &"很长".repeat(5000),
        // Markdown fragments, metadata tables, lone brackets, empty end blocks
        "[",
        "![",
        "[x](",
        "](",
        "[![a](b)](c)",
        "\\",
        "**",
        "| **标 题：** |",
        "---|---",
        "* * *",
        "# 标题\n## 一、\n",
        "附件：",
        "附件：\n1.",
        "【\n】",
        "\u{200b}\u{feff}",
        "尊敬的：",
        "首页 | ",
        "发布时间：\n标题\n来源：",
        "标题\n2023年2月10日\n同志们：",
        "标题\n\n云麓县人民政府\n2023年9月5日",
        "（）\n2023年1月1日\n（此件公开发布）",
        &deep,
        &parens,
        &quotes,
        "标题_",
        "_",
        "\"",
        "\u{3000}\u{3000}",
        "\r\n\r\n",
        "a\rb",
    ] {
        let _ = import_text(t, false);
        let _ = import_text(t, true);
    }
}

/// Pages not in the fixtures: what a user would see after import.
#[test]
fn end_matter_and_page_chrome_of_other_layouts() {
    // a notice with its metadata table above a two-line title, an attachment note, 附注
    let page = "岚川市人民政府\n首页\n政务公开\n索引号：11510600MB1C23456X/2023-00012　主题分类：综合政务\n发文字号：岚府发〔2023〕5号　成文日期：2023年03月01日\n\
        岚川市人民政府关于印发\n《岚川市2023年重点工作任务》的通知\n发布时间：2023-03-02\n各县（市、区）人民政府，市级各部门：\n\
        现将《岚川市2023年重点工作任务》印发给你们，请认真贯彻执行。\n会议时间：2023年6月16日上午9:00\n全年网站访问量达到120万人次，同比增长12%。\n\
        附件：\n1.岚川市2023年重点工作任务\n2.责任分工表\n岚川市人民政府\n2023年3月1日\n（此件公开发布）\n网站地图\n联系我们\n";
    let im = import_text(page, false);
    let md = &im.markdown;
    assert_eq!(front_matter_value(md, "title").as_deref(), Some("岚川市人民政府关于印发《岚川市2023年重点工作任务》的通知"), "{md}");
    assert_eq!(front_matter_value(md, "doc_number").as_deref(), Some("岚府发〔2023〕5号"), "{md}");
    assert_eq!(front_matter_value(md, "date").as_deref(), Some("2023-03-01"), "{md}");
    assert_eq!(front_matter_value(md, "issuer").as_deref(), Some("岚川市人民政府"), "{md}");
    assert!(md.contains("attachments:\n  - \"岚川市2023年重点工作任务\"\n  - \"责任分工表\"\n"), "{md}");
    let body = md.splitn(3, "---\n").nth(2).unwrap();
    // content that looks like metadata or a counter stays, as its own paragraph
    assert!(body.contains("\n会议时间：2023年6月16日上午9:00\n\n全年网站访问量达到120万人次"), "{body}");
    for gone in ["首页", "政务公开", "网站地图", "索引号", "发布时间", "附件", "此件公开发布", "\n## "] {
        assert!(!body.contains(gone), "{gone} in\n{body}");
    }
    for r in ["岚川市人民政府关于印发", "发文字号：岚府发〔2023〕5号　成文日期：2023年03月01日", "2.责任分工表", "网站地图"]
    {
        assert!(im.removed.iter().any(|x| x.text == r), "{r} not reported");
    }

    // a speech: menu trail, date under the title, salutation, source at the bottom, English
    let page = "首页 | 新闻中心 | 领导讲话\n\n在全市安全生产工作会议上的讲话\n\n2023年2月10日\n\n同志们:\n\n\
        今天召开全市安全生产工作会议,主要任务是总结去年工作,部署今年任务。\n\n一、清醒认识当前形势\n\n\
        去年全市安全生产形势总体平稳,The city also signed a cooperation agreement with\nSichuan University on emergency research.\n\n\
        来源:市应急管理局  责任编辑:张三\n";
    let im = import_text(page, false);
    let md = &im.markdown;
    assert_eq!(front_matter_value(md, "title").as_deref(), Some("在全市安全生产工作会议上的讲话"), "{md}");
    assert_eq!(front_matter_value(md, "date").as_deref(), Some("2023-02-10"), "{md}");
    let body = md.splitn(3, "---\n").nth(2).unwrap();
    assert!(body.contains("\n同志们：\n"), "{body}");
    assert!(body.contains("## 一、清醒认识当前形势"), "{body}");
    assert!(body.contains("总体平稳，The city also signed a cooperation agreement with Sichuan University"), "{body}");
    for gone in ["首页", "责任编辑", "2023年2月10日"] {
        assert!(!body.contains(gone), "{gone} in\n{body}");
    }

    // one text node per line: labels and values on separate lines, the title after them, a
    // leave-the-site dialog after the footer
    let page = "网站首页\n统计数据\n索\u{2002}引\u{2002}号：\n014742224A/2023-0043406\n生成日期：\n2023-05-11\n\
        万载县2022年国民经济和社会发展统计公报\n访问量：\n1632\n2022年，全县经济运行稳中有进。\n主办：万载县人民政府\n赣ICP备11002306号-1\nX\n继续访问\n放弃\n";
    let im = import_text(page, false);
    let md = &im.markdown;
    assert_eq!(front_matter_value(md, "title").as_deref(), Some("万载县2022年国民经济和社会发展统计公报"), "{md}");
    assert_eq!(front_matter_value(md, "date").as_deref(), Some("2023-05-11"), "{md}");
    let body = md.splitn(3, "---\n").nth(2).unwrap();
    assert_eq!(body.trim(), "2022年，全县经济运行稳中有进。", "{md}");
    for r in ["统计数据", "014742224A/2023-0043406", "1632", "继续访问", "放弃"] {
        assert!(im.removed.iter().any(|x| x.text == r), "{r} not reported");
    }
}

/// The Han characters of a text, in order: what a reader would miss if a line were dropped.
fn han(s: &str) -> String {
    s.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c) || ('\u{3400}'..='\u{4dbf}').contains(c)).collect()
}

#[test]
fn every_line_of_a_real_page_is_kept_or_reported() {
    let mut problems = Vec::new();
    let mut lines_checked = 0;
    for set in ["corpus", "pages", "pages-heldout", "scraped", "seed"] {
        let dir = root().join("tests/fixtures").join(set);
        let files = files_with(&dir, "txt");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let im = import_text(&text, false);
            let out = han(&im.markdown);
            let reported: std::collections::HashSet<usize> = im.removed.iter().flat_map(|r| r.line..=r.last_line).collect();
            for (i, line) in text.lines().enumerate() {
                let h = han(line);
                if h.is_empty() || reported.contains(&(i + 1)) {
                    continue;
                }
                lines_checked += 1;
                if !out.contains(&h) {
                    problems.push(format!(
                        "{set}/{}:{}: `{}`",
                        f.file_name().unwrap().to_string_lossy(),
                        i + 1,
                        line.trim().chars().take(50).collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(lines_checked > 1500, "{lines_checked} lines");
    assert!(problems.is_empty(), "{} lines neither kept nor reported:\n{}", problems.len(), problems.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn a_fax_number_in_the_contact_reaches_the_front_matter_and_every_format() {
    let d = tmp("import-fax");
    let f = d.join("z.txt");
    std::fs::write(
        &f,
        "关于公开征求意见的公告\n为广泛征求意见，现将草案予以公布。如有意见，请于12月15日前反馈。通信地址：吉首市团结西路10号；传真：0743-8229745；电子邮箱：zrdfzw@163.com。\n州人大常委会法工委\n2023年11月20日\n",
    )
    .unwrap();
    let o = run(&["import", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(md.contains("  fax: \"0743-8229745\"") || md.contains("  fax: 0743-8229745"), "{md}");
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // the body keeps its sentence, and the contact block carries the fax once more
    let text = squash(&pdf_text(&read(&d.join("z.pdf"))).concat());
    assert_eq!(text.matches("0743-8229745").count(), 2, "{text}");
    assert!(text.contains("传真：0743-8229745"));
    let html = String::from_utf8(read(&d.join("z.html"))).unwrap();
    assert!(html.matches("0743-8229745").count() >= 2);
}

#[test]
fn a_sign_off_date_without_its_year_is_printed_as_written_in_every_format() {
    let d = tmp("import-partial-date");
    let f = d.join("p.txt");
    std::fs::write(&f, "关于禁止露天焚烧秸秆的通告\n为改善大气环境质量，现就有关事项通告如下。\n特此通告。\n某某县人民政府\n10月14日\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // said, not guessed silently
    assert!(stderr(&o).contains("`10月14日` is not a date folio can read"), "{}", stderr(&o));
    // the text ends with the signature over the date, in the PDF, the DOCX and the HTML
    let pdf = squash(&pdf_text(&read(&d.join("p.pdf"))).concat());
    assert!(pdf.contains("特此通告。某某县人民政府10月14日"), "{pdf}");
    let xml = docx_part(&read(&d.join("p.docx")), "word/document.xml");
    let words: String = xml.split("<w:t").skip(1).filter_map(|t| t.split_once('>').map(|(_, r)| r.split('<').next().unwrap_or(""))).collect();
    assert!(words.ends_with("某某县人民政府10月14日"), "{words}");
    let signer = xml.rfind("某某县人民政府</w:t>").expect("the signer");
    let para = xml[..signer].rfind("<w:p>").max(xml[..signer].rfind("<w:p "));
    assert!(xml[para.expect("its paragraph")..signer].contains("w:pStyle w:val=\"FolioSignature\""), "the signer in the signature style");
    let html = String::from_utf8(read(&d.join("p.html"))).unwrap();
    // set as a signature block, with no machine-readable date made up for it
    assert!(html.contains("<div class=\"signature\"><p class=\"signer\">某某县人民政府</p><p class=\"date\"><time>10月14日</time></p></div>"), "{html}");
}

#[test]
fn a_page_cut_inside_a_sentence_builds_whole_and_says_where_it_stops() {
    let d = tmp("import-cut");
    let f = d.join("cut.txt");
    std::fs::write(&f, "关于开展税收宣传月活动的通知\n各县（区）税务局：\n为进一步落实减税降费政策，现就有关事项通知如下。各地要加强宣传，进一步落实减\n")
        .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // the line it stops on, with its last words, and nothing made up after them
    let e = stderr(&o);
    assert!(e.contains("cut.txt:3:1: warning: the text ends mid-sentence (`…") && e.contains("，进一步落实减`)"), "{e}");
    let pdf = squash(&pdf_text(&read(&d.join("cut.pdf"))).concat());
    assert!(pdf.contains("各地要加强宣传，进一步落实减"), "{pdf}");
    // a warning, so a batch that denies warnings stops on it
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "--deny-warnings"]);
    assert!(!o.status.success());
}

#[test]
fn pipe_rows_a_page_flattened_are_tables_in_every_format() {
    // a real page whose three tables the scrape flattened into `| a | b |` rows, no `|---|` line
    let d = tmp("import-pipe-rows");
    let f = root().join("tests/fixtures/scraped/s6-niandun-nilu-mingdan-pipe-tables.txt");
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stem = "s6-niandun-nilu-mingdan-pipe-tables";
    // the DOCX: three tables of two columns, each cell's text in a cell, no bars left
    let xml = docx_part(&read(&d.join(format!("{stem}.docx"))), "word/document.xml");
    assert_eq!(xml.matches("<w:tbl>").count(), 3);
    assert_eq!(xml.matches("<w:gridCol ").count(), 6);
    for cell in ["项目", "内容说明", "与正式录取的区别", "对考生", "拟录取名单就是正式录取吗？"] {
        assert!(xml.contains(&format!("<w:t xml:space=\"preserve\">{cell}</w:t>")) || xml.contains(&format!("<w:t>{cell}</w:t>")), "cell {cell}");
    }
    assert!(!xml.contains("| "), "a bar left in the text");
    // a line the PDF ends early (its last line kept at two characters) ends there in the DOCX,
    // not after the item's first character (where a restored mark once made it map)
    assert!(!xml.contains(">报</w:t></w:r><w:r><w:rPr /><w:br "), "a break after the first character");
    assert!(
        xml.contains(">报名与初审：考生提交报名信息，学校进行初步资格</w:t></w:r><w:r><w:rPr /><w:br w:type=\"textWrapping\" /></w:r>"),
        "the break where the PDF ends the line"
    );
    // the HTML: tables with their first row as the head
    let html = String::from_utf8(read(&d.join(format!("{stem}.html")))).unwrap();
    assert_eq!(html.matches("<table").count(), 3);
    assert!(html.contains("<th>项目</th>") || html.contains(">项目</th>"), "{html}");
    // the PDF: every cell's text; a short label column is not wrapped (对考生 on one line) and
    // a heading over a table shares its page with the table's head
    let pages = pdf_pages(&read(&d.join(format!("{stem}.pdf"))));
    let lines: Vec<Vec<String>> = pages.iter().map(|p| pdf_lines(p).into_iter().map(|l| squash(&l.text)).collect()).collect();
    assert!(lines.concat().iter().any(|l| l.starts_with("对考生")), "{lines:?}");
    let heading = lines.iter().position(|p| p.iter().any(|l| l == "三、拟录取名单的意义")).expect("the heading");
    let after: Vec<&String> = lines[heading].iter().skip_while(|l| *l != "三、拟录取名单的意义").collect();
    assert!(after.get(1).is_some_and(|l| l.as_str() == "项目说明"), "the table's head under its heading: {after:?}");
    let text = squash(&pdf_text(&read(&d.join(format!("{stem}.pdf")))).concat());
    for cell in ["拟录取名单需要经过公示、审核、备案等程序后，才能成为正式录取名单。", "可以关注是否有补录或调剂机会，或选择其他志愿。"]
    {
        assert!(text.contains(cell), "{cell}");
    }
}

#[test]
fn a_table_copied_from_a_browser_with_tabs_is_a_table_in_every_format() {
    let d = build_text(
        "import-tab-rows",
        "t.txt",
        "关于表彰优秀学生的通知\n各学院：\n经评选，以下同学获奖：\n序号\t姓名\t学院\n1\t张三\t文学院\n2\t李四\t理学院\n特此通知。\n某某大学\n2024年6月1日\n",
        "pdf,docx,html",
    );
    let html = String::from_utf8(read(&d.join("t.html"))).unwrap();
    assert!(html.contains(">姓名</th>") && html.contains(">理学院</td>"), "{html}");
    let xml = docx_part(&read(&d.join("t.docx")), "word/document.xml");
    assert_eq!(xml.matches("<w:tbl>").count(), 1);
    assert_eq!(xml.matches("<w:gridCol ").count(), 3);
    let pages = pdf_pages(&read(&d.join("t.pdf")));
    let lines: Vec<String> = pdf_lines(&pages[0]).into_iter().map(|l| squash(&l.text)).collect();
    assert!(lines.iter().any(|l| l == "2李四理学院"), "{lines:?}");
}

#[test]
fn the_rows_of_a_grid_of_names_are_not_glued_together() {
    let im = import_text(
        "关于表彰先进工作者的决定\n各单位：\n现决定对以下同志予以表彰。\n先进工作者名单：\n兰玉华 李金保 李先平 缪延相 陈 忠\n廖济奎 李烈民 朱汉盛 钟礼龙 张祖良\n辛玉芝\n某某委员会\n2024年6月1日\n",
        false,
    );
    // the last name of a row and the first of the next are two names
    assert!(im.markdown.contains("陈 忠 廖济奎"), "{}", im.markdown);
    assert!(!im.markdown.contains("忠廖济奎"));
}

#[test]
fn a_flattened_table_too_wide_to_set_stays_text_and_the_page_builds() {
    let row = format!("|{}\n", (1000..1060).map(|n| format!(" {n} |")).collect::<String>());
    let d = build_text("import-wide-rows", "w.txt", &format!("关于某事的通知\n各单位：\n数据如下：\n{row}{row}特此通知。\n"), "pdf");
    let text = squash(&pdf_text(&read(&d.join("w.pdf"))).concat());
    assert!(text.contains("1058|1059|"), "{text}");
}

#[test]
fn the_document_a_notice_issues_after_its_signature_gets_pages_of_its_own_after_it() {
    let d = tmp("import-issued");
    let f = d.join("n.txt");
    std::fs::write(
        &f,
        "关于印发某县突发事件总体应急预案的通知\n\n各乡镇人民政府：\n\n现将《某县突发事件总体应急预案》印发给你们，请结合实际抓好贯彻落实。\n\n某县人民政府\n\n2023年3月9日\n\n（此件公开发布）\n\n某县突发事件总体应急预案\n\n1 总则\n\n1.1 编制依据\n\n依据有关法律法规，制定本预案。\n\n1.2 适用范围\n\n本预案适用于全县突发事件的应对工作。\n",
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pages: Vec<String> = pdf_text(&read(&d.join("n.pdf"))).iter().map(|p| squash(p)).collect();
    // the notice ends on page 1 with its signer, date and note; the plan opens page 2
    assert!(pages[0].contains("某县人民政府2023年3月9日（此件公开发布）"), "{pages:?}");
    assert!(!pages[0].contains("总则"), "{pages:?}");
    assert!(pages[1].starts_with("某县突发事件总体应急预案1总则"), "{pages:?}");
    // no label and no attachment note the page did not print
    assert!(!pages.concat().contains("附件"), "{pages:?}");
    let html = String::from_utf8(read(&d.join("n.html"))).unwrap();
    assert!(html.contains("<section class=\"attachment\">\n<h2 class=\"attachment-title\">某县突发事件总体应急预案</h2>"), "{html}");
    // the Markdown `folio import` writes reads back the same
    let o = run(&["import", f.to_str().unwrap()]);
    let md = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(md.contains("<!-- attachment -->\n\n某县突发事件总体应急预案\n\n## 1 总则"), "{md}");
    let m = d.join("n2.md");
    std::fs::write(&m, &md).unwrap();
    let o = run(&["build", m.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(pdf_text(&read(&d.join("n2.pdf"))).iter().map(|p| squash(p)).collect::<Vec<_>>(), pages);
    // a page's tags after the signature title no document
    let g = d.join("g.txt");
    std::fs::write(&g, "关于停办枫叶节的公告\n\n今年枫叶节停办。\n\n特此公告。\n\n某镇人民政府\n\n2022年10月8日\n\n莱州市  村镇  区域  疫情  公告\n").unwrap();
    let o = run(&["import", g.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("<!-- attachment -->"));
}

/// Build a scraped page's text to PDF in a fresh directory: each page's text, spaces taken out.
fn built_pages(dir: &str, text: &str) -> Vec<String> {
    let d = tmp(dir);
    let f = d.join("page.txt");
    std::fs::write(&f, text).unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    pdf_text(&read(&d.join("page.pdf"))).iter().map(|p| squash(p)).collect()
}

#[test]
fn a_list_the_attachment_note_names_after_the_date_is_set_on_its_own_page_after_the_signature() {
    let pages = built_pages(
        "import-attached-list",
        "关于公布第一批试点城市名单的通知\n\n各省、自治区、直辖市文化厅（局）：\n\n经研究确定第一批试点城市名单，现予以公布。\n\n特此通知。\n\n附件：第一批试点城市名单（第一次）\n\n文化部办公厅\n\n2016年6月23日\n\n详细名单\n\n第一批试点城市名单（第一次）\n\n1. 北京市\n\n2. 天津市\n",
    );
    // the signer and date close page 1; the list, its caption and its name over it, follows
    assert!(pages[0].contains("文化部办公厅2016年6月23日") && !pages[0].contains("北京市"), "{pages:?}");
    let rest = pages[1..].concat();
    assert!(rest.contains("详细名单") && rest.contains("第一批试点城市名单（第一次）1.北京市2.天津市"), "{pages:?}");
}

/// Issue 14's rule for the importer's code: a pass is functions short enough to read at once.
/// (rustfmt's layout: a function's body ends at the first `}` at its own indent.)
#[test]
fn no_function_of_the_importer_is_longer_than_80_lines() {
    let mut long = Vec::new();
    let mut stack = vec![root().join("src/import")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            for (i, l) in lines.iter().enumerate() {
                let t = l.trim_start();
                let is_fn = (t.starts_with("fn ") || t.starts_with("pub fn ") || t.starts_with("pub(crate) fn ")) && l.trim_end().ends_with('{');
                if !is_fn {
                    continue;
                }
                let close = format!("{}}}", &l[..l.len() - t.len()]);
                let end = lines[i..].iter().position(|x| *x == close).map_or(lines.len(), |k| i + k);
                if end - i + 1 > 80 {
                    long.push(format!("{}:{} {} lines", p.display(), i + 1, end - i + 1));
                }
            }
        }
    }
    assert!(long.is_empty(), "{long:?}");
}

#[test]
fn a_plans_clause_whose_name_a_quantity_could_start_is_a_heading_numbered_only_by_its_own_number() {
    let d = tmp("import-quantity-clause");
    let f = d.join("q.txt");
    std::fs::write(
        &f,
        "龙驹镇突发事件总体应急预案\n1总则\n1.1制定目的\n规范应对突发事件行为，最大程度地预防和减少突发事件造成的损害。\n1.2制定依据\n根据有关法律法规，制定本预案。\n1.3分级分类\n1.3.1为有效处置各类突发事件，由低到高划分为4个级别。\n1.4工作原则\n坚持以人为本，预防为主。\n",
    )
    .unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // a heading in the HTML, with no number added before its own
    let html = String::from_utf8(read(&d.join("q.html"))).unwrap();
    let h3 = html.split("<h3>").nth(3).and_then(|h| h.split("</h3>").next()).unwrap_or("");
    let shown: String = h3.split('<').map(|piece| piece.split_once('>').map_or(piece, |(_, text)| text)).collect();
    assert_eq!(shown, "1.3分级分类", "{h3}");
    let pdf = squash(&pdf_text(&read(&d.join("q.pdf"))).concat());
    assert!(pdf.contains("1.3分级分类") && !pdf.contains("）1.3分级分类"), "{pdf}");
    let xml = docx_part(&read(&d.join("q.docx")), "word/document.xml");
    assert!(!xml.contains("（三）"), "no added number in the DOCX");
}

#[test]
fn a_notice_signs_off_before_the_document_it_issues_though_its_title_quotes_that_document_with_an_annotation() {
    let pages = built_pages(
        "import-issued-annotated",
        "关于印发《城市地震应急技术系统规范》\n\n(试行)的通知\n\n各省、自治区、直辖市地震局:\n\n为进一步推进建设，中国地震局组织编制了《城市地震应急技术系统规范》(试行)，现印发各单位，供参照执行。\n\n二○○九年八月三十一日\n\n城市地震应急技术系统规范(试行)\n\n为满足我国城市地震应急技术系统建设的需要，特制定本规范。\n",
    );
    // the notice's date closes its page; the document it issues opens a page of its own
    assert!(pages[0].contains("2009年8月31日") && !pages[0].contains("为满足"), "{pages:?}");
    assert!(pages.iter().skip(1).any(|p| p.starts_with("城市地震应急技术系统规范")), "{pages:?}");
}

#[test]
fn a_pages_emoji_bullets_are_reported_removed_and_the_page_builds_in_all_three_formats_with_its_text() {
    let text = "極樂寺法會公告\n\n📣 西方堂工程已經圓滿，歡迎大眾回寺祭祖。\n\n📍配合政府最新公告及防疫佈署，進寺廟都要實名制。\n";
    let im = import_text(text, false);
    let emoji: Vec<(usize, &str)> =
        im.removed.iter().filter(|r| r.text.starts_with('📣') || r.text.starts_with('📍')).map(|r| (r.line, r.text.as_str())).collect();
    assert_eq!(emoji, [(3, "📣"), (5, "📍")], "{:?}", im.removed);
    assert!(im.markdown.contains("西方堂工程已經圓滿") && !im.markdown.contains('📣'), "{}", im.markdown);
    let d = tmp("import-emoji");
    let f = d.join("e.txt");
    std::fs::write(&f, text).unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = squash(&pdf_text(&read(&d.join("e.pdf"))).concat());
    assert!(pdf.contains("進寺廟都要實名制"), "{pdf}");
    // a page that is Markdown (html2text's) too
    std::fs::write(&f, "# 通知\n\n## 一、安排\n\n📣 请大家准时参加。\n\n## 二、要求\n\n> 注意安全\n").unwrap();
    let o = run(&["build", f.to_str().unwrap(), "-f", "pdf,docx,html", "-o", d.to_str().unwrap(), "--no-system-fonts", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(squash(&pdf_text(&read(&d.join("e.pdf"))).concat()).contains("请大家准时参加"));
}
