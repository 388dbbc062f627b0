//! Training: labeled CSV rows -> feature counts -> linfa-bayes -> a model file.
//!
//! Multinomial naive Bayes depends on the training rows only through two
//! sufficient statistics: per-class feature count sums and per-class row
//! counts. The [`CountAccumulator`] streams rows into sparse sums, so memory
//! grows with the vocabulary, never with the number of rows; linfa-bayes then
//! fits the two summed rows once (one dense row per class), which yields
//! exactly the feature log-probabilities it would compute from every row.
//! Class priors come from the row counts, as linfa-bayes would compute them.
//! A test checks the result against linfa-bayes trained row by row.
//!
//! [`TrainParams`] are checked once ([`TrainParams::check`]) and then trusted,
//! in the manner of linfa's `ParamGuard`.

use super::features::{bigram_key, Feature, PipelineSettings, TextPipeline, PAIR_MARK};
use super::format::{
    ClassLabels, ModelData, ModelError, SourceDigest, TrainingMetadata, ValidationMetrics,
};
use super::quiet::without_stderr;
use linfa::prelude::*;
use linfa_bayes::MultinomialNb;
use ndarray::{Array1, Array2};
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The two classes the model separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// Genuine page text.
    Genuine = 0,
    /// Gambling spam or injected text.
    Spam = 1,
}

/// Why training stopped.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// The options are inconsistent; nothing was read.
    #[error("invalid option: {0}")]
    Params(String),
    /// A file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The CSV could not be parsed at some point.
    #[error("{path}:{line}: CSV error: {message}")]
    Csv {
        /// The file.
        path: String,
        /// 1-based line where parsing failed.
        line: u64,
        /// What the CSV parser said.
        message: String,
    },
    /// The header lacks a required column.
    #[error("{path}: no column named {column:?} in the header (columns: {found}); choose one with --{flag}")]
    MissingColumn {
        /// The file.
        path: String,
        /// The column asked for.
        column: String,
        /// The header's columns.
        found: String,
        /// The command-line flag that selects it.
        flag: &'static str,
    },
    /// A row is unusable and `--skip-bad-rows` is off.
    #[error("{0}\n  (use --skip-bad-rows to skip such rows with a warning)")]
    BadRow(BadRow),
    /// A class has no training rows at all.
    #[error("no training rows labeled {0:?}: both classes are needed")]
    EmptyClass(String),
    /// linfa-bayes failed, or its output had an unexpected shape.
    #[error("fitting failed: {0}")]
    Fit(String),
    /// The model could not be written.
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// One unusable CSV row, located precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    /// The file.
    pub path: String,
    /// 1-based line where the record starts.
    pub line: u64,
    /// 1-based record number (header excluded).
    pub record: u64,
    /// What is wrong with it.
    pub problem: String,
}

impl std::fmt::Display for BadRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: record {}: {}",
            self.path, self.line, self.record, self.problem
        )
    }
}

/// Training options as given; call [`TrainParams::check`] before use.
#[derive(Debug, Clone)]
pub struct TrainParams {
    /// CSV files with a header row.
    pub inputs: Vec<PathBuf>,
    /// Column holding the sentence.
    pub text_column: String,
    /// Column holding the label.
    pub label_column: String,
    /// Label spellings meaning genuine (first is canonical), compared case-insensitively.
    pub genuine_labels: Vec<String>,
    /// Label spellings meaning spam (first is canonical).
    pub spam_labels: Vec<String>,
    /// Skip unusable rows with a warning instead of stopping.
    pub skip_bad_rows: bool,
    /// Share of rows per class held out for validation.
    pub validate: Option<f64>,
    /// Seed for the held-out selection.
    pub seed: u64,
    /// Additive smoothing.
    pub alpha: f64,
    /// Drop features seen fewer times than this in all training rows.
    pub min_count: u32,
    /// Text pipeline settings (normalizer, segmenter with user words, features).
    pub pipeline: PipelineSettings,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            inputs: Vec::new(),
            text_column: "text".into(),
            label_column: "label".into(),
            genuine_labels: vec!["genuine".into()],
            spam_labels: vec!["spam".into()],
            skip_bad_rows: false,
            validate: None,
            seed: 0,
            alpha: 1.0,
            min_count: 2,
            pipeline: PipelineSettings::default(),
        }
    }
}

