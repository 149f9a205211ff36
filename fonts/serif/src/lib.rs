//! Noto Serif CJK SC Regular (GBK coverage subset), the body face folio embeds. The bytes of the font files, and the licences that cover them; `folio-fonts`
//! puts the faces of all its crates together.

/// `NotoSerifCJKsc-Regular-gbk.otf`
pub const NOTO_SERIF_CJK_SC_REGULAR: &[u8] = include_bytes!("../NotoSerifCJKsc-Regular-gbk.otf");

/// The licence texts of the files in this crate.
pub const LICENCES: &[(&str, &str)] = &[("LICENSE-NotoCJK.txt", include_str!("../LICENSE-NotoCJK.txt"))];
