//! The invariants the fuzz targets assert, one function per target, shared
//! by the libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and by
//! `tests/fuzz_corpus.rs`, which replays the committed seeds and every
//! regression input through the same functions on every `cargo test`.
//!
//! Each function takes arbitrary bytes and panics only when an invariant
//! breaks: a parser may refuse its input, never mishandle it.

#![allow(dead_code)]

use spamscan::decode::{self, ContentKind};
use spamscan::detect::{segments, Detector, DetectorSettings, Document, Field, SpanKind, Verdict};
use spamscan::input::compress::{decompress, DamagedMember};
use spamscan::input::jsonl::{parse_document, JsonlSource};
use spamscan::input::warc::WarcSource;
use spamscan::input::{Content, InputFile, Position, RawRecord, RecordError};
use spamscan::model::{Model, ModelData};
use std::io::{Read, Write};
use std::sync::OnceLock;

/// The shipped model, loaded once per process (jieba's dictionary is the
/// slow part).
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../models/default.model")).expect("the shipped model")
    })
}

/// `text` sliced by code points.
fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// HTML extraction: the document's anchors index its body exactly, in
/// order; hidden blocks lie inside the decoded page; the body has no empty
/// lines; plain text is the body unchanged.
pub fn check_html(data: &[u8]) {
    let Ok(decoded) = decode::decode_bytes(data, None, None) else {
        return;
    };
    let text = &decoded.text;
    let plain = decode::extract(text, ContentKind::Text).expect("plain text never fails");
    assert_eq!(&plain.body, text);
    let page = decode::extract(text, ContentKind::Html).expect("extraction never fails");
    let body = &page.body;
    assert!(
        !body.starts_with('\n') && !body.ends_with('\n') && !body.contains("\n\n"),
        "empty line in the body: {body:?}"
    );
    let body_chars = body.chars().count();
    let mut previous_end = (0usize, 0usize);
    for link in &page.links {
        assert!(link.start < link.end && link.end <= body_chars, "{link:?}");
        let slice = body
            .get(link.byte_start..link.byte_end)
            .unwrap_or_else(|| panic!("{link:?} is not on char boundaries of {body:?}"));
        assert_eq!(slice, chars(body, link.start, link.end), "{link:?}");
        assert!(
            (link.start, link.byte_start) >= previous_end,
            "anchors out of order"
        );
        previous_end = (link.end, link.byte_end);
    }
    for block in &page.hidden {
        assert!(block.byte_start <= block.byte_end && block.byte_end <= text.len());
        assert!(!block.text.is_empty());
    }
    for field in [&page.title, &page.meta_description, &page.meta_keywords]
        .into_iter()
        .flatten()
    {
        assert!(!field.is_empty());
    }
    let doc = spamscan::document_from_bytes("fuzz".into(), data, None, None)
        .expect("decoded above, so the document decodes");
    let kind = decode::sniff_kind(text);
    let expected = decode::extract(text, kind).unwrap();
    assert_eq!(doc.body, expected.body);
}

/// The records of a WARC stream: offsets strictly increase (documents and
/// errors alike), documents stay within the cap, and reading ends.
fn check_records(records: &[Result<RawRecord, RecordError>], cap: u64, stream_len: Option<u64>) {
    let mut last: Option<(u64, bool)> = None;
    for record in records {
        let source = match record {
            Ok(r) => {
                assert!(r.content.len() as u64 <= cap, "document over the cap");
                &r.source
            }
            Err(e) => &e.source,
        };
        let Position::Record { offset, .. } = source.position else {
            panic!("a WARC record without an offset: {source:?}");
        };
        if let Some(len) = stream_len {
            assert!(
                offset < len,
                "offset {offset} past the stream's {len} bytes"
            );
        }
        // A damaged gzip member's bytes are not in the stream: its error and
        // the record after it share an offset. Otherwise offsets increase.
        assert!(
            last.is_none_or(|(l, error)| offset > l || offset == l && error),
            "offsets go back: {last:?} then {offset}"
        );
        last = Some((offset, record.is_err()));
    }
}