/// Checked training options: the trainer trusts these.
#[derive(Debug, Clone)]
pub struct ValidTrainParams(TrainParams);

impl TrainParams {
    /// Validates every option once, with one clear message for the first problem.
    pub fn check(self) -> Result<ValidTrainParams, TrainError> {
        let p = &self;
        if p.inputs.is_empty() {
            return Err(TrainError::Params("no input CSV given".into()));
        }
        if p.text_column.is_empty() || p.label_column.is_empty() {
            return Err(TrainError::Params("column names must not be empty".into()));
        }
        if p.text_column == p.label_column {
            return Err(TrainError::Params(format!(
                "text and label column are both {:?}",
                p.text_column
            )));
        }
        if p.genuine_labels.is_empty() || p.spam_labels.is_empty() {
            return Err(TrainError::Params(
                "each class needs at least one label name".into(),
            ));
        }
        for g in &p.genuine_labels {
            if p.spam_labels
                .iter()
                .any(|s| s.trim().eq_ignore_ascii_case(g.trim()))
            {
                return Err(TrainError::Params(format!(
                    "label {g:?} is given for both genuine and spam"
                )));
            }
        }
        if let Some(v) = p.validate {
            if !(v > 0.0 && v <= 0.5) {
                return Err(TrainError::Params(format!(
                    "--validate takes a share in (0, 0.5], got {v}"
                )));
            }
        }
        if !(p.alpha.is_finite() && p.alpha > 0.0) {
            return Err(TrainError::Params(format!(
                "--alpha must be a positive number, got {}",
                p.alpha
            )));
        }
        if p.min_count == 0 {
            return Err(TrainError::Params("--min-count must be at least 1".into()));
        }
        if !p.pipeline.features.words && !p.pipeline.features.cjk_bigrams {
            return Err(TrainError::Params(
                "at least one feature family is needed".into(),
            ));
        }
        Ok(ValidTrainParams(self))
    }
}

/// Streams rows into per-class sparse feature counts.
#[derive(Debug)]
pub struct CountAccumulator<'p> {
    pipeline: &'p TextPipeline,
    words: FxHashMap<Box<str>, u32>,
    bigrams: FxHashMap<u64, u32>,
    counts: Vec<[f64; 2]>,
    rows: [u64; 2],
}

/// The fitted model's weights, before provenance is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct FittedWeights {
    /// Word features, sorted.
    pub words: Vec<String>,
    /// Bigram keys, sorted.
    pub bigrams: Vec<u64>,
    /// log P(f | genuine) for words then bigrams.
    pub log_prob_genuine: Vec<f64>,
    /// log P(f | spam), same layout.
    pub log_prob_spam: Vec<f64>,
    /// `[log P(genuine), log P(spam)]` from row counts.
    pub log_prior: [f64; 2],
    /// Rows per class.
    pub rows: [u64; 2],
}

