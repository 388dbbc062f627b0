//! The service's documents and answers: what a request body means and what
//! goes back, without any HTTP. Everything here runs on the blocking pool.
//!
//! A request body is either a raw page (any encoding; the `Content-Type`
//! charset is a hint, as a WARC record's HTTP header is for `scan`) or a JSON
//! document `{"id", "html" | "text", "title"?}`. The answer is exactly the
//! `score --json` object; a batch answers one line per non-blank JSONL line,
//! in order, a line that could not be scored becoming
//! `{"id", "verdict": "error", "error"}` as in `scan`'s report.

use super::metrics::VerdictCounts;
use crate::detect::{Detector, Document, Verdict};
use crate::output::record::ERROR_VERDICT;
use serde::{Deserialize, Serialize};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The message for a document whose scoring panicked (a bug, never input's fault).
pub const PANIC_MESSAGE: &str = "internal error: scoring this document panicked (please report it)";

/// Why a document could not be scored: the message the CLI would print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError {
    /// The document's id, when it got that far.
    pub id: Option<String>,
    /// What went wrong.
    pub message: String,
}

/// A request body as the client sent it.
#[derive(Debug)]
pub enum Submission<'a> {
    /// A page, HTML or text, in any encoding.
    Page {
        /// The document id (`?id=`, else `-`).
        id: String,
        /// The body.
        bytes: &'a [u8],
        /// The `Content-Type` charset, a hint.
        charset: Option<String>,
    },
    /// A JSON document object.
    Json(&'a [u8]),
}

