//! `folio build`: many documents in one process. Inputs expand (files, folders, globs), run in
//! parallel on a rayon pool, and are reported in input order; one failing document never stops
//! the others; outputs are written atomically (temporary file + rename), so an interrupted or
//! failed build never leaves a truncated file and keeps the previous good one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;

use crate::cli::args::{BuildArgs, FontArgs};
use crate::cli::config::Config;
use crate::diag::{Diagnostic, Failure};
use crate::fonts::FontOptions;
use crate::model::Contact;
use crate::parse::InputKind;
use crate::{ConvertOptions, Engine, Format};

/// One input and the folder its output path is relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    pub root: PathBuf,
}

/// Expand arguments into inputs: files as given, folders recursively (by extension), globs.
pub fn expand(args: &[String], skip: Option<&Path>) -> Result<Vec<Input>, Diagnostic> {
    let mut out: Vec<Input> = Vec::new();
    let mut seen = HashSet::new();
    let skip = skip.and_then(|s| s.canonicalize().ok());
    let mut push = |path: PathBuf, root: PathBuf, out: &mut Vec<Input>| {
        let key = path.canonicalize().unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            out.push(Input { path, root });
        }
    };
    for a in args {
        let p = PathBuf::from(a);
        // a named pipe or a device given by name is an input that fails with its reason
        let special = !p.is_dir() && std::fs::metadata(&p).is_ok();
        if p.is_file() || special {
            let root = p.parent().map(Path::to_path_buf).unwrap_or_default();
            push(p, root, &mut out);
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(&p, &mut files, skip.as_deref());
            files.sort();
            for f in files {
                push(f, p.clone(), &mut out);
            }
        } else if a.contains(['*', '?', '[']) {
            let root: PathBuf = Path::new(a).components().take_while(|c| !c.as_os_str().to_string_lossy().contains(['*', '?', '['])).collect();
            let entries = glob::glob(a).map_err(|e| Diagnostic::error(format!("bad glob `{a}`: {e}")))?;
            let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok()).filter(|f| f.is_file()).collect();
            files.sort();
            if files.is_empty() {
                return Err(Diagnostic::error(format!("`{a}` matches no file")));
            }
            for f in files {
                let root = if root.as_os_str().is_empty() { PathBuf::from(".") } else { root.clone() };
                push(f, root, &mut out);
            }
        } else {
            return Err(Diagnostic::error(format!("`{a}`: no such file or folder")));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skip: Option<&Path>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        if skip.is_some_and(|s| p.canonicalize().is_ok_and(|c| c == s)) {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, skip);
        } else if InputKind::from_path(&p).is_some() && name != "folio.toml" {
            out.push(p);
        }
    }
}

/// `K/N` → the inputs of part K (1-based) of N: every N-th of the sorted list, so the parts
/// are disjoint, cover everything, and do not depend on which machine computes them.
pub fn partition(inputs: Vec<Input>, spec: &str) -> Result<Vec<Input>, Diagnostic> {
    let bad = || Diagnostic::error(format!("bad --partition `{spec}`")).hint("write K/N with 1 <= K <= N, e.g. --partition 2/3");
    let (k, n) = spec.split_once('/').ok_or_else(bad)?;
    let (k, n): (usize, usize) = (k.trim().parse().map_err(|_| bad())?, n.trim().parse().map_err(|_| bad())?);
    if n == 0 || k == 0 || k > n {
        return Err(bad());
    }
    let mut sorted = inputs;
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(sorted.into_iter().enumerate().filter(|(i, _)| i % n == k - 1).map(|(_, x)| x).collect())
}

/// Where an input's output goes: mirrored under `out` relative to the input's root, or next
/// to the input.
pub fn output_path(input: &Input, out: Option<&Path>, ext: &str) -> PathBuf {
    let rel = input.path.strip_prefix(&input.root).map(Path::to_path_buf).unwrap_or_else(|_| input.path.file_name().map(PathBuf::from).unwrap_or_default());
    let base = match out {
        Some(o) => o.join(rel),
        None => input.path.clone(),
    };
    base.with_extension(ext)
}

/// Write a file atomically: a temporary file in the same folder, then renamed; on the disk when
/// this returns.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_all_atomic(&[(path.to_path_buf(), bytes)], Flush::Each).map_err(|(_, e)| e)
}

