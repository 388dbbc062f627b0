//! Scanned records and the output formats of batch scanning.
//!
//! A [`ScannedRecord`] is one input document after the scan: its identity,
//! where it came from and either its [`Report`] or why it failed. A
//! [`RecordFormat`] turns it into output lines (report JSONL, Dolma
//! attributes, cleaned documents); formats run on the worker threads, so
//! they must be `Sync` and append to a byte buffer rather than write to a
//! destination. A new output format is one new file implementing the trait.

use super::summary::ScanSummary;
use crate::detect::{Document, Report};
use crate::input::SourceRef;
use serde::Serialize;
use std::io;
use std::ops::Range;

/// The verdict written for a document that could not be scanned.
pub const ERROR_VERDICT: &str = "error";

/// A JSONL document's original line and where its text value (the JSON
/// string, quotes included) sits in it, so formats can rewrite just that.
#[derive(Debug, Clone, Copy)]
pub struct JsonOriginal<'a> {
    /// The line as read (valid JSON, an object).
    pub line: &'a str,
    /// Byte range of the text field's JSON value in `line`.
    pub text_value: (usize, usize),
}

impl JsonOriginal<'_> {
    /// The byte range of the text value.
    pub fn text_range(&self) -> Range<usize> {
        self.text_value.0..self.text_value.1
    }
}

/// A scanned document: its report and the document its offsets index.
#[derive(Debug, Clone, Copy)]
pub struct Scanned<'a> {
    /// The detector's report.
    pub report: &'a Report,
    /// The document as scanned: `body` spans index its body, `hidden` spans
    /// its hidden blocks, `meta_*` spans its meta fields.
    pub document: &'a Document,
    /// The original line, for JSONL inputs.
    pub original: Option<JsonOriginal<'a>>,
}

/// How a record's scan ended.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// Scanned: a report.
    Scanned(Scanned<'a>),
    /// Not scannable (unreadable, undecodable, oversized): the reason.
    Failed(&'a str),
}

/// One input document after the scan.
#[derive(Debug, Clone, Copy)]
pub struct ScannedRecord<'a> {
    /// The document's identifier.
    pub id: &'a str,
    /// Its URL, when the input names one.
    pub url: Option<&'a str>,
    /// Where it came from.
    pub source: &'a SourceRef,
    /// Its report or its error.
    pub outcome: Outcome<'a>,
}

/// What a format did with one record, for the scan's counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Emitted {
    /// Lines written.
    pub lines: u64,
    /// The document was deliberately left out (the clean format's drop).
    pub dropped: bool,
    /// Polluted spans cut from the text.
    pub spans_removed: u64,
    /// Code points cut from the text.
    pub chars_removed: u64,
}

impl Emitted {
    /// One line written, nothing cut.
    pub const ONE_LINE: Emitted = Emitted {
        lines: 1,
        dropped: false,
        spans_removed: 0,
        chars_removed: 0,
    };
}

/// An output format of `spamscan scan`.
pub trait RecordFormat: Sync {
    /// Appends the record's output line(s) to `out`.
    fn write_record(&self, record: &ScannedRecord<'_>, out: &mut Vec<u8>) -> io::Result<Emitted>;

    /// Appends what opens the output, before any record (a document format's
    /// header; line formats have none).
    fn write_header(&self, _out: &mut Vec<u8>) -> io::Result<()> {
        Ok(())
    }

    /// Appends what closes the output after the last record, given what the
    /// scan did (a document format's summary and trailer).
    fn write_footer(&self, _summary: &ScanSummary, _out: &mut Vec<u8>) -> io::Result<()> {
        Ok(())
    }
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    source: &'a SourceRef,
    verdict: &'static str,
    error: &'a str,
}

/// Writes the error line of a failed record:
/// `{"id", "url"?, "source", "verdict": "error", "error"}`.
pub fn write_error_line(
    record: &ScannedRecord<'_>,
    message: &str,
    out: &mut Vec<u8>,
) -> io::Result<Emitted> {
    let line = ErrorLine {
        id: record.id,
        url: record.url,
        source: record.source,
        verdict: ERROR_VERDICT,
        error: message,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.push(b'\n');
    Ok(Emitted::ONE_LINE)
}
