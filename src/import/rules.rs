//! The rules of the import as data: words of page chrome, metadata labels and the field each
//! fills, contact labels, words official titles end with, and the thresholds the passes use.
//! A rule is a table row here, never a string matched somewhere in a pass.

use super::page::{ContactField, MetaField, Reason};

/// Verbs a title's subject opens with (`落实…与海航集团` / `合作备忘录协调会议纪要`): a line
/// that opens with one is part of a title, never an organisation's name.
pub const TITLE_VERBS: &[&str] = &[
    "落实",
    "加强",
    "做好",
    "推进",
    "开展",
    "进一步",
    "贯彻",
    "实施",
    "建立",
    "完善",
    "促进",
    "加快",
    "深化",
    "规范",
    "召开",
    "表彰",
    "授予",
    "同意",
    "批准",
    "废止",
    "修改",
];

/// What a title's own qualifier line says (`（试行）`, `（草案）`, `（2020年修订）`): it finishes the
/// title above it.
pub const TITLE_QUALIFIERS: &[&str] = &["试行", "暂行", "草案", "修订", "修正", "征求意见稿", "送审稿", "讨论稿"];

/// Notes a law site writes after a title (`…的决定 附：修正本`), cut from it.
pub const TITLE_ANNOTATIONS: &[&str] = &[
    "附：修正本",
    "附:修正本",
    "附：修订本",
    "附:修订本",
    "【已废止】",
    "[已废止]",
    "（已废止）",
    "(已废止)",
    "【失效】",
    "[失效]",
    "【现行有效】",
    "（全文）",
    "(全文)",
    "【全文】",
    "[全文]",
    "（附全文）",
    "(附全文)",
];

/// What a news site tags a headline with after its words (`…座谈会（图文）`), cut from it.
pub const HEADLINE_TAGS: &[&str] = &["（图文）", "(图文)", "【图文】", "（组图）", "(组图)", "（附图）", "(附图)", "（视频）", "(视频)"];

/// A news outlet's tag before a document it was authorised to publish (`（受权发布）陕西省侨联关于…的决定`).
pub const RELEASE_TAGS: &[&str] = &["（受权发布）", "(受权发布)", "【受权发布】", "（授权发布）", "(授权发布)", "【授权发布】"];

/// How a reposter's lead hands over to the document it shows (`…通过《…决议》。下面是详细内容。`):
/// a lead ending so stands over the document's head, not in its text.
pub const INTRO_ENDINGS: &[&str] = &[
    "下面是详细内容",
    "以下是详细内容",
    "全文如下",
    "原文如下",
    "以下为全文",
    "以下是全文",
    "下面是全文",
    "内容如下",
    "详情如下",
    "具体如下",
    "一起来看",
    "一起来看看",
    // (`…发布了一份倡议书。现转发如下：` over the document it reposts)
    "转发如下",
    "转载如下",
    // (`…将延期举办。具体通知如下:` over the notice's salutation: a reposter's words; a notice's
    // own are `现将有关事项通知如下`)
    "具体通知如下",
    "具体公告如下",
    // (`天兴互联客户请阅读以下通知:` over the notice's salutation)
    "阅读以下通知",
    "阅读以下公告",
];

/// How a post's one-sentence summary points at the text under it (`…開館日期注意事項，請查閱內文。`):
/// a clause ending so, over the document's own title, is no part of the document (folded forms).
pub const TEXT_POINTERS: &[&str] = &["请查阅内文", "请参阅内文", "请详阅内文", "详见内文", "请见内文", "详见下文", "请见下文", "如内文", "详如内文"];

/// How a document's opening sentence begins (`根据《…》精神，现对…`): a line opening so with a
/// comma in it is a clause of the text, even where the page cut it before its stop.
pub const CLAUSE_OPENERS: &[&str] = &["根据", "按照", "依据", "依照", "为了", "为进一步", "经研究", "现将", "现就", "鉴于"];

/// A post's label over its text, alone on its line with its colon (`公告內容:`): the site's
/// field, not the document's words.
pub const CONTENT_LABELS: &[&str] = &["正文", "公告内容", "通知内容", "通告内容", "公示内容", "新闻内容", "文章内容", "详细内容", "消息内容"];

/// Words that make a short line (or every word of it) navigation.
pub const NAV_WORDS: &[&str] = &[
    "首页",
    "网站首页",
    "返回首页",
    // (a government's press releases of the day, under each release)
    "即日新闻",
    "机构概况",
    "政务公开",
    "信息公开",
    "新闻中心",
    "新闻动态",
    "通知公告",
    "联系我们",
    "联络我们",
    "联络资讯",
    "网站地图",
    "网站导航",
    "快速导航",
    "网站简介",
    "广告服务",
    "服务条款",
    "办事服务",
    "互动交流",
    "政策法规",
    "工作动态",
    // an institution's news column (`医院新闻`, `校园动态`)
    "医院新闻",
    "学校新闻",
    "学院新闻",
    "校园新闻",
    "公司新闻",
    "集团新闻",
    "医院动态",
    "校园动态",
    "学院动态",
    "公司动态",
    "集团动态",
    "公司简介",
    "关于我们",
    "产品中心",
    "走进",
    "专题专栏",
    "数据发布",
    "政民互动",
    "在线办事",
    "English",
    "登录",
    "注册",
    "无障碍",
    "网站无障碍",
    // a screen reader's skip link (`跳到主要內容區塊`)
    "跳到主要内容",
    "跳到主要内容区块",
    "跳至主要内容",
    "跳过导航",
    "关怀版",
    "长者模式",
    "繁體",
    "简体",
    "搜索",
    "设为首页",
    "加入收藏",
    "收藏本站",
    "人才招聘",
    "隐私声明",
    "免责声明",
    "网站声明",
    "使用帮助",
    "站点地图",
    "网站帮助",
    "热门站点",
    "热门搜索",
    "信息搜索",
    "站内搜索",
    "高级搜索",
    // a search box's placeholder
    "请输入搜索关键字",
    "请输入搜索关键词",
    "请输入关键字",
    "请输入关键词",
    "请输入搜索内容",
    "输入关键字",
    "医患交流",
    "官方微博",
    "官方微信",
    "微信公众号",
    "党务院务公开",
    "院务公开",
    "规章制度",
    "下载中心",
    "返回列表",
    "回列表页",
    "更多",
    "更多>>",
    "查看更多",
    "查看全部",
    // a finance portal's menus
    "行情中心",
    "数据中心",
    "龙虎榜",
    "自选股",
];

/// The labels of a meeting record's header (`主席` / `柯文哲`, `出席：…`), simplified.
pub const MINUTES_LABELS: &[&str] = &[
    "主席",
    "主持",
    "主持人",
    "出席",
    "出席人员",
    "列席",
    "列席人员",
    "缺席",
    "记录",
    "纪录",
    "记录人",
    "开会时间",
    "开会日期",
    "开会地点",
    "会议时间",
    "会议地点",
];

/// Phrases of page furniture found anywhere in a short line: print, close, back to top, QR
/// codes and sharing, corrections, app promotion.
pub const FURNITURE_PHRASES: &[(&str, Reason)] = &[
    // (a leave-site dialog's words, not a sentence's `…即将离开工作岗位`)
    ("您即将离开", Reason::Script),
    ("链接即将离开", Reason::Script),
    ("扫一扫在手机打开当前页", Reason::Share),
    // a post's invitation to comment (`欢迎下方留言！`)
    ("欢迎下方留言", Reason::Form),
    ("欢迎在下方留言", Reason::Form),
    ("欢迎在评论区留言", Reason::Form),
    // a forum's login prompts (`您需要登录后才可以回帖 登录 | 立即注册`, `手机号码,快捷登录`)
    ("才可以回帖", Reason::Form),
    // a reply box's link (`欢迎 发表评论: 取消回复`)
    ("取消回复", Reason::Form),
    ("快捷登录", Reason::Form),
    // a login box's prompts beside its fields (`保持登入狀態`, `忘記密碼嗎?`, `何不馬上註冊!`)
    ("保持登录状态", Reason::Form),
    ("保持登入状态", Reason::Form),
    ("忘记密码吗", Reason::Form),
    ("何不马上注册", Reason::Form),
    // (and its reply box's switch, `使用 高级模式(可批量传图、插入视频等)`)
    ("可批量传图", Reason::Form),
    ("扫一扫在手机上查看", Reason::Share),
    // (`請拿手機掃描此QRCODE`)
    ("扫描此QRCODE", Reason::Share),
    ("QR Code", Reason::Share),
    // an advertisement's banner caption (`点击图片可进入某某网站`)
    ("点击图片可进入", Reason::Advert),
    ("点击图片进入", Reason::Advert),
    // a WeChat article's tag bar, its links lost (`预览时标签不可点收录于合集#个上一篇下一篇`)
    ("预览时标签不可点", Reason::Script),
    ("在手机打开当前页", Reason::Share),
    ("扫描二维码", Reason::Share),
    ("扫码关注", Reason::Share),
    ("扫码浏览", Reason::Share),
    ("扫码阅读", Reason::Share),
    ("手机扫码", Reason::Share),
    ("微信扫一扫", Reason::Share),
    ("扫一扫", Reason::Share),
    ("手机扫扫", Reason::Share),
    ("手机扫描打开", Reason::Share),
    ("打开当前页面", Reason::Share),
    ("打开本篇文章", Reason::Share),
    ("用手机扫描", Reason::Share),
    ("分享给朋友", Reason::Share),
    ("扫码分享", Reason::Share),
    ("分享到朋友圈", Reason::Share),
    ("分享至朋友圈", Reason::Share),
    ("手机随时随地", Reason::Share),
    ("下载客户端", Reason::Share),
    ("打开APP", Reason::Share),
    // (`搜船APP内阅读`)
    ("APP内阅读", Reason::Share),
    ("App内阅读", Reason::Share),
    ("更好阅读体验", Reason::Share),
    ("回顶部", Reason::PageLink),
    ("回到顶部", Reason::PageLink),
    ("关闭本页", Reason::PageLink),
    ("关闭窗口", Reason::PageLink),
    ("关闭本窗口", Reason::PageLink),
    ("关闭此页", Reason::PageLink),
    // an archived thread's link to the forum's page of it
    ("查看完整版本", Reason::PageLink),
    // a document-sharing site's cut (`因篇幅问题不能全部显示，请点此查看更多更全内容`)
    ("不能全部显示", Reason::PageLink),
    ("查看更多更全内容", Reason::PageLink),
    ("【关闭】", Reason::PageLink),
    ("[关闭]", Reason::PageLink),
    ("打印本页", Reason::PageLink),
    ("打印此页", Reason::PageLink),
    ("打印新闻", Reason::PageLink),
    ("打印文章", Reason::PageLink),
    ("打印此文", Reason::PageLink),
    ("【打印】", Reason::PageLink),
    ("[打印]", Reason::PageLink),
    ("点击此处下载", Reason::PageLink),
    ("打印正文", Reason::PageLink),
    ("查看PDF原文", Reason::PageLink),
    ("下载PDF", Reason::PageLink),
    ("查看原文", Reason::PageLink),
    // a WeChat repost's link to the source (`点击左下角阅读原文查看公告详情`)
    ("点击阅读原文", Reason::PageLink),
    ("左下角阅读原文", Reason::PageLink),
    ("阅读原文查看", Reason::PageLink),
    ("返回原图", Reason::PageLink),
    // an e-paper's page tools
    ("查看版面PDF", Reason::PageLink),
    ("查看其他日期", Reason::PageLink),
    ("往期回顾", Reason::PageLink),
    ("小字号", Reason::Switcher),
    ("大字号", Reason::Switcher),
    ("中字号", Reason::Switcher),
    // a date widget's label, its date lost
    ("今天是", Reason::PageMetadata),
    ("本版导读", Reason::PageLink),
    ("版面导航", Reason::PageLink),
    ("往期公报", Reason::PageLink),
    ("往期简报", Reason::PageLink),
    ("往期刊物", Reason::PageLink),
    ("公报查询", Reason::Navigation),
    ("网站纠错", Reason::PageLink),
    ("我要纠错", Reason::PageLink),
    ("【收藏】", Reason::PageLink),
    ("即将离开", Reason::PageLink),
    ("宽屏版", Reason::Switcher),
    ("恢复窄屏", Reason::Switcher),
    // a pointer to the notice's scan beside the text (`全文請參閱右方通告正本`)
    ("全文请参阅", Reason::PageLink),
    ("【大 中 小】", Reason::Switcher),
    ("【大中小】", Reason::Switcher),
    ("视力保护色", Reason::Switcher),
    ("背景色", Reason::Switcher),
    ("文字大小", Reason::Switcher),
    ("字体显示", Reason::Switcher),
    ("意见反馈", Reason::Form),
    ("猜你喜欢", Reason::RelatedLinks),
    ("相关推荐", Reason::RelatedLinks),
    ("频道推荐", Reason::RelatedLinks),
    ("热门推荐", Reason::RelatedLinks),
    ("精彩推荐", Reason::RelatedLinks),
    ("为你推荐", Reason::RelatedLinks),
    ("大家正在看", Reason::RelatedLinks),
    ("延伸阅读", Reason::RelatedLinks),
    ("热门文章", Reason::RelatedLinks),
    ("最新文章", Reason::RelatedLinks),
    ("热门新闻", Reason::RelatedLinks),
    ("热门公告", Reason::RelatedLinks),
    ("热点阅读", Reason::RelatedLinks),
    ("基本介绍", Reason::PageMetadata),
    // a site's greeting over its pages
    ("欢迎您的访问", Reason::Navigation),
    ("欢迎访问", Reason::Navigation),
    ("欢迎光临", Reason::Navigation),
    // an instant-messaging button
    ("点击这里给我发消息", Reason::PageLink),
    // a portal's mode for older readers
    ("进入老年版", Reason::Switcher),
    ("老年版", Reason::Switcher),
    // a screen reader's hint (`正文内容区域请使用tab按钮切换浏览`)
    ("tab按钮切换", Reason::Navigation),
    ("Tab键切换", Reason::Navigation),
];

