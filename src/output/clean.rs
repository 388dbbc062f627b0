//! The `clean` format: the documents themselves with their polluted body
//! spans cut out, for pretraining-data cleaning.
//!
//! A JSONL document keeps its line byte for byte except the text value,
//! which is replaced by the cleaned text, and a `"spamscan"` object appended
//! with the verdict, the page score and what was cut. Other documents (pages,
//! WARC records) become `{"id", "url"?, "source", "text", "spamscan"}`. With a
//! drop threshold, documents whose page score reaches it are left out
//! entirely (and counted). Failed documents are error lines, as in the report
//! format, so none is lost.

use super::record::{write_error_line, Emitted, Outcome, RecordFormat, ScannedRecord};
use crate::detect::{Field, Report, Verdict};
use crate::input::SourceRef;
use serde::Serialize;
use std::io;

/// Writes cleaned documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanFormat {
    /// Leave out whole documents whose page score is at or above this.
    pub drop_threshold: Option<f64>,
}

/// Why a drop threshold was refused.
#[derive(Debug, thiserror::Error)]
#[error("--drop-threshold must be within [0, 1], got {0}")]
pub struct DropThresholdError(f64);

impl CleanFormat {
    /// A clean format dropping documents whose page score reaches
    /// `drop_threshold`, which must be within [0, 1].
    pub fn new(drop_threshold: Option<f64>) -> Result<CleanFormat, DropThresholdError> {
        match drop_threshold {
            Some(t) if !(0.0..=1.0).contains(&t) => Err(DropThresholdError(t)),
            _ => Ok(CleanFormat { drop_threshold }),
        }
    }
}

#[derive(Serialize)]
struct CleanInfo {
    verdict: Verdict,
    score: f64,
    spans_removed: u64,
    chars_removed: u64,
}

#[derive(Serialize)]
struct CleanLine<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    source: &'a SourceRef,
    text: &'a str,
    spamscan: CleanInfo,
}

/// Removes the body spans of `report` from `body` (code-point offsets);
/// returns the cleaned text, the spans and the code points removed.
pub fn remove_polluted(body: &str, report: &Report) -> (String, u64, u64) {
    let mut spans: Vec<(usize, usize)> = report
        .spans
        .iter()
        .filter(|s| s.field == Field::Body && s.start < s.end)
        .map(|s| (s.start, s.end))
        .collect();
    if spans.is_empty() {
        return (body.to_string(), 0, 0);
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(body.len());
    let mut removed_chars = 0u64;
    let mut spans_iter = spans.iter().peekable();
    for (i, c) in body.chars().enumerate() {
        while spans_iter.peek().is_some_and(|&&(_, end)| end <= i) {
            spans_iter.next();
        }
        match spans_iter.peek() {
            Some(&&(start, end)) if start <= i && i < end => removed_chars += 1,
            _ => out.push(c),
        }
    }
    (out, spans.len() as u64, removed_chars)
}

impl RecordFormat for CleanFormat {
    fn write_record(&self, record: &ScannedRecord<'_>, out: &mut Vec<u8>) -> io::Result<Emitted> {
        let scanned = match record.outcome {
            Outcome::Failed(message) => return write_error_line(record, message, out),
            Outcome::Scanned(scanned) => scanned,
        };
        let report = scanned.report;
        if self.drop_threshold.is_some_and(|t| report.score >= t) {
            return Ok(Emitted {
                lines: 0,
                dropped: true,
                spans_removed: 0,
                chars_removed: 0,
            });
        }
        let (text, spans_removed, chars_removed) = remove_polluted(&scanned.document.body, report);
        let info = CleanInfo {
            verdict: report.verdict,
            score: report.score,
            spans_removed,
            chars_removed,
        };
        match scanned.original {
            Some(original) => {
                // Splice: everything but the text value stays as it was.
                let range = original.text_range();
                let line = original.line.trim_end();
                let Some(body) = line.strip_suffix('}') else {
                    return Err(io::Error::other("JSONL document is not an object"));
                };
                if range.end > body.len() {
                    return Err(io::Error::other("text value outside the JSONL line"));
                }
                out.extend_from_slice(&body.as_bytes()[..range.start]);
                serde_json::to_writer(&mut *out, &text)?;
                out.extend_from_slice(&body.as_bytes()[range.end..]);
                out.extend_from_slice(b",\"spamscan\":");
                serde_json::to_writer(&mut *out, &info)?;
                out.extend_from_slice(b"}\n");
            }
            None => {
                let line = CleanLine {
                    id: record.id,
                    url: record.url,
                    source: record.source,
                    text: &text,
                    spamscan: info,
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.push(b'\n');
            }
        }
        Ok(Emitted {
            lines: 1,
            dropped: false,
            spans_removed,
            chars_removed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{PollutedSpan, SpanKind};
    use crate::output::record::{JsonOriginal, Scanned};

    fn report(spans: &[(usize, usize)], score: f64) -> Report {
        Report {
            id: "d".into(),
            verdict: if spans.is_empty() {
                Verdict::Clean
            } else {
                Verdict::Polluted
            },
            score,
            title: None,
            chars: 0,
            spans: spans
                .iter()
                .map(|&(start, end)| PollutedSpan {
                    field: Field::Body,
                    start,
                    end,
                    text: String::new(),
                    score,
                    kind: SpanKind::Gambling,
                    block: None,
                    html: None,
                })
                .collect(),
        }
    }

    #[test]
    fn spans_are_cut_by_code_point() {
        let (text, spans, chars) =
            remove_polluted("新闻六合彩正文澳门", &report(&[(2, 5), (7, 9)], 0.9));
        assert_eq!(text, "新闻正文");
        assert_eq!((spans, chars), (2, 5));
        assert_eq!(remove_polluted("abc", &report(&[], 0.1)).0, "abc");
        let mut hidden = report(&[(2, 5)], 0.9);
        hidden.spans[0].field = Field::Hidden;
        hidden.spans[0].block = Some(0);
        assert_eq!(
            remove_polluted("新闻六合彩正文", &hidden).0,
            "新闻六合彩正文"
        );
    }

    #[test]
    fn jsonl_line_keeps_other_fields_byte_for_byte() {
        let line = r#"{"z":1,"text":"新闻六合彩正文","id":"d","meta":{"a":[1,2]}}"#;
        let start = line.find("\"新闻").unwrap();
        let end = line.find(",\"id\"").unwrap();
        let r = report(&[(2, 5)], 0.9);
        let source = SourceRef::file("d.jsonl".into());
        let doc = crate::detect::Document {
            body: "新闻六合彩正文".into(),
            ..Default::default()
        };
        let record = ScannedRecord {
            id: "d",
            url: None,
            source: &source,
            outcome: Outcome::Scanned(Scanned {
                report: &r,
                document: &doc,
                original: Some(JsonOriginal {
                    line,
                    text_value: (start, end),
                }),
            }),
        };
        let mut out = Vec::new();
        let emitted = CleanFormat::default()
            .write_record(&record, &mut out)
            .unwrap();
        assert_eq!(emitted.chars_removed, 3);
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with(r#"{"z":1,"text":"新闻正文","id":"d","meta":{"a":[1,2]},"spamscan":{"#),
            "{s}"
        );
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["spamscan"]["spans_removed"], 1);
        let dropped = CleanFormat {
            drop_threshold: Some(0.8),
        };
        let mut out = Vec::new();
        assert!(dropped.write_record(&record, &mut out).unwrap().dropped);
        assert!(out.is_empty());
    }
}
