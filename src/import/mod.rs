//! Import: plain text — typically a web page copied or scraped — to a [`Document`]
//! (`folio build page.txt`), or to Markdown with front matter for review (`folio import`).
//!
//! The import is a sequence of typed passes over one page model ([`page::Page`]: the logical
//! lines of the input with their origin, and a [`page::Class`] per line), each a function with
//! its own tests, its rules as data ([`rules`]):
//!
//! 1. [`passes::lines`] — the input as logical lines (a line joining several paragraphs is
//!    split), with what a reader sees of each;
//! 2. [`passes::memo`] — a memo's 致 / 由 / 日期 header to the front matter (before the chrome
//!    pass would take its short labelled lines for the page's); then [`passes::chrome`] — page
//!    chrome removed, each line with its [`page::Reason`];
//! 3. [`passes::metadata`] — the header's metadata lines to the front matter;
//! 4. [`passes::head`] — title, 题注, document number, issuer, bulletin masthead, addressee;
//! 5. [`passes::tail`] — signature, date, 附注, attachment note, contact, 抄送, 印发, 共印;
//! 6. [`passes::units`] — the body's lines grouped into blocks;
//! 7. [`passes::headings`] — numbered lines to headings, run-in headings or paragraphs;
//! 8. [`build`] — the [`Document`].
//!
//! A mirror site's pinyin (`會（huì）議`) is taken out before the passes and put back into the
//! document after them ([`annotations`]).
//!
//! Nothing is dropped unseen: every line removed or moved is reported with its reason, and
//! `--keep-all` keeps the removed ones in the text.

pub mod annotations;
pub mod build;
pub mod chars;
pub mod markdown;
pub mod page;
pub mod passes;
pub mod rules;

use crate::diag::SourceFile;
use crate::model::Document;
use page::{Class, Field, Reason};

/// Options of the import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Keep every line, chrome included (what went into the front matter is still moved).
    pub keep_all: bool,
}

/// What happened to a line that is not in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Removal {
    /// Page chrome, removed.
    Residue(Reason),
    /// Moved into a front-matter field.
    Moved(Field),
}

impl Removal {
    pub fn is_moved(self) -> bool {
        matches!(self, Removal::Moved(_))
    }
    pub fn describe(self) -> String {
        match self {
            Removal::Residue(r) => r.describe().to_string(),
            Removal::Moved(f) => format!("moved to the front matter ({})", f.key()),
        }
    }
}

/// A line the import removed or moved, and why.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Removed {
    /// 1-based line of the input.
    pub line: usize,
    /// Its last line: a line the page had broken into fragments (`2010` / `年` / `5`…) was
    /// joined back before it was read.
    pub last_line: usize,
    pub text: String,
    #[serde(rename = "reason")]
    pub what: Removal,
}

/// Something the user should check: a guess, or a document with no title or no headings.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Warning {
    /// 1-based line of the input, when the warning is about one.
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Imported {
    pub document: Document,
    pub removed: Vec<Removed>,
    pub warnings: Vec<Warning>,
}

/// Import a scraped page. A mirror site's pinyin is read away and put back
/// ([`annotations`]).
pub fn import(src: &SourceFile, opts: &ImportOptions) -> Imported {
    match annotations::strip(&src.text) {
        None => read(src, opts),
        Some((text, annotations)) => {
            let bare = SourceFile::new(src.path.clone(), text);
            let mut imported = read(&bare, opts);
            annotations.restore_imported(&mut imported);
            imported
        }
    }
}

