//! The command line: arguments and folio.toml become a run; documents are built, checked,
//! imported; diagnostics, progress and a summary are printed. Exit codes: 0 all good, 1 a
//! document failed, 2 usage or configuration error.

/// Print to stdout or stderr, ignoring a closed pipe (`folio … 2>&1 | head` must not panic
/// once the reader has gone; the exit code still tells how the run went).
macro_rules! outln {
    ($($t:tt)*) => {{ use std::io::Write as _; let _ = writeln!(std::io::stdout(), $($t)*); }};
}
macro_rules! out {
    ($($t:tt)*) => {{ use std::io::Write as _; let _ = write!(std::io::stdout(), $($t)*); }};
}
macro_rules! errln {
    ($($t:tt)*) => {{ use std::io::Write as _; let _ = writeln!(std::io::stderr(), $($t)*); }};
}
macro_rules! err {
    ($($t:tt)*) => {{ use std::io::Write as _; let _ = write!(std::io::stderr(), $($t)*); }};
}

pub mod args;
pub mod batch;
pub mod config;
pub mod schema;

use std::path::Path;

use clap::CommandFactory;

use crate::diag::Diagnostics;
use crate::fonts::FontOptions;
use crate::model::{BlockKind, plain_text};
use args::{Cli, Command, TemplatesAction};

/// glibc's allocator gives every block of 128 KiB or more its own mapping and returns it on
/// free, so each copy of a font program or a PDF buffer faults in fresh zeroed pages; and it
/// trims its heap as soon as 128 KiB are free. A command runs for milliseconds to seconds, so
/// it keeps what it freed for its next blocks instead (seed to PDF: 1,336 page faults to 1,202,
/// about 0.3 ms; issue 16's note has the batch's peak memory).
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets the allocator's parameters; it is called before any thread starts
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}

/// Parse arguments and run; returns the process exit code.
pub fn run() -> i32 {
    keep_freed_memory();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = command_for(&args).try_get_matches_from(&args).and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match &cli.command {
        Command::Build(b) => batch::run(b, &cli.fonts),
        Command::Check(c) => check(&c.inputs, c.template.as_deref()),
        Command::Import(i) => import(i),
        Command::Schema => {
            outln!("{}", serde_json::to_string_pretty(&schema::schema()).unwrap_or_default());
            0
        }
        Command::Fonts(f) => fonts(f, &cli.fonts),
        Command::Templates { action } => templates(action),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "folio", &mut std::io::stdout());
            0
        }
        Command::Man => {
            let mut out = Vec::new();
            if let Err(e) = man(&mut out) {
                errln!("error: cannot write the manual page: {e}");
                return 1;
            }
            use std::io::Write;
            let _ = std::io::stdout().write_all(&out);
            0
        }
        Command::Licenses => {
            outln!("{}", folio_fonts::README);
            for (name, text) in folio_fonts::LICENCES {
                outln!("\n==================== {name} ====================\n{text}");
            }
            0
        }
    }
}

/// The command line, with `--version` naming the embedded faces and their versions (what a
/// document's look depends on besides folio itself).
pub fn command() -> clap::Command {
    Cli::command().long_version(long_version())
}

/// The command for this run: the faces' versions are read from their name tables only when
/// the version is asked for (reading them took a tenth of a millisecond of every run).
fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    if args.iter().skip(1).any(|a| a == "--version") { command() } else { Cli::command() }
}

/// `0.1.0` and one line per embedded face: file, family and the version in its name table.
fn long_version() -> String {
    let mut v = format!("{}\nembedded fonts:", env!("CARGO_PKG_VERSION"));
    for f in folio_fonts::FONTS {
        let version = ttf_parser::Face::parse(f.bytes, 0)
            .ok()
            .and_then(|face| face.names().into_iter().find(|n| n.name_id == ttf_parser::name_id::VERSION && n.is_unicode()).and_then(|n| n.to_string()))
            .unwrap_or_else(|| "version unknown".into());
        v.push_str(&format!("\n  {} ({}{}): {}", f.file, f.family, if f.bold { " Bold" } else { "" }, version.trim()));
    }
    v
}

