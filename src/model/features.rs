//! Features: what the model counts in a piece of normalized text.
//!
//! A [`TextPipeline`] composes the stages once — normalize, segment, features —
//! so training and scoring see text exactly alike. Four feature families:
//! jieba words (with digit runs replaced by their length shape, so 2025 and
//! 1998 both read as a four-digit number rather than as vocabulary),
//! character bigrams inside runs of Chinese characters, which are immune to
//! unknown words and segmentation mistakes, and web addresses named by shape
//! and top-level domain ([`crate::text::domains`]), and pairs of adjacent
//! words, which tell promotion from topic where single words cannot: 体育 and
//! 官方网站 are everyday words, 体育 glued to 官方网站 is a betting brand's
//! page title; the pairs also cross from Latin to Chinese (`app` + 下载, `tb` +
//! 体育), where character bigrams stop. Each feature carries the code-point
//! range it covers, which is what lets the detector localize.

use super::table::ScoringTable;
use crate::text::domains;
use crate::text::normalize::{is_cjk, is_word_char};
use crate::text::{NormalizedText, Normalizer, NormalizerSettings, Segmenter, SegmenterSettings};

/// Which feature families are extracted; stored in the model file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FeatureSettings {
    /// jieba words.
    pub words: bool,
    /// Character bigrams within runs of CJK characters.
    pub cjk_bigrams: bool,
    /// Replace ASCII digit runs by a shape token (`#1` … `#5+`).
    pub number_shapes: bool,
    /// Name web addresses by shape (`⟨domain⟩` and their top-level domain),
    /// see [`crate::text::domains`].
    pub domains: bool,
    /// Pairs of adjacent words ([`Feature::Pair`]).
    pub word_pairs: bool,
}

impl Default for FeatureSettings {
    fn default() -> Self {
        FeatureSettings {
            words: true,
            cjk_bigrams: true,
            number_shapes: true,
            domains: true,
            word_pairs: true,
        }
    }
}

/// One feature occurrence's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature<'a> {
    /// A word (or a number shape such as `#4`).
    Word(&'a str),
    /// Two adjacent CJK characters.
    Bigram(char, char),
    /// Two jieba words that touch (no space or symbol between them, neither a
    /// bare number), as the text they cover together. Stored in a model's
    /// vocabulary as [`PAIR_MARK`] followed by that text, so a pair never
    /// meets a single word of the same spelling.
    Pair(&'a str),
}

/// First character of a word pair's vocabulary key ([`Feature::Pair`]): a
/// control character, which normalized text never holds.
pub const PAIR_MARK: char = '\u{2}';

/// Packs a bigram into one integer key for allocation-free lookups.
pub fn bigram_key(a: char, b: char) -> u64 {
    ((a as u64) << 32) | b as u64
}

/// Unpacks [`bigram_key`]; `None` if the key holds no valid chars.
pub fn bigram_chars(key: u64) -> Option<(char, char)> {
    let a = char::from_u32((key >> 32) as u32)?;
    let b = char::from_u32(key as u32)?;
    Some((a, b))
}

const NUMBER_SHAPES: [&str; 5] = ["#1", "#2", "#3", "#4", "#5+"];

/// Most joining marks ([`is_pair_joiner`]) between the two words of a pair.
const MAX_PAIR_GAP: usize = 2;

/// Marks that decorate a name rather than end a phrase: brackets, middle
/// dots, dashes, bars, slashes, colons and bullets. Commas, enumeration
/// commas, sentence ends, quotes and spaces part a pair.
fn is_pair_joiner(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '【'
            | '】'
            | '「'
            | '」'
            | '『'
            | '』'
            | '〔'
            | '〕'
            | '·'
            | '•'
            | '・'
            | '-'
            | '_'
            | '—'
            | '–'
            | '|'
            | '/'
            | ':'
            | '●'
            | '★'
            | '☆'
            | '◆'
            | '◇'
            | '■'
            | '□'
            | '▲'
            | '▶'
            | '◀'
            | '♦'
            | '♥'
            | '✳'
            | '✦'
    )
}

