//! Evaluation: how well the detector does on labeled pages it has never seen.
//!
//! An [`EvalPage`] is an HTML page (or plain text) whose gold polluted spans
//! are marked in place with private-use characters: gold span `n` opens with
//! U+F0000 + 2n and closes with U+F0000 + 2n + 1. [`prepare`] extracts the
//! page exactly as `score` would, strips the markers and so learns the gold
//! offsets in whatever text extraction produced, per field (body, title,
//! meta, hidden). [`Evaluation`] then counts page verdicts, character
//! overlap, recall per kind and per obfuscation, and flag rates per group.
//!
//! Documents may instead (or also) carry a document-level `label`
//! (`spam` / `genuine`) with an optional `source` and `category`, the shape
//! of a labeled crawl or of real development data: their verdicts count
//! toward page precision and recall, recall per spam source and the
//! false-positive rate per genuine source and category.
//! [`baselines`] provides the keyword-list and sentence-level naive Bayes
//! detectors measured beside ours.

pub mod baselines;

use crate::decode::{self, DecodeError};
use crate::detect::{Document, Report, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// First code point of the gold markers (Supplementary Private Use Area-A).
pub const MARKER_BASE: u32 = 0xF0000;
const MARKER_LAST: u32 = 0xFFFFD;

/// What a gold span is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldInfo {
    /// Injection kind: inline, append, sentence, template, stuffing, link, hidden, meta.
    pub kind: String,
    /// Obfuscation applied: none, traditional, fullwidth, split_space, …
    #[serde(default = "none")]
    pub obfuscation: String,
}

fn none() -> String {
    "none".into()
}

/// One labeled page as stored in an evaluation JSONL file.
///
/// Two labelings are taken, alone or together: gold spans marked in place
/// (with `group` and `gold`), and a document-level `label` (with optional
/// `source` and `category`) for labeled crawls and real data, where nobody
/// marked the spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalPage {
    /// Identifier (a number is taken as its decimal text).
    #[serde(deserialize_with = "loose_string")]
    pub id: String,
    /// `clean`, `polluted` or `hard_negative`; derived from the labels when absent.
    #[serde(default)]
    pub group: Option<String>,
    /// The page as HTML, with gold markers.
    #[serde(default)]
    pub html: Option<String>,
    /// Or plain text, with gold markers.
    #[serde(default)]
    pub text: Option<String>,
    /// Gold span descriptions, indexed by marker number.
    #[serde(default)]
    pub gold: Vec<GoldInfo>,
    /// Document-level label: `spam` / `polluted` or `genuine` / `clean`
    /// (any case; also `1` / `0`, `true` / `false`), see [`parse_label`].
    #[serde(default, deserialize_with = "loose_opt_string")]
    pub label: Option<String>,
    /// Where the document comes from (a crawl, a file, a data set).
    #[serde(default, deserialize_with = "loose_opt_string")]
    pub source: Option<String>,
    /// A finer class within the source (a news topic, a site section).
    #[serde(default, deserialize_with = "loose_opt_string")]
    pub category: Option<String>,
}

/// A JSON value read as text: strings as they are, numbers and booleans as
/// their JSON text, so user files with numeric ids or labels are taken.
fn value_text(v: serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

fn loose_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(value_text(serde_json::Value::deserialize(d)?).unwrap_or_default())
}

fn loose_opt_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(value_text(serde_json::Value::deserialize(d)?))
}

/// Reads a document-level label: `Some(true)` for spam, `Some(false)` for
/// genuine, `None` for a word that is neither.
pub fn parse_label(label: &str) -> Option<bool> {
    match label.trim().to_ascii_lowercase().as_str() {
        "spam" | "polluted" | "gambling" | "injected" | "1" | "true" => Some(true),
        "genuine" | "clean" | "ham" | "legit" | "0" | "false" => Some(false),
        _ => None,
    }
}

