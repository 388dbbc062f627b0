//! `spamscan._spamscan`: the Python bindings, a thin typed wrapper over the
//! spamscan library (the `spamscan` Python package re-exports it).
//!
//! Nothing here detects anything: a [`Detector`] holds the library's model
//! and settings and calls the same functions as the CLI — decoding with
//! [`spamscan::document_from_bytes`], detection with
//! [`spamscan::Detector::detect`], the report object with
//! [`spamscan::output::ScoreJson`], cleaning with
//! [`spamscan::output::clean::remove_polluted`], batch scanning with
//! [`spamscan::scan::Scan`] — so a report from Python is the `score --json`
//! object by construction. Reports become Python objects through pythonize,
//! from the same `Serialize` impls that write the CLI's JSON.
//!
//! Work that takes time (a batch, a scan) runs with the GIL released.

use crossbeam_channel::{bounded, Receiver, Sender};
use pyo3::exceptions::{PyException, PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use spamscan::decode::{encoding_for_label, DecodeError};
use spamscan::detect::{Detector as RustDetector, DetectorSettings, Document, Report};
use spamscan::input::discover::FileId;
use spamscan::input::{
    discover, DiscoverOptions, InputError, InputFile, InputKind, RecordError,
    DEFAULT_MAX_DOC_BYTES, DEFAULT_SCAN_MAX_DOC_BYTES,
};
use spamscan::output::clean::{remove_polluted, CleanFormat};
use spamscan::output::destination::{Destination, MirrorDestination, StreamDestination};
use spamscan::output::dolma::DolmaFormat;
use spamscan::output::file::check_outputs;
use spamscan::output::record::RecordFormat;
use spamscan::output::report::ReportFormat;
use spamscan::output::summary::{ScanSummary, SummaryJson};
use spamscan::output::ScoreJson;
use spamscan::scan::{Scan, ScanSettings};
use spamscan::Model;
use std::collections::VecDeque;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pyo3::create_exception!(
    _spamscan,
    SpamscanError,
    PyException,
    "Base class of the errors spamscan raises."
);
pyo3::create_exception!(
    _spamscan,
    ModelError,
    SpamscanError,
    "The model file could not be loaded (missing, damaged, another format version)."
);
pyo3::create_exception!(
    _spamscan,
    DocumentError,
    SpamscanError,
    "A document could not be read: binary, larger than max_doc_bytes."
);

/// The message the panic guard gives, as the scan worker does.
const PANIC_MESSAGE: &str = "internal error: scanning this document panicked (please report it)";

/// An error and its causes, as the CLI prints them (anyhow's `{:#}`), so
/// Python's messages are the CLI's.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    spamscan::output::terminal::error_chain(e)
}

/// One document as Python handed it over, owned so it can cross threads.
enum Page {
    /// Plain text: the body as is (a JSONL document, a WET record).
    Text { body: String, title: Option<String> },
    /// Page bytes, HTML or text in any encoding, read as `spamscan score`
    /// reads a file; `forced` is the encoding to use, if any.
    Html {
        bytes: Vec<u8>,
        forced: Option<&'static encoding_rs::Encoding>,
    },
}

/// A document to score: its id and its page.
struct DocInput {
    id: String,
    page: Page,
}

/// Why a document could not be scored.
enum DocError {
    /// Larger than max_doc_bytes.
    TooLarge(InputError),
    /// Binary input.
    Decode(DecodeError),
    /// A bug: the detector panicked.
    Panic,
}

impl DocError {
    /// The message of a scan's error line (no id).
    fn message(&self) -> String {
        match self {
            DocError::TooLarge(InputError::TooLarge { limit, .. }) => {
                format!("larger than the {limit}-byte limit (raise it with --max-doc-bytes)")
            }
            DocError::TooLarge(e) => chain(e),
            DocError::Decode(e) => chain(e),
            DocError::Panic => PANIC_MESSAGE.to_string(),
        }
    }

    /// The exception `spamscan score` would print as `spamscan: error: …`.
    fn to_py(&self, id: &str) -> PyErr {
        let message = match self {
            // The input error names its input already.
            DocError::TooLarge(e) => chain(e),
            _ if id.is_empty() => self.message(),
            _ => format!("{id}: {}", self.message()),
        };
        DocumentError::new_err(message)
    }
}

/// A scored document: the report and, when asked, the body it indexes.
struct Scored {
    report: Report,
    body: Option<String>,
}

/// Turns a report into the `score --json` dict.
fn report_to_py<'py>(
    py: Python<'py>,
    report: &Report,
    body: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let object = ScoreJson { report, text: body };
    pythonize::pythonize(py, &object).map_err(PyErr::from)
}