/// The WARC reader, on the bytes as a plain stream and as a (possibly
/// compressed) file.
pub fn check_warc(data: &[u8]) {
    const CAP: u64 = 4096;
    let plain = WarcSource::new(
        Box::new(std::io::Cursor::new(data.to_vec())),
        "fuzz.warc".into(),
        None,
        CAP,
    );
    let records: Vec<_> = plain.collect();
    check_records(&records, CAP, Some(data.len() as u64));
    if let Ok(d) = decompress(std::io::Cursor::new(data.to_vec())) {
        let records: Vec<_> =
            WarcSource::new(d.reader, "fuzz.warc.gz".into(), d.members, CAP).collect();
        check_records(&records, CAP, None);
    }
}

/// The JSONL reader: one record per non-blank line, in order; every parsed
/// document's text value slices its line and holds its text.
pub fn check_jsonl(data: &[u8]) {
    const CAP: u64 = 256;
    let source = JsonlSource::new(
        Box::new(std::io::Cursor::new(data.to_vec())),
        "fuzz.jsonl".into(),
        CAP,
    );
    let mut records = 0usize;
    let mut last_line = 0u64;
    for record in source {
        records += 1;
        let source = match &record {
            Ok(r) => &r.source,
            Err(e) => &e.source,
        };
        let line = source.line().expect("a JSONL record has a line");
        assert!(line > last_line, "line numbers go back");
        last_line = line;
        let Ok(RawRecord {
            content: Content::JsonLine(bytes),
            ..
        }) = record
        else {
            continue;
        };
        assert!(bytes.len() as u64 <= CAP);
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(doc) = parse_document(text, "text", "id") {
            let (a, b) = doc.text_value;
            let value: String = serde_json::from_str(&text[a..b]).expect("the text value is JSON");
            assert_eq!(value, doc.text);
        }
    }
    // Blank lines are no documents; over-long ones are error records.
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| l.len() as u64 > CAP || !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(records, lines, "records in != non-blank lines");
}