/// Notices a hosting site adds to a document, whatever the line's length: a document-sharing
/// site's upload line, a wiki's licence box, a blog's read counter.
pub const HOSTING_NOTICES: &[(&str, Reason)] = &[
    // what an app or a plug-in writes in place of a picture or a player
    ("图片发自简书App", Reason::ImagePlaceholder),
    ("需要较新版本的 Adobe Flash Player", Reason::Script),
    ("由会员分享", Reason::PageMetadata),
    ("本作品收录于", Reason::PageMetadata),
    ("维基文库", Reason::SiteFooter),
    ("公有领域", Reason::SiteFooter),
    ("Public domain", Reason::SiteFooter),
    ("本文已影响", Reason::Counter),
    ("转载请注明出处", Reason::SiteFooter),
    ("转载请注明来源", Reason::SiteFooter),
    // (the page's own link after it: `转载请注明:http://…`)
    ("转载请注明:", Reason::SiteFooter),
    ("转载请注明：", Reason::SiteFooter),
    // (`转载请注明原文网址:http://…`)
    ("转载请注明原文", Reason::SiteFooter),
    // a platform's disclaimer of what its members post (`本文由村网通注册会员上传并发布，村网通仅提供
    // 信息发布平台`)
    ("注册会员上传", Reason::SiteFooter),
    ("仅提供信息发布平台", Reason::SiteFooter),
    ("仅提供信息存储空间", Reason::SiteFooter),
    // an e-paper's licence notice over the page (`证券时报网络版郑重声明经证券时报社授权…`)
    ("网络版郑重声明", Reason::SiteFooter),
    // a newspaper site's own numbers under its copyright (`证券日报社电话:… 网站电话:… 网站传真:…`)
    ("网站电话", Reason::SiteFooter),
    ("网站传真", Reason::SiteFooter),
];

/// A consent notice's buttons (`同意`, `Accept all`), alone on the line under it.
pub const CONSENT_BUTTONS: &[&str] = &[
    "同意",
    "我同意",
    "接受",
    "全部接受",
    "接受全部",
    "拒绝",
    "拒絕",
    "确定",
    "確定",
    "关闭",
    "關閉",
    "我知道了",
    "Accept",
    "Reject",
    "OK",
    "Got",
    "it",
    "all",
];

/// A site's notice of its cookies or its privacy terms, which the reader must accept
/// (`本網站使用相關技術…尊重使用者隱私…代表您同意上述規範`, `請同意我們的隱私權規範，才能啟用…`):
/// a line with all the words of one of these (folded forms).
pub const CONSENT_NOTICES: &[&[&str]] =
    &[&["本网站使用", "隐私", "同意"], &["同意我们的隐私"], &["本网站使用", "Cookie"], &["本网站使用", "cookie"], &["Cookie", "同意"], &["cookie", "同意"]];

/// A model-text site's editor introducing what it collected (`下文是小编…做出的整理`) or seeing
/// the reader off (`以上就是小编为您带来的…全部内容，更多内容敬请关注…`): a line with all the words
/// of one of these. (`小编带你一起来了解一下` alone is the seed's own sentence and stays.)
pub const EDITOR_BLURBS: &[&[&str]] = &[&["小编", "整理"], &["小编", "为您带来"], &["更多内容", "敬请关注"]];

/// A local account's advertisement for itself (`最新东阳本地资讯，关注【东阳全知道】微信公众号！…
/// 加群、广告发布/商务合作，请加…微信`): a line with all the words of one of these. A notice asks
/// readers to follow an account, never to join its chat groups or buy its advertising.
pub const ADVERT_BLURBS: &[&[&str]] = &[&["公众号", "交流群"], &["公众号", "商务合作"], &["公众号", "广告发布"], &["公众号", "广告合作"]];

/// A publishing platform's default name for an account, a number after it (`美友194648383`,
/// `网友8273641`): alone on a line, the post's author line.
pub const ACCOUNT_NAME_PREFIXES: &[&str] = &["美友", "网友", "用户", "会员", "游客", "微信用户", "匿名用户"];

/// A portal's prompt to follow its account (`温馨提示：微信搜索公众号保定本地宝，关注后在对话框回复…`):
/// a line that opens with the prompt's label and has all the words after it, however long. (A
/// notice's own `请广大市民微信搜索“健康保定”公众号并关注` has no such label and stays.)
/// (`更多东阳城建交通、楼市房产、生活教育资讯，关注【东阳全知道】微信公众号！`: a local account
/// advertising itself, its name in lenticular brackets; `更多政策资讯请关注本局微信公众号，…` is the
/// notice's own.)
pub const FOLLOW_PROMPTS: &[(&str, &[&str])] =
    &[("温馨提示", &["公众号", "关注"]), ("友情提示", &["公众号", "关注"]), ("更多", &["资讯", "关注【", "】", "公众号"])];

/// Labels of a site's own summary over an article (`导语 为全力做好…，保定腰山镇人民政府关于取消
/// …的通告详情如下。`): the line is the site's when it introduces the document (`chrome.rs`).
pub const LEAD_LABELS: &[&str] = &["导语", "【导语】"];

/// Labels of a site's summary of a post (`导读:加强新形势下…具有重要意义。`): the site's when it
/// stands between the post's headline and the document's own head (`head.rs`).
pub const SUMMARY_LABELS: &[&str] = &["导读", "导语", "摘要", "内容摘要", "内容提要", "核心提示", "導讀", "摘　要", "概要描述", "内容概要"];

/// A site's home page, the first step of a breadcrumb trail (`首页 > …`, `主页 > …`).
pub const HOME_PAGE_WORDS: &[&str] = &["首页", "主页"];

/// A link back (`返回上一页`) ends a line of navigation: a column's name glued before it
/// (`业界新闻返回上一页`) is the column's link.
pub const BACK_LINKS: &[&str] = &["返回上一页", "返回上页", "返回列表", "返回首页", "返回顶部", "回到上一页", "回到首页", "回到顶部"];

/// A link back to a site's home page under another name (`返回本地宝首页`): opens with the first
/// word, ends with the second.
pub const HOME_LINKS: &[(&str, &str)] = &[("返回", "首页"), ("回到", "首页")];

/// Download prompts that a law or document site prints above a document and again below it:
/// a second one after the text closes the document, and what follows is another page's.
/// A download button alone on its line (besides [`DOWNLOAD_FRAMES`]): `【点击下载】`.
pub const DOWNLOAD_WORDS: &[&str] = &["下载", "附件下载", "点此下载", "下载附件", "點擊下載", "下載"];

pub const DOWNLOAD_FRAMES: &[&str] = &["点击此处下载", "下载地址", "点击下载", "点击可下载", "下载本文", "免费下载"];

/// A download button after a link that repeats the title (`…决议公告 PDF查看PDF原文`).
pub const DOWNLOAD_BUTTONS: &[&str] = &["查看PDF原文", "下载PDF", "查看原文", "下载公告", "Download PDF"];

/// The closing formula of a text; a signer's name may follow it with no date.
/// (Without their full stop, which pages often drop.)
pub const CLOSING_FORMULAS: &[&str] = &[
    "特此公告",
    "特此通知",
    "特此通报",
    "特此通告",
    "特此答复",
    "特此说明",
    "特此声明",
    "特此决定",
    "特此批复",
    "特此函告",
    "特此报告",
    "特此函复",
    "特此布告",
    "特此公示",
    "特此提示",
    "特此告知",
    "特此证明",
    "特此致歉",
    // (a 函's reply: `专此函复`)
    "专此函复",
    "专此函告",
    "专此报告",
    "此复",
    "此函",
    "此告",
    "此布",
    // (its 特 dropped by the typist: `此公告`)
    "此公告",
    "此通知",
];

/// Greetings a salutation may end with, or run in after its colon (`尊敬的家长朋友:您好!`).
pub const GREETINGS: &[&str] = &["您好", "你们好", "你們好", "您们好", "你好", "大家好"];

