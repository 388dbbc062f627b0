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
//! URL `WARC-Target-URI`. A record that can't be a document (oversized,
//! malformed HTTP header) is an error record and reading goes on; a stream
//! that can't be followed (not a WARC, a cut record, a read error) ends with
//! an error record for what was lost.

use super::compress::MemberMap;
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
    content_length: Option<u64>,
    payload_type: Option<String>,
}

/// How reading one record ended.
enum Step {
    /// A document.
    Document(RawRecord),
    /// A record that is not a document.
    Skipped,
}

/// A failed record; `fatal` when the rest of the stream can't be followed.
struct Failure {
    error: RecordError,
    fatal: bool,
}

/// Yields the documents of a WARC or WET stream.
pub struct WarcSource {
    reader: Box<dyn BufRead + Send>,
    file: Arc<str>,
    members: Option<MemberMap>,
    /// Bytes consumed from the decompressed stream.
    pos: u64,
    max_doc_bytes: u64,
    records: u64,
    done: bool,
    line: Vec<u8>,
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
            reader,
            file,
            members,
            pos: 0,
            max_doc_bytes,
            records: 0,
            done: false,
            line: Vec::new(),
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

    fn fatal(&self, offset: u64, message: String) -> Failure {
        Failure {
            error: RecordError::at(self.at(offset), message),
            fatal: true,
        }
    }

    /// Reads a header line; `Ok(None)` at the end of the stream.
    fn header_line(&mut self) -> io::Result<Option<LineRead>> {
        match read_capped_line(&mut self.reader, HEADER_LINE_CAP, &mut self.line)? {
            LineRead::Eof => Ok(None),
            read @ (LineRead::Line { consumed } | LineRead::TooLong { consumed }) => {
                self.pos += consumed;
                if self.line.last() == Some(&b'\r') {
                    self.line.pop();
                }
                Ok(Some(read))
            }
        }
    }

    fn next_record(&mut self) -> Result<Option<Step>, Failure> {
        // Records are separated by blank lines (CRLF CRLF after each block).
        let start = loop {
            let at = self.pos;
            match self.header_line() {
                Err(e) => {
                    return Err(
                        self.fatal(at, format!("read error: {e}; the rest of the file is lost"))
                    )
                }
                Ok(None | Some(LineRead::Eof)) => return Ok(None),
                Ok(Some(LineRead::Line { .. })) if self.line.is_empty() => continue,
                Ok(Some(read)) => {
                    if matches!(read, LineRead::Line { .. }) && self.line.starts_with(b"WARC/") {
                        break at;
                    }
                    let message = if self.records == 0 {
                        "not a WARC file: it does not start with a WARC/1.x version line"
                            .to_string()
                    } else {
                        "broken WARC: no record header where one should start; the rest of the file is lost".to_string()
                    };
                    return Err(self.fatal(at, message));
                }
            }
        };
        self.records += 1;
        if let Some(members) = &self.members {
            // Asking prunes the member starts behind this record, so skipped
            // records don't pile up in the map.
            members.member_at(start);
        }
        let headers = self.warc_headers(start)?;
        let id = headers.record_id.clone();
        let Some(length) = headers.content_length else {
            return Err(self.fatal(
                start,
                "WARC record without a valid Content-Length; the rest of the file is lost"
                    .to_string(),
            ));
        };
        let block_start = self.pos;
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
        self.pos = block_start + length;
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
                Err(e) => {
                    return Err(self.fatal(
                        start,
                        format!("read error in a WARC header: {e}; the rest of the file is lost"),
                    ))
                }
                Ok(None | Some(LineRead::Eof)) => {
                    return Err(self.fatal(
                        start,
                        "truncated WARC record: the file ends inside its header".to_string(),
                    ))
                }
                Ok(Some(LineRead::TooLong { .. })) => {
                    return Err(self.fatal(
                        start,
                        format!("broken WARC: a header line longer than {HEADER_LINE_CAP} bytes"),
                    ))
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
                        "content-length" => headers.content_length = value.parse().ok(),
                        "warc-identified-payload-type" => headers.payload_type = Some(value),
                        _ => {}
                    }
                }
            }
        }
        Err(self.fatal(
            start,
            format!("broken WARC: more than {MAX_HEADER_LINES} header lines"),
        ))
    }

    /// Discards `length` bytes of a block.
    fn skip(&mut self, length: u64, start: u64, id: Option<&str>) -> Result<(), Failure> {
        let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink());
        self.check_read(skipped.map(|n| n as usize), length, start, id)
    }

    /// Turns a short or failed block read into a fatal error for this record.
    fn check_read(
        &self,
        read: io::Result<usize>,
        expected: u64,
        start: u64,
        id: Option<&str>,
    ) -> Result<(), Failure> {
        let message = match read {
            Ok(n) if n as u64 == expected => return Ok(()),
            Ok(n) => format!(
                "truncated WARC record: {n} of its {expected} bytes are in the file; the record is lost"
            ),
            Err(e) => format!("read error: {e}; this record and the rest of the file are lost"),
        };
        let mut failure = self.fatal(start, message);
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
        let mut bytes = Vec::with_capacity(length as usize);
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
                let message =
                    format!("read error: {e}; this record and the rest of the file are lost");
                let mut failure = self.fatal(start, message);
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
        let mut body = Vec::with_capacity(remaining as usize);
        let read = (&mut self.reader).take(remaining).read_to_end(&mut body);
        self.check_read(read, remaining, start, id)?;
        let body = if http.chunked {
            dechunk(&body).unwrap_or(body)
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

/// Undoes HTTP chunked transfer coding; `None` if the body is not chunked
/// after all (then it is used as stored).
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let eol = memchr::memchr(b'\n', rest)?;
        let size_line = std::str::from_utf8(&rest[..eol]).ok()?;
        let size_field = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_field, 16).ok()?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
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
        assert!(dechunk(b"<html>").is_none());
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

    #[test]
    fn media_types() {
        assert_eq!(
            media_type("text/HTML; Charset=\"utf-8\""),
            ("text/html".into(), Some("utf-8".into()))
        );
        assert_eq!(media_type(""), (String::new(), None));
    }
}
