//! WARC and WET: web archives, one record after another (WARC/1.0 and 1.1).
//!
//! A record is a version line, `Name: value` headers, a blank line and a
//! block of exactly `Content-Length` bytes. Documents are:
//!
//! * `response` records whose HTTP response has an HTML content type
//!   (`text/html`, `application/xhtml+xml`): the HTTP body, with the HTTP
//!   `charset` as the decoding hint;
//! * `resource` records with an HTML content type;
//! * WET `conversion` records: text already extracted from the page.
//!
//! Every other record (`warcinfo`, `request`, `metadata`, non-HTML responses…)
//! is skipped and is not a document. The identifier is `WARC-Record-ID`, the
//! URL `WARC-Target-URI`.
//!
//! Damage costs only what is damaged. A record that can't be a document
//! (oversized, malformed HTTP header, broken chunked body) is an error record
//! and reading goes on. Where the stream can't be followed — bytes where a
//! record should start, a record without a valid `Content-Length`, a header
//! line past the cap — the reader resynchronizes at the next `WARC/` version
//! line and reports the skipped byte range as one error record. In a gzip
//! file a damaged member is skipped by the decompressor, which resumes at the
//! next member ([`DamagedMember`]); the record it held is one error record.
//! Only the end of the file, or a read error with nothing after it, ends the
//! stream.

use super::compress::{DamagedMember, MemberMap};
use super::lines::{read_capped_line, LineRead};
use super::record::{Content, Position, RawRecord, RecordError, SourceRef};
use std::io::{self, BufRead, Read};
use std::sync::Arc;

/// Longest header line accepted, in the WARC header and the HTTP header.
const HEADER_LINE_CAP: usize = 64 * 1024;
/// Most header lines accepted in one header.
const MAX_HEADER_LINES: usize = 1024;

/// Media types whose responses are documents.
const HTML_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

/// The WARC headers spamscan uses.
#[derive(Debug, Default)]
struct WarcHeaders {
    warc_type: String,
    record_id: Option<String>,
    target_uri: Option<String>,
    content_type: Option<String>,
    /// `Content-Length` as written, and its value when it is a number.
    content_length: Option<(String, Option<u64>)>,
    payload_type: Option<String>,
    /// `WARC-Truncated`: the crawler cut the payload short.
    truncated: bool,
}

/// How reading one record ended.
enum Step {
    /// A document.
    Document(RawRecord),
    /// A record that is not a document.
    Skipped,
}

/// A failed record or stretch; `fatal` when nothing after it can be read.
struct Failure {
    error: RecordError,
    fatal: bool,
}

/// The decompressed stream, counting the bytes consumed: the offset of the
/// next byte in the decompressed stream.
struct Tracked {
    inner: Box<dyn BufRead + Send>,
    pos: u64,
}

impl Read for Tracked {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl BufRead for Tracked {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}

/// Yields the documents of a WARC or WET stream.
pub struct WarcSource {
    reader: Tracked,
    file: Arc<str>,
    members: Option<MemberMap>,
    max_doc_bytes: u64,
    records: u64,
    done: bool,
    line: Vec<u8>,
    /// A version line already read (after a skipped stretch was reported):
    /// the offset of the record it starts.
    pending_start: Option<u64>,
    /// Skip to the next version line without reporting the bytes: the record
    /// they belong to was reported already.
    quiet_resync: bool,
}

impl WarcSource {
    /// Records from `reader` (already decompressed), named `file`; `members`
    /// locates gzip members when the file was gzip.
    pub fn new(
        reader: Box<dyn BufRead + Send>,
        file: Arc<str>,
        members: Option<MemberMap>,
        max_doc_bytes: u64,
    ) -> WarcSource {
        WarcSource {
            reader: Tracked {
                inner: reader,
                pos: 0,
            },
            file,
            members,
            max_doc_bytes,
            records: 0,
            done: false,
            line: Vec::new(),
            pending_start: None,
            quiet_resync: false,
        }
    }

