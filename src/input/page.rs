//! Pages: a file (or stdin) that holds one document, HTML or text in any
//! encoding, possibly gzip- or zstd-compressed. Its identifier is its path.

use super::record::{Content, RawRecord, RecordError, SourceRef};
use std::io::{BufRead, Read};
use std::sync::Arc;

/// Yields the single document of a page file: the file whole, or an error
/// when it can't be read or is larger than the per-document cap.
pub struct PageSource {
    reader: Option<Box<dyn BufRead + Send>>,
    file: Arc<str>,
    max_doc_bytes: u64,
}

impl PageSource {
    /// A page read from `reader` (already decompressed), named `file`.
    pub fn new(reader: Box<dyn BufRead + Send>, file: Arc<str>, max_doc_bytes: u64) -> PageSource {
        PageSource {
            reader: Some(reader),
            file,
            max_doc_bytes,
        }
    }
}

impl Iterator for PageSource {
    type Item = Result<RawRecord, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        let reader = self.reader.take()?;
        let source = SourceRef::file(self.file.clone());
        let mut bytes = Vec::new();
        // One byte past the cap tells "at the cap" from "over it"; reading
        // stops there, so a huge file or a bomb costs no more than the cap.
        if let Err(e) = reader
            .take(self.max_doc_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
        {
            return Some(Err(RecordError::at(source, format!("read error: {e}"))));
        }
        if bytes.len() as u64 > self.max_doc_bytes {
            return Some(Err(RecordError::at(
                source,
                format!(
                    "document larger than the {}-byte limit (--max-doc-bytes); skipped",
                    self.max_doc_bytes
                ),
            )));
        }
        Some(Ok(RawRecord {
            id: Some(self.file.to_string()),
            url: None,
            source,
            content: Content::Page {
                bytes,
                charset_hint: None,
            },
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bytes: &'static [u8], cap: u64) -> Vec<Result<RawRecord, RecordError>> {
        PageSource::new(Box::new(bytes), "a.html".into(), cap).collect()
    }

    #[test]
    fn one_document_per_file() {
        let got = page(b"<p>hi</p>", 100);
        assert_eq!(got.len(), 1);
        let rec = got[0].as_ref().unwrap();
        assert_eq!(rec.id.as_deref(), Some("a.html"));
        assert_eq!(rec.content.len(), 9);
    }

    #[test]
    fn oversized_page_is_one_error() {
        let got = page(b"12345", 4);
        assert_eq!(got.len(), 1);
        let err = got[0].as_ref().unwrap_err();
        assert!(err.message.contains("4-byte limit"), "{err}");
        assert_eq!(page(b"1234", 4).len(), 1);
        assert!(page(b"1234", 4)[0].is_ok());
    }
}
