//! Scan: batch scanning of many documents on every core, in bounded memory,
//! losing nothing.
//!
//! A scan is a pipeline of three stages joined by bounded channels:
//!
//! ```text
//! reader (1 thread)          workers (N threads)            writer (caller's thread)
//! files -> RecordSource  --> decode, detect, format  -->  reorder by sequence,
//!  -> batches, numbered      (one batch at a time)        write to the Destination
//! ```
//!
//! The reader opens the inputs in order and cuts their records into batches
//! (about [`BATCH_BYTES`] each), numbered in reading order; a batch never
//! spans two files. Workers format their batch's output lines into a buffer.
//! The writer puts finished batches back in order, so the output is the same
//! for any number of threads, and hands them to the destination. An
//! in-flight byte budget (`window`) bounds everything between reader and
//! writer, so peak memory depends on the thread count and the document cap,
//! not on the input size. The scan is a pure function of its inputs and
//! settings: no global state.

mod window;
mod worker;

use crate::detect::Detector;
use crate::input::{open_source, InputFile, RawRecord, RecordError, RecordSource};
use crate::output::destination::Destination;
use crate::output::progress::ScanProgress;
use crate::output::record::RecordFormat;
use crate::output::summary::ScanSummary;
use crossbeam_channel::{bounded, Receiver, Sender};
use std::collections::BTreeMap;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use window::{Closed, Window};

/// Target size of a batch: large enough to amortise channel hand-offs,
/// small enough to balance the load across workers.
pub const BATCH_BYTES: u64 = 256 * 1024;
/// Most records in a batch (many tiny documents).
pub const BATCH_RECORDS: usize = 256;
/// In-flight budget per worker thread (see the module doc).
pub const IN_FLIGHT_BYTES_PER_THREAD: u64 = 4 * 1024 * 1024;
/// Bookkeeping cost charged per record on top of its bytes, so that batches
/// of tiny or failed records are bounded too.
const RECORD_OVERHEAD: u64 = 512;
/// How often the progress callback is called at most.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// How many input files a scan will read and their total size (when every
/// one has a known size), counted beforehand for the progress bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InputTotals {
    /// Input files.
    pub files: u64,
    /// Their total size in bytes, if known for all.
    pub bytes: Option<u64>,
}

impl InputTotals {
    /// Counts the files of a discovery (which is then spent).
    pub fn count(inputs: impl Iterator<Item = Result<InputFile, RecordError>>) -> InputTotals {
        let mut totals = InputTotals {
            files: 0,
            bytes: Some(0),
        };
        for entry in inputs {
            totals.files += 1;
            let size = entry.ok().and_then(|f| f.size);
            totals.bytes = totals.bytes.zip(size).map(|(a, b)| a + b);
        }
        totals
    }
}

/// Settings of a scan, checked by the caller.
#[derive(Debug, Clone)]
pub struct ScanSettings {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Per-document cap in bytes.
    pub max_doc_bytes: u64,
    /// JSONL field holding the text.
    pub text_field: String,
    /// JSONL field holding the id.
    pub id_field: String,
    /// The user's `--encoding`, forced on every page.
    pub forced_encoding: Option<&'static encoding_rs::Encoding>,
}

impl Default for ScanSettings {
    fn default() -> Self {
        ScanSettings {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            max_doc_bytes: crate::input::DEFAULT_SCAN_MAX_DOC_BYTES,
            text_field: "text".into(),
            id_field: "id".into(),
            forced_encoding: None,
        }
    }
}

/// Why a scan stopped before the end. Input problems never stop a scan
/// (they become error lines); only the output can.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// Writing the output failed (disk full, closed pipe…).
    #[error("cannot write the output")]
    Output(#[from] io::Error),
}

/// Consecutive records of one input file (`None`: an input that could not
/// be listed); `first` and `last` mark the file's ends.
struct Part<T> {
    file: Option<Arc<InputFile>>,
    first: bool,
    last: bool,
    content: T,
}

/// Records in reading order, from one or more input files (many small page
/// files share a batch).
#[derive(Default)]
struct Batch {
    seq: u64,
    cost: u64,
    records: usize,
    parts: Vec<Part<Vec<Result<RawRecord, RecordError>>>>,
}