/// Checked settings shared by every call of a [`Detector`].
#[derive(Debug, Clone)]
struct Settings {
    detector: DetectorSettings,
    encoding: Option<&'static encoding_rs::Encoding>,
    max_doc_bytes: Option<u64>,
}

/// Detector(model=None, *, threshold=None, bias=None, switch_penalty=None,
///          max_llr=None, split_penalty=None, min_support=None, encoding=None,
///          max_doc_bytes=None)
///
/// A model and the CLI's detection settings. `model` is a model file path
/// (None: the shipped default model). Every setting left at None takes the
/// CLI's default (see `settings`): `threshold` is the page score at or above
/// which a page is polluted; `bias`, `switch_penalty`, `max_llr`,
/// `split_penalty` and `min_support` tune span decoding as `--bias` etc.;
/// `encoding` forces a
/// WHATWG encoding label on page bytes (`--encoding`); `max_doc_bytes` caps a
/// document (default 64 MiB for score, 8 MiB for scan, as the CLI).
///
/// Raises ValueError for a bad setting or encoding label and ModelError for
/// a model that can't be loaded, with the CLI's messages. Loading takes a
/// moment (the model and jieba's dictionary): make one detector and reuse
/// it; it is safe to share between threads.
#[pyclass(frozen, module = "spamscan._spamscan")]
struct Detector {
    model: Arc<Model>,
    model_name: String,
    settings: Settings,
}

impl Detector {
    fn with_detector<T>(&self, f: impl FnOnce(&RustDetector<'_>) -> T) -> T {
        f(&RustDetector::new(
            &self.model,
            self.settings.detector.clone(),
        ))
    }

    /// The per-document cap for `score` (the CLI's `score` default).
    fn score_cap(&self) -> u64 {
        self.settings.max_doc_bytes.unwrap_or(DEFAULT_MAX_DOC_BYTES)
    }

    /// Reads one `score` argument set into an owned document.
    fn doc_input(
        &self,
        text: Option<&Bound<'_, PyAny>>,
        html: Option<&Bound<'_, PyAny>>,
        title: Option<String>,
        id: Option<String>,
    ) -> PyResult<DocInput> {
        let id = id.unwrap_or_default();
        let page = match (text, html) {
            (Some(text), None) => {
                let body: String = text.extract().map_err(|_| {
                    PyTypeError::new_err("text must be a str (pass page bytes as html=)")
                })?;
                Page::Text { body, title }
            }
            (None, Some(html)) => {
                if title.is_some() {
                    return Err(PyValueError::new_err(
                        "title= goes with text=; an html page's title is read from its <title>",
                    ));
                }
                if let Ok(bytes) = html.cast::<PyBytes>() {
                    Page::Html {
                        bytes: bytes.as_bytes().to_vec(),
                        forced: self.settings.encoding,
                    }
                } else if let Ok(s) = html.cast::<PyString>() {
                    // A str is decoded already: its UTF-8 bytes are read as
                    // UTF-8 whatever a <meta charset> says.
                    Page::Html {
                        bytes: s.to_cow()?.into_owned().into_bytes(),
                        forced: Some(encoding_rs::UTF_8),
                    }
                } else {
                    return Err(PyTypeError::new_err("html must be bytes or str"));
                }
            }
            _ => return Err(PyValueError::new_err("give exactly one of text= and html=")),
        };
        Ok(DocInput { id, page })
    }

    /// Decodes and scores one document; never panics.
    fn score_one(
        &self,
        detector: &RustDetector<'_>,
        input: DocInput,
        cap: u64,
        emit_text: bool,
    ) -> Result<Scored, DocError> {
        let DocInput { id, page } = input;
        let size = match &page {
            Page::Text { body, .. } => body.len(),
            Page::Html { bytes, .. } => bytes.len(),
        };
        if size as u64 > cap {
            return Err(DocError::TooLarge(InputError::TooLarge {
                name: id,
                limit: cap,
            }));
        }
        // As the scan worker does: a panic deep in decoding or detection
        // becomes this document's error, never a lost document.
        catch_unwind(AssertUnwindSafe(|| {
            let doc = match page {
                Page::Text { body, title } => Document {
                    id,
                    body,
                    title,
                    ..Document::default()
                },
                Page::Html { bytes, forced } => {
                    spamscan::document_from_bytes(id, &bytes, forced, None)
                        .map_err(DocError::Decode)?
                }
            };
            let report = detector.detect(&doc);
            Ok(Scored {
                report,
                body: emit_text.then_some(doc.body),
            })
        }))
        .unwrap_or(Err(DocError::Panic))
    }

    /// Scores a text document and cuts its polluted body spans out, as
    /// `scan --format clean` does: the cleaned text and the report.
    fn clean_one(
        &self,
        detector: &RustDetector<'_>,
        input: DocInput,
        cap: u64,
    ) -> Result<(String, Report), DocError> {
        let scored = self.score_one(detector, input, cap, true)?;
        let body = scored.body.unwrap_or_default();
        Ok((remove_polluted(&body, &scored.report).0, scored.report))
    }

    /// Reads one element of a `score_batch` list.
    fn batch_item(&self, index: usize, item: &Bound<'_, PyAny>) -> PyResult<DocInput> {
        // The same exception, its message prefixed with the document's index.
        let at = |e: PyErr| {
            let py = item.py();
            PyErr::from_type(e.get_type(py), format!("docs[{index}]: {}", e.value(py)))
        };
        if item.is_instance_of::<PyString>() {
            return self.doc_input(Some(item), None, None, None).map_err(at);
        }
        if item.is_instance_of::<PyBytes>() {
            return self.doc_input(None, Some(item), None, None).map_err(at);
        }
        let Ok(dict) = item.cast::<PyDict>() else {
            return Err(PyTypeError::new_err(format!(
                "docs[{index}]: a document is a str (text), bytes (html) or a dict with text or html, and optional title and id"
            )));
        };
        for key in dict.keys() {
            let key: String = key.extract().map_err(at)?;
            if !matches!(key.as_str(), "text" | "html" | "title" | "id") {
                return Err(PyValueError::new_err(format!(
                    "docs[{index}]: unknown key {key:?} (text, html, title, id)"
                )));
            }
        }
        let get = |k: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
            Ok(dict.get_item(k)?.filter(|v| !v.is_none()))
        };
        let text = get("text")?;
        let html = get("html")?;
        let title = get("title")?
            .map(|t| t.extract::<String>())
            .transpose()
            .map_err(at)?;
        let id = get("id")?
            .map(|t| t.str().map(|s| s.to_string()))
            .transpose()?;
        self.doc_input(text.as_ref(), html.as_ref(), title, id)
            .map_err(at)
    }
}