    fn at(&self, offset: u64) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            position: Position::Record {
                offset,
                member_offset: self.members.as_ref().and_then(|m| m.member_at(offset)),
            },
        }
    }

    fn failure(&self, offset: u64, message: String, fatal: bool) -> Failure {
        Failure {
            error: RecordError::at(self.at(offset), message),
            fatal,
        }
    }

    /// A read error at `offset`: a damaged gzip member was skipped (reading
    /// goes on at the next one, unless none follows), or the stream broke.
    fn read_failure(&mut self, offset: u64, e: &io::Error, what: &str) -> Failure {
        match DamagedMember::of(e) {
            Some(damage) => {
                // What is left of the damaged record's bytes is gone; the
                // next member starts a record. The error points at the
                // damaged member (its bytes are not in the decompressed
                // stream, so the next record has the same offset).
                self.quiet_resync = true;
                let fatal = damage.resume.is_none();
                let mut failure = self.failure(offset, format!("{what} is lost: {damage}"), fatal);
                failure.error.source.position = Position::Record {
                    offset,
                    member_offset: Some(damage.start),
                };
                failure
            }
            None => self.failure(
                offset,
                format!("read error: {e}; {what} and the rest of the file are lost"),
                true,
            ),
        }
    }

    /// Reads a header line; `Ok(None)` at the end of the stream.
    fn header_line(&mut self) -> io::Result<Option<LineRead>> {
        match read_capped_line(&mut self.reader, HEADER_LINE_CAP, &mut self.line)? {
            LineRead::Eof => Ok(None),
            read @ (LineRead::Line { .. } | LineRead::TooLong { .. }) => {
                if self.line.last() == Some(&b'\r') {
                    self.line.pop();
                }
                Ok(Some(read))
            }
        }
    }

    /// Finds the next record and consumes its version line; returns the
    /// record's offset, `None` at the end. Blank lines separate records;
    /// anything else before the next version line is skipped and reported
    /// as one error (the record after it is read on the next call).
    fn find_record(&mut self) -> Result<Option<u64>, Failure> {
        if let Some(start) = self.pending_start.take() {
            return Ok(Some(start));
        }
        let quiet = std::mem::take(&mut self.quiet_resync);
        let mut skipped_from: Option<u64> = None;
        loop {
            let at = self.reader.pos;
            let read = match self.header_line() {
                Ok(read) => read,
                Err(e) => {
                    let from = skipped_from.unwrap_or(at);
                    return Err(self.read_failure(from, &e, "a record"));
                }
            };
            let version =
                matches!(read, Some(LineRead::Line { .. })) && self.line.starts_with(b"WARC/");
            match read {
                None => {
                    return match skipped_from {
                        Some(from) if !quiet => Err(self.skipped(from, at, true)),
                        _ => Ok(None),
                    };
                }
                Some(LineRead::Line { .. }) if self.line.is_empty() && skipped_from.is_none() => {}
                Some(_) if version => match skipped_from {
                    Some(from) if !quiet => {
                        self.pending_start = Some(at);
                        return Err(self.skipped(from, at, false));
                    }
                    _ => return Ok(Some(at)),
                },
                Some(_) => {
                    skipped_from.get_or_insert(at);
                }
            }
        }
    }

    /// The error for bytes `from..to` that hold no record.
    fn skipped(&self, from: u64, to: u64, at_end: bool) -> Failure {
        if from == 0 && at_end && self.records == 0 {
            return self.failure(
                from,
                "not a WARC file: it has no WARC/1.x version line".to_string(),
                true,
            );
        }
        let what = if from == 0 && self.records == 0 {
            "it does not start with a WARC/1.x version line"
        } else {
            "no record header where one should start"
        };
        let next = if at_end {
            "to the end of the file".to_string()
        } else {
            format!("reading resumes at the record at {to}")
        };
        self.failure(
            from,
            format!("broken WARC: {what}; bytes {from}..{to} skipped, {next}"),
            at_end,
        )
    }

    fn next_record(&mut self) -> Result<Option<Step>, Failure> {
        let Some(start) = self.find_record()? else {
            return Ok(None);
        };
        self.records += 1;
        if let Some(members) = &self.members {
            // Asking prunes the member starts behind this record, so skipped
            // records don't pile up in the map.
            members.member_at(start);
        }
        let headers = self.warc_headers(start)?;
        let id = headers.record_id.clone();
        let length = match &headers.content_length {
            Some((_, Some(length))) => *length,
            other => {
                let what = match other {
                    Some((raw, _)) => format!("an invalid Content-Length {raw:?}"),
                    None => "no Content-Length".to_string(),
                };
                self.quiet_resync = true;
                return Err(self.record_error(
                    &headers,
                    start,
                    format!("WARC record with {what}: skipped to the next record"),
                ));
            }
        };
        let content_type = headers.content_type.as_deref().unwrap_or("");
        let step = match headers.warc_type.as_str() {
            "response" if media_type(content_type).0 == "application/http" => {
                self.response(&headers, start, length)
            }
            "resource" if is_html(&media_type(content_type).0) => {
                let charset = media_type(content_type).1;
                self.block(&headers, start, length).map(|bytes| {
                    bytes.map(|bytes| Content::Page {
                        bytes,
                        charset_hint: charset,
                    })
                })
            }
            "conversion" => self.block(&headers, start, length).map(|bytes| {
                bytes.map(|bytes| {
                    Content::Text(match String::from_utf8(bytes) {
                        Ok(text) => text,
                        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    })
                })
            }),
            _ => {
                self.skip(length, start, id.as_deref())?;
                Ok(None)
            }
        };
        match step {
            Ok(Some(content)) => Ok(Some(Step::Document(RawRecord {
                id,
                url: headers.target_uri,
                source: self.at(start),
                content,
            }))),
            Ok(None) => Ok(Some(Step::Skipped)),
            Err(failure) => Err(failure),
        }
    }

    /// Reads the WARC header fields after the version line.
    fn warc_headers(&mut self, start: u64) -> Result<WarcHeaders, Failure> {
        let mut headers = WarcHeaders::default();
        for _ in 0..MAX_HEADER_LINES {
            match self.header_line() {
                Err(e) => return Err(self.read_failure(start, &e, "this record")),
                Ok(None | Some(LineRead::Eof)) => {
                    return Err(self.failure(
                        start,
                        "truncated WARC record: the file ends inside its header".to_string(),
                        true,
                    ))
                }
                Ok(Some(LineRead::TooLong { .. })) => {
                    self.quiet_resync = true;
                    return Err(self.failure(
                        start,
                        format!("broken WARC record: a header line longer than {HEADER_LINE_CAP} bytes; skipped to the next record"),
                        false,
                    ));
                }
                Ok(Some(LineRead::Line { .. })) => {
                    if self.line.is_empty() {
                        return Ok(headers);
                    }
                    let Some((name, value)) = split_header(&self.line) else {
                        continue;
                    };
                    match name.to_ascii_lowercase().as_str() {
                        "warc-type" => headers.warc_type = value.to_ascii_lowercase(),
                        "warc-record-id" => headers.record_id = Some(value),
                        "warc-target-uri" => headers.target_uri = Some(value),
                        "content-type" => headers.content_type = Some(value),
                        "content-length" => {
                            let number = value.parse().ok();
                            headers.content_length = Some((value, number));
                        }
                        "warc-identified-payload-type" => headers.payload_type = Some(value),
                        "warc-truncated" => headers.truncated = true,
                        _ => {}
                    }
                }
            }
        }
        self.quiet_resync = true;
        let mut failure = self.failure(
            start,
            format!("broken WARC record: more than {MAX_HEADER_LINES} header lines; skipped to the next record"),
            false,
        );
        failure.error.id = headers.record_id;
        Err(failure)
    }

    /// Discards `length` bytes of a block.
    fn skip(&mut self, length: u64, start: u64, id: Option<&str>) -> Result<(), Failure> {
        let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink());
        self.check_read(skipped.map(|n| n as usize), length, start, id)
    }

    /// Turns a short or failed block read into an error for this record:
    /// fatal at the end of the file, else the stream resumes at the next
    /// gzip member.
    fn check_read(
        &mut self,
        read: io::Result<usize>,
        expected: u64,
        start: u64,
        id: Option<&str>,
    ) -> Result<(), Failure> {
        let mut failure = match read {
            Ok(n) if n as u64 == expected => return Ok(()),
            Ok(n) => self.failure(
                start,
                format!(
                    "truncated WARC record: {n} of its {expected} bytes are in the file; the record is lost"
                ),
                true,
            ),
            Err(e) => self.read_failure(start, &e, "this record"),
        };
        failure.error.id = id.map(str::to_string);
        Err(failure)
    }

    /// A non-fatal error for a record that is not usable as a document.
    fn record_error(&self, headers: &WarcHeaders, start: u64, message: String) -> Failure {
        Failure {
            error: RecordError {
                id: headers.record_id.clone(),
                url: headers.target_uri.clone(),
                source: self.at(start),
                message,
            },
            fatal: false,
        }
    }

    fn too_large(&self, headers: &WarcHeaders, start: u64, size: u64) -> Failure {
        self.record_error(
            headers,
            start,
            format!(
                "document of {size} bytes is larger than the {}-byte limit (--max-doc-bytes); skipped",
                self.max_doc_bytes
            ),
        )
    }

    /// Reads a whole block as a document's bytes, refusing oversized ones.
    fn block(
        &mut self,
        headers: &WarcHeaders,
        start: u64,
        length: u64,
    ) -> Result<Option<Vec<u8>>, Failure> {
        let id = headers.record_id.as_deref();
        if length > self.max_doc_bytes {
            self.skip(length, start, id)?;
            return Err(self.too_large(headers, start, length));
        }
        let mut bytes = Vec::new();
        let read = (&mut self.reader).take(length).read_to_end(&mut bytes);
        self.check_read(read, length, start, id)?;
        Ok(Some(bytes))
    }

    /// Reads a `response` record: the HTTP header, then the body if the
    /// response is HTML.
    fn response(
        &mut self,
        headers: &WarcHeaders,
        start: u64,
        length: u64,
    ) -> Result<Option<Content>, Failure> {
        let id = headers.record_id.as_deref();
        let mut block = (&mut self.reader).take(length);
        let http = read_http_header(&mut block, &mut self.line);
        let remaining = block.limit();
        let http = match http {
            Ok(Some(http)) => http,
            Ok(None) => {
                self.skip(remaining, start, id)?;
                return Err(self.record_error(
                    headers,
                    start,
                    "response record without a readable HTTP header; skipped".to_string(),
                ));
            }
            Err(e) => {
                let mut failure = self.read_failure(start, &e, "this record");
                failure.error.id = id.map(str::to_string);
                return Err(failure);
            }
        };
        let content_type = http
            .content_type
            .as_deref()
            .or(headers.payload_type.as_deref())
            .unwrap_or("");
        let (mime, charset) = media_type(content_type);
        if !is_html(&mime) {
            self.skip(remaining, start, id)?;
            return Ok(None);
        }
        if remaining > self.max_doc_bytes {
            self.skip(remaining, start, id)?;
            return Err(self.too_large(headers, start, remaining));
        }
        let mut body = Vec::new();
        let read = (&mut self.reader).take(remaining).read_to_end(&mut body);
        self.check_read(read, remaining, start, id)?;
        let body = if http.chunked {
            match dechunk(&body) {
                Ok(plain) => plain,
                // Crawlers that undo the coding but keep the header store
                // the body as it was sent: it does not start with a size.
                Err(Dechunk::NotChunked) => body,
                // A cut payload (WARC-Truncated) ends inside a chunk.
                Err(Dechunk::Broken { decoded, .. }) if headers.truncated => decoded,
                Err(Dechunk::Broken { at, .. }) => {
                    return Err(self.record_error(
                        headers,
                        start,
                        format!("broken chunked transfer coding at body byte {at}; skipped"),
                    ))
                }
            }
        } else {
            body
        };
        let body = match http.content_encoding.as_deref() {
            None | Some("identity") => body,
            Some(coding @ ("gzip" | "x-gzip" | "deflate")) => {
                match inflate(coding, &body, self.max_doc_bytes) {
                    Ok(Some(bytes)) => bytes,
                    Ok(None) => {
                        let size = self.max_doc_bytes.saturating_add(1);
                        return Err(self.too_large(headers, start, size));
                    }
                    Err(e) => {
                        return Err(self.record_error(
                            headers,
                            start,
                            format!("cannot undo Content-Encoding {coding}: {e}"),
                        ))
                    }
                }
            }
            Some(other) => {
                return Err(self.record_error(
                    headers,
                    start,
                    format!("unsupported Content-Encoding {other:?}"),
                ))
            }
        };
        Ok(Some(Content::Page {
            bytes: body,
            charset_hint: charset,
        }))
    }
}

