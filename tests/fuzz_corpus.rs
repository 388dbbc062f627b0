//! Replays the fuzz targets' committed inputs — the seed corpora
//! (`fuzz/seeds/<target>/`) and every input a fuzzing run found a bug with
//! (`fuzz/regressions/<target>/`) — through the same invariant checks the
//! libFuzzer targets assert (`fuzz/checks.rs`). This runs on every
//! `cargo test`, without the fuzzing toolchain; `scripts/fuzz.sh` fuzzes.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::PathBuf;

/// The committed inputs of one target.
fn inputs(target: &str) -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files: Vec<PathBuf> = ["seeds", "regressions"]
        .iter()
        .filter_map(|kind| std::fs::read_dir(root.join(kind).join(target)).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, check: fn(&[u8])) {
    let files = inputs(target);
    assert!(!files.is_empty(), "no committed inputs for {target}");
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} breaks an invariant", file.display());
    }
}

#[test]
fn html() {
    replay("html", checks::check_html);
}

#[test]
fn warc() {
    replay("warc", checks::check_warc);
}

#[test]
fn jsonl() {
    replay("jsonl", checks::check_jsonl);
}

#[test]
fn compress() {
    replay("compress", checks::check_compress);
}

#[test]
fn csv_train() {
    replay("csv_train", checks::check_csv_train);
}

#[test]
fn model() {
    replay("model", checks::check_model);
}

#[test]
fn spans() {
    replay("spans", checks::check_spans);
}

#[test]
fn scan() {
    replay("scan", checks::check_scan);
}
