//! The `report` format: one JSON line per document, the `score --json`
//! object plus where the document came from (`url`, `source`), or an error
//! line. This is `spamscan scan`'s default output.

use super::record::{write_error_line, Emitted, Outcome, RecordFormat, ScannedRecord};
use crate::detect::Report;
use crate::input::SourceRef;
use serde::Serialize;
use std::io;

/// Writes report lines.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportFormat;

#[derive(Serialize)]
struct ReportLine<'a> {
    #[serde(flatten)]
    report: &'a Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    source: &'a SourceRef,
}

impl RecordFormat for ReportFormat {
    fn write_record(&self, record: &ScannedRecord<'_>, out: &mut Vec<u8>) -> io::Result<Emitted> {
        match record.outcome {
            Outcome::Failed(message) => write_error_line(record, message, out),
            Outcome::Scanned(scanned) => {
                let line = ReportLine {
                    report: scanned.report,
                    url: record.url,
                    source: record.source,
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.push(b'\n');
                Ok(Emitted::ONE_LINE)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Verdict;
    use crate::output::record::Scanned;

    #[test]
    fn report_and_error_lines() {
        let report = Report {
            id: "<urn:uuid:1>".into(),
            verdict: Verdict::Clean,
            score: 0.1,
            title: None,
            chars: 3,
            spans: vec![],
        };
        let source = SourceRef {
            file: "a.warc.gz".into(),
            position: crate::input::record::Position::Record {
                offset: 42,
                member_offset: None,
            },
        };
        let doc = crate::detect::Document {
            body: "abc".into(),
            ..Default::default()
        };
        let mut record = ScannedRecord {
            id: "<urn:uuid:1>",
            url: Some("http://x.cn/"),
            source: &source,
            outcome: Outcome::Scanned(Scanned {
                report: &report,
                document: &doc,
                original: None,
            }),
        };
        let mut out = Vec::new();
        ReportFormat.write_record(&record, &mut out).unwrap();
        record.outcome = Outcome::Failed("input looks binary");
        ReportFormat.write_record(&record, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(lines[0]["verdict"], "clean");
        assert_eq!(lines[0]["source"]["offset"], 42);
        assert_eq!(lines[0]["url"], "http://x.cn/");
        assert_eq!(lines[1]["verdict"], "error");
        assert_eq!(lines[1]["error"], "input looks binary");
        assert_eq!(lines[1]["id"], "<urn:uuid:1>");
    }
}