/// The passes over a page.
fn read(src: &SourceFile, opts: &ImportOptions) -> Imported {
    let mut page = passes::lines::read(&src.text);
    passes::memo::run(&mut page);
    passes::chrome::run(&mut page);
    passes::metadata::run(&mut page);
    passes::head::run(&mut page);
    passes::tail::run(&mut page);
    // --keep-all: chrome stays in the text, verbatim; what went into the front matter does not
    let kept: Vec<bool> = page.lines.iter().map(|l| opts.keep_all && matches!(l.class, Class::Residue(_))).collect();
    let units = passes::units::group(&page, &kept);
    let mut removed: Vec<Removed> = page
        .lines
        .iter()
        .zip(&kept)
        .filter_map(|(l, k)| {
            match l.class {
                Class::Residue(r) if !k => Some(Removal::Residue(r)),
                Class::Moved(f) => Some(Removal::Moved(f)),
                _ => None,
            }
            .map(|what| Removed {
                line: l.origin,
                last_line: src.line_col(l.span.end.saturating_sub(1).max(l.span.start)).0.max(l.origin),
                text: chars::trim_all(&l.raw).to_string(),
                what,
            })
        })
        .collect();
    // the emoji taken out of the lines that are kept (a removed line is reported whole)
    removed.extend(page.lines.iter().filter(|l| !l.emoji.is_empty() && l.class == Class::Text).map(|l| Removed {
        line: l.origin,
        last_line: l.origin,
        text: l.emoji.clone(),
        what: Removal::Residue(Reason::Emoji),
    }));
    let document = build::document(&mut page, &units, src, opts.keep_all, &mut removed);
    let mut warnings: Vec<Warning> = page.guesses.iter().map(|(i, m)| Warning { line: Some(page.lines[*i].origin), message: m.clone() }).collect();
    warnings.sort_by_key(|w| w.line);
    removed.sort_by_key(|r| r.line);
    if document.meta.title.is_none() {
        warnings.push(Warning { line: None, message: "no title recognised; add `title:` to the front matter".into() });
    }
    let c = document.counts();
    if c.headings.iter().sum::<usize>() == 0 && run_in_heads(&document) == 0 && c.paragraphs > 3 {
        warnings.push(Warning { line: None, message: "no section headings recognised; the text is imported as plain paragraphs".into() });
    }
    Imported { document, removed, warnings }
}

#[cfg(test)]
mod debug_tests {
    #[test]
    fn debug_dump() {
        let Ok(path) = std::env::var("FOLIO_DEBUG_IMPORT") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        let mut page = super::passes::lines::read(&text);
        super::passes::memo::run(&mut page);
        super::passes::chrome::run(&mut page);
        let stage = |page: &super::page::Page, name: &str| {
            let marked: Vec<String> =
                page.lines.iter().enumerate().filter(|(_, l)| !l.is_text() && l.class != super::page::Class::Blank).map(|(i, _)| i.to_string()).collect();
            println!("after {name}: {}", marked.join(" "));
        };
        stage(&page, "chrome");
        super::passes::metadata::run(&mut page);
        stage(&page, "metadata");
        super::passes::head::run(&mut page);
        stage(&page, "head");
        super::passes::tail::run(&mut page);
        for (i, l) in page.lines.iter().enumerate() {
            println!("{i:3} {:?} {}", l.class, l.text.chars().take(40).collect::<String>());
        }
        let kept = vec![false; page.lines.len()];
        for u in super::passes::units::group(&page, &kept) {
            println!("unit {:?} {:?}", u.kind, u.lines);
        }
    }
}

