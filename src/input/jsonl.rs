//! JSONL: one document object per line, in the Dolma / datatrove shape
//! `{"id": …, "text": …, …}`, plain or compressed (`.jsonl.gz`, `.jsonl.zst`).
//!
//! The reader only frames lines (with the per-document cap); the scan worker
//! parses them, so JSON parsing runs on every core. Blank lines are not
//! documents and are skipped.

use super::lines::{read_capped_line, LineRead};
use super::record::{Content, Position, RawRecord, RecordError, SourceRef};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::BufRead;
use std::sync::Arc;

/// A document parsed from a JSONL line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonDocument {
    /// The id field (a string, or a number's text); `None` when absent or null.
    pub id: Option<String>,
    /// The text field.
    pub text: String,
    /// Byte range of the text field's JSON value (quotes included) in the
    /// line, so an output can replace just that value.
    pub text_value: (usize, usize),
}

/// Parses a JSONL line as a document object, taking the `text_field` (a
/// string, required) and the `id_field` (optional). Other fields are
/// checked for syntax and left alone.
pub fn parse_document(
    line: &str,
    text_field: &str,
    id_field: &str,
) -> Result<JsonDocument, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let picked = PickFields {
        text_field,
        id_field,
    }
    .deserialize(&mut de)
    .map_err(|e| format!("invalid JSON document: {e}"))?;
    de.end()
        .map_err(|e| format!("invalid JSON document: {e}"))?;
    let Some(raw_text) = picked.text else {
        return Err(format!("no {text_field:?} field (set --text-field)"));
    };
    let text: String = serde_json::from_str(raw_text.get())
        .map_err(|_| format!("the {text_field:?} field is not a string"))?;
    let start = raw_text.get().as_ptr() as usize - line.as_ptr() as usize;
    let id = picked.id.and_then(|raw| {
        let raw = raw.get();
        match serde_json::from_str::<Cow<'_, str>>(raw) {
            Ok(s) => Some(s.into_owned()),
            Err(_) if raw == "null" => None,
            Err(_) => Some(raw.to_string()),
        }
    });
    Ok(JsonDocument {
        id,
        text,
        text_value: (start, start + raw_text.get().len()),
    })
}

/// The two fields a scan needs, borrowed from the line.
struct Picked<'a> {
    text: Option<&'a RawValue>,
    id: Option<&'a RawValue>,
}

struct PickFields<'f> {
    text_field: &'f str,
    id_field: &'f str,
}

impl<'de> DeserializeSeed<'de> for PickFields<'_> {
    type Value = Picked<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Picked<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PickFields<'_> {
    type Value = Picked<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Picked<'de>, A::Error> {
        let mut picked = Picked {
            text: None,
            id: None,
        };
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == self.text_field {
                picked.text = Some(map.next_value()?);
            } else if key == self.id_field {
                picked.id = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(picked)
    }
}

/// Yields one record per non-blank line; an over-long line is an error
/// record, and a read error (a truncated archive) ends the file with an
/// error record for what was lost.
pub struct JsonlSource {
    reader: Box<dyn BufRead + Send>,
    file: Arc<str>,
    line: u64,
    cap: usize,
    done: bool,
}

impl JsonlSource {
    /// Lines from `reader` (already decompressed), named `file`.
    pub fn new(reader: Box<dyn BufRead + Send>, file: Arc<str>, max_doc_bytes: u64) -> JsonlSource {
        JsonlSource {
            reader,
            file,
            line: 0,
            cap: usize::try_from(max_doc_bytes).unwrap_or(usize::MAX),
            done: false,
        }
    }

    fn at_line(&self, line: u64) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            position: Position::Line(line),
        }
    }
}

impl Iterator for JsonlSource {
    type Item = Result<RawRecord, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            match read_capped_line(&mut self.reader, self.cap, &mut buf) {
                Err(e) => {
                    self.done = true;
                    let lost = self.line + 1;
                    return Some(Err(RecordError::at(
                        self.at_line(lost),
                        format!("read error: {e}; the rest of the file from line {lost} is lost"),
                    )));
                }
                Ok(LineRead::Eof) => self.done = true,
                Ok(LineRead::TooLong { consumed }) => {
                    self.line += 1;
                    return Some(Err(RecordError::at(
                        self.at_line(self.line),
                        format!(
                            "document line of {consumed} bytes is larger than the {}-byte limit (--max-doc-bytes); skipped",
                            self.cap
                        ),
                    )));
                }
                Ok(LineRead::Line { .. }) => {
                    self.line += 1;
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Ok(RawRecord {
                        id: None,
                        url: None,
                        source: self.at_line(self.line),
                        content: Content::JsonLine(buf),
                    }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_fields_are_picked() {
        let line = r#"{"id":"a1","text":"新闻\n正文","meta":{"x":[1]}}"#;
        let doc = parse_document(line, "text", "id").unwrap();
        assert_eq!(doc.id.as_deref(), Some("a1"));
        assert_eq!(doc.text, "新闻\n正文");
        assert_eq!(&line[doc.text_value.0..doc.text_value.1], r#""新闻\n正文""#);
        let numbered = parse_document(r#"{"n":7,"body":"x"}"#, "body", "n").unwrap();
        assert_eq!(numbered.id.as_deref(), Some("7"));
        assert_eq!(
            parse_document(r#"{"text":"x","id":null}"#, "text", "id")
                .unwrap()
                .id,
            None
        );
        let escaped_key = parse_document(r#"{"te\u0078t":"y"}"#, "text", "id").unwrap();
        assert_eq!(escaped_key.text, "y");
        for (bad, why) in [
            (r#"{"text":"x""#, "invalid JSON"),
            (r#"["text"]"#, "invalid JSON"),
            (r#"{"id":"a"}"#, "no \"text\" field"),
            (r#"{"text":5}"#, "not a string"),
            (r#"{"text":"x"} trailing"#, "invalid JSON"),
        ] {
            let err = parse_document(bad, "text", "id").unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn lines_become_records_with_line_numbers() {
        let input = b"{\"id\":\"a\"}\n\n{\"id\":\"b\"}\r\n{\"text\":\"long line here\"}\n";
        let src = JsonlSource::new(Box::new(&input[..]), "d.jsonl".into(), 14);
        let got: Vec<_> = src.collect();
        assert_eq!(got.len(), 3);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.source.line(), Some(1));
        assert_eq!(first.content, Content::JsonLine(b"{\"id\":\"a\"}".to_vec()));
        assert_eq!(got[1].as_ref().unwrap().source.line(), Some(3));
        let err = got[2].as_ref().unwrap_err();
        assert_eq!(err.source.line(), Some(4));
        assert!(err.message.contains("limit"), "{err}");
    }
}
