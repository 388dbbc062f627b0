//! The `html` format: one self-contained page that people read — a summary
//! with charts, a sortable, filterable table of documents, and each
//! document's text with its spans highlighted in place, coloured by kind.
//!
//! The page is written as a stream, like the line formats: a fixed header
//! (styles, the Content-Security-Policy, the empty layout, the opening of an
//! inert data block), then one line per document inside that block, then
//! the scan's summary and the script that renders it all. Nothing is held
//! per document, so a scan's memory stays bounded however many documents
//! there are; only the browser holds them all.
//!
//! **Page content is hostile.** It only ever travels as JSON string values
//! whose `<`, `>` and `&` are escaped ([`HtmlSafe`]), so nothing in it can
//! close the data block or start markup, and the script inserts it as text
//! nodes (never as HTML, a URL, a style or code). The page allows only its
//! own script and style, by hash (`default-src 'none'`), and requires
//! Trusted Types, so a string reaching an HTML sink would throw, not run.
//!
//! **Large scans stay usable.** Each document line is an index object (what
//! the table sorts and filters on) and, after a tab, the detail object the
//! script parses only when the document is opened. Text is capped per field
//! ([`HtmlSettings`]): a longer text keeps its spans with as much context
//! around them as the cap allows, and the cut stretches are marked.

use super::destination::{Destination, StreamDestination};
use super::record::{Emitted, Outcome, RecordFormat, ScannedRecord, ERROR_VERDICT};
use super::summary::ScanSummary;
use crate::detect::{Document, Field, HtmlRange, PollutedSpan, Report, SpanKind, Verdict};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{self, Write};
use std::path::Path;
use std::time::Instant;

/// The report's stylesheet, allowed by its hash.
const STYLE: &str = include_str!("html/report.css");
/// The report's script, allowed by its hash.
const SCRIPT: &str = include_str!("html/report.js");
/// The page's fixed layout, filled by the script.
const LAYOUT: &str = include_str!("html/layout.html");
/// Id of the data block holding one line per document.
pub const DOCUMENTS_BLOCK_ID: &str = "spamscan-documents";
/// Id of the block holding the scan's summary.
pub const SUMMARY_BLOCK_ID: &str = "spamscan-summary";
/// Longest id, URL, title, error message or span text shown in the table and
/// span lists, in characters (a hostile page may send megabytes).
pub const LABEL_CHARS: usize = 300;

/// How much text a report keeps per document.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlSettings {
    /// Most characters kept of each field of a polluted document.
    pub polluted_chars: usize,
    /// Most characters kept of each field of a clean document.
    pub clean_chars: usize,
    /// The verdict threshold the scan used, shown in the summary.
    pub threshold: f64,
}

impl Default for HtmlSettings {
    /// Sized so that a 100,000-document report of typical pages opens in
    /// under two seconds (see the README's figures): polluted documents keep
    /// their spans with context, clean ones only their title and score.
    fn default() -> Self {
        HtmlSettings {
            polluted_chars: 400,
            clean_chars: 0,
            threshold: crate::DetectorSettings::default().threshold,
        }
    }
}

/// Writes the HTML report.
#[derive(Debug, Clone)]
pub struct HtmlFormat {
    settings: HtmlSettings,
    csp: String,
}

impl HtmlFormat {
    /// A report writer keeping as much text as `settings` say.
    pub fn new(settings: HtmlSettings) -> HtmlFormat {
        let csp = format!(
            "default-src 'none'; script-src '{}'; style-src '{}'; base-uri 'none'; \
             form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
            csp_hash(SCRIPT),
            csp_hash(STYLE)
        );
        HtmlFormat { settings, csp }
    }

    /// The Content-Security-Policy the page sets.
    pub fn content_security_policy(&self) -> &str {
        &self.csp
    }
}

/// A CSP source expression allowing exactly this inline script or style.
fn csp_hash(text: &str) -> String {
    format!("sha256-{}", base64(&Sha256::digest(text.as_bytes())))
}

/// Standard base64 with padding (what CSP hash sources use).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A JSON formatter whose strings never hold `<`, `>` or `&` (written as
/// `\u003c`, `\u003e`, `\u0026`), so JSON can sit inside a `<script>` data
/// block: no `</script>`, no `<!--`, nothing the HTML tokenizer looks for.
/// Outside strings JSON has none of these characters.
pub struct HtmlSafe;