/// How a letter's salutation opens (`各位家长`, `尊敬的客户`, `亲爱的同学们`).
pub const SALUTATION_STARTS: &[&str] = &["各位", "尊敬的", "亲爱的"];

/// A salutation is at most this long (`尊敬的各位家长朋友们`).
pub const MAX_SALUTATION_CHARS: usize = 16;

/// Whom a notice, letter or 倡议书 addresses by what they are rather than by a body's name
/// (`广大市民朋友们`, `龙亭村村民`): the salutation ends with one of these (perhaps with 们).
pub const HEARERS: &[&str] = &[
    "朋友",
    "市民",
    "居民",
    "村民",
    "读者",
    "家长",
    "宗亲",
    "同学",
    "会员",
    "客户",
    "患者",
    "乘客",
    "旅客",
    "游客",
    "业主",
    "用户",
    "网友",
    "校友",
    "考生",
    "消费者",
    "投资者",
    "股东",
    "群众",
    "教职工",
    "职工",
    "员工",
    "同仁",
    "党员",
    "干部",
    "师生",
    "同胞",
    "乡亲",
    "人民",
    "青少年",
    "教师",
    "退役军人",
    "纳税人",
    "志愿者",
    // (`广大人民群众、驾驶员`)
    "驾驶员",
    "驾驶人",
    "车主",
    // (`校長先生/女士`, `各位女士、先生`)
    "先生",
    "女士",
];

/// The courtesy that closes a letter after its signer's name (`校长某某谨启`).
pub const SIGN_OFF_WORDS: &[&str] = &["谨启", "敬启", "谨上", "敬上", "谨呈", "敬呈", "拜上"];

/// What a hosted file's name ends with (`…文种式样.docx`): the site's label for the file.
pub const FILE_ENDINGS: &[&str] = &[".docx", ".doc", ".pdf", ".wps", ".ofd", ".txt", ".xlsx", ".xls", ".zip", ".rar"];

/// An image's file name alone on a line (`六环线公告 - -李家集-Model.jpg`) is what a page shows
/// for a picture it failed to load.
pub const IMAGE_FILE_ENDINGS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"];

/// How a phone or a chat app names a picture (`微信图片_20181217123612`).
/// (with their mark: `DSC8000` is an instrument's model)
pub const IMAGE_NAME_PREFIXES: &[&str] = &["微信图片_", "微信截图_", "IMG_", "DSC_", "mmexport"];

/// Lines that are furniture when they are nothing else.
pub const FURNITURE_WORDS: &[(&str, Reason)] = &[
    // a blog's labels under its post (`Tags:`, `View all posts`)
    ("Tags", Reason::RelatedLinks),
    ("View all posts", Reason::PageLink),
    // a QR code's alt text, alone on its line
    ("二维码", Reason::Share),
    ("APP下载", Reason::Share),
    ("App下载", Reason::Share),
    ("你可能会喜欢", Reason::RelatedLinks),
    ("最近更新", Reason::RelatedLinks),
    // a document site's slide viewer, at the end of each page it shows
    ("谢谢观赏", Reason::PageFooter),
    // an online encyclopedia's lists under an entry
    ("相关词条", Reason::RelatedLinks),
    ("热门词条", Reason::RelatedLinks),
    ("相关热门", Reason::RelatedLinks),
    ("分享", Reason::Share),
    // a comment box's buttons and tabs, each alone on its line (a bare `评论` may be a list's
    // heading: an award's category)
    ("发表评论", Reason::Form),
    ("我要评论", Reason::Form),
    ("暂无评论", Reason::Form),
    // an account box's links (`注册新用户` / `修改密码`), alone each on its line
    ("修改密码", Reason::Form),
    ("找回密码", Reason::Form),
    ("注册新用户", Reason::Form),
    // a related-links box with nothing in it
    ("无相关信息", Reason::RelatedLinks),
    ("暂无相关信息", Reason::RelatedLinks),
    ("添加新评论", Reason::Form),
    // a leave-site dialog's button (`繼續訪問`)
    ("继续访问", Reason::Script),
    // a government site's reminder of what it may never post
    ("涉密文件严禁上网", Reason::SiteFooter),
    ("涉密不上网，上网不涉密", Reason::SiteFooter),
    // a pinned item's marker over a feed (`置顶公告:`)
    ("置顶", Reason::Navigation),
    ("置顶公告", Reason::Navigation),
    ("置顶文章", Reason::Navigation),
    // a site's list of its columns, named over the post (`分類清單`)
    ("分类清单", Reason::Navigation),
    ("分类列表", Reason::Navigation),
    // a page's tool box (`页面功能:` over `加入收藏` / `打印本页`)
    ("页面功能", Reason::PageLink),
    // a plug-in's placeholder where a player was (`不支持Flash`)
    ("不支持Flash", Reason::ImagePlaceholder),
    // a script's loading placeholder, left in the text where it never ran
    // a script's dialog: leaving the site (`您即将离开…网站` / `确定 取消`)
    ("确定 取消", Reason::Script),
    ("确定取消", Reason::Script),
    ("Loading", Reason::Script),
    ("Loading...", Reason::Script),
    ("Loading……", Reason::Script),
    ("加载中", Reason::Script),
    ("加载中...", Reason::Script),
    ("加载中……", Reason::Script),
    ("正在加载", Reason::Script),
    ("正在加载...", Reason::Script),
    ("Views:", Reason::Counter),
    ("Views", Reason::Counter),
    ("TOP", Reason::PageLink),
    ("Back to Top", Reason::PageLink),
    // a site builder's anchors at both ends of the page (Wix)
    ("top of page", Reason::PageLink),
    // a blog's byline whose author's name was a link the scrape lost (`• by`)
    ("by", Reason::PageMetadata),
    ("By", Reason::PageMetadata),
    // an outlet's edition over its story (`地区版`)
    ("地区版", Reason::Navigation),
    ("国内版", Reason::Navigation),
    ("国际版", Reason::Navigation),
    ("要闻版", Reason::Navigation),
    ("综合版", Reason::Navigation),
    // a screen reader's skip link, in English
    ("Skip to content", Reason::PageLink),
    ("Skip to main content", Reason::PageLink),
    ("bottom of page", Reason::PageLink),
    ("Back to top", Reason::PageLink),
    ("Top", Reason::PageLink),
    // a Taiwan portal's back-to-top link and its access-key anchors (`:::`)
    ("回到最上", Reason::PageLink),
    ("回到最上方", Reason::PageLink),
    ("回到页首", Reason::PageLink),
    ("回页首", Reason::PageLink),
    (":::", Reason::Navigation),
    // a regulations database's section captions
    ("法规内容", Reason::Navigation),
    ("法规功能按钮区", Reason::Navigation),
    ("法规资讯", Reason::Navigation),
    ("热点关注", Reason::RelatedLinks),
    ("返回", Reason::PageLink),
    ("关闭", Reason::PageLink),
    ("打印", Reason::PageLink),
    ("X", Reason::PageLink),
    // a read-aloud button
    ("朗读", Reason::PageLink),
    ("朗读全文", Reason::PageLink),
    ("语音播报", Reason::PageLink),
    ("×", Reason::PageLink),
    // a forum's buttons (Discuz! and the like)
    ("回复", Reason::Form),
    ("举报", Reason::Form),
    ("使用道具 举报", Reason::Form),
    ("[复制链接]", Reason::PageLink),
    // (a thread's jump box, `跳转到指定楼层`)
    ("跳转到指定楼层", Reason::PageLink),
    ("复制链接", Reason::PageLink),
    ("回复 列表 顶部", Reason::PageLink),
    // a portal's feedback and reading-list links under an article
    ("反馈", Reason::Form),
    // a hosting site's tip jar and report link under the article (`打赏捐赠` / `!我要举报这篇文章`)
    ("打赏", Reason::Share),
    ("打赏捐赠", Reason::Share),
    ("我要举报", Reason::Form),
    ("!我要举报这篇文章", Reason::Form),
    ("我要举报这篇文章", Reason::Form),
    ("最新阅读", Reason::RelatedLinks),
    ("关注更新", Reason::Share),
    // a post's buttons and boxes, one a line
    ("微信分享", Reason::Share),
    ("表情", Reason::Form),
    ("加载更多", Reason::RelatedLinks),
    ("最新资讯", Reason::RelatedLinks),
    ("合集下载", Reason::PageLink),
    ("广告推送", Reason::Advert),
    // an advertisement's marker over it (`以下是广告`, `廣告`), alone on its line
    ("广告", Reason::Advert),
    ("以下是广告", Reason::Advert),
    // a button that sends the page to a phone (`傳到手機看`)
    ("传到手机看", Reason::Share),
    ("广告专区", Reason::Advert),
    // a journal database's boxes under an article's record
    ("著录项", Reason::PageMetadata),
    // an image map's alt text, and a share label set between dashes
    ("map", Reason::ImagePlaceholder),
    ("—分享—", Reason::Share),
    ("相似文献", Reason::RelatedLinks),
    // a blog's edit stamp whose time the scrape lost
    ("最后编辑于", Reason::PageMetadata),
    // a document site's summary box, and a portal's comment box
    ("文档简介", Reason::Navigation),
    ("社群留言", Reason::Form),
    // a dialog's button, a comment box's caption, a close button (`【关闭当前页面】`; `…后关闭当前页面即可
    // 自动保存` is an instruction)
    ("我知道了", Reason::Script),
    // a document-sharing site's lists under the document
    ("相关文档", Reason::RelatedLinks),
    ("最新文档", Reason::RelatedLinks),
    ("热门文档", Reason::RelatedLinks),
    ("关闭当前页面", Reason::PageLink),
    ("关闭当前页", Reason::PageLink),
    ("【关闭当前页面】", Reason::PageLink),
    // a login box's tabs (`登录方式：身份证号+密码登录` is an instruction)
    ("账号+密码登录", Reason::Form),
    ("账号密码登录", Reason::Form),
    ("密码登录", Reason::Form),
    ("验证码登录", Reason::Form),
    ("评论列表", Reason::Form),
    ("本版积分规则", Reason::Form),
    // a trending list's caption, a folded article's link, a tip button and a filing portal's
    // button, each alone on its line
    ("今日热榜", Reason::RelatedLinks),
    ("继续阅读", Reason::PageLink),
    ("赞赏", Reason::Share),
    ("我要申报", Reason::PageLink),
    // a page's tabs and an e-paper's field label alone on their line (`正文内容`, `歷史法規`, `字数`)
    ("正文内容", Reason::Navigation),
    ("历史法规", Reason::Navigation),
    ("歷史法規", Reason::Navigation),
    ("字数", Reason::PageMetadata),
    // a company site's floating help button
    ("联系客服", Reason::PageLink),
    ("在线客服", Reason::PageLink),
    // a group's list of its member sites, a press office's links, a trending list and a
    // topics tab, each alone on its line (`集團網群`, `連結至相關網站`, `热文榜`, `专题`)
    ("集团网群", Reason::Navigation),
    ("网站群", Reason::Navigation),
    ("连结至相关网站", Reason::RelatedLinks),
    ("链接至相关网站", Reason::RelatedLinks),
    ("热文榜", Reason::RelatedLinks),
    ("专题", Reason::Navigation),
];

