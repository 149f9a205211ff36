//! Structure recognition measured as `../shared/tools/structure-score` measures it: what
//! `folio import` makes of labelled real pages (title, number, addressee, signature, date,
//! headings, page chrome removed) against labels a clerk wrote by reading each page before the
//! importer ran on it. The Markdown that `folio import` writes is read back with folio's own
//! parser, so the round trip is part of the measure. `absent_pdf` labels are checked by the
//! corpus tests, not here.
//!
//! Each set has a floor. `pages`, `pages2` and `pages3` (hosting sites: law mirrors, document
//! sharing, finance portals, forums) are tuned on; `pages-heldout`, `pages4`, `pages5` and
//! `pages6` (once `pages-heldout2`, `-3` and `-4`) were held out at first and have since been
//! tuned on; `pages7` was scored once unseen (111/131, 85 %) and then tuned on, as was `pages8`
//! (97/118, 82 % unseen) and `pages9` (128/166, 77 % unseen). `pages-heldout77`
//! and every later held-out set were collected after the importer was written and are never tuned
//! against: their misses are not printed, their floors only guard against collapse, and their
//! scores are the honest measure. `pages-heldout5` to `-76` were such sets for many sessions
//! before they were retired to tuning (see `retired_to_tuning`)
//! (`cargo test --release --test structure -- --nocapture` prints every score).

mod common;
use common::*;

use serde_json::Value;

/// Han characters, digits and letters only, as the score compares text.
fn key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) => Some(items.iter().filter_map(|x| x.get("name").or(Some(x)).and_then(as_text)).collect::<Vec<_>>().join("，")),
        other => Some(other.to_string()),
    }
}

fn field(meta: &Value, path: &str) -> Option<String> {
    path.split('.').try_fold(meta, |v, k| v.get(k)).and_then(as_text)
}

/// Labels right, labels in all, and the misses of one labelled file.
fn score_file(name: &str, text: &str, want: &serde_json::Map<String, Value>) -> (usize, usize, Vec<String>) {
    let md = import_text(text, false).markdown;
    let src = folio::diag::SourceFile::new(format!("{name}.md"), md.clone());
    let mut diags = folio::diag::Diagnostics::default();
    let doc = folio::parse::parse_markdown(&src, &mut diags).unwrap_or_else(|e| panic!("{name}: the imported Markdown does not parse: {e:?}"));
    let meta = serde_json::to_value(&doc.meta).unwrap();
    let body = md.splitn(3, "---\n").nth(2).unwrap_or(&md);
    let (mut right, mut total, mut miss) = (0, 0, Vec::new());
    let mut count = |ok: bool, why: String| {
        total += 1;
        if ok { right += 1 } else { miss.push(format!("{name}: {why}")) }
    };
    for (k, v) in want {
        match k.as_str() {
            "absent" => {
                let flat = squash(&md);
                for s in v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()) {
                    count(!flat.contains(&squash(s)), format!("kept {s:?}"));
                }
            }
            "absent_line" => {
                for s in v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()) {
                    count(!body.lines().any(|l| l.trim() == s), format!("{s:?} stands alone on a line"));
                }
            }
            "absent_pdf" => {}
            "h1" => {
                let got = body.lines().filter(|l| l.starts_with("## ")).count();
                count(Some(got as u64) == v.as_u64(), format!("{got} level-1 headings, want {v}"));
            }
            "parallel" => {
                let kinds: std::collections::BTreeSet<&str> = v
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|item| {
                        let item = key(item.as_str().unwrap());
                        match body.lines().find(|l| !item.is_empty() && key(l).starts_with(&item)) {
                            None => "missing",
                            Some(l) if l.starts_with('#') => "heading",
                            Some(_) => "paragraph",
                        }
                    })
                    .collect();
                count(kinds.len() == 1 && !kinds.contains("missing"), format!("parallel items treated as {kinds:?}"));
            }
            _ => {
                let got = field(&meta, k).or_else(|| (k == "signature").then(|| field(&meta, "issuer")).flatten());
                let want = as_text(v).unwrap_or_default();
                count(got.as_deref().is_some_and(|g| key(g) == key(&want) || g == want), format!("{k} = {got:?}, want {want:?}"));
            }
        }
    }
    (right, total, miss)
}

/// Held-out sets whose misses have since been read and tuned on: `pages-heldout` and
/// `pages-heldout5` to `pages-heldout205`.
fn retired_to_tuning(set: &str) -> bool {
    let number = set.strip_prefix("pages-heldout").map(str::parse::<u32>);
    set == "pages-heldout" || number.is_some_and(|n| n.is_ok_and(|n| n <= LAST_RETIRED_SET))
}

/// The last held-out set retired to tuning.
const LAST_RETIRED_SET: u32 = 205;

/// Score a labelled set; panics below `floor`. The misses of a held-out set are never shown:
/// looking at them would make it a set we tune on.
fn score_set(set: &str, floor: f64) {
    let held_out = set.starts_with("pages-heldout") && !retired_to_tuning(set);
    let dir = root().join("tests/fixtures").join(set);
    // the corpus folder holds only documents (it is built as a batch); its labels stand beside it
    let labels = if set == "corpus" { root().join("tests/fixtures/corpus-structure.json") } else { dir.join("structure.json") };
    let labels: Value = serde_json::from_str(&std::fs::read_to_string(labels).unwrap()).unwrap();
    let (mut right, mut total, mut misses) = (0, 0, Vec::new());
    for (name, want) in labels.as_object().unwrap().iter().filter(|(n, _)| !n.starts_with('_')) {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap_or_else(|e| panic!("{set}/{name}.txt: {e}"));
        let (r, t, m) = score_file(name, &text, want.as_object().unwrap());
        right += r;
        total += t;
        misses.extend(m);
    }
    let share = right as f64 / total.max(1) as f64;
    println!("{set}: {right}/{total} labels right ({:.0}%)", share * 100.0);
    if held_out {
        misses.clear();
    }
    for m in &misses {
        println!("  {m}");
    }
    assert!(total > 0);
    assert!(share >= floor, "{set}: {right}/{total} labels right ({:.0}%), below {:.0}%:\n{}", share * 100.0, floor * 100.0, misses.join("\n"));
}

#[test]
fn the_corpus_is_read_as_a_clerk_reads_it() {
    score_set("corpus", 0.95);
}

#[test]
fn our_labelled_pages_are_read_as_a_clerk_reads_them() {
    score_set("pages", 0.95);
}

#[test]
fn held_out_pages_are_read_as_a_clerk_reads_them() {
    score_set("pages-heldout", 0.90);
}