/// A gold span located in extracted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSpan {
    /// `body`, `title`, `meta_description`, `meta_keywords` or `hidden`.
    pub field: &'static str,
    /// For `hidden`, which hidden block.
    pub block: usize,
    /// First code point in the stripped field text.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// Index into the page's gold list.
    pub index: usize,
}

/// Why a page can't be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// Neither `html` nor `text`.
    #[error("page {0}: neither \"html\" nor \"text\"")]
    NoContent(String),
    /// Markers that do not pair up or name no gold entry.
    #[error("page {id}: {problem}")]
    Markers {
        /// Page id.
        id: String,
        /// What is wrong.
        problem: String,
    },
    /// A `label` that is neither spam nor genuine.
    #[error("page {id}: label {label:?} is neither spam (spam, polluted, 1) nor genuine (genuine, clean, 0)")]
    Label {
        /// Page id.
        id: String,
        /// The label as given.
        label: String,
    },
    /// Decoding failed.
    #[error("page {id}: {source}")]
    Decode {
        /// Page id.
        id: String,
        /// The decode error.
        source: DecodeError,
    },
}

/// A page ready to score: the clean document and where its gold spans are.
#[derive(Debug, Clone)]
pub struct PreparedPage {
    /// The page's group.
    pub group: String,
    /// The document-level label, when given: spam (`true`) or genuine.
    pub label: Option<bool>,
    /// Where the document comes from, for per-source rates.
    pub source: Option<String>,
    /// Its class within the source, for per-category rates.
    pub category: Option<String>,
    /// Fields and hidden blocks as the detector sees them (markers removed).
    pub document: Document,
    /// Gold spans located in those texts.
    pub gold: Vec<GoldSpan>,
    /// Gold descriptions.
    pub info: Vec<GoldInfo>,
}

/// Removes markers from `text`, recording gold spans for `field`.
fn strip_markers(
    id: &str,
    text: &str,
    field: &'static str,
    block: usize,
    gold_len: usize,
    out: &mut Vec<GoldSpan>,
) -> Result<String, EvalError> {
    let mut clean = String::with_capacity(text.len());
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0usize;
    let bad = |problem: String| EvalError::Markers {
        id: id.to_string(),
        problem,
    };
    for c in text.chars() {
        let cp = c as u32;
        if (MARKER_BASE..=MARKER_LAST).contains(&cp) {
            let n = ((cp - MARKER_BASE) / 2) as usize;
            if n >= gold_len {
                return Err(bad(format!(
                    "marker for gold span {n} but only {gold_len} listed"
                )));
            }
            if (cp - MARKER_BASE) % 2 == 0 {
                open.push((n, pos));
            } else {
                let Some(i) = open.iter().rposition(|&(m, _)| m == n) else {
                    return Err(bad(format!(
                        "gold span {n} closed before it opened in {field}"
                    )));
                };
                let (_, start) = open.remove(i);
                out.push(GoldSpan {
                    field,
                    block,
                    start,
                    end: pos,
                    index: n,
                });
            }
        } else {
            clean.push(c);
            pos += 1;
        }
    }
    if let Some((n, _)) = open.first() {
        return Err(bad(format!("gold span {n} never closed in {field}")));
    }
    Ok(clean)
}

