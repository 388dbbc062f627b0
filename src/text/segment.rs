//! Segmentation: normalized text cut into words by jieba-rs.
//!
//! A [`Segmenter`] is jieba's default dictionary plus a user dictionary of
//! gambling terms, so that 一肖一码, 六合彩 or 开奖结果 stay whole instead of
//! being split into ordinary words. The user words travel inside the model
//! file, so scoring segments exactly as training did.

use jieba_rs::Jieba;
use std::io::BufRead;

/// Segmenter switches and the user dictionary, stored in the model file.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SegmenterSettings {
    /// Use jieba's HMM for out-of-vocabulary words (slower; off by default).
    pub hmm: bool,
    /// Extra words and their frequencies, added on top of jieba's dictionary.
    pub user_words: Vec<UserWord>,
}

/// One user-dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UserWord {
    /// The word, already normalized.
    pub word: String,
    /// jieba frequency; higher wins over the default dictionary's splits.
    pub freq: u32,
}

/// Reasons a user dictionary can't be read.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    /// Reading failed.
    #[error("line {line}: {source}")]
    Io {
        /// 1-based line number.
        line: usize,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A frequency that is not a positive integer.
    #[error(
        "line {line}: frequency {value:?} is not a positive integer (expected `word [freq] [tag]`)"
    )]
    BadFrequency {
        /// 1-based line number.
        line: usize,
        /// The offending field.
        value: String,
    },
}

/// Frequency given to user words that name none, high enough to beat the
/// default dictionary's split of a term into common words.
pub const DEFAULT_USER_WORD_FREQ: u32 = 20_000;

/// Parses a jieba user dictionary (`word [freq] [tag]` per line, `#` comments).
pub fn read_user_dictionary<R: BufRead>(reader: R) -> Result<Vec<UserWord>, DictionaryError> {
    let mut words = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| DictionaryError::Io {
            line: i + 1,
            source,
        })?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = match fields.next() {
            None => DEFAULT_USER_WORD_FREQ,
            Some(f) => match f.parse::<u32>() {
                Ok(v) if v > 0 => v,
                _ => {
                    return Err(DictionaryError::BadFrequency {
                        line: i + 1,
                        value: f.to_string(),
                    })
                }
            },
        };
        words.push(UserWord {
            word: word.to_string(),
            freq,
        });
    }
    Ok(words)
}

/// A word cut from normalized text, with its code-point range in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word itself, borrowed from the normalized text.
    pub text: &'a str,
    /// First code point (inclusive).
    pub start: usize,
    /// Last code point (exclusive).
    pub end: usize,
}

/// jieba with the configured dictionary; cheap to share across threads.
pub struct Segmenter {
    jieba: Jieba,
    settings: SegmenterSettings,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter")
            .field("hmm", &self.settings.hmm)
            .field("user_words", &self.settings.user_words.len())
            .finish()
    }
}

impl Segmenter {
    /// Builds jieba's default dictionary plus the user words.
    pub fn new(settings: SegmenterSettings) -> Segmenter {
        let mut jieba = Jieba::new();
        for w in &settings.user_words {
            jieba.add_word(&w.word, Some(w.freq as usize), None);
        }
        Segmenter { jieba, settings }
    }

    /// The settings this segmenter was built with.
    pub fn settings(&self) -> &SegmenterSettings {
        &self.settings
    }

    /// Calls `f` for every word of `text`, in order.
    pub fn for_each_word<'a>(&self, text: &'a str, mut f: impl FnMut(Word<'a>)) {
        for t in self.jieba.cut(text, self.settings.hmm) {
            f(Word {
                text: t.word,
                start: t.start,
                end: t.end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(seg: &Segmenter, s: &str) -> Vec<String> {
        let mut v = Vec::new();
        seg.for_each_word(s, |w| v.push(w.text.to_string()));
        v
    }

    #[test]
    fn user_words_stay_whole() {
        let plain = Segmenter::new(SegmenterSettings::default());
        let user = Segmenter::new(SegmenterSettings {
            hmm: false,
            user_words: vec![UserWord {
                word: "一肖一码".into(),
                freq: DEFAULT_USER_WORD_FREQ,
            }],
        });
        assert!(!words(&plain, "管家婆一肖一码").contains(&"一肖一码".to_string()));
        assert!(words(&user, "管家婆一肖一码").contains(&"一肖一码".to_string()));
    }

    #[test]
    fn offsets_are_code_points() {
        let seg = Segmenter::new(SegmenterSettings::default());
        let text = "新年讲话abc发表";
        let mut seen = Vec::new();
        seg.for_each_word(text, |w| seen.push((w.text, w.start, w.end)));
        for (word, start, end) in seen {
            let slice: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(slice, word);
        }
    }

    #[test]
    fn dictionary_parsing() {
        let dict = "# comment\n六合彩 30000 n\n开奖\n\n";
        let words = read_user_dictionary(dict.as_bytes()).unwrap();
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].freq, 30000);
        assert_eq!(words[1].freq, DEFAULT_USER_WORD_FREQ);
        let err = read_user_dictionary("六合彩 many\n".as_bytes()).unwrap_err();
        assert!(err.to_string().contains("line 1"));
    }
}
