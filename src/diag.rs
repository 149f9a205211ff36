//! Diagnostics: every problem folio reports, with `file:line:col`, the offending source line
//! and a hint, rendered the same way everywhere (CLI, batch report, library callers).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
/// How bad a [`Diagnostic`] is.
pub enum Severity {
    /// The document was built, but something in it deserves a look (`--deny-warnings` refuses it).
    Warning,
    /// The document cannot be built; nothing is written.
    Error,
}

/// A source file as read, with the line starts needed to turn byte offsets into line:col.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Arc<SourceFile> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Arc::new(SourceFile { path: path.into(), text, line_starts })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..floor_char(&self.text, offset)].chars().count();
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts.get(line - 1).copied().unwrap_or(self.text.len());
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Byte offset of a 1-based line and character column.
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(self.text.len());
        let text = self.line_text(line.max(1));
        start + text.char_indices().nth(col.saturating_sub(1)).map(|(i, _)| i).unwrap_or(text.len())
    }

    pub fn location(&self, span: Span) -> Location {
        let (line, col) = self.line_col(span.start);
        Location::new(&self.path, line, col, self.line_text(line))
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where a diagnostic points: a file, and in it a line and column unless the whole file is meant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Location {
    /// The file, as it was named.
    pub file: PathBuf,
    /// The line, from 1; 0 when the diagnostic is about the whole file.
    pub line: usize,
    /// The column in characters, from 1; 0 with line 0.
    pub col: usize,
    /// The source line, or for a long one an excerpt around the column (60 characters around the caret).
    #[serde(skip)]
    pub line_text: Option<String>,
    /// The column of the caret within `line_text`.
    #[serde(skip)]
    pub caret: usize,
}

impl Location {
    #[doc(hidden)]
    pub fn new(file: &Path, line: usize, col: usize, line_text: &str) -> Location {
        let (text, caret) = excerpt(line_text, col);
        Location { file: file.to_path_buf(), line, col, line_text: Some(text), caret }
    }
}

/// One problem found in a document: what, where, and a hint to mend it. `Display` prints it as
/// the command line does: `file:line:col: error: message`, the source line with a caret under
/// the column, and the hint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
    /// Where, when it is in a file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// How to mend it, when folio can say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    #[doc(hidden)]
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, message: message.into(), location: None, hint: None }
    }
    #[doc(hidden)]
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, message: message.into(), location: None, hint: None }
    }
    #[doc(hidden)]
    pub fn at(mut self, src: &SourceFile, span: Span) -> Diagnostic {
        self.location = Some(src.location(span));
        self
    }
    /// Point at a file without a position (an unreadable file, a missing font directory).
    #[doc(hidden)]
    pub fn in_file(mut self, path: &Path) -> Diagnostic {
        self.location = Some(Location { file: path.to_path_buf(), line: 0, col: 0, line_text: None, caret: 0 });
        self
    }
    #[doc(hidden)]
    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
    /// The severity is [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match &self.location {
            Some(l) if l.line > 0 => write!(f, "{}:{}:{}: {sev}: {}", l.file.display(), l.line, l.col, self.message)?,
            Some(l) => write!(f, "{}: {sev}: {}", l.file.display(), self.message)?,
            None => write!(f, "{sev}: {}", self.message)?,
        }
        if let Some(Location { line, caret: col, line_text: Some(text), .. }) = &self.location {
            let gutter = line.to_string().len();
            let pad: String = text
                .chars()
                .take(col.saturating_sub(1))
                .map(|c| {
                    if c == '\t' {
                        '\t'
                    } else if is_wide(c) {
                        '　'
                    } else {
                        ' '
                    }
                })
                .collect();
            write!(f, "\n{:gutter$} |\n{line} | {text}\n{:gutter$} | {pad}^", "", "")?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n  = hint: {h}")?;
        }
        Ok(())
    }
}

/// At most [`EXCERPT_CHARS`] characters of a long source line, around the column, with `…` for
/// what is cut; and the column within the excerpt. A one-line 4 MB file prints one screen line.
fn excerpt(text: &str, col: usize) -> (String, usize) {
    let n = text.chars().count();
    if n <= EXCERPT_CHARS {
        return (text.to_string(), col);
    }
    let start = col.saturating_sub(1).saturating_sub(EXCERPT_CHARS / 2).min(n - EXCERPT_CHARS);
    let mut out: String = if start > 0 { "…".into() } else { String::new() };
    out.extend(text.chars().skip(start).take(EXCERPT_CHARS));
    if start + EXCERPT_CHARS < n {
        out.push('…');
    }
    (out, col - start + usize::from(start > 0))
}

const EXCERPT_CHARS: usize = 60;

/// Full-width characters take two terminal columns; the caret line pads with U+3000 under them.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// Collects warnings as a document moves through the pipeline.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
    /// Hashes of the items, so that a page reporting thousands of removed lines is not checked
    /// against every earlier report (a hash seen before is confirmed against the items).
    seen: std::collections::HashSet<u64>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let h = BuildHasherDefault::<DefaultHasher>::default().hash_one(&d);
        if self.seen.insert(h) || !self.items.contains(&d) {
            self.items.push(d);
        }
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| !d.is_error())
    }
}

/// A document could not be built: one or more errors (and any warnings seen before them).
/// `Display` prints each diagnostic as the command line does, one after the other.
#[derive(Debug, Clone, thiserror::Error)]
pub struct Failure(
    /// The diagnostics, in the order they were found.
    pub Vec<Diagnostic>,
);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Failure {
        Failure(vec![d])
    }
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

/// The closest candidate by edit distance, for "did you mean" hints.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if d <= (word.chars().count().max(3) / 3).max(2) && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = SourceFile::new("a.md", "第一行\n标题：x\n".into());
        let off = src.text.find('x').unwrap();
        assert_eq!(src.line_col(off), (2, 4));
        assert_eq!(src.offset_of(2, 4), off);
    }

    #[test]
    fn suggests_the_nearest_field() {
        assert_eq!(did_you_mean("titel", ["title", "date", "issuer"]), Some("title"));
        assert_eq!(did_you_mean("zzzzzz", ["title", "date"]), None);
    }
}