impl serde_json::ser::Formatter for HtmlSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(['<', '>', '&']) {
            writer.write_all(&rest.as_bytes()[..at])?;
            writer.write_all(match rest.as_bytes()[at] {
                b'<' => b"\\u003c",
                b'>' => b"\\u003e",
                _ => b"\\u0026",
            })?;
            rest = &rest[at + 1..];
        }
        writer.write_all(rest.as_bytes())
    }
}

/// Appends `value` as HTML-safe JSON.
fn write_safe_json<T: Serialize>(out: &mut Vec<u8>, value: &T) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, HtmlSafe);
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// A score as shown: six decimals are plenty for people and save a third
/// of a clean document's line.
fn shown_score(score: f64) -> f64 {
    (score * 1e6).round() / 1e6
}

/// `text` cut to `max` characters, and how many were left out.
fn label(text: &str, max: usize) -> (&str, usize) {
    match text.char_indices().nth(max) {
        None => (text, 0),
        Some((at, _)) => (&text[..at], text[at..].chars().count()),
    }
}

/// A capped label: its text, and the characters cut after it.
struct Label<'a>(&'a str);

impl Serialize for Label<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, cut) = label(self.0, LABEL_CHARS);
        if cut == 0 {
            s.serialize_str(text)
        } else {
            s.serialize_str(&format!("{text}… [{cut} more characters]"))
        }
    }
}

/// What the table sorts and filters on: the part of a document line parsed
/// when the page opens.
#[derive(Serialize)]
struct IndexLine<'a> {
    id: Label<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<Label<'a>>,
    /// Where it came from as people read it: `file`, `file:line`, `file@offset`.
    source: String,
    verdict: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Label<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chars: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    kinds: Vec<SpanKind>,
    spans: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<Label<'a>>,
}

/// A span as the detail view lists it (its text capped).
#[derive(Serialize)]
struct SpanEntry<'a> {
    field: Field,
    #[serde(skip_serializing_if = "Option::is_none")]
    block: Option<usize>,
    start: usize,
    end: usize,
    score: f64,
    kind: SpanKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<HtmlRange>,
    /// Absent when the span is shown whole in its field: its text is there.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<Label<'a>>,
}

/// One field's text as shown: pieces of plain text, spans and cuts.
#[derive(Serialize)]
struct FieldView<'a> {
    field: Field,
    #[serde(skip_serializing_if = "Option::is_none")]
    block: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<HtmlRange>,
    /// Characters in the whole field.
    chars: usize,
    pieces: Vec<Piece<'a>>,
}

/// What the detail view parses when a document is opened.
#[derive(Serialize)]
struct DetailLine<'a> {
    spans: Vec<SpanEntry<'a>>,
    fields: Vec<FieldView<'a>>,
}

/// A piece of a field's text: JSON `"text"`, `[span index, "text"]` for a
/// span's text (index into the report's spans), or a number of characters
/// cut.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    /// Text outside spans.
    Text(&'a str),
    /// Text of the span with this index in the report.
    Span(usize, &'a str),
    /// This many characters left out.
    Cut(usize),
}

impl Serialize for Piece<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Piece::Text(t) => s.serialize_str(t),
            Piece::Cut(n) => s.serialize_u64(n as u64),
            Piece::Span(i, t) => {
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element(&i)?;
                seq.serialize_element(t)?;
                seq.end()
            }
        }
    }
}

/// Walks a text forward from code-point offsets to byte offsets.
struct CharCursor<'a> {
    text: &'a str,
    chars: usize,
    bytes: usize,
}

impl CharCursor<'_> {
    /// The byte offset of code point `to` (at or after the last one asked).
    fn byte_at(&mut self, to: usize) -> usize {
        let mut it = self.text[self.bytes..].char_indices();
        while self.chars < to {
            match it.next() {
                Some((_, c)) => {
                    self.bytes += c.len_utf8();
                    self.chars += 1;
                }
                None => break,
            }
        }
        self.bytes
    }
}

