//! Throughput of the hot stages on one core, beside the ceiling of this
//! design: raw jieba-rs segmentation (no HMM) of the same extracted text.
//!
//! ```sh
//! cargo bench --bench stages                        # the example pages, repeated
//! cargo bench --bench stages -- --pages DIR --mb 100 [--dump-text FILE] [--json FILE]
//! ```
//!
//! Stages, each timed alone over the same pages: decode (bytes to document:
//! encoding, HTML extraction), raw jieba cut of the extracted body text,
//! normalize, detect (normalize + features + scoring + span decoding, on
//! already decoded documents), and end to end (decode + detect). Rates are
//! given per HTML megabyte and per text megabyte (10^6 bytes) and in pages
//! per second, so the stages compare on the same pages. `--dump-text` writes
//! the extracted text as JSONL for the Python baseline in scripts/bench.sh.
//! A plain `harness = false` binary: a few whole passes over tens of
//! megabytes need no statistics machinery.

use spamscan::{document_from_bytes, Detector, DetectorSettings, Document};
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Options {
    pages: Option<PathBuf>,
    mb: f64,
    dump_text: Option<PathBuf>,
    json: Option<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        pages: None,
        mb: 100.0,
        dump_text: None,
        json: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--pages" => o.pages = args.next().map(PathBuf::from),
            "--mb" => o.mb = args.next().and_then(|v| v.parse().ok()).unwrap_or(o.mb),
            "--dump-text" => o.dump_text = args.next().map(PathBuf::from),
            "--json" => o.json = args.next().map(PathBuf::from),
            _ => {} // `cargo bench` passes --bench and filters; ignore them.
        }
    }
    o
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            html_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "html") {
            out.push(p);
        }
    }
}

/// Loads up to `mb` megabytes of pages (the example pages, repeated, when no
/// directory is given).
fn load_pages(o: &Options) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    let dir = o
        .pages
        .clone()
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"));
    html_files(&dir, &mut files);
    let budget = (o.mb * 1e6) as usize;
    let mut pages = Vec::new();
    let mut total = 0;
    let repeat = if o.pages.is_some() { 1 } else { usize::MAX };
    'outer: for _ in 0..repeat {
        for f in &files {
            let Ok(bytes) = std::fs::read(f) else {
                continue;
            };
            total += bytes.len();
            pages.push(bytes);
            if total >= budget {
                break 'outer;
            }
        }
        if files.is_empty() {
            break;
        }
    }
    pages
}

struct Row {
    stage: &'static str,
    seconds: f64,
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64())
}

fn main() {
    let o = options();
    let pages = load_pages(&o);
    if pages.is_empty() {
        eprintln!("stages: no pages found");
        return;
    }
    let html_bytes: usize = pages.iter().map(Vec::len).sum();
    let model = match spamscan::default_model() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("stages: the built-in model is damaged: {e}");
            return;
        }
    };
    let detector = Detector::new(&model, DetectorSettings::default());
    let jieba = jieba_rs::Jieba::new();

    let mut rows = Vec::new();
    let (docs, seconds) = time(|| {
        pages
            .iter()
            .enumerate()
            .filter_map(|(i, p)| document_from_bytes(i.to_string(), p, None, None).ok())
            .collect::<Vec<Document>>()
    });
    rows.push(Row {
        stage: "decode (encoding + HTML)",
        seconds,
    });
    let text_bytes: usize = docs.iter().map(|d| d.body.len()).sum();

    let (_, seconds) = time(|| {
        let mut words = 0usize;
        for d in &docs {
            words += jieba.cut(&d.body, false).len();
        }
        black_box(words)
    });
    rows.push(Row {
        stage: "raw jieba-rs cut, no HMM",
        seconds,
    });
    let (_, seconds) = time(|| {
        for d in &docs {
            black_box(model.pipeline().normalize(&d.body));
        }
    });
    rows.push(Row {
        stage: "normalize",
        seconds,
    });
    // The segmentation the detector runs: spamscan's segmenter (jieba plus
    // the gambling user dictionary) on the normalized body.
    let normalized: Vec<_> = docs
        .iter()
        .map(|d| model.pipeline().normalize(&d.body))
        .collect();
    let (_, seconds) = time(|| {
        let mut words = 0usize;
        for n in &normalized {
            model
                .pipeline()
                .segmenter()
                .for_each_word(&n.text, |_| words += 1);
        }
        black_box(words)
    });
    drop(normalized);
    rows.push(Row {
        stage: "segment normalized body",
        seconds,
    });
    let (_, seconds) = time(|| {
        for d in &docs {
            black_box(detector.detect(d));
        }
    });
    rows.push(Row {
        stage: "detect (all fields)",
        seconds,
    });
    let (_, seconds) = time(|| {
        for (i, p) in pages.iter().enumerate() {
            if let Ok(doc) = document_from_bytes(i.to_string(), p, None, None) {
                black_box(detector.detect(&doc));
            }
        }
    });
    rows.push(Row {
        stage: "end to end (decode + detect)",
        seconds,
    });

    println!(
        "{} pages, {:.1} MB of HTML, {:.1} MB of extracted body text; one core",
        pages.len(),
        html_bytes as f64 / 1e6,
        text_bytes as f64 / 1e6
    );
    println!(
        "{:<30} {:>9} {:>12} {:>12} {:>10}",
        "stage", "seconds", "HTML MB/s", "text MB/s", "pages/s"
    );
    let mut json = serde_json::Map::new();
    for r in &rows {
        let html_rate = html_bytes as f64 / 1e6 / r.seconds;
        let text_rate = text_bytes as f64 / 1e6 / r.seconds;
        let pages_rate = pages.len() as f64 / r.seconds;
        println!(
            "{:<30} {:>9.2} {:>12.2} {:>12.2} {:>10.0}",
            r.stage, r.seconds, html_rate, text_rate, pages_rate
        );
        json.insert(
            r.stage.to_string(),
            serde_json::json!({"seconds": r.seconds, "html_mb_s": html_rate,
                "text_mb_s": text_rate, "pages_s": pages_rate}),
        );
    }
    json.insert("pages".into(), pages.len().into());
    json.insert("html_bytes".into(), html_bytes.into());
    json.insert("text_bytes".into(), text_bytes.into());
    if let Some(path) = &o.json {
        if let Err(e) = std::fs::write(path, serde_json::Value::Object(json).to_string()) {
            eprintln!("stages: cannot write {}: {e}", path.display());
        }
    }
    if let Some(path) = &o.dump_text {
        let written = std::fs::File::create(path).and_then(|f| {
            let mut w = std::io::BufWriter::new(f);
            for (d, p) in docs.iter().zip(&pages) {
                let line = serde_json::json!({"text": d.body, "html_bytes": p.len()});
                writeln!(w, "{line}")?;
            }
            w.flush()
        });
        if let Err(e) = written {
            eprintln!("stages: cannot write {}: {e}", path.display());
        }
    }
}
