//! Span edges: from a decoded segment to the injected phrase as a reader sees it.
//!
//! The decode places edges where the model's evidence starts and stops, which
//! is where words with vocabulary start and stop. Injected phrases carry
//! parts with little evidence of their own that still belong to them: the
//! digits, codes and URLs glued on ("2025新澳门…", "官网：ob4853.xyz"), the
//! brackets around a bracketed ad ("【…】"), the terminal punctuation of a
//! sentence that is polluted from its first character to its last.
//! [`widen`] moves a trimmed span's edges over exactly those parts;
//! [`snap_to_part`] gives a title's injected part its unscored brand name.

use crate::text::normalize::is_word_char;

/// ASCII or full-width letters and digits, and `_`: the alphabet of the
/// numbers, codes and version strings glued onto spam phrases.
pub fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

/// Punctuation that joins code characters inside URLs, domains and numbers.
fn is_url_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | '/' | ':' | '-' | '?' | '=' | '&' | '#' | '~' | '%' | '+' | '．' | '／' | '－'
    )
}

/// The closing bracket that pairs with an opening one.
fn closing_bracket(open: char) -> Option<char> {
    Some(match open {
        '（' => '）',
        '(' => ')',
        '【' => '】',
        '[' => ']',
        '“' => '”',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〔' => '〕',
        '〖' => '〗',
        '<' => '>',
        '‘' => '’',
        '"' => '"',
        _ => return None,
    })
}

/// Sentence-final punctuation.
fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Punctuation after which a new sentence (or clause-level sentence) begins.
fn is_sentence_break(c: char) -> bool {
    is_terminal(c) || matches!(c, '；' | ';' | '\n')
}

/// Punctuation between clauses of one sentence.
fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':')
}

/// Closing quotes and brackets that may follow a sentence break.
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '】' | ']' | '》')
}

/// Longest sentence opener ("想知道", "每天都在查") a whole-sentence span takes in.
const MAX_OPENER: usize = 5;

/// Longest stray fragment of a neighbouring sentence that [`tighten`] drops.
const STRAY: usize = 2;

/// Drops a stray fragment of the neighbouring sentence or clause at either
/// end of `[start, end)`: at most [`STRAY`] characters cut off from the rest
/// by a sentence or clause break ("持。欢迎来到…" -> "欢迎来到…", "亲水平台，
/// 新澳门…" -> "新澳门…"). Evidence of a genuine word next to the injection
/// pulls the decode one or two characters too far; the break is the better
/// edge.
pub fn tighten(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    let is_break = |c: char| is_sentence_break(c) || is_clause_break(c);
    if let Some(k) = (start..end.min(start + STRAY + 1)).find(|&i| is_break(chars[i])) {
        if k + 1 < end {
            start = k + 1;
        }
    }
    let low = end.saturating_sub(STRAY + 1).max(start);
    if let Some(k) = (low..end).rev().find(|&i| is_break(chars[i])) {
        if k > start {
            // A sentence break ends the span with it; a clause break stays out.
            end = if is_sentence_break(chars[k]) {
                k + 1
            } else {
                k
            };
            while end > start && chars[end - 1] == '\n' {
                end -= 1;
            }
        }
    }
    (start, end)
}

