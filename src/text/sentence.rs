//! Sentences: code-point ranges of the sentences in a text, for the
//! sentence-level baselines and reports that need them.
//!
//! A sentence ends after a run of `。！？；!?;…` (with any closing quotes or
//! brackets that follow) or at a line break. Ranges cover the text without
//! gaps except line breaks and leading spaces.

/// Half-open code-point ranges of the sentences of `text`, in order.
pub fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let mut s = s;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        if s < e {
            out.push((s, e));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '…') {
            let mut e = i + 1;
            while e < chars.len()
                && matches!(
                    chars[e],
                    '。' | '！'
                        | '？'
                        | '；'
                        | '!'
                        | '?'
                        | ';'
                        | '…'
                        | '”'
                        | '’'
                        | '」'
                        | '』'
                        | '）'
                        | ')'
                        | '"'
                )
            {
                e += 1;
            }
            push(&mut out, start, e);
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        sentence_ranges(s)
            .into_iter()
            .map(|(a, b)| chars[a..b].iter().collect())
            .collect()
    }

    #[test]
    fn splits_on_terminators_quotes_and_lines() {
        assert_eq!(
            split("他说：“好！”然后走了。第二句？\n标题行\n  第三；"),
            vec!["他说：“好！”", "然后走了。", "第二句？", "标题行", "第三；"]
        );
        assert!(split("").is_empty());
        assert_eq!(split("没有句号"), vec!["没有句号"]);
    }
}
