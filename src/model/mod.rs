//! Model: the trained naive Bayes scoring table and the text pipeline it was
//! trained with, loaded from a model file.
//!
//! A [`Model`] is everything scoring needs: it rebuilds the exact normalizer,
//! segmenter and feature settings stored in the file, and turns linfa-bayes'
//! per-class log-probabilities into a [`ScoringTable`] of log-likelihood ratios.

pub mod bigrams;
pub mod features;
pub mod format;
mod quiet;
pub mod table;
pub mod train;

pub use bigrams::GenuineBigrams;
pub use features::{Feature, FeatureSettings, PipelineSettings, TextPipeline};
pub use format::{ModelData, ModelError, TrainingMetadata, ValidationMetrics};
pub use table::ScoringTable;

use std::path::Path;

/// How every front end (CLI, Python, service) introduces a failure to load
/// the model file at `path`: an I/O error names the path itself, so it is
/// named once.
pub fn load_failure_context(path: &Path, error: &ModelError) -> String {
    match error {
        ModelError::Io { .. } => "cannot load model".to_string(),
        _ => format!("cannot load model {}", path.display()),
    }
}

/// A loaded model: text pipeline plus scoring table.
#[derive(Debug)]
pub struct Model {
    pipeline: TextPipeline,
    table: ScoringTable,
    genuine_bigrams: GenuineBigrams,
    data_summary: ModelSummary,
}

/// What a model is, for `spamscan model` and reports.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModelSummary {
    /// Word features.
    pub words: usize,
    /// Word-pair features.
    pub word_pairs: usize,
    /// Bigram features.
    pub bigrams: usize,
    /// User dictionary size.
    pub user_words: usize,
    /// Class names and training provenance.
    pub labels: format::ClassLabels,
    /// Training metadata as stored.
    pub metadata: TrainingMetadata,
}

impl Model {
    /// Builds a model from decoded file contents.
    pub fn from_data(data: &ModelData) -> Model {
        let pairs = data
            .words
            .iter()
            .filter(|w| w.starts_with(features::PAIR_MARK))
            .count();
        Model {
            pipeline: TextPipeline::new(data.pipeline.clone()),
            table: ScoringTable::from_model(data),
            genuine_bigrams: GenuineBigrams::from_model_data(data),
            data_summary: ModelSummary {
                words: data.words.len() - pairs,
                word_pairs: pairs,
                bigrams: data.bigrams.len(),
                user_words: data.pipeline.segmenter.user_words.len(),
                labels: data.labels.clone(),
                metadata: data.metadata.clone(),
            },
        }
    }

    /// Decodes and validates model file bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        Ok(Model::from_data(&ModelData::from_bytes(bytes)?))
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Model, ModelError> {
        Ok(Model::from_data(&ModelData::read(path)?))
    }

    /// The text pipeline (normalize, segment, features).
    pub fn pipeline(&self) -> &TextPipeline {
        &self.pipeline
    }

    /// The feature log-likelihood ratios.
    pub fn table(&self) -> &ScoringTable {
        &self.table
    }

    /// Genuine-text bigram association, for the stuffing detector.
    pub fn genuine_bigrams(&self) -> &GenuineBigrams {
        &self.genuine_bigrams
    }

    /// Sizes, labels and training metadata.
    pub fn summary(&self) -> &ModelSummary {
        &self.data_summary
    }

    /// Sentence-level naive Bayes log-odds of spam for raw text: the prior
    /// plus the evidence of every known feature.
    pub fn log_odds(&self, text: &str) -> f64 {
        let norm = self.pipeline.normalize(text);
        let mut sum = self.table.prior_log_odds();
        self.pipeline.for_each_feature(&norm, |f, _, _| {
            if let Some(v) = self.table.llr(f) {
                sum += v;
            }
        });
        sum
    }
}
