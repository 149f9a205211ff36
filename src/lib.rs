//! folio turns resolutions, notices and bulletins — Markdown, YAML/TOML/JSON or scraped text —
//! into official-style PDF, DOCX and HTML set in Chinese with embedded CJK fonts.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! parse ──▶ model::Document ──style──▶ StyledDocument ──layout──▶ PagedDocument ──▶ render::pdf
//!                                            ├────────────────────────────────────▶ render::docx
//!                                            └────────────────────────────────────▶ render::html
//! ```

pub mod diag;
pub mod model;
pub mod parse;
pub mod fonts;
pub mod style;
