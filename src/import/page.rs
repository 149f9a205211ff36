//! The page model the passes work on: the logical lines of the input with their origin, what a
//! reader sees of each, and the class each pass gives it.

use std::collections::BTreeMap;

use crate::model::{Meta, Span};

/// Why a line was removed as page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Navigation,
    Breadcrumb,
    PageLink,
    Switcher,
    Share,
    Counter,
    Script,
    /// A server's error dump printed into the page (`Fatal error: Uncaught … Stack trace: #0 …`).
    ServerError,
    Css,
    Html,
    ImagePlaceholder,
    Link,
    SiteFooter,
    PageFooter,
    Form,
    RelatedLinks,
    DuplicateTitle,
    PageMetadata,
    Separator,
    EmptyAttachmentList,
    EnglishLabel,
    Editorial,
    Sidebar,
    PageNumber,
    /// A forum's anti-copy jammer: random ASCII pairs hidden in the page (`& g/ ^: T/ n2 _+`).
    Jammer,
    /// A site's watermark, the same tag after nearly every paragraph (`LzV中文字网`).
    Watermark,
    /// The running head of a printed periodical's page: `3/2021  大同市人民政府公报  ·…文件·`.
    RunningHead,
    /// A model-text site's collection title and its `篇1:` / `第一篇` markers.
    Collection,
    /// A second document (or an unrelated article) after the first one's end.
    AnotherDocument,
    /// A reader's reply under a forum post.
    Reply,
    /// A forum member's profile panel beside a post: `积分：3812`, `帖子：0`, `粉丝：`.
    MemberPanel,
    /// A page's headline over the lead of a document it reposts (the document has its own title).
    Headline,
    /// The poster's or reporter's lead before the head of the document a page reposts.
    Lead,
    /// A site's own advertisement: follow our account, join our groups, advertise with us.
    Advert,
    /// A spam site's chain of search keywords (`…一区二区三区-国内…-亚洲…`).
    SpamKeywords,
    /// A short line left alone among the page's chrome after its text (`热度`, `北京日报 李祺瑶`):
    /// a widget's label or a byline.
    Stranded,
    /// Emoji a page decorates its lines with (`📣`, `📍`): pictures, not characters of the
    /// document, and no embedded face draws them.
    Emoji,
    /// A site's notice that it keeps cookies or asks the reader to accept its privacy terms.
    Consent,
    /// A site's banner: the organ's name and its English name on one line, over the page.
    SiteBanner,
    /// The issuer's English name under its Chinese one in a letterhead, which the red header
    /// does not print.
    LetterheadName,
}

impl Reason {
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Breadcrumb => "breadcrumb",
            Reason::PageLink => "page link",
            Reason::Switcher => "font or colour switcher",
            Reason::Share => "share or QR prompt",
            Reason::Counter => "visitor counter",
            Reason::Script => "script",
            Reason::ServerError => "server error message",
            Reason::Css => "CSS",
            Reason::Html => "HTML",
            Reason::ImagePlaceholder => "image placeholder",
            Reason::Emoji => "emoji",
            Reason::Link => "link",
            Reason::SiteFooter => "site footer",
            Reason::SiteBanner => "the site's banner",
            Reason::PageFooter => "page footer",
            Reason::Form => "comment or feedback form",
            Reason::RelatedLinks => "related links",
            Reason::DuplicateTitle => "duplicated title",
            Reason::PageMetadata => "page metadata",
            Reason::Separator => "separator",
            Reason::EmptyAttachmentList => "empty attachment list",
            Reason::EnglishLabel => "English section label",
            Reason::Editorial => "editor's line",
            Reason::Advert => "site's advertisement",
            Reason::SpamKeywords => "spam keywords",
            Reason::Sidebar => "site sidebar text above the title",
            Reason::PageNumber => "page number or blank-page note of the original print",
            Reason::Jammer => "a forum's anti-copy jammer",
            Reason::Watermark => "a site's watermark repeated after the paragraphs",
            Reason::RunningHead => "running head of the original print",
            Reason::Collection => "collection title or piece marker of a model-text site",
            Reason::AnotherDocument => "another document on the same page",
            Reason::Reply => "a reader's reply",
            Reason::MemberPanel => "a forum member's profile panel",
            Reason::Headline => "the page's headline over the document it reposts",
            Reason::Lead => "the page's lead before the document it reposts",
            Reason::Stranded => "stray line among the chrome",
            Reason::Consent => "cookie or privacy consent notice",
            Reason::LetterheadName => "the issuer's English name in its letterhead",
        }
    }
}

/// The front-matter field a line was moved into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Subtitle,
    DocNumber,
    /// 签发人, the head's field of who signed a document sent up.
    Signers,
    Issuer,
    Addressee,
    Signature,
    Date,
    Note,
    Attachments,
    CopiesTo,
    Printer,
    PrintDate,
    Copies,
    Contact,
    Bulletin,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Subtitle => "subtitle",
            Field::DocNumber => "doc_number",
            Field::Signers => "signers",
            Field::Issuer => "issuer",
            Field::Addressee => "addressee",
            Field::Signature => "signature",
            Field::Date => "date",
            Field::Note => "note",
            Field::Attachments => "attachments",
            Field::CopiesTo => "copies_to",
            Field::Printer => "printer",
            Field::PrintDate => "print_date",
            Field::Copies => "bulletin.copies",
            Field::Contact => "contact",
            Field::Bulletin => "bulletin",
        }
    }
}

