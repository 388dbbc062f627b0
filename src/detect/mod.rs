//! Detection: from a document's text to polluted spans and a page verdict.
//!
//! A [`Detector`] pairs a [`Model`] with [`DetectorSettings`]. For each field
//! of a [`Document`] (body, title, meta description, meta keywords) it
//! normalizes the text, spreads every known feature's log-likelihood ratio
//! over the characters it covers, decodes polluted segments
//! ([`segments::decode`]) and maps them back to code-point offsets in the
//! field as given. The page score is the logistic of the best segment margin,
//! so it crosses 0.5 exactly when a span is found at the default threshold.

pub mod segments;
pub mod stuffing;

use crate::model::Model;
use crate::text::normalize::is_word_char;
use serde::Serialize;

/// Decoding and verdict parameters, checked once by [`DetectorSettings::check`].
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorSettings {
    /// Page score at or above which the page is polluted and spans are reported.
    pub threshold: f64,
    /// Evidence a polluted character must beat (per character).
    pub bias: f64,
    /// Cost of opening a polluted span.
    pub switch_penalty: f64,
    /// Cap on any one feature's log-likelihood ratio, so one rare word can't
    /// dominate a span.
    pub max_llr: f64,
}

impl Default for DetectorSettings {
    fn default() -> Self {
        DetectorSettings {
            threshold: 0.5,
            bias: 0.6,
            switch_penalty: 6.0,
            max_llr: 6.0,
        }
    }
}

/// Why detector settings were refused.
#[derive(Debug, thiserror::Error)]
#[error("invalid detector setting: {0}")]
pub struct SettingsError(String);

impl DetectorSettings {
    /// Validates the settings once; the detector then trusts them.
    pub fn check(self) -> Result<DetectorSettings, SettingsError> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(SettingsError(format!(
                "--threshold must be within [0, 1], got {}",
                self.threshold
            )));
        }
        for (name, v) in [
            ("bias", self.bias),
            ("switch penalty", self.switch_penalty),
            ("max llr", self.max_llr),
        ] {
            if !(v.is_finite() && v >= 0.0) {
                return Err(SettingsError(format!(
                    "{name} must be a non-negative number, got {v}"
                )));
            }
        }
        Ok(self)
    }
}

/// A document to check: decoded text fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Caller's identifier (file name, record id).
    pub id: String,
    /// The visible text; span offsets of [`Field::Body`] index this.
    pub body: String,
    /// `<title>`, if any.
    pub title: Option<String>,
    /// `<meta name="description">`, if any.
    pub meta_description: Option<String>,
    /// `<meta name="keywords">`, if any.
    pub meta_keywords: Option<String>,
}

/// Which text a span's offsets index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The visible body text.
    Body,
    /// The page title.
    Title,
    /// The meta description.
    MetaDescription,
    /// The meta keywords.
    MetaKeywords,
}

impl Field {
    /// The field's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Body => "body",
            Field::Title => "title",
            Field::MetaDescription => "meta_description",
            Field::MetaKeywords => "meta_keywords",
        }
    }
}

/// What a span is polluted with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// Gambling promotion found by the naive Bayes evidence.
    Gambling,
}

/// One polluted span. Offsets are Unicode code points into the field's text,
/// half-open, and `text` equals that slice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PollutedSpan {
    /// Which field the offsets index.
    pub field: Field,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The span's text.
    pub text: String,
    /// Confidence in [0, 1].
    pub score: f64,
    /// What the pollution is.
    pub kind: SpanKind,
}

/// The page-level decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No span reached the threshold.
    Clean,
    /// At least one polluted span.
    Polluted,
}

/// The detector's answer for one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The document's identifier.
    pub id: String,
    /// Clean or polluted.
    pub verdict: Verdict,
    /// Page score in [0, 1]: the strongest span's confidence.
    pub score: f64,
    /// The page title, if any.
    pub title: Option<String>,
    /// Code points in the body.
    pub chars: usize,
    /// Polluted spans, in field then offset order.
    pub spans: Vec<PollutedSpan>,
}

/// A model plus settings: scores documents. Cheap to share across threads.
#[derive(Debug)]
pub struct Detector<'m> {
    model: &'m Model,
    settings: DetectorSettings,
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Characters that never begin or end a span.
fn is_edge_noise(c: char) -> bool {
    c.is_whitespace() || (!is_word_char(c) && c != '%' && c != '@')
}