/// The pieces of `text` (of `total` code points) to show, keeping at most
/// `cap` characters. `spans` are `(start, end, index)` in code points,
/// sorted and not overlapping. A text within the cap is kept whole; a longer
/// one keeps its spans, each with the same context on both sides and the
/// text's opening as wide, as far as the cap goes, and marks what it cuts.
pub fn excerpt<'a>(
    text: &'a str,
    total: usize,
    spans: &[(usize, usize, usize)],
    cap: usize,
) -> Vec<Piece<'a>> {
    let kept = kept_ranges(total, spans, cap);
    let mut pieces = Vec::new();
    let mut cursor = CharCursor {
        text,
        chars: 0,
        bytes: 0,
    };
    let mut at = 0usize;
    let mut next_span = 0usize;
    for (a, b) in kept {
        if a > at {
            pieces.push(Piece::Cut(a - at));
        }
        let mut pos = a;
        while pos < b {
            while next_span < spans.len() && spans[next_span].1 <= pos {
                next_span += 1;
            }
            match spans.get(next_span) {
                Some(&(s, e, i)) if s < b => {
                    if s > pos {
                        let (x, y) = (cursor.byte_at(pos), cursor.byte_at(s));
                        pieces.push(Piece::Text(&text[x..y]));
                        pos = s;
                    }
                    let end = e.min(b);
                    let (x, y) = (cursor.byte_at(pos), cursor.byte_at(end));
                    pieces.push(Piece::Span(i, &text[x..y]));
                    pos = end;
                }
                _ => {
                    let (x, y) = (cursor.byte_at(pos), cursor.byte_at(b));
                    pieces.push(Piece::Text(&text[x..y]));
                    pos = b;
                }
            }
        }
        at = b;
    }
    if total > at {
        pieces.push(Piece::Cut(total - at));
    }
    pieces
}

/// The code-point ranges of a text of `total` characters that [`excerpt`]
/// keeps: sorted, disjoint, at most `cap` characters in all.
fn kept_ranges(total: usize, spans: &[(usize, usize, usize)], cap: usize) -> Vec<(usize, usize)> {
    if total <= cap {
        return vec![(0, total)];
    }
    let span_chars: usize = spans.iter().map(|&(s, e, _)| e - s).sum();
    // The spare characters go to the opening and both sides of every span.
    let context = cap.saturating_sub(span_chars) / (2 * spans.len() + 1);
    let mut windows = vec![(0, context)];
    windows.extend(
        spans
            .iter()
            .map(|&(s, e, _)| (s.saturating_sub(context), (e + context).min(total))),
    );
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in windows {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    // Spans alone may be longer than the cap: keep the first ones.
    let mut budget = cap;
    let mut kept = Vec::new();
    for (a, b) in merged {
        if budget == 0 {
            break;
        }
        let b = b.min(a + budget);
        if b > a {
            budget -= b - a;
            kept.push((a, b));
        }
    }
    kept
}

/// The spans of one field (one hidden block) as `(start, end, index)`,
/// clipped to the text, in order, overlaps dropped.
fn field_spans(
    report: &Report,
    field: Field,
    block: Option<usize>,
    total: usize,
) -> Vec<(usize, usize, usize)> {
    let mut spans: Vec<(usize, usize, usize)> = report
        .spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.field == field && (field != Field::Hidden || s.block == block))
        .map(|(i, s)| (s.start.min(total), s.end.min(total), i))
        .filter(|(s, e, _)| s < e)
        .collect();
    spans.sort_unstable();
    let mut end = 0;
    spans.retain(|&(s, e, _)| {
        let keep = s >= end;
        if keep {
            end = e;
        }
        keep
    });
    spans
}