/// Runs `work` on every item with up to `threads` threads, results in order.
fn parallel_map<I: Send, O: Send>(
    items: Vec<I>,
    threads: usize,
    work: impl Fn(I) -> O + Sync,
) -> Vec<O> {
    let n = items.len();
    let threads = threads.clamp(1, n.max(1));
    if threads == 1 {
        return items.into_iter().map(work).collect();
    }
    let slots: Vec<std::sync::Mutex<Option<I>>> = items
        .into_iter()
        .map(|i| std::sync::Mutex::new(Some(i)))
        .collect();
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, O)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= n {
                            return done;
                        }
                        let item = slots[i]
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .take();
                        if let Some(item) = item {
                            done.push((i, work(item)));
                        }
                    }
                })
            })
            .collect();
        // `work` guards itself; a panic here is a bug in this function, and
        // passing it on beats returning fewer results than documents.
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut out: Vec<Option<O>> = (0..n).map(|_| None).collect();
    for (i, o) in parts.drain(..).flatten() {
        out[i] = Some(o);
    }
    out.into_iter().flatten().collect()
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn check_threads(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(default_threads()),
    }
}

/// One input of a scan as Python named it.
enum ScanInput {
    /// A path (file, directory, `-`), discovered as the CLI does.
    Path(String),
    /// A file read from `path` but reported as `name` (the listing's URI of
    /// a downloaded copy), mirrored at `relative` under an output directory.
    Named(InputFile),
}

fn scan_inputs(inputs: &Bound<'_, PyAny>) -> PyResult<Vec<ScanInput>> {
    if inputs.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "inputs must be a list of paths, not one str",
        ));
    }
    let mut out = Vec::new();
    for item in inputs.try_iter()? {
        let item = item?;
        if let Ok(tuple) = item.cast::<PyTuple>() {
            let parts: Vec<PathBuf> = tuple.extract().map_err(|_| {
                PyTypeError::new_err("a scan input tuple is (path, name) or (path, name, relative)")
            })?;
            let (path, name, relative) = match parts.as_slice() {
                [path, name] => {
                    let relative = name.file_name().map_or_else(|| name.clone(), PathBuf::from);
                    (path.clone(), name.clone(), relative)
                }
                [path, name, relative] => (path.clone(), name.clone(), relative.clone()),
                _ => {
                    return Err(PyTypeError::new_err(
                        "a scan input tuple is (path, name) or (path, name, relative)",
                    ))
                }
            };
            let size = std::fs::metadata(&path)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            out.push(ScanInput::Named(InputFile {
                name: name.to_string_lossy().as_ref().into(),
                path,
                relative,
                size,
            }));
        } else {
            let path: PathBuf = item.extract().map_err(|_| {
                PyTypeError::new_err("a scan input is a path (str or os.PathLike) or a tuple")
            })?;
            out.push(ScanInput::Path(path.to_string_lossy().into_owned()));
        }
    }
    Ok(out)
}