impl Batch {
    fn is_full(&self) -> bool {
        self.cost >= BATCH_BYTES || self.records >= BATCH_RECORDS
    }
}

/// A batch's output: the lines of each part, and the counts.
struct Formatted {
    seq: u64,
    cost: u64,
    parts: io::Result<Vec<Part<Vec<u8>>>>,
    stats: ScanSummary,
}

/// A batch scan over a detector and an output format.
pub struct Scan<'a> {
    detector: &'a Detector<'a>,
    format: &'a dyn RecordFormat,
    settings: ScanSettings,
}

impl<'a> Scan<'a> {
    /// A scan that scores with `detector` and writes `format`.
    pub fn new(
        detector: &'a Detector<'a>,
        format: &'a dyn RecordFormat,
        mut settings: ScanSettings,
    ) -> Scan<'a> {
        settings.threads = settings.threads.max(1);
        Scan {
            detector,
            format,
            settings,
        }
    }

    /// Scans `inputs` (from [`crate::input::discover()`]; failed entries become
    /// error lines) into `destination`, calling `progress` now and then, and
    /// returns the counts. Output is in input order, then record order.
    /// `totals`, when the caller counted the inputs beforehand, sizes the
    /// progress.
    pub fn run(
        &self,
        inputs: impl Iterator<Item = Result<InputFile, RecordError>> + Send,
        totals: Option<InputTotals>,
        mut destination: Box<dyn Destination + '_>,
        progress: &mut dyn FnMut(&ScanProgress),
    ) -> Result<ScanSummary, ScanError> {
        let started = Instant::now();
        let mut frame = Vec::new();
        self.format.write_header(&mut frame)?;
        destination.frame(&frame)?;
        let threads = self.settings.threads;
        let window = Window::new(IN_FLIGHT_BYTES_PER_THREAD * threads as u64);
        let bytes_read = Arc::new(AtomicU64::new(0));
        let files_done = AtomicU64::new(0);
        let (work_tx, work_rx) = bounded::<Batch>(threads * 2);
        let (done_tx, done_rx) = bounded::<Formatted>(threads * 2);
        let mut summary = std::thread::scope(|scope| {
            let (window, bytes_read, files_done) = (&window, &bytes_read, &files_done);
            scope.spawn(move || {
                self.read(inputs, &work_tx, window, bytes_read, files_done);
            });
            for _ in 0..threads {
                let (work_rx, done_tx) = (work_rx.clone(), done_tx.clone());
                scope.spawn(move || self.work(&work_rx, &done_tx));
            }
            drop((work_rx, done_tx));
            let snapshot = |documents| ScanProgress {
                files_done: files_done.load(Ordering::Relaxed),
                files_total: totals.map(|t| t.files),
                documents,
                bytes_read: bytes_read.load(Ordering::Relaxed),
                bytes_total: totals.and_then(|t| t.bytes),
            };
            let written = write_in_order(done_rx, window, destination.as_mut(), &mut |docs| {
                progress(&snapshot(docs))
            });
            // Whatever happened, let the reader stop waiting.
            window.close();
            written
        })?;
        summary.files = files_done.load(Ordering::Relaxed);
        summary.input_bytes = bytes_read.load(Ordering::Relaxed);
        summary.seconds = started.elapsed().as_secs_f64();
        summary.threads = threads;
        frame.clear();
        self.format.write_footer(&summary, &mut frame)?;
        destination.frame(&frame)?;
        destination.finish()?;
        Ok(summary)
    }

    /// The reader: records of every input, in order, cut into batches.
    fn read(
        &self,
        inputs: impl Iterator<Item = Result<InputFile, RecordError>>,
        work: &Sender<Batch>,
        window: &Window,
        bytes_read: &Arc<AtomicU64>,
        files_done: &AtomicU64,
    ) {
        let mut seq = 0u64;
        let mut send = |batch: &mut Batch| -> Result<(), Closed> {
            let mut full = std::mem::take(batch);
            window.acquire(full.cost)?;
            full.seq = seq;
            seq += 1;
            work.send(full).map_err(|_| Closed)
        };
        let mut batch = Batch::default();
        for entry in inputs {
            let (file, source): (_, Box<dyn RecordSource>) = match entry {
                Ok(file) => {
                    let source =
                        open_source(&file, self.settings.max_doc_bytes, bytes_read.clone());
                    (Some(Arc::new(file)), source)
                }
                Err(e) => (None, Box::new(std::iter::once(Err(e)))),
            };
            let mut part = Part {
                file: file.clone(),
                first: true,
                last: false,
                content: Vec::new(),
            };
            batch.cost += RECORD_OVERHEAD;
            for item in source {
                batch.cost += RECORD_OVERHEAD + item.as_ref().map_or(0, |r| r.content.len() as u64);
                batch.records += 1;
                part.content.push(item);
                if batch.is_full() {
                    let next = Part {
                        file: file.clone(),
                        first: false,
                        last: false,
                        content: Vec::new(),
                    };
                    batch.parts.push(std::mem::replace(&mut part, next));
                    if send(&mut batch).is_err() {
                        return;
                    }
                    batch.cost += RECORD_OVERHEAD;
                }
            }
            part.last = true;
            batch.parts.push(part);
            files_done.fetch_add(1, Ordering::Relaxed);
            if batch.is_full() && send(&mut batch).is_err() {
                return;
            }
        }
        if !batch.parts.is_empty() {
            // The writer stopping early is its own error; nothing to add.
            let _ = send(&mut batch);
        }
    }

    /// A worker: batches in, formatted batches out.
    fn work(&self, work: &Receiver<Batch>, done: &Sender<Formatted>) {
        let worker = worker::Worker {
            detector: self.detector,
            format: self.format,
            settings: &self.settings,
        };
        for batch in work {
            let (seq, cost) = (batch.seq, batch.cost);
            let mut stats = ScanSummary::default();
            // Records are already guarded one by one (see `worker`); this
            // catches a bug in formatting, so that a lost batch stops the
            // scan with an error instead of stalling the writer.
            let parts = catch_unwind(AssertUnwindSafe(|| {
                batch
                    .parts
                    .into_iter()
                    .map(|part| {
                        let mut out = Vec::with_capacity(part.content.len() * 512);
                        for item in part.content {
                            worker.scan(item, &mut out, &mut stats)?;
                        }
                        Ok(Part {
                            file: part.file,
                            first: part.first,
                            last: part.last,
                            content: out,
                        })
                    })
                    .collect()
            }))
            .unwrap_or_else(|_| Err(io::Error::other("internal error: a scan worker panicked")));
            let formatted = Formatted {
                seq,
                cost,
                parts,
                stats,
            };
            if done.send(formatted).is_err() {
                return;
            }
        }
    }
}