/// Extracts a page as `score` does and locates its gold spans.
pub fn prepare(page: &EvalPage) -> Result<PreparedPage, EvalError> {
    let id = page.id.as_str();
    let label = match &page.label {
        None => None,
        Some(l) => Some(parse_label(l).ok_or_else(|| EvalError::Label {
            id: id.to_string(),
            label: l.clone(),
        })?),
    };
    let extracted = match (&page.html, &page.text) {
        (Some(html), _) => decode::extract_html(html).map_err(|source| EvalError::Decode {
            id: id.to_string(),
            source,
        })?,
        (None, Some(text)) => decode::ExtractedPage {
            body: text.clone(),
            ..decode::ExtractedPage::default()
        },
        (None, None) => return Err(EvalError::NoContent(id.to_string())),
    };
    let n = page.gold.len();
    let mut gold = Vec::new();
    let field = |text: Option<&String>, name: &'static str, gold: &mut Vec<GoldSpan>| {
        text.map(|t| strip_markers(id, t, name, 0, n, gold))
            .transpose()
    };
    let body = field(Some(&extracted.body), "body", &mut gold)?.unwrap_or_default();
    // Anchor ranges index the marked body: shift them past the markers.
    let markers: Vec<usize> = extracted
        .body
        .chars()
        .enumerate()
        .filter(|&(_, c)| (MARKER_BASE..=MARKER_LAST).contains(&(c as u32)))
        .map(|(i, _)| i)
        .collect();
    // Markers before code point i; each is 4 bytes in UTF-8 (plane 15).
    let before = |i: usize| markers.partition_point(|&m| m < i);
    let links = extracted
        .links
        .iter()
        .map(|l| decode::Link {
            href: l.href.clone(),
            start: l.start - before(l.start),
            end: l.end - before(l.end),
            byte_start: l.byte_start - 4 * before(l.start),
            byte_end: l.byte_end - 4 * before(l.end),
        })
        .filter(|l| l.start < l.end)
        .collect();
    let title = field(extracted.title.as_ref(), "title", &mut gold)?;
    let meta_description = field(
        extracted.meta_description.as_ref(),
        "meta_description",
        &mut gold,
    )?;
    let meta_keywords = field(extracted.meta_keywords.as_ref(), "meta_keywords", &mut gold)?;
    let mut hidden = Vec::new();
    for (i, block) in extracted.hidden.iter().enumerate() {
        // Byte ranges stay those of the marked HTML: eval compares text offsets only.
        hidden.push(decode::HiddenBlock {
            text: strip_markers(id, &block.text, "hidden", i, n, &mut gold)?,
            ..block.clone()
        });
    }
    let group = match (&page.group, label) {
        (Some(g), _) => g.clone(),
        (None, Some(true)) => "spam".into(),
        (None, Some(false)) => "genuine".into(),
        (None, None) if page.gold.is_empty() => "clean".into(),
        (None, None) => "polluted".into(),
    };
    Ok(PreparedPage {
        group,
        label,
        source: page.source.clone(),
        category: page.category.clone(),
        document: Document {
            id: id.to_string(),
            body,
            title,
            meta_description,
            meta_keywords,
            hidden,
            links,
        },
        gold,
        info: page.gold.clone(),
    })
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
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    /// Computes the ratios (0 where undefined).
    pub fn from_counts(tp: u64, fp: u64, fn_: u64) -> Prf {
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
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

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Running counts over an evaluation set.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    page: [u64; 3],
    chars: [u64; 3],
    kind: BTreeMap<String, [u64; 2]>,
    obfuscation: BTreeMap<String, [u64; 2]>,
    groups: BTreeMap<String, [u64; 2]>,
    /// Labeled documents per (label, source, category): [documents, flagged].
    labeled: BTreeMap<(bool, String, Option<String>), [u64; 2]>,
    /// Pages whose gold spans were marked (span metrics mean nothing without them).
    span_pages: u64,
}

/// Flag rate of one slice of document-labeled data: recall for spam, the
/// false-positive rate for genuine documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabeledRate {
    /// `spam` or `genuine`.
    pub label: &'static str,
    /// The documents' `source` (`-` when none was given).
    pub source: String,
    /// The category within the source; `None` for the whole source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Documents in the slice.
    pub documents: u64,
    /// Of them, flagged polluted.
    pub flagged: u64,
    /// `flagged / documents`.
    pub rate: f64,
}

