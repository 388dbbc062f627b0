//! The worker's job: one raw record in, output lines and counts out.
//!
//! Decoding (bytes to a [`Document`], or a JSONL line to its text), detection
//! and formatting all happen here, on every core. Whatever goes wrong with
//! one record — undecodable bytes, a bad JSON line, even a panic deep in a
//! dependency — becomes that record's error line, never a lost record.

use super::ScanSettings;
use crate::detect::{Detector, Document, Report, Verdict};
use crate::input::jsonl::parse_document;
use crate::input::{Content, RawRecord, RecordError, SourceRef};
use crate::output::record::{Emitted, JsonOriginal, Outcome, RecordFormat, Scanned, ScannedRecord};
use crate::output::summary::ScanSummary;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Turns records into output lines.
pub(crate) struct Worker<'a> {
    pub(crate) detector: &'a Detector<'a>,
    pub(crate) format: &'a dyn RecordFormat,
    pub(crate) settings: &'a ScanSettings,
}

/// A scanned document with what formats need from it.
struct Done {
    doc: Document,
    report: Report,
    line: Option<(String, (usize, usize))>,
}

impl Worker<'_> {
    /// Scans one record, appending its output to `out` and its counts to
    /// `stats` (documents, verdicts, errors, lines, cuts, bytes).
    pub(crate) fn scan(
        &self,
        item: Result<RawRecord, RecordError>,
        out: &mut Vec<u8>,
        stats: &mut ScanSummary,
    ) -> io::Result<()> {
        stats.documents += 1;
        let record = match item {
            Ok(record) => record,
            Err(e) => {
                let id = e.id.clone().unwrap_or_else(|| e.source.fallback_id());
                return self.fail(&id, e.url.as_deref(), &e.source, &e.message, out, stats);
            }
        };
        stats.document_bytes += record.content.len() as u64;
        let RawRecord {
            id,
            url,
            source,
            content,
        } = record;
        let id = id.unwrap_or_else(|| source.fallback_id());
        let scanned = catch_unwind(AssertUnwindSafe(|| self.detect(id.clone(), content)))
            .unwrap_or_else(|_| {
                Err("internal error: scanning this document panicked (please report it)".into())
            });
        let done = match scanned {
            Ok(done) => done,
            Err(message) => {
                return self.fail(&id, url.as_deref(), &source, &message, out, stats);
            }
        };
        match done.report.verdict {
            Verdict::Polluted => stats.polluted += 1,
            Verdict::Clean => stats.clean += 1,
        }
        let record = ScannedRecord {
            id: &done.report.id,
            url: url.as_deref(),
            source: &source,
            outcome: Outcome::Scanned(Scanned {
                report: &done.report,
                document: &done.doc,
                original: done.line.as_ref().map(|(line, range)| JsonOriginal {
                    line,
                    text_value: *range,
                }),
            }),
        };
        let emitted = self.format.write_record(&record, out)?;
        count(stats, emitted);
        Ok(())
    }

    fn fail(
        &self,
        id: &str,
        url: Option<&str>,
        source: &SourceRef,
        message: &str,
        out: &mut Vec<u8>,
        stats: &mut ScanSummary,
    ) -> io::Result<()> {
        stats.errors += 1;
        let record = ScannedRecord {
            id,
            url,
            source,
            outcome: Outcome::Failed(message),
        };
        let emitted = self.format.write_record(&record, out)?;
        count(stats, emitted);
        Ok(())
    }

    /// Decodes the content into a document and runs the detector.
    fn detect(&self, id: String, content: Content) -> Result<Done, String> {
        let s = self.settings;
        let (doc, line) = match content {
            Content::Page {
                bytes,
                charset_hint,
            } => {
                let doc = crate::document_from_bytes(
                    id,
                    &bytes,
                    s.forced_encoding,
                    charset_hint.as_deref(),
                )
                .map_err(|e| e.to_string())?;
                (doc, None)
            }
            Content::Text(body) => (
                Document {
                    id,
                    body,
                    ..Document::default()
                },
                None,
            ),
            Content::JsonLine(bytes) => {
                let line = String::from_utf8(bytes).map_err(|e| {
                    format!(
                        "JSON line is not valid UTF-8 (at byte {})",
                        e.utf8_error().valid_up_to()
                    )
                })?;
                let parsed = parse_document(&line, &s.text_field, &s.id_field)?;
                let doc = Document {
                    id: parsed.id.unwrap_or(id),
                    body: parsed.text,
                    ..Document::default()
                };
                (doc, Some((line, parsed.text_value)))
            }
        };
        // Long bodies window by window, so memory stays bounded.
        let report = crate::detect::windows::detect_windowed(self.detector, &doc);
        Ok(Done { doc, report, line })
    }
}

fn count(stats: &mut ScanSummary, emitted: Emitted) {
    stats.lines_out += emitted.lines;
    stats.dropped += u64::from(emitted.dropped);
    stats.spans_removed += emitted.spans_removed;
    stats.chars_removed += emitted.chars_removed;
}