/// Paragraphs that open with a run-in heading (`**一、高度重视。**二级教代会是…`): headings
/// recognised, set in their paragraphs.
fn run_in_heads(doc: &Document) -> usize {
    use crate::model::{BlockKind, InlineKind};
    doc.blocks
        .iter()
        .filter(|b| matches!(&b.kind, BlockKind::Paragraph(c) if matches!(c.first().map(|i| &i.kind), Some(InlineKind::Strong(_) | InlineKind::Emphasis(_)))))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imported(text: &str) -> Imported {
        import(&SourceFile::new("page.txt", text.to_string()), &ImportOptions::default())
    }

    #[test]
    fn run_in_headings_are_headings_recognised() {
        let page = "各分工会：\n一、高度重视。二级教代会是学校民主管理的重要组成部分，各分工会要认真组织。\n二、召开时间：各分工会可根据本单位工作实际具体确定召开时间。\n三、材料上报：各分工会要将申请报告提前一周报校工会。\n四、工作要求：会后一周内上报会议材料。\n";
        let warned = |im: &Imported| im.warnings.iter().any(|w| w.message.starts_with("no section headings"));
        assert!(!warned(&imported(page)), "{:?}", imported(page).warnings);
        // plain paragraphs are warned of
        let plain = "各单位：\n请认真组织学习。\n请按时上报材料。\n请做好总结工作。\n请注意安全。\n";
        assert!(warned(&imported(plain)));
    }

    #[test]
    fn a_decisions_party_named_over_its_particulars_is_the_addressee_and_its_address_no_contact() {
        let page = "行政处罚决定书\n豫环罚决字〔2025〕5号\n周口盛祥纸箱包装有限公司\n统一社会信用代码:91411602MA46LM1869\n地址:河南省周口市川汇区大庆路2号\n法定代表人:胡亚楠\n一、环境违法事实和证据\n我局于2025年1月15日对你单位进行了调查，发现你单位实施了环境违法行为。\n";
        let im = imported(page);
        assert_eq!(im.document.meta.addressee.as_deref(), Some("周口盛祥纸箱包装有限公司"));
        assert!(im.document.meta.contact.as_ref().is_none_or(|c| c.address.is_none()), "{:?}", im.document.meta.contact);
        let md = markdown::to_markdown(&im.document);
        assert!(md.contains("统一社会信用代码") && md.contains("地址：河南省周口市"), "the particulars stay the text's: {md}");
        // (a company alone over a sentence is no party addressed)
        let im = imported("行政处罚决定书\n周口盛祥纸箱包装有限公司\n我局于2025年1月15日对你单位进行了调查，发现你单位实施了环境违法行为。\n");
        assert_eq!(im.document.meta.addressee, None);
    }

    #[test]
    fn the_markdown_written_reads_back_as_the_same_document() {
        let page = "首页 > 通知公告\n关于做好节日值班工作的通知\n科发〔2024〕3号\n各部门：\n为做好节日期间工作，现通知如下。\n一、总体要求\n（一）指导思想。以安全为先，统筹做好值班安排。\n二、工作安排\n各部门要落实值班制度。\n科技城管理委员会\n2024年1月5日\n";
        let im = imported(page);
        let md = markdown::to_markdown(&im.document);
        let src = SourceFile::new("page.md", md.clone());
        let mut diags = crate::diag::Diagnostics::default();
        let back = crate::parse::parse_markdown(&src, &mut diags).unwrap();
        assert_eq!(back.meta, im.document.meta, "{md}");
        assert_eq!(back.counts(), im.document.counts(), "{md}");
        assert_eq!(im.document.meta.doc_number.as_deref(), Some("科发〔2024〕3号"));
        // a run-in heading keeps its lead phrase at the head of its paragraph, marked as its
        // level is set (level 2: 楷体, written as emphasis)
        assert!(md.contains("\n*（一）指导思想。*以安全为先"), "{md}");
    }

    #[test]
    fn an_issuer_taken_from_the_pages_publisher_is_said_to_be_a_guess() {
        let im = imported(
            "兰州大学行政工作例会议事规则\n【来源：兰州大学校长办公室 | 发布日期：2009-04-01 】\n一、行政工作例会是学校行政领导研究、协调安排学校日常工作的专题性会议。\n二、行政工作例会由校长召集并主持。\n",
        );
        assert_eq!(im.document.meta.issuer, ["兰州大学校长办公室"]);
        let w = im.warnings.iter().find(|w| w.message.starts_with("the issuer is a guess")).expect("a warning on the implied issuer");
        assert_eq!(w.line, Some(2), "on the line of the page’s 来源 (lines count from 1)");
        // a document that signs names its issuer itself: no guess said
        let im = imported("关于做好节日值班工作的通知\n各部门：\n为做好节日期间工作，现通知如下。\n科技城管理委员会\n2024年1月5日\n");
        assert!(im.warnings.iter().all(|w| !w.message.starts_with("the issuer is a guess")));
    }

    #[test]
    fn an_attachment_note_over_an_unsigned_date_is_found_when_the_issuers_line_heads_the_page() {
        // (the issuer's line over the title is the head's: the tail looks for signers under the text)
        let im = imported(
            "某某旗人民政府办公室\n关于印发重点任务分工的通知\n各苏木乡镇人民政府：\n现将分工印发给你们，请认真贯彻落实。\n此通知\n附件：重点任务落实推进情况表\n2022年2月21日\n",
        );
        let m = &im.document.meta;
        assert_eq!(m.issuer, ["某某旗人民政府办公室"]);
        assert_eq!(m.attachments, ["重点任务落实推进情况表"]);
        assert_eq!(m.date.as_deref(), Some("2022-02-21"));
    }

    #[test]
    fn the_notice_that_issues_a_plan_heads_the_page_over_the_plans_own_title() {
        // (a township's page: its red-header copy cut, the plan it issues after the signature)
        let page = include_str!("../../tests/fixtures/pages-heldout111/ks04-yinfa-tongzhi-liangping-qushuizhen-zaihai-jiuzhu-yuan.txt");
        let p = imported(page);
        assert_eq!(p.document.meta.title.as_deref(), Some("重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知"));
        assert_eq!(p.document.meta.addressee.as_deref(), Some("各村（社区），办所中心，镇属（驻镇）单位"));
    }

    #[test]
    fn a_traditional_document_is_read_like_a_simplified_one() {
        let im = imported(
            "四平市人民政府文件\n四政函〔2020〕103號\n四平市人民政府\n關於2019年度全市法治政府\n建設考核結果的通報\n各縣（市）區人民政府：\n按照考核辦法，現將結果通報如下。\n四平市人民政府\n2020年5月6日\n（此件公開發布）\n",
        );
        let m = &im.document.meta;
        assert_eq!(m.doc_number.as_deref(), Some("四政函〔2020〕103號"), "號 ends a document number");
        assert_eq!(m.title.as_deref(), Some("關於2019年度全市法治政府建設考核結果的通報"), "the traditional text is kept as written");
        assert_eq!(m.addressee.as_deref(), Some("各縣（市）區人民政府"));
        assert_eq!(m.date.as_deref(), Some("2020-05-06"));
        assert_eq!(m.note.as_deref(), Some("此件公開發布"));
    }

    #[test]
    fn a_headless_notice_whose_lead_hands_over_to_its_items_keeps_every_line() {
        let page = "各位代表:\n根据有关规定,经研究,拟定召开一届四次教职代会联席会议,现将会议相关事项通知如下:\n一、会议内容\n听取审议表决《关于新建外科综合病房楼工程项目的报告》\n二、会议时间、地点\n时间:2009年9月28日(星期一)8:30\n地点:职工活动中心\n三、参加人员\n主席团成员 各代表组组长 全体院领导\n希望参加会议的人员,非特殊情况不要请假。\n二〇〇九年九月二十四日\n";
        let im = imported(page);
        assert!(im.removed.iter().all(|r| r.what.is_moved()), "nothing removed: {:?}", im.removed);
        let m = &im.document.meta;
        assert_eq!((m.title.as_deref(), m.addressee.as_deref(), m.date.as_deref()), (None, Some("各位代表"), Some("2009-09-24")));
        let md = markdown::to_markdown(&im.document);
        for line in [
            "## 一、会议内容",
            "听取审议表决《关于新建外科综合病房楼工程项目的报告》",
            "时间：2009年9月28日（星期一）8:30",
            "主席团成员 各代表组组长 全体院领导",
        ] {
            assert!(md.lines().any(|l| l == line), "{line} in\n{md}");
        }
    }

    #[test]
    fn a_numbered_sentence_cut_where_the_page_stops_is_no_heading() {
        let page = "关于维护春节期间市场价格秩序的提醒告诫书\n各经营主体：\n为保障春节期间价格基本稳定，现提醒告诫如下：\n一、严格遵守价格法律法规，依法诚信经营。\n二、严格禁止下列价格违法行为：（一）相互串通，操纵市场价格。（二）捏造、散布涨价信息，哄抬价格。\n（三）采取虚假打折、虚假优惠等手段，使用虚假的或者使人误解的标价形\n";
        let md = markdown::to_markdown(&imported(page).document);
        assert!(md.lines().any(|l| l.starts_with("（三）采取虚假打折")), "{md}");
        assert!(!md.contains("## （三）"), "{md}");
    }

    #[test]
    fn a_guessed_end_of_text_is_a_warning_at_its_line() {
        let im = imported("关于开展检查的通知\n各单位：\n请按要求开展检查工作，确保各项措施落实到位。\n2024年3月1日\n");
        assert_eq!(im.document.meta.date.as_deref(), Some("2024-03-01"));
        assert!(im.warnings.iter().any(|w| w.line == Some(4) && w.message.contains("2024年3月1日")), "{:?}", im.warnings);
    }

    /// The organ that signs: the signature, or the issuer when the signer is the issuer.
    fn signer(im: &Imported) -> Option<&str> {
        let m = &im.document.meta;
        m.signature.as_deref().or(m.issuer.first().map(String::as_str))
    }

    fn level_one_headings(im: &Imported) -> usize {
        im.document.blocks.iter().filter(|b| matches!(b.kind, crate::model::BlockKind::Heading { level: 1, .. })).count()
    }

    #[test]
    fn a_reply_signed_by_its_handling_organ_names_that_organ_as_signer() {
        let im = imported(
            "县政协提案答复\n王超委员：\n您提出的提案已收悉，现答复如下。\n我镇将加大道路绿化力度，拿出实施方案。\n特此答复。\n承办部门：石文镇人民政府\n承办负责人：王志秋\n二〇一八年 六月七日\n",
        );
        assert_eq!(signer(&im), Some("石文镇人民政府"));
        assert_eq!(im.document.meta.date.as_deref(), Some("2018-06-07"));
    }

    #[test]
    fn a_notices_closing_formula_is_not_part_of_its_signature() {
        let im = imported(
            "腰山镇人民政府关于取消庙会的通告\n\n为做好疫情防控，现通告如下。\n\n一、取消今年的庙会。\n\n特此通告\n\n腰山镇人民政府\n\n2020年2月25日\n",
        );
        assert_eq!(signer(&im), Some("腰山镇人民政府"));
    }

    #[test]
    fn a_portals_headline_and_lead_give_way_to_the_documents_own_title() {
        let im = imported(
            "保定腰山镇人民政府关于取消南腰山村庙会的通告\n\n导语 为全力做好疫情防控，保定腰山镇人民政府关于取消南腰山村庙会的通告详情如下。\n\n  腰山镇人民政府关于取消南腰山村庙会的通告\n\n  为全力做好我镇疫情防控，现通告如下。\n\n  一、取消庙会。\n\n  特此通告\n\n  腰山镇人民政府\n\n  2020年2月25日\n\n温馨提示：微信搜索公众号保定本地宝，关注后在对话框回复【疫情】可获最新消息\n\n返回本地宝首页\n\n最新阅读\n\n反馈\n",
        );
        let m = &im.document.meta;
        assert_eq!(m.title.as_deref(), Some("腰山镇人民政府关于取消南腰山村庙会的通告"));
        assert_eq!(m.date.as_deref(), Some("2020-02-25"));
        let md = markdown::to_markdown(&im.document);
        for chrome in ["导语", "公众号", "返回本地宝首页", "最新阅读", "反馈"] {
            assert!(!md.contains(chrome), "{chrome} in {md}");
        }
    }

    #[test]
    fn a_bulletins_article_headline_under_its_masthead_is_its_title() {
        let im = imported(
            "中国科学院老科学技术工作者协会\n\n简  报\n\n﹝2022﹞ 第九期(总第683期)\n\n中科院老科协办公室      2022年3月7日\n\n中科院老科协理化所分会理事会研究近期工作\n\n  2022年3月2日理化所分会召开理事会会议，商讨2022年近期工作安排等事项，会议由理事长主持。\n",
        );
        assert_eq!(im.document.meta.title.as_deref(), Some("中科院老科协理化所分会理事会研究近期工作"));
    }

    #[test]
    fn a_departments_tag_before_a_title_is_cut_from_it() {
        let im = imported(
            "宣传部:关于组织师生收看2022年全国“两会”专题报道的通知\n\n发布者:马克思主义学院发布时间:2022-03-03\n\n各二级单位党委、党总支:\n\n全国政协十三届五次会议将于3月4日在北京召开，请各单位组织师生收看。\n",
        );
        let m = &im.document.meta;
        assert_eq!(m.title.as_deref(), Some("关于组织师生收看2022年全国“两会”专题报道的通知"));
        assert_eq!(m.addressee.as_deref(), Some("各二级单位党委、党总支"));
    }

    #[test]
    fn minutes_items_that_end_no_sentence_head_the_paragraphs_under_them() {
        let im = imported(
            "市政府第20次常务会议纪要\n\n  2023年7月5日上午，市长主持召开市政府第20次常务会议，纪要如下。\n\n  一、会议审议了《关于加强统计基层基础建设的实施意见》《统计造假弄虚作假责任制实施细则》\n  会议强调，各地各部门要对照整改方案和措施清单，从严从实完成整改任务，不断提升治理能力现代化水平。\n  二、会议听取了太湖综合治理情况汇报，审议了《推进新一轮太湖综合治理专项行动方案》\n  会议强调，太湖治理是重大政治任务，要完善推进机制，形成工作合力，久久为功，确保取得实效。\n",
        );
        assert_eq!(level_one_headings(&im), 2);
    }

    #[test]
    fn a_page_broken_before_every_punctuation_mark_joins_its_lines_again() {
        let im = imported(
            "各分公司\n、子公司\n、项目部\n,机关各部室\n:\n根据国务院办公厅通知精神\n,集团公司2014年五一劳动节放假日期具体安排如下\n:\n一\n、5月1日至5月3日放假\n,共3天\n。\n总经理办公室\n二〇一四年四月三十日\n",
        );
        assert_eq!(im.document.meta.addressee.as_deref(), Some("各分公司、子公司、项目部，机关各部室"));
        assert_eq!(im.document.meta.date.as_deref(), Some("2014-04-30"));
    }

    #[test]
    fn a_traditional_announcements_serial_number_is_its_number() {
        let im = imported(
            "天水市第七屆人民代表大會常務委員會\n公 告\n第1號\n天水市第七屆人民代表大會代表總名額為363名，現將代表資格終止情況公告如下。\n特此公告。\n天水市人民代表大會常務委員會\n2019年4月26日\n",
        );
        assert_eq!(im.document.meta.doc_number.as_deref(), Some("第1號"));
    }
}