/// The manual page: the main page (synopsis, options, the list of subcommands, examples), then
/// a section per subcommand with its full help, so `man folio` shows every subcommand's options.
pub fn man(out: &mut Vec<u8>) -> std::io::Result<()> {
    let cmd = command();
    clap_mangen::Man::new(cmd.clone()).render(out)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let title = format!("folio {}", sub.get_name());
        let help = sub.clone().bin_name(title.clone()).render_long_help().to_string();
        let mut roff = roff::Roff::new();
        roff.control("SH", [title.to_uppercase().as_str()]);
        roff.control("nf", []);
        for line in help.lines() {
            roff.text([roff::roman(line)]);
        }
        roff.control("fi", []);
        roff.to_writer(out)?;
    }
    Ok(())
}

/// `folio check`: parse and validate; a one-screen summary per document.
fn check(inputs: &[String], template: Option<&str>) -> i32 {
    let files = match batch::expand(inputs, None) {
        Ok(f) => f,
        Err(d) => {
            errln!("{d}");
            return 2;
        }
    };
    let engine = crate::Engine::new(FontOptions { no_system_fonts: true, dirs: Vec::new() });
    if let Some(t) = template
        && let Err(f) = engine.template(t)
    {
        errln!("{f}");
        return 2;
    }
    let mut code = 0;
    for inp in files {
        let mut diags = Diagnostics::default();
        match crate::parse_file(&inp.path, &mut diags) {
            Ok((doc, src)) => {
                let tpl = match engine.template(template.unwrap_or_else(|| crate::default_template(&doc.meta))) {
                    Ok(t) => t,
                    Err(f) => {
                        errln!("{f}");
                        return 2;
                    }
                };
                let sopts = crate::style::StyleOptions { base_dir: inp.path.parent().map(Path::to_path_buf).unwrap_or_default(), ..Default::default() };
                let styled = match crate::style::style(&doc, &src, tpl.clone(), &sopts, &mut diags) {
                    Ok(s) => Some(s),
                    Err(f) => {
                        errln!("{f}");
                        code = 1;
                        None
                    }
                };
                for d in &diags.items {
                    errln!("{d}");
                }
                out!("{}", summary(&inp.path, &doc, styled.as_ref()));
            }
            Err(f) => {
                errln!("{f}");
                code = 1;
            }
        }
    }
    code
}

/// The summary `folio check` prints. The same for a Markdown file and its YAML twin.
pub fn summary(path: &Path, doc: &crate::model::Document, styled: Option<&crate::style::StyledDocument>) -> String {
    let m = &doc.meta;
    let c = doc.counts();
    let mut s = String::new();
    let na = "—".to_string();
    s.push_str(&format!("{}\n", path.display()));
    s.push_str(&format!("  kind:        {}\n", m.kind.clone().unwrap_or_else(|| na.clone())));
    if let Some(st) = styled {
        s.push_str(&format!("  template:    {}\n", st.template.name));
    }
    s.push_str(&format!("  title:       {}\n", m.title.clone().unwrap_or_else(|| na.clone())));
    if let Some(st) = styled
        && st.title.len() > 1
    {
        s.push_str(&format!("  title lines: {}\n", st.title.join(" / ")));
    }
    s.push_str(&format!("  issuer:      {}\n", if m.issuer.is_empty() { na.clone() } else { m.issuer.join("、") }));
    let date = styled.and_then(|s| s.date.clone()).or_else(|| m.date.clone());
    s.push_str(&format!("  date:        {}\n", date.unwrap_or_else(|| na.clone())));
    if let Some(n) = &m.doc_number {
        s.push_str(&format!("  doc number:  {n}\n"));
    }
    s.push_str(&format!("  headings:    {} level 1, {} level 2, {} level 3, {} level 4\n", c.headings[0], c.headings[1], c.headings[2], c.headings[3]));
    s.push_str(&format!("  paragraphs:  {}\n", c.paragraphs));
    s.push_str(&format!("  lists:       {}   tables: {}   images: {}   attachments: {}\n", c.lists, c.tables, c.images, c.attachments));
    let first_headings: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading { level: 1, content } => Some(plain_text(content)),
            _ => None,
        })
        .take(3)
        .collect();
    if !first_headings.is_empty() {
        s.push_str(&format!("  first headings: {}\n", first_headings.join(" | ")));
    }
    match &m.contact {
        Some(ct) => {
            let parts: Vec<String> = [
                ("", &ct.organization),
                ("phone ", &ct.phone),
                ("fax ", &ct.fax),
                ("e-mail ", &ct.email),
                ("address ", &ct.address),
                ("web ", &ct.website),
                ("person ", &ct.person),
            ]
            .iter()
            .filter_map(|(l, v)| v.as_ref().map(|v| format!("{l}{v}")))
            .collect();
            s.push_str(&format!("  contact:     {}\n", parts.join(", ")));
        }
        None => s.push_str("  contact:     —\n"),
    }
    s
}

