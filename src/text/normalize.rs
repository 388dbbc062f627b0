//! Normalization: the text the model sees, with a map back to the text the user gave.
//!
//! A [`NormalizedText`] is the original text folded so that spammers' cosmetic
//! variants meet the plain forms the model was trained on: NFKC (full-width
//! digits and letters fold to ASCII), lower-case Latin, traditional characters
//! to simplified, invisible characters removed and spaces that split Chinese
//! characters apart removed. Every stage may change lengths, so each normalized
//! character remembers the original character it came from.

use unicode_normalization::UnicodeNormalization;

/// Normalizer switches, stored in the model file so scoring folds text exactly
/// as training did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NormalizerSettings {
    /// Apply NFKC compatibility folding (full-width forms, ligatures, circled digits).
    pub nfkc: bool,
    /// Lower-case Latin letters.
    pub lowercase: bool,
    /// Map traditional Chinese characters to simplified ones (char for char).
    pub traditional_to_simplified: bool,
    /// Drop zero-width and other default-ignorable characters.
    pub strip_invisible: bool,
    /// Drop whitespace runs that sit between two CJK characters ("澳 门" -> "澳门");
    /// line breaks are kept.
    pub join_split_cjk: bool,
    /// Drop symbols that split Chinese characters apart ("澳★门" -> "澳门"),
    /// see [`super::desymbol`].
    pub join_symbol_split: bool,
}

impl Default for NormalizerSettings {
    fn default() -> Self {
        NormalizerSettings {
            nfkc: true,
            lowercase: true,
            traditional_to_simplified: true,
            strip_invisible: true,
            join_split_cjk: true,
            join_symbol_split: true,
        }
    }
}

/// Normalized text plus, for every normalized character, the index (in Unicode
/// code points) of the original character that produced it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalizedText {
    /// The folded text the segmenter and features read.
    pub text: String,
    /// `origin[i]` is the original code-point index of normalized char `i`.
    /// Non-decreasing, one entry per char of `text`.
    pub origin: Vec<u32>,
    /// Number of code points in the original text.
    pub original_chars: u32,
}

impl NormalizedText {
    /// Number of code points in the normalized text.
    pub fn len_chars(&self) -> usize {
        self.origin.len()
    }

    /// Maps a half-open range of normalized chars back to a half-open range of
    /// original chars covering every original char that contributed to it.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.origin.len() {
            let at = self
                .origin
                .get(start)
                .map_or(self.original_chars as usize, |&o| o as usize);
            return (at, at);
        }
        let end = end.min(self.origin.len());
        // An original char that expanded into several normalized chars is
        // covered whole, and removed chars at the edges are left out.
        let orig_start = self.origin[start] as usize;
        let orig_end = self.origin[end - 1] as usize + 1;
        (orig_start, orig_end)
    }
}

/// True for characters the CJK-aware stages treat as Chinese script.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3005 | 0x3007)
}

/// True for letters and digits of any script, with fast paths for ASCII and
/// CJK (the general Unicode lookup is slow and this runs per character).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_cjk(c) || c.is_alphanumeric()
    }
}

/// True for zero-width and other invisible format characters that spammers
/// slip between letters to defeat keyword filters.
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

/// Folds text as configured by [`NormalizerSettings`].
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    settings: NormalizerSettings,
}

impl Normalizer {
    /// A normalizer with the given settings.
    pub fn new(settings: NormalizerSettings) -> Normalizer {
        Normalizer { settings }
    }

    /// The settings this normalizer applies.
    pub fn settings(&self) -> &NormalizerSettings {
        &self.settings
    }