/// What happened to one input.
#[derive(Debug, serde::Serialize)]
pub struct DocReport {
    pub input: PathBuf,
    pub ok: bool,
    pub outputs: Vec<PathBuf>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
    pub millis: f64,
}

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub folio: &'static str,
    pub built: usize,
    pub failed: usize,
    pub warnings: usize,
    pub millis: f64,
    pub documents: Vec<DocReport>,
}

/// Run `folio build`; returns the exit code.
pub fn run(args: &BuildArgs, fonts: &FontArgs) -> i32 {
    let started = Instant::now();
    // a reproducible build that silently is not would be worse than none
    if let Some(v) = std::env::var_os("SOURCE_DATE_EPOCH")
        && v.to_str().and_then(|v| v.trim().parse::<i64>().ok()).is_none()
    {
        errln!("error: SOURCE_DATE_EPOCH=`{}` is not a whole number of seconds since 1970-01-01", v.to_string_lossy());
        errln!("  = hint: set it to e.g. `$(git log -1 --format=%ct)`, or unset it to date documents by their own date");
        return 2;
    }
    let inputs = match expand(&args.inputs, args.output.as_deref()) {
        Ok(i) => i,
        Err(d) => {
            errln!("{d}");
            return 2;
        }
    };
    let inputs = match &args.partition {
        Some(p) => match partition(inputs, p) {
            Ok(i) => i,
            Err(d) => {
                errln!("{d}");
                return 2;
            }
        },
        None => inputs,
    };
    // folio.toml of each input (cached per file)
    let mut configs: HashMap<PathBuf, Config> = HashMap::new();
    let mut doc_config: Vec<Option<PathBuf>> = Vec::new();
    for i in &inputs {
        let found = Config::find(&i.path);
        if let Some(p) = &found
            && !configs.contains_key(p)
        {
            match Config::load(p) {
                Ok(c) => {
                    configs.insert(p.clone(), c);
                }
                Err(f) => {
                    errln!("{f}");
                    return 2;
                }
            }
        }
        doc_config.push(found);
    }
    let mut font_dirs = fonts.font_dirs.clone();
    font_dirs.extend(crate::fonts::env_font_dirs());
    for c in configs.values() {
        font_dirs.extend(c.font_dirs.iter().cloned());
    }
    let mut engine = Engine::new(FontOptions { no_system_fonts: fonts.no_system_fonts, dirs: font_dirs });
    if inputs.len() > 1 {
        engine = engine.keep_subsets();
    }
    for w in &engine.fonts.warnings {
        errln!("warning: {w}");
    }
    // templates must load before anything runs: a bad template is a configuration error
    let plans: Vec<(ConvertOptions, Option<PathBuf>)> = inputs
        .iter()
        .zip(&doc_config)
        .map(|(_, cfg)| {
            let c = cfg.as_ref().and_then(|p| configs.get(p));
            let mut contact: Option<Contact> = c.and_then(|c| c.contact.clone());
            if args.contact_org.is_some() || args.contact_phone.is_some() {
                let mut flags = Contact { organization: args.contact_org.clone(), phone: args.contact_phone.clone(), ..Contact::default() };
                if let Some(cc) = &contact {
                    flags.fill_from(cc);
                }
                contact = Some(flags);
            }
            let opts = ConvertOptions {
                template: args.template.clone().or_else(|| c.and_then(|c| c.template.clone())),
                formats: if !args.formats.is_empty() { args.formats.clone() } else { c.and_then(|c| c.formats.clone()).unwrap_or_else(|| vec![Format::Pdf]) },
                allow_paths: args.allow_paths.iter().cloned().chain(c.map(|c| c.allow_paths.clone()).unwrap_or_default()).collect(),
                allow_missing_glyphs: args.allow_missing_glyphs || c.and_then(|c| c.allow_missing_glyphs).unwrap_or(false),
                dump_layout: args.dump_layout,
                embed_fonts: !args.no_embed_fonts,
                docx_fonts: args.docx_fonts.or_else(|| c.and_then(|c| c.docx_fonts)).unwrap_or_default(),
                contact,
                keep_all: args.keep_all,
            };
            let out = args.output.clone().or_else(|| c.and_then(|c| c.output.clone()));
            (opts, out)
        })
        .collect();
    let mut seen_templates = HashSet::new();
    for (o, _) in &plans {
        if let Some(t) = &o.template
            && seen_templates.insert(t.clone())
            && let Err(f) = engine.template(t)
        {
            errln!("{f}");
            return 2;
        }
    }
    // two inputs must not write the same output
    let mut claimed: HashMap<PathBuf, usize> = HashMap::new();
    let mut clash: BTreeMap<usize, Diagnostic> = BTreeMap::new();
    for (i, (inp, (o, out))) in inputs.iter().zip(&plans).enumerate() {
        for f in &o.formats {
            let p = output_path(inp, out.as_deref(), f.extension());
            if let Some(j) = claimed.get(&p) {
                clash.insert(
                    i,
                    Diagnostic::error(format!("its output {} is also the output of {}", p.display(), inputs[*j].path.display()))
                        .in_file(&inp.path)
                        .hint("rename one of the two inputs"),
                );
            } else {
                claimed.insert(p, i);
            }
        }
    }

    if let Some(d) = output_overwrites_input(args, &inputs, &plans) {
        errln!("{d}");
        return 2;
    }

    let show_progress = !args.quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none() && inputs.len() > 1;
    let bar = show_progress.then(|| {
        let b = indicatif::ProgressBar::new(inputs.len() as u64);
        b.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()));
        b
    });
    let jobs = crate::limits::jobs(args.jobs.unwrap_or(0));
    if args.jobs.is_some_and(|j| j > jobs) {
        errln!("warning: -j {} is more than {} threads per core; using {jobs}", args.jobs.unwrap_or(0), crate::limits::JOBS_PER_CORE);
    }
    // a worker's stack holds the layout of one document; 16 MiB leaves room to spare
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).stack_size(16 << 20).build() {
        Ok(p) => p,
        Err(e) => {
            errln!("error: cannot start {jobs} threads: {e}");
            return 2;
        }
    };
    // results are printed in input order as soon as all earlier ones are done
    let printer = Mutex::new((0usize, BTreeMap::<usize, String>::new()));
    let emit = |i: usize, text: String| {
        let mut p = printer.lock().unwrap_or_else(|e| e.into_inner());
        p.1.insert(i, text);
        loop {
            let next = p.0;
            let Some(t) = p.1.remove(&next) else { break };
            if !t.is_empty() {
                match &bar {
                    Some(b) => b.suspend(|| err!("{t}")),
                    None => err!("{t}"),
                }
            }
            p.0 += 1;
        }
    };
    let flush = Flush::for_run(inputs.len());
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(remember_panic));
    let reports: Vec<DocReport> = pool.install(|| {
        inputs
            .par_iter()
            .enumerate()
            .map(|(i, inp)| {
                let t0 = Instant::now();
                let (opts, out) = &plans[i];
                let result = match clash.get(&i) {
                    Some(d) => Err(Failure::from(d.clone())),
                    None => isolated(&inp.path, || build_one(&engine, inp, opts, out.as_deref(), args.deny_warnings, flush)),
                };
                let millis = t0.elapsed().as_secs_f64() * 1000.0;
                let rep = match result {
                    Ok((outputs, pages, warnings)) => DocReport { input: inp.path.clone(), ok: true, outputs, pages, warnings, errors: Vec::new(), millis },
                    Err(f) => {
                        let (errors, warnings): (Vec<_>, Vec<_>) = f.0.into_iter().partition(Diagnostic::is_error);
                        DocReport { input: inp.path.clone(), ok: false, outputs: Vec::new(), pages: 0, warnings, errors, millis }
                    }
                };
                let mut text = String::new();
                if !args.quiet || !rep.ok {
                    for d in rep.errors.iter().chain(if args.quiet { [].iter() } else { rep.warnings.iter() }) {
                        text.push_str(&format!("{d}\n"));
                    }
                }
                if rep.ok && !args.quiet && (args.verbose || bar.is_none()) {
                    for o in &rep.outputs {
                        text.push_str(&format!("wrote {}\n", o.display()));
                    }
                }
                emit(i, text);
                if let Some(b) = &bar {
                    b.inc(1);
                    b.set_message(inp.path.display().to_string());
                }
                rep
            })
            .collect()
    });
    std::panic::set_hook(previous_hook);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let unsynced = if flush == Flush::AtEnd { sync_written() } else { Vec::new() };
    for (dir, e) in &unsynced {
        errln!("error: the outputs in {} may not be on the disk: flushing it failed: {e}", dir.display());
    }
    let failed = reports.iter().filter(|r| !r.ok).count();
    let warnings: usize = reports.iter().map(|r| r.warnings.len()).sum();
    let report = Report {
        folio: env!("CARGO_PKG_VERSION"),
        built: reports.len() - failed,
        failed,
        warnings,
        millis: started.elapsed().as_secs_f64() * 1000.0,
        documents: reports,
    };
    if !args.quiet || failed > 0 {
        errln!(
            "{} built, {} failed, {} warning{} in {:.2} s",
            report.built,
            report.failed,
            report.warnings,
            if report.warnings == 1 { "" } else { "s" },
            report.millis / 1000.0
        );
    }
    if let Some(p) = &args.report {
        let json = serde_json::to_vec_pretty(&report).unwrap_or_default();
        if let Err(e) = write_atomic(p, &json) {
            errln!("error: cannot write the report {}: {e}", p.display());
            return 2;
        }
    }
    let code = if failed > 0 || !unsynced.is_empty() { 1 } else { 0 };
    if args.watch {
        return watch(args, fonts, &engine, &inputs, &plans);
    }
    code
}

