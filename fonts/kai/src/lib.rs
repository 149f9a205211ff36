//! A renamed subset of LXGW WenKai, the 楷体 role folio embeds. The bytes of the font files, and the licences that cover them; `folio-fonts`
//! puts the faces of all its crates together.

/// `WenKaiSubset-Regular-a2.ttf`
pub const WENKAI_SUBSET_REGULAR: &[u8] = include_bytes!("../WenKaiSubset-Regular-a2.ttf");

/// The licence texts of the files in this crate.
pub const LICENCES: &[(&str, &str)] = &[("LICENSE-WenKai.txt", include_str!("../LICENSE-WenKai.txt"))];
