//! The end-of-scan summary: counts, the `in = out` balance and throughput,
//! as a few lines for people (stderr) and as JSON (`--stats-json`).

use serde::Serialize;
use std::io::{self, Write};

/// What a batch scan did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScanSummary {
    /// Input entries read (files, stdin, and named paths that failed).
    pub files: u64,
    /// Documents in: every document read plus every error record (a document
    /// or a stretch of input that could not be read).
    pub documents: u64,
    /// Documents scanned clean.
    pub clean: u64,
    /// Documents scanned polluted.
    pub polluted: u64,
    /// Error records.
    pub errors: u64,
    /// Output lines written.
    pub lines_out: u64,
    /// Documents deliberately left out (`--format clean --drop-threshold`).
    pub dropped: u64,
    /// Polluted spans cut (`--format clean`).
    pub spans_removed: u64,
    /// Code points cut (`--format clean`).
    pub chars_removed: u64,
    /// Bytes read from the inputs as stored (compressed).
    pub input_bytes: u64,
    /// Bytes of document content scanned (decompressed pages, lines, records).
    pub document_bytes: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Worker threads.
    pub threads: usize,
}

impl ScanSummary {
    /// True when every document in is accounted for by a line out or a drop.
    pub fn balanced(&self) -> bool {
        self.documents == self.lines_out + self.dropped
    }

    /// Share of the documents in that are polluted. Error records count in
    /// the denominator: a scan whose failures hide the pollution of what it
    /// could not read must not look more polluted than it is shown to be.
    pub fn polluted_share(&self) -> f64 {
        if self.documents == 0 {
            0.0
        } else {
            self.polluted as f64 / self.documents as f64
        }
    }

    /// Document megabytes (10^6 bytes) scanned per second.
    pub fn mb_per_second(&self) -> f64 {
        per_second(self.document_bytes as f64 / 1e6, self.seconds)
    }

    /// Documents per second.
    pub fn docs_per_second(&self) -> f64 {
        per_second(self.documents as f64, self.seconds)
    }
}

fn per_second(amount: f64, seconds: f64) -> f64 {
    if seconds > 0.0 {
        amount / seconds
    } else {
        0.0
    }
}

/// The summary as `--stats-json` writes it: the counts plus the balance and
/// the rates. Public so the Python bindings return the same object.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryJson<'a> {
    #[serde(flatten)]
    summary: &'a ScanSummary,
    balanced: bool,
    polluted_share: f64,
    mb_per_second: f64,
    docs_per_second: f64,
}

impl<'a> SummaryJson<'a> {
    /// The JSON view of `summary`.
    pub fn new(summary: &'a ScanSummary) -> SummaryJson<'a> {
        SummaryJson {
            summary,
            balanced: summary.balanced(),
            polluted_share: summary.polluted_share(),
            mb_per_second: summary.mb_per_second(),
            docs_per_second: summary.docs_per_second(),
        }
    }
}

/// Writes the summary as one pretty JSON object (for `--stats-json`).
pub fn write_summary_json<W: Write>(mut w: W, summary: &ScanSummary) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut w, &SummaryJson::new(summary))?;
    writeln!(w)
}

/// Writes the human summary (three lines, each starting `spamscan:`).
pub fn write_summary<W: Write>(mut w: W, s: &ScanSummary) -> io::Result<()> {
    writeln!(
        w,
        "spamscan: {} documents from {} input{}: {} polluted ({:.2}%), {} clean, {} error{}",
        s.documents,
        s.files,
        if s.files == 1 { "" } else { "s" },
        s.polluted,
        100.0 * s.polluted_share(),
        s.clean,
        s.errors,
        if s.errors == 1 { "" } else { "s" },
    )?;
    let mut balance = format!(
        "spamscan: documents in {} = lines out {}",
        s.documents, s.lines_out
    );
    if s.dropped > 0 || s.spans_removed > 0 {
        balance = format!(
            "{balance} + dropped {}; cut {} span{} ({} chars)",
            s.dropped,
            s.spans_removed,
            if s.spans_removed == 1 { "" } else { "s" },
            s.chars_removed
        );
    }
    if !s.balanced() {
        balance.push_str("  MISMATCH: documents were lost, please report this");
    }
    writeln!(w, "{balance}")?;
    writeln!(
        w,
        "spamscan: {:.1} MB of documents ({:.1} MB read) in {:.2} s: {:.2} MB/s, {:.0} docs/s on {} thread{}",
        s.document_bytes as f64 / 1e6,
        s.input_bytes as f64 / 1e6,
        s.seconds,
        s.mb_per_second(),
        s.docs_per_second(),
        s.threads,
        if s.threads == 1 { "" } else { "s" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balance_and_rates() {
        let s = ScanSummary {
            files: 2,
            documents: 10,
            clean: 6,
            polluted: 2,
            errors: 2,
            lines_out: 9,
            dropped: 1,
            document_bytes: 4_000_000,
            seconds: 2.0,
            threads: 2,
            ..Default::default()
        };
        assert!(s.balanced());
        // 2 polluted of 10 documents in, the 2 errors included.
        assert_eq!(s.polluted_share(), 0.2);
        assert_eq!(s.mb_per_second(), 2.0);
        let mut out = Vec::new();
        write_summary(&mut out, &s).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("documents in 10 = lines out 9 + dropped 1"),
            "{text}"
        );
        assert!(
            text.contains("2 polluted (20.00%), 6 clean, 2 errors"),
            "{text}"
        );
        let mut json = Vec::new();
        write_summary_json(&mut json, &s).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["balanced"], true);
        assert_eq!(v["documents"], 10);
    }
}