/// `pages-heldout5` to `pages-heldout47` were held out for twelve sessions and then, when
/// the search store ran out of fresh hosts, retired to tuning (2026-12-05, at a900cf2, where
/// they scored 3,245/3,616, 89.7 %): their misses were the best sign of what the rules still
/// missed. `pages-heldout48` to `-58` followed them (2026-12-05, at 4ca162c, 759/831, 91.3 %),
/// as two new held-out sets took their place. `pages-heldout59` to `-68` followed (2026-12-06, at
/// 7114fc3, 739/809, 91.3 %), then `-69` to `-76` (2026-12-06, at 7b32c14, 496/544, 91.2 %). The
/// comments keep their first scores.
#[test]
fn held_out_sets_retired_to_tuning_are_read_as_a_clerk_reads_them() {
    score_set("pages-heldout5", 0.75);
    score_set("pages-heldout6", 0.75);
    score_set("pages-heldout7", 0.75);
    score_set("pages-heldout8", 0.75);
    // 112/127 (88 %) when first scored, at the end of the session that added it
    score_set("pages-heldout9", 0.75);
    // 121/134 (90 %) when first scored, at the end of the session that added it
    score_set("pages-heldout10", 0.75);
    // 143/171 (84 %) when first scored, at the start of the session that added it (190e2d2)
    score_set("pages-heldout11", 0.75);
    // 166/180 (92 %) when first scored, in the session that added it, after its tuning on pages17 (e837551)
    score_set("pages-heldout12", 0.75);
    // 128/140 (91 %) when first scored, in the session that added it, after its tuning on pages18
    score_set("pages-heldout13", 0.75);
    // 87/102 (85 %) when first scored, in the session that added it, after its first three
    // tuning commits (letters' addressees, tab labels, 版记 rows)
    score_set("pages-heldout14", 0.75);
    // 67/80 (84 %) when first scored, unseen, at the end of the session that added it (f8abcbc)
    score_set("pages-heldout15", 0.75);
    // 60/71 (85 %) when first scored, unseen, in the session that added it (a5ae11b; the same
    // with the binary the session started from, 4b73893)
    score_set("pages-heldout16", 0.75);
    // 69/73 (95 %) when first scored, unseen, in the session that added it (e2fdfac; the same with
    // the binary the session started from, d914e6e)
    score_set("pages-heldout17", 0.75);
    // 47/58 (81 %) when first scored, unseen, in the session that added it (697426a; the same with
    // the binary the session started from, d914e6e)
    score_set("pages-heldout18", 0.75);
    // 53/57 (93 %) when first scored, unseen, in the session that added it (adeaa93 and the
    // binary the session started from, 6044b50, alike)
    score_set("pages-heldout19", 0.75);
    // 39/49 (80 %) when first scored, unseen, in the session that added it (9038f47 and the
    // binary the session started from alike)
    score_set("pages-heldout20", 0.75);
    // 61/65 (94 %) when first scored, unseen, in the session that added it (9c214a7 and the
    // binary the session started from, d71f9c9, alike)
    score_set("pages-heldout21", 0.75);
    // 57/68 (84 %) when first scored, unseen, in the session that added it (9a4756c and the
    // binary the session started from, d71f9c9, alike)
    score_set("pages-heldout22", 0.75);
    // 59/65 (91 %) when first scored, unseen, in the session that added it (8e4ff90 and the
    // binary the session started from, d71f9c9, alike)
    score_set("pages-heldout23", 0.75);
    // 51/65 (78 %) when first scored, unseen, with the binary the session started from (d71f9c9);
    // 52/65 with the working tree of the time (before f0eb744)
    score_set("pages-heldout24", 0.75);
    // 40/50 (80 %) when first scored, unseen, in the session that added it (43a3734 and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout25", 0.75);
    // 56/60 (93 %) when first scored, unseen, in the session that added it (751eb35 and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout26", 0.75);
    // 40/52 (77 %) when first scored, unseen, in the session that added it (4fc5695 and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout27", 0.75);
    // 61/65 (94 %) when first scored, unseen, in the session that added it (1132ae4 and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout28", 0.75);
    // 56/63 (89 %) when first scored, unseen, in the session that added it (ff7b815 and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout29", 0.75);
    // 54/64 (84 %) when first scored, unseen, in the session that added it (8b5957d and the
    // binary the session started from, 0126a42, alike)
    score_set("pages-heldout30", 0.75);
    // 50/65 (77 %) when first scored, unseen, in the session that added it (d92baba and the
    // binary the session started from, dc712be, alike)
    score_set("pages-heldout31", 0.75);
    // 50/62 (81 %) when first scored, unseen, in the session that added it (b3c5579
    // and the binary the session started from, dc712be, alike)
    score_set("pages-heldout32", 0.75);
    // 52/64 (81 %) when first scored, unseen, in the session that added it (3ccb9a3 and the
    // tree of the time alike)
    score_set("pages-heldout33", 0.75);
    // 44/51 (86 %) when first scored, unseen, in the session that added it (3ccb9a3 and the
    // tree of the time alike)
    score_set("pages-heldout34", 0.75);
    // 55/59 (93 %) when first scored, unseen, in the session that added it (3ccb9a3 and the
    // tree of the time alike)
    score_set("pages-heldout35", 0.75);
    // 55/59 (93 %) when first scored, unseen, in the session that added it (3ccb9a3 and the
    // tree of the time alike)
    score_set("pages-heldout36", 0.75);
    // 56/60 (93 %) when first scored, unseen, in the session that added it (85efc93)
    score_set("pages-heldout37", 0.75);
    // 78/88 (89 %) when first scored, unseen, in the session that added it (85efc93 and 6c30987
    // alike)
    score_set("pages-heldout38", 0.75);
    // 61/73 (84 %) when first scored, unseen, in the session that added it (85efc93 and the
    // tree at b26934c alike)
    score_set("pages-heldout39", 0.75);
    // 64/72 (89 %) when first scored, unseen, in the session that added it (3829a94 and the
    // tree of the time alike)
    score_set("pages-heldout40", 0.75);
    // 27/29 (93 %) when first scored, unseen, in the session that added it (3829a94 and 8cced12
    // alike; six pages)
    score_set("pages-heldout41", 0.75);
    // 71/75 (95 %) when first scored, unseen, in the session that added it (c27a23e and the
    // tree of the time alike)
    score_set("pages-heldout42", 0.75);
    // 79/91 (87 %) when first scored, unseen, in the session that added it (c27a23e and the
    // tree of the time alike)
    score_set("pages-heldout43", 0.75);
    // 68/78 (87 %) when first scored, unseen, in the session that added it (c27a23e and the
    // tree of the time alike)
    score_set("pages-heldout44", 0.75);
    // 67/73 (92 %) when first scored, unseen, in the session that added it (c27a23e and the
    // tree of the time alike)
    score_set("pages-heldout45", 0.75);
    // 45/51 (88 %) when first scored, unseen, in the session that added it (c27a23e; 46/51 with
    // the working tree of the time)
    score_set("pages-heldout46", 0.75);
    // 84/92 (91 %) when first scored, unseen, in the session that added it (c27a23e and the
    // tree of the time alike)
    score_set("pages-heldout47", 0.75);
    // 47/57 (82 %) when first scored, unseen, in the session that added it (2615f4c and the
    // tree of the time alike)
    score_set("pages-heldout48", 0.75);
    // 78/81 (96 %) when first scored, unseen, in the session that added it (2615f4c and the
    // tree of the time alike)
    score_set("pages-heldout49", 0.75);
    // 61/65 (94 %) when first scored, unseen, in the session that added it (2615f4c and the
    // tree of the time, e6ad77c, alike)
    score_set("pages-heldout50", 0.75);
    // 78/92 (85 %) when first scored, unseen, in the session that added it (2615f4c and the
    // tree of the time, e6ad77c, alike)
    score_set("pages-heldout51", 0.75);
    // 81/95 (85 %) when first scored, unseen, in the session that added it (2615f4c and the
    // tree of the time, e70cdc5 with its working changes, alike)
    score_set("pages-heldout52", 0.75);
    // 52/58 (90 %) when first scored, unseen, in the session that added it (9e1cbd7 and the
    // tree of the time, cf536f5 with its working changes, alike)
    score_set("pages-heldout53", 0.75);
    // 57/59 (97 %) when first scored, unseen, in the session that added it (9e1cbd7 and the
    // tree of the time, cf536f5 with its working changes, alike)
    score_set("pages-heldout54", 0.75);
    // 78/84 (93 %) when first scored, unseen, in the session that added it (f8b09b1 and the
    // tree of the time, cf5cb15 with its working changes, alike)
    score_set("pages-heldout55", 0.75);
    // 80/86 (93 %) when first scored, unseen, in the session that added it (f8b09b1 and the
    // tree of the time, cf5cb15 with its working changes, alike)
    score_set("pages-heldout56", 0.75);
    // 79/84 (94 %) when first scored, unseen, in the session that added it (f8b09b1 and the
    // tree of the time, e632483 with its working changes, alike)
    score_set("pages-heldout57", 0.75);
    // 63/70 (90 %) when first scored, unseen, in the session that added it (f8b09b1 and the
    // tree of the time, f9ec848 with its working changes, alike)
    score_set("pages-heldout58", 0.75);
    // 75/82 (91 %) when first scored, unseen, in the session that added it (f8b09b1 and the
    // tree of the time, ee5f9c2 with its working changes, alike)
    score_set("pages-heldout59", 0.75);
    // 74/78 (95 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 2142cf6 with its working changes, alike)
    score_set("pages-heldout60", 0.75);
    // 71/75 (95 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 4ecc017 with its working changes, alike)
    score_set("pages-heldout61", 0.75);
    // 72/78 (92 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 9756441 with its working changes, alike)
    score_set("pages-heldout62", 0.75);
    // 78/82 (95 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 29aa431 with its working changes, alike)
    score_set("pages-heldout63", 0.75);
    // 63/69 (91 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 4821fe0 with its working changes, alike)
    score_set("pages-heldout64", 0.75);
    // 82/94 (87 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 46b4540 with its working changes, alike)
    score_set("pages-heldout65", 0.75);
    // 69/76 (91 %) when first scored, unseen, in the session that added it (2142cf6 and the
    // tree of the time, 5e0369c with its working changes, alike)
    score_set("pages-heldout66", 0.75);
    // 70/78 (90 %) when first scored, unseen, in the session that added it (b44cc2e and the
    // tree of the time, b44cc2e, alike)
    score_set("pages-heldout67", 0.75);
    // 83/97 (86 %) when first scored, unseen, in the session that added it (b44cc2e and the
    // tree of the time, b44cc2e, alike)
    score_set("pages-heldout68", 0.75);
    // 72/77 (94 %) when first scored, unseen, in the session that added it (3eff80f and the
    // tree of the time, 3eff80f with rendering changes only, alike)
    score_set("pages-heldout69", 0.75);
    // 66/77 (86 %) when first scored, unseen, in the session that added it (3eff80f and the
    // tree of the time, 4eae39a with its working changes, alike)
    score_set("pages-heldout70", 0.75);
    // 90/96 (94 %) when first scored, unseen, in the session that added it (ab51f2c and the
    // tree of the time, a commit later, alike)
    score_set("pages-heldout71", 0.75);
    // 40/41 (98 %) when first scored, unseen, in the session that added it (68786bc and the
    // tree of the time, 68786bc with two title rules, alike)
    score_set("pages-heldout72", 0.75);
    // 49/64 (77 %) when first scored, unseen, in the session that added it (97726ed and the
    // tree of the time, 97726ed with its working changes, alike)
    score_set("pages-heldout73", 0.75);
    // 54/61 (89 %) when first scored, unseen, in the session that added it (9fa427b and the
    // tree of the time, 9fa427b with its working changes, alike)
    score_set("pages-heldout74", 0.75);
    // 68/71 (96 %) when first scored, unseen, in the session that added it (b22bf60, the tree
    // of the time)
    score_set("pages-heldout75", 0.75);
    // 52/57 (91 %) when first scored, unseen, in the session that added it (8ed6027 and the
    // tree of the time, 25ef807 with its working changes, alike)
    score_set("pages-heldout76", 0.75);
    // 68/75 (91 %) when first scored, unseen, in the session that added it (123402e and the
    // tree of the time, 123402e with its working changes, alike)
    score_set("pages-heldout77", 0.75);
    // 14/19 (74 %) when first scored, unseen, in the session that added it (d723315, the tree
    // of the time). Two pages only, both flattened to one line (jl02) or headless (jl04): its
    // floor stays at its first score rather than the tuning floor, which one label decides.
    score_set("pages-heldout78", 0.7);
    // 55/59 (93 %) when first scored, unseen, in the session that added it (4ca162c and the
    // tree of the time, 80be98a with its working changes, alike)
    score_set("pages-heldout79", 0.75);
    // 47/48 (98 %) when first scored, unseen, in the session that added it (4ca162c and the
    // tree of the time, 80be98a with its working changes, alike)
    score_set("pages-heldout80", 0.75);
    // 47/53 (89 %) when first scored, unseen, in the session that added it (7114fc3; 48/53 with
    // the tree of the time, which read an organ's line over a 关于 title as the issuer)
    score_set("pages-heldout81", 0.75);
    // 63/69 (91 %) when first scored, unseen, in the session that added it (7114fc3 and the
    // tree of the time alike)
    score_set("pages-heldout82", 0.75);
    // 113/117 (97 %) when first scored, unseen, in the session that added it (1296755 and the
    // tree of the time alike)
    score_set("pages-heldout83", 0.75);
    // 58/67 (87 %) when first scored, unseen, in the session that added it (1296755 and the
    // tree of the time alike)
    score_set("pages-heldout84", 0.75);
    // 61/71 (86 %) when first scored, unseen, in the session that added it (7b32c14 and the
    // tree of the time alike)
    score_set("pages-heldout85", 0.75);
    // 70/73 (96 %) when first scored, unseen, in the session that added it (7b32c14)
    score_set("pages-heldout86", 0.75);
    // 60/66 (91 %) when first scored, unseen, in the session that added it (7b32c14 and the
    // tree of the time alike)
    score_set("pages-heldout87", 0.75);
    // 84/87 (97 %) when first scored, unseen, in the session that added it (7b32c14 and the
    // tree of the time alike)
    score_set("pages-heldout88", 0.75);
    // 63/74 (85 %) when first scored, unseen, in the session that added it (ea8d33c and the
    // tree of the time alike)
    score_set("pages-heldout89", 0.75);
    // 63/68 (93 %) when first scored, unseen, in the session that added it (3c3e79e and the
    // tree of the time alike)
    score_set("pages-heldout90", 0.75);
    // 54/56 (96 %) when first scored, unseen, in the session that added it (c906dd4 and the
    // tree of the time alike)
    score_set("pages-heldout91", 0.75);
    // 70/71 (99 %) when first scored, unseen, in the session that added it (c906dd4 and the
    // tree of the time alike)
    score_set("pages-heldout92", 0.75);
    // 50/52 (96 %) when first scored, unseen, in the session that added it (c906dd4 and the
    // tree of the time alike)
    score_set("pages-heldout93", 0.75);
    // 51/54 (94 %) when first scored, unseen, in the session that added it (c906dd4 and the
    // tree of the time alike)
    score_set("pages-heldout94", 0.75);
    // 57/67 (85 %) when first scored, unseen, in the session that added it (c5a4e5a and the
    // tree of the time alike)
    score_set("pages-heldout95", 0.75);
    // 52/56 (93 %) when first scored, unseen, in the session that added it (919e260 and the
    // tree of the time alike)
    score_set("pages-heldout96", 0.75);
    // 63/67 (94 %) when first scored, unseen, in the session that added it (8d2d814 and the
    // tree of the time alike)
    score_set("pages-heldout97", 0.75);
    // 64/70 (91 %) when first scored, unseen, in the session that added it (f525412 and the
    // tree of the time alike)
    score_set("pages-heldout98", 0.75);
    // 43/47 (91 %) when first scored, unseen, in the session that added it (e97dac2 and the
    // tree of the time alike)
    score_set("pages-heldout99", 0.75);
    // 38/41 (93 %) when first scored, unseen, in the session that added it (e97dac2 and the
    // tree of the time alike)
    score_set("pages-heldout100", 0.75);
    // 76/76 (100 %) when first scored, unseen, in the session that added it (e97dac2 and the
    // tree of the time alike)
    score_set("pages-heldout101", 0.75);
    // 72/78 (92 %) when first scored, unseen, in the session that added it (02c72d7 and the
    // tree of the time alike)
    score_set("pages-heldout102", 0.75);
    // 72/79 (91 %) when first scored, unseen, in the session that added it (02c72d7 and the
    // tree of the time alike)
    score_set("pages-heldout103", 0.75);
    // 60/66 (91 %) when first scored, unseen, in the session that added it (02c72d7 and the
    // tree of the time alike)
    score_set("pages-heldout104", 0.75);
    // 68/71 (96 %) when first scored, unseen, in the session that added it (02c72d7 and the
    // tree of the time alike)
    score_set("pages-heldout105", 0.75);
    // 62/63 (98 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout106", 0.75);
    // 40/49 (82 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout107", 0.75);
    // 64/74 (86 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout108", 0.75);
    // 48/49 (98 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout109", 0.75);
    // 29/31 (94 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout110", 0.75);
    // 60/69 (87 %) when first scored, unseen, in the session that added it (fc83ae9 and the
    // tree of the time alike)
    score_set("pages-heldout111", 0.75);
    // 38/55 (69 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    // (a lower floor until its sector's pages are read: Macau's gazette and church notices,
    // Singapore's and Malaysia's association statutes)
    score_set("pages-heldout112", 0.7);
    // 35/48 (73 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    // (a lower floor until its sector's pages are read: Macau's gazette and church notices,
    // Singapore's and Malaysia's association statutes)
    score_set("pages-heldout113", 0.7);
    // 32/35 (91 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    score_set("pages-heldout114", 0.75);
    // 34/38 (89 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    score_set("pages-heldout115", 0.75);
    // 54/56 (96 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    score_set("pages-heldout116", 0.75);
    // 57/57 (100 %) when first scored, unseen, in the session that added it (e4a08ae
    // committed binary)
    score_set("pages-heldout117", 0.75);
    // 51/51 (100 %) when first scored, unseen, in the session that added it (9da421b
    // committed binary)
    score_set("pages-heldout118", 0.75);
    // 70/73 (96 %) when first scored, unseen, in the session that added it (9da421b
    // committed binary)
    score_set("pages-heldout119", 0.75);
    // 66/73 (90 %) when first scored, unseen, in the session that added it (9da421b
    // committed binary)
    score_set("pages-heldout120", 0.75);
    // 28/33 (85 %) when first scored, unseen, in the session that added it (63a4329
    // committed binary)
    score_set("pages-heldout121", 0.75);
    // 36/39 (92 %) when first scored, unseen, in the session that added it (63a4329
    // committed binary)
    score_set("pages-heldout122", 0.75);
    // 38/41 (93 %) when first scored, unseen, in the session that added it (63a4329
    // committed binary)
    score_set("pages-heldout123", 0.75);
    // 41/43 (95 %) when first scored, unseen, in the session that added it (9bfd534
    // committed binary)
    score_set("pages-heldout124", 0.75);
    // 52/56 (93 %) when first scored, unseen, in the session that added it (9bfd534
    // committed binary)
    score_set("pages-heldout125", 0.75);
    // 54/63 (86 %) when first scored, unseen, in the session that added it (9bfd534
    // committed binary)
    score_set("pages-heldout126", 0.75);
    // 74/80 (92 %) when first scored, unseen, in the session that added it (9bfd534
    // committed binary)
    score_set("pages-heldout127", 0.75);
    // 50/52 (96 %) when first scored, unseen, in the session that added it (9bfd534
    // committed binary)
    score_set("pages-heldout128", 0.75);
    // 39/44 (89 %) when first scored, unseen, in the session that added it (756d32f and the
    // tree of the time alike)
    score_set("pages-heldout129", 0.75);
    // 41/47 (87 %) when first scored, unseen, in the session that added it (756d32f and the
    // tree of the time alike)
    score_set("pages-heldout130", 0.75);
    // 20/24 (83 %) when first scored, unseen, in the session that added it (ea41095
    // committed binary)
    score_set("pages-heldout131", 0.75);
    // 32/39 (82 %) when first scored, unseen, in the session that added it (ea41095
    // committed binary)
    score_set("pages-heldout132", 0.75);
    // 57/60 (95 %) when first scored, unseen, in the session that added it (ea41095
    // committed binary)
    score_set("pages-heldout133", 0.75);
    // 44/48 (92 %) when first scored, unseen, in the session that added it (ea41095
    // committed binary)
    score_set("pages-heldout134", 0.75);
    // 38/41 (93 %) when first scored, unseen, in the session that added it (ea41095
    // committed binary)
    score_set("pages-heldout135", 0.75);
    // 64/67 (96 %) when first scored, unseen, in the session that added it (c4e2d93
    // committed binary)
    score_set("pages-heldout136", 0.75);
    // 24/31 (77 %) when first scored, unseen, in the session that added it (c4e2d93
    // committed binary)
    score_set("pages-heldout137", 0.75);
    // 46/48 (96 %) when first scored, unseen, in the session that added it (c4e2d93
    // committed binary)
    score_set("pages-heldout138", 0.75);
    // 60/78 (77 %) when first scored, unseen, in the session that added it (c4e2d93
    // committed binary)
    score_set("pages-heldout139", 0.75);
    // 37/39 (95 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout140", 0.75);
    // 58/62 (94 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout142", 0.75);
    // 42/43 (98 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout144", 0.75);
    // 35/36 (97 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout145", 0.75);
    // 64/71 (90 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout141", 0.75);
    // 42/48 (88 %) when first scored, unseen, in the session that added it (8bea1ee
    // committed binary)
    score_set("pages-heldout143", 0.75);
    // 39/43 (91 %) when first scored, unseen, in the session that added it (879e64d
    // committed binary)
    score_set("pages-heldout146", 0.75);
    // 55/60 (92 %) when first scored, unseen, in the session that added it (879e64d
    // committed binary)
    score_set("pages-heldout147", 0.75);
    // 48/53 (91 %) when first scored, unseen, in the session that added it (879e64d
    // committed binary)
    score_set("pages-heldout148", 0.75);
    // 59/60 (98 %) when first scored, unseen, in the session that added it (879e64d
    // committed binary)
    score_set("pages-heldout149", 0.75);
    // 55/66 (83 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout151", 0.75);
    // 56/61 (92 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout152", 0.75);
    // 57/65 (88 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout154", 0.75);
    // 68/72 (94 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout157", 0.75);
    // 52/53 (98 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout158", 0.75);
    // 46/52 (88 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout150", 0.75);
    // 70/78 (90 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout153", 0.75);
    // 64/69 (93 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout155", 0.75);
    // 76/78 (97 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout156", 0.75);
    // 52/58 (90 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout159", 0.75);
    // 50/55 (91 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout160", 0.75);
    // 43/52 (83 %) when first scored, unseen, in the session that added it (0c9c379
    // committed binary)
    score_set("pages-heldout161", 0.75);
    // 47/52 (90 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout162", 0.75);
    // 55/65 (85 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout163", 0.75);
    // 42/45 (93 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout164", 0.75);
    // 40/43 (93 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout165", 0.75);
    // 29/30 (97 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout166", 0.75);
    // 24/27 (89 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout167", 0.75);
    // 58/63 (92 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout168", 0.75);
    // 50/53 (94 %) when first scored, unseen, in the session that added it (8132255
    // committed binary)
    score_set("pages-heldout169", 0.75);
    // 54/59 (92 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout170", 0.75);
    // 62/65 (95 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout171", 0.75);
    // 43/48 (90 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout172", 0.75);
    // 65/70 (93 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout173", 0.75);
    // 66/70 (94 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout174", 0.75);
    // 74/77 (96 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout175", 0.75);
    // 69/71 (97 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout176", 0.75);
    // 29/43 (67 %) when first scored, unseen, in the session that added it (7fc4c0b
    // committed binary)
    score_set("pages-heldout177", 0.75);
    // 42/51 (82 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout178", 0.75);
    // 82/84 (98 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout179", 0.75);
    // 84/89 (94 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout180", 0.75);
    // 83/84 (99 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout181", 0.75);
    // 54/57 (95 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout182", 0.75);
    // 45/52 (87 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout183", 0.75);
    // 53/56 (95 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout184", 0.75);
    // 53/61 (87 %) when first scored, unseen, in the session that added it (c9e4b13
    // committed binary)
    score_set("pages-heldout185", 0.75);
    // 46/68 (68 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout186", 0.75);
    // 65/66 (98 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout187", 0.75);
    // 52/56 (93 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout188", 0.75);
    // 52/54 (96 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout189", 0.75);
    // 67/75 (89 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout190", 0.75);
    // 67/72 (93 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout191", 0.75);
    // 62/63 (98 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout192", 0.75);
    // 36/41 (88 %) when first scored, unseen, in the session that added it (70248dc
    // committed binary)
    score_set("pages-heldout193", 0.75);
    // 40/46 (87 %) when first scored, unseen, in the session that added it (2c3f414
    // committed binary)
    score_set("pages-heldout194", 0.75);
    // 67/79 (85 %) when first scored, unseen, in the session that added it (2c3f414
    // committed binary)
    score_set("pages-heldout195", 0.75);
    // 59/73 (81 %) when first scored, unseen, in the session that added it (2c3f414
    // committed binary)
    score_set("pages-heldout196", 0.75);
    // 51/56 (91 %) when first scored, unseen, in the session that added it (2c3f414
    // committed binary)
    score_set("pages-heldout197", 0.75);
    // 41/49 (84 %) when first scored, unseen, in the session that added it (ebe6704
    // committed binary)
    score_set("pages-heldout198", 0.75);
    // 58/63 (92 %) when first scored, unseen, in the session that added it (ebe6704
    // committed binary)
    score_set("pages-heldout199", 0.75);
    // 54/59 (92 %) when first scored, unseen, in the session that added it (ebe6704
    // committed binary)
    score_set("pages-heldout200", 0.75);
    // 74/82 (90 %) when first scored, unseen, in the session that added it (ebe6704
    // committed binary)
    score_set("pages-heldout201", 0.75);
    // 70/78 (90 %) when first scored, unseen, in the session that added it (98e6c48
    // committed binary)
    score_set("pages-heldout202", 0.75);
    // 59/65 (91 %) when first scored, unseen, in the session that added it (98e6c48
    // committed binary)
    score_set("pages-heldout203", 0.75);
    // 75/79 (95 %) when first scored, unseen, in the session that added it (98e6c48
    // committed binary)
    score_set("pages-heldout204", 0.75);
    // 53/57 (93 %) when first scored, unseen, in the session that added it (98e6c48
    // committed binary)
    score_set("pages-heldout205", 0.75);
}