impl<'p> CountAccumulator<'p> {
    /// An empty accumulator over the given pipeline.
    pub fn new(pipeline: &'p TextPipeline) -> CountAccumulator<'p> {
        CountAccumulator {
            pipeline,
            words: FxHashMap::default(),
            bigrams: FxHashMap::default(),
            counts: Vec::new(),
            rows: [0, 0],
        }
    }

    /// Counts one labeled row.
    pub fn add(&mut self, text: &str, class: Class) {
        let c = class as usize;
        self.rows[c] += 1;
        let norm = self.pipeline.normalize(text);
        let CountAccumulator {
            words,
            bigrams,
            counts,
            ..
        } = self;
        self.pipeline.for_each_feature(&norm, |f, _, _| {
            let next = counts.len() as u32;
            let id = match f {
                Feature::Word(w) => match words.get(w) {
                    Some(&id) => id,
                    None => {
                        words.insert(w.into(), next);
                        next
                    }
                },
                Feature::Bigram(a, b) => *bigrams.entry(bigram_key(a, b)).or_insert(next),
                Feature::Pair(t) => {
                    let key = format!("{PAIR_MARK}{t}");
                    *words.entry(key.into()).or_insert(next)
                }
            };
            if id == next {
                counts.push([0.0, 0.0]);
            }
            counts[id as usize][c] += 1.0;
        });
    }

    /// Rows counted so far per class.
    pub fn rows(&self) -> [u64; 2] {
        self.rows
    }

    /// Distinct features seen so far.
    pub fn features_seen(&self) -> usize {
        self.counts.len()
    }

    /// Prunes rare features and fits linfa-bayes `MultinomialNb` on the
    /// per-class sums.
    pub fn fit(self, alpha: f64, min_count: u32) -> Result<FittedWeights, TrainError> {
        let keep = |id: u32| {
            let [g, s] = self.counts[id as usize];
            g + s >= min_count as f64
        };
        let mut words: Vec<(Box<str>, u32)> =
            self.words.into_iter().filter(|&(_, id)| keep(id)).collect();
        words.sort_unstable();
        let mut bigrams: Vec<(u64, u32)> = self
            .bigrams
            .into_iter()
            .filter(|&(_, id)| keep(id))
            .collect();
        bigrams.sort_unstable();
        let order: Vec<u32> = words
            .iter()
            .map(|w| w.1)
            .chain(bigrams.iter().map(|b| b.1))
            .collect();
        let n = order.len();
        if n == 0 {
            return Err(TrainError::Fit(
                "no feature occurs often enough: lower --min-count or add data".into(),
            ));
        }
        // One row per class holding that class's summed counts: the sufficient
        // statistic of multinomial naive Bayes.
        let mut x = Array2::<f64>::zeros((2, n));
        for (col, &id) in order.iter().enumerate() {
            let [g, s] = self.counts[id as usize];
            x[[0, col]] = g;
            x[[1, col]] = s;
        }
        let y = Array1::from(vec![Class::Genuine as usize, Class::Spam as usize]);
        let dataset = Dataset::new(x, y);
        let fitted = without_stderr(|| MultinomialNb::params().alpha(alpha).fit(&dataset))
            .map_err(|e| TrainError::Fit(e.to_string()))?;
        let (log_prob_genuine, log_prob_spam) = extract_log_probs(&fitted, n)?;
        let total = (self.rows[0] + self.rows[1]) as f64;
        let log_prior = [
            (self.rows[0] as f64 / total).ln(),
            (self.rows[1] as f64 / total).ln(),
        ];
        Ok(FittedWeights {
            words: words.into_iter().map(|w| w.0.into_string()).collect(),
            bigrams: bigrams.into_iter().map(|b| b.0).collect(),
            log_prob_genuine,
            log_prob_spam,
            log_prior,
            rows: self.rows,
        })
    }
}

/// Reads the per-class feature log-probabilities out of a fitted model.
///
/// linfa-bayes exposes no getters; its serde form is the documented way out.
/// serde_json is built with `float_roundtrip`, so the values are exact.
pub(crate) fn extract_log_probs(
    model: &MultinomialNb<f64, usize>,
    n: usize,
) -> Result<(Vec<f64>, Vec<f64>), TrainError> {
    let value = serde_json::to_value(model).map_err(|e| TrainError::Fit(e.to_string()))?;
    let class = |c: Class| -> Result<Vec<f64>, TrainError> {
        let key = (c as usize).to_string();
        let arr = value
            .get("class_info")
            .and_then(|ci| ci.get(&key))
            .and_then(|info| info.get("feature_log_prob"))
            .and_then(|flp| flp.get("data"))
            .and_then(|d| d.as_array())
            .ok_or_else(|| {
                TrainError::Fit(format!(
                    "linfa-bayes model has no feature_log_prob for class {key}: its serialized layout changed"
                ))
            })?;
        let v: Option<Vec<f64>> = arr.iter().map(|x| x.as_f64()).collect();
        match v {
            Some(v) if v.len() == n => Ok(v),
            _ => Err(TrainError::Fit(format!(
                "linfa-bayes returned {} log-probabilities for class {key}, expected {n}",
                arr.len()
            ))),
        }
    };
    Ok((class(Class::Genuine)?, class(Class::Spam)?))
}

/// What a training run did, for the trainer to print.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    /// Per input: name, rows read, rows kept per class, rows skipped.
    pub files: Vec<FileReport>,
    /// Bad rows that were skipped (the first 20), with `bad_rows_total` the count.
    pub bad_rows: Vec<BadRow>,
    /// Every skipped row.
    pub bad_rows_total: u64,
    /// Rows held out per class.
    pub held_out: [u64; 2],
    /// Distinct features before pruning.
    pub features_seen: usize,
    /// Features kept in the model.
    pub features_kept: usize,
    /// Held-out metrics, when asked for.
    pub validation: Option<ValidationMetrics>,
}

