//! The open fonts folio embeds, as static bytes. They live in a crate of their own so that
//! editing folio never recompiles ~20 MB of `include_bytes!`. Provenance, coverage and the
//! rebuild recipe are in fonts/README.md; `rebuild.py` reproduces every file from Debian's
//! packages.

/// One embedded font file.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFont {
    /// The file name in fonts/.
    pub file: &'static str,
    /// The family name inside the font (what templates and `folio fonts` show).
    pub family: &'static str,
    /// Bold weight?
    pub bold: bool,
    pub bytes: &'static [u8],
    /// The licence file in fonts/ that covers it.
    pub licence: &'static str,
}

macro_rules! font {
    ($file:literal, $family:literal, $bold:literal, $licence:literal) => {
        EmbeddedFont { file: $file, family: $family, bold: $bold, bytes: include_bytes!(concat!("../", $file)), licence: $licence }
    };
}

/// Every embedded face, body face first.
pub static FONTS: &[EmbeddedFont] = &[
    font!("NotoSerifCJKsc-Regular-gbk.otf", "Noto Serif CJK SC", false, "LICENSE-NotoCJK.txt"),
    font!("NotoSerifCJKsc-Bold-a2.otf", "Noto Serif CJK SC", true, "LICENSE-NotoCJK.txt"),
    font!("NotoSansCJKsc-Regular-a2.otf", "Noto Sans CJK SC", false, "LICENSE-NotoCJK.txt"),
    font!("WenKaiSubset-Regular-a2.ttf", "WenKai Subset", false, "LICENSE-WenKai.txt"),
    font!("LiberationSerif-Regular.ttf", "Liberation Serif", false, "LICENSE-Liberation.txt"),
    font!("LiberationSerif-Bold.ttf", "Liberation Serif", true, "LICENSE-Liberation.txt"),
    font!("LiberationSans-Regular.ttf", "Liberation Sans", false, "LICENSE-Liberation.txt"),
];

/// The licence texts, for `folio licenses`.
pub static LICENCES: &[(&str, &str)] = &[
    ("LICENSE-NotoCJK.txt", include_str!("../LICENSE-NotoCJK.txt")),
    ("LICENSE-WenKai.txt", include_str!("../LICENSE-WenKai.txt")),
    ("LICENSE-Liberation.txt", include_str!("../LICENSE-Liberation.txt")),
];

/// fonts/README.md, for `folio licenses`.
pub static README: &str = include_str!("../README.md");