/// The writer: puts batches back in sequence and writes them (the caller
/// finishes the destination).
fn write_in_order(
    done: Receiver<Formatted>,
    window: &Window,
    destination: &mut (dyn Destination + '_),
    progress: &mut dyn FnMut(u64),
) -> Result<ScanSummary, ScanError> {
    let mut summary = ScanSummary::default();
    let mut pending: BTreeMap<u64, Formatted> = BTreeMap::new();
    let mut next = 0u64;
    let mut last_progress = Instant::now();
    for formatted in done {
        pending.insert(formatted.seq, formatted);
        while let Some(batch) = pending.remove(&next) {
            next += 1;
            for part in batch.parts? {
                match &part.file {
                    Some(file) => {
                        if part.first {
                            destination.begin_file(file)?;
                        }
                        destination.write(&part.content)?;
                        if part.last {
                            destination.end_file()?;
                        }
                    }
                    None => destination.orphan(&part.content)?,
                }
            }
            add(&mut summary, &batch.stats);
            window.release(batch.cost);
        }
        if last_progress.elapsed() >= PROGRESS_EVERY {
            last_progress = Instant::now();
            progress(summary.documents);
        }
    }
    progress(summary.documents);
    Ok(summary)
}

fn add(total: &mut ScanSummary, batch: &ScanSummary) {
    total.documents += batch.documents;
    total.clean += batch.clean;
    total.polluted += batch.polluted;
    total.errors += batch.errors;
    total.lines_out += batch.lines_out;
    total.dropped += batch.dropped;
    total.spans_removed += batch.spans_removed;
    total.chars_removed += batch.chars_removed;
    total.document_bytes += batch.document_bytes;
}