    /// Normalizes `input`, keeping the offset map.
    pub fn normalize(&self, input: &str) -> NormalizedText {
        let s = &self.settings;
        let mut out = NormalizedText {
            text: String::with_capacity(input.len()),
            origin: Vec::with_capacity(input.len() / 2),
            original_chars: 0,
        };
        // Whitespace between CJK characters is held back until we know what follows.
        let mut pending_space: Vec<(char, u32)> = Vec::new();
        let mut last_cjk = false;
        let mut index: u32 = 0;
        for c in input.chars() {
            let at = index;
            index += 1;
            if s.strip_invisible && is_invisible(c) {
                continue;
            }
            // Line breaks are block boundaries, never a split inside a phrase.
            if s.join_split_cjk && c.is_whitespace() && c != '\n' && c != '\r' && last_cjk {
                pending_space.push((c, at));
                continue;
            }
            let mut emit = |c: char, out: &mut NormalizedText, pending: &mut Vec<(char, u32)>| {
                let cjk = is_cjk(c);
                if !pending.is_empty() {
                    if !cjk {
                        for (p, pat) in pending.drain(..) {
                            out.text.push(p);
                            out.origin.push(pat);
                        }
                    } else {
                        pending.clear();
                    }
                }
                last_cjk = cjk;
                out.text.push(c);
                out.origin.push(at);
            };
            if c.is_ascii() {
                let c = if s.lowercase {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                emit(c, &mut out, &mut pending_space);
            } else if s.nfkc && !is_cjk(c) {
                for folded in std::iter::once(c).nfkc() {
                    if s.strip_invisible && is_invisible(folded) {
                        continue;
                    }
                    let folded = if s.lowercase && folded.is_ascii() {
                        folded.to_ascii_lowercase()
                    } else {
                        folded
                    };
                    emit(folded, &mut out, &mut pending_space);
                }
            } else {
                emit(c, &mut out, &mut pending_space);
            }
        }
        for (p, pat) in pending_space.drain(..) {
            out.text.push(p);
            out.origin.push(pat);
        }
        out.original_chars = index;
        if s.traditional_to_simplified {
            to_simplified(&mut out);
        }
        if s.join_symbol_split {
            super::desymbol::join_symbol_split(&mut out);
        }
        out
    }
}

/// Maps traditional characters to simplified ones in place. fast2s converts
/// char for char, so the offset map stays valid; if a future version ever
/// changed the char count we keep the unconverted text rather than corrupt it.
fn to_simplified(text: &mut NormalizedText) {
    if !text.text.chars().any(is_cjk) {
        return;
    }
    let converted = fast2s::convert(&text.text);
    if converted.chars().count() == text.origin.len() {
        text.text = converted;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> NormalizedText {
        Normalizer::default().normalize(s)
    }

    #[test]
    fn full_width_digits_and_letters_fold() {
        let n = norm("２０２４年ＡＰＰ下载");
        assert_eq!(n.text, "2024年app下载");
        assert_eq!(n.origin, (0..10).collect::<Vec<u32>>());
    }

    #[test]
    fn traditional_becomes_simplified() {
        assert_eq!(norm("澳門開獎資料").text, "澳门开奖资料");
    }

    #[test]
    fn zero_width_removed_with_offsets_kept() {
        let n = norm("澳\u{200B}门彩");
        assert_eq!(n.text, "澳门彩");
        assert_eq!(n.origin, vec![0, 2, 3]);
        assert_eq!(n.original_range(0, 2), (0, 3));
        assert_eq!(n.original_chars, 4);
    }

    #[test]
    fn spaces_between_cjk_are_dropped_but_not_elsewhere() {
        let n = norm("六 合  彩 app download");
        assert_eq!(n.text, "六合彩 app download");
        assert_eq!(n.original_range(0, 3), (0, 6));
    }

    #[test]
    fn line_breaks_between_cjk_are_kept() {
        // "发布网\n投稿" must not read as 网投 (online betting).
        assert_eq!(norm("发布网\n投稿").text, "发布网\n投稿");
        assert_eq!(norm("澳 \n门").text, "澳 \n门");
    }

    #[test]
    fn trailing_space_after_cjk_is_kept() {
        assert_eq!(norm("新闻 ").text, "新闻 ");
        assert_eq!(norm("新闻 ").origin, vec![0, 1, 2]);
    }

    #[test]
    fn expansion_maps_back_to_one_original_char() {
        // U+2474 PARENTHESIZED DIGIT ONE folds to "(1)".
        let n = norm("第⑴期");
        assert_eq!(n.text, "第(1)期");
        assert_eq!(n.original_range(1, 4), (1, 2));
        assert_eq!(n.original_range(2, 3), (1, 2));
    }

    #[test]
    fn settings_can_disable_stages() {
        let n = Normalizer::new(NormalizerSettings {
            nfkc: false,
            lowercase: false,
            traditional_to_simplified: false,
            strip_invisible: false,
            join_split_cjk: false,
            join_symbol_split: false,
        })
        .normalize("澳門 ＡＢ\u{200B}★門");
        assert_eq!(n.text, "澳門 ＡＢ\u{200B}★門");
    }

    #[test]
    fn empty_input() {
        let n = norm("");
        assert!(n.text.is_empty());
        assert_eq!(n.original_range(0, 0), (0, 0));
    }
}
