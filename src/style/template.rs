//! Templates: TOML files that say how a document looks. Built-ins (`gongwen`, `jianbao`,
//! `handout`) are embedded; a user's template may `extends = "gongwen"` and change only what
//! it needs. Every table denies unknown keys, so a typo is an error at its own line:col.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Failure, Result, SourceFile};
use crate::model::Span;
use crate::style::units::{Color, Length};

/// The built-in templates: (name, description, TOML).
pub const BUILTINS: &[(&str, &str, &str)] = &[
    ("gongwen", "GB/T 9704-2012 official document: red header, 22 x 28 grid, 版记", include_str!("../../templates/gongwen.toml")),
    ("jianbao", "bulletin (简报): red masthead, issue line, 报/送/发 footer", include_str!("../../templates/jianbao.toml")),
    ("xinhan", "letter (信函格式): organ mark between red double rules, no number on page 1", include_str!("../../templates/xinhan.toml")),
    ("minling", "order (命令格式): issuer + 令 in red, 令号 centred, signed", include_str!("../../templates/minling.toml")),
    ("jiyao", "minutes (纪要格式): red 纪要 mark, 出席 / 请假 / 列席 lines", include_str!("../../templates/jiyao.toml")),
    ("handout", "printable handout: proportional layout, running contact footer", include_str!("../../templates/handout.toml")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LayoutMode {
    /// The official-document grid: every CJK character one cell, fixed line pitch.
    Grid,
    /// Natural advances, punctuation compression: modern handouts.
    Proportional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeadKind {
    /// 版头: copy number, secrecy, urgency, red organ mark, document number, red rule.
    Official,
    /// 简报 masthead: red name, issue, issuer and date line, red rule.
    Bulletin,
    /// 信函格式: the organ mark `organ_top` below the page's top edge between red double rules,
    /// the number flush right under the first, no page number on the first page.
    Letter,
    /// 命令（令）格式: issuer + 令 in red, the 令号 centred under it, no rule.
    Order,
    /// 纪要格式: the 纪要 mark in red, its number, issuer and date line, red rule.
    Minutes,
    /// Title only.
    None,
}

impl HeadKind {
    /// The GB/T 9704 §10 special formats set their organ mark in their own way.
    pub fn is_official(self) -> bool {
        matches!(self, HeadKind::Official | HeadKind::Letter | HeadKind::Order | HeadKind::Minutes)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactPlacement {
    /// A row in the 版记 / 报尾 at the end.
    EndBlock,
    /// A running footer on every numbered page.
    EveryPage,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageNumberPosition {
    /// Odd pages right, even pages left (GB/T 9704).
    Outside,
    Center,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndKind {
    /// 抄送 / 印发 lines between rules at the foot of the last page.
    Official,
    /// 报 / 送 / 发 between thick rules.
    Bulletin,
    /// 信函: 抄送 (and the contact row) without rules and without 印发机关 / 印发日期.
    Letter,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextAlign {
    Justify,
    Left,
    Center,
    Right,
}

/// A resolved template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Another template this one changes: a built-in name or a path relative to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    pub name: String,
    pub description: String,
    pub page: Page,
    /// Family chains, official names first; each chain ends in an embedded face.
    pub fonts: BTreeMap<String, Vec<String>>,
    pub styles: BTreeMap<String, Style>,
    pub head: Head,
    pub body: Body,
    pub end: End,
    pub contact: ContactStyle,
    pub page_number: PageNumber,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub width: Length,
    pub height: Length,
    pub margin_top: Length,
    pub margin_bottom: Length,
    pub margin_left: Length,
    pub margin_right: Length,
    pub layout: LayoutMode,
    /// Grid: lines per page and characters per line.
    pub lines: u32,
    pub chars: u32,
    /// Baseline-to-baseline distance. In grid mode, `auto` = 15/8 of a cell.
    pub line_pitch: LengthOrAuto,
    /// Proportional mode: 1/4 em between CJK and Latin.
    pub cjk_latin_space: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LengthOrAuto {
    Auto,
    Len(Length),
}

impl<'de> Deserialize<'de> for LengthOrAuto {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim() == "auto" {
            return Ok(LengthOrAuto::Auto);
        }
        s.parse::<Length>().map(LengthOrAuto::Len).map_err(serde::de::Error::custom)
    }
}
impl Serialize for LengthOrAuto {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            LengthOrAuto::Auto => s.serialize_str("auto"),
            LengthOrAuto::Len(l) => l.serialize(s),
        }
    }
}

/// How one role is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// A key of `[fonts]` for CJK text.
    pub font: String,
    /// A key of `[fonts]` for Latin letters and digits.
    #[serde(default = "default_latin")]
    pub latin: String,
    pub size: Length,
    #[serde(default)]
    pub bold: bool,
    #[serde(default = "black")]
    pub color: Color,
    #[serde(default = "justify")]
    pub align: TextAlign,
    /// First-line indent.
    #[serde(default = "zero")]
    pub indent: Length,
    /// Line pitch in proportional mode (multiple of the size); grid mode uses the grid.
    #[serde(default = "one_and_half")]
    pub line_height: f32,
}

fn default_latin() -> String {
    "latin".into()
}
fn black() -> Color {
    Color::BLACK
}
fn justify() -> TextAlign {
    TextAlign::Justify
}
fn zero() -> Length {
    Length::Pt(0.0)
}
fn one_and_half() -> f32 {
    1.5
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub kind: HeadKind,
    /// Organ mark: top edge below the type-area top.
    pub organ_top: Length,
    /// Appended to the issuer in the organ mark (`文件`); empty for none.
    pub organ_suffix: String,
    /// Blank grid lines between the organ mark and the document number.
    pub number_gap_lines: u32,
    /// Red rule below the document number.
    pub rule_gap: Length,
    pub rule_width: Length,
    pub rule_color: Color,
    /// Blank lines between the red rule and the title.
    pub title_gap_lines: u32,
    /// Bulletin masthead top below the type-area top.
    pub masthead_top: Length,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Number headings 一、（一）1.（1） when the source has no numbers.
    pub number_headings: bool,
    /// Lines of the title at most this many characters.
    pub title_max_chars: u32,
    /// Blank lines between the title and the addressee / body.
    pub title_gap_lines: u32,
    /// Right indent of the signature block, in characters.
    pub signature_indent: Length,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct End {
    pub kind: EndKind,
    /// Put the last page (with the 版记) on an even page, inserting a blank page when needed.
    pub even_page: bool,
    /// Outer rules (first and last).
    pub outer_rule: Length,
    /// Rules between items.
    pub inner_rule: Length,
    pub rule_color: Color,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactStyle {
    pub placement: ContactPlacement,
    /// Running footer: distance of its top below the type area.
    pub footer_offset: Length,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageNumber {
    pub position: PageNumberPosition,
    /// `{n}` is replaced by the number.
    pub format: String,
    /// Top of the number below the type-area bottom.
    pub offset: Length,
    /// Distance from the type-area edge (odd right, even left).
    pub inset: Length,
    /// Number the first page too (a letter's first page carries no number).
    #[serde(default = "yes")]
    pub first_page: bool,
}

fn yes() -> bool {
    true
}

/// Where a template came from, for error messages.
#[derive(Debug, Clone)]
pub enum TemplateSource {
    Builtin(&'static str),
    File(PathBuf),
}

impl Template {
    pub fn builtin(name: &str) -> Option<&'static str> {
        BUILTINS.iter().find(|(n, _, _)| *n == name).map(|(_, _, t)| *t)
    }

    /// Load a template by built-in name or path, following `extends`.
    pub fn load(name_or_path: &str) -> Result<Template> {
        let mut chain: Vec<(toml::Table, TemplateSource, String)> = Vec::new();
        let mut next = Some((name_or_path.to_string(), None::<PathBuf>));
        while let Some((spec, base)) = next.take() {
            if chain.len() > 8 {
                return Err(Diagnostic::error(format!("template `{name_or_path}` extends too deeply (a cycle?)")).into());
            }
            let (text, source) = if let Some(t) = Self::builtin(&spec) {
                (t.to_string(), TemplateSource::Builtin(BUILTINS.iter().find(|b| b.0 == spec).map(|b| b.0).unwrap_or("?")))
            } else {
                let path = match &base {
                    Some(b) => b.join(&spec),
                    None => PathBuf::from(&spec),
                };
                if !path.exists() {
                    let names: Vec<&str> = BUILTINS.iter().map(|b| b.0).collect();
                    let mut d = Diagnostic::error(format!("no template named `{spec}`"));
                    d = d.hint(match crate::diag::did_you_mean(&spec, names.iter().copied()) {
                        Some(n) => format!("did you mean '{n}'? (built-ins: {})", names.join(", ")),
                        None => format!("give a built-in ({}) or a path to a .toml file", names.join(", ")),
                    });
                    return Err(d.into());
                }
                crate::limits::regular_file(&path, "template", crate::limits::MAX_CONFIG_BYTES)
                    .map_err(|(m, h)| Failure::from(Diagnostic::error(m).in_file(&path).hint(h)))?;
                let text = std::fs::read_to_string(&path).map_err(|e| Failure::from(Diagnostic::error(format!("cannot read template: {e}")).in_file(&path)))?;
                (text, TemplateSource::File(path))
            };
            let table = match &source {
                // checked in the tests (`every_builtin_passes_the_checks_a_user_file_gets`): one parse
                TemplateSource::Builtin(name) => toml::from_str::<toml::Table>(&text)
                    .map_err(|e| Failure::from(Diagnostic::error(format!("internal error: built-in template {name}: {}", e.message()))))?,
                TemplateSource::File(_) => check_file(&text, &source)?,
            };
            let parent = table.get("extends").and_then(|v| v.as_str()).map(str::to_string);
            let dir = match &source {
                TemplateSource::File(p) => p.parent().map(Path::to_path_buf),
                TemplateSource::Builtin(_) => None,
            };
            chain.push((table, source, text));
            next = parent.map(|p| (p, dir));
        }
        // Merge from the root ancestor down.
        let mut merged = toml::Table::new();
        for (t, _, _) in chain.iter().rev() {
            merge(&mut merged, t);
        }
        merged.remove("extends");
        let leaf = |d: Diagnostic| match &chain[0].1 {
            TemplateSource::File(p) => d.in_file(p),
            TemplateSource::Builtin(_) => d,
        };
        // from the merged table itself (writing it out and parsing it again took a third of the time)
        let t = merged.try_into::<Template>().map_err(|e| {
            Failure::from(leaf(
                Diagnostic::error(format!("template `{name_or_path}` is incomplete: {}", e.message().trim()))
                    .hint("start from a built-in: `extends = \"gongwen\"` and change only what you need"),
            ))
        })?;
        // every role falls back to the body style, so a template must have one
        if !t.styles.contains_key("body") {
            return Err(leaf(
                Diagnostic::error(format!("template `{name_or_path}` has no [styles.body]"))
                    .hint("add a [styles.body] table, or start from a built-in: `extends = \"gongwen\"`"),
            )
            .into());
        }
        if let Some(e) = super::template_check::check(&t).into_iter().next() {
            return Err(locate(&e, &chain));
        }
        Ok(t)
    }

    /// Style of a role, with the body style as fallback.
    pub fn style(&self, role: &str) -> &Style {
        self.styles.get(role).or_else(|| self.styles.get("body")).expect("templates have a body style")
    }
}

/// A value out of range, located at its key in the file of the chain that sets it (the file
/// nearest the one named, since later files override earlier ones).
fn locate(e: &super::template_check::OutOfRange, chain: &[(toml::Table, TemplateSource, String)]) -> Failure {
    let parts: Vec<&str> = e.key.split('.').collect();
    let defined = |t: &toml::Table| {
        let mut cur = t;
        for (i, k) in parts.iter().enumerate() {
            match cur.get(*k) {
                Some(toml::Value::Table(next)) if i + 1 < parts.len() => cur = next,
                Some(_) if i + 1 == parts.len() => return true,
                _ => return false,
            }
        }
        false
    };
    let d = Diagnostic::error(format!("template value `{}` out of range: {}", e.key, e.message))
        .hint("see `folio templates show gongwen` for every key with a working value");
    let Some((_, source, text)) = chain.iter().find(|(t, _, _)| defined(t)) else { return d.into() };
    let path = match source {
        TemplateSource::Builtin(n) => PathBuf::from(format!("<built-in template {n}>")),
        TemplateSource::File(p) => p.clone(),
    };
    let span = key_span(text, &parts).unwrap_or_default();
    d.at(&SourceFile::new(path, text.clone()), span).into()
}

/// The span of the value at a dotted key of a TOML text.
fn key_span(text: &str, parts: &[&str]) -> Option<Span> {
    use toml::de::{DeTable, DeValue};
    let root = DeTable::parse(text).ok()?;
    let mut table = root.get_ref();
    for (i, k) in parts.iter().enumerate() {
        let v = table.get(*k)?;
        if i + 1 == parts.len() {
            let r = v.span();
            return Some(Span::new(r.start, r.end));
        }
        match v.get_ref() {
            DeValue::Table(t) => table = t,
            _ => return None,
        }
    }
    None
}

/// The roles a template styles (`[styles.X]`): what the layout and the DOCX and HTML renderers
/// ask [`Template::style`] for. A role a template leaves out takes the body style.
pub const STYLE_ROLES: &[&str] = &[
    "body",
    "title",
    "subtitle",
    "heading1",
    "heading2",
    "heading3",
    "heading4",
    "addressee",
    "signature",
    "signer_label",
    "signer",
    "date",
    "note",
    "organ",
    "doc_number",
    "copy_number",
    "secrecy",
    "attachment_label",
    "table",
    "table_header",
    "caption",
    "quote",
    "code",
    "footnote",
    "end_block",
    "page_number",
    "footer",
    "masthead",
    "issue",
];

/// The partial form of a template file: every table optional, unknown keys refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TemplateFile {
    extends: Option<String>,
    name: Option<String>,
    description: Option<String>,
    page: Option<PartialPage>,
    fonts: Option<BTreeMap<String, Vec<String>>>,
    styles: Option<BTreeMap<String, PartialStyle>>,
    head: Option<PartialHead>,
    body: Option<PartialBody>,
    end: Option<PartialEnd>,
    contact: Option<PartialContact>,
    page_number: Option<PartialPageNumber>,
}

macro_rules! partial {
    ($name:ident { $($f:ident : $t:ty),* $(,)? }) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct $name { $( $f: Option<$t>, )* }
    };
}
partial!(PartialPage {
    width: Length,
    height: Length,
    margin_top: Length,
    margin_bottom: Length,
    margin_left: Length,
    margin_right: Length,
    layout: LayoutMode,
    lines: u32,
    chars: u32,
    line_pitch: LengthOrAuto,
    cjk_latin_space: bool
});
partial!(PartialStyle { font: String, latin: String, size: Length, bold: bool, color: Color, align: TextAlign, indent: Length, line_height: f32 });
partial!(PartialHead {
    kind: HeadKind,
    organ_top: Length,
    organ_suffix: String,
    number_gap_lines: u32,
    rule_gap: Length,
    rule_width: Length,
    rule_color: Color,
    title_gap_lines: u32,
    masthead_top: Length
});
partial!(PartialBody { number_headings: bool, title_max_chars: u32, title_gap_lines: u32, signature_indent: Length });
partial!(PartialEnd { kind: EndKind, even_page: bool, outer_rule: Length, inner_rule: Length, rule_color: Color });
partial!(PartialContact { placement: ContactPlacement, footer_offset: Length });
partial!(PartialPageNumber { position: PageNumberPosition, format: String, offset: Length, inset: Length, first_page: bool });

/// Parse and validate one template file on its own, so errors point into it.
fn check_file(text: &str, source: &TemplateSource) -> Result<toml::Table> {
    let path = match source {
        TemplateSource::Builtin(n) => PathBuf::from(format!("<built-in template {n}>")),
        TemplateSource::File(p) => p.clone(),
    };
    let src = SourceFile::new(path, text.to_string());
    let located = |e: toml::de::Error| -> Failure {
        let span = e.span().map(|r| Span::new(r.start, r.end)).unwrap_or_default();
        let msg = e.message().trim().to_string();
        let mut d = Diagnostic::error(format!("bad template: {msg}")).at(&src, span);
        if let Some(field) = msg.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
            let expected: Vec<&str> = msg
                .split("expected ")
                .nth(1)
                .map(|r| r.split(['`', ',', ' ']).filter(|w| !w.is_empty() && *w != "one" && *w != "of" && *w != "or").collect())
                .unwrap_or_default();
            if let Some(best) = crate::diag::did_you_mean(field, expected.iter().copied()) {
                d = d.hint(format!("did you mean '{best}'?"));
            } else {
                d = d.hint(format!("allowed here: {}", expected.join(", ")));
            }
        } else {
            d = d.hint("see `folio templates show gongwen` for every key with its default");
        }
        d.into()
    };
    toml::from_str::<TemplateFile>(text).map_err(located)?;
    let table = toml::from_str::<toml::Table>(text).map_err(located)?;
    if let Some(toml::Value::Table(styles)) = table.get("styles")
        && let Some(role) = styles.keys().find(|k| !STYLE_ROLES.contains(&k.as_str()))
    {
        // a misspelt role would style nothing, silently
        let span = key_span(text, &["styles", role]).unwrap_or_default();
        let hint = match crate::diag::did_you_mean(role, STYLE_ROLES.iter().copied()) {
            Some(best) => format!("did you mean [styles.{best}]?"),
            None => format!("the roles a template styles: {}", STYLE_ROLES.join(", ")),
        };
        return Err(Diagnostic::error(format!("unknown style role `{role}` in [styles.{role}]")).at(&src, span).hint(hint).into());
    }
    Ok(table)
}

/// Deep-merge `over` into `base` (tables merge, everything else replaces).
fn merge(base: &mut toml::Table, over: &toml::Table) {
    for (k, v) in over {
        match (base.get_mut(k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            _ => {
                base.insert(k.clone(), v.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load_completely() {
        for (name, _, _) in BUILTINS {
            let t = Template::load(name).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(&t.name, name);
            for role in ["body", "title", "heading1", "heading2", "heading3", "heading4", "page_number"] {
                assert!(t.styles.contains_key(role), "{name} lacks {role}");
            }
            for s in t.styles.values() {
                assert!(t.fonts.contains_key(&s.font) && t.fonts.contains_key(&s.latin), "{name}: {s:?}");
            }
        }
    }

    #[test]
    fn every_builtin_passes_the_checks_a_user_file_gets() {
        for (name, _, text) in BUILTINS {
            check_file(text, &TemplateSource::File(PathBuf::from(format!("{name}.toml")))).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn a_builtin_loads_as_the_same_template_from_a_file() {
        for (name, _, text) in BUILTINS {
            // a file that extends a built-in names it; the built-in itself is read from its text
            let from_file = load_text(&format!("folio-builtin-{name}"), text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(format!("{:?}", Template::load(name).unwrap().styles), format!("{:?}", from_file.styles), "{name}");
        }
    }

    /// Load a template file written with `text` into a folder of the test's own, removed after.
    fn load_text(tag: &str, text: &str) -> Result<Template> {
        let dir = std::env::temp_dir().join(format!("{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("t.toml");
        std::fs::write(&p, text).unwrap();
        let t = Template::load(p.to_str().unwrap());
        let _ = std::fs::remove_dir_all(&dir);
        t
    }

    #[test]
    fn unknown_template_key_is_located_with_a_hint() {
        let e = load_text("folio-tpl", "extends = \"gongwen\"\n\n[page]\nmargin_topp = \"30mm\"\n").unwrap_err();
        let d = &e.0[0];
        assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((4, 1)), "{e}");
        assert_eq!(d.hint.as_deref(), Some("did you mean 'margin_top'?"));
    }

    #[test]
    fn a_misspelt_style_role_is_an_error_at_its_table() {
        let e = load_text("folio-tpl-role", "extends = \"gongwen\"\n\n[styles.heading_1]\nfont = \"hei\"\nsize = \"三号\"\n").unwrap_err();
        let d = &e.0[0];
        assert!(d.message.contains("unknown style role `heading_1`"), "{e}");
        assert_eq!(d.location.as_ref().map(|l| l.line), Some(3), "{e}");
        assert_eq!(d.hint.as_deref(), Some("did you mean [styles.heading1]?"));
        // every role a built-in styles, and every role the DOCX names a style for, is known
        for (name, _, _) in BUILTINS {
            for role in Template::load(name).unwrap().styles.keys() {
                assert!(STYLE_ROLES.contains(&role.as_str()), "{name}: {role}");
            }
        }
    }

    #[test]
    fn extends_changes_only_what_it_says() {
        let t = load_text("folio-tpl2", "extends = \"gongwen\"\nname = \"mine\"\n[styles.body]\nsize = \"小三\"\n").unwrap();
        let g = Template::load("gongwen").unwrap();
        assert_eq!(t.style("body").size.abs(), 15.0);
        assert_eq!(t.style("body").font, g.style("body").font);
        assert_eq!(t.page, g.page);
    }
}