/// A page's buttons and switchers, any of which may make up a line of buttons (`【字号: 收藏收藏
/// 打印打印`, `[打印] [关闭]`, `字号：大 中 小`), each perhaps written twice (a label and its icon's
/// alt text).
pub const BUTTON_WORDS: &[&str] = &[
    "打印",
    "微信",
    "微博",
    "电脑版",
    "手机版",
    // a site's links to its other version and its staff's login (`员工登录 | 旧版网站`)
    "旧版网站",
    "新版网站",
    "员工登录",
    "加大字体",
    "缩小字体",
    "取消收藏",
    "收藏",
    "举报",
    "关闭",
    "分享",
    "字号",
    "字体",
    "大",
    "中",
    "小",
    "默认",
    "返回",
    "顶部",
    "返回顶部",
    "纠错",
    "打印本页",
    "关闭窗口",
    "加入收藏",
    "复制链接",
    "朗读",
    "放大",
    "缩小",
    "增大",
    "减小",
    "标准",
    "正常",
    "打印页面",
    "关闭页面",
    "我要打印",
    "我要纠错",
    "保存",
    "评论",
    "点赞",
];

/// A forum post's header (`发表于 2021-9-17 01:53:22 | 显示全部楼层 | 阅读模式`): the first is the
/// thread's metadata; one after the text opens a reader's reply.
pub const FORUM_POST_MARKS: &[&str] = &["显示全部楼层", "只看该作者", "阅读模式", "倒序浏览"];

/// How a 题注 ends: the act that made the document (`…会议通过`).
pub const SUBTITLE_ENDINGS: &[&str] = &["通过", "批准", "修正", "修订"];

/// A forum post's floor label alone on its line (the thread's first post; `沙发`, `板凳` for the
/// replies may be a list's items).
pub const FORUM_FLOORS: &[&str] = &["楼主"];

/// The counts of a forum member's profile panel beside a post (`积分：3812`, `帖子：0`), each
/// with a number or nothing after its colon.
pub const MEMBER_STATS: &[&str] = &[
    "主题",
    "积分",
    "帖子",
    "金币",
    "精华",
    "关注",
    "粉丝",
    "威望",
    "贡献",
    "金钱",
    "经验",
    "听众",
    "收听",
    "好友",
    "回帖",
    "发帖",
    "在线时间",
    "阅读权限",
    "UID",
];

/// A forum member's panel has at least this many counts, one to a line.
pub const MEMBER_PANEL_LINES: usize = 3;

/// A forum thread's furniture, as the words that mark it.
pub const FORUM_MARKS: &[(&str, Reason)] = &[
    ("只看楼主", Reason::PageLink),
    ("回复贴", Reason::Counter),
    ("贴子", Reason::Counter),
    // a Discuz board's poster card (`TA的每日心情`, `签到天数: 1 天`, `[LV.1]初来乍到`) and its
    // prompt to sign up (`马上注册，结交更多好友，享用更多功能…`, `您需要 登录 才可以下载或查看`)
    ("的每日心情", Reason::PageMetadata),
    ("签到天数", Reason::PageMetadata),
    ("[LV.", Reason::PageMetadata),
    ("结交更多好友", Reason::Form),
    ("才可以下载或查看", Reason::Form),
];

/// A Discuz board's sign-up prompt in its own words (`马上注册，结交更多曲靖朋友，…`, `马上注册,了解
/// 客家文化,享用更多功能…`): how it opens and what it offers.
pub const SIGN_UP_PROMPT: (&str, &[&str]) = ("马上注册", &["结交更多", "享用更多功能", "玩转"]);

/// Words of reading before a page's reading time (`读完约1分钟`, `阅读时间 5 分钟`).
pub const READING_WORDS: &[&str] = &["读完", "阅读时间", "阅读约需", "阅读需要", "阅读约"];

/// Where a page's share buttons send it (`微博 qq 空间` on a line of their own).
pub const SHARE_TARGETS: &[&str] =
    &["微信", "微博", "新浪微博", "腾讯微博", "qq", "qq空间", "空间", "朋友圈", "豆瓣", "人人网", "贴吧", "百度贴吧", "复制链接"];

/// The names a site's own account posts under (`2020-04-03 本站小编 0`).
pub const SITE_POSTERS: &[&str] = &["本站小编", "小编", "本站", "管理员", "admin", "网站管理员", "本站编辑"];

/// What parts the steps of a breadcrumb trail (`首页 >> 电子银行 >> 电话银行`, `首页 》 协会概况`).
pub const TRAIL_MARKS: &[char] = &['>', '»', '›', '→', '/', '》'];

/// The page a same-kind menu links to for each unit (`中枢街道信息公开 同乐街道信息公开 …`).
pub const LINK_PAGE_WORDS: &[&str] = &["信息公开", "政务公开", "公开目录", "门户网站", "网站", "首页", "主页", "专栏"];

/// What a text-size switcher says before its buttons (`文字 〖大 中 小〗`).
pub const SIZE_SWITCH_LABELS: &[&str] = &["字体大小", "文字大小", "字体", "字号", "文字"];

/// The buttons of a vote on whether a page helped (`该内容对我有帮助 赞一个`).
pub const VOTE_BUTTONS: &[&str] = &["赞一个", "没帮助", "有用", "没用", "顶一下"];

/// A tip box's buttons end in these (`打赏 支付宝打赏 微信打赏`).
pub const TIP_BUTTONS: &[&str] = &["打赏", "赞赏"];

/// The search terms of a hacked site's adult-spam header: the first `EXPLICIT_SPAM_WORDS` are
/// never a document's; a line needs `MIN_SPAM_WORDS` of them in all.
pub const SPAM_WORDS: &[&str] = &["无码", "一区二区", "色婷婷", "麻豆", "精品国产", "国产精品", "少妇", "久久久", "日韩", "欧美", "亚洲", "精品"];
pub const EXPLICIT_SPAM_WORDS: usize = 8;
pub const MIN_SPAM_WORDS: usize = 3;

/// Ends of a line that names a site's social accounts (`番禺区中医院官方微博`).

pub const SOCIAL_ENDINGS: &[&str] = &["官方微博", "官方微信", "微信公众号", "官方抖音", "视频号", "头条号", "客户端"];

/// What a page's notice that it needs scripts says beside `JavaScript` (read in lower case).
pub const SCRIPT_NOTICE_CUES: &[&str] =
    &["does not support", "doesn't support", "enable", "disabled", "turned off", "不支持", "不支援", "启用", "开启", "啟用", "開啟", "禁用"];

/// How a banner for an old browser opens (read in simplified forms).
pub const BROWSER_NOTICE_OPENERS: &[&str] =
    &["请更新您的浏览器", "请升级您的浏览器", "您使用的浏览器", "您的浏览器版本", "您当前使用的浏览器", "为确保最佳浏览效果", "为了获得最佳浏览体验"];

/// Reference and document-sharing sites whose name follows an entry's in a tab's title.
pub const REFERENCE_SITES: &[&str] = &["百度百科", "百度文库", "百度知道", "互动百科", "360百科", "搜狗百科", "维基百科", "道客巴巴", "豆丁网"];

/// Labels that open a line of furniture when little else follows them (`字体：大 中 小`).
pub const FURNITURE_LABELS: &[(&str, Reason)] = &[
    ("字体", Reason::Switcher),
    ("字号", Reason::Switcher),
    ("分享到", Reason::Share),
    ("分享至", Reason::Share),
    ("相关链接", Reason::RelatedLinks),
    ("友情链接", Reason::RelatedLinks),
    ("友情鏈接", Reason::RelatedLinks),
    ("网站链接", Reason::RelatedLinks),
    // (a tab of the hottest items: alone, or over them; `热门话题讨论…` is text)
    ("热门", Reason::RelatedLinks),
    ("相关文章", Reason::RelatedLinks),
    ("相关新闻", Reason::RelatedLinks),
    ("新闻推荐", Reason::RelatedLinks),
    ("往期推荐", Reason::RelatedLinks),
    ("往期回顾", Reason::RelatedLinks),
    ("相关阅读", Reason::RelatedLinks),
    ("相关信息", Reason::RelatedLinks),
    ("相关报道", Reason::RelatedLinks),
    ("热点推荐", Reason::RelatedLinks),
    ("推荐阅读", Reason::RelatedLinks),
    ("推荐好文", Reason::RelatedLinks),
    ("关联导读", Reason::RelatedLinks),
    ("相关导读", Reason::RelatedLinks),
    ("推荐内容", Reason::RelatedLinks),
    ("责任编辑", Reason::PageMetadata),
    ("手机版", Reason::PageLink),
    ("上一篇", Reason::RelatedLinks),
    ("下一篇", Reason::RelatedLinks),
    ("上一条", Reason::RelatedLinks),
    ("下一条", Reason::RelatedLinks),
    ("本文标签", Reason::RelatedLinks),
    ("文章标签", Reason::RelatedLinks),
    // an e-paper's word count under the headline
    ("文章字数", Reason::Counter),
    ("本文字数", Reason::Counter),
];

/// Links to the previous and next article: the label alone on its line, the headline (and its
/// date in brackets) on the lines after it.
pub const PREV_NEXT_LABELS: &[&str] = &["上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页", "上篇", "下篇", "上一期", "下一期", "上一则", "下一则"];

/// The fields of a comment or feedback form: a label and a colon with nothing after it.
pub const FORM_LABELS: &[&str] = &[
    "姓名",
    "联系方式",
    "联系电话",
    "手机号码",
    "手机",
    "电子邮箱",
    "邮箱",
    "内容",
    "留言内容",
    "意见建议",
    "验证码",
    "标题",
    "主题",
    "地址",
    "单位",
    "用户名",
    "密码",
    "帐号",
    "账号",
    "昵称",
    "评论",
];

/// Buttons and prompts of a form.
pub const FORM_WORDS: &[&str] = &[
    "提交",
    "重置",
    "验证码",
    "全部评论",
    "发表评论",
    "我要留言",
    "我要评论",
    "网友评论",
    "看不清",
    "换一张",
    "留言须知",
    "我也说两句",
    "我来说两句",
    "注册",
    "登录",
    // a login box (`用户登录` / `还没有账号?` / `立即注册`)
    "用户登录",
    "会员登录",
    "立即注册",
    "立即登录",
    "免费注册",
    "忘记密码",
    "还没有账号",
];

/// A form's prompt for what to type (`請輸入驗證碼` under a notice's signer): the site's even
/// alone on its line, no other field near it.
pub const FORM_PROMPTS: &[&str] =
    &["请输入验证码", "输入验证码", "请填写验证码", "填写验证码", "请输入您的留言", "请输入留言内容", "请输入评论内容", "请输入您的评论"];

