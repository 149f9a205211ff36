//! `cargo bench --bench pipeline`: in-process timings of the pipeline on the examples, with
//! the fonts ready and the subsets of earlier runs kept (the cost a batch of documents from one
//! template pays per document), the same with nothing kept, and the cost of readying the fonts.
//! Prints a small table; no external benchmark framework needed.

use std::path::Path;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // readying the fonts: embedded only, and with the system fonts scanned
    for (label, no_system) in [("embedded fonts only", true), ("embedded + system fonts", false)] {
        let t = (0..5)
            .map(|_| {
                let t0 = Instant::now();
                let e = folio::Engine::new(folio::FontOptions { no_system_fonts: no_system, dirs: vec![] });
                std::hint::black_box(e.fonts.face_count());
                t0.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        println!("fonts ready ({label}): {:.2} ms", median(t));
    }
    let engine = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] }).keep_subsets();
    let t0 = Instant::now();
    let first = folio::convert(&engine, &root.join("examples/mianyang-resolution.md"), &folio::ConvertOptions::default()).expect("builds");
    println!("first document (faces parsed on first use): {:.1} ms, {} pages", t0.elapsed().as_secs_f64() * 1000.0, first.pages);
    // the engine keeps the subsets it made (render::memo), so the runs below reuse them as a
    // batch of documents from one template does; this one starts from nothing each run
    let seed = root.join("examples/mianyang-resolution.md");
    let pdf_only = folio::ConvertOptions { formats: vec![folio::Format::Pdf], ..Default::default() };
    let cold = (0..10)
        .map(|_| {
            let e = folio::Engine::new(folio::FontOptions { no_system_fonts: true, dirs: vec![] });
            timed(|| folio::convert(&e, &seed, &pdf_only).expect("builds"))
        })
        .collect();
    println!("mianyang-resolution.md → pdf, no subset made before (new engine each run): median {:.2} ms", median(cold));
    for (name, formats) in [
        ("mianyang-resolution.md", vec![folio::Format::Pdf]),
        ("mianyang-resolution.md", vec![folio::Format::Docx]),
        ("mianyang-resolution.md", vec![folio::Format::Html]),
        ("mianyang-resolution.md", vec![folio::Format::Ofd]),
        ("mianyang-resolution.md", vec![folio::Format::Pdf, folio::Format::Docx, folio::Format::Html]),
        ("mianyang-resolution.md", folio::Format::ALL.to_vec()),
        ("notice.md", vec![folio::Format::Pdf]),
        ("photo-bulletin.md", vec![folio::Format::Pdf]),
    ] {
        let opts = folio::ConvertOptions { formats: formats.clone(), ..Default::default() };
        let path = root.join("examples").join(name);
        let runs: Vec<f64> = (0..30)
            .map(|_| {
                let t0 = Instant::now();
                let c = folio::convert(&engine, &path, &opts).expect("builds");
                std::hint::black_box(c.outputs.len());
                t0.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        let size: usize = folio::convert(&engine, &path, &opts).unwrap().outputs.iter().map(|o| o.1.len()).sum();
        let fmts: Vec<&str> = formats.iter().map(|f| f.extension()).collect();
        println!("{name} → {}: median {:.2} ms ({} bytes)", fmts.join("+"), median(runs), size);
    }
    let long = root.join("tests/fixtures/corpus/10-baogao-zhengfu-gongzuo-2025-long.txt");
    let runs: Vec<f64> = (0..10)
        .map(|_| {
            let t0 = Instant::now();
            std::hint::black_box(folio::convert(&engine, &long, &folio::ConvertOptions::default()).expect("builds"));
            t0.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let pages = folio::convert(&engine, &long, &folio::ConvertOptions::default()).unwrap().pages;
    println!("30-page report (corpus 10) → pdf: median {:.2} ms, {pages} pages", median(runs));
    verify_cost(&engine, root);
}

/// What the always-on checks cost: placement (every box inside the type area or a furniture
/// slot) and conservation (the characters each renderer wrote, read back from its bytes,
/// against the styled document), timed alone on finished outputs and set against the whole
/// build in all three formats.
fn verify_cost(engine: &folio::Engine, root: &Path) {
    let all = folio::ConvertOptions { formats: folio::Format::ALL.to_vec(), ..Default::default() };
    for doc in [
        "examples/mianyang-resolution.md",
        "tests/fixtures/corpus/07-yijian-sanji-yiyuan-kaohe-long-table.txt",
        "tests/fixtures/corpus/10-baogao-zhengfu-gongzuo-2025-long.txt",
    ] {
        let path = root.join(doc);
        let build = median((0..10).map(|_| timed(|| folio::convert(engine, &path, &all).expect("builds"))).collect());
        let mut diags = folio::diag::Diagnostics::default();
        let (parsed, src) = folio::parse_file(&path, &mut diags).unwrap();
        let tpl = engine.template(folio::default_template(&parsed.meta)).unwrap();
        let opts = folio::style::StyleOptions { base_dir: path.parent().unwrap().to_path_buf(), ..Default::default() };
        let styled = folio::style::style(&parsed, &src, tpl, &opts, &mut diags).unwrap();
        let paged = folio::layout::layout(&styled, &engine.fonts, &Default::default()).unwrap().0;
        let outputs = folio::convert(engine, &path, &all).unwrap().outputs;
        let check = median(
            (0..10)
                .map(|_| {
                    timed(|| {
                        folio::verify::placement(&paged, &src).unwrap();
                        let expected = folio::verify::Expected::of(&styled);
                        for (f, bytes) in &outputs {
                            let w = folio::verify::written(*f, bytes, Some(&paged)).unwrap();
                            folio::verify::conservation(&styled, &expected, *f, &w).unwrap();
                        }
                    })
                })
                .collect(),
        );
        println!("checks on {doc}: {check:.2} ms of a {build:.2} ms build in every format ({:.1} %)", 100.0 * check / build);
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> f64 {
    let t0 = Instant::now();
    std::hint::black_box(f());
    t0.elapsed().as_secs_f64() * 1000.0
}
