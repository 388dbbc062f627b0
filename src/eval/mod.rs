//! Evaluation: how well the detector does on labeled documents it has never
//! seen.
//!
//! A [`LabeledDocument`] is a document plus its gold polluted spans (code-point
//! offsets into its body, each with a kind) and a group (`clean`, `polluted`,
//! `hard_negative`: genuine writing about lotteries, gaming or gambling law).
//! [`Evaluation`] accumulates page-level and character-level counts, recall
//! per kind and false-positive rates per group.

use crate::detect::{Field, Report, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One gold span: `[start, end, kind]` in code points of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSpan(pub usize, pub usize, pub String);

/// A labeled document as stored in an evaluation JSONL file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabeledDocument {
    /// Identifier.
    pub id: String,
    /// Body text the gold spans index.
    pub text: String,
    /// Optional title.
    #[serde(default)]
    pub title: Option<String>,
    /// Gold polluted spans; empty for a clean page.
    #[serde(default)]
    pub spans: Vec<GoldSpan>,
    /// `clean`, `polluted` or `hard_negative`.
    #[serde(default)]
    pub group: String,
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// True positives.
    pub tp: u64,
    /// False positives.
    pub fp: u64,
    /// False negatives.
    pub r#fn: u64,
    /// TP / (TP + FP).
    pub precision: f64,
    /// TP / (TP + FN).
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn from_counts(tp: u64, fp: u64, fn_: u64) -> Prf {
        let div = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = div(tp, tp + fp);
        let recall = div(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            tp,
            fp,
            r#fn: fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// Running counts over an evaluation set.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    page: [u64; 4],  // tp, fp, fn, tn
    chars: [u64; 3], // tp, fp, fn
    kind_gold: BTreeMap<String, u64>,
    kind_hit: BTreeMap<String, u64>,
    group_pages: BTreeMap<String, u64>,
    group_flagged: BTreeMap<String, u64>,
}

/// The finished numbers.
#[derive(Debug, Clone, Serialize)]
pub struct EvalSummary {
    /// Documents evaluated.
    pub documents: u64,
    /// Page-level verdicts against "has a gold span".
    pub page: Prf,
    /// Character-level overlap of predicted and gold body spans.
    pub span_chars: Prf,
    /// Per kind: share of gold characters covered by predicted spans.
    pub recall_per_kind: BTreeMap<String, f64>,
    /// Per group: share of pages flagged polluted (the false-positive rate
    /// for `clean` and `hard_negative`).
    pub flagged_rate_per_group: BTreeMap<String, f64>,
    /// Pages per group.
    pub pages_per_group: BTreeMap<String, u64>,
}

impl Evaluation {
    /// Adds one document's report.
    pub fn add(&mut self, doc: &LabeledDocument, report: &Report) {
        let gold_polluted = !doc.spans.is_empty();
        let predicted = report.verdict == Verdict::Polluted;
        let slot = match (gold_polluted, predicted) {
            (true, true) => 0,
            (false, true) => 1,
            (true, false) => 2,
            (false, false) => 3,
        };
        self.page[slot] += 1;
        let group = if doc.group.is_empty() {
            if gold_polluted { "polluted" } else { "clean" }.to_string()
        } else {
            doc.group.clone()
        };
        *self.group_pages.entry(group.clone()).or_default() += 1;
        if predicted {
            *self.group_flagged.entry(group).or_default() += 1;
        }

        let n = doc.text.chars().count();
        let mut predicted_mask = vec![false; n];
        for s in report.spans.iter().filter(|s| s.field == Field::Body) {
            for m in &mut predicted_mask[s.start.min(n)..s.end.min(n)] {
                *m = true;
            }
        }
        let mut gold_mask = vec![false; n];
        for GoldSpan(start, end, kind) in &doc.spans {
            let (a, b) = ((*start).min(n), (*end).min(n));
            let hit = predicted_mask[a..b].iter().filter(|&&m| m).count() as u64;
            *self.kind_gold.entry(kind.clone()).or_default() += (b - a) as u64;
            *self.kind_hit.entry(kind.clone()).or_default() += hit;
            for m in &mut gold_mask[a..b] {
                *m = true;
            }
        }
        for (p, g) in predicted_mask.iter().zip(&gold_mask) {
            match (p, g) {
                (true, true) => self.chars[0] += 1,
                (true, false) => self.chars[1] += 1,
                (false, true) => self.chars[2] += 1,
                (false, false) => {}
            }
        }
    }

    /// The metrics so far.
    pub fn summary(&self) -> EvalSummary {
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        EvalSummary {
            documents: self.page.iter().sum(),
            page: Prf::from_counts(self.page[0], self.page[1], self.page[2]),
            span_chars: Prf::from_counts(self.chars[0], self.chars[1], self.chars[2]),
            recall_per_kind: self
                .kind_gold
                .iter()
                .map(|(k, &g)| {
                    (
                        k.clone(),
                        ratio(self.kind_hit.get(k).copied().unwrap_or(0), g),
                    )
                })
                .collect(),
            flagged_rate_per_group: self
                .group_pages
                .iter()
                .map(|(k, &n)| {
                    (
                        k.clone(),
                        ratio(self.group_flagged.get(k).copied().unwrap_or(0), n),
                    )
                })
                .collect(),
            pages_per_group: self.group_pages.clone(),
        }
    }
}