/// Everything a scan needs, checked, owned (it may run on its own thread).
struct ScanJob {
    model: Arc<Model>,
    detector: DetectorSettings,
    settings: ScanSettings,
    options: DiscoverOptions,
    inputs: Vec<ScanInput>,
    format: Box<dyn RecordFormat + Send>,
}

impl ScanJob {
    /// Runs the scan into `destination` (made once the inputs are known).
    fn run(
        self,
        destination: impl FnOnce(
            &mut dyn Iterator<Item = InputFile>,
        ) -> io::Result<Box<dyn Destination>>,
    ) -> Result<ScanSummary, String> {
        let ScanJob {
            model,
            detector,
            settings,
            options,
            inputs,
            format,
        } = self;
        let files = || {
            inputs.iter().flat_map(
                |input| -> Box<dyn Iterator<Item = Result<InputFile, RecordError>> + Send + '_> {
                    match input {
                        ScanInput::Path(p) => {
                            match discover(std::slice::from_ref(p), None, &options) {
                                Ok(d) => Box::new(d),
                                // Checked before the job was made.
                                Err(e) => Box::new(std::iter::once(Err(RecordError::at(
                                    spamscan::input::SourceRef::file(p.as_str().into()),
                                    e.to_string(),
                                )))),
                            }
                        }
                        ScanInput::Named(f) => Box::new(std::iter::once(Ok(f.clone()))),
                    }
                },
            )
        };
        let destination = destination(&mut files().flatten()).map_err(|e| e.to_string())?;
        let detector = RustDetector::new(&model, detector);
        let scan = Scan::new(&detector, format.as_ref(), settings);
        scan.run(files(), None, destination, &mut |_| {})
            .map_err(|e| chain(&e))
    }
}

/// The scan's lines, sent to the Python iterator in the batches the scan
/// writes them (always whole lines).
struct ChannelDestination(Sender<Vec<u8>>);

impl Destination for ChannelDestination {
    fn begin_file(&mut self, _file: &InputFile) -> io::Result<()> {
        Ok(())
    }

    fn write(&mut self, lines: &[u8]) -> io::Result<()> {
        if lines.is_empty() {
            return Ok(());
        }
        self.0.send(lines.to_vec()).map_err(|_| {
            io::Error::new(io::ErrorKind::BrokenPipe, "the Python iterator was closed")
        })
    }

    fn end_file(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn orphan(&mut self, lines: &[u8]) -> io::Result<()> {
        self.write(lines)
    }

    fn frame(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.write(bytes)
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        Ok(())
    }
}

/// The output lines of a running scan, exactly as `spamscan scan` writes
/// them (without the newline), in input order. After the last line,
/// `summary` holds the scan's counts (the `--stats-json` object).
#[pyclass(module = "spamscan._spamscan")]
struct ScanLines {
    lines: Receiver<Vec<u8>>,
    pending: VecDeque<String>,
    handle: Option<std::thread::JoinHandle<Result<ScanSummary, String>>>,
    summary: Option<ScanSummary>,
}

#[pymethods]
impl ScanLines {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<String>> {
        loop {
            if let Some(line) = self.pending.pop_front() {
                return Ok(Some(line));
            }
            if self.handle.is_none() {
                return Ok(None);
            }
            let lines = &self.lines;
            match py.detach(|| lines.recv()) {
                Ok(chunk) => {
                    let text = String::from_utf8(chunk)
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                    self.pending
                        .extend(text.split_terminator('\n').map(str::to_string));
                }
                Err(_) => {
                    // The scan ended: its result says how.
                    let handle = self.handle.take();
                    let result = match handle {
                        Some(h) => py.detach(|| h.join()).unwrap_or_else(|_| {
                            Err("internal error: the scan thread panicked".to_string())
                        }),
                        None => return Ok(None),
                    };
                    match result {
                        Ok(summary) => {
                            self.summary = Some(summary);
                            return Ok(None);
                        }
                        Err(message) => return Err(PyOSError::new_err(message)),
                    }
                }
            }
        }
    }