/// Counts for one input file.
#[derive(Debug, Clone, Default)]
pub struct FileReport {
    /// File name as given.
    pub path: String,
    /// Data rows read (header excluded).
    pub rows_read: u64,
    /// Usable rows per class.
    pub rows_per_class: [u64; 2],
    /// Rows skipped as bad.
    pub skipped: u64,
}

/// A reader that hashes every byte it passes on.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// A usable row's position and class.
enum RowOutcome<'r> {
    Good(&'r str, Class),
    Bad(String),
}

/// Reads one CSV file, calling `row` for each record in order.
fn for_each_row(
    params: &TrainParams,
    path: &Path,
    mut row: impl FnMut(u64, u64, RowOutcome<'_>) -> Result<(), TrainError>,
) -> Result<String, TrainError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| TrainError::Io {
        path: name.clone(),
        source,
    })?;
    let mut hashing = HashingReader {
        inner: std::io::BufReader::new(file),
        hasher: Sha256::new(),
    };
    {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(&mut hashing);
        let csv_err = |e: csv::Error| {
            let line = e.position().map_or(0, |p| p.line());
            match e.into_kind() {
                csv::ErrorKind::Io(source) => TrainError::Io {
                    path: name.clone(),
                    source,
                },
                kind => TrainError::Csv {
                    path: name.clone(),
                    line,
                    message: format!("{kind:?}"),
                },
            }
        };
        let headers = rdr.byte_headers().map_err(csv_err)?.clone();
        let column = |wanted: &str, flag: &'static str| {
            headers
                .iter()
                .position(|h| {
                    let h = String::from_utf8_lossy(h);
                    h.trim_start_matches('\u{feff}').trim() == wanted
                })
                .ok_or_else(|| TrainError::MissingColumn {
                    path: name.clone(),
                    column: wanted.to_string(),
                    found: headers
                        .iter()
                        .map(|h| format!("{:?}", String::from_utf8_lossy(h)))
                        .collect::<Vec<_>>()
                        .join(", "),
                    flag,
                })
        };
        let text_idx = column(&params.text_column, "text-col")?;
        let label_idx = column(&params.label_column, "label-col")?;
        let mut record = csv::ByteRecord::new();
        let mut number = 0u64;
        while rdr.read_byte_record(&mut record).map_err(csv_err)? {
            number += 1;
            let line = record.position().map_or(0, |p| p.line());
            let outcome = classify_row(params, &record, text_idx, label_idx);
            row(line, number, outcome)?;
        }
    }
    Ok(hex(&hashing.hasher.finalize()))
}