/// The whole text pipeline, built once from the settings a model carries.
#[derive(Debug)]
pub struct TextPipeline {
    normalizer: Normalizer,
    segmenter: Segmenter,
    features: FeatureSettings,
}

/// Everything needed to rebuild a [`TextPipeline`] identically.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PipelineSettings {
    /// Normalization stage.
    pub normalizer: NormalizerSettings,
    /// Segmentation stage, including the user dictionary.
    pub segmenter: SegmenterSettings,
    /// Feature families.
    pub features: FeatureSettings,
}

impl TextPipeline {
    /// Builds the stages; loading jieba's dictionary is the costly part.
    pub fn new(settings: PipelineSettings) -> TextPipeline {
        TextPipeline {
            normalizer: Normalizer::new(settings.normalizer),
            segmenter: Segmenter::new(settings.segmenter),
            features: settings.features,
        }
    }

    /// The settings, for storing in a model file.
    pub fn settings(&self) -> PipelineSettings {
        PipelineSettings {
            normalizer: self.normalizer.settings().clone(),
            segmenter: self.segmenter.settings().clone(),
            features: self.features.clone(),
        }
    }

    /// The segmenter (second stage), for detectors that reason about word
    /// boundaries rather than features.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Normalizes raw text (first stage).
    pub fn normalize(&self, text: &str) -> NormalizedText {
        self.normalizer.normalize(text)
    }

    /// Calls `f(feature, start, end)` for every feature of normalized text,
    /// with code-point ranges into `norm.text`.
    pub fn for_each_feature<'a>(
        &self,
        norm: &'a NormalizedText,
        mut f: impl FnMut(Feature<'a>, usize, usize),
    ) {
        self.for_each_feature_tagged(norm, |feature, a, b, _| f(feature, a, b));
    }

    /// [`TextPipeline::for_each_feature`], saying of each feature whether
    /// it is a jieba word (the last argument).
    fn for_each_feature_tagged<'a>(
        &self,
        norm: &'a NormalizedText,
        mut f: impl FnMut(Feature<'a>, usize, usize, bool),
    ) {
        if self.features.words {
            let shapes = self.features.number_shapes;
            let pairs = self.features.word_pairs;
            // The last word that can open a pair (its byte and code-point
            // starts), how far the run reaches now, and how many joining
            // marks lie between it and the next word.
            let mut open: Option<(usize, usize, usize, usize)> = None;
            let base = norm.text.as_ptr() as usize;
            self.segmenter.for_each_word(&norm.text, |w| {
                if !w.text.chars().any(is_word_char) {
                    // Decorative marks inside a brand name ("x·体育", "体育(中国)官网")
                    // keep the words on either side a pair; anything else parts them.
                    open = open.and_then(|(from, start, end, gap)| {
                        let gap = gap + w.text.chars().count();
                        let joins = end == w.start
                            && gap <= MAX_PAIR_GAP
                            && w.text.chars().all(is_pair_joiner);
                        joins.then_some((from, start, w.end, gap))
                    });
                    return;
                }
                // Words are slices of the text: their byte offset is their distance from its start.
                let byte = w.text.as_ptr() as usize - base;
                let number = w.text.bytes().all(|b| b.is_ascii_digit());
                if shapes && number {
                    let shape = NUMBER_SHAPES[(w.text.len() - 1).min(NUMBER_SHAPES.len() - 1)];
                    f(Feature::Word(shape), w.start, w.end, true);
                } else {
                    f(Feature::Word(w.text), w.start, w.end, true);
                }
                if pairs {
                    if let (Some((from, start, end, _)), false) = (open, number) {
                        if end == w.start {
                            if let Some(text) = norm.text.get(from..byte + w.text.len()) {
                                f(Feature::Pair(text), start, w.end, false);
                            }
                        }
                    }
                    open = (!number).then_some((byte, w.start, w.end, 0));
                }
            });
        }
        if self.features.domains {
            domains::for_each_domain(&norm.text, |tld, a, b| {
                f(Feature::Word(domains::DOMAIN), a, b, false);
                f(Feature::Word(tld), a, b, false);
            });
        }
        if self.features.cjk_bigrams {
            let mut prev: Option<char> = None;
            for (i, c) in norm.text.chars().enumerate() {
                if is_cjk(c) {
                    if let Some(p) = prev {
                        f(Feature::Bigram(p, c), i - 1, i + 1, false);
                    }
                    prev = Some(c);
                } else {
                    prev = None;
                }
            }
        }
    }
}