/// No file a run writes (outputs, layout dumps, the report) may be one of its inputs: `--report
/// a.md` must not replace a.md with JSON.
fn output_overwrites_input(args: &BuildArgs, inputs: &[Input], plans: &[(ConvertOptions, Option<PathBuf>)]) -> Option<Diagnostic> {
    let canon: HashMap<PathBuf, &Path> = inputs.iter().filter_map(|i| Some((i.path.canonicalize().ok()?, i.path.as_path()))).collect();
    let mut writes: Vec<PathBuf> = args.report.iter().cloned().collect();
    for (inp, (o, out)) in inputs.iter().zip(plans) {
        writes.extend(o.formats.iter().map(|f| output_path(inp, out.as_deref(), f.extension())));
        if o.dump_layout {
            writes.push(output_path(inp, out.as_deref(), "layout.txt"));
        }
    }
    writes.iter().find_map(|w| {
        let input = canon.get(&w.canonicalize().ok()?)?;
        Some(
            Diagnostic::error(format!("{} would be overwritten: it is an input of this run ({})", w.display(), input.display()))
                .hint("write the output (or the report) somewhere else: choose another name, or -o DIR"),
        )
    })
}

type Built = (Vec<PathBuf>, usize, Vec<Diagnostic>);

thread_local! {
    /// The message and place of the last panic on this thread, for the report.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Panic hook of a batch: remember what happened instead of printing it; the document's report
/// says it.
fn remember_panic(info: &std::panic::PanicHookInfo) {
    let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
    let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
    LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
}

/// Build one document so that a crash (a bug in folio) fails that document only: the other
/// documents of the batch still build and the report is written.
pub fn isolated<T>(input: &Path, build: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(build)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| {
                payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_default()
            });
            Err(Failure::from(
                Diagnostic::error(format!("folio crashed while building this document ({msg}); nothing was written for it"))
                    .in_file(input)
                    .hint("this is a bug in folio; please report it with the document. The other documents were built"),
            ))
        }
    }
}

