//! Detection: from a document's text to polluted spans and a page verdict.
//!
//! A [`Detector`] pairs a [`Model`] with [`DetectorSettings`]. For each field
//! of a [`Document`] (body, title, meta description, meta keywords) it
//! normalizes the text, spreads every known feature's log-likelihood ratio
//! over the characters it covers, decodes polluted segments
//! ([`segments::decode`]) and maps them back to code-point offsets in the
//! field as given. Spans in the body are [`SpanKind::Gambling`], in the title
//! and meta fields [`SpanKind::Meta`], in hidden elements [`SpanKind::Hidden`]
//! (with the block index and the element's HTML byte range). Structural
//! detectors then read the body and that evidence: [`template`] finds the
//! shell lines of spam sites, [`stuffing`] a title's words stuffed through the
//! body, [`links`] link farms among the body's anchors. The page score is the
//! strongest of the best segment margin's logistic and the structural spans'
//! scores.

pub mod edges;
pub mod links;
pub mod segments;
pub mod stuffing;
pub mod template;
pub mod windows;

use crate::decode::{ExtractedPage, HiddenBlock, Link};
use crate::model::Model;
use crate::text::normalize::is_word_char;
use crate::text::NormalizedText;
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
    /// Cost of re-entering the polluted state inside a found span: a span is
    /// cut where it bridges genuine text costing more than this
    /// ([`segments::refine`]).
    pub split_penalty: f64,
    /// Evidence (nats) a polluted segment needs outside its strongest word
    /// ([`Detector::margin_beyond_one_word`]): a page is never polluted on
    /// the strength of one word.
    pub min_support: f64,
}

/// Tuned on the dev split of the evaluation pages (never on the test split):
/// see `models/README.md` for the grid and the resulting numbers.
impl Default for DetectorSettings {
    fn default() -> Self {
        DetectorSettings {
            threshold: 0.5,
            bias: 0.6,
            switch_penalty: 10.0,
            max_llr: 6.0,
            split_penalty: 6.0,
            min_support: 2.0,
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
            ("split penalty", self.split_penalty),
            ("min support", self.min_support),
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
    /// Elements readers don't see; spans of [`Field::Hidden`] index their text.
    pub hidden: Vec<HiddenBlock>,
    /// Visible anchors of the body (code-point and byte ranges into `body`),
    /// for [`links`].
    pub links: Vec<Link>,
}

impl Document {
    /// The document of an extracted page: the one place a page's fields
    /// become detector input.
    pub fn from_page(id: String, page: ExtractedPage) -> Document {
        Document {
            id,
            body: page.body,
            title: page.title,
            meta_description: page.meta_description,
            meta_keywords: page.meta_keywords,
            hidden: page.hidden,
            links: page.links,
        }
    }
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
    /// The text of a hidden element ([`PollutedSpan::block`] says which).
    Hidden,
}

impl Field {
    /// The field's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Body => "body",
            Field::Title => "title",
            Field::MetaDescription => "meta_description",
            Field::MetaKeywords => "meta_keywords",
            Field::Hidden => "hidden",
        }
    }
}

/// What a span is polluted with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// Gambling promotion in the visible body, found by the naive Bayes evidence.
    Gambling,
    /// A line of a spam site's shell around a scraped article (gambling site
    /// name in copyright lines, placeholder contact lines); see [`template`].
    Template,
    /// Keyword stuffing: the title's words (a hijacked gambling title or the
    /// article's own headline) inserted into the body; see [`stuffing`].
    Stuffing,
    /// A link farm: a run of body anchors to many external hosts with
    /// gambling anchor text or gambling-looking host names; see [`links`].
    Link,
    /// Gambling text in an element readers don't see.
    Hidden,
    /// Gambling text in the `<title>` or meta description/keywords.
    Meta,
}

/// Byte range of a hidden element in the decoded HTML (UTF-8), start tag to
/// end tag inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HtmlRange {
    /// Byte offset of the element's start tag.
    pub start: usize,
    /// Byte offset just past its end tag.
    pub end: usize,
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
    /// For [`Field::Hidden`]: which hidden block (index into [`Document::hidden`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// For [`Field::Hidden`]: the hidden element's byte range in the decoded HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<HtmlRange>,
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

