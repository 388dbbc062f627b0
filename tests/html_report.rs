//! The HTML report from the outside: `scan --format html` and `score --html`
//! over the fixtures in `tests/fixtures/report` (hostile pages, JSONL
//! documents with hostile ids, a WARC with a `javascript:` target URI, an
//! unreadable file). The page's structure and the data it embeds are checked
//! against `scan --format report` on the same inputs; `scripts/test-browser.sh`
//! renders the same report in Chromium.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report")
}

fn spamscan() -> Command {
    let mut cmd = Command::cargo_bin("spamscan").unwrap();
    cmd.env_remove("SPAMSCAN_MODEL");
    cmd
}

/// The text between `open` and the next `</script>`.
fn block<'a>(page: &'a str, open: &str) -> &'a str {
    let start = page.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    &page[start..end]
}

const DOCUMENTS: &str = "<script type=\"application/x-ndjson\" id=\"spamscan-documents\">";
const SUMMARY: &str = "<script type=\"application/json\" id=\"spamscan-summary\">";

/// The (index, detail) objects of every document line of a report page.
fn documents(page: &str) -> Vec<(Value, Option<Value>)> {
    block(page, DOCUMENTS)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once('\t') {
            Some((index, detail)) => (
                serde_json::from_str(index).unwrap(),
                Some(serde_json::from_str(detail).unwrap()),
            ),
            None => (serde_json::from_str(l).unwrap(), None),
        })
        .collect()
}

fn scan(args: &[&str], out: &Path) -> std::process::Output {
    spamscan()
        .arg("scan")
        .arg(fixtures())
        .args(args)
        .arg("-o")
        .arg(out)
        .arg("-q")
        .output()
        .unwrap()
}

/// Walks a field's pieces: (span index, start, end, text) of each
/// highlighted piece, the characters accounted for (shown and cut).
fn highlights(pieces: &[Value]) -> (Vec<(usize, usize, usize, String)>, usize) {
    let mut pos = 0;
    let mut marks = Vec::new();
    for piece in pieces {
        match piece {
            Value::String(text) => pos += text.chars().count(),
            Value::Number(n) => pos += n.as_u64().unwrap() as usize,
            Value::Array(span) => {
                let text = span[1].as_str().unwrap().to_string();
                let n = text.chars().count();
                marks.push((span[0].as_u64().unwrap() as usize, pos, pos + n, text));
                pos += n;
            }
            other => panic!("unexpected piece {other}"),
        }
    }
    (marks, pos)
}