    /// The scan's counts once every line was read (else None).
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.summary
            .as_ref()
            .map(|s| pythonize::pythonize(py, &SummaryJson::new(s)).map_err(PyErr::from))
            .transpose()
    }
}

#[pymethods]
impl Detector {
    #[new]
    #[pyo3(signature = (model=None, *, threshold=None, bias=None, switch_penalty=None,
                        max_llr=None, split_penalty=None, min_support=None, encoding=None,
                        max_doc_bytes=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        model: Option<PathBuf>,
        threshold: Option<f64>,
        bias: Option<f64>,
        switch_penalty: Option<f64>,
        max_llr: Option<f64>,
        split_penalty: Option<f64>,
        min_support: Option<f64>,
        encoding: Option<String>,
        max_doc_bytes: Option<u64>,
    ) -> PyResult<Detector> {
        let defaults = DetectorSettings::default();
        let detector = DetectorSettings {
            threshold: threshold.unwrap_or(defaults.threshold),
            bias: bias.unwrap_or(defaults.bias),
            switch_penalty: switch_penalty.unwrap_or(defaults.switch_penalty),
            max_llr: max_llr.unwrap_or(defaults.max_llr),
            split_penalty: split_penalty.unwrap_or(defaults.split_penalty),
            min_support: min_support.unwrap_or(defaults.min_support),
        }
        .check()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let encoding = encoding
            .as_deref()
            .map(encoding_for_label)
            .transpose()
            .map_err(|e| PyValueError::new_err(chain(&e)))?;
        let (model, model_name) = py
            .detach(|| match &model {
                Some(path) => Model::load(path)
                    .map(|m| (m, path.display().to_string()))
                    .map_err(|e| {
                        let context = spamscan::model::load_failure_context(path, &e);
                        format!("{context}: {}", chain(&e))
                    }),
                None => spamscan::default_model()
                    .map(|m| (m, "<default>".to_string()))
                    .map_err(|e| format!("the built-in default model is damaged: {}", chain(&e))),
            })
            .map_err(ModelError::new_err)?;
        Ok(Detector {
            model: Arc::new(model),
            model_name,
            settings: Settings {
                detector,
                encoding,
                max_doc_bytes,
            },
        })
    }

    /// The settings in force, CLI defaults filled in.
    #[getter]
    fn settings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = &self.settings.detector;
        let dict = PyDict::new(py);
        dict.set_item("model", &self.model_name)?;
        dict.set_item("threshold", d.threshold)?;
        dict.set_item("bias", d.bias)?;
        dict.set_item("switch_penalty", d.switch_penalty)?;
        dict.set_item("max_llr", d.max_llr)?;
        dict.set_item("split_penalty", d.split_penalty)?;
        dict.set_item("min_support", d.min_support)?;
        dict.set_item("encoding", self.settings.encoding.map(|e| e.name()))?;
        dict.set_item("max_doc_bytes", self.settings.max_doc_bytes)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        let d = &self.settings.detector;
        format!(
            "Detector(model={:?}, threshold={}, bias={}, switch_penalty={}, max_llr={}, split_penalty={}, min_support={})",
            self.model_name, d.threshold, d.bias, d.switch_penalty, d.max_llr, d.split_penalty, d.min_support
        )
    }

    /// score(text=None, html=None, title=None, id=None, *, emit_text=False) -> dict
    ///
    /// Scores one document and returns exactly the object `spamscan score
    /// --json` prints: `id`, `verdict` ("polluted" or "clean"), `score`,
    /// `title`, `chars` and `spans` (each with `field`, `start`, `end`,
    /// `text`, `score`, `kind`, and for hidden spans `block` and `html`).
    /// Offsets are code points, so `text[s["start"]:s["end"]] == s["text"]`.
    ///
    /// Give exactly one of `text` (a str taken as the body as is, like a
    /// JSONL document; `title` optionally) or `html` (page bytes, decoded and
    /// extracted as `spamscan score FILE` does: BOM, `encoding`, `<meta
    /// charset>`, UTF-8, then detection; a str is read as UTF-8). `id` is
    /// the report's id (default ""). `emit_text=True` adds `"text"`, the body
    /// the offsets index (`--emit-text`).
    ///
    /// Raises DocumentError for binary or oversized input, with the CLI's
    /// message. The GIL is released while scoring.
    #[pyo3(signature = (text=None, html=None, title=None, id=None, *, emit_text=false))]
    fn score<'py>(
        &self,
        py: Python<'py>,
        text: Option<&Bound<'py, PyAny>>,
        html: Option<&Bound<'py, PyAny>>,
        title: Option<String>,
        id: Option<String>,
        emit_text: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let input = self.doc_input(text, html, title, id)?;
        let id = input.id.clone();
        let cap = self.score_cap();
        let scored = py.detach(|| self.with_detector(|d| self.score_one(d, input, cap, emit_text)));
        match scored {
            Ok(s) => report_to_py(py, &s.report, s.body.as_deref()),
            Err(e) => Err(e.to_py(&id)),
        }
    }

    /// score_batch(docs, threads=None, *, emit_text=False, errors="raise") -> list[dict]
    ///
    /// `score` on every document of `docs`, returned in order. A document is
    /// a str (text), bytes (html) or a dict with `text` or `html` and
    /// optionally `title` and `id`. Runs on `threads` threads (default: one
    /// per core) with the GIL released. With `errors="raise"` the first
    /// document that can't be read raises DocumentError naming its index;
    /// with `errors="report"` it becomes `{"id", "verdict": "error",
    /// "error"}` in its place, as in `spamscan scan`'s error lines.
    #[pyo3(signature = (docs, threads=None, *, emit_text=false, errors="raise"))]
    fn score_batch<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        threads: Option<usize>,
        emit_text: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let report_errors = match errors {
            "raise" => false,
            "report" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"raise\" or \"report\", got {other:?}"
                )))
            }
        };
        let threads = check_threads(threads)?;
        let mut inputs = Vec::new();
        for (i, item) in docs.try_iter()?.enumerate() {
            inputs.push(self.batch_item(i, &item?)?);
        }
        let ids: Vec<String> = inputs.iter().map(|d| d.id.clone()).collect();
        let cap = self.score_cap();
        let results = py.detach(|| {
            self.with_detector(|d| {
                parallel_map(inputs, threads, |input| {
                    self.score_one(d, input, cap, emit_text)
                })
            })
        });
        let list = PyList::empty(py);
        for (i, (result, id)) in results.into_iter().zip(ids).enumerate() {
            match result {
                Ok(s) => list.append(report_to_py(py, &s.report, s.body.as_deref())?)?,
                Err(e) if report_errors => {
                    let dict = PyDict::new(py);
                    dict.set_item("id", &id)?;
                    dict.set_item("verdict", spamscan::output::record::ERROR_VERDICT)?;
                    dict.set_item("error", e.message())?;
                    list.append(dict)?;
                }
                Err(e) => {
                    let err = e.to_py(&id);
                    let value = err.value(py).str()?.to_string();
                    return Err(DocumentError::new_err(format!("docs[{i}]: {value}")));
                }
            }
        }
        Ok(list)
    }

    /// clean(text, *, id=None) -> tuple[str, dict]
    ///
    /// Scores `text` (as `score(text=...)`) and cuts its polluted body spans
    /// out, as `spamscan scan --format clean` does; returns the cleaned text
    /// and the report, whose body spans are exactly what was cut (offsets
    /// in the original text).
    #[pyo3(signature = (text, *, id=None))]
    fn clean<'py>(
        &self,
        py: Python<'py>,
        text: String,
        id: Option<String>,
    ) -> PyResult<(String, Bound<'py, PyAny>)> {
        let input = DocInput {
            id: id.unwrap_or_default(),
            page: Page::Text {
                body: text,
                title: None,
            },
        };
        let id = input.id.clone();
        let cap = self.score_cap();
        let result = py.detach(|| self.with_detector(|d| self.clean_one(d, input, cap)));
        match result {
            Ok((cleaned, report)) => Ok((cleaned, report_to_py(py, &report, None)?)),
            Err(e) => Err(e.to_py(&id)),
        }
    }

    /// clean_batch(docs, threads=None) -> list[tuple[str, dict]]
    ///
    /// `clean` on every document of `docs` (a str, or a dict with `text` and
    /// optionally `id`), on `threads` threads (default: one per core) with
    /// the GIL released. A document that can't be scored (larger than
    /// max_doc_bytes) comes back unchanged with an error report
    /// `{"id", "verdict": "error", "error"}`.
    #[pyo3(signature = (docs, threads=None))]
    fn clean_batch<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = check_threads(threads)?;
        let mut inputs = Vec::new();
        for (i, item) in docs.try_iter()?.enumerate() {
            let input = self.batch_item(i, &item?)?;
            if matches!(input.page, Page::Html { .. }) {
                return Err(PyTypeError::new_err(format!(
                    "docs[{i}]: clean takes text (str), not html"
                )));
            }
            inputs.push(input);
        }
        let cap = self.score_cap();
        let results = py.detach(|| {
            self.with_detector(|d| {
                parallel_map(inputs, threads, |input| {
                    let id = input.id.clone();
                    let original = match &input.page {
                        Page::Text { body, .. } => body.clone(),
                        Page::Html { .. } => String::new(),
                    };
                    self.clean_one(d, input, cap)
                        .map_err(|e| (original, id, e.message()))
                })
            })
        });
        let list = PyList::empty(py);
        for result in results {
            match result {
                Ok((cleaned, report)) => {
                    list.append((cleaned, report_to_py(py, &report, None)?))?
                }
                Err((original, id, message)) => {
                    let dict = PyDict::new(py);
                    dict.set_item("id", id)?;
                    dict.set_item("verdict", spamscan::output::record::ERROR_VERDICT)?;
                    dict.set_item("error", message)?;
                    list.append((original, dict))?;
                }
            }
        }
        Ok(list)
    }

    /// scan(inputs, *, format="report", threads=None, max_doc_bytes=None,
    ///      text_field="text", id_field="id", attribute_prefix="spamscan",
    ///      drop_threshold=None, globs=None) -> ScanLines
    ///
    /// Scans files as `spamscan scan INPUT...` does, with the same readers
    /// (pages, directories, WARC/WET, JSONL, gzip, zstd), and yields its
    /// output lines (without newline) in the same order: report lines,
    /// Dolma attribute lines or cleaned documents per `format`, an error
    /// line for each document that can't be read. An input is a path, or a
    /// tuple `(path, name)` to read `path` but report it as `name` (a
    /// downloaded copy of a URI), or `(path, name, relative)` also naming
    /// its mirrored output file (`scan_to(output_dir=...)`). Options are the
    /// CLI's; `threads` defaults to one per core. The scan runs on its own
    /// threads, ahead of the reader within bounded memory; after the last
    /// line `summary` holds the counts.
    #[pyo3(signature = (inputs, *, format="report", threads=None, max_doc_bytes=None,
                        text_field="text", id_field="id", attribute_prefix="spamscan",
                        drop_threshold=None, globs=None))]
    #[allow(clippy::too_many_arguments)]
    fn scan(
        &self,
        inputs: &Bound<'_, PyAny>,
        format: &str,
        threads: Option<usize>,
        max_doc_bytes: Option<u64>,
        text_field: &str,
        id_field: &str,
        attribute_prefix: &str,
        drop_threshold: Option<f64>,
        globs: Option<Vec<String>>,
    ) -> PyResult<ScanLines> {
        let job = self.scan_job(
            inputs,
            format,
            threads,
            max_doc_bytes,
            text_field,
            id_field,
            attribute_prefix,
            drop_threshold,
            globs,
            &[],
        )?;
        // A few batches in flight: the scan runs ahead of the reader, within
        // bounded memory.
        let (tx, rx) = bounded::<Vec<u8>>(8);
        let handle = std::thread::Builder::new()
            .name("spamscan-scan".into())
            .spawn(move || {
                job.run(move |_| Ok(Box::new(ChannelDestination(tx)) as Box<dyn Destination>))
            })
            .map_err(|e| PyOSError::new_err(format!("cannot start the scan thread: {e}")))?;
        Ok(ScanLines {
            lines: rx,
            pending: VecDeque::new(),
            handle: Some(handle),
            summary: None,
        })
    }

    /// scan_to(inputs, *, output=None, output_dir=None, format="report", ...) -> dict
    ///
    /// `scan`, written as `spamscan scan -o output` (one file, renamed into
    /// place when complete) or, with `format="dolma"`, `--output-dir
    /// output_dir` (one attribute file per input JSONL file, at its relative
    /// path, with its compression). Returns the summary (`--stats-json`).
    #[pyo3(signature = (inputs, *, output=None, output_dir=None, format="report", threads=None,
                        max_doc_bytes=None, text_field="text", id_field="id",
                        attribute_prefix="spamscan", drop_threshold=None, globs=None))]
    #[allow(clippy::too_many_arguments)]
    fn scan_to<'py>(
        &self,
        py: Python<'py>,
        inputs: &Bound<'py, PyAny>,
        output: Option<PathBuf>,
        output_dir: Option<PathBuf>,
        format: &str,
        threads: Option<usize>,
        max_doc_bytes: Option<u64>,
        text_field: &str,
        id_field: &str,
        attribute_prefix: &str,
        drop_threshold: Option<f64>,
        globs: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if (format == "dolma") != output_dir.is_some() {
            return Err(PyValueError::new_err(
                "--format dolma needs --output-dir, and --output-dir is only for --format dolma",
            ));
        }
        let job = self.scan_job(
            inputs,
            format,
            threads,
            max_doc_bytes,
            text_field,
            id_field,
            attribute_prefix,
            drop_threshold,
            globs,
            &[output.as_deref(), output_dir.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>(),
        )?;
        let (output_dir, output) = match (output_dir, output) {
            (None, None) => {
                return Err(PyValueError::new_err(
                    "give output= (a file) or output_dir=",
                ))
            }
            pair => pair,
        };
        let summary = py
            .detach(|| {
                job.run(|files| -> io::Result<Box<dyn Destination>> {
                    if let Some(dir) = &output_dir {
                        return Ok(Box::new(MirrorDestination::new(dir, files)?));
                    }
                    let path = output.as_deref().unwrap_or(std::path::Path::new("-"));
                    let file = StreamDestination::file(path).map_err(|e| {
                        io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()))
                    })?;
                    Ok(Box::new(file))
                })
            })
            .map_err(PyOSError::new_err)?;
        pythonize::pythonize(py, &SummaryJson::new(&summary)).map_err(PyErr::from)
    }
}

