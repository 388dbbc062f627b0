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
        return c.is_ascii_alphanumeric();
    }
    match c as u32 {
        // Chinese text's punctuation: general punctuation, CJK symbols and
        // punctuation, full-width forms. Their few letters and digits are
        // listed (a test checks these blocks against the Unicode tables).
        0x2000..=0x206F => false,
        0x3000..=0x303F => {
            matches!(c as u32, 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3031..=0x3035 | 0x3038..=0x303C)
        }
        0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 => false,
        _ => is_cjk(c) || c.is_alphanumeric(),
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
        let mut out = NormalizedText::default();
        self.normalize_into(input, &mut out);
        out
    }

    /// Normalizes `input` into `out`, reusing its buffers: callers that
    /// normalize many texts keep one [`NormalizedText`] as scratch space and
    /// allocate nothing once it has grown to their largest text.
    pub fn normalize_into(&self, input: &str, out: &mut NormalizedText) {
        let s = &self.settings;
        out.text.clear();
        out.text.reserve(input.len());
        out.origin.clear();
        out.origin.reserve(input.len() / 2);
        out.original_chars = 0;
        let mut sink = Sink {
            out,
            t2s: s.traditional_to_simplified.then(t2s_table),
            prev: None,
            deferred: Vec::new(),
            any_cjk: false,
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
            let mut emit = |c: char, sink: &mut Sink<'_>, pending: &mut Vec<(char, u32)>| {
                let cjk = is_cjk(c);
                if !pending.is_empty() {
                    if !cjk {
                        for (p, pat) in pending.drain(..) {
                            sink.push(p, pat);
                        }
                    } else {
                        pending.clear();
                    }
                }
                last_cjk = cjk;
                sink.push(c, at);
            };
            if c.is_ascii() {
                let c = if s.lowercase {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                emit(c, &mut sink, &mut pending_space);
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
                    emit(folded, &mut sink, &mut pending_space);
                }
            } else {
                emit(c, &mut sink, &mut pending_space);
            }
        }
        for (p, pat) in pending_space.drain(..) {
            sink.push(p, pat);
        }
        sink.finish();
        out.original_chars = index;
        if s.join_symbol_split {
            super::desymbol::join_symbol_split(out);
        }
    }
}

/// Where normalized characters go: the text and offset map, with
/// traditional -> simplified applied on the way (one pass, no recount).
struct Sink<'a> {
    out: &'a mut NormalizedText,
    /// The per-character map, when the conversion is on.
    t2s: Option<&'static T2sTable>,
    /// The previous character as normalized but not yet converted: the
    /// context fast2s reads.
    prev: Option<char>,
    /// Context-dependent characters: (byte offset, previous, itself, next),
    /// resolved once the next character is known.
    deferred: Vec<(usize, Option<char>, char, Option<char>)>,
    /// Whether any CJK character was pushed (fast2s is skipped without one).
    any_cjk: bool,
}

impl Sink<'_> {
    #[inline]
    fn push(&mut self, c: char, at: u32) {
        self.out.origin.push(at);
        let Some(table) = self.t2s else {
            self.out.text.push(c);
            return;
        };
        if let Some(last) = self.deferred.last_mut() {
            if last.3.is_none() && last.0 + 3 == self.out.text.len() {
                last.3 = Some(c);
            }
        }
        self.any_cjk |= is_cjk(c);
        match table.map(c) {
            T2s::Char(simplified) => self.out.text.push(simplified),
            T2s::InContext => {
                self.deferred
                    .push((self.out.text.len(), self.prev, c, None));
                self.out.text.push(c);
            }
        }
        self.prev = Some(c);
    }

    /// Resolves the context-dependent characters; undoes the conversion when
    /// the text holds no CJK character, as the whole-text fast2s call it
    /// replaces was skipped then.
    fn finish(self) {
        if self.t2s.is_none() {
            return;
        }
        if !self.any_cjk {
            // The map only changes CJK characters (checked by a test), so
            // there is nothing to undo.
            return;
        }
        for (pos, prev, c, next) in self.deferred {
            let converted = convert_in_context(prev, c, next);
            if converted != c && converted.len_utf8() == 3 {
                let mut buf = [0u8; 4];
                self.out
                    .text
                    .replace_range(pos..pos + 3, converted.encode_utf8(&mut buf));
            }
        }
    }
}

/// fast2s on one character with its neighbours (`None` at the text's ends,
/// where fast2s reads '0').
fn convert_in_context(prev: Option<char>, c: char, next: Option<char>) -> char {
    let mut window = String::with_capacity(12);
    window.push(prev.unwrap_or('0'));
    window.push(c);
    window.push(next.unwrap_or('0'));
    fast2s::convert(&window).chars().nth(1).unwrap_or(c)
}

/// Characters fast2s 0.3 converts depending on their neighbours (the keys of
/// its exclusion and special-case tables); every other character maps the
/// same in any context.
const T2S_CONTEXT_CHARS: [char; 15] = [
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫',
];