fn gzip_member(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// Reads a decompressed stream to its end, collecting what was read and
/// the damaged stretches reported on the way.
fn drain(data: Vec<u8>) -> (Vec<u8>, Vec<DamagedMember>, bool) {
    let Ok(mut d) = decompress(std::io::Cursor::new(data)) else {
        return (Vec::new(), Vec::new(), true);
    };
    let (mut out, mut damage, mut other_error) = (Vec::new(), Vec::new(), false);
    let mut buf = vec![0u8; 4096];
    for _ in 0..1_000_000 {
        match d.reader.read(&mut buf) {
            Ok(0) => return (out, damage, other_error),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => match DamagedMember::of(&e) {
                Some(dm) => {
                    let end = dm.resume.is_none();
                    damage.push(dm.clone());
                    if end {
                        return (out, damage, other_error);
                    }
                }
                None => {
                    other_error = true;
                    return (out, damage, other_error);
                }
            },
        }
    }
    panic!("the decompressed stream never ends");
}

/// The gzip/zstd layer: arbitrary bytes read to an end; multi-member gzip
/// and multi-frame zstd round-trip; a gzip file with one damaged byte loses
/// at most the member that holds it.
pub fn check_compress(data: &[u8]) {
    let (_, damage, _) = drain(data.to_vec());
    for d in &damage {
        assert!(d.resume.is_none_or(|r| r > d.start), "{d:?}");
    }
    let Some((&control, content)) = data.split_first() else {
        return;
    };
    // Cut the content into members at points derived from the control byte.
    let parts = usize::from(control % 5) + 1;
    let step = content.len() / parts + 1;
    let chunks: Vec<&[u8]> = content.chunks(step).collect();
    let members: Vec<Vec<u8>> = chunks.iter().map(|c| gzip_member(c)).collect();
    let file: Vec<u8> = members.concat();
    if !file.is_empty() {
        let (out, damage, other) = drain(file.clone());
        assert!(damage.is_empty() && !other, "intact gzip reported damage");
        assert_eq!(out, content);
    }
    let mut zst = Vec::new();
    for c in &chunks {
        zst.extend(zstd::encode_all(*c, 1).unwrap());
    }
    if !zst.is_empty() {
        let (out, _, other) = drain(zst);
        assert!(!other);
        assert_eq!(out, content);
    }
    // One flipped byte, in the member the control byte picks.
    if members.is_empty() {
        return;
    }
    let target = usize::from(control / 5) % members.len();
    let start: usize = members[..target].iter().map(Vec::len).sum();
    let len = members[target].len();
    let at = start + (usize::from(control) * 7919) % len;
    if at < 2 {
        return; // no gzip magic left: the bytes pass through as they are
    }
    let mut damaged = file;
    damaged[at] ^= 1 << (control % 8);
    let (out, damage, other) = drain(damaged);
    assert!(!other);
    let before: Vec<u8> = chunks[..target].concat();
    let after: Vec<u8> = chunks[target + 1..].concat();
    if damage.is_empty() {
        // The flip hit a byte the format ignores (time stamp, OS).
        assert_eq!(out, content);
        return;
    }
    assert!(
        out.starts_with(&before),
        "an intact member before the damage was lost"
    );
    if target + 1 < chunks.len() {
        assert!(
            out.ends_with(&after),
            "an intact member after the damage was lost"
        );
    }
}

/// Training from CSV: either a clear error naming the file, or a model that
/// round-trips through its file format and scores text.
pub fn check_csv_train(data: &[u8]) {
    use spamscan::model::train::{train, TrainParams};
    let Some((&control, csv)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.csv");
    std::fs::write(&path, csv).unwrap();
    let params = TrainParams {
        inputs: vec![path.clone()],
        skip_bad_rows: control & 1 == 1,
        validate: (control & 2 == 2).then_some(0.3),
        min_count: u32::from(control >> 6),
        ..TrainParams::default()
    };
    let Ok(params) = params.check() else {
        return;
    };
    match train(&params) {
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains("fuzz.csv") || message.contains("both classes"),
                "an error that names no file: {message}"
            );
        }
        Ok((data, report)) => {
            assert!(data.metadata.rows_per_label.iter().all(|&n| n > 0));
            assert!(report.features_kept <= report.features_seen);
            let bytes = data.to_bytes().expect("a trained model encodes");
            assert_eq!(ModelData::from_bytes(&bytes).expect("and decodes"), data);
            let model = Model::from_data(&data);
            assert!(model.log_odds("新澳门六开彩开奖结果").is_finite());
        }
    }
}

/// Model loading: bytes are refused or give a model that scores. When the
/// control byte says so, the header is rebuilt around the payload (magic,
/// version, length, checksum) so the payload decoder is reached.
pub fn check_model(data: &[u8]) {
    let Some((&control, rest)) = data.split_first() else {
        return;
    };
    let bytes = if control & 1 == 1 {
        let mut b = b"SPAMSCAN".to_vec();
        b.extend_from_slice(&spamscan::model::format::FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&(rest.len() as u64).to_le_bytes());
        b.extend_from_slice(&crc32fast::hash(rest).to_le_bytes());
        b.extend_from_slice(rest);
        b
    } else {
        rest.to_vec()
    };
    let streamed = ModelData::read_from(std::io::Cursor::new(&bytes));
    let whole = ModelData::from_bytes(&bytes);
    assert_eq!(streamed.is_ok(), whole.is_ok(), "stream and bytes disagree");
    if let Ok(data) = whole {
        data.validate().expect("a loaded model is valid");
        let model = Model::from_data(&data);
        for text in ["新澳门六开彩开奖结果", "市政府今天召开会议。", ""] {
            assert!(!model.log_odds(text).is_nan());
        }
    }
}