#[test]
fn pages_nobody_tuned_on_are_read_as_a_clerk_reads_them() {
    // 42/51 (82 %) when first scored, unseen, in the session that added it (fd9694e
    // committed binary)
    score_set("pages-heldout206", 0.55);
    // 79/83 (95 %) when first scored, unseen, in the session that added it (fd9694e
    // committed binary)
    score_set("pages-heldout207", 0.55);
    // 67/77 (87 %) when first scored, unseen, in the session that added it (fd9694e
    // committed binary)
    score_set("pages-heldout208", 0.55);
    // 53/56 (95 %) when first scored, unseen, in the session that added it (fd9694e
    // committed binary)
    score_set("pages-heldout209", 0.55);
}

#[test]
fn our_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages7", 0.95);
}

#[test]
fn our_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages8", 0.95);
}

#[test]
fn our_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages9", 0.90);
}

/// pages10: 131/156 (84 %) when first scored, unseen (tests/fixtures/pages10/README.md); 148 after tuning.
#[test]
fn our_tenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages10", 0.94);
}

/// pages11: 139/160 (87 %) when first scored, unseen (tests/fixtures/pages11/README.md); 159 after tuning.
#[test]
fn our_eleventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages11", 0.95);
}

/// pages12: 87/118 (74 %) when first scored, unseen (tests/fixtures/pages12/README.md); 107 after tuning.
#[test]
fn our_twelfth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages12", 0.90);
}