/// How many features ahead [`TextPipeline::for_each_scored_feature`] starts
/// loading table slots: enough to cover a memory access at a few nanoseconds
/// of work per feature.
const PREFETCH_DISTANCE: usize = 8;

impl TextPipeline {
    /// Calls `f(llr, start, end)` for every feature of `norm` the table
    /// knows, in the order of [`TextPipeline::for_each_feature`], with the
    /// values of [`ScoringTable::llr`]: the same calls, without the misses.
    /// Lookups are the memory-bound part of scoring (the table does not fit
    /// in L2), so the features are listed first (in a per-thread buffer that
    /// keeps its capacity) and the slots of those a few steps ahead are
    /// prefetched while the current one is scored.
    pub fn for_each_scored_feature(
        &self,
        norm: &NormalizedText,
        table: &ScoringTable,
        f: impl FnMut(f64, usize, usize),
    ) {
        self.for_each_scored_feature_with_words(norm, table, None, f);
    }

    /// [`TextPipeline::for_each_scored_feature`], also collecting into
    /// `words` (when given, after clearing it) the code-point range of every
    /// jieba word that holds a letter, digit or ideograph, in order: the
    /// text's segmentation, for detectors that reason about word boundaries
    /// without cutting the text a second time.
    pub fn for_each_scored_feature_with_words(
        &self,
        norm: &NormalizedText,
        table: &ScoringTable,
        mut words: Option<&mut Vec<(usize, usize)>>,
        mut f: impl FnMut(f64, usize, usize),
    ) {
        if let Some(w) = words.as_deref_mut() {
            w.clear();
        }
        thread_local! {
            static BUFFER: std::cell::RefCell<Vec<(Feature<'static>, usize, usize)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        BUFFER.with(|cell| {
            // Re-entered from `f` (never in practice): use a fresh buffer.
            let mut fresh = Vec::new();
            let mut borrowed = cell.try_borrow_mut().ok();
            let kept = borrowed.as_deref_mut().unwrap_or(&mut fresh);
            let mut features = relifetime(std::mem::take(kept));
            self.for_each_feature_tagged(norm, |feature, a, b, is_word| {
                if let (true, Some(w)) = (is_word, words.as_deref_mut()) {
                    w.push((a, b));
                }
                features.push((feature, a, b))
            });
            for &(feature, _, _) in features.iter().take(PREFETCH_DISTANCE) {
                table.prefetch(feature);
            }
            for (i, &(feature, a, b)) in features.iter().enumerate() {
                if let Some(&(ahead, _, _)) = features.get(i + PREFETCH_DISTANCE) {
                    table.prefetch(ahead);
                }
                if let Some(llr) = table.llr(feature) {
                    f(llr, a, b);
                }
            }
            *kept = relifetime(features);
        });
    }
}