/// A field's text as the model reads it: normalized, per-character
/// emissions, and (for the body) its word ranges for the structural detectors.
struct ScoredText {
    norm: NormalizedText,
    emissions: Vec<f64>,
    words: Vec<(usize, usize)>,
}

/// A model plus settings: scores documents. Cheap to share across threads.
#[derive(Debug)]
pub struct Detector<'m> {
    model: &'m Model,
    settings: DetectorSettings,
}

/// Removes the ranges of `cuts` (body spans) from the body spans in `spans`,
/// keeping the pieces outside them (re-trimmed, text re-sliced), so body
/// spans never overlap.
fn carve_out(spans: Vec<PollutedSpan>, cuts: &[PollutedSpan], body: &str) -> Vec<PollutedSpan> {
    if cuts.is_empty() {
        return spans;
    }
    let chars: Vec<char> = body.chars().collect();
    // Body cuts by start; only those reaching past a span's start can cut it.
    let mut sorted: Vec<&PollutedSpan> = cuts.iter().filter(|c| c.field == Field::Body).collect();
    sorted.sort_by_key(|c| (c.start, c.end));
    // reach[i]: the furthest end among sorted[..=i], non-decreasing.
    let reach: Vec<usize> = sorted
        .iter()
        .scan(0usize, |m, c| {
            *m = (*m).max(c.end);
            Some(*m)
        })
        .collect();
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        if s.field != Field::Body {
            out.push(s);
            continue;
        }
        let first = reach.partition_point(|&r| r <= s.start);
        let overlapping = sorted[first..].iter().take_while(|c| c.start < s.end);
        let mut pieces = vec![(s.start, s.end)];
        for c in overlapping {
            pieces = pieces
                .into_iter()
                .flat_map(|(a, b)| {
                    if c.end <= a || b <= c.start {
                        vec![(a, b)]
                    } else {
                        vec![(a, c.start.max(a)), (c.end.min(b), b)]
                    }
                })
                .collect();
        }
        for (mut a, mut b) in pieces {
            while a < b && is_edge_noise(chars[a]) {
                a += 1;
            }
            while b > a && is_edge_noise(chars[b - 1]) {
                b -= 1;
            }
            if a < b {
                out.push(PollutedSpan {
                    start: a,
                    end: b,
                    text: chars[a..b].iter().collect(),
                    ..s.clone()
                });
            }
        }
    }
    out
}

/// Characters that count as one word for [`Detector::margin_beyond_one_word`]
/// whatever jieba makes of them: a name it does not know comes out as
/// single characters (必|发, 欧|联|杯).
const WORD_WINDOW: usize = 3;

/// Whether a hidden block with gambling evidence is reported whole.
const WHOLE_HIDDEN_BLOCK: bool = true;