impl Iterator for WarcSource {
    type Item = Result<RawRecord, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(Some(Step::Document(record))) => return Some(Ok(record)),
                Ok(Some(Step::Skipped)) => {}
                Ok(None) => self.done = true,
                Err(Failure { error, fatal }) => {
                    self.done = fatal;
                    return Some(Err(error));
                }
            }
        }
        None
    }
}

/// What the HTTP response header says about its body.
#[derive(Debug, Default, PartialEq)]
struct HttpHeader {
    content_type: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
}

/// Reads an HTTP response header (status line to blank line). `Ok(None)`
/// when there is none or it is malformed; the reader stays inside the block.
fn read_http_header<R: BufRead>(
    block: &mut R,
    line: &mut Vec<u8>,
) -> io::Result<Option<HttpHeader>> {
    let mut header = HttpHeader::default();
    for index in 0..MAX_HEADER_LINES {
        match read_capped_line(block, HEADER_LINE_CAP, line)? {
            LineRead::Eof | LineRead::TooLong { .. } => return Ok(None),
            LineRead::Line { .. } => {}
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if index == 0 {
            if !line.starts_with(b"HTTP/") {
                return Ok(None);
            }
            continue;
        }
        if line.is_empty() {
            return Ok(Some(header));
        }
        let Some((name, value)) = split_header(line) else {
            continue;
        };
        match name.to_ascii_lowercase().as_str() {
            "content-type" => header.content_type = Some(value),
            "content-encoding" => header.content_encoding = Some(value.to_ascii_lowercase()),
            "transfer-encoding" => header.chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    Ok(None)
}

/// Splits `Name: value`, trimming the value.
fn split_header(line: &[u8]) -> Option<(String, String)> {
    let colon = memchr::memchr(b':', line)?;
    let name = String::from_utf8_lossy(&line[..colon]).trim().to_string();
    let value = String::from_utf8_lossy(&line[colon + 1..])
        .trim()
        .to_string();
    Some((name, value))
}

/// Splits a Content-Type into its lower-case media type and its charset.
fn media_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (key, val) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| {
                val.trim()
                    .trim_matches(|c| c == '"' || c == '\'')
                    .to_string()
            })
            .filter(|c| !c.is_empty())
    });
    (mime, charset)
}