#[test]
fn report_page_embeds_every_document_with_spans_at_their_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let (html_path, jsonl_path) = (dir.path().join("r.html"), dir.path().join("r.jsonl"));
    // 2: the unreadable file is an error line; the rest was written.
    assert_eq!(
        scan(&["--format", "html"], &html_path).status.code(),
        Some(2)
    );
    assert_eq!(
        scan(&["--format", "report"], &jsonl_path).status.code(),
        Some(2)
    );
    let page = std::fs::read_to_string(&html_path).unwrap();
    let report: Vec<Value> = std::fs::read_to_string(&jsonl_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    // The CSP comes first in the head, before anything it governs.
    let head = &page[..page.find("<style>").unwrap()];
    assert!(head.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"
    ));
    // Page content never appears as markup: the data blocks hold no '<'.
    let data = block(&page, DOCUMENTS);
    assert!(!data.contains('<'), "a '<' in the data block");
    assert!(page.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned"));
    assert_eq!(page.matches("<script>").count(), 1, "one script runs");

    let docs = documents(&page);
    assert_eq!(docs.len(), report.len());
    assert_eq!(
        docs.len(),
        10,
        "3 WARC records, 3 JSONL lines, 3 pages, 1 error"
    );
    let mut highlighted = 0;
    for ((index, detail), expected) in docs.iter().zip(&report) {
        assert_eq!(index["id"], expected["id"]);
        assert_eq!(index["verdict"], expected["verdict"]);
        assert_eq!(index["url"], expected["url"]);
        let source = &expected["source"];
        let place = match (source["line"].as_u64(), source["offset"].as_u64()) {
            (Some(line), _) => format!(":{line}"),
            (_, Some(offset)) => format!("@{offset}"),
            _ => String::new(),
        };
        assert_eq!(
            index["source"],
            format!("{}{place}", source["file"].as_str().unwrap())
        );
        let Some(detail) = detail else {
            if expected["verdict"] == "error" {
                assert_eq!(index["error"], expected["error"]);
            } else {
                // A clean document with no text kept (the default).
                assert_eq!(expected["verdict"], "clean");
                assert!(expected["spans"].as_array().unwrap().is_empty());
            }
            continue;
        };
        let spans = expected["spans"].as_array().unwrap();
        assert_eq!(index["spans"], spans.len());
        for (shown, span) in detail["spans"].as_array().unwrap().iter().zip(spans) {
            for key in ["field", "start", "end", "kind", "block", "html"] {
                assert_eq!(shown[key], span[key], "{key} of {span}");
            }
            // The text is left out when the field shows the span whole.
            if let Some(text) = shown.get("text") {
                assert_eq!(text, &span["text"]);
            }
        }
        // Every span is highlighted at its offsets in its field, whole (the
        // fixtures are under the cap), and each field adds up.
        let mut seen = vec![false; spans.len()];
        for field in detail["fields"].as_array().unwrap() {
            let (marks, total) = highlights(field["pieces"].as_array().unwrap());
            assert_eq!(total, field["chars"].as_u64().unwrap() as usize);
            for (i, start, end, text) in marks {
                let span = &spans[i];
                assert_eq!(span["field"], field["field"]);
                assert_eq!(span["block"], field["block"]);
                assert_eq!(
                    (span["start"].as_u64(), span["end"].as_u64()),
                    (Some(start as u64), Some(end as u64))
                );
                assert_eq!(span["text"], text.as_str());
                seen[i] = true;
                highlighted += 1;
            }
        }
        assert!(
            seen.iter().all(|&s| s),
            "a span not highlighted in {}",
            expected["id"]
        );
    }
    assert!(highlighted >= 8, "the fixtures hold spans of several kinds");
    let hostile = docs
        .iter()
        .find(|(i, _)| i["id"].as_str().unwrap().ends_with("hostile.html"))
        .unwrap();
    let kinds = hostile.0["kinds"].as_array().unwrap();
    for kind in ["gambling", "meta", "hidden"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    let hidden = hostile.1.as_ref().unwrap()["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "hidden")
        .unwrap();
    assert!(hidden["html"]["start"].as_u64().unwrap() < hidden["html"]["end"].as_u64().unwrap());
    // The hidden block's span carries the markup payload, as text.
    let (marks, _) = highlights(hidden["pieces"].as_array().unwrap());
    assert!(
        marks.iter().any(|m| m.3.contains("\"><img src=x onerror=")),
        "{marks:?}"
    );

    let summary: Value = serde_json::from_str(block(&page, SUMMARY)).unwrap();
    assert_eq!(summary["scan"]["documents"], 10);
    assert_eq!(summary["scan"]["errors"], 1);
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn text_is_cut_to_the_cap_around_the_spans() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.html");
    let args = [
        "--format",
        "html",
        "--html-text-chars",
        "30",
        "--html-clean-chars",
        "5",
    ];
    scan(&args, &path);
    let page = std::fs::read_to_string(&path).unwrap();
    let summary: Value = serde_json::from_str(block(&page, SUMMARY)).unwrap();
    assert_eq!(
        (
            summary["polluted_chars"].as_u64(),
            summary["clean_chars"].as_u64()
        ),
        (Some(30), Some(5))
    );
    let docs = documents(&page);
    let mut cut = 0;
    for (index, detail) in &docs {
        let Some(detail) = detail else { continue };
        let cap = if index["verdict"] == "polluted" {
            30
        } else {
            5
        };
        for field in detail["fields"].as_array().unwrap() {
            let pieces = field["pieces"].as_array().unwrap();
            let shown: usize = pieces
                .iter()
                .map(|p| match p {
                    Value::String(t) => t.chars().count(),
                    Value::Array(s) => s[1].as_str().unwrap().chars().count(),
                    _ => 0,
                })
                .sum();
            assert!(shown <= cap, "{shown} > {cap} in {}", index["id"]);
            let (_, total) = highlights(pieces);
            assert_eq!(
                total,
                field["chars"].as_u64().unwrap() as usize,
                "cuts are counted"
            );
            cut += pieces.iter().filter(|p| p.is_number()).count();
        }
    }
    assert!(cut > 0);
    // The highlights that remain are still where the spans are.
    let news = docs
        .iter()
        .find(|(i, _)| i["id"].as_str().unwrap().ends_with("news-injected.html"))
        .unwrap();
    let detail = news.1.as_ref().unwrap();
    let (marks, _) = highlights(detail["fields"][0]["pieces"].as_array().unwrap());
    assert!(!marks.is_empty());
    for (i, start, end, text) in marks {
        let span = &detail["spans"][i];
        assert_eq!(span["start"].as_u64(), Some(start as u64), "{text}");
        match span["text"].as_str() {
            // Cut: the span's own text is listed, the field shows its start.
            Some(whole) => assert!(whole.starts_with(&text) && whole != text),
            None => assert_eq!(span["end"].as_u64(), Some(end as u64)),
        }
    }
}

#[test]
fn score_writes_the_same_page_for_its_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("score.html");
    let pages = fixtures().join("pages");
    let missing = dir.path().join("missing.html");
    let out = spamscan()
        .args(["score", "--json", "--html"])
        .arg(&path)
        .arg(pages.join("news-injected.html"))
        .arg(pages.join("quiet-news.html"))
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "the missing input is an error");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
    let page = std::fs::read_to_string(&path).unwrap();
    let docs = documents(&page);
    let verdicts: Vec<&str> = docs
        .iter()
        .map(|(i, _)| i["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["polluted", "clean", "error"]);
    assert!(docs[2].0["error"]
        .as_str()
        .unwrap()
        .contains("missing.html"));
    let summary: Value = serde_json::from_str(block(&page, SUMMARY)).unwrap();
    assert_eq!(summary["scan"]["documents"], 3);
    assert_eq!(summary["scan"]["polluted"], 1);
}

#[test]
fn html_options_need_the_html_format() {
    let out = spamscan()
        .args(["scan", "--html-text-chars", "10"])
        .arg(fixtures())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only for --format html"));
    let out = spamscan()
        .args(["score", "--html-clean-chars", "10"])
        .arg(fixtures().join("pages/quiet-news.html"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("need --html FILE"));
}