/// pages13: 114/140 (81 %) when first scored, unseen (tests/fixtures/pages13/README.md); 136 after tuning.
#[test]
fn our_thirteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages13", 0.93);
}

/// pages14: 127/154 (82 %) when first scored, unseen (tests/fixtures/pages14/README.md); 153 after tuning.
#[test]
fn our_fourteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages14", 0.95);
}

/// pages15: 143/175 (82 %) when first scored, unseen (tests/fixtures/pages15/README.md); 164 after tuning.
#[test]
fn our_fifteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages15", 0.92);
}

/// pages16: 118/148 (80 %) when first scored, unseen (tests/fixtures/pages16/README.md); 140 after tuning.
#[test]
fn our_sixteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages16", 0.93);
}

/// pages17: 137/162 (85 %) when first scored, unseen (tests/fixtures/pages17/README.md); 151 after tuning.
#[test]
fn our_seventeenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages17", 0.92);
}

/// pages18: 192/212 (91 %) when first scored, unseen (tests/fixtures/pages18/README.md); 210 after tuning.
#[test]
fn our_eighteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages18", 0.97);
}

/// pages19: 99/119 (83 %) when first scored, unseen (tests/fixtures/pages19/README.md); 111 after tuning.
#[test]
fn our_nineteenth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages19", 0.92);
}

