//! Input: where documents come from.
//!
//! `score` reads whole files with [`read_input`]. Batch scanning reads
//! [`RecordSource`]s: streams of [`RawRecord`]s, one implementation per
//! format — [`page`] (one document per file), [`warc`] (WARC and WET
//! archives), [`jsonl`] (Dolma-style JSONL) — over [`compress`] (gzip
//! members, zstd frames, told by magic bytes), with [`discover()`] listing the
//! files. Every reader caps each document at `max_doc_bytes` and turns what it
//! can't read into a [`RecordError`], so nothing is lost silently and no input
//! can exhaust memory. A new format is one new file plus one arm in
//! [`open_source`].

pub mod compress;
pub mod discover;
pub mod jsonl;
pub mod lines;
pub mod page;
pub mod record;
pub mod warc;

pub use discover::{discover, DiscoverOptions, FileId, InputFile, InputKind, Shard};
pub use record::{Content, Position, RawRecord, RecordError, RecordSource, SourceRef};

use std::io::{BufRead, Read};
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

/// Default cap on one document's size for `score`: real pages are far smaller.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 64 * 1024 * 1024;

/// Default cap on one document's size for batch scanning. Lower than
/// [`DEFAULT_MAX_DOC_BYTES`] because every worker holds a document at once
/// (about three times its size while it is decoded, plus detection tables
/// for at most one [`crate::detect::windows::WINDOW_BYTES`] window of it);
/// Common Crawl cuts records at 1 MiB, and the longest real pages are a few
/// MiB.
pub const DEFAULT_SCAN_MAX_DOC_BYTES: u64 = 8 * 1024 * 1024;

/// Opens one input file as a record stream: decompresses it (gzip, zstd, by
/// magic bytes), picks the format by its name (stdin: by its first bytes) and
/// counts raw bytes read into `bytes_read`. A file that can't be opened is a
/// stream of one error.
pub fn open_source(
    file: &InputFile,
    max_doc_bytes: u64,
    bytes_read: Arc<AtomicU64>,
) -> Box<dyn RecordSource> {
    let whole_file = || SourceRef::file(file.name.clone());
    let raw: Box<dyn Read + Send> = if file.is_stdin() {
        Box::new(std::io::stdin())
    } else {
        match std::fs::File::open(&file.path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let error = RecordError::at(whole_file(), format!("cannot open: {e}"));
                return Box::new(std::iter::once(Err(error)));
            }
        }
    };
    let counted = compress::CountingReader::new(raw, bytes_read);
    let decompressed = match compress::decompress(counted) {
        Ok(d) => d,
        Err(e) => {
            let error = RecordError::at(whole_file(), format!("read error: {e}"));
            return Box::new(std::iter::once(Err(error)));
        }
    };
    let mut reader = decompressed.reader;
    let kind = if file.is_stdin() {
        match sniff_kind(&mut reader) {
            Ok(kind) => kind,
            Err(e) => {
                let error = RecordError::at(whole_file(), format!("read error: {e}"));
                return Box::new(std::iter::once(Err(error)));
            }
        }
    } else {
        file.kind()
    };
    let name = file.name.clone();
    match kind {
        InputKind::Page => Box::new(page::PageSource::new(reader, name, max_doc_bytes)),
        InputKind::Jsonl => Box::new(jsonl::JsonlSource::new(reader, name, max_doc_bytes)),
        InputKind::Warc => Box::new(warc::WarcSource::new(
            reader,
            name,
            decompressed.members,
            max_doc_bytes,
        )),
    }
}

/// Tells the format of an unnamed (stdin) stream by its first bytes: a WARC
/// version line, a JSON object, or else a page.
fn sniff_kind(reader: &mut Box<dyn BufRead + Send>) -> std::io::Result<InputKind> {
    let head = compress::read_head(reader, 5)?;
    let kind = if head.starts_with(b"WARC/") {
        InputKind::Warc
    } else if head.trim_ascii_start().starts_with(b"{") {
        InputKind::Jsonl
    } else {
        InputKind::Page
    };
    let rest = std::mem::replace(reader, Box::new(std::io::empty()));
    *reader = Box::new(std::io::BufReader::with_capacity(
        compress::STREAM_BUFFER,
        std::io::Cursor::new(head).chain(rest),
    ));
    Ok(kind)
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Opening or reading failed.
    #[error("{name}: {source}")]
    Io {
        /// The input as named by the user.
        name: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Larger than the configured cap.
    #[error("{name}: larger than the {limit}-byte limit (raise it with --max-doc-bytes)")]
    TooLarge {
        /// The input as named by the user.
        name: String,
        /// The cap in bytes.
        limit: u64,
    },
}

/// Reads a whole input (`-` is stdin), refusing more than `max_bytes`.
pub fn read_input(name: &str, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    let io = |source| InputError::Io {
        name: name.to_string(),
        source,
    };
    let mut bytes = Vec::new();
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let path = Path::new(name);
        if path.is_dir() {
            return Err(io(std::io::Error::other("is a directory")));
        }
        Box::new(std::fs::File::open(path).map_err(io)?)
    };
    // Read one byte past the cap to tell "exactly at the cap" from "over it".
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            name: name.to_string(),
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_is_enforced_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"12345").unwrap();
        let name = p.to_str().unwrap();
        assert_eq!(read_input(name, 5).unwrap(), b"12345");
        assert!(matches!(
            read_input(name, 4),
            Err(InputError::TooLarge { .. })
        ));
        let missing = dir.path().join("missing.html");
        let err = read_input(missing.to_str().unwrap(), 5).unwrap_err();
        assert!(err.to_string().contains("missing.html"));
        assert!(read_input(dir.path().to_str().unwrap(), 5).is_err());
    }
}