/// Report order of fields: body first, then title and meta, then hidden blocks.
fn field_order(field: Field) -> u8 {
    match field {
        Field::Body => 0,
        Field::Title => 1,
        Field::MetaDescription => 2,
        Field::MetaKeywords => 3,
        Field::Hidden => 4,
    }
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Cuts a segment at the line breaks inside it: lines are blocks, and an
/// injection never runs from one block into the next. `breaks` holds the
/// positions of the text's line breaks in order. A piece is kept when its
/// own evidence is net polluted; it keeps the segment's margin.
fn split_at_line_breaks(
    breaks: &[usize],
    emissions: &[f64],
    seg: segments::Segment,
) -> Vec<segments::Segment> {
    let first = breaks.partition_point(|&b| b < seg.start);
    let inside = breaks[first..].iter().take_while(|&&b| b < seg.end);
    if inside.clone().next().is_none() {
        return vec![seg];
    }
    let mut pieces = Vec::new();
    let mut start = seg.start;
    for &end in inside.chain(std::iter::once(&seg.end)) {
        if end > start && emissions[start..end].iter().sum::<f64>() > 0.0 {
            pieces.push(segments::Segment {
                start,
                end,
                margin: seg.margin,
            });
        }
        start = end + 1;
    }
    pieces
}

/// The report of `doc` from its spans (at or above the threshold) and page
/// score: spans in report order, and the verdict they make.
fn finish_report(
    doc: &Document,
    mut spans: Vec<PollutedSpan>,
    score: f64,
    threshold: f64,
    chars: usize,
) -> Report {
    spans.sort_by_key(|s| (field_order(s.field), s.block, s.start, s.end));
    let verdict = if !spans.is_empty() && score >= threshold {
        Verdict::Polluted
    } else {
        Verdict::Clean
    };
    Report {
        id: doc.id.clone(),
        verdict,
        score,
        title: doc.title.clone(),
        chars,
        spans,
    }
}

/// Characters that never begin or end a span.
fn is_edge_noise(c: char) -> bool {
    c.is_whitespace() || (!is_word_char(c) && c != '%' && c != '@')
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
        let threshold = self.settings.threshold;
        let mut spans = Vec::new();
        let body = self.scored(&doc.body);
        let mut best = self.field_spans(
            Field::Body,
            &doc.body,
            &body,
            SpanKind::Gambling,
            &mut spans,
        );
        let fields = [
            (Field::Title, doc.title.as_ref()),
            (Field::MetaDescription, doc.meta_description.as_ref()),
            (Field::MetaKeywords, doc.meta_keywords.as_ref()),
        ];
        for (field, text) in fields {
            if let Some(text) = text {
                let scored = self.scored(text);
                best = best.max(self.field_spans(field, text, &scored, SpanKind::Meta, &mut spans));
            }
        }
        for (i, block) in doc.hidden.iter().enumerate() {
            let from = spans.len();
            let scored = self.scored(&block.text);
            best = best.max(self.field_spans(
                Field::Hidden,
                &block.text,
                &scored,
                SpanKind::Hidden,
                &mut spans,
            ));
            if WHOLE_HIDDEN_BLOCK {
                let top = spans[from..].iter().map(|s| s.score).fold(0.0, f64::max);
                if top >= threshold {
                    spans.truncate(from);
                    let text = block.text.trim();
                    let lead = block.text[..block.text.len() - block.text.trim_start().len()]
                        .chars()
                        .count();
                    spans.push(PollutedSpan {
                        field: Field::Hidden,
                        start: lead,
                        end: lead + text.chars().count(),
                        text: text.to_string(),
                        score: top,
                        kind: SpanKind::Hidden,
                        block: None,
                        html: None,
                    });
                }
            }
            for s in &mut spans[from..] {
                s.block = Some(i);
                s.html = Some(HtmlRange {
                    start: block.byte_start,
                    end: block.byte_end,
                });
            }
        }
        let mut score = if best.is_finite() {
            logistic(best)
        } else {
            0.0
        };

        // Structural detectors: they read the body and the evidence spans
        // found so far and add spans of their own kinds.
        let log_odds = |t: &str| self.model.log_odds(t);
        let mut structural = template::shell_spans(&doc.body, &spans, score, threshold, &log_odds);
        // Text without a <title> (a JSONL record, a text file) is read
        // against its own first line, which is where a scraped article
        // keeps its headline.
        let title = match doc.title.as_deref() {
            Some(t) if !t.trim().is_empty() => Some(t),
            _ => stuffing::inferred_headline(&doc.body),
        };
        if let Some(title) = title {
            let stuffed = self.stuffed_spans(title, &doc.body, &body, &structural);
            structural.extend(stuffed);
        }
        if !doc.links.is_empty() {
            let farms = links::farm_spans(&doc.body, &doc.links, &log_odds);
            // A farm block and a shell or stuffing span never both claim text.
            let farms = carve_out(farms, &structural, &doc.body);
            structural.extend(farms);
        }

        // A shell line replaces the evidence inside it; what sticks out stays.
        let mut spans = carve_out(spans, &structural, &doc.body);
        score = structural.iter().map(|s| s.score).fold(score, f64::max);
        spans.extend(structural);
        spans.retain(|s| s.score >= threshold);
        finish_report(doc, spans, score, threshold, doc.body.chars().count())
    }

    /// The title's words stuffed into the body ([`stuffing::find`]), as
    /// spans; any that overlap a template shell line are left to the shell.
    fn stuffed_spans(
        &self,
        title: &str,
        body: &str,
        scored: &ScoredText,
        shell: &[PollutedSpan],
    ) -> Vec<PollutedSpan> {
        let found = stuffing::find_prepared(
            self.model.pipeline(),
            self.model.genuine_bigrams(),
            title,
            stuffing::PreparedBody {
                norm: &scored.norm,
                words: &scored.words,
            },
            &stuffing::StuffingSettings::default(),
        );
        if found.is_empty() {
            return Vec::new();
        }
        let bytes: Vec<usize> = body.char_indices().map(|(b, _)| b).collect();
        let byte_at = |i: usize| bytes.get(i).copied().unwrap_or(body.len());
        // Shell lines are disjoint: sorted, a binary search finds the one
        // line that could overlap.
        let mut lines: Vec<(usize, usize)> = shell.iter().map(|t| (t.start, t.end)).collect();
        lines.sort_unstable();
        let in_shell = |s: &stuffing::StuffedSpan| {
            let i = lines.partition_point(|&(_, end)| end <= s.start);
            lines.get(i).is_some_and(|&(start, _)| start < s.end)
        };
        found
            .into_iter()
            .filter(|s| !in_shell(s))
            .map(|s| PollutedSpan {
                field: Field::Body,
                start: s.start,
                end: s.end,
                text: body[byte_at(s.start)..byte_at(s.end)].to_string(),
                score: s.score,
                kind: SpanKind::Stuffing,
                block: None,
                html: None,
            })
            .collect()
    }

    /// Normalizes `text` and computes its per-character emissions
    /// (`evidence - bias`) and its word ranges.
    fn scored(&self, text: &str) -> ScoredText {
        let pipeline = self.model.pipeline();
        let table = self.model.table();
        let cap = self.settings.max_llr;
        let norm = pipeline.normalize(text);
        let mut words = Vec::new();
        let mut evidence = vec![0.0f64; norm.len_chars()];
        pipeline.for_each_scored_feature_with_words(&norm, table, Some(&mut words), |llr, a, b| {
            let share = llr.clamp(-cap, cap) / (b - a) as f64;
            for e in &mut evidence[a..b] {
                *e += share;
            }
        });
        for (e, c) in evidence.iter_mut().zip(norm.text.chars()) {
            *e -= self.char_bias(c);
        }
        ScoredText {
            norm,
            emissions: evidence,
            words,
        }
    }

    /// The per-character cost of the polluted state. Punctuation and spaces
    /// are cheap to bridge so a spam sentence with commas stays one span;
    /// letters pay the full bias.
    fn char_bias(&self, c: char) -> f64 {
        let bias = self.settings.bias;
        if is_word_char(c) {
            bias
        } else {
            bias * 0.25
        }
    }

    /// A decoded segment's margin once it is checked for resting on one
    /// word: the evidence of the segment outside its strongest jieba word or
    /// [`WORD_WINDOW`] characters (its support) must reach
    /// [`DetectorSettings::min_support`]; a segment short of that
    /// keeps only the margin its support earns, at most zero. A page is never
    /// polluted on the strength of one word (官网, 高清, 真人 and even 六合彩
    /// are news words too): promotion is a phrase. `chars` are the
    /// normalized text's characters.
    fn margin_beyond_one_word(
        &self,
        scored: &ScoredText,
        chars: &[char],
        seg: segments::Segment,
    ) -> f64 {
        if seg.margin <= 0.0 {
            return seg.margin;
        }
        let evidence = |a: usize, b: usize| -> f64 {
            scored.emissions[a..b]
                .iter()
                .zip(&chars[a..b])
                .map(|(e, &c)| e + self.char_bias(c))
                .sum()
        };
        let words = &scored.words;
        let first = words.partition_point(|&(_, end)| end <= seg.start);
        let strongest = words[first..]
            .iter()
            .take_while(|&&(start, _)| start < seg.end)
            .map(|&(a, b)| evidence(a.max(seg.start), b.min(seg.end)))
            .fold(0.0, f64::max);
        // A word jieba cuts into single characters (必|发) is one word too.
        let w = WORD_WINDOW.min(seg.end - seg.start);
        let strongest = (seg.start..=seg.end - w)
            .map(|a| evidence(a, a + w))
            .fold(strongest, f64::max);
        let support = evidence(seg.start, seg.end) - strongest;
        let need = self.settings.min_support;
        if support >= need {
            seg.margin
        } else {
            seg.margin.min(support - need)
        }
    }

    /// Adds the field's candidate spans (all scores) and returns its best margin.
    fn field_spans(
        &self,
        field: Field,
        text: &str,
        scored: &ScoredText,
        kind: SpanKind,
        out: &mut Vec<PollutedSpan>,
    ) -> f64 {
        if text.is_empty() {
            return f64::NEG_INFINITY;
        }
        let (norm, emissions) = (&scored.norm, &scored.emissions);
        let (decoded, best) = segments::decode(emissions, self.settings.switch_penalty);
        // Segments resting on one word lose their margin; so does the field.
        let norm_chars: Vec<char> = if decoded.is_empty() {
            Vec::new()
        } else {
            norm.text.chars().collect()
        };
        let decoded: Vec<segments::Segment> = decoded
            .into_iter()
            .map(|seg| segments::Segment {
                margin: self.margin_beyond_one_word(scored, &norm_chars, seg),
                ..seg
            })
            .collect();
        let best = match decoded.iter().map(|s| s.margin).reduce(f64::max) {
            Some(m) if m < best => m,
            _ => best,
        };
        let breaks: Vec<usize> = norm
            .text
            .chars()
            .enumerate()
            .filter(|&(_, c)| c == '\n')
            .map(|(i, _)| i)
            .collect();
        let segments: Vec<segments::Segment> = decoded
            .into_iter()
            .flat_map(|seg| segments::refine(emissions, seg, self.settings.split_penalty))
            .flat_map(|seg| split_at_line_breaks(&breaks, emissions, seg))
            .collect();
        if segments.is_empty() {
            return best;
        }
        let (bytes, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        let mut previous_end = 0usize;
        for seg in segments {
            let (mut start, mut end) = norm.original_range(seg.start, seg.end);
            while start < end && is_edge_noise(chars[start]) {
                start += 1;
            }
            while end > start && is_edge_noise(chars[end - 1]) {
                end -= 1;
            }
            if start == end {
                continue;
            }
            let (start, end) = edges::tighten(&chars, start, end);
            // The span before may have been widened over this segment (a
            // digit run glued to both): what it covers is reported already.
            let start = start.max(previous_end);
            if start >= end {
                continue;
            }
            let (start, end) = edges::widen(&chars, start, end, previous_end);
            let (start, end) = match field {
                Field::Title | Field::MetaKeywords => {
                    edges::snap_to_part(&chars, start, end, previous_end)
                }
                _ => (start, end),
            };
            if start < previous_end {
                continue; // a part already reported whole
            }
            previous_end = end;
            let byte_start = bytes[start];
            let byte_end = bytes.get(end).copied().unwrap_or(text.len());
            out.push(PollutedSpan {
                field,
                start,
                end,
                text: text[byte_start..byte_end].to_string(),
                score: logistic(seg.margin),
                kind,
                block: None,
                html: None,
            });
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_cut_at_line_breaks_and_weak_pieces_dropped() {
        let text = "新澳门开奖\n这是新闻\n六合彩";
        let mut e = vec![2.0; text.chars().count()];
        for x in &mut e[6..10] {
            *x = -1.0; // the genuine middle line
        }
        let seg = segments::Segment {
            start: 0,
            end: e.len(),
            margin: 7.5,
        };
        let breaks: Vec<usize> = text
            .chars()
            .enumerate()
            .filter(|&(_, c)| c == '\n')
            .map(|(i, _)| i)
            .collect();
        let pieces: Vec<(usize, usize, f64)> = split_at_line_breaks(&breaks, &e, seg)
            .iter()
            .map(|p| (p.start, p.end, p.margin))
            .collect();
        assert_eq!(pieces, vec![(0, 5, 7.5), (11, 14, 7.5)]);
        let one_line = segments::Segment {
            start: 0,
            end: 5,
            margin: 1.0,
        };
        assert_eq!(split_at_line_breaks(&breaks, &e, one_line), vec![one_line]);
    }

    /// A scored text with the given per-character evidence (before bias)
    /// and word ranges, as [`Detector::scored`] would leave it.
    fn scored_with(
        detector: &Detector<'_>,
        text: &str,
        evidence: &[f64],
        words: &[(usize, usize)],
    ) -> ScoredText {
        let norm = detector.model.pipeline().normalize(text);
        let emissions = evidence
            .iter()
            .zip(norm.text.chars())
            .map(|(e, c)| e - detector.char_bias(c))
            .collect();
        ScoredText {
            norm,
            emissions,
            words: words.to_vec(),
        }
    }

    #[test]
    fn a_segment_resting_on_one_word_keeps_no_margin() {
        let model = Model::from_data(&crate::model::format::tests::tiny_model());
        let detector = Detector::new(&model, DetectorSettings::default());
        let chars = |t: &ScoredText| t.norm.text.chars().collect::<Vec<char>>();
        // 高清 carries all the evidence of "高清投影仪"; the rest is neutral.
        let one = scored_with(
            &detector,
            "高清投影仪",
            &[9.0, 9.0, 0.0, 0.0, 0.0],
            &[(0, 2), (2, 5)],
        );
        let seg = segments::Segment {
            start: 0,
            end: 5,
            margin: 18.0 - 3.0 - 10.0,
        };
        let m = detector.margin_beyond_one_word(&one, &chars(&one), seg);
        assert!(m <= 0.0, "{m}");
        // A name jieba cuts into single characters is one word too.
        let split = scored_with(
            &detector,
            "必发火线",
            &[7.0, 7.0, 0.0, 0.0],
            &[(0, 1), (1, 2), (2, 4)],
        );
        let seg = segments::Segment {
            start: 0,
            end: 4,
            margin: 14.0 - 2.4 - 10.0,
        };
        assert!(detector.margin_beyond_one_word(&split, &chars(&split), seg) <= 0.0);
        // Two words of evidence: the margin stands.
        let two = scored_with(
            &detector,
            "六合彩开奖",
            &[5.0, 5.0, 5.0, 4.0, 4.0],
            &[(0, 3), (3, 5)],
        );
        let seg = segments::Segment {
            start: 0,
            end: 5,
            margin: 23.0 - 3.0 - 10.0,
        };
        assert_eq!(
            detector.margin_beyond_one_word(&two, &chars(&two), seg),
            seg.margin
        );
    }

    fn span(field: Field, start: usize, end: usize, body: &str, kind: SpanKind) -> PollutedSpan {
        PollutedSpan {
            field,
            start,
            end,
            text: body.chars().skip(start).take(end - start).collect(),
            score: 0.9,
            kind,
            block: None,
            html: None,
        }
    }

    #[test]
    fn shell_lines_carve_evidence_spans() {
        let body = "版权所有 六合彩\n六合彩开奖";
        let line = span(Field::Body, 0, 8, body, SpanKind::Template);
        let spans = vec![
            span(Field::Body, 5, 8, body, SpanKind::Gambling),
            span(Field::Body, 5, 14, body, SpanKind::Gambling),
            span(Field::Title, 0, 3, "六合彩", SpanKind::Meta),
        ];
        let out = carve_out(spans, &[line], body);
        let got: Vec<(Field, usize, usize, &str)> = out
            .iter()
            .map(|s| (s.field, s.start, s.end, s.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Field::Body, 9, 14, "六合彩开奖"),
                (Field::Title, 0, 3, "六合彩")
            ]
        );
    }
}