/// The finished numbers for one detector.
#[derive(Debug, Clone, Serialize)]
pub struct EvalSummary {
    /// Pages evaluated.
    pub pages: u64,
    /// Page verdicts against "has gold spans".
    pub page: Prf,
    /// Character overlap of predicted and gold spans over all fields.
    pub span_chars: Prf,
    /// Per kind: share of gold characters inside predicted spans.
    pub recall_per_kind: BTreeMap<String, f64>,
    /// Per obfuscation: the same.
    pub recall_per_obfuscation: BTreeMap<String, f64>,
    /// Per group: share of pages flagged polluted (the false-positive rate
    /// for `clean` and `hard_negative`).
    pub flagged_rate_per_group: BTreeMap<String, f64>,
    /// Pages per group.
    pub pages_per_group: BTreeMap<String, u64>,
    /// Pages with gold spans marked in place (0: the span metrics are empty).
    pub span_pages: u64,
    /// Document-labeled data: recall per spam source, false-positive rate
    /// per genuine source, then per source and category.
    pub labeled: Vec<LabeledRate>,
}

impl Evaluation {
    /// Adds one page's report.
    pub fn add(&mut self, page: &PreparedPage, report: &Report) {
        let gold_polluted = page.label.unwrap_or(!page.gold.is_empty());
        let predicted = report.verdict == Verdict::Polluted;
        if let Some(label) = page.label {
            let source = page.source.clone().unwrap_or_else(|| "-".into());
            let e = self
                .labeled
                .entry((label, source, page.category.clone()))
                .or_default();
            e[0] += 1;
            e[1] += predicted as u64;
        }
        match (gold_polluted, predicted) {
            (true, true) => self.page[0] += 1,
            (false, true) => self.page[1] += 1,
            (true, false) => self.page[2] += 1,
            (false, false) => {}
        }
        let g = self.groups.entry(page.group.clone()).or_default();
        g[0] += 1;
        g[1] += predicted as u64;
        if page.label.is_some() && page.info.is_empty() {
            // Only a document label: no gold span to compare characters with.
            return;
        }
        self.span_pages += 1;

        // Character masks per field text.
        let doc = &page.document;
        let mut fields: Vec<(&'static str, usize, usize)> =
            vec![("body", 0, doc.body.chars().count())];
        for (name, text) in [
            ("title", &doc.title),
            ("meta_description", &doc.meta_description),
            ("meta_keywords", &doc.meta_keywords),
        ] {
            if let Some(t) = text {
                fields.push((name, 0, t.chars().count()));
            }
        }
        for (i, h) in doc.hidden.iter().enumerate() {
            fields.push(("hidden", i, h.text.chars().count()));
        }
        for (name, block, len) in fields {
            let mut predicted = vec![false; len];
            for s in report
                .spans
                .iter()
                .filter(|s| s.field.as_str() == name && s.block.unwrap_or(0) == block)
            {
                for m in &mut predicted[s.start.min(len)..s.end.min(len)] {
                    *m = true;
                }
            }
            let mut gold = vec![false; len];
            for span in page
                .gold
                .iter()
                .filter(|g| g.field == name && g.block == block)
            {
                let (a, b) = (span.start.min(len), span.end.min(len));
                let hit = predicted[a..b].iter().filter(|&&m| m).count() as u64;
                let info = &page.info[span.index];
                for (map, key) in [
                    (&mut self.kind, &info.kind),
                    (&mut self.obfuscation, &info.obfuscation),
                ] {
                    let e = map.entry(key.clone()).or_default();
                    e[0] += (b - a) as u64;
                    e[1] += hit;
                }
                for m in &mut gold[a..b] {
                    *m = true;
                }
            }
            for (p, g) in predicted.iter().zip(&gold) {
                match (p, g) {
                    (true, true) => self.chars[0] += 1,
                    (true, false) => self.chars[1] += 1,
                    (false, true) => self.chars[2] += 1,
                    (false, false) => {}
                }
            }
        }
    }

    /// The metrics so far.
    pub fn summary(&self) -> EvalSummary {
        let recall = |m: &BTreeMap<String, [u64; 2]>| {
            m.iter()
                .map(|(k, v)| (k.clone(), ratio(v[1], v[0])))
                .collect()
        };
        EvalSummary {
            pages: self.groups.values().map(|v| v[0]).sum(),
            page: Prf::from_counts(self.page[0], self.page[1], self.page[2]),
            span_chars: Prf::from_counts(self.chars[0], self.chars[1], self.chars[2]),
            recall_per_kind: recall(&self.kind),
            recall_per_obfuscation: recall(&self.obfuscation),
            flagged_rate_per_group: self
                .groups
                .iter()
                .map(|(k, v)| (k.clone(), ratio(v[1], v[0])))
                .collect(),
            pages_per_group: self.groups.iter().map(|(k, v)| (k.clone(), v[0])).collect(),
            span_pages: self.span_pages,
            labeled: self.labeled_rates(),
        }
    }

    /// Rates per (label, source), each followed by its categories when the
    /// source has more than one or any category at all.
    fn labeled_rates(&self) -> Vec<LabeledRate> {
        let rate = |label: bool, source: &str, category: Option<String>, v: [u64; 2]| LabeledRate {
            label: if label { "spam" } else { "genuine" },
            source: source.to_string(),
            category,
            documents: v[0],
            flagged: v[1],
            rate: ratio(v[1], v[0]),
        };
        let mut totals: BTreeMap<(bool, &str), [u64; 2]> = BTreeMap::new();
        for ((label, source, _), v) in &self.labeled {
            let t = totals.entry((!*label, source.as_str())).or_default();
            t[0] += v[0];
            t[1] += v[1];
        }
        let mut out = Vec::new();
        // Spam sources first (recall), then genuine ones (false positives).
        for (&(not_spam, source), &total) in &totals {
            let label = !not_spam;
            out.push(rate(label, source, None, total));
            for ((l, s, category), &v) in &self.labeled {
                if *l == label && s == source {
                    if let Some(c) = category {
                        out.push(rate(label, source, Some(c.clone()), v));
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{Field, PollutedSpan, SpanKind};

    fn marker(n: u32, close: bool) -> char {
        char::from_u32(MARKER_BASE + 2 * n + close as u32).unwrap()
    }

    fn page() -> EvalPage {
        let html = format!(
            "<title>公园{}六合彩{}</title><p>今天天气好{}新澳门开奖{}。</p><div style=\"display:none\">{}澳门赌场{}</div>",
            marker(0, false),
            marker(0, true),
            marker(1, false),
            marker(1, true),
            marker(2, false),
            marker(2, true)
        );
        EvalPage {
            id: "p1".into(),
            group: Some("polluted".into()),
            html: Some(html),
            text: None,
            label: None,
            source: None,
            category: None,
            gold: ["meta", "inline", "hidden"]
                .iter()
                .map(|k| GoldInfo {
                    kind: k.to_string(),
                    obfuscation: "none".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn markers_become_offsets_in_extracted_fields() {
        let p = prepare(&page()).unwrap();
        assert_eq!(p.document.body, "今天天气好新澳门开奖。");
        assert_eq!(p.document.title.as_deref(), Some("公园六合彩"));
        let hidden: Vec<&str> = p.document.hidden.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(hidden, vec!["澳门赌场"]);
        let spans: Vec<(&str, usize, usize)> =
            p.gold.iter().map(|g| (g.field, g.start, g.end)).collect();
        assert_eq!(
            spans,
            vec![("body", 5, 10), ("title", 2, 5), ("hidden", 0, 4)]
        );
    }

    #[test]
    fn counting_pages_chars_and_kinds() {
        let p = prepare(&page()).unwrap();
        let report = Report {
            id: "p1".into(),
            verdict: Verdict::Polluted,
            score: 0.9,
            title: None,
            chars: 11,
            spans: vec![PollutedSpan {
                field: Field::Body,
                start: 3,
                end: 8,
                text: String::new(),
                score: 0.9,
                kind: SpanKind::Gambling,
                block: None,
                html: None,
            }],
        };
        let mut e = Evaluation::default();
        e.add(&p, &report);
        let s = e.summary();
        assert_eq!((s.page.tp, s.page.fp, s.page.r#fn), (1, 0, 0));
        // Predicted 5 body chars, 3 of them gold; gold is 5 body + 3 title + 4 hidden.
        assert_eq!(
            (s.span_chars.tp, s.span_chars.fp, s.span_chars.r#fn),
            (3, 2, 9)
        );
        assert_eq!(s.recall_per_kind["inline"], 0.6);
        assert_eq!(s.recall_per_kind["hidden"], 0.0);
        assert_eq!(s.flagged_rate_per_group["polluted"], 1.0);
    }

    #[test]
    fn broken_markers_are_reported() {
        let mut p = page();
        p.gold.pop();
        assert!(prepare(&p)
            .unwrap_err()
            .to_string()
            .contains("only 2 listed"));
        let mut p = page();
        p.html = Some(format!("<p>{}未闭合</p>", marker(0, false)));
        assert!(prepare(&p)
            .unwrap_err()
            .to_string()
            .contains("never closed"));
    }

    fn labeled(
        id: &str,
        text: &str,
        label: &str,
        source: &str,
        category: Option<&str>,
    ) -> EvalPage {
        serde_json::from_value(serde_json::json!({
            "id": id, "text": text, "label": label, "source": source, "category": category,
        }))
        .unwrap()
    }

    fn verdict_report(id: &str, polluted: bool) -> Report {
        Report {
            id: id.into(),
            verdict: if polluted {
                Verdict::Polluted
            } else {
                Verdict::Clean
            },
            score: if polluted { 0.9 } else { 0.1 },
            title: None,
            chars: 1,
            spans: vec![],
        }
    }

    #[test]
    fn document_labels_give_recall_per_source_and_fpr_per_category() {
        let docs = [
            (labeled("s1", "甲", "spam", "strings", None), true),
            (labeled("s2", "乙", "SPAM", "strings", None), false),
            (labeled("g1", "丙", "genuine", "news", Some("sports")), true),
            (labeled("g2", "丁", "clean", "news", Some("sports")), false),
            (labeled("g3", "戊", "0", "news", Some("finance")), false),
        ];
        let mut e = Evaluation::default();
        for (page, flagged) in &docs {
            let p = prepare(page).unwrap();
            assert!(p.gold.is_empty());
            e.add(&p, &verdict_report(&page.id, *flagged));
        }
        let s = e.summary();
        assert_eq!((s.page.tp, s.page.fp, s.page.r#fn), (1, 1, 1));
        assert_eq!(s.span_pages, 0);
        let rows: Vec<(&str, &str, Option<&str>, u64, u64)> = s
            .labeled
            .iter()
            .map(|r| {
                (
                    r.label,
                    r.source.as_str(),
                    r.category.as_deref(),
                    r.documents,
                    r.flagged,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                ("spam", "strings", None, 2, 1),
                ("genuine", "news", None, 3, 1),
                ("genuine", "news", Some("finance"), 1, 0),
                ("genuine", "news", Some("sports"), 2, 1),
            ]
        );
        assert_eq!(s.flagged_rate_per_group["genuine"], 1.0 / 3.0);
    }

    #[test]
    fn numeric_ids_and_labels_are_taken_unknown_labels_refused() {
        let page: EvalPage =
            serde_json::from_str(r#"{"id": 7, "text": "新闻", "label": 1}"#).unwrap();
        let p = prepare(&page).unwrap();
        assert_eq!(
            (p.document.id.as_str(), p.label, p.group.as_str()),
            ("7", Some(true), "spam")
        );
        let page = labeled("x", "新闻", "maybe", "s", None);
        let err = prepare(&page).unwrap_err().to_string();
        assert!(err.contains("page x") && err.contains("\"maybe\""), "{err}");
    }
}