fn is_html(mime: &str) -> bool {
    HTML_TYPES.contains(&mime)
}

/// Why a body could not be de-chunked.
#[derive(Debug, PartialEq)]
enum Dechunk {
    /// It does not start with a chunk-size line: not chunked after all.
    NotChunked,
    /// Chunked, but broken at body byte `at`; `decoded` holds the chunks
    /// before it and what there is of the broken one.
    Broken { at: usize, decoded: Vec<u8> },
}

/// Undoes HTTP chunked transfer coding.
fn dechunk(body: &[u8]) -> Result<Vec<u8>, Dechunk> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let at = body.len() - rest.len();
        let broken = |decoded: Vec<u8>| {
            if at == 0 {
                Dechunk::NotChunked
            } else {
                Dechunk::Broken { at, decoded }
            }
        };
        let Some(size) = memchr::memchr(b'\n', rest).and_then(|eol| {
            let line = std::str::from_utf8(&rest[..eol]).ok()?;
            let field = line.split(';').next()?.trim();
            let size = usize::from_str_radix(field, 16).ok()?;
            Some((size, eol))
        }) else {
            return Err(broken(out));
        };
        let (size, eol) = size;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        let Some(chunk) = rest.get(..size) else {
            out.extend_from_slice(rest);
            return Err(Dechunk::Broken { at, decoded: out });
        };
        out.extend_from_slice(chunk);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