/// pages20: 68/74 (92 %) when first scored, unseen (tests/fixtures/pages20/README.md).
#[test]
fn our_twentieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages20", 0.90);
}

/// pages21: 29/30 (97 %) when first scored, unseen (tests/fixtures/pages21/README.md).
#[test]
fn our_twenty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages21", 0.90);
}

/// pages22: 89/94 (95 %) when first scored, unseen (tests/fixtures/pages22/README.md).
#[test]
fn our_twenty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages22", 0.90);
}

/// pages23: 61/77 (79 %) when first scored, unseen (tests/fixtures/pages23/README.md).
#[test]
fn our_twenty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages23", 0.75);
}

/// pages24: 69/86 (80 %) when first scored, unseen (tests/fixtures/pages24/README.md).
#[test]
fn our_twenty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages24", 0.75);
}

/// pages25: 92/112 (82 %) when first scored, unseen (tests/fixtures/pages25/README.md).
#[test]
fn our_twenty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages25", 0.80);
}

/// pages27: 129/150 (86 %) when first scored, unseen (tests/fixtures/pages27/README.md).
#[test]
fn our_twenty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages27", 0.80);
}

/// pages28: 78/93 (84 %) when first scored, unseen (tests/fixtures/pages28/README.md).
#[test]
fn our_twenty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages28", 0.80);
}

