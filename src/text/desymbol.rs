//! Symbol-split joining: "天︱天︱开︱好︱彩" reads as "天天开好彩".
//!
//! Spammers put a symbol between the characters of a phrase (︱ ★ ● | . + # -)
//! so that keyword filters miss it while readers still see the phrase. A
//! symbol is dropped when it sits between two letters or digits at least one
//! of which is a Chinese character. Prose punctuation (，。：；！？quotes,
//! brackets, `%`, `@`, `/`) is never dropped: it carries sentence
//! structure, and in genuine text other symbols between Chinese characters
//! are rare. The enumeration comma 、 and the middle dot · are dropped only
//! between single characters ("精、准、资、料", "新·澳·门"), never between
//! words ("英超、德甲", "马克·吐温").

use super::normalize::{is_cjk, is_word_char, NormalizedText};

/// Punctuation that is kept even between letters.
fn is_prose_punctuation(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '：'
            | '；'
            | '！'
            | '？'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '【'
            | '】'
            | '「'
            | '」'
            | '『'
            | '』'
            | '…'
            | '—'
            | '–'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '<'
            | '>'
            | '"'
            | '\''
            | '%'
            | '@'
            | '&'
            | '/'
            | '\\'
    )
}

/// A character that may split a phrase: not a letter, digit or space, not prose punctuation.
fn is_splitter(c: char) -> bool {
    !is_word_char(c) && !c.is_whitespace() && !is_prose_punctuation(c)
}

/// Drops splitting symbols from normalized text, keeping the offset map.
pub fn join_symbol_split(text: &mut NormalizedText) {
    // Fast path (this runs on every field): a splitter must sit between two
    // word characters, one of them Chinese; most texts have none.
    let mut window = [' '; 3];
    let candidate = text.text.chars().any(|c| {
        window = [window[1], window[2], c];
        is_splitter(window[1])
            && is_word_char(window[0])
            && is_word_char(window[2])
            && (is_cjk(window[0]) || is_cjk(window[2]))
    });
    if !candidate {
        return;
    }
    let chars: Vec<char> = text.text.chars().collect();
    let n = chars.len();
    let word = |i: usize| i < n && is_word_char(chars[i]);
    let drop = |i: usize| -> bool {
        let c = chars[i];
        if !is_splitter(c) || i == 0 || !word(i - 1) || !word(i + 1) {
            return false;
        }
        if !(is_cjk(chars[i - 1]) || is_cjk(chars[i + 1])) {
            return false;
        }
        // 、 and · between single characters only: the item before starts
        // after the same mark or the item after ends at one ("新·澳·门",
        // never "马克·吐温").
        !matches!(c, '、' | '·')
            || (i >= 2 && chars[i - 2] == c)
            || (i + 2 < n && chars[i + 2] == c)
    };
    if !(0..n).any(drop) {
        return;
    }
    let keep: Vec<bool> = (0..n).map(|i| !drop(i)).collect();
    let mut out = String::with_capacity(text.text.len());
    let mut origin = Vec::with_capacity(text.origin.len());
    for ((c, o), k) in chars.iter().zip(&text.origin).zip(keep) {
        if k {
            out.push(*c);
            origin.push(*o);
        }
    }
    text.text = out;
    text.origin = origin;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(s: &str) -> (String, Vec<u32>) {
        let mut t = NormalizedText {
            text: s.to_string(),
            origin: (0..s.chars().count() as u32).collect(),
            original_chars: s.chars().count() as u32,
        };
        join_symbol_split(&mut t);
        (t.text, t.origin)
    }

    #[test]
    fn symbols_between_chinese_characters_go() {
        assert_eq!(joined("天︱天︱开︱好︱彩").0, "天天开好彩");
        assert_eq!(joined("澳☆门").0, "澳门");
        assert_eq!(joined("管|家|婆").0, "管家婆");
        assert_eq!(joined("电.竞.真.人").0, "电竞真人");
        assert_eq!(joined("2+0+2+5+年").0, "2+0+2+5年");
        assert_eq!(joined("精、准、资、料").0, "精准资料");
        assert_eq!(joined("今晚新·澳·门平·特").0, "今晚新澳门平·特");
    }

    #[test]
    fn offsets_point_at_the_kept_characters() {
        assert_eq!(joined("澳★门a"), ("澳门a".to_string(), vec![0, 2, 3]));
    }

    #[test]
    fn prose_and_numbers_stay() {
        for s in [
            "英超、德甲和西甲",
            "增长3.5%，达到1.2亿元",
            "2024-01-05发布",
            "见第3.1.2节",
            "党的十五大、九届人大",
            "北京，上海：广州",
            "马克·吐温",
            "v2.3.4",
            "a-b",
        ] {
            assert_eq!(joined(s).0, s, "{s}");
        }
    }
}