/// For each span, whether the field views show all of its text.
fn shown_whole(spans: &[PollutedSpan], fields: &[FieldView<'_>]) -> Vec<bool> {
    let mut shown = vec![0usize; spans.len()];
    for piece in fields.iter().flat_map(|f| &f.pieces) {
        if let Piece::Span(i, text) = piece {
            if let Some(n) = shown.get_mut(*i) {
                *n += text.chars().count();
            }
        }
    }
    spans
        .iter()
        .zip(shown)
        .map(|(s, n)| n == s.end - s.start)
        .collect()
}

/// The kinds of a report's spans, each once, in order of appearance.
fn kinds(spans: &[PollutedSpan]) -> Vec<SpanKind> {
    let mut kinds = Vec::new();
    for s in spans {
        if !kinds.contains(&s.kind) {
            kinds.push(s.kind);
        }
    }
    kinds
}

impl HtmlFormat {
    /// The fields shown for a document: the body always, the title, meta
    /// fields and hidden blocks when they hold spans (the table has the
    /// title).
    fn field_views<'a>(&self, report: &Report, doc: &'a Document) -> Vec<FieldView<'a>> {
        let cap = match report.verdict {
            Verdict::Polluted => self.settings.polluted_chars,
            Verdict::Clean => self.settings.clean_chars,
        };
        let view = |field, block, html, text: &'a str, always: bool| {
            let total = text.chars().count();
            let spans = field_spans(report, field, block, total);
            (always || !spans.is_empty()).then(|| FieldView {
                field,
                block,
                html,
                chars: total,
                pieces: excerpt(text, total, &spans, cap),
            })
        };
        let mut views = Vec::new();
        views.extend(view(Field::Body, None, None, &doc.body, true));
        if let Some(title) = &doc.title {
            views.extend(view(Field::Title, None, None, title, false));
        }
        for (field, text) in [
            (Field::MetaDescription, &doc.meta_description),
            (Field::MetaKeywords, &doc.meta_keywords),
        ] {
            if let Some(text) = text {
                views.extend(view(field, None, None, text, false));
            }
        }
        for (b, block) in doc.hidden.iter().enumerate() {
            let html = HtmlRange {
                start: block.byte_start,
                end: block.byte_end,
            };
            views.extend(view(Field::Hidden, Some(b), Some(html), &block.text, false));
        }
        views
    }
}

impl RecordFormat for HtmlFormat {
    fn write_header(&self, out: &mut Vec<u8>) -> io::Result<()> {
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>spamscan report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{LAYOUT}\
             <script type=\"application/x-ndjson\" id=\"{DOCUMENTS_BLOCK_ID}\">\n",
            self.csp
        )
    }

    fn write_record(&self, record: &ScannedRecord<'_>, out: &mut Vec<u8>) -> io::Result<Emitted> {
        let mut index = IndexLine {
            id: Label(record.id),
            url: record.url.map(Label),
            source: record.source.fallback_id(),
            verdict: ERROR_VERDICT,
            score: None,
            title: None,
            chars: None,
            kinds: Vec::new(),
            spans: 0,
            error: None,
        };
        match record.outcome {
            Outcome::Failed(message) => {
                index.error = Some(Label(message));
                write_safe_json(out, &index)?;
            }
            Outcome::Scanned(scanned) => {
                let report = scanned.report;
                index.verdict = match report.verdict {
                    Verdict::Polluted => "polluted",
                    Verdict::Clean => "clean",
                };
                index.score = Some(shown_score(report.score));
                index.title = report.title.as_deref().map(Label);
                index.chars = Some(report.chars);
                index.kinds = kinds(&report.spans);
                index.spans = report.spans.len();
                write_safe_json(out, &index)?;
                let fields = self.field_views(report, scanned.document);
                let nothing_shown = fields
                    .iter()
                    .all(|f| f.pieces.iter().all(|p| matches!(p, Piece::Cut(_))));
                if report.spans.is_empty() && nothing_shown {
                    // A clean document without kept text: the index says it all.
                    out.push(b'\n');
                    return Ok(Emitted::ONE_LINE);
                }
                let whole = shown_whole(&report.spans, &fields);
                let detail = DetailLine {
                    spans: report
                        .spans
                        .iter()
                        .zip(whole)
                        .map(|(s, whole)| SpanEntry {
                            field: s.field,
                            block: s.block,
                            start: s.start,
                            end: s.end,
                            score: shown_score(s.score),
                            kind: s.kind,
                            html: s.html,
                            text: (!whole).then_some(Label(&s.text)),
                        })
                        .collect(),
                    fields,
                };
                // JSON never holds a raw tab: it separates the two objects.
                out.push(b'\t');
                write_safe_json(out, &detail)?;
            }
        }
        out.push(b'\n');
        Ok(Emitted::ONE_LINE)
    }

    fn write_footer(&self, summary: &ScanSummary, out: &mut Vec<u8>) -> io::Result<()> {
        #[derive(Serialize)]
        struct Footer<'a> {
            spamscan: &'static str,
            threshold: f64,
            polluted_chars: usize,
            clean_chars: usize,
            scan: &'a ScanSummary,
        }
        write!(
            out,
            "</script>\n<script type=\"application/json\" id=\"{SUMMARY_BLOCK_ID}\">"
        )?;
        write_safe_json(
            out,
            &Footer {
                spamscan: env!("CARGO_PKG_VERSION"),
                threshold: self.settings.threshold,
                polluted_chars: self.settings.polluted_chars,
                clean_chars: self.settings.clean_chars,
                scan: summary,
            },
        )?;
        write!(
            out,
            "</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
        )
    }
}

