//! Baselines measured beside the span detector, so the gain of span
//! localization is visible: a keyword list (any lexicon term flags its whole
//! sentence) and sentence-level naive Bayes (a sentence whose log-odds favour
//! spam is flagged whole). Both use the model's normalizer, so obfuscation
//! handling is shared and only the localization differs.

use crate::detect::{Document, Field, HtmlRange, PollutedSpan, Report, SpanKind, Verdict};
use crate::text::sentence::sentence_ranges;
use crate::Model;
use std::path::Path;

/// Flags whole sentences of every field with `decide`, which returns a
/// score in [0, 1] for flagged sentences.
fn flag_sentences(doc: &Document, mut decide: impl FnMut(&str) -> Option<f64>) -> Report {
    let mut spans = Vec::new();
    let fields = [
        (Field::Body, Some(&doc.body)),
        (Field::Title, doc.title.as_ref()),
        (Field::MetaDescription, doc.meta_description.as_ref()),
        (Field::MetaKeywords, doc.meta_keywords.as_ref()),
    ];
    let hidden = doc
        .hidden
        .iter()
        .enumerate()
        .map(|(i, h)| (Field::Hidden, Some(&h.text), Some(i), Some(h)));
    let fields = fields
        .into_iter()
        .map(|(f, t)| (f, t, None, None))
        .chain(hidden);
    for (field, text, block, hidden) in fields {
        let Some(text) = text else { continue };
        let chars: Vec<char> = text.chars().collect();
        for (start, end) in sentence_ranges(text) {
            let sentence: String = chars[start..end].iter().collect();
            if let Some(score) = decide(&sentence) {
                spans.push(PollutedSpan {
                    field,
                    start,
                    end,
                    text: sentence,
                    score,
                    kind: match field {
                        Field::Body => SpanKind::Gambling,
                        Field::Hidden => SpanKind::Hidden,
                        _ => SpanKind::Meta,
                    },
                    block,
                    html: hidden.map(|h| HtmlRange {
                        start: h.byte_start,
                        end: h.byte_end,
                    }),
                });
            }
        }
    }
    let score = spans.iter().map(|s| s.score).fold(0.0, f64::max);
    Report {
        id: doc.id.clone(),
        verdict: if spans.is_empty() {
            Verdict::Clean
        } else {
            Verdict::Polluted
        },
        score,
        title: doc.title.clone(),
        chars: doc.body.chars().count(),
        spans,
    }
}

/// Flags any sentence containing a lexicon term.
#[derive(Debug)]
pub struct KeywordBaseline<'m> {
    model: &'m Model,
    terms: Vec<String>,
}

impl<'m> KeywordBaseline<'m> {
    /// Reads every `*.txt` term list in `dir` (one term per line, `#`
    /// comments), normalized like the model's input; terms shorter than two
    /// characters are dropped.
    pub fn from_lexicon_dir(dir: &Path, model: &'m Model) -> std::io::Result<KeywordBaseline<'m>> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let mut terms = Vec::new();
        for p in paths {
            for line in std::fs::read_to_string(&p)?.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let term = model.pipeline().normalize(line).text;
                if term.chars().count() >= 2 {
                    terms.push(term);
                }
            }
        }
        terms.sort();
        terms.dedup();
        Ok(KeywordBaseline { model, terms })
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True without terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Flags the sentences of a document that contain a term.
    pub fn detect(&self, doc: &Document) -> Report {
        flag_sentences(doc, |s| {
            let norm = self.model.pipeline().normalize(s).text;
            self.terms
                .iter()
                .any(|t| norm.contains(t.as_str()))
                .then_some(1.0)
        })
    }
}

/// Flags sentences whose naive Bayes log-odds favour spam.
#[derive(Debug)]
pub struct SentenceBaseline<'m> {
    model: &'m Model,
}

impl<'m> SentenceBaseline<'m> {
    /// A sentence classifier over `model`.
    pub fn new(model: &'m Model) -> SentenceBaseline<'m> {
        SentenceBaseline { model }
    }

    /// Flags the sentences of a document the classifier calls spam.
    pub fn detect(&self, doc: &Document) -> Report {
        flag_sentences(doc, |s| {
            let odds = self.model.log_odds(s);
            (odds > 0.0).then(|| 1.0 / (1.0 + (-odds).exp()))
        })
    }
}