/// pages29: 78/91 (86 %) when first scored, unseen (tests/fixtures/pages29/README.md).
#[test]
fn our_twenty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages29", 0.80);
}

/// pages30: 50/56 (89 %) when first scored, unseen (tests/fixtures/pages30/README.md).
#[test]
fn our_thirtieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages30", 0.80);
}

/// pages31: 58/60 (97 %) when first scored, unseen (tests/fixtures/pages31/README.md).
#[test]
fn our_thirty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages31", 0.90);
}

/// pages32: 50/64 (78 %) when first scored, unseen (tests/fixtures/pages32/README.md).
#[test]
fn our_thirty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages32", 0.75);
}

/// pages33: 51/65 (78 %) when first scored, unseen (tests/fixtures/pages33/README.md).
#[test]
fn our_thirty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages33", 0.75);
}

/// pages34: 54/64 (84 %) when first scored, unseen (tests/fixtures/pages34/README.md).
#[test]
fn our_thirty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages34", 0.80);
}

/// pages26: 64/66 (97 %) when first scored, unseen (tests/fixtures/pages26/README.md).
#[test]
fn our_twenty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages26", 0.90);
}

#[test]
fn our_second_set_of_labelled_pages_is_read_as_a_clerk_reads_it() {
    score_set("pages2", 0.90);
}

#[test]
fn our_third_set_of_labelled_pages_is_read_as_a_clerk_reads_it() {
    score_set("pages3", 0.90);
}

#[test]
fn our_fourth_set_once_held_out_is_read_as_a_clerk_reads_it() {
    score_set("pages4", 0.85);
}

#[test]
fn our_fifth_and_sixth_sets_once_held_out_are_read_as_a_clerk_reads_them() {
    score_set("pages5", 0.85);
    score_set("pages6", 0.75);
}

/// pages35: 42/51 (82 %) when first scored, unseen (tests/fixtures/pages35/README.md).
#[test]
fn our_thirty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages35", 0.75);
}

/// pages36: 60/65 (92 %) when first scored, unseen (tests/fixtures/pages36/README.md).
#[test]
fn our_thirty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages36", 0.80);
}

/// pages37: 49/60 (82 %) when first scored, unseen (tests/fixtures/pages37/README.md).
#[test]
fn our_thirty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages37", 0.75);
}

/// pages38: 54/65 (83 %) when first scored, unseen (tests/fixtures/pages38/README.md).
#[test]
fn our_thirty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages38", 0.75);
}

/// pages39: 54/64 (84 %) when first scored, unseen (tests/fixtures/pages39/README.md).
#[test]
fn our_thirty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages39", 0.80);
}

/// pages40: 55/65 (85 %) when first scored, unseen, with the binary the session started from;
/// 56/65 with the working tree of the time (tests/fixtures/pages40/README.md).
#[test]
fn our_fortieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages40", 0.80);
}

/// pages41: 52/65 (80 %) when first scored, unseen (d92baba and the session's starting binary
/// dc712be alike; tests/fixtures/pages41/README.md).
#[test]
fn our_forty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages41", 0.75);
}