fn classify_row<'r>(
    params: &TrainParams,
    record: &'r csv::ByteRecord,
    text_idx: usize,
    label_idx: usize,
) -> RowOutcome<'r> {
    let field = |idx: usize, column: &str| -> Result<&'r str, String> {
        let raw = record.get(idx).ok_or_else(|| {
            format!(
                "missing column {column:?} (row has {} fields)",
                record.len()
            )
        })?;
        std::str::from_utf8(raw).map_err(|e| {
            format!(
                "column {column:?} is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            )
        })
    };
    let text = match field(text_idx, &params.text_column) {
        Ok(t) => t,
        Err(e) => return RowOutcome::Bad(e),
    };
    let label = match field(label_idx, &params.label_column) {
        Ok(l) => l.trim(),
        Err(e) => return RowOutcome::Bad(e),
    };
    if text.trim().is_empty() {
        return RowOutcome::Bad(format!("empty {:?}", params.text_column));
    }
    let is = |names: &[String]| names.iter().any(|n| n.trim().eq_ignore_ascii_case(label));
    if is(&params.genuine_labels) {
        RowOutcome::Good(text, Class::Genuine)
    } else if is(&params.spam_labels) {
        RowOutcome::Good(text, Class::Spam)
    } else {
        RowOutcome::Bad(format!(
            "unknown label {label:?} (genuine: {}; spam: {}; map others with --genuine-label/--spam-label)",
            params.genuine_labels.join(", "),
            params.spam_labels.join(", ")
        ))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SplitMix64: a tiny, well-known generator; enough for a seeded hold-out.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Trains a model from CSV files. Three streaming passes: validate and count
/// rows per class, accumulate features of the training rows, then score the
/// held-out rows. Memory is bounded by the vocabulary.
pub fn train(params: &ValidTrainParams) -> Result<(ModelData, TrainReport), TrainError> {
    let p = &params.0;
    let mut report = TrainReport::default();

    // Pass 1: find bad rows early and count usable rows per class.
    let mut class_rows = [0u64; 2];
    let mut digests = Vec::new();
    for path in &p.inputs {
        let mut file = FileReport {
            path: path.display().to_string(),
            ..FileReport::default()
        };
        let sha = for_each_row(p, path, |line, record, outcome| {
            file.rows_read += 1;
            match outcome {
                RowOutcome::Good(_, c) => {
                    file.rows_per_class[c as usize] += 1;
                    class_rows[c as usize] += 1;
                    Ok(())
                }
                RowOutcome::Bad(problem) => {
                    let bad = BadRow {
                        path: file.path.clone(),
                        line,
                        record,
                        problem,
                    };
                    if !p.skip_bad_rows {
                        return Err(TrainError::BadRow(bad));
                    }
                    file.skipped += 1;
                    report.bad_rows_total += 1;
                    if report.bad_rows.len() < 20 {
                        report.bad_rows.push(bad);
                    }
                    Ok(())
                }
            }
        })?;
        let name = path
            .file_name()
            .map_or_else(|| file.path.clone(), |n| n.to_string_lossy().into_owned());
        digests.push((name, sha));
        report.files.push(file);
    }
    if class_rows[0] == 0 {
        return Err(TrainError::EmptyClass(p.genuine_labels[0].clone()));
    }
    if class_rows[1] == 0 {
        return Err(TrainError::EmptyClass(p.spam_labels[0].clone()));
    }

    // Pass 2: exact stratified hold-out by selection sampling (Knuth's
    // algorithm S per class), then count features of the training rows.
    let share = p.validate.unwrap_or(0.0);
    let want = class_rows.map(|n| (n as f64 * share).round() as u64);
    let mut seen = [0u64; 2];
    let mut chosen = [0u64; 2];
    let mut rng = SplitMix64(p.seed);
    let mut held_out: Vec<u64> = Vec::new();
    let mut row_index = 0u64;
    let pipeline = TextPipeline::new(p.pipeline.clone());
    let mut acc = CountAccumulator::new(&pipeline);
    let mut per_file_rows = Vec::new();
    for path in &p.inputs {
        let mut used = 0u64;
        for_each_row(p, path, |_, _, outcome| {
            let i = row_index;
            row_index += 1;
            if let RowOutcome::Good(text, class) = outcome {
                let c = class as usize;
                let remaining = class_rows[c] - seen[c];
                seen[c] += 1;
                let hold = chosen[c] < want[c]
                    && rng.next_f64() * (remaining as f64) < (want[c] - chosen[c]) as f64;
                if hold {
                    chosen[c] += 1;
                    let word = (i / 64) as usize;
                    if held_out.len() <= word {
                        held_out.resize(word + 1, 0);
                    }
                    held_out[word] |= 1 << (i % 64);
                } else {
                    used += 1;
                    acc.add(text, class);
                }
            }
            Ok(())
        })?;
        per_file_rows.push(used);
    }
    report.held_out = chosen;
    report.features_seen = acc.features_seen();
    let weights = acc.fit(p.alpha, p.min_count)?;
    report.features_kept = weights.words.len() + weights.bigrams.len();

    let mut data = ModelData {
        pipeline: p.pipeline.clone(),
        labels: ClassLabels {
            genuine: p.genuine_labels[0].clone(),
            spam: p.spam_labels[0].clone(),
        },
        words: weights.words,
        bigrams: weights.bigrams,
        log_prob_genuine: weights.log_prob_genuine,
        log_prob_spam: weights.log_prob_spam,
        log_prior: weights.log_prior,
        metadata: TrainingMetadata {
            rows_per_label: weights.rows,
            sources: digests
                .into_iter()
                .zip(per_file_rows)
                .map(|((name, sha256), rows)| SourceDigest { name, sha256, rows })
                .collect(),
            alpha: p.alpha,
            min_count: p.min_count,
            trainer_version: env!("CARGO_PKG_VERSION").to_string(),
            validation: None,
        },
    };
    data.validate()?;

    // Pass 3: sentence-level naive Bayes decisions on the held-out rows.
    if p.validate.is_some() {
        let table = super::ScoringTable::from_model(&data);
        let mut m = ValidationMetrics {
            share,
            true_positive: 0,
            false_positive: 0,
            false_negative: 0,
            true_negative: 0,
        };
        let mut row_index = 0u64;
        for path in &p.inputs {
            for_each_row(p, path, |_, _, outcome| {
                let i = row_index;
                row_index += 1;
                let held = held_out
                    .get((i / 64) as usize)
                    .is_some_and(|w| w & (1 << (i % 64)) != 0);
                if let (true, RowOutcome::Good(text, class)) = (held, outcome) {
                    let norm = pipeline.normalize(text);
                    let mut odds = table.prior_log_odds();
                    pipeline.for_each_feature(&norm, |f, _, _| {
                        odds += table.llr(f).unwrap_or(0.0);
                    });
                    match (class, odds > 0.0) {
                        (Class::Spam, true) => m.true_positive += 1,
                        (Class::Spam, false) => m.false_negative += 1,
                        (Class::Genuine, true) => m.false_positive += 1,
                        (Class::Genuine, false) => m.true_negative += 1,
                    }
                }
                Ok(())
            })?;
        }
        report.validation = Some(m.clone());
        data.metadata.validation = Some(m);
    }
    Ok((data, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ScoringTable;

    const GENUINE: &[&str] = &[
        "国务院召开常务会议研究部署经济工作",
        "记者从市教育局获悉新学期开学准备就绪",
        "春节期间全市交通运输总体平稳有序",
        "农民专业合作社带动村民增收致富",
        "博物馆推出新春文化展览吸引市民参观",
        "气象台发布寒潮预警提醒市民注意保暖",
        "医院开展义诊活动为老人免费检查身体",
        "科研团队在新材料领域取得重要进展",
    ];
    const SPAM: &[&str] = &[
        "新澳门六开彩开奖结果查询",
        "香港马会资料大全免费公开",
        "管家婆一码一肖今晚必中",
        "正版资料免费公开大全",
        "澳门六合彩特码精准推荐",
        "注册送彩金官方网站登录入口",
    ];

    /// Deterministic rows mixing a few sentences, for the agreement tests.
    fn rows(n: usize, seed: u64) -> Vec<(String, Class)> {
        let mut rng = SplitMix64(seed);
        (0..n)
            .map(|_| {
                let spam = rng.next_f64() < 0.35;
                let pool = if spam { SPAM } else { GENUINE };
                let a = pool[(rng.next_f64() * pool.len() as f64) as usize];
                let b = GENUINE[(rng.next_f64() * GENUINE.len() as f64) as usize];
                let text = if spam && rng.next_f64() < 0.15 {
                    format!("{b}{a}")
                } else {
                    a.to_string()
                };
                (text, if spam { Class::Spam } else { Class::Genuine })
            })
            .collect()
    }

    fn data_from(w: FittedWeights) -> ModelData {
        ModelData {
            pipeline: PipelineSettings::default(),
            labels: ClassLabels {
                genuine: "genuine".into(),
                spam: "spam".into(),
            },
            words: w.words,
            bigrams: w.bigrams,
            log_prob_genuine: w.log_prob_genuine,
            log_prob_spam: w.log_prob_spam,
            log_prior: w.log_prior,
            metadata: TrainingMetadata {
                rows_per_label: w.rows,
                sources: vec![],
                alpha: 1.0,
                min_count: 1,
                trainer_version: "test".into(),
                validation: None,
            },
        }
    }

    /// The scoring table built from summed counts must agree with linfa-bayes
    /// fitted row by row on dense rows and asked to `predict` held-out rows.
    #[test]
    fn table_agrees_with_linfa_predict_on_held_out_rows() {
        let pipeline = TextPipeline::new(PipelineSettings::default());
        let train_rows = rows(300, 7);
        let test_rows = rows(120, 99);

        let mut acc = CountAccumulator::new(&pipeline);
        for (t, c) in &train_rows {
            acc.add(t, *c);
        }
        let weights = acc.fit(1.0, 1).unwrap();
        let data = data_from(weights.clone());
        let table = ScoringTable::from_model(&data);

        // Dense rows over the same vocabulary, fitted the ordinary way.
        let index: FxHashMap<String, usize> = weights
            .words
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, w)| (format!("w:{w}"), i))
            .chain(
                weights
                    .bigrams
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| (format!("b:{k}"), weights.words.len() + i)),
            )
            .collect();
        let n = index.len();
        let dense = |rows: &[(String, Class)]| {
            let mut x = Array2::<f64>::zeros((rows.len(), n));
            for (r, (t, _)) in rows.iter().enumerate() {
                let norm = pipeline.normalize(t);
                pipeline.for_each_feature(&norm, |f, _, _| {
                    let key = match f {
                        Feature::Word(w) => format!("w:{w}"),
                        Feature::Pair(t) => format!("w:{PAIR_MARK}{t}"),
                        Feature::Bigram(a, b) => format!("b:{}", bigram_key(a, b)),
                    };
                    if let Some(&col) = index.get(&key) {
                        x[[r, col]] += 1.0;
                    }
                });
            }
            x
        };
        let y = Array1::from(train_rows.iter().map(|r| r.1 as usize).collect::<Vec<_>>());
        let linfa_model = MultinomialNb::params()
            .alpha(1.0)
            .fit(&Dataset::new(dense(&train_rows), y))
            .unwrap();
        // Same feature log-probabilities, to float precision.
        let (g, s) = extract_log_probs(&linfa_model, n).unwrap();
        for i in 0..n {
            assert!((g[i] - data.log_prob_genuine[i]).abs() < 1e-9);
            assert!((s[i] - data.log_prob_spam[i]).abs() < 1e-9);
        }
        let predicted = linfa_model.predict(&dense(&test_rows));
        let mut spam_seen = 0;
        for ((text, _), linfa_label) in test_rows.iter().zip(predicted.iter()) {
            let norm = pipeline.normalize(text);
            let mut odds = table.prior_log_odds();
            pipeline.for_each_feature(&norm, |f, _, _| odds += table.llr(f).unwrap_or(0.0));
            let ours = if odds > 0.0 { 1 } else { 0 };
            assert_eq!(ours, *linfa_label, "disagreement on {text}");
            spam_seen += ours;
        }
        assert!(spam_seen > 10, "test rows must exercise both classes");
    }

    #[test]
    fn unknown_features_carry_no_evidence() {
        let pipeline = TextPipeline::new(PipelineSettings::default());
        let mut acc = CountAccumulator::new(&pipeline);
        for (t, c) in rows(100, 3) {
            acc.add(&t, c);
        }
        let table = ScoringTable::from_model(&data_from(acc.fit(1.0, 1).unwrap()));
        assert_eq!(table.llr(Feature::Word("量子计算机")), None);
        assert!(table.llr(Feature::Word("六合彩")).unwrap() > 0.0);
    }

    #[test]
    fn params_are_checked_once() {
        let base = TrainParams {
            inputs: vec!["x.csv".into()],
            ..TrainParams::default()
        };
        assert!(base.clone().check().is_ok());
        let bad = [
            TrainParams {
                validate: Some(0.9),
                ..base.clone()
            },
            TrainParams {
                alpha: 0.0,
                ..base.clone()
            },
            TrainParams {
                min_count: 0,
                ..base.clone()
            },
            TrainParams {
                spam_labels: vec!["GENUINE".into()],
                ..base.clone()
            },
            TrainParams {
                inputs: vec![],
                ..base.clone()
            },
        ];
        for p in bad {
            assert!(matches!(p.check(), Err(TrainError::Params(_))));
        }
    }

    fn write(dir: &Path, name: &str, body: &[u8]) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    #[test]
    fn csv_end_to_end_with_bom_quotes_and_validation() {
        let dir = tempfile::tempdir().unwrap();
        let mut body = String::from("\u{feff}label,text\n");
        for (i, (t, c)) in rows(200, 11).into_iter().enumerate() {
            let label = if c == Class::Spam { "SPAM" } else { "ham" };
            // Quoted fields with commas and newlines.
            if i % 7 == 0 {
                body.push_str(&format!("{label},\"{t},\n续\"\n"));
            } else {
                body.push_str(&format!("{label},{t}\n"));
            }
        }
        let path = write(dir.path(), "rows.csv", body.as_bytes());
        let params = TrainParams {
            inputs: vec![path],
            genuine_labels: vec!["ham".into()],
            validate: Some(0.2),
            seed: 5,
            min_count: 1,
            ..TrainParams::default()
        }
        .check()
        .unwrap();
        let (data, report) = train(&params).unwrap();
        let (again, _) = train(&params).unwrap();
        assert_eq!(
            data.to_bytes().unwrap(),
            again.to_bytes().unwrap(),
            "deterministic"
        );
        assert_eq!(report.files[0].rows_read, 200);
        let v = report.validation.unwrap();
        assert_eq!(
            v.true_positive + v.false_positive + v.false_negative + v.true_negative,
            40
        );
        assert_eq!(report.held_out[0] + report.held_out[1], 40);
        assert_eq!(data.metadata.rows_per_label.iter().sum::<u64>(), 160);
        assert!(v.f1() > 0.8, "{v:?}");
        assert_eq!(data.metadata.sources[0].name, "rows.csv");
        assert_eq!(data.metadata.sources[0].sha256.len(), 64);
    }

    #[test]
    fn bad_rows_are_located_or_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let mut body = b"text,label\n\xe6\x96\xb0\xe9\x97\xbb,genuine\n".to_vec();
        body.extend_from_slice("六合彩,spam\n,genuine\n只有一列\n新闻,maybe\n".as_bytes());
        body.extend_from_slice(b"\xff\xfe,spam\n");
        let path = write(dir.path(), "bad.csv", &body);
        let strict = TrainParams {
            inputs: vec![path.clone()],
            min_count: 1,
            ..TrainParams::default()
        };
        let err = train(&strict.clone().check().unwrap()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.csv:4: record 3: empty \"text\""), "{msg}");

        let lenient = TrainParams {
            skip_bad_rows: true,
            ..strict
        };
        let (_, report) = train(&lenient.check().unwrap()).unwrap();
        assert_eq!(report.bad_rows_total, 4);
        let problems: Vec<String> = report.bad_rows.iter().map(|b| b.to_string()).collect();
        assert!(
            problems[1].contains(":5: record 4: missing column \"label\""),
            "{problems:?}"
        );
        assert!(
            problems[2].contains("unknown label \"maybe\""),
            "{problems:?}"
        );
        assert!(problems[3].contains("not valid UTF-8"), "{problems:?}");
    }

    #[test]
    fn missing_column_and_empty_class_are_clear() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "h.csv",
            "sentence,label\n新闻,genuine\n".as_bytes(),
        );
        let p = TrainParams {
            inputs: vec![path],
            ..TrainParams::default()
        };
        let msg = train(&p.check().unwrap()).unwrap_err().to_string();
        assert!(msg.contains("no column named \"text\""), "{msg}");
        assert!(msg.contains("--text-col"), "{msg}");

        let path = write(dir.path(), "g.csv", "text,label\n新闻,genuine\n".as_bytes());
        let p = TrainParams {
            inputs: vec![path],
            ..TrainParams::default()
        };
        let msg = train(&p.check().unwrap()).unwrap_err().to_string();
        assert!(msg.contains("no training rows labeled \"spam\""), "{msg}");
    }
}