/// Fields of page metadata lines (`发布时间：`, `来源：`, a metadata table's cells).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    Date,
    Source,
    Author,
    DocNumber,
    Title,
    /// The document's own addressee, as a Taiwan 函's header gives it (`受文者：…`).
    Addressee,
    Related,
    Counter,
    Furniture,
    /// Known labels whose value folio has no field for (索引号, 主题分类…).
    Ignored,
}

impl MetaField {
    /// Does a line of this field place itself among the page's metadata (more than a counter
    /// or a font switch)?
    pub fn anchors(self) -> bool {
        !matches!(self, MetaField::Counter | MetaField::Furniture)
    }
}

/// Contact fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ContactField {
    Organization,
    Person,
    Phone,
    Fax,
    Address,
    Postcode,
    Email,
    Website,
}

/// What a line is, as the passes decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Blank,
    /// Running text, headings, anything of the body.
    Text,
    /// Page chrome, removed.
    Residue(Reason),
    /// Moved into a front-matter field.
    Moved(Field),
}

/// What a reader sees of a line: Markdown links reduced to their text, images dropped, `**`
/// markers and escapes removed, list and heading markers trimmed.
#[derive(Debug, Default, Clone)]
pub struct Visible {
    pub text: String,
    pub images: usize,
    /// (text, target) of each link.
    pub links: Vec<(String, String)>,
    /// Nothing but links, images and separators.
    pub only_links: bool,
}

/// One logical line of the input.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line as written (a piece of an input line that joined several paragraphs).
    pub raw: String,
    /// Its 1-based line in the input.
    pub origin: usize,
    /// Its bytes in the input.
    pub span: Span,
    pub vis: Visible,
    /// What a reader sees, with full-width punctuation restored.
    pub text: String,
    /// Leading indent in half-width characters (an ideographic space counts 2).
    pub indent: usize,
    /// Ends with a Markdown hard break (two spaces or a backslash).
    pub hard_break: bool,
    /// The emoji taken out of `text` (reported as removed).
    pub emoji: String,
    pub class: Class,
}

impl Line {
    pub fn is_text(&self) -> bool {
        self.class == Class::Text
    }
    /// A blank line, or a forum's jammer between lines of text.
    pub fn shows_nothing(&self) -> bool {
        matches!(self.class, Class::Blank | Class::Residue(Reason::Jammer | Reason::Watermark))
    }
    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }
}

/// The page being imported: its lines, the front matter found so far, and what the passes
/// want to tell the user.
#[derive(Debug, Default)]
pub struct Page {
    pub lines: Vec<Line>,
    /// The text is Markdown (html2text output, a Markdown file saved as .txt).
    pub markdownish: bool,
    pub meta: Meta,
    /// Where each front-matter field was found.
    pub spans: BTreeMap<String, Span>,
    pub contact: BTreeMap<ContactField, String>,
    /// The page metadata's source and author (for `source:`), and the title a metadata table
    /// gives.
    pub source: Option<String>,
    pub author: Option<String>,
    pub meta_title: Option<String>,
    /// Lines of page metadata that place themselves in the header (not counters alone).
    pub anchors: Vec<usize>,
    /// Guesses the user should check: (line index, message).
    pub guesses: Vec<(usize, String)>,
    /// The line where the text stops mid-sentence, the page most likely cut: no heading,
    /// whatever its number.
    pub cut: Option<usize>,
    /// A site's watermark repeated after the page's paragraphs (`LzV中文字网`), split off each.
    pub watermark: Option<String>,
}

impl Page {
    /// Indices of the lines of the body (class Text).
    pub fn text_lines(&self) -> Vec<usize> {
        (0..self.lines.len()).filter(|&i| self.lines[i].is_text()).collect()
    }

    /// The next non-blank line after `i`. (A forum's jammer, noise the page wove between the
    /// lines of its text, shows nothing: it is passed over as a blank line is.)
    pub fn next_nonblank(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| !self.lines[j].shows_nothing())
    }

    /// The next line of text after `i`.
    pub fn next_nonblank_text(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| self.lines[j].is_text())
    }

    /// The previous non-blank line before `i`.
    pub fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.lines[j].shows_nothing())
    }

    /// Move line `i` into a front-matter field, remembering where the field came from.
    pub fn moved(&mut self, i: usize, field: Field) {
        self.lines[i].class = Class::Moved(field);
        self.spans.entry(field.key().to_string()).or_insert(self.lines[i].span);
    }

    pub fn residue(&mut self, i: usize, reason: Reason) {
        self.lines[i].class = Class::Residue(reason);
    }

    pub fn guess(&mut self, i: usize, message: impl Into<String>) {
        self.guesses.push((i, message.into()));
    }
}