/// pages42: 57/64 (89 %) when first scored, unseen (368d825 and the session's starting binary
/// dc712be alike; tests/fixtures/pages42/README.md).
#[test]
fn our_forty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages42", 0.80);
}

/// pages43: 71/79 (90 %) when first scored, unseen (3ccb9a3 and the tree of the time alike;
/// tests/fixtures/pages43/README.md).
#[test]
fn our_forty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages43", 0.80);
}

/// pages44: 48/53 (91 %) when first scored, unseen (3ccb9a3 and the tree of the time alike;
/// tests/fixtures/pages44/README.md).
#[test]
fn our_forty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages44", 0.80);
}

/// pages45: 84/92 (91 %) when first scored, unseen (3ccb9a3 and the tree of the time alike;
/// tests/fixtures/pages45/README.md).
#[test]
fn our_forty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages45", 0.80);
}

/// pages46: 41/50 (82 %) when first scored, unseen (85efc93; tests/fixtures/pages46/README.md).
#[test]
fn our_forty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages46", 0.80);
}

/// pages47: 64/71 (90 %) when first scored, unseen (85efc93 and 6c30987 alike;
/// tests/fixtures/pages47/README.md).
#[test]
fn our_forty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages47", 0.80);
}

/// pages48: 66/69 (96 %) when first scored, unseen (85efc93 and the tree at b26934c alike;
/// tests/fixtures/pages48/README.md).
#[test]
fn our_forty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages48", 0.80);
}

/// pages49: 70/75 (93 %) when first scored, unseen (3829a94; tests/fixtures/pages49/README.md).
#[test]
fn our_forty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages49", 0.80);
}

/// pages50: 62/67 (93 %) when first scored, unseen (3829a94; tests/fixtures/pages50/README.md).
#[test]
fn our_fiftieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages50", 0.80);
}

/// pages51: 65/68 (96 %) when first scored, unseen (3829a94; tests/fixtures/pages51/README.md).
#[test]
fn our_fifty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages51", 0.80);
}

/// pages52: 53/64 (83 %) when first scored, unseen (3829a94; 9eba32e scored 52/64;
/// tests/fixtures/pages52/README.md).
#[test]
fn our_fifty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages52", 0.80);
}

/// pages53: 38/43 (88 %) when first scored, unseen (3829a94 and 8cced12 alike;
/// tests/fixtures/pages53/README.md).
#[test]
fn our_fifty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages53", 0.80);
}

/// pages54: 62/72 (86 %) when first scored, unseen (c27a23e; tests/fixtures/pages54/README.md).
#[test]
fn our_fifty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages54", 0.80);
}

/// pages55: 63/68 (93 %) when first scored, unseen (c27a23e and the tree of the time alike;
/// tests/fixtures/pages55/README.md).
#[test]
fn our_fifty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages55", 0.80);
}

/// pages56: 71/90 (79 %) when first scored, unseen (c27a23e and the tree of the time alike;
/// tests/fixtures/pages56/README.md).
#[test]
fn our_fifty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages56", 0.75);
}

/// pages57: 63/69 (91 %) when first scored, unseen (c27a23e and the tree of the time alike;
/// tests/fixtures/pages57/README.md).
#[test]
fn our_fifty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages57", 0.80);
}

/// pages58: 71/85 (84 %) when first scored, unseen (c27a23e and the working tree of the time
/// alike; tests/fixtures/pages58/README.md).
#[test]
fn our_fifty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages58", 0.80);
}

/// pages59: 54/64 (84 %) when first scored, unseen (c27a23e and the tree of the time alike;
/// tests/fixtures/pages59/README.md).
#[test]
fn our_fifty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages59", 0.80);
}

/// pages60: 56/65 (86 %) when first scored, unseen (2615f4c and the working tree of the time
/// alike; tests/fixtures/pages60/README.md).
#[test]
fn our_sixtieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages60", 0.80);
}

/// pages61: 45/50 (90 %) when first scored, unseen (2615f4c and the working tree of the time
/// alike; tests/fixtures/pages61/README.md).
#[test]
fn our_sixty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages61", 0.80);
}

/// pages62: 71/75 (95 %) when first scored, unseen (2615f4c and the tree of the time, e6ad77c,
/// alike; tests/fixtures/pages62/README.md).
#[test]
fn our_sixty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages62", 0.80);
}

/// pages63: 98/105 (93 %) when first scored, unseen (2615f4c and the tree of the time, e6ad77c,
/// alike; tests/fixtures/pages63/README.md).
#[test]
fn our_sixty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages63", 0.80);
}

/// pages64: 75/88 (85 %) when first scored, unseen (2615f4c and the tree of the time, b35240b,
/// alike; tests/fixtures/pages64/README.md).
#[test]
fn our_sixty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages64", 0.80);
}

/// pages65: 54/62 (87 %) when first scored, unseen (2615f4c and the tree of the time, bb135de,
/// alike; tests/fixtures/pages65/README.md).
#[test]
fn our_sixty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages65", 0.80);
}

/// pages66: 72/89 (81 %) when first scored, unseen (2615f4c and the tree of the time, 655f80d
/// with its working changes, alike; tests/fixtures/pages66/README.md).
#[test]
fn our_sixty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages66", 0.75);
}

/// pages67: 50/53 (94 %) when first scored, unseen (9e1cbd7 and the tree of the time, cf536f5
/// with its working changes, alike; tests/fixtures/pages67/README.md).
#[test]
fn our_sixty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages67", 0.80);
}

/// pages68: 54/64 (84 %) when first scored, unseen (9e1cbd7 and the tree of the time, cf536f5
/// with its working changes, alike; tests/fixtures/pages68/README.md).
#[test]
fn our_sixty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages68", 0.75);
}

/// pages69: 50/63 (79 %) when first scored, unseen (f8b09b1 and the tree of the time, cf5cb15
/// with its working changes, alike; tests/fixtures/pages69/README.md).
#[test]
fn our_sixty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages69", 0.70);
}

/// pages70: 58/67 (87 %) when first scored, unseen (f8b09b1 and the tree of the time, cf5cb15
/// with its working changes, alike; tests/fixtures/pages70/README.md).
#[test]
fn our_seventieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages70", 0.75);
}

/// pages71: 65/76 (86 %) when first scored, unseen (f8b09b1 and the tree of the time, e632483
/// with its working changes, alike; tests/fixtures/pages71/README.md).
#[test]
fn our_seventy_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages71", 0.75);
}

/// pages72: 58/63 (92 %) when first scored, unseen (f8b09b1 and the tree of the time, f9ec848
/// with its working changes, alike; tests/fixtures/pages72/README.md).
#[test]
fn our_seventy_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages72", 0.80);
}

