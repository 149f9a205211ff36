//! Noto Serif CJK SC Bold, Noto Sans CJK SC and Liberation subsets folio embeds. The bytes of the font files, and the licences that cover them; `folio-fonts`
//! puts the faces of all its crates together.

/// `NotoSerifCJKsc-Bold-a2.otf`
pub const NOTO_SERIF_CJK_SC_BOLD: &[u8] = include_bytes!("../NotoSerifCJKsc-Bold-a2.otf");
/// `NotoSansCJKsc-Regular-a2.otf`
pub const NOTO_SANS_CJK_SC_REGULAR: &[u8] = include_bytes!("../NotoSansCJKsc-Regular-a2.otf");
/// `LiberationSerif-Regular.ttf`
pub const LIBERATION_SERIF_REGULAR: &[u8] = include_bytes!("../LiberationSerif-Regular.ttf");
/// `LiberationSerif-Bold.ttf`
pub const LIBERATION_SERIF_BOLD: &[u8] = include_bytes!("../LiberationSerif-Bold.ttf");
/// `LiberationSans-Regular.ttf`
pub const LIBERATION_SANS_REGULAR: &[u8] = include_bytes!("../LiberationSans-Regular.ttf");

/// The licence texts of the files in this crate.
pub const LICENCES: &[(&str, &str)] =
    &[("LICENSE-NotoCJK.txt", include_str!("../LICENSE-NotoCJK.txt")), ("LICENSE-Liberation.txt", include_str!("../LICENSE-Liberation.txt"))];