/// A little-endian reader of fuzz bytes.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }

    /// A setting: zero, tiny, ordinary or huge, as fuzz bytes pick.
    fn setting(&mut self, ordinary: f64) -> f64 {
        let pick = self.byte();
        let fraction = f64::from(self.byte()) / 255.0;
        match pick % 4 {
            0 => 0.0,
            1 => fraction * 1e-6,
            2 => fraction * ordinary * 2.0,
            _ => fraction * 1e12,
        }
    }
}

/// Span invariants for one report: every span slices its field, offsets
/// are in bounds and ordered, body spans never overlap, kinds match fields,
/// scores are probabilities and the verdict follows from them.
pub fn check_report(doc: &Document, report: &spamscan::Report, settings: &DetectorSettings) {
    assert!(
        (0.0..=1.0).contains(&report.score),
        "score {}",
        report.score
    );
    assert_eq!(report.chars, doc.body.chars().count());
    let mut previous: Option<(u8, Option<usize>, usize, usize)> = None;
    let mut body_end = 0usize;
    for span in &report.spans {
        let text = match span.field {
            Field::Body => Some(doc.body.as_str()),
            Field::Title => doc.title.as_deref(),
            Field::MetaDescription => doc.meta_description.as_deref(),
            Field::MetaKeywords => doc.meta_keywords.as_deref(),
            Field::Hidden => span
                .block
                .and_then(|b| doc.hidden.get(b))
                .map(|h| h.text.as_str()),
        }
        .unwrap_or_else(|| panic!("a span on a missing field: {span:?}"));
        assert!(span.start < span.end, "empty span {span:?}");
        assert!(
            span.end <= text.chars().count(),
            "span past its field {span:?}"
        );
        assert_eq!(chars(text, span.start, span.end), span.text, "{span:?}");
        assert!(
            span.score >= settings.threshold && span.score <= 1.0,
            "{span:?}"
        );
        let order = match span.field {
            Field::Body => 0,
            Field::Title => 1,
            Field::MetaDescription => 2,
            Field::MetaKeywords => 3,
            Field::Hidden => 4,
        };
        let key = (order, span.block, span.start, span.end);
        assert!(previous.is_none_or(|p| p <= key), "spans out of order");
        previous = Some(key);
        match span.kind {
            SpanKind::Gambling | SpanKind::Template | SpanKind::Stuffing | SpanKind::Link => {
                assert_eq!(span.field, Field::Body, "{span:?}");
                assert!(span.start >= body_end, "overlapping body spans at {span:?}");
                body_end = span.end;
            }
            SpanKind::Meta => assert!(matches!(
                span.field,
                Field::Title | Field::MetaDescription | Field::MetaKeywords
            )),
            SpanKind::Hidden => {
                assert_eq!(span.field, Field::Hidden);
                let html = span.html.expect("a hidden span has its html range");
                assert!(html.start <= html.end);
            }
        }
    }
    let polluted = !report.spans.is_empty() && report.score >= settings.threshold;
    assert_eq!(report.verdict == Verdict::Polluted, polluted);
}