/// pages73: 63/73 (86 %) when first scored, unseen (f8b09b1 and the tree of the time, a774356
/// with its working changes, alike; tests/fixtures/pages73/README.md).
#[test]
fn our_seventy_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages73", 0.75);
}

/// pages74: 54/60 (90 %) when first scored, unseen (2142cf6 and the tree of the time, 2142cf6
/// with its working changes, alike; tests/fixtures/pages74/README.md).
#[test]
fn our_seventy_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages74", 0.80);
}

/// pages75: 66/73 (90 %) when first scored, unseen (2142cf6 and the tree of the time, 2142cf6
/// with its working changes, alike; tests/fixtures/pages75/README.md).
#[test]
fn our_seventy_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages75", 0.80);
}

/// pages77: 64/68 (94 %) when first scored, unseen (2142cf6 and the tree of the time, 4ecc017
/// with its working changes, alike; tests/fixtures/pages77/README.md).
#[test]
fn our_seventy_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages77", 0.85);
}

/// pages76: 75/88 (85 %) when first scored, unseen (2142cf6 and the tree of the time, 4ecc017
/// with its working changes, alike; tests/fixtures/pages76/README.md).
#[test]
fn our_seventy_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages76", 0.75);
}

/// pages79: 79/91 (87 %) when first scored, unseen (2142cf6 and the tree of the time, 7f5254a,
/// alike; tests/fixtures/pages79/README.md).
#[test]
fn our_seventy_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages79", 0.75);
}

/// pages78: 66/69 (96 %) when first scored, unseen (2142cf6 and the tree of the time, 9756441
/// with its working changes, alike; tests/fixtures/pages78/README.md).
#[test]
fn our_seventy_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages78", 0.85);
}

/// pages80: 59/64 (92 %) when first scored, unseen (2142cf6 and the tree of the time, 1679111
/// with its working changes, alike; tests/fixtures/pages80/README.md).
#[test]
fn our_eightieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages80", 0.80);
}

/// pages81: 92/96 (96 %) when first scored, unseen (2142cf6 and the tree of the time, 2ca2120,
/// alike; tests/fixtures/pages81/README.md).
#[test]
fn our_eighty_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages81", 0.85);
}

/// pages82: 93/99 (94 %) when first scored, unseen (2142cf6 and the tree of the time, 5e0369c
/// with its working changes, alike; tests/fixtures/pages82/README.md).
#[test]
fn our_eighty_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages82", 0.85);
}

/// pages83: 61/67 (91 %) when first scored, unseen (b44cc2e and the tree of the time, b44cc2e,
/// alike; tests/fixtures/pages83/README.md).
#[test]
fn our_eighty_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages83", 0.85);
}

/// pages84: 55/60 (92 %) when first scored, unseen (b44cc2e and the tree of the time, b44cc2e,
/// alike; tests/fixtures/pages84/README.md).
#[test]
fn our_eighty_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages84", 0.85);
}

/// pages85: 55/56 (98 %) when first scored, unseen (b44cc2e and the tree of the time, b44cc2e,
/// alike; tests/fixtures/pages85/README.md).
#[test]
fn our_eighty_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages85", 0.9);
}

/// pages86: 70/79 (89 %) when first scored, unseen (b44cc2e and the tree of the time, b44cc2e,
/// alike; tests/fixtures/pages86/README.md).
#[test]
fn our_eighty_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages86", 0.8);
}

/// pages87: 65/70 (93 %) when first scored, unseen (3eff80f and the tree of the time, 3eff80f with
/// rendering changes only, alike; tests/fixtures/pages87/README.md).
#[test]
fn our_eighty_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages87", 0.85);
}

/// pages88: 30/31 (97 %) when first scored, unseen (3eff80f and the tree of the time, 3eff80f with
/// rendering changes only, alike; tests/fixtures/pages88/README.md).
#[test]
fn our_eighty_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages88", 0.9);
}

/// pages89: 30/35 (86 %) when first scored, unseen (3eff80f and the tree of the time, 3eff80f with
/// rendering changes only, alike; tests/fixtures/pages89/README.md).
#[test]
fn our_eighty_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages89", 0.8);
}

/// pages90: 60/62 (97 %) when first scored, unseen (3eff80f and the tree of the time, 4eae39a
/// with its working changes, alike; tests/fixtures/pages90/README.md).
#[test]
fn our_ninetieth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages90", 0.9);
}

/// pages91: 42/53 (79 %) when first scored, unseen (ab51f2c and the tree of the time, a commit
/// later, alike; tests/fixtures/pages91/README.md).
#[test]
fn our_ninety_first_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages91", 0.75);
}

/// pages92: 54/58 (93 %) when first scored, unseen (ab51f2c and the tree of the time, a commit
/// later, alike; tests/fixtures/pages92/README.md).
#[test]
fn our_ninety_second_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages92", 0.85);
}

/// pages93: 48/51 (94 %) when first scored, unseen (68786bc and the tree of the time, 68786bc
/// with two title rules, alike; tests/fixtures/pages93/README.md).
#[test]
fn our_ninety_third_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages93", 0.85);
}

/// pages95: 72/79 (91 %) when first scored, unseen (97726ed and the tree of the time, 4b77910
/// with its working changes, alike; tests/fixtures/pages95/README.md).
#[test]
fn our_ninety_fifth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages95", 0.85);
}

/// pages96: 86/89 (97 %) when first scored, unseen (9fa427b and the tree of the time, 9fa427b
/// with its working changes, alike; tests/fixtures/pages96/README.md).
#[test]
fn our_ninety_sixth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages96", 0.85);
}

/// pages97: 79/85 (93 %) when first scored, unseen (b22bf60, the tree of the time;
/// tests/fixtures/pages97/README.md).
#[test]
fn our_ninety_seventh_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages97", 0.85);
}

/// pages98: 69/75 (92 %) when first scored, unseen (8ed6027, the tree of the time;
/// tests/fixtures/pages98/README.md).
#[test]
fn our_ninety_eighth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages98", 0.85);
}

/// pages99: 30/40 (75 %) when first scored, unseen (123402e and the tree of the time, 123402e
/// with its working changes, alike; tests/fixtures/pages99/README.md).
#[test]
fn our_ninety_ninth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages99", 0.7);
}

/// pages100: 33/33 (100 %) when first scored, unseen (d723315, the tree of the time;
/// tests/fixtures/pages100/README.md).
#[test]
fn our_hundredth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages100", 0.85);
}

/// pages94: 52/57 (91 %) when first scored, unseen (68786bc and the tree of the time, 68786bc
/// with two title rules, alike; tests/fixtures/pages94/README.md).
#[test]
fn our_ninety_fourth_set_scored_once_unseen_is_read_as_a_clerk_reads_it() {
    score_set("pages94", 0.85);
}