fn build_one(engine: &Engine, inp: &Input, opts: &ConvertOptions, out: Option<&Path>, deny_warnings: bool, flush: Flush) -> Result<Built, Failure> {
    // fault injection for the test of a crash in a batch (tests/batch.rs)
    if std::env::var_os("FOLIO_TEST_PANIC_ON").is_some_and(|n| inp.path.file_name() == Some(n.as_os_str())) {
        panic!("FOLIO_TEST_PANIC_ON asked for a crash");
    }
    let c = crate::convert(engine, &inp.path, opts)?;
    if deny_warnings && !c.warnings.is_empty() {
        let mut all = c.warnings;
        all.push(Diagnostic::error("warnings are errors (--deny-warnings); nothing was written").in_file(&inp.path));
        return Err(Failure(all));
    }
    let mut files: Vec<(PathBuf, &[u8])> = c.outputs.iter().map(|(f, bytes)| (output_path(inp, out, f.extension()), bytes.as_slice())).collect();
    if let Some(d) = &c.dump {
        files.push((output_path(inp, out, "layout.txt"), d.as_bytes()));
    }
    write_all_atomic(&files, flush).map_err(|(p, e)| {
        Failure::from(Diagnostic::error(format!("cannot write {}: {e}; none of this document's outputs was written", p.display())).in_file(&inp.path))
    })?;
    Ok((files.into_iter().map(|(p, _)| p).collect(), c.pages, c.warnings))
}

