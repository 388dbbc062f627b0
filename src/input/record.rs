//! Records: what every input format yields, one per document.
//!
//! A [`RawRecord`] is a document still in its raw form (page bytes, extracted
//! text or a JSONL line) with its identity and the place it came from. A
//! [`RecordError`] stands for a document, or a stretch of a file, that could
//! not be read: it carries the same identity and place, so the scan reports it
//! as one error line instead of losing it. A [`RecordSource`] is a stream of
//! either, one implementation per input format.

use serde::Serialize;
use std::sync::Arc;

/// Where a record came from: the file and, inside it, the WARC record's byte
/// offset or the JSONL line. Serialized flat:
/// `{"file", "offset"?, "member_offset"?, "line"?}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    /// The input file as named (`-` for stdin).
    pub file: Arc<str>,
    /// The place inside the file.
    pub position: Position,
}

/// A place inside an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The whole file (a page, or a file that failed as a whole).
    File,
    /// A WARC record.
    Record {
        /// Byte offset of the record in the decompressed stream.
        offset: u64,
        /// Byte offset in the file of the gzip member holding the record
        /// (what the Common Crawl index calls `offset`).
        member_offset: Option<u64>,
    },
    /// A 1-based JSONL line number.
    Line(u64),
}

impl Serialize for SourceRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("file", &*self.file)?;
        match self.position {
            Position::File => {}
            Position::Record {
                offset,
                member_offset,
            } => {
                map.serialize_entry("offset", &offset)?;
                if let Some(member) = member_offset {
                    map.serialize_entry("member_offset", &member)?;
                }
            }
            Position::Line(line) => map.serialize_entry("line", &line)?,
        }
        map.end()
    }
}

impl SourceRef {
    /// The whole file as the source (a page, or a file that failed to open).
    pub fn file(file: Arc<str>) -> SourceRef {
        SourceRef {
            file,
            position: Position::File,
        }
    }

    /// The JSONL line, if the source is one.
    pub fn line(&self) -> Option<u64> {
        match self.position {
            Position::Line(line) => Some(line),
            _ => None,
        }
    }

    /// The WARC record offset, if the source is one.
    pub fn offset(&self) -> Option<u64> {
        match self.position {
            Position::Record { offset, .. } => Some(offset),
            _ => None,
        }
    }

    /// An identifier for a record that names none: `file:line`,
    /// `file@offset` or the file name.
    pub fn fallback_id(&self) -> String {
        match self.position {
            Position::Line(line) => format!("{}:{line}", self.file),
            Position::Record { offset, .. } => format!("{}@{offset}", self.file),
            Position::File => self.file.to_string(),
        }
    }
}

/// A document's content as the input format delivered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Page bytes, HTML or text in any encoding: decoded as `score` does.
    Page {
        /// The raw bytes.
        bytes: Vec<u8>,
        /// A charset label from transport metadata (an HTTP header).
        charset_hint: Option<String>,
    },
    /// Text already extracted from a page (a WET conversion record): the
    /// document's body as is.
    Text(String),
    /// One JSONL line holding a document object, parsed by the scan worker
    /// (parsing in parallel keeps the single reader fast).
    JsonLine(Vec<u8>),
}

impl Content {
    /// Size of the raw content in bytes.
    pub fn len(&self) -> usize {
        match self {
            Content::Page { bytes, .. } => bytes.len(),
            Content::Text(text) => text.len(),
            Content::JsonLine(line) => line.len(),
        }
    }

    /// True when the content has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One document read from an input, not yet decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord {
    /// The document's identifier when the format names it outside the content
    /// (WARC-Record-ID, the file path); JSONL ids live inside the line.
    pub id: Option<String>,
    /// The page's URL (WARC-Target-URI), if known.
    pub url: Option<String>,
    /// Where it came from.
    pub source: SourceRef,
    /// The content.
    pub content: Content,
}

/// A document, or part of an input, that could not be read. The scan writes
/// it as an error line, so nothing disappears silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// The identifier, when it was read before the failure.
    pub id: Option<String>,
    /// The URL, when known.
    pub url: Option<String>,
    /// Where the failure happened.
    pub source: SourceRef,
    /// What went wrong and what was lost.
    pub message: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source.fallback_id(), self.message)
    }
}

// Implemented by hand: thiserror would take the `source` field for the
// error's cause.
impl std::error::Error for RecordError {}

impl RecordError {
    /// An error for a whole file, or for a place in it with no identity.
    pub fn at(source: SourceRef, message: impl Into<String>) -> RecordError {
        RecordError {
            id: None,
            url: None,
            source,
            message: message.into(),
        }
    }
}

/// A stream of documents from one input: the trait every input format
/// implements (by being such an iterator). It ends after the last document
/// or after an error that makes the rest of the input unreadable.
pub trait RecordSource: Iterator<Item = Result<RawRecord, RecordError>> + Send {}

impl<T: Iterator<Item = Result<RawRecord, RecordError>> + Send> RecordSource for T {}