/// A named input that does not exist is a usage error (exit 2) in every subcommand, as in
/// `build`; an input that exists but cannot be read as a document fails it (exit 1).
fn missing_input(path: &Path) -> Option<i32> {
    if std::fs::symlink_metadata(path).is_ok() {
        return None;
    }
    errln!("error: `{}`: no such file or folder", path.display());
    Some(2)
}

/// `import -o` and `--report` must not replace the page being imported.
fn same_file(a: &Path, b: &Path) -> bool {
    a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok().is_some_and(|b| a == b))
}

fn import(a: &args::ImportArgs) -> i32 {
    if let Some(code) = missing_input(&a.input) {
        return code;
    }
    for out in a.output.iter().chain(&a.report) {
        if same_file(out, &a.input) {
            errln!("error: {} would be overwritten: it is the page being imported ({})", out.display(), a.input.display());
            errln!("  = hint: write the Markdown to another file, e.g. -o {}", a.input.with_extension("md").display());
            return 2;
        }
    }
    let src = match crate::parse::read_source(&a.input) {
        Ok(s) => s,
        Err(f) => {
            errln!("{f}");
            return 1;
        }
    };
    let imported = crate::import::import(&src, &crate::import::ImportOptions { keep_all: a.keep_all });
    // `161` or, for a line the page had broken into fragments, `161-167`
    let lines = |r: &crate::import::Removed| if r.last_line > r.line { format!("{}-{}", r.line, r.last_line) } else { r.line.to_string() };
    let (mut moved, mut removed) = (0, 0);
    for r in &imported.removed {
        if r.what.is_moved() {
            moved += 1;
        } else {
            removed += 1;
        }
        match r.what {
            crate::import::Removal::Moved(_) => errln!("{}:{}: {}: {}", a.input.display(), lines(r), r.what.describe(), r.text),
            crate::import::Removal::Residue(_) => errln!("{}:{}: removed ({}): {}", a.input.display(), lines(r), r.what.describe(), r.text),
        }
    }
    for w in &imported.warnings {
        match w.line {
            Some(l) => errln!("{}:{l}: warning: {}", a.input.display(), w.message),
            None => errln!("{}: warning: {}", a.input.display(), w.message),
        }
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if removed > 0 {
        errln!("{removed} line{} of web residue removed (--keep-all keeps them)", plural(removed));
    }
    if moved > 0 {
        errln!("{moved} line{} moved to the front matter", plural(moved));
    }
    if let Some(r) = &a.report {
        let json = serde_json::json!({ "input": a.input, "removed": imported.removed, "warnings": imported.warnings });
        if let Err(e) = batch::write_atomic(r, serde_json::to_string_pretty(&json).unwrap_or_default().as_bytes()) {
            errln!("error: cannot write {}: {e}", r.display());
            return 2;
        }
    }
    let markdown = crate::import::markdown::to_markdown(&imported.document);
    // (`-o -` is standard output, as in every Unix tool: never a file named `-`)
    match a.output.as_ref().filter(|o| o.as_os_str() != "-") {
        Some(o) => {
            if let Err(e) = batch::write_atomic(o, markdown.as_bytes()) {
                errln!("error: cannot write {}: {e}", o.display());
                return 1;
            }
            errln!("wrote {}", o.display());
        }
        None => {
            use std::io::Write as _;
            // (the document itself: a reader gone before the end is a failed import)
            if let Err(e) = std::io::stdout().write_all(markdown.as_bytes()) {
                errln!("error: cannot write the Markdown: {e}");
                return 1;
            }
        }
    }
    0
}

fn fonts(f: &args::FontsArgs, fa: &args::FontArgs) -> i32 {
    let mut dirs = fa.font_dirs.clone();
    dirs.extend(crate::fonts::env_font_dirs());
    let t0 = std::time::Instant::now();
    let engine = crate::Engine::new(FontOptions { no_system_fonts: fa.no_system_fonts, dirs });
    let ready = t0.elapsed();
    for w in &engine.fonts.warnings {
        errln!("warning: {w}");
    }
    let tpl = match engine.template(f.template.as_deref().unwrap_or("gongwen")) {
        Ok(t) => t,
        Err(e) => {
            errln!("{e}");
            return 2;
        }
    };
    let fonts = crate::layout::atoms::DocFonts::new(&engine.fonts, &tpl);
    outln!(
        "{} faces known ({}), ready in {:.0} ms; template {}",
        engine.fonts.face_count(),
        if fa.no_system_fonts { "embedded and --font-dir only" } else { "embedded, system and --font-dir" },
        ready.as_secs_f64() * 1000.0,
        tpl.name
    );
    outln!("{:<16} {:<10} {:<30} from", "role", "font key", "face");
    for (role, style) in &tpl.styles {
        for (key, bold) in [(&style.font, style.bold), (&style.latin, style.bold)] {
            let chain = fonts.chain(key, bold);
            if let Some(face) = chain.primary() {
                let wanted = tpl.fonts.get(key).and_then(|v| v.first()).cloned().unwrap_or_default();
                let note = if face.origin.to_string().starts_with("embedded") && !wanted.is_empty() && !face.family.eq_ignore_ascii_case(&wanted) {
                    format!("  (no {wanted} here)")
                } else {
                    String::new()
                };
                outln!("{:<16} {:<10} {:<30} {}{note}", role, key, format!("{}{}", face.family, if face.bold { " Bold" } else { "" }), face.origin);
            }
        }
    }
    if let Some(input) = &f.input {
        if let Some(code) = missing_input(input) {
            return code;
        }
        let mut diags = Diagnostics::default();
        let (doc, src) = match crate::parse_file(input, &mut diags) {
            Ok(x) => x,
            Err(e) => {
                errln!("{e}");
                return 1;
            }
        };
        let sopts = crate::style::StyleOptions { base_dir: input.parent().map(Path::to_path_buf).unwrap_or_default(), ..Default::default() };
        let styled = match crate::style::style(&doc, &src, tpl.clone(), &sopts, &mut diags) {
            Ok(s) => s,
            Err(e) => {
                errln!("{e}");
                return 1;
            }
        };
        match crate::layout::layout(&styled, &engine.fonts, &crate::layout::LayoutOptions { allow_missing_glyphs: true }) {
            Ok((_, warnings)) => {
                let missing: Vec<_> = warnings.iter().filter(|w| w.message.starts_with("no font has")).collect();
                if missing.is_empty() {
                    outln!("\nevery character of {} has a face", input.display());
                } else {
                    outln!("\n{} character{} of {} no face covers:", missing.len(), if missing.len() == 1 { "" } else { "s" }, input.display());
                    for w in missing {
                        outln!("{w}");
                    }
                    return 1;
                }
            }
            Err(e) => {
                errln!("{e}");
                return 1;
            }
        }
    }
    0
}

fn templates(a: &TemplatesAction) -> i32 {
    match a {
        TemplatesAction::List => {
            for (name, desc, _) in crate::style::template::BUILTINS {
                outln!("{name:<10} {desc}");
            }
            0
        }
        TemplatesAction::Show { name } => match crate::style::template::Template::builtin(name) {
            Some(t) => {
                // a template that extends a built-in is shown whole, so it can stand alone
                match crate::style::template::Template::load(name) {
                    Ok(full) if t.contains("extends") => {
                        out!("# {name} — {}\n# the full template (built-in `{name}` with everything it inherits)\n", full.description);
                        out!("{}", toml::to_string(&full).unwrap_or_default());
                    }
                    _ => out!("{t}"),
                }
                0
            }
            None => {
                let names: Vec<&str> = crate::style::template::BUILTINS.iter().map(|b| b.0).collect();
                errln!("error: no built-in template `{name}` (built-ins: {})", names.join(", "));
                2
            }
        },
    }
}
