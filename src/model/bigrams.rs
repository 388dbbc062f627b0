//! Genuine bigrams: how Chinese text without injections strings characters together.
//!
//! The naive Bayes model already holds the genuine class's probability of
//! every character bigram it kept. [`GenuineBigrams`] turns them into pointwise
//! mutual information of adjacent ideographs once, at model load, so the
//! stuffing detector can ask whether a sentence reads better with a token
//! taken out than with it left in.

use crate::model::features::{bigram_chars, bigram_key};
use crate::model::ModelData;
use crate::text::normalize::is_cjk;

/// Character bigram statistics of genuine text: the genuine-class bigram
/// probabilities the naive Bayes model already holds, turned into pointwise
/// mutual information of adjacent ideographs.
#[derive(Debug, Default)]
pub struct GenuineBigrams {
    joint: rustc_hash::FxHashMap<u64, f32>,
    left: rustc_hash::FxHashMap<char, f32>,
    right: rustc_hash::FxHashMap<char, f32>,
    unseen: f32,
}

impl GenuineBigrams {
    /// Builds the statistics from a model file's genuine-class weights.
    pub fn from_model_data(data: &ModelData) -> GenuineBigrams {
        let offset = data.words.len();
        GenuineBigrams::from_log_probs(
            data.bigrams
                .iter()
                .enumerate()
                .filter_map(|(i, &k)| Some((k, *data.log_prob_genuine.get(offset + i)?))),
        )
    }

    /// Builds the statistics from `(bigram key, ln P(bigram | genuine))` pairs.
    pub fn from_log_probs(pairs: impl IntoIterator<Item = (u64, f64)>) -> GenuineBigrams {
        let mut g = GenuineBigrams::default();
        let mut left: rustc_hash::FxHashMap<char, f64> = Default::default();
        let mut right: rustc_hash::FxHashMap<char, f64> = Default::default();
        let mut min = 0.0f64;
        for (k, lp) in pairs {
            let Some((a, b)) = bigram_chars(k) else {
                continue;
            };
            g.joint.insert(k, lp as f32);
            *left.entry(a).or_default() += lp.exp();
            *right.entry(b).or_default() += lp.exp();
            min = min.min(lp);
        }
        g.left = left.into_iter().map(|(c, p)| (c, p.ln() as f32)).collect();
        g.right = right.into_iter().map(|(c, p)| (c, p.ln() as f32)).collect();
        g.unseen = (min - 1.0) as f32;
        g
    }

    /// PMI of `a` followed by `b`; `None` unless both are ideographs the
    /// model has seen.
    pub fn pmi(&self, a: char, b: char) -> Option<f32> {
        if !is_cjk(a) || !is_cjk(b) {
            return None;
        }
        let l = self.left.get(&a)?;
        let r = self.right.get(&b)?;
        let j = self
            .joint
            .get(&bigram_key(a, b))
            .copied()
            .unwrap_or(self.unseen);
        Some(j - l - r)
    }
}