/// Whether a domain or URL starts at `i`: `http…`, `www.…`, or a run of code
/// characters and joiners that contains a dot followed by a letter.
fn url_at(chars: &[char], i: usize) -> Option<usize> {
    let mut end = i;
    let mut saw_dot_letter = false;
    while end < chars.len() {
        let c = chars[end];
        if is_code_char(c) {
            end += 1;
        } else if is_url_joiner(c) {
            let mut j = end;
            while j < chars.len() && is_url_joiner(chars[j]) {
                j += 1;
            }
            if j < chars.len() && is_code_char(chars[j]) {
                if chars[end..j].iter().any(|&d| d == '.' || d == '．') && chars[j].is_alphabetic()
                {
                    saw_dot_letter = true;
                }
                end = j;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let head: String = chars[i..end.min(i + 4)]
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (end > i && (saw_dot_letter || head == "http" || head == "www.")).then_some(end)
}

/// Widens the half-open char range `[start, end)` of `chars` over the parts
/// of an injected phrase that carry no evidence; never below `floor` (the end
/// of the previous span), so spans stay ordered and disjoint.
pub fn widen(chars: &[char], mut start: usize, mut end: usize, floor: usize) -> (usize, usize) {
    // Codes and numbers glued on the left, including space-split digits
    // ("2 0 2 5 每期必中") and an ordinal 第 before a number.
    // An underscore is taken inside a code ("v_2"), never as a title's
    // separator ("新闻_新澳门…").
    let code_at = |i: usize, beyond: Option<usize>| {
        is_code_char(chars[i])
            && (chars[i] != '_'
                || beyond.is_some_and(|j| {
                    j < chars.len() && j >= floor && is_code_char(chars[j]) && chars[j] != '_'
                }))
    };
    loop {
        if start > floor && code_at(start - 1, (start - 1).checked_sub(1)) {
            start -= 1;
        } else if start > floor + 1 && chars[start - 1] == ' ' && is_code_char(chars[start - 2]) {
            start -= 2;
        } else if start > floor && chars[start - 1] == '第' && chars[start].is_ascii_digit() {
            start -= 1;
        } else {
            break;
        }
    }
    // Codes, numbers and URLs glued on the right.
    loop {
        if end < chars.len() && code_at(end, Some(end + 1)) {
            end += 1;
            continue;
        }
        // A joiner run inside a code run: "1.0%", "http://", "ob4853.xyz".
        let mut j = end;
        while j < chars.len() && is_url_joiner(chars[j]) {
            j += 1;
        }
        if j > end
            && end > start
            && is_code_char(chars[end - 1])
            && j < chars.len()
            && is_code_char(chars[j])
        {
            end = j;
            continue;
        }
        // A label's colon then a domain: "官网：ob4853.xyz", "网址 www.x.com".
        let mut k = end;
        if k < chars.len() && matches!(chars[k], ':' | '：') {
            k += 1;
        }
        while k < chars.len() && chars[k] == ' ' {
            k += 1;
        }
        if k > end {
            if let Some(url_end) = url_at(chars, k) {
                end = url_end;
                continue;
            }
        }
        break;
    }
    if end < chars.len() && chars[end] == '%' && end > start && is_code_char(chars[end - 1]) {
        end += 1;
    }
    // Brackets around the whole span belong to the ad they wrap.
    if start > floor {
        if let Some(close) = closing_bracket(chars[start - 1]) {
            if end < chars.len() && chars[end] == close {
                start -= 1;
                end += 1;
            }
        }
    }
    // A span that runs to the end of its sentence and covers nearly all of
    // it is the whole sentence ("想知道" + an injected question): it takes
    // the sentence's opening words and final punctuation too.
    if end < chars.len() && is_terminal(chars[end]) {
        let mut s0 = start;
        while s0 > floor && !is_sentence_break(chars[s0 - 1]) {
            s0 -= 1;
        }
        while s0 < start && (chars[s0] == ' ' || is_closing(chars[s0])) {
            s0 += 1;
        }
        let prefix = start - s0;
        if prefix <= MAX_OPENER && end - start >= 4 * prefix {
            start = s0;
            while end < chars.len() && is_terminal(chars[end]) {
                end += 1;
            }
        }
    }
    (start, end)
}

/// Marks that part a title or a keyword list: `headline_site`, `a | b`,
/// `k1,k2`. The middle dot and brackets are not among them: they decorate
/// brand names (`九游会·(中国)官方网站`).
fn is_part_separator(c: char) -> bool {
    matches!(
        c,
        '_' | '|' | '｜' | '-' | '—' | '–' | '/' | '\\' | ',' | '，' | '、' | ';' | '；' | '\n'
    )
}

/// Part share a span must cover to be taken as the whole part
/// ([`snap_to_part`]).
const PART_SHARE: f64 = 0.5;

/// Snaps a span of a title or keyword list to the part it sits in
/// (between [`is_part_separator`]s) when it covers at least half of that
/// part's letters: an injected brand phrase is a part of its own
/// (`八戒体育app下载-学校通知`), and the part's unscored edge (the brand name
/// nobody has seen) belongs to it. Never below `floor`, the previous span's
/// end; a span holding a separator is left as it is.
pub fn snap_to_part(chars: &[char], start: usize, end: usize, floor: usize) -> (usize, usize) {
    if chars[start..end].iter().any(|&c| is_part_separator(c)) {
        return (start, end);
    }
    let mut a = start;
    while a > floor && !is_part_separator(chars[a - 1]) {
        a -= 1;
    }
    let mut b = end;
    while b < chars.len() && !is_part_separator(chars[b]) {
        b += 1;
    }
    while a < start && !is_word_char(chars[a]) {
        a += 1;
    }
    while b > end && !is_word_char(chars[b - 1]) && !is_closing(chars[b - 1]) {
        b -= 1;
    }
    let letters = |x: usize, y: usize| chars[x..y].iter().filter(|&&c| is_word_char(c)).count();
    if letters(start, end) as f64 >= PART_SHARE * letters(a, b) as f64 {
        (a, b)
    } else {
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Widens the span given by the first occurrence of `core` in `text`.
    fn widened(text: &str, core: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let byte = text.find(core).expect("core in text");
        let start = text[..byte].chars().count();
        let end = start + core.chars().count();
        let (s, e) = widen(&chars, start, end, 0);
        chars[s..e].iter().collect()
    }

    fn snapped(text: &str, core: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let byte = text.find(core).expect("core in text");
        let start = text[..byte].chars().count();
        let (s, e) = snap_to_part(&chars, start, start + core.chars().count(), 0);
        chars[s..e].iter().collect()
    }

    #[test]
    fn title_spans_take_their_whole_part() {
        assert_eq!(
            snapped("八戒体育app下载-关于寒假放假的通知-某大学", "体育app下载"),
            "八戒体育app下载"
        );
        assert_eq!(
            snapped("九游会·(中国)官方网站|运动会", "(中国)官方网站"),
            "九游会·(中国)官方网站"
        );
        // Less than half of the part: the span stays.
        assert_eq!(
            snapped("市政府召开常务会议研究防汛工作_日报", "常务会议"),
            "常务会议"
        );
        // A span across a separator stays.
        assert_eq!(snapped("新闻_新澳门开奖", "新闻_新澳门"), "新闻_新澳门");
    }

    #[test]
    fn glued_codes_and_numbers() {
        assert_eq!(
            widened("今年2025新澳门资料大全发布", "新澳门资料大全"),
            "2025新澳门资料大全"
        );
        assert_eq!(widened("到位_v2.3，", "到位"), "到位_v2.3");
        // A title's separators stay outside.
        assert_eq!(
            widened("会议_新澳赌场888开户_日报", "新澳赌场888开户"),
            "新澳赌场888开户"
        );
        assert_eq!(
            widened("会议_新澳赌场888开户_k8", "新澳赌场888开户"),
            "新澳赌场888开户_k8"
        );
        assert_eq!(widened("据称准确率99%。", "准确率"), "准确率99%");
        assert_eq!(
            widened("见第096期澳门资料，", "096期澳门资料"),
            "第096期澳门资料"
        );
        assert_eq!(widened("2 0 2 5 每期必中", "每期必中"), "2 0 2 5 每期必中");
    }

    #[test]
    fn urls_and_domains() {
        assert_eq!(
            widened("BET娱乐场官网http://ob4853.xyz 详", "BET娱乐场官网"),
            "BET娱乐场官网http://ob4853.xyz"
        );
        assert_eq!(
            widened("威尼斯人官网：38.net”", "威尼斯人官网"),
            "威尼斯人官网：38.net"
        );
        assert_eq!(
            widened("下载 www.js719.net，", "下载"),
            "下载 www.js719.net"
        );
        // A colon followed by ordinary words is not a URL.
        assert_eq!(widened("官网：请注意", "官网"), "官网");
    }

    #[test]
    fn wrapping_brackets() {
        assert_eq!(
            widened("会议指出【今晚必中四肖】要求", "今晚必中四肖"),
            "【今晚必中四肖】"
        );
        assert_eq!(
            widened("（澳门资料图库2552）", "澳门资料图库"),
            "（澳门资料图库2552）"
        );
        // Only a pair around the whole span.
        assert_eq!(
            widened("（见澳门资料图库，", "澳门资料图库"),
            "澳门资料图库"
        );
    }

    #[test]
    fn whole_sentence_keeps_its_final_punctuation() {
        assert_eq!(
            widened(
                "工作稳步推进。新澳门今晚开奖结果是多少！下一步",
                "新澳门今晚开奖结果是多少"
            ),
            "新澳门今晚开奖结果是多少！"
        );
        // Mid-sentence: the sentence's own full stop stays genuine.
        assert_eq!(
            widened("他说新澳门开奖结果。", "新澳门开奖结果"),
            "新澳门开奖结果"
        );
        assert_eq!(
            widened("在１９９３年；线上娱乐首存送！俄", "线上娱乐首存送"),
            "线上娱乐首存送！"
        );
    }

    #[test]
    fn stray_fragments_of_neighbours_are_dropped() {
        let t = |text: &str| -> String {
            let chars: Vec<char> = text.chars().collect();
            let (s, e) = tighten(&chars, 0, chars.len());
            chars[s..e].iter().collect()
        };
        assert_eq!(
            t("持。欢迎来到SB国际，注册即送彩金"),
            "欢迎来到SB国际，注册即送彩金"
        );
        assert_eq!(t("注册即送彩金！李鹏"), "注册即送彩金！");
        assert_eq!(t("注册即送彩金"), "注册即送彩金");
        assert_eq!(t("平台，新澳门六开彩开奖结果"), "新澳门六开彩开奖结果");
        assert_eq!(t("新澳门六开彩开奖结果，并"), "新澳门六开彩开奖结果");
        // A longer run before the break is part of the span, not a stray.
        assert_eq!(t("六合彩。欢迎来到"), "六合彩。欢迎来到");
    }

    #[test]
    fn never_crosses_the_floor() {
        let chars: Vec<char> = "12新澳门".chars().collect();
        assert_eq!(widen(&chars, 2, 5, 1), (1, 5));
        assert_eq!(widen(&chars, 2, 5, 2), (2, 5));
    }
}