/// ASCII or full-width letters and digits, and `_`: the alphabet of the
/// numbers, codes and version strings glued onto spam phrases.
fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

impl<'m> Detector<'m> {
    /// A detector over `model` with checked settings.
    pub fn new(model: &'m Model, settings: DetectorSettings) -> Detector<'m> {
        Detector { model, settings }
    }

    /// The settings in force.
    pub fn settings(&self) -> &DetectorSettings {
        &self.settings
    }

    /// Scores a document: every field, spans and verdict.
    pub fn detect(&self, doc: &Document) -> Report {
        let mut spans = Vec::new();
        let mut best = f64::NEG_INFINITY;
        let fields = [
            (Field::Body, Some(&doc.body)),
            (Field::Title, doc.title.as_ref()),
            (Field::MetaDescription, doc.meta_description.as_ref()),
            (Field::MetaKeywords, doc.meta_keywords.as_ref()),
        ];
        for (field, text) in fields {
            if let Some(text) = text {
                best = best.max(self.field_spans(field, text, &mut spans));
            }
        }
        let score = if best.is_finite() {
            logistic(best)
        } else {
            0.0
        };
        spans.retain(|s| s.score >= self.settings.threshold);
        let verdict = if !spans.is_empty() && score >= self.settings.threshold {
            Verdict::Polluted
        } else {
            Verdict::Clean
        };
        Report {
            id: doc.id.clone(),
            verdict,
            score,
            title: doc.title.clone(),
            chars: doc.body.chars().count(),
            spans,
        }
    }

    /// Per-character emissions (`evidence - bias`) of normalized text.
    fn emissions(&self, norm: &crate::text::NormalizedText) -> Vec<f64> {
        let pipeline = self.model.pipeline();
        let table = self.model.table();
        let cap = self.settings.max_llr;
        let mut evidence = vec![0.0f64; norm.len_chars()];
        pipeline.for_each_feature(norm, |f, a, b| {
            if let Some(llr) = table.llr(f) {
                let share = llr.clamp(-cap, cap) / (b - a) as f64;
                for e in &mut evidence[a..b] {
                    *e += share;
                }
            }
        });
        let bias = self.settings.bias;
        for (e, c) in evidence.iter_mut().zip(norm.text.chars()) {
            // Punctuation and spaces are cheap to bridge so a spam sentence
            // with commas stays one span; letters pay the full bias.
            *e -= if is_word_char(c) { bias } else { bias * 0.25 };
        }
        evidence
    }

    /// Adds the field's candidate spans (all scores) and returns its best margin.
    fn field_spans(&self, field: Field, text: &str, out: &mut Vec<PollutedSpan>) -> f64 {
        if text.is_empty() {
            return f64::NEG_INFINITY;
        }
        let norm = self.model.pipeline().normalize(text);
        let emissions = self.emissions(&norm);
        let (segments, best) = segments::decode(&emissions, self.settings.switch_penalty);
        if segments.is_empty() {
            return best;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut previous_end = 0usize;
        for seg in segments {
            let (mut start, mut end) = norm.original_range(seg.start, seg.end);
            while start < end && is_edge_noise(chars[start].1) {
                start += 1;
            }
            while end > start && is_edge_noise(chars[end - 1].1) {
                end -= 1;
            }
            if start == end {
                continue;
            }
            // Digits and Latin glued to a span belong to it ("2025新澳门…",
            // "…落实_v2.3"): numbers carry little evidence of their own, so
            // the decode stops short of them.
            while start > previous_end && is_code_char(chars[start - 1].1) {
                start -= 1;
            }
            while end < chars.len()
                && (is_code_char(chars[end].1)
                    || (matches!(chars[end].1, '.' | '%')
                        && chars.get(end + 1).is_some_and(|c| is_code_char(c.1))))
            {
                end += 1;
            }
            if end < chars.len() && chars[end].1 == '%' {
                end += 1;
            }
            previous_end = end;
            let byte_start = chars[start].0;
            let byte_end = chars.get(end).map_or(text.len(), |c| c.0);
            out.push(PollutedSpan {
                field,
                start,
                end,
                text: text[byte_start..byte_end].to_string(),
                score: logistic(seg.margin),
                kind: SpanKind::Gambling,
            });
        }
        best
    }
}
