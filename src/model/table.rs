//! The scoring table: per-feature log-likelihood ratios in hash maps.
//!
//! Naive Bayes over two classes reduces to a sum: the log-odds of spam for a
//! text is the prior log-odds plus, for every feature occurrence, the
//! feature's log-likelihood ratio `log P(f | spam) - log P(f | genuine)`.
//! Scoring therefore never builds the dense rows linfa-bayes needs; it looks
//! each feature up once. Features absent from the table carry no evidence.

use super::features::{bigram_key, Feature};
use super::format::ModelData;
use rustc_hash::FxHashMap;

/// Feature -> log-likelihood ratio (spam over genuine).
#[derive(Debug, Default, Clone)]
pub struct ScoringTable {
    words: FxHashMap<Box<str>, f64>,
    bigrams: FxHashMap<u64, f64>,
    prior_log_odds: f64,
}

impl ScoringTable {
    /// Builds the table from a model's per-class log-probabilities.
    pub fn from_model(data: &ModelData) -> ScoringTable {
        let llr = |i: usize| data.log_prob_spam[i] - data.log_prob_genuine[i];
        let mut words = FxHashMap::default();
        words.reserve(data.words.len());
        for (i, w) in data.words.iter().enumerate() {
            words.insert(w.as_str().into(), llr(i));
        }
        let offset = data.words.len();
        let mut bigrams = FxHashMap::default();
        bigrams.reserve(data.bigrams.len());
        for (i, &k) in data.bigrams.iter().enumerate() {
            bigrams.insert(k, llr(offset + i));
        }
        ScoringTable {
            words,
            bigrams,
            prior_log_odds: data.log_prior[1] - data.log_prior[0],
        }
    }

    /// Log-likelihood ratio of one feature; `None` if the model never saw it.
    #[inline]
    pub fn llr(&self, feature: Feature<'_>) -> Option<f64> {
        match feature {
            Feature::Word(w) => self.words.get(w).copied(),
            Feature::Bigram(a, b) => self.bigrams.get(&bigram_key(a, b)).copied(),
        }
    }

    /// log P(spam) - log P(genuine) before any evidence.
    pub fn prior_log_odds(&self) -> f64 {
        self.prior_log_odds
    }

    /// Number of features in the table.
    pub fn len(&self) -> usize {
        self.words.len() + self.bigrams.len()
    }

    /// True when the table holds no feature.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
