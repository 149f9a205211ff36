//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::Format;

const EXAMPLES: &str = "\
Examples:
  folio build examples/mianyang-resolution.md -t jianbao     PDF next to the input
  folio build docs/ -f pdf,docx,html,ofd -o dist/ -j 4       a whole folder, all formats
  folio build a.md --dump-layout                             also write a.layout.txt
  folio check examples/notice.md                             parse and validate only
  folio import page.txt -o page.md                           scraped text to Markdown
  folio fonts examples/notice.md                             which face serves each role
  folio templates show gongwen > mine.toml                   start a template of your own";

/// folio — official-style PDF, DOCX, HTML and OFD from Markdown, YAML/TOML/JSON or scraped text,
/// set in Chinese with embedded CJK fonts (GB/T 9704 layout).
#[derive(Debug, Parser)]
#[command(name = "folio", version, about, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub fonts: FontArgs,
}

#[derive(Debug, Args, Clone, Default)]
pub struct FontArgs {
    /// Another folder (or file) of fonts; repeatable. Also FOLIO_FONT_PATH (':'-separated).
    #[arg(long = "font-dir", value_name = "DIR", global = true)]
    pub font_dirs: Vec<PathBuf>,
    /// Do not use the fonts installed on this machine (only embedded and --font-dir faces).
    #[arg(long, global = true, env = "FOLIO_NO_SYSTEM_FONTS", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_system_fonts: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build documents: files, folders (recursively) and globs, in parallel.
    Build(BuildArgs),
    /// Parse and validate only; print a one-screen summary of each document.
    Check(CheckArgs),
    /// Turn a scraped web page (plain text) into Markdown with front matter for review.
    Import(ImportArgs),
    /// Print the JSON Schema of structured input (YAML/TOML/JSON) for editors.
    Schema,
    /// Show which face serves each role; with an input, the characters no face covers.
    Fonts(FontsArgs),
    /// List the built-in templates or print one to copy and edit.
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
    /// Print shell completions (bash, zsh, fish, powershell, elvish).
    Completions { shell: clap_complete::Shell },
    /// Print the licences of the embedded fonts.
    Licenses,
    /// Print the manual page (roff): `folio man > folio.1 && man -l folio.1`.
    Man,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesAction {
    /// The built-in templates.
    List,
    /// Print a built-in template's TOML.
    Show { name: String },
}

#[derive(Debug, Args, Clone, Default)]
pub struct BuildArgs {
    /// Input files, folders or globs (`docs/**/*.md`).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output formats, comma-separated. [default: pdf]
    #[arg(short, long, value_delimiter = ',', env = "FOLIO_FORMATS")]
    pub formats: Vec<Format>,
    /// Output folder; the input tree is mirrored under it. [default: next to each input]
    #[arg(short, long, value_name = "DIR", env = "FOLIO_OUTPUT")]
    pub output: Option<PathBuf>,
    /// Template: gongwen, jianbao, handout, or a path to a .toml file. [default: gongwen]
    #[arg(short, long, value_name = "NAME|PATH", env = "FOLIO_TEMPLATE")]
    pub template: Option<String>,
    /// Documents built at once. [default: the number of cores]
    #[arg(short, long, value_name = "N", env = "FOLIO_JOBS")]
    pub jobs: Option<usize>,
    /// Write a JSON report: per input its outputs, warnings, errors and timings.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Treat warnings as errors (exit code 1).
    #[arg(long)]
    pub deny_warnings: bool,
    /// Build only part K of N of the inputs (for CI matrices): `--partition 2/3`.
    #[arg(long, value_name = "K/N")]
    pub partition: Option<String>,
    /// Rebuild whenever an input changes.
    #[arg(long)]
    pub watch: bool,
    /// Also write NAME.layout.txt: every line with its page, position, face and size.
    #[arg(long)]
    pub dump_layout: bool,
    /// HTML: embed the faces as WOFF2 subsets (the default): the page looks the same everywhere.
    #[arg(long, overrides_with = "no_embed_fonts", hide = true)]
    pub embed_fonts: bool,
    /// HTML: no embedded fonts, for pages that rely on the reader's own (a smaller file).
    #[arg(long, overrides_with = "embed_fonts")]
    pub no_embed_fonts: bool,
    /// DOCX: `names` names the official faces (仿宋_GB2312 …) for the reader's machine to supply;
    /// `embed` embeds the faces of the PDF as subsets, so the file looks the same on any machine.
    /// (default: `names`, or folio.toml's `docx_fonts`)
    #[arg(long, value_enum, value_name = "HOW")]
    pub docx_fonts: Option<crate::render::docx::DocxFonts>,
    /// A folder images may come from besides the document's own; repeatable.
    #[arg(long = "allow-path", value_name = "DIR")]
    pub allow_paths: Vec<PathBuf>,
    /// Characters no font has become warnings (drawn as boxes) instead of errors.
    #[arg(long)]
    pub allow_missing_glyphs: bool,
    /// Contact organisation for the footer, where the document has none.
    #[arg(long, value_name = "NAME")]
    pub contact_org: Option<String>,
    /// Contact phone for the footer, where the document has none.
    #[arg(long, value_name = "PHONE")]
    pub contact_phone: Option<String>,
    /// Scraped text (.txt): keep every line, web residue included.
    #[arg(long)]
    pub keep_all: bool,
    /// Only errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Every warning and every output written.
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Template used to check the document against (heading numbers, title lines).
    #[arg(short, long, env = "FOLIO_TEMPLATE")]
    pub template: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The scraped page (plain text, UTF-8).
    pub input: PathBuf,
    /// Where to write the Markdown (`-` is standard output). [default: standard output]
    #[arg(short, long, value_name = "OUT.md")]
    pub output: Option<PathBuf>,
    /// Write the removed lines, with their reasons, as JSON.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Keep every line (no residue removal).
    #[arg(long)]
    pub keep_all: bool,
}

#[derive(Debug, Args)]
pub struct FontsArgs {
    /// A document whose characters to check against the faces.
    pub input: Option<PathBuf>,
    #[arg(short, long, env = "FOLIO_TEMPLATE")]
    pub template: Option<String>,
}
