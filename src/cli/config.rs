//! `folio.toml`: project defaults, found by walking up from each input. Precedence:
//! built-in < folio.toml < environment (FOLIO_*) and flags < the document's own front matter.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::Format;
use crate::diag::{Diagnostic, Failure, Result, SourceFile};
use crate::model::{Contact, Span};

/// The file, as written. Paths in it are relative to the file's folder.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Built-in template name or a path.
    pub template: Option<String>,
    pub formats: Option<Vec<Format>>,
    /// Output folder.
    pub output: Option<PathBuf>,
    /// Extra font folders.
    #[serde(default)]
    pub font_dirs: Vec<PathBuf>,
    /// Folders images may come from.
    #[serde(default)]
    pub allow_paths: Vec<PathBuf>,
    /// Contact information for documents that have none.
    pub contact: Option<Contact>,
    /// Characters no font has are warnings.
    pub allow_missing_glyphs: Option<bool>,
    /// DOCX: `names` (the official faces, the default) or `embed` (the PDF's faces, subset).
    pub docx_fonts: Option<crate::render::docx::DocxFonts>,
    /// The folder the file was found in (set on load).
    #[serde(skip)]
    pub dir: PathBuf,
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Format, D::Error> {
        let s = String::deserialize(d)?;
        match s.to_ascii_lowercase().as_str() {
            "pdf" => Ok(Format::Pdf),
            "docx" => Ok(Format::Docx),
            "html" => Ok(Format::Html),
            "ofd" => Ok(Format::Ofd),
            _ => Err(serde::de::Error::custom(format!("unknown format `{s}` (pdf, docx, html or ofd)"))),
        }
    }
}

impl Config {
    /// The nearest folio.toml at or above `start` (a file or folder).
    pub fn find(start: &Path) -> Option<PathBuf> {
        let abs = start.canonicalize().ok()?;
        let mut dir = if abs.is_dir() { Some(abs.as_path()) } else { abs.parent() };
        while let Some(d) = dir {
            let p = d.join("folio.toml");
            if p.is_file() {
                return Some(p);
            }
            dir = d.parent();
        }
        None
    }

    pub fn load(path: &Path) -> Result<Config> {
        crate::limits::regular_file(path, "folio.toml", crate::limits::MAX_CONFIG_BYTES)
            .map_err(|(m, h)| Failure::from(Diagnostic::error(m).in_file(path).hint(h)))?;
        let text = std::fs::read_to_string(path).map_err(|e| Failure::from(Diagnostic::error(format!("cannot read: {e}")).in_file(path)))?;
        let mut c: Config = toml::from_str(&text).map_err(|e| {
            let src = SourceFile::new(path, text.clone());
            let span = e.span().map(|r| Span::new(r.start, r.end)).unwrap_or_default();
            let msg = e.message().trim().to_string();
            let mut d = Diagnostic::error(format!("bad folio.toml: {msg}")).at(&src, span);
            if let Some(field) = msg.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
                let keys = ["template", "formats", "output", "font_dirs", "allow_paths", "contact", "allow_missing_glyphs", "docx_fonts"];
                if let Some(b) = crate::diag::did_you_mean(field, keys.into_iter().chain(crate::model::Contact::KEYS)) {
                    d = d.hint(format!("did you mean '{b}'?"));
                }
            }
            Failure::from(d)
        })?;
        c.dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = c.dir.clone();
        let abs = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = dir.join(&*p);
            }
        };
        c.font_dirs.iter_mut().for_each(abs);
        c.allow_paths.iter_mut().for_each(abs);
        if let Some(o) = &mut c.output {
            abs(o);
        }
        if let Some(t) = &mut c.template
            && crate::style::template::Template::builtin(t).is_none()
        {
            *t = dir.join(&*t).to_string_lossy().into_owned();
        }
        Ok(c)
    }
}