/// What marks a comment box's prompt or tab (`快来抢沙发`, `0条评论`, `最热评论`).
pub const COMMENT_BOX_CUES: &[&str] =
    &["抢沙发", "条评论", "人参与", "最热评论", "最新评论", "精彩评论", "查看所有评论", "我来说两句", "我也说两句", "网友评论", "发表了评论"];

/// A comment box's line is at most this long.
pub const COMMENT_BOX_CHARS: usize = 30;

/// How a site's terms open: the line is footer however long it runs.
pub const STATEMENT_STARTS: &[&str] = &["版权声明：", "版权声明:", "免责声明：", "免责声明:", "版权及免责声明：", "版权及免责声明:"];

/// Words of the line that introduces a feedback form.
pub const FORM_INTRO_WORDS: &[&str] = &["意见或建议", "宝贵的意见", "意见建议", "留言", "评论", "反馈"];

/// Labels of the page's own title, on a line that ends with its address (`本文标题：… 地址：http://…`).
pub const PAGE_TITLE_LABELS: &[&str] = &["本文标题", "文章标题"];

/// What a content site's wrap-up asks of its reader (`如果大家还对相关的内容感兴趣，请持续关注`).
pub const OUTRO_ASKS: &[&str] = &["感兴趣", "持续关注", "希望对", "有所帮助"];

/// Labels of the address of the page itself (`Original URL: http://…`), a line of chrome.
pub const PAGE_ADDRESS_LABELS: &[&str] = &[
    "Original URL",
    "Original Article URL",
    "Article URL",
    "URL",
    "Source URL",
    "原文链接",
    "原文地址",
    "本文链接",
    "本文地址",
    "文章链接",
    "文章地址",
    "网页链接",
];

/// A social account's prompt to follow it: `点击` with one of these (`点击上方蓝字`), or one
/// of the lines, at most [`FOLLOW_PROMPT_CHARS`] long; a short `点击…` line next to one of the
/// lines (`点击“前郭县妇联”` / `关注我哟` / `点击…按钮`) is a piece of it.
pub const FOLLOW_CUES: &[&str] = &["关注", "蓝字"];
pub const FOLLOW_LINES: &[&str] = &["关注我哟", "关注我们", "关注我"];
pub const FOLLOW_PROMPT_CHARS: usize = 16;
/// Where an account to follow lives, at the end of `关注…` (`关注济源网微信`).
pub const FOLLOWED_ACCOUNTS: &[&str] = &["微信", "微信平台", "公众号", "微博", "抖音", "视频号", "头条号"];

/// Labels of a link to a policy's reading guide, `图文解读：《…》` (the label, a colon and a
/// title in book-title marks, nothing else).
pub const READING_GUIDE_LABELS: &[&str] = &["图文解读", "政策解读", "相关解读"];

/// Words a phrase cannot end on before the figure it governs (`…請於 6 月 14 日`, `…辦法第 24
/// 條`, `會議以 7 票贊成`): a figure spaced after one of them goes on the phrase, it does not
/// start a text under a heading.
pub const FIGURE_GOVERNORS: &[char] =
    &['于', '以', '第', '各', '在', '至', '自', '从', '共', '约', '达', '为', '及', '和', '与', '的', '逾', '满', '近', '每', '计', '有'];

/// Prepositions that open a clause (`依據…署 104 年…函辦理`), which the figure after it goes on.
pub const CLAUSE_PREPOSITIONS: &[&str] = &["依据", "根据", "依照", "按照", "遵照", "经"];

/// Labels alone on a line, each over one link to a reading of the policy the page posts
/// (`部门解读：` / `…的通告的政策解读`), under the document.
pub const INTERPRETATION_LABELS: &[&str] = &["部门解读", "媒体视角", "热点解读", "专家解读", "政策解读", "图文解读", "相关解读", "媒体解读", "视频解读"];

/// Words that name a reading of a policy in the link under an interpretation label.
pub const INTERPRETATION_WORDS: &[&str] = &["解读", "问答"];

/// Words by which a sentence defines its terms (`（以下简称《条例》）`): never in a title.
pub const DEFINING_WORDS: &[&str] = &["以下简称", "以下称"];

/// How a page labels the view of one article (`科室动态详细`, `新闻详情`): a line of a section's
/// name and one of these is the page's, never the document's.
pub const DETAIL_VIEW_ENDS: &[&str] = &["详细", "详情", "詳細", "詳情"];

/// A page's tab labels between the title and the text (`项目信息`), right under the title.
pub const TAB_LABELS: &[&str] = &["项目信息", "新闻详情", "文章详情", "信息详情", "内容详情", "详细信息", "文章正文", "新闻正文", "正文"];

/// Labels only an encyclopedia's infobox has (`中文名：`, `法律效力：`): one among the rows
/// under a page's first sentence makes it the infobox's lead.
pub const INFOBOX_LABELS: &[&str] = &["中文名", "外文名", "法律效力", "时效性"];

/// A download link's count after the file's name (`附件【…示意图.jpg】已下载次`).
pub const DOWNLOAD_COUNT_WORDS: &[&str] = &["已下载", "下载次数"];

/// The words a posting row counts its readers with, glued before or after the count (`133阅读`,
/// `阅读133`, `61次`; `metadata.rs`).
pub const READ_COUNT_WORDS: &[&str] = &["次", "阅读", "浏览", "閱讀", "瀏覽"];

/// What follows the number of a counter alone on its line (`166人看过`).
pub const READER_COUNT_WORDS: &[&str] = &["人看过", "人浏览", "人阅读", "人已读", "次浏览", "次阅读", "次查看", "次访问", "次点击"];

/// Units of how long ago a story was posted (`6 小时前`, read in simplified forms).
pub const RELATIVE_TIME_UNITS: &[&str] = &["秒", "分钟", "分", "小时", "个小时", "天", "日", "周", "星期", "个月", "月", "年"];

/// What is left of a counter whose number the scrape lost (`次` under the posting time).
pub const COUNTER_UNITS: &[&str] = &["次", "人次", "次浏览", "次阅读"];

/// Counters: `点击量:次`, `访问量：1632`, `浏览次数:`.
pub const COUNTER_WORDS: &[&str] = &[
    "点击量",
    "访问量",
    "浏览次数",
    "查看次数",
    "阅读量",
    "浏览量",
    "点击数",
    "访问次数",
    "阅读次数",
    "点击率",
    "阅读数",
    "浏览数",
    "点击次数",
    "点击",
    "浏览",
    // (a thread's views, with its colon: `查看: 5435|回复: 0`)
    "查看",
    "热度",
];

/// Words of a byline (`王朝百科·作者佚名  2010-10-06`, `来源：本站 2021-03-02`): with a date on
/// a short line, the page's metadata. (Not 编辑: `《工作简报》编辑部 2022年8月19日` signs a text.)
pub const BYLINE_WORDS: &[&str] = &["作者", "佚名", "来源", "发布者", "发布人"];

/// A photo's caption that names no one (`（资料图片）`): the picture's, not the text's.
pub const PHOTO_CAPTIONS: &[&str] = &["资料图片", "资料图", "配图", "网络配图", "示意图", "图片来自网络", "图片来源网络", "本文插图", "形象图", "网站截图"];

/// Image placeholders a scrape leaves.
pub const IMAGE_PLACEHOLDERS: &[&str] = &["图片", "[图片]", "【图片】", "(图片)", "（图片）", "image", "[image]", "img", "[img]", "视频", "[视频]"];

/// A slideshow's images by the widget's name (`slider image 924`), a number after it or not.
pub const IMAGE_WIDGETS: &[&str] = &["slider image", "slide image", "slideshow image", "banner image", "carousel image"];

/// Site footers: registration numbers, copyright, maintainers.
pub const FOOTER_MARKS: &[&str] = &[
    "icp备",
    "icp证",
    "公网安备",
    "网站标识码",
    "版权所有",
    // (a reposting site's note on another's article: `版权归原作者所有`)
    "版权归原作者",
    // (a link to the site's terms: `网站版权与免责声明`)
    "版权与免责声明",
    "copyright",
    "©",
    // a site's software credit (`Produced By 大汉网络 大汉版通发布系统`)
    "produced by",
    "powered by",
    "developed by",
    "政府网站找错",
    "本站原创",
    // a site's disclaimer: what it publishes is not its view (`本内容不代表本网观点和政治立场`,
    // `网友评论仅供其表达个人看法，并不表明网站立场`)
    "本网观点",
    "本站观点",
    "本网立场",
    "本站立场",
    "网站立场",
    // (`所有评论仅代表网友意见`: the readers' comments are theirs)
    "仅代表网友",
];

/// How an outlet claims its copyright (`版权均属新安晚报所有`), over its ban on reprints.
pub const COPYRIGHT_CLAIMS: &[&str] = &["版权均属", "版权归", "版权属", "版权均归"];
/// How an outlet names itself (`本报记者`).
pub const OUTLET_SELVES: &[&str] = &["本报", "本网", "本站", "本刊", "本台", "本平台", "本公众号"];
/// How an outlet bans reprints.
/// (`未经某某授权，任何…` names the ban before its verb, which a cut page may lose)
pub const REPRINT_WORDS: &[&str] = &["不得转载", "禁止转载", "严禁转载", "不得复制", "授权"];

/// A forum's page-generation line (`GMT+8, 2025-6-29 00:55 , Processed in 0.046660 second(s),
/// 20 queries .`): all the words of one of these, in lower case (a sentence may say `processed
/// in 5 working days`).
pub const PAGE_TIMING_WORDS: &[&[&str]] = &[&["processed in", "second(s)"], &["processed in", "queries"]];

/// Words of a site's footer that a document's sentence may use too (`为…提供技术支持。`,
/// `未经授权，任何单位不得…`, `建议使用公共交通出行`): the footer's only on a line that is no
/// sentence (no stop, no comma), or as a label opening the line (`技术支持：某某公司`).
pub const FOOTER_WORDS: &[&str] = &["技术支持", "网站维护", "建议使用", "分辨率", "未经授权", "网站备案", "备案序列号"];

/// Footer words that a document's own title may hold inside a word (`先进承办单位`): footer
/// words only where they open one (`主办单位 某县…`).
pub const SPONSOR_UNIT_WORDS: &[&str] = &["主办单位", "承办单位"];

/// The roles a site's footer names its sponsors by (`…办公室主办 …中心承办`).
pub const SPONSOR_ROLES: &[&str] = &["主办", "承办", "协办", "维护", "制作"];

/// Words of a site's own contact line under its copyright line.
pub const SITE_CONTACT_WORDS: &[&str] = &["通讯地址", "请与我们联系", "联系我们", "网站联系", "网站邮箱", "网管", "webmaster"];

/// Lines that start a breadcrumb trail.
pub const BREADCRUMB_STARTS: &[&str] =
    &["当前位置", "您的位置", "您现在的位置", "你的位置", "位置：", "您当前的位置", "您当前所在位置", "当前所在位置", "所在位置", "当前页面", "您的当前位置"];

