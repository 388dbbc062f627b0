//! The `dolma` format: attribute lines that line up with a Dolma documents
//! file, line for line, for `dolma mix` to filter documents and cut spans.
//!
//! ```json
//! {"id":"doc-1","attributes":{
//!   "exp__spamscan__polluted":[[118,128,0.9999]],
//!   "exp__spamscan__doc":[[0,402,0.9999]]}}
//! ```
//!
//! Attribute names follow Dolma's `<experiment>__<tagger>__<attribute>`;
//! spans are `[start, end, score]` in Unicode code points of `text`, as Dolma
//! slices it. `polluted` lists the polluted spans, `doc` spans the whole text
//! with the page score. A document that could not be scanned gets empty
//! lists, an `error` attribute `[[0, 0, 1.0]]` (so a mixer can exclude it)
//! and the message as `"error"`.

use super::record::{Emitted, Outcome, RecordFormat, ScannedRecord};
use crate::detect::Field;
use serde::ser::{SerializeMap, Serializer};
use std::io;

/// The tagger name in Dolma attribute names.
pub const DOLMA_TAGGER: &str = "spamscan";

/// Writes Dolma attribute lines.
#[derive(Debug, Clone)]
pub struct DolmaFormat {
    polluted: String,
    doc: String,
    error: String,
}

impl DolmaFormat {
    /// Attribute names `<prefix>__spamscan__{polluted,doc,error}`.
    pub fn new(prefix: &str) -> DolmaFormat {
        let name = |attr: &str| format!("{prefix}__{DOLMA_TAGGER}__{attr}");
        DolmaFormat {
            polluted: name("polluted"),
            doc: name("doc"),
            error: name("error"),
        }
    }

    /// The attribute that lists polluted spans.
    pub fn polluted_attribute(&self) -> &str {
        &self.polluted
    }

    /// The attribute that holds the page score.
    pub fn doc_attribute(&self) -> &str {
        &self.doc
    }
}

type Span = (usize, usize, f64);

struct Attributes<'a> {
    format: &'a DolmaFormat,
    polluted: Vec<Span>,
    doc: Option<Span>,
    failed: bool,
}

impl serde::Serialize for Attributes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry(&self.format.polluted, &self.polluted)?;
        map.serialize_entry(&self.format.doc, &self.doc.as_slice())?;
        if self.failed {
            map.serialize_entry(&self.format.error, &[(0, 0, 1.0)])?;
        }
        map.end()
    }
}

#[derive(serde::Serialize)]
struct AttributeLine<'a> {
    id: &'a str,
    attributes: Attributes<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

impl RecordFormat for DolmaFormat {
    fn write_record(&self, record: &ScannedRecord<'_>, out: &mut Vec<u8>) -> io::Result<Emitted> {
        let (attributes, error) = match record.outcome {
            Outcome::Failed(message) => (
                Attributes {
                    format: self,
                    polluted: Vec::new(),
                    doc: None,
                    failed: true,
                },
                Some(message),
            ),
            Outcome::Scanned(scanned) => {
                let report = scanned.report;
                let polluted = report
                    .spans
                    .iter()
                    .filter(|s| s.field == Field::Body)
                    .map(|s| (s.start, s.end, s.score))
                    .collect();
                (
                    Attributes {
                        format: self,
                        polluted,
                        doc: Some((0, report.chars, report.score)),
                        failed: false,
                    },
                    None,
                )
            }
        };
        let line = AttributeLine {
            id: record.id,
            attributes,
            error,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.push(b'\n');
        Ok(Emitted::ONE_LINE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{PollutedSpan, Report, SpanKind, Verdict};
    use crate::input::SourceRef;
    use crate::output::record::Scanned;

    #[test]
    fn attribute_line_shape() {
        let report = Report {
            id: "d1".into(),
            verdict: Verdict::Polluted,
            score: 0.9,
            title: None,
            chars: 10,
            spans: vec![PollutedSpan {
                field: Field::Body,
                start: 2,
                end: 5,
                text: "六合彩".into(),
                score: 0.9,
                kind: SpanKind::Gambling,
                block: None,
                html: None,
            }],
        };
        // Spans of other fields index other texts: never in the attributes.
        let mut report = report;
        report.spans.push(PollutedSpan {
            field: Field::Hidden,
            start: 0,
            end: 4,
            text: "澳门赌场".into(),
            score: 0.99,
            kind: SpanKind::Hidden,
            block: Some(0),
            html: Some(crate::detect::HtmlRange { start: 10, end: 40 }),
        });
        report.spans.push(PollutedSpan {
            field: Field::Title,
            start: 0,
            end: 3,
            text: "六合彩".into(),
            score: 0.99,
            kind: SpanKind::Meta,
            block: None,
            html: None,
        });
        let source = SourceRef::file("d.jsonl".into());
        let doc = crate::detect::Document {
            body: "".into(),
            ..Default::default()
        };
        let mut record = ScannedRecord {
            id: "d1",
            url: None,
            source: &source,
            outcome: Outcome::Scanned(Scanned {
                report: &report,
                document: &doc,
                original: None,
            }),
        };
        let format = DolmaFormat::new("exp");
        let mut out = Vec::new();
        format.write_record(&record, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"id":"d1","attributes":{
                "exp__spamscan__polluted":[[2,5,0.9]],
                "exp__spamscan__doc":[[0,10,0.9]]}})
        );
        record.outcome = Outcome::Failed("bad");
        out.clear();
        format.write_record(&record, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v["attributes"]["exp__spamscan__error"],
            serde_json::json!([[0, 0, 1.0]])
        );
        assert_eq!(v["attributes"]["exp__spamscan__doc"], serde_json::json!([]));
        assert_eq!(v["error"], "bad");
    }
}