/// Decompresses a gzip or deflate HTTP body; `Ok(None)` past `cap` bytes.
fn inflate(coding: &str, body: &[u8], cap: u64) -> io::Result<Option<Vec<u8>>> {
    let reader: Box<dyn Read + '_> = if coding == "deflate" {
        Box::new(flate2::read::ZlibDecoder::new(body))
    } else {
        Box::new(flate2::read::MultiGzDecoder::new(body))
    };
    let mut out = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= cap).then_some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
        let mut out = b"WARC/1.1\r\n".to_vec();
        for (k, v) in headers {
            out.extend(format!("{k}: {v}\r\n").bytes());
        }
        out.extend(format!("Content-Length: {}\r\n\r\n", block.len()).bytes());
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn http(content_type: &str, body: &str) -> Vec<u8> {
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{body}").into_bytes()
    }

    fn read(bytes: Vec<u8>, cap: u64) -> Vec<Result<RawRecord, RecordError>> {
        WarcSource::new(Box::new(io::Cursor::new(bytes)), "x.warc".into(), None, cap).collect()
    }

    #[test]
    fn html_responses_are_documents_and_the_rest_is_skipped() {
        let mut warc = record(&[("WARC-Type", "warcinfo")], b"software: test\r\n");
        let second = warc.len() as u64;
        warc.extend(record(
            &[
                ("WARC-Type", "response"),
                ("WARC-Record-ID", "<urn:uuid:1>"),
                ("WARC-Target-URI", "http://example.cn/a"),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            &http("text/html; charset=GBK", "<p>hi</p>"),
        ));
        warc.extend(record(
            &[
                ("WARC-Type", "response"),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            &http("image/png", "PNG"),
        ));
        warc.extend(record(
            &[("WARC-Type", "request")],
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        let got = read(warc, 1000);
        assert_eq!(got.len(), 1);
        let doc = got[0].as_ref().unwrap();
        assert_eq!(doc.id.as_deref(), Some("<urn:uuid:1>"));
        assert_eq!(doc.url.as_deref(), Some("http://example.cn/a"));
        assert_eq!(doc.source.offset(), Some(second));
        assert_eq!(
            doc.content,
            Content::Page {
                bytes: b"<p>hi</p>".to_vec(),
                charset_hint: Some("GBK".into())
            }
        );
    }

    #[test]
    fn wet_conversions_are_text_documents() {
        let warc = record(
            &[
                ("WARC-Type", "conversion"),
                ("WARC-Record-ID", "<urn:uuid:2>"),
            ],
            "新闻正文".as_bytes(),
        );
        let got = read(warc, 1000);
        assert_eq!(
            got[0].as_ref().unwrap().content,
            Content::Text("新闻正文".into())
        );
    }

    #[test]
    fn not_a_warc_is_one_fatal_error() {
        let got = read(b"<html>hello</html>\n".to_vec(), 1000);
        assert_eq!(got.len(), 1);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not a WARC file"));
    }

    #[test]
    fn truncated_record_is_reported_with_its_id() {
        let mut warc = record(
            &[
                ("WARC-Type", "conversion"),
                ("WARC-Record-ID", "<urn:uuid:3>"),
            ],
            b"complete",
        );
        let cut = record(
            &[
                ("WARC-Type", "conversion"),
                ("WARC-Record-ID", "<urn:uuid:4>"),
            ],
            b"this one is cut short",
        );
        warc.extend_from_slice(&cut[..cut.len() - 12]);
        let got = read(warc, 1000);
        assert_eq!(got.len(), 2);
        assert!(got[0].is_ok());
        let err = got[1].as_ref().unwrap_err();
        assert_eq!(err.id.as_deref(), Some("<urn:uuid:4>"));
        assert!(err.message.contains("truncated"), "{}", err.message);
    }

    #[test]
    fn oversized_document_is_an_error_and_reading_goes_on() {
        let mut warc = record(
            &[("WARC-Type", "conversion"), ("WARC-Record-ID", "<big>")],
            &[b'x'; 50],
        );
        warc.extend(record(&[("WARC-Type", "conversion")], b"small"));
        let got = read(warc, 20);
        assert_eq!(got.len(), 2);
        assert!(got[0].as_ref().unwrap_err().message.contains("limit"));
        assert_eq!(
            got[1].as_ref().unwrap().content,
            Content::Text("small".into())
        );
    }

    #[test]
    fn chunked_and_gzip_bodies_are_undone() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
        assert_eq!(dechunk(b"<html>"), Err(Dechunk::NotChunked));
        assert_eq!(
            dechunk(b"4\r\nWiki\r\nzz\r\npedia"),
            Err(Dechunk::Broken {
                at: 9,
                decoded: b"Wiki".to_vec()
            })
        );
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n9\r\nped"),
            Err(Dechunk::Broken {
                at: 9,
                decoded: b"Wikiped".to_vec()
            })
        );
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"<p>zipped</p>").unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(
            inflate("gzip", &gz, 100).unwrap().unwrap(),
            b"<p>zipped</p>"
        );
        assert_eq!(inflate("gzip", &gz, 5).unwrap(), None);
    }

    fn conversion(id: &str, text: &str) -> Vec<u8> {
        record(
            &[("WARC-Type", "conversion"), ("WARC-Record-ID", id)],
            text.as_bytes(),
        )
    }

    /// Ids of the documents and messages of the errors, in order.
    fn outline(got: &[Result<RawRecord, RecordError>]) -> Vec<String> {
        got.iter()
            .map(|r| match r {
                Ok(doc) => doc.id.clone().unwrap_or_default(),
                Err(e) => format!("error: {}", e.message),
            })
            .collect()
    }

    #[test]
    fn garbage_is_skipped_to_the_next_record_and_reported_once() {
        let mut warc = b"junk before\r\nmore junk\r\n".to_vec();
        warc.extend(conversion("<a>", "one"));
        let garbage_at = warc.len();
        warc.extend_from_slice(b"<html>not a record</html>\r\n");
        let next_at = warc.len();
        warc.extend(conversion("<b>", "two"));
        let got = outline(&read(warc, 1000));
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[0].contains("bytes 0..24 skipped"), "{got:?}");
        assert_eq!(got[1], "<a>");
        assert!(
            got[2].contains(&format!("bytes {garbage_at}..{next_at} skipped")),
            "{got:?}"
        );
        assert_eq!(got[3], "<b>");
    }

    #[test]
    fn a_record_without_a_usable_length_costs_only_itself() {
        for bad in ["Content-Length: many", ""] {
            let mut warc = conversion("<a>", "one");
            let mut broken = format!(
                "WARC/1.1\r\nWARC-Type: conversion\r\nWARC-Record-ID: <bad>\r\n{bad}\r\n\r\nbody text\r\n\r\n"
            )
            .into_bytes();
            if bad.is_empty() {
                broken = b"WARC/1.1\r\nWARC-Type: conversion\r\nWARC-Record-ID: <bad>\r\n\r\nbody text\r\n\r\n".to_vec();
            }
            warc.extend(broken);
            warc.extend(conversion("<c>", "three"));
            let got = read(warc, 1000);
            let lines = outline(&got);
            assert_eq!(lines.len(), 3, "{bad}: {lines:?}");
            assert_eq!(lines[0], "<a>");
            assert!(lines[1].contains("Content-Length"), "{lines:?}");
            assert_eq!(got[1].as_ref().unwrap_err().id.as_deref(), Some("<bad>"));
            assert_eq!(lines[2], "<c>");
        }
    }

    #[test]
    fn not_a_warc_at_all_is_still_one_fatal_error() {
        let got = outline(&read(b"just text\nand more\n".to_vec(), 1000));
        assert_eq!(got.len(), 1);
        assert!(got[0].contains("not a WARC file"), "{got:?}");
    }

    /// A WARC of `n` conversion records, each its own gzip member; returns
    /// the file and its members' offsets.
    fn gzip_warc(n: usize) -> (Vec<u8>, Vec<usize>) {
        use std::io::Write;
        let (mut file, mut starts) = (Vec::new(), Vec::new());
        for i in 0..n {
            starts.push(file.len());
            let text = format!("第{i}条新闻，市政府今天召开会议。");
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(&conversion(&format!("<r{i}>"), &text))
                .unwrap();
            file.extend(enc.finish().unwrap());
        }
        (file, starts)
    }

    fn read_gz(file: Vec<u8>) -> Vec<Result<RawRecord, RecordError>> {
        let d = super::super::compress::decompress(io::Cursor::new(file)).unwrap();
        WarcSource::new(d.reader, "x.warc.gz".into(), d.members, 1000).collect()
    }

    #[test]
    fn a_damaged_gzip_member_loses_only_its_record() {
        let (mut file, starts) = gzip_warc(100);
        // Flip a byte inside member 10's deflate data.
        let at = (starts[10] + starts[11]) / 2;
        file[at] ^= 0x55;
        let got = read_gz(file);
        let lines = outline(&got);
        assert_eq!(lines.len(), 100, "{lines:?}");
        let errors: Vec<&String> = lines.iter().filter(|l| l.starts_with("error")).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains(&format!("gzip bytes {}..{}", starts[10], starts[11])),
            "{errors:?}"
        );
        for i in (0..100).filter(|&i| i != 10) {
            assert!(lines.contains(&format!("<r{i}>")), "<r{i}> lost: {lines:?}");
        }
        // Records after the damage keep their member offsets.
        let last = got[99].as_ref().unwrap();
        assert_eq!(
            last.source.position,
            Position::Record {
                offset: last.source.offset().unwrap(),
                member_offset: Some(starts[99] as u64)
            }
        );
    }

    #[test]
    fn garbage_between_gzip_members_is_skipped() {
        let (file, starts) = gzip_warc(5);
        let mut damaged = file[..starts[2]].to_vec();
        damaged.extend_from_slice(b"\x00\x1f\x8bgarbage between members\x1f");
        let resume = damaged.len();
        damaged.extend_from_slice(&file[starts[2]..]);
        let lines = outline(&read_gz(damaged));
        assert_eq!(lines.len(), 6, "{lines:?}");
        assert!(
            lines[2].contains(&format!("gzip bytes {}..{resume}", starts[2])),
            "{lines:?}"
        );
        assert_eq!(&lines[3..], ["<r2>", "<r3>", "<r4>"]);
    }

    #[test]
    fn a_cut_gzip_warc_ends_with_one_error() {
        let (file, starts) = gzip_warc(3);
        let cut = file[..starts[2] + 15].to_vec();
        let lines = outline(&read_gz(cut));
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[2].contains("rest of the file is lost"), "{lines:?}");
    }

    #[test]
    fn broken_chunked_bodies_are_errors_unless_the_record_was_truncated() {
        let body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\nzz\r\n</p>\r\n0\r\n\r\n";
        let http = ("Content-Type", "application/http; msgtype=response");
        let got = read(record(&[("WARC-Type", "response"), http], body), 1000);
        let err = got[0].as_ref().unwrap_err();
        assert!(err.message.contains("chunked"), "{}", err.message);
        let cut = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n<p>hi";
        let got = read(
            record(
                &[
                    ("WARC-Type", "response"),
                    http,
                    ("WARC-Truncated", "length"),
                ],
                cut,
            ),
            1000,
        );
        assert_eq!(
            got[0].as_ref().unwrap().content,
            Content::Page {
                bytes: b"<p>hi".to_vec(),
                charset_hint: None
            }
        );
    }

    #[test]
    fn media_types() {
        assert_eq!(
            media_type("text/HTML; Charset=\"utf-8\""),
            ("text/html".into(), Some("utf-8".into()))
        );
        assert_eq!(media_type(""), (String::new(), None));
    }
}