/// What the traditional -> simplified map does with one character.
enum T2s {
    /// Becomes this character (often itself).
    Char(char),
    /// Depends on the neighbours.
    InContext,
}

/// fast2s's character map, flattened at first use into an array over the
/// three-byte UTF-8 range (the only characters fast2s converts): one load
/// per character instead of three hash lookups.
struct T2sTable {
    /// `map[c - 0x800]`: the simplified code point; 0 for context-dependent.
    map: Box<[u16]>,
}

const T2S_FIRST: u32 = 0x800;

impl T2sTable {
    fn build() -> T2sTable {
        // All three-byte characters, space-separated, through fast2s at once
        // (a space is no part of any of its context rules).
        let chars: Vec<char> = (T2S_FIRST..=0xFFFF).filter_map(char::from_u32).collect();
        let mut joined = String::with_capacity(chars.len() * 4);
        for &c in &chars {
            joined.push(c);
            joined.push(' ');
        }
        let converted = fast2s::convert(&joined);
        let mut map = vec![0u16; (0x10000 - T2S_FIRST) as usize].into_boxed_slice();
        for (&c, s) in chars.iter().zip(converted.chars().step_by(2)) {
            let s = if s.len_utf8() == 3 { s } else { c };
            map[(c as u32 - T2S_FIRST) as usize] = s as u32 as u16;
        }
        for c in T2S_CONTEXT_CHARS {
            map[(c as u32 - T2S_FIRST) as usize] = 0;
        }
        T2sTable { map }
    }

    #[inline]
    fn map(&self, c: char) -> T2s {
        let Some(&m) = (c as u32)
            .checked_sub(T2S_FIRST)
            .and_then(|i| self.map.get(i as usize))
        else {
            return T2s::Char(c);
        };
        if m == 0 {
            return T2s::InContext;
        }
        T2s::Char(char::from_u32(u32::from(m)).unwrap_or(c))
    }
}

fn t2s_table() -> &'static T2sTable {
    static TABLE: std::sync::OnceLock<T2sTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(T2sTable::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> NormalizedText {
        Normalizer::default().normalize(s)
    }

    #[test]
    fn word_chars_are_letters_digits_and_ideographs() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let expected = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                is_cjk(c) || c.is_alphanumeric()
            };
            assert_eq!(is_word_char(c), expected, "U+{:04X}", c as u32);
        }
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
    fn t2s_table_changes_only_cjk_characters() {
        // The whole-text fast2s call skipped texts without CJK characters;
        // the per-character map matches that only if it leaves others alone.
        let table = t2s_table();
        for c in (T2S_FIRST..=0xFFFF).filter_map(char::from_u32) {
            if let T2s::Char(s) = table.map(c) {
                assert!(s == c || is_cjk(c), "{c:?} -> {s:?}");
            }
        }
    }

    #[test]
    fn one_pass_conversion_equals_fast2s_on_the_whole_text() {
        // Context characters at the ends, next to each other, next to their
        // partners and to spaces and ASCII, among ordinary traditional text.
        let mut pieces: Vec<String> = T2S_CONTEXT_CHARS.iter().map(|c| c.to_string()).collect();
        pieces.extend(
            [
                "兒寬", "答覆", "批覆", "回覆", "甚夥", "慰藉", "狼藉", "瞭望", "幺麽", "樊於",
                "乾隆", "乾坤", "乾卦", "藉口", "憑藉", "看著", "苧麻", "闔家", "鍾書", "校讎",
                "讎定", "仇讎", "計畫", "企畫", "澳門", "開獎", "資料", "a", "1", "，", "。",
            ]
            .map(String::from),
        );
        let settings = NormalizerSettings {
            nfkc: false,
            lowercase: false,
            strip_invisible: false,
            join_split_cjk: false,
            traditional_to_simplified: true,
            join_symbol_split: false,
        };
        let n = Normalizer::new(settings);
        let mut seed = 99u64;
        let mut scratch = NormalizedText::default();
        for _ in 0..2000 {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for k in 0..(seed >> 61) + 1 {
                let i = (seed >> (k * 6 + 4)) as usize % pieces.len();
                text.push_str(&pieces[i]);
            }
            n.normalize_into(&text, &mut scratch);
            assert_eq!(scratch.text, fast2s::convert(&text), "{text}");
            assert_eq!(scratch.origin.len(), text.chars().count());
        }
        // No CJK at all: nothing converted, as before.
        assert_eq!(n.normalize("abc ・ 1").text, "abc ・ 1");
    }

    #[test]
    fn scratch_reuse_gives_the_same_result() {
        let n = Normalizer::default();
        let mut scratch = n.normalize("一段很长的澳門文字，ＡＢＣ 六 合 彩 \u{200B}x");
        for s in ["澳門 開獎", "", "第⑴期", "新闻 "] {
            n.normalize_into(s, &mut scratch);
            assert_eq!(scratch, n.normalize(s));
        }
    }

    #[test]
    fn empty_input() {
        let n = norm("");
        assert!(n.text.is_empty());
        assert_eq!(n.original_range(0, 0), (0, 0));
    }
}
