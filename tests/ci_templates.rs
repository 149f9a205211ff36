//! The CI templates of `examples/ci/` (issue 20): each parses as YAML, and the folio command
//! lines in it, with the matrix or `parallel` values filled in, build the example documents
//! between them — every part exits 0, writes its report, and the parts together build each
//! document once.

mod common;
use common::*;

use folio::parse::value::{Node, Value};
use std::path::Path;

/// Every string in a YAML tree that runs `folio build`.
fn folio_commands(node: &Node, out: &mut Vec<String>) {
    match &node.value {
        Value::Scalar { text, .. } if text.trim_start().starts_with("folio build") => out.push(text.trim().to_string()),
        Value::Scalar { .. } => {}
        Value::Seq(items) => items.iter().for_each(|n| folio_commands(n, out)),
        Value::Map(entries) => entries.iter().for_each(|(_, v)| folio_commands(v, out)),
    }
}

fn template(name: &str) -> Node {
    let text = std::fs::read_to_string(root().join("examples/ci").join(name)).unwrap();
    folio::parse::formats::yaml(&text).unwrap_or_else(|e| panic!("{name} is not YAML: {e:?}"))
}

/// The example documents (Markdown; the YAML twin of one of them would claim the same
/// output) and their images, in a folder of their own.
fn docs(dir: &Path) -> usize {
    let docs = dir.join("docs");
    std::fs::create_dir_all(docs.join("images")).unwrap();
    let mut n = 0;
    for e in std::fs::read_dir(root().join("examples")).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "md") {
            std::fs::copy(&p, docs.join(p.file_name().unwrap())).unwrap();
            n += 1;
        }
    }
    for e in std::fs::read_dir(root().join("examples/images")).unwrap().flatten() {
        std::fs::copy(e.path(), docs.join("images").join(e.file_name())).unwrap();
    }
    n
}

/// Run one command line of a template for part `k` of `n`, in `dir`.
fn run_part(dir: &Path, line: &str, k: usize, n: usize) {
    let line = line.replace("${{ matrix.part }}", &k.to_string()).replace("$CI_NODE_INDEX", &k.to_string()).replace("$CI_NODE_TOTAL", &n.to_string());
    let args: Vec<&str> = line.split_whitespace().skip(1).collect();
    let o = folio().current_dir(dir).args(&args).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{line}: {}", stderr(&o));
    assert!(dir.join(format!("dist/report-{k}.json")).exists(), "{line}: no report");
}

fn built(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir.join("dist")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn the_github_actions_template_builds_every_document_across_its_matrix() {
    let t = template("github-actions.yml");
    let mut lines = Vec::new();
    folio_commands(&t, &mut lines);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let parts = t.get("jobs").and_then(|j| j.get("build")).and_then(|b| b.get("strategy")).and_then(|s| s.get("matrix")).and_then(|m| m.get("part"));
    let Some(Value::Seq(parts)) = parts.map(|p| &p.value) else { panic!("no matrix of parts") };
    let d = tmp("ci-github");
    let n_docs = docs(&d);
    for (i, _) in parts.iter().enumerate() {
        run_part(&d, &lines[0], i + 1, parts.len());
    }
    let out = built(&d);
    for ext in ["pdf", "docx", "html"] {
        assert_eq!(out.iter().filter(|f| f.ends_with(&format!(".{ext}"))).count(), n_docs, "{out:?}");
    }
}

#[test]
fn the_gitlab_template_builds_every_document_across_its_parallel_jobs() {
    let t = template("gitlab-ci.yml");
    let mut lines = Vec::new();
    folio_commands(&t, &mut lines);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let n: usize = t.get("publish").and_then(|p| p.get("parallel")).and_then(|p| p.as_str()).and_then(|s| s.parse().ok()).expect("parallel: N");
    let d = tmp("ci-gitlab");
    let n_docs = docs(&d);
    for k in 1..=n {
        run_part(&d, &lines[0], k, n);
    }
    assert_eq!(built(&d).iter().filter(|f| f.ends_with(".pdf")).count(), n_docs);
}