/// The span decoder with arbitrary settings: the two-state decode on
/// arbitrary emissions, and the whole detector on an arbitrary page.
pub fn check_spans(data: &[u8]) {
    let mut b = Bytes(data);
    let settings = DetectorSettings {
        threshold: f64::from(b.byte()) / 255.0,
        bias: b.setting(0.6),
        switch_penalty: b.setting(10.0),
        max_llr: b.setting(6.0),
        split_penalty: b.setting(6.0),
        // Fixed, so the committed seeds and regressions keep the settings
        // and emissions they were found with (a setting drawn here would
        // shift every byte after it).
        min_support: DetectorSettings::default().min_support,
    };
    let settings = settings
        .check()
        .expect("finite, non-negative settings pass");
    // The decoder alone, on emissions taken from the bytes.
    let emissions: Vec<f64> =
        b.0.iter()
            .take(512)
            .map(|&x| f64::from(x as i8) / 8.0)
            .collect();
    for penalty in [settings.switch_penalty, settings.split_penalty] {
        let (segs, best) = segments::decode(&emissions, penalty);
        assert!(!best.is_nan());
        let mut end = 0;
        for seg in &segs {
            assert!(seg.start >= end && seg.start < seg.end && seg.end <= emissions.len());
            end = seg.end;
            for piece in segments::refine(&emissions, *seg, settings.split_penalty) {
                assert!(
                    seg.start <= piece.start && piece.end <= seg.end && piece.start < piece.end
                );
            }
        }
    }
    // The whole detector on the rest as a page.
    let Ok(doc) = spamscan::document_from_bytes("fuzz".into(), b.0, None, None) else {
        return;
    };
    let detector = Detector::new(model(), settings.clone());
    let report = detector.detect(&doc);
    check_report(&doc, &report, &settings);
}

/// The whole scan over one input file of a kind and compression the first
/// byte picks: documents in = lines out, every line JSON with a verdict,
/// and the summary's counts agree with the lines.
pub fn check_scan(data: &[u8]) {
    use spamscan::output::destination::Destination;
    use spamscan::output::report::ReportFormat;
    use spamscan::scan::{Scan, ScanSettings};
    use std::cell::RefCell;
    use std::rc::Rc;

    struct Collect(Rc<RefCell<Vec<u8>>>);
    impl Destination for Collect {
        fn begin_file(&mut self, _: &InputFile) -> std::io::Result<()> {
            Ok(())
        }
        fn write(&mut self, lines: &[u8]) -> std::io::Result<()> {
            self.0.borrow_mut().extend_from_slice(lines);
            Ok(())
        }
        fn end_file(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn orphan(&mut self, lines: &[u8]) -> std::io::Result<()> {
            self.write(lines)
        }
        fn frame(&mut self, bytes: &[u8]) -> std::io::Result<()> {
            self.write(bytes)
        }
        fn finish(self: Box<Self>) -> std::io::Result<()> {
            Ok(())
        }
    }

    let Some((&control, content)) = data.split_first() else {
        return;
    };
    let kind = ["page.html", "crawl.warc", "docs.jsonl"][usize::from(control % 3)];
    let (suffix, bytes) = match (control / 3) % 3 {
        0 => ("", content.to_vec()),
        1 => (".gz", gzip_member(content)),
        _ => (".zst", zstd::encode_all(content, 1).unwrap()),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{kind}{suffix}"));
    std::fs::write(&path, &bytes).unwrap();
    let file = InputFile {
        name: path.display().to_string().into(),
        path: path.clone(),
        relative: path.file_name().unwrap().into(),
        size: Some(bytes.len() as u64),
    };
    let detector = Detector::new(model(), DetectorSettings::default());
    let settings = ScanSettings {
        threads: 1,
        max_doc_bytes: 2048,
        ..ScanSettings::default()
    };
    let out = Rc::new(RefCell::new(Vec::new()));
    let scan = Scan::new(&detector, &ReportFormat, settings);
    let summary = scan
        .run(
            std::iter::once(Ok(file)),
            None,
            Box::new(Collect(out.clone())),
            &mut |_| {},
        )
        .expect("an in-memory destination never fails");
    let out = out.borrow();
    let lines: Vec<serde_json::Value> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("every line is JSON"))
        .collect();
    assert!(summary.balanced(), "documents in != lines out: {summary:?}");
    assert_eq!(lines.len() as u64, summary.lines_out);
    let count = |v: &str| lines.iter().filter(|l| l["verdict"] == v).count() as u64;
    assert_eq!(count("polluted"), summary.polluted);
    assert_eq!(count("clean"), summary.clean);
    assert_eq!(count("error"), summary.errors);
}