/// Write a document's outputs together: every format goes to a temporary file first, and only
/// when all are written are they renamed into place (each flushed first as `flush` says). A
/// failure (a full disk) removes the temporary files and leaves every earlier output as it was.
pub fn write_all_atomic(files: &[(PathBuf, &[u8])], flush: Flush) -> Result<(), (PathBuf, std::io::Error)> {
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    let mut failed = None;
    for (path, bytes) in files {
        // a target the rename cannot replace fails now, before any output is in place
        let result = if path.is_dir() { Err(std::io::Error::other("a folder has this name")) } else { write_temp(path, bytes, flush) };
        match result {
            Ok(tmp) => temps.push((tmp, path)),
            Err(e) => {
                failed = Some((path.clone(), e));
                break;
            }
        }
    }
    if failed.is_none() {
        for (tmp, path) in &temps {
            if let Err(e) = std::fs::rename(tmp, path) {
                failed = Some((path.to_path_buf(), e));
                break;
            }
        }
    }
    match failed {
        Some(f) => {
            for (tmp, _) in &temps {
                let _ = std::fs::remove_file(tmp);
            }
            Err(f)
        }
        None => Ok(()),
    }
}

/// `.a.pdf.folio-tmp-<pid>-<n>` beside `a.pdf`, written and synced. Temporary files of `a.pdf`
/// that a folio process no longer running left behind (killed mid-write) are removed first.
fn write_temp(path: &Path, bytes: &[u8], flush: Flush) -> std::io::Result<PathBuf> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    remove_stale_temps_once(dir);
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.folio-tmp-{}-{n}", std::process::id()));
    // a file that replaces a good one is on the disk before the rename, whatever the mode
    let now = flush == Flush::Each || path.exists();
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        if now {
            f.sync_data()
        } else {
            start_writeback(&f);
            Ok(())
        }
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Ask the kernel to start writing `f` to the disk now, without waiting for it: a batch's
/// outputs then go to the disk while later documents are built, and the flush at the end
/// (`sync_written`) waits for the last few only (it waited half a second for 1,000 documents'
/// 330 MB).
#[cfg(target_os = "linux")]
fn start_writeback(f: &std::fs::File) {
    use std::os::fd::AsRawFd;
    // SAFETY: `f` is an open descriptor for the duration of the call; the flag only starts
    // writeback, and a failure changes nothing (the flush at the end still runs)
    unsafe {
        libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_f: &std::fs::File) {}

/// When new outputs reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flush {
    /// Each before its rename: a single document (a flush of the whole file system would wait
    /// for whatever else is being written to it), and wherever `syncfs` is missing.
    Each,
    /// Together when the run ends (`sync_written`): a batch, where one flush per file was a
    /// fifth of the time. A file that replaces a good one is still flushed before its rename.
    AtEnd,
}

impl Flush {
    /// The mode for a run of `documents` documents.
    pub fn for_run(documents: usize) -> Flush {
        if documents > 1 && cfg!(target_os = "linux") { Flush::AtEnd } else { Flush::Each }
    }
}

/// The folders this process wrote outputs to.
static WRITTEN: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// Flush the file systems of every folder this process wrote to, so that a run that reported
/// its outputs written leaves them on the disk. The folders whose flush failed, with the error.
pub fn sync_written() -> Vec<(PathBuf, std::io::Error)> {
    let dirs: Vec<PathBuf> = WRITTEN.lock().map(|d| d.iter().cloned().collect()).unwrap_or_default();
    dirs.into_iter().filter_map(|d| sync_file_system(&d).err().map(|e| (d, e))).collect()
}