/// An HTML report written one document at a time, outside a batch scan
/// (`spamscan score --html FILE`): the same page, its summary counted here.
pub struct HtmlReportFile {
    format: HtmlFormat,
    destination: StreamDestination,
    summary: ScanSummary,
    started: Instant,
    buffer: Vec<u8>,
}

impl HtmlReportFile {
    /// Starts a report at `path` (written under a temporary name, renamed
    /// into place by [`HtmlReportFile::finish`]).
    pub fn create(path: &Path, settings: HtmlSettings) -> io::Result<HtmlReportFile> {
        let format = HtmlFormat::new(settings);
        let mut destination = StreamDestination::file(path)?;
        let mut buffer = Vec::new();
        format.write_header(&mut buffer)?;
        destination.frame(&buffer)?;
        Ok(HtmlReportFile {
            format,
            destination,
            summary: ScanSummary {
                threads: 1,
                ..ScanSummary::default()
            },
            started: Instant::now(),
            buffer,
        })
    }

    /// Adds a scored page named `id` (`bytes`: its size as read).
    pub fn add_document(
        &mut self,
        id: &str,
        report: &Report,
        document: &Document,
        bytes: u64,
    ) -> io::Result<()> {
        let source = crate::input::SourceRef::file(id.into());
        let outcome = Outcome::Scanned(super::record::Scanned {
            report,
            document,
            original: None,
        });
        self.add(
            &ScannedRecord {
                id,
                url: None,
                source: &source,
                outcome,
            },
            bytes,
        )
    }

    /// Adds an input named `id` that could not be scored, and why.
    pub fn add_failure(&mut self, id: &str, message: &str, bytes: u64) -> io::Result<()> {
        let source = crate::input::SourceRef::file(id.into());
        let record = ScannedRecord {
            id,
            url: None,
            source: &source,
            outcome: Outcome::Failed(message),
        };
        self.add(&record, bytes)
    }

    /// Adds one record (`bytes`: its size as read).
    fn add(&mut self, record: &ScannedRecord<'_>, bytes: u64) -> io::Result<()> {
        let s = &mut self.summary;
        s.files += 1;
        s.documents += 1;
        s.input_bytes += bytes;
        match record.outcome {
            Outcome::Failed(_) => s.errors += 1,
            Outcome::Scanned(scanned) => {
                s.document_bytes += bytes;
                match scanned.report.verdict {
                    Verdict::Polluted => s.polluted += 1,
                    Verdict::Clean => s.clean += 1,
                }
            }
        }
        self.buffer.clear();
        s.lines_out += self.format.write_record(record, &mut self.buffer)?.lines;
        self.destination.write(&self.buffer)
    }

    /// Writes the summary and puts the file in place.
    pub fn finish(mut self) -> io::Result<()> {
        self.summary.seconds = self.started.elapsed().as_secs_f64();
        self.buffer.clear();
        self.format.write_footer(&self.summary, &mut self.buffer)?;
        self.destination.frame(&self.buffer)?;
        Box::new(self.destination).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::HiddenBlock;
    use crate::input::SourceRef;
    use crate::output::record::Scanned;

    fn span(field: Field, start: usize, text: &str, kind: SpanKind) -> PollutedSpan {
        PollutedSpan {
            field,
            start,
            end: start + text.chars().count(),
            text: text.into(),
            score: 0.97,
            kind,
            block: None,
            html: None,
        }
    }

    /// Rebuilds the shown text from pieces, cuts as `⟨n⟩`, spans in brackets.
    fn render(pieces: &[Piece<'_>]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.to_string(),
                Piece::Span(i, t) => format!("[{i}:{t}]"),
                Piece::Cut(n) => format!("⟨{n}⟩"),
            })
            .collect()
    }

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // RFC 4648's alphabet end, and a sha256 as CSP writes it.
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
        assert_eq!(
            csp_hash(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }

    #[test]
    fn safe_json_has_no_markup_characters() {
        let mut out = Vec::new();
        let hostile = "</script><!--<script>\"&amp;\u{2028}\t";
        write_safe_json(&mut out, &serde_json::json!({ hostile: [hostile] })).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.contains(['<', '>', '&', '\t']), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back[hostile][0], hostile);
    }