/// Code in a scraped page.
pub const CODE_MARKERS: &[&str] = &[
    "function(",
    "function (",
    "$(",
    "jquery",
    "document.",
    "window.",
    "var ",
    "getelementbyid",
    ".hover(",
    "_hmt",
    "<script",
    "</script",
    "<style",
    "</style",
    "settimeout",
    "addeventlistener",
    ".animate(",
    "=>",
    "//div",
    "return false",
    "console.",
];

/// How a server's error dump starts (PHP, Python, Java, ASP.NET), when the page printed it.
pub const SERVER_ERROR_STARTS: &[&str] = &[
    "Fatal error:",
    "Parse error:",
    "Warning:",
    "Notice:",
    "Deprecated:",
    "Uncaught ",
    "Traceback (most recent call last)",
    "Exception in thread",
    "Server Error in",
    "HTTP Status 500",
];

/// What marks the rest of such a line as the dump and not a sentence in English.
pub const SERVER_ERROR_MARKS: &[&str] = &[".php", "Stack trace", " on line ", "Exception", "File \"", ".java:", "/Application"];

/// Posts a speaker's name follows (`北京市审计局局长 马兰霞`).
pub const POSITION_WORDS: &[&str] = &[
    "局长",
    "主任",
    "书记",
    "市长",
    "县长",
    "区长",
    "省长",
    "部长",
    "厅长",
    "主席",
    "院长",
    "校长",
    "秘书长",
    "委员",
    "董事长",
    "总经理",
    "代表",
    "处长",
    "镇长",
];

/// How a site's own name ends (`茂县人民政府门户网站`): alone on a line, it is the site's.
pub const SITE_NAME_ENDINGS: &[&str] = &["门户网站", "官方网站", "政府网站", "政务网", "法规共用系统", "法规资料库"];

/// What a news headline's subject does (`…一行到访新疆政法学院`, `…会见…`): a line with one of
/// them is an event, not an organisation's name, whatever it ends with.
pub const EVENT_VERBS: &[&str] =
    &["到访", "来访", "会见", "会谈", "调研", "考察", "走访", "慰问", "召开", "举行", "举办", "出席", "参加", "访问", "莅临", "视察"];

/// Verbs of saying that end a headline's speaker before the colon of a quote (`部长强调：…`),
/// which no label ends with.
pub const SPEECH_VERBS: &[&str] = &["强调", "指出", "表示", "认为", "要求", "提出", "称", "说"];

/// A site's headline that reports a document's publication (`吉林省发布最新防控工作通告`,
/// `2022年莱州市发布柞村镇关于…公告`) is the site's, not the document's title.
pub const PUBLISHING_VERBS: &[&str] = &["发布", "發布", "公布"];

/// A QR code's prompt (`扫一扫`, `长按识别二维码`): the account beside it is the code's.
pub const QR_PROMPTS: &[&str] = &["扫一扫", "扫码", "二维码", "長按識別", "长按识别"];

/// Verbs of saying that are nouns too (`二、参赛范围及要求：`, `三、工作要求：`, `一、项目名称：`):
/// said only after a speaker (`会议要求：`, `市长要求：`, `发言人称：`).
pub const SPEECH_NOUNS: &[&str] = &["要求", "称"];

/// Who says something in a report of a meeting (besides a post or an organisation).
pub const SPEAKERS: &[&str] = &["会议", "领导", "同志"];

/// What a site prints in a metadata field it has no value for (`文 号: null`): no value.
pub const EMPTY_FIELD_VALUES: &[&str] = &["null", "NULL", "undefined", "无", "暂无", "-", "--", "—", "/"];

/// Page metadata labels and the field each fills.
pub const META_LABELS: &[(&str, MetaField)] = &[
    // a ministry's table of classes (`机构分类` / `法制司`, `公文类型` / `部令`)
    ("机构分类", MetaField::Ignored),
    ("行业分类", MetaField::Ignored),
    ("公文类型", MetaField::Ignored),
    // a school's posting row (`(通知类型:行政 发布单位:学校办公室 发布时间:… 阅读:5860)`)
    ("通知类型", MetaField::Ignored),
    ("信息类型", MetaField::Ignored),
    // a gazette's issue rows (`年度期数 2019年第5、6期`, `总期刊数 总391期`)
    ("年度期数", MetaField::Ignored),
    ("总期刊数", MetaField::Ignored),
    ("发布时间", MetaField::Date),
    // a content system's record of when the post was made (`创建时间:2011-10-13`)
    ("创建时间", MetaField::Date),
    ("创建日期", MetaField::Date),
    ("发布日期", MetaField::Date),
    ("发布于", MetaField::Date),
    // who posted it (`发布：` / `满城区气象局`), or empty before the row's date (`发布: 发布日期:…`)
    ("发布", MetaField::Source),
    ("发文日期", MetaField::Date),
    ("发文时间", MetaField::Date),
    ("成文日期", MetaField::Date),
    ("印发日期", MetaField::Date),
    ("更新时间", MetaField::Date),
    ("更新日期", MetaField::Date),
    ("更新于", MetaField::Date),
    // (`修改于2022/11/24 13:48 浏览 游戏公告`: a game's notice board)
    ("修改于", MetaField::Date),
    ("更新", MetaField::Date),
    ("编辑日期", MetaField::Date),
    ("生成日期", MetaField::Date),
    ("公开日期", MetaField::Date),
    ("归档时间", MetaField::Ignored),
    ("时间", MetaField::Date),
    ("日期", MetaField::Date),
    ("来源", MetaField::Source),
    ("文件来源", MetaField::Source),
    ("信息来源", MetaField::Source),
    ("文章来源", MetaField::Source),
    ("稿件来源", MetaField::Source),
    ("稿源", MetaField::Source),
    // a repost's credit of where it was excerpted from (`摘自：延边新闻`)
    ("摘自", MetaField::Source),
    // the department that posted it (`出处:国际合作司 编辑:…`)
    ("出处", MetaField::Source),
    ("发布机构", MetaField::Source),
    ("发布单位", MetaField::Source),
    ("发布部门", MetaField::Source),
    ("发文单位", MetaField::Source),
    ("发文部门", MetaField::Source),
    ("发文机关", MetaField::Source),
    ("发文机构", MetaField::Source),
    ("责任部门", MetaField::Source),
    ("发布机关", MetaField::Source),
    ("作者", MetaField::Author),
    // a forum repost's credit of whom it copied (`原文作者:上海海关12360热线`)
    ("原文作者", MetaField::Author),
    ("撰稿", MetaField::Author),
    ("撰稿人", MetaField::Author),
    ("编辑", MetaField::Author),
    ("摄影", MetaField::Author),
    ("发布人", MetaField::Author),
    ("发布者", MetaField::Author),
    // a school board's posting row (`一般公告 / 張貼者 教導主任`, `張貼日期: 2021-09-11 點閱:222`)
    ("张贴者", MetaField::Author),
    ("张贴人", MetaField::Author),
    ("张贴日期", MetaField::Date),
    ("责任编辑", MetaField::Ignored),
    ("发文字号", MetaField::DocNumber),
    ("发文号", MetaField::DocNumber),
    ("发布文号", MetaField::DocNumber),
    ("发文文号", MetaField::DocNumber),
    ("文号", MetaField::DocNumber),
    // (a CMS's `内容文号：沪会协〔2021〕68号` under the title)
    ("内容文号", MetaField::DocNumber),
    // (a Taiwan register's `公告字號：95年12月28日府農森字第…號`)
    ("公告字号", MetaField::DocNumber),
    // a case-law database's fields over a court's ruling (`结案日期:… 案由:… 案号:(2014)榕行终字第379号
    // 经办法院:…`): its 案号 is the ruling's number
    ("案号", MetaField::DocNumber),
    ("案由", MetaField::Ignored),
    ("结案日期", MetaField::Ignored),
    ("经办法院", MetaField::Source),
    // a school's board of notices (`公告日期` / `2017/03/17` / `公告單位` / `文書組` / `公告標題` / …)
    ("公告日期", MetaField::Date),
    ("公告单位", MetaField::Source),
    ("公告标题", MetaField::Title),
    ("公告编号", MetaField::DocNumber),
    ("公告编码", MetaField::DocNumber),
    ("公告类别", MetaField::Ignored),
    ("发文内容", MetaField::Ignored),
    // a law database's or an encyclopedia's details of a statute
    ("生效日期", MetaField::Ignored),
    ("时效性", MetaField::Ignored),
    ("法律效力", MetaField::Ignored),
    ("制定机关", MetaField::Ignored),
    ("公布日期", MetaField::Ignored),
    ("颁布日期", MetaField::Date),
    ("颁布时间", MetaField::Date),
    ("颁布单位", MetaField::Source),
    ("颁发单位", MetaField::Source),
    ("颁发日期", MetaField::Date),
    ("实施日期", MetaField::Ignored),
    ("施行日期", MetaField::Ignored),
    ("实施时间", MetaField::Ignored),
    ("施行时间", MetaField::Ignored),
    ("失效日期", MetaField::Ignored),
    ("失效时间", MetaField::Ignored),
    ("生效时间", MetaField::Ignored),
    ("废止时间", MetaField::Ignored),
    // a provincial portal's register rows name whom to ask about the policy
    ("政策咨询机关", MetaField::Ignored),
    ("政策咨询电话", MetaField::Ignored),
    // a law site's classification rows (`法规类型: 青海`, `所属行业: 所有行业`)
    ("法规类型", MetaField::Ignored),
    ("所属行业", MetaField::Ignored),
    ("所属区域", MetaField::Ignored),
    ("废止日期", MetaField::Ignored),
    ("失效/废止日期", MetaField::Ignored),
    ("状态", MetaField::Ignored),
    ("效力状态", MetaField::Ignored),
    ("文件类型", MetaField::Ignored),
    ("备注", MetaField::Ignored),
    ("中文名", MetaField::Title),
    // a standards database's details of a standard
    ("中文名称", MetaField::Title),
    ("标准名称", MetaField::Title),
    ("标准号", MetaField::DocNumber),
    ("标准编号", MetaField::DocNumber),
    ("英文名称", MetaField::Ignored),
    ("标准类别", MetaField::Ignored),
    ("标准状态", MetaField::Ignored),
    ("出版语种", MetaField::Ignored),
    ("下载格式", MetaField::Ignored),
    ("相关标签", MetaField::Ignored),
    // a document-sharing site's file details
    ("文档编号", MetaField::Ignored),
    ("上传时间", MetaField::Ignored),
    ("页数", MetaField::Ignored),
    // a listed company's `证券代码：… 证券简称：… 编号：临2023-057`
    ("编号", MetaField::DocNumber),
    ("索引号", MetaField::Ignored),
    ("主题分类", MetaField::Ignored),
    // (a policy library's row: `政策級別:市級`, `政策主題:監督管理`)
    ("政策级别", MetaField::Ignored),
    ("政策主题", MetaField::Ignored),
    ("所属主题", MetaField::Ignored),
    // the site's column the post sits in (`栏目:台山县华侨志   作者:… 发布时间:…`)
    ("栏目", MetaField::Ignored),
    ("所属栏目", MetaField::Ignored),
    ("主题词", MetaField::Ignored),
    ("关键词", MetaField::Ignored),
    ("关键字", MetaField::Ignored),
    ("公文种类", MetaField::Ignored),
    ("体裁分类", MetaField::Ignored),
    ("组配分类", MetaField::Ignored),
    ("有效性", MetaField::Ignored),
    // (a ministry's register: `名 称: …的通知 时间有效性:`)
    ("时间有效性", MetaField::Ignored),
    // a Taiwan 函's header: its addressee (`受文者:本部國教署學安組`), and fields that folio
    // prints no field for (`速別:最速件`)
    ("受文者", MetaField::Addressee),
    ("速别", MetaField::Ignored),
    ("密等及解密条件或保密期限", MetaField::Ignored),
    ("密等", MetaField::Ignored),
    // (`文号 靖政发〔2018〕53号 时效 有效`: a portal's row, the label alone)
    ("时效", MetaField::Ignored),
    ("是否有效", MetaField::Ignored),
    ("所属类别", MetaField::Ignored),
    ("效力级别", MetaField::Ignored),
    ("有效级别", MetaField::Ignored),
    ("公开方式", MetaField::Ignored),
    ("公开时限", MetaField::Ignored),
    ("公开范围", MetaField::Ignored),
    ("公开目录", MetaField::Ignored),
    ("公开形式", MetaField::Ignored),
    ("公开责任部门", MetaField::Ignored),
    // a provincial register of normative documents (`統一登記號:` left empty, `登記日期:`)
    ("统一登记号", MetaField::Ignored),
    ("登记日期", MetaField::Ignored),
    ("信息时效期", MetaField::Ignored),
    ("内容概述", MetaField::Ignored),
    ("文件名称", MetaField::Title),
    ("信息分类", MetaField::Ignored),
    ("文件编号", MetaField::DocNumber),
    ("文件号", MetaField::DocNumber),
    ("证券代码", MetaField::Ignored),
    ("证券简称", MetaField::Ignored),
    ("股票代码", MetaField::Ignored),
    ("股票简称", MetaField::Ignored),
    ("债券代码", MetaField::Ignored),
    ("债券简称", MetaField::Ignored),
    ("所属机构", MetaField::Ignored),
    ("关联稿件", MetaField::Related),
    ("相关稿件", MetaField::Related),
    ("标题", MetaField::Title),
    ("信息名称", MetaField::Title),
    ("名称", MetaField::Title),
    // a Taiwan regulations database's fields (`法規名稱:` over `公發布日:`, `發文字號:…令`)
    ("法规名称", MetaField::Title),
    ("公发布日", MetaField::Ignored),
    ("法规体系", MetaField::Ignored),
    ("立法理由", MetaField::Ignored),
    ("修正日期", MetaField::Ignored),
    ("点击量", MetaField::Counter),
    ("阅读人次", MetaField::Counter),
    ("评论人次", MetaField::Counter),
    ("访问量", MetaField::Counter),
    ("浏览次数", MetaField::Counter),
    ("查看次数", MetaField::Counter),
    ("阅读量", MetaField::Counter),
    ("浏览量", MetaField::Counter),
    ("点击数", MetaField::Counter),
    ("点击次数", MetaField::Counter),
    ("阅读次数", MetaField::Counter),
    ("访问次数", MetaField::Counter),
    ("阅读数", MetaField::Counter),
    ("浏览数", MetaField::Counter),
    ("点击", MetaField::Counter),
    ("点阅", MetaField::Counter),
    ("点阅数", MetaField::Counter),
    ("点阅次数", MetaField::Counter),
    // (a portal's popularity, `热度:` with its number lost)
    ("热度", MetaField::Counter),
    ("浏览", MetaField::Counter),
    ("阅读", MetaField::Counter),
    ("字号", MetaField::Furniture),
    ("选择字号", MetaField::Furniture),
    ("字体", MetaField::Furniture),
    ("文字大小", MetaField::Furniture),
    ("背景色", MetaField::Furniture),
    ("分享到", MetaField::Furniture),
];

