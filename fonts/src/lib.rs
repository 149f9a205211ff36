//! The open fonts folio embeds, as static bytes. The bytes live in three crates of their own
//! (`folio-fonts-serif`, `-kai`, `-more`) so that editing folio never recompiles ~17 MB of
//! `include_bytes!` and each published crate stays under the registry's 10 MB limit. This
//! crate puts them together. Provenance, coverage and the rebuild recipe are in
//! fonts/README.md; `rebuild.py` reproduces every file from Debian's packages.

/// One embedded font file.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFont {
    /// The file name (in fonts/serif, fonts/kai or fonts/more).
    pub file: &'static str,
    /// The family name inside the font (what templates and `folio fonts` show).
    pub family: &'static str,
    /// Bold weight?
    pub bold: bool,
    pub bytes: &'static [u8],
    /// The licence file that covers it.
    pub licence: &'static str,
}

const fn font(file: &'static str, family: &'static str, bold: bool, bytes: &'static [u8], licence: &'static str) -> EmbeddedFont {
    EmbeddedFont { file, family, bold, bytes, licence }
}

/// Every embedded face, body face first.
pub static FONTS: &[EmbeddedFont] = &[
    font("NotoSerifCJKsc-Regular-gbk.otf", "Noto Serif CJK SC", false, folio_fonts_serif::NOTO_SERIF_CJK_SC_REGULAR, "LICENSE-NotoCJK.txt"),
    font("NotoSerifCJKsc-Bold-a2.otf", "Noto Serif CJK SC", true, folio_fonts_more::NOTO_SERIF_CJK_SC_BOLD, "LICENSE-NotoCJK.txt"),
    font("NotoSansCJKsc-Regular-a2.otf", "Noto Sans CJK SC", false, folio_fonts_more::NOTO_SANS_CJK_SC_REGULAR, "LICENSE-NotoCJK.txt"),
    font("WenKaiSubset-Regular-a2.ttf", "WenKai Subset", false, folio_fonts_kai::WENKAI_SUBSET_REGULAR, "LICENSE-WenKai.txt"),
    font("LiberationSerif-Regular.ttf", "Liberation Serif", false, folio_fonts_more::LIBERATION_SERIF_REGULAR, "LICENSE-Liberation.txt"),
    font("LiberationSerif-Bold.ttf", "Liberation Serif", true, folio_fonts_more::LIBERATION_SERIF_BOLD, "LICENSE-Liberation.txt"),
    font("LiberationSans-Regular.ttf", "Liberation Sans", false, folio_fonts_more::LIBERATION_SANS_REGULAR, "LICENSE-Liberation.txt"),
];

/// The licence texts, for `folio licenses`: each once, whichever crates carry it.
pub static LICENCES: &[(&str, &str)] = &[folio_fonts_more::LICENCES[0], folio_fonts_kai::LICENCES[0], folio_fonts_more::LICENCES[1]];

/// fonts/README.md, for `folio licenses`.
pub static README: &str = include_str!("../README.md");