impl Detector {
    /// Checks a scan's arguments as the CLI does and packs them into a job.
    #[allow(clippy::too_many_arguments)]
    fn scan_job(
        &self,
        inputs: &Bound<'_, PyAny>,
        format: &str,
        threads: Option<usize>,
        max_doc_bytes: Option<u64>,
        text_field: &str,
        id_field: &str,
        attribute_prefix: &str,
        drop_threshold: Option<f64>,
        globs: Option<Vec<String>>,
        outputs: &[&std::path::Path],
    ) -> PyResult<ScanJob> {
        if drop_threshold.is_some() && format != "clean" {
            return Err(PyValueError::new_err(
                "--drop-threshold is only for --format clean",
            ));
        }
        let dolma = format == "dolma";
        let format: Box<dyn RecordFormat + Send> = match format {
            "report" => Box::new(ReportFormat),
            "dolma" => Box::new(DolmaFormat::new(attribute_prefix)),
            "clean" => Box::new(
                CleanFormat::new(drop_threshold)
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            ),
            other => {
                return Err(PyValueError::new_err(format!(
                    "format must be \"report\", \"dolma\" or \"clean\", got {other:?}"
                )))
            }
        };
        let inputs = scan_inputs(inputs)?;
        // As the CLI: an output never overwrites an input, and a scan never
        // reads its own output.
        let named: Vec<(&str, &std::path::Path)> = inputs
            .iter()
            .filter_map(|i| match i {
                ScanInput::Path(p) if p != "-" => Some(("input", std::path::Path::new(p.as_str()))),
                ScanInput::Named(f) => Some(("input", f.path.as_path())),
                ScanInput::Path(_) => None,
            })
            .collect();
        let outs: Vec<(&str, &std::path::Path)> = outputs.iter().map(|p| ("output", *p)).collect();
        check_outputs(&outs, &named).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let options = DiscoverOptions {
            globs: globs.unwrap_or_default(),
            only_kind: dolma.then_some(InputKind::Jsonl),
            shard: None,
            exclude: outputs.iter().filter_map(|p| FileId::of_path(p)).collect(),
        };
        discover(&[], None, &options).map_err(|e| PyValueError::new_err(chain(&e)))?;
        if dolma {
            for input in &inputs {
                let name = match input {
                    ScanInput::Named(f) => f.name.to_string(),
                    ScanInput::Path(p) if p != "-" && !std::path::Path::new(p).is_dir() => {
                        p.clone()
                    }
                    ScanInput::Path(_) => continue,
                };
                if InputKind::from_name(&name) != InputKind::Jsonl {
                    return Err(PyValueError::new_err(format!(
                        "--format dolma reads JSONL documents only (attribute files line up with them), not {name}"
                    )));
                }
            }
        }
        let settings = ScanSettings {
            threads: check_threads(threads)?,
            max_doc_bytes: max_doc_bytes
                .or(self.settings.max_doc_bytes)
                .unwrap_or(DEFAULT_SCAN_MAX_DOC_BYTES),
            text_field: text_field.to_string(),
            id_field: id_field.to_string(),
            forced_encoding: self.settings.encoding,
        };
        Ok(ScanJob {
            model: self.model.clone(),
            detector: self.settings.detector.clone(),
            settings,
            options,
            inputs,
            format,
        })
    }
}

/// The native module; `spamscan/__init__.py` re-exports it.
#[pymodule]
fn _spamscan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Detector>()?;
    m.add_class::<ScanLines>()?;
    m.add("SpamscanError", py.get_type::<SpamscanError>())?;
    m.add("ModelError", py.get_type::<ModelError>())?;
    m.add("DocumentError", py.get_type::<DocumentError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