/// Contact labels and the field each fills.
pub const CONTACT_LABELS: &[(&str, ContactField)] = &[
    ("联系电话", ContactField::Phone),
    ("电话", ContactField::Phone),
    ("咨询电话", ContactField::Phone),
    ("服务热线", ContactField::Phone),
    ("热线", ContactField::Phone),
    ("传真", ContactField::Fax),
    ("电子邮箱", ContactField::Email),
    ("电子信箱", ContactField::Email),
    ("邮箱", ContactField::Email),
    ("E-mail", ContactField::Email),
    ("Email", ContactField::Email),
    ("email", ContactField::Email),
    ("地址", ContactField::Address),
    ("通讯地址", ContactField::Address),
    ("通信地址", ContactField::Address),
    ("联系地址", ContactField::Address),
    ("邮编", ContactField::Postcode),
    ("邮政编码", ContactField::Postcode),
    ("联系人", ContactField::Person),
    ("网址", ContactField::Website),
    ("联系单位", ContactField::Organization),
];

/// Words the title of an official document ends with (its kind).
pub const KIND_WORDS: &[&str] = &[
    "通知",
    "决定",
    "意见",
    "通报",
    "决议",
    "办法",
    "报告",
    "公告",
    "通告",
    "批复",
    "复函",
    "答复",
    "回复",
    "函",
    "纪要",
    // a meeting's record (`…第23届第2次会员大会纪录`, `…会议记录`)
    "会记录",
    "会纪录",
    "方案",
    "规定",
    "细则",
    "公报",
    "条例",
    "规划",
    // a plan's outline (`…第十四个五年规划和2035年远景目标纲要`)
    "纲要",
    "意见书",
    // an office's decision on one case (`行政许可决定书`, `行政处罚决定书`)
    "决定书",
    "命令",
    // an order that is a notice of its own (`森林高火险期禁火令`), not an organ's order mark
    "禁火令",
    "禁烧令",
    "禁渔令",
    "禁牧令",
    "封山令",
    "戒严令",
    "禁令",
    "动员令",
    "嘉奖令",
    "通缉令",
    "议案",
    "请示",
    "简报",
    "讲话",
    "倡议书",
    // a supervising office's notice on one case (`…事故查处督办通知书`)
    "通知书",
    "告知书",
    "承诺书",
    // a letter to the people it addresses (`告家长书`, `致全体居民书`)
    "家长书",
    "居民书",
    "市民书",
    "村民书",
    // a weather service's or a regulator's warning (`重大气象提醒`), not a tip's heading
    "气象提醒",
    "风险提醒",
    "一封信",
    "公开信",
    // a joint declaration of bodies (`馬來西亞全國華團聯合宣言`)
    "宣言",
    "感谢信",
    "感谢辞",
    "感谢词",
    "实施方案",
    "工作要点",
    "规则",
    "章程",
    "守则",
    "制度",
    "指南",
    "要点",
    "计划",
    "总结",
    "声明",
    "启事",
    "须知",
    // a recruitment's or an enrolment's prospectus (`…公开招聘工作人员简章`, `招生简章`)
    "简章",
    // an office's list of its duties (`医院办公室职责`, `岗位职责`)
    "职责",
    "说明",
    "法",
    "条例",
    "规程",
    // a body's rules of procedure (`…常务委员会会议工作程序`, `议事程序`)
    "程序",
    // the steps an office sets (`…撤稿规范及流程`, `办事流程`)
    "流程",
    "标准",
    "预案",
    "公示",
    "公约",
    "民约",
    "准则",
    // a list an office publishes as a document (`…轻微违法行为不予处罚清单`, `权责清单`)
    "清单",
];

/// Verbs by which an organ passes on another's document (`转发省农业厅关于…的通知`).
pub const FORWARDING_VERBS: &[&str] = &["转发", "批转"];

/// Name endings of companies, whose name over an announcement's title is part of it.
pub const COMPANY_ENDINGS: &[&str] = &["公司", "集团", "集團"];

/// Name endings of organisations (issuers, signatures).
pub const ORG_ENDINGS: &[&str] = &[
    "公司",
    "局",
    "委员会",
    "管委会",
    "政府",
    "中心",
    "办公室",
    "办公厅",
    "院",
    "所",
    "厅",
    "部",
    "处",
    "科",
    "站",
    "协会",
    "学会",
    // (a school's parent-teacher association, `宣道中學家長教師會`)
    "教师会",
    "集团",
    "大学",
    "学校",
    "医院",
    "银行",
    // a bank's branches (`中国建设银行股份有限公司厦门市分行`)
    "分行",
    "支行",
    "委",
    "署",
    "队",
    "馆",
    "社",
    "主席团",
    "常委会",
    "督查室",
    "军委",
    "人民代表大会",
    "党委",
    "党组",
    "支部",
    "总支",
    // residents' and villagers' committees named short
    "居委会",
    "村委会",
    "协会",
    "学会",
    "商会",
    "理事会",
    "联合会",
    "董事会",
    "监事会",
    "工会",
    // people's organisations by their short names (`高郵市文聯`, `县妇联`, `市科协`)
    "文联",
    "妇联",
    "残联",
    "侨联",
    "科协",
    "工商联",
    "基金会",
    "研究会",
    "促进会",
    "联谊会",
    "总会",
    // schools named short (`附属卫校`, `市委党校`)
    "卫校",
    "党校",
    "技校",
    "职校",
    "分校",
    // (a school's Youth League committee, `泉州市奕聪中学团委会`)
    "团委会",
    // (alumni, clans, farmers', fishers' and trades' associations: `國立成功大學化學系系友會`,
    // `臺中市水管工程工業同業公會`)
    "校友会",
    "系友会",
    "同乡会",
    "宗亲会",
    "妇女会",
    "农会",
    "渔会",
    "公会",
    // a society's branch (`中华医学会麻醉学分会`)
    "分会",
    "代表大会",
    "中学",
    "小学",
    "学院",
    "幼儿园",
    "研究院",
    "财务室",
    "学部",
    // task forces and working groups (`…《政府工作报告》起草组`, `…领导小组`)
    "小组",
    // (a county's `…均衡发展工作领导组`)
    "领导组",
    "工作组",
    "起草组",
    "专家组",
    "督导组",
    "巡察组",
    "指挥部",
    "工作专班",
    // offices named short (`园洲镇应急管理办`, `杭州市文明办`)
    "管理办",
    "应急办",
    "文明办",
    "创建办",
    "扶贫办",
    "综治办",
    "防控办",
    "防汛办",
    "防火办",
    "侨办",
    "台办",
    "法制办",
    // homes for the elderly (`…金岁山庄老年公寓`)
    "老年公寓",
    // works and plants (`习水发电厂`, `某某水泥厂`)
    "厂",
    // a school's board (`星星中文学校校委会`)
    "校委会",
    // a platform's or a game's team that signs its notices (`《新倚天外传》运营团队`)
    "团队",
    // stores that sign their staff's notices (`云洲商廈`)
    "商厦",
    "商场",
];