/// A document sent as JSON.
#[derive(Deserialize)]
struct JsonDocument {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// The id as given: a string, or a number's text.
fn id_text(id: Option<serde_json::Value>) -> Option<String> {
    match id? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// The document a JSON object describes; `fallback_id` when it names none.
fn json_document(bytes: &[u8], fallback_id: &str) -> Result<Document, DocumentError> {
    let parsed: JsonDocument = serde_json::from_slice(bytes).map_err(|e| DocumentError {
        id: None,
        message: format!("invalid JSON document: {e}"),
    })?;
    let id = id_text(parsed.id).unwrap_or_else(|| fallback_id.to_string());
    let fail = |message: String| DocumentError {
        id: Some(id.clone()),
        message,
    };
    let mut doc = match (parsed.html, parsed.text) {
        (Some(html), None) => {
            // Already Unicode: a <meta charset> inside must not re-decode it.
            crate::document_from_bytes(id.clone(), html.as_bytes(), None, Some("utf-8"))
                .map_err(|e| fail(e.to_string()))?
        }
        (None, Some(text)) => Document {
            id: id.clone(),
            body: text,
            ..Document::default()
        },
        (Some(_), Some(_)) => {
            return Err(fail(
                "give the page as \"html\" or as \"text\", not both".into(),
            ))
        }
        (None, None) => return Err(fail("no \"html\" or \"text\" field".into())),
    };
    if parsed.title.is_some() {
        doc.title = parsed.title;
    }
    Ok(doc)
}

/// Decodes a submission into a document.
pub fn document(submission: Submission<'_>) -> Result<Document, DocumentError> {
    match submission {
        Submission::Page { id, bytes, charset } => {
            crate::document_from_bytes(id.clone(), bytes, None, charset.as_deref()).map_err(|e| {
                DocumentError {
                    id: Some(id),
                    message: e.to_string(),
                }
            })
        }
        Submission::Json(bytes) => json_document(bytes, "-"),
    }
}

/// Scores a document and appends the `score --json` line; returns its verdict.
pub fn score_into(
    detector: &Detector<'_>,
    doc: &Document,
    emit_text: bool,
    out: &mut Vec<u8>,
) -> Verdict {
    let report = detector.detect(doc);
    let text = emit_text.then_some(doc.body.as_str());
    // Serializing to a Vec fails only on a non-string map key, which the
    // report has none of.
    let _ = crate::output::write_json(&mut *out, &report, text);
    report.verdict
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a str,
    verdict: &'static str,
    error: &'a str,
}

/// Scores a JSONL batch: one answer line per non-blank line, in order.
/// Returns the lines and the verdict counts. Lines without an id are
/// named `-:N` (N the 1-based line number), as `scan` names lines of stdin.
pub fn score_batch(
    detector: &Detector<'_>,
    body: &[u8],
    emit_text: bool,
) -> (Vec<u8>, VerdictCounts) {
    let mut out = Vec::with_capacity(body.len() / 8 + 64);
    let mut counts = VerdictCounts::default();
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let fallback_id = format!("-:{}", i + 1);
        let scored = catch_unwind(AssertUnwindSafe(|| {
            let doc = match std::str::from_utf8(line) {
                Ok(_) => json_document(line, &fallback_id)?,
                Err(e) => {
                    return Err(DocumentError {
                        id: None,
                        message: format!(
                            "JSON line is not valid UTF-8 (at byte {})",
                            e.valid_up_to()
                        ),
                    })
                }
            };
            let mut answer = Vec::new();
            let verdict = score_into(detector, &doc, emit_text, &mut answer);
            Ok((answer, verdict))
        }))
        .unwrap_or_else(|_| {
            Err(DocumentError {
                id: None,
                message: PANIC_MESSAGE.into(),
            })
        });
        match scored {
            Ok((answer, verdict)) => {
                out.extend_from_slice(&answer);
                match verdict {
                    Verdict::Polluted => counts.polluted += 1,
                    Verdict::Clean => counts.clean += 1,
                }
            }
            Err(e) => {
                let line = ErrorLine {
                    id: e.id.as_deref().unwrap_or(&fallback_id),
                    verdict: ERROR_VERDICT,
                    error: &e.message,
                };
                let _ = serde_json::to_writer(&mut out, &line);
                out.push(b'\n');
                counts.error += 1;
            }
        }
    }
    (out, counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_documents_take_html_or_text() {
        let doc = json_document(br#"{"id":"a","text":"<b>x</b>","title":"T"}"#, "-").unwrap();
        assert_eq!((doc.id.as_str(), doc.body.as_str()), ("a", "<b>x</b>"));
        assert_eq!(doc.title.as_deref(), Some("T"));
        let doc = json_document(
            br#"{"id":7,"html":"<html><head><meta charset=gbk><title>t</title></head><body><p>\u65b0\u95fb</p></body></html>"}"#,
            "-",
        )
        .unwrap();
        assert_eq!((doc.id.as_str(), doc.body.as_str()), ("7", "新闻"));
        assert_eq!(doc.title.as_deref(), Some("t"));
        let both = json_document(br#"{"id":"b","html":"x","text":"y"}"#, "-").unwrap_err();
        assert_eq!(both.id.as_deref(), Some("b"));
        assert!(both.message.contains("not both"));
        let none = json_document(br#"{"title":"x"}"#, "-:4").unwrap_err();
        assert_eq!(none.id.as_deref(), Some("-:4"));
        assert_eq!(none.message, "no \"html\" or \"text\" field");
        let bad = json_document(b"{\"id\":", "-").unwrap_err();
        assert!(
            bad.message.starts_with("invalid JSON document: "),
            "{bad:?}"
        );
        let binary = json_document(br#"{"html":"a\u0000\u0000\u0000b"}"#, "-").unwrap_err();
        assert!(
            binary.message.starts_with("input looks binary"),
            "{binary:?}"
        );
    }

    #[test]
    fn raw_pages_use_the_charset_hint() {
        let (gbk, _, _) = encoding_rs::GBK.encode("<p>澳门新闻</p>");
        let doc = document(Submission::Page {
            id: "p".into(),
            bytes: &gbk,
            charset: Some("gbk".into()),
        })
        .unwrap();
        assert_eq!(doc.body, "澳门新闻");
    }
}