    #[test]
    fn short_text_is_whole_with_spans_in_place() {
        let text = "今天新澳门六合彩开奖，明天晴";
        let pieces = excerpt(text, 14, &[(2, 8, 0), (11, 13, 1)], 100);
        assert_eq!(render(&pieces), "今天[0:新澳门六合彩]开奖，[1:明天]晴");
    }

    #[test]
    fn long_text_keeps_spans_in_context_and_marks_cuts() {
        let text: String = "一二三四五六七八九十".repeat(10); // 100 chars
        let spans = [(40, 44, 0), (90, 92, 1)];
        // 20 chars: 6 of spans, 14 spare over 5 sides: context 2.
        let pieces = excerpt(&text, 100, &spans, 20);
        assert_eq!(
            render(&pieces),
            "一二⟨36⟩九十[0:一二三四]五六⟨42⟩九十[1:一二]三四⟨6⟩"
        );
        let shown: usize = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Span(_, t) => t.chars().count(),
                Piece::Cut(n) => *n,
            })
            .sum();
        assert_eq!(shown, 100, "pieces and cuts add up to the text");
    }

    #[test]
    fn spans_longer_than_the_cap_are_cut_too() {
        let text = "甲".repeat(50);
        let pieces = excerpt(&text, 50, &[(5, 45, 3)], 10);
        assert_eq!(render(&pieces), format!("⟨5⟩[3:{}]⟨35⟩", "甲".repeat(10)));
        let pieces = excerpt(&text, 50, &[], 4);
        assert_eq!(render(&pieces), "甲甲甲甲⟨46⟩");
        assert_eq!(excerpt("", 0, &[], 4), Vec::<Piece<'_>>::new());
    }

    fn record_line(report: &Report, doc: &Document, format: &HtmlFormat) -> String {
        let source = SourceRef::file("pages/a.html".into());
        let record = ScannedRecord {
            id: &report.id,
            url: Some("javascript:alert(1)"),
            source: &source,
            outcome: Outcome::Scanned(Scanned {
                report,
                document: doc,
                original: None,
            }),
        };
        let mut out = Vec::new();
        format.write_record(&record, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn record_line_is_an_index_and_a_detail() {
        let doc = Document {
            id: "</script><script>alert(1)</script>".into(),
            body: "新闻<img src=x onerror=alert(1)>六合彩正文".into(),
            title: Some("标题</title>".into()),
            hidden: vec![HiddenBlock {
                text: "澳门赌场".into(),
                byte_start: 10,
                byte_end: 60,
            }],
            ..Document::default()
        };
        let mut hidden = span(Field::Hidden, 0, "澳门赌场", SpanKind::Hidden);
        hidden.block = Some(0);
        hidden.html = Some(HtmlRange { start: 10, end: 60 });
        let report = Report {
            id: doc.id.clone(),
            verdict: Verdict::Polluted,
            score: 0.97,
            title: doc.title.clone(),
            chars: doc.body.chars().count(),
            spans: vec![
                span(
                    Field::Body,
                    2,
                    "<img src=x onerror=alert(1)>六合彩",
                    SpanKind::Gambling,
                ),
                hidden,
            ],
        };
        let line = record_line(&report, &doc, &HtmlFormat::new(HtmlSettings::default()));
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        assert!(!line.contains(['<', '>', '&']), "{line}");
        let (index, detail) = line.trim_end().split_once('\t').unwrap();
        let index: serde_json::Value = serde_json::from_str(index).unwrap();
        let detail: serde_json::Value = serde_json::from_str(detail).unwrap();
        assert_eq!(index["id"], doc.id);
        assert_eq!(index["verdict"], "polluted");
        assert_eq!(index["kinds"], serde_json::json!(["gambling", "hidden"]));
        assert_eq!(index["source"], "pages/a.html");
        // Shown whole in the body and the hidden block: no second copy.
        assert!(detail["spans"][0].get("text").is_none());
        assert_eq!(detail["spans"][1]["html"]["end"], 60);
        let body = &detail["fields"][0];
        assert_eq!(body["field"], "body");
        assert_eq!(
            body["pieces"],
            serde_json::json!(["新闻", [0, "<img src=x onerror=alert(1)>六合彩"], "正文"])
        );
        // The title has no span: the index carries it, the detail doesn't.
        assert_eq!(index["title"], "标题</title>");
        let block = &detail["fields"][1];
        assert_eq!(
            (&block["field"], &block["block"], &block["html"]["start"]),
            (
                &serde_json::json!("hidden"),
                &serde_json::json!(0),
                &serde_json::json!(10)
            )
        );
        assert_eq!(block["pieces"], serde_json::json!([[1, "澳门赌场"]]));
    }

    #[test]
    fn clean_documents_keep_a_preview_and_errors_their_message() {
        let doc = Document {
            body: "市".repeat(500),
            ..Document::default()
        };
        let report = Report {
            id: "c".into(),
            verdict: Verdict::Clean,
            score: 0.01,
            title: None,
            chars: 500,
            spans: vec![],
        };
        let format = HtmlFormat::new(HtmlSettings {
            clean_chars: 7,
            ..HtmlSettings::default()
        });
        assert_eq!(HtmlSettings::default().clean_chars, 0);
        let line = record_line(&report, &doc, &format);
        let detail: serde_json::Value =
            serde_json::from_str(line.trim_end().split_once('\t').unwrap().1).unwrap();
        assert_eq!(
            detail["fields"][0]["pieces"],
            serde_json::json!(["市".repeat(7), 493])
        );
        // Without kept text, a clean document is its index alone.
        let line = record_line(&report, &doc, &HtmlFormat::new(HtmlSettings::default()));
        assert!(!line.contains('\t'), "{line}");
        let index: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            (&index["verdict"], &index["chars"]),
            (&"clean".into(), &500.into())
        );
        let source = SourceRef::file("x.warc".into());
        let failed = ScannedRecord {
            id: "x.warc@0",
            url: None,
            source: &source,
            outcome: Outcome::Failed("input looks binary, not text (NUL bytes)"),
        };
        let mut out = Vec::new();
        format.write_record(&failed, &mut out).unwrap();
        let index: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(index["verdict"], "error");
        assert_eq!(index["error"], "input looks binary, not text (NUL bytes)");
    }

    #[test]
    fn page_frame_allows_only_its_own_script_and_style() {
        let format = HtmlFormat::new(HtmlSettings::default());
        let mut page = Vec::new();
        format.write_header(&mut page).unwrap();
        format
            .write_footer(&ScanSummary::default(), &mut page)
            .unwrap();
        let page = String::from_utf8(page).unwrap();
        let csp = format.content_security_policy();
        assert!(csp.starts_with("default-src 'none'; "), "{csp}");
        assert!(!csp.contains("unsafe"), "{csp}");
        assert!(page.contains(&format!("content=\"{csp}\"")));
        // The hashed texts are exactly the element contents.
        assert!(page.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(page.contains(&format!("<style>{STYLE}</style>")));
        assert!(csp.contains(&csp_hash(SCRIPT)) && csp.contains(&csp_hash(STYLE)));
        // Nothing in the assets could end their element early or start a comment.
        for asset in [SCRIPT, STYLE, LAYOUT] {
            let lower = asset.to_ascii_lowercase();
            assert!(!lower.contains("</script") && !lower.contains("</style"));
            assert!(!asset.contains("<!--"));
        }
        // One inline script runs: the rest are data blocks. No markup of
        // ours carries an inline handler or style (the CSP would refuse them).
        assert_eq!(page.matches("<script>").count(), 1);
        let markup = page.replace(SCRIPT, "").replace(STYLE, "");
        let lower = markup.to_ascii_lowercase();
        for attribute in [" style=", " href=", " src="] {
            assert!(!lower.contains(attribute), "{attribute}");
        }
        assert!(
            !lower
                .split(|c: char| c.is_whitespace())
                .any(|w| w.starts_with("on") && w.contains('=')),
            "an inline event handler in the layout"
        );
    }
}