/// Words of a bulletin's name.
/// What a site's column of documents is named for (`省人大颁布的地方法规`, `规范性文件`): such a
/// line does not begin a wrapped title.
pub const COLUMN_NOUNS: &[&str] = &["法规", "规章", "文件", "政策", "资讯", "动态"];

/// How the name of a periodical a page was printed in ends (`大同市人民政府公报`, `…政报`). Not
/// a bulletin's (`工作简报  第5期` is the masthead of the document itself).
pub const PERIODICAL_ENDINGS: &[&str] = &["公报", "政报", "学报", "年鉴"];

pub const BULLETIN_WORDS: &[&str] = &["简报", "督查", "通讯", "快报", "动态", "专报", "情况反映", "工作通报", "信息", "政府公报"];

/// Lines of the end block and their labels (`抄：` alone last, after the labels it begins).
pub const COPIES_TO_LABELS: &[&str] = &["抄送", "抄报", "分送", "副本", "抄"];

/// The lists of a bulletin's 报尾 (`报：…`, `送：…`, `发：…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulletinList {
    ReportTo,
    SendTo,
    DistributeTo,
}

pub const BULLETIN_LIST_LABELS: &[(&str, BulletinList)] = &[("报", BulletinList::ReportTo), ("送", BulletinList::SendTo), ("发", BulletinList::DistributeTo)];

/// Labels of the organ that signs a reply to a deputy's proposal (`承办部门：石文镇人民政府`): the
/// row is the signature, the label left out.
pub const SIGNER_LABELS: &[&str] = &["承办部门", "承办单位", "办理单位", "答复单位"];

/// Labels of the person in charge under such a signature (`承办负责人：王志秋`), a row the date
/// may follow.
pub const SIGNER_PERSON_LABELS: &[&str] = &["承办负责人", "办理负责人", "签发领导", "领导签发", "分管领导"];

/// Titles a signer's name follows: `总理　李克强`.
pub const SIGNER_TITLES: &[&str] = &[
    "总理",
    "副总理",
    "主席",
    "副主席",
    "委员长",
    "主任",
    "局长",
    "厅长",
    "市长",
    "省长",
    "县长",
    "区长",
    "镇长",
    "乡长",
    "书记",
    "部长",
    "院长",
    "校长",
    "董事长",
    "总经理",
    "会长",
    "理事长",
    "秘书长",
    "副秘书长",
    "署长",
    "行长",
    "社长",
    "司令员",
    "政委",
    "行政长官",
];

/// The formula between a Macau order's date and its signer (`二零一六年九月二日。` / `命令公佈。` /
/// `行政長官 崔世安`), in simplified forms.
pub const PROMULGATION_FORMULAS: &[&str] = &["命令公布。", "着令公布。", "命令公布", "着令公布"];

/// Labels of the lines that end a news article: what follows them is the site's.
pub const ARTICLE_END_LABELS: &[&str] =
    &["责任编辑", "编辑", "审核", "审核人", "审稿", "审稿人", "校对", "终审", "责编", "值班编辑", "纠错", "一审", "二审", "三审", "初审", "复审"];

/// A reporter's title in a story's credit (`潇湘晨报记者周凌如`), longest first.
pub const REPORTER_TITLES: &[&str] = &["见习记者", "特约记者", "通讯员", "记者"];

/// How the name of a paper, a station or a news site ends (`潇湘晨报`, `红网`, `新华社`).
pub const MEDIA_ENDINGS: &[&str] = &["报", "网", "社", "台", "新闻", "客户端", "融媒体中心"];

/// More ways an outlet's name ends (`众安头条`, `…发布`).
/// (`日报`, `晚报` end as `MEDIA_ENDINGS`' 报 does)
pub const OUTLET_ENDINGS: &[&str] = &["头条", "发布", "公众号", "资讯", "在线"];

/// An outlet named over or before its story is at most this long (`应城网 2012-12-2`,
/// `房县新闻网讯 …`).
pub const MAX_STORY_OUTLET_CHARS: usize = 8;

/// How a newspaper's or a site's own story opens (`本报讯 为有效落实…`, `本报讯（记者 周小烨）`):
/// a news item, whose writer's name may close it on a line of its own.
pub const NEWS_LEADS: &[&str] = &["本报讯", "本网讯", "本台讯", "本刊讯", "本站讯"];

/// A post's keyword tags under the document (`关键字: 内容标签:疫情,冠状,公告`).
pub const TAG_LABELS: &[&str] = &["关键字", "关键词", "内容标签", "标签", "Tags", "TAG"];

/// An article's editors, credited under it (`编辑｜张三`).
/// (not 审核 or 初审: a table's steps of review, `审核 | 乡镇人民政府`)
pub const EDITOR_LABELS: &[&str] = &["编辑", "责任编辑", "责编"];

/// Labels of an article's credits over the line that ends it (`来源 县城管局` over `编辑 …`).
pub const CREDIT_LABELS: &[&str] = &["来源", "出处", "作者", "文字", "文", "图片", "图", "摄影", "供稿", "出品", "排版", "监制", "策划", "视频"];

/// Notes under the date (附注), in parentheses.
pub const NOTE_WORDS: &[&str] = &["此件", "本件", "删减", "公开发布", "主动公开", "不予公开", "依申请公开", "有删节"];

/// A document's publication mark printed alone (`主动公开` over its number, `（此件公开发布）`
/// under its date): the 附注.
pub const DISCLOSURE_MARKS: &[&str] = &["主动公开", "依申请公开", "不予公开", "免予公开", "此件公开发布", "此件主动公开", "此件依申请公开", "此件不予公开"];

/// An editor's line before the document itself: `以下为全文`.
pub const EDITORIAL_PHRASES: &[&str] = &["以下为全文", "全文如下", "原文如下", "以下是全文", "附全文"];

/// A title is at most this many characters.
pub const MAX_TITLE_CHARS: usize = 90;
/// A line of running text (prose) is at least this long when it has no sentence end.
pub const PROSE_CHARS: usize = 80;
/// Short lines (menus, labels) have at most this many characters.
pub const SHORT_LINE: usize = 40;
/// A line of chrome phrases has at most this many characters.
pub const FURNITURE_LINE: usize = 40;
/// A metadata line has at most this many characters.
pub const META_LINE: usize = 200;
/// The addressee line has at most this many characters.
pub const MAX_ADDRESSEE_CHARS: usize = 100;
/// A list of bodies addressed (at least `LONG_ADDRESSEE_ITEMS` names) may run to this many.
pub const MAX_LISTED_ADDRESSEE_CHARS: usize = 300;
/// A long addressee list names at least this many bodies.
pub const LONG_ADDRESSEE_ITEMS: usize = 5;
/// The kinds of body an addressee list names without naming one (`各有关单位`, `市直各部门`).
pub const ADDRESSEE_KINDS: &[&str] = &["单位", "部门", "机构", "企业", "学校", "组织", "农场", "林场", "牧场", "渔场", "船舶", "船只"];
/// Levels of government an addressee names alone before the name they share (`各县、区人民政府`).
pub const PLACE_LEVELS: &[&str] = &[
    "省",
    "市",
    "县",
    "区",
    "乡",
    "镇",
    "旗",
    "州",
    "盟",
    "县市",
    "县区",
    "市区",
    "县市区",
    "乡镇",
    "街道",
    "自治区",
    "直辖市",
    "自治州",
    "自治县",
    "计划单列市",
];
/// A signature has at most this many characters.
pub const MAX_SIGNATURE_CHARS: usize = 40;
/// A line indented by at least this many half-width spaces is pushed to the right, as a page
/// typed with spaces sets a signature.
pub const SIGNATURE_INDENT: usize = 20;
/// A heading line has at most this many characters (longer numbered lines are paragraphs).
pub const MAX_HEADING_CHARS: usize = 40;

/// A numbered line that ends no sentence and has text under it heads that text up to this
/// length (a 纪要's `一、会议审议了《…》《…》`).
pub const LONG_HEADING_CHARS: usize = 80;
/// A run-in heading's lead phrase has at most this many characters.
pub const MAX_RUN_IN_CHARS: usize = 24;
/// Two lines this short, a blank line apart and neither ending a sentence, are items of a list
/// (names one a line), not a paragraph wrapped.
pub const LIST_ITEM_CHARS: usize = 16;
/// A page footer after the site footer: its lines have at most this many characters.
pub const FOOTER_FRAGMENT: usize = 40;

/// Kinds whose salutation addresses hearers rather than names a 主送 (a letter's or a
/// 倡议书's salutation is its addressee).
pub const SPEECH_KINDS: &[&str] = &["讲话", "发言", "致辞"];

/// Whom a reply to proposals answers: the deputies or members who made them (`蔡亦海等代表：`).
pub const PROPOSERS: &[&str] = &["代表", "委员"];

/// Words of a reply's first sentence (`…提出的《…的提案》已收悉`).
pub const REPLY_OPENINGS: &[&str] = &["收悉", "提出的", "提出关于"];

/// The longest line of the text a tag cloud's words leave under them (see `head::tag_run`).
pub const TAG_TEXT_CHARS: usize = 6;
/// The most tags a page sets one a line under its title (`學校` / `農村` / `教師`).
pub const MAX_TAGS: usize = 5;
/// Metadata rows under a page's first sentence that make it the lead of an infobox, not the
/// start of the text.
pub const INFOBOX_ROWS: usize = 3;

/// Headings a site sets over its metadata block (`基本信息` over `标准号：…`), alone on a line
/// right above it.
pub const METADATA_HEADINGS: &[&str] = &["基本信息", "文件信息", "信息属性", "文章信息"];

/// A field of a memo's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoField {
    /// Whom it goes to: the addressee.
    To,
    /// Who sends it: the signer.
    From,
    Date,
}

/// Labels of a memo's header lines (`致 :全體會員`, `由：秘書長…`, `日期：…`).
pub const MEMO_LABELS: &[(&str, MemoField)] = &[("致", MemoField::To), ("由", MemoField::From), ("日期", MemoField::Date)];

/// Where the seal goes, printed after a signature (`翠岭社区居民委员会 (公章)`).
pub const SEAL_MARKS: &[&str] = &["(公章)", "（公章）", "(盖章)", "（盖章）", "(印章)", "（印章）", "(章)", "（章）", "(签章)", "（签章）"];

/// Kinds of notice that stand by themselves under their matter, over the text (`施工公告`).
pub const NOTICE_KINDS: &[&str] = &["公告", "通告", "通知", "公示", "通报"];

/// Kinds of a body's standing rules, whose short name (`会议制度`, `财务制度`, `议事规则`) titles
/// a statute-like page over its first numbered part.
pub const STATUTE_KINDS: &[&str] = &["制度", "章程", "规则", "办法", "细则", "守则", "规定", "程序", "须知"];

/// What a site's column says before a kind (`最新公告`, `网站通知`): no matter of a notice.
pub const COLUMN_MATTERS: &[&str] =
    &["最新", "网站", "系统", "政务", "信息", "工作", "其他", "其它", "近期", "部门", "单位", "新闻", "综合", "相关", "更多", "本站", "热点", "今日"];