/// Empties a feature buffer and retypes it for another text's lifetime,
/// keeping the allocation: an empty Vec borrows nothing, and collecting a
/// `map` into a Vec of a same-sized type reuses the buffer in place.
fn relifetime<'b>(mut v: Vec<(Feature<'_>, usize, usize)>) -> Vec<(Feature<'b>, usize, usize)> {
    v.clear();
    v.into_iter()
        .map(|(_, a, b)| (Feature::Bigram('\0', '\0'), a, b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(p: &TextPipeline, s: &str) -> Vec<(String, usize, usize)> {
        let n = p.normalize(s);
        let mut v = Vec::new();
        p.for_each_feature(&n, |f, a, b| {
            let name = match f {
                Feature::Word(w) => format!("w:{w}"),
                Feature::Bigram(x, y) => format!("b:{x}{y}"),
                Feature::Pair(t) => format!("p:{t}"),
            };
            v.push((name, a, b));
        });
        v
    }

    #[test]
    fn words_bigrams_and_shapes() {
        let p = TextPipeline::new(PipelineSettings::default());
        let f = collect(&p, "２０２５年，开奖");
        let names: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"w:#4"), "{names:?}");
        assert!(names.contains(&"b:开奖"));
        assert!(!names.iter().any(|n| n.contains('，')));
        // No bigram across the comma.
        assert!(!names.contains(&"b:年开"));
    }

    #[test]
    fn touching_words_pair_up_across_scripts_but_not_across_gaps_or_numbers() {
        let p = TextPipeline::new(PipelineSettings::default());
        let f = collect(
            &p,
            "体育app下载，官方网站。入口2025年，x体育·(中国)官方网站",
        );
        let pairs: Vec<(&str, usize, usize)> = f
            .iter()
            .filter(|x| x.0.starts_with("p:"))
            .map(|x| (&x.0[2..], x.1, x.2))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("体育app", 0, 5),
                ("app下载", 2, 7),
                ("x体育", 21, 24),
                ("体育·(中国", 22, 28),
                ("中国)官方网站", 26, 33)
            ],
            "{f:?}"
        );
        let off = TextPipeline::new(PipelineSettings {
            features: FeatureSettings {
                word_pairs: false,
                ..FeatureSettings::default()
            },
            ..PipelineSettings::default()
        });
        assert!(!collect(&off, "体育app下载")
            .iter()
            .any(|x| x.0.starts_with("p:")));
    }

    #[test]
    fn web_addresses_become_shape_features() {
        let p = TextPipeline::new(PipelineSettings::default());
        let f = collect(&p, "官网：ＯＢ５８７５.live");
        assert!(f.contains(&("w:⟨domain⟩".to_string(), 3, 14)), "{f:?}");
        assert!(f.contains(&("w:⟨.live⟩".to_string(), 3, 14)), "{f:?}");
    }

    #[test]
    fn ranges_index_the_normalized_text() {
        let p = TextPipeline::new(PipelineSettings::default());
        let n = p.normalize("澳門六合彩 app下载");
        let chars: Vec<char> = n.text.chars().collect();
        p.for_each_feature(&n, |f, a, b| {
            let s: String = chars[a..b].iter().collect();
            match f {
                Feature::Word(w) | Feature::Pair(w) => assert_eq!(w, s),
                Feature::Bigram(x, y) => assert_eq!(format!("{x}{y}"), s),
            }
        });
    }

    #[test]
    fn scored_features_are_the_known_features_in_order() {
        let model = crate::model::format::tests::tiny_model();
        let table = ScoringTable::from_model(&model);
        let p = TextPipeline::new(model.pipeline.clone());
        // Long enough to run past the prefetch distance; texts of several
        // lengths reuse the per-thread buffer.
        let long = "新闻：六合彩开奖，新闻。".repeat(7);
        for text in [long.as_str(), "", "开奖", long.as_str(), "六合彩"] {
            let norm = p.normalize(text);
            let mut expected = Vec::new();
            p.for_each_feature(&norm, |f, a, b| {
                if let Some(v) = table.llr(f) {
                    expected.push((v, a, b));
                }
            });
            let mut got = Vec::new();
            p.for_each_scored_feature(&norm, &table, |v, a, b| got.push((v, a, b)));
            assert_eq!(got, expected, "{text}");
            assert_eq!(got.is_empty(), text.is_empty());
        }
    }

    #[test]
    fn bigram_key_round_trips() {
        assert_eq!(bigram_chars(bigram_key('澳', '门')), Some(('澳', '门')));
    }
}