#[cfg(target_os = "linux")]
fn sync_file_system(dir: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let f = std::fs::File::open(dir)?;
    // SAFETY: syncfs takes an open descriptor, which `f` holds until the call returns
    if unsafe { libc::syncfs(f.as_raw_fd()) } == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn sync_file_system(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Remove stale temporary files from an output folder, the first time this process writes to
/// it: reading the folder for every output made a batch quadratic in the files of its folder.
fn remove_stale_temps_once(dir: &Path) {
    let first = WRITTEN.lock().map(|mut seen| seen.insert(dir.to_path_buf())).unwrap_or(true);
    if first {
        remove_stale_temps(dir);
    }
}

/// Remove `.NAME.folio-tmp-PID-N` files of processes that are gone: where `/proc` shows the
/// running processes, those whose PID is not running; elsewhere those older than a day.
fn remove_stale_temps(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let proc = Path::new("/proc/self").exists();
    for e in rd.flatten() {
        let file = e.file_name();
        let Some(rest) = file.to_str().filter(|f| f.starts_with('.')).and_then(|f| f.rsplit_once(".folio-tmp-")).map(|(_, rest)| rest) else { continue };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid == std::process::id() {
            continue;
        }
        let gone = if proc {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 86_400))
        };
        if gone {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// `--watch`: rebuild inputs when they (or a template / folio.toml next to them) change.
fn watch(args: &BuildArgs, _fonts: &FontArgs, engine: &Engine, inputs: &[Input], plans: &[(ConvertOptions, Option<PathBuf>)]) -> i32 {
    use notify::{RecursiveMode, Watcher};
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        // only changes: reading a file (a viewer polling the output) is not an edit
        if let Ok(ev) = ev
            && matches!(ev.kind, notify::EventKind::Modify(_) | notify::EventKind::Create(_))
        {
            let _ = tx.send(ev);
        }
    }) {
        Ok(w) => w,
        Err(e) => {
            errln!("error: cannot watch files: {e}");
            return 2;
        }
    };
    let mut dirs: Vec<PathBuf> = inputs.iter().filter_map(|i| i.path.parent().map(Path::to_path_buf)).collect();
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        let d = if d.as_os_str().is_empty() { Path::new(".") } else { d.as_path() };
        if let Err(e) = watcher.watch(d, RecursiveMode::NonRecursive) {
            errln!("error: cannot watch {}: {e}", d.display());
            return 2;
        }
    }
    errln!("watching {} input{} for changes (Ctrl-C to stop)", inputs.len(), if inputs.len() == 1 { "" } else { "s" });
    let canon: Vec<Option<PathBuf>> = inputs.iter().map(|i| i.path.canonicalize().ok()).collect();
    loop {
        let Ok(first) = rx.recv() else { return 0 };
        // let a burst of events (an editor's save) settle, for at most half a second
        let mut events = vec![first];
        let until = Instant::now() + std::time::Duration::from_millis(500);
        while let Ok(e) = rx.recv_timeout(std::time::Duration::from_millis(100)) {
            events.push(e);
            if Instant::now() > until {
                break;
            }
        }
        let changed: HashSet<PathBuf> = events
            .iter()
            .filter(|e| matches!(e.kind, notify::EventKind::Modify(_) | notify::EventKind::Create(_)))
            .flat_map(|e| e.paths.iter().filter_map(|p| p.canonicalize().ok()))
            .collect();
        for (i, inp) in inputs.iter().enumerate() {
            if canon[i].as_ref().is_some_and(|c| changed.contains(c)) {
                let t0 = Instant::now();
                match isolated(&inp.path, || build_one(engine, inp, &plans[i].0, plans[i].1.as_deref(), args.deny_warnings, Flush::Each)) {
                    Ok((outs, _, warnings)) => {
                        for w in &warnings {
                            errln!("{w}");
                        }
                        errln!(
                            "rebuilt {} in {:.0} ms",
                            outs.iter().map(|o| o.display().to_string()).collect::<Vec<_>>().join(", "),
                            t0.elapsed().as_secs_f64() * 1000.0
                        );
                    }
                    Err(f) => errln!("{f}"),
                }
            }
        }
        let _ = args;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_written_are_flushed_once_at_the_end_and_a_replaced_file_is_whole() {
        let dir = std::env::temp_dir().join(format!("folio-sync-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let (a, b) = (dir.join("a.pdf"), dir.join("b.html"));
        write_all_atomic(&[(a.clone(), b"first"), (b.clone(), b"<html>")], Flush::AtEnd).unwrap();
        assert!(WRITTEN.lock().unwrap().contains(&dir), "the folder is remembered for the flush");
        // replacing a file writes it whole before the rename
        write_all_atomic(&[(a.clone(), b"second")], Flush::AtEnd).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"second");
        assert!(sync_written().is_empty(), "the flush succeeds");
        // a single document flushes each output itself; a batch waits, where syncfs exists
        assert_eq!(Flush::for_run(1), Flush::Each);
        assert_eq!(Flush::for_run(2), if cfg!(target_os = "linux") { Flush::AtEnd } else { Flush::Each });
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
